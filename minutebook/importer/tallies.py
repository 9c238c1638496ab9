"""How a vote went, as a sentence prints it: the result ('CARRIED', 'The motion failed') and the counts beside it
('CARRIED (6 members voting in favour, none against with 3 abstentions)', 'Motion Passed (13 to 0)', 'FAILED
[4-2-1-1]', 'CARRIED 5/0'). Text in, result and counts out: nothing here knows a member or a council.
"""

from __future__ import annotations

import re

# Results as printed, each with the result it records; the catch-all gives none.
RESULTS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?i)\b(?:carried|passed|approved|adopted|enacted|agreed|resolved)\b"), "carried"),
    (re.compile(r"(?i)\b(?:lost|failed|defeated|rejected|not\s+carried)\b"), "lost"),
    (re.compile(r"(?i)\bfell\b"), "fell"),
    (re.compile(r"(?i)\bwithdrawn\b"), "withdrawn"),
    (re.compile(r"(?i)\btied\b|\bequality of votes\b"), "tied"),
]

# A count written in words ('Four were in favor'): the number it is.
NUMBER_WORDS = {word: n for n, word in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
NUMBER = rf"(?<![\d.,£$€/-])(?P<n>\d{{1,3}}|none|no|nil|{'|'.join(NUMBER_WORDS)})(?![\d.,%])"
COUNTED = r"(?P<n>\d{1,3})(?![\d%]|[.,]\d)"  # a side's number after its word: 'Ayes 5,' (a comma may follow)
# What a vote was on, where the sentence putting it says: 'invited members to vote on the proposition that the repo
# rate should be reduced by 25 basis points to 4.5%.'
PROPOSITION_RE = re.compile(r"(?i)\bvot(?:e|ed|ing)\s+on\s+the\s+(?:proposition|motion|proposal|resolution)\s+"
                            r"(?P<text>that\b.+?)(?=\.\s+[A-Z]|\.?$)")


def last_proposition(text: str, start: int = 0, end: int | None = None) -> str | None:
    """What the last sentence putting a vote between `start` and `end` of `text` says it was on, or None."""
    found = list(PROPOSITION_RE.finditer(text, start, len(text) if end is None else end))
    return found[-1].group("text").strip() if found else None
# Counts as printed, each with its side: 'N (members) (voting) FOR / in favour', 'N against', 'with N abstentions'.
COUNT_RULES: list[tuple[re.Pattern, str]] = [
    # 'Votes against? 0' / 'Votes in favor: 10 (including proxies)': a side named as votes, its number after it, read
    # first (not '0' / 'Votes in favor' across the two lines)
    (re.compile(rf"(?i)\bvotes?\s+(?:in\s+favou?r|for)\s*[:?]?\s*{COUNTED}"), "for"),
    (re.compile(rf"(?i)\bvotes?\s+against\s*[:?]?\s*{COUNTED}"), "against"),
    # ('Four were in favor', '5 for, 2 against', '12 for (100%)'; not 'Ordinance No. 512 for first reading')
    (re.compile(rf"(?i)\b{NUMBER}\s+(?:members?\s+|councillors?\s+)?(?:(?:voting\s+|votes?\s+|were\s+)?"
                r"in\s+favou?r\b|(?:voting\s+|votes?\s+|were\s+)for\b|for(?=\s*(?:[,;.()]|and\b|with\b|to\b|$)))"),
     "for"),
    (re.compile(rf"(?i)\b{NUMBER}\s+(?:members?\s+|councillors?\s+)?(?:voting\s+|votes?\s+|were\s+)?(?:against|opposed)"
                r"\b"), "against"),
    (re.compile(rf"(?i)\b{NUMBER}\s+(?:members?\s+|councillors?\s+)?(?:abstentions?|abstaining|abstained|"
                r"abstain|recusals?)\b"), "abstain"),
    # 'Voting result: 10 yes, 0 no, 0 abstain.': each side's number before its answer
    (re.compile(rf"(?i)\b{NUMBER}\s+(?:yes|ayes?|yeas?)\b"), "for"),
    (re.compile(rf"(?i)\b{NUMBER}\s+(?:no|noes|nays?)\b"), "against"),
    # ... or each side's word before its number: 'Ayes 5, Noes 0, Absent 1', 'Yeas 4; Nays 1'
    (re.compile(rf"(?i)\b(?:ayes?|yeas?)\s*:?\s*{COUNTED}"), "for"),
    (re.compile(rf"(?i)\b(?:noes|nays?)\s*:?\s*{COUNTED}"), "against"),
    # 'Yes 88, No 119': each answer before its number, the two together ('No 5' alone is a number's label)
    (re.compile(rf"(?i)\byes\s*:?\s*{COUNTED}\s*[,;]?\s+no\s*:?\s*\d{{1,3}}\b"), "for"),
    (re.compile(rf"(?i)\byes\s*:?\s*\d{{1,3}}\s*[,;]?\s+no\s*:?\s*{COUNTED}"), "against"),
    # 'For: 6, Against: 2, Abstain: 1', 'Voting: For 8; Against 0', 'In favour: 5' (a colon, or a capital, says it is
    # a label)
    (re.compile(rf"(?:\b(?:For|FOR)\s*:?\s*|(?i:\b(?:for|in\s+favou?r)\s*:\s*)){COUNTED}"), "for"),
    (re.compile(rf"(?:\b(?:Against|AGAINST)\s*:?\s*|(?i:\bagainst\s*:\s*)){COUNTED}"), "against"),
    (re.compile(rf"(?i)\b(?:abstentions?|abstain(?:ed|ing)?)\s*:?\s*{COUNTED}"), "abstain"),
    (re.compile(rf"(?i)\babsent\s*:?\s*{COUNTED}"), "absent"),
]
# Counts as a pair or run of numbers after the result: '(13 to 0)', '[4-2-1-1]', 'by 5 votes to 2', 'carried
# unanimously, 3-0', 'Vote: 2-1'.
TALLY_RE = re.compile(r"(?i)(?:\(|\[|\bby\s+|\bvote\s*:\s*|"
                      r"\b(?:unanimously|carried|passed|approved|adopted|failed|lost|voted|moved),?\s+"
                      r"(?:(?:on|by|with)\s+an?\s+)?)"  # ('Motion passed on a 5-0 vote.', 'approved by a 4-0-1 vote')
                      r"(?P<a>\d{1,3})(?:\s+votes?)?\s*(?:to|-|–|/)\s*(?P<b>\d{1,3})"
                      r"(?:\s*-\s*(?P<c>\d{1,3}))?(?:\s*-\s*(?P<d>\d{1,3}))?\s*(?:\)|\]|\b)")
# A sentence that reports a vote's outcome: a result word with counts near it.
OUTCOME_RE = re.compile(r"(?i)\b(?:carried|passed|approved|adopted|resolved|lost|failed|defeated|fell|not\s+carried|"
                        r"vote[ds]?|voting|moved(?=\s+\d{1,3}\s?[-–]\s?\d{1,3}\b|\s*$))\b")  # ('Moved 5-0.', counted)


def result_of(text: str) -> str | None:
    for pattern, result in RESULTS:
        if pattern.search(text):
            return result
    return None


# A result on a line of its own: 'Motion carried.', 'The motion failed.', 'Carried.'
RESULT_LINE_RE = re.compile(r"(?i)^(?:the\s+)?(?:(?:substantive\s+)?motion|resolution|ordinance|amendment)\s+"
                            r"(?:was\s+)?(?:put\s+and\s+)?"
                            r"(?:declared\s+)?(?:carried|passed|adopted|approved|failed|lost|defeated)\b.{0,30}$|"
                            r"^(?:carried|passed|adopted|failed|lost|defeated)\b\W{0,3}$")


def result_line(lines: list[str]) -> str | None:
    """The first of `lines` that says only how a motion went, or None."""
    return next((line for line in lines if RESULT_LINE_RE.match(line)), None)


def before_result_line(text: str, lines: list[str]) -> str:
    """`text` up to the first of `lines` that says only how the motion went: a roll call's last side ends there
    ('Against the motion: Crs Dunn and Ellis' / 'The motion was declared CARRIED.')."""
    found = result_line(lines)
    cut = text.find(found) if found else -1
    return text[:cut] if cut > 0 else text


def result_on_a_line(lines: list[str]) -> str | None:
    """The result of the first of `lines` that says only how a motion went: under a roll call's last side, whose names
    run on to it with no sentence's end between ('NAYS: 1 - Trustee Fisher' / 'Motion carried.')."""
    found = result_line(lines)
    return result_of(found) if found else None


# Sides' labels, each with a colon: 'For: 9 Against: 0 Abstain: 0', 'AYES: 5 NAYS: 1'. Two or more make a tally's
# line: each number is read after its label (not '9 Against' across two labels), and one side may stand alone
# ('For: 9 Against: (1 informal) Abstain:').
SIDE_LABEL_RE = re.compile(r"\b(?:For|FOR|In\s+favou?r|IN\s+FAVOU?R|Against|AGAINST|Abstain\w*|ABSTAIN\w*|"
                           r"Abstentions?|ABSTENTIONS?|Ayes?|AYES?|Yeas?|YEAS?|Nays?|NAYS?|Noes|NOES)\s*:")
LABEL_RULES = 7  # COUNT_RULES from this one on read a side's word before its number


def counts_of(text: str) -> dict[str, int]:
    """The numbers printed for each side in one sentence; {} where none are printed."""
    found: dict[str, int] = {}
    labelled = len(SIDE_LABEL_RE.findall(text)) >= 2
    for pattern, side in COUNT_RULES[LABEL_RULES:] if labelled else COUNT_RULES:
        match = pattern.search(text)
        if match and side not in found:
            number = match.group("n").lower()
            found[side] = int(number) if number.isdigit() else NUMBER_WORDS.get(number, 0)
    if "for" not in found:
        tally = TALLY_RE.search(text)
        if tally and OUTCOME_RE.search(text[:tally.start("a")]):
            third = "abstain" if tally.group("d") else _third_side(text)  # ('4-2-1-1': for, against, abstain, absent)
            for side, group in zip(("for", "against", third, "absent"), "abcd", strict=True):
                if tally.group(group) is not None:
                    found[side] = int(tally.group(group))
    if len(found) < 2 and not labelled and not re.search(r"(?i)\b(?:voting|votes?|members)\b", text):
        return {}  # '£469.58 for the insurance' is no count: one side alone needs 'voting' or 'votes'
    return found if "for" in found or "against" in found else {}


def _third_side(text: str) -> str:
    """What the third figure of '4-0-1' counts: those abstaining, or those absent where the sentence names members
    absent and none abstaining ('Motion carried 4-0-1 (Olsen absent).')."""
    return "absent" if re.search(r"(?i)\babsent\b", text) and not re.search(r"(?i)\babstain|\brecus", text) \
        else "abstain"


def by_majority(counts: dict[str, int]) -> str | None:
    """'4 votes in favour and 3 against' with no result printed: carried; fewer for than against: lost; a tie (a
    casting vote may settle it) or no count: none."""
    if "for" not in counts or "against" not in counts or counts["for"] == counts["against"]:
        return None
    return "carried" if counts["for"] > counts["against"] else "lost"
