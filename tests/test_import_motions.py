"""motions.py: each way minutes name a motion's mover and seconder, what it moved and how it went; one test per
form (each text invented to hold that form alone)."""

import pytest
from item_reading import read_item as read

from minutebook.importer.decisions_unlabelled import passive_decisions
from minutebook.importer.lines import read_lines
from minutebook.importer.outcomes import outcome_of

FORMS = [
    ("Motion by Director Bell, seconded by Director Hale, to approve the contract. Motion carried 12-0.\n",
     "to approve the contract"),
    ("Director Bell moved, seconded by Director Hale, that the Board adopt the resolution. The motion passed "
     "unanimously.\n", "that the Board adopt the resolution"),
    ("A motion was made by Commissioner Bell and seconded by Commissioner Hale to approve the agenda. Motion "
     "carried.\n", "to approve the agenda"),
    ("Motion was made by Mayor Bell to accept the resolution. Seconded by Councilor Hale. Summary of Action, Passed "
     "8-0\n", "to accept the resolution"),
    ("Commissioner Bell made a motion to approve the consent agenda, seconded by Commissioner Hale. The motion "
     "carried unanimously.\n", "Commissioner Bell made a motion to approve the consent agenda"),
    ("Trustee Bell made a motion to approve the bid for $45,000; Trustee Hale seconded. Motion carried.\n",
     "Trustee Bell made a motion to approve the bid for $45,000"),
    ("Proposed by Cllr Bell, seconded by Cllr Hale, all in favour: to approve the payments.\n",
     "to approve the payments"),
    ("Proposed Cllr Bell, seconded Cllr Hale, all agreed to accept the quotation.\n", "to accept the quotation"),
    ("Motion by Trustee Bell to approve the warrants, seconded by Trustee Hale. The motion passed 4-1.\n",
     "to approve the warrants"),
    ("It was proposed by Cllr Bell and seconded by Cllr Hale that the minutes be approved. All in favour.\n",
     "that the minutes be approved"),
    ("Cllr Bell proposed and Cllr Hale seconded that the grant be awarded. Resolved unanimously.\n",
     "that the grant be awarded"),
    ("On the proposal of Councillor Bell, seconded by Councillor Hale, it was agreed to adopt the report.\n",
     "to adopt the report"),
    ("Resolution No. 2021-123\nMoved by: Councillor Bell\nSeconded by: Councillor Hale\nThat Council approve the "
     "tender from Acme Paving.\nCarried.\n", "That Council approve the tender from Acme Paving."),
    ("Proposed by Councillor Bell\nSeconded by Councillor Hale\nAnd Resolved:\n“That the Council approve the "
     "Development Plan.”\n", "“That the Council approve the Development Plan.”"),
    ("Proposed by Councillor Bell;\nSeconded by Councillor Hale;\nAnd Resolved:\n“That the Council approve the "
     "Development Plan.”\n", "“That the Council approve the Development Plan.”"),
    ("It was proposed by Councillor Bell, seconded by Councillor Hale and resolved:\n\n“That the Council approve the "
     "Development Plan.”\n", "“That the Council approve the Development Plan.”"),
    ("Proposed by Councillor Bell;\nSeconded by Councillor Hale;\nAnd Resolved:\n\n        “That the Council approve "
     "the Development Plan.”\n", "“That the Council approve the Development Plan.”"),  # the resolution a paragraph on
    ("It was proposed by Cllr. Bell, seconded by Cllr. Hale and unanimously agreed that the minutes be signed.\n",
     "that the minutes be signed"),
    ("It was proposed by Councillor Bell, seconded by Councillor Hale and resolved: “That the Council approves the "
     "disposal of the site.” The Mayor thanked the members.\n", "That the Council approves the disposal of the site."),
    ("Bell makes a motion to approve the minutes, Hale second. Motion carried.\n",
     "Bell makes a motion to approve the minutes"),
    ("Bell makes a motion for the purchase of a mower, second Hale. Motion carries.\n",
     "Bell makes a motion for the purchase of a mower"),
    ("Bell motion, Hale second, all ayes to approve the financial reports.\n", "to approve the financial reports"),
    ("Selectman Bell moved to close the warrant; seconded by Selectman Hale. Vote: 3-0.\n", "to close the warrant"),
    ("Motion by Legislator Bell, seconded by Legislator Hale, to adopt Resolution No. 45.\nAdopted.\n",
     "to adopt Resolution No. 45"),
    ("On motion by Commissioner Bell, seconded by Commissioner Hale, the Board voted unanimously to approve the "
     "contract.\n", "the Board voted unanimously to approve the contract"),
    ("Upon a motion by Bell and second by Hale, the Council approved the contract 4-1, with Kerr dissenting.\n",
     "the Council approved the contract 4-1"),
    ("A motion to approve the contract was made by Bell and seconded by Hale. The motion passed unanimously.\n",
     "A motion to approve the contract"),
    ("Motion to approve the contract by Bell, seconded by Hale. Motion carried.\n", "to approve the contract"),
    ("Motion to approve the contract. Moved by Cllr Bell, seconded by Cllr Hale. Agreed.\n", "to approve the contract"),
    ("Motion to approve the contract: Moved by Cllr Bell, seconded by Cllr Hale. Agreed.\n", "to approve the contract"),
    ("Cllr Bell moved to approve the contract, seconded by Cllr Hale. AGREED\n", "to approve the contract"),
    ("MOTION: To approve the contract. MOVED: Bell SECONDED: Hale. VOTE: Unanimous.\n", "To approve the contract."),
    ("The motion to award the grant (proposed Cllr Bell, seconded Cllr Hale) was carried.\n",
     "The motion to award the grant"),
    ("Bell moved, Hale seconded, to approve the contract. Carried 5-0.\n", "to approve the contract"),
    ("Councilmember Bell moved approval of the contract; Councilmember Hale seconded. Motion carried 5-0.\n",
     "approval of the contract"),
    ("Motion made by Bell, seconded by Hale, to approve the contract. All ayes. Motion carried.\n",
     "to approve the contract"),
    ("Moved by Bell, seconded by Hale, that the contract be approved. CARRIED.\n", "that the contract be approved"),
    ("Moved Cr Bell, seconded Cr Hale\nThat the report be received.\nCARRIED\n", "That the report be received."),
    ("Cllr Bell proposed that the Council write to the Minister. This was seconded by Cllr Hale and agreed "
     "unanimously.\n", "that the Council write to the Minister"),
    ("Motion (Bell/Hale): that the grant be approved. Carried.\n", "that the grant be approved"),
    ("Resolution: That the report be noted. (Bell/Hale) Carried\n", "That the report be noted"),
    ("A proposal by Cllr Bell, seconded by Cllr Hale, to approve the quote was carried.\n", "to approve the quote"),
    ("After the commissioners reviewed the proposed resolution, Bell moved to adopt the resolution and Hale "
     "seconded the motion.  The motion passed 5-0.\n", "to adopt the resolution"),
    ("   - Director Bell motioned to adopt the Resolution No. 18-02.\n   - President Hale seconded the motion.\n"
     "   - Motion carried with the following votes: Bell – aye, Hale – aye\n   - The manager shared a flyer.\n",
     "to adopt the Resolution No. 18-02"),
    ("Action: Moved by Bell, seconded by Hale, and carried unanimously by members present to adopt the Consent "
     "Calendar as follows:\n", "to adopt the Consent Calendar as follows:"),
    ("Action: On a motion by Bell, seconded by Hale, and carried unanimously by members present to adopt Resolution "
     "Nos. 2020-060 through 2020-062.\n", "to adopt Resolution Nos. 2020-060 through 2020-062"),
    ("Bell made the motion to approve the Volunteer Recognition Program. Hale seconded the motion. Motion passed "
     "3-0.\n", "Bell made the motion to approve the Volunteer Recognition Program"),
    ("Bell made the following motion: \"To authorize the Town Manager to take a TAN. The TAN will expire on August "
     "12th, 2020.\" Hale seconded the motion. Motion passes 2-0. Kerr recused himself from the vote.\n",
     "To authorize the Town Manager to take a TAN. The TAN will expire on August 12th, 2020."),
    ("A motion was made by Bell to accept the tier model. Seconded by Hale. Motion carried.\n",
     "to accept the tier model"),
    ("A motion was made via email by Bell to accept the tier model. Seconded by Hale. Motion carried.\n",
     "to accept the tier model"),
    ("Resolutions 1 and 2 were adopted, motion made by Bell, Hale second, with Kerr making it unanimous.\n",
     "Resolutions 1 and 2 were adopted"),
    ("The board approved the payment with Bell making the motion, Hale second, with Kerr making it unanimous.\n",
     "The board approved the payment"),
    ("It was moved by Cllr Bell and seconded by Cllr Hale that the grant of £500 be approved; this was carried "
     "unanimously.\n", "that the grant of £500 be approved"),  # how it went told after a semicolon
    # what was moved runs on past an abbreviation's full stop ('No.', 'Co.') and a decimal point to its sentence's
    # end
    ("M/S Bell/Hale to award the contract to Valley Pump Co. for $18.5k under Resolution No. 2024-07. Motion "
     "carried 4-0.\n", "to award the contract to Valley Pump Co. for $18.5k under Resolution No. 2024-07"),
]


