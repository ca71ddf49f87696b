#include "ReportBuilder.h"
#include "core/LevelRules.h"
#include "core/MemberReview.h"
#include "core/TaskRules.h"

#include "DocxWriter.h"
#include "Fonts.h"
#include "Minutes.h"
#include "PdfLayout.h"

#include "core/UserError.h"
#include "text/DocumentWording.h"
#include "text/VietCollator.h"

#include <QHash>
#include <QSet>

#include <QRegularExpression>
#include <cmath>
#include <functional>

namespace sochibo::reports {

using namespace sochibo::core;
using text::twoDigits;

namespace {

const QString kBlank = QStringLiteral("……");

UserError missing(const QString &msg)
{
    return UserError(UserError::Kind::Input, msg);
}

QString formatPoints(double v)
{
    return std::fabs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v)))
                                               : text::formatDecimal(v, 1);
}

/// Numbering context: parts I., II.; items 1., 2. inside a part; sub-items a), b) inside an item.
struct Numbering
{
    int part = 0, item = 0, sub = 0;
    QString nextPart()
    {
        item = 0;
        sub = 0;
        return text::romanNumeral(++part) + QLatin1Char('.');
    }
    QString nextItem()
    {
        sub = 0;
        return QString::number(++item) + QLatin1Char('.');
    }
    QString nextSub() { return text::itemLetter(++sub) + QLatin1Char(')'); }
};

class DocumentBuilder
{
public:
    DocumentBuilder(const ReportInputs &in, const ReportRequest &req,
                    const YearFigures &yearFigures, const QMap<QString, QString> &figures)
        : m_in(in), m_req(req), m_form(in.form), m_year(yearFigures), m_figures(figures),
          m_cell(in.cell)
    {
        for (const Member &m : in.members)
            m_names.insert(m.id, m.fullName);
    }

    /// The user's text for a prose section, or a null string for the template's.
    QString prose(const QString &key) const { return m_in.prose.value(key); }

