"""Which long documents leave a meeting page for a page of their own: one test per rule, named for it."""

from __future__ import annotations

import datetime as dt

from minutebook.appendices import (
    APPENDIX_WORDS,
    LEAD_WORDS,
    LONG_WORDS,
    Appendix,
    rebase,
    short_slug,
    split_meeting,
    words,
)
from minutebook.model import Item, Meeting


def prose(n: int, word: str = "word") -> str:
    """n words in paragraphs of 50."""
    return "\n\n".join(" ".join([word] * 50) for _ in range(n // 50))


def meeting(*texts: str) -> Meeting:
    items = tuple(Item(f"minute-{n}", f"Title {n}", minute=str(n), text=t) for n, t in enumerate(texts, 1))
    return Meeting("cabinet", dt.date(2017, 7, 13), "2017-07-13", items=items)


def split_of(*texts: str):
    m = meeting(*texts)
    return m, split_meeting(m, lambda item: item.text)


def test_a_short_item_stays_whole():
    _, splits = split_of("Cabinet noted the report.")
    assert splits["minute-1"].parts == ("Cabinet noted the report.",)
    assert splits["minute-1"].appendices == ()


def test_a_marked_report_over_the_limit_gets_a_page_and_keeps_its_old_id():
    text = f"The Panel received a report.\n\n### Report: Annual Review of the Pledge\n\n{prose(APPENDIX_WORDS + 50)}"
    m, splits = split_of(text)
    split = splits["minute-1"]
    assert split.parts[0] == "The Panel received a report."
    report = split.parts[1]
    assert isinstance(report, Appendix) and report.kind == "report"
    assert report.title == "Annual Review of the Pledge"
    assert report.url(m) == "meetings/cabinet/2017-07-13/report-annual-review-of-the-pledge/"
    assert report.old_id == "report-annual-review-of-the-pledge"  # Python-Markdown's id for the heading
    assert report.words == APPENDIX_WORDS + 50 and "###" not in report.text
    assert split.ids == ("report-annual-review-of-the-pledge",)
    assert "word" not in split.kept


def test_a_marked_attachment_under_the_limit_stays_with_its_id_written_out():
    text = f"Noted.\n\n### Attachment: Appendix 3\n\n{prose(200)}"
    _, splits = split_of(text)
    split = splits["minute-1"]
    assert split.appendices == ()
    assert "### Attachment: Appendix 3 {#attachment-appendix-3}" in split.kept
    assert split.ids == ("attachment-appendix-3",)


def test_an_unmarked_item_over_the_limit_keeps_its_opening_and_its_whole_text_gets_a_page():
    text = "RESOLVED: That the strategy be adopted.\n\n" + prose(LONG_WORDS + 500, "strategy")
    m, splits = split_of(text)
    split = splits["minute-1"]
    lead, whole = split.parts
    assert lead.startswith("RESOLVED: That the strategy be adopted.") and words(lead) <= LEAD_WORDS
    assert isinstance(whole, Appendix) and whole.kind == "text" and whole.text == text.strip()
    assert whole.url(m) == "meetings/cabinet/2017-07-13/minute-1-full-text/"
    assert split.kept == lead


def test_an_unmarked_item_just_under_the_limit_stays():
    _, splits = split_of(prose(LONG_WORDS - 50))
    assert splits["minute-1"].appendices == ()


def test_two_reports_with_the_same_title_get_two_pages_and_two_ids():
    report = f"### Report: Update\n\n{prose(APPENDIX_WORDS + 50)}"
    m, splits = split_of(report, report)
    first, second = splits["minute-1"].appendices[0], splits["minute-2"].appendices[0]
    assert first.url(m) != second.url(m)
    assert first.old_id == "report-update" and second.old_id == "report-update_1"  # as Python-Markdown numbers them


def test_links_add_no_words_so_recorded_and_linked_text_split_alike():
    recorded = "Councillor Mitzi Green said " + prose(LONG_WORDS + 100)
    linked = "[Councillor Mitzi Green](../../people/mitzi-green.md) said " + prose(LONG_WORDS + 100)
    assert words(recorded) == words(linked)
    m = meeting(recorded)
    as_recorded = split_meeting(m, lambda item: recorded)["minute-1"]
    as_linked = split_meeting(m, lambda item: linked)["minute-1"]
    assert [a.slug for a in as_recorded.appendices] == [a.slug for a in as_linked.appendices]
    assert words(as_recorded.kept) == words(as_linked.kept)


def test_a_long_title_makes_a_short_address():
    slug = short_slug("Report: Scrutiny of action plan following Ofsted report on the inspection of services for "
                      "children in need of protection")
    assert slug == "report-scrutiny-of-action-plan-following-ofsted-report-on"


def test_links_are_rebased_one_folder_down_but_not_absolute_ones():
    text = "[Cllr Green](../../people/mitzi-green.md), [minute 571](2017-07-13.md#minute-571), [x](https://e.org/a)"
    assert rebase(text) == ("[Cllr Green](../../../people/mitzi-green.md), [minute 571](../2017-07-13.md#minute-571), "
                            "[x](https://e.org/a)")