@pytest.mark.parametrize(("text", "decision"), FORMS)
def test_each_form_gives_the_motion_its_mover_seconder_and_result_and_the_decision(text, decision):
    item = read(text)
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == [decision]


def test_a_seconder_after_a_comma_the_last_vote_making_it_unanimous_and_a_motion_for_the_sentence_before():
    item = read("Tom Bell Jr. made the motion to approve the payments, Ann Hale second, with Joe Kerr making it "
                "unanimous.\n\nThe board reviewed the pension agreement. The motion to adopt was made by Tom Bell, "
                "Jr., Ann Hale second, with Joe Kerr making it unanimous.\n\nThe board adopted the road plan. The "
                "motion was made by Tom Bell, Jr. Ann Hale second, with Joe Kerr making it unanimous.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Tom Bell Jr", "Ann Hale",
                                                                                  "carried")] * 3
    assert item.decisions == [
        "Tom Bell Jr. made the motion to approve the payments",  # (its words, from the sentence's start)
        "The motion to adopt was made by Tom Bell, Jr., Ann Hale second, with Joe Kerr making it unanimous.",
        "The board adopted the road plan."]  # what 'the motion' with no words of its own was for


def test_an_amendment_moved_and_seconded_with_its_words_to_come_decides_nothing_told_before_it():
    item = read("The chair thanked the officers. Councillor Bell moved an amendment which was seconded by Tom Hale. "
                "The amendment text as follows:\n\nThat the scheme be split into two parts.\n\nThe amendment was "
                "carried.\n")
    assert (item.motions[0].mover.name, item.motions[0].seconder.name) == ("Bell", "Tom Hale")
    assert item.decisions == ["That the scheme be split into two parts."]  # not 'The chair thanked the officers.'



def test_a_motion_the_presiding_member_proposed_named_by_the_post_and_accepted():
    item = read("44.2. The chairman proposed, and it was accepted that item 8, Village Greens, be held over until "
                "October.\n\n44.3. The Mayor moved and it was agreed to close the meeting.\n")
    assert [(m.mover.name, m.mover.role, m.seconder, m.result) for m in item.motions] == [
        ("Chair", "Chair", None, "carried"), ("Mayor", "Mayor", None, "carried")]  # (whoever holds the post)
    assert item.decisions == ["The chairman proposed, and it was accepted that item 8, Village Greens, be held over "
                              "until October.", "The Mayor moved and it was agreed to close the meeting."]


def test_labelled_resolutions_one_after_the_other_without_blank_lines_between_them():
    item = read("Resolution No. 2021-123\nMoved by: Councillor Bell\nSeconded by: Councillor Hale\nThat Council "
                "receive the report.\nCarried.\nResolution No. 2021-124\nMoved by: Councillor Lind\nSeconded by: "
                "Councillor Bell\nThat the tender be refused.\nDefeated.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Bell", "Hale", "carried"), ("Lind", "Bell", "lost")]
    assert item.decisions == ["That Council receive the report."]


def test_a_resolution_with_its_proposer_in_brackets():
    item = read("RESOLVED: that the payments listed be approved (proposed Cllr Bell, seconded Cllr Hale).\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["that the payments listed be approved."]


def test_a_motion_with_no_outcome_told_decides_nothing():
    item = read("Motion by Director Bell, seconded by Director Hale, to approve the contract.\n\n"
                "The directors discussed the cost.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", None)]
    assert item.decisions == []


@pytest.mark.parametrize("text", ["A motion was made and seconded to approve the budget. The motion passed 5-0.\n",
                                  "Motion made and seconded to approve the budget. Carried.\n"])
def test_a_motion_made_and_seconded_with_nobody_named_decides_what_it_moved(text):
    assert read(text).decisions == ["to approve the budget"]


@pytest.mark.parametrize("text", ["Councillor Lee moved that the report be received. Carried.\n",
                                  "Mayor Lee moved that the report be received. The motion was seconded. "
                                  "It passed 5-0.\n"])
def test_a_motion_whose_seconder_is_not_named_goes_as_its_paragraph_says(text):
    item = read(text)
    assert [(m.mover.name, m.seconder, m.result) for m in item.motions] == [("Lee", None, "carried")]
    assert item.decisions == ["that the report be received"]


def test_outcomes_read_the_first_told_and_carried_out_is_no_outcome():
    assert outcome_of("The motion failed. All in favour of the next item.") == "lost"
    assert outcome_of("Carried unanimously.") == "carried"
    assert outcome_of("Carried out by the clerk.") is None
    assert outcome_of("The work was carried out by the clerk.") is None


def test_a_body_named_with_its_kind_agreeing_is_a_decision():
    assert read("The Community Council agreed to write to the council about the potholes.\n").decisions == [
        "The Community Council agreed to write to the council about the potholes."]  # told as a sentence: kept


def test_a_mover_named_he_is_the_member_the_paragraph_named_before():
    item = read("Member Lind suggested an amendment to the August minutes. With that, he moved to approve both minutes "
                "documents, seconded by Member Hale. By voice vote, the motion carried, 3-0.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Lind", "Hale", "carried")]
    assert item.decisions == ["to approve both minutes documents"]


def test_so_moved_after_the_decision_it_makes_formal():
    item = read("It was decided that the Committee should write a statement on the job description. Member Hale so "
                "moved, Chair Bell seconded. Upon voice vote, the motion carried, 3-0.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Hale", "Bell", "carried")]
    assert len(item.decisions) == 1 and "the Committee should write a statement" in item.decisions[0]


