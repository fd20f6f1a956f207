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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
# Spans whose marks are not prose: inline code, URLs, Markdown link targets and
# reference definitions, autolinks, HTML tags and comments.
_EXCLUDED = re.compile(
    r"`[^`\n]{0,500}`"
    r"|\]\([^)\n]{0,800}\)"
    r"|^[ ]{0,3}\[[^\]\n]{1,200}\]:[^\n]*"
    r"|<!--.*?-->"
    r"|</?[A-Za-z][^<>\n]{0,800}>"
    r"|(?:https?://|www\.)[^\s<>()\"“”]{1,800}",
    re.MULTILINE | re.DOTALL,
)
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
VERB = rf"(?:{_VERB_WORDS})"
_CAP = r"(?:[A-Z](?:[^\W_]|[’'.\-&])*|[A-Z]\.)"
_CONNECT = r"(?:of|the|and|for|at|de|da|del|della|der|den|van|von|le|la|du|in|on|y|bin|al)"
_WS = r"[ \t\u00a0]*\n?[ \t\u00a0]*"
_WS1 = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"
PRONOUN = r"(?:he|she|they|He|She|They|we|We|I|it|It)"
_NAME = rf"{_CAP}(?:{_WS1}(?:{_CAP}|{_CONNECT})){{0,9}}"
_DET = (
    r"(?:the|The|a|A|an|An|our|Our|its|Its|his|His|her|Her|their|Their)"
    rf"(?:{_WS1}[\w’'\-]+){{1,5}}"
)
_APPOSITIVE = r"(?:,[^,;.“”\"\n]{1,120}(?:\n[^,;.“”\"\n]{1,120})?,)?"
_ROLE = rf"(?:(?:co-)?[a-z][a-z\-]{{1,20}}{_WS1}){{0,3}}"  # `lead author`, `co-founder`
SUBJECT = rf"(?:{PRONOUN}|{_ROLE}{_NAME}|{_DET})"
_LEAD = r"\A[\s*_]*(?:[,.;:—–-][\s*_]*)?"
_AUX_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would|could|can|may|might)\s*\Z")

_AFTER_VERB_FIRST = re.compile(
    rf"{_LEAD}(?P<emph>[*_]{{1,3}})?(?P<verb>{VERB})\b{_WS1}(?P<speaker>{SUBJECT})"
)
_AFTER_SUBJECT_FIRST = re.compile(
    rf"{_LEAD}(?P<emph>[*_]{{1,3}})?(?P<speaker>{SUBJECT}){_APPOSITIVE}{_WS1}(?P<verb>{VERB})\b"
)
_ACCORDING = re.compile(rf"\b(?P<verb>[Aa]ccording to){_WS1}(?P<speaker>{SUBJECT})")
_BEFORE = re.compile(
    rf"(?P<speaker>{SUBJECT}){_APPOSITIVE}{_WS1}(?P<verb>{VERB})\b"
    r"(?:[ \t\n]+(?:that|in a (?:statement|release|letter|news release|press release)"
    r"|on \w+|today|yesterday|recently|at the \w+(?: \w+)?))?"
    r"[ \t\n]*[:,]?[\s*_]*\Z"
)
_BEFORE_ACCORDING = re.compile(rf"\b[Aa]ccording to{_WS1}(?P<speaker>{SUBJECT})[ \t\n]*,[\s*_]*\Z")
# A speaker anywhere in a window of text: used to decide whether a quote is an orphan.
_SPEAKER_ANYWHERE = re.compile(
    rf"(?:\b(?:{PRONOUN}|{_CAP}|[a-z]+s|official|spokes\w+|statement|report|release)"
    rf"{_APPOSITIVE}{_WS1}{VERB}\b|\b{VERB}{_WS1}{SUBJECT}|\b[Aa]ccording to\b)"
)
_ENDS_ATTRIBUTION = re.compile(
    r"[\s*_]*(?:[.,;:!?]|\Z|in a (?:statement|release|letter|news release|press release)\b)"
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Det|Insp|Supt|St|Jr|Sr|Inc|"
    r"Co|Corp|Ltd|No|Hon|Rev|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|D\.C)|"
    r"\b[A-Z])\.\Z"
)


@dataclass(frozen=True)
class Mark:
    offset: int
    char: str
    role: str  # "open" | "close" | "apostrophe" | "prime" | "other"

    @property
    def double(self) -> bool:
        return self.char in '"“”' or len(self.char) == 2

    @property
    def straight(self) -> bool:
        return self.char in "\"'" or self.char == "''"

    @property
    def end(self) -> int:
        return self.offset + len(self.char)


@dataclass
class Attribution:
    start: int  # the attribution clause, verb and speaker (emphasis markup excluded)
    end: int
    verb: str
    verb_start: int
    verb_end: int
    speaker: str | None
    form: str  # after | before | according-to | previous-sentence
    pronoun: bool = False
    has_auxiliary: bool = False


