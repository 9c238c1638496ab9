"""One person a line, as a list under an attendance label prints them: 'Name, Role' ('A Bell, Clerk'), 'Name, Post or
Organisation (note)' ('Will Perrin, Talk About Local', 'Stefan Hagen, Individual (Voting Member)'); read so only where
the lines beside it read so too, so that 'A Bell, B Cole' stays two people.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attendance_labels import label_of
from .lines import Line, text_above
from .listforms import NAME_ROLE_RE
from .listpieces import split_top
from .nameentry import ROLE_KEYWORDS, name_then_organisation
from .nameposts import dash_named, dash_split
from .names import MEMBER_TITLE, ORGANISATION_RE, looks_like_name, parse_name
from .role_titles import PERSONAL_TITLE
from .starts import next_texts

# An officer on a line of their own under the list of members, the public counted after: 'Jo Moss – Clerk and 2
# members of the public.', 'Mrs A Hale (Clerk)'.
PUBLIC_COUNT = r"(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+members?\s+of\s+the\s+public"
OFFICER_LINE_RE = re.compile(r"^(?P<name>[A-Z][\w.'’ -]{2,50}?)\s*(?:[–—-]\s+|\()(?P<role>(?:Parish |Town |Deputy |"
                             r"Assistant )?Clerk(?: and (?:RFO|Responsible Financial Officer))?|RFO|Responsible "
                             rf"Financial Officer|Minute[- ]?taker)\)?(?:,?\s+(?:and|with|plus)\s+{PUBLIC_COUNT})?\.?$",
                             re.I)


def roster_line(text: str) -> bool:
    """'Name, Role', 'Name<tab>Role' (a name and a post in columns) or a titled name alone ('Cr C Brown')."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) == 2:
        name, role = cells
    elif (whole := NAME_ROLE_RE.match(text.strip())) is not None:
        name, role = whole.group("name"), whole.group("role")
    elif len(cells) == 1 and not re.search(r"[,;:]", text) and len(dashed := dash_split(text.strip())) == 2:  # 'Ivan
        # Blanchard – Chairperson (Absent)': one person a line (not a list of them, nor a label's)
        name, role = dashed[0], re.sub(r"\s*\([^()]*\)$", "", dashed[1])
    else:
        parsed = parse_name(text) if len(cells) == 1 else None
        return bool(parsed and parsed.honorific and looks_like_name(text) and not ROLE_KEYWORDS.search(parsed.name))
    return bool(looks_like_name(name) and ROLE_KEYWORDS.search(role) and not looks_like_name(role)
                or len(cells) == 1 and post_then_holder(text) is not None)


def listed_line(text: str) -> bool:
    """A line of a list of one person a line: a name and a post ('A Bell, Clerk'), or a name and what the person
    represents ('M. Ocol, Brooks Bulletin')."""
    return roster_line(text) or name_with_post(text) is not None


def post_then_holder(text: str) -> tuple[str, str] | None:
    """'Director of Community Services, C. Catania' (a bullet before it or not): a post, then after its one comma
    the name of its holder; (post, name), else None."""
    post, comma, name = text.strip().lstrip("•-* ").rpartition(", ")
    found = comma and "," not in post and ROLE_KEYWORDS.search(post) and looks_like_name(name) \
        and not looks_like_name(post)
    return (post, name) if found else None


HELD_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s+\([A-Z]\))?"  # '(A)': an acting post's mark
POST_LABEL_RE = re.compile(rf"^(?P<post>[A-Z][A-Za-z. -]{{1,40}}?):\s+(?P<names>{HELD_NAME}"
                            rf"(?:(?:,\s+|,?\s+and\s+){HELD_NAME})*)\.?$")


