"""rules.py, decisions.py, mentions.py: one test per block pattern, named for the variant."""

import pytest

from minutebook.importer.blocks import Found, to_blocks
from minutebook.importer.drafts import ItemDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.rules import read_blocks


def read(text: str) -> tuple[ItemDraft, Found]:
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="Item", line=lines[0], lines=lines)
    found = Found()
    read_blocks(item, found)
    return item, found


def test_agreed_with_numbered_subresolutions_on_separate_paragraphs():
    item, _ = read("AGREED: That\n\n(1) Mr Steve Porter replace Julie Browne;\n\n"
                   "(2) the apologies be noted.\n\nAll to note.")
    assert item.decisions == ["Mr Steve Porter replace Julie Browne;", "the apologies be noted."]


def test_resolved_with_bulleted_roman_subresolutions():
    item, _ = read("RESOLVED: That\n\n- (i) it be noted;\n- (ii) the report be agreed.\n")
    assert item.decisions == ["it be noted;", "the report be agreed."]


def test_subresolution_split_by_a_page_break_mid_sentence():
    item, _ = read("RESOLVED: That, subject to approval\n\n- (1) the Director, in consultation with Finance and\n\n"
                   "Commercialisation, be authorised;\n\n- (2) a budget be created.\n")
    assert item.decisions == ["the Director, in consultation with Finance and Commercialisation, be authorised;",
                              "a budget be created."]


def test_nested_bullets_stay_with_their_subresolution():
    item, _ = read("RESOLVED: That\n\n- (1) the following be noted:\n - the Panel support A;\n- the Panel support B;\n"
                   "- (2) a report be presented.\n")
    assert len(item.decisions) == 2 and "support B" in item.decisions[0]


def test_resolved_to_recommend_to_council_with_reasons_and_options():
    item, _ = read("Resolved to RECOMMEND: (to Council)\n\nThat the Strategy be adopted.\n\nRESOLVED: That it be noted."
                   "\n\nReason for Decision: To endorse it.\n\nAlternative Options Considered and Rejected: None.\n")
    assert item.recommendations == [("Council", "That the Strategy be adopted.")]
    assert item.decisions == ["That it be noted."]
    assert (item.reasons, item.alternatives) == (["To endorse it."], ["None."])


@pytest.mark.parametrize("decided", ["Decision:\nAgreed.", "RESOLVED: Approved as recommended."])
def test_a_decision_that_only_agrees_decides_the_recommendation_printed_over_it(decided):
    item, _ = read(f"Officer recommendation: That the Board approve the budget.\n\n{decided}\n")
    assert item.decisions == ["That the Board approve the budget."]
    assert read("The report was discussed.\n\nDecision: Agreed.\n")[0].decisions == ["Agreed."]  # (nothing over it)


def test_moderngov_resolved_that():
    item, _ = read("RESOLVED that the minutes be approved as a correct record.\n")
    assert item.decisions == ["that the minutes be approved as a correct record."]


def test_parish_inline_resolution_with_proposer_and_seconder():
    item, _ = read("Cllr Oduya proposed, Cllr Kettleby seconded, and it was RESOLVED to approve\n"
                   "the minutes. They were "
                   "signed.\n")
    assert item.decisions == ["to approve the minutes."]
    assert (item.motions[0].mover.name, item.motions[0].seconder.name) == ("Oduya", "Kettleby")


@pytest.mark.parametrize("text", ["The Committee recommends to Council:\n\nThat the Annual Plan be adopted.\n",
                                  "RECOMMENDED to Council that the Annual Plan be adopted.\n",
                                  "RECOMMENDATION TO COUNCIL: That the Annual Plan be adopted.\n"])
def test_a_recommendation_to_another_body_in_each_form_committees_print(text):
    item, _ = read(text)
    assert [(to, what.lower()) for to, what in item.recommendations] == [("Council",
                                                                          "that the annual plan be adopted.")]
    assert item.decisions == []


def test_recommends_to_cabinet_inside_a_resolution():
    item, _ = read("RESOLVED:\n\n(a) That the report be noted.\n\n(b) That the Panel recommends to Cabinet that funds "
                   "be found.\n")
    assert item.decisions == ["That the report be noted."]
    assert item.recommendations[0][0] == "Cabinet"


def test_declarations_under_an_item_subheading_with_kinds_and_leaving():
    item, _ = read("Item 9 – Petition – Welfare Benefits Team\n\nCouncillor Sue Anderson declared a non-pecuniary "
                   "interest in that she was a Friend of HAD. She would remain in the Chamber.\n\n"
                   "Councillor Susan Hall "
                   "declared a disclosable non-pecuniary interest and would leave the Chamber for this item.\n")
    first, second = item.declarations
    assert (first.name.name, first.kind, first.left_room, first.interest) == (
        "Sue Anderson", "non-pecuniary", False, "she was a Friend of HAD")
    assert (second.kind, second.left_room, second.item) == ("non-pecuniary", True,
                                                            "Item 9 – Petition – Welfare Benefits Team")


def test_moderngov_declaration_naming_the_item():
    item, _ = read("Councillor Priya Ravindran declared a non-pecuniary interest in Item 6 as she is a member of "
                   "the Society, and left the room for that item.\n")
    assert (item.declarations[0].item, item.declarations[0].left_room) == ("6", True)


def test_declaration_naming_a_lettered_point_of_an_item():
    item, _ = read("Cllr Brown declared a pecuniary interest in item 24/06(b) as the applicant's neighbour.\n")
    assert (item.declarations[0].item, item.declarations[0].interest) == ("24/06", "the applicant's neighbour")


def test_a_non_financial_interest_in_an_item_of_the_agenda():
    item, _ = read("Councillor Ross MacLeod declared a non-financial interest in item 5 of the agenda as he is a "
                   "director of the Housing Trust. He left the meeting and took no part in its consideration.\n")
    found = [(d.name.name, d.kind, d.item, d.interest, d.left_room) for d in item.declarations]
    assert found == [("Ross MacLeod", "non-financial", "5", "he is a director of the Housing Trust", True)]


def test_declaration_naming_the_items_subject_in_brackets_after_its_number():
    item, _ = read("Cllr Patel declared a pecuniary interest in item 23/106 (planning application 23/01544/HOUS) as "
                   "the applicant is a relative.\n")
    assert (item.declarations[0].item, item.declarations[0].interest) == ("23/106", "the applicant is a relative")


@pytest.mark.parametrize(("text", "declared"), [
    ("Declarations of Interest: Cllr Jones – personal interest in item 8 as a member of the Allotment Society.\n",
     ("Jones", "personal", "a member of the Allotment Society", "8", None)),
    ("Cllr Jones: pecuniary interest in item 8 (owns adjacent land), left the room.\n",
     ("Jones", "pecuniary", None, "8", True)),
])
def test_a_declaration_listed_under_a_label_without_a_verb(text, declared):
    item, _ = read(text)
    assert [(d.name.name, d.kind, d.interest, d.item, d.left_room) for d in item.declarations] == [declared]


def test_a_conflict_of_interest_graded_as_a_code_of_conduct_grades_it():
    item, _ = read("Cr Raj Patel declared a material conflict of interest in Item 6.1 as he owns land adjoining the "
                   "site.\n")
    assert [(d.name.name, d.kind, d.interest, d.item) for d in item.declarations] == [
        ("Raj Patel", "material", "he owns land adjoining the site", "6.1")]


def test_motion_to_be_moved_and_seconded():
    item, _ = read("1. “Accessible London Underground stations Motion\n\nTo be moved by Councillor Krishna Suresh and "
                   "seconded by Councillor Sue Anderson:\n")
    motion = item.motions[0]
    assert (motion.title, motion.mover.name, motion.seconder.name) == (
        "Accessible London Underground stations Motion", "Krishna Suresh", "Sue Anderson")


def test_petition():
    item, _ = read("- (i) Petition submitted by Bill Phillips, Chair of HAD, stating\n\n“We demand funding”.\n")
    assert item.petitions == ["Petition submitted by Bill Phillips, Chair of HAD, stating “We demand funding”."]


def test_substitutes_table_side_by_side_inside_a_resolution():
    item, found = read("AGREED: To\n\n(1) note the substitute Members:-\n\n"
                       "Ordinary Member\tReserve Member\tOrganisation\n"
                       "Simon Ovens\tGary Warby\tHarrow Police\n\n(2) note the apologies received.\n")
    assert len(item.decisions) == 2
    assert [(a.name.name, a.status, a.substitute_for.name) for a in found.attendance] == [
        ("Gary Warby", "substitute", "Simon Ovens")]


def test_substitutes_as_two_lists():
    _, found = read("RESOLVED: To note the Reserve Members:-\n\nOrdinary Member\n\nCouncillor Brian Gate\n"
                    "Councillor Janet Mote\n\nReserve Member\n\n"
                    "Councillor William Stoodley\nCouncillor Husain Akhtar\n")
    assert [(a.name.name, a.substitute_for.name) for a in found.attendance] == [
        ("William Stoodley", "Brian Gate"), ("Husain Akhtar", "Janet Mote")]


def test_apologies_and_absence_sentences_inside_an_item():
    _, found = read("Apologies were received and accepted from Cllr T. Lowther (work commitments).\n"
                    "Cllr H. Greaves was absent.\n\nPete Moss was not present.\n\n"
                    "Cllr Ann Bell was not present for the vote on item 5.\n")
    assert [(a.name.name, a.status) for a in found.attendance] == [
        ("T. Lowther", "apologies"), ("H. Greaves", "absent"), ("Pete Moss", "absent")]


def test_guests_welcomed_to_the_meeting():
    _, found = read("The Chair welcomed Ugo Egenti and Ganimete Vucaj, representatives from Beyond Limits, to the "
                    "meeting.\n")
    assert [(a.name.name, a.status, a.organisation) for a in found.attendance] == [
        ("Ugo Egenti", "in_attendance", "Beyond Limits"), ("Ganimete Vucaj", "in_attendance", "Beyond Limits")]


def test_officer_attendance_after_the_signature():
    _, found = read("Officer Attendance:\n\nKamini Rambellas – Interim Divisional Director\n"
                    "Sue Dixon – Designated Nurse\n")
    assert [(a.name.name, a.role, a.capacity) for a in found.attendance] == [
        ("Kamini Rambellas", "Interim Divisional Director", "officer"), ("Sue Dixon", "Designated Nurse", "officer")]


