"""Positions stay exact under CRLF, lone CR, a BOM, front matter and Markdown."""

from __future__ import annotations

import codecs

from prlint.api import lint_text
from prlint.document import Document
from prlint.source import decode

SELECT = {"select": ["placeholder-link"]}


def positions(text: str, path: str = "r.txt") -> list[tuple[int, int, int]]:
    return [
        (d.start_pos.line, d.start_pos.column, d.start_pos.offset)
        for d in lint_text(text, path, SELECT)
        if d.start_pos
    ]


def test_lf_positions():
    assert positions("One.\nSee [x](#).\n") == [(2, 5, 9)]


def test_crlf_positions_keep_original_offsets():
    # offsets count the \r the editor sees; line:column are the same as with LF
    assert positions("One.\r\nTwo.\r\nSee [x](#).\r\n") == [(3, 5, 16)]


def test_lone_cr_and_mixed_line_endings():
    assert positions("One.\rTwo.\r\nSee [x](#).\n") == [(3, 5, 15)]


def test_bom_is_not_a_column():
    source = decode(codecs.BOM_UTF8 + b"See [x](#).\r\n", "r.txt")
    assert source.bom == codecs.BOM_UTF8 and source.newline == "\r\n"
    assert positions(source.text) == [(1, 5, 4)]


def test_utf16_with_bom_decodes():
    source = decode(codecs.BOM_UTF16_LE + "See [x](#).\n".encode("utf-16-le"), "r.txt")
    assert source.encoding == "utf-16-le"
    assert positions(source.text) == [(1, 5, 4)]


def test_front_matter_is_skipped():
    text = "---\ntitle: See [x](#)\n---\nSee [y](#).\n"
    doc = Document.from_text(text, "r.md")
    assert doc.body_start == text.index("See [y]")
    assert positions(text, "r.md") == [(4, 5, 30)]


def test_columns_count_characters_not_bytes():
    assert positions("Niño — “x” See [x](#).\n") == [(1, 16, 15)]


def test_blocks_and_kinds():
    doc = Document.from_text(
        "# Headline\nFirst paragraph\ncontinues.\n\n- item one\n- item two\n\n"
        "```\ncode\n\nmore\n```\n",
        "r.md",
    )
    kinds = [(block.kind, block.first.number) for block in doc.blocks]
    assert kinds == [("heading", 1), ("paragraph", 2), ("list", 5), ("verbatim", 8)]


def test_plain_text_hash_line_is_not_a_heading_block():
    doc = Document.from_text("Body.\n\n###\n", "r.txt")
    assert [block.kind for block in doc.blocks] == ["paragraph", "paragraph"]
    assert doc.structure.end_mark is not None and doc.structure.end_mark.number == 3
