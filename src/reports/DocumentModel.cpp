#include "DocumentModel.h"

namespace sochibo::reports {

QList<Run> parseMarkup(const QString &text)
{
    QList<Run> runs;
    Run cur;
    const auto flush = [&] {
        if (!cur.text.isEmpty())
            runs << cur;
        cur.text.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool two = i + 1 < text.size() && text.at(i + 1) == c;
        if (c == QLatin1Char('*') && two) {
            flush();
            cur.bold = !cur.bold;
            ++i;
        } else if (c == QLatin1Char('_') && two) {
            flush();
            cur.underline = !cur.underline;
            ++i;
        } else if (c == QLatin1Char('*')) {
            flush();
            cur.italic = !cur.italic;
        } else {
            cur.text.append(c);
        }
    }
    flush();
    return runs;
}

QString plainText(const QList<Run> &runs)
{
    QString s;
    for (const Run &r : runs)
        s += r.text;
    return s;
}

Block Block::paragraph(const QString &markup)
{
    Block b;
    b.kind = BlockKind::Paragraph;
    b.runs = parseMarkup(markup);
    return b;
}

bool Block::isLeadIn() const
{
    return (kind == BlockKind::Paragraph || kind == BlockKind::Bullet) &&
           plainText(runs).trimmed().endsWith(QLatin1Char(':'));
}

QList<Run> Block::labelledRuns() const
{
    QList<Run> out = runs;
    if (!label.isEmpty())
        out.prepend(Run{label + QLatin1Char(' '), false, false, false});
    return out;
}

QString Document::toText() const
{
    QStringList out;
    out << QStringLiteral("[header] %1 | %2 | * | %3 || %4 | %5")
               .arg(header.superiorBody, header.issuingBody, header.numberLine, header.partyName,
                    header.dateLine);
    out << QStringLiteral("[title] %1 / %2 / -----").arg(kindTitle, subjectLine);
    const auto blocks = [&out](const QList<Block> &list) {
        for (const Block &b : list) {
            const QString text = plainText(b.runs);
            switch (b.kind) {
            case BlockKind::Paragraph:
                out << QStringLiteral("[p] ") +
                           (b.label.isEmpty() ? text : b.label + QLatin1Char(' ') + text);
                break;
            case BlockKind::PartHeading:
                out << QStringLiteral("[part] %1 %2").arg(b.label, text);
                break;
            case BlockKind::Item:
                out << QStringLiteral("[item] %1 %2").arg(b.label, text);
                break;
            case BlockKind::SubItem:
                out << QStringLiteral("[sub] %1 %2").arg(b.label, text);
                break;
            case BlockKind::Bullet:
                out << QStringLiteral("[bullet] %1 %2").arg(b.label, text);
                break;
            case BlockKind::Centered:
                out << QStringLiteral("[center] ") + text;
                break;
            case BlockKind::PageBreak:
                out << QStringLiteral("[page-break]");
                break;
            case BlockKind::CheckBoxes: {
                QStringList opts;
                for (int i = 0; i < b.options.size(); ++i)
                    opts << (i == b.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) +
                                b.options[i];
                out << QStringLiteral("[boxes] ") + opts.join(QStringLiteral("  "));
                break;
            }
            case BlockKind::Table:
                for (int r = 0; r < b.table.rows.size(); ++r) {
                    if (b.table.groupRows.contains(r)) {
                        out << QStringLiteral("[group] ") +
                                   plainText(parseMarkup(b.table.rows[r].value(0)));
                        continue;
                    }
                    QStringList cells;
                    for (const QString &c : b.table.rows[r])
                        cells << plainText(parseMarkup(c));
                    out << QStringLiteral("[%1] ").arg(r < b.table.headerRows
                                                           ? QStringLiteral("th")
                                                           : QStringLiteral("tr")) +
                               cells.join(QStringLiteral(" | "));
                }
                break;
            }
        }
    };
    blocks(body);
    out << QStringLiteral("[recipients] ") + closing.recipients.join(QStringLiteral(" "));
    if (!closing.leftTitle.isEmpty())
        out << QStringLiteral("[left-sign] %1 / %2").arg(closing.leftTitle, closing.leftName);
    out << QStringLiteral("[sign] %1 / %2 / %3")
               .arg(closing.onBehalf, closing.signerRole, closing.signerName);
    if (!annex.isEmpty()) {
        out << QStringLiteral("[page-break]");
        blocks(annex);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sochibo::reports