def test_closing_note_times_and_minutes_references():
    item, found = read("RESOLVED: That the minutes of the meeting held on 6 December 2012 be signed.\n\n"
                       "[Note: The Meeting, having commenced at 6.00 pm, closed at 7.07 pm]\n")
    assert (found.start, found.end) == ("18:00", "19:07") and item.references == ["minutes of 2012-12-06"]


def test_proposal_then_it_was_resolved_unanimously():
    item, _ = read("Cllr Ostrowski proposed and Cllr Quayle seconded that the application be called in. "
                   "It was RESOLVED unanimously.\n")
    assert item.decisions == ["that the application be called in"]


def test_proposed_seconded_and_resolved_without_it_was():
    item, _ = read("It was proposed by Councillor Carver, seconded by Councillor Abernethy, and RESOLVED that\n"
                   "the meeting be adjourned.\n")
    assert item.decisions == ["that the meeting be adjourned."]


def test_motion_carried_with_vote_count_is_a_decision():
    item, _ = read("(a) Proposed Cllr Tanner, seconded Cllr Pickering; carried 6 for, 0 against, 1 abstention: to\n"
                   "approve payments of £1,946.18. (b) The bank reconciliation was received.\n"
                   "(c) Proposed Cllr Dunning; carried 5 for, 1 against: to move £2,000 to reserves.\n")
    assert item.decisions == ["to approve payments of £1,946.18", "to move £2,000 to reserves"]


def test_refused_for_the_following_reasons_is_one_decision():
    item, _ = read("RESOLVED: That permission be REFUSED for the following reasons:\n\n(1) unsafe access; and\n\n"
                   "(2) harm to the listed building.\n")
    assert item.decisions == ["That permission be REFUSED for the following reasons: (1) unsafe access; and "
                              "(2) harm to the listed building."]


def test_apologies_in_a_paragraph_with_a_resolution():
    item, found = read("Apologies were received from Cllr C Ormerod (family commitment). It was RESOLVED\n"
                       "unanimously that the reasons be accepted.\n")
    assert [(a.name.name, a.status) for a in found.attendance] == [("C Ormerod", "apologies")]
    assert item.decisions == ["that the reasons be accepted."]


def test_scottish_the_committee_agreed_with_lettered_decisions():
    item, _ = read("Following questions, the Committee agreed:-\n\n(a) to note the report;\n\n"
                   "(b) to request a further report.\n\nMs A left the meeting.\n")
    assert item.decisions == ["to note the report;", "to request a further report."]


def test_the_committee_resolved_that_in_one_paragraph():
    item, _ = read("The Committee resolved that under Section 50A(4) of the Act, the public be excluded.\n")
    assert item.decisions == ["that under Section 50A(4) of the Act, the public be excluded."]


def test_the_body_agreed_that_in_lower_case_keeps_the_sentence_resolved_that_reads_as_a_resolution():
    item, _ = read("The Board agreed that medicines and prescribing was a fundamental issue.\n")
    assert item.decisions == ["The Board agreed that medicines and prescribing was a fundamental issue."]
    item, _ = read("The Council RESOLVED that the budget be set.\n")
    assert item.decisions == ["that the budget be set."]


def test_the_group_s_decision_told_as_such_is_a_decision_and_so_is_what_the_group_agreed_to():
    item, _ = read("Charter not adopted. Questions were raised. Group decision to review current charter language, "
                   "and revisit at the next meeting.\n\nThe group agreed to meet in May.\n\nThe decision to wait was "
                   "questioned.\n")
    assert item.decisions == ["Group decision to review current charter language, and revisit at the next meeting.",
                              "The group agreed to meet in May."]


def test_what_councilors_spelt_the_american_way_agreed_or_decided_to_do_is_a_decision():
    item, _ = read("The Councilors discussed the dock.\n\nThe Councilors agreed to add a clarification to item c.\n\n"
                   "The Councilors decided to remove the clause.\n\nAll Councilors present were happy with this.\n")
    assert item.decisions == ["The Councilors agreed to add a clarification to item c.",
                              "The Councilors decided to remove the clause.",
                              "All Councilors present were happy with this"]


def test_a_decimal_in_a_decision_told_in_narrative_is_no_paragraph_number_that_ends_it():
    item, _ = read("After the discussion, it was decided to keep the interest rate unchanged at\n0.25 percent. Four "
                   "members supported it.\n")
    assert item.decisions == [
        "After the discussion, it was decided to keep the interest rate unchanged at 0.25 percent."]


def test_each_bullet_under_a_sentence_deciding_on_a_list_of_steps_is_a_decision():
    item, _ = read("After the discussion, it was decided to lower the interest rate. In addition, the Committee\n"
                   "decided unanimously on two additional steps:\n\n- To put a new monetary policy instrument into\n"
                   "operation: the\n\nbanks get loans for three years.\n\n- The expansion of the repo program.\n\n"
                   "The discussion focused on the pandemic.\n")
    assert item.decisions == [
        "After the discussion, it was decided to lower the interest rate.",
        "To put a new monetary policy instrument into operation: the banks get loans for three years.",
        "The expansion of the repo program."]


def test_the_body_agreed_a_thing_it_names_is_a_decision_agreeing_in_discussion_is_none():
    item, _ = read("The Board discussed the draft. The Board agreed amendments to the statement.\n\n"
                   "MW agreed, stating that the Board's end goal was to get standards used.\n")
    assert item.decisions == ["The Board agreed amendments to the statement"]
    item, _ = read("The Board agreed on the need for more data.\n")
    assert item.decisions == []


def test_what_the_body_agreed_after_discussing_from_the_verb_on():
    item, _ = read("The Board discussed the letter and made some minor amendments, but agreed that final sign off "
                   "would take place at the next meeting. MC said that this would help.\n")
    assert item.decisions == ["agreed that final sign off would take place at the next meeting"]
    item, _ = read("The Board discussed the letter and made some minor amendments.\n")
    assert item.decisions == []


def test_scottish_declared_a_connection():
    item, _ = read("Councillor Cruickshank declared a connection in item 5 as a member of the Board.\n")
    assert [(d.name.name, d.item) for d in item.declarations] == [("Cruickshank", "5")]


def test_an_other_registrable_interest_as_a_code_of_conduct_names_it_in_capitals():
    item, _ = read("Councillor Jones declared an Other Registrable Interest in item 4 and took no part in the vote.\n")
    assert [(d.name.name, d.item, d.kind) for d in item.declarations] == [("Jones", "4", "other-registrable")]


def test_reason_for_apologies_is_not_an_organisation():
    _, found = read("Apologies were received from Cllr R Akinola (holiday) and Cllr S Venables (illness).\n")
    assert [(a.name.name, a.status, a.organisation) for a in found.attendance] == [
        ("R Akinola", "apologies", None), ("S Venables", "apologies", None)]


def test_apologies_noted_from_or_tendered_by():
    for text in ("Apologies were noted from Cllr R Akinola (holiday).\n",
                 "Apologies were tendered by Cllr R Akinola.\n",
                 "The General Counsel reported apologies from Cllr R Akinola.\n"):  # reported by an officer
        _, found = read(text)
        assert [(a.name.name, a.status) for a in found.attendance] == [("R Akinola", "apologies")]


def test_grant_subject_to_conditions_is_one_decision():
    item, _ = read("RESOLVED: That the Manager be authorised to GRANT permission subject to:\n\n"
                   "(a) a section 106 agreement; and\n\n(b) the conditions in the report.\n")
    assert len(item.decisions) == 1 and item.decisions[0].endswith("(b) the conditions in the report.")


def test_bilingual_resolved_label():
    item, _ = read("PENDERFYNWYD / RESOLVED:\n\n(a) to approve the payments;\n\n(b) to set the precept.\n")
    assert item.decisions == ["to approve the payments;", "to set the precept."]


def test_motion_proposed_cllr_a_seconded_cllr_b():
    item, _ = read("Proposed Cllr Grieve, seconded Cllr Hollis; it was RESOLVED unanimously that the minutes be "
                   "approved.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Grieve", "Hollis", "carried")]


def test_scottish_motion_and_amendment_seconded_by_then_moved():
    item, _ = read("Councillor Baird, seconded by Councillor Rattray, moved that the Committee note the report. As an\n"
                   "amendment, Councillor MacPhail, seconded by Councillor Drummond, moved that the report be "
                   "continued.\n\nOn a division the motion was declared carried.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Baird", "Rattray", "carried"), ("MacPhail", "Drummond", "carried")]


def test_moved_by_and_seconded_by_then_that():
    item, _ = read("It was moved by Councillor Appleyard and seconded by Councillor\nGhani that the application be "
                   "approved.\n")
    assert [(m.mover.name, m.seconder.name) for m in item.motions] == [("Appleyard", "Ghani")]


def test_declaration_by_a_plural_title_names_each_member():
    item, _ = read("Cllrs Hale and Lind declared an interest in a planning application by the nursery.\n")
    assert [(d.name.name, d.interest) for d in item.declarations] == [
        ("Hale", "in a planning application by the nursery"), ("Lind", "in a planning application by the nursery")]


def test_declaration_of_a_dpi_with_a_dotted_title_and_initial():
    item, _ = read("Cllr. Mrs S. Hale declared a DPI in the planning application at the Green.\n")
    assert [(d.name.name, d.kind) for d in item.declarations] == [("S. Hale", "pecuniary")]


def test_declaration_discloses_a_pecuniary_interest_in_present_tense():
    item, _ = read("That it BE NOTED Councillor E. Hale discloses a pecuniary interest in item 8, by indicating "
                   "that a family member works there.\n")
    assert [(d.name.name, d.kind, d.item) for d in item.declarations] == [("E. Hale", "pecuniary", "8")]


def test_members_accepted_apologies_from_councillors():
    _, found = read("Members accepted apologies for absence from Cllrs Ann Hale, (Business) and Tom Lind\n(holiday).\n")
    assert [(a.name.name, a.status, a.role) for a in found.attendance] == [
        ("Ann Hale", "apologies", "Councillor"), ("Tom Lind", "apologies", "Councillor")]


def test_minutes_circulated_approved_and_signed_as_correct():
    item, _ = read("Circulated, approved & signed as\ncorrect.\n")
    assert item.decisions == ["Circulated, approved & signed as correct"]


