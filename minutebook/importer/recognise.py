"""Where a meeting document starts and what it is, read from evidence rather than fixed phrases.

The heading rules of `parts.START_RULES` know the layouts they were written for. A document they do not
know is still read as a reader reads it: the lines at its top (a letterhead, a title in any case, a title
sentence wrapped over lines, labelled 'Date:' fields) are cut into candidate names of a body, each scored
by what speaks for it (a body word, a line of its own, capitals, a kind word or a date beside it, how
near the top it stands); the best one wins, and the reason is kept with the part.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath

from ..dates import find_date
from .lines import Line
from .names import title_case

# Words that name a body that meets: "Parish Council", "Board of Estimates", "Planning Commission".
BODY_WORD_RE = re.compile(
    r"(?i)\b(?:council|committee|sub-committee|subcommittee|commission|board|authority|panel|cabinet|trustees|"
    r"assembly|forum|partnership|executive|group|service area|parish meeting|town meeting|directors|"
    r"governors|vestry|senate|legislature|select board|selectboard)\b")
# What kind of document a heading announces, in the order the kinds are tried on one line.
KIND_RES: list[tuple[str, re.Pattern]] = [
    ("minutes", re.compile(r"(?i)\b(?:minutes?|proceedings|record of (?:the )?decisions?|decision notice|"
                           r"journal of proceedings)\b")),
    ("agenda", re.compile(r"(?i)\b(?:agenda|summons|notice of (?:a |the )?(?:\w+ )?meeting|"
                          r"(?:will|shall) (?:be held|hold|meet)|hereby (?:given|summoned))\b")),
]
MEETING_TYPE_RE = re.compile(
    r"(?i)\b(annual|extraordinary|special|regular|ordinary|budget|adjourned|joint|emergency)\b")
# Words around a body's name in a heading that are not part of it.
EDGE_WORDS = {"minutes", "minute", "agenda", "agendas", "notice", "and", "of", "the", "for", "a", "an", "meeting",
              "meetings", "regular", "special", "annual", "extraordinary", "ordinary", "adjourned", "joint", "revised",
              "amended", "draft", "approved", "unapproved", "action", "summary", "held", "on", "at", "from", "to",
              "in", "public", "session", "summons", "proceedings", "record", "decisions", "decision", "emergency",
              "budget", "general", "business", "hearing", "workshop", "study", "closed", "open", "this", "is", "will",
              "be", "by"}
ITEM_START_RE = re.compile(r"^\s*(?:\d{1,3}|[A-Z]|[IVXL]{1,5})[.)]\s+\S|^\s*(?:ROLL CALL|CALL TO ORDER)\b")
AUTHORITY_RE = re.compile(r"(?i)^(?:the\s+)?(?:city|town|township|county|village|borough|district|state|parish|"
                          r"municipality|corporation)\s+of\s+\S")
FILE_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")
HEADER_LINES = 30  # a heading is read from this many non-blank lines at most
MAX_WORDS = 9  # a longer run of words is a sentence, not a name (unless cut out of a title sentence)
MAX_NAME = 120  # characters: a longer 'name' is a run of text (and would not fit in a file name)


@dataclass(frozen=True)
class Recognised:
    """What a document's top says it is, with the evidence."""

    kind: str  # minutes or agenda
    body: str
    date: dt.date
    date_index: int  # index of the line the date is on (or 0 when it came from the file name)
    meeting_type: str | None
    authority: str | None
    why: str


@dataclass(frozen=True)
class Candidate:
    name: str
    index: int
    score: float
    reasons: tuple[str, ...]


def kind_of(text: str) -> str | None:
    return next((kind for kind, pattern in KIND_RES if pattern.search(text)), None)


def segments(text: str) -> list[str]:
    """A printed line cut at its wide gaps (columns) and at the joins of a title sentence
    ('MINUTES OF THE ... MEETING OF X HELD ... ON ...')."""
    parts = [p.strip() for p in re.split(r"\s{3,}|\t|\s[-–—|]\s|:\s", text) if p.strip()]
    found = []
    for part in parts:
        found.append(part)
        held = re.split(r"(?i)\b(?:held|to be held|which will be held)\b", part)[0]
        of = re.split(r"(?i)\bmeeting of\b|\bmeetings? of\b", held)
        found.extend(p for p in (held, of[-1]) if p.strip() and p.strip() != part)
    return found


def body_name(segment: str) -> str | None:
    """The name of a body left in a heading's segment once dates, times and the words around it are gone:
    'MINUTES OF THE ANNUAL PARISH MEETING 25 APRIL 2023' -> 'Parish Meeting'."""
    text = segment
    found = find_date(text)
    if found:
        text = text[:found[1].start()] + " " + text[found[1].end():]
    text = re.sub(r"(?i)\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\b\.?|\b\d{1,2}:\d{2}\b", " ", text)
    words = re.findall(r"[\w’'&#.-]+", text)
    while words and words[0].lower().strip(".") in EDGE_WORDS:
        words.pop(0)
    while words and words[-1].lower().strip(".") in EDGE_WORDS:
        words.pop()
    name = " ".join(words).strip(" .,-")
    if not name or not BODY_WORD_RE.search(name) or re.search(r"\d{3,}", name):
        return None
    if re.fullmatch(r"(?i)(?:parish|town) meeting", name) is None and name.lower().endswith(" meeting"):
        name = name[: -len(" meeting")]
    return title_case(name) if name.isupper() else name


