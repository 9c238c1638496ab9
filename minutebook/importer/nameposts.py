"""A post printed beside its holder's name, and which is which: before it ('Chief Executive (John Marsh)', 'CAO - A
Bell', 'the Director Assets – Mrs V Araba'), after it ('A Bell - Chair', 'Al Radke, Chief Administrative Officer Matt
O'Halloran, ...'), or a post joined to the service it is of ('Director of Services'); each read into an entry by
nameentry.py.
"""

from __future__ import annotations

import re

from .attendance_labels import Context
from .drafts import AttendanceDraft
from .lines import Line
from .nameentry import HOLDER, ROLE_KEYWORDS, add_attributes, make_entry
from .names import ORGANISATION_RE, councillor_role, is_initials, looks_like_name, parse_name
from .parties import party_of
from .role_titles import PERSONAL_TITLE, POST_ACRONYM_RE

ROLE_FIRST_RE = re.compile(r"^(?:(?i:the)\s+)?(?P<role>[A-Z][\w'-]*(?:,?\s+[\w'-]+){0,6})\s*"
                           rf"\((?P<name>{HOLDER})\)(?:\s+(?i:in\s+the\s+chair|presiding))?$")  # ('The Chancellor (Dr
# K C Michael) in the Chair': the post the one presiding holds)


# A post and its holder's full name in brackets: 'Chief Executive (John Marsh)', 'Democracy Advisor (Tina Rua)'.
POST_HOLDER_RE = re.compile(r"^(?:the\s+)?(?P<role>[A-Z][\w'-]*(?:\s+[\w'&-]+){0,5})\s*"
                            r"\((?P<name>[A-Z][a-z][\w'’-]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z][\w'’-]+)\)$")


def post_and_holder(piece: str) -> tuple[str, str] | None:
    """(post, holder) where a post is printed before its holder in brackets: a titled name or initials ('the Clerk
    (Mrs J Smith)'), or a full name where a post, not a person, stands before it; never a person with their party
    after them ('Councillor Jo Moss (Liberal Democrat)')."""
    titled = ROLE_FIRST_RE.match(piece)
    if titled and ROLE_KEYWORDS.search(titled.group("role")):
        return titled.group("role"), titled.group("name")
    match = POST_HOLDER_RE.match(piece.strip())
    if not match or not ROLE_KEYWORDS.search(match.group("role")) or party_of(match.group("name")):
        return None
    role = parse_name(match.group("role"))
    if role is None or role.honorific or councillor_role(role) or not looks_like_name(match.group("name")):
        return None
    return match.group("role"), match.group("name")


def qualified_posts(pieces: list[str], text: str = "") -> list[str]:
    """A list's pieces with a post joined to the service or area it is of, printed after a comma or an 'and' before
    its holder in brackets ('Director of Services', 'Economic Development (Mr. J. Murphy)'; 'Manager Communications
    and Marketing (Craig Ogborn)'): one piece, the post as printed (`text`, the list, says which joined them)."""
    joined: list[str] = []
    for piece in pieces:
        previous = joined[-1] if joined else ""
        held = ROLE_FIRST_RE.match(piece) or POST_HOLDER_RE.match(piece)  # a titled holder, or a full name
        anded = re.search(rf"{re.escape(previous)}\s+(and|&)\s+{re.escape(piece)}", text) if previous else None
        # ('Manager Communications and Marketing (A)': a post's first word, no person named Communications)
        if previous and "(" not in previous and ROLE_KEYWORDS.search(previous) \
                and (not looks_like_name(previous) or anded and ROLE_KEYWORDS.match(previous)) \
                and held and not ROLE_KEYWORDS.search(held.group("role")):
            joined[-1] = f"{previous} {anded.group(1)} {piece}" if anded else f"{previous}, {piece}"
        else:
            joined.append(piece)
    return joined


# A member's title opening each name of a list whose commas a layout lost: 'Director A Bell Director C Hale
# Alternate Director E Lind'.
TITLED_RUN_RE = re.compile(r"(?:(?:Alternate|Deputy|Vice)\s+)?"
                           r"(?:Director|Trustee|Commissioner|Councillor|Cllr\.?|Cr\.?|Mayor|Reeve)\s+(?=[A-Z])")
