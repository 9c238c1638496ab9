"""Item titles as printed: page references and labels taken out, a title run into its text cut off,
a title wrapped over lines joined.
"""

from __future__ import annotations

import re

from .blocks import OPENERS
from .markdown_text import NO_NEWS
from .names import POST_SURNAME_RE, looks_like_name, parse_name
from .starts import date_only

PAGE_COLUMN_RE = re.compile(r"(?<!\s)\s{3,}+(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)(?=\s|$)")  # 'Minutes      5 - 12'
PAGES_RE = re.compile(r"\(\s*Pages?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*\)", re.I)
TO_FOLLOW_RE = re.compile(r"\(\s*to follow\s*\)", re.I)
ITEM_LABEL_RE = re.compile(r"\(\s*(?:agenda\s+item|agenda|item)\s+(\w+)\s*\)", re.I)
# a file number in its own column before the title, or a reference: '21-024   Title', '(2.1) Title'
FILE_COLUMN_RE = re.compile(r"^(?:\d{2,4}-\d{2,5}|\(\d{1,2}\.\d{1,2}\))\s{1,40}(?=\S)")
# ... or a file number in its own column after the title (on its first line where the title wraps), as legislative
# agendas print it, no spaces round its dash, a leading nought, a year or a serial too long for a page: 'Adoption of
# the Fare Study      24-0140', '... 2024-117'
FILE_COLUMN_AFTER_RE = re.compile(r"(?<!\s)\s{3,}(?:\d{2}-0\d{2,4}|(?:19|20)\d\d-\d{2,5}|\d{2}-\d{4,5})(?=\s|$)")
# a table's amount column at the end of a row's title: 'Ground Rents    $ 1,100.00'
AMOUNT_COLUMN_RE = re.compile(r"(?:\s{2,40}|\t)\$\s{0,3}[\d,]{1,15}\.\d\d\s*$")  # ('in the amount of $12.50': prose)
# stage directions in double brackets and a trailing link to the papers: '... hereof – see attached.
# ((PUBLIC HEARING TODAY))'
STAGE_DIRECTION_RE = re.compile(r"\s*\(\([^()]{0,300}\)\)")
SEE_ATTACHED_RE = re.compile(r"\s*[-–—]\s*see attached\.?\s*$", re.I)
TIME_WINDOW_RE = re.compile(r"\s*\(\s*[~∼]?\d{1,2}[:.]\d\d\s*[-–]\s*\d{1,2}[:.]\d\d\s*\)\s*$")  # '(∼19:30-20:00)'
# The time an item was taken, or where it starts in the meeting's recording, after its title: '(6:07pm)',
# '(at 7.30 pm)', '(00:11:00)'.
TIME_TAKEN_RE = re.compile(r"\s*\(\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[ap]\.?\s?m\.?)?\s*\)\s*$", re.I)
# The time an item is given, in braces or brackets after its title, who presents it before the time or not: '{5
# min}', '[10 mins]', '(15 minutes)', '(Dhruv Dhody, 15 min)', and after it the session's running tally of minutes
# ('[55/120]'); and a footnote's reference inside a title: 'Accepting the minutes[1] of the previous meeting'.
TIME_BOX_RE = re.compile(r"\s*[{\[(]\s*(?:[^(){}\[\]]{1,60},\s*)?\d{1,3}\s*(?:min|mins|minutes)\.?\s*[}\])]"
                         r"(?:\s*\[\d{1,3}/\d{1,3}\])?\s*$", re.I)
FOOTNOTE_REF_RE = re.compile(r"(?<=[a-z])\[\d{1,2}\]")
SENTENCE_RE = re.compile(r"\b(?:was|were|is|are|be|been|has|had|have|will|would|should|RESOLVED|resolved|"
                         r"agreed|noted|asked|said|reported|that|it|we|they)\b")
SENTENCE_START_RE = re.compile(r"(?i)(?:that|the|a|an|it|this|these|we|members|councillors?|cllrs?)\b")
ABBREVIATION_RE = re.compile(r"(?i)\b(?:mr|mrs|ms|dr|st|no|nos|co|inc|ltd|ord|res|rd|ave|cllr|cllrs|rev|sec|vs?|etc|"
                             r"approx|dept)$")


