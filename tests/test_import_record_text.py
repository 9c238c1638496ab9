"""record_text.py: a document's lines as its record's Markdown, which the site renders as the document printed it."""

from __future__ import annotations

from html.parser import HTMLParser

from minutebook.importer.lines import read_lines
from minutebook.importer.record_text import markdown
from minutebook.pages import Page
from minutebook.render import Renderer

RENDERER = Renderer(["toc", "tables", "attr_list", "md_in_html", "admonition"], {"toc": {"permalink": "#"}})


class _Blocks(HTMLParser):
    """The page's paragraphs and list entries, each as its text reads, and how many ordered lists it has."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self.lists = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "li"):
            self.blocks.append("")
        self.lists += tag == "ol"

    def handle_data(self, data):
        if self.blocks:
            self.blocks[-1] += data


def shown(name: str, printed: str) -> _Blocks:
    """The HTML the site shows for `printed`, read from a file called `name`, written as its record's text."""
    text = markdown(read_lines(name, printed)[0])
    parsed = _Blocks()
    parsed.feed(RENDERER.render(Page("meetings/council/2024-01-01.md", text)).html)
    parsed.blocks = [" ".join(block.split()) for block in parsed.blocks if block.strip()]
    return parsed


def test_a_printed_list_keeps_the_numbers_printed_where_markdown_would_number_it_from_one():
    page = shown("agenda.txt", "Recommendation(s): 1. Create a project entitled Fitness Court.\n\n"
                               "2. Authorize the City Manager to execute a funding agreement.\n\n"
                               "3. Appropriate and transfer $201,500.\n\n2010.\n")
    assert page.lists == 0
    assert page.blocks == ["Recommendation(s): 1. Create a project entitled Fitness Court.",
                           "2. Authorize the City Manager to execute a funding agreement.",
                           "3. Appropriate and transfer $201,500.", "2010."]


def test_points_printed_line_under_line_are_shown_a_line_each_not_run_together():
    page = shown("minutes.txt", "The following agenda was adopted:\n1. Opening Remarks\n4. Notice of meeting\n"
                                "5. Plenary\nThe payments listed were noted:\na) Clerk's salary £450.00\n"
                                "b) HMRC £112.50\nRESOLVED: to approve the payments listed.\n")
    assert page.blocks == ["The following agenda was adopted:", "1. Opening Remarks", "4. Notice of meeting",
                           "5. Plenary The payments listed were noted:", "a) Clerk's salary £450.00",
                           "b) HMRC £112.50", "RESOLVED: to approve the payments listed."]


def test_bullets_printed_under_the_text_that_leads_to_them_are_a_list_and_the_outer_point_follows_it():
    page = shown("minutes.txt", "1. Youth violence:\n- a. To reduce youth violence,\n- b. To promote awareness;\n"
                                "2. Domestic abuse.\nThe partners consulted were:\n- Police\n- Housing\n")
    assert page.blocks == ["1. Youth violence:", "a. To reduce youth violence,", "b. To promote awareness;",
                           "2. Domestic abuse. The partners consulted were:", "Police", "Housing"]


def test_a_markdown_file_s_lists_and_paragraphs_are_its_author_s():
    page = shown("minutes.md", "Agenda:\n\n1. Opening\n1. Adoption of the agenda\n1. Reports\n")
    assert page.lists == 1
    assert page.blocks == ["Agenda:", "Opening", "Adoption of the agenda", "Reports"]


def test_labelled_lines_printed_one_under_another_are_shown_a_line_each():
    page = shown("minutes.txt", "Present: Mayor Jane Doe, Council Members Tom Lee,\nSara Kim and Paul Chen\n"
                                "Absent: Council Member Ann Fox\nStaff Present: City Manager Bob Hill\n\n"
                                "It was moved to approve the agenda.\nAyes: Lee, Kim, Chen\nNays: None\n")
    assert page.blocks == ["Present: Mayor Jane Doe, Council Members Tom Lee, Sara Kim and Paul Chen",
                           "Absent: Council Member Ann Fox", "Staff Present: City Manager Bob Hill",
                           "It was moved to approve the agenda.", "Ayes: Lee, Kim, Chen", "Nays: None"]
