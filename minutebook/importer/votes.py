"""Recorded votes: roll calls that name members ('AYES: ... NOES: ... ABSENT: ...', 'VOTING YES: ... VOTING NO:
...', a table headed 'Yeas: | Nays: | Absent:'), and counts printed with a result ('CARRIED (6 members voting in
favour, none against with 3 abstentions)', 'Motion Passed (13 to 0)', 'FAILED [4-2-1-1]', '4 FOR, 1 AGAINST,
4 ABSTAINING'). Each is a table of patterns with the side or result it gives; nothing here knows a council.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .decisions import DECISION_RE
from .drafts import ItemDraft, MotionDraft, VoteDraft
from .mentions import motion_matches, motion_names
from .names import PersonName, parse_name

# A roll call's labels, each with the side it gives. Capitals, or at the start of a line, before a colon:
# 'for:' inside a sentence is never a label.
SIDE_LABELS: list[tuple[str, str]] = [
    (r"VOTING\s+(?:YES|AYE)|AYES?|YEAS?|YES|IN\s+FAVOU?R|FOR", "for"),
    (r"VOTING\s+NO|NOES|NOS|NAYS?|NO|AGAINST|OPPOSED", "against"),
    (r"VOTING\s+ABSTAIN|ABSTAIN(?:ED|ING|S)?|ABSTENTIONS?|RECUSE[DS]?|RECUSALS?", "abstain"),
    (r"ABSENT(?:\s+AND\s+NOT\s+VOTING)?|NOT\s+PRESENT|EXCUSED", "absent"),
]
# The labels no sentence says before a colon, in title case too ('Ayes: 4 (A, B); Noes: 0 (none); Absent: C').
TITLED_LABELS = r"Ayes|Yeas|Noes|Nays|Abstain(?:ed|ing|s)?|Abstentions?|Absent|Recused"
LABEL_RE = re.compile(r"(?:^|(?<=[\s.;\[(]))(?P<label>" + "|".join(f"(?:{p})" for p, _ in SIDE_LABELS)
                      + f"|{TITLED_LABELS}" + r")(?:\s?\((?P<count>\d{1,3})\))?\s{0,3}:[ \t]*")  # 'Yeas (3): A, B, C'
TITLE_LABEL_RE = re.compile(r"(?i)^(?P<label>" + "|".join(f"(?:{p})" for p, _ in SIDE_LABELS) + r")\s{0,3}:")
# The same labels in any case and after a dash too ('Voting in favour: A, B; against: C', 'Yeas - A, B; Nays - C'):
# read only where two sides are labelled, so 'for:' in a sentence is still no label.
LOOSE_LABEL_RE = re.compile(r"(?:^|(?<=[\s.;,]))(?i:voting\s+)?(?P<label>(?i:" + "|".join(
    f"(?:{p})" for p, _ in SIDE_LABELS) + r"))\s{0,3}(?::|\s[-–—]\s)[ \t]*(?=[A-Z*]|(?i:none|nil|no\s*one)\b)")
# Each member's vote after their name: 'Commissioner Bell - aye; Commissioner Hale - aye; Commissioner Lind - nay',
# 'by vote of Ann Bell yea, Cy Hale yea, and Di Lord nay' (a word that is only a vote needs no dash before it).
MEMBER_VOTE_RE = re.compile(r"(?P<name>(?:(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr)\.|[A-Z][\w'’-]*)\s){0,3}[A-Z][\w'’-]+)"
                            r"(?:\s*[-–—:]\s*|\s+(?=(?i:aye|yea|nay)\b))(?P<vote>(?i:aye|yes|yea|nay|no|abstain(?:ed)?|absent))\b")
VOTE_WORD_RE = re.compile(r"^(?:Vote|Voting|Motion|Roll\s+Call)\s+")  # 'vote Gary aye, ...': not the name
MEMBER_VOTE_SIDES = {"aye": "for", "yes": "for", "yea": "for", "nay": "against", "no": "against",
                     "abstain": "abstain", "abstained": "abstain", "absent": "absent"}


# A label with the count of the names after it, in any case ('Aye: 7 - Bell, Hale, ...', 'Excused: 1 - Ross'):
# the count and its dash say it is a roll call, one label alone.
COUNTED_LABEL_RE = re.compile(r"(?:^|(?<=[\s.;]))(?P<label>(?i:ayes?|yeas?|nays?|noes|for|against|opposed|"
                              r"abstain(?:ed|ing|s)?|abstentions?|recused|excused|absent))\s{0,3}:\s{0,6}"
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

# Words that say no one is on a side.
NOBODY_RE = re.compile(r"(?i)^(?:none|no\s*one|nobody|n/?a|nil|-+|0)\.?$")

# Titles a roll call prints before a member's name ('Commissioners *Davis', 'Vice Chair Valencia').
TITLE_RE = re.compile(
    r"(?i)^(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|woman|person)?|Mayor|President|Commissioners?|Council(?:l?or|member|"
    r"woman|man|person)s?|Board\s+Members?|Members?|Trustees?|Directors?|Supervisors?|Aldermen|Alderman|"
    r"Alderpersons?|Delegates?|Senators?|Representatives?|Ms\.?|Mr\.?|Mrs\.?|Dr\.?)\s+")

# Results as printed, each with the result it records; the catch-all gives none.
RESULTS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?i)\b(?:carried|passed|approved|adopted|enacted|agreed|resolved)\b"), "carried"),
    (re.compile(r"(?i)\b(?:lost|failed|defeated|rejected|not\s+carried)\b"), "lost"),
    (re.compile(r"(?i)\bfell\b"), "fell"),
    (re.compile(r"(?i)\bwithdrawn\b"), "withdrawn"),
    (re.compile(r"(?i)\btied\b|\bequality of votes\b"), "tied"),
]

NUMBER = r"(?<![\d.,£$€/-])(?P<n>\d{1,3}|none|no|nil)(?![\d.,%])"
# Counts as printed, each with its side: 'N (members) (voting) FOR / in favour', 'N against', 'with N abstentions'.
COUNT_RULES: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"(?i)\b{NUMBER}\s+(?:members?\s+|councillors?\s+)?(?:voting\s+|votes?\s+)?(?:for|in\s+favou?r)\b"),
     "for"),
    (re.compile(rf"(?i)\b{NUMBER}\s+(?:members?\s+|councillors?\s+)?(?:voting\s+|votes?\s+)?(?:against|opposed)\b"),
     "against"),
    (re.compile(rf"(?i)\b{NUMBER}\s+(?:members?\s+|councillors?\s+)?(?:abstentions?|abstaining|abstained|"
                r"abstain|recusals?)\b"), "abstain"),
]
# Counts as a pair or run of numbers after the result: '(13 to 0)', '[4-2-1-1]', 'by 5 votes to 2', 'carried
# unanimously, 3-0'.
TALLY_RE = re.compile(r"(?i)(?:\(|\[|\bby\s+|\b(?:unanimously|carried|passed|approved|adopted|failed|lost|voted),?\s+)"
                      r"(?P<a>\d{1,3})(?:\s+votes?)?\s*(?:to|-|–|/)\s*(?P<b>\d{1,3})"
                      r"(?:\s*-\s*(?P<c>\d{1,3}))?(?:\s*-\s*(?P<d>\d{1,3}))?\s*(?:\)|\]|\b)")
# A sentence that reports a vote's outcome: a result word with counts near it.
OUTCOME_RE = re.compile(r"(?i)\b(?:carried|passed|approved|adopted|resolved|lost|failed|defeated|fell|not\s+carried|"
                        r"vote[ds]?|voting)\b")


def result_of(text: str) -> str | None:
    for pattern, result in RESULTS:
        if pattern.search(text):
            return result
    return None


def counts_of(text: str) -> dict[str, int]:
    """The numbers printed for each side in one sentence; {} where none are printed."""
    found: dict[str, int] = {}
    for pattern, side in COUNT_RULES:
        match = pattern.search(text)
        if match and side not in found:
            number = match.group("n").lower()
            found[side] = int(number) if number.isdigit() else 0
    if "for" not in found:
        tally = TALLY_RE.search(text)
        if tally and OUTCOME_RE.search(text[:tally.start("a")]):
            for side, group in zip(("for", "against", "abstain", "absent"), "abcd", strict=True):
                if tally.group(group) is not None:
                    found[side] = int(tally.group(group))
    if len(found) < 2 and not re.search(r"(?i)\b(?:voting|votes?|members)\b", text):
        return {}  # '£469.58 for the insurance' is no count: one side alone needs 'voting' or 'votes'
    return found if "for" in found or "against" in found else {}


def voters(text: str) -> list[PersonName]:
    """'Commissioners *Davis, **Hernandez, and Perez, Vice Chair Valencia' -> Davis, Hernandez, Perez, Valencia."""
    text = COUNT_DASH_RE.sub("", text)  # '7 - Bell, Hale, ...'
    counted = re.match(r"^\s*\d{1,3}\s*\(([^()]{1,300})\)", text)  # '4 (Bell, Hale, Lind, Kerr)'
    text = counted.group(1) if counted else text
    text = re.sub(r"\s*\([^()]{0,200}\)?", " ", text)  # '(except for R129-15 ...)': a note, not a name
    text = re.sub(r"\s+", " ", text).strip(" .;,]")  # '... ABSENT: Ross].': the bracket closes the roll call
    if NOBODY_RE.match(text):
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
        number = re.match(r"\d{1,3}(?![\d.,:/])", text[match.end():])
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


def roll_call_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    """Two labels of a roll call ('AYES:' and 'NOES:' or 'ABSENT:'), or one 'VOTING YES:' / 'AYES:' line."""
    text = _joined(blocks, i)[0]
    labels = {side_of(m.group("label")) for m in labels_in(text)}
    if len(labels) >= 2 or counted_votes_in(text) or len(member_votes(blocks[i].text)) >= 2 \
            or (not labels and unanimous_list(blocks[i].text)):
        return True
    return any(re.match(r"^(?:VOTING\s+YES|AYES|YEAS)\s{0,3}:", line.stripped) for line in blocks[i].lines)


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
    above = previous if re.search(r"(?i)\bvote\s*:?\s*$", previous) or len(previous.split()) <= 4 else \
        following.group() if following else ""  # 'The motion carried by the following vote:' / 'CARRIED 3/1' / ...
    result = result_of(before) or (result_of(above) if above else None) \
        or (result_of(after[0][:80]) if after else None) or (result_of(closing.group()) if closing else None)
    vote = VoteDraft(blocks[i].first, motion=None, result=result,
                     sides=roll_call(text[:closing.start()] if closing else text),
                     counts=counts_of(before) or counts_of(above) or label_counts(text)
                     or (counts_of(after[0][:80]) if after else {}))
    _keep(item, vote)
    labelled = {m.group(1).upper(): m.group(2).strip() for line in [*summary, *blocks[i].lines]
                if (m := LABELLED_RE.match(line.stripped))}
    if "MOTION BY" in labelled or "MOVED BY" in labelled:
        mover = parse_name(labelled.get("MOTION BY") or labelled.get("MOVED BY") or "")
        seconder = parse_name(next((v for k, v in labelled.items() if k.startswith("SECOND")), ""))
        if not _moved_above(previous, mover):
            item.motions.append(MotionDraft(blocks[i].first, item.title, mover, seconder, result))
    moved = motion_matches(before) if "MOTION BY" not in labelled and "MOVED BY" not in labelled else []
    if moved:  # 'It was moved by Ms. A, seconded by Ms. B, that X. MOTION CARRIED 4-0-1 [AYES: ...]'
        item.motions.append(MotionDraft(blocks[i].first, item.title, *motion_names(moved[-1]), result))
        said = MOVED_TEXT_RE.match(before[moved[-1].end():])
        resolved_below = any(DECISION_RE.match(b.text) for b in blocks[i + 1:i + 3])  # the resolution records it
        if result == "carried" and said and not resolved_below:
            item.decisions.append(said.group("text").strip())
    elif "RESULT" in labelled and result == "carried" and not MADE_MOTION_RE.search(previous):
        item.decisions.append(labelled["RESULT"])  # 'RESULT: APPROVED AS AMENDED [UNANIMOUS]'
    elif result == "carried" and (resolved := DECISION_RE.match(before.strip())):
        item.decisions.append(resolved.group(1).strip())  # 'RESOLVED that X. Voting in favour: A, B; against: C'
    elif result == "carried":
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
MOVED_TEXT_RE = re.compile(r",?\s*(?P<text>(?:that|to)\s[^;]{1,800}?)(?:(?<!\bNo)(?<!\bNos)(?<!\b[A-Z])(?<!\bMr)"
                           r"(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.\s+(?=[A-Z])|\.?\s*(?:MOTION\b|Motion\b)|\.?\s*$)")
# A vote summary's labelled lines: 'RESULT: APPROVED [UNANIMOUS]', 'MOTION BY: A', 'SECOND: B'.
LABELLED_RE = re.compile(r"^(RESULT|MOTION BY|MOVED BY|SECOND(?:ED BY|ER)?)\s{0,3}:\s*(.+)$", re.I)
# 'Commissioner A made a motion, seconded by Commissioner B, to ...': the paragraph a summary repeats.
MADE_MOTION_RE = re.compile(r"(?i)\bmade\s+(?:a|the)\s+motion\b|\bmoved\s+and\b.{0,60}?\bseconded\b")


def _moved_above(previous: str, mover: PersonName | None) -> bool:
    """The paragraph above already named this mover ('Commissioner Allen Fisk made a motion'): one motion."""
    return bool(mover and MADE_MOTION_RE.search(previous) and mover.name.lower() in previous.lower())


# A Markdown table of a roll call: '|Yeas:|Absent:|' then '|-|-|' then one name per cell.
TABLE_ROW_RE = re.compile(r"^>?\s*\|(.*)\|\s*$")


def vote_table_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    lines = [line.stripped for line in blocks[i].lines]
    header = next((TABLE_ROW_RE.match(line) for line in lines if TABLE_ROW_RE.match(line)), None)
    return header is not None and all(TITLE_LABEL_RE.match(c.strip()) for c in header.group(1).split("|")
                                      if c.strip())


def vote_table_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'|Yeas:|Absent:|' / '|-|-|' / '|Mayor J. Morgan|J. Pribil|': each column one side (the result and counts
    come from the line after: `counted_votes`)."""
    rows = [m.group(1).split("|") for line in blocks[i].lines if (m := TABLE_ROW_RE.match(line.stripped))]
    header = [side_of(TITLE_LABEL_RE.match(c.strip()).group("label")) if c.strip() else None for c in rows[0]]
    sides: dict[str, list[PersonName]] = {side: [] for side in header if side}
    for row in rows[1:]:
        for side, cell in zip(header, row, strict=False):
            if side and not re.fullmatch(r"\s*:?-+:?\s*", cell):
                sides[side].extend(voters(cell))
    _keep(item, VoteDraft(blocks[i].first, sides=sides))
    return 1