def header(lines: list[Line], start: int = 0) -> list[int]:
    """Indexes of the non-blank lines of a document's heading: up to its first item or HEADER_LINES."""
    found = []
    for i in range(start, len(lines)):
        if lines[i].blank:
            continue
        if ITEM_START_RE.match(lines[i].text) and found:
            break
        found.append(i)
        if len(found) >= HEADER_LINES:
            break
    return found


def candidates(lines: list[Line], indexes: list[int], file_words: set[str]) -> list[Candidate]:
    found = []
    for rank, i in enumerate(indexes):
        text = lines[i].stripped
        near = " ".join(lines[j].stripped for j in indexes[max(0, rank - 2):rank + 3])
        for segment in segments(text):
            name = body_name(segment)
            if not name or len(name.split()) > MAX_WORDS or len(name) > MAX_NAME:
                continue
            score, reasons = 3.0 - 0.25 * rank, ["a body word"]
            if segment == text:
                score, reasons = score + 2, [*reasons, "a line of its own"]
            if segment.isupper():
                score, reasons = score + 1, [*reasons, "capitals"]
            if kind_of(text):
                score, reasons = score + 3, [*reasons, "a kind word on the line"]
            elif kind_of(near):
                score, reasons = score + 1.5, [*reasons, "a kind word beside it"]
            if find_date(near):
                score, reasons = score + 1, [*reasons, "a date beside it"]
            if AUTHORITY_RE.match(name):
                score, reasons = score - 3, [*reasons, "names a place (an authority)"]
            if set(re.findall(r"[a-z]+", name.lower())) & file_words:
                score, reasons = score + 1, [*reasons, "words of the file name"]
            found.append(Candidate(name, i, score, tuple(reasons)))
    return found


def file_date(name: str) -> dt.date | None:
    match = FILE_DATE_RE.search(PurePath(name).name)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _date(lines: list[Line], indexes: list[int], near: int) -> tuple[dt.date, int] | None:
    """The date nearest below (else above) the chosen name."""
    order = sorted(indexes, key=lambda i: (i < near, abs(i - near)))
    for i in order:
        found = find_date(lines[i].text)
        if found:
            return found[0], i
    return None


def _authority(lines: list[Line], indexes: list[int], body: Candidate, ranked: list[Candidate]) -> str | None:
    for other in ranked:
        if other.name.lower() != body.name.lower() and other.index <= body.index \
                and body.name.lower() not in other.name.lower():
            return other.name
    for i in indexes:
        if i < body.index and AUTHORITY_RE.match(lines[i].stripped) and len(lines[i].stripped) < 60:
            return title_case(lines[i].stripped) if lines[i].stripped.isupper() else lines[i].stripped
    return None


def recognise(lines: list[Line], start: int = 0, whole: bool = False) -> Recognised | None:
    """What the document starting at `start` is, or None when its top holds no body and date.

    With `whole`, the whole text is evidence too (a file with no heading at all): a body named in a
    sentence ('A Meeting of X will be held ...'), and a date in the file's name."""
    indexes = header(lines, start)
    if not indexes:
        return None
    file_words = set(re.findall(r"[a-z]{4,}", PurePath(lines[start].file).stem.lower()))
    ranked = sorted(candidates(lines, indexes, file_words), key=lambda c: -c.score)
    if not ranked and whole:
        rest = [i for i in range(start, min(len(lines), start + 400)) if not lines[i].blank]
        ranked = sorted(candidates(lines, rest, file_words), key=lambda c: -c.score)
    if not ranked:
        return None
    body = ranked[0]
    dated = _date(lines, indexes, body.index)
    reasons = [f"body '{body.name}' (line {lines[body.index].number}: {', '.join(body.reasons)})"]
    if dated is None:
        named = file_date(lines[start].file) if whole else None
        if named is None:
            return None
        dated = (named, 0)
        reasons.append("date from the file name")
    else:
        reasons.append(f"date on line {lines[dated[1]].number}")
    heading = " ".join(lines[i].stripped for i in indexes[:8])
    kind = next((k for i in indexes[:12] if (k := kind_of(lines[i].stripped))), None)
    if kind is None:
        body_text = " ".join(line.text for line in lines[start:start + 2000])
        kind = "minutes" if re.search(r"(?i)\b(?:resolved|seconded|carried|present:|motion passed)\b",
                                      body_text) else "agenda"
        reasons.append(f"no kind word at the top: read as {kind} from its text")
    meeting_type = MEETING_TYPE_RE.search(heading)
    return Recognised(kind, body.name, dated[0], dated[1] - start if dated[1] else 0,
                      meeting_type.group(1).lower() if meeting_type else None,
                      _authority(lines, indexes, body, ranked[1:]), "; ".join(reasons))
