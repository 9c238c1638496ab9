"""Source documents are published with the site, and nothing outside the archive's folder ever is."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Archive, Item, Meeting, SourceRef
from minutebook.sources import SourceFolders, published_sources


def archive_citing(*files: str) -> Archive:
    meeting = Meeting("council", dt.date(2020, 1, 2), "2020-01-02", sources=tuple(SourceRef(f) for f in files[:-1]),
                      items=(Item("minute-1", "A", minute="1", source=SourceRef(files[-1])),))
    return Archive("t", "t", meetings=(meeting,))


def folders(tmp_path):
    (tmp_path / "content").mkdir(exist_ok=True)
    return SourceFolders.of(tmp_path / "content")


def test_referenced_sources_under_the_root_are_published(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "minutes.txt").write_text("RESOLVED: that")
    found = published_sources(archive_citing("sources/minutes.txt", "sources/minutes.txt"), folders(tmp_path))
    assert found.files == {"sources/minutes.txt": b"RESOLVED: that"} and not found.problems


def test_nothing_outside_the_archive_and_its_sources_folder_is_published(tmp_path):
    root = tmp_path / "project"
    (root / "sources").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("secret")
    (root / "notes.txt").write_text("beside the archive, not in it")
    (root / ".env").write_text("SECRET=1")
    (root / "sources" / "link.txt").symlink_to(tmp_path / "secret.txt")
    names = ["../secret.txt", str(tmp_path / "secret.txt"), "sources/../../secret.txt", "sources/link.txt",
             "notes.txt", ".env", "sources/missing.txt"]
    found = published_sources(archive_citing(*names), folders(root))
    assert found.files == {}
    assert sorted(p[1] for p in found.problems) == ["source-outside-archive"] * 6


def test_active_formats_are_published_as_text(tmp_path):
    (tmp_path / "sources").mkdir()
    for name in ("a.html", "b.svg", "c.md", "d.pdf"):
        (tmp_path / "sources" / name).write_text("<script>alert(1)</script>")
    found = published_sources(archive_citing(*(f"sources/{n}" for n in ("a.html", "b.svg", "c.md", "d.pdf"))),
                              folders(tmp_path))
    assert sorted(found.files) == ["sources/a.html.txt", "sources/b.svg.txt", "sources/c.md.txt", "sources/d.pdf"]


def test_without_folders_nothing_is_published(tmp_path):
    assert published_sources(archive_citing("a.txt", "b.txt"), None).files == {}


def test_a_source_named_like_a_data_file_never_replaces_it(tmp_path):
    import json

    from minutebook.model import Body
    from minutebook.site import build_site

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "meetings.json").write_text("not the data")
    archive = archive_citing("data/meetings.json", "data/meetings.json")
    archive = Archive("t", "t", bodies={"council": Body("council", "Council")}, meetings=archive.meetings)
    (tmp_path / "content").mkdir()
    files = build_site(archive, source_folders=SourceFolders(tmp_path, (tmp_path,))).files
    assert json.loads(files["data/meetings.json"])["meetings"][0]["id"] == "council/2020-01-02"
