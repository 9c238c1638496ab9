"""votes.py and the motion and decision forms around recorded votes: one test per pattern, named for the variant."""

import pytest
from item_reading import read_item as read

from minutebook.importer.blocks import Found
from minutebook.importer.drafts import ItemDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.rules import read_blocks
from minutebook.importer.tallies import counts_of


def sides(item: ItemDraft, n: int = 0) -> dict[str, list[str]]:
    return {side: [p.name for p in people] for side, people in item.votes[n].sides.items()}


def test_ayes_noes_absent_labels_with_titles_before_names():
    item = read("Commissioner A moved and Chair B seconded to approve the calendar. MOTION CARRIED BY THE FOLLOWING "
                "ROLL CALL VOTE:\n\nAYES:      Commissioners *Davis, **Hernandez, and Perez, Vice Chair Valencia,\n"
                "           and Chair Ramirez\nNOES:      None\nABSENT:    Commissioners Ayala and Rios\n")
    assert sides(item) == {"for": ["Davis", "Hernandez", "Perez", "Valencia", "Ramirez"], "against": [],
                           "absent": ["Ayala", "Rios"]}
    assert item.votes[0].result == "carried"


def test_result_motion_by_second_summary_with_a_tally_in_brackets():
    item = read("RESULT:   FAILED [4-2-1-1]\nMOTION BY:   Allen Fisk\nSECOND:   Mendez\nAYES:   Sherrard, Allen Fisk\n"
                "NAYS:   Brown, Mashack\nABSTAIN:   Garcia\nABSENT:   Hernandez\n")
    vote = item.votes[0]
    assert vote.result == "lost" and vote.counts == {"for": 4, "against": 2, "abstain": 1, "absent": 1}
    assert sides(item)["abstain"] == ["Garcia"]
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Allen Fisk", "Mendez", "lost")]
    assert item.decisions == []  # a failed motion decides nothing


def test_result_approved_summary_is_the_decision():
    item = read("RESULT:   APPROVED [UNANIMOUS]\nMOTION BY:   Mashack\nSECOND:   Brown\nAYES:   Mashack, Brown\n")
    assert item.decisions == ["APPROVED [UNANIMOUS]"]


def test_voting_yes_voting_no_inside_a_sentence():
    item = read("B226-15 was given third reading with the vote recorded as follows: VOTING YES:\n\n"
                "NAUSER, PETERS, MCDAVID. VOTING NO: NO\nONE. Bill declared enacted, reading as follows:\n")
    assert sides(item) == {"for": ["Nauser", "Peters", "Mcdavid"], "against": []}
    assert item.votes[0].result == "carried"


def test_markdown_vote_table_with_the_result_line_under_it():
    item = read("> |Yeas:|Absent:|\n> |-|-|\n> |Mayor J. Morgan|J. Pribil|\n> |A. Hopkins||\n\n"
                "> **Motion Passed (2 to 0)**\n")
    assert sides(item) == {"for": ["J. Morgan", "A. Hopkins"], "absent": ["J. Pribil"]}
    assert (item.votes[0].result, item.votes[0].counts) == ("carried", {"for": 2, "against": 0})


def test_a_row_of_empty_table_cells_between_items_heads_no_vote():
    item = read("Mrs Bell was elected as chairman. |\n||||||||||||||||||||||||\n")
    assert item.votes == []


def test_motion_made_by_seconded_by_text_and_result_lines():
    item = read("> Motion made by P. Van Meerbergen\n\n> Seconded by S. Hillier\n\n"
                "That the change in order BE APPROVED.\n\n> **Motion Passed**\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("P. Van Meerbergen", "S. Hillier", "carried")]
    assert item.decisions == ["That the change in order BE APPROVED."]


def test_motion_made_by_without_a_vote_decides_nothing():
    item = read("> Motion made by A. Hopkins\n\nThat the report be received.\n\n> Motion made by B. Cole\n\n"
                "That it be deferred.\n\n> Motion Passed\n")
    assert item.decisions == ["That it be deferred."]


def test_made_a_motion_seconded_by_then_motion_approved():
    item = read("Commissioner Allen Fisk made a motion, seconded by Commissioner Bello to\ncontinue this item to the "
                "next meeting. Motion approved.\n")
    assert item.decisions == ["to continue this item to the next meeting"]
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Allen Fisk", "Bello", "carried")]


def test_counts_in_words_with_members_voting_in_favour():
    item = read("On being put to the vote the amendment was LOST (2 members voting in favour and 7 against)\n")
    assert (item.votes[0].result, item.votes[0].counts, item.votes[0].motion) == (
        "lost", {"for": 2, "against": 7}, "amendment")


def test_two_counted_votes_in_one_paragraph_fell_and_carried():
    item = read("On being put to the vote the amendment FELL with 2 voting FOR and 7 AGAINST.\n"
                "On being put to the vote the substantive recommendations were CARRIED with 4 members voting FOR, 1\n"
                "AGAINST and 4 ABSTAINING.\n")
    assert [(v.result, v.counts) for v in item.votes] == [
        ("fell", {"for": 2, "against": 7}), ("carried", {"for": 4, "against": 1, "abstain": 4})]


def test_none_against_and_no_abstaining_count_as_zero():
    assert counts_of("CARRIED (6 members voting in favour, none against with 3 abstentions)") == {
        "for": 6, "against": 0, "abstain": 3}
    assert counts_of("CARRIED with 7 members voting FOR, 1 AGAINST and no ABSTAINING") == {
        "for": 7, "against": 1, "abstain": 0}


def test_money_for_something_is_not_a_count():
    item = read("RESOLVED: That the risk assessment is approved, and that a cheque\nfor £469.58 for the insurance be "
                "signed\n")
    assert item.votes == []


def test_resolved_straight_under_the_discussion_opens_its_own_paragraph():
    item = read("Councillors considered a report from the Clerk\nRESOLVED: That the bank reconciliation is approved\n")
    assert item.decisions == ["That the bank reconciliation is approved"]


def test_resolved_with_symbol_font_bullets_one_decision_each():
    item = read("RESOLVED:\n   \uf0b7 That the Clerk should reply to the email and ask\n      the owners to meet\n"
                "   \uf0b7 That the Council should seek legal advice\n")
    assert item.decisions == ["That the Clerk should reply to the email and ask the owners to meet",
                              "That the Council should seek legal advice"]


def test_proposed_and_seconded_that_and_this_resolution_was_passed():
    item = read("Councillor Sally Sahin proposed, and Councillor David Dent seconded, that Councillor Jane Ritchie\n"
                "be elected as Chairman, and this resolution was passed unanimously.\n")
    assert item.decisions == ["that Councillor Jane Ritchie be elected as Chairman"]
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Sally Sahin", "David Dent",
                                                                                  "carried")]


def test_proposal_followed_by_its_resolution_is_one_decision():
    item = read("Councillor A Smith proposed and Councillor B Jones seconded that the\napplication be refused. "
                "On being "
                "put to the vote the motion was carried.\n\nRESOLVED: That permission be REFUSED.\n")
    assert item.decisions == ["That permission be REFUSED."]


def test_mover_and_seconder_in_brackets_after_the_names():
    item = read("Minutes approved – Z. Maiorca (motion), T. Feinberg (second)\n")
    assert [(m.mover.name, m.seconder.name) for m in item.motions] == [("Z. Maiorca", "T. Feinberg")]


def test_amendment_moved_in_one_paragraph_seconded_in_another():
    item = read("Councillor Wilcox moved an amendment to the report as follows:\n\nThat 2C be deleted.\n\n"
                "The amendment was seconded by Councillor Bryher\n")
    assert [(m.title, m.mover.name, m.seconder.name) for m in item.motions] == [("amendment", "Wilcox", "Bryher")]


def test_amendment_said_to_be_moved_by_a_member_seconded_in_another_paragraph():
    item = read("An amendment was moved by Councillor Coombes as follows:\n\nAmend recommendation 1 to read as "
                "follows:\n\nThe amendment was seconded by Councillor Morris.\n")
    assert [(m.title, m.mover.name, m.seconder.name) for m in item.motions] == [("amendment", "Coombes", "Morris")]


def test_seconded_by_a_name_ending_a_sentence_stops_at_the_full_stop():
    item = read("The recommendation was moved by Councillor Plowden and seconded by Councillor Edwards. On being\n"
                "put to the vote the recommendation was CARRIED unanimously.\n")
    assert item.motions[0].seconder.name == "Edwards"


