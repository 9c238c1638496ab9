"""A body's name as a heading prints it: the words around it taken off ('MINUTES OF THE ANNUAL PARISH MEETING 25
APRIL 2023' -> 'Parish Meeting'), the authority it belongs to set apart ('X Committee of the Y Authority'), and
what a body's name looks like (it ends with a body word, or puts one first: 'Board of Estimates').
"""

from __future__ import annotations

import re
from collections import Counter

from ..dates import MONTH_YEAR_RE, find_date
from .names import BOARD_MEMBERS, title_case

# Words that name a body that meets: "Parish Council", "Board of Estimates", "Planning Commission"; an association
# that meets as itself only where its name is capitalised ('Residents Association', not 'the mandate of the
# association'), a convention likewise ('Chapter Convention', not 'by convention'); a working group by its initials
# in capitals ('O&M SWG', 'FAPI WG').
BODY_WORD_RE = re.compile(
    r"(?i)\b(?:council|committee|sub-committee|subcommittee|commission|board|authority|panel|cabinet|trustees|"
    r"assembly|forum|partnership|executive(?!\s+(?:summary|directors?|sessions?|officers?|assistants?))|group|"
    r"service area|parish meeting|town meeting|general meeting|parochial (?:church )?meeting|"  # (not 'Executive
    # Summary', 'Executive Director')
    r"(?:municipal|metropolitan|borough)\s+district|"  # an Irish county council's districts: 'Municipal District of
    # X', 'X Metropolitan District' (not 'X Municipal Utility District', a special district)
    r"annual meeting|directors|governors|commissioners|vestry|senate|legislature|select board|selectboard|"
    r"governing body|"  # (a school's, an NHS clinical commissioning group's: 'X CCG Governing Body')
    r"police jury|fiscal court|levy court|commissioners['’]?\s+court|"  # a US county's governing body in
    # Louisiana, Kentucky, Delaware, Texas
    r"(?-i:Association|ASSOCIATION|Convention|CONVENTION|S?WG))\b")
# Meetings that are their own body: 'Annual Parish Meeting', 'Annual General Meeting', 'Annual Town Meeting', and an
# organisation's members meeting once a year ('HacDC Annual Meeting February 21, 2009' -> 'Annual Meeting').
MEETING_BODY_RE = re.compile(r"(?i)\b(?:parish|town|general|annual|parochial(?:\s+church)?)\s+meeting$")
# ... printed with nothing else: 'ANNUAL GENERAL MEETING' alone is the body's whole name, not words around one; a
# Church of England parish's 'Annual Parochial Church Meeting' too.
MEETING_ALONE_RE = re.compile(r"(?i)(?:annual\s+)?(?:general|parish|town|parochial(?:\s+church)?)\s+meeting|"
                              r"annual\s+meeting")
# A meeting that is its own body, named by its initials or in a language of its own: 'AGM', 'EGM', 'APCM', a Nordic
# association's 'årsmöte' (Swedish), 'årsmøte' (Norwegian), 'årsmøde' (Danish): its annual meeting.
MEETING_INITIALS = {"AGM": "Annual General Meeting", "EGM": "General Meeting",
                    "APCM": "Annual Parochial Church Meeting"}  # in capitals
MEETING_WORDS = {"årsmöte": "Annual Meeting", "årsmøte": "Annual Meeting", "årsmøde": "Annual Meeting"}  # any case
MEETING_NAMED_RE = re.compile(rf"\b({'|'.join(MEETING_INITIALS)})\b|(?i:\b({'|'.join(MEETING_WORDS)})\b)")
# A meeting that is its own body held by an organisation named after it: 'Annual General Meeting of the Friends of X',
# '100th AGM of X Allotments Association' (the association, a body, is the body that met; the Friends are none).
_MEETING_ALONE = MEETING_ALONE_RE.pattern.removeprefix("(?i)")
MEETING_OF_ORGANISATION_RE = re.compile(rf"(?i)^(?P<meeting>(?:{_MEETING_ALONE})|(?-i:AGM|EGM|APCM))\s+of\s+"
                                        r"(?:the\s+)?(?P<organisation>\S.*)$")
