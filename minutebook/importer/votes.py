"""Roll calls: the members each side names ('AYES: ... NOES: ... ABSENT: ...', 'Aye: 7 - A, B, ...', 'VOTING YES:
... VOTING NO: ...', each member's 'aye' or 'nay', a table headed 'Yeas: | Nays: | Absent:'), with the motion and
result printed beside them. Each is a table of patterns with the side it gives; nothing here knows a council. How a
result and its counts are printed is `tallies.py`; votes told in sentences are `vote_sentences.py`.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .decisions import DECISION_RE
from .drafts import ItemDraft, MotionDraft, VoteDraft
from .lines import Line
from .mentions import MOTION_CARRIED_TO, done_after, motion_matches, motion_names
from .names import MEMBER_TITLES, PersonName, parse_name
from .role_titles import PERSONAL_TITLE
from .tallies import before_result_line, counts_of, result_of, result_on_a_line

# A roll call's labels, each with the side it gives. Capitals, or at the start of a line, before a colon:
# 'for:' inside a sentence is never a label.
SIDE_LABELS: list[tuple[str, str]] = [
    (r"VOTING\s+(?:YES|AYE)|AYES?|YEAS?|YES|IN\s+FAVOU?R(?:\s+OF\s+THE\s+(?:MOTION|RESOLUTION|AMENDMENT))?|"
     r"FOR(?:\s+THE\s+(?:MOTION|RESOLUTION|AMENDMENT))?", "for"),  # ('For the motion: Crs A, B')
    (r"VOTING\s+NO|NOES|NOS|NAYS?|NO|AGAINST(?:\s+THE\s+(?:MOTION|RESOLUTION|AMENDMENT))?|OPPOSED", "against"),
    (r"VOTING\s+ABSTAIN|ABSTAIN(?:ED|ING|S)?|ABSTENTIONS?|RECUSE[DS]?|RECUSALS?", "abstain"),
    (r"ABSENT(?:\s+AND\s+NOT\s+VOTING)?|NOT\s+PRESENT|EXCUSED", "absent"),
]
# The labels no sentence says before a colon, in title case too ('Ayes: 4 (A, B); Noes: 0 (none); Absent: C').
TITLED_LABELS = r"Ayes|Yeas|Noes|Nays|Abstain(?:ed|ing|s)?|Abstentions?|Absent|Recused"
LABEL_RE = re.compile(r"(?:^|(?<=[\s.;\[(]))(?P<label>" + "|".join(f"(?:{p})" for p, _ in SIDE_LABELS)
                      + f"|{TITLED_LABELS}" + r")(?:\s?\((?P<count>\d{1,3})\))?\s{0,3}:[ \t]*")  # 'Yeas (3): A, B, C'
TITLE_LABEL_RE = re.compile(r"(?i)^(?P<label>" + "|".join(f"(?:{p})" for p, _ in SIDE_LABELS) + r")\s{0,3}:")
# The same labels in any case and after a dash too ('Voting in favour: A, B; against: C', 'Yeas - A, B; Nays - C',
# 'Yeas -- Aldermen A, B -- 2.'):
# read only where two sides are labelled, so 'for:' in a sentence is still no label.
LOOSE_LABEL_RE = re.compile(r"(?:^|(?<=[\s.;,]))(?i:voting\s+)?(?P<label>(?i:" + "|".join(
    f"(?:{p})" for p, _ in SIDE_LABELS) + r"))(?:\s?\((?P<count>\d{1,3})\))?"  # ('For (3): A, B, C')
    r"(?:\s{0,3}(?::|\s(?:[-–—]|--)\s|\s[–—](?=\w))[ \t]*(?=[A-Z*]|(?i:none|nil|no\s*one)\b)|"
    r"\s(?:[-–—]|--)\s+(?=\d{1,3}\s*(?:\(|[;.,]|$)))")  # ('VOTING AYE –TRUSTEES A, B': a dash with no space after
# it; after a dash, how many, then who: 'Ayes - 3 (A, B, C) Nays - 2 (D, E)', 'VOTING: Ayes - 5; Nays - 0.')
# Each member's vote after their name: 'Commissioner Bell - aye; Commissioner Hale - aye; Commissioner Lind - nay',
# 'by vote of Ann Bell yea, Cy Hale yea, and Di Lord nay' (a word that is only a vote needs no dash before it).
MEMBER_VOTE_RE = re.compile(r"(?P<name>(?:(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr)\.|[A-Z][\w'’-]*)\s){0,3}[A-Z][\w'’-]+)"
                            r"(?:\s*[-–—:]\s*|\s+(?=(?i:aye|yea|nay)\b)|,\s*(?=(?i:aye|yea|nay|abstain)|"
                            r"(?i:yes|no)\s*[;,.]))"  # ('Dale, aye; Tran, nay'; 'Fay, yes; Lamb, no;' before a stop)
                            r"(?P<vote>(?i:aye|yes|yea|nay|no|abstain(?:ed)?|absent))\b")
VOTE_WORD_RE = re.compile(r"^(?:Vote|Voting|Motion|Roll\s+Call)\s+")  # 'vote Gary aye, ...': not the name
MEMBER_VOTE_SIDES = {"aye": "for", "yes": "for", "yea": "for", "nay": "against", "no": "against",
                     "abstain": "abstain", "abstained": "abstain", "absent": "absent"}


# A label with the count of the names after it, in any case ('Aye: 7 - Bell, Hale, ...', 'No: 1 - Shah', 'Excused:
# 1 - Ross'): the count and its dash say it is a roll call, one label alone ('No' after no word: 'Item No: 3 - Roads'
# is a number).
COUNTED_LABEL_RE = re.compile(r"(?:^|(?<=[\s.;]))(?P<label>(?i:ayes?|yeas?|yes|nays?|noes|for|against|opposed|"
                              r"abstain(?:ed|ing|s)?|abstentions?|recused|excused|absent)|(?<![\w,]\s)(?i:no))"
                              r"\s{0,3}:\s{0,12}"  # (the count a column apart in a layout text: 'Yes:        10 - A')
                              r"(?=\d{1,3}\s*[-–—]\s*[A-Z])")
COUNT_DASH_RE = re.compile(r"^\s*\d{1,3}\s*[-–—]\s*")


def counted_votes_in(text: str) -> bool:
    """A counted label of a side that voted ('Aye: 7 - ...'); 'Absent: 1 - A' alone is attendance, not a vote."""
    return any(side_of(m.group("label")) in ("for", "against") for m in COUNTED_LABEL_RE.finditer(text))


def labels_in(text: str) -> list[re.Match]:
    """A roll call's labels in `text`: capitals anywhere, or any case where two sides are labelled or where each
    label prints its count."""
    strict = list(LABEL_RE.finditer(text))
    counted = list(COUNTED_LABEL_RE.finditer(text))
    if counted and len(counted) >= len(strict):
        return counted
    loose = list(LOOSE_LABEL_RE.finditer(text))
    if len({side_of(m.group("label")) for m in loose}) >= 2 and len(loose) > len(strict):
        return loose
    return strict


def member_votes(text: str) -> dict[str, list[PersonName]]:
    """'A - aye; B - aye; C - nay' (three or more members, each with their vote) -> names per side."""
    found = [(VOTE_WORD_RE.sub("", m.group("name")), m.group("vote").lower()) for m in MEMBER_VOTE_RE.finditer(text)]
    found = [(name, vote) for name, vote in found if name and name.split()[0].lower() not in ("motion", "vote")]
    if len(found) < 3:
        return {}
    sides: dict[str, list[PersonName]] = {}
    for printed, vote in found:
        name = parse_name(TITLE_RE.sub("", printed).strip())
        if name:
            sides.setdefault(MEMBER_VOTE_SIDES[vote], []).append(name)
    return sides

# A roll call's label on a line of its own over the members' votes: 'Roll Call Vote:', 'Recorded vote:'.
ROLL_LABEL = r"roll[- ]call(?:\s+vote)?|recorded\s+vote|vote"
ROLL_LABEL_RE = re.compile(rf"(?i)^(?:{ROLL_LABEL})\s*:?$")
ROLL_OPENING_RE = re.compile(rf"(?i)^(?:{ROLL_LABEL}|votes)\s*:")  # ... or opening a paragraph: 'Votes: A Yea; B Yea'
ONE_VOTE_RUN = 3  # paragraphs of one member's vote each, at least, to be one roll call (as `member_votes` reads)


def one_vote(line: Line) -> bool:
    """'Mr. Billy Altom: Aye' alone: one member and their vote, nothing else."""
    return bool(re.fullmatch(MEMBER_VOTE_RE.pattern + r"\.?", line.stripped))


def _a_vote_a_line(block: Block) -> bool:
    """A paragraph of members' votes, one a line, under a roll call's label or none (`one_vote_a_paragraph`'s)."""
    votes = block.lines[1:] if ROLL_LABEL_RE.match(block.first.stripped) else block.lines
    return len(votes) >= ONE_VOTE_RUN and all(one_vote(line) for line in votes)


def one_vote_a_paragraph(blocks: list[Block]) -> list[Block]:
    """A roll call printed one member's vote a paragraph ('Roll Call Vote:' / '' / 'Chairman A: Aye' / '' / 'Mr. B:
    Aye' ...) as the one paragraph it is, its label with it: the roll call's, the motion's and the outcome's rules
    read it whole."""
    joined: list[Block] = []
    n = 0
    while n < len(blocks):
        run = n + int(bool(ROLL_LABEL_RE.match(blocks[n].text.strip())))
        end = run
        while end < len(blocks) and len(blocks[end].lines) == 1 and one_vote(blocks[end].first):
            end += 1
        if end - run >= ONE_VOTE_RUN:
            joined.append(Block([line for block in blocks[n:end] for line in block.lines]))
            n = end
        else:
            joined.append(blocks[n])
            n += 1
    return joined


# The result told after the last side's names: '... Absent: Green. Adopted.', '... Noes: None. Motion carried.',
# 'Absent: Lee' / 'Motion passed 4-0.' (the line below)
RESULT_AFTER_RE = re.compile(r"(?i)(?:\.\s+(?:(?:the\s+)?(?:motion|resolution)\s+)?|"
                             r"\s+(?:the\s+)?(?:motion|resolution)\s+)"
                             r"(?:adopted|carried|passed|approved|failed|lost|defeated)\b.*$")
# Words that say no one is on a side.
NOBODY_RE = re.compile(r"(?i)^(?:none|no\s*one|nobody|n/?a|nil|-+|0)\.?$")
# Nobody, then what is no name: a page's number printed under it ('Noes: None' / '2'), or the motion's words after the
# roll call ('Absent: None' / 'to approve the agenda.')
NOBODY_THEN_RE = re.compile(r"(?i:none|no\s*one|nobody|nil)\.?\s+(?:\d{1,3}|(?:to|that)\s+[a-z].*)$")

# Titles a roll call prints before a member's name ('Commissioners *Davis', 'Vice Chair Valencia').
TITLE_RE = re.compile(rf"(?i)^(?:{MEMBER_TITLES}|Senators?|Representatives?|{PERSONAL_TITLE}\.?)\s+")

def voters(text: str) -> list[PersonName]:
    """'Commissioners *Davis, **Hernandez, and Perez, Vice Chair Valencia' -> Davis, Hernandez, Perez, Valencia."""
    text = COUNT_DASH_RE.sub("", text)  # '7 - Bell, Hale, ...'
    counted = re.match(r"^\s*\d{1,3}\s*\(([^()]{1,300})\)", text)  # '4 (Bell, Hale, Lind, Kerr)'
    text = counted.group(1) if counted else text
    text = re.sub(r"\s*\([^()]{0,200}\)?", " ", text)  # '(except for R129-15 ...)': a note, not a name
    text = re.sub(r"\s+", " ", text).strip(" .;,]")  # '... ABSENT: Ross].': the bracket closes the roll call
    text = RESULT_AFTER_RE.sub("", text)  # 'Absent: Legislator Green. Adopted.': the result, not a name
    text = re.sub(r"\s+(?:--|[–—-])\s*\d{1,3}$", "", text)  # 'Yeas -- Aldermen A and B -- 2.': how many, after
    if NOBODY_RE.match(text) or NOBODY_THEN_RE.match(text):
        return []
    names = []
    for part in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text):
        part = part.strip(" *†.")
        while TITLE_RE.match(part):
            part = TITLE_RE.sub("", part, count=1).strip(" *")
        if not part or NOBODY_RE.match(part) or not re.match(r"[A-Z]", part) or len(part.split()) > 5:
            continue
        parsed = parse_name(part)
        if parsed:
            names.append(parsed)
    return names


