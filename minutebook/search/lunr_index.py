"""The lunr index (Python lunr, the same format lunr.js reads): ranked results for the command line."""

from __future__ import annotations

import re

from lunr import lunr
from lunr.exceptions import QueryParseError

from . import Document, Hit

# An item that decided something outranks one that did not, words equal ('Public Questions' at two meetings, one
# of which resolved something under it), as the website's search ranks them (pagefind_records, DECIDED_WEIGHT).
DECIDED_BOOST = 1.1


class LunrIndex:
    def __init__(self, docs: list[Document]):
        self.docs = {d.ref: d for d in docs}
        self.index = lunr(
            ref="ref",
            fields=[{"field_name": "title", "boost": 10}, "text"],
            documents=[({"ref": d.ref, "title": d.title, "text": d.text},
                        {"boost": DECIDED_BOOST if d.kind == "decision" else 1}) for d in docs],
        )

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        try:
            results = self.index.search(query)
        except QueryParseError:  # a stray ':' or '~' from a user: search the words instead
            results = self.index.search(" ".join(re.findall(r"\w+", query)))
        return [Hit(self.docs[r["ref"]], r["score"]) for r in results[:limit]]
