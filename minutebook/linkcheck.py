"""Our own link check of the generated pages, since the generator no longer parses them.

Each rendered page reports its anchors and where its links go (`render.Rendered`); once every page
is rendered, a link to a file the site does not have, or to an anchor its page does not have, is a
problem named by the page that holds it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .render import Rendered

LIMIT = 50  # problems listed; the rest are counted


class LinkCheck:
    def __init__(self) -> None:
        self.anchors: set[str] = set()  # "path#id" of every anchor on a generated page
        self.pages: set[str] = set()
        self.wanted: dict[tuple[str, str], str] = {}  # (path, anchor) -> the first page that links to it

    def add(self, page: Rendered) -> None:
        self.pages.add(page.path)
        self.anchors.update(f"{page.path}#{i}" for i in page.ids)
        for target in page.targets:
            self.wanted.setdefault(target, page.path)

    def problems(self, files: Iterable[str]) -> list[str]:
        """Broken links as `page: message`; `files` is every file of the site, pages included."""
        known = set(files) | self.pages
        found = []
        for (path, anchor), source in sorted(self.wanted.items()):
            if path not in known and path.rstrip("/") + "/index.md" not in known:
                found.append(f"{source}: links to '{path}', which is not in the site")
            elif anchor and path in self.pages and f"{path}#{anchor}" not in self.anchors:
                found.append(f"{source}: links to '{path}#{anchor}', but that page has no anchor '{anchor}'")
        if len(found) > LIMIT:
            found[LIMIT:] = [f"... and {len(found) - LIMIT} more broken links"]
        return found
