"""One line under an attendance label read as its people, by the first rule whose layout it has: a row of names
side by side, a grid of marks, a table's cells, 'Name - Post', 'Post, Name', 'Name, Post, Organisation',
'Name Organisation', a list in a sentence, a name alone; the catch-all last: the line stays text.

attendance.parse_region tracks the labels and lists a region's lines fall under; this module reads a line once its
list (the `Context`) is known.
"""

from __future__ import annotations

import re
from string import ascii_lowercase

from .attendance_cells import MARK_RE, column_person, continues, extend, grid_entries, table_entry, wrapped_cells
from .attendance_labels import Context
from .attendance_lines import (
    INDIVIDUAL_RE,
    MINUTE_TAKER_RE,
    is_organisation,
    known_by_one_name,
    listed_with_post,
    post_and_organisation,
    post_then_holder,
    with_note,
)
from .drafts import AttendanceDraft
from .lines import Line
from .nameentry import (
    INITIALS_POST_RE,
    OBSERVER_RE,
    PRESIDED_RE,
    ROLE_KEYWORDS,
    add_attributes,
    make_entry,
    name_then_organisation,
)
from .namelist import sentence_entries
from .nameposts import dash_entry, dash_split
from .names import is_initials, looks_like_name

# A sentence, not a list of names: 'The ...', '... was ...', or what an opening sentence does ('Chair Hale called the
# meeting to order at 7:00 p.m. in Room 014, Town Hall.' after 'Absent: None' is no one absent); but not a mayor's
# style or post before the name ('The Right Worshipful The Mayor Councillor A Givan', 'The District Mayor N C Volzke',
# 'The Senior Engineer – Ian Hind')
PROSE_RE = re.compile(r"^(?:The(?!\s+(?:Right\s+)?Worshipful|\s+(?:[A-Z][a-z]+\s+)?Mayor\s+(?:Cllr|Councillor|"
                      r"Alderman|[A-Z]\.?\s|[A-Z][a-z]+\s+[A-Z])|(?:\s+[A-Z][\w-]+){1,4}\s+[–—-]\s+[A-Z])|It|This|"
                      r"There)\s|An?\s(?=[a-z])|"  # (not 'A
                      r"\s(?:is|was|were|are|being|has|have|had|will|would)\s|"  # Fluker': an initial)
                      r"\s(?:called|welcomed|opened|convened|declared|adjourned|thanked)\s+(?:the|all|everyone)\b")
# A name, the person's initials and their post, a table's columns run together: 'Dr Avi Bhatia AB Clinical Chair'.
NAME_INITIALS_POST_RE = re.compile(r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+)\s+"
                                   r"(?P<initials>[A-Z]{2,4}[a-z]{0,2})\s+(?P<post>[A-Z].{2,120})$")  # ('RCp', 'AHol')
NAMES_A_ROW = 3  # names in a row of cells, at least, for them to be people side by side, not a name and its post

Read = tuple[list[AttendanceDraft], bool]  # the people a line names, and whether the line stays text too


# How one listed stood, after a dash at the line's end: ' - absent', ' - absent - apologies', ' – excused'.
MARKED_AFTER_RE = re.compile(r"(?i)(?:\s+[-–—]\s*(?:absent|apologies|excused))+\s*$")


