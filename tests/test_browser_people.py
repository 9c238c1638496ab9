"""The people index and a person page in headless Chromium: filter, sort, work without JavaScript, fit a phone."""

from __future__ import annotations

import pytest
from conftest import DESKTOP, PHONE, build_cli, serve_folder
from test_people import MEETINGS, PEOPLE, write

MORE_PEOPLE = """\
- id: zed-zulu
  name: Zebedee Zulu-Montgomery-Fotheringham
  honorific: Councillor
  party: Conservative and Unionist
  ward: Headstone North and Harrow Weald
  memberships:
  - {body: panel, role: vice-chair, from: 2020-01-01}
- id: olga-officer
  name: Olga Officer
"""
# Olga attends as an officer; Zed as a member, so the index has all three parts.
OFFICER = "  - {person: olga-officer, status: in_attendance, capacity: officer, role: Democratic Services Officer}\n"


@pytest.fixture(scope="module")
def people_site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("people")
    meetings = {day: text.replace("attendance:\n", "attendance:\n" + OFFICER) for day, text in MEETINGS.items()}
    content = write(tmp_path, PEOPLE + MORE_PEOPLE, meetings)
    (content / "archive.yml").write_text("name: Test archive\nauthority: Test Council\n")
    site = tmp_path / "site"
    result = build_cli("build", "--content", str(content), "--site-dir", str(site), "--strict", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    url, server = serve_folder(site)
    yield url
    server.shutdown()
    server.server_close()


def visible_names(page, kind: str) -> list[str]:
    return page.locator(f".mb-people-{kind} tbody tr:visible td:first-child").all_inner_texts()


def fits(page) -> None:
    """No sideways scroll of the page, and no table wider than the box that holds it."""
    width = page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    overflow = page.evaluate("""() => [...document.querySelectorAll('article table')].map(t => {
        const box = t.closest('.md-typeset__scrollwrap') || t.parentElement;
        return [t.scrollWidth, box.clientWidth, t.getBoundingClientRect().right]; })""")
    assert overflow and all(table <= box and right <= width for table, box, right in overflow), overflow


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_people_index_filters_and_sorts(browser, people_site, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(people_site + "people/")
    assert visible_names(page, "member") == ["Ann Able", "Zebedee Zulu-Montgomery-Fotheringham"]
    assert visible_names(page, "officer") == ["Olga Officer"]
    assert visible_names(page, "other") == ["Bob Baker", "Cat Cole", "Dan Dee"]
    fits(page)

    page.get_by_label("Filter by name, party, ward or organisation").fill("harrow weald")
    assert visible_names(page, "member") == ["Zebedee Zulu-Montgomery-Fotheringham"]
    assert not page.locator("#officers").is_visible() and not page.locator(".mb-people-other").is_visible()
    assert page.locator("main").get_by_role("status").inner_text() == "1 of 6 people shown"
    page.get_by_label("Filter by name, party, ward or organisation").fill("")
    page.get_by_label("Show").select_option("officer")
    assert visible_names(page, "officer") == ["Olga Officer"] and visible_names(page, "member") == []
    page.get_by_label("Show").select_option("")

    meetings = page.locator(".mb-people-other th", has_text="Meetings")
    meetings.get_by_role("button").click()
    counts = page.locator(".mb-people-other tbody td:last-child").all_inner_texts()
    assert counts == sorted(counts, key=int) and meetings.get_attribute("aria-sort") == "ascending"
    meetings.get_by_role("button").click()
    assert page.locator(".mb-people-other tbody td:last-child").all_inner_texts() == sorted(counts, key=int,
                                                                                           reverse=True)
    name = page.locator(".mb-people-member th", has_text="Name").get_by_role("button")
    name.click()
    name.click()
    assert visible_names(page, "member") == ["Zebedee Zulu-Montgomery-Fotheringham", "Ann Able"]
    context.close()


def test_without_javascript_the_index_lists_everyone_in_surname_order(browser, people_site):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(people_site + "people/")
    assert page.locator(".mb-filter").count() == 0
    assert page.locator(".mb-people tbody tr").count() == 6
    assert visible_names(page, "other") == ["Bob Baker", "Cat Cole", "Dan Dee"]
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_person_page_with_attendance_tables_fits_the_screen(browser, people_site, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(people_site + "people/zed-zulu/")
    assert page.locator("#attendance").is_visible() and page.locator("#attendance-years").is_visible()
    assert "Ward: Headstone North and Harrow Weald" in page.locator("article").inner_text()
    fits(page)
    context.close()
