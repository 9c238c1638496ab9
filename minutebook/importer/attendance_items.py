"""Attendance printed as a minute of its own: '1. Committee Members Present were: A, B (chair) and C',
'1. Apologies; A, B', '3682. To receive apologies for absence: Cllr A.', or a heading 'Welcome and
Apologies' over a paragraph that is nothing but names.

Only the item's heading and its first paragraph are read; the rest of the item is left to the block rules.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from .attendance import parse_region
from .attendance_headings import says_who_attended
from .attendance_labels import NEXT_LABEL_RE, label_of, strip_lead, whole_label
from .attendance_prose import paragraphs, prose_entries
from .attendance_rows import PROSE_RE
from .attendance_text import PERSONAL_TITLE_RE
from .drafts import AttendanceDraft, ItemDraft
from .lines import Line, first_paragraph
from .listpieces import split_top
from .nameentry import ROLE_KEYWORDS
from .nameposts import dash_named
from .names import ORGANISATION_RE, OTHER_TONGUE, councillor_role, looks_like_name, parse_name
from .rollcall import header_of, read_table

APOLOGIES_TITLE_RE = re.compile(rf"(?i)^{OTHER_TONGUE}(?:(?:welcome|introductions?)(?:,| and) )?"  # ('Ymddiheuriadau /
                                r"(?:to (?:receive|note|accept) (?:any )?)?apologies(?: for absence)?"  # Apologies')
                                r"(?: and [\w ]{1,30})?$")

# A paragraph going on from its heading's words, the heading its subject: 'were received from: A and B'.
TITLE_GOES_ON_RE = re.compile(r"(?:were|was|have\s+been|had\s+been)\s+(?:received|submitted|tendered|noted)\b")
ROSTER_LINES = 40  # lines of a roll call's minute read for a roster printed without a label
ROSTER_TITLE_RE = re.compile(r"(?i)^(?:roll ?call|attendance|attendees|present|members present|"
                             r"calling\s+of\s+the\s+roll(?:\s+and\s+apologies(?:\s+for\s+absence)?)?)"
                             r"(?:\s+(?:and|&)\s+(?:roll ?call|attendance))?\W*$")  # the whole title ('Attendance and
# Roll Call', 'Calling of the Roll and Apologies for Absence')

# A heading that says its minute is the roll call: 'Call to Order & Roll Call', 'Roll Call', 'Attendance', 'Calling
# of the Roll and Apologies for Absence' (as Scottish councils title it).
ROLL_CALL_TITLE_RE = re.compile(r"(?i)\broll ?call\b|\bcall(?:ing)?\s+of\s+the\s+roll\b|"
                                r"^(?:record\s+of\s+)?attendance\b")  # ('RECORD OF ATTENDANCE/
# APOLOGIES & APPROVED LEAVE OF ABSENCE', as Australian councils title it)
ROLL_CALL_WORDS_RE = re.compile(r"(?i)\broll ?call\b")


LABELLED_AFTER = 3  # labelled paragraphs that may follow a roll call told in prose
LISTED_PARAGRAPHS = 40  # paragraphs after a label that its lists may run to, one person a paragraph


def _opening_roll_call(item: ItemDraft) -> list[AttendanceDraft]:
    """A roll call told in prose under the minutes' first heading ('INTRODUCTORY' / '... the roll was taken
    with the following results: Council Members A, B and C were present'): read as the region above it is."""
    found: list[AttendanceDraft] = []
    roll_call = bool(ROLL_CALL_TITLE_RE.search(item.title))
    opening = paragraphs(item.lines)
    for n, paragraph in enumerate(opening[:3]):
        if roll_call and label_of(paragraph[0].text) and PROSE_RE.search(paragraph[0].text) is None:
            continue  # 'Directors Present: A, B' / 'Staff Present: ...': labelled lists, `_opening_labels`' to read
        told = prose_entries(paragraph, roll_call=roll_call)
        found.extend(told)
        if told:  # labelled paragraphs straight after the roll call go on with it ('Commissioners Present: A, B
            for later in opening[n + 1:n + 1 + LABELLED_AFTER]:  # and C were present.' / 'Management and Staff:
                if not label_of(later[0].text) or prose_entries(later, roll_call=roll_call):  # D, Port Manager')
                    break
                found.extend(parse_region(later)[0])
    return found