DECISIONS = [
    ("It was unanimously resolved to accept the quote from Acme Ltd.\n", "It was unanimously resolved to accept"),
    ("Members resolved to defer the item to the next meeting.\n", "Members resolved to defer"),
    ("Council approved the payments listed in Appendix A.\n", "Council approved the payments"),
    ("The committee voted to recommend approval to Council.\n", "The committee voted to recommend"),
    ("The Commission voted 5-0 to approve the variance.\n", "The Commission voted 5-0 to approve"),
    ("Members voted unanimously to approve the revised budget.\n", "Members voted unanimously to approve"),
    ("Motion to approve the consent agenda. Moved by Bell, seconded by Hale. Carried 5-0.\n",
     "to approve the consent agenda"),
    ("Council resolved unanimously to adopt the policy.\n", "to adopt the policy"),
    ("Recommendation approved.\n", "Recommendation approved"),
    ("The report was discussed. Officer's recommendation adopted.\n", "Officer's recommendation adopted"),
    ("Committee recommendations 1 to 3 endorsed.\n", "Committee recommendations 1 to 3 endorsed"),
]


@pytest.mark.parametrize(("text", "start"), DECISIONS)
def test_each_way_a_body_decides_in_a_sentence(text, start):
    decisions = read(text).decisions
    assert len(decisions) == 1 and decisions[0].startswith(start)


def test_an_action_for_the_clerk_is_no_decision():
    assert read("ACTION: Clerk to write to the school.\n").decisions == []


def test_each_members_vote_after_a_motion_is_its_recorded_vote_and_all_ayes_carry_it():
    item = read("Motion by Ann Bell, second by Tom Hale to approve the transfer. Motion carried by vote of Ann Bell "
                "yea, Tom Hale yea, and Kit Lind yea.  Receipts were noted.\n\nMotion to approve Bell, Hale second, "
                "vote Bell aye, Hale aye, Lind aye.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Ann Bell", "Tom Hale", "carried"), ("Bell", "Hale", "carried")]
    assert [(v.result, [p.name for p in v.sides["for"]]) for v in item.votes] == [
        ("carried", ["Ann Bell", "Tom Hale", "Kit Lind"]), ("carried", ["Bell", "Hale", "Lind"])]
    assert item.decisions == ["to approve the transfer", "to approve"]


def test_a_nomination_proposed_and_seconded_then_duly_elected_is_the_decision():
    item = read("Cllr. Ann Bell was proposed by Cllr. Kit Lind and seconded by Cllr. Tom Hale. Cllr. Bell accepted "
                "the position of Chairman and was duly elected.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Kit Lind", "Tom Hale", "carried")]
    assert item.decisions == ["Cllr. Bell accepted the position of Chairman and was duly elected"]


def test_a_decision_told_then_its_proposer_and_seconder_in_a_sentence_after_it():
    item = read("The minutes of the meeting held on 12th April 2016 were approved and signed. Proposed Cllr. Hale, "
                "seconded Cllr. Ward.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Hale", "Ward", "carried")]
    assert item.decisions == ["The minutes of the meeting held on 12th April 2016 were approved and signed."]


def test_what_the_council_agreed_then_its_proposer_and_seconder_in_a_sentence_after_it():
    item = read("The Council agreed to purchase a speed indicator device at a cost of £2,300. Proposed Cllr Evans, "
                "seconded Cllr Brown. Carried with 3 in favour and 1 against.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Evans", "Brown", "carried")]
    assert item.decisions == ["The Council agreed to purchase a speed indicator device at a cost of £2,300."]


@pytest.mark.parametrize("text", [
    "The minutes of the previous meeting were approved. Proposed: Jane Smith Seconded: John Brown\n",
    "Minutes approved. Proposer: Jane Smith; Seconder: John Brown.\n",
    "The minutes were adopted on the motion of Cllr Jane Smith, seconded by Cllr John Brown.\n",
    "Upon the proposition of Jane Smith, seconded by John Brown, it was resolved that the accounts be approved.\n",
    "Motion: Jane Smith/John Brown. Carried.\n",
    "PROPOSAL: The minutes are approved. PROPOSED: Jane Smith SECONDED: John Brown DECISION: passed (all in favour)\n",
    "1. Review and approval of minutes.\n  Motion By: Jane Smith\n  Second By: John Brown\n",
])
def test_labelled_slashed_and_proposition_forms_name_the_mover_and_seconder(text):
    item = read(text)
    assert [(m.mover.name, m.seconder.name) for m in item.motions] == [("Jane Smith", "John Brown")]


def test_mover_and_seconder_apart_by_a_slash_then_what_they_moved():
    item = read("Moved Smith/Brown that the accounts be approved.  Carried.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Smith", "Brown", "carried")]
    assert item.decisions == ["that the accounts be approved"]


def test_staff_introduced_by_post_and_name_as_they_present_and_speakers_who_expressed_concerns():
    from minutebook.importer.attendance_text import posted_staff, public_speakers
    from minutebook.importer.blocks import to_blocks
    text = ("Chief Operations Officer Frank Bell presented the item. General Counsel Linda Hale presented it too.\n\n"
            "Hal Lind, on behalf of advocates for the area, expressed concerns regarding the project.\n")
    blocks = to_blocks(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role, e.capacity) for e in posted_staff(blocks[0])] == [
        ("Frank Bell", "Chief Operations Officer", "officer"), ("Linda Hale", "General Counsel", "officer")]
    assert [e.name.name for e in public_speakers(blocks[1])] == ["Hal Lind"]


def test_a_paragraph_opening_with_a_name_and_post_presenting_names_an_officer_and_an_applicant_names_nobody():
    from minutebook.importer.attendance_text import posted_staff
    from minutebook.importer.blocks import to_blocks
    text = ("Heidi Allman, Hadbury City Recorder Presenting. She read the prepared resolution.\n\n"
            "Ann Bell, Finance Director, presenting the budget.\n\nTom Hale, Resident presenting a petition.\n")
    blocks = to_blocks(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role, e.capacity) for b in blocks for e in posted_staff(b)] == [
        ("Heidi Allman", "Hadbury City Recorder", "officer"), ("Ann Bell", "Finance Director", "officer")]


def test_each_consent_entry_in_the_range_the_consent_motion_names_is_decided():
    from minutebook.importer.passed_together import share_consent
    items = [read("It was moved by Ms. Bell, seconded by Ms. Hale, that the consent calendar items G-1 through G-2 be "
                  "approved. Motion carried.\n"), read("Warrants and payroll - approved as submitted.\n"),
             read("Acceptance of a gift.\n"), read("Board reports.\n")]
    for item, number in zip(items, ("G", "G-1", "G-2", "J"), strict=True):
        item.minute = number
    share_consent(items)
    assert [i.decisions for i in items[1:]] == [
        ["Warrants and payroll - approved as submitted."], ["Acceptance of a gift."], []]


def test_staff_with_a_degree_after_the_name_or_a_surname_after_a_one_word_post_and_speakers_who_stated():
    from minutebook.importer.attendance_text import posted_staff, public_speakers
    from minutebook.importer.blocks import to_blocks
    text = ("Assistant Superintendent of Educational Services Debra Bell, Ed.D., introduced the item. Superintendent "
            "Hale stated the plan. Chief Executive reported on it.\n\nVisitor Comment:\nTom Lind stated that he "
            "supports it.\n\nJoy Wake expressed her concerns regarding the costs.\n")
    blocks = to_blocks(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role) for e in posted_staff(blocks[0])] == [
        ("Debra Bell", "Assistant Superintendent of Educational Services"), ("Hale", "Superintendent")]
    assert [e.name.name for b in blocks[1:] for e in public_speakers(b)] == ["Tom Lind", "Joy Wake"]