def test_upon_motion_duly_made_and_seconded_double_spaced():
    item = read("There being no objections the Board, UPON MOTION duly made\n\nand seconded, approved the "
                "prequalification of contractors.\n")
    assert item.decisions == ["There being no objections the Board, UPON MOTION duly made and seconded, approved the "
                              "prequalification of contractors."]


def test_minutes_confirmed_as_a_true_record_without_resolved():
    item = read("The minutes of the Parish Council meeting held on 5 December 2023, having been circulated to\n"
                "all Members, were confirmed as a true copy, and duly signed by the Chairman.\n")
    assert len(item.decisions) == 1 and item.decisions[0].startswith("The minutes of the Parish Council meeting")


def test_it_was_approved_that_then_a_numbered_list_one_decision_each():
    item = read("On being put to the vote the recommendation was CARRIED unanimously. It was APPROVED that;\n\n"
                "That the Committee\n1.     Approved the business case for approval at committee.\n"
                "2.     Authorised the Director to procure\n      the contracts.\n\nNext heading text.\n")
    assert item.decisions == ["Approved the business case for approval at committee.",
                              "Authorised the Director to procure the contracts."]


def test_agreed_in_capitals_inside_a_narrative_paragraph():
    item = read("6.2   Our share is £609.48. AGREED to pay on the understanding we may not meet this. 6.3   MS said\n")
    assert item.decisions == ["AGREED to pay on the understanding we may not meet this."]


def test_agreed_closing_a_sentence_agrees_to_the_paragraph():
    item = read("3.1   TI tabled a form and asked if this could be\n      circulated. AGREED\n")
    assert item.decisions == ["TI tabled a form and asked if this could be circulated. AGREED"]


def test_it_was_decided_in_narrative_and_a_bulleted_it_was_agreed_is_not():
    assert read("It was decided that nothing could be decided upon yet.\n").decisions == [
        "It was decided that nothing could be decided upon yet."]
    assert read("Members commented:\n- it was agreed that young people should be asked;\n").decisions == []


def test_agreed_that_opening_a_sentence_and_they_unanimously_agreed():
    assert read("We discussed the paper. Agreed that the paper should be developed soon.\n").decisions == [
        "Agreed that the paper should be developed soon."]
    assert read("The Manager asked the Board. They unanimously agreed to its submission.\n").decisions == [
        "They unanimously agreed to its submission."]


def test_the_minutes_were_agreed_as_a_true_account():
    assert read("The minutes were agreed as a true and accurate account of discussions.\n").decisions == [
        "The minutes were agreed as a true and accurate account of discussions."]


def test_proposed_and_it_was_accepted_keeps_its_lead_in():
    item = read("44.2. The chairman proposed, and it was accepted that agenda item 8 be held over.\n")
    assert item.decisions == ["The chairman proposed, and it was accepted that agenda item 8 be held over."]


def test_members_authorised_and_appointed_each_a_decision():
    item = read("55.1 Members authorised the chairman to sign the return. Members appointed A Co as auditors.\n")
    assert item.decisions == ["Members authorised the chairman to sign the return.",
                              "Members appointed A Co as auditors."]


def test_accepted_as_a_true_record_under_a_minutes_item():
    assert read("Accepted as a true record with one amendment: in minute 91.2 a word changed.\n").decisions == [
        "Accepted as a true record with one amendment: in minute 91.2 a word changed."]


def test_a_resolution_introducing_a_bulleted_list_is_one_decision():
    item = read("RESOLVED: That in addition to any matters mentioned above, the following item should be\n"
                "brought forward to the next agenda.\n   \uf0b7 Renewal of the play area surface\n"
                "   \uf0b7 The appointment of a caretaker\n")
    assert len(item.decisions) == 1 and item.decisions[0].endswith("Renewal of the play area surface The "
                                                                   "appointment of a caretaker")


def test_approved_on_a_motion_by_and_a_second_by():
    item = read("The minutes of the regular meeting of August 3 were approved unanimously by voice vote on a motion "
                "by Mr. Hale and a second by Ms. Lind.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Hale", "Lind", "carried")]
    assert item.decisions == ["The minutes of the regular meeting of August 3 were approved unanimously by voice vote"]


def test_made_a_motion_then_the_motion_was_seconded_by_a_sentence_later():
    item = read("Ms. Lind made a motion to allow Mr. Hale to abstain on B12-15. Mr. Hale noted his spouse was an "
                "applicant. The motion was seconded by Mr. Dow and approved unanimously by voice vote.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Lind", "Dow", "carried")]
    assert item.decisions == ["Ms. Lind made a motion to allow Mr. Hale to abstain on B12-15"]  # as minuted


def test_a_post_or_a_titled_member_abstained_in_a_sentence_of_its_own():
    item = read("The Board approved the agreement. The Mayor ABSTAINED on item no. 12. Councillor Ann Hale "
                "abstained.\n\nABSTAINED: None\n")
    assert [(p.name, p.role) for v in item.votes for p in v.sides.get("abstain", [])] == [
        ("Mayor", "Mayor"), ("Ann Hale", None)]


def test_a_member_who_abstained_in_the_paragraph_of_a_counted_vote_abstained_on_that_vote():
    item = read("Motion: Councilor Nyberg moved to accept the minutes. Councilor Tuttle seconded the motion. It passed "
                "4-0. Councilor Ruble abstained.\n")
    assert [(v.result, v.counts, [p.name for p in v.sides.get("abstain", [])]) for v in item.votes] == [
        ("carried", {"for": 4, "against": 0}, ["Ruble"])]


def test_measure_passed_on_a_roll_call_told_in_the_sentence_before_it_is_a_decision():
    item = read("B227-15  was  given  third  reading  with  the  vote  recorded  as  follows:  VOTING  YES:\n"
                "NAUSER,  PETERS.  VOTING  NO:  NO\nONE. Bill declared enacted, reading as follows:\n")
    assert item.decisions == ["B227-15 was given third reading with the vote recorded as follows: VOTING YES: "
                              "NAUSER, PETERS. VOTING NO: NO ONE. Bill declared enacted, reading as follows:"]
    assert item.votes[0].result == "carried"


def test_roll_call_that_failed_records_no_decision():
    item = read("The vote on R1-15 was recorded as follows: VOTING YES: NAUSER. VOTING NO: PETERS,\n"
                "SKALA. Resolution defeated.\n")
    assert item.decisions == []


def test_a_consent_calendars_one_vote_after_its_last_entry_is_the_calendars():
    from minutebook.importer.items import cut_items
    from minutebook.importer.votes import shared_results
    text = ("3.    ORAL COMMUNICATIONS\n\n      None.\n\n4.    APPROVAL OF CONSENT CALENDAR\n\n"
            "      1.     Planning Commission Minutes\n\n             Adopt the minutes.\n\n"
            "      2.     Planning Commission Meeting Calendar 2020\n\n             Approve the schedule.\n\n"
            "      RESULT:         APPROVED AS AMENDED [UNANIMOUS]\n      MOTION BY:      Garcia\n"
            "      SECOND:         Allen Fisk\n      AYES:           Garcia, Allen Fisk\n\n5.    PUBLIC HEARINGS\n")
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    for item in found:
        read_blocks(item, Found())
    shared_results(found)
    assert [(i.minute, i.parent, len(i.decisions), len(i.motions)) for i in found] == [
        ("3", None, 0, 0), ("4", None, 1, 1), ("1", "4", 0, 0), ("2", "4", 0, 0), ("5", None, 0, 0)]


def test_a_motion_made_to_do_something_is_minuted_as_the_sentence_that_says_so():
    item = read("Upon her request, Mr. Skala made a motion to allow Ms. Nauser to abstain from voting on R129-15 due\n"
                "to a conflict of interest.  Ms. Nauser noted the form. The motion was seconded by Mr. Trapp and\n"
                "approved unanimously by voice vote.\n")
    assert item.decisions == ["Upon her request, Mr. Skala made a motion to allow Ms. Nauser to abstain from voting "
                              "on R129-15 due to a conflict of interest"]
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Skala", "Trapp", "carried")]


def test_a_long_amendment_made_as_a_motion_before_its_seconder():
    item = read("He was uncertain.  Mr.  Trapp  made  a  motion  to  amend  R135-15  so  the  Annual  Park  "
                "Improvements project was reduced $125,000, the Waters-Moss Phase II Improvements project, which had "
                "been funded at $125,000, was eliminated, and the Annual Land Acquisition: Parks, Greenways and "
                "Natural Areas project was increased by $250,000.  The motion was seconded by Mr. Skala and approved "
                "unanimously by voice vote.\n")
    assert item.decisions[0].startswith("Mr.  Trapp  made  a  motion  to  amend  R135-15")


