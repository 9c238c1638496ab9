"""A printed list cut into its pieces, one person each: at commas, semicolons and 'and' outside brackets
('A (x, y), B and C'), with what a layout or a writer lost put right (a comma lost between two names, initials and
surnames run together, a couple sharing one surname, a post joined by 'and' before its holder's name). namelist.py
reads the pieces.
"""

from __future__ import annotations

import re

from .nameentry import ROLE_KEYWORDS
from .nameposts import titled_holder
from .names import COMPANY_COMMA, OTHER_TONGUE, PLURAL_MEMBER_TITLE, SUFFIX_COMMA_RE, looks_like_name, parse_name
from .role_titles import POST_ACRONYM_RE

# A plural title before a list ('Cllrs A and B', 'Commissioners A, B', 'Selectmen A and B'): each name's title.
GROUP_RE = re.compile(rf"(?i)^(?:(?-i:[A-Z]{{2,6}})\s+)?{OTHER_TONGUE}(?P<title>{PLURAL_MEMBER_TITLE})\s+(?=[A-Z])")
PAREN_NOTE_RE = re.compile(r"\s*\([^()]{0,40}\)")


def titled(piece: str) -> bool:
    """A piece with its own honorific or title ('Mr David James', 'Vice Chair Valencia')."""
    name = parse_name(PAREN_NOTE_RE.sub(" ", piece))
    return bool(name and (name.honorific or name.role))


JOINED_POST_RE = re.compile(r"(?<=[a-z])(?<![Vv]ice)(?<![Cc]o)(?<!Deputy)-(?=(?:Vice[- ])?Chair(?:man|woman|person)?\b|"
                            r"Clerk\b|Treasurer\b|Secretary\b)")


def split_top(text: str) -> list[str]:
    """Split 'A (x, y), B and C' at commas and 'and' outside parentheses."""
    parts, depth, current = [], 0, ""
    text = re.sub(r"\)\s+(?=[A-Z][a-zà-ÿā-ž’'])", "), ", text)  # 'A (Chairman) Gary B': the comma left out
    text = SUFFIX_COMMA_RE.sub(" ", text)  # 'Robert Barton, Jr., Sharon Lukens': one name, then another
    text = JOINED_POST_RE.sub(" - ", text)  # 'Margaret Chadwick-Chairman (MC)', 'Lynn Reed-Vice Chairman': a name,
    # then its post (not 'Vice-Chair' itself)
    text = re.sub(r"(?i)(\bin\s+the\s+chair)\s*,?\s+with\s+(?=[A-Z])", r"\1, ", text)  # 'A (President) in the chair
    # with B, C and D': the one presiding, then the others
    text = re.sub(r",\s*(?=\([^()]{1,40}\))", " ", text)  # 'A Wilson, (Chairman), B': the bracket the name's
    text = re.sub(r",?\s+(?:as\s+well\s+as|together\s+with)\s+(?=[A-Z]|the\s)", " and ", text)  # '..., Village
    # Attorney B as well as Chief C', '... and B, together with the Clerk, C'
    text = re.sub(r"\s\[([^\[\]]{1,40})\]", r" (\1)", text)  # 'John Pugh [Chair]': a note in square brackets
    text = re.sub(r"(?<=[a-z])\s+(?=(?:Division|Ward|District)\s+No\.?\s*\d{1,3}\s+[A-Z])", ", ", text)  # '..., Reeve
    # Division No. 3 Jerry Wittstock, Deputy Reeve': the next member, the comma before the division lost
    tokens = re.split(rf"(\(|\)|(?!{COMPANY_COMMA}),|;|\band\b|&)", text)  # ('TimeSaver Off Site Secretarial, Inc.':
    # one piece)
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token in (",", ";", "and", "&"):
            parts.append(current)
            current = ""
        else:
            current += token
    parts.append(current)
    parts = [person for p in parts if p.strip() for person in _initials_run(p.strip())]
    parts = [piece for p in parts for piece in _post_run_on(p)]
    return _posts_anded(text, _shared_surnames(text, lost_commas(parts)))


INITIALLED = r"(?:[A-Z]\.?\s+){1,3}(?:Ma?c|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"  # 'A Blackley', 'B D Davies'
INITIALLED_RUN_RE = re.compile(rf"(?:{INITIALLED}\s+){{1,30}}{INITIALLED}")


def _initials_run(piece: str) -> list[str]:
    """'A Blackley A Evans B D Davies S Evans': names each of initials and a surname, their commas lost, one piece
    a person."""
    if not INITIALLED_RUN_RE.fullmatch(piece):
        return [piece]
    return re.findall(INITIALLED, piece)


def _posts_anded(text: str, parts: list[str]) -> list[str]:
    """'Planner and Zoning Administrator Ginny McIntosh', 'the Parks & Reserves Officer – Mrs M McBain': the words of
    a post, 'and' or '&' and the rest of the post before its holder's name are one post of one person (no one is named
    'Planner'); 'Clerk and Mary Jones' stays two."""
    result: list[str] = []
    for part in parts:
        previous = result[-1] if result else ""
        anded = re.search(rf"\b{re.escape(previous)}\s+(and|&)\s+{re.escape(part)}", text) if previous else None
        if anded and re.fullmatch(r"(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}", previous) \
                and not looks_like_name(previous):
            joined = f"{previous} {anded.group(1)} {part}"
            name = parse_name(joined)
            if name and name.role and name.role.startswith(
                    f"{previous} {anded.group(1)} ") and looks_like_name(name.name) or titled_holder(joined):
                result[-1] = joined
                continue
        result.append(part)
    return result


