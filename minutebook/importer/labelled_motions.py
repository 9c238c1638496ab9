"""Motions printed as labelled lines or paragraphs, the movers before the resolution or after it:

    Moved by: Cr Black                      That the report be received.
    Seconded by: Cr Grey                    Moved Cr Black, seconded Cr Grey   (or 'Cr Black/Cr Grey', or nobody)
    That the report be received.            CARRIED
    Carried

the first as minutes in North America and Australia print them, the second as Australian, New Zealand and Canadian
minutes often do. The outcome may end the resolution's last line or the movers' line after a wide gap ('... be
received.          CARRIED'); a label or number may stand over the resolution ('MOTION', 'Resolution No. 2021-123').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .blocks import RESOLUTION_NUMBER, Block, Found
from .decisions import collect, decision_run, split_subresolutions
from .decisions_unlabelled import passive_decisions
from .drafts import ItemDraft, MotionDraft
from .mentions import SLASH_NAME, motion_matches, motion_names
from .movers import CAPITALISED_NAME, MADE_BY_RE, movers_line, untitled_name
from .names import ORGANISATION_RE, PersonName
from .outcomes import OUTCOME_LINE_RE, RESULT_TAIL, RESULT_WORDS
from .resolutions import WHEREAS_RE
from .vote_marks import vote_marks_test
from .votes import roll_call_test

# A resolution printed under its mover and seconder, which says it passed: 'And Resolved:' / '“That ...”', 'AND
# AGREED' / '“That ...”'.
RESOLVED_TEXT_RE = re.compile(r"(?i)^(?:and\s+)?(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved?|agreed)\b\s*[:,-]?\s*")
# What a resolution opens with under a line naming its movers alone ('THAT ...', 'RESOLVED THAT ...', 'Resolve that
# ...', 'WHEREAS ...', 'BE IT RESOLVED ...').
RESOLUTION_OPENS_RE = re.compile(r"(?i)^[“\"]?(?:that|resolved?|whereas|be\s+it\s+resolved|now,?\s+therefore)\b")
# A resolution's formal opening, before what it resolved: 'BE IT RESOLVED THAT', 'NOW THEREFORE BE IT RESOLVED that'.
FORMAL_OPENING_RE = re.compile(r"(?i)^(?:now,?\s+therefore,?\s+)?be\s+it\s+(?:further\s+)?resolved,?\s+(?=that\b)")
SECONDED_BY_RE = re.compile(r"^>?\s*(?:[-*•]\s+)?(?:Seconded|Seconder(?=\s*:))(?:\s+by\s*:?|\s*:|"
                            r"(?=\s+(?:Cr|Cllr|Councill?or)\b)|"
                            rf"(?=\s+{CAPITALISED_NAME}\.?$))\s+"  # ('Seconded: A', 'Seconder: A', 'Seconded Cr A',
                            # 'Seconded A B')
                            r"(?P<who>[^;:]{2,60}?)(?:\s+and)?[.;]?$", re.I)  # ('Seconded by Cr B and' over
# 'Resolved  That ...')
# A motion's text under its label, over the line naming its mover: 'Motion: that Rule 7 be amended ...'
MOTION_ABOVE_RE = re.compile(r"^(?i:motion|resolution|proposal)\s*:\s*(?P<text>(?i:that|to)\b.+)$", re.S)
# A recorded vote's first line under the resolution: 'Recorded Vote requested by A', 'A recorded vote was requested
# by A', 'Yeas: A, B', 'For (3): ...'.
VOTE_START_RE = re.compile(r"(?i)^(?:(?:an?\s+)?recorded\s+(?:vote|division)|division\b|"
                           r"(?:yeas|nays|ayes|noes|nos|for|against|in\s+favou?r|opposed|abstain(?:ed|ing|s)?)"
                           r"(?:\s*(?:\(\d{1,3}\))?\s*:|\s+[–-]\s))")
# A resolution's number over its labelled lines, words before it too: 'COUNCIL RESOLUTION 2024/031'.
NUMBER_LINE_RE = re.compile(rf"(?i)^(?:[a-z]+\s+){{0,5}}{RESOLUTION_NUMBER}$")
# What a resolution opens with: 'That ...', 'THAT ...', quoted or not.
THAT_RE = re.compile(r"^[“\"]?(?:That|THAT)\s+\S")
# A label on a line of its own over the resolution: 'MOTION', 'RESOLUTION', 'Officer recommendation', or its
# number ('Resolution No. 2021-123', NUMBER_LINE_RE).
LABEL_RE = re.compile(r"(?i)^(?:(?:council|officers?['’]?|staff|committee|foreshadowed|substantive|amended|original|"
                      r"alternate|alternative)\s+)?(?:motion|resolution|recommendation)s?:?$")
# The outcome after a wide gap at a line's end: '... be received.          CARRIED', 'Cr A/Cr B     Carried 5/2'.
OUTCOME = rf"(?P<word>carried|lost|defeated|withdrawn)\b{RESULT_TAIL}"
GAP_OUTCOME_RE = re.compile(rf"\s{{3,}}{OUTCOME}", re.I)
# ... or after the resolution's last sentence, the word capitalised at the line's end: '... as amended. Carried'
SENTENCE_OUTCOME_RE = re.compile(rf"(?<=[.!?”\"])\s{{1,2}}(?=(?-i:[A-Z])){OUTCOME}\W*$", re.I)


def gap_outcome(text: str) -> re.Match | None:
    """The outcome printed at the end of a resolution's last line, apart from it (GAP_OUTCOME_RE,
    SENTENCE_OUTCOME_RE): read under its movers' labels, where the paragraph holds nothing but the resolution."""
    return GAP_OUTCOME_RE.search(text) or SENTENCE_OUTCOME_RE.search(text)
