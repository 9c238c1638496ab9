"""The decisions register in headless Chromium, desktop and phone: filter, show procedural, sort; and without JS."""

from __future__ import annotations

import pytest
from conftest import VIEWPORTS

pytestmark = pytest.mark.browser

COLUMNS = ("Date", "Body", "Item", "Decision", "Topics", "Kind")


def visible_rows(page) -> list[dict[str, str]]:
    cells = page.eval_on_selector_all(
        ".mb-register tbody tr:not([hidden])",
        "rows => rows.map(r => Array.from(r.cells, c => c.textContent.replace(/\\s+/g, ' ').trim()))")
    return [dict(zip(COLUMNS, row, strict=True)) for row in cells]


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_register_filters_by_body_and_year_shows_procedural_and_sorts(browser, site_url, viewport):
    context = browser.new_context(viewport=VIEWPORTS[viewport])
    page = context.new_page()
    page.goto(site_url + "decisions/")
    page.wait_for_selector(".mb-register-filters")
    every = page.locator(".mb-register tbody tr").count()
    rows = visible_rows(page)
    assert rows and len(rows) < every  # procedural decisions hidden by default
    assert not any(r["Kind"].startswith("Procedural") for r in rows)
    assert page.locator(".mb-register-status").inner_text() == (
        f"Showing {len(rows)} of {every} decisions, procedural decisions hidden.")

    page.get_by_label("Body").select_option("Cabinet")
    page.get_by_label("Year").select_option("2017")
    cabinet = visible_rows(page)
    assert cabinet and all(r["Body"] == "Cabinet" and r["Date"].endswith("2017") for r in cabinet)
    assert not any(r["Kind"].startswith("Procedural") for r in cabinet)

    page.get_by_label("Show procedural decisions").check()
    with_procedural = visible_rows(page)
    assert len(with_procedural) > len(cabinet)
    assert any(r["Kind"] == "Procedural (minutes)" for r in with_procedural)
    assert all(r["Body"] == "Cabinet" for r in with_procedural)

    page.get_by_label("Body").select_option("")
    page.locator("th button.mb-sort", has_text="Body").click()
    bodies = [r["Body"] for r in visible_rows(page)]
    assert bodies == sorted(bodies) and len(set(bodies)) > 1
    assert page.locator("th", has_text="Body").get_attribute("aria-sort") == "ascending"
    page.locator("th button.mb-sort", has_text="Body").click()
    assert [r["Body"] for r in visible_rows(page)] == sorted(bodies, reverse=True)
    page.locator("th button.mb-sort", has_text="Date").click()  # newest first -> oldest first
    dates = [r["Date"] for r in visible_rows(page)]
    assert dates[0] == "18 May 2017" and dates[-1] == "28 September 2017"

    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[viewport]["width"]
    context.close()


def test_register_without_javascript_is_the_plain_table_with_every_row(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORTS["phone"])
    page = context.new_page()
    page.goto(site_url + "decisions/")
    assert page.locator(".mb-register-filters").count() == 0
    rows = visible_rows(page)
    assert len(rows) == page.locator(".mb-register tbody tr").count()
    assert any(r["Kind"].startswith("Procedural") for r in rows)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
