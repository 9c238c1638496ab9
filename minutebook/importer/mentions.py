"""Rules for people named in an item's text: declarations of interest, motions and their movers,
petitions, substitutes tables, apologies and absence sentences, guests welcomed, officer lists.
"""

from __future__ import annotations

import re

from .attendance import parse_region
from .attendance_labels import Context
from .blocks import Block, Found
from .drafts import AttendanceDraft, DeclarationDraft, ItemDraft, MotionDraft
from .lines import Line
from .namelist import ROLE_KEYWORDS, make_entry, sentence_entries
from .names import PersonName, looks_like_name, parse_name
from .outcomes import outcome_of

HONORIFIC = (r"(?:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Commissioners?|Directors?|Council\s?(?:member|man|woman)s?|"
             r"Trustees?|Aldermen|Alderman|(?:Deputy\s+)?Mayor|(?:Deputy\s+)?Reeve|Members?)\.?\s+)")
NAME_PART = r"(?:[A-Z]\.|[A-Z][\w'’-]+)"  # 'S.' or 'Edgell'
DECLARER = rf"{HONORIFIC}+{NAME_PART}(?:\s+{NAME_PART}){{0,3}}"
# 'Councillor X declared a non-pecuniary interest in item 6 as ...', 'Cllrs A and B declared an interest in ...',
# 'Cllr. Mrs S. Edgell declared a DPI in ...', 'Councillor X discloses a pecuniary interest in item 8'.
INTEREST_RE = re.compile(
    rf"(?P<who>{DECLARER}(?:(?:,\s*|\s+and\s+){HONORIFIC}*{NAME_PART}(?:\s+{NAME_PART}){{0,3}}){{0,6}})\s+"
    r"(?:declared|declares|disclosed|discloses)\s+(?:an?\s+)?(?P<kind>(?:disclosable\s+)?(?:non[- ]?pecuniary|"
    r"pecuniary|prejudicial|personal|(?:other\s+|non[- ]?)?regist(?:er)?able)?)\s*(?:interests?|connection|"
    r"conflicts?\s+of\s+interest|(?P<dpi>DPI))(?P<rest>(?:[^.]|\.(?=\d))*)\.?(?P<after>.*)$")
# A member who stood aside from an item: 'Commissioner A recused himself from item 4 due to a business relationship'.
RECUSAL_RE = re.compile(
    rf"(?P<who>{DECLARER})\s+recused\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?from\s+(?:the\s+)?(?:vote\s+on\s+)?"
    r"(?:(?:agenda\s+)?items?\s+(?:no\.?\s*)?(?P<item>[\w./-]*\w))?[^.]*?"
    r"(?:\s+(?:due to|because of|as)\s+(?P<why>[^.]+))?\.")


def declarers(who: str) -> list:
    """'Cllrs Bradbury and Lester' -> two names, each with the title printed before the list."""
    title = re.match(HONORIFIC + "+", who)
    head = title.group(0) if title else ""
    pieces = [p.strip() for p in re.split(r",\s*|\s+and\s+", who[len(head):]) if p.strip()]
    if len(pieces) > 1 and not re.search(r"(?i)^(?:councillors|cllrs)\b", head) and len(pieces[0].split()) < 2:
        pieces = [" ".join(pieces)]  # one person after all ('Mr S. Smith'): only a plural title lists several
    names = [parse_name(piece if re.match(HONORIFIC, piece) else f"{head}{piece}") for piece in pieces]
    return [n for n in names if n is not None]


WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"  # 'J.' or 'Plowden': a full stop after an initial only, never a sentence's
PERSON = rf"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+|the\s+)?{WORD}(?:\s+{WORD}){{0,3}}"
COUNCILLOR = r"(?:Cllr|Councillor)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+)?"