def test_one_list_of_post_words_reads_staff_reporting_and_keeps_a_post_and_surname_from_the_public():
    from minutebook.importer.attendance_text import public_speakers, staff_reporting
    from minutebook.importer.blocks import to_blocks
    blocks = to_blocks(read_lines("doc.txt", "Fire Captain Hale provided a staff report.\n\n"
                                  "Auditor Smith asked about the fund.\n")[0])
    assert [(e.name.name, e.role) for e in staff_reporting(blocks[0])] == [("Hale", "Fire Captain")]
    assert public_speakers(blocks[1]) == []


def test_staff_someone_introduced_by_post_and_name_before_they_presented():
    from minutebook.importer.attendance_text import introduced_staff
    text = ("Ms. Bell introduced Director of the Office of Student Support Ann Hale and Director of Assessment, "
            "Evaluation and Planning Tom Lind who presented an update.")
    line = read_lines("doc.txt", text + "\n")[0][0]
    assert [(e.name.name, e.role) for e in introduced_staff(text, line)] == [
        ("Ann Hale", "Director of the Office of Student Support"),
        ("Tom Lind", "Director of Assessment, Evaluation and Planning")]


@pytest.mark.parametrize("text", ["Change of use. Members asked the clerk to request more information.\n",
                                  "The Council instructed the Clerk to write to the County Council.\n"])
def test_members_asking_the_clerk_to_act_is_a_decision(text):
    assert len(read(text).decisions) == 1


def test_a_second_speaker_after_and_with_a_role_in_lower_case_between_commas():
    from minutebook.importer.attendance_text import public_speakers
    from minutebook.importer.blocks import to_blocks
    text = "Mr P Orange spoke in objection and Ms Q Violet, the agent, spoke in support.\n"
    blocks = to_blocks(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role) for e in public_speakers(blocks[0])] == [("P Orange", None), ("Q Violet", "agent")]


def test_a_speaker_who_addressed_council_without_the():
    from minutebook.importer.attendance_text import public_speakers
    from minutebook.importer.blocks import to_blocks
    blocks = to_blocks(read_lines("doc.txt", "Pat Lee, President of the Curling Club, addressed Council.\n")[0])
    assert [(e.name.name, e.role) for e in public_speakers(blocks[0])] == [("Pat Lee", "President of the Curling Club")]


def test_a_speaker_printed_as_a_resident_before_the_name():
    from minutebook.importer.attendance_text import public_speakers
    from minutebook.importer.blocks import to_blocks
    text = "Resident Alan Fisk of 12 Brook Road asked about the schedule. Local resident Jo Moss spoke against it.\n"
    blocks = to_blocks(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status) for e in public_speakers(blocks[0])] == [
        ("Alan Fisk", "in_attendance"), ("Jo Moss", "in_attendance")]


def test_a_hearing_s_speakers_listed_after_their_label_in_its_paragraph():
    from minutebook.importer.attendance_text import public_speakers
    from minutebook.importer.blocks import to_blocks
    text = ("Chair Erickson opened the public hearing. Speakers: Tom Ruiz, Ana Silva. Chair Erickson closed the public "
            "hearing.\n\nSpeakers in favour: Jo Moss and Kit Lind.\n\nSpeakers: None.\n")
    assert [(e.name.name, e.status) for block in to_blocks(read_lines("doc.txt", text)[0])
            for e in public_speakers(block)] == [("Tom Ruiz", "in_attendance"), ("Ana Silva", "in_attendance"),
                                                 ("Jo Moss", "in_attendance"), ("Kit Lind", "in_attendance")]


def test_a_consent_motion_naming_its_sections_lettered_entries_decides_them_not_another_sections():
    from minutebook.importer.passed_together import share_consent
    items = [read(text) for text in ("Consent agenda.\n", "Minutes.\n", "Bills.\n",
                                     "Motion by Loe, second by Roe to approve the consent agenda items A through B. "
                                     "Motion carried.\n", "New business.\n", "Calendar.\n")]
    for item, (number, parent) in zip(items, (("IV", None), ("A", "IV"), ("B", "IV"), ("C", "IV"), ("V", None),
                                              ("A", "V")), strict=True):
        item.minute, item.parent = number, parent
    share_consent(items)
    assert [i.decisions for i in items[1:3]] == [["Minutes."], ["Bills."]] and items[5].decisions == []