@dataclass(eq=False)
class Quotation:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark, or the end of the last paragraph
    open: Mark
    close: Mark | None = None
    depth: int = 0
    parent: Quotation | None = None
    continuations: list[Mark] = field(default_factory=list)  # reopening marks
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    attribution: Attribution | None = None
    speaker: str | None = None

    @property
    def double(self) -> bool:
        return self.open.double

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def inner_start(self) -> int:
        return self.open.end

    @property
    def inner_end(self) -> int:
        return self.close.offset if self.close is not None else self.end


@dataclass
class QuoteModel:
    marks: list[Mark] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    stray_closers: list[Mark] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    prose_blocks: list[Block] = field(default_factory=list)


_CACHE_KEY = "_prlint_quote_model"


def model(doc: Document) -> QuoteModel:
    cached = doc.__dict__.get(_CACHE_KEY)
    if cached is None:
        cached = _build(doc)
        doc.__dict__[_CACHE_KEY] = cached
    return cached


def quotations(doc: Document) -> list[Quotation]:
    return model(doc).quotations


# ---------------------------------------------------------------------------------------
# Marks


def excluded_spans(doc: Document, block: Block) -> list[tuple[int, int]]:
    text = doc.text
    spans = [(m.start(), m.end()) for m in _EXCLUDED.finditer(text, block.start, block.end)]
    if not doc.is_markdown:
        # In plain text, backticks and angle brackets are rare and mean nothing special;
        # only URLs are excluded.
        spans = [s for s in spans if text[s[0]] not in "`<" or text.startswith("<!--", s[0])]
    return spans


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


def _opens_block(text: str, block: Block) -> str | None:
    """The opening mark that starts a block (after list/quote markers and emphasis)."""
    stripped = text[block.start : block.end].lstrip(" \t\u00a0*_>-•")
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
    tail = text[block.start : block.end].rstrip(" \t\u00a0*_")
    return bool(tail) and tail[-1] not in _END_PUNCT + "”\"’'"


def _closes_first(text: str, block: Block) -> bool:
    """Whether the first double mark of a block closes a quotation: the block goes on with
    a quotation from the one before it (a paragraph split in extraction)."""
    for match in re.finditer(r"[“”\"]", text[block.start : block.end]):
        i = block.start + match.start()
        if match.group() == "”":
            return True
        if match.group() == '"':
            return i > block.start and not text[i - 1].isspace() and (
                i + 1 >= block.end or not text[i + 1].isalnum()
            )
        return False
    return False


