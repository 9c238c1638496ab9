"""The domain renders generated pages to HTML; links, anchors and split pages are checked without MkDocs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutebook.archive import load_archive
from minutebook.linkcheck import LinkCheck
from minutebook.pages import Page, body, lists, organisation, person, register, topic
from minutebook.render import Renderer, page_url, relative_url, render_all
from minutebook.site import build_site

FIXTURE = Path(__file__).parent / "fixtures" / "archive"
EXTENSIONS = ["toc", "tables", "fenced_code", "attr_list", "md_in_html", "admonition"]
CONFIGS = {"toc": {"permalink": "#"}}


@pytest.mark.parametrize(("path", "directory_urls", "url"), [
    ("index.md", True, ""), ("people/index.md", True, "people/"), ("people/x.md", True, "people/x/"),
    ("people/x.md", False, "people/x.html"), ("people/index.md", False, "people/index.html"),
    ("feeds/all.xml", True, "feeds/all.xml"),
])
def test_page_url(path, directory_urls, url):
    assert page_url(path, directory_urls) == url


@pytest.mark.parametrize(("url", "from_url", "relative"), [
    ("people/x/", "meetings/cabinet/2017-07-13/", "../../../people/x/"),
    ("", "meetings/cabinet/2017-07-13/", "../../../"),
    ("people/x/", "", "people/x/"),
    ("feeds/all.xml", "topics/", "../feeds/all.xml"),
    ("people/x.html", "meetings/a.html", "../people/x.html"),
])
def test_relative_url(url, from_url, relative):
    assert relative_url(url, from_url) == relative


def test_a_page_is_rendered_with_its_links_rewritten_its_anchors_and_toc_reported_and_raw_html_removed():
    page = Page("meetings/cabinet/2017-07-13.md", "---\ntitle: Cabinet\n---\n\n# Cabinet\n\n"
                "## 576. Strategy {#minute-576}\n\n[Mitzi Green](../../people/mitzi-green.md) and "
                "[minute 5](2017-01-01.md#minute-5), [feed](../../feeds/all.xml), [out](https://example.org/)."
                "\n\n<script>alert(1)</script>\n")
    rendered = Renderer(EXTENSIONS, CONFIGS).render(page)
    assert rendered.meta == {"title": "Cabinet"}
    assert 'href="../../../people/mitzi-green/"' in rendered.html
    assert 'href="../2017-01-01/#minute-5"' in rendered.html
    assert 'href="../../../feeds/all.xml"' in rendered.html and 'href="https://example.org/"' in rendered.html
    assert "<script" not in rendered.html
    assert {"minute-576", "cabinet"} <= rendered.ids
    assert [t["id"] for t in rendered.toc] == ["cabinet"] and rendered.toc[0]["children"][0]["id"] == "minute-576"
    assert ("people/mitzi-green.md", "") in rendered.targets
    assert ("meetings/cabinet/2017-01-01.md", "minute-5") in rendered.targets


def test_a_block_of_html_skips_the_parser_keeps_its_place_and_has_its_links_rewritten_and_checked():
    from minutebook.pages.html import a, block

    here = "meetings/cabinet/2017-07-13.md"
    mitzi = a(here, "people/mitzi-green/", "*Mitzi* Green")
    listing = block(f'<ul>\n<li id="kept">{mitzi} [not a link](x.md)</li>\n</ul>')
    page = Page(here, f"# Cabinet\n\nBefore \ue000 *record*.\n\n{listing}## Item {{#minute-1}}\n\n"
                f"{block('<p>After</p>')}[minute 5](2017-01-01.md#minute-5)\n")
    rendered = Renderer(EXTENSIONS, CONFIGS).render(page)
    html = rendered.html
    assert html.index("<em>record</em>") < html.index('<li id="kept">') < html.index('id="minute-1"') \
        < html.index("<p>After</p>") < html.index('href="../2017-01-01/#minute-5"')
    assert '<a href="../../../people/mitzi-green/">*Mitzi* Green</a> [not a link](x.md)' in html  # never parsed
    assert "Before \ue000" in html  # record text holding the character that marks a block's place keeps it
    assert "kept" in rendered.ids and [t["id"] for t in rendered.toc[0]["children"]] == ["minute-1"]
    assert ("people/mitzi-green.md", "") in rendered.targets
    assert ("meetings/cabinet/2017-01-01.md", "minute-5") in rendered.targets


def test_the_link_check_names_a_missing_page_and_a_missing_anchor():
    renderer = Renderer(EXTENSIONS, CONFIGS)
    check = LinkCheck()
    check.add(renderer.render(Page("a.md", "# A\n\n[b](b.md#nowhere) [c](c.md) [self](#a)\n")))
    check.add(renderer.render(Page("b.md", "# B\n")))
    assert check.problems(["a.md", "b.md"]) == [
        "a.md: links to 'b.md#nowhere', but that page has no anchor 'nowhere'",
        "a.md: links to 'c.md', which is not in the site",
    ]


def test_rendering_on_several_processes_gives_the_same_pages_in_the_same_order():
    pages = [Page(f"p/{i}.md", f"# Page {i}\n\n[next](p/{i + 1}.md)\n") for i in range(40)]
    renderer = Renderer(EXTENSIONS, CONFIGS)
    assert list(render_all(pages, renderer, processes=2)) == list(render_all(pages, renderer, processes=1))


def test_workers_replaced_as_they_go_give_the_same_results_in_the_same_order():
    """`fork_map(recycle=N)`: each worker is a new fork after N batches, and nothing is lost or reordered."""
    import os

    from minutebook.parallel import fork_map

    results = list(fork_map(lambda i: (i * i, os.getpid()), 200, batch=4, processes=2, recycle=2))
    assert [square for square, _ in results] == [i * i for i in range(200)]
    assert len({pid for _, pid in results}) >= 200 // (4 * 2)  # 50 batches, 2 each: at least 25 workers


def test_every_page_that_grows_with_the_archive_splits_by_year_and_every_link_still_resolves(monkeypatch):
    for module in (body, lists, organisation, person, register, topic):
        monkeypatch.setattr(module, "LIMIT", 1)
    archive, _ = load_archive(FIXTURE)
    site = build_site(archive, today=dt.date(2027, 6, 1))
    paths = {p.path for p in site.pages}
    assert {"meetings/2017.md", "decisions/2017/cabinet.md", "topics/schools/2017.md", "topics/schools/2017/2.md",
            "people/mitzi-green/2017.md"} <= paths  # a topic's year longer than LIMIT goes on to page 2
    renderer, check = Renderer(EXTENSIONS, CONFIGS), LinkCheck()
    for rendered in render_all(site.pages, renderer, processes=1):
        check.add(rendered)
    index = next(p for p in site.pages if p.path == "decisions/index.md").markdown
    assert 'href="2017/cabinet.md"' in index and "{#year-2017}" in index
    second = next(p for p in site.pages if p.path == "topics/schools/2017/2.md").markdown
    assert "Page 2 of " in second and '<a href="../2017.md">1</a>' in second
    assert check.problems([*site.files, "about.md", "searching.md", "open-data.md", "record-format.md"]) == []


def test_linking_on_several_processes_finds_the_same_links_and_mentions_in_the_same_order():
    from minutebook.links import link_archive

    archive, _ = load_archive(Path(__file__).parent.parent / "content")
    assert len(archive.meetings) > 8  # more than one batch: the forked workers do the work
    serial, forked = link_archive(archive, processes=1), link_archive(archive, processes=2)
    assert forked.texts == serial.texts
    assert dict(forked.mentions) == dict(serial.mentions)


def test_an_e_mail_address_as_an_autolink_is_no_link_to_a_page():
    page = Page("meetings/council/2020-11-18.md", "# Council\n\nWrite to <mailto:clerk@hadbury.gov> or "
                "<clerk@hadbury.gov>, or see [the agenda](2020-11-01.md).\n")
    rendered = Renderer(EXTENSIONS, CONFIGS).render(page)
    assert [path for path, _ in rendered.targets if path != page.path] == ["meetings/council/2020-11-01.md"]
    check = LinkCheck()
    check.add(rendered)
    assert check.problems([page.path, "meetings/council/2020-11-01.md"]) == []
