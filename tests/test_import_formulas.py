"""formulas.py: a board's decision formula read as the sentence it is; one test per pattern, named for the variant."""


from item_reading import read_item as read


def test_double_spaced_formula_goes_on_at_a_capitalised_word():
    item = read("     UPON MOTION duly made and seconded, the Board approved and\n\nauthorized execution of the lease "
                "agreement with Laurie\n\nFlannery, lessee, for rental of the property.\n\nNext paragraph.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved and authorized execution of the "
                              "lease agreement with Laurie Flannery, lessee, for rental of the property."]


def test_formula_ended_at_a_page_end_leaves_the_next_page_head():
    item = read("     UPON MOTION duly made and seconded, the Board approved the\n\nabove listed Options.\n"
                "\f                713\nBOARD OF ESTIMATES            3/17/10\n               MINUTES\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the above listed Options."]


def test_formula_running_over_a_page_break_skips_the_page_head():
    item = read("     UPON MOTION duly made and seconded, the Board approved the\n\f                714\n"
                "BOARD OF ESTIMATES            3/17/10\n               MINUTES\n\nRelease of Liens on three "
                "properties.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the Release of Liens on three "
                              "properties."]


def test_formula_that_never_ends_is_its_first_paragraph_alone():
    item = read("     UPON MOTION duly made and seconded, the Board approved the\n\nEXTRA WORK ORDERS\n\nText.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the"]


def test_formula_spaces_of_a_justified_line_closed_up():
    item = read("     UPON MOTION duly made  and seconded, the Board approved  the request.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the request."]


def test_formula_with_a_deferral_in_capitals():
    item = read("     UPON MOTION duly made and seconded, the Board DEFERRED all of the\n\nPersonnel matters listed "
                "on the following pages:\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board DEFERRED all of the Personnel matters "
                              "listed on the following pages:"]


def test_upon_further_motion_is_a_decision_of_its_own():
    item = read("     UPON MOTION duly made and seconded, the Board approved the Assignment.\n\n     UPON FURTHER "
                "MOTION, the Board approved the First Amendment.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the Assignment.",
                              "UPON FURTHER MOTION, the Board approved the First Amendment."]


def test_formula_whose_sentence_began_in_the_centred_lines_above_it():
    item = read("          On the recommendations of the City agencies\n\n                hereinafter named, the Board,"
                "\n\n          UPON MOTION duly made and seconded,\n\n       awarded the formally advertised contracts"
                "\n\n             listed on the following pages:\n")
    assert item.decisions == ["On the recommendations of the City agencies hereinafter named, the Board, UPON MOTION "
                              "duly made and seconded, awarded the formally advertised contracts listed on the "
                              "following pages:"]


def test_a_heading_above_a_formula_is_not_its_sentence():
    item = read("Bureau of Purchases – cont’d\n\n     UPON MOTION duly made and seconded, the Board approved the "
                "bids.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the bids."]


def test_upon_further_motion_inside_a_paragraph_is_a_second_decision():
    item = read("     UPON MOTION duly made and seconded, the Board approved the Deed\n\nno longer needed for "
                "public\n\nuse. UPON FURTHER MOTION, the Board approved the Easement Agreement\n\nwithin the street "
                "beds.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the Deed no longer needed for "
                              "public use.", "UPON FURTHER MOTION, the Board approved the Easement Agreement within "
                              "the street beds."]


def test_the_board_noted_receipt_in_capitals_opening_a_paragraph():
    item = read("On September 2, 2009, Board NOTED receipt of the Audit.\n\n     The Board   NOTED receipt of the Board"
                " of Liquor License\n\nCommissioners Status Report.\n")
    assert item.decisions == ["The Board NOTED receipt of the Board of Liquor License Commissioners Status Report."]


def test_the_board_further_approved_opening_a_paragraph():
    item = read("    The Board further approved the Appropriation Adjustment Order\n\nNo. 15 to transfer funds.\n")
    assert item.decisions == ["The Board further approved the Appropriation Adjustment Order No. 15 to transfer funds."]


