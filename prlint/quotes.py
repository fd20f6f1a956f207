"""The quotation model: every quotation span in a release, its paragraphs and its attribution.

`quotations(doc)` lists every quotation (double marks, curly or straight, and single marks
used as quotation marks), outer and nested, in document order. `model(doc)` adds the marks
themselves (with their role: opening, closing, apostrophe or prime), stray closing marks and
the distinct attributions. Both are computed once per document and cached on it.

What the model gets right, because real releases need it:

* A quotation that runs over several paragraphs (each paragraph reopens with a mark, only
  the last closes) is one balanced quotation with several paragraphs. A paragraph that a PDF
  or a page break split mid-sentence (no end punctuation, next starts in lower case) is one
  paragraph.
* Apostrophes are not quotation marks: `Harris’ trip`, `the ’90s`, `rock ’n’ roll`,
  `O'Connor`, `city's`. A closing single mark is only a closing quotation mark when a single
  quotation is open; otherwise it is an apostrophe. Digits followed by `'` or `"` are primes
  (`6'2"`, a `12"` pipe) unless a quotation is open.
* Marks inside code, URLs, Markdown link targets, HTML tags and YAML front matter are ignored.
* Attributions: after the quote (`“…,” said Jane Doe, chief executive officer of Acme.`,
  `“…,” Doe said.`, `Mr Bowen said`), before it (`Doe said: “…”`), `according to Doe`,
  pronouns (`she said`, resolved to the last speaker named), an attribution in the sentence
  between two quotes of one speaker, and hard-wrapped or paragraph-split attributions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterator

    from prlint.document import Block, Document

DOUBLE_OPEN = "“"
DOUBLE_CLOSE = "”"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
MARK_CHARS = "\"'“”‘’"

# Two single marks typed for a double one (`‘’We…’’`) count as one double mark.
_MARKS = re.compile(r"[‘’']{2}(?![‘’'])|[\"'“”‘’]")
_SINGLE_MARKS = "‘’'"
_DOUBLED = {a + b for a in _SINGLE_MARKS for b in _SINGLE_MARKS}
_DOUBLE_CHARS = frozenset({'"', "“", "”", *_DOUBLED})  # what `Mark.double` holds
STRAIGHT_CHARS = frozenset({'"', "'", "''"})  # and `Mark.straight`
# Spans whose marks are not prose: inline code, URLs, Markdown link targets and
# reference definitions, autolinks, HTML tags and comments.
_REFERENCE = r"|^[ ]{0,3}\[[^\]\n]{1,200}\]:[^\n]*"
_INLINE_EXCLUDED = (  # each alternative starts with a literal: the regex scans fast
    r"`[^`\n]{0,500}`"
    r"|\]\([^)\n]{0,800}\)"
    r"|<!--.*?-->"
    r"|</?[A-Za-z][^<>\n]{0,800}>"
    r"|https?://[^\s<>()\"“”]{1,800}"
    r"|www\.[^\s<>()\"“”]{1,800}"
)
# A reference definition starts a line, where no other alternative can start: the
# alternative is left out when the text has no `]:`.
_EXCLUDED = re.compile(_INLINE_EXCLUDED + _REFERENCE, re.MULTILINE | re.DOTALL)
_EXCLUDED_INLINE = re.compile(_INLINE_EXCLUDED, re.MULTILINE | re.DOTALL)
_TRANSPARENT = "*_~"  # emphasis markup around marks does not change their direction
_OPEN_CONTEXT = set(" \t\n\u00a0([{<—–-/\u2014\u2013>")
_CLOSE_CONTEXT = set(" \t\n\u00a0.,;:!?)]}>—–-/…")
_END_PUNCT = ".!?…:;"

# Attribution verbs: every verb that introduces a speaker. Which ones the house style
# accepts is decided by the attribution-verb rule, not here.
_VERB_WORDS = (
    "said|says|say|stated|states|state|added|adds|noted|notes|explained|explains|commented|"
    "comments|remarked|remarks|shared|shares|exclaimed|exclaims|continued|continues|concluded|"
    "concludes|emphasized|emphasizes|emphasised|emphasises|stressed|stresses|observed|"
    "observes|declared|declares|announced|announces|asserted|asserts|affirmed|affirms|"
    "acknowledged|acknowledges|told|tells|wrote|writes|recalled|recalls|urged|urges|warned|"
    "warns|highlighted|highlights|underscored|underscores|indicated|indicates|mentioned|"
    "mentions|expressed|expresses|proclaimed|proclaims|opined|opines|quipped|quips|gushed|"
    "gushes|enthused|enthuses|relayed|relays|conveyed|conveys|reflected|reflects|asked|asks|"
    "replied|replies|responded|responds|answered|answers|pointed out|points out|went on|"
    "goes on|agreed|agrees|argued|argues|insisted|insists|confirmed|confirms|revealed|"
    "reveals|predicted|predicts|promised|promises|joked|jokes|beamed|articulated|voiced|"
    "suggested|suggests|described|describes|recounted|recounts|admitted|admits"
)


def _alternation(words: str) -> str:
    """`(?:said|says|…)` for `said|says|…`, with the words grouped by their first letter
    (`s(?:aid|ays|…)`): the same matches, in the same order, but the regex tries the
    group of one letter instead of every word, several times faster."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"



