"""labelled_motions.py: a resolution printed before who moved it and how it went, each on a line or paragraph of
its own ('That the report be received.' / 'Moved Cr A, seconded Cr B' / 'CARRIED'); one test per form (each text
invented to hold that form alone)."""

import pytest
from item_reading import read_item as read

from minutebook.importer.drafts import ItemDraft


def motions(item: ItemDraft) -> list[tuple]:
    return [(m.mover and m.mover.name, m.seconder and m.seconder.name, m.result) for m in item.motions]


NAMED = [
    "That the report be received.\n\nMoved Cr Bell, seconded Cr Hale\n\nCARRIED\n",
    "Proposer: Cllr Bell   Seconder: Cllr Hale\nResolved: That the report be received.\n",
    "That the report be received.\n\nCr Bell/Cr Hale                                        CARRIED\n",
    "That the report be received.\n\nCr Bell / Cr Hale\n\nCARRIED UNANIMOUSLY\n",
    "That the report be received.\nMoved: Cr Bell          Seconded: Cr Hale\nCarried.\n",
    "That the report be received.\nMoved: Cr Bell / Seconded: Cr Hale\nCarried.\n",
    "That the report be received.\nMoved: Cr Bell – Seconded: Cr Hale\nCarried.\n",
    "THAT the report be received.\n\nMoved by: Councillor Bell\nSeconded by: Councillor Hale\n\nCarried\n",
]


@pytest.mark.parametrize("text", NAMED)
def test_the_movers_and_outcome_under_a_resolution_are_its_motion_and_it_is_a_decision(text):
    item = read(text)
    assert motions(item) == [("Bell", "Hale", "carried")]
    assert [d.upper() for d in item.decisions] == ["THAT THE REPORT BE RECEIVED."]


def test_the_outcome_at_the_end_of_the_resolutions_line_after_a_wide_gap():
    item = read("That the proposal be deferred to the April meeting.                  CARRIED\n")
    assert item.decisions == ["That the proposal be deferred to the April meeting."]


def test_an_outcome_with_nobody_named_carries_the_resolution_and_names_no_mover():
    item = read("That the minutes of the meeting held on 14 February be confirmed as a true and\n"
                "correct record.\n\nCARRIED\n")
    assert item.decisions == ["That the minutes of the meeting held on 14 February be confirmed as a true and "
                              "correct record."]
    assert item.motions == []


def test_a_resolution_that_was_lost_is_a_lost_motion_and_no_decision():
    item = read("That the library open on Sundays.\n\nLOST\n")
    assert item.decisions == []
    assert motions(item) == [(None, None, "lost")]
    named = read("That the library open on Sundays.\n\nCr Bell/Cr Hale\n\nLOST\n")
    assert named.decisions == [] and motions(named) == [("Bell", "Hale", "lost")]


def test_a_resolution_in_points_is_a_decision_a_point():
    item = read("That Council:\n\n(a) receives the report; and\n\n(b) approves the budget.\n\nCr Bell/Cr Hale\n\n"
                "CARRIED\n")
    assert item.decisions == ["receives the report; and", "approves the budget."]
    assert motions(item) == [("Bell", "Hale", "carried")]


def test_a_resolution_with_no_outcome_under_it_is_a_recommendation_not_a_decision():
    item = read("That the report be received.\n\nThe officer answered questions.\n\nCARRIED\n")
    assert item.decisions == []
    assert read("That the report be received.\n\nMoved Cr Bell, seconded Cr Hale\n", "agenda").decisions == []


def test_a_label_over_the_resolution_and_its_movers_in_the_paragraph_before():
    item = read("A request for leave was received.\nMoved by Councillor Bell and seconded by Councillor Hale\n\n"
                "MOTION\nThat the request for leave be granted.\n                                      CARRIED\n")
    assert item.decisions == ["That the request for leave be granted."]
    assert motions(item) == [("Bell", "Hale", "carried")]


