"""Votes a paragraph reports in its sentences rather than in a roll call: a result with its counts ('the amendment
FELL with 2 voting FOR and 7 AGAINST'), the members it names as voting otherwise ('3-1 (Roe voted no)', 'with
Commissioner A absent'), and a member who abstained in a sentence of their own ('The Mayor ABSTAINED on item 12').
Read after the block rules, whatever else the paragraph holds.
"""

from __future__ import annotations

import re

from .blocks import Block, Found, joined
from .decisions_unlabelled import passive_decisions
from .drafts import ItemDraft, MotionDraft, VoteDraft
from .lines import Line
from .names import MEMBER_TITLE, PersonName, parse_name, post_name
from .numbered_lines import MD_LINK_RE  # a Markdown link: its text is what is read
from .outcomes import outcome_of
from .role_titles import PERSONAL_TITLE
from .tallies import NUMBER_WORDS, OUTCOME_RE, by_majority, counts_of, last_proposition, result_of
from .votes import roll_call, side_of, voters

# Those who voted otherwise, named in brackets after the count: 'Motion carried 3-1 (Roe voted no).', '4-1 (Roe
# voting no)', '5-2 (Bell and Hale opposed)', '(Lind abstaining)', 'Vote: 3-1 (Cole no)', 'Vote: 4-0 (Park absent)';
# several sides in one bracket, apart by a semicolon or a comma ('3-1-1 (Chen no; Olsen absent)').
BRACKET_RE = re.compile(r"\(([^()]{1,200})\)")
DISSENT_RE = re.compile(r"(?:^|[;,]\s*)(?P<names>[A-Z][\w'’-]+(?:(?:,\s*|\s+and\s+)[A-Z][\w'’-]+){0,4})\s+"
                        r"(?:(?P<against>vot(?:ed|ing)\s+(?:no|nay|against)|opposed|dissenting|against|no|nay)|"
                        r"(?P<abstain>abstained|abstaining|abstain)|(?P<absent>absent))\s*(?=[;,]|$)")


# A member named in a sentence about their vote: 'Commissioner Walsh', 'Director Kapke', 'Ann Bell'.
NAMED_VOTER = rf"(?:(?:{MEMBER_TITLE}|{PERSONAL_TITLE})\.?\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
# ... or after 'with' or a comma, one or a list: 'The motion passed 3-1 with Commissioner Walsh voting no and
# Commissioner Park absent.', 'Vote: 2-1, Selectman Hale opposed.', 'Motion failed 2-3, Haddad, Vega and Whitfield
# opposed.'
WITH_RE = re.compile(rf"(?:\b(?:with|and)|,)\s+(?P<names>{NAMED_VOTER}(?:(?:,\s*|,?\s+and\s+){NAMED_VOTER}){{0,6}})"
                     r"\s+(?:(?P<against>voting\s+(?:no|nay|against)|opposed|dissenting)|"
                     r"(?P<abstain>abstaining|recused)|(?P<absent>absent))\b")
WITH_SIDES = ("against", "abstain", "absent")


def named_dissent(sentence: str) -> dict[str, list[PersonName]]:
    """The members a counted result names as voting against, abstaining or absent; {} where it names none."""
    sides: dict[str, list[PersonName]] = {}
    bracketed = (m for bracket in BRACKET_RE.finditer(sentence) for m in DISSENT_RE.finditer(bracket.group(1)))
    for match in [*bracketed, *WITH_RE.finditer(sentence)]:  # (', Park abstaining)' is read by both: once)
        side = next(s for s in WITH_SIDES if match.group(s))
        named = sides.setdefault(side, [])
        named.extend(p for p in voters(match.group("names"))
                     if p.name not in {n.name for n in named})
    return sides


