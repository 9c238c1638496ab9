"""Search: documents built from the archive, and an index builder that can be swapped.

`documents()` decides what is findable (each item on its own, with its deep link; people,
organisations, bodies and topics by name). An `Index` turns documents into something to query; the
lunr one serves the command line, and a builder for very large archives can replace it without
touching what is indexed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from ..appendices import split_meeting
from ..links import with_topics
from ..model import Archive


@dataclass(frozen=True)
class Document:
    ref: str  # the URL relative to the site root, with the item's anchor
    kind: str  # item, document (a long one appended to an item), person, organisation, body, topic
    title: str
    text: str


@dataclass(frozen=True)
class Hit:
    document: Document
    score: float


class Index(Protocol):
    def search(self, query: str, limit: int) -> list[Hit]: ...


def documents(archive: Archive) -> Iterator[Document]:
    """What is findable; `archive` has its topics resolved (`links.with_topics`)."""
    for meeting in archive.meetings:
        where = archive.meeting_name(meeting)
        splits = split_meeting(meeting, lambda item: item.text)  # long documents are found on their own pages
        for item in meeting.items:
            split = splits[item.anchor]
            text = " ".join([split.kept, *item.decisions, *(r.text for r in item.recommendations),
                             *(archive.topics[t].name for t in item.topics if t in archive.topics)])
            yield Document(f"{meeting.url}#{item.anchor}", "item", f"{where}, {item.label}: {item.title}", text)
            for appendix in split.appendices:
                title = item.title if appendix.kind == "text" else appendix.title
                yield Document(appendix.url(meeting), "document", f"{where}, {item.label}: {title}", appendix.text)
    for kind, registry in (("person", archive.people), ("organisation", archive.organisations),
                           ("body", archive.bodies), ("topic", archive.topics)):
        for entity in registry.values():
            yield Document(entity.url, kind, entity.name, " ".join(getattr(entity, "aliases", ())))


def build_index(archive: Archive, builder: str = "lunr") -> Index:
    from .lunr_index import LunrIndex

    builders = {"lunr": LunrIndex}
    return builders[builder](list(documents(with_topics(archive))))
