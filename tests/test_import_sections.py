"""Minutes whose items are numbered afresh under each section heading ('CONSENT ITEMS' 1-3, 'ACTION ITEMS' 1-2,
'REPORTS' 1-4), the headings between the counts, presenters in brackets after titles, and Markdown headings nested
by level. Each text is invented to test one rule; the layout they come from is a real document's
(tests/corpus/sacramento-metro-fire)."""

from pathlib import Path

from minutebook.importer.extract import extract_text
from minutebook.importer.items import cut_items
from minutebook.importer.lines import read_lines
from minutebook.importer.titles import split_presenter

HEAD = "Minutes of the Board of Directors\nThursday, May 7, 2020\n\nPresent: Directors Clark, Jones and Wood.\n\n"


def items(text: str) -> list[tuple]:
    _, found = cut_items(read_lines("doc.txt", HEAD + text)[0], "minutes")
    return [(i.minute, i.parent, i.title) for i in found]


def markdown_items(tmp_path: Path, markdown: str) -> list[tuple]:
    source = tmp_path / "minutes.md"
    source.write_text(HEAD + markdown, encoding="utf-8")
    return [(i.minute, i.parent, i.title) for i in cut_items(read_lines(str(source), extract_text(source).text)[0],
                                                              "minutes")[1]]


SECTIONS = ("CALL TO ORDER\nThe meeting was called to order at 6 pm.\n\n"
            "CONSENT ITEMS\nAction: Moved by Wood, seconded by Clark, to adopt the Consent Calendar.\n\n"
            "1. Action Summary Minutes\n   Action: Approved.\n\n"
            "2. Surplus Equipment\n   Action: Adopted Resolution No. 2020-059.\n\n"
            "ACTION ITEMS\n"
            "1. Grant Award Acceptance\n   Action: On a motion by Wood, seconded by Jones, adopted.\n\n"
            "2. Radio Licensing Agreement\n   Action: On a motion by Clark, seconded by Kelly, approved.\n\n"
            "REPORTS\n"
            "1. PRESIDENT'S REPORT: No report.\n\n"
            "2. FIRE CHIEF'S REPORT:\n   The chief reported.\n\n"
            "OPERATIONS REPORT\nThe deputy chief reported.\n\n"
            "3. Union Report\n   Thanks were given.\n\n"
            "BOARD MEMBER QUESTIONS AND COMMENTS\nDirector Jones thanked staff.\n\n"
            "CLOSED SESSION\n\n"
            "1. Performance Evaluation\n   No reportable action.\n\n"
            "ADJOURNMENT\nThe meeting was adjourned at 7:35 pm.\n")


def test_numbers_starting_again_under_each_section_heading_are_all_items():
    numbered = [(number, title) for number, _, title in items(SECTIONS) if number]
    assert numbered == [("1", "Action Summary Minutes"), ("2", "Surplus Equipment"), ("1", "Grant Award Acceptance"),
                        ("2", "Radio Licensing Agreement"), ("1", "PRESIDENT'S REPORT"), ("2", "FIRE CHIEF'S REPORT"),
                        ("3", "Union Report"), ("1", "Performance Evaluation")]


def test_headings_in_capitals_outside_the_counts_are_items_and_one_inside_a_count_is_part_of_its_entry():
    unnumbered = [title for number, _, title in items(SECTIONS) if not number]  # one over a count heads it
    assert unnumbered == ["CALL TO ORDER", "BOARD MEMBER QUESTIONS AND COMMENTS", "ADJOURNMENT"]


def test_numbered_points_under_a_heading_that_read_as_sentences_stay_text():
    text = ("1. Minutes\nApproved.\n\n2. Budget\nNoted.\n\nRECOMMENDATIONS\n"
            "1. That the budget be approved by the board.\n2. That the reserves be kept as they are.\n")
    assert [number for number, _, _ in items(text)] == ["1", "2"]


def test_headings_between_numbers_with_gaps_are_not_taken_for_an_order_of_business():
    text = ("1. Prequalification of Contractors\nApproved.\n\n2. Extra Work Orders\nApproved.\n\n"
            "TRANSFER OF FUNDS\nAmount and accounts.\n\n"
            "7. Vendor Payments\nApproved.\n\nBACKGROUND AND EXPLANATION\nThe payments are due.\n")
    assert [title for number, _, title in items(text) if not number] == []


