"""Stage 5: parts become meetings. One meeting, one draft: an agenda in one file and its minutes in
another, or the same Cabinet meeting quoted twice, are merged; reports are linked to their items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..dates import parse_date
from ..registry import slug
from . import attendance, blocks, items, passed_together, reports, rules, sessions, summary, votes, when_where
from .attendance_acting import acting_members
from .attendance_closing import closing_block
from .attendance_items import attendance_sections, item_attendance
from .attendance_labels import PRESENCE_RE, TRAILING_LABEL_RE, label_of
from .attendance_offices import read_offices, roster_names, signature_block
from .attendance_posts import voters_named
from .capitals import word_cases
from .drafts import ItemDraft, MeetingDraft, ReportDraft
from .lines import Line
from .narrative import agenda_over_narrative, narrated_items
from .paging import Paging
from .paragraph_items import paragraph_items
from .parts import Part, first_date, split_parts
from .record_text import markdown
from .unstated_outcomes import decided_as_moved

HEADING_LINES = 90  # lines of a part's top read for when and where (an agenda and a setup list may come first)


@dataclass
class Gathered:
    """Everything read from the files, before meetings are merged and names resolved."""

    meetings: list[MeetingDraft] = field(default_factory=list)
    reports: list[tuple[ReportDraft, MeetingDraft | None]] = field(default_factory=list)  # (report, its pack)
    pending: list[Part] = field(default_factory=list)  # text before a file's first meeting, kept for it
    # A pack's documents in order: ('report', ReportDraft) / ('cover', title) / ('attachment', Part).
    sequence: list[tuple[MeetingDraft, str, object]] = field(default_factory=list)
    warnings: list[tuple[str, int, str, str]] = field(default_factory=list)  # (file, line, code, message)
    pages: dict[str, Paging] = field(default_factory=dict)  # file -> which page each line is on


# The document's title, left out of the introduction ('MINUTES', 'Record of decisions taken at the meeting held on
# ...'): not a labelled paragraph ('Minutes: Motion by A to approve the minutes ...') nor a sentence about the minutes
# ('Minutes of April 15 were approved as distributed.', 'Minutes taken by A.').
TITLE_LINE_RE = re.compile(r"(?i)^(?:minutes|record of decisions)\b(?![^:]*:\s+\S)"
                           r"(?!.*\b(?:was|were|is|are|taken by|recorded by)\b)")


def _read_items(item_list: list[ItemDraft], meeting: MeetingDraft, cases: dict[str, str] | None = None) -> None:
    """Each item's blocks read by the rules; `cases`: how the document prints each word (`capitals.word_cases`)."""
    found = blocks.Found()
    for n, item in enumerate(item_list):
        found.attendance.extend(attendance_sections(item))  # under headings of its own, after a summary
        found.attendance.extend(item_attendance(item, first=n == 0))
        rules.read_blocks(item, found, cases)
        item.text = markdown(item.lines)
    summary.drop_restated(item_list)  # a closing summary of the decisions told under the items
    votes.shared_results(item_list)  # a consent calendar's one vote, printed after its last entry
    passed_together.share_decisions(item_list)  # 'The bills were given third reading ...': each bill's decision
    passed_together.share_consent(item_list)  # 'that the consent calendar items G-1 through G-8 be approved'
    decided_as_moved(item_list)  # 'Moved by: A' / 'Seconded by: B', no motion's outcome told
    meeting.start = meeting.start or found.start
    meeting.end = meeting.end or found.end
    meeting.attendance.extend(found.attendance)


def _told_with_date(line: Line) -> bool:
    """The line with the meeting's date goes on to say who attended ('The Board met ... on Monday August 22, 2011 at
    9 am. Present were Chairman A, Commissioner B and Commissioner C.'): read with the attendance, not passed over."""
    text = line.stripped
    later = re.search(r"[.;]\s+(?=\S)", text)  # (after the sentence with the date)
    return len(text.split()) > 12 and (later is not None and bool(PRESENCE_RE.search(text[later.end():]))
                                       or TRAILING_LABEL_RE.match(text) is not None)  # ('..., with the following
    # members present to-wit:' over the list)


