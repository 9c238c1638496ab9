"""Compare an imported archive with a hand-written expected file (tests/expected/seeds.yml format;
its header gives the rules). Used by the seeds test and the foreign-layout document tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from minutebook.problems import Problems
from minutebook.records import read_record

ROLE_SYNONYMS = {"chairman": "chair", "chairwoman": "chair", "vc": "vice-chair", "vice chairman": "vice chair"}


def norm(text: object) -> str:
    """Case-, whitespace- and punctuation-insensitive text, as the expected file's rules say."""
    text = re.sub(r"[^\w\s]", " ", str(text or "").lower().replace("\u2013", "-"))
    return re.sub(r"\s+", " ", text).strip()


def body_key(name: str) -> str:
    return re.sub(r"^the ", "", norm(name))


@dataclass
class Imported:
    meetings: list
    people: list[dict]
    bodies: list[dict]
    organisations: list[dict]


def load(content: Path) -> Imported:
    problems = Problems()
    def in_day_order(path: Path) -> tuple:  # '2022-05-03.md' before '2022-05-03-2.md', the day's second meeting
        match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:-(\d+))?", path.stem)
        return (path.parent, match.group(1), int(match.group(2) or 1)) if match else (path.parent, path.stem, 0)

    meetings = [read_record(p, problems) for p in sorted((content / "meetings").rglob("*.md"), key=in_day_order)]
    assert not problems.errors, problems.report()

    def registry(name: str) -> list[dict]:
        path = content / f"{name}.yml"
        return (yaml.safe_load(path.read_text(encoding="utf-8")) or []) if path.exists() else []

    return Imported([m for m in meetings if m], registry("people"), registry("bodies"), registry("organisations"))


@dataclass
class Comparison:
    meeting_misses: list[str] = field(default_factory=list)
    item_misses: list[str] = field(default_factory=list)
    attendance_misses: list[str] = field(default_factory=list)
    attendance_total: int = 0

    @property
    def attendance_rate(self) -> float:
        total = self.attendance_total
        return (total - len(self.attendance_misses)) / total if total else 1.0


def find_meeting(imported: Imported, expected: dict):
    bodies = {b["id"]: b for b in imported.bodies}
    for meeting in imported.meetings:
        body = bodies.get(meeting.body, {"name": meeting.body})
        names = [body["name"], *body.get("aliases", [])]
        if str(meeting.date) == str(expected["date"]) and body_key(expected["body"]) in {body_key(n) for n in names}:
            return meeting
    return None


def person_names(imported: Imported, person_id: str | None) -> set[str]:
    for person in imported.people:
        if person["id"] == person_id:
            return {norm(n) for n in [person["name"], *person.get("aliases", [])]}
    return set()


def decision_matches(start: str, decisions: list[str]) -> bool:
    """A decision_starts entry is a prefix of a decision, with or without a lead-in or label in front."""
    wanted = norm(start)
    return any(norm(d).startswith(wanted) or 0 <= norm(d).find(wanted) <= 45 for d in decisions)


def _meeting(comparison: Comparison, meeting, expected: dict) -> None:
    for key in ("start", "end", "venue", "type"):
        if key not in expected:
            continue
        got = getattr(meeting, key)
        if norm(got) != norm(expected.get(key)):
            comparison.meeting_misses.append(f"{expected['body']} {expected['date']}: {key} {got!r} != "
                                             f"{expected.get(key)!r}")


def _items(comparison: Comparison, imported: Imported, meeting, expected: dict) -> None:
    bodies = {b["id"]: b["name"] for b in imported.bodies}
    where = f"{expected['body']} {expected['date']}"
    for want in expected.get("items", []):
        if want.get("minute"):
            got = next((i for i in meeting.items if i.minute == want["minute"]), None)
        else:
            got = next((i for i in meeting.items if i.agenda == want["agenda"] and not i.minute), None)
        label = f"{where} item {want.get('minute') or want.get('agenda')}"
        misses = comparison.item_misses
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
        if bool(want.get("exempt")) != got.exempt:
            misses.append(f"{label}: exempt {got.exempt} != {bool(want.get('exempt'))}")
        decisions = [*got.decisions, *(r.text for r in got.recommendations)]
        if want.get("decisions") is not None and len(decisions) != want["decisions"]:
            misses.append(f"{label}: {len(decisions)} decisions != {want['decisions']}: {decisions}")
        for start in want.get("decision_starts", []):
            if not decision_matches(start, decisions):
                misses.append(f"{label}: no decision starting {start!r}")
        if want.get("recommends_to") and not any(
                norm(bodies.get(r.to, r.to)) == norm(want["recommends_to"]) for r in got.recommendations):
            misses.append(f"{label}: no recommendation to {want['recommends_to']}")


def _attendance(comparison: Comparison, imported: Imported, meeting, expected: dict) -> None:
    organisations = {o["id"]: o["name"] for o in imported.organisations}
    for want in expected.get("attendance", []):
        comparison.attendance_total += 1
        misses = comparison.attendance_misses
        label = f"{expected['body']} {expected['date']}: {want['name']}"
        if meeting is None:
            misses.append(f"{label}: meeting missing")
            continue
        names = {norm(n) for n in [want["name"], *want.get("also_spelled", [])]}
        got = next((a for a in meeting.attendance if person_names(imported, a.person) & names), None)
        if got is None:
            misses.append(f"{label}: not found")
        elif got.status != want["status"]:
            misses.append(f"{label}: status {got.status} != {want['status']}")
        elif want.get("role") and ROLE_SYNONYMS.get(norm(want["role"]), norm(want["role"])) not in {
                ROLE_SYNONYMS.get(r, r) for r in (norm(got.role), norm(got.position),
                                                  norm(organisations.get(got.organisation, "")))}:
            misses.append(f"{label}: role {got.role!r} != {want['role']!r}")
        elif want.get("substitute_for") and norm(want["substitute_for"]) not in person_names(
                imported, got.substitute_for):
            misses.append(f"{label}: substitute_for {got.substitute_for!r} != {want['substitute_for']!r}")


def compare(imported: Imported, expected_file: Path) -> Comparison:
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    comparison = Comparison()
    for want in expected["meetings"]:
        meeting = find_meeting(imported, want)
        if meeting is None:
            comparison.meeting_misses.append(f"missing meeting {want['body']} {want['date']}")
            comparison.attendance_total += len(want.get("attendance", []))
            comparison.attendance_misses += [f"{want['body']} {want['date']}: {a['name']}: meeting missing"
                                             for a in want.get("attendance", [])]
            continue
        _meeting(comparison, meeting, want)
        _items(comparison, imported, meeting, want)
        _attendance(comparison, imported, meeting, want)
        if "membership" in want and meeting.attendance:
            comparison.meeting_misses.append(f"{want['body']} {want['date']}: agenda membership read as attendance")
    return comparison
