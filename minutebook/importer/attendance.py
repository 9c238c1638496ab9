"""Attendance in every layout the packs use: tab tables, `*`/`†` grids (one or two columns, or flattened
onto one line), 'Apologies were received from' sentences, 'In attendance' lists, officer lists.

The region before a minutes part's first item is read line by line; a table of label rules sets what
the lines that follow mean (who is present, who sent apologies, who attended as an officer).
"""

from __future__ import annotations

import re

from .attendance_labels import LEGEND_RE, Context, label_of, strip_lead
from .attendance_prose import paragraphs, prose_entries
from .drafts import AttendanceDraft
from .lines import Line
from .namelist import (
    MINUTE_CELL_RE,
    NAME_ROLE_RE,
    ROLE_KEYWORDS,
    add_attributes,
    dash_entry,
    make_entry,
    own_role,
    sentence_entries,
)
from .names import HONORIFIC_RE, PersonName, looks_like_name, parse_name
from .rollcall import header_of, read_table

MARK_RE = re.compile(r"(?:^|(?<=\s))([*†‡])(?=\s|$)")


def grid_entries(cells: list[str], line: Line, context: Context) -> list[AttendanceDraft]:
    """Cells of a `*`/`†` grid line; an unmarked cell after a marked one describes it."""
    entries: list[AttendanceDraft] = []
    for cell in cells:
        pieces = MARK_RE.split(cell)
        if len(pieces) == 1:  # no mark in this cell
            text = cell.strip(" -")
            if not text:
                continue
            previous_is_name = entries and entries[-1].role in (None, context.role) and not entries[-1].organisation
            if entries and not (looks_like_name(text) and not ROLE_KEYWORDS.search(text) and previous_is_name
                                and len(entries[-1].name.name.split()) <= 3 and _is_person_column(cells)):
                add_attributes(entries[-1], [text])
                continue
            unmarked = "absent" if context.grid and context.status != "in_attendance" else None
            entry = make_entry(text, line, context, unmarked)
            if entry:
                entries.append(entry)
            continue
        if pieces[0].strip(" -") and entries:
            add_attributes(entries[-1], [pieces[0]])
        for mark, text in zip(pieces[1::2], pieces[2::2], strict=True):
            status = {"*": "present", "†": "apologies", "‡": "absent"}[mark]
            if context.status == "in_attendance" or context.guest:
                status = "in_attendance" if mark == "*" else status
            entry = make_entry(text, line, context, status)
            if entry:
                entries.append(entry)
    return entries


def _is_person_column(cells: list[str]) -> bool:
    """True when no cell of the line is marked, i.e. a line of bare names ('John Royle  Pamela Belgrave')."""
    return not any(MARK_RE.search(c) for c in cells)


def table_entry(cells: list[str], line: Line, context: Context) -> AttendanceDraft | None:
    """A 'name<tab>role<tab>organisation' row; the columns are read by position."""
    entry = make_entry(cells[0], line, context)
    if entry is None:
        return None
    if len(cells) == 3 and not MINUTE_CELL_RE.match(cells[1]):
        if own_role(entry):
            entry.position = cells[1] or None
        else:
            entry.role = cells[1] or None
        entry.organisation = cells[2] or None
    else:
        add_attributes(entry, cells[1:])
    return entry


def continues(cells: list[str], previous: AttendanceDraft | None) -> bool:
    """A wrapped table row: its first cell is empty, a stray '(Chairman)', or the rest of a name."""
    if previous is None or len(cells) < 2 and cells and looks_like_name(cells[0]):
        return False
    first = cells[0].strip()
    return not first or first.startswith("(") or (len(first.split()) == 1 and first[:1].isupper())


def extend(previous: AttendanceDraft, cells: list[str]) -> None:
    """Join a wrapped row onto the entry above it, column by column."""
    first = cells[0].strip()
    if first and not first.startswith("("):
        name = parse_name(f"{previous.name.printed} {first}")
        if name:
            previous.name = PersonName(name.name, name.honorific or previous.name.honorific, previous.name.role,
                                       previous.name.reserve, previous.name.notes, name.printed)
    rest = [c.strip() for c in cells[1:]]
    if rest and rest[0] and previous.position:
        previous.position = f"{previous.position} {rest[0]}"
    elif rest and rest[0]:
        if own_role(previous):
            previous.role = f"{previous.role} {rest[0]}"
        elif previous.organisation and len(rest) == 1:
            previous.organisation = f"{previous.organisation} {rest[0]}"
        else:
            add_attributes(previous, [rest[0]])
    if len(rest) >= 2 and rest[1]:
        previous.organisation = f"{previous.organisation} {rest[1]}" if previous.organisation else rest[1]


