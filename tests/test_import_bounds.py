"""The importer against hostile input, through `build.py import`: a manifest cannot make it read files
outside the project, runs of spaces (pdftotext -layout) and thousands of names take linear time; twice
the meetings make twice the comparisons, counted, not timed."""

from __future__ import annotations

import random
import resource
import shutil
import string
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
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


def _children_cpu() -> float:
    """CPU seconds used by finished child processes (the `build.py` runs) so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def test_runs_of_spaces_import_in_linear_time(tmp_path):
    root = project(tmp_path)
    text = DOCUMENT.read_text().split("\n")
    padded = [line.replace(" ", " " * 400, 3) if i % 5 == 0 else line for i, line in enumerate(text)]
    padded.insert(10, " " * 20000 + "5 - 12")
    padded.insert(20, "RESOLVED" + " " * 20000 + "(")
    (root / "sources" / "minutes.txt").write_text("\n".join(padded))
    started = _children_cpu()
    result = build_cli("import", "sources/minutes.txt", "--content", "content", cwd=root, timeout=600)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert _children_cpu() - started < 60  # CPU seconds: on a shared machine wall time says little


def test_eight_thousand_names_resolve_without_comparing_every_pair():
    from minutebook.importer.identities import Resolver

    random.seed(10)

    def word(n: int) -> str:
        return "".join(random.choice(string.ascii_lowercase) for _ in range(n)).title()

    for kind, make in (("person", lambda: f"{word(4)} {word(7)}"), ("organisation", lambda: f"{word(6)} {word(8)}"),
                       ("body", lambda: f"{word(5)} Committee")):
        resolver = Resolver(kind)
        started = time.process_time()
        for index in range(8000):
            resolver.resolve(make(), f"doc.txt:{index}")
        assert time.process_time() - started < 15, kind  # every pair compared: 54 s


MEETING = ROOT / "tests" / "corpus" / "hertingfordbury-pc" / "2008-01-09-parish-council-minutes.txt"


def _comparisons(tmp_path: Path, meetings: int) -> Counter:
    """Calls of every pairwise step while importing one file of `meetings` copies of a parish council's
    minutes, a day apart (benchmarks/import_scaling.py, small)."""
    from minutebook.importer import assemble, merge, run
    from minutebook.importer.identities import Resolver

    calls: Counter = Counter()

    def counted(owner, name, patch):
        original = getattr(owner, name)

        def wrapper(*args, **kwargs):
            calls[name] += 1
            return original(*args, **kwargs)
        patch.setattr(owner, name, wrapper)

    original = MEETING.read_text(encoding="utf-8")
    copies = []
    for n in range(meetings):
        day = date(2008, 1, 9) + timedelta(days=n)
        copies.append(original.replace("Wednesday 9 January 2008", f"{day:%A} {day.day} {day:%B %Y}"))
    folder = tmp_path / str(meetings)
    folder.mkdir()
    (folder / "minutes.txt").write_text("\f".join(copies), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        for owner, name in ((merge, "_same_meeting"), (merge, "body_matches"), (merge, "similar"),
                            (assemble, "similar"), (Resolver, "_score"), (Resolver, "_similar")):
            counted(owner, name, patch)
        report = run.run_import([folder / "minutes.txt"], folder / "content", root=folder, cache=False)
    assert len(report.meetings_created) == meetings, report.summary()
    return calls


def test_twice_the_meetings_make_twice_the_comparisons_not_four_times(tmp_path):
    small, large = _comparisons(tmp_path, 12), _comparisons(tmp_path, 24)
    assert small["_similar"] >= 12, small  # the counting works: every name is looked up
    for step in large | small:
        assert large[step] <= 2.2 * small[step] + 2, (step, small[step], large[step])  # every pair: 4 times
