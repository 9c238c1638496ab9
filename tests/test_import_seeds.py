"""The importer's reading of the five Harrow seeds, field by field against the hand-written
tests/expected/seeds.yml (its header gives the format and the comparison rules applied here).

Every meeting and item must match; at least 98% of attendance entries must match, and the misses are
printed so they can be read in the test output.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from minutebook.importer import run_import
from minutebook.problems import Problems
from minutebook.records import read_record

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "sources" / "harrow").glob("*.txt"))
EXPECTED = yaml.safe_load((ROOT / "tests" / "expected" / "seeds.yml").read_text(encoding="utf-8"))
ROLE_SYNONYMS = {"chairman": "chair", "chairwoman": "chair", "vc": "vice-chair", "vice-chairman": "vice-chair"}


def norm(text: object) -> str:
    """Case-, whitespace- and punctuation-insensitive text, as the expected file's rules say."""
    text = re.sub(r"[^\w\s]", " ", str(text or "").lower().replace("\u2013", "-"))
    return re.sub(r"\s+", " ", text).strip()


def body_key(name: str) -> str:
    return re.sub(r"^the ", "", norm(name))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    content = tmp_path_factory.mktemp("content")
    shutil.copy(ROOT / "content" / "archive.yml", content / "archive.yml")
    report = run_import(SOURCES, content, root=ROOT)
    assert not report.errors, report.summary()
    problems = Problems()
    meetings = [read_record(p, problems) for p in sorted((content / "meetings").rglob("*.md"))]
    assert not problems.errors, problems.report()
    registries = {name: yaml.safe_load((content / f"{name}.yml").read_text(encoding="utf-8"))
                  for name in ("people", "bodies", "organisations")}
    return meetings, registries


def find_meeting(archive, expected):
    meetings, registries = archive
    bodies = {b["id"]: b for b in registries["bodies"]}
    for meeting in meetings:
        names = [bodies[meeting.body]["name"], *bodies[meeting.body].get("aliases", [])]
        if meeting.date == expected["date"] and body_key(expected["body"]) in {body_key(n) for n in names}:
            return meeting
    return None


def person_names(registries, person_id: str) -> set[str]:
    for person in registries["people"]:
        if person["id"] == person_id:
            return {norm(n) for n in [person["name"], *person.get("aliases", [])]}
    return set()


def test_every_meeting_and_its_facts(archive):
    misses = []
    for expected in EXPECTED["meetings"]:
        meeting = find_meeting(archive, expected)
        if meeting is None:
            misses.append(f"missing meeting {expected['body']} {expected['date']}")
            continue
        for key in ("start", "end", "venue", "type"):
            got = getattr(meeting, key)
            if norm(got) != norm(expected.get(key)) and not (key == "type" and expected.get(key) is None):
                misses.append(f"{expected['body']} {expected['date']}: {key} {got!r} != {expected.get(key)!r}")
    assert not misses, "\n".join(misses)


def decision_matches(start: str, decisions: list[str]) -> bool:
    """A decision_starts entry is a prefix of a decision, with or without a lead-in or label in front."""
    wanted = norm(start)
    for decision in decisions:
        text = norm(decision)
        if text.startswith(wanted) or (wanted in text and text.index(wanted) <= 45):
            return True
    return False


