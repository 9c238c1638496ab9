"""Rules for people named in an item's text: motions and their movers, petitions, substitutes tables, apologies and
absence sentences, guests welcomed, officer lists. Declarations of interest are `declarations.py`.
"""

from __future__ import annotations

import re

from .attendance import parse_region
from .attendance_labels import Context
from .blocks import Block, Found, read_once
from .decisions_unlabelled import passive_decisions
from .drafts import ItemDraft, MotionDraft
from .lines import Line
from .nameentry import make_entry
from .namelist import sentence_entries
from .names import PersonName, parse_name
from .outcomes import outcome_of
from .tallies import by_majority, counts_of

WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"  # 'J.' or 'Plowden': a full stop after an initial only, never a sentence's
# A word that opens the next sentence, never a name's ('SECONDED by Cllr. Behan' / 'It was AGREED to ...')
NOT_NAME = r"(?!(?:It|The|That|THAT|This|There|He|She|They|We|All|And|Motion|Carried|CARRIED|Agreed|AGREED)\b)"
PERSON = rf"(?:(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr)\.?\s+|the\s+)?{WORD}(?:\s+{NOT_NAME}{WORD}){{0,3}}"
# 'Cllr White. All in favour': one word (and never the next line's: 'seconded Cr Lind' / 'That the report be
# received.')
COUNCILLOR = rf"(?:Cllr|Cr|Councill?or)\.?\s+{WORD}(?:[ \t]+{NOT_NAME}[A-Z][\w'’-]+)?"

MOVED_RE = re.compile(  # 'To be moved by Councillor A and seconded by Councillor B', 'moved by A, seconded by B', 'A
    # motion was made by Director A, seconded by Director B and carried with the following vote:', 'were
    # proposed as a true record by A and seconded by B', 'proposed by Mr. A and duly seconded by B'
    rf"(?i:(?:to be\s+)?(?:moved|proposed|motion\s+was\s+made)(?:\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+record)?"
    rf" by)\s+"
    rf"(?P<mover>{PERSON})\s*(?:,\s*|\s+and\s+)(?i:(?:was\s+)?(?:duly\s+)?seconded by)\s+(?P<seconder>{PERSON})")


PROPOSED_RE = re.compile(  # 'Cllr A proposed, Cllr B seconded'
    rf"(?P<mover>{COUNCILLOR})\s+proposed,?\s*(?:and\s+)?(?P<seconder>{COUNCILLOR})\s+seconded")
TITLED = rf"(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+{WORD}(?:\s+{NOT_NAME}{WORD})?"  # 'Mr Jones', 'Mrs A Hart'
# 'Mr A moved and Mrs B seconded the recommendations ...' (not '... the following amendment': amendment_run's)
MOVED_AND_SECONDED_RE = re.compile(rf"(?P<mover>{TITLED})\s+moved\s+and\s+(?P<seconder>{TITLED})\s+seconded\b"
                                   r"(?!\s+(?:an|the\s+following)\s+amendment)")


# A name after a label, stopping at the next label ('Proposed: Jane Smith Seconded: John Brown'), nor the resolution's
# first word on the line below ('Seconded: Cr B' / 'That ...', 'THAT ...').
LABEL_STOP = (r"(?!(?:Seconded|Seconder|Second|Proposed|Proposer|Moved|Mover|Carried|CARRIED|Agreed|Unanimous|That|"
              r"THAT|The|To|Vote|VOTE)\b)(?![A-Z][\w'’-]*:)")  # (nor the next label: 'SECONDED: Mr B DECISION: passed')
LABELLED_PERSON = rf"(?:(?i:Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr)\.?\s+)?{LABEL_STOP}{WORD}(?:\s+{LABEL_STOP}{WORD}){{0,3}}"
# 'Smith', 'J. Smith', 'Jo Smith' in 'Smith/Brown' (never 'Seconded' in 'Moved Cr A / Seconded Cr B')
SLASH_NAME = r"(?!(?i:seconded|second)\b)(?:[A-Z]\.\s?)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"