def test_all_approved_for_payment_under_a_list_of_payments():
    item, _ = read("Grass cutting - £131.04 (Ch. No. 300531)\nInsurance - £543.97 (Ch. No. 300534)\n"
                   "All approved for payment.\n")
    assert item.decisions == ["All approved for payment"]


def test_all_members_present_were_happy_with_an_arrangement():
    item, _ = read("The hall is closed. After discussion all Councillors present were happy with this\n"
                   "arrangement. It opens in May.\n")
    assert item.decisions == ["After discussion all Councillors present were happy with this arrangement"]


def test_agreed_opening_a_sentence_after_two_spaces():
    item, _ = read("Both are in a poor state.  Agreed to remove the bench on the green.  Cllr Hale will repair it.\n")
    assert item.decisions == ["Agreed to remove the bench on the green."]


def test_transcript_speaker_with_a_full_name_is_in_attendance():
    _, found = read("City Solicitor: “Next item.”\n\nJeremy Hale: “We are here from Safety Measures”.\n\n"
                    "Ms. Rosa Lind: “Good morning.”\n\nMs. Lind: “Thank you.”\n")
    assert [(a.name.name, a.status) for a in found.attendance] == [("Jeremy Hale", "in_attendance"),
                                                                   ("Rosa Lind", "in_attendance")]


def test_a_mover_and_seconder_named_in_full_with_a_personal_title_attended():
    _, found = read("Mr Michael Swan proposed and Mr Tony Rossiter seconded that the minutes were a true record, and "
                    "this was confirmed by all present.\n")
    assert [(e.name.name, e.status) for e in found.attendance] == [
        ("Michael Swan", "in_attendance"), ("Tony Rossiter", "in_attendance")]
    _, found = read("Cllr Swan proposed and Cllr Rossiter seconded that the minutes be approved, carried.\n")
    assert found.attendance == []


def test_appointments_made_on_receiving_a_vote_are_a_decision():
    item, _ = read("Upon receiving the majority vote of the Council, the following individuals were\n"
                   "appointed to the following Boards and Commissions. Mr. Skala abstained.\n")
    assert item.decisions == ["Upon receiving the majority vote of the Council, the following individuals were "
                              "appointed to the following Boards and Commissions"]


def test_minute_whose_title_is_the_sentence_recording_its_decision():
    lines = read_lines("doc.txt", "4. The Treasurer’s submission of Statement of Accounts and Asset\n"
                                  "   Register were approved and the examiner was thanked.\n")[0]
    item = ItemDraft(title="The Treasurer’s submission of Statement of Accounts and Asset", line=lines[0],
                     lines=lines[1:], kind="minutes")
    read_blocks(item, Found())
    assert item.decisions == ["The Treasurer’s submission of Statement of Accounts and Asset Register were approved "
                              "and the examiner was thanked"]


def test_minute_titled_as_a_heading_records_no_decision_from_its_title():
    lines = read_lines("doc.txt", "4. Treasurer's report\n   The report was noted.\n")[0]
    item = ItemDraft(title="Treasurer's report", line=lines[0], lines=lines[1:], kind="minutes")
    read_blocks(item, Found())
    assert item.decisions == []


def test_body_agreed_unanimously_with_or_to_is_a_decision():
    item, _ = read("The Board agreed unanimously with this review.\n\nThe Board unanimously agreed to adopt this "
                   "updated policy.\n")
    assert item.decisions == ["The Board agreed unanimously with this review",
                              "The Board unanimously agreed to adopt this updated policy"]


def test_a_request_and_this_was_agreed_is_a_decision():
    item, _ = read("Text. The Commissioner asked if this review could be shared with his colleagues\n"
                   "and this was agreed.\n")
    assert item.decisions == ["The Commissioner asked if this review could be shared with his colleagues and this "
                              "was agreed"]


def test_it_was_agreed_in_capitals_inside_a_paragraph_keeps_its_marker_and_ends_before_the_next_numbered_point():
    item, _ = read("Ali tabled details of a metal shed and once the dimensions were final it was AGREED to\n"
                   "purchase.\n")
    assert item.decisions == ["it was AGREED to purchase."]
    item, _ = read("MS informed the Trustees. It was AGREED that content would be sent to them. 9.2    It became\n"
                   "apparent that the action had not been implemented.\n")
    assert item.decisions == ["It was AGREED that content would be sent to them."]


def test_a_passive_sentence_records_what_the_meeting_approved_authorised_or_confirmed():
    item, _ = read("Online payments were authorised in respect of the following invoices.\n")
    assert item.decisions == ["Online payments were authorised in respect of the following invoices."]
    item, _ = read("The code of conduct was reviewed and confirmed as the applicable code.\n")
    assert item.decisions == ["The code of conduct was reviewed and confirmed as the applicable code."]
    item, _ = read("Cheques for the following invoices were signed\n")
    assert len(item.decisions) == 1


def test_a_passive_sentence_saying_who_else_decided_or_when_is_no_decision():
    for text in ("THE EAR WAS APPROVED BY MWBOO ON NOVEMBER 12, 2019.\n",
                 "The initial agreement was approved for five years on April 17, 2009.\n",
                 "These minutes were approved at the June 2020 Meeting.\n",
                 "No view until the local plan was adopted.\n", "The lease was signed last week.\n"):
        assert read(text)[0].decisions == [], text


def test_an_item_titled_by_the_sentence_recording_its_decision():
    lines = read_lines("doc.txt", "3. The Chair’s annual report was approved\n")[0]
    item = ItemDraft(title="The Chair’s annual report was approved", line=lines[0], lines=[])
    read_blocks(item, Found())
    assert item.decisions == ["The Chair’s annual report was approved"]


def test_members_of_the_public_who_spoke_attended():
    _, found = read("105.2 Mr R Judd spoke about the letter. Alex Hellman and Carly Irving addressed the council "
                    "regarding a shop. Michael Salch was concerned about storm water run-off.\n")
    assert [(e.name.name, e.status) for e in found.attendance] == [
        ("R Judd", "in_attendance"), ("Alex Hellman", "in_attendance"), ("Carly Irving", "in_attendance"),
        ("Michael Salch", "in_attendance")]


def test_someone_the_matter_was_raised_and_addressed_by_attended_with_the_post_and_organisation_after_the_name():
    _, found = read("Boat launch issue was raised and addressed by Marc Dumont, President of the Westshire Manor "
                    "Association. Several members met with Mr. Dumont in June.\n")
    assert [(e.name.name, e.status, e.role, e.organisation, e.capacity) for e in found.attendance] == [
        ("Marc Dumont", "in_attendance", "President", "Westshire Manor Association", "other")]


def test_who_reported_for_a_unit_under_a_heading_of_reports_attended_from_it():
    lines = read_lines("doc.txt", "Entertainment Council (Emily Tung)\n\nFlyers are being passed round.\n")[0]
    for title, expected in [("UNIT DIRECTOR REPORTS", [("Emily Tung", "in_attendance", "Entertainment Council")]),
                            ("NEW BUSINESS", [])]:
        item, found = ItemDraft(title=title, line=lines[0], lines=lines), Found()
        read_blocks(item, found)
        assert [(e.name.name, e.status, e.organisation) for e in found.attendance] == expected


def test_a_speaker_introduced_by_a_paragraph_of_their_name_and_street_address_attended():
    _, found = read("**Opposed:**\n\n**Mary Mann, 5215 Childs Road, Rivergrove, OR.**\n\nMs. Mann began her testimony "
                    "by claiming that the comments were not presented.\n\nThe applicant, 12 High Street, objected.\n")
    assert [(e.name.name, e.status) for e in found.attendance] == [("Mary Mann", "in_attendance")]


def test_someone_from_a_firm_who_presented_attended_from_it_and_initials_in_brackets_are_no_firm():
    _, found = read("Jennifer Sylvester from AppGeo presented on a cloud-based approach. Michael Terner (AppGeo) "
                    "presented on storage.\n\nRob Francis (RF) explained that he had worked with members.\n")
    assert [(e.name.name, e.status, e.organisation, e.capacity) for e in found.attendance] == [
        ("Jennifer Sylvester", "in_attendance", "AppGeo", "other"),
        ("Michael Terner", "in_attendance", "AppGeo", "other"), ("Rob Francis", "in_attendance", None, None)]


def test_an_office_or_a_title_with_a_surname_alone_who_spoke_names_nobody_new():
    _, found = read("Mr. Skala asked about the bill. Mayor McDavid asked for comments. Cllr Cobb asked a question. "
                    "Chief White suggested an extension.\n")
    assert found.attendance == []
    _, found = read("Jan Dye suggested a bench by the pond.\n")
    assert [(e.name.name, e.status) for e in found.attendance] == [("Jan Dye", "in_attendance")]


def test_the_councils_response_under_each_planning_application_is_its_decision():
    item, _ = read("3/15/0568/FUL – Pipers End Farm, East End Green\n\nCouncil suggested restrictions on hours. "
                   "Noise was discussed.\n\n3/15/0557/HH – 46 Chapel Lane\n\nNo comment\n")
    assert item.decisions == ["Council suggested restrictions on hours", "No comment"]
    item, _ = read("21/03312/FUL - Ivy Cottage, Church Street: extension and garage.\n")  # the proposal, no response
    assert item.decisions == []


def test_an_item_titled_by_a_planning_application_records_the_response_under_it():
    lines = read_lines("doc.txt", "Members asked the clerk to request more information. Cllr A agreed to help.\n")[0]
    item = ItemDraft(title="1645/FUL Fair Oak, 12 Staines Green", line=lines[0], lines=lines)
    read_blocks(item, Found())
    assert [d.rstrip(".") for d in item.decisions] == ["Members asked the clerk to request more information"]


def test_a_planning_application_cut_short_after_one_letter_of_its_response_reads_no_response():
    lines = read_lines("doc.txt", "E\n")[0]
    item = ItemDraft(title="PL61/20 APPLICATION 20/01477/FUL - 27 CHAPEL ROW", line=lines[0], lines=lines)
    read_blocks(item, Found())
    assert item.decisions == []