    /// Fills the placeholders. "{{fig.NAME|zero|other #}}" writes a count in words: the
    /// first text when it is zero ("không có đảng viên nào bị kỷ luật"), else the second with
    /// the count for "#" ("có 01 đảng viên bị kỷ luật").
    QString fill(const QString &text) const
    {
        static const QRegularExpression re(
            QStringLiteral("\\{\\{([a-zA-Z0-9_.]+)(?:\\|([^|}]*)\\|([^}]*))?\\}\\}"));
        QString out;
        qsizetype last = 0;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            const QString v = value(m.captured(1));
            if (m.lastCapturedIndex() < 3)
                out += v;
            else if (v == twoDigits(0))
                out += m.captured(2);
            else
                out += QString(m.captured(3)).replace(QLatin1Char('#'), v);
            last = m.capturedEnd();
        }
        out += text.mid(last);
        return out;
    }

    /// The period documents read the compiled period; the commitment form one member's
    /// commitment.
    void setProgress(const PeriodProgress *progress) { m_progress = progress; }
    void setCommitment(const Commitment *commitment, const Member *member)
    {
        m_commitment = commitment;
        m_member = member;
    }
    /// The individual review form of one member: the record, the review as recorded and the
    /// year drafted from the records.
    void setMemberReview(const Member *member, const MemberReview *review, const MemberYear *year)
    {
        m_member = member;
        m_review = review;
        m_memberYear = year;
        m_category = categoryOf(*member, *review);
    }
    /// The document's register number ("03-BC/CB"), for "{{doc.number}}" (the annex).
    void setSymbol(const QString &symbol) { m_symbol = symbol; }
    /// The cell's ratings summary: the reviews of the year.
    void setRatings(const QList<MemberReview> *reviews) { m_ratings = reviews; }

    QString value(const QString &key) const
    {
        const int y = m_req.year;
        if (key == QLatin1String("period") && m_progress)
            return m_progress->period.phrase();
        // The subject of a period still running says how far it goes.
        if (key == QLatin1String("periodSoFar") && m_progress)
            return m_progress->asOf < m_progress->period.to
                       ? QStringLiteral("%1 (tính đến ngày %2)")
                             .arg(m_progress->period.phrase(), text::shortDate(m_progress->asOf))
                       : m_progress->period.phrase();
        if (key == QLatin1String("asOf") && m_progress)
            return text::shortDate(m_progress->asOf);
        if (key == QLatin1String("member.name") && m_member)
            return m_member->fullName;
        if (key == QLatin1String("meeting.title") && m_in.meeting)
            return minutes::title(*m_in.meeting, m_in.topics);
        // "kết quả kiểm điểm năm 2025 và ", or nothing for a member not reviewed that year
        if (key == QLatin1String("member.previousReview") && m_member)
            return citesPreviousReview(*m_member, y, m_in.previousRatings.value(m_member->id),
                                       !m_in.previousRatings.isEmpty())
                       ? QStringLiteral("kết quả kiểm điểm năm %1 và ").arg(y - 1)
                       : QString();
        if (key == QLatin1String("member.form") && m_review)
            return m_form.forms.value(code(m_category), kBlank);
        if (key == QLatin1String("member.categoryPhrase") && m_review)
            return text::lowerFirst(label(m_category));
        if (key == QLatin1String("doc.number"))
            return m_symbol.isEmpty() ? kBlank : m_symbol;
        if (key == QLatin1String("doc.date"))
            return text::shortDate(m_req.date.isValid() ? m_req.date : QDate::currentDate());
        if (key == QLatin1String("year"))
            return QString::number(y);
        if (key == QLatin1String("nextYear"))
            return QString::number(y + 1);
        if (key == QLatin1String("prevYear"))
            return QString::number(y - 1);
        if (key == QLatin1String("cell.name"))
            return m_cell.name;
        if (key == QLatin1String("cell.superior"))
            return m_cell.superiorBody;
        if (key == QLatin1String("cell.place"))
            return m_cell.place;
        if (key == QLatin1String("cell.term"))
            return m_cell.termStart ? text::committeeTerm(m_cell.termStart, m_cell.termEnd)
                                    : kBlank;
        if (key.startsWith(QLatin1String("fig.")))
            return m_figures.value(key.mid(4), kBlank);
        if (key.startsWith(QLatin1String("term.")))
            return termValue(key.mid(5));
        return kBlank;
    }

    /// The term report's figures: the members at its start and end, and sums over its years.
    QString termValue(const QString &key) const
    {
        const QList<YearFigures> &years = m_in.termFigures;
        if (key == QLatin1String("years"))
            return m_req.from.isValid() && m_req.to.isValid()
                       ? QStringLiteral("%1–%2").arg(m_req.from.year()).arg(m_req.to.year())
                       : kBlank;
        if (years.isEmpty())
            return kBlank;
        const auto sum = [&years](int YearFigures::*field) {
            int total = 0;
            for (const YearFigures &f : years)
                total += f.*field;
            return twoDigits(total);
        };
        if (key == QLatin1String("membersStart"))
            return twoDigits(years.first().membersStart);
        if (key == QLatin1String("membersEnd"))
            return twoDigits(years.last().membersEnd);
        if (key == QLatin1String("fullEnd"))
            return twoDigits(years.last().fullEnd);
        if (key == QLatin1String("probationaryEnd"))
            return twoDigits(years.last().probationaryEnd);
        if (key == QLatin1String("womenEnd"))
            return twoDigits(years.last().womenEnd);
        if (key == QLatin1String("admitted"))
            return sum(&YearFigures::admitted);
        if (key == QLatin1String("candidatesToClass"))
            return sum(&YearFigures::candidatesToClass);
        if (key == QLatin1String("inspections"))
            return sum(&YearFigures::inspections);
        if (key == QLatin1String("supervisions"))
            return sum(&YearFigures::supervisions);
        if (key == QLatin1String("disciplined"))
            return sum(&YearFigures::disciplined);
        if (key == QLatin1String("thematicMeetings"))
            return sum(&YearFigures::thematicMeetings);
        return kBlank;
    }

    void emitProse(const QString &text)
    {
        for (const QString &raw : fill(text).split(QLatin1Char('\n'))) {
            const QString line = raw.trimmed();
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("+ "))) {
                Block b = Block::paragraph(line.mid(2));
                b.kind = BlockKind::Bullet;
                b.label = line.left(1);
                m_doc.body << b;
            } else {
                m_doc.body << Block::paragraph(line);
            }
        }
    }

    void heading(BlockKind kind, const QString &label, const QString &text, bool bold = true)
    {
        Block b;
        b.kind = kind;
        b.label = label;
        b.runs = parseMarkup(fill(text));
        b.bold = bold;
        m_doc.body << b;
    }

    Document build()
    {
        const QDate date = m_req.date.isValid() ? m_req.date : QDate::currentDate();
        m_doc.author = m_cell.name;
        m_doc.kindTitle = fill(m_form.kindTitle);
        m_doc.subjectLine = fill(m_form.subject);
        m_doc.title = m_form.kindTitle + QLatin1Char(' ') + m_doc.subjectLine;
        m_doc.subject = m_doc.subjectLine;
        m_doc.header.superiorBody = text::upper(m_cell.superiorBody);
        m_doc.header.issuingBody = text::upper(m_cell.name);
        m_doc.header.dateLine = text::dateLine(m_cell.place, date,
                                               m_cell.padAllMonths ? text::MonthPadding::All
                                                                   : text::MonthPadding::Rule);
        for (const QJsonValue &v : m_form.body)
            element(v.toObject());
        if (m_signatureAt >= 0) {
            m_doc.annex = m_doc.body.mid(m_signatureAt);
            m_doc.body = m_doc.body.first(m_signatureAt);
        }
        m_doc.landscape = m_form.landscape;
        const QString customRecipients =
            prose(ReportBuilder::proseKey(m_req, QStringLiteral("recipients")));
        // the year's own list, else the cell's list for this kind of document, else the form's
        const QString chosen = customRecipients.isNull() ? m_in.kindRecipients : customRecipients;
        const QStringList recipients = chosen.isNull()
                                           ? m_form.recipients
                                           : chosen.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &r : recipients)
            m_doc.closing.recipients << fill(r);
        const QString signer = m_req.signer.isEmpty() ? m_form.signer : m_req.signer;
        const bool deputy = signer == QLatin1String("deputy");
        const QString secretary = nameInRole(Role::Secretary);
        if (m_in.meeting) {
            // The minutes: the chair signs on the right, the minute-taker on the left.
            m_doc.closing.recipients.clear();
            m_doc.closing.onBehalf.clear();
            m_doc.closing.signerRole = QStringLiteral("CHỦ TRÌ");
            m_doc.closing.signerName = nameOf(m_in.meeting->chairId);
            m_doc.closing.leftTitle = QStringLiteral("THƯ KÝ");
            m_doc.closing.leftName = nameOf(m_in.meeting->secretaryId);
        } else if (m_review || m_commitment) {
            // The member signs on the right (their review, their commitment); the committee
            // confirms on the left: the secretary, or the deputy for the secretary's own.
            const bool ownSecretary = m_member && m_member->role == Role::Secretary;
            const QString confirmer = ownSecretary ? nameInRole(Role::DeputySecretary) : secretary;
            m_doc.closing.recipients.clear();
            m_doc.closing.onBehalf.clear();
            m_doc.closing.signerRole =
                m_review ? QStringLiteral("NGƯỜI TỰ KIỂM ĐIỂM") : QStringLiteral("NGƯỜI CAM KẾT");
            m_doc.closing.signerName = m_member ? m_member->fullName : QString();
            // "T/M CHI ỦY / BÍ THƯ" on both forms; the deputy confirms the secretary's own.
            m_doc.closing.leftTitle = ownSecretary ? QStringLiteral("T/M CHI ỦY\nPHÓ BÍ THƯ")
                                                   : QStringLiteral("T/M CHI ỦY\nBÍ THƯ");
            m_doc.closing.leftName =
                confirmer.isEmpty() ? QStringLiteral("……………………………") : confirmer;
        } else {
            m_doc.closing.signerRole =
                deputy ? QStringLiteral("PHÓ BÍ THƯ") : QStringLiteral("BÍ THƯ");
            m_doc.closing.signerName = deputy ? nameInRole(Role::DeputySecretary) : secretary;
            if (!m_form.onBehalf.isEmpty())
                m_doc.closing.onBehalf = m_form.onBehalf;
            if (!m_form.signerTitle.isEmpty() && !deputy)
                m_doc.closing.signerRole = m_form.signerTitle;
        }
        return m_doc;
    }

    /// The member's name; empty (a line for the hand) when nobody is named.
    QString nameOf(qint64 id) const { return m_names.value(id); }

    QString nameInRole(Role role) const
    {
        for (const Member &m : m_in.members) {
            if (!m.archived && m.role == role)
                return m.fullName;
        }
        return {};
    }

    void element(const QJsonObject &o)
    {
        const auto str = [&](const char *k) {
            return o.value(QLatin1String(k)).toString();
        };
        // An element for one category of the individual forms only ("only": "leader").
        if (o.contains(QStringLiteral("only")) && (!m_review || code(m_category) != str("only")))
            return;
        if (o.contains(QStringLiteral("part")))
            heading(BlockKind::PartHeading, m_num.nextPart(), text::upper(fill(str("part"))));
        else if (o.contains(QStringLiteral("item")))
            heading(BlockKind::Item, m_num.nextItem(), str("item"));
        else if (o.contains(QStringLiteral("sub")))
            heading(BlockKind::SubItem, m_num.nextSub(), str("sub"), false);
        else if (o.contains(QStringLiteral("center"))) {
            heading(BlockKind::Centered, {}, str("center"),
                    o.value(QStringLiteral("bold")).toBool(true));
            if (o.value(QStringLiteral("resetNumbering")).toBool())
                m_num = Numbering();
        } else if (o.contains(QStringLiteral("prose"))) {
            const QString key = str("prose");
            QString custom = prose(ReportBuilder::proseKey(m_req, key));
            // A member's form: the member's own text, else the text the secretary wrote for
            // every member of the year (edited with "all members" chosen), else the template's.
            if (custom.isNull() && m_review)
                custom = prose(key);
            const qsizetype from = m_doc.body.size();
            emitProse(custom.isNull() ? str("default") : custom);
            // "numbered": each paragraph is a numbered point, 1., 2., … (the thematic plan).
            if (o.value(QStringLiteral("numbered")).toBool()) {
                int n = 0;
                for (qsizetype i = from; i < m_doc.body.size(); ++i) {
                    if (m_doc.body[i].kind == BlockKind::Paragraph)
                        m_doc.body[i].label = QString::number(++n) + QLatin1Char('.');
                }
            }
        } else if (o.contains(QStringLiteral("signature"))) {
            m_signatureAt = m_doc.body.size();
        } else if (o.contains(QStringLiteral("pageBreak"))) {
            Block b;
            b.kind = BlockKind::PageBreak;
            m_doc.body << b;
        } else if (o.contains(QStringLiteral("boxes"))) {
            selfRatingBoxes(str("boxes"));
        } else if (o.contains(QStringLiteral("insert"))) {
            // A generated section without records is left out with its lead-in
            // (docs/report-templates.md, "Sections without records").
            const qsizetype from = m_doc.body.size();
            insert(str("insert"));
            if (o.contains(QStringLiteral("lead")) && m_doc.body.size() > from)
                m_doc.body.insert(from, Block::paragraph(fill(str("lead"))));
        }
    }

    void insert(const QString &what)
    {
        if (what.startsWith(QLatin1String("minutes-"))) {
            m_doc.body << minutes::part(what, m_in);
        } else if (what == QLatin1String("grounds")) {
            for (const ReceivedDocument &d : m_in.grounds)
                m_doc.body << Block::paragraph(QStringLiteral("Căn cứ %1;").arg(d.citation()));
        } else if (what == QLatin1String("shortcomings-plan"))
            shortcomingsPlan();
        else if (what == QLatin1String("topics"))
            topics();
        else if (what == QLatin1String("current-shortcomings"))
            currentShortcomings();
        else if (what == QLatin1String("remedy-results"))
            remedyResults();
        else if (what == QLatin1String("self-assessment"))
            selfAssessment();
        else if (what == QLatin1String("proposed-level"))
            proposedLevel();
        else if (what == QLatin1String("task-annex"))
            taskAnnex();
        else if (what == QLatin1String("indicators"))
            indicators();
        else if (what == QLatin1String("next-targets"))
            nextTargets();
        else if (what == QLatin1String("year-comparison"))
            yearComparison();
        else if (what == QLatin1String("term-table"))
            termTable();
        else if (m_progress && what == QLatin1String("period-figures"))
            periodFigures();
        else if (m_progress && what == QLatin1String("period-table"))
            periodTables();
        else if (m_progress && what == QLatin1String("period-notable"))
            periodNotable();
        else if (m_progress && what == QLatin1String("period-problems"))
            periodProblems();
        else if (m_progress && what == QLatin1String("carry-over"))
            carryOver();
        else if (m_progress && what == QLatin1String("task-table"))
            trackingTable();
        else if (m_review && what.startsWith(QLatin1String("member-")))
            memberPart(what);
        else if (m_ratings && what.startsWith(QLatin1String("ratings-")))
            ratingsPart(what);
        else if (m_commitment && what.startsWith(QLatin1String("commitment-")))
            commitmentPart(what.mid(11));
    }

    // --- the period documents (issue 7): monthly/quarterly summary and the tracking table

    void periodFigures()
    {
        const PeriodFigures &f = m_progress->figures;
        const auto count = [](int n) {
            return text::countOrNone(n);
        };
        QStringList lines;
        lines << QStringLiteral("- Nhiệm vụ thực hiện trong kỳ: %1; trong đó đến hạn trong kỳ: %2.")
                     .arg(count(f.active), count(f.due));
        lines << QStringLiteral("- Hoàn thành trong kỳ: %1 (đúng hạn: %2; trễ hạn: %3); chưa hoàn "
                                "thành: %4, trong đó quá hạn: %5.")
                     .arg(count(f.done), count(f.onTime), count(f.late), count(f.open),
                          count(f.overdue));
        lines << QStringLiteral("- Hoàn thành nhưng chưa có minh chứng: %1; nhiệm vụ chưa rõ "
                                "người, thời hạn hoặc sản phẩm: %2.")
                     .arg(count(f.withoutEvidence), count(f.vague));
        lines << QStringLiteral("- Đảng viên có nhiệm vụ đã báo cáo kết quả: %1/%2 đồng chí; "
                                "nhiệm vụ chưa có báo cáo trong kỳ: %3.")
                     .arg(twoDigits(f.membersReported), twoDigits(f.membersWithTasks),
                          count(f.noReport));
        emitProse(lines.join(QLatin1Char('\n')));
    }

    /// What a task came to in the period, in a few words.
    QString resultText(const PeriodTask &t) const
    {
        if (t.doneByEnd)
            return QStringLiteral("Hoàn thành %1, %2")
                .arg(text::shortDate(task_rules::completion(t.task)),
                     task_rules::onTime(t.task) ? QStringLiteral("đúng hạn")
                                                : QStringLiteral("trễ hạn"));
        QString s = t.overdue ? QStringLiteral("Quá hạn, chưa hoàn thành")
                              : QStringLiteral("Đang thực hiện");
        if (t.report) {
            const QString said =
                (t.report->result.isEmpty() ? t.report->doneText : t.report->result).simplified();
            if (!said.isEmpty())
                s += QStringLiteral(". Báo cáo: ") + said;
        }
        return s;
    }

    /// "Có (02)" / "Không": the evidence of a task in every table (a bare "1" beside "Không"
    /// reads oddly).
    static QString evidenceText(int n)
    {
        return n > 0 ? QStringLiteral("Có (%1)").arg(twoDigits(n)) : QStringLiteral("Không");
    }

    void periodTables()
    {
        const bool byMember = m_req.groupBy == QLatin1String("member");
        QList<const PeriodTask *> all;
        for (const PeriodTask &t : m_progress->tasks)
            all << &t;
        const QList<TaskGroup> groups = groupTasks(all, byMember);
        if (groups.isEmpty()) {
            emitProse(QStringLiteral("Trong kỳ không có nhiệm vụ nào đang thực hiện."));
            return;
        }
        // One table for the section: each group (shortcoming, topic, conclusion, or member)
        // is a row across the table above its tasks, numbered a), b), …
        TableData table;
        table.columnWeights = {5, 23, 13, 14, 19, 10, 16};
        table.centeredColumns = {0, 3, 5};
        table.rows << QStringList{QStringLiteral("STT"),
                                  QStringLiteral("Nhiệm vụ"),
                                  byMember ? QStringLiteral("Nguồn")
                                           : QStringLiteral("Người phụ trách"),
                                  QStringLiteral("Thời hạn"),
                                  QStringLiteral("Kết quả"),
                                  QStringLiteral("Minh chứng"),
                                  QStringLiteral("Ghi chú")};
        int n = 0;
        for (const TaskGroup &group : groups) {
            const QString &key = group.title;
            table.groupRows << int(table.rows.size());
            table.rows << QStringList{
                m_num.nextSub() + QLatin1Char(' ') +
                (byMember ? (key.isEmpty() ? QStringLiteral("Nhiệm vụ chưa giao người phụ trách")
                                           : QStringLiteral("Đồng chí %1").arg(key))
                          : key)};
            for (const PeriodTask *t : group.tasks)
                table.rows << QStringList{QString::number(++n),
                                          t->task.title,
                                          byMember                 ? t->sourceTitle
                                          : t->ownerName.isEmpty() ? kBlank
                                                                   : t->ownerName,
                                          t->task.dueOn.isValid() ? text::shortDate(t->task.dueOn)
                                                                  : kBlank,
                                          resultText(*t),
                                          evidenceText(t->evidence),
                                          t->flagLabels().join(QStringLiteral("; "))};
        }
        addTable(table);
    }

    void periodNotable()
    {
        QStringList lines;
        for (const PeriodTask &t : m_progress->tasks) {
            // what went well: done on time, with evidence (a task done late is no highlight)
            if (t.doneByEnd && t.evidence > 0 && task_rules::onTime(t.task))
                lines << QStringLiteral("- %1 (đồng chí %2; hoàn thành ngày %3; %4 minh chứng);")
                             .arg(t.task.title, t.ownerName.isEmpty() ? kBlank : t.ownerName,
                                  text::shortDate(task_rules::completion(t.task)))
                             .arg(twoDigits(t.evidence));
        }
        if (lines.isEmpty()) {
            emitProse(QStringLiteral("Trong kỳ chưa có nhiệm vụ hoàn thành kèm minh chứng."));
            return;
        }
        lines.last().chop(1);
        lines.last() += QLatin1Char('.');
        emitProse(lines.join(QLatin1Char('\n')));
    }

    void periodProblems()
    {
        QStringList overdue, noEvidence, vague;
        for (const PeriodTask &t : m_progress->tasks) {
            const QString who = t.ownerName.isEmpty() ? QStringLiteral("chưa giao người phụ trách")
                                                      : QStringLiteral("đồng chí ") + t.ownerName;
            if (t.overdue)
                overdue << QStringLiteral("%1 (%2, hạn %3)")
                               .arg(t.task.title, who, text::shortDate(t.task.dueOn));
            if (t.doneNoEvidence)
                noEvidence << QStringLiteral("%1 (%2)").arg(t.task.title, who);
            if (t.vague)
                vague << t.task.title;
        }
        QStringList lines;
        const auto list = [&](const QString &lead, const QStringList &items) {
            if (!items.isEmpty())
                lines << QStringLiteral("- %1 (%2): %3.")
                             .arg(lead)
                             .arg(twoDigits(int(items.size())))
                             .arg(items.join(QStringLiteral("; ")));
        };
        list(QStringLiteral("Nhiệm vụ quá hạn chưa hoàn thành"), overdue);
        list(QStringLiteral("Nhiệm vụ hoàn thành trong kỳ nhưng chưa có minh chứng"), noEvidence);
        list(QStringLiteral("Nhiệm vụ giao chưa rõ người, thời hạn hoặc sản phẩm"), vague);
        list(QStringLiteral("Đảng viên chưa báo cáo kết quả trong kỳ"),
             m_progress->membersNotReported);
        list(QStringLiteral("Đảng viên có nhiệm vụ nhưng chưa nộp minh chứng nào trong kỳ"),
             m_progress->membersWithoutEvidence);
        if (lines.isEmpty())
            lines << QStringLiteral("Trong kỳ không có nhiệm vụ quá hạn, thiếu minh chứng hoặc "
                                    "chưa báo cáo.");
        emitProse(lines.join(QLatin1Char('\n')));
    }

    void carryOver()
    {
        int open = 0;
        for (const PeriodTask &t : m_progress->tasks)
            open += !t.doneByEnd;
        QStringList lines;
        // "the overdue ones first" only when there are some
        if (open > 0)
            lines << (m_progress->figures.overdue > 0
                          ? QStringLiteral("- Tiếp tục theo dõi %1 nhiệm vụ chưa hoàn thành (mục "
                                           "I.2), ưu tiên %2 nhiệm vụ đã quá hạn;")
                                .arg(twoDigits(open), twoDigits(m_progress->figures.overdue))
                          : QStringLiteral("- Tiếp tục theo dõi %1 nhiệm vụ chưa hoàn thành (mục "
                                           "I.2);")
                                .arg(twoDigits(open)));
        for (const PendingConclusion &c : m_progress->pendingConclusions)
            lines << QStringLiteral("- Cụ thể hóa kết luận sinh hoạt ngày %1 thành nhiệm vụ: "
                                    "“%2”;")
                         .arg(text::shortDate(c.heldOn), c.text.simplified());
        if (lines.isEmpty())
            return;
        m_doc.body << Block::paragraph(
            QStringLiteral("Nội dung đề nghị đưa vào chương trình sinh hoạt kỳ tới:"));
        lines.last().chop(1);
        lines.last() += QLatin1Char('.');
        emitProse(lines.join(QLatin1Char('\n')));
    }

    void trackingTable()
    {
        TableData table;
        table.columnWeights = {5, 27, 14, 10, 20, 10, 14};
        table.centeredColumns = {0, 3, 5};
        table.rows << QStringList{QStringLiteral("STT"),
                                  QStringLiteral("Nhiệm vụ"),
                                  QStringLiteral("Người phụ trách"),
                                  QStringLiteral("Thời hạn"),
                                  QStringLiteral("Kết quả thực hiện"),
                                  QStringLiteral("Minh chứng kèm theo"),
                                  QStringLiteral("Nhận xét của Chi ủy")};
        int n = 0;
        for (const PeriodTask &t : m_progress->tasks) {
            QString comment = t.task.committeeComment;
            if (comment.isEmpty() && t.report)
                comment = t.report->committeeComment;
            table.rows << QStringList{QString::number(++n),
                                      t.task.title,
                                      t.ownerName.isEmpty() ? kBlank : t.ownerName,
                                      t.task.dueOn.isValid() ? text::shortDate(t.task.dueOn)
                                                             : kBlank,
                                      resultText(t),
                                      evidenceText(t.evidence),
                                      comment};
        }
        if (n == 0)
            table.rows << QStringList{QString(), kBlank, kBlank, kBlank, kBlank, kBlank, kBlank};
        addTable(table);
    }

    // --- a member's commitment form

    void commitmentPart(const QString &part)
    {
        const Commitment &c = *m_commitment;
        const auto orBlank = [](const QString &s) {
            return s.trimmed().isEmpty() ? kBlank : s;
        };
        if (part == QLatin1String("member")) {
            // One paragraph: the form must fit on one page with both signatures.
            const Member &m = *m_member;
            QString duty = label(m.job);
            if (m.role != Role::None)
                duty = label(m.role) + QStringLiteral(", ") + duty;
            // indented like every paragraph of the form
            m_doc.body << Block::paragraph(
                QStringLiteral("Tôi là: **%1**; chức vụ, công việc: %2; ngày vào Đảng: %3; ngày "
                               "chính thức: %4.")
                    .arg(m.fullName, orBlank(duty),
                         m.admittedOn.isValid() ? text::shortDate(m.admittedOn) : kBlank,
                         m.fullOn.isValid() ? text::shortDate(m.fullOn) : kBlank));
        } else if (part == QLatin1String("shortcomings")) {
            QStringList lines;
            for (const CommitmentItem &i : c.items)
                if (!i.plan)
                    lines << QStringLiteral("- ") + i.text.simplified();
            if (lines.isEmpty())
                lines << orBlank(c.shortcomingsText);
            emitProse(lines.join(QLatin1Char('\n')));
        } else if (part == QLatin1String("measures")) {
            emitProse(orBlank(c.measures));
            QStringList lines;
            for (const CommitmentItem &i : c.items) {
                if (!i.plan)
                    continue;
                QString item = i.text.simplified();
                while (item.endsWith(QLatin1Char('.')) || item.endsWith(QLatin1Char(';')))
                    item.chop(1);
                if (i.dueOn.isValid())
                    item += QStringLiteral(" (hạn %1)").arg(text::shortDate(i.dueOn));
                lines << QStringLiteral("- ") + item + QLatin1Char(';');
            }
            if (!lines.isEmpty()) {
                lines.last().chop(1);
                lines.last() += QLatin1Char('.');
            }
            emitProse(lines.join(QLatin1Char('\n')));
        } else if (part == QLatin1String("timeframe")) {
            emitProse(QStringLiteral("*Thời gian thực hiện:* ") + orBlank(c.timeframe));
        } else if (part == QLatin1String("target")) {
            emitProse(orBlank(c.targetResult));
        }
    }

    QString namesOf(const QList<qint64> &ids) const
    {
        QStringList names;
        for (qint64 id : ids)
            names << QStringLiteral("đồng chí ") + m_names.value(id);
        return names.join(QStringLiteral(", "));
    }

    void shortcomingsPlan()
    {
        const QList<Shortcoming> &list = m_in.shortcomings;
        for (const Shortcoming &s : list) {
            heading(BlockKind::Item, m_num.nextItem(), s.title);
            const auto sub = [&](const char *title, const QString &body) {
                heading(BlockKind::SubItem, m_num.nextSub(), QString::fromUtf8(title), false);
                emitProse(body.trimmed().isEmpty() ? kBlank : body);
            };
            sub("Hạn chế, khuyết điểm", s.description);
            sub("Nguyên nhân", s.causes);
            sub("Giải pháp khắc phục", s.remedies);
            sub("Sản phẩm, minh chứng", s.products);
            QString time = s.timeframeText;
            if (time.trimmed().isEmpty() && s.startOn.isValid())
                time = QStringLiteral("Từ ngày %1 đến ngày %2.")
                           .arg(text::shortDate(s.startOn), text::shortDate(s.endOn));
            sub("Thời gian thực hiện", time);
            QString resp = s.responsibilityText;
            // The named members once: not again when the text already names who leads.
            if (!s.responsibleMemberIds.isEmpty() &&
                !resp.contains(QStringLiteral("chịu trách nhiệm chính"), Qt::CaseInsensitive))
                resp += (resp.isEmpty() ? QString() : QStringLiteral("\n")) +
                        QStringLiteral("Người chịu trách nhiệm chính: %1.")
                            .arg(namesOf(s.responsibleMemberIds));
            sub("Trách nhiệm thực hiện", resp);
        }
    }

    void topics()
    {
        const QList<ThematicTopic> &list = m_in.topics;
        emitProse(QStringLiteral("Năm %1, %2 dự kiến tổ chức %3 chuyên đề như sau:")
                      .arg(m_req.year)
                      .arg(m_cell.name, twoDigits(int(list.size()))));
        int n = 0;
        for (const ThematicTopic &t : list) {
            heading(BlockKind::Item, m_num.nextItem(),
                    QStringLiteral("Chuyên đề %1: %2").arg(++n).arg(t.title));
            if (!t.focusPoints.trimmed().isEmpty()) {
                m_doc.body << Block::paragraph(QStringLiteral("*Nội dung trọng tâm:*"));
                QStringList points;
                for (const QString &p : t.focusPoints.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    points << QStringLiteral("- ") + p.trimmed() + QLatin1Char(';');
                if (!points.isEmpty())
                    points.last().chop(1), points.last() += QLatin1Char('.');
                emitProse(points.join(QLatin1Char('\n')));
            }
            m_doc.body << Block::paragraph(
                QStringLiteral("*Dự kiến thời gian thực hiện:* %1.")
                    .arg(t.plannedQuarter ? text::quarterOfYear(t.plannedQuarter, t.year)
                                          : kBlank));
            m_doc.body << Block::paragraph(
                QStringLiteral("*Phân công chuẩn bị dự thảo chuyên đề:* %1.")
                    .arg(t.drafterId ? QStringLiteral("đồng chí ") + m_names.value(t.drafterId)
                                     : kBlank));
            m_doc.body << Block::paragraph(
                QStringLiteral("*Sản phẩm sau chuyên đề:* %1")
                    .arg(t.expectedProducts.isEmpty() ? kBlank : t.expectedProducts));
        }
    }

    void currentShortcomings()
    {
        const QList<Shortcoming> &list = m_in.shortcomings;
        if (list.isEmpty()) {
            // Not yet written: drafted from what the records show (late, overdue, without
            // evidence); the causes are the cell's to write.
            const QStringList drafted = shortcomingsFromRecords();
            if (drafted.isEmpty()) {
                emitProse(QStringLiteral("- Hạn chế, khuyết điểm: ") + kBlank + kBlank + kBlank +
                          QStringLiteral("\n- Nguyên nhân: ") + kBlank + kBlank + kBlank);
                return;
            }
            m_doc.body << Block::paragraph(QStringLiteral("*- Hạn chế, khuyết điểm:*"));
            emitProse(drafted.join(QLatin1Char('\n')));
            emitProse(QStringLiteral("*- Nguyên nhân:* ") + kBlank + kBlank + kBlank);
            return;
        }
        m_doc.body << Block::paragraph(QStringLiteral("*- Hạn chế, khuyết điểm:*"));
        for (const Shortcoming &s : list)
            emitProse(QStringLiteral("+ %1: %2").arg(s.title, s.description.simplified()));
        m_doc.body << Block::paragraph(QStringLiteral("*- Nguyên nhân:*"));
        for (const Shortcoming &s : list)
            emitProse(QStringLiteral("+ %1").arg(
                s.causes.simplified().isEmpty() ? kBlank : s.causes.simplified()));
    }

    /// The year's shortcomings as the task records show them, one "+ " line each: tasks
    /// done late, tasks past their due date and not done (named), tasks done without
    /// evidence. Judged as the figures are (AsOf::forYear).
    QStringList shortcomingsFromRecords() const
    {
        const YearFigures &f = m_year;
        const AsOf asOf = AsOf::forYear(m_req.year, m_req.date);
        QStringList overdue;
        for (const Task &t : m_in.yearTasks) {
            if (task_rules::state(t, asOf) == TaskState::Overdue)
                overdue << t.title;
        }
        QStringList out;
        if (f.tasksLate > 0 || !overdue.isEmpty()) {
            QStringList parts;
            if (f.tasksLate > 0)
                parts
                    << QStringLiteral("%1 nhiệm vụ hoàn thành trễ hạn").arg(twoDigits(f.tasksLate));
            if (!overdue.isEmpty())
                parts << QStringLiteral("%1 nhiệm vụ đã quá hạn nhưng chưa hoàn thành (%2)")
                             .arg(twoDigits(int(overdue.size())),
                                  overdue.join(QStringLiteral("; ")));
            out << QStringLiteral("+ Việc thực hiện nhiệm vụ được giao còn chậm: %1.")
                       .arg(parts.join(QStringLiteral("; ")));
        }
        if (f.tasksWithoutEvidence > 0)
            out << QStringLiteral("+ Việc lưu minh chứng kết quả thực hiện nhiệm vụ chưa đầy đủ: "
                                  "%1 nhiệm vụ đã hoàn thành nhưng chưa có minh chứng.")
                       .arg(twoDigits(f.tasksWithoutEvidence));
        return out;
    }

    void remedyResults()
    {
        const YearFigures &f = m_year;
        if (f.remedies.isEmpty()) {
            emitProse(QStringLiteral(
                          "Chi bộ chưa ghi nhận hạn chế, khuyết điểm của kỳ kiểm điểm năm %1: ")
                          .arg(m_req.year - 1) +
                      kBlank + kBlank);
            return;
        }
        emitProse(
            QStringLiteral(
                "Thực hiện kế hoạch khắc phục hạn chế, khuyết điểm sau kiểm điểm năm %1, Chi bộ "
                "đã triển khai %2 nhiệm vụ khắc phục, hoàn thành %3 nhiệm vụ. Kết quả đối với "
                "từng hạn chế:")
                .arg(m_req.year - 1)
                .arg(twoDigits(f.remedyTasks), twoDigits(f.remedyTasksDone)));
        for (const RemedyFigures &r : f.remedies)
            emitProse(QStringLiteral("- %1: hoàn thành %2/%3 nhiệm vụ khắc phục, %4 nhiệm vụ có "
                                     "minh chứng%5")
                          .arg(r.title, twoDigits(r.done), twoDigits(r.tasks),
                               twoDigits(r.doneWithEvidence),
                               r.done == r.tasks && r.tasks > 0
                                   ? QStringLiteral("; đã khắc phục.")
                                   : QStringLiteral("; đang tiếp tục khắc phục.")));
    }

    void selfAssessment()
    {
        const QList<ReviewCriterion> &criteria = m_in.criteria;
        TableData t;
        t.columnWeights = {8, 62, 15, 15};
        t.centeredColumns = {0, 2, 3};
        t.rows << QStringList{QStringLiteral("STT"), QStringLiteral("Tiêu chí"),
                              QStringLiteral("Điểm tối đa"), QStringLiteral("Tự chấm")};
        // Totals and completeness: core::SelfAssessment (a total only when all is scored).
        const SelfAssessment assessment = SelfAssessment::of(criteria);
        const bool allScored = assessment.complete;
        for (int g = 1; g <= 2; ++g) {
            QList<QStringList> rows;
            int n = 0;
            for (const ReviewCriterion &c : criteria) {
                if (c.group != g)
                    continue;
                rows << QStringList{QString::number(++n), c.title,
                                    c.maxPoints >= 0 ? formatPoints(c.maxPoints) : kBlank,
                                    c.points >= 0 ? formatPoints(c.points) : kBlank};
            }
            const double groupMax = g == 1 ? assessment.generalMax : assessment.resultsMax;
            const double groupPoints = g == 1 ? assessment.general : assessment.results;
            t.rows << QStringList{
                text::romanNumeral(g) + QLatin1Char('.'),
                g == 1 ? QStringLiteral("**Nhóm tiêu chí chung**")
                       : QStringLiteral("**Nhóm tiêu chí về kết quả thực hiện nhiệm vụ**"),
                QStringLiteral("**%1**").arg(formatPoints(groupMax)),
                QStringLiteral("**%1**").arg(rows.isEmpty() ? kBlank : formatPoints(groupPoints))};
            t.rows += rows;
        }
        t.rows << QStringList{
            QString(), QStringLiteral("**Tổng điểm**"),
            QStringLiteral("**%1**").arg(formatPoints(assessment.max())),
            QStringLiteral("**%1**").arg(allScored ? formatPoints(assessment.total()) : kBlank)};
        Block b;
        b.kind = BlockKind::Table;
        b.table = t;
        // The scores once: the table holds both groups and the total.
        m_doc.body << b;
        m_assessment = assessment;
    }

    void proposedLevel()
    {
        const auto &year = m_in.reviewYear;
        const QualityRating level =
            core::proposedLevel(year ? year->proposedLevel : QualityRating::None,
                                m_assessment ? *m_assessment : SelfAssessment::of(m_in.criteria));
        levelBlock(level, QStringLiteral("Chi bộ tự đánh giá, đề xuất xếp loại"));
    }

    /// "LEAD: **level**." and the four levels as boxes, the proposed one ticked.
    void levelBlock(QualityRating level, const QString &lead)
    {
        m_level = level;
        const QList<QualityRating> levels = {QualityRating::Excellent, QualityRating::Good,
                                             QualityRating::Completed, QualityRating::NotCompleted};
        m_doc.body << Block::paragraph(lead + QLatin1Char(':'));
        // The four levels written out, one a line, the proposed one ticked.
        for (QualityRating l : levels) {
            Block b;
            b.kind = BlockKind::CheckBoxes;
            b.options << label(l);
            b.checked = l == level ? 0 : -1;
            m_doc.body << b;
        }
    }

    void selfRatingBoxes(const QString &code)
    {
        SelfRating rating = SelfRating::None;
        for (const ReviewCriterion &c : m_in.criteria) {
            if (c.group == 0 && c.code == code)
                rating = c.selfRating;
        }
        Block b;
        b.kind = BlockKind::CheckBoxes;
        b.indent = false;
        const QList<SelfRating> options = {SelfRating::Excellent, SelfRating::Good,
                                           SelfRating::Average, SelfRating::Poor};
        for (SelfRating r : options)
            b.options << label(r);
        b.checked = int(options.indexOf(rating));
        m_doc.body << Block::paragraph(QStringLiteral("*Tự đánh giá cấp độ thực hiện:*"));
        m_doc.body << b;
    }

    void taskAnnex()
    {
        QList<Task> tasks;
        for (const Task &t : m_in.yearTasks) {
            if (t.status != TaskStatus::Cancelled)
                tasks << t;
        }
        TableData table;
        table.columnWeights = {5, 20, 12, 14, 14, 14, 10, 11};
        table.centeredColumns = {0, 4, 6, 7};
        table.rows << QStringList{QStringLiteral("STT"),
                                  QStringLiteral("Nhiệm vụ"),
                                  QStringLiteral("Người phụ trách"),
                                  QStringLiteral("Sản phẩm"),
                                  QStringLiteral("Thời hạn"),
                                  QStringLiteral("Kết quả, tiến độ"),
                                  QStringLiteral("Mức độ hoàn thành"),
                                  QStringLiteral("Minh chứng")};
        int n = 0;
        // The same moment as the figures: during the document's day, or the year's close.
        const AsOf asOf = AsOf::forYear(m_req.year, m_req.date);
        const QHash<qint64, int> &evidence = m_in.yearEvidence;
        for (const Task &t : tasks) {
            QString result = stateText(t, asOf);
            if (task_rules::carriedOver(t, m_req.year, asOf))
                result += QStringLiteral(", chuyển sang năm %1").arg(m_req.year + 1);
            const int ev = evidence.value(t.id);
            table.rows << QStringList{QString::number(++n),
                                      t.title,
                                      m_names.value(t.ownerId, kBlank),
                                      t.expectedOutput.isEmpty() ? kBlank : t.expectedOutput,
                                      t.dueOn.isValid() ? text::shortDate(t.dueOn) : kBlank,
                                      result,
                                      task_rules::completionLevel(t, asOf, ev),
                                      evidenceText(ev)};
        }
        if (tasks.isEmpty())
            table.rows << QStringList{QString(), kBlank, kBlank,    kBlank,
                                      kBlank,    kBlank, QString(), kBlank};
        addTable(table);
    }

    void addTable(const TableData &t)
    {
        Block b;
        b.kind = BlockKind::Table;
        b.table = t;
        m_doc.body << b;
    }

    /// "≥ 90%", "01 đồng chí": a value of the indicator with its unit; "……" when not given.
    static QString withUnit(const Indicator &i, const QString &value)
    {
        if (value.isEmpty())
            return kBlank;
        return i.unit.isEmpty()               ? value
               : i.unit == QLatin1String("%") ? value + i.unit
                                              : value + QLatin1Char(' ') + i.unit;
    }

    /// The indicators of \a list as a table: STT, the indicator, and the two values
    /// \a values gives under the headings \a first and \a second. Nothing without indicators.
    void indicatorTable(const QList<Indicator> &list, const QString &first, const QString &second,
                        const std::function<std::pair<QString, QString>(const Indicator &)> &values)
    {
        if (list.isEmpty())
            return;
        TableData t;
        t.columnWeights = {8, 50, 21, 21};
        t.centeredColumns = {0, 2, 3};
        t.rows << QStringList{QStringLiteral("STT"), QStringLiteral("Chỉ tiêu"), first, second};
        int n = 0;
        for (const Indicator &i : list) {
            const auto [a, b] = values(i);
            t.rows << QStringList{QString::number(++n), i.name, a, b};
        }
        addTable(t);
    }

    void indicators()
    {
        indicatorTable(m_in.indicators, QStringLiteral("Kế hoạch"), QStringLiteral("Thực hiện"),
                       [](const Indicator &i) {
                           return std::pair{withUnit(i, i.target), withUnit(i, i.actual)};
                       });
    }

    /// Next year's targets (the annual summary's second part): the indicators the cell set for
    /// it, each with the year's result beside it when the same indicator was kept.
    void nextTargets()
    {
        indicatorTable(m_in.nextIndicators, QStringLiteral("Thực hiện năm %1").arg(m_req.year),
                       QStringLiteral("Chỉ tiêu năm %1").arg(m_req.year + 1),
                       [this](const Indicator &next) {
                           QString actual;
                           for (const Indicator &now : m_in.indicators)
                               if (now.name.trimmed() == next.name.trimmed())
                                   actual = now.actual;
                           return std::pair{withUnit(next, actual), withUnit(next, next.target)};
                       });
    }

    /// The party-building figures of the year beside the year before's (the annual summary).
    void yearComparison()
    {
        if (!m_in.previousYearFigures)
            return;
        const YearFigures &now = m_year, &before = *m_in.previousYearFigures;
        const auto attendance = [](const YearFigures &f) {
            return f.attendanceExpected > 0
                       ? text::percent(f.attendancePresent, f.attendanceExpected)
                       : QStringLiteral("—");
        };
        const auto rated = [](const YearFigures &f, QualityRating l) {
            return f.ratings.value(l);
        };
        struct Row
        {
            const char *name;
            QString before, now;
        };
        // In a table a zero is "0", not "00" (a count in a sentence is written in words).
        const auto count = [](int a) {
            return a == 0 ? QStringLiteral("0") : twoDigits(a);
        };
        const QList<Row> rows = {
            {"Đảng viên cuối năm", count(before.membersEnd), count(now.membersEnd)},
            {"Trong đó: chính thức", count(before.fullEnd), count(now.fullEnd)},
            {"Dự bị", count(before.probationaryEnd), count(now.probationaryEnd)},
            {"Nữ", count(before.womenEnd), count(now.womenEnd)},
            {"Trình độ thạc sĩ", count(before.masters), count(now.masters)},
            {"Trình độ đại học", count(before.bachelors), count(now.bachelors)},
            {"Kết nạp đảng viên mới", count(before.admitted), count(now.admitted)},
            {"Công nhận đảng viên chính thức", count(before.madeFull), count(now.madeFull)},
            {"Chuyển đến / chuyển đi",
             QStringLiteral("%1 / %2").arg(count(before.transferredIn),
                                           count(before.transferredOut)),
             QStringLiteral("%1 / %2").arg(count(now.transferredIn), count(now.transferredOut))},
            {"Nghỉ hưu", count(before.retired), count(now.retired)},
            {"Quần chúng học lớp cảm tình Đảng", count(before.candidatesToClass),
             count(now.candidatesToClass)},
            {"Kỳ sinh hoạt thường kỳ / chuyên đề",
             QStringLiteral("%1 / %2").arg(count(before.regularMeetings),
                                           count(before.thematicMeetings)),
             QStringLiteral("%1 / %2").arg(count(now.regularMeetings),
                                           count(now.thematicMeetings))},
            {"Tỷ lệ đảng viên dự sinh hoạt", attendance(before), attendance(now)},
            {"Cuộc kiểm tra / giám sát",
             QStringLiteral("%1 / %2").arg(count(before.inspections), count(before.supervisions)),
             QStringLiteral("%1 / %2").arg(count(now.inspections), count(now.supervisions))},
            {"Đảng viên bị kỷ luật", count(before.disciplined), count(now.disciplined)},
            {"Hoàn thành xuất sắc nhiệm vụ", count(rated(before, QualityRating::Excellent)),
             count(rated(now, QualityRating::Excellent))},
            {"Hoàn thành tốt nhiệm vụ", count(rated(before, QualityRating::Good)),
             count(rated(now, QualityRating::Good))},
            {"Hoàn thành nhiệm vụ", count(rated(before, QualityRating::Completed)),
             count(rated(now, QualityRating::Completed))},
            {"Không hoàn thành nhiệm vụ", count(rated(before, QualityRating::NotCompleted)),
             count(rated(now, QualityRating::NotCompleted))},
        };
        TableData t;
        t.columnWeights = {8, 52, 20, 20};
        t.centeredColumns = {0, 2, 3};
        t.rows << QStringList{QStringLiteral("STT"), QStringLiteral("Nội dung"),
                              QStringLiteral("Năm %1").arg(m_req.year - 1),
                              QStringLiteral("Năm %1").arg(m_req.year)};
        int n = 0;
        for (const Row &r : rows)
            t.rows << QStringList{QString::number(++n), QString::fromUtf8(r.name), r.before, r.now};
        addTable(t);
        if (now.ratings.isEmpty())
            m_doc.body << Block::paragraph(
                QStringLiteral("*Kết quả xếp loại đảng viên năm %1 ghi theo kết quả Chi bộ đã "
                               "biểu quyết đến ngày lập báo cáo.*")
                    .arg(m_req.year));
    }

    /// The term report's annex: one column per year of the term and a total, the indicators
    /// the cell kept (by name) and the party-building figures of each year.
    void termTable()
    {
        const QList<YearFigures> &years = m_in.termFigures;
        if (years.isEmpty())
            return;
        TableData t;
        t.columnWeights = {7, 37};
        QStringList heading{QStringLiteral("TT"), QStringLiteral("Nội dung")};
        for (const YearFigures &f : years) {
            heading << QStringLiteral("Năm %1").arg(f.year);
            t.columnWeights << 56.0 / (years.size() + 1);
        }
        heading << QStringLiteral("Tổng");
        t.columnWeights << 56.0 / (years.size() + 1);
        for (int c = 0; c < heading.size(); ++c)
            if (c != 1)
                t.centeredColumns << c;
        t.rows << heading;
        int n = 0;
        const auto plain = [](int v) {
            return v == 0 ? QStringLiteral("0") : twoDigits(v);
        };
        // A count per year and its sum over the term ("lượt" when the same people recur).
        const auto countRow = [&](const QString &name, auto value, const QString &totalUnit) {
            QStringList row{QString::number(++n), name};
            int total = 0;
            for (const YearFigures &f : years) {
                const int v = value(f);
                total += v;
                row << plain(v);
            }
            row << (totalUnit.isEmpty() ? plain(total)
                                        : QStringLiteral("%1 %2").arg(plain(total), totalUnit));
            t.rows << row;
        };
        // A state at each year's end: no total, the last year's is the term's.
        const auto stateRow = [&](const QString &name, auto value) {
            QStringList row{QString::number(++n), name};
            for (const YearFigures &f : years)
                row << plain(value(f));
            row << QStringLiteral("—"); // a state, not summed
            t.rows << row;
        };
        stateRow(QStringLiteral("Đảng viên cuối năm"),
                 [](const YearFigures &f) { return f.membersEnd; });
        stateRow(QStringLiteral("Trong đó dự bị"),
                 [](const YearFigures &f) { return f.probationaryEnd; });
        countRow(
            QStringLiteral("Quần chúng học lớp cảm tình Đảng"),
            [](const YearFigures &f) { return f.candidatesToClass; }, QString());
        countRow(
            QStringLiteral("Kết nạp đảng viên mới"),
            [](const YearFigures &f) { return f.admitted; }, QString());
        countRow(
            QStringLiteral("Kỳ sinh hoạt chuyên đề"),
            [](const YearFigures &f) { return f.thematicMeetings; }, QString());
        countRow(
            QStringLiteral("Cuộc kiểm tra, giám sát"),
            [](const YearFigures &f) { return f.inspections + f.supervisions; }, QString());
        countRow(
            QStringLiteral("Đảng viên bị kỷ luật"),
            [](const YearFigures &f) { return f.disciplined; }, QString());
        countRow(
            QStringLiteral("Đảng viên được xếp loại"),
            [](const YearFigures &f) {
                int rated = 0;
                for (auto it = f.ratings.cbegin(); it != f.ratings.cend(); ++it)
                    if (it.key() != QualityRating::None)
                        rated += it.value();
                return rated;
            },
            QStringLiteral("lượt"));
        for (QualityRating l : {QualityRating::Excellent, QualityRating::Good,
                                QualityRating::Completed, QualityRating::NotCompleted}) {
            const int rowBefore = int(t.rows.size());
            countRow(
                QStringLiteral("- %1").arg(abbreviation(l)),
                [l](const YearFigures &f) { return f.ratings.value(l); }, QStringLiteral("lượt"));
            t.rows[rowBefore][0].clear(); // a part of the row above, not a row of its own
            --n;
        }
        // The cell's indicators, by name, in the order first met; a numeric result is summed.
        QStringList names;
        for (const YearFigures &f : years)
            for (const Indicator &i : m_in.termIndicators.value(f.year))
                if (!names.contains(i.name.trimmed()))
                    names << i.name.trimmed();
        for (const QString &name : std::as_const(names)) {
            QStringList row{QString::number(++n), name};
            for (const YearFigures &f : years) {
                QString v;
                for (const Indicator &i : m_in.termIndicators.value(f.year))
                    if (i.name.trimmed() == name)
                        v = i.actual.isEmpty()
                                ? QString()
                                : i.actual + (i.unit == QLatin1String("%") ? i.unit : QString());
                row << (v.isEmpty() ? QStringLiteral("—") : v);
            }
            row << QString();
            t.rows << row;
        }
        addTable(t);
    }

    static QString stateText(const Task &t, const AsOf &at)
    {
        switch (task_rules::state(t, at)) {
        case TaskState::DoneOnTime:
            return QStringLiteral("Hoàn thành %1, đúng hạn")
                .arg(text::shortDate(task_rules::completion(t)));
        case TaskState::DoneLate:
            return QStringLiteral("Hoàn thành %1, trễ hạn")
                .arg(text::shortDate(task_rules::completion(t)));
        case TaskState::Overdue:
            return QStringLiteral("Quá hạn, chưa hoàn thành");
        case TaskState::Cancelled:
            return QStringLiteral("Đã hủy");
        case TaskState::NotStarted:
            return QStringLiteral("Chưa thực hiện");
        case TaskState::InProgress:
            break;
        }
        return QStringLiteral("Đang thực hiện");
    }

    /// The sections of the individual review form drafted from the member's records.
    void memberPart(const QString &what)
    {
        const Member &m = *m_member;
        const MemberYear &y = *m_memberYear;
        const MemberReview &r = *m_review;
        if (what == QLatin1String("member-identity")) {
            m_doc.body << Block::paragraph(QStringLiteral("Họ và tên: **%1**. Ngày sinh: %2.")
                                               .arg(m.fullName, m.birthDate.isValid()
                                                                    ? text::shortDate(m.birthDate)
                                                                    : kBlank));
            QString post = m.role == Role::None ? QStringLiteral("Đảng viên")
                                                : label(m.role) + QStringLiteral(" Chi bộ");
            m_doc.body << Block::paragraph(
                QStringLiteral("Chức vụ đảng: %1; chức vụ chuyên môn: %2.")
                    .arg(post, label(m.job)));
            m_doc.body << Block::paragraph(QStringLiteral("Chi bộ: %1.").arg(m_cell.name));
        } else if (what == QLatin1String("member-attendance")) {
            const int meetings = y.present + y.excused + y.unexcused;
            if (meetings == 0)
                return;
            QString line = QStringLiteral("Trong năm, dự %1/%2 kỳ sinh hoạt chi bộ")
                               .arg(text::twoDigits(y.present), text::twoDigits(meetings));
            QStringList absent;
            if (y.excused > 0)
                absent << QStringLiteral("vắng có lý do %1 kỳ").arg(text::twoDigits(y.excused));
            if (y.unexcused > 0)
                absent << QStringLiteral("vắng không có lý do %1 kỳ")
                              .arg(text::twoDigits(y.unexcused));
            if (!absent.isEmpty())
                line += QStringLiteral(" (%1)").arg(absent.join(QStringLiteral(", ")));
            if (!y.topicsDrafted.isEmpty())
                line += QStringLiteral("; được phân công chuẩn bị nội dung chuyên đề “%1”")
                            .arg(y.topicsDrafted.join(QStringLiteral("”, “")));
            m_doc.body << Block::paragraph(line + QLatin1Char('.'));
        } else if (what == QLatin1String("member-task-results")) {
            const int judged = y.tasks - y.cancelled;
            if (judged <= 0) {
                m_doc.body << Block::paragraph(
                    QStringLiteral("Trong năm %1, bản thân không được Chi bộ giao nhiệm vụ riêng "
                                   "nào; thực hiện các nhiệm vụ chung theo phân công của Chi ủy.")
                        .arg(m_req.year));
                return;
            }
            QString line = QStringLiteral("Trong năm %1, bản thân được Chi bộ giao %2 nhiệm vụ; "
                                          "đã hoàn thành %3")
                               .arg(m_req.year)
                               .arg(text::twoDigits(judged), text::twoDigits(y.done));
            if (y.done > 0 && y.late == 0)
                line += QStringLiteral(", đều đúng hạn");
            else if (y.done > 0)
                line += y.onTime > 0 ? QStringLiteral(" (đúng hạn %1, trễ hạn %2)")
                                           .arg(text::twoDigits(y.onTime), text::twoDigits(y.late))
                                     : QStringLiteral(", đều trễ hạn");
            line += QStringLiteral("; %1").arg(
                y.overdue > 0 ? QStringLiteral("%1 nhiệm vụ quá hạn chưa hoàn thành")
                                    .arg(text::twoDigits(y.overdue))
                              : QStringLiteral("không có nhiệm vụ nào quá hạn"));
            const int running = y.open - y.overdue;
            if (running > 0)
                line +=
                    QStringLiteral("; %1 nhiệm vụ đang thực hiện").arg(text::twoDigits(running));
            line += QLatin1Char('.');
            if (y.monthlyReports > 0)
                line += QStringLiteral(" Đã gửi %1 báo cáo tiến độ hằng tháng.")
                            .arg(text::twoDigits(y.monthlyReports));
            m_doc.body << Block::paragraph(line);
            TableData t;
            t.columnWeights = {6, 44, 14, 24, 12};
            t.centeredColumns = {0, 2, 4};
            t.rows << QStringList{QStringLiteral("STT"), QStringLiteral("Nhiệm vụ"),
                                  QStringLiteral("Thời hạn"), QStringLiteral("Kết quả"),
                                  QStringLiteral("Minh chứng")};
            const QHash<qint64, int> &evidence = y.taskEvidence;
            int n = 0;
            for (const Task &task : y.taskList) {
                if (task.status == TaskStatus::Cancelled)
                    continue;
                const int ev = evidence.value(task.id);
                t.rows << QStringList{QString::number(++n), task.title,
                                      task.dueOn.isValid() ? text::shortDate(task.dueOn) : kBlank,
                                      stateText(task, y.asOf), evidenceText(ev)};
            }
            Block b;
            b.kind = BlockKind::Table;
            b.table = t;
            m_doc.body << b;
            for (const QString &sv : y.supervisions)
                m_doc.body << Block::paragraph(
                    QStringLiteral("Được Chi ủy kiểm tra, giám sát: %1.").arg(sv));
        } else if (what == QLatin1String("member-commitment")) {
            if (!y.hasCommitment) {
                m_doc.body << Block::paragraph(
                    QStringLiteral("Chưa lập bản cam kết tu dưỡng, rèn luyện năm %1.")
                        .arg(m_req.year));
                return;
            }
            if (y.commitment.isEmpty()) {
                m_doc.body << Block::paragraph(
                    QStringLiteral("Đã ký bản cam kết năm %1; thực hiện đúng nội dung đã cam kết.")
                        .arg(m_req.year));
                return;
            }
            for (const CommitmentProgress &c : y.commitment) {
                QString state;
                if (!c.linked)
                    state = kBlank; // no task records it: the member writes the result
                else
                    switch (c.state) {
                    case TaskState::DoneOnTime:
                        state = QStringLiteral("đã thực hiện đúng hạn");
                        break;
                    case TaskState::DoneLate:
                        state = QStringLiteral("đã thực hiện, chậm so với thời hạn");
                        break;
                    case TaskState::Overdue:
                        state = QStringLiteral("chưa thực hiện xong, đã quá hạn");
                        break;
                    default:
                        state = QStringLiteral("đang thực hiện");
                        break;
                    }
                QString item = c.item.text.simplified();
                while (item.endsWith(QLatin1Char('.')) || item.endsWith(QLatin1Char(';')))
                    item.chop(1);
                if (c.linked)
                    state += QStringLiteral(" (nhiệm vụ “%1”).").arg(c.taskTitle);
                Block b = Block::paragraph(QStringLiteral("%1: %2").arg(item, state));
                b.kind = BlockKind::Bullet;
                b.label = QStringLiteral("-");
                m_doc.body << b;
            }
        } else if (what == QLatin1String("member-shortfalls")) {
            QStringList facts;
            if (y.late > 0)
                facts << QStringLiteral("%1 nhiệm vụ hoàn thành chậm so với thời hạn")
                             .arg(text::twoDigits(y.late));
            if (y.overdue > 0)
                facts << QStringLiteral("%1 nhiệm vụ đã quá hạn mà chưa hoàn thành")
                             .arg(text::twoDigits(y.overdue));
            if (y.withoutEvidence > 0)
                facts << QStringLiteral("%1 nhiệm vụ đã hoàn thành nhưng chưa lưu minh chứng")
                             .arg(text::twoDigits(y.withoutEvidence));
            if (y.unexcused > 0)
                facts << QStringLiteral("vắng sinh hoạt không có lý do %1 kỳ")
                             .arg(text::twoDigits(y.unexcused));
            for (const QString &d : y.disciplines)
                facts << QStringLiteral("bị kỷ luật (%1)").arg(d);
            Block b =
                Block::paragraph(facts.isEmpty() ? QStringLiteral("Hạn chế, khuyết điểm: ……")
                                                 : QStringLiteral("Hạn chế, khuyết điểm: còn %1.")
                                                       .arg(facts.join(QStringLiteral("; "))));
            b.kind = BlockKind::Bullet;
            b.label = QStringLiteral("-");
            m_doc.body << b;
        } else if (what == QLatin1String("member-previous")) {
            const auto previous = m_in.previousCommitments.constFind(m.id);
            if (y.previousRating != QualityRating::None)
                m_doc.body << Block::paragraph(QStringLiteral("Năm %1, bản thân được xếp loại %2.")
                                                   .arg(QString::number(m_req.year - 1),
                                                        text::lowerFirst(label(y.previousRating))));
            if (previous != m_in.previousCommitments.cend() &&
                !previous->shortcomingsText.trimmed().isEmpty())
                m_doc.body << Block::paragraph(QStringLiteral("Hạn chế đã được chỉ ra: %1")
                                                   .arg(previous->shortcomingsText.trimmed()));
            else if (y.previousRating == QualityRating::None)
                m_doc.body << Block::paragraph(
                    QStringLiteral("Năm %1 bản thân chưa tham gia kiểm điểm tại Chi bộ.")
                        .arg(m_req.year - 1));
        } else if (what == QLatin1String("member-score")) {
            const auto points = [](double v) {
                return v >= 0 ? formatPoints(v) : kBlank;
            };
            heading(BlockKind::Item, m_num.nextItem(),
                    QStringLiteral("Nhóm tiêu chí chung: %1/30 điểm.").arg(points(r.generalPoints)),
                    false);
            heading(BlockKind::Item, m_num.nextItem(),
                    QStringLiteral("Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: %1/70 điểm.")
                        .arg(points(r.resultsPoints)),
                    false);
            m_doc.body << Block::paragraph(
                QStringLiteral("**Tổng điểm: %1/100 điểm.**").arg(points(r.total())));
        } else if (what == QLatin1String("member-level")) {
            levelBlock(proposedMemberLevel(r), QStringLiteral("Tự đánh giá, đề xuất xếp loại"));
        } else if (what == QLatin1String("member-committee")) {
            const QualityRating decided = m_in.ratings.value(m.id);
            heading(BlockKind::Item, m_num.nextItem(),
                    QStringLiteral("Nhận xét, đánh giá của Chi ủy:"), false);
            m_doc.body << Block::paragraph(r.committeeComment.trimmed().isEmpty()
                                               ? kBlank + kBlank + kBlank
                                               : r.committeeComment.trimmed());
            heading(BlockKind::Item, m_num.nextItem(),
                    QStringLiteral("Chi ủy đề xuất xếp loại: %1.")
                        .arg(r.committeeLevel == QualityRating::None ? kBlank
                                                                     : label(r.committeeLevel)),
                    false);
            QString cell = decided == QualityRating::None ? kBlank : label(decided);
            if (r.votesFor >= 0 && r.votesTotal > 0)
                cell += QStringLiteral(" (%1/%2 đảng viên tán thành)")
                            .arg(text::twoDigits(r.votesFor), text::twoDigits(r.votesTotal));
            heading(BlockKind::Item, m_num.nextItem(),
                    QStringLiteral("Chi bộ xếp loại: %1.").arg(cell), false);
        }
    }

    /// The cell's ratings summary.
    /// The year's ratings, gathered once for the three parts of the summary.
    struct Ratings
    {
        QList<Member> inCell; ///< at the year's end, roster order
        QHash<qint64, MemberReview> reviews;
        QHash<qint64, QualityRating> decided; ///< the cell's level
        RatingsSummary summary;
        QStringList notRated; ///< "NAME (reason)"
        QStringList unrated;  ///< neither a level nor a reason
    };

    const Ratings &ratings()
    {
        if (m_ratingsData)
            return *m_ratingsData;
        Ratings d;
        for (const MemberReview &r : *m_ratings)
            d.reviews.insert(r.memberId, r);
        for (const Member &m : m_in.members)
            if (m_in.membersAtYearEnd.contains(m.id))
                d.inCell << m;
        QList<QualityRating> levels;
        for (const Member &m : std::as_const(d.inCell)) {
            const QualityRating level = m_in.ratings.value(m.id);
            d.decided.insert(m.id, level);
            const QString reason = d.reviews.value(m.id).notRatedReason.trimmed();
            if (!reason.isEmpty()) {
                d.notRated << QStringLiteral("%1 (%2)").arg(m.fullName, reason);
            } else if (level == QualityRating::None) {
                d.notRated << QStringLiteral("%1 (chưa có kết quả biểu quyết)").arg(m.fullName);
                d.unrated << m.fullName;
            } else {
                levels << level;
            }
        }
        d.summary = summarise(levels, int(d.notRated.size()));
        m_ratingsData = d;
        return *m_ratingsData;
    }

    /// The cell's ratings summary, part by part.
    void ratingsPart(const QString &what)
    {
        const Ratings &d = ratings();
        const RatingsSummary &summary = d.summary;
        if (what == QLatin1String("ratings-table")) {
            TableData t;
            t.columnWeights = {6, 26, 16, 13, 13, 12, 14};
            t.centeredColumns = {0, 3, 4, 5, 6};
            t.rows << QStringList{QStringLiteral("STT"),
                                  QStringLiteral("Họ và tên"),
                                  QStringLiteral("Chức vụ"),
                                  QStringLiteral("Tự xếp loại"),
                                  QStringLiteral("Chi ủy đề xuất"),
                                  QStringLiteral("Tán thành"),
                                  QStringLiteral("Chi bộ xếp loại")};
            const auto abbr = [](QualityRating l) {
                return l == QualityRating::None ? QString() : abbreviation(l);
            };
            int n = 0;
            for (const Member &m : d.inCell) {
                const MemberReview r = d.reviews.value(m.id);
                if (!r.notRatedReason.trimmed().isEmpty())
                    continue;
                t.rows << QStringList{
                    QString::number(++n),
                    m.fullName,
                    m.role == Role::None ? label(m.job) : label(m.role),
                    abbr(proposedMemberLevel(r)),
                    abbr(r.committeeLevel),
                    r.votesFor >= 0 && r.votesTotal > 0
                        ? QStringLiteral("%1/%2").arg(r.votesFor).arg(r.votesTotal)
                        : QString(),
                    abbr(d.decided.value(m.id))};
            }
            Block b;
            b.kind = BlockKind::Table;
            b.table = t;
            m_doc.body << b;
            m_doc.body << Block::paragraph(
                QStringLiteral("*Ghi chú: HTXSNV — Hoàn thành xuất sắc nhiệm vụ; HTTNV — Hoàn "
                               "thành tốt nhiệm vụ; HTNV — Hoàn thành nhiệm vụ; KHTNV — Không "
                               "hoàn thành nhiệm vụ.*"));
        } else if (what == QLatin1String("ratings-totals")) {
            m_doc.body << Block::paragraph(
                QStringLiteral("- Tổng số đảng viên của Chi bộ: %1 đồng chí; được đánh giá, xếp "
                               "loại: %2 đồng chí.")
                    .arg(text::twoDigits(d.inCell.size()), text::twoDigits(summary.rated)));
            for (QualityRating l : {QualityRating::Excellent, QualityRating::Good,
                                    QualityRating::Completed, QualityRating::NotCompleted}) {
                const int k = summary.perLevel.value(l);
                m_doc.body << Block::paragraph(
                    k > 0 ? QStringLiteral("- %1: %2 đồng chí, tỷ lệ %3.")
                                .arg(label(l), text::twoDigits(k), text::percent(k, summary.rated))
                          : QStringLiteral("- %1: không có.").arg(label(l)));
            }
        } else if (what == QLatin1String("ratings-not-rated") && !d.notRated.isEmpty()) {
            m_doc.body << Block::paragraph(QStringLiteral("- Đảng viên chưa xếp loại: %1.")
                                               .arg(d.notRated.join(QStringLiteral("; "))));
        }
    }

    /// The summary's figures and the members in the cell with neither a level nor a reason
    /// for none (after build()).
    RatingsSummary ratingsSummary() { return m_ratings ? ratings().summary : RatingsSummary{}; }
    QStringList unrated() { return m_ratings ? ratings().unrated : QStringList{}; }

    QualityRating level() const { return m_level; }
    double total() const { return m_assessment ? m_assessment->total() : -1; }

private:
    const ReportInputs &m_in;
    const ReportRequest &m_req;
    const ReportTemplate &m_form;
    const YearFigures &m_year;
    const QMap<QString, QString> &m_figures;
    Cell m_cell;
    QMap<qint64, QString> m_names;
    Document m_doc;
    Numbering m_num;
    QString m_symbol;
    /// Where "signature" stood in the template: what follows is the annex. -1: none.
    qsizetype m_signatureAt = -1;
    const PeriodProgress *m_progress = nullptr;
    const Commitment *m_commitment = nullptr;
    const Member *m_member = nullptr;
    const MemberReview *m_review = nullptr;
    const MemberYear *m_memberYear = nullptr;
    ReviewCategory m_category = ReviewCategory::Auto;
    const QList<MemberReview> *m_ratings = nullptr;
    std::optional<Ratings> m_ratingsData;
    std::optional<SelfAssessment> m_assessment;
    QualityRating m_level = QualityRating::None;
};

} // namespace

