"""Applying fixes. Imported only by ``--fix``/``--diff``; libcst only from here.

A rule describes its fix as exact text edits (``diagnostics.Fix``), computed
from the ``ast`` at detection, so ``--format json`` can show them without
libcst. Applying them splices the edits into the decoded text, which keeps
formatting and comments by construction. libcst is the guard SPEC section 5
asks for: a file is only touched when it passes a size and nesting-depth check
(libcst can crash on very deep expressions) and its libcst parse-and-print
round trip is byte-identical (libcst alters some files on a no-op round trip);
the result must parse with both ``ast`` and libcst. Fixing repeats until no
fixable diagnostic is left (at most ``MAX_PASSES``), so a second ``--fix``
changes nothing. Files are written in place (``files.write_in_place``), keeping the
encoding (BOM, coding cookie), every line ending (an inserted line takes the
ending of the line it follows), the file's identity and metadata, and never
when the file changed on disk during the run.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Callable, Optional

from otp_lints.diagnostics import Diagnostic, Edit
from otp_lints.source import detect_encoding, parse_quietly

MAX_FIX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 200
MAX_PASSES = 8
_NEWLINE = re.compile(r"\r\n|\r|\n")


class FixSkipped(Exception):
    """The file cannot be fixed safely; the message says why."""


@dataclass
class FixOutcome:
    path: str
    original: bytes
    fixed: bytes
    n_fixed: int = 0
    skipped: Optional[str] = None

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def is_fixable(d: Diagnostic, unsafe: bool) -> bool:
    return d.fix is not None and (d.fix.safety == "safe" or unsafe)


def tree_depth(tree: ast.AST) -> int:
    """Deepest nesting of the tree, measured without recursion."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest:
            deepest = depth
        for child in ast.iter_child_nodes(node):
            stack.append((child, depth + 1))
    return deepest


def check_fixable_file(source: bytes) -> None:
    """Size and depth guard, then libcst's round trip must be byte-identical."""
    if len(source) > MAX_FIX_BYTES:
        raise FixSkipped(f"file larger than {MAX_FIX_BYTES // 1024} KiB")
    try:
        tree = parse_quietly(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise FixSkipped("file does not parse") from None
    if tree_depth(tree) > MAX_DEPTH:
        raise FixSkipped(f"expressions nested deeper than {MAX_DEPTH} levels")
    import libcst

    try:
        module = libcst.parse_module(source)
    except Exception as exc:  # libcst raises its own error types, and sometimes others
        raise FixSkipped(f"libcst cannot parse the file ({type(exc).__name__})") from None
    if module.bytes != source:
        raise FixSkipped("libcst does not round-trip the file byte for byte")


def _decode(source: bytes) -> tuple[str, str, bool]:
    """The text, as CPython decodes it, strictly: a file with bytes its encoding
    cannot decode (CPython accepts them in comments) is not fixed."""
    encoding, bom = detect_encoding(source)
    try:
        text = source.decode("utf-8-sig" if bom else encoding)
    except UnicodeDecodeError as exc:
        raise FixSkipped(f"the file holds bytes that are not {encoding} "
                         f"(at byte {exc.start})") from None
    return text, encoding, bom


def _encode(text: str, encoding: str, bom: bool) -> bytes:
    data = text.encode("utf-8" if bom else encoding)
    return b"\xef\xbb\xbf" + data if bom else data


def apply_edits(source: bytes, fixes: Sequence[Sequence[Edit]]) -> bytes:
    """Splice fixes into the source, each fix whole or not at all.

    A fix whose edits overlap an already chosen edit waits for the next pass
    (after re-linting); an edit identical to one already chosen (two fixes
    adding the same definition) is shared rather than applied twice.
    """
    text, encoding, bom = _decode(source)
    ends = list(_NEWLINE.finditer(text))
    starts = [0] + [m.end() for m in ends]

    def offset(line: int, col: int) -> int:
        if not 0 < line <= len(starts):
            raise FixSkipped(f"edit outside the file (line {line})")
        return starts[line - 1] + col

    def own_endings(line: int, content: str) -> str:
        """A line break in an edit takes the ending of the line it goes into (a
        CRLF file gets CRLF; the last line, with none, the file's first)."""
        if ("\n" not in content and "\r" not in content) or not ends:
            return content
        ending = ends[min(line, len(ends)) - 1].group()
        return _NEWLINE.sub(ending, content)

    chosen: set[tuple[int, int, str]] = set()

    def overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        if a[0] == a[1] == b[0] == b[1]:
            return True  # two insertions at one point: order would be arbitrary
        return a[0] < b[1] and b[0] < a[1]

    for fix in fixes:
        spans = [(offset(e.line, e.col), offset(e.end_line, e.end_col),
                  own_endings(e.line, e.content)) for e in fix]
        new = [s for s in spans if s not in chosen]
        if any(overlaps(s, c) for s in new for c in chosen) or any(
            overlaps(a, b) for i, a in enumerate(new) for b in new[i + 1:]
        ):
            continue
        chosen.update(new)
    for start, end, content in sorted(chosen, reverse=True):
        text = text[:start] + content + text[end:]
    return _encode(text, encoding, bom)


def fix_source(
    path: str,
    source: bytes,
    lint: Callable[[bytes], list[Diagnostic]],
    unsafe: bool,
) -> FixOutcome:
    """Apply fixes until none is left; ``lint`` re-lints a candidate source."""
    outcome = FixOutcome(path, source, source)
    diags = lint(source)
    if not any(is_fixable(d, unsafe) for d in diags):
        return outcome
    try:
        check_fixable_file(source)
    except FixSkipped as exc:
        outcome.skipped = str(exc)
        return outcome
    import libcst

    current = source
    for _ in range(MAX_PASSES):
        fixable = [d for d in diags if is_fixable(d, unsafe)]
        if not fixable:
            break
        fixes = [d.fix.edits for d in fixable if d.fix is not None]
        try:
            candidate = apply_edits(current, fixes)
        except FixSkipped as exc:
            outcome.skipped = str(exc)
            break
        if candidate == current:
            break
        try:
            parse_quietly(candidate)
            libcst.parse_module(candidate)
        except Exception:  # noqa: OTP501 any libcst failure means: leave the file alone
            outcome.skipped = "the fixed source would not parse; file left unchanged"
            return FixOutcome(path, source, source, skipped=outcome.skipped)
        new_diags = lint(candidate)
        still = sum(1 for d in new_diags if is_fixable(d, unsafe))
        outcome.n_fixed += max(len(fixable) - still, 0)
        current, diags = candidate, new_diags
    outcome.fixed = current
    return outcome


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    import difflib

    a = _decode(before)[0].splitlines(keepends=True)
    b = _decode(after)[0].splitlines(keepends=True)
    lines = difflib.unified_diff(a, b, fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)
