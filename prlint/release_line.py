"""Release lines: `FOR IMMEDIATE RELEASE`, embargo lines and labels such as `MEDIA RELEASE`.

"The top" of a release (`top_lines`) is its first 25 non-blank lines after the front
matter, up to and including the first line of running prose (a list item does not end
it: the "Research Highlights" bullets of American Heart Association releases come before
their embargo line). Real releases put the
release line in the first few lines, but scraped pages put it after the site's
navigation (the 17th non-blank line of the Orange County pages), PDF letterheads put a
date and a contact block first, and the prose stop keeps a "related posts" list below
the body (`FOR IMMEDIATE RELEASE: 15 Charged ...`) out of it.

`find_release_lines` returns the lines that *are* release lines, so that other parts can
skip them (the headline finder does):

- `immediate`: a line starting with `FOR IMMEDIATE RELEASE`, in any case, after any
  Markdown heading, quote or emphasis markers, in the top;
- `embargo`: a line starting with an embargo phrase (`EMBARGOED UNTIL`, `Embargo:`,
  `EMBARGO -`, `Embargo Date:`, `Under strict embargo:`, `HOLD FOR RELEASE UNTIL`,
  `Please embargo until`, `NOT FOR RELEASE BEFORE` ...), anywhere in the release (some
  put it at the foot, PDF pages repeat it on every page); in the top also a capitalised
  `EMBARGOED UNTIL`/`EMBARGO:` inside a letterhead line;
- `label`: a configured label (`MEDIA RELEASE`, `NEWS RELEASE`, `PRESS RELEASE`,
  `MEDIA ADVISORY`, `NEWS ADVISORY` by default) that is the line, possibly qualified
  (`JOINT MEDIA RELEASE`, `AMNESTY INTERNATIONAL PRESS RELEASE`) or next to a date and a
  reference number (`07 October 2001 MEDIA RELEASE 01/596`), in the top.

`release_line_at_top` is looser, for deciding whether a release has one at all: it also
accepts a label in capitals or title case inside a letterhead line (`MEDIA RELEASE
MINISTER FOR FOREIGN AFFAIRS ...`, `MICHAEL DANBY MHR Press Release from ...`) or in any
case opening a line (`Joint media release with Chris Bowen MP ...`; not `In a media
release, ...`) and an inline `***For immediate release***` or `FOR IMMEDIATE
RELEASE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import NamedTuple

from prlint.dates import (
    DateMatch,
    DayMonth,
    TimeMatch,
    find_dates,
    find_day_months,
    find_times,
    find_zones,
)
from prlint.document import Document, Line

DEFAULT_LABELS = (
    "MEDIA RELEASE",
    "NEWS RELEASE",
    "PRESS RELEASE",
    "MEDIA ADVISORY",
    "NEWS ADVISORY",
)
TOP_WINDOW = 25

# Markdown/emphasis markers that may open a release line.
_OPEN = re.compile(r"[ \t]*+(?:#{1,6}[ \t]++|>[ \t]*+)*+(?:[*_]{1,3}[ \t]*+)?")
_IMMEDIATE = re.compile(r"for[ \t]+immediate[ \t]+release\b", re.IGNORECASE)
_IMMEDIATE_INLINE = re.compile(
    r"(?-i:FOR[ \t]+IMMEDIATE[ \t]+RELEASE)\b"
    r"|\*{1,3}[ \t]*for[ \t]+immediate[ \t]+release[ \t]*\*{1,3}",
    re.IGNORECASE,
)
_EMBARGO = re.compile(
    r"(?:(?:please[ \t]+)?embargo(?:ed)?(?:[ \t]+date)?|strictly[ \t]+embargoed"
    r"|under[ \t]+(?:strict[ \t]+)?embargo|hold[ \t]+for[ \t]+release"
    r"|not[ \t]+for[ \t]+(?:release|publication|broadcast)(?=[ \t]+(?:until|before)))"
    # what may follow: a colon or dash, "until", a time, a closing "***", nothing; "for"
    # only after "embargoed" ("Embargoed for publication on ..."). Not "Embargo on Cuba".
    r"(?=[ \t]*+(?:[:\-–—]|until\b|till\b|\d|\*|$)|(?<=ed)[ \t]+for\b)",
    re.IGNORECASE,
)
# A line break before a line that opens with an embargo phrase (the scan jumps from line
# break to line break, where a `^` pattern would be tried at every character). Such a line
# starts with markup or with how a phrase starts ("ſ" reads as "s" when a regex ignores
# case, and no other character reads as one of these letters but their capitals): plain
# tests of its first characters rule most lines out before the costly case-blind phrases.
_EMBARGO_LINE_AFTER = re.compile(
    r"\n(?=(?-i:[ \t#>*_PpEeSsUuHhNn\u017f]))"
    r"(?=(?-i:[ \t#>*_]|[Pp][Ll]|[Ee][Mm]|[Ss\u017f][Tt]|[Uu][Nn]|[Hh][Oo]|[Nn][Oo]))"
    r"(?=" + _OPEN.pattern + "(?:" + _EMBARGO.pattern + "))",
    re.IGNORECASE | re.MULTILINE,  # (`$`: a line end)
)
# Every `_EMBARGO` match holds "embargo", "hold" or "not" once lower-cased, and every
# `_IMMEDIATE` match "mmed": no character but these letters reads as one of them when a
# regex ignores case (where "ı" and "İ" read as "i", and "ſ" as "s": see `_CASE_ODD`).
# What a regex ignoring case reads as "i" or "s" but `str.lower` does not turn into one.
_CASE_ODD = ("\u0131", "\u0307", "\u017f")
# What holds one of them once lower-cased ("İ" lower-cases to "i" and a combining dot).
_CASE_ODD_SOURCES = (*_CASE_ODD, "\u0130")
_AFTER_LABEL = re.compile(r"[ \t]*+[:.;,\-–—]*+[ \t]*+(?:[*_]{1,3}[ \t]*+)?")
_BLANK_CHARS = " \t\u00a0\u200b\ufeff"
_EMBARGO_INLINE = re.compile(r"\bEMBARGO(?:ED)?(?:[ \t]+(?:UNTIL|TILL|FOR)\b|[ \t]*:)")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?[ \t]+[\"“‘(]?[A-Z]")
_LAST_WORD = re.compile(r"\w+$")
_LOWER_WORD = re.compile(r"(?<![\w'’&.-])[a-z][\w'’&.-]*")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    re.findall(
        r"\w+",
        "hon mr mrs ms dr st sen rep gov jr sr inc co corp ltd no mt ft gen lt col capt sgt "
        "prof rev ave blvd calif ariz colo conn fla ill ind kan mass mich minn miss nev okla "
        "ore penn tenn wash wis wyo jan feb aug sept sep oct nov dec",
    )
)
# What may stand before a label in any case that opens a line: `Joint media release with ...`
_LABEL_OPENING = re.compile(r"[ \t>*_#]*(?:[A-Z][\w’'-]*[ \t]+){0,3}")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]")
_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")
# For `is_prose`: twenty `_WORD`s or more (the text between them holds no letter), and
# `_WORD` and `_LOWER_WORD` with an empty group at the end (`findall` then lists empty
# strings, one shared object: it counts the words without building each one). ASCII text
# is read by `_byte_word_counts` instead.
_COUNTS = (
    re.compile(r"(?:[\W\d_]*+[^\W\d_][\w'’&.-]*+){20}"),
    re.compile(_WORD.pattern + "()"),
    re.compile(_LOWER_WORD.pattern + "()"),
)
# The class of each ASCII character for `_byte_word_counts`: "l" a lower-case letter, "u"
# an upper-case one, "w" another character a word may hold (a digit, _ ' & . -), " " the
# rest.
_ASCII_CLASSES = bytes(
    ord("l") if chr(c).islower() else ord("u") if chr(c).isupper()
    else ord("w") if chr(c).isdigit() or chr(c) in "_'&.-" else ord(" ")
    for c in range(128)
) + b" " * 128  # fmt: skip
_LABEL_TAIL_PUNCT = "*_:;,.-–—/()#|"
_MONTH_WORDS = frozenset(
    re.findall(
        r"\w+",
        "january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec",
    )
)


class ReleaseLine(NamedTuple):
    line: Line
    kind: str  # "immediate" | "embargo" | "label"
    start: int  # offsets of the label (e.g. `FOR IMMEDIATE RELEASE`) in doc.text
    end: int
    rest_start: int  # where the text after the label and its punctuation starts
    in_top: bool = True

    @property
    def label(self) -> str:
        return self.line.text[self.start - self.line.start : self.end - self.line.start]

    @property
    def rest(self) -> str:
        return self.line.text[self.rest_start - self.line.start :]


def top_lines(doc: Document) -> list[Line]:
    """The top of the release: see the module docstring."""
    cached = doc.__dict__.get("_prlint_top_lines")
    if cached is not None:
        return list(cached)
    lines: list[Line] = []
    for line in nonblank_lines(doc):
        lines.append(line)
        text = line.text
        if len(lines) >= TOP_WINDOW or (
            len(text) >= 80 and is_prose(text) and not _LIST_ITEM.match(text)
        ):
            break
    doc.__dict__["_prlint_top_lines"] = lines
    return list(lines)


def nonblank_lines(doc: Document) -> list[Line]:
    """The non-blank lines after the front matter, in order (found once per document).

    They are the lines of `doc.blocks`, but for the blank lines of a fenced code block."""
    cached = doc.__dict__.get("_prlint_nonblank_lines")
    if cached is None:
        cached = []
        for block in doc.blocks:
            if block.kind == "verbatim":
                cached += [line for line in block.lines if line.text.strip(_BLANK_CHARS)]
            else:
                cached += block.lines
        doc.__dict__["_prlint_nonblank_lines"] = cached
    return cached


def is_prose(text: str) -> bool:
    """A line of running text: 20 words or more, mostly lower case, with a sentence end."""
    if len(text) < 80:  # twenty words do not fit
        return False
    head = text[:600]  # (twenty words fit: long lines are judged by their start)
    counts = _byte_word_counts(head)
    if counts is None:
        if not _COUNTS[0].match(head):
            return False
        counts = len(_COUNTS[1].findall(head)), len(_COUNTS[2].findall(head))
    words, lower = counts
    if words < 20 or lower < 0.45 * words:  # (the cheap tests first) a title or a letterhead
        return False
    return _ends_sentence(text) or any(
        (word := _LAST_WORD.search(text, max(0, m.start() - 24), m.start())) is None
        or (word.group(0).lower() not in _ABBREVIATIONS and not word.group(0).isupper())
        for m in _SENTENCE_BREAK.finditer(text, 0, 600)
    )


def _byte_word_counts(head: str) -> tuple[int, int] | None:
    """How many `_WORD`s and `_LOWER_WORD`s the text holds, read from its characters'
    classes (`_ASCII_CLASSES`) by a few byte operations in C (a regex costs more than a
    thousand instructions a word); None when it holds non-ASCII characters other than
    the no-break space and General Punctuation (U+2000-U+203F: spaces, dashes, quotation
    marks), which the Unicode-aware patterns must read.

    Of those, only ’ is a word's character (as ' is); the others are not, and each of
    their UTF-8 bytes (all of them 0x80 or more) reads as a blank."""
    data = head.encode("utf-8", "surrogatepass")
    if len(data) != len(head):
        data = data.replace("’".encode(), b"'")
        # (each of these encodes as 2 or 3 bytes; any other non-ASCII character adds more)
        if len(data) - len(head) != 2 * data.count(b"\xe2\x80") + data.count(b"\xc2\xa0"):
            return None
    classes = data.translate(_ASCII_CLASSES)
    # A lower-case word opens with a lower-case letter after none of a word's characters.
    lower = classes.count(b" l") + classes.startswith(b"l")
    # A word is a run of letters once the other characters words hold are dropped.
    letters = classes.replace(b"w", b"")
    words = letters.count(b" l") + letters.count(b" u") + (letters[:1] in (b"l", b"u"))
    return words, lower


@lru_cache(maxsize=32)
def _label_words(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A word of each label, to skip lines that cannot hold one without a regex."""
    return tuple({label.split()[-1].lower() for label in labels if label.strip()})


