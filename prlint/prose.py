"""Find the blocks of a document that are source code or data rather than prose.

prlint is meant for press releases, but it is also run on whatever a directory holds:
a Python module, a JSON file, a CSV export, or a release that quotes a snippet of code.
Prose rules flag nonsense there (a triple quote is an unbalanced quote, `# -- Private
--` a badly spaced dash), so the engine drops the findings that start in the blocks
found here.

The unit is the block (a run of non-blank lines, see `prlint.document`), so a release
that quotes code, or a Markdown release with a fenced snippet, keeps every other
paragraph checked. Each line gets evidence:

* primary (looked for in every document, on characters prose rarely holds): `{` or `[`
  ending a line, `{"`, a JSON key (`"id": 1`), `=` as an operator between spaces
  (`x = y`, `a == b`, `i += 1`; not `a=b` in a URL, nor on a line that ends like a
  sentence, `1 + 1 = 2.`, nor between capitalised words, `Acme + Beta = Growth`), `):`
  or `);` closing a call, `};`, `attribute="`, a preprocessor line or `#!`, `$(`, `${`,
  a `$ ` prompt, ` && `, ` || `, `>&2`, `>/dev/null`;
* secondary (looked for only in and next to the blocks with primary evidence): a line
  of closing brackets, `a[i];`, a triple quote, a JSON array string, `//` or `/*`
  opening a line, Python and shell statements (`def f(`, `import x`, an indented
  `if ...:` or `return`, a call alone on its line, `NAME=value`, `"$f"`, `fi`,
  `; then`), `self.`;
* weak: a call such as `wrap(`, a line ending in `;` or `:`;
* layout: a line indented by a tab or four spaces (not in Markdown, where list items
  nest prose so), a `#`, `//` or `/*` comment line, a Markdown fence.

Evidence inside `backticks` on a line does not count: that is prose quoting code. A
block is code when it holds primary or secondary evidence and more than half of its
lines hold some evidence, or when its strong evidence is dense (ten pieces or more,
twice as many as its lines: minified code, a JSON or HTML file on one line). A
paragraph made only of layout lines next to code is code too (a docstring or a comment
between functions), never a heading or a list. A block is data when at least two of
its lines, and at least half of them, hold three commas glued to the next field
(`1,North,2.5`; not `a, b`, nor the thousands of `1,234,567`).

Limits: code with no primary evidence in or next to its block (a lone `import os`, a
block of bare commands such as `pip install x`, a JSON fragment without brackets at
line ends) is prose to this module, and so is code that reads like prose (a module
docstring, a C comment). Tab- or pipe-separated tables are prose on purpose: releases
hold tables of figures. A single line of prose that holds primary evidence and does
not end like a sentence (`x = y` in a heading) is taken for code.

Cost: the primary tests jump between occurrences of their character with `str.find`
(memchr) and the data test is one regex scan that fails fast, so a release without
code costs 10 to 20 microseconds per 4 KB (half a percent of a check); a release that
quotes code, a few tenths of a millisecond. The other tests run only around primary
evidence, each a regex scan (the line tests start at a newline, so each line is tried
once, in C). Every test looks at most `_REACH` characters around a match, and repeats
are bounded, so a long run of one character costs linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from prlint.document import Document

Span = tuple[int, int]
Check = Callable[[str, int], bool]

# How far back a test looks on a line, so that a huge line costs linear time.
_REACH = 200


class _Test(NamedTuple):
    pattern: re.Pattern[str]
    at_start: bool  # only blanks may precede the match on its line
    check: Check | None  # a last look around the match's start
    char: str  # primary tests: every match starts with it, and `str.find` jumps there
    then: str  # primary tests: the characters that may follow `char` (a cheap test)


def _t(
    pattern: str,
    at_start: bool = False,
    check: Check | None = None,
    char: str = "",
    then: str = "",
) -> _Test:
    return _Test(re.compile(pattern, re.M), at_start, check, char, then)


def _line_start(text: str, pos: int) -> int:
    """Where pos's line starts, or -1 when that is more than `_REACH` back."""
    start = text.rfind("\n", max(0, pos - _REACH), pos) + 1
    return start if start or pos <= _REACH else -1