# A link to the item's paper that a council's web page prints after its title: 'Approval of Minutes pdf icon PDF 112
# KB', 'Budget (PDF, 2.1 MB)'.
LINKED_FILE_RE = re.compile(r"(?i)\s*(?:pdf\s+icon\s+)?\(?\s*PDF,?\s+\d+(?:\.\d+)?\s*[KM]B\s*\)?\s*$")


# The agenda's number in a column of its own after the minute's reference: 'C048/23      1.         APOLOGIES'.
AGENDA_COLUMN_RE = re.compile(r"^(\d{1,3})\.(?:\s{2,}|\t)(?=\S)")


def clean_title(title: str) -> tuple[str, dict]:
    """Take page references, '(To Follow)' and '(Item 5)' / '(Agenda 5)' out of a heading; return them as data."""
    data: dict = {}
    title = FILE_COLUMN_AFTER_RE.sub("", LINKED_FILE_RE.sub("", title))
    match = PAGES_RE.search(title) or PAGE_COLUMN_RE.search(title)
    if match:
        data["pages"] = re.sub(r"\s*[-–]\s*", " - ", match.group(1))
        title = title[:match.start()] + title[match.end():]
    if TO_FOLLOW_RE.search(title):
        data["to_follow"] = True
        title = TO_FOLLOW_RE.sub("", title)
    match = ITEM_LABEL_RE.search(title) or AGENDA_COLUMN_RE.match(title)
    if match:
        data["agenda"] = match.group(1)
        title = title[:match.start()] + title[match.end():]
    title = title.strip()
    filed = FILE_COLUMN_RE.match(title)
    if filed and not year_span(filed.group().strip()):
        title = title[filed.end():]
    title = AMOUNT_COLUMN_RE.sub("", title)
    title = TIME_TAKEN_RE.sub("", TIME_WINDOW_RE.sub("", TIME_BOX_RE.sub("", title)))
    title = FOOTNOTE_REF_RE.sub("", title)
    title = SEE_ATTACHED_RE.sub("", STAGE_DIRECTION_RE.sub("", title).strip())
    title = re.sub(r"\s+", " ", title).strip()
    title = re.sub(r"[\s:*–—-]+$", "", title).rstrip(". ").strip()  # 'EXISTING LITIGATION –': the dash cut nothing
    return title, data


# who presents an item, in brackets after its title: '(Jeff Frye, Economic Development Manager)', '– (President A)'
PRESENTER_RE = re.compile(r"\s*[-–—]?\s*\(([^()]{3,80})\)\s*$")
PLACE_WORD_RE = re.compile(r"\b(?:Road|Rd|Street|St|Lane|Avenue|Ave|Way|Drive|Close|Park|Place|Square|Hill|Green)\b")


def split_presenter(title: str) -> tuple[str, str | None]:
    """A title without the person in brackets after it who presents the item ('Natomas Feasibility Study (Jeff
    Frye, Economic Development Manager)', 'Executive Committee – (President Sheetz)'), and that person as printed,
    or None: a given name and surname with a post after a comma, or a surname after a title or post ('President',
    'Director', 'Mr', 'Chief'). An abbreviation ('(IGT)'), a place ('(Rayners Lane, Pinner)') or a note stays in
    the title."""
    match = PRESENTER_RE.search(title)
    if not match or not title[:match.start()].strip():
        return title, None
    inside = match.group(1).strip()
    name, _, post = inside.partition(",")
    if post:
        named = looks_like_name(name) and len(name.split()) in (2, 3) and not PLACE_WORD_RE.search(name) \
            and bool(re.fullmatch(r"(?:[A-Z][\w'’&.-]*|of|and|the|for)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|for)){0,6}",
                                  post.strip()))
    else:
        person = parse_name(name)
        named = person is not None and bool(person.role or person.honorific) and len(person.name.split()) <= 2 \
            and looks_like_name(name) or bool(POST_SURNAME_RE.fullmatch(name.strip()))
    return (title[:match.start()].rstrip(), inside) if named else (title, None)


def year_span(text: str) -> bool:
    """'2018-2019', '2021-22': a year and the next, opening a title ('2018-2019 Audit Reports'), not a file number."""
    match = re.fullmatch(r"((?:19|20)\d\d)-(\d\d(?:\d\d)?)", text)
    return bool(match) and int(match.group(2)) % 100 == (int(match.group(1)) + 1) % 100


