#pragma once
#include <QString>

namespace sochibo::reports {

/// Every number of the party-document format (document-format.md) in one place. Lengths in
/// millimetres, sizes and spacing in points.
struct DocumentStyle
{
    // page (A4 portrait; the task table may be landscape)
    double marginTop = 20, marginBottom = 20, marginLeft = 30, marginRight = 15;
    QString fontFamily{}; ///< empty: the bundled SoChiBo Serif

    // header band
    double headerSize = 14;
    double partyNameSize = 15;
    double leftColumnMm = 75; ///< width of the left header column

    // title
    double kindSize = 16;
    double subjectSize = 14;

    // body
    double bodySize = 14;
    double lineSpacing = 20; ///< exact line distance; the rule allows 18–22 pt
    double paragraphSpacing = 6;
    double firstIndentMm = 10;
    double tableSize = 12;
    double tableLineSpacing = 15;

    // closing band
    double recipientsTitleSize = 14;
    double recipientsSize = 12;
    double signatureSpaceMm = 28;

    // page number from page 2
    double pageNumberSize = 14;
    double pageNumberFromTopMm = 10;

    /// Older practice: margins 25/25/35/20 (one of the allowed combinations).
    static DocumentStyle olderMargins();
    /// One provincial handbook: 25/25/35/15.
    static DocumentStyle provincialMargins();
};

} // namespace sochibo::reports
