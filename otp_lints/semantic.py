"""The shared semantic layer: scopes, bindings, qualified names, known receivers.

Built during the engine's single walk of the tree (see ``engine.walk``): the
walk calls the binding handlers below for the node types that bind or read
names, so by the time rules run every scope knows all of its bindings and
reads. Everything a rule asks beyond that (a qualified name, a receiver type,
whether a result is discarded) is computed on demand and cached per file.

Precision first: whenever a name has a binding we cannot type, the answer is
"unknown" (None), and rules never flag an unknown receiver.
"""

from __future__ import annotations

import ast
import builtins
from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from types import MappingProxyType
from typing import Callable, Literal, Optional, Union

#: How a name is bound: by which kind of statement or expression.
BindingKind = Literal[
    "import", "assign", "annassign", "augassign", "unpack", "param", "with", "for", "del",
    "def", "class", "walrus", "except", "match", "comprehension", "other",
]
#: What makes a scope.
ScopeKind = Literal["module", "class", "function", "lambda", "comprehension"]

_BUILTINS = frozenset(dir(builtins))
# Node classes compared by identity in the handlers the walk calls (hot path).
_NAME, _CALL, _ATTRIBUTE = ast.Name, ast.Call, ast.Attribute
# Calls that read a scope's names by string: a local in such a scope may be read.
_DYNAMIC_READERS = frozenset({"locals", "vars", "eval", "exec"})
# Shared, immutable empties for scope containers that are rarely written.
_NO_NAMES: frozenset[str] = frozenset()
_NO_DECLS: Mapping[str, list[ast.Global]] = MappingProxyType({})
_NO_ATTRS: Mapping[str, list[Binding]] = MappingProxyType({})


class Binding:
    """One place a name is bound; ``kind`` says how (``BindingKind``)."""

    __slots__ = ("annotation", "index", "kind", "node", "origin", "qualname", "value")

    def __init__(
        self,
        kind: BindingKind,
        node: ast.AST,
        value: Optional[ast.AST] = None,
        *,
        qualname: Optional[str] = None,
        annotation: Optional[ast.expr] = None,
        index: Optional[int] = None,
    ) -> None:
        self.kind = kind
        self.node = node  # the statement (or arg/alias) that binds
        self.value = value  # the bound expression, where there is one
        self.qualname = qualname  # for imports
        self.annotation = annotation
        self.index = index  # position in an unpacked tuple
        #: the scope the binding was written in, where it is kept elsewhere: moved by
        #: ``global``/``nonlocal``, or a ``self.<attr>`` binding kept on its class
        #: (its value is resolved where it was written: a method's local import)
        self.origin: Optional[Scope] = None


class Scope:
    """A module, class, function, lambda or comprehension scope."""

    __slots__ = (
        "_bindings", "_loads", "_params", "attr_bindings", "children", "class_scope",
        "dynamic", "global_decls", "global_names", "kind", "node", "nonlocal_names",
        "parent", "reads", "self_name", "star_import",
    )

    def __init__(self, kind: ScopeKind, node: ast.AST, parent: Optional[Scope]) -> None:
        self.kind = kind
        self.node = node
        self.parent = parent
        self._bindings: dict[str, list[Binding]] = {}
        #: a function's parameters, bound on first use of ``bindings``: most
        #: functions are never asked about a name
        self._params: Optional[list[ast.arg]] = None
        #: every name read (``Name`` load) in the scope, in walk order; the walk
        #: appends, and ``loads`` counts them on first use
        self.reads: list[str] = []
        self._loads: Optional[dict[str, int]] = None
        # Most scopes declare no global or nonlocal and nest none: these start as
        # shared empties and get their own container on the first write
        # (``declare_global``, ``declare_nonlocal``, a child scope).
        self.global_names: AbstractSet[str] = _NO_NAMES
        self.global_decls: Mapping[str, list[ast.Global]] = _NO_DECLS
        self.nonlocal_names: AbstractSet[str] = _NO_NAMES
        self.children: Sequence[Scope] = ()
        self.dynamic = False  # calls locals()/vars()/eval()/exec()
        self.star_import = False
        # For methods: the name of the first parameter ("self") and the class scope.
        self.self_name: Optional[str] = None
        self.class_scope: Optional[Scope] = None
        # For classes: bindings of self.<attr> in the class's methods.
        self.attr_bindings: Mapping[str, list[Binding]] = {} if kind == "class" else _NO_ATTRS
        if parent is not None:
            siblings = parent.children
            if isinstance(siblings, list):
                siblings.append(self)
            else:
                parent.children = [self]

    def declare_global(self, node: ast.Global) -> None:
        names, decls = self.global_names, self.global_decls
        if not isinstance(names, set) or not isinstance(decls, dict):
            names, decls = self.global_names, self.global_decls = set(), {}
        names.update(node.names)
        for name in node.names:
            decls.setdefault(name, []).append(node)

    def declare_nonlocal(self, node: ast.Nonlocal) -> None:
        names = self.nonlocal_names
        if not isinstance(names, set):
            names = self.nonlocal_names = set()
        names.update(node.names)

    @property
    def bindings(self) -> dict[str, list[Binding]]:
        """Every binding of the scope, by name, in walk order (parameters first)."""
        if self._params is not None:
            self._bind_params()
        return self._bindings

    def defer_params(self, params: list[ast.arg]) -> None:
        self._params = params

    def _bind_params(self) -> None:
        params, self._params = self._params or [], None
        bindings = self._bindings
        for a in reversed(params):  # ahead of the body's bindings, in order
            binding = Binding("param", a, annotation=a.annotation)
            lst = bindings.get(a.arg)
            if lst is None:
                bindings[a.arg] = [binding]
            else:
                lst.insert(0, binding)

    @property
    def loads(self) -> dict[str, int]:
        """How many times each name is read in the scope (not nested scopes)."""
        loads = self._loads
        if loads is None:
            loads = self._loads = Counter(self.reads)
        return loads

    @property
    def is_function(self) -> bool:
        return self.kind in ("function", "lambda")

    def function(self) -> Optional[Scope]:
        """The innermost enclosing function or lambda scope (comprehensions see through)."""
        s: Optional[Scope] = self
        while s is not None and s.kind == "comprehension":
            s = s.parent
        return s if s is not None and s.is_function else None

    def bind(self, name: str, binding: Binding) -> None:
        lst = self._bindings.get(name)
        if lst is None:
            self._bindings[name] = [binding]
        else:
            lst.append(binding)