def is_title(text: str, *, digits: bool = False) -> bool:
    """Text that can open an item's title: capitalised or a reference ('21/01873/FUL - LAND AT ...'; any
    leading digit or sum of money where `digits`: '$487,274 American Rescue Plan grant'), not the middle of a
    sentence, not a date alone."""
    text = text.strip()
    if len(text) > 200 and ":" in text[:80]:  # 'Any Other Business:  Concerns were raised ...': a paragraph set as
        text = split_run_in(text)[0]  # one long line, its title run in before a colon
    if not text or len(text) > 200 or text.endswith((";", ",")):
        return False
    leading = text[0].isdigit() or text[0] in "$£€" and text[1:2].isdigit()
    reference = leading and (digits or len(re.findall(r"\b[A-Z]{3,}", text)) >= 2
                         or bool(re.match(r"\d{1,4}[/-]\d{1,4}\b", text)) or title_cased(text))
    if not (text[0].isupper() or text[0] in "\"“'‘(" or reference):
        return False
    title, _ = clean_title(text)
    return len(title.split()) <= 30 and date_only(text) is None


def _long_words(text: str) -> list[str]:
    """The words longer than three letters: those a title capitalises, where its small words ('of', 'to be') not."""
    return re.findall(r"[A-Za-z][\w'’-]{3,}", text)


def title_cased(text: str) -> bool:
    """A heading in title case: nearly every word longer than three letters capitalised ('Framework for the
    Provision of Overnight Warming Centres', '10 Year Regional Radio Licensing Agreement'), where a sentence has
    most in lower case ('12 residents attended the meeting')."""
    long_words = _long_words(text)
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


FILE_NUMBER_RE = re.compile(r"[A-Z]{1,5}[- ]?\d{2,4}[-/]\d{1,5}")  # a case's number: 'ZA 24-01', 'RFP 2024-228'


def _colon(title: str, rest: str) -> bool:
    """'Annual Report: To receive the report ...': text after the colon, not more of the title in
    capitals ('MINUTES: NOVEMBER 14') or in title case ('RFP 2024-228: Consulting Services for ...'); after a title
    in capitals, words in lower case are text, however many capitals open them."""
    words = [w for w in rest.split() if len(w) >= 4 and w.isalpha()]
    capitals = title.isupper() and len(re.findall(r"[A-Z]{3,}", title)) >= 2 and not FILE_NUMBER_RE.search(title) \
        and re.search(r"\b[a-z]{2,}\b", rest) is not None  # ('CALL TO ORDER AND ROLL CALL: Chair Perry called the')
    title_case = (not capitals and len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
                  and ("," not in rest or FILE_NUMBER_RE.fullmatch(title))  # (names listed after a label: text; after
                  # a file's number, 'ZA 24-01: Zoning Text Amendment, Accessory Dwelling Units', the subject)
                  and not SENTENCE_RE.search(rest) and not rest.rstrip().endswith("."))
    long_title = len(title.split()) <= LONG_TITLE and title_cased(title) and _sentence_opening(rest)  # ('Public
    # Observations on Matters Arising and Agenda Items Being Discussed at this Meeting: There were no ...')
    return bool(re.search(r"[a-z]", rest)) and (len(title.split()) <= 12 or long_title) and not title_case


LONG_TITLE = 20  # words, at most, of a title in title case before a colon and a sentence


def _full_stop(title: str, rest: str) -> bool:
    """'Police Report. The report for November ...': a capital after the stop, no abbreviation before it; after
    it a sentence, a sentence's opening ('The minutes of Meeting no 419 held on ...'), lettered sub-items run in
    ('Office Bearers' Reports. A) Chair- B) ...'), text in lower case after a title in capitals ('CLERK'S
    CONTRACT. Held over pending ...'), or a remark that there is nothing to say ('Woolmer Park Farm. No Comments.')."""
    rest = rest.lstrip("-–— ")  # 'Councillors Reports. -No reports had been received'
    opening = " ".join(rest.split()[:20])
    bare = ITEM_LABEL_RE.sub("", title).strip()  # '(Agenda 15) CLERK'S CONTRACT'
    words = bare.split()
    follows = (bool(SENTENCE_RE.search(opening)) or _sentence_opening(rest) or bool(RUN_IN_LETTER_RE.match(rest))
               or bool(NO_NEWS_RE.match(rest))  # '1519/FUL Woolmer Park Farm. No Comments.': nothing to say
               or bool(ATTENDANCE_TITLE_RE.fullmatch(bare))  # 'Apologies for absence. T. Ashton & K. Hegarty.':
               # the names the label lists
               or bare == bare.upper() and len(re.findall(r"\b[a-z]{2,}", opening)) >= 2
               # 'Birch Green Shop. Alex Hellman and Carly Irving addressed the council ...': a few words in title
               # case, then a long sentence
               or len(words) <= 4 and all(w[:1].isupper() or w in SMALL_WORDS for w in words)
               and len(rest.split()) >= 6 and len(re.findall(r"\b[a-z]{3,}", opening)) >= 3)
    capital = rest[:1].isupper() or bool(RUN_IN_LETTER_RE.match(rest))
    return (capital and len(title.split()) <= 10 and not ABBREVIATION_RE.search(title)
            and not SENTENCE_RE.search(title) and not re.search(r"\b[A-Z]$", title) and follows)


