"""Rebuilds while serving: pages whose inputs are unchanged are read back or reused, and the site is
the same, byte for byte, as a full build of the edited archive."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from conftest import copy_archive

from build import build
from minutebook import pagecache

RECORD = Path("meetings") / "cabinet" / "2017-07-13.md"


def _build(content: Path, site: Path, cache: Path | None) -> dict[str, int]:
    args = argparse.Namespace(command="serve", content=content, site_dir=site, allow_empty=False, site_url=None,
                              quiet=True, strict=False)
    assert build(args, rebuild=True, cache=cache) == 0
    return pagecache.promote(cache) if cache else {}


def _pages(site: Path) -> dict[str, bytes]:
    """Every page and data file, without Pagefind's index: Pagefind writes its filter and metadata indexes
    in a different order on each run from the same records (upstream, Pagefind/pagefind#638)."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and p.suffix in (".html", ".json", ".ics", ".xml", ".csv") and "pagefind" not in p.parts}


def test_a_rebuild_reuses_unchanged_pages_and_equals_a_full_build(tmp_path):
    content, cache = copy_archive(tmp_path / "content"), tmp_path / "cache"
    cache.mkdir()
    site = tmp_path / "site"
    first = _build(content, site, cache)
    assert first["reused"] == 0 and first["rendered"] > 20
    before = _pages(site)

    again = _build(content, site, cache)
    assert again == {"rendered": 0, "reused": first["rendered"]}  # nothing changed: every page reused
    assert _pages(site) == before

    record = content / RECORD
    record.write_text(record.read_text().replace("Committee Rooms 1 & 2", "Committee Room Zebra"))
    edited = _build(content, site, cache)
    assert 0 < edited["rendered"] < first["rendered"] / 2, edited
    assert b"Committee Room Zebra" in (site / "meetings/cabinet/2017-07-13/index.html").read_bytes()

    full = tmp_path / "full"
    _build(content, full, None)
    incremental, fresh = _pages(site), _pages(full)
    assert incremental.keys() == fresh.keys()
    assert [p for p in fresh if incremental[p] != fresh[p]] == []
    used = set(json.loads((cache / "manifest.json").read_text())["pages"].values())
    assert {entry.name for entry in (cache / "pages").iterdir()} == used  # entries of older builds are gone
    meetings = len(list((content / "meetings").glob("*/*.md")))
    assert len(list((cache / "links").iterdir())) == meetings  # one linked text a meeting: the edited one's new