def test_movers_labelled_over_a_paragraph_holding_the_label_resolution_and_outcome():
    item = read("Moved by Councillor Bell and seconded by Councillor Hale\n\nMOTION\nThat the minutes be confirmed.\n"
                "                                      CARRIED\n")
    assert item.decisions == ["That the minutes be confirmed."]
    assert motions(item) == [("Bell", "Hale", "carried")]


def test_a_division_between_the_resolution_and_its_outcome():
    item = read("MOTION\nThat the application be approved.\n\nDivision\nA division was called, the result being:\n"
                "For: Councillors Bell, Hale and Lind\nAgainst: Councillors Kerr and Moss\n                  CARRIED\n")
    assert item.decisions == ["That the application be approved."]
    assert [(v.result, len(v.sides["for"]), len(v.sides["against"])) for v in item.votes] == [("carried", 3, 2)]


def test_a_resolutions_number_and_movers_printed_straight_under_other_text():
    item = read("Re: Request for a grant\nResolution No. 2023-002\nMoved by: Deputy Mayor Bell\nSeconded by: "
                "Councillor Hale\nTHAT Council receive the delegation for information.\nCarried\n")
    assert motions(item) == [("Bell", "Hale", "carried")]
    assert item.decisions == ["THAT Council receive the delegation for information."]


@pytest.mark.parametrize("request_line", ["Recorded Vote requested by Councillor Moss",
                                          "A recorded vote was requested by Councillor Moss."])
def test_a_recorded_vote_printed_straight_under_the_labelled_resolution_is_its_vote_not_its_text(request_line):
    item = read("Moved by: Councillor Bell\nSeconded by: Councillor Hale\nTHAT By-law 2023-01 be passed.\n"
                f"{request_line}\nYeas: Councillor Bell, Councillor Hale, Councillor Kerr\n"
                "Nays: Councillor Moss\nCarried\n")
    assert item.decisions == ["THAT By-law 2023-01 be passed."]
    assert [(v.result, len(v.sides["for"]), len(v.sides["against"])) for v in item.votes] == [("carried", 3, 1)]


def test_a_seconder_s_label_over_a_motion_whose_text_opens_in_lower_case():
    item = read("> Motion made by C. Rahman\n\n> Seconded by S. Lehman\n\nthat part d) BE REFERRED to the Civic "
                "Administration;\n\n> **Motion Passed (10 to 2)**\n")
    assert motions(item) == [("C. Rahman", "S. Lehman", "carried")]
    assert item.decisions == ["that part d) BE REFERRED to the Civic Administration;"]


def test_movers_in_brackets_after_resolved():
    item = read("RESOLVED (Cr Bell/Cr Hale)\nThat Council adopt the Fees and Charges Schedule.\n")
    assert item.decisions == ["That Council adopt the Fees and Charges Schedule."]
    assert motions(item) == [("Bell", "Hale", "carried")]


def test_a_labelled_resolution_with_its_mover_and_seconder_on_lines_of_their_own_under_it():
    item = read("Resolution\nThat Council note the report.\nMoved Cr Bell\nSeconded Cr Hale\nCARRIED 5/0\n")
    assert item.decisions == ["That Council note the report."]
    assert motions(item) == [("Bell", "Hale", "carried")]


def test_a_motion_on_one_line_with_its_labels_resolution_and_outcome():
    item = read("Motion #6 Moved: Councillor Bell Seconded: Councillor Hale THAT Council approve the road closure. "
                "CARRIED\n")
    assert item.decisions == ["THAT Council approve the road closure."]
    assert motions(item) == [("Bell", "Hale", "carried")]


def test_movers_in_brackets_after_moved_over_a_resolution_in_numbered_points():
    item = read("Moved (Cr Bell / Cr Hale)\nTHAT the Committee:\n1.   Receives the report.\n2.   Approves the draft "
                "plan.\nCARRIED\n")
    assert item.decisions == ["Receives the report.", "Approves the draft plan."]
    assert motions(item) == [("Bell", "Hale", "carried")]


