"""Attendance labels: the words before a list that say what its names are ('Present:', 'Apologies',
'Officers in attendance', 'Commissioners Absent:'), as a table of rules with a catch-all last.

A label is found however the list is printed: with a colon, a semicolon or ':-', as the key of a key/value
header row ('Attendees    A, B'), after a bullet or an item number ('1. Committee Members Present were:'),
or as a Markdown callout ('> [!abstract]- Present:').
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Context:
    """What the current label says about the names that follow it."""

    status: str = "present"
    capacity: str | None = None
    role: str | None = None
    honorific: str | None = None
    grid: bool = False  # names carry * / † marks; an unmarked name was absent
    guest: bool = False  # not members (advisers, observers, others): marked present means in attendance
    substitutes: bool = False  # lines read 'A for B', the reserve and the member replaced
    sentence: bool = False  # names are listed in a sentence: 'A (role), B and C'


# Label rules: (pattern on the label text, context it sets). First match wins. A label needs a colon,
# except the few that are whole sentences ('Apologies were received from', '... Officers attended').
BARE_LABEL_RE = re.compile(r"(?i)^(?:\(\d\)\s*)?(?:apologies\b.*\bfrom|the following .*attended|present|"
                           r"members present)\s*:?$")
LABELS: list[tuple[re.Pattern, dict]] = [
    (re.compile(r"(?i)^(?:\(\d\)\s*)?apologies(?: for absence)?(?: were| have been)? (?:received|submitted)"
                r"(?: from)?|^apologies"), {"status": "apologies", "sentence": True}),
    (re.compile(r"(?i)^in attendance:?\s*\(officers?\)|^officers? attendance|^officers? in attendance|"
                r"^(?:\(\d\)\s*)?the following .*officers? attended|^officers?\s*:?$|^officers present"),
     {"status": "in_attendance", "capacity": "officer"}),
    (re.compile(r"(?i)^(?:also )?in attendance|^also present"), {"status": "in_attendance"}),
    (re.compile(r"(?i)^(?:the )?clerk\b"), {"status": "in_attendance", "capacity": "officer"}),
    (re.compile(r"(?i)^trade union observers?"), {"capacity": "observer", "role": "Trade Union Observer",
                                                  "guest": True}),
    (re.compile(r"(?i)^independent advis[eo]rs?"), {"capacity": "adviser", "role": "Independent Adviser",
                                                     "guest": True}),
    (re.compile(r"(?i)^co-?opted members?|^co-?optees?"), {"capacity": "co-optee"}),
    (re.compile(r"(?i)^substitute members?(?: present)?\s*$|^substitut(?:ions|es)\s*$"),
     {"status": "substitute", "substitutes": True}),
    (re.compile(r"(?i)^non[- ]voting members?"), {"capacity": "non-voting"}),
    (re.compile(r"(?i)^others?:?$|^others?\b"), {"capacity": "other", "guest": True}),
    (re.compile(r"(?i)^(?:vice[- ]chair(?:man|woman)?)"), {"role": "Vice-Chair"}),
    (re.compile(r"(?i)^(?:chair(?:man|woman|person)?)"), {"role": "Chair"}),
    (re.compile(r"(?i)^reserve members?"), {"capacity": "reserve"}),
    (re.compile(r"(?i)^councillors?\s+present\b"), {"honorific": "Councillor"}),
    (re.compile(r"(?i)^councillors?\b"), {"honorific": "Councillor"}),
    (re.compile(r"(?i)^(?:attendance|attendees|members? attending|sederunt)\s*$"), {}),
    (re.compile(r"(?i)^(?:\(\d\)\s*)?present\b"), {}),
    (re.compile(r"(?i)^[\w ,'&()-]*\bmembers?(?: present)?\s*:?$"), {}),
]
APOLOGIES_SENTENCE_RE = re.compile(r"(?i)^apologies(?: for absence)? (?:were|was|had been|have been) (?:received|"
                                   r"submitted)(?: and accepted)? from\s+(?=\S)")
LEGEND_RE = re.compile(r"(?i)^[-\s]*(?:[*†‡]|\(\d\))\s*denotes\b")


def label_of(text: str) -> tuple[dict, str] | None:
    """If `text` starts with a label ('Councillors:', 'In attendance: (Officers)'), its context and the rest."""
    sentence = APOLOGIES_SENTENCE_RE.match(text)
    if sentence and ":" not in text[:sentence.end()]:  # 'Apologies for absence were received from Councillors A and'
        return {"status": "apologies", "sentence": True}, text[sentence.end():].strip()
    head, sep, rest = text.partition(":")
    if not sep:
        head, rest = text, ""
        if not BARE_LABEL_RE.match(text.strip()):
            return None
    if len(head) > 70:
        return None
    heads = [head.strip(), head.split("/")[-1].strip()] if "/" in head else [head.strip()]
    for pattern, settings in LABELS:  # 'Presennol / Present:': the label in two languages
        if any(pattern.search(h) for h in heads):
            if re.match(r"(?i)^\s*\(officers?\)", rest):
                settings = {"status": "in_attendance", "capacity": "officer"}
            rest = re.sub(r"^\s*\((?:officers?|members?)\)", "", rest, flags=re.I)
            return settings, rest.strip()
    return None


