"""The parts of a release, found once per document: release line, contacts, headline,
dateline, body, end mark and boilerplate.

Rules ask `doc.structure` instead of re-scanning the text.

Real releases arrive in many shapes (see the corpus): Markdown `#` headlines, YAML front
matter whose `title:` is the headline, PDF text hard-wrapped with no blank lines at all,
scraped pages with site navigation before the release and "Latest posts" after it. The
analysis therefore works line by line near the top:

1. the dateline (`prlint.dateline.parse_dateline`) is the strongest landmark: the first
   line in the top ~60 non-blank lines that opens with one starts the body;
2. otherwise the body starts at the first prose line (a sentence, ten words or more)
   after the release line, date line and contact details;
3. the headline is the title-like text just above the body (joined across a hard wrap,
   a second title-like line being the sub-headline), else the first Markdown heading,
   else the front matter `title:`, else the page title of a scraped page.

The release lines and contacts are those `prlint.release_line` and `prlint.contacts` find.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from functools import cached_property
from operator import itemgetter

from prlint.contacts import find_contact_blocks
from prlint.dateline import Dateline, may_open_dateline, parse_dateline, parse_opened_dateline
from prlint.document import Block, Document, Line
from prlint.release_line import find_release_lines, nonblank_lines


def _at_line_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` matching at the start of a line after the first, found by one scan."""
    return re.compile(rf"\n(?={pattern.pattern})", pattern.flags)


# Any line that, alone, closes a release: ###, # # #, #, #####, -30-, -0-, END(S), XXX,
# with optional Markdown bold or backslash escapes around it.
# (Spaces are taken possessively: no mark or emphasis starts with one, so the matches are
# those of `[ \t]*(?:\*\*|__)?[ \t]*`, without its quadratic retries on long blank runs.)
END_MARK = re.compile(
    r"[ \t]*+(?:(?:\*\*|__)[ \t]*+)?"
    r"(?P<mark>(?:\\?#[ \t]?){1,5}|-[ \t]?30[ \t]?-|-[ \t]?0[ \t]?-|ENDS?|XXX)"
    r"[ \t]*+(?:(?:\*\*|__)[ \t]*+)?"
)

_END_MARK_CHARS = " \t*_\\#-30ENDSX"  # all an `END_MARK` line may hold

_STRICT = os.environ.get("PRLINT_STRICT_STRUCTURE") == "1"  # tests: let analysis errors surface
TOP_LINES = 60  # how many non-blank lines from the top may precede the body

