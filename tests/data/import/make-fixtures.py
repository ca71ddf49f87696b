#!/usr/bin/python3
"""Writes the member lists tests/sheets and tests/cli import (run from anywhere; the files
land beside this script). The people are invented.

    /usr/bin/python3 tests/data/import/make-fixtures.py

How each file is made, and what it checks:

- members-titled.xlsx (openpyxl, as Excel writes): two merged title rows above the heading
  row, a row of column numbers under it, real date cells (dd/mm/yyyy style), a name in
  capitals, a phone number kept as a number (its leading zero lost), a combined post
  ("Bí thư, Hiệu trưởng"), a date that does not exist (31/02/1990), a total and a signature
  line under the table.
- members-serial.xlsx (openpyxl): split name columns ("Họ đệm", "Tên"), a "Nữ" mark column,
  the birth year alone, a two-row heading ("Ngày vào Đảng" over "Dự bị" | "Chính thức"),
  dates as plain Excel serial numbers (no date style), as ddmmyyyy text, and as d/m/yy.
- members-tcvn3.xlsx (openpyxl): every text typed in the .VnTime (TCVN3) font, i.e. the
  Windows-1252 characters of the TCVN3 bytes, as an old sheet shows once the font is gone.
- members.ods (zipfile, OpenDocument written by hand as LibreOffice writes it): date cells
  with office:date-value, repeated empty columns and rows, a covered (merged) cell.
- members-utf8.csv: UTF-8 with a byte-order mark, ";" separators, quoted fields with a
  separator and a line break inside.
- members-1258.csv: Windows-1258 bytes (base letters and tone bytes), "," separators.
"""

import datetime
import os
import unicodedata
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))


def tcvn3_table():
    inc = os.path.join(HERE, '..', '..', '..', 'src', 'text', 'Tcvn3Table.inc')
    values = []
    for line in open(inc, encoding='utf-8'):
        line = line.strip()
        if line.startswith('0x'):
            values += [int(v, 16) for v in line.rstrip(',').split(',') if v.strip()]
    assert len(values) == 128
    return {chr(cp): 0x80 + i for i, cp in enumerate(values) if not 0x300 <= cp <= 0x323}


def as_tcvn3_font(text):
    """The text as a sheet typed in .VnTime keeps it: TCVN3 bytes read as Windows-1252."""
    table = tcvn3_table()
    out = []
    for ch in unicodedata.normalize('NFC', text):
        b = ord(ch) if ord(ch) < 0x80 else table[ch]
        try:
            out.append(bytes([b]).decode('cp1252'))
        except UnicodeDecodeError:
            out.append(chr(b))  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: Windows keeps the C1 control
    return ''.join(out)


def cp1258(text):
    """Windows-1258: letters with their quality marks are single bytes, tones follow."""
    tones = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}
    out = b''
    for ch in unicodedata.normalize('NFC', text):
        d = unicodedata.normalize('NFD', ch)
        base = unicodedata.normalize('NFC', ''.join(c for c in d if c not in tones))
        out += base.encode('cp1258') + ''.join(c for c in d if c in tones).encode('cp1258')
    return out


def titled_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Danh sách'
    ws.append(['ĐẢNG BỘ XÃ HÒA PHONG'])
    ws.append(['DANH SÁCH ĐẢNG VIÊN CHI BỘ TRƯỜNG THCS HÒA PHONG'])
    ws.merge_cells('A1:L1')
    ws.merge_cells('A2:L2')
    ws['A1'].font = Font(bold=True)
    ws['A2'].alignment = Alignment(horizontal='center')
    ws.append(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn',
               'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ đảng viên', 'Điện thoại',
               'Ghi chú', 'Quê quán'])
    ws.append(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)',
               '(12)'])
    d = datetime.date
    rows = [
        [1, 'Lương Minh Khoa', d(1975, 4, 12), 'Nam', 'Bí thư, Hiệu trưởng', 'Thạc sĩ',
         d(2001, 5, 19), d(2002, 5, 19), '01.234567', 912345678, '', 'Nghệ An'],
        [2, 'PHÙNG THỊ THU HIỀN', d(1982, 9, 2), 'Nữ', 'Phó Bí thư', 'Đại học',
         d(2008, 11, 3), d(2009, 11, 3), '01.345678', '0987 654 321', '', 'Hà Tĩnh'],
        [3, 'Đinh Quang  Vĩnh', d(1990, 1, 25), 'Nam', 'Giáo viên', 'ĐHSP',
         d(2025, 12, 20), None, '', '', 'Đang dự bị', 'Thanh Hóa'],
        [4, 'Mạc Thị Ngọc Ánh', '31/02/1990', 'Nữ', 'Kế toán', 'Cao đẳng',
         d(2015, 6, 1), d(2016, 6, 1), '', '', '', ''],
        [5, 'Âu Văn Toàn', d(1968, 3, 30), 'Nam', 'Bảo vệ', 'Trung cấp',
         d(1995, 2, 3), d(1996, 2, 3), '', '', '', ''],
    ]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=5, max_row=9):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = 'dd/mm/yyyy'
    ws.append([])
    ws.append(['Tổng cộng: 05 đảng viên'])
    ws.append([None, 'Người lập biểu'])
    wb.save(os.path.join(HERE, 'members-titled.xlsx'))


