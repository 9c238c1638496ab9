"""Decisions a minute records with no marker word of its own: a passive sentence saying what was approved or
authorised, and the council's response to each planning application it was consulted on.
"""

from __future__ import annotations

import re

from ..dates import MONTH_WORD
from .blocks import BULLET_RE, Block
from .numbered_lines import MD_LINK_RE  # a Markdown link: its text is what is read

# 'The Chair's annual report was approved.', 'Online payments were authorised in respect of ...', 'The code of
# conduct was reviewed and confirmed as ...': a sentence whose subject is what the meeting decided on, in the
# passive; not one that says who else decided or when ('was approved by MWBOO', '... at the June Meeting',
# 'was approved for five years on April 17'; but 'accepted by a vote of A yea, B yea', 'approved by a 4-0-1 vote' is
# how the meeting decided),
# nor a clause inside another ('until the plan was adopted'), nor one whose subject is told before it ('All were
# accepted.': the list above is the decision's).
PASSIVE_RE = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?(?P<subject>[A-Z][\w’'&/,-]{0,30}(?:\s[\w’'&/(),-]{1,30}){0,14}?)"
    r"\s(?:was|were)\s(?:(?:duly|unanimously|formally)\s)?(?:(?:reviewed|circulated|considered|read|discussed)\s"
    r"and\s)?(?P<verb>approved|adopted|accepted|ratified|endorsed|authori[sz]ed|confirmed\sas|signed|deferred|"
    r"postponed)\b"
    r"(?P<after>[^.;]{0,200})")
PASSIVE_SUBJECT_STOP_RE = re.compile(r"(?i)\b(?:that|which|who|until|when|after|before|if|while|noted|reported|said|"
                                     r"would|could|had|has|have|been|it|they|these|those|this|he|she|we|"
                                     r"(?:last|previous|prior)\s+meeting)\b")  # ('At the last meeting, a proposal was
# accepted ...': a report of what an earlier meeting decided)
PASSIVE_AFTER_STOP_RE = re.compile(r"(?i)^\s*(?:by(?!\s+(?:a|the)\s+(?:unanimous\s+|majority\s+|voice\s+|"
                                   r"roll[- ]call\s+|\d{1,2}-\d{1,2}(?:-\d{1,2})?\s+)?vote\b)|at|on|"
                                   r"in\s+(?:\d|" + MONTH_WORD + r")|for\s+\d|last|previously|earlier)\b")

DATED_RE = re.compile(r"\bon\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTH_WORD + r"\b|\bon\s+\d",
                      re.I)  # 'approved ... on April 17'


# 'Accounts approved', '[Minutes of previous meeting](...) approved': a list's point that names a thing and says it was
# approved, the verb of being left out as notes leave it; the whole point (not 'The accounts, once approved, ...').
TERSE_RE = re.compile(r"^(?:[-*•]\s+)?(?P<point>(?P<subject>[A-Z][\w’'&/-]{0,30}(?:\s[\w’'&/-]{1,30}){0,6}?)\s"
                      r"(?:(?:duly|unanimously)\s)?(?:approved|adopted|accepted|ratified|endorsed)(?:\s+unanimously)?"
                      r"\.?)$")
TERSE_STOP_RE = re.compile(r"(?i)\b(?:that|which|who|until|when|after|before|if|while|not|no|to|be|being|been|is|are|"
                           r"was|were|will|would|should|it|they|these|those|this|he|she|we|nominations?|offers?|all|both|each|"
                           r"unanimously|motions?|resolutions?|amendments?|proposals?)\b")  # (the last: how a motion
# went, 'Unanimously approved.', 'Motion adopted': the motion's rules read it)


def passive_decisions(text: str) -> list[str]:
    """Each sentence of `text` that PASSIVE_RE reads as a decision, as printed; or the whole of a short point
    saying what was approved (TERSE_RE)."""
    terse = TERSE_RE.match(MD_LINK_RE.sub(r"\1", text.strip()))
    if terse and not TERSE_STOP_RE.search(terse.group("subject")):
        return [terse.group("point")]
    found = []
    for sentence in re.split(r"(?<=[a-z0-9)”’\"])[.;]\s+(?=[A-Z])", text):
        match = PASSIVE_RE.match(sentence.strip())
        if not match or PASSIVE_SUBJECT_STOP_RE.search(match.group("subject")) \
                or match.group("subject").lower() in ("all", "both", "each") \
                or PASSIVE_AFTER_STOP_RE.match(match.group("after")) or DATED_RE.search(match.group("after")):
            continue
        if match.group("verb") == "signed" and not re.search(r"(?i)\b(?:cheques?|payments?|invoices?)\b",
                                                             match.group("subject")):
            continue  # 'Cheques for the following invoices were signed'; a lease signed is not a decision
        if match.group("verb") == "accepted" and re.search(r"(?i)\b(?:nominations?|invitations?|offers?)\b",
                                                           match.group("subject")):
            continue  # 'The nomination was accepted.': the nominee accepted it; the meeting decided nothing
        found.append(re.sub(r"^\d{1,3}(?:\.\d{1,2})*\.?\s+", "", sentence.strip()))
    return found


