"""Attendance written as prose: a roll call reported in sentences rather than listed under labels.

'Responding to roll call were Commissioners A, Vice Chair B, and Chair C in person. Commissioners D and E
participated via videoconference. Commissioner F and G were absent. Also participating were H, Executive
Director; and J, Clerk.' / '... the roll was taken with the following results: Council Members A, B and C were
present.' Each sentence is read by a table of rules (the list before or after a verb that says what the
names are); a sentence whose list holds anything but names is not attendance and is left as text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attendance_labels import Context
from .doc_kind import KIND_ALONE_RE
from .drafts import AttendanceDraft
from .lines import Line
from .listforms import THE_ROLE_RE
from .listpieces import GROUP_RE, split_top
from .nameentry import ROLE_KEYWORDS, make_entry
from .namelist import sentence_entries
from .names import ABBREVIATED, BOARD_MEMBERS, COMPANY_COMMA, HONORIFIC_RE, ORGANISATION_RE, looks_like_name, parse_name

# a list of names starts with a capital (or a '*' footnote mark), or with a post or a kind of attender in lower
# case before one ('supervisors A, B and C, treasurer D', 'guests E and F', 'local resident G')
NAMES = r"(?P<names>(?:[a-z][a-z'-]{1,20}\s+){0,2}[A-Z*](?:[^!?]|(?<=\w)\?(?=\w)){1,400}?)"  # ('L?wis': a letter
# lost to a wrong encoding, no question)
NO_WORD_BEFORE = r"(?<!\w)(?<!\w )"  # a label's own start, no word of a longer label before it
LEAD = (r"(?!Also\b|Staff\b)(?:(?:[Tt]he\s+)?[Oo]ther\s+(?!staff\b)(?:[a-z]{3,12}\s+)?|"
        r"(?:[A-Z][a-z]{2,12}|[Tt]hose|[Pp]ersons|[Pp]eople) )")  # 'Board members present were', 'those in ...',
# 'Other council members present were' (after who presided; not 'Staff members present were', the staff's)

WAS = r"(?:were|was|are|is)"
# Who answered the roll: '... the following Council members answered as their names were called: A, B and C'.
ANSWERED = r"answered(?:\s+(?:as\s+their\s+names\s+were\s+called|present|to\s+(?:the\s+)?roll(?:\s+call)?))?"
WHO_SEAT = (r"(?i:(?:board\s+|council\s+|committee\s+)?(?:members|directors|trustees|commissioners|councill?ors|"
            r"council\s?members|supervisors|governors|selectmen|select\s?board\s+members|aldermen))")
RUN_IN = "run-in"  # a rule's verb: a label that says in words whose attendance it is, when run into a paragraph
# Sentence rules: (pattern, status, verb), first match wins; each pattern reads the whole sentence. The list is
# the 'names' group. A label with a colon ('Absent: D') is read only in a paragraph a verb rule has shown to be
# a roll call (on its own it is a label list, read line by line by the label rules).
RULES: list[tuple[re.Pattern, str, bool | str]] = [(re.compile(pattern), status, verb) for pattern, status, verb in [
    (rf"(?i:(?:responding|answering|present) (?:to |at |for )?(?:the )?roll ?call) {WAS}:?\s+{NAMES}", "present",
     True),
    (rf"(?i:roll ?call)\s*[:-]\s*{NAMES}(?:\s*[:-]\s*|\s+(?:{WAS}\s+)?)(?i:present)", "present", True),
    # the roll call's heading run into the paragraph, the members who answered after it ('ROLL CALL' / 'Mayor A and
    # Councilmembers B, C, and D. Also present were ...')
    (rf"(?:ROLL ?CALL|Roll ?[Cc]all)\s*[.-]?\s+(?=[A-Z])(?![^:]*:){NAMES}", "present", False),
    (rf"(?i:(?:members )?present) {WAS}:?\s+{NAMES}", "present", True),
    # 'The Clerk then called the roll, answering as present were A, B and C'
    (rf".{{0,200}}?\b(?i:answering|responding)(?i: as)? (?i:present) {WAS}:?\s+{NAMES}", "present", True),
    # '... met in regular session at 9:00 a.m. with the following members present: Supervisors A, B and C.'
    (rf".{{0,300}}?\b(?i:with the following (?:[a-z]+ ){{0,2}}(?:present|in attendance))\s*:?\s+{NAMES}", "present",
     True),
    (rf"{LEAD}(?i:members present|in attendance) {WAS}:?\s+{NAMES}", "present", True),
    (rf"{WHO_SEAT}\s+(?i:present\s+included)\s*:?\s+{NAMES}", "present", True),  # 'Selectmen present included A,
    # B and C.'

    (rf"(?i:in attendance) {WAS}:?\s+{NAMES}", "present", True),  # 'In attendance were Vice President A and
    # Commissioners B, C and D.': who attended the meeting, its members first
    # 'The following staff members were present: A, B': the staff
    (rf"(?i:the\s+following\s+(?:[a-z]+\s+)?(?:staff|officers|employees)(?:\s+members)?)\s+{WAS}\s+"
     rf"(?i:present|in attendance)\s*:\s*{NAMES}", "in_attendance", True),
    # 'The following members of the Board of Directors were present at the meeting: A, B, ...'
    (rf"(?i:the\s+following)\b[^:]{{0,80}}?\s+{WAS}\s+(?i:present)(?:\s+(?i:at\s+the\s+meeting))?\s*:\s*{NAMES}",
     "present", True),
    # 'ROLL CALL: On roll call, the following were in attendance: Chairman A, and Commissioners B and C': those who
    # answered the roll, the members present
    (rf"(?i:(?:roll ?call\s*[:-]\s*)?(?:up)?on (?:the )?(?:roll ?call|call(?:ing)? (?:of )?the roll),?\s+the following)"
     rf"\b[^:]{{0,80}}?\s+(?:{WAS}\s+(?i:present|in attendance)|(?i:{ANSWERED}))\s*:?\s*{NAMES}", "present",
     True),  # ('..., the following Council members answered as their names were called: Alderman A, B and C')
    (rf"(?i:absent|not present) {WAS}:?\s+{NAMES}", "absent", True),
    (rf"(?i:excused) {WAS}:?\s+{NAMES}", "apologies", True),
    (rf"(?i:also (?:present|participating|attending|in attendance)) {WAS}:?\s+{NAMES}", "in_attendance", True),
    # 'Visitors included A (Social Sciences), B (IT), ...': guests, each with the department they came from
    (rf"(?i:(?:visitors|guests|others\s+present|also\s+present)\s+included):?\s+{NAMES}", "in_attendance", True),
    # 'Other staff present via teleconference were A, Associate Superintendent; B and C, Assistant Superintendents'
    (rf"(?i:(?:other\s+)?(?:staff|officers|officials|employees)(?:\s+members)?\s+(?:present|in attendance|attending)"
     rf"(?:\s+(?:via|by|in|through)\s+[\w -]{{1,30}})?)\s+{WAS}:?\s+{NAMES}", "in_attendance", True),
    # 'Audience members Marty Heide and Matthew McNelly were present.': there as the public, not members
    (rf"(?i:(?:audience|public)\s+members|members\s+of\s+the\s+(?:public|audience)|visitors|guests)\s+{NAMES}\s+{WAS}\s+"
     rf"(?i:present|in attendance)", "in_attendance", True),
    (rf"(?i:(?:also\s+)?present\s+in\s+the\s+(?:audience|gallery)) {WAS}:?\s+{NAMES}", "in_attendance", True),
    # ('Present in the audience were A, B and C.')
    (rf"{NAMES}\s+{WAS} (?i:also (?:present|in attendance))", "in_attendance", True),
    (rf"{NAMES}\s+(?i:also attended)(?: (?i:the meeting))?", "in_attendance", True),  # 'Kurt Kaiser also
    # attended the meeting.'
    # 'It was noted that, in accordance with Council Procedure Rule 4, Councillor A had been appointed as a substitute
    # member for Councillor B.': a member sitting for another
    (rf"(?:(?i:it was (?:noted|reported) that),?\s+)?(?:[^.]{{0,80}}?,\s+)?{NAMES}\s+(?:had been|has been|was)\s+"
     rf"(?i:appointed) as (?:a |the )?(?P<role>(?i:substitute)\s+(?:(?i:member)\s+)?(?i:for)\s+[A-Z][\w.'’ -]{{2,60}})",
     "present", True),
    # 'Jon Cunliffe was present as the Treasury representative.': there for someone else, with that part
    (rf"{NAMES}\s+{WAS} (?i:(?:also )?(?:present|in attendance) as) (?:the |an? )?(?P<role>[A-Za-z][\w'’ -]{{1,60}})",
     "in_attendance", True),
    (rf"{NAMES}\s+{WAS} (?i:present|in attendance)(?: (?i:in person|remotely|virtually|by [\w -]{{1,30}}"
     rf"|via [\w -]{{1,30}}))?(?: with [A-Z][\w.'’ -]{{2,60}}? presiding)?", "present", True),  # ('..., and L. Watts
    # were present with Mayor J. Jones presiding': who presided, read by PRESIDING_RE)
    (rf"{NAMES}\s+(?i:answered|responded\s+to)\s+(?i:the\s+roll(?:\s?call)?)", "present", True),  # 'Chair A and
    # Commissioners B, C and D answered the roll.'
    (rf"{NAMES}\s+{WAS} (?i:absent)(?: (?i:from the meeting|with(?:out)? (?:notice|apologies)))?", "absent", True),
    (rf"{NAMES}\s+{WAS} (?i:excused(?: absent| from (?:the|this) meeting)?)", "apologies", True),
    (rf"{NAMES}\s+(?i:(?:had\s+)?(?:asked|requested)\s+to\s+be\s+excused)", "apologies", True),  # 'Council Member
    # Walker asked to be excused.'
    (rf"{NAMES}\s+(?i:(?:had\s+)?(?:sent|gave|tendered|offered)\s+(?:(?:his|her|their)\s+)?(?:apologies|an\s+apology|"
     rf"regrets))(?:\s+(?i:for\s+(?:his|her|their|the|this|being|absence|not|personal|work|family))\b[^!?]{{0,200}})?",
     "apologies", True),  # 'Cllr A & Cllr B sent apologies.', 'Cllr C
    # sent his apologies.', 'A (PV) sent apologies for his absence due to being in the field ...'
    # apologies received, the verb first as a minute's label: 'Received: apologies for absence from A, B and C.'
    (rf"(?i:(?:received|noted|accepted)\s*:?\s+)(?i:apolog(?:y|ies))(?i: for absence)?\s+(?i:from)\s+{NAMES}",
     "apologies", True),
    # a resolution accepting them: 'That the apology from Councillors A and B be accepted.'
    (rf"(?i:(?:that\s+)?(?:the\s+)?apolog(?:y|ies)\s+(?:from|of))\s+{NAMES}\s+(?i:be|were|was|are|is)\s+"
     rf"(?i:accepted|received|noted)", "apologies", True),
    # 'Rohleder arrived shortly after the meeting began.', 'Cllr A arrived at 7.40 pm': present, late
    (rf"{NAMES}\s+(?i:arrived|joined the meeting)(?:\s+(?i:late|at|during|after|shortly|just|before)\b[^!?]{{0,80}})?",
     "present", True),
    (rf"{NAMES}\s+(?i:participated|attended|joined(?: the meeting)?) (?i:via|by|through|remotely|virtually|"
     rf"in person|electronically|online)[\w -]{{0,40}}", "present", True),
    # a label that says whose attendance it lists, run into a paragraph after another sentence ('The meeting was
    # called to order at 6 pm by President A. Board members present: A, B, and C.'): as plain as a verb there; at a
    # line's start it is the label rules' to read
    (rf"{WHO_SEAT}\s+(?i:present|in attendance)\s*:\s*{NAMES}", "present", RUN_IN),
    (rf"{WHO_SEAT}\s+(?i:absent|not present)\s*:\s*{NAMES}", "absent", RUN_IN),
    (rf"{WHO_SEAT}\s+(?i:excused)\s*:\s*{NAMES}", "apologies", RUN_IN),
    (rf"(?i:(?:other\s+)?(?:staff|officers|officials|employees)\s+(?:present|in attendance))\s*:\s*{NAMES}",
     "in_attendance", RUN_IN),
    (rf"(?:(?i:roll ?call(?: of [\w ]{{1,30}})?\s*:\s*)|{NO_WORD_BEFORE})(?i:present|attending)\s*:-?\s*{NAMES}",
     "present", False),  # ('Roll Call of Council Members: Attending: A, B and C.'; not 'Staff Present: A', another's
    # label)
    (rf"{NO_WORD_BEFORE}(?i:absent|not present)\s*:-?\s*{NAMES}", "absent", False),
    (rf"{NO_WORD_BEFORE}(?i:excused(?: absen(?:ces?|t))?|apologies)\s*:-?\s*{NAMES}", "apologies", False),
    (rf"(?i:also present|in attendance)\s*:-?\s*{NAMES}", "in_attendance", False),
]]
# The post, then who held it presided: 'The Cathaoirleach, Councillor A Bell presided.'
POST_THEN_PRESIDER = (r"(?:[-•]\s+)?(?:The\s+)?(?P<chair_post>[A-Z][\w'’ -]{2,30}),\s+"
                      r"(?P<chair>[A-Z][\w.'’ -]{2,60}?),?\s+presided")
# 'Chair Ann Bell called the monthly meeting to order at 6:30 pm', 'The meeting was called to order at 6:00 pm by
# President Sheetz', 'The Board met in regular session with Chairperson Diane Fitch presiding': who presides, by the
# title printed before the name
PRESIDING_RE = re.compile(r"(?:(?i:the\s+(?:[a-z-]{3,12}\s+){0,2}meeting\s+was\s+called\s+to\s+order)\b|"
                          # '... met in a regular session ... at 5:34 p.m., and was duly convened by Mr. A, President.'
                          r"(?:(?i:[ap]\.?m)\.|[^.]){0,300}?\b(?i:was\s+(?:duly\s+)?convened))"
                          r"(?:(?i:[ap]\.?m)\.|[^.]){0,40}?"
                          r"\s+by\s+(?P<by>(?:(?:Mr|Mrs|Ms|Dr)\.\s)?[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}?)"
                          r"(?:,\s+(?P<by_post>[A-Z][\w'’ -]{1,40}?))?(?=[.,;]|\s+(?:at|in|on|who)\b|$)|"
                          r"(?P<name>[A-Z][\w.'’ -]{2,60}?)(?:,\s+(?P<post>[A-Z][\w'’ -]{1,40}?),?|,\s+(?P<sitting_in>"
                          r"(?:sitting|acting|standing)\s+in\s+for)\s+(?:the\s+)?[\w'’ -]{2,40}?,?)?\s+(?i:called\s+"
                          r"(?:the\s+(?:[a-z-]{3,12}\s+){0,2}meeting\s+)?to\s+order)\b|"
                          r"[^.]{0,200}?\bmet\b(?:[ap]\.m\.|[^.]){0,120}?\bwith\s+(?P<with>[A-Z][\w.'’ -]{2,60}?)\s+"
                          r"presiding\b|"
                          r"(?:[^.]|(?<=\b[A-Z])\.){0,300}?\b(?:were|was)\s+present\s+with\s+"
                          r"(?P<present_with>[A-Z][\w.'’ -]{2,60}?)\s+presiding\b|"
                          rf"{POST_THEN_PRESIDER}\b")
# ... that sentence alone on its line, after the roll call's lists
PRESIDED_AS_POST_RE = re.compile(rf"^{POST_THEN_PRESIDER}\.?$")
PRESIDING = {"Chair", "Vice Chair", "Mayor", "Deputy Mayor", "Reeve", "Deputy Reeve", "Cathaoirleach", "President",
             "Vice President"}
PRESIDING_POST_RE = re.compile(rf"\b({'|'.join(sorted(PRESIDING, key=len, reverse=True))})$")  # a post ending in one
# People a roll call counts without naming: '...; other staff; and ...', ', members of the public'
UNNAMED_RE = re.compile(r"(?i)(?:(?:^|(?<=[;,]))\s*(?:and\s+)?|\s+and\s+)"
                        r"(?:(?:other|various|several|some)\s+(?:staff|officers|officials|employees)|(?:several\s+|some\s+|an?\s+|one\s+|two\s+|three\s+|\d{1,2}\s+)?"
                        r"members?\s+of\s+the\s+public)\s*(?=[;,]|$)")  # ('... and a member of the public')
OPENING_RE = re.compile(r"^.{0,300}?:\s+(?=[A-Z])")  # '... with the following results: ' before the list
TAIL_RE = re.compile(r"(?i)\s+(?:in person|remotely|virtually|via [\w -]{1,30}|by (?:video|tele)[\w -]{0,30}|online)$")
NAME_PIECE_RE = re.compile(r"^[A-Z*](?:[\w'’.*“”\"-]|(?<=\w)\?(?=\w)){0,30}(?:\s+(?:[A-Z*](?:[\w'’.*“”\"-]|"
                           r"(?<=\w)\?(?=\w)){0,30}|de|van|von|der|la|le|da|del|v\.|of|and)){0,6}$")
# ('Director of Public Works A', 'Planner and Zoning Administrator B', which split_top leaves one piece)
BOARD_GROUP_RE = re.compile(rf"(?i:({BOARD_MEMBERS}))\s+(?=[A-Z])")  # a board's members by their title in the plural
SINGULAR_GROUP_RE = re.compile(r"^(Commissioner|Councillor|Council ?[Mm]ember|Councilmember|Trustee|Director)"
                               r"\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    """The paragraph cut into sentences: a full stop ends one unless it closes an initial ('M.') or an
    abbreviated title ('Mr.', 'Ms.')."""
    result, start = [], 0
    for match in re.finditer(r"\.\s+(?=[A-Z*])|;\s+(?=(?i:also\s+(?:present|in\s+attendance|attending)\b))", text):
        # ('...; also present was D, Township Clerk': a clause of its own)
        word = re.search(r"(\S{1,6})$", text[start:match.start()])
        before = word.group(1) if word else ""
        if before in ABBREVIATED or re.fullmatch(r"[A-Z]|v|[A-Z]\.[A-Z]", before):
            continue
        result.append(text[start:match.start()].strip())
        start = match.end()
    result.append(text[start:].strip().rstrip("."))
    return [s for s in result if s]


def _is_list(names: str) -> bool:
    """Every piece of the list is a name: capitalised words, a title first or a role after a comma."""
    groups = [g.strip() for g in re.split(r";\s*(?:and\s+)?", names) if g.strip()]
    for group in groups:
        pieces = split_top(group)
        if len(groups) > 1:  # 'A, Executive Director; B, Counsel': the name before its role
            pieces = pieces[:1]
        for piece in pieces:
            piece = re.sub(rf"\s*\([^()]{{0,60}}\)|{COMPANY_COMMA}", "", TAIL_RE.sub("", piece)).strip()
            piece = re.sub(r"^(?:[a-z][a-z'-]{1,20} ){1,3}(?=[A-Z])", "", piece)  # 'treasurer A', 'local resident B'
            if not piece or not NAME_PIECE_RE.match(piece) or HONORIFIC_RE.fullmatch(piece):
                return False
    return True


def _group_title(names: str) -> str:
    """'Commissioner Ayala and Rios': a title in the singular before two or more names stands for all of them."""
    match = SINGULAR_GROUP_RE.match(names)
    if match and len(split_top(names)) > 1 and not re.search(r"\b[Ss]\b", match.group(1)):
        return f"{match.group(1).replace('Councilmember', 'Council Member')}s {names[match.end():]}"
    return names


# A member and their answer to the roll: 'Supervisor Thomas Wood- present', 'Councilman Fred Drumm - absent'.
ANSWERED_RE = re.compile(r"(?i)^(?P<name>[^,;:]{3,60}?)\s*[-–—]\s*(?P<answer>present|here|absent|excused)\.?$")
ANSWERS = {"present": "present", "here": "present", "absent": "absent", "excused": "absent"}


def answered_roll(sentence: str, line: Line) -> list[AttendanceDraft]:
    """A roll call told as each member's answer, two or more: 'Supervisor A- present, Councilman B - present, and
    Councilman C – absent.'; [] where any piece is no such answer."""
    pieces = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", sentence.strip()) if p.strip()]
    answers = [ANSWERED_RE.match(p.strip()) for p in pieces]
    if len(pieces) < 2 or not all(answers):
        return []
    made = [make_entry(a.group("name"), line, Context(status=ANSWERS[a.group("answer").lower()])) for a in answers]
    return [entry for entry in made if entry] if all(made) else []