def _ends_sentence(text: str) -> bool:
    end = text.rstrip()
    if end[-1:] in "\"”’')":
        end = end[:-1]
    return end[-1:] in (".", "!", "?")


@lru_cache(maxsize=32)
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    parts = [r"[ \t]+".join(map(re.escape, label.split())) for label in labels if label.strip()]
    return re.compile(rf"(?<![\w])(?:{'|'.join(parts) or '(?!)'})(?![\w])", re.IGNORECASE)


def _rest_start(line: Line, index: int) -> int:
    """Skip the punctuation and closing markup after a label at `index` (line-relative)."""
    match = _AFTER_LABEL.match(line.text, index)
    return line.start + (match.end() if match else index)


def _label_line(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()]
    after = text[match.end() :]
    if _SENTENCE_BREAK.search(before) or len(_WORD.findall(before, 0, 400)) > 6:
        return False
    if before.strip(" \t*_#>") and re.search(r"[a-z]", before) and not re.search(r"\d", before):
        return False  # "in a media release" — lower-case running words before it
    # After it, only separators, dates and reference numbers (01/596, 12/0608/MC).
    return all(
        any(c.isdigit() for c in token) or not token.strip(_LABEL_TAIL_PUNCT)
        or token.strip(_LABEL_TAIL_PUNCT).lower() in _MONTH_WORDS
        for token in after.split()
    )  # fmt: skip