# Words around a body's name in a heading that are not part of it.
EDGE_WORDS = {"minutes", "minute", "agenda", "agendas", "notice", "and", "of", "the", "for", "a", "an", "meeting",
              "meetings", "regular", "special", "annual", "extraordinary", "ordinary", "adjourned", "joint", "revised",
              "amended", "draft", "approved", "unapproved", "unofficial", "official", "action", "summary", "held", "on",
              "at", "from", "to",
              "in", "public", "session", "summons", "proceedings", "record", "decisions", "decision", "emergency",
              "budget", "general", "business", "hearing", "workshop", "study", "closed", "open", "this", "is", "will",
              "be", "by", "members", "agm", "apm", "egm", "journal", "notes",
              "weekly", "monthly", "quarterly", "fortnightly", "bimonthly", "bi-monthly",  # ('Monthly Meeting')
              "virtual", "hybrid", "remote", "online",  # ('Community Council virtual Meeting held via ZOOM')
              "reconvened", "continued", "recessed",  # ('REGULAR BOARD MEETING, JULY 21, 2025, RECONVENED JULY 28')
              "statement",  # ('STATEMENT OF PROCEEDINGS OF THE BOARD OF SUPERVISORS': the minutes' own name)
              "telco", "telecon", "teleconference", "call",  # ('Verifiable Credentials Working Group Telco')
              # 'Approve minutes from previous Public Board Meeting': the body whose last meeting it was
              "approve", "approval", "previous", "prior", "last",
              "latest", "recent"}  # ('Latest Steering Committee Minutes': a website's label over its newest minutes)
# Edge words that also begin names ('Open Source ... Committee', 'Public Works Committee'): dropped only before
# another edge word or the body word itself ('OPEN SESSION OF THE BOARD', 'OPEN BOARD MEETING').
NAME_WORDS = {"open", "public", "budget", "general", "business", "study", "closed", "emergency", "joint"}
AUTHORITY_RE = re.compile(r"(?i)^(?:the\s+)?(?:city|town|township|county|village|borough|district|state|parish|"
                          r"municipality|corporation|port|shire|region|regional\s+municipality)\s+of\s+\S")  # ('Shire
# of Kent', an Australian local government; 'Regional Municipality of Peel', a Canadian one)
# A body named for its members, its authority's name before it or not: 'Board of Directors', 'Board of Trustees',
# 'Court of Governors', 'Sacramento Municipal Utility District Board of Directors', 'Board of County Commissioners'.
MEMBERS_TAIL_RE = re.compile(rf"(?i)^(?:\w+\s+){{0,6}}(?:board|court|council)\s+of\s+(?:(?:county|city|police|"
                             rf"school|harbou?r|port|water|fire|park|library)\s+)?(?:{BOARD_MEMBERS}|managers|"
                             r"regents|visitors)$")
# A Welsh council's name printed before its English one on the same line: 'Cyngor Cymuned X Community Council'.
WELSH_LEAD_RE = re.compile(r"(?i)^cyngor\s+(?:cymuned|tref|sir|dinas|bro)\s+(?=.+\b(?:community|town|county|city)\s+"
                           r"council$)")
# An office that serves a body, printed over its papers: 'Secretariat of the Monetary Committee', 'Clerk to the
# Council', 'Office of the Board of Supervisors': the body is the one it serves.
SERVING_OFFICE_RE = re.compile(r"(?i)^(?:secretariat|office|clerk|secretary)\s+(?:of|to)\s+(?:the\s+)?(?=\S)")
GENERIC_TAIL_RE = re.compile(r"(?i)\s+of\s+the\s+(?:authority|council|board|city|town|county|district|"
                             r"corporation|society|company)$")


def ends_as_body(name: str) -> bool:
    """A body's name ends with its body word ('Parish Council', 'Planning Commission #2') or puts it first
    ('Board of Estimates'); 'City Council Bill' and 'Council Insurance' name something else."""
    core = re.sub(r"[\s#\d]+$", "", name)
    return bool(re.search(BODY_WORD_RE.pattern + r"$", core) or re.search(BODY_WORD_RE.pattern + r"\s+of\s", core))