def _shared_surnames(text: str, parts: list[str]) -> list[str]:
    """'guests Ann and Bob Hale, Cy Lord and Di Moss': a given name alone joined by 'and' to a given name and a
    surname, in a list whose other names are full names, shares that surname (a couple: 'Ann Hale', 'Bob Hale').
    In a list of surnames ('Councillors Bell, Hale and Lind') every name is one word, and none is changed; nor is
    the first of a list ('Green and Mary Brown, ...' may be a surname and a full name)."""
    full = [p for p in parts if len(p.split()) >= 2]
    if len(full) < 2 or len(full) * 2 < len(parts):
        return parts
    result = list(parts)
    for n, (part, following) in enumerate(zip(parts, parts[1:], strict=False)):
        given = re.search(r"(?:^|\s)([A-Z][a-z]{1,15})$", part)
        pair = re.fullmatch(r"[A-Z][a-z]{1,15} ([A-Z][\w'’-]{1,25})", following)
        among_full = part[:1].islower() or n > 0 and len(parts[n - 1].split()) >= 2  # 'guests Ann', ', Ann'
        if given and pair and among_full and not re.search(r"[A-Z]\S*\s+\S+$", part) and not titled(following) \
                and not ROLE_KEYWORDS.fullmatch(given.group(1)) \
                and re.search(rf"\b{given.group(1)}\s+(?:and|&)\s+{re.escape(following)}", text):
            result[n] = f"{part} {pair.group(1)}"
    return result


PARTICLE_NAME_RE = re.compile(r"\S+\s+(?:O|Ó|Mac|Mc|Ní|Ni|Nic|Ui|Uí|Van|Von|De|Da|Di|Du|Le|La)\s+\S+")
WORD_RE = re.compile(r"[A-Z][a-z]{0,20}(?:[’'-][A-Z]?[a-z]{1,20})?")


# A name, then with no comma a post written short and the next person it names: 'P Hubbard CEO Michael Parker'.
POST_RUN_ON_RE = re.compile(rf"^(?P<first>(?:[A-Z]\.?\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+"
                            rf"(?P<second>(?:Acting\s+)?(?:{POST_ACRONYM_RE.pattern})\s+[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+)$")


def _post_run_on(piece: str) -> list[str]:
    """A piece of two people whose comma was lost before the second's post: ['P Hubbard', 'CEO Michael Parker']."""
    match = POST_RUN_ON_RE.match(piece)
    return [match.group("first"), match.group("second")] if match and looks_like_name(match.group("first")) \
        and not ROLE_KEYWORDS.search(match.group("first")) else [piece]  # (not 'Acting CEO A', 'Assistant CAO B':
    # a post's first word is no one's name)


def lost_commas(parts: list[str]) -> list[str]:
    """'A Smith, Magda Atkins Lizzer Bradbury, Jim Coppard': in a list whose other names are each a first
    name and a surname, four such words in a row are two people whose comma was lost."""
    def words(part: str) -> list[str]:
        found = re.sub(r"\([^)]{0,40}\)", "", part).split()
        return found if all(WORD_RE.fullmatch(w) for w in found) else []
    titles = {p: name for p in parts if (name := parse_name(p)) and (name.honorific or name.role)}  # 'County
    # Councillor Jo Moss' is one person, of the two words after the title

    def name_words(part: str) -> list[str]:
        return words(titles[part].name) if part in titles else words(part)
    pairs = [p for p in parts if len(name_words(p)) == 2]
    listed = [p for p in parts if not GROUP_RE.match(p)]
    whole = [p for p in listed if len(name_words(p)) in (2, 3)]  # the names read whole, of two words or three
    if len(pairs) < 2 or len(pairs) * 3 < len(whole) * 2 \
            or any(len(name_words(p)) not in (0, 2, 4) and not PARTICLE_NAME_RE.fullmatch(p) for p in listed):
        return parts  # (a list of first names and surnames, two thirds at least; a name with a particle, 'Gearoid
    # O Bradaigh', or with letters or marks no word here has, 'Micheál Carrigy', 'P.J Reilly', may be among them)
    result = []
    for part in parts:
        found = name_words(part)
        note = re.search(r"\s*\([^)]{0,40}\)$", part)  # ('Yvonne Wemyss Quentin Dimmer (Harbourmaster)': the second's)
        bare = part[:note.start()] if note else part
        title = bare[:-len(" ".join(found))] if found and bare.endswith(" ".join(found)) else None  # ('Cllr Ros
        # Surtees Kirsty Peden': the title the first's)
        result.extend([f"{title}{' '.join(found[:2])}", " ".join(found[2:]) + (note.group(0) if note else "")]
                      if len(found) == 4 and title is not None and (part not in titles or title.strip())
                      and not ROLE_KEYWORDS.search(" ".join(found[:2])) else [part])  # ('County Counselor Barbara
    # Wright': a post and its holder)
    return result
