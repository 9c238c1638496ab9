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
