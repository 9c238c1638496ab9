"""What a document's file name tells when its text does not: the meeting's date ('2024-04-29', '20240429'), the
body ('...-community-council-minutes.txt') and the kind ('minutes', 'agenda', 'packet')."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from .bodynames import BODY_WORD_RE
from .names import title_case

FILE_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")
FILE_KIND_WORDS = {"minutes", "agenda", "pack", "notice", "decisions", "draft", "approved", "signed", "final",
                   "amended", "revised", "meeting", "agm", "apm", "special", "regular", "annual", "public", "packet"}


def file_date(name: str) -> dt.date | None:
    match = FILE_DATE_RE.search(PurePath(name).name)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def file_body(name: str) -> str | None:
    """The body a file's name gives: '2024-04-29-community-council-minutes.txt' -> 'Community Council'."""
    stem = FILE_DATE_RE.sub(" ", PurePath(name).stem.lower())
    words = [w for w in re.split(r"[^a-z]+", stem) if w and w not in FILE_KIND_WORDS]
    text = " ".join(words)
    return title_case(text.upper()) if words and BODY_WORD_RE.search(text) else None


def file_kind(name: str) -> str | None:
    words = set(re.split(r"[^a-z]+", PurePath(name).stem.lower()))
    return "minutes" if words & {"minutes", "decisions"} else "agenda" if words & {"agenda", "packet"} else None