def find_release_lines(doc: Document, labels: Iterable[str] = DEFAULT_LABELS) -> list[ReleaseLine]:
    """Release lines in document order: see the module docstring."""
    labels = tuple(labels)
    cache = doc.__dict__.setdefault("_prlint_release_lines", {})
    if labels not in cache:
        cache[labels] = _find_release_lines(doc, labels)
    return list(cache[labels])


def _find_release_lines(doc: Document, labels: tuple[str, ...]) -> list[ReleaseLine]:
    label_re = _label_pattern(labels)
    label_words = _label_words(labels)
    top = top_lines(doc)
    last_top = top[-1].index if top else -1
    # Lines below the top are only looked at when they open with an embargo phrase.
    start = top[-1].end if top else doc.body_start
    if start and doc.text[start - 1] == "\n":
        start -= 1  # (a line break before the first line to look at)
    below = [
        doc.line_index(match.start() + 1) for match in _EMBARGO_LINE_AFTER.finditer(doc.text, start)
    ]
    if start == 0 and _EMBARGO_LINE_AFTER.match("\n" + doc.lines[0].text):
        below.insert(0, 0)
    found: list[ReleaseLine] = []
    candidates = _top_candidates(doc, top, label_words)
    doc.__dict__.setdefault("_prlint_top_candidates", {})[label_words] = candidates
    for index in sorted(candidates) + below:
        line = doc.lines[index]
        in_top = index <= last_top  # (the lines below the top come after it)
        lowered = line.text.lower()
        # (Cheap tests first: what each phrase holds once lower-cased; see `_CASE_ODD`.)
        may_immediate = in_top and "mmed" in lowered
        may_embargo = "embargo" in lowered or "hold" in lowered or "not" in lowered
        if in_top and not (
            may_immediate
            or may_embargo
            or "EMBARGO" in line.text
            or any(map(lowered.__contains__, label_words))
        ):
            continue  # (the usual case: no release line, as the steps below would find)
        opening = _OPEN.match(line.text) if may_immediate or may_embargo else None
        at = opening.end() if opening else 0
        if may_immediate:
            immediate = _IMMEDIATE.match(line.text, at)
            if immediate:
                found.append(
                    ReleaseLine(line, "immediate", line.start + at, line.start + immediate.end(),
                                _rest_start(line, immediate.end()), True)
                )  # fmt: skip
                continue
        embargo = _EMBARGO.match(line.text, at) if may_embargo else None
        if embargo and (in_top or len(line.text.strip()) <= 160):
            found.append(
                ReleaseLine(line, "embargo", line.start + at, line.start + embargo.end(),
                            _rest_start(line, embargo.end()), in_top)
            )  # fmt: skip
            continue
        if not in_top:
            continue
        inline = _EMBARGO_INLINE.search(line.text) if "EMBARGO" in line.text else None
        if inline:
            label_end = inline.start() + len(inline.group(0).rstrip(": \t").split()[0])
            found.append(
                ReleaseLine(line, "embargo", line.start + inline.start(), line.start + label_end,
                            _rest_start(line, label_end), True)
            )  # fmt: skip
            continue
        if not any(map(lowered.__contains__, label_words)):
            continue
        label = label_re.search(line.text)
        if label and _label_line(line.text, label):
            found.append(
                ReleaseLine(line, "label", line.start + label.start(), line.start + label.end(),
                            _rest_start(line, label.end()), True)
            )  # fmt: skip
    return found