def _blank_before(text: str, pos: int) -> bool:
    start = _line_start(text, pos)
    return start >= 0 and not text[start:pos].strip(" \t")


_OPERATOR_BEFORE = frozenset(" \t-+*/%|&!<>:=")
# Capitalised words each side of `=`: a headline (`Acme + Beta = Growth`), not code.
_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z]*[ \t]+\Z")
_WORD_AFTER = re.compile(r"=[ \t]+[A-Z][A-Za-z]*(?![\w.(\[])")


def _operator(text: str, pos: int) -> bool:
    """`=` as an operator (`x = y`, `a == b`, `i += 1`), not `a=b` in a URL, nor on a
    line that ends like a sentence (`1 + 1 = 2.`), nor between capitalised words."""
    if text[pos - 1 : pos] not in _OPERATOR_BEFORE:
        return False
    if _WORD_AFTER.match(text, pos) and _WORD_BEFORE.search(text, max(0, pos - 40), pos):
        return False
    return not _ends_sentence(text, pos)


def _ends_sentence(text: str, pos: int) -> bool:
    """Whether pos's line ends like a sentence (looking `_REACH` ahead at most)."""
    end = text.find("\n", pos, pos + _REACH)
    return _sentence_end(text[pos : end if end >= 0 else pos + _REACH])


def _sentence_end(line: str) -> bool:
    return line.rstrip(" \t\"'”’)]*_").endswith((".", "!", "?"))


# What follows a word in parentheses in prose: `Acme(R)`, `employee(s)`.
_MARKS = frozenset(("R", "TM", "SM", "C", "r", "tm", "s", "es"))


def _called(text: str, pos: int) -> bool:
    """`):`, `);` or `){` closing a call `name(...)`, not `(in order):`, `(NYSE: X);`
    or `About Acme(R):`."""
    opening = text.rfind("(", max(0, pos - _REACH), pos)
    return (
        opening > 0
        and text.find("\n", opening, pos) < 0
        and _name_end(text, opening)
        and text[opening + 1 : pos] not in _MARKS
    )


def _name_end(text: str, pos: int) -> bool:
    """Whether a name ends just before pos (`wrap(`), not a word and a space (`Inc. (`)."""
    before = text[pos - 1 : pos]
    return before.isalnum() or before == "_"


def _attribute(text: str, pos: int) -> bool:
    """`name="` inside an HTML or XML tag, not a Markdown link's `{target="_blank"}`."""
    opening = text.rfind("<", max(0, pos - _REACH), pos)
    return (
        opening >= 0
        and _name_end(text, pos)
        and text.find(">", opening, pos) < 0
        and text.find("\n", opening, pos) < 0
    )


def _statement(text: str, pos: int) -> bool:
    """A `;` ending `a[i];`, `});` or `i++;`, not a list item's `pending;`."""
    return text[pos - 1 : pos] in ("]", "}") or text[pos - 2 : pos] in ("++", "--")


def _call(text: str, pos: int) -> bool:
    """`name(` or `x.y(`, not `employee(s)`, `Acme(R)` or a statute's `5(a)`."""
    close = text.find(")", pos, pos + 4)
    return (
        _name_end(text, pos)
        and not text[pos - 1].isdigit()
        and (close < 0 or text[pos + 1 : close] not in _MARKS)
    )


_TEMPLATE = re.compile(r"\$\{[\w .-]{1,40}\}")