def test_it_was_approved_then_a_labelled_point_on_the_next_line():
    item = read("It was APPROVED\n2b. Residents Parking - Approved all permit types are included within the Fees "
                "and Charges.\n\nIt was APPROVED that a Task and Finish Group be initiated. Members thanked "
                "officers.\n")
    assert item.decisions == ["Residents Parking - Approved all permit types are included within the Fees and "
                              "Charges.", "It was APPROVED that a Task and Finish Group be initiated."]


def test_result_line_a_blank_line_apart_from_the_rest_of_its_summary():
    item = read("RESULT:   APPROVED [UNANIMOUS]\n\nMOTION BY:   Mashack\nSECOND:   Brown\nAYES:   Mashack, Brown\n")
    assert item.decisions == ["APPROVED [UNANIMOUS]"]
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Mashack", "Brown", "carried")]


def test_a_post_abstained_after_three_spaces_of_a_justified_line():
    item = read("     UPON MOTION duly made and seconded, the Board approved the\n\nrequest of the vendors that did "
                "not score the\n\nminimum required points.   The Mayor ABSTAINED.\n")
    assert [(p.name, p.role) for v in item.votes for p in v.sides.get("abstain", [])] == [("Mayor", "Mayor")]


def test_moved_then_seconded_after_a_semicolon_and_a_counted_roll_call_in_title_case():
    item = read("Member Hale moved to adopt the report with these corrections; Member Bell\nseconded.\n\n"
                "Public comment: None\n\nThe motion passed. Ayes: 3 (Bell, Hale, Lind); Noes: 0\n(none); "
                "Absent: Mayo\n")
    motion = item.motions[0]
    assert (motion.mover.name, motion.seconder.name, motion.result) == ("Hale", "Bell", "carried")
    assert item.decisions == ["to adopt the report with these corrections"]
    assert sides(item) == {"for": ["Bell", "Hale", "Lind"], "against": [], "absent": ["Mayo"]}
    assert item.votes[0].counts == {"for": 3, "against": 0}


def test_moved_and_seconded_without_a_result_decides_nothing():
    item = read("Member Hale moved to adopt the report; Member Bell seconded.\n\nThe members discussed it further.\n")
    assert len(item.motions) == 1 and item.motions[0].result is None and item.decisions == []


def test_the_members_agreed_to_is_a_decision_and_one_member_agreeing_is_not():
    item = read("The members agreed to schedule the next meeting for July 11th.\n\n"
                "Member Hale agreed to report on behalf of the committee.\n")
    assert item.decisions == ["The members agreed to schedule the next meeting for July 11th."]


def test_the_commissioners_decided_selected_or_agreed_by_consensus_are_decisions():
    item = read("The commissioners discussed the options.  The commissioners decided to use that criteria.\n\n"
                "The commissioners selected Mark St. John, Alsea, and Brian Fodness, Waldport.\n\n"
                "Specifically, the commissioners, by consensus, instructed Holbrook to draft a marina design.\n\n"
                "The commissioners discussed the draft findings, but no action was taken.\n")
    assert item.decisions == ["The commissioners decided to use that criteria.",
                              "The commissioners selected Mark St. John, Alsea, and Brian Fodness, Waldport.",
                              "Specifically, the commissioners, by consensus, instructed Holbrook to draft a marina "
                              "design."]


def test_the_supervisors_selectmen_aldermen_or_governors_deciding_to_is_a_decision():
    item = read("Lucas stated the grants had opened. The supervisors decided to finish the projects in progress "
                "first.\n\nThe selectmen decided that the hall stays closed.\n")
    assert item.decisions == ["The supervisors decided to finish the projects in progress first.",
                              "The selectmen decided that the hall stays closed."]


def test_the_board_decided_to_is_a_decision_another_body_deciding_is_not():
    item = read("Dorsett said the Park's Commission decided to hold another meeting.\n\nStubbings said they "
                "re-advertised. The board decided to wait until the next regular board meeting on May 26th.\n")
    assert item.decisions == ["The board decided to wait until the next regular board meeting on May 26th."]


def test_moved_seconded_by_in_one_sentence_and_carried_with_a_tally_after_unanimously():
    item = read("Chair Bell moved to approve the two venues mentioned, seconded by Member Hale.\n\n"
                "Upon voice vote the motion carried unanimously, 3-0.\n")
    motion = item.motions[0]
    assert (motion.mover.name, motion.seconder.name, motion.result) == ("Bell", "Hale", "carried")
    assert item.decisions == ["to approve the two venues mentioned"]
    assert [v.counts for v in item.votes] == [{"for": 3, "against": 0}]


def test_moved_in_one_sentence_seconded_in_the_next():
    item = read("Member Hale moved to approve the changes as discussed. Member Bell seconded. Upon voice vote\n"
                "the motion carried unanimously 3-0.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Hale", "Bell", "carried")]
    assert item.decisions == ["to approve the changes as discussed"]


def test_seconder_named_in_a_later_paragraph_of_the_item():
    item = read("Member Hale moved to adopt the changes with the words “if possible” added.\n\n"
                "Chair Bell suggested that the Commission's resolutions be cited.\n\n"
                "Member Lind seconded the motion and upon voice vote the motion carried unanimously 3-0.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Hale", "Lind", "carried")]
    assert item.decisions == ["to adopt the changes with the words “if possible” added"]


def test_a_motion_nobody_seconds_decides_nothing():
    item = read("Member Hale moved to adopt the changes.\n\nThe members discussed it.\n\nNo decision was reached.\n")
    assert [(m.mover.name, m.seconder, m.result) for m in item.motions] == [("Hale", None, None)]
    assert item.decisions == []


def test_what_a_sentence_says_was_agreed_upon_is_a_decision_once():
    item = read("Dates for the next two meetings were agreed upon.\n\n"
                "The Commissioner asked if the review could be shared and this was agreed.\n")
    assert item.decisions == ["Dates for the next two meetings were agreed upon",
                              "The Commissioner asked if the review could be shared and this was agreed"]


def test_roll_call_labels_in_title_case_where_two_sides_are_labelled():
    item = read("Yes: Directors Bell, Hale, Lind. No: Director Kerr. Motion passed 3-1.\n")
    assert sides(item) == {"for": ["Bell", "Hale", "Lind"], "against": ["Kerr"]}
    assert (item.votes[0].result, item.votes[0].counts) == ("carried", {"for": 3, "against": 1})


def test_voting_in_favour_against_abstained_in_lower_case_after_a_resolution():
    item = read("RESOLVED that the plan be adopted. Voting in favour: Cllrs Bell, Hale; against: Cllr Lind; "
                "abstained: Cllr Kerr.\n")
    assert sides(item) == {"for": ["Bell", "Hale"], "against": ["Lind"], "abstain": ["Kerr"]}
    assert item.decisions == ["that the plan be adopted."]


def test_labels_after_a_dash_and_each_members_vote_after_their_name():
    assert sides(read("The motion carried on the following vote: Yeas - Bell, Hale, Lind; Nays - Kerr.\n")) == {
        "for": ["Bell", "Hale", "Lind"], "against": ["Kerr"]}
    item = read("Roll call vote: Commissioner Bell - aye; Commissioner Hale - aye; Commissioner Lind - nay. "
                "Motion carried.\n")
    assert sides(item) == {"for": ["Bell", "Hale"], "against": ["Lind"]}
    assert item.votes[0].result == "carried"


def test_a_recorded_vote_in_lines_closed_by_its_result():
    item = read("Recorded Vote:\nFor: Councillor Bell, Councillor Hale\nAgainst: Councillor Lind\nCarried\n")
    assert sides(item) == {"for": ["Bell", "Hale"], "against": ["Lind"]}
    assert (item.votes[0].result, item.decisions) == ("carried", [])


def test_resolved_by_a_count_of_votes():
    item = read("It was RESOLVED by 6 votes to 2 that the application be supported.\n")
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 6, "against": 2})]
    assert len(item.decisions) == 1 and item.decisions[0].startswith("that the application be supported")


def test_counts_after_a_colon_are_no_roll_call():
    item = read("Proposed Cllr Bell; carried 5 for, 1 against: to move £2,000 to reserves.\n")
    assert item.decisions == ["to move £2,000 to reserves"] and not any(v.sides for v in item.votes)


