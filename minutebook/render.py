"""Generated pages to safe HTML, in the domain: only what people wrote is parsed as Markdown, on every core.

MkDocs would parse each generated page again, one at a time, with a new Markdown instance per page
(55 % of a 10,000-meeting build). Here one Markdown instance per process renders a page's Markdown (record
text and headings; what Minutebook wrote itself is HTML already, `pages/html.py`), rewrites its
links from Markdown files to the site's addresses, sanitises it (`safety.clean_html`) and reports
its anchors and internal links for `linkcheck`; the adapter hands MkDocs the result. Pages are
rendered in a window that moves ahead of the generator's need, so memory stays flat however large
the archive.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

import markdown
import yaml
from markdown.treeprocessors import InlineProcessor, Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from .pages import Page
from .pages.html import CLOSE, OPEN
from .pages.markup import headless_tables_as_layout
from .parallel import fork_map
from .safety import clean_html

if TYPE_CHECKING:
    from .pagecache import PageCache

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ID_RE = re.compile(r'\sid="([^"]+)"')
BLOCK_RE = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")  # HTML the page wrote itself (`pages.html.block`)
HELD, HELD_END = "\ue000", "\ue001"  # a block's place while the Markdown around it is parsed
HELD_RE = re.compile(f"(?:<p>)?{HELD}(\\d+){HELD_END}(?:</p>)?")  # bare where record text left a block open
HREF_RE = re.compile(r'(<a\s[^>]*?href=")([^"]*)"')
# Batches (of 8 pages) a rendering worker renders before a new fork replaces it (`parallel.fork_map`): its memory
# stays that of the pages it rendered instead of growing to a copy of the archive. At 2,000 synthetic meetings the
# build's peak without Pagefind's process went from 827-865 MiB to 671-684 (626 at 16 batches), its time the same
# within the spread of runs (docs/performance.md, Search: when the peak comes).
RECYCLE = 64


@dataclass(frozen=True)
class Rendered:
    path: str
    meta: dict
    html: str
    toc: list  # Python-Markdown's toc_tokens: the adapter turns them into the generator's table of contents
    ids: frozenset[str]  # anchors present on the page
    targets: tuple[tuple[str, str], ...]  # internal links: (file under the docs root, anchor or "")
    key: str = ""  # the hash of its inputs, when rendered through a `pagecache.PageCache`
    filled: str = ""  # the whole page, the generator's template filled, where the adapter had a worker fill it


def page_url(path: str, directory_urls: bool = True) -> str:
    """The address of the page built from `path` (`a/b.md` -> `a/b/`), or `path` itself for any other file."""
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5] if directory_urls else stem + ".html"
    return stem + "/" if directory_urls else stem + ".html"


@lru_cache(maxsize=1 << 16)
def relative_url(url: str, from_url: str) -> str:
    """`url` as seen from the page at `from_url` (both site-relative), as MkDocs writes it. Remembered:
    a page links the same people and meetings many times, and posixpath.relpath was 2 % of a build."""
    base = from_url.rstrip("/") if from_url.endswith("/") or not from_url else posixpath.dirname(from_url)
    rel = posixpath.relpath("/" + url.rstrip("/"), "/" + base)
    return rel + "/" if url.endswith("/") or not url else rel


class _Links(Treeprocessor):
    """Rewrites relative links to Markdown files into links to pages, and records where each link goes."""

    path = ""
    url = ""
    directory_urls = True
    targets: list[tuple[str, str]]

    def run(self, root):
        for element in root.iter("a"):
            href = element.get("href")
            if href:
                element.set("href", self.rewrite(href))
        return None

    def rewrite(self, href: str) -> str:
        """The address `href` (relative to the page's Markdown file) is seen at from the built page. An e-mail
        address Python-Markdown hid from harvesters ('<a@b.org>', '<mailto:a@b.org>': its letters as entities the
        serialiser writes later) is no link to a page."""
        if href.startswith(AMP_SUBSTITUTE):
            return href
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or parts.path.startswith("/"):
            return href
        if not parts.path:
            self.targets.append((self.path, unquote(parts.fragment)))
            return href
        target = posixpath.normpath(posixpath.join(posixpath.dirname(self.path), unquote(parts.path)))
        self.targets.append((target, unquote(parts.fragment)))
        new = relative_url(page_url(target, self.directory_urls), self.url)
        return new + (f"#{parts.fragment}" if parts.fragment else "")

    def rewrite_html(self, markup: str) -> str:
        """Every link of a block of HTML rewritten, in order, as `run` does those of the parsed page."""
        return HREF_RE.sub(lambda m: f'{m.group(1)}{html.escape(self.rewrite(html.unescape(m.group(2))))}"',
                           markup)


# A character (or the two spaces before a line's end) that one of Python-Markdown's own inline patterns starts
# with: code, escapes, links and images, autolinks and raw HTML, entities, emphasis, line breaks.
INLINE_START_RE = re.compile(r"[`\\\[<&*_\x02\x03]|  \n")


def _inline_patterns(md: markdown.Markdown) -> list[tuple[str, str | None]]:
    return [(type(p).__name__, getattr(p, "pattern", None)) for p in md.inlinePatterns]


DEFAULT_INLINE = _inline_patterns(markdown.Markdown())


class _PlainTextFirst(InlineProcessor):
    """Python-Markdown tries each inline pattern in turn on every run of text, though most of a record is
    plain sentences in which no pattern can start, returned unchanged: such a run is returned at once
    (a meeting page's Markdown in 27 % less CPU, the same HTML). Installed only where the inline patterns
    are Python-Markdown's own, whose starting characters `INLINE_START_RE` lists."""

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802,N803
        if patternIndex == 0 and not INLINE_START_RE.search(data):
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)


class Renderer:
    """A page's Markdown -> its HTML, with the extensions and settings the generator is configured with."""

    def __init__(self, extensions: Sequence = (), configs: dict | None = None, directory_urls: bool = True):
        self.md = markdown.Markdown(extensions=list(extensions), extension_configs=configs or {})
        if _inline_patterns(self.md) == DEFAULT_INLINE and hasattr(InlineProcessor, "_InlineProcessor__handleInline"):
            self.md.treeprocessors.register(_PlainTextFirst(self.md), "inline", 20)
        self.links = _Links(self.md)
        self.links.directory_urls = directory_urls
        self.md.treeprocessors.register(self.links, "minutebook_links", 0)

    def render(self, page: Page) -> Rendered:
        """Only the page's Markdown is parsed: its blocks of HTML wait, each in a paragraph of its own, and
        come back (links rewritten) in their paragraphs' places, before the whole page is sanitised."""
        meta, text = split_front_matter(page.markdown)
        self.md.reset()
        self.links.path, self.links.url = page.path, page_url(page.path, self.links.directory_urls)
        self.links.targets = []
        blocks: list[str] = []

        def hold(found: re.Match) -> str:
            blocks.append(found.group(1))
            return f"\n\n{HELD}{len(blocks) - 1}{HELD_END}\n\n"

        text = BLOCK_RE.sub(hold, text.replace(HELD, "&#xe000;").replace(HELD_END, "&#xe001;"))
        parsed = self.md.convert(text)
        blocks = [self.links.rewrite_html(b) for b in blocks]  # the parsed links are recorded, then the blocks'
        out = HELD_RE.sub(lambda found: blocks[int(found.group(1))], parsed) if blocks else parsed
        out = headless_tables_as_layout(clean_html(out))
        return Rendered(page.path, meta, out, list(getattr(self.md, "toc_tokens", [])),
                        frozenset(ID_RE.findall(out)), tuple(dict.fromkeys(self.links.targets)))


def split_front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        return {}, text
    return yaml.load(text[4:end + 1], Loader=Loader) or {}, text[end + 5:]


def render_all(pages: Sequence[Page], renderer: Renderer, processes: int | None = None,
               cache: PageCache | None = None,
               finish: Callable[[Rendered], Rendered] | None = None) -> Iterator[Rendered]:
    """Every page rendered (or read back from `cache`), in order, on every core; a few batches at most
    wait to be consumed. `finish` runs on each page in the same worker: the adapter fills the
    generator's template there, which would otherwise be one process's work for every page."""
    def job(i: int) -> Rendered:
        rendered = cache.render(pages[i], renderer) if cache is not None else renderer.render(pages[i])
        return finish(rendered) if finish is not None else rendered

    return fork_map(job, len(pages), processes=processes, recycle=RECYCLE)
