"""Stage 4: an item's text as blocks (paragraphs), each read by the first block rule whose test() passes.

Rules are a table tried in priority order, with a catch-all last: a new decision style or sentence
pattern is one entry. A rule only adds structure; the item's text always keeps every line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .attendance import Context, make_entry, parse_region, sentence_entries
from .dates import parse_date, start_and_end
from .drafts import AttendanceDraft, DeclarationDraft, ItemDraft, MotionDraft
from .lines import Line
from .names import PersonName, parse_name


@dataclass
class Block:
    lines: list[Line]

    @property
    def text(self) -> str:
        return " ".join(line.stripped for line in self.lines)

    @property
    def first(self) -> Line:
        return self.lines[0]


@dataclass
class Found:
    """Meeting-level facts found inside items: closing times, apologies, substitutes."""

    start: str | None = None
    end: str | None = None
    attendance: list[AttendanceDraft] = field(default_factory=list)
    declaration_target: str | None = None


def to_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(Block(current))
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(Block(current))
    return blocks


DECISION_RE = re.compile(
    r"^(?:RESOLVED|AGREED|DECIDED|DECISION|Resolved|Agreed|Decided)(?:\s+(?:UNANIMOUSLY|unanimously))?"
    r"(?:\s*:\s*|\s*[-–]\s*|\s+(?=(?:that|That|To|to)\b))(.*)$")
RECOMMEND_RE = re.compile(r"^Resolved to RECOMMEND\s*:?\s*(?:\((?:to\s+)?([^)]+)\))?\s*(.*)$", re.I)
REASON_RE = re.compile(r"^Reasons? for (?:the )?Decisions?\s*:?\s*(.*)$", re.I)
ALTERNATIVES_RE = re.compile(r"^Alternative Options? Considered(?: and Rejected)?\s*:?\s*(.*)$", re.I)
SUB_RE = re.compile(r"^[-•]?\s*\((?:[ivx]+|\d+|[a-z])\)|^[-•]\s|^\d+\.\s")
STOP_RE = re.compile(r"(?i)^(?:all to note|\(?note:|\[note|\(close of meeting|reasons? for|alternative options?|"
                     r"conflict of interest|resolved|agreed|\(signed\)|chairman$)")
INTEREST_RE = re.compile(
    r"(?P<who>(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+"
    r"declared\s+(?:an?\s+)?(?P<kind>(?:disclosable\s+)?(?:non[- ]?pecuniary|pecuniary|prejudicial|personal|"
    r"other registrable)?)\s*interest(?P<rest>[^.]*)\.?(?P<after>.*)$")
MOVED_RE = re.compile(
    r"(?i)(?:to be\s+)?(?:moved|proposed) by\s+(?P<mover>.+?)\s*(?:,\s*|\s+and\s+)(?:was\s+)?seconded by\s+"
    r"(?P<seconder>[^:.;]+)")
PROPOSED_RE = re.compile(
    r"(?P<mover>(?:Cllr|Councillor)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+proposed,?\s*(?:and\s+)?"
    r"(?P<seconder>(?:Cllr|Councillor)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+seconded")
RESULT_RE = re.compile(r"(?i)\b(?:motion|amendment|proposal)\b.{0,40}?\bwas\s+(carried|lost|withdrawn|defeated|"
                       r"agreed|rejected)|^(CARRIED|LOST|WITHDRAWN)\b")
REFERENCE_RE = re.compile(r"(?i)minutes of the (?:\w+\s+)?meeting(?:s)? (?:of [^,.]+? )?held on ([^,.;]+?\d{4})")


def collect(blocks: list[Block], i: int, first: str) -> tuple[list[str], int]:
    """A decision's text, split into its numbered sub-resolutions ((1), (i), (a)) where it has them.

    Takes the marker's own paragraph plus following sub-resolutions, bullets and wrapped continuations.
    """
    texts = [first.strip()] if first.strip() else []
    lines = list(texts)
    j = i + 1
    while j < len(blocks):
        text = blocks[j].text.strip()
        so_far = " ".join(texts)
        opener = not so_far or so_far.endswith((":", ":-", "That", "that", "To", "to", "and", ",", "or", "-"))
        if STOP_RE.match(text) or DECISION_RE.match(text) or RECOMMEND_RE.match(text):
            break
        wrapped = (text[:1].islower() and not so_far.endswith("."))
        listed = so_far.endswith(":") or (texts and len(text.split()) <= 8 and "\t" in blocks[j].lines[0].text)
        if not (SUB_RE.match(text) or opener or wrapped or listed):
            break
        texts.append(text)
        lines.extend(line.stripped for line in blocks[j].lines)
        j += 1
    if len(lines) == 1 and i < len(blocks) and len(blocks[i].lines) > 1:
        lines = [first.strip(), *(line.stripped for line in blocks[i].lines[1:])]
    elif i < len(blocks) and len(blocks[i].lines) > 1:
        own = [first.strip(), *(line.stripped for line in blocks[i].lines[1:])]
        lines = own + lines[1:]
    return split_subresolutions(lines), j - i


LABEL_RE = re.compile(r"^[-•]?\s*\((\d+|[ivx]+|[a-h])\)\s*")


def split_subresolutions(lines: list[str]) -> list[str]:
    """'That (1) X; (2) Y' printed on separate lines -> ['X;', 'Y']; otherwise one decision."""
    segments: list[list[str]] = [[]]
    for line in lines:
        if LABEL_RE.match(line):
            segments.append([LABEL_RE.sub("", line)])
        else:
            segments[-1].append(re.sub(r"^[-•]\s+", "", line))
    clean = [re.sub(r"\s+", " ", " ".join(s)).strip() for s in segments]
    if len(segments) > 2 or (len(segments) == 2 and segments[0] and len(" ".join(segments[0]).split()) <= 8):
        return [c for c in clean[1:] if c]
    return [re.sub(r"\s+", " ", " ".join(" ".join(s) for s in segments)).strip()] if any(clean) else []


Rule = tuple[str, Callable[[list[Block], int, ItemDraft], bool], Callable[[list[Block], int, ItemDraft, Found], int]]


def _recommend_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = RECOMMEND_RE.match(blocks[i].text)
    texts, used = collect(blocks, i, match.group(2))
    target = (match.group(1) or "").strip()
    item.recommendations.extend((target or "council", text) for text in texts)
    return used


def _decision_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    texts, used = collect(blocks, i, DECISION_RE.match(blocks[i].text).group(1))
    item.decisions.extend(texts)
    k = i + 1
    while k < len(blocks) and k <= i + used:  # a table of substitutes printed inside the resolution
        if _substitutes_test(blocks, k, item):
            consumed = _substitutes_run(blocks, k, item, found)
            used = max(used, k - i + consumed)
            k += consumed
        else:
            k += 1
    return used


def _labelled(pattern: re.Pattern, field_name: str) -> Callable:
    def run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
        texts, used = collect(blocks, i, pattern.match(blocks[i].text).group(1))
        if texts:
            getattr(item, field_name).append(" ".join(texts))
        return used
    return run


def _declaration_target_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(re.match(r"(?i)^(?:agenda\s+)?item\s+\d+\w?\s*[–—:-]", blocks[i].text)) and len(blocks[i].text) < 200


def _declaration_target_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    found.declaration_target = blocks[i].text.strip()
    return 1


def _declarations_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    for sentence in re.split(r"(?<=\.)\s+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\b)", blocks[i].text):
        match = INTEREST_RE.search(sentence)
        if not match:
            continue
        name = parse_name(match.group("who"))
        if name is None:
            continue
        kind = re.sub(r"(?i)disclosable\s+", "", match.group("kind") or "").strip().lower().replace(" ", "-")
        kind = kind.replace("nonpecuniary", "non-pecuniary") or None
        rest = match.group("rest").strip()
        target = found.declaration_target
        item_ref = re.search(r"(?i)\bin (?:agenda )?item\s+(\w+)", rest)
        if item_ref:
            target = item_ref.group(1)
        interest = re.sub(r"(?i)^(?:in (?:agenda )?item\s+\w+\s*)?(?:in that|as|because)?\s*", "", rest).strip(" ,")
        interest = re.split(r"(?i),?\s+and\s+(?:would|left|remained|withdrew)\b", interest)[0].strip(" ,")
        after = match.group("after") + " " + rest
        left = None
        if re.search(r"(?i)\b(?:leave|left|withdr[ae]w)\b", after):
            left = True
        elif re.search(r"(?i)\bremain(?:ed)?\b", after):
            left = False
        item.declarations.append(DeclarationDraft(name, blocks[i].first, interest or None, kind, left, target))
    return 1


def _substitutes_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    first = blocks[i].lines[0].text.strip()
    if not re.match(r"(?i)^ordinary members?(?:\t|\s{2,}|$)", first):
        return False
    return "reserve" in first.lower() or (i + 2 < len(blocks) and bool(
        re.match(r"(?i)^(?:reserve|substitute) members?$", blocks[i + 2].text.strip())))


def _substitutes_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Ordinary Member<tab>Reserve Member<tab>Organisation' rows, or the two lists one after the other."""
    block = blocks[i]
    header = block.lines[0].text
    if "\t" in header:
        for line in block.lines[1:]:
            cells = [c.strip() for c in line.text.split("\t")]
            if len(cells) >= 2:
                _substitute(cells[0], cells[1], cells[2] if len(cells) > 2 else None, line, found)
        return 1
    if i + 3 < len(blocks) and re.match(r"(?i)^reserve members?$", blocks[i + 2].text.strip()):
        for ordinary, reserve in zip(blocks[i + 1].lines, blocks[i + 3].lines, strict=False):
            _substitute(ordinary.stripped, reserve.stripped, None, reserve, found)
        return 4
    return 1