def posts_held(text: str) -> list[tuple[str, str]]:
    """'Exec. Director: Tracy Teal', 'Meetings Administrator: Bill Sweeney.': (post, name) of a post's label and its
    holder; a post in the plural over its holders ('Directors: Kevin Stewart, Tadhg McDonnell', 'Senior Executive
    Officers: A, B and C.') each holder with the post in the singular. None where the label is no post."""
    held = POST_LABEL_RE.match(text)
    if not held:
        return []
    names = [re.sub(r"\s+\([A-Z]\)$", "", n).rstrip(".")
             for n in re.split(r",\s+|,?\s+and\s+", held.group("names"))]
    post = held.group("post")
    if len(names) > 1:
        if not post.endswith("s"):
            return []
        post = post[:-1]  # 'Directors' -> 'Director'
    found = ROLE_KEYWORDS.search(post) and all(looks_like_name(name) for name in names)
    return [(post, name) for name in names] if found else []


def roster(lines: list[Line], index: int) -> bool:
    """Three or more lines in a row that each read 'Name, Role' are a list of who is present, label or not."""
    if lines[index].blank:
        return False
    run = 0
    for line in [line for line in lines[index:index + 5] if not line.blank][:3]:  # a blank line may part two rows
        run += roster_line(line.text)
    return run == 3 or (run >= 1 and index > 0 and roster_line(lines[index - 1].text)
                        and roster_line(lines[index].text))


# 'Will Perrin, Talk About Local': a name, one comma, what the person is or represents (no second titled name);
# 'TIBCO Software, Inc. (Voting Member)'; 'STFC, Scientific Computing': an organisation by its initials, then its
# department; 'Steve Fisher (SF), STFC': the person's initials after the name.
NAME_WITH_POST_RE = re.compile(r"^(?P<name>[^,;()]{3,60}(?:\s\([A-Z]{1,5}\))?),\s+(?P<post>(?:[A-Z]{2,6},\s+)?"
                               r"[^,;]{2,80}?(?:,\s+(?:Inc|LLC|Ltd|plc|Corp|Co|GmbH|AG|SA)\.?)?(?:\s*\([^()]{1,40}\))?)$")
# A part in the meeting in brackets after what follows a name: '(minute taker)', '(Voting Member)', '(Observer)'
STANDING_RE = re.compile(r"\s*\((?P<note>[a-z][^()]{1,30}|[A-Z][\w -]{1,30})\)$")
INDIVIDUAL_RE = re.compile(r"(?i)individual|self|private individual")  # a member for no organisation


def is_organisation(post: str) -> bool:
    """What a person represents, not their post: "Victim Commissioner's Office", 'Ministry of Justice', 'HM Courts
    and Tribunals Service' (not 'Clerk to the Board', a post's words first)."""
    return bool(ORGANISATION_RE.search(post) or re.search(r"\b(?:Ministry|Service|Borough)\b", post)) \
        and not ROLE_KEYWORDS.match(post)


def name_with_post(text: str) -> tuple[str, str] | None:
    match = NAME_WITH_POST_RE.match(text.strip())
    if not match:
        return None
    post = match.group("post")
    bare = STANDING_RE.sub("", post)  # ('Individual (Voting Member)': the part in brackets is the caller's)
    body = is_organisation(bare)
    if not (bare[:1].isupper() or re.match(r"\d+\s?[A-Z]", bare)) or ROLE_KEYWORDS.search(bare) and not body:
        return None  # 'A Bell, Clerk', 'B Cole, president': a post the roster rules read ('47 Degrees' a name)
    person = None if body else parse_name(bare)
    if not looks_like_name(match.group("name")) or person is not None and (
            person.honorific or " and " in post and all(looks_like_name(p) for p in post.split(" and "))):
        return None  # 'Cllr A Bell, Cllr B Cole', 'A Bell, B Cole and C Dee': people, not a post
    return match.group("name").strip(), " ".join(post.split())


def post_and_organisation(text: str) -> tuple[str, str, str] | None:
    """'Ms A Clark, Acting Head of Policy, Chief Executive’s Office', 'Mr J Bell, Local Senior Officer, Scottish Fire
    and Rescue Service': a name, a post, and the organisation or department the post is in, one person a line;
    (name, post, organisation), else None. The commas part them, never an 'and' inside a post or a name."""
    parts = [part.strip() for part in text.strip().lstrip("•-* ").split(",")]
    if len(parts) != 3:
        return None
    name, post, organisation = parts
    found = looks_like_name(name) and ROLE_KEYWORDS.search(post) and not looks_like_name(post) \
        and (is_organisation(organisation) or re.search(r"['’]s\s+(?:Office|Department)$", organisation))
    return (name, post, organisation) if found else None