def test_a_councillor_who_attended_as_substitute_for_the_one_member_who_sent_apologies():
    _, found = read("Apologies were received from Councillor Coombes. Councillor Jos Clark attended as substitute.\n")
    assert [(e.name.name, e.status, e.substitute_for and e.substitute_for.name) for e in found.attendance] == [
        ("Coombes", "apologies", None), ("Jos Clark", "substitute", "Coombes")]


def test_a_public_comment_or_a_presentation_with_the_presenters_role_between_commas():
    _, found = read("Court Skinner provided public comment. Patrick Heisinger, Assistant City Manager, made a "
                    "presentation.\n")
    assert [(e.name.name, e.status, e.role) for e in found.attendance] == [
        ("Court Skinner", "in_attendance", None), ("Patrick Heisinger", "in_attendance", "Assistant City Manager")]


def test_decision_form_field_with_numbered_resolutions_up_to_the_next_field():
    item, _ = read("(c)   Declarations of interest:\n      None\n(d)   Decision taken\n\n"
                   "      That the Committee:\n      1.    Noted the membership.\n      2.    Approved the\n"
                   "            dates.\n\n(e)   Exempt Information?\n      Open\n\n"
                   "(f)   Decision made in exempt session?\n      No\n")
    assert item.decisions == ["Noted the membership.", "Approved the dates."]


def test_decision_form_field_holding_one_paragraph():
    item, _ = read("(d)    Decision taken\n\n       The Committee debated the petition and referred it to\n"
                   "       the Chair.\n\n(e)    Exempt Information?\n       Open\n")
    assert item.decisions == ["The Committee debated the petition and referred it to the Chair."]


def test_resolution_lead_in_naming_the_body_with_past_tense_points():
    item, _ = read("That the Transport and Connectivity Policy Committee:\n1.    Noted the membership.\n"
                   "2.    Noted the appointment of Councillor A as the Chair of the\n      Committee.\n")
    assert item.decisions == ["Noted the membership.", "Noted the appointment of Councillor A as the Chair of the "
                              "Committee."]


def test_resolution_lead_in_naming_the_body_before_or_after_its_remit():
    for lead_in in ("That the Committee for Parks and Leisure:", "That the Parks & Leisure Sub-Committee: -",
                    "That the Board of Trustees"):
        item, _ = read(f"{lead_in}\n1.    Noted the membership.\n2.    Approved the dates.\n")
        assert item.decisions == ["Noted the membership.", "Approved the dates."], lead_in


def test_resolution_lead_in_with_points_to_do_is_not_a_decision():
    item, _ = read("That the Committee:\n1.    Note the membership.\n2.    Approve the dates.\n")
    assert item.decisions == []


def test_public_commenter_with_a_street_address_between_commas():
    _, found = read("Jan  Dye,  2222  Bluff  Boulevard,  stated  she  was  a  member of the Commission.\n\n"
                    "Sarah Froese explained she worked at the hospital.\n\nMr. Skala explained he agreed.\n")
    assert [(a.name.name, a.status) for a in found.attendance] == [("Jan Dye", "in_attendance"),
                                                                   ("Sarah Froese", "in_attendance")]


def test_staff_who_provided_a_staff_report_are_officers_in_attendance():
    _, found = read("Mr. Johnsen and Mr. Johanningmeier provided a staff report.\n\n"
                    "Fire Chief White provided a staff report.\n")
    assert [(a.name.name, a.status, a.capacity, a.role) for a in found.attendance] == [
        ("Johnsen", "in_attendance", "officer", None), ("Johanningmeier", "in_attendance", "officer", None),
        ("White", "in_attendance", "officer", "Fire Chief")]


def test_minutes_signed_respectfully_submitted_by_the_clerk():
    _, found = read("The meeting adjourned at 11:21 p.m.\n\nRespectfully submitted,\n\nSheela Amin\nCity Clerk\n")
    assert [(a.name.name, a.status, a.role) for a in found.attendance] == [("Sheela Amin", "in_attendance",
                                                                             "City Clerk")]


@pytest.mark.parametrize("signed, post", [
    ("Respectfully submitted,  \nLeanne Moll  \nCity Recorder\n", "City Recorder"),
    ("Respectfully submitted,\n\nLeanne Moll\nCity Manager/City Recorder\n", "City Manager/City Recorder"),
    ("Faithfully submitted,\n\nLeanne Moll\nASUCD Senate Recorder\nGender Commission\n", "ASUCD Senate Recorder"),
    ("Respectfully submitted,\nLeanne Moll, Recording Secretary\n", "Recording Secretary"),  # on one line
    ("Respectfully submitted,\n\nLeanne Moll, Clerk\n", "Clerk")])
def test_minutes_signed_in_one_paragraph_of_broken_lines_or_by_a_clerk_holding_two_posts(signed, post):
    _, found = read(f"The meeting was adjourned at 9:36 p.m.\n\n{signed}")
    assert [(a.name.name, a.status, a.role) for a in found.attendance] == [("Leanne Moll", "in_attendance", post)]


def test_supplementary_questions_headed_by_their_numbers_and_asker():
    _, found = read("Those who attended were invited to ask up to two supplementary questions.\n\n"
                    "Q1 & Q2 – Melissa Topping\n\nIt was confirmed that the group had met.\n\n"
                    "Q6, Q7 & Q8 – David Redgewell\n\nOfficers will work with the Mayor.\n")
    assert [(a.name.name, a.status) for a in found.attendance] == [("Melissa Topping", "in_attendance"),
                                                                   ("David Redgewell", "in_attendance")]


def test_supplementary_questions_headed_by_asker_and_topic():
    _, found = read("Those who attended the meeting asked supplementary questions.\n\n"
                    "Chris Whitfield - EV Charging for terraced homes\nOfficers confirmed the policy.\n\n"
                    "Matt Saunders - Bus Gates\n\nOfficers confirmed that signage was in order.\n")
    assert [a.name.name for a in found.attendance] == ["Chris Whitfield", "Matt Saunders"]


def test_question_headings_without_supplementary_questions_name_nobody_present():
    _, found = read("Questions were received as follows:\n\nQ1 & Q2 – Melissa Topping\n\nA written reply was sent.\n")
    assert found.attendance == []


def test_notes_signed_by_their_writer_with_the_post_beside_the_name():
    _, found = read("The Board agreed to meet by Zoom.\n\nNotes by Kathleen Braden, secretary.\n")
    assert [(a.name.name, a.role) for a in found.attendance] == [("Kathleen Braden", "secretary")]


def test_the_body_named_in_full_agreed_with_the_approach():
    item, _ = read("The Policy Committee for Transport and Connectivity noted the report and agreed with the approach\n"
                   "and next steps outlined in the paper.\n\nThe Committee noted the report.\n")
    assert item.decisions == ["The Policy Committee for Transport and Connectivity noted the report and agreed with "
                              "the approach and next steps outlined in the paper"]


def test_leave_to_abstain_for_a_conflict_of_interest_declares_it_on_each_measure():
    item, _ = read("Upon her request, Mr. Skala made a motion to allow Ms. Nauser to abstain from voting on R129-15,\n"
                   "R130-15, and R131-15 due to a conflict of interest.  Ms. Nauser noted on the Disclosure of\n"
                   "Interest form that her family business was involved in alcohol sales. The motion was seconded\n"
                   "by Mr. Trapp and approved unanimously by voice vote.\n")
    assert [(d.name.name, d.item, d.kind, d.interest) for d in item.declarations] == [
        ("Nauser", item_, "conflict of interest", "her family business was involved in alcohol sales")
        for item_ in ("R129-15", "R130-15", "R131-15")]


def test_resolved_after_a_paragraph_number():
    item, _ = read("105.1 A financial statement was received and noted.\n\n"
                   "105.2 RESOLVED that one payment, £1149.73 for salary and expenses be approved.\n")
    assert item.decisions == ["that one payment, £1149.73 for salary and expenses be approved."]


def test_the_council_resolved_in_capitals_with_the_body_in_lower_case():
    item, _ = read("The application was discussed. The council RESOLVED to object on the grounds of traffic.\n")
    assert item.decisions == ["to object on the grounds of traffic."]


def test_minutes_amended_and_then_accepted():
    item, _ = read("2.1  The minutes were amended to delete an inaccuracy and then accepted as a true and\n"
                   "     accurate record to be posted on the website.\n")
    assert len(item.decisions) == 1 and item.decisions[0].startswith("2.1 The minutes were amended")  # spaces closed


def test_minute_whose_title_is_a_resolution():
    from minutebook.importer.rules import _title_decision
    lines = read_lines("doc.txt", "x\n")[0]
    item = ItemDraft(title="It was RESOLVED to exclude the press and public under Standing Order 68", line=lines[0])
    _title_decision(item, [])
    assert item.decisions == ["to exclude the press and public under Standing Order 68"]


def test_paragraph_broken_by_a_page_goes_on_past_a_word_displaced_between_its_halves():
    text = ("The bills were given third reading with the vote recorded as follows: VOTING YES: A (except for\n\n"
            "None.\n\nshe abstained), B, C. VOTING NO: NO ONE. Bills declared enacted.\n")
    blocks = to_blocks(read_lines("doc.txt", text)[0])
    assert [b.text for b in blocks] == ["None.", "The bills were given third reading with the vote recorded as "
                                        "follows: VOTING YES: A (except for she abstained), B, C. VOTING NO: NO ONE. "
                                        "Bills declared enacted."]


def test_member_of_the_public_with_a_role_or_an_address_between_commas_who_explained_attended():
    _, found = read("Terry Crouch, the Vice Chair of the Housing Commission, explained grant proposals totaled $1.2 "
                    "million. Jay Lindner, 1400 Forum Boulevard, provided a handout and explained the rates.\n")
    assert [(e.name.name, e.status, e.role) for e in found.attendance] == [
        ("Terry Crouch", "in_attendance", "Vice Chair of the Housing Commission"),
        ("Jay Lindner", "in_attendance", None)]


def test_outline_point_opening_with_the_result_in_capitals_and_a_dash():
    item, _ = read("o APPROVED – 2018 Meetings Calendar\no Budget discussed\n"
                   "o APPROVED – Revised budget – B. Munro (motion), Z. Maiorca (second)\n")
    assert item.decisions == ["APPROVED – 2018 Meetings Calendar",
                              "APPROVED – Revised budget – B. Munro (motion), Z. Maiorca (second)"]


