"""The example third-party rule package is discovered and run once installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT

PLUGIN = ROOT / "examples" / "plugin"


def test_example_plugin_is_discovered_and_run(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
            "--no-build-isolation", "--target", str(target), str(PLUGIN),
        ],
        check=True,
        cwd=tmp_path,
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path])}
    prlint = [sys.executable, "-c", "from prlint.cli import main; main()"]
    rules = subprocess.run([*prlint, "rules"], capture_output=True, text=True, env=env)
    assert rules.returncode == 0, rules.stderr
    row = next(line for line in rules.stdout.splitlines() if line.startswith("exclamation-mark"))
    assert "EX101" in row and "prlint-example-plugin" in row

    release = tmp_path / "r.txt"
    release.write_text("We are thrilled!\n")
    checked = subprocess.run(
        [*prlint, "check", "-o", "json", "--select", "EX", str(release)],
        capture_output=True, text=True, env=env,
    )
    report = json.loads(checked.stdout)
    assert [(d["rule"], d["start"]["column"]) for d in report["diagnostics"]] == [
        ("exclamation-mark", 16)
    ]
    assert Path(target / "prlint_example_plugin").is_dir()


def _declare_plugin(folder: Path, version: str, rules_module: str) -> None:
    """A distribution's metadata on a sys.path folder, as pip leaves it."""
    info = folder / f"prlint_fake_plugin-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: prlint-fake-plugin\nVersion: {version}\n"
    )
    (info / "entry_points.txt").write_text(f"[prlint.rules]\nfake = {rules_module}\n")


def test_entry_point_cache_follows_what_is_installed(tmp_path, monkeypatch):
    """The command line's cache of entry points gives what importlib.metadata gives,
    and notices a distribution installed, upgraded or removed."""
    import importlib.metadata
    import shutil

    from prlint.registry import GROUP, group_entry_points

    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    cache = tmp_path / "cache" / "entry-points.marshal"

    def names() -> list[tuple[str, str, str | None]]:
        return sorted((ep.name, ep.value, ep.dist) for ep in group_entry_points(cache))

    def truth() -> list[tuple[str, str, str | None]]:
        return sorted(
            (ep.name, ep.value, ep.dist.name if ep.dist else None)
            for ep in importlib.metadata.entry_points(group=GROUP)
        )

    assert names() == truth() and ("builtin", "prlint.rules", "prlint") in names()
    assert cache.is_file()
    before, real = truth(), importlib.metadata.entry_points
    monkeypatch.setattr(importlib.metadata, "entry_points", None)  # a hit needs no lookup
    assert names() == before
    monkeypatch.setattr(importlib.metadata, "entry_points", real)

    _declare_plugin(site, "1.0", "json")  # installed
    assert ("fake", "json", "prlint-fake-plugin") in names()
    assert names() == truth()
    shutil.rmtree(site / "prlint_fake_plugin-1.0.dist-info")
    _declare_plugin(site, "2.0", "csv")  # upgraded
    assert ("fake", "csv", "prlint-fake-plugin") in names()
    shutil.rmtree(site / "prlint_fake_plugin-2.0.dist-info")  # removed
    assert not [n for n in names() if n[0] == "fake"]
    assert names() == truth()

    cache.write_bytes(b"not marshal data")  # a corrupt cache is rebuilt
    assert names() == truth()


def test_entry_points_load_like_importlib_metadata():
    from prlint.registry import EntryPoint

    assert EntryPoint("x", "os.path:join", None).load() is os.path.join
    assert EntryPoint("x", "os.path", None).load() is os.path
    assert EntryPoint("x", "os:path.join [extra]", None).load() is os.path.join


def test_missing_builtin_rules_stop_the_run(monkeypatch, capsys):
    """With the built-in rules unloadable (a source directory shadowing the installed
    package), prlint must not go on and call a release clean."""
    from prlint import checking, registry
    from prlint.registry import EntryPoint

    monkeypatch.setattr(registry, "_cached", None)
    monkeypatch.setattr(
        registry,
        "group_entry_points",
        lambda cache=None: [EntryPoint("builtin", "prlint.no_such_rules", "prlint")],
    )
    with pytest.raises(SystemExit) as stopped:
        checking.registry_or_exit()
    assert stopped.value.code == checking.EXIT_ERROR
    err = capsys.readouterr().err
    assert "built-in rules could not be loaded" in err and "prlint.no_such_rules" in err


def test_a_packages_modules_are_listed_as_pkgutil_lists_them(tmp_path):
    """The registry lists a rule package's modules without pkgutil (which imports
    inspect); it must find what pkgutil finds, in the same order."""
    import pkgutil
    import types

    import prlint.rules

    from prlint.registry import _module_names

    package = tmp_path / "plugin_pkg"
    (package / "sub").mkdir(parents=True)
    (package / "sub" / "__init__.py").write_text("")
    (package / "not_a_package").mkdir()  # no __init__: pkgutil skips it too
    (package / "__pycache__").mkdir()
    for name in ["__init__.py", "b_rules.py", "a_rules.py", "compiled.pyc", "notes.txt", "x-y.py"]:
        (package / name).write_text("")
    fake = types.ModuleType("plugin_pkg")
    fake.__path__ = [str(package)]
    for module in (fake, prlint.rules):
        expected = sorted(info.name for info in pkgutil.iter_modules(module.__path__))
        assert _module_names(module) == expected
    assert _module_names(fake) == ["a_rules", "b_rules", "compiled", "sub", "x-y"]
