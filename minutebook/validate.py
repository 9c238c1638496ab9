"""Validation rules: each takes the archive and yields problems. A new rule is one function in `RULES`."""

from __future__ import annotations

import datetime as dt
import difflib
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace

from .model import VOTE_SIDES, Archive, Meeting, Origin
from .urls import page_file

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
        for membership in person.memberships:
            yield from _unknown("body", membership.body, archive.bodies, membership.origin, f"{person.id} membership")
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


SECTIONS = ("meetings", "decisions", "bodies", "people", "organisations", "topics", "trails")  # their own index pages


def one_page_per_address(archive: Archive) -> Iterator[Finding]:
    """No two pages at one address: one would silently overwrite the other (an id 'index' is the
    address of a section's own list page)."""
    taken: dict[str, str] = {page_file(f"{section}/"): f"the {section} list page" for section in SECTIONS}
    things = [(e.url, e.origin, f"{kind} '{e.id}'") for kind, registry in (
        ("body", archive.bodies), ("person", archive.people), ("organisation", archive.organisations),
        ("topic", archive.topics)) for e in registry.values()]
    things += [(m.url, m.origin, f"meeting {m.id}") for m in archive.meetings]
    for url, origin, what in things:
        page = page_file(url)
        if page in taken:
            yield (origin, "duplicate-address", f"{what} would be published at {url}, the address of "
                   f"{taken[page]}; give it another id", "error")
        else:
            taken[page] = f"{what} ({origin.path}:{origin.line})"


def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split()[0]  # LATIN, CYRILLIC, GREEK, ...


def _deceptive(name: str) -> str | None:
    """Why a name could pass for another, or None: an invisible character (zero-width space, a bidi
    control, a soft hyphen), or letters from two scripts ('Аnn' with a Cyrillic 'А')."""
    for char in name:
        if unicodedata.category(char) == "Cf":
            return f"holds the invisible character U+{ord(char):04X}"
    scripts = sorted({_script(c) for c in name if c.isalpha()})
    if len(scripts) > 1:
        return f"mixes letters of the {' and '.join(s.title() for s in scripts)} scripts"
    return None


def names_are_what_they_look(archive: Archive) -> Iterator[Finding]:
    """A look-alike name is a second entity that looks like the first, and text naming the real one
    never links to it: warned, because a name in another script can be genuine."""
    for kind, registry in (("body", archive.bodies), ("person", archive.people),
                           ("organisation", archive.organisations), ("topic", archive.topics)):
        for entity in registry.values():
            for name in (entity.name, *getattr(entity, "aliases", ())):
                reason = _deceptive(name)
                if reason:
                    yield (entity.origin, "confusable-name", f"{kind} '{entity.id}': the name '{name}' {reason}; "
                           "retype it if it was pasted", "warning")


def held_in_the_past(archive: Archive) -> Iterator[Finding]:
    today = dt.date.today()
    for meeting in archive.meetings:
        if meeting.status == "held" and meeting.date > today:
            yield (meeting.at("date"), "held-in-future", f"a meeting on {meeting.date} cannot have been held yet; "
                   "give it 'status: scheduled', or correct the date", "warning")


def items_came_from(archive: Archive) -> Iterator[Finding]:
    """An item's `from:` names an item the archive has (trails.py links the two both ways)."""
    from .trails import Finder, resolve

    finder = None
    for meeting in archive.meetings:
        for item in meeting.items:
            for address in item.from_:
                finder = finder or Finder(archive)
                found = resolve(finder, address)
                if isinstance(found, str):
                    yield item.origin, "unknown-item", f"item '{item.label}': from: '{address}': {found}", "error"
                elif found[0] is meeting:
                    yield item.origin, "unknown-item", f"item '{item.label}': from: '{address}' is this meeting", \
                        "error"


RULES: tuple[Rule, ...] = (references, one_record_per_meeting, attendance_consistent, times_in_order,
                           one_page_per_address, names_are_what_they_look, held_in_the_past, items_came_from)


ACROSS_MEETINGS = (one_record_per_meeting, one_page_per_address, items_came_from)  # the others read one at a time


def validate(archive: Archive, problems) -> None:
    for rule in RULES:
        for origin, code, message, severity in rule(archive):
            problems.add(origin.path, origin.line, code, message, severity)


def validate_meeting(archive: Archive, meeting: Meeting, problems) -> None:
    """The problems `validate` finds in one meeting of `archive` (`build.py serve`, after an edit), without
    reading every other meeting where a rule reads one meeting at a time."""
    alone = replace(archive, meetings=(meeting,))
    for rule in RULES:
        for origin, code, message, severity in rule(archive if rule in ACROSS_MEETINGS else alone):
            if origin.path == meeting.origin.path:
                problems.add(origin.path, origin.line, code, message, severity)
