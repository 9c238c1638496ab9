"""Stage 4: the block rules. Each block of an item's text is read by the first rule whose test passes;
rules are a table in priority order with a catch-all last, so a new pattern is one entry here.
A rule only adds structure: the item's text always keeps every line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..dates import parse_date, start_and_end, title_times
from . import attendance_text as at
from . import bylaws as bl
from . import consensus as cs
from . import decisions as d
from . import decisions_fields as f
from . import decisions_narrated as dn
from . import decisions_noted as noted
from . import decisions_unlabelled as u
from . import declarations as dc
from . import elections as el
from . import final_resolution as fr
from . import interests_abstaining, polls
from . import labelled_motions as lm
from . import mentions as m
from . import motion_amendment as mam
from . import motion_forms as mf
from . import motions as mo
from . import motions_apart as ma
from . import outlined_motions as om
from . import resolutions as rs
from . import summary as sm
from . import verdicts as vd
from . import voice_votes as vv
from . import vote_marks as vm
from . import vote_results as vr
from . import vote_sentences as vs
from . import vote_tables as vt
from . import votes as v
from .attendance_forum import forum_askers
from .attendance_labels import Context
from .blocks import Block, Found, to_blocks
from .capitals import recased
from .drafts import ItemDraft
from .introductions import introductions
from .nameentry import make_entry
from .numbered_paragraphs import read_as_printed

Rule = tuple[str, Callable[[list[Block], int, ItemDraft], bool], Callable[[list[Block], int, ItemDraft, Found], int]]


REFERENCE_RE = re.compile(r"(?i)\bminutes of the\b[^.]*")
HELD_ON_RE = re.compile(r"(?i)\bmeeting (?:of [^,.]+? )?held on ([^,.;]+?\d{4})")
FROM_RE = re.compile(r"(?i)^Recommendation\s+[IVX\d]+\s*:\s*(.+?)\s*\(([^)]*\d{4})\)")


def catch_all(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    text = blocks[i].text
    start, end = start_and_end(text)
    found.start, found.end = start or found.start, end or found.end
    return 1


def _references(item: ItemDraft, blocks: list[Block]) -> None:
    """'the minutes of the Annual meeting held on 18 May 2017 and of the ... meeting held on 13 June 2017';
    'Recommendation I: Cabinet (13 July 2017)' on an agenda."""
    found: list[str] = []
    for block in blocks:
        for sentence in REFERENCE_RE.findall(block.text):
            found += [f"minutes of {date.isoformat()}" for held in HELD_ON_RE.findall(sentence)
                      if (date := parse_date(held))]
        match = FROM_RE.match(block.text)
        if match and parse_date(match.group(2)):
            found.append(f"recommendation of {match.group(1).strip()} {parse_date(match.group(2)).isoformat()}")
    item.references.extend(r for r in dict.fromkeys(found) if r not in item.references)


# A minute written as one sentence saying what was decided: '2. The minutes from the last AGM were approved'.
TITLE_DECISION_RE = re.compile(r"^[A-Z][^.;:]{0,200}?\s(?:was|were)\s+(?:unanimously\s+)?(?:approved|adopted|agreed|"
                               r"accepted|confirmed|ratified|elected|appointed|filled|carried|passed)\b")


def _title_decision(item: ItemDraft, blocks: list[Block]) -> None:
    """A minute whose title is a sentence recording a decision, carried on into its first paragraph where the
    title's line ran out ('4. The Treasurer's submission of ... and Asset' / 'Register were approved and ...'),
    is that decision, where its text records no other."""
    if item.kind != "minutes" or item.decisions or not SENTENCE_TITLE_RE.match(item.title):
        return
    text = item.title
    if blocks and not re.search(r"[.!?]$", text):
        text = f"{text} {blocks[0].text}"
    sentence = re.split(r"(?<=[a-z0-9)])[.;]\s+(?=[A-Z])|[.;]$", text, maxsplit=1)[0].strip()
    if TITLE_DECISION_RE.match(sentence):
        item.decisions.append(sentence)
    elif resolved := TITLE_RESOLVED_RE.match(sentence):  # '116. It was RESOLVED to exclude the press and public ...'
        item.decisions.append(resolved.group("text"))


SENTENCE_TITLE_RE = re.compile(r"^(?:The|All|Following|It\s+was)\b")  # a title that opens a sentence, not a heading
TITLE_RESOLVED_RE = re.compile(r"^It\s+was\s+(?:RESOLVED|AGREED|DECIDED)\s+(?P<text>(?:to|that)\s.{3,300})$")


def proposal_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'It was proposed that ...' / 'This was passed unanimously.': the proposal is the decision."""
    item.decisions.append(blocks[i].text.rstrip("."))
    return 1


