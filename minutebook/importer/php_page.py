"""A web page kept as its PHP source ('.php'): the HTML it prints, not its code.

A site's page in PHP is HTML outside `<?php ... ?>` and, inside it, HTML held in heredoc strings
('$html = <<<EOHTML' ... 'EOHTML;') that the page prints; the rest of the code (includes, settings, comments) is
no text. A variable the page sets to a string ('$pageTitle = "Board Meeting Minutes";') is shown where its HTML
names it ('<h1>$pageTitle</h1>'). A heredoc inside a function is a helper's template, not the page.
"""

from __future__ import annotations

import re

PHP_BLOCK_RE = re.compile(r"<\?(?:php|=)?(?P<code>.*?)(?:\?>|\Z)", re.S)
HEREDOC_RE = re.compile(r"<<<\s*[\"']?(?P<tag>[A-Za-z_]\w*)[\"']?\r?\n(?P<body>.*?)\r?\n[ \t]*(?P=tag)\b", re.S)
ASSIGNED_RE = re.compile(r"\$(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<quote>[\"'])(?P<value>[^\"'\n]{1,200})(?P=quote)\s*;")
FUNCTION_RE = re.compile(r"\bfunction\s+\w+\s*\([^)]*\)\s*\{")


def _outside_functions(code: str) -> str:
    """The code with every function's body left out (its braces counted)."""
    kept, at = [], 0
    for match in FUNCTION_RE.finditer(code):
        if match.start() < at:
            continue
        kept.append(code[at:match.start()])
        depth, end = 1, match.end()
        while end < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[end], 0)
            end += 1
        at = end
    kept.append(code[at:])
    return "".join(kept)


def as_html(source: str) -> str:
    """The HTML a PHP page prints: what lies outside its code, and the heredocs its code prints, in order."""
    variables = {m.group("name"): m.group("value") for m in ASSIGNED_RE.finditer(source)}
    pieces, at = [], 0
    for block in PHP_BLOCK_RE.finditer(source):
        pieces.append(source[at:block.start()])
        pieces.extend(m.group("body") for m in HEREDOC_RE.finditer(_outside_functions(block.group("code"))))
        at = block.end()
    pieces.append(source[at:])
    html = "\n".join(pieces)
    return re.sub(r"\{?\$(?P<name>[A-Za-z_]\w*)\}?", lambda m: variables.get(m.group("name"), m.group()), html)
