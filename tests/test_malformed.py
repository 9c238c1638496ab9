"""A corpus of malformed archives, each run through `build.py check` and, where check accepts it,
`build.py build`: every case gives `path:line: message`, never a traceback, never a hang (each command
has a time limit), and whatever check accepts, build builds."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import build_cli
from test_check import GOOD, archive

Case = Callable[[Path], Path]  # makes the archive under tmp_path, returns the content folder
CASES: dict[str, tuple[Case, str, str]] = {}  # name -> (make, the file the message names, what it says)


def case(name: str, where: str, says: str):
    def register(make: Case) -> Case:
        CASES[name] = (make, where, says)
        return make
    return register


def record(tmp_path: Path, text: str, name: str = "council/2020-01-02.md", **registries: str) -> Path:
    return archive(tmp_path, {name: text}, **registries)


case("control-character-in-title", "meetings/council/2020-01-02.md:9", "U+0001")(
    lambda t: record(t, GOOD.replace("title: Roads", 'title: "Ro\\x01ads"')))
case("non-character-in-title", "meetings/council/2020-01-02.md:9", "U+FFFE")(
    lambda t: record(t, GOOD.replace("title: Roads", 'title: "Ro\\uFFFEads"')))
case("terminal-escape-in-title", "meetings/council/2020-01-02.md:9", "U+001B")(
    lambda t: record(t, GOOD.replace("title: Roads", 'title: "\\e[2J\\e]0;pwned\\aRoads"')))
case("terminal-escape-in-text", "meetings/council/2020-01-02.md:15", "U+001B")(
    lambda t: record(t, GOOD + "\nText \x1b[31mred\x1b[0m.\n"))
case("year-9999", "meetings/council/9999-12-31.md:3", "the year must be between")(
    lambda t: record(t, GOOD.replace("2020-01-02", "9999-12-31"), "council/9999-12-31.md"))
case("year-9998", "meetings/council/9998-12-31.md:3", "the year must be between")(
    lambda t: record(t, GOOD.replace("2020-01-02", "9998-12-31"), "council/9998-12-31.md"))
case("id-of-300-characters", "people.yml:1", "an id has at most 100")(
    lambda t: record(t, GOOD.replace("ann-able", "a" * 300), people=f"- id: {'a' * 300}\n  name: Ann Able\n"))
case("deeply-nested-flow-yaml", "meetings/council/2020-01-02.md:3", "nested more than 100 deep")(
    lambda t: record(t, GOOD.replace("date:", "venue: " + "[" * 100000 + "]" * 100000 + "\ndate:")))
case("deeply-nested-block-yaml", "meetings/council/2020-01-02.md", "nested too deeply")(
    lambda t: record(t, GOOD.replace("date:", "venue:\n" + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(800))
                                     + "date:")))
case("decision-typo", "meetings/council/2020-01-02.md:11", "did you mean 'decisions'")(
    lambda t: record(t, GOOD.replace("    topics: [roads]", "    topics: [roads]\n    decision: [Agreed]")))
case("yaml-merge-key", "meetings/council/2020-01-02.md:8", "merge keys")(
    lambda t: record(t, GOOD.replace('  - minute: "1"', '  - <<: {minute: "1"}\n    agenda: "1"')))
case("bad-body-hides-nothing", "meetings/council/2020-01-02.md:6", "unknown person 'zed-zero'")(
    lambda t: record(t, GOOD.replace("body: council", "body: Council!").replace("ann-able", "zed-zero")))
case("upper-case-suffix", "meetings/council/2020-01-03.MD:1", "rename it to 2020-01-03.md")(
    lambda t: record(t, GOOD.replace("2020-01-02", "2020-01-03"), "council/2020-01-03.MD"))
case("markdown-suffix", "meetings/council/2020-01-03.markdown:1", "rename it to 2020-01-03.md")(
    lambda t: record(t, GOOD.replace("2020-01-02", "2020-01-03"), "council/2020-01-03.markdown"))
case("record-two-folders-deep", "meetings/old/council/2020-01-02.md:1", "one folder deep")(
    lambda t: record(t, GOOD, "old/council/2020-01-02.md"))
case("two-pages-one-address", "bodies.yml:3", "the address of the bodies list page")(
    lambda t: archive(t, {"council/2020-01-02.md": GOOD, "index/2020-01-02.md": GOOD.replace("body: council",
                                                                                              "body: index")},
                      bodies="- id: council\n  name: Council\n- id: index\n  name: Index Committee\n"))
case("empty-archive", "content/meetings", "no meeting records")(lambda t: archive(t, {}))
case("not-utf8", "meetings/council/2020-01-02.md:3", "not UTF-8")(lambda t: _bytes(
    record(t, GOOD), b"---\nbody: council\ndate: 2020-01-02\xff\n---\n"))
case("huge-record", "meetings/council/2020-01-02.md:1", "the limit is 5 MB")(lambda t: _bytes(
    record(t, GOOD), GOOD.encode() + b"word " * 1_300_000))


def _bytes(content: Path, data: bytes) -> Path:
    (content / "meetings" / "council" / "2020-01-02.md").write_bytes(data)
    return content


def _special(kind: str) -> Case:
    def make(tmp_path: Path) -> Path:
        content = record(tmp_path, GOOD)
        target = content / "meetings" / "council" / "2020-01-09.md"
        if kind == "fifo":
            os.mkfifo(target)
        elif kind == "dev-zero":
            target.symlink_to("/dev/zero")
        elif kind == "outside":
            (tmp_path / "secret.md").write_text(GOOD)
            target.symlink_to(tmp_path / "secret.md")
        elif kind == "body-folder-outside":
            (tmp_path / "elsewhere" / "cabinet").mkdir(parents=True)
            (content / "meetings" / "cabinet").symlink_to(tmp_path / "elsewhere" / "cabinet")
        elif kind == "registry-fifo":
            (content / "topics.yml").unlink()
            os.mkfifo(content / "topics.yml")
        return content
    return make


case("fifo-record", "meetings/council/2020-01-09.md:1", "not read")(_special("fifo"))
case("link-to-dev-zero", "meetings/council/2020-01-09.md:1", "not read")(_special("dev-zero"))
case("link-out-of-the-archive", "meetings/council/2020-01-09.md:1", "outside the archive")(_special("outside"))
case("body-folder-linked-from-outside", "meetings/cabinet:1", "outside the archive")(
    _special("body-folder-outside"))
case("registry-is-a-fifo", "topics.yml:1", "not a regular file")(_special("registry-fifo"))

WARNINGS = {  # name -> (archive, where, what): check passes, --strict fails, the warning names path:line
    "zero-width-space-in-a-name": (lambda t: record(t, GOOD, people="- id: ann-able\n  name: Ann\u200b Able\n"),
                                   "people.yml:1", "U+200B"),
    "cyrillic-letter-in-a-name": (lambda t: record(t, GOOD, people="- id: ann-able\n  name: \u0410nn Able\n"),
                                  "people.yml:1", "Cyrillic and Latin"),
    "held-in-the-future": (lambda t: record(t, GOOD.replace("2020-01-02", "2999-01-02"), "council/2999-01-02.md"),
                           "meetings/council/2999-01-02.md:3", "cannot have been held yet"),
}


@pytest.mark.parametrize("name", list(WARNINGS))
def test_a_suspicious_archive_is_warned_about(tmp_path, name):
    make, where, says = WARNINGS[name]
    content = make(tmp_path)
    plain = build_cli("check", "--content", str(content), cwd=tmp_path, timeout=60)
    strict = build_cli("check", "--strict", "--content", str(content), cwd=tmp_path, timeout=60)
    assert plain.returncode == 0 and strict.returncode == 1, plain.stderr
    assert any(where in line and says in line and "warning:" in line for line in strict.stderr.splitlines()), \
        strict.stderr


LINE_RE = re.compile(r"^(?P<path>[^\s:]+)(?::(?P<line>\d+))?: ")


@pytest.mark.parametrize("name", list(CASES))
def test_a_malformed_archive_is_named_with_path_and_line(tmp_path, name):
    make, where, says = CASES[name]
    content = make(tmp_path)
    checked = build_cli("check", "--content", str(content), cwd=tmp_path, timeout=60)
    output = checked.stdout + checked.stderr
    assert "Traceback" not in output, output
    assert checked.returncode == 1, output
    lines = [line for line in checked.stderr.splitlines() if LINE_RE.match(line)]
    hit = [line for line in lines if where in line.split(": ")[0] and says in line]
    assert hit, output
    assert "\x1b" not in output and "\x07" not in output
    built = build_cli("build", "--content", str(content), "--site-dir", str(tmp_path / "site"), cwd=tmp_path,
                      timeout=120)
    assert built.returncode == 1 and "Traceback" not in built.stderr, built.stderr
    assert not (tmp_path / "site").exists()


def test_editor_lock_links_and_folders_named_like_records_are_not_records(tmp_path):
    content = record(tmp_path, GOOD)
    (content / "meetings" / "council" / ".#2020-01-02.md").symlink_to("someone@host.1234:1700000000")
    (content / "meetings" / "council" / "2020-01-05.md").mkdir()
    checked = build_cli("check", "--content", str(content), cwd=tmp_path, timeout=60)
    assert checked.returncode == 0 and "Traceback" not in checked.stderr, checked.stderr
    built = build_cli("build", "--content", str(content), "--site-dir", str(tmp_path / "site"), cwd=tmp_path,
                      timeout=120)
    assert built.returncode == 0, built.stderr


def test_an_empty_archive_builds_only_on_purpose(tmp_path):
    content = archive(tmp_path, {})
    built = build_cli("build", "--content", str(content), "--site-dir", str(tmp_path / "site"), "--allow-empty",
                      cwd=tmp_path, timeout=120)
    assert built.returncode == 0, built.stderr
