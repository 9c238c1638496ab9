"""People's names as printed: honorifics and roles taken off, so the name left is the person's own.

'Councillor Mrs Rekha Shah (The Worshipful the Mayor)' -> name 'Rekha Shah', honorific
'Councillor Mrs', role 'Mayor'. Nothing here knows any particular person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .role_titles import ORDINAL_VICE, POST_ACRONYM_RE, ROLE_TITLES

# The titles minutes print before a member's name in motions, votes, roll calls and declarations ('Commissioner
# Walsh', 'Cllr Brown', 'Vice Chair Ray', 'Mayor Pro Tem Reyes', 'Alderperson Diaz', 'Reeve Hall', 'Selectman Hale'):
# one list for every reader of them (motions, vote sentences, roll calls, declarations, abstentions), so that a title
# a new layout prints is one edit here (and one in ROLE_TITLES or HONORIFICS below, for the name to be read without it).
# Singular, then as printed before a list of names ('Councillors A and B', 'Aldermen A and B').
_MEMBER = (r"Commissioner|Council(?:l?or|member|person|woman|man)|Council\s+[Mm]ember|Cllr|Cr|"
           r"Chair(?:man|woman|person)?|Mayor(?:\s+Pro[- ]Tem(?:pore)?\.?)?|Reeve|President|Trustee|Governor|Director|"
           r"Board\s+Member|Member|"
           r"Alder(?:man|woman|person)|Supervisor|Supv\.?|Select(?:man|woman|person)|Legislator|Delegate")
_MEMBERS = (r"Commissioners|Council(?:l?or|member|person)s|Council\s+[Mm]embers|Council(?:wo)?men|Cllrs|Crs|"
            r"Chair(?:man|woman|person)?s|Chair(?:wo)?men|Reeves|Trustees|Governors|Directors|Board\s+Members|"
            r"Members|Alder(?:wo)?men|Alderpersons|Supervisors|Select(?:wo)?men|Selectpersons|Legislators|Delegates")
MEMBER_TITLE = rf"(?:(?:{ORDINAL_VICE}|Vice|Deputy)[- ]?|V\.\s?)?(?:{_MEMBER})"  # 'V. Chairman A': Vice, abbreviated
PLURAL_MEMBER_TITLE = rf"(?:(?:Vice|Deputy)[- ]?)?(?:{_MEMBERS})"
# The members a board is named for, in lower case: 'Board of Directors', 'Board of Trustees', 'Board of Selectmen'.
BOARD_MEMBERS = r"directors|trustees|governors|commissioners|supervisors|aldermen|selectmen"
MEMBER_TITLES = rf"(?:{PLURAL_MEMBER_TITLE}|{MEMBER_TITLE})"
# A label or title printed in two languages, the other first, as Welsh councils print them: 'Cynigiwyd / Proposed:',
# 'Eiliwyd / Seconded:', 'Cynghorwyr / Councillors'; what follows is read as the English alone.
OTHER_TONGUE = r"(?:[^\W\d_]{3,20}\s*/\s*)?"
# A member named by a number, as minutes that keep members' names private print them: 'Member 7', 'Member 44'. The
# number is the name: no title before a name, and no role of the name before it in a list.
NUMBERED_MEMBER = r"Member\s+\d{1,4}\b"
# The roles those titles give (ROLE_TITLES, HONORIFICS): what every member of the body is, which says nothing a
# post (Chair, Treasurer, Secretary) would not say better. Lower case.
MEMBERSHIP_ROLES = {"council member", "councilmember", "councillor", "councilor", "member", "board member",
                    "alderman", "alderwoman", "alderperson", "commissioner", "trustee", "director", "supervisor",
                    "legislator", "select board member", "delegate", "governor"}

# Longest first, so 'Chief Superintendent' wins over 'Superintendent'.
HONORIFICS = sorted([
    "District Councillor", "District Cllr", "Cyng", "Cyng.", "Cynghorydd", "C.Cllr", "C.Cllr.", "C. Cllr",
    "Cyng./Cllr", "Cyng/Cllr", "Cllr/Cyng", "Cllr./Cyng.",  # bilingual, Welsh / English
    "PC", "PCSO", "Sgt", "Sgt.", "Insp", "Insp.", "Ch Insp", "Ch. Insp.", "Chief Insp",  # police ranks before a name
    "Supt", "Supt.", "Ch Supt", "Ch. Supt.", "Chief Supt", "Det Supt",  # (abbreviated as forces print them)
    "Honorable", "Honourable", "The Honorable", "The Honourable", "Hon", "Hon.", "The Hon", "The Hon.",
    "The Hon Justice", "The Hon. Justice", "Hon Justice", "Hon. Justice",  # a judge: 'The Hon Justice C Wheeler'
    "The Right Worshipful", "Right Worshipful", "The Worshipful", "Rt. Wor.", "Rt Wor",  # a mayor's style: 'The Right
    # Worshipful The Mayor' (the office after it, 'The Mayor', read as the role)
    "County Councillor", "County Cllr", "Parish Councillor", "Parish Cllr", "Town Councillor", "Town Cllr",
    "Unitary Councillor", "Unitary Cllr", "Borough Cllr",  # (a unitary authority's member at a parish meeting)
    "Borough Councillor", "Councillor", "Councillors", "Councilor", "Councilors", "City Councilor",
    "Cllr", "Cllrs", "Cllr.", "Cllrs.", "Cr", "Crs", "Cr.", "Crs.",  # Cr: Australia and New Zealand
    "Clr", "Clrs", "Clr.", "Clrs.", "CClr", "CClrs",  # (South African, Scottish: 'CClr', a community councillor)
    "Messrs", "Messrs.",  # (Mr, before a list: 'Messrs A (Municipal Manager), B')
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Dr.", "Prof", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.",
    "Professor", "Reverend", "Rev", "Rev.", "Revd", "The Reverend", "Rt Hon", "The Rt Hon", "Right Honourable",
    "Sir", "Dame", "Lord", "Lady", "Honorary Alderman", "Alderman", "Alderwoman", "Alderperson",
    "Aldermen", "Alderwomen", "Alderpersons",
    "Chief Superintendent", "Superintendent",
    "Chief Inspector", "Inspector", "Detective Chief Inspector", "Chief Constable", "Borough Commander",
    "Commander", "Sergeant", "Captain", "Canon", "Father", "Rabbi", "Imam", "Pastor", "Bishop",
    "Shri", "Shri.", "Sri", "Sri.", "Smt", "Smt.", "Shrimati", "Kumari", "Kum.",  # Indian minutes' courtesy titles
    "Brig", "Brig.", "Brigadier", "Col.", "Colonel", "Lt Col", "Lt. Col.", "Maj.", "Capt.", "Lt.", "Cdr.",  # military
    "Gen.",  # ranks ('Brig. K.A. Mahabir - President', a cantonment board's; 'Col' alone may be a Colin's name)
    "Lion", "Lions", "Rotarian", "Rtn", "Rtn.",  # a service club's members ('Lions Ken B., Terri', 'Rtn. A Bell')
    "Brother", "Bro", "Bro.", "Bros", "Bros.", "Sister", "Sis", "Sis.", "Comrade", "Cde", "Cde.",  # a union's
], key=len, reverse=True)
_TITLES = "|".join(re.escape(h) for h in HONORIFICS)  # the honorifics as a pattern's alternatives
HONORIFIC_RE = re.compile(rf"^(?:{_TITLES})(?=\s|$)\s*", re.I)
CANONICAL = {h.lower().rstrip("."): h.rstrip(".") for h in HONORIFICS}
CANONICAL.update({"cllr": "Councillor", "cllrs": "Councillor", "cr": "Councillor", "crs": "Councillor",
                  "clr": "Councillor", "clrs": "Councillor", "cclr": "Community Councillor",
                  "cclrs": "Community Councillor", "messrs": "Mr",
                  "councillors": "Councillor", "aldermen": "Alderman", "alderwomen": "Alderwoman",
                  "alderpersons": "Alderperson",
                  "councilors": "Councilor", "cyng": "Councillor",
                  "cyng./cllr": "Councillor", "cyng/cllr": "Councillor", "cllr/cyng": "Councillor",
                  "cllr./cyng": "Councillor", "sgt": "Sergeant", "insp": "Inspector", "supt": "Superintendent",
                  "ch supt": "Chief Superintendent", "ch. supt": "Chief Superintendent",
                  "chief supt": "Chief Superintendent", "det supt": "Detective Superintendent",
                  "ch insp": "Chief Inspector", "ch. insp": "Chief Inspector", "chief insp": "Chief Inspector",
                  "cynghorydd": "Councillor",
                  "district cllr": "District Councillor", "county cllr": "County Councillor",
                  "parish cllr": "Parish Councillor", "town cllr": "Town Councillor",
                  "unitary cllr": "Unitary Councillor", "borough cllr": "Borough Councillor",
                  "c.cllr": "County Councillor", "c. cllr": "County Councillor", "honourable": "Honorable",
                  "the honorable": "Honorable", "the honourable": "Honorable", "hon": "Honorable",
                  "the hon": "Honorable", "the hon justice": "Honorable Justice", "hon justice": "Honorable Justice",
                  "the hon. justice": "Honorable Justice", "hon. justice": "Honorable Justice",
                  "the right worshipful": "Right Worshipful", "the worshipful": "Worshipful",
                  "rt. wor": "Right Worshipful", "rt wor": "Right Worshipful",
                  "brig": "Brigadier", "col": "Colonel", "lt col": "Lieutenant Colonel",
                  "lt. col": "Lieutenant Colonel", "maj": "Major", "capt": "Captain", "lt": "Lieutenant",
                  "cdr": "Commander", "gen": "General", "lions": "Lion", "rtn": "Rotarian", "bro": "Brother",
                  "bros": "Brother", "sis": "Sister", "cde": "Comrade"})
# Letters after a name for an honour, an office or a degree ('John Harvey, MBE, JP (Chair)'): no part of the name nor
# a person of their own. Only after a name ending in lower case: 'NH, JC, JP' is a roster of initials.
POST_NOMINALS = ("MBE", "OBE", "CBE", "KBE", "DBE", "GBE", "BEM", "JP", "DL", "QC", "KC", "MP", "MSP", "MLA", "MEP",
                 "QPM", "FRS", "FRSA", "FCA", "PhD", "DPhil", "FRCS", "FRCP", "FREng", "CEng", "MRTPI", "RIBA")
_LETTERS = rf"(?:,[ \t]*|[ \t]+)(?:{'|'.join(POST_NOMINALS)})\b\.?"  # one set, after a comma or a space
POST_NOMINALS_RE = re.compile(rf"(?<=[a-z]){_LETTERS}(?:{_LETTERS})*(?=[ \t]*(?:[(,;–—-]|$))")


def without_post_nominals(text: str) -> str:
    """'John Harvey, MBE, JP (Chair)' -> 'John Harvey (Chair)'."""
    return POST_NOMINALS_RE.sub("", text)


# A post before a surname ('Chief Harms', 'General Counsel Lavra', 'Fire Marshal Kim', 'Fiscal Officer Silliman'; an
# officer's post of two words or more), read where people are
# named (a roll call, a presenter in brackets): the post is the role.
POST_SURNAME_RE = re.compile(r"(?P<post>(?:(?:[A-Z][a-z]+|Ass['’]t|Asst\.)\s+){0,2}(?:Chief|Counsel|Manager|Clerk|"
                             r"Attorney|Engineer|Solicitor|Administrator|Marshal|Director|Treasurer|Auditor|Secretary|"
                             r"Superintendent|Supt\.|"  # ('Ass’t Supt. Frisbie': abbreviated)
                             r"(?<=[a-z] )Officer))\s+"
                             r"(?P<surname>[A-Z][\w'’-]{1,30})")
# Titles and posts written short with a full stop that ends no sentence ('Mr. A', 'Supt. Cross', 'Ass’t Supt. B').
ABBREVIATED = ("Mr", "Mrs", "Ms", "Mx", "Dr", "St", "Jr", "Sr", "No", "Hon", "Rev", "Prof", "Cllr", "Cllrs", "Cr",
               "Crs", "Cyng", "Asst", "Ass’t", "Ass't", "Dept", "Supt", "Atty", "Capt", "Sgt", "Lt", "Col", "Insp",
               "Bro", "Bros", "Sis", "Rtn", "Cde", "Supv")
# A judge's post, never the surname alone ('Tom Judge'): 'County Judge', who chairs a Texas commissioners' court.
JUDGE = r"(?:county|probate|district|circuit|municipal|chief|presiding|family)\s+judge"
# A phrase ending in a post is a role, not a person ('City Solicitor', 'Finance Manager').
ROLE_END_RE = re.compile(r"(?i)\b(?:solicitor|manager|officer|director|secretary|treasurer|clerk|comptroller|auditor|"
                         r"attorney|counsel|counsell?or|engineer|administrator|president|chair(?:man|woman|person)?|mayor|"
                         r"commissioner|councillor|supervisor|superintendent|coordinator|assistant|executive|chief|"
                         r"marshal|sheriff|planner|analyst|accountant|specialist|consultant|advis[eo]r|researcher|scientist|"
                         r"economist|statistician|spokes(?:person|man|woman)|magistrate|litigator|assessor|"
                         r"surveyor|inspector|librarian|(?:deputy|vice)[- ](?:reeve|warden)|"  # ('Deputy Reeve': no
                         rf"{JUDGE}|"  # one's name; 'Reeve' or 'Warden' alone may be a surname)
                         r"(?:senior|junior|research)\s+"
                         r"(?:associate|fellow))s?$|"  # ('Senior Associate', 'Research Fellow'; not 'Fellow' alone)
                         r"\b(?:full|part)\s+meeting$")  # ('Governance Specialists (x2)'; 'Full Meeting' / 'Part
# Meeting', over those there for the whole meeting and for part of it, in a list of officers by post)
COUNCILLOR_ROLE = {"Councillor", "Councilor", "City Councilor",
                   "District Councillor", "County Councillor", "Borough Councillor",
                   "Parish Councillor"}
# Words that make a capitalised phrase an organisation, never a person ('Police Scotland', 'PLACE Consulting').
# An organisation's name before a colon and its people, one bullet each: '- Flanders: A, B', '- FPS BOSA DG DT: C'.
ORGANISATION_LEAD = r"[A-Z][\w'’ .&/-]{1,40}?"
ORGANISATION_RE = re.compile(
    r"(?i)\b(?:police|council|committee|board|department|dept|ltd|limited|llc|inc|plc|trust|association|"
    r"partnership|authority|society|agency|services|group|team|office|university|college|school|commission|"
    r"corporation|company|foundation|federation|union|network|forum|centre|center|consulting|consultants|"
    r"nhs|church|club|bureau|cic|charity|housing|library|libraries|press|media|newspapers?|radio|television)\b")
# A department's words, or its people's: no person's name ends with one ('Director Sustainable Infrastructure' in a
# list of posts, 'various Washington County Public Schools Staff').
DEPARTMENT_END_RE = re.compile(r"(?i)\b(?:infrastructure|communities|operations|governance|finance|services|staff)$")

# What a parenthesis after a name can mean: role words, or a reserve category such as '(1)'.
ROLE_WORDS = [
    (re.compile(r"^(?:the\s+)?(?:worshipful\s+the\s+)?mayor$", re.I), "Mayor"),
    (re.compile(r"^(?:the\s+)?deputy\s+mayor$", re.I), "Deputy Mayor"),
    (re.compile(r"^(?:vc|vice[- ]?chair(?:man|woman|person)?)$", re.I), "Vice-Chair"),
    (re.compile(r"^(?:the\s+)?(?:chair(?:man|woman|person)?|chaiman|chariman)$|^in the chair$|^presiding$", re.I),
     "Chair"),  # ('Cllr. B. Cowen (Presiding)': in the chair)
    (re.compile(r"^(?:the\s+)?leader(?: of the council)?$", re.I), "Leader"),
    (re.compile(r"^(?:depute|deputy|vice)[- ]conven[eo]r$", re.I), "Depute Convener"),
    (re.compile(r"^(?:the\s+)?conven[eo]r$", re.I), "Convener"),
    (re.compile(r"^leas-chathaoirleach$", re.I), "Leas-Chathaoirleach"),  # Irish councils' deputy chair
    (re.compile(r"^(?:an\s+)?cathaoirleach$", re.I), "Cathaoirleach"),  # Irish councils' chair, as printed
    (re.compile(r"^cadeirydd(?:\s*/\s*chair(?:man|person)?)?$", re.I), "Chair"),  # Welsh
    (re.compile(r"^deputy\s+reeve$", re.I), "Deputy Reeve"),  # Canadian townships' head and deputy
    (re.compile(r"^reeve$", re.I), "Reeve"),
]
PAREN_RE = re.compile(r"(?:(?<!\s)\s++)?\(([^()]*)\)\s*")  # spaces taken from a run's start only: linear


@dataclass(frozen=True)
class PersonName:
    """One printed mention of a person."""

    name: str
    honorific: str | None = None
    role: str | None = None
    reserve: str | None = None  # the reserve category, '(1)'
    notes: tuple[str, ...] = ()  # other parentheses: '(Representative)', '(for minute 24)'
    printed: str = ""


OFFICE_AFTER_RE = re.compile(r"(?i)\s((?:leas-)?cathaoirleach|chair(?:man|woman|person))$")  # (not 'Mayor', 'Chair':
# surnames too)


def role_from(text: str) -> str | None:
    for pattern, role in ROLE_WORDS:
        if pattern.match(text.strip()):
            return role
    return None


INITIALISMS = {"nhs", "uk"}  # initials a name in capitals keeps in title case ('... NHS Foundation Trust')


def title_case(text: str) -> str:
    """'HEALTH AND WELLBEING BOARD' -> 'Health and Wellbeing Board'; mixed case is left alone."""
    if text != text.upper():
        return text
    small = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"}
    joins = {"cum", "upon", "on", "in", "le", "la", "en", "under", "by", "the", "de", "sur", "y", "and"}
    words = text.lower().split()
    return " ".join(w.upper() if w in INITIALISMS else w if i and w in small else "-".join(
        p if j and p in joins else p[:1].upper() + p[1:] for j, p in enumerate(w.split("-")))  # 'BURTON-CUM-WALDEN'
        for i, w in enumerate(words))  # -> 'Burton-cum-Walden'


NAME_SUFFIX = r"(?:Jr|Sr)\b"  # a name's generation after it: 'Robert Barton Jr.'
# A name's suffix after a comma ('Robert Barton, Jr.'): part of the name, never a list's separator.
SUFFIX_COMMA_RE = re.compile(rf",\s+(?={NAME_SUFFIX})")
# A company's legal form after a comma ('TimeSaver Off Site Secretarial, Inc.'): part of its name, no separator.
COMPANY_COMMA = r",(?=\s*(?:Inc|LLC|L\.L\.C|Ltd|LLP|PLLC|P\.C)\b(?!-))"


# A name one goes by, in brackets between the given name and the surname: 'Dapeng (Max) Liu', 'Hongru (Judy) Zhu'
# (a note after the name, '(Max)', may be anything: an organisation, a party).
NICKNAME_RE = re.compile(r"(?<=[\w.])\s+\([A-Z][a-z'’-]{1,15}\)\s+(?=[A-Z][\w'’-])")


# Posts printed as their initials after a name ('Jane Doe (CEO)', 'Ann Lee (Clerk/RFO)': a parish's Responsible
# Financial Officer), where other initials in brackets name an organisation ('Liam Maxwell (DCMS)').


# 'Cllr' as OCR misreads it, its 'l's read as 'i', 'I' or '1' ('Clir A Bell', 'ClIr Hale', 'Cl1r Kerr'): the title.
MISREAD_CLLR_RE = re.compile(r"\bC(?!llr)[l1I|][l1iI|]r(s?)(?=\.?\s+[A-Z])")


# A title printed in two languages before a name, the other first: 'Cynghorydd Sir / County Councillor Alun Lloyd',
# 'Cyng. / Cllr Elin Jones'; the words before the slash go where an English title follows it (not a title and a
# name: 'Cr Bell / Cr Hale' is two members).
TITLE_IN_TWO_TONGUES_RE = re.compile(rf"^(?!(?:{_TITLES})\s+(?!(?:{_TITLES})\s)[A-Z])[^\W\d_]{{2,20}}\.?"
                                     rf"(?:\s[^\W\d_]{{2,10}})?\s*/\s*(?=(?:{_TITLES})\s)", re.I)


# A second person's title after a name, the next line run into it ('seconded by Councillor Fitzgerald' / 'Councillor
# Peter Higgins was proposed ...'): the name ends before it. Titles that are no one's surname only ('Bishop' is).
SECOND_TITLE = r"\s+(?:Councill?ors?|Cllrs?|Mrs|Mr|Ms|Miss|Dr)\.?\s+[A-Z]"
SECOND_TITLE_RE = re.compile(rf"(?<=\w)(?<!\bUnitary)(?<!\bTown)(?<!\bCity)(?<!\bCounty)(?<!\bDistrict)"
                             rf"(?<!\bParish)(?<!\bBorough)(?<!\bCommunity){SECOND_TITLE}.*$")  # (not a title's own
# first word: 'Unitary Cllr A', where the title is not known)


INITIALS_NOT_TITLE_RE = re.compile(r"^(?:MS|MR|DR)\s+(?=[A-Z][a-z])")


def parse_name(printed: str) -> PersonName | None:
    """Split a printed mention into name, honorific and role; None if no name is left."""
    text = NICKNAME_RE.sub(" ", MISREAD_CLLR_RE.sub(r"Cllr\1", printed.strip().strip("*†-•,;:").strip()))
    notes: list[str] = []
    role = reserve = None
    for inner in PAREN_RE.findall(text):
        inner = re.sub(r"(?i)^also\s+(?=\S)", "", inner.strip())  # '(also Director)': another office held
        if "/" in inner and not re.search(r"\d", inner):  # '(Cadeirydd / Chair)': the same word in two languages,
            parts = [part.strip() for part in inner.split("/")]  # but '(Clerk/RFO)': two posts one person holds
            translated = next((part for part in parts if role_from(part)), None)
            inner = translated or (inner if any(POST_ACRONYM_RE.fullmatch(part) for part in parts) else parts[-1])
        if re.fullmatch(r"\d{1,2}", inner):
            reserve = inner
        elif role_from(inner) and role is None:
            role = role_from(inner)
        elif inner:
            notes.append(inner)
    text = PAREN_RE.sub(" ", text).strip()
    text = re.sub(r"\s*\([^)]*$", "", text)  # an unclosed parenthesis, wrapped away
    text = SUFFIX_COMMA_RE.sub(" ", text)  # 'Robert Barton, Jr.': the same name as 'Robert Barton Jr.'
    text = TITLE_IN_TWO_TONGUES_RE.sub("", text)  # 'Cynghorydd Sir / County Councillor A': the English title alone
    honorifics = []
    while True:
        the = re.match(r"(?i:the)\s+(?=[A-Z])", text)
        if the and not HONORIFIC_RE.match(text) and any(p.match(text[the.end():]) for p, _ in ROLE_TITLES):
            text = text[the.end():]  # 'the Clerk David Davies', 'The Right Worshipful The Mayor Councillor A Givan':
            # the post before its holder's name
        titled = None if HONORIFIC_RE.match(text) else next(((p, r) for p, r in ROLE_TITLES if p.match(text)), None)
        if titled:  # 'Chair Ramirez', 'Chairman Cllr Mrs Shewell'; a post None names is as printed ('CAO')
            post = titled[0].match(text)
            role = role or (post.group().strip() if titled[1] is None else titled[1]) or None
            text = text[post.end():]
            continue
        match = HONORIFIC_RE.match(text)
        if not match or INITIALS_NOT_TITLE_RE.match(text):
            break  # ('MS Mhlongo': initials in capitals before a surname in lower case, no 'Ms')
        honorifics.append(CANONICAL.get(match.group(0).strip().lower().rstrip("."), match.group(0).strip()))
        text = re.sub(r"^/\s*", "", text[match.end():])  # 'Cyng. / Cllr': one honorific in two languages
    text = SECOND_TITLE_RE.sub("", re.sub(r"\s+", " ", text)).strip(" ,.;:")
    office_after = OFFICE_AFTER_RE.search(text) if len(text.split()) >= 3 else None
    if office_after and role is None:  # 'P. KENNEDY CATHAOIRLEACH', 'Ann Bell Chairperson': the office held, after
        role, text = role_from(office_after.group(1)), text[:office_after.start()]  # the name with no mark between
    if not re.search(r"[A-Za-z]", text) or len(text) > 60:
        return None
    text = title_case(text) if len(text.split()) > 1 else text.title() if text.isupper() else text
    initial = next((n for n in notes if len(text.split()) == 1 and (re.fullmatch(r"[A-Z]\.?", n) or re.fullmatch(
        r"[A-Z]\.?\s?[A-Z]\.?", n) and n.rstrip(".")[-1] == text[:1])), None)
    if initial:  # 'Collins (J)', 'Collins (M)': two members told apart by an initial; 'Smith (AS)': her initials
        text = f"{initial[0]}. {text}"
        notes = [n for n in notes if n != initial]
    return PersonName(text, " ".join(dict.fromkeys(honorifics)) or None, role, reserve, tuple(notes), printed.strip())


def post_name(post: str) -> PersonName:
    """A member named by their post alone ('The Mayor ABSTAINED', 'the Governor', 'The chairman proposed'): resolved
    when the record is written to whoever holds the post in the meeting's attendance (nobody where nobody does)."""
    post = " ".join(post.split())
    return PersonName(post, None, post, None, (), post)


