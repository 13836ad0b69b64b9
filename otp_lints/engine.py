"""Parse once, walk once, dispatch node types to the enabled rules only.

The walk is iterative (an explicit stack, no Python recursion), so any tree
``ast.parse`` returns can be walked, however deep. It does two things in one
pass: it feeds the semantic model (scopes, bindings, reads) and it collects the
nodes of the types the enabled rules visit, each with its scope. Rules then run
over those lists with the complete model, so a rule can ask about bindings
later in the file. A rule that raises is reported as OTP000 for that file and
disabled for the rest of it; the other rules' results are kept.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from typing import Any, Callable, Optional

from otp_lints.context import FileContext
from otp_lints.diagnostics import FILE_ERROR, Diagnostic, file_error
from otp_lints.rule import Rule
from otp_lints.rules import all_rules
from otp_lints.semantic import (
    HANDLE_NEUTRAL_METHODS,
    Binding,
    Scope,
    SemanticModel,
)

# Fields that never hold child nodes worth walking (identifiers, operators, contexts).
_SKIP_FIELDS = frozenset({
    "ctx", "op", "ops", "id", "name", "attr", "arg", "module", "names", "level", "kind",
    "type_comment", "is_async", "conversion", "simple", "asname", "rest", "tag",
    "kwd_attrs", "type_ignores",
})
# Nodes whose fields hold values, never child nodes (MatchSingleton: Python 3.10+).
_LEAF_TYPES = tuple(
    t for t in (getattr(ast, "Constant", None), getattr(ast, "MatchSingleton", None)) if t
)
# List fields that may hold None (``{**d}`` keys, keyword-only args without default).
_SPARSE_FIELDS = frozenset({"keys", "kw_defaults"})


def _child_fields(t: type) -> tuple[str, ...]:
    if t in _LEAF_TYPES:
        return ()
    return tuple(f for f in getattr(t, "_fields", ()) if f not in _SKIP_FIELDS)


Push = Callable[[Any], None]
PushChildren = Callable[[Any, Push, Push, Callable[[str], None]], None]


def _push_children_fn(t: type, inline_leaves: bool) -> Optional[PushChildren]:
    """A function pushing a node's children, generated for its class: straight-line
    attribute reads instead of a loop over ``_fields`` with ``getattr``.

    With ``inline_leaves`` (no rule collects names or constants), a child held in
    a single field that is a name read is noted at once (``read(id)``: its scope
    is the parent's, since nothing is popped in between) and a constant is
    dropped: a third of all nodes never reach the stack."""
    fields = _child_fields(t)
    if not fields:
        return None
    body = []
    for f in fields:
        if f in _SPARSE_FIELDS:
            body.append(f"    for c in n.{f}:\n        if c is not None:\n            push(c)")
        elif inline_leaves:
            body.append(
                f"    v = n.{f}\n    c = v.__class__\n"
                "    if c is list:\n        extend(v)\n"
                "    elif c is Name:\n        if v.ctx.__class__ is Load:\n            read(v.id)\n"
                "    elif c is not Constant and v is not None:\n        push(v)"
            )
        else:
            body.append(
                f"    v = n.{f}\n    if v.__class__ is list:\n        extend(v)\n"
                "    elif v is not None:\n        push(v)"
            )
    namespace: dict[str, Any] = {"Name": ast.Name, "Load": ast.Load, "Constant": ast.Constant}
    exec("def push_children(n, push, extend, read):\n" + "\n".join(body), namespace)
    fn: PushChildren = namespace["push_children"]
    return fn


# Per node class, shared by every file and filled in as classes are met:
# - _PLAIN[inline_leaves]: push-children function (False for a leaf) of the
#   classes no semantic handler looks at, the bulk of the tree;
# - _SPECIAL[inline_leaves]: (handler, push-children) of the others.
_PLAIN: dict[bool, dict[type, Any]] = {True: {}, False: {}}
_SPECIAL: dict[bool, dict[type, tuple[Optional[Handler], Optional[PushChildren]]]] = {
    True: {}, False: {},
}


def _learn(t: type, inline_leaves: bool) -> None:
    handler = _HANDLERS.get(t)
    kids = _push_children_fn(t, inline_leaves)
    if handler is None:
        _PLAIN[inline_leaves][t] = kids or False
    _SPECIAL[inline_leaves][t] = (handler, kids)


class _Enter:
    """A stack marker: from here on, nodes belong to ``scope``."""

    __slots__ = ("scope",)

    def __init__(self, scope: Scope) -> None:
        self.scope = scope


# ---------------------------------------------------------------------------
# Semantic handlers: called by the walk for binding nodes. A handler returns
# True when it pushed the node's children itself (scope-creating nodes).
# ---------------------------------------------------------------------------
Handler = Callable[[SemanticModel, Any, Scope, list], bool]


def _h_function(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    scope.bind(node.name, Binding("def", node))
    inner = m.new_scope("function", node, scope)
    args = node.args
    positional = args.args
    if args.posonlyargs:
        positional = [*args.posonlyargs, *positional]
    all_args = [*positional, *args.kwonlyargs] if args.kwonlyargs else positional
    if args.vararg or args.kwarg:
        all_args = [*all_args, *(a for a in (args.vararg, args.kwarg) if a)]
    inner.defer_params(all_args)
    annotations = [a.annotation for a in all_args if a.annotation is not None]
    if positional and scope.kind == "class":
        decorators = {d.id for d in node.decorator_list if d.__class__ is ast.Name}
        if "staticmethod" not in decorators and "classmethod" not in decorators:
            inner.self_name = positional[0].arg
            inner.class_scope = scope
    push = stack.append
    push(_Enter(scope))
    stack.extend(node.body)
    push(_Enter(inner))
    # Evaluated in the enclosing scope:
    stack.extend(node.decorator_list)
    stack.extend(args.defaults)
    if args.kw_defaults:
        stack.extend(d for d in args.kw_defaults if d is not None)
    stack.extend(annotations)
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
    stack.append(_Enter(scope))
    stack.append(node.body)
    stack.append(_Enter(inner))
    stack.extend(args.defaults)
    stack.extend(d for d in args.kw_defaults if d is not None)
    return True


def _h_class(m: SemanticModel, node: ast.ClassDef, scope: Scope, stack: list) -> bool:
    scope.bind(node.name, Binding("class", node))
    inner = m.new_scope("class", node, scope)
    stack.append(_Enter(scope))
    stack.extend(node.body)
    stack.append(_Enter(inner))
    stack.extend(node.decorator_list)
    stack.extend(node.bases)
    stack.extend(node.keywords)
    return True


def _h_comprehension(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    inner = m.new_scope("comprehension", node, scope)
    gens = node.generators
    stack.append(_Enter(scope))
    for i, gen in enumerate(gens):
        m.bind_target(inner, gen.target, "comprehension", node)
        if i:
            stack.append(gen.iter)
        stack.extend(gen.ifs)
    if isinstance(node, ast.DictComp):
        stack.append(node.key)
        stack.append(node.value)
    else:
        stack.append(node.elt)
    stack.append(_Enter(inner))
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
        qn = f"{module}.{alias.name}" if node.module else module + alias.name
        if alias.asname and alias.asname != alias.name:
            m.import_aliases.add(alias.asname)
        scope.bind(alias.asname or alias.name, Binding("import", node, qualname=qn))
    return True


def _h_assign(m: SemanticModel, node: ast.Assign, scope: Scope, stack: list) -> bool:
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
    m.note_expr_stmt(node, scope)
    return False


def _h_type_alias(m: SemanticModel, node: Any, scope: Scope, stack: list) -> bool:
    if isinstance(node.name, ast.Name):
        scope.bind(node.name.id, Binding("other", node))
    return False


_HANDLERS: dict[type, Handler] = {
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
    _HANDLERS[ast.MatchAs] = _h_match_name
    _HANDLERS[ast.MatchStar] = _h_match_name
    _HANDLERS[ast.MatchMapping] = _h_match_mapping
if hasattr(ast, "TypeAlias"):  # Python 3.12+
    _HANDLERS[ast.TypeAlias] = _h_type_alias



def walk(
    ctx: FileContext,
    collect: dict[type, list[tuple[Any, Scope]]],
    call_names: Optional[frozenset[str]] = None,
    call_keywords: frozenset[str] = frozenset(),
) -> None:
    """The one walk: build the semantic model and collect nodes for the rules.

    The hot path, measured with a profiler: most nodes cost one pop, one class
    test, one dict lookup and one call of the generated function pushing their
    children. Name reads in single fields and constants never reach the stack
    (see ``_push_children_fn``); the other name reads append to their scope's
    reads. Nodes a rule collects or a semantic handler reads go the longer way.

    With ``call_names``, a call is collected only when its last name is one of
    them or it passes one of ``call_keywords``; a bare-name call of another name
    is kept aside until the walk is over, when the file's import aliases are
    known (``from os import kill as k``: ``k(...)`` may be anything).
    """
    model = ctx.semantic
    scope = model.module
    read = scope.reads.append
    names = collect.get(ast.Name)
    inline = names is None and ast.Constant not in collect
    plain = _PLAIN[inline].copy()
    special = _SPECIAL[inline]
    for t in collect:
        plain.pop(t, None)
    stack: list[Any] = [ctx.tree]
    pop = stack.pop
    push = stack.append
    extend = stack.extend
    name_t = ast.Name
    load_t = ast.Load
    enter_t = _Enter
    get_plain = plain.get
    calls = collect.get(ast.Call)
    filter_calls = calls is not None and call_names is not None
    kept_calls: list[tuple[Any, Scope]] = calls if calls is not None else []
    wanted: frozenset[str] = call_names or frozenset()
    maybe_alias: list[tuple[Any, Scope]] = []
    if ast.Call not in special:
        _learn(ast.Call, inline)
    call_kids = special[ast.Call][1]
    assert call_kids is not None
    call_t = ast.Call
    attribute_t = ast.Attribute
    while stack:
        node = pop()
        t = node.__class__
        kids = get_plain(t)
        if kids is not None:
            if kids:
                kids(node, push, extend, read)
            continue
        if t is name_t:
            if node.ctx.__class__ is load_t:
                read(node.id)
            if names is not None:
                names.append((node, scope))
            continue
        if t is enter_t:
            scope = node.scope
            read = scope.reads.append
            continue
        if t is call_t and filter_calls:
            func = node.func
            ft = func.__class__
            if ft is attribute_t:
                keep = func.attr in wanted
            elif ft is name_t:
                keep = func.id in wanted
            else:
                keep = False
            if not keep and call_keywords and node.keywords:
                keep = any(kw.arg in call_keywords for kw in node.keywords)
            if keep:
                kept_calls.append((node, scope))
            elif ft is name_t:
                maybe_alias.append((node, scope))
            call_kids(node, push, extend, read)
            continue
        entry = special.get(t)
        if entry is None:
            _learn(t, inline)
            entry = special[t]
            if t not in collect and t in _PLAIN[inline]:
                plain[t] = _PLAIN[inline][t]
        found = collect.get(t)
        if found is not None:
            found.append((node, scope))
        handler, kids = entry
        if handler is not None and handler(model, node, scope, stack):
            continue
        if kids is not None:
            kids(node, push, extend, read)
    if maybe_alias and model.import_aliases:
        aliases = model.import_aliases
        kept_calls.extend(c for c in maybe_alias if c[0].func.id in aliases)
    model.finish(calls)


#: the code of every rule otp-lints has (``ctx.rule_codes``)
RULE_CODES = frozenset(all_rules())


class RuleSet:
    """Enabled rule instances plus their dispatch table, built once per selection.

    Calls are dispatched a second time, by the callee's last name (``Rule.calls``):
    most of a file's calls interest no rule, and one dict lookup per call settles
    that for all of them at once."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        table: dict[type, list[tuple[Rule, str]]] = {}
        by_name: dict[str, list[tuple[Rule, str]]] = {}
        by_keyword: dict[str, list[tuple[Rule, str]]] = {}
        named: list[tuple[Rule, str]] = []
        for rule in self.rules:
            for node_type, method in type(rule).visited_types().items():
                if node_type is ast.Call and rule.calls is not None:
                    named.append((rule, method))
                    for name in rule.calls:
                        by_name.setdefault(name, []).append((rule, method))
                    for kw in rule.call_keywords:
                        by_keyword.setdefault(kw, []).append((rule, method))
                    continue
                table.setdefault(node_type, []).append((rule, method))
        self.dispatch = table
        #: The call names (and keywords) worth collecting at all; None when some
        #: rule visits every call. Besides the rules' own: the handle-neutral
        #: methods the semantic model indexes (``t.start()``).
        self.call_names: Optional[frozenset[str]] = None
        self.call_keywords: frozenset[str] = frozenset(by_keyword)
        if ast.Call not in table and named:
            facts = (n for r in self.rules for n in r.call_facts)
            self.call_names = frozenset(by_name).union(facts, HANDLE_NEUTRAL_METHODS)
        self.calls_by_name = {k: tuple(v) for k, v in by_name.items()}
        self.calls_by_keyword = {k: tuple(v) for k, v in by_keyword.items()}
        #: every rule dispatched by call name (an import alias can name anything)
        self.calls_named = tuple(named)
        self.codes = frozenset(r.code for r in self.rules)
        self.finishers = tuple(
            r for r in self.rules if type(r).finish is not Rule.finish
        )


def _rule_failed(ctx: FileContext, rule: Rule, node: Any, exc: Exception) -> None:
    # A rule bug must not cost the file its other results: it becomes OTP000.
    ctx.failed_codes.add(rule.code)
    ctx.diagnostics.append(file_error(
        ctx.path, f"internal error in rule {rule.code}: {type(exc).__name__}: {exc}",
        line=getattr(node, "lineno", 1),
    ))


def _run_named_calls(
    ctx: FileContext, ruleset: RuleSet, calls: list[tuple[Any, Scope]]
) -> None:
    """Each call to the rules that asked for its last name (or a keyword it passes)."""
    by_name = ruleset.calls_by_name
    by_keyword = ruleset.calls_by_keyword
    everyone = ruleset.calls_named
    aliases = ctx.semantic.import_aliases
    failed = ctx.failed_codes
    attribute_t = ast.Attribute
    name_t = ast.Name
    for node, scope in calls:
        func = node.func
        t = type(func)
        entries: tuple[tuple[Rule, str], ...] = ()
        if t is attribute_t:
            entries = by_name.get(func.attr, ())
        elif t is name_t:
            ident = func.id
            entries = everyone if ident in aliases else by_name.get(ident, ())
        if by_keyword and node.keywords:
            for kw in node.keywords:
                # a rule given the call by name is not given it again by keyword
                extra = [e for e in by_keyword.get(kw.arg or "", ()) if e not in entries]
                entries += tuple(extra)
        if not entries:
            continue
        ctx.scope = scope
        for rule, method_name in entries:
            if failed and rule.code in failed:
                continue
            try:
                getattr(rule, method_name)(node, ctx)
            except Exception as exc:  # a rule bug becomes OTP000 for the file
                _rule_failed(ctx, rule, node, exc)


def run_rules(ctx: FileContext, ruleset: RuleSet) -> list[Diagnostic]:
    """Walk ``ctx.tree`` once and run every rule of ``ruleset`` on it."""
    collect: dict[type, list[tuple[Any, Scope]]] = {t: [] for t in ruleset.dispatch}
    if ruleset.calls_named:
        collect.setdefault(ast.Call, [])
    ctx.enabled_codes = ruleset.codes
    ctx.rule_codes = RULE_CODES
    walk(ctx, collect, ruleset.call_names, ruleset.call_keywords)
    ctx.collected = collect
    failed = ctx.failed_codes
    for node_type, entries in ruleset.dispatch.items():
        nodes = collect[node_type]
        if not nodes:
            continue
        for rule, method_name in entries:
            if rule.code in failed:
                continue
            method = getattr(rule, method_name)
            try:
                for node, scope in nodes:
                    ctx.scope = scope
                    method(node, ctx)
            except Exception as exc:  # a rule bug becomes OTP000 for the file
                _rule_failed(ctx, rule, node, exc)
    if ruleset.calls_named:
        _run_named_calls(ctx, ruleset, collect[ast.Call])
    # Rules that judge the whole file (e.g. suppression hygiene) run last,
    # with every other rule's diagnostics in ctx.diagnostics.
    ctx.scope = ctx.semantic.module
    for rule in ruleset.finishers:
        if rule.code in failed:
            continue
        try:
            rule.finish(ctx)
        except Exception as exc:  # a rule bug becomes OTP000 for the file
            _rule_failed(ctx, rule, None, exc)
    if failed:
        ctx.diagnostics = [
            d for d in ctx.diagnostics if d.code == FILE_ERROR or d.code not in failed
        ]
    return ctx.diagnostics