def test_movers_in_brackets_without_titles():
    item = read("RESOLVED (Bell/Hale) That the accounts be paid.\n")
    assert item.decisions == ["That the accounts be paid."]
    assert motions(item) == [("Bell", "Hale", "carried")]
    moved = read("Moved (Bell / Hale)\nThat the accounts be paid.\nCARRIED\n")
    assert moved.decisions == ["That the accounts be paid."] and motions(moved) == [("Bell", "Hale", "carried")]


@pytest.mark.parametrize(("label", "outcome"), [("Motion", "Carried unanimously"),
                                                ("Foreshadowed motion", "The motion was put and carried.")])
def test_a_label_over_the_movers_lines_and_the_outcome_put_and_carried(label, outcome):
    item = read(f"{label}\nMoved Cr Bell\nSeconded Cr Hale\nThat Council receive the petition.\n{outcome}\n")
    assert item.decisions == ["That Council receive the petition."]
    assert motions(item) == [("Bell", "Hale", "carried")]


def test_for_and_against_the_motion_are_the_sides_of_a_division():
    item = read("Moved Cr Bell\nSeconded Cr Hale\n\nThat Council adopt the plan.\n\nFor the motion: Crs Bell, Hale "
                "and Lind\nAgainst the motion: Crs Kerr and Moss\n\nCARRIED\n")
    assert [({k: [p.name for p in v] for k, v in vote.sides.items()}) for vote in item.votes] == [
        {"for": ["Bell", "Hale", "Lind"], "against": ["Kerr", "Moss"]}]


@pytest.mark.parametrize(("text", "moved"), [
    ("Move to accept the treasurer's report by Ann Bell\n\nSeconded by Tom Hale\n", "to accept the treasurer's report"),
    ("Move to open the meeting by: Ann Bell\n\nSeconded by: Tom Hale\n", "to open the meeting"),
    ("Move to accept the board report: Ann Bell\n\nSeconded: Tom Hale\n", "to accept the board report")])
def test_what_was_moved_then_its_mover_after_by_or_a_colon(text, moved):
    item = read(text)
    assert motions(item) == [("Ann Bell", "Tom Hale", None)] and item.motions[0].moved == moved
    assert read("Moved to approve by consensus\n").motions == []


def test_moved_seconded_and_carried_with_nobody_named_is_a_decision_under_the_line_that_leads_to_it():
    item = read("At this point we decided to draft a motion:  \nM/S/C “Therefore be it resolved that the Association "
                "support a by-law”\n\nM/S/C To approve the agenda as circulated.\n")
    assert item.decisions == ["“Therefore be it resolved that the Association support a by-law”",
                              "To approve the agenda as circulated."]


def test_a_proposal_stated_over_its_proposer_s_label_and_approved_under_it():
    item = read("Cart shall open a bank account.\n\nProposed by: Cart Lee\n\nUnanimously approved.\n\n"
                "Cart should transfer the domain.\n\nProposed by: James Liu\n\nDiscussed how to pay the bills.\n\n"
                "Unanimously approved, with discussion of this as a temporary position.\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Cart Lee", "carried"), ("James Liu", "carried")]
    assert item.decisions == ["Cart shall open a bank account", "Cart should transfer the domain"]


def test_a_proposer_s_label_opening_an_item_with_its_approval_under_it_approves_the_item_s_title():
    item = read("Proposed by: Cart Lee\n\nUnanimously approved.\n", title="Motion to adjourn")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Cart Lee", "carried")]
    assert item.decisions == ["Motion to adjourn"]


def test_a_motion_in_three_bullets_what_and_who_moved_it_who_seconded_and_how_it_went():
    item = read("* Motion to approve the Treasurer's Report as modified by Mark Lee\n* Seconded by Eric Bell\n"
                "* Motion carried unanimously\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Mark Lee", "Eric Bell", "carried")]
    assert item.decisions == ["to approve the Treasurer's Report as modified"]
    dashed = read("- Motion to approve the budget by Ann Bell\n- Seconded by Tom Hale\n- Approved unanimously\n")
    assert (dashed.motions[0].seconder.name, dashed.decisions) == ("Tom Hale", ["to approve the budget"])
    carried = read("- Motion to adopt the plan by Ann Bell\n- Seconded by Tom Hale\n- Motion carried\n")
    assert carried.decisions == ["to adopt the plan"]


