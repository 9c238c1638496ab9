"""Decisions told as what happened, with no label set apart: a formula ('UPON MOTION duly made and seconded, the
Board approved'), minutes confirmed, a sentence whose verb is the decision ('Recommendation approved.', 'The Board
agreed amendments to the statement.', 'there was consensus to invite'), and 'AGREED' or 'it was agreed' inside the
account of a discussion. Each form is a pattern in a table; what it decides runs from the match to its sentence's end.
"""

from __future__ import annotations

import re

from . import formulas
from .blocks import Block, Found, joined, read_once
from .decisions import BULLETS, INLINE_RE, inline_run
from .drafts import ItemDraft
from .mentions import before_motion, motion_in
from .spoken_motions import POST
from .tallies import last_proposition

# Decisions written as what happened, without a label; each a table entry, the catch-all is no match.
NARRATED = [
    *formulas.FORMULAS,  # 'UPON MOTION duly made and seconded, the Board approved ...': the sentence is the decision
    # 'The minutes of the meeting held on 5 December 2023, having been circulated, were confirmed as a true copy'
    # 'Accepted as a true record with one amendment: ...' under a minutes item
    re.compile(r"^(?:Accepted|Approved|Agreed|Confirmed|Signed)\s+as\s+an?\s+(?:true|correct|accurate)\b"),
    re.compile(r"(?i)^(?:\d{1,3}(?:\.\d{1,2})*\.?\s+|[-*•]\s+)?(?:the\s+)?minutes\b(?:\s+(?:of|from)\s+(?:the|part)\b.{0,200}?)?"
               r"\s+(?:were|was)\s+"
               r"(?:taken\s+as\s+read\s+and\s+)?(?:amended\b[^.;]{0,100}?\band\s+(?:then\s+)?)?"
               r"(?:confirmed|approved|agreed|accepted|adopted)\b(?!\s+by\s+the\s+(?:committee|council)\s+of)"),
]


IN_SENTENCE = r"(?:[^.!?]|(?<=\b[A-Z])\.|\.(?=\s+[a-z]))"  # a sentence's character, an initial's stop ('D. Saunders')
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
    # the board's act told after another sentence of its paragraph ('Ms Desai presented the programme. The Board
    # APPROVED the capital programme.'); opening it, a formula (formulas.FORMULAS)
    re.compile(rf"(?<=[.!?]\s){formulas.BOARD_ACT}"),
    re.compile(rf"(?<=[.!?]\s){formulas.BODY_APPROVED}"),
    # 'The Cathaoirleach declared the disposal approved.': the presiding member declaring what was put decided, after
    # its vote in the paragraph or not (not 'the motion carried', its result: the motion's rules read that)
    re.compile(rf"(?:^|(?<=[.!?]\s))[Tt]he\s+{POST}\s+declared\s+(?!the\s+(?:motion|resolution|amendment|"
               r"meeting)\b)[^.;]{3,200}?\s(?:approved|adopted|agreed|passed|carried)(?=\s*[.;]|\s*$)"),
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
    # 'The Commission voted 5-0 to approve the variance.', 'The committee voted to recommend approval to Council.',
    # 'Members voted unanimously to approve the revised budget.' (the members opening the sentence)
    re.compile(r"(?:\b[Tt]he\s+(?:[A-Z][\w&]{1,20}\s+){0,3}(?:Committee|Council|Board|Commission|Panel|Cabinet|"
               r"Authority|committee|council|board|commission|panel|members)|(?:^|(?<=[.!?]\s))(?:Members|Councillors|"
               r"Councilors|Trustees|Directors|Commissioners))\s+(?:unanimously\s+)?voted\s+(?:unanimously\s+)?"
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
    # '1.  The board approves the minutes of the February 27, 2020 meeting with no abstentions or objections.', '- The
    # Board of Directors votes in favour of adopting the policy with the following vote totals: 5 yes, 0 no': the
    # body's act told in the present, a sentence of its own (not 'That the Board approves ...', a motion's text)
    re.compile(r"(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))(?:\d{1,2}[.)]\s+|[-•*]\s+)?(?P<decision>[Tt]he\s+(?i:board|council|"
               r"committee|commission|panel|trustees|members)(?:\s+of\s+(?i:directors|trustees|governors))?\s+"
               r"(?:hereby\s+)?(?:approves|adopts|accepts|resolves|agrees\s+(?:to|that)|"
               r"votes\s+(?:unanimously\s+)?(?:in\s+favou?r\s+of|to)))\b"),
    # 'The discussion was inconclusive, but there was consensus to invite at least one additional individual': what
    # the members agreed to do, from 'to' on (not 'there was a consensus that there should be improved guidance', a
    # view)
    re.compile(r"\b[Tt]here\s+was\s+(?:a\s+|general\s+|broad\s+|unanimous\s+)?consensus\s+(?P<decision>to)\b"),
    # 'CP suggested changing the wording from "will not" to "may not", which was approved.': what was suggested
    re.compile(r"\b(?:suggested|proposed|recommended)\s+(?P<decision>[^.;]{3,300}?),\s+which\s+was\s+(?:then\s+)?"
               r"(?:unanimously\s+)?(?:approved|agreed|accepted|adopted)\b"),
    # 'VOTED unanimously and 4 of 4 directors present approved an amendment of the articles ...', 'VOTED 5-0 to
    # accept the bid': the body's vote in capitals opening the sentence, the sentence its decision ('VOTED: X' is a
    # label, decisions.DECISION_RE's)
    re.compile(r"(?:^|(?<=[.;]\s))(?:[-•*]\s+)?(?P<decision>VOTED)\s+(?=[\w(])"),
    # 'Upon receiving the majority vote of the Council, the following individuals were appointed ...': what a
    # vote decided, told in its opening phrase
    re.compile(r"(?i)\b(?:upon|on|after)\s+receiving\s+(?:the\s+|a\s+)?(?:majority|unanimous|required)\s+vote\b"),
    # 'Agreement was made among Friends for an even split of the donation.', 'Agreement was reached to defer the item.'
    re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))Agreement\s+was\s+(?:made|reached)\b"),
    # 'Cllr A asked if Councillors were in favour of this and all present were.': the question put to the meeting and
    # everyone for it, the sentence the decision
    re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[A-Z][^.!?]{0,200}?\basked\s+(?:if|whether)\s+[^.!?]{0,200}?"
               r"\bin\s+favou?r\b[^.!?]{0,200}?\band\s+(?:all|everyone)(?:\s+(?:present|members|councill?ors))?\s+"
               r"(?:were|was|agreed)\b"),
    # 'Board requested a 3% increase in dues, member body approved, no dissent.': a request and the meeting's approval
    # in one sentence; 'Cindy E. requested permission to contact Beartooth Electric. Permission was granted.': a
    # request, and the sentence after it granting it
    re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[A-Z]{IN_SENTENCE}{{0,200}}?\brequested\b{IN_SENTENCE}{{0,200}}?,\s*"
               r"(?:the\s+)?(?:member(?:ship|s)?\s+body|membership|members|meeting|board|council|committee)\s+"
               r"approved\b"),
    re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[A-Z]{IN_SENTENCE}{{0,300}}?\brequested\s+(?:permission|approval)\b"
               rf"{IN_SENTENCE}{{0,300}}?\.\s+(?:Permission|Approval|The\s+request)\s+was\s+(?:granted|given|approved)\b"),
    # 'prefers the term: task force instead of working group -> **decision**: use the term **task force** from now on':
    # an outline's note of what was decided, after an arrow
    re.compile(r"(?:->|→|=>)\s*(?i:decision|decided|agreed)\s*:\s*(?P<decision>)(?=\S)"),
    # 'After discussion all Councillors present were happy with this arrangement'
    re.compile(r"(?i)(?:\bafter (?:some |a |further )?discussion,?\s+)?\ball\s+(?:councill?ors|members|trustees|"
               r"directors)(?:\s+present)?\s+were\s+(?:happy|content|in agreement)\s+with\b"),
]