# A competition's standing, figures after words that are also a vote's ('Played 8, Won 5, Drew 0, Lost 3, For 22,
# Against 18, Points 10', a league's table in a club's report): three such figures or more, no vote.
STANDING_RE = re.compile(r"(?i)\b(?:played|won|drawn|drew|lost|points|pts)\s+\d{1,3}\b")
STANDING_FIGURES = 3


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
        if (result := _result_below(blocks, n)) and (counts := counts_of(block.text)) \
                and not OUTCOME_RE.search(block.text):  # 'For: 9 Against: 0 Abstain: 0' / 'Motion passed'
            item.votes.append(VoteDraft(block.first, result=result, counts=counts))
            _point_decided(blocks, n, item)
            continue
        for sentence in _sentences(block.text):
            counts = counts_of(sentence)
            above = [v for v in above if not v.counts or v.counts == counts]  # 'Yeas (3): ...' / 'Carried (3 to 1)'
            named = named_dissent(sentence) if OUTCOME_RE.search(sentence) else {}
            dissent = not counts and result_of(sentence) and {"against", "abstain"} & set(named)
            if not OUTCOME_RE.search(sentence) or not (counts or above or dissent) \
                    or len(STANDING_RE.findall(sentence)) >= STANDING_FIGURES:
                continue
            if above:
                above[0].result, above[0].counts = result_of(sentence), counts
                above = []
                continue
            vote = VoteDraft(block.first, result=result_of(sentence) or by_majority(counts), counts=counts,
                             sides=named)
            if vote.result == "carried" and (put := COUNTED_PROPOSAL_RE.match(sentence)):
                item.decisions.append(put.group("what"))  # 'Tally to re-elect A as president: 7 votes for, ...
            subject = re.search(r"(?i)\bthe\s+(amendment|substantive\s+\w+|recommendations?|motion|resolution|"
                                r"proposal)\b", sentence)
            if subject:
                vote.motion = subject.group(1).lower()
            item.votes.append(vote)
            _point_decided(blocks, n, item)


def _sentences(text: str) -> list[str]:
    """A paragraph's sentences that may each report a vote; one holding two counted results is cut before each
    motion ('Motion carried 5-0. Item C was discussed. Motion by A ... Motion carried 4-1 (B no).': two votes)."""
    sentences = []
    for sentence in re.split(r"(?<=[.;])\s+(?=On\b|The\b|It\b|[A-Z]{3,}\b)", text):
        parts = re.split(r"(?<=[.;])\s+(?=Motion\b|Item\b)", sentence)
        sentences.extend(parts if sum(bool(counts_of(part)) for part in parts) > 1 else [sentence])
    return sentences


# A count labelled with what it was a vote to do: 'Tally to re-elect Peter Cock as president: 7 votes for, 0 against,
# 1 abstain', 'Vote to adopt the budget: 5 for, 2 against'; carried, what it was to do is a decision.
COUNTED_PROPOSAL_RE = re.compile(r"^(?:[-*•]\s+)?(?:Tally|Vote|Ballot|Poll)\s+(?P<what>to\s+[^:]{3,200}?)\s*:\s*\d")
POINT_RE = re.compile(r"^[-*•]\s+(?P<point>[^.;:]{3,120}?)\.?$")  # '- Code of Conduct': a point naming a proposal


def _point_decided(blocks: list[Block], n: int, item: ItemDraft) -> None:
    """The proposal a point names, decided, where the vote under it and its result are its sub-points ('- Code of
    Conduct' / '  - Final vote: 12 for, 0 against' / '  - Passed')."""
    above = blocks[n - 1] if n else None
    point = POINT_RE.match(MD_LINK_RE.sub(r"\1", above.text)) if above is not None and len(above.lines) == 1 else None
    if point and above.first.indent < blocks[n].first.indent and _result_below(blocks, n) == "carried":
        item.decisions.append(point.group("point").strip())


RESULT_ALONE_WORDS = 5  # words, at most, of a result printed alone under its count, a list's mark among them
# ('Motion passed', '- Motion passed', 'CARRIED')


def _result_below(blocks: list[Block], n: int) -> str | None:
    """The result a short paragraph right under paragraph `n` prints alone, or None."""
    below = blocks[n + 1].text if n + 1 < len(blocks) else ""
    return result_of(below) if below and len(below.split()) <= RESULT_ALONE_WORDS and not counts_of(below) else None