# A full stop inside a sentence: after an abbreviation ('Co.', 'No.', 'J.') or between a number's digits ('18.5')
INNER_STOP = (r"(?:(?:(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bMrs)|(?<=\bInc)|(?<=\bLtd)|(?<=\bCo)|(?<=\bCorp)|"
              r"(?<=\bNo)|(?<=\bNos)|(?<=\bSt)|(?<=\b[A-Z]))\.|(?<=\d)\.(?=\d))")

# Every way a motion's mover and seconder are printed: one table, read in order of appearance.
MOTION_RES = [
    MOVED_RE,
    PROPOSED_RE,
    MOVED_AND_SECONDED_RE,
    re.compile(rf"\b(?i:proposed)(?:\s+by)?\s+(?P<mover>{COUNCILLOR}),?\s+(?i:seconded)(?:\s+by)?\s+"
               rf"(?P<seconder>{COUNCILLOR})"),  # 'Proposed Cllr A, seconded Cllr B'
    re.compile(rf"(?P<mover>{COUNCILLOR}),\s+seconded by\s+(?P<seconder>{COUNCILLOR}),\s+moved\b"),  # Scottish
    re.compile(rf"(?P<mover>{PERSON})\s*\((?i:motion|moved|mover|proposed|proposer)\),?\s*(?:and\s+)?"
               rf"(?P<seconder>{PERSON})\s*\((?i:second|seconded|seconder)\)"),  # 'A (motion), B (second)'
    # 'Council Member A moved, seconded by Council Member B and motion carried to ...' (in capitals too: 'COUNCIL
    # MEMBER A MOVED, SECONDED BY COUNCIL MEMBER B and ...')
    re.compile(rf"(?P<mover>{PERSON})\s+(?i:moved),\s+(?i:seconded\s+by)\s+(?P<seconder>{PERSON})"),
    # 'Moved Cr A / Seconded Cr B' (an Australian resolution's line)
    re.compile(rf"\b(?i:moved|proposed)\s+(?P<mover>{COUNCILLOR})\s*[/,;]\s*(?i:seconded)\s+(?P<seconder>{COUNCILLOR})"),
    # 'Proposed: Jane Smith Seconded: John Brown', 'Proposer: A; Seconder: B', 'Moved: A - Seconded: B', 'Motion:
    # Ruiz' / 'Second: Cole' (a school board's labelled lines)
    re.compile(rf"\b(?i:proposed|proposer|moved|mover|motion)(?:\s+(?i:by))?\s*[:–-]\s*(?P<mover>{LABELLED_PERSON})\s*"
               rf"[,;.–-]?\s*(?i:seconded|seconder|second)(?:\s+(?i:by))?\s*[:–-]\s*(?P<seconder>{LABELLED_PERSON})"),
    # ('Motion By: Ron Morrison' / 'Second By: Lisa Birkman')
    # 'MOTION: APPROVED W/ CONDITIONS 1st : MR. A 2nd : MR. B': the mover first, the seconder second
    re.compile(rf"\b(?i:1st|first)\s*:\s*(?P<mover>{LABELLED_PERSON})\s+(?i:2nd|second)\s*:\s*"
               rf"(?P<seconder>{LABELLED_PERSON})"),
    # 'on the motion of Cllr A, seconded by Cllr B', 'Upon the proposition of A, seconded by B', 'On motion of A, ...',
    # 'On a motion by Trustee A and seconded by Trustee B, ...', 'Upon motion duly made by Director A, seconded by
    # Director B and approved ...'
    re.compile(rf"(?i:(?:up)?on\s+(?:the\s+)?(?:motion|proposition|proposal)\s+of|(?:up)?on\s+a\s+motion\s+by|"
               rf"(?:up)?on\s+(?:a\s+)?motion\s+(?:duly\s+)?made\s+by)\s+"
               rf"(?P<mover>{PERSON}),?\s+(?:and\s+)?"
               rf"(?i:seconded\s+by)\s+(?P<seconder>{PERSON})"),
    # 'Motion by Trustee A, second by Trustee B.', 'On a motion by Trustee A, second by Trustee B, the Board ...'
    re.compile(rf"\b(?i:(?:(?:up)?on\s+a\s+)?motion\s+by)\s+(?P<mover>{PERSON}),?\s+(?:and\s+)?"
               rf"(?i:second\s+by)\s+(?P<seconder>{PERSON})"),  # ('seconded by': the sentence forms')
    # 'Moved Smith/Brown', 'Motion: J. Smith / B. Brown': mover and seconder apart by a slash
    re.compile(rf"\b(?i:moved|motion)(?:\s+by)?\s*:?\s*(?P<mover>{SLASH_NAME})\s?/\s?(?P<seconder>{SLASH_NAME})\b"),
]


