"""Following, citing and reading the archive away from the screen, in headless Chromium on the built
sample archive: calendar subscriptions, feeds opened in a browser, schema.org events, dark mode, print and
the 404 page; each on a desktop and on a phone."""

from __future__ import annotations

import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
AT_EVERY_SIZE = True  # every test taking `page` runs on a desktop and on a phone (conftest)
MEETING = "meetings/cabinet/2017-07-13/"


def test_calendar_links_subscribe_with_webcal_and_offer_the_address(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + MEETING)
    subscribe = page.locator("a.mb-webcal")
    host = site_url.split("//", 1)[1].rstrip("/")
    assert subscribe.get_attribute("href") == f"webcal://{host}/calendars/cabinet.ics"
    download = page.locator(".mb-follow a", has_text="calendar (.ics)")
    assert download.get_attribute("href").endswith("calendars/cabinet.ics")
    page.locator("button.mb-copy-address").click()
    page.wait_for_function("document.querySelector('button.mb-copy-address').textContent === 'address copied'")
    assert page.evaluate("navigator.clipboard.readText()") == f"{site_url}calendars/cabinet.ics"
    context.close()


def test_a_feed_opened_in_a_browser_reads_as_a_list_of_entries(page, site_url, site_dir):
    xml = (site_dir / "feeds" / "bodies" / "cabinet.xml").read_text(encoding="utf-8")
    assert '<?xml-stylesheet type="text/css" href="../../stylesheets/feed.css"?>' in xml
    assert feedparser.parse(xml).entries, "the stylesheet line leaves the feed valid"
    page.goto(site_url + "feeds/bodies/cabinet.xml")
    entry = page.locator("entry").first
    assert entry.evaluate("e => getComputedStyle(e).display") == "block"
    assert "feed reader" in page.evaluate("getComputedStyle(document.documentElement, '::before').content")
    assert page.locator("entry > id").first.evaluate("e => getComputedStyle(e).display") == "none"


def test_meeting_pages_carry_schema_org_event_data(site_dir):
    soup = BeautifulSoup((site_dir / MEETING / "index.html").read_text(encoding="utf-8"), "html.parser")
    event = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert event["@type"] == "Event" and event["name"] == "Cabinet, 13 July 2017"
    assert (event["startDate"], event["endDate"]) == ("2017-07-13T18:30", "2017-07-13T20:12")
    assert event["location"] == {"@type": "Place", "name": "Committee Rooms 1 & 2, Harrow Civic Centre"}
    assert event["organizer"]["name"] == "Harrow Council"


def test_dark_mode_follows_the_system_and_has_a_toggle(browser, site_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + MEETING)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.locator('label[title="Switch to light mode"]').first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    context.close()


def test_print_shows_the_minutes_the_archive_and_the_address_but_no_controls(page, site_url):
    page.goto(site_url + MEETING)
    page.emulate_media(media="print")
    assert not page.locator("button.mb-cite").first.is_visible()
    assert not page.locator(".md-header").is_visible() and not page.locator(".mb-follow").is_visible()
    footer = page.locator(".mb-print")
    assert footer.is_visible()
    assert footer.inner_text() == f"Harrow Council meetings archive · {site_url}{MEETING}"
    assert page.locator("#minute-576").is_visible()


def test_the_404_page_offers_search_and_the_archive_sections(page, site_dir, site_url):
    soup = BeautifulSoup((site_dir / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.h1.get_text(strip=True).startswith("This page is not in the archive")
    page.goto(site_url + "404.html")
    page.get_by_role("article").get_by_role("link", name="Decisions").click()
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/decisions"))
    page.goto(site_url + "404.html")
    page.locator("label[for='__search'].md-button").click()
    expect(page.locator("input.md-search__input")).to_be_focused()
    page.keyboard.type("Pinner")
    assert page.locator("input.md-search__input").input_value() == "Pinner"


def test_the_home_pages_search_button_is_reached_with_tab_and_pressed_with_enter(page, site_url):
    page.goto(site_url)
    button = page.locator("label.mb-search-button")
    for _ in range(60):
        page.keyboard.press("Tab")
        if button.evaluate("e => e === document.activeElement"):
            break
    else:
        raise AssertionError("the search button is never focused by Tab")
    focus = "e => getComputedStyle(e).outlineStyle !== 'none' || getComputedStyle(e).boxShadow !== 'none'"
    assert button.evaluate(focus), "focus is visible"
    page.keyboard.press("Enter")
    expect(page.locator("input.md-search__input")).to_be_focused()
    page.keyboard.type("Pinner")
    assert page.locator("input.md-search__input").input_value() == "Pinner"