def title_role(title: str) -> str | None:
    """The role a title printed before members' names gives each of them ('Commissioners' -> 'Commissioner',
    'Selectmen' -> 'Select Board Member', 'Aldermen' -> 'Alderman'); None for a councillor's title, which is an
    honorific under a label ('Councillors present:'), and for 'Members'."""
    name = parse_name(f"{title} Smith")
    if name is None or name.name != "Smith" or councillor_role(name):
        return None
    return name.role or name.honorific or None


def councillor_role(name: PersonName) -> str | None:
    """'County Councillor Webb' -> 'County Councillor', 'Cllr Evans' -> 'Councillor': the title printed is the
    role the person holds ('role: as printed'); Mr, Dr, Honorable are not roles."""
    for role in ("District Councillor", "County Councillor", "Borough Councillor", "Parish Councillor",
                 "Town Councillor", "Unitary Councillor", "Councillor",
                 "City Councilor", "Councilor"):  # (the American spelling, 'Councilors A, B and C')
        if role in (name.honorific or ""):
            return role
    return None


def surname(name: str) -> str:
    """A name's last word in lower case and letters alone, to compare one person printed two ways ('Rumsch' and
    'MR. RUMSCH', "O'Neil" and 'ONEIL')."""
    words = name.split()
    return re.sub(r"[^a-z]", "", words[-1].lower()) if words else ""


