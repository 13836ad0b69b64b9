"""``# noqa`` exactly as flake8 reads it, without a second tokenizer pass.

flake8 looks for its noqa regex in the *physical line* of a diagnostic (the
whole line, not just its comment), where the lines between two NEWLINE/NL
tokens are joined (``FileProcessor._noqa_line_mapping``). A line end emits
one of those tokens unless it is inside a string token or follows a backslash
continuation, so the joined groups are exactly the lines a multi-line string
spans and the lines a backslash joins; inside brackets every line end is an
NL. So a ``# noqa`` after a multi-line string covers the line the string
starts on, while a ``# noqa`` on the last line of a bracketed multi-line call
does not cover its first line. Codes match by prefix, case sensitively; a
line starting with ``# flake8: noqa`` skips the whole file.

``scan`` finds those groups, and the comments that mention ``noqa``, with one
regular expression over the text that lexes only what can hide a line end or
a ``#``: strings, comments and continuations. Where it could differ from the
tokenizer it hands the file to ``tokenize`` instead (the fallback is flake8's
own reading): a quote or backslash the lexer cannot place, a line holding
only a backslash (it has no token, and may or may not have an INDENT), and on
Python 3.12 and later any f-string (its replacement fields are tokenized, so
a line end inside one is an NL and a ``#`` there is a comment).
``tests/test_noqa.py`` and ``scripts/corpus_check.py --noqa`` compare both
readings.
"""

from __future__ import annotations

import bisect
import datetime
import re
import sys
import tokenize
from collections.abc import Sequence
from typing import NamedTuple, Optional

# Same pattern as flake8.defaults.NOQA_INLINE_REGEXP.
NOQA_INLINE = re.compile(
    r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?",
    re.IGNORECASE,
)
NOQA_FILE = re.compile(r"\s*# flake8[:=]\s*noqa", re.IGNORECASE)
# The file-level pattern matched at the start of any line of the whole text: the first
# ``\s*`` may cross blank lines (then the later line matches by itself), the
# second stays on its line as it does when matching one line.
_NOQA_FILE_ANY_LINE = re.compile(r"^\s*# flake8[:=][^\S\n]*noqa", re.IGNORECASE | re.MULTILINE)
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

# The tokens that can hold a line end or a '#' without being an NL/NEWLINE or a
# comment, as Lib/tokenize.py lexes them (String, Triple/Single3/Double3,
# ContStr): triple-quoted strings first (so '' is not an empty string), an
# escaped character anywhere, a line end only escaped in a one-quote string.
# Prefixes do not matter: no prefix changes where a string ends before 3.12.
# A quote or backslash that none of these takes (valid code has none) is
# matched alone, and the file goes to the tokenizer.
_LEX = re.compile(
    r"""
      \#[^\r\n]*
    | '''[^'\\]*(?:(?:\\[\s\S]|'(?!''))[^'\\]*)*'''
    | \"\"\"[^"\\]*(?:(?:\\[\s\S]|"(?!""))[^"\\]*)*\"\"\"
    | '[^\n'\\]*(?:\\[\s\S][^\n'\\]*)*'
    | "[^\n"\\]*(?:\\[\s\S][^\n"\\]*)*"
    | \\\n
    | ['"\\]
    """,
    re.VERBOSE,
)
# The same reading, but each match first skips what cannot matter: code outside
# strings and comments, one-line strings with no escaped line end, comments
# without ``noqa``. The skip is atomic (a lookahead, then a backreference to
# what it took: no backtracking into it; ``*+`` would need Python 3.11). The
# token after the skipped run (group ``t``) is then one of ``_LEX``'s, or empty
# at the end of the text; so the Python loop sees only the tokens that decide.
_LEX_SKIPPING = re.compile(
    r"""
    (?=(?P<skip>(?:
        [^'"\\\#]+
      | '(?!'')[^\n'\\]*(?:\\[^\n][^\n'\\]*)*'
      | "(?!"")[^\n"\\]*(?:\\[^\n][^\n"\\]*)*"
      | \#(?![^\r\n]*?(?i:noqa))[^\r\n]*
    )*))(?P=skip)
    (?P<t>"""
    + _LEX.pattern
    + r"""|\Z)""",
    re.VERBOSE,
)
_BARE_BACKSLASH = re.compile(r"^[ \t\f]*\\$", re.MULTILINE)
# Any f-string (or t-string) prefix: on 3.12+ such files are tokenized.
_FSTRING = re.compile(r"[fFtT][rRbB]?['\"]|[rRbB][fFtT]['\"]")
_LEX_FSTRINGS = sys.version_info < (3, 12)