def _listed_above(lines: list[Line]) -> list[Line]:
    """The lines above a meeting's date from the first that labels who attended ('**Present**: Peter, Iddo' /
    '**Also attending**: ...' / '# Minutes' / 'Meeting was held by Zoom on 2023-12-19'): minutes that open with
    their attendance and give the date under it."""
    start = next((n for n, line in enumerate(lines) if (label := line.stripped.split(":")[0])
                  and PRESENCE_RE.search(label) and label_of(line.stripped) is not None), None)
    return [] if start is None else lines[start:]


def read_part(part: Part, gathered: Gathered, pack: MeetingDraft | None) -> MeetingDraft | None:
    """A meeting draft for an agenda or minutes part; reports and covers are recorded for linking."""
    if part.kind == "report":
        report = reports.read_report(part)
        gathered.reports.append((report, pack))
        if pack is not None:
            gathered.sequence.append((pack, "report", report))
        return None
    if part.kind == "attachment" and pack is not None:
        gathered.sequence.append((pack, "attachment", part))
        return None
    if part.kind in ("cover", "unknown", "attachment"):
        if pack is not None:
            pack.intro.append(markdown(part.lines))
            if part.kind == "cover":
                title = " ".join(line.stripped for line in part.lines[1:] if not line.blank)
                gathered.sequence.append((pack, "cover", title))
        else:
            gathered.pending.append(part)
        return None
    dated = first_date(part) if part.date is None else (part.date, part.date_index)
    if dated is None:  # a date wrapped over two lines: 'on Monday, 23 January' / '2023 commencing ...'
        texts = [(i, line.stripped) for i, line in enumerate(part.lines[:30]) if not line.blank][:10]
        for n in range(len(texts) - 1):
            joined = parse_date(f"{texts[n][1]} {texts[n + 1][1]}")
            if joined:
                dated = (joined, texts[n + 1][0])
                break
    if dated is None or not part.body:
        gathered.warnings.append((part.file, part.first, "no-meeting-date",
                                  f"{part.kind} of '{part.body}' without a meeting date: not imported"))
        return None
    date, date_index = dated
    labelled = when_where.labelled_date(part.lines[:date_index + 12])
    stale = False  # a heading copied from another meeting's minutes: the time it prints is that meeting's
    if labelled and labelled[0] != date:
        gathered.warnings.append((part.file, part.lines[labelled[1]].number, "meeting-date-disagrees",
                                  f"the file labels its meeting date {labelled[0].isoformat()}, its heading prints "
                                  f"{date.isoformat()} (line {part.lines[date_index].number}): the label's date is "
                                  f"used; check which is right"))
        date, stale = labelled[0], True
    meeting = MeetingDraft(body=part.body, date=date, file=part.file, line=part.first, type=part.meeting_type,
                           status="scheduled" if part.kind == "agenda" else "held", authority=part.authority)
    meeting.sources.append((part.file, part.first, part.last, part.kind))
    meeting.recognised.append((part.file, part.first, f"{part.kind} of {part.body}, {date.isoformat()}: "
                                                      f"{part.why or 'read from its heading'}"))
    meeting.documents.append({"kind": part.kind, "title": f"{part.body} {part.kind}, {date.day} {date:%B %Y}"})
    closing = closing_block(part.lines) if part.kind == "minutes" else len(part.lines)  # 'Attendees' after the items
    head, item_list = items.cut_items(part.lines[:closing], part.kind)
    listed: list[Line] = []  # an agenda's list printed over minutes told in paragraphs: kept as text
    if part.kind == "minutes" and (numbered := paragraph_items(part.lines[:closing], item_list)):
        head, item_list = numbered  # minutes told in numbered paragraphs, a few with a title run in
    if not item_list and part.kind == "minutes":  # minutes told in paragraphs, no heading at all
        head, item_list = narrated_items(part.lines[:closing])
    elif part.kind == "minutes" and item_list and (told := agenda_over_narrative(part.lines[:closing], item_list)):
        head, item_list, listed = told
    heading = part.lines[:max(len(head), date_index + 12)][:HEADING_LINES]  # (a street number read as an item cuts
    # no heading)
    facts = when_where.read(heading, part.lines, part.kind, date_index)
    meeting.start, meeting.end = facts.actual_start, facts.actual_end
    if part.kind == "agenda":
        intro = head[date_index + 1:]
        meeting.membership, _ = attendance.parse_region(intro)
    else:
        opens = date_index < len(head) and (label_of(head[date_index].stripped)  # a date from the file name: the
                                            or _told_with_date(head[date_index]))  # 'Present:' line is line 0
        found, leftover = attendance.parse_region(head[date_index + (0 if opens else 1):])
        found = [*attendance.parse_region(_listed_above(head[:date_index]))[0], *found]
        closed, unread = attendance.parse_region(part.lines[closing:])
        meeting.attendance.extend([*found, *closed])
        intro = sorted([line for line in [*leftover, *unread] if not TITLE_LINE_RE.match(line.stripped)] + listed,
                       key=lambda line: line.number)
    meeting.intro.append(markdown(intro))
    _read_items(item_list, meeting, word_cases(part.lines))
    if part.kind != "agenda":
        roster_names(meeting.attendance, heading + signature_block(part.lines))  # 'Tom Hale' in the heading's
        # roster or signing the minutes: the roll's 'Hale'
        read_offices(meeting.attendance, part.lines)  # 'Mayor McDavid opened ...': the roll's MCDAVID is the Mayor
        voters_named(meeting.attendance, part.lines)  # '..., with C making it unanimous': the members are named
        acting_members(meeting.attendance, item_list, part.lines)  # no one named present: who opened, moved
    if not stale:  # what the heading announced; what the minutes say happened is read either way
        meeting.start, meeting.end = meeting.start or facts.start, meeting.end or facts.end
    meeting.venue = facts.venue
    if part.kind == "agenda":
        for item in item_list:
            item.agenda_text, item.text = item.text, ""
        excluded = {m.group(1) for item in item_list if re.search(r"(?i)exclusion of the press", item.title)
                    for line in item.lines if (m := items.EXCLUDED_RE.match(line.stripped))}
        for item in item_list:  # the table of items to be taken in private, under 'Exclusion of the press'
            item.exempt = item.exempt or item.agenda in excluded
    meeting.items = item_list
    meeting.sessions = _sessions(part, meeting, heading, date_index + 1)
    if not item_list:
        gathered.warnings.append((part.file, part.first, "no-items",
                                  f"no numbered items found in the {part.kind} of {part.body} {date}; "
                                  "its text is kept in the record's introduction"))
        meeting.intro.append(markdown(part.lines[len(head):]))
    return meeting