def test_a_point_saying_only_that_the_entry_was_approved_by_consent_is_its_decision():
    item, _ = read("Approve minutes from the previous public meeting\n- October 2022: link\n"
                   "- Approved by unanimous consent (including prior approval by Hilya, who was away). Merged.\n")
    assert item.decisions == ["Approved by unanimous consent (including prior approval by Hilya, who was away)"]
    moved, _ = read("- Motion to approve the budget by Ann Bell\n- Seconded by Tom Hale\n- Approved unanimously\n")
    assert len(moved.decisions) == 1  # the motion's decision; its result is no second one


def test_an_action_line_under_an_entry_saying_what_was_done_is_its_decision():
    item, _ = read("Recommendation: Adopt a resolution authorizing the disposal of surplus equipment.\n"
                   "Action: Adopted Resolution No. 2020-059.\n")
    assert item.decisions == ["Adopted Resolution No. 2020-059"]


def test_a_disposition_line_with_the_result_alone_decides_the_item_s_title():
    from minutebook.importer.rules import read_blocks
    decided = []
    for text in ("Document number: 191234\nDisposition: Passed\n", "Disposition: Adopted As Amended\n",
                 "Disposition: Passed to second reading as amended March 5, 2025\n", "Disposition: Placed on File\n"):
        lines = read_lines("doc.txt", text)[0]
        item = ItemDraft(title="Authorize a contract with Acme Paving Inc. (Ordinance)", line=lines[0], lines=lines)
        read_blocks(item, Found())
        decided.append(item.decisions)
    assert decided == [["Authorize a contract with Acme Paving Inc. (Ordinance)"],
                       ["Authorize a contract with Acme Paving Inc. (Ordinance), as amended"],
                       ["Passed to second reading as amended March 5, 2025"], []]


def test_a_motion_that_names_only_this_matter_decides_the_item_s_title():
    from minutebook.importer.rules import read_blocks
    decided = []
    for text in ("A motion was made by Director Bell, seconded by Director Hale, that this matter be adopted. The "
                 "motion carried by the following vote:\n\nYes: 2 - Director Bell, and Director Hale\n",
                 "A motion was made by Director Bell, seconded by Director Hale, that this matter be approved as "
                 "amended. The motion carried.\n"):
        lines = read_lines("doc.txt", text)[0]
        item = ItemDraft(title="Adoption of the Fare Equity Study", line=lines[0], lines=lines)
        read_blocks(item, Found())
        decided.append(item.decisions)
    assert decided == [["Adoption of the Fare Equity Study"], ["Adoption of the Fare Equity Study, as amended"]]


def test_a_school_s_governors_resolving_and_approving():
    resolved, _ = read("Mr Lowe presented the budget report. Governors RESOLVED to approve the revised budget.\n")
    assert resolved.decisions == ["Governors RESOLVED to approve the revised budget."]
    approved, _ = read("The Headteacher presented the policies. Governors approved the Whistleblowing Policy.\n")
    assert approved.decisions == ["Governors approved the Whistleblowing Policy."]


def test_an_action_line_saying_nothing_was_decided_is_no_decision():
    for text in ("Action: Presentation received, no action taken.\n", "Action: The Board took no reportable action.\n",
                 "Action: Staff to report back in March.\n"):
        assert read(text)[0].decisions == []


def test_outline_entry_titled_in_note_form_by_what_was_approved():
    lines = read_lines("doc.txt", "– Z. Maiorca (motion), T. Feinberg (second)\n")[0]
    done = ItemDraft(title="Minutes from 11/30/17 meeting approved", line=lines[0], lines=lines, kind="minutes")
    to_do = ItemDraft(title="Minutes to be approved", line=lines[0], lines=lines, kind="minutes")
    for item in (done, to_do):
        read_blocks(item, Found())
    assert (done.decisions, to_do.decisions) == (["Minutes from 11/30/17 meeting approved"], [])


def test_the_councils_response_at_the_end_of_each_application_line_under_a_planning_item():
    text = ("DM/2024/00233 – Reconsultation, The Woodlands, Tintern.   Approval recommended.\n"
            "DM/2024/00415 – The Old Inn.  Erection of a tent structure.  Approval recommended.\n"
            "DM/2024/00372 – Extension, Maple Cottage –  Respond saying the plans are unclear.\n"
            "DM/2024/00400 – Rose Cottage, Tintern.   Extension and garage.\n")  # the proposal, no response
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="To discuss Planning Applications", line=lines[0], lines=lines)
    read_blocks(item, Found())
    assert item.decisions == ["Approval recommended", "Approval recommended", "Respond saying the plans are unclear"]
    other, _ = read(text)  # not under an item about planning: a reference without a kind may be anything
    assert other.decisions == []


def test_each_paragraph_of_a_minute_titled_decisions_is_one_after_its_label():
    text = ("Community Groups: Applications to join were received from two groups. All were accepted.\n\n"
            "Updated Standing Orders: Amendments had been applied; these were accepted.\n")
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="Decisions", line=lines[0], kind="minutes", lines=lines)
    read_blocks(item, Found())
    assert item.decisions == ["Applications to join were received from two groups. All were accepted.",
                              "Amendments had been applied; these were accepted."]
    agenda = ItemDraft(title="Decisions", line=lines[0], kind="agenda", lines=lines)  # decisions still to take
    read_blocks(agenda, Found())
    assert agenda.decisions == []


def test_a_proposal_passed_in_a_later_paragraph_is_the_decision():
    item, _ = read("It was proposed that the scheme be approved in two tranches.\n\nThe second tranche follows.\n\n"
                   "This was passed unanimously.\n")
    assert item.decisions == ["It was proposed that the scheme be approved in two tranches"]
    item, _ = read("It was proposed that the scheme be approved.\n\nMembers discussed it at length.\n")
    assert item.decisions == []


def test_proposer_and_seconder_after_an_agreement_in_the_same_paragraph_moved_it_carried():
    item, _ = read("These are worn. It was agreed that these be replaced. Proposed by Cllr Bell, seconded by "
                   "Cllr Hale.\n")
    assert item.decisions == ["It was agreed that these be replaced."]
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]


def test_numbered_paragraphs_of_one_minute_line_after_line_are_read_one_by_one():
    item, _ = read("112.2 It was RESOLVED not to raise any objection.\n112.3 Cllr A resumed the chair.\n"
                   "112.4 The application was discussed. The council RESOLVED to object on the grounds of traffic.\n")
    assert item.decisions == ["not to raise any objection.", "to object on the grounds of traffic."]


def test_declarations_by_board_members_on_a_numbered_subitem_and_a_recusal():
    item, _ = read("Councillor Rosa Lind declared a pecuniary interest on item 6.2 as her husband owns the "
                   "property.\n\nCouncillor Tom Hale declared a non-registerable interest in item 7 as a neighbour.\n\n"
                   "Commissioner Bell recused himself from item 4 due to a business relationship with the "
                   "applicant.\n\n"
                   "Councillor Kit Mayo declared an interest in item 5 and did not take part in the discussion.\n")
    assert [(d.name.name, d.item, d.kind, d.interest) for d in item.declarations] == [
        ("Rosa Lind", "6.2", "pecuniary", "her husband owns the property"),
        ("Tom Hale", "7", "non-registerable", "a neighbour"),
        ("Bell", "4", None, "a business relationship with the applicant"),
        ("Kit Mayo", "5", None, None)]


@pytest.mark.parametrize(("text", "item"), [
    ("Supervisor Hale announced a conflict of interest on the contract and left the dais.\n", None),
    ("Mayor Hale stated she has a conflict of interest with item 3 and stepped down from the dais.\n", "3"),
    ("Trustee Hale abstained from voting on item 5 due to a conflict of interest.\n", "5"),
    ("Trustee Hale abstained from the vote on Item 8 due to a conflict of interest.\n", "8"),
    ("Member Hale advised of a perceived conflict of interest in item 7 because she is a member of the club.\n", "7"),
    ("Director Hale recused herself from Item 6.\n", "6"),  # (the item's word capitalised)
])
def test_a_conflict_of_interest_announced_stated_or_abstained_for_is_declared(text, item):
    drafted, _ = read(text)
    assert [(d.name.name, d.item) for d in drafted.declarations] == [("Hale", item)], drafted.declarations


@pytest.mark.parametrize("text", [
    "That the apologies from Cr R Akinola and Cr S Venables be accepted.\n\nCARRIED\n",
    "RESOLVED: That the apologies received from Councillors R Akinola and S Venables be sustained.\n",
    "That the apologies of Cr R Akinola and Cr S Venables for absence be received.\n",
    "That the Community Board:\na)   accept the apologies from Member R Akinola and Member S Venables for absence.\n",
])
def test_apologies_a_resolution_accepts_are_apologies(text):
    _, found = read(text)
    assert [(a.name.name, a.status) for a in found.attendance] == [("R Akinola", "apologies"),
                                                                   ("S Venables", "apologies")]


@pytest.mark.parametrize("kind", ["non-pecuniary less than significant", "non-pecuniary, significant",
                                  "significant non-pecuniary", "non-significant, non-pecuniary"])
def test_a_declaration_grading_a_non_pecuniary_interest_by_its_significance(kind):
    item, _ = read(f"Councillor J Black declared a {kind} interest in item CCL23/4 as a member of the club.\n")
    assert [(d.name.name, d.kind, d.item) for d in item.declarations] == [("J Black", "non-pecuniary", "CCL23/4")]


@pytest.mark.parametrize(("text", "interest"), [
    ("Mayor J Black declared a direct pecuniary interest in Item 6 as the owner of the land and vacated the chair; "
     "Deputy Mayor Brown assumed the chair.\n", "the owner of the land"),
    ("Councillor J Black declared an indirect pecuniary interest in Item 6 because his employer is the applicant, "
     "and recused himself.\n", "his employer is the applicant"),
])
def test_a_direct_or_indirect_interest_and_what_the_declarer_did_after_the_reason(text, interest):
    item, _ = read(text)
    assert [(d.name.name, d.kind, d.item, d.interest) for d in item.declarations] == [
        ("J Black", "pecuniary", "6", interest)]


def test_a_general_conflict_of_interest_as_codes_of_conduct_grade_it():
    item, _ = read("Cr Park declared a general conflict of interest in Item 8.2 as he is a member of the applicant.\n")
    assert [(d.name.name, d.kind, d.item) for d in item.declarations] == [("Park", "general", "8.2")]