def test_every_item(archive):
    misses = []
    _, registries = archive
    bodies = {b["id"]: b["name"] for b in registries["bodies"]}
    for expected in EXPECTED["meetings"]:
        meeting = find_meeting(archive, expected)
        if meeting is None:
            misses.append(f"missing meeting {expected['body']} {expected['date']}")
            continue
        where = f"{expected['body']} {expected['date']}"
        for want in expected.get("items", []):
            if want.get("minute"):
                got = next((i for i in meeting.items if i.minute == want["minute"]), None)
            else:
                got = next((i for i in meeting.items if i.agenda == want["agenda"] and not i.minute), None)
            label = f"{where} item {want.get('minute') or want.get('agenda')}"
            if got is None:
                misses.append(f"{label}: missing")
                continue
            if want.get("minute") and want.get("agenda") and got.agenda != want["agenda"]:
                misses.append(f"{label}: agenda {got.agenda!r} != {want['agenda']!r}")
            if norm(got.title) != norm(want["title"]):
                misses.append(f"{label}: title {got.title!r} != {want['title']!r}")
            if "pages" in want and norm(got.pages) != norm(want["pages"]):
                misses.append(f"{label}: pages {got.pages!r} != {want['pages']!r}")
            if bool(want.get("to_follow")) != got.to_follow:
                misses.append(f"{label}: to_follow {got.to_follow} != {bool(want.get('to_follow'))}")
            decisions = [*got.decisions, *(r.text for r in got.recommendations)]
            if "decisions" in want and len(decisions) != want["decisions"]:
                misses.append(f"{label}: {len(decisions)} decisions != {want['decisions']}: {decisions}")
            for start in want.get("decision_starts", []):
                if not decision_matches(start, decisions):
                    misses.append(f"{label}: no decision starting {start!r}")
            if want.get("recommends_to") and not any(
                    norm(bodies.get(r.to, r.to)) == norm(want["recommends_to"]) for r in got.recommendations):
                misses.append(f"{label}: no recommendation to {want['recommends_to']}")
    assert not misses, "\n".join(misses)


def attendance_misses(archive) -> tuple[list[str], int]:
    _, registries = archive
    organisations = {o["id"]: o["name"] for o in registries["organisations"]}
    misses, total = [], 0
    for expected in EXPECTED["meetings"]:
        meeting = find_meeting(archive, expected)
        for want in expected.get("attendance", []):
            total += 1
            label = f"{expected['body']} {expected['date']}: {want['name']}"
            if meeting is None:
                misses.append(f"{label}: meeting missing")
                continue
            names = {norm(n) for n in [want["name"], *want.get("also_spelled", [])]}
            got = next((a for a in meeting.attendance if person_names(registries, a.person) & names), None)
            if got is None:
                misses.append(f"{label}: not found")
                continue
            if got.status != want["status"]:
                misses.append(f"{label}: status {got.status} != {want['status']}")
            elif want.get("role"):
                role = ROLE_SYNONYMS.get(norm(want["role"]), norm(want["role"]))
                printed = {norm(got.role), norm(got.position), norm(organisations.get(got.organisation, ""))}
                if role not in {ROLE_SYNONYMS.get(r, r) for r in printed}:
                    misses.append(f"{label}: role {got.role!r} != {want['role']!r}")
            elif want.get("substitute_for"):
                if norm(want["substitute_for"]) not in person_names(registries, got.substitute_for or ""):
                    misses.append(f"{label}: substitute_for {got.substitute_for!r} != {want['substitute_for']!r}")
    return misses, total


def test_attendance_at_least_98_percent(archive):
    misses, total = attendance_misses(archive)
    matched = (total - len(misses)) / total
    print(f"\nattendance: {total - len(misses)}/{total} matched ({matched:.1%})")
    print("\n".join(f"  miss: {m}" for m in misses))
    assert matched >= 0.98, "\n".join(misses)


def test_agenda_membership_is_not_attendance(archive):
    for expected in EXPECTED["meetings"]:
        if "membership" in expected:
            meeting = find_meeting(archive, expected)
            assert meeting is not None and not meeting.attendance


def test_spelling_variants_merged_into_one_person(archive):
    _, registries = archive
    meghjee = [p for p in registries["people"] if p["name"].endswith("Meghjee")]
    assert len(meghjee) == 1 and "Romzin Meghjee" in meghjee[0].get("aliases", [])
    organisation = [o for o in registries["organisations"] if norm(o["name"]).replace(" ", "") == "jobcentreplus"]
    assert len(organisation) == 1 and organisation[0].get("aliases")