def test_words_in_lower_case_before_a_dash_and_no_are_no_members_votes():
    item = read("The clerk asked about the hedge - no reply yet; the bins - no change; the lights - yes, fixed.\n")
    assert item.votes == []


def test_a_motion_then_its_result_with_the_roll_call_in_brackets():
    item = read("It was moved by Ms. Lind, seconded by Ms. Hale, that the minutes be approved. MOTION CARRIED 4-0-1 "
                "[AYES: Bell, Hale, Lind, Moss; NOES: None; ABSENT: Ross].\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Lind", "Hale", "carried")]
    assert item.decisions == ["that the minutes be approved"]
    assert sides(item) == {"for": ["Bell", "Hale", "Lind", "Moss"], "against": [], "absent": ["Ross"]}


def test_a_unanimous_result_with_the_members_in_brackets_and_no_label():
    item = read("It was moved by Mr. Bell, seconded by Ms. Hale, that the report be received.\nMOTION CARRIED "
                "UNANIMOUSLY [Bell, Hale, Lind, Moss].\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["that the report be received"]
    assert sides(item) == {"for": ["Bell", "Hale", "Lind", "Moss"]}
    assert item.votes[0].result == "carried"


def test_a_note_in_brackets_after_unanimously_names_no_voters():
    for text in ("The motion carried unanimously (with the Chair absent).\n", "Carried unanimously (7-0).\n",
                 "Agreed unanimously (see the appendix, Bell and Hale to report).\n"):
        assert not any(v.sides.get("for") for v in read(text).votes), text


def test_it_was_approved_then_the_bodys_lead_in_on_the_next_line_then_its_points():
    item = read("On being put to the vote the recommendation was CARRIED unanimously.\n\nIt was APPROVED;\n"
                "That the Committee for Parks and Leisure:\n\n     1.    Approved the proposed approach to the "
                "pavilion.\n"
                "          It will be reviewed in a year.\n\n     2.    Authorised the Director, in consultation with"
                " the Chair,\n          to procure the works.\n\n\n\n10    Allotments\n")
    assert item.decisions == ["Approved the proposed approach to the pavilion. It will be reviewed in a year.",
                              "Authorised the Director, in consultation with the Chair, to procure the works."]


def test_a_label_grouping_a_resolutions_numbered_points_decides_nothing():
    item = read("It was APPROVED that;\n\nThat the Committee\n1.     Approved the business case.\n\nContractual:\n\n"
                "2.     Authorised the Director to procure the contracts.\n\nNext heading text.\n")
    assert item.decisions == ["Approved the business case.", "Authorised the Director to procure the contracts."]


def test_each_side_labelled_with_its_count_in_the_motions_paragraph():
    item = read("A motion was made by Councilor Bell, seconded by Councilor Hale, that this Ordinance be Adopted. "
                "The motion carried by the following vote:\nAye: 3 - Bell, Hale and Lind\nNay: 1 - Moss\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["that this Ordinance be Adopted"]
    assert sides(item) == {"for": ["Bell", "Hale", "Lind"], "against": ["Moss"]}
    assert item.votes[0].counts == {"for": 3, "against": 1}


def test_counted_sides_each_a_paragraph_under_the_sentence_that_calls_the_vote():
    item = read("The motion carried by the following vote:\n\nYea:    4 -   Bell, Hale, Lind,\n"
                "              and Moss\n\nExcused:  1 -  Ross\n\nNext business.\n")
    assert sides(item) == {"for": ["Bell", "Hale", "Lind", "Moss"], "absent": ["Ross"]}
    assert item.votes[0].result == "carried" and item.votes[0].counts == {"for": 4, "absent": 1}


def test_a_counted_no_side_its_own_paragraph_after_a_list_ending_in_a_title_and_name():
    item = read("The motion carried by the following vote:\n\nAye: 4 -     Councilmember Lee, Councilmember Wright,\n"
                "              Councilmember Okafor and Mayor Ortiz\n\nNo: 1 -      Vice Mayor Shah\n")
    assert sides(item) == {"for": ["Lee", "Wright", "Okafor", "Ortiz"], "against": ["Shah"]}
    assert item.votes[0].counts == {"for": 4, "against": 1}
    assert read("Item No: 3 - Roads and Paths\n").votes == []  # 'No' after a word: a number's label


def test_counted_yes_and_no_labels_their_counts_a_column_apart_and_a_board_s_ordered_vice_chairs():
    item = read("The motion carried by the following vote:\n\n     Yes:        3 -   Chair Ortega, First Vice Chair "
                "Bennett, and Director Ames\n\n     No:          1 -   Second Vice Chair Kaur\n\n"
                "     Excused:     1 -   Director Lowry\n")
    assert sides(item) == {"for": ["Ortega", "Bennett", "Ames"], "against": ["Kaur"], "absent": ["Lowry"]}
    assert item.votes[0].counts == {"for": 3, "against": 1, "absent": 1}


def test_one_counted_side_is_a_vote_and_an_absent_list_alone_is_not():
    item = read("A motion was made by Councilor Bell that this matter be Approved. The motion carried by the "
                "following vote:\n     For:  2 -  Bell and Hale\n")
    assert [(m.mover.name, m.seconder, m.result) for m in item.motions] == [("Bell", None, "carried")]
    assert item.decisions == ["Item"]  # what 'this matter' is: the item's title
    assert sides(item) == {"for": ["Bell", "Hale"]}
    assert read("Absent: 1 - Councilor Kit Mayo\n").votes == []


def test_a_motion_then_each_members_vote_in_the_same_paragraph():
    item = read("Motion by Brown, seconded by Lee, to adopt Resolution 2024-03 awarding the contract to Asphalt Inc. "
                "in the amount of $245,000.\nRoll call vote: Jones - aye; Brown - aye; Lee - nay; Smith - aye. Motion "
                "carried 3-1.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Brown", "Lee", "carried")]
    assert item.decisions == ["to adopt Resolution 2024-03 awarding the contract to Asphalt Inc. in the amount of "
                              "$245,000"]
    assert sides(item) == {"for": ["Jones", "Brown", "Smith"], "against": ["Lee"]}
    assert item.votes[0].counts == {"for": 3, "against": 1}


def test_resolved_then_who_proposed_and_seconded_it_in_the_sentences_after():
    item = read("RESOLVED that the minutes be approved as a true record and signed by the Chairman. Proposed Cllr "
                "Green, seconded Cllr White. All in favour.\n")
    assert item.decisions == ["that the minutes be approved as a true record and signed by the Chairman."]
    assert [(m.mover.name, m.seconder.name) for m in item.motions] == [("Green", "White")]


def test_lettered_points_printed_line_after_line_each_a_paragraph_one_resolved():
    item = read("a) The Clerk presented the bank reconciliation for April.\nb) RESOLVED to approve the payments: "
                "salary £450.00.\n")
    assert item.decisions == ["to approve the payments: salary £450.00."]


def test_moved_by_seconded_by_lines_then_a_recorded_vote_with_counts_in_brackets_then_the_result():
    item = read("Moved by: Deputy Mayor Brown\nSeconded by: Councillor Black\n\nThat Council approve the variance.\n\n"
                "Recorded Vote:\nYeas (2): Mayor Smith, Councillor Black\nNays (1): Councillor White\n\n"
                "                                    Carried (2 to 1)\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Brown", "Black", "carried")]
    assert item.decisions == ["That Council approve the variance."]
    assert len(item.votes) == 1 and sides(item) == {"for": ["Smith", "Black"], "against": ["White"]}
    assert (item.votes[0].result, item.votes[0].counts) == ("carried", {"for": 2, "against": 1})


def test_the_vote_told_after_the_motion_is_not_what_it_moved_and_a_dissenter_in_brackets():
    item = read("Motion by Loe, second by Roe to approve the consent agenda items A through C. Roll call vote: Doe - "
                "yes; Roe - yes; Loe - yes.\n")
    assert item.decisions == ["to approve the consent agenda items A through C"]
    item = read("Motion by Poe, second by Loe to approve the calendar as presented. Motion carried 3-1 (Roe voted "
                "no).\n")
    assert [(v.counts, sides(item, n)) for n, v in enumerate(item.votes)] == [
        ({"for": 3, "against": 1}, {"against": ["Roe"]})]