def test_a_declarer_named_by_an_initial_without_its_full_stop():
    item, _ = read("Cr P Wells declared a pecuniary interest in item 7 as the owner of a neighbouring lot.\n")
    assert [(d.name.name, d.kind, d.item) for d in item.declarations] == [("P Wells", "pecuniary", "7")]


@pytest.mark.parametrize("declarer", ["Prof Ellis", "Professor Ellis", "Prof. Ellis"])
def test_a_declarer_with_an_academic_title(declarer):
    item, _ = read(f"{declarer} declared an interest in item 24/036 as a governor of Northshire College.\n")
    assert [(d.name.name, d.item, d.interest) for d in item.declarations] == [
        ("Ellis", "24/036", "a governor of Northshire College")]


@pytest.mark.parametrize("text", ["That leave of absence be granted to Cr Ann Bell and Cr Tom Hale for this meeting.\n",
                                  "Leave of absence was granted to Crs Ann Bell and Tom Hale.\n"])
def test_leave_of_absence_granted_for_this_meeting_excuses_the_members(text):
    _, found = read(text)
    assert [(a.name.name, a.status) for a in found.attendance] == [("Ann Bell", "apologies"), ("Tom Hale", "apologies")]


def test_leave_of_absence_granted_for_days_to_come_says_nothing_of_this_meeting():
    _, found = read("That leave of absence be granted to Cr Ann Bell for the period 1 to 30 June 2023.\n")
    assert found.attendance == []


def test_double_spaced_paragraph_goes_on_after_a_word_that_cannot_end_a_sentence():
    blocks = to_blocks(read_lines("doc.txt", "Present: Cllr A Bell, Cllr C Dale and\n\nCllr E Fox.\n\n"
                                             "The Clerk reported on the accounts for the\n\nParish Hall.\n\n"
                                             "The resolution was read by the\n\nClerk.\n\nMr. Lee reported.\n")[0])
    assert [b.text for b in blocks] == ["Present: Cllr A Bell, Cllr C Dale and Cllr E Fox.",
                                        "The Clerk reported on the accounts for the Parish Hall.",
                                        "The resolution was read by the Clerk.", "Mr. Lee reported."]


def test_a_paragraph_ended_by_a_capital_letter_or_a_capitals_heading_stays_apart():
    blocks = to_blocks(read_lines("doc.txt", "The report is at Appendix A\n\nThe Council noted it.\n\n"
                                             "The Clerk will write to the\n\nPLANNING\n")[0])
    assert [b.text for b in blocks] == ["The report is at Appendix A", "The Council noted it.",
                                        "The Clerk will write to the", "PLANNING"]


def test_a_member_declared_that_under_declarations_of_interest_is_a_declaration_elsewhere_text():
    text = "Jeni Tennison declared that she was on the advisory board of the partnership.\n"
    lines = read_lines("doc.txt", text)[0]
    declared = ItemDraft(title="Declarations of interest", line=lines[0], lines=lines)
    read_blocks(declared, Found())
    assert [(d.name.name, d.interest) for d in declared.declarations] == [
        ("Jeni Tennison", "she was on the advisory board of the partnership")]
    item, _ = read(text)  # an item of business: a statement, no declaration
    assert item.declarations == []


def test_general_agreement_alone_after_a_question_agrees_to_it_a_view_shared_is_no_decision():
    item, _ = read("A Bell asked whether the report should inform membership of the panel. There was general "
                   "agreement.\n")
    assert item.decisions == ["A Bell asked whether the report should inform membership of the panel. There was "
                              "general agreement"]
    item, _ = read("There was general agreement that the release of the data was a positive step.\n")
    assert item.decisions == []


def test_the_council_has_agreed_a_thing_it_names_is_a_decision():
    item, _ = read("111.4 The council has agreed a legal reserve and the clerk is empowered to take emergency "
                   "action.\n")
    assert item.decisions == ["The council has agreed a legal reserve and the clerk is empowered to take emergency "
                              "action"]


def test_paragraphs_set_apart_by_a_first_line_indent_and_no_blank_line_are_blocks_of_their_own():
    text = ("         A memo from the Comptroller regarding a budget amendment came before the Board for its\n"
            "consideration. The memo stated the amendment makes these changes:\n"
            "             • Recognizes bond proceeds and appropriates those funds for\n"
            "                   construction of parking structures.\n"
            "         Remaining bond proceeds will be held in restricted debt service accounts for\n"
            "appropriation at a later date.\n"
            "         Chair Bell then opened the public hearing.\n"
            "         Trustee Hale moved that the public hearing be closed. Motion was seconded by Trustee Bell.\n"
            "         On a motion by Trustee Bell and seconded by Trustee Hale, Resolution 2024-1 was adopted by\n"
            "the Board.\n")
    assert [block.first.number for block in to_blocks(read_lines("doc.txt", text)[0])] == [1, 5, 7, 8, 9]
    item = ItemDraft(title="Item", line=read_lines("doc.txt", text)[0][0], lines=read_lines("doc.txt", text)[0],
                     kind="minutes")
    read_blocks(item, Found())
    assert [(m.mover.name, m.seconder.name) for m in item.motions] == [("Hale", "Bell"), ("Bell", "Hale")]


def test_one_paragraph_set_in_over_the_margin_shows_no_paragraph_indent_for_the_lines_after_it():
    text = ("   The Board considered the amendment of the\n"
            "budget and these entries of it:\n"
            "   Item one is approved.\n"
            "   Item two is approved.\n")
    assert [block.first.number for block in to_blocks(read_lines("doc.txt", text)[0])] == [1]


def test_what_was_suggested_which_was_approved_is_a_decision_not_a_suggestion_seconded():
    item, _ = read('Text. KS suggested changing the wording from "will not" to "may not", which was approved. '
                   'Action: IR\n')
    assert item.decisions == ['changing the wording from "will not" to "may not", which was approved']
    item, _ = read("Ann proposed a new logo, which was seconded by Bo.\n")
    assert item.decisions == []


def test_a_resolution_s_preamble_leads_to_its_decision_and_one_tabled_decides_only_its_tabling():
    item, _ = read("WHEREAS, the Board deems it to be in the best interests of the Foundation,\n\n"
                   "NOW, THEREFORE, BE IT RESOLVED, that the Bylaws be amended; and be it further\n\n"
                   "RESOLVED, that this change shall become effective at once.\n\n"
                   "By unanimous vote, the above resolution passed.\n")
    assert item.decisions == ["that the Bylaws be amended; and be it further",
                              "that this change shall become effective at once."]
    item, _ = read("WHEREAS, the Board deems it best to establish a team, NOW, THEREFORE, BE IT RESOLVED, that a team "
                   "be established; and be it further\n\nRESOLVED, that A and B be its members.\n\n"
                   "By general consent, this resolution was tabled, with a recommendation to the President.\n")
    assert item.decisions == ["By general consent, this resolution was tabled, with a recommendation to the President"]
    item, _ = read("WHEREAS the hall roof leaks;\nTHEREFORE BE IT RESOLVED THAT the roof be repaired.\nCarried.\n")
    assert item.decisions == ["THAT the roof be repaired"]  # the outcome's line under it is no part of it


def test_the_board_stating_its_approval_of_what_was_put_to_it_is_a_decision():
    item, _ = read("Chuck queried the Board about setting up a new account. The Board stated approval and suggested "
                   "that the President sign.\n")
    assert item.decisions == ["The Board stated approval and suggested that the President sign"]


def test_a_labelled_outcome_with_its_count_and_a_proposal_s_source_that_moved_nothing():
    item, _ = read("proposed by IBM's Spark Technology Center\n\nPresented by Dave from IBM.\n\n"
                   "**Outcome:** Adopted, by a 7-2 vote (1 board member not present)\n")
    assert item.decisions == ["Adopted, by a 7-2 vote (1 board member not present)"]
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 7, "against": 2})]
    assert item.motions == []


def test_consensus_to_act_and_a_consensus_label_are_decisions_not_a_view_or_an_earlier_meeting_s():
    item, _ = read("The discussion was inconclusive, but there was consensus to invite one more member soon.\n\n"
                   "Consensus: no further action on this for now.\n\n"
                   "There was a consensus that there should be improved guidance.\n\n"
                   "At the last meeting, a proposal was accepted for the Center to coordinate the process.\n")
    assert item.decisions == ["to invite one more member soon", "no further action on this for now."]


def test_the_board_s_act_told_in_the_present_as_a_numbered_sentence_is_a_decision():
    item, _ = read("1.  The board approves the minutes of the February 27, 2020 meeting with no abstentions or "
                   "objections.\n\nThat the Board approves the budget, moved by A.\n")
    assert item.decisions == ["The board approves the minutes of the February 27, 2020 meeting with no abstentions "
                              "or objections"]


def test_resolutions_read_into_the_record_and_a_motion_introduced_carried_by_unanimous_consent():
    item, _ = read("RESOLVED, Paul Lipton is appointed to the Compensation Committee.\n\n"
                   "RESOLVED, the Board approves the redistribution of jQuery.\n")
    assert item.decisions == ["Paul Lipton is appointed to the Compensation Committee.",
                              "the Board approves the redistribution of jQuery."]
    item, _ = read("Mike Milinkovich introduced a motion to have the members meeting at EclipseCon. There was "
                   "unanimous consent to approve the following resolution:\n\nRESOLVED, that the Board approved it.\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Mike Milinkovich", "carried")]


def test_a_standards_body_s_resolution_in_capitals_is_a_decision():
    item, _ = read("<brent> PROPOSED: We will publish a First Public Working Draft of Render Method\n\n<ivan> +1\n\n"
                   "RESOLUTION: We will publish a First Public Working Draft of Render Method\n")
    assert item.decisions == ["We will publish a First Public Working Draft of Render Method"]


