"""Titles printed before a name that are the person's role at the meeting, not an honorific ('Chair Ramirez',
'Commissioners Perez', 'City Manager Jim Green', 'Director of Public Works Doran Cote'): one table, longest first,
read by names.parse_name.
"""

from __future__ import annotations

import re

ORDINAL_VICE = r"(?:First|Second|Third|1st|2nd|3rd)\s+Vice"  # a board's vice chairs in order: 'First Vice Chair A'
PERSONAL_TITLE = r"(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor)"  # with or without its full stop
# An officer's post by its initials ('CAO' chief administrative, 'RFO' responsible financial, 'CDO' community
# development, 'DPO' data protection, 'PRO' public relations): a post, never a name.
POST_ACRONYM_RE = re.compile(r"CEO|CFO|COO|CAO|CIO|CTO|CDO|CCO|CSO|CPO|CMO|CRO|CNO|CHRO|CISO|DCAO|RFO|DPO|PRO")
_PARTICLES = r"(?:(?:[Vv]an|[Vv]on|[Dd]e[rn]?|[Dd]u|[Dd]a|[Dd]i|[Ll][ae]|[Tt]e[nr])\s+){0,2}"  # 'Van der Kuil'
_GIVEN = r"(?:Ma?c|O['’])?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?"  # a name's word, hyphened or not ('Anne-Marie',
# 'Eller-Smith'), or a surname with a capital after its prefix ('McIntosh', 'MacLeod', 'O'Neill')
# A department a post is 'of', its last word the kind of work ('Director of Public Works', 'Director of Parks and
# Recreation'): more than one word, where one capitalised word after 'of' is all that is known to be the post's.
_DEPARTMENT_OF = (r"(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3}?(?:Works|Services|Development|Resources|Recreation|Safety|"
                  r"Affairs|Operations|Planning|Engineering|Utilities|Administration|Technology|Relations|Management)")