def test_a_labelled_vote_said_to_be_unanimous_carries_the_motion():
    item = read("MOTION: Bell  SECOND: Hale  to approve the contract. VOTE: Unanimous\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]


def test_moved_and_seconded_apart_by_a_slash_after_the_resolution_name_each_member():
    item = read("That the Council approve the grant. Moved Cr Bell / Seconded Cr Hale. CARRIED UNANIMOUSLY\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]


@pytest.mark.parametrize("movers", ["Moved by Councillor Bell and seconded by Councillor Hale",
                                    "MOVED by Member Bell, seconded by Member Hale:"])
def test_labelled_movers_joined_by_and_or_ending_in_a_colon(movers):
    item = read(f"Resolution number 2023/12\n{movers}\nThat the Board:\na)   receive the report; and\n"
                "b)   approve the budget.\n                                        CARRIED\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["receive the report; and", "approve the budget."]


def test_moved_then_seconded_after_a_semicolon_with_the_roll_call_in_the_same_paragraph():
    item = read("The hearing was closed.\nCouncil Member Bell moved to introduce Ordinance No. 2023-04; Council "
                "Member Hale seconded.\nAYES: Bell, Hale, Lind\nNOES: Kerr\nMotion carried 3-1.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["to introduce Ordinance No. 2023-04"]
    assert [(v.result, [p.name for p in v.sides["for"]], [p.name for p in v.sides["against"]]) for v in item.votes] \
        == [("carried", ["Bell", "Hale", "Lind"], ["Kerr"])]


def test_on_motion_of_without_the_and_the_clause_that_says_what_it_decided():
    item = read("On motion of Commissioner Bell, seconded by Commissioner Hale, the minutes of March 21, 2023 were "
                "approved as presented. Motion carried 4-0.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["The minutes of March 21, 2023 were approved as presented"]


def test_seconded_by_as_a_sentence_after_the_motion_and_each_members_vote_after_a_comma():
    item = read("Commissioner Lind moved to award the bid to Acme Stone, Inc. Seconded by Commissioner Bell. Upon roll "
                "call the vote was as follows: Dale, aye; Lind, aye; Bell, aye; Hale, nay. Motion carried 3-1.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Lind", "Bell", "carried")]
    assert item.decisions == ["to award the bid to Acme Stone, Inc"]
    assert [([p.name for p in v.sides["for"]], [p.name for p in v.sides["against"]]) for v in item.votes] == [
        (["Dale", "Lind", "Bell"], ["Hale"])]


def test_the_following_resolution_was_adopted_is_the_resolution_printed_under_it():
    item = read("On motion of Commissioner Bell, seconded by Commissioner Hale, the following resolution was adopted:\n"
                "RESOLUTION NO. 2023-15\nA RESOLUTION AUTHORIZING THE CHAIRMAN TO SIGN A GRANT AGREEMENT\n"
                "Yeas: Bell, Hale, Lind\nNays: None\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["RESOLUTION NO. 2023-15 A RESOLUTION AUTHORIZING THE CHAIRMAN TO SIGN A GRANT AGREEMENT"]


@pytest.mark.parametrize(("clause", "decision"), [
    ("the minutes of the meeting held on 13th February 2023 were confirmed.",
     "The minutes of the meeting held on 13th February 2023 were confirmed"),
    ("the Members adopted the Schedule of Works 2023.", "The Members adopted the Schedule of Works 2023"),
    ("the Board waived the reading and adopted Ordinance No. 1245.",  # an act first, then the adoption; 'No.'
     "The Board waived the reading and adopted Ordinance No. 1245")])
def test_on_the_proposal_of_with_a_clause_that_says_what_was_done(clause, decision):
    item = read(f"On the proposal of Cllr. J. Bell, seconded by Cllr. M. Hale, {clause}\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("J. Bell", "M. Hale", "carried")]
    assert item.decisions == [decision]


def test_proposed_and_seconded_and_resolved_over_the_resolution():
    item = read('Proposed by Cllr. T. Bell, Seconded by Cllr. J. Hale and resolved:\n"That the District approves the '
                'disposal of land at Main Street."\n')
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("T. Bell", "J. Hale", "carried")]
    assert item.decisions == ['"That the District approves the disposal of land at Main Street."']


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_motion_submitted_by_a_member_its_text_under_it_and_its_seconder_after(gap):
    item = read(f"The following Notice of Motion was submitted by Cllr. M. Bell:{gap}\"That this Council calls on the "
                f"Minister to fund the road.\"{gap}The motion was seconded by Cllr. P. Hale and agreed.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("M. Bell", "P. Hale", "carried")]
    assert item.decisions == ['"That this Council calls on the Minister to fund the road."']


@pytest.mark.parametrize(("text", "decision"), [
    ("Cllr. M. Bell proposed the following motion, which was seconded by Cllr. P. Hale:\n\"That this Council calls on "
     "the Minister to fund the road.\"\nFollowing discussion, the motion was put to the meeting and was declared "
     "CARRIED.\n", "That this Council calls on the Minister to fund the road."),
    ("Cllr. M. Bell proposed the following motion, seconded by Cllr. P. Hale:\n\n\"That this Council calls on the "
     "Minister to fund the road.\"\n\nThe Cathaoirleach declared the motion carried.\n",
     '"That this Council calls on the Minister to fund the road."'),
])
def test_a_member_proposed_the_following_motion_seconded_by_another_its_words_after_the_colon(text, decision):
    item = read(text)
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("M. Bell", "P. Hale", "carried")]
    assert item.decisions == [decision]


def test_the_motion_proposed_and_agreed_after_its_quoted_words_decides_them():
    item = read("\"That this District calls on the Council to install a crossing on Main Street.\"\n\n"
                "Following discussion, the motion was proposed by Councillor Bell, seconded by Councillor Hale and "
                "agreed.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["That this District calls on the Council to install a crossing on Main Street."]
    alone = read("Following discussion, the motion was proposed by Councillor Bell, seconded by Councillor Hale and "
                 "agreed.\n")  # its words printed nowhere: the sentence is all the minutes say of it
    assert alone.decisions == ["Following discussion, the motion was proposed by Councillor Bell, seconded by "
                               "Councillor Hale and agreed"]


def test_what_was_done_told_before_its_proposer_and_seconder_in_its_paragraph_carried():
    item = read("The minute of the meeting of 13th March 2024 was approved. Proposed: Fiona Kerr; Seconded: Ahmed "
                "Malik.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Fiona Kerr", "Ahmed Malik", "carried")]
    assert item.decisions == ["The minute of the meeting of 13th March 2024 was approved."]
    assert read("The treasurer reported. Proposed: Fiona Kerr; Seconded: Ahmed Malik.\n").motions[0].result is None


def test_the_seconder_s_name_ends_where_the_next_line_s_sentence_begins():
    item = read("On the PROPOSAL of Cllr. Barry\nSECONDED by Cllr. Behan\nIt was AGREED to adopt the minutes.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Barry", "Behan", "carried")]


def test_seconded_and_lost_in_one_sentence():
    assert outcome_of(" and lost.") == "lost" and outcome_of(", and agreed unanimously.") == "carried"


def test_lettered_clauses_of_a_resolution_opening_with_the_or_that_are_a_decision_each():
    item = read("It was RESOLVED that:\n\na) The Council approve the financial report\nb) The Council approve the "
                "payments due\nc) The Council approve the recommendation to cancel the contract for payroll\n"
                "   services with immediate effect.\n")
    assert item.decisions == ["The Council approve the financial report", "The Council approve the payments due",
                              "The Council approve the recommendation to cancel the contract for payroll services "
                              "with immediate effect."]


def test_lettered_titles_after_a_resolution_are_not_its_clauses():
    item = read("It was RESOLVED to note the report:\n\na) Crossings and Greens\nb) Highways\n")
    assert len(item.decisions) == 1


def test_members_resolved_in_capitals_in_a_lettered_point_ends_at_the_next_point():
    item = read("a. Members RESOLVED to permit internet payments subject to the banking mandate.\n"
                "b. The clerk was asked to discuss the signatories with the bank.\n")
    assert item.decisions == ["Members RESOLVED to permit internet payments subject to the banking mandate."]


def test_members_authorised_after_and_in_a_long_sentence_is_a_decision():
    item = read("The clerk, as Responsible Financial Officer, presented section 2 of the Annual Governance and "
                "Accounting Report and Members authorised the chairman to sign.\n")
    assert item.decisions == ["Members authorised the chairman to sign."]


def test_an_agreement_told_in_a_bulleted_line_keeps_its_topic_without_the_bullet():
    item = read("• Cluster marketing – it was agreed that the libraries can improve in cluster marketing.\n")
    assert item.decisions == ["Cluster marketing – it was agreed that the libraries can improve in cluster marketing."]


def test_a_motion_laid_out_as_a_meeting_system_prints_it_with_its_roll_call_on_the_next_page():
    item = read("Motion to adopt the Consent Agenda.\nMotion by Trustee Paul Keefer, second by Trustee Alfred Brown.\n"
                "Final Resolution: Motion Carried\n\n\nYes: Trustees: Bina Lefkovitz, Paul Keefer, Harold Fong,\n"
                "Karina Talamantes\nNo: Trustee Joanne Ahola\n")
    assert item.decisions == ["to adopt the Consent Agenda"]
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Paul Keefer", "Alfred Brown", "carried")]
    assert [(v.result, {k: [p.name for p in s] for k, s in v.sides.items()}) for v in item.votes] == [
        ("carried", {"for": ["Bina Lefkovitz", "Paul Keefer", "Harold Fong", "Karina Talamantes"],
                     "against": ["Joanne Ahola"]})]


def test_such_a_motion_without_its_words_decides_the_item_s_title_and_one_that_fails_decides_nothing():
    item = read("Mr. Schweizer provided comments on this item.\nMotion by Trustee Harold Fong, second by Trustee "
                "Alfred Brown.\nFinal Resolution: Motion Carried\n")
    assert item.decisions == ["Item"] and item.motions[0].result == "carried"
    item = read("Motion by Trustee Harold Fong, second by Trustee Alfred Brown.\nFinal Resolution: Motion Fails\n"
                "No: Trustees: Bina Lefkovitz, Paul Keefer\n")
    assert item.decisions == [] and item.motions[0].result == "lost" and item.votes[0].result == "lost"


def test_a_councillor_named_in_full_who_spoke_attended_as_a_councillor_not_one_named_by_surname():
    from minutebook.importer.attendance_text import public_speakers
    from minutebook.importer.blocks import to_blocks
    text = ("Councillor Mark Weston spoke about the petition. Cllr Shewell asked about the bins. Councillor Shewell "
            "asked Councillors what their views were.\n")
    blocks = to_blocks(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role) for e in public_speakers(blocks[0])] == [("Mark Weston", "Councillor")]


def test_whoever_declared_a_quorum_attended_with_the_post_between_commas():
    from minutebook.importer.attendance_text import public_speakers
    from minutebook.importer.blocks import to_blocks
    blocks = to_blocks(read_lines("doc.txt", "Leanne Moll, City Recorder, declared a quorum.\n")[0])
    assert [(e.name.name, e.role) for e in public_speakers(blocks[0])] == [("Leanne Moll", "City Recorder")]


def test_a_stray_stop_between_the_seconder_and_seconded_in_lower_case_ends_no_sentence():
    item = read("Motion: Mayor Kibbey moved to accept the financials as presented. Councilor Nyberg. seconded the "
                "motion. It passed 5-0.\n")
    assert [(m.mover.name, m.seconder.name if m.seconder else None) for m in item.motions] == [("Kibbey", "Nyberg")]


def test_people_from_a_school_who_updated_the_board_attended_as_others():
    from minutebook.importer.attendance_text import public_speakers
    from minutebook.importer.blocks import to_blocks
    blocks = to_blocks(read_lines("doc.txt", "The reports followed and Delaney Hubbard and Bella Welter from Del Campo "
                                  "High School updated the board on the goals of their school.\n")[0])
    assert [(e.name.name, e.status) for e in public_speakers(blocks[0])] == [
        ("Delaney Hubbard", "in_attendance"), ("Bella Welter", "in_attendance")]


def test_a_motion_whose_that_is_left_out_seconded_in_the_next_sentence_all_voting_aye():
    item = read("There being no one to be heard, Trustee Hale moved the public hearing be closed. Motion was seconded "
                "by Trustee Bell, all voting aye.\n\nTrustee Hale moved the meeting adjourn at 8:41 p.m. Motion was "
                "seconded by Trustee Bell, all voting aye.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Hale", "Bell", "carried")] * 2
    assert item.decisions == ["the public hearing be closed", "the meeting adjourn at 8:41 p.m"]


def test_on_a_motion_by_and_seconded_by_what_the_sentence_says_was_adopted_with_its_roll_call_after_a_dash():
    item = read("On a motion by Trustee Bell and seconded by Trustee Hale, Resolution 2024-1 was adopted upon the "
                "following roll call vote: voting aye –Trustees Bell, Hale, Lind, and Chair Kerr. Voting no – none.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["Resolution 2024-1 was adopted"]
    assert [[p.name for p in item.votes[0].sides["for"]], item.votes[0].sides.get("against")] == [
        ["Bell", "Hale", "Lind", "Kerr"], []]


def test_a_motion_whose_vote_is_called_after_the_discussion_goes_as_the_later_paragraph_tells():
    item = read("MOTION: Council Member Bell moved to APPROVE ordinance 2021-O-3. Council Member Hale seconded the "
                "motion. (No vote was taken at this time.)\n\nMs. Bell suggested that a word be removed.\n\nThe Mayor "
                "said the word came from the State code.\n\nMayor Kerr called for a vote. Four were in favor, one "
                "absent. The motion was approved.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]
    assert item.decisions == ["to APPROVE ordinance 2021-O-3"]
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 4})]


def test_the_members_named_in_brackets_after_a_sides_count_vote_on_that_side():
    item = read("MOTION: Council Member Bell moved to approve the budget. Council Member Hale seconded the motion.\n\n"
                "Discussion followed.\n\nMs. Lind asked about the reserves.\n\nThe Mayor called for a vote. Four were "
                "in favor, one absent (Curry). The motion was approved.\n")
    assert [{side: [p.name for p in people] for side, people in v.sides.items()} for v in item.votes] == [
        {"absent": ["Curry"]}]


def test_an_outcome_told_later_never_changes_a_motion_whose_outcome_was_told():
    item = read("Cllr Bell moved that the report be received. Cllr Hale seconded the motion. The motion was lost.\n\n"
                "Discussion followed.\n\nThe Chair called for a vote on the budget. The motion was approved.\n")
    assert [m.result for m in item.motions] == ["lost"]


@pytest.mark.parametrize("objections", ["There were no objections.", "No objection was raised."])
def test_a_proposal_nobody_objected_to_is_the_decision(objections):
    item = read(f"Mayor Kerr called the meeting to order and proposed moving agenda item two to the end of the "
                f"meeting. {objections}\n\nMayor Kerr proposed that the meeting be recorded. Two members objected.\n")
    assert item.decisions == ["moving agenda item two to the end of the meeting"]


def test_a_motion_labelled_first_and_second_then_told_in_a_sentence_is_one_motion():
    item = read("MOTION: APPROVED W/ CONDITIONS 1st : MR. BELL 2nd : MR. HALE\n\nMr. Bell moved to approve this "
                "application as submitted.\n\nVOTE: 7/0 AYES: BELL, HALE, KERR, LIND\n\nNAYS: NONE\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Bell", "Hale", "carried")]


