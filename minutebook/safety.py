"""Sanitising rendered HTML: a record's raw HTML never runs, whatever it contains.

Records come from PDFs and from people; Markdown lets raw HTML through. The rendered HTML of every
generated page passes through nh3 (the Rust ammonia sanitiser) with an allow-list of what our own
pages use, so `<script>`, `onerror=` and `javascript:` URLs are removed rather than pattern-matched.
Images are not allowed either: records carry no pictures, and an <img> is how tracking pixels and
`onerror=` payloads arrive. Record text's own raw HTML is made harmless before this (`recordhtml.py`),
so that nothing here can remove words a reader should see.
"""

from __future__ import annotations

import nh3

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "button", "caption", "code", "dd", "del", "details", "div", "dl", "dt",
    "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "label", "li", "mark", "ol", "p",
    "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
}
ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "button": {"type", "data-anchor", "data-cite"},
    "label": {"for"},
    "th": {"align", "style", "colspan", "rowspan"},
    "td": {"align", "style", "colspan", "rowspan"},
    "ol": {"start"},
    "table": {"role"},
}

STYLES = {"text-align"}  # a table column's alignment; never position, size or colour (a full-page overlay)


def clean_html(html: str) -> str:
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes={"http", "https", "mailto", "tel"},
                     link_rel=None, strip_comments=True, filter_style_properties=STYLES)