# Titles printed before a name that are the person's role here, not an honorific: 'Chair Ramirez',
# 'Commissioners Perez', 'Chairman Cllr Mrs Shewell', 'Mayor J. Morgan'. Longest first.
ROLE_TITLES = [
    # one acting in the post until it is filled, the post as printed: 'Acting Mayor Bill Harper', 'Acting Chair Ray'
    (re.compile(r"^(?i:acting)\s+(?:Mayor|Chair(?:man|woman|person)?|Reeve|President)\s+(?=[A-Z])"), None),
    (re.compile(rf"^(?i:{ORDINAL_VICE}[- ]chair(?:man|woman|person)?)\s+(?=[A-Z])"), None),  # as printed
    (re.compile(r"^(?i:(?:vice|deputy)[- ]|v\.\s?)(?i:chair(?:man|woman|person)?)\.?\s+(?=[A-Z])"), "Vice Chair"),
    (re.compile(r"^(?i:chair(?:man|woman|person)?)\.?\s+(?=[A-Z])"), "Chair"),
    (re.compile(r"^(?i:(?:vice|deputy)[- ]mayor)\s+(?=[A-Z])"), "Deputy Mayor"),
    (re.compile(r"^(?i:mayor\s+pro[- ]tem(?:pore)?)\.?\s+(?=[A-Z])"), "Mayor Pro Tem"),  # the deputy to a US mayor
    (re.compile(r"^(?:District|City|Regional|Town|County|Borough|Shire)\s+(?i:mayor)\s+(?=[A-Z])"), "Mayor"),  # 'The
    # District Mayor N C Volzke', a New Zealand district's
    (re.compile(r"^(?i:mayor)\s+(?=[A-Z])"), "Mayor"),
    (re.compile(r"^(?i:(?:his|her|their)\s+worship(?:ful)?\s+the\s+mayor)\s+(?=[A-Z])"), "Mayor"),  # the office's style
    (re.compile(r"^(?i:leas-chathaoirleach)\s+(?=[A-Z])"), "Leas-Chathaoirleach"),
    (re.compile(r"^(?i:cathaoirleach)\s+(?=[A-Z])"), "Cathaoirleach"),
    (re.compile(r"^(?i:deputy\s+reeve)\s+(?=[A-Z])"), "Deputy Reeve"),
    (re.compile(r"^(?i:reeve)\s+(?=[A-Z])"), "Reeve"),
    (re.compile(r"^(?i:deputy\s+warden)\s+(?=[A-Z])"), "Deputy Warden"),  # a Canadian county council's head and
    (re.compile(r"^(?i:warden)\s+(?=[A-Z])"), "Warden"),  # deputy
    (re.compile(r"^(?i:co-?opted\s+member)\s+(?=[A-Z])"), "Co-opted Member"),  # 'Co-opted Member Mr N Inglis': a
    # member co-opted, not elected (a parish council's, a committee's)
    (re.compile(rf"^(?:(?:Acting|Interim|Deputy|Assistant)\s+)?(?:{POST_ACRONYM_RE.pattern})\s+(?=[A-Z][a-z]|[A-Z]\.\s?[A-Z])"),
     None),  # the post as printed: 'CAO Ed Black', 'CAO K. Jones', 'RFO Clive Baker' (an English or Welsh council's
    # finance officer), 'Acting CEO Gordon Webley'
    # a place's post before a surname alone (before the staff posts below, which would read its first words as a
    # given name): 'City Clerk Diaz', 'Town Manager Reyes', 'Assistant City Manager
    # Ahrens'; a department's: 'Finance Director Hahn', 'Housing Manager Barnes', 'Fire Captain Hurr'
    (re.compile(r"^(?:(?:Assistant|Deputy|Acting|Interim)\s+)?(?:City|Town|County|Village|Township|Borough|Parish)\s+"
                r"(?:Manager|Clerk|Attorney|Solicitor|Engineer|Administrator|Planner|Auditor|Treasurer|Secretary)\s+"
                r"(?=[A-Z][a-z'’-]+\.?$)"), None),
    (re.compile(r"^(?:Finance|Housing|Fire|Police|Parks|Planning|Public\s+Works|Community\s+Development|Utilities|"
                r"Library|Recreation|Building|Transportation|Traffic|Human\s+Resources|IT)\s+"
                r"(?:Director|Manager|Chief|Captain|Marshal|Superintendent|Engineer|Officer|Inspector|Official)\s+"
                r"(?=[A-Z][a-z'’-]+\.?$)"), None),
    # a staff post before a given name and surname, as printed: 'City Manager Jim Green', 'Police Chief Al Grey',
    # 'Community and Economic Development Director Jared M. Johnson', 'Chief Deputy Recorder Lee Ann Peterson', 'Chief
    # Executive Mark Day', 'Governance Advisor Kim Moss', 'Head Librarian Jo Post', 'Golf Club Manager/Superintendent
    # Sean Creed', 'Asst. General Manager Tom Kerr' (the post's first word shortened)
    (re.compile(r"^(?:(?:Asst|Dep|Dept)\.\s+)?(?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?){0,4}(?:Manager|Clerk|Attorney|Solicitor|"
                r"Engineer|Chief|Administrator|"
                r"Planner|Auditor|Director|Treasurer|Secretary|Officer|Counsel|Co-?ordinator|Comptroller|Recorder|"
                r"Executive|Advis[eo]r|Assistant|Superintendent|Inspector|Accountant|Surveyor|Analyst|Specialist|"
                r"Librarian|Marshal|Registrar|Archivist|Curator|Counsell?or|Chancellor|Provost)"
                rf"(?:/[A-Z][a-z]+)?(?:\s+of\s+(?:the\s+)?(?:{_DEPARTMENT_OF}|[A-Z][a-z]+))?\s+"
                rf"(?=(?:{PERSONAL_TITLE}\.?\s+)?(?:{_GIVEN}|[A-Z]\.?)(?:\s+(?:[A-Z]\.?|{_GIVEN}))?\s+{_PARTICLES}"
                rf"{_GIVEN}\.?$)"),
     None),  # ('Town Clerk Mrs D Evans': a personal title, initials; 'Recording Secretary Carolyn Van der Kuil')
    # the member a US city council elects to preside after the mayor: 'Council President Arne Nyberg'; a village's
    # elected head: 'Village President Gail Polanek'
    (re.compile(r"^(?:Council|Board|Village|Town|Borough)\s+(?:Vice[- ])?President\s+(?=[A-Z])"), None),
    (re.compile(r"^(?i:commissioners?)\s+(?=[A-Z])"), "Commissioner"),
    (re.compile(r"^(?i:(?:council ?members?|councilmembers?|council ?(?:wo)?m[ae]n|councilpersons?))\s+(?=[A-Z])"),
     "Council Member"),
    (re.compile(r"^(?i:(?:vice[- ]?)?president)\s+(?=[A-Z])"), None),  # a board's officers: 'President Ames'
    (re.compile(r"^(?i:select(?:m[ae]n|wom[ae]n|persons?))\s+(?=[A-Z])"), "Select Board Member"),  # New England
    (re.compile(r"^(?i:legislators?)\s+(?=[A-Z])"), "Legislator"),  # a county legislature's members
    (re.compile(r"^(?i:delegates?)\s+(?=[A-Z])"), "Delegate"),
    (re.compile(r"^(?i:student\s+(?:trustee|member|representative|governor))\s+(?=[A-Z])"), None),  # a student
    # on the board, as printed: 'Student Trustee Eva Jackson'
    (re.compile(r"^(?i:trustees?)\s+(?=[A-Z])"), "Trustee"),
    (re.compile(r"^(?i:governors?)\s+(?=[A-Z])"), "Governor"),  # a school's governing body
    (re.compile(r"^(?i:board\s+member)\s+(?=[A-Z])"), "Board Member"),  # 'Board Member Travis Hoban' in a roll
    (re.compile(r"^(?i:board\s+members)\s+(?=[A-Z])"), ""),  # 'Board Members Present:': no role, as 'Members'
    (re.compile(r"^(?i:supervisors?|supvs?\.?)\s+(?=[A-Z])"), "Supervisor"),  # a township board's members:
    # 'Supervisor Keough', 'Supv Kamm'
    (re.compile(r"^(?i:directors?)\s+(?=[A-Z])"), "Director"),  # a board's members: 'Director Smith'
    (re.compile(r"^(?i:secretary)\s+(?=[A-Z])"), "Secretary"),  # 'Also present: Secretary Walker'
    (re.compile(r"^(?i:clerk)\s+(?=[A-Z])"), "Clerk"),
    (re.compile(r"^(?i:treasurer)\s+(?=[A-Z])"), "Treasurer"),
    (re.compile(r"^(?i:members?)\s+(?=[A-Z])"), ""),  # 'Members A and B': no role, a word before the list
]
