#include "Review.h"

#include "text/DocumentWording.h"

namespace sochibo::core {

QualityRating levelForScore(double total)
{
    if (total >= 90)
        return QualityRating::Excellent;
    if (total >= 70)
        return QualityRating::Good;
    if (total >= 50)
        return QualityRating::Completed;
    return QualityRating::NotCompleted;
}

QString ReceivedDocument::citation() const
{
    QString s = kind.simplified();
    if (!number.trimmed().isEmpty())
        s += QStringLiteral(" số ") + number.trimmed();
    if (issuedOn.isValid())
        s += QStringLiteral(" ngày ") + text::shortDate(issuedOn);
    if (!issuer.trimmed().isEmpty())
        s += QStringLiteral(" của ") + issuer.simplified();
    if (!subject.trimmed().isEmpty())
        s += QLatin1Char(' ') + subject.simplified();
    return s;
}

QStringList ReceivedDocument::validate() const
{
    QStringList problems;
    if (kind.trimmed().isEmpty())
        problems << QStringLiteral("Chưa ghi loại văn bản (Quy định, Hướng dẫn, Chỉ thị…).");
    if (!number.trimmed().isEmpty() && !issuedOn.isValid())
        problems << QStringLiteral("Văn bản số %1 chưa có ngày ban hành.").arg(number.trimmed());
    if (!number.trimmed().isEmpty() && issuer.trimmed().isEmpty())
        problems
            << QStringLiteral("Văn bản số %1 chưa ghi cơ quan ban hành.").arg(number.trimmed());
    return problems;
}

QList<ReceivedDocument> builtInGrounds()
{
    const QStringList plans{QStringLiteral("remediation-plan"), QStringLiteral("thematic-plan")};
    const QStringList review{QStringLiteral("remediation-plan"), QStringLiteral("self-review")};
    const QStringList thematic{QStringLiteral("thematic-plan")};
    QList<ReceivedDocument> list;
    const auto add = [&](const char *kind, const char *number, QDate on, const char *issuer,
                         const char *subject, const QStringList &forKinds) {
        ReceivedDocument d;
        d.kind = QString::fromUtf8(kind);
        d.number = QString::fromUtf8(number);
        d.issuedOn = on;
        d.issuer = QString::fromUtf8(issuer);
        d.subject = QString::fromUtf8(subject);
        d.groundsFor = forKinds;
        d.position = int(list.size()) + 1;
        list << d;
    };
    add("Điều lệ Đảng Cộng sản Việt Nam", "", {}, "", "", plans);
    add("Chỉ thị", "50-CT/TW", {2025, 7, 23}, "Ban Bí thư",
        "về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới",
        thematic);
    add("Hướng dẫn", "42-HD/BTCTW", {2025, 10, 28}, "Ban Tổ chức Trung ương",
        "thực hiện Chỉ thị số 50-CT/TW", thematic);
    add("Quy định", "366-QĐ/TW", {2025, 8, 30}, "Bộ Chính trị",
        "về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ "
        "thống chính trị",
        review);
    add("Hướng dẫn", "43-HD/BTCTW", {2025, 10, 31}, "Ban Tổ chức Trung ương",
        "thực hiện Quy định số 366-QĐ/TW", review);
    return list;
}

QList<ReceivedDocument> groundsOf(const QList<ReceivedDocument> &reg, const QString &report,
                                  const QList<qint64> &picked)
{
    QList<ReceivedDocument> out;
    if (!picked.isEmpty()) {
        for (const ReceivedDocument &d : reg) {
            if (picked.contains(d.id))
                out << d;
        }
        if (!out.isEmpty())
            return out;
    }
    for (const ReceivedDocument &d : reg.isEmpty() ? builtInGrounds() : reg) {
        if (d.groundsFor.contains(report))
            out << d;
    }
    return out;
}

} // namespace sochibo::core