def side_of(label: str) -> str:
    for pattern, side in SIDE_LABELS:
        if re.fullmatch(pattern, label.strip().upper()):
            return side
    return "for"


def label_counts(text: str) -> dict[str, int]:
    """The numbers a roll call prints after its labels ('Ayes: 4 (...); Noes: 0 (none)'); {} where none is."""
    found: dict[str, int] = {}
    for match in labels_in(text):
        number = re.match(r"\d{1,3}(?![\d,:/]|\.\d)", text[match.end():])  # ('Nays - 0.': a sentence's end)
        counted = match.groupdict().get("count") or (number.group() if number else None)
        if counted:
            found.setdefault(side_of(match.group("label")), int(counted))
    return found if "for" in found else {}


# The members who voted for, in brackets after a unanimous result and no label: 'MOTION CARRIED UNANIMOUSLY
# [Bell, Hale, Lind]', 'Carried unanimously (Bell, Hale and Lind).'
UNANIMOUS_LIST_RE = re.compile(r"(?i)\bunanimous(?:ly)?\s*[\[(](?P<names>[^\[\]()\d]{3,400})[\])]")


def unanimous_list(text: str) -> re.Match | None:
    """The bracket of names after 'unanimously', where it holds two names or more (not '(7-0)', not a note)."""
    match = UNANIMOUS_LIST_RE.search(text)
    return match if match and len(voters(match.group("names"))) >= 2 and \
        not re.search(r"(?i)\b(?:the|of|to|with|was|were|except)\b", match.group("names")) else None