def proposal_accepted_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Proposed: X' / 'Accepted.': X is the decision; the result is read with it (decisions_unlabelled)."""
    item.decisions.append(u.proposal_accepted(blocks, i).rstrip("."))
    return 2


def result_opens_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """An item recorded by its result alone ('Accepted.'): the result is the decision, as printed."""
    item.decisions.append(blocks[i].text.strip())
    return 1


def unopposed_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'... proposed moving item two to the end of the meeting. There were no objections.': the proposal decided."""
    item.decisions.extend(u.unopposed(blocks[i].text))
    return 1


def lead_in_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'That the Committee:' / '1. Noted ...' / '2. Approved ...': each point a decision (decisions_unlabelled)."""
    block = blocks[i]
    item.decisions.extend(d.split_subresolutions([line.stripped for line in block.lines[u.lead_in_at(block):]]))
    return 1


def body_acts_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'The Board:' / '• NOTED the report;' / '• APPROVED the terms ...': each act a decision (decisions_unlabelled)."""
    acts, used = u.body_acts(blocks, i)
    item.decisions.extend(acts)
    return used


def decided_list_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'It was decided to X. In addition, the Committee decided unanimously on two additional steps:' / '- To put
    ...' / '- The expansion ...': what the paragraph itself decided, then each bullet (decisions_unlabelled)."""
    if dn.NARRATIVE_AGREED_RE.search(blocks[i].text):
        dn.narrative_agreed_run(blocks, i, item, found)
    listed, used = u.decided_list(blocks, i)
    item.decisions.extend(listed)
    return 1 + used


def passive_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    if i == 0 and item.kind == "minutes" and SENTENCE_TITLE_RE.match(item.title) \
            and not re.search(r"[.!?]$", item.title):
        return 1  # the rest of a title that is itself the sentence ('... and Asset' / 'Register were approved'):
        # _title_decision reads the whole sentence
    vs.passive_run(blocks[i].text, blocks[i].first, item)
    return 1