# A member who abstained, in a sentence of its own or in brackets: 'The Mayor ABSTAINED on item no. 12.',
# 'Councillor A abstained.', '... passed unanimously (Mayor Sondak abstained).' A post alone ('The Mayor') stands for
# the member who holds it in the meeting's attendance (resolved when the record is written; a post nobody holds there
# names nobody). A person needs a title: 'Ann abstained' may be anyone.
POST = r"(?:(?:Vice|Deputy)\s+)?(?:Mayor|President|Chair(?:man|woman|person)?|Comptroller|Treasurer|Secretary)"
ABSTAINER = rf"(?:{MEMBER_TITLE}|{PERSONAL_TITLE})\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}"
ABSTAINED_RE = re.compile(rf"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=\())(?:The\s+)?(?:(?P<post>{POST})|"
                          rf"(?P<who>{ABSTAINER}))\s+(?:ABSTAINED|abstained)\b(?!\s*:)")


def abstentions(blocks: list[Block], item: ItemDraft) -> None:
    """Each 'X ABSTAINED' sentence is a vote with that one member abstaining (sentences of a justified line may
    stand three spaces apart: 'points.   The Mayor ABSTAINED.'), or, in the paragraph of the one vote it counts,
    that vote's abstainer ('It passed 4-0. Councilor Ruble abstained.')."""
    for block in blocks:
        counted = [v for v in item.votes if v.line is block.first and v.result and "abstain" not in v.sides]
        for match in ABSTAINED_RE.finditer(re.sub(r"\s+", " ", block.text)):
            post = match.group("post")
            name = post_name(post) if post else parse_name(match.group("who"))
            if name is None:
                continue
            if len(counted) == 1:
                counted[0].sides.setdefault("abstain", []).append(name)
            else:
                item.votes.append(VoteDraft(block.first, sides={"abstain": [name]}))


# A member who asked that their own vote be recorded: 'Councillor Bell asked that her vote against be recorded.',
# 'Cllr Hale requested that his abstention be recorded'.
RECORDED_OWN_RE = re.compile(rf"(?P<who>{ABSTAINER})\s+(?:asked|requested)\s+(?:that\s+|for\s+)?(?:his|her|their)\s+"
                             r"(?:(?P<against>vote\s+against)|(?P<for>vote\s+(?:for|in\s+favou?r))|(?P<abstain>abstention))"
                             r"(?:\s+(?:(?:on|from)\s+)?(?:the|this)\s+(?:motion|resolution|amendment|recommendation|"
                             r"decision|proposal|item))?"  # ('his vote against the motion be recorded')
                             r"(?:\s+(?:to\s+)?be\s+recorded|\s+to\s+be\s+(?:minuted|noted))"
                             # ... or the minutes to say so: 'Mr A wished the minutes to reflect he had abstained from
                             # the vote.', 'Cllr B asked that the minutes record that she voted against.'
                             rf"|(?:^|(?<=[.;]\s))(?P<who2>{ABSTAINER})\s+(?:asked|requested|wished)\s+(?:that\s+|for\s+)?the\s+minutes\s+"
                             r"(?:to\s+)?(?:reflect|record|show|note)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?"
                             r"(?:(?P<abstain2>abstained)|voted\s+(?:(?P<against2>against)|(?P<for2>for|in\s+favou?r)))")


def recorded_own_votes(blocks: list[Block], item: ItemDraft) -> None:
    """Each member who asked for their own vote to be recorded: a vote with them on that side."""
    for block in blocks:
        for match in RECORDED_OWN_RE.finditer(re.sub(r"\s+", " ", block.text)):
            name = parse_name(match.group("who") or match.group("who2"))
            side = next(s for s in ("against", "for", "abstain") if match.group(s) or match.group(f"{s}2"))
            if name is not None:
                item.votes.append(VoteDraft(block.first, sides={side: [name]}))


