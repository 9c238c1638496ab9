"""Motions told in prose or in labelled lines: who moved, who seconded, what they moved and how it went.

Minutes name a motion's mover and seconder in one sentence ('A moved to X, seconded by B'), over two ('A moved
to X. B seconded.'), across paragraphs ('A moved to X' ... 'B seconded the motion and ...'), or in labelled
lines ('Moved by: A' / 'Seconded by: B' / the motion / 'Carried'). Each way is an entry of a table (the sentences'
in spoken_motions.py); how it went is read from the outcome table (`outcome_of`), and what a carried motion moved is
the item's decision.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .decisions import DECISION_RE
from .decisions_narrated import NARRATIVE_AGREED_RE, narrative_agreed_run
from .drafts import ItemDraft, MotionDraft, VoteDraft
from .mentions import motion_matches
from .movers import MADE_BY_RE, NAME_WORD, TITLE, VOTER, mover_name
from .nameentry import ROLE_KEYWORDS
from .names import (
    ORGANISATION_RE,
    PersonName,
    post_name,
    role_from,
)
from .outcomes import outcome_of
from .spoken_motions import SENTENCE_END, spoken_motion, spoken_motions
from .tallies import by_majority, counts_of
from .vote_sentences import passive_run
from .votes import MEMBER_VOTE_RE, label_counts, labels_in, roll_call, unopposed


def motion_before_roll_call(text: str) -> bool:
    """A motion told in a sentence ('A motion was made by A, seconded by B, that X. The motion carried by the
    following vote:') before the roll call of the same paragraph: the motion's rule reads both."""
    first = next(iter(labels_in(text)), None) or MEMBER_VOTE_RE.search(text)  # 'Ayes: ...' / 'Jones - aye; ...'
    before = text[:first.start()] if first else ""
    return bool(before and (spoken_motion(before) or MOVED_ALONE_RE.search(before)) and not motion_matches(before))


FOLLOWING = 2  # paragraphs after a motion that may say how it went ('Public comment: None' / 'The motion passed.')


def outcome_paragraphs(blocks: list[Block], i: int) -> str:
    """The paragraphs after a motion up to the next one: where its outcome is told. An amendment moved and disposed
    of in a paragraph of its own between them is passed over ('A moved to amend the motion to X. No one seconded and
    the amendment died.' / 'No one opposed B's motion. Motion carried.')."""
    texts: list[str] = []
    for block in blocks[i + 1:]:
        if len(texts) >= FOLLOWING:
            break
        if _disposed_amendment(block.text):
            continue
        if spoken_motion(block.text) or MOVED_ALONE_RE.search(block.text) or MADE_BY_RE.match(block.text):
            break
        texts.append(block.text)
        if outcome_of(block.text):
            break
    return " ".join(texts)


def _disposed_amendment(text: str) -> bool:
    """A paragraph moving an amendment that tells how it went: 'A moved to amend the motion to X. It died.'"""
    moved = MOVED_ALONE_RE.search(text) or spoken_motion(text)
    return bool(moved and re.search(r"(?i)\bamend", text) and outcome_of(text[moved.end():]))


def seconded_alone(text: str) -> PersonName | None:
    """Who a paragraph holding nothing but a seconding names: 'Tim Collins seconded.', 'Derek seconded the motion.'"""
    seconded = SECONDED_RE.match(text)
    return mover_name(seconded.group("seconder") or seconded.group("by")) \
        if seconded and not text[seconded.end():].strip(" .") else None


def spoken_motion_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'A made a motion, seconded by B, to X. Motion approved.': the motion with its mover and seconder, and X
    as a decision when the paragraph (or one of the two under it, the vote summary) says it carried."""
    text = blocks[i].text
    following = outcome_paragraphs(blocks, i)
    motions = spoken_motions(text)
    passive_run(text[:motions[0].start()] if motions else "", blocks[i].first, item)  # 'The report was accepted by
    # a vote of A yea and B yea.' before the paragraph's motions
    for n, match in enumerate(motions):
        groups = match.groupdict()
        told = groups.get("carried") or groups.get("favour") or groups.get("agreed")  # in the sentence itself
        named = max((match.end(g) for g in ("mover", "seconder", "seconder2") if groups.get(g)), default=match.start())
        between = text[named:match.start("text")] if match.start("text") > named else ""  # 'A motion, B second,
        # all ayes to X': how it went told before what was moved
        told_after = VOTE_AFTER_RE.search(match.group("text"))  # '... items A through C. Motion carried.': read
        said = f"{told_after.group() if told_after else ''} {text[max(match.end('text'), named):]}"  # as the
        # sentence after it, and after whoever seconded it ('A proposes X. Seconded by B and approved.')
        result = "carried" if told else outcome_of(f"{between} {said} {following}") \
            or by_majority(counts_of(said) or counts_of(following))  # '... there were 4 votes in favour and 3 against'
        segment = text[match.start():motions[n + 1].start() if n + 1 < len(motions) else len(text)]
        sides = roll_call(segment)
        if sides:  # 'Motion carried by vote of A yea, B yea, and C yea', or the ayes alone; 'The motion carried by
            # the following vote: Aye: 6 - A, B, ... Nay: 1 - C'
            counts = label_counts(segment) or counts_of(segment)  # 'Aye: 6 - ...', '... Motion carried 3-1.'
            result = result or unopposed(sides) or by_majority(counts)  # ('VOTING: Ayes - 5; Nays - 0.')
            item.votes.append(VoteDraft(blocks[i].first, result=result, sides=sides, counts=counts))
        seconder = groups.get("seconder") or groups.get("seconder2")
        if not seconder:  # 'A motion was made by A to X. Seconded by B.': named in the sentence after
            later = SECONDED_RE.search(segment[match.end() - match.start():])
            seconder = later and (later.group("seconder") or later.group("by"))
        seconder = mover_name(seconder) if seconder else \
            seconded_alone(blocks[i + 1].text) if n == len(motions) - 1 and i + 1 < len(blocks) else None
        mover = groups.get("mover")
        mover = _mover_named_before(text[:match.start()]) if (mover or "").lower() in ("he", "she", "him", "her") \
            else mover_name(mover)
        if groups.get("post"):  # 'The chairman proposed': whoever holds the post
            mover = post_name(role_from(groups["post"]) or groups["post"])
        if mover or seconder:  # 'It was moved and seconded to X': a decision, and no one to name as its mover
            moved = _as_minuted(text, match) if result is None and match.group("text").strip() else None
            item.motions.append(MotionDraft(blocks[i].first, item.title, mover, seconder, result, moved))
        resolved_below = any(DECISION_RE.match(b.text) for b in blocks[i + 1:i + 3])  # the resolution records it
        if result == "carried" and not resolved_below and match.group("text").strip():
            item.decisions.append(_as_minuted(text, match))
        elif not match.group("text").strip() and NARRATIVE_AGREED_RE.search(text[:match.start()]):
            narrative_agreed_run(blocks, i, item, found)  # 'It was decided that X. A so moved': X, told before
        elif result == "carried" and not match.group("text").strip() and (before := _told_before(text, match)):
            item.decisions.append(before)
    return 1


def _told_before(text: str, match: re.Match) -> str | None:
    """The sentence before a motion with no words of its own ('The supervisors adopted the plan. The motion was made
    by A, B second, ...'), in its paragraph: what it moved; None where the motion opens the paragraph."""
    before = text[:match.start()].rstrip()
    if not before.endswith(".") or not re.match(r"(?i)the\s+motion\b", match.group()):  # ('A moved an amendment
        # which was seconded by B': its words are to come)
        return None
    return before[_sentence_start(before, len(before) - 1):].strip()


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `text[at]` starts: after the last full stop that ends a sentence before it."""
    return max((m.end() for m in re.finditer(SENTENCE_END, text[:at + 1])), default=0)


# What was moved told without its 'that' ('A moved the public hearing be closed', '... moved the meeting adjourn at
# 8:41 p.m.'): a subject, then its verb in the subjunctive.
ELIDED_THAT = r"(?=(?:the|this|said)\s+(?:[\w'’-]+\s+){1,6}?(?:be|adjourn|stand)\b)"
# A motion whose seconder a later paragraph names: 'Member A moved to adopt the changes for #11 ...' / (a
# paragraph of discussion) / 'Member B seconded the motion and upon voice vote the motion carried unanimously'.
# ('A moved to X; B seconded.' / 'After a review, A moved to X and B seconded the motion.': the seconder in the
# same sentence, after a semicolon or 'and'; 'A moved to buy from X Inc. Seconded by B.': a full stop before
# 'Seconded by' ends the sentence, after an abbreviation too; 'Motion: A moved to X. Seconded by B.', under a label;
# 'Omar set a motion to X.' / 'Thomas Schmidt moves that X', a point of a list over 'Denny seconded the motion.')
MOVED_LONGEST = 600  # characters: a formal motion's first sentence ('that the TC approves ... and direct the Chair')
MOVED_ALONE_RE = re.compile(rf"(?:^(?:[-•*]\s+)?(?:Motion\s*:\s*)?|(?<=[.!?]\s)|(?<=,\s))(?P<mover>{VOTER})\s+"
                            rf"(?:moved|motioned|moves|set\s+(?:a\s+|the\s+)?motion)\s+"
                            rf"(?P<text>(?:to|that)\b.{{1,{MOVED_LONGEST}}}?|{ELIDED_THAT}.{{1,{MOVED_LONGEST}}}?)"
                            rf"(?:(?:;|\s+and)\s+(?={VOTER}\s+seconded\b)|"
                            rf"\.\s+(?=Seconded\s+by\b|\d{{1,3}}\s+(?:votes?\b|in\s+favou?r\b|for\b))|[.;]?\s*$|"
                            rf"{SENTENCE_END})")  # ('... absent. 9 votes in favour, 1 against': the count after it)
SECONDED_RE = re.compile(rf"(?:^(?:[-•*]\s+)?|(?<=[.!?;]\s)|(?<=\band\s))"
                         rf"(?:(?P<seconder>{VOTER})\.?\s+seconded(?:\s+the\s+motion)?\b|"  # ('Councilor Nyberg.
                         # seconded the motion': a stray stop before the verb in lower case ends no sentence)
                         rf"(?:(?:The\s+)?[Mm]otion\s+was\s+)?(?:[Ss]econded\s+by|(?i:seconded)\s*:)\s*"
                         rf"(?P<by>{VOTER}))")  # ('Seconded by B.', 'SECONDED: B')
NAMED_MEMBER_RE = re.compile(rf"\b{TITLE}{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}")


# The sentence just before a motion, opening with a person's name (a note in brackets after it) and a verb:
# 'Bert (VE2ZAZ) posted a draft of the minutes.'
SUBJECT_BEFORE_RE = re.compile(rf"(?:^|(?<=[.;]\s))(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
                               rf"(?:\s+\([^()]{{1,20}}\))?\s+[a-z][^.;]*[.;]\s*$")


def _mover_named_before(text: str) -> PersonName | None:
    """Who 'he' or 'she' moving a motion is: the last member the paragraph names before it ('Member A suggested an
    amendment. With that, he moved ...'), else the person the sentence just before is about ('Bert (VE2ZAZ) posted a
    draft. Moved by him that ...'); nobody where it names none."""
    named = list(NAMED_MEMBER_RE.finditer(text))
    if named:
        return mover_name(named[-1].group())
    subject = SUBJECT_BEFORE_RE.search(text)
    name = subject and subject.group("name")
    return mover_name(name) if name and not ROLE_KEYWORDS.search(name) and not ORGANISATION_RE.search(name) else None


# How the motion went, told in the sentence after it, never part of what it moved: '... items A through C. Roll call
# vote: Doe - yes; ...' (a full stop after one capital reads as an initial's).
VOTE_AFTER_RE = re.compile(r"\.\s+(?:Roll\s+call(?:\s+vote)?|Vote|Voting|Motion\s+(?:carried|passed|failed))\b.*$",
                           re.I | re.S)


BARE_VERB_WORDS = 2  # what a motion moved, at most, when it says nothing without its sentence ('to adopt')


def _as_minuted(text: str, match: re.Match) -> str:
    """What a carried motion decided: its words ('to continue this item'), or, where they follow 'made a motion'
    directly or name a person nominated, the sentence that minutes it ('Upon her request, Mr. A made a motion to allow
    Ms. B to abstain', 'A nominated B'), as it does where they are a bare verb before who made it ('The motion to
    adopt was made by A, B second, ...')."""
    words = VOTE_AFTER_RE.sub("", match.group("text").strip())
    if len(words.split()) <= BARE_VERB_WORDS and re.match(r"\s+was\s+made\s+by\b", text[match.end("text"):]):
        # 'The motion to adopt was made by A, B second, ...': the sentence ('Motion to approve A, B second': the words)
        end = re.compile(SENTENCE_END).search(text, match.end("text"))
        return text[_sentence_start(text, match.start()):end.start() if end else len(text)].strip()
    if match.groupdict().get("post"):  # 'The chairman proposed and it was RESOLVED to X': the sentence says who
        end = match.end("text") + (text[match.end("text"):match.end("text") + 1] == ".")  # with its full stop
        return text[text.lower().rindex("the", 0, match.start("post")):end].strip()
    if not re.search(r"\b(?:motion|nominated|nominates)\s+$", text[:match.start("text")]):
        return words  # (a person nominated: the sentence, 'Perry Helt nominated Tom Kessler', not the name alone)
    return text[_sentence_start(text, match.start("mover")):match.end("text")].strip()
