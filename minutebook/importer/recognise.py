"""Where a meeting document starts and what it is, read from evidence rather than fixed phrases.

The heading rules of `starts.START_RULES` know the layouts they were written for. A document they do not
know is still read as a reader reads it: the lines at its top (a letterhead, a title in any case, a title
letter-spaced or wrapped over lines, a title sentence 'a meeting of X to be held at ... on ...', labelled
'Date:' fields) and the file's name are cut into candidate names of a body, each scored by what speaks for
it (a body word, a line of its own, capitals, a kind word or a date beside it, a title sentence, how near
the top it stands); the best one wins, and the reason is kept with the part and shown in the import report.
The date beside the name is heading_dates.py's to read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath

from ..dates import find_date, numeric_order
from .attendance_labels import PRESENCE_RE, whole_label
from .bodynames import (
    AUTHORITY_RE,
    COUNCIL_KINDS,
    authority_named,
    body_name,
    first_column,
    is_authority,
    is_council,
    letterhead_authority,
)
from .doc_kind import KIND_ALONE_RE, kind_of, minutes_below, minutes_text
from .file_names import file_body, file_date, file_kind
from .heading_dates import MINUTES_NAMED_RE, heading_date, yearless_agrees, yearless_heading_date
from .lines import Line, plain
from .meeting_titles import (
    Candidate,
    authority_heading,
    body_parents,
    letterheads_demoted,
    meeting_heading,
    named_minutes_heading,
    opening_sentence,
    parent_demoted,
    segments,
)
from .names import title_case
from .numbered_lines import ITEM_LABEL

MEETING_TYPE_RE = re.compile(
    r"(?i)\b(annual|extraordinary|special|regular|ordinary|budget|adjourned|joint|emergency|agm|egm)\b")
TYPE_ABBREVIATIONS = {"agm": "annual", "egm": "extraordinary"}  # 'Annual General Meeting', 'Extraordinary ...'
ITEM_START_RE = re.compile(rf"^\s*(?:\d{{1,4}}|[A-Z]|[IVXL]{{1,5}})[.)]\s+\S|^\s*(?:ROLL CALL|CALL TO ORDER)\b|"
                           rf"^\s*{ITEM_LABEL}\W|"  # ('Item 1. Consideration of Agenda ...': an item's own words)
                           r"^\s*[•·▪◦]\s")  # (a bullet's point: 'Request to add a matter to the agenda')
# A page's title naming its minutes by date: 'Crime and Justice Transparency minutes from 3rd August 2011' (the name
# before 'minutes' is the body's, with a body word or none; 'X Draft Minutes from ...': the minutes' state is none of
# it).
DATED_TITLE_RE = re.compile(r"(?i)^(?:the\s{1,3})?(?P<body>[^,.;:()]{3,100}?)\s{1,3}(?:(?:draft|approved|unapproved|"
                            r"revised|amended|adopted)\s{1,3})?minutes\s{1,3}(?:from|of|for)"
                            r"\s{1,3}(?=\d{1,2}(?:st|nd|rd|th)?\s{1,3}[a-z]{3,9}\s{1,3}\d{4}\b|[a-z]{3,9}\s{1,3}\d{1,2}"
                            r"(?:st|nd|rd|th)?,?\s{1,3}\d{4}\b)")
FUNCTION_WORD_END_RE = re.compile(r"(?i)\s(?:the|to|a|an|of|on|in|with|at|for|and|by|from)$")  # no name ends so
# A title sentence: 'a Meeting of X to be held at ...', 'will hold a special meeting of the X in ...',
# 'Minutes of Meeting (no.435) of X held on', 'X met for a regular meeting', a dated title.
SENTENCE_RES: list[re.Pattern] = [
    re.compile(r"(?i)\b(?:meeting|session)\s{1,3}(?:\([^)]{1,20}\)\s{1,3})?of\s{1,3}(?:the\s{1,3})?"
               r"(?P<body>[^,.;:()]{3,100}?)\s{1,3}(?:(?:to|shall|will|which\s+will)\s+be\s+held|was\s+held|held|"
               r"(?=(?:in|at|on)\s))"),
    re.compile(r"(?i)^(?:the\s{1,3})?(?P<body>[^,.;:()]{3,100}?)\s{1,3}(?:met|will\s+meet|shall\s+meet)\s"),
    # a notice of the meeting: 'NOTICE IS HEREBY GIVEN that the Riverton City Council will hold a regular meeting on'
    re.compile(r"(?i)(?:^|\bthat\s{1,3})(?:the\s{1,3})?(?P<body>(?:(?!\bthat\s)[^,.;:()]){3,100}?)\s{1,3}"
               r"(?:will|shall)\s+"
               r"(?:hold|convene)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:meeting|session)\b"),
    DATED_TITLE_RE,
    # A decision form's heading: 'Decision determined at X meeting on 15 May 2025', 'Decisions taken by X on'.
    re.compile(r"(?i)\bdecisions?\s{1,3}(?:determined|taken|made)\s{1,3}(?:at|by)\s{1,3}(?:the\s{1,3})?"
               r"(?P<body>[^,.;:()]{3,100}?)\s{1,3}(?:meeting\s{1,3})?(?:on|held)\s"),
]
# 'the above Council', 'the said Committee': the title printed above names the body.
BACK_REFERENCE_RE = re.compile(r"(?i)^(?:the\s+)?(?:above|above-named|abovenamed|said|aforesaid)\b")
SUPERSCRIPT_RE = re.compile(r"(?i)(?:st|nd|rd|th)")
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
    kind_from: str = "title"  # where the kind was read: title (a kind word in the heading), file name, text


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


def _word_alone(text: str) -> bool:
    """A word or two in capitals as a paragraph of its own: a title a converter broke up a word a paragraph."""
    return len(text.split()) <= 2 and text == text.upper() and bool(re.search(r"[A-Z]", text))


def paragraphs(lines: list[Line], indexes: list[int]) -> list[tuple[int, str]]:
    """Runs of adjacent heading lines joined into one text each (a title sentence wrapped over lines, or put a
    word a paragraph: 'MINUTES OF ... CITY AND' / '' / 'COUNTY' / '' / 'COUNCIL' / '' / 'HELD' ...), with the
    index of the run's first line."""
    runs: list[tuple[int, list[str]]] = []
    for i in indexes:
        text = plain(lines[i].stripped)
        if SUPERSCRIPT_RE.fullmatch(text):  # 'th' of '8th' printed raised, on a line of its own
            continue
        broken = runs and runs[-1][1] and i - 2 in indexes and lines[i - 1].blank and (
            _word_alone(text) or _word_alone(runs[-1][1][-1])) and not runs[-1][1][-1].endswith((".", ":"))
        if runs and runs[-1][1] and (i - 1 in indexes and not lines[i - 1].blank or broken):
            runs[-1][1].append(text)
        else:
            runs.append((i, [text]))
    return [(i, re.sub(r"\s+", " ", " ".join(texts))) for i, texts in runs]