# Each side of a vote told as how many and who, in brackets: 'Five members of the Committee (A, B and C) voted in
# favour. Four members of the Committee (the Governor, D and E) voted against, preferring ...'.
WORD_NUMBERS = {w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                             "ten", "eleven", "twelve"), 1)}
COUNT = r"(?P<count>\d{1,2}|" + "|".join(WORD_NUMBERS) + ")"  # 'Five', '5': how many members a side had
MEMBERS = r"members?|councill?ors?|directors?|trustees?|commissioners?"
NAMED_SIDE_RE = re.compile(rf"(?i)\b{COUNT}\s+(?:{MEMBERS}|governors?)(?:\s+of\s+the\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                           r"\s+\((?P<names>[^()]{3,300})\)\s+voted\s+(?P<side>in\s+favou?r|for|against)\b")
POSTED_VOTER_RE = re.compile(rf"^the\s+(?P<post>{POST}|Governor|Deputy\s+Governor)$", re.I)


def named_side_votes(blocks: list[Block], item: ItemDraft) -> None:
    """Each vote an item tells as each side's count and its members in brackets (NAMED_SIDE_RE), read over the
    item's text as one (a PDF made into Markdown may set each line apart as a paragraph): a new vote where a side is
    told again; its result the majority's; what it was on, where the text before it says ('the proposition that
    X'), a decision when it carried. A post for a member ('the Governor') stands for whoever holds it."""
    text, starts = joined(blocks)
    votes: list[list[re.Match]] = []
    for match in NAMED_SIDE_RE.finditer(text):
        if not votes or _side(match) in {_side(m) for m in votes[-1]}:
            votes.append([])
        votes[-1].append(match)
    for n, matches in enumerate(votes):
        counts = {_side(m): _count(m.group("count")) for m in matches}
        sides = {_side(m): [*_posts(m.group("names")), *voters(m.group("names"))] for m in matches}
        result = by_majority(counts)
        item.votes.append(VoteDraft(_block_at(blocks, starts, matches[0].start()).first, result=result, sides=sides,
                                    counts=counts))
        since = votes[n - 1][-1].end() if n else 0
        put = last_proposition(text, since, matches[0].start())
        if put and result == "carried":
            item.decisions.append(put.rstrip("."))


# How many members backed each of competing proposals, no names: 'Five Committee members supported the proposal to
# lower the interest rate to 0.1 percent, and one Committee member supported the proposal to reduce it to 0 percent.'
SUPPORTERS_RE = re.compile(rf"(?i)\b{COUNT}\s+(?:[a-z]+\s+)?(?:{MEMBERS})(?:\s+of\s+the\s+[a-z]+)?\s+"
                           r"(?:supported|favou?red|backed)\s+(?:the\s+)?(?:proposal|motion|option|recommendation)\b")


def supporters_votes(blocks: list[Block], item: ItemDraft) -> None:
    """Members counted by the proposal each supported, told in one sentence (SUPPORTERS_RE, read over the item's
    text as one): one vote, the most-supported proposal's count for it and the others' against; carried where one
    has a majority."""
    text, starts = joined(blocks)
    groups: list[list[re.Match]] = []
    for match in SUPPORTERS_RE.finditer(text):
        if groups and not re.search(r"[.;]\s+[A-Z]", text[groups[-1][-1].end():match.start()]):
            groups[-1].append(match)  # the same sentence ('0.1 percent, and one ...': a decimal is no stop)
        else:
            groups.append([match])
    for matches in groups:
        if len(matches) < 2:
            continue  # one proposal's supporters alone: no vote between proposals
        numbers = sorted((_count(m.group("count")) for m in matches), reverse=True)
        counts = {"for": numbers[0], "against": sum(numbers[1:])}
        item.votes.append(VoteDraft(_block_at(blocks, starts, matches[0].start()).first, result=by_majority(counts),
                                    counts=counts))


# A vote told as every member for it but those named otherwise: 'approved by all Directors in attendance, save for
# Director Kapke who opposed and Director McCallister who abstained', 'carried by all members present except Cllr
# Hale, who voted against'.
ALL_BUT_RE = re.compile(rf"(?i)\b(?:approved|adopted|carried|passed|agreed)\s+(?:unanimously\s+)?by\s+all\s+"
                        rf"(?:the\s+)?(?:{MEMBERS}|governors?)(?:\s+(?:in\s+attendance|present))?,?\s+(?:save|except)"
                        r"(?:\s+for)?\s+(?P<rest>[^.;:]{3,300})")
WHO_OTHERWISE_RE = re.compile(rf"(?P<name>{NAMED_VOTER}),?\s+who\s+(?:(?P<against>opposed|voted\s+(?:against|no)|"
                              r"dissented)|"
                              r"(?P<abstain>abstained|recused\s+(?:himself|herself|themselves)))")


def all_but_named(blocks: list[Block], item: ItemDraft) -> None:
    """Each vote told as all the members for it but those named as opposing or abstaining (ALL_BUT_RE): carried, the
    named on their sides and every other member present for it (resolved against the attendance when written)."""
    for block in blocks:
        for match in ALL_BUT_RE.finditer(re.sub(r"\s+", " ", block.text)):
            sides: dict[str, list[PersonName]] = {}
            for who in WHO_OTHERWISE_RE.finditer(match.group("rest")):
                if (name := parse_name(who.group("name"))) is not None:
                    sides.setdefault("against" if who.group("against") else "abstain", []).append(name)
            if sides:
                item.votes.append(VoteDraft(block.first, result="carried", sides=sides, rest="for"))


def _block_at(blocks: list[Block], starts: list[int], offset: int) -> Block:
    """The block of `joined`'s text that holds `offset`."""
    return blocks[max(k for k, start in enumerate(starts) if start <= offset)]


def _side(match: re.Match) -> str:
    return "against" if match.group("side").lower() == "against" else "for"


def _count(count: str) -> int:
    return int(count) if count.isdigit() else WORD_NUMBERS[count.lower()]


def _posts(names: str) -> list[PersonName]:
    """The members a list names by their post alone ('the Governor')."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names)
    return [post_name(posted.group("post")) for part in parts if (posted := POSTED_VOTER_RE.match(part.strip()))]


# A side counted, its members named in brackets after it: 'Four were in favor, one absent (Curry).', '5 for, 2
# against (Bell, Hale)'.
COUNTED_NAMES_RE = re.compile(rf"(?i)\b(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+"
                              r"(?P<side>absent|abstain(?:ed|ing)?|against|opposed)\s*\((?P<names>[^()]{2,120})\)")


def counted_names(text: str) -> dict[str, list[PersonName]]:
    """The members named in brackets after a side's count, per side; {} where none are."""
    sides: dict[str, list[PersonName]] = {}
    for match in COUNTED_NAMES_RE.finditer(text):
        sides.setdefault(side_of(match.group("side")), []).extend(voters(match.group("names")))
    return sides


def passive_run(text: str, line: Line, item: ItemDraft) -> None:
    """Each decision `text` tells in the passive, and the vote that carried it where the sentence gives one: names
    ('The report was accepted by a vote of A yea, B yea, and C yea.') or counts ('The November 2005 minutes were
    approved by a 4-0-1 vote.')."""
    for decided in passive_decisions(text):
        item.decisions.append(decided)
        sides, counts = roll_call(decided), counts_of(decided)
        if sides or counts:
            item.votes.append(VoteDraft(line, result="carried", sides=sides, counts=counts))


# A vote put on a proposal, a paragraph of its own ('Vote on spending $850 to file for federal tax exempt status.'),
# with its count and result in the points under it ('- Vote: 3 in favor, 0 opposed, 0 abstained' / '- Resolution:
# Vote passed'): what it carried is a decision (the count is read as any count is).
VOTE_ON_RE = re.compile(r"^(?:A\s+)?(?i:vote)\s+(?:on|to)\s+(?P<text>\S.{2,300}?)\.?$")
VOTE_ON_WITHIN = 2  # paragraphs under it that tell how it went


def _vote_on_result(blocks: list[Block], i: int) -> str | None:
    told = " ".join(block.text for block in blocks[i + 1:i + 1 + VOTE_ON_WITHIN])
    return outcome_of(told) or by_majority(counts_of(told))


def vote_on_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(VOTE_ON_RE.match(blocks[i].text)) and _vote_on_result(blocks, i) is not None


def vote_on_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    if _vote_on_result(blocks, i) == "carried":
        item.decisions.append(VOTE_ON_RE.match(blocks[i].text).group("text"))
    return 1


# A vote and its result on one line, a list's point: '1. We voted to split these 2 lines items into separate voted -
# Unanimously Support', '2. Vote only external funding for Board gifts - Unanimously supported'; what carried is a
# decision (not '4. Vote to remove Nathan from Board Roster', no result).
VOTED_RE = re.compile(r"^(?:\d{1,2}[.)]\s+|[-•*]\s+)?(?P<text>(?:[Ww]e\s+voted\s+(?:to|on)\s+|"
                      r"[Vv]oted?\s+(?:on\s+|to\s+)?)\S.{2,300}?)\s+[-–—]\s+(?i:unanimously\s+(?:support(?:ed)?|approved|carried|passed|agreed)|"
                      r"approved|carried|passed|supported)\.?$")


def voted_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(VOTED_RE.match(blocks[i].text))


def voted_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    item.decisions.append(VOTED_RE.match(blocks[i].text).group("text"))
    return 1


# A proposal's outcome under a label, its count after it: 'Outcome: Adopted, by a 7-2 vote (1 board member not
# present)', 'Outcome: Rejected 3-4': the outcome of what the item put (a decision where adopted), and its count
# ('RESULT:' over 'MOTION BY:' is a roll call's block, read by votes.py).
OUTCOME_LABEL_RE = re.compile(r"(?i)^(?:[-•*]\s+)?outcome\s*:\s*(?P<text>(?P<word>adopted|approved|carried|"
                              r"passed|accepted|agreed|rejected|defeated|failed|lost|not\s+adopted)\b.{0,200})$")
CARRYING_WORDS = ("adopted", "approved", "carried", "passed", "accepted", "agreed")


def outcome_label_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(OUTCOME_LABEL_RE.match(blocks[i].text))


def outcome_label_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = OUTCOME_LABEL_RE.match(blocks[i].text)
    result = "carried" if match.group("word").lower() in CARRYING_WORDS else "lost"
    if result == "carried":
        item.decisions.append(match.group("text").rstrip("."))
    counts = counts_of(match.group("text"))
    if counts:
        item.votes.append(VoteDraft(blocks[i].first, result=result, counts=counts))
    return 1


# A proposal put in a chat's minutes, the members' '+1' after it and the resolution that records it: '<brent>
# PROPOSED: We will publish X' / '<ivan> +1' / 'dlongley: +1' / ... / 'RESOLUTION: We will publish X'. Who proposed it
# moved it; each '+1' is a vote for it (the resolution itself is read as a decision).
CHAT_PROPOSED_RE = re.compile(r"^(?:<(?P<who>[^<>\s]{1,30})>\s*|(?P<speaker>[\w.-]{1,30}):\s*)?PROPOSED\s*:\s*\S")
PLUS_ONE_RE = re.compile(r"(?:<(?P<who>[^<>\s]{1,30})>|(?P<speaker>[\w.-]{1,30}):)\s*\+1\b")
RESOLUTION_RE = re.compile(r"RESOLUTION\s*:")
PROPOSAL_WITHIN = 40  # paragraphs after a proposal in which its resolution is told


def chat_proposal_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(CHAT_PROPOSED_RE.match(blocks[i].text))


def chat_proposal_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = CHAT_PROPOSED_RE.match(blocks[i].text)
    later = blocks[i + 1:i + 1 + PROPOSAL_WITHIN]
    end = next((n for n, block in enumerate(later) if CHAT_PROPOSED_RE.match(block.text)
                or RESOLUTION_RE.match(block.text)), len(later))
    resolved = end < len(later) and bool(RESOLUTION_RE.match(later[end].text))
    voters = list(dict.fromkeys(m.group("who") or m.group("speaker") for block in later[:end]
                                for m in PLUS_ONE_RE.finditer(block.text)))
    mover = match.group("who") or match.group("speaker")
    result = "carried" if resolved else None
    if mover:
        item.motions.append(MotionDraft(blocks[i].first, item.title, PersonName(mover, printed=mover), None, result))
    if voters and resolved:
        item.votes.append(VoteDraft(blocks[i].first, result="carried",
                                    sides={"for": [PersonName(name, printed=name) for name in voters]}))
    return 1