class _Scanner:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.result = QuoteModel()
        self.stack: list[Quotation] = []

    def run(self) -> QuoteModel:
        blocks = [b for b in self.doc.blocks if b.kind not in ("verbatim", "comment")]
        self.result.prose_blocks = blocks
        for index, block in enumerate(blocks):
            self.scan_block(block)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if self.stack and following is not None and following.kind != "heading" and (
                _opens_block(self.text, following)
                or _is_split_paragraph(self.text, block, following)
                or _closes_first(self.text, following)
            ):
                continue  # the quotation goes on in the next paragraph
            self.close_all(block.end)
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
        for quote in reversed(self.stack):
            if quote.double:
                return quote
        return None

    def scan_block(self, block: Block) -> None:
        text = self.text
        if _MARKS.search(text, block.start, block.end) is None:
            return
        chunk = text[block.start : block.end]
        spans = (
            excluded_spans(self.doc, block)
            if "`" in chunk or "<" in chunk or "](" in chunk or "://" in chunk
            or "www." in chunk or "[" in chunk
            else []
        )
        span_index = 0
        for match in _MARKS.finditer(text, block.start, block.end):
            i = match.start()
            while span_index < len(spans) and spans[span_index][1] <= i:
                span_index += 1
            if span_index < len(spans) and spans[span_index][0] <= i < spans[span_index][1]:
                continue
            self.mark(i, match.group(), block)

    def mark(self, i: int, char: str, block: Block) -> None:
        text = self.text
        prev = _prev_char(text, i, block.start)
        nxt = _next_char(text, i + len(char) - 1, block.end)
        if len(char) == 2:
            role = self.double_role('"', i, prev, nxt)
        elif char in '"“”':
            role = self.double_role(char, i, prev, nxt)
        else:
            role = self.single_role(char, i, prev, nxt, block)
        mark = Mark(i, char, role)
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
        limit = min(block.end, i + 600)
        for match in re.finditer(r"(?<=[\w.,!?…])'(?![\w])", text[i + 1 : limit]):
            j = i + 1 + match.start()
            if not text[j - 1].isdigit() or text[j - 2 : j - 1].isalpha():
                # `parents' rights`: a plural possessive may also close; accept it
                return True
        return False

    def push(self, mark: Mark, block: Block) -> None:
        text = self.text
        if not mark.double and self.stack and not self.stack[0].double:
            outer = self.stack[0]
            if block.start > outer.paragraphs[-1][0] and self._first_mark_of_block(mark, block):
                # A new paragraph of a quotation in single marks (British style).
                del self.stack[1:]
                self._end_paragraph(outer, self._line_end_before(mark.offset))
                outer.continuations.append(mark)
                outer.paragraphs.append((mark.offset, block.end))
                return
        if mark.double:
            open_double = self._open_double()
            if open_double is not None and (
                (
                    block.start > open_double.paragraphs[-1][0]
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
                open_double.paragraphs.append((mark.offset, block.end))
                return
        parent = self.stack[-1] if self.stack else None
        quote = Quotation(
            start=mark.offset,
            end=block.end,
            open=mark,
            depth=(parent.depth + 1) if parent else 0,
            parent=parent,
            paragraphs=[(mark.offset, block.end)],
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


def _sentence_tail(text: str, start: int, limit: int) -> str:
    """Text from `start` to the end of its sentence (or the next quotation), at most `limit`."""
    end = min(len(text), start + limit)
    chunk = text[start:end]
    cut = len(chunk)
    for match in re.finditer(r"[.!?](?=[\s*_]|$)|\n[ \t]*\n|[“\"‘]", chunk):
        if match.group() == "." and _ABBREVIATIONS.search(chunk[: match.end()]):
            continue
        cut = match.end() if match.group() in ".!?" else match.start()
        break
    return chunk[:cut]


def _sentence_head(text: str, end: int, floor: int) -> tuple[str, int]:
    """Text from the start of the sentence containing `end` up to `end`; and its offset."""
    chunk = text[floor:end]
    start = 0
    for match in re.finditer(r"[.!?][”\"’']?[ \t\n*_]+(?=\S)|\n[ \t]*\n|[”]", chunk):
        head = chunk[: match.start() + 1]
        if match.group()[0] == "." and _ABBREVIATIONS.search(head):
            continue
        start = match.end()
    return chunk[start:], floor + start


def _speaker_name(raw: str) -> str:
    name = re.sub(r"\s+", " ", raw).strip(" ,.*_")
    return re.sub(r"\s+of\s+the\s+\w+$", "", name)


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
                    and re.fullmatch(r"[^“”\"]*", between)
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
        verb_start = base + match.start("verb")
        verb_end = base + match.end("verb")
        speaker_start = base + match.start("speaker")
        speaker_end = base + match.end("speaker")
        key = (verb_start, verb_end)
        if key in self.seen:
            return self.seen[key]
        raw = match.group("speaker")
        pronoun = re.fullmatch(PRONOUN, raw) is not None
        attribution = Attribution(
            start=min(verb_start, speaker_start),
            end=max(verb_end, speaker_end),
            verb=match.group("verb"),
            verb_start=verb_start,
            verb_end=verb_end,
            speaker=None if pronoun else _speaker_name(raw),
            form=form,
            pronoun=pronoun,
            has_auxiliary=bool(_AUX_BEFORE.search(self.text[max(0, verb_start - 12) : verb_start])),
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
        for pattern in (_AFTER_VERB_FIRST, _AFTER_SUBJECT_FIRST):
            match = pattern.match(tail)
            if match and (not complete or _ENDS_ATTRIBUTION.match(tail, match.end())):
                return self._make(match, base, "after")
        match = _ACCORDING.match(tail, re.match(_LEAD, tail).end())  # type: ignore[union-attr]
        if match:
            return self._make(match, base, "according-to")
        return None

    def before(self, quote: Quotation) -> Attribution | None:
        floor = max(0, quote.start - 400)
        block = self.doc.block_at(quote.start)
        if block is not None:
            floor = max(floor, block.start)
        head, offset = _sentence_head(self.text, quote.start, floor)
        if not head.strip():
            return None
        match = _BEFORE.search(head)
        if match:
            return self._make(match, offset, "before")
        match = _BEFORE_ACCORDING.search(head)
        if match:
            return self._make_according(match, offset)
        return None

    def _make_according(self, match: re.Match[str], base: int) -> Attribution:
        text = match.group()
        verb_rel = text.lower().index("according to")
        start = base + match.start() + verb_rel
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
    block = doc.block_at(first_start)
    start = block.start if block is not None else quote.start
    end_block = doc.block_at(max(quote.start, quote.end - 1))
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
    chunk = list(text[start:end])
    for other in model(doc).quotations:
        if other.depth == 0 and other.end > start and other.start < end:
            for i in range(max(other.inner_start, start), min(other.inner_end, end)):
                chunk[i - start] = " " if chunk[i - start] != "\n" else "\n"
    return _SPEAKER_ANYWHERE.search("".join(chunk)) is not None
