"""``# noqa`` exactly as flake8 reads it.

flake8 looks for its noqa regex in the *physical line* of a diagnostic (the
whole line, not just its comment), where the lines between two NEWLINE/NL
tokens are joined: in practice the lines a multi-line string spans, since
inside brackets the tokenizer emits NL at each line end. So a ``# noqa`` after
a multi-line string covers the line the string starts on, while a ``# noqa``
on the last line of a bracketed multi-line call does not cover its first
line. Codes match by prefix, case sensitively; a line starting with
``# flake8: noqa`` skips the whole file.
"""

from __future__ import annotations

import datetime
import re
import tokenize
from collections.abc import Sequence
from typing import NamedTuple, Optional

# Same pattern as flake8.defaults.NOQA_INLINE_REGEXP.
NOQA_INLINE = re.compile(
    r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?",
    re.IGNORECASE,
)
NOQA_FILE = re.compile(r"\s*# flake8[:=]\s*noqa", re.IGNORECASE)
_SPLIT = re.compile(r"[,\s]")
# otp-lints' own convention (SPEC 7.5): a reason that ends in
# ``(expires YYYY-MM-DD)`` (another tool's ``# pragma`` may follow it). The date
# group takes any one word, so that a malformed date is seen, not skipped.
EXPIRES = re.compile(r"\(\s*expires:?\s+([^\s()]+)\s*\)\s*(?=#|$)", re.IGNORECASE)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def find_expiry(rest: str) -> Optional[re.Match[str]]:
    """The ``(expires DATE)`` at the end of a noqa comment's reason (the text after
    its codes), if any: the last one, followed only by white space or by another
    comment."""
    found = None
    for m in EXPIRES.finditer(rest):
        found = m
    return found


def parse_expiry(text: str) -> Optional[datetime.date]:
    """``YYYY-MM-DD`` as a date; None for anything else (``2025-02-30``, ``soon``)."""
    if not _DATE.match(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def parse_codes(codes: str) -> tuple[str, ...]:
    """flake8's ``parse_comma_separated_list``."""
    return tuple(c.strip() for c in _SPLIT.split(codes) if c.strip())


def may_have_noqa(lines: Sequence[str]) -> bool:
    """A cheap test before tokenizing: does ``noqa`` occur anywhere, in any case?"""
    return "noqa" in "".join(lines).lower()


def file_is_skipped(lines: Sequence[str]) -> bool:
    """A line starting with ``# flake8: noqa`` skips the whole file, as in flake8
    (which does so even when codes follow)."""
    return any(NOQA_FILE.match(line) for line in lines)


class LineRange(NamedTuple):
    """Lines flake8 treats as one for noqa, with the comment tokens on them."""

    first: int
    last: int
    comments: list[tokenize.TokenInfo]
    closed: bool  # ended by a NEWLINE/NL token (flake8 maps only those)


class SourceLines(list[str]):
    """A file's lines (``engine.split_lines``) that keep their ``line_ranges``:
    the OTP7xx rules and the CLI's noqa layer both need them, and the file is
    tokenized once. The cache lives and dies with the lines."""

    ranges: Optional[list[LineRange]] = None
    ranges_known = False


def line_ranges(lines: Sequence[str]) -> Optional[list[LineRange]]:
    """flake8's grouping of lines between NEWLINE/NL tokens (in practice: the
    lines a multi-line string spans), one tokenizer pass. None when the file
    does not tokenize. The CLI's noqa and the OTP7xx rules both use it; for
    ``SourceLines`` the pass is made once."""
    if isinstance(lines, SourceLines):
        if not lines.ranges_known:
            lines.ranges, lines.ranges_known = _line_ranges(lines), True
        return lines.ranges
    return _line_ranges(lines)


def _line_ranges(lines: Sequence[str]) -> Optional[list[LineRange]]:
    it = iter(lines)
    out: list[LineRange] = []
    first, last = len(lines) + 2, -1
    comments: list[tokenize.TokenInfo] = []
    try:
        for tok in tokenize.generate_tokens(lambda: next(it, "")):
            tp = tok.type
            if tp in (tokenize.ENDMARKER, tokenize.DEDENT):
                continue
            first = min(first, tok.start[0])
            last = max(last, tok.end[0])
            if tp == tokenize.COMMENT:
                comments.append(tok)
            elif tp in (tokenize.NL, tokenize.NEWLINE):
                out.append(LineRange(first, last, comments, True))
                first, last, comments = len(lines) + 2, -1, []
    except (tokenize.TokenError, SyntaxError):
        return None
    if comments:
        out.append(LineRange(first, last, comments, False))
    return out


def line_mapping(lines: Sequence[str]) -> dict[int, str]:
    """flake8's ``_noqa_line_mapping``: line number -> text searched for noqa."""
    mapping: dict[int, str] = {}
    for r in line_ranges(lines) or ():
        if not r.closed:
            continue
        joined = "".join(lines[r.first - 1: r.last])
        for n in range(r.first, r.last + 1):
            mapping[n] = joined
    return mapping


class NoqaFilter:
    """Answers "is this diagnostic suppressed by noqa" for one file."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self._mapping: Optional[dict[int, str]] = None

    def physical_line(self, line: int) -> str:
        if self._mapping is None:
            self._mapping = line_mapping(self.lines)
        text = self._mapping.get(line)
        if text is None:  # flake8 falls back to the raw line (linecache)
            text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        return text

    def is_suppressed(self, line: int, code: str) -> bool:
        m = NOQA_INLINE.search(self.physical_line(line))
        if m is None:
            return False
        codes_str = m.group("codes")
        if codes_str is None:
            return True
        codes = parse_codes(codes_str)
        return code in codes or code.startswith(codes)