def _top_candidates(doc: Document, top: list[Line], label_words: tuple[str, ...]) -> set[int]:
    """The indexes of the top lines that may be release lines: those holding, once
    lower-cased, what an immediate or embargo phrase or a label holds (see `_CASE_ODD`;
    "EMBARGO" lower-cased is one of them; "hold" and "not" open a phrase only before a
    blank). Found by searching the lower-cased top as a whole (a few searches, not a few
    per line)."""
    if not top:
        return set()
    needles = ("mmed", "embargo", "hold ", "hold\t", "not ", "not\t", *label_words)
    if not all(map(_found_in_ascii_lowering, label_words)):
        return {
            line.index
            for line in top
            if any(map(line.text.lower().__contains__, needles))
        }
    start = top[0].start
    # (ASCII letters lower-cased, any other character "?": the offsets stay those of the
    # text, and this costs a third of `str.lower` on text with non-ASCII characters)
    lowered = doc.text[start : top[-1].end].encode("ascii", "replace").lower()
    found: set[int] = set()
    for needle in needles:
        written = needle.encode()
        at = lowered.find(written)
        while at >= 0:
            line = doc.line_at(start + at)
            found.add(line.index)
            at = lowered.find(written, line.end - start)  # (from the next line on)
    return found


def _found_in_ascii_lowering(word: str) -> bool:
    """Whether a text holds `word` once lower-cased exactly when its ASCII letters,
    lower-cased, spell it: `word` is ASCII, and neither "k" (what "K", the Kelvin sign,
    lower-cases to) nor an "i" that ends it ("İ" lower-cases to "i" and a combining dot)."""
    return word.isascii() and "k" not in word and not word.endswith("i")


