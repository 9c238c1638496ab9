"""Name lists: a list of printed names ('Councillors A (Chair), B and C'; 'A (Convener); and Councillors B, C';
'Present: Smith, Jones, Brown') read into attendance entries, each name as nameentry.py reads one; who in a list
of members attends as an officer or a guest (attendance_order.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attendance_headings import NOBODY_RE
from .attendance_labels import Context
from .attendance_order import guests_after_members, officers_after_members
from .drafts import AttendanceDraft
from .lines import Line
from .listforms import (
    ACRONYM_RE,
    CLAUSE_RE,
    COLON_ROLE_RE,
    COUNTED_RE,
    FIRST_POST_RE,
    LOST_COMMA_GROUP_RE,
    LOWER_ROLE_RE,
    NAME_ROLE_RE,
    ORGANISATION_FIRST_RE,
    ORGANISATION_POST_RE,
    PAIRED_GROUP_RE,
    PLURAL_ROLE_RE,
    POST_GROUP_RE,
    REMOTE_LEAD_RE,
    SHARED_ORGANISATION_RE,
    SURNAME_FIRST_RE,
    THE_ROLE_RE,
    VISITORS_RE,
)
from .listkinds import SURNAME_RE, handles_alone, surnames_alone
from .listpieces import GROUP_RE, PAREN_NOTE_RE, lost_commas, split_top, titled
from .nameentry import (
    DOTTED_POST,
    INITIALS_POST_RE,
    OFFICE_RE,
    ROLE_KEYWORDS,
    ROLE_THEN_NAME_RE,
    add_attributes,
    as_listed,
    clerk,
    make_entry,
    post_and_agency,
    post_and_surname,
)
from .nameposts import (
    dash_entry,
    post_and_holder,
    post_then_name,
    posts_run_on,
    qualified_posts,
    titled_holder,
    titled_runs,
)
from .names import (
    MEMBER_TITLE,
    MEMBERSHIP_ROLES,
    NUMBERED_MEMBER,
    ORGANISATION_RE,
    POST_SURNAME_RE,
    PersonName,
    councillor_role,
    is_initials,
    looks_like_name,
    member_title,
)
from .role_titles import POST_ACRONYM_RE


def _split_semicolons(text: str) -> list[str]:
    """'A; and B, C; D' -> ['A', 'B, C', 'D'], never inside parentheses."""
    groups, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:
            groups.append(current)
            current = ""
        else:
            current += char
    groups.append(current)
    return [re.sub(r"^(?:and\s+)", "", g.strip()).strip() for g in groups if g.strip(" .")]


def _sharing_an_organisation(group: str, line: Line, context: Context) -> list[AttendanceDraft]:
    """The people of a group that names several, then their one organisation after a dash, each with it, or one
    person and an organisation written as an acronym ('Chris Bardash – TxDOT', not 'A Bell - Resident'); [] for
    any other group."""
    first = ORGANISATION_FIRST_RE.fullmatch(group.strip())
    if first and ORGANISATION_RE.search(first.group("organisation")) \
            and not looks_like_name(first.group("organisation")):  # 'Planning Department — A, B, C'
        entries = sentence_entries(first.group("names"), line, context, groups=False)
        for entry in entries:
            entry.organisation = entry.organisation or first.group("organisation")
        return entries
    match = SHARED_ORGANISATION_RE.fullmatch(group.strip())
    if not match or ROLE_KEYWORDS.search(match.group("organisation")):
        return []
    pieces = split_top(match.group("names"))
    if len(pieces) < 2 and not ACRONYM_RE.search(match.group("organisation")) \
            or not all(looks_like_name(p) for p in pieces):
        return []
    entries = [e for p in pieces if (e := make_entry(p, line, context))]
    for entry in entries:
        entry.organisation = match.group("organisation")
    return entries


def sentence_entries(text: str, line: Line, context: Context, groups: bool = True,
                     unread: list[str] | None = None) -> list[AttendanceDraft]:
    """'Councillors A (Chair), B and C' / 'Rob Larkman (Accountable Officer) (NHS Harrow) and ...'.

    Each piece no rule reads as a person ('the Lord of the Manor', '4 residents', 'and Police Scotland') goes into
    `unread`, so that the caller keeps the line as text: a list read in part loses nothing.
    """
    unread = [] if unread is None else unread
    text = re.sub(r"(?i)^(?:from\s*:?\s*)", "", text.strip()).rstrip(".")
    text = as_listed(text)
    surname_first = SURNAME_FIRST_RE.fullmatch(text)
    if surname_first:  # 'AUSSEMS, Thomas': one person ('SMITH, Clerk' reads as 'Clerk SMITH', a post and its holder)
        text = f"{surname_first.group('given')} {surname_first.group('surname')}"
    honorific = None
    match = re.match(r"(?i)^(councillors|cllrs\.?)\s+", text)
    if match:
        honorific, text = "Councillor", text[match.end():]
    entries = []
    local = Context(**{**context.__dict__, "honorific": honorific or context.honorific,
                       "titled": context.titled or bool(honorific)})
    if groups and ";" in text:  # 'A (Convener); and Councillors B, C and D; and Mr E' / 'F, Head of Education; G'
        split = _split_semicolons(text)
        split = lost_commas(split) if all("," not in group for group in split) else split  # ('A; B; C D' / 'E F':
        # a line's end between two names one a group)
        paired = sum(bool(PAIRED_GROUP_RE.match(g)) for g in split)
        for n, group in enumerate(split):
            within = local if n == 0 else context  # 'Cllrs A, B; District Cllr C': the title leads the first group
            group = REMOTE_LEAD_RE.sub("", group)  # 'by phone – A, B - TCEQ': joined by telephone, as present
            lost = LOST_COMMA_GROUP_RE.fullmatch(group) if paired >= 2 else None
            if lost and not ROLE_KEYWORDS.search(lost.group("organisation")):  # 'Scot Friedman Cory Wilburn, GLO'
                # among 'Raj Nadkarni, TCEQ; ...': two people of one agency
                group = f"{lost.group('first')}, {lost.group('second')} – {lost.group('organisation')}"
            shared = _sharing_an_organisation(group, line, within)
            if shared:
                entries.extend(shared)
                continue
            named = re.match(r"^(?!(?i:councillors|cllrs)\b)(?P<name>[^,()]+?),\s+"
                             r"(?P<role>[^,()]+(?:\(for (?:item|minute)s?\s+[\w./-]+\))?)$", group)
            if named and ROLE_KEYWORDS.search(named.group("name")) and not looks_like_name(named.group("name")) \
                    and looks_like_name(named.group("role")) \
                    and (entry := make_entry(re.sub(r"^and\s+", "", named.group("role")), line, within)):
                entry.role = re.sub(r"^(?:and\s+)?(?:the\s+)?", "", named.group("name"))  # 'General Manager, C L
                clerk(entry)  # Milburn; Director Corporate and Commercial, S M Mitchell': each post, then its holder
                if entry.status == "present" and len(entry.role.split()) > 1 and not member_title(entry.role):
                    entry.status, entry.capacity = "in_attendance", entry.capacity or "officer"  # a staff post
                entries.append(entry)
                continue
            if named and looks_like_name(named.group("name")) and ROLE_KEYWORDS.search(named.group("role")):
                entry = make_entry(named.group("name"), line, within)
                if entry:
                    role = named.group("role")
                    posted = ORGANISATION_POST_RE.fullmatch(role)  # 'Ed Kelly, DIR – Co-chair': agency, then post
                    if posted and not ROLE_KEYWORDS.search(posted.group("organisation")) \
                            and ROLE_KEYWORDS.search(posted.group("post")):
                        entry.organisation, role = posted.group("organisation"), posted.group("post")
                    for_item = re.search(r"\s*\(for (?:item|minute)s?\s+([\w./-]+)\)", role)
                    if for_item:
                        entry.items.append(for_item.group(1))
                        role = role[:for_item.start()] + role[for_item.end():]
                    entry.role = entry.name.role or role.strip()  # 'Commissioners Present: A, Chair; B': the
                    entries.append(entry)  # post printed after the name, not the list's title
                else:
                    unread.append(group)
            else:
                entries.extend(sentence_entries(group, line, within, groups=False, unread=unread))
        return officers_after_members(entries) if context.status == "present" and not context.guest else entries
        # ('Trustees A and B; Village Treasurer C': an officer; but 'Councillors A and B; and Mr C (Religious
        # Representative)': a group of its own is no guest)
    whole = NAME_ROLE_RE.match(text) if not ROLE_THEN_NAME_RE.search(text) else None  # not 'Post (Mr A), Post (Ms B)'
    if whole and looks_like_name(whole.group("name")) and not looks_like_name(whole.group("role")) \
            and ROLE_KEYWORDS.search(whole.group("role")) and ":" not in whole.group("role") \
            and not any(looks_like_name(p) for p in titled_runs(split_top(whole.group("role")))):  # 'George A.
        # Nilson, City Solicitor', not 'Ann Bell, Kit Lind and County Councillor Jo Moss', 'Lila Wood, Recorder:
        # Miriam Smith' nor 'Director A, Chair Director B Director C'
        entry = make_entry(whole.group("name"), line, local)
        if entry:
            if not entry.role or entry.role in (councillor_role(entry.name), local.role) \
                    or entry.role.lower() in MEMBERSHIP_ROLES:  # ('Commissioner A, Chair') the post printed after
                # the name, over the role its list's label gives ('Directors Present' / 'Shawn Porter, President')
                entry.role, agency = post_and_agency(whole.group("role"))  # 'Chief Unified Fire Authority (UFA)'
                initials = whole.group("initials")  # ('Simon Brooke, Chair (SB)': the person's own, no agency's)
                entry.organisation = entry.organisation or agency or (  # nor the post's: 'City Attorney (CA)'
                    initials if initials and not is_initials(initials, entry.name.name)
                    and not is_initials(initials, entry.role or "") else None)
                if whole.group("office") and ROLE_KEYWORDS.search(whole.group("office")):
                    entry.role = whole.group("office")  # 'Director (Chair)': the office held here, over the post
            clerk(entry)
            return [entry]
    pieces = posts_run_on(titled_runs(qualified_posts(split_top(text), text)))  # ('Director A Director B', 'A,
    # Post B, Post')
    pending = None  # 'and the clerk, Mr G Irwin': the role printed before the name
    if surnames_alone(pieces):  # 'Present: Smith, Jones, Brown': a list of surnames, each a member
        local = Context(**{**local.__dict__, "surnames": True})
    elif handles_alone(pieces):  # 'Present: bigbluehat, brent, DavidC': the names people go by in a chat
        local = Context(**{**local.__dict__, "handles": True})
    group = ""  # 'Cllrs A and B', 'Commissioners A, B': the title stands for every name after it
    since = 0  # the first entry a plural role printed after the names ('A and B, Councillors') covers
    visitors: str | None = None  # 'plus local residents A, B and C': the role of each name after it
    post: str | None = None  # 'clerks D and E': a post in the plural, in lower case, before the names it is theirs
    count = len(entries)
    posts_first = len(pieces) >= 4 and bool(ROLE_KEYWORDS.search(pieces[-2])) and not looks_like_name(pieces[-2]) \
        and looks_like_name(pieces[-1]) \
        and re.search(rf"\band\s+{re.escape(pieces[-2])},\s*{re.escape(pieces[-1])}\W*$", text) is not None
    for n, piece in enumerate(pieces):
        after_name, count = len(entries) > count, len(entries)  # the piece before this one was read as a person
        role_before, pending = pending, None
        if NOBODY_RE.fullmatch(re.sub(r"^[-•*]\s+", "", piece)):
            continue  # 'Regrets: None', 'Absent: -', '- None' under 'Apologies': nobody, read
        shared_post, post = post, None
        if re.fullmatch(NUMBERED_MEMBER, piece):  # 'Member 7': a member the minutes name by number, no one's role
            entries.append(AttendanceDraft(name=PersonName(piece, None, None, None, (), piece), line=line,
                                           status=local.status, role=local.role, capacity=local.capacity))
            continue
        the_role = THE_ROLE_RE.fullmatch(piece) or ((n == 0 or posts_first) and FIRST_POST_RE.fullmatch(piece))
        # ('Clerk, Mrs A': a post opening the list is the next name's; after a name it would be that name's, unless
        # the list ends on a post and its holder: '..., Grounds Manager, B and Office Manager, C')
        if the_role and (ROLE_KEYWORDS.search(piece) or POST_ACRONYM_RE.fullmatch(piece)) and n + 1 < len(pieces) \
                and looks_like_name(pieces[n + 1]) \
                and not looks_like_name(piece):
            pending, group = the_role.group("role"), ""  # (a title before the names has ended)
            continue
        posted = INITIALS_POST_RE.fullmatch(piece) if n else None  # '..., Mr D L Nicholson Deputy Parish Clerk, and
        # Mr D Iley Admin/Finance Office': a titled name and its post, no comma between; or 'the Director Assets – Mrs
        # V Araba': the post, then its titled holder
        held = (posted.group("post"), posted.group("name")) if posted and re.search(
            rf"{ROLE_KEYWORDS.pattern}|(?i:\boffice$)", posted.group("post")) else titled_holder(piece)
        if held and (entry := make_entry(held[1], line, local)):
            entry.role = entry.name.role or held[0]
            clerk(entry)
            entries.append(entry)
            since = len(entries)
            continue
        dashed = re.split(r"\s+[–—-]\s+", piece, maxsplit=1)  # 'Cllr A Bell - Chair', 'A Bell - CAO': the role
        role_after = len(dashed) == 2 and looks_like_name(dashed[0]) and bool(
            ROLE_KEYWORDS.search(dashed[1]) or POST_ACRONYM_RE.fullmatch(dashed[1]))
        if role_after or len(dashed) == 2 and post_then_name(piece):  # after a dash, or before it ('CAO - A Bell')
            entry = dash_entry(piece, line, local)
            if entry:
                clerk(entry)
                entries.append(entry)
                since = len(entries)
            else:
                unread.append(piece)
            continue
        guests = VISITORS_RE.match(piece)
        if guests:
            visitors, piece = guests.group("role").removesuffix("s"), guests.group("name")
        if visitors and not titled(piece):
            entry = make_entry(piece, line, Context(status="in_attendance", capacity="other"))
            if entry:
                entry.role = entry.role or visitors
                entries.append(entry)
                continue
        visitors = None
        plural = GROUP_RE.match(piece) or POST_GROUP_RE.match(piece)
        if plural:
            group = plural.group("title").title()  # 'supervisors A, B' is no 'role Name' in lower case
            group = group.removesuffix("s") if plural.re is POST_GROUP_RE else group  # 'Assistant Superintendents
            # A, B and C': each an Assistant Superintendent
            group = group if titled(f"{group} Smith") else ""  # 'Members A, B': no title
            piece = f"{group} {piece[plural.end():]}".strip()
        elif titled(piece) or LOWER_ROLE_RE.match(piece) or group and ROLE_KEYWORDS.search(piece) \
                and (not looks_like_name(piece) or POST_SURNAME_RE.fullmatch(piece)):
            group = ""  # the piece carries its own title or post ('clerks D and E'), or is a post ('Trustees A, B
            # and C, Grounds Manager, D'), or a post before a surname ('Trustees A and B, Chief C'): the group has ended
        elif group:
            piece = f"{group} {piece}"
        colon = COLON_ROLE_RE.match(piece)
        if colon and looks_like_name(colon.group("name")):  # 'the Clerk: Tom Brindley'
            entry = make_entry(colon.group("name"), line, local)
            if entry:
                entry.role = colon.group("role").strip().title() if colon.group("role").islower() else \
                    colon.group("role").strip()
                clerk(entry)
                entries.append(entry)
                since = len(entries)
                continue
        lower = LOWER_ROLE_RE.match(piece)
        if lower and looks_like_name(lower.group("name")):  # 'local resident G Alan Ramsay'
            entry = make_entry(lower.group("name"), line, local)
            if entry:
                role = lower.group("role")
                the = re.match(r"the\s+", role)  # 'the clerk A. Brown', 'the assistant to the clerk Mrs J. Thorne':
                role = role[the.end():] if the else role  # a post
                office = role.removesuffix("s") if OFFICE_RE.fullmatch(role.removesuffix("s")) else None
                entry.role = entry.role or (office.capitalize() if office else role[:1].upper() + role[1:] if the
                                            else role)
                post = office.capitalize() if office and office != role else None
                clerk(entry)
                entries.append(entry)
                continue
        plural_role = PLURAL_ROLE_RE.fullmatch(piece)
        if plural_role and entries:  # 'A, B and C, Councillors, and D, Clerk': the role of the names before it
            role = plural_role.group(1).title()
            for entry in entries[since:]:
                entry.role = entry.role if entry.role and entry.role != councillor_role(entry.name) else role
            since = len(entries)
            continue
        if re.fullmatch(r"the\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?", piece) \
                and re.search(rf"(?:\band|&)\s+{re.escape(piece)}\W*$", text):
            unread.append(piece)  # '..., County Cllr Webb & the Clerk': an unnamed officer, not Webb's role
            continue
        bare = piece.removeprefix(group).strip() if group else piece
        if COUNTED_RE.match(bare):
            unread.append(piece)  # 'five members of the media (Stratford Press, ...)': people counted, not named
            continue
        if ORGANISATION_RE.search(bare) and not ROLE_KEYWORDS.search(bare) and not looks_like_name(bare):
            if after_name and entries[-1].organisation is None \
                    and not re.search(rf"(?:\band|&)\s+{re.escape(bare)}", text):  # 'John Mertic, Linux Foundation':
                entries[-1].organisation = bare  # the organisation of the person named before it
            else:
                unread.append(piece)  # 'and Police Scotland': an organisation sent apologies, no person did
            continue
        if entries and not looks_like_name(piece) and not (group and make_entry(piece, line, local)) \
                and not (local.surnames and SURNAME_RE.fullmatch(PAREN_NOTE_RE.sub("", piece).strip())) \
                and not post_and_surname(piece) \
                and (ROLE_KEYWORDS.search(piece) or re.fullmatch(rf"[A-Z]{{2,8}}(?:/[A-Z]{{2,8}})*|{DOTTED_POST}",
                                                                   piece)) \
                and not ROLE_THEN_NAME_RE.search(piece) and not post_and_holder(piece):  # 'Meetings Administrator
            # (Ms. F. Green)', 'Chief Executive (John Marsh)': a post and its holder
            extra = PAREN_NOTE_RE.sub("", piece).strip()  # 'Alan Holzer, Chair (AHol)': the role after the name
            extra = re.sub(r"^the\s+(?=[a-z])", "", extra)  # 'Mrs Julie Greenslade, the speaker'
            if re.search(r"[a-z)]\.\s+[A-Z]|:\s", extra) or CLAUSE_RE.search(extra):  # '& Mr J Alun Foulkes (Clerk).
                unread.append(piece)  # Also: County Councilor Mr Arfon Wyn': a sentence and a label run on, no post
                continue  # of the name before; '... and in accordance with ... it was confirmed that ...': a clause
            if entries[-1].role in (None, councillor_role(entries[-1].name)) and ROLE_KEYWORDS.search(extra):
                entries[-1].role = extra
            elif entries[-1].position is None and entries[-1].organisation is None \
                    and not re.fullmatch(MEMBER_TITLE, entries[-1].role or "") \
                    and ROLE_KEYWORDS.search(extra) and not ORGANISATION_RE.search(extra):
                entries[-1].position = extra  # 'Dr A Bell (Secretary to Council), Chief Operating Officer': the
                # post held, the part at the meeting in brackets
            elif extra:
                add_attributes(entries[-1], [extra])
            clerk(entries[-1])
            since = len(entries)
            continue
        posted = post_and_holder(piece)
        if posted:  # 'the Clerk (Mrs J Smith)', 'Chief Executive (John Marsh)': the role printed before the name
            entry = make_entry(posted[1], line, local)
            if entry:
                entry.role = entry.role or posted[0]
                entries.append(entry)
            else:
                unread.append(piece)
            continue
        entry = make_entry(piece, line, Context(**{**local.__dict__, "titled": True}) if group else local)
        if entry is None and post_and_surname(piece):  # 'Fire Company President Ide': named by a post no rule knows
            *post_words, surname = piece.split()
            entry = make_entry(surname, line, Context(**{**local.__dict__, "surnames": True}))
            if entry:
                entry.role = " ".join(post_words)
        if entry is None:
            unread.append(piece)
            continue
        notes = list(entry.name.notes)
        if len(notes) >= 2 and entry.role == notes[0] and entry.organisation is None \
                and not is_initials(notes[1], entry.role):  # ('(School Improvement Director) (SID)': the post's)
            entry.organisation = notes[1]
        if role_before and entry.role in (None, councillor_role(entry.name)):
            entry.role = role_before[:1].upper() + role_before[1:]
            clerk(entry)
            if entry.capacity == "officer" and local.honorific and entry.name.honorific \
                    and entry.name.honorific.startswith(local.honorific):  # 'Councillors A, B and the Parish Clerk,
                # Mrs C': the clerk is no councillor
                honorific = entry.name.honorific.removeprefix(local.honorific).strip() or None
                entry.name = replace(entry.name, honorific=honorific)
        elif shared_post and not group and entry.role is None:  # 'clerks D and E': E is a clerk too
            entry.role, post = shared_post, shared_post
        entries.append(entry)
    if context.status != "present" or context.guest:
        return entries
    return officers_after_members(guests_after_members(entries))