def test_a_number_in_what_was_moved_before_for_is_no_count_and_a_dissenter_voting_no_in_brackets():
    item = read("Motion by Council Member Mohr, seconded by Mayor Pro Tem Reyes, to introduce Ordinance No. 512 for "
                "first reading by title only. Motion carried 4-1 (Sanders voting no).\n")
    assert [(m.mover.name, m.seconder.name) for m in item.motions] == [("Mohr", "Reyes")]
    assert [(v.counts, sides(item, n)) for n, v in enumerate(item.votes)] == [
        ({"for": 4, "against": 1}, {"against": ["Sanders"]})]


def test_two_motions_counted_in_one_paragraph_are_two_votes():
    item = read("Motion by Member Carter, seconded by Member Wu, to approve items A and B. Motion carried 5-0.\n"
                "Item C was discussed. Motion by Member Wu, seconded by Member Diaz, to approve item C. Motion carried "
                "4-1 (Carter no).\n")
    assert [(v.counts, sides(item, n)) for n, v in enumerate(item.votes)] == [
        ({"for": 5, "against": 0}, {}), ({"for": 4, "against": 1}, {"against": ["Carter"]})]


@pytest.mark.parametrize("text", ["The motion was carried with 5 for and 2 against.",
                                  "Five for, two against: carried."])
def test_a_number_then_for_is_a_count_where_the_clause_ends_there(text):
    assert counts_of(text) == {"for": 5, "against": 2}


def test_a_numbered_resolution_moved_and_seconded_on_one_line_carried_with_a_slash_count_then_its_roll_call():
    item = read("COUNCIL RESOLUTION 2024/032\nMoved: Cr Jones            Seconded: Cr Green\nThat Council approve the "
                "subdivision.\n                         CARRIED 2/1\nFor: Cr Smith, Cr Jones\nAgainst: Cr White\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Jones", "Green", "carried")]
    assert item.decisions == ["That Council approve the subdivision."]
    assert len(item.votes) == 1 and sides(item) == {"for": ["Smith", "Jones"], "against": ["White"]}
    assert (item.votes[0].result, item.votes[0].counts) == ("carried", {"for": 2, "against": 1})


def test_a_financial_interest_declared_by_a_cr():
    item = read("Cr Brown declared a financial interest in item 9.1 as he owns land next to the site.\n")
    assert [(d.name.name, d.kind, d.item) for d in item.declarations] == [("Brown", "financial", "9.1")]


def test_a_count_with_members_voting_no_or_absent_named_after_with():
    item = read("Commissioner Kim moved to approve the permit. Commissioner Olsen seconded. The motion passed 3-1 "
                "with Commissioner Walsh voting no and Commissioner Park absent.\n")
    assert [(v.counts, sides(item, n)) for n, v in enumerate(item.votes)] == [
        ({"for": 3, "against": 1}, {"against": ["Walsh"], "absent": ["Park"]})]


def test_on_motion_of_a_seconded_by_b_and_carried_the_board_did_x_then_the_roll_call():
    item = read("1.   On motion of Supervisor Chen, seconded by Supervisor Adams, and unanimously carried (Supervisor "
                "Nolan absent), the Board approved the Consent Calendar.\n\n2.   On motion of Supervisor Ruiz, "
                "seconded by Supervisor Chen, and carried by the following vote, the Board awarded the contract:\n\n"
                "     AYES:     Supervisors Ruiz and Chen\n     NOES:     Supervisor Adams\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Chen", "Adams", "carried"), ("Ruiz", "Chen", "carried")]
    assert item.decisions == ["the Board approved the Consent Calendar", "the Board awarded the contract"]
    assert [(v.result, sides(item, n)) for n, v in enumerate(item.votes)] == [
        ("carried", {"for": ["Ruiz", "Chen"], "against": ["Adams"]})]


def test_what_was_done_then_who_proposed_and_seconded_it():
    item = read("The minutes of 6th August were approved, proposed by Fiona Wallace and seconded by Gordon Hay.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Fiona Wallace", "Gordon Hay", "carried")]
    assert item.decisions == ["The minutes of 6th August were approved"]


def test_agreed_as_the_last_sentence_of_its_own_and_a_body_by_its_initials():
    assert read("The balance stands at £2,341.17. The Treasurer was asked to pay the invoice of £60.\nAgreed.\n"
                ).decisions == ["The Treasurer was asked to pay the invoice of £60. Agreed"]
    assert read("24/03121/FUL - Plot 2, Mill Road. The CC agreed to submit no objection.\n").decisions == [
        "The CC agreed to submit no objection."]
    assert read("The City and the HSUS agreed to share the costs.\n").decisions == []  # an organisation, no council


def test_a_resolution_then_its_mover_seconder_and_counts_and_a_resolved_label_inside_a_paragraph():
    item = read("RESOLVED to set the precept at £18,500. Proposed Cllr Ellis, seconded Cllr Singh; 3 in favour, 1 "
                "against.\n")
    assert item.decisions == ["to set the precept at £18,500."]
    item = read("23/01544/HOUS – 4 The Green – single storey extension. Cllr Patel left the room. RESOLVED: no "
                "objection.\n")
    assert item.decisions == ["no objection."]


def test_moved_and_seconded_labels_then_lettered_points_each_a_decision():
    item = read("RESOLUTION CO/2024/42\nMoved:      Cr Rawiri Hohaia\nSeconded:   Cr Mere Walker\nThat the Council:\n"
                "a)    receives the report; and\nb)    awards contract 24/113 to Coastal Civil Ltd.\n"
                "                                          CARRIED\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Rawiri Hohaia", "Mere Walker", "carried")]
    assert item.decisions == ["receives the report; and", "awards contract 24/113 to Coastal Civil Ltd."]


def test_motions_without_a_seconder_named_or_with_no_one_named_and_m_s_slash_names():
    item = read("Council Member Lee made a motion to approve the minutes. Motion passed on a 5-0 vote.\n")
    assert [(m.mover.name, m.seconder, m.result) for m in item.motions] == [("Lee", None, "carried")]
    assert item.votes[0].counts == {"for": 5, "against": 0}
    item = read("It was moved and seconded to approve the consent agenda. Motion carried.\n")
    assert (item.motions, item.decisions) == ([], ["to approve the consent agenda"])
    item = read("M/S Lee/Diaz to approve the consent calendar. Carried 5-0.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Lee", "Diaz", "carried")]


def test_a_roll_call_with_no_one_against_and_no_result_printed_carried():
    item = read("Moved by Lee, seconded by Diaz, to approve the warrant list. Ayes: Lee, Diaz, Park. Noes: None. "
                "Absent: Cho.\n")
    assert [(m.result, v.result) for m, v in zip(item.motions, item.votes, strict=True)] == [("carried", "carried")]
    assert item.decisions == ["to approve the warrant list"]
    item = read("Moved by Lee, seconded by Diaz, to approve the list. Ayes: Lee, Diaz. Noes: Park.\n")
    assert item.votes[0].result is None and item.decisions == []


def test_proposed_and_seconded_that_x_then_all_agreed_and_it_was_unanimously_resolved():
    item = read("Cllr Smith proposed and Cllr Jones seconded that the accounts be approved; all agreed.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Smith", "Jones", "carried")]
    assert item.decisions == ["that the accounts be approved"]
    assert read("It was unanimously RESOLVED that the grant be awarded.\n").decisions == ["that the grant be awarded."]


def test_a_member_who_asked_that_their_vote_be_recorded():
    item = read("Councillor Bell asked that her vote against be recorded. Cllr Hale requested that his abstention "
                "be recorded.\n")
    assert [sides(item, n) for n in range(len(item.votes))] == [{"against": ["Bell"]}, {"abstain": ["Hale"]}]


def test_a_member_who_asked_that_their_vote_on_the_motion_be_recorded():
    item = read("Councillor Murphy requested that his vote against the motion be recorded. Cllr Hale requested that "
                "his abstention on this item be recorded.\n")
    assert [sides(item, n) for n in range(len(item.votes))] == [{"against": ["Murphy"]}, {"abstain": ["Hale"]}]


def test_a_member_who_asked_the_minutes_to_say_how_they_voted():
    item = read("The Members resolved to appoint Ann Bell as Managing Director. Mr Hale wished the minutes to reflect "
                "he had abstained from the vote. Cllr Lee asked that the minutes record that she voted against.\n")
    assert [sides(item, n) for n in range(len(item.votes))] == [{"abstain": ["Hale"]}, {"against": ["Lee"]}]