def serial_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'DS'
    ws.append(['TT', 'Họ đệm', 'Tên', 'Năm sinh', 'Nữ', 'Chức vụ Đảng', 'Ngày vào Đảng', None,
               'Công việc'])
    ws.merge_cells('G1:H1')
    ws.append([None, None, None, None, None, None, 'Dự bị', 'Chính thức', None])
    # 36526 is 01/01/2000 and 40179 is 01/01/2010 in Excel's 1900 date system.
    ws.append([1, 'Tạ Thị', 'Quỳnh', 1979, 'x', 'Chi ủy viên', 36526, 36892, 'Giáo viên'])
    ws.append([2, 'Khúc Văn', 'Lâm', 1985, None, '', '15032012', '15032013', 'Nhân viên'])
    ws.append([3, 'Ông Thị', 'Mai', '1992', 'x', '', '3/9/19', '3/9/20', 'Giáo viên'])
    wb.save(os.path.join(HERE, 'members-serial.xlsx'))


def tcvn3_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Sheet1'
    t = as_tcvn3_font
    ws.append([t('STT'), t('Họ và tên'), t('Ngày sinh'), t('Giới tính'), t('Chức vụ'),
               t('Ngày vào Đảng')])
    ws.append([1, t('Nguyễn Thị Hồng Nhung'), '14/07/1980', t('Nữ'), t('Giáo viên'),
               '02/09/2005'])
    ws.append([2, t('Trương Đức Thắng'), '08/12/1977', t('Nam'), t('Phó Hiệu trưởng'),
               '19/05/2003'])
    ws.append([3, t('Lò Văn Tuấn'), '21/03/1986', t('Nam'), t('Nhân viên'), '01/07/2011'])
    wb.save(os.path.join(HERE, 'members-tcvn3.xlsx'))


def ods():
    def cell(value=None, date=None, number=None, repeat=None, covered=False):
        tag = 'table:covered-table-cell' if covered else 'table:table-cell'
        attrs = ''
        if repeat:
            attrs += f' table:number-columns-repeated="{repeat}"'
        if date:
            attrs += f' office:value-type="date" office:date-value="{date}"'
            value = value or date
        elif number is not None:
            attrs += f' office:value-type="float" office:value="{number}"'
            value = str(number)
        elif value:
            attrs += ' office:value-type="string"'
        if not value:
            return f'<{tag}{attrs}/>'
        return f'<{tag}{attrs}><text:p>{value}</text:p></{tag}>'

    rows = [
        cell('DANH SÁCH ĐẢNG VIÊN') + cell(repeat=3, covered=True) + cell(repeat=1020),
        cell(repeat=1024),
        ''.join(cell(h) for h in ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính',
                                  'Ngày vào Đảng', 'Ngày chính thức']) + cell(repeat=1018),
        cell(number=1) + cell('Hà Minh Châu') + cell('12/05/1981', date='1981-05-12') +
        cell('Nữ') + cell('01/06/2006', date='2006-06-01') + cell('01/06/2007', date='2007-06-01'),
        cell(number=2) + cell('Vương Đình Phúc') + cell('30/10/1976', date='1976-10-30') +
        cell('Nam') + cell('20/11/2000', date='2000-11-20') + cell(repeat=2) +
        cell('không ghi', repeat=1),
    ]
    body = ''.join(f'<table:table-row>{r}</table:table-row>' for r in rows)
    body += '<table:table-row table:number-rows-repeated="1048570">' + cell(repeat=1024) + \
            '</table:table-row>'
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet>'
        f'<table:table table:name="Đảng viên">{body}</table:table>'
        '<table:table table:name="Trống"><table:table-row>' + cell(repeat=5) +
        '</table:table-row></table:table>'
        '</office:spreadsheet></office:body></office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    path = os.path.join(HERE, 'members.ods')
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype', (2026, 1, 1, 0, 0, 0)),
                   'application/vnd.oasis.opendocument.spreadsheet',
                   compress_type=zipfile.ZIP_STORED)
        z.writestr(zipfile.ZipInfo('content.xml', (2026, 1, 1, 0, 0, 0)), content,
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo('META-INF/manifest.xml', (2026, 1, 1, 0, 0, 0)), manifest,
                   compress_type=zipfile.ZIP_DEFLATED)


def csv_files():
    utf8 = ('Họ và tên;Ngày sinh;Giới tính;Ngày vào Đảng;Ghi chú\r\n'
            'Kiều Thị Lan;05/05/1988;Nữ;12/12/2012;"Chuyển đến; từ trường\r\nTiểu học"\r\n'
            '"Lã Văn Hùng";1979;Nam;01/02/2003;\r\n')
    with open(os.path.join(HERE, 'members-utf8.csv'), 'wb') as f:
        f.write(b'\xef\xbb\xbf' + utf8.encode('utf-8'))
    lines = ['Họ và tên,Ngày sinh,Giới tính,Ngày vào Đảng',
             'Giáp Thị Tuyết,17/08/1984,Nữ,03/02/2010',
             'Hứa Quốc Việt,22/06/1973,Nam,19/05/1998']
    with open(os.path.join(HERE, 'members-1258.csv'), 'wb') as f:
        f.write(b'\r\n'.join(cp1258(l) for l in lines) + b'\r\n')


if __name__ == '__main__':
    titled_xlsx()
    serial_xlsx()
    tcvn3_xlsx()
    ods()
    csv_files()