SPACED_OUTCOME_RE = re.compile(rf"\s+{OUTCOME}", re.I)  # the same once the text's spaces are one
# Mover and seconder apart by a slash, each (or the first) with a councillor's title: 'Cr Black/Cr Grey',
# 'Cllr A. Black / Cllr Grey'.
TITLE = r"(?:Cr|Cllr|Councillor|Councilor)\.?\s+"
PAIR_RE = re.compile(rf"^(?P<mover>{TITLE}{SLASH_NAME})\s*/\s*(?P<seconder>(?:{TITLE})?{SLASH_NAME})$")
BRACKETED_NAMES_RE = re.compile(rf"^(?P<mover>(?:{TITLE})?{SLASH_NAME})\s*/\s*(?P<seconder>(?:{TITLE})?{SLASH_NAME})$")
# Mover and seconder in brackets after the label: 'Moved (Cr A/Cr B)', 'RESOLVED (Cr A/Cr B)'.
IN_BRACKETS = r"\s*\((?P<pair>[^()]{3,60})\)"
MOVED_PAIR_RE = re.compile(rf"^\W{{0,3}}(?:Moved|MOVED|Proposed|PROPOSED){IN_BRACKETS}\s*:?$")
# What was moved, then its mover after 'by' or a colon: 'Move to accept Treasurer's report by Lisa Fast', 'Move to
# open the meeting by: A', 'Move to accept the board report: A' (the name capitalised: 'by consensus' is none; what
# was moved one sentence: 'Motion to X. Moved by A, seconded by B.' is spoken_motions').
MOVE_TO_RE = re.compile(r"^\W{0,3}(?:Move|Moved|Motion)\s+(?P<what>to\s+(?:(?![.;]\s)[^:]){3,120}?)"
                        r"(?:\s+by\s*:?|\s*:)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\.?$")
BRACKETED_PAIR_RE = re.compile(rf"^\W{{0,3}}(?:RESOLVED|Resolved){IN_BRACKETS}")  # over the resolution, or before it
WITHIN = 2  # paragraphs of movers between a resolution and its outcome
DIVISION_RE = re.compile(r"(?i)^(?:division|a\s+division\s+was\s+(?:called|requested)\b.{0,40}|recorded\s+vote)\s*:?$")


def moved_by(text: str) -> tuple[PersonName | None, PersonName | None] | None:
    """The mover and seconder of a line that opens a labelled motion ('Moved by: A', 'Moved Cr A, seconded Cr B',
    'Moved (Cr A / Cr B)'); None for any other line."""
    made = MADE_BY_RE.match(text)
    if made and ORGANISATION_RE.search(made.group("who")) and not made.group("second"):
        return None  # 'proposed by IBM's Spark Technology Center': where a proposal came from, no motion moved
    if made and made.group("who")[:1].isdigit():
        return None  # 'Proposed: 1 year': what was proposed, not who
    if made:
        return untitled_name(made.group("who")), untitled_name(made.group("second")) if made.group("second") else None
    moved_to = MOVE_TO_RE.match(text)
    if moved_to:
        return untitled_name(moved_to.group("who")), None
    bracket = MOVED_PAIR_RE.match(text)
    return pair_named(bracket.group("pair"), bracketed=True) if bracket else None