def _shell(text: str, pos: int) -> bool:
    """`$(`, `${x:-y}`, or a `$ ` prompt opening a line; not `$ 5` in a sentence, nor a
    template's `${NAME}`."""
    if text[pos + 1] == "{":
        return not _TEMPLATE.match(text, pos)
    return text[pos + 1] == "(" or _blank_before(text, pos)


def _shell_variable(text: str, pos: int) -> bool:
    """`"$f"`, `=$HOME`, `/$dir`, not a `$ACME` cashtag in a sentence."""
    return text[pos - 1 : pos] in ('"', "=", "/", ":", "(", "{")


def _after_space(text: str, pos: int) -> bool:
    """`a && b` between spaces, not `&&-chains` in a sentence."""
    return text[pos - 1 : pos] in (" ", "\t")


def _not_table_row(text: str, pos: int) -> bool:
    """`a || b`, not the empty cell of a Markdown table row `| a || b |`."""
    start = _line_start(text, pos)
    return _after_space(text, pos) and start >= 0 and not text[start:pos].lstrip().startswith("|")


_PLACEHOLDER = re.compile(r"\{\{?[\w .-]{1,40}\}?\Z")


def _not_placeholder(text: str, pos: int) -> bool:
    """`};` or `})` closing code, not a draft's `{NAME},` or `{{LINK}})`."""
    return not _PLACEHOLDER.search(text, max(0, pos - 44), pos)


def _not_in_word(text: str, pos: int) -> bool:
    return not text[pos - 1 : pos].isalpha()


# Strong evidence on characters that prose holds rarely: looked for in every document.
_PRIMARY = (
    _t(r'\{(?:[ \t]*$|")', char="{", then=' \t\n"'),
    _t(r"\[[ \t]*$", char="[", then=" \t\n"),
    _t(r"\}[;),\]]", check=_not_placeholder, char="}", then=";),]"),  # minified `};`
    _t(r"=[=>]?[ \t]+\S", check=_operator, char="=", then="=> \t"),  # not `5 + 3 =` at the end
    _t(r'="', check=_attribute, char="=", then='"'),
    _t(r"\)(?::[ \t]*$|;|\{)", check=_called, char=")", then=":;{"),
    _t(r"#(?:include|define|undef|ifn?def|if|elif|else|endif|pragma)\b", True, None, "#", "iduep"),
    _t(r"#!/", at_start=True, char="#", then="!"),
    _t(r"\$(?:[({]| [a-z./~])", check=_shell, char="$", then="({ "),  # not `$ 1,234`
    _t(r"&&(?:[ \t]|$)", check=_after_space, char="&", then="&"),
    _t(r"\|\|(?:[ \t]|$)", check=_not_table_row, char="|", then="|"),
    _t(r">(?:&\d|/dev/null)", char=">", then="&/"),
    _t(r'":[ \t]*(?:[\[{"\d-]|true\b|false\b|null\b)', char='"', then=":"),  # a JSON key
)
# Strong evidence anywhere on a line: looked for beside primary evidence only.
_SECONDARY = (
    _t(r";[ \t]*$", check=_statement),
    _t(r'"""'),
    _t(r"\*/[ \t]*$"),
    _t(r"self\.\w", check=_not_in_word),
    _t(r"\$[A-Za-z_]", check=_shell_variable),
    _t(r"; ?(?:then|do)[ \t]*$"),
)
# Strong evidence opening a line, beside primary evidence only: a pattern that starts
# with the newline before the line, so one scan tries each line once, in C. A compound
# statement or `return` must be indented (inside a function) and not end like a
# sentence: prose wraps lines before "for" and "return".
_STATEMENT = re.compile(
    r"""
    \n(?P<indent>[\ \t]*)
    (?: [}\]][\]});,.\ \t]{0,20}$                   # closing brackets
      | //|/\*                                      # a comment
      | (?:def|class)\ \w+[(:]
      | import\ [\w.]+(?:\ as\ \w+)?(?:,\ [\w.]+(?:\ as\ \w+)?)*;?[\ \t]*$
      | import\ .{1,200}\ from\ ['"]
      | from\ [\w.]+\ import\ [\w*(]
      | (?:else|try|finally|except):[\ \t]*$
      | [\w.]{1,100}\(.{0,200}\);?[\ \t]*$          # a call alone on its line
      | [A-Za-z_]\w{0,40}=                          # a shell variable set
      | (?:if|elif|while|until)\ \[\x20
      | (?:then|do|fi|done|esac)[\ \t]*(?:;|$)
      | "[^"\n]*",[\ \t]*$                          # a string in a JSON array
      | (?P<indented>(?:if|elif|while|for|with|except)\b.{0,200}:[\ \t]*$
        | (?:return|raise|yield|del|pass|break|continue)\b)
    )""",
    re.X | re.M,
)
# Weak evidence: counts only in a block that holds strong evidence.
_WEAK = (
    _t(r"\(", check=_call),
    _t(r";[ \t]*$"),
    _t(r":[ \t]*$"),
)
# Layout of code, line by line: an indentation of a tab or four spaces (not in Markdown,
# whose list items nest prose so), a comment, a Markdown fence. A paragraph made only of
# these, next to code, is code too (a docstring, a comment above a function).
_LAYOUT = re.compile(r"\n(?:\t| {4}|[ \t]*(?:(?:#|//|/\*)(?:[ \t]|$)|```|~~~))", re.M)
_MARKDOWN_LAYOUT = re.compile(r"\n[ \t]*(?:(?:#|//|/\*)(?:[ \t]|$)|```|~~~)", re.M)
# How many blocks around those with primary evidence the other tests look at.
_AROUND = 1