RULES: list[Rule] = [
    ("vote-table", vt.vote_table_test, vt.vote_table_run),
    ("vote-marks", vm.vote_marks_test, vm.vote_marks_run),
    ("final-resolution", fr.final_resolution_test, fr.final_resolution_run),
    ("roll-call", lambda b, i, it: v.roll_call_test(b, i, it) and not mo.motion_before_roll_call(b[i].text)
     and not lm.made_by_test(b, i, it), v.roll_call_run),
    ("decision-field", f.field_test, f.field_run),
    ("verdict", vd.verdict_test, vd.verdict_run),
    ("summary-point", sm.summary_point_test, sm.summary_point_run),
    ("recommendation", lambda b, i, it: bool(d.RECOMMEND_RE.match(b[i].text)), d.recommend_run),
    ("whereas", rs.whereas_test, rs.whereas_run),
    ("motion-form", mf.motion_form_test, mf.motion_form_run),
    ("decision", lambda b, i, it: bool(d.DECISION_RE.match(b[i].text)), lm.resolved_run),
    ("resolution-first", lm.resolution_test, lm.resolution_run),
    ("reasons", lambda b, i, it: bool(d.REASON_RE.match(b[i].text)), d.labelled(d.REASON_RE, "reasons")),
    ("alternatives", lambda b, i, it: bool(d.ALTERNATIVES_RE.match(b[i].text)),
     d.labelled(d.ALTERNATIVES_RE, "alternatives")),
    ("declaration-target", dc.declaration_target_test, dc.declaration_target_run),
    ("declaration", lambda b, i, it: bool(dc.INTEREST_RE.search(b[i].text) or dc.RECUSAL_RE.search(b[i].text)
                                          or dc.declared_that(b[i].text, it)),
     dc.declarations_run),
    ("substitutes", m.substitutes_test, m.substitutes_run),
    ("proposal-passed", lambda b, i, it: u.proposal_passed(b, i), proposal_run),
    ("proposal-accepted", lambda b, i, it: u.proposal_accepted(b, i) is not None, proposal_accepted_run),
    ("result-opens", lambda b, i, it: u.result_opens(b, i), result_opens_run),
    ("proposal-unopposed", lambda b, i, it: bool(u.unopposed(b[i].text)), unopposed_run),
    ("voice-vote", vv.voice_vote_test, vv.voice_vote_run),
    ("motion-and-amendment", mam.motion_amendment_test, mam.motion_amendment_run),
    ("motion-made-by", lm.made_by_test, lm.made_by_run),
    ("motion-by-outlined", om.motion_by_test, om.motion_by_run),
    ("motion-noted", om.noted_motion_test, om.noted_motion_run),
    ("vote-on", vs.vote_on_test, vs.vote_on_run),
    ("voted-result", vs.voted_test, vs.voted_run),
    ("outcome-label", vs.outcome_label_test, vs.outcome_label_run),
    ("chat-proposal", vs.chat_proposal_test, vs.chat_proposal_run),
    ("poll", polls.poll_test, polls.poll_run),
    ("spoken-motion", lambda b, i, it: bool(mo.spoken_motion(b[i].text)) and not d.INLINE_RE.search(b[i].text),
     mo.spoken_motion_run),
    ("moved-then-seconded", ma.moved_alone_test, ma.moved_alone_run),
    ("motion-submitted", ma.submitted_test, ma.submitted_run),
    ("motion-told-later", ma.told_later_test, ma.told_later_run),
    ("resolution-lead-in", lambda b, i, it: u.lead_in_at(b[i]) is not None, lead_in_run),
    ("narrated-decision", dn.narrated_test, dn.narrated_run),
    ("narrated-sentence", dn.narrated_sentence_test, dn.narrated_sentence_run),
    ("consensus", cs.consensus_test, cs.consensus_run),
    ("body-acts", lambda b, i, it: bool(u.body_acts(b, i)[0]), body_acts_run),
    ("decided-list", lambda b, i, it: bool(u.decided_list(b, i)[0]), decided_list_run),
    ("narrative-agreed", lambda b, i, it: bool(dn.NARRATIVE_AGREED_RE.search(b[i].text)), dn.narrative_agreed_run),
    ("inline-resolution", lambda b, i, it: bool(d.INLINE_RE.search(b[i].text)), d.inline_run),
    ("body-agreed", lambda b, i, it: bool(d.BODY_AGREED_RE.search(b[i].text)), d.body_agreed_run),
    ("carried-vote", lambda b, i, it: bool(d.CARRIED_RE.search(b[i].text)), d.carried_run),
    ("motion", lambda b, i, it: bool(m.motion_matches(b[i].text)), m.motion_run),
    ("amendment", lambda b, i, it: bool(m.AMENDMENT_MOVED_RE.match(b[i].text) or m.AMENDMENT_SECONDED_RE.search(
        b[i].text)), m.amendment_run),
    ("petition", lambda b, i, it: bool(re.search(r"(?i)\bpetition (?:submitted|presented) by\b", b[i].text)),
     m.petition_run),
    ("welcome", lambda b, i, it: bool(m.WELCOME_RE.search(b[i].text)), m.welcome_run),
    ("attendance-list", lambda b, i, it: bool(re.match(
        r"(?i)^(?:officers? attendance|officers? in attendance|in attendance|officers present)\s*:?\s*$",
        b[i].lines[0].stripped)), m.attendance_list_run),
    ("vote-result", vr.result_test, vr.result_run),
    ("vote-announced", vr.announced_test, vr.announced_run),
    ("motion-put-counted", vr.put_test, vr.put_run),
    ("election-table", el.table_test, el.table_run),
    ("election", el.elected_test, el.elected_run),
    ("bylaw-passed", bl.bylaw_passed_test, bl.bylaw_passed_run),
    ("passive-decision", lambda b, i, it: bool(u.passive_decisions(b[i].text)), passive_run),
    ("text", lambda b, i, it: True, catch_all),
]


