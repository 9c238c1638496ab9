"""Motions recorded as a form of labelled fields, one a line, bulleted or not, as a template prints them: what
was moved, who moved and who seconded it, the discussion, the vote and the result, the result written beside its
label or ticked among boxes under it (a ticked task-list entry reaches the rules as its entry alone):

    **Motion/Decision:**
    - **Motion:** Move to elect Ann Bell as Treasurer
    - **Moved by:** Tom Hale
    - **Seconded by:** Kim Lee
    - **Discussion:** None
    - **Vote:** Unanimous
    - **Result:**
    - PASSED              (ticked)
    - [ ] FAILED

What was moved is the decision where the result says it passed (beside its label, ticked, or in an outcome's line
after the fields: 'Motion passed'), or where no result is given and the vote was unanimous ('Vote: Unanimous' /
'Meeting Adjourned: 8:04 PM').
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, MotionDraft
from .labelled_motions import outcome_result
from .movers import untitled_name
from .outcomes import OUTCOME_LINE_RE, RESULT_WORDS

# One field of the form: its label and what is written beside it.
FIELD_RE = re.compile(r"(?i)^(?:[-*•+]\s+)?(?P<label>motion|proposal|moved(?:\s+by)?|proposed(?:\s+by)?|"
                      r"seconded(?:\s+by)?|discussion|vote|votes|result|outcome)\s*:\s*(?P<value>.*)$")
# The form's own heading: 'Motion/Decision:', 'Motion / Resolution'.
HEADING_RE = re.compile(r"(?i)^(?:motion|proposal)\s*(?:/|&|and)\s*(?:decision|resolution|action)\s*:?$")
# A box under 'Result:': a ticked one is its word alone ('- PASSED'), an unticked one keeps its box ('- [ ] FAILED').
BOX_RE = re.compile(r"(?i)^(?:[-*•+]\s+)?(?P<open>\[\s\]\s*)?(?P<word>passed|carried|approved|adopted|failed|lost|"
                    r"defeated|withdrawn)\.?$")
UNANIMOUS_RE = re.compile(r"(?i)^un\w{0,4}mous(?:ly)?\b")  # 'Unanimous', as typed in haste ('Unainamous')
LABELS = {"moved": "mover", "moved by": "mover", "proposed": "mover", "proposed by": "mover",
          "seconded": "seconder", "seconded by": "seconder", "motion": "motion", "proposal": "motion",
          "vote": "vote", "votes": "vote", "result": "result", "outcome": "result", "discussion": "discussion"}


def _field(text: str) -> tuple[str, str] | None:
    field = FIELD_RE.match(text)
    return (LABELS[re.sub(r"\s+", " ", field.group("label").lower())], field.group("value").strip()) if field else None


def _form_lines(blocks: list[Block], i: int) -> list[tuple[int, int]] | None:
    """Where the form runs, as (block, line) places from blocks[i] on: its heading, its fields and the boxes under
    'Result:'; None unless it names what was moved and who moved it."""
    places, labels, boxes = [], set(), False
    for k in range(i, len(blocks)):
        for n, line in enumerate(blocks[k].lines):
            text = line.stripped
            field = _field(text)
            if not places and HEADING_RE.match(text):
                places.append((k, n))
            elif field and field[0] not in labels:
                labels.add(field[0])
                boxes = field[0] == "result" and not field[1]
                places.append((k, n))
            elif boxes and BOX_RE.match(text):
                places.append((k, n))
            elif {"motion", "mover"} <= labels and "result" not in labels and OUTCOME_LINE_RE.match(text):
                return [*places, (k, n)]  # 'Motion: that X' / 'Moved: A' / 'Seconded: B' / 'Motion passed'
            else:
                return places if {"motion", "mover"} <= labels else None
    return places if {"motion", "mover"} <= labels else None


def motion_form_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return _form_lines(blocks, i) is not None


def motion_form_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The motion, its movers and result; what was moved a decision where it passed. A paragraph that goes on
    past the form is split where the form ends (`blocks` is the list the block rules are reading)."""
    places = _form_lines(blocks, i) or []
    last_block, last_line = places[-1]
    rest = blocks[last_block].lines[last_line + 1:]
    if rest:
        blocks[last_block:last_block + 1] = [Block(blocks[last_block].lines[:last_line + 1]), Block(rest)]
    fields: dict[str, str] = {}
    result = None
    for k, n in places:
        text = blocks[k].lines[n].stripped
        field, box, outcome = _field(text), BOX_RE.match(text), OUTCOME_LINE_RE.match(text)
        if outcome and not field:
            result = outcome_result(outcome)
        elif field:
            fields.setdefault(field[0], field[1])
        elif box and not box.group("open"):
            result = result or RESULT_WORDS[box.group("word").lower()]
    written = re.match(r"\W*(\w+)", fields.get("result", ""))
    result = result or (RESULT_WORDS.get(written.group(1).lower()) if written else None)
    if result is None and UNANIMOUS_RE.match(fields.get("vote", "")):
        result = "carried"
    mover, seconder = fields.get("mover"), fields.get("seconder")
    item.motions.append(MotionDraft(blocks[places[0][0]].lines[places[0][1]], item.title,
                                    untitled_name(mover) if mover else None,
                                    untitled_name(seconder) if seconder else None, result))
    if result == "carried" and fields.get("motion"):
        item.decisions.append(fields["motion"])
    return last_block - i + 1
