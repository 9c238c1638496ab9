"""Who moved or seconded a motion, as minutes name them: a member's title or a personal one before the name
('Commissioner A Bell', 'Mr. Lee'), initials and words that are no sentence's ('Seconded by Councillor Jones / And
Resolved:'), a suffix ('Robert Barton Jr.'), a member by number ('Member 7'); the name without its office; and the
label that names them on a line of its own ('Moved by: A', 'Moved Cr A, seconded Cr B': MADE_BY_RE).
"""

from __future__ import annotations

import re

from .names import MEMBER_TITLE, NAME_SUFFIX, NUMBERED_MEMBER, OTHER_TONGUE, PersonName, parse_name
from .role_titles import PERSONAL_TITLE

TITLE = rf"(?:{MEMBER_TITLE}|{PERSONAL_TITLE})\.?\s+"  # 'Commissioner ', 'Vice Chair ', 'Mr. '
TITLED = rf"(?:{TITLE})?"
# 'J.' or 'Morgan': a full stop only after an initial; never a word that goes on with the sentence
# ('Seconded by Councillor Jones / And Resolved:').
NAME_WORD = r"(?:[A-Z]\.|(?!(?:And|AND|The|THE|That|THAT|Resolved|RESOLVED|Carried|CARRIED)\b)[A-Z][\w'’-]+)"
SUFFIX = rf"(?:,?\s+{NAME_SUFFIX}\.?|\s+I{{2,3}}\b)"  # 'Robert Barton Jr.', 'Robert Barton, Jr.', 'John Hale III'
VOTER = rf"(?:{NUMBERED_MEMBER}|{TITLED}{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}{SUFFIX}?)"
# A capitalised name of two to four words and nothing else, in a pattern that ignores case ('Moved Ann Bell').
CAPITALISED_NAME = r"(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"


def mover_name(name: str | None) -> PersonName | None:
    """A mover as printed: a personal title ('Mr Michael Swan') is kept (it tells a member of the public),
    an office ('Commissioner', 'Vice Chair') is not part of the name."""
    if name and re.match(rf"{PERSONAL_TITLE}\.?\s", name.strip()):
        return parse_name(name.strip())
    if name and re.fullmatch(rf"(?i:{MEMBER_TITLE})", name.strip()):
        return None  # 'Commissioner seconded the motion.': the minutes left out who
    return parse_name(_untitled(name)) if name else None


def _untitled(name: str) -> str:
    if re.fullmatch(NUMBERED_MEMBER, name.strip()):
        return name.strip()  # 'Member 7': the number is the name
    return re.sub(TITLED.replace("?:(?:", "?:^(?:", 1), "", name.strip(), count=1) or name


def untitled_name(name: str) -> PersonName | None:
    """A labelled mover or seconder ('Councillor Bell', 'Cr Hale'): the name without the member's title."""
    return parse_name(_untitled(name))


# A motion's mover (and seconder) on a line of their own, labelled: labelled_motions.py reads the motion under it. A
# labelled name runs on over no ' to X' or ' that X' ('Moved by A that X. Seconded by B.' is a sentence).
# 'It was proposed by A, seconded by B and resolved:' over what it resolved (a line that ends so is no sentence)
PASSIVE = r"It\s+was\s+(?=.*\band\s+(?:unanimously\s+)?(?:resolved|agreed|carried)(?:\s+unanimously)?\s*:\s*$)"
_LABELLED_NAME = r"(?:(?![,.]?\s+(?:to|that)\b)[^;:]){2,60}?"
MADE_BY_RE = re.compile(rf"(?i)^>?\s*{OTHER_TONGUE}(?:Motion\s+|Amendment\s+|{PASSIVE})?(?:made|moved|proposed|"
                        rf"(?:proposer|mover)(?=\s*:)|by(?=:[^:]{{3,80}}\sseconded\s+by\s*:))"
                        rf"(?:\s+by\s*:?|\s*:|"
                        rf"(?=\s+(?:Cr|Cllr|Councillor)\b)|"  # ('Moved Cr A, seconded Cr B': no 'by', no colon)
                        rf"(?=\s+{CAPITALISED_NAME}(?:\s+(?-i:Seconded|seconded)\s+(?-i:[A-Z])|\s*$)))"  # ('Moved Ann
                        rf"\s+"  # Bell Seconded Tom Hale', 'Moved Ann Bell' alone on its line: a name, no label)
                        rf"(?P<who>{_LABELLED_NAME})(?:(?:[,;]?\s+|\s*/\s*|\s+[-–]\s+|\s+and\s+|[,;]\s+{OTHER_TONGUE})"
                        rf"(?:seconded|seconder(?=\s*:))(?:\s+by)?\s*:?\s+"
                        rf"(?P<second>{_LABELLED_NAME}))?(?P<resolved>[,;]?\s+and\s+(?:unanimously\s+)?(?:resolved|agreed|"
                        rf"carried)(?:\s+unanimously)?)?(?:\s+and)?[.:;]?$")
# ('Moved: Cr Green      Seconded: Cr White', 'Proposer: Cllr A   Seconder: Cllr B', 'By: A Seconded by: B' under
# what was moved, as a board's web minutes print it: both on one line, or apart by a
# slash or a dash, 'Moved: Cr A / Seconded: Cr B'; 'Moved by Cr A and seconded by Cr B'; 'MOVED by Member A, seconded
# by Member B:' over the resolution; 'Proposed by Cllr A, Seconded by Cllr B and resolved:' over the resolution it
# carried, 'It was proposed by Cllr A, seconded by Cllr B and resolved:' too; 'Seconded by Councillor B and' over
# 'Resolved  That ...')


# The mover and the seconder alone on a line over the resolution, apart by a dash or a slash, each an initialled or
# a titled name ('J. Caruk – D. Bartel', 'Deputy Mayor Peddle/Councillor S. Budgell'); surnames alone only before the
# resolution's number ('Abram/Unger: SRD 677/18'); the motion's number may come first ('Motion-4143-17-A/B').
_INITIALLED = r"(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+"
_PAIR_NAME = rf"(?:{TITLE}(?:[A-Z]\.\s?){{0,3}}[A-Z][\w'’-]+|{_INITIALLED})"
_SURNAME = r"[A-Z][a-z][\w'’-]+"
_NUMBER = r"(?:[A-Z]{1,5}\s?)?\d{1,5}[/-]\d{2,4}"  # 'SRD 677/18', '2019-12'
MOVERS_LINE_RE = re.compile(rf"^(?:(?i:motion|resolution)\s*(?:no\.?\s*)?[-#]?\s*\d[\d/-]*?\s*[-–:]\s*)?"
                            rf"(?:(?P<mover>{_PAIR_NAME})\s*(?:/|\s[–-]\s)\s*(?P<seconder>{_PAIR_NAME})"
                            rf"|(?P<surname>{_SURNAME})\s*/\s*(?P<second>{_SURNAME})(?=\s*:\s*{_NUMBER}))"
                            rf"(?:\s*:\s*{_NUMBER})?\.?$")


def movers_line(text: str) -> tuple[PersonName | None, PersonName | None] | None:
    """The mover and seconder of a line naming them and nothing else (MOVERS_LINE_RE); None for any other line. Such
    a line is a motion's only where a resolution opens under it (its reader checks)."""
    pair = MOVERS_LINE_RE.match(text.strip())
    if not pair:
        return None
    return untitled_name(pair.group("mover") or pair.group("surname")), \
        untitled_name(pair.group("seconder") or pair.group("second"))