def test_a_chat_s_proposal_its_plus_ones_and_its_resolution():
    item, _ = read("<brent> PROPOSED: We will publish it\n\n<ivan> +1\n\n<phila> +1\ndlongley: +1\n\n<ivan> +1\n\n"
                   "RESOLUTION: We will publish it\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("brent", "carried")]
    assert [[p.name for p in v.sides["for"]] for v in item.votes] == [["ivan", "phila", "dlongley"]]
    assert item.decisions == ["We will publish it"]


def test_a_point_naming_what_was_approved_without_a_verb_of_being_is_a_decision():
    item, _ = read("* [Minutes of previous meeting](http://example.org/agm2017.html) approved\n")
    assert item.decisions == ["Minutes of previous meeting approved"]
    item, _ = read("* Accounts approved\n")
    assert item.decisions == ["Accounts approved"]
    item, _ = read("* Unanimously approved.\n")  # how a motion went, not a thing approved
    assert item.decisions == []


def test_a_member_proposing_a_thing_seconded_in_the_next_sentence_and_approved():
    item, _ = read("* Ann Bell proposes an amendment to the constitution to add a member. Seconded by Tom Hale and "
                   "approved.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Ann Bell", "Tom Hale", "carried")]
    assert item.decisions == ["an amendment to the constitution to add a member"]
    item, _ = read("* Jo nominates Kit Mayo to take over, seconded by Tom Hale.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Jo", "Tom Hale", None)]
    assert item.decisions == []


def test_a_member_s_apologies_told_in_a_sentence():
    _, found = read("Ann Bell submits his apologies. Cllr Tom Hale sent her apologies for absence.\n")
    assert [(e.name.name, e.status) for e in found.attendance] == [("Ann Bell", "apologies"), ("Tom Hale", "apologies")]
    _, found = read("Ann Bell and Tom Hale apologised for not informing Kit Mayo.\n")
    assert found.attendance == []


def test_a_labelled_motion_over_its_mover_and_seconder_named_without_labels_and_its_outcome():
    item, _ = read("Motion: that Rule 7 be amended.\n\nMoved Ann Bell\nSeconded Tom Hale\n\nMotion passed\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Ann Bell", "Tom Hale", "carried")]
    assert item.decisions == ["that Rule 7 be amended"]
    item, _ = read("Motion: that the minutes are a true record.\n\nMoved: Ann Bell\nSeconded: Tom Hale\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Ann Bell", "Tom Hale", None)]
    assert item.decisions == []


def test_those_elected_listed_under_a_sentence_that_says_so_are_one_decision():
    item, _ = read("The following officers were duly elected:\n\nPresident: Ann Bell\nSecretary: Tom Hale\n")
    assert item.decisions == ["The following officers were duly elected: President: Ann Bell Secretary: Tom Hale"]


def test_a_motion_moved_by_nobody_named_and_approved_in_the_next_sentence():
    item, _ = read("It was moved to hold the elections in order of the posts. This was approved by a 5-2 vote.\n")
    assert item.decisions == ["to hold the elections in order of the posts"]


def test_a_motion_carried_by_the_count_in_the_sentence_after_it():
    item, _ = read("Ann Bell moved that the elections be run by STV. 9 votes in favour, 1 against, 1 abstention.\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Ann Bell", "carried")]
    assert item.decisions == ["that the elections be run by STV"]


def test_a_proposal_of_a_thing_or_a_person_seconded_or_accepted_in_its_own_sentence():
    item, _ = read("Ann Bell proposed Kit Mayo for Publicity Officer.  The proposal was seconded by Tom Hale.\n")
    assert [(m.mover.name, m.seconder.name) for m in item.motions] == [("Ann Bell", "Tom Hale")]
    item, _ = read("Ian proposed a working group on amending the constitution; unanimously accepted.\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Ian", "carried")]
    assert item.decisions == ["a working group on amending the constitution"]


def test_the_body_s_vote_in_capitals_opening_a_sentence_or_as_a_label():
    item, _ = read("- VOTED unanimously and 4 of 4 directors present approved an amendment of the articles.\n")
    assert item.decisions == ["VOTED unanimously and 4 of 4 directors present approved an amendment of the articles"]
    item, _ = read("VOTED: To approve the minutes of the May meeting.\n")
    assert item.decisions == ["To approve the minutes of the May meeting."]


def test_a_labelled_voting_result_its_counts_the_decision_after_it_and_the_nomination_before_it():
    item, _ = read("Nomination for secretary: Ann Bell suggests Tom Hale\nVoting result: 10 yes, 0 no, 0 abstain.\n"
                   "Tom Hale is selected as the secretary of the meeting.\n")
    assert [v.counts for v in item.votes] == [{"for": 10, "against": 0, "abstain": 0}]
    assert item.decisions == ["Tom Hale is selected as the secretary of the meeting."]
    assert [(m.mover.name, m.result) for m in item.motions] == [("Ann Bell", "carried")]
    item, _ = read("Ann Bell (Annie) nominates Tom Hale as treasurer.\nVoting result: 9 yes, 1 no.\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Ann Bell", "carried")]


def test_a_voting_result_after_what_was_proposed_or_told_in_its_own_words():
    item, _ = read("Proposed: 1 year\nVoting result: 10 yes, 0 no, 0 abstain.\n")
    assert (item.decisions, item.motions) == (["1 year"], [])
    item, _ = read("Votes: 10 yes, 0 no, 0 abstain.\nVoting result: The bylaws will be modified.\n")
    assert item.decisions == ["The bylaws will be modified."]


def test_an_appointment_inside_a_paragraph_told_with_the_vote_that_made_it():
    item, _ = read("Much time was spent on the complaints.  Ann Bell was appointed honorary chair of the meeting at "
                   "this point by majority of show of hands.\n")
    assert item.decisions == ["Ann Bell was appointed honorary chair of the meeting at this point by majority of show "
                              "of hands"]
    item, _ = read("Much time was spent on the complaints.  Ann Bell was appointed clerk in 2015.\n")
    assert item.decisions == []


def test_moved_by_a_member_that_x_then_seconded_by_another_in_the_sentence_after_is_their_motion():
    item, _ = read("Moved by Bert Smith that the minutes be adopted as posted. Seconded by Mike Kassay. The motion "
                   "was carried.")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bert Smith", "Mike Kassay",
                                                                                  "carried")]
    assert item.decisions == ["that the minutes be adopted as posted"]


def test_moved_by_him_is_moved_by_the_person_the_sentence_before_is_about():
    item, _ = read("Bert (VE2ZAZ) posted a draft of the minutes on the website. Moved by him that the minutes be "
                   "adopted as posted. Seconded by Mike (VE3MKX). The motion was carried.")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bert", "Mike", "carried")]
    item, _ = read("The committee posted a draft of the minutes. Moved by him that the minutes be adopted. Carried.")
    assert [m.mover for m in item.motions] in ([], [None])


def test_a_numbered_list_s_entries_printed_line_after_line_are_each_read_and_its_resolutions_are_decisions():
    item, _ = read("1.  The secretary presented the annual report. The annual report was unanimously accepted.\n"
                   "2.  The treasurer presented the accounts. The accounts were accepted unanimously.\n"
                   "3.  Two resolutions were proposed and unanimously adopted. They were\n"
                   "    1.  Resolved that the rules be amended to include a preamble.\n\n"
                   "    2.  Resolved that Messrs J Mathew & Co. be appointed as the auditors for the year 2010-2011\n"
                   "4.  The proceedings came to an end with a vote of thanks.\n")
    assert item.decisions == ["The annual report was unanimously accepted.", "The accounts were accepted unanimously.",
                              "that the rules be amended to include a preamble.",
                              "that Messrs J Mathew & Co. be appointed as the auditors for the year 2010-2011"]


def test_elections_made_unanimously_inside_a_paragraph_are_decisions_each():
    item, _ = read("6.  Elections: Kenneth Gonsalves was unanimously elected to a second (and last) term as President "
                   "and the existing committee was unanimously elected for a second term.\n")
    assert item.decisions == ["Kenneth Gonsalves was unanimously elected to a second (and last) term as President",
                              "the existing committee was unanimously elected for a second term"]
    item, _ = read("Ann Bell was elected to the board in 2019 and has served since.\n")
    assert item.decisions == []


def test_a_proposal_put_under_the_paragraph_saying_who_proposed_it_and_accepted_after_it_is_the_decision():
    item, _ = read("The trustees, therefore, proposed:\n\n   That the trustees have permission to negotiate a set of "
                   "objects with the aim of:\n   1. Removing the UK only restriction,\n   2. Leaving the rest.\n\n"
                   "The proposal was accepted by a show of hands.\n")
    assert len(item.decisions) == 1 and item.decisions[0].startswith("That the trustees have permission")
    item, _ = read("The trustees, therefore, proposed:\n\n   That the trustees have permission to negotiate.\n\n"
                   "The proposal was discussed at length.\n")
    assert item.decisions == []


def test_all_those_nominated_elected_together_is_a_decision():
    item, _ = read("Nominations had been received from:\n\n* Owen Campbell\n* Vincent Knight\n\n"
                   "All three were elected by a show of hands.\n")
    assert item.decisions == ["All three were elected by a show of hands"]


def test_a_labelled_proposal_accepted_in_the_paragraph_after_it_is_the_decision():
    item, _ = read("Proposed: Wait to see the result of the MathML erratum. Re-evaluate after that's published.\n\n"
                   "Accepted.\n\nReject: it would be a significant backwards incompatibility hit.\n\nAccepted.\n")
    assert item.decisions == ["Wait to see the result of the MathML erratum. Re-evaluate after that's published",
                              "Reject: it would be a significant backwards incompatibility hit"]
    item, _ = read("Proposed: Ann Bell\n\nCarried.\n")
    assert "Ann Bell" not in item.decisions


def test_an_item_recorded_by_its_result_alone_decided_what_it_put():
    assert read("Accepted.\n")[0].decisions == ["Accepted."]
    assert read("The minutes were discussed.\n\nAccepted.\n")[0].decisions == []


def test_the_board_named_in_full_acting_in_the_present_in_a_bullet_is_a_decision():
    item, _ = read("- The Board of Directors accepts Ann Bell's application to become a Member with the following "
                   "vote totals: 5 yes, 0 no, 0 abstain.\n\n- The Board of Directors votes in favour of adopting the "
                   "Reimbursement Policy.\n")
    assert [d[:44] for d in item.decisions] == ["The Board of Directors accepts Ann Bell's ap",
                                                "The Board of Directors votes in favour of ad"]
    assert read("- That the Board of Directors accepts the offer.\n")[0].decisions == []


def test_a_motion_whose_sentence_closes_with_and_this_was_confirmed_carried_and_decided_its_words():
    item, _ = read("Mr Michael Swan proposed and Mr Tony Rossiter seconded that the minutes were a true record, and "
                   "this was confirmed by all present.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Michael Swan", "Tony Rossiter", "carried")]
    assert item.decisions == ["that the minutes were a true record"]


