"""People the minutes' text shows were at the meeting, though no attendance list names them: members of the public
who spoke, staff who reported or presented, a transcript's speakers, whoever signed the minutes, a mover named with a
personal title, and a member the text says was absent. Each way is a pattern and a function that reads one
paragraph (a `Block`) into attendance entries; a member already listed keeps their listing.
"""

from __future__ import annotations

import re

from .attendance_labels import Context
from .blocks import Block
from .drafts import AttendanceDraft
from .lines import Line
from .nameentry import ROLE_KEYWORDS, make_entry
from .names import MEMBER_TITLE, PersonName, councillor_role, looks_like_name, parse_name
from .role_titles import PERSONAL_TITLE

# A member named in a sentence that tells their absence: 'Cllr H. Greaves', 'Sid Swami'.
STATED_NAME = r"((?:(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
ABSENT_RE = re.compile(STATED_NAME + r"\s+(?:was|were)\s+(?:absent\b|not\s+present(?=\s*[.;]|\s*$))")  # ('Pete
# Hale was not present.', not '... was not present for the vote')
# ... or sent apologies, told in a sentence: 'Sid Swami submits his apologies.', 'Cllr A sent her apologies for absence'
# (not 'apologised for not informing B', 'sent his apologies for the delay').
APOLOGISED_RE = re.compile(STATED_NAME + r"\s+(?:has\s+|had\s+)?(?:sends?|sent|submits?|submitted|gives?|gave|"
                           r"given|tender(?:s|ed)?|offer(?:s|ed)?)\s+(?:his|her|their)\s+apologies(?:\s+for\s+(?:absence|the\s+meeting))?"
                           r"(?=\s*(?:[.;,]|$))")
STATED_ABSENCES = [(ABSENT_RE, "absent"), (APOLOGISED_RE, "apologies")]  # 'Cllr H. Greaves was absent.'


# A verbatim transcript's speaker label: 'Jeremy Graham: “We are here ...', 'Ms. Sherrie Bryant: “Good morning'.
# Only a full name is read (a surname alone, 'Ms. Bryant:', names nobody new; a role, 'City Solicitor:', nobody).
SPEAKER_RE = re.compile(rf"^(?:{PERSONAL_TITLE}\.?\s+)?"
                        r"(?P<name>[A-Z][\w'’.-]{0,30}(?:\s{1,8}[A-Z][\w'’.“”\"-]{0,30}){1,3})\s{0,12}:\s{0,12}[“\"]")


def speaker(block: Block) -> AttendanceDraft | None:
    """The person a transcript paragraph opens with, in attendance (a member already listed stays as listed)."""
    match = SPEAKER_RE.match(block.lines[0].stripped)
    if not match:
        return None
    printed = re.sub(r"\s+", " ", match.group("name"))
    name = parse_name(printed)
    if name is None or len(name.name.split()) < 2 or not looks_like_name(printed):
        return None
    return make_entry(printed, block.first, Context(status="in_attendance"))


PERSONAL_TITLE_RE = re.compile(rf"^{PERSONAL_TITLE}\.?$")


def mover_present(person: PersonName | None, line: Line) -> AttendanceDraft | None:
    """Someone who moved or seconded a motion was at the meeting: named in full with a personal title ('Mr
    Michael Swan proposed ...') they attend (a member listed stays as listed); a surname alone names nobody new."""
    if person is None or not PERSONAL_TITLE_RE.match(person.honorific or "") or len(person.name.split()) < 2:
        return None
    return make_entry(person.printed, line, Context(status="in_attendance"))  # a member keeps their listing


# A member of the public who spoke, opening a paragraph or a sentence: 'Mr R Judd spoke about ...', 'Ms Haidy Blake
# advised the council ...', 'Alex Hellman and Carly Irving addressed the council', 'Mr Hawkins who lives in the
# adjoining flat asked about ...'. A personal title with an initial or first name and a surname, or a first name and
# a surname, or a councillor's title with them ('Councillor Mark Weston spoke about the petition': a councillor who
# is no member of the body, a member keeping their listing); not a title with a surname alone ('Mr. Skala asked': how
# some minutes name their own members), an office ('Mayor McDavid', 'Cllr Cobb': members are listed), nor a first
# name alone ('Janice started the meeting').
# ('Chief White', 'Fire Chief White', 'Chief Operations Officer Frank Camarda': the words of a post printed before a
# name, one list for every reader here.)
OFFICE_WORD = (r"(?:Chief|Captain|Sergeant|Officer|Inspector|Superintendent|Director|Manager|Clerk|Secretary|"
               r"Treasurer|Attorney|Engineer|Planner|Principal|Sheriff|Judge|Senator|Representative|Administrator|"
               r"Counsel|Counselor|Coordinator|Controller|Auditor|Recorder)")
