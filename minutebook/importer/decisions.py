"""Decision rules: 'RESOLVED:', 'AGREED:', 'Resolved to RECOMMEND: (to Council)', 'it was RESOLVED to ...',
reasons and rejected options - each resolution split into its numbered sub-resolutions, as minuted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import formulas
from .blocks import LETTER, Block, Found, joined
from .decisions_unlabelled import LEAD_IN_RE
from .drafts import ItemDraft
from .mentions import motion_in, motion_matches, substitutes_run, substitutes_test
from .tallies import last_proposition

DECISION_RE = re.compile(  # after a paragraph's number ('105.2 RESOLVED that one payment ...'), a label ('CC /') or
    # a list's mark ('- Agreed to buy a projector.')
    rf"^(?:\d{{1,4}}\.\d{{1,2}}(?:\.\d{{1,2}})?\.?\s{{1,6}}(?=[A-Z]{{4}})|{LETTER}\s{{1,6}}(?=[A-Z]{{4}})|[-•*▪◦]\s{{1,4}})?"
    r"(?:[^\W\d_]{3,}\s*/\s*)?"
    r"(?:(?:NOW|Now),?\s+(?:THEREFORE|therefore),?\s+)?"  # ('NOW, THEREFORE, BE IT RESOLVED, that ...', 'Be it
    r"(?:(?:BE|Be|be)\s+(?:IT|it)\s+(?:(?:FURTHER|further)\s+)?)?"  # further resolved that ...': a formal opening)
    r"(?:RESOLVED|AGREED|DECIDED|DECISION|Resolved|Agreed|Decided|M/S/C|(?<=it )resolved|(?<=further )resolved|"
    r"CONSENSUS(?=\s*:)|Consensus(?=\s*:)|RESOLUTION(?=\s*:))"  # ('Consensus: no further action on this for now.',
    # 'RESOLUTION: We will publish a First Public Working Draft of ...': a standards body's record of its decision)
    r"(?:\s+(?:UNANIMOUSLY|unanimously))?"
    r"(?:\s*\((?:(?:Crs?|Cllrs?|Councill?ors?|Moved)\b[^()]{2,60}|[A-Z][\w'’-]+\s?/\s?[A-Z][\w'’-]+)\))?"  # 'RESOLVED
    # (Cr A/Cr B)', 'RESOLVED (Smith/Brown)': its movers
    r"(?:\s*:\s*|\s*[-–]\s*|,?\s+(?=(?:that|That|THAT|To|to)\b)|(?<=M/S/C)\s+|"
    r"(?<=RESOLVED),\s+(?=[A-Z]|the\b))(.*)$")  # ('M/S/C To approve X',
# 'M/S/C “Therefore be it resolved ...”': moved, seconded and carried, nobody named; 'RESOLVED, that ...'; 'RESOLVED,
# Paul Lipton is appointed to the Compensation Committee.')


RECOMMEND_RE = re.compile(r"^Resolved to RECOMMEND\s*:?\s*(?:\((?:to\s+)?([^)]+)\))?\s*(.*)$", re.I)


REASON_RE = re.compile(r"^Reasons? for (?:the )?Decisions?\s*:?\s*(.*)$", re.I)


ALTERNATIVES_RE = re.compile(r"^Alternative Options? Considered(?: and Rejected)?\s*:?\s*(.*)$", re.I)


BULLETS = "-•\uf0b7\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u2013\uf0a7\uf076"  # dash, bullets, PDF symbol-font bullets
SUB_RE = re.compile(rf"^[{BULLETS}]?\s*\((?:[ivx]+|\d+|[a-z])\)|^[{BULLETS}]\s|^\d+\.\s")


# A label grouping the numbered points of a resolution, on a line of its own: 'Contractual:', 'Financial matters:'.
SUB_LABEL_RE = re.compile(r"[A-Z][\w’'&/ -]{1,40}:")
STOP_RE = re.compile(r"(?i)^(?:all to note|\(?note:|\[note|\(close of meeting|reasons? for|alternative options?|"
                     r"conflicts? of interests?|resolved|agreed|\(signed\)|chairman$)")


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
        pointed = any(SUB_RE.match(line.stripped) for line in blocks[j - 1].lines)
        if texts and pointed and SUB_LABEL_RE.fullmatch(text) and j + 1 < len(blocks) \
                and SUB_RE.match(blocks[j + 1].text.strip()):
            j += 1  # 'Contractual:' between numbered points groups them; it decides nothing
            continue
        wrapped = (text[:1].islower() and not so_far.endswith("."))
        listed = so_far.endswith(":") or (texts and len(text.split()) <= 8 and "\t" in blocks[j].lines[0].text)
        if not (SUB_RE.match(text) or opener or wrapped or listed):
            break
        texts.append(text)
        lines.extend(line.stripped for line in blocks[j].lines)
        j += 1
    if i < len(blocks) and len(blocks[i].lines) > 1:  # the marker's paragraph line by line: its labels split it
        rest = [line.stripped for line in blocks[i].lines[1:]]
        head = first.strip()
        tail = " ".join(rest)
        head = head[:-len(tail)].strip() if tail and head.endswith(tail) else head
        own = [head, *rest] if head else rest
        lines = own + lines[1:] if texts else own + lines
    return split_subresolutions(lines), j - i


LABEL_RE = re.compile(rf"^[{BULLETS}]?\s*\((\d+|[ivx]+|[a-h])\)\s*|^\d{{1,2}}\.\s+(?=[A-Z])"
                      r"|^[a-h]\)\s+(?=[a-z])"  # 'a) receives the report': a point in lower case after its letter
                      r"|^[a-h]\)\s+(?=(?:The|That|To)\s)")  # 'a) The Council approve the payments due'
BULLET_RE = re.compile(rf"^[{BULLETS}]\s+")


def split_subresolutions(lines: list[str]) -> list[str]:
    """'That (1) X; (2) Y' printed on separate lines -> ['X;', 'Y']; bullets are resolutions of their own
    where nothing is numbered (numbered ones hold their bullets); otherwise one decision."""
    label = LABEL_RE if any(LABEL_RE.match(line) for line in lines) else BULLET_RE
    segments: list[list[str]] = [[]]
    for line in lines:
        if label.match(line):
            segments.append([label.sub("", line, count=1)])
        else:
            segments[-1].append(BULLET_RE.sub("", line, count=1))
    clean = [re.sub(r"\s+", " ", " ".join(s)).strip() for s in segments]
    if label is BULLET_RE and len(clean[0].split()) > 8:  # 'That the following items go on the next agenda.'
        return [" ".join(c for c in clean if c)]          # + bullets: the list is what it resolved, one decision
    if re.search(r"(?i)\bfor the following reasons?\s*:?-?$|\breasons?\s*:-?$|\bsubject to\s*:-?$", clean[0]):
        return [re.sub(r"\s+", " ", " ".join(lines)).strip()]  # '(1)', '(2)': its reasons or conditions
    if len(segments) > 2 or (len(segments) == 2 and segments[0] and len(" ".join(segments[0]).split()) <= 8):
        return [c for c in clean[1:] if c]
    return [re.sub(r"\s+", " ", " ".join(" ".join(s) for s in segments)).strip()] if any(clean) else []


def recommend_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = RECOMMEND_RE.match(blocks[i].text)
    texts, used = collect(blocks, i, match.group(2))
    target = (match.group(1) or "").strip()
    item.recommendations.extend((target or "council", text) for text in texts)
    return used


# Who proposed and seconded a resolution, in brackets after it: '... be approved (proposed Cllr A, seconded Cllr B).'
# How the vote went, printed under the resolution: '... subject to conditions. (Proposed by A ...) For: 6, Against: 2'
COUNTS_TAIL_RE = re.compile(r"\s+(?:For|FOR)\s*:?\s*\d{1,3}\s*[,;]\s*(?:Against|AGAINST)\s*:?\s*\d{1,3}\b[^.]*$")
BRACKETED_MOTION_RE = re.compile(r"\s*\((?i:proposed|moved|prop\.)\b[^()]{3,120}\)\s*(?=[.;]?$)")
# Who moved it and how it went, in sentences after the resolution: 'RESOLVED that X. Proposed Cllr A, seconded Cllr
# B. All in favour.' (read by the motion rules; the decision is X).
TRAILING_MOTION_RE = re.compile(r"(?<=[.;])\s+(?:Proposed|Moved|Proposer|Seconded)\b[^.;]{2,80}[.;]?"
                                r"(?:\s+(?:All\s+(?:were\s+)?in\s+favou?r|Carried|Unanimous|Agreed|\d{1,3}\s+(?:in\s+favou?r|"
                                r"for))\b[^.;]{0,40}[.;]?)?\s*$")  # ('...; 3 in favour, 1 against.')


def decision_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    texts, used = collect(blocks, i, DECISION_RE.match(blocks[i].text).group(1))
    for n in range(i, min(len(blocks), i + max(used, 1))):  # 'RESOLVED: that X (proposed Cllr A, seconded Cllr B)'
        motion_in(blocks, n, item)
    item.decisions.extend(TRAILING_MOTION_RE.sub("", BRACKETED_MOTION_RE.sub("", COUNTS_TAIL_RE.sub("", text)))
                          for text in texts)
    k = i + 1
    while k < len(blocks) and k <= i + used:  # a table of substitutes printed inside the resolution
        if substitutes_test(blocks, k, item):
            consumed = substitutes_run(blocks, k, item, found)
            used = max(used, k - i + consumed)
            k += consumed
        else:
            k += 1
    return used


def labelled(pattern: re.Pattern, field_name: str) -> Callable:
    def run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
        texts, used = collect(blocks, i, pattern.match(blocks[i].text).group(1))
        if texts:
            getattr(item, field_name).append(" ".join(texts))
        return used
    return run


INLINE_RE = re.compile(r"\b(?:[Ii]t was|and) (?:(?:unanimously|UNANIMOUSLY) )?(?:RESOLVED|AGREED|APPROVED|DECIDED)\b"
                       r"(?:\s+(?:unanimously|UNANIMOUSLY)\b|\s+by\s+(?:a\s+)?(?:\d{1,3}|majority)\s+votes?"
                       r"(?:\s+to\s+\d{1,3})?(?:\s+with\s+\d{1,3}\s+abstentions?)?)?\s*:?\s*")
PROPOSAL_RE = re.compile(r"(?i)\b(?:proposed|moved)\b[^.;]*?\b(?P<text>that\s+[^;]+?)\.(?=\s|$)")


POINT_LABEL_RE = re.compile(r"^\s{0,3}(?:\d{1,2}[a-z]?|[a-z])[.)]\s{1,6}(?=[A-Z])")  # '2b. ', 'c. ' before the point


def inline_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Cllr A proposed, Cllr B seconded, and it was RESOLVED to ...' - one decision per resolution;
    '... proposed that X. It was RESOLVED unanimously.' - the proposal is the decision."""
    text = blocks[i].text
    for match in INLINE_RE.finditer(text):
        rest = text[match.end():]
        lead_in = re.sub(r"^\s*[;:,-]?\s*", "", rest).strip()  # 'It was APPROVED;' / 'That the Committee:' below
        if (re.fullmatch(r"(?i)\s*(?:that\s*)?[;:,-]?\s*", rest) or LEAD_IN_RE.match(lead_in)) \
                and i + 1 < len(blocks):  # 'It was APPROVED that;'
            view = [*blocks[:i], Block(blocks[i].lines[-1:]), *blocks[i + 1:]]  # the decisions are the paragraphs
            texts, used = collect(view, i, "")                                   # under it
            item.decisions.extend(texts)
            motion_in(blocks, i, item)
            return used
        label = POINT_LABEL_RE.match(rest)  # 'It was APPROVED' / '2b. Residents Parking - Approved ...'
        rest = rest[label.end():] if label else rest
        end = re.search(r"(?<=[.;])\s+(?=[A-Z(]|[a-z]\)\s|\d{1,3}\.\d{1,2}\s)|\s[a-z]\)\s|\s*\(\d+ for\b", rest)
        decision = (rest[:end.start()] if end else rest).strip()
        if decision.strip(" .") and (re.match(r"(?i)it was (?:agreed|decided)", match.group(0)) or not label
                                     and re.match(r"(?i)it was approved", match.group(0))
                                     and re.match(r"(?i)that\s", decision)):
            decision = f"{match.group(0).strip(' :')} {decision}"  # 'It was AGREED to purchase.': an agreement
            # reads as printed ('to purchase.' says nothing alone), as does 'It was APPROVED that X'; 'RESOLVED
            # that X' resolves X
        elif not decision.strip(" .") or re.fullmatch(r"(?i)(?:by (?:a )?(?:majority|\d+ votes?.*)|nem\.? con\.?)\.?",
                                                   decision):
            proposals = list(PROPOSAL_RE.finditer(text[:match.start()]))
            decision = proposals[-1].group("text") if proposals else ""
        if decision.strip():
            item.decisions.append(decision.strip())
    motion_in(blocks, i, item)
    return 1