def roll_call(text: str) -> dict[str, list[PersonName]]:
    """'AYES: A, B NOES: None ABSENT: C' (also wrapped over lines) -> names per side, in order printed."""
    labels = labels_in(text)
    if not labels and (listed := unanimous_list(text)):
        return {"for": voters(listed.group("names"))}
    sides: dict[str, list[PersonName]] = {} if labels else member_votes(text)
    for n, match in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        segment = SENTENCE_END_RE.split(text[match.end():end])[0]  # a sentence after the list is not names
        sides.setdefault(side_of(match.group("label")), []).extend(voters(segment))
    return sides


# The end of a roll call's last list: a full stop after a word (not an initial), then a capital word and a
# lower-case one ('NO ONE. Resolution declared adopted').
SENTENCE_END_RE = re.compile(r"(?<=[A-Za-z)]{2})\.\s+(?=[A-Z][a-z]+\s+[a-z])")


def unopposed(sides: dict[str, list[PersonName]], counts: dict[str, int] | None = None) -> str | None:
    """'Ayes: A, B, C. Noes: None. Absent: D.' with no result printed: every member who voted voted for, so it
    carried; so too where only the counts are printed, none against ('VOTING: Ayes - 5; Nays - 0.'). A roll call
    with anyone against or abstaining says nothing of its result by itself."""
    named = {side for side, people in sides.items() if people}
    if not named and counts and counts.get("for") and counts.get("against") == 0 and not counts.get("abstain"):
        return "carried"
    return "carried" if "for" in named and named <= {"for", "absent"} else None


