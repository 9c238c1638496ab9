"""The built site's folder: replaced only when it is a previous Minutebook site, never anything else.

`build.py build --site-dir DIR` deletes DIR's old contents when it swaps the new site in, so a typo
(`--site-dir content`, `--site-dir .`) would destroy an archive or a project. Every built site carries
a marker file; a folder is replaced only when it is empty, has the marker, or is a site built before
markers existed (its sitemap, search index and open data are all there). Staging folders carry the
building process's id, so the next build removes those a killed build left behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .files import umask

MARKER = ".minutebook-site"
MARKER_TEXT = "Built by Minutebook (build.py build). The next build replaces this whole folder.\n"
LEGACY = ("sitemap.xml", "search/search_index.json", "data/meetings.json")  # a site built before markers
# GitHub Pages publishes a site of at most 1 GB ("GitHub Pages limits" in GitHub's documentation); a larger one
# fails to deploy or is not served. A synthetic meeting of real weight makes about 130 KB of site (docs/performance.md).
PUBLISHED_LIMIT = 10**9


def refusal(site_dir: Path, content: Path, protected: dict[str, Path]) -> str | None:
    """Why `site_dir` must not be replaced, or None. `protected`: what must never be inside it, by name."""
    site = site_dir.resolve()
    for what, path in {"the archive": content, **protected}.items():
        real = path.resolve()
        if real == site or real.is_relative_to(site):
            return f"{site_dir} holds {what} ({path}); choose a folder of its own, such as site/"
    if content.resolve() in site.parents:
        return f"{site_dir} is inside the archive ({content}); build the site outside it"
    if site.exists() and not site.is_dir():
        return f"{site_dir} is a file, not a folder"
    if site.is_dir() and any(site.iterdir()) and not is_site(site):
        return (f"{site_dir} is not empty and is not a site Minutebook built (no {MARKER} file); "
                "choose an empty or new folder, or move its contents away first")
    return None


def is_site(folder: Path) -> bool:
    return (folder / MARKER).is_file() or all((folder / name).is_file() for name in LEGACY)


def staging_folder(site_dir: Path) -> Path:
    """A new, empty folder beside `site_dir`, readable by a web server running as another user."""
    remove_stale(site_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.building-{os.getpid()}-", dir=site_dir.parent))
    staging.chmod(0o777 & ~umask())  # mkdtemp makes it 0700; a published site is meant to be read
    return staging


def remove_stale(site_dir: Path) -> None:
    """Staging folders of builds whose process is gone (killed, or the machine restarted)."""
    for folder in site_dir.parent.glob(f".{site_dir.name}.building-*"):
        pid = folder.name.removeprefix(f".{site_dir.name}.building-").split("-", 1)[0]
        if not pid.isdigit() or not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def swap(staging: Path, site_dir: Path) -> None:
    """Mark the new site and put it in place of the old one; the old one is removed last."""
    (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    old = site_dir.with_name(f".{site_dir.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)


def weight(folder: Path) -> tuple[int, int]:
    """The bytes and the number of files of a built site."""
    sizes = [entry.stat().st_size for entry in folder.rglob("*") if entry.is_file()]
    return sum(sizes), len(sizes)


def too_large(total: int, limit: int = PUBLISHED_LIMIT) -> str | None:
    """What whoever publishes a site of `total` bytes must know before GitHub Pages refuses it, if anything."""
    if total <= limit:
        return None
    return (f"note: the site is {total / 10**9:.2f} GB, more than the {limit / 10**9:g} GB GitHub Pages publishes; "
            "see \"Large archives\" in docs/publishing.md")