def _sentence_candidates(lines: list[Line], indexes: list[int], titles: list[Candidate]) -> list[Candidate]:
    """Bodies a title sentence names: in each paragraph of the heading, or, where the paragraph joined names none, in
    a line of it that opens a long sentence of its own under a title line ('October 14, 2024 Board Meeting Minutes' /
    'The Board of Commissioners of the X Housing Authority met on Monday, ...')."""
    found = []
    joined = paragraphs(lines, indexes)
    for n, (i, text) in enumerate(joined):
        named = _sentence_candidate(lines, indexes, titles, i, text)
        if named is None:
            end = joined[n + 1][0] if n + 1 < len(joined) else len(lines)
            named = next(filter(None, (_sentence_candidate(lines, indexes, titles, j, plain(lines[j].stripped))
                                       for j in indexes if i < j < end
                                       and SENTENCE_LINE_RE.match(lines[j].stripped))), None)
        found.extend([named] if named else [])
    return found


def _sentence_candidate(lines: list[Line], indexes: list[int], titles: list[Candidate], i: int, text: str
                        ) -> Candidate | None:
    """The body the title sentence of `text` (from line index `i`) names, by the first pattern that reads one."""
    for pattern in SENTENCE_RES:
        match = pattern.search(text)
        if not match:
            continue
        if MINUTES_NAMED_RE.search(text[:match.start()]):
            return None  # 'RESOLVED that the minutes of the meeting of X held on ...': an earlier meeting's
        printed = match.group("body").strip()
        if pattern is DATED_TITLE_RE and FUNCTION_WORD_END_RE.search(printed):
            continue  # 'Selectman A made changes to the Minutes of June 26, 2006': a sentence about other minutes
        if BACK_REFERENCE_RE.match(printed):  # 'the above Council': the title above it
            above = [c for c in titles if c.index < i]
            if not above:
                continue
            best = max(above, key=lambda c: c.score)
            return Candidate(best.name, best.index, best.score + 3,
                             (*best.reasons, f"named 'the above' by the sentence on line {lines[i].number}"),
                             text[match.end():])
        name = body_name(printed) or (title_case(" ".join(printed.split())) if pattern is DATED_TITLE_RE else None)
        if name and len(name.split()) <= MAX_WORDS:
            return Candidate(name, i, 10.0 - 0.1 * indexes.index(i),
                             ("a title sentence ('... meeting of X held ...')",), text[match.start():])
        return None
    return None


