"""Writing HTML directly: what Minutebook itself writes skips the Markdown parser.

A generated page is Markdown only where a person wrote it (record text) and for its headings (the
table of contents, ids and permalinks come from the parser). Everything else — wrappers, fact tables,
link lists, listings — is HTML held in a `block`: the renderer (`minutebook/render.py`) sets it aside
before the parse and puts it back after, rewriting its links as it does a parsed page's. Parsing
that HTML as Markdown was most of a build's time and added nothing: every string from a record is
escaped here as `markup.esc` escapes it for Markdown. Records cannot hold the two control characters
that mark a block (`records.py` rejects them), so a record can never open or close one.
"""

from __future__ import annotations

import html

from ..model import Archive
from ..urls import md_link

OPEN, CLOSE = "\x02", "\x03"  # around a block of HTML in a page's Markdown


def block(markup: str) -> str:
    """HTML the renderer puts in the page as it is: a block of its own, between paragraphs."""
    return f"{OPEN}{markup}{CLOSE}\n\n" if markup else ""


def text(value: object) -> str:
    """Text from a record as HTML text: no markup survives (what `markup.esc` gives once parsed)."""
    return html.escape(str(value), quote=False).replace("\n", " ")


def attr(value: object) -> str:
    return html.escape(str(value), quote=True)


def a(from_file: str, url: str, label: object, anchor: str | None = None, ident: str = "", cls: str = "") -> str:
    """A link to the page at `url`, written like `markup.link`: the renderer rewrites it to the page's address."""
    classes, ident = (f' class="{cls}"' if cls else ""), (f' id="{attr(ident)}"' if ident else "")
    return f'<a{classes} href="{attr(md_link(from_file, url, anchor))}"{ident}>{text(label)}</a>'


def person_a(archive: Archive, from_file: str, person_id: str | None) -> str:
    person = archive.people.get(person_id or "")
    return a(from_file, person.url, person.name) if person else text(person_id or "")


def p(cls: str, inner: str) -> str:
    return f'<p class="{cls}">{inner}</p>'


def ul(entries: list[str]) -> str:
    """A bullet list, as the parser writes one (an entry may hold a nested `ul`)."""
    return "<ul>\n" + "".join(f"<li>{e}</li>\n" for e in entries) + "</ul>" if entries else ""


def table(header: list[str], rows: list[list[str]], role: str = "") -> str:
    """A table as the parser writes a Markdown one; a header of empty cells is no header (`role`: layout)."""
    if not rows:
        return ""
    head = "" if role else ("<thead>\n<tr>\n" + "".join(f"<th>{h}</th>\n" for h in header) + "</tr>\n</thead>\n")
    body = "".join("<tr>\n" + "".join(f"<td>{c}</td>\n" for c in cells) + "</tr>\n" for cells in rows)
    opening = f'<table role="{role}">' if role else "<table>"
    return f"{opening}\n{head}<tbody>\n{body}</tbody>\n</table>"
