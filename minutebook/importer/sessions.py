"""Several meetings in one document: a joint meeting of two bodies (one meeting per body), an agenda for
a special and a regular session, an annual meeting followed by an ordinary one.

A document's part is read as one meeting first; these rules then cut it where the document itself says a
new meeting begins - a session line ('Regular Session'), a body's own section heading in a joint
meeting ('CITY COUNCIL MEETING'), 'There then followed a normal X Meeting' - and hand the items after
the cut to a meeting of their own. Each rule is one entry of `MARKERS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from .bodynames import BODY_WORD_RE, body_name, ends_as_body
from .lines import Line, plain
from .names import title_case

TYPES = r"special|regular|ordinary|annual|extraordinary|closed|adjourned|budget"
JOINT_RES = [  # 'JOINT MEETING OF THE CITY COUNCIL AND SHORELINE REGIONAL PARK COMMUNITY', 'Joint X/Y Meeting'
    re.compile(r"(?i)\bjoint\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?P<a>.{3,80}?)\s+and\s+(?:the\s+)?(?P<b>.{3,80}?)$"),
    re.compile(r"(?i)\bjoint\s+(?P<a>[^/]{3,80}?)\s*/\s*(?P<b>.{3,80}?)\s+meeting\b"),
]
SESSION_LINE_RE = re.compile(rf"(?i)^(?P<type>{TYPES})\s+(?:session|meeting)\b(?:\s*\(.{{0,80}}\))?$")
TWO_TYPES_RE = re.compile(rf"(?i)\b({TYPES})\s+(?:and|&)\s+({TYPES})\s+(?:session|meeting)")
FOLLOWED_RE = re.compile(rf"(?i)\bthen\s+followed\s+(?:by\s+)?(?:a|an|the)\s+(?P<type>normal|{TYPES})\b.{{0,40}}?"
                         r"\bmeeting\b")
ANNUAL_RE = re.compile(r"(?i)\bannual\s+(?:general|parish|town)?\s*meeting\b|\bAGM\b")


@dataclass(frozen=True)
class Cut:
    index: int  # index in the part's lines where the new meeting starts
    body: str | None  # another body (a joint meeting), or None for the same body
    type: str | None
    why: str
    names_first: bool = False  # a session line above the first item names the part's own meeting


Marker = Callable[[list[Line], int, list[str]], "Cut | None"]


def joint_bodies(heading: list[Line]) -> list[str]:
    """The bodies a joint meeting's title names, or []."""
    texts = [plain(line.stripped) for line in heading if not line.blank]
    for n, text in enumerate(texts):
        following = texts[n + 1] if n + 1 < len(texts) else ""
        wrapped = text.isupper() and following.isupper() and len(following) < 40  # '... PARK' / 'COMMUNITY'
        for candidate in ([f"{text} {following}"] if wrapped else []) + [text]:
            for pattern in JOINT_RES:
                match = pattern.search(candidate)
                if match:
                    names = [body_name(match.group(k)) or _name(match.group(k)) for k in ("a", "b")]
                    if all(names):
                        return [n for n in names if n]
    return []


def _name(text: str) -> str | None:
    text = re.sub(r"(?i)\s+meeting$", "", text.strip(" .,"))
    return (title_case(text) if text.isupper() else text) if BODY_WORD_RE.search(text) or len(text.split()) <= 6 \
        else None


def _section_heading(lines: list[Line], i: int, bodies: list[str]) -> Cut | None:
    """'MORGAN HILL FINANCING AUTHORITY MEETING', 'CITY COUNCIL MEETING': a joint meeting's body section."""
    text = plain(lines[i].stripped)
    if not bodies or not text.isupper() or len(text) > 100:
        return None
    name = re.sub(r"(?i)\s+meeting$", "", text).lower()
    for body in bodies:
        if name == body.lower() or (ends_as_body(body) and name.endswith(body.lower()) and len(name) < 2 * len(body)):
            return Cut(i, body, None, f"the section heading '{text}' (line {lines[i].number}) of a joint meeting")
    return None


def _session_line(lines: list[Line], i: int, bodies: list[str]) -> Cut | None:
    """'Special Session (...)' / 'Regular Session (...)' in an agenda for a special and a regular meeting."""
    match = SESSION_LINE_RE.match(plain(lines[i].stripped))
    if not match:
        return None
    kind = match.group("type").lower()
    return Cut(i, None, kind, f"'{lines[i].stripped}' (line {lines[i].number}) opens a {kind} session", True)


def _followed_by(lines: list[Line], i: int, bodies: list[str]) -> Cut | None:
    """'There then followed a normal BCC Meeting': an ordinary meeting after the annual one."""
    match = FOLLOWED_RE.search(plain(lines[i].stripped))
    if not match:
        return None
    kind = "ordinary" if match.group("type").lower() == "normal" else match.group("type").lower()
    return Cut(i, None, kind, f"'{lines[i].stripped}' (line {lines[i].number})")


MARKERS: list[tuple[str, Marker]] = [
    ("section heading of a joint meeting", _section_heading),
    ("session line", _session_line),
    ("followed by another meeting", _followed_by),
]


def cuts(lines: list[Line], heading_end: int, heading: list[Line]) -> tuple[list[str], list[Cut]]:
    """The bodies of a joint meeting and the places in the part where a new meeting starts."""
    bodies = joint_bodies(heading)
    title = " ".join(plain(line.stripped) for line in heading)
    found: list[Cut] = []
    for i in range(heading_end, len(lines)):
        if lines[i].blank:
            continue
        for name, marker in MARKERS:
            if name == "session line" and not TWO_TYPES_RE.search(title):
                continue  # 'Regular Session' alone is a heading inside one meeting
            cut = marker(lines, i, bodies)
            if cut:
                found.append(cut)
                break
    return bodies, found


def primary(bodies: list[str], file: str) -> str:
    """The body a joint meeting's shared items belong to: the one the file is named for, else the first."""
    stem = PurePath(file).stem.lower().replace("-", " ")
    return next((b for b in bodies if b.lower() in stem), bodies[0])
