"""The binders: what the engine's walk calls for the nodes that bind names.

Part of the semantic layer. One function per binding node type (imports,
assignments, ``with``, ``for``, ``global``, function and class definitions,
comprehensions...) records the node's bindings in the current scope of the
``SemanticModel``. Scope-creating nodes push their own children, with
``Enter`` markers around them, so that decorators and defaults are walked in
the enclosing scope and bodies in their own; the walk itself
(``engine.walk``) only pops nodes and switches scope at each marker.
"""

from __future__ import annotations

import ast
from typing import Any, Callable

from otp_lints.semantic import Binding, Scope, SemanticModel


class Enter:
    """A stack marker: from here on, nodes belong to ``scope``."""

    __slots__ = ("scope",)

    def __init__(self, scope: Scope) -> None:
        self.scope = scope


#: ``binder(model, node, scope, stack)``: True when it pushed the node's
#: children itself (scope-creating nodes), False to let the walk push them.
Binder = Callable[[SemanticModel, Any, Scope, list], bool]

_NAME, _CALL = ast.Name, ast.Call
# Decorators after which a function in a class takes no ``self``.
_NOT_METHODS = frozenset({"staticmethod", "classmethod"})


def _h_function(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    # The hot binder (one per def): loops in this frame, no comprehension frames.
    scope.bind(node.name, Binding("def", node))
    inner = Scope("function", node, scope)
    m.scopes.append(inner)
    args = node.args
    positional = args.args
    if args.posonlyargs:
        positional = [*args.posonlyargs, *positional]
    all_args = [*positional, *args.kwonlyargs] if args.kwonlyargs else positional
    vararg, kwarg = args.vararg, args.kwarg
    if vararg or kwarg:
        all_args = [*all_args, *(a for a in (vararg, kwarg) if a)]
    inner.defer_params(all_args)
    if positional and scope.kind == "class":
        for d in node.decorator_list:
            if d.__class__ is _NAME and d.id in _NOT_METHODS:
                break
        else:
            inner.self_name = positional[0].arg
            inner.class_scope = scope
    push = stack.append
    push(Enter(scope))
    stack.extend(node.body)
    push(Enter(inner))
    # Evaluated in the enclosing scope:
    stack.extend(node.decorator_list)
    stack.extend(args.defaults)
    for d in args.kw_defaults:
        if d is not None:
            push(d)
    for a in all_args:
        annotation = a.annotation
        if annotation is not None:
            push(annotation)
    if node.returns is not None:
        push(node.returns)
    return True


def _h_lambda(m: SemanticModel, node: ast.Lambda, scope: Scope, stack: list) -> bool:
    inner = m.new_scope("lambda", node, scope)
    args = node.args
    params = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    params += [a for a in (args.vararg, args.kwarg) if a is not None]
    for a in params:
        inner.bind(a.arg, Binding("param", a))
    stack.append(Enter(scope))
    stack.append(node.body)
    stack.append(Enter(inner))
    stack.extend(args.defaults)
    stack.extend(d for d in args.kw_defaults if d is not None)
    return True


def _h_class(m: SemanticModel, node: ast.ClassDef, scope: Scope, stack: list) -> bool:
    scope.bind(node.name, Binding("class", node))
    inner = m.new_scope("class", node, scope)
    stack.append(Enter(scope))
    stack.extend(node.body)
    stack.append(Enter(inner))
    stack.extend(node.decorator_list)
    stack.extend(node.bases)
    stack.extend(node.keywords)
    return True


def _h_comprehension(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    inner = m.new_scope("comprehension", node, scope)
    gens = node.generators
    stack.append(Enter(scope))
    for i, gen in enumerate(gens):
        target = gen.target
        if target.__class__ is ast.Name:  # the iterable types the name (``semantic``)
            inner.bind(target.id, Binding("comprehension", node, gen.iter))
        else:
            m.bind_target(inner, target, "comprehension", node)
        if i:
            stack.append(gen.iter)
        stack.extend(gen.ifs)
    if isinstance(node, ast.DictComp):
        stack.append(node.key)
        stack.append(node.value)
    else:
        stack.append(node.elt)
    stack.append(Enter(inner))
    stack.append(gens[0].iter)  # the first iterable is evaluated outside
    return True


def _h_import(m: SemanticModel, node: ast.Import, scope: Scope, stack: list) -> bool:
    for alias in node.names:
        if alias.asname:
            scope.bind(alias.asname, Binding("import", node, qualname=alias.name))
            m.import_aliases.add(alias.asname)
        else:
            top = alias.name.partition(".")[0]
            scope.bind(top, Binding("import", node, qualname=top))
    return True


def _h_import_from(m: SemanticModel, node: ast.ImportFrom, scope: Scope, stack: list) -> bool:
    module = "." * (node.level or 0) + (node.module or "")
    if node.level and m.package is not None:
        # from .x import y in package a.b -> a.b.x.y (resolved through `src`)
        parts = m.package.split(".") if m.package else []
        up = node.level - 1
        if up <= len(parts):
            base = parts[: len(parts) - up]
            module = ".".join([*base, node.module] if node.module else base)
    for alias in node.names:
        if alias.name == "*":
            scope.star_import = True
            continue
        # ``from . import x``: ``.x`` unresolved, ``a.b.x`` in package ``a.b``
        qn = module + alias.name if module.endswith(".") else f"{module}.{alias.name}"
        if alias.asname and alias.asname != alias.name:
            m.import_aliases.add(alias.asname)
        scope.bind(alias.asname or alias.name, Binding("import", node, qualname=qn))
    return True


def _h_assign(m: SemanticModel, node: ast.Assign, scope: Scope, stack: list) -> bool:
    targets = node.targets
    value = node.value
    if len(targets) == 1 and targets[0].__class__ is _NAME and value.__class__ is not _CALL:
        # The common ``name = <not a call>``: just the binding (hot path).
        scope.bind(targets[0].id, Binding("assign", node, value))
    else:
        m.note_assign(scope, node)
    return False


def _h_ann_assign(m: SemanticModel, node: ast.AnnAssign, scope: Scope, stack: list) -> bool:
    m.bind_ann(scope, node)
    return False


def _h_aug_assign(m: SemanticModel, node: ast.AugAssign, scope: Scope, stack: list) -> bool:
    m.bind_target(scope, node.target, "augassign", node)
    if isinstance(node.target, ast.Name):  # also a read
        scope.reads.append(node.target.id)
    return False


def _h_for(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    m.bind_target(scope, node.target, "for", node)
    return False


def _h_with(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    m.note_with(node)
    for item in node.items:
        if item.optional_vars is not None:
            if isinstance(item.optional_vars, ast.Name):
                scope.bind(item.optional_vars.id, Binding("with", node, item.context_expr))
            else:
                m.bind_target(scope, item.optional_vars, "other", node)
    return False


def _h_named_expr(m: SemanticModel, node: ast.NamedExpr, scope: Scope, stack: list) -> bool:
    target_scope = scope
    while target_scope.kind == "comprehension" and target_scope.parent is not None:
        target_scope = target_scope.parent
    target_scope.bind(node.target.id, Binding("walrus", node, node.value))
    stack.append(node.value)
    return True


def _h_delete(m: SemanticModel, node: ast.Delete, scope: Scope, stack: list) -> bool:
    for t in node.targets:
        if isinstance(t, ast.Name):
            scope.bind(t.id, Binding("del", node))
    return False


def _h_except(m: SemanticModel, node: ast.ExceptHandler, scope: Scope, stack: list) -> bool:
    if node.name:
        scope.bind(node.name, Binding("except", node))
    return False


def _h_global(m: SemanticModel, node: ast.Global, scope: Scope, stack: list) -> bool:
    scope.declare_global(node)
    return True


def _h_nonlocal(m: SemanticModel, node: ast.Nonlocal, scope: Scope, stack: list) -> bool:
    scope.declare_nonlocal(node)
    return True


def _h_match_name(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    if node.name:
        scope.bind(node.name, Binding("match", node))
    return False


def _h_match_mapping(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    if node.rest:
        scope.bind(node.rest, Binding("match", node))
    return False


def _h_expr(m: SemanticModel, node: ast.Expr, scope: Scope, stack: list) -> bool:
    if node.value.__class__ is _CALL:  # a docstring or other value: nothing to note
        m.note_expr_stmt(node, scope)
    return False


def _h_type_alias(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    if isinstance(node.name, ast.Name):
        scope.bind(node.name.id, Binding("other", node))
    return False


HANDLERS: dict[type, Binder] = {
    ast.FunctionDef: _h_function,
    ast.AsyncFunctionDef: _h_function,
    ast.Lambda: _h_lambda,
    ast.ClassDef: _h_class,
    ast.ListComp: _h_comprehension,
    ast.SetComp: _h_comprehension,
    ast.DictComp: _h_comprehension,
    ast.GeneratorExp: _h_comprehension,
    ast.Import: _h_import,
    ast.ImportFrom: _h_import_from,
    ast.Assign: _h_assign,
    ast.AnnAssign: _h_ann_assign,
    ast.AugAssign: _h_aug_assign,
    ast.For: _h_for,
    ast.AsyncFor: _h_for,
    ast.With: _h_with,
    ast.AsyncWith: _h_with,
    ast.NamedExpr: _h_named_expr,
    ast.Delete: _h_delete,
    ast.ExceptHandler: _h_except,
    ast.Global: _h_global,
    ast.Nonlocal: _h_nonlocal,
    ast.Expr: _h_expr,
}
if hasattr(ast, "MatchAs"):  # Python 3.10+
    HANDLERS[ast.MatchAs] = _h_match_name
    HANDLERS[ast.MatchStar] = _h_match_name
    HANDLERS[ast.MatchMapping] = _h_match_mapping
if hasattr(ast, "TypeAlias"):  # Python 3.12+
    HANDLERS[ast.TypeAlias] = _h_type_alias