def _report_label(text: str) -> str | None:
    """The label a line's report runs in from ('Planning Commission:  Doug Graham has given up his position as
    chairman.'): the body reporting, a sentence after its colon with no date; None for a title's colon ('Planning
    Commission: Regular Meeting, May 2, 2016')."""
    label, colon, rest = text.partition(":")
    words = rest.split()
    if not colon or len(words) < REPORT_WORDS or sum(w[:1].islower() for w in words) < 3 or find_date(rest):
        return None
    return label.strip()


REPORT_WORDS = 5  # words after a label's colon, at least, for them to be a report's sentence
SENTENCE_LINE_RE = re.compile(r"^(?:The|A|An)\s+\S.{40,}")  # a line opening a long sentence of its own


DANGLING_RE = re.compile(r"(?i)\s(?:of|and|&|for|the)$")  # a line's last word that leaves a name to go on


def candidates(lines: list[Line], indexes: list[int], file_words: set[str]) -> list[Candidate]:
    found = []
    for rank, i in enumerate(indexes):
        text = plain(lines[i].stripped)
        if whole_label(text) and PRESENCE_RE.search(text):
            continue  # 'Present board members:': who attended, no body's name (but 'BOARD OF DIRECTORS' over them is)
        near = " ".join(lines[j].stripped for j in indexes[max(0, rank - 2):rank + 3])
        following = plain(lines[i + 1].stripped) if i + 1 in indexes else ""
        wrapped = f"{text} {following}" if text.isupper() and following.isupper() and len(following) < 100 else None
        reported = _report_label(text)
        for segment in [*segments(text), *([wrapped] if wrapped else [])]:
            if wrapped and DANGLING_RE.search(segment):
                continue  # 'MEETING OF THE PRESIDENT AND BOARD OF' / 'TRUSTEES ...': the name goes on below
            if segment == reported:
                continue  # 'Planning Commission:  Doug Graham has given up ...': that body's report, not the meeting
            name = body_name(segment)
            if not name or len(name.split()) > MAX_WORDS or len(name) > MAX_NAME:
                continue
            score, reasons = 3.0 - 0.25 * rank, ["a body word"]
            if segment == text:
                score, reasons = score + 2, [*reasons, "a line of its own"]
            elif segment == wrapped:
                score, reasons = score + 2, [*reasons, "a title wrapped over lines"]
            if segment.isupper():
                score, reasons = score + 1, [*reasons, "capitals"]
            if kind_of(text):
                score, reasons = score + 3, [*reasons, "a kind word on the line"]
            elif rank and indexes[rank - 1] == i - 1 and kind_of(above := plain(lines[i - 1].stripped)) \
                    and not any(body_name(s) for s in segments(above)):
                score, reasons = score + 3, [*reasons, "under a line that says only what the document is"]
            elif kind_of(near):
                score, reasons = score + 1.5, [*reasons, "a kind word beside it"]
            if find_date(near):
                score, reasons = score + 1, [*reasons, "a date beside it"]
            if AUTHORITY_RE.match(name):
                score, reasons = score - 3, [*reasons, "names a place (an authority)"]
            if set(re.findall(r"[a-z]+", name.lower())) & file_words:
                score, reasons = score + 1, [*reasons, "words of the file name"]
            found.append(Candidate(name, i, score, tuple(reasons)))
    found = [parent_demoted(c, parents) for c in found] if (parents := body_parents(lines, indexes)) else found
    return letterheads_demoted(found) + _sentence_candidates(lines, indexes, found)


GENERIC_BODY_RE = re.compile(rf"(?i)(?:(?:{COUNCIL_KINDS}|full)\s+)?\S+")


