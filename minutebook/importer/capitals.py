"""Sentences set in capitals, as some clerks print what the body did ('TRUSTEE HYER MOVED THE PUBLIC HEARING BE
CLOSED. MOTION WAS SECONDED BY TRUSTEE CHOBERKA, ALL VOTING AYE.'), read in ordinary case.

The motion, vote and decision rules are written for sentences in ordinary case, where a capital starts a name or a
sentence. A run of words in capitals is given back each word's case as the same document prints it where it is not
shouting ('Hyer' in its attendance, 'the' and 'public hearing' in its prose, 'MBA' an acronym kept); a word it never
prints otherwise is lower case, or capitalised after a member's title ('TRUSTEE GRAF'). The item's text keeps what
was printed: only the reading sees the case restored.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .blocks import Block
from .lines import Line
from .names import MEMBER_TITLES
from .role_titles import PERSONAL_TITLE

WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # letters, with an apostrophe or a hyphen inside ('ELLER-SMITH')
TITLE_WORD_RE = re.compile(rf"(?i)(?:{MEMBER_TITLES}|{PERSONAL_TITLE})")
# A full stop ending a sentence, not a title's ('Mr. Bell'); one after an initial may ('... AT 8:41 P.M. MOTION WAS
# ...'). Where a word's case is learnt, a stop after an initial goes on with a name ('Richard A. Hyer') and a label's
# colon opens a value in capitals ('Present: Ken Richey'): INITIAL_STOP_RE.
STOP_RE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)[.!?]\s+$")
INITIAL_STOP_RE = re.compile(r"(?<!\b[A-Za-z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)[.!?:]\s*$")
SENTENCE = 5  # words of prose in capitals, at least, in a row (a label and a list of names aside) to be a sentence
# shouted, not a heading or a result ('APPROVED AS AMENDED [UNANIMOUS]') ...
COMMON = 2  # ... and as many of them, at least, that the document prints in lower case ('the', 'by'): no name and post
# ('LEE ANN PETERSON, MMC' / 'CHIEF DEPUTY CITY RECORDER')
LABEL_WORDS = 3  # words before a colon, at most, that are a label ('VOTING YES:', 'ROLL CALL:')
LIST = 3  # names, at least, a comma apart to be a list of names ('BLAIR, CHOBERKA, GRAF')


def _shouted(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def word_cases(lines: list[Line]) -> dict[str, str]:
    """How the document prints each word where it is not shouting, by the word in capitals: the commonest form
    (lower case where as common) found anywhere but a sentence's or a line's first word, which any word may open in
    a capital; a word in capitals beside another ('... heard, TRUSTEE HYER MOVED ...') aside: an acronym stands
    alone ('the MBA budget')."""
    seen: dict[str, Counter] = {}
    for line in lines:
        words = list(WORD_RE.finditer(line.text))
        for n, word in enumerate(words):
            if n == 0 or INITIAL_STOP_RE.search(line.text[:word.start()]):
                continue
            if len(word.group()) == 1 and not word.group().islower():
                continue  # an initial: 'A' is learnt from the article, 'p.m.' from its letters in lower case
            if _shouted(word.group()) and any(_shouted(w.group()) for w in (words[n - 1], *words[n + 1:n + 2])):
                continue
            seen.setdefault(word.group().upper(), Counter())[word.group()] += 1
    return {upper: max(forms, key=lambda form: (forms[form], form.islower())) for upper, forms in seen.items()}


def recased(block: Block, cases: dict[str, str]) -> Block:
    """The paragraph with each sentence in capitals in ordinary case; unchanged where it has none. In such a run a
    label's words before their colon ('VOTING YES:', 'MOTION:') are kept as printed (the label rules read capitals),
    and a list of names ('TRUSTEES BLAIR, CHOBERKA, GRAF') is capitalised where the document prints a name nowhere
    else; a label over a list alone ('VOTING YES: NAUSER, PETERS, ...') is no sentence and stays as printed."""
    words = [(n, m) for n, line in enumerate(block.lines) for m in WORD_RE.finditer(line.text)]
    texts = [line.text for line in block.lines]
    changed = False
    for run in _runs(words):
        between = [_between(texts, run[k - 1], run[k]) if k else "" for k in range(len(run))]
        kinds = _kinds(run, between, texts)
        prose = [m.group() for (_, m), kind in zip(run, kinds, strict=True) if kind == "prose"]
        if len(prose) < SENTENCE or sum(cases.get(word, "").islower() for word in prose) < COMMON:
            continue
        forms: list[str] = []
        for k, (n, match) in enumerate(run):
            word = match.group()
            if kinds[k] == "label" or (len(word) == 1 and _initial(texts[n], match)):
                form = word
            elif kinds[k] == "list" and word not in cases:
                form = word.capitalize()
            else:
                after = run[k + 1][1].group() if k + 1 < len(run) else ""
                form = _case(word, forms[-1] if forms else "", after, cases)
            line = texts[n][:match.start()]
            before = run[k - 1][1].group() + between[k] if k else line if line.strip() or n == 0 else f"{texts[n - 1]} "
            if kinds[k] != "label" and (not before.strip() or STOP_RE.search(before)):
                form = form[:1].upper() + form[1:]  # a sentence's first word
            forms.append(form if len(form) == len(word) else word)  # (a letter whose other case is two letters:
            # the offsets after it must hold)
        for k, (n, match) in enumerate(run):  # 'TRUSTEE HYER': a member's title before a name is capitalised
            if k + 1 < len(run) and TITLE_WORD_RE.fullmatch(forms[k]) and forms[k + 1][:1].isupper():
                forms[k] = forms[k][:1].upper() + forms[k][1:]
            texts[n] = texts[n][:match.start()] + forms[k] + texts[n][match.end():]
        changed = True
    if not changed:
        return block
    return Block([replace(line, text=text) for line, text in zip(block.lines, texts, strict=True)])


Word = tuple[int, re.Match]  # (the line of the block it is on, where on it)


def _runs(words: list[Word]) -> list[list[Word]]:
    """Runs of words in capitals, an initial or a lone letter between them kept in the run ('P.M.', 'A')."""
    runs, current = [], []
    for entry in words:
        word = entry[1].group()
        if _shouted(word) or (len(word) == 1 and word.isupper() and current):
            current.append(entry)
        else:
            runs.append(current)
            current = []
    return [run for run in [*runs, current] if run]


def _between(texts: list[str], first: Word, second: Word) -> str:
    """What is printed between two words of a block: spaces, punctuation, figures, a line's end."""
    if first[0] == second[0]:
        return texts[first[0]][first[1].end():second[1].start()]
    return f"{texts[first[0]][first[1].end():]} {texts[second[0]][:second[1].start()]}"


