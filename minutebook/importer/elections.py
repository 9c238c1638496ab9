"""An election's outcome as minutes note it, a paragraph or a list's point of its own: 'Jane Roe was elected Chair.',
'Niall Navin elected chair', 'Dan Buzzard, Lochran Huck, Benjamin I.D. Silva elected as OCMs', 'Cllr Smith was duly
re-elected as Chairman for the ensuing year.', all those nominated ('All three were elected by a show of hands.'),
those placed highest ('The top five candidates will comprise the Board for 2014-2015.'),
and the close of an uncontested nomination ('No other nominations were offered, so A is Treasurer.') or of a vote
between candidates ('... the vote was in favor of Katie. Katie Bell is the Minister of Information.'), those a
sentence lists ('The following officers were duly elected:' over 'Post: Name' lines), and one told inside a paragraph
with the vote that made it ('A was appointed honorary chair of the meeting by majority of show of hands', 'A was
unanimously elected to a second term as President'). Each is a decision of the meeting. Not read here: a nomination,
the votes each candidate had (but a table of them whose winner is set in bold names who was elected), someone 'elected
to' a place or 'by' others ('elected to the board in 2019'), and an election told inside a motion's paragraph
(mentions.py reads 'A was proposed by B ... and was duly elected').
"""

from __future__ import annotations

import re

from .blocks import BULLET_RE, Block, Found, read_once
from .bodynames import BODY_WORD_RE
from .drafts import ItemDraft

PERSON = (r"(?:(?:Cllr|Councillor|Councilor|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]*\.?"
          r"(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|le|la)){0,3}")
ELECTED_RE = re.compile(
    rf"^(?P<who>{PERSON}(?:\s*,\s*{PERSON}){{0,8}}(?:,?\s+(?:and|&)\s+{PERSON})?)\s+"
    r"(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:duly\s+|unanimously\s+)?(?:re-?)?elected\s+(?:as\s+)?"
    r"(?!(?:to|by|at|in|on|for|from|with|and|unopposed)\b)(?P<post>[A-Za-z][^.;:]{1,80}?)\.?$")
LONGEST = 160  # characters: an election's note is short; a longer paragraph tells more than the outcome
# ... or of all those nominated, named above it: 'All three were elected by a show of hands.', 'Both candidates were
# duly elected.', 'The nominees were elected unopposed.'
NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
ALL_ELECTED_RE = re.compile(
    rf"(?i)^(?:all\s+(?:{NUMBER_WORD}\s+)?(?:(?:nominees|candidates|of\s+them)\s+)?|both(?:\s+(?:nominees|candidates))?\s+|"
    r"the\s+(?:nominees|candidates)\s+)(?:were|have\s+been)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\b[^.;]{0,80}\.?$")
# ... or those placed highest in a ballot, under its table of counts: 'The top five candidates will comprise the Board
# for 2014-2015.'
TOP_ELECTED_RE = re.compile(
    rf"(?i)^(?:the\s+)?(?:top|first|highest(?:-placed)?)\s+{NUMBER_WORD}\s+(?:candidates|nominees)\s+(?:will|shall|"
    r"are\s+to|were\s+to)\s+(?:comprise|form|constitute|be\s+elected\s+to|join)\b[^.;]{0,80}\.?$")
# ... or the close of an uncontested nomination, inside any paragraph: 'No other nominations were offered, so Elliot
# Williams is Coordinator in Chief.', 'There being no further nominations, Jane Roe was declared elected.'
UNCONTESTED_RE = re.compile(
    r"(?:(?i:\bno\s+(?:other|further)\s+nominations\s+(?:were\s+|having\s+been\s+)?(?:offered|received|made|"
    r"forthcoming)|\bthere\s+being\s+no\s+(?:other|further)\s+nominations)[,;]?\s+(?:(?:and\s+)?so\s+|and\s+)?"
    # ... or of a vote between candidates: 'A vote was held and the vote was in favor of Katie. Katie Bell is the
    # Minister of Information.'
    r"|(?i:\bthe\s+vote\s+was\s+in\s+favou?r\s+of)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\.\s+)"
    rf"(?P<text>{PERSON}(?:\s*,\s*{PERSON}){{0,4}}(?:,?\s+(?:and|&)\s+{PERSON})?\s+(?:is|are|was|were)\s+"
    r"[^.;]{3,100}?)(?=\.(?:\s|$)|;|$)")

# ... or, inside a paragraph, an election or appointment told with the vote that made it: 'Richard Watts was appointed
# honorary chair of the meeting at this point by majority of show of hands.' (not 'was appointed clerk in 2015')
VOTED_IN_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?P<text>{PERSON}\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?"
    r"(?:elected|appointed)\s+(?:as\s+)?[^.;:]{2,100}?\s+by\s+(?:a\s+)?(?:majority|show\s+of\s+hands|acclamation|"
    r"unanimous\s+vote|\d{1,3}\s+votes?\s+to\s+\d{1,3})[^.;:]{0,60}?)(?=\.(?:\s|$)|$)")

# ... or, inside a paragraph, an election made unanimously, of a person or of a committee as a whole: 'Elections: A
# was unanimously elected to a second term as President and the existing committee was unanimously elected for a
# second term.' (two elections, one sentence)
ELECTED_BODY = r"(?i:the\s+(?:[a-z]+\s+)?(?:committee|board|executive|officers|trustees|council))"
UNANIMOUSLY_RE = re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\sand\s))(?P<text>(?:{PERSON}|{ELECTED_BODY})\s+(?:was|were)\s+unanimously\s+"
    r"(?:re-?)?elected\b[^.;]{0,120}?)(?=\s+and\s+(?:the\s|[A-Z])|\.(?:\s|$)|;|$)")