def test_a_motion_properly_seconded_without_objection_carried_with_its_mover_and_no_seconder_named():
    item = read("Amaha motioned to confirm any members of the commission; properly seconded without objection.\n\n"
                "Markevich can we please recess?\n\nAmaha motion five minute recess; properly seconded without "
                "objections\n")
    assert [(m.mover and m.mover.name, m.seconder, m.result) for m in item.motions] == [
        ("Amaha", None, "carried"), ("Amaha", None, "carried")]
    assert item.decisions == ["to confirm any members of the commission", "Amaha motion five minute recess"]


def test_nobody_objecting_carries_a_motion_and_one_that_died_fell():
    assert outcome_of("There were no objections.") == "carried"
    assert outcome_of("there were no objections.") == "carried"
    assert outcome_of("No one was opposed. Motion carried.") == "carried"
    assert outcome_of("Without objections, the report was accepted.") == "carried"
    assert outcome_of("No one seconded and the amendment died.") == "fell"
    assert outcome_of("The motion died for lack of a second.") == "fell"
    assert outcome_of("Members objected to the plan.") is None


def test_a_motion_proposed_or_made_with_nobody_named_and_nobody_objecting():
    item = read("Ben Hale proposed a motion to change the standing rules for meeting frequency.\n\n"
                "Ann Bell seconded.\n\nThe motion carried.\n\n"
                "A motion was made to approve two new members. There was no objection.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Ben Hale", "Ann Bell", "carried")]
    assert item.decisions == ["Ben Hale proposed a motion to change the standing rules for meeting frequency",
                              "to approve two new members"]