# A planning application's reference: '3/15/0568/FUL', '1659/HH', 'P/19/01234/OUT' (the local planning authority's
# numbering, ending in the kind of application).
APPLICATION_RE = re.compile(r"\b(?:[A-Z]{1,3}/)?(?:\d{1,4}/){0,2}\d{3,6}/(?:FUL|HH|OUT|LBC|CLP|CLE|CLPU|PIP|ADV|TPO|"
                            r"REM|VAR|DIS|HOU|RES|TEL|PNH|PNAD|COU|CND|AGR|CTR|FULL|LB|CA)\b")
FIRST_SENTENCE_RE = re.compile(r"^(?P<text>.{2,300}?)(?:(?<=[a-z0-9)”’\"])\.(?:\s+(?=[A-Z])|\s*$)|$)")


# A reference with no kind after the serial ('DM/2024/00372': letters, the year, the serial), read only under an
# item about planning applications, where it can be nothing else.
UNSUFFIXED_RE = re.compile(r"^(?:[A-Z]{1,4}/)?(?:19|20)\d\d/\d{3,6}\b")
PLANNING_TITLE_RE = re.compile(r"(?i)\bplanning\b")
# The council's response printed at the end of the application's own line, after a gap of two or more spaces:
# 'DM/2024/00233 – The Woodlands, Tintern.   Approval recommended.'
RESPONSE_RE = re.compile(r"^(?:Approval|Approved?|Refusal|Refused?|Recommend(?:ed|s)?|No objections?|No comments?|"
                         r"Objections?|Object(?:ed|s)?|Support(?:ed|s)?|Not supported|Respond(?:ed)?)\b")
GAP_RE = re.compile(r"\s{2,}")


def responses_on_the_line(title: str, blocks: list[Block]) -> list[str]:
    """Under an item about planning applications, each line opening with an application's reference and ending,
    after a wide gap, in the council's response ('Approval recommended.', 'Respond saying ...'): that response."""
    if not PLANNING_TITLE_RE.search(title):
        return []
    found = []
    for line in (line for block in blocks for line in block.lines):
        text = line.stripped
        if not (APPLICATION_RE.match(text) or UNSUFFIXED_RE.match(text)):
            continue
        last = GAP_RE.split(text.strip())[-1]
        if last != text.strip() and RESPONSE_RE.match(last):
            found.append(FIRST_SENTENCE_RE.match(last).group("text").strip())
    return found


def planning_responses(title: str, blocks: list[Block]) -> list[str]:
    """The council's response to each planning application it was consulted on, its decision: the first sentence
    of the paragraph under an application's reference printed on a line of its own ('3/15/0557/HH – 46 Chapel
    Lane' / 'No comment'), or of the text of an item titled by the reference."""
    found = []
    if APPLICATION_RE.search(title) and blocks:
        found.append(blocks[0].text)
    for n, block in enumerate(blocks):
        reference = APPLICATION_RE.search(block.text)
        if not reference or reference.start() > 12:
            continue
        if len(block.lines) == 1 and n + 1 < len(blocks) and not APPLICATION_RE.search(blocks[n + 1].text[:14]):
            found.append(blocks[n + 1].text)  # (text after a colon on the reference's line may be the proposal)
    return [first.group("text").strip() for text in found if (first := FIRST_SENTENCE_RE.match(text.strip()))] or \
        responses_on_the_line(title, blocks)


# A resolution's lead-in naming the body, on a line of its own ('That the Committee for Transport and
# Connectivity: -'), with the points it resolved numbered under it, each opening in the past tense ('1. Noted
# the membership ...', '2. Authorised the Director ...'): what the body did, recorded without a label.
NAME_WORD = r"(?:[A-Z][\w&’'-]{0,30}|and|for|of|on|&)"
LEAD_IN_RE = re.compile(rf"^That\s+the\s+(?:{NAME_WORD}\s+){{0,6}}(?:Committee|Sub-Committee|Council|Board|Panel|"
                        r"Cabinet|Commission|Authority|Trustees|Forum|Group|Executive)"
                        rf"(?:\s+{NAME_WORD}){{0,10}}\s*(?::\s*-?)?$")
PAST_POINT_RE = re.compile(r"^\d{1,2}\.\s{1,10}[A-Z][a-z]{2,20}ed\b")


