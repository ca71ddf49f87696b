#include "TextShaper.h"

#include <hb.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace sochibo::reports {

namespace {

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) ||
           c == QChar(0x2029);
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00a0) || c == QLatin1Char('\t') || isLineBreak(c);
}

/// Whether \a c is drawn with a glyph of its own: not a space, a control, a combining mark
/// (it stays with its letter's face) or an invisible format character.
bool needsGlyph(char32_t c)
{
    if (c <= 0x20 || c == 0xa0 || c == 0x2028 || c == 0x2029)
        return false;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
    case QChar::Separator_Space:
        return false;
    default:
        return true;
    }
}

/// Spaces that justification widens.
bool isStretchable(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00a0);
}

struct ShapedGlyph
{
    quint32 glyph;
    int cluster; ///< the first character it comes from
    double advance, dx, dy;
    int span;
};

struct Span
{
    int start, length;
    std::shared_ptr<const FontFace> face;
    double pixelSize;
};

/// One buffer and one line breaker per thread (reports may render off the GUI thread).
hb_buffer_t *shapingBuffer()
{
    thread_local const std::unique_ptr<hb_buffer_t, void (*)(hb_buffer_t *)> buffer(
        hb_buffer_create(), hb_buffer_destroy);
    return buffer.get();
}

icu::BreakIterator *lineBreaker()
{
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(
            icu::BreakIterator::createLineInstance(icu::Locale("vi"), status));
        return U_SUCCESS(status) ? std::move(b) : nullptr;
    }();
    return it.get();
}

