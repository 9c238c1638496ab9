"""MkDocs adapter: hand the domain's pages and files to MkDocs as generated files. No domain logic here.

Generated pages reach MkDocs as HTML the domain rendered (`minutebook.render`, on every core): MkDocs
reads no source for them and parses no Markdown; each page's HTML, metadata and table of contents
are handed over just before its template is filled, and let go once it is written. Their links are
checked by `minutebook.linkcheck` instead of MkDocs, and reported as warnings (so `--strict` fails).

The archive folder comes from $MINUTEBOOK_CONTENT (set by `build.py --content`), else
`extra.minutebook.content` in mkdocs.yml, else `content/` beside mkdocs.yml.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.toc import get_toc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from minutebook import ledger  # noqa: E402
from minutebook.archive import load_archive  # noqa: E402
from minutebook.linkcheck import LinkCheck  # noqa: E402
from minutebook.problems import Problems  # noqa: E402
from minutebook.render import Rendered, Renderer, render_all  # noqa: E402
from minutebook.site import build_site  # noqa: E402
from minutebook.sources import SourceFolders  # noqa: E402

log = logging.getLogger("mkdocs.plugins.minutebook")
_state: dict = {}


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
    _state["archive"] = archive
    _state["content"] = content
    _state["ledger"] = ledger.read(content, Problems())  # checked by load_archive; read once for the build
    _state["sources"] = SourceFolders.of(content, archive.sources_folder)
    return config


def on_files(files, config):
    intro = ""
    existing = files.get_file_from_path("index.md")
    if existing is not None:
        intro = existing.content_string
        files.remove(existing)
    site = build_site(_state["archive"], home_intro=intro, site_url=config.site_url,
                      source_folders=_state["sources"], ledger=_state["ledger"])
    _state.update(pages={page.path: page for page in site.pages}, ready={}, check=LinkCheck(), files=files,
                  renderer=Renderer(config.markdown_extensions, config.mdx_configs, config.use_directory_urls))
    for page in site.pages:
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, page.path, content="", inclusion=inclusion))
    for path, content in site.files.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_pre_page(page, config, files):
    """A generated page has no source to read and no Markdown to parse: its HTML comes at on_page_context.
    Pages in the navigation are rendered now, since every page's navigation shows their titles."""
    generated = _state.get("pages", {}).get(page.file.src_uri)
    if generated is None:
        return page

    def read_source(config):
        page.markdown, page.meta = "", {}
        if generated.in_nav:
            _state["ready"][generated.path] = rendered = _state["renderer"].render(generated)
            page.meta = rendered.meta

    page.read_source = read_source
    page.render = lambda config, files: setattr(page, "content", "")
    return page


def on_env(env, config, files):
    """Start rendering, in the order MkDocs will build the pages."""
    pages, ready = _state.get("pages", {}), _state.get("ready", {})
    order = [pages[f.src_uri] for f in files.documentation_pages() if f.src_uri in pages and f.src_uri not in ready]
    _state["stream"] = render_all(order, _state["renderer"]) if pages else iter(())
    return env


def _take(path: str) -> Rendered:
    ready = _state["ready"]
    while path not in ready:
        rendered = next(_state["stream"])
        ready[rendered.path] = rendered
    return ready.pop(path)


@event_priority(100)  # before the search plugin reads the page
def on_page_context(context, page, config, nav):
    if page.file.src_uri in _state.get("pages", {}):
        rendered = _take(page.file.src_uri)
        _state["check"].add(rendered)
        page.meta, page.content, page.toc = rendered.meta, rendered.html, get_toc(rendered.toc)
        page.present_anchor_ids = set(rendered.ids)
        context["page"] = page
    return context


def on_post_page(output, page, config):
    if page.file.src_uri in _state.get("pages", {}):
        page.content = None  # written: nothing keeps 10,000 pages' HTML in memory
    return output


def on_post_build(config):
    stream = _state.pop("stream", None)
    if stream is not None:
        stream.close()
    if "check" in _state:
        for problem in _state["check"].problems(f.src_uri for f in _state["files"]):
            log.warning(problem)
    if os.environ.get("MINUTEBOOK_RECORD_ADDRESSES"):  # `build.py build` asks for the addresses it published
        text = ledger.updated(_state["ledger"], _state["archive"])
        if text is not None:
            ledger.write(_state["content"], text)
