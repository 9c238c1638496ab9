"""The built site served on 127.0.0.1 and driven in headless Chromium, as a resident or journalist uses it,
on a desktop and on a phone."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
AT_EVERY_SIZE = True  # every test taking `page` runs on a desktop and on a phone (conftest)


def search(page, site_url: str, query: str, expect: str):
    """Type a query as a person would; return the result link whose address ends with `expect`."""
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    if page.viewport_size["width"] < 960:  # a phone's header shows the search button, not the box
        page.locator('label.md-header__button[for="__search"]').click()
    box.click()
    box.press_sequentially(query, delay=20)
    path, _, anchor = expect.partition("#")
    selector = f'a.md-search-result__link[href*="/{path}"]' + (f'[href$="#{anchor}"]' if anchor else "")
    result = page.locator(selector).first  # Material adds ?h=<query> to highlight the words
    result.wait_for(timeout=20000)
    return result


def test_search_finds_the_item_and_lands_on_its_anchor(page, site_url):
    search(page, site_url, "Pinner Wood School expansion", "meetings/cabinet/2017-07-13/#minute-576").click()
    page.wait_for_url(lambda url: "/meetings/cabinet/2017-07-13/" in url and url.endswith("#minute-576"))
    heading = page.locator("#minute-576")
    assert heading.inner_text().startswith("576. Pinner Wood School Expansion")
    assert heading.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")


def test_search_finds_a_person_by_name(page, site_url):
    search(page, site_url, "Genevieve Small", "people/genevieve-small/")
    first = page.locator("a.md-search-result__link").first  # the person's page ranks first
    assert "/people/genevieve-small/" in first.get_attribute("href")
    assert "Dr Genevieve Small" in first.inner_text()


def test_copy_citation_yields_the_citation_and_permanent_link(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "meetings/cabinet/2017-07-13/?utm_source=chat")
    button = page.locator('button.mb-cite[data-anchor="#minute-576"]')
    button.click()
    expected = (f"Harrow Council, Cabinet, 13 July 2017, minute 576 (Pinner Wood School Expansion), "
                f"{site_url}meetings/cabinet/2017-07-13/#minute-576")
    page.wait_for_function("document.querySelector('button.mb-cite[data-anchor=\"#minute-576\"]').dataset.copied")
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert page.locator("output.mb-cite-text").inner_text() == expected
    context.close()


def test_injected_html_never_runs(page, site_url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(site_url + "meetings/planning-committee/2017-08-02/")
    page.wait_for_load_state("load")
    page.locator("#minute-99").hover()
    page.locator("text=click me").click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("article script, article iframe, article img, [onerror], [onmouseover]").count() == 0
    assert "<script>window.__pwned='title'</script> Hostile zebracrossing" in page.locator("#minute-99").inner_text()
    search(page, site_url, "zebracrossing", "meetings/planning-committee/2017-08-02/#minute-99")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert not dialogs


def test_pages_load_nothing_from_other_hosts(page, site_url):
    outside = []
    page.on("request", lambda request: None if request.url.startswith(site_url) or request.url.startswith("data:")
            else outside.append(request.url))
    page.goto(site_url + "meetings/cabinet/2017-07-13/")
    page.wait_for_load_state("networkidle")
    assert outside == []