def is_initials(text: str, name: str) -> bool:
    """'(SF)' beside 'Sheila Freeman', '(AHol)' beside 'Alan Holzer', '(NLE)' beside 'Natalie Lloyd-Evans':
    each capital starts the next part of the name, in order."""
    chunks = re.findall(r"[A-Z][a-z]{0,3}", text)
    if not re.fullmatch(r"[A-Z][A-Za-z]{0,5}", text) or "".join(chunks) != text:
        return False
    parts = [p for p in re.split(r"[\s.'’-]+", name) if p]
    if text.lower() == "".join(p[0] for p in parts).lower():
        return True  # '(CdR)' beside 'Carolina de Ryk': a letter for each word, the particle's small
    if re.fullmatch(r"[A-Z]{3,4}", text) and len(parts) >= 2 and text[-2:] == parts[0][0] + parts[-1][0]:
        return True  # '(MCL)' beside 'Catherine Levy': a first name the list does not print
    if re.fullmatch(r"[A-Z]{3,4}", text) and len(parts) >= 2 and (text[0], text[-1]) == (parts[0][0], parts[-1][0]):
        return True  # '(LMC)' beside 'L. Cooney': a middle name the list does not print
    position = 0
    for chunk in chunks:
        while position < len(parts) and not parts[position].lower().startswith(chunk.lower()):
            position += 1
        if position == len(parts):
            return False
        position += 1
    return chunks[0][0] == (parts[0][:1] if parts else "")


