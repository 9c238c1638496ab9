"""Declarations of interest in an item's text: who declared what kind of interest in which item, and whether they
left ('Councillor X declared a non-pecuniary interest in item 6 as ...', 'Commissioner A recused himself from item 4');
under an item for declarations, 'A declared that ...' without the word 'interest'.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import DeclarationDraft, ItemDraft
from .names import MEMBER_TITLES, PLURAL_MEMBER_TITLE, looks_like_name, parse_name
from .role_titles import PERSONAL_TITLE

HONORIFIC = rf"(?:(?:{MEMBER_TITLES}|{PERSONAL_TITLE})\.?\s+)"
# 'S.', 'S' before a surname (an initial printed without its full stop: 'Cllr J Black') or 'Edgell'
NAME_PART = r"(?:[A-Z]\.|[A-Z](?=\s[A-Z])|[A-Z][\w'’-]+)"
DECLARER = rf"{HONORIFIC}+{NAME_PART}(?:\s+{NAME_PART}){{0,3}}"
# 'Councillor X declared a non-pecuniary interest in item 6 as ...', 'Cllrs A and B declared an interest in ...',
# 'Cllr. Mrs S. Edgell declared a DPI in ...', 'Councillor X discloses a pecuniary interest in item 8', 'Supervisor X
# announced a conflict of interest on ...', 'Mayor X stated she has a conflict of interest with item 3'; listed
# under a label, the verb left out: 'Declarations of Interest: Cllr X – personal interest in item 8 as ...'; a conflict
# graded as codes of conduct grade it: 'Cr A declared a material conflict of interest in Item 6.1 as ...'; direct or
# indirect, the kind kept ('a direct pecuniary interest'); a general conflict as against a material one.
# How significant a non-pecuniary interest is, graded before or after its kind: 'a non-pecuniary, less than
# significant interest', 'a significant non-pecuniary interest' (a code of conduct's grades; the kind is kept).
SIGNIFICANCE = r"(?:,?\s*(?:less\s+than\s+significant|non-significant|significant)\s*,?\s*)?"
INTEREST_RE = re.compile(
    rf"(?P<who>{DECLARER}(?:(?:,\s*|\s+and\s+){HONORIFIC}*{NAME_PART}(?:\s+{NAME_PART}){{0,3}}){{0,6}})"
    r"(?:\s+(?:declared|declares|disclosed|discloses|announced|reported|identified|registered|advised\s+of|"
    r"(?:stated|noted|said)\s+(?:that\s+)?(?:he|she|they)\s+(?:has|had|have))\s+|\s*[–—:]\s*|\s+-\s+)(?:an?\s+)?"
    rf"{SIGNIFICANCE}(?i:(?:in)?direct\s+)?(?P<kind>(?i:(?:disclosable\s+)?(?:non[- ]?pecuniary|"
    r"pecuniary|prejudicial|personal|(?:indirect\s+)?(?:non[- ]?)?financial|impartiality|proximity|material|"
    r"general|perceived|actual|potential|"
    rf"(?:other\s+|non[- ]?)?regist(?:er|r)?able))?)\s*{SIGNIFICANCE}(?:(?i:interests?)|connection|"
    r"conflicts?\s+of\s+interest|(?P<dpi>DPI))(?P<rest>(?:[^.]|\.(?=\d))*)\.?(?P<after>.*)$")
# A member who stood aside from an item: 'Commissioner A recused himself from item 4 due to a business relationship'.
RECUSAL_RE = re.compile(
    rf"(?P<who>{DECLARER})\s+recused\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?from\s+(?:the\s+)?(?:vote\s+on\s+)?"
    r"(?:(?i:(?:agenda\s+)?items?\s+(?:no\.?\s*)?)(?P<item>[\w./-]*\w))?[^.]*?"
    r"(?:\s+(?:due to|because of|as)\s+(?P<why>[^.]+))?\.")


# Under an item titled for declarations of interest, a sentence saying what a member declared without the word
# 'interest': 'Jeni Tennison declared that she was on the advisory board of the open contracting partnership.'
DECLARED_THAT_RE = re.compile(rf"(?:^|(?<=[.;]\s))(?P<who>{HONORIFIC}*{NAME_PART}(?:\s+{NAME_PART}){{1,3}})\s+"
                              r"declared\s+that\s+(?P<what>[^.;]{3,300})")
DECLARATIONS_TITLE_RE = re.compile(r"(?i)\bdeclarations?\s+of\s+(?:\w+\s+)?interests?\b")


def declared_that(text: str, item: ItemDraft) -> list[re.Match]:
    """The sentences of `text` that declare what a member declared, where the item is for declarations."""
    if not DECLARATIONS_TITLE_RE.search(item.title):
        return []
    return [m for m in DECLARED_THAT_RE.finditer(text) if looks_like_name(m.group("who"))
            and not INTEREST_RE.search(m.group(0))]


def declarers(who: str) -> list:
    """'Cllrs Bradbury and Lester' -> two names, each with the title printed before the list."""
    title = re.match(HONORIFIC + "+", who)
    head = title.group(0) if title else ""
    pieces = [p.strip() for p in re.split(r",\s*|\s+and\s+", who[len(head):]) if p.strip()]
    if len(pieces) > 1 and not re.match(rf"{PLURAL_MEMBER_TITLE}\b", head) and len(pieces[0].split()) < 2:
        pieces = [" ".join(pieces)]  # one person after all ('Mr S. Smith'): only a plural title lists several
    names = [parse_name(piece if re.match(HONORIFIC, piece) else f"{head}{piece}") for piece in pieces]
    return [n for n in names if n is not None]


def declaration_target_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(re.match(r"(?i)^(?:agenda\s+)?item\s+\d+\w?\s*[–—:-]", blocks[i].text)) and len(blocks[i].text) < 200


def declaration_target_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    found.declaration_target = blocks[i].text.strip()
    return 1


# 'on item 6.2', 'in item 24/06(b)': the item, its point's letter read with it
ITEM_REF = (r"(?i:\b(?:in|on|for|to|with|regarding)\s+(?:agenda\s+)?items?\s+(?:no\.?\s*)?)([\w./-]*\w)"
            r"(?:\s?\([a-z]{1,3}\))?(?i:\s+(?:of|on)\s+the\s+agenda)?")  # ('in item 5 of the agenda as ...')


def declarations_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    for sentence in re.split(r"(?<=\.)\s+(?=(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr)\b)", blocks[i].text):
        match = INTEREST_RE.search(sentence)
        if not match:
            continue
        names = declarers(match.group("who"))
        if not names:
            continue
        kind = "pecuniary" if match.group("dpi") else match.group("kind")
        kind = re.sub(r"(?i)disclosable\s+", "", kind or "").strip().lower().replace(" ", "-")
        kind = kind.replace("nonpecuniary", "non-pecuniary").replace("nonfinancial", "non-financial") or None
        rest = match.group("rest").strip()
        target = found.declaration_target
        item_ref = re.search(ITEM_REF, rest)
        if item_ref:
            target = item_ref.group(1)
        named = r"(?:\([^()]{1,80}\)\s*)?"  # 'in item 6 (planning application X) as ...': the item's name
        interest = re.sub(rf"^(?:{ITEM_REF}\s*)?{named},?\s*(?:(?i:in that|as|because|due to)\b)?\s*", "",
                          rest).strip(" ,")
        interest = re.split(r"(?i),?(?:^|\s+)and\s+(?:would|left|remained|withdrew|did not|took no|vacated|"
                            r"recused|abstained)\b|(?:^|,\s*)(?:left|remained|withdrew)\b|\s*;",
                            interest)[0].strip(" ,")
        after = match.group("after") + " " + rest
        left = None
        if re.search(r"(?i)\b(?:leave|left|withdr[ae]w)\b", after):
            left = True
        elif re.search(r"(?i)\bremain(?:ed)?\b", after):
            left = False
        for name in names:
            item.declarations.append(DeclarationDraft(name, blocks[i].first, interest or None, kind, left, target))
    for match in declared_that(blocks[i].text, item):
        for name in declarers(match.group("who")):
            item.declarations.append(DeclarationDraft(name, blocks[i].first, match.group("what").strip(), None, None,
                                                      found.declaration_target))
    for match in RECUSAL_RE.finditer(blocks[i].text):
        for name in declarers(match.group("who")):
            item.declarations.append(DeclarationDraft(name, blocks[i].first, (match.group("why") or "").strip() or None,
                                                      None, None, match.group("item") or found.declaration_target))
    return 1