# A comma glued to the next field (`1,North,"Widget"`), not `a, b` or `"Hi," she said`;
# and three of them on a line, which most documents lack.
_FIELD = r"(?:[^\s,\"'’”]|\"[^\s,\"])"
_GLUED = re.compile(rf",(?={_FIELD})")
_ROW = re.compile(rf",{_FIELD}(?:[^\n]*?,{_FIELD}){{2}}")
_THOUSANDS = re.compile(r",\d{3}(?!\d)")
_TICK = re.compile("`")


def _rare(text: str, tests: Iterable[_Test]) -> list[int]:
    """Offsets of matches of tests whose character is rare in prose."""
    found = []
    find = text.find
    for pattern, at_start, check, char, then in tests:
        match = pattern.match
        pos = find(char)
        while pos >= 0:
            if (
                (not then or text[pos + 1 : pos + 2] in then)
                and match(text, pos)
                and (not at_start or _blank_before(text, pos))
                and (check is None or check(text, pos))
            ):
                found.append(pos)
            pos = find(char, pos + 1)
    return found


def _common(text: str, tests: Iterable[_Test], start: int, end: int) -> Iterator[int]:
    """Offsets of matches of tests on common characters in text[start:end]: a scan each."""
    for pattern, at_start, check, _, _ in tests:
        for found in pattern.finditer(text, start, end):
            pos = found.start()
            if (not at_start or _blank_before(text, pos)) and (check is None or check(text, pos)):
                yield pos


def _statements(region: str, base: int) -> Iterator[int]:
    """The offset in the text of each line that opens with code; `region` is the text
    from `base`, after the newline before it."""
    for found in _STATEMENT.finditer(region):
        if found.group("indented") is not None:
            end = region.find("\n", found.end())
            line = region[found.start() + 1 : end if end >= 0 else len(region)]
            if not found.group("indent") or _sentence_end(line):
                continue
        yield base + found.start()


def _data_rows(text: str) -> Iterator[int]:
    """The start of each line holding three glued commas or more (thousands aside)."""
    row = _ROW.search(text)
    while row is not None:
        start = text.rfind("\n", 0, row.start()) + 1
        end = text.find("\n", row.end())
        end = len(text) if end < 0 else end
        glued = 0
        for found in _GLUED.finditer(text, start, end):
            pos = found.start()
            glued += not (text[pos - 1].isdigit() and _THOUSANDS.match(text, pos))
        if glued >= 3:
            yield start
        row = _ROW.search(text, end)