class _Lazy:
    """A regular expression compiled when first used (`_ACCORDING().match(...)`), for the
    patterns few releases need (`according to`, the speaker search for orphan quotes).
    Those that hold the verb alternation take milliseconds each to compile, more than a
    release takes to check."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled


VERB = _alternation(_VERB_WORDS)
# Possessive repeats (`*+`, `++`, `{1,20}+`) in the speaker's parts: a shorter match of
# one of them leaves a letter (or a character of the part) next, and what follows each
# part (white space, a comma, a line break, or the end of the pattern) never starts
# with one; so the regex never backtracks into them, and the matches are the same.
_CAP = r"(?:[A-Z](?:[^\W_]|[’'.\-&])*+|[A-Z]\.)"
_CONNECT = r"(?:of|the|and|for|at|de|da|del|della|der|den|van|von|le|la|du|in|on|y|bin|al)"
_WS = r"[ \t\u00a0]*\n?[ \t\u00a0]*"
# White space between two words: spaces and tabs, with one line break at most. Written so
# that each length matches one way only, longest first: as `[ \t]+\n?[ \t]*`, two spaces
# matched as one and one, or as two and none, and the search backtracked through both, for
# every double space of a name or a role (PDF text has many): exponential in them.
_WS1 = r"(?:[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)"
PRONOUN = r"(?:he|she|they|He|She|They|we|We|I|it|It)"
_NAME = rf"{_CAP}(?:{_WS1}(?:{_CAP}|{_CONNECT})){{0,9}}"
_DET = (
    r"(?:the|The|a|A|an|An|our|Our|its|Its|his|His|her|Her|their|Their)"
    rf"(?:{_WS1}[\w’'\-]++){{1,5}}"
)
_APPOSITIVE = r"(?:,[^,;.“”\"\n]{1,120}+(?:\n[^,;.“”\"\n]{1,120}+)?,)?"
_ROLE = rf"(?:(?:co-)?[a-z][a-z\-]{{1,20}}+{_WS1}){{0,3}}"  # `lead author`, `co-founder`
SUBJECT = rf"(?:{PRONOUN}|{_ROLE}{_NAME}|{_DET})"
_LEAD = r"\A[\s*_]*(?:[,.;:—–-][\s*_]*)?"
_AUX_WORDS: tuple[str, ...] = ("has", "have", "had", "was", "were", "is", "are")
_AUX_WORDS += ("will", "would", "could", "can", "may", "might")
_AUX_BEFORE = re.compile(rf"\b(?:{'|'.join(_AUX_WORDS)})\s*\Z")

_AFTER_VERB_FIRST = re.compile(
    rf"{_LEAD}(?P<emph>[*_]{{1,3}})?(?P<verb>{VERB})\b{_WS1}(?P<speaker>{SUBJECT})"
)
_AFTER_SUBJECT_FIRST = re.compile(
    rf"{_LEAD}(?P<emph>[*_]{{1,3}})?(?P<speaker>{SUBJECT}){_APPOSITIVE}{_WS1}(?P<verb>{VERB})\b"
)
# The speaker after a verb whose end is known (`said|Doe`, `according to|Doe`): for a
# verb found as a whole word, the same matches as the verb and this in one pattern, and
# one pattern to compile instead of one per verb form.
_WS1_SUBJECT = _Lazy(rf"{_WS1}(?P<speaker>{SUBJECT})")
_ACCORDING_WORDS = ("according to", "According to")
_BEFORE_END = (
    r"(?:[ \t\n]+(?:that|in a (?:statement|release|letter|news release|press release)"
    r"|on \w+|today|yesterday|recently|at the \w+(?: \w+)?))?"
    r"[ \t\n]*[:,]?[\s*_]*\Z"
)
_BEFORE = re.compile(rf"(?P<speaker>{SUBJECT}){_APPOSITIVE}{_WS1}(?P<verb>{VERB})\b{_BEFORE_END}")
# A verb as a whole word, and what may follow the verb at the end of a `_BEFORE` match.
# (Only the whole word, of all the verbs, can be followed by `\b`: where the verb and
# `_BEFORE_END` match, these two do.)
_WHOLE_VERB = re.compile(rf"\b{VERB}\b")
_AFTER_VERB_AT_END = re.compile(_BEFORE_END)
_SPEAKER_WORDS = 13  # the most words a SUBJECT has: three of `_ROLE`, ten of `_NAME`
_COMMA_END = re.compile(r"[ \t\n]*,[\s*_]*\Z")  # the end of `according to Doe,` before a quote
# A speaker anywhere in a window of text: used to decide whether a quote is an orphan.
# `names_speaker` finds it from the verbs, in three parts: the speaker before the verb,
# the verb before the speaker, `according to`.
_SPEAKER_FIRST = (
    rf"\b(?:{PRONOUN}|{_CAP}|[a-z]+s|official|spokes\w+|statement|report|release)"
    rf"{_APPOSITIVE}{_WS1}"
)
_VERB_FIRST = rf"\b{VERB}{_WS1}{SUBJECT}"
_SPEAKER_ANYWHERE = _Lazy(rf"(?:{_SPEAKER_FIRST}{VERB}\b|{_VERB_FIRST}|\b[Aa]ccording to\b)")
_SPEAKER_BEFORE_VERB = _Lazy(rf"{_SPEAKER_FIRST}\Z")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
_ENDS_ATTRIBUTION = re.compile(
    r"[\s*_]*(?:[.,;:!?]|\Z|in a (?:statement|release|letter|news release|press release)\b)"
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Det|Insp|Supt|St|Jr|Sr|Inc|"
    r"Co|Corp|Ltd|No|Hon|Rev|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|D\.C)|"
    r"\b[A-Z])\.\Z"
)
_DOUBLE_MARK = re.compile(r"[“”\"]")
_STRAIGHT_CLOSER = re.compile(r"(?<=[\w.,!?…])'(?![\w])")
# Sentence ends and starts. Each alternative starts with a literal: the regex scans fast.
_END = r"(?=[\s*_]|$)"
_TAIL_BREAK = re.compile(rf"\.{_END}|!{_END}|\?{_END}|\n[ \t]*\n|“|\"|‘")  # sentence_tail stops
_GAP = r"[”\"’']?[ \t\n*_]+(?=\S)"
_HEAD_BREAK = re.compile(rf"\.{_GAP}|!{_GAP}|\?{_GAP}|\n[ \t]*\n|”")  # sentence_head starts
_OF_THE = re.compile(r"\s+of\s+the\s+\w+$")
_PRONOUNS = frozenset(PRONOUN[3:-1].split("|"))  # what `(?:PRONOUN)` matches in full
_LEAD_RE = re.compile(_LEAD)
_ABBREVIATION_REACH = 8  # longest abbreviation with its period (`Sept.`), and the word boundary


# A named tuple: a release has hundreds of marks, and a tuple is cheap to build.
class Mark(NamedTuple):
    offset: int
    char: str
    role: str  # "open" | "close" | "apostrophe" | "prime" | "other"

    @property
    def double(self) -> bool:
        return self.char in _DOUBLE_CHARS

    @property
    def straight(self) -> bool:
        return self.char in STRAIGHT_CHARS

    @property
    def end(self) -> int:
        return self.offset + len(self.char)


# A mark built by `tuple.__new__`, in C (a named tuple's own `__new__` is Python code).
_new_tuple = tuple.__new__


class Attribution(NamedTuple):
    start: int  # the attribution clause, verb and speaker (emphasis markup excluded)
    end: int
    verb: str
    verb_start: int
    verb_end: int
    speaker: str | None
    form: str  # after | before | according-to | previous-sentence
    pronoun: bool = False
    has_auxiliary: bool = False


class Quotation:
    """A quotation: its marks and span, where it nests, and who said it."""

    __slots__ = (
        "attribution",
        "close",
        "continuations",
        "depth",
        "double",
        "end",
        "open",
        "paragraphs",
        "parent",
        "speaker",
        "start",
    )

    def __init__(
        self,
        start: int,
        end: int,
        open: Mark,
        depth: int = 0,
        parent: Quotation | None = None,
        paragraphs: list[tuple[int, int]] | None = None,
    ):
        self.start = start  # offset of the opening mark
        self.end = end  # offset just past the closing mark, or the end of the last paragraph
        self.open = open
        self.close: Mark | None = None
        self.depth = depth
        self.parent = parent
        self.continuations: list[Mark] = []  # reopening marks
        self.paragraphs = paragraphs or []
        self.attribution: Attribution | None = None
        self.speaker: str | None = None
        self.double = open.char in _DOUBLE_CHARS  # (`open.double`), looked up often

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def inner_start(self) -> int:
        return self.open.end

    @property
    def inner_end(self) -> int:
        return self.close.offset if self.close is not None else self.end


class QuoteModel:
    """Every quotation mark of a release, the quotations they make, and attributions."""

    def __init__(self) -> None:
        self.marks: list[Mark] = []
        self.quotations: list[Quotation] = []
        self.stray_closers: list[Mark] = []
        self.attributions: list[Attribution] = []
        self.prose_blocks: list[Block] = []


_CACHE_KEY = "_prlint_quote_model"


def model(doc: Document) -> QuoteModel:
    cached = doc.__dict__.get(_CACHE_KEY)
    if cached is None:
        cached = _build(doc)
        doc.__dict__[_CACHE_KEY] = cached
    return cached


def quotations(doc: Document) -> list[Quotation]:
    return model(doc).quotations


_BOUNDS_KEY = "_prlint_block_bounds"


def block_bounds(doc: Document) -> tuple[list[int], list[int]]:
    """The start and end offsets of `doc.blocks`, computed once per document."""
    bounds = doc.__dict__.get(_BOUNDS_KEY)
    if bounds is None:
        # (`block.lines[0].start` is `block.start` without the call of a property)
        starts = [block.lines[0].start for block in doc.blocks]
        ends = [block.lines[-1].end for block in doc.blocks]
        bounds = doc.__dict__[_BOUNDS_KEY] = (starts, ends)
    return bounds


def block_at(doc: Document, offset: int) -> Block | None:
    """`doc.block_at(offset)` by bisection (blocks are in order and never overlap)."""
    starts, ends = block_bounds(doc)
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset <= ends[index]:
        return doc.blocks[index]
    return None


# ---------------------------------------------------------------------------------------
# Marks


def find_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The marks in text[start:end] as (offset, mark), as `_MARKS.finditer` finds them.

    Found with `str.find` per mark character: a regex scan of the whole release costs
    twenty times more, and most of a release has no marks."""
    positions = []
    for char in MARK_CHARS:
        i = text.find(char, start, end)
        while i >= 0:
            positions.append(i)
            i = text.find(char, i + 1, end)
    positions.sort()
    if {i + 1 for i in positions}.isdisjoint(positions):
        return [(i, text[i]) for i in positions]  # no two marks side by side
    marks: list[tuple[int, str]] = []
    resume = start
    for i in positions:
        if i < resume:
            continue  # the second half of a doubled single mark
        # Two single marks (and not three) make a double one.
        pair = text[i : i + 2] if i + 1 < end else ""
        if pair in _DOUBLED and not (i + 2 < end and text[i + 2] in _SINGLE_MARKS):
            marks.append((i, pair))
            resume = i + 2
        else:
            marks.append((i, text[i]))
    return marks


