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
import functools
from collections.abc import Iterable, Mapping
from typing import Any, Callable, Optional

from otp_lints.binders import HANDLERS, Binder, Enter
from otp_lints.config import Settings
from otp_lints.context import FileContext
from otp_lints.diagnostics import FILE_ERROR, Diagnostic, file_error
from otp_lints.rule import EVERY_CALL, Rule
from otp_lints.rules import all_rules
from otp_lints.semantic import Scope

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
# List fields that hold expressions only (``Tuple.elts``, ``Assign.targets``,
# ``Dict.values``, ``Compare.comparators``): never None, never a statement.
_EXPR_LISTS = frozenset({"elts", "targets", "values", "comparators"})


def _child_fields(t: type) -> tuple[str, ...]:
    if t in _LEAF_TYPES:
        return ()
    return tuple(f for f in getattr(t, "_fields", ()) if f not in _SKIP_FIELDS)


Push = Callable[[Any], None]
PushChildren = Callable[[Any, Push, Push, Callable[[str], None]], None]


def _push_children_fn(t: type, inline_leaves: bool) -> Optional[PushChildren]:
    """A function pushing a node's children, generated for its class: straight-line
    attribute reads instead of a loop over ``_fields`` with ``getattr``.

    With ``inline_leaves`` (no rule collects names, attributes, constants or
    keywords), a child that is a name read is noted at once (``read(id)``: its
    scope is the parent's, since nothing is popped in between), an attribute
    chain (``self.a.b``) is followed down to its name, and a constant is
    dropped; in a single field, in a call's arguments and keywords, and in the
    lists that hold only expressions (``_EXPR_LISTS``). Over half of all nodes
    never reach the stack (django: 1.17 million pops before the lists and
    attribute chains were handled this way, 0.64 million after)."""
    fields = _child_fields(t)
    if not fields:
        return None
    body = []
    for f in fields:
        if f in _SPARSE_FIELDS:
            body.append(f"    for c in n.{f}:\n        if c is not None:\n            push(c)")
        elif inline_leaves and (
            (t is ast.Call and f in ("args", "keywords")) or f in _EXPR_LISTS
        ):
            # A call's arguments, a tuple's items, an assignment's targets, one
            # by one: most are names, constants and attribute chains, noted
            # here instead of going through the stack.
            value = "k.value" if f == "keywords" else "k"
            body.append(
                f"    for k in n.{f}:\n        v = {value}\n        c = v.__class__\n"
                "        if c is Name:\n            if v.ctx.__class__ is Load:\n"
                "                read(v.id)\n"
                "        elif c is Attribute:\n            v = v.value\n"
                "            while v.__class__ is Attribute:\n                v = v.value\n"
                "            if v.__class__ is Name:\n                read(v.id)\n"
                "            elif v.__class__ is not Constant:\n                push(v)\n"
                "        elif c is not Constant:\n            push(v)"
            )
        elif inline_leaves:
            body.append(
                f"    v = n.{f}\n    c = v.__class__\n"
                "    if c is list:\n        extend(v)\n"
                "    elif c is Name:\n        if v.ctx.__class__ is Load:\n            read(v.id)\n"
                "    elif c is Attribute:\n        v = v.value\n"
                "        while v.__class__ is Attribute:\n            v = v.value\n"
                "        if v.__class__ is Name:\n            read(v.id)\n"
                "        elif v.__class__ is not Constant:\n            push(v)\n"
                "    elif c is not Constant and v is not None:\n        push(v)"
            )
        else:
            body.append(
                f"    v = n.{f}\n    if v.__class__ is list:\n        extend(v)\n"
                "    elif v is not None:\n        push(v)"
            )
    namespace: dict[str, Any] = {
        "Name": ast.Name, "Load": ast.Load, "Constant": ast.Constant, "Attribute": ast.Attribute,
    }
    exec("def push_children(n, push, extend, read):\n" + "\n".join(body), namespace)
    fn: PushChildren = namespace["push_children"]
    return fn


# Per node class, shared by every file and filled in as classes are met:
# - _PLAIN[inline_leaves]: push-children function (False for a leaf) of the
#   classes no semantic handler looks at, the bulk of the tree;
# - _SPECIAL[inline_leaves]: (handler, push-children) of the others.
_PLAIN: dict[bool, dict[type, Any]] = {True: {}, False: {}}
_SPECIAL: dict[bool, dict[type, tuple[Optional[Binder], Optional[PushChildren]]]] = {
    True: {}, False: {},
}


def _learn(t: type, inline_leaves: bool) -> None:
    handler = HANDLERS.get(t)
    kids = _push_children_fn(t, inline_leaves)
    if handler is None:
        _PLAIN[inline_leaves][t] = kids or False
    _SPECIAL[inline_leaves][t] = (handler, kids)


def walk(
    ctx: FileContext,
    collect: dict[type, list[tuple[Any, Scope]]],
    call_names: Optional[frozenset[str]] = None,
    call_keywords: frozenset[str] = frozenset(),
) -> None:
    """The one walk: build the semantic model and collect nodes for the rules.

    The hot path, measured with a profiler: most nodes cost one pop, one class
    test, one dict lookup and one call of the generated function pushing their
    children. Most name reads, attribute chains and constants never reach the
    stack (see ``_push_children_fn``); the other name reads append to their
    scope's reads. Nodes a rule collects or a semantic handler reads go the longer way.

    With ``call_names``, a call is collected only when its last name is one of
    them or it passes one of ``call_keywords``; a bare-name call of another name
    is kept aside until the walk is over, when the file's import aliases are
    known (``from os import kill as k``: ``k(...)`` may be anything).
    """
    model = ctx.semantic
    scope = model.module
    read = scope.reads.append
    names = collect.get(ast.Name)
    inline = names is None and not (
        ast.Constant in collect or ast.Attribute in collect or ast.keyword in collect
    )
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
    enter_t = Enter
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
            if not keep and call_keywords:
                for kw in node.keywords:  # a loop, not any(): no generator per call
                    if kw.arg in call_keywords:
                        keep = True
                        break
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
    model.finish()