PERSON = (rf"(?:{PERSONAL_TITLE}\.?\s(?:[A-Z]\.?\s|[A-Z][a-z]{{1,20}}\s)[A-Z][\w'’-]{{1,30}}|"
          r"(?:Councillor|Cllr\.?)\s[A-Z][a-z]{1,20}\s[A-Z][\w'’-]{1,30}|"
          r"(?!(?:The|This|That|These|Those|Our|Their|His|Her|Members|Councillors|Residents|Officers|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s)"
          rf"(?!(?:{MEMBER_TITLE}|{OFFICE_WORD})\s)"  # 'Chief White', 'Mayor McDavid': a post and a surname
          r"[A-Z][a-z]{1,20}\s[A-Z][\w'’-]{1,30})")
# ('Patrick Heisinger, Assistant City Manager, made a presentation': the role between commas is theirs; 'Jan Dye,
# 2222 Bluff Boulevard, stated ...': a speaker's street address between commas, as a public comment is minuted;
# after either, any verb of speaking: 'Terry Crouch, the Vice Chair of X, explained ...')
ADDRESS = r"\d{1,6}\s(?:[NSEW]\.\s)?[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,4}"
SPOKE_RE = re.compile(rf"(?:^|(?<=[.;:]\s)|(?<=[.;]\s\s)|(?<=\sand\s))(?:\d{{1,3}}(?:\.\d{{1,2}}){{0,2}}\.?\s{{1,6}})?"
                      rf"(?:(?:Local\s)?[Rr]esident\s|Citizen\s)?"  # ('Resident Alan Fisk of 12 Brook Road asked')
                      rf"(?P<first>{PERSON})(?:\s(?:and|&)\s(?P<second>{PERSON}))?"
                      rf"(?:,\s(?:the\s)?(?P<role>[A-Z][\w’'-]{{1,20}}(?:\s(?:of\s(?:the\s)?|and\s|for\s)?"
                      rf"[A-Z][\w’'-]{{1,20}}){{0,6}}),|,\sthe\s(?P<lowrole>[a-z][\w’'-]{{1,20}}(?:\s[a-z][\w’'-]{{1,20}}){{0,3}}),|"
                      rf",\s{ADDRESS},|,\son\sbehalf\sof\s[^,;.]{{1,80}},|"
                      rf"\sfrom\s(?:the\s)?(?P<firm>[A-Z][\w&'’.-]*(?:\s(?:of\s)?[A-Z][\w&'’.-]*){{0,4}})|"
                      rf"\s\((?P<bracketed>[A-Z][\w&'’./ -]{{1,60}})\))?"
                      rf"(?:,?\s(?:who|of)\s[^.;]{{1,80}}?)?\s(?:also\s)?(?:spoke|(?:addressed|updated)\s(?:the\s)?(?i:council|meeting|committee|"
                      rf"members|board|commission)|asked|raised|advised\sthe\s(?:council|meeting)|informed\sthe\s"
                      rf"(?:council|meeting)|provided\s(?:public\s)?comments?|(?:made|gave)\sa\spresentation|presented\s(?:on|to)\b|"
                      rf"(?:explained|stated|commented|mentioned)\s(?:that\s)?(?:he|she|they)\b|commented\sthat|"
                      rf"expressed\s(?:(?:her|his|their)\s)?(?:concerns?|support|opposition)|made\scomments|"
                      rf"requested\sthat|urged\sthe|suggested|(?:was|were)\sconcerned\s(?:about|that)|(?:declared|confirmed|announced)\s(?:that\s)?(?:there\s(?:was|is)\s)?a\s"
                      rf"quorum|"
                      rf"(?<=,\s)(?:explained|stated|noted|commented|provided\sa\shandout))\b")


# The speakers a hearing's paragraph lists after a label of their own: '... opened the public hearing. Speakers: Tom
# Ruiz, Ana Silva. Chair A closed the public hearing.'
SPEAKERS_RE = re.compile(r"(?:^|(?<=[.;:]\s))(?:Public\s+)?[Ss]peakers?\s*(?:in\s+(?:favou?r|opposition))?\s*:\s*"
                         r"(?P<names>[A-Z][^.;:]{2,300}?)(?=\.\s|\.$|;|$)")


