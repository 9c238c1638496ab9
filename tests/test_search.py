"""Search documents and the records Pagefind reads: what each result is, says and can be filtered by."""

from __future__ import annotations

from conftest import FIXTURE

from minutebook.archive import load_archive
from minutebook.search import Document, all_documents
from minutebook.search.pagefind_index import HelpPage, help_html, plain, record_html


def documents() -> dict[str, Document]:
    return {d.ref: d for d in all_documents(load_archive(FIXTURE)[0])}


def test_each_item_is_its_own_document_with_its_deep_link_body_and_date():
    item = documents()["meetings/cabinet/2017-07-13/#minute-576"]
    assert item.title == "Cabinet, 13 July 2017, minute 576: Pinner Wood School Expansion"
    assert (item.body, item.date) == ("Cabinet", "2017-07-13")


def test_an_item_that_decided_something_is_a_decision_and_its_decision_weighs_more():
    item = documents()["meetings/cabinet/2017-07-13/#minute-576"]
    assert item.kind == "decision" and item.decided
    html = record_html(item)
    assert '<h1 data-pagefind-weight="10.0">' in html and '<p data-pagefind-weight="3.0">' in html


def test_people_are_found_by_name_with_their_honorific():
    person = documents()["people/genevieve-small/"]
    assert (person.kind, person.title) == ("person", "Dr Genevieve Small")


def test_a_record_carries_its_filters_and_the_facts_a_result_shows():
    html = record_html(Document("meetings/council/2017-06-13/#minute-248", "decision", "Council, minute 248",
                                "Noted. Text", body="Council", date="2017-06-13", decided="Noted.",
                                reports=("Report",), people=("Mitzi Green",)))
    for fact in ('data-pagefind-filter="kind">decision<', 'data-pagefind-filter="kind">report<',
                 'data-pagefind-filter="body">Council<', 'data-pagefind-filter="year">2017<',
                 'data-pagefind-filter="person">Mitzi Green<', 'data-pagefind-meta="date">13 June 2017<'):
        assert fact in html
    assert "<div data-pagefind-ignore>" in html  # the facts are filters and metadata, never matched as text


def test_text_from_a_record_is_escaped_and_markdown_is_dropped():
    html = record_html(Document("m/#x", "minute", "<script>x</script>", "See [the report](r.pdf) {#x} **now**"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert plain("See [the report](r.pdf) {#x} **now**") == "See the report now"


def test_help_pages_are_a_group_of_their_own():
    html = help_html(HelpPage("searching/", "How to search", "<p>Type words</p>"))
    assert 'data-pagefind-filter="kind">help page<' in html and "<h1>How to search</h1>" in html