WORD_TAB_RE = re.compile(r"(?<=\S)\t[ ]{0,4}(?=\S)")
QUOTE_RE = re.compile(r"^\s{0,3}>[ ]?(?:\[![\w-]{1,20}\][-+]?\s*)?")
KEY_VALUE_RE = re.compile(r"^(?P<key>[ ]{0,12}\S[^\t]{0,50}?)(?P<gap>[ ]{2,}|\t)(?P<value>\S.*)$")


def _collapse(text: str) -> str:
    """Justified text's stretched spaces made single; a wide first gap (a label column) is kept."""
    indent = text[:len(text) - len(text.lstrip())]
    key = re.match(r"^(\S+(?: \S+){0,3})([ ]{8,})(?=\S)", text.strip())
    head, rest = (key.group(0), text.strip()[key.end():]) if key else ("", text.strip())
    rest = re.sub(r"(?<=[\w)])[ ]{8,}(?=[A-Z])", ", ", rest)  # 'Magda Atkins        Lizzer Bradbury': a lost comma
    return indent + head + re.sub(r"(?<=\S)[ ]{2,}(?=\S)", " ", rest)


def plain(lines: list[Line]) -> list[Line]:
    """Text as a reader sees it: a Markdown quote's '>' taken off ('> [!abstract]- Present:' / '> A, B'), and
    a tab after every word ('In\t  attendance:\t  Ms.\t  Nina') read as the spaces it stands for."""
    result = []
    for line in lines:
        text = QUOTE_RE.sub("", line.text)
        if strip_lead(text) != text.strip() and label_of(text):  # '1.    Apologies; A, B': the number goes
            text = strip_lead(text)
        words = len(text.split())
        if words >= 4 and len(WORD_TAB_RE.findall(text)) >= max(3, words * 2 // 3):
            text = WORD_TAB_RE.sub(" ", text).replace("\t", " ")
        gaps = sorted(len(g) for g in re.findall(r"(?<=\S)[ ]{2,}(?=\S)", text))
        if text.count(",") >= 2 and "\t" not in text:  # 'A, Magda Atkins        Lizzer Bradbury, B': a lost comma
            text = re.sub(r"(?<=[a-z)’'])[ ]{8,}(?=[A-Z][a-z’'])",
                          lambda m: ", " if "," in m.string[:m.start()] else m.group(0), text)
        connector = re.search(r"(?<![ ])[ ]{2,12}(?:and|of|the|&|for)[ ]|[ ](?:and|of|the|&)[ ]{2}",
                              text)  # 'A   and B' is never two columns
        if gaps and (words >= 6 and len(gaps) >= max(3, words // 3) and gaps[len(gaps) // 2] <= 4
                     or connector and gaps[-1] <= 12):  # justified text, not columns
            text = _collapse(text)
        result.append(Line(line.file, line.number, text, line.raw) if text != line.text else line)
    return result


def hanging(lines: list[Line]) -> list[Line]:
    """A label column with a hanging indent ('Attendees      A (Chair), B,' / '               C and D') read as
    one line 'Attendees: A (Chair), B, C and D'; a line indented elsewhere (a right-hand 'Action' column)
    ends the value."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        match = KEY_VALUE_RE.match(line.text.rstrip())
        if not match or label_of(match.group("key").strip()) is None or "   " in match.group("value") \
                or "\t" in match.group("value"):
            result.append(line)
            continue
        column, value = match.start("value"), match.group("value").strip()
        while index < len(lines) and not lines[index].blank and "\t" not in lines[index].text:
            text = lines[index].text.rstrip()
            indent = len(text) - len(text.lstrip())
            if abs(indent - column) > 2 or "   " in text.strip() or label_of(text.strip()):
                break
            titled = HONORIFIC_RE.match(text.strip()) and not value.rstrip().endswith((",", " and", "("))
            value = f"{value}{', ' if titled else ' '}{text.strip()}"  # a new line that starts 'Councillors ...
            index += 1
        if value == match.group("value").strip():  # nothing hangs under it: an ordinary line
            result.append(line)
            continue
        result.append(Line(line.file, line.number, f"{match.group('key').strip().rstrip(':')}: {value}", line.raw))
        result.append(Line(line.file, line.number, "", ""))  # the value has ended: so has its list
    return result


GRID_RE = re.compile(r"\S\s{3,}\S|[*†‡]")  # columns or marks: a grid or a table, not one entry a line


def indented_under(lines: list[Line]) -> list[Line]:
    """'In attendance: Ms. A, Parish Clerk' with one more attendee on each line below, a blank line between,
    indented to where the label's value starts ('              Cllr B, East Herts Council'): one list, an
    entry a line. A line with wide gaps or marks (a grid, a table) is left to the rules for those."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        value = re.match(r"^(?P<key>\s{0,12}[^\s:][^:]{0,40}:-?\s)\s{0,3}(?P<value>\S.*)$", line.text.rstrip())
        if not value or not label_of(line.text) or "\t" in line.text or GRID_RE.search(value.group("value")):
            result.append(line)
            continue
        column, joined, taken = value.start("value"), value.group("value").strip(), index
        while taken < len(lines):
            following = [k for k in range(taken, min(taken + 2, len(lines))) if not lines[k].blank]
            if not following or following[0] == taken:  # no blank line between: text wrapped, not a list
                break
            text = lines[following[0]].text.rstrip()
            indent = len(text) - len(text.lstrip())
            if abs(indent - column) > 2 or "\t" in text or GRID_RE.search(text.strip()) \
                    or label_of(text.strip()):
                break
            joined, taken = f"{joined}; {text.strip()}", following[0] + 1
        if taken == index:
            result.append(line)
            continue
        result.append(Line(line.file, line.number, f"{value.group('key').strip()} {joined}", line.raw))
        result.append(Line(line.file, line.number, "", ""))
        index = taken
    return result


def unwrap(lines: list[Line]) -> list[Line]:
    """Join lines wrapped mid-list ('..., M. Oduya,' / 'S. Kettleby ...'); tables are left alone."""
    result: list[Line] = []
    for line in lines:
        previous = result[-1].text.rstrip() if result else ""
        wrapped = previous and (previous.endswith((",", " and", "-", "("))
                                or previous.count("(") > previous.count(")"))
        short = len(line.text.split()) <= 4 and "," in previous  # 'A, B, and' / 'Roy   Ross.': a list's end
        plain = ("\t" not in line.text or short) and "\t" not in previous
        if wrapped and not line.blank and plain and not label_of(line.stripped):
            joiner = "" if previous.endswith("-") else " "
            rest = re.sub(r"\s+", " ", line.stripped)
            result[-1] = Line(line.file, result[-1].number, previous + joiner + rest, result[-1].raw)
        else:
            result.append(Line(line.file, line.number, line.text.strip() if "\t" not in line.text else line.text,
                               line.raw))
    return result


GAP_RE = re.compile(r"(?<=[^\s:])(?<![a-z]\.)[ ]{3,}(?=\S)")  # after a sentence's full stop: justified prose


def columns(lines: list[Line]) -> list[Line]:
    """Columns printed side by side and flattened with wide gaps ('Mark Greenslade     Licensing Manager',
    two lists of councillors) read as a tab table; a gap after a label's colon is not a column."""
    return [Line(line.file, line.number, GAP_RE.sub("\t", line.text.strip()), line.raw)
            if "\t" not in line.text and GAP_RE.search(line.text.strip()) else line for line in lines]


def _column_person(cell: str, context: Context) -> bool:
    """A cell that is a person on its own: 'Councillor Sian Pritchard-Rees', 'Owen Tudor - Scrutiny Officer', or
    any name under a 'Councillors:' label."""
    name = parse_name(re.split(r"\s+[–—-]\s+", cell)[0])
    dashed = bool(re.search(r"\s[–—-]\s", cell))
    named = bool(context.honorific and not ROLE_KEYWORDS.search(cell)
                 and re.fullmatch(r"[A-Z][\w'’.-]*(?: [\w'’.-]+)*", cell))
    return bool(name and (looks_like_name(name.printed) or named) and (name.honorific or dashed or named))


def _wrapped_cells(cells: list[str], following: Line | None) -> list[str]:
    """'Graham Dewhurst | Imogen' over 'Lorraine Pickersgill | Tregothnan-Smythe': a one-word cell whose
    column carries on with one word on the next line is one name wrapped in its column."""
    if following is None or "\t" not in following.text:
        return cells
    below = [c.strip() for c in following.text.strip().split("\t")]
    if len(below) != len(cells):
        return cells
    return [f"{cell} {below[k]}" if len(cell.split()) == 1 and len(below[k].split()) == 1 and below[k][:1].isupper()
            else cell for k, cell in enumerate(cells)]


# A label this module does not know ('Contact:', 'Tel:', a form's '(a)   Subject:'): the list above it has ended.
UNKNOWN_LABEL_RE = re.compile(r"^(?:\([a-z\d]{1,3}\)\s{1,8})?[A-Z][A-Za-z -]{1,25}:(?:\s|$)")
# A sentence's end: a full stop after a word (not after a title: 'Ms. Nina L. Villa'), then a capital.
SENTENCE_END_RE = re.compile(r"(?<=[a-z)])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bSt)\.\s+(?=[A-Z])")
PROSE_RE = re.compile(r"^(?:The|It|This|There|An?)\s|\s(?:is|was|were|are|being|has|have|had|will|would)\s")
NAME_END_RE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}?\s*(?:[,;&(]|\.\s|\band\b|$)")


def _roster_line(text: str) -> bool:
    whole = NAME_ROLE_RE.match(text.strip())
    return bool(whole and looks_like_name(whole.group("name")) and ROLE_KEYWORDS.search(whole.group("role"))
                and not looks_like_name(whole.group("role")))


def _roster(lines: list[Line], index: int) -> bool:
    """Three or more lines in a row that each read 'Name, Role' are a list of who is present, label or not."""
    if lines[index].blank:
        return False
    run = 0
    for line in [line for line in lines[index:index + 5] if not line.blank][:3]:  # a blank line may part two rows
        run += _roster_line(line.text)
    return run == 3 or (run >= 1 and index > 0 and _roster_line(lines[index - 1].text)
                        and _roster_line(lines[index].text))


def _continues_list(previous: str, text: str) -> bool:
    """A line carries on the list above when that list stopped mid-way ('A, B,' / 'C and' / '(Vice-') or
    the line finishes what it started ('(Chair), D'); a line that starts a sentence or a bullet does not."""
    return bool(re.search(r"(?:[,;&(-]|\band)\s*$", previous) or re.match(r"^[(a-z]", text)
                or previous.count("(") > previous.count(")") or NAME_END_RE.match(text))


def parse_region(lines: list[Line]) -> tuple[list[AttendanceDraft], list[Line]]:
    """Attendance entries found in `lines`, and the lines that were not attendance (kept as text)."""
    originals = {line.number: line for line in lines}
    entries: list[AttendanceDraft] = []
    prose: list[Line] = []  # a roll call told in sentences: its people read, its text kept
    for paragraph in paragraphs(lines):
        found = prose_entries(paragraph)
        if found:
            entries.extend(found)
            prose.extend(paragraph)
    if prose:
        told = {id(line) for line in prose}
        lines = [line for line in lines if id(line) not in told]
    index, rest = 0, []
    while index < len(lines):  # roll-call tables first: their columns are read by position, before gaps go
        if header_of(lines[index]):
            found, index = read_table(lines, index)
            entries.extend(found)
            continue
        rest.append(lines[index])
        index += 1
    lines = unwrap(columns(hanging(indented_under(plain(rest)))))
    leftover: list[Line] = []
    context: Context | None = None
    grid = any(MARK_RE.search(line.text) for line in lines)
    paragraph: list[Line] = []

    def flush_sentence() -> None:
        if paragraph and context is not None:
            joined = re.sub(r"-\s+(?=[A-Z])", "-", " ".join(p.stripped for p in paragraph))
            current: Context | None = context
            for n, sentence in enumerate(SENTENCE_END_RE.split(joined)):
                labelled = label_of(sentence) if n else None  # '... and D. Also in attendance was E'
                if labelled:
                    current = Context(**{**Context().__dict__, **labelled[0]})
                    sentence = labelled[1]
                elif n:
                    break  # a sentence that is not a list ends it
                entries.extend(sentence_entries(sentence, paragraph[0], current))
        paragraph.clear()

    wrapped: dict[int, set[int]] = {}  # line number -> columns already read as the end of the name above
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            if context and context.sentence and paragraph:
                flush_sentence()
                context = None  # the sentence's paragraph has ended: 'Councillor X, Convener, presiding.' is text
            continue
        if LEGEND_RE.match(text):
            context = None
            continue
        if text == text.upper() and re.search(r"[A-Z]{3}", text) and not MARK_RE.search(text) and ":" not in text:
            context = None  # a heading such as 'PRAYERS' or 'RECOMMENDED ITEMS' ends the attendance
            leftover.append(originals.get(line.number, line))
            continue
        text = re.sub(r"^[-•]\s+(?=[*†‡])", "", text)
        cells = [c.strip() for c in line.text.rstrip().split("\t")]
        labelled = label_of(cells[0]) if cells and cells[0] else None
        if not labelled and UNKNOWN_LABEL_RE.match(text) and not MARK_RE.search(text):
            context = None  # 'Contact: ...', 'Tel: ...': a label this table does not know ends the list
            flush_sentence()
            leftover.append(originals.get(line.number, line))
            continue
        if labelled:
            flush_sentence()
            settings, rest = labelled
            base = Context(grid=grid) if not (context and settings.keys() <= {"role", "honorific"} and
                                              context.status != "present") else Context(**context.__dict__)
            if settings.get("status") or settings.get("capacity"):
                base = Context(grid=grid)
            for key, value in settings.items():
                setattr(base, key, value)
            context = base
            cells = [rest, *cells[1:]] if rest else cells[1:]
            text = "\t".join(cells).strip()
            if not text:
                continue
            if len(cells) == 1 and not MARK_RE.search(text) and ("," in text or " and " in text):
                context.sentence = True
                paragraph.append(Line(line.file, line.number, text, line.raw))
                continue
        if context is None and _roster(lines, index):
            context = Context(grid=grid)  # 'Honorable A, President' / 'B, City Solicitor': a roster with no label
        if context is None:
            leftover.append(originals.get(line.number, line))
            continue
        pair = re.match(r"^(.+?)\s+(?:for|in place of|substituting for)\s+(.+)$", text) if context.substitutes else None
        if pair:
            entry = make_entry(pair.group(1), line, context, "substitute")
            if entry:
                entry.substitute_for = parse_name(pair.group(2))
                entries.append(entry)
                continue
        if context.sentence and paragraph and not _continues_list(paragraph[-1].text, text):
            flush_sentence()  # 'o Commissioners Absent: A, B' / 'Meeting called to order ...': the list has ended
            context = None
            leftover.append(originals.get(line.number, line))
            continue
        if context.sentence and not MARK_RE.search(text) and "\t" not in line.text:
            paragraph.append(Line(line.file, line.number, text, line.raw))
            continue
        if wrapped.get(line.number):
            cells = [c for k, c in enumerate(cells) if k not in wrapped[line.number]]
            text = "\t".join(c for c in cells if c)
        people = [c for c in cells if c]
        if len(people) > 1 and not MARK_RE.search(text) and all(_column_person(c, context) for c in people):
            following = lines[index + 1] if index + 1 < len(lines) else None
            joined = _wrapped_cells(cells, following)
            if following is not None and joined != cells:
                wrapped[following.number] = {k for k, (a, b) in enumerate(zip(cells, joined, strict=True)) if a != b}
            people = [c for c in joined if c]
            for cell in people:  # two columns of people, one person in each
                entry = dash_entry(cell, line, context)
                if entry:
                    entries.append(entry)
            continue
        if MARK_RE.search(text) or (context.grid and "\t" in line.text and not line.text.startswith("\t\t")):
            found = grid_entries([c for c in cells if c], line, context)
            if found or MARK_RE.search(text):
                entries.extend(found)
                continue
        if len(cells) > 1 and entries and continues(cells, entries[-1]) and entries[-1].line.number >= line.number - 1:
            extend(entries[-1], cells)
            continue
        if len([c for c in cells if c]) > 1:
            entry = table_entry([c for c in cells if c], line, context)
            if entry:
                entries.append(entry)
                continue
        if PROSE_RE.search(text) and "\t" not in line.text:  # 'The meeting is called to order ...': a sentence
            leftover.append(originals.get(line.number, line))
            continue
        if re.search(r"\s[–—-]\s", text):
            entry = dash_entry(text, line, context)
            if entry:
                entries.append(entry)
                continue
        if "," in text or " and " in text or "(" in text:
            found = sentence_entries(text, line, context)
            if found:
                entries.extend(found)
                continue
        entry = make_entry(text, line, context) if looks_like_name(text) else None
        if entry:
            entries.append(entry)
            continue
        leftover.append(originals.get(line.number, line))
    flush_sentence()
    if prose:
        leftover = sorted([*leftover, *prose], key=lambda line: line.number)
    return [e for e in entries if e.name.name], leftover