def test_a_title_opening_with_a_count_in_title_case_is_an_item():
    text = "1. Minutes\nApproved.\n\n2. 10 Year Regional Radio Communications Licensing Agreement\nApproved.\n"
    assert [title for _, _, title in items(text)] == [
        "Minutes", "10 Year Regional Radio Communications Licensing Agreement"]


def test_a_numbered_sentence_opening_with_a_count_is_no_item():
    text = "1. Minutes\nApproved.\n\n2. Budget\n\n3. 12 residents attended and spoke about the park.\n"
    assert [title for _, _, title in items(text)] == ["Minutes", "Budget"]


def test_who_presents_an_item_in_brackets_is_cut_from_its_title_and_kept_as_its_text():
    _, found = cut_items(read_lines("doc.txt", HEAD + (
        "1. Minutes\nApproved.\n\n"
        "2. Natomas Feasibility Study (Jeff Frye, Economic Development Manager)\nPresentation received.\n\n"
        "3. Policy Committee – (Director Goold)\nNext meeting: TBD\n"))[0], "minutes")
    assert [i.title for i in found] == ["Minutes", "Natomas Feasibility Study", "Policy Committee"]
    assert found[1].lines[0].text == "(Jeff Frye, Economic Development Manager)"


def test_a_presenter_s_post_before_a_surname_names_a_presenter_and_takes_no_word_of_a_sub_item_s_title():
    assert split_presenter("California Fire & Rescue Training JPA – (Chief Harms)") == (
        "California Fire & Rescue Training JPA", "Chief Harms")
    text = ("1. Minutes\nApproved.\n\n2. Committee Reports\nAll meetings are held here.\n\n"
            "A. Executive Committee – (President Kelly)\n   Report Out: TBD\n\n"
            "B. California Fire & Rescue Training JPA – (Chief Harms)\n   Next Meeting: TBD\n\n3. Adjournment\n")
    assert [t for _, parent, t in items(text) if parent] == [
        "Executive Committee", "California Fire & Rescue Training JPA"]


def test_brackets_after_a_title_that_name_no_presenter_stay_in_it():
    for title in ("Intergovernmental Transfer (IGT) Program", "Land at Mill Road (Rayners Lane, Pinner)",
                  "Budget Monitoring (Quarter 2)", "Annual Report (Revised)"):
        assert split_presenter(title) == (title, None)


def test_lettered_markdown_headings_a_level_below_a_numbered_one_are_its_sub_items(tmp_path):
    text = ("## 1. Minutes\nApproved.\n\n## 2. COMMITTEE AND DELEGATE REPORTS\nAll meetings are held here.\n\n"
            "### A. Executive Committee\nNext Meeting: TBD\n\n### B. Policy Committee\nNext Meeting: TBD\n\n"
            "## 3. Adjournment\nClosed at 9 pm.\n")
    assert markdown_items(tmp_path, text) == [
        ("1", None, "Minutes"), ("2", None, "COMMITTEE AND DELEGATE REPORTS"), ("A", "2", "Executive Committee"),
        ("B", "2", "Policy Committee"), ("3", None, "Adjournment")]


def test_headings_a_file_marks_above_counts_that_start_again_are_items_in_any_case_and_sections_over_a_count(
        tmp_path):
    text = ("## Call to Order\nCalled to order at 7 pm.\n\n## Unfinished Business\n\n"
            "### 1. Duplex Permit\nApproved.\n\n### 2. Tree Ordinance\nAdopted.\n\n## New Business\n\nNone.\n\n"
            "## Consent Agenda\n\n### 1. Minutes\n"
            "Accepted.\n\n### 2. Financials\nAccepted.\n\n## Committee Reports\n\n### 1. Parks\nThe water is off.\n\n"
            "### 2. Giving\nNone.\n\n## Councilors' Reports\nThe mayor thanked the council.\n\n"
            "## Adjournment\nAdjourned at 9 pm.\n")
    assert markdown_items(tmp_path, text) == [
        (None, None, "Call to Order"), ("1", None, "Duplex Permit"), ("2", None, "Tree Ordinance"),
        (None, None, "New Business"), ("1", None, "Minutes"), ("2", None, "Financials"), ("1", None, "Parks"),
        ("2", None, "Giving"), (None, None, "Councilors' Reports"), (None, None, "Adjournment")]