class TypeFact:
    """What a receiver is known to be: a canonical type name and the calls that made it."""

    __slots__ = ("calls", "name")

    def __init__(self, name: str, calls: tuple[ast.Call, ...] = ()) -> None:
        self.name = name
        self.calls = calls

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"TypeFact({self.name!r})"


# ---------------------------------------------------------------------------
# Known types. Canonical names; constructors and producers map to them.
# ---------------------------------------------------------------------------
SOCKET = "socket.socket"
FUTURE = "concurrent.futures.Future"
ASYNC_RESULT = "multiprocessing.pool.AsyncResult"
TASK_GROUP = "asyncio.TaskGroup"
THREAD = "threading.Thread"
TIMER = "threading.Timer"
PROCESS = "multiprocessing.Process"
POPEN = "subprocess.Popen"
EVENT = "threading.Event"
CONDITION = "threading.Condition"
BARRIER = "threading.Barrier"
POOL = "multiprocessing.pool.Pool"
THREAD_POOL = "multiprocessing.pool.ThreadPool"
#: Threads and processes: things that run until someone joins them.
THREAD_TYPES = frozenset({THREAD, TIMER, PROCESS})
#: Blocking queues whose ``get``/``put`` take ``(block, timeout)``.
QUEUE_TYPES = frozenset({
    "queue.Queue", "queue.LifoQueue", "queue.PriorityQueue", "queue.SimpleQueue",
    "multiprocessing.Queue", "multiprocessing.JoinableQueue",
})
POOL_TYPES = frozenset({POOL, THREAD_POOL})
#: ``concurrent.futures`` executors: leaving their ``with`` block waits for every future.
EXECUTOR_TYPES = frozenset({
    "concurrent.futures.ThreadPoolExecutor", "concurrent.futures.ProcessPoolExecutor",
})

# Qualified name of a callable -> the type of what it returns. A tuple value
# means the call returns a tuple of those types (for unpacking).
CONSTRUCTORS: dict[str, Union[str, tuple[Optional[str], ...]]] = {
    "socket.socket": SOCKET,
    "socket.create_connection": SOCKET,
    "socket.create_server": SOCKET,
    "socket.fromfd": SOCKET,
    "socket.socketpair": (SOCKET, SOCKET),
    "threading.Thread": THREAD,
    "threading.Timer": TIMER,
    "multiprocessing.Process": PROCESS,
    "multiprocessing.context.Process": PROCESS,
    "multiprocessing.context.SpawnProcess": PROCESS,
    "multiprocessing.context.ForkProcess": PROCESS,
    "multiprocessing.context.ForkServerProcess": PROCESS,
    "queue.Queue": "queue.Queue",
    "queue.LifoQueue": "queue.LifoQueue",
    "queue.PriorityQueue": "queue.PriorityQueue",
    "queue.SimpleQueue": "queue.SimpleQueue",
    "multiprocessing.Queue": "multiprocessing.Queue",
    "multiprocessing.JoinableQueue": "multiprocessing.JoinableQueue",
    "threading.Event": EVENT,
    "threading.Condition": CONDITION,
    "threading.Barrier": BARRIER,
    "concurrent.futures.ThreadPoolExecutor": "concurrent.futures.ThreadPoolExecutor",
    "concurrent.futures.ProcessPoolExecutor": "concurrent.futures.ProcessPoolExecutor",
    "concurrent.futures.thread.ThreadPoolExecutor": "concurrent.futures.ThreadPoolExecutor",
    "concurrent.futures.process.ProcessPoolExecutor": "concurrent.futures.ProcessPoolExecutor",
    "multiprocessing.Pool": POOL,
    "multiprocessing.pool.Pool": POOL,
    "multiprocessing.pool.ThreadPool": THREAD_POOL,
    "multiprocessing.dummy.Pool": THREAD_POOL,
    "subprocess.Popen": POPEN,
    "asyncio.TaskGroup": TASK_GROUP,
    "asyncio.taskgroups.TaskGroup": TASK_GROUP,
    "asyncio.run_coroutine_threadsafe": FUTURE,
    "concurrent.futures.Future": FUTURE,
    "concurrent.futures._base.Future": FUTURE,
    "anyio.create_task_group": TASK_GROUP,
}

# (receiver type, method name) -> type of the result (tuple: unpacked result).
METHOD_RESULTS: dict[tuple[str, str], Union[str, tuple[Optional[str], ...]]] = {
    (SOCKET, "accept"): (SOCKET, None),
    (SOCKET, "dup"): SOCKET,
    (POOL, "apply_async"): ASYNC_RESULT,
    (POOL, "map_async"): ASYNC_RESULT,
    (POOL, "starmap_async"): ASYNC_RESULT,
    (THREAD_POOL, "apply_async"): ASYNC_RESULT,
    (THREAD_POOL, "map_async"): ASYNC_RESULT,
    (THREAD_POOL, "starmap_async"): ASYNC_RESULT,
}

# Annotations (qualified) -> canonical type. Every constructor type annotates itself.
ANNOTATIONS: dict[str, str] = {
    "socket.SocketType": SOCKET,
    "concurrent.futures.Future": FUTURE,
    "concurrent.futures._base.Future": FUTURE,
    "multiprocessing.pool.AsyncResult": ASYNC_RESULT,
    "multiprocessing.pool.ApplyResult": ASYNC_RESULT,
    "multiprocessing.pool.MapResult": ASYNC_RESULT,
    "multiprocessing.queues.Queue": "multiprocessing.Queue",
    "multiprocessing.queues.JoinableQueue": "multiprocessing.JoinableQueue",
    "multiprocessing.process.BaseProcess": PROCESS,
    "anyio.abc.TaskGroup": TASK_GROUP,
}
for _t in CONSTRUCTORS.values():
    if isinstance(_t, str):
        ANNOTATIONS.setdefault(_t, _t)