MOVED_RE = re.compile(  # 'To be moved by Councillor A and seconded by Councillor B', 'moved by A, seconded by B'
    rf"(?i:(?:to be\s+)?(?:moved|proposed) by)\s+(?P<mover>{PERSON})\s*(?:,\s*|\s+and\s+)"
    rf"(?i:(?:was\s+)?seconded by)\s+(?P<seconder>{PERSON})")


PROPOSED_RE = re.compile(  # 'Cllr A proposed, Cllr B seconded'
    rf"(?P<mover>{COUNCILLOR})\s+proposed,?\s*(?:and\s+)?(?P<seconder>{COUNCILLOR})\s+seconded")


# A name after a label, stopping at the next label ('Proposed: Jane Smith Seconded: John Brown').
LABEL_STOP = r"(?!(?:Seconded|Seconder|Second|Proposed|Proposer|Moved|Mover|Carried|CARRIED|Agreed|Unanimous)\b)"
LABELLED_PERSON = rf"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+)?{LABEL_STOP}{WORD}(?:\s+{LABEL_STOP}{WORD}){{0,3}}"
SLASH_NAME = r"(?:[A-Z]\.\s?)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"  # 'Smith', 'J. Smith', 'Jo Smith' in 'Smith/Brown'

# Every way a motion's mover and seconder are printed: one table, read in order of appearance.
MOTION_RES = [
    MOVED_RE,
    PROPOSED_RE,
    re.compile(rf"\b(?i:proposed)(?:\s+by)?\s+(?P<mover>{COUNCILLOR}),?\s+(?i:seconded)(?:\s+by)?\s+"
               rf"(?P<seconder>{COUNCILLOR})"),  # 'Proposed Cllr A, seconded Cllr B'
    re.compile(rf"(?P<mover>{COUNCILLOR}),\s+seconded by\s+(?P<seconder>{COUNCILLOR}),\s+moved\b"),  # Scottish
    re.compile(rf"(?P<mover>{PERSON})\s*\((?i:motion|moved|mover|proposed|proposer)\),?\s*(?:and\s+)?"
               rf"(?P<seconder>{PERSON})\s*\((?i:second|seconded|seconder)\)"),  # 'A (motion), B (second)'
    # 'Proposed: Jane Smith Seconded: John Brown', 'Proposer: A; Seconder: B', 'Moved: A - Seconded: B'
    re.compile(rf"\b(?i:proposed|proposer|moved|mover)(?:\s+by)?\s*[:–-]\s*(?P<mover>{LABELLED_PERSON})\s*[,;.–-]?\s*"
               rf"(?i:seconded|seconder)(?:\s+by)?\s*[:–-]\s*(?P<seconder>{LABELLED_PERSON})"),
    # 'on the motion of Cllr A, seconded by Cllr B', 'Upon the proposition of A, seconded by B'
    re.compile(rf"(?i:on\s+the\s+(?:motion|proposition|proposal)\s+of)\s+(?P<mover>{PERSON}),?\s+(?:and\s+)?"
               rf"(?i:seconded\s+by)\s+(?P<seconder>{PERSON})"),
    # 'Moved Smith/Brown', 'Motion: J. Smith / B. Brown': mover and seconder apart by a slash
    re.compile(rf"\b(?i:moved|motion)(?:\s+by)?\s*:?\s*(?P<mover>{SLASH_NAME})\s?/\s?(?P<seconder>{SLASH_NAME})\b"),
]


# An amendment moved in one paragraph and seconded in another: 'Councillor A moved an amendment ...' /
# 'The amendment was seconded by Councillor B'.
AMENDMENT_MOVED_RE = re.compile(rf"^(?P<mover>{COUNCILLOR}|{PERSON})\s+(?:moved|proposed)\s+(?:an|the\s+following)\s+"
                                r"amendment\b")
AMENDMENT_SECONDED_RE = re.compile(rf"(?i:^the\s+amendment\s+was\s+seconded\s+by)\s+(?P<seconder>{PERSON})")


