"""Where a node sits: the statements and expressions that enclose it in its scope.

The engine's walk gives rules a node and its scope, not its parents. A rule
that must know what encloses a node it is about to report (a ``finally``, a
``try`` whose handler catches ``OSError``, the statement that follows) asks
``enclosing(ctx, node)``: a walk of the node's own scope only (a function's
body, or a module's or class's top-level statements), which skips every
subtree whose lines cannot hold the node and never enters a nested function
or class. It runs on the report path, for the few nodes a rule already
matched, so no rule walks the whole tree again.
"""

from __future__ import annotations

import ast
from typing import Optional

from otp_lints.context import FileContext
from otp_lints.semantic import Scope

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def scope_body(scope: Scope) -> list[ast.AST]:
    """The nodes directly in ``scope``'s body (comprehensions see through)."""
    s: Optional[Scope] = scope
    while s is not None and s.kind == "comprehension":
        s = s.parent
    if s is None:
        return []
    node = s.node
    body = getattr(node, "body", None)
    if isinstance(body, list):
        return body
    if isinstance(body, ast.expr):  # a lambda
        return [body]
    return []


def enclosing(ctx: FileContext, node: ast.AST) -> list[ast.AST]:
    """The nodes enclosing ``node`` in its scope, outermost first (``node`` not
    included); empty when it cannot be found."""
    return path_to(scope_body(ctx.scope), node)


def path_to(body: list[ast.AST], target: ast.AST) -> list[ast.AST]:
    line: Optional[int] = getattr(target, "lineno", None)
    if line is None:
        return []
    end: int = getattr(target, "end_lineno", None) or line
    # Depth-first, each entry the path of the node to expand next.
    stack: list[tuple[ast.AST, tuple[ast.AST, ...]]] = [
        (n, ()) for n in reversed(body) if _may_hold(n, line, end)
    ]
    while stack:
        node, path = stack.pop()
        if node is target:
            return list(path)
        if isinstance(node, _SCOPES):
            continue  # a nested scope: the target is not in this one
        inner = (*path, node)
        kids = [k for k in ast.iter_child_nodes(node) if _may_hold(k, line, end)]
        stack.extend((k, inner) for k in reversed(kids))
    return []


def _may_hold(node: ast.AST, line: int, end: int) -> bool:
    first = getattr(node, "lineno", None)
    if first is None:
        return True  # arguments, comprehensions, handlers without positions
    last = getattr(node, "end_lineno", None) or first
    return first <= line and end <= last


def statement_of(path: list[ast.AST], node: ast.AST) -> tuple[Optional[ast.stmt], list[ast.AST]]:
    """The innermost statement on ``path`` + [node] and the path above it."""
    full = [*path, node]
    for i in range(len(full) - 1, -1, -1):
        if isinstance(full[i], ast.stmt):
            return full[i], full[:i]  # type: ignore[return-value]
    return None, []


def body_holding(parent: ast.AST, stmt: ast.AST) -> Optional[list[ast.stmt]]:
    """The statement list of ``parent`` (``body``, ``orelse``, ``finalbody``,
    a handler's body...) that holds ``stmt``."""
    for field in ("body", "orelse", "finalbody"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and any(s is stmt for s in block):
            return block
    return None


def in_finally(path: list[ast.AST], node: ast.AST) -> bool:
    """Whether ``node`` is inside the ``finally:`` block of an enclosing ``try``."""
    full = [*path, node]
    for i, parent in enumerate(full[:-1]):
        if isinstance(parent, ast.Try) or type(parent).__name__ == "TryStar":
            child = full[i + 1]
            if any(s is child for s in parent.finalbody):  # type: ignore[attr-defined]
                return True
    return False