def read_blocks(item: ItemDraft, found: Found, cases: dict[str, str] | None = None) -> None:
    """Run the block rules over an item's lines, filling its decisions, declarations, motions, ...; sentences in
    capitals read in the case `cases` gives each word (`capitals.recased`)."""
    blocks = [recased(block, cases or {}) for block in read_as_printed(to_blocks(item.lines))]  # ('(1)   Mr A moved')
    blocks = v.one_vote_a_paragraph(blocks)  # ('Roll Call Vote:' / 'A: Aye' / 'B: Aye': one)
    found.declaration_target = None
    start, end = title_times(item.title or "")  # '0. Opening: 19:34', '6. Meeting Close 20:52'
    found.start, found.end = found.start or start, end or found.end
    i = om.titled_motion(blocks, item)  # '1. MOTION by A: X' / '- Seconded: B' / '- Motion passed'
    while i < len(blocks):
        for _name, test, run in RULES:
            if test(blocks, i, item):
                i += max(1, run(blocks, i, item, found))
                break
    item.decisions[:] = [noted.the_matter(d.without_narration(text), item.title) for text in item.decisions]
    _references(item, blocks)
    if not item.decisions:  # 'No comment' under '3/15/0557/HH – 46 Chapel Lane': the council's response
        item.decisions.extend(u.planning_responses(item.title, blocks))
    if not item.decisions:  # '6. Decisions' / 'Community Groups: Applications ... All were accepted.'
        item.decisions.extend(u.decisions_listed(item.kind, item.title, blocks))
    if item.kind == "minutes":  # outline minutes: 'o APPROVED – 2018 Meetings Calendar', 'Minutes ... approved'
        item.decisions.extend(point for block in blocks for point in noted.result_points(block, item.title)
                              if point not in item.decisions)
        if not item.decisions:
            item.decisions.extend(point for block in blocks for point in noted.consent_points(block))
        if not item.decisions and noted.noted_title(item.title):
            item.decisions.append(noted.noted_title(item.title))
    _title_decision(item, blocks)
    rs.unpassed(item)
    vs.counted_votes(blocks, item)
    vs.abstentions(blocks, item)
    vs.named_side_votes(blocks, item)
    vs.supporters_votes(blocks, item)
    vs.recorded_own_votes(blocks, item)
    vs.all_but_named(blocks, item)
    for block in blocks:  # 'a motion to allow Ms. B to abstain from voting on R129-15 due to a conflict of interest'
        item.declarations.extend(interests_abstaining.abstaining(block))
    for n, block in enumerate(blocks):  # 'Apologies were received from ...' in any paragraph, whatever else it holds
        if m.APOLOGIES_RE.search(block.text):
            m.apologies_run(blocks, n, item, found)
    for block in blocks:  # 'Jeremy Graham: “We are here ...': a transcript's speaker
        entry = at.speaker(block)
        if entry:
            found.attendance.append(entry)
    found.attendance.extend(introductions(blocks))  # 'City Auditor: “... My name is Josh Pasch. I'm the City ...
    for block in blocks:  # 'Mr R Judd spoke about ...', 'Alex Hellman and Carly Irving addressed the council'
        found.attendance.extend(at.public_speakers(block))
        found.attendance.extend(at.addressed_speakers(block))  # 'Dave Pierce, 5700 Childs Road, Rivergrove.'
        found.attendance.extend(at.staff_reporting(block))  # 'Mr. Matthes provided a staff report.'
        found.attendance.extend(at.posted_staff(block))  # 'General Counsel Ann Bell presented the item'
        found.attendance.extend(at.unit_reporter(item.title, block))  # 'Entertainment Council (Emily Tung)'
    found.attendance.extend(forum_askers(blocks))  # 'Q1 & Q2 – Melissa Topping' asked supplementary questions
    for n in range(len(blocks)):  # 'Respectfully submitted,' / 'Sheela Amin' / 'City Clerk'
        entry = at.signer(blocks, n)
        if entry:
            found.attendance.append(entry)
    for motion in item.motions:  # 'Mr Michael Swan proposed and Mr Tony Rossiter seconded': they were there
        for person in (motion.mover, motion.seconder):
            entry = at.mover_present(person, motion.line)
            if entry:
                found.attendance.append(entry)
    for block in blocks:  # 'Cllr H. Greaves was absent.', 'Sid Swami submits his apologies.'
        for pattern, status in at.STATED_ABSENCES:
            for match in pattern.finditer(block.text):
                entry = make_entry(match.group(1), block.first, Context(status=status))
                if entry:
                    found.attendance.append(entry)
    for decision in list(item.decisions):  # 'That the Panel recommends to Cabinet that ...', 'That Council be
        match = d.RECOMMENDS_RE.search(decision)  # recommended to approve ...'
        if match and decision.index(match.group(0)) < 40:
            item.decisions.remove(decision)
            item.recommendations.append((match.group(1) or match.group(2), decision))