#: the code of every rule otp-lints has (``ctx.rule_codes``)
RULE_CODES = frozenset(all_rules())


class RuleSet:
    """Rule instances plus their dispatch tables.

    ``RuleSet.for_settings(settings)`` is the one place rules are built: every
    rule the settings enable, each with its options, once per Settings object.
    ``.for_file(codes, is_test)`` gives the subset that runs on one file.

    Calls are dispatched a second time, by the callee's last name (``Rule.calls``):
    most of a file's calls interest no rule, and one dict lookup per call settles
    that for all of them at once."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        self._per_file: dict[tuple[frozenset[str], bool], RuleSet] = {}
        table: dict[type, list[tuple[Rule, str]]] = {}
        by_name: dict[str, list[tuple[Rule, str]]] = {}
        by_keyword: dict[str, list[tuple[Rule, str]]] = {}
        named: list[tuple[Rule, str]] = []
        for rule in self.rules:
            for node_type, method in type(rule).visited_types().items():
                if node_type is ast.Call and rule.calls is not None and not (
                    rule.calls >= EVERY_CALL
                ):
                    named.append((rule, method))
                    for name in rule.calls:
                        by_name.setdefault(name, []).append((rule, method))
                    for kw in rule.call_keywords:
                        by_keyword.setdefault(kw, []).append((rule, method))
                    continue
                table.setdefault(node_type, []).append((rule, method))
        self.dispatch = table
        #: The call names (and keywords) worth collecting at all; None when some
        #: rule visits every call. Besides the names the rules visit: those
        #: their facts read (``Rule.call_facts``).
        self.call_names: Optional[frozenset[str]] = None
        self.call_keywords: frozenset[str] = frozenset(by_keyword)
        if ast.Call not in table and named:
            facts = (n for r in self.rules for n in r.call_facts)
            self.call_names = frozenset(by_name).union(facts)
        #: node types collected for the rules' facts only (``Rule.node_facts``)
        self.fact_types = frozenset(t for r in self.rules for t in r.node_facts)
        self.calls_by_name = {k: tuple(v) for k, v in by_name.items()}
        self.calls_by_keyword = {k: tuple(v) for k, v in by_keyword.items()}
        #: every rule dispatched by call name (an import alias can name anything)
        self.calls_named = tuple(named)
        self.codes = frozenset(r.code for r in self.rules)
        self.finishers = tuple(
            r for r in self.rules if type(r).finish is not Rule.finish
        )

    @classmethod
    def for_settings(cls, settings: Settings) -> RuleSet:
        """Every rule ``settings`` enable, built with its options (memoised per
        Settings object: a run builds its rules once)."""
        return _for_settings(settings)

    def for_file(self, codes: frozenset[str], is_test: bool) -> RuleSet:
        """The rules of this set that run on one file: those of ``codes`` (the
        selection after per-file-ignores) that look at test files, or at
        non-test files (``Rule.files``). Remembered per (codes, is_test)."""
        key = (codes, is_test)
        ruleset = self._per_file.get(key)
        if ruleset is None:
            skip = "non-test" if is_test else "test"
            ruleset = self._per_file[key] = RuleSet(
                r for r in self.rules if r.code in codes and r.files != skip
            )
        return ruleset


def options_for(cls: type[Rule], rule_options: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The configured values of a rule's options: its own table, and for a
    shared option it does not set, the value set under the first rule (by code)
    that shares it."""
    values = dict(rule_options.get(cls.code, {}))
    rules = all_rules()
    for opt in cls.options:
        if not opt.shared or opt.name in values:
            continue
        for code, table in sorted(rule_options.items()):
            other = rules.get(code)
            if opt.name in table and other is not None and any(
                o.shared and o.name == opt.name for o in other.options
            ):
                values[opt.name] = table[opt.name]
                break
    return values


@functools.lru_cache(maxsize=64)
def _for_settings(settings: Settings) -> RuleSet:
    enabled = settings.enabled_codes
    return RuleSet(
        cls(options_for(cls, settings.rule_options))
        for code, cls in all_rules().items() if code in enabled
    )


def _rule_failed(ctx: FileContext, rule: Rule, node: Any, exc: Exception) -> None:
    # A rule bug must not cost the file its other results: it becomes OTP000
    # (unless the file's selection turned the rule off: then it only ran so that
    # per-file-ignores could tell what it suppresses).
    ctx.failed_codes.add(rule.code)
    if ctx.enabled_codes is not None and rule.code not in ctx.enabled_codes:
        return
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


def run_rules(ctx: FileContext, ruleset: RuleSet,
              judged: Optional[frozenset[str]] = None) -> list[Diagnostic]:
    """Walk ``ctx.tree`` once and run every rule of ``ruleset`` on it. ``judged``:
    the codes the file's own selection enables, when ``ruleset`` also holds rules
    that ``per-file-ignores`` turned off for it (``ctx.enabled_codes``: OTP702
    judges only those; a failure of another rule is no OTP000)."""
    collect: dict[type, list[tuple[Any, Scope]]] = {t: [] for t in ruleset.dispatch}
    if ruleset.calls_named:
        collect.setdefault(ast.Call, [])
    for t in ruleset.fact_types:
        collect.setdefault(t, [])
    ctx.enabled_codes = ruleset.codes if judged is None else ruleset.codes & judged
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
