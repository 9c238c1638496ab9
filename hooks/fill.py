"""A generated page's template filled as MkDocs's `_build_page` fills it, from the page the domain rendered.

Used by the build's workers (each page filled in the worker that rendered it, so MkDocs's one process
only writes it) and by serve's live site (`live.py`), which writes single pages between builds.
"""

from __future__ import annotations

from mkdocs.commands.build import get_context
from mkdocs.structure.toc import get_toc

from minutebook.render import Rendered

TEMPLATE_SETTINGS = {"trim_blocks": True, "lstrip_blocks": True}


def trimmed(env):
    """The theme's environment, its block tags leaving no lines behind (Jinja's trim_blocks and lstrip_blocks).
    Material indents every `{% if %}` and `{% block %}` on a line of its own; those lines were a tenth of every
    page (the bundled site's HTML 5.34 MB, trimmed 4.76 MB, the same words, scripts and attributes). Set before
    any template is loaded: Jinja compiles a template with the settings it finds."""
    for setting, value in TEMPLATE_SETTINGS.items():
        setattr(env, setting, value)
    return env


def show(page, rendered: Rendered) -> None:
    """What MkDocs keeps of a rendered page while its template is filled."""
    page.meta, page.content, page.toc = rendered.meta, rendered.html, get_toc(rendered.toc)
    page.present_anchor_ids = set(rendered.ids)


def fill(config, nav, doc_files, env, page, rendered: Rendered) -> str:
    """The page's template filled: the page marked active (the navigation shows where it is), its context as
    MkDocs makes it, its template from its metadata."""
    current, active = config._current_page, page.active  # a page filled while MkDocs builds another
    config._current_page, page.active = page, True
    try:
        show(page, rendered)
        context = get_context(nav, doc_files, config, page)
        return env.get_template(page.meta.get("template", "main.html")).render(context)
    finally:
        config._current_page, page.active, page.content = current, active, None
