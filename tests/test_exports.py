"""The exporter table: every entry's files end up in export_all, and two entries may not write one path."""

from __future__ import annotations

import pytest
from exports_sample import sample_archive

from minutebook import exports
from minutebook.exports import EXPORTERS, export_all


def test_every_exporter_contributes_files():
    files = export_all(sample_archive(), None)
    for name, exporter in EXPORTERS.items():
        paths = [path for path, _ in exporter(sample_archive(), exports.Addresses.of(None))]
        assert paths and set(paths) <= set(files), name


def test_a_new_exporter_is_one_table_entry(monkeypatch):
    monkeypatch.setitem(EXPORTERS, "robots", lambda archive, addresses: [("robots.txt", "User-agent: *\n")])
    assert export_all(sample_archive(), None)["robots.txt"] == "User-agent: *\n"


def test_two_exporters_writing_one_path_is_an_error(monkeypatch):
    monkeypatch.setitem(EXPORTERS, "again", lambda archive, addresses: [("data/meetings.json", "{}")])
    with pytest.raises(ValueError, match="data/meetings.json"):
        export_all(sample_archive(), None)


@pytest.mark.parametrize(("site_url", "expected"), [
    (None, None), ("", None), ("https://example.org/archive", "https://example.org/archive/"),
    ("https://example.org/archive/", "https://example.org/archive/"),
])
def test_site_url_is_normalised(site_url, expected):
    assert exports.Addresses.of(site_url).site_url == expected
