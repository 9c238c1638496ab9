"""What a heading names, read as a candidate for the meeting's body, where the heading names none by a body word.

`recognise` scores every name its heading's lines hold (the Candidate each reading gives, and the segments a printed
line is cut into); where none holds a body word it falls back on these, in order: an authority's name beside its
meeting ('Borough of Xville - Regular Meeting'), a name before 'Meeting Minutes' and the date ('ISO/TC 154 CAT
Meeting Minutes 2018-01-17'), a kind of meeting with its date ('Minutes of the Regular Meeting on October 18th, 2021').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..dates import find_date
from .bodynames import BODY_WORD_RE, body_name, is_authority, is_council, letterhead_authority
from .doc_kind import CALLED_TO_ORDER_RE
from .lines import Line, plain
from .names import title_case

AUTHORITY_NAME_RE = re.compile(r"(?i)(?:the\s)?(?P<name>(?:city|town|township|county|village|borough|district|"
                               r"municipality)\sof\s[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30}){0,3})")
MEETING_WORD_RE = re.compile(r"(?im)\b(?:regular|special|annual|ordinary|extraordinary|council|monthly|quarterly|"
                             r"adjourned)\s+meeting\b|"
                             r"^\s*(?:agenda|minutes)\s*$")


@dataclass(frozen=True)
class Candidate:
    name: str
    index: int
    score: float
    reasons: tuple[str, ...]
    sentence: str = ""  # the title sentence it was cut from, whose date is the meeting's


def segments(text: str) -> list[str]:
    """A printed line cut at its wide gaps (columns) and at the joins of a title sentence
    ('MINUTES OF THE ... MEETING OF X HELD ... ON ...')."""
    parts = [p.strip() for p in re.split(r"\s{3,}|\t|\s[-–—|]\s|:\s", text) if p.strip()]
    found = []
    for part in parts:
        found.append(part)
        held = re.split(r"(?i)\b(?:held|to be held|which will be held)\b", part)[0]
        of = re.split(r"(?i)\bmeetings?\s(?:\([^)]{1,20}\)\s)?of\b", held)
        found.extend(p for p in (held, of[-1]) if p.strip() and p.strip() != part)
    return found


OPENING_LINES = 6  # lines of text under the heading read for the sentence that opens the meeting


def authority_heading(lines: list[Line], indexes: list[int], opening: bool = False) -> Candidate | None:
    """A heading that names only its authority beside the meeting it holds, with no body word
    ('Borough of Xville - Regular Meeting', 'TOWNSHIP OF X' over 'REGULAR MEETING', or, with `opening`, 'Town of X'
    over its date and a first sentence calling the meeting to order): the authority's governing body meets, and is
    named as printed."""
    below = [line.stripped for line in lines[indexes[-1] + 1:] if not line.blank][:OPENING_LINES] if indexes else []
    opened = opening and bool(CALLED_TO_ORDER_RE.search(" ".join(below)))
    for rank, i in enumerate(indexes[:8]):
        text = plain(lines[i].stripped)
        near = "\n".join(plain(lines[j].stripped) for j in indexes[max(0, rank - 1):rank + 2])
        for segment in segments(text):
            match = AUTHORITY_NAME_RE.fullmatch(re.sub(r"\s+", " ", segment))
            if match and (MEETING_WORD_RE.search(near) or opened) and not BODY_WORD_RE.search(segment):
                name = match.group("name")
                return Candidate(title_case(name) if name.isupper() else name, i, 1.0,
                                 ("an authority's name beside its meeting, no body word in the heading",))
    return None


# A kind of meeting named with no body: 'Regular Meeting', 'Monthly Meeting', "Members' Meeting", "Member's Meeting",
# 'Business Meeting', 'User Meeting' (a software project's users'); or a meeting named for what it is for: 'Meeting for
# Worship with a Concern for Business', 'Meeting for Business'.
MEETING_KIND_RE = re.compile(r"(?i)\b(?:(?:regular|special|monthly|quarterly|ordinary|extraordinary|business|"
                             r"members['’]?|member['’]s|users?['’]?)\s+meeting\b|"
                             r"meeting\s+for\s+[a-z]+(?:\s+(?:with|of|for|on|a|an|the|and|[a-z]+)){0,6})")
MEETING_HEADING_WORDS = 12  # a longer line is a sentence of the minutes, not their heading


def meeting_heading(lines: list[Line], indexes: list[int]) -> Candidate | None:
    """A heading that names only the kind of meeting held, with its date, and no body anywhere at the top
    ('Minutes of the Regular Meeting on October 18th, 2021', 'Minutes Meeting for Worship with a Concern for
    Business' over 'March 18, 2012'): an organisation's own minutes, whose name the website or letterhead around
    them carried. The meeting is named as printed ('Regular Meeting')."""
    for rank, i in enumerate(indexes[:8]):
        text = plain(lines[i].stripped)
        near = "\n".join(plain(lines[j].stripped) for j in indexes[max(0, rank - 1):rank + 2])
        match = MEETING_KIND_RE.search(text)
        if match and len(text.split()) <= MEETING_HEADING_WORDS and find_date(near) and not BODY_WORD_RE.search(text):
            dated = find_date(match.group(0))
            name = match.group(0)[:dated[1].start()] if dated else match.group(0)
            name = re.sub(r"(?i)\s+(?:on|held|of|at|dated)\s*$", "", name.strip(" ,.-–"))
            return Candidate(title_case(name.upper()) if name.islower() or name.isupper() else name, i, 0.5,
                             ("a kind of meeting named with its date, no body in the heading",))
    return None


# The sentence opening minutes whose heading names no body: 'I. CALL TO ORDER: The Regular Meeting of the X was called
# to order by ...', 'The X met in regular session with all members present'.
OPENING_SENTENCE_RE = re.compile(
    r"(?i)(?:^|:\s+)(?:the|an?)\s+(?:[a-z-]+\s+){0,2}(?:meeting|session)\s+of\s+(?:the\s+)?(?P<body>[^,.;:()]{3,100}?)\s+"
    r"(?:was\s+(?:called\s+to\s+order|convened|opened)|convened)\b|"
    r"^(?:the\s+)?(?P<met>[^,.;:()]{3,100}?)\s+(?:met|convened)\s+in\s+(?:[a-z-]+\s+)?session\b")
OPENING_SENTENCE_LINES = 12  # lines of text at the top read for it


def opening_sentence(lines: list[Line], start: int) -> Candidate | None:
    """The body an opening sentence names, in minutes with no body in their heading (a web page's, whose title
    named the body): the meeting of the body called to order, or the body meeting in session; a public body that is
    its own authority named so too."""
    texts = [i for i in range(start, len(lines)) if not lines[i].blank][:OPENING_SENTENCE_LINES]
    for i in texts:
        match = OPENING_SENTENCE_RE.search(plain(lines[i].stripped))
        named = (match.group("body") or match.group("met")).strip() if match else ""
        name = body_name(named) or (named if is_authority(named) else None)  # ('the X Fire Protection District')
        if name:
            return Candidate(name, i, 0.5, ("an opening sentence names the body that met, no body in the heading",))
    return None


# A title naming the minutes of something by its name alone, then the date: 'ISO/TC 154 CAT Meeting Minutes
# 2018-01-17', 'TSC Meeting Minutes: March 3, 2020', 'TSC meeting 2020-04-02' (no body word: the name is the meeting's
# as printed).
NAMED_MINUTES_RE = re.compile(r"(?i)^(?P<name>[^,.;:()]{2,60}?)\s{1,3}(?:meeting(?:\s{1,3}minutes)?|minutes)"
                              r"\s{0,3}[-–:,]?\s{0,3}$")
NAMED_MINUTES_LINES = 4  # of the heading: a title is at its top
KIND_ONLY_RE = re.compile(r"(?i)(?:(?:draft|approved|regular|special|annual|ordinary|extraordinary|adjourned|"
                          r"emergency|budget|joint|general|monthly|quarterly|the)\s*)+")  # a kind of meeting, no name

OPEN_NAME_RE = re.compile(r"(?i)\b(?:of|the|and|for|to)$")  # 'MINUTES OF MEETING – 17 January 2019': no name


def named_minutes_heading(lines: list[Line], indexes: list[int]) -> Candidate | None:
    """A title line of the heading naming its meeting by a name with no body word, then 'Meeting Minutes' (or either
    word) and the date ('ISO/TC 154 CAT Meeting Minutes 2018-01-17', 'TSC meeting 2020-04-02'): the name, as printed
    (initials kept in capitals)."""
    for i in indexes[:NAMED_MINUTES_LINES]:
        text = plain(lines[i].stripped)
        dated = find_date(text)
        match = NAMED_MINUTES_RE.match(text[:dated[1].start()]) if dated else None
        if match and not KIND_ONLY_RE.fullmatch(match.group("name")) and not BODY_WORD_RE.search(match.group("name")) \
                and not OPEN_NAME_RE.search(match.group("name")):
            name = " ".join(match.group("name").split())
            initials = all(len(word) <= 4 or not word.isalpha() for word in re.split(r"[\s/-]+", name))
            return Candidate(name if initials or not name.isupper() else title_case(name), i, 0.75,
                             ("a name before 'Meeting' or 'Minutes' and the date, no body word in the heading",))
    return None


def body_parents(lines: list[Line], indexes: list[int]) -> list[str]:
    """Bodies a title says its body belongs to, on a line of their own under it: 'Technical Advisory Committee'
    over 'of the Hadbury Elections Commission', 'Finance Committee' over 'of the Board of Directors'."""
    found = []
    for i in indexes:
        match = re.match(r"(?i)of\s+(?:the\s+)?(.+)$", plain(lines[i].stripped))
        if match and i - 1 in indexes and body_name(lines[i - 1].stripped) and BODY_WORD_RE.search(match.group(1)):
            found.append(match.group(1).lower())
    return found


def parent_demoted(candidate: Candidate, parents: list[str]) -> Candidate:
    """A name that is (part of) a body another one belongs to names that parent, printed as a letterhead."""
    if not any(re.search(rf"\b{re.escape(candidate.name.lower())}\b", parent) for parent in parents):
        return candidate
    return _demoted(candidate, "the body another belongs to ('X of the Y')")


DEMOTION = 3  # what a name printed as a letterhead, not as the body, loses


def _demoted(candidate: Candidate, reason: str) -> Candidate:
    return replace(candidate, score=candidate.score - DEMOTION, reasons=(*candidate.reasons, reason))


# A name on the line that says what the document is, or under one that says only that (recognise.candidates' reasons)
NAMED_AS_SUBJECT = re.compile(r"kind word on the line|what the document is")


def letterheads_demoted(found: list[Candidate]) -> list[Candidate]:
    """An authority's name printed over one of its own bodies ('HADBURY DISTRICT COUNCIL' over 'EXECUTIVE - RECORD OF
    DECISIONS', a committee's minutes): a letterhead, the body the one below it named as what the document is of
    (not 'the Council', its own; not 'OPEN FORUM', an item's heading; not where the authority is so named)."""
    def subject(c: Candidate) -> bool:
        return any(NAMED_AS_SUBJECT.search(reason) for reason in c.reasons)

    bodies = [c.index for c in found if not is_authority(c.name) and not is_council(c.name) and subject(c)]
    return [_demoted(c, "an authority's name over one of its bodies")
            if letterhead_authority(c.name) and not subject(c) and any(index > c.index for index in bodies) else c
            for c in found]
