"""A Markdown file as the importer's text, line for line: what shows no text blanked, headings marked.

Every line keeps its number (a source pointer is a line of the file). Headings, from Markdown's '#' and setext
underlines, a line wholly in bold or inline HTML's bold, open with HEADING_MARK (HTML's and reStructuredText's
headings are marked the same way); emphasis and inline tags are flattened later, as in any text (`lines.clean`).
"""

from __future__ import annotations

import html
import re

# Markdown's backslash escapes ('**1\\. Call to Order**' keeps a converter's "1." from starting a list): the
# escaped character as printed. Any ASCII punctuation may be escaped (CommonMark, "Backslash escapes").
MARKDOWN_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")


# A heading the file's format marks as one (Markdown's '## Call to Order', HTML's <h2>) opens its line with
# HEADING_MARK: the rules read it as a heading whatever its case, and `lines.read_lines` takes the mark off.
HEADING_MARK = "\ue000"  # a private-use character: no font prints it, and str.strip() keeps it
# A website's metadata ('---' / 'title: Minutes (Feb., 2020)' / 'tags: ...' / '---') opening a Markdown file.
FRONT_MATTER_RE = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.S)
# ... or a header of 'Key: value' lines with no rules around it, as Pelican and MultiMarkdown write one ('Title: Board
# Meeting 2014-01-23' / 'Date: 2010-12-03 10:20' / 'save_as: ...'), up to the first blank line: the site's, blank
# lines here (its date is the page's; the page's own heading under it names the meeting).
METADATA_KEYS = r"(?:title|subtitle|date|modified|authors?|summary|slug|url|save_as|category|tags|status|lang|template)"
METADATA_HEADER_RE = re.compile(rf"\A(?i:title)[ \t]*:[^\n]*\n(?:(?i:{METADATA_KEYS})[ \t]*:[^\n]*\n)+(?=[ \t]*\n)")
# A heading may close with its anchor or classes in braces (pandoc, kramdown, attr_list: '## New Business
# {#new_business}'): the page shows neither.
ATX_HEADING_RE = re.compile(r"^ {0,3}(?P<hashes>#{1,6})[ \t]+(?P<title>.*?)(?:[ \t]+#+)?"
                            r"(?:[ \t]*\{:?[ \t]*[#.][^{}\n]*\})?[ \t]*$", re.M)
LEVEL_MARK = "\ue001"  # after HEADING_MARK, once for each level of a Markdown heading ('### A.' three times)
# an item with nothing to say: 'None', 'No report', 'No Public Comments', 'No Official Correspondence'
NO_NEWS = (r"(?:none|nil|nothing to report|n/a|no (?:[a-z]+ ){0,2}(?:reports?|updates?|comments?|correspondence|"
           r"presentations?|business|items?|questions?))")
# A short line wholly in bold, alone between blank lines ('**Election of Chairman**'): a heading as the writer set
# it (a label in bold, '**Present:**', or a sentence, '**Carried.**', is none).
# So is one ended by a hard line break ('**Tax Anticipation Note (TAN)**' + two spaces) over running text (six words
# or more), not over another line in bold or a short one (a heading block: '**TOWN OF LITTLETON**  ' / '**MONDAY,
# MAY 11, 2020**  ', '**Regular Meeting**  ' / 'Board of Education  ').
def _bold(group: str) -> str:
    """A line wholly in bold, its words the group `group`."""
    return rf" {{0,3}}(?:\*\*|__)(?P<{group}>[^*_\n:]{{2,100}}?[^*_\n:.])(?:\*\*|__)"


# Labels of what was decided or who attended, never a heading's: 'Resolved: ...', 'Present: ...'.
NOT_HEADING_LABELS = (r"resolved|resolutions?|proposed|proposal|agreed|motion|moved|seconded|decision|action|carried|"
                      r"approved|adopted|vote|result|"
                      r"note|present|absent|apologies|attendees|attendance|excused")
