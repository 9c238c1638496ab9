"""The rule for procedural decisions: one test per pattern, true and false cases."""

from __future__ import annotations

import pytest

from minutebook.procedural import RULES, is_procedural, kind_of

PROCEDURAL = [
    ("minutes", "That the minutes of the meeting held on 10 July 2012 be taken as read and signed as a correct "
                "record."),
    ("minutes", "That the minutes of the previous meeting be approved as a correct record."),
    ("apologies", "the apologies received be noted."),
    ("apologies", "note the apologies received."),
    ("attendance", "To note the attendance at this meeting of the following duly appointed Reserve Members:- A, B"),
    ("declarations", "To note that there were no declarations of interests made by Members."),
    ("nothing to record", "To note that no public questions were put, or petitions or deputations received."),
    ("next meeting", "To note that the date of the next meeting of the Board would be held on 13 March 2013."),
    ("conduct of the meeting", "That the representatives from Beyond Limits be allowed to speak on all items."),
    ("noted", "the report be noted;"),
    ("noted", "That the report be noted."),
    ("noted", "the presentation be noted;"),
    ("noted", "That requisition in relation to Pinner Wood School be received and noted."),
    ("noted", "it be noted that Councillor Keith Ferry was the Deputy Leader of the Council;"),
]
SUBSTANTIVE = [
    "That the Community Safety, Violence, Vulnerability and Exploitation Strategy 2017-2020 be adopted.",
    "That the reference from the Overview and Scrutiny Committee be noted and the Portfolio Holder be authorised "
    "to make minor amendments to the Strategy.",  # notes, then decides
    "a progress report be submitted to the next meeting of the Panel on 18 December 2012.",
    "That the appointment of a Vice-Chair of the Board be deferred until the next meeting.",
    "the following issues be noted for consideration on future Cabinet Decisions: the Panel support the plan",
    "That Councillor Margaret Davine be elected Mayor of the London Borough of Harrow.",
    "That the petition referred to the Corporate Director of Resources and Commercial for consideration.",
    "the Councillors appointed to Cabinet with the identified portfolios, as contained in the report, be noted;",
    "That the minutes of evidence be published with the Panel's report.",  # minutes, but not a correct record
    "That the apologies policy for complaints be revised.",  # 'apologies' not at the start, nothing noted
]


@pytest.mark.parametrize(("kind", "decision"), PROCEDURAL)
def test_procedural_decisions(kind, decision):
    assert kind_of(decision).name == kind
    assert is_procedural(decision)


@pytest.mark.parametrize("decision", SUBSTANTIVE)
def test_substantive_decisions(decision):
    assert kind_of(decision).name == "decision"
    assert not is_procedural(decision)


def test_the_catch_all_is_last_and_the_only_one():
    assert RULES[-1].pattern is None and not RULES[-1].procedural
    assert all(rule.pattern is not None for rule in RULES[:-1])


def test_line_breaks_and_spacing_do_not_change_the_kind():
    assert is_procedural("That the report\n  be   noted.")