def amendment_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The mover's paragraph opens an amendment; its seconder is named in a later paragraph of the item."""
    text = blocks[i].text
    moved = AMENDMENT_MOVED_RE.match(text)
    if moved:
        item.motions.append(MotionDraft(blocks[i].first, "amendment", parse_name(moved.group("mover")), None, None))
    seconded = AMENDMENT_SECONDED_RE.search(text)
    if seconded:
        open_ = next((m for m in reversed(item.motions) if m.title == "amendment" and m.seconder is None), None)
        if open_ is not None:
            open_.seconder = parse_name(seconded.group("seconder"))
        else:
            item.motions.append(MotionDraft(blocks[i].first, "amendment", None, parse_name(seconded.group("seconder"))))
    return 1


def motion_matches(text: str) -> list[re.Match]:
    """Each motion in `text` once, in order, whichever way it is printed."""
    found: list[re.Match] = []
    matches = sorted((m for pattern in MOTION_RES for m in pattern.finditer(text)), key=lambda m: m.start())
    for match in matches:
        if not found or match.start() >= found[-1].end():
            found.append(match)
    return found


RESULT_RE = re.compile(r"(?i)\b(?:motion|amendment|proposal|recommendations?|resolution)\b.{0,40}?\bwas\s+"
                       r"(?:declared\s+)?"
                       r"(carried|lost|withdrawn|defeated|agreed|rejected)|^(CARRIED|LOST|WITHDRAWN)\b"
                       r"|^the\s+motion\s+(passed|carried|failed)\b")


def declaration_target_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(re.match(r"(?i)^(?:agenda\s+)?item\s+\d+\w?\s*[–—:-]", blocks[i].text)) and len(blocks[i].text) < 200


def declaration_target_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    found.declaration_target = blocks[i].text.strip()
    return 1


ITEM_REF = r"(?i:\b(?:in|on|for|to)\s+(?:agenda\s+)?items?\s+(?:no\.?\s*)?)([\w./-]*\w)"  # 'on item 6.2'


def declarations_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    for sentence in re.split(r"(?<=\.)\s+(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\b)", blocks[i].text):
        match = INTEREST_RE.search(sentence)
        if not match:
            continue
        names = declarers(match.group("who"))
        if not names:
            continue
        kind = "pecuniary" if match.group("dpi") else match.group("kind")
        kind = re.sub(r"(?i)disclosable\s+", "", kind or "").strip().lower().replace(" ", "-")
        kind = kind.replace("nonpecuniary", "non-pecuniary") or None
        rest = match.group("rest").strip()
        target = found.declaration_target
        item_ref = re.search(ITEM_REF, rest)
        if item_ref:
            target = item_ref.group(1)
        interest = re.sub(rf"^(?:{ITEM_REF}\s*)?,?\s*(?:(?i:in that|as|because|due to)\b)?\s*", "", rest).strip(" ,")
        interest = re.split(r"(?i),?(?:^|\s+)and\s+(?:would|left|remained|withdrew|did not|took no)\b",
                            interest)[0].strip(" ,")
        after = match.group("after") + " " + rest
        left = None
        if re.search(r"(?i)\b(?:leave|left|withdr[ae]w)\b", after):
            left = True
        elif re.search(r"(?i)\bremain(?:ed)?\b", after):
            left = False
        for name in names:
            item.declarations.append(DeclarationDraft(name, blocks[i].first, interest or None, kind, left, target))
    for match in RECUSAL_RE.finditer(blocks[i].text):
        for name in declarers(match.group("who")):
            item.declarations.append(DeclarationDraft(name, blocks[i].first, (match.group("why") or "").strip() or None,
                                                      None, None, match.group("item") or found.declaration_target))
    return 1


def substitutes_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    first = blocks[i].lines[0].text.strip()
    if not re.match(r"(?i)^ordinary members?(?:\t|\s{2,}|$)", first):
        return False
    return "reserve" in first.lower() or (i + 2 < len(blocks) and bool(
        re.match(r"(?i)^(?:reserve|substitute) members?$", blocks[i + 2].text.strip())))


