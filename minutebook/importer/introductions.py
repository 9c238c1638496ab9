"""Who a speaker in a verbatim transcript is, as they introduce themself: 'City Auditor: “Good morning ... My
name is Josh Pasch. I'm the City Auditor.”', 'Mr. Sharkey: “Steve Sharkey, Director. D-O-T.”', a label that
gives the role ('Ms. Thandee Maung, Deputy City Auditor: “Good morning'), 'So, I'm Terrell Chestnut and I'm the
Chief of Facilities for DGS'.

Verbatim minutes label a speech by office or by title and surname, and the speaker gives their full name and
post in their first words. Each form is a table entry (the catch-all, no introduction, last); a name is read
only in full (first name and surname), and a post only as printed in title case right after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .attendance_labels import Context
from .blocks import Block
from .drafts import AttendanceDraft
from .formulas import tidy
from .nameentry import make_entry
from .role_titles import PERSONAL_TITLE
from .voice_votes import LABEL_RE

WORD = r"[A-Z][\w’'-]{1,30}"
NAME = rf"[A-Z][a-z’'-]{{1,20}}(?:\s[A-Z]\.)?(?:\s{WORD}){{1,2}}"  # 'Josh Pasch', 'Chichi Nyaga-Nash', 'Jill M. Lee'
CELL = rf"[A-Z][\w’'&/-]{{0,30}}(?:\s(?:of|for|the|and|&|{WORD})){{0,7}}"  # 'Deputy Director', 'D-O-T'
# a post in title case right after the name, its parts apart by a comma or a full stop: ', Director. D-O-T.',
# ' Deputy Director, Department Transportation.'; it ends at the speech's end or before a sentence ('Good morning')
POST_RE = re.compile(rf"^,?\s(?P<post>{CELL}(?:[.,]\s{CELL}){{0,2}})(?=[.”\"]|\s*$|,\s[A-Z][a-z]+\s[a-z])")
# 'I'm the City Auditor', 'and I am the Director of the Department of General Services and I would ...'
I_AM_RE = re.compile(rf"^[.,]?\s(?:and\s|So,?\s)?I(?:’m|'m|\sam)\s(?:the\s)?(?P<post>{CELL})")
FILLER_RE = re.compile(r"\b(?:[Aa]h|[Uu]m|[Uu]h)\s{0,2}[-–—]{1,2}\s{0,2}")  # 'for ah -– DGS'
SPEECH_BLOCKS = 2  # paragraphs after the label's own that a speaker's introduction may run over
GREETING_RE = re.compile(r"(?i)^(?:good(?:\s(?:morning|afternoon|evening|day))?|thank\syou|thanks|hello|hi)$")
HONORIFIC_RE = re.compile(rf"^{PERSONAL_TITLE}\.?\s")
LABELLED_POST_RE = re.compile(rf"^(?:{PERSONAL_TITLE}\.?\s)?(?P<name>{NAME}),\s(?P<post>{CELL}):\s?[“\"]")


def _post(after: str) -> str | None:
    """The post printed right after a speaker's name, if any."""
    match = POST_RE.match(after) or I_AM_RE.match(after)
    if not match:
        return None
    cells = [c for c in re.split(r"[.,]\s", re.sub(r"\s(?:of|for|the|and|&)$", "", match.group("post")))]
    while cells and GREETING_RE.match(cells[-1]):
        cells.pop()  # 'Acting City Purchasing Agent, Good' / 'Morning.': the greeting that follows
    return ", ".join(cells) or None


def _labelled(label: str, words: str) -> tuple[str, str | None] | None:
    """'Ms. Thandee Maung, Deputy City Auditor: “...': the label itself names and places the speaker."""
    match = LABELLED_POST_RE.match(f"{label}: “")
    return (match.group("name"), match.group("post")) if match else None


def _my_name(label: str, words: str) -> tuple[str, str | None] | None:
    """'My name is Josh Pasch. I'm the City Auditor.', 'So, I'm Terrell Chestnut and I'm the Chief of ...'."""
    match = re.search(rf"\b(?:[Mm]y\sname\sis|I’m|I'm|I\sam)\s(?P<name>{NAME})\b", words[:300])
    if not match or not re.fullmatch(NAME, match.group("name")):
        return None
    return match.group("name"), _post(words[match.end():])


def _named(label: str, words: str) -> tuple[str, str | None] | None:
    """'Mr. Sharkey: “Steve Sharkey, Director. D-O-T.”', 'Jamie Kendrick: “Good morning, ... Board Jamie Kendrick
    Deputy Director, Department Transportation.': the speaker's own full name among their first words."""
    surname = label.split()[-1].replace("–", "-")
    if not (HONORIFIC_RE.match(label) or len(label.split()) >= 2) or not re.fullmatch(WORD, surname):
        return None
    match = re.search(rf"\b(?P<name>[A-Z][a-z’'-]{{1,20}}(?:\s[A-Z]\.)?\s{re.escape(surname)})\b", words[:200])
    if not match:
        return None
    post = _post(words[match.end():])
    if post is None and len(label.split()) < 3 and HONORIFIC_RE.match(label):
        return None  # 'Ms. Bryant: “... Sherri Bryant, again': only a name and post introduce a speaker so labelled
    return match.group("name"), post


# (name, rule): tried in order on each speech; the catch-all is no introduction.
RULES: tuple[tuple[str, Callable[[str, str], tuple[str, str | None] | None]], ...] = (
    ("post in the label", _labelled),
    ("my name is", _my_name),
    ("name among the first words", _named),
)


def _speech(block: Block) -> re.Match[str] | None:
    """A paragraph that opens a speech: its speaker's label and their words in quotes ('President: “Thank you.'),
    not a paragraph's label ('Community Groups: Applications to join ...')."""
    text = FILLER_RE.sub("", tidy(block.text))
    match = LABEL_RE.match(text) or re.match(r"^(?P<who>[^:“]{3,80}?)\s?:\s?(?P<words>[“\"].*)$", text)
    return match if match and match.group("words").startswith(("“", '"')) else None


def introductions(blocks: list[Block]) -> list[AttendanceDraft]:
    """Each speaker who introduces themself, in attendance with the post they give: in their speech's first
    paragraphs, up to the next speaker's."""
    found = []
    for n, block in enumerate(blocks):
        match = _speech(block)
        if not match:
            continue
        following = []
        for other in blocks[n + 1:n + 1 + SPEECH_BLOCKS]:
            if _speech(other) or LABEL_RE.match(tidy(other.text)):
                break
            following.append(other.text)
        words = FILLER_RE.sub("", tidy(" ".join([match.group("words"), *following]))).replace("–", "-")
        words = words.lstrip("“\" ")
        said = next((read for _, rule in RULES if (read := rule(match.group("who"), words))), None)
        if said is None:
            continue
        entry = make_entry(said[0], block.first, Context(status="in_attendance"))
        if entry is not None:
            entry.role = entry.role or said[1]
            found.append(entry)
    return found