BODY_AGREED_RE = re.compile(  # 'The council RESOLVED to object ...', 'The Community Council agreed to ...', 'Council
    # resolved unanimously to adopt ...' as well
    r"(?:^|\b[Tt]he )(?:(?:Parish|Town|Community|Borough|District|County|City|Full|Planning|Finance|Executive)\s+)?"
    r"(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|Forum|Group|Executive|Commission|"
    r"council|committee)\s+(?:unanimously\s+)?(?P<verb>agreed|resolved|decided|RESOLVED|AGREED|DECIDED)"
    r"(?:\s+(?:unanimously|UNANIMOUSLY))?(?:\s*(?::-|:|[-–]\s*$)\s*|(?P<told>\s+)(?=(?:that|to)\b))(?P<text>.*)$")


def body_agreed_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'The Committee agreed:-' / '(a) to note ...; (b) ...' (Scottish minutes), 'The Committee resolved that
    ...': the body's own words introduce the decisions, as 'RESOLVED:' does. 'The Board agreed that ...' in lower
    case tells what was agreed as a sentence of the narrative: the sentence is the decision, the body's words kept
    (as 'The board agreed to ...' is read)."""
    match = BODY_AGREED_RE.search(blocks[i].text)
    rest = match.group("text").strip()
    if rest and not rest.endswith((":", ":-")):
        told = match.group("told") and match.group("verb") in ("agreed", "decided")
        item.decisions.extend(split_subresolutions([blocks[i].text[match.start():].strip() if told else rest]))
        return 1
    view = [*blocks[:i], Block(blocks[i].lines[-1:]), *blocks[i + 1:]]  # the lead-in ends the paragraph
    texts, used = collect(view, i, rest)
    item.decisions.extend(texts)
    return used


CARRIED_RE = re.compile(
    r"(?i)\bcarried\b(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+\w+\s+votes?\s+to\s+\w+|"
    r"\d+\s+for,?\s+\d+\s+against(?:,?\s+\d+\s+abstentions?)?))?\s*[:-]\s*(?P<text>(?:to|that)\b.+?)"
    r"(?=\.\s|\.$|;\s|\s\(?[a-z]\)\s|$)")


def carried_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Proposed Cllr A, seconded Cllr B; carried 6 for, 0 against, 1 abstention: to approve ...' - a motion
    carried with its vote is a decision, RESOLVED or not; one per motion in the paragraph."""
    for match in CARRIED_RE.finditer(blocks[i].text):
        item.decisions.append(match.group("text").strip())
    motion_in(blocks, i, item)
    return 1


