"""output.py: drafts laid out as record front-matter and registry entries."""

import datetime as dt

from minutebook.importer.drafts import ItemDraft, MeetingDraft
from minutebook.importer.lines import Line
from minutebook.importer.naming import Names
from minutebook.importer.output import item_named, record, registry_entries

LINE = Line("doc.txt", 1, "", "")


def meeting() -> MeetingDraft:
    found = MeetingDraft(body="Council", date=dt.date(2017, 5, 18), file="doc.txt", line=1)
    found.items = [ItemDraft("Petition - Welfare Benefits Team", LINE, minute="239", agenda="9",
                             sources=[("doc.txt", 5, 9)]),
                   ItemDraft("Any Other Business", LINE, agenda="10", kind="agenda", sources=[("doc.txt", 10, 12)])]
    return found


def test_declaration_item_found_by_number_or_by_title():
    assert item_named("Item 9 – Petition – Welfare Benefits Team", meeting()) == "239"
    assert item_named("9", meeting()) == "239"
    assert item_named("Item 42 - Something else", meeting()) == "Item 42 - Something else"


def test_record_anchors_and_front_matter_order():
    body, stem, text = record(meeting(), Names())
    assert (body, stem) == ("council", "2017-05-18")
    assert text.startswith("---\nbody: council\ndate: '2017-05-18'\ntype: ordinary\nstatus: held\n")
    assert "## 239. Petition - Welfare Benefits Team {#minute-239}" in text
    assert "## 10. Any Other Business {#item-10}" in text


def test_same_meeting_gives_same_bytes():
    assert record(meeting(), Names())[2] == record(meeting(), Names())[2]


def test_body_registry_entry_has_a_kind():
    names = Names()
    record(meeting(), names)
    assert registry_entries(names.bodies, "body") == [{"id": "council", "name": "Council", "kind": "council"}]


def test_a_body_named_for_its_members_takes_its_kind_from_the_word_before_them():
    names = Names()
    for name in ("Board of Directors", "Committee of the Whole", "Council of Governors", "Audit Sub-Committee"):
        names.body(name, "doc.txt", 1)
    assert [(e["name"], e["kind"]) for e in registry_entries(names.bodies, "body")] == [
        ("Audit Sub-Committee", "sub-committee"), ("Board of Directors", "board"),
        ("Committee of the Whole", "committee"), ("Council of Governors", "council")]


def test_a_us_county_s_governing_body_by_its_state_s_name_is_a_council():
    names = Names()
    for name in ("Alder Parish Police Jury", "Hale County Fiscal Court", "Lind County Commissioners' Court"):
        names.body(name, "doc.txt", 1)
    assert [(e["name"], e["kind"]) for e in registry_entries(names.bodies, "body")] == [
        ("Alder Parish Police Jury", "council"), ("Hale County Fiscal Court", "council"),
        ("Lind County Commissioners' Court", "council")]


def test_a_council_of_a_place_with_a_full_stop_in_its_name_is_a_council():
    names = Names()
    names.body("Parish Council of St. Thomas", "doc.txt", 1)
    assert registry_entries(names.bodies, "body")[0]["kind"] == "council"


def test_tab_separated_lines_become_a_markdown_table():
    from minutebook.importer.record_text import markdown

    printed = ["Members:", "Cllr A Able\tChair\tHarrow Council", "B Baker\tRep | Sector", "", "After."]
    lines = [Line("x.txt", n, text, text) for n, text in enumerate(printed, start=1)]
    assert markdown(lines) == ("Members:\n\n| | | |\n|---|---|---|\n| Cllr A Able | Chair | Harrow Council |\n"
                               "| B Baker | Rep \\| Sector |  |\n\nAfter.")


def test_a_symbol_font_bullet_is_written_as_a_bullet():
    from minutebook.importer.lines import read_lines
    from minutebook.importer.record_text import markdown
    assert markdown(read_lines("doc.txt", "\uf0b7 Council finances\n")[0]) == "• Council finances"


def test_unnumbered_item_gets_an_id_from_its_title_and_a_heading_without_a_number():
    found = MeetingDraft(body="Council", date=dt.date(2017, 5, 18), file="doc.txt", line=1)
    found.items = [ItemDraft("CALL TO ORDER", LINE, kind="agenda", sources=[("doc.txt", 2, 3)]),
                   ItemDraft("Ground Rents", LINE, minute="1", sources=[("doc.txt", 4, 5)]),
                   ItemDraft("Fairfield", LINE, minute="1", sources=[("doc.txt", 6, 7)]),
                   ItemDraft("Easterly", LINE, minute="1", sources=[("doc.txt", 8, 9)])]
    text = record(found, Names())[2]
    assert "## CALL TO ORDER {#item-call-to-order}" in text
    assert "{#minute-1}" in text and "{#minute-1-2}" in text and "{#minute-1-3}" in text


