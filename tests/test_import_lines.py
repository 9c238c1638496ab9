"""lines.py: page furniture dropped, markup flattened, line numbers kept."""

from minutebook.importer.lines import read_lines


def texts(text: str) -> list[str]:
    return [line.text for line in read_lines("doc.txt", text)[0]]


def test_blank_page_notice_dropped():
    assert texts("A\n\nThis page is intentionally left blank\n\nB") == ["A", "", "", "", "B"]


def test_lone_page_number_between_blank_lines_dropped():
    assert texts("text\n\n56\n\nmore") == ["text", "", "", "", "more"]


def test_number_inside_a_paragraph_kept():
    assert texts("Minutes\n56\nmore")[1] == "56"


def test_page_n_and_running_header_dropped():
    lines = texts("a\n                    Page 3\nPlanning Committee - 9 March 2022\n\nb")
    assert lines == ["a", "", "", "", "b"]


def test_html_list_tags_and_bold_markup_flattened():
    line = texts('<ul style="list-style-type: none"> * Ghazanfar Ali **x**</ul>')[0]
    assert "<" not in line and "**" not in line and "* Ghazanfar Ali x" in line


def test_line_numbers_and_raw_text_kept():
    lines, dropped = read_lines("doc.txt", "one\n\nThis page is intentionally left blank\nfour")
    assert [(line.number, line.raw) for line in lines][2] == (3, "This page is intentionally left blank")
    assert lines[3].number == 4 and dropped == 1
