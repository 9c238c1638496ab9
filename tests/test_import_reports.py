"""reports.py: a report's front sheet read into fields."""

from minutebook.importer.lines import read_lines
from minutebook.importer.parts import split_parts
from minutebook.importer.reports import read_report


def report(text: str):
    return read_report(split_parts(read_lines("doc.txt", text)[0])[0])


def test_tab_separated_front_sheet():
    found = report("REPORT FOR: Corporate Parenting Panel\n\nDate of Meeting:\t18 th December 2012\nSubject:\t"
                   "Apprenticeships\nKey Decision:\tNo\nResponsible Officer:\tCatherine Doran\nPortfolio Holder:\t"
                   "Councillor Mitzi Green\nExempt:\tNo\nEnclosures:\tX16 report\n\n1.0 Summary and Recommendations\n"
                   "\nText of the report.\n")
    assert (found.title, str(found.date), found.author) == ("Apprenticeships", "2012-12-18", "Catherine Doran")
    assert found.facts["key_decision"] == "No" and found.facts["portfolio_holder"] == "Councillor Mitzi Green"
    assert "Text of the report." in found.text


def test_officer_wrapped_with_email_and_phone():
    found = report("REPORT FOR: Council Meeting\n\nDate of Meeting: 28 September 2017\n\nSubject: Scrutiny\n\n"
                   "Responsible Officer: Chris Spencer,\nCorporate Director People Services\nchris@example.gov.uk\n"
                   "0208 424 1356\n\nWards affected: All\n\nSection 1 – Summary\n")
    assert found.author == "Chris Spencer, Corporate Director People Services"
    assert found.facts["wards_affected"] == "All"


def test_title_line_under_report_for():
    found = report("REPORT FOR: Strategic Group\nThe Child's Journey: How much? How well?\n\nDate of Meeting: "
                   "13 March 2013\n\nSubject: Improvement Framework\n\nSummary\n")
    assert found.facts["heading"] == "The Child's Journey: How much? How well?"
    assert found.title == "Improvement Framework"


def test_partnership_style_report_with_title_and_date():
    found = report("HARROW STRATEGIC PARTNERSHIP BOARD\n\nSafer Harrow - Update\n\n13th March 2013\n\nIntroduction\n"
                   "This paper provides an update.\n")
    assert (found.title, str(found.date)) == ("Safer Harrow - Update", "2013-03-13")
    assert found.text.strip().startswith("Introduction")


def test_report_to_front_sheet_of_another_council():
    found = report("REPORT TO: CABINET\n\nMeeting date: 5 April 2022\nReport title: Local Plan Review\n"
                   "Report of: Director of Place\nPortfolio: Planning and Regeneration\nWards: All\n"
                   "Key decision: Yes\nAppendices: A - Consultation responses\n\n1. Purpose of the report\n")
    assert (found.body, found.title, str(found.date), found.author) == (
        "Cabinet", "Local Plan Review", "2022-04-05", "Director of Place")
    assert found.facts["portfolio_holder"] == "Planning and Regeneration" and found.facts["key_decision"] == "Yes"
    assert found.facts["wards_affected"] == "All" and found.facts["enclosures"] == "A - Consultation responses"
