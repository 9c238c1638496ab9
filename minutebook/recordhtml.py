"""Raw HTML in a record's text: kept as formatting, shown as text, or reported; never allowed to eat words.

Markdown passes raw HTML through, and the sanitiser (`safety.py`) then removes what it does not allow:
an unclosed `<style>`, `<script>`, `<template>`, `<textarea>` or `<!--` ("see the <style> guide.") makes
the browser's parser treat everything after it as that element's content, so the rest of the meeting
page and its search entries disappear while check passes. Here, before any Markdown is rendered, every
`<` that does not open a complete, harmless formatting tag is written as `&lt;`, so the reader sees
the text as typed; harmless tags keep only their harmless attributes (no `id` that could take a
permanent anchor such as `#minute-576`, no `style` overlay, no `class` borrowed from the theme); and
attribute lists (`{: #minute-2 style=…}`) are shown as text. Each change is reported with its line.
"""

from __future__ import annotations

import html
import re

KEPT_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em", "h3", "h4",
    "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
KEPT_ATTRIBUTES = frozenset({"href", "title", "lang", "dir", "colspan", "rowspan", "start", "align", "hreflang"})
FENCE_RE = re.compile(r"^\s*(```|~~~)")
SECTION_HEADING_RE = re.compile(r"^(#{1,2}\s+.*?)(\s*\{\s*#[^\s}]+[^}]*\}\s*)$")
CODE_SPAN_RE = re.compile(r"(`+)(?:(?!\1).)+?\1")
AUTOLINK_RE = re.compile(r"<(?:(?:https?|mailto|ftp):[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")
TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s<>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?)*)"
                    r"\s*(/?)>")
ATTRIBUTE_RE = re.compile(r"([^\s<>/=]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?")
OPENER_RE = re.compile(r"<(?=[A-Za-z/!?])")
ATTR_LIST_RE = re.compile(r"\{(?=\s*[:#.])")

Finding = tuple[int, str]  # line, message


def _tag(match: re.Match) -> tuple[str, str | None]:
    """A kept tag rewritten with its harmless attributes; a note when anything was dropped."""
    closing, name, attributes, self_closing = match.group(1), match.group(2).lower(), match.group(3), match.group(4)
    if name not in KEPT_TAGS:
        return html.escape(match.group(0), quote=False), f"<{closing}{name}> is shown as text, not used as HTML"
    kept, dropped = [], []
    for attribute in ATTRIBUTE_RE.finditer(attributes or ""):
        key, value = attribute.group(1).lower(), attribute.group(2)
        if key in KEPT_ATTRIBUTES and not closing:
            value = html.unescape(value[1:-1] if value and value[0] in "\"'" else value or "")
            kept.append(f' {key}="{html.escape(value, quote=True)}"')
        else:
            dropped.append(key)
    note = f"<{name}> loses its attribute(s) {', '.join(dropped)}" if dropped else None
    return f"<{closing}{name}{''.join(kept)}{' /' if self_closing else ''}>", note


def _text(text: str) -> tuple[str, list[str]]:
    """One stretch of text outside code: tags rewritten or escaped, attribute lists escaped."""
    out: list[str] = []
    notes: list[str] = []
    position = 0
    while (found := OPENER_RE.search(text, position)) is not None:
        start = found.start()
        out.append(text[position:start])
        link = AUTOLINK_RE.match(text, start)
        tag = TAG_RE.match(text, start)
        if link:
            out.append(link.group(0))
            position = link.end()
        elif tag:
            rewritten, note = _tag(tag)
            out.append(rewritten)
            notes += [note] if note else []
            position = tag.end()
        else:
            snippet = text[start:start + 12].split()[0] if text[start:start + 12].split() else "<"
            out.append("&lt;")
            notes.append(f"'{snippet}' is shown as text (only a simple formatting tag, complete on its line, is HTML)")
            position = start + 1
    out.append(text[position:])
    result = "".join(out)
    if ATTR_LIST_RE.search(result):
        result = ATTR_LIST_RE.sub(r"\\{", result)
        notes.append("an attribute list ('{: …}', '{#…}') is shown as text: record text cannot set ids or styles")
    return result, notes


def _line(line: str) -> tuple[str, list[str]]:
    heading = SECTION_HEADING_RE.match(line)
    head, tail = (heading.group(1), heading.group(2)) if heading else (line, "")
    out: list[str] = []
    notes: list[str] = []
    position = 0
    for code in CODE_SPAN_RE.finditer(head):
        text, found = _text(head[position:code.start()])
        out += [text, code.group(0)]
        notes += found
        position = code.end()
    text, found = _text(head[position:])
    return "".join(out) + text + tail, notes + found


def neutralise(body: str, first_line: int) -> tuple[str, list[Finding]]:
    """`body` with its raw HTML made harmless, and (line, message) for every change."""
    lines = body.split("\n")
    findings: list[Finding] = []
    in_fence = False
    for index, line in enumerate(lines):
        if FENCE_RE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or ("<" not in line and "{" not in line):
            continue
        lines[index], notes = _line(line)
        findings += [(first_line + index, note) for note in dict.fromkeys(notes)]
    return "\n".join(lines), findings
