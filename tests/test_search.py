"""Search documents and the records Pagefind reads: what each result is, says and can be filtered by."""

from __future__ import annotations

from conftest import FIXTURE

from minutebook.archive import load_archive
from minutebook.search import Document, all_documents
from minutebook.search.pagefind_records import (
    KIND_MARK,
    OPENING_WORDS,
    HelpPage,
    help_html,
    item_marks,
    meeting_html,
    person_width,
    plain,
    record_html,
    records,
)


def documents() -> dict[str, Document]:
    return {d.ref: d for d in all_documents(load_archive(FIXTURE)[0])}


def test_each_item_is_its_own_document_with_its_deep_link_body_and_date():
    item = documents()["meetings/cabinet/2017-07-13/#minute-576"]
    assert item.title == "Cabinet, 13 July 2017, minute 576: Pinner Wood School Expansion"
    assert (item.body, item.date) == ("Cabinet", "2017-07-13")


def test_an_item_that_decided_something_is_a_decision_and_its_decision_weighs_more():
    item = documents()["meetings/cabinet/2017-07-13/#minute-576"]
    assert item.kind == "decision" and item.decided
    html = meeting_html([item])
    assert '<h2 id="minute-576" data-pagefind-weight="10.0">' in html and '<p data-pagefind-weight="3.0">' in html


def test_a_meeting_is_one_record_whose_items_are_sections_under_their_anchors():
    """Pagefind gives each heading with an id back as a sub-result with its deep link."""
    docs = documents()
    meeting = [d for ref, d in docs.items() if ref.startswith("meetings/council/2017-06-13/#")]
    found = dict(records(docs.values()))
    assert "/meetings/council/2017-06-13/#minute-247" not in found
    html = found["/meetings/council/2017-06-13/"]
    assert len(meeting) > 1 and all(f'<h2 id="{d.ref.split("#")[1]}"' in html for d in meeting)
    assert len(found) == len([d for d in docs.values() if not d.date]) + len(
        {d.ref.split("#")[0] for d in docs.values() if "#" in d.ref})


def test_a_long_document_appended_to_an_item_is_a_section_of_its_meeting_named_by_its_own_page():
    """search.js opens it at its own page (the meeting's address and the heading's id); its text weighs less."""
    item = Document("meetings/cabinet/2017-07-13/#minute-576", "decision", "t", "Agreed.", body="Cabinet",
                    date="2017-07-13", decided="Agreed.", heading="Pinner Wood School Expansion", label="minute 576")
    report = Document("meetings/cabinet/2017-07-13/minute-576-full-text/", "document", "t", "The report's text",
                      body="Cabinet", date="2017-07-13", heading="Pinner Wood School Expansion", label="minute 576")
    found = dict(records([item, report]))
    assert list(found) == ["/meetings/cabinet/2017-07-13/"]
    html = found["/meetings/cabinet/2017-07-13/"]
    assert '<h2 id="minute-576-full-text" data-pagefind-weight="7.0">' in html
    assert '<p data-pagefind-weight="0.5">The report&#x27;s text</p>' in html
    assert 'data-pagefind-meta="items">@576~!|@576~&amp;<' in html


def test_each_item_of_a_meeting_carries_its_own_kinds_and_people_as_marks():
    """A meeting's filters are the union of its items'; each item's own are marks the browser reads back."""
    decided = Document("m/#minute-3", "decision", "t", "Resolved.", body="Council", date="2017-06-13",
                       decided="Resolved.", reports=("Report",), people=("Mitzi Green",), heading="Budget",
                       label="minute 3")
    agenda = Document("m/#item-4", "agenda item", "t", "Noted", body="Council", date="2017-06-13", heading="Any other",
                      label="item 4.1", people=("Adam Swersky", "Mitzi Green"))
    html = meeting_html([decided, agenda])
    for fact in ('data-pagefind-filter="kind">decision<', 'data-pagefind-filter="kind">report<',
                 'data-pagefind-filter="kind">agenda item<', 'data-pagefind-filter="person">Adam Swersky<',
                 'data-pagefind-filter="person">Mitzi Green<'):
        assert fact in html
    people = ["Adam Swersky", "Mitzi Green"]  # sorted: a person's code is a place in this list
    assert item_marks(decided, people) == "@3~" + KIND_MARK["decision"] + KIND_MARK["report"] + ")"
    assert item_marks(agenda, people) == "^4.1~" + KIND_MARK["agenda item"] + "()"
    assert f'data-pagefind-meta="items">{"@3~!%)|^4.1~$()"}<' in html