# An amendment moved in one paragraph and seconded in another: 'Councillor A moved an amendment ...' (or 'An
# amendment was moved by Councillor A as follows:') / 'The amendment was seconded by Councillor B'.
AMENDMENT_MOVED_RE = re.compile(rf"^(?:(?P<mover>{COUNCILLOR}|{PERSON})\s+(?:moved|proposed)\s+"
                                rf"(?:and\s+(?P<second>{TITLED})\s+seconded\s+)?(?:an|the\s+following)\s+amendment\b|(?:An|The\s+following)\s+amendment\s+was\s+"
                                rf"(?:moved|proposed)\s+by\s+(?P<by>{COUNCILLOR}|{PERSON}))")
SECONDED_AFTER_RE = re.compile(rf"(?i:\bseconded\s+by)\s+(?P<seconder>{COUNCILLOR}|{PERSON})")  # (its mover's text)
AMENDMENT_SECONDED_RE = re.compile(rf"(?i:^the\s+amendment\s+was\s+seconded\s+by)\s+(?P<seconder>{PERSON})")


AMENDMENT_RESULT_RE = re.compile(r"(?i)^(?:the\s+)?amendment\s+(?:was\s+)?(?:declared\s+)?(carried|lost|defeated|"
                                 r"fell|failed)\b")
AMENDMENT_RESULTS = {"carried": "carried", "lost": "lost", "defeated": "lost", "fell": "lost", "failed": "lost"}
AMENDMENT_REACH = 8  # paragraphs after the amendment's, at most, to its result (its text and its vote between)


def amendment_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The mover's paragraph opens an amendment; its seconder is named in a later paragraph of the item."""
    text = blocks[i].text
    moved = AMENDMENT_MOVED_RE.match(text)
    if moved:
        mover = moved.group("mover") or moved.group("by")
        rest = text[moved.end():]  # '...; this was seconded by Cllr B. On being put to the vote the amendment was
        # lost.': its seconder and how it went, told in the same paragraph
        after = SECONDED_AFTER_RE.search(rest)
        second = moved.group("second") or (after.group("seconder") if after else None)
        told = next((AMENDMENT_RESULTS[m.group(1).lower()] for block in blocks[i + 1:i + AMENDMENT_REACH]
                     if (m := AMENDMENT_RESULT_RE.match(block.text))), None)  # 'Amendment lost.' after its vote
        item.motions.append(MotionDraft(blocks[i].first, "amendment", parse_name(mover),
                                        parse_name(second) if second else None, outcome_of(rest) or told))
    seconded = AMENDMENT_SECONDED_RE.search(text)
    if seconded:
        open_ = next((m for m in reversed(item.motions) if m.title == "amendment" and m.seconder is None), None)
        if open_ is not None:
            open_.seconder = parse_name(seconded.group("seconder"))
        else:
            item.motions.append(MotionDraft(blocks[i].first, "amendment", None, parse_name(seconded.group("seconder"))))
    return 1


