"""Every fixture file under tests/fixtures/ runs against the rule it is named after."""

from __future__ import annotations

import pytest
from support import FIXTURES, check_case, load_cases

from prlint.registry import load_registry

CASES = [
    pytest.param(path.stem, case, id=f"{path.stem}::{case.name}")
    for path in sorted(FIXTURES.glob("*.txt"))
    for case in load_cases(path)
]


def test_fixtures_name_known_rules():
    rules = load_registry().rules
    for path in FIXTURES.glob("*.txt"):
        assert path.stem in rules, f"fixture {path.name} names no rule"


@pytest.mark.parametrize(("rule", "case"), CASES)
def test_fixture_case(rule, case):
    check_case(case, rule)