def lead_in_at(block: Block) -> int | None:
    """The index of the block's line holding a lead-in with past-tense points numbered under it, or None."""
    lines = block.lines
    return next((n for n in range(len(lines) - 1) if LEAD_IN_RE.match(lines[n].stripped)
                 and PAST_POINT_RE.match(lines[n + 1].stripped)), None)


# A minute titled by what it holds: the decisions taken ('6. Decisions' / 'Community Groups: Applications to join
# ... All were accepted.'): each paragraph under it is one, after its label.
DECISIONS_TITLE_RE = re.compile(r"(?i)^(?:(?:board|council|committee)\s+)?decisions(?:\s+(?:taken|made))?$")
PARAGRAPH_LABEL_RE = re.compile(r"^[A-Z][\w’'&/ -]{1,50}:\s+(?=[A-Z])")


def decisions_listed(kind: str, title: str, blocks: list[Block]) -> list[str]:
    """Each paragraph of a minute titled 'Decisions', without its label: the decisions it records."""
    if kind != "minutes" or not DECISIONS_TITLE_RE.match(title.strip()):
        return []
    return [PARAGRAPH_LABEL_RE.sub("", block.text).strip() for block in blocks if block.text.strip()]


# A proposal put in one paragraph and passed in a later one ('It was proposed that the scheme be approved in two
# tranches, ...' / ... / 'This was passed unanimously.'), or put under a paragraph saying who proposed it ('The
# trustees, therefore, proposed:' / 'That the trustees have permission to ...' / 'The proposal was accepted by a show
# of hands.'): the proposal is the decision.
PROPOSED_RE = re.compile(r"^It\s+was\s+proposed\s+(?:by\s+[^,.;]{1,60}?\s+)?that\s")
PROPOSED_ABOVE_RE = re.compile(r"(?i)\b(?:proposed|moved|put\s+forward)(?:\s+the\s+following(?:\s+(?:resolution|"
                               r"motion))?)?\s*:-?\s*$")
PROPOSAL_TEXT_RE = re.compile(r"^(?:That|THAT)\s")
PASSED_RE = re.compile(r"^(?:This|The\s+(?:proposal|motion|resolution))\s+was\s+(?:(?:duly|unanimously)\s+)?"
                       r"(?:passed|carried|agreed|approved|accepted|adopted)\b")


def proposal_passed(blocks: list[Block], i: int) -> bool:
    """A paragraph proposing, and one of the next three saying the proposal passed."""
    put = PROPOSED_RE.match(blocks[i].text) or (i > 0 and PROPOSAL_TEXT_RE.match(blocks[i].text)
                                                and PROPOSED_ABOVE_RE.search(blocks[i - 1].text))
    return bool(put) and any(PASSED_RE.match(b.text) for b in blocks[i + 1:i + 4])


# A proposal labelled as such ('Proposed: Wait to see the result of the erratum.'), or by what it would do ('Reject:
# it would be a significant incompatibility.'), and its result alone in the paragraph after it ('Accepted.'): what
# was proposed is the decision (not 'Proposed: Cllr A', who proposed: a name, no words of a proposal).
PROPOSAL_LABEL_RE = re.compile(r"^(?:(?:Proposed|PROPOSED|Proposal|PROPOSAL)\s*:\s*(?P<text>\S.*)|"
                               r"(?:Reject|Accept|Approve|Adopt|Postpone|Defer|Decline|Close)\s*:\s*\S.*)$", re.S)
RESULT_ALONE_RE = re.compile(r"(?i)^(?:accepted|agreed|approved|carried|adopted)(?:\s+unanimously)?\.?$")
PROPOSAL_WORDS = 3  # words at least: fewer name who proposed, not what


def proposal_accepted(blocks: list[Block], i: int) -> str | None:
    """What a labelled proposal proposed, when the paragraph after it is its result alone ('Accepted.')."""
    match = PROPOSAL_LABEL_RE.match(blocks[i].text.strip())
    if not match or i + 1 >= len(blocks) or not RESULT_ALONE_RE.match(blocks[i + 1].text.strip()):
        return None
    text = re.sub(r"\s+", " ", match.group("text") or match.group(0)).strip()
    return text if len(text.split()) >= PROPOSAL_WORDS else None


def result_opens(blocks: list[Block], i: int) -> bool:
    """An item's record that opens with its result alone ('2. Accepting the minutes of the previous meeting' /
    'Accepted.'): what the item put was decided."""
    return i == 0 and bool(RESULT_ALONE_RE.match(blocks[i].text.strip()))