#: Types a class of the file can subclass and stay known (``class W(Thread)``).
SUBCLASSED_TYPES = THREAD_TYPES
# A subclass defining one of these has waits of its own: it is not typed.
_OWN_WAITS = frozenset({"join"})
# List methods that add elements (the ones of a known shape are read first).
_LIST_ADDING = frozenset({"append", "insert", "extend", "__setitem__", "__iadd__"})

# Types whose ``__enter__`` returns something else than the object itself.
WITH_RESULTS: dict[str, Optional[str]] = {
    "threading.Condition": None,  # returns the underlying lock's __enter__ result
}

# Context managers (by attribute or function name) whose body is expected to raise.
_RAISES_CONTEXTS = frozenset({"raises", "assertRaises", "assertRaisesRegex", "assertRaisesRegexp"})

_OPTIONAL_WRAPPERS = frozenset({"typing.Optional", "typing_extensions.Optional"})
_UNION_WRAPPERS = frozenset({"typing.Union", "typing_extensions.Union"})
_ANNOTATED = frozenset({"typing.Annotated", "typing_extensions.Annotated"})


class SemanticModel:
    """Per-file facts. Built by the engine's walk; queried by rules."""

    def __init__(self, tree: ast.AST) -> None:
        self.tree = tree
        #: the dotted package the file belongs to (from `src`), for relative imports
        self.package: Optional[str] = None
        self.module = Scope("module", tree, None)
        self.scopes: list[Scope] = [self.module]
        # id(call) for calls whose value is thrown away by an expression statement or ``_ =``
        self._discarded: set[int] = set()
        # id(call) for calls expected to raise: the last statement of the body of
        # ``with pytest.raises(...)`` / ``with self.assertRaises(...)``
        self._expect_raise: set[int] = set()
        # id(call) -> (name, scope) for ``name = call(...)`` inside a function
        self._assigned_local: dict[int, tuple[str, Scope]] = {}
        self._qualname_cache: dict[tuple[str, int], Optional[str]] = {}
        # Names bound by ``import x as y`` / ``from x import y as z`` (see ``may_name``)
        self.import_aliases: set[str] = set()
        self._types: Optional[Types] = None

    def dispose(self) -> None:
        """Break the scope tree's parent/child cycles once the file is done, so the
        tree and the model are freed by reference counting, not by the cyclic GC
        (which the CLI keeps off while it lints; see ``runner.quiet_gc``)."""
        # The cycles all run through the scope tree (a scope's parent or class
        # scope holds it among its children); bindings and caches point down.
        for scope in self.scopes:
            scope.parent = scope.class_scope = None
            scope.children = ()
        self.scopes.clear()
        self._types = None  # it points back at the model

    @property
    def types(self) -> Types:
        """The file's receiver types as every rule sees them (``type_of``)."""
        types = self._types
        if types is None:
            types = self._types = Types(self)
        return types

    # ------------------------------------------------------------------
    # Building (called by the walk)
    # ------------------------------------------------------------------
    def new_scope(self, kind: ScopeKind, node: ast.AST, parent: Scope) -> Scope:
        scope = Scope(kind, node, parent)
        self.scopes.append(scope)
        return scope

    def bind_target(
        self, scope: Scope, target: ast.expr, kind: BindingKind, stmt: ast.AST,
        value: Optional[ast.expr] = None,
    ) -> None:
        """Record the names bound by an assignment target (recursing into tuples)."""
        if isinstance(target, ast.Name):
            scope.bind(target.id, Binding(kind, stmt, value))
        elif isinstance(target, (ast.Tuple, ast.List)):
            elts = target.elts
            known_value = value if isinstance(value, (ast.Call, ast.Tuple, ast.List)) else None
            starred = any(isinstance(e, ast.Starred) for e in elts)
            for i, elt in enumerate(elts):
                if isinstance(elt, ast.Name) and known_value is not None and not starred:
                    if isinstance(known_value, (ast.Tuple, ast.List)):
                        if len(known_value.elts) == len(elts):
                            scope.bind(elt.id, Binding(kind, stmt, known_value.elts[i]))
                        else:
                            scope.bind(elt.id, Binding("other", stmt))
                    else:
                        scope.bind(elt.id, Binding("unpack", stmt, known_value, index=i))
                elif isinstance(elt, ast.Attribute) and known_value is not None and not starred:
                    # self.r, self.w = socket.socketpair()
                    if isinstance(known_value, (ast.Tuple, ast.List)):
                        if len(known_value.elts) == len(elts):
                            self._bind_attr(scope, elt, kind, stmt, known_value.elts[i])
                        else:
                            self._bind_attr(scope, elt, "other", stmt, None)
                    else:
                        self._bind_attr(scope, elt, "unpack", stmt, known_value, index=i)
                else:
                    self.bind_target(scope, elt, "other", stmt)
        elif isinstance(target, ast.Starred):
            self.bind_target(scope, target.value, "other", stmt)
        elif isinstance(target, ast.Attribute):
            self._bind_attr(scope, target, kind, stmt, value)
        # Subscript targets bind no name.

    def _bind_attr(
        self, scope: Scope, target: ast.Attribute, kind: BindingKind, stmt: ast.AST,
        value: Optional[ast.expr], annotation: Optional[ast.expr] = None,
        index: Optional[int] = None,
    ) -> None:
        base = target.value
        func = scope.function()
        if (
            func is not None
            and func.self_name is not None
            and func.class_scope is not None
            and isinstance(base, ast.Name)
            and base.id == func.self_name
        ):
            binding = Binding(kind, stmt, value, annotation=annotation, index=index)
            binding.origin = scope
            attrs = func.class_scope.attr_bindings
            assert isinstance(attrs, dict)  # a class scope's own
            attrs.setdefault(target.attr, []).append(binding)

    def bind_ann(self, scope: Scope, node: ast.AnnAssign) -> None:
        target = node.target
        if isinstance(target, ast.Name):
            binding = Binding("annassign", node, node.value, annotation=node.annotation)
            scope.bind(target.id, binding)
            if isinstance(node.value, ast.Call) and scope.is_function:
                self._assigned_local[id(node.value)] = (target.id, scope)
        elif isinstance(target, ast.Attribute):
            self._bind_attr(scope, target, "annassign", node, node.value, node.annotation)

    def note_assign(self, scope: Scope, node: ast.Assign) -> None:
        value = node.value
        targets = node.targets
        if len(targets) == 1 and type(targets[0]) is _NAME and type(value) is not _CALL:
            # The common ``name = <not a call>``: just the binding (hot path).
            scope.bind(targets[0].id, Binding("assign", node, value))
            return
        for target in targets:
            self.bind_target(scope, target, "assign", node, value)
        if len(targets) == 1:
            target = targets[0]
            if isinstance(target, _NAME) and type(value) is _CALL:
                if target.id == "_":
                    self._discarded.add(id(value))
                elif scope.is_function:
                    self._assigned_local[id(value)] = (target.id, scope)

    def note_expr_stmt(self, node: ast.Expr, scope: Scope) -> None:
        value = node.value
        if isinstance(value, _CALL):
            self._discarded.add(id(value))

    def note_with(self, node: Union[ast.With, ast.AsyncWith]) -> None:
        """Record the call a ``with pytest.raises(...)``/``self.assertRaises(...)``
        block expects to raise: its last statement, when that is one call."""
        for item in node.items:
            cm = item.context_expr
            if type(cm) is not ast.Call:
                continue
            func = cm.func
            if type(func) is ast.Attribute:
                name = func.attr
            elif type(func) is ast.Name:
                name = func.id
            else:
                continue
            if name in _RAISES_CONTEXTS:
                # The last statement is the one expected to raise (the ones before it
                # ran); anything after a raising statement would be dead code. Also
                # awaited. Not the last statement of a ``with`` block inside: the
                # inner block's exit may be what raises, after that call ran.
                stmt = node.body[-1]
                if isinstance(stmt, (ast.Expr, ast.Assign, ast.AnnAssign)):
                    value = stmt.value
                    if isinstance(value, ast.Await):
                        value = value.value
                    if isinstance(value, ast.Call):
                        self._expect_raise.add(id(value))
                return

    def finish(self) -> None:
        """Move bindings declared ``global``/``nonlocal`` to the scope they bind in."""
        module = self.module
        for scope in self.scopes:
            if not _DYNAMIC_READERS.isdisjoint(scope.reads):
                scope.dynamic = True
            if scope.global_names:
                for name in scope.global_names:
                    moved = scope.bindings.pop(name, None)
                    if moved:
                        for b in moved:
                            b.origin = scope
                        module.bindings.setdefault(name, []).extend(moved)
            if scope.nonlocal_names:
                for name in scope.nonlocal_names:
                    moved = scope.bindings.pop(name, None)
                    target = self._enclosing_binder(scope, name)
                    if moved and target is not None:
                        for b in moved:
                            b.origin = scope
                        target.bindings.setdefault(name, []).extend(moved)

    @staticmethod
    def _enclosing_binder(scope: Scope, name: str) -> Optional[Scope]:
        s = scope.parent
        while s is not None and s.kind != "module":
            if s.kind != "class" and name in s.bindings and name not in s.nonlocal_names:
                return s
            s = s.parent
        return None

    # ------------------------------------------------------------------
    # Name resolution
    # ------------------------------------------------------------------
    def lookup(self, name: str, scope: Scope) -> Optional[Scope]:
        """The scope whose binding of ``name`` a read in ``scope`` sees (None: builtin/unbound)."""
        s: Optional[Scope] = scope
        first = True
        while s is not None:
            if name in s.global_names:
                return self.module if name in self.module.bindings else None
            if s.kind == "class" and not first:
                s = s.parent
                continue
            if name in s.bindings:
                return s
            first = False
            s = s.parent
        return None

    def bindings_of(self, name: str, scope: Scope) -> Optional[list[Binding]]:
        owner = self.lookup(name, scope)
        return None if owner is None else owner.bindings[name]

    def bound_only_to(
        self, name: str, scope: Scope, accept: Callable[[ast.expr], bool]
    ) -> bool:
        """Every binding of ``name`` seen from ``scope`` is an assignment whose
        value ``accept`` takes (``ev = multiprocessing.Event()``), and there is
        at least one."""
        bindings = self.bindings_of(name, scope)
        if not bindings:
            return False
        return all(
            b.kind == "assign" and isinstance(b.value, ast.expr) and accept(b.value)
            for b in bindings
        )

    def qualified_name(self, expr: ast.AST, scope: Scope) -> Optional[str]:
        """``os.kill`` for ``os.kill`` after ``import os``; None when not resolvable.

        A name with any binding other than one import (or several imports of the
        same thing) is not trusted.
        """
        if expr.__class__ is _NAME:  # the common case, without a list
            return self._name_qualname(expr.id, scope)
        names = dotted_name(expr)
        if names is None:
            return None
        base = self._name_qualname(names[0], scope)
        if base is None:
            return None
        return base + "." + ".".join(names[1:])

    def may_name(self, func: ast.AST, last: frozenset[str]) -> bool:
        """A cheap test to run before ``qualified_name`` on every call: could
        ``func`` resolve to a qualified name whose last component is in ``last``?
        ``x.attr`` only if ``attr`` is; a bare name only if it is, or if it is an
        import alias (``from subprocess import Popen as P``)."""
        if isinstance(func, _ATTRIBUTE):
            return func.attr in last
        if isinstance(func, _NAME):
            return func.id in last or func.id in self.import_aliases
        return False

    def _name_qualname(self, name: str, scope: Scope) -> Optional[str]:
        owner = self.lookup(name, scope)
        # Cached per *owning* scope: a name bound thousands of times at module
        # level is judged once, not once per scope that reads it.
        key = (name, id(owner))
        cache = self._qualname_cache
        if key in cache:
            return cache[key]
        result: Optional[str]
        if owner is None:
            if self.module.star_import or name in self.module.global_names:
                result = None
            elif name in _BUILTINS:
                result = "builtins." + name
            else:
                result = None
        else:
            bindings = owner.bindings[name]
            qn = bindings[0].qualname
            if qn is None or any(b.kind != "import" or b.qualname != qn for b in bindings):
                result = None
            else:
                result = qn
        cache[key] = result
        return result

    # ------------------------------------------------------------------
    # Reads and discarded results
    # ------------------------------------------------------------------
    def is_read(self, name: str, scope: Scope) -> bool:
        """Whether ``name`` (bound in ``scope``) is read in it or a nested scope."""
        if scope.dynamic or name in scope.loads:
            return True
        return self.read_in_nested(name, scope)

    @staticmethod
    def read_in_nested(name: str, scope: Scope, shadowed_too: bool = False) -> bool:
        """Whether ``name`` of ``scope`` is read in a scope nested in it (one that
        does not bind it itself), or may be (a nested scope calls ``locals()``...).
        With ``shadowed_too``, any read of the name below counts, whatever binds
        it there (a name chosen for new code must clash with none)."""
        stack = list(scope.children)
        while stack:
            child = stack.pop()
            if not shadowed_too:
                if child.dynamic:
                    return True
                if name in child.bindings or name in child.global_names:
                    continue  # shadowed there
            if name in child.loads:
                return True
            stack.extend(child.children)
        return False

    def expects_raise(self, call: ast.Call) -> bool:
        """The call is the last statement of a ``with pytest.raises(...)``/``with
        self.assertRaises(...)`` block (also awaited): the test passes only when
        it, or a statement before it, raises."""
        return id(call) in self._expect_raise

    def is_discarded(self, call: ast.Call) -> bool:
        """An expression statement, ``_ = call``, or a local that is never read.

        A call expected to raise (the last statement of the body of
        ``with pytest.raises(...)``/``with self.assertRaises(...)``) produces no
        result, so it discards none.
        """
        key = id(call)
        if key in self._expect_raise:
            return False
        if key in self._discarded:
            return True
        local = self._assigned_local.get(key)
        if local is None:
            return False
        name, scope = local
        if name in scope.global_names or name in scope.nonlocal_names:
            return False
        return not self.is_read(name, scope)

    def assigned_local(self, call: ast.Call) -> Optional[tuple[str, Scope]]:
        """``(name, function scope)`` when ``call`` is the whole value of ``name = call``
        (or ``name: T = call``) in a function, else None."""
        local = self._assigned_local.get(id(call))
        if local is None:
            return None
        name, scope = local
        if name in scope.global_names or name in scope.nonlocal_names:
            return None
        return local

    def result_dropped(self, call: ast.Call) -> bool:
        """Whether an expression statement or ``_ = call`` throws the call's value
        away (unlike ``is_discarded``: an unread local does not count, and a call
        expected to raise does)."""
        return id(call) in self._discarded

    # ------------------------------------------------------------------
    # Known receivers (``Types``)
    # ------------------------------------------------------------------
    def type_of(self, expr: ast.AST, scope: Scope) -> Optional[TypeFact]:
        """The known type of ``expr`` or None (precision first)."""
        return self.types.type_of(expr, scope)

    def type_of_name(self, name: str, scope: Scope) -> Optional[TypeFact]:
        """The known type of the variable ``name`` as read in ``scope``."""
        return self.types.type_of_name(name, scope)

    def annotation_type(self, ann: ast.expr, scope: Scope) -> Optional[str]:
        """The canonical type an annotation names (see ``Types.annotation_type``)."""
        return self.types.annotation_type(ann, scope)

    def class_type(self, node: ast.ClassDef, owner: Scope) -> Optional[str]:
        """The thread/process type a class of this file subclasses (see
        ``Types.class_type``)."""
        return self.types.class_type(node, owner)

    def element_type(self, iterable: ast.expr, scope: Scope) -> Optional[TypeFact]:
        """What iterating ``iterable`` gives (see ``Types.element_type``)."""
        return self.types.element_type(iterable, scope)

    def class_def(self, name: str, scope: Scope) -> Optional[ast.ClassDef]:
        """The ``class`` statement a name is bound to (its only binding), or None."""
        bindings = self.bindings_of(name, scope)
        if bindings is None or len(bindings) != 1 or bindings[0].kind != "class":
            return None
        node = bindings[0].node
        return node if isinstance(node, ast.ClassDef) else None

    def method_def(
        self, cls: ast.ClassDef, name: str, scope: Scope, depth: int = 0,
    ) -> Optional[ast.FunctionDef | ast.AsyncFunctionDef]:
        """The ``def`` that ``self.<name>(...)`` runs in ``cls``: the class's own,
        else the first one found in its bases that are classes of this file,
        left to right and depth first (``class Listener(QuietLogger)`` calling
        ``self.log_exception_warning()``). None as soon as a base the search
        reaches is not a class of this file (other than ``object``): that base
        may define the method first. ``scope`` is where base names are read."""
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == name:
                return stmt
        if depth >= 8:
            return None
        for base in cls.bases:
            if isinstance(base, ast.Name) and base.id == "object":
                continue
            parent = self.class_def(base.id, scope) if isinstance(base, ast.Name) else None
            if parent is None or parent is cls:
                return None
            found = self.method_def(parent, name, scope, depth + 1)
            if found is not None:
                return found
        return None


