"""Measures passed together: a list of bills and resolutions given one reading and one vote, told once after
the list in the plural ('The bills were given third reading and the resolutions were read with the vote
recorded as follows: ...'), and a consent calendar's entries approved by one motion that names their range.

The sentence is printed under the last measure of the list, but it enacts every one of them: each measure of
the list that records nothing of its own gets the decision too (the roll call stays with the last one, as
printed: it may name exceptions, 'NAUSER (except for R129-15 ...)', that belong to some measures only).
"""

from __future__ import annotations

import re

from .drafts import ItemDraft

# A measure's own number, as its item is numbered: 'B228-15', 'R129-15', 'PR136-15'.
MEASURE_RE = re.compile(r"^[A-Z]{1,4}\d{1,4}-\d{2}$")
# A decision that speaks of the measures in the plural: 'The bills were given third reading and the resolutions
# were read', 'The following ordinances were adopted', 'All resolutions were adopted'.
TOGETHER_RE = re.compile(r"(?i)^(?:the|all|these|said)\s{1,3}(?:(?:following|above|remaining)\s{1,3})?"
                         r"(?:bills|ordinances|resolutions|measures)\b[^.:]{0,80}?\bwere\b")


def _measure(item: ItemDraft) -> bool:
    return bool(MEASURE_RE.match(item.minute or item.agenda or ""))


def share_decisions(items: list[ItemDraft]) -> None:
    """Each measure above the one holding a plural decision, back to the first item that is no measure or
    has text of its own, gets that decision."""
    for n, item in enumerate(items):
        shared = [d for d in item.decisions if TOGETHER_RE.match(d)] if _measure(item) else []
        if not shared:
            continue
        for above in reversed(items[:n]):
            if not _measure(above) or above.decisions or above.motions or above.votes or above.parent != item.parent \
                    or any(not line.blank for line in above.lines):
                break
            above.decisions.extend(shared)


# A consent calendar's one motion naming the range of entries it approves: 'that the consent calendar items G-1
# through G-8 be approved', 'Consent items 5.1 to 5.9 were approved'.
ENTRY = r"(?:[A-Z]{0,2}-?\d{1,3}(?:\.\d{1,2})?[a-z]?|(?-i:[A-Z]))"  # 'G-1', '5.1', or a letter: 'items A through C'
CONSENT_RANGE_RE = re.compile(rf"(?i)\bconsent\b.{{0,60}}?\bitems?\s+(?P<first>{ENTRY})\s+"
                              rf"(?:through|thru|to|[-–])\s+(?P<last>{ENTRY})\b")


def share_consent(items: list[ItemDraft]) -> None:
    """Each entry of a consent calendar approved by one motion ('items G-1 through G-8'), from the first entry
    named to the last, that records no decision of its own, is decided: what its minute says was approved."""
    for item in items:
        for decision in item.decisions:
            found = CONSENT_RANGE_RE.search(decision)
            if not found:
                continue
            near = _siblings(items, item)  # 'IV. A' ... 'V. A': a letter names an entry of its own section
            numbers = [(entry.minute or entry.agenda or "").lower() for entry in near]
            first, last = found.group("first").lower(), found.group("last").lower()
            if first not in numbers or last not in numbers or numbers.index(first) > numbers.index(last):
                continue
            for entry in near[numbers.index(first):numbers.index(last) + 1]:
                if entry is not item and not entry.decisions and not entry.motions:
                    text = " ".join(line.stripped for line in entry.lines if not line.blank)
                    entry.decisions.append(re.sub(r"\s+", " ", text).strip() or entry.title)


def _siblings(items: list[ItemDraft], item: ItemDraft) -> list[ItemDraft]:
    """The entries a consent motion may name: its own section's (those under the same parent, or under the item
    itself when it is the section), else every item."""
    number = item.minute or item.agenda
    under = [i for i in items if i.parent and i.parent in (item.parent, number)]
    return under or items