def test_counts_with_no_result_word_carry_or_lose_by_majority_and_a_tie_says_nothing():
    item = read("Councillor Bell proposed and Councillor Hale seconded that the application be refused. On being put "
                "to the vote there were 4 votes in favour and 3 against.\n")
    assert [m.result for m in item.motions] == ["carried"] and item.votes[0].result == "carried"
    assert read("Members voted 2 in favour and 5 against.\n").votes[0].result == "lost"
    assert read("Members voted 3 in favour and 3 against.\n").votes[0].result is None


def test_a_vote_told_as_its_count_after_a_label_carries_by_majority_and_names_the_member_opposed():
    item = read("Selectman Kim moved to close the warrant; seconded by Selectman Ortiz. Vote: 2-1, Selectman Hale "
                "opposed.\n")
    assert (item.votes[0].result, item.votes[0].counts) == ("carried", {"for": 2, "against": 1})
    assert sides(item) == {"against": ["Hale"]}


def test_a_list_of_members_opposed_after_the_count():
    item = read("Motion by Park, second by Ryan, to appoint Sara Kim. Motion failed 2-3, Haddad, Vega and Whitfield "
                "opposed.\n")
    assert (item.votes[0].result, item.votes[0].counts) == ("lost", {"for": 2, "against": 3})
    assert sides(item) == {"against": ["Haddad", "Vega", "Whitfield"]}


def test_a_town_meetings_voted_line_is_the_motions_outcome_with_yes_and_no_counted():
    item = read("Motion made by Selectman Amy Hall, seconded by Selectman Tom Reed, to pass over the article.\n"
                "VOTED: Passed by voice vote.\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Amy Hall", "carried")]
    assert item.decisions == ["to pass over the article"]
    counted = read("Motion made and seconded to adopt the ordinance.\nVOTED: Failed. Yes 88, No 119.\n")
    assert [(v.result, v.counts) for v in counted.votes] == [("lost", {"for": 88, "against": 119})]
    assert counts_of("Resolution No 5 was adopted.") == {}  # 'No 5' alone: a number's label


def test_a_divisions_last_side_ends_at_the_line_declaring_the_result():
    item = read("A division was called for.\nFor the motion: Crs Allen, Brooks and Chen\n"
                "Against the motion: Crs Dunn and Ellis\nThe motion was declared CARRIED.\n")
    assert sides(item) == {"for": ["Allen", "Brooks", "Chen"], "against": ["Dunn", "Ellis"]}
    assert item.votes[0].result == "carried"


def test_a_result_naming_who_dissented_with_no_count_is_a_vote():
    item = read("The motion was put and carried, Councillor Doyle dissenting.\n")
    assert (item.votes[0].result, sides(item)) == ("carried", {"against": ["Doyle"]})
    assert read("The motion was carried with Commissioner Park absent.\n").votes == []  # nobody voted otherwise


def test_each_sides_word_before_its_number_and_the_result_in_a_sentence_after_them():
    item = read("Motion by Legislator Brown, seconded by Legislator Davis, to adopt Resolution No. 45-2024.\n"
                "Roll call vote: Ayes 5, Noes 0, Absent 1. Adopted.\n")
    assert (item.votes[0].result, item.votes[0].counts) == ("carried", {"for": 5, "against": 0, "absent": 1})
    assert counts_of("Yeas 4; Nays 1") == {"for": 4, "against": 1}
    assert counts_of("For: 9 Against: 0 Abstain: 0") == {"for": 9, "against": 0, "abstain": 0}  # not '9 Against'
    assert counts_of("For: 9 Against: (1 informal) Abstain:") == {"for": 9}  # a tally's labels: one side may stand
    assert counts_of("Ayes 1,500 residents") == {}  # a number that goes on is no count


def test_in_favour_labelled_with_a_colon_is_a_side_of_a_tally_not_the_number_before_against():
    item = read("The matter was put to the vote:\nIn favour: 5\nAgainst: 1 (Cllr S. van Wyk)\n")
    assert item.votes[0].counts == {"for": 5, "against": 1}  # (not '5 Against': five against)
    assert counts_of("IN FAVOUR: 12 AGAINST: 0 ABSTAIN: 2") == {"for": 12, "against": 0, "abstain": 2}


@pytest.mark.parametrize("gap", ["", "\n"])
def test_the_result_on_its_own_line_under_a_roll_calls_last_side_with_a_member_against(gap):
    item = read("Motion by Trustee Nowak, second by Trustee Ruiz, to pass Ordinance 24-07.\nROLL CALL VOTE:\n"
                "AYES: 3 - Trustees Kelly, Ruiz and Nowak\nNAYS: 1 - Trustee Fisher\n" + gap + "Motion carried.\n")
    assert item.votes[0].result == "carried" and item.motions[0].result == "carried"
    assert item.decisions == ["to pass Ordinance 24-07"]
    assert sides(item) == {"for": ["Kelly", "Ruiz", "Nowak"], "against": ["Fisher"]}


def test_the_result_after_the_last_side_of_a_roll_call_is_no_name():
    item = read("Motion by Legislator Evans, seconded by Legislator Foster, to adopt Resolution No. 46-2024.\n"
                "Ayes: Legislators Brown, Evans. Noes: Legislator Davis. Absent: Legislator Green. Adopted.\n")
    assert sides(item) == {"for": ["Brown", "Evans"], "against": ["Davis"], "absent": ["Green"]}
    assert item.motions[0].result == "carried"


def test_a_school_boards_labelled_motion_second_and_vote_lines():
    item = read("The Board discussed the budget.\nMotion: Ng\nSecond: Ruiz\nVote: 3-1 (Cole no)\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Ng", "Ruiz", "carried")]
    assert (item.votes[0].result, item.votes[0].counts, sides(item)) == ("carried", {"for": 3, "against": 1},
                                                                         {"against": ["Cole"]})
    assert sides(read("Motion: Ruiz\nSecond: Cole\nVote: 4-0 (Park absent)\n")) == {"absent": ["Park"]}


def test_members_voting_otherwise_in_one_bracket_apart_by_semicolons_or_commas():
    item = read("Motion by Ng, seconded by Ruiz, to award the contract.\n"
                "Motion carried 3-1 (Cole no; Park abstaining).\n")
    assert sides(item) == {"against": ["Cole"], "abstain": ["Park"]}
    assert sides(read("Vote: 3-2 (Cole and Ng opposed, Park abstaining)\n")) == {"against": ["Cole", "Ng"],
                                                                                  "abstain": ["Park"]}


def test_a_third_figure_is_those_absent_where_the_result_names_members_absent_and_none_abstaining():
    item = read("Motion by Ng, seconded by Ruiz, to award the contract.\n"
                "Motion carried 3-1-1 (Cole no; Park absent).\n")
    assert item.votes[0].counts == {"for": 3, "against": 1, "absent": 1}
    assert sides(item) == {"against": ["Cole"], "absent": ["Park"]}
    assert read("Motion carried 3-1-1 (Park abstaining).\n").votes[0].counts == {"for": 3, "against": 1, "abstain": 1}


def test_a_journals_yeas_and_nays_a_paragraph_each_under_the_result_as_follows():
    item = read("On motion of Alderman Hopkins, the said proposed ordinance was Passed by yeas and nays as follows:\n\n"
                "Yeas -- Aldermen Hopkins, Dowell and King -- 3.\n\nNays -- Alderman Burnett -- 1.\n")
    assert sides(item) == {"for": ["Hopkins", "Dowell", "King"], "against": ["Burnett"]}
    assert item.votes[0].result == "carried"


def test_moved_and_seconded_labels_on_one_line_and_the_result_on_the_line_under_the_roll_call():
    item = read("Motion to approve the Consent Agenda.\nMoved by: Jones          Seconded by: Brown\n"
                "Ayes: Smith, Jones, Brown   Nays: None   Absent: Lee\nMotion passed 3-0.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Jones", "Brown", "carried")]
    assert sides(item) == {"for": ["Smith", "Jones", "Brown"], "against": [], "absent": ["Lee"]}


def test_a_resolution_with_its_proposer_in_brackets_and_the_count_by_label_under_it():
    item = read("RESOLVED – That planning permission be GRANTED subject to conditions.\n"
                "(Proposed by Councillor Bell and seconded by Councillor Hale)\nFor: 6, Against: 2, Abstain: 1\n")
    assert item.decisions == ["That planning permission be GRANTED subject to conditions."]
    assert (item.votes[0].result, item.votes[0].counts) == ("carried", {"for": 6, "against": 2, "abstain": 1})
    assert counts_of("Voting: For 8; Against 0; Abstentions 1.") == {"for": 8, "against": 0, "abstain": 1}
    assert counts_of("For 12 months the hall was closed.") == {}  # a number after 'For' alone is no count


