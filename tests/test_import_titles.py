"""The titles printed before a member's name (names.MEMBER_TITLE): every reader of motions, votes, roll calls,
declarations and abstentions knows the same ones, and the name is read without its title. One test per reader,
each over titles some layouts print and others never do (New England selectmen, county legislators, aldermen)."""

import pytest
from item_reading import read_item as read

from minutebook.importer.attendance import parse_region
from minutebook.importer.lines import read_lines
from minutebook.importer.names import parse_name
from minutebook.importer.output import _merge_attendance

TITLES = ["Selectman", "Alderperson", "Legislator", "Councilperson", "Council member", "Vice President"]




@pytest.mark.parametrize("title", TITLES)
def test_a_title_before_a_name_is_no_part_of_it(title):
    name = parse_name(f"{title} Hale")
    assert name is not None and name.name == "Hale", name


@pytest.mark.parametrize("title", TITLES)
def test_a_mover_and_seconder_with_the_title(title):
    item = read(f"{title} Hale moved to approve the warrant, seconded by {title} Ortiz. Motion carried.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Hale", "Ortiz", "carried")]


@pytest.mark.parametrize("title", TITLES)
def test_a_member_named_voting_no_after_the_count(title):
    item = read(f"Motion by Kerr, second by Lind to approve the budget. The motion carried 4-1 with {title} Diaz "
                "voting no.\n")
    assert [p.name for p in item.votes[0].sides["against"]] == ["Diaz"]


@pytest.mark.parametrize("plural", ["Selectmen", "Alderpersons", "Legislators", "Council members"])
def test_a_roll_call_side_with_a_plural_title_before_its_names(plural):
    item = read(f"Motion by Kerr, second by Lind to approve the budget.\nAYES: {plural} Kim, Ortiz and Hale\n"
                "NOES: None\n")
    assert [p.name for p in item.votes[0].sides["for"]] == ["Kim", "Ortiz", "Hale"]


@pytest.mark.parametrize("plural", ["Commissioners", "Aldermen", "Trustees", "Selectmen"])
def test_a_declaration_by_a_plural_title_names_each_member(plural):
    item = read(f"{plural} Smith and Jones declared an interest in item 4.\n")
    assert [d.name.name for d in item.declarations] == ["Smith", "Jones"]


@pytest.mark.parametrize("title", ["Selectman", "Supervisor", "Legislator"])
def test_a_member_who_abstained_in_a_sentence_of_their_own(title):
    item = read(f"Motion by Kerr, second by Lind to approve the budget. Motion carried. {title} Hale abstained.\n")
    assert [p.name for vote in item.votes for p in vote.sides.get("abstain", [])] == ["Hale"]


@pytest.mark.parametrize("title", ["Supervisor", "Selectman", "Alderperson"])
def test_leave_to_abstain_for_a_conflict_of_interest(title):
    item = read(f"Mr. Kerr made a motion to allow {title} Nolan to abstain from voting on the contract due to a "
                "conflict of interest. The motion was seconded by Ms. Lind and approved unanimously.\n")
    assert [(d.name.name, d.kind) for d in item.declarations] == [("Nolan", "conflict of interest")]


def attendance(text: str) -> list[tuple]:
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    return [(e.name.name, e.status, e.role) for e in entries]


@pytest.mark.parametrize(("label", "role"), [("Legislators present", "Legislator"), ("Aldermen present", "Alderman"),
                                             ("Commissioners Present", "Commissioner")])
def test_a_label_with_a_title_gives_each_surname_after_it_that_role(label, role):
    assert attendance(f"{label}: Brown, Davis and Evans\n") == [(name, "present", role)
                                                                 for name in ("Brown", "Davis", "Evans")]


@pytest.mark.parametrize(("title", "role"), [("Selectmen", "Select Board Member"), ("Legislators", "Legislator"),
                                             ("supervisors", "Supervisor")])
def test_a_plural_title_before_a_list_is_the_role_of_each_name_in_it(title, role):
    assert attendance(f"Present: {title} John Hale, Mary Ortiz and Peter Kim\n") == [
        (name, "present", role) for name in ("John Hale", "Mary Ortiz", "Peter Kim")]


@pytest.mark.parametrize(("title", "role"), [("Board Member", "Board Member"), ("Council Member", "Council Member"),
                                             ("Trustee", "Trustee")])
def test_a_members_title_before_each_name_of_a_roll_is_their_role(title, role):
    assert attendance(f"The following members were present:\n   Chairperson Ann Lee\n   {title} Tom Hale\n"
                      f"   {title} Mary Ortiz\n") == [("Ann Lee", "present", "Chair"), ("Tom Hale", "present", role),
                                                     ("Mary Ortiz", "present", role)]


