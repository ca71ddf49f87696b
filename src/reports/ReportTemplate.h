#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sochibo::reports {

/// A report's structure as data (resources/templates/*.json): fixed headings, where the
/// records go, default prose. The official forms change every few years; a new form is a
/// new template file, not new code. See docs/report-templates.md.
struct ReportTemplate
{
    QString id;     ///< "self-review-2025"
    QString report; ///< "self-review"
    int version = 1;
    int appliesFrom = 0;  ///< first year the form is used for (0: any)
    int appliesTo = 0;    ///< last year (0: open)
    QString documentKind; ///< "KH", "BC"
    QString kindTitle;    ///< "KẾ HOẠCH"
    QString subject;      ///< with {{placeholders}}
    QString title;        ///< PDF metadata title
    QStringList recipients;
    QString signer = QStringLiteral("secretary"); ///< who signs by default: "secretary", "deputy"
    bool landscape = false;                       ///< A4 landscape (the task-tracking table)
    /// The signature's lines as the form prints them, when they differ from "T/M CHI BỘ" and
    /// the signer's role (the 2023 self-review: "T/M TẬP THỂ LÃNH ĐẠO, QUẢN LÝ", "BÍ THƯ CHI
    /// BỘ"). Empty: the usual lines.
    QString onBehalf, signerTitle;
    /// The printed form number per category of an individual form ("leader" → "Mẫu 2A-…"):
    /// guidance versions number their forms differently, so the number is the template's.
    QMap<QString, QString> forms;
    QJsonArray body;

    static ReportTemplate fromJson(const QJsonObject &o);
    /// All templates under :/templates.
    static QList<ReportTemplate> all();
    /// The template for \a report and \a year: \a preferredId if it exists, else the one whose
    /// years cover \a year (the newest on ties).
    static ReportTemplate forYear(const QString &report, int year, const QString &preferredId = {});
    /// The prose sections of the template (key → default text), in order.
    QList<std::pair<QString, QString>> proseSections() const;
};

} // namespace sochibo::reports
