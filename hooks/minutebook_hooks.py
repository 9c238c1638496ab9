"""MkDocs adapter: hand the domain's pages and files to MkDocs as generated files. No domain logic here.

Generated pages reach MkDocs as HTML the domain rendered (`minutebook.render`, on every core): MkDocs
reads no source for them and parses no Markdown; each page's HTML, metadata and table of contents
are handed over just before its template is filled, and let go once it is written. Their links are
checked by `minutebook.linkcheck` instead of MkDocs, and reported as warnings (so `--strict` fails).

Each page's template is filled in the worker that rendered it (`fill.py`): MkDocs's one process fills a
one-line template with the finished page and writes it.

While `build.py serve` runs ($MINUTEBOOK_CACHE), rendered pages are kept between builds
(`minutebook.pagecache`), and a page whose inputs and surroundings are unchanged is copied from the
site being served ($MINUTEBOOK_PREVIOUS_SITE) instead of filling its template again.

The archive folder comes from $MINUTEBOOK_CONTENT (set by `build.py --content`), else
`extra.minutebook.content` in mkdocs.yml, else `content/` beside mkdocs.yml.
"""

from __future__ import annotations

import contextlib
import copy
import ctypes
import gc
import hashlib
import json
import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

from jinja2 import ChoiceLoader, DictLoader
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hooks.fill import TEMPLATE_SETTINGS, Unindented, fill, show, trimmed  # noqa: E402
from minutebook import ledger  # noqa: E402
from minutebook.archive import load_archive  # noqa: E402
from minutebook.linkcheck import LinkCheck  # noqa: E402
from minutebook.pagecache import PageCache  # noqa: E402
from minutebook.problems import Problems  # noqa: E402
from minutebook.render import Rendered, Renderer, render_all  # noqa: E402
from minutebook.search import documents  # noqa: E402
from minutebook.search.pagefind_index import HelpPage, Indexing, bundle_version  # noqa: E402
from minutebook.site import build_site, forget  # noqa: E402
from minutebook.sources import SourceFolders  # noqa: E402

log = logging.getLogger("mkdocs.plugins.minutebook")
_state: dict = {}  # what the build keeps to its end: the content folder, the page cache, the search indexing
_held: dict = {}  # what it holds until its pages are written (the archive, its pages, the exports): `_let_go`
# The generated pages' template: the page finished elsewhere (filled by a worker, or the served copy), else main.html
FINISHED = "minutebook-finished.html"
FINISHED_SOURCE = ('{% if page.minutebook_html %}{{ page.minutebook_html }}'
                   '{% else %}{% include "main.html" %}{% endif %}')


def on_config(config):
    if os.environ.get("SITE_URL"):
        config.site_url = os.environ["SITE_URL"].rstrip("/") + "/"
    base = Path(config.config_file_path).parent
    setting = os.environ.get("MINUTEBOOK_CONTENT") or config.extra.get("minutebook", {}).get("content", "content")
    content = (base / setting).resolve() if not Path(setting).is_absolute() else Path(setting)
    archive, problems = load_archive(content, allow_empty=os.environ.get("MINUTEBOOK_ALLOW_EMPTY") == "1")
    for problem in problems.items:
        if problem.severity == "warning":  # errors are printed once, below, with the refusal
            log.warning(str(problem))
    if problems.errors:
        raise PluginError(f"the archive in {content} has {len(problems.errors)} error(s); nothing was built:\n"
                          + "\n".join(str(p) for p in sorted(problems.errors)))
    _held["archive"] = archive
    _state["content"] = content
    _held["ledger"] = ledger.read(content, Problems())  # checked by load_archive; read once for the build
    _state["sources"] = SourceFolders.of(content, archive.sources_folder)
    _state["cache"] = None
    if os.environ.get("MINUTEBOOK_CACHE"):
        settings = repr((config.markdown_extensions, config.mdx_configs, config.use_directory_urls))
        _state["cache"] = PageCache(Path(os.environ["MINUTEBOOK_CACHE"]), settings)
    return config