def roll_call_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    """Two labels of a roll call ('AYES:' and 'NOES:' or 'ABSENT:'), or one 'VOTING YES:' / 'AYES:' line, or each
    member's vote after a roll call's label, all on one side or not."""
    text = _joined(blocks, i)[0]
    labels = {side_of(m.group("label")) for m in labels_in(text)}
    if len(labels) >= 2 or counted_votes_in(text) or len(member_votes(blocks[i].text)) >= 2 \
            or _a_vote_a_line(blocks[i]) or (not labels and unanimous_list(blocks[i].text)) \
            or (_roll_opened(blocks[i]) and member_votes(blocks[i].text)):  # 'Votes: A Yea; B Yea; C Yea'
        return True
    return any(re.match(r"^(?:VOTING\s+YES|AYES|YEAS)\s{0,3}:", line.stripped) for line in blocks[i].lines)


def _roll_opened(block: Block) -> bool:
    """A line of the paragraph opens with a roll call's label: the paragraph's first ('Votes: A Yea; B Yea') or one
    under the item's fields printed a line each ('Disposition: Passed' / 'Votes: A Yea' / 'B Yea' / 'C Yea')."""
    return any(ROLL_OPENING_RE.match(line.stripped) for line in block.lines)


def _joined(blocks: list[Block], i: int) -> tuple[str, int]:
    """A paragraph ending on a label ('... recorded as follows: VOTING YES:') continues after the blank line, and
    a counted roll call goes on in the paragraphs that open with a counted label ('Aye: 7 - ...' / '' / 'Nay: 1 -
    ...'); the text and the number of paragraphs it takes."""
    text = blocks[i].text
    if i + 1 < len(blocks) and re.search(LABEL_RE.pattern + r"$", text.rstrip() + " "):
        return f"{text} {blocks[i + 1].text}", 2
    used = 1
    if counted_votes_in(text):
        while i + used < len(blocks) and COUNTED_LABEL_RE.match(blocks[i + used].text):
            text, used = f"{text}; {blocks[i + used].text}", used + 1  # (each side's list ends at its paragraph)
    elif LOOSE_LABEL_RE.match(text):  # 'Yeas -- Aldermen A, B -- 2.' / '' / 'Nays -- Alderman C -- 1.': a side a
        while i + used < len(blocks) and LOOSE_LABEL_RE.match(blocks[i + used].text):  # paragraph
            text, used = f"{text} {blocks[i + used].text}", used + 1
    elif LABEL_RE.search(text):  # 'VOTE: 7/0 AYES: A, B, C' / '' / 'NAYS: NONE': each side a paragraph
        while i + used < len(blocks) and LABEL_RE.match(blocks[i + used].text):
            text, used = f"{text} {blocks[i + used].text}", used + 1
    return text, used


