"""Stage 6: drafts of the same meeting merged into one; agenda items matched to minute items
(minute 113 is agenda item 4); reports and quoted minutes linked to the items they serve.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..registry import slug
from .assemble import Gathered, body_matches, number_value, similar
from .drafts import ItemDraft, MeetingDraft, ReportDraft
from .record_text import markdown

MATCH_TITLES = 75.0  # token-set similarity for an agenda item and a minute to be the same item
MATCH_REPORT = 60.0


def _same_meeting(a: MeetingDraft, b: MeetingDraft) -> bool:
    """Same body and day - unless both are minutes that started at different times (two meetings that day)."""
    if a.status == b.status == "held" and a.start and b.start and a.start != b.start:
        return False
    if a.file == b.file and a.session != b.session:  # two sessions the document itself holds apart
        return False
    return a.date == b.date and body_matches(a.body, b.body)


def _combine(target: MeetingDraft, other: MeetingDraft) -> None:
    held = target.status == "held" or other.status == "held"
    if other.status == "held" and target.status != "held":
        target.start, target.end = other.start or target.start, other.end or target.end
        target.type = other.type or target.type
    else:
        target.start, target.end = target.start or other.start, target.end or other.end
        target.type = target.type or other.type
    target.venue = target.venue or other.venue
    target.authority = target.authority or other.authority
    target.status = "held" if held else target.status
    target.attendance.extend(other.attendance)
    target.items.extend(other.items)
    target.documents.extend(d for d in other.documents if d not in target.documents)
    target.sources.extend(other.sources)
    target.recognised.extend(other.recognised)
    target.intro.extend(other.intro)


def _same_minute(kept: ItemDraft, item: ItemDraft) -> bool:
    """One minute printed twice (two copies of the minutes) has one number, under the same item, and much the
    same title; a number printed again under another item or section ('4. Decisions' / '1. Fixed Asset
    Review' after '1. Welcome') is another minute, and an unnumbered heading is never the same as another."""
    return bool(item.minute) and kept.parent == item.parent and similar(kept.title, item.title) >= MATCH_TITLES


def _places(agenda: list[ItemDraft]) -> Callable[[ItemDraft], tuple[int, float]]:
    """Where an agenda item's number puts it: its number within the run of numbers it belongs to, a run starting
    again wherever the numbers printed go back ('CLOSED SESSION' 1-5, then 'REGULAR BUSINESS' 1-27)."""
    runs: dict[int, int] = {}
    run, last = 0, None
    for item in agenda:
        if item.agenda and not item.parent:
            value = number_value(item.agenda)
            run += last is not None and value < last
            runs[id(item)], last = run, value
    return lambda item: (runs.get(id(item), 0), number_value(item.agenda))


def _order_items(meeting: MeetingDraft) -> None:
    """Minutes first, by number (in the order printed where some are unnumbered); each agenda item
    matched to a minute, or slotted in by its number (an unnumbered one after its neighbour above)."""
    minutes: list[ItemDraft] = []
    for item in meeting.items:
        if item.kind != "minutes":
            continue
        kept = next((m for m in minutes if m.minute == item.minute and _same_minute(m, item)), None)
        if kept is not None:
            kept.decisions += [d for d in item.decisions if d not in kept.decisions]
            kept.sources.extend(item.sources)
        else:
            minutes.append(item)
    agenda: list[ItemDraft] = []
    for item in meeting.items:  # an agenda printed twice gives each item once; '(a)' under 4 and under 7 are two,
        # and so are letters starting again under the sections of one item ('A. RESOLUTION (2019-37)', later
        # 'A. RESOLUTION (2019-21)')
        if item.kind == "agenda" and (not item.agenda or not any(
                (a.parent, a.agenda) == (item.parent, item.agenda)
                and similar(a.title, item.title) >= MATCH_TITLES for a in agenda)):
            agenda.append(item)
    numbers = [m.minute for m in minutes]
    plain = all(numbers) and len(set(numbers)) == len(numbers)
    ranks = _ranks(minutes)
    ordered = sorted(minutes, key=lambda i: ranks[id(i)]) if plain else list(minutes)
    unmatched = list(agenda)
    absorbed: dict[int, ItemDraft] = {}  # agenda item's id -> the minute that took it
    floor = 0.0
    for item in ordered:
        same = next((a for a in unmatched if item.agenda and a.agenda == item.agenda), None)
        if same is not None:
            _absorb(item, same)
            unmatched.remove(same)
            absorbed[id(same)] = item
            continue
        best, score = None, 0.0
        for candidate in unmatched:
            value = similar(item.title, candidate.title)
            if value > score and number_value(candidate.agenda) >= floor:
                best, score = candidate, value
        if best is not None and score >= MATCH_TITLES:
            item.agenda = best.agenda
            floor = number_value(best.agenda)
            _absorb(item, best)
            unmatched.remove(best)
            absorbed[id(best)] = item
    result = list(ordered)
    place = _places(agenda)
    numbered = sorted((a for a in unmatched if a.agenda and not a.parent), key=place)
    for candidate in numbered if all(a.agenda for a in agenda) else []:
        position = 0
        for index, item in enumerate(result):
            if item.agenda and not item.parent and place(item) <= place(candidate):
                position = index + 1
                while position < len(result) and result[position].parent:
                    position += 1  # after the sub-items of the item before it
        result.insert(position, candidate)
    if agenda:  # unnumbered agenda items and sub-items ('(a)' under 7): each after its neighbour above
        for n, candidate in enumerate(agenda):
            if candidate not in unmatched or candidate in result:
                continue
            above = next((absorbed.get(id(a), a) for a in reversed(agenda[:n]) if absorbed.get(id(a), a) in result),
                         None)
            result.insert(result.index(above) + 1 if above is not None else 0, candidate)
    meeting.items = result


def _ranks(minutes: list[ItemDraft]) -> dict[int, float]:
    """Where each minute sorts: by its number, a sub-item ('a', '108.3') with the item above it."""
    ranks, rank = {}, 0.0
    for item in minutes:
        rank = rank if item.parent else number_value(item.minute)
        ranks[id(item)] = rank
    return ranks


def _absorb(minute: ItemDraft, agenda: ItemDraft) -> None:
    minute.pages = minute.pages or agenda.pages
    minute.to_follow = minute.to_follow or agenda.to_follow
    minute.exempt = minute.exempt or agenda.exempt
    minute.agenda_text = agenda.agenda_text
    minute.reports.extend(agenda.reports)
    minute.motions.extend(agenda.motions)
    minute.references.extend(r for r in agenda.references if r not in minute.references)
    minute.sources.extend(agenda.sources)


def _full_body_names(drafts: list[MeetingDraft]) -> None:
    """'Parish Council' under one authority's letterhead and 'Burton-cum-Walden Parish Council' on its agenda
    are one body: a name that ends exactly one longer name of the import takes that name (the short one is
    kept as an alias). Two longer names ending with it ('A Parish Council', 'B Parish Council') leave it be.
    The longer names are found in an index of every name's word-final tails, not by comparing every pair."""
    longer: dict[str, set[str]] = {}  # 'parish council' -> the names that end with ' parish council'
    for full in {d.body.lower(): d.body for d in drafts}.values():
        key = full.lower()
        for n, char in enumerate(key):
            if char == " ":
                longer.setdefault(key[n + 1:], set()).add(full)
    for draft in drafts:
        found = longer.get(draft.body.lower(), set())
        if len(found) == 1:
            full = next(iter(found))
            draft.body_aliases.append((draft.body, draft.file, draft.line))
            draft.recognised.append((draft.file, draft.line, f"'{draft.body}' read as '{full}', the one body of "
                                                             "this import whose name ends with it"))
            draft.body = full


def merge(gathered: Gathered) -> list[MeetingDraft]:
    """One draft per meeting, oldest first, with reports linked."""
    _full_body_names(gathered.meetings)
    merged: list[MeetingDraft] = []
    home: dict[int, MeetingDraft] = {}  # id of every draft -> the merged meeting it became part of
    by_date: dict[dt.date, list[MeetingDraft]] = {}  # a draft is compared only with meetings of its day
    for draft in gathered.meetings:
        for existing in by_date.get(draft.date, []):
            if _same_meeting(existing, draft):
                _combine(existing, draft)
                home[id(draft)] = existing
                break
        else:
            merged.append(draft)
            by_date.setdefault(draft.date, []).append(draft)
            home[id(draft)] = draft
    for meeting in merged:
        _order_items(meeting)
    for report, pack in gathered.reports:
        same_day = merged if report.date is None else by_date.get(report.date, [])
        _link_report(report, home.get(id(pack), pack) if pack else None, same_day, gathered)
    _place_attachments(gathered, home)
    merged.sort(key=lambda m: (m.date, slug(m.body), m.start or (f"{m.after}~" if m.after else "")))
    return merged


def _report_meeting(report: ReportDraft, pack: MeetingDraft | None,
                    same_day: list[MeetingDraft]) -> MeetingDraft | None:
    """`same_day`: the meetings of the report's date (every meeting when it has none)."""
    names = [n for n in (report.body, report.facts.get("report_for")) if n]
    for meeting in same_day:
        for name in names:
            if body_matches(name, meeting.body):
                if name != meeting.body:  # 'Harrow Strategic Partnership Board' for the 'Harrow Partnership Board'
                    meeting.body_aliases.append((name, report.file, report.lines[0].number))
                return meeting
    if pack is not None and (report.date is None or report.date == pack.date):
        return pack
    return same_day[0] if len(same_day) == 1 else None


def _link_report(report: ReportDraft, pack: MeetingDraft | None, same_day: list[MeetingDraft],
                 gathered: Gathered) -> None:
    meeting = _report_meeting(report, pack, same_day)
    if meeting is None:
        gathered.warnings.append((report.file, report.lines[0].number, "report-without-meeting",
                                  f"report '{report.title}' ({report.date}) matches no imported meeting: not imported"))
        return
    titles = [t for t in (report.title, report.facts.get("heading")) if t]
    best, score = None, 0.0
    for item in meeting.items:
        for title in titles:
            value = similar(title, item.title)
            if value > score:
                best, score = item, value
    file, first, last = report.file, report.lines[0].number, report.lines[-1].number
    meeting.sources.append((file, first, last, "report"))
    document = {"kind": "report", "title": report.title}
    if report.author:
        document["author"] = report.author
    meeting.documents.append(document)
    if best is None or score < MATCH_REPORT:
        gathered.warnings.append((file, first, "report-without-item",
                                  f"report '{report.title}' matches no item of {meeting.body} {meeting.date}; "
                                  "its text is kept in the record's introduction"))
        meeting.intro.append(f"**Report: {report.title}**\n\n{report.text}")
        return
    report.pages = best.pages
    report.item = best
    best.reports.append(report)


def _place_attachments(gathered: Gathered, home: dict[int, MeetingDraft]) -> None:
    """Papers without a front sheet, in pack order: an appendix of the report before them, or the paper of
    an item with pages and no report of its own that lies between the documents around them."""
    by_pack: dict[int, list[tuple[str, object]]] = {}
    for pack, kind, thing in gathered.sequence:
        by_pack.setdefault(id(home.get(id(pack), pack)), []).append((kind, thing))
    meetings = {id(m): m for m in home.values()}
    for pack_id, entries in by_pack.items():
        meeting = meetings.get(pack_id)
        if meeting is None:
            continue
        marks = [_marked_item(kind, thing, meeting) for kind, thing in entries]
        previous: tuple[ItemDraft | None, object] = (None, None)
        for n, (kind, thing) in enumerate(entries):
            if kind != "attachment":
                if marks[n] is not None:
                    previous = (marks[n], thing)
                continue
            following = next((m for m in marks[n + 1:] if m is not None), None)
            target = _attachment_item(thing, previous, following, meeting)
            _attach(thing, target, meeting)
            if target is not None:
                previous = (target, None)


def _marked_item(kind: str, thing: object, meeting: MeetingDraft) -> ItemDraft | None:
    if kind == "report":
        return thing.item if thing.item in meeting.items else None
    if kind == "cover":
        scored = [(similar(thing, item.title), item) for item in meeting.items]
        score, item = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        return item if score >= 80 else None
    return None


def _attachment_item(part, previous: tuple, following: ItemDraft | None, meeting: MeetingDraft) -> ItemDraft | None:
    item, report = previous
    title = part.title or ""
    if isinstance(report, ReportDraft) and title and max(
            similar(title, report.facts.get("enclosures", "")), similar(title, report.title)) >= 80:
        return item  # named as an enclosure of the report before it
    start = meeting.items.index(item) + 1 if item in meeting.items else 0
    end = meeting.items.index(following) if following in meeting.items else len(meeting.items)
    gaps = [i for i in meeting.items[start:end] if i.pages and not i.reports and not i.attachments]
    return gaps[0] if gaps else item


def _attach(part, item: ItemDraft | None, meeting: MeetingDraft) -> None:
    title = part.title or "Attachment"
    meeting.sources.append((part.file, part.first, part.last, "attachment"))
    if item is None:
        meeting.intro.append(markdown(part.lines))
        return
    meeting.documents.append({"kind": "attachment", "title": title})
    item.attachments.append((title, markdown(part.lines)))