# A place's name as printed: capitalised words and the small words between them ('Village of Croton-on-Hudson').
PLACE_NAME_RE = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|the|and|&|on|upon|in)\s+)*[A-Z][\w’'&.-]*)*")
STATE_CODE_RE = re.compile(r"\s+(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|"
                           r"S[CD]|T[NX]|UT|V[AT]|W[AIVY])$")  # a US state's postal code after the place's name


def split_authority(name: str) -> tuple[str, str | None]:
    """'Conduit Financing Committee Members of the Illinois Finance Authority' -> the committee, and the
    authority it belongs to; 'Board of Estimates' and 'Committee of the Whole' stay whole."""
    name = GENERIC_TAIL_RE.sub("", name)
    if MEMBERS_TAIL_RE.search(name):  # 'Board of Directors', 'Board of Trustees': the board is its members
        members = re.match(r"(?i)^(?P<head>.+?)\s+(?P<board>(?:board|court|council)\s+of\s+(?:\w+\s+)?\w+)$", name)
        if members and is_authority(members.group("head")):  # 'Sacramento Municipal Utility District Board of
            return members.group("board"), members.group("head")  # Directors', 'Port of Alsea Board of Commissioners'
        return name, None
    members = re.match(r"(?i)^(?P<head>(?:.+?\s+)?(?:board|court|council)\s+of\s+\w+)\s+of\s+(?:the\s+)?"
                       r"(?P<tail>.+)$", name)
    if members and MEMBERS_TAIL_RE.search(members.group("head")) and (
            is_authority(members.group("tail")) or BODY_WORD_RE.search(members.group("tail"))):  # ('Board of
        # Commissioners of the Housing Authority of the City of X': the board, whatever body it serves)
        tail = PLACE_NAME_RE.match(members.group("tail")).group(0)  # (not the sentence going on after it: '... of
        return members.group("head"), STATE_CODE_RE.sub("", tail)  # the Village of Croton-on-Hudson, NY was held')
    match = re.match(r"(?i)^(?P<head>.+?)\s+of\s+(?:the\s+)?(?P<tail>.+)$", name)
    if match and BODY_WORD_RE.search(match.group("head")) and (
            BODY_WORD_RE.search(match.group("tail")) or AUTHORITY_RE.match(f"city of {match.group('tail')}")
            and re.match(r"(?i)(?:city|town|township|county|village|borough)\s+of\s", match.group("tail"))):
        place = PLACE_NAME_RE.match(match.group("tail"))  # ('the Town of Cortlandville was held': the place alone)
        return match.group("head"), STATE_CODE_RE.sub("", place.group(0)) if place else match.group("tail")
    return name, None


# The words after a heading's body that say the minutes were approved, the day to follow: 'Approved as written on'.
APPROVED_TAIL_RE = re.compile(r"(?i)\s+(?:approved|adopted)(?:\s+as\s+(?:written|amended|presented|corrected))?"
                              r"(?:\s+on)?\s*$")


def body_name(segment: str) -> str | None:
    """The name of a body left in a heading's segment once dates, times and the words around it are gone:
    'MINUTES OF THE ANNUAL PARISH MEETING 25 APRIL 2023' -> 'Parish Meeting'."""
    return _named(segment)[0]


def authority_named(segment: str) -> str | None:
    """The authority a heading's segment names with its body: 'Regular Meeting of the Port of Alsea Board of
    Commissioners' -> 'Port of Alsea'; None where it names none."""
    authority = _named(segment)[1]
    return authority if authority and is_authority(authority) else None


# A meeting of the body named by its kind alone, of the authority named after it: 'Special Council Meeting of Makhado
# Municipality' (the council is the body, the municipality its authority).
MEETING_OF_AUTHORITY_RE = re.compile(r"(?i)\b(?P<body>council|board|committee)\s+(?:meeting|session)\s+of\s+(?:the\s+)?"
                                     r"(?P<authority>[A-Z][\w’'&. -]{2,80}?)\s*$")
# Where a title sentence goes on to say where and when its meeting was held.
HELD_RE = re.compile(r"(?i)(?<!\s)\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?held\b")


# The meeting of a board named for its members, in the possessive: 'SELECTMEN’S MEETING', "Directors' Meeting".
MEMBERS_MEETING_RE = re.compile(rf"(?i)^(?:minutes?\s+of\s+)?(?:the\s+)?(?P<members>{BOARD_MEMBERS})['’]s?"
                                r"(?=\s+(?:[a-z-]+\s+)?(?:meeting\b|minutes\W+(?:[A-Za-z]{3,9}\.?\s+)?\d))")
# ('Selectmen’s Minutes, September 13, 2018' too: the minutes under their date, not a later heading over the minutes
# the board amended)


# A minutes form's label before the body's name it asks for: 'Name of Committee', 'Name of meeting:'.
FORM_LABEL_RE = re.compile(r"(?i)^name\s+of\s+(?:the\s+)?(?:committee|meeting|body|board|group|panel)\s*:?\s+(?=\w)")
# A church's board named for its members, whatever their number: 'Deacon Meeting Minutes', 'Elders’ Meeting'.
CHURCH_BOARD_RE = re.compile(r"(?i)\b(deacons?|elders?)['’]?s?(?=\s+(?:meeting|minutes)\b)")
# A verb no body's name holds: 'Minutes of 10th of August were approved by the board.' is a sentence.
VERB_IN_NAME_RE = re.compile(r"\s(?:were|was|is|are|been|approved|adopted|agreed|noted|received|welcomed|thanked|"
                             r"reported|explained|opened|circulated)\b")


def _named(segment: str) -> tuple[str | None, str | None]:
    """(the body a heading's segment names, the authority it names the body with, if any)."""
    segment = MEMBERS_MEETING_RE.sub(lambda m: ("BOARD OF " if m.group("members").isupper() else "Board of ")
                                     + m.group("members"), segment.strip())
    segment = CHURCH_BOARD_RE.sub(lambda m: f"Board of {m.group(1).title().rstrip('Ss')}s", segment)
    text = re.sub(r"\([^)]{0,40}\)", " ", segment)
    text = re.sub(r"^[^\w(\[]+(?=\w)", "", text.strip())  # ('.~ MINUTES OF COUNCIL MEETING': a scan's specks)
    text = FORM_LABEL_RE.sub("", text)  # ('Name of Committee Union Council': a form's label, then its answer)
    text = HELD_RE.split(text, maxsplit=1)[0]  # ('... OF THE MUNICIPAL DISTRICT OF CASTLECOMER HELD IN COUNCIL
    # CHAMBERS': where and when the meeting was held, after the body's name)
    text = re.sub(r"(?i)\b(?:tele)?phone\s+conference|video\s*conference|conference\s+call\b", "teleconference",
                  text)  # 'HTML WG 2007-08-02 phone conference': how it met, as 'teleconference' is
    text = re.sub(r"(?i)(?<=meeting)\s+via\s.*$", "", text)  # 'Community Directors Meeting via zoom and the Hall'
    # (how and where it met)
    met = MEETING_OF_AUTHORITY_RE.search(text)
    if met and is_authority(met.group("authority")):  # 'SPECIAL COUNCIL MEETING OF MAKHADO MUNICIPALITY'
        body, authority = met.group("body"), met.group("authority")
        return (title_case(body), title_case(authority)) if text.isupper() else (body.capitalize(), authority)
    text = re.sub(r"(?i)\bmeeting\s+no\.?\s*\d{1,4}(?:[/-]\d{2,4})?\b", "Meeting", text)  # 'Meeting No. 12/2024 of X'
    parts = re.split(r"\s+/\s+", text)
    names = [part for part in parts if ends_as_body(part.strip(" .,"))]
    if len(parts) > 1 and len(names) == 1 and all(len(part.split()) >= 2 for part in parts):  # a name in two
        text = names[0]  # languages, the body word ending one: 'Comhairle Cathrach & Contae Luimnigh / Limerick City
        # and County Council' (not 'Planning / Licensing Committee', one committee for both)

    text = re.sub(r"(?i)\bmeeting\s+report$", "Meeting", text.strip())  # 'Data Carpentry Steering Committee Meeting
    # Report': a meeting's report is its record, as its minutes are (not 'Housing Authority Agenda Report', a paper)
    for _ in range(3):  # every date the segment prints ('..., JULY 21, 2025, RECONVENED JULY 28, 2025')
        found = find_date(text)
        if not found:
            break
        text = text[:found[1].start()] + " " + text[found[1].end():]
    text = APPROVED_TAIL_RE.sub("", text)  # '... OF THE VILLAGE OF OAK BROOK APPROVED AS WRITTEN ON' / 'JULY 11, 2023'
    text = re.sub(r"(?i)(?:\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\b\.?|\b\d{1,2}:\d{2}\b)"
                  r"(?:\s*\(?(?-i:UTC|GMT|BST|CET|CEST|[ECMP][SD]?T|AK[SD]T|NZ[SD]T|AE[SD]T)\b\)?)?", " ", text)
    # ('18:00 UTC', '10 a.m. EST': the time and its zone)
    text = MONTH_YEAR_RE.sub(" ", text)  # 'Notes: September 2017 DCS GIS Solutions Group Meeting': the month met
    head, comma, place = text.rpartition(",")
    if comma and ends_as_body(head.strip()) and PLACE_NAME_RE.fullmatch(place.strip()) \
            and not ends_as_body(place.strip()):
        text = head  # 'Minutes of the Parochial Church Council, St. Peter’s X': the body, then its place
    words = re.findall(r"[\w’'&#.-]+", text)
    while len(words) > 1 and re.fullmatch(r"(?:19|20)\d\d", words[-1]):
        words.pop()  # 'Minutes Of Annual General Meeting 2017': its year, before what the words left name is weighed
    while words and (words[0].lower().strip(".") in EDGE_WORDS or re.fullmatch(r"(?:19|20)\d\d", words[0])
                     and len(words) > 1 and words[1].lower() not in EDGE_WORDS
                     or re.fullmatch(r"(?i)\d{1,3}(?:st|nd|rd|th)", words[0])) \
            and not MEETING_ALONE_RE.fullmatch(" ".join(words)) \
            and not MEETING_OF_ORGANISATION_RE.match(" ".join(words)) \
            and not (words[0].lower() in NAME_WORDS and len(words) > 1 and words[1].lower().strip(".") not in EDGE_WORDS
            and not BODY_WORD_RE.fullmatch(words[1])):
        words.pop(0)
    while words and (words[-1].lower().strip(".") in EDGE_WORDS or re.fullmatch(r"(?:19|20)\d\d", words[-1])
                     or len(words) > 1 and re.fullmatch(r"#?\d{1,4}", words[-1]) and words[-2].lower() == "meeting") \
            and not (words[-1].lower() == "meeting" and MEETING_BODY_RE.search(" ".join(words))):  # ('Meeting #3':
        # its number)
        words.pop()  # '... Parish Council AGM 2016': the meeting and its year
    initials = MEETING_NAMED_RE.search(text)
    if initials and not BODY_WORD_RE.search(" ".join(words)) and len(re.findall(r"\b[a-z]{2,}\b", text)) <= 4:
        # 'AGM Minutes 2019-09-14', 'OSGeo:UK 2018 AGM Minutes', 'Årsmöte Python Sverige 2023-05-23': the meeting is
        # the body (an organisation's); not a sentence naming one ('Claire to reply once she has seen AGM minutes.')
        words = (MEETING_INITIALS.get(initials.group(1)) or MEETING_WORDS[initials.group(2).lower()]).split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and [w.lower() for w in words[:half]] == [w.lower() for w in words[half:]]:
        words = words[:half]  # 'ASUCD Senate ASUCD Senate/Minutes': a page's name and its parent's, run together
    name = " ".join(words).strip(" .,-")
    if MEETING_BODY_RE.search(name):  # 'ANNUAL PARISH MEETING' -> 'Parish Meeting'; 'Annual General Meeting'
        tail = re.search(r"(?i)(?:annual\s+)?general\s+meeting$|(?:parish|town)\s+meeting$|annual\s+meeting$", name)
        before = name[:tail.start()].strip() if tail else ""
        name = before if re.search(r"(?i)\b(?:council|committee|board)$", before) else tail.group(0) if tail else name
        # ('Parish Council Annual Meeting': the council's meeting of the year, the council the body)
    if MEETING_ALONE_RE.fullmatch(name) and name.islower():  # 'Minutes of general meeting': the meeting's whole name
        name = title_case(name.upper())
    meeting = MEETING_OF_ORGANISATION_RE.match(name)
    if meeting and not ends_as_body(meeting.group("organisation").strip(" .,")):  # 'Annual General Meeting of the
        initials = MEETING_INITIALS.get(meeting.group("meeting"))  # Friends of X', 'ANNUAL PAROCHIAL MEETING OF ST
        name = initials or meeting.group("meeting")  # MARY’S PARISH CHURCH, X': the meeting is the body
    if not MEETING_ALONE_RE.fullmatch(name) and not BODY_WORD_RE.search(re.sub(r"\s+", " ", segment)):
        return None, None  # 'Executive Summary': a body word only in a phrase that names something else
    if not name or not ends_as_body(name) or re.search(r"\d{3,}", name) or name[0].islower() \
            or VERB_IN_NAME_RE.search(name) \
            or sum(len(w) == 1 and w.isalpha() for w in name.split()) >= 2:  # letters of a garbled title
        return None, None  # (a name is printed capitalised: 'based on the ... Committee' is the tail of a sentence)
    if not MEETING_BODY_RE.search(name) and name.lower().endswith(" meeting"):
        name = name[: -len(" meeting")]
    # '3rd Meeting of City Council', "November 12th video call of WebAssembly's Community Group": the body after it
    name = re.split(r"(?i)\b(?:meeting|AGM|EGM|(?:video\s+|conference\s+|phone\s+)?call|teleconference)\s+of\s+"
                    r"(?:the\s+)?",
                    name)[-1]
    name, authority = split_authority(SERVING_OFFICE_RE.sub("", name))
    name = WELSH_LEAD_RE.sub("", re.sub(r"(?i)\s+members$", "", name))
    capitals = name.isupper() and not re.search(r"[a-z]{2}", segment)  # in a heading in capitals ('MINUTES OF THE
    # PLANNING COMMITTEE'), not initials in a heading in lower case ('Minutes of the OGC O&M SWG meeting')
    return (title_case(name), authority and title_case(authority)) if capitals else (name, authority)


# The kinds of council a place has, before 'council' in its name: 'Parish Council', 'Community Council'.
COUNCIL_KINDS = r"parish|town|community|city|borough|county|district|village"
# A body that is an authority by its name: 'Ashcombe Parish Council', 'Bristol City Council', 'Town of North Star'
# (not 'The Parish Council', 'Full Council').
AUTHORITY_BODY_RE = re.compile(r"^(?:(?!(?:The|Full|Ordinary|Annual|Special|Extraordinary|Regular|Joint)\b)"
                               rf"[A-Z][\w’'&.-]*\s+){{1,5}}(?i:{COUNCIL_KINDS}|township|shire|regional|municipal)"
                               r"\s+(?i:council)$")
CORPORATION_RE = re.compile(r"(?i)^(?:the\s+)?corporation\s+of\s+(?:the\s+)?")
# An authority named as a municipality: 'Dikgatlong Local Municipality', 'Cape Winelands District Municipality', 'Pune
# Municipal Corporation' (not 'The Municipality', 'Local Municipality').
MUNICIPALITY_RE = re.compile(r"^(?:(?!(?i:the|local|district|metropolitan)\b)[A-Z][\w’'&.-]*\s+){1,4}"
                             r"(?i:(?:local|district|metropolitan|rural|regional)\s+)?"
                             r"(?i:municipality|municipal\s+corporation)$")

# A public body that is its own authority, its board meeting as a council does: an NHS trust ('Northshire Hospitals
# NHS Foundation Trust'), a township ('Fayette Township') or a special district ('Sierra Valley Water District',
# 'Eastside Fire Protection District', 'Lakeside Regional Transportation District') or a public authority ('Eastside
# Transit Authority', 'Lakeside Housing Authority'), a First Nation or a tribe ('Cedar Lake First Nation').
PUBLIC_BODY_RE = re.compile(r"^(?:(?!(?i:the)\b)[A-Z][\w’'&.-]*\s+){1,6}(?i:nhs\s+(?:foundation\s+)?trust|township|"
                            r"(?:water|utility|utilities|irrigation|sanitary|sanitation|fire(?:\s+protection)?|school|"
                            r"transit|parks?|hospital|healthcare|community\s+services|municipal\s+utility|wastewater|"
                            r"sewer|library|recreation|conservation|drainage|port|flood\s+control|transportation)\s+"
                            r"district|"
                            r"(?:transit|transportation|housing|port|airport|water|power|parking|redevelopment|"
                            r"development|turnpike|toll(?:way)?|waste|finance|financing|bridge|tunnel)\s+authority|"
                            r"first\s+nation|nation|tribe)$")  # (a First Nation's or a tribe's own government)


# A council named for its area alone, as Scottish, Welsh and English unitary councils go by: 'Argyll and Bute
# Council', 'Highland Council', 'WIRRAL COUNCIL' (not 'Full Council', 'Youth Council', 'The Council').
AREA_COUNCIL_RE = re.compile(r"^(?:(?!(?i:the|full|ordinary|special|extraordinary|annual|youth|executive|joint|"
                             r"student|advisory|school|church|parochial|general|legislative|security)\b)"
                             r"[A-Z][\w’'.-]*\s+(?:(?i:and|&)\s+)?){1,4}(?i:council)$")


def letterhead_authority(name: str) -> bool:
    """A name printed over a committee's or board's as its authority's: any authority's name, or a council's named
    for its area alone ('ARGYLL AND BUTE COUNCIL' over 'PLANNING COMMITTEE'), which alone may be a council's own
    body."""
    return is_authority(name) or bool(AREA_COUNCIL_RE.match(name))


def is_authority(name: str) -> bool:
    """A name an authority goes by: 'Town of X', 'The Corporation of the City of Y', 'X Parish Council', 'X Local
    Municipality', 'X NHS Trust', 'X Water District'."""
    return bool(AUTHORITY_BODY_RE.match(name) or AUTHORITY_RE.match(name) or MUNICIPALITY_RE.match(name)
                or PUBLIC_BODY_RE.match(name))


def is_council(body: str | None) -> bool:
    """A body that is a council itself ('Council', 'Full Council', 'Ashcombe Parish Council'), not one of its
    committees or boards: over it, a council named for its area is no other authority."""
    return bool(body) and bool(re.search(r"(?i)\bcouncil$", body))


def first_column(text: str) -> str:
    """A letterhead line's first column: 'City of Fairhaven' where the address is printed beside it on the line
    ('City of Fairhaven          City Hall'); the whole line where it has one column."""
    return re.split(r"[ \t]{3,}", text.strip())[0]


def archive_authority(meetings: list) -> str | None:
    """The authority an archive's meetings belong to: the one printed above their bodies' names most often ('The
    Corporation of the Township of X' read as 'Township of X'), else the body named as an authority most often ('X
    Parish Council', not one that met jointly with a council: 'Joint X Financing Authority/City Council Meeting'); None
    where no meeting says."""
    def held(meeting) -> tuple:  # noqa: ANN001 - a MeetingDraft: the day it met and the document that says so
        return meeting.date, meeting.sources[0][0] if meeting.sources else None

    printed = Counter(CORPORATION_RE.sub("", m.authority) for m in meetings if m.authority)
    councils_met = {held(m) for m in meetings if is_council(m.body)}
    named = Counter(m.body for m in meetings if is_authority(m.body) and (is_council(m.body)
                                                                          or held(m) not in councils_met))
    found = printed or named
    if not found:
        return None
    authority = found.most_common(1)[0][0]
    return authority[:1].upper() + authority[1:]