# ... the last name followed by an officer's post and its holder: 'Councillor Craig Terrick Chief Administrative
# Officer Wendy Turko'.
_POST_OPENS = r"(?:Chief|Deputy|Assistant|Acting|Interim|Senior|Municipal|Town|City|Village|County|Finance|Recording)"
_POST_ENDS = r"(?:Officer|Administrator|Clerk|Manager|Secretary|Treasurer|Director|Engineer|Superintendent|Planner)"
TITLED_THEN_POST_RE = re.compile(rf"^(?P<titled>{TITLED_RUN_RE.pattern}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}?)"
                                 rf"\s+(?P<post>(?:{_POST_OPENS}\s+)(?:[A-Z][\w&-]*\s+){{0,3}}?{_POST_ENDS}|{_POST_ENDS})"
                                 r"\s+(?P<name>[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+)$")


def titled_runs(pieces: list[str]) -> list[str]:
    """A piece holding two or more names, each after a member's title ('Chair Director Merrick Anderson Director
    Russell Brewer'): a piece for each, what stands before the first title (the last name's post, 'Chair') one too."""
    split: list[str] = []
    for piece in pieces:
        starts = [m.start() for m in TITLED_RUN_RE.finditer(piece)]
        if len(starts) < 2:
            split.append(piece)
            continue
        cuts = [0, *starts] if starts[0] else starts
        parts = [part for a, b in zip(cuts, [*cuts[1:], len(piece)], strict=True) if (part := piece[a:b].strip())]
        post = TITLED_THEN_POST_RE.match(parts[-1])
        split.extend([*parts[:-1], post.group("titled"), f"{post.group('post')} {post.group('name')}"] if post
                     else parts)
    return split


# A post, then the next person's name, their comma lost: 'Chief Administrative Officer Matt O'Halloran'.
POST_THEN_NAME_RE = re.compile(r"^(?P<post>.{3,80}?)\s+(?P<name>[A-Z][a-z]+\s+[A-Z][\w'’-]+)$")


def posts_run_on(pieces: list[str]) -> list[str]:
    """'Al Radke, Chief Administrative Officer Matt O'Halloran, Manager of Administrative Services Patrick
    Devereaux, Manager of Operational Services': names each followed by a post, the comma between a post and the next
    name lost, the list ending on a post; the pieces as they would be ('Al Radke', 'Chief Administrative Officer',
    'Matt O'Halloran', ...), each post after its holder."""
    middle = [POST_THEN_NAME_RE.match(piece) for piece in pieces[1:-1]]
    last = pieces[-1] if pieces else ""
    if len(pieces) < 3 or not looks_like_name(pieces[0]) or not ROLE_KEYWORDS.search(last) \
            or looks_like_name(last) or not all(m and ROLE_KEYWORDS.search(m.group("post"))
                                                and looks_like_name(m.group("name")) for m in middle):
        return pieces
    return [pieces[0], *(part for m in middle if m for part in (m.group("post"), m.group("name"))), last]


# The dash between a name and what follows it; the space before it may be missing ('Masanori Kusunoki- Yahoo! Japan').
NAME_DASH_RE = re.compile(r"(?:\s+|(?<=[a-z]))[–—-]\s+")


def dash_split(text: str) -> list[str]:
    """The text cut at its first such dash outside brackets: one piece where there is none ('Marty Robinson (left
    meeting 1.05 – 1.09pm)': the dash a time's range inside a note)."""
    masked = re.sub(r"\([^()]*\)", lambda bracket: "#" * len(bracket.group(0)), text)
    dash = NAME_DASH_RE.search(masked)
    return [text[:dash.start()], text[dash.end():]] if dash else [text]


def dash_named(text: str) -> bool:
    """A line of a list that gives a name, a dash and what follows it ('Abion Muntanga - WDC Chairperson')."""
    pieces = dash_split(text.strip())
    return len(pieces) == 2 and looks_like_name(pieces[0])


# A post with whom or where it serves in brackets after it; a scan may close the bracket with a brace.
POST_BRACKET_RE = re.compile(r"^(?P<post>[^()]{2,60}?)\s*\((?P<of>[^()]{2,60})[)}]$")


POST_WORDS = 4  # words of a post printed before its holder's name ('Responsible Financial Officer - Mrs J Green')


# A post, a dash and its holder by a personal title, the post of any length and maybe with a dash of its own: 'the
# Director Assets – Mrs V Araba', 'the Director – Corporate Services – Mrs T Radich'.
TITLED_HOLDER_RE = re.compile(rf"^(?:[Tt]he\s+)?(?P<post>[A-Z][\w&/'’ –—-]{{2,80}}?)\s+[–—-]\s+"
                              rf"(?P<name>{PERSONAL_TITLE}\.?\s+[A-Z][\w.'’ -]{{1,40}})$")