BUSINESS_WORD_RE = re.compile(r"(?i)\b(?:motion|carried|unanimously|defeated|adjourned|agenda|minutes|resolved|"
                              r"items?|decisions?|description)\b")  # ('Item Description/Decision': a table's heads)


# The numbered ward or district a member sits for, after the name: 'Councillor Soley Lynds District #8'.
NUMBERED_WARD_RE = re.compile(r"\s(?:(?:Electoral|Municipal|Rural|Urban|Community)\s)?(?:District|Ward|Division|Area|"
                              r"Precinct)\s*(?:#|No\.?)?\s*(?:\d{1,3}|[A-Z])$")  # ('A. McPherson Electoral Area A')


# A member's title after the district the member sits for: '1st District Supervisor', 'District 2 Commissioner',
# 'Ward 3 Councillor', 'At-Large Trustee'.
DISTRICT_MEMBER_RE = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)\s+(?:District|Ward|Precinct)|(?:District|Ward|Precinct)"
                                rf"\s*(?:#|No\.?)?\s*(?:\d{{1,3}}|[A-Z])|At[- ]Large)\s+{MEMBER_TITLE}")


def member_title(role: str) -> bool:
    """The role is a member's title, for a district or not ('Supervisor', '1st District Supervisor'): no staff
    post."""
    return bool(re.fullmatch(MEMBER_TITLE, role) or DISTRICT_MEMBER_RE.fullmatch(role))