_RELEASE_LINE = re.compile(
    r"[ \t>*_#]*(?:for[ \t]+immediate[ \t]+release|embargo(?:ed)?\b|under[ \t]+embargo"
    r"|hold[ \t]+for[ \t]+release|please[ \t]+embargo|(?:media|news|press)[ \t]+release\b)",
    re.IGNORECASE,
)
_RELEASE_LABEL = re.compile(
    r"[ \t*_]*for[ \t]+immediate[ \t]+release[ \t]*[:\-–—]?[ \t]*(?:\*\*|__)?[ \t]*",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DATE_LINE = re.compile(
    r"[ \t*_]*(?:(?:release[ \t]+)?date[ \t]*:[ \t]*|published[ \t]*)?"
    r"(?:[A-Z][a-z]+day,?[ \t]+)?"
    rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+{_MONTH},?[ \t]+\d{{4}}"
    r"|\d{4}-\d\d-\d\d)[ \t*_]*",
    re.IGNORECASE,
)
_CONTACT_LABEL = re.compile(
    r"[ \t*_#]*(?:(?:media|press|investor|news|pr)[ \t]+)?(?:contacts?|inquiries)\b"
    r"|[ \t*_]*for[ \t]+(?:further|more)[ \t]+information,?[ \t]+(?:please[ \t]+)?contact",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}|\[email[ \t]+protected\]")
_PHONE = re.compile(
    r"(?<!\d)(?:\+\d{1,3}[ \t.-]?)?(?:\(\d{2,4}\)[ \t]?|\d{2,4}[ \t./-])"
    r"\d{3,4}[ \t./-]?\d{3,4}(?!\d)"
)
_PHONE_HINT = re.compile(r"\d{3}[ \t./-]?\d{3}")  # in every `_PHONE` match
_LABEL_LINE = re.compile(r"[^.!?]{0,40}:[ \t*_]*$")
_SITE_SUFFIX = re.compile(r"[ \t]+(?:-|–|\|)[ \t]+(?P<site>[^-–|]{3,80})$")
_MARKUP_EDGE = re.compile(
    r"^(?:[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|\*{1,3}|_{1,3}))+|(?:\*{1,3}|_{1,3}|[ \t]+#+)+[ \t]*$"
)
_FUNCTION_END = re.compile(
    r"(?:\b(?:the|a|an|of|for|to|and|or|in|on|at|by|from|with|as|into|over|after|its|their|his|her)"
    r"|[,;:–—-])[ \t]*$",
    re.IGNORECASE,
)
_ABOUT = re.compile(  # (possessive spaces, as in `END_MARK`)
    r"[ \t]*+(?:#{1,6}[ \t]++)?(?:\*\*|__|\*|_)?[ \t]*+About[ \t]+(?:the[ \t]+)?[A-Z0-9“\"'‘]",
    re.IGNORECASE,
)
_FRONT_TITLE = re.compile(
    r"^title[ \t]*:[ \t]*(?P<q>[\"']?)(?P<title>.+?)(?P=q)[ \t]*$", re.MULTILINE
)
_SENTENCE_END = re.compile(
    # (the lookbehind spares retrying the first alternative inside a word: a match there
    # would start at the word's start, found first)
    r"(?<![A-Za-z)\d%])(?P<word>[A-Za-z)\d%]{2,})[.!?][\"”’)]?(?=[ \t]|$)|[!?][\"”’]|[.][\"”’]"
)
_ABBREVIATIONS = frozenset(
    """rep sen gov mr mrs ms dr st jr sr inc co corp ltd no vs lt sgt det capt gen col prof
    hon jan feb aug sept oct nov dec ave blvd mt ft""".split()  # noqa: SIM905
)
_NAV = re.compile(
    r"(?:skip to|scroll to|you are here|search for|follow us|back to|read more|click here"
    r"|print this|share this|home\b|menu\b)",
    re.IGNORECASE,
)
_ABOUT_LINE = _at_line_start(_ABOUT)
_CASE_NUMBER = re.compile(r"[ \t*_]*case[ \t]*(?:#|no\.?|number)", re.IGNORECASE)
# A release line, a contact label or a case number: the labels a header item opens with.
_HEADER_LABEL = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_RELEASE_LINE, _CONTACT_LABEL, _CASE_NUMBER)),
    re.IGNORECASE,
)
_DATELINE_OPENERS = "*_/(-–—"  # but capitals, the characters a dateline may open with
_HEADER_INITIALS = "cefhimnpuCEFHIMNPU\u0131\u0130"  # of the words `_HEADER_LABEL` opens with
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TEN_WORDS = re.compile(r"(?:[^A-Za-z]*[A-Za-z][A-Za-z'’-]*+){10}")  # ten `_WORD`s or more
_FIGURES = re.compile(r"[\d,.$%]+")
_BAD_TITLE_STARTS = ",;:.)]•·▪–—-"
_SENTENCE_TAIL = re.compile(r"[a-z]{2}[.][\"”’]?$")  # (4 characters at most)
_SENTENCE_ENDINGS = (".", '."', ".”", ".’")  # (how `_SENTENCE_TAIL` matches end)
# (the letters `_NAV` opens with, and ſ, which a case-blind s matches)
_NAV_INITIALS = "sSyYfFbBrRcCpPhHmM\u017f"
_OPEN_TAIL = re.compile(r"[a-z,][ \t]*$")
_LOWER_OR_PAREN = re.compile(r"[ \t]*[a-z(]")
_LEAD_MARKUP = re.compile(r"(?:[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|\*{1,3}|_{1,3}))*[ \t]*")
_TRAIL_MARKUP = re.compile(r"(?:\*{1,3}|_{1,3}|[ \t]+#+|[ \t])*$")
_index_of = itemgetter(0)  # (of a `Line`: its index)
_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]?$")


