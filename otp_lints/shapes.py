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
from collections.abc import Iterator
from typing import Optional

from otp_lints.context import FileContext
from otp_lints.semantic import Scope, call_argument

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


def node_start(node: ast.AST) -> tuple[int, int]:
    """``(line, column)`` where ``node`` starts ((0, 0) for nodes without a position)."""
    return getattr(node, "lineno", 0), getattr(node, "col_offset", 0)


def node_end(node: ast.AST) -> tuple[int, int]:
    return getattr(node, "end_lineno", None) or 0, getattr(node, "end_col_offset", None) or 0


def contains(outer: ast.AST, inner: ast.AST) -> bool:
    """Whether ``inner``'s source span lies within ``outer``'s."""
    return node_start(outer) <= node_start(inner) and node_end(inner) <= node_end(outer)


def _blocks(stmt: ast.stmt) -> Iterator[tuple[str, list[ast.stmt]]]:
    """The statement blocks of a compound statement, with the field holding each."""
    for f in ("body", "orelse", "finalbody"):
        block = getattr(stmt, f, None)
        if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
            yield f, block
    for handler in getattr(stmt, "handlers", None) or ():
        yield "handlers", handler.body
    for case in getattr(stmt, "cases", None) or ():
        yield "cases", case.body


def stmt_path(body: list[ast.stmt], node: ast.AST) -> list[tuple[list[ast.stmt], int, str]]:
    """From ``body`` down to the innermost statement holding ``node``: per level,
    the block, the index of the statement holding ``node`` and the field of that
    statement holding the next level (``body``, ``orelse``, ``finalbody``,
    ``handlers``, ``cases``; "" on the last level). Bounded by the body: it only
    descends into the statements whose span holds ``node``."""
    path: list[tuple[list[ast.stmt], int, str]] = []
    block: Optional[list[ast.stmt]] = body
    while block is not None:
        for i, stmt in enumerate(block):
            if contains(stmt, node):
                inner = next(
                    ((f, b) for f, b in _blocks(stmt) if any(contains(s, node) for s in b)),
                    None,
                )
                path.append((block, i, inner[0] if inner else ""))
                block = inner[1] if inner else None
                break
        else:
            break
    return path


def scope_statements(scope: Scope) -> Optional[list[ast.stmt]]:
    """The statements of a function, class or module scope (None for a lambda or
    a comprehension)."""
    node = scope.node
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
        return node.body
    return None


def loops_forever(loop: ast.While) -> bool:
    """No ``return`` in the loop, and no ``break`` of its own."""
    stack: list[tuple[ast.AST, bool]] = [(n, True) for n in loop.body]
    while stack:
        n, own = stack.pop()
        if isinstance(n, ast.Return) or (own and isinstance(n, ast.Break)):
            return False
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        inner = own and not isinstance(n, (ast.For, ast.AsyncFor, ast.While))
        stack.extend((k, inner) for k in ast.iter_child_nodes(n))
    return True


def _defined_function(func: ast.expr, ctx: FileContext) -> Optional[ast.FunctionDef]:
    """The plain function ``func`` names when this file defines it: a name
    bound only by one ``def`` (``work``), or ``self.work`` in a method of
    the class that defines ``work``."""
    if isinstance(func, ast.Name):
        bindings = ctx.semantic.bindings_of(func.id, ctx.scope)
        if bindings and len(bindings) == 1 and bindings[0].kind == "def" \
                and isinstance(bindings[0].node, ast.FunctionDef):
            return bindings[0].node
        return None
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        method = ctx.function()
        if method is None or method.self_name != func.value.id or method.class_scope is None:
            return None
        found = [
            st for st in getattr(method.class_scope.node, "body", ())
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)) and st.name == func.attr
        ]
        if len(found) == 1 and isinstance(found[0], ast.FunctionDef):
            return found[0]
    return None


def target_is_none(call: ast.Call, ctx: FileContext) -> bool:
    """``Thread(target=work(x))``: the target is what ``work(x)`` returns,
    called at once by the creating thread, and ``work`` is an undecorated
    function of this file (or ``self.work``, a method of the enclosing
    class) with no ``return <value>`` and no ``yield``: the thread is given
    ``target=None`` and runs nothing (bioprocessnexus' plotting windows)."""
    target = call_argument(call, 1, "target")
    if not isinstance(target, ast.Call):
        return False
    fn = _defined_function(target.func, ctx)
    return fn is not None and not fn.decorator_list and returns_no_value(fn)


def returns_no_value(fn: ast.AST) -> bool:
    """The function has no ``return <value>`` (``return None`` aside) and no
    ``yield`` of its own (a nested function's are its own)."""
    stack: list[ast.AST] = list(getattr(fn, "body", ()))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return False
        if isinstance(node, ast.Return) and node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None
        ):
            return False
        if isinstance(node, _SCOPES):
            continue
        stack.extend(ast.iter_child_nodes(node))
    return True
