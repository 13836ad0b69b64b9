"""``check --add-noqa REASON [--expires DATE]``: suppress what is reported, with a reason.

Each reported line gets ``# noqa: CODES REASON (expires YYYY-MM-DD)`` where
flake8 reads it (``noqa.py``): at the end of the last line of the lines flake8
joins for noqa, so a diagnostic inside a multi-line string is suppressed from
the line where that string ends. An existing ``# noqa: CODES reason`` on that
line is merged into (codes added, reasons joined with ``; ``, the earlier of
the two expiry dates kept: a suppression never outlives what someone wrote);
any other comment stays and the noqa follows it. Only the text after the last
code character of the line changes, so line endings, the encoding (BOM,
coding cookie) and every other byte stay as they were.

Every edit is checked with flake8's own reading before it is kept: a line whose
new comment would not suppress its diagnostics (a ``# noqa`` inside a string
on the same logical line hides any later comment from flake8) is left alone
and reported as skipped. OTP000 (a file that could not be analysed) and the
OTP7xx codes (about noqa comments themselves: give the reason, remove the
comment, or renew its date instead) are never suppressed this way.
"""

from __future__ import annotations

import datetime
import io
import re
import tokenize
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Optional

from otp_lints.diagnostics import FILE_ERROR, Diagnostic
from otp_lints.noqa import (
    NOQA_INLINE,
    NoqaFilter,
    find_expiry,
    line_ranges,
    parse_codes,
    parse_expiry,
)
from otp_lints.source import split_lines

