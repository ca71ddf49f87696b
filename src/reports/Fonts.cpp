#include "Fonts.h"

#include "TrueTypeFont.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QResource>
#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <mutex>

namespace sochibo::reports {

namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at >= 0 && at + 2 <= b.size() ? quint16(quint8(b[at]) << 8 | quint8(b[at + 1])) : 0;
}

/// A string of the name table: Windows Unicode (English first), else Macintosh Roman.
QString nameRecord(const QByteArray &name, int id)
{
    const int count = u16(name, 2);
    const qsizetype strings = u16(name, 4);
    QString mac;
    for (int i = 0; i < count; ++i) {
        const qsizetype r = 6 + 12 * qsizetype(i);
        if (u16(name, r + 6) != id)
            continue;
        const quint16 platform = u16(name, r), language = u16(name, r + 4);
        const qsizetype length = u16(name, r + 8), at = strings + u16(name, r + 10);
        if (at + length > name.size())
            continue;
        if (platform == 3 || platform == 0) {
            QString s;
            for (qsizetype k = 0; k + 1 < length; k += 2)
                s += QChar(u16(name, at + k));
            if (platform == 0 || language == 0x409)
                return s;
            if (mac.isEmpty())
                mac = s;
        } else if (platform == 1 && mac.isEmpty()) {
            mac = QString::fromLatin1(name.mid(at, length));
        }
    }
    return mac;
}

QByteArray postScriptName(const QHash<QByteArray, QByteArray> &tables)
{
    QByteArray out;
    for (const QChar c : nameRecord(tables.value("name"), 6)) {
        if (c.unicode() > 32 && c.unicode() < 127 && !QStringLiteral("[](){}<>/%").contains(c))
            out += char(c.unicode());
    }
    return out.isEmpty() ? QByteArrayLiteral("Font") : out;
}

/// The bytes of a bundled font without copying them when the resource is stored flat.
QByteArray resourceBytes(const QString &path)
{
    const QResource r(path);
    if (r.isValid() && r.compressionAlgorithm() == QResource::NoCompression)
        return QByteArray::fromRawData(reinterpret_cast<const char *>(r.data()), r.size());
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

std::shared_ptr<const FontFace> FontFace::fromData(const QByteArray &file, int index)
{
    const QHash<QByteArray, QByteArray> tables = TrueTypeFace::tablesOf(file, index);
    if (!tables.contains("head") || !tables.contains("cmap") || !tables.contains("hhea"))
        return nullptr;
    auto face = std::shared_ptr<FontFace>(new FontFace);
    if (index == 0 && !file.startsWith("ttcf")) {
        face->m_file = file;
    } else {
        QList<std::pair<QByteArray, QByteArray>> list;
        for (auto t = tables.cbegin(); t != tables.cend(); ++t)
            list.append({t.key(), t.value()});
        face->m_file = TrueTypeFace::sfntFile(list);
    }
    hb_blob_t *blob = hb_blob_create(face->m_file.constData(), unsigned(face->m_file.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t *hbFace = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    face->m_unitsPerEm = int(hb_face_get_upem(hbFace));
    const bool usable = hb_face_get_glyph_count(hbFace) > 0 && face->m_unitsPerEm >= 16;
    face->m_font = hb_font_create(hbFace);
    hb_face_destroy(hbFace);
    if (!usable)
        return nullptr;
    hb_font_make_immutable(face->m_font);
    hb_font_extents_t extents{};
    hb_font_get_h_extents(face->m_font, &extents);
    face->m_ascent = int(extents.ascender);
    face->m_descent = int(-extents.descender);

    face->m_head = tables["head"];
    const QByteArray &name = tables["name"];
    face->m_family = nameRecord(name, 16);
    if (face->m_family.isEmpty())
        face->m_family = nameRecord(name, 1);
    const quint16 style = u16(tables["head"], 44);           // macStyle: bit 0 bold, bit 1 italic
    const quint16 selection = u16(tables.value("OS/2"), 62); // bit 0 italic, bit 5 bold
    face->m_bold = (style & 1) || (selection & 0x20);
    face->m_italic = (style & 2) || (selection & 1);
    face->m_embedding = TrueTypeFace::fromTables(tables, postScriptName(tables));
    return face;
}

FontFace::~FontFace()
{
    hb_font_destroy(m_font);
}

namespace {

std::shared_ptr<FontSet> bundledFonts()
{
    auto set = std::make_shared<FontSet>();
    const QDir dir(QStringLiteral(":/fonts"));
    for (const QString &f : dir.entryList({QStringLiteral("*.ttf")}, QDir::Files)) {
        auto face = FontFace::fromData(resourceBytes(dir.filePath(f)));
        if (face)
            set->faces[(face->bold() ? 1 : 0) + (face->italic() ? 2 : 0)] = face;
    }
    return set;
}

/// A face of an installed file, loaded once per file and index.
std::shared_ptr<const FontFace> installedFace(const QString &path, int index)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const FontFace>> faces;
    const QString key = path + QLatin1Char('#') + QString::number(index);
    QMutexLocker lock(&mutex);
    auto found = faces.constFind(key);
    if (found == faces.constEnd()) {
        QFile file(path);
        found = faces.insert(key, file.open(QIODevice::ReadOnly)
                                      ? FontFace::fromData(file.readAll(), index)
                                      : nullptr);
    }
    return *found;
}

using FcMatch = std::unique_ptr<FcPattern, void (*)(FcPattern *)>;

/// fontconfig's best installed font for \a pattern (which this takes over) in the style.
FcMatch bestMatch(FcPattern *pattern, bool bold, bool italic)
{
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcMatch match(FcFontMatch(nullptr, pattern, &result), FcPatternDestroy);
    FcPatternDestroy(pattern);
    return match;
}

/// The face a match names (its file and index in the file).
std::shared_ptr<const FontFace> faceOf(const FcMatch &match)
{
    FcChar8 *file = nullptr;
    int index = 0;
    if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch)
        return nullptr;
    FcPatternGetInteger(match.get(), FC_INDEX, 0, &index);
    return installedFace(QString::fromUtf8(reinterpret_cast<const char *>(file)), index);
}

/// The installed face of \a family closest to the style, through fontconfig; null when the
/// family is not installed or has no face of that weight and slant.
std::shared_ptr<const FontFace> systemFace(const QString &family, bool bold, bool italic)
{
    FcPattern *pattern = FcPatternCreate();
    const QByteArray utf8 = family.toUtf8();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(utf8.constData()));
    const FcMatch match = bestMatch(pattern, bold, italic);
    if (!match)
        return nullptr;
    bool sameFamily = false;
    FcChar8 *value = nullptr;
    for (int i = 0; FcPatternGetString(match.get(), FC_FAMILY, i, &value) == FcResultMatch; ++i)
        sameFamily = sameFamily || QString::fromUtf8(reinterpret_cast<const char *>(value))
                                           .compare(family, Qt::CaseInsensitive) == 0;
    int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(match.get(), FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(match.get(), FC_SLANT, 0, &slant);
    const bool styleFits =
        (weight >= FC_WEIGHT_DEMIBOLD) == bold && (slant != FC_SLANT_ROMAN) == italic;
    return sameFamily && styleFits ? faceOf(match) : nullptr;
}

} // namespace

std::shared_ptr<const FontFace> fallbackFace(char32_t c, bool bold, bool italic)
{
    static QMutex mutex;
    static QHash<quint64, std::shared_ptr<const FontFace>> chosen;
    const quint64 key = quint64(c) << 2 | (bold ? 1 : 0) | (italic ? 2 : 0);
    {
        QMutexLocker lock(&mutex);
        const auto found = chosen.constFind(key);
        if (found != chosen.constEnd())
            return *found;
    }
    FcPattern *pattern = FcPatternCreate();
    FcCharSet *wanted = FcCharSetCreate();
    FcCharSetAddChar(wanted, FcChar32(c));
    FcPatternAddCharSet(pattern, FC_CHARSET, wanted);
    FcCharSetDestroy(wanted);
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>("serif"));
    FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
    FcPatternAddBool(pattern, FC_COLOR, FcFalse);
    const FcMatch match = bestMatch(pattern, bold, italic);
    FcCharSet *has = nullptr;
    const bool covers = match &&
                        FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &has) == FcResultMatch &&
                        FcCharSetHasChar(has, FcChar32(c));
    const std::shared_ptr<const FontFace> face = covers ? faceOf(match) : nullptr;
    QMutexLocker lock(&mutex);
    chosen.insert(key, face);
    return face;
}