def test_a_motion_under_a_motion_label_seconded_in_the_next_sentence():
    item = read("Motion: Councilor Nyberg moved to approve the legal fees. Seconded by Councilor Ruble. Motion passed "
                "5-0.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Nyberg", "Ruble", "carried")]
    assert item.decisions == ["to approve the legal fees"]


def test_it_passed_after_a_motion_is_its_outcome():
    item = read("Motion: Councilor Nyberg moved to adopt Ordinance 91-2017. Seconded by Councilor Tuttle. It passed "
                "5-0.\n\nMotion: Councilor Ruble moved to buy a bench. Seconded by Councilor Tuttle. It failed 1-4.\n")
    assert [m.result for m in item.motions] == ["carried", "lost"]
    assert item.decisions == ["to adopt Ordinance 91-2017"]


def test_a_verb_of_passing_with_its_count_after_a_motion_is_its_outcome_and_its_vote():
    item = read("Motion: Councilor Bahrman moved to close the public record. Councilor Tuttle seconded. Moved 5-0.\n\n"
                "Motion: Councilor Ruble moved to buy a bench. Seconded by Councilor Tuttle. Passed 3-2.\n")
    assert [m.result for m in item.motions] == ["carried", "carried"]
    assert item.decisions == ["to close the public record", "to buy a bench"]
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 5, "against": 0}),
                                                         ("carried", {"for": 3, "against": 2})]


def test_each_side_told_as_a_count_and_its_members_in_brackets_over_lines_apart_is_one_vote_and_its_decision():
    item = read("36 The Governor invited members to vote on the proposition that the repo rate should be reduced by\n\n"
                "25 basis points to 4.5%. Five members of the Committee (Kate Barker, Charles Bean, Richard\n\n"
                "Lambert, Stephen Nickell and David Walton) voted in favour. Four members of the Committee (the\n\n"
                "Governor, Rachel Lomax, Sir Andrew Large and Paul Tucker) voted against, preferring to maintain\n\n"
                "the repo rate at 4.75%.\n")
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 5, "against": 4})]
    assert sides(item) == {"for": ["Kate Barker", "Charles Bean", "Richard Lambert", "Stephen Nickell", "David Walton"],
                           "against": ["Governor", "Rachel Lomax", "Andrew Large", "Paul Tucker"]}
    assert item.decisions == ["that the repo rate should be reduced by 25 basis points to 4.5%"]


def test_a_proposition_the_named_sides_voted_down_is_no_decision():
    item = read("Members voted on the proposal that the hall be sold. Two councillors (Bell and Hale) voted for. Three "
                "councillors (Lind, Kerr and Moss) voted against.\n")
    assert [(v.result, v.counts) for v in item.votes] == [("lost", {"for": 2, "against": 3})]
    assert item.decisions == []


def test_a_vote_in_favour_of_the_proposition_decides_what_the_proposition_said():
    item = read("32 The Governor invited the Committee to vote on the proposition that the repo rate should be\n\n"
                "maintained at 4.5%. The Committee voted unanimously in favour of the proposition.\n")
    assert item.decisions == ["that the repo rate should be maintained at 4.5%"]


def test_two_votes_told_by_their_named_sides_in_one_item_are_two_votes_each_with_its_proposition():
    item = read("Members voted on the proposition that the hall be sold. Three councillors (Lind, Kerr and Moss) voted "
                "for. Two councillors (Bell and Hale) voted against. Members then voted on the proposition that the "
                "park be kept. Four councillors (Bell, Hale, Lind and Kerr) voted in favour. One councillor (Moss) "
                "voted against.\n")
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 3, "against": 2}),
                                                         ("carried", {"for": 4, "against": 1})]
    assert item.decisions == ["that the hall be sold", "that the park be kept"]


def test_members_counted_by_the_competing_proposal_each_supported_in_one_sentence_are_one_vote():
    item = read("After the discussion, it was decided to lower the interest rate to 0.1 percent. Five Committee\n\n"
                "members supported the proposal to lower the interest rate to 0.1 percent, and one Committee member\n\n"
                "supported the proposal to reduce it to 0 percent.\n")
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 5, "against": 1})]
    assert item.votes[0].line.number == 1
    alone = read("Five members supported the proposal. The meeting closed. Two members supported the motion.\n")
    assert alone.votes == []


def test_a_roll_call_printed_one_vote_a_paragraph_under_a_labelled_motion_and_seconder():
    item = read("MOTION:  Mr. Tom Bell moved to accept the agenda.\n\nSECONDED: Ann Hale\n\nRoll Call Vote:\n\n"
                "Chairman Kit Lind: Aye\n\nMr. Tom Bell: Aye\n\nMs. Ann Hale:  Aye\n\nMotion passed unanimously\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Tom Bell", "Ann Hale", "carried")]
    assert sides(item) == {"for": ["Kit Lind", "Tom Bell", "Ann Hale"]}
    assert item.decisions == ["to accept the agenda"]


def test_a_roll_call_of_ayes_alone_under_a_motion_whose_outcome_is_not_told_carries_it():
    item = read("MOTION: Mr. Tom Bell moved to adjourn.\n\nSECONDED: Ann Hale\n\nRoll Call Vote:\n\nChairman Kit Lind"
                "\n\nMr. Tom Bell: Aye\n\nMs. Ann Hale: Aye\n\nMr. Cy Dunn: Aye\n\nThe meeting adjourned at noon.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Tom Bell", "Ann Hale", "carried")]
    assert sides(item) == {"for": ["Tom Bell", "Ann Hale", "Cy Dunn"]}  # (the chair's name with no vote is no vote)


def test_counts_written_in_words_and_sides_that_were_in_favour():
    assert counts_of("The Mayor called for a vote. Four were in favor, two were against.") == {"for": 4, "against": 2}
    assert counts_of("Seven members voting for, none against") == {"for": 7, "against": 0}
    assert counts_of("One of the members spoke for the plan.") == {}


def test_a_member_abstaining_in_brackets_after_the_result():
    item = read("Council Member Bell moved to appoint Mayor Kerr as representative. Council Member Hale seconded the "
                "motion. The motion passed unanimously (Mayor Kerr abstained).\n")
    assert [[p.name for p in v.sides.get("abstain", [])] for v in item.votes] == [["Kerr"]]


def test_a_roll_call_whose_list_and_sides_a_converter_set_a_paragraph_each():
    item = read("VOTE: 7/0 AYES: HADEN, HENNINGSON, PHARES,\n\nWALKER\n\nNAYS: NONE\n")
    assert [({side: [p.name for p in people] for side, people in v.sides.items()}, v.result) for v in item.votes] == [
        ({"for": ["Haden", "Henningson", "Phares", "Walker"], "against": []}, "carried")]


def test_a_league_standing_of_played_won_lost_and_points_is_no_vote():
    item = read("Both teams Played 8, Won 5, Drew 0, Lost 3, For 22, Against 18, Points 10\n")
    assert item.votes == []


def test_a_vote_announced_over_its_counts_a_paragraph_each_and_what_follows_from_it():
    item = read("The result of the vote was:\n\nFor the change: 6,\n\nAgainst the change: 11,\n\nAbstentions: 6\n\n"
                "Therefore the club will vote against the change at the League's meeting.\n")
    assert [(v.result, v.counts) for v in item.votes] == [("lost", {"for": 6, "against": 11, "abstain": 6})]
    assert item.decisions == ["Therefore the club will vote against the change at the League's meeting"]


def test_a_motion_put_under_its_label_with_each_side_s_votes_on_a_line_of_its_own():
    item = read("Motion: only the total members and displaying only those who opt-in?[^1]\nVotes against? 0\n"
                "Votes in favor: 10 (including proxies)\n\nWe will rewrite the bylaws.\n")
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 10, "against": 0})]
    assert item.decisions == ["only the total members and displaying only those who opt-in"]