const hb_feature_t *features()
{
    // Ligatures off: a ligature glyph would be extracted as one character ("ﬁ").
    static const hb_feature_t f[] = {
        {HB_TAG('l', 'i', 'g', 'a'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
        {HB_TAG('c', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END}};
    return f;
}

} // namespace

double TextLine::cursorToX(int offset) const
{
    if (carets.isEmpty())
        return 0;
    return carets[std::clamp<qsizetype>(offset - start, 0, carets.size() - 1)];
}

TextShaper::TextShaper(std::shared_ptr<const FontSet> fonts, double dpi)
    : m_fonts(std::move(fonts)), m_dpi(dpi)
{
}

double TextShaper::ascent(double pointSize, bool bold, bool italic) const
{
    const auto &f = m_fonts->face(bold, italic);
    return f ? f->ascent() * pointSize * m_dpi / 72.0 / f->unitsPerEm() : 0;
}

double TextShaper::descent(double pointSize, bool bold, bool italic) const
{
    const auto &f = m_fonts->face(bold, italic);
    return f ? f->descent() * pointSize * m_dpi / 72.0 / f->unitsPerEm() : 0;
}

TextLine TextShaper::line(const QString &text, double pointSize, bool bold, bool italic) const
{
    QString flat = text;
    for (QChar &c : flat) {
        if (isLineBreak(c))
            c = QLatin1Char(' ');
    }
    return layout({Run{flat, bold, italic, false}}, pointSize, 1e12).value(0);
}

QList<TextLine> TextShaper::layout(const QList<Run> &runs, double pointSize, double width,
                                   double firstIndent, Qt::Alignment align, double overrun) const
{
    const double px = pointSize * m_dpi / 72.0;
    QString text;
    QList<Span> spans;
    for (const Run &r : runs) {
        if (r.text.isEmpty())
            continue;
        // Characters the report font lacks come from an installed font that has them.
        const std::shared_ptr<const FontFace> &primary = m_fonts->face(r.bold, r.italic);
        const int start = int(text.size());
        text += r.text;
        std::shared_ptr<const FontFace> current = primary;
        int from = start;
        for (int i = start; i < text.size();) {
            const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                                   ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                                   : text.at(i).unicode();
            const int length = c > 0xffff ? 2 : 1;
            std::shared_ptr<const FontFace> face = current;
            if (primary && needsGlyph(c)) {
                face = primary;
                hb_codepoint_t glyph = 0;
                if (!hb_font_get_nominal_glyph(primary->harfBuzz(), c, &glyph)) {
                    if (auto other = fallbackFace(c, r.bold, r.italic))
                        face = other;
                    else
                        m_missing.insert(c);
                }
            }
            if (face != current) {
                if (i > from)
                    spans << Span{from, i - from, current, px};
                from = i;
                current = face;
            }
            i += length;
        }
        spans << Span{from, int(text.size()) - from, current, px};
    }
    const int n = int(text.size());

    // Shape each span with the whole text as context; breaks and tabs shape as spaces.
    QString shaped = text;
    for (QChar &c : shaped) {
        if (c == QLatin1Char('\t') || isLineBreak(c))
            c = QLatin1Char(' ');
    }
    QList<ShapedGlyph> glyphs;
    QList<double> prefix(n + 1, 0.0); // prefix[i]: width of the characters before i
    QList<bool> clusterStart(n + 1, false);
    clusterStart[n] = true;
    static const hb_language_t vietnamese = hb_language_from_string("vi", -1);
    for (int s = 0; s < spans.size(); ++s) {
        const Span &span = spans[s];
        if (!span.face)
            continue;
        hb_buffer_t *buffer = shapingBuffer();
        hb_buffer_clear_contents(buffer);
        hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t *>(shaped.utf16()), n,
                            unsigned(span.start), span.length);
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
        hb_buffer_set_script(buffer, HB_SCRIPT_LATIN);
        hb_buffer_set_language(buffer, vietnamese);
        hb_shape(span.face->harfBuzz(), buffer, features(), 2);
        unsigned count = 0;
        const hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buffer, &count);
        const hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buffer, &count);
        const double scale = span.pixelSize / span.face->unitsPerEm();
        for (unsigned i = 0; i < count; ++i) {
            const int cluster = std::clamp(int(info[i].cluster), 0, n - 1);
            glyphs << ShapedGlyph{info[i].codepoint,        cluster,
                                  pos[i].x_advance * scale, pos[i].x_offset * scale,
                                  pos[i].y_offset * scale,  s};
            prefix[cluster + 1] += pos[i].x_advance * scale;
            clusterStart[cluster] = true;
        }
    }
    for (int i = 0; i < n; ++i)
        prefix[i + 1] += prefix[i];
    const auto visibleEnd = [&](int a, int b) {
        while (b > a && isSpace(text[b - 1]))
            --b;
        return b;
    };
    const auto natural = [&](int a, int b) {
        return prefix[visibleEnd(a, b)] - prefix[a];
    };

    // Where a line may end, and whether it must.
    QList<int> breaks;
    QList<bool> hard;
    const bool anyHardBreak = std::any_of(text.cbegin(), text.cend(), isLineBreak);
    constexpr double slack = 1e-6;
    icu::UnicodeString icuText(false, reinterpret_cast<const char16_t *>(text.utf16()), n);
    if (!anyHardBreak && natural(0, n) <= width - firstIndent + slack) {
        breaks << n;
        hard << false;
    } else if (icu::BreakIterator *it = lineBreaker()) {
        it->setText(icuText);
        it->first();
        for (int32_t p = it->next(); p != icu::BreakIterator::DONE; p = it->next()) {
            breaks << p;
            hard << (it->getRuleStatus() >= UBRK_LINE_HARD);
        }
    } else { // no ICU data: after every space
        for (int i = 1; i <= n; ++i) {
            if (i == n || (isSpace(text[i - 1]) && !isSpace(text[i]))) {
                breaks << i;
                hard << (i < n && isLineBreak(text[i - 1]));
            }
        }
    }

    struct Range
    {
        int start, end;
        bool hard;
    };
    QList<Range> ranges;
    qsizetype next = 0;
    for (int a = 0; a < n;) {
        const double avail = ranges.isEmpty() ? width - firstIndent : width;
        while (next < breaks.size() && breaks[next] <= a)
            ++next;
        int best = -1;
        bool bestHard = false;
        qsizetype j = next;
        for (; j < breaks.size(); ++j) {
            if (natural(a, breaks[j]) > avail + slack)
                break;
            best = breaks[j];
            bestHard = hard[j];
            if (bestHard)
                break;
        }
        if (best < 0 && j < breaks.size() && natural(a, breaks[j]) <= avail + overrun) {
            best = breaks[j]; // a little too long: it runs into the overrun
            bestHard = hard[j];
        }
        if (best < 0) {
            // A word wider than the line: as many whole clusters as fit, at least one.
            const int limit = j < breaks.size() ? breaks[j] : n;
            const auto clusterAfter = [&](int c) {
                do
                    ++c;
                while (c < limit && !clusterStart[c]);
                return c;
            };
            best = clusterAfter(a);
            while (best < limit) {
                const int c = clusterAfter(best);
                if (prefix[c] - prefix[a] > avail + slack)
                    break;
                best = c;
            }
            bestHard = best == limit && j < breaks.size() && hard[j];
        }
        ranges << Range{a, best, bestHard};
        a = best;
    }
    if (n == 0 || isLineBreak(text[n - 1]))
        ranges << Range{n, n, false}; // an empty paragraph, or the line after a final break

    QList<TextLine> lines;
    qsizetype g = 0;
    for (qsizetype r = 0; r < ranges.size(); ++r) {
        const auto [a, b, endsHard] = ranges[r];
        const int e = visibleEnd(a, b);
        TextLine line;
        line.start = a;
        line.length = b - a;
        line.width = prefix[e] - prefix[a];
        const double avail = r == 0 ? width - firstIndent : width;
        double x = r == 0 ? firstIndent : 0;
        double extra = 0;
        int stretchable = 0;
        for (int i = a; i < e; ++i)
            stretchable += isStretchable(text[i]) ? 1 : 0;
        if ((align & Qt::AlignJustify) && r + 1 < ranges.size() && !endsHard) {
            if (stretchable > 0 && avail > line.width)
                extra = (avail - line.width) / stretchable;
        } else if (align & Qt::AlignHCenter) {
            x += (avail - line.width) / 2;
        } else if (align & Qt::AlignRight) {
            x += avail - line.width;
        }
        // ascent and descent of the faces on the line
        for (const Span &s : spans) {
            const bool on = s.start < std::max(b, a + 1) && s.start + s.length > a;
            if (on && s.face) {
                const double scale = s.pixelSize / s.face->unitsPerEm();
                line.ascent = std::max(line.ascent, s.face->ascent() * scale);
                line.descent = std::max(line.descent, s.face->descent() * scale);
            }
        }
        if (line.ascent == 0 && line.descent == 0) {
            line.ascent = ascent(pointSize);
            line.descent = descent(pointSize);
        }
        line.carets.reserve(b - a + 1);
        int stretched = 0;
        for (int i = a; i <= b; ++i) {
            line.carets << x + prefix[std::min(i, n)] - prefix[a] + extra * stretched;
            if (i < e && isStretchable(text[i]))
                ++stretched;
        }
        while (g < glyphs.size() && glyphs[g].cluster < a)
            ++g;
        double pen = x;
        for (; g < glyphs.size() && glyphs[g].cluster < b; ++g) {
            const ShapedGlyph &sg = glyphs[g];
            if (sg.cluster >= e)
                continue; // the spaces that end the line
            const Span &span = spans[sg.span];
            if (line.runs.isEmpty() || line.runs.last().face != span.face ||
                line.runs.last().pixelSize != span.pixelSize)
                line.runs << GlyphRun{span.face, span.pixelSize, {}, {}};
            line.runs.last().glyphs << sg.glyph;
            line.runs.last().positions << QPointF(pen + sg.dx, -sg.dy);
            pen += sg.advance;
            const bool lastOfCluster =
                g + 1 == glyphs.size() || glyphs[g + 1].cluster != sg.cluster;
            if (lastOfCluster && isStretchable(text[sg.cluster]))
                pen += extra;
        }
        lines << line;
    }
    return lines;
}

} // namespace sochibo::reports