def public_speakers(block: Block) -> list[AttendanceDraft]:
    """Those a paragraph says spoke to the meeting (SPOKE_RE, SPEAKERS_RE), in attendance (a member keeps their
    listing)."""
    text = re.sub(r"\s{2,}", " ", block.text)  # justified text: 'Jan  Dye,  2222 ...'
    found = [entry for match in SPEAKERS_RE.finditer(text)
             for piece in re.split(r",\s*|\s+and\s+", match.group("names"))
             if looks_like_name(piece.strip()) and (entry := make_entry(piece.strip(), block.first,
                                                                      Context(status="in_attendance")))]
    for match in SPOKE_RE.finditer(text):
        for printed in filter(None, (match.group("first"), match.group("second"))):
            entry = make_entry(printed, block.first, Context(status="in_attendance"))
            if entry and entry.name.role is None and (entry.name.honorific is None or PERSONAL_TITLE_RE.match(
                    entry.name.honorific) or entry.name.honorific == "Councillor" and len(
                    entry.name.name.split()) >= 2):  # 'Councillor Mark Weston spoke', 'Cllr Mark Weston' read the
                # same (not 'Cllr Shewell asked')
                entry.role = (match.group("role") or match.group("lowrole")) if printed == match.group("first") \
                    else None  # 'Ms Q Violet, the agent, spoke in support': her role
                entry.role = entry.role or councillor_role(entry.name)  # 'Councillor Mark Weston spoke'
                firm = match.group("firm") or match.group("bracketed")  # 'A from AppGeo', 'B (AppGeo)', not
                initials = "".join(w[0] for w in entry.name.name.split()).upper()  # 'Rob Francis (RF)'
                if printed == match.group("first") and firm and firm.replace(".", "") != initials:
                    entry.organisation, entry.capacity = firm, "other"
                found.append(entry)
    return found + _spoken_by(block)


# ... or the matter they spoke to first, in the passive: 'Boat launch issue was raised and addressed by Marc
# Desrochers, President of the Bishop's Manor Association.' (the post and its organisation after the name)
SPOKEN_BY_RE = re.compile(rf"\b(?:was|were)\s(?:raised|addressed|presented|introduced|explained)(?:\sand\s(?:raised|"
                          rf"addressed|presented|explained))?\sby\s(?P<name>{PERSON})(?:,\s(?P<role>[A-Z][\w’'-]{{1,20}}"
                          r"(?:\s[A-Z][\w’'-]{1,20}){0,2})(?:\sof\s(?:the\s)?(?P<org>[A-Z][\w’'&-]*(?:\s[A-Z][\w’'&-]*){0,5}))?)?")


def _spoken_by(block: Block) -> list[AttendanceDraft]:
    found = []
    for match in SPOKEN_BY_RE.finditer(re.sub(r"\s{2,}", " ", block.text)):
        entry = make_entry(match.group("name"), block.first, Context(status="in_attendance"))
        if entry and entry.name.role is None:
            entry.role, entry.organisation = match.group("role"), match.group("org")
            entry.capacity = "other" if match.group("org") else entry.capacity
            found.append(entry)
    return found


# Under a heading of reports, a paragraph naming a unit and, in brackets, who reported for it: 'Entertainment Council
# (Emily Tung)', 'Finance Committee (Ann Bell)'.
REPORTER_RE = re.compile(r"^(?P<unit>[A-Z][\w&'’-]*(?:\s(?:of\s|and\s|&\s)?[A-Z][\w&'’-]*){0,5})\s\((?P<name>"
                         r"[A-Z][a-z'’-]+(?:\s[A-Z]\.)?\s[A-Z][\w'’-]+)\)$")
REPORTS_TITLE_RE = re.compile(r"(?i)\breports?\b")


def unit_reporter(title: str, block: Block) -> list[AttendanceDraft]:
    """Who reported for a unit under a heading of reports (REPORTER_RE), in attendance from the unit."""
    match = REPORTER_RE.match(block.text.strip()) if REPORTS_TITLE_RE.search(title) else None
    entry = make_entry(match.group("name"), block.first, Context(status="in_attendance", capacity="other")) \
        if match else None
    if entry is None:
        return []
    entry.organisation = match.group("unit")
    return [entry]


# A speaker a hearing's minutes introduce by a paragraph of their own, their name and street address, the
# testimony after it: 'Dave Pierce, 5700 Childs Road, Rivergrove, Oregon.', 'Ms Ann Lee, 12 High Street, Hertford'.
PLACE = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"  # 'Rivergrove', 'Oregon', 'OR'
ADDRESSED_RE = re.compile(rf"^(?P<name>{PERSON}),\s{ADDRESS}(?:,\s{PLACE}){{0,3}}\.?$")