QStringList ReportBuilder::kinds()
{
    return {QStringLiteral("remediation-plan"), QStringLiteral("thematic-plan"),
            QStringLiteral("self-review"),      QStringLiteral("monthly-progress"),
            QStringLiteral("task-table"),       QStringLiteral("commitment"),
            QStringLiteral("member-review"),    QStringLiteral("ratings-summary"),
            QStringLiteral("minutes"),          QStringLiteral("annual-summary"),
            QStringLiteral("term-report")};
}

bool ReportBuilder::isTermKind(const QString &kind)
{
    return kind == QLatin1String("term-report");
}

bool ReportBuilder::needsMeeting(const QString &kind)
{
    return kind == QLatin1String("minutes");
}

bool ReportBuilder::isPeriodKind(const QString &kind)
{
    return kind == QLatin1String("monthly-progress") || kind == QLatin1String("task-table");
}

QString ReportBuilder::proseKey(const ReportRequest &r, const QString &key)
{
    if (r.kind == QLatin1String("monthly-progress") && !r.period.isEmpty())
        return key + QLatin1Char('@') + r.period.toUpper();
    if (r.kind == QLatin1String("task-table") && r.from.isValid() && r.to.isValid())
        return key + QLatin1Char('@') + Period::range(r.from, r.to).code;
    if (r.kind == QLatin1String("member-review") && r.memberId > 0)
        return key + QStringLiteral("@m") + QString::number(r.memberId); // each member's own text
    return key;
}

