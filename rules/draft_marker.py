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
from dataclasses import replace

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

_PATTERNS = re.compile(
    # Brackets holding an instruction or a stand-in; never Markdown link text.
    r"(?P<bracket>\[[ \t]*(?:(?:" + _INSTRUCTION + r")[^\[\]\n]{0,100}"
    r"|(?i:" + _STAND_IN + r"))[ \t]*\](?![(\[:])"
    r"|\{\{[ \t]*[^{}\n]{1,60}\}\}"
    r"|\{[ \t]*(?:(?:" + _INSTRUCTION + r")[^{}\n]{0,100}|(?i:" + _STAND_IN + r"))[ \t]*\}"
    r"|<[ \t]*(?:(?:" + _INSTRUCTION + r")[^<>\n]{0,100}|(?i:" + _STAND_IN + r"))[ \t]*>)"
    r"|(?P<critic>\{(?:\+\+|--|~~|>>|==)[^\n]{0,400}?(?:\+\+|--|~~|<<|==)\})"
    r"|(?P<comment>\b(?:Commented|Comment)[ ]\[[A-Z]{1,4}\d{1,3}\]:?"
    r"|(?<=[\w.,;:!?\"”’])\[[A-Z]{2,4}\d{1,3}\]"
    r"|^[ \t]*(?:Deleted|Formatted|Inserted|Moved[ ]\((?:insertion|deletion)\)):(?=[ \t]))"
    r"|(?P<quote>\bPENDING\b[^\n.]{0,40}?\bQUOTE\b|\bQUOTE[ ](?:HERE|TK|TBD|TO[ ]COME)\b"
    r"|\b(?:INSERT|ADD)[ ](?:[A-Z.'’]+[ ]){0,3}QUOTE\b)"
    r"|(?P<lorem>\b(?i:lorem[ ]ipsum(?:[ ]dolor(?:[ ]sit[ ]amet)?)?)\b)"
    r"|(?P<todo>(?<![\w-])(?:TODO|FIXME|TBD)(?![\w-]))"
    r"|(?P<tba>(?<![\w-])TB[AC](?![\w-]))"
    r"|(?P<tk>(?<![\w-])TK(?:TK)*(?![\w-]))"
    r"|(?P<xx>(?<![\w-])[$€£]?X{2,}(?:[.,:/]X+)*%?(?![\w-]))"
    r"|(?P<xyz>(?<![\w-])XYZ(?![\w-]))"
    r"|(?P<blank>(?<![\w\\])(?:\\?_){2,}(?![\w_]))",
    re.MULTILINE,
)

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
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]{1,500}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
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
        skip = [(b.start, b.end) for b in doc.blocks if b.kind in ("verbatim", "comment")]
        skip += [(start, end) for start, end, _ in placeholder_links(doc)]
        end_mark = doc.structure.end_mark
        for match in _PATTERNS.finditer(text, doc.body_start):
            start, end = match.span()
            kind = match.lastgroup or ""
            if any(a < end and start < b for a, b in skip):
                continue
            line = doc.line_at(start)
            before = text[line.start : start]
            after = text[end : line.end]
            if _in_url(line.text, start - line.start, end - line.start):
                continue
            if not self._is_residue(kind, match.group(0), before, after, line.text):
                continue
            if (
                kind == "xx"
                and end_mark is not None
                and end_mark.index == line.index
                and END_MARK.fullmatch(line.text)
            ):
                continue  # a lone XXX closing the release is an end mark
            found = match.group(0).strip()
            if kind == "tba":
                diagnostic = self.diagnostic(
                    start,
                    end,
                    f"{found!r} (to be announced/confirmed) is still in the release: "
                    "give the detail if it is known",
                )
                if self.severity is Severity.ERROR:
                    diagnostic = replace(diagnostic, severity=Severity.WARNING)
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
    if "://" not in line and "www." not in line and "@" not in line:
        return False
    return any(m.start() <= start and end <= m.end() for m in _URL.finditer(line))
