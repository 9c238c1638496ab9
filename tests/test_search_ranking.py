"""Ranking: a fixed set of queries and the first result each must give, in the browser (Pagefind, over the
built site) and in the terminal (`build.py search`, lunr), over the bundled archive and a synthetic one.
The item that decided something comes before an item that only had it on the agenda and before any page
that merely lists it (topic, register); a person, body or organisation is found first by its name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, build_cli
from search_query import pagefind_results

from minutebook.archive import load_archive
from minutebook.search import all_documents, build_index

pytestmark = pytest.mark.browser

# query -> the first result's address (any of them, where two minutes of one meeting deal with it).
BUNDLED = {
    "Pinner Wood School": ("meetings/council/2017-06-13/#minute-247", "meetings/council/2017-06-13/#minute-248"),
    # decided by Cabinet; Council's item 10 of 28 September only had it on the agenda
    "Retained Right to Buy Receipts": ("meetings/cabinet/2017-09-14/#minute-591",),
    "Harrow Pledge": ("meetings/corporate-parenting-panel/2012-12-18/#item-8",  # the item, or its report's own page
                      "meetings/corporate-parenting-panel/2012-12-18/report-annual-review-of-the-harrow-pledge-for-children/"),
    "election of mayor": ("meetings/council/2017-05-18/#minute-230",),
    "Adam Swersky": ("people/adam-swersky/",),
}


def terminal_first(content: Path, query: str) -> str:
    result = build_cli("search", "--content", str(content), "--limit", "1", query)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-1]


@pytest.mark.parametrize("query", BUNDLED)
def test_the_bundled_archive_ranks_in_the_terminal(query):
    assert terminal_first(ROOT / "content", query) in BUNDLED[query]


@pytest.mark.parametrize("query", BUNDLED)
def test_the_bundled_archive_ranks_in_the_browser(page, bundled_url, query):
    first = pagefind_results(page, bundled_url, query)[0]
    assert first["url"].lstrip("/") in BUNDLED[query], (query, first)


def synthetic_queries(content: Path) -> dict[str, tuple[str, ...]]:
    """Queries read from the synthetic archive itself (it is regenerated from a seed, so its words can change):
    a person's and a body's full name find their pages; the title of an item decided at one meeting, with
    the body and the date, finds that item; and a title that several meetings had finds one that decided it."""
    archive, _ = load_archive(content)
    docs = all_documents(archive)
    person = next(d for d in docs if d.kind == "person" and " " in d.title)
    body = max((d for d in docs if d.kind == "body"), key=lambda d: len(d.title))
    titles: dict[str, list] = {}
    for d in docs:
        if d.date:
            titles.setdefault(d.title.split(": ", 1)[1].lower(), []).append(d)
    shared = max((t for t, ds in titles.items() if any(d.kind == "decision" for d in ds)
                  and any(d.kind != "decision" for d in ds)), key=lambda t: len(titles[t]))
    decided = next(d for d in titles[shared] if d.kind == "decision")
    exact = f"{decided.body} {decided.title.split(', ')[1]} {shared}"
    meeting = decided.ref.split("#")[0]
    return {person.title: (person.ref,), body.title: (body.ref,),
            exact: tuple(d.ref for d in titles[shared] if d.kind == "decision" and d.ref.startswith(meeting)),
            shared: tuple(d.ref for d in titles[shared] if d.kind == "decision")}


TERMINAL_MEETINGS = 300  # lunr, the terminal's engine, takes minutes to index 2,000 meetings


@pytest.fixture(scope="module")
def small_synthetic(tmp_path_factory) -> Path:
    """A synthetic archive (`build.py synth`, seed 1) small enough for lunr; never built into a site."""
    content = tmp_path_factory.mktemp("synthetic-ranking") / "content"
    result = build_cli("synth", "--meetings", str(TERMINAL_MEETINGS), "--content", str(content))
    assert result.returncode == 0, result.stderr
    return content


def test_the_synthetic_archive_ranks_in_the_browser(page, synthetic_archive, synthetic_site):
    """The session's 2,000-meeting site (tests/conftest.py), asked as its search box asks."""
    url, _ = synthetic_site
    wrong = [f"{query!r} -> {first['url']}, expected one of {expected[:3]}"
             for query, expected in synthetic_queries(synthetic_archive).items()
             if (first := pagefind_results(page, url, query)[0])["url"].lstrip("/") not in expected]
    assert not wrong, "\n".join(wrong)


def test_the_synthetic_archive_ranks_in_the_terminal(small_synthetic):
    """The terminal's engine is asked in this process: `build.py search` builds this same lunr index."""
    index = build_index(load_archive(small_synthetic)[0])
    wrong = [f"{query!r} -> {got}, expected one of {expected[:3]}"
             for query, expected in synthetic_queries(small_synthetic).items()
             if (got := index.search(query, 1)[0].document.ref) not in expected]
    assert not wrong, "\n".join(wrong)


def test_no_list_page_outranks_the_items_it_lists(page, bundled_url):
    """Topic pages, the decisions register and body pages are found by their names only, never by what they list."""
    for query in ("Pinner Wood School", "Retained Right to Buy Receipts"):
        urls = [r["url"] for r in pagefind_results(page, bundled_url, query, count=20)]
        assert urls and not [u for u in urls if re.match(r"/(topics|decisions|bodies|meetings/?$)", u)], urls