def roll_call_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """A roll call: the result is the one printed beside it, or in the paragraph before ('MOTION CARRIED BY THE
    FOLLOWING ROLL CALL VOTE:'), else in the 'RESULT:' label of the same block, else in the sentence after."""
    text, used = _joined(blocks, i)
    labels = labels_in(text)
    listed = None if labels else unanimous_list(text)
    first = labels[0] if labels else listed or MEMBER_VOTE_RE.search(text)
    before = text[:first.start("names") - 1] if listed else text[:first.start()] if first else ""
    # 'RESULT: APPROVED [UNANIMOUS]' / '' / 'MOTION BY: ...': a summary's first line a blank line apart
    summary = blocks[i - 1].lines[-1:] if i > 0 and RESULT_LINE_RE.match(blocks[i - 1].lines[-1].stripped) else []
    alone = int(bool(summary) and len(summary) == len(blocks[i - 1].lines))  # the paragraph before is that line alone
    previous = blocks[i - 1 - alone].text if i - alone > 0 else ""
    before = " ".join([*(line.stripped for line in summary), before])
    last = labels[-1] if labels else listed or list(MEMBER_VOTE_RE.finditer(text))[-1]
    tail = text[last.end():]
    after = SENTENCE_END_RE.split(tail, maxsplit=1)[1:] or ([tail.lstrip(" .;")] if not labels else [])
    closing = CLOSING_RESULT_RE.search(text)  # 'For: A, B / Against: C / Carried'
    following = FOLLOWING_VOTE_RE.search(previous)  # '..., and carried by the following vote, the Board awarded X:'
    # 'The motion carried by the following vote:', 'CARRIED 3/1', '... was Passed by yeas and nays as follows:'
    above = previous if re.search(r"(?i)\b(?:vote|as\s+follows)\s*:?\s*$", previous) or len(previous.split()) <= 4 \
        else following.group() if following else ""
    last = [line.stripped for line in blocks[i + used - 1].lines]  # the roll call's last paragraph, and the line
    below = [line.stripped for line in blocks[i + used].lines[:1]] if i + used < len(blocks) else []  # after it
    result = result_of(before) or (result_of(above) if above else None) \
        or (result_of(after[0][:80]) if after else None) or (result_of(closing.group()) if closing else None)
    under = None if result else result_on_a_line([*last[1:], *below])  # 'NAYS: 1 - A' / ('') / 'Motion carried.'
    result = result or under
    first = [line.stripped for line in blocks[i].lines[1:]]
    vote = VoteDraft(blocks[i].first, motion=None, result=result,
                     sides=roll_call(before_result_line(text, [*first, *last])[:closing.start() if closing else None]),
                     counts=counts_of(before) or counts_of(above) or label_counts(text)
                     or (counts_of(after[0][:80]) if after else {}))
    vote.result = result = result or unopposed(vote.sides, vote.counts)
    keep_vote(item, vote)
    labelled = {m.group(1).upper(): m.group(2).strip() for line in [*summary, *blocks[i].lines]
                for cell in NEXT_LABEL_RE.split(line.stripped) if (m := LABELLED_RE.match(cell))}
    if "MOTION BY" in labelled or "MOVED BY" in labelled:
        mover = parse_name(labelled.get("MOTION BY") or labelled.get("MOVED BY") or "")
        seconder = parse_name(next((v for k, v in labelled.items() if k.startswith("SECOND")), ""))
        if not _moved_above(previous, mover):
            item.motions.append(MotionDraft(blocks[i].first, item.title, mover, seconder, result))
    moved = motion_matches(before) if "MOTION BY" not in labelled and "MOVED BY" not in labelled else []
    if moved:  # 'It was moved by Ms. A, seconded by Ms. B, that X. MOTION CARRIED 4-0-1 [AYES: ...]'
        item.motions.append(MotionDraft(blocks[i].first, item.title, *motion_names(moved[-1]), result))
        said = MOVED_TEXT_RE.match(before[moved[-1].end():]) or MOVED_AFTER_ROLL_RE.search(tail)
        resolved_below = any(DECISION_RE.match(b.text) for b in blocks[i + 1:i + 3])  # the resolution records it
        if result == "carried" and said and not resolved_below:
            item.decisions.append(said.group("text").strip())
        elif result == "carried" and not said and not resolved_below:  # 'On a motion by A and seconded by B,
            item.decisions.extend(done_after(before[moved[-1].end():], blocks, i))  # X was adopted upon the
            # following roll call vote: ...'

    elif "RESULT" in labelled and result == "carried" and not MADE_MOTION_RE.search(previous):
        item.decisions.append(labelled["RESULT"])  # 'RESULT: APPROVED AS AMENDED [UNANIMOUS]'
    elif result == "carried" and (resolved := DECISION_RE.match(before.strip())):
        item.decisions.append(resolved.group(1).strip())  # 'RESOLVED that X. Voting in favour: A, B; against: C'
    elif result == "carried" and not under:  # (a result on a line of its own is no sentence recording a passage)
        _passage(item, text, before)
    return used