BODY_NAMED = r"[A-Z][\w'-]{0,30}(?:\s+(?:and\s+)?[A-Z][\w'-]{0,30}){0,7}"  # 'Council', 'Policy and Resources Committee'
RECOMMENDS_RE = re.compile(rf"\brecommends? to (?:the )?({BODY_NAMED})(?![\w'-])"
                           rf"|^(?:That,?\s+)?(?:the\s+)?({BODY_NAMED})\s+be\s+recommended\s+to\b")


# Decisions written as what happened, without a label; each a table entry, the catch-all is no match.
NARRATED = [
    *formulas.FORMULAS,  # 'UPON MOTION duly made and seconded, the Board approved ...': the sentence is the decision
    # 'The minutes of the meeting held on 5 December 2023, having been circulated, were confirmed as a true copy'
    # 'Accepted as a true record with one amendment: ...' under a minutes item
    re.compile(r"^(?:Accepted|Approved|Agreed|Confirmed|Signed)\s+as\s+an?\s+(?:true|correct|accurate)\b"),
    re.compile(r"(?i)^(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?(?:the\s+)?minutes\b(?:\s+(?:of|from)\s+(?:the|part)\b.{0,200}?)?"
               r"\s+(?:were|was)\s+"
               r"(?:taken\s+as\s+read\s+and\s+)?(?:amended\b[^.;]{0,100}?\band\s+(?:then\s+)?)?"
               r"(?:confirmed|approved|agreed|accepted|adopted)\b(?!\s+by\s+the\s+(?:committee|council)\s+of)"),
]


