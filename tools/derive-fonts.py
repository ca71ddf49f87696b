#!/usr/bin/python3
"""Derives the report font bundled in resources/fonts from Liberation Serif 2.x.

Why: QPdfWriter (Qt 6.4) loads every embedded glyph through FreeType with hinting on, so
the TrueType bytecode interpreter runs for each glyph of each document; with the hinting
removed a report renders about a third faster (docs/performance.md). The outlines, metrics
(Times-compatible) and character coverage are unchanged.

The SIL OFL 1.1 forbids a modified font from using the Reserved Font Names (Liberation;
Arimo, Tinos, Cousine), so the derived family is named "SoChiBo Serif". Copyright and licence
records are kept; the licence file is copied with a note of the change.

Usage: tools/derive-fonts.py [SOURCE_DIR] (default: the fonts-liberation2 package's folder).
Needs python3-fonttools.
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "SoChiBo Serif"
PS_FAMILY = "SoChiBoSerif"
STYLES = ["Regular", "Bold", "Italic", "BoldItalic"]
STYLE_NAMES = {"Regular": "Regular", "Bold": "Bold", "Italic": "Italic", "BoldItalic": "Bold Italic"}


def derive(source: Path, target: Path, style: str) -> None:
    options = subset.Options()
    options.glyph_names = True
    options.hinting = False  # drops fpgm, prep, cvt and every glyph's instructions
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    font = TTFont(source)
    sub = subset.Subsetter(options)
    sub.populate(glyphs=font.getGlyphOrder(), unicodes=font.getBestCmap().keys())
    sub.subset(font)
    full = FAMILY if style == "Regular" else f"{FAMILY} {STYLE_NAMES[style]}"
    renamed = {
        1: FAMILY,
        3: f"{PS_FAMILY}-{style}; derived from Liberation Serif 2.1.5 without hinting",
        4: full,
        6: f"{PS_FAMILY}-{style}",
        7: None,  # the Liberation trademark line does not apply to a renamed font
        10: "Liberation Serif 2.1.5 (Red Hat; based on Tinos by Steve Matteson) with the "
        "hinting instructions removed and the family renamed, as the SIL OFL 1.1 requires, "
        "for Sổ chi bộ's reports.",
        16: None,
        17: None,
    }
    names = font["name"]
    for record in list(names.names):
        if record.nameID in renamed:
            value = renamed[record.nameID]
            if value is None:
                names.removeNames(nameID=record.nameID)
            else:
                record.string = value
    font.save(target)


def main() -> int:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation2")
    out = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    for style in STYLES:
        derive(src / f"LiberationSerif-{style}.ttf", out / f"SoChiBoSerif-{style}.ttf", style)
        print(f"SoChiBoSerif-{style}.ttf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