#: ``guess(call)``: the type a call makes when the tables cannot tell, or None.
CallGuess = Callable[[ast.Call], Optional[str]]


class Types:
    """Receiver types of one file, from the tables above and the model's bindings.

    Every rule asks the model's own (``SemanticModel.type_of``). A rule that
    trusts a guess the tables do not make (OTP401: ``X.submit(fn, ...)`` makes
    a future, whatever ``X`` is) keeps its own instance with that ``guess``, as
    a per-file fact beside the rule: the guess never leaks into other rules.
    """

    def __init__(self, model: SemanticModel, guess: Optional[CallGuess] = None) -> None:
        self.model = model
        #: consulted for a method call the tables give no type, before the
        #: receiver's ``METHOD_RESULTS``
        self.guess = guess
        self._type_cache: dict[tuple[str, int], Optional[TypeFact]] = {}
        self._attr_type_cache: dict[tuple[int, str], Optional[TypeFact]] = {}
        # id(class node) -> the thread/process type it subclasses (see ``class_type``)
        self._class_type_cache: dict[int, Optional[str]] = {}
        # (id(function scope), name) -> the type of the list's elements
        self._element_cache: dict[tuple[int, str], Optional[TypeFact]] = {}

    def type_of(self, expr: ast.AST, scope: Scope) -> Optional[TypeFact]:
        """The known type of ``expr`` or None (precision first)."""
        return self._type_of(expr, scope, 0)

    def type_of_name(self, name: str, scope: Scope) -> Optional[TypeFact]:
        """The known type of the variable ``name`` as read in ``scope``."""
        return self._name_type(name, scope, 0)

    def type_through_method(self, expr: ast.AST, scope: Scope) -> Optional[TypeFact]:
        """``self.x`` read in a function nested in a method (``async def
        stop_watcher():`` inside ``run(self)``) that does not bind ``self``
        itself, typed as the method would type it. Not part of ``type_of``:
        the rules' receivers stay as they were judged; a message uses it to
        name the right call (OTP602's advice for a ``threading.Event``)."""
        func = scope.function()
        if not (isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name)
                and func is not None and func.self_name is None):
            return None
        method = self.model.lookup(expr.value.id, scope)  # the scope whose ``self`` it is
        if method is None or method is func or not method.is_function \
                or method.self_name != expr.value.id:
            return None
        return self._attr_type(expr, method, 0)

    def _type_of(self, expr: ast.AST, scope: Scope, depth: int) -> Optional[TypeFact]:
        if depth > 12:
            return None
        if isinstance(expr, ast.Name):
            return self._name_type(expr.id, scope, depth)
        if isinstance(expr, ast.Call):
            result = self._call_result(expr, scope, depth)
            return result if isinstance(result, TypeFact) else None
        if isinstance(expr, ast.Attribute):
            return self._attr_type(expr, scope, depth)
        if isinstance(expr, ast.NamedExpr):
            return self._type_of(expr.value, scope, depth + 1)
        if isinstance(expr, ast.Await):
            return None
        return None

    def _call_result(
        self, call: ast.Call, scope: Scope, depth: int
    ) -> Union[TypeFact, tuple[Optional[TypeFact], ...], None]:
        func = call.func
        qn = self.model.qualified_name(func, scope)
        produced: Union[str, tuple[Optional[str], ...], None] = None
        if qn is not None:
            produced = CONSTRUCTORS.get(qn)
        if produced is None and qn is None and isinstance(func, ast.Name):
            produced = self._local_class_type(func.id, scope, depth)
        if produced is None and isinstance(func, ast.Attribute):
            guessed = self.guess(call) if self.guess is not None else None
            if guessed is not None:
                produced = guessed
            else:
                recv = self._type_of(func.value, scope, depth + 1)
                if recv is not None:
                    produced = METHOD_RESULTS.get((recv.name, func.attr))
        if produced is None:
            return None
        if isinstance(produced, str):
            return TypeFact(produced, (call,))
        return tuple(None if t is None else TypeFact(t, (call,)) for t in produced)

    def _name_type(self, name: str, scope: Scope, depth: int) -> Optional[TypeFact]:
        owner = self.model.lookup(name, scope)
        if owner is None:
            return None
        key = (name, id(owner))
        cache = self._type_cache
        if key in cache:
            return cache[key]
        cache[key] = None  # cycle guard
        result = self._merge(owner.bindings[name], owner, depth)
        cache[key] = result
        return result

    def _attr_type(self, expr: ast.Attribute, scope: Scope, depth: int) -> Optional[TypeFact]:
        base = expr.value
        func = scope.function()
        if (
            func is None
            or func.self_name is None
            or func.class_scope is None
            or not isinstance(base, ast.Name)
            or base.id != func.self_name
            or (
                func.self_name in func.bindings
                and any(b.kind != "param" for b in func.bindings[func.self_name])
            )
        ):
            return None
        cls = func.class_scope
        key = (id(cls), expr.attr)
        cache = self._attr_type_cache
        if key in cache:
            return cache[key]
        cache[key] = None
        bindings = list(cls.attr_bindings.get(expr.attr, ()))
        # A class-level annotation ``attr: T`` types the attribute too; a class-level
        # default ``attr = None`` is neutral (as ``self.attr = None`` is).
        for b in cls.bindings.get(expr.attr, ()):
            if b.kind == "annassign" and (b.value is None or is_none(b.value)):
                bindings.append(b)
            elif b.kind == "assign" and is_none(b.value):
                continue
            elif b.kind != "def":
                bindings.append(Binding("other", b.node))
        result = self._merge(bindings, cls, depth) if bindings else None
        cache[key] = result
        return result

    def _merge(self, bindings: list[Binding], owner: Scope, depth: int) -> Optional[TypeFact]:
        """All bindings must agree on one known type (a ``Timer`` and a ``Thread``
        agree on ``Thread``); ``= None`` bindings are neutral."""
        name: Optional[str] = None
        calls: list[ast.Call] = []
        for b in bindings:
            if b.kind in ("assign", "annassign", "walrus") and is_none(b.value):
                if b.annotation is None:
                    continue
            fact = self._binding_type(b, owner, depth)
            if fact is None:
                return None
            if name is None:
                name = fact.name
            elif fact.name != name:
                if {name, fact.name} != {THREAD, TIMER}:
                    return None
                name = THREAD  # a Timer is a Thread: each call keeps its own kind
            calls.extend(fact.calls)
        if name is None:
            return None
        return TypeFact(name, tuple(calls))

    def _binding_type(self, b: Binding, owner: Scope, depth: int) -> Optional[TypeFact]:
        kind = b.kind
        scope = owner
        if b.origin is not None:
            scope = b.origin
        if kind in ("assign", "walrus"):
            return None if b.value is None else self._type_of(b.value, scope, depth + 1)
        if kind in ("annassign", "param"):
            if b.annotation is not None:
                ann = self.annotation_type(b.annotation, scope)
                if ann is not None:
                    return TypeFact(ann)
            if kind == "annassign" and b.value is not None:
                return self._type_of(b.value, scope, depth + 1)
            return None
        if kind == "with":
            if b.value is None:
                return None
            fact = self._type_of(b.value, scope, depth + 1)
            if fact is not None and fact.name in WITH_RESULTS:
                return None
            return fact
        if kind == "for" and isinstance(b.node, (ast.For, ast.AsyncFor)):
            if isinstance(b.node.target, ast.Name):
                return self._element_type(b.node.iter, scope, depth + 1)
            return None
        if kind == "comprehension" and isinstance(b.value, ast.expr):
            # ``[t.join() for t in threads]``: the value is the iterable (Name targets)
            return self._element_type(b.value, scope, depth + 1)
        if kind == "unpack" and isinstance(b.value, ast.Call) and b.index is not None:
            result = self._call_result(b.value, scope, depth + 1)
            if isinstance(result, tuple) and b.index < len(result):
                return result[b.index]
            return None
        return None

    # -- subclasses defined in the file --------------------------------
    def class_type(self, node: ast.ClassDef, owner: Scope) -> Optional[str]:
        """The thread/process type a class of this file subclasses (``owner``: the
        scope its ``class`` statement is in), or None."""
        return self._class_type(node, owner, 0)

    def _local_class_type(self, name: str, scope: Scope, depth: int) -> Optional[str]:
        """The thread/process type a class bound (only) by a ``class`` statement of
        this file subclasses, or None."""
        owner = self.model.lookup(name, scope)
        if owner is None:
            return None
        bindings = owner.bindings[name]
        if len(bindings) != 1 or bindings[0].kind != "class":
            return None
        node = bindings[0].node
        assert isinstance(node, ast.ClassDef)
        return self._class_type(node, owner, depth)

    def _class_type(self, node: ast.ClassDef, owner: Scope, depth: int) -> Optional[str]:
        """``class Worker(threading.Thread)`` (directly or through classes of the same
        file): ``threading.Thread``. A class that defines its own ``join`` is not
        typed: its waits are not the standard library's."""
        key = id(node)
        cache = self._class_type_cache
        if key in cache:
            return cache[key]
        cache[key] = None  # cycle guard
        result: Optional[str] = None
        if depth <= 12 and not any(
            isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
            and stmt.name in _OWN_WAITS
            for stmt in node.body
        ):
            found: set[str] = set()
            for base in node.bases:
                qn = self.model.qualified_name(base, owner)
                produced = CONSTRUCTORS.get(qn) if qn is not None else None
                if produced is None and qn is None and isinstance(base, ast.Name):
                    produced = self._local_class_type(base.id, owner, depth + 1)
                if isinstance(produced, str) and produced in SUBCLASSED_TYPES:
                    found.add(produced)
            if len(found) == 1:
                result = found.pop()
        cache[key] = result
        return result

    # -- lists of known receivers ---------------------------------------
    def element_type(self, iterable: ast.expr, scope: Scope) -> Optional[TypeFact]:
        """The one known type of what iterating ``iterable`` gives (see
        ``_element_type``), or None."""
        return self._element_type(iterable, scope, 0)

    def _element_type(self, iterable: ast.expr, scope: Scope, depth: int) -> Optional[TypeFact]:
        """The one known type of the elements of ``iterable``: a list or tuple
        display of known receivers, a comprehension of one, or a function's local
        list built from them (``ts = [Thread(...) for ...]``, ``ts = []`` then
        ``ts.append(Thread(...))``)."""
        if depth > 12:
            return None
        if isinstance(iterable, (ast.List, ast.Tuple, ast.Set)):
            return self._same_type(iterable.elts, scope, depth)
        element = _comprehension_element(iterable)
        if element is not None:
            return self._same_type([element], scope, depth)
        if not isinstance(iterable, ast.Name):
            return None
        owner = self.model.lookup(iterable.id, scope)
        if owner is None or owner.kind != "function":
            return None
        key = (id(owner), iterable.id)
        cache = self._element_cache
        if key in cache:
            return cache[key]
        cache[key] = None  # cycle guard
        result = self._local_list_type(iterable.id, owner, depth)
        cache[key] = result
        return result

    def _same_type(
        self, exprs: Sequence[ast.expr], scope: Scope, depth: int
    ) -> Optional[TypeFact]:
        name: Optional[str] = None
        calls: list[ast.Call] = []
        for e in exprs:
            if isinstance(e, ast.Starred):
                return None
            fact = self._type_of(e, scope, depth + 1)
            if fact is None or (name is not None and fact.name != name):
                return None
            name = fact.name
            calls.extend(fact.calls)
        return None if name is None else TypeFact(name, tuple(calls))

    def _local_list_type(self, name: str, owner: Scope, depth: int) -> Optional[TypeFact]:
        """Every binding of the local ``name`` is a display or comprehension of one
        known type (or ``[]``), and every element added in the function
        (``append``/``insert``/``extend``) has that type; any other change to the
        list (``+=``, an item assignment) makes it unknown."""
        elements: list[ast.expr] = []
        for b in owner.bindings[name]:
            if b.kind != "assign" or b.origin is not None:
                return None
            value = b.value
            if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
                elements.extend(value.elts)
            else:
                element = _comprehension_element(value)
                if element is None:
                    return None
                elements.append(element)
        for node in ast.walk(owner.node):  # a bounded walk: the function's body
            if isinstance(node, ast.Call):
                f = node.func
                if not (
                    isinstance(f, ast.Attribute)
                    and isinstance(f.value, ast.Name)
                    and f.value.id == name
                ):
                    continue
                if f.attr == "append" and len(node.args) == 1 and not node.keywords:
                    elements.append(node.args[0])
                elif f.attr == "insert" and len(node.args) == 2 and not node.keywords:
                    elements.append(node.args[1])
                elif f.attr == "extend" and len(node.args) == 1 and isinstance(
                    node.args[0], (ast.List, ast.Tuple)
                ):
                    elements.extend(node.args[0].elts)
                elif f.attr in _LIST_ADDING:
                    return None
            elif isinstance(node, ast.Subscript):
                if (
                    isinstance(node.ctx, ast.Store)
                    and isinstance(node.value, ast.Name)
                    and node.value.id == name
                ):
                    return None
        if not elements:
            return None
        return self._same_type(elements, owner, depth)

    def annotation_type(self, ann: ast.expr, scope: Scope) -> Optional[str]:
        """The canonical type an annotation names: ``socket.socket``,
        ``"queue.Queue[int]"``, ``Optional[...]``, ``X | None``."""
        if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
            try:
                parsed = ast.parse(ann.value.strip(), mode="eval").body
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                return None
            return self.annotation_type(parsed, scope)
        if isinstance(ann, ast.BinOp) and isinstance(ann.op, ast.BitOr):
            left, right = ann.left, ann.right
            if is_none(right):
                return self.annotation_type(left, scope)
            if is_none(left):
                return self.annotation_type(right, scope)
            return None
        if isinstance(ann, ast.Subscript):
            base = self.model.qualified_name(ann.value, scope)
            inner = ann.slice
            if base in _OPTIONAL_WRAPPERS:
                return self.annotation_type(inner, scope)
            if base in _ANNOTATED and isinstance(inner, ast.Tuple) and inner.elts:
                return self.annotation_type(inner.elts[0], scope)
            if base in _UNION_WRAPPERS and isinstance(inner, ast.Tuple):
                others = [e for e in inner.elts if not is_none(e)]
                if len(others) == 1:
                    return self.annotation_type(others[0], scope)
                return None
            return ANNOTATIONS.get(base) if base is not None else None
        qn = self.model.qualified_name(ann, scope)
        if qn is not None:
            return ANNOTATIONS.get(qn)
        if isinstance(ann, ast.Name):
            return self._local_class_type(ann.id, scope, 0)
        return None