int ReportBuilder::effectiveYear(const ReportRequest &r)
{
    if (r.kind == QLatin1String("monthly-progress"))
        if (const auto p = Period::parse(r.period))
            return p->from.year();
    if (r.kind == QLatin1String("task-table") && r.from.isValid())
        return r.from.year();
    return r.year;
}

QString ReportBuilder::displayName(const QString &kind)
{
    if (kind == QLatin1String("remediation-plan"))
        return QStringLiteral("Kế hoạch khắc phục hạn chế, khuyết điểm");
    if (kind == QLatin1String("thematic-plan"))
        return QStringLiteral("Kế hoạch sinh hoạt chuyên đề");
    if (kind == QLatin1String("self-review"))
        return QStringLiteral("Báo cáo kiểm điểm tập thể");
    if (kind == QLatin1String("monthly-progress"))
        return QStringLiteral("Báo cáo kết quả thực hiện nhiệm vụ tháng, quý");
    if (kind == QLatin1String("task-table"))
        return QStringLiteral("Bảng theo dõi nhiệm vụ đảng viên");
    if (kind == QLatin1String("commitment"))
        return QStringLiteral("Bản cam kết khắc phục của đảng viên");
    if (kind == QLatin1String("member-review"))
        return QStringLiteral("Bản kiểm điểm của đảng viên");
    if (kind == QLatin1String("ratings-summary"))
        return QStringLiteral("Bảng tổng hợp xếp loại đảng viên");
    if (kind == QLatin1String("minutes"))
        return QStringLiteral("Biên bản sinh hoạt chi bộ");
    if (kind == QLatin1String("annual-summary"))
        return QStringLiteral("Báo cáo tổng kết công tác xây dựng Đảng");
    if (kind == QLatin1String("term-report"))
        return QStringLiteral("Báo cáo chính trị nhiệm kỳ (số liệu)");
    return kind;
}