# A proposal nobody objected to, in one paragraph: 'The Mayor called the meeting to order and proposed moving agenda
# item two to the end of the meeting. There were no objections.': what was proposed is the decision; a nomination
# nobody objected to ('Serge nominated himself for PR Coordinator. There was no objection.'): the nomination; a
# suggestion put to those present, no objection noted after it in brackets ('Let's keep the Thursday 2pm PT time for
# now. (No objections.)'): the suggestion.
UNOPPOSED_RE = re.compile(r"(?:\bproposed\s+(?P<text>(?:that|to)\s[^.;]{3,300}?|[a-z]+ing\s[^.;]{3,300}?)|"
                          r"(?:^|(?<=[.;]\s))(?P<nomination>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:nominated|"
                          r"was\s+nominated)\s[^.;]{3,150}?))\.\s+"
                          r"(?:There\s+(?:were|was)\s+no\s+objections?|No\s+objections?\s+(?:were|was)\s+"
                          r"(?:raised|made|received|voiced))\b|"
                          r"(?:^|(?<=[.;]\s)|(?<=^[-*•]\s))(?P<suggested>Let['’]s\s[^.;()]{3,200}?)\.\s+"
                          r"\(No\s+objections?\.?\)")


def unopposed(text: str) -> list[str]:
    """What each proposal (or nomination, or suggestion) of a paragraph that nobody objected to proposed."""
    return [(match.group("text") or match.group("nomination") or match.group("suggested")).strip()
            for match in UNOPPOSED_RE.finditer(text)]


# A sentence that decides on steps listed under it ('In addition, the Committee decided unanimously on two additional
# steps:' / '- To put a new monetary policy instrument into operation: ...' / '- The expansion of the program ...'):
# each bullet is a decision.
DECIDED_ON_LIST_RE = re.compile(r"(?i)\b(?:decided|agreed|resolved)\s+(?:unanimously\s+)?(?:on|upon)\s+(?:the\s+"
                                r"following|(?:two|three|four|five|six|\d{1,2})(?:\s+(?:additional|further|more))?)"
                                r"(?:\s+(?:steps|measures|actions|points|decisions|items))?\s*:\s*$")


def decided_list(blocks: list[Block], i: int) -> tuple[list[str], int]:
    """The bullets under block `i` when it ends deciding on a list, each with the lines that wrap it (a PDF made into
    Markdown may set a bullet's wrapped line apart as a paragraph, in lower case), and how many blocks they take."""
    if not DECIDED_ON_LIST_RE.search(blocks[i].text):
        return [], 0
    decisions: list[str] = []
    j = i + 1
    while j < len(blocks):
        text = re.sub(r"\s+", " ", blocks[j].text).strip()
        if BULLET_RE.match(text):
            decisions.append(BULLET_RE.sub("", text, count=1))
        elif decisions and text[:1].islower():
            decisions[-1] = f"{decisions[-1]} {text}"
        else:
            break
        j += 1
    return decisions, j - i - 1


# The body on a line of its own, then what it did, a bullet each opening with the act in capitals ('The Board:' /
# '• NOTED the report;' / '• APPROVED the revised terms of reference.'), as boards' minutes set their decisions out.
BODY_LEAD_RE = re.compile(r"^(?:The\s+)?(?:[A-Z][\w&'’-]+\s+){0,3}(?:Board|Committee|Sub-Committee|Council|Panel|"
                          r"Cabinet|Commission|Authority|Trustees|Governors)\s*:$")
ACT_BULLET_RE = re.compile(r"^[-*•▪◦·]\s+(?P<act>(?:NOTED|APPROVED|AGREED|RESOLVED|ENDORSED|RECEIVED|RATIFIED|"
                           r"SUPPORTED|DELEGATED|RECOMMENDED|DECIDED|ACCEPTED|ADOPTED|CONFIRMED)\b.*)$")


def body_acts(blocks: list[Block], i: int) -> tuple[list[str], int]:
    """Each act listed under the body's name on block `i`'s first line (a bullet's wrapped lines joined to it), and how
    many blocks they take; ([], 0) where the block is no such list."""
    if not BODY_LEAD_RE.match(blocks[i].first.stripped):
        return [], 0
    acts: list[str] = []
    j = i
    while j < len(blocks) and (j == i or ACT_BULLET_RE.match(blocks[j].first.stripped)):
        for line in blocks[j].lines[1 if j == i else 0:]:
            if bullet := ACT_BULLET_RE.match(line.stripped):
                acts.append(bullet.group("act"))
            elif acts and not BULLET_RE.match(line.stripped):
                acts[-1] = f"{acts[-1]} {line.stripped}"  # a bullet's wrapped line
            else:
                return _acts(acts), (j - i + 1 if acts else 0)
        j += 1
    return _acts(acts), (j - i if acts else 0)


def _acts(acts: list[str]) -> list[str]:
    return [re.sub(r"\s*[;.]?(?:\s+and)?$", "", act) for act in acts]
