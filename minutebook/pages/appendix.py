"""Pages for long documents appended to an item (`appendices.py` says which): a report, an attachment, or
an over-long item's full text, each at an address under its meeting, linked from the item and back."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ..appendices import Appendix, rebase, split_meeting
from ..model import Item, Meeting, ReportRef
from ..urls import page_file
from . import Context, Page
from .markup import esc, front_matter, link
from .meeting import source_ref
from .summary import item_heading

KIND_NAMES = {"report": "Report", "attachment": "Attachment", "text": "Full text"}


def report_ref(item: Item, appendix: Appendix) -> ReportRef | None:
    """The report's entry in the record (author, pages of the agenda pack), where its title matches."""
    wanted = appendix.title.casefold().strip()
    return next((r for r in item.reports if r.title.casefold().strip() == wanted), None)


def render(context: Context, meeting: Meeting, item: Item, slug: str) -> str:
    archive = context.archive
    # The linked text, split as the meeting page splits it, so this page holds exactly what left that one.
    split = split_meeting(meeting, lambda i: context.links.text(meeting, i.anchor))[item.anchor]
    appendix = next(a for a in split.appendices if a.slug == slug)
    here = page_file(appendix.url(meeting))
    where = f"{archive.meeting_name(meeting)}, {item.label}"
    title = f"{item.title}: full text" if appendix.kind == "text" else appendix.title
    description = (f"{KIND_NAMES[appendix.kind]} ({appendix.words:,} words) of {where}: {item.title}, "
                   f"{archive.authority or archive.name}.")
    facts = [("Document", KIND_NAMES[appendix.kind] if appendix.kind == "text"
              else f"{KIND_NAMES[appendix.kind]} appended to the item"),
             ("Item", link(here, meeting.url, f"{item_heading(item)}", item.anchor)),
             ("Meeting", link(here, meeting.url, archive.meeting_name(meeting)))]
    ref = report_ref(item, appendix)
    if ref and ref.author:
        facts.append(("Author", esc(ref.author)))
    if ref and ref.pages:
        facts.append(("Pages", f"{esc(ref.pages)} of the agenda pack"))
    facts.append(("Length", f"{appendix.words:,} words"))
    if item.source:
        facts.append(("Source", source_ref(context, here, item.source)))
    back = (f'<p class="mb-sequence" markdown>← Back to {link(here, meeting.url, item.label, item.anchor)} '
            f"on the page of {link(here, meeting.url, archive.meeting_name(meeting))}</p>\n\n")
    return "".join([
        front_matter(f"{title} ({where})", description),
        f"# {esc(title)}\n\n",
        '<div class="mb-facts" markdown>\n\n| | |\n|---|---|\n' + "".join(f"| {k} | {v} |\n" for k, v in facts)
        + "\n</div>\n\n",
        back,
        rebase(appendix.text) + "\n\n",
        back,
    ])


def pages(context: Context) -> Iterator[Page]:
    """One page per appendix; which exist is decided on the recorded text, as the ledger and search decide."""
    for meeting in context.archive.meetings:
        yield from pages_of(context, meeting)


def pages_of(context: Context, meeting: Meeting) -> Iterator[Page]:
    """One meeting's appendix pages (`build.py serve` asks for an edited meeting's alone)."""
    splits = split_meeting(meeting, lambda i: i.text)
    for item in meeting.items:
        for appendix in splits[item.anchor].appendices:
            yield Page(page_file(appendix.url(meeting)), partial(render, context, meeting, item, appendix.slug))