def test_a_seconder_s_label_as_some_councils_print_it_over_the_resolution():
    item = read("COMMUNITY BOARD RESOLUTION  OCB2023/09\nMoved:        Member Bell\nSeconder:     Member Hale\n"
                "That the report be received.\nCARRIED\n")
    assert motions(item) == [("Bell", "Hale", "carried")]
    assert item.decisions == ["That the report be received."]


@pytest.mark.parametrize("movers", ["Proposed by Councillor Bell\nSeconded by Councillor Hale and",
                                    "Proposed by Councillor Bell, Seconded by Councillor Hale and"])
def test_the_seconders_line_ending_and_over_the_resolution_it_led_to(movers):
    item = read(movers + "\n\nResolved     That the Committee approves the programme.\n")
    assert motions(item) == [("Bell", "Hale", "carried")]
    assert item.decisions == ["That the Committee approves the programme."]


def test_a_resolutions_formal_opening_under_its_movers_is_no_part_of_what_it_resolved():
    item = read("Resolution No. R-2024-045\nMoved by: Councillor Bell\nSeconded by: Councillor Hale\nBE IT RESOLVED "
                "THAT the minutes be adopted as circulated.\n                                        CARRIED\n")
    assert motions(item) == [("Bell", "Hale", "carried")]
    assert item.decisions == ["THAT the minutes be adopted as circulated."]


def test_movers_labelled_under_a_resolution_with_nothing_under_them_moved_it_and_it_carried():
    item = read("Resolved to approve the minutes of the meeting held on 10 October 2023.\n"
                "Proposed: Cllr Elin Jones; Seconded: Cllr Mair Williams.\n")
    assert motions(item) == [("Elin Jones", "Mair Williams", "carried")]
    assert item.decisions == ["to approve the minutes of the meeting held on 10 October 2023."]
    own = read("Resolved to note the report.\n\nProposed: Cllr Elin Jones; Seconded: Cllr Mair Williams.\n\n"
               "That the hall be let.\n\nLOST\n")
    assert motions(own) == [("Elin Jones", "Mair Williams", "lost")]  # a motion and outcome of their own


SCOTTISH = ("Motion\n\nTo agree the recommendations in the report.\n\n"
            "Moved Councillor Iain Shaw, seconded Councillor Fiona Grant.\n\n"
            "Amendment\n\nTo continue consideration of the report to the next meeting.\n\n"
            "Moved Councillor Hugh McKay, seconded Councillor Kate Dunlop.\n\n"
            "A vote was taken by calling the roll.\n\n"
            "Motion                     Amendment\nCouncillor Grant           Councillor Dunlop\n"
            "Councillor Shaw            Councillor McKay\nCouncillor Wallace\n\n"
            "The Motion was carried by 3 votes to 2 and the Committee resolved accordingly.\n")


def test_a_motion_and_its_amendment_each_under_its_label_then_the_roll_and_which_carried():
    item = read(SCOTTISH)
    assert motions(item) == [("Iain Shaw", "Fiona Grant", "carried"), ("Hugh McKay", "Kate Dunlop", "lost")]
    assert item.decisions == ["To agree the recommendations in the report."]
    vote = item.votes[0]
    assert (vote.result, vote.counts) == ("carried", {"for": 3, "against": 2})
    assert {side: [n.name for n in names] for side, names in vote.sides.items()} == {
        "for": ["Grant", "Shaw", "Wallace"], "against": ["Dunlop", "McKay"]}
    amended = read(SCOTTISH.replace("The Motion was carried by 3", "The Amendment was carried by 3")
                   + "\nDecision\n\nThe Committee agreed to continue consideration of the report.\n")
    assert motions(amended) == [("Iain Shaw", "Fiona Grant", "lost"), ("Hugh McKay", "Kate Dunlop", "carried")]
    assert amended.decisions == ["The Committee agreed to continue consideration of the report."]  # recorded below
    assert amended.votes[0].result == "lost"  # the motion's vote