def addressed_speakers(block: Block) -> list[AttendanceDraft]:
    """The person a paragraph of a name and an address alone introduces (ADDRESSED_RE), in attendance."""
    match = ADDRESSED_RE.match(" ".join(block.text.split()))
    entry = make_entry(match.group("name"), block.first, Context(status="in_attendance")) if match else None
    return [entry] if entry else []


# Staff who report to the meeting: 'Mr. Matthes provided a staff report.', 'Mr. Johnsen and Mr. Johanningmeier
# provided a staff report.', 'Fire Chief White provided a staff report.' (the office before the name is the role).
OFFICE = rf"(?:[A-Z][a-z]{{1,20}}\s){{0,3}}{OFFICE_WORD}"
STAFF = rf"(?:{PERSONAL_TITLE}\.?\s|(?P<officeN>{OFFICE})\s)(?:[A-Z][a-z]{{1,20}}\s)?[A-Z][\w'’-]{{1,30}}"
STAFF_REPORT_RE = re.compile(rf"(?:^|(?<=[.;]\s))(?P<first>{STAFF.replace('officeN', 'office1')})(?:\s(?:and|&)\s"
                             rf"(?P<second>{STAFF.replace('officeN', 'office2')}))?\s(?:provided|gave|presented)\s"
                             r"(?:a|the)\sstaff\s(?:report|presentation)\b")