class Structure:
    """Where the parts of a release are; None or empty for a part it lacks."""

    def __init__(self, end_mark: Line | None = None):
        self.end_mark = end_mark
        self.release_lines: list[Line] = []
        self.date_line: Line | None = None
        self.contacts: list[Block] = []
        self.headline: Block | None = None
        self.subheadline: Block | None = None
        self.dateline: tuple[int, int] | None = None  # offsets of the dateline text
        self.body: list[Block] = []
        self.boilerplate: list[Block] = []
        self.headline_span: tuple[int, int] | None = None  # headline text without markup
        self.headline_text = ""  # the headline, markup removed, whitespace collapsed
        self.headline_source = ""  # "text" | "heading" | "front-matter" | "page-title"
        self.subheadline_span: tuple[int, int] | None = None
        self.dateline_parts: Dateline | None = None  # the parsed dateline (prlint.dateline)
        self.first_paragraph: Block | None = None  # the paragraph the body opens with
        self.body_start: int | None = None  # offset of the first body character
        self.body_end_line: int | None = None  # index of the first line after the body


def find_end_mark(doc: Document) -> Line | None:
    """The last line that is an end mark alone, after the top of the release."""
    # (Blank lines, the only lines outside `doc.blocks`, are never end marks.) The mark is
    # usually near the end: look at the last lines first. Most lines hold a character no
    # mark has, which `strip` finds at once from either end.
    lines = doc.lines
    for index in range(len(lines) - 1, doc.body_start_line, -1):
        text = lines[index].text
        if text and not text.strip(_END_MARK_CHARS) and END_MARK.fullmatch(text):
            return lines[index]
    return None


def analyse(doc: Document) -> Structure:
    structure = Structure(end_mark=find_end_mark(doc))
    try:
        _Analysis(doc, structure).run()
    except Exception:
        if _STRICT:
            raise
    return structure


# --- helpers used by rules too ------------------------------------------------------------


_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_LINE_MARK = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)")
_STRONG = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")


def strip_markup(text: str) -> str:
    """Text without Markdown heading marks, emphasis, link syntax or blockquote marks."""
    # Each substitution only where its marks occur at all (most lines have none).
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    if "#" in text or ">" in text:
        text = _LINE_MARK.sub("", text)
    if "*" in text or "__" in text:
        text = _STRONG.sub(r"\2", text)
    if "_" in text:
        text = _UNDERSCORE.sub(r"\1", text)
    return " ".join(text.split())


def is_release_line(text: str) -> bool:
    return _RELEASE_LINE.match(text) is not None


def is_date_line(text: str) -> bool:
    return _is_date(text.strip())


def _is_date(stripped: str) -> bool:
    """`is_date_line` of text without spaces around it. (Every date the pattern reads ends
    in a digit, before any emphasis marks: a cheap test first.)"""
    return stripped.rstrip(" \t*_")[-1:].isdigit() and _DATE_LINE.fullmatch(stripped) is not None


# (Cheap checks first: an address holds "@" or "[email", a phone number `_PHONE_HINT`.)
def _has_email(text: str) -> bool:
    return ("@" in text or "[email" in text) and _EMAIL.search(text) is not None


def _has_phone(text: str) -> bool:
    return _PHONE_HINT.search(text) is not None and _PHONE.search(text) is not None


# (First the letter each label opens with, after the marks and spaces its pattern allows:
# ı and İ are an i to a case-insensitive pattern.)
def _about(text: str) -> bool:
    return text.lstrip(" \t#*_")[:1] in "aA" and _ABOUT.match(text) is not None


def _contact_label(text: str) -> bool:
    return (
        text.lstrip(" \t#*_")[:1] in "cfimnpCFIMNP\u0131\u0130"
        and _CONTACT_LABEL.match(text) is not None
    )