def test_the_board_is_requested_to_approve_is_no_decision():
    assert read("The Board is requested to approve and authorize execution of a lease.\n").decisions == []


def test_formula_ended_by_a_name_in_capitals_on_its_own_line():
    item = read("     UPON MOTION duly made and seconded, the Board approved the Agreement with CYD,\n\nLLC.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the Agreement with CYD, LLC."]


def test_the_body_named_in_full_approved_opening_a_paragraph():
    item = read("The Housing Authority approved the minutes of the regular meeting of September 20,\n2022, as "
                "submitted.                                                        315-05-03\n")
    assert item.decisions == ["The Housing Authority approved the minutes of the regular meeting of September 20, "
                              "2022, as submitted."]


def test_the_body_endorsed_what_was_put_opening_a_paragraph():
    item = read("The Committee endorsed the paper and agreed to allocate $50,000 to the project.\n")
    assert item.decisions == ["The Committee endorsed the paper and agreed to allocate $50,000 to the project."]
    assert read("The Committee endorsed this plan at its meeting on 9 March.\n").decisions == []  # another meeting's


def test_upon_a_motion_by_named_members_the_body_approved():
    item = read("Upon a motion by Councillor Lee, seconded by Councillor Kim, Council approved the 2024 budget.\n")
    assert item.decisions == ["Upon a motion by Councillor Lee, seconded by Councillor Kim, Council approved the "
                              "2024 budget."]
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Lee", "Kim", "carried")]


def test_the_boards_act_after_another_sentence_of_its_paragraph():
    item = read("Ms Desai presented the proposed programme.\nThe Board APPROVED the capital programme of £12.4m for "
                "2024/25.\n")
    assert item.decisions == ["The Board APPROVED the capital programme of £12.4m for 2024/25"]
    item = read("Mr Price presented the report. The Committee approved the revised terms of reference.\n")
    assert item.decisions == ["The Committee approved the revised terms of reference"]
    assert read("Mr Price presented the report. The Committee approved this plan at its meeting on 9 "
                "March.\n").decisions == []  # another meeting's


def test_the_presiding_member_declaring_what_was_put_decided_after_its_vote():
    item = read("A vote was taken on the disposal: For 12, Against 3. The Cathaoirleach declared the disposal "
                "approved.\n")
    assert item.decisions == ["The Cathaoirleach declared the disposal approved"]
    assert item.votes[0].counts == {"for": 12, "against": 3}
    assert read("The Mayor declared the motion carried.\n").decisions == []  # (a result, not a decision)


def test_another_body_approved_at_its_meeting_is_background():
    item = read("The Space Utilization Committee        approved   this   lease   at   its\nmeeting on March 9, "
                "2010.\n")
    assert item.decisions == []


def test_another_body_approved_on_a_date_is_background():
    assert read("The Space Utilization Committee approved this Amendment to Lease\nAgreement on December 10, "
                "2019.\n").decisions == []


def test_double_spaced_formula_goes_on_after_an_article_at_a_capitalised_name():
    item = read("     UPON MOTION duly made and seconded, the Board approved and\n\nauthorized execution of a grant "
                "agreement with the\n\nMaryland Institute for Emergency Medical Services System\n\n(MIEMSS).\n\n"
                "Next paragraph.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved and authorized execution of a "
                              "grant agreement with the Maryland Institute for Emergency Medical Services System "
                              "(MIEMSS)."]


def test_double_spaced_formula_goes_on_after_a_title_at_the_name():
    item = read("     UPON MOTION duly made and seconded, the Board approved a right-of-entry agreement with Ms.\n\n"
                "Marian E. Harris.\n\nNext paragraph.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved a right-of-entry agreement with "
                              "Ms. Marian E. Harris."]


def test_formula_ending_at_the_foot_of_a_page_over_its_number():
    item = read("     UPON MOTION duly made and seconded, the Board approved the agreement with the\n\nState\n\n"
                "(MIEMSS).\n                726\n\fBOARD OF ESTIMATES            3/17/10\n               MINUTES\n"
                "TRAVEL REQUESTS\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the agreement with the State "
                              "(MIEMSS)."]