def test_an_item_is_indexed_by_its_decisions_and_notes_whole_and_the_opening_of_what_it_said():
    """A common word's chunk lists every place it is said: the website's index holds an item's opening only; a
    document appended to it (a strategy), on its own page, is indexed whole."""
    said = " ".join(f"word{n}" for n in range(OPENING_WORDS + 50))
    appended = " ".join(f"page{n}" for n in range(OPENING_WORDS + 50))
    item = Document("m/#minute-3", "decision", "t", f"Agreed. {said} Housing", body="Council", date="2017-06-13",
                    decided="Agreed.", heading="Budget", label="minute 3", said=said, notes="Housing")
    report = Document("m/minute-3-full-text/", "document", "t", appended, body="Council", date="2017-06-13",
                      heading="Budget", label="minute 3")
    html = meeting_html([item, report])
    assert f"word{OPENING_WORDS - 1} …" in html and f"word{OPENING_WORDS}" not in html
    assert f"page{OPENING_WORDS + 49}" in html
    assert "Agreed." in html and "Housing" in html
    whole = documents()["meetings/cabinet/2017-07-13/#minute-576"]  # the terminal's search keeps every word
    assert whole.said and whole.said in whole.text and whole.decided in whole.text


def test_marks_are_punctuation_that_pagefind_never_reads_as_a_word():
    """Pagefind searches metadata: a mark that were a word would make every meeting match it."""
    item = Document("m/#minute-3", "decision", "t", "x", body="B", date="2017-06-13", decided="x",
                    reports=("R",), people=tuple(f"P{n}" for n in range(300)), label="minute 3")
    marks = item_marks(item, sorted(item.people))
    assert person_width(300) == 3 and person_width(16) == 1 and person_width(17) == 2
    assert not any(c.isalnum() for c in marks.replace("3", "", 1))


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
    assert plain("2\\. Authorize the \\#1 bid") == "2. Authorize the 1 bid"  # an escape shows its character


def test_help_pages_are_a_group_of_their_own():
    html = help_html(HelpPage("searching/", "How to search", "<p>Type words</p>"))
    assert 'data-pagefind-filter="kind">help page<' in html and "<h1>How to search</h1>" in html


def test_pagefind_service_is_given_the_chunk_size():
    """Pagefind 1.5 reads its chunk size from its environment: the service launched must have ours."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    from minutebook.search.pagefind_index import CHUNK_POSITIONS, _service_class

    async def environment() -> list[bytes]:
        service = await _service_class()().launch()
        try:
            return Path(f"/proc/{service._backend.pid}/environ").read_bytes().split(b"\0")
        finally:
            await service.close()

    with ThreadPoolExecutor(1) as thread:  # a loop of its own: browser tests may leave one running in this thread
        found = thread.submit(asyncio.run, environment()).result()
    assert f"PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE={CHUNK_POSITIONS}".encode() in found


def test_in_the_terminal_an_item_that_decided_outranks_one_of_the_same_words_that_did_not():
    from minutebook.search.lunr_index import LunrIndex

    said = "Questions from the public were taken and answered by the portfolio holders present."
    docs = [Document("meetings/council/2020-01-02/#minute-3", "minute", "Council, 2 January 2020, minute 3: Public "
                     "Questions", said),
            Document("meetings/council/2020-02-02/#minute-9", "decision", "Council, 2 February 2020, minute 9: Public "
                     "Questions", said),
            Document("bodies/council/", "body", "Council", "")]
    index = LunrIndex(docs)
    assert index.search("public questions", 1)[0].document.ref == "meetings/council/2020-02-02/#minute-9"
    assert index.search("council", 1)[0].document.ref == "bodies/council/"  # a body's own page still first
