"""Configuration discovery, validation and selection."""

from __future__ import annotations

import json

import pytest
from clihelp import run

from prlint.api import make_config
from prlint.config import ConfigError, find_config

RELEASE = "See [x](#).\n"


def report(*args: str) -> tuple[int, dict, str]:
    result = run("check", "--output-format", "json", *args)
    return result.code, json.loads(result.stdout or "{}"), result.stderr


def rules_reported(*args: str) -> set[str]:
    return {d["rule"] for d in report(*args)[1].get("diagnostics", [])}


def test_closest_config_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.prlint]\nselect = ["placeholder-link"]\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "prlint.toml").write_text('select = ["missing-end-mark"]\n')
    (tmp_path / "a.txt").write_text(RELEASE)
    (inner / "b.txt").write_text(RELEASE)
    assert find_config(inner / "b.txt") == (inner / "prlint.toml").resolve()
    assert rules_reported(str(tmp_path / "a.txt")) == {"placeholder-link"}
    assert rules_reported(str(inner / "b.txt")) == {"missing-end-mark"}


def test_pyproject_without_tool_section_is_skipped(tmp_path):
    (tmp_path / ".prlint.toml").write_text('select = ["placeholder-link"]\n')
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(inner) == (tmp_path / ".prlint.toml").resolve()


def test_a_broken_pyproject_counts_only_when_it_mentions_prlint(tmp_path):
    (tmp_path / ".prlint.toml").write_text('select = ["placeholder-link"]\n')
    other = tmp_path / "other"
    other.mkdir()
    (other / "pyproject.toml").write_text("[project\nname = 'x'\n")  # someone else's
    assert find_config(other) == (tmp_path / ".prlint.toml").resolve()
    ours = tmp_path / "ours"
    ours.mkdir()
    (ours / "pyproject.toml").write_text("[tool.prlint\nselect = 1\n")
    (ours / "a.txt").write_text(RELEASE)
    code, _, err = report(str(ours / "a.txt"))
    assert code == 2 and "invalid TOML" in err and "pyproject.toml" in err


def test_explicit_config_overrides_discovery(tmp_path):
    (tmp_path / "prlint.toml").write_text('select = ["placeholder-link"]\n')
    other = tmp_path / "other.toml"
    other.write_text('select = ["missing-end-mark"]\n')
    (tmp_path / "a.txt").write_text(RELEASE)
    assert rules_reported("--config", str(other), str(tmp_path / "a.txt")) == {"missing-end-mark"}


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('selct = ["placeholder-link"]', "key 'selct': unknown key (did you mean 'select'?)"),
        ('select = ["placeholder-lnk"]', "unknown rule 'placeholder-lnk' (did you mean"),
        ("select = 3", "key 'select': expected a list of strings"),
        ('fail-on = "fatal"', "key 'fail-on': expected 'error', 'warning' or 'info'"),
        ('style = "apa"', "unknown style 'apa'"),
        ('region = "USA"', "two-letter region code"),
        ("[rules.placeholder-lnk]\nseverity = 'error'", "key 'rules.placeholder-lnk'"),
        ("[rules.missing-end-mark]\nend-mrk = '###'", "did you mean 'end-mark'"),
        ("[rules.missing-end-mark]\nend-mark = 3", "expected str, got int"),
        ("[rules.missing-end-mark]\nseverity = 'loud'", "expected 'error', 'warning' or 'info'"),
        ('[per-file-ignores]\n"*.md" = ["nope-rule"]', "unknown rule 'nope-rule'"),
        ("select = [", "invalid TOML"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path, toml, expected):
    config = tmp_path / "prlint.toml"
    config.write_text(toml + "\n")
    (tmp_path / "a.txt").write_text(RELEASE)
    code, _, stderr = report(str(tmp_path / "a.txt"))
    assert code == 2
    assert str(config) in stderr
    assert expected in stderr
    assert "Traceback" not in stderr


def test_ignore_extend_select_and_code_prefixes():
    config = make_config({"select": ["PR5"], "ignore": ["PR501"]})
    assert "placeholder-link" in config.selected() and "missing-end-mark" not in config.selected()
    config = make_config({"select": ["placeholder-link"], "extend-select": ["missing-end-mark"]})
    assert config.selected() == {"placeholder-link", "missing-end-mark"}
    with pytest.raises(ConfigError):
        make_config({"select": ["PR9"]})


def test_per_file_ignores(tmp_path):
    (tmp_path / "prlint.toml").write_text(
        'select = ["placeholder-link", "missing-end-mark"]\n'
        '[per-file-ignores]\n"archive/*.txt" = ["placeholder-link"]\n"*.md" = ["PR501"]\n'
    )
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(RELEASE)
    (tmp_path / "new.md").write_text(RELEASE)
    (tmp_path / "new.txt").write_text(RELEASE)
    by_file: dict[str, set[str]] = {}
    for d in report(str(tmp_path))[1]["diagnostics"]:
        by_file.setdefault(d["path"].rsplit("/", 1)[1], set()).add(d["rule"])
    assert by_file == {
        "old.txt": {"missing-end-mark"},
        "new.md": {"placeholder-link"},
        "new.txt": {"placeholder-link", "missing-end-mark"},
    }


def test_rule_severity_and_options(tmp_path):
    (tmp_path / "prlint.toml").write_text(
        'select = ["missing-end-mark"]\n'
        '[rules.missing-end-mark]\nseverity = "error"\nend-mark = "-30-"\n'
    )
    (tmp_path / "a.txt").write_text("Body.\n")
    diagnostics = report(str(tmp_path / "a.txt"))[1]["diagnostics"]
    assert diagnostics[0]["severity"] == "error" and "'-30-'" in diagnostics[0]["message"]


def test_broken_plugin_is_reported_not_fatal(tmp_path, monkeypatch):
    dist = tmp_path / "broken_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[prlint.rules]\nbroken = no_such_module_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    from prlint.registry import load_registry

    registry = load_registry(refresh=True)
    try:
        assert "placeholder-link" in registry.rules
        assert any("broken" in error and "failed to load" in error for error in registry.errors)
        result = run("rules")
        assert result.code == 0 and "failed to load" in result.stderr
    finally:
        monkeypatch.undo()
        load_registry(refresh=True)


def test_broken_module_in_a_rule_package_spares_its_siblings(tmp_path, monkeypatch):
    package = tmp_path / "mixed_rules"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "good.py").write_text(
        "from prlint.rule import Rule\n"
        "class Good(Rule):\n    name = 'good-rule'\n    code = 'GD101'\n    summary = 's'\n"
        "    def check(self, doc, ctx):\n        return iter(())\n"
    )
    (package / "bad.py").write_text("raise RuntimeError('half-written')\n")
    dist = tmp_path / "mixed_rules-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: mixed-rules\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[prlint.rules]\nmixed = mixed_rules\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    from prlint.registry import load_registry

    try:
        registry = load_registry(refresh=True)
        assert registry.rules["good-rule"].source == "mixed-rules"
        assert any("mixed_rules.bad failed to load: half-written" in e for e in registry.errors)
    finally:
        monkeypatch.undo()
        load_registry(refresh=True)
