"""The one value every rule produces and every front end prints."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional


@dataclass(frozen=True)
class Edit:
    """Replace the text from (line, col) to (end_line, end_col) with ``content``.

    Lines are 1-based, columns 0-based *characters* (not the UTF-8 byte offsets
    the ``ast`` gives), so an edit can be applied to decoded text directly.
    """

    line: int
    col: int
    end_line: int
    end_col: int
    content: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.col + 1, "end_line": self.end_line,
                "end_column": self.end_col + 1, "content": self.content}


@dataclass(frozen=True)
class Fix:
    """What a fix does: exact edits, and whether it is safe to apply unasked."""

    safety: str  # "safe" | "unsafe"
    message: str
    edits: tuple[Edit, ...]

    def to_json(self) -> dict[str, Any]:
        return {"safety": self.safety, "applicability": self.safety, "message": self.message,
                "edits": [e.to_json() for e in self.edits]}


@dataclass(frozen=True)
class Diagnostic:
    """A finding. ``line`` is 1-based, ``col`` 0-based (converted once per output format)."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    code: str
    message: str
    fix: Optional[Fix] = None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.col, self.code)

    def with_message(self, message: str) -> Diagnostic:
        return Diagnostic(
            self.path, self.line, self.col, self.end_line, self.end_col, self.code, message,
            self.fix,
        )


# OTP000 is no rule: the code of a file otp-lints could not analyse. Always on.
FILE_ERROR = "OTP000"
FILE_ERROR_NAME = "file-error"
FILE_ERROR_DOC = "A file that could not be read or parsed, or a rule that failed on it."
#: its row in ``otp-lints report``'s table of groups
FILE_ERROR_GROUP = "Files that could not be analysed"


def file_error(path: str, message: str, line: int = 1, col: int = 0) -> Diagnostic:
    """An OTP000 for ``path``: ``message`` says why it was not (fully) analysed."""
    return Diagnostic(path, line, col, line, col, FILE_ERROR, message)


def unreadable(path: str, reason: str) -> Diagnostic:
    """The OTP000 for a file that cannot be read (``reason``: the OS's words)."""
    return file_error(path, f"cannot read file: {reason}")


#: what must not reach a terminal or a log raw: control characters (a newline
#: would split a diagnostic, an escape would drive the terminal) and the lone
#: surrogates that stand for a file name's bytes that are not UTF-8
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    o = ord(c)
    if 0xDC80 <= o <= 0xDCFF:  # a byte os.fsdecode could not decode
        return f"\\x{o - 0xDC00:02x}"
    return _NAMED.get(c) or (f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}")


def printable(s: str) -> str:
    """``s`` for a terminal or a log: control characters and undecodable bytes as
    backslash escapes (``new\\nline.py``, ``caf\\xe9.py``), so each diagnostic
    stays one line and a file name cannot drive the terminal."""
    return _UNPRINTABLE.sub(_escape, s) if _UNPRINTABLE.search(s) else s


def json_text(s: str) -> str:
    """``s`` as valid Unicode for JSON: a file name's undecodable bytes (lone
    surrogates, which strict JSON parsers reject) as ``\\xNN`` text."""
    if not _SURROGATE.search(s):
        return s
    return _SURROGATE.sub(_escape, s)


_SURROGATE = re.compile("[\ud800-\udfff]")
