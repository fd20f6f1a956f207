"""Inline suppression comments in plain text and Markdown."""

from __future__ import annotations

import pytest

from prlint.api import lint_text

SETTINGS = {"select": ["placeholder-link", "unused-suppression"]}


def found(text: str, path: str = "r.txt") -> list[tuple[str, int]]:
    return [(d.rule, d.start_pos.line) for d in lint_text(text, path, SETTINGS) if d.start_pos]


@pytest.mark.parametrize("path", ["r.txt", "r.md"])
def test_disable_next_line(path):
    text = "<!-- prlint-disable-next-line placeholder-link -->\nSee [x](#).\nSee [y](#).\n"
    assert found(text, path) == [("placeholder-link", 3)]


def test_disable_next_line_skips_blank_lines_and_accepts_codes():
    text = "<!-- prlint-disable-next-line PR506 -->\n\nSee [x](#).\n"
    assert found(text) == []


def test_disable_enable_range():
    text = (
        "See [a](#).\n<!-- prlint-disable placeholder-link -->\nSee [b](#).\nSee [c](#).\n"
        "<!-- prlint-enable placeholder-link -->\nSee [d](#).\n"
    )
    assert found(text) == [("placeholder-link", 1), ("placeholder-link", 6)]


def test_disable_without_enable_runs_to_the_end():
    text = "See [a](#).\n<!-- prlint-disable -->\nSee [b](#).\n\nSee [c](#).\n"
    assert found(text) == [("placeholder-link", 1)]


def test_disable_file_anywhere():
    text = "See [a](#).\n\n<!-- prlint-disable-file placeholder-link -->\n"
    assert found(text) == []


def test_disable_all_rules_with_no_name():
    assert found("<!-- prlint-disable-file -->\nSee [a](#).\n") == []


def test_unused_suppression_is_reported():
    text = "<!-- prlint-disable-next-line placeholder-link -->\nNothing here.\n"
    assert found(text) == [("unused-suppression", 1)]


def test_unknown_rule_in_suppression_is_reported():
    text = "<!-- prlint-disable-file placeholder-lnk -->\n"
    [d] = lint_text(text, "r.txt", SETTINGS)
    assert d.rule == "unused-suppression" and "unknown rule 'placeholder-lnk'" in d.message


def test_unused_suppression_can_itself_be_suppressed():
    text = (
        "<!-- prlint-disable-file unused-suppression -->\n"
        "<!-- prlint-disable-next-line placeholder-link -->\nNothing here.\n"
    )
    assert found(text) == []


def test_several_names_in_one_comment():
    text = "<!-- prlint-disable-next-line placeholder-link, PR501 -->\nSee [a](#).\n"
    diagnostics = found(text)
    assert ("placeholder-link", 2) not in diagnostics
