"""`build.py check` and the build: every kind of bad input is named with path:line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_cli

REGISTRIES = {
    "bodies.yml": "- id: council\n  name: Council\n",
    "people.yml": "- id: ann-able\n  name: Ann Able\n- id: bob-baker\n  name: Bob Baker\n",
    "topics.yml": "- id: roads\n  name: Roads\n",
    "organisations.yml": "",
}
GOOD = """---
body: council
date: 2020-01-02
start: "19:00"
attendance:
  - person: ann-able
items:
  - minute: "1"
    title: Roads
    topics: [roads]
---

## 1. Roads {#minute-1}
"""


def archive(tmp_path: Path, records: dict[str, str], **registries: str) -> Path:
    content = tmp_path / "content"
    for name, text in {**REGISTRIES, **{f"{k}.yml": v for k, v in registries.items()}}.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(text)
    for name, text in records.items():
        path = content / "meetings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return content


def check(tmp_path: Path, records: dict[str, str], **registries: str) -> tuple[int, str]:
    content = archive(tmp_path, records, **registries)
    result = build_cli("check", "--content", str(content), cwd=tmp_path)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout + result.stderr


def test_a_good_archive_passes(tmp_path):
    code, output = check(tmp_path, {"council/2020-01-02.md": GOOD})
    assert code == 0, output
    assert "1 meetings, 1 items" in output


@pytest.mark.parametrize(("variant", "record", "where", "message"), [
    ("malformed_yaml", GOOD.replace("start: \"19:00\"", "start: [19:00"), ":5:", "malformed YAML"),
    ("unknown_person", GOOD.replace("person: ann-able", "person: zed-zero"), ":6:", "unknown person 'zed-zero' (add"),
    ("misspelt_person", GOOD.replace("person: ann-able", "person: ann-abel"), ":6:",
     "unknown person 'ann-abel' (did you mean 'ann-able'? Or add it to people.yml)"),
    ("unknown_body", GOOD.replace("body: council", "body: cabinet"), ":2:", "unknown body 'cabinet'"),
    ("unknown_topic", GOOD.replace("topics: [roads]", "topics: [rail]"), ":8:", "unknown topic 'rail'"),
    ("bad_date", GOOD.replace("date: 2020-01-02", "date: 2020-13-02"), ":3:", "is not a date"),
    ("bad_time", GOOD.replace('start: "19:00"', "start: 7pm"), ":4:", "is not a time"),
    ("duplicate_item_number", GOOD.replace("items:\n", "items:\n  - minute: \"1\"\n    title: Again\n"), ":10:",
     "item id 'minute-1' is used by the item on line 8 too"),
    ("duplicate_heading_id", GOOD + "\n## 1. Roads again {#minute-1}\n", ":15:",
     "id 'minute-1' is used by the heading on line 13"),
    ("missing_title", GOOD.replace("    title: Roads\n", ""), ":8:", "'title' is required"),
    ("bad_status", GOOD.replace("start:", "status: maybe\nstart:"), ":4:", "'maybe' is not one of"),
    ("no_front_matter", "# Just text\n", ":1:", "YAML front-matter"),
    ("id_leaving_the_output_folder", GOOD.replace("body: council", "body: ../../etc"), ":2:", "is not a valid id"),
    ("upper_case_id", GOOD.replace("person: ann-able", "person: Ann-Able"), ":6:", "is not a valid id"),
    ("item_id_with_a_slash", GOOD.replace('  - minute: "1"', '  - id: a/../b\n    minute: "1"'), ":8:",
     "is not a valid id"),
    ("blank_line_control", GOOD.replace("body: council", "body: council\n"), "", ""),
])
def test_bad_record_is_reported_with_path_and_line(tmp_path, variant, record, where, message):
    code, output = check(tmp_path, {"council/2020-01-02.md": record})
    if not message:  # a blank line added: still valid, the control case
        assert code == 0, output
        return
    assert code == 1, output
    line = next((ln for ln in output.splitlines() if message in ln), None)
    assert line is not None, output
    assert line.startswith(f"content/meetings/council/2020-01-02.md{where}"), line


def test_two_records_for_one_meeting(tmp_path):
    code, output = check(tmp_path, {"council/2020-01-02.md": GOOD, "council/2020-01-02-2.md": GOOD})
    assert code == 1
    assert "content/meetings/council/2020-01-02.md:1: this meeting (council, 2020-01-02, 19:00) is also recorded in" \
        in output or "content/meetings/council/2020-01-02-2.md:1: this meeting" in output


def test_record_in_the_wrong_folder_or_date(tmp_path):
    code, output = check(tmp_path, {"roads/2020-01-03.md": GOOD})
    assert code == 1
    assert "content/meetings/roads/2020-01-03.md:2: body 'council' does not match the folder 'roads'" in output
    assert "content/meetings/roads/2020-01-03.md:3: date 2020-01-02 does not match the file name" in output


def test_registry_problems(tmp_path):
    code, output = check(tmp_path, {"council/2020-01-02.md": GOOD},
                         people="- id: ann-able\n  name: Ann Able\n- id: ann-able\n  name: Ann Again\n"
                                "- id: Bad Id\n  name: X\n- id: no-name\n")
    assert code == 1
    assert "content/people.yml:3: person id 'ann-able' is used on line 1 too" in output
    assert "content/people.yml:5: person: id: 'Bad Id' is not a valid id" in output
    assert "content/people.yml:7: person: 'name' is required" in output


def test_every_problem_is_printed_not_just_the_first(tmp_path):
    bad = GOOD.replace("person: ann-able", "person: zed-zero").replace("topics: [roads]", "topics: [rail]")
    code, output = check(tmp_path, {"council/2020-01-02.md": bad, "council/2020-02-02.md": "---\nbody: [\n---\n"})
    assert code == 1
    assert "zed-zero" in output and "rail" in output and "2020-02-02.md:2: malformed YAML" in output


def test_not_utf8_is_reported(tmp_path):
    content = archive(tmp_path, {"council/2020-01-02.md": GOOD})
    (content / "meetings" / "council" / "2020-01-02.md").write_bytes(b"---\nbody: council\xff\n---\n")
    result = build_cli("check", "--content", str(content), cwd=tmp_path)
    assert result.returncode == 1 and "2020-01-02.md:2: not UTF-8 text" in result.stderr


def test_a_failed_build_leaves_the_previous_site_untouched(tmp_path):
    content = archive(tmp_path, {"council/2020-01-02.md": GOOD})
    site = tmp_path / "out"
    first = build_cli("build", "--content", str(content), "--site-dir", str(site), "--strict", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (content / "meetings" / "council" / "2020-01-02.md").write_text(GOOD.replace("ann-able", "zed-zero"))
    second = build_cli("build", "--content", str(content), "--site-dir", str(site), "--strict", cwd=tmp_path)
    assert second.returncode == 1
    assert "unknown person 'zed-zero'" in second.stderr and "Traceback" not in second.stderr
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_missing_archive_folder(tmp_path):
    result = build_cli("check", "--content", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert result.returncode == 1 and "no such archive folder" in result.stderr


def test_text_under_a_heading_without_an_id_is_kept_with_a_warning(tmp_path):
    from minutebook.archive import load_archive

    record = GOOD + "\nRoads text.\n\n## Late addition\n\nText that must not be lost.\n"
    content = archive(tmp_path, {"council/2020-01-02.md": record})
    loaded, problems = load_archive(content)
    assert "Text that must not be lost." in loaded.meetings[0].items[0].text
    assert [p.code for p in problems.items] == ["heading-without-id"] and not problems.errors
