"""Expected attendance: the meetings a member was expected at, and what the record says happened at each.

A member of a body (a membership whose role expects attendance: member, chair, vice-chair, co-optee) is
expected at every meeting that body held during the membership. Counting only the meetings where the minutes
name someone overstates their record: a member the minutes never mention was not there. This is how
ModernGov's attendance figures work, and the person page shows both kinds of figure, saying which it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .model import Archive, Attendance, Meeting, Membership, Person

Attended = list[tuple[Meeting, Attendance]]
OUTCOMES = ("present", "apologies", "absent", "not_recorded")
COUNTED = ("present", "apologies", "absent")  # what a share is taken of: 'not recorded' says nothing


@dataclass(frozen=True)
class Expected:
    """One meeting a member was expected at, the membership that expected them, and the outcome."""

    meeting: Meeting
    membership: Membership
    outcome: str  # one of OUTCOMES
    entry: Attendance | None  # their own attendance entry, where the record has one


Rule = tuple[str, Callable[[Meeting, Attendance | None, str], bool], str]

# What the record says -> the outcome; tried in order, the catch-all last. A member replaced by a substitute
# sent apologies (that is what a substitution is); a member left out of a meeting's attendance list was absent;
# a meeting with no attendance list at all (an agenda only, minutes without one) says nothing.
RULES: tuple[Rule, ...] = (
    ("attended", lambda m, e, who: e is not None and e.status in ("present", "substitute", "in_attendance"),
     "present"),
    ("sent apologies", lambda m, e, who: e is not None and e.status == "apologies", "apologies"),
    ("recorded absent", lambda m, e, who: e is not None and e.status == "absent", "absent"),
    ("replaced by a substitute", lambda m, e, who: any(a.substitute_for == who for a in m.attendance), "apologies"),
    ("left out of the list", lambda m, e, who: bool(m.attendance), "absent"),
    ("no attendance recorded", lambda m, e, who: True, "not_recorded"),
)


def outcome(meeting: Meeting, person_id: str) -> tuple[str, Attendance | None]:
    entry = next((a for a in meeting.attendance if a.person == person_id), None)
    return next(result for _, test, result in RULES if test(meeting, entry, person_id)), entry


def expected_meetings(archive: Archive, person: Person) -> list[Expected]:
    """Every held meeting of a body during the person's expected membership of it, oldest first; a meeting
    two overlapping memberships cover (member, then chair) is counted once."""
    seen: dict[str, Expected] = {}
    for membership in person.memberships:
        if not membership.expected:
            continue
        for meeting in archive.meetings_of(membership.body):
            if meeting.status != "held" or meeting.id in seen or not membership.covers(meeting.date):
                continue
            result, entry = outcome(meeting, person.id)
            seen[meeting.id] = Expected(meeting, membership, result, entry)
    return sorted(seen.values(), key=lambda e: e.meeting.sort_key)


def tally(expected: list[Expected], key: Callable[[Expected], object]) -> dict[object, Counter]:
    """Outcomes counted per key (a body, a year), in order of first appearance."""
    counts: dict[object, Counter] = {}
    for entry in expected:
        counts.setdefault(key(entry), Counter())[entry.outcome] += 1
    return counts


def share(counts: Counter) -> float | None:
    """Present as a share of the meetings whose outcome is known; None when none is."""
    known = sum(counts[o] for o in COUNTED)
    return counts["present"] / known if known else None


def unexpected(attended: Attended, expected: list[Expected]) -> Attended:
    """Of the meetings the record has the person at (`attended`), those no membership expected them at (a
    substitute's, an officer's, a guest's): listed beside the figures, never counted in them."""
    counted = {e.meeting.id for e in expected}
    return [(m, a) for m, a in attended if m.id not in counted and a.status != "apologies"]
