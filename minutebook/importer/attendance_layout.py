"""How a list of attendees is laid out on the page, made into lines the label rules of `attendance.py` read:
a Markdown quote's '>' and a tab after every word taken off, justified text's stretched spaces closed up, a
label column with a hanging indent, one attendee a line indented under a label's value, lists wrapped over
lines joined, and columns flattened with wide gaps of spaces read as a tab table.
"""

from __future__ import annotations

import re

from .attendance_labels import label_of, strip_lead
from .attendance_posts import STAFF_POST_RE
from .lines import Line
from .nameentry import ROLE_KEYWORDS
from .names import HONORIFIC_RE, SUFFIX_COMMA_RE, looks_like_name, role_from
from .role_titles import ROLE_TITLES

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
    """Text as a reader sees it: a Markdown quote's '>' taken off ('> [!abstract]- Present:' / '> A, B'), a tab
    after every word ('In\t  attendance:\t  Ms.\t  Nina') read as the spaces it stands for, and a generation's comma
    ('H. Woodrow Crook, Jr., County Attorney') as the name printed without it."""
    result = []
    for line in lines:
        text = SUFFIX_COMMA_RE.sub(" ", QUOTE_RE.sub("", line.text))
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


def _one_name_a_line(previous: str, text: str) -> bool:
    """A whole name on the line, under a whole name: a list printed a name a line ('Members   Ali Khan' /
    '          Pat O'Neil'), never a name wrapped ('Councillor John' / 'Smith')."""
    return all(len(t.split()) >= 2 and "," not in t and looks_like_name(t) for t in (previous, text))


def _name_and_post_a_line(previous: str, text: str) -> bool:
    """An entry a line, each a name and its post after one comma ('Fergus Murray, Head of Development and Economic
    Growth' / 'Jane Fowler, Committee Manager'): the line ends the entry, and an 'and' inside a post ends none."""
    def entry(line: str) -> bool:
        name, _, post = line.partition(",")
        return line.count(",") == 1 and len(name.split()) >= 2 and looks_like_name(name.strip()) \
            and post.strip()[:1].isupper()
    return entry(previous) and entry(text)


# A label's words in a column (no number, no mark), and what the line holds in the value's column after a gap.
WRAP_WORD_RE = re.compile(r"(?i)\b(?:in|of|for|and|to|not|at|by)$")  # a label's word that goes on to another
WRAPPED_KEY_RE = re.compile(r"^(?P<indent>[ ]{0,12})(?P<key>[A-Za-z]+(?: [A-Za-z]+){0,2})(?:[ ]{2,}(?P<value>\S.*))?$")