def release_line_at_top(
    doc: Document, labels: Iterable[str] = DEFAULT_LABELS, found: list[ReleaseLine] | None = None
) -> tuple[int, int] | None:
    """The span of a release line (or label) at the top, read loosely; None if there is none."""
    labels = tuple(labels)
    found = find_release_lines(doc, labels) if found is None else found
    for release in found:
        if release.in_top:
            return release.start, release.end
    label_re = _label_pattern(labels)
    words = _label_words(labels)
    top = top_lines(doc)
    if top and not any(map(doc.text[top[0].start : top[-1].end].__contains__, _CASE_ODD_SOURCES)):
        # Only the lines holding a label's word or "mmed" once lower-cased can answer: the
        # candidates of `find_release_lines`, which hold those and a few more.
        candidates = doc.__dict__.get("_prlint_top_candidates", {}).get(words)
        if candidates is None:
            candidates = _top_candidates(doc, top, words)
        top = [line for line in top if line.index in candidates]
    for line in top:
        lowered = line.text.lower()
        # (a label holds its last word: see `_label_words` and `_CASE_ODD`)
        if any(map(lowered.__contains__, words)) or any(map(lowered.__contains__, _CASE_ODD)):
            for label in label_re.finditer(line.text):
                written = label.group(0)
                opens = _LABEL_OPENING.fullmatch(line.text[: label.start()]) is not None
                if written.isupper() or written.istitle() or opens:
                    return line.start + label.start(), line.start + label.end()
        inline = _IMMEDIATE_INLINE.search(line.text) if "mmed" in lowered else None
        if inline:
            return line.start + inline.start(), line.start + inline.end()
    return None


_STATEMENT_MAX = 300


@cache  # (compiled on first use: few releases have an embargo line)
def _connector() -> re.Pattern[str]:
    return re.compile(r"^[ \t:\-–—]*(?:(?:until|till|to|for|on)\b[ \t:\-–—]*)?", re.IGNORECASE)


class Embargo:
    """An embargo line and the statement after its label (`until 9 a.m. ET, June 8, 2021`).

    (A plain class: what `embargo_parts` reads of it is kept in its `__dict__`.)
    """

    def __init__(self, release: ReleaseLine, start: int, end: int, text: str):
        self.release = release
        self.start = start  # the statement, in doc.text
        self.end = end
        self.text = text

    @property
    def line(self) -> Line:
        return self.release.line


