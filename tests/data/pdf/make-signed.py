#!/usr/bin/env python3
"""Writes signed.pdf and signed-altered.pdf into tests/data/pdf (committed; run again only to
change them). Needs the openssl command (Debian: openssl).

signed.pdf          one page with a detached PKCS#7 signature (adbe.pkcs7.detached) made
                    with a throw-away self-signed certificate "CN=Nguyen Van Ky", generated
                    on the spot; its key is not kept
signed-altered.pdf  signed.pdf with one byte of the page text changed after signing
"""
import importlib.util
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_corpus", os.path.join(HERE, "make-corpus.py"))
_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_corpus)
assemble, stream, FONT = _corpus.assemble, _corpus.stream, _corpus.FONT
HOLE = 8192  # hex digits reserved for the signature


def main():
    tmp = tempfile.mkdtemp()
    key, cert = os.path.join(tmp, "k.pem"), os.path.join(tmp, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                    "-out", cert, "-days", "36500", "-subj", "/CN=Nguyen Van Ky/O=Chi bo Thu nghiem"],
                   check=True, capture_output=True)
    text = b"BT /F1 18 Tf 72 760 Td (Quyet dinh da ky so) Tj ET"
    placeholder = b"/ByteRange [0000000000 0000000000 0000000000 0000000000]"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /SigFlags 3 >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
        stream(text),
        FONT,
        b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Chu ky) /Rect [0 0 0 0] /F 132 "
        b"/P 3 0 R /V 7 0 R >>",
        b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached " + placeholder +
        b" /Contents <" + b"0" * HOLE + b"> /M (D:20261121090000+07'00') >>",
    ]
    out, _ = assemble(objs, b"%PDF-1.7\n")
    a = out.index(b"/Contents <" + b"0" * 16) + len(b"/Contents ")
    b = a + HOLE + 2
    ranges = b"/ByteRange [%010d %010d %010d %010d]" % (0, a, b, len(out) - b)
    out[out.index(placeholder):out.index(placeholder) + len(placeholder)] = ranges
    data = os.path.join(tmp, "data")
    with open(data, "wb") as f:
        f.write(bytes(out[:a]) + bytes(out[b:]))
    sig = subprocess.run(["openssl", "smime", "-sign", "-binary", "-noattr", "-outform", "DER",
                          "-signer", cert, "-inkey", key, "-in", data],
                         check=True, capture_output=True).stdout
    hexsig = sig.hex().encode()
    assert len(hexsig) <= HOLE
    out[a + 1:a + 1 + len(hexsig)] = hexsig
    with open(os.path.join(HERE, "signed.pdf"), "wb") as f:
        f.write(out)
    altered = bytes(out).replace(b"(Quyet dinh da ky so)", b"(Quyet dinh da ky s0)")
    with open(os.path.join(HERE, "signed-altered.pdf"), "wb") as f:
        f.write(altered)


if __name__ == "__main__":
    main()