def _named_in_full(ranked: list[Candidate]) -> Candidate:
    """The best candidate; but where it is a body word alone, or with the kind of council it is ('Minutes of the
    Annual Meeting of the Council' or 'the Meeting of the Parish Council' under 'Little Snoring Parish Council'), the
    heading's name that ends with it: the same body in full."""
    best = ranked[0]
    if not GENERIC_BODY_RE.fullmatch(best.name):
        return best
    return next((c for c in ranked[1:] if c.score > 0 and c.name.lower().endswith(" " + best.name.lower())
                 and "a line of its own" in c.reasons and not re.match(r"(?i)the\s", c.name)
                 and all(w[:1].isupper() or w in ("of", "and", "&", "for", "the") for w in c.name.split())), best)


KIND_WORD_RE = re.compile(r"(?i)^(?:minutes|agenda)\s+|\s+(?:minutes|agenda)$")  # a part's kind beside a name


def _authority(lines: list[Line], indexes: list[int], body: Candidate, ranked: list[Candidate]) -> str | None:
    """The authority a heading prints above its body: a line naming it alone ('CITY OF MENLO PARK', 'The Corporation
    of the Township of X', a letterhead's first column; over a committee or board, 'PUNE MUNICIPAL CORPORATION',
    'ARGYLL AND BUTE COUNCIL'), else another name the heading gives that is an authority's ('Ashcombe Parish Council'
    over its 'Planning Committee')."""
    named_at = next((i for i in indexes if body.name.lower() in lines[i].stripped.lower()), body.index)
    upto = max(body.index, named_at)  # the heading's lines down to where it names the body
    for i in indexes:
        text = plain(first_column(lines[i].stripped))
        if i < upto and len(text) < 60 and text.lower() != body.name.lower() \
                and (AUTHORITY_RE.match(text) or not is_council(body.name) and letterhead_authority(text)):
            return title_case(text) if text.isupper() else text
    for i in (i for i in indexes if i <= upto):  # 'Regular Meeting of the Port of Alsea Board of
        # Commissioners', 'The Fayette Township Board of Supervisors held ...': the body named with its authority
        if authority := next(filter(None, map(authority_named, segments(plain(lines[i].stripped)))), None):
            return authority
        named = (KIND_WORD_RE.sub("", s).strip(" -–—,") for s in segments(plain(lines[i].stripped)))
        if authority := next((s for s in named if len(s) < 60 and AUTHORITY_RE.match(s)), None):
            return authority  # '19 November, 2014 – Ordinary Meeting of Council – Minutes Shire of Kent': its own part
    told = (m.group("body") for pattern in SENTENCE_RES if body.sentence and (m := pattern.search(body.sentence)))
    if authority := next(filter(None, map(authority_named, told)), None):
        return authority  # '... Meeting of the Board of Trustees of the Village of Oak Brook' over lines
    for other in ranked:
        if other.name.lower() != body.name.lower() and other.index <= body.index and is_authority(other.name) \
                and body.name.lower() not in other.name.lower() and other.name.lower() not in body.name.lower():
            return other.name
    return None


PROSE_WORDS = 15  # words in lower case, at least, on a line of a paragraph's prose (no heading has so many)


TOLD_RE = re.compile(r"\b(?:[Mm]oved|[Ss]econded|inquired|approved|adopted|carried)\b")  # what was done, told


SEE_ALSO_RE = re.compile(r"(?i)^(?:see\s+also|related(?:\s+(?:documents|papers|links))?|links?)\s*:")


def _kind(lines: list[Line], start: int, indexes: list[int]) -> tuple[str, str]:
    """Minutes where a line of the heading says so alone ('MINUTES - Unapproved' under a meeting system's 'Board
    Meeting Agenda at 6:30 p.m.', the meeting's name), else the first a heading announces (not a numbered item's 'items
    on the agenda'), else the file name's, else what the text records."""
    for i in range(start, min(len(lines), (indexes[min(len(indexes), 12) - 1] + 4) if indexes else start)):
        if alone := KIND_ALONE_RE.match(plain(lines[i].stripped)):
            return alone.group("kind").lower(), "title"
    for i in indexes[:12]:
        if len(re.findall(r"\b[a-z]{2,}\b", lines[i].text)) >= PROSE_WORDS or TOLD_RE.search(lines[i].text) \
                or SEE_ALSO_RE.match(lines[i].stripped):
            continue  # '... Commissioner A made a motion to approve the agenda as presented.', 'Moved by Mrs. A that
            # the agenda be approved as presented.': told, not announced; 'See also: Agenda, IRC log': links to the
            # meeting's other papers
        if not ITEM_START_RE.match(lines[i].text) and (kind := kind_of(plain(lines[i].stripped))):
            return ("minutes" if kind == "agenda" and minutes_below(lines, start, HEADER_LINES) else kind), "title"
    named = file_kind(lines[start].file)
    if named:
        return named, "file name"
    text = "\n".join(line.text for line in lines[start:start + 2000])
    return ("minutes" if minutes_text(text) else "agenda"), "text"