def dotted_name(expr: ast.AST) -> Optional[list[str]]:
    """``["self", "inbox"]`` for ``self.inbox``: the names of an expression written
    as a name and attributes, else None."""
    names: list[str] = []
    while isinstance(expr, ast.Attribute):
        names.append(expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name):
        return None
    names.append(expr.id)
    names.reverse()
    return names


def dotted(expr: ast.AST) -> Optional[str]:
    """``q`` or ``self.inbox``: an expression written as a dotted name, as text;
    else None."""
    names = dotted_name(expr)
    return ".".join(names) if names is not None else None


def last_name(expr: ast.AST) -> str:
    """``f`` for ``f``, ``x.f``, ``f(...)`` or ``x.f(...)``; "" for anything else."""
    if isinstance(expr, ast.Call):
        expr = expr.func
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Name):
        return expr.id
    return ""


def _comprehension_element(node: Optional[ast.AST]) -> Optional[ast.expr]:
    """What iterating a comprehension gives, when it is a call that none of its
    ``for`` targets names: ``[Thread(...) for ...]``, the key of ``{ex.submit(...):
    url for ...}``."""
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        element = node.elt
    elif isinstance(node, ast.DictComp):
        element = node.key
    else:
        return None
    if not isinstance(element, ast.Call) or _binds_in_generators(node, element.func):
        return None
    return element


