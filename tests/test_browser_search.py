"""Search on a 2,000-meeting synthetic archive in headless Chromium: no page load downloads the index; the
header box finds an item and lands on its anchor; the search page filters by body, year and kind."""

from __future__ import annotations

import contextlib
import time

import pytest
from conftest import _QuietHandler, serve_folder
from search_query import pagefind_results, typed_into_box

pytestmark = pytest.mark.browser


def index_requests(page) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if "/pagefind/" in r.url else None)
    return requests


def decided_item(page, url: str) -> dict:
    """A decision of the archive, as the search finds it (its title is the query)."""
    return next(r for r in pagefind_results(page, url, "budget", {"kind": "decision"}, count=10) if "#" in r["url"])


def test_no_page_load_downloads_the_index(page, synthetic_site):
    url, site = synthetic_site
    requests = index_requests(page)
    for address in ("", "meetings/", "decisions/", "search/"):
        page.goto(url + address)
        page.wait_for_load_state("networkidle")
    assert not [r for r in requests if r.endswith((".pf_index", ".pf_meta", ".pf_filter", ".pf_fragment"))], requests


def test_the_header_box_finds_an_item_and_lands_on_its_anchor(page, synthetic_site):
    url, _ = synthetic_site
    item = decided_item(page, url)
    page.goto(url + "meetings/")
    page.keyboard.press("/")  # opens the search, as Material's did
    box = page.locator("input.md-search__input")
    assert box.evaluate("e => e === document.activeElement")
    box.press_sequentially(item["title"], delay=10)  # body, date, number and title, as a citation gives them
    link = page.locator(f'.mb-search a.md-search-result__link[href="{item["url"]}"]')
    link.wait_for(timeout=20000)
    assert page.locator(".mb-search mark").count() > 0  # the words found are highlighted
    link.click()
    path, anchor = item["url"].split("#")
    page.wait_for_url(lambda address: address.endswith(f"{path}#{anchor}"))
    assert page.locator(f"[id='{anchor}']").evaluate("e => { const r = e.getBoundingClientRect(); "
                                                       "return r.top >= 0 && r.top < innerHeight; }")


def test_the_search_page_filters_by_body_year_and_kind(page, synthetic_site):
    url, _ = synthetic_site
    page.goto(url + "search/?q=budget")
    results = page.locator(".pagefind-ui__result")
    results.first.wait_for(timeout=20000)
    unfiltered = page.locator(".pagefind-ui__message").inner_text()
    kinds = page.locator(".pagefind-ui__filter-checkbox[id*='decision']")
    kinds.first.wait_for(timeout=20000)
    kinds.first.check()
    page.wait_for_function("m => document.querySelector('.pagefind-ui__message').innerText !== m", arg=unfiltered)
    results.first.locator(".pagefind-ui__result-tag").first.wait_for(timeout=20000)
    page.wait_for_timeout(500)  # the results' extracts and tags arrive one by one
    tags = [t.lower() for t in page.locator(".pagefind-ui__result-tag").all_inner_texts()
            if t.lower().startswith("kind:")]
    assert tags and set(tags) == {"kind: decision"}, tags
    for name in ("body", "year"):
        group = page.locator(f"details:has(summary:text-is('{name.capitalize()}'))")
        assert group.count() == 1 and group.locator("input[type=checkbox]").count() > 1, name


class SlowFilters(_QuietHandler):
    """A slow line for Pagefind's filter chunks: every one after the first arrives seconds late."""
    fetched: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server names it)
        if self.path.endswith(".pf_filter"):
            self.fetched.append(self.path)
            if len(self.fetched) > 1:
                time.sleep(4)
        with contextlib.suppress(ConnectionError):  # the page was closed while its chunk was held
            super().do_GET()


@pytest.fixture
def slow_filters(synthetic_site):
    """The synthetic site served on a slow line (asked for before `page`, so that the page is closed first)."""
    SlowFilters.fetched = []
    url, server = serve_folder(synthetic_site[1], SlowFilters)
    yield url
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("how", ["shared", "typed"])
def test_the_filter_panel_has_every_group_when_the_first_results_come_before_the_filters(slow_filters, page, how):
    """Pagefind counts a search's filters over the filter chunks fetched so far, and Pagefind UI drew its panel from
    the first search for good: on a slow line (and once in a few CI runs) the panel had only the groups whose chunk
    came first, and no Kind to filter by."""
    if how == "shared":
        page.goto(slow_filters + "search/?q=budget")
    else:
        page.goto(slow_filters + "search/")
        page.locator(".pagefind-ui__search-input").press_sequentially("budget", delay=20)
    page.locator(".pagefind-ui__result").first.wait_for(timeout=20000)
    page.wait_for_function("() => document.querySelectorAll('.pagefind-ui__filter-name').length >= 4", timeout=20000)
    assert sorted(page.locator(".pagefind-ui__filter-name").all_inner_texts()) == ["Body", "Kind", "Person", "Year"]
    assert len(SlowFilters.fetched) == 4, SlowFilters.fetched


def test_typing_fetches_the_chunks_of_the_words_not_of_every_prefix(page, synthetic_site):
    """Pagefind's own debouncedSearch fetched the chunks of "r", "re", "rec"... as they were typed (a short
    prefix spans many chunks); the box waits for a pause and fetches a partial word from its fourth letter."""
    url, _ = synthetic_site
    page.goto(url)
    requests = index_requests(page)
    typed_into_box(page, "recycling")
    chunks = {r for r in requests if r.endswith(".pf_index")}
    assert 1 <= len(chunks) <= 2, chunks


def test_pagefind_scores_a_query_in_its_worker_not_in_the_page(page, synthetic_site):
    """At 10,000 meetings Pagefind takes seconds to score a query of common words, and in the page itself that
    froze typing and scrolling for as long: the header box's search runs in Pagefind's worker."""
    url, _ = synthetic_site
    workers: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.goto(url)
    typed_into_box(page, "council")
    assert page.locator(".mb-search .md-search-result__item:not(.mb-search-more)").count() == 10
    assert any(worker.endswith("/pagefind/pagefind-worker.js") for worker in workers), workers


def test_kind_and_person_filters_keep_only_the_items_that_match(page, synthetic_site):
    """A meeting is one record, whose filters are its items' together: the browser keeps only the items that have
    the kind and the person asked for, never the other items of a meeting that has them."""
    url, _ = synthetic_site
    decisions = pagefind_results(page, url, "budget", {"kind": "decision"}, count=10)
    assert len(decisions) == 10 and all("decision" in r["kinds"] for r in decisions), decisions
    person = next(r for r in pagefind_results(page, url, "budget", count=30) if r["people"])["people"][0]
    named = pagefind_results(page, url, "budget", {"person": person}, count=10)
    assert named and all(person in r["people"] for r in named), (person, named)
