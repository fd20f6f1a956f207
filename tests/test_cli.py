"""The check command end to end: the seed, the examples, exit codes, stdin, paths."""

from __future__ import annotations

import json
from pathlib import Path

from clihelp import run
from support import ROOT, SEED

EXAMPLES = ROOT / "examples"
CLEAN = EXAMPLES / "clean-release.txt"
FLAWED = EXAMPLES / "flawed-release.md"


def json_report(*args: str, input: bytes | None = None) -> tuple[int, dict]:
    result = run("check", "--output-format", "json", *args, input=input)
    return result.code, json.loads(result.stdout)


def test_seed_reports_both_placeholder_links_at_exact_columns():
    code, report = json_report(str(SEED))
    assert code == 1
    links = [
        (d["start"]["line"], d["start"]["column"])
        for d in report["diagnostics"]
        if d["rule"] == "placeholder-link"
    ]
    assert links == [(17, 307), (27, 119)]


def test_clean_example_exits_zero_with_every_rule():
    result = run("check", str(CLEAN))
    assert result.code == 0, result.stdout
    assert "All clear" in result.stdout


def test_flawed_example_exits_one():
    assert run("check", str(FLAWED)).code == 1


def test_text_output_has_location_rule_code_frame_and_summary():
    result = run("check", "--select", "placeholder-link", "--no-color", str(SEED))
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{SEED}:17:307: error placeholder-link (PR506) ")
    assert lines[1].lstrip().startswith("17 | ")
    caret_line = lines[2]
    assert set(caret_line.split("| ", 1)[1].strip()) == {"^"}
    # the carets sit under the link text in the (windowed) frame
    frame, carets = lines[1].split("| ", 1)[1], caret_line.split("| ", 1)[1]
    assert frame[carets.index("^") :].startswith("[set of recommendations](#)")
    assert lines[-1] == "Found 2 problems (2 errors, 0 warnings, 0 info)."


def test_quiet_drops_summary():
    result = run("check", "--select", "placeholder-link", "-q", str(SEED))
    assert "Found" not in result.stdout and "17:307" in result.stdout


def test_exit_codes_fail_on_and_exit_zero(tmp_path):
    release = tmp_path / "r.txt"
    release.write_text("Body text with no end mark.\n")
    args = ["check", "--select", "missing-end-mark"]
    assert run(*args, str(release)).code == 1  # a warning fails by default
    assert run(*args, "--fail-on", "error", str(release)).code == 0
    assert run(*args, "--exit-zero", str(release)).code == 0
    (tmp_path / "prlint.toml").write_text('fail-on = "error"\n')
    assert run(*args, str(release)).code == 0
    assert run(*args, "--fail-on", "warning", str(release)).code == 1


def test_missing_file_among_good_ones_is_reported_and_others_checked(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Read the [report](#).\n")
    result = run("check", "--select", "placeholder-link", str(tmp_path / "nope.txt"), str(good))
    assert result.code == 2
    assert "nope.txt: error: no such file or directory" in result.stdout
    assert "good.txt:1:10" in result.stdout


def test_undecodable_file_is_an_error_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 au lait\n")
    good = tmp_path / "good.txt"
    good.write_text("Read the [report](#).\n")
    code, report = json_report("--select", "placeholder-link", str(bad), str(good))
    assert code == 2
    assert [e["path"] for e in report["errors"]] == [str(bad)]
    assert "not valid UTF-8" in report["errors"][0]["message"]
    assert len(report["diagnostics"]) == 1


def test_stdin_with_filename(tmp_path):
    code, report = json_report(
        "--select", "placeholder-link", "--stdin-filename", "news.md", "-",
        input=b"Read the [report](#).\n",
    )
    assert code == 1
    assert report["diagnostics"][0]["path"] == "news.md"
    assert report["diagnostics"][0]["start"] == {"line": 1, "column": 10, "offset": 9}


def test_stdin_text_output_shows_frame():
    result = run("check", "--select", "placeholder-link", "-", input=b"See [x](#) now.\n")
    assert "<stdin>:1:5" in result.stdout and "See [x](#) now." in result.stdout


def test_directory_walk_finds_release_files_and_respects_exclude(tmp_path):
    (tmp_path / "a.txt").write_text("See [x](#).\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("See [y](#).\n")
    (tmp_path / "sub" / "c.markdown").write_text("See [z](#).\n")
    (tmp_path / "notes.rst").write_text("See [w](#).\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.txt").write_text("See [v](#).\n")
    (tmp_path / ".prlint.toml").write_text('exclude = ["drafts/"]\nselect = ["placeholder-link"]\n')
    _, report = json_report(str(tmp_path))
    paths = sorted(Path(d["path"]).name for d in report["diagnostics"])
    assert paths == ["a.txt", "b.md", "c.markdown"]


def test_explicit_file_is_checked_whatever_its_extension(tmp_path):
    notes = tmp_path / "notes.rst"
    notes.write_text("See [w](#).\n")
    assert run("check", "--select", "placeholder-link", str(notes)).code == 1


def test_select_and_ignore_on_command_line(tmp_path):
    release = tmp_path / "r.txt"
    release.write_text("See [x](#).\n")
    _, report = json_report("--select", "PR5", "--ignore", "missing-end-mark", str(release))
    assert {d["rule"] for d in report["diagnostics"]} == {"placeholder-link"}
    bad = run("check", "--select", "placeholder-lnk", str(release))
    assert bad.code == 2 and "did you mean 'placeholder-link'" in bad.stderr


def test_version_rules_and_explain():
    assert run("--version").stdout.startswith("prlint ")
    listing = run("rules").stdout
    assert "placeholder-link" in listing and "PR506" in listing and "builtin" in listing
    explained = run("explain", "PR506").stdout
    for section in ("What it does", "Why it matters", "Example", "Fix"):
        assert section in explained
    assert run("explain", "placeholder-lnk").code == 2


def test_every_rule_documents_its_sections():
    from prlint.registry import load_registry

    for rule in load_registry().rules.values():
        text = run("explain", rule.name).stdout
        for section in ("What it does", "Why it matters", "Example", "Fix"):
            assert section in text, f"{rule.name} lacks {section!r}"
