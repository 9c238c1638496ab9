"""Offices the minutes print before a member's name in their text, read as that member's role, and the
full names a roster in the heading gives the surnames of a roll call.

A roll call often lists members by surname or name alone ('Council Members NAUSER, PETERS, MCDAVID ...',
'Present: J. Morgan, S. Lewis, ...') while the text names the office each time ('Mayor McDavid opened the
public hearing', 'Deputy Mayor S. Lewis in the Chair', 'Cllr. A. Bell took the Chair'). The office is the
member's role when the roll gave none, or only the title every member has.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .drafts import AttendanceDraft
from .lines import Line
from .nameentry import ROLE_KEYWORDS
from .names import MEMBERSHIP_ROLES, POST_SURNAME_RE, looks_like_name, parse_name, surname

# Offices that name one person of the body, longest first; the catch-all is no office.
OFFICES: list[tuple[str, str]] = [
    (r"Deputy\s+Mayor", "Deputy Mayor"),
    (r"Vice[- ]Mayor", "Vice Mayor"),
    (r"Mayor\s+Pro\s+Tem(?:pore)?", "Mayor Pro Tem"),
    (r"(?<!Deputy )(?<!Vice )(?<!Vice-)(?<!Lord )Mayor", "Mayor"),
    (r"(?:Vice|Deputy)[- ]Chair(?:man|woman|person)?", "Vice Chair"),
    (r"(?<!Deputy )(?<!Vice )(?<!Vice-)Chair(?:man|woman|person)?", "Chair"),
    (r"Vice[- ]President", "Vice President"),  # a senate's or a board's presiding officers
    (r"(?<!Vice )(?<!Vice-)President", "President"),
]
NAME = r"(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][a-zA-Z'’-]{1,30})(?![a-zA-Z'’-])"
# ... or a given name, a middle initial and a surname on the office's own line ('Chairman: Jane O Ritchie' on a
# signature line; across lines a name after an office may be the next of a list: 'Roan Kattouw, Vice Chair' /
# 'Carl Hage')
FULL_NAME = r"(?P<full>[A-Z][a-z]+[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][a-zA-Z'’-]{1,30})(?![a-zA-Z'’-])"
OFFICE_RES = [(re.compile(rf"\b{pattern}:?(?:[ \t]+{FULL_NAME}|\s+{NAME})"), office) for pattern, office in OFFICES]
# ... or a sentence that says the member presided: 'Cllr. A. Bell took the Chair', 'Mr Hale was in the chair',
# 'Stephan Deibel presided at the meeting.', 'Mr B Lobban in the Chair' (a line of its own: '... places Councillor A
# in the Chair' in a sentence is someone chairing for a while)
OFFICE_RES.append((re.compile(rf"\b{NAME}\s+(?:took|was\s+in|assumed|remained\s+in)\s+the\s+(?i:chair)\b"), "Chair"))
OFFICE_RES.append((re.compile(rf"(?m)^(?:[A-Z][\w.]*\s+){{0,3}}{NAME}\s+in\s+the\s+(?i:chair)\.?$"), "Chair"))
OFFICE_RES.append((re.compile(rf"\b{NAME}\s+presided(?:\s+(?:at|over)\s+the\s+(?:meeting|session))?\b"), "Chair"))
# ... or the sentence naming the meeting's officers: 'Larry Gray serving as Secretary and Edwin Schmierer as Treasurer'
for _pattern, _office in [(r"Secretary", "Secretary"), (r"Treasurer", "Treasurer"), (r"Clerk", "Clerk"), *OFFICES]:
    OFFICE_RES.append((re.compile(rf"\b{NAME}\s+(?:serving|acting)\s+as\s+(?:the\s+)?{_pattern}\b"), _office))
    OFFICE_RES.append((re.compile(rf"\b(?:serving|acting)\s+as\s+[^.;]{{1,60}}?\s+and\s+(?:[A-Z][a-z]+\s+)?{NAME}\s+as\s+"
                                  rf"(?:the\s+)?{_pattern}\b"), _office))
# ... or the office a sentence opens with, the member who acted in it after: 'As chairperson, Jon Pretty conducted the
# meeting' (not '... presided as Chair, Ben Lee serving as Secretary': another's office before a name).
for _pattern, _office in OFFICES:
    OFFICE_RES.append((re.compile(rf"(?:^|(?<=[.!?]\s))As\s+(?:the\s+)?(?i:{_pattern}),\s+{FULL_NAME}", re.M), _office))
# ... or the member chairing in another's place: 'Terence Eden, standing in as chair, welcomed the members'.
OFFICE_RES.append((re.compile(rf"\b{NAME},?\s+(?:standing\s+in|acting|sitting)\s+as\s+(?:the\s+)?"
                              r"(?i:chair(?:man|woman|person)?)\b"), "Chair"))


def _initials_agree(printed: str, name: str) -> bool:
    """'J. Morgan' is 'J. Morgan' or 'John Morgan', not 'S. Morgan'; a surname alone agrees with any."""
    initials = re.findall(r"\b([A-Z])\.", printed)
    return not initials or name[:1].upper() == initials[0]


def read_offices(attendance: list[AttendanceDraft], lines: list[Line]) -> None:
    """Give each present member the office the text prints before their name, where the text gives that
    office to one member only and the member has no role of their own. A member two roll calls list (one after a
    recess) is one member."""
    text = "\n".join(line.stripped for line in lines if not line.blank)
    present = [a for a in attendance if a.status == "present" and a.capacity in (None, "member")]
    by_surname: dict[str, list[AttendanceDraft]] = {}
    for entry in present:
        by_surname.setdefault(surname(entry.name.name), []).append(entry)
    holders: dict[str, set[str]] = {}
    for pattern, office in OFFICE_RES:
        for match in pattern.finditer(text):
            printed = match.groupdict().get("full") or match.group("name")
            found = {a.name.name for a in by_surname.get(surname(printed), []) if _initials_agree(printed, a.name.name)}
            if len(found) == 1:
                holders.setdefault(office, set()).update(found)
    for office, names in holders.items():
        if len(names) != 1:
            continue  # two members called Mayor: a former one, or a misreading; leave both as they are
        for entry in (a for a in present if a.name.name in names):
            if entry.role is None or entry.role.lower() in MEMBERSHIP_ROLES:
                entry.role = office


# A roster line of a heading: a full name alone, or with its post after a comma ('Ann Bell, Chair').
ROSTER_RE = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]*){1,3})(?:,\s*(?P<role>[A-Z][\w -]{1,40}))?$")


def roster_names(attendance: list[AttendanceDraft], heading: list[Line]) -> None:
    """A roll call by surname ('Present: Members Hale, Bell') under a heading that prints the body's
    members in full, one a line ('Tom Hale', 'Ann Bell, Chair'): each surname that one full
    name of the roster ends with is that person, and takes the post printed beside it when it has none."""
    roster: dict[str, list[tuple[str, str | None]]] = {}
    for cell in (cell for line in heading for cell in re.split(r"\s{3,}", line.stripped)):  # (two a line, in columns)
        match = ROSTER_RE.match(cell)
        role = match and match.group("role")
        if match and looks_like_name(match.group("name")) and (not role or ROLE_KEYWORDS.search(role)):
            named = parse_name(match.group("name"))  # 'Mayor Jerry Merrill': the office is the post, not the name
            if POST_SURNAME_RE.fullmatch(named.name):
                continue  # 'Manager Herbek': a post and the surname, no fuller name of anyone
            roster.setdefault(surname(named.name), []).append((named.name, role or named.role))
    for entry in attendance:
        found = roster.get(surname(entry.name.name), [])
        if len(entry.name.name.split()) != 1 or len(found) != 1:
            continue  # a full name is as printed; two of the roster share the surname: leave it
        full, role = found[0]
        entry.name = replace(entry.name, name=full)
        if role and (entry.role is None or entry.role.lower() in MEMBERSHIP_ROLES):
            entry.role = role


SIGNATURE_LINES = 12  # the signature block is among the last non-blank lines of minutes (page footers below it)


def signature_block(lines: list[Line]) -> list[Line]:
    """The lines that sign the minutes at their end, a name and a post a line ('Jenifer Sheetz, President' /
    'Melissa Penilla, Board Clerk'): a roster of full names for a roll call by surname."""
    tail = [line for line in lines if not line.blank][-SIGNATURE_LINES:]
    return [line for line in tail if (match := ROSTER_RE.match(line.stripped)) and match.group("role")
            and ROLE_KEYWORDS.search(match.group("role")) and looks_like_name(match.group("name"))]

