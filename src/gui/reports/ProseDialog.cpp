#include "ProseDialog.h"

#include "core/Enums.h"
#include "gui/common/FormParts.h"
#include "reports/Fonts.h"
#include "reports/ReportBuilder.h"
#include "storage/TaskRepository.h"
#include "ui_ProseDialog.h"

#include <QColor>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QWidget>

namespace sochibo::gui {

using namespace sochibo::storage;
using namespace sochibo::core;

namespace {

// The editor shows a placeholder as a grey label; these properties of its characters keep
// the placeholder's text and which one it is (two labels side by side stay two).
constexpr int kPlaceholder = QTextFormat::UserProperty + 1;
constexpr int kPlaceholderId = QTextFormat::UserProperty + 2;

/// \a raw (template markup: **bold**, *italic*, __underline__, {{placeholders}}) into \a edit:
/// the markup as formatting, each placeholder a grey "[label]".
void showTemplateText(QTextEdit *edit, const QString &raw)
{
    edit->clear();
    QTextCursor c(edit->document());
    QTextCharFormat plain;
    bool bold = false, italic = false, underline = false;
    int id = 0;
    const auto format = [&] {
        QTextCharFormat f = plain;
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setFontItalic(italic);
        f.setFontUnderline(underline);
        return f;
    };
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            c.insertText(run, format());
        run.clear();
    };
    for (qsizetype i = 0; i < raw.size();) {
        if (raw.mid(i, 2) == QLatin1String("{{")) {
            const qsizetype end = raw.indexOf(QLatin1String("}}"), i);
            if (end > i) {
                flush();
                const QString token = raw.mid(i, end + 2 - i);
                const QString key = token.mid(2, token.size() - 4).section(QLatin1Char('|'), 0, 0);
                const QString label = reports::ReportBuilder::placeholderLabel(key);
                QTextCharFormat f = format();
                f.setForeground(QColor(0x70, 0x70, 0x70));
                f.setProperty(kPlaceholder, token);
                f.setProperty(kPlaceholderId, ++id);
                f.setToolTip(token);
                c.insertText(QLatin1Char('[') + (label.isEmpty() ? key : label) + QLatin1Char(']'),
                             f);
                i = end + 2;
                continue;
            }
        }
        const QChar ch = raw.at(i);
        const bool two = i + 1 < raw.size() && raw.at(i + 1) == ch;
        if (ch == QLatin1Char('*') && two) {
            flush();
            bold = !bold;
            i += 2;
        } else if (ch == QLatin1Char('_') && two) {
            flush();
            underline = !underline;
            i += 2;
        } else if (ch == QLatin1Char('*')) {
            flush();
            italic = !italic;
            ++i;
        } else if (ch == QLatin1Char('\n')) {
            flush();
            c.insertBlock();
            ++i;
        } else {
            run += ch;
            ++i;
        }
    }
    flush();
    edit->setCurrentCharFormat(plain);
    edit->moveCursor(QTextCursor::Start);
}

/// What \a edit holds, as template markup again: a label is its placeholder (once, however it
/// was split; gone when deleted whole), bold and italic text marked up.
QString templateText(const QTextEdit *edit)
{
    QStringList lines;
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next()) {
        QString line;
        int last = 0;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat fmt = f.charFormat();
            if (fmt.hasProperty(kPlaceholder)) {
                const int id = fmt.intProperty(kPlaceholderId);
                if (id != last)
                    line += fmt.stringProperty(kPlaceholder);
                last = id;
                continue;
            }
            last = 0;
            QString t = f.text();
            if (fmt.fontUnderline())
                t = QStringLiteral("__%1__").arg(t);
            if (fmt.fontItalic())
                t = QStringLiteral("*%1*").arg(t);
            if (fmt.fontWeight() >= QFont::Bold)
                t = QStringLiteral("**%1**").arg(t);
            line += t;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ProseDialog::ProseDialog(const reports::ReportTemplate &form, const QMap<QString, QString> &stored,
                         QWidget *parent)
    : QDialog(parent), m_defaults(form.proseSections())
{
    Ui::ProseDialog ui; // the form: ui/reports/ProseDialog.ui
    ui.setupUi(this);
    setUpDesignedDialog(this, nullptr, ui.buttons);
    m_list = ui.sections;
    m_editor = ui.editor;
    // Each section is named by the heading it follows in the template, whole (the list wraps).
    QMap<QString, QString> headingOf;
    QString heading = tr("Opening");
    for (const QJsonValue &v : form.body) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"part", "item", "sub", "center"})
            if (o.contains(QLatin1String(k)))
                heading = o.value(QLatin1String(k)).toString();
        if (o.contains(QStringLiteral("prose")))
            headingOf.insert(o.value(QStringLiteral("prose")).toString(), heading);
    }
    for (const auto &[key, text] : m_defaults) {
        const QString s = stored.value(key);
        m_texts.insert(key, s.isNull() ? text : s);
        // the heading as printed, without its placeholders' braces
        QString name = headingOf.value(key, key);
        static const QRegularExpression field(QStringLiteral("\\{\\{([^}|]*)[^}]*\\}\\}"));
        for (auto m = field.match(name); m.hasMatch(); m = field.match(name)) {
            const QString label = reports::ReportBuilder::placeholderLabel(m.captured(1));
            name.replace(m.capturedStart(), m.capturedLength(),
                         QLatin1Char('[') + (label.isEmpty() ? m.captured(1) : label) +
                             QLatin1Char(']'));
        }
        auto *item = new QListWidgetItem(name, m_list);
        item->setToolTip(name);
    }
    connect(ui.reset, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            show(m_defaults[m_current].second);
        keep();
    });
    connect(m_editor, &QTextEdit::textChanged, this, &ProseDialog::keep);
    // Typing next to a label is plain text, never part of the label.
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &f) {
        if (f.hasProperty(kPlaceholder))
            m_editor->setCurrentCharFormat(QTextCharFormat());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = row;
        show(row >= 0 ? m_texts.value(m_defaults[row].first) : QString());
    });
    m_list->setCurrentRow(0);
    orderTabsByLayout(this);
}

void ProseDialog::show(const QString &text)
{
    m_loading = true;
    showTemplateText(m_editor, text);
    m_loading = false;
}

void ProseDialog::keep()
{
    if (!m_loading && m_current >= 0 && m_current < m_defaults.size())
        m_texts[m_defaults[m_current].first] = templateText(m_editor);
}

QMap<QString, QString> ProseDialog::texts() const
{
    QMap<QString, QString> out;
    for (const auto &[key, text] : m_defaults) {
        const QString t = m_texts.value(key).trimmed();
        out.insert(key, t == text.trimmed() ? QString() : t);
    }
    return out;
}

} // namespace sochibo::gui