def looks_like_contact(text: str) -> bool:
    return bool(_contact_label(text) or _has_email(text) or _has_phone(text))


_PROSE_START = re.compile(r"[\"“‘'(\[]?[A-Z0-9$]")
_LOWER_START = re.compile(r"[ \t]*[a-z]")


def is_prose(text: str, next_text: str = "") -> bool:
    """A sentence of running text: ten words or more with sentence punctuation, or
    hard-wrapped onto a next line that carries on in lowercase."""
    if len(text) < 50:
        return False  # stripping markup never lengthens it
    stripped = strip_markup(text)
    if len(stripped) < 50 or not _TEN_WORDS.match(stripped):
        return False
    if not _PROSE_START.match(stripped):
        return False
    # (Every sentence end holds one of these: a line with none needs no scan. A quotation
    # mark closing a sentence, `!"` or `."`, has no word to read.)
    if "." in stripped or "!" in stripped or "?" in stripped:
        for end in _SENTENCE_END.finditer(stripped):
            word = end.group("word")
            if word is None or word.lower() not in _ABBREVIATIONS:
                return True
    return bool(_LOWER_START.match(next_text))


# --- the analysis ------------------------------------------------------------------------


class _Analysis:
    def __init__(self, doc: Document, structure: Structure):
        self.summary: list[Line] = []
        self._header: dict[int, bool] = {}
        self._titles: dict[str, bool] = {}
        self.doc = doc
        self.s = structure
        self.lines = doc.lines
        self._stop = structure.end_mark.index if structure.end_mark else len(self.lines)
        self.top = self._content_lines(TOP_LINES)
        # The kind of each line's block, for lines outside paragraphs (the only kinds asked
        # about: a paragraph line, like a blank one, has no entry).
        self.kinds = {
            line.index: block.kind
            for block in doc.blocks
            if block.kind != "paragraph"
            for line in block.lines
        }

    def _content_lines(self, limit: int | None = None) -> list[Line]:
        """The non-blank lines from the body start to the end mark (the first `limit`)."""
        lines = nonblank_lines(self.doc)  # (those of the whole text, found once per document)
        stop = bisect_left(lines, self._stop, key=_index_of)
        return lines[: stop if limit is None else min(stop, limit)]

    @cached_property
    def content(self) -> list[Line]:
        return self.top if len(self.top) < TOP_LINES else self._content_lines()

    # -- parts found by other modules --

    def release_lines(self) -> list[Line]:
        try:
            return [item.line for item in find_release_lines(self.doc)]
        except Exception:  # a bug there must not break the structure
            return [line for line in self.top[:25] if is_release_line(line.text)]

    def contacts(self) -> list[Block]:
        try:
            found = find_contact_blocks(self.doc)
        except Exception:  # (as above)
            return []
        blocks: list[Block] = []
        for contact in found:
            lines = tuple(getattr(contact, "lines", ()) or ())
            if lines:
                blocks.append(Block(lines))
            else:
                blocks.extend(getattr(contact, "blocks", ()) or ())
        return blocks

    # -- the run --

    def run(self) -> None:
        s = self.s
        s.release_lines = self.release_lines()
        s.contacts = self.contacts()
        self.contact_lines = {line.index for block in s.contacts for line in block.lines}
        self.release_indexes = {line.index for line in s.release_lines}
        for line in self.top[:25]:
            if _is_date(line.text.strip()):
                s.date_line = line
                break

        body_line, dateline = self.find_dateline()
        if body_line is None:
            body_line = self.find_first_prose()
            if body_line is not None:
                dateline = parse_dateline(
                    self.doc.text, body_line.start + _indent(body_line.text), lenient=True
                )
        if dateline is not None:
            s.dateline_parts = dateline
            s.dateline = (dateline.start, dateline.text_end)
        self.find_headline(body_line, dateline)
        if body_line is None:
            return
        first = body_line
        if dateline is not None and not dateline.places and dateline.end >= first.end:
            # a wire tag alone on its line ("--News Direct--"): the body is what follows
            following = [line for line in self.content if line.index > first.index]
            first = following[0] if following else first
        s.body_start = dateline.start if dateline is not None else first.start + _indent(first.text)
        self.find_body(first)

    def find_dateline(self) -> tuple[Line | None, Dateline | None]:
        for line in self.top:
            if self.kinds.get(line.index) in ("list", "table", "verbatim", "heading"):
                continue
            text = line.text
            start = line.start + len(text) - len(text.lstrip())  # (`_indent`)
            opening = self.doc.text[start : start + 1]
            if not ("A" <= opening <= "Z" or opening in _DATELINE_OPENERS):
                continue  # (what may open a dateline: a capital, emphasis or the like)
            if not may_open_dateline(self.doc.text, start):
                continue  # (the cheapest check first)
            if self.is_header_item(line):
                continue
            found = parse_opened_dateline(self.doc.text, start)
            if found is not None:
                return line, found
        return None, None

    def is_header_item(self, line: Line) -> bool:
        cached = self._header.get(line.index)
        if cached is None:
            cached = self._header[line.index] = self._is_header_item(line)
        return cached

    def _is_header_item(self, line: Line) -> bool:
        text = line.text.strip()
        return (
            line.index in self.release_indexes
            or line.index in self.contact_lines
            or (
                # (first the letter each label opens with, after the marks `_HEADER_LABEL`
                # allows before it: ı and İ are an i to a case-insensitive pattern)
                text.lstrip(" \t>*_#")[:1] in _HEADER_INITIALS
                and _HEADER_LABEL.match(text) is not None
            )
            or (len(text) < 120 and (_is_date(text) or _has_email(text) or _has_phone(text)))
        )

    def find_first_prose(self) -> Line | None:
        for line in self.top:
            if len(line.text) < 50:
                continue  # too short for `is_prose` (the cheapest check first)
            if self.kinds.get(line.index) in ("list", "blockquote", "table", "verbatim", "heading"):
                continue
            if self.is_header_item(line) or _about(line.text):
                continue
            following = self.lines[line.index + 1].text if line.index + 1 < len(self.lines) else ""
            if is_prose(line.text, following):
                return line
        return None

    def hard_wrapped(self) -> bool:
        """PDF text: lines broken at a fixed width, none much longer than ~110 characters."""
        if not hasattr(self, "_wrapped"):
            lengths = [len(line.text.rstrip()) for line in self.content]
            self._wrapped = (
                bool(lengths) and max(lengths) <= 130 and sum(n >= 70 for n in lengths) >= 5
            )
        return self._wrapped

    # -- headline --

    def title_like(self, text: str) -> bool:
        cached = self._titles.get(text)
        if cached is None:
            cached = self._titles[text] = self._title_like(text)
        return cached

    def _title_like(self, text: str) -> bool:
        if len(text) > 400 or text.lstrip().startswith("!["):
            return False  # an image
        plain = strip_markup(text)
        words = _word_count(plain)
        if not plain or words > 45 or len(plain) > 300:
            return False
        if not words and not _FIGURES.fullmatch(plain):
            return False
        if plain.endswith(("...", "…", ":")) or plain[:4].lower().startswith(("http", "www.")):
            return False
        if plain[0] in _BAD_TITLE_STARTS or (plain[0] in _NAV_INITIALS and _NAV.match(plain)):
            return False
        if (
            words > 6
            and plain.endswith(_SENTENCE_ENDINGS)
            and _SENTENCE_TAIL.search(plain, max(0, len(plain) - 4))
        ):
            return False  # a sentence, not a title
        return not is_date_line(plain) and not looks_like_contact(plain)

    def find_headline(self, body_line: Line | None, dateline: Dateline | None) -> None:
        doc = self.doc
        front = _FRONT_TITLE.search(doc.text, 0, doc.body_start) if doc.body_start else None
        candidates: list[tuple[Line, int]] = []  # (line, offset where the title text starts)
        if body_line is not None:
            candidates = self.title_lines_above(body_line)
        if front is not None:
            line = doc.line_at(front.start())
            self.set_headline([(line, front.start("title"))], "front-matter", front.end("title"))
            sub = [c for c in candidates if self.kinds.get(c[0].index) == "blockquote"]
            if sub:
                self.set_subheadline(sub[:1])
            return
        headings = [
            line
            for line in (self.top[:20] if "heading" in self.kinds.values() else ())
            if self.kinds.get(line.index) == "heading"
            and (body_line is None or line.index < body_line.index)
            and not _about(line.text)
        ]
        if headings and candidates and all(c[0].index != headings[0].index for c in candidates):
            candidates = []  # a Markdown headline wins over title-like text nearer the body
        if not candidates and headings:
            candidates = [(headings[0], headings[0].start)]
            following = (
                self.lines[headings[0].index + 1]
                if headings[0].index + 1 < len(self.lines)
                else None
            )
            if following is not None and not following.is_blank and self.title_like(following.text):
                candidates.append((following, following.start))
        if not candidates and body_line is None:
            after = [
                i
                for i, line in enumerate(self.top[:25])
                if line.index in self.release_indexes or is_date_line(line.text)
            ]
            if after:
                nxt = self.top[after[-1] + 1 : after[-1] + 2]
                if nxt and self.title_like(nxt[0].text) and not self.is_header_item(nxt[0]):
                    candidates = [(nxt[0], nxt[0].start)]
        if not candidates and not doc.is_markdown:
            first = self.top[0] if self.top else None
            if (
                first is not None
                and (body_line is None or first.index < body_line.index)
                and self.title_like(first.text)
                and _word_count(first.text) >= 3
                and not self.is_header_item(first)
                and not _DATE_LINE.match(first.text)
            ):
                text = first.text.rstrip()
                site = _SITE_SUFFIX.search(text)
                end = first.start + (site.start() if site else len(text))
                self.set_headline([(first, first.start)], "page-title", end)
                return
        if not candidates:
            return
        head = [candidates[0]]
        rest = candidates[1:]
        while rest and self.continues(head[-1][0], rest[0][0]):
            head.append(rest.pop(0))
        source = "heading" if self.kinds.get(head[0][0].index) == "heading" else "text"
        self.set_headline(head, source)
        if rest:
            self.set_subheadline(rest)
        elif self.summary:
            self.set_subheadline([(line, line.start) for line in self.summary])

    def title_lines_above(self, body_line: Line) -> list[tuple[Line, int]]:
        """Title-like lines just above the body, top to bottom (at most four)."""
        found: list[tuple[Line, int]] = []
        summary: list[Line] = []
        skipped = 0
        index = body_line.index - 1
        blanks = 0
        while index >= self.doc.body_start_line and len(found) < 4:
            line = self.lines[index]
            index -= 1
            if line.is_blank:
                blanks += 1
                if blanks > 1 and found:
                    break
                continue
            blanks = 0
            text = line.text
            # (the label opens with an f, after what its pattern allows before it)
            label = _RELEASE_LABEL.match(text) if text.lstrip(" \t*_")[:1] in "fF" else None
            if label and label.end() < len(text.rstrip()) and self.title_like(text[label.end() :]):
                found.append((line, line.start + label.end()))  # "For Immediate Release: Title"
                break
            if is_date_line(text) and not found:
                continue  # "Headline / date / body" (Riverside)
            if self.is_header_item(line) or self.kinds.get(line.index) in (
                "list",
                "table",
                "verbatim",
            ):
                break
            if not text.strip(_END_MARK_CHARS) and END_MARK.fullmatch(text):
                break
            if text.rstrip().endswith(("...", "…")) and not found:
                continue  # a truncated breadcrumb of the headline
            if not self.title_like(text):
                if (
                    found
                    and found[-1][0].index == line.index + 1
                    and _OPEN_TAIL.search(text)
                    and _word_count(text) >= 6
                    and not is_release_line(text)
                ):
                    found = []  # the "titles" were pieces of a sentence split over lines
                if found or skipped >= 6 or _word_count(text) < 6:
                    break
                skipped += 1  # a summary paragraph between the headline and the dateline
                summary.append(line)
                continue
            found.append((line, line.start))
        found.reverse()
        if found and _LOWER_OR_PAREN.match(found[0][0].text, found[0][1] - found[0][0].start):
            found = []  # pieces of a sentence broken over lines (scraped links), not a headline
        if found and summary:
            summary.reverse()
            self.summary = summary
        return found

    def continues(self, line: Line, following: Line) -> bool:
        """Whether `following` carries on the title on `line` (a hard wrap)."""
        if following.index != line.index + 1:
            return False
        if self.kinds.get(following.index) == "heading":
            return False
        text, next_text = strip_markup(line.text), strip_markup(following.text)
        if not next_text:
            return False
        # (`text` has no trailing space: a match lies in its last few characters)
        if next_text[0].islower() or _FUNCTION_END.search(text, max(0, len(text) - 12)):
            return True
        letters = list(filter(str.isalpha, text + next_text))
        if letters and all(map(str.isupper, letters)):
            return True
        joined = f"{text} {next_text}"
        if len(joined) > 40 and joined in self.doc.text:
            return True
        # PDF text wraps a long headline: the first half long, both halves in title case
        return (
            self.hard_wrapped()
            and len(text) >= 45
            and not text.endswith((".", "!", "?", ":"))  # (`text` has no line break)
            and _title_cased(text)
            and _title_cased(next_text)
        )

    def set_headline(
        self, parts: list[tuple[Line, int]], source: str, end: int | None = None
    ) -> None:
        s = self.s
        s.headline = Block(
            tuple([line for line, _ in parts]), "heading" if source == "heading" else "paragraph"
        )
        start, stop = _trim_markup(
            self.doc.text, parts[0][1], end if end is not None else parts[-1][0].end
        )
        s.headline_span = (start, stop)
        s.headline_text = strip_markup(self.doc.text[start:stop])
        s.headline_source = source

    def set_subheadline(self, parts: list[tuple[Line, int]]) -> None:
        s = self.s
        s.subheadline = Block(tuple([line for line, _ in parts]), "paragraph")
        s.subheadline_span = _trim_markup(self.doc.text, parts[0][1], parts[-1][0].end)

    # -- body and boilerplate --

    def find_body(self, first: Line) -> None:
        s, doc = self.s, self.doc
        end_index = s.end_mark.index if s.end_mark else len(self.lines)
        boiler_start = None
        for line in _lines_matching(doc, _ABOUT_LINE, first.index + 1, end_index):
            if _word_count(strip_markup(line.text).split(":")[0]) <= 12:
                boiler_start = line.index
                break
        body_end = boiler_start if boiler_start is not None else end_index
        if (
            s.end_mark is None
            and doc.is_markdown
            and first.index + 1 < body_end
            and "---" in doc.text[self.lines[first.index + 1].start : self.lines[body_end - 1].end]
        ):
            rule = next(
                (
                    line.index
                    for line in self.lines[first.index + 1 : body_end]
                    if line.text.strip() == "---"
                ),
                None,
            )
            if rule is not None:
                body_end = rule  # the newsworthy archive footer after a Markdown rule
        s.body_end_line = body_end
        s.body = _slice_blocks(doc, first.index, body_end)
        s.first_paragraph = s.body[0] if s.body else None
        if (
            s.first_paragraph is not None
            and len(s.first_paragraph.lines) > 1
            and _one_line_paragraphs(s.first_paragraph)
        ):
            s.first_paragraph = Block((s.first_paragraph.lines[0],), s.first_paragraph.kind)
        if boiler_start is not None:
            stop = end_index
            for line in self.lines[boiler_start + 1 : end_index]:
                if _contact_label(line.text) or line.text.strip() == "---":
                    stop = line.index
                    break
            s.boilerplate = _slice_blocks(doc, boiler_start, stop)
        if s.end_mark is not None:
            # (none of these blocks after the end mark is among those before it)
            s.boilerplate += self.boilerplate_after_end()

    def boilerplate_after_end(self) -> list[Block]:
        end = self.s.end_mark
        assert end is not None
        # (Only an About line turns `inside` on: the blocks before the first one are out.)
        abouts = _lines_matching(self.doc, _ABOUT_LINE, end.index + 1, len(self.lines))
        first_about = next(abouts, None)
        if first_about is None:
            return []
        found: list[Block] = []
        inside = False
        for block in _slice_blocks(self.doc, end.index + 1, len(self.lines)):
            if block.lines[-1].index < first_about.index:
                continue
            for line in block.lines:
                text = line.text
                if _about(text):
                    inside = True
                elif (
                    _contact_label(text)
                    or text.strip() == "---"
                    or (self.kinds.get(line.index) == "heading")
                ):
                    inside = False
            if inside:
                found.append(block)
        return found


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _trim_markup(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) so it excludes heading marks, emphasis and quotes around it."""
    segment = text[start:end]
    lead = _LEAD_MARKUP.match(segment)
    a = lead.end() if lead else 0
    rest = segment[a:]
    # (the trailing markup lies within the trailing run of its characters)
    trail = _TRAIL_MARKUP.search(rest, len(rest.rstrip("*_ \t#")))
    b = a + (trail.start() if trail else len(segment) - a)
    return start + a, start + max(a, b)


def _slice_blocks(doc: Document, first: int, stop: int) -> list[Block]:
    """The document's blocks between line indexes [first, stop), trimmed at both ends."""
    out: list[Block] = []
    blocks = doc.blocks  # in order, each a run of consecutive lines
    last_lines = doc.__dict__.get("_prlint_block_last_lines")
    if last_lines is None:
        last_lines = doc.__dict__["_prlint_block_last_lines"] = [b.last.index for b in blocks]
    for block in blocks[bisect_left(last_lines, first) :]:  # (from the first not before)
        low, high = block.lines[0].index, block.lines[-1].index
        if high < first:
            continue
        if low >= stop:
            break
        if first <= low and high < stop:
            out.append(block)
        else:
            out.append(Block(block.lines[max(first - low, 0) : stop - low], block.kind))
    return out