def excluded_spans(doc: Document, block: Block) -> list[tuple[int, int]]:
    text = doc.text
    start, end = block.start, block.end
    if text.find("]:", start, end) >= 0:
        spans = [(m.start(), m.end()) for m in _EXCLUDED.finditer(text, start, end)]
    else:
        spans = _inline_excluded(text, start, end)
    if not doc.is_markdown:
        # In plain text, backticks and angle brackets are rare and mean nothing special;
        # only URLs are excluded.
        spans = [s for s in spans if text[s[0]] not in "`<" or text.startswith("<!--", s[0])]
    return spans


# The literal each alternative of `_EXCLUDED_INLINE` starts with.
_INLINE_STARTS = ("`", "](", "<", "http", "www.")


def _inline_excluded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of `_EXCLUDED_INLINE.finditer(text, start, end)`, found faster: the
    regex tries every `h` and `w` of the text for a URL; here the pattern is tried only
    where one of its opening literals is (found with `str.find`), in the same order."""
    spans: list[tuple[int, int]] = []
    found = {lit: text.find(lit, start, end) for lit in _INLINE_STARTS}  # next of each
    pos = start
    while True:
        at = end
        for lit, i in found.items():
            if 0 <= i < pos:
                i = found[lit] = text.find(lit, pos, end)
            if 0 <= i < at:
                at = i
        if at >= end:
            return spans
        match = _EXCLUDED_INLINE.match(text, at, end)
        if match is not None:
            spans.append((at, match.end()))
            pos = match.end()
        else:
            pos = at + 1


def _may_hold_excluded(chunk: str) -> bool:
    """Whether `_EXCLUDED` can match in `chunk`: each alternative needs one of these.
    (Characters first: a one-character test costs a fraction of a longer one.)"""
    return (
        "`" in chunk
        or "<" in chunk
        or ("]" in chunk and ("](" in chunk or "]:" in chunk))
        or (":" in chunk and "://" in chunk)
        or "www." in chunk
    )


def _prev_char(text: str, i: int, floor: int) -> str:
    j = i - 1
    while j >= floor and text[j] in _TRANSPARENT:
        j -= 1
    return text[j] if j >= floor else "\n"


def _next_char(text: str, i: int, ceiling: int) -> str:
    j = i + 1
    while j < ceiling and text[j] in _TRANSPARENT:
        j += 1
    return text[j] if j < ceiling else "\n"


def _at_line_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0*_>":
        j -= 1
    return j < 0 or text[j] == "\n"


def _previous_content_ends_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0*_>\n":
        j -= 1
    return j < 0 or text[j] in _END_PUNCT + "”\"’'"


_BLOCK_LEAD = re.compile(r"[ \t\u00a0*_>\-•]*")  # list and quote markers, emphasis


def _opens_block(text: str, block: Block) -> str | None:
    """The opening mark that starts a block (after list/quote markers and emphasis)."""
    start, end = block.lines[0].start, block.lines[-1].end
    j = _BLOCK_LEAD.match(text, start, end).end()  # type: ignore[union-attr]
    stripped = text[j : min(j + 2, end)]  # the two characters after them
    if stripped[:1] in ("“", '"'):
        return stripped[:1]
    if stripped[:2] in ("‘’", "’’", "''", "‘‘"):
        return stripped[:2]
    if stripped[:1] in ("‘", "'") and stripped[1:2].isupper():
        return stripped[:1]  # single marks as the primary quotation marks
    return None


def _is_split_paragraph(text: str, block: Block, following: Block) -> bool:
    """A paragraph a page break or PDF extraction cut mid-sentence (an open quotation
    goes on in the next block)."""
    start, end = block.lines[0].start, block.lines[-1].end
    while end > start and text[end - 1] in " \t\u00a0*_":
        end -= 1
    return end > start and text[end - 1] not in _END_PUNCT + "”\"’'"


def _closes_first(text: str, block: Block) -> bool:
    """Whether the first double mark of a block closes a quotation: the block goes on with
    a quotation from the one before it (a paragraph split in extraction)."""
    start, end = block.lines[0].start, block.lines[-1].end
    match = _DOUBLE_MARK.search(text, start, end)
    if match is None or match.group() == "“":
        return False
    if match.group() == "”":
        return True
    i = match.start()
    return i > start and not text[i - 1].isspace() and (
        i + 1 >= end or not text[i + 1].isalnum()
    )


class _Scanner:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.result = QuoteModel()
        self.stack: list[Quotation] = []
        self.floor = self.ceiling = 0  # the bounds of the block being scanned
        self.may_exclude = False  # whether the text may hold an excluded span at all

    def run(self) -> QuoteModel:
        blocks = self.doc.blocks
        prose = [k for k, block in enumerate(blocks) if block.kind not in ("verbatim", "comment")]
        self.result.prose_blocks = [blocks[k] for k in prose]
        if not prose:
            return self.result
        starts, ends = block_bounds(self.doc)
        found = find_marks(self.text, starts[prose[0]], ends[prose[-1]])
        if not found:
            return self.result  # no quotation marks or apostrophes at all: nothing to do
        # (Tested once on the whole text: a block can only hold what the text holds.)
        self.may_exclude = _may_hold_excluded(self.text)
        by_block: dict[int, list[tuple[int, str]]] = {}  # by index in `blocks`
        for found_mark in found:
            k = bisect_right(starts, found_mark[0]) - 1
            if found_mark[0] < ends[k]:  # (between blocks: none, a blank line has no mark)
                by_block.setdefault(k, []).append(found_mark)
        for n, k in enumerate(prose):  # marks in verbatim and comment blocks are left out
            block = blocks[k]
            if k in by_block:
                self.scan_block(block, starts[k], ends[k], by_block[k])
            if not self.stack:
                continue
            following = blocks[prose[n + 1]] if n + 1 < len(prose) else None
            if following is not None and following.kind != "heading" and (
                _opens_block(self.text, following)
                or _is_split_paragraph(self.text, block, following)
                or _closes_first(self.text, following)
            ):
                continue  # the quotation goes on in the next paragraph
            self.close_all(ends[k])
        self.result.quotations.sort(key=lambda q: q.start)
        return self.result

    def close_all(self, end: int) -> None:
        while self.stack:
            quote = self.stack.pop()
            quote.end = end
            self._end_paragraph(quote, end)

    def _end_paragraph(self, quote: Quotation, end: int) -> None:
        if quote.paragraphs:
            start = quote.paragraphs[-1][0]
            quote.paragraphs[-1] = (start, end)

    def _open_double(self) -> Quotation | None:
        stack = self.stack
        if not stack or stack[-1].double:  # (the common cases first)
            return stack[-1] if stack else None
        for quote in reversed(stack):
            if quote.double:
                return quote
        return None

    def scan_block(
        self, block: Block, floor: int, ceiling: int, found: list[tuple[int, str]]
    ) -> None:
        """Give each mark of the block (`found`, from `find_marks`) its role. The block
        runs from `floor` to `ceiling`."""
        text = self.text
        spans = (
            excluded_spans(self.doc, block)
            if self.may_exclude and _may_hold_excluded(text[floor:ceiling])
            else []
        )
        span_index = 0
        self.floor, self.ceiling = floor, ceiling
        marks = self.result.marks
        quotations = self.result.quotations
        stack = self.stack
        for i, char in found:
            if spans:
                while span_index < len(spans) and spans[span_index][1] <= i:
                    span_index += 1
                if span_index < len(spans) and spans[span_index][0] <= i < spans[span_index][1]:
                    continue
            if (
                (char == "’" or char == "'")
                and floor < i < ceiling - 1
                and text[i - 1].isalnum()
                and text[i + 1].isalnum()
                and not (char == "'" and text[i - 1].isdigit() and text[i + 1].isdigit())
            ):
                # The most common mark, an apostrophe in a word (`city's`, `don’t`), as
                # `single_role` decides it (a straight one between digits is a prime).
                marks.append(_new_tuple(Mark, (i, char, "apostrophe")))
                continue
            # The next most common, curly double marks in order, as `mark` decides them:
            # `“` opens a quotation when none is open, `”` closes an open double one.
            if char == "“" and not stack:
                mark = _new_tuple(Mark, (i, char, "open"))
                marks.append(mark)
                quote = Quotation(i, ceiling, mark, paragraphs=[(i, ceiling)])
                stack.append(quote)
                quotations.append(quote)
                continue
            if char == "”" and stack and stack[-1].double:
                mark = _new_tuple(Mark, (i, char, "close"))
                marks.append(mark)
                quote = stack.pop()
                quote.close = mark
                quote.end = i + 1
                self._end_paragraph(quote, i + 1)
                continue
            self.mark(i, char, block)

    def mark(self, i: int, char: str, block: Block) -> None:
        text = self.text
        # `_prev_char` and `_next_char`, without their calls when no emphasis is around
        before, after = i - 1, i + len(char)
        if before >= self.floor and text[before] not in _TRANSPARENT:
            prev = text[before]
        else:
            prev = _prev_char(text, i, self.floor)
        if after < self.ceiling and text[after] not in _TRANSPARENT:
            nxt = text[after]
        else:
            nxt = _next_char(text, after - 1, self.ceiling)
        if len(char) == 2:
            role = self.double_role('"', i, prev, nxt)
        elif char in '"“”':
            role = self.double_role(char, i, prev, nxt)
        else:
            role = self.single_role(char, i, prev, nxt, block)
        mark = _new_tuple(Mark, (i, char, role))
        self.result.marks.append(mark)
        if role == "open":
            self.push(mark, block)
        elif role == "close":
            self.pop(mark)

    def double_role(self, char: str, i: int, prev: str, nxt: str) -> str:
        open_double = self._open_double() is not None
        if char == "“":
            if open_double and nxt in " \t\n\u00a0" and (
                prev not in _OPEN_CONTEXT or self._rest_of_line_blank(i)
            ):
                return "close"  # a reversed mark typed at the end of a quotation
            return "open"
        if char == "”":
            if not open_double and prev in _OPEN_CONTEXT and nxt.isalnum():
                return "open"  # a reversed mark typed at the start of a quotation
            return "close"
        if prev.isdigit() and not open_double:
            return "prime"
        if prev in " \t\u00a0" and nxt in " \t\u00a0\n":
            return "other"  # a stray mark or an OCR'd bullet between spaces
        opener = prev in _OPEN_CONTEXT or prev in "'‘’“”"
        closer = nxt in _CLOSE_CONTEXT or nxt in "'‘’“”"
        if opener and not closer:
            return "open"
        if closer and not opener:
            return "close" if open_double else "open" if prev in "'‘’" else "close"
        return "close" if open_double else "open"

    def _rest_of_line_blank(self, i: int) -> bool:
        end = self.text.find("\n", i)
        return not self.text[i + 1 : end if end >= 0 else len(self.text)].strip()

    def single_role(self, char: str, i: int, prev: str, nxt: str, block: Block) -> str:
        text = self.text
        top = self.stack[-1] if self.stack else None
        single_open = top is not None and not top.double
        if char == "‘":
            if nxt.isdigit() or text.startswith("n’", i + 1) or text.startswith("n'", i + 1):
                return "apostrophe"
            if prev.isalpha():
                return "apostrophe"  # a mistyped apostrophe inside a word
            return "open"
        if char == "'" and prev.isdigit() and (nxt.isdigit() or nxt in " \t\n"):
            return "prime"  # 6'2", 5' tall
        if prev.isalnum() and nxt.isalnum():
            return "apostrophe"
        if char == "’":
            if single_open and not nxt.isalnum() and prev not in " \t\n":
                return "close"
            if single_open and prev in " \t\n" and not nxt.isalnum():
                return "close"
            return "apostrophe"
        # straight single
        if prev.isdigit() and not single_open and not nxt.isalpha():
            return "prime"
        if prev in _OPEN_CONTEXT or prev in '"“':
            if nxt.isdigit() or text.startswith("n'", i + 1):
                return "apostrophe"
            if nxt.isalnum() or nxt in "\"“":
                return "open" if self._single_closes_later(i, block) else "apostrophe"
            return "close" if single_open else "other"
        if single_open and not nxt.isalnum():
            return "close"
        return "apostrophe"

    def _single_closes_later(self, i: int, block: Block) -> bool:
        """Whether a straight single opening at `i` has a plausible closing mark ahead."""
        text = self.text
        limit = min(self.ceiling, i + 600)
        for match in _STRAIGHT_CLOSER.finditer(text[i + 1 : limit]):
            j = i + 1 + match.start()
            if not text[j - 1].isdigit() or text[j - 2 : j - 1].isalpha():
                # `parents' rights`: a plural possessive may also close; accept it
                return True
        return False

    def push(self, mark: Mark, block: Block) -> None:
        text = self.text
        double = mark.char in _DOUBLE_CHARS  # (`mark.double`)
        if not double and self.stack and not self.stack[0].double:
            outer = self.stack[0]
            if self.floor > outer.paragraphs[-1][0] and self._first_mark_of_block(mark, block):
                # A new paragraph of a quotation in single marks (British style).
                del self.stack[1:]
                self._end_paragraph(outer, self._line_end_before(mark.offset))
                outer.continuations.append(mark)
                outer.paragraphs.append((mark.offset, self.ceiling))
                return
        if double:
            open_double = self._open_double()
            if open_double is not None and (
                (
                    self.floor > open_double.paragraphs[-1][0]
                    and self._first_mark_of_block(mark, block)
                )
                or (
                    _at_line_start(text, mark.offset)
                    and _previous_content_ends_sentence(text, mark.offset)
                    and open_double.depth == 0
                )
            ):
                # A new paragraph of the same quotation.
                while self.stack and self.stack[-1] is not open_double:
                    self.stack.pop()  # single quotations do not run across paragraphs
                self._end_paragraph(open_double, self._line_end_before(mark.offset))
                open_double.continuations.append(mark)
                open_double.paragraphs.append((mark.offset, self.ceiling))
                return
        parent = self.stack[-1] if self.stack else None
        quote = Quotation(
            start=mark.offset,
            end=self.ceiling,
            open=mark,
            depth=(parent.depth + 1) if parent else 0,
            parent=parent,
            paragraphs=[(mark.offset, self.ceiling)],
        )
        self.stack.append(quote)
        self.result.quotations.append(quote)

    def _first_mark_of_block(self, mark: Mark, block: Block) -> bool:
        return _opens_block(self.text, block) is not None and text_index_first_mark(
            self.text, block
        ) == mark.offset

    def _line_end_before(self, offset: int) -> int:
        j = self.text.rfind("\n", 0, offset)
        return j if j >= 0 else offset

    def pop(self, mark: Mark) -> None:
        if mark.double:
            outer = self._open_double()
            if outer is None:
                self.result.stray_closers.append(mark)
                return
            while self.stack:
                quote = self.stack.pop()
                if quote is outer:
                    break
                quote.end = mark.offset  # an unclosed single inside: ends with its parent
            outer.close = mark
            outer.end = mark.end
            self._end_paragraph(outer, outer.end)
            return
        if self.stack and not self.stack[-1].double:
            quote = self.stack.pop()
            quote.close = mark
            quote.end = mark.end
            self._end_paragraph(quote, quote.end)


def text_index_first_mark(text: str, block: Block) -> int:
    match = _MARKS.search(text, block.start, block.end)
    return match.start() if match else -1


# ---------------------------------------------------------------------------------------
# Attributions


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """Whether text[:end] ends with an abbreviation's period (`Mr.`, `U.S.`, `J.`).

    Every abbreviation is at most five characters: only those, and the one before them
    (for the word boundary), are searched."""
    word = text[max(0, end - 5) : end - 1]  # the four characters before the period
    if word.islower() and not word.endswith(("vs", "etc")):
        return False  # every abbreviation but `vs` and `etc` has a capital letter
    return _ABBREVIATIONS.search(text, max(0, end - _ABBREVIATION_REACH), end) is not None


def _sentence_tail(text: str, start: int, limit: int) -> str:
    """Text from `start` to the end of its sentence (or the next quotation), at most `limit`."""
    # (One regex search from `start`: it stops at the first break, most often a few words
    # on; a `str.find` per break character costs more calls than the search's scan.)
    end = min(len(text), start + limit)
    chunk = text[start:end]
    for match in _TAIL_BREAK.finditer(chunk):
        found = match.group()
        if found == "." and _ends_with_abbreviation(chunk, match.end()):
            continue
        return chunk[: match.end()] if found in ".!?" else chunk[: match.start()]
    return chunk


def _sentence_head(text: str, end: int, floor: int) -> tuple[str, int]:
    """Text from the start of the sentence containing `end` up to `end`; and its offset."""
    chunk = text[floor:end]
    # The last sentence break is most often among the last words: the scan starts there,
    # after a character that no break runs over (from there on it finds the breaks a scan
    # of the whole chunk finds), and goes over the whole chunk only when none counts.
    window = max(0, len(chunk) - _HEAD_WINDOW)
    while window > 0 and chunk[window - 1] in _HEAD_BREAK_CHARS:
        window -= 1
    start = _last_head_break(chunk, window)
    if start < 0:
        start = _last_head_break(chunk, 0) if window > 0 else 0
    return chunk[max(start, 0) :], floor + max(start, 0)


_HEAD_WINDOW = 120
_HEAD_BREAK_CHARS = frozenset(".!?\n”\"’' \t*_")  # every character a `_HEAD_BREAK` match holds


def _last_head_break(chunk: str, pos: int) -> int:
    """The end of the last `_HEAD_BREAK` match from `pos` that is not an abbreviation's
    period, or -1."""
    for match in reversed(list(_HEAD_BREAK.finditer(chunk, pos))):
        if match.group()[0] == "." and _ends_with_abbreviation(chunk, match.start() + 1):
            continue
        return match.end()
    return -1


# The first word of each verb: a `_BEFORE` match ends with the verb, at most four more
# words (`in a news release`, `at the \w+ \w+`) and `:`, `,`, spaces or emphasis markup.
_VERB_FIRST_WORDS = frozenset(verb.split()[0] for verb in _VERB_WORDS.split("|"))
_VERB_REACH = 8  # words from the end: the verb (two words at most) and the four after it
_VERB_FIRST_BYTES = frozenset(word.encode() for word in _VERB_FIRST_WORDS)
_NOT_LOWER = bytes(b if 97 <= b <= 122 else 32 for b in range(256))  # `a`-`z` kept


def _lower_runs(text: str) -> list[bytes]:
    """The runs of `a`-`z` in `text`, as `re.findall("[a-z]+", text)` finds them (a verb
    that is a whole word is a whole run), in bytes: several times cheaper to find."""
    return text.encode("ascii", "replace").translate(_NOT_LOWER).split()


def _whole_verbs(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """The matches of `_WHOLE_VERB.finditer(text, pos)`, found several times cheaper.

    The regex tries its verbs at every word start. But a verb that is a whole word is
    a whole run of `a`-`z` (its first word, for `pointed out`), so the regex is tried only
    where such a run is one of the verbs' first words: found in the text's runs, padded
    with spaces, by `bytes.find` (the runs keep their offsets: one byte per character)."""
    padded = b" " + text.encode("ascii", "replace").translate(_NOT_LOWER) + b" "
    words = _VERB_FIRST_BYTES.intersection(padded.split())
    if not words:
        return
    starts = []
    for word in words:
        key = b" " + word + b" "
        i = padded.find(key, pos)  # (padded[i] is the space before text[i])
        while i >= 0:
            starts.append(i)
            i = padded.find(key, i + 1)
    resume = pos
    for i in sorted(starts):
        if i >= resume:
            match = _WHOLE_VERB.match(text, i)
            if match:
                yield match
                resume = match.end()


def _may_end_with_verb(text: str, floor: int, end: int) -> bool:
    """False when no sentence ending at `end` (past `floor`) can hold what `before` looks
    for: `according to`, or a verb among its last words (`_search_before`).

    Tested on text[floor:end], before the sentence is found: the sentence's last words
    are the last words of that text, but for the first, which may start after a `”`,
    `*` or `_` in one (the end of the sentence before)."""
    chunk = text[floor:end]
    if "ccording to" in chunk:
        return True
    trimmed = _trim_end(chunk)
    words = trimmed.rsplit(None, _VERB_REACH)[-_VERB_REACH:]
    if not _VERB_FIRST_WORDS.isdisjoint(words):
        return True
    return any(
        word[max(word.rfind("”"), word.rfind("*"), word.rfind("_")) + 1 :] in _VERB_FIRST_WORDS
        for word in words
        if "”" in word or "*" in word or "_" in word
    )


def _trim_end(text: str) -> str:
    """`text` without the white space, emphasis markup, colons and commas at its end."""
    while True:
        shorter = text.rstrip().rstrip("*_:,")
        if shorter == text:
            return text
        text = shorter


def _may_end_with_attribution(text: str, floor: int, end: int) -> bool:
    """False when text[floor:end] cannot end with `_BEFORE` or `_according_before`: past
    spaces and emphasis markup, both end with `:`, `,` or a word (the verb, `today`, …)."""
    trimmed = text[max(floor, end - 40) : end]
    while True:
        shorter = trimmed.rstrip().rstrip("*_")
        if shorter == trimmed:
            break
        trimmed = shorter
    return not trimmed or trimmed[-1] in ":," or trimmed[-1].isalnum()


def _search_before(head: str) -> re.Match[str] | None:
    """`_BEFORE.search(head)`, without its cost on sentences that cannot match.

    The search tries every start position, and at each one names and roles backtrack:
    slow on long sentences. So first find the verb, which must end the sentence, then
    start the search where the speaker before it can start at the earliest."""
    words = _trim_end(head).rsplit(None, _VERB_REACH)
    if _VERB_FIRST_WORDS.isdisjoint(words[-_VERB_REACH:]):
        return None
    for verb in _WHOLE_VERB.finditer(head, len(words[0]) if len(words) > _VERB_REACH else 0):
        if _AFTER_VERB_AT_END.match(head, verb.end()):
            return _BEFORE.search(head, _speaker_floor(head, verb.start()))
    return None


def _speaker_floor(head: str, verb_start: int) -> int:
    """The earliest offset at which `_BEFORE`'s speaker can start, for a verb at
    `verb_start` (the first verb that ends the sentence; a later one gives a later floor).

    The speaker is at most `_SPEAKER_WORDS` words, separated by white space, right before
    the verb or before an appositive (`Doe, chief executive,`), which holds no comma."""
    end = len(head[:verb_start].rstrip())
    if head[end - 1 : end] == ",":
        end = max(0, head.rfind(",", 0, end - 1))  # the comma that opens the appositive
    words = head[:end].rsplit(None, _SPEAKER_WORDS)
    return len(words[0]) if len(words) > _SPEAKER_WORDS else 0


def _according_before(head: str) -> tuple[int, re.Match[str]] | None:
    """The first `according to` of `head` with a speaker that ends it before a comma
    (`According to Doe, “…`): its offset, and the `_WS1_SUBJECT` match of the speaker.

    The speaker ends with neither white space nor a comma, so it ends where the white
    space before the last comma starts: one match to the end of the speaker per
    `according to` (the search of a pattern with the verb and the speaker, and its
    compilation, cost more)."""
    end = _COMMA_END.search(head)
    if end is None:
        return None
    i = head.find("ccording to", 1)
    while i >= 0:
        at = i - 1
        if head[at] in "Aa" and not (at and (head[at - 1].isalnum() or head[at - 1] == "_")):
            match = _WS1_SUBJECT().fullmatch(head, at + len("according to"), end.start())
            if match:
                return at, match
        i = head.find("ccording to", i + 1)
    return None


def _speaker_name(raw: str) -> str:
    # (`str.split` splits where `\s+` matches: after the join, white space is single spaces)
    name = " ".join(raw.split()).strip(" ,.*_")
    return _OF_THE.sub("", name) if " of the " in name else name


def _has_auxiliary(text: str, verb_start: int) -> bool:
    """Whether an auxiliary (`has`, `was`, …) ends the text before the verb at `verb_start`
    (`_AUX_BEFORE`), tested first without the regex: most verbs have none."""
    before = text[max(0, verb_start - 12) : verb_start]
    return before.rstrip().endswith(_AUX_WORDS) and _AUX_BEFORE.search(before) is not None


class _Attributor:
    def __init__(self, doc: Document, result: QuoteModel):
        self.doc = doc
        self.text = doc.text
        self.result = result
        self.seen: dict[tuple[int, int], Attribution] = {}
        self.last_speaker: str | None = None

    def run(self) -> None:
        previous: Quotation | None = None
        for quote in self.result.quotations:
            if quote.depth != 0:
                continue
            attribution = self.after(quote) or self.before(quote)
            if attribution is None and previous is not None and previous.attribution is not None:
                # `“One,” Doe said. “Two.”`: the attribution between them serves both.
                prev_attr = previous.attribution
                between = self.text[prev_attr.end : quote.start]
                if (
                    prev_attr.start > previous.start
                    and len(between) < 80
                    and "\n\n" not in between
                    and not any(c in between for c in '“”"')
                ):
                    attribution = prev_attr
            if attribution is not None:
                quote.attribution = attribution
                if attribution.pronoun:
                    quote.speaker = self.last_speaker
                else:
                    quote.speaker = attribution.speaker
                    self.last_speaker = attribution.speaker
            previous = quote
        self.result.attributions = sorted(self.seen.values(), key=lambda a: a.start)

    def _make(self, match: re.Match[str], base: int, form: str) -> Attribution:
        return self._make_parts(
            base + match.start("verb"),
            match.group("verb"),
            base + match.start("speaker"),
            match.group("speaker"),
            form,
        )

    def _make_parts(
        self, verb_start: int, verb: str, speaker_start: int, raw: str, form: str
    ) -> Attribution:
        verb_end = verb_start + len(verb)
        speaker_end = speaker_start + len(raw)
        key = (verb_start, verb_end)
        if key in self.seen:
            return self.seen[key]
        pronoun = raw in _PRONOUNS
        attribution = Attribution(
            start=min(verb_start, speaker_start),
            end=max(verb_end, speaker_end),
            verb=verb,
            verb_start=verb_start,
            verb_end=verb_end,
            speaker=None if pronoun else _speaker_name(raw),
            form=form,
            pronoun=pronoun,
            has_auxiliary=_has_auxiliary(self.text, verb_start),
        )
        self.seen[key] = attribution
        return attribution

    def after(self, quote: Quotation) -> Attribution | None:
        if quote.close is None:
            return None
        base = quote.end
        tail = _sentence_tail(self.text, base, 400)
        if not tail.strip():
            return None
        # After a quotation that ends its sentence (`“….”`), what follows is a new
        # sentence: only a short one that is all attribution (`Doe said.`) counts.
        complete = self.text[quote.close.offset - 1 : quote.close.offset] in (".", "!", "?")
        if not _VERB_FIRST_BYTES.isdisjoint(_lower_runs(tail)):  # a verb, as a word
            for pattern in (_AFTER_VERB_FIRST, _AFTER_SUBJECT_FIRST):
                match = pattern.match(tail)
                if match and (not complete or _ENDS_ATTRIBUTION.match(tail, match.end())):
                    return self._make(match, base, "after")
        if "ccording to" in tail:
            # `according to` and its speaker, right after the lead (not glued to a `_`)
            at = _LEAD_RE.match(tail).end()  # type: ignore[union-attr]
            if tail.startswith(_ACCORDING_WORDS, at) and tail[at - 1 : at] != "_":
                match = _WS1_SUBJECT().match(tail, at + len("according to"))
                if match:
                    return self._make_parts(
                        base + at,
                        tail[at : at + len("according to")],
                        base + match.start("speaker"),
                        match.group("speaker"),
                        "according-to",
                    )
        return None

    def before(self, quote: Quotation) -> Attribution | None:
        floor = max(0, quote.start - 400)
        block = block_at(self.doc, quote.start)
        if block is not None:
            floor = max(floor, block.start)
        if not _may_end_with_attribution(self.text, floor, quote.start) or not _may_end_with_verb(
            self.text, floor, quote.start
        ):
            return None
        head, offset = _sentence_head(self.text, quote.start, floor)
        if not head.strip():
            return None
        match = _search_before(head)
        if match:
            return self._make(match, offset, "before")
        found = _according_before(head) if "ccording to" in head else None
        if found:
            return self._make_according(found[0], found[1], offset)
        return None

    def _make_according(self, at: int, match: re.Match[str], base: int) -> Attribution:
        start = base + at
        key = (start, start + len("according to"))
        if key in self.seen:
            return self.seen[key]
        attribution = Attribution(
            start=start,
            end=base + match.end("speaker"),
            verb=self.text[start : start + len("according to")],
            verb_start=start,
            verb_end=start + len("according to"),
            speaker=_speaker_name(match.group("speaker")),
            form="according-to",
        )
        self.seen[key] = attribution
        return attribution


def _build(doc: Document) -> QuoteModel:
    result = _Scanner(doc).run()
    _Attributor(doc, result).run()
    return result


# ---------------------------------------------------------------------------------------
# Helpers for rules


def quoted_text(doc: Document, quote: Quotation) -> str:
    return doc.text[quote.inner_start : quote.inner_end]


def has_speaker_near(doc: Document, quote: Quotation, window: int = 600) -> bool:
    """Whether a speaker is named in the quotation's paragraph or the adjacent sentences.

    Quoted text is blanked out first, so a verb inside a quotation does not count.
    """
    text = doc.text
    first_start = quote.paragraphs[0][0] if quote.paragraphs else quote.start
    block = block_at(doc, first_start)
    start = block.start if block is not None else quote.start
    end_block = block_at(doc, max(quote.start, quote.end - 1))
    end = end_block.end if end_block is not None else quote.end
    start = max(start, quote.start - window)
    end = min(end, quote.end + window)
    # the adjacent sentences, across a paragraph break
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j > 0:
        _, start = _sentence_head(text, j - 1, max(0, j - 300))
    k = end
    while k < len(text) and text[k].isspace():
        k += 1
    end = k + len(_sentence_tail(text, k, 300))
    # Quotations at depth 0 come in order and never overlap (their ends are in order too):
    # from the first that ends after `start`, one pass blanks them.
    top, top_ends = _top_level(doc)
    pieces = []
    done = start
    for k in range(bisect_right(top_ends, start), len(top)):
        other = top[k]
        if other.start >= end:
            break
        i = max(other.inner_start, start)
        j = min(other.inner_end, end)
        if i < j:
            pieces += [text[done:i], _blank(text[i:j])]
            done = j
    pieces.append(text[done:end])
    return names_speaker("".join(pieces))


_TOP_KEY = "_prlint_top_quotations"


def _top_level(doc: Document) -> tuple[list[Quotation], list[int]]:
    """The quotations at depth 0 and their ends, computed once per document."""
    cached = doc.__dict__.get(_TOP_KEY)
    if cached is None:
        top = [quote for quote in model(doc).quotations if quote.depth == 0]
        cached = doc.__dict__[_TOP_KEY] = (top, [quote.end for quote in top])
    return cached


def names_speaker(text: str) -> bool:
    """Whether `_SPEAKER_ANYWHERE` matches somewhere in `text` (the same answer, faster).

    A regex search for it tries the speaker patterns at every word. Every match has a
    verb that is a whole word (`\\bVERB\\b`), so only the verbs are tried, and the speaker
    before a verb is searched for only as far back as it can start."""
    if "ccording to" in text and _ACCORDING_TO.search(text):
        return True
    for verb in _whole_verbs(text):
        i = verb.start()
        # (`_VERB_FIRST` at i: only the whole word can be followed by white space)
        if _WS1_SUBJECT().match(text, verb.end()) or _SPEAKER_BEFORE_VERB().search(
            text, _speaker_word_floor(text, i), i
        ):
            return True
    return False


def _speaker_word_floor(text: str, verb_start: int) -> int:
    """Where the speaker word of `_SPEAKER_FIRST` can start at the earliest, for a verb at
    `verb_start`: the word (no white space in it) ends where the white space before the
    verb starts, or at the comma that opens an appositive (`Doe, a spokesperson, said`),
    which holds no comma."""
    end = len(text[:verb_start].rstrip())
    if text[end - 1 : end] == ",":
        end = max(0, text.rfind(",", 0, end - 1))
    head = text[:end].rstrip()
    words = head.rsplit(None, 1)
    return len(head) - len(words[-1]) if words else 0


def _blank(text: str) -> str:
    """Spaces for every character of `text` but its line breaks."""
    return "\n".join(" " * len(line) for line in text.split("\n"))
