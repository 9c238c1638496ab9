"""One printed name as an attendance entry: 'Cllr Mrs J Smith (Chair)', 'Alan Holzer, Chair (AHol)', 'Chief
Executive (John Marsh)', 'Kamini Rambellas – Interim Divisional Director', with the table cells beside it (a role,
an organisation, minutes, a roll call's state). Lists of names are namelist.py's.

A role, an initial in brackets, an organisation or a reason for absence is never a person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attendance_labels import Context
from .drafts import AttendanceDraft
from .lines import Line
from .names import (
    JUDGE,
    MEMBER_TITLE,
    MEMBERSHIP_ROLES,
    NUMBERED_WARD_RE,
    ORGANISATION_RE,
    POST_SURNAME_RE,
    ROLE_END_RE,
    PersonName,
    councillor_role,
    is_initials,
    looks_like_name,
    parse_name,
    without_post_nominals,
)
from .parties import party_of
from .role_titles import POST_ACRONYM_RE

MINUTE_CELL_RE = re.compile(r"(?i)^(?:for\s+)?minutes?\s+((?=[\w./-]*\d)[\w./-]+(?:\s*(?:,|and|&)\s*[\w./-]+)*)$")  # (a
# number: 'Minute Secretary' is a post)
# A post printed before its holder's name in brackets: 'Meetings Administrator (Ms. F. Green)'.
# The holder of a post, in brackets after it: titled, or initials and a surname ('Head of Planning (H Blue)'; a full
# name alone in brackets may be a party, 'Liberal Democrat').
HOLDER = (r"(?:(?:The\s+)?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Cr|Councillor|Professor|Prof|Hon|Sir|Dame|Revd?)\.?\s+"
          r"[^()]{2,60}"
          r"|(?:[A-Z](?:\.\s?|\s)){1,3}[A-Z][a-z][\w'’-]+)")
ROLE_THEN_NAME_RE = re.compile(rf"\({HOLDER}\)")
ROLE_KEYWORDS = re.compile(
    r"(?i)\b(director|officer|manager|adviser|advisor|representative|chair\w*|head|leader|member|holder|"
    r"commander|executive|clinical|lead|secretary|clerk|solicitor|lawyer|consultant|nurse|doctor|commissioner|"
    r"inspector|superintendent|governor|trustee|chief|assistant|deputy|president|accountable|interim|portfolio|"
    r"mayor|conven[eo]r|coordinator|co-ordinator|analyst|accountant|treasurer|partner|specialist|teacher|headteacher|"
    r"comptroller|auditor|attorney|counsel|engineer|planner|administrator|supervisor|agent|resident|"
    r"councill?or|councilmember|council(?:wo)?man|councilperson|alderman|vice|speaker|cathaoirleach|cadeirydd|reeve|"
    r"visitor|guest|observer|designer|alternate|(?-i:GM)|"  # ('GM Corporate and Community': a general manager)
    r"architect|contractor|surveyor|reporter|journalist|volunteer|student|spokes(?:person|man|woman)|economist|"
    r"researcher|statistician|scientist|acting|marshal|sheriff|curator|librarian|archivist|registrar|recorder|"
    r"dean|provost|chancellor|bursar|harbou?r\s?master|(?:head|post|web)master|counsell?or|associate|fellow|"
    rf"magistrate|litigator|assessor|liaison|facilitator|moderator|scribe|(?:minute|note)[- ]?taker|{JUDGE})\b")


# A post run together with the agency the person serves, no comma between: 'Chief Unified Fire Authority', 'Executive
# Director Community Action Agency' (a post's words, then capitalised words with an organisation's word among them).
AGENCY_RE = re.compile(r"^(?:[A-Z][\w'’-]*|of|and|&|the)(?:\s(?:[A-Z][\w'’-]*|of|and|&|the)){1,6}$")


def post_and_agency(post: str) -> tuple[str, str | None]:
    """(the post, the agency) of a post printed with its agency after it, else (the post, None): each way of cutting
    it after one to three words is tried, the post's last word a post's, the agency free of post words."""
    words = post.split()
    for cut in range(1, min(4, len(words) - 1)):
        head, agency = " ".join(words[:cut]), " ".join(words[cut:])
        if (ROLE_KEYWORDS.fullmatch(words[cut - 1]) and words[cut][:1].isupper() and AGENCY_RE.match(agency)
                and ORGANISATION_RE.search(agency) and not ROLE_KEYWORDS.search(agency)):
            return head, agency
    return post, None


def own_role(entry: AttendanceDraft) -> str | None:
    """The role printed for this person, not the councillor title read from their honorific."""
    return None if entry.role == councillor_role(entry.name) else entry.role


OFFICE_RE = re.compile(r"(?:minutes |membership |assistant |recording )?(?:secretary|treasurer|president|"
                       r"vice-president|vice-chair|clerk)")  # ('(recording clerk)': who takes the minutes)


# A member's state in a roll call's column, never an organisation: 'Present', 'Absent', 'Excused'.
STATE_CELL_RE = re.compile(r"(?i)(present|here|absent|excused|apologies)(?:\s*[-–(]\s*(?:excused|unexcused)\)?)?")
STATE_CELLS = {"present": "present", "here": "present", "absent": "absent", "excused": "apologies",
               "apologies": "apologies"}


# A member's standing in brackets after the name: 'Tim Teebken (Provisional)', 'A (Non-voting)', 'B (Ex officio)'.
STANDING_RE = re.compile(r"(?i)(?:provisional|probationary|associate|honorary|emeritus|non-voting|voting|"
                         r"ex[- ]officio|co-opted)(?:\s+member)?")


ABSENCE_REASON_RE = re.compile(r"(?i)(?:business|work|holiday|holidays|illness|ill[- ]health|unwell|sick|family|"
                               r"personal|medical|bereavement|childcare|travel(?:ling)?|away|other|prior)"
                               r"(?:\s+(?:reasons?|commitments?|engagements?|matters?))?")


DOTTED_POST = r"(?:[A-Z]\.){1,4}[A-Z]\.?"  # a post's initials with stops, after a name: 'Mr. S. Murray, D.O.S.'
TOOK_PART_RE = re.compile(r"(?i)(?:(?:attending|joined|present|participating)\s+)?(?:via|by|on|through|over)\s+"
                          r"(?:zoom|(?:microsoft\s+)?teams|skype|webex|video(?:\s*conference|\s*link)?|"
                          r"tele(?:phone|conference)|phone|audio[- ]?visual(?:\s+link)?)|remote(?:ly)?|online|"
                          r"virtual(?:ly)?|in\s+person|(?:irc|chat|phone)[_ ]only")  # ('Lachy[IRC_only]')


def add_attributes(entry: AttendanceDraft, cells: list[str]) -> None:
    """Extra table cells: 'Minute 571', a role, an organisation."""
    for cell in cells:
        cell = cell.strip(" -,;")  # ('( , post-meeting)': what was beside a mark the text does not show)
        if OFFICE_RE.fullmatch(cell) or cell.isupper() and ROLE_KEYWORDS.fullmatch(cell):
            cell = cell.capitalize()  # '(secretary)', '– CHAIR': an office held, printed in lower case or capitals
        if not cell or cell == entry.role or re.fullmatch(r"[a-z][^A-Z]*", cell) or STANDING_RE.fullmatch(cell):
            continue  # '(work commitments)', '(holiday)': a reason for apologies; '(left meeting 1.05 – 1.09pm)':
            # when; '(Provisional)': a member's standing; none an organisation
        if entry.status in ("apologies", "absent") and ABSENCE_REASON_RE.fullmatch(cell) \
                or TOOK_PART_RE.fullmatch(cell) or cell.replace(".", "").upper() in POST_NOMINALS and cell.isupper():
            continue  # 'Cllrs Paul Rochford, (Business) and ...': why they sent apologies, printed capitalised; '(via
            # Zoom)': how they took part; 'Richard Northey, (ONZM)': an honour
        if entry.role and is_initials(cell, entry.role):
            continue  # 'Mrs N Vaughan (School Improvement Director) (SID)': the post's initials, no organisation
        if cell == "A":  # 'Ingrid Barker – A' in a list of members: the mark of one away
            entry.status = "absent"
            continue
        state = STATE_CELL_RE.fullmatch(cell)
        if state:  # a roll call's column: 'Councilmember Lee      Absent', 'Absent (excused)'
            excused = "excused" in cell.lower() and "unexcused" not in cell.lower()
            entry.status = "apologies" if excused else STATE_CELLS[state.group(1).lower()]
            continue
        minutes = MINUTE_CELL_RE.match(cell)
        if minutes:
            entry.items.extend(re.split(r"\s*(?:,|and|&)\s*", minutes.group(1)))
        elif (own_role(entry) is None or re.fullmatch(MEMBER_TITLE, entry.role or "")) and entry.organisation is None \
                and (ROLE_KEYWORDS.search(cell) or POST_ACRONYM_RE.fullmatch(cell) or re.fullmatch(DOTTED_POST, cell)):
            entry.role = cell  # (a post of one's own over the title every member has: 'Governors present: A
            # (Headteacher)')
        elif entry.position is None and entry.organisation is None and ROLE_END_RE.search(cell) \
                and not ORGANISATION_RE.search(cell) and not re.search(r"\sof\s", cell):  # (not 'Chair of Harrow Chief
            # Executives', a group's name after its post)
            entry.position = cell  # 'Minutes Secretary: A (Senior Administration Officer)': the post held, the part
            # at the meeting the label's
        elif entry.organisation is None:
            entry.organisation = cell
        else:
            entry.organisation = f"{entry.organisation} {cell}"


CLERK_RE = re.compile(r"(?i)^(?:the )?(?:former |acting |interim )?"
                      r"(?:parish |town |city |county |village |council |committee |deputy |assistant )?"
                      r"(?:clerk|minute[- ]?taker|minute secretary)\b")


DEPUTY_OFFICER_RE = re.compile(r"(?i)^(?:deputy|assistant) (?:city |county |town )?(?:solicitor|director|comptroller|"
                               r"clerk|manager|attorney|treasurer|auditor)\b")


def clerk(entry: AttendanceDraft) -> None:
    """A clerk or minute taker listed among those present attends as an officer, not as a member; so does the
    deputy of an officer ('Deputy City Solicitor', 'Deputy Director of Public Works') - never a Deputy Mayor."""
    officer = entry.role and (CLERK_RE.match(entry.role) or DEPUTY_OFFICER_RE.match(entry.role))
    if officer and entry.status == "present":
        entry.status, entry.capacity = "in_attendance", entry.capacity or "officer"


PRESIDED_RE = re.compile(r"(?<=[\w.)])\s+(?:presided|presiding|in\s+the\s+(?i:chair))\.?$")  # ('... in the Chair')


HANDLE_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{1,30}")  # one word, as a chat or an account names someone
NOTE_AFTER_RE = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]$")  # 'pc (after vote)', 'Lachy[IRC_only]': a note after
# a handle


def bare_handle(printed: str) -> str:
    """A handle without the note in brackets after it."""
    return NOTE_AFTER_RE.sub("", printed.strip())


# The numbered division, ward or district a member sits for, printed before the name: 'Division No. 5 Bob Long'.
WARD_BEFORE_RE = re.compile(r"^(?:Electoral\s+)?(?:Division|Ward|District|Precinct)\s*(?:No\.?|#)?\s*\d{1,3}\s+"
                            r"(?=[A-Z])")


def _ward_after(printed: str) -> str | None:
    """The ward a member sits for, printed after the name ('Cr Carolyn Stewart Mount Jeffcott Ward'): its longest
    reading that leaves a given name and a surname before it ('Mount Jeffcott Ward'); or a numbered one ('Councillor
    Soley Lynds District #8', 'Mayor A Bell Ward 3')."""
    numbered = NUMBERED_WARD_RE.search(printed)
    if numbered and looks_like_name(printed[:numbered.start()]):
        return numbered.group().strip()
    words = printed.split()
    if len(words) < 4 or words[-1] != "Ward":
        return None
    for size in (3, 2, 1):  # words of the ward's name before 'Ward'
        rest = parse_name(" ".join(words[:-size - 1]))
        ward = words[-size - 1:]
        if rest and len(rest.name.split()) >= 2 and all(w[:1].isupper() for w in ward) \
                and looks_like_name(rest.printed) and not ROLE_KEYWORDS.search(rest.name):  # ('Chief Administrative
            # Officer Wendy Ward': a post, then the name of someone called Ward)
            return " ".join(ward)
    return None


def make_entry(printed: str, line: Line, context: Context, status: str | None = None) -> AttendanceDraft | None:
    printed = re.sub(r"(?<=[\w.)])\s+(?:in person|remotely|virtually|(?:via|by) (?:video|tele)[- ]?conf\w*|via \w+|"
                     r"by \w+|online)$", "", printed.strip())  # how they took part: 'via phone', 'via video conf'

    presided = PRESIDED_RE.search(printed)  # 'Cathaoirleach Cllr. S. Murphy presided.': the one in the chair
    printed = printed[:presided.start()] if presided else printed
    ward = _ward_after(printed)  # 'Cr Ellen White Mallee Ward': the ward the member sits for
    printed = printed[:len(printed) - len(ward) - 1] if ward else printed
    before = WARD_BEFORE_RE.match(printed) if not ward else None  # 'Division No. 5 Bob Long': the same, before
    ward, printed = (before.group(0).strip(), printed[before.end():]) if before else (ward, printed)
    name = parse_name(printed)
    bare = bare_handle(printed)
    handle = context.handles and bool(HANDLE_RE.fullmatch(bare))
    if handle and (name is None or name.name != bare):  # 'pc', 'dr': a member's initials in lower case, not a title
        # before a name; 'Lachy[IRC_only]': a handle and a note
        name = PersonName(bare, None, None, None, tuple(NOTE_AFTER_RE.findall(printed)), printed)
    if name is None:
        return None
    posted = POST_SURNAME_RE.fullmatch(name.name) if not name.role else None
    if posted:  # 'Manager Herbek' a line of a roll call, 'Chief Harms' in its sentence: a post before a surname
        name = replace(name, name=posted.group("surname"), role=posted.group("post"))
    titled = context.honorific or (context.role or "").lower() in MEMBERSHIP_ROLES or context.surnames  # 'Legislators
    # present: A, B', 'Members present: A, B, C'
    surname = bool(titled and re.fullmatch(r"[A-Z][\w'’-]{1,30}", name.name)
                   and not ROLE_KEYWORDS.search(name.name) and not ORGANISATION_RE.search(name.name))
    if not (looks_like_name(printed) or surname or handle or posted):  # 'Councillors Hayward, Evans': surnames
        # under a title; 'Ass’t Supt. Frisbie': a surname after a post
        return None
    if context.honorific and context.honorific not in (name.honorific or "") \
            and not (name.role and name.honorific):  # ('Cllrs A and B, Town Clerk Mrs C': the clerk's own title)
        honorific = f"{context.honorific} {name.honorific}" if name.honorific else context.honorific
        name = PersonName(name.name, honorific, name.role, name.reserve, name.notes, name.printed)
    entry = AttendanceDraft(name=name, line=line, status=status or context.status,
                            role=name.role or context.role or ("Chair" if presided else None),
                            capacity=context.capacity)
    if name.reserve:
        entry.capacity = "reserve"
    if ward:
        entry.position = ward
    title = councillor_role(name)
    if entry.role is None and title and (title not in ("Councillor", "Councilor") or entry.status != "present"
                                         or context.titled):
        entry.role = title  # 'County Councillor Webb', 'apologies from Cllrs A and B', 'Present: Cllrs A, B': the
        # plural title before a list is the role; under a label ('Councillors:') or on one name, an honorific
    notes = [re.sub(r"^[A-Z][A-Za-z]{0,5},\s*", lambda m: "" if is_initials(m.group().rstrip(", "), name.name)
                    else m.group(), n) for n in name.notes]  # '(JZ, Library Director)': the initials, then the post
    notes = [n for n in notes if not is_initials(n, name.name)  # '(SF)', '(AHol)': initials, not a name
             and not (councillor_role(name) and party_of(n))]  # '(Labour)': the person's party (naming.Names)
    for note in notes:
        match = re.search(r"(?i)\bfor minutes?\s+([\w./-]+(?:\s*(?:,|and|&)\s*[\w./-]+)*)", note)
        if match:
            entry.items.extend(re.split(r"\s*(?:,|and|&)\s*", match.group(1)))
            note = note[:match.start()].strip(" ,")
        if re.match(r"(?i)substitute\b(?!\s+for\b)", note) and entry.status == "present":
            entry.status = "substitute"  # 'Mr G Farlow (substitute)', '(substitute – am only)': sitting as one
        elif re.match(r"(?i)arrived\b", note) and entry.status == "absent":
            entry.status = "present"  # 'Absent: A (arrived at 12:56 p.m.)': absent at the roll call, there after
        elif re.fullmatch(r"(?i)minutes", note) and entry.role is None:
            entry.role = "Minute-taker"  # 'Ade Odebunmi (Minutes), Senior Governance Officer': who took them
        elif OBSERVER_RE.fullmatch(note):  # 'Bianca Holland (Observing)': there to watch, not a member
            entry.status = "in_attendance" if entry.status == "present" else entry.status
            entry.capacity = entry.capacity or "other"
        elif note:
            add_attributes(entry, [note])
    clerk(entry)
    return entry


OBSERVER_RE = re.compile(r"(?i)(?:non-voting\s+)?observ(?:er|ing)")  # not a member: attends


# Honours, degrees and seats printed after a name ('John Smith OBE', 'Jane Roe MP'): the person's, no organisation.
POST_NOMINALS = {"MP", "MSP", "MS", "AM", "MEP", "MLA", "QC", "KC", "JP", "DL", "OBE", "MBE", "CBE", "KBE", "DBE",
                 "FRS", "PHD", "JR", "SR", "II", "III", "IV", "ESQ",
                 "ONZM", "MNZM", "CNZM", "KNZM", "DNZM", "QSM", "QSO", "AO", "AC", "OAM", "PSM", "BEM", "CVO", "LVO",
                 "MVO", "OC", "CM"}  # (honours of New Zealand, Australia, Canada and the Crown)
# 'Chris Francis SAP', 'John Adams DfID (phone)', 'John Sheridan The National Archives', 'Cameron Platt of Peak Law': an
# organisation after a name with no mark between, told by an acronym (two capitals or more), by 'The' or by 'of'; a
# note on how they took part after; never a surname with a capital inside ('Richard K. MacManus', 'Ann DeVries').
NAME_THEN_BODY_RE = re.compile(r"^(?P<name>[A-Z][a-z'’.-]+(?:\s[A-Z][a-z'’.-]+){1,3}?)\s(?:of\s(?=[A-Z]))?"
                               r"(?P<body>(?<=of\s)[A-Z][\w&’'-]+(?:\s[A-Z][\w&’'-]+){0,5}|"
                               r"(?!(?:Ma?c|De|Di|Du|La|Le)[A-Z][a-z]{2,}\b)[A-Z][a-z]{0,2}[A-Z]"
                               r"[A-Za-z]{0,4}|The(?:\s[A-Z][\w&’'-]+){1,5})(?:\s\((?P<note>[a-z][a-z ]{1,20})\))?$")


def post_and_surname(text: str) -> bool:
    """A phrase ending in a post and a surname is a person named by post ('Fire Company President Ide', in a list of
    'Engineer Goff, ...'), though an organisation's word stands before the post; 'Office of the Deputy Mayor' ends in a
    post, not a surname."""
    words = text.split()
    return len(words) >= 2 and bool(ROLE_KEYWORDS.fullmatch(words[-2])) and not ROLE_KEYWORDS.fullmatch(words[-1]) \
        and bool(re.fullmatch(r"[A-Z][a-z][\w'’-]*", words[-1])) \
        and not re.fullmatch(MEMBER_TITLE, " ".join(words[:-1]))  # ('Member Hage': a member's title, read as one)


def name_then_organisation(text: str) -> tuple[str, str] | None:
    """The name and the organisation of a line of a list that prints one after the other with no mark between."""
    match = NAME_THEN_BODY_RE.match(text.strip())
    if not match or match.group("body").upper() in POST_NOMINALS or not looks_like_name(match.group("name")) \
            or ROLE_KEYWORDS.search(match.group("name")):  # ('Lord Mayor of Leeds': a post, no person)
        return None
    return match.group("name"), match.group("body")


# A clause after a name in a list saying when the member came to be there: 'A after she was sworn in as Trustee'.
WHEN_CLAUSE_RE = re.compile(r"(?<=[a-z])\s+(?:after|once|when|upon|following)\s+(?:she|he|they|being|having)\b[^,;()]*")


# A name as a title and initials (or a given name) before a surname, its post after it with no comma between: 'Mrs P
# Alder Assistant Clerk and Management Officer, X Parish Council', 'Ms Mirenda O'Donovan Secretary to the Board' (the
# surname is the one word after them; what follows a comma, the body the post serves, is left).
INITIALS_POST_RE = re.compile(r"^(?P<name>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:(?:[A-Z]\.?\s+){1,3}|[A-Z][a-z]+\s+)"
                              r"[A-Z][a-zA-Z'’-]+)\s+"
                              r"(?P<post>[A-Z][\w'’&/ -]{2,80}?)(?:,\s*[A-Z][\w'’&. -]{2,60})?$")


# Two names sharing a post in the plural, in brackets after them: 'Scott Petty & Kevin Challis (Managers U13s)',
# 'Ann Bell and Tom Hale (Co-Chairs)'.
PAIR_POST_RE = re.compile(r"(?P<first>[A-Z][^,;()&]{1,60}?)\s+(?:and|&)\s+(?P<second>[A-Z][^,;()&]{1,60}?)\s*"
                          r"\((?P<post>[^()]{2,60})\)")


def _pair_post(match: re.Match) -> str:
    """Each of the two names with the post in the singular, where its first word is a post's plural ('Managers');
    else the text as printed."""
    words = match.group("post").split()
    singular = words[0][:-1] if words[0].endswith("s") else ""
    if not singular or not ROLE_KEYWORDS.fullmatch(singular.split("-")[-1]):
        return match.group(0)
    post = " ".join([singular, *words[1:]])
    return f"{match.group('first')} ({post}), {match.group('second')} ({post})"


def as_listed(text: str) -> str:
    """A list's entries as they read: a clause saying when a member came to be there taken out ('and Mel Martin after
    she was sworn in as Trustee'), a name and its post with no comma between given one ('Mr W Grosvenor Clerk and
    Executive Officer to X'), names set apart by slashes ('A Bell / T Hale') set apart by commas, the letters after
    a name for an honour or office dropped ('John Harvey, MBE, JP'), a post two names share in the plural given each
    ('A & B (Managers U13s)')."""
    text = without_post_nominals(WHEN_CLAUSE_RE.sub("", text))
    text = PAIR_POST_RE.sub(_pair_post, text)
    slashed = re.split(r"\s*/\s*", text)
    if len(slashed) >= 2 and all(len(piece.split()) >= 2 and looks_like_name(piece) for piece in slashed):
        text = ", ".join(slashed)  # 'Lawrie Lowe / Tony Lafford/ Ken Gort': names set apart by slashes
    posted = INITIALS_POST_RE.fullmatch(text)
    if posted and ROLE_KEYWORDS.search(posted.group("post")):
        text = f"{posted.group('name')}, {posted.group('post')}"
    return text