def on_files(files, config):
    intro = ""
    existing = files.get_file_from_path("index.md")
    if existing is not None:
        intro = existing.content_string
        files.remove(existing)
    cache = _state.get("cache")
    site = build_site(_held["archive"], home_intro=intro, site_url=config.site_url, source_folders=_state["sources"],
                      ledger=_held["ledger"], link_cache=cache.links if cache else None)
    _held.update(archive=site.archive, pages={page.path: page for page in site.pages}, published=site.published,
                 ready={}, check=LinkCheck(), files=files,
                 renderer=Renderer(config.markdown_extensions, config.mdx_configs, config.use_directory_urls))
    for page in site.pages:
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, page.path, content="", inclusion=inclusion))
    _held["exports"] = [_export(config, files, path, content) for path, content in site.files.items()]
    for file in _held["exports"]:
        files.append(file)
    return files


def _export(config, files, path: str, content: str | bytes) -> File:
    """A data file, feed, calendar or source written into the site folder at once, as MkDocs would write it after
    on_env (which MkDocs allows: it copies a file onto itself as a no-op), so that neither this process nor the
    rendering workers it forks hold the exports while the pages render (about 40 MB at 2,000 meetings, every
    record's text in `data/meetings.json`). One at the address of a file of docs/ is left to MkDocs, as before."""
    if files.get_file_from_path(path) is not None:
        return File.generated(config, path, content=content)
    target = Path(config.site_dir) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        target.write_text(content, encoding="utf-8")
    else:
        target.write_bytes(content)
    return File.generated(config, path, abs_src_path=str(target))


def on_pre_page(page, config, files):
    """A generated page has no source to read and no Markdown to parse: its HTML comes at on_page_context.
    Pages in the navigation are rendered now, since every page's navigation shows their titles."""
    generated = _held.get("pages", {}).get(page.file.src_uri)
    if generated is None:
        return page

    def read_source(config):
        page.markdown, page.meta = "", {"template": FINISHED}
        if generated.in_nav:
            _held["ready"][generated.path] = rendered = _held["renderer"].render(generated)
            page.meta = rendered.meta
        del page.read_source  # read once: MkDocs keeps its pages, which would keep the archive through this

    page.read_source = read_source
    page.render = lambda config, files: setattr(page, "content", "")
    return page


def on_nav(nav, config, files):
    _held["nav"] = nav
    return nav


def on_env(env, config, files):
    """Start rendering, in the order MkDocs will build the pages, each page's template filled in its worker."""
    pages, ready, cache = _held.get("pages", {}), _held.get("ready", {}), _state.get("cache")
    trimmed(env)
    env.loader = ChoiceLoader([DictLoader({FINISHED: FINISHED_SOURCE}), env.loader])
    if "archive" in _held:  # the search index, from the domain's search documents, while the pages render
        archive = _held["archive"]
        _state["indexing"] = Indexing(lambda: list(documents(archive)))  # its topics resolved by build_site
    if cache is not None:
        _state["frame"] = _frame(config, _held["nav"])
        served = cache.served()
        previous = os.environ.get("MINUTEBOOK_PREVIOUS_SITE")
        _state.update(counts={"rendered": 0, "reused": 0}, previous=Path(previous) if previous else None)
        _held.update(keys={}, served=served["pages"] if previous and served["frame"] == _state["frame"] else {})
    served, doc_files, nav = _held.get("served", {}), files.documentation_pages(), _held["nav"]

    def finish(rendered: Rendered) -> Rendered:
        if rendered.key and served.get(rendered.path) == rendered.key:
            return rendered  # the served copy will do
        page = files.get_file_from_path(rendered.path).page
        return replace(rendered, html="", filled=fill(config, nav, doc_files, env, page, rendered))

    order = [pages[f.src_uri] for f in doc_files if f.src_uri in pages and f.src_uri not in ready]
    if order:  # the theme's templates compiled here, once, before the workers fork (a recycled worker would again),
        first = _held["renderer"].render(order[0])  # filled for a copy of its page: MkDocs reads the page's own later
        fill(config, nav, doc_files, env, copy.copy(files.get_file_from_path(first.path).page), first)
    _state["stream"] = render_all(order, _held["renderer"], cache=cache, finish=finish) if pages else iter(())
    return env