bool ReportBuilder::needsYearFigures(const QString &kind)
{
    return !isPeriodKind(kind) && kind != QLatin1String("commitment") &&
           kind != QLatin1String("member-review") && kind != QLatin1String("ratings-summary") &&
           !needsMeeting(kind) && !isTermKind(kind);
}

QString ReportBuilder::suggestedFileName(const ReportRequest &r, bool word)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("remediation-plan"), QStringLiteral("ke-hoach-khac-phuc")},
        {QStringLiteral("thematic-plan"), QStringLiteral("ke-hoach-sinh-hoat-chuyen-de")},
        {QStringLiteral("self-review"), QStringLiteral("bao-cao-kiem-diem")},
        {QStringLiteral("task-table"), QStringLiteral("bang-theo-doi-nhiem-vu")},
        {QStringLiteral("commitment"), QStringLiteral("ban-cam-ket")},
        {QStringLiteral("member-review"), QStringLiteral("ban-kiem-diem-dang-vien")},
        {QStringLiteral("ratings-summary"), QStringLiteral("tong-hop-xep-loai-dang-vien")},
        {QStringLiteral("annual-summary"), QStringLiteral("bao-cao-tong-ket-xay-dung-dang")}};
    QString base;
    if (r.kind == QLatin1String("monthly-progress")) {
        // "2026-10" → bao-cao-thang-10-2026; "2026-Q4" → bao-cao-quy-IV-2026
        const QString year = r.period.left(4), part = r.period.mid(5);
        base = part.startsWith(QLatin1Char('Q'))
                   ? QStringLiteral("bao-cao-quy-%1-%2")
                         .arg(text::romanNumeral(part.mid(1).toInt()), year)
                   : QStringLiteral("bao-cao-thang-%1-%2").arg(part, year);
    } else if (r.kind == QLatin1String("task-table")) {
        base = QStringLiteral("%1-%2-den-%3")
                   .arg(names.value(r.kind), r.from.toString(QStringLiteral("dd-MM-yyyy")),
                        r.to.toString(QStringLiteral("dd-MM-yyyy")));
    } else if (isTermKind(r.kind)) {
        // From the Reports page the term is the cell's own (no years asked): no "0-0" in the name.
        base = r.from.isValid() && r.to.isValid()
                   ? QStringLiteral("bao-cao-chinh-tri-nhiem-ky-%1-%2")
                         .arg(r.from.year())
                         .arg(r.to.year())
                   : QStringLiteral("bao-cao-chinh-tri-nhiem-ky");
    } else if (needsMeeting(r.kind)) {
        base = r.date.isValid() ? QStringLiteral("bien-ban-hop-%1")
                                      .arg(r.date.toString(QStringLiteral("dd-MM-yyyy")))
                                : QStringLiteral("bien-ban-hop");
    } else {
        base = QStringLiteral("%1-%2").arg(names.value(r.kind, r.kind)).arg(r.year);
    }
    return base + (word ? QStringLiteral(".docx") : QStringLiteral(".pdf"));
}