def test_an_organisation_too_long_to_be_one_is_kept_as_the_attendees_position():
    from minutebook.importer.drafts import AttendanceDraft
    from minutebook.importer.names import parse_name
    from minutebook.importer.output import _attendance

    entry = AttendanceDraft(name=parse_name("Ann Hale"), line=Line("doc.txt", 3, "Ann Hale", "Ann Hale"),
                            status="present", organisation="x" * 300)
    data = _attendance(entry, Names())
    assert "organisation" not in data and data["position"] == "x" * 300


def test_a_mover_named_by_the_last_words_of_a_members_name_is_that_member():
    from minutebook.importer.drafts import AttendanceDraft, MotionDraft
    from minutebook.importer.names import parse_name
    found = meeting()
    found.attendance = [AttendanceDraft(parse_name("Robert Allen Fisk"), LINE), AttendanceDraft(parse_name(
        "Andrei Garcia"), LINE)]
    found.items[0].motions = [MotionDraft(LINE, "Consent", parse_name("Garcia"), parse_name("Allen Fisk"), "carried")]
    text = record(found, Names())[2]
    assert "mover: andrei-garcia" in text and "seconder: robert-allen-fisk" in text


def test_a_mover_printed_by_initial_and_surname_is_the_member_present_of_that_name():
    from minutebook.importer.names import parse_name
    names = Names()
    names.present = ["Melaina Prest", "Chris Dallas", "Mark Dallas"]
    prest, chris, _ = (names.person(parse_name(n), "doc.txt", 1) for n in names.present)
    assert names.voter(parse_name("M. Prest"), "doc.txt", 2) == prest
    assert names.voter(parse_name("C. Dallas"), "doc.txt", 3) == chris  # one Dallas with a C
    assert names.voter(parse_name("K. Prest"), "doc.txt", 4) != prest  # another initial: another person


def test_a_post_named_alone_is_the_member_whose_role_holds_it_among_others():
    from minutebook.importer.drafts import AttendanceDraft, VoteDraft
    from minutebook.importer.names import PersonName, parse_name
    found = meeting()
    found.attendance = [AttendanceDraft(parse_name("Joan M. Pratt"), LINE, role="Comptroller and Secretary"),
                        AttendanceDraft(parse_name("Bernice H. Taylor"), LINE, role="Deputy Comptroller and Clerk")]
    found.items[0].votes = [VoteDraft(LINE, sides={"abstain": [PersonName("Comptroller", None, "Comptroller")]})]
    assert "abstain:\n    - joan-m-pratt" in record(found, Names())[2]


def test_a_post_named_by_its_last_word_is_its_one_holder_not_the_deputy():
    from minutebook.importer.drafts import AttendanceDraft, MotionDraft
    from minutebook.importer.names import PersonName, parse_name
    found = meeting()
    found.attendance = [AttendanceDraft(parse_name("George A. Nilson"), LINE, role="City Solicitor"),
                        AttendanceDraft(parse_name("Donald Huskey"), LINE, role="Deputy City Solicitor")]
    found.items[0].motions = [MotionDraft(LINE, "Bids", PersonName("Solicitor", None, "Solicitor"), None, "carried")]
    assert "mover: george-a-nilson" in record(found, Names())[2]


def test_a_surname_misspelt_by_one_letter_is_the_one_member_present_it_could_be_and_is_reported():
    from minutebook.importer.drafts import AttendanceDraft, MotionDraft
    from minutebook.importer.names import parse_name
    found = meeting()
    found.attendance = [AttendanceDraft(parse_name("Tony Wasserman"), LINE),
                        AttendanceDraft(parse_name("Tom Hale"), LINE)]
    found.items[0].motions = [MotionDraft(LINE, "Minutes", parse_name("Wassermann"), parse_name("Hall"), "carried")]
    names = Names()
    text = record(found, names)[2]
    assert "mover: tony-wasserman" in text  # six letters or more, one apart: the member
    assert "seconder: tom-hale" not in text  # 'Hall' is too short to be taken for 'Hale'
    assert any("'Wassermann' taken as 'Tony Wasserman'" in m for m in names.merges)


def test_a_member_named_by_given_name_alone_is_the_one_member_present_with_it_or_whose_name_it_shortens():
    from minutebook.importer.drafts import AttendanceDraft, MotionDraft
    from minutebook.importer.names import parse_name
    found = meeting()
    found.attendance = [AttendanceDraft(parse_name(n), LINE) for n in ("Gary Lind", "Janet Hale", "Jane Bell")]
    found.items[0].motions = [MotionDraft(LINE, "Minutes", parse_name("Gary"), parse_name("Janet"), "carried"),
                              MotionDraft(LINE, "Roads", parse_name("Jan"), parse_name("Gar"), "carried")]
    names = Names()
    text = record(found, names)[2]
    assert "mover: gary-lind" in text and "seconder: janet-hale" in text  # the given name itself
    assert "mover: jan\n" in text  # 'Jan' could shorten Janet or Jane: neither is taken
    assert "seconder: gary-lind" in text and any("'Gar' taken as 'Gary Lind'" in m for m in names.merges)