def _frame(config, nav) -> str:
    """A hash of what every page's template shows besides the page: the navigation, the configuration
    and the theme's files. A served page is reused only while it is unchanged."""
    def walk(items):
        for item in items:
            yield [type(item).__name__, str(item.title), getattr(item, "url", None)]
            yield from walk(getattr(item, "children", None) or [])

    theme = sorted((str(f), f.stat().st_size, f.stat().st_mtime_ns)
                   for folder in config.theme.dirs for f in Path(folder).rglob("*") if f.is_file())
    text = json.dumps([list(walk(nav.items)), theme, config.site_url, Path(config.config_file_path).read_text(),
                       TEMPLATE_SETTINGS, Unindented.identifier])
    return hashlib.sha256(text.encode()).hexdigest()



def _take(path: str) -> Rendered:
    ready = _held["ready"]
    while path not in ready:
        rendered = next(_state["stream"])
        ready[rendered.path] = rendered
    return ready.pop(path)


@event_priority(100)  # before the search plugin reads the page
def on_page_context(context, page, config, nav):
    if page.file.src_uri in _held.get("pages", {}):
        rendered = _take(page.file.src_uri)
        _held["check"].add(rendered)
        reused = _served(page, rendered) if _state.get("cache") is not None else None
        page.minutebook_html = reused or rendered.filled or None
        show(page, rendered)
        context["page"] = page
    return context


def _served(page, rendered: Rendered) -> str | None:
    """The served site's copy of this page, if its inputs and the frame are unchanged since that build.
    Pages in the navigation are rendered every time (there are few; they have no key)."""
    if not rendered.key:
        return None
    _held["keys"][rendered.path] = rendered.key
    if _held["served"].get(rendered.path) == rendered.key:
        try:
            text = (_state["previous"] / page.file.dest_uri).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = None
        if text:
            _state["counts"]["reused"] += 1
            return text
    _state["counts"]["rendered"] += 1
    return None


def on_post_page(output, page, config):
    if page.file.src_uri in _held.get("pages", {}):
        page.content = None  # written: nothing keeps 10,000 pages' HTML in memory
        page.minutebook_html = None
    elif not (page.meta.get("search") or {}).get("exclude") and page.file.src_uri != "search.md":
        _state.setdefault("help", []).append(HelpPage(page.url, page.title or "", page.content or ""))
    return output


def on_build_error(error):
    if "indexing" in _state:
        _state.pop("indexing").stop()


def on_post_build(config):
    stream = _state.pop("stream", None)
    if stream is not None:
        stream.close()
    if _state.get("cache") is not None:
        _state["cache"].record(_state["frame"], _held["keys"], _state["counts"])
    if "check" in _held:
        for problem in _held["check"].problems(f.src_uri for f in _held["files"]):
            log.warning(problem)
    addresses = None
    if os.environ.get("MINUTEBOOK_RECORD_ADDRESSES") and "published" in _held:  # `build.py build` asks for them
        addresses = ledger.updated(_held["ledger"], _held["published"])
    _let_go()
    if "indexing" in _state:  # the search index, with the help pages MkDocs has rendered
        try:
            count = _state.pop("indexing").finish(Path(config.site_dir), _state.pop("help", []))
            log.info(f"search index: {count:,} records, written by Pagefind {bundle_version(Path(config.site_dir))}")
        except (OSError, RuntimeError) as error:
            raise PluginError(f"the search index (Pagefind) could not be written: {error}") from error
    if addresses is not None:  # written once the whole site is: a failed build publishes no address
        ledger.write(_state["content"], addresses)


def _let_go() -> None:
    """Let go of the archive, its pages and the exports (MkDocs wrote them first) before Pagefind writes its
    bundle, the build's peak of memory: at 2,000 meetings this process then holds 291 MiB instead of 503."""
    for file in _held.get("exports", []):  # MkDocs's files still hold those not written early (`_export`)
        if file.abs_src_path is None:
            file.content_bytes = b""
    _held.clear()
    forget()  # what the domain remembers holds the archive too
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # glibc keeps freed memory for reuse unless asked
        ctypes.CDLL(None).malloc_trim(0)