def embargoes(doc: Document, found: list[ReleaseLine] | None = None) -> list[Embargo]:
    """Every distinct embargo statement (a page header repeated on each page counts once)."""
    if found is None:
        cached = doc.__dict__.get("_prlint_embargoes")
        if cached is None:
            cached = doc.__dict__["_prlint_embargoes"] = embargoes(doc, find_release_lines(doc))
        return list(cached)
    seen: set[str] = set()
    result: list[Embargo] = []
    for release in found:
        if release.kind != "embargo":
            continue
        line = release.line
        start = release.end
        end = line.end
        text = doc.text[start:end]
        if len(text) > _STATEMENT_MAX:  # an embargo says its piece in a line's first words
            text = text[:_STATEMENT_MAX]
            end = start + _STATEMENT_MAX
        bare = text.rstrip(" \t")
        if bare.endswith("**"):  # "*** EMBARGOED UNTIL ... ***"
            text = bare.rstrip("*").rstrip(" \t")
            end = start + len(text)
        if not re.search(r"\w", _connector().sub("", text)):
            following = next(
                (
                    other
                    for other in doc.lines[line.index + 1 : line.index + 3]
                    if not other.is_blank
                ),
                None,
            )
            if following is not None:
                start, end = release.end, following.end
                text = doc.text[start:end]
        key = re.sub(r"\W+", " ", doc.text[release.start : end]).strip().lower()
        if key in seen:
            continue
        seen.add(key)
        result.append(Embargo(release, start, end, text))
    return result


class EmbargoParts(NamedTuple):
    """What an embargo statement gives; offsets are into doc.text."""

    dates: list[DateMatch]
    day_months: list[DayMonth]
    times: list[TimeMatch]
    zones: list[tuple[int, int, str]]  # every zone mention, with or without a time

    @property
    def has_date(self) -> bool:
        return bool(self.dates or self.day_months)


def embargo_parts(embargo: Embargo) -> EmbargoParts:
    """Dates, times and zones of an embargo statement (times read loosely: `12.00`), read
    once per embargo (`embargoes(doc)` gives every rule the same objects)."""
    parts = embargo.__dict__.get("_parts")
    if parts is None:
        parts = embargo.__dict__["_parts"] = _embargo_parts(embargo)
    return parts


def _embargo_parts(embargo: Embargo) -> EmbargoParts:
    text, base = embargo.text, embargo.start
    dates = [DateMatch(d.date, d.start + base, d.end + base, d.weekday) for d in find_dates(text)]
    day_months = [
        DayMonth(d.month, d.day, d.start + base, d.end + base, d.weekday)
        for d in find_day_months(text)
    ]
    times = [
        TimeMatch(
            t.hour, t.minute, t.zone, t.start + base, t.end + base, t.ambiguous,
            None if t.zone_start is None else t.zone_start + base,
            None if t.zone_end is None else t.zone_end + base,
        )
        for t in find_times(text, loose=True)
        if not any(d.start - base <= t.start < d.end - base for d in dates)
    ]  # fmt: skip
    zones = [(start + base, end + base, zone) for start, end, zone in find_zones(text)]
    for t in times:
        known = any(start == t.zone_start for start, _, _ in zones)
        if t.zone and t.zone_start is not None and t.zone_end is not None and not known:
            zones.append((t.zone_start, t.zone_end, t.zone))
    zones.sort()
    return EmbargoParts(dates, day_months, times, zones)


@cache  # (compiled on first use: only embargoes with a zone ask for the region)
def _au_hints() -> re.Pattern[str]:
    # (The lookahead lets the scan skip to the characters a hint starts with.)
    return re.compile(
        r"(?=[ACNQT.])(?:\bAustralian?\b|\bCanberra\b|\bNew South Wales\b|\bQueensland\b"
        r"|\bTasmania\b|\bA[ECW]ST\b|\bA[EC]DT\b|\.(?:gov|com|org|net|edu)\.au\b)"
    )


# A substring of every `_au_hints` match: a release with none of them is not Australian.
_AU_GATES = ("Australia", "Canberra", "New South Wales", "Queensland", "Tasmania",
             "AEST", "ACST", "AWST", "AEDT", "ACDT", ".au")  # fmt: skip


def zone_region(doc: Document, settings: dict | None = None) -> str:
    """The region that decides how EST and CST read: config `region`, else AU when the
    release is plainly Australian (two mentions of Australia, Canberra, AEST ... or an
    .au address), else US."""
    configured = (settings or {}).get("region")
    if configured:
        return str(configured).upper()
    found = [at for at in map(doc.text.find, _AU_GATES) if at >= 0]
    if not found:
        return "US"
    hits = 0
    # (no hint starts more than 4 characters before its gate: ".com" in ".com.au")
    for match in _au_hints().finditer(doc.text, max(0, min(found) - 4)):
        token = match.group(0)
        hits += 2 if token.startswith(".") or token.isupper() else 1
        if hits >= 2:
            return "AU"
    return "US"
