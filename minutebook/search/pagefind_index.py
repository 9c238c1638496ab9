"""The website's search index: Pagefind, fed the search documents the domain builds (never the built HTML).

Material's own search downloads the whole index before the first result (67 MB and 21 s at 10,000
meetings); Pagefind splits its index into chunks, so a query downloads only the words it needs
(about 0.5 MB at that size). Each document becomes one small HTML record handed to Pagefind's Python
API: the title as the heading (Pagefind weighs headings most), what was decided weighted above the
rest of the text, and the filters and metadata a result shows (body, year, kind, person, date).

Ranking rule: the item that decided something outranks a page that merely lists it. Lists (the
decisions register, topic, body and people pages) are never indexed by their content, only entities
by their names; and decision text carries `DECIDED_WEIGHT`.
"""

from __future__ import annotations

import asyncio
import base64
import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import Document, when

# Pagefind's scale runs to 10; by default a page's h1 weighs 7, h2 6 ... and plain text 1. The title of an
# item that decided something weighs most, so that it outranks an item that only had the same subject on its
# agenda (longer minutes would otherwise lose to a short agenda entry); what was decided weighs more than
# the rest of the text.
DECIDED_TITLE_WEIGHT = 10.0
DECIDED_WEIGHT = 3.0
HELP_WEIGHT = 0.5  # the help pages' text: they are found, but below the archive's own items
KIND_LABEL = {"body": "committee or body"}  # how a kind reads in the filter list, where not as it is


@dataclass(frozen=True)
class HelpPage:
    """A hand-written page of the docs folder, as MkDocs rendered it (its content HTML)."""

    url: str
    title: str
    html: str


# Markdown left in an item's text that a snippet should not show: links keep their words, the rest goes.
MARKDOWN_RE = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\{[#.:][^}]*\}"), ""),
    (re.compile(r"<[^>]+>"), " "),
    (re.compile(r"[*_`#|>]+"), " "),
    (re.compile(r"\s+"), " "),
)


def plain(text: str) -> str:
    for pattern, replacement in MARKDOWN_RE:
        text = pattern.sub(replacement, text)
    return text.strip()


def _span(attribute: str, name: str, value: str) -> str:
    return f'<span {attribute}="{html.escape(name)}">{html.escape(value)}</span>'


def record_html(document: Document) -> str:
    """One document as the small HTML page Pagefind reads: heading, weighted decision, text, filters, meta."""
    e = html.escape
    kinds = "".join(_span("data-pagefind-filter", "kind", KIND_LABEL.get(k, k)) for k in document.kinds)
    facts = [kinds, _span("data-pagefind-meta", "kind", KIND_LABEL.get(document.kind, document.kind))]
    if document.body:
        facts += [_span("data-pagefind-filter", "body", document.body),
                  _span("data-pagefind-meta", "body", document.body)]
    if document.date:
        facts += [_span("data-pagefind-filter", "year", document.date[:4]),
                  _span("data-pagefind-meta", "date", when(document)),
                  f'<span data-pagefind-sort="date">{e(document.date)}</span>']
    facts += [_span("data-pagefind-filter", "person", name) for name in document.people]
    decided = plain(document.decided)
    rest = plain(document.text[len(document.decided):] if document.decided else document.text)
    body = f'<p data-pagefind-weight="{DECIDED_WEIGHT}">{e(decided)}</p>' if decided else ""
    heading = f' data-pagefind-weight="{DECIDED_TITLE_WEIGHT}"' if decided else ""
    return (f'<html lang="en"><head><title>{e(document.title)}</title></head><body>'
            f'<h1{heading}>{e(document.title)}</h1>{body}<p>{e(rest)}</p>'
            f'<div data-pagefind-ignore>{"".join(facts)}</div></body></html>')


def help_html(page: HelpPage) -> str:
    """A help page is a group of its own: the kind filter "help page" shows only them, or leaves them out."""
    facts = _span("data-pagefind-filter", "kind", "help page") + _span("data-pagefind-meta", "kind", "help page")
    return (f'<html lang="en"><head><title>{html.escape(page.title)}</title></head><body>'
            f'<h1>{html.escape(page.title)}</h1><div data-pagefind-weight="{HELP_WEIGHT}">{page.html}</div>'
            f'<div data-pagefind-ignore>{facts}</div></body></html>')


BATCH = 256  # records in flight at once: the service answers them in order while more are being sent


def _service_class():
    from pagefind.service import PagefindService

    class Service(PagefindService):
        """pagefind 1.5.2's service sleeps 0.1 s before reading each answer (100 s per 1,000 records, 4 hours
        at 10,000 meetings); this one reads the answers as they come, and forgets each once answered."""

        async def _wait_for_responses(self) -> None:
            while True:
                answer = json.loads(base64.b64decode((await self._backend.stdout.readuntil(b","))[:-1]))
                payload = answer["payload"]
                ident = answer.get("message_id")
                if ident is None and payload.get("original_message"):  # the service could not read the request
                    ident = json.loads(payload["original_message"]).get("message_id")
                future = self._responses.pop(ident, None)
                if future is None or future.done():
                    continue
                if payload["type"] == "Error":
                    future.set_exception(RuntimeError(f"pagefind: {payload.get('message')}"))
                else:
                    future.set_result(payload)

    return Service


async def _write(site_dir: Path, documents: Iterable[Document], help_pages: Iterable[HelpPage]) -> int:
    records = [*(("/" + d.ref, record_html(d)) for d in documents),
               *(("/" + p.url.lstrip("/"), help_html(p)) for p in help_pages)]
    service = await _service_class()().launch()
    try:
        index = await service.create_index({"force_language": "en"})
        for start in range(0, len(records), BATCH):
            await asyncio.gather(*(index.add_html_file(content=content, url=url)
                                   for url, content in records[start:start + BATCH]))
        await index.write_files(str(site_dir / "pagefind"))
    finally:
        await service.close()
    return len(records)


def write_index(site_dir: Path, documents: Iterable[Document], help_pages: Iterable[HelpPage] = ()) -> int:
    """Write the Pagefind bundle to `site_dir`/pagefind/; returns how many records it holds."""
    return asyncio.run(_write(site_dir, documents, help_pages))
