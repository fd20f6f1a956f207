"""Draft residue left in the release.

What it does:
    Flags the marks writers leave for "fill this in later" when they ship by mistake:
    `TK`/`TKTK` ("to come"); `XX`/`XXX` standing for a number or date (`XX%`, `$XX`,
    `March XX`, `XX,XXX`); `XYZ` standing for a name (`XYZ Corp`, `Mr. XYZ`); blanks
    written as underscores (`March __, 2015`); instructions and stand-ins in brackets
    (`[INSERT QUOTE]`, `[FILL IN DATE]`, `[Company Name]`, `[NAME]`, `<date>`,
    `{{headline}}`); `TODO`, `TBD`, `FIXME`; quote placeholders (`PENDING LARRY QUOTE`,
    `QUOTE HERE`, `QUOTE TK`); `Lorem ipsum`; and tracked-change or comment residue
    (`Commented [JD1]:`, a `[JD1]` comment anchor, `Deleted:`/`Formatted:` balloons,
    CriticMarkup `{++ ++}`). `TBA` and `TBC` are reported as warnings only: an event
    listing may honestly say a detail is to be announced.

    Not residue: a lone `XXX` or `###` line closing the release (an end mark, see
    `end-mark-format`), words that contain the letters (`TKO`, `OTK`, `XXL`), model and
    case numbers (`XX-200`, `CR-XX`), Roman numerals next to the word they number
    (`Super Bowl XXX`, `XX Olympiad`, `Title XX`), `XX chromosomes`, Markdown `__bold__`,
    a ticker (`NYSE: XYZ`), `XYZ axis`, and links and phone numbers (reported by
    `placeholder-link` and `placeholder-contact`).

Why it matters:
    Residue such as `XX%` or `[INSERT QUOTE]` in a published release tells every reader it
    went out unfinished; reporters quote it, and it cannot be recalled from the wire.

Example:
    Flagged:   Sales rose XX% to $XX million.
    Flagged:   "[INSERT CEO QUOTE]," said Jane Doe.
    Flagged:   The event takes place on March __, 2015.
    Fine:      The company will attend Super Bowl XXX.
    Fine:      Tickets for TKO Live go on sale Friday.

Fix:
    None. The missing fact has to come from the writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlint.rules._formatting import matches_at, occurrences
from prlint.rules.placeholder_link import placeholder_links

from prlint.diagnostics import Diagnostic, Severity
from prlint.document import Document
from prlint.rule import Context, Rule
from prlint.structure import END_MARK

# Nouns that name a fact to be filled in: `[Company Name]`, `<date>`, `[City, State]`.
_NOUN = (
    r"(?:company|client|customer|partner|organi[sz]ation|org|brand|product|agency|business"
    r"|spokes(?:person|man|woman)|executive|exec|ceo|cfo|person|contact|media[ ]contact"
    r"|city|state|country|location|venue|address|event|date|day|time|year|month|title"
    r"|job[ ]title|headline|sub-?headline|name|first[ ]name|last[ ]name|full[ ]name"
    r"|quote|number|amount|price|percent(?:age)?|figure|stat(?:istic)?s?|phone(?:[ ]number)?"
    r"|e-?mail(?:[ ]address)?|website|url|logo|photo|image|boilerplate|description"
    r"|award|ticker|symbol|tbd|tbc|tk|xx+)"
)
_OWNER = r"(?:your|client'?s?|company'?s?|spokesperson'?s?|ceo'?s?|exec'?s?|executive'?s?)"
_STAND_IN_PART = (
    r"(?:" + _OWNER + r"[ ])?" + _NOUN + r"(?:[ ]" + _NOUN + r"){0,2}"
    r"(?:[ ](?:name|title|here|goes[ ]here|tbd|tbc|tk))?"
)
_STAND_IN = _STAND_IN_PART + r"(?:[ ]?(?:,|/|&|and|or)[ ]?" + _STAND_IN_PART + r"){0,3}"
_INSTRUCTION = (
    r"(?i:insert|fill[ ]?in|placeholder|to[ ]come|tbd|tbc|tk|todo|xx+)\b"
    r"|(?:ADD|ENTER|INCLUDE|UPDATE|CONFIRM|CHECK|VERIFY|NEED|NEEDS|GET|PENDING)\b"
)



def _body(close: str) -> str:
    """An instruction or a stand-in inside brackets whose closing characters are `close`."""
    return r"(?:(?:" + _INSTRUCTION + r")[^" + close + r"\n]{0,100}|(?i:" + _STAND_IN + r"))"


_WORD_EDGE = "_-"

# One small regex per kind of residue, each run only when the text contains its gate
# substring, so a clean release costs a few substring searches (the whole rule set has a
# tight time budget). Most start with their gate: they are tried only where it is (see
# _STARTS_WITH_GATE). Listed by priority: at one position the first kind wins.
_SCANS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("bracket", "[", re.compile(r"\[[ \t]*" + _body(r"\[\]") + r"[ \t]*\](?![(\[:])")),
    # `{{headline}}`, but not a Hugo shortcode `{{< figure >}}` / `{{% note %}}`.
    ("bracket", "{{", re.compile(r"\{\{[ \t]*[^{}<%\n][^{}\n]{0,59}\}\}")),
    ("bracket", "{", re.compile(r"\{[ \t]*" + _body("{}") + r"[ \t]*\}")),
    ("bracket", "<", re.compile(r"<[ \t]*" + _body("<>") + r"[ \t]*>")),
    ("critic", "{", re.compile(r"\{(?:\+\+|--|~~|>>|==)[^\n]{0,400}?(?:\+\+|--|~~|<<|==)\}")),
    ("comment", "Comment", re.compile(r"Comment(?:ed)?[ ]\[[A-Z]{1,4}\d{1,3}\]:?")),
    ("anchor", "[", re.compile(r"\[[A-Z]{2,4}\d{1,3}\]")),
    ("balloon", "Deleted:", re.compile(r"Deleted:(?=[ \t])")),
    ("balloon", "Formatted:", re.compile(r"Formatted:(?=[ \t])")),
    ("balloon", "Inserted:", re.compile(r"Inserted:(?=[ \t])")),
    ("balloon", "Moved (", re.compile(r"Moved[ ]\((?:insertion|deletion)\):(?=[ \t])")),
    (
        "quote",
        "QUOTE",
        re.compile(
            r"\bPENDING\b[^\n.]{0,40}?\bQUOTE\b|\bQUOTE[ ](?:HERE|TK|TBD|TO[ ]COME)\b"
            r"|\b(?:INSERT|ADD)[ ](?:[A-Z.'’]+[ ]){0,3}QUOTE\b"
        ),
    ),
    ("lorem", "psum", re.compile(r"\b(?i:lorem[ ]ipsum(?:[ ]dolor(?:[ ]sit[ ]amet)?)?)\b")),
    ("lorem", "PSUM", re.compile(r"\bLOREM[ ]IPSUM(?:[ ]DOLOR(?:[ ]SIT[ ]AMET)?)?\b")),
    ("todo", "TODO", re.compile(r"TODO")),
    ("todo", "FIXME", re.compile(r"FIXME")),
    ("todo", "TBD", re.compile(r"TBD")),
    ("tba", "TB", re.compile(r"TB[AC]")),
    ("tk", "TK", re.compile(r"TK(?:TK)*")),
    ("xx", "XX", re.compile(r"XX+(?:[.,:/]X+)*%?")),
    ("xyz", "XYZ", re.compile(r"XYZ")),
    ("blank", "__", re.compile(r"__+")),
    ("blank", "\\_", re.compile(r"\\_\\_(?:\\_)*")),
)
# A substring of some gates (or, for Comment, of every match), tried first: when it is
# missing, no match is possible (one search of the text instead of several; a single
# character, rare in releases, is found fastest).
_WIDER_GATE = {
    "{{": "{", "Comment": "[", "Deleted:": "ed:", "Formatted:": "ed:", "Inserted:": "ed:",
    "TBD": "TB", "XX": "X", "XYZ": "X", "FIXME": "X", "QUOTE": "Q", "TK": "K", "__": "_",
    "\\_": "_",
}  # fmt: skip
# The gates opening with a T, all looked for in one search: a pattern opening with a
# literal character scans for it in a tight loop, at about the cost of one `in` test.
_T_GATES = ("TODO", "TB", "TK")
_T_GATE = re.compile(r"T(?:ODO|B|K)")  # (no match holds another's T: all are found)
# Kinds whose every match starts with the gate. (The others start with a word boundary.)
_STARTS_WITH_GATE = frozenset(kind for kind, _, _ in _SCANS) - {"quote", "lorem"}
# Kinds that are whole words: not part of `TKO`, `XXL`, `XX-200` or `CR-XX`.
_WORDS = frozenset(("todo", "tba", "tk", "xx", "xyz"))


def _edge(char: str) -> bool:
    return char.isalnum() or char in _WORD_EDGE


def _scan(text: str, start: int) -> list[tuple[int, int, str]]:
    """Residue candidates (start, end, kind), leftmost first, without overlaps."""
    found: list[tuple[int, int, int, str]] = []
    size = len(text)
    absent = set(_T_GATES).difference([match.group() for match in _T_GATE.finditer(text)])
    for order, (kind, gate, pattern) in enumerate(_SCANS):
        wider = _WIDER_GATE.get(gate)
        if gate in absent or wider in absent:
            continue
        if wider is not None and wider not in text:
            absent.add(wider)
            continue
        if gate not in text:
            absent.add(gate)
            continue
        matches = (
            matches_at(pattern, text, occurrences(text, gate, start))
            if kind in _STARTS_WITH_GATE
            else pattern.finditer(text, start)
        )
        for match in matches:
            begin, end = match.span()
            before = text[begin - 1] if begin else " "
            after = text[end] if end < size else " "
            if kind in _WORDS:
                if kind == "xx" and before in "$€£":
                    begin -= 1
                    before = text[begin - 1] if begin else " "
                if _edge(before) or _edge(after):
                    continue
            elif kind == "anchor":
                if not (before.isalnum() or before in "_.,;:!?\"”’"):
                    continue
                kind = "comment"
            elif kind == "balloon":
                if text[text.rfind("\n", 0, begin) + 1 : begin].strip(" \t"):
                    continue  # Word's balloons start a line
                kind = "comment"
            elif kind == "blank" and (_edge(before) or before == "\\" or _edge(after)):
                continue
            found.append((begin, -end, order, kind))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for begin, negative_end, _, kind in found:
        if not kept or begin >= kept[-1][1]:
            kept.append((begin, -negative_end, kind))
    return kept


# Context that makes an X-run a Roman numeral or something else that is not residue.
_ROMAN_BEFORE = re.compile(
    r"(?i)\b(?:bowl|olympiad|olympics?|games|title|chapter|article|part|section|volume|vol\."
    r"|book|act|amendment|century|pope|king|queen|pius|louis|john|benedict|gregory|leo"
    r"|congress|edition|phase|level|class|size|season|episode|series|mark|mk\.?|no\.|schedule"
    r"|appendix|annex|exhibit|canto|psalm|wrestlemania|super|rule|division|form|model)[ \t]*$"
)
_ROMAN_AFTER = re.compile(
    r"(?i)^[ \t]*(?:century|olympiad|olympic|olympics|winter|summer|games|congress|corps"
    r"|chromosomes?|international|triennial|biennale|edition|legislature|dynasty)\b"
)
_XY_BEFORE = re.compile(r"\bXY[ \t]*(?:and|or|/|,)[ \t]*$")
_XY_AFTER = re.compile(r"[ \t]*(?:and|or|/|,)[ \t]*XY\b")
_PHONE_SHAPE = re.compile(r"\(?[X\d]{3}\)?[ .-]?[X\d]{3}[ .-][X\d]{4}")
_XYZ_FINE_BEFORE = re.compile(r"(?:[:$]|\b(?:NYSE|NASDAQ|Nasdaq|ticker|symbol))[ \t]*$")
_XYZ_FINE_AFTER = re.compile(
    r"(?i)^[ \t]*(?:axis|axes|coordinates?|plane|stage|positioning|gantry|table|space"
    r"|color|colour|printing|printer|file|format|scanner)\b"
)
_TK_NAME_AFTER = re.compile(r"^[ \t]+[A-Z][a-z]")  # `TK Maxx`, `TK Elevator`: a name
_HR = re.compile(r"[ \t]*(?:_[ \t]*){3,}")

_KINDS = {
    "bracket": "a bracketed stand-in",
    "critic": "tracked-change markup",
    "comment": "comment or tracked-change residue",
    "quote": "a quote placeholder",
    "lorem": "placeholder text",
    "todo": "a draft note",
    "tk": "'TK' (to come)",
    "xx": "a stand-in for a number or date",
    "xyz": "'XYZ' standing for a name",
    "blank": "a blank left to fill in",
}


class DraftMarker(Rule):
    name = "draft-marker"
    code = "PR505"
    summary = "Draft residue: TK, XX, [INSERT …], TBD, __, Lorem ipsum (TBA: warning)"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        text = doc.text
        candidates = _scan(text, doc.body_start)
        if not candidates:
            return
        skip = [(b.start, b.end) for b in doc.blocks if b.kind in ("verbatim", "comment")]
        skip += [(start, end) for start, end, _ in placeholder_links(doc)]
        for start, end, kind in candidates:
            if any(a < end and start < b for a, b in skip):
                continue
            line = doc.line_at(start)
            before = text[max(line.start, start - 60) : start]
            after = text[end : min(line.end, end + 60)]
            if _in_url(line.text, start - line.start, end - line.start):
                continue
            if not self._is_residue(kind, text[start:end], before, after, line.text):
                continue
            if kind == "xx" and END_MARK.fullmatch(line.text):
                end_mark = doc.structure.end_mark
                if end_mark is not None and end_mark.index == line.index:
                    continue  # a lone XXX closing the release is an end mark
            found = text[start:end].strip()
            if kind == "tba":
                diagnostic = self.diagnostic(
                    start,
                    end,
                    f"{found!r} (to be announced/confirmed) is still in the release: "
                    "give the detail if it is known",
                )
                if self.severity is Severity.ERROR:
                    diagnostic.severity = Severity.WARNING
                yield diagnostic
                continue
            yield self.diagnostic(
                start, end, f"draft residue: {found!r} is {_KINDS.get(kind, 'residue')}"
            )

    @staticmethod
    def _is_residue(kind: str, found: str, before: str, after: str, line: str) -> bool:
        if kind == "xx":
            bare = found.strip("$€£%")
            if _ROMAN_BEFORE.search(before) or _ROMAN_AFTER.match(after):
                return bare.count("X") > 4 or "%" in found or "$" in found
            start = len(before)
            for phone in _PHONE_SHAPE.finditer(line):
                if phone.start() <= start < phone.end():
                    return False  # XXX-XXX-XXXX is placeholder-contact's
            # XX and XY chromosomes
            return not (_XY_BEFORE.search(before) or _XY_AFTER.match(after))
        if kind == "xyz":
            return not (_XYZ_FINE_BEFORE.search(before) or _XYZ_FINE_AFTER.match(after))
        if kind == "tk":
            return not _TK_NAME_AFTER.match(after)
        if kind == "blank":
            return not _HR.fullmatch(line)
        return True


def _in_url(line: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a URL or an email address (the other rules' business)."""
    token_start = max(line.rfind(" ", 0, start), line.rfind("\t", 0, start)) + 1
    token_end = min((i for i in (line.find(" ", end), line.find("\t", end)) if i >= 0),
                    default=len(line))
    token = line[token_start:token_end]
    return "://" in token or "www." in token or "@" in token