def parse_codes(codes: str) -> tuple[str, ...]:
    """flake8's ``parse_comma_separated_list``."""
    return tuple(c.strip() for c in _SPLIT.split(codes) if c.strip())


def may_have_noqa(lines: Sequence[str]) -> bool:
    """A cheap test before scanning: does ``noqa`` occur anywhere, in any case?
    (On ``SourceLines``, their text, joined once for this and ``scan``.)"""
    text = lines.text if isinstance(lines, SourceLines) else "".join(lines)
    return "noqa" in text.lower()


def file_is_skipped(lines: Sequence[str]) -> bool:
    """A line starting with ``# flake8: noqa`` skips the whole file, as in flake8
    (which does so even when codes follow). One search over the text, and only
    when ``flake8`` occurs in it."""
    text = lines.text if isinstance(lines, SourceLines) else "".join(lines)
    if "flake8" not in text.lower():
        return False
    return _NOQA_FILE_ANY_LINE.search(text) is not None


class Comment(NamedTuple):
    """A comment token that mentions ``noqa`` (in any case)."""

    line: int
    col: int  # in characters, as the tokenizer counts them
    text: str


class Scan(NamedTuple):
    """What the noqa layer and the OTP7xx rules need of a file's tokens."""

    #: the groups flake8 joins that span more than one line, as (first, last), in order
    groups: list[tuple[int, int]]
    #: the comment tokens that mention ``noqa``, in order
    comments: list[Comment]

    def group_of(self, line: int) -> tuple[int, int]:
        """The lines flake8 joins with ``line`` (just that line when none)."""
        i = bisect.bisect_right(self.groups, (line, sys.maxsize)) - 1
        if i >= 0 and self.groups[i][1] >= line:
            return self.groups[i]
        return line, line


class SourceLines(list[str]):
    """A file's lines (``source.split_lines``) that keep their text and their
    ``scan``: the OTP7xx rules and the CLI's noqa layer both need it, and the
    file is scanned once. The cache lives and dies with the lines."""

    scanned: Optional[Scan] = None
    scan_known = False
    _text: Optional[str] = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self)
        return self._text


def scan(lines: Sequence[str]) -> Optional[Scan]:
    """flake8's multi-line groups and the comments mentioning ``noqa``; None when
    the file does not tokenize (flake8 then maps no line). For ``SourceLines``
    the scan is made once."""
    if isinstance(lines, SourceLines):
        if not lines.scan_known:
            lines.scanned, lines.scan_known = _scan_text(lines.text, lines), True
        return lines.scanned
    return _scan_text("".join(lines), lines)


def _scan_text(text: str, lines: Sequence[str]) -> Optional[Scan]:
    found = lexed(text)
    return found if found is not None else tokenized(lines)


def lexed(text: str) -> Optional[Scan]:
    """The regular-expression reading of ``text``; None where the file goes to
    the tokenizer instead."""
    if "\r" in text or (not _LEX_FSTRINGS and _FSTRING.search(text) is not None):
        return None
    if "\\" in text and _BARE_BACKSLASH.search(text) is not None:
        return None
    return _lex(text)


