"""The theme override: a tiny MkDocs site built with it, and the tags its pages carry."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

mkdocs_config = pytest.importorskip("mkdocs.config")
from mkdocs.commands.build import build  # noqa: E402

OVERRIDES = Path(__file__).resolve().parent.parent / "overrides"

PAGE = """---
description: Minutes of Cabinet, 13 July 2017 & what was decided.
feed: feeds/bodies/cabinet.xml
feed_title: Cabinet meetings
calendar: calendars/cabinet.ics
---

# Cabinet, 13 July 2017
"""


def build_site(tmp_path: Path, site_url: str | None) -> Path:
    docs = tmp_path / "docs"
    (docs / "meetings" / "cabinet" / "2017-07-13").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    (docs / "meetings" / "cabinet" / "2017-07-13" / "index.md").write_text(PAGE, encoding="utf-8")
    config = {"site_name": "Harrow meetings", "docs_dir": "docs", "site_dir": "site",
              "theme": {"name": "material", "custom_dir": str(OVERRIDES)}, "site_description": "Council meetings"}
    if site_url:
        config["site_url"] = site_url
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    build(mkdocs_config.load_config(config_file=str(tmp_path / "mkdocs.yml")))
    return tmp_path / "site"


def head(site: Path, page: str) -> str:
    text = (site / page).read_text(encoding="utf-8")
    return text[:text.index("</head>")]


def meta(text: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', text)
    return html.unescape(match.group(1)) if match else None


def test_meeting_page_has_share_tags_and_links_its_feed_and_calendar(tmp_path):
    site = build_site(tmp_path, "https://example.org/archive/")
    text = head(site, "meetings/cabinet/2017-07-13/index.html")
    assert meta(text, "og:title") == "Cabinet, 13 July 2017 - Harrow meetings"
    assert meta(text, "og:description") == "Minutes of Cabinet, 13 July 2017 & what was decided."
    assert meta(text, "twitter:description") == "Minutes of Cabinet, 13 July 2017 & what was decided."
    assert meta(text, "og:url") == "https://example.org/archive/meetings/cabinet/2017-07-13/"
    assert meta(text, "og:site_name") == "Harrow meetings"
    assert '<link rel="alternate feed" type="application/atom+xml" title="Cabinet meetings" ' \
           'href="../../../feeds/bodies/cabinet.xml">' in text
    assert 'type="text/calendar"' in text and 'href="../../../calendars/cabinet.ics"' in text


def test_home_page_uses_the_site_name_and_description_and_has_no_feed(tmp_path):
    site = build_site(tmp_path, None)
    text = head(site, "index.html")
    assert meta(text, "og:title") == "Harrow meetings"
    assert meta(text, "og:description") == "Council meetings"
    assert meta(text, "og:url") is None  # no site_url: no canonical URL to share
    assert "application/atom+xml" not in text


def test_each_overridden_theme_template_is_the_themes_own_plus_its_listed_edits():
    import importlib.util

    spec = importlib.util.spec_from_file_location("patches", OVERRIDES / "patches.py")
    patches = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(patches)
    for name in patches.PATCHES:
        assert (OVERRIDES / name).read_text(encoding="utf-8") == patches.patched(name), (
            f"overrides/{name} differs from the theme's file with its edits: run overrides/patches.py")