def test_a_motion_s_seconder_alone_under_it_and_its_outcome_after_an_amendment_that_died():
    item = read("Nick Farr made a motion to defer any undecided issues to the next regular meeting.\n\n"
                "Tim Collins seconded.\n\n"
                "Derek Cooper moved to amend the motion to end this meeting at 7. No one seconded and the amendment "
                "died.\n\nNo one opposed Nick's motion. Motion carried.\n")
    assert [(m.mover.name, m.seconder and m.seconder.name, m.result) for m in item.motions] == [
        ("Nick Farr", "Tim Collins", "carried"), ("Derek Cooper", None, "fell")]
    assert item.decisions == ["Nick Farr made a motion to defer any undecided issues to the next regular meeting"]


def test_a_motion_nobody_seconds_goes_as_the_paragraph_under_it_tells():
    item = read("Elliot Hale moved to table the discussion of new member approval.\n\nthere were no objections.\n\n"
                "Elliot Hale moved to table each further topic after 15 minutes.\n\nThe meeting was suspended.\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Elliot Hale", "carried"), ("Elliot Hale", None)]
    assert item.decisions == ["to table the discussion of new member approval"]


@pytest.mark.parametrize("text", ["The Board:\n• NOTED the report;\n• APPROVED the revised terms\n  of reference.\n",
                                  "The Finance Committee:\n\n- NOTED the report; and\n\n- APPROVED the revised terms "
                                  "of reference.\n\nNext paragraph.\n"])
def test_the_body_over_its_acts_a_bullet_each_in_capitals_each_a_decision(text):
    assert read(text).decisions == ["NOTED the report", "APPROVED the revised terms of reference"]
    assert read("The Board:\n- discussed the plan.\n").decisions == []


def test_a_matter_deferred_or_postponed_is_a_decision_one_deferred_at_an_earlier_meeting_is_not():
    assert passive_decisions("The proposal was deferred for want of further information.") == [
        "The proposal was deferred for want of further information."]
    assert passive_decisions("Consideration of the report was postponed until June.") == [
        "Consideration of the report was postponed until June."]
    assert passive_decisions("The application was deferred at the last meeting.") == []


def test_a_report_accepted_and_a_nomination_nobody_objected_to_are_decisions_all_accepted_is_the_list_s():
    item = read("Without objections, the finance report was accepted.\n\n"
                "Serge Hale nominated himself for PR Coordinator. There was no objection.\n")
    assert item.decisions == ["Without objections, the finance report was accepted.",
                              "Serge Hale nominated himself for PR Coordinator"]
    assert passive_decisions("All were accepted.") == []
    assert passive_decisions("Jason nominated Elliot. The nomination was accepted.") == []  # the nominee's acceptance


def test_agreed_on_doing_something_opening_a_paragraph_is_a_decision():
    item = read("Discussed how to validate meeting minutes.\n\n"
                "Agreed on storing meeting minutes on GitHub, and approved by members via PR approval.\n")
    assert item.decisions == ["Agreed on storing meeting minutes on GitHub, and approved by members via PR approval."]


def test_members_resolving_by_a_special_resolution_is_a_decision():
    text = "The Members resolved by unanimous special resolution to adopt Special Resolution 2019-9."
    assert read(text + "\n").decisions == [text]


def test_a_resolution_s_proposer_named_after_it_in_the_passive():
    item = read("The special resolution was proposed by Neal Wright. Mr Wright declined to make a statement.\n")
    assert [(m.mover.name, m.seconder) for m in item.motions] == [("Neal Wright", None)]
    assert read("The resolution was proposed by the Chair.\n").motions == []  # a post, no member named


@pytest.mark.parametrize(("text", "decision"), [
    ("- Agreed to buy a projector.", "to buy a projector."),
    ("* Resolved: to buy a projector", "to buy a projector"),
    ("- Decided to have 10 members.", "to have 10 members."),
])
def test_a_decision_s_label_opening_a_list_s_point_is_a_decision(text, decision):
    assert read(text + "\n").decisions == [decision]


def test_a_member_named_by_number_moves_and_seconds():
    item = read("Elliot Hale moved to table the discussion. Member 7 seconded.\n\nthere were no objections.\n\n"
                "Member 7 moved to amend the motion and select the new revisions.\n\nBen Hale seconded\n\n"
                "There were no objections.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Elliot Hale", "Member 7", "carried"), ("Member 7", "Ben Hale", "carried")]
    assert item.decisions == ["to table the discussion", "to amend the motion and select the new revisions"]


def test_a_report_accepted_by_a_roll_call_before_a_paragraphs_motions_is_a_decision_and_a_vote():
    item = read("The report was accepted by a vote of Ann Bell yea, Cy Hale yea, and Di Lord yea.  Clerk Flo Reid "
                "asks for a signer.  Motion by Cy Hale, second by Di Lord to add Flo Reid as a signer.  Motion carried "
                "by a unanimous vote.\n")
    assert item.decisions == ["The report was accepted by a vote of Ann Bell yea, Cy Hale yea, and Di Lord yea",
                              "to add Flo Reid as a signer"]
    assert [(v.result, [n.name for n in v.sides["for"]]) for v in item.votes] == [
        ("carried", ["Ann Bell", "Cy Hale", "Di Lord"])]
    assert passive_decisions("The plan was approved by the county in May.") == []  # another body decided


def test_a_body_choosing_people_for_posts_in_a_list_under_its_colon_and_its_initials_agreeing_are_decisions():
    item = read("The Hadley Working Group unanimously selected:\n\nAnn Bell (NRI),\nTony Hale (Microsoft), and\n"
                "Cy Lord (Intuit) as co-chairs of the WG.\n\nAnn suggested the ISO language.\n\n"
                "WG unanimously agreed on it.\n")
    assert item.decisions == ["The Hadley Working Group unanimously selected: Ann Bell (NRI), Tony Hale (Microsoft), "
                              "and Cy Lord (Intuit) as co-chairs of the WG", "WG unanimously agreed on it"]
    assert read("The Board elected Ann Bell and Cy Lord as trustees.\n").decisions == [
        "The Board elected Ann Bell and Cy Lord as trustees"]
    assert read("Ann Bell said she selected:\n\nthe blue one as the colour.\n").decisions == []


def test_motions_set_or_moved_as_points_with_their_seconder_and_result_nested_under_them():
    item = read("- Omar Reid set a motion to approve the changes in pull request 566.\n  - Denny Page seconded the "
                "motion.\n  - The motion passed with no objections.\n- Tom Hale moves that the TC approves the draft "
                "identified by the hashes below.\n\nThe hashes are:\n\n876548f33947186b  schema.json\n\n"
                "All files are in the archive.\n\n0270d0cfadf52  provider.json\n\n  - Denny Page seconded.\n"
                "  - The motion passed with no objections.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Omar Reid", "Denny Page", "carried"), ("Tom Hale", "Denny Page", "carried")]
    assert item.decisions == ["to approve the changes in pull request 566",
                              "that the TC approves the draft identified by the hashes below"]


def test_a_motion_to_adjourn_seconded_then_the_meeting_adjourned_carried():
    item = read("- Omar Reid set motion to adjourn meeting.\n- Denny Page seconded to motion.\n"
                "- The meeting adjourned at 1:34 PM US EDT\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Omar Reid", "carried")]
    assert item.decisions == ["to adjourn meeting"]


