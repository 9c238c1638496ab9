"""Writing Markdown safely: every string from a record is escaped before it reaches a page."""

from __future__ import annotations

import html
import posixpath
import re

import yaml

from ..urls import md_link
from .html import block

Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!])")


def esc(value: object) -> str:
    """Text from a record as literal Markdown: no HTML, no emphasis, no links, no attribute lists."""
    return MD_SPECIAL.sub(r"\\\1", html.escape(str(value), quote=False)).replace("\n", " ")


def attr(value: object) -> str:
    return html.escape(str(value), quote=True)


def plain(value: object) -> str:
    """Text for a page title or description: no markup can survive in it."""
    return re.sub(r"[<>]", "", str(value)).strip()


def link(from_file: str, url: str, text: object, anchor: str | None = None) -> str:
    return f"[{esc(text)}]({md_link(from_file, url, anchor)})"


def front_matter(title: str, description: str = "", **extra: object) -> str:
    meta = {"title": plain(title)}
    if description:
        meta["description"] = plain(description)
    meta.update({k: v for k, v in extra.items() if v is not None})
    # libyaml's emitter: the pure-Python one was 1.4 % of a build; the renderer reads it back (CSafeLoader)
    return f"---\n{yaml.dump(meta, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)}---\n\n"


def follow(here: str, feed: str | None = None, calendar: str | None = None, what: str = "") -> tuple[dict, str]:
    """Front-matter keys (for the page's <head>) and a visible line offering a feed and a calendar."""
    meta: dict = {}
    links = []
    if feed:
        meta.update(feed=feed, feed_title=plain(what) if what else None)
        links.append(f'<a href="{attr(posixpath.relpath(feed, posixpath.dirname(here) or "."))}">Atom feed</a>')
    if calendar:
        meta["calendar"] = calendar
        relative = attr(posixpath.relpath(calendar, posixpath.dirname(here) or "."))
        # follow.js turns the second link into webcal:// (subscribe, so the calendar app keeps it up to date)
        # and adds a control that copies the calendar's address; without JavaScript both stay downloads.
        links.append(f'<a href="{relative}">calendar (.ics)</a> (<a class="mb-webcal" href="{relative}">subscribe</a>)')
    line = f'<p class="mb-follow">Follow{" " + html.escape(what, quote=False) if what else ""}: {" · ".join(links)}</p>'
    return {k: v for k, v in meta.items() if v}, block(line) if links else ""


def table(header: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return ""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines) + "\n"


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


HEADLESS_TABLE_RE = re.compile(r"<table>\s{0,20}<thead>\s{0,20}<tr>\s{0,20}"
                               r"(?:<th[^>]{0,100}>\s{0,20}</th>\s{0,20}){1,60}</tr>\s{0,20}</thead>")


def headless_tables_as_layout(html: str) -> str:
    """A table copied from a PDF has no header row (the importer writes an empty one): it is shown as the
    grid it was, marked as layout, rather than as a data table whose cells name no header."""
    return HEADLESS_TABLE_RE.sub('<table role="presentation">', html)