#: Another tool's pragma after a noqa's reason (``# type: ignore``): it stays last.
_PRAGMA = re.compile(
    r"\s*#\s*(type:|pragma\b|pylint:|mypy:|pyright:|nosec\b|fmt:|isort:|nolint\b)",
    re.IGNORECASE,
)
_CODE_LIKE = re.compile(r"^[A-Za-z]+[0-9]+(?:[,\s]|$)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def raw_lines(text: str) -> list[str]:
    """The lines ``source.split_lines`` counts, each with its own ending exactly as
    in the file (``split_lines`` reads through universal newlines, as flake8
    does: what flake8 reads is judged on those, the edits are made on these)."""
    return _LINE.findall(text)


class ReasonError(ValueError):
    """A reason ``--add-noqa`` cannot write; the message says why."""


def check_reason(reason: str) -> str:
    """The reason as it will be written: one line, not empty, no expiry of its own."""
    text = " ".join(reason.split())
    if not text:
        raise ReasonError("--add-noqa: the reason is empty; say why the line is allowed")
    if find_expiry(text) is not None or re.search(r"\(\s*expires\b", text, re.IGNORECASE):
        raise ReasonError("--add-noqa: give the date with --expires, not in the reason")
    return text


def is_addable(d: Diagnostic) -> bool:
    """Diagnostics a noqa may be added for: not OTP000, not the OTP7xx codes."""
    return d.code != FILE_ERROR and not d.code.startswith("OTP7")


@dataclass
class NoqaOutcome:
    source: bytes
    #: the diagnostics now suppressed, and the number of lines that got a comment
    added: list[Diagnostic] = field(default_factory=list)
    lines: int = 0
    #: (diagnostic, why it was left alone)
    skipped: list[tuple[Diagnostic, str]] = field(default_factory=list)


def _decode(source: bytes) -> tuple[str, str, bool]:
    encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
    bom = source.startswith(b"\xef\xbb\xbf")
    return source.decode("utf-8-sig" if bom else encoding), encoding, bom


def _encode(text: str, encoding: str, bom: bool) -> bytes:
    data = text.encode("utf-8" if bom else encoding)
    return b"\xef\xbb\xbf" + data if bom else data


def _ending(line: str) -> int:
    """Where the line's ending (``\\n``, ``\\r\\n``, ``\\r``) starts."""
    if line.endswith("\r\n"):
        return len(line) - 2
    if line.endswith(("\n", "\r")):
        return len(line) - 1
    return len(line)


def merged_comment(existing: Optional[str], codes: Sequence[str], reason: str,
                   expires: Optional[datetime.date]) -> str:
    """The noqa comment for a line: ``existing`` (the line's comment token, if it is
    a ``# noqa: CODES ...``) with ``codes`` added and the reasons and dates merged;
    else a new ``# noqa: CODES REASON (expires DATE)``."""
    before, old_codes, old_reason, pragma, dates = "", [], "", "", [expires]
    if existing is not None:
        m = NOQA_INLINE.search(existing)
        assert m is not None and m.group("codes")
        before = existing[:m.start()]
        old_codes = list(parse_codes(m.group("codes")))
        rest = existing[m.end():]
        p = _PRAGMA.search(rest)
        if p is not None:
            rest, pragma = rest[:p.start()], "  " + rest[p.start():].strip()
        e = find_expiry(rest)
        if e is not None:
            dates.append(parse_expiry(e.group(1)))
            rest = rest[:e.start()] + rest[e.end():]
        old_reason = " ".join(rest.split())
    all_codes = old_codes + [c for c in codes if c not in old_codes]
    text = reason if not old_reason or old_reason == reason else f"{old_reason}; {reason}"
    if _CODE_LIKE.match(text):  # flake8 would read its first word as one more code
        text = f"- {text}"
    known = [d for d in dates if d is not None]
    until = f" (expires {min(known).isoformat()})" if known else ""
    return f"{before}# noqa: {', '.join(all_codes)} {text}{until}{pragma}"


_FSTRING_START = getattr(tokenize, "FSTRING_START", None)  # Python 3.12+ (PEP 701)
_FSTRING_END = getattr(tokenize, "FSTRING_END", None)


def lines_ending_in_fstrings(text: str) -> set[int]:
    """Lines whose end lies inside an f-string (Python 3.12+ tokenizes one into
    parts, and flake8 there reads a comment inside a multi-line replacement
    field). A comment there is a syntax error for every earlier Python, so
    ``--add-noqa`` leaves such a line alone rather than break the file for them."""
    if _FSTRING_START is None:
        return set()
    out: set[int] = set()
    starts: list[int] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == _FSTRING_START:
                starts.append(tok.start[0])
            elif tok.type == _FSTRING_END and starts:
                out.update(range(starts.pop(), tok.end[0]))
    except (tokenize.TokenError, SyntaxError):
        return out
    return out


def add_noqa(source: bytes, diags: Sequence[Diagnostic], reason: str,
             expires: Optional[datetime.date] = None) -> NoqaOutcome:
    """Suppress ``diags`` (of this file) with a noqa comment carrying ``reason``."""
    outcome = NoqaOutcome(source)
    wanted = [d for d in diags if is_addable(d)]
    outcome.skipped += [(d, "OTP000 and OTP7xx are not suppressed with --add-noqa")
                        for d in diags if not is_addable(d)]
    if not wanted:
        return outcome
    try:
        text, encoding, bom = _decode(source)
    except (SyntaxError, UnicodeError, LookupError) as exc:
        outcome.skipped += [(d, f"cannot decode the file: {exc}") for d in wanted]
        return outcome
    lines = split_lines(text)
    raw = raw_lines(text)
    ranges = line_ranges(lines)
    if ranges is None or len(raw) != len(lines):
        outcome.skipped += [(d, "the file does not tokenize") for d in wanted]
        return outcome
    last_of: dict[int, int] = {}
    comment_on: dict[int, str] = {}
    for r in ranges:
        if r.closed:
            for n in range(r.first, r.last + 1):
                last_of[n] = r.last
        for tok in r.comments:
            comment_on[tok.start[0]] = tok.string
    by_target: dict[int, list[Diagnostic]] = {}
    for d in wanted:
        if not 0 < d.line <= len(lines):
            outcome.skipped.append((d, f"line {d.line} is not in the file"))
            continue
        by_target.setdefault(last_of.get(d.line, d.line), []).append(d)

    inside = lines_ending_in_fstrings(text)
    for target in [t for t in by_target if t in inside]:
        outcome.skipped += [(d, "a comment there would sit inside an f-string, which only "
                                "Python 3.12 and later can parse") for d in by_target.pop(target)]
    new_lines = list(raw)
    for target, group in by_target.items():
        codes = sorted({d.code for d in group})
        line = raw[target - 1]
        end = _ending(line)
        comment = comment_on.get(target)
        m = NOQA_INLINE.search(comment) if comment is not None else None
        if comment is not None and m is not None and m.group("codes"):
            start = line.rindex(comment, 0, end)
            new = line[:start] + merged_comment(comment, codes, reason, expires) + line[end:]
        else:
            body = line[:end].rstrip(" \t")
            new = body + "  " + merged_comment(None, codes, reason, expires) + line[end:]
        new_lines[target - 1] = new
    # flake8's reading of the result, once: each target is the last line of its own
    # group of lines, so putting one line back leaves the others as checked.
    noqa = NoqaFilter(split_lines("".join(new_lines)))
    for target, group in sorted(by_target.items()):
        if all(noqa.is_suppressed(d.line, d.code) for d in group):
            outcome.added += group
            outcome.lines += 1
        else:
            new_lines[target - 1] = raw[target - 1]
            outcome.skipped += [(d, "flake8 would not read a comment on that line (a '# noqa' "
                                    "inside a string comes first)") for d in group]
    if outcome.lines:
        outcome.source = _encode("".join(new_lines), encoding, bom)
    return outcome
