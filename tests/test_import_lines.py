"""lines.py: page furniture dropped, markup flattened, line numbers kept."""

from minutebook.importer.lines import clean, read_lines


def texts(text: str) -> list[str]:
    return [line.text for line in read_lines("doc.txt", text)[0]]


def test_blank_page_notice_dropped():
    assert texts("A\n\nThis page is intentionally left blank\n\nB") == ["A", "", "", "", "B"]


def test_lone_page_number_between_blank_lines_dropped():
    assert texts("text\n\n56\n\nmore") == ["text", "", "", "", "more"]


def test_a_web_page_s_stamp_of_when_its_post_went_up_is_dropped_a_sentence_about_posting_kept():
    assert texts("Draft Minutes\n\nposted Jul 11, 2017, 11:51 AM by Bob Champagne-Willis   [ updated Jul 18, 2017, "
                 "8:05 AM ]\n\nJuly 3, 2017") == ["Draft Minutes", "", "", "", "July 3, 2017"]
    assert texts("Published: 3 May 2021\nLast updated on March 2, 2019\nPosted on March 3, 2017 by admin") == [
        "", "", ""]
    kept = "Posted in accordance with the law on March 3, 2017"
    assert texts(kept) == [kept]


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


def test_byte_order_mark_crlf_and_ligatures_cleaned():
    assert texts("\ufeffCon\ufb01rmed\r\nOﬃcer \ufb02exible\r\n") == ["Confirmed", "Officer flexible", ""]


def test_page_n_of_m_footer_and_form_feed_running_header_dropped():
    page = "text {}\n                Page {} of 3\n\fScrutiny Committee \u2013 21 September 2021\n\n"
    lines = texts(page.format(1, 1) + page.format(2, 2) + "end")
    assert [t for t in lines if t] == ["text 1", "text 2", "end"]



def test_running_header_with_column_gaps_that_vary_by_page_dropped():
    page = "text {}\n\fCity Council{}Agenda{}January 5, 2021\n\n"
    lines = texts(page.format(1, " " * 20, " " * 30) + page.format(2, " " * 26, " " * 24) + "end")
    assert [t for t in lines if t] == ["text 1", "text 2", "end"]


def test_a_heading_once_after_a_page_number_in_a_long_document_kept():
    text = "".join(f"text {n}\nPage {n}\n\n" for n in range(1, 4)) + "Page 4\nG.   Public Hearing\n\nend"
    assert "G.   Public Hearing" in texts(text)

def test_word_hyphenated_across_lines_and_page_break_joined():
    lines = texts("The Committee recom-\n          Page 1 of 2\n\fHeader\n\nmended that it be noted.\n"
                  "a co-\nordinated plan\n\nVice-\nChair")
    assert lines[0] == "The Committee recommended" and lines[4] == "that it be noted."
    assert lines[5:7] == ["a coordinated", "plan"] and lines[8:] == ["Vice-", "Chair"]


def test_hyphen_before_a_plain_blank_line_kept():
    assert texts("over-\n\ndevelopment")[0] == "over-"


def test_page_break_inside_a_paragraph_is_a_page_gap():
    lines, _ = read_lines("doc.txt", "The Committee agreed\n        Page 1 of 2\n\fHeader\n\nthat it be noted.\n\n"
                                     "New paragraph.\n        Page 2 of 2\n\fHeader\n\nNext one.\n")
    assert [line.number for line in lines if line.page_gap] == [2, 3, 4]


def test_a_lone_carriage_return_among_newlines_is_a_space_and_ends_lines_where_no_newline_is():
    assert texts("MINUTES\t\r OF\r\nPresent: A\n") == ["MINUTES\t OF", "Present: A", ""]
    assert texts("MINUTES\rPresent: A") == ["MINUTES", "Present: A"]


def test_a_tab_between_every_word_of_most_lines_reads_as_spaces():
    text = "MINUTES\t OF\t A\t MEETING\n\n139.\t APOLOGIES\t FOR\t ABSENCE\nName\tRole\tOrganisation\n"
    assert texts(text)[:3] == ["MINUTES OF A MEETING", "", "139. APOLOGIES FOR ABSENCE"]
    assert texts("Mark Greenslade\tLicensing Manager\tHarrow Council\nA B C D\n")[0] == (
        "Mark Greenslade\tLicensing Manager\tHarrow Council")


def test_a_glyph_the_pdf_maps_to_no_character_is_a_bullet_at_a_line_start_and_a_gap_inside_it():
    assert clean("(cid:120) Fixed asset review.") == "• Fixed asset review."
    assert clean("    (cid:120)(cid:121) Future funding.") == "    • Future funding."
    assert clean("Chairman(cid:2)(cid:1) J.O. Ritchie") == "Chairman  J.O. Ritchie"


def test_an_agenda_quoted_line_by_line_as_a_mail_quotes_it_is_read_without_its_marks():
    text = ("| Committee Meeting Agenda: 25 Jun 2002\n| ===\n|\n| 1. Roll call\n\n  Paul Grosso\n\n"
            "| 2. Accepting the minutes\n\nAccepted.\n\n| 3. Review of the agenda\n|\n|    a. Norm to write\n")
    lines, _ = read_lines("minutes.txt", text)
    assert [line.text for line in lines if line.text.strip()][:4] == [
        "Committee Meeting Agenda: 25 Jun 2002", "===", "1. Roll call", "  Paul Grosso"]
    assert lines[13].text == "   a. Norm to write"


def test_a_table_s_rows_opening_with_a_bar_keep_it():
    text = "".join(f"| Name {n} | Post |\n" for n in range(6))
    assert read_lines("minutes.txt", text)[0][0].text.startswith("| Name 0")


def test_an_action_columns_head_and_owners_are_read_apart_from_the_minutes_words():
    lines = texts("Minute                                                      Action\n\n"
                  "24/036   The Board APPROVED the programme.                  PD\n"
                  "         The Chair will raise this with the Chief Executive TB/AW\n"
                  "         and will contact the                               TB/AW\n"
                  "         Director of Services.\n"
                  "                                                            ST\n"
                  "         and the report will follow.\n")
    assert lines == ["", "", "24/036   The Board APPROVED the programme.",
                     "         The Chair will raise this with the Chief Executive TB/AW",  # (no gap: words)
                     "         and will contact the", "         Director of Services.", "",
                     "         and the report will follow.", ""]
    under = texts("Item 4   Report                                               Action\n"
                  "         Members noted the figures.                             Clerk\n")
    assert under == ["Item 4   Report", "         Members noted the figures.", ""]  # (a head beside a title)


def test_capitals_at_a_lines_end_without_an_action_column_are_words():
    assert texts("Payments since last report                                     OK\n") == [
        "Payments since last report                                     OK", ""]