def _substitute(ordinary: str, reserve: str, organisation: str | None, line: Line, found: Found) -> None:
    replaced = parse_name(ordinary)
    entry = make_entry(reserve, line, Context(status="substitute"))
    if entry is None or replaced is None:
        return
    entry.substitute_for = replaced
    entry.organisation = organisation or None
    found.attendance.append(entry)


def _motion_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    text = blocks[i].text
    match = MOVED_RE.search(text) or PROPOSED_RE.search(text)
    title = None
    if i > 0:
        previous = re.match(r"^\d+\.\s+[“\"](.+?)[”\"]?$", blocks[i - 1].text.strip())
        title = previous.group(1).strip() if previous else None
    mover, seconder = (parse_name(match.group(g).strip(" :")) for g in ("mover", "seconder"))
    result = None
    for later in blocks[i:i + 4]:
        outcome = RESULT_RE.search(later.text)
        if outcome:
            result = (outcome.group(1) or outcome.group(2)).lower().replace("defeated", "lost").replace(
                "rejected", "lost").replace("agreed", "carried")
            break
    item.motions.append(MotionDraft(blocks[i].first, title or item.title, mover, seconder, result))
    return 1


def _petition_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    text = re.sub(r"^[-•]?\s*\([ivx\d]+\)\s*", "", blocks[i].text).strip()
    following = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
    if following.startswith(("“", '"')):
        text = f"{text} {following}"
    item.petitions.append(text)
    return 1


