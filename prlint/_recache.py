"""A persistent cache of compiled regular expressions for the command line.

Python compiles every regular expression afresh in every process, in pure Python, and
prlint's rules (with phonenumbers and email_validator) compile a few hundred at start-up:
that costs more than checking a release. `install()` (called by `prlint.launch.main` only,
never on import) wraps `re`'s compiler so that the result of compiling a pattern (the
opcode list `_sre.compile` takes) is kept in a file under the user's cache directory and
reused by the next run. The stored result is exactly what the compiler produced for the
same pattern, flags and Python build, so behaviour cannot change; the file is keyed by
the Python version and the regex engine's magic number, `_sre` validates the code it is
given, and anything unexpected (other Python versions' internals, an unreadable or
corrupt file, a read-only cache directory) simply falls back to normal compilation.

Set PRLINT_NO_CACHE=1 to turn it off; PRLINT_CACHE_DIR chooses the directory (default
$XDG_CACHE_HOME/prlint or ~/.cache/prlint).
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path
from typing import Any

MAX_ENTRIES = 4000
_installed = False


def cache_dir() -> Path:
    explicit = os.environ.get("PRLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "prlint"


def cache_file(name: str) -> Path | None:
    """A file of the cache directory for other start-up caches, or None when caching is
    off (not installed by the command line, or PRLINT_NO_CACHE)."""
    return cache_dir() / name if _installed else None


def install() -> bool:
    """Serve `re` compilations from the cache file; True when it is in place."""
    global _installed
    if _installed or os.environ.get("PRLINT_NO_CACHE"):
        return _installed
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        original = _compiler.compile
        code_of = _compiler._code
        parse = _parser.parse
        debug = _compiler.SRE_FLAG_DEBUG
        tag = (sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)
        path = cache_dir() / f"re-{sys.implementation.cache_tag}.marshal"
    except Exception:  # another implementation or Python version: leave `re` alone
        return False
    entries: dict[Any, Any] = {}
    new: dict[Any, Any] = {}
    loaded = False

    def compile(p: Any, flags: int = 0) -> Any:
        nonlocal loaded
        if not isinstance(p, str | bytes) or flags & debug:
            return original(p, flags)
        if not loaded:  # read the file on the first compilation, not at install
            entries.update(_load(path, tag))
            loaded = True
        key = (p, int(flags))
        hit = entries.get(key)
        if hit is not None:
            try:
                return _sre.compile(p, *hit)
            except Exception:
                entries.pop(key, None)
        parsed = parse(p, flags)
        code = [int(op) for op in code_of(parsed, flags)]  # plain ints marshal
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        value = (
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        compiled = _sre.compile(p, *value)
        new[key] = value
        return compiled

    _compiler.compile = compile
    parent = os.getpid()

    def save() -> None:
        if new and os.getpid() == parent:
            _save(path, tag, {**entries, **new})

    atexit.register(save)
    _installed = True
    return True


def _load(path: Path, tag: tuple[Any, ...]) -> dict[Any, Any]:
    try:
        data = marshal.loads(path.read_bytes())
        if isinstance(data, tuple) and len(data) == 2 and data[0] == tag:
            entries = data[1]
            if isinstance(entries, dict):
                return entries
    except Exception:  # missing, unreadable or corrupt: start afresh
        pass
    return {}


def _save(path: Path, tag: tuple[Any, ...], entries: dict[Any, Any]) -> None:
    if len(entries) > MAX_ENTRIES:  # keep the most recent ones
        entries = dict(list(entries.items())[-MAX_ENTRIES:])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=".re-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps((tag, entries)))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except Exception:  # a read-only home or full disk costs speed, never a failure
        pass