def test_a_declaration_by_initial_and_surname_is_the_member_present_of_that_name():
    from minutebook.importer.drafts import AttendanceDraft, DeclarationDraft
    from minutebook.importer.names import parse_name
    found = meeting()
    found.attendance = [AttendanceDraft(parse_name(n), LINE) for n in ("Jo Moss", "Tom Hale")]
    found.items[0].declarations = [DeclarationDraft(parse_name("J. Moss"), LINE, interest="in item 5")]
    assert "person: jo-moss" in record(found, Names())[2].split("declarations:")[1]


def test_a_mover_named_in_full_is_the_member_the_roll_printed_by_initial():
    from minutebook.importer.names import parse_name
    names = Names()
    names.present = ["T. Hale", "K. Lind"]
    hale = names.person(parse_name("T. Hale"), "doc.txt", 1)
    assert names.voter(parse_name("Tom Hale"), "doc.txt", 2) == hale
    assert names.voter(parse_name("Kit Hale"), "doc.txt", 3) != names.voter(parse_name("Kit Lind"), "doc.txt", 3)


def test_printed_text_that_looks_like_an_html_tag_is_written_as_text():
    from minutebook.importer.record_text import markdown

    lines = [Line("doc.txt", 1, "<brent> PROPOSED: We will publish it", ""), Line("doc.txt", 2, "<ivan>\t+1", ""),
             Line("doc.txt", 3, "Costs rose < 5%; see <https://example.org> or write to <clerk@example.org>.", "")]
    assert markdown(lines) == ("&lt;brent> PROPOSED: We will publish it\n\n| | |\n|---|---|\n| &lt;ivan> | +1 |\n\n"
                               "Costs rose < 5%; see <https://example.org> or write to <clerk@example.org>.")


def test_a_member_listed_present_stays_a_member_when_the_text_names_them_as_staff_are_named():
    from minutebook.importer.output import _merge_attendance

    listed = {"person": "tracy-hinds", "status": "present", "role": "Individual Director", "name": "Tracy Hinds"}
    told = {"person": "tracy-hinds", "status": "in_attendance", "role": "Director", "capacity": "officer",
            "name": "Hinds"}  # 'Director Hinds provided an update'
    assert _merge_attendance([listed, told]) == [{"person": "tracy-hinds", "status": "present",
                                                  "role": "Individual Director", "name": "Tracy Hinds"}]


def test_whoever_took_the_minutes_and_is_listed_among_the_members_present_is_a_member():
    from minutebook.importer.output import _merge_attendance

    took = {"person": "steven-white", "status": "in_attendance", "role": "Minute-taker", "capacity": "officer",
            "name": "Steven White"}
    listed = {"person": "steven-white", "status": "present", "name": "Steven White"}
    assert _merge_attendance([took, listed]) == [{"person": "steven-white", "status": "present",
                                                  "role": "Minute-taker", "name": "Steven White"}]


def test_a_councillor_by_surname_is_not_the_officer_of_that_surname_present():
    from minutebook.importer.drafts import AttendanceDraft, MotionDraft
    from minutebook.importer.names import parse_name
    found = meeting()
    found.attendance = [AttendanceDraft(parse_name("Councillor Clarke"), LINE),
                        AttendanceDraft(parse_name("Ms D. Clarke"), LINE, status="in_attendance",
                                        role="Director of Services", capacity="officer")]
    found.items[0].motions = [MotionDraft(LINE, "Minutes", parse_name("Councillor Clarke"), None, "carried")]
    names = Names()
    text = record(found, names)[2]
    assert "person: clarke\n  status: present" in text and "person: d-clarke\n  status: in_attendance" in text
    assert "mover: clarke" in text
    names.settle()  # and once every name is seen, still two people
    assert {"clarke", "d-clarke"} <= {e["id"] for e in registry_entries(names.people, "person")}


def test_a_member_marked_away_then_named_among_the_apologies_sent_apologies(tmp_path):
    from minutebook.importer import run_import
    source = tmp_path / "minutes.txt"
    source.write_text("Hadbury University Council\n\nMinutes of the meeting held on 24 June 2025\n\nMembership:\n\n"
                      "Ann Bell – A\nTom Hale\nRosa Lind (Chair)\n\nC.25.49 Welcome, Apologies and Quorum\n"
                      "Received: apologies for absence from Ann Bell and Kit Mayo. The meeting was quorate.\n\n"
                      "C.25.50 Business of the Agenda\nNoted: that no item had been unstarred.\n", encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path)
    record = next((tmp_path / "content" / "meetings").rglob("*.md")).read_text()
    assert "- person: ann-bell\n  status: apologies\n" in record