def pair_named(text: str, bracketed: bool = False) -> tuple[PersonName | None, PersonName | None] | None:
    """'Cr A/Cr B': the mover and the seconder; None for any other text. In brackets after 'Moved' or 'RESOLVED' the
    names need no title ('RESOLVED (Smith/Brown)')."""
    pair = (BRACKETED_NAMES_RE if bracketed else PAIR_RE).match(text.strip())
    return (untitled_name(pair.group("mover")), untitled_name(pair.group("seconder"))) if pair else None


def recorded_vote(blocks: list[Block], i: int, item: ItemDraft | None) -> bool:
    """A recorded vote, as a roll call's labels ('Yeas: A, B') or a grid of marks (vote_marks.py)."""
    return roll_call_test(blocks, i, item) or vote_marks_test(blocks, i, item)


def made_by_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return _made_by_line(blocks, i) is not None


def _made_by_line(blocks: list[Block], i: int) -> int | None:
    """The line of a paragraph that opens a labelled motion ('Moved by: A'), first or under its number or label
    ('Resolution No. 2021-123', 'Motion', 'Foreshadowed motion'); a line of the two names alone ('J. Caruk – D.
    Bartel') where a resolution opens under it."""
    block = blocks[i]
    for n, line in enumerate(block.lines[:2]):
        if moved_by(line.stripped):
            return n
        under = block.lines[n + 1].stripped if n + 1 < len(block.lines) else \
            blocks[i + 1].lines[0].stripped if i + 1 < len(blocks) else ""
        if movers_line(line.stripped) and RESOLUTION_OPENS_RE.match(under):
            return n
        if not _labelled(line.stripped):
            return None
    return None


def _labelled_lines(block: Block, start: int) -> list[Block]:
    """A paragraph of labelled lines printed without blank lines between them, as the paragraphs they would be:
    'Moved by', 'Seconded by', the motion's text (its lines together), the outcome line, what follows."""
    lines = block.lines[start:]
    parts = [Block(lines[:1])]
    n = 1
    if n < len(lines) and SECONDED_BY_RE.match(lines[n].stripped):
        parts.append(Block(lines[n:n + 1]))
        n += 1
    outcome = next((k for k in range(n, len(lines)) if OUTCOME_LINE_RE.match(lines[k].stripped)), len(lines))
    vote = next((k for k in range(n, outcome) if VOTE_START_RE.match(lines[k].stripped)), outcome)
    parts.extend(Block(chunk) for chunk in (lines[n:vote], lines[vote:outcome], lines[outcome:outcome + 1],
                                            lines[outcome + 1:]) if chunk)
    return parts


