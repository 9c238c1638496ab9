"""render.py's plain-text-first inline processing: the same HTML as Python-Markdown's own, in less time."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from markdown.extensions import Extension
from markdown.inlinepatterns import SimpleTagInlineProcessor
from markdown.treeprocessors import InlineProcessor

from minutebook.archive import load_archive
from minutebook.pages import Page
from minutebook.render import Renderer, _PlainTextFirst
from minutebook.site import build_site

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = yaml.safe_load((ROOT / "mkdocs.yml").read_text().replace("!ENV", ""))
EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in MKDOCS["markdown_extensions"]]
CONFIGS = {next(iter(e)): next(iter(e.values())) for e in MKDOCS["markdown_extensions"] if isinstance(e, dict)}


def _pair(extensions=EXTENSIONS) -> tuple[Renderer, Renderer]:
    """A renderer as the build makes it, and one with Python-Markdown's own inline processor put back."""
    fast, plain = Renderer(extensions, CONFIGS), Renderer(extensions, CONFIGS)
    plain.md.treeprocessors.register(InlineProcessor(plain.md), "inline", 20)
    return fast, plain


def test_the_build_s_extensions_get_the_fast_path():
    assert isinstance(_pair()[0].md.treeprocessors["inline"], _PlainTextFirst)


@pytest.mark.parametrize("text", [
    "A plain sentence, with commas; and (brackets) — dashes.", "Use `code` here", r"Escaped \*stars\*",
    "A [link](people/x.md) and ![an image](i.png)", "[ref][1]\n\n[1]: https://example.org", "<https://example.org>",
    "<clerk@example.org>", "raw <b>html</b> inline", "&amp; &copy; &#169;", "*em* and **strong** and _u_ __s__",
    "a line  \nbroken", "## Heading {#minute-575}\n\nText", "| a | b |\n|---|---|\n| 1 | 2 |",
    "- one\n- two\n\n1. first", '!!! note "Title"\n    text *in* it', "snake_case and 2*3", "100% & more",
])
def test_each_inline_form_renders_as_python_markdown_renders_it(text):
    fast, plain = _pair()
    page = Page("meetings/x.md", text)
    assert fast.render(page) == plain.render(page)


def test_every_bundled_page_renders_as_python_markdown_renders_it():
    archive, _ = load_archive(ROOT / "content")
    fast, plain = _pair()
    pages = build_site(archive, home_intro="", site_url="").pages
    assert len(pages) > 100
    assert all(fast.render(page) == plain.render(page) for page in pages)


class _Strike(Extension):
    def extendMarkdown(self, md):  # noqa: N802
        md.inlinePatterns.register(SimpleTagInlineProcessor(r"()~~(.+?)~~", "del"), "strike", 40)


def test_an_extension_with_inline_patterns_of_its_own_keeps_python_markdown_s_processor():
    renderer = Renderer([*EXTENSIONS, _Strike()], CONFIGS)
    assert not isinstance(renderer.md.treeprocessors["inline"], _PlainTextFirst)
    assert "<del>gone</del>" in renderer.render(Page("x.md", "a ~~gone~~ word")).html