def _lex(text: str) -> Optional[Scan]:
    """The regular-expression reading; None when it meets something only the
    tokenizer may read right."""
    groups: list[tuple[int, int]] = []
    comments: list[Comment] = []
    line, pos = 1, 0  # the line number at offset ``pos``
    count = text.count
    for m in _LEX_SKIPPING.finditer(text):
        start, end = m.span("t")
        if start == end:  # the end of the text
            break
        first = text[start]
        if first == "#":  # a comment mentioning noqa (others are skipped)
            line += count("\n", pos, start)
            pos = start
            comments.append(Comment(line, start - text.rfind("\n", 0, start) - 1,
                                    text[start:end]))
            continue
        if end - start == 1:  # a quote or backslash the lexer cannot place
            return None
        line += count("\n", pos, start)
        pos = start
        newlines = count("\n", start, end)
        if not newlines:  # a one-line triple-quoted string
            continue
        last = line + newlines
        if groups and groups[-1][1] >= line:  # shares a line: one group
            groups[-1] = (groups[-1][0], last)
        else:
            groups.append((line, last))
    return Scan(groups, comments)


class LineRange(NamedTuple):
    """Lines flake8 treats as one for noqa, with the comment tokens on them."""

    first: int
    last: int
    comments: list[tokenize.TokenInfo]
    closed: bool  # ended by a NEWLINE/NL token (flake8 maps only those)


def line_ranges(lines: Sequence[str]) -> Optional[list[LineRange]]:
    """flake8's grouping of every line between NEWLINE/NL tokens, with every
    comment token, from the tokenizer; None when the text does not tokenize
    (the editor's reading of text being typed, which need not parse)."""
    it = iter(lines)
    out: list[LineRange] = []
    first, last = len(lines) + 2, -1
    comments: list[tokenize.TokenInfo] = []
    try:
        for tok in tokenize.generate_tokens(lambda: next(it, "")):
            tp = tok.type
            if tp == tokenize.ENDMARKER or tp == tokenize.DEDENT:
                continue
            first = min(first, tok.start[0])
            last = max(last, tok.end[0])
            if tp == tokenize.COMMENT:
                comments.append(tok)
            elif tp == tokenize.NL or tp == tokenize.NEWLINE:
                out.append(LineRange(first, last, comments, True))
                first, last, comments = len(lines) + 2, -1, []
    except (tokenize.TokenError, SyntaxError):
        return None
    if comments:
        out.append(LineRange(first, last, comments, False))
    return out


def tokenized(lines: Sequence[str]) -> Optional[Scan]:
    """``scan`` from Python's tokenizer, as flake8 groups its tokens: the
    reference the lexer is tested against, and its fallback."""
    ranges = line_ranges(lines)
    if ranges is None:
        return None
    groups = [(r.first, r.last) for r in ranges if r.closed and r.last > r.first]
    comments = [Comment(t.start[0], t.start[1], t.string)
                for r in ranges for t in r.comments if "noqa" in t.string.lower()]
    return Scan(groups, comments)


def line_mapping(lines: Sequence[str]) -> dict[int, str]:
    """flake8's ``_noqa_line_mapping`` for the lines of multi-line groups (any
    other line is searched as it is, as flake8 does)."""
    mapping: dict[int, str] = {}
    found = scan(lines)
    for first, last in found.groups if found is not None else ():
        joined = "".join(lines[first - 1: last])
        for n in range(first, last + 1):
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

    def codes(self, line: int) -> Optional[tuple[str, ...]]:
        """The codes a ``# noqa`` on ``line``'s physical line names: () for a
        blanket ``# noqa``, None when there is none."""
        m = NOQA_INLINE.search(self.physical_line(line))
        if m is None:
            return None
        codes_str = m.group("codes")
        return () if codes_str is None else parse_codes(codes_str)

    def is_suppressed(self, line: int, code: str) -> bool:
        codes = self.codes(line)
        return codes is not None and covers(codes, code)


def covers(codes: tuple[str, ...], code: str) -> bool:
    """Whether a ``# noqa`` naming ``codes`` (() for a blanket one) covers
    ``code``: flake8 matches each by prefix, case sensitively."""
    return not codes or code in codes or code.startswith(codes)