def test_a_post_read_elsewhere_beats_the_title_every_member_has():
    entries = [{"person": "kb", "status": "present", "role": "Director"},
               {"person": "kb", "status": "in_attendance", "role": "secretary"},
               {"person": "jo", "status": "present", "role": "Chair"},
               {"person": "jo", "status": "present", "role": "Commissioner"}]
    assert [e["role"] for e in _merge_attendance(entries)] == ["secretary", "Chair"]


def test_a_post_read_elsewhere_that_holds_the_first_and_more_beats_it():
    entries = [{"person": "lm", "status": "in_attendance", "role": "City Recorder"},
               {"person": "lm", "status": "in_attendance", "role": "City Manager/City Recorder"},
               {"person": "ab", "status": "in_attendance", "role": "Clerk"},
               {"person": "ab", "status": "in_attendance", "role": "Clerkenwell Officer"}]
    assert [e["role"] for e in _merge_attendance(entries)] == ["City Manager/City Recorder", "Clerk"]


def test_a_post_with_the_initials_of_the_persons_agency_before_it_is_the_same_post():
    entries = [{"person": "jt", "status": "in_attendance", "role": "Chief", "organisation": "unified-fire-authority"},
               {"person": "jt", "status": "in_attendance", "role": "UFA Chief"},
               {"person": "kb", "status": "in_attendance", "role": "Chief"},
               {"person": "kb", "status": "in_attendance", "role": "UFA Chief"}]
    assert [e["role"] for e in _merge_attendance(entries)] == ["Chief", "UFA Chief"]


@pytest.mark.parametrize(("post", "read"), [
    ("Chief Unified Fire Authority", ("Chief", "Unified Fire Authority")),
    ("Executive Director Community Action Agency", ("Executive Director", "Community Action Agency")),
    ("Director Board of Health", ("Director", "Board of Health")),
    ("Head of Democratic Services", ("Head of Democratic Services", None)),
    ("Chief Executive Officer", ("Chief Executive Officer", None)),
    ("Assistant Town Administrator", ("Assistant Town Administrator", None)),
    ("Fire Chief", ("Fire Chief", None))])
def test_a_post_run_together_with_the_agency_after_it_is_cut_in_two(post, read):
    from minutebook.importer.nameentry import post_and_agency
    assert post_and_agency(post) == read


def test_staff_one_a_line_with_the_agencys_initials_in_brackets_are_each_their_own_entry():
    text = ("STAFF PRESENT: John Guldner, Town Administrator\n"
            "               Jay Torgersen, Chief Unified Fire Authority (UFA)\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role, e.organisation) for e in entries] == [
        ("John Guldner", "Town Administrator", None), ("Jay Torgersen", "Chief", "Unified Fire Authority")]


@pytest.mark.parametrize("printed", ["His Worship the Mayor", "Her Worship the Mayor", "The Mayor, Councillor"])
def test_the_mayor_named_with_the_style_of_the_office_is_the_mayor(printed):
    assert attendance(f"PRESENT: {printed} Jan Smith, Councillors Lee Green and Max White\n") == [
        ("Jan Smith", "present", "Mayor"), ("Lee Green", "present", "Councillor"),
        ("Max White", "present", "Councillor")]


def test_each_office_named_before_its_holder_is_the_holders_role():
    assert attendance("PRESENT: The Mayor, Councillor Jan Smith, the Deputy Mayor, Councillor Ray Ivey, Councillors "
                      "Lee Green and Max White\n") == [
        ("Jan Smith", "present", "Mayor"), ("Ray Ivey", "present", "Deputy Mayor"),
        ("Lee Green", "present", "Councillor"), ("Max White", "present", "Councillor")]
    assert attendance("PRESENT: Councillor Jan Smith, Mayor, Councillor Ray Ivey\n") == [
        ("Jan Smith", "present", "Mayor"), ("Ray Ivey", "present", None)]


def test_mayor_pro_tem_is_a_post_not_part_of_the_name():
    assert attendance("Present: Mayor Davis, Mayor Pro Tem Ortiz, Council Members Chen and Walker\n") == [
        ("Davis", "present", "Mayor"), ("Ortiz", "present", "Mayor Pro Tem"), ("Chen", "present", "Council Member"),
        ("Walker", "present", "Council Member")]


def test_a_long_title_with_every_longer_word_capitalised_is_no_sentence_for_its_verb():
    from minutebook.importer.titles import reads_as_sentence

    assert not reads_as_sentence("Land Acquisition / Solicitor-Client Privileged Advice / Position, Plan, Procedure, "
                                 "Criteria or Instruction to be Applied to Any Negotiations")
    assert reads_as_sentence("Cllr Tony Jackson (Leader East Herts. Council) was copied on emails to EHDC")
    assert reads_as_sentence("THE COUNCIL RESOLVED THAT THE BUDGET BE APPROVED FOR THE COMING YEAR")