# Decisions a sentence records with no marker word of its own: the decision is the sentence from the match on.
NARRATED_SENTENCES = [
    # 'Circulated, approved & signed as correct.', 'Approved and signed as correct.' under a minutes item
    re.compile(r"(?i)(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))(?:(?:read|circulated|received),?\s+){0,2}"
               r"(?:approved|agreed|accepted|confirmed)\s*(?:&|and)\s*signed\b"),
    # 'Recommendation approved.', "Officer's recommendation adopted.", 'Committee recommendations 1 to 3 endorsed.':
    # a recommendation put to the meeting, accepted, told without a verb of being
    re.compile(r"(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))(?:(?:The|Officers?['’]?s?|Staff|Committee['’]?s?|Panel['’]?s?)\s+)?"
               r"(?i:recommendations?)(?:\s+\d{1,3}(?:\.\d{1,2})?(?:\s+(?:to|and|-)\s+\d{1,3}(?:\.\d{1,2})?)?)?\s+"
               r"(?:approved|adopted|agreed|accepted|endorsed|carried)(?=\s*[.;]|\s*$)"),
    # 'All approved for payment.' under a list of payments
    re.compile(r"\bAll\s+(?:approved|agreed)\s+(?:for|to|that|unanimously)\b"),
    # 'The Board agreed unanimously with this review.', 'The Board unanimously agreed to adopt this policy.'
    re.compile(r"\b[Tt]he\s+(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|Forum|Group|Executive|Commission|"
               r"Trustees|Members)\s+(?:unanimously\s+agreed|agreed\s+unanimously)\b"),
    # 'The Board agreed amendments to the statement.', 'The Committee agreed the budget.': the body agreeing to a
    # thing it names, the sentence the decision
    re.compile(r"\b[Tt]he\s+(?i:committee|sub-committee|council|board|panel|cabinet|forum|group|executive|commission|"
               r"trustees|members)\s+(?:has\s+|have\s+)?(?:unanimously\s+)?agreed\s+(?!that\b|to\b|with\b|on\b|upon\b|"
               r"in\b)(?=[a-z£$\d])"),  # 'The council has agreed a legal reserve ...' too
    # 'The Board discussed the letter and made some minor amendments, but agreed that final sign off ...': what the
    # body agreed after discussing, from the verb on
    re.compile(r"\b[Tt]he\s+(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|Forum|Group|Commission|Trustees|"
               r"Members)\s+(?:discussed|considered|debated|reviewed|noted)\b[^.;]{0,200}?(?:,\s*|\s)(?:and|but)\s+"
               r"(?P<decision>agreed|decided)(?=\s+(?:that|to)\b)"),
    # 'The Policy Committee for Transport and Connectivity noted the report and agreed with the approach ...': the
    # body, named in full, agreeing with what was put to it
    re.compile(r"\b[Tt]he\s+(?:[A-Z][\w&]{1,20}\s+){0,3}(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|"
               r"Commission)(?:\s+(?:for|of|on)\s+[A-Z][\w&]{1,20}(?:\s+(?:and\s+|&\s+)?[A-Z][\w&]{1,20}){0,4})?"
               r"\s+(?:noted\s+the\s+\w{1,20}(?:\s\w{1,20})?\s+and\s+)?agreed\s+with\s+the\b"),
    # 'The Commission voted 5-0 to approve the variance.', 'The committee voted to recommend approval to Council.'
    re.compile(r"\b[Tt]he\s+(?:[A-Z][\w&]{1,20}\s+){0,3}(?:Committee|Council|Board|Commission|Panel|Cabinet|Authority|"
               r"committee|council|board|commission|panel|members)\s+(?:unanimously\s+)?voted\s+(?:unanimously\s+)?"
               r"(?:\d{1,2}\s?[-–]\s?\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s+)?(?:to|in\s+favou?r\s+of)\b"),
    # 'Dates for the next couple of committee meetings ... was agreed upon.': what the sentence names, agreed
    re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[A-Z][^.!?]{0,300}?\s(?:was|were)\s+(?:unanimously\s+)?agreed"
               r"(?:\s+(?:upon|on|to))?(?=\.)"),
    # 'The Commissioner asked if this review could be shared with his colleagues and this was agreed.'
    re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[A-Z][^.!?]{0,300}?\band\s+this\s+was\s+(?:agreed|approved|"
               r"accepted)\b"),
    # 'A asked whether the report should inform membership of the panel. There was general agreement.': the
    # question or proposal before it, agreed (not 'There was general agreement that X was a positive step', a view)
    re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[A-Z][^.!?]{0,300}?[.?]\s+There\s+was\s+(?:general\s+|broad\s+|"
               r"unanimous\s+)?(?:agreement|consensus)(?=\.)"),
    # 'Chuck queried the Board about setting up a new account ... The Board stated approval and suggested that ...':
    # the body giving its approval to what was put to it
    re.compile(r"\b[Tt]he\s+(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|Commission|Trustees|Members)\s+"
               r"(?:stated|gave|expressed|indicated)\s+(?:its\s+|their\s+)?(?:unanimous\s+)?(?:approval|consent)\b"),
    # '1.  The board approves the minutes of the February 27, 2020 meeting with no abstentions or objections.': the
    # body's act told in the present, a sentence of its own (not 'That the Board approves ...', a motion's text)
    re.compile(r"(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))(?:\d{1,2}[.)]\s+)?(?P<decision>[Tt]he\s+(?i:board|council|committee|"
               r"commission|panel|trustees|members)\s+(?:hereby\s+)?(?:approves|adopts|accepts|resolves|"
               r"agrees\s+(?:to|that)))\b"),
    # 'The discussion was inconclusive, but there was consensus to invite at least one additional individual': what
    # the members agreed to do, from 'to' on (not 'there was a consensus that there should be improved guidance', a
    # view)
    re.compile(r"\b[Tt]here\s+was\s+(?:a\s+|general\s+|broad\s+|unanimous\s+)?consensus\s+(?P<decision>to)\b"),
    # 'CP suggested changing the wording from "will not" to "may not", which was approved.': what was suggested
    re.compile(r"\b(?:suggested|proposed|recommended)\s+(?P<decision>[^.;]{3,300}?),\s+which\s+was\s+(?:then\s+)?"
               r"(?:unanimously\s+)?(?:approved|agreed|accepted|adopted)\b"),
    # 'Upon receiving the majority vote of the Council, the following individuals were appointed ...': what a
    # vote decided, told in its opening phrase
    re.compile(r"(?i)\b(?:upon|on|after)\s+receiving\s+(?:the\s+|a\s+)?(?:majority|unanimous|required)\s+vote\b"),
    # 'After discussion all Councillors present were happy with this arrangement'
    re.compile(r"(?i)(?:\bafter (?:some |a |further )?discussion,?\s+)?\ball\s+(?:councill?ors|members|trustees|"
               r"directors)(?:\s+present)?\s+were\s+(?:happy|content|in agreement)\s+with\b"),
]