def made_by_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Motion made by A' / 'Seconded by B' / the motion's text / a vote / 'Motion Passed (13 to 0)', each on
    its own line or paragraph: the motion, and its text as a decision when the result line says it carried.
    A paragraph of such lines is read from then on as the paragraphs they would be (`blocks` is the list the
    block rules are reading)."""
    start = _made_by_line(blocks, i) or 0
    if len(blocks[i].lines) > 1:  # labelled lines printed without blank lines between them
        number = [Block(blocks[i].lines[:start])] if start else []
        blocks[i:i + 1] = number + _labelled_lines(blocks[i], start)
        if number:
            return 1  # the resolution's number, a paragraph of its own: its motion is read next
    mover, seconder = moved_by(blocks[i].text) or movers_line(blocks[i].text)
    j = i + 1
    if j < len(blocks) and len(blocks[j].lines) > 1 and SECONDED_BY_RE.match(blocks[j].lines[0].stripped):
        blocks[j:j + 1] = [Block(blocks[j].lines[:1]), Block(blocks[j].lines[1:])]  # 'Seconded by B' / '' / 'that
        # part d) ...': the motion's text in lower case, read as going on from the label's line
    if j < len(blocks) and SECONDED_BY_RE.match(blocks[j].text):
        seconder = untitled_name(SECONDED_BY_RE.match(blocks[j].text).group("who"))
        j += 1
    if j < len(blocks):  # 'MOTION' / 'That ...' / 'CARRIED' printed as one paragraph: as the ones they would be
        blocks[j:j + 1] = _split(blocks[j])
        j += j + 1 < len(blocks) and _labelled(blocks[j].text) and bool(THAT_RE.match(blocks[j + 1].text))
    text_starts = j
    while j < len(blocks) and not (OUTCOME_LINE_RE.match(blocks[j].text) or moved_by(blocks[j].text)
                                   or blocks[j].text.lstrip("> ").startswith("|")
                                   or re.match(r"^>\s*\[!", blocks[j].text)):
        j += 1
    outcome = OUTCOME_LINE_RE.match(blocks[j].text) if j < len(blocks) else None
    if outcome is None and j < len(blocks) and not moved_by(blocks[j].text):  # a vote table first:
        after = next((k for k in range(j, min(j + 3, len(blocks)))  # its result line comes right after it
                      if OUTCOME_LINE_RE.match(blocks[k].text)), None)
        outcome = OUTCOME_LINE_RE.match(blocks[after].text) if after is not None else None
    result = outcome_result(outcome) if outcome else None
    voted = j > text_starts and recorded_vote(blocks, text_starts, item)  # the roll call straight under the movers
    told = gap_outcome(blocks[text_starts].lines[-1].stripped) if result is None and j > text_starts else None
    if told and not voted:  # 'Be it resolved that ... adopt the Agenda as amended. Carried': the outcome at its end
        result, last = outcome_result(told), blocks[text_starts].lines[-1]
        blocks[text_starts] = Block([*blocks[text_starts].lines[:-1],
                                     replace(last, text=last.stripped[:told.start()].rstrip())])
    text = blocks[text_starts].text.strip() if j > text_starts and not voted else ""
    resolved = RESOLVED_TEXT_RE.match(text) or WHEREAS_RE.match(text)
    if resolved:  # 'Resolved that X' or the preamble's 'be it resolved that X' (over 'Carried' or not): X
        result = result or "carried"
        text = resolved.group("text") if resolved.re is WHEREAS_RE else text[resolved.end():].strip()
        if not text and text_starts + 1 < j:  # 'And Resolved:' alone on its line / '' / '"That ..."': what it resolved
            text = blocks[text_starts + 1].text.strip()  # is the paragraph under it
    made = MADE_BY_RE.match(blocks[i].text)
    if made and made.group("resolved") and result is None:  # 'Proposed by A, Seconded by B and resolved:'
        result = "carried"
    if result is None and j == text_starts and i and (any(RESOLVED_TEXT_RE.match(line.stripped)
                                                           for line in blocks[i - 1].lines)
                                                       or passive_decisions(blocks[i - 1].text)):
        result = "carried"  # 'Resolved to approve the minutes.' / 'Proposed: A; Seconded: B.': the movers of the
        # resolution above them (its line the first or not), or of what it says was done ('The minutes ... were
        # approved.'), with nothing of their own under them
    moved_to = MOVE_TO_RE.match(blocks[i].text)
    item.motions.append(MotionDraft(blocks[i].first, item.title, mover, seconder, result,
                                    moved=moved_to.group("what") if moved_to and result is None else None))
    above = None
    if result == "carried" and not re.match(r"[“\"]?(?i:that|to)\b", text):
        labelled = MOTION_ABOVE_RE.match(blocks[i - 1].text.strip()) if i else None  # 'Motion: that X' / 'Moved A'
        if labelled and not text:
            above = labelled.group("text").rstrip(".")
        elif seconder is None:
            above = _statement_above(blocks, i, None if text else item.title)
    if above:  # 'Cart shall open a bank account.' / 'Proposed by: Cart' / 'Unanimously approved.'
        item.decisions.append(above)
    elif result == "carried" and not text and moved_to:  # '* Motion to approve by A' / '* Seconded by B' / '* Motion
        item.decisions.append(moved_to.group("what"))  # carried unanimously': what the label's line moved
    elif result == "carried" and text:  # 'That the Council:' / 'a) receives the report; and' / 'b) awards ...': each
        printed = [line.stripped for line in blocks[text_starts].lines]  # ('BE IT RESOLVED THAT Council ...' over
        printed[0] = FORMAL_OPENING_RE.sub("", printed[0])  # 'CARRIED': 'THAT Council ...')
        item.decisions.extend(split_subresolutions(printed) if not resolved else [text])
    roll = text_starts if voted else next((k for k in range(text_starts + 1, j) if recorded_vote(blocks, k, item)),
                                          None)
    return (roll if roll is not None else j) - i  # 'Recorded Vote:' / 'Yeas (3): ...': the roll call's rule reads it


def _statement_above(blocks: list[Block], i: int, title: str | None) -> str | None:
    """What a motion whose label follows it proposed: the paragraph over 'Proposed by: A' ('Cart shall open a bank
    account on behalf of the Foundation.', '**Cart for President.**'), where it is a statement of its own and not
    another motion's label, outcome or text; where the label opens the item, `title` (the item's, where nothing
    stands between the label and the outcome: '## Motion to adjourn' / 'Proposed by: Cart' / 'Unanimously approved.').
    """
    if i == 0:
        return title
    text = blocks[i - 1].text.strip()
    if not text or text.endswith(":") or len(text) > STATEMENT or _outcome(text) or moved_by(text) \
            or SECONDED_BY_RE.match(text):
        return None
    return text.rstrip(".")


STATEMENT = 400  # characters, at most, of a proposal stated over its proposer's label


@dataclass
class Moved:
    """Who moved a resolution and how it went, read from the paragraphs under it; `used` counts them."""

    mover: PersonName | None
    seconder: PersonName | None
    result: str
    used: int


def movers(text: str) -> tuple[PersonName | None, PersonName | None] | None:
    """The mover and seconder a paragraph holding nothing else names ('Moved Cr A, seconded Cr B', 'Moved by: A' /
    'Seconded by: B', 'Cr A/Cr B'); None for any other paragraph."""
    made = moved_by(text)
    if made:
        return made
    pair = pair_named(text)
    if pair:
        return pair
    seconded = SECONDED_BY_RE.match(text)
    if seconded:  # 'Moved Cr A' / 'Seconded Cr B', a paragraph each
        return None, untitled_name(seconded.group("who"))
    moved = motion_matches(text)
    if len(moved) == 1 and moved[0].start() == 0 and len(text) - moved[0].end() <= 2:
        return motion_names(moved[0])
    return None


def _outcome(text: str) -> str | None:
    line = OUTCOME_LINE_RE.match(text)
    if line:
        return outcome_result(line)
    gap = GAP_OUTCOME_RE.search(text)
    return outcome_result(gap) if gap else None


def outcome_result(outcome: re.Match) -> str:
    """'carried', 'lost' or 'withdrawn', from an outcome's word ('Passed', 'DEFEATED')."""
    if outcome.groupdict().get("unanimous") or outcome.groupdict().get("unanimous2"):
        return "carried"
    return RESULT_WORDS[(outcome.group("word") or outcome.groupdict().get("bare")).lower()]