def test_numbered_titles_in_bold_under_headings_a_file_marks_are_items_not_lists(tmp_path):
    text = ("### CONSENT ITEMS\nAction: Moved by Clark, seconded by Wood, to adopt the Consent Calendar.\n\n"
            "1. **Action Summary Minutes**  \n   Action: Approved.\n\n2. **Purchase Approval – Draft Commander**  \n"
            "   Action: Approved.\n\n### CLOSED SESSION\n1. **Conference with Legal Counsel**  \n   No action.\n\n"
            "### ADJOURNMENT\nAt 7:55 pm.\n")
    assert [(n, t) for n, _, t in markdown_items(tmp_path, text) if n] == [
        ("1", "Action Summary Minutes"), ("2", "Purchase Approval – Draft Commander"),
        ("1", "Conference with Legal Counsel")]


def test_a_title_in_bold_run_into_its_text_ends_where_the_bold_ends_not_at_a_dash_inside_it(tmp_path):
    text = ("## 1. Minutes\nApproved.\n\n## 2. Budget\nNoted.\n\n"
            "**3. SMFD – FIREFIGHTERS LOCAL 522 REPORT:** Captain McGoldrick had no report.\n\n## 4. Adjournment\n")
    found = [(n, t) for n, _, t in markdown_items(tmp_path, text)]
    assert ("3", "SMFD – FIREFIGHTERS LOCAL 522 REPORT") in found


def test_a_dash_or_colon_and_dash_ending_a_title_is_no_part_of_it():
    text = "1. Minutes\nApproved.\n\n2. Updates:-\nNone.\n\n3. CONFERENCE WITH LEGAL COUNSEL – EXISTING LITIGATION –\n"
    assert [title for _, _, title in items(text)] == [
        "Minutes", "Updates", "CONFERENCE WITH LEGAL COUNSEL – EXISTING LITIGATION"]


def test_letters_going_on_at_the_margin_after_the_first_indented_are_sub_items_and_so_are_titles_with_text_under():
    text = ("1. Annual Financial Report\n   (Amanda Thomas, Chief Financial Officer)\n"
            "   A. Comprehensive Annual Financial Report\n   Recommendation: Receive Presentation.\n\n"
            "B. Compliance Report\nRecommendation: Receive Presentation.\nC. Governance Letter\n"
            "Recommendation: Receive Presentation.\n\n2. Committee Reports\nAll meetings are held here.\n\n"
            "A. Executive Committee – (President Kelly)\n   Report Out: TBD\n\n"
            "B. Policy Committee – (Director Goold)\n   Next Meeting: TBD\n\n3. Adjournment\nAt 9 pm.\n")
    assert [(n, parent, t) for n, parent, t in items(text) if parent] == [
        ("A", "1", "Comprehensive Annual Financial Report"), ("B", "1", "Compliance Report"),
        ("C", "1", "Governance Letter"), ("A", "2", "Executive Committee"), ("B", "2", "Policy Committee")]


def test_a_lettered_point_wrapped_in_lower_case_at_the_margin_stays_text():
    text = ("1. Minutes\nApproved.\n\n2. Budget\nThe Board resolved:\n\na) that the budget be approved and the\n"
            "   reserves be kept as they are;\nb) that the clerk write to the auditor.\n\n3. Adjournment\nAt 9 pm.\n")
    assert [n for n, parent, _ in items(text) if parent] == []


def test_a_section_heading_ended_by_a_colon_heads_the_count_under_it():
    text = ("1. Call to Order\nAt 6 pm.\n\n2. Minutes\nApproved.\n\n3. Reports\nNone.\n\n"
            "ANNOUNCEMENT OF CLOSED SESSION AGENDA:\n1. Conference with Legal Counsel – Anticipated Litigation.\n")
    assert [(n, t) for n, _, t in items(text)][-1] == ("1", "Conference with Legal Counsel – Anticipated Litigation")