def _present_first(item: ItemDraft) -> list[Line]:
    """A roll call's lines, those present first under no label ('1. Roll call' / '  Paul Grosso' / '  Dick Hamilton' /
    'Absent:' / '  Dennis Evans'): read as labelled present, as the heading says they answered."""
    lines = item.lines[:ROSTER_LINES]
    at = next((i for i, line in enumerate(lines) if not line.blank), None)
    if at is not None and lines[at].number == item.line.number + 1 and _other_tongue(lines, at):
        lines = lines[at + 1:]  # the title in another language under it: no name
    first = next((line for line in lines if not line.blank), None)
    if first is None or label_of(first.text):
        return lines
    return [Line(first.file, first.number, "Present:", first.raw), *lines]


def _other_tongue(lines: list[Line], at: int) -> bool:
    """`lines[at]`, a line of its own straight under the heading, over a blank line, with no comma or sentence's end
    and a word in lower case: the title printed again in another language ('Calling of the Roll' / 'A’ Gairm a’ Chlàir
    agus Leisgeulan'), as bilingual councils print every heading."""
    line = lines[at]
    return (at + 1 >= len(lines) or lines[at + 1].blank) and not re.search(r"[,.;:]", line.stripped) \
        and bool(re.search(r"\s[a-zà-ÿ’']", line.stripped)) and not label_of(line.text)


def _opening_labels(item: ItemDraft, first: bool = False) -> list[AttendanceDraft]:
    """Attendance labelled under the minutes' first heading, as the points of an outline ('• Preliminary
    Business' / 'o Members Present: A, B' / 'o Members Absent: C'): the first paragraph, when it opens with an
    attendance label; or a later one under a 'Roll Call' line ('Call to Order (A)' / 'The meeting was called to
    order ...' / 'Roll Call' / 'Present:' / 'A, president' / ... / 'Absent:' / 'B, member'); or, under a heading
    that says it is the roll call, a later paragraph opening with a label ('CALL TO ORDER AND ROLL CALL' / 'The
    meeting was called to order ...' / 'Present: Mayor A, Council President B, and Councilors C and D.'); or, under
    the minutes' `first` heading, a later paragraph opening with a label for the members ('1) Call to order: The
    meeting was called to order by Mayor A ...' / 'Council in Attendance:' / 'A' / 'B', or 'PRESENT: A, B')."""
    opening = paragraphs(item.lines)
    paragraph = first_paragraph(item.lines)
    if paragraph and label_of(paragraph[0].text):
        return parse_region(_with_labels_after(paragraph, opening[1:LISTED_PARAGRAPHS]))[0]
    for n, later in enumerate(opening[1:4], 1):
        if len(later) > 1 and ROLL_CALL_TITLE_RE.search(later[0].stripped) and len(later[0].stripped) < 20 \
                and label_of(later[1].text):
            return parse_region(later[1:])[0]
        said = label_of(later[0].text)
        if first and said and said[0].get("status", "present") == "present" and not said[0].get("capacity") \
                and not PROSE_RE.search(later[0].text):
            if whole_label(later[0].stripped):
                return parse_region(_lists_from(item.lines, later[0], opening[n:n + LISTED_PARAGRAPHS]))[0]
            if re.match(r"[^:\t]{1,40}:\s*\S", later[0].stripped) and not COLUMNS_RE.search(later[0].stripped):
                return parse_region(_with_labels_after(later, opening[n + 1:n + LISTED_PARAGRAPHS]))[0]  # ('PRESENT:
                # Trustees: A, B, Library Director: C' under the call to order's sentence; not a table's header row)
        if ROLL_CALL_WORDS_RE.search(item.title) and said:  # not 'Attendance by
            # Substitute Members' over 'Ordinary Member<tab>Reserve Member': a table of substitutes
            return parse_region(_with_labels_after(later, opening[n + 1:n + LISTED_PARAGRAPHS]))[0]
    return []


SUBSTITUTES_TITLE_RE = re.compile(r"(?i)^(?:(?:appointment|notification)s?\s+of\s+)?substitut(?:e|ion)s?"
                                  r"(?:\s+members)?\W*$")