def moved_under(blocks: list[Block], j: int, told: str = "") -> Moved | None:
    """The movers and outcome in the paragraphs from `j` on: up to WITHIN paragraphs of movers, then the outcome
    on a line of its own or at the end of the movers' line; or the outcome `told` at the end of the resolution
    itself. A division between them ('Division' / 'For: A, B' / 'Against: C') is the roll call rule's to read: the
    paragraphs used stop before it. None when no outcome comes before anything else."""
    mover = seconder = vote = None
    if told:
        return Moved(None, None, told, 0)
    for k in range(j, min(len(blocks), j + WITHIN + 1)):
        text = blocks[k].text.strip()
        last = blocks[k].lines[-1].stripped
        if OUTCOME_LINE_RE.match(text):
            return Moved(mover, seconder, _outcome(text), (vote if vote is not None else k + 1) - j)
        if vote is None and OUTCOME_LINE_RE.match(last) and recorded_vote(blocks, k, None):  # 'For: A, B' /
            return Moved(mover, seconder, _outcome(last), k - j)  # 'Against: C' / 'CARRIED': the vote says it
        if DIVISION_RE.match(text):
            continue
        if recorded_vote(blocks, k, None):
            vote = k if vote is None else vote
            continue
        gap = GAP_OUTCOME_RE.search(text)
        named = movers(text[:gap.start()] if gap else text)
        if named is None or k == j + WITHIN or vote is not None:
            return None
        mover, seconder = named[0] or mover, named[1] or seconder
        if gap:
            return Moved(mover, seconder, _outcome(text), k - j + 1)
    return None


def _labelled(line: str) -> bool:
    return bool(LABEL_RE.match(line) or NUMBER_LINE_RE.match(line))


