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

`prlint.release_line`, `prlint.contacts` and `prlint.dates` (written in parallel) are
used when present, with small fallbacks of our own so the analysis works either way.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from prlint.dateline import Dateline, parse_dateline

if TYPE_CHECKING:
    from prlint.document import Block, Document, Line

# Any line that, alone, closes a release: ###, # # #, #, #####, -30-, -0-, END(S), XXX,
# with optional Markdown bold or backslash escapes around it.
END_MARK = re.compile(
    r"[ \t]*(?:\*\*|__)?[ \t]*"
    r"(?P<mark>(?:\\?#[ \t]?){1,5}|-[ \t]?30[ \t]?-|-[ \t]?0[ \t]?-|ENDS?|XXX)"
    r"[ \t]*(?:\*\*|__)?[ \t]*"
)

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
_ABOUT = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__|\*|_)?[ \t]*About[ \t]+(?:the[ \t]+)?[A-Z0-9“\"'‘]",
    re.IGNORECASE,
)
_FRONT_TITLE = re.compile(
    r"^title[ \t]*:[ \t]*(?P<q>[\"']?)(?P<title>.+?)(?P=q)[ \t]*$", re.MULTILINE
)
_SENTENCE_END = re.compile(
    r"(?P<word>[A-Za-z)\d%]{2,})[.!?][\"”’)]?(?=[ \t]|$)|[!?][\"”’]|[.][\"”’]"
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
_CASE_NUMBER = re.compile(r"[ \t*_]*case[ \t]*(?:#|no\.?|number)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass
class Structure:
    end_mark: Line | None = None
    release_lines: list[Line] = field(default_factory=list)
    date_line: Line | None = None
    contacts: list[Block] = field(default_factory=list)
    headline: Block | None = None
    subheadline: Block | None = None
    dateline: tuple[int, int] | None = None  # offsets of the dateline text
    body: list[Block] = field(default_factory=list)
    boilerplate: list[Block] = field(default_factory=list)
    # Added fields (all optional):
    headline_span: tuple[int, int] | None = None  # headline text without Markdown markup
    headline_text: str = ""  # the headline, markup removed, whitespace collapsed
    headline_source: str = ""  # "text" | "heading" | "front-matter" | "page-title"
    subheadline_span: tuple[int, int] | None = None
    dateline_parts: Dateline | None = None  # the parsed dateline (see prlint.dateline)
    first_paragraph: Block | None = None  # the paragraph the body opens with
    body_start: int | None = None  # offset of the first body character
    body_end_line: int | None = None  # index of the first line after the body


def find_end_mark(doc: Document) -> Line | None:
    """The last line that is an end mark alone, after the top of the release."""
    for block in reversed(doc.blocks):
        for line in reversed(block.lines):
            if END_MARK.fullmatch(line.text) and line.index > doc.body_start_line:
                return line
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


def strip_markup(text: str) -> str:
    """Text without Markdown heading marks, emphasis, link syntax or blockquote marks."""
    text = re.sub(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)", r"\1", text)
    text = re.sub(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)", "", text)
    text = re.sub(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", text)
    return " ".join(text.split())


def is_release_line(text: str) -> bool:
    return _RELEASE_LINE.match(text) is not None


def is_date_line(text: str) -> bool:
    return _DATE_LINE.fullmatch(text.strip()) is not None


def looks_like_contact(text: str) -> bool:
    return bool(_CONTACT_LABEL.match(text) or _EMAIL.search(text) or _PHONE.search(text))


def is_prose(text: str, next_text: str = "") -> bool:
    """A sentence of running text: ten words or more with sentence punctuation, or
    hard-wrapped onto a next line that carries on in lowercase."""
    stripped = strip_markup(text)
    if len(stripped) < 50 or len(_WORD.findall(stripped)) < 10:
        return False
    if not re.match(r"[\"“‘'(\[]?[A-Z0-9$]", stripped):
        return False
    for end in _SENTENCE_END.finditer(stripped):
        if end.group("word").lower() not in _ABBREVIATIONS:
            return True
    return bool(re.match(r"[ \t]*[a-z]", next_text))


# --- the analysis ------------------------------------------------------------------------


class _Analysis:
    def __init__(self, doc: Document, structure: Structure):
        self.summary: list[Line] = []
        self._header: dict[int, bool] = {}
        self._titles: dict[str, bool] = {}
        self.doc = doc
        self.s = structure
        self.lines = doc.lines
        start = doc.body_start_line
        stop = structure.end_mark.index if structure.end_mark else len(self.lines)
        self.content = [line for line in self.lines[start:stop] if not line.is_blank]
        self.top = self.content[:TOP_LINES]
        self.kinds = {line.index: block.kind for block in doc.blocks for line in block.lines}

    # -- parts found by other modules, with fallbacks --

    def release_lines(self) -> list[Line]:
        try:
            from prlint import release_line
        except ImportError:  # not written yet: fall back to our own pattern
            release_line = None  # type: ignore[assignment]
        if release_line is not None:
            try:
                return [item.line for item in release_line.find_release_lines(self.doc)]
            except Exception:  # a bug there must not break the structure
                pass
        return [line for line in self.top[:25] if is_release_line(line.text)]

    def contacts(self) -> list[Block]:
        from prlint.document import Block

        try:
            from prlint.contacts import find_contact_blocks
        except ImportError:
            return []
        try:
            found = find_contact_blocks(self.doc)
        except Exception:
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
            if is_date_line(line.text):
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
            if self.is_header_item(line) or self.kinds.get(line.index) in (
                "list",
                "table",
                "verbatim",
            ):
                continue
            if self.kinds.get(line.index) == "heading":
                continue
            found = parse_dateline(self.doc.text, line.start + _indent(line.text))
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
        short = len(text) < 120
        return (
            line.index in self.release_indexes
            or line.index in self.contact_lines
            or is_release_line(text)
            or (short and is_date_line(text))
            or bool(_CONTACT_LABEL.match(text))
            or (short and bool(_EMAIL.search(text) or _PHONE.search(text)))
            or bool(_CASE_NUMBER.match(text))
        )

    def find_first_prose(self) -> Line | None:
        for line in self.top:
            if self.kinds.get(line.index) in ("list", "blockquote", "table", "verbatim", "heading"):
                continue
            if self.is_header_item(line) or _ABOUT.match(line.text):
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
        words = _WORD.findall(plain)
        if not plain or len(words) > 45 or len(plain) > 300:
            return False
        if not words and not re.fullmatch(r"[\d,.$%]+", plain):
            return False
        if plain.endswith(("...", "…", ":")) or plain.lower().startswith(("http", "www.")):
            return False
        if re.match(r"[,;:.)\]•·▪–—-]", plain) or _NAV.match(plain):
            return False
        if re.search(r"[a-z]{2}[.][\"”’]?$", plain) and len(words) > 6:
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
            for line in self.top[:20]
            if self.kinds.get(line.index) == "heading"
            and (body_line is None or line.index < body_line.index)
            and not _ABOUT.match(line.text)
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
            first = self.content[0] if self.content else None
            if (
                first is not None
                and (body_line is None or first.index < body_line.index)
                and self.title_like(first.text)
                and len(_WORD.findall(first.text)) >= 3
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
            label = _RELEASE_LABEL.match(text)
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
            if END_MARK.fullmatch(text):
                break
            if text.rstrip().endswith(("...", "…")) and not found:
                continue  # a truncated breadcrumb of the headline
            if not self.title_like(text):
                if (
                    found
                    and found[-1][0].index == line.index + 1
                    and re.search(r"[a-z,][ \t]*$", text)
                    and len(_WORD.findall(text)) >= 6
                    and not is_release_line(text)
                ):
                    found = []  # the "titles" were pieces of a sentence split over lines
                if found or skipped >= 6 or len(_WORD.findall(text)) < 6:
                    break
                skipped += 1  # a summary paragraph between the headline and the dateline
                summary.append(line)
                continue
            found.append((line, line.start))
        found.reverse()
        if found and re.match(r"[ \t]*[a-z(]", found[0][0].text[found[0][1] - found[0][0].start :]):
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
        if next_text[0].islower() or _FUNCTION_END.search(text):
            return True
        letters = [c for c in text + next_text if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            return True
        joined = f"{text} {next_text}"
        if len(joined) > 40 and joined in self.doc.text:
            return True
        # PDF text wraps a long headline: the first half long, both halves in title case
        return (
            self.hard_wrapped()
            and len(text) >= 45
            and not re.search(r"[.!?:]$", text)
            and _title_cased(text)
            and _title_cased(next_text)
        )

    def set_headline(
        self, parts: list[tuple[Line, int]], source: str, end: int | None = None
    ) -> None:
        from prlint.document import Block

        s = self.s
        s.headline = Block(
            tuple(line for line, _ in parts), "heading" if source == "heading" else "paragraph"
        )
        start, stop = _trim_markup(
            self.doc.text, parts[0][1], end if end is not None else parts[-1][0].end
        )
        s.headline_span = (start, stop)
        s.headline_text = strip_markup(self.doc.text[start:stop])
        s.headline_source = source

    def set_subheadline(self, parts: list[tuple[Line, int]]) -> None:
        from prlint.document import Block

        s = self.s
        s.subheadline = Block(tuple(line for line, _ in parts), "paragraph")
        s.subheadline_span = _trim_markup(self.doc.text, parts[0][1], parts[-1][0].end)

    # -- body and boilerplate --

    def find_body(self, first: Line) -> None:
        from prlint.document import Block

        s, doc = self.s, self.doc
        end_index = s.end_mark.index if s.end_mark else len(self.lines)
        boiler_start = None
        for line in self.lines[first.index + 1 : end_index]:
            if (
                _ABOUT.match(line.text)
                and len(_WORD.findall(strip_markup(line.text).split(":")[0])) <= 12
            ):
                boiler_start = line.index
                break
        body_end = boiler_start if boiler_start is not None else end_index
        if s.end_mark is None:
            rule = next(
                (
                    line.index
                    for line in self.lines[first.index + 1 : body_end]
                    if line.text.strip() == "---"
                ),
                None,
            )
            if rule is not None and doc.is_markdown:
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
                if _CONTACT_LABEL.match(line.text) or line.text.strip() == "---":
                    stop = line.index
                    break
            s.boilerplate = _slice_blocks(doc, boiler_start, stop)
        if s.end_mark is not None:
            s.boilerplate += [b for b in self.boilerplate_after_end() if b not in s.boilerplate]

    def boilerplate_after_end(self) -> list[Block]:
        end = self.s.end_mark
        assert end is not None
        found: list[Block] = []
        inside = False
        for block in _slice_blocks(self.doc, end.index + 1, len(self.lines)):
            for line in block.lines:
                text = line.text
                if _ABOUT.match(text):
                    inside = True
                elif (
                    _CONTACT_LABEL.match(text)
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
    lead = re.match(r"(?:[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|\*{1,3}|_{1,3}))*[ \t]*", segment)
    a = lead.end() if lead else 0
    trail = re.search(r"(?:\*{1,3}|_{1,3}|[ \t]+#+|[ \t])*$", segment[a:])
    b = a + (trail.start() if trail else len(segment) - a)
    return start + a, start + max(a, b)


def _slice_blocks(doc: Document, first: int, stop: int) -> list[Block]:
    """The document's blocks between line indexes [first, stop), trimmed at both ends."""
    from prlint.document import Block

    out: list[Block] = []
    for block in doc.blocks:
        lines = tuple(line for line in block.lines if first <= line.index < stop)
        if lines:
            out.append(block if len(lines) == len(block.lines) else Block(lines, block.kind))
    return out


def _title_cased(text: str) -> bool:
    """Seven in ten words of four letters or more start with a capital."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return not words or sum(w[0].isupper() for w in words) * 10 >= len(words) * 7


def _one_line_paragraphs(block: Block) -> bool:
    """Scraped pages put one paragraph per line with no blank lines between them."""
    first = block.lines[0].text.rstrip()
    return len(first) > 120 and bool(re.search(r"[.!?][\"”’)]?$", first))