FOLLOWING_VOTE_RE = re.compile(r"(?i)\b(?:carried|passed|adopted|approved|failed|lost|defeated)\s+by\s+the\s+"
                               r"following\s+(?:roll[- ]call\s+)?vote\b")
# A result word closing a roll call's last list, with no full stop before it: '... Against: Councillor C Carried'.
CLOSING_RESULT_RE = re.compile(r"\s(?:CARRIED|Carried|DEFEATED|Defeated|LOST|Lost|PASSED|Passed|FAILED|Failed)\b"
                               r"(?:\s+(?:unanimously|UNANIMOUSLY))?\.?\s*$")


# A measure's passage told in the sentence that leads into its roll call: 'B227-15 was given third reading with
# the vote recorded as follows:', 'The vote on R135-15, as amended, was recorded as follows:'.
RECORDED_RE = re.compile(r"(?i)\bvote\b[^.:]{0,40}\brecorded\b|\brecorded\b[^.:]{0,20}\bvote\b")


def _passage(item: ItemDraft, text: str, before: str) -> None:
    """The sentence recording a measure's vote, with its roll call and result, is the decision (a motion's own
    sentence is read by the motion rules)."""
    start = max((m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z(])", before)), default=0)
    sentence = before[start:]
    if RECORDED_RE.search(sentence) and not MADE_MOTION_RE.search(sentence) and len(sentence.split()) >= 4:  # not
        # a 'Recorded Vote:' heading alone
        item.decisions.append(re.sub(r"\s+", " ", text[start:]).strip())


# What a motion told before its roll call moved: ', that X.' or ', to X.' up to the result.
MOVED_TEXT_RE = re.compile(rf",?\s*(?:{MOTION_CARRIED_TO})?"
                           r"(?P<text>(?:that|to)\s[^;]{1,800}?)(?:(?<!\bNo)(?<!\bNos)(?<!\b[A-Z])(?<!\bMr)"
                           r"(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.\s+(?=[A-Z])|\.?\s*(?:MOTION\b|Motion\b)|\.?\s*$)")
# What was moved, printed after the roll call it carried by ('A motion was made by A, seconded by B and carried with
# the following vote:' / 'Ayes: ...' / 'Absent: None' / 'to approve the agenda.')
MOVED_AFTER_ROLL_RE = re.compile(r"(?:^|\s)(?P<text>(?:to|that)\s+[a-z][^;]{2,400}?)\.?\s*$")
# A vote summary's labelled lines: 'RESULT: APPROVED [UNANIMOUS]', 'MOTION BY: A', 'SECOND: B'.
LABELLED_RE = re.compile(r"^(RESULT|MOTION BY|MOVED BY|SECOND(?:ED BY|ER)?)\s{0,3}:\s*(.+)$", re.I)
NEXT_LABEL_RE = re.compile(r"(?:\s{3,}|\t)(?=[A-Z][\w ]{0,20}:)")  # 'Moved by: A      Seconded by: B': two labels
# 'Commissioner A made a motion, seconded by Commissioner B, to ...': the paragraph a summary repeats.
MADE_MOTION_RE = re.compile(r"(?i)\bmade\s+(?:a|the)\s+motion\b|\bmoved\s+and\b.{0,60}?\bseconded\b")


def _moved_above(previous: str, mover: PersonName | None) -> bool:
    """The paragraph above already named this mover ('Commissioner Allen Fisk made a motion'): one motion."""
    return bool(mover and MADE_MOTION_RE.search(previous) and mover.name.lower() in previous.lower())


def keep_vote(item: ItemDraft, vote: VoteDraft) -> None:
    """A vote read twice (a roll call whose counts were already read from the result line) is kept once."""
    for kept in item.votes:
        if kept.line is vote.line and kept.counts == vote.counts and kept.sides == vote.sides:
            return
    item.votes.append(vote)


RESULT_LINE_RE = re.compile(r"^RESULT\s{0,3}:", re.I)


def shared_results(items: list[ItemDraft]) -> None:
    """A section's one vote printed after its last entry ('4. CONSENT CALENDAR' / '1. Minutes' / '2. Calendar
    2020' / 'RESULT: APPROVED AS AMENDED'): where no entry records anything of its own but the last, whose text
    ends in a vote summary, the decision, motion and vote are the section's, not the last entry's."""
    for n, parent in enumerate(items):
        children = []
        for item in items[n + 1:]:
            if item.parent != (parent.minute or parent.agenda) or not item.parent:
                break
            children.append(item)
        if len(children) < 2 or parent.decisions or parent.motions or parent.votes:
            continue
        *others, last = children
        if any(c.decisions or c.motions or c.votes for c in others) or not (last.decisions or last.motions):
            continue
        if not any(RESULT_LINE_RE.match(line.stripped) for line in last.lines):
            continue
        parent.decisions, last.decisions = last.decisions, []
        parent.motions, last.motions = last.motions, []
        parent.votes, last.votes = last.votes, []
        for motion in parent.motions:
            motion.title = parent.title if motion.title == last.title else motion.title
