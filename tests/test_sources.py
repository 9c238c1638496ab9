"""Source documents are published with the site, and nothing outside the archive's folder ever is."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Archive, Item, Meeting, SourceRef
from minutebook.sources import published_sources


def archive_citing(*files: str) -> Archive:
    meeting = Meeting("council", dt.date(2020, 1, 2), "2020-01-02", sources=tuple(SourceRef(f) for f in files[:-1]),
                      items=(Item("minute-1", "A", minute="1", source=SourceRef(files[-1])),))
    return Archive("t", "t", meetings=(meeting,))


def test_referenced_sources_under_the_root_are_published(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "minutes.txt").write_text("RESOLVED: that")
    found = published_sources(archive_citing("sources/minutes.txt", "sources/minutes.txt"), tmp_path)
    assert found == {"sources/minutes.txt": b"RESOLVED: that"}


def test_nothing_outside_the_root_is_published(tmp_path):
    root = tmp_path / "project"
    (root / "sources").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("secret")
    (root / "sources" / "link.txt").symlink_to(tmp_path / "secret.txt")
    names = ["../secret.txt", str(tmp_path / "secret.txt"), "sources/../../secret.txt", "sources/link.txt",
             "sources/missing.txt"]
    assert published_sources(archive_citing(*names), root) == {}


def test_without_a_root_nothing_is_published(tmp_path):
    assert published_sources(archive_citing("a.txt", "b.txt"), None) == {}


def test_a_source_named_like_a_data_file_never_replaces_it(tmp_path):
    import json

    from minutebook.model import Body
    from minutebook.site import build_site

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meetings.json").write_text("not the data")
    archive = archive_citing("data/meetings.json", "data/meetings.json")
    archive = Archive("t", "t", bodies={"council": Body("council", "Council")}, meetings=archive.meetings)
    files = build_site(archive, source_root=tmp_path).files
    assert json.loads(files["data/meetings.json"])["meetings"][0]["id"] == "council/2020-01-02"