MINUTE_TAKER_RE = re.compile(r"(?i)minute[- ]?taker|note[- ]?taker")


def with_note(post: str) -> tuple[str, str | None]:
    """What follows a name, and the note in brackets after it (the person's part in the meeting)."""
    match = STANDING_RE.search(post)  # '..., Ministry of Justice (minute taker)', '..., Oracle (Voting Member)'
    if not match or not match.start() or match.group("note")[0].isupper() and not ROLE_KEYWORDS.search(match["note"]):
        return post, None  # ('Accountable Officer (NHS Harrow)': an organisation in brackets, the post's)
    return post[:match.start()], match.group("note")


def listed_with_post(lines: list[Line], index: int, text: str | None = None) -> tuple[str, str] | None:
    """A line of a list printing one person a line with their post or organisation after a comma ('Will Perrin,
    Talk About Local' / 'Paul Clarke, Honestlyreal'): the line next to it is another such entry. `text`: the line's
    after its label ('ATTENDANCE: M. Ocol, Brooks Bulletin')."""
    named = name_with_post(lines[index].text if text is None else text)
    if named is None:
        return None
    above = text_above(lines, index)
    beside = [*([lines[above].text] if above >= 0 else []), *(text for _, text in next_texts(lines, index, 1))]
    return named if any(name_with_post(text) for text in beside) else None


def paragraph_after(lines: list[Line], index: int) -> list[Line]:
    """The lines of the paragraph after the line at `index` (blank lines straight after it passed over)."""
    following: list[Line] = []
    for line in lines[index + 1:]:
        if line.blank and following:
            break
        if not line.blank:
            following.append(line)
    return following


def one_a_line(paragraph: list[Line]) -> bool:
    """The paragraph after a label alone on its line ('Apologies' / 'John Sheridan' / 'Jane Doe') names one person a
    line, nothing joining a line to the next: a list, not a sentence to read whole."""
    following = [line.text.strip() for line in paragraph]
    names = [t for t in following if "\t" not in t and (
        name_with_post(t) or dash_named(t) or post_then_holder(t) is not None  # ('A Bell - Clerk', 'Curator, S. Gropp')
        or post_and_organisation(t) is not None
        or not re.search(r"[,;&]|\band\b", t) and (looks_like_name(t) or name_then_organisation(t)))]
    return len(names) == len(following) and (len(names) >= 2 or bool(names and (
        name_then_organisation(names[0]) or name_with_post(names[0]))))


def wrapped_list(paragraph: list[Line]) -> int:
    """The number of the last line of the paragraph after a label alone on its line where it is one list wrapped over
    its lines ('IN ATTENDANCE' / 'The Chief Executive – Mr S Hanne, the Director Environmental' / 'Services – Mr B
    Sutherland, ...' / '... members of the public.'): commas in it, no line but the last ending a sentence, and the
    last ending one; else 0."""
    texts = [line.text.strip() for line in paragraph]
    wrapped = len(texts) >= 2 and "\t" not in "".join(texts) and all("," in t for t in texts[:-1]) \
        and texts[-1].endswith(".") and not any(t.endswith((".", ":")) for t in texts[:-1])
    return paragraph[-1].number if wrapped else 0


def bulleted(lines: list[Line], index: int) -> bool:
    """The line next to this one opens with '* ' too, neither with a table's tab columns: a Markdown list's bullets,
    not a mark flagging a name ('*' / name / tab / organisation is a table's row, its mark in the legend)."""
    near = [lines[k].text.strip() for k in (index - 1, index + 1) if 0 <= k < len(lines) and lines[k].text.strip()]
    return "\t" not in lines[index].text.strip() and any(t.startswith("* ") and "\t" not in t for t in near)


