"""MkDocs adapter for edits while serving: write the pages one edited record changes into the served site.

`build.py serve` builds the site whole first (a MkDocs build in its own process, `minutebook_hooks`).
Then it makes a `LiveSite` in its own process: the archive in memory (`minutebook.liveedit`), and what
MkDocs needs to fill a page's template, kept: the configuration, the files, the navigation and the
Jinja environment, gathered as MkDocs's build gathers them. On a saved record, only the pages that
depend on it are generated; those whose Markdown is not the one served (`pagecache`'s keys) are
rendered, filled into the theme's template and written over the served copy, each atomically.
No domain logic here.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

from mkdocs.commands.build import _populate_page
from mkdocs.config import load_config
from mkdocs.structure.files import File, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page as MkPage

from hooks.fill import fill, trimmed
from minutebook import pagecache
from minutebook.liveedit import LiveArchive
from minutebook.pages import Page, build_pages
from minutebook.render import Rendered, Renderer


class LiveSite:
    """The served site and what is kept to write its pages again; `apply` one saved record at a time."""

    def __init__(self, config_file: Path, content: Path, site_dir: Path, cache: Path, site_url: str | None = None):
        self.site_dir = site_dir
        config = load_config(str(config_file), site_dir=str(site_dir))
        config.plugins._current_plugin = None  # set while MkDocs runs an event; File.generated reads it
        if site_url or os.environ.get("SITE_URL"):
            config.site_url = (site_url or os.environ["SITE_URL"]).rstrip("/") + "/"
        files = get_files(config)
        env = trimmed(config.theme.get_env())
        files.add_files_from_theme(env, config)
        intro = ""
        existing = files.get_file_from_path("index.md")
        if existing is not None:  # the home page's hand-written opening, as the build hands it to the domain
            intro = existing.content_string
            files.remove(existing)
        settings = repr((config.markdown_extensions, config.mdx_configs, config.use_directory_urls))
        self.cache = pagecache.PageCache(cache, settings)
        live = LiveArchive.load(content, intro, link_cache=self.cache.links)
        if live is None:
            raise ValueError(f"the archive in {content} has errors")
        self.live = live
        pages = build_pages(live.context)  # the generated pages; the other files are the whole build's alone
        self.renderer = Renderer(config.markdown_extensions, config.mdx_configs, config.use_directory_urls)
        generated = {page.path: page for page in pages}
        for page in pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.path, content="", inclusion=inclusion))
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        self.keys: dict[str, str] = dict(self.cache.served()["pages"])  # path -> key of the page served
        for file in files.documentation_pages():
            page = file.page or MkPage(None, file, config)
            source = generated.get(file.src_uri)
            if source is None:
                _populate_page(page, config, files)  # a hand-written page: its title is in every page's navigation
                continue
            page.markdown, page.content, page.meta = "", "", {}
            if source.in_nav:
                markdown = source.markdown
                page.meta = self.renderer.render(Page(source.path, markdown, True)).meta
                self.keys[source.path] = self.cache.key(source.path, markdown)
        self.config, self.files, self.nav, self.env = config, files, nav, env
        self.doc_files = files.documentation_pages()
        gc.collect()
        gc.freeze()  # what is kept is never garbage: a full collection during an edit would walk all of it

    def apply(self, record: Path) -> tuple[int, int, list[str]] | None:
        """Write the pages the saved `record` changed: (pages written, pages looked at, warnings), or None when
        only a whole build can say. Raises `liveedit.RecordError` for a record with errors (nothing written)."""
        edit = self.live.edit(record)
        if edit is None:
            return None
        out: list[tuple[str, bytes]] = []
        keys: dict[str, str] = {}
        for source in edit.pages:
            file = self.files.get_file_from_path(source.path)
            if file is None or file.page is None:
                return None
            markdown = source.markdown
            key = self.cache.key(source.path, markdown)
            if self.keys.get(source.path) == key:
                continue
            page = Page(source.path, markdown, source.in_nav)
            rendered = self.renderer.render(page) if source.in_nav else self.cache.render(page, self.renderer)
            if source.in_nav and rendered.meta != file.page.meta:
                return None  # a title in every page's navigation changed
            keys[source.path] = key
            out.append((file.dest_uri, self._fill(file.page, rendered)))
        for dest, data in out:
            _write_atomic(self.site_dir / dest, data)
        self.keys.update(keys)
        pagecache.update_served(self.cache.folder, {p: k for p, k in keys.items() if not self._in_nav(p)})
        return len(out), len(edit.pages), edit.warnings

    def _in_nav(self, path: str) -> bool:
        file = self.files.get_file_from_path(path)
        return file is not None and file.inclusion.is_in_nav()

    def _fill(self, page: MkPage, rendered: Rendered) -> bytes:
        return fill(self.config, self.nav, self.doc_files, self.env, page, rendered).encode(
            "utf-8", errors="xmlcharrefreplace")


def _write_atomic(path: Path, data: bytes) -> None:
    """A served page replaced whole: a reader gets the old page or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.live-tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