std::shared_ptr<const FontSet> reportFonts(const QString &preferred)
{
    static QMutex mutex;
    static std::shared_ptr<const FontSet> bundled;
    static QHash<QString, std::shared_ptr<const FontSet>> installed; // null: not installed
    QMutexLocker lock(&mutex);
    if (!bundled) {
        auto set = bundledFonts();
        for (auto &face : set->faces) {
            if (!face)
                face = set->faces[0];
        }
        bundled = set;
    }
    const QString family = preferred.trimmed();
    const QString key = family.toCaseFolded();
    if (key.isEmpty() || key == bundled->family().toCaseFolded())
        return bundled;
    auto found = installed.constFind(key);
    if (found == installed.constEnd()) {
        std::shared_ptr<FontSet> set;
        if (auto regular = systemFace(family, false, false)) {
            set = std::make_shared<FontSet>();
            for (int i = 0; i < 4; ++i) {
                auto face = i == 0 ? regular : systemFace(family, i & 1, i & 2);
                set->faces[i] = face ? face : regular;
            }
        }
        found = installed.insert(key, set);
    }
    return *found ? *found : bundled;
}

QString reportFontFamily(const QString &preferred)
{
    return reportFonts(preferred)->family();
}

QRawFont qtRawFont(const FontFace &face, double pixelSize)
{
    static std::once_flag once;
    std::call_once(once, [] {
        const QDir dir(QStringLiteral(":/fonts"));
        for (const QString &f : dir.entryList({QStringLiteral("*.ttf")}, QDir::Files))
            QFontDatabase::addApplicationFont(dir.filePath(f));
    });
    QFont font(face.family());
    font.setBold(face.bold());
    font.setItalic(face.italic());
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setHintingPreference(QFont::PreferNoHinting);
    QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || raw.fontTable("head") != face.headTable())
        raw = QRawFont(face.fontFile(), pixelSize, QFont::PreferNoHinting);
    raw.setPixelSize(pixelSize);
    return raw;
}

} // namespace sochibo::reports