def _lines_by_block(
    doc: Document, firsts: list[int], offsets: Iterable[int], code: bool
) -> dict[int, list[int]]:
    """The line of each offset, by block; with `code`, an offset inside `backticks` is
    left out (prose quoting code)."""
    blocks = doc.blocks
    found: dict[int, list[int]] = {}
    start, end, index, k, ticks = 0, -1, -1, -1, []
    for offset in offsets:
        if not start <= offset <= end:  # another line (each test finds them in order)
            line = doc.line_at(offset)
            start, end, index = line.start, line.end, line.index
            ticks = [tick.start() for tick in _TICK.finditer(line.text)] if code else []
            k = bisect_right(firsts, index) - 1
            if k >= 0 and index > blocks[k].last.index:
                k = -1  # a blank line between blocks
        if k >= 0 and not (ticks and bisect_left(ticks, offset - start) % 2):
            found.setdefault(k, []).append(index)
    return found


def non_prose_blocks(doc: Document) -> list[Span]:
    """(start, end) of each run of code or data blocks, blank lines between included."""
    text = doc.text
    strong = _rare(text, _PRIMARY)
    rows = list(_data_rows(text))
    if not strong and not rows:
        return []
    blocks = doc.blocks
    firsts = [block.first.index for block in blocks]

    def lines_by_block(offsets: Iterable[int], code: bool = True) -> dict[int, list[int]]:
        return _lines_by_block(doc, firsts, offsets, code)

    marked = [False] * len(blocks)
    primary = lines_by_block(strong)
    if primary:
        low, high = max(0, min(primary) - _AROUND), min(len(blocks), max(primary) + _AROUND + 1)
        start, end = blocks[low].start, blocks[high - 1].end
        strong_lines = lines_by_block(_common(text, _SECONDARY, start, end))
        weak_lines = lines_by_block(_common(text, _WEAK, start, end))
        # The line scans start at the newline before the region (one is made up at 0).
        region, base = (text[start - 1 : end], start) if start else ("\n" + text[:end], 0)
        for k, lines in lines_by_block(_statements(region, base)).items():
            strong_lines.setdefault(k, []).extend(lines)
        layout = _MARKDOWN_LAYOUT if doc.is_markdown else _LAYOUT
        layout_lines = lines_by_block(base + found.start() for found in layout.finditer(region))
        for k, lines in primary.items():
            strong_lines.setdefault(k, []).extend(lines)
        for k, lines in strong_lines.items():
            evidence = {*lines, *weak_lines.get(k, ()), *layout_lines.get(k, ())}
            size = len(blocks[k].lines)
            # Most lines show code, or a few lines are dense with it (minified code).
            marked[k] = 2 * len(evidence) > size or len(lines) >= max(10, 2 * size)
        for order in (range(low, high), range(high - 1, low - 1, -1)):
            for k in order:
                block = blocks[k]
                if (
                    not marked[k]
                    and block.kind in ("paragraph", "verbatim")  # not a heading or a list
                    and len(set(layout_lines.get(k, ()))) == len(block.lines)
                ):
                    marked[k] = (k > 0 and marked[k - 1]) or (k + 1 < len(blocks) and marked[k + 1])
    for k, lines in lines_by_block(rows, code=False).items():
        marked[k] = marked[k] or len(set(lines)) >= max(2, len(blocks[k].lines) / 2)
    spans: list[Span] = []
    for k, block in enumerate(blocks):
        if not marked[k]:
            continue
        if k and marked[k - 1]:
            spans[-1] = (spans[-1][0], block.end)
        else:
            spans.append((block.start, block.end))
    return spans