def read_row(line: Line, text: str, cells: list[str], context: Context, lines: list[Line], index: int,
             last: AttendanceDraft | None, wrapped: dict[int, set[int]]) -> Read:
    """The people `line` (its `text`, split into `cells` at tabs) names under `context`. `last` is the entry read
    before it (a table's row may go on over the next line); `wrapped` records, line number -> columns, the cells of
    the next line already read as the end of a name above them."""
    marked = MARKED_AFTER_RE.search(text) if "\t" not in text else None
    if marked and marked.start():  # 'Ute Decker - Intellectual Property C - absent - apologies': the entry, then
        bare = text[:marked.start()]  # how it stood, after a dash
        found, kept = read_row(line, bare, [bare], context, lines, index, last, wrapped)
        status = "apologies" if re.search(r"(?i)apolog|excused", marked.group()) else "absent"
        for entry in found:
            entry.status = status
        return found, kept
    if wrapped.get(line.number):
        cells = [c for k, c in enumerate(cells) if k not in wrapped[line.number]]
        text = "\t".join(c for c in cells if c)
    people = [c for c in cells if c]
    if len(people) > 1 and not MARK_RE.search(text) and (all(column_person(c, context) for c in people) or len(
            people) >= NAMES_A_ROW and all(looks_like_name(c) for c in people)):  # ('A Bell | C Hale | D Lord':
        # a row of names, three or more, is people side by side, not a name, its post and its organisation)
        following = lines[index + 1] if index + 1 < len(lines) else None
        joined = wrapped_cells(cells, following)
        if following is not None and joined != cells:
            wrapped[following.number] = {k for k, (a, b) in enumerate(zip(cells, joined, strict=True)) if a != b}
        found = [dash_entry(cell, line, context) for cell in joined if cell]  # two columns, one person in each
        return [entry for entry in found if entry], False
    if MARK_RE.search(text) or (context.grid and "\t" in line.text and not line.text.startswith("\t\t")):
        found = grid_entries([c for c in cells if c], line, context)
        if found or MARK_RE.search(text):
            return found, False
    if len(cells) > 1 and last is not None and continues(cells, last) and last.line.number >= line.number - 1:
        extend(last, cells)
        return [], False
    if len([c for c in cells if c]) > 1:
        entry = table_entry([c for c in cells if c], line, context)
        if entry:
            return [entry], False
    if PROSE_RE.search(text) and "\t" not in line.text:  # 'The meeting is called to order ...': a sentence
        return [], True
    if len(dash_split(text)) == 2:
        entry = dash_entry(text, line, context)
        if entry:
            return [entry], False
    initialled = NAME_INITIALS_POST_RE.match(text)  # 'Dr Avi Bhatia AB Clinical Chair', 'Richard Chapman RCp Chief
    entry = make_entry(initialled.group("name"), line, context) if initialled else None  # Finance Officer': a
    if entry and is_initials(initialled.group("initials").rstrip(ascii_lowercase), entry.name.name):  # table's columns
        post, _ = with_note(initialled.group("post"))  # run together: name, its initials, post ('(part meeting)')
        entry.role = entry.role or post.strip()
        return [entry], False
    holding = post_then_holder(text)
    if holding and (entry := make_entry(holding[1], line, context)):  # 'Director of Community Services, C. Catania'
        entry.role = entry.name.role or holding[0]
        return [entry], False
    three = post_and_organisation(text) if not context.sentence else None
    if three and (entry := make_entry(three[0], line, context)):  # 'Ms A Clark, Acting Head of Policy, Chief
        entry.role, entry.organisation = entry.role or three[1], three[2]  # Executive's Office'
        return [entry], False
    named = (name_then_organisation(text) or listed_with_post(lines, index, text)) if not context.sentence else None
    if named and (entry := make_entry(named[0], line, context)):  # 'Chris Francis SAP', 'Will Perrin, Talk ...'
        post, note = with_note(named[1])
        if INDIVIDUAL_RE.fullmatch(post):
            pass  # 'Stefan Hagen, Individual (Voting Member)': a member in their own right, no organisation
        elif is_organisation(post):
            entry.organisation = post  # "Victim Commissioner's Office": an office's name, not a post
        else:
            add_attributes(entry, [post])  # an organisation, or a post ('CEO', 'Head of Policy')
        if note and (ROLE_KEYWORDS.search(note) or MINUTE_TAKER_RE.fullmatch(note)) and entry.role is None:
            entry.role = note[:1].upper() + note[1:]  # 'Ministry of Justice (minute taker)': her part here
        if note and OBSERVER_RE.fullmatch(note) and entry.status == "present":
            entry.status, entry.capacity = "in_attendance", entry.capacity or "other"  # '(Observer)'
        return [entry], False
    if "," in text or " and " in text or "(" in text or INITIALS_POST_RE.fullmatch(text):  # (or 'Ms A Bell
        unread: list[str] = []  # Secretary to the Board', read as listed)
        found = sentence_entries(text, line, context, unread=unread)
        if found:  # 'Cllr A Bell, the Lord of the Manor, 4 residents': what no rule reads stays text
            return found, bool(unread)
    entry = make_entry(text, line, context) if looks_like_name(PRESIDED_RE.sub("", text)) or context.surnames else \
        make_entry(text, line, Context(**{**context.__dict__, "surnames": True})) \
        if known_by_one_name(lines, index) else None
    return ([entry], False) if entry else ([], True)  # the catch-all: a line no rule reads stays text
