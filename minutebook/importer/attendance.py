"""Attendance in every layout the packs use: tab tables, `*`/`†` grids (one or two columns, or flattened
onto one line), 'Apologies were received from' sentences, 'In attendance' lists, officer lists.

The region before a minutes part's first item is read line by line; a table of label rules sets what
the lines that follow mean (who is present, who sent apologies, who attended as an officer); each line under a
label is read as its people by attendance_rows.
"""

from __future__ import annotations

import re

from .attendance_cells import MARK_RE
from .attendance_headings import NOBODY_RE, PARTICULARS_RE
from .attendance_labels import LEGEND_RE, Context, label_of, role_apart, split_labels, whole_label
from .attendance_layout import (
    columns,
    hanging,
    indented_under,
    label_columns,
    label_over_lines,
    plain,
    post_rows,
    unwrap,
    wrapped_labels,
)
from .attendance_lines import (
    OFFICER_LINE_RE,
    all_names,
    bulleted,
    continues_list,
    listed_line,
    members_by_place,
    members_unlabelled,
    one_a_line,
    paragraph_after,
    posts_held,
    roster,
    roster_line,
    titled_roster,
    wrapped_list,
)
from .attendance_order import (
    attendance_alone,
    label_kind,
    others_beside_members,
    surnames_so_far,
    without_initials_named,
)
from .attendance_posts import board_officers, staff_among_members
from .attendance_prose import (
    PRESIDED_AS_POST_RE,
    UNFINISHED_RE,
    answered_roll,
    paragraphs,
    prose_entries,
    with_presider,
)
from .attendance_rows import PROSE_RE, read_row
from .drafts import AttendanceDraft
from .lines import Line
from .listpieces import INITIALLED_RUN_RE
from .nameentry import make_entry
from .namelist import sentence_entries
from .nameposts import TITLED_RUN_RE, post_then_name
from .names import ABBREVIATED, ORGANISATION_LEAD, POST_NOMINALS_RE, looks_like_name, parse_name, without_post_nominals
from .rollcall import header_of, listed_above, read_table
from .starts import next_texts

# A sum of money ('$17,943.00', '£2.50', '1,949.00'), or a dated row ending in an amount ('67750  11/1/22  A Payee
# 15.00'): a line with one is a row of accounts (payments, a budget), never a person. A time ('7.30pm', 'at 7.45')
# has neither a currency sign, thousands nor a date beside it.
AMOUNT_RE = re.compile(r"[$£€]\d{1,3}(?:,?\d{3}){0,4}\.\d{2}\b|(?<![\w.,])\d{1,3}(?:,\d{3}){1,4}\.\d{2}\b"
                       r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b.{1,120}?\s\d{1,9}\.\d{2}$")


# A label this module does not know ('Contact:', 'Tel:', a form's '(a)   Subject:'): the list above it has ended.
UNKNOWN_LABEL_RE = re.compile(r"^(?:\([a-z\d]{1,3}\)\s{1,8})?[A-Z][A-Za-z -]{1,25}:(?:\s|$)")
# ... unless it is a post before its holder, under a list's label: 'Others present:' / 'Exec. Director: Tracy Teal'.
# A sentence's end: a full stop after a word (not after a title: 'Ms. Nina L. Villa'), then a capital.
SENTENCE_END_RE = re.compile(r"(?<=[a-z)])" + "".join(rf"(?<!\b{word})" for word in ABBREVIATED) + r"\.\s+(?=[A-Z])")
# ('Cyng.': a Welsh councillor's title; 'Asst. GM Administration': a post's abbreviation)
# Those attending with the members listed, at the list's end: '..., Cllr A Brewer with Sam Winter (Town Clerk) and
# Sally Jones (RFO) in attendance.' (read as a label of their own: '. In attendance: ...')
WITH_ATTENDING_RE = re.compile(r"\s+with\s+(?P<names>[A-Z][^.]{2,200}?)\s+in\s+attendance\.?$")
# A member absent and who voted for them, under a label of proxies: 'Tim Couwelier > Thibault Molleman', 'A -> B'.
PROXY_RE = re.compile(r"^(?:[-*•]\s+)?(?P<name>[^<>→]{3,60}?)\s*(?:->|→|>)\s*(?P<holder>\S.{2,60})$")


# One bullet an organisation, its people after a colon, under an attendance label: '- Flanders: A, B, C'.
ADMINISTRATION_RE = re.compile(rf"^[-*•]\s+(?P<body>{ORGANISATION_LEAD}):\s+(?P<names>[A-Z].+)$")


MARKED_RE = re.compile(r"\s*(?:#{1,6}\s.*|(?:\*\*|__)[^*_]+(?:\*\*|__))\s*")  # a line the file marks a heading


LIST_NUMBER_RE = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z])")  # a numbered list's number before a name