def wrapped_labels(lines: list[Line]) -> list[Line]:
    """A label column whose label wraps onto the line under it ('Officers in      Mr A, Director' / 'Attendance
    Mrs B, Officer'; 'Others in      Mr C' / 'Attendance'): the label whole on its first line, what the second
    holds in the value's column under it, for `hanging` to join."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        match = KEY_VALUE_RE.match(line.text.rstrip())
        below = lines[index].text.rstrip() if index < len(lines) else ""
        if not match or not below.strip() or label_of(match.group("key").strip()) is not None:
            out.append(line)
            continue
        column, key = match.start("value"), match.group("key")
        rest = WRAPPED_KEY_RE.match(below)
        joined = f"{key.strip()} {rest.group('key').strip()}" if rest else ""
        if not rest or not WRAPPED_KEY_RE.match(key) or rest.group("indent") != key[:len(key) - len(key.lstrip())] \
                or label_of(joined) is None or label_of(joined)[1] \
                or label_of(rest.group("key")) is not None and not WRAP_WORD_RE.search(key):  # ('Time   12.00pm' over
            out.append(line)  # 'Attendees   A, B': a label of its own under another row)
            continue
        column = max(column, len(joined) + 3)
        out.append(Line(line.file, line.number, f"{joined:<{column}}{match.group('value')}", line.raw))
        if rest.group("value"):
            out.append(Line(lines[index].file, lines[index].number, " " * column + rest.group("value"),
                            lines[index].raw))
        index += 1
    return out


LABEL_WORDS_RE = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+){0,2}$")  # a label's first words, alone on their line


def label_over_lines(lines: list[Line]) -> list[Line]:
    """A label printed over two lines, its first words alone on one ('ALSO' / 'PRESENT:' / 'A, City Manager'; 'Also'
    / '' / 'Present:', a blank line between): one label, where the words together say more than the second line's
    alone (also present: not members)."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        gap = 1 if index + 2 < len(lines) and lines[index + 1].blank and re.fullmatch(r"(?i)also|others?",
                                                                                        line.text.strip()) else 0
        below = lines[index + 1 + gap] if index + 1 + gap < len(lines) else None
        index += 1
        words = line.text.strip()
        if below is None or not LABEL_WORDS_RE.match(words) or label_of(words) is not None \
                or (own := label_of(below.text)) is None:
            out.append(line)
            continue
        joined = label_of(f"{words} {below.text.strip()}")
        if joined is None or joined[0] == own[0] or joined[1] != own[1]:
            out.append(line)
            continue
        out.append(Line(line.file, line.number, f"{words} {below.text.strip()}", line.raw))
        index += 1 + gap
    return out


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
        previous = value
        while index < len(lines) and not lines[index].blank and "\t" not in lines[index].text:
            text = lines[index].text.rstrip()
            indent = len(text) - len(text.lstrip())
            if abs(indent - column) > 2 or "   " in text.strip() or label_of(text.strip()):
                break
            titled = (HONORIFIC_RE.match(text.strip()) or any(p.match(text.strip()) for p, _ in ROLE_TITLES)
                      or _one_name_a_line(previous, text.strip())) and not value.rstrip().endswith((",", " and", "("))
            joint = "; " if _name_and_post_a_line(previous, text.strip()) else ", " if titled else " "
            value = f"{value}{joint}{text.strip()}"  # a new line that starts 'Councillors ...', 'Deputy Mayor A.
            # Brown': an entry of its own; so is a name under a name ('Ali Khan' / 'Pat O'Neil')
            previous = text.strip()
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
    indented to where the label's value starts ('              Cllr B, East Herts Council') or short of it
    but under the label's words (a proportional font's columns, laid out in spaces), or past it by as much as the
    value is spaced from its label: one list, an entry a line.
    A line with wide gaps or marks (a grid, a table) is left to the rules for those."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        value = re.match(r"^(?P<key>\s{0,12}[^\s:][^:]{0,40}:-?\s)(?P<gap>\s*)(?P<value>\S.*)$", line.text.rstrip())
        if not value or not label_of(line.text) or "\t" in line.text or GRID_RE.search(value.group("value")):
            result.append(line)
            continue
        column, joined, taken = value.start("value"), value.group("value").strip(), index
        margin = len(line.text) - len(line.text.lstrip())
        while taken < len(lines):
            following = [k for k in range(taken, min(taken + 2, len(lines))) if not lines[k].blank]
            if not following or following[0] == taken:  # no blank line between: text wrapped, not a list
                break
            text = lines[following[0]].text.rstrip()
            indent = len(text) - len(text.lstrip())
            if not margin + 4 <= indent <= column + max(2, len(value.group("gap"))) or "\t" in text \
                    or GRID_RE.search(text.strip()) \
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
                                or previous.count("(") > previous.count(")") + previous.count("}"))  # ('(Kalonda}':
        # a scan's brace for the bracket that closes it)
        short = len(line.text.split()) <= 4 and "," in previous  # 'A, B, and' / 'Roy   Ross.': a list's end
        plain = ("\t" not in line.text or short) and "\t" not in previous
        bulleted = bool(re.match(r"[-*•]\s|\d{1,3}[.)]\s", line.stripped))  # a list's next entry, however the last
        # one ended ('- A', '28. A')
        if wrapped and not line.blank and plain and not label_of(line.stripped) and not bulleted:
            joiner = "" if previous.endswith("-") else " "
            rest = re.sub(r"\s+", " ", line.stripped)
            result[-1] = Line(line.file, result[-1].number, previous + joiner + rest, result[-1].raw)
        else:
            result.append(Line(line.file, line.number, line.text.strip() if "\t" not in line.text else line.text,
                               line.raw))
    return result


GAP_RE = re.compile(r"(?<=[^\s:])(?<![a-z]\.)[ ]{3,}(?=\S)")  # after a sentence's full stop: justified prose