def all_names(text: str) -> bool:
    """'Catherine Wagneur' / 'HOF Alexander ; HOOGEWYS Tristan': only people after the colon, so what is before it
    is their organisation though it reads like a name ('- Walloon Region: ...', '- Brussels Region: ...')."""
    pieces = [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    return bool(pieces) and all(looks_like_name(p) for p in pieces)


ONE_NAME_RE = re.compile(r"^[-*•]\s+(?P<name>[A-Z][a-z]{2,20})$")  # '- Jasmine': a bullet of one given name


def known_by_one_name(lines: list[Line], index: int) -> bool:
    """A bullet of one capitalised word among bullets of people named in full ('- Peter Rybar' / '- Jasmine' / '- Yan
    Zhang'): someone the list names by the one name they go by (a name in full on each side of it)."""
    if not ONE_NAME_RE.match(lines[index].stripped):
        return False
    near = [lines[k].stripped for k in (index - 1, index + 1) if 0 <= k < len(lines)]
    return len(near) == 2 and all((m := re.match(r"^[-*•]\s+(.+)$", text)) and looks_like_name(m.group(1))
                                  for text in near)


# A place and the titled names of the members for it after a dash: 'Careston - Mr J. Adamson', 'Edzell - Mr C.
# Simpson, Mr I. Rae'.
PLACE_NAMES_RE = re.compile(rf"^(?P<place>[A-Z][\w'’.&]*(?:\s+[A-Z][\w'’.&]*){{0,3}})\s+[-–]\s+"
                            rf"(?P<names>(?:{PERSONAL_TITLE}|{MEMBER_TITLE})\.?\s.+)$")
LEAST_PLACES = 2  # lines in a row, at least
# ... or the names with no title before them, each a name (a part in brackets after it or not): 'Brennus Place –
# Howard Walshaw (Brennus Representative), David Parry (Minuting Secretary).'
PLACE_LIST_RE = re.compile(r"^(?P<place>[A-Z][\w'’.&]*(?:\s+[A-Z][\w'’.&]*){0,3})\s+[-–]\s+(?P<names>[A-Z].+)$")


def _place_and_names(text: str) -> re.Match | None:
    """A place and its members after a dash, titled ('Edzell - Mr C. Simpson, Mr I. Rae') or names alone."""
    if placed := PLACE_NAMES_RE.match(text):
        return placed
    listed = PLACE_LIST_RE.match(text)
    if listed is None or (parsed := parse_name(listed.group("place"))) and (parsed.honorific or parsed.role):
        return None  # ('Mr Nick Caley - Grant Thornton': a person, then the firm)
    pieces = split_top(re.sub(r"\([^()]*\)", "", listed.group("names")).rstrip(". "))
    return listed if (len(pieces) >= 2 or "(" in listed.group("names")) \
        and all(looks_like_name(piece) and not ROLE_KEYWORDS.search(piece) for piece in pieces) \
        else None  # (a list, or a part in brackets: 'M Adye – Group Manager Asset Management' is a person and a post,
    # 'David Ward - Grays Harbor PUD' a person and a utility)


def members_by_place(lines: list[Line], places: dict[int, str]) -> list[Line]:
    """Two or more lines in a row, each a place and the members for it after a dash, under no label of their own:
    the members present, listed by the place each represents, as community councils print them ('Careston - Mr J.
    Adamson' / 'Edzell - Mr C. Simpson, Mr I. Rae' / 'In attendance - ...'). Read as names under 'Present:' (under a
    label, as its names); each line's place goes in `places` (line number -> place), the members' position."""
    found: list[Line] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (placed := _place_and_names(lines[end].stripped)) \
                and not ROLE_KEYWORDS.search(placed.group("place")) and label_of(lines[end].text) is None:
            end += 1  # (not 'The Chief Executive – Mr S Hanne, ...': a post, no place)
        if end - index < LEAST_PLACES:
            found.append(lines[index])
            index += 1
            continue
        above = next((line for line in reversed(found) if not line.blank), None)
        if above is None or label_of(above.text) is None:
            found.append(Line(lines[index].file, lines[index].number, "Present:", lines[index].raw))
        for line in lines[index:end]:
            placed = _place_and_names(line.stripped)
            places[line.number] = placed.group("place")
            found.append(replace(line, text=placed.group("names")))
        index = end
    return found


NAME_END_RE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?\s*(?:[,;&(]|\.\s|\band\b|$)")


def continues_list(previous: str, text: str) -> bool:
    """A line carries on the list above when that list stopped mid-way ('A, B,' / 'C and' / '(Vice-') or
    the line finishes what it started ('(Chair), D'); a line that starts a sentence or a bullet does not."""
    return bool(re.search(r"(?:[,;&(-]|\band)\s*$", previous) or re.match(r"^[(a-z]", text)
                or previous.count("(") > previous.count(")")
                or NAME_END_RE.match(text) and not HEADING_WORD_RE.search(text))


# A word no name's end holds, that an item's heading does: 'Acting Chairman’s Introduction' under a list is no name.
HEADING_WORD_RE = re.compile(r"['’]s\b|\b(?:Introduction|Reports?|Minutes|Matters|Business|Welcome|Updates?|"
                             r"Correspondence|Finance|Planning|Meeting|Agenda|Apologies|Declarations?)\b")


# The members present named under no label: their plural title, then the names ('Councillors D Risk (Chairman), P
# Summers and K Churchill'), the line holding no word in lower case outside brackets but 'and' or a name's particle.
MEMBERS_UNLABELLED_RE = re.compile(r"^(?:Councillors|Cllrs\.?|Councilmembers|Trustees|Directors|Governors|"
                                   r"Commissioners|Supervisors|Aldermen|Selectmen)\s+(?=[A-Z])")
FIRST_TITLED_RE = re.compile(r"^(?:Councillor|Cllr\.?)\s+[A-Z][^,]{2,60}?\((?:Mayor|Chair\w*|Cathaoirleach)\)\s+"
                             r"(?:Councillors|Cllrs\.?)\s+(?=[A-Z])")
NAMES_ALONE = 3  # names in a line under no label, at least, for it to be the members present
LOWER_WORD_RE = re.compile(r"\b(?!(?:and|van|von|de|der|den|du|da|di|la|le)\b)[a-z]{2,}")


def members_unlabelled(text: str) -> bool:
    """A line that lists the members present with no label before it, only their plural title (or the first's own:
    'Councillor Moira Thomas (Mayor) Councillors Graham Davies, Ken Edwards, ...'), or names alone, three or more
    ('Adrian Harvey (AH), Pam Apperley (PA), Tim Over (TO)')."""
    if LOWER_WORD_RE.search(re.sub(r"\([^()]*\)", "", text)) or re.search(r",| and ", text) is None:
        return False
    if MEMBERS_UNLABELLED_RE.match(text) or FIRST_TITLED_RE.match(text):
        return True
    pieces = split_top(text)
    return len(pieces) >= NAMES_ALONE and all(looks_like_name(piece) for piece in pieces)


TITLED_PIECE_RE = re.compile(rf"^{MEMBER_TITLE}\s+[A-Z]")


def titled_roster(text: str) -> bool:
    """A line that lists those present by their titles with no label before it, the members first ('Mayor A, Trustee
    B, Trustee C, D Finance Officer, Village Clerk E as well as Chief of Police F'): three or more, the first two
    titled as the body's members, each a name and its title or post (no word in lower case but 'of', 'the'), no
    sentence's end inside."""
    pieces = split_top(text.rstrip("."))
    return len(pieces) >= NAMES_ALONE and all(TITLED_PIECE_RE.match(piece) for piece in pieces[:2]) \
        and not any(POST_LOWER_RE.search(piece) for piece in pieces) and not re.search(r"[a-z]{2}\.\s", text)


POST_LOWER_RE = re.compile(r"\b(?!(?:of|the|de|van|von|der|la|le)\b)[a-z]{2,}")  # a word in lower case, no name's