def motion_names(match: re.Match) -> tuple[PersonName | None, PersonName | None]:
    """The mover and seconder a MOTION_RES match names."""
    mover, seconder = (parse_name(match.group(g).strip(" :")) for g in ("mover", "seconder"))
    return mover, seconder


def motion_matches(text: str) -> list[re.Match]:
    """Each motion in `text` once, in order, whichever way it is printed."""
    return read_once(MOTION_RES, text)


def before_motion(text: str) -> str:
    """A decision told in a sentence, without the motion told after it in its paragraph ('The minutes were approved
    and signed. Proposed Cllr A, seconded Cllr B.': who moved it, not what was decided)."""
    moved = next((m for m in motion_matches(text) if re.search(r"[.;]\s*\(?$", text[:m.start()])), None)
    return text[:moved.start()].rstrip(" (") if moved else text


RESULT_RE = re.compile(r"(?i)\b(?:motion|amendment|proposal|recommendations?|resolution)\b.{0,40}?\bwas\s+"
                       r"(?:declared\s+)?"
                       r"(carried|lost|withdrawn|defeated|agreed|rejected)|^(CARRIED|LOST|WITHDRAWN)\b"
                       r"|^the\s+motion\s+(passed|carried|failed)\b")


def substitutes_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    first = blocks[i].lines[0].text.strip()
    if not re.match(r"(?i)^ordinary members?(?:\t|\s{2,}|$)", first):
        return False
    return "reserve" in first.lower() or (i + 2 < len(blocks) and bool(
        re.match(r"(?i)^(?:reserve|substitute) members?$", blocks[i + 2].text.strip())))


def substitutes_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
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


def motion_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    title = None
    if i > 0:
        previous = re.match(r"^\d+\.\s+[“\"](.+?)[”\"]?$", blocks[i - 1].text.strip())
        title = previous.group(1).strip() if previous else None
    result = None
    for later in blocks[i:i + 4]:
        outcome = RESULT_RE.search(later.text)
        if outcome:
            result = (outcome.group(1) or outcome.group(2) or outcome.group(3)).lower().replace(
                "defeated", "lost").replace("rejected", "lost").replace("agreed", "carried").replace(
                "passed", "carried").replace("failed", "lost")
            break
    moved = motion_matches(blocks[i].text)
    if result is None and moved:  # 'Motion: Smith/Brown. Carried.': how it went, told after it in its paragraph
        told = blocks[i].text[moved[0].end():]
        result = outcome_of(told) or by_majority(counts_of(told))  # ... or its count alone: 'Vote: 4-0'
    elected = ELECTED_RE.search(blocks[i].text) if result is None else None
    if elected:  # 'A was proposed by B and seconded by C ... and was duly elected': the election is the decision
        result = "carried"
        start, stop = _sentence_around(blocks[i].text, elected)
        item.decisions.append(blocks[i].text[start:stop].strip().rstrip("."))
    after = blocks[i].text[moved[-1].end():] if moved else ""  # the sentence after the last motion
    done = done_after(after, blocks, i)  # '..., the minutes were confirmed.': the sentence says it was done
    result = result or ("carried" if done else None)
    before = blocks[i].text[:moved[0].start()] if moved and result is None else ""
    passed = passive_decisions(before) if before.strip() else []  # 'The minute of ... was approved. Proposed: A;
    result = result or ("carried" if passed else None)  # Seconded: B.': what was done, told before its movers
    for match in moved:
        item.motions.append(MotionDraft(blocks[i].first, title or item.title, *motion_names(match), result))
    resolution = (RESOLUTION_AFTER_RE.match(after) or CARRIED_TO_RE.match(after)) if result == "carried" else None
    if resolution:  # 'Moved: A Seconded: B THAT Council approve the closure. CARRIED': what it resolved, carried
        item.decisions.append(resolution.group("text"))
    elif result == "carried" and done:
        item.decisions.extend(done)
    elif result == "carried" and (passive := _proposed_subject(blocks[i].text, moved[0])):
        item.decisions.append(_quoted_above(blocks, i, passive) if THE_MOTION_RE.search(passive) else passive)
    elif result == "carried" and moved and (words := MOTION_WORDS_RE.match(blocks[i].text[:moved[0].start()])):
        item.decisions.append(words.group("text"))  # 'MOTION: To approve X. MOVED: A SECONDED: B. VOTE: Unanimous.'
    elif passed:
        item.decisions.extend(passed)
    return 1