# Staff introduced by their post before their full name as they present: 'Chief Operations Officer Frank Camarda
# presented the item', 'Assistant Superintendent of Secondary Education Kristan Schnepp gave a presentation'.
POSTED_RE = re.compile(r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))(?P<lead>[A-Z][\w&/’'-]*(?:,?\s(?:(?:of|for|and|&|the)\s){0,2}"
                       r"[A-Z][\w&/’'-]*){1,14}?)(?:,\s(?:Ed\.D\.|Ph\.D\.|M\.D\.|J\.D\.|Esq\.),?)?\s(?:presented|"
                       r"gave\sa\spresentation|introduced|reported|stated|explained|provided\san?\s(?:update|overview|"
                       r"report))\b")
POST_WORD_RE = re.compile(rf"\b{OFFICE_WORD}\b")


# Staff someone introduced, each by post and full name, before they present: '... introduced Director of X Ann Bell
# and Assistant Director of Y Tom Hale who presented an update'.
INTRODUCED_RE = re.compile(r"\bintroduced\s(?P<list>[A-Z].{5,400}?)\s(?:who|which)\s(?:presented|gave|provided)\b")
POSTED_NAME_RE = re.compile(r"(?P<post>[A-Z][\w&/’'-]*(?:,?\s(?:(?:of|for|and|&|the)\s){0,2}[A-Z][\w&/’'-]*)*?)\s"
                            r"(?P<name>[A-Z][a-z]{1,20}\s[A-Z][\w'’-]{1,30})(?=\s+and\s+[A-Z]|$)")


def introduced_staff(text: str, line: Line) -> list[AttendanceDraft]:
    """Those a sentence says someone introduced, by post and full name, before they presented (INTRODUCED_RE)."""
    found = []
    for introduced in INTRODUCED_RE.finditer(text):
        for match in POSTED_NAME_RE.finditer(introduced.group("list")):
            post = re.sub(r"^and\s+", "", match.group("post").strip())
            name = parse_name(match.group("name"))
            if name and POST_WORD_RE.search(post) and not ROLE_KEYWORDS.search(match.group("name")):
                found.append(AttendanceDraft(name, line, "in_attendance", role=post, capacity="officer"))
    return found


# ... or a paragraph opening with a name and a post, saying the person presents the item: 'Heidi Allman, Provo City
# Recorder Presenting.', 'Ann Bell, Finance Director, presenting'.
PRESENTING_RE = re.compile(rf"^(?P<name>{PERSON}),\s(?P<post>[A-Z][\w&/’'-]*(?:\s(?:(?:of|for|and|&|the)\s){{0,2}}"
                           r"[A-Z][\w&/’'-]*){0,8}?),?\s(?i:presenting|presenter)\b")


def posted_staff(block: Block) -> list[AttendanceDraft]:
    """Staff a paragraph introduces by post and full name as they present (POSTED_RE, PRESENTING_RE), and those
    they introduce (INTRODUCED_RE): officers in attendance."""
    text = re.sub(r"\s+", " ", block.text)
    found = introduced_staff(text, block.first)
    presenting = PRESENTING_RE.match(text)
    if presenting and POST_WORD_RE.search(presenting.group("post")) and (name := parse_name(presenting.group("name"))):
        found.append(AttendanceDraft(name, block.first, "in_attendance", role=presenting.group("post"),
                                     capacity="officer"))
    for match in POSTED_RE.finditer(text):
        words = match.group("lead").split()
        surname = len(words) in (2, 3) and bool(POST_WORD_RE.fullmatch(words[-2])) \
            and not ROLE_KEYWORDS.search(words[-1])  # 'Superintendent Kern stated': a post and a surname
        named = 1 if surname else 2
        post, printed = " ".join(words[:-named]).rstrip(","), " ".join(words[-named:])
        if POST_WORD_RE.search(post) and (looks_like_name(printed) or surname) and not ROLE_KEYWORDS.search(printed):
            name = parse_name(printed)
            if name:
                found.append(AttendanceDraft(name, block.first, "in_attendance", role=post, capacity="officer"))
    return found


def staff_reporting(block: Block) -> list[AttendanceDraft]:
    """Staff a paragraph says reported to the meeting (STAFF_REPORT_RE): officers in attendance."""
    found = []
    for match in STAFF_REPORT_RE.finditer(re.sub(r"\s{2,}", " ", block.text)):
        for group, office in (("first", "office1"), ("second", "office2")):
            printed = match.group(group)
            if not printed:
                continue
            role = match.group(office)
            if role:  # 'Fire Chief White': a surname under an office, as 'Mr. Matthes' is under a personal title
                name = parse_name(printed[len(role):].strip())
                entry = AttendanceDraft(name, block.first, "in_attendance", role=role, capacity="officer") if name \
                    else None
            else:
                entry = make_entry(printed, block.first, Context(status="in_attendance", capacity="officer"))
            if entry:
                found.append(entry)
    return found


SUBMITTED_RE = re.compile(r"(?i)^(?:(?:respectfully|faithfully)\s+)?submitted(?:\s+by)?\s*[,:]?$")
# A post that writes minutes, or two held together: 'City Clerk', 'Clerk to the Council', 'City Manager/City Recorder'.
SIGNER_POST = (r"(?:(?:[A-Z][a-z]{1,20}|[A-Z]{2,8})\s){0,3}(?:Clerk|Secretary|Manager|Administrator|Officer|Recorder|"
               r"Treasurer)")  # ('ASUCD Senate Recorder': the organisation's initials first)
SIGNER_ROLE_RE = re.compile(rf"^{SIGNER_POST}(?:\s?(?:/|&|and)\s?{SIGNER_POST})?"
                            r"(?:\s(?:of|to)\s(?:the\s)?[A-Z][\w ]{1,40})?$")


# 'Notes by Kathleen Braden, secretary.', 'Minutes taken by Ann Lee, Clerk to the Council': the writer and post.
NOTES_BY_RE = re.compile(r"(?i)^(?:notes|minutes)(?:\s(?:taken|recorded|prepared))?\sby\s(?P<name>[^,]{3,60}),\s"
                         r"(?P<role>(?-i:[A-Za-z][a-z]{1,20})(?:\s[A-Za-z][a-z]{1,20}){0,5})\.?$")


def signer(blocks: list[Block], n: int) -> AttendanceDraft | None:
    """'Respectfully submitted,' / 'Sheela Amin' / 'City Clerk' (a paragraph apart, or lines of one), or 'Notes by
    Kathleen Braden, secretary.': who wrote the minutes, in attendance with the post printed beside or under the
    name."""
    noted = NOTES_BY_RE.match(blocks[n].text.strip())
    if noted and SIGNER_ROLE_RE.match(noted.group("role")[:1].upper() + noted.group("role")[1:]) \
            and looks_like_name(noted.group("name")):
        return make_entry(noted.group("name"), blocks[n].first, Context(status="in_attendance", capacity="officer",
                                                                       role=noted.group("role")))
    block = blocks[n]
    if SUBMITTED_RE.match(block.first.stripped) and len(block.lines) >= 2:
        signed = block.lines[1:3]  # 'Respectfully submitted,' / 'Leanne Moll' / 'City Recorder': one paragraph
    elif SUBMITTED_RE.match(block.text.strip()) and n + 1 < len(blocks):
        signed = blocks[n + 1].lines[:2]
    else:
        return None
    name, _, role = signed[0].stripped.partition(", ")  # ... or 'Karen Liu, Recording Secretary' on one line
    if not role and len(signed) == 2:
        name, role = signed[0].stripped, signed[1].stripped
    if not looks_like_name(name) or not SIGNER_ROLE_RE.match(role):
        return None
    return make_entry(name, signed[0], Context(status="in_attendance", capacity="officer", role=role))