def _sessions(part: Part, meeting: MeetingDraft, heading: list[Line], head: int) -> list[MeetingDraft]:
    """The other meetings this part holds (sessions.py): each takes the items after its cut."""
    bodies, cuts = sessions.cuts(part.lines, head, heading)
    if not bodies and not cuts:
        return []
    numbers = {line.number: i for i, line in enumerate(part.lines)}
    current, made = meeting, []
    if bodies:
        meeting.body = sessions.primary(bodies, part.file)
        meeting.recognised.append((part.file, part.first, f"a joint meeting of {' and '.join(bodies)}: one "
                                                          f"meeting each, shared items with {meeting.body}"))
        for n, body in enumerate(b for b in bodies if b != meeting.body):
            made.append(_session_of(meeting, body, meeting.type, n + 1, joint=True))
    items_left = list(meeting.items)
    meeting.items = []
    retyped = False
    spans: list[tuple[MeetingDraft, int]] = [(meeting, 0)]  # successive sessions and the line each starts at
    for cut in cuts:
        before = [i for i in items_left if numbers.get(i.line.number, 0) < cut.index]
        current.items.extend(before)
        items_left = items_left[len(before):]
        if cut.body:
            current = next(m for m in [meeting, *made] if m.body == cut.body)
        elif cut.names_first and not current.items and current is meeting and not retyped:
            meeting.type, retyped = cut.type or meeting.type, True  # 'Special Session' above the first item
            continue
        else:
            if current.type is None and sessions.ANNUAL_RE.search(
                    " ".join(line.text for line in part.lines[spans[-1][1]:cut.index])):
                current.type = "annual"
            current = _session_of(current, current.body, cut.type, len(made) + 1, joint=False)
            made.append(current)
            spans.append((current, cut.index))
        current.recognised.append((part.file, part.lines[cut.index].number, f"{current.type or 'a'} meeting of "
                                   f"{current.body}: {cut.why}"))
    current.items.extend(items_left)
    if part.kind == "minutes" and len(spans) > 1:  # 'The AGM concluded at 7:45' closes the first one
        for n, (session, start) in enumerate(spans):
            stop = spans[n + 1][1] if n + 1 < len(spans) else len(part.lines)
            closing = when_where.WhenWhere(start=session.start or session.after)
            when_where.opening_and_closing(part.lines[start:stop], closing)
            session.end = closing.actual_end
    return made