def _apologies_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = APOLOGIES_RE.search(blocks[i].text)
    rest = match.group(1) if match else ""
    rest = re.split(r"(?<![A-Z])\.\s", rest)[0]
    found.attendance.extend(sentence_entries(rest, blocks[i].first, Context(status="apologies")))
    return 1


WELCOME_RE = re.compile(r"(?i)\bwelcomed\s+(?P<names>[A-Z][^,]+?(?:\s+and\s+[A-Z][^,]+?)?),\s*"
                        r"(?:the\s+)?representatives?\s+(?:from|of)\s+(?P<org>[^,]+?),?\s+to the meeting")


def _welcome_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'The Chair welcomed A and B, representatives from X, to the meeting' - guests in attendance."""
    match = WELCOME_RE.search(blocks[i].text)
    context = Context(status="in_attendance", capacity="other")
    for entry in sentence_entries(match.group("names"), blocks[i].first, context):
        entry.organisation = match.group("org").strip()
        found.attendance.append(entry)
    return 1


def _attendance_list_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """An attendance list printed inside an item, e.g. 'Officer Attendance:' after the signature."""
    used = 1
    lines = list(blocks[i].lines)
    if len(lines) == 1 and i + 1 < len(blocks):
        lines += blocks[i + 1].lines
        used = 2
    entries, _ = parse_region(lines)
    found.attendance.extend(entries)
    return used


APOLOGIES_RE = re.compile(r"(?i)apologies(?: for absence)? (?:were|was|had been|have been) received"
                          r"(?: and accepted)?(?: from)?\s*:?\s*(.*)")
ABSENT_RE = re.compile(r"((?:(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                       r"\s+(?:was|were)\s+absent\b")
INLINE_RE = re.compile(r"\bit was (?:RESOLVED|AGREED)\b\s*:?\s*")
RECOMMENDS_RE = re.compile(r"\brecommends? to (?:the )?([A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*)*)")


def _inline_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Cllr A proposed, Cllr B seconded, and it was RESOLVED to ...' - one decision per resolution."""
    text = blocks[i].text
    for match in INLINE_RE.finditer(text):
        rest = text[match.end():]
        end = re.search(r"(?<=[.;])\s+(?=[A-Z(]|[a-z]\)\s)|\s[a-z]\)\s|\s*\(\d+ for\b", rest)
        decision = rest[:end.start()] if end else rest
        if decision.strip():
            item.decisions.append(decision.strip())
    _motion_in(blocks, i, item)
    return 1