QString ReportBuilder::placeholderLabel(const QString &key)
{
    static const QHash<QString, QString> labels = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const char *k, const char *label) {
            h.insert(QLatin1String(k), QString::fromUtf8(label));
        };
        add("year", "năm");
        add("prevYear", "năm trước");
        add("nextYear", "năm sau");
        add("cell.name", "tên chi bộ");
        add("cell.superior", "cấp ủy cấp trên");
        add("cell.place", "địa danh");
        add("cell.term", "nhiệm kỳ");
        add("period", "kỳ báo cáo");
        add("periodSoFar", "kỳ báo cáo");
        add("asOf", "ngày tính số liệu");
        add("doc.number", "số văn bản");
        add("doc.date", "ngày văn bản");
        add("member.name", "họ tên đảng viên");
        add("meeting.title", "tên cuộc họp");
        add("term.years", "nhiệm kỳ báo cáo");
        add("term.membersStart", "số đảng viên đầu nhiệm kỳ");
        add("term.membersEnd", "số đảng viên cuối nhiệm kỳ");
        add("term.fullEnd", "số đảng viên chính thức cuối nhiệm kỳ");
        add("term.probationaryEnd", "số đảng viên dự bị cuối nhiệm kỳ");
        add("term.womenEnd", "số đảng viên nữ cuối nhiệm kỳ");
        add("term.admitted", "số đảng viên kết nạp trong nhiệm kỳ");
        add("term.candidatesToClass", "số quần chúng học lớp cảm tình Đảng trong nhiệm kỳ");
        add("term.inspections", "số cuộc kiểm tra trong nhiệm kỳ");
        add("term.supervisions", "số cuộc giám sát trong nhiệm kỳ");
        add("term.disciplined", "số đảng viên bị kỷ luật trong nhiệm kỳ");
        add("term.thematicMeetings", "số kỳ sinh hoạt chuyên đề trong nhiệm kỳ");
        add("member.form", "mẫu bản kiểm điểm");
        add("member.categoryPhrase", "đối tượng đảng viên");
        add("member.previousReview", "kết quả kiểm điểm năm trước, nếu có");
        add("fig.membersStart", "số đảng viên đầu năm");
        add("fig.membersEnd", "số đảng viên cuối năm");
        add("fig.admitted", "số đảng viên kết nạp");
        add("fig.madeFull", "số đảng viên chuyển chính thức");
        add("fig.transferredIn", "số đảng viên chuyển đến");
        add("fig.transferredOut", "số đảng viên chuyển đi");
        add("fig.retired", "số đảng viên nghỉ hưu");
        add("fig.died", "số đảng viên từ trần");
        add("fig.expelled", "số đảng viên bị khai trừ");
        add("fig.disciplined", "số đảng viên bị kỷ luật");
        add("fig.fullEnd", "số đảng viên chính thức");
        add("fig.probationaryEnd", "số đảng viên dự bị");
        add("fig.womenEnd", "số đảng viên nữ");
        add("fig.masters", "số thạc sĩ");
        add("fig.bachelors", "số đại học");
        add("fig.colleges", "số cao đẳng");
        add("fig.candidatesToClass", "số quần chúng học lớp cảm tình Đảng");
        add("fig.candidatesAdmitted", "số quần chúng được kết nạp");
        add("fig.memberChanges", "biến động đảng viên trong năm");
        add("fig.inspectionWork", "kết quả kiểm tra, giám sát");
        add("fig.prevRatings", "kết quả xếp loại đảng viên năm trước");
        add("fig.yearRatings", "kết quả xếp loại đảng viên trong năm");
        add("fig.prevRated", "số đảng viên được xếp loại năm trước");
        add("fig.prevExcellent", "số đảng viên hoàn thành xuất sắc năm trước");
        add("fig.prevGood", "số đảng viên hoàn thành tốt năm trước");
        add("fig.prevCompleted", "số đảng viên hoàn thành nhiệm vụ năm trước");
        add("fig.prevNotCompleted", "số đảng viên không hoàn thành năm trước");
        add("fig.prevExcellentPct", "tỷ lệ hoàn thành xuất sắc năm trước");
        add("fig.prevGoodPct", "tỷ lệ hoàn thành tốt năm trước");
        add("fig.regularMeetings", "số kỳ sinh hoạt thường kỳ");
        add("fig.thematicMeetings", "số kỳ sinh hoạt chuyên đề");
        add("fig.committeeMeetings", "số cuộc họp Chi ủy");
        add("fig.attendanceRate", "tỷ lệ dự sinh hoạt");
        add("fig.supervisions", "số cuộc giám sát");
        add("fig.inspections", "số cuộc kiểm tra");
        add("fig.supervisedMembers", "số đảng viên được giám sát");
        add("fig.tasks", "số nhiệm vụ");
        add("fig.tasksDone", "số nhiệm vụ hoàn thành");
        add("fig.tasksDonePct", "tỷ lệ hoàn thành");
        add("fig.tasksOnTime", "số nhiệm vụ đúng hạn");
        add("fig.tasksOnTimePct", "tỷ lệ đúng hạn");
        add("fig.tasksLate", "số nhiệm vụ trễ hạn");
        add("fig.tasksOpen", "số nhiệm vụ đang thực hiện");
        add("fig.tasksWithoutEvidence", "số nhiệm vụ thiếu minh chứng");
        add("fig.remedyTasks", "số nhiệm vụ khắc phục");
        add("fig.remedyTasksDone", "số nhiệm vụ khắc phục đã hoàn thành");
        return h;
    }();
    return labels.value(key);
}