# ... or the body choosing them, the names perhaps in a list of their own under a colon: 'The Working Group
# unanimously selected:' / 'Nat Sakimura (NRI), Tony Nadalin (Microsoft), and Anoop Saxena (Intuit) as co-chairs of
# the WG.', 'The Board elected A and B as trustees.'
CHOSEN = rf"{PERSON}(?:\s*\([^()]{{1,40}}\))?"
CHOSE = r"(?:unanimously\s+|duly\s+)?(?:re-?)?(?:elected|selected|appointed|chose)"  # the body's verb of choosing
CHOSE_RE = re.compile(rf"^(?P<body>(?:[Tt]he\s+)?[A-Z][\w()&'’ -]{{1,80}}?)\s+{CHOSE}\s*:?\s+(?:{CHOSEN}\s*,\s*){{0,8}}"
                      rf"(?:{CHOSEN},?\s+(?:and|&)\s+)?{CHOSEN}\s+as\s+[^.;:]{{2,80}}\.?$")
CHOOSING_RE = re.compile(rf"{CHOSE}\s*:$")
# ... or the result of an election printed under its nominations: 'Nominations for Chair:' / 'A nominated B' /
# '**Result: Prema was selected with all Yay Votes**'.
RESULT_RE = re.compile(rf"^(?P<text>Result\s*:\s*{PERSON}\s+(?:was|were|is)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?"
                       r"(?:selected|elected|chosen|appointed)\b[^.;:]{0,60}?)\.?$")
MEETING_RE = re.compile(r"(?i)\b(?:the\s+meeting|members|those\s+present)$")  # choosing with no body word
# ... or those elected listed under a sentence that says so: 'The following officers were duly elected:' / 'President:
# A' / 'Secretary: B' (the sentence and its list one decision).
FOLLOWING_RE = re.compile(r"(?i)^(?:the\s+)?following\s+(?:[\w-]+\s+){0,3}(?:was|were|(?:has|have)\s+been)\s+"
                          r"(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed|co-?opted)(?:\s+unopposed)?\s*:$")


def _chose(blocks: list[Block], i: int) -> tuple[str, int] | None:
    """The body's choice told in the paragraph (or in it and the list under its colon), and how many paragraphs."""
    text = BULLET_RE.sub("", blocks[i].text.strip())
    if FOLLOWING_RE.match(text):
        listed = i + 1 < len(blocks) and not FOLLOWING_RE.match(blocks[i + 1].text.strip())
        return (f"{text} {blocks[i + 1].text.strip()}" if listed else text), 2 if listed else 1
    joined = i + 1 < len(blocks) and CHOOSING_RE.search(text)
    choice = f"{text} {blocks[i + 1].text.strip()}" if joined else text
    match = CHOSE_RE.match(choice) if len(choice) <= 2 * LONGEST else None
    if not match or not (BODY_WORD_RE.search(match.group("body")) or MEETING_RE.search(match.group("body"))):
        return None
    return choice.rstrip("."), 2 if joined else 1


def elected_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return _elected(blocks[i].text) is not None or bool(UNCONTESTED_RE.search(blocks[i].text)) \
        or bool(VOTED_IN_RE.search(blocks[i].text)) or bool(UNANIMOUSLY_RE.search(blocks[i].text)) \
        or _chose(blocks, i) is not None or _result(blocks[i]) is not None


def elected_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The paragraph's election, the body's choice, or each uncontested nomination it closes (who now holds what)."""
    if chose := _chose(blocks, i):
        item.decisions.append(chose[0])
        return chose[1]
    noted = _elected(blocks[i].text) or _result(blocks[i])
    told = read_once((UNCONTESTED_RE, VOTED_IN_RE, UNANIMOUSLY_RE), blocks[i].text)
    item.decisions.extend([noted] if noted else [m.group("text") for m in told])
    return 1


def _elected(text: str) -> str | None:
    """The election a paragraph notes, as printed (without a list's mark), or None."""
    text = BULLET_RE.sub("", text.strip())
    return text.rstrip(".") if len(text) <= LONGEST and (ELECTED_RE.match(text) or ALL_ELECTED_RE.match(text)
                                                         or TOP_ELECTED_RE.match(text)) else None


def _result(block: Block) -> str | None:
    """The result line closing a paragraph of nominations ('... / Tony nominated Ben / Result: Prema was selected
    with all Yay Votes'), or None."""
    match = RESULT_RE.match(BULLET_RE.sub("", block.lines[-1].stripped))
    return match.group("text") if match else None


# An election's result as a table of candidates and their votes under the post's heading, the one elected set in bold
# ('Candidate | Votes (Total: 12)' / '**Clara Hohenlohe & Jessica Russell** | **12**' / 'Re-Open Nominations (RON) |
# 0'): the one in bold elected to the post the item names.
CANDIDATES_HEAD_RE = re.compile(r"(?i)^candidates?\t+votes?\b")
BOLD_CELL_RE = re.compile(r"^\s*(?:\*\*|__)(?P<name>[^*_\t]{2,80}?)(?:\*\*|__)\s*\t")


def table_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return CANDIDATES_HEAD_RE.match(blocks[i].first.text) is not None


def table_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """Whoever the table sets in bold, elected: one decision each, the item's title the post."""
    won = [m.group("name").strip() for line in blocks[i].lines[1:] if (m := BOLD_CELL_RE.match(line.raw))]
    item.decisions.extend(f"{name} elected {item.title}" for name in won)
    return 1
