"""What a list of attendance's pieces is by their form alone: surnames, each a member ('Smith, Jones, Brown'), or
the names a chat knows people by ('bigbluehat, brent, DavidC'); namelist.sentence_entries reads each piece so.
"""

from __future__ import annotations

import re

from .nameentry import HANDLE_RE, ROLE_KEYWORDS, bare_handle
from .names import ORGANISATION_RE, looks_like_name

NOTE_RE = re.compile(r"\s*\([^()]{1,40}\)")
SURNAME_RE = re.compile(r"[A-Z][a-z'’]+(?:-?[A-Z][a-z'’]+)?")  # 'Smith', 'Eller-Smith', 'McDonald', 'RosasRomero'


def surnames_alone(pieces: list[str]) -> bool:
    """'Smith, Jones and Brown': three or more capitalised words, each a list entry of its own and none a post or
    an organisation ('Chair, Clerk and Treasurer', 'Police, Highways and Planning' are no people); or a list of
    one name each, most of them one word and the others names in full ('Andrew, Chuck, Dan, Matt Chang, Michael':
    members known by their given names, two of them in full)."""
    pieces = [NOTE_RE.sub("", p).strip() or p for p in pieces]  # ('Chris (President), Regan(Vice President)': each
    # one word and the part held in brackets)
    single = [p for p in pieces if SURNAME_RE.fullmatch(p)]
    return len(single) >= 3 and len(single) * 2 > len(pieces) \
        and all((p in single or looks_like_name(p) and len(p.split()) <= 3) and not ROLE_KEYWORDS.search(p)
                and not ORGANISATION_RE.search(p) for p in pieces)


HANDLES_LEAST = 4


def handles_alone(pieces: list[str]) -> bool:
    """'bigbluehat, brent, DavidC, PDL-ASU, tallted': four or more single words, some in lower case, none a post or
    an organisation: the names a chat (IRC) or an account knows its members by, each a person."""
    bare = [bare_handle(p) for p in pieces]  # ('pc (after vote)': a note after one)
    return len(bare) >= HANDLES_LEAST and all(HANDLE_RE.fullmatch(p) and not ROLE_KEYWORDS.search(p)
                                               and not ORGANISATION_RE.search(p) for p in bare) \
        and sum(bool(p[0].islower() or re.search(r"_|[a-z][A-Z]", p)) for p in bare) * 3 >= len(bare)  # ('chaals',
    # 'Gregory_Rosmaita', 'MikeSmith': how a chat writes names)
