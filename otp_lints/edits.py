"""Text edits for fixes, computed from the ``ast`` and the file's lines.

The ``ast`` gives columns as UTF-8 byte offsets; an ``Edit`` is in characters
(``diagnostics.Edit``), so it applies to the decoded text directly. Rules
build their fixes from these helpers; applying them is ``fix.py``'s job.
"""

from __future__ import annotations

import ast
from typing import Any, Optional

from otp_lints.context import FileContext
from otp_lints.diagnostics import Edit


def char_col(ctx: FileContext, line: int, byte_col: int) -> int:
    """The character column of an ``ast`` UTF-8 byte offset on ``line``."""
    lines = ctx.lines
    if lines is None or not 0 < line <= len(lines):
        return byte_col
    text = lines[line - 1]
    if text.isascii():
        return byte_col
    return len(text.encode("utf-8")[:byte_col].decode("utf-8", "replace"))


def replace_node(ctx: FileContext, node: Any, content: str) -> Edit:
    """An Edit replacing exactly the source span of ``node``."""
    return Edit(
        node.lineno, char_col(ctx, node.lineno, node.col_offset),
        node.end_lineno, char_col(ctx, node.end_lineno, node.end_col_offset), content,
    )


def insert_keyword(ctx: FileContext, call: ast.Call, text: str) -> Optional[Edit]:
    """An Edit adding the keyword argument ``text`` (``timeout=30``) to ``call``,
    as a careful human would: after the last argument, keeping a trailing
    comma's layout, or alone between empty parentheses. None when the call's
    source is not what the tree says (then no fix is offered)."""
    lines = ctx.lines
    end_line = call.end_lineno or call.lineno
    if lines is None or not 0 < end_line <= len(lines):
        return None
    close_col = char_col(ctx, end_line, (call.end_col_offset or 1)) - 1
    if lines[end_line - 1][close_col: close_col + 1] != ")":
        return None
    parts: list[Any] = [*call.args, *call.keywords]
    if not parts:
        return Edit(end_line, close_col, end_line, close_col, text)
    last = max(parts, key=lambda p: (p.end_lineno or 0, p.end_col_offset or 0))
    last_line = last.end_lineno or last.lineno
    last_col = char_col(ctx, last_line, last.end_col_offset or 0)
    # Look for a trailing comma between the last argument and ")", outside comments.
    line_no, col = last_line, last_col
    while True:
        segment = lines[line_no - 1][col:close_col if line_no == end_line else None]
        code_part = segment.split("#", 1)[0]
        if "," in code_part:
            comma_col = col + code_part.index(",")
            if line_no == end_line:  # f(a, ) -> f(a, timeout=30)
                return Edit(line_no, comma_col + 1, line_no, close_col, f" {text}")
            indent_text = lines[last.lineno - 1]
            indent = indent_text[: len(indent_text) - len(indent_text.lstrip())]
            # A new line after the comma's line (and its comment, if any).
            eol = len(lines[line_no - 1].rstrip("\r\n"))
            return Edit(line_no, eol, line_no, eol, f"\n{indent}{text},")
        if line_no >= end_line:
            break
        line_no, col = line_no + 1, 0
    return Edit(last_line, last_col, last_line, last_col, f", {text}")
