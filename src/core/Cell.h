#pragma once
#include <QString>
#include <QStringList>

namespace sochibo::core {

/// Where the document-format variants come from (document-format.md): the newer rule by
/// default, older practice as settings.
enum class MarginVariant { Rule, Older, Provincial };

struct Cell
{
    QString name;         ///< "Chi bộ Trường Tiểu học Vĩnh Phong 4"
    QString superiorBody; ///< "Đảng bộ xã Vĩnh Phong" (or "Đảng ủy xã …")
    QString place;        ///< "Vĩnh Phong", used in the date line
    int termStart = 0;
    int termEnd = 0;
    QString issuerCode = QStringLiteral("CB");
    bool numberColon = false;  ///< "Số:" instead of "Số"
    bool padAllMonths = false; ///< "tháng 04" instead of "tháng 4"
    MarginVariant margins = MarginVariant::Rule;
    QString fontFamily{}; ///< empty: the bundled report font (SoChiBo Serif)
    double lineSpacingPt = 20;

    bool operator==(const Cell &) const = default;
    /// What stops the cell's details being saved from a form, in Vietnamese (English through
    /// the "Domain" catalogue); empty when they will do. The command line's init accepts a
    /// cell without superior committee or place and so does not ask.
    QStringList validate() const;
};

} // namespace sochibo::core