ATTENDANCE_TITLE_RE = re.compile(r"(?i)apologies(?:\s+for\s+absence)?|present|attendance|in\s+attendance|absent")
RUN_IN_LETTER_RE = re.compile(r"\(?[A-Za-z]\)\s{0,3}[A-Z]")  # 'A) Chair', '(a) VPAP': lettered sub-items run in
SENTENCE_OPENING_RE = re.compile(r"(?:The|There|This|These|It|We|Members|Councillors|All)\s+[a-z]")
NO_NEWS_RE = re.compile(rf"(?i){NO_NEWS}\.?$")


def _sentence_opening(rest: str) -> bool:
    """'The only notable planning application received ...': a sentence opening with its subject, five
    words or more."""
    return bool(SENTENCE_OPENING_RE.match(rest)) and len(rest.split()) >= 5


def _dash(title: str, rest: str) -> bool:
    """'Councillors Reports - FD had been dealing with ...', 'WARRANTS – Staff recommends the ...': a short
    title, a sentence after the dash
    (not 'Space Utilization Committee - Lease Agreement', not 'R/54/42G - Householder ...')."""
    sentence = len(rest.split()) >= 5 and bool(SENTENCE_RE.search(" ".join(rest.split()[:10]))) or \
        _sentence_opening(rest)
    remark = len(rest.split()) >= 3 and rest[:1].islower()  # '... window – deferred to next meeting'
    capitals = (title == title.upper() and rest[:1].isupper()  # 'WARRANTS – Staff recommends the ...'
                and sum(w.islower() for w in rest.split()[:12]) >= 3)
    sentences = len(rest.split()) >= 8 and bool(re.search(r"[a-z]{2}\.\s+[A-Z][a-z]", rest))  # '- Still concerns
    # about the mail. If they persist, ...': sentences after the dash
    no_news = bool(NO_NEWS_RE.match(rest))  # 'AOCB - none', 'Vice Chair – No Report'
    words = [w for w in title.split() if re.search(r"\w", w)]  # 'Hub Trust / Bowling Green': 4 words
    return (len(words) <= 6 and (bool(re.search(r"[a-z]", title)) or capitals or no_news)
            and not re.search(r"\d", title) and (sentence or remark or capitals or sentences or no_news))


def _semicolon(title: str, rest: str) -> bool:
    """'Apologies; David Thomas, Andrew Payne'."""
    return len(title.split()) <= 4


SMALL_WORDS = {"of", "and", "the", "for", "to", "in", "on", "at", "&", "-", "–"}


def _no_stop(title: str, rest: str) -> bool:
    """'Public Open Forum The main concern raised was ...': a title of a few capitalised words and, with no
    stop between, a sentence opening with its subject."""
    words = title.split()
    return (len(words) <= 5 and all(w[:1].isupper() or w in SMALL_WORDS for w in words) and title != title.upper()
            and not SENTENCE_RE.search(title) and bool(SENTENCE_RE.search(" ".join(rest.split()[:12]))))


# Where a title runs into its text: (separator, test of title and rest); the earliest that passes cuts.
RUN_IN = ((re.compile(r":-?\s+"), _colon), (re.compile(r"\.\s+"), _full_stop),
          (re.compile(r"\s+[-–—]\s+|(?<=[a-z])[-–—]\s+(?=[A-Z])"), _dash), (re.compile(r";\s+"), _semicolon),
          (re.compile(r"\s+(?=" + SENTENCE_OPENING_RE.pattern + ")"), _no_stop))