VISITORS_TITLE_RE = re.compile(r"(?i)^(?:(?:recognition|introduction|welcome)\s+of\s+)?(?:visitors|guests)\W*$")
PRESIDED_LINE_RE = re.compile(r"^(?:\S+\s+){1,6}(?:presided|was\s+in\s+the\s+chair)(?:\s+over\s+the\s+meeting)?\.?$")
COLUMNS_RE = re.compile(r"\S {3,}\S")  # a gap between a name and a post set in columns


def _with_labels_after(paragraph: list[Line], after: list[list[Line]]) -> list[Line]:
    """A labelled paragraph with the labelled ones straight after it ('Present: 7 - A, B, ...' / '' / 'Absent: 1 -
    C': each list a paragraph of its own), and under a label alone on its line the list of people set one a paragraph
    ('1.  Premier Members' / '' / '1.  A (Arm)*' / '' / '2.  B (Oracle)*' / '' / '2.  Guests / Observers' ...)."""
    labelled = [*paragraph]
    listing = _bare_label(paragraph)
    for later in after:
        if len(later) == 1 and PRESIDED_LINE_RE.search(later[0].stripped):
            continue  # 'Chairman Councillor A presided over the meeting' between the members and 'Also present ...'
        if label_of(later[0].text):
            listing = _bare_label(later)
        elif not (listing and (len(later) == 1 or all(COLUMNS_RE.search(line.stripped) for line in later))
                  and not any(PROSE_RE.search(line.stripped) for line in later)):
            break  # (a list under a label alone: its people a paragraph each, or one a line, a name and a post in
            # columns: 'Members' / '' / 'Cr C Crosby     Shire President' / 'Cr M Tuffley     Member')
        labelled.extend(later)
    return labelled


def _lists_from(lines: list[Line], label: Line, after: list[list[Line]]) -> list[Line]:
    """The lines from a label down to the last of the lists that follow it, blank lines kept: each paragraph a label
    or people one a line ('Council in Attendance:' / '' / 'A' / 'B' / '' / 'Staff in Attendance:' / ...)."""
    last = label
    for paragraph in after:
        if not (label_of(paragraph[0].text) or all(COLUMNS_RE.search(line.stripped) or looks_like_name(line.stripped)
                                                   for line in paragraph)) \
                or any(PROSE_RE.search(line.stripped) for line in paragraph):
            break
        last = paragraph[-1]
    return [line for line in lines if label.number <= line.number <= last.number]


def _bare_label(paragraph: list[Line]) -> bool:
    return len(paragraph) == 1 and whole_label(paragraph[0].text)


def _anyone_present(entries: list[AttendanceDraft]) -> bool:
    return any(entry.status == "present" for entry in entries)


def _beside(told: list[AttendanceDraft], more: list[AttendanceDraft]) -> list[AttendanceDraft]:
    """The entries read one way and those another way read of people the first did not name, in the order the
    minutes print them (the members before 'Also present were ...' after them)."""
    named = {entry.name.name for entry in told}
    return sorted(told + [entry for entry in more if entry.name.name not in named], key=lambda entry: entry.line.number)


def _officers_after_councillors(entries: list[AttendanceDraft]) -> list[AttendanceDraft]:
    """'Cr A Smith   Shire President' / ... / 'Mr F Black   Chief Executive Officer': in a roster of titled
    councillors, someone after them with a personal title and a post attends as an officer."""
    first = next((n for n, entry in enumerate(entries) if councillor_role(entry.name)), None)
    for entry in entries[first + 1:] if first is not None else []:
        personal = PERSONAL_TITLE_RE.match(entry.name.honorific or "")
        if entry.status == "present" and personal and entry.role and ROLE_KEYWORDS.search(entry.role):
            entry.status, entry.capacity = "in_attendance", entry.capacity or "officer"
    return entries


