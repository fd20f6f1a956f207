"""Report formats: JSON shape, SARIF structure, GitHub annotations, concise lines."""

from __future__ import annotations

import json

import pytest
from clihelp import run
from support import SEED

SELECT = ("--select", "placeholder-link,missing-end-mark")


def position_ok(value: object) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"line", "column", "offset"}
        and all(isinstance(v, int) and v >= 0 for v in value.values())
        and value["line"] >= 1
        and value["column"] >= 1
    )


def test_json_matches_documented_shape(tmp_path):
    release = tmp_path / "r.md"
    release.write_text("Intro.\n\nSee [x](#).\n")
    result = run("check", "-o", "json", *SELECT, str(release), str(tmp_path / "missing.txt"))
    report = json.loads(result.stdout)
    assert set(report) == {"version", "tool", "diagnostics", "errors"}
    assert report["version"] == 1 and report["tool"]["name"] == "prlint"
    assert report["errors"] == [
        {"path": str(tmp_path / "missing.txt"), "message": "no such file or directory"}
    ]
    assert len(report["diagnostics"]) == 2
    for d in report["diagnostics"]:
        assert set(d) == {"path", "rule", "code", "severity", "message", "start", "end", "fix"}
        assert d["severity"] in ("error", "warning", "info")
        assert position_ok(d["start"]) and position_ok(d["end"])
        assert d["start"]["offset"] <= d["end"]["offset"]
        assert d["fix"] is None or set(d["fix"]) == {"applicability", "description", "edits"}
    link = next(d for d in report["diagnostics"] if d["rule"] == "placeholder-link")
    assert link["start"] == {"line": 3, "column": 5, "offset": 12}
    assert link["end"] == {"line": 3, "column": 11, "offset": 18}


def test_json_fix_edits_have_positions():
    from prlint.diagnostics import Edit, Fix
    from prlint.document import Document
    from prlint.engine import Result
    from prlint.output.json_format import report

    doc = Document.from_text("ab\r\ncd\r\n", "x.txt")
    from prlint.diagnostics import Diagnostic, Severity

    diagnostic = Diagnostic("r", "PR999", Severity.INFO, "m", 3, 4, Fix.safe(Edit(3, 4, "C")))
    diagnostic.start_pos = doc.position(3)
    diagnostic.end_pos = doc.position(4)
    diagnostic.edit_positions = [(doc.position(3), doc.position(4))]
    [out] = report([Result("x.txt", [diagnostic])])["diagnostics"]
    assert out["fix"]["applicability"] == "safe"
    assert out["fix"]["edits"] == [
        {
            "start": {"line": 2, "column": 1, "offset": 4},
            "end": {"line": 2, "column": 2, "offset": 5},
            "content": "C",
        }
    ]


def test_sarif_is_structurally_valid_for_code_scanning():
    result = run("check", "-o", "sarif", str(SEED))
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    [run_] = sarif["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "prlint" and driver["version"]
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids))
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert run_["results"]
    for res in run_["results"]:
        assert res["ruleId"] == driver["rules"][res["ruleIndex"]]["id"]
        assert res["level"] in ("error", "warning", "note")
        assert res["message"]["text"]
        [location] = res["locations"]
        physical = location["physicalLocation"]
        assert not physical["artifactLocation"]["uri"].startswith("/") or physical[
            "artifactLocation"
        ]["uri"].startswith("file:")
        region = physical["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert (region["endLine"], region["endColumn"]) > (
            region["startLine"],
            region["startColumn"],
        )
    links = [r for r in run_["results"] if r["ruleId"] == "PR506"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in links] == [17, 27]


def test_github_annotations(tmp_path):
    release = tmp_path / "r.txt"
    release.write_text("See [x](#), 100% sure.\n")
    result = run("check", "-o", "github", "--select", "placeholder-link", str(release))
    [line] = result.stdout.splitlines()
    assert line.startswith(f"::error file={release},line=1,col=5,endLine=1,endColumn=11,")
    assert "title=placeholder-link (PR506)::" in line


def test_github_escapes_message_and_properties():
    from prlint.output.github import _escape_data, _escape_property

    assert _escape_data("50%\nnext") == "50%25%0Anext"
    assert _escape_property("a:b,c") == "a%3Ab%2Cc"


def test_concise(tmp_path):
    release = tmp_path / "r.txt"
    release.write_text("See [x](#).\n")
    result = run("check", "-o", "concise", "--select", "placeholder-link", str(release))
    assert result.stdout.splitlines() == [
        f"{release}:1:5: PR506 [placeholder-link] placeholder link 'x' points to '#'",
        "Found 1 problem (1 error, 0 warnings, 0 info).",
    ]


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {}])
def test_no_color_output_is_plain(tmp_path, monkeypatch, env):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    release = tmp_path / "r.txt"
    release.write_text("See [x](#).\n")
    result = run("check", "--select", "placeholder-link", str(release))
    assert "\x1b[" not in result.stdout


def test_color_when_forced_terminal(tmp_path):
    import io

    from prlint.api import lint_text
    from prlint.engine import Result
    from prlint.output.text import render_text

    diagnostics = lint_text("See [x](#).\n", "r.txt", {"select": ["placeholder-link"]})
    stream = io.StringIO()
    sources = {"r.txt": ["See [x](#)."]}
    render_text([Result("r.txt", diagnostics)], stream, color=True, sources=sources)
    assert "\x1b[" in stream.getvalue()