def _split(block: Block) -> list[Block]:
    """A paragraph whose lines go on, without a blank line, from the resolution to its movers or outcome: as the
    paragraphs they would be (its label, the resolution's lines, then each line after it)."""
    if len(block.lines) > 1 and _labelled(block.lines[0].stripped) and THAT_RE.match(block.lines[1].stripped):
        return [Block(block.lines[:1]), *_split(Block(block.lines[1:]))]
    lines = block.lines
    cut = next((n for n in range(1, len(lines)) if OUTCOME_LINE_RE.match(lines[n].stripped)
                or moved_by(lines[n].stripped) or PAIR_RE.match(lines[n].stripped)), None)
    if cut is None:
        return [block]
    rest = [Block([line]) for line in lines[cut:]]
    for n in range(len(rest) - 1, 0, -1):  # 'Moved by: A' / 'Seconded by: B': one paragraph
        if SECONDED_BY_RE.match(rest[n].text) and moved_by(rest[n - 1].text):
            rest[n - 1:n + 1] = [Block(rest[n - 1].lines + rest[n].lines)]
    return [Block(lines[:cut]), *rest]


def _read(blocks: list[Block], i: int) -> tuple[list[str], int, Moved] | None:
    texts, used = collect(blocks, i, blocks[i].text)
    if not texts:
        return None
    last = blocks[i + max(used, 1) - 1].lines[-1].stripped
    gap = GAP_OUTCOME_RE.search(last)
    if gap:
        texts[-1] = SPACED_OUTCOME_RE.sub("", texts[-1]).strip()
    moved = moved_under(blocks, i + max(used, 1), _outcome(last) if gap else "")
    return (texts, max(used, 1), moved) if moved else None


def _unfolded(blocks: list[Block], i: int) -> list[Block]:
    """The blocks with the resolution's paragraph at `i` and the few after it split as `_split` reads them."""
    return [*blocks[:i], *(part for block in blocks[i:i + WITHIN + 2] for part in _split(block)),
            *blocks[i + WITHIN + 2:]]


def _start(blocks: list[Block], i: int) -> int:
    """Where the resolution starts: under its label, where one stands over it."""
    return i + (i + 1 < len(blocks) and _labelled(blocks[i].text) and bool(THAT_RE.match(blocks[i + 1].text)))


def resolution_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    first = _split(blocks[i])[0]  # only a paragraph opening with 'That' or a label starts one: the others are
    if not (THAT_RE.match(first.text) or _labelled(first.text)):  # told so before the item's blocks are copied
        return False
    view = _unfolded(blocks, i)
    at = _start(view, i)
    return bool(THAT_RE.match(view[at].text)) and _read(view, at) is not None


def resolution_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The resolution a decision where it carried; a motion where someone is named, or where it did not carry (a
    motion lost with nobody named is still minuted as lost). Movers named in the paragraph above, their motion
    read there with no outcome ('Moved by Cr A and seconded by Cr B' / 'MOTION' / 'That ...' / 'CARRIED'), are
    this resolution's: its outcome is theirs."""
    blocks[:] = _unfolded(blocks, i)
    at = _start(blocks, i)
    texts, used, moved = _read(blocks, at)
    if not (moved.mover or moved.seconder) and item.motions and item.motions[-1].result is None:
        item.motions[-1].result = moved.result
    elif moved.mover or moved.seconder or moved.result != "carried":
        item.motions.append(MotionDraft(blocks[at].first, item.title, moved.mover, moved.seconder, moved.result))
    if moved.result == "carried":
        item.decisions.extend(texts)
    return at - i + used + moved.used


def resolved_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'RESOLVED: That ...' (decisions.py), and the movers and outcome printed under it ('Cr A/Cr B   CARRIED')."""
    motions = len(item.motions)
    used = max(1, decision_run(blocks, i, item, found))
    bracket = BRACKETED_PAIR_RE.match(blocks[i].text)
    pair = pair_named(bracket.group("pair"), bracketed=True) if bracket else None
    if pair and len(item.motions) == motions:  # 'RESOLVED (Cr A/Cr B)'
        item.motions.append(MotionDraft(blocks[i].first, item.title, *pair, "carried"))
    moved = moved_under(blocks, i + used)
    if moved is None:
        return used
    if moved.mover or moved.seconder:
        item.motions.append(MotionDraft(blocks[i].first, item.title, moved.mover, moved.seconder, "carried"))
    return used + moved.used
