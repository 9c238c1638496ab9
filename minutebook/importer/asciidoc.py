"""AsciiDoc as the Markdown the importer reads, line for line (every line number stays the file's own).

Standards bodies and static sites (Jekyll with jekyll-asciidoc, Antora, Hugo) keep minutes as AsciiDoc: section
titles opened by '=' ('== Approval of Agenda', '=== WG 5'), delimited blocks between lines of one character
('----', '....', '____', '****', '===='), comments ('// ...', '////' blocks), attribute entries (':toc:'), tables
between '|===' lines, macros for links ('link:url[text]', 'https://...[text]', '<<anchor,text>>') and typographic
quotes ('"`...`"'). Each becomes what Markdown writes for it on the same line, and the Markdown reader does the
rest: a title gets as many '#'s as it has '=', a delimiter, a comment or an attribute entry is a blank line, a
table's row is its cells apart by tabs on the row's first line (a table's own lines blank), a link its text.
"""

from __future__ import annotations

import re

TITLE_RE = re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<title>\S.*?)(?:[ \t]+=+)?[ \t]*$")  # '== Approval of Agenda'
DELIMITER_RE = re.compile(r"^(?:-{4,}|\.{4,}|_{4,}|\*{4,}|={4,}|\+{4,}|--)[ \t]*$")  # a delimited block's edge
COMMENT_BLOCK_RE = re.compile(r"^/{4,}[ \t]*$")
COMMENT_RE = re.compile(r"^//(?!/)")  # '// a comment' (not a URL's '//', which never opens a line)
ATTRIBUTE_RE = re.compile(r"^:!?[\w-]+!?:(?:[ \t].*)?$")  # ':toc:', ':author: A' (a document's settings)
ANCHOR_RE = re.compile(r"^\[\[[^\]]*\]\]$|^\[[\w#.%,=\" -]*\]$")  # '[[minutes]]', '[cols="1,3"]', '[NOTE]'
CONTINUATION_RE = re.compile(r"^\+[ \t]*$")  # a list item's continuation mark alone on its line
TABLE_RE = re.compile(r"^[|!,:]===[ \t]*$")
CELL_RE = re.compile(r"(?<!\\)\|")  # a cell's '|' (a cell's spec, '2+', 'a', before it is no text of the row)
BARE_LINK_RE = re.compile(r"\b(?:link:|https?://)[^\s\[\]]+\[(?P<text>[^\[\]\n]*)\]")  # '[text]' after a target
XREF_RE = re.compile(r"<<[^,<>\n]+,\s*(?P<text>[^<>\n]+)>>|<<(?P<id>[^,<>\n]+)>>")  # '<<anchor,text>>'
QUOTES = (('"`', "“"), ('`"', "”"), ("'`", "‘"), ("`'", "’"))


def as_markdown(text: str) -> str:
    """The AsciiDoc `text` written as Markdown, one line for each of its lines."""
    lines = text.split("\n")
    out = list(lines)
    in_comment = in_table = False
    table: list[int] = []  # the lines of the table being read
    for n, line in enumerate(lines):
        stripped = line.strip()
        if COMMENT_BLOCK_RE.match(stripped):
            in_comment, out[n] = not in_comment, ""
        elif in_comment or COMMENT_RE.match(line) or ATTRIBUTE_RE.match(line) or ANCHOR_RE.match(stripped) \
                or CONTINUATION_RE.match(line):
            out[n] = ""
        elif TABLE_RE.match(stripped):
            if in_table:
                _table(lines, out, table)
            in_table, table, out[n] = not in_table, [], ""
        elif in_table:
            table.append(n)
        elif DELIMITER_RE.match(stripped):
            out[n] = ""
        elif title := TITLE_RE.match(line):
            out[n] = "#" * len(title.group("marks")) + " " + _inline(title.group("title"))
        else:
            out[n] = _inline(line)
    return "\n".join(out)


def _table(lines: list[str], out: list[str], table: list[int]) -> None:
    """A table's rows, each its cells apart by tabs on its first line: rows are apart by blank lines, or one a
    line where each line holds as many cells as the first."""
    rows: list[list[int]] = [[]]
    for n in table:
        if lines[n].strip():
            rows[-1].append(n)
        elif rows[-1]:
            rows.append([])
    first = rows[0][0] if rows and rows[0] else None
    width = len(CELL_RE.split(lines[first])) - 1 if first is not None else 0  # (the text before the first '|')
    if width > 1 and all(len(CELL_RE.split(lines[n])) - 1 == width for row in rows for n in row):
        rows = [[n] for row in rows for n in row]  # one row a line: '|1 |Jianfang ... |@Jianfang |2018-3-11'
    for row in rows:
        cells = [_inline(cell.strip()) for n in row for cell in CELL_RE.split(lines[n])[1:]]
        for n in row:
            out[n] = ""
        if row:
            out[row[0]] = "\t".join(cells)


def _inline(line: str) -> str:
    """Inline markup as its text: links and cross references, typographic quotes."""
    for mark, quote in QUOTES:
        line = line.replace(mark, quote)
    line = XREF_RE.sub(lambda m: m.group("text") or m.group("id"), line)
    return BARE_LINK_RE.sub(lambda m: m.group("text") or m.group(0).split("[")[0], line)