def looks_like_name(text: str) -> bool:
    """A plausible personal name: two to five capitalised words, no sentence punctuation."""
    parsed = parse_name(NUMBERED_WARD_RE.sub("", text.strip()))
    if parsed is None:
        return False
    words = parsed.name.split()
    if not 1 <= len(words) <= 5 or (len(words) == 1 and not (parsed.honorific or parsed.role)):
        return False
    if len(words) == 1 and len(words[0].rstrip(".")) == 1:
        return False  # 'Cllr C': an initial alone, its surname lost (to a page's layout), names nobody
    if re.search(r"[a-z]{2}\.\s+[A-Z]", parsed.name):
        return False  # 'Wood. Also': a sentence's end inside, not a name ('St. John', 'J. Smith' are)
    if ":" in parsed.name or re.search(r"\s(?:Councill?or|Cllr|Cr)\.?(?:\s|$)", parsed.name) \
            or re.search(rf"(?i){re.escape(parsed.name)}{SECOND_TITLE}", parsed.printed):
        return False  # 'RESOLVED: Maitland', 'Fiona Councillor Maitland': a label or a second member run in (a
        # name, where one is wanted, ends before it: parse_name)
    if BUSINESS_WORD_RE.search(parsed.name) or re.match(r"No\.\s", parsed.name):
        return False  # 'Motion Carried Unanimously.' under 'Absent:' is the minutes going on, nobody's name; 'No.
        # Item' a table's heads
    if ORGANISATION_RE.search(parsed.name) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1) \
            or len(words) > 1 and (ROLE_END_RE.search(parsed.name) or DEPARTMENT_END_RE.search(parsed.name)):
        return False  # 'Police Scotland', 'PLACE Consulting', 'SCC', 'City Solicitor'
    words = [w.strip("“”\"'‘’") for w in words]  # 'Bernard C. “Jack” Young'
    return all(w[:1].isupper() or w.lower() in SURNAME_PARTICLES for w in words)


# The small words of a surname in lower case: 'Jan van der Berg', 'Councillor del Gallego', 'Martin v. Löwis' ('von'
# shortened), 'Ana dos Santos', 'Luca di Marco', 'Kees ten Brink'.
SURNAME_PARTICLES = {"de", "van", "von", "der", "den", "la", "le", "da", "das", "dos", "del", "della", "di", "du",
                     "ten", "ter", "v."}