# The words over a table's columns of people: 'Name | Title', 'Member | Organisation'.
COLUMN_HEAD_RE = re.compile(r"(?i)(?:full\s+)?(?:names?|titles?|positions?|roles?|posts?|offices?|organi[sz]ations?|"
                            r"compan(?:y|ies)|representing|affiliations?|members?|departments?|agenc(?:y|ies)|"
                            r"initials)")


def _names_only(sentence: str) -> bool:
    """A sentence that is names alone, two or more, set apart by commas ('S. Eastwood, M. Lund ,Mrs M. McArdle')."""
    pieces = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+", sentence) if p.strip()]
    return len(pieces) >= 2 and all(looks_like_name(p) for p in pieces)


def parse_region(lines: list[Line]) -> tuple[list[AttendanceDraft], list[Line]]:
    """Attendance entries found in `lines`, and the lines that were not attendance (kept as text)."""
    places: dict[int, str] = {}  # line number -> the place its members sit for ('Careston - Mr J. Adamson')
    lines = members_by_place(split_labels(lines), places)
    originals: dict[int, Line] = {}
    for line in lines:  # (a line cut in two, a sentence then a label: the sentence is the line's text to keep)
        originals.setdefault(line.number, line)
    entries: list[AttendanceDraft] = []
    prose: list[Line] = []  # a roll call told in sentences: its people read, its text kept
    before: list[Line] = []
    for paragraph in paragraphs(lines):
        found = prose_entries(paragraph, before=before)
        before = [] if found else paragraph  # (who presided, told in a paragraph of its own before the roll call)
        if found:
            entries.extend(found)
            prose.extend(paragraph)
    if prose:
        told = {id(line) for line in prose}
        lines = [line for line in lines if id(line) not in told]
    index, rest = 0, []
    while index < len(lines):  # roll-call tables first: their columns are read by position, before gaps go
        if header_of(lines[index], listed_above(lines, index)):
            found, index = read_table(lines, index)
            entries.extend(found)
            continue
        rest.append(lines[index])
        index += 1
    laid_out = {line.number for line in rest if not line.blank}  # the lines the layout pass may join into others
    lines = label_over_lines(indented_under(label_columns(post_rows(plain(rest)))))
    lines = unwrap(columns(hanging(wrapped_labels(lines))))
    leftover: list[Line] = []
    context: Context | None = None
    grid = any(MARK_RE.search(line.text) for line in lines)
    paragraph: list[Line] = []

    def flush_sentence() -> None:
        if paragraph and context is not None:
            joined = re.sub(r"(?<=\w)-\s+(?=[A-Z])", "-", " ".join(p.stripped for p in paragraph))  # "Reid-/McConnell"
            joined = WITH_ATTENDING_RE.sub(lambda m: f". In attendance: {m.group('names')}", joined)
            current: Context | None = context
            unread: list[str] = []
            for n, sentence in enumerate(SENTENCE_END_RE.split(joined)):
                labelled = label_of(sentence) if n else None  # '... and D. Also in attendance was E'
                if n and (answered := answered_roll(sentence, paragraph[0])):
                    entries.extend(answered)  # '... called the roll. Supervisor A- present, Councilman B - present'
                    continue
                if labelled:
                    current = Context(**{**Context().__dict__, **labelled[0]})
                    sentence = labelled[1]
                elif n and not _names_only(sentence):
                    unread.append(sentence)  # a sentence that is not a list ends it (names alone go on with it:
                    break  # 'Present: A, Mrs B. Stitt. S. Eastwood, M. Lund': a full stop typed for a comma)
                entries.extend(sentence_entries(sentence, paragraph[0], current, unread=unread))
            if unread:  # a piece no rule reads: the paragraph stays text too
                leftover.extend(originals.get(line.number, line) for line in paragraph)
        paragraph.clear()

    marks: list[tuple[int, str]] = []  # (entries so far, the kind of label) at each label: which list is which
    wrapped: dict[int, set[int]] = {}  # line number -> columns already read as the end of the name above
    def keep(index: int, line: Line) -> None:
        """A line left as text, with every printed line joined into it (a list wrapped over lines): never dropped."""
        end = next((later.number for later in lines[index + 1:] if later.number > line.number), max(originals) + 1)
        leftover.append(originals.get(line.number, line))
        leftover.extend(originals[n] for n in range(line.number + 1, end) if n in laid_out and n in originals)

    post_line: int | None = None  # the line a post's label names its holder on ('Chair: A'): the post ends there
    wrapped_to = 0  # the last line of a list wrapped over lines under a label alone (attendance_lines.wrapped_list)
    before_post: Context | None = None  # the list the post's line was printed in
    for index, line in enumerate(lines):
        if POST_NOMINALS_RE.search(line.text):  # 'Councillor A Bell, MBE, JP (Chair)': the letters after the name
            line = Line(line.file, line.number, without_post_nominals(line.text), line.raw)
        text = line.text.strip()
        if text and post_line is not None and line.number != post_line:
            flush_sentence()  # ('Notetaker: A' / a table of the agenda's items: no more of the post's holders; a
            if context is not None and context.post:  # 'Clerk: A' / 'B': the post was A's, the officers' list goes on
                context.role, context.post = None, False
            else:  # 'Chair - A' / 'Treasurer - B')
                context = before_post if post_then_name(text) else None
            post_line = None
        if not text:
            if context and context.sentence and paragraph and not UNFINISHED_RE.search(paragraph[-1].text):
                flush_sentence()  # (but not within a list a blank line cuts after a comma: 'A, B,' / '' / 'C and D.')
                context = None  # the sentence's paragraph has ended: 'Councillor X, Convener, presiding.' is text
            continue
        if LEGEND_RE.match(text):
            flush_sentence()
            context = None
            continue
        if PARTICULARS_RE.match(text.rstrip(":")):  # ('### Location and Time' after the attendance: the meeting's
            flush_sentence()  # place, no names; a heading's mark is not kept in the attendance's lines)
            context = None
            keep(index, line)
            continue
        if PRESIDED_AS_POST_RE.match(text):
            flush_sentence()  # 'The Cathaoirleach, Councillor A Bell presided.': who presided (with_presider), no
            context = None  # one of the list above
            keep(index, line)
            continue
        if AMOUNT_RE.search(text):
            flush_sentence()  # a row of accounts ('67750  11/1/22  A Payee  15.00') ends the list; kept as text
            context = None
            keep(index, line)
            continue
        whole = whole_label(text)  # 'PRESENT' as a heading: a label
        if text == text.upper() and re.search(r"[A-Z]{3}", text) and not MARK_RE.search(text) and ":" not in text \
                and not whole:
            flush_sentence()
            context = None  # a heading such as 'PRAYERS' or 'RECOMMENDED ITEMS' ends the attendance
            keep(index, line)
            continue
        marked = line.heading or MARKED_RE.fullmatch(line.raw or "")  # ('**NCD Contractor**', '## Guests')
        if marked and not whole and context is not None and label_of(text + ":") is None:
            keep(index, line)  # '**NCD Contractor**' under the attendance: a group's name over its people, no person
            if text.endswith(":"):  # ('**Topics:**' a label this table does not know: the list has ended)
                flush_sentence()
                context = None
            continue
        text = re.sub(r"^[-•]\s+(?=[*†‡])", "", text)
        if context is not None and (numbered := LIST_NUMBER_RE.match(text)):  # '1.  Philippe Robin (Arm)*' under a
            text = text[numbered.end():]  # label: a numbered list of people, its numbers no part of a name
            line = Line(line.file, line.number, text, line.raw)
        if context is not None and len(MARK_RE.findall(text)) == 1 and text.startswith("* ") \
                and (context.status in ("apologies", "absent") or bulleted(lines, index)):  # '* Liam Maxwell
            # (DCMS)' under 'Apologies', '* Rob Laurence - Innovate Identity' among others so marked: a list's bullet
            text = text[2:]
            line = Line(line.file, line.number, text, line.raw)
        cells = [c.strip() for c in line.text.rstrip().split("\t")]
        if len(cells) > 1 and all(COLUMN_HEAD_RE.fullmatch(cell) for cell in cells):  # 'Name | Title': the table's
            keep(index, line)  # header row, no person
            continue
        labelled = label_of(cells[0]) if cells and cells[0] else None
        held = posts_held(text) if context is not None and not labelled else []
        made = [(post, entry) for post, name in held if (entry := make_entry(name, line, context))]
        if held and len(made) == len(held):  # 'Exec. Director: Tracy Teal' under 'Others present:'
            for post, entry in made:
                entry.role = post
                entries.append(entry)
            continue
        if not labelled and UNKNOWN_LABEL_RE.match(text) and not MARK_RE.search(text):
            flush_sentence()  # 'Contact: ...', 'Tel: ...': a label this table does not know ends the list (the list
            context = None  # read before it, as far as it went)
            keep(index, line)
            continue
        if labelled and not labelled[1] and ":" not in text and context is not None \
                and context.status == "in_attendance" and not labelled[0].get("status") and "members" in text.lower():
            keep(index, line)  # 'In Attendance' / ... / 'Members of the Executive Management Team': a group there,
            continue  # unnamed, no label for the members' list
        if labelled:
            flush_sentence()
            marks.append((len(entries), label_kind(cells[0])))
            before_post = context
            settings, rest = labelled
            base = Context(grid=grid) if not (context and settings and settings.keys() <= {"role", "honorific"} and
                                              context.status != "present" and not role_apart(settings, context)) \
                else Context(**context.__dict__)
            if settings.get("status") or settings.get("capacity"):
                base = Context(grid=grid)
            for key, value in settings.items():
                setattr(base, key, value)
            base.surnames = base.surnames or surnames_so_far(entries)  # 'Present: A, B, C' / 'Absent: D'
            context = base
            cells = [rest, *cells[1:]] if rest else cells[1:]
            text = "\t".join(cells).strip()
            post_line = line.number if text and (set(settings) == {"role"} or context.post) else None
            if not text:
                under = paragraph_after(lines, index)  # the list under a label alone on its line
                wrapped_to = wrapped_list(under)
                context.sentence = context.sentence and not one_a_line(under) or bool(wrapped_to)
                continue
            if NOBODY_RE.match(text):  # 'Absent: None' / 'Student Board Member: A': the next label's own list
                context = None
                continue
            below = next_texts(lines, index, 1)  # (the next line with text: a converter may set a blank between)
            if len(cells) == 1 and not MARK_RE.search(text) and (re.search(r",|; | and |\S\s*/\s", text)
                                                                  or INITIALLED_RUN_RE.fullmatch(text)  # ('A Bell B
                                                                  # D Hale C Lind': their commas lost)
                                                                  or len(TITLED_RUN_RE.findall(text)) >= 2
                                                                  and not re.search(r"\s[a-z]+\s", text)) \
                    and not (roster_line(text) and below and roster_line(below[0][1])) \
                    and not (below and below[0][0] == index + 1 and listed_line(text) and listed_line(below[0][1])):
                # (but 'Staff Present: Jane Doe, Clerk' / 'Mark Lee, Treasurer'; 'Others: A, Brooks Bulletin' / 'B,
                # Brooks Bulletin' printed line under line: a name and its post or organisation a line, read so)
                context.sentence = True
                paragraph.append(Line(line.file, line.number, text, line.raw))
                continue
        grouped = ADMINISTRATION_RE.match(text) if context is not None else None
        body = grouped.group("body") if grouped else ""
        if grouped and label_of(body + ":") is None and (body.isupper() or not looks_like_name(body)
                                                          or all_names(grouped.group("names"))):
            for entry in sentence_entries(grouped.group("names"), line, context):  # '- Flanders: A, B, C'
                entry.organisation = entry.organisation or body
                entries.append(entry)
            continue
        if context is None and roster(lines, index):
            context = Context(grid=grid)  # 'Honorable A, President' / 'B, City Solicitor': a roster with no label
        officer = OFFICER_LINE_RE.match(text) if context is None and entries else None
        if officer and looks_like_name(officer.group("name")):  # 'Jo Moss – Clerk and 2 members of the public.'
            entry = make_entry(officer.group("name"), line, Context(status="in_attendance", capacity="officer"))
            if entry:
                entry.role = officer.group("role")
                entries.append(entry)
                continue
        if context is None and (members_unlabelled(text) or titled_roster(text)):  # 'Councillors A (Chairman), B
            # and C' under the title; 'Mayor A, Trustee B, Trustee C, Village Clerk D' under the sentence that they met
            unread = []
            found = sentence_entries(text, line, Context(status="present"), unread=unread)
            if len(found) >= 2 and not unread:
                entries.extend(found)
                continue
        if context is None:
            keep(index, line)
            continue
        proxy = PROXY_RE.match(text) if context.status == "absent" else None
        if proxy and (entry := make_entry(proxy.group("name"), line, context)):  # 'A > B' under 'Votes by proxy:'
            entries.append(entry)
            continue
        pair = re.match(r"^(.+?)\s+(?:for|in place of|substituting for)\s+(.+)$", text) if context.substitutes else None
        if pair:
            entry = make_entry(pair.group(1), line, context, "substitute")
            if entry:
                entry.substitute_for = parse_name(pair.group(2))
                entries.append(entry)
                continue
        if context.sentence and paragraph and line.number > wrapped_to and (not continues_list(paragraph[-1].text, text)
                                               or PROSE_RE.search(text) and not re.search(r"[,;&(-]\s*$",
                                                                                         paragraph[-1].text)):
            flush_sentence()  # 'o Commissioners Absent: A, B' / 'Meeting called to order ...': the list has ended
            context = None
            keep(index, line)
            continue
        if context.sentence and not MARK_RE.search(text) and "\t" not in line.text:
            paragraph.append(Line(line.file, line.number, text, line.raw))
            continue
        found, kept = read_row(line, text, cells, context, lines, index, entries[-1] if entries else None, wrapped)
        entries.extend(found)
        if kept:
            keep(index, line)
    flush_sentence()
    entries = without_initials_named(entries, lines)
    entries = with_presider(lines, entries)  # ('The meeting was called to order ... by A, Chair.' / 'Present: B')
    others_beside_members(entries, marks)
    attendance_alone(entries, marks)
    if prose:
        leftover = sorted([*leftover, *prose], key=lambda line: line.number)
    for entry in (e for e in entries if e.line.number in places):
        entry.position = entry.position or places[entry.line.number]
    return staff_among_members(board_officers([e for e in entries if e.name.name])), leftover