def substitutes_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Ordinary Member<tab>Reserve Member<tab>Organisation' rows, or the two lists one after the other."""
    block = blocks[i]
    header = block.lines[0].text
    if "\t" in header:
        for line in block.lines[1:]:
            cells = [c.strip() for c in line.text.split("\t")]
            if len(cells) >= 2:
                _substitute(cells[0], cells[1], cells[2] if len(cells) > 2 else None, line, found)
        return 1
    if i + 3 < len(blocks) and re.match(r"(?i)^reserve members?$", blocks[i + 2].text.strip()):
        for ordinary, reserve in zip(blocks[i + 1].lines, blocks[i + 3].lines, strict=False):
            _substitute(ordinary.stripped, reserve.stripped, None, reserve, found)
        return 4
    return 1


def _substitute(ordinary: str, reserve: str, organisation: str | None, line: Line, found: Found) -> None:
    replaced = parse_name(ordinary)
    entry = make_entry(reserve, line, Context(status="substitute"))
    if entry is None or replaced is None:
        return
    entry.substitute_for = replaced
    entry.organisation = organisation or None
    found.attendance.append(entry)


def motion_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    title = None
    if i > 0:
        previous = re.match(r"^\d+\.\s+[“\"](.+?)[”\"]?$", blocks[i - 1].text.strip())
        title = previous.group(1).strip() if previous else None
    result = None
    for later in blocks[i:i + 4]:
        outcome = RESULT_RE.search(later.text)
        if outcome:
            result = (outcome.group(1) or outcome.group(2) or outcome.group(3)).lower().replace(
                "defeated", "lost").replace("rejected", "lost").replace("agreed", "carried").replace(
                "passed", "carried").replace("failed", "lost")
            break
    moved = motion_matches(blocks[i].text)
    if result is None and moved:  # 'Motion: Smith/Brown. Carried.': how it went, told after it in its paragraph
        result = outcome_of(blocks[i].text[moved[0].end():])
    elected = ELECTED_RE.search(blocks[i].text) if result is None else None
    if elected:  # 'A was proposed by B and seconded by C ... and was duly elected': the election is the decision
        result = "carried"
        ends = [m.end() for m in SENTENCE_BREAK_RE.finditer(blocks[i].text)]
        start = max((end for end in ends if end <= elected.start()), default=0)
        stop = min((end for end in ends if end > elected.end()), default=len(blocks[i].text))
        item.decisions.append(blocks[i].text[start:stop].strip().rstrip("."))
    for match in motion_matches(blocks[i].text):
        mover, seconder = (parse_name(match.group(g).strip(" :")) for g in ("mover", "seconder"))
        item.motions.append(MotionDraft(blocks[i].first, title or item.title, mover, seconder, result))
    return 1


SENTENCE_BREAK_RE = re.compile(r"(?<!\bCllr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?]\s+(?=[A-Z])")
# A nomination's outcome: 'Cllr A was proposed by Cllr B and seconded by Cllr C ... and was duly elected'.
ELECTED_RE = re.compile(r"(?i)\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed)\b")


def petition_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    text = re.sub(r"^[-•]?\s*\([ivx\d]+\)\s*", "", blocks[i].text).strip()
    following = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
    if following.startswith(("“", '"')):
        text = f"{text} {following}"
    item.petitions.append(text)
    return 1


def apologies_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = APOLOGIES_RE.search(blocks[i].text)
    rest = match.group(1) if match else ""
    rest = re.split(r"(?<![A-Z])\.\s", rest)[0]
    apologies = sentence_entries(rest, blocks[i].first, Context(status="apologies"))
    found.attendance.extend(apologies)
    for sub in SUBSTITUTE_SENTENCE_RE.finditer(blocks[i].text):  # 'Councillor Jos Clark attended as substitute'
        entry = make_entry(sub.group("name"), blocks[i].first, Context(status="substitute"))
        replaced = parse_name(sub.group("for")) if sub.group("for") else (
            apologies[0].name if len(apologies) == 1 else None)  # the one member who sent apologies
        if entry:
            entry.substitute_for = replaced
            found.attendance.append(entry)
    return 1