namespace {

/// "02 đồng chí hoàn thành xuất sắc nhiệm vụ, 14 đồng chí hoàn thành tốt nhiệm vụ, không có đồng
/// chí nào không hoàn thành nhiệm vụ": the levels that occur, best first.
QString ratingsSentence(const QMap<QualityRating, int> &counts)
{
    QStringList rated;
    for (QualityRating l : {QualityRating::Excellent, QualityRating::Good, QualityRating::Completed,
                            QualityRating::NotCompleted}) {
        const int n = counts.value(l);
        if (n > 0)
            rated << QStringLiteral("%1 đồng chí %2").arg(twoDigits(n), text::lowerFirst(label(l)));
    }
    if (counts.value(QualityRating::NotCompleted) == 0)
        rated << QStringLiteral("không có đồng chí nào không hoàn thành nhiệm vụ");
    return rated.join(QStringLiteral(", "));
}

} // namespace

QMap<QString, QString> ReportBuilder::formatFigures(const YearFigures &f)
{
    QMap<QString, QString> m;
    const auto put = [&](const char *k, int v) {
        m.insert(QLatin1String(k), twoDigits(v));
    };
    put("membersStart", f.membersStart);
    put("membersEnd", f.membersEnd);
    put("admitted", f.admitted);
    put("madeFull", f.madeFull);
    put("transferredIn", f.transferredIn);
    put("transferredOut", f.transferredOut);
    put("retired", f.retired);
    put("died", f.died);
    put("expelled", f.expelled);
    put("disciplined", f.disciplined);
    put("fullEnd", f.fullEnd);
    put("probationaryEnd", f.probationaryEnd);
    put("womenEnd", f.womenEnd);
    put("masters", f.masters);
    put("bachelors", f.bachelors);
    put("colleges", f.colleges);
    put("candidatesToClass", f.candidatesToClass);
    put("candidatesAdmitted", f.candidatesAdmitted);
    // Sentences that name only what happened: a zero is never printed as "00".
    {
        QStringList changes;
        if (f.admitted > 0)
            changes << QStringLiteral("kết nạp %1 đảng viên").arg(twoDigits(f.admitted));
        if (f.transferredIn > 0)
            changes << QStringLiteral("tiếp nhận %1 đồng chí chuyển đến")
                           .arg(twoDigits(f.transferredIn));
        if (f.transferredOut > 0)
            changes << QStringLiteral("chuyển sinh hoạt đi %1 đồng chí")
                           .arg(twoDigits(f.transferredOut));
        if (f.retired > 0)
            changes << QStringLiteral("%1 đồng chí nghỉ hưu").arg(twoDigits(f.retired));
        if (f.died > 0)
            changes << QStringLiteral("%1 đồng chí từ trần").arg(twoDigits(f.died));
        m.insert(QStringLiteral("memberChanges"),
                 changes.isEmpty()
                     ? QStringLiteral("Trong năm không có đảng viên kết nạp, chuyển "
                                      "đến, chuyển đi hay nghỉ hưu")
                     : QStringLiteral("Trong năm ") + changes.join(QStringLiteral(", ")));
    }
    {
        QStringList parts;
        if (f.inspections > 0)
            parts << QStringLiteral("%1 cuộc kiểm tra").arg(twoDigits(f.inspections));
        if (f.supervisions > 0)
            parts << QStringLiteral("%1 cuộc giám sát (giám sát %2 đảng viên)")
                         .arg(twoDigits(f.supervisions), twoDigits(f.supervisedMembers));
        m.insert(QStringLiteral("inspectionWork"),
                 parts.isEmpty()
                     ? QStringLiteral("trong năm chưa tiến hành cuộc kiểm tra, giám sát nào")
                     : QStringLiteral("trong năm thực hiện ") + parts.join(QStringLiteral(", ")));
    }
    if (f.previousRated > 0) {
        put("prevRated", f.previousRated);
        put("prevExcellent", f.previousRatings.value(QualityRating::Excellent));
        put("prevGood", f.previousRatings.value(QualityRating::Good));
        put("prevCompleted", f.previousRatings.value(QualityRating::Completed));
        put("prevNotCompleted", f.previousRatings.value(QualityRating::NotCompleted));
        m.insert(QStringLiteral("prevExcellentPct"),
                 text::percent(f.previousRatings.value(QualityRating::Excellent), f.previousRated));
        m.insert(QStringLiteral("prevGoodPct"),
                 text::percent(f.previousRatings.value(QualityRating::Good), f.previousRated));
        m.insert(QStringLiteral("prevRatings"), ratingsSentence(f.previousRatings));
    }
    // This year's levels as far as the cell has decided them (the annual summary).
    int ratedThisYear = 0;
    for (auto it = f.ratings.cbegin(); it != f.ratings.cend(); ++it)
        if (it.key() != QualityRating::None)
            ratedThisYear += it.value();
    m.insert(QStringLiteral("yearRatings"),
             ratedThisYear > 0
                 ? ratingsSentence(f.ratings)
                 : QStringLiteral("Chi bộ chưa biểu quyết xếp loại đảng viên năm %1").arg(f.year));
    if (f.regularMeetings + f.thematicMeetings + f.committeeMeetings > 0) {
        put("regularMeetings", f.regularMeetings);
        put("thematicMeetings", f.thematicMeetings);
        put("committeeMeetings", f.committeeMeetings);
    }
    if (f.attendanceExpected > 0)
        m.insert(QStringLiteral("attendanceRate"),
                 text::percent(f.attendancePresent, f.attendanceExpected));
    put("supervisions", f.supervisions);
    put("inspections", f.inspections);
    put("supervisedMembers", f.supervisedMembers);
    if (f.tasks > 0) {
        put("tasks", f.tasks);
        put("tasksDone", f.tasksDone);
        put("tasksOnTime", f.tasksOnTime);
        put("tasksLate", f.tasksLate);
        put("tasksOpen", f.tasksOpen);
        put("tasksWithoutEvidence", f.tasksWithoutEvidence);
        m.insert(QStringLiteral("tasksDonePct"),
                 text::percent(f.tasksDone, f.tasks - f.tasksCancelled));
        m.insert(QStringLiteral("tasksOnTimePct"),
                 text::percent(f.tasksOnTime, f.tasks - f.tasksCancelled));
    }
    if (!f.remedies.isEmpty()) {
        put("remedyTasks", f.remedyTasks);
        put("remedyTasksDone", f.remedyTasksDone);
    }
    return m;
}