# Those who voted otherwise, named in brackets after the count: 'Motion carried 3-1 (Roe voted no).', '5-2 (Bell and
# Hale opposed)', '(Lind abstaining)'.
DISSENT_RE = re.compile(r"\((?P<names>[A-Z][\w'’-]+(?:(?:,\s*|\s+and\s+)[A-Z][\w'’-]+){0,4})\s+(?:(?P<against>voted\s+"
                        r"(?:no|nay|against)|opposed|dissenting|against)|(?P<abstain>abstained|abstaining|abstain))\)")


# ... or after 'with': 'The motion passed 3-1 with Commissioner Walsh voting no and Commissioner Park absent.'
WITH_RE = re.compile(r"\b(?:with|and)\s+(?P<name>(?:(?:Commissioner|Council(?:l?or|member)|Cllr|Cr|Trustee|Director|"
                     r"Member|Supervisor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:(?P<against>voting\s+"
                     r"(?:no|nay|against)|opposed|dissenting)|(?P<abstain>abstaining|recused)|(?P<absent>absent))\b")
WITH_SIDES = ("against", "abstain", "absent")


def named_dissent(sentence: str) -> dict[str, list[PersonName]]:
    """The members a counted result names as voting against, abstaining or absent; {} where it names none."""
    sides: dict[str, list[PersonName]] = {}
    for match in DISSENT_RE.finditer(sentence):
        sides.setdefault("against" if match.group("against") else "abstain", []).extend(voters(match.group("names")))
    for match in WITH_RE.finditer(sentence):
        side = next(s for s in WITH_SIDES if match.group(s))
        sides.setdefault(side, []).extend(voters(match.group("name")))
    return sides