BOLD_LINE_RE = re.compile(rf"(?<=\n\n){_bold('title')}[ \t]*(?=\n\n|\n?\Z)|"
                          rf"(?:(?<=\n\n)|(?<=  \n)){_bold('broken')}  [ \t]*"
                          r"(?=\n(?! {0,3}(?:\*\*|__))[ \t]*[^\s*_]\S*(?:[ \t]+\S+){5})|"
                          # a section's short label in bold, a hard line break, its first topic in bold under it:
                          # '**Old Business:**  ' / '**Mill Street**' (not '**Present:**' over a blank line)
                          r"(?<=\n\n) {0,3}(?:\*\*|__)(?P<section>[A-Z][^*_\n:.]{1,40}):(?:\*\*|__)  [ \t]*"
                          r"(?=\n {0,3}(?:\*\*|__))|"
                          # an item and its text in one line in bold, alone: '**Public Comments: None**', or its
                          # title alone in bold: '**PUBLIC COMMENT:** None'
                          rf"(?<=\n\n) {{0,3}}(?:\*\*|__)(?P<nothing>[A-Z][^*_\n:.]{{1,60}}:(?:\s*(?i:{NO_NEWS})\.?"
                          rf"(?:\*\*|__)|(?:\*\*|__)\s*(?i:{NO_NEWS})\.?))[ \t]*(?=\n\n|\n?\Z)|"
                          # a short label, a colon and what it introduces, alone in bold: 'Guest Speaker: Sue MacPhail,
                          # Canadian Cancer Society.' (not a decision's or a roll's label: 'Approved: 11/15/2022')
                          rf"(?<=\n\n) {{0,3}}(?:\*\*|__)(?P<labelled>(?!(?i:{NOT_HEADING_LABELS})\b)"
                          r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}: [A-Z][^*_\n:]{2,120}?)(?:\*\*|__)[ \t]*"
                          r"(?=\n\n|\n?\Z)")
SECTION_WORDS = 3  # a bold label with a colon longer than this is a sentence ('A made the following motion:')
# What a Markdown page does not show as text: comments ('<!-- Page 2 -->') and images standing alone on a line.
INVISIBLE_RE = re.compile(r"<!--.*?-->|^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$", re.S | re.M)
# ... nor an emoji's shortcode (GitHub's, Hugo's, Jekyll's: 'Nick Bannon :ballot_box_with_check:', ':+1:'), a mark the
# page shows as a picture, not as words.
EMOJI_RE = re.compile(r"(?<![\w:/]):(?:(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,50}|[+-]1):(?![\w:/])")
# ... and a link to a page of the site the file came from ('[bylaws](bylaws)', '[the resolution]({{ site.baseurl
# }}/x.pdf)', '[last year's minutes](/minutes/AGM/2018-09-15)') shows its text: its target means nothing in the archive,
# where it would be a broken link. A link to an address on the web ('https://...', '<https://...>', 'mailto:') is kept.
# ... as an HTML link written into the Markdown ('<a href="/members/ann-bell.html">Ann Bell</a>') shows its text.
HTML_LINK_RE = re.compile(r"<a\b[^<>\n]*>(?P<text>(?:[^<>\n]|<(?!/a\b)[^<>\n]{1,40}>){0,300}?)</a\s*>", re.I)
LOCAL_LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\[\]\n]{1,200})\]\((?!\s*<?(?:https?:|mailto:))[^()\n]{1,300}\)")
# ... nor a thematic break, a rule across the page ('-----', '* * *') under a blank line (under text, '---' underlines a
# setext heading).
THEMATIC_BREAK_RE = re.compile(r"(?:(?<=\A)|(?<=\n\n)) {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$",
                               re.M)