DocumentStyle ReportBuilder::style(const Cell &c)
{
    DocumentStyle s = c.margins == MarginVariant::Older        ? DocumentStyle::olderMargins()
                      : c.margins == MarginVariant::Provincial ? DocumentStyle::provincialMargins()
                                                               : DocumentStyle();
    s.fontFamily = reportFontFamily(c.fontFamily);
    if (c.lineSpacingPt >= 18 && c.lineSpacingPt <= 22)
        s.lineSpacing = c.lineSpacingPt;
    return s;
}

BuiltReport ReportBuilder::build(const ReportInputs &in)
{
    const ReportRequest &req = in.request;
    if (!kinds().contains(req.kind))
        throw missing(QStringLiteral("Loại báo cáo không biết: “%1”.").arg(req.kind));
    if (!in.hasCell)
        throw missing(QStringLiteral(
            "Chưa có thông tin chi bộ: hãy nhập tên chi bộ, cấp ủy cấp trên, địa danh."));
    if (req.kind == QLatin1String("remediation-plan") && in.shortcomings.isEmpty())
        throw missing(
            QStringLiteral(
                "Chưa có hạn chế, khuyết điểm nào của kỳ kiểm điểm năm %1: hãy nhập chúng "
                "trước khi lập kế hoạch khắc phục.")
                .arg(req.year));
    if (req.kind == QLatin1String("thematic-plan") && in.topics.isEmpty())
        throw missing(
            QStringLiteral(
                "Chưa có chuyên đề nào của năm %1: hãy nhập các chuyên đề trước khi lập kế hoạch.")
                .arg(req.year));
    // The period documents compile a month, a quarter or a range of days.
    if (req.kind == QLatin1String("monthly-progress") && !in.progress)
        throw missing(QStringLiteral("Kỳ báo cáo “%1” không hợp lệ: cần dạng 2026-04 (tháng) "
                                     "hoặc 2026-Q2 (quý).")
                          .arg(req.period));
    if (req.kind == QLatin1String("task-table") && !in.progress)
        throw missing(QStringLiteral("Bảng theo dõi cần một khoảng thời gian: ngày bắt đầu "
                                     "không sau ngày kết thúc."));
    const PeriodProgress *progress = in.progress ? &*in.progress : nullptr;

    QMap<qint64, Member> members;
    for (const Member &m : in.members)
        members.insert(m.id, m);

    // The commitment forms: one member's, or every one of the year.
    QList<Commitment> commitments;
    QStringList commitmentWarnings;
    if (req.kind == QLatin1String("commitment")) {
        commitments = in.commitments;
        if (req.allMembers) {
            if (commitments.isEmpty())
                throw missing(QStringLiteral("Chưa có bản cam kết nào của năm %1.").arg(req.year));
            std::stable_sort(commitments.begin(), commitments.end(),
                             [&](const Commitment &a, const Commitment &b) {
                                 return text::VietCollator::compareNames(
                                            members.value(a.memberId).fullName,
                                            members.value(b.memberId).fullName) < 0;
                             });
            QStringList without;
            for (qint64 id : in.membersAtDate) {
                if (std::none_of(commitments.cbegin(), commitments.cend(),
                                 [id](const Commitment &c) { return c.memberId == id; }))
                    without << members.value(id).fullName;
            }
            if (!without.isEmpty())
                commitmentWarnings << QStringLiteral("%1 đảng viên chưa có bản cam kết năm %2: %3.")
                                          .arg(without.size())
                                          .arg(req.year)
                                          .arg(without.join(QStringLiteral(", ")));
        } else {
            if (!members.contains(req.memberId))
                throw missing(QStringLiteral("Không có đảng viên mã số %1.").arg(req.memberId));
            if (commitments.isEmpty())
                throw missing(QStringLiteral("Đồng chí %1 chưa có bản cam kết năm %2.")
                                  .arg(members.value(req.memberId).fullName)
                                  .arg(req.year));
        }
    }

    // The members' individual review forms: one member's, or every member in the cell at the
    // end of the year, one form after another.
    if (needsMeeting(req.kind) && !in.meeting)
        throw missing(QStringLiteral("Không có cuộc họp mã số %1.").arg(req.meetingId));
    const QList<Member> &reviewed = in.reviewed;
    if (req.kind == QLatin1String("member-review") && reviewed.isEmpty())
        throw missing(
            req.allMembers
                ? QStringLiteral("Chi bộ không có đảng viên nào vào cuối năm %1.").arg(req.year)
                : QStringLiteral("Không có đảng viên mã số %1.").arg(req.memberId));

    // The figures as known on the document's date: a task due later is not yet late.
    const YearFigures yearFigures = in.yearFigures.value_or(YearFigures{});
    const QMap<QString, QString> figs =
        in.yearFigures ? formatFigures(yearFigures) : QMap<QString, QString>{};
    if (req.kind == QLatin1String("self-review") && !in.reviewYear &&
        !figs.contains(QStringLiteral("tasks")) &&
        !figs.contains(QStringLiteral("regularMeetings")))
        throw missing(
            QStringLiteral(
                "Sổ chưa có dữ liệu của năm %1 (không có nhiệm vụ, cuộc họp hay kỳ kiểm điểm nào).")
                .arg(req.year));

    const ReportTemplate &form = in.form;
    // A document already issued reprints with its own number and date, unless a new version
    // is asked for (docs/report-templates.md, "Numbers and dates").
    const Numbering numbered = numbering(in);
    const std::optional<IssuedDocument> &before = numbered.reprintOf;
    ReportRequest asIssued = in.request;
    if (before)
        asIssued.date = before->issuedOn;
    const ReportRequest &printed = before ? asIssued : req;
    DocumentBuilder builder(in, printed, yearFigures, figs);
    builder.setProgress(progress);
    builder.setSymbol(numbered.symbol);
    BuiltReport out;
    out.form = form;
    if (req.kind == QLatin1String("ratings-summary"))
        builder.setRatings(&in.yearReviews);
    if (!reviewed.isEmpty()) {
        for (int i = 0; i < reviewed.size(); ++i) {
            const Member &member = reviewed[i];
            ReportRequest one = req;
            one.memberId = member.id; // the member's own text (proseKey)
            const MemberReview review = in.reviews.value(member.id);
            const MemberYear year = in.memberYears.value(member.id);
            DocumentBuilder b(in, one, yearFigures, figs);
            b.setMemberReview(&member, &review, &year);
            (i == 0 ? out.document : out.more.emplace_back()) = b.build();
            // What the records say against the level the member proposes: for the member and
            // the committee, never printed.
            for (const QString &w : memberLevelWarnings(b.level(), year))
                out.warnings << QStringLiteral("%1: %2").arg(member.fullName, w);
        }
    } else if (commitments.isEmpty()) {
        out.document = builder.build();
        if (req.kind == QLatin1String("ratings-summary")) {
            out.warnings << builder.ratingsSummary().warnings();
            if (!builder.unrated().isEmpty())
                out.warnings << QStringLiteral("%1 đảng viên chưa có kết quả xếp loại của Chi bộ: "
                                               "%2.")
                                    .arg(builder.unrated().size())
                                    .arg(builder.unrated().join(QStringLiteral(", ")));
        }
    } else {
        for (int i = 0; i < commitments.size(); ++i) {
            const Commitment &c = commitments[i];
            const Member member = members.value(c.memberId);
            ReportRequest one = req;
            if (c.signedOn.isValid())
                one.date = c.signedOn; // each member signed on their own day
            DocumentBuilder b(in, one, yearFigures, figs);
            b.setCommitment(&c, &member);
            (i == 0 ? out.document : out.more.emplace_back()) = b.build();
        }
    }
    const Cell &cell = in.cell;
    out.reprintOf = before;
    if (!form.documentKind.isEmpty()) {
        out.number = numbered.number;
        out.symbol = numbered.symbol;
        out.document.header.numberLine =
            text::numberLine(out.number, form.documentKind, cell.issuerCode, cell.numberColon);
    }
    out.warnings << commitmentWarnings;
    if (req.kind == QLatin1String("thematic-plan")) {
        const QString w = thematicPlanWarning(in.topics, req.year);
        if (!w.isEmpty())
            out.warnings << w;
    }
    if (out.document.closing.signerName.isEmpty() &&
        out.document.closing.signerRole == QStringLiteral("PHÓ BÍ THƯ"))
        out.warnings << QStringLiteral(
            "Sổ chưa có đồng chí Phó Bí thư: chỗ ghi tên người ký để trống.");

    if (req.kind == QLatin1String("self-review")) {
        // Điều 11, Quy định 366: the records may contradict the proposed level
        // (core::levelWarnings; only tasks whose deadline has passed are judged).
        out.warnings << levelWarnings(builder.level(), yearFigures);
    }
    return out;
}

QByteArray ReportBuilder::renderPdf(const BuiltReport &built, const DocumentStyle &style,
                                    const ReportRequest &req, RenderResult *result)
{
    PdfOptions options;
    options.pdfA = req.pdfA;
    options.qtWriter = req.qtWriter;
    options.creator = QStringLiteral("Sổ chi bộ %1").arg(QStringLiteral(SOCHIBO_VERSION));
    QList<Document> documents{built.document};
    documents += built.more;
    PdfLayout::Result rendered;
    const QByteArray pdf = PdfLayout(style).renderPdf(documents, options, &rendered);
    if (pdf.isEmpty())
        throw UserError(
            UserError::Kind::Other,
            req.pdfA ? QStringLiteral("Tệp PDF/A cần bộ ghi PDF của Qt, mà chương trình chưa "
                                      "khởi động phần giao diện cho nó.")
                     : QStringLiteral("Phông chữ “%1” có nét chữ dạng CFF: sochibo-cli chưa tự "
                                      "nhúng được loại phông này. Hãy xuất tài liệu từ cửa sổ "
                                      "chương trình, hoặc chọn một phông TrueType (.ttf) ở Tệp ▸ "
                                      "Thông tin chi bộ và mẫu văn bản.")
                           .arg(rendered.unembeddableFamily));
    if (result) {
        result->pages = rendered.pages;
        result->warnings = built.warnings;
        if (!rendered.missing.isEmpty()) {
            QStringList chars;
            for (const char32_t c : std::as_const(rendered.missing))
                chars << QStringLiteral("“%1” (U+%2)")
                             .arg(QString::fromUcs4(&c, 1),
                                  QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
            result->warnings << QStringLiteral("Phông chữ của văn bản và các phông cài trên máy "
                                               "đều không có ký tự %1: chỗ đó in ra ô trống.")
                                    .arg(chars.join(QStringLiteral(", ")));
        }
        result->symbol = built.symbol;
    }
    return pdf;
}

QByteArray ReportBuilder::renderDocx(const BuiltReport &built, const DocumentStyle &style)
{
    DocxOptions options;
    options.creator = QStringLiteral("Sổ chi bộ %1").arg(QStringLiteral(SOCHIBO_VERSION));
    QList<Document> documents{built.document};
    documents += built.more;
    const QByteArray docx = writeDocx(documents, style, options);
    if (docx.isEmpty())
        throw UserError(UserError::Kind::Other,
                        QStringLiteral("Không tạo được tệp Word (lỗi khi nén gói .docx)."));
    return docx;
}

ReportBuilder::Numbering ReportBuilder::numbering(const ReportInputs &in)
{
    Numbering n;
    const ReportRequest &req = in.request;
    if (in.form.documentKind.isEmpty())
        return n;
    if (!req.newVersion && req.number <= 0)
        n.reprintOf = issuedBefore(in);
    n.number = req.number > 0 ? req.number : n.reprintOf ? n.reprintOf->number : in.nextNumber;
    n.symbol = text::documentSymbol(n.number, in.form.documentKind, in.cell.issuerCode);
    return n;
}

std::optional<IssuedDocument> ReportBuilder::issuedBefore(const ReportInputs &in)
{
    // The subject line as the document prints it (its year, its period).
    DocumentBuilder b(in, in.request, YearFigures{}, {});
    b.setProgress(in.progress ? &*in.progress : nullptr);
    const QString subject = b.fill(in.form.subject).simplified();
    for (const IssuedDocument &d : in.issued)
        if (d.report == in.form.report && d.kind == in.form.documentKind &&
            d.subject.simplified() == subject)
            return d;
    return std::nullopt;
}

std::optional<OutputFormat> ReportBuilder::formatFor(const QString &path, const QString &name)
{
    const QString f = name.isEmpty() ? path.section(QLatin1Char('.'), -1).toLower() : name;
    if (f == QLatin1String("pdf"))
        return OutputFormat::Pdf;
    if (f == QLatin1String("docx"))
        return OutputFormat::Docx;
    return std::nullopt;
}

} // namespace sochibo::reports
