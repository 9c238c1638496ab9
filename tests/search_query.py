"""Ask a built site's Pagefind index from headless Chromium, as the search box does (shared by search tests)."""

from __future__ import annotations

QUERY = """async ([query, filters, count]) => {
  const site = window.minutebookSearch;  // the options the site's own search box uses (docs/javascripts/search.js)
  const pagefind = await import(site.bundle + "pagefind.js");
  await pagefind.options(site.options);
  const search = await pagefind.search(site.terms(query), { filters });
  const data = await Promise.all(search.results.slice(0, count).map(r => r.data()));
  return data.map(d => ({ url: d.url, title: site.title(d), kind: d.meta.kind, excerpt: d.excerpt }));
}"""


def pagefind_results(page, site_url: str, query: str, filters: dict | None = None, count: int = 5) -> list[dict]:
    """The first `count` results, best first, each with url (site-absolute path), title, kind, excerpt."""
    if page.url != site_url:
        page.goto(site_url)
        page.wait_for_function("window.minutebookSearch")
    return page.evaluate(QUERY, [query, filters or {}, count])
