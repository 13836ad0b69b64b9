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

import re
import tokenize
from collections.abc import Sequence
from typing import Optional

# Same pattern as flake8.defaults.NOQA_INLINE_REGEXP.
NOQA_INLINE = re.compile(
    r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?",
    re.IGNORECASE,
)
NOQA_FILE = re.compile(r"\s*# flake8[:=]\s*noqa", re.IGNORECASE)
_SPLIT = re.compile(r"[,\s]")


def parse_codes(codes: str) -> tuple[str, ...]:
    """flake8's ``parse_comma_separated_list``."""
    return tuple(c.strip() for c in _SPLIT.split(codes) if c.strip())


def file_is_skipped(lines: Sequence[str]) -> bool:
    """A line starting with ``# flake8: noqa`` skips the whole file, as in flake8
    (which does so even when codes follow)."""
    return any(NOQA_FILE.match(line) for line in lines)


def line_mapping(lines: Sequence[str]) -> dict[int, str]:
    """flake8's ``_noqa_line_mapping``: line number -> text searched for noqa."""
    mapping: dict[int, str] = {}
    it = iter(lines)
    try:
        tokens = list(tokenize.generate_tokens(lambda: next(it, "")))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return {}
    total = len(lines)
    min_line, max_line = total + 2, -1
    for tok in tokens:
        tp = tok.type
        if tp in (tokenize.ENDMARKER, tokenize.DEDENT):
            continue
        min_line = min(min_line, tok.start[0])
        max_line = max(max_line, tok.end[0])
        if tp in (tokenize.NL, tokenize.NEWLINE):
            joined = "".join(lines[min_line - 1: max_line])
            for n in range(min_line, max_line + 1):
                mapping[n] = joined
            min_line, max_line = total + 2, -1
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