def _kinds(run: list[Word], between: list[str], texts: list[str]) -> list[str]:
    """Each word of a run: 'label' (LABEL_WORDS or fewer before a colon, from the last punctuation), 'list' (in
    LIST or more groups of one to three words a comma apart, 'AND' allowed before the last), else 'prose'."""
    kinds = ["prose"] * len(run)
    groups: list[list[int]] = [[]]  # word indexes between punctuation
    stops: list[str] = []  # the punctuation ending each group
    for k in range(len(run)):
        mark = re.search(r"[,;:–—()\[\]]|\.(?=\s)", between[k]) if k else None  # ('P.M.': an initial's stop parts
        # none; a bracket does: 'APPROVED AS AMENDED [UNANIMOUS]' / 'MOTION BY: ...' is a result and a label)
        if mark:
            stops.append(mark.group())
            groups.append([])
        groups[-1].append(k)
    n, m = run[-1]
    stops.append(re.sub(r"[^,;:.–—]", "", texts[n][m.end():m.end() + 2]))
    for g, group in enumerate(groups):
        if stops[g].startswith(":") and len(group) <= LABEL_WORDS:
            for k in group:
                kinds[k] = "label"
    g = 0
    while g < len(groups):
        end = g
        while end < len(groups) and _name_group(run, groups[end]) and (end == g or stops[end - 1].startswith(",")):
            end += 1
        if end - g >= LIST:
            for group in groups[g:end]:
                for k in group:
                    kinds[k] = "list"
        g = max(end, g + 1)
    return kinds


def _name_group(run: list[Word], group: list[int]) -> bool:
    words = [run[k][1].group() for k in group]
    if words and words[0] == "AND":
        words = words[1:]
    return 1 <= len(words) <= 3


def _initial(text: str, match: re.Match) -> bool:
    """A letter with its full stop that is a name's initial ('RICHARD A. HYER'), not one of an abbreviation's
    letters ('8:41 P.M.')."""
    return text[match.end():match.end() + 1] == "." and not re.match(r"\.[A-Za-z]\.", text[match.end():]) \
        and not re.search(r"[A-Za-z]\.$", text[:match.start()])


def _case(word: str, before: str, after: str, cases: dict[str, str]) -> str:
    """One word in capitals in the case the document gives it; a word it never prints otherwise in lower case, a
    name after a member's title ('TRUSTEE GRAF') and the first word of a title ('VICE CHAIR') capitalised."""
    if word in cases:
        return cases[word]
    if (before and TITLE_WORD_RE.fullmatch(before)) or (after and TITLE_WORD_RE.fullmatch(f"{word} {after}")):
        return word.capitalize()
    return word.lower()
