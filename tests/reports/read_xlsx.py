#!/usr/bin/python3
"""Read an .xlsx back as Excel users see it (openpyxl), and print what the tests check as JSON.

Usage: read_xlsx.py FILE.xlsx
Run with Debian's /usr/bin/python3 (python3-openpyxl is installed for it).
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def kind(value):
    if value is None:
        return "empty"
    if hasattr(value, "year"):
        return "date"
    if isinstance(value, (int, float)):
        return "number"
    return "text"


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        header = rows[0] if rows else ()
        sheets.append({
            "title": ws.title,
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "headings": list(header),
            "heading_bold": all(c.font.b for c in ws[1]) if rows else False,
            "widths": [ws.column_dimensions[get_column_letter(i + 1)].width for i in range(len(header))],
            "rows": [[v.strftime("%Y-%m-%d") if hasattr(v, "year") else v for v in r] for r in rows[1:]],
            "kinds": [[kind(v) for v in r] for r in rows[1:]],
            "date_formats": sorted({c.number_format for r in ws.iter_rows(min_row=2) for c in r
                                    if hasattr(c.value, "year")}),
        })
    print(json.dumps({"creator": wb.properties.creator, "sheets": sheets}, ensure_ascii=False))


main()