FENCE_RE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})[^\n`]*$", re.M)  # '```' opening or closing a fenced code block
# A website's breadcrumbs: a line of two links or more and the marks between them, nothing else ('[Main
# Page](index.html) -\> [Meetings](Meetings.html)', '-\> [Minutes](m.html) » [2014](y.html)'): the site's navigation,
# shown as no text.
CRUMB = r"\[[^\]\n]{1,80}\]\([^)\s]{1,300}\)"
CRUMB_MARK = r"(?:-?\\?>|»|›|→|/|\||::)"
ARROW = r"(?:-?\\?>|»|›|→)"  # a mark that only breadcrumbs print first: '-\> [Minutes](m.html)' goes on from above
BREADCRUMBS_RE = re.compile(rf"^[ \t]*(?:{ARROW}[ \t]*{CRUMB}|{CRUMB}[ \t]*{CRUMB_MARK}[ \t]*{CRUMB})"
                            rf"(?:[ \t]*{CRUMB_MARK}[ \t]*{CRUMB})*(?:[ \t]*{CRUMB_MARK})?[ \t]*$", re.M)
SETEXT_RE = re.compile(r"^(?P<title> {0,3}\S[^\n]*)\n {0,3}(?:=+|-+)[ \t]*$", re.M)


FRONT_MATTER_TITLE_RE = re.compile(r"^(?:sub)?title\s*[:=]\s*['\"]?(.*?)['\"]?\s*$", re.I)


# Keys of a meeting's metadata that a site's meeting layout prints with a label ('location: online via IRC', 'chair:
# A', 'members:' over a list of names): the label the page shows. Dates are not among them: a page's date is often
# its publication's, not the meeting's; a time is the meeting's ('scheduled_time: 8:00-9:30pm Beijing Time').
FRONT_MATTER_FIELDS = {"location": "Location", "venue": "Venue", "place": "Place", "chair": "Chair",
                       "members": "Present", "attendees": "Present", "present": "Present", "attendance": "Present",
                       "participants": "Present", "apologies": "Apologies", "excused": "Apologies", "absent": "Absent",
                       "secretariat": "Secretariat", "time": "Time", "scheduled_time": "Time"}
FRONT_MATTER_FIELD_RE = re.compile(rf"^(?P<key>{'|'.join(FRONT_MATTER_FIELDS)})\s*:\s*['\"]?(?P<value>.*?)['\"]?\s*$",
                                   re.I)
FRONT_MATTER_ITEM_RE = re.compile(r"^\s*-\s+\S")  # a YAML list's entry: '- Neal Wright'


def _front_matter(match: re.Match) -> str:
    """A website's metadata as the page shows it: its title and subtitle each alone on its line (a page's heading:
    '3rd Meeting of City Council'; 'Minutes' / 'Regular Meeting of the Port of Alsea Board of Commissioners'), and
    the meeting's place, chair and people under their labels ('Location: online via IRC', 'Present:' over its list);
    its tags, layout and other keys are blank lines, so every line keeps its number."""
    shown, listing = [], False
    for line in match.group().split("\n"):
        title, field = FRONT_MATTER_TITLE_RE.match(line), FRONT_MATTER_FIELD_RE.match(line)
        if listing and FRONT_MATTER_ITEM_RE.match(line):
            shown.append(line)
            continue
        listing = bool(field) and not field.group("value")
        shown.append(title.group(1) if title else
                     f"{FRONT_MATTER_FIELDS[field.group('key').lower()]}: {field.group('value')}".rstrip() if field
                     else "")
    return "\n".join(shown)


# A site generator's placeholder for the page's title ('# {{title}}', '{{ page.title }}'): the page shows the title.
TITLE_PLACEHOLDER_RE = re.compile(r"\{\{\s*(?:page\.)?title\s*\}\}")


def _filled_title(text: str) -> str:
    """The text with each title placeholder filled with the title its metadata gives (left as printed without one)."""
    front = FRONT_MATTER_RE.match(text)
    titles = [m.group(1) for line in front.group().split("\n") if (m := FRONT_MATTER_TITLE_RE.match(line))] \
        if front else []
    if not titles or not TITLE_PLACEHOLDER_RE.search(text, front.end()):
        return text
    return text[:front.end()] + TITLE_PLACEHOLDER_RE.sub(lambda _: titles[0], text[front.end():])


H1_RE = re.compile(r"^ {0,3}#[ \t]+\S.*$", re.M)


LINK_RE = re.compile(r"\]\([^)\s]{1,300}")  # a Markdown link's or image's target: '[Home](https://...)'
# A heading that links to its paper ('## [Approval of previous year's minutes](https://...)') shows the link's text.
HEADING_LINK_RE = re.compile(r"\[(?P<text>[^\]\n]{2,200})\]\([^)\s]{1,300}\)")


def _from_page_title(text: str) -> str:
    """A web page saved as Markdown from its top ('Skip to main content', menus, breadcrumbs): where the page has
    one title ('# Board of Selectmen Minutes') and most lines above it are links, what comes before it is the
    website's, not the document's; its lines are left blank, so every line keeps its number."""
    titles = list(H1_RE.finditer(text))
    if len(titles) != 1:
        return text
    above = [line for line in text[:titles[0].start()].split("\n")
             if line.strip() and not line.lstrip().startswith("#")]
    if len(above) < 5 or sum(bool(LINK_RE.search(line)) for line in above) < len(above) / 2:
        return text
    return "\n" * text.count("\n", 0, titles[0].start()) + _to_page_end(text[titles[0].start():])


RUNNING_TEXT_WORDS = 8  # a line of the document's own text, not a footer's label, address or opening hours
FOOTER_LINKS = 3


def _to_page_end(page: str) -> str:
    """The same page's foot ('Contact Info', 'Town Hall Hours:', 'Disclaimer', 'Login'): after the document's
    last line of running text, short lines holding three links or more are the website's, left blank."""
    lines = page.split("\n")
    last = max((n for n, line in enumerate(lines) if len(LINK_RE.sub("", line).split()) >= RUNNING_TEXT_WORDS),
               default=len(lines))
    foot = lines[last + 1:]
    if sum(bool(LINK_RE.search(line)) for line in foot) < FOOTER_LINKS:
        return page
    return "\n".join([*lines[:last + 1], *("" for _ in foot)])


# A line wholly in inline HTML's bold in a Markdown file (a blog's posts converted): '<b>', '<strong>', '<span style=
# "font-weight: bold">', inside other inline tags or not, its words wrapped over lines or not. It is the same as
# '**...**' on a line of its own: its words are joined on its first line and the line breaks it held follow, so every
# line keeps its number. Bold inside a line is left to `lines.clean`, as any inline tag.
INLINE_TAG = r"(?:span|font|b|strong|i|em|u)"
HTML_BOLD_LINE_RE = re.compile(rf"^(?P<before>[ \t]*(?:<{INLINE_TAG}\b[^<>]*>[ \t]*)*)<(?P<tag>b|strong|span)\b"
                               rf"(?P<attrs>[^<>]*)>(?P<text>[^<]*)</(?P=tag)\s*>(?:[ \t]*</{INLINE_TAG}\s*>)*[ \t]*$",
                               re.I | re.M)
BOLD_STYLE_RE = re.compile(r"(?i)font-weight\s*:\s*(?:bold|[6-9]00)")
BLANK_LINE_RE = re.compile(r"^[ \t]+$", re.M)  # spaces alone on a line: a blank line, as Markdown reads it


def _html_bold(match: re.Match) -> str:
    words = " ".join(match.group("text").split())
    bold = match.group("tag").lower() in ("b", "strong") or BOLD_STYLE_RE.search(match.group("before")
                                                                                 + match.group("attrs"))
    return f"**{words}**" + "\n" * match.group().count("\n") if bold and words else match.group()


def _bold_heading(match: re.Match) -> str:
    """A line wholly in bold marked a heading, if short enough to be one."""
    words, limit = ((match.group("section"), SECTION_WORDS) if match.group("section")
                    else (match.group("nothing") or match.group("labelled"), 14)
                    if match.group("nothing") or match.group("labelled")
                    else (match.group("title") or match.group("broken"), 12))
    return HEADING_MARK + match.group() if len(words.split()) <= limit else match.group()


def blank_lines(match: re.Match) -> str:
    """What shows no text, as the blank lines it took (every line keeps its number)."""
    return "\n" * match.group().count("\n")


# A pipe table's row under its header ('| Name | Title |' / '|---|---|'): its cells apart by tabs, as the importer
# reads a table's columns (an HTML table's cells are read the same way).
DELIMITER_ROW_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")


def _cells(row: str) -> str:
    return "\t".join(cell.strip() for cell in CELL_SPLIT_RE.split(row.strip().strip("|")))


def _pipe_tables(text: str) -> str:
    """Each pipe table's rows as cells apart by tabs; the header row takes the delimiter row's line, so the table
    is one paragraph and every line keeps its number (the header's line is left blank)."""
    lines = text.split("\n")
    index = 0
    while index < len(lines) - 1:
        if "|" in lines[index] and DELIMITER_ROW_RE.match(lines[index + 1]) and "|" in lines[index + 1] + lines[index]:
            lines[index], lines[index + 1] = "", _cells(lines[index])
            index += 2
            while index < len(lines) and "|" in lines[index] and lines[index].strip():
                lines[index] = _cells(lines[index])
                index += 1
        else:
            index += 1
    return "\n".join(lines)


# A definition list written in HTML in a Markdown file ('<dt>Members present</dt>' over '<dd>A, B</dd>'): a label
# and what it labels, as a web page's is read ('Members present: A, B'), on the line of what it labels.
DEFINITION_RE = re.compile(r"^[ \t]*<dt\b[^<>]*>(?P<term>[^<>\n]{1,80}?)\s*</dt>(?P<gap>\s*)<dd\b[^<>]*>[ \t]*",
                           re.I | re.M)


def _definition(match: re.Match) -> str:
    term = match.group("term").strip()
    return "\n" * match.group("gap").count("\n") + (term if term.endswith(":") else f"{term}:") + " "


# An HTML list written into a Markdown file ('<ol>' / '<li>' / 'Welcome & Introductions' / '</li>'): each entry as
# Markdown writes it, numbered where the list is ordered ('1. Welcome & Introductions'), a bullet where not, indented
# a level a list inside another, on the line where its text starts (a browser numbers an '<ol>'; the file does not).
HTML_LIST_TAG_RE = re.compile(r"<(?P<close>/?)(?P<tag>ol|ul|li)\b[^<>]*>", re.I)


def _html_lists(text: str) -> str:
    if not HTML_LIST_TAG_RE.search(text):
        return text
    lines = text.split("\n")
    lists: list[list] = []  # the open lists, innermost last: [ordered, entries so far]
    pending = ""  # the number or bullet of an entry whose text has not started yet
    for n, line in enumerate(lines):
        tags = list(HTML_LIST_TAG_RE.finditer(line))
        rest = HTML_LIST_TAG_RE.sub("", line).strip() if tags else line.strip()
        for tag in tags:
            name, closing = tag.group("tag").lower(), bool(tag.group("close"))
            if closing:  # an entry or a list ends: an entry that had no text gets none ('<li>Close</li>' has)
                pending = pending if rest else ""
                if name != "li" and lists:
                    lists.pop()
            elif name != "li":
                lists.append([name == "ol", 0])
            elif lists:
                lists[-1][1] += 1
                indent = "   " * (len(lists) - 1)
                pending = f"{indent}{lists[-1][1]}. " if lists[-1][0] else f"{indent}- "
        if pending and rest:
            lines[n], pending = pending + rest, ""
        elif tags:
            lines[n] = rest
    return "\n".join(lines)


# A ticked entry of a task list ('  * [x] Luke Emrose, Animal Logic'): the entry, as its list shows it ticked (an
# attendee checked off, a task done); an unticked box is left as printed.
TICKED_RE = re.compile(r"^(?P<lead>[ \t]*[-*+][ \t]+)\[[xX]\][ \t]+", re.M)


# An HTML heading on a line of its own in a Markdown file ('  <h2 class="cwm-h2">Treasurer's Report</h2>'): a heading
# of its level, as '##' would be.
HTML_HEADING_RE = re.compile(r"^[ \t]*<h(?P<level>[1-6])\b[^<>\n]*>(?P<title>[^<>\n]{1,200}?)</h(?P=level)\s*>[ \t]*$",
                             re.M | re.I)


def as_text(markdown: str) -> str:
    """A Markdown file as its text, line for line (so every line number is the file's own): front matter
    (a website's metadata) down to its title, headings marked and without their '#'s, backslash
    escapes resolved; emphasis and inline tags are flattened later, as in any text (`lines.clean`)."""
    text = _html_lists(DEFINITION_RE.sub(_definition, _pipe_tables(_filled_title(markdown))))
    text = FRONT_MATTER_RE.sub(_front_matter, text)
    text = METADATA_HEADER_RE.sub(blank_lines, text)
    text = INVISIBLE_RE.sub(blank_lines, text)
    text = EMOJI_RE.sub("", text)
    text = BREADCRUMBS_RE.sub("", text)  # (before its links are read as their text)
    text = LOCAL_LINK_RE.sub(r"\g<text>", text)
    text = HTML_LINK_RE.sub(r"\g<text>", text)
    text = THEMATIC_BREAK_RE.sub("", text)  # a rule across the page ('-----' under a blank line) shows no text
    text = FENCE_RE.sub("", text)  # a fenced code block's text stands apart from the paragraphs around it
    text = _from_page_title(text)
    text = BLANK_LINE_RE.sub("", HTML_BOLD_LINE_RE.sub(_html_bold, text))
    text = HTML_HEADING_RE.sub(lambda m: f"{'#' * int(m.group('level'))} {m.group('title').strip()}", text)
    text = TICKED_RE.sub(r"\g<lead>", text)
    text = ATX_HEADING_RE.sub(lambda m: HEADING_MARK + LEVEL_MARK * len(m.group("hashes"))
                              + HEADING_LINK_RE.sub(r"\g<text>", m.group("title")), text)
    text = SETEXT_RE.sub(lambda m: f"{HEADING_MARK}{m.group('title').strip()}\n", text)
    text = BOLD_LINE_RE.sub(_bold_heading, text)
    return html.unescape(MARKDOWN_ESCAPE_RE.sub(r"\1", text))  # '&amp;' is '&' shown
