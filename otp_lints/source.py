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
import tokenize

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
        raise ParseFailure(line, col, f"syntax error: {msg}") from None
    except (ValueError, UnicodeError) as exc:
        raise ParseFailure(1, 0, f"cannot parse: {exc}") from None
    except RecursionError:
        raise ParseFailure(1, 0, "cannot parse: too deeply nested for the Python parser") from None
    except MemoryError:
        raise ParseFailure(1, 0, "cannot parse: out of memory while parsing") from None


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