def narrated_sentence_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return any(pattern.search(blocks[i].text) for pattern in NARRATED_SENTENCES)


def narrated_sentence_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """Each sentence a NARRATED_SENTENCES pattern finds, from the match to the sentence's end; other markers
    in the same paragraph ('Agreed to ...') are read as well."""
    text, read_to = blocks[i].text, 0
    for match in sorted((m for pattern in NARRATED_SENTENCES for m in pattern.finditer(text)), key=lambda m: m.start()):
        if match.start() < read_to:
            continue  # a sentence two forms read ('... and this was agreed.') is one decision
        read_to = match.end()
        begin = match.start("decision") if "decision" in match.re.groupindex else match.start()
        if re.match(r"[.;](?:\s|$)", text[match.end():]):  # the match ends its sentence
            item.decisions.append(text[begin:match.end()].strip())
            continue
        end = re.search(r"(?<=[a-z0-9)”’\"])[.;](?:\s+(?=[A-Z])|\s*$)", text[match.end():])
        decided = text[begin:match.end() + (end.start() if end else len(text))].strip()
        put = proposition_put(blocks, i) if IN_FAVOUR_OF_IT_RE.search(decided) else None
        item.decisions.append(put or decided)  # 'voted unanimously in favour of the proposition': what was put
    if NARRATIVE_AGREED_RE.search(text):
        return narrative_agreed_run(blocks, i, item, found)
    if INLINE_RE.search(text):
        inline_run(blocks, i, item, found)
    return 1


