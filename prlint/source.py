"""Reading and writing release files faithfully: encoding, BOM and line endings."""

from __future__ import annotations

import codecs
import os
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prlint.document import Document

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class SourceError(Exception):
    """A file that cannot be read as a release; the message is for the user."""


class Source:
    """A file's decoded text and how to write it back as it was."""

    __slots__ = ("bom", "encoding", "newline", "path", "text")

    def __init__(
        self, path: str, text: str, encoding: str = "utf-8", bom: bytes = b"", newline: str = "\n"
    ):
        self.path = path
        self.text = text  # decoded, BOM removed, original line endings kept
        self.encoding = encoding
        self.bom = bom
        self.newline = newline

    def document(self) -> Document:
        return Document.from_text(self.text, self.path)

    def encode(self, normalised_text: str) -> bytes:
        """Encode text with "\\n" line endings back to this file's form."""
        text = normalised_text.replace("\n", self.newline) if self.newline != "\n" else (
            normalised_text
        )
        return self.bom + text.encode(self.encoding)


def dominant_newline(text: str) -> str:
    if "\r" not in text:  # (a quick search; counting characters is a slow loop)
        return "\n"
    counts = {"\r\n": text.count("\r\n")}
    counts["\r"] = text.count("\r") - counts["\r\n"]
    counts["\n"] = text.count("\n") - counts["\r\n"]
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "\n"


def decode(data: bytes, path: str) -> Source:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start + len(bom)})"
                ) from None
            return Source(path, text, encoding, bom, dominant_newline(text))
    if b"\x00" in data:
        raise SourceError("looks like a binary file (it contains NUL bytes); not checked")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, "
            f"line {line}); save it as UTF-8 to check it"
        ) from None
    return Source(path, text, "utf-8", b"", dominant_newline(text))


def read_source(path: Path) -> Source:
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise SourceError("is a directory, not a file") from None
    except FileNotFoundError:
        raise SourceError("no such file") from None
    except PermissionError:
        raise SourceError("permission denied") from None
    except OSError as exc:
        raise SourceError(f"cannot be read: {exc.strerror or exc}") from None
    return decode(data, str(path))


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back until the block ends (in this thread, and in the
    processes it forks meanwhile, which inherit the mask).

    A Ctrl-C that lands between creating a temporary file and renaming it would leave
    the file behind (the signal can arrive inside `mkstemp`, before any cleanup can
    know its name); one that lands in a new worker before it ignores Ctrl-C would make
    it print a traceback.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: nothing to block
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:  # a held Ctrl-C is delivered here, as KeyboardInterrupt, after the write
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` via a temporary file in the same directory.

    The original stays intact until the final rename; its permission bits are kept.
    Ctrl-C during the write takes effect once the file is whole again.
    """
    import tempfile  # only when writing

    mode = path.stat().st_mode & 0o7777
    with interrupts_held():
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".prlint-tmp", dir=path.parent
        )
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp_name, mode)
            os.replace(tmp_name, path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise


_NEWLINES = re.compile(r"\r\n|\r")


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)
