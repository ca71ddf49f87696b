#include "ReportTemplate.h"

#include "core/UserError.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace sochibo::reports {

ReportTemplate ReportTemplate::fromJson(const QJsonObject &o)
{
    ReportTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.report = o.value(QStringLiteral("report")).toString();
    t.version = o.value(QStringLiteral("version")).toInt(1);
    t.appliesFrom = o.value(QStringLiteral("appliesFrom")).toInt();
    t.appliesTo = o.value(QStringLiteral("appliesTo")).toInt();
    t.documentKind = o.value(QStringLiteral("documentKind")).toString();
    t.kindTitle = o.value(QStringLiteral("kindTitle")).toString();
    t.subject = o.value(QStringLiteral("subject")).toString();
    t.title = o.value(QStringLiteral("title")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray())
        t.recipients << v.toString();
    t.signer = o.value(QStringLiteral("signer")).toString(QStringLiteral("secretary"));
    t.onBehalf = o.value(QStringLiteral("onBehalf")).toString();
    t.signerTitle = o.value(QStringLiteral("signerTitle")).toString();
    t.landscape = o.value(QStringLiteral("landscape")).toBool();
    t.body = o.value(QStringLiteral("body")).toArray();
    const QJsonObject forms = o.value(QStringLiteral("forms")).toObject();
    for (auto it = forms.constBegin(); it != forms.constEnd(); ++it)
        t.forms.insert(it.key(), it.value().toString());
    return t;
}

QList<ReportTemplate> ReportTemplate::all()
{
    QList<ReportTemplate> out;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << fromJson(QJsonDocument::fromJson(f.readAll()).object());
    }
    return out;
}

ReportTemplate ReportTemplate::forYear(const QString &report, int year, const QString &preferredId)
{
    const QList<ReportTemplate> templates = all();
    for (const ReportTemplate &t : templates) {
        if (!preferredId.isEmpty() && t.id == preferredId && t.report == report)
            return t;
    }
    const ReportTemplate *best = nullptr;
    for (const ReportTemplate &t : templates) {
        if (t.report != report)
            continue;
        if ((t.appliesFrom && year < t.appliesFrom) || (t.appliesTo && year > t.appliesTo))
            continue;
        if (!best || t.appliesFrom > best->appliesFrom)
            best = &t;
    }
    if (!best)
        throw core::UserError(
            core::UserError::Kind::Input,
            QStringLiteral("Không có mẫu báo cáo “%1” cho năm %2.").arg(report).arg(year));
    return *best;
}

QList<std::pair<QString, QString>> ReportTemplate::proseSections() const
{
    QList<std::pair<QString, QString>> out;
    for (const QJsonValue &v : body) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("prose")))
            out << std::make_pair(o.value(QStringLiteral("prose")).toString(),
                                  o.value(QStringLiteral("default")).toString());
    }
    return out;
}

} // namespace sochibo::reports
