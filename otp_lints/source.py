"""Source bytes -> tree and lines, exactly as CPython decides.

``parse_source`` parses the raw bytes (CPython's own decoding: BOM, PEP 263
cookie), with the warnings the parser raises on the user's code silenced, and
turns every way a file can fail to parse into one ``ParseFailure``;
``detect_encoding``, ``decode_source`` and ``split_lines`` give the text the
way CPython's tokenizer reads it. Shared by the lint API, the rules' context
(which decodes only when a rule asks), the result cache and the fixer.
"""

from __future__ import annotations

import ast
import codecs
import io
import re
import sys
import warnings
from typing import Optional

from otp_lints.noqa import SourceLines

#: PEP 263, as CPython's tokenizer matches it (``get_coding_spec``): a comment
#: line, the first ``coding[:=]`` followed by a name.
_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
#: a line after which the second line may still hold the cookie
_BLANK_OR_COMMENT = re.compile(rb"^[ \t\f]*(?:#|$)", re.ASCII)
_LINE_END = re.compile(rb"\r\n|\r|\n")


class ParseFailure(Exception):
    """The file does not parse; ``line``/``col`` (0-based) say where, ``reason`` why."""

    def __init__(self, line: int, col: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.col = col
        self.reason = reason


def parse_source(source: bytes) -> ast.Module:
    """``ast.parse`` of the raw bytes: CPython's own decoding (BOM, PEP 263 cookie).

    The warnings the parser raises about the user's code (``SyntaxWarning`` for
    an invalid escape on 3.12+, ``DeprecationWarning`` before) are not ours to
    print, and under ``-W error`` they must not turn a file CPython accepts
    into a syntax error: they are ignored while parsing."""
    try:
        return parse_quietly(source)
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
    except Exception as exc:  # the parser's own failures (SystemError...) are the file's
        raise ParseFailure(1, 0, f"cannot parse: {type(exc).__name__}: {exc}") from None


def parse_quietly(source: bytes | str) -> ast.Module:
    """``ast.parse`` with the parser's warnings about the parsed code ignored."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(source)


def detect_encoding(source: bytes) -> tuple[str, bool]:
    """The codec CPython decodes ``source`` with, and whether it starts with a
    UTF-8 BOM; for bytes ``ast.parse`` accepted.

    As CPython's tokenizer decides it, not as ``tokenize.detect_encoding``
    does: a line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (so ``\\r`` then a
    cookie is a cookie on line 2), and a line that is not UTF-8 is searched as
    bytes (``tokenize`` gives up on it with "invalid or missing encoding
    declaration")."""
    bom = source.startswith(codecs.BOM_UTF8)
    if bom:
        source = source[len(codecs.BOM_UTF8):]
    ends = _LINE_END.finditer(source)
    start = 0
    for _ in range(2):  # the cookie may be on line 1, or on line 2 after a comment
        end = next(ends, None)
        line = source[start: end.start() if end is not None else len(source)]
        m = _COOKIE.match(line)
        if m:
            return _normal_name(m.group(1).decode("ascii")), bom
        if end is None or not _BLANK_OR_COMMENT.match(line):
            break
        start = end.end()
    return "utf-8", bom


def _normal_name(name: str) -> str:
    """CPython's ``get_normal_name``: the spellings of UTF-8 and Latin-1 it knows."""
    enc = name[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or enc.startswith(
        ("latin-1-", "iso-8859-1-", "iso-latin-1-")
    ):
        return "iso-8859-1"
    return name


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
    """Decode bytes that ``ast.parse`` accepted, with the encoding CPython used.

    CPython checks UTF-8 only where it reads text: an invalid byte in a comment
    is accepted (and ``import`` loads the module), so such bytes are decoded
    as U+FFFD rather than failing the file."""
    encoding, bom = detect_encoding(source)
    if bom:
        source = source[len(codecs.BOM_UTF8):]
    return source.decode(encoding, "replace")


def split_lines(text: str) -> SourceLines:
    """Lines as the tokenizer counts them (``\\n``, ``\\r\\n``, ``\\r``), ends kept."""
    return SourceLines(io.StringIO(text, newline=None).readlines())


def source_lines(source: bytes) -> SourceLines:
    """The lines of bytes that ``ast.parse`` accepted."""
    return split_lines(decode_source(source))
