"""The importer against hostile input, through `build.py import`: a manifest cannot make it read files
outside the project, runs of spaces (pdftotext -layout) and thousands of names take linear time."""

from __future__ import annotations

import random
import shutil
import string
import time
from pathlib import Path

from conftest import ROOT, build_cli

DOCUMENT = ROOT / "tests" / "documents" / "moderngov-minutes.txt"


def project(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir(parents=True)
    shutil.copy(DOCUMENT, tmp_path / "sources" / "minutes.txt")
    (tmp_path / "content").mkdir()
    return tmp_path


def test_a_manifest_cannot_make_the_importer_read_outside_the_project(tmp_path):
    root = project(tmp_path / "project")
    (tmp_path / "secret.txt").write_text(DOCUMENT.read_text().replace("Cabinet", "Secretcabinet"))
    (root / ".hidden.txt").write_text(DOCUMENT.read_text())
    (root / "content" / ".import.yml").write_text(
        f"sources:\n  - {tmp_path / 'secret.txt'}\n  - ../secret.txt\n  - .hidden.txt\n  - sources\n")
    result = build_cli("import", "sources/minutes.txt", "--content", "content", cwd=root, timeout=300)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.count("bad-manifest-path") == 4, result.stdout
    records = list((root / "content" / "meetings").rglob("*.md"))
    assert records, result.stdout
    written = "".join(p.read_text() for p in (root / "content").rglob("*") if p.suffix in (".md", ".yml"))
    assert "Secretcabinet" not in written
    assert (root / "content" / ".import.yml").read_text().count("secret") == 0  # the next import forgets them


def test_runs_of_spaces_import_in_linear_time(tmp_path):
    root = project(tmp_path)
    text = DOCUMENT.read_text().split("\n")
    padded = [line.replace(" ", " " * 400, 3) if i % 5 == 0 else line for i, line in enumerate(text)]
    padded.insert(10, " " * 20000 + "5 - 12")
    padded.insert(20, "RESOLVED" + " " * 20000 + "(")
    (root / "sources" / "minutes.txt").write_text("\n".join(padded))
    started = time.monotonic()
    result = build_cli("import", "sources/minutes.txt", "--content", "content", cwd=root, timeout=120)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert time.monotonic() - started < 60


def test_eight_thousand_names_resolve_without_comparing_every_pair():
    from minutebook.importer.identities import Resolver

    random.seed(10)

    def word(n: int) -> str:
        return "".join(random.choice(string.ascii_lowercase) for _ in range(n)).title()

    for kind, make in (("person", lambda: f"{word(4)} {word(7)}"), ("organisation", lambda: f"{word(6)} {word(8)}"),
                       ("body", lambda: f"{word(5)} Committee")):
        resolver = Resolver(kind)
        started = time.monotonic()
        for index in range(8000):
            resolver.resolve(make(), f"doc.txt:{index}")
        assert time.monotonic() - started < 15, kind  # every pair compared: 54 s
