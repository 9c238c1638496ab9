"""The website's search index: Pagefind, fed the search documents the domain builds (never the built HTML).

Material's own search downloads the whole index before the first result (67 MB and 21 s at 10,000
meetings); Pagefind splits its index into chunks, so a query downloads only the words it needs
(about 0.5 MB at that size). Each document becomes one small HTML record handed to Pagefind's Python
API: the item's own title as the heading (Pagefind weighs headings most), where and which number
below it, what was decided weighted above the rest of the text, and the filters and metadata a result
shows (body, year, kind, person, date).

Ranking rule: the item that decided something outranks a page that merely lists it. Lists (the
decisions register, topic, body and people pages) are never indexed by their content, only entities
by their names; and decision text carries `DECIDED_WEIGHT`. The browser's half of the ranking is in
`docs/javascripts/search.js` (Pagefind's ranking options); tests/test_search_ranking.py holds both.
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

# Pagefind's scale runs to 10; by default a page's h1 weighs 7, h2 6 ... and plain text 1. The heading of an
# item that decided something weighs most, so that it outranks an item that only had the same subject on its
# agenda (longer minutes would otherwise lose to a short agenda entry), and so does the name of a person,
# body, organisation or topic; other items' headings weigh as an h1 does (the catch-all).
HEADING_WEIGHT = {"minute": 7.0, "agenda item": 7.0, "document": 7.0}
NAME_WEIGHT = 10.0
# Where and which number ("Cabinet, 13 January 2019 15"): a query with the body and date finds that meeting's
# item before the same title at another meeting; below the name of the body, whose every item says it.
WHERE_WEIGHT = 6.0
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
    """One document as the small HTML page Pagefind reads: heading, where, weighted decision, text, filters, meta.

    Pagefind searches metadata too, so no metadata says "minute": the word would be in every record and
    "minutes" could no longer tell the item called Minutes from the rest. The result's title is put back
    together in the browser from the heading, body, date and number (`search.js`, `title()`)."""
    e = html.escape
    kinds = "".join(_span("data-pagefind-filter", "kind", KIND_LABEL.get(k, k)) for k in document.kinds)
    facts = [kinds, _span("data-pagefind-meta", "kind", KIND_LABEL.get(document.kind, document.kind)),
             _span("data-pagefind-meta", "title", document.heading or document.title)]
    where = ""
    if document.body:
        facts += [_span("data-pagefind-filter", "body", document.body),
                  _span("data-pagefind-meta", "body", document.body)]
    if document.date:
        facts += [_span("data-pagefind-filter", "year", document.date[:4]),
                  _span("data-pagefind-meta", "date", when(document))]
        where = f"{document.body}, {when(document)}"
    if document.label:
        word, number = document.label.split(" ", 1)
        facts.append(_span("data-pagefind-meta", word, number))  # the key ("minute") is not searched, the value is
        where += f" {number}"
    facts += [_span("data-pagefind-filter", "person", name) for name in document.people]
    decided = plain(document.decided)
    rest = plain(document.text[len(document.decided):] if document.decided else document.text)
    body = f'<p data-pagefind-weight="{DECIDED_WEIGHT}">{e(decided)}</p>' if decided else ""
    weight = HEADING_WEIGHT.get(document.kind, NAME_WEIGHT)
    # last, so that a result's extract starts with the heading and what was said, not "Cabinet, 8 July 2015 119"
    context = f'<p data-pagefind-weight="{WHERE_WEIGHT}">{e(where)}</p>' if where else ""
    return (f'<html lang="en"><head><title>{e(document.title)}</title></head><body>'
            f'<h1 data-pagefind-weight="{weight}">{e(document.heading or document.title)}</h1>{body}'
            f'<p>{e(rest)}</p>{context}<div data-pagefind-ignore>{"".join(facts)}</div></body></html>')


def help_html(page: HelpPage) -> str:
    """A help page is a group of its own: the kind filter "help page" shows only them, or leaves them out."""
    facts = _span("data-pagefind-filter", "kind", "help page") + _span("data-pagefind-meta", "kind", "help page")
    return (f'<html lang="en"><head><title>{html.escape(page.title)}</title></head><body>'
            f'<h1>{html.escape(page.title)}</h1><div data-pagefind-weight="{HELP_WEIGHT}">{page.html}</div>'
            f'<div data-pagefind-ignore>{facts}</div></body></html>')


CLOSE_TIMEOUT = 120  # seconds the service may take to finish writing once asked to stop
SETTLE_TIMEOUT = 60  # seconds the bundle's files may take to be whole after the service says they are written
BATCH = 256  # records in flight at once: the service answers them in order while more are being sent


def _service_class():
    from pagefind.service import PagefindService

    class Service(PagefindService):
        """pagefind 1.5.2's service sleeps 0.1 s before reading each answer (100 s per 1,000 records, 4 hours
        at 10,000 meetings); this one reads the answers as they come, and forgets each once answered."""

        async def _wait_for_responses(self) -> None:
            while True:
                try:
                    line = await self._backend.stdout.readuntil(b",")
                except asyncio.IncompleteReadError:  # the service has exited
                    return
                answer = json.loads(base64.b64decode(line[:-1]))
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

        async def close(self) -> None:
            """Its own close kills the service, which could cut the files it was still writing short (an empty
            pagefind-entry.json, seen under load): ending its input lets it finish them and exit by itself."""
            self._backend.stdin.close()
            try:
                await asyncio.wait_for(self._backend.wait(), CLOSE_TIMEOUT)
            except TimeoutError:
                self._backend.kill()
                await self._backend.wait()
            await self._poll_task

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
        await _settled(site_dir / "pagefind")
    finally:
        await service.close()
    problem = _bundle_problem(site_dir / "pagefind")
    if problem:
        raise RuntimeError(problem)
    return len(records)


async def _settled(folder: Path) -> None:
    """Wait until the bundle's files are whole. pagefind 1.5.2's service answers `write_files` before every file
    has its content: under load, 2 builds in 30 left an empty pagefind-entry.json or wasm file once the
    service was stopped. Waiting for the files (at most SETTLE_TIMEOUT) before stopping it leaves none."""
    deadline = asyncio.get_running_loop().time() + SETTLE_TIMEOUT
    while _bundle_problem(folder) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)


def _bundle_problem(folder: Path) -> str | None:
    """What is wrong with a bundle that would break every search (an empty or unreadable file), or None."""
    empty = sorted(str(f.relative_to(folder)) for f in folder.rglob("*") if f.is_file() and not f.stat().st_size)
    if empty:
        return f"{folder}: Pagefind left {len(empty)} empty file(s): {', '.join(empty[:5])}"
    try:
        json.loads((folder / "pagefind-entry.json").read_text())
    except (OSError, ValueError) as error:
        return f"{folder / 'pagefind-entry.json'}: Pagefind's entry file is unreadable: {error}"
    return None


def write_index(site_dir: Path, documents: Iterable[Document], help_pages: Iterable[HelpPage] = ()) -> int:
    """Write the Pagefind bundle to `site_dir`/pagefind/; returns how many records it holds."""
    return asyncio.run(_write(site_dir, documents, help_pages))