# A motion's words under its label, before who moved it in the same paragraph: 'MOTION: To approve the budget.'
MOTION_WORDS_RE = re.compile(r"(?i)^\W{0,3}(?:motion|proposal)\s*:\s*(?P<text>(?:to|that)\b[^.;]{3,400}[.;]?)\s*$")


# the subject of a motion's sentence that is only the motion ('Following discussion, the motion was proposed by A')
THE_MOTION_RE = re.compile(r"(?i)(?:^|,\s*)(?:the|this)\s+(?:notice\s+of\s+)?(?:motion|proposal)\s+(?:was|were)\s")
QUOTED_MOTION_RE = re.compile(r"^[“\"‘'](?P<text>(?:That|To)\b.{3,1500}?)[”\"’']?$", re.S)


def _quoted_above(blocks: list[Block], i: int, sentence: str) -> str:
    """What 'the motion' carried was, where its words are quoted in the paragraph above ('"That this District calls
    on ..."' / 'Following discussion, the motion was proposed by A, seconded by B and agreed.'); else the sentence."""
    quoted = QUOTED_MOTION_RE.match(blocks[i - 1].text.strip()) if i else None
    return quoted.group("text").strip() if quoted else sentence


def _sentence_around(text: str, match: re.Match) -> tuple[int, int]:
    """Where the sentence holding `match` starts and ends in `text` (SENTENCE_BREAK_RE's breaks)."""
    ends = [m.end() for m in SENTENCE_BREAK_RE.finditer(text)]
    return (max((end for end in ends if end <= match.start()), default=0),
            min((end for end in ends if end > match.end()), default=len(text)))


def _proposed_subject(text: str, match: re.Match) -> str | None:
    """The sentence of a motion whose subject is what was put, the mover after it in the passive ('Approval of the
    minutes of the AGM, held on 1st September 2022, were proposed by A, seconded by B and accepted by all.'): the
    sentence, as it is the only statement of what was decided; None where the sentence does not open so, or does not
    itself say the motion carried."""
    start, stop = _sentence_around(text, match)
    told = outcome_of(text[match.end():stop])  # how it went, in the sentence itself (not a resolution under it)
    return text[start:stop].strip().rstrip(".") if re.search(r"\b(?:was|were)\s+$", text[start:match.start()]) \
        and len(text[start:match.start()].split()) >= 4 and told == "carried" else None


def done_after(after: str, blocks: list[Block], i: int) -> list[str]:
    """What the rest of the motion's sentence says was done: '..., the following resolution was adopted:' (the
    resolution printed under it, up to its roll call), '..., the minutes of March 21 were approved as presented.',
    '..., the Members adopted the Schedule of Works.'"""
    following = FOLLOWING_ADOPTED_RE.match(after)
    if following:
        adopted = after[following.end():].strip() or (blocks[i + 1].text if i + 1 < len(blocks) else "")
        adopted = VOTE_LABEL_RE.split(adopted, maxsplit=1)[0].strip()
        return [adopted] if adopted else []
    clause = re.match(r"^,\s+(?P<text>[A-Za-z].{3,300}?)(?=,?\s+(?i:upon|by|on|with)\s+the\s+following\b|:|"
                      rf"(?!{INNER_STOP})\.(?:\s|$)|$)", after)  # ('... was adopted upon the following roll call vote:
    # ...'; '... adopted Ordinance No. 1245 by the following vote:')
    if not clause:
        return []
    text = clause.group("text")[:1].upper() + clause.group("text")[1:]
    return [text] if DONE_RE.match(text) else []


