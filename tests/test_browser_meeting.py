"""The meeting page in headless Chromium, on a desktop and a phone, as a resident or journalist uses it:
the decisions summary lands on the item, the contents control jumps to a minute, nothing scrolls sideways,
and a long report lives on a page of its own, linked both ways and found by search."""

from __future__ import annotations

import pytest
from conftest import DESKTOP, PHONE
from test_browser import search

pytestmark = pytest.mark.browser

IN_VIEW = "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def screen(browser, request):
    context = browser.new_context(viewport=request.param, is_mobile=request.param is PHONE,
                                  has_touch=request.param is PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("site", ["fixture", "bundled"])
def test_a_decision_in_the_summary_lands_on_its_item(screen, site, request):
    url = request.getfixturevalue("site_url" if site == "fixture" else "bundled_url")
    screen.goto(url + "meetings/cabinet/2017-07-13/")
    screen.locator('div.mb-decisions a[href="#minute-576"]').click()
    screen.wait_for_url(lambda u: u.endswith("#minute-576"))
    heading = screen.locator("#minute-576")
    assert heading.evaluate(IN_VIEW)
    assert heading.inner_text().startswith("576.")


def test_the_phone_contents_control_opens_from_the_keyboard_and_jumps_to_a_minute(phone, bundled_url):
    phone.goto(bundled_url + "meetings/council/2017-09-28/")
    control = phone.locator("details.mb-contents")
    assert control.is_visible() and phone.locator(".md-sidebar--secondary").is_hidden()  # the theme offers none
    summary = control.locator("summary")
    assert summary.inner_text() == "Contents: 20 items"
    summary.focus()
    phone.keyboard.press("Enter")
    assert control.get_attribute("open") is not None
    target = control.locator('a[href="#item-14"]')
    target.focus()  # reachable from the summary with Tab, then followed with Enter
    phone.keyboard.press("Enter")
    phone.wait_for_url(lambda u: u.endswith("#item-14"))
    assert phone.locator("#item-14").evaluate(IN_VIEW)


def test_the_contents_control_gives_way_to_the_theme_table_of_contents_on_a_desktop(browser, bundled_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(bundled_url + "meetings/council/2017-09-28/")
    assert page.locator("details.mb-contents").is_hidden()
    assert page.locator('.md-sidebar--secondary a[href="#item-14"]').is_visible()
    context.close()


def test_no_bundled_meeting_page_scrolls_sideways_on_a_phone(phone, bundled_url, bundled_site):
    wide = {}
    for page_file in sorted((bundled_site / "meetings").glob("*/*/index.html")):
        url = page_file.parent.relative_to(bundled_site).as_posix() + "/"
        phone.goto(bundled_url + url)
        width = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        attendance = phone.locator("div.mb-attendance ul").all()
        overflowing = [a.evaluate("e => e.scrollWidth > e.clientWidth") for a in attendance]
        if width > 0 or any(overflowing):
            wide[url] = width
    assert not wide, wide


def test_the_strategy_under_minute_576_is_a_page_linked_both_ways(screen, bundled_url):
    screen.goto(bundled_url + "meetings/cabinet/2017-07-13/#minute-576")
    screen.locator("p.mb-appendix a").click()
    screen.wait_for_url(lambda u: u.endswith("/meetings/cabinet/2017-07-13/minute-576-full-text/"))
    assert "terrorism" in screen.locator("article").inner_text()
    screen.locator("p.mb-sequence a", has_text="minute 576").first.click()
    screen.wait_for_url(lambda u: u.endswith("/meetings/cabinet/2017-07-13/#minute-576"))
    assert screen.locator("#minute-576").evaluate(IN_VIEW)


def test_an_old_address_of_a_moved_report_forwards_to_its_page(page, bundled_url):
    old = ("report-scrutiny-of-action-plan-following-ofsted-report-on-the-inspection-of-services-for-children-"
           "in-need-of-protection-looked-after-children-and-care-leavers-january-2017")
    page.goto(bundled_url + f"meetings/council/2017-09-28/#{old}")
    new = "meetings/council/2017-09-28/report-scrutiny-of-action-plan-following-ofsted-report-on/"
    page.wait_for_url(lambda u: u.endswith(new))
    assert page.locator("h1").inner_text().startswith("Scrutiny of action plan")


def test_words_only_in_the_strategy_find_its_page(page, bundled_url):
    result = search(page, bundled_url, "terrorism", "meetings/cabinet/2017-07-13/minute-576-full-text/")
    result.click()
    page.wait_for_url(lambda u: "/meetings/cabinet/2017-07-13/minute-576-full-text/" in u)
