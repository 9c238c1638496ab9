"""Ask a built site's search from headless Chromium, as its search box does (shared by the search tests):
Pagefind's records, a meeting's items each a result of its own, ranked and filtered by docs/javascripts/search.js."""

from __future__ import annotations

QUERY = """async ([query, filters, count]) => {
  const site = window.minutebookSearch;  // the search the site's own box uses (docs/javascripts/search.js)
  const found = await site.search(query, filters, count);
  return found.results.map(r => ({ url: r.url, title: site.title(r), kind: r.kind, kinds: r.kinds,
                                   people: r.people || [], excerpt: r.excerpt }));
}"""


def pagefind_results(page, site_url: str, query: str, filters: dict | None = None, count: int = 5) -> list[dict]:
    """The first `count` results, best first, each with url (site-absolute path), title, kind, excerpt."""
    if page.url != site_url:
        page.goto(site_url)
        page.wait_for_function("window.minutebookSearch")
    return page.evaluate(QUERY, [query, filters or {}, count])


def typed_into_box(page, query: str) -> None:
    """`query` typed into the header box at a typist's pace (40 ms a key), once its results are shown."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=40)
    page.wait_for_function("q => document.querySelector('.mb-search .md-search-result__list').dataset.query === q",
                           arg=query, timeout=20000)