SUBSTITUTE_SENTENCE_RE = re.compile(
    r"(?P<name>(?:Councillor|Cllr\.?)\s[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,2})\s(?:attended|was\spresent)\s"
    r"as\s(?:a\s|the\s)?substitute(?:\sfor\s(?P<for>(?:Councillor|Cllr\.?)\s[A-Z][\w'’.-]{0,30}"
    r"(?:\s[A-Z][\w'’.-]{0,30}){0,2}))?")


WELCOME_RE = re.compile(r"(?i)\bwelcomed\s+(?P<names>[A-Z][^,]+?(?:\s+and\s+[A-Z][^,]+?)?),\s*"
                        r"(?:the\s+)?representatives?\s+(?:from|of)\s+(?P<org>[^,]+?),?\s+to the meeting")


def welcome_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'The Chair welcomed A and B, representatives from X, to the meeting' - guests in attendance."""
    match = WELCOME_RE.search(blocks[i].text)
    context = Context(status="in_attendance", capacity="other")
    for entry in sentence_entries(match.group("names"), blocks[i].first, context):
        entry.organisation = match.group("org").strip()
        found.attendance.append(entry)
    return 1


def attendance_list_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """An attendance list printed inside an item, e.g. 'Officer Attendance:' after the signature."""
    used = 1
    lines = list(blocks[i].lines)
    if len(lines) == 1 and i + 1 < len(blocks):
        lines += blocks[i + 1].lines
        used = 2
    entries, _ = parse_region(lines)
    found.attendance.extend(entries)
    return used


# 'Apologies for absence were received from A and B' / 'Members accepted apologies for absence from Cllrs A, B'.
APOLOGIES_RE = re.compile(r"(?i)(?:apologies(?: for absence)? (?:were|was|had been|have been) received"
                          r"(?: and accepted)?(?: from)?|\b(?:members|the (?:council|committee|board|meeting|chair\w*)|"
                          r"councillors|trustees) (?:accepted|received|noted)(?: the)? apologies(?: for absence)? "
                          r"(?:from|of))\s*:?\s*(.*)")


ABSENT_RE = re.compile(r"((?:(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                       r"\s+(?:was|were)\s+absent\b")


# A verbatim transcript's speaker label: 'Jeremy Graham: “We are here ...', 'Ms. Sherrie Bryant: “Good morning'.
# Only a full name is read (a surname alone, 'Ms. Bryant:', names nobody new; a role, 'City Solicitor:', nobody).
SPEAKER_RE = re.compile(r"^(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?"
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


PERSONAL_TITLE_RE = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?$")


def mover_present(person: PersonName | None, line: Line) -> AttendanceDraft | None:
    """Someone who moved or seconded a motion was at the meeting: named in full with a personal title ('Mr
    Michael Swan proposed ...') they attend (a member listed stays as listed); a surname alone names nobody new."""
    if person is None or not PERSONAL_TITLE_RE.match(person.honorific or "") or len(person.name.split()) < 2:
        return None
    return make_entry(person.printed, line, Context(status="in_attendance"))  # a member keeps their listing


# A member of the public who spoke, opening a paragraph or a sentence: 'Mr R Judd spoke about ...', 'Ms Haidy Blake
# advised the council ...', 'Alex Hellman and Carly Irving addressed the council', 'Mr Hawkins who lives in the
# adjoining flat asked about ...'. A personal title with an initial or first name and a surname, or a first name and
# a surname; not a title with a surname alone ('Mr. Skala asked': how some minutes name their own members), an office
# ('Mayor McDavid', 'Cllr Cobb': members are listed), nor a first name alone ('Janice started the meeting').
PERSON = (r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s(?:[A-Z]\.?\s|[A-Z][a-z]{1,20}\s)[A-Z][\w'’-]{1,30}|"
          r"(?!(?:The|This|That|These|Those|Our|Their|His|Her|Members|Councillors|Residents|Officers|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s)"
          r"[A-Z][a-z]{1,20}\s[A-Z][\w'’-]{1,30})")
# ('Patrick Heisinger, Assistant City Manager, made a presentation': the role between commas is theirs; 'Jan Dye,
# 2222 Bluff Boulevard, stated ...': a speaker's street address between commas, as a public comment is minuted;
# after either, any verb of speaking: 'Terry Crouch, the Vice Chair of X, explained ...')
ADDRESS = r"\d{1,6}\s(?:[NSEW]\.\s)?[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,4}"
SPOKE_RE = re.compile(rf"(?:^|(?<=[.;:]\s)|(?<=[.;]\s\s))(?:\d{{1,3}}(?:\.\d{{1,2}}){{0,2}}\.?\s{{1,6}})?"
                      rf"(?P<first>{PERSON})(?:\s(?:and|&)\s(?P<second>{PERSON}))?"
                      rf"(?:,\s(?:the\s)?(?P<role>[A-Z][\w’'-]{{1,20}}(?:\s(?:of\s(?:the\s)?|and\s|for\s)?"
                      rf"[A-Z][\w’'-]{{1,20}}){{0,6}}),|,\s{ADDRESS},|,\son\sbehalf\sof\s[^,;.]{{1,80}},)?"
                      rf"(?:,?\s(?:who|of)\s[^.;]{{1,80}}?)?\s(?:also\s)?(?:spoke|addressed\sthe\s(?:council|meeting|committee|"
                      rf"members|board|commission)|asked|raised|advised\sthe\s(?:council|meeting)|informed\sthe\s"
                      rf"(?:council|meeting)|provided\s(?:public\s)?comments?|(?:made|gave)\sa\spresentation|"
                      rf"(?:explained|stated|commented|mentioned)\s(?:that\s)?(?:he|she|they)\b|commented\sthat|"
                      rf"expressed\s(?:(?:her|his|their)\s)?(?:concerns?|support|opposition)|made\scomments|"
                      rf"requested\sthat|urged\sthe|"
                      rf"(?<=,\s)(?:explained|stated|noted|commented|provided\sa\shandout))\b")


def public_speakers(block: Block) -> list[AttendanceDraft]:
    """Those a paragraph says spoke to the meeting (SPOKE_RE), in attendance (a member keeps their listing)."""
    found = []
    for match in SPOKE_RE.finditer(re.sub(r"\s{2,}", " ", block.text)):  # justified text: 'Jan  Dye,  2222 ...'
        for printed in filter(None, (match.group("first"), match.group("second"))):
            entry = make_entry(printed, block.first, Context(status="in_attendance"))
            if entry and entry.name.role is None and (entry.name.honorific is None or PERSONAL_TITLE_RE.match(
                    entry.name.honorific)):
                entry.role = match.group("role") if printed == match.group("first") else None
                found.append(entry)
    return found


# Staff who report to the meeting: 'Mr. Matthes provided a staff report.', 'Mr. Johnsen and Mr. Johanningmeier
# provided a staff report.', 'Fire Chief White provided a staff report.' (the office before the name is the role).
OFFICE = r"(?:[A-Z][a-z]{1,20}\s){0,3}(?:Chief|Manager|Director|Clerk|Counselor|Counsel|Attorney|Engineer|Officer|" \
         r"Administrator|Planner|Treasurer|Secretary)"
STAFF = rf"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s|(?P<officeN>{OFFICE})\s)(?:[A-Z][a-z]{{1,20}}\s)?[A-Z][\w'’-]{{1,30}}"
STAFF_REPORT_RE = re.compile(rf"(?:^|(?<=[.;]\s))(?P<first>{STAFF.replace('officeN', 'office1')})(?:\s(?:and|&)\s"
                             rf"(?P<second>{STAFF.replace('officeN', 'office2')}))?\s(?:provided|gave|presented)\s"
                             r"(?:a|the)\sstaff\s(?:report|presentation)\b")


# Staff introduced by their post before their full name as they present: 'Chief Operations Officer Frank Camarda
# presented the item', 'Assistant Superintendent of Secondary Education Kristan Schnepp gave a presentation'.
POSTED_RE = re.compile(r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))(?P<lead>[A-Z][\w&/’'-]*(?:,?\s(?:(?:of|for|and|&|the)\s)?"
                       r"[A-Z][\w&/’'-]*){1,14}?)(?:,\s(?:Ed\.D\.|Ph\.D\.|M\.D\.|J\.D\.|Esq\.),?)?\s(?:presented|"
                       r"gave\sa\spresentation|introduced|reported|stated|explained|provided\san?\s(?:update|overview|"
                       r"report))\b")
POST_WORD_RE = re.compile(r"\b(?:Superintendent|Director|Officer|Counsel|Manager|Engineer|Attorney|Planner|"
                          r"Administrator|Coordinator|Clerk|Secretary|Treasurer|Chief|Controller|Auditor|Principal)\b")


def posted_staff(block: Block) -> list[AttendanceDraft]:
    """Staff a paragraph introduces by post and full name as they present (POSTED_RE): officers in attendance."""
    found = []
    for match in POSTED_RE.finditer(re.sub(r"\s{2,}", " ", block.text)):
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


SUBMITTED_RE = re.compile(r"(?i)^(?:respectfully\s+)?submitted(?:\s+by)?\s*[,:]?$")
SIGNER_ROLE_RE = re.compile(r"^(?:[A-Z][a-z]{1,20}\s){0,3}(?:Clerk|Secretary|Manager|Administrator|Officer|Recorder)"
                            r"(?:\s(?:of|to)\s(?:the\s)?[A-Z][\w ]{1,40})?$")


# 'Notes by Kathleen Braden, secretary.', 'Minutes taken by Ann Lee, Clerk to the Council': the writer and post.
NOTES_BY_RE = re.compile(r"(?i)^(?:notes|minutes)(?:\s(?:taken|recorded|prepared))?\sby\s(?P<name>[^,]{3,60}),\s"
                         r"(?P<role>(?-i:[A-Za-z][a-z]{1,20})(?:\s[A-Za-z][a-z]{1,20}){0,5})\.?$")


def signer(blocks: list[Block], n: int) -> AttendanceDraft | None:
    """'Respectfully submitted,' / 'Sheela Amin' / 'City Clerk', or 'Notes by Kathleen Braden, secretary.': who
    wrote the minutes, in attendance with the post printed beside or under the name."""
    noted = NOTES_BY_RE.match(blocks[n].text.strip())
    if noted and SIGNER_ROLE_RE.match(noted.group("role")[:1].upper() + noted.group("role")[1:]) \
            and looks_like_name(noted.group("name")):
        return make_entry(noted.group("name"), blocks[n].first, Context(status="in_attendance", capacity="officer",
                                                                       role=noted.group("role")))
    if not SUBMITTED_RE.match(blocks[n].text.strip()) or n + 1 >= len(blocks) or len(blocks[n + 1].lines) < 2:
        return None
    name, role = (line.stripped for line in blocks[n + 1].lines[:2])
    if not looks_like_name(name) or not SIGNER_ROLE_RE.match(role):
        return None
    return make_entry(name, blocks[n + 1].first, Context(status="in_attendance", capacity="officer", role=role))


def motion_in(blocks: list[Block], i: int, item: ItemDraft) -> None:
    """The motions of a paragraph that also holds their resolution: carried."""
    for match in motion_matches(blocks[i].text):
        mover, seconder = (parse_name(match.group(g).strip(" :")) for g in ("mover", "seconder"))
        item.motions.append(MotionDraft(blocks[i].first, item.title, mover, seconder, "carried"))
