"""Political parties as documents print them beside a name: 'Councillor Jane Smith (Labour)', 'Cllr Lee (Con)'.

A table of spellings, the catch-all last: a note that is no party's name is left to the attendance rules
(an organisation, a role, a reason for apologies). Only a whole note is read as a party, never a word in it.
"""

from __future__ import annotations

import re

PARTIES: tuple[tuple[re.Pattern[str], str | None], ...] = tuple((re.compile(p, re.IGNORECASE), party) for p, party in (
    (r"lab(?:our)?(?: and | & |/| )co-?op(?:erative)?(?: party)?", "Labour and Co-operative"),
    (r"lab(?:our)?(?: party)?", "Labour"),
    (r"con(?:servative)?(?: and unionist)?(?: party)?", "Conservative"),
    (r"(?:liberal democrats?|lib ?dems?|ld)", "Liberal Democrat"),
    (r"(?:green(?: party)?|grn)", "Green"),
    (r"independent", "Independent"),
    (r"reform(?: uk)?", "Reform UK"),
    (r"ukip|uk independence party", "UKIP"),
    (r"plaid cymru", "Plaid Cymru"),
    (r"snp|scottish national party", "SNP"),
    (r".*", None),
))


def party_of(note: str) -> str | None:
    """The party a parenthesised note names, or None."""
    text = re.sub(r"\s+", " ", note.strip(" .()"))
    return next(party for pattern, party in PARTIES if pattern.fullmatch(text))
