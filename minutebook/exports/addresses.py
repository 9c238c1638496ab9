"""Where published things live: absolute addresses when the site URL is known, a fallback when not.

Feeds and calendars are read outside the site, so they need absolute URLs. A build without a
`site_url` (a local preview) still has to produce valid files: links then become paths relative to the
file that holds them, and ids become `urn:minutebook:` names, which are valid but not clickable.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import urlsplit

FALLBACK_HOST = "minutebook"


@dataclass(frozen=True)
class Addresses:
    """The site's base URL, normalised to end in '/', or None for a build that does not know it."""

    site_url: str | None

    @classmethod
    def of(cls, site_url: str | None) -> Addresses:
        site_url = (site_url or "").strip()
        return cls(site_url.rstrip("/") + "/" if site_url else None)

    @property
    def host(self) -> str:
        """The site's host name: what calendar UIDs end with, so they stay unique across archives."""
        return (urlsplit(self.site_url).hostname if self.site_url else None) or FALLBACK_HOST

    def absolute(self, path: str) -> str | None:
        """The absolute URL of a path relative to the site root; None when the site URL is unknown."""
        return self.site_url + path if self.site_url else None

    def link(self, path: str, from_file: str) -> str:
        """A link to `path` (relative to the site root) usable in the file `from_file`."""
        if self.site_url:
            return self.site_url + path
        page, _, anchor = path.partition("#")
        target = posixpath.relpath(page or ".", posixpath.dirname(from_file) or ".")
        if not page or page.endswith("/"):
            target += "/"
        return target + ("#" + anchor if anchor else "")

    def identifier(self, path: str) -> str:
        """A permanent, absolute id for a thing published at `path`: its URL, or a `urn:` name."""
        return self.absolute(path) or f"urn:{FALLBACK_HOST}:{path}"