def _lines_matching(doc: Document, at_start: re.Pattern[str], first: int, stop: int):
    """The lines among `doc.lines[first:stop]` whose text the pattern matches, in order
    (`at_start` is `_at_line_start(pattern)`; the pattern never reads past a line end)."""
    lines = doc.lines
    stop = min(stop, len(lines))
    if first >= stop:
        return
    if first == 0:
        if at_start.match("\n" + lines[0].text):
            yield lines[0]
        first = 1
        if first >= stop:
            return
    for match in at_start.finditer(doc.text, lines[first].start - 1, lines[stop - 1].end):
        yield lines[doc.line_index(match.start() + 1)]


# For `_word_count`: "a" a letter, "w" another character a `_WORD` holds once ’ is read as
# ', " " the rest (a character outside ASCII, once encoded as "?", among them).
_WORD_CLASSES = bytes(
    ord("a") if chr(c).isalpha() else ord("w") if chr(c) in "'-" else ord(" ")
    for c in range(128)
) + b" " * 128  # fmt: skip


def _word_count(text: str) -> int:
    """How many `_WORD`s the text holds, counted by a few string operations in C (`findall`
    costs more than a thousand instructions a word): a word is a run of letters once the
    other characters a word holds are dropped."""
    classes = text.replace("’", "'").encode("ascii", "replace").translate(_WORD_CLASSES)
    letters = classes.replace(b"w", b"")
    return letters.count(b" a") + letters.startswith(b"a")


def _title_cased(text: str) -> bool:
    """Seven in ten words of four letters or more start with a capital."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return not words or sum(w[0].isupper() for w in words) * 10 >= len(words) * 7


def _one_line_paragraphs(block: Block) -> bool:
    """Scraped pages put one paragraph per line with no blank lines between them."""
    first = block.lines[0].text.rstrip()
    return len(first) > 120 and bool(_SENTENCE_STOP.search(first))
