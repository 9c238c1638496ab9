"""Where each page lives, and links between pages as relative Markdown links the generator can check."""

from __future__ import annotations

import posixpath
from functools import lru_cache


def page_file(url: str) -> str:
    """The Markdown file behind a directory URL: `people/x/` -> `people/x.md`; a section's own URL
    (`people/`) is its index page, `people/index.md`; the site root is `index.md`."""
    url = url.strip("/")
    if not url:
        return "index.md"
    return f"{url}/index.md" if "/" not in url else f"{url}.md"


def md_link(from_file: str, to_url: str, anchor: str | None = None) -> str:
    """A link from the page in `from_file` to the page at `to_url`, relative so it works under any sub-path."""
    path = _relative(page_file(to_url), posixpath.dirname(from_file) or ".")
    return f"{path}#{anchor}" if anchor else path


@lru_cache(maxsize=65536)
def _relative(target: str, from_dir: str) -> str:
    """posixpath.relpath, remembered: the same few thousand (folder, page) pairs recur on every page."""
    return posixpath.relpath(target, from_dir)