def titled_holder(text: str) -> tuple[str, str] | None:
    """(post, holder) of a post printed before its holder's titled name after a dash."""
    match = TITLED_HOLDER_RE.match(text.strip())
    if not match or not ROLE_KEYWORDS.search(match.group("post")) or not looks_like_name(match.group("name")):
        return None
    return match.group("post"), match.group("name")


def post_then_name(text: str) -> bool:
    """A post, a dash and its holder's name ('Clerk - Mrs J Green', 'CAO - John Doe'): the post's last word a post's
    or a post's initials."""
    pieces = dash_split(text.strip())
    post = pieces[0].split()
    return len(pieces) == 2 and 0 < len(post) <= POST_WORDS and bool(
        ROLE_KEYWORDS.fullmatch(post[-1]) or POST_ACRONYM_RE.fullmatch(post[-1])) and looks_like_name(pieces[1])


def _without_initials(post: str, name: str) -> str:
    """The post after a name's dash without the person's own initials, as the minutes will call them: 'Committee
    member AK', 'KJ Flat 123', 'Chairman (MC)' beside Anna Kirilov, Kevin Jackson, Margaret Chadwick."""
    words = re.sub(r"\s*\(([A-Za-z]{1,6})\)$", lambda m: "" if is_initials(m.group(1), name) else m.group(0),
                   post.strip()).split()
    if len(words) > 1 and is_initials(words[-1], name):
        words = words[:-1]
    elif len(words) > 1 and is_initials(words[0], name):
        words = words[1:]
    return " ".join(words)


OF_AREA_RE = re.compile(r"\bof\s+[A-Z][\w&]+(?:\s[A-Z][\w&]+)?$")  # a post ending in the area it is of
AREAS_RE = re.compile(r"(?:[A-Z][\w&]+(?:\s[A-Z][\w&]+)?,\s+)*(?:and\s+)?[A-Z][\w&]+(?:\s[A-Z][\w&]+)?"
                      r"(?:,?\s+and\s+[A-Z][\w&]+(?:\s[A-Z][\w&]+)?)")  # more areas: 'Policy and Governance'


def dash_entry(text: str, line: Line, context: Context) -> AttendanceDraft | None:
    """'Kamini Rambellas – Interim Divisional Director Targeted Services', 'Rob Laurence - Innovate Identity', or a
    post and its organisation with a comma between ('Nat Sakimura - Chairman, OpenID Foundation')."""
    pieces = dash_split(text)
    if post_then_name(text) and (entry := make_entry(pieces[1], line, context)):
        add_attributes(entry, [re.sub(r"(?i)^the\s+", "", pieces[0].strip())])  # 'Clerk - Mrs J Green', 'the Clerk –
        # Ann Lee': the post, then
        return entry  # who holds it
    name, comma, post = pieces[0].partition(", ")
    if comma and len(pieces) == 2 and ROLE_KEYWORDS.search(post) and not ROLE_KEYWORDS.search(name) \
            and looks_like_name(name) and (entry := make_entry(name, line, context)):  # 'Rakhee Aggarwal, Exec
        entry.role = f"{post} – {pieces[1].strip()}"  # Dean – EDI (HoS Health)': a name, the post, its portfolio
        return entry
    entry = make_entry(pieces[0], line, context)
    if entry and len(pieces) == 2:
        pieces[1] = _without_initials(pieces[1], entry.name.name)
    bracketed = POST_BRACKET_RE.match(pieces[1]) if entry and len(pieces) == 2 else None
    if bracketed and ROLE_KEYWORDS.search(bracketed.group("post")) and not ROLE_KEYWORDS.search(bracketed.group("of")):
        add_attributes(entry, [bracketed.group("post"), bracketed.group("of")])  # 'Chief Accountant (Kalomo Town
        return entry  # Council)', 'WDC Chairperson (Katanda)': the post, and whom or where the post serves
    if entry and len(pieces) == 2:
        post, _, agency = pieces[1].partition(", ")
        posted = agency and ROLE_KEYWORDS.search(post) and not ROLE_KEYWORDS.search(agency) \
            and not (OF_AREA_RE.search(post) and AREAS_RE.fullmatch(agency) and not ORGANISATION_RE.search(agency))
        # ('Strategic Director of Finance, Policy and Governance': the post's areas listed on, no agency)
        add_attributes(entry, [post, agency] if posted else [pieces[1]])
    return entry