def read_sentence(sentence: str, line: Line, labels: bool = True) -> tuple[list[AttendanceDraft], bool | str] | None:
    """The entries one sentence of a prose roll call names and whether a verb said so, or None when the
    sentence is not one (or is a colon label and `labels` is False). The clause after a dash may be one on its
    own ('... called the meeting to order at 6:30 pm -- those in attendance are A, B and C')."""
    if answered := answered_roll(sentence, line):
        return answered, True
    for pattern, status, verb in RULES:
        match = pattern.fullmatch(sentence) or pattern.fullmatch(re.split(r"\s+(?:--?|[–—])\s+", sentence)[-1])
        if not match:
            continue
        if not (verb or labels):
            return None
        names = OPENING_RE.sub("", match.group("names")).strip(" ,")
        names = re.sub(r"^(?i:the following)\s*:?\s*", "", names)
        names = UNNAMED_RE.sub("", names).strip(" ,;")  # '...; other staff; and C, Executive Assistant'
        names = re.sub(r";\s*;", ";", names)
        if re.fullmatch(r"(?i)none|nobody|no\s+one|n/?a", names):
            return [], verb  # 'Board members absent: None.': a roll call's sentence that names nobody
        if not names or not _is_list(names):
            return None
        listed = split_top(names)
        pieces = [TAIL_RE.sub("", p) for p in listed]
        if ";" in names:  # 'A, Executive Director; B, Counsel': one person a group
            pieces = [g for g in re.split(r";\s*(?:and\s+)?", names) if g.strip()]
        elif pieces != listed:  # ('A in person, B remotely': how each took part, left out)
            names = ", ".join(pieces)
        context = Context(status=status, sentence=True)
        entries = sentence_entries(_group_title(names), line, context)
        posts = sum(1 for n, piece in enumerate(pieces) if ROLE_KEYWORDS.search(piece) and (
            THE_ROLE_RE.fullmatch(piece) and n + 1 < len(pieces) and looks_like_name(pieces[n + 1])  # ('The Town
            or n and not looks_like_name(piece) and looks_like_name(pieces[n - 1])))  # Clerk, Mrs A', 'D, Township
        # Clerk')
        agencies = sum(1 for n, piece in enumerate(pieces) if n and ORGANISATION_RE.search(piece)
                       and not ROLE_KEYWORDS.search(piece) and not looks_like_name(piece))  # ('A, TimeSaver Inc.')
        people = len(pieces) - posts - agencies  # a post before its holder's name or after it is no one of its
        # own, nor the organisation after a name
        if len(entries) < people and (not entries or not GROUP_RE.match(names)):  # bare surnames:
            # 'Smith, Jones and Brown', 'Members Hale, Bell and Lind'
            entries = [entry for piece in pieces for entry in _piece(piece, line, context)]
        part = match.groupdict().get("role")
        standing_in = re.fullmatch(r"(?i)substitute\s+(?:member\s+)?for\s+(.+?)\.?", part or "")
        for entry in entries if standing_in else ():  # 'Mr M Tate was present as a substitute for Mr Stone'
            entry.status, entry.substitute_for = "substitute", parse_name(standing_in.group(1))
        for entry in entries if part and not standing_in else ():  # 'present as the Treasury representative'
            entry.role, entry.capacity = entry.role or part[:1].upper() + part[1:], entry.capacity or "other"
        board = BOARD_GROUP_RE.match(names) if status == "in_attendance" else None
        for entry in entries if board else ():  # 'Also present were Trustees A, B and C, Grounds Manager, D':
            if entry.role == board.group(1).removesuffix("s").title():  # the board's members, present
                entry.status, entry.capacity = "present", None
        named = [e for e in entries if e.name.name]
        return (named, verb) if named and len(named) == len(entries) >= people else None
    return None