# What was done, in the clause after the motion: 'The minutes ... were confirmed', 'Resolution 2024-1 was adopted',
# 'The Members adopted the ...'.
DONE_VERB = (r"(?:unanimously\s+|duly\s+)?(?:adopted|approved|agreed|confirmed|accepted|endorsed|ratified|passed|"
             r"resolved)\b")
DONE_RE = re.compile(rf"^(?:The\s.{{2,200}}?|[A-Z][^,;]{{2,100}}?)\s(?:was|were)\s+{DONE_VERB}|"
                     rf"^The\s+(?:Members|Councillors|Council|Committee|Board|Commission|Trustees|Directors)\s+"
                     rf"(?:[a-z][^,;]{{2,60}}?\s+and\s+)?{DONE_VERB}")  # ('The Board waived the reading and adopted
# Ordinance No. 1245')
# What a motion adopted, printed under it: '..., the following resolution was adopted:' / 'RESOLUTION NO. 2023-15' / 'A
# RESOLUTION AUTHORIZING ...' / 'Yeas: ...' (the roll call ends it).
FOLLOWING_ADOPTED_RE = re.compile(r"(?i)^,?\s+(?:and\s+)?the\s+following\s+(?:resolution|ordinance|motion|by-law)s?\s+"
                                  r"(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:adopted|passed|approved|enacted)\s*:")
VOTE_LABEL_RE = re.compile(r"\s(?=(?i:yeas|ayes|nays|noes|vote|roll\s+call)\s*:)")
# A resolution after its movers on the same line, up to how it went: 'Moved: A Seconded: B THAT X. CARRIED'.
# What a motion's movers' sentence says it carried: '..., seconded by B and motion carried to accept the minutes.'
MOTION_CARRIED_TO = r"and\s+(?:the\s+)?motion\s+carried\s+"
CARRIED_TO_RE = re.compile(rf"^\s*,?\s*{MOTION_CARRIED_TO}(?P<text>(?:to|that)\s[^;]{{3,400}}?)(?:\.\s|\.?\s*$)")
RESOLUTION_AFTER_RE = re.compile(r"^\s*[:,.-]?\s*(?P<text>(?:That|THAT)\s.{3,400}?[.;]?)"
                                 r"(?=\s+(?:CARRIED|Carried|ADOPTED|Adopted|PASSED|Passed)\b|\s*$)")


SENTENCE_BREAK_RE = re.compile(r"(?<!\bCllr)(?<!\bCr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])"
                               r"[.!?]\s+(?=[A-Z])")
# A nomination's outcome: 'Cllr A was proposed by Cllr B and seconded by Cllr C ... and was duly elected'.
ELECTED_RE = re.compile(r"(?i)\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed)\b")


def petition_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    text = re.sub(r"^[-•]?\s*\([ivx\d]+\)\s*", "", blocks[i].text).strip()
    following = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
    if following.startswith(("“", '"')):
        text = f"{text} {following}"
    item.petitions.append(text)
    return 1


def apologies_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = APOLOGIES_RE.search(blocks[i].text)
    if match and LEAVE_AHEAD_RE.search(match.group(0)):
        return 1
    rest = match.group(1) if match else ""
    rest = APOLOGISED_END_RE.sub("", re.split(r"(?<![A-Z])\.\s", rest)[0])
    apologies = sentence_entries(rest, blocks[i].first, Context(status="apologies"))
    found.attendance.extend(apologies)
    for sub in SUBSTITUTE_SENTENCE_RE.finditer(blocks[i].text):  # 'Councillor Jos Clark attended as substitute'
        entry = make_entry(sub.group("name"), blocks[i].first, Context(status="substitute"))
        replaced = parse_name(sub.group("for")) if sub.group("for") else (
            apologies[0].name if len(apologies) == 1 else None)  # the one member who sent apologies
        if entry:
            entry.substitute_for = replaced
            found.attendance.append(entry)
    return 1