def test_a_question_put_to_the_meeting_with_everyone_in_favour_is_a_decision():
    item, _ = read("One suggestion was rumble strips. Cllr Shewell asked if Councillors were in favour of this and all "
                   "present were.\n")
    assert item.decisions == ["Cllr Shewell asked if Councillors were in favour of this and all present were"]
    assert read("Cllr Shewell asked if Councillors were in favour of rumble strips.\n")[0].decisions == []


def test_a_question_answered_in_emphasis_and_a_minute_of_unity_are_decisions_by_consensus():
    item, _ = read("Approval of $1,000 for a new roof deductible? *Yes.* Question asked about the building fund?\n\n"
                   "Meeting Home recommends we reserve $8,000 for a new heater. *Yes*. Bill thanked the committee.\n\n"
                   "Can Friends use restrooms as they are? *The Meeting is unity and it is not an obstacle for us.*\n")
    assert item.decisions == ["Approval of $1,000 for a new roof deductible? Yes",
                              "Meeting Home recommends we reserve $8,000 for a new heater. Yes",
                              "The Meeting is unity and it is not an obstacle for us"]
    assert read("Is the hall booked for May? Yes.\n")[0].decisions == []


def test_agreement_made_among_those_present_is_a_decision():
    item, _ = read("Discussed was splitting the $100 between three organizations. Agreement was made among friends "
                   "for evenly split of the donation.\n")
    assert item.decisions == ["Agreement was made among friends for evenly split of the donation"]


def test_a_consensus_told_in_prose_is_a_decision_after_the_question_it_answers_yes_to():
    item, _ = read("The new survey has not been sent out.  The consensus is to send it out but the latest version "
                   "needs to be the one sent.  Karen will locate that version.\n\nOne question which came up was "
                   "whether Kim would assume the brochure.  The general consensus was yes.\n")
    assert item.decisions == ["The consensus is to send it out but the latest version needs to be the one sent",
                              "One question which came up was whether Kim would assume the brochure. The general "
                              "consensus was yes"]


def test_our_consensus_answered_yes_with_what_it_agrees_is_the_decision_however_consensus_is_spelt():
    item, _ = read("Devon Meadows have applied to join the association. What do we think?\n\n"
                   "Our overall concensus is Yes, Devon Meadows can join the association.\n")
    assert item.decisions == ["Our overall concensus is Yes, Devon Meadows can join the association"]


def test_a_request_the_members_approved_and_a_permission_granted_after_its_request_are_decisions():
    item, _ = read("Board requested a 3% increase in dues, member body approved, no dissent.\n\nCindy E. requested "
                   "permission to contact D. Saunders about the fence. Permission was granted.\n\nBob asked for a "
                   "new sign.\n")
    assert item.decisions == ["Board requested a 3% increase in dues, member body approved, no dissent",
                              "Cindy E. requested permission to contact D. Saunders about the fence. Permission was "
                              "granted"]


def test_decisions_listed_under_their_label_in_an_outline_each_with_its_own_points():
    item, _ = read("* Discussion:\n    * prefers the term task force -> **decision**: use the term **task force** from "
                   "now on\n  * Decisions:\n      * DNS and mailing lists stay with JP Berlin\n      * We stick with "
                   "the website on GitHub\n      * The board will discuss some additional points\n          * A "
                   "working meeting will be scheduled\n          * Host cryptpad instance?\n")
    assert item.decisions == ["use the term task force from now on", "DNS and mailing lists stay with JP Berlin",
                              "We stick with the website on GitHub", "The board will discuss some additional points "
                              "A working meeting will be scheduled Host cryptpad instance?"]


def test_a_suggestion_with_no_objections_noted_after_it_in_brackets_is_a_decision():
    item, _ = read("- Let's keep the Thursday 2pm PT time for now. (No objections.)\n")
    assert item.decisions == ["Let's keep the Thursday 2pm PT time for now"]


def test_the_previous_minutes_approved_in_a_bulleted_point():
    item, _ = read("- The minutes of the previous meeting were approved and will be put on the website.\n")
    assert item.decisions == ["The minutes of the previous meeting were approved and will be put on the website."]


def test_resolved_in_words_opening_a_sentence_inside_a_paragraph_is_a_decision_as_agreed_is():
    item, _ = read("The minutes of the meeting held on 10 October were read.\n"
                   "Resolved to approve the minutes of the meeting held on 10 October 2023. The clerk will file "
                   "them.\n")
    assert item.decisions == ["Resolved to approve the minutes of the meeting held on 10 October 2023."]
    told, _ = read("The clerk said the minutes were\nResolved to be a true record by the auditor.\n")
    assert told.decisions == []  # the line goes on a sentence: no resolution opens there


def test_resolved_after_the_same_words_in_another_language_on_its_line_is_the_decision():
    item, _ = read("Penderfynwyd talu'r anfonebau / Resolved to pay the invoices listed. Cyfanswm / Total £450.\n")
    assert item.decisions == ["Resolved to pay the invoices listed."]


def test_resolved_that_in_capitals_opens_a_paragraph_and_a_list_it_settles_as_follows_is_one_decision():
    item, _ = read("The officer asked for projects to be proposed.\nAfter deliberation, it was;\nRESOLVED THAT,\n"
                   "The list of projects to be funded be as follows:\n1. Construction of the Trucking Bay.\n"
                   "2. Fencing of the Dump site\n")
    assert item.decisions == ["THAT, The list of projects to be funded be as follows: 1. Construction of the Trucking "
                              "Bay. 2. Fencing of the Dump site"]


@pytest.mark.parametrize(("text", "decision"), [
    ("Unanimously RESOLVED that the Council adopts the revised Standing Orders.\n",
     "that the Council adopts the revised Standing Orders."),
    ("RESOLVED (unanimously): to accept the tender from Acme Ltd.\n", "to accept the tender from Acme Ltd."),
    ("Agreed (nem con) to write to the Highways Authority.\n", "to write to the Highways Authority."),
    ("Resolution 24/045: To approve the internal auditor's report.\n", "To approve the internal auditor's report."),
    ("RESOLVED (C12/03/2023):\nThat the minutes be confirmed.\n", "That the minutes be confirmed."),
    ("RESOLVED (No. CR 45/2023): That the tariffs be approved.\n", "That the tariffs be approved."),
    ("RESOLVED (Minute 24/031): That the Council approve the budget.\n", "That the Council approve the budget."),
])
def test_a_resolution_said_unanimous_or_nem_con_or_numbered_is_a_decision(text, decision):
    assert read(text)[0].decisions == [decision]


@pytest.mark.parametrize(("text", "decision"), [
    ("The Committee RESOLVED (9 votes for, 2 against) that the application be refused.\n",
     "that the application be refused."),
    ("The Cabinet Member for Highways agreed to the proposed decision as set out in the report.\n",
     "The Cabinet Member for Highways agreed to the proposed decision as set out in the report."),
])
def test_a_body_s_resolution_with_its_vote_in_brackets_and_a_cabinet_member_s_own_decision(text, decision):
    assert read(text)[0].decisions == [decision]


def test_a_resolution_in_a_lettered_point_ends_where_the_next_point_begins():
    item, _ = read("a) RESOLVED to approve the payments listed below, totalling £2,845.60.\n"
                   "   HMRC                               £153.20\n"
                   "b) The bank reconciliation for April was noted and signed by the Chairman.\n"
                   "c) RESOLVED to approve the Annual Return.\n")
    assert item.decisions == ["to approve the payments listed below, totalling £2,845.60. HMRC £153.20",
                              "to approve the Annual Return."]


@pytest.mark.parametrize(("text", "decision"), [
    ("RESOLVED to approve the minutes of the meeting held on 8 April 2024. The Chairman signed them.\n",
     "to approve the minutes of the meeting held on 8 April 2024."),
    ("The Council resolved to object on the grounds of overdevelopment (3 for, 1 against). Cllr Patel returned.\n",
     "to object on the grounds of overdevelopment (3 for, 1 against)."),
    ("b) 24/00902/F - Land at Top Farm. RESOLVED: to object on the grounds of access. Cllr Nash did not vote.\n",
     "to object on the grounds of access."),
    ("RESOLVED that Council adopts the Annual Plan consultation document. In accordance with Standing Order 19.7, Cr "
     "O'Neill requested that her vote against the motion be recorded.\n",
     "that Council adopts the Annual Plan consultation document."),
])
def test_what_a_member_did_after_a_resolution_is_no_part_of_it(text, decision):
    item, _ = read(text)
    assert item.decisions == [decision]


@pytest.mark.parametrize(("text", "decisions"), [
    ("By-law 2024-15, being a by-law to appoint a Deputy Clerk, was read a first, second and third time and finally "
     "passed. The Clerk signed it.\n",
     ["By-law 2024-15, being a by-law to appoint a Deputy Clerk, was read a first, second and third time and finally "
      "passed"]),
    ("BY-LAW NO. 2024-16\nBeing a By-law to confirm the proceedings of Council.\nRead a first, second and third time "
     "and finally passed this 4th day of March, 2024.\n",
     ["BY-LAW NO. 2024-16 Being a By-law to confirm the proceedings of Council. Read a first, second and third time "
      "and finally passed this 4th day of March, 2024"]),
    ("The following by-laws were read a first, second and third time and passed:\nBy-law 2024-17 - Fence Viewers\n"
     "By-law 2024-18 - Zoning Amendment (Smith)\n", ["By-law 2024-17 - Fence Viewers",
                                                      "By-law 2024-18 - Zoning Amendment (Smith)"]),
    ("By-law 2024-19 was read a first and second time; its third reading is at the next meeting.\n", []),
])
def test_a_by_laws_passage_told_by_its_readings_is_a_decision(text, decisions):
    assert read(text)[0].decisions == decisions


@pytest.mark.parametrize("number", ["Resolution No. 1245:", "RESOLUTION NO. 1245"])
def test_a_resolution_in_words_under_its_number_on_a_line_of_its_own(number):
    item, _ = read(f"{number}\nResolved that the minutes of the meeting held on 27.02.2024 be confirmed.\n")
    assert item.decisions == ["that the minutes of the meeting held on 27.02.2024 be confirmed."]