def narrated_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return any(pattern.search(blocks[i].text) for pattern in NARRATED)


def narrated_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The sentence, which double spacing or a page break may have cut into several paragraphs."""
    text, used = formulas.sentence(blocks, i)
    moved = next((m for m in motion_matches(text) if re.search(r"[.;]\s*\(?$", text[:m.start()])), None)
    if moved:  # '... were approved and signed. Proposed Cllr A, seconded Cllr B.': who moved it, not what
        text = text[:moved.start()].rstrip(" (")
    item.decisions.extend(formulas.FURTHER_RE.split(text))
    motion_in(blocks, i, item)
    return used


# A vote for what was put without saying it again: 'The Committee voted unanimously in favour of the proposition.'
IN_FAVOUR_OF_IT_RE = re.compile(r"(?i)\bin\s+favou?r\s+of\s+the\s+(?:proposition|motion|proposal|resolution)"
                                r"\s*[.;]?\s*$")


def proposition_put(blocks: list[Block], i: int) -> str | None:
    """What the paragraphs before a vote say was put to it ('invited the Committee to vote on the proposition that
    the repo rate should be maintained at 4.5%.'), the last of them, or None."""
    return last_proposition(joined(blocks[max(0, i - 3):i + 1])[0])


# 'AGREED' in capitals inside a narrative paragraph, or 'it was agreed / decided' in lower case: what the body
# decided, written into the account of the discussion rather than set apart under a label.
BY_RESOLUTION = r"(?:\s+by\s+(?:an?\s+)?(?:unanimous\s+)?(?:special\s+|ordinary\s+)?resolution)?"  # its form
NARRATIVE_AGREED_RE = re.compile(
    r"(?<![Ii]t was )(?<![Aa]nd )\bAGREED\b"
    r"|(?<!- )(?<!• )\b[Ii]t was (?:unanimously )?(?:agreed|decided|resolved)\b"  # not a bulleted comment in a list
    r"|(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))Agreed(?=\s+(?:that|to|on\s+[a-z]+ing)\b)"  # 'Agreed that ...', 'Agreed on
    # storing the minutes on GitHub': opening a sentence
    r"|(?<=[.;]\s)RESOLVED(?=\s*[:–-]\s)"  # '... Cllr A left the room. RESOLVED: no objection.'
    r"|(?<=[.;]\s)Agreed(?=\.?\s*$)"  # '... asked to pay the invoice of £60. Agreed.': a sentence of its own, last
    r"|\b(?:They|We|Members|Trustees|Councill?ors|Directors|All\s+present)\s+(?:unanimously\s+)?"
    rf"(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED){BY_RESOLUTION}(?=\s+(?:that|to)\b)"  # 'Members RESOLVED to
    # permit ...', 'The Members resolved by unanimous special resolution to adopt ...'
    r"|(?:^|(?<=^[-•*]\s)|(?<=^[-•*]\s\s)|(?<=[.;]\s)|(?<=[.;]\s\s))The\s+(?:members|trustees|councill?ors|directors|commissioners|"
    r"supervisors|selectmen|aldermen|governors|board|council|committee|commission|group|panel)\s+(?:unanimously\s+)?"
    rf"(?:discussed\s+and\s+)?(?:agreed|decided|resolved){BY_RESOLUTION}(?=\s+(?:that|to|[a-z]+ing)\b)"  # 'The
    # members agreed to schedule the next meeting for July 11th.', 'The commissioners decided that A and B would ...',
    # '- The group discussed and decided removing stickers from the budget' (a list's point),
    # 'The board decided to wait until the next regular meeting.' (the body in capitals: INLINE_RE's)
    r"|\bby\s+consensus,?\s+(?:agreed|decided|instructed|directed|requested|asked|approved|selected)\b"  # 'the
    # commissioners, by consensus, instructed Holbrook to draft a design'
    r"|(?:^|(?<=[.;]\s))The\s+[A-Z]{1,3}C\s+(?:unanimously\s+)?(?:agreed|resolved|decided)(?=\s+(?:that|to)\b)"  # 'The
    # CC agreed to ...': a council by its initials (Community, Parish, Town Council) opening a sentence
    r"|(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))(?:The\s+)?(?:[A-Z]{2,5}|Group|Board|Committee|Council|Panel|Commission)\s+"
    r"(?:unanimously\s+)?agreed(?:\s+(?:on|to|with)\s+(?:it|this|that|these|the\s+proposal))?(?=\.?\s*$)"  # 'WG
    # unanimously agreed on it.': the body (or its initials) agreed to what the paragraph above proposed
    r"|\b[Ii]t was accepted(?=\s+that\b)"
    r"|(?:^|(?<=^[-•*]\s)|(?<=^[-•*]\s\s)|(?<=[.;]\s))(?:The\s+)?(?:Board|Committee|Council|Group|Members)\s+unanimously\s+"
    r"(?:support(?:s|ed)?|agrees)(?=\s+(?:to|that)\b)"  # 'Board unanimously support to add new members.' ('agreed':
    # BODY_AGREED_RE's)
    r"|\b(?:[Ww]e|[Tt]hey|[Mm]embers|[Tt]he\s+(?:board|committee|council|members|directors|trustees))\s+(?:are|were)\s+"
    r"(?:all\s+)?in\s+agreement(?=\s+(?:to\b|that\s+(?:we|they|the\s+\w+)\s+(?:want|will|would|should|shall|must|"
    r"need)\b))"  # 'We are all in agreement that we want to make our books transparent ...': the members agreeing
    # to do something (not 'members were in agreement that the outlook seemed similar', a view)
    r"|(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))(?:The\s+)?(?:Group|Board|Committee|Council|Panel|Commission|Consensus)(?:['’]s)?"
    r"\s+decision(?=\s+(?:to|that)\b)"  # 'Group decision to review the charter and revisit it at the next meeting.'
    r"|(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=\d\.\s)|(?<=\d\.\d\s)|(?<=\d\.\d\d\s)|(?<=\sand\s))"
    r"(?:Members|Councill?ors|Trustees|The\s+(?:members|trustees|councill?ors|directors|commissioners))\s+"
    r"(?:unanimously\s+)?(?:accepted|authori[sz]ed|appointed|approved|adopted|selected)\b"  # 'The commissioners
    # selected A, B and C.', 'The clerk presented the report and Members authorised the chairman to sign.'
    r"|(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=\.\s))(?:Members|Councill?ors|Trustees|The\s+(?:Council|Board|Committee))\s+"
    r"(?:asked|instructed|requested)\s+the\s+[Cc]lerk\s+to\b")  # 'Members asked the Clerk to write to ...'


# A sentence's stop: not the full stop of an initial or a short title before a name ('Mark St. John', 'John C.
# Perez', 'Mr. Lee', 'Mrs. Bell')
SENTENCE_STOP = r"(?<=[.;])(?<!\s[A-Z]\.)(?<!\s[A-Z][a-z]\.)(?<!\sMrs\.)"
SENTENCE_START_RE = re.compile(r"(?<=[a-z0-9)”’\"])[.;]\s+(?=[A-Z])|(?:^|\s)\d{1,3}(?:\.\d{1,2})+\.?\s+")


def narrative_agreed_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'... our share is £609.48. AGREED to pay ...' -> 'AGREED to pay ...'; '... asked if this could be
    circulated. AGREED' -> the paragraph up to the word: the marker closing a sentence agrees to what it says."""
    text = blocks[i].text
    for match in NARRATIVE_AGREED_RE.finditer(text):
        if match.group(0) == "RESOLVED":  # a label inside the paragraph: what follows it is the decision
            item.decisions.append(re.sub(r"^\s*[:–-]\s*", "", text[match.end():]).strip())
            continue
        end = re.search(rf"{SENTENCE_STOP}\s+(?=[A-Z\d]|[a-h][.)]\s)|(?<![a-z])\s\d{{1,2}}\.\d{{1,2}}\s|$",
                        text[match.end():])  # ('... unchanged at 0.25 percent': a decimal, no paragraph's number)
        rest = text[match.end():match.end() + end.start()].strip()
        if len(rest.split()) >= 2:  # the sentence that holds the marker: 'The chairman proposed, and it was accepted
            starts = [m.end() for m in SENTENCE_START_RE.finditer(text) if m.end() <= match.start()]  # that ...'
            own = text[starts[-1] if starts else 0:match.start()]
            lead = "" if len(own) > 60 else re.sub(rf"^(?:\d+(?:\.\d+)*\.?|[{BULLETS}])\s+", "", own)
            item.decisions.append(f"{lead}{match.group(0)} {rest}".strip())
        else:
            start = max(text.rfind(". ", 0, max(0, match.start() - 2)) + 2, 0) if match.start() > 2 else 0
            sentence_start = 0 if not re.search(r"[.;]\s", text[:match.start() - 2]) else start
            item.decisions.append(re.sub(r"^\d+(?:\.\d+)*\s+", "", text[sentence_start:match.end()]).strip())
    if INLINE_RE.search(text):  # 'it was AGREED to ...' in the same paragraph
        inline_run(blocks, i, item, found)
    else:  # '... It was agreed that these be replaced. Proposed by Cllr A, seconded by Cllr B.': carried
        motion_in(blocks, i, item)
    return 1