def counted_votes(blocks: list[Block], item: ItemDraft) -> None:
    """Every sentence that reports a result with its counts is one vote ('the amendment FELL with 2 voting FOR
    and 7 AGAINST.'); read after the block rules, whatever else the paragraph holds. A paragraph whose roll call
    is already kept adds nothing; a result line right under a roll call ('Motion Passed (13 to 0)') gives it
    its result and counts."""
    for n, block in enumerate(blocks):
        if any(v.line is block.first for v in item.votes):
            continue
        below = [v for v in item.votes if n + 1 < len(blocks) and v.line is blocks[n + 1].first and v.result]
        if below and len(block.text.split()) <= 4 and counts_of(block.text) == below[0].counts:
            continue  # 'CARRIED 3/1' over the roll call it heads: read with it
        above = [v for v in item.votes if n and v.line is blocks[n - 1].first and not v.result]
        for sentence in re.split(r"(?<=[.;])\s+(?=On\b|The\b|It\b|[A-Z]{3,}\b)", block.text):
            counts = counts_of(sentence)
            above = [v for v in above if not v.counts or v.counts == counts]  # 'Yeas (3): ...' / 'Carried (3 to 1)'
            if not OUTCOME_RE.search(sentence) or not (counts or above):
                continue
            if above:
                above[0].result, above[0].counts = result_of(sentence), counts
                above = []
                continue
            vote = VoteDraft(block.first, result=result_of(sentence), counts=counts, sides=named_dissent(sentence))
            subject = re.search(r"(?i)\bthe\s+(amendment|substantive\s+\w+|recommendations?|motion|resolution|"
                                r"proposal)\b", sentence)
            if subject:
                vote.motion = subject.group(1).lower()
            item.votes.append(vote)


