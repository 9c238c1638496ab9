"""MkDocs adapter: hand the domain's pages and files to MkDocs as generated files. No domain logic here.

The archive folder comes from $MINUTEBOOK_CONTENT (set by `build.py --content`), else
`extra.minutebook.content` in mkdocs.yml, else `content/` beside mkdocs.yml.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from minutebook import ledger  # noqa: E402
from minutebook.archive import load_archive  # noqa: E402
from minutebook.pages.markup import headless_tables_as_layout  # noqa: E402
from minutebook.problems import Problems  # noqa: E402
from minutebook.safety import clean_html  # noqa: E402
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
    _state["sources"] = SourceFolders.of(content, archive.sources_folder)
    return config


def on_files(files, config):
    intro = ""
    existing = files.get_file_from_path("index.md")
    if existing is not None:
        intro = existing.content_string
        files.remove(existing)
    site = build_site(_state["archive"], home_intro=intro, site_url=config.site_url,
                      source_folders=_state["sources"], ledger=ledger.read(_state["content"], Problems()))
    _state["generated"] = set()
    for page in site.pages:
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, page.path, content=page.markdown, inclusion=inclusion))
        _state["generated"].add(page.path)
    for path, content in site.files.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_content(html, page, config, files):
    if page.file.src_uri in _state.get("generated", ()):
        return headless_tables_as_layout(clean_html(html))
    return html


def on_post_build(config):
    """`build.py build` asks for the addresses it published to be added to the archive's ledger."""
    if os.environ.get("MINUTEBOOK_RECORD_ADDRESSES"):
        text = ledger.updated(ledger.read(_state["content"], Problems()), _state["archive"])
        if text is not None:
            ledger.write(_state["content"], text)
