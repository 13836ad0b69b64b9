"""Source bytes -> tree and lines, exactly as CPython decides.

``parse_source`` parses the raw bytes (CPython's own decoding: BOM, PEP 263
cookie) and turns every way a file can fail to parse into one
``ParseFailure``; ``decode_source`` and ``split_lines`` give the text the way
the tokenizer counts lines. Shared by the lint API, the rules' context (which
decodes only when a rule asks) and the result cache.
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from typing import Optional

from otp_lints.noqa import SourceLines


class ParseFailure(Exception):
    """The file does not parse; ``line``/``col`` (0-based) say where, ``reason`` why."""

    def __init__(self, line: int, col: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.col = col
        self.reason = reason


def parse_source(source: bytes) -> ast.Module:
    """``ast.parse`` of the raw bytes: CPython's own decoding (BOM, PEP 263 cookie)."""
    try:
        return ast.parse(source)
    except SyntaxError as exc:
        line = exc.lineno or 1
        col = max((exc.offset or 1) - 1, 0)
        msg = exc.msg or "invalid syntax"
        hint = newer_syntax_hint(exc.text)
        raise ParseFailure(line, col, f"syntax error: {msg}{hint}") from None
    except (ValueError, UnicodeError) as exc:
        raise ParseFailure(1, 0, f"cannot parse: {exc}") from None
    except RecursionError:
        raise ParseFailure(1, 0, "cannot parse: too deeply nested for the Python parser") from None
    except MemoryError:
        raise ParseFailure(1, 0, "cannot parse: out of memory while parsing") from None


#: (the Python that first accepts it, what it is, a pattern on the offending line)
NEWER_SYNTAX: tuple[tuple[tuple[int, int], str, re.Pattern[str]], ...] = (
    ((3, 10), "a `match` statement", re.compile(r"^\s*(match|case)\b[^=]*:\s*(#.*)?$")),
    ((3, 11), "`except*`", re.compile(r"^\s*except\s*\*")),
    ((3, 12), "a `type` alias", re.compile(r"^\s*type\s+[A-Za-z_]\w*\s*(\[.*\])?\s*=")),
    ((3, 12), "type parameters",
     re.compile(r"^\s*(async\s+)?(def|class)\s+[A-Za-z_]\w*\s*\[")),
)


def newer_syntax_hint(line: Optional[str], version: tuple[int, int] = sys.version_info[:2]
                      ) -> str:
    """A hint for a syntax error on a line that looks like syntax newer than the
    running Python (``type X = int`` on 3.11), else ``""``."""
    if not line:
        return ""
    for needed, what, pattern in NEWER_SYNTAX:
        if version < needed and pattern.match(line):
            return (f" (this looks like {what}, Python {needed[0]}.{needed[1]} syntax; "
                    f"otp-lints is running on Python {version[0]}.{version[1]}: run it with "
                    f"Python {needed[0]}.{needed[1]} or newer)")
    return ""


def decode_source(source: bytes) -> str:
    """Decode bytes that ``ast.parse`` accepted, with the encoding CPython used."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
    return source.decode(encoding)


def split_lines(text: str) -> SourceLines:
    """Lines as the tokenizer counts them (``\\n``, ``\\r\\n``, ``\\r``), ends kept."""
    return SourceLines(io.StringIO(text, newline=None).readlines())


def source_lines(source: bytes) -> SourceLines:
    """The lines of bytes that ``ast.parse`` accepted."""
    return split_lines(decode_source(source))