# One gap of two spaces between a name and a post or organisation on a line of a list ('Liam Maxwell  Chair',
# 'Daniel Appelquist  Samsung Research UK'), not after a sentence's or an initial's full stop.
NAME_GAP_RE = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3})(?<![.:])[ ]{2}(?=[A-Z(])")


def columns(lines: list[Line]) -> list[Line]:
    """Columns printed side by side and flattened with wide gaps ('Mark Greenslade     Licensing Manager',
    two lists of councillors) read as a tab table; a gap after a label's colon is not a column. A name and its
    post two spaces apart on a line of a list are two columns too."""
    out = []
    for line in lines:
        text = line.text.strip()
        if "\t" not in line.text and GAP_RE.search(text):
            line = Line(line.file, line.number, GAP_RE.sub("\t", text), line.raw)
        elif "\t" not in line.text and (gap := NAME_GAP_RE.match(text)) and looks_like_name(gap.group("name")) \
                and text.count("  ") == 1 and len(text.split()) <= 8:
            line = Line(line.file, line.number, f"{gap.group('name')}\t{text[gap.end():]}", line.raw)
        out.append(line)
    return out


def _two_labels(text: str) -> tuple[str, str] | None:
    """'Members Staff', 'Members Present     Staff': two labels side by side, the heads of two columns."""
    cells = re.split(r"\s{2,}", text.strip()) if re.search(r"\S\s{2,}\S", text.strip()) else None
    if not cells and (whole := label_of(text)) is not None and not whole[1]:
        return None  # 'Members Absent', 'Staff Present': one label (apart by a wide gap, two: columns)
    words = text.split()
    splits = [cells] if cells else [[" ".join(words[:k]), " ".join(words[k:])] for k in range(1, len(words))]
    for left, right in (split for split in splits if len(split) == 2):
        if all((label := label_of(cell)) is not None and not label[1] for cell in (left, right)):
            return left, right
    return None


def _person(text: str) -> bool:
    """'Neil Romano, Chairman', 'Billy Altom': a name, a post after a comma or none; not a title before a name."""
    name, comma, post = text.partition(",")
    first = name.split()[0] if name.split() else ""
    return (2 <= len(name.split()) <= 4 and looks_like_name(name.strip()) and role_from(first) is None
            and not HONORIFIC_RE.match(first) and (not comma or bool(ROLE_KEYWORDS.search(post) and post.strip())))


def _two_people(text: str) -> tuple[str, str] | None:
    """A row of a two-column table run together: 'Billy Altom   Joan Durocher' (apart by a gap), 'James Brett Anne
    Sommers' (two names of two words), 'Neil Romano, Chairman Lisa Grubb, Acting Executive Director' (a name and
    its post, then another): the first split leaving a person on each side."""
    text = text.strip()
    cells = re.split(r"\s{3,}", text)
    if len(cells) == 2:
        return (cells[0], cells[1]) if all(_person(cell) for cell in cells) else None
    words = text.split()
    return next(((" ".join(words[:k]), " ".join(words[k:])) for k in range(2, len(words) - 1)
                 if _person(" ".join(words[:k])) and _person(" ".join(words[k:]))), None)


def label_columns(lines: list[Line]) -> list[Line]:
    """A line of two labels over rows of two people ('Members Staff' / 'Neil Romano, Chairman Lisa Grubb, Acting
    Executive Director' / 'Billy Altom   Joan Durocher' ...): a table of two columns whose rows a conversion ran
    together, read column by column: each row's first person under the first label ('Members: Neil Romano,
    Chairman' ...), then each row's second under the second ('Staff: Lisa Grubb, ...' ...). The table ends at the
    first line that is no such row."""
    out: list[Line] = []
    heads: tuple[str, str] | None = None
    header: Line | None = None  # the labels' line, kept as printed where no row follows it ('Other Attendees')
    table: list[tuple[Line, tuple[str, str]]] = []
    held: list[Line] = []  # blank lines after the labels' line: a table's (dropped) or the text's (kept)

    def flush() -> None:
        for n, head in enumerate(heads or ()):
            out.extend(Line(line.file, line.number, f"{head}: {row[n]}", line.raw) for line, row in table)
        if header is not None and not table:
            out.extend([header, *held])
        elif table:
            out.extend(held[-1:])  # the table ends a paragraph
        table.clear()
        held.clear()

    for line in lines:
        if line.blank:
            (held if header is not None else out).append(line)
            continue
        row = _two_people(line.stripped) if heads else None
        if row:
            table.append((line, row))
            continue
        flush()
        heads = _two_labels(line.stripped)
        header = line if heads else None
        if heads is None:
            out.append(line)
    flush()
    return out


POST_ROW_RE = re.compile(r"^(?P<lead>\s*(?:\S[^:]{0,30}:\s+)?)(?P<post>\S+(?: \S+){0,3})(?P<gap>[ ]{3,})"
                         r"(?P<name>\S.*)$")
POST_ROWS = 2  # rows with a post, at least, for a list to be printed in a post column


def post_rows(lines: list[Line]) -> list[Line]:
    """A list printed in columns of post and name ('Present:   Chair        Ken Richey' / '           Vice Chair
    Marcia L. White' / '           Trustees     Bart E. Blair' / '                        Angela Choberka'): each row
    read as its post before its name at the post's column ('Vice Chair Marcia L. White'), a name alone under a post
    holding the post above it ('Trustees Angela Choberka'), for the label and post rules to read an entry a line.
    Rows end at a blank line or at a line of another shape. Staff set apart under the members by a blank line, each
    a staff post before a name at the post's column ('Board Administrator Janene Eller-Smith'), are the staff
    present: the writer set them apart."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        rows, column = _post_rows(lines, index)
        if not rows:
            out.append(lines[index])
            index += 1
            continue
        out.extend(rows)
        index += len(rows)
        staff = _staff_apart(lines, index, column)
        if staff:
            out.extend([lines[index], Line(staff[0].file, staff[0].number, "Staff present: " + ", ".join(
                line.stripped for line in staff), staff[0].raw), Line(staff[0].file, staff[0].number, "", "")])
            index += 1 + len(staff)
    return out


def _staff_apart(lines: list[Line], index: int, column: int) -> list[Line]:
    """The lines after one blank line at `index`, at the post column, each a staff post before a name."""
    if index >= len(lines) or not lines[index].blank:
        return []
    staff = []
    for line in lines[index + 1:]:
        posted = next((m for pattern, _ in ROLE_TITLES if (m := pattern.match(line.stripped))), None)
        if line.blank or abs(line.indent - column) > 1 or not posted or not STAFF_POST_RE.search(posted.group()):
            break
        staff.append(line)
    return staff


def _post_rows(lines: list[Line], index: int) -> tuple[list[Line], int]:
    """The rows of a post column from `index`, rewritten, and the post column; none where no such column starts
    there."""
    first = POST_ROW_RE.match(lines[index].text)
    if not first or not _post_and_name(first):
        return [], 0
    column, names = first.start("post"), first.start("name")
    post, rows = first.group("post"), [Line(lines[index].file, lines[index].number, first.group("lead")
                                            + f"{first.group('post')} {first.group('name')}", lines[index].raw)]
    posted = 1
    for line in lines[index + 1:]:
        row = POST_ROW_RE.match(line.text)
        if row and row.start("post") == column and _post_and_name(row):
            post, posted = row.group("post"), posted + 1
            text = f"{' ' * column}{post} {row.group('name')}"
        elif not line.blank and abs(line.indent - names) <= 1 and looks_like_name(line.stripped.split(" (")[0]):
            text = f"{' ' * column}{post} {line.stripped}"  # a name alone under the post above it
        else:
            break
        rows.append(Line(line.file, line.number, text, line.raw))
    return (rows, column) if posted >= POST_ROWS else ([], 0)


def _post_and_name(row: re.Match) -> bool:
    """A post and a name ('Vice Chair' and 'Marcia L. White (via electronic means)'): the post one a title reads."""
    name = row.group("name").split(" (")[0].strip()
    if ROLE_KEYWORDS.search(name) and not ROLE_KEYWORDS.search(row.group("post")):
        return False  # 'Nancy Michie      Administrator Clerk Treasurer': a name, then its post
    return "  " not in row.group("name") and looks_like_name(name) \
        and any(pattern.match(f"{row.group('post')} {name}") for pattern, _ in ROLE_TITLES)
