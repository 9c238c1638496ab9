"""Attendance labels: the words before a list that say what its names are ('Present:', 'Apologies',
'Officers in attendance', 'Commissioners Absent:'), as a table of rules with a catch-all last.

A label is found however the list is printed: with a colon, a semicolon or ':-', as the key of a key/value
header row ('Attendees    A, B'), after a bullet or an item number ('1. Committee Members Present were:'),
or as a Markdown callout ('> [!abstract]- Present:'); a line holding several labelled lists, or one after a sentence of
something else, is cut at its labels (`split_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .lines import Line
from .names import MEMBER_TITLES, title_case, title_role
from .role_titles import POST_ACRONYM_RE


@dataclass
class Context:
    """What the current label says about the names that follow it."""

    status: str = "present"
    capacity: str | None = None
    role: str | None = None
    honorific: str | None = None
    grid: bool = False  # names carry * / † marks; an unmarked name was absent
    guest: bool = False  # not members (advisers, observers, others): marked present means in attendance
    substitutes: bool = False  # lines read 'A for B', the reserve and the member replaced
    sentence: bool = False  # names are listed in a sentence: 'A (role), B and C'
    titled: bool = False  # a title printed before the names ('Present: Cllrs A, B'), not a label ('Councillors:')
    surnames: bool = False  # a list of surnames alone ('Members present: Smith, Jones, Brown')
    handles: bool = False  # a list of chat or account names ('Present: bigbluehat, brent, DavidC, PDL-ASU')
    post: bool = False  # the label is an officer's post ('Clerk: A'): the role of the name on its line alone


OFFICER = {"status": "in_attendance", "capacity": "officer"}
PRINTED = "as printed"  # a label that is a post: the role of the name after it is the post as the label prints it
# Label rules: (the label's words, the context they set), first match wins, the catch-all last. A label
# followed by a colon may run on ('Apologies for absence were received from Councillors:'); a label with
# no colon ('Present', 'Attendees    A, B', 'Present; A, B') must be the whole label.
# When a list of those present was taken, after the word: 'MEMBERS PRESENT AT THE COMMENCEMENT (of the meeting)'.
AT_THE_START = r"(?:\s+at\s+the\s+(?:commencement|start|opening)(?:\s+of\s+the\s+meeting)?)?"
LABELS: list[tuple[re.Pattern, dict]] = [(re.compile(rf"(?i)(?:{words})(?![\w-])"), settings) for words, settings in [
    # members away who voted by proxy, under 'Proxy:' or whoever held it ('Chairperson holds proxy for:')
    (r"(?:[\w'’.-]{1,20} ){0,3}holds? (?:a |the )?prox(?:y|ies) (?:votes? )?(?:for|of)|prox(?:y|ies)(?: votes?)?|"
     r"represented by proxy|votes?\s+by\s+proxy", {"status": "absent"}),
    (r"(?:(?:welcome|introductions?)(?:,| and) )?(?:to (?:receive|note|accept|record) (?:any )?)?"
     r"apologies(?: for absence)?"
     r"(?: (?:were|have been|had been) )?(?: ?(?:received|submitted|noted|tendered))?(?: from)?|"
     r"apologies|apology|apologi[sz]ed|regrets|excused(?: absences?)?|absent with apologies|ymddiheuriadau|"
     r"(?:approved |granted )?leaves? of absence(?: granted| approved)?|absent on leave|on leave",  # excused, as
     {"status": "apologies", "sentence": True}),  # Australian and New Zealand councils grant leave to be away
    (r"in attendance\s*\(officers?\)|officers? attendance|(?:council |city |county )?officers?"
     r"(?: in attendance| present| attending)?|"
     r"(?:(?!members\b)(?-i:[A-Z][\w'&-]{0,20}) ){0,5}(?:management (?:and|&) )?staff(?: members)?"  # ('District
     r"(?: present| in attendance| attending| attendees| participants)?|"  # Staff', not two columns' heads
     # 'Members Staff'; 'Staff Attendees:' under the committee's 'AC Attendees:')
     r"(?:(?:village|city|town|county|township|borough|district) )?officials?(?: present| in attendance)?|"
     r"the following .{0,60}officers? attended|"
     r"the following (?:[\w'&-]{1,20} )?(?:staff|officers|employees)(?: members)?(?: present)?|"  # ('The
     # following staff members were present:')
     r"(?:(?:council|city|county|town|parish) )?employees?(?: present| in attendance)?|"  # ('Council Employees
     # Present: RFO A, Clerk B', as Welsh community councils print their staff)
     r"(?:district |school |county |city )?(?:administration|administrators|administrative staff)"
     r"(?: present| in attendance)?", OFFICER),  # ('Administration present:' under a school board's members)
    (r"other\s+(?:[\w'&-]{1,20}\s+){0,2}members(?:\s+(?:and|&)\s+officers)?\s+(?:present|in attendance)",
     {}),  # ('Other board members and officers present:' after the new members: members all the same)
    (r"others? present|others? in attendance|others? attendees|others? participants|"
     r"additional (?:attendees|participants)|"  # ('TSC members:' / ... / 'Additional attendees:')
     r"non[- ]members?(?: present| attending| in attendance)?|"
     r"members of the (?:public|press|media)(?: (?:and|&) (?:the )?(?:public|media|press))?(?: present)?|"
     r"(?:the )?(?:media|press|news media|reporters?)(?: present| in attendance)?|"  # 'MEDIA PRESENT: A, Local Press'
     r"(?:in the )?audience|"  # ('Members of the press present: A, B')
     r"public(?: present)?"
     r"(?! hearings?| comments?| forum| questions?| participation| session| notices?| speaking| time| input| works)|"
     r"(?:[\w'&-]{1,20} ){0,2}(?:apprentices|trainees|interns)|"  # ('Board Apprentices:' learning the board's work)
     r"(?:(?:registered|other|special|additional) )?"  # ('Registered guests present were A, B')
     r"(?:guests?(?! speakers?)|visitors?(?! comments?| questions?)|invited(?: guests)?|observers?)"  # not 'Visitor
     r"(?: present| in attendance| attending)?",  # Comments:'; 'Guests Present' as 'Members Present'
     {"status": "in_attendance", "capacity": "other"}),
    (r"(?:also )?in attendance|also present|also attending|also participating|remote attendance|"
     r"present\s+(?:at|by)\s+(?:the\s+)?invitation(?:\s+of\s+the\s+[\w ]{1,30}?)?",  # ('Present at the invitation of
     {"status": "in_attendance"}),  # the Board was A, Executive Director, and B, Secretary': not members)
    (r"(?:the )?clerk(?: (?:to|of) the [\w ]{1,30}?)?(?: ?(?:/|and|&) ?(?:rfo|responsible financial officer))?"
     r"(?: present| in attendance)?", {**OFFICER, "role": PRINTED}),  # 'Clerk: A', 'Clerk to the Council - A': the
    # post, its holder after it
    (r"(?:the )?clerk\b(?!,\s*(?-i:[A-Z]))(?!/).{0,40}", OFFICER),  # (not 'Clerk, Patty Sinnamon': the post, then
    # its holder)
    (r"(?:legal |general )?counsel(?: present| participating| attending| in attendance)?",  # the body's lawyer,
     {"status": "in_attendance", "capacity": "other", "role": "Counsel"}),  # there to advise: 'Counsel Participating'
    (r"secretariat", {**OFFICER, "role": "Secretariat"}),  # a standards committee's secretary, its officer
    (r"trade union observers?", {"capacity": "observer", "role": "Trade Union Observer", "guest": True}),
    (r"independent advis[eo]rs?", {"capacity": "adviser", "role": "Independent Adviser", "guest": True}),
    (r"co-?opted members?|co-?optees?", {"capacity": "co-optee"}),
    (r"substitute members?(?: present)?$|substitut(?:ions|es)$", {"status": "substitute", "substitutes": True}),
    (r"non[- ]voting members?", {"capacity": "non-voting"}),
    (r"ex[- ]officio(?: members?)?", {"capacity": "ex officio"}),  # members by virtue of an office ('Ex Officio: A')
    (r"others?(?:\s+(?:members|councill?ors))?", {"status": "in_attendance", "capacity": "other", "guest": True}),
    # ('OTHER MEMBERS: Councillor A': the council's, not the committee's)
    (r"(?:[\w'&-]{1,20} ){0,3}(?:absent|not present|not in attendance)|absentees?|absennol",  # ('Councillors not
     {"status": "absent"}),  # present:')
    (r"in the chair|presiding|chaired by", {"role": "Chair"}),  # 'In the Chair: Councillor A', 'Presiding: Mayor A'
    (r"leas-chathaoirleach", {"role": "Leas-Chathaoirleach"}),  # an Irish council's deputy chair and chair
    (r"cathaoirleach(?!['’])", {"role": "Cathaoirleach"}),
    (r"(?:deputy|vice)[- ]mayor(?!['’])", {"role": "Deputy Mayor"}),
    (r"mayor(?!['’])", {"role": "Mayor"}),  # not 'Mayor's Report:'
    (r"deputy reeve", {"role": "Deputy Reeve"}),  # a Canadian township's head and deputy
    (r"reeve(?!['’])", {"role": "Reeve"}),
    (r"vice[- ]chair(?:man|woman)?", {"role": "Vice-Chair"}),
    (r"deputy[- ]chair(?:man|woman|person)?", {"role": "Deputy Chair"}),  # 'Deputy Chairperson: A
    (r"(?:meeting |co-?)?chair(?:man|woman|person)?s?|cadeirydd", {"role": "Chair"}),  # 'Meeting Chair: A, DIR –
    # Co-chair', 'Chairs: A, B' (a working group's two)
    (r"(?:minutes? |meeting )?secretary(?!['’])", {"role": "Secretary"}),  # who took the minutes: 'Secretary: A'
    (r"recorder(?!['’])", {"role": "Recorder"}),  # (not 'Secretary's Report:')
    (r"scribes?", {"role": "Scribe"}),  # who kept the notes, by the name a group gives the task: 'Scribe: A'
    (r"note[- ]?takers?", {"role": "Note-taker"}),
    (r"minute[- ]?takers?|minutes\s+(?:taken|recorded)\s+by", {"role": "Minute-taker"}),  # ('Minutes Taken by: A')
    (r"facilitators?", {"role": "Facilitator"}),  # who led the meeting where it has no chair
    (r"reserve members?", {"capacity": "reserve"}),
    (r"(?:(?:community|parish|town|city)\s+)?councillors?(?:\s+present)?", {"honorific": "Councillor"}),  # the
    # members of a community or parish council ('Community Councillors: A (Chair), B')
    (r"police(?:\s+scotland|\s+service)?|police\s+officers?", {"status": "in_attendance", "capacity": "other",
                                                               "guest": True}),  # ('Police Scotland: PC A')
    (r"councilors?(?:\s+present)?", {"honorific": "Councilor"}),
    (r"(?:trustees|commissioners|governors|supervisors|selectmen|aldermen|councilmembers|councilpersons)"
     r"(?:\s+present)?", {}),  # the
    # board's members by their title ('PRESENT: Trustees: A, B, Library Director: C')
    (r"(?:(?:present|attending|participating)\s+)?(?:via|by)\s+(?:zoom|teams|webex|(?:tele)?phone|telephone|"
     r"video(?:\s*conference)?|teleconference)|(?:attending|participating|present)\s+remotely",
     {}),  # members who took part from afar: 'VIA ZOOM: Trustee A', 'Present by telephone: B'
    (r"attendance|(?:[\w'&-]{1,20} ){0,2}(?:attendees|participants)|attending|members? attending|sederunt|roll call|"
     r"(?:[\w'&-]{1,20} ){1,2}(?:attending|participating)(?: and (?:attending|participating))?|"  # 'Directors
     # Attending and Participating' over the board's members
     r"board of (?:directors|trustees|governors)|the following(?: [\w'&-]{1,20}){1,3}|"  # ('The following
     # officials were present:' over everyone who was, members and staff); the body's members named as a heading
     # over them ('BOARD OF DIRECTORS' over a table of names and titles)
     r"present|presennol|late|arrived late|late arrivals?|membership|"  # ('Late: Zamora': there, though after the
     # start; 'Membership:' over the members, those away marked 'A'; 'Presennol', Welsh; 'Ymddiheuriadau',
     rf"(?:[\w'&-]{{1,20}} ){{0,3}}present{AT_THE_START}|"  # 'Absennol',
     # 'Cadeirydd' above; 'MEMBERS PRESENT AT THE COMMENCEMENT')
     r"(?:[\w'&-]{1,20} ){0,2}who (?:entered|arrived|joined)(?: [\w'&-]{1,20}){1,5}|"  # ('MEMBERS WHO ENTERED
     # DURING THE PROCEEDINGS': there, though late)
     r"[\w '&()-]{0,40}\bmembers?(?:\s+of\s+the\s+[\w&' -]{1,40})?(?: present| in attendance)?|"  # not 'A
     # Bell, member'; 'Premier Members of the CCC' (the body's members by its initials)
     rf"(?:the )?(?:council|board|commission|committee|{MEMBER_TITLES}) in attendance|"
     r"(?:city|town|village|county|borough|township|parish|district)\s+(?:council|commission)(?:\s+members)?"
     r"(?:\s+present)?", {}),  # the body itself or its members by their title ('Council in Attendance: Councilor A,
    # ...', 'Trustees in attendance: A, B', 'CITY COUNCIL: Mayor A, Council Members B, C' over 'CITY STAFF: ...')
]]
# 'Apologies received from A', 'Apologies were noted from A', 'Apologies were tendered by A', 'An apology was received
# from A'
APOLOGIES_SENTENCE_RE = re.compile(r"(?i)^(?:it\s+was\s+(?:noted|reported|recorded)\s+that\s+)?"  # ('It was noted
                                   # that an apology for absence had been received from Councillor A.')
                                   r"(?:(?:apologies|an apology)(?: for absence)? "
                                   r"(?:(?:were|was|had been|have been) )?(?:received|submitted|noted|tendered|"
                                   r"intimated)(?: and accepted)?|there\s+(?:were|was)\s+(?:apologies|an\s+apology)"
                                   r"(?: for absence)?) (?:from|by|on behalf of)\s+(?=\S)")  # ('Apologies for absence
# were intimated on behalf of A', as Scottish minutes say it; 'There were apologies from Councillors A and B')

LEGEND_RE = re.compile(r"(?i)^[-\s]*(?:[*†‡]|\(\d\))\s*denotes\b")
# What may stand before a label: a Markdown callout, a bullet, an item number, a list number '(2)'.
LEAD_RE = re.compile(r"^(?:>\s*(?:\[![\w-]{1,20}\][-+]?\s*)?|[-•●▪◦·o]\s+|\d{1,3}(?:\.{1,2}|\))?\s+|\(\d{1,2}\)\s*)")
# 'Committee Members Present were: A, B', 'Also in attendance were A and B', 'Responding to roll call were'.
VERB_RE = re.compile(r"(?i)^(?P<head>[\w ,'&/()-]{1,60}?)\s+(?:were|was|are)\b(?:\s*:-?|\s*-)?\s*"
                     r"(?!received|submitted|noted|asked|also|not\b|none|nil|made|given|taken)(?=[\w*(])")
ALSO_PRESENT_RE = re.compile(r"(?i)^(also\s+(?:present|in\s+attendance|attending))\s+(?=(?-i:the\s+[A-Z]|[A-Z]))")
SEPARATOR_RE = re.compile(r"\s*(?:(?<!\d):(?!\d)-?|;|\t|\s(?:[–—-]|--)\s)\s*")  # not a time's colon ('6:26pm')


# What a sentence label says its people were: 'The following members were present:' / '... were absent:'.
STATE_RE = re.compile(r"(?i)(present|in attendance|absent|excused)\s*(?::-?|-)?\s*(?=[A-Z*(]|$)")  # (the list
# below: 'The following new board members were present:' ends its line)
STATES = {"present": {}, "in attendance": {"status": "in_attendance"}, "absent": {"status": "absent"},
          "excused": {"status": "apologies"}}


# A label that is a title and a state: 'Commissioners Present:', 'Legislators present:', 'Aldermen absent:'.
TITLE_LABEL_RE = re.compile(rf"(?i)^(?P<title>{MEMBER_TITLES})(?:\s+(?:present|absent|attending|in\s+attendance))?$")


# A roll call told before its list: 'On roll call, the following were in attendance:', 'Upon the calling of the roll'.
ON_ROLL_CALL_RE = re.compile(r"(?i)^(?:up)?on\s+(?:the\s+)?(?:roll\s+call|call(?:ing)?\s+(?:of\s+)?the\s+roll),?\s+")


def strip_lead(text: str) -> str:
    """'> [!abstract]- Present:' / 'o Commissioners Present:' / '1. Members Present were:' -> the label onwards."""
    text = text.strip()
    for _ in range(2):
        match = LEAD_RE.match(text)
        if not match or not match.end():
            break
        text = text[match.end():].lstrip()
    return text


# What a mark beside the names means: '(* = late)', '(voting members in bold)', '(* denotes voting member)'.
LEGEND_NOTE_RE = re.compile(r"(?i)\s*\([^()]{0,40}(?:=|\bin (?:bold|italics?)\b|\bdenotes?\b|\bmarked\b)[^()]{0,40}\)$")


def _settings(head: str, whole: bool) -> dict | None:
    """The settings of the first label rule that `head` is, or (a colon label) if none, the first it starts with."""
    head = re.sub(r"\s+", " ", head).strip(" .")
    if not head or len(head) > 70:
        return None
    head = LEGEND_NOTE_RE.sub("", head) or head  # 'Attendance (✓ = active member)': the label and its legend
    if whole and head.lower() == "membership":
        return None  # 'Membership' alone a heading (a committee's report on it); 'Membership:' over the members
    heads = [head, head.split("/")[-1].strip()] if "/" in head and "," not in head else [head]  # 'Presennol /
    # Present' (bilingual), never 'Jane Doe, CAO/Clerk' (a name and a post)
    for settings, read in _label_tries(whole):
        matched = next(filter(None, (read(h) for h in heads)), None)
        if matched is not None:
            if settings.get("role") == PRINTED:  # ('Clerc / Clerk': the post in the language its rule reads)
                return {**settings, "role": _post(matched.group(0)), "post": True}
            titled = TITLE_LABEL_RE.match(head)  # 'Commissioners Present:': each name's role
            role = title_role(titled.group("title")) if titled and "role" not in settings else None
            return {**settings, "role": role} if role else settings
    return None


_WHOLE = [(settings, pattern.fullmatch) for pattern, settings in LABELS]
_STARTS = _WHOLE + [(settings, pattern.match) for pattern, settings in LABELS]


def _label_tries(whole: bool) -> list[tuple[dict, Callable[[str], re.Match | None]]]:
    """Each label rule as it is tried: a label the whole head is; for a colon label, then one it starts with
    ('Other Members not present:' those absent, not 'Other')."""
    return _WHOLE if whole else _STARTS


def _post(label: str) -> str:
    """'The Clerk present' -> 'Clerk', 'CLERK TO THE COUNCIL' -> 'Clerk to the Council': the post a label names, as
    a role."""
    post = title_case(re.sub(r"(?i)^the\s+|\s+(?:present|in attendance)$", "", label))
    return post[:1].upper() + post[1:]


RAN_MEETING = {"Chair", "Cathaoirleach", "Scribe", "Note-taker", "Minute-taker", "Facilitator", "Recorder"}


def role_apart(settings: dict, context: Context) -> bool:
    """A role's label that does not carry on the list before it: 'Chair: A' after the officers' label ('Secretariat:
    B' / 'Chair: A'), the chair presiding as a member, none of the officers; who ran the meeting or kept its record
    after those away ('Regrets' / 'Jo Bell' / 'Chair' / 'Ann Lee' / 'Scribe' / 'Tom Hale'), there to do it. (After
    'Apologies:' any other post's label is one of those who sent them.)"""
    return settings.get("role") == "Chair" and context.capacity == "officer" \
        or settings.get("role") in RAN_MEETING and context.status in ("apologies", "absent")


def _found(settings: dict, rest: str) -> tuple[dict, str]:
    if re.match(r"(?i)^\s*\(officers?\)", rest):
        settings = OFFICER
    rest = re.sub(r"^\s*\((?:officers?|members?)\)", "", rest, flags=re.I)
    rest = COUNT_RE.sub("", rest)  # 'Present: 10 - A, B, ...': how many the list names, printed before it
    rest = TRAILING_COUNT_RE.sub("", rest)  # ... or after it, as a council's journal prints it: 'A and B -- 2.'
    rest = TRAILING_STATE_RE.sub("", rest)  # ... or what the label said, again: 'PRESENT – A and B were present.'
    return settings, rest.strip()


COUNT_RE = re.compile(r"^\s*\d{1,3}\s*[-–—]:?(?:\s+|$)")  # (a label in a column of its own gains a colon)
TRAILING_COUNT_RE = re.compile(r"\s+(?:--|[–—])\s*\d{1,3}\.?$")
TRAILING_STATE_RE = re.compile(r"(?i)\s+(?:were|was)\s+(?:all\s+)?(?:present|absent|excused|in\s+attendance)\s*\.?$")


def whole_label(text: str) -> bool:
    """`text` is an attendance label and nothing else ('PRESENT', 'Guests / Observers', 'Not in attendance')."""
    found = label_of(text)
    return found is not None and not found[1]


# How many a label's list names, or of how many, in brackets after it: 'Participants (14/30)', 'Present (9):'.
HEAD_COUNT_RE = re.compile(r"(?<=[A-Za-z])\s*\(\d{1,4}(?:\s*/\s*\d{1,4})?\)(?=\s*:|\s*$)")


# A sentence opening the list of everyone there, members and others: 'Those in attendance at the meeting were as
# follows:', 'Those present were:'.
THOSE_ATTENDING_RE = re.compile(r"(?i)^those\s+(?:present|in\s+attendance|attending)(?:\s+at\s+the\s+meeting)?\s+"
                                r"(?:were|are)(?:\s+as\s+follows)?\s*:")


def label_of(text: str) -> tuple[dict, str] | None:
    """If `text` starts with a label ('Councillors:', 'In attendance: (Officers)', 'Attendees<tab>A, B',
    'Present; A', 'Also in attendance were A'), its context and the rest of the line."""
    text = HEAD_COUNT_RE.sub("", strip_lead(text))
    text = THOSE_ATTENDING_RE.sub("Attendance:", text)  # 'Those in attendance at the meeting were as follows:'
    on_roll_call = ON_ROLL_CALL_RE.match(text)
    if on_roll_call:  # 'On roll call, the following were in attendance: A, B': the members who answered
        found = label_of(text[on_roll_call.end():])
        return ({**found[0], "status": "present"} if found[0].get("status") == "in_attendance" else found[0],
                found[1]) if found else None
    sentence = APOLOGIES_SENTENCE_RE.match(text)
    if sentence and ":" not in text[:sentence.end()]:  # 'Apologies for absence were received from Councillors A and'
        return {"status": "apologies", "sentence": True}, text[sentence.end():].strip()
    verb = VERB_RE.match(text)
    if verb and (settings := _settings(verb.group("head"), whole=True)) is not None:
        rest = text[verb.end():]
        state = STATE_RE.match(rest)  # 'The following members were present: A, B'
        if state:
            rest, settings = rest[state.end():], {**settings, **STATES[state.group(1).lower()]}
        return _found(settings, rest)
    run_on = ALSO_PRESENT_RE.match(text)
    if run_on:  # 'Also present the Clerk David Davies and CDO Ruth Taylor-Davies.': no verb, no colon
        return _found(_settings(run_on.group(1), whole=True) or {}, text[run_on.end():])
    separator = SEPARATOR_RE.search(text)
    if separator and ":" in separator.group(0):
        settings = _settings(text[:separator.start()], whole=False)
        rest = text[separator.end():]
        if settings is not None and not settings and (inner := label_of(rest)) is not None:
            return inner  # 'Roll Call: Present: A, B': the heading of the label that follows it
        return _found(settings, rest) if settings is not None else None
    if separator:  # 'Present; A, B', 'Attendees<tab>A, B': the label must be the whole head
        settings = _settings(text[:separator.start()], whole=True)
        if settings is not None:
            return _found(settings, text[separator.end():])
        if separator.group(0).strip() in ("-", "–", "—", "--"):
            return None  # 'Gary Page - Board Member': a name and a post apart by a dash, not a label
    if re.search(r"[a-z]\.$", text):  # 'Clerk.' on a line of its own: the end of a wrapped sentence, not a label
        return None
    settings = _settings(text, whole=True)
    return (settings, "") if settings is not None else None


# Where a line's list ends and another label begins: 'Present: A, B; Absent: C', 'Present: A. Apologies: B'.
NEXT_LABEL_RE = re.compile(r"(?<=[a-z)])[.;]\s+(?=[A-Z][\w'&-]*(?:\s[\w'&-]+){0,3}\s?:\s)")
SENTENCE_START_RE = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")
# A word saying who attended or did not: a sentence holding one is about attendance.
PRESENCE_RE = re.compile(r"(?i)\b(?:present|absent|attend\w*|apologies|regrets|excused)\b")


COLON_LABEL_RE = re.compile(r"\W{0,3}[A-Z][\w'& -]{0,40}:\s")  # a label and its colon opening a line or a sentence


def _told_after(text: str) -> int | None:
    """Where a sentence saying who attended starts after another sentence of the line ('Meeting was held in
    Socorro at NM Tech.  Board members in attendance were:  A, B'), where the line opens with none; else None."""
    if label_of(text):
        return None
    cut = next((m.end() for m in SENTENCE_START_RE.finditer(text)
                if (VERB_RE.match(rest := text[m.end():]) or COLON_LABEL_RE.match(rest)) and label_of(rest)),
               None)  # (or a label and its colon: '... by A, Chair. In attendance: B, Secretary; C')
    return cut if cut and not PRESENCE_RE.search(text[:cut]) else None  # (a roll call told over sentences: prose's)


# A sentence that ends by saying the list below it is who attended: '... convened in a regular meeting on Monday,
# February 17, 2003 ..., with the following members present to-wit:'.
TRAILING_LABEL_RE = re.compile(r"(?i)^(?P<text>.{20,}?\S|.{2,19}?[.!?])\s+"  # (or a wrapped sentence's last words:
                               # '2A -2B. The following Commissioners were present:')
                               r"(?:with\s+)?(?P<label>the\s+following\s+(?:[\w-]+\s+){0,2}"
                               r"(?:present|in\s+attendance))(?:,?\s*to[- ]wit)?\s*:\s*$")


GAP_LABEL_RE = re.compile(r"(?P<label>[A-Z][A-Z ]{2,30}?)\s{2,}(?=\S)")  # a label in capitals, then a gap


# A label, a post written short, then a gap of spaces before its holder's name and the list going on after it.
POST_GAP_RE = re.compile(rf"^\s*[A-Z][\w ]{{2,40}}:\s*(?P<post>{POST_ACRONYM_RE.pattern})\s{{2,}}"
                         r"(?=[A-Z][a-z]+\s[A-Z][^,]*,)")


def split_labels(lines: list[Line]) -> list[Line]:
    """Each labelled list of a line that opens with a label, on a line of its own (the same line number): a list
    runs to its line's end. A roll call told in sentences is left whole to the prose rules; a sentence that ends
    with the label of the list below it is the sentence, then the label."""
    found = []
    for line in lines:
        gapped = POST_GAP_RE.match(line.text)  # 'ADMINISTRATION PRESENT: CAO    Al Hoggan, Assistant CAO B': one list
        line = replace(line, text=line.text[:gapped.end("post")] + " " + line.text[gapped.end():]) if gapped else line
        trailing = TRAILING_LABEL_RE.match(line.text.strip())
        if trailing:
            found.extend([replace(line, text=trailing.group("text")), replace(line, text=f"{trailing['label']}:")])
            continue
        told = _told_after(line.text)
        if told:  # 'Meeting was held in Socorro. Board members in attendance were: A, B and C.': the list is the
            found.extend([replace(line, text=line.text[:told].strip()), replace(line, text=line.text[told:].strip())])
            continue  # second sentence's, the first is text
        cuts = [m.end() for m in NEXT_LABEL_RE.finditer(line.text) if label_of(line.text[m.end():])]
        gap = GAP_LABEL_RE.match(line.text.strip())  # 'ROLL CALL  Mayor A; Councilmembers: B, C'
        opens = COLON_LABEL_RE.match(line.text) and label_of(line.text) or gap and whole_label(gap.group("label"))
        if not cuts or not opens:
            found.append(line)
            continue
        for start, end in zip([0, *cuts], [*cuts, len(line.text)], strict=True):
            found.append(replace(line, text=line.text[start:end].strip().rstrip(".;")))
    return found