def test_movers_labelled_in_two_languages_under_the_resolution_printed_in_both():
    item = read("Penderfynwyd cymeradwyo cofnodion y cyfarfod.\n"
                "Resolved to approve the minutes of the meeting held on 10 October 2023.\n"
                "Cynigiwyd / Proposed: Cyng. / Cllr Elin Jones; Eiliwyd / Seconded: Cyng. / Cllr Mair Williams.\n")
    assert motions(item) == [("Elin Jones", "Mair Williams", "carried")]
    assert item.decisions == ["Resolved to approve the minutes of the meeting held on 10 October 2023."]


def test_a_resolution_under_its_movers_its_outcome_at_the_end_of_its_last_sentence():
    item = read("Resolution 2017-12-01\nMoved by: Scott Mackey\nSeconded by: Beth Thompson\nBe it resolved that the "
                "Council adopt the Agenda as amended. Carried\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Scott Mackey", "Beth Thompson", "carried")]
    assert item.decisions == ["that the Council adopt the Agenda as amended."]


def test_agreed_under_the_movers_over_the_quoted_resolution_carries_it():
    item = read("Proposed by Councillor Bell\n\nSeconded by Councillor Hale\n\nAND AGREED\n\n"
                "“To confirm the Minutes of the Ordinary Meeting held on 3rd September, 2012.”\n")
    assert motions(item) == [("Bell", "Hale", "carried")]
    assert item.decisions == ["“To confirm the Minutes of the Ordinary Meeting held on 3rd September, 2012.”"]


def test_by_and_seconded_by_on_one_line_under_what_was_moved_printed_straight_under_it():
    item = read("Approve the minutes as submitted\nBy: Ann Bell Seconded by: Tom Hale\n"
                "There was no notable discussion on the motion.\n")
    assert motions(item) == [("Ann Bell", "Tom Hale", None)]


@pytest.mark.parametrize(("movers", "mover", "seconder"), [
    ("J. Bell – D. Hale", "J. Bell", "D. Hale"),
    ("Deputy Mayor Bell/Councillor D. Hale", "Bell", "D. Hale"),
    ("Motion-4143-17-Deputy Mayor Bell/Councillor D. Hale", "Bell", "D. Hale"),
    ("Bell/Hale: CRD 677/18", "Bell", "Hale"),
])
def test_a_line_of_the_mover_and_seconder_alone_over_the_resolution_is_its_motion(movers, mover, seconder):
    item = read(f"{movers}\nRESOLVED THAT the accounts be paid.\nCarried.\n")
    assert motions(item) == [(mover, seconder, "carried")]
    assert item.decisions == ["THAT the accounts be paid."]


def test_the_movers_line_over_a_preamble_resolve_that_and_a_recorded_vote():
    item = read("J. Bell – D. Hale\nWHEREAS the hall roof leaks;\nTHEREFORE BE IT RESOLVED THAT the roof be repaired.\n"
                "Carried.\n")
    assert motions(item) == [("J. Bell", "D. Hale", "carried")]
    assert item.decisions == ["THAT the roof be repaired."]
    voted = read("Motion-4143-17-Deputy Mayor Bell/Councillor D. Hale\nResolve that the agenda be adopted as amended.\n"
                 "In favour: Mayor Kerr Deputy Mayor Bell\nCouncillor D. Hale\nOpposed: 0\nAbstaining: 0\n"
                 "Motion Carried.\n")
    assert motions(voted) == [("Bell", "D. Hale", "carried")]
    assert voted.decisions == ["that the agenda be adopted as amended."]


@pytest.mark.parametrize("text", ["Citizen Group – Spokesperson A. Howard\nTHAT the delegation be heard.\nCarried.\n",
                                  "J. Bell – D. Hale\nThe two wardens reported on the fete.\n",
                                  "Planning/Zoning\nTHAT the permit be issued.\nCarried.\n"])
def test_two_names_or_words_over_other_text_are_no_movers(text):
    assert [m for m in motions(read(text)) if m[0] or m[1]] == []