SUBSTITUTE_SENTENCE_RE = re.compile(
    r"(?P<name>(?:Councillor|Cllr\.?|Cr\.?)\s[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,2})\s(?:attended|was\spresent)\s"
    r"as\s(?:a\s|the\s)?substitute(?:\sfor\s(?P<for>(?:Councillor|Cllr\.?|Cr\.?)\s[A-Z][\w'’.-]{0,30}"
    r"(?:\s[A-Z][\w'’.-]{0,30}){0,2}))?")


WELCOME_RE = re.compile(r"(?i)\bwelcomed\s+(?P<names>[A-Z][^,]+?(?:\s+and\s+[A-Z][^,]+?)?),\s*"
                        r"(?:the\s+)?representatives?\s+(?:from|of)\s+(?P<org>[^,]+?),?\s+to the meeting")


def welcome_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'The Chair welcomed A and B, representatives from X, to the meeting' - guests in attendance."""
    match = WELCOME_RE.search(blocks[i].text)
    context = Context(status="in_attendance", capacity="other")
    for entry in sentence_entries(match.group("names"), blocks[i].first, context):
        entry.organisation = match.group("org").strip()
        found.attendance.append(entry)
    return 1


def attendance_list_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """An attendance list printed inside an item, e.g. 'Officer Attendance:' after the signature."""
    used = 1
    lines = list(blocks[i].lines)
    if len(lines) == 1 and i + 1 < len(blocks):
        lines += blocks[i + 1].lines
        used = 2
    entries, _ = parse_region(lines)
    found.attendance.extend(entries)
    return used


# 'Apologies for absence were received from A and B' ('noted from A', 'tendered by A') / 'Members accepted apologies
# for absence from Cllrs A, B' /
# 'That the apologies (received) from Cr A and Cr B be accepted.', '(That the Board) a) accept the apology from
# Member A for absence.' (a resolution accepting them: the names end at 'be' or 'for absence', APOLOGISED_END_RE);
# 'That leave of absence be granted to Cr A for this meeting.' (leave an Australian or New Zealand council grants).
APOLOGIES_RE = re.compile(r"(?i)(?:apologies(?: for absence)? (?:were|was|had been|have been) (?:received|noted|"
                          r"tendered)(?: and accepted)?(?: from| by)?|"
                          r"\b(?:members|the (?:council|committee|board|meeting|chair\w*)|"
                          r"councillors|trustees) (?:accepted|received|noted)(?: the)? apologies(?: for absence)? "
                          r"(?:from|of)|\b(?:that|accepts?|receives?|notes?)\s+the\s+apolog(?:y|ies)"
                          r"(?:\s+for\s+absence)?(?:\s+received)?\s+(?:from|of)|\bleave\s+of\s+absence\s+(?:was\s+|be\s+|is\s+)?"
                          r"granted\s+to|"
                          r"\b(?:reported|announced|conveyed)\s+apologies(?:\s+for\s+absence)?\s+(?:from|of))"  # 'The
                          r"\s*:?\s*(.*)")  # General Counsel reported apologies from Mr A and Mrs B.'
APOLOGISED_END_RE = re.compile(r"(?i)(?:\s+for\s+(?:absence|lateness|(?:this|the)\s+meeting))?"
                               r"(?:\s+be\s+(?:accepted|received|sustained|noted)\b.*)?\.?$")
# Leave granted for days to come ('for the period 1 to 30 June', 'from 3 July'): the member may well be here today.
LEAVE_AHEAD_RE = re.compile(r"(?i)\bleave\s+of\s+absence\b.*\b(?:for\s+the\s+period|from|until|between|during)\b")


def motion_in(blocks: list[Block], i: int, item: ItemDraft) -> None:
    """The motions of a paragraph that also holds their resolution: carried."""
    for match in motion_matches(blocks[i].text):
        item.motions.append(MotionDraft(blocks[i].first, item.title, *motion_names(match), "carried"))
