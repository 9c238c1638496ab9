"""sessions.py: several meetings in one document, one test per way a document says a new one begins."""

from minutebook.importer.lines import read_lines
from minutebook.importer.sessions import cuts, joint_bodies, primary


def lines(text: str):
    return read_lines("doc.txt", text)[0]


def test_joint_meeting_of_two_bodies_wrapped_over_two_lines():
    heading = lines("JOINT MEETING OF THE CITY COUNCIL AND SHORELINE REGIONAL PARK\nCOMMUNITY\n")
    assert joint_bodies(heading) == ["City Council", "Shoreline Regional Park Community"]


def test_joint_meeting_with_a_slash():
    assert joint_bodies(lines("Joint Hadbury Financing Authority/City Council Meeting\n")) == [
        "Hadbury Financing Authority", "City Council"]


def test_shared_items_belong_to_the_body_the_file_is_named_for():
    assert primary(["Hadbury Financing Authority", "City Council"], "2020-11-18-city-council-agenda.pdf") == \
        "City Council"


def test_section_heading_of_a_joint_meeting_starts_that_body():
    text = "Joint Hadbury Financing Authority/City Council Meeting\n\nHADBURY FINANCING AUTHORITY MEETING\n" \
           "1. Bonds\n\nCITY COUNCIL MEETING\n2. Minutes\n"
    doc = lines(text)
    bodies, found = cuts(doc, 1, doc[:1])
    assert [(c.index, c.body) for c in found] == [(2, "Hadbury Financing Authority"), (5, "City Council")]


def test_special_and_regular_sessions_in_one_agenda():
    doc = lines("SPECIAL AND REGULAR MEETING AGENDA\n\nSpecial Session (Zoom)\nA. Call To Order\n\n"
                "Regular Session (Zoom)\nD. Closed Session report\n")
    assert [(c.index, c.type) for c in cuts(doc, 1, doc[:1])[1]] == [(2, "special"), (5, "regular")]


def test_a_session_line_alone_is_a_heading_inside_one_meeting():
    doc = lines("REGULAR MEETING AGENDA\n\nRegular Session\nA. Call To Order\n")
    assert cuts(doc, 1, doc[:1])[1] == []


def test_an_ordinary_meeting_that_followed_the_annual_one():
    doc = lines("Minutes\n\n8. The next AGM is planned\nThe AGM concluded at 7:45.\n\n"
                "There then followed a normal BCC Meeting\n9. Public Open Forum\n")
    assert [(c.index, c.type) for c in cuts(doc, 1, doc[:1])[1]] == [(5, "ordinary")]


def test_two_sessions_become_two_records_with_their_own_items(tmp_path):
    from minutebook.importer import run_import
    source = tmp_path / "2024-10-09-community-council-minutes.txt"
    source.write_text("Minutes of Meeting of Hadbury Community Council held on\n\n9th October 2024\n\n"
                      "1. The minutes from the last AGM were approved\n\n2. The next AGM is planned\n\n"
                      "The AGM concluded at 7:45.\n\nThere then followed a normal BCC Meeting\n\n"
                      "3. Public Open Forum\n\nThe meeting closed at 20:50\n", encoding="utf-8")
    report = run_import([source], tmp_path / "content", root=tmp_path)
    assert sorted(report.meetings_created) == ["meetings/hadbury-community-council/2024-10-09-2.md",
                                               "meetings/hadbury-community-council/2024-10-09.md"]
    first = (tmp_path / "content/meetings/hadbury-community-council/2024-10-09.md").read_text(encoding="utf-8")
    second = (tmp_path / "content/meetings/hadbury-community-council/2024-10-09-2.md").read_text(encoding="utf-8")
    assert "type: annual" in first and "end: '19:45'" in first and "Public Open Forum" not in first
    assert "type: ordinary" in second and "end: '20:50'" in second and "Public Open Forum" in second