def test_a_formula_approved_by_all_but_the_members_it_names_is_a_vote_with_them_on_their_sides():
    item = read("Upon motion duly made by Director Reyes, seconded by Director Hale and approved by all Directors in "
                "attendance, save for Director Lind who opposed and Director Park who abstained, the following "
                "resolution was adopted:\n\n**RESOLVED:** That the minutes of the March meeting are approved.\n")
    assert sides(item) == {"against": ["Lind"], "abstain": ["Park"]}
    assert (item.votes[0].result, item.votes[0].rest) == ("carried", "for")
    assert [(m.mover.name, m.seconder.name) for m in item.motions] == [("Reyes", "Hale")]
    assert item.decisions == ["That the minutes of the March meeting are approved."]  # the lead-in is no decision


def test_every_other_member_present_is_for_a_vote_approved_by_all_but_those_named(tmp_path):
    from minutebook.importer import run_import

    source = tmp_path / "2018-09-05-board-minutes.md"
    source.write_text("# **Example Foundation**\n\nMINUTES OF A REGULAR MEETING OF THE BOARD OF DIRECTORS\n\n"
                      "05 September 2018\n\n# **Directors Attending and Participating**\n\n"
                      "Ann Reyes (Acme), Tom Hale (Individual Director), Bo Lind (Beta), Jo Park (Gamma)\n\n"
                      "# **Counsel Participating**\n\n# Eve Stone (Stone LLP)\n\n# **Also Participating**\n\n"
                      "Sam Cole (Example Foundation), Kim Fox (Example Foundation)\n\n# **Approve Minutes**\n\n"
                      "Upon motion duly made by Director Reyes, seconded by Director Hale and approved by all "
                      "Directors in attendance, save for Director Lind who opposed and Director Park who abstained, "
                      "the following resolution was adopted:\n\n**RESOLVED:** That the minutes are approved.\n\n"
                      "# **Adjournment**\n\nDirector Reyes moved to adjourn.\n\n"
                      "# At 4:35 pm Pacific Time, Director Reyes adjourned the meeting.\n", encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path, workers=1)
    record = next((tmp_path / "content" / "meetings").rglob("*.md")).read_text(encoding="utf-8")
    assert "  - result: carried\n    for:\n    - ann-reyes\n    - tom-hale\n    against:\n    - bo-lind\n" \
           "    abstain:\n    - jo-park\n" in record
    assert "person: eve-stone\n  status: in_attendance\n  role: Counsel\n" in record and "end: '16:35'" in record
    assert "person: kim-fox\n  status: in_attendance" in record
    assert "title: Directors Attending" not in record and "title: Also Participating" not in record
    assert "title: Eve Stone" not in record and "title: At 4:35" not in record


def test_a_tally_labelled_with_what_it_was_a_vote_to_do_decides_it_when_carried():
    item = read("- Tally to re-elect Ann Bell as president of the Board: 7 votes for, 0 against, 1 abstain\n"
                "- Tally to re-elect Tom Hale as Treasurer: 3 votes for, 5 against, 0 abstain\n")
    assert [(v.result, v.counts["for"]) for v in item.votes] == [("carried", 7), ("lost", 3)]
    assert item.decisions == ["to re-elect Ann Bell as president of the Board"]


def test_a_poll_on_a_five_point_scale_and_polls_by_unanimous_consent_decide_what_they_put():
    item = read("Poll: Move the multiple memories proposal to stage 2\n\nSF: 13\nF: 6\nN: 3\nA: 0\nSA: 0\n\n"
                "[Proposal passes.]\n\nPoll: move BigInt to Stage 3:\n[No objections, proposal passes]\n\n"
                "DS: let's do a unanimous consent poll for:\n\nRenaming reference-sysroot to wasi-libc\n"
                "Creating wasi-sdk for its build scripts\n\n[no objections, proposal passes]\n")
    assert item.decisions == ["Move the multiple memories proposal to stage 2", "move BigInt to Stage 3",
                              "Renaming reference-sysroot to wasi-libc", "Creating wasi-sdk for its build scripts"]
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 19, "abstain": 3, "against": 0})]


def test_a_point_naming_a_proposal_over_its_vote_and_passed_decides_it():
    item = read(" - [Code of Conduct](https://example.org/pull/16)\n   - **Final vote:** 12 for (100%), 0 against, "
                "0 abstaining\n   - **Passed**\n")
    assert item.decisions == ["Code of Conduct"]
    assert [(v.result, v.counts["for"]) for v in item.votes] == [("carried", 12)]
    counted = read("- Standing orders\n  - For: 9, Against: 1\n  - Carried\n")
    assert counted.decisions == ["Standing orders"]


def test_each_member_s_vote_after_a_roll_call_s_label_all_on_one_side_is_a_vote():
    item = read("Disposition: Accepted.\n\nVotes: Commissioner Ryan Yea; Commissioner Rubio Yea; Mayor Wheeler Yea.\n")
    assert [(v.result, {side: [p.name for p in people] for side, people in v.sides.items()}) for v in item.votes] == [
        ("carried", {"for": ["Ryan", "Rubio", "Wheeler"]})]


def test_a_roll_call_s_label_under_the_item_s_fields_in_one_paragraph_opens_its_votes():
    item = read("Document number: 103-2025\nIntroduced by: Mayor Ann Bell\nDisposition: Confirmed\n"
                "Votes: Councilor Ana Ruiz Yea\nCouncilor Ben Okafor Yea\nCouncil President Erin Walsh Yea\n")
    assert [(v.result, {side: [p.name for p in people] for side, people in v.sides.items()}) for v in item.votes] == [
        ("carried", {"for": ["Ana Ruiz", "Ben Okafor", "Erin Walsh"]})]


def test_each_member_s_yes_or_no_after_a_comma_in_a_roll_call_told_in_the_motion_s_paragraph():
    item = read("Trustee Lamb moved to appoint Trustee Dement to the Steering Committee. Seconded by Trustee "
                "Manning. Vote by roll call. Racich, yes; Dement, yes; Fay, no; Lamb, yes; 3 yes, 1 no. Motion "
                "carried.\n")
    assert [(v.result, {side: [n.name for n in names] for side, names in v.sides.items()}) for v in item.votes] == [
        ("carried", {"for": ["Racich", "Dement", "Lamb"], "against": ["Fay"]})]


def test_a_motion_from_a_member_and_its_vote_counted_with_the_names_in_brackets_after_each_dash():
    item = read("MOTION from Commissioner Bell to close the nominations and appoint Ann Lind by acclamation. "
                "VOTING: Ayes - 3 (Bell, Hale, Kerr) Nays - 2 (Moss, Ward)\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Bell", "carried")]
    assert sides(item) == {"for": ["Bell", "Hale", "Kerr"], "against": ["Moss", "Ward"]}
    assert item.votes[0].counts == {"for": 3, "against": 2}


def test_a_vote_of_counts_alone_under_the_motion_none_against_carries_it():
    item = read("MOTION from Vice Chairman Hale to adopt the same parliamentary procedures.\n\n"
                "VOTING: Ayes - 5; Nays - 0.\n")
    assert [m.mover.name for m in item.motions] == ["Hale"]
    assert (item.votes[0].counts, item.votes[0].result) == ({"for": 5, "against": 0}, "carried")


def test_a_member_moved_seconded_by_another_and_motion_carried_to_what_it_decided_in_capitals_too():
    item = read("COUNCIL MEMBER BELL MOVED, SECONDED BY COUNCIL MEMBER HALE and motion carried to accept the bills "
                "in the amount of $ 98,160.43.  The vote: All yes.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["to accept the bills in the amount of $ 98,160.43"]
    voted = read("Council Member Bell moved, seconded by Council Member Hale and motion carried to accept the minutes "
                 "as presented.  The vote: Bell, yes; Hale, yes; Lind, yes; Moss, no.\n")
    assert [(m.mover.name, m.result) for m in voted.motions] == [("Bell", "carried")]
    assert voted.decisions == ["to accept the minutes as presented"]
    assert sides(voted) == {"for": ["Bell", "Hale", "Lind"], "against": ["Moss"]}


def test_a_motion_made_and_carried_with_the_following_vote_what_was_moved_printed_after_the_roll_call():
    item = read("A motion was made by Director Bell, seconded by Director Hale and\ncarried with the following vote:\n"
                "Ayes: Directors Bell, Hale, Lind and Moss\nNoes: None\n2\nAbstain: None\nAbsent: None\n"
                "to approve the minutes of the regular board meeting of October 9, 2008.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert sides(item) == {"for": ["Bell", "Hale", "Lind", "Moss"], "against": [], "abstain": [], "absent": []}
    assert item.decisions == ["to approve the minutes of the regular board meeting of October 9, 2008"]