def narrated_sentence_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return any(pattern.search(blocks[i].text) for pattern in NARRATED_SENTENCES)


def narrated_sentence_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """Each sentence a NARRATED_SENTENCES pattern finds, from the match to the sentence's end; other markers
    in the same paragraph ('Agreed to ...') are read as well."""
    text = blocks[i].text
    for match in read_once(NARRATED_SENTENCES, text):  # (a sentence two forms read, '... and this was agreed.', is
        # one decision)
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
    if not _resolution_below(blocks, i + used - 1, text):
        text = before_motion(text)
        item.decisions.extend(formulas.FURTHER_RE.split(re.sub(r"^[-*•]\s+(?![-*•])", "", text)))  # (a point's
        # bullet no word; a row of stars a divider, kept)
    motion_in(blocks, i, item)
    return used


def _resolution_below(blocks: list[Block], last: int, text: str) -> bool:
    """A formula that leads in to the resolution printed under it ('Upon motion duly made ..., the following resolution
    was adopted:' / 'RESOLVED: That ...'): the resolution is the decision, the lead-in says how it was made."""
    return text.rstrip().endswith(":") and last + 1 < len(blocks) \
        and re.match(r"(?i)^\W{0,3}resolved\b", blocks[last + 1].text) is not None


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
    r"|(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=\s/\s))(?:Agreed|Resolved)(?=\s+(?:that|to|on\s+[a-z]+ing)\b)"  # 'Agreed
    # that ...', 'Agreed on storing the minutes on GitHub', 'Resolved to approve the minutes': opening a sentence, or
    # the English after the same words in another language ('Penderfynwyd talu ... / Resolved to pay ...')
    r"|(?<=[.;]\s)RESOLVED(?=\s*[:–-]\s)"  # '... Cllr A left the room. RESOLVED: no objection.'
    r"|(?<=[.;]\s)Agreed(?=\.?\s*$)"  # '... asked to pay the invoice of £60. Agreed.': a sentence of its own, last
    r"|\b(?:They|We|Members|Trustees|Councill?ors|Directors|Governors|All\s+present)\s+(?:unanimously\s+)?"
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
    r"|(?:^|(?<=[.;]\s))The\s+(?:Cabinet|Executive|Lead)\s+Member(?:\s+for\s+[A-Z][\w,&'’ -]{2,80}?)?\s+"
    r"(?:agreed|decided|resolved)(?=\s+(?:that|to)\b)"  # 'The Cabinet Member for Highways agreed to the proposed
    # decision': a decision one member takes alone
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
    r"(?:Members|Councill?ors|Trustees|Governors|The\s+(?:members|trustees|councill?ors|directors|commissioners|"
    r"governors))\s+(?:unanimously\s+)?(?:accepted|authori[sz]ed|appointed|approved|adopted|selected)\b"  # 'The
    # commissioners selected A, B and C.', 'The clerk presented the report and Members authorised the chairman to sign.'
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
            lead = "" if len(own) > 60 or own.rstrip().endswith("/") else \
                re.sub(rf"^(?:\d+(?:\.\d+)*\.?|[{BULLETS}])\s+", "", own)  # (not the same words in another language)
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
