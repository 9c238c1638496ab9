"""Meeting pages: the facts, then at a glance what was decided and who was there, then every item with its
decision set apart, a citation control, and links to the long documents given pages of their own."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from functools import partial

from ..appendices import Appendix, split_meeting
from ..dates import day_date, long_date
from ..exports import calendar_path, feed_path
from ..ledger import item_anchors
from ..model import VOTE_SIDES, Archive, Item, Meeting, SourceRef, Vote
from ..urls import page_file
from . import Context, Page
from .html import a, attr, block, p, person_a, table, text, ul
from .markup import esc, follow, front_matter, plural
from .summary import attendance, contents, decisions, item_heading
from .trail import item_links


def source_ref(context: Context, here: str, source: SourceRef) -> str:
    """The original document, its pages and lines, linked where the document is published with the site;
    "p. 12" opens a published PDF at that page (`#page=12`, which browsers' PDF viewers follow)."""
    published = context.sources.get(source.file)
    href = posixpath.relpath(published, posixpath.dirname(here)) if published else None
    out = f'<a href="{attr(href)}">{text(source.file)}</a>' if href else text(source.file)
    if source.first_page:
        label = (f"p. {source.first_page}" if source.first_page == source.last_page
                 else f"pp. {source.first_page}–{source.last_page}")
        pdf = href is not None and source.file.lower().endswith(".pdf")
        out += f', <a href="{attr(href)}#page={source.first_page}">{label}</a>' if pdf else f", {label}"
    if source.first:
        out += f", lines {source.first}–{source.last}"
    if source.ocr_pages:
        pages = ", ".join(str(p) for p in source.ocr_pages)
        out += f" (read by OCR: page{'s' if len(source.ocr_pages) > 1 else ''} {pages}; check against the original)"
    return out


EVENT_STATUS = {"cancelled": "https://schema.org/EventCancelled", "postponed": "https://schema.org/EventPostponed"}


def schema_event(archive: Archive, meeting: Meeting, description: str) -> dict:
    """schema.org Event data, so search engines and calendar tools can read when and where a meeting is."""
    start = f"{meeting.date.isoformat()}T{meeting.start}" if meeting.start else meeting.date.isoformat()
    event = {"@context": "https://schema.org", "@type": "Event", "name": archive.meeting_name(meeting),
             "startDate": start, "description": description,
             "eventStatus": EVENT_STATUS.get(meeting.status, "https://schema.org/EventScheduled"),
             "organizer": {"@type": "Organization", "name": archive.authority or archive.name}}
    if meeting.end:
        event["endDate"] = f"{meeting.date.isoformat()}T{meeting.end}"
    if meeting.venue:
        event["location"] = {"@type": "Place", "name": meeting.venue}
    return event


def citation(archive: Archive, meeting: Meeting, item: Item | None = None) -> str:
    """How a journalist cites the minute: "Harrow Council, Cabinet, 13 July 2017, minute 576 (Pinner Wood
    School Expansion)" - the title says what the minute is about, the number where to find it."""
    parts = [archive.authority, archive.body_name(meeting.body), long_date(meeting.date)]
    if item is not None:
        parts.append(item.label if item.label == item.title else f"{item.label} ({item.title})")
    return ", ".join(p for p in parts if p)


def cite_button(archive: Archive, meeting: Meeting, item: Item | None) -> str:
    anchor = f"#{item.anchor}" if item else ""
    label = f"Copy link to {item.label}" if item else "Copy link to this meeting"
    return block(f'<p><button type="button" class="mb-cite md-button" data-anchor="{attr(anchor)}" '
                 f'data-cite="{attr(citation(archive, meeting, item))}" title="Copy a permanent link and a citation">'
                 f"{attr(label)}</button></p>")


def item_facts(context: Context, meeting: Meeting, item: Item, here: str) -> Iterator[str]:
    archive = context.archive
    facts = []
    if item.minute and item.agenda:
        facts.append(f"Agenda item {text(item.agenda)}")
    if item.pages:
        facts.append(f"pages {text(item.pages)}")
    if item.to_follow:
        facts.append("papers to follow")
    topics = [archive.topics[t] for t in item.topics if t in archive.topics]
    if topics:
        facts.append("Topics: " + ", ".join(a(here, t.url, t.name) for t in topics))
    if facts:
        yield p("mb-item-facts", " · ".join(facts))
    # The decision first, set apart at the size of the minutes: it is what most readers came for.
    if item.decisions:
        title = "Decision" if len(item.decisions) == 1 else "Decisions"
        yield admonition("decision", title, ul([text(d) for d in item.decisions]))
    for rec in item.recommendations:
        target = archive.bodies.get(rec.to)
        name = target.name if target else rec.to
        yield admonition("recommendation", f"Recommended to {text(name)}", f"<p>{text(rec.text)}</p>")
    for report in item.reports:
        by = f", {text(report.author)}" if report.author else ""
        pages = f" (pages {text(report.pages)})" if report.pages else ""
        yield p("mb-report", f"Report: <em>{text(report.title)}</em>{by}{pages}")
    for declaration in item.declarations:
        detail = "; ".join(text(x) for x in (declaration.interest, declaration.kind) if x)
        left = {True: " Left the room.", False: " Stayed in the room.", None: ""}[declaration.left_room]
        yield p("mb-declaration", f"Declaration of interest: {person_a(archive, here, declaration.person)}"
                                  f"{': ' + detail if detail else ''}.{left}")
    for motion in item.motions:
        parts = [f"Motion{': ' + text(motion.title) if motion.title else ''}"]
        if motion.mover:
            parts.append(f"moved by {person_a(archive, here, motion.mover)}")
        if motion.seconder:
            parts.append(f"seconded by {person_a(archive, here, motion.seconder)}")
        if motion.result:
            parts.append(text(motion.result))
        yield p("mb-motion", ", ".join(parts))
    for vote in item.votes:
        yield vote_line(archive, here, vote)


def admonition(kind: str, title: str, inner: str) -> str:
    """A box set apart, as Material styles the `admonition` extension's."""
    return f'<div class="admonition {kind}">\n<p class="admonition-title">{title}</p>\n{inner}\n</div>'


SIDE_HEADINGS = {"for": "For", "against": "Against", "abstain": "Abstained", "absent": "Absent"}


def vote_line(archive: Archive, here: str, vote: Vote) -> str:
    """'Vote: carried, 13 for, 0 against. For: A, B. Absent: C.' - a recorded vote under its item."""
    head = [text(vote.result)] if vote.result else []
    head += [f"{n} {SIDE_HEADINGS[side].lower() if side != 'for' else 'for'}" for side, n in vote.counts]
    line = f"<strong>Vote{': ' + text(vote.motion) if vote.motion else ''}</strong>"
    line += f" ({', '.join(head)})" if head else ""
    sides = [f"{SIDE_HEADINGS[side]}: " + ", ".join(person_a(archive, here, who) for who in vote.side(side))
             for side in VOTE_SIDES if vote.side(side)]
    return p("mb-vote", f'{line}{". " if sides else ""}{"; ".join(sides)}')


def render(context: Context, meeting: Meeting) -> str:
    archive = context.archive
    here = page_file(meeting.url)
    body = archive.bodies.get(meeting.body)
    title = archive.meeting_name(meeting)
    decided = sum(len(i.decisions) for i in meeting.items)
    description = (f"{archive.body_name(meeting.body)} {meeting.type} meeting on {day_date(meeting.date)}"
                   f"{' at ' + meeting.venue if meeting.venue else ''}: {plural(len(meeting.items), 'item')}, "
                   f"{plural(decided, 'decision')}.")
    meta, follow_line = follow(here, feed_path("bodies", meeting.body), calendar_path(meeting.body),
                               body.name if body else meeting.body)
    out = [front_matter(title, description, event=schema_event(archive, meeting, description), **meta),
           f"# {esc(title)}\n\n"]
    when = day_date(meeting.date)
    if meeting.start:
        when += f", {meeting.start}" + (f"–{meeting.end}" if meeting.end else "")
    facts = [("Body", a(here, body.url, body.name) if body else text(meeting.body)), ("Date", text(when))]
    if meeting.venue:
        facts.append(("Venue", text(meeting.venue)))
    facts.append(("Meeting", text(meeting.type.replace("_", " ").capitalize())))
    facts.append(("Status", text((context.status(meeting) or meeting.status).capitalize())))
    documents = []
    for doc in meeting.documents:
        label = text(doc.title or doc.kind.capitalize())
        if doc.url and doc.url.startswith(("https://", "http://")):
            label = f'<a href="{attr(doc.url)}">{label}</a>'
        documents.append(label + (f" ({text(doc.author)})" if doc.author else "")
                         + (f", {long_date(doc.date)}" if doc.date else ""))
    if documents:
        facts.append(("Documents", "; ".join(documents)))
    if meeting.sources:
        facts.append(("Sources", "; ".join(source_ref(context, here, s) for s in meeting.sources)))
    grid = table(["", ""], [list(f) for f in facts], role="presentation")
    out.append(block(f'<div class="mb-facts">\n{grid}\n</div>'))
    previous, following = context.neighbours[meeting.id]
    nav = []
    if previous:
        nav.append("← Previous: " + a(here, previous.url, long_date(previous.date)))
    if following:
        nav.append("Next: " + a(here, following.url, long_date(following.date)) + " →")
    if nav:
        out.append(block(p("mb-sequence", " · ".join(nav))))
    out.append(cite_button(archive, meeting, None) + follow_line)
    # At a glance: where to jump, what was decided, who was there; then the items in the order taken.
    out += [contents(meeting), decisions(archive, meeting), attendance(archive, meeting, here)]
    intro = context.links.text(meeting, None)
    if intro:
        out.append(intro + "\n\n")
    redirected = context.aliases.get(meeting.url, {})
    splits = split_meeting(meeting, lambda item: context.links.text(meeting, item.anchor))
    for item in meeting.items:
        # Every address the item ever had: its agenda anchor after it gets a minute number, and any old
        # anchor the ledger redirects to it (minutebook/ledger.py).
        others = [a for a in (*item_anchors(item), *redirected.get(item.anchor, ())) if a != item.anchor]
        spans = "".join(f'<span id="{a}" class="mb-alias"></span>' for a in dict.fromkeys(others))
        out.append(f"## {spans}{item_heading(item)} {{#{item.anchor}}}\n\n")
        out.append(cite_button(archive, meeting, item))
        out.append(block("\n".join(item_facts(context, meeting, item, here))))
        out.append(block(item_links(context, meeting, item, here)))
        for part in splits[item.anchor].parts:
            is_appendix = isinstance(part, Appendix)
            out.append(block(appendix_link(meeting, item, part, here)) if is_appendix else part + "\n\n")
        if item.source:
            out.append(block(p("mb-source", f"Source: {source_ref(context, here, item.source)}")))
    if not meeting.items and meeting.status == "scheduled":
        out.append("The agenda has not been published yet.\n")
    return "".join(out)


def appendix_link(meeting: Meeting, item: Item, appendix: Appendix, here: str) -> str:
    """Where a document taken off the page was: a link to its own page. The id its heading had here stays,
    on the link (moved.js forwards a reader who arrives with it to the document's page)."""
    size = f"{appendix.words:,} words"
    if appendix.kind == "text":
        whole = a(here, appendix.url(meeting), f"the full text of {item.label}")
        return p("mb-appendix", f"The text continues: {whole} ({size}) is on a page of its own.")
    moved = {"ident": appendix.old_id, "cls": "mb-moved"} if appendix.old_id else {}
    to = a(here, appendix.url(meeting), appendix.title, **moved)
    return p("mb-appendix", f"{appendix.kind.capitalize()}: {to} ({size}, on a page of its own)")


def pages(context: Context) -> Iterator[Page]:
    for meeting in context.archive.meetings:
        yield Page(page_file(meeting.url), partial(render, context, meeting))


__all__ = ["pages", "citation"]