# A member who abstained, in a sentence of its own: 'The Mayor ABSTAINED on item no. 12.', 'Councillor A
# abstained.' A post alone ('The Mayor') stands for the member who holds it in the meeting's attendance (resolved
# when the record is written; a post nobody holds there names nobody). A person needs a title: 'Ann abstained'
# may be anyone.
POST = r"(?:(?:Vice|Deputy)\s+)?(?:Mayor|President|Chair(?:man|woman|person)?|Comptroller|Treasurer|Secretary)"
ABSTAINER = (r"(?:Councillor|Cllr|Cr|Commissioner|Council\s?member|Trustee|Director|Mr|Mrs|Ms|Dr)\.?\s+"
             r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
ABSTAINED_RE = re.compile(rf"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))(?:The\s+)?(?:(?P<post>{POST})|(?P<who>{ABSTAINER}))\s+"
                          r"(?:ABSTAINED|abstained)\b(?!\s*:)")


def abstentions(blocks: list[Block], item: ItemDraft) -> None:
    """Each 'X ABSTAINED' sentence is a vote with that one member abstaining (sentences of a justified line may
    stand three spaces apart: 'points.   The Mayor ABSTAINED.')."""
    for block in blocks:
        for match in ABSTAINED_RE.finditer(re.sub(r"\s+", " ", block.text)):
            post = match.group("post")
            name = PersonName(re.sub(r"\s+", " ", post), None, re.sub(r"\s+", " ", post), None, (), post) if post \
                else parse_name(match.group("who"))
            if name is not None:
                item.votes.append(VoteDraft(block.first, sides={"abstain": [name]}))


def _keep(item: ItemDraft, vote: VoteDraft) -> None:
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