def recognise(lines: list[Line], start: int = 0, whole: bool = False,
              given: dt.date | None = None) -> Recognised | None:
    """What the document starting at `start` is, or None when its top holds no body and date.

    With `whole`, the whole text is evidence too (a file with no heading at all): a body named in a
    sentence ('A Meeting of X will be held ...'), the body and date in the file's name. A date `given` (the user's
    --date) stands for one the top does not print."""
    indexes = header(lines, start)
    if not indexes:
        return None
    file = lines[start].file
    file_words = set(re.findall(r"[a-z]{4,}", PurePath(file).stem.lower()))
    order = numeric_order("\n".join(line.text for line in lines[start:start + 300]))
    ranked = sorted(candidates(lines, indexes, file_words), key=lambda c: -c.score)
    printed = bool(ranked) and ranked[0].score > 0  # a body the heading prints, before the file name's is added
    named_body = file_body(file) if whole else None
    if named_body and not any(named_body.lower() in c.name.lower() for c in ranked[:1]):
        ranked.append(Candidate(named_body, start, 2.0, ("the file name",)))
        ranked.sort(key=lambda c: -c.score)
    if not ranked and (authority := authority_heading(lines, indexes)):
        ranked = [authority]
    if not printed and (named := named_minutes_heading(lines, indexes)):
        ranked = [named]  # (a body word only far below the title: a working group's heading among the items; the
        # title's name over the file's: 'Castle Canoe Club Minutes 5 April 2009')
    if not ranked and (meeting := meeting_heading(lines, indexes)):
        ranked = [meeting]
    if not ranked and (opening := opening_sentence(lines, start)):
        ranked = [opening]
    if not ranked and whole:
        rest = [i for i in range(start, min(len(lines), start + 400)) if not lines[i].blank]
        ranked = sorted(candidates(lines, rest, file_words), key=lambda c: -c.score)
    if not ranked and (authority := authority_heading(lines, indexes, opening=True)):
        ranked = [authority]  # ('Town of X' / its date / 'Chair A called the monthly meeting to order ...')
    if not ranked:
        return None
    body = _named_in_full(ranked)
    dated = heading_date(lines, indexes, body, order)
    reasons = [f"body '{body.name}' (line {lines[body.index].number}: {', '.join(body.reasons)})"]
    named = file_date(file)
    if body.sentence and named and yearless_agrees(body.sentence[:120], named) and (dated is None or dated[0] != named):
        dated = (named, body.index)
        reasons.append("day and month in the title sentence, the year from the file name")
    elif dated is None and named is not None and whole:
        yearless = next((i for i in indexes if yearless_agrees(lines[i].text, named)), start)  # '3pm, Sunday 20th
        dated = (named, yearless)  # February' under the title: the date's line, where its time and place are
        reasons.append("date from the file name")
    elif dated is None and given is not None:
        dated = (given, start)
        reasons.append("the date given")
    elif dated is None:  # no file name's date to go by: the year the heading or the document prints
        dated = yearless_heading_date(lines, indexes, body)
        if dated is None:
            return None
        reasons.append(f"day and month on line {lines[dated[1]].number}, the year the document prints")
    else:
        reasons.append(f"date on line {lines[dated[1]].number}")
    heading = " ".join(lines[i].stripped for i in indexes[:8])
    kind, kind_from = _kind(lines, start, indexes)
    if kind_from != "title":
        reasons.append(f"no kind word at the top: read as {kind} from its {kind_from}")
    meeting_type = MEETING_TYPE_RE.search(heading)
    return Recognised(kind, body.name, dated[0], dated[1] - start,
                      TYPE_ABBREVIATIONS.get(kind_word := meeting_type.group(1).lower(), kind_word) if meeting_type
                      else None,
                      _authority(lines, indexes, body, ranked[1:]), "; ".join(reasons), kind_from)
