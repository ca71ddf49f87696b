#!/usr/bin/python3
"""Read a .docx back as Word users see it (python-docx), and print what the tests check as JSON.

Usage: read_docx.py FILE.docx
Run with Debian's /usr/bin/python3 (python3-docx is installed for it).
"""
import json
import sys

import docx
from docx.oxml.ns import qn
from docx.shared import Emu


def mm(length):
    return round(Emu(length).mm, 1) if length is not None else None


def paragraphs_in_order(body):
    """Every paragraph's text in reading order, cells of a table row by row."""
    out = []
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(docx.text.paragraph.Paragraph(child, None).text)
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                for cell in row.iterchildren(qn("w:tc")):
                    out.extend(paragraphs_in_order(cell))
    return out


def main():
    d = docx.Document(sys.argv[1])
    body = d.element.body
    sections = []
    for s in d.sections:
        header_xml = s.header._element.xml if not s.header.is_linked_to_previous else ""
        sections.append({
            "page_w": mm(s.page_width), "page_h": mm(s.page_height),
            "top": mm(s.top_margin), "bottom": mm(s.bottom_margin),
            "left": mm(s.left_margin), "right": mm(s.right_margin),
            "landscape": s.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE,
            "title_page": s.different_first_page_header_footer,
            "header_page_field": "PAGE" in header_xml and "fldChar" in header_xml,
            "header_alignment": str(s.header.paragraphs[0].alignment) if s.header.paragraphs else "",
            "first_header_text": "".join(p.text for p in s.first_page_header.paragraphs),
        })
    normal = d.styles["Normal"]
    fonts = set()
    defaults = d.styles.element.find(qn("w:docDefaults"))
    for f in defaults.iter(qn("w:rFonts")):
        fonts.add(f.get(qn("w:ascii")))
    for r in body.iter(qn("w:rFonts")):
        fonts.add(r.get(qn("w:ascii")))
    size = defaults.find(".//" + qn("w:sz"))
    tables = []
    for t in d.tables:
        first = t.rows[0]._tr
        tables.append({
            "rows": len(t.rows),
            "columns": len(t.columns),
            "repeat_header": first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None,
            "borders": [b.get(qn("w:val")) for b in t._tbl.tblPr.iter()
                        if b.tag in (qn("w:top"), qn("w:insideH"))],
            "cells": [[c.text for c in r.cells] for r in t.rows],
        })
    spacing = d.element.body.find(".//" + qn("w:spacing"))
    body_paras = [p for p in d.paragraphs if p.text.strip()]
    justified = [p for p in body_paras if p.paragraph_format.alignment is not None
                 and str(p.paragraph_format.alignment).startswith("JUSTIFY")]
    indented = [p for p in body_paras if p.paragraph_format.first_line_indent]
    keep_next = [p.text for p in d.paragraphs if p.paragraph_format.keep_with_next]
    xml = d.element.xml
    print(json.dumps({
        "sections": sections,
        "fonts": sorted(f for f in fonts if f),
        "default_size_pt": int(size.get(qn("w:val"))) / 2 if size is not None else None,
        "line_rule": spacing.get(qn("w:lineRule")) if spacing is not None else None,
        "tables": tables,
        "paragraphs": paragraphs_in_order(body),
        "justified": len(justified),
        "space_after_pt": sorted({p.paragraph_format.space_after.pt for p in justified
                                  if p.paragraph_format.space_after is not None}),
        "first_indent_mm": sorted({round(p.paragraph_format.first_line_indent.mm, 1)
                                   for p in indented}),
        "first_line_indented": len(indented),
        "keep_with_next": keep_next,
        "manual_line_breaks": xml.count("<w:br/>") + xml.count('<w:br w:type="textWrapping"/>'),
        "core": {
            "title": d.core_properties.title, "author": d.core_properties.author,
            "created": d.core_properties.created.isoformat() if d.core_properties.created else None,
        },
    }, ensure_ascii=False))


main()