def _motion_in(blocks: list[Block], i: int, item: ItemDraft) -> None:
    for match in PROPOSED_RE.finditer(blocks[i].text):
        mover, seconder = (parse_name(match.group(g).strip(" :")) for g in ("mover", "seconder"))
        item.motions.append(MotionDraft(blocks[i].first, item.title, mover, seconder, "carried"))


def _catch_all(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    text = blocks[i].text
    start, end = start_and_end(text)
    found.start, found.end = start or found.start, end or found.end
    return 1


def _references(item: ItemDraft, blocks: list[Block]) -> None:
    for block in blocks:
        for match in REFERENCE_RE.finditer(block.text):
            date = parse_date(match.group(1))
            if date and f"minutes of {date.isoformat()}" not in item.references:
                item.references.append(f"minutes of {date.isoformat()}")


RULES: list[Rule] = [
    ("recommendation", lambda b, i, it: bool(RECOMMEND_RE.match(b[i].text)), _recommend_run),
    ("decision", lambda b, i, it: bool(DECISION_RE.match(b[i].text)), _decision_run),
    ("reasons", lambda b, i, it: bool(REASON_RE.match(b[i].text)), _labelled(REASON_RE, "reasons")),
    ("alternatives", lambda b, i, it: bool(ALTERNATIVES_RE.match(b[i].text)), _labelled(ALTERNATIVES_RE, "alternatives")),
    ("declaration-target", _declaration_target_test, _declaration_target_run),
    ("declaration", lambda b, i, it: bool(INTEREST_RE.search(b[i].text)), _declarations_run),
    ("substitutes", _substitutes_test, _substitutes_run),
    ("inline-resolution", lambda b, i, it: bool(INLINE_RE.search(b[i].text)), _inline_run),
    ("motion", lambda b, i, it: bool(MOVED_RE.search(b[i].text) or PROPOSED_RE.search(b[i].text)), _motion_run),
    ("petition", lambda b, i, it: bool(re.search(r"(?i)\bpetition (?:submitted|presented) by\b", b[i].text)),
     _petition_run),
    ("apologies", lambda b, i, it: bool(APOLOGIES_RE.search(b[i].text)), _apologies_run),
    ("welcome", lambda b, i, it: bool(WELCOME_RE.search(b[i].text)), _welcome_run),
    ("attendance-list", lambda b, i, it: bool(re.match(
        r"(?i)^(?:officers? attendance|officers? in attendance|in attendance|officers present)\s*:?\s*$",
        b[i].lines[0].stripped)), _attendance_list_run),
    ("text", lambda b, i, it: True, _catch_all),
]


def read_blocks(item: ItemDraft, found: Found) -> None:
    """Run the block rules over an item's lines, filling its decisions, declarations, motions, ..."""
    blocks = to_blocks(item.lines)
    found.declaration_target = None
    i = 0
    while i < len(blocks):
        for _name, test, run in RULES:
            if test(blocks, i, item):
                i += max(1, run(blocks, i, item, found))
                break
    _references(item, blocks)
    for block in blocks:  # 'Cllr H. Greaves was absent.'
        for match in ABSENT_RE.finditer(block.text):
            entry = make_entry(match.group(1), block.first, Context(status="absent"))
            if entry:
                found.attendance.append(entry)
    for decision in list(item.decisions):  # 'That the Panel recommends to Cabinet that ...'
        match = RECOMMENDS_RE.search(decision)
        if match and decision.index(match.group(0)) < 40:
            item.decisions.remove(decision)
            item.recommendations.append((match.group(1), decision))


def person_or_none(text: str | None) -> PersonName | None:
    return parse_name(text) if text else None
