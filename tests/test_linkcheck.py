"""A link checker over the whole built site: every internal link and anchor resolves."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup


def target_file(site: Path, path: str) -> Path | None:
    candidate = site / unquote(path).lstrip("/")
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def test_no_broken_internal_link_or_anchor(site_dir):
    ids: dict[Path, set[str]] = {}
    broken = []
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        rel = page.relative_to(site_dir).as_posix()
        base = f"http://site/{rel}"
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attribute in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in html.find_all(tag):
                href = element.get(attribute)
                if not href or href.startswith(("mailto:", "tel:", "javascript:")):
                    continue
                url = urlsplit(urljoin(base, href))
                if url.netloc != "site":
                    continue
                target = target_file(site_dir, url.path)
                if target is None:
                    broken.append(f"{rel}: {href}")
                    continue
                if url.fragment and target.suffix == ".html" and rel != "404.html":
                    if target not in ids:
                        ids[target] = {e["id"] for e in BeautifulSoup(target.read_text(encoding="utf-8"),
                                                                      "html.parser").find_all(id=True)}
                    if unquote(url.fragment) not in ids[target]:
                        broken.append(f"{rel}: {href} (no such anchor)")
    assert not broken, "\n".join(broken[:50])