def _binds_in_generators(comp: ast.AST, func: ast.expr) -> bool:
    """Whether the base name of ``func`` is bound by one of the comprehension's
    ``for`` targets (then it is not the name the function scope sees)."""
    while isinstance(func, ast.Attribute):
        func = func.value
    if not isinstance(func, ast.Name):
        return True
    for gen in getattr(comp, "generators", ()):
        for node in ast.walk(gen.target):
            if isinstance(node, ast.Name) and node.id == func.id:
                return True
    return False


def is_none(node: Optional[ast.AST]) -> bool:
    """``None`` written as a literal."""
    return isinstance(node, ast.Constant) and node.value is None


# ---------------------------------------------------------------------------
# Call shapes
# ---------------------------------------------------------------------------
def call_argument(call: ast.Call, position: Optional[int], keyword: str) -> Optional[ast.expr]:
    """The expression passed for the parameter at ``position`` (positional) or named
    ``keyword``; None when it is not passed explicitly (or hidden in ``*args``)."""
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    args = call.args
    if position is not None and position < len(args):
        for a in args[:position + 1]:
            if isinstance(a, ast.Starred):
                return None
        return args[position]
    return None


def may_pass(call: ast.Call, position: Optional[int], keyword: str) -> bool:
    """Whether the call passes, or may pass through ``*args``/``**kwargs``, the
    parameter at ``position`` / named ``keyword``."""
    for kw in call.keywords:
        if kw.arg is None or kw.arg == keyword:
            return True
    args = call.args
    if any(isinstance(a, ast.Starred) for a in args):
        return True
    return position is not None and position < len(args)