def _names_alone(paragraph: list[Line], label: str) -> list[AttendanceDraft] | None:
    """A paragraph of names and nothing else under a heading that says whose they are ('Apologies' / 'A, B and C'),
    or of a name and a post a line: read as if labelled so; None where it holds anything but names."""
    named = list(takewhile(lambda line: dash_named(line.stripped), paragraph))  # a name and a post a line: 'Abion
    if named and (len(named) == len(paragraph) or len(named) >= 2):  # Muntanga - WDC Chairperson (Mayoba)', read
        heading = Line(paragraph[0].file, paragraph[0].number, f"{label}:", paragraph[0].raw)  # under its label line
        return parse_region([heading, *named])[0]  # by line (two or more such lines before a sentence run on under
        # them: 'Quorum of 25 members was not achieved ...')
    text = " ".join(line.stripped for line in paragraph).rstrip(".")
    text = re.split(r"(?<=[a-z)])\.\s+(?=The\s|These\s|They\s|All\s)", text, maxsplit=1)[0]  # ('A, B (work) and C
    # (leave). The meeting accepted these as proper reasons ...': the names, then a sentence about them)
    pieces = split_top(text) if paragraph else []
    if not pieces or PROSE_RE.search(text) or not all(looks_like_name(p) for p in pieces):
        return None
    return parse_region([Line(paragraph[0].file, paragraph[0].number, f"{label}: {text}", paragraph[0].raw)])[0]


def _unlabelled_then_labelled(paragraph: list[Line]) -> list[AttendanceDraft]:
    """A roll call's names, those first under no label and then groups each under its own ('Mayor A; Councilmembers:
    B, C, D.'): all who answered, read as if the first group were labelled present; none where the first group holds
    anything but names, or no label follows it."""
    text = " ".join(line.stripped for line in paragraph[:1])
    cuts = [m for m in NEXT_LABEL_RE.finditer(text) if label_of(text[m.end():])]
    if not cuts or label_of(text) or not all(looks_like_name(p) for p in split_top(text[:cuts[0].start()]) or [""]):
        return []
    return parse_region([replace(paragraph[0], text=f"Present: {text}")])[0]


# A minute headed by the guest it heard: 'Guest Speaker: Sue MacPhail, Canadian Cancer Society.', 'Guest Speaker:
# Acting Mayor Bill Harper, New Westminster City Council member.' (an agenda's is the guest invited, not heard).
GUEST_SPEAKER_RE = re.compile(r"(?i)^guest\s+speakers?\s*:\s*(?P<name>[^,]{3,60}?)(?:,\s*(?P<rest>[^,]{2,80}?))?\.?$")


def _guest_speaker(item: ItemDraft) -> list[AttendanceDraft]:
    """The guest a minute's heading names, in attendance: the organisation or post after the name as printed
    ('New Westminster City Council member': of the City Council)."""
    match = GUEST_SPEAKER_RE.match(item.title.strip())
    name = parse_name(match.group("name")) if match and looks_like_name(match.group("name")) else None
    if name is None:
        return []
    rest = re.sub(r"(?i)\s+member$", "", match.group("rest") or "").strip()
    organisation = rest if rest and ORGANISATION_RE.search(rest) else None
    return [AttendanceDraft(name=name, line=item.line, status="in_attendance", capacity="other",
                            role=name.role or (rest if rest and organisation is None else None),
                            organisation=organisation)]


