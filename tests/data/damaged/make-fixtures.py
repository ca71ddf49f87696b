#!/usr/bin/env python3
"""Writes the damaged-file fixtures of tests/data/damaged (committed; run again only to
change them). Usage: make-fixtures.py PATH/TO/sochibo-cli

Every fixture starts from a small valid cell made by `sochibo-cli init` (or from nothing) and
is then damaged in one stated way. Python's own sqlite3 module plays "another program".
Random bytes come from a fixed seed so the files are the same on every run.
"""
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "..", "..", "resources", "schema", "0001_init.sql")


def good_cell(cli, path):
    """A valid cell: one member, a few tasks, checkpointed into one file (no -wal)."""
    subprocess.run([cli, "init", path, "--cell", "Chi bộ Thử nghiệm", "--superior",
                    "Đảng bộ Thử", "--place", "Hà Nội"], check=True, capture_output=True)
    subprocess.run([cli, "write-loop", path, "--count", "12"], check=True, capture_output=True)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


def main():
    cli = sys.argv[1]
    rng = random.Random(20261121)
    tmp = tempfile.mkdtemp()
    base = os.path.join(tmp, "good.db")
    good_cell(cli, base)
    data = open(base, "rb").read()
    page = 4096

    # 1. truncated: the second half of the file is gone (a copy cut short).
    open(os.path.join(HERE, "truncated.db"), "wb").write(data[: len(data) // 2])

    # 2. zeroed-page: page 3 (a table's b-tree) overwritten with zeros (a bad sector).
    z = bytearray(data)
    z[2 * page: 3 * page] = bytes(page)
    open(os.path.join(HERE, "zeroed-page.db"), "wb").write(bytes(z))

    # 3. random-bytes: 16 KiB of noise with a .db name.
    open(os.path.join(HERE, "random-bytes.db"), "wb").write(
        bytes(rng.getrandbits(8) for _ in range(16384)))

    # 4. not-sqlite: a Word document (zip container header and a few bytes) renamed .db.
    open(os.path.join(HERE, "not-sqlite.db"), "wb").write(
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"word/document.xml" + bytes(200))

    # 5. foreign-sqlite: another program's SQLite database (a browser-history-like table).
    foreign = os.path.join(HERE, "foreign-sqlite.db")
    if os.path.exists(foreign):
        os.remove(foreign)
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT, visits INTEGER)")
    con.execute("INSERT INTO places(url, visits) VALUES ('https://example.org', 3)")
    con.commit()
    con.close()

    # 6. newer-schema: a valid cell whose user_version says a future program wrote it.
    newer = os.path.join(HERE, "newer-schema.db")
    shutil.copy(base, newer)
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()

    # 7. lost-wal: a cell created in WAL mode whose -wal file was not copied along. The main
    # file was copied while the writer still had every page in its -wal (no checkpoint yet).
    live = os.path.join(tmp, "live.db")
    con = sqlite3.connect(live)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.executescript(open(SCHEMA, encoding="utf-8").read())
    con.execute("PRAGMA application_id = 1396918338")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    shutil.copy(live, os.path.join(HERE, "lost-wal.db"))
    con.close()

    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
