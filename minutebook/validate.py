"""Validation rules: each takes the archive and yields problems. A new rule is one function in `RULES`."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator

from .model import VOTE_SIDES, Archive, Origin

Finding = tuple[Origin, str, str, str]  # origin, code, message, severity
Rule = Callable[[Archive], Iterator[Finding]]


def _unknown(kind: str, ref: str | None, known: dict, origin: Origin, what: str) -> Iterator[Finding]:
    if ref and ref not in known:
        close = difflib.get_close_matches(ref, list(known), n=1, cutoff=0.8)
        hint = f"did you mean '{close[0]}'? Or add it" if close else "add it"
        yield origin, f"unknown-{kind}", f"{what}: unknown {kind} '{ref}' ({hint} to {kind_file(kind)})", "error"


def kind_file(kind: str) -> str:
    return {"person": "people.yml", "body": "bodies.yml", "organisation": "organisations.yml",
            "topic": "topics.yml"}[kind]


def references(archive: Archive) -> Iterator[Finding]:
    """Every id a record or registry uses must be registered."""
    for body in archive.bodies.values():
        yield from _unknown("body", body.parent, archive.bodies, body.origin, f"body '{body.id}' parent")
    for person in archive.people.values():
        yield from _unknown("organisation", person.organisation, archive.organisations, person.origin, person.id)
        for appointment in person.appointments:
            yield from _unknown("organisation", appointment.organisation, archive.organisations, person.origin,
                                f"{person.id} appointment")
    for meeting in archive.meetings:
        yield from _unknown("body", meeting.body, archive.bodies, meeting.at("body"), "meeting")
        for entry in meeting.attendance:
            yield from _unknown("person", entry.person, archive.people, entry.origin, "attendance")
            yield from _unknown("person", entry.substitute_for, archive.people, entry.origin, "substitute_for")
            yield from _unknown("organisation", entry.organisation, archive.organisations, entry.origin, "attendance")
        for item in meeting.items:
            what = f"item '{item.label}'"
            for topic in item.topics:
                yield from _unknown("topic", topic, archive.topics, item.origin, what)
            for rec in item.recommendations:
                yield from _unknown("body", rec.to, archive.bodies, item.origin, f"{what} recommendation")
            for dec in item.declarations:
                yield from _unknown("person", dec.person, archive.people, item.origin, f"{what} declaration")
            for motion in item.motions:
                yield from _unknown("person", motion.mover, archive.people, item.origin, f"{what} motion mover")
                yield from _unknown("person", motion.seconder, archive.people, item.origin, f"{what} motion seconder")
            for vote in item.votes:
                for side in VOTE_SIDES:
                    for person in vote.side(side):
                        yield from _unknown("person", person, archive.people, vote.origin, f"{what} vote {side}")


def one_record_per_meeting(archive: Archive) -> Iterator[Finding]:
    """Two files for the same body, day and start time are one meeting recorded twice."""
    seen: dict[tuple, Origin] = {}
    for meeting in archive.meetings:
        key = (meeting.body, meeting.date, meeting.start)
        if key in seen:
            yield (meeting.origin, "duplicate-meeting",
                   f"this meeting ({meeting.body}, {meeting.date}{', ' + meeting.start if meeting.start else ''}) "
                   f"is also recorded in {seen[key].path}; merge the two records", "error")
        else:
            seen[key] = meeting.origin


def attendance_consistent(archive: Archive) -> Iterator[Finding]:
    for meeting in archive.meetings:
        listed: dict[str, Origin] = {}
        for entry in meeting.attendance:
            if entry.person in listed:
                yield (entry.origin, "duplicate-attendance",
                       f"'{entry.person}' is listed twice (also line {listed[entry.person].line})", "error")
            listed[entry.person] = entry.origin
            if entry.substitute_for and entry.status != "substitute":
                yield entry.origin, "substitute-status", "substitute_for is given but status is not 'substitute'", \
                    "warning"


def times_in_order(archive: Archive) -> Iterator[Finding]:
    for meeting in archive.meetings:
        if meeting.start and meeting.end and meeting.end < meeting.start:
            yield meeting.at("end"), "end-before-start", f"end {meeting.end} is before start {meeting.start}", "warning"


RULES: tuple[Rule, ...] = (references, one_record_per_meeting, attendance_consistent, times_in_order)


def validate(archive: Archive, problems) -> None:
    for rule in RULES:
        for origin, code, message, severity in rule(archive):
            problems.add(origin.path, origin.line, code, message, severity)
