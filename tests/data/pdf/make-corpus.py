#!/usr/bin/env python3
"""Writes the PDF corpus of tests/data/pdf (committed; run again only to change it).

valid.pdf        a one-page PDF written by hand below (text "Bien ban sinh hoat chi bo ...")
truncated.pdf    valid.pdf cut after 60 % of its bytes (a download that stopped)
bad-xref.pdf     valid.pdf whose startxref points into the middle of a stream
zero-bytes.pdf   an empty file
garbage.pdf      4 KiB of seeded random bytes behind a "%PDF-1.4" line
encrypted.pdf    valid.pdf encrypted by `qpdf --encrypt secret owner 256 --` (Debian qpdf);
                 skipped with a message when qpdf is not installed
huge-page.pdf    valid.pdf with a 200 000 × 200 000 pt media box (a thumbnail must stay small)
two-pages.pdf    two A4 pages, "Trang mot" and "Trang hai" (page navigation in the preview)
(signed.pdf and signed-altered.pdf are made by make-signed.py, which needs openssl)
"""
import os
import random
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))


def assemble(objects, header=b"%PDF-1.4\n"):
    """A PDF file of \a objects (numbered from 1, the first the catalog) with its cross-reference
    table; returns the bytes (a bytearray, for callers that patch them) and the xref offset."""
    out = bytearray(header)
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\n"
    out += b"startxref\n" + str(xref).encode() + b"\n%%EOF\n"
    return out, xref


def stream(data):
    return b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"


def pdf(media_box="0 0 595 842"):
    text = b"BT /F1 18 Tf 72 760 Td (Bien ban sinh hoat chi bo thang 11) Tj 0 -28 Td " \
           b"(Minh chung hoan thanh nhiem vu) Tj ET"
    out, xref = assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [" + media_box.encode() +
        b"] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        stream(text),
        FONT,
    ], b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    return bytes(out), xref


def two_pages():
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>"]
    for n, content in enumerate((4, 6)):
        text = b"BT /F1 24 Tf 72 760 Td (Trang " + (b"mot" if n == 0 else b"hai") + b") Tj ET"
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " +
                    str(content).encode() + b" 0 R /Resources << /Font << /F1 7 0 R >> >> >>")
        objs.append(stream(text))
    objs.append(FONT)
    return bytes(assemble(objs)[0])


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    valid, xref = pdf()
    write("valid.pdf", valid)
    write("truncated.pdf", valid[: len(valid) * 6 // 10])
    bad = valid.replace(b"startxref\n" + str(xref).encode(), b"startxref\n" + str(300).encode())
    write("bad-xref.pdf", bad)
    write("zero-bytes.pdf", b"")
    rng = random.Random(8)
    write("garbage.pdf", b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(4096)))
    write("huge-page.pdf", pdf("0 0 200000 200000")[0])
    write("two-pages.pdf", two_pages())
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--",
                        os.path.join(HERE, "valid.pdf"), os.path.join(HERE, "encrypted.pdf")],
                       check=True)
    else:
        print("qpdf not installed: encrypted.pdf left as it is")


if __name__ == "__main__":
    main()