# A title and its text set apart by a gap of spaces, a page of the meeting's packet between or not: 'ROLL CALL  Mayor
# A; Councilmembers: B, C', 'APPROVAL OF AGENDA  p2  Motion by A ...', 'Minutes of the March 6th Meeting  p2  Motion
# by ...' (a title in mixed case only with the page between: its gap alone may be a justified line's).
PAGE_GAP_RE = re.compile(r"\s{2,}(?:p(?:g|age)?\.?\s?\d{1,4})\s{2,}(?=[A-Z])")
CAPITALS_GAP_RE = re.compile(r"(?<=[A-Z)])\s{2,}(?=[A-Z][a-z])")


def gap_run_in(text: str) -> tuple[str, str] | None:
    """(title, text) of a numbered heading whose title a gap of spaces ends, or None."""
    text = text.strip()
    page = PAGE_GAP_RE.search(text)
    if page and page.start() > 0:
        return text[:page.start()], text[page.end():]
    gap = CAPITALS_GAP_RE.search(text)
    if gap is None or re.search(r"[a-z]", title := text[:gap.start()]) or len(title.split()) > 10 \
            or not re.search(r"\b[a-z]{2,}\b|[,;:]", rest := text[gap.end():]) or len(re.findall(r"[A-Z]", title)) < 4:
        return None  # (text, or a list: 'Mayor A; Councilmembers: B, C'; not a subject in title case alone)
    return title, rest


def split_run_in(text: str) -> tuple[str, str]:
    """(title, rest) of a heading whose title runs into the minute's text; rest is '' when it does not."""
    cuts = []
    for separator, test in RUN_IN:
        for match in separator.finditer(text):
            title, rest = text[:match.start()].strip(), text[match.end():].strip()
            if title.count("(") > title.count(")"):
                continue  # never inside brackets: 'Cllr Tony Jackson (Leader East Herts. Council) was copied ...'
            if title and clean_title(rest)[0] and test(title, rest):
                cuts.append((match.start(), title, text[match.end():]))
                break
    if not cuts:
        return text, ""
    _, title, rest = min(cuts)
    return title, rest


# A measure's title, which opens as a sentence does: 'A resolution of the Board of Canvassers accepting ...', 'An
# ordinance amending Chapter 14 ...'.
MEASURE_TITLE_RE = re.compile(r"(?i)^an?\s+(?:resolution|ordinance|bill|by-?law)\s+(?:of|to|authori[sz]ing|approving|"
                              r"adopting|amending|accepting|establishing|declaring|granting|providing|repealing)\b")


def reads_as_sentence(text: str, any_length: bool = False) -> bool:
    """A numbered paragraph rather than a heading: '7.1 The Committee RESOLVED.', 'that the report be noted'; a
    title over fifteen words too, unless `any_length` (an outline's entries may run long)."""
    if MEASURE_TITLE_RE.match(text):
        return False  # 'A resolution of the Board ... accepting the election returns ...': a measure's title
    title, _ = split_run_in(text)
    long_words = _long_words(title)
    if len(long_words) >= 6 and all(w[0].isupper() for w in long_words) and title != title.upper() \
            and not SENTENCE_START_RE.match(text) and not title.rstrip().endswith("."):
        return False  # every longer word capitalised, however long: 'Land Acquisition / ... Position, Plan,
        # Procedure, Criteria or Instruction to be Applied to Any Negotiations', a title
    return (bool(SENTENCE_START_RE.match(text)) or bool(SENTENCE_RE.search(title))
            or not any_length and len(title.split()) > 15)


def wrapped_heading(heading: str, following: str, headings: re.Pattern) -> bool:
    """The next line carries on the heading: an open '(Pages 7 -', more of an upper-case title (not a line that opens
    a decision or a motion: `blocks.OPENERS`), or the rest of a long title that filled its line without ending."""
    if not following:
        return False
    if heading.count("(") > heading.count(")") or re.match(r"(?i)^\((?:pages?\s+\d|to follow)", following):
        return True
    if PAGE_COLUMN_RE.search(heading) and not PAGE_COLUMN_RE.search(following) and len(following.split()) <= 4 \
            and following[:1].isupper() and not following.endswith(".") and not headings.match(following):
        return True  # 'Fly-tipping ... - Final      65 - 80' / 'Report': the title's end, under the page column
    letters = re.sub(r"[^A-Za-z]", "", following)
    return (heading == heading.upper() and len(letters) > 2 and following == following.upper()
            and not headings.match(following) and len(following) < 120
            and not any(rule.match(following) for rule in OPENERS))  # ('RESOLUTION 2023/46' under it: the motion's)
