"""Motions told in a sentence (or two): who moved, who seconded and what they moved, each way minutes tell it an
entry of the table SPOKEN_MOTIONS ('A moved to X, seconded by B', 'Moved by A that X. Seconded by B.', 'On motion of
A, seconded by B, the Board approved X'). motions.py reads how each went and what it decided.
"""

from __future__ import annotations

import re

from .blocks import read_once
from .mentions import INNER_STOP, SLASH_NAME
from .movers import VOTER

# A sentence's end: a full stop not closing an initial or a title ('M.', 'Mr.'), then a capital.
NOT_ABBREVIATED = (r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bNo)(?<!\bNos)"
                   r"(?<!\bSt)(?<!\b[A-Z])")  # 'Mr.', 'Inc.', 'No.', 'Nos.', 'J.': a full stop ending no sentence
SENTENCE_END = NOT_ABBREVIATED + r"\.\s+(?=[A-Z])"
# The end of what a motion moved: its sentence's full stop, or a clause after a semicolon telling how it went ('...
# be approved; this was carried unanimously.')
TOLD_AFTER = (r";\s+(?:(?:this|it|which)\s+was\s+)?(?:unanimously\s+)?(?:carried|agreed|approved|passed|adopted|lost|"
              r"defeated|rejected)\b")
TEXT_END = rf"(?={TOLD_AFTER}|{NOT_ABBREVIATED}\.\s|\.$|$)"
POST = (r"(?i:(?:vice|deputy)[- ]?)?(?i:chair(?:man|woman|person)?|mayor|president|reeve|convenor|convener|"
        r"cathaoirleach|speaker)")  # the
# post of a member who presides, named for the person
# Who seconded, after the mover: 'seconded by B' or 'B second(ed)' ('..., Craig Strawser second, with ...').
SECONDED_BY = rf"(?:which\s+was\s+|and\s+(?:this\s+|it\s+)?was\s+)?(?:duly\s+)?seconded\s+by\s+(?P<seconder>{VOTER})"
SECONDED_EITHER = rf"(?:(?i:seconded\s+by)\s+(?P<seconder>{VOTER})|(?P<seconder2>{VOTER})\s+second(?:ed)?\b)"
MOVED_TEXT = rf"(?P<text>(?:to|that)\b(?:[^.;]|{INNER_STOP}){{1,400}}?)"  # what was moved, up to the sentence's end
MADE_A_MOTION = (r"(?:made|proposed|offered|introduced|put\s+forward)\s+(?:a|the)\s+"
                 r"(?:series\s+of\s+motions|motion)")  # 'A made (proposed) a motion to X'

# 'Cllr A proposed the following motion, which was seconded by Cllr B:' over its words
FOLLOWING_MOTION = (rf"(?P<mover>{VOTER})\s+(?:proposed|moved|put)\s+the\s+following\s+(?:motion|resolution|"
                    rf"amendment),?\s+{SECONDED_BY}\s*:")

