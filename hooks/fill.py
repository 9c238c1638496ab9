"""A generated page's template filled as MkDocs's `_build_page` fills it, from the page the domain rendered.

Used by the build's workers (each page filled in the worker that rendered it, so MkDocs's one process
only writes it) and by serve's live site (`live.py`), which writes single pages between builds.
"""

from __future__ import annotations

import re

from jinja2.ext import Extension
from mkdocs.commands.build import get_context
from mkdocs.structure.toc import get_toc

from minutebook.render import Rendered

TEMPLATE_SETTINGS = {"trim_blocks": True, "lstrip_blocks": True}
INDENT_RE = re.compile(r"^[ \t]+", re.M)


class Unindented(Extension):
    """The theme's templates read without the indentation of their lines, which a browser never shows: their
    markup keeps no <pre> or <textarea> and their scripts no string across lines (checked when Material is
    upgraded: `tests/test_web_quality.py` validates the pages). A page's own content is a value, never indented here."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return INDENT_RE.sub("", source)


def trimmed(env):
    """The theme's environment, its block tags leaving no lines behind (Jinja's trim_blocks and lstrip_blocks) and
    its lines no indentation (`Unindented`). Material indents every `{% if %}` and `{% block %}` on a line of its
    own; those lines were a tenth of every page (the bundled site's HTML 5.34 MB, trimmed 4.76 MB, the same words,
    scripts and attributes), the indentation of the others a further tenth of the bundled site's HTML (4.87 MB ->
    4.42 MB) and a twentieth of 1,000 synthetic meetings' (97.0 MB -> 91.9 MB). Set before any template is loaded:
    Jinja compiles a template with the settings it finds."""
    for setting, value in TEMPLATE_SETTINGS.items():
        setattr(env, setting, value)
    if Unindented.identifier not in env.extensions:
        env.add_extension(Unindented)
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