def _session_of(meeting: MeetingDraft, body: str, kind: str | None, session: int, joint: bool) -> MeetingDraft:
    """A meeting held with (joint) or after another: the same day and place; a joint one the same times."""
    other = MeetingDraft(body=body, date=meeting.date, file=meeting.file, line=meeting.line, type=kind,
                         status=meeting.status, venue=meeting.venue, session=session,
                         start=meeting.start if joint else None, end=meeting.end if joint else None,
                         after=None if joint else meeting.start or meeting.after)
    other.sources = list(meeting.sources)
    other.documents = list(meeting.documents)
    return other


def read_file(lines: list[Line], gathered: Gathered) -> None:
    """Every part of one file: the first agenda is the pack that reports and cover sheets belong to."""
    pack = None
    gathered.pending.clear()
    for part in split_parts(lines):
        meeting = read_part(part, gathered, pack)
        if meeting is None:
            continue
        gathered.meetings.append(meeting)
        gathered.meetings.extend(meeting.sessions)
        if gathered.pending:  # an authority's name, a document pack's cover: kept in the first record
            meeting.intro[:0] = [markdown(p.lines) for p in gathered.pending]
            gathered.pending.clear()
        if part.kind == "agenda" and pack is None:
            pack = meeting
    for part in gathered.pending:
        first = next((line for line in part.lines if not line.blank), part.lines[0])
        gathered.warnings.append((part.file, first.number, "unrecognised-text",
                                  "text that belongs to no meeting was not imported (no agenda or minutes "
                                  "heading found in the file)"))
    gathered.pending.clear()


def similar(a: str, b: str) -> float:
    clean = [re.sub(r"[^a-z0-9 ]", " ", s.lower()) for s in (a, b)]
    return fuzz.token_set_ratio(*clean) if all(c.strip() for c in clean) else 0.0


def body_matches(a: str, b: str) -> bool:
    """'Harrow Strategic Partnership Board' names the 'Harrow Partnership Board'; 'Council' only 'Council'."""
    wa, wb = set(slug(a).split("-")), set(slug(b).split("-"))
    small, large = sorted((wa, wb), key=len)
    return wa == wb or (len(small) >= 3 and small <= large)


def number_value(number: str | None) -> float:
    match = re.match(r"(\d+)", number or "")
    return float(match.group(1)) if match else 0.0