# One sentence (or two) holding mover, seconder and what they moved, each form a table entry; no match is none.
SPOKEN_MOTIONS = [
    # 'Commissioner A made a motion, seconded by Commissioner B, to continue this item ...'
    re.compile(rf"(?P<mover>{VOTER})\s+made\s+(?:a|the)\s+motion,?\s+(?:which\s+was\s+)?seconded\s+by\s+"
               rf"(?P<seconder>{VOTER}),?\s+(?P<text>(?:to|that)\b.+?)(?=\.\s|\.$|,?\s+and\s+(?:the\s+|set\s+|"
               r"said\s+|this\s+)?motion\b|$)"),
    # 'Commissioner A made a motion to approve the consent agenda, seconded by Commissioner B.', 'A makes a motion to
    # approve the minutes, B second', '..., second B', 'a motion for the purchase of X, ...', '...; B seconded.'
    re.compile(rf"(?P<mover>{VOTER})\s+(?:made|makes)\s+(?:a|the)\s+motion\s+(?P<text>(?:to|that|for)\b[^.;]{{1,400}}?)"
               rf"[,;]?\s+(?:and\s+)?(?:(?:was\s+)?"
               rf"second(?:ed)?\s+(?:by\s+)?(?P<seconder>{VOTER})|(?P<seconder2>{VOTER})\s+second(?:ed|s)?\b)"),
    # Terse minutes: 'A motion, B second, A aye, B aye, C aye to approve the reports.', 'Motion to approve A, B
    # second, vote A aye, ...': who moved, who seconded, then (or first) what
    re.compile(rf"(?:^|(?<=[.;]\s))(?P<mover>{VOTER})\s+motion,\s*(?P<seconder>{VOTER})\s+second\b[^.;]*?"
               rf"\s(?P<text>to\b[^.;]{{1,400}}?){TEXT_END}"),
    re.compile(rf"(?:^|(?<=[.;]\s))(?i:motion)\s+(?P<text>to\s+[a-z][a-z ]{{1,60}}?)\s+(?P<mover>{VOTER}),\s*"
               rf"(?P<seconder>{VOTER})\s+second\b"),
    # A student senate's: 'Amaha motioned to confirm any members of AAC; properly seconded without objection.', 'A
    # motion five minute recess; properly seconded without objections' (seconded, nobody named, and passed unopposed)
    re.compile(rf"(?:^|(?<=[.;]\s))(?P<mover>{VOTER})\s+motion(?:ed)?\s+(?P<text>[^;.]{{3,200}}?);\s*"
               r"(?P<carried>(?i:(?:properly\s+)?seconded\s+(?:and\s+(?:passed|carried)\s+)?without\s+objections?))"),
    # Notes that give the mover as a speaker: 'Peter: motion to close the public board meeting; Heather seconded.'
    re.compile(rf"(?:^|(?<=[.;]\s))(?P<mover>{VOTER}):\s+(?i:motion)\s+(?P<text>to\s+[^;.]{{3,200}}?)[;,]\s*"
               rf"(?P<seconder>{VOTER})\s+seconded\b"),
    # 'Commissioner A moved and Chair B seconded to approve the consent calendar as recommended.'
    re.compile(rf"(?P<mover>{VOTER})\s+moved,?\s+and\s+(?P<seconder>{VOTER})\s+seconded,?\s+"
               rf"(?P<text>(?:to|that)\b.+?){TEXT_END}"),
    # 'Motion by Trustee A to approve the warrants, seconded by Trustee B.': the mover, what was moved, the seconder
    re.compile(rf"(?:^|(?<=[.;]\s))(?i:(?:a\s+)?motion\s+(?:was\s+made\s+)?by)\s+(?P<mover>{VOTER})\s+"
               rf"(?P<text>(?:to|that)\b[^.;]{{1,300}}?),?\s+(?:and\s+)?(?i:seconded\s+by|second\s+by)\s+"
               rf"(?P<seconder>{VOTER})"),
    # 'A motion was made by Councilor A that this matter be Approved.': a committee's motion nobody seconds, or one
    # seconded in the sentence after it; made by e-mail too ('A motion was made via email by A to accept ...'); the
    # article left out at a sentence's start ('Motion was made by Mayor A to accept ... Seconded by Councilor B.')
    re.compile(rf"(?:(?i:\ba\s+)|(?:^|(?<=[.;]\s))(?=Motion\b))(?i:motion\s+was\s+made\s+(?:(?:via|by)\s+(?:e-?mail|"
               rf"(?:tele)?phone)\s+)?by)\s+"
               rf"(?P<mover>{VOTER}),?\s+(?P<text>(?:to|that)\b.+?){TEXT_END}"),
    # 'MOTION from Commissioner A to close the nominations and appoint B by acclamation.': the mover, what was moved
    # (the vote in the sentences after it)
    re.compile(rf"(?:^|(?<=[.;]\s))(?i:motion\s+from)\s+(?P<mover>{VOTER}),?\s+(?P<text>(?:to|that)\b.+?){TEXT_END}"),
    # 'On motion of Supervisor A, seconded by Supervisor B, and unanimously carried (Supervisor C absent), the Board
    # approved the Consent Calendar.', '... and carried by the following vote, the Board awarded the contract ...:'
    re.compile(rf"(?i:(?:up)?on\s+(?:the\s+)?motion\s+of)\s+(?P<mover>{VOTER}),?\s+(?i:seconded\s+by)\s+"
               rf"(?P<seconder>{VOTER}),?\s+(?:and\s+)?(?P<carried>(?i:(?:unanimously\s+)?carried))\b[^,()]{{0,40}}"
               rf"(?:\([^()]{{0,80}}\))?,\s+(?P<text>(?i:the)\s+(?:Board|Council|Commission|Committee|Authority)\s+"
               rf"[a-z]+ed\b.+?)(?=:\s|:$|{NOT_ABBREVIATED}\.\s|\.$|$)"),
    # 'On motion by Commissioner A, seconded by Commissioner B, the Board voted unanimously to approve the contract.',
    # 'Upon a motion by A and second by B, the Council approved the contract 4-1, with C dissenting.': what the body
    # did is the decision, and says it carried
    re.compile(rf"(?i:(?:up)?on\s+(?:a\s+|the\s+)?motion\s+(?:of|by))\s+(?P<mover>{VOTER}),?\s+(?:and\s+)?"
               rf"(?i:(?:seconded|second)\s+by)\s+(?P<seconder>{VOTER}),\s+(?P<text>(?i:the)\s+(?:Board|Council|"
               rf"Commission|Committee|Authority|Trustees|Members)\s+(?P<carried>voted\b[^.;]{{0,40}}?\bto|"
               rf"[a-z]+ed)\b.+?)(?=,\s+with\b|{TEXT_END})"),
    # 'A proposal by Cllr A, seconded by Cllr B, to approve the quote was carried.'
    re.compile(rf"(?i:\ba\s+proposal\s+by)\s+(?P<mover>{VOTER}),?\s+(?i:seconded\s+by)\s+(?P<seconder>{VOTER}),?\s+"
               rf"(?P<text>(?:to|that)\b[^.;]{{1,300}}?)\s+(?:was|were)\s+(?P<carried>carried|agreed|approved)\b"),
    # 'A motion to approve the contract was made by A and seconded by B.', 'Motion to approve the contract by A,
    # seconded by B.', 'The motion to adopt was made by A, B second': what was moved first
    re.compile(rf"(?:^|(?<=[.;]\s))(?i:(?:a\s+|the\s+)?motion)\s+(?P<text>to\b[^.;:]{{1,300}}?)\s+"
               rf"(?i:(?:was\s+made\s+)?by)\s+(?P<mover>{VOTER}),?\s+(?:and\s+)?{SECONDED_EITHER}"),
    # 'A moved, B seconded, to approve the contract.'
    re.compile(rf"(?P<mover>{VOTER})\s+moved,\s+(?P<seconder>{VOTER})\s+seconded,?\s+{MOVED_TEXT}{TEXT_END}"),
    # 'Councilmember A moved approval of the contract; Councilmember B seconded.': the motion named by its noun
    re.compile(rf"(?P<mover>{VOTER})\s+moved\s+(?P<text>(?:approval|adoption|acceptance)\s+of\b[^.;]{{1,300}}?)"
               rf"[;,]\s*(?:and\s+)?(?P<seconder>{VOTER})\s+seconded\b"),
    # 'The minutes of 6th August were approved, proposed by A and seconded by B.', 'Resolutions 1 and 2 were adopted,
    # motion made by A, B second': what was done, then who moved it
    re.compile(rf"(?P<text>[A-Z][^.;]{{0,300}}?\b(?:was|were)\s+(?P<carried>approved|adopted|accepted|agreed|confirmed|"
               rf"ratified)\b[^.;]{{0,40}}?),\s+(?i:proposed|moved|motion\s+made)\s+by\s+(?P<mover>{VOTER}),?\s+"
               rf"(?:and\s+)?{SECONDED_EITHER}"),
    # 'The supervisors approved the payment with A making the motion, B second, ...': what the body did, then who moved
    re.compile(rf"(?P<text>[A-Z][^.;]{{0,300}}?\b(?P<carried>approved|adopted|accepted|authori[sz]ed|agreed|decided)\b"
               rf"[^.;]{{0,200}}?)\s+with\s+(?P<mover>{VOTER})\s+making\s+the\s+motion,?\s+(?:and\s+)?"
               rf"(?:(?i:seconded\s+by)\s+(?P<seconder>{VOTER})|(?P<seconder2>{VOTER})\s+second(?:ed|ing)?\b)"),
    # 'Director A moved, seconded by Director B, that the Board adopt the resolution.'
    re.compile(rf"(?P<mover>{VOTER})\s+(?:moved|proposed),\s+seconded\s+by\s+(?P<seconder>{VOTER}),?\s+"
               rf"(?P<text>(?:to|that)\b.+?){TEXT_END}"),
    # 'The motion to award the grant (proposed Cllr A, seconded Cllr B) was carried.': who, in brackets
    re.compile(rf"(?i:the\s+(?:motion|proposal))\s+(?P<text>to\b[^.;()]{{1,300}}?)\s*\((?i:proposed|moved)(?:\s+by)?\s+"
               rf"(?P<mover>{VOTER}),?\s+(?i:seconded)(?:\s+by)?\s+(?P<seconder>{VOTER})\)\s+(?:was|were)\s+"
               rf"(?P<carried>carried|agreed|passed|approved)\b"),
    # 'Councillor A proposed, and Councillor B seconded, that X, and this resolution was passed unanimously.'
    re.compile(rf"(?P<mover>{VOTER})\s+proposed,?\s+(?:and\s+)?(?P<seconder>{VOTER})\s+seconded,?\s+"
               rf"(?P<text>that\b.+?)(?=,?\s+and\s+(?:this|the)\s+(?:resolution|motion|proposal)\b|,?\s+and\s+(?:this|it)\s+"
               r"was\b|;\s|\.\s|\.$|$)"),  # ('..., and this was confirmed by all present': how it went)
    # 'It was proposed by A, seconded by B and (unanimously) carried that ...' / 'Proposed by A, seconded by B, all
    # in favour: to ...' / 'Motion by A, seconded by B, to ...' / 'A motion was made by A and seconded by B to ...' /
    # 'Proposed Cllr A, seconded Cllr B, all agreed to ...' (a councillor's title in place of 'by')
    re.compile(rf"(?i:(?:it\s+was\s+)?(?:proposed|moved)\s+by|(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?by|"
               rf"on\s+(?:the\s+)?(?:motion|proposal)\s+of|(?:proposed|moved)(?=\s+(?:Cllr|Cr|Councill?or)\b))\s+"
               rf"(?P<mover>{VOTER}),?\s+(?:and\s+)?"
               rf"(?i:seconded\s+by|second\s+by|seconded(?=\s+(?:Cllr|Cr|Councill?or)\b))\s+(?P<seconder>{VOTER})"
               rf"(?:,?\s+and\s+(?:unanimously\s+)?"
               r"(?P<carried>carried|agreed|resolved)(?:\s+unanimously)?(?:\s+by\s+(?:all\s+|the\s+)?(?:members|directors|"
               r"trustees|councill?ors|those)\s+present)?|,?\s+(?P<favour>all\s+(?:were\s+)?in\s+favou?r|all\s+agreed))?"
               r"\s*[,:]?\s+"
               rf"(?:it\s+was\s+(?P<agreed>agreed|resolved)\s+)?(?:[“\"](?=(?i:that|to)\b))?"
               rf"(?P<text>(?<=[“\"])[^”\"]{{1,1200}}(?=[”\"])|(?:to|that)\b.+?{TEXT_END})"),  # (the resolution in
    # quotes: 'and resolved: "That Clare County Council approves ..."')
    # 'Moved by A that the minutes be adopted as posted.', its seconder in the sentence after ('Seconded by B.');
    # 'Moved by him that ...': the member the sentence before names (`_mover_named_before`)
    re.compile(rf"(?:^|(?<=[.;]\s))(?i:(?:it\s+was\s+)?(?:moved|proposed)\s+by)\s+(?P<mover>{VOTER}|him|her),?\s+"
               rf"(?P<text>(?:to|that)\b.+?){TEXT_END}"),
    # 'The agenda was approved unanimously by voice vote on a motion by Mr. A and a second by Ms. B.': what
    # the sentence says was done is the decision
    re.compile(rf"(?P<text>[A-Z][^.;]{{0,300}}?\b(?:was|were)\s+(?P<carried>approved|adopted|passed|accepted|"
               rf"confirmed|carried|ratified)\b[^.;]{{0,80}}?)\s+(?i:on\s+a\s+motion\s+by)\s+(?P<mover>{VOTER}),?\s+"
               rf"(?i:and\s+(?:a\s+)?second(?:ed)?\s+by)\s+(?P<seconder>{VOTER})"),
    # 'Moved Smith/Brown that the accounts be approved. Carried.': mover and seconder apart by a slash, then what
    re.compile(rf"\b(?i:moved|motion|m/s)(?:\s+by)?\s*:?\s*(?P<mover>{SLASH_NAME})\s?/\s?(?P<seconder>{SLASH_NAME}),?\s+"
               rf"{MOVED_TEXT}{TEXT_END}"),
    # 'Kamm/Kuhn moved to approve the minutes as presented.': the pair first, then that they moved
    re.compile(rf"(?:^|(?<=[.;]\s))(?P<mover>{SLASH_NAME})\s?/\s?(?P<seconder>{SLASH_NAME})\s+(?i:moved|motioned)\s+"
               rf"{MOVED_TEXT}{TEXT_END}"),
    # 'Motion to approve the consent agenda. Moved by A, seconded by B.', 'Motion to approve X: Moved by A, ...': what
    # was moved, then who
    re.compile(rf"(?:^|(?<=[.;]\s))(?i:motion)\s+{MOVED_TEXT}[.;:]?\s+(?i:moved\s+by)\s+(?P<mover>{VOTER}),?\s+"
               rf"(?:and\s+)?(?i:seconded\s+by)\s+(?P<seconder>{VOTER})"),
    # 'Member A moved to adopt the report; Member B seconded', 'A moved to approve the minutes, B seconding', as
    # small bodies' minutes say it too: 'Don motioned to accept financial report, Courtney seconded', 'Bob P. motion
    # to accept minutes, Mike K. seconded the motion'
    re.compile(rf"(?P<mover>{VOTER})\s+(?:moved|(?i:motioned|motion))\s+{MOVED_TEXT}[;,]\s*(?:and\s+)?"
               rf"(?P<seconder>{VOTER})\s+(?:seconded|seconding)\b"),
    # 'Chair A moved to approve the two venues, seconded by Member B.', '... moved to adopt X, and seconded by B',
    # 'Selectman A moved to close the warrant; seconded by Selectman B.'
    re.compile(rf"(?P<mover>{VOTER})\s+moved\s+{MOVED_TEXT}[,;]?\s+(?:and\s+)?(?:was\s+)?seconded\s+by\s+"
               rf"(?P<seconder>{VOTER})"),
    # 'With that, he moved to approve both minutes documents, seconded by Member B.': the mover is the member the
    # sentence before names (`_mover_named_before`)
    re.compile(rf"(?:^|(?<=[.;,]\s))(?P<mover>[Hh]e|[Ss]he)\s+moved\s+{MOVED_TEXT},?\s+(?:and\s+)?(?:was\s+)?"
               rf"seconded\s+by\s+(?P<seconder>{VOTER})"),
    # '... It was decided that X. Member A so moved, Chair B seconded.': the decision is told before the motion
    re.compile(rf"(?P<mover>{VOTER})\s+so\s+moved,?\s+(?:and\s+)?(?:(?P<seconder>{VOTER})\s+seconded\b|"
               rf"seconded\s+by\s+(?P<seconder2>{VOTER}))(?P<text>)"),
    # 'Cllr A proposed that X. This was seconded by Cllr B and agreed unanimously.'
    re.compile(rf"(?P<mover>{VOTER})\s+(?:proposed|moved)\s+(?P<text>that\b[^;]{{1,400}}?){SENTENCE_END}"
               rf"(?i:this|the\s+(?:motion|proposal))\s+was\s+seconded\s+by\s+(?P<seconder>{VOTER})"),
    # 'Cllr A proposed the following motion, which was seconded by Cllr B: "That ..."': its words after the colon, in
    # quotes or not (in the paragraph under it: motions_apart.SUBMITTED_RE)
    re.compile(rf"{FOLLOWING_MOTION}\s*(?:[“\"](?=(?i:that|to)\b))?"
               rf"(?P<text>(?<=[“\"])[^”\"]{{1,1200}}(?=[”\"])|(?:to|that)\b.+?{TEXT_END})"),
    # 'Steven Feldman proposes an amendment to the constitution to X. Seconded by Matt Travis and approved.', 'Jo
    # nominates Matt Travis to take over, seconded by Tom Chadwin': what was proposed (a thing, a person), not 'that'
    re.compile(rf"(?P<mover>{VOTER})\s+(?:proposes|proposed|nominates|nominated)\s+"
               rf"(?P<text>(?!that\b|the\s+following\b)[^.;]{{3,400}}?)"
               rf"(?:{NOT_ABBREVIATED}\.\s+(?:(?:The|This)\s+(?:proposal|nomination|motion)\s+was\s+)?|,\s+)"
               rf"{SECONDED_EITHER}"),  # ('A proposed B for Treasurer. The proposal was seconded by C', 'Perry Helt
    # nominated Tom Kessler, Bob Purvayn seconded.')
    # 'Ian proposed a working group on X; unanimously accepted.': what was proposed and, in the same sentence, accepted
    re.compile(rf"(?P<mover>{VOTER})\s+(?:proposes|proposed)\s+(?P<text>(?!that\b)[^.;]{{3,400}}?)[;,]\s+(?:and\s+)?"
               r"(?:(?:this|it)\s+was\s+)?(?P<carried>(?:unanimously\s+)?(?:accepted|agreed|approved|carried|adopted))"
               r"(?:\s+unanimously)?(?=\s*[.;]|\s*$)"),
    # 'Motion (Hale/Lind): that the grant be approved.', 'Resolution: That the report be noted. (Hale/Lind)': mover
    # and seconder in brackets, apart by a slash
    re.compile(rf"(?i:motion|resolution)\s*\((?P<mover>{SLASH_NAME})\s?/\s?(?P<seconder>{SLASH_NAME})\)\s*:?\s*"
               rf"(?P<text>(?i:that)\b[^.;]{{1,400}}?){TEXT_END}"),
    re.compile(rf"(?P<text>(?i:that)\b[^.;()]{{1,400}}?)\.?\s*\((?P<mover>{SLASH_NAME})\s?/\s?(?P<seconder>{SLASH_NAME})\)"),
    # 'Member A moved to approve the changes as discussed. Member B seconded.'; 'A moved for $300 for the committee to
    # buy antennas. C suggested the dedicated funds be used. A amended his motion. B seconded.' (what was moved is its
    # own sentence, up to two more may come before who seconded)
    re.compile(rf"(?P<mover>{VOTER})\s+moved\s+(?P<text>(?:to|that|for)\b[^;]{{1,400}}?){SENTENCE_END}"
               rf"(?:[^;]{{0,300}}?{SENTENCE_END}){{0,2}}?(?P<seconder>{VOTER})\s+seconded\b"),
    # 'A made the motion to approve X. B seconded the motion.'; 'A made the following motion: "To authorize X." B
    # seconded the motion.' (the motion's words in quotes, their sentences and all)
    re.compile(rf"(?P<mover>{VOTER})\s+{MADE_A_MOTION}\s+(?P<text>(?:to|that)\b[^;]{{1,400}}?){SENTENCE_END}"
               rf"(?P<seconder>{VOTER})\s+seconded\b"),
    re.compile(rf"(?P<mover>{VOTER})\s+made\s+the\s+following\s+motion\s*:\s*[“\"](?P<text>[^”\"]{{1,1200}})[”\"]\s*"
               rf"(?P<seconder>{VOTER})\s+seconded\b"),
    # 'Mr. A made a motion to amend X. The motion was seconded by Mr. B and approved unanimously.' (a sentence
    # between the two may say why)
    re.compile(rf"(?P<mover>{VOTER})\s+{MADE_A_MOTION}\s+(?P<text>(?:to|that)\b.{{1,600}}?)"
               rf"(?:{SENTENCE_END}(?:.{{0,300}}?{SENTENCE_END}){{0,2}}?|;\s+)(?i:the\s+motion\s+was\s+seconded\s+by)\s+"
               rf"(?P<seconder>{VOTER})"),  # (or after a semicolon: '... the vouchers; the motion was seconded by B')
    # The last forms, tried where no seconder is named: 'Council Member A made a motion to X. Motion passed on a 5-0
    # vote.', 'It was moved and seconded to X. Motion carried.' (nobody named)
    re.compile(rf"(?P<mover>{VOTER})\s+{MADE_A_MOTION}\s+(?P<text>(?:to|that)\b.+?){TEXT_END}"),
    # ('A motion was made to adjourn. There were no objections.')
    re.compile(rf"(?i:\bit\s+was\s+(?:duly\s+)?moved(?:\s+and\s+seconded)?|"
               rf"(?:^|(?<=[.;]\s))(?:a\s+)?motion\s+(?:was\s+)?(?:made|put|offered)(?:\s+and\s+(?:duly\s+)?seconded)?)"
               rf"\s+(?P<text>(?:to|that)\b.+?){TEXT_END}"),  # ('A motion was made and seconded to X', 'Motion made
    # and seconded to adjourn.')
    # 'The chairman proposed, and it was accepted that agenda item 8 be held over', 'The Mayor proposed and it was
    # RESOLVED to suspend standing orders': a member named by their post (`post_name`), nobody seconding; the
    # sentence whole is the decision (`_as_minuted`)
    re.compile(rf"(?:^(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?\s+)?|(?<=[.;]\s))(?i:the)\s+(?P<post>{POST})\s+"
               rf"(?:proposed|moved),?\s+and\s+(?:it\s+)?(?:was\s+)?(?P<agreed>(?i:accepted|agreed|resolved|carried))\s+(?P<text>(?i:that|to)\b.+?){TEXT_END}"),
    # 'Councillor A moved an amendment which was seconded by B. The amendment text as follows: ...': its words in the
    # paragraphs under it
    re.compile(rf"(?P<mover>{VOTER})\s+moved\s+(?:an\s+amendment|a\s+motion)(?:\s+to\s+the\s+(?:report|motion|"
               rf"recommendations?))?,?\s+(?:which\s+was\s+|and\s+(?:this\s+|it\s+)?was\s+)?seconded\s+by\s+"
               rf"(?P<seconder>{VOTER})(?P<text>)"),
    # 'The special resolution was proposed by Neal Wright.': a motion put under its heading, its proposer named after
    re.compile(rf"(?:^|(?<=[.;]\s))(?i:the\s+(?:special\s+|ordinary\s+)?(?:resolution|motion|proposal)\s+was\s+"
               rf"(?:proposed|moved|put\s+forward)\s+by)\s+(?P<mover>{VOTER})(?:,?\s+(?:and\s+)?{SECONDED_EITHER})?"
               rf"(?=[.;]|\s*$)(?P<text>)"),
    # 'The supervisors adopted the plan. The motion was made by A, B second, ...': a motion with no words of its own,
    # the motion for what the sentence before it told (`_told_before`)
    re.compile(rf"(?:^|(?<=[.;]\s))(?i:the\s+motion\s+was\s+made\s+by)\s+(?P<mover>{VOTER}),?\s+(?:and\s+)?"
               rf"{SECONDED_EITHER}(?P<text>)"),
]

def spoken_motion(text: str) -> re.Match | None:
    return next((m for pattern in SPOKEN_MOTIONS if (m := pattern.search(text))), None)


def spoken_motions(text: str) -> list[re.Match]:
    """Each motion of a paragraph once, in order, by the first form that reads it."""
    return read_once(SPOKEN_MOTIONS, text)
