#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace sochibo::reports {

/// A stretch of text with one style. Template and record text is parsed from a small markup:
/// **bold**, *italic*, __underline__.
struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
};
QList<Run> parseMarkup(const QString &text);
QString plainText(const QList<Run> &runs);

enum class BlockKind {
    Paragraph,   ///< justified, first-line indent
    PartHeading, ///< "I. MỤC ĐÍCH, YÊU CẦU": bold, upper case
    Item,        ///< "1. Mục đích": bold label and text
    SubItem,     ///< "a) Hạn chế, khuyết điểm"
    Bullet,      ///< "- text" or "+ text"
    Table,
    CheckBoxes, ///< self-rating: ☐ Xuất sắc ☒ Tốt … drawn as squares
    Centered, ///< a centred line (section titles like "A. NỘI DUNG KIỂM ĐIỂM", "PHỤ LỤC")
    PageBreak,
};

struct TableData
{
    QList<double> columnWeights;
    QList<QStringList> rows; ///< cell markup; the first headerRows rows repeat after a break
    int headerRows = 1;
    QList<int> centeredColumns;
    /// Rows printed as one cell across the table, the title of the group of rows under it
    /// ("a) Khắc phục hạn chế …"): its first cell's markup.
    QList<int> groupRows;
};

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    QString label; ///< "I.", "1.", "a)", "-" (filled by the builder's numbering)
    QList<Run> runs;
    bool bold = false; ///< whole block bold (headings)
    bool indent = true;
    TableData table;
    QStringList options; ///< CheckBoxes
    int checked = -1;

    static Block paragraph(const QString &markup);
    /// The runs as printed: the label ("1.", "a)", "-") and a space before the text.
    QList<Run> labelledRuns() const;
    /// A paragraph that introduces what follows (it ends with ":"): never the last line of a
    /// page.
    bool isLeadIn() const;
};

struct HeaderBand
{
    QString superiorBody; ///< "ĐẢNG BỘ XÃ VĨNH PHONG" (already upper case)
    QString issuingBody;  ///< "CHI BỘ TRƯỜNG TIỂU HỌC VĨNH PHONG 4"
    QString numberLine;   ///< "Số 06-KH/CB"
    QString partyName = QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM");
    QString dateLine; ///< "Vĩnh Phong, ngày 24 tháng 4 năm 2026"
};

struct ClosingBand
{
    QStringList recipients; ///< entries, each with its ending ";" / "."
    QString onBehalf = QStringLiteral("T/M CHI BỘ");
    QString signerRole = QStringLiteral("BÍ THƯ");
    QString signerName; ///< empty: a dotted line for the hand
    /// A second signature on the left instead of the recipients (commitment forms).
    QString leftTitle;
    QString leftName;
};

struct Document
{
    QString title;  ///< PDF metadata title
    QString author; ///< the cell
    QString subject;
    bool landscape = false;
    HeaderBand header;
    QString kindTitle;   ///< "KẾ HOẠCH", "BÁO CÁO"
    QString subjectLine; ///< trích yếu
    QList<Block> body;
    ClosingBand closing;
    /// What follows the signature band on a page of its own (the self-review's annex).
    QList<Block> annex;

    /// Plain text of the whole document in reading order, for golden files and tests.
    QString toText() const;
};

} // namespace sochibo::reports
