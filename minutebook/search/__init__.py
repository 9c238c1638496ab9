"""Search: documents built from the archive, and index builders that read them.

`documents()` decides what is findable (each item on its own, with its deep link; people,
organisations, bodies and topics by name) and what a result says about itself (body, date, kind,
the people it names). Two builders read the same documents: lunr for `build.py search` in the
terminal, and Pagefind (`pagefind_index`) for the website, whose index is split into chunks so that
a query in the browser downloads only the few it needs, at any archive size.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from ..appendices import split_meeting
from ..dates import long_date
from ..links import with_topics
from ..model import Archive, Item

# What kind of result an item is, by what it holds: the first row that matches wins (catch-all last).
ITEM_KINDS: tuple[tuple[str, object], ...] = (
    ("decision", lambda item: bool(item.decisions)),
    ("minute", lambda item: bool(item.minute)),
    ("agenda item", lambda item: True),
)


@dataclass(frozen=True)
class Document:
    ref: str  # the URL relative to the site root, with the item's anchor
    kind: str  # decision, minute, agenda item, document (a long one appended to an item), person, ...
    title: str
    text: str
    body: str = ""  # the body's name, for items
    date: str = ""  # ISO date of the meeting, for items
    decided: str = ""  # what was decided: weighs more than the rest of the text
    reports: tuple[str, ...] = ()  # titles of the reports the item considered
    people: tuple[str, ...] = ()  # names of the people who moved, seconded, voted or declared an interest
    heading: str = ""  # an item's own title, weighed most; `title` adds where and which minute (default: the title)
    label: str = ""  # which minute or item of its meeting: "minute 15", "item 3"
    # An item's `text` in its two parts: what it said (its own running text, which the website's index takes only
    # the opening of: pagefind_records.OPENING_WORDS) and its notes (recommendations, reports' and topics' names)
    said: str = ""
    notes: str = ""

    @property
    def kinds(self) -> tuple[str, ...]:
        """Every kind the result belongs to: an item that considered a report is also found as a report."""
        return (self.kind, "report") if self.reports else (self.kind,)


@dataclass(frozen=True)
class Hit:
    document: Document
    score: float


class Index(Protocol):
    def search(self, query: str, limit: int) -> list[Hit]: ...


def item_kind(item: Item) -> str:
    return next(kind for kind, test in ITEM_KINDS if test(item))


def _people(archive: Archive, item: Item) -> tuple[str, ...]:
    ids = [*(d.person for d in item.declarations), *(m.mover for m in item.motions),
           *(m.seconder for m in item.motions),
           *(p for v in item.votes for side in ("for", "against", "abstain") for p in v.side(side))]
    return tuple(dict.fromkeys(archive.people[i].name for i in ids if i and i in archive.people))


def documents(archive: Archive) -> Iterator[Document]:
    """What is findable; `archive` has its topics resolved (`links.with_topics`)."""
    for meeting in archive.meetings:
        where = archive.meeting_name(meeting)
        body = archive.body_name(meeting.body)
        splits = split_meeting(meeting, lambda item: item.text)  # long documents are found on their own pages
        for item in meeting.items:
            split = splits[item.anchor]
            label = item.label if item.number else ""
            decided = " ".join(item.decisions)
            reports = tuple(r.subject or r.title for r in item.reports)
            notes = " ".join([*(r.text for r in item.recommendations), *reports,
                              *(archive.topics[t].name for t in item.topics if t in archive.topics)])
            yield Document(f"{meeting.url}#{item.anchor}", item_kind(item), f"{where}, {item.label}: {item.title}",
                           " ".join(filter(None, (decided, split.kept, notes))), body=body,
                           date=meeting.date.isoformat(), decided=decided, reports=reports,
                           people=_people(archive, item), heading=item.title, label=label, said=split.kept,
                           notes=notes)
            for appendix in split.appendices:
                title = item.title if appendix.kind == "text" else appendix.title
                yield Document(appendix.url(meeting), "document", f"{where}, {item.label}: {title}", appendix.text,
                               body=body, date=meeting.date.isoformat(), heading=title, label=label)
    for kind, registry in (("person", archive.people), ("organisation", archive.organisations),
                           ("body", archive.bodies), ("topic", archive.topics)):
        for entity in registry.values():
            title = " ".join(filter(None, (getattr(entity, "honorific", None), entity.name)))
            yield Document(entity.url, kind, title, " ".join(getattr(entity, "aliases", ())))


def when(document: Document) -> str:
    """'13 June 2017', or '' for a result that is not a meeting's item."""
    from datetime import date

    return long_date(date.fromisoformat(document.date)) if document.date else ""


def build_index(archive: Archive, builder: str = "lunr") -> Index:
    from .lunr_index import LunrIndex

    builders = {"lunr": LunrIndex}
    return builders[builder](list(documents(with_topics(archive))))


def all_documents(archive: Archive) -> list[Document]:
    """Every document of an archive as loaded (topics resolved here)."""
    return list(documents(with_topics(archive)))
