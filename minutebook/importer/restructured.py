"""reStructuredText as the Markdown the importer reads, line for line (every line number stays the file's own).

Wikis and documentation sites built with Sphinx or docutils keep minutes as reStructuredText: section titles
underlined (and overlined) with a punctuation character, directives ('.. sectnum::'), comments, literal blocks
after '::', field lists (':Date: ...'), inline markup. Each becomes what Markdown writes for it on the same line,
and the Markdown reader does the rest: a title gets its '#'s (one level for each adornment style, in the order the
file first uses it, as docutils ranks them), a directive's line and its options and a comment become blank lines
(a directive's own text stays), 'Attendees::' is shown as docutils shows it ('Attendees:') and the literal block
under it as ordinary text, a field is a label ('Date: ...'), a link or a role its text.
"""

from __future__ import annotations

import re

ADORNMENT_RE = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}[ \t]*$")  # a line of one punctuation character
DIRECTIVE_RE = re.compile(r"^(?P<indent>[ \t]*)\.\.[ \t]+[\w:+-]+::")  # '.. sectnum::', '.. note:: text'
COMMENT_RE = re.compile(r"^(?P<indent>[ \t]*)\.\.(?:[ \t]|$)")  # '.. a comment', '.. _target: url', '.. |sub| ...'
OPTION_RE = re.compile(r"^[ \t]+:[\w -]+:")  # a directive's option under it: '   :suffix: .'
FIELD_RE = re.compile(r"^:(?P<name>[A-Za-z][\w -]{0,40}):[ \t]+(?=\S)")  # ':Date: 2016-06-06' (a docinfo field)
LITERAL_MARK_RE = re.compile(r"[ \t]*::[ \t]*$")  # a paragraph ending in '::': a literal block follows
LINK_RE = re.compile(r"`(?P<text>[^`<>\n]+?)\s*<[^`<>\n]+>`__?")  # '`the charter <https://...>`_'
REFERENCE_RE = re.compile(r"(?::[\w:-]+:)?`(?P<text>[^`\n]+)`(?:__?|:[\w:-]+:)?")  # '`name`_', ':doc:`text`'
LITERAL_RE = re.compile(r"``(?P<text>[^`\n]+)``")
LINE_BLOCK_RE = re.compile(r"^(?P<indent>[ \t]*)\|[ \t]+")  # '| a line kept as its own line'


def as_markdown(text: str) -> str:
    """The reStructuredText `text` written as Markdown, one line for each of its lines."""
    lines = text.split("\n")
    styles: list[tuple[str, bool]] = []  # adornment styles (character, overlined) in the order first used
    out = list(lines)
    n = 0
    while n < len(lines):
        line = lines[n]
        title = _title(lines, n)
        if title:
            style, first, length = title
            if style not in styles:
                styles.append(style)
            out[first] = "#" * min(6, styles.index(style) + 1) + " " + lines[first].strip()
            for k in range(n, n + length):
                if k != first:
                    out[k] = ""
            n += length
            continue
        directive = DIRECTIVE_RE.match(line) or COMMENT_RE.match(line)
        if directive:
            n = _blank_directive(lines, out, n, directive.group("indent"), DIRECTIVE_RE.match(line) is not None)
            continue
        if LITERAL_MARK_RE.search(line) and line.strip():
            out[n] = "" if line.strip() == "::" else LITERAL_MARK_RE.sub(":", line)
            n = _dedent_block(lines, out, n)
            continue
        out[n] = _inline(FIELD_RE.sub(lambda m: f"{m.group('name')}: ", LINE_BLOCK_RE.sub(r"\g<indent>", line)))
        n += 1
    return "\n".join(out)


def _title(lines: list[str], n: int) -> tuple[tuple[str, bool], int, int] | None:
    """A section title at line `n`: its style, the line of its text and how many lines it takes. A title is a
    line of text with an adornment under it at least as long as its text less a few characters (writers rarely
    count them), with an overline too where it has one; the line above it is blank (or the file's start)."""
    if n + 2 < len(lines) and (over := ADORNMENT_RE.match(lines[n])) and lines[n + 1].strip() \
            and (under := ADORNMENT_RE.match(lines[n + 2])) and over.group(1) == under.group(1):
        return (over.group(1), True), n + 1, 3
    if n + 1 < len(lines) and lines[n].strip() and not lines[n][:1].isspace() and not ADORNMENT_RE.match(lines[n]) \
            and (n == 0 or not lines[n - 1].strip()) and (under := ADORNMENT_RE.match(lines[n + 1])) \
            and len(lines[n + 1].strip()) >= min(len(lines[n].strip()) - 3, 3):
        return (under.group(1), False), n, 2
    return None


def _indented_under(lines: list[str], n: int, indent: str) -> int:
    """The end of the block of lines after `n` indented past `indent` (blank lines inside it included)."""
    end = n + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > len(indent)):
        end += 1
    while end > n + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def _blank_directive(lines: list[str], out: list[str], n: int, indent: str, directive: bool) -> int:
    """A directive's line and its options blank; its content kept, unindented ('.. note::' over its text). A
    comment or a link target is blank with every line under it."""
    end = _indented_under(lines, n, indent)
    out[n] = ""
    k = n + 1
    while k < end and (OPTION_RE.match(lines[k]) or not lines[k].strip()):
        out[k] = ""
        k += 1
    if not directive:
        for j in range(k, end):
            out[j] = ""
        return end
    return _dedent(lines, out, k, end)


def _dedent_block(lines: list[str], out: list[str], n: int) -> int:
    """The literal block after line `n` (ending in '::') as ordinary text, its common indentation taken off."""
    indent = lines[n][:len(lines[n]) - len(lines[n].lstrip())]
    return _dedent(lines, out, n + 1, _indented_under(lines, n, indent))


def _dedent(lines: list[str], out: list[str], start: int, end: int) -> int:
    body = [lines[k] for k in range(start, end) if lines[k].strip()]
    cut = min((len(line) - len(line.lstrip()) for line in body), default=0)
    for k in range(start, end):
        out[k] = _inline(lines[k][cut:]) if lines[k].strip() else ""
    return max(end, start)


def _inline(line: str) -> str:
    """Inline markup as its text: '``code``', '`text <url>`_', '`name`_', ':role:`text`'."""
    return REFERENCE_RE.sub(r"\g<text>", LINK_RE.sub(r"\g<text>", LITERAL_RE.sub(r"\g<text>", line)))