def _piece(piece: str, line: Line, context: Context) -> list[AttendanceDraft]:
    """One person of a roll call: a surname alone ('Smith', 'NAUSER') is a name here."""
    found = sentence_entries(piece, line, context, groups=False)
    name = parse_name(piece)
    if found or not (name and re.fullmatch(r"[A-Z][\w'’-]{1,30}", name.name)):
        return found
    return [AttendanceDraft(name=name, line=line, status=context.status, role=name.role)]


def _joined(paragraph: list[Line]) -> str:
    """The paragraph's lines as one text, a word broken at a line's end whole again."""
    text = "\n".join(line.stripped for line in paragraph)
    text = re.sub(r"\s+", " ", re.sub(r"(?<=[a-z]-)\n(?=[A-Z][a-z])", "", text))  # ('Lawrence-' / 'Anderson': a
    # hyphened name broken at the line's end)
    return re.sub(r"(?<=\w)- (?=[a-z])", "", text)


def prose_entries(paragraph: list[Line], roll_call: bool = False, before: list[Line] | None = None
                  ) -> list[AttendanceDraft]:
    """Every roll-call sentence of a paragraph read into entries (none when no sentence is one). Under a
    heading that says it is the roll call, labels alone are enough ('... called the meeting to order at
    6:06 p.m. Present: Members A, B. Excused absence: Member C.'). Who presided may be told in the paragraph
    `before` it ('Vice-Chairman A called the meeting to order at 7:06 PM.' / 'Selectman B and Selectman C were
    present.')."""
    if not paragraph:
        return []
    text = _joined(paragraph)
    read = []
    for sentence in sentences(text):
        found = read_sentence(sentence, _line_of(paragraph, sentence))
        if found and found[1] == RUN_IN:
            found = found[0], not any(_opens(line, sentence) for line in paragraph)
        read.append(found)
    if not roll_call and not any(found and found[1] for found in read):
        return []  # no sentence says in words who attended: labels alone are the label rules' to read
    entries = _presiding(text, paragraph, [entry for found in read if found for entry in found[0]])
    if before and not PRESIDING_RE.match(text):
        entries = _presiding(_joined(before), before, entries)
    return entries