def item_attendance(item: ItemDraft, *, first: bool = False) -> list[AttendanceDraft]:
    """The people an attendance minute names (none when the item is not one); the first minute's roll call
    told in prose."""
    if item.kind != "minutes":
        return []
    if guest := _guest_speaker(item):
        return guest
    heading = Line(item.line.file, item.line.number, strip_lead(item.line.text), item.line.raw)
    labelled = label_of(heading.text)
    listed = labelled and (labelled[0].get("status") or not labelled[0]) and labelled[1]
    roll_call = bool(ROLL_CALL_TITLE_RE.search(item.title))  # 'ROLL CALL' / 'Present: A, B' wherever it comes
    paragraph = first_paragraph(item.lines)
    if roll_call and not listed and (grouped := _unlabelled_then_labelled(paragraph)):
        return grouped  # 'ROLL CALL' / 'Mayor A; Councilmembers: B, C.'
    if (first or roll_call) and not listed:  # '1. Members Present were: A, B,' / 'C and D. Also ...': the
        # heading's list first
        told = _opening_roll_call(item)
        if not _anyone_present(told) or len(told) == 1:  # 'Members present: A, B. Members absent: C.' / 'Also
            told = _beside(told, _opening_labels(item, first))  # present: Superintendent D': the prose read only D;
            # 'called to order by Mayor A' / 'Council in Attendance:': the prose read only who presided
        if ROSTER_TITLE_RE.match(item.title.strip()) and not _anyone_present(told) \
                and not (paragraph and PROSE_RE.search(paragraph[0].text)):  # 'ATTENDANCE' / 'Cr A Smith
            told = _beside(told, _officers_after_councillors(parse_region(_present_first(item))[0]))  # ...': a
            # roster with no label
        if told:
            return told
    if roll_call and not listed and (named := _names_alone(paragraph, "Present")) is not None:
        return named  # '1. Attendance and Roll Call' / 'Chairman A, B, C, ...': the members who answered
    if listed:
        if paragraph and heading.text.rstrip().endswith(paragraph[0].stripped):
            paragraph = paragraph[1:]  # the heading's list carried on as the item's first line: read it once
        entries, _ = parse_region([heading, *paragraph])
        return entries
    if labelled and (labelled[0].get("status") or not labelled[0]) and paragraph:  # '1. Present at the meeting:' /
        if heading.text.rstrip().endswith(":") and (entries := parse_region([heading, *paragraph])[0]):  # 'Susan
            return entries  # Koenig (SK)' / ...: the heading the list's label
        if ROSTER_TITLE_RE.match(item.title.strip()) and (entries := parse_region([heading, *item.lines])[0]):
            return entries  # '2 PRESENT' / 'Cr A (Mayor)' / '' / 'Cr B' / ...: one a paragraph
    for index, line in enumerate(item.lines[:40]):  # 'Attendee Name   Title   Status' under 'ROLL CALL'
        if header_of(line):
            return read_table(item.lines, index)[0]
    if VISITORS_TITLE_RE.match(item.title.strip()) and paragraph:  # 'RECOGNITION OF VISITORS' / 'Visitors included
        return [e for e in prose_entries(paragraph) if e.status == "in_attendance"]  # A (IT), B (Physics).'
    if SUBSTITUTES_TITLE_RE.match(item.title.strip()):  # 'Appointment of Substitute Members' / ... / 'Councillor A
        for later in paragraphs(item.lines)[:4]:  # had been appointed as a substitute member for Councillor B.'
            bare = [Line(line.file, line.number, strip_lead(line.text), line.raw) for line in later]
            if told := [e for e in prose_entries(bare) if e.status == "substitute"]:
                return told
    if APOLOGIES_TITLE_RE.match(item.title.strip()) and paragraph:
        if TITLE_GOES_ON_RE.match(paragraph[0].stripped):  # '2 Apologies' / 'were received from: Councillors A & B':
            first_line = paragraph[0]  # the title the sentence's subject
            joined = [replace(first_line, text=f"Apologies {first_line.stripped}"), *paragraph[1:]]
            if told := [e for e in parse_region(joined)[0] if e.status == "apologies"]:
                return told
        if (named := _names_alone(paragraph, "Apologies")) is not None:
            return named
        bare = [Line(line.file, line.number, strip_lead(line.text), line.raw) for line in paragraph]
        if told := [e for e in prose_entries(bare) if e.status == "apologies"]:  # '• Cllr A & Cllr B sent apologies.'
            return told
        for later in paragraphs(item.lines)[1:4]:  # 'Welcome and Apologies' / 'The Chair welcomed ...' / 'Apologies
            # received from A and B.'
            said = label_of(later[0].stripped)
            if said and said[0].get("status") == "apologies":
                return parse_region(later)[0]
    return []


def _attendance_heading(line: Line) -> bool:
    return line.heading and says_who_attended(line.stripped)


def attendance_sections(item: ItemDraft) -> list[AttendanceDraft]:
    """Attendance under headings of its own among an item's lines, where a summary came first ('## Executive Summary'
    / ... / '## Attendees' / '### Attendees present' / 'The following new board members were present:' / '- A, SAP' /
    '### Apologies received' / '- B, Acme'): the meeting's attendance, its lines no longer the item's text."""
    if item.kind != "minutes" or not any(_attendance_heading(line) for line in item.lines):
        return []
    found: list[AttendanceDraft] = []
    kept: list[Line] = []
    index = 0
    while index < len(item.lines):
        if _attendance_heading(item.lines[index]):
            end = next((n for n in range(index + 1, len(item.lines))
                        if item.lines[n].heading and not _attendance_heading(item.lines[n])), len(item.lines))
            entries, leftover = parse_region(item.lines[index:end])
            if entries:
                found.extend(entries)
                kept.extend(line for line in leftover if not _attendance_heading(line))
                index = end
                continue
        kept.append(item.lines[index])
        index += 1
    item.lines = kept
    return found
