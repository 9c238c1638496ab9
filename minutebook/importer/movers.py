"""Who moved or seconded a motion, as minutes name them: a member's title or a personal one before the name
('Commissioner A Bell', 'Mr. Lee'), initials and words that are no sentence's ('Seconded by Councillor Jones / And
Resolved:'), a suffix ('Robert Barton Jr.'), a member by number ('Member 7'); and the name without its office.
"""

from __future__ import annotations

import re

from .names import MEMBER_TITLE, NAME_SUFFIX, NUMBERED_MEMBER, PERSONAL_TITLE, PersonName, parse_name

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
    if name and re.match(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s", name.strip()):
        return parse_name(name.strip())
    return parse_name(_untitled(name)) if name else None


def _untitled(name: str) -> str:
    if re.fullmatch(NUMBERED_MEMBER, name.strip()):
        return name.strip()  # 'Member 7': the number is the name
    return re.sub(TITLED.replace("?:(?:", "?:^(?:", 1), "", name.strip(), count=1) or name


def untitled_name(name: str) -> PersonName | None:
    """A labelled mover or seconder ('Councillor Bell', 'Cr Hale'): the name without the member's title."""
    return parse_name(_untitled(name))