def with_presider(lines: list[Line], entries: list[AttendanceDraft]) -> list[AttendanceDraft]:
    """A labelled roll call with who presided, told in a sentence of its own among the region's lines ('The meeting
    was called to order at 1:02 P.M. by A Bell, Chair.' / 'In attendance: B, Secretary; C'): the presider added,
    or given the chair's role (as a roll call told in sentences is, `prose_entries`)."""
    alone = [[line] for line in lines if PRESIDED_AS_POST_RE.match(line.stripped)]  # (its line in a paragraph)
    told = next((p for p in [*paragraphs(lines), *alone] if PRESIDING_RE.match(_joined(p))), None) if entries else None
    return _presiding(_joined(told), told, entries) if told else entries


def _opens(line: Line, sentence: str) -> bool:
    """The sentence begins where the line does (its first 40 characters, or the whole of a shorter line)."""
    text = re.sub(r"\s+", " ", line.stripped)
    n = min(40, len(text))
    return n > 0 and sentence[:n] == text[:n]


RUN_IN_HEADING_RE = re.compile(r"^[A-Z][A-Z ]{2,30}:\s+(?=[A-Z])")  # a heading in capitals run into the paragraph


def _presiding(text: str, paragraph: list[Line], entries: list[AttendanceDraft]) -> list[AttendanceDraft]:
    """The roll call with who presides: 'Chair A Bell called the meeting to order' gives A Bell the Chair's
    role where the roll call names A Bell without it (or as one of the members), else adds A Bell, present."""
    lead = paragraph[0].stripped if paragraph else ""
    if KIND_ALONE_RE.match(lead) and text.startswith(lead):  # ('Minutes' / 'The meeting was called to order ...': the
        text = text[len(lead):].lstrip()  # line saying what the document is, over the paragraph with no blank line)
    text = RUN_IN_HEADING_RE.sub("", text)  # ('CALL TO ORDER:  A, Chair, called the meeting to order ...')
    match = PRESIDING_RE.match(text)
    name = parse_name(match.group("name") or match.group("by") or match.group("with") or match.group("present_with")
                      or match.group("chair")) if match else None
    post = (match.group("post") or match.group("by_post") or match.group("chair_post")
            or match.group("sitting_in") and "Chair") if match else None  # ('A, sitting in for the mayor, called the
    # meeting to order': chairs it)
    office = PRESIDING_POST_RE.search(post or "")
    name = replace(name, role=office.group(1)) if name and office and name.role not in PRESIDING else name  # the post
    # after the name: 'R. Sackrider, LPRCA Chair called the meeting to order', '... called to order by A Bell, Chair.',
    # before it: 'The Cathaoirleach, Councillor A Bell presided.' (a councillor's title is no presiding post)
    if not name or name.role not in PRESIDING or not entries:
        return entries
    surname = name.name.split()[-1]
    same = next((e for e in entries if e.name.name == name.name or (" " not in e.name.name or " " not in name.name)
                 and e.name.name.split()[-1] == surname), None)
    if same is None:
        return [AttendanceDraft(name=name, line=paragraph[0], status="present", role=name.role), *entries]
    if same.status == "present" and same.role in (None, "Supervisor", "Commissioner", "Council Member", "Trustee",
                                                  "Councillor", "Director"):
        same.role = name.role
    return entries


def _line_of(paragraph: list[Line], sentence: str) -> Line:
    """The line the sentence starts on (its first words), for the entries' source."""
    head = " ".join(sentence.split()[:3])
    return next((line for line in paragraph if head and head in re.sub(r"\s+", " ", line.stripped)), paragraph[0])


UNFINISHED_RE = re.compile(r"(?:\b(?:Commissioners|Councillors|Councilmembers|Council\s+Members|Trustees|Directors|"
                           r"were|and)|,)\s*$")


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines cut at blank lines; not at one a PDF put inside a sentence, after a word that cannot end it
    ('Responding to roll call were Commissioners' / '' / 'Perez, Vice Chair Valencia, ...')."""
    result: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            if result[-1] and not UNFINISHED_RE.search(result[-1][-1].text):
                result.append([])
        else:
            result[-1].append(line)
    return [p for p in result if p]
