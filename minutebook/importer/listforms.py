"""The forms a list's pieces are printed in, as patterns: a name and its post after a comma, a post in lower case or
in the plural before or after the names, a colon between a post and its holder, visitors by their kind, a group of
people of one organisation before or after a dash, people counted not named. namelist.sentence_entries reads each
piece by them; listkinds.py tells what a whole list is.
"""

from __future__ import annotations

import re

from .listpieces import WORD_RE
from .role_titles import POST_ACRONYM_RE

COUNTED_RE = re.compile(r"(?i)(?:approximately\s+|about\s+|some\s+|around\s+)?(?:\d{1,4}|one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|several|many|a\s+few)\s+(?:members?|people|residents?|persons?|"
                        r"visitors?|guests?)\b")  # ('4 residents from Echt and 1 resident from Kirkton of Skene')


# A semicolon list's group of a first name, a surname and what follows a comma ('Raj Nadkarni, TCEQ'); four such
# words before the comma where the others have two are two people whose comma was lost ('Scot Friedman Cory
# Wilburn, GLO'), both of what follows it.
PAIRED_GROUP_RE = re.compile(rf"^{WORD_RE.pattern}\s{WORD_RE.pattern},\s")
LOST_COMMA_GROUP_RE = re.compile(rf"(?P<first>{WORD_RE.pattern}\s{WORD_RE.pattern})\s(?P<second>{WORD_RE.pattern}\s"
                                 rf"{WORD_RE.pattern}),\s+(?P<organisation>[A-Z][\w&/.]{{1,15}})")
# 'George A. Nilson, City Solicitor', 'Jay Torgersen, Chief Unified Fire Authority (UFA)': a name, its post, and the
# initials of an agency in brackets, or the office held at this meeting ('Ken Miller, Director (Chair)')
NAME_ROLE_RE = re.compile(r"^(?P<name>[^,()]{3,60}),\s+(?P<role>[A-Z][^,()]{2,80}?)"
                          r"(?:\s*\((?:(?P<initials>[A-Z][A-Z&]{1,9})|(?P<office>[A-Z][a-z][\w -]{1,30}))\))?$")
LOWER_ROLE_RE = re.compile(r"^(?!the [A-Z])(?P<role>[a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20}){0,4}) "
                           r"(?P<name>[A-Z].{2,60})$")  # (not 'the Pro Chancellor (A)': 'the' is no post)
# A post in the plural after the names it is the post of: 'A, B and C, Councillors', 'D and E, Assistant
# Superintendents', 'F, G, and H, Executive Directors'
PLURAL_ROLE_RE = re.compile(r"(?i)((?:[a-z-]+\s+){0,3}(?:councill?or|commissioner|trustee|director|member|governor|"
                            r"superintendent|manager|officer|engineer|planner|administrator|coordinator|accountant))s")
COLON_ROLE_RE = re.compile(r"^(?:\d+ [a-z]+ and )?(?:the )?(?P<role>[A-Za-z][\w' -]{1,40}):\s*(?P<name>[A-Z].{2,60})$")
# People who are not members, named after their plural in lower case: 'plus local residents A, B and C'.
VISITORS_RE = re.compile(r"^(?:plus |and |also |with )?(?P<role>(?:[a-z][a-z'-]{1,20} ){0,2}(?:residents|visitors|"
                         r"guests|observers|members of the public))\s+(?P<name>[A-Z].{2,60})$")
THE_ROLE_RE = re.compile(r"(?i)(?:and\s)?the\s(?P<role>[a-z][a-z'’-]{1,20}(?:\s[a-z][a-z'’-]{1,20}){0,2})")  # ('the
# Town Clerk’s Assistant, Mrs B')
FIRST_POST_RE = re.compile(r"(?P<role>(?:\d{1,2}(?:st|nd|rd|th)\s)?(?:[A-Z][a-z]{2,20}|[A-Z]{2,5})"
                           r"(?:[\s/](?:[A-Z][a-z]{2,20}|[A-Z]{2,5})){0,2})")
# ('Clerk', 'Town Clerk', 'CAO/Clerk', '2nd District Supervisor' first)


# How a list says who joined from elsewhere, before their names: 'by phone – A, B'; they attended.
REMOTE_LEAD_RE = re.compile(r"(?i)^(?:by|via|on the)\s+(?:tele)?(?:phone|video|zoom|teams|webex|conference call)\s*"
                            r"(?:[–—:-]\s*)?")
ORGANISATION_POST_RE = re.compile(r"(?P<organisation>[^–—]+?)\s+[–—-]\s+(?P<post>[^–—]+)")
# A surname in capitals, a comma, then the given name: one person ('AUSSEMS, Thomas', 'VAN DAMME, Anne-Marie').
SURNAME_FIRST_RE = re.compile(rf"(?!(?:{POST_ACRONYM_RE.pattern}),)"  # (not 'CAO, Tom Hale': a post, its holder)
                              r"(?P<surname>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*),\s+"
                              r"(?P<given>[A-Z][^\W\d_A-Z]+(?:[\s-][A-Z][^\W\d_A-Z]+)?)")
ACRONYM_RE = re.compile(r"\b\w*[A-Z]\w*[A-Z]")  # 'TxDOT', 'GLO', 'AppGeo', 'TWDB/TNRIS'
# Names of one organisation printed together, its name after a dash: 'Chris Bardash, Travis Scruggs, Jeremy Rogers –
# TxDOT' (an agency or a firm: short, no post's words).
SHARED_ORGANISATION_RE = re.compile(r"(?P<names>[^–—()]+?)\s+[–—-]\s+(?P<organisation>[A-Z][\w&/.]{1,15}"
                                    r"(?:\s[A-Z][\w&/.]{1,15}){0,2})")
# ... or the organisation first, a long dash, then its people: 'Planning Department —Michael Dahilig, Chance Bukoski',
# 'Office of the County Attorney — Deputy County Attorney Jodi Sayegusa'.
ORGANISATION_FIRST_RE = re.compile(r"(?P<organisation>[A-Z][\w&'’ ]{2,60}?)\s*[–—]\s*(?P<names>[A-Z].{2,400})")
# A clause after a name, no post of it: '... and in accordance with the agreed procedures ... it was confirmed that'.
CLAUSE_RE = re.compile(r"\b(?:it|he|she|they)\s+(?:was|were|is|would|will|had|has)\b|\bin\s+accordance\s+with\b")
# A staff post in the plural before the names that hold it: 'Assistant Superintendents A, B and C'.
POST_GROUP_RE = re.compile(r"^(?P<title>(?:[A-Z][a-z]+\s+){0,2}(?:Superintendent|Director|Manager|Engineer|Planner|"
                           r"Officer|Administrator|Co-?ordinator|Attorney|Clerk|Solicitor)s)\s+(?=[A-Z])")