def test_resolved_comma_that_in_a_block_quote_and_minutes_approved_by_a_counted_vote():
    item = read("    RESOLVED, that the Conference Committee is given additional\n    funds of up to $6000.\n\n"
                "Approved 7-0-0.\n")
    assert item.decisions == ["that the Conference Committee is given additional funds of up to $6000."]
    assert [v.counts for v in item.votes] == [{"for": 7, "against": 0, "abstain": 0}]
    item = read("The November 2005 minutes were approved by a 4-0-1 vote.\n")
    assert item.decisions == ["The November 2005 minutes were approved by a 4-0-1 vote."]
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 4, "against": 0, "abstain": 1})]


def test_a_vote_put_on_a_proposal_with_its_count_and_result_below_and_members_agreeing_to_act():
    item = read("Vote on spending $850 to file for tax exempt status.\n\n-   Vote: 3 in favor, 0 opposed, 0 abstained\n"
                "-   Resolution: Vote passed\n\nVote on buying a laser cutter.\n\n-   Vote: 1 in favor, 2 opposed\n\n"
                "Discussed software. We are all in agreement that we want to make our books transparent.\n\n"
                "Members were in agreement that the outlook seemed broadly similar.\n")
    assert item.decisions == ["spending $850 to file for tax exempt status",
                              "We are all in agreement that we want to make our books transparent."]


def test_results_under_nominations_decisions_in_a_list_and_votes_with_their_result_on_the_line():
    item = read("Nominations for Chair:\nRebecca and Ben nominate Prema\nTony nominated Ben\n"
                "**Result: Prema was selected with all Yay Votes**\n\n"
                "-  The group discussed and decided removing stickers from the budget.\n\n"
                "-  The board decided to reallocate this money towards gifts.\n\n"
                " 1. We voted to split these 2 lines items into separate voted - Unanimously Support\n\n"
                " 2. Vote to remove Nathan from Board Roster\n\n"
                "- We decided to pass on participating in Google Summer of Code (GSOC)\n"
                "- Board unanimously support to add new members.  Adam to reach out to Molly.\n")
    assert item.decisions == [
        "Result: Prema was selected with all Yay Votes",
        "The group discussed and decided removing stickers from the budget.",
        "The board decided to reallocate this money towards gifts.",
        "We voted to split these 2 lines items into separate voted",
        "We decided to pass on participating in Google Summer of Code (GSOC)",
        "Board unanimously support to add new members."]


def test_minutes_approved_with_a_counted_vote():
    item = read("The February minutes were approved with a 3-0-2 vote. The December minutes were still missing.\n")
    assert item.decisions == ["The February minutes were approved with a 3-0-2 vote"]
    assert [v.counts for v in item.votes] == [{"for": 3, "against": 0, "abstain": 2}]


def test_what_was_put_as_the_subject_of_proposed_by_and_accepted_by_all_is_carried_and_decided():
    item = read("Approval for the minutes of the AGM, held on 1st September 2022, were proposed by Ann Bell, seconded "
                "by Cy Hale and accepted by all.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Ann Bell", "Cy Hale", "carried")]
    assert item.decisions == ["Approval for the minutes of the AGM, held on 1st September 2022, were proposed by "
                              "Ann Bell, seconded by Cy Hale and accepted by all"]


def test_a_motion_a_member_motioned_and_another_seconded_carried_with_no_nays():
    item = read("Don Holzheimer motioned to accept financial report, Courtney Smith seconded. Courtney Smith Motioned "
                "to approve budget, Bob Purvayn seconded motion. All vote to approve- no nays.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Don Holzheimer", "Courtney Smith", "carried"), ("Courtney Smith", "Bob Purvayn", "carried")]
    assert item.decisions == ["to accept financial report", "to approve budget"]


def test_a_person_nominated_and_seconded_and_approved_by_the_members_is_the_sentence_decided():
    item = read("One Board Position open: Perry Helt nominated Tom Kessler, Bob Purvayn seconded. Member body "
                "approved, no nays.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Perry Helt", "Bob Purvayn", "carried")]
    assert item.decisions == ["One Board Position open: Perry Helt nominated Tom Kessler"]


def test_a_motion_no_vote_was_taken_on_went_no_way_though_no_dissent_was_heard():
    item = read("Don Holzheimer motioned to perform a test patch, Perry Helt seconded motion. No official vote was "
                "taken, but no dissent was heard.\n")
    assert [(m.mover.name, m.result) for m in item.motions] == [("Don Holzheimer", None)]
    assert item.decisions == []


@pytest.mark.parametrize("told", ["No Nays.", "All vote to approve.", "Member body approved.", "no dissent."])
def test_nobody_against_told_in_a_few_words_is_carried(told):
    assert outcome_of(told) == "carried"


def test_a_motion_given_after_its_mover_as_a_speaker_and_seconded_after_a_semicolon():
    item = read("Peter: motion to close the public board meeting; Heather seconded. No objections, motion carried "
                "with unanimous consent. Meeting adjourned at 16:40 UTC.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Peter", "Heather", "carried")]


def test_a_motion_moved_for_a_sum_amended_and_seconded_sentences_later_is_its_first_sentence():
    item = read("Seth Hale moved for $300 for the committee to buy three antennas for the trailer. Kent Lee suggested "
                "the dedicated funds be used. Seth amended his motion. Mark Bell seconded. Motion carried "
                "unanimously.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Seth Hale", "Mark Bell", "carried")]
    assert item.decisions == ["for $300 for the committee to buy three antennas for the trailer"]


def test_a_passive_proposal_duly_seconded_or_proposed_as_a_true_record_names_its_movers():
    for text in ("The agenda was proposed by Mr. Ann Bell and duly seconded by Tom Hale.\n",
                 "The minutes were proposed as a true record by Ann Bell and seconded by Tom Hale.\n"):
        assert [(m.mover.name, m.seconder.name) for m in read(text).motions] == [("Ann Bell", "Tom Hale")]


def test_an_amendment_s_seconder_and_how_it_went_told_in_its_mover_s_paragraph():
    item = read("Cllr Bell proposed an amendment that the figure be £40,000; this was seconded by Cllr Kerr. On being "
                "put to the vote the amendment was lost.\n")
    assert [(m.title, m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("amendment", "Bell", "Kerr", "lost")]


def test_a_motion_seconded_in_a_clause_after_a_semicolon_names_its_seconder():
    item = read("Trustee Kane made a motion to approve the vouchers as follows; the motion was seconded by Trustee "
                "Brennan and approved unanimously.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Kane", "Brennan", "carried")]


def test_resolved_alone_over_the_paragraph_it_resolved_and_a_web_page_s_link_after_a_title():
    item = read("Minutes:\n\nRESOLVED\n\n \n\nThe minutes of the meeting held on 28 March 2019 be approved as a "
                "correct record.\n\n \n\nMatters Arising: none.\n")
    assert item.decisions == ["The minutes of the meeting held on 28 March 2019 be approved as a correct record."]
    from minutebook.importer.titles import clean_title
    assert clean_title("Approval of Minutes pdf icon PDF 112 KB")[0] == "Approval of Minutes"
    assert clean_title("Budget Report (PDF, 2.1 MB)")[0] == "Budget Report"


def test_how_a_resolution_went_on_the_line_under_it_is_no_part_of_what_was_decided():
    assert read("RESOLVED THAT the Agenda be adopted as presented.\nCarried.\n").decisions == [
        "THAT the Agenda be adopted as presented."]
    assert read("RESOLVED THAT the grant be paid\nto the village hall.\nCARRIED 5/0\n").decisions == [
        "THAT the grant be paid to the village hall."]
