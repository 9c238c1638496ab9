"""Decision rules: 'RESOLVED:', 'AGREED:', 'Resolved to RECOMMEND: (to Council)', 'it was RESOLVED to ...',
reasons and rejected options - each resolution split into its numbered sub-resolutions, as minuted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import LETTER, LETTER_RE, LIST_NUMBER_RE, Block, Found
from .decisions_unlabelled import LEAD_IN_RE
from .drafts import ItemDraft
from .mentions import before_motion, motion_in, substitutes_run, substitutes_test
from .names import title_case
from .outcomes import OUTCOME_LINE_RE

DECISION_RE = re.compile(  # after a paragraph's number ('105.2 RESOLVED that one payment ...'), a label ('CC /') or
    # a list's mark ('- Agreed to buy a projector.')
    rf"^(?:\d{{1,4}}\.\d{{1,2}}(?:\.\d{{1,2}})?\.?\s{{1,6}}(?=[A-Z]{{4}})|{LETTER}\s{{1,6}}(?=[A-Z]{{4}})|[-•*▪◦]\s{{1,4}}|"
    r"\d{1,2}[.)]\s{1,6}(?=(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\b))?"  # ('1.  Resolved that ...')
    r"(?:[^\W\d_]{3,}\s*/\s*)?"
    r"(?:(?:NOW|Now),?\s+(?:THEREFORE|therefore),?\s+)?"  # ('NOW, THEREFORE, BE IT RESOLVED, that ...', 'Be it
    r"(?:(?:BE|Be|be)\s+(?:IT|it)\s+(?:(?:FURTHER|further)\s+)?)?"  # further resolved that ...': a formal opening)
    r"(?:(?:UNANIMOUSLY|Unanimously)\s+(?=RESOLVED|AGREED))?"  # ('Unanimously RESOLVED that ...')
    r"(?:RESOLVED|AGREED|DECIDED|DECISION|Resolved|Agreed|Decided|M/S/C|(?<=it )resolved|(?<=further )resolved|"
    r"CONSENSUS(?=\s*:)|Consensus(?=\s*:)|RESOLUTION(?=\s*:)|VOTED(?=\s*:)|DECISIONS(?=\s*:)|"
    # a resolution by its number, as a parish council numbers them: 'Resolution 24/045: To approve the report.'
    r"(?:RESOLUTION|Resolution)\s+(?:No\.?\s*)?[\w/.-]{0,12}\d[\w/.-]{0,12}(?=\s*:\s*(?:To|to|That|that|THAT)\b)|"
    r"Decisions?(?=\s*:))"  # ('Decisions:' over a list of them; 'Consensus: no further action on
    # this for now.',
    # 'RESOLUTION: We will publish a First Public Working Draft of ...': a standards body's record of its decision;
    # 'VOTED: To approve the minutes', a New England board's)
    r"(?:\s+(?:UNANIMOUSLY|unanimously))?"
    r"(?:\s*\((?:(?:Crs?|Cllrs?|Councill?ors?|Moved)\b[^()]{2,60}|[A-Z][\w'’-]+\s?/\s?[A-Z][\w'’-]+)\))?"  # 'RESOLVED
    # (Cr A/Cr B)', 'RESOLVED (Smith/Brown)': its movers; how it was carried: 'RESOLVED (unanimously):', 'Agreed
    # (nem con)'
    r"(?:\s*\((?i:unanimously|unanimous|nem\.?\s*con\.?|by\s+a\s+majority|majority(?:\s+vote)?)\))?"
    r"(?:\s*\((?:(?:Minute|Min\.?|Resolution|Res\.?)\s+)?(?:No\.?\s*)?[A-Z]{0,5}\.?\s?\d{1,4}[/.-][\w/.-]{1,16}\))?"
    # its number: 'RESOLVED (C12/03/2023):', 'RESOLVED (Minute 24/031):'
    r"(?:\s*:\s*|\s*[-–]\s*|,?\s+(?=(?:that|That|THAT|To|to)\b)|(?<=M/S/C)\s+|"
    r"(?<=RESOLVED),\s+(?=[A-Z]|the\b)|(?<=RESOLVED)\s*(?=$))(.*)$")  # ('M/S/C To approve X', 'RESOLVED' alone
    # over the paragraph it resolved, as a council's web page prints it,
# 'M/S/C “Therefore be it resolved ...”': moved, seconded and carried, nobody named; 'RESOLVED, that ...'; 'RESOLVED,
# Paul Lipton is appointed to the Compensation Committee.')


# A recommendation to another body, and to which: 'Resolved to RECOMMEND: (to Council)', 'RECOMMENDED to Council that
# X', 'RECOMMENDATION TO COUNCIL: That X', 'The Committee recommends to Council:' over 'That X'.
BODY_TO = r"(?:the\s+)?([A-Z][\w&'’]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'’]*){0,4})"
RECOMMEND_RE = re.compile(rf"^(?:Resolved to RECOMMEND\s*:?\s*(?:\((?:to\s+)?([^)]+)\))?"
                          rf"|RECOMMEND(?:ED|ATION)\s+to\s+{BODY_TO}\s*(?::|(?=\s+that\b))"
                          rf"|The\s+(?:[A-Z][\w&'’]*\s+){{0,3}}(?:Committee|Sub-Committee|Panel|Board|Cabinet)\s+"
                          rf"recommends\s+to\s+{BODY_TO}\s*:)\s*(.*)$", re.I)


REASON_RE = re.compile(r"^Reasons? for (?:the )?Decisions?\s*:?\s*(.*)$", re.I)


ALTERNATIVES_RE = re.compile(r"^Alternative Options? Considered(?: and Rejected)?\s*:?\s*(.*)$", re.I)


BULLETS = "-*•\uf0b7\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u2013\uf0a7\uf076"  # dash, bullets, PDF symbol-font bullets
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
    listed_at = blocks[i].first.indent if LIST_NUMBER_RE.match(blocks[i].first.stripped) else None
    lettered = LETTER_RE.match(blocks[i].first.stripped)  # the resolution is a lettered point of a list
    bullet_at: int | None = None  # where the list's bullets stand, under a label over them
    j = i + 1
    while j < len(blocks):
        text = blocks[j].text.strip()
        so_far = " ".join(texts)
        opener = not so_far or so_far.endswith((":", ":-", "That", "that", "To", "to", "and", ",", "or", "-"))
        if STOP_RE.match(text) or DECISION_RE.match(text) or RECOMMEND_RE.match(text):
            break
        if listed_at is not None and LIST_NUMBER_RE.match(text) and blocks[j].first.indent <= listed_at:
            break  # ('    2.  Resolved that X' / '6.  Elections: ...': the next entry of the list it is one of)
        pointed = any(SUB_RE.match(line.stripped) for line in blocks[j - 1].lines)
        if texts and pointed and SUB_LABEL_RE.fullmatch(text) and j + 1 < len(blocks) \
                and SUB_RE.match(blocks[j + 1].text.strip()):
            j += 1  # 'Contractual:' between numbered points groups them; it decides nothing
            continue
        wrapped = text[:1].islower() and not so_far.endswith(".") and not (lettered and LETTER_RE.match(text))
        # (not the next lettered point: 'a) RESOLVED to approve the payments below.' / a table of them / 'b) ...')
        listed = so_far.endswith(":") or (texts and len(text.split()) <= 8 and "\t" in blocks[j].lines[0].text)
        if not (SUB_RE.match(text) or opener or wrapped or listed):
            break
        texts.append(text)
        if BULLET_RE.match(text) and bullet_at is not None and blocks[j].first.indent > bullet_at and lines:
            lines[-1] = f"{lines[-1]} {BULLET_RE.sub('', ' '.join(line.stripped for line in blocks[j].lines))}"
        else:  # (a bullet indented under the one before is a point of it: '* The board will discuss' / '    * A
            # working meeting will be scheduled')
            bullet_at = blocks[j].first.indent if BULLET_RE.match(text) and bullet_at is None else bullet_at
            lines.extend(line.stripped for line in blocks[j].lines)
        j += 1
    if i < len(blocks) and len(blocks[i].lines) > 1:  # the marker's paragraph line by line: its labels split it
        rest = [line.stripped for line in blocks[i].lines[1:]]
        head = first.strip()
        tail = " ".join(rest)
        head = head[:-len(tail)].strip() if tail and head.endswith(tail) else head
        own = [head, *rest] if head else rest
        while len(own) > 1 and OUTCOME_LINE_RE.match(own[-1]):  # 'RESOLVED THAT the Agenda be adopted.' / 'Carried.':
            own.pop()  # how it went, no part of what was decided
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
    if re.search(r"(?i)\bfor the following reasons?\s*:?-?$|\breasons?\s*:-?$|\bsubject to\s*:-?$|"
                 r"\b(?:be|are|is)\s+as\s+follows\s*:?-?$", clean[0]):
        return [re.sub(r"\s+", " ", " ".join(lines)).strip()]  # '(1)', '(2)': its reasons or conditions, or the
    # entries of the one list it settled ('That the list of projects to be funded be as follows:' / '1. ...')
    if len(segments) > 2 or (len(segments) == 2 and segments[0] and len(" ".join(segments[0]).split()) <= 8):
        return [c for c in clean[1:] if c]
    return [re.sub(r"\s+", " ", " ".join(" ".join(s) for s in segments)).strip()] if any(clean) else []


def recommend_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = RECOMMEND_RE.match(blocks[i].text)
    texts, used = collect(blocks, i, match.group(4))
    target = title_case((match.group(1) or match.group(2) or match.group(3) or "").strip())  # ('TO COUNCIL')
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


# A decision that only agrees ('Decision: Agreed.', 'RESOLVED: Approved as recommended.') to the recommendation
# printed over it ('Officer recommendation: That the Board approve the budget.'): the recommendation's words are what
# was decided.
AGREED_ONLY_RE = re.compile(r"(?i)^(?:agreed|approved|carried|accepted|adopted)"
                            r"(?:\s+(?:as\s+recommended|as\s+presented|unanimously))?\s*\.?$")
RECOMMENDATION_RE = re.compile(r"^(?:[A-Z][\w'’]*\s+){0,2}(?i:recommendations?)\s*:?\s*"
                               r"(?P<text>(?i:that|to)\b.{3,600})$")


def decision_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    texts, used = collect(blocks, i, DECISION_RE.match(blocks[i].text).group(1))
    if texts and all(AGREED_ONLY_RE.match(text) for text in texts):
        above = (m.group("text") for b in blocks[max(0, i - 2):i][::-1] if (m := RECOMMENDATION_RE.match(b.text)))
        texts = [put] if (put := next(above, None)) else texts
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


# A sentence told after a resolution of what someone then did, no part of it: 'The Chairman signed them.', 'Cllr Patel
# returned.', 'Councillor Bell left the meeting at 8.10pm.'
NARRATED_RE = re.compile(r"(?<=[.;)])\s+(?:In\s+accordance\s+with\s+(?:[^,.;]|(?<=\d)\.(?=\d)){1,60},\s+)?"
                         r"(?:The\s+(?:Chair(?:man|woman|person)?|Mayor|Clerk|Vice[- ]Chair\w*)|"
                         r"(?:Cllr|Councill?or|Cr|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+)\s+(?:then\s+)?"
                         r"(?:signed|left|returned|rejoined|re-joined|re-entered|arrived|joined|withdrew|vacated|resumed|"
                         r"abstained|did\s+not\s+(?:vote|take\s+part)|"  # ('Cllr A did not vote.')
                         r"(?:asked|requested)\s+that\s+(?:her|his|their)\s+(?:vote|dissent|abstention))"  # ('In
                         r"\b[^.;]{0,80}[.;]?$")  # accordance with Standing Order 19.7, Cr A requested that her vote
# against the motion be recorded.')


def without_narration(text: str) -> str:
    """A decision without the sentences after it telling what members did next ('RESOLVED to approve the minutes.
    The Chairman signed them.' -> 'to approve the minutes.')."""
    while (narrated := NARRATED_RE.search(text)) and narrated.start() > 0:
        text = text[:narrated.start()]
    return text


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
    r"(?:\s+(?:unanimously|UNANIMOUSLY))?(?:\s*\([^()]{1,60}\))?"  # ('RESOLVED (9 votes for, 2 against) that ...')
    r"(?:\s*(?::-|:|[-–]\s*$)\s*|(?P<told>\s+)(?=(?:that|to)\b))(?P<text>.*)$")


def body_agreed_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'The Committee agreed:-' / '(a) to note ...; (b) ...' (Scottish minutes), 'The Committee resolved that
    ...': the body's own words introduce the decisions, as 'RESOLVED:' does. 'The Board agreed that ...' in lower
    case tells what was agreed as a sentence of the narrative: the sentence is the decision, the body's words kept
    (as 'The board agreed to ...' is read)."""
    match = BODY_AGREED_RE.search(blocks[i].text)
    rest = match.group("text").strip()
    if rest and not rest.endswith((":", ":-")):
        told = match.group("told") and match.group("verb") in ("agreed", "decided")
        whole = blocks[i].text[match.start():].strip() if told else rest
        said = before_motion(whole)
        item.decisions.extend(split_subresolutions([said]))
        if said != whole:  # '... agreed to buy a device. Proposed Cllr A, seconded Cllr B. Carried.'
            motion_in(blocks, i, item)
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
