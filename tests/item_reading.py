"""One item's text read by the block rules as the importer reads it (`rules.read_blocks`): the tests of each rule
module read their invented texts through this one helper."""

from __future__ import annotations

from minutebook.importer.blocks import Found
from minutebook.importer.drafts import ItemDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.rules import read_blocks


def read_item(text: str, title: str = "Item", kind: str = "minutes") -> ItemDraft:
    """The item titled `title` whose lines are `text`, with its decisions, motions, votes ... read."""
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title=title, line=lines[0], lines=lines, kind=kind)
    read_blocks(item, Found())
    return item
