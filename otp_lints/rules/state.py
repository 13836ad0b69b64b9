"""OTP2xx: implicit state. The Python side of Credo's ``NoProcessDict``."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from typing import Any, Optional

from otp_lints.context import FileContext
from otp_lints.rule import Example, Rule, body_nodes, last_names
from otp_lints.semantic import Binding, Scope
from otp_lints.shapes import contains, node_start, scope_statements, stmt_path

PREFIX: str = "OTP2"
TITLE: str = "Implicit state (Credo `NoProcessDict`)"

_THREAD_LOCALS = frozenset({
    "threading.local", "_threading_local.local", "gevent.local.local",
    # eventlet's green-thread local, also reached as its green `threading.local`
    "eventlet.corolocal.local", "eventlet.green.threading.local",
})
#: Containers: a per-thread container holds whatever callers put in it.
_CONTAINERS = frozenset({
    "builtins.list", "builtins.dict", "builtins.set", "builtins.bytearray",
    "collections.deque", "collections.defaultdict", "collections.OrderedDict",
    "collections.Counter", "collections.ChainMap",
})
_ATTR_READERS = frozenset({"builtins.getattr", "builtins.hasattr"})
_ATTR_WRITERS = frozenset({"builtins.setattr", "builtins.delattr"})
_SCOPE_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_SUSPENDS = (ast.Yield, ast.YieldFrom, ast.Await)

# A handle: how the file reaches one thread-local object.
#   ("name", name, owner scope)   a variable bound to it
#   ("attr", attr, class scope)   ``self.<attr>`` in the class's methods
#   ("self", class scope)         ``self`` in the methods of a thread-local subclass
#   ("class", name, owner scope)  the subclass itself, followed to its instances
Handle = tuple[Any, ...]


class _Store:
    """One write to an attribute of the thread-local."""

    __slots__ = ("attr", "body", "handle", "kind", "scope", "stmt", "value")

    def __init__(self, handle: Handle, attr: str, kind: str, value: Optional[ast.expr],
                 stmt: ast.stmt, scope: Scope, body: list[ast.stmt]) -> None:
        self.handle = handle
        self.attr = attr
        self.kind = kind  # assign | aug | del | other
        self.value = value
        self.stmt = stmt
        self.scope = scope  # the function (or module/class) scope it is made in
        self.body = body  # that scope's statements


class _LocalUses:
    """Every write to a thread-local in the file, when the file shows them all."""

    def __init__(self, ctx: FileContext, subclass: Optional[Scope] = None) -> None:
        self.ctx = ctx
        self.subclass = subclass
        self.stores: list[_Store] = []
        self.escapes = False
        self._seen: set[Handle] = set()

    # -- handles -------------------------------------------------------------
    def _method_class(self, name: str, scope: Scope) -> Optional[Scope]:
        """The class whose method binds ``name`` as its ``self`` (never rebound)."""
        owner = self.ctx.semantic.lookup(name, scope)
        if owner is None or owner.self_name != name or owner.class_scope is None:
            return None
        if any(b.kind != "param" for b in owner.bindings.get(name, ())):
            return None
        return owner.class_scope

    def _is_handle(self, expr: ast.AST, scope: Scope, handle: Handle) -> bool:
        kind = handle[0]
        if kind in ("name", "class"):
            return (
                isinstance(expr, ast.Name) and expr.id == handle[1]
                and self.ctx.semantic.lookup(expr.id, scope) is handle[2]
            )
        if kind == "attr":
            return (
                isinstance(expr, ast.Attribute) and expr.attr == handle[1]
                and isinstance(expr.value, ast.Name)
                and self._method_class(expr.value.id, scope) is handle[2]
            )
        return isinstance(expr, ast.Name) and self._method_class(expr.id, scope) is handle[1]

    def _roots(self, handle: Handle) -> list[tuple[Scope, list[ast.AST]]]:
        """The scopes (with their statements) where ``handle`` may be used: those
        reading its name. Bounded: a scope's own statements, never its nested
        scopes' (those are roots of their own when they read it)."""
        semantic = self.ctx.semantic
        out: dict[int, tuple[Scope, list[ast.AST]]] = {}
        for sc in semantic.scopes:
            if handle[0] in ("name", "class"):
                if handle[1] not in sc.loads or semantic.lookup(handle[1], sc) is not handle[2]:
                    continue
            else:
                cls = handle[2] if handle[0] == "attr" else handle[1]
                if not any(
                    self._method_class(n, sc) is cls for n in self._self_names(sc)
                ):
                    continue
            root = sc
            while root.kind == "comprehension" and root.parent is not None:
                root = root.parent
            node = root.node
            if isinstance(node, ast.Lambda):
                body: list[ast.AST] = [node.body]
            else:
                stmts = scope_statements(root)
                if stmts is None:
                    continue
                body = list(stmts)
            out[id(node)] = (root, body)
        return list(out.values())

    @staticmethod
    def _self_names(sc: Scope) -> Iterable[str]:
        s: Optional[Scope] = sc
        while s is not None and s.kind != "class":
            if s.self_name is not None and s.self_name in sc.loads:
                yield s.self_name
            s = s.parent

    def follow(self, handle: Handle) -> None:
        """Record the stores through ``handle``; anything the file does with it
        other than reading or writing its attributes is an escape."""
        if handle in self._seen or self.escapes:
            return
        self._seen.add(handle)
        for scope, body in self._roots(handle):
            self._scan(handle, scope, body)
            if self.escapes:
                return

    def _scan(self, handle: Handle, scope: Scope, body: list[ast.AST]) -> None:
        parents: dict[int, ast.AST] = {}
        stack: list[ast.AST] = list(reversed(body))
        while stack:
            node = stack.pop()
            if isinstance(node, _SCOPE_NODES):
                # A nested scope is a root of its own; only what it evaluates here.
                kids: list[ast.AST] = []
                if not isinstance(node, ast.Lambda):
                    kids += node.decorator_list
                if isinstance(node, ast.ClassDef):
                    kids += [*node.bases, *(k.value for k in node.keywords)]
                else:
                    args = node.args
                    kids += [*args.defaults, *(d for d in args.kw_defaults if d is not None)]
            else:
                kids = list(ast.iter_child_nodes(node))
            for k in kids:
                parents[id(k)] = node
            stack.extend(reversed(kids))
            if self._is_handle(node, scope, handle):
                self._use(node, parents, handle, scope, body)
                if self.escapes:
                    return

    def _use(self, node: ast.AST, parents: dict[int, ast.AST], handle: Handle,
             scope: Scope, body: list[ast.AST]) -> None:
        ctx = self.ctx
        parent = parents.get(id(node))
        if getattr(node, "ctx", None).__class__ is not ast.Load:
            return  # the binding itself (checked by the caller), not a use
        stmts = [s for s in body if isinstance(s, ast.stmt)]
        if (
            isinstance(parent, ast.Call)
            and ctx.semantic.qualified_name(parent.func, scope) == "builtins.super"
        ):
            return  # super(C, self)
        if handle[0] == "class":  # the subclass: only instances made and bound here
            grand = parents.get(id(parent))
            if (
                isinstance(parent, ast.Call) and parent.func is node
                and isinstance(grand, (ast.Assign, ast.AnnAssign)) and grand.value is parent
                and (isinstance(grand, ast.AnnAssign) or len(grand.targets) == 1)
            ):
                target = grand.target if isinstance(grand, ast.AnnAssign) else grand.targets[0]
                alias = self.alias(target, grand, scope)
                if alias is not None:
                    self.follow(alias)
                    return
            self.escapes = True
            return
        if isinstance(parent, ast.Attribute) and parent.value is node:
            if isinstance(parent.ctx, ast.Load):
                return
            if isinstance(parent.ctx, ast.Del):
                stmt = parents.get(id(parent))
                if isinstance(stmt, ast.Delete):
                    self.stores.append(
                        _Store(handle, parent.attr, "del", None, stmt, scope, stmts))
                    return
            grand = parents.get(id(parent))
            if (isinstance(grand, ast.Assign) and parent in grand.targets) or (
                isinstance(grand, ast.AnnAssign) and grand.target is parent
            ):
                self.stores.append(
                    _Store(handle, parent.attr, "assign", grand.value, grand, scope, stmts))
            elif isinstance(grand, ast.AugAssign) and grand.target is parent:
                self.stores.append(
                    _Store(handle, parent.attr, "aug", grand.value, grand, scope, stmts))
            else:
                stmt = _statement_of(parent, parents)
                if stmt is None:
                    self.escapes = True
                    return
                self.stores.append(_Store(handle, parent.attr, "other", None, stmt, scope, stmts))
            return
        if isinstance(parent, ast.Call) and parent.args and parent.args[0] is node:
            qn = ctx.semantic.qualified_name(parent.func, scope)
            if qn in _ATTR_READERS:
                return
            if qn in _ATTR_WRITERS and len(parent.args) >= 2:
                name = parent.args[1]
                stmt = _statement_of(parent, parents)
                if isinstance(name, ast.Constant) and isinstance(name.value, str) and stmt:
                    kind = "del" if qn == "builtins.delattr" else "assign"
                    value = parent.args[2] if len(parent.args) > 2 else None
                    self.stores.append(_Store(handle, name.value, kind, value, stmt, scope, stmts))
                    return
            self.escapes = True
            return
        if isinstance(parent, (ast.Compare, ast.BoolOp, ast.UnaryOp)) or (
            isinstance(parent, (ast.If, ast.While)) and parent.test is node
        ):
            return  # a test of the object itself: a read
        if (
            isinstance(parent, ast.Assign) and parent.value is node and len(parent.targets) == 1
        ):
            alias = self.alias(parent.targets[0], parent, scope)
            if alias is not None:
                self.follow(alias)
                return
        self.escapes = True

    def alias(self, target: ast.expr, stmt: ast.stmt, scope: Scope) -> Optional[Handle]:
        """The handle ``target`` becomes when ``stmt`` binds it to the thread-local,
        provided nothing else binds it (``= None`` aside); None otherwise."""
        if isinstance(target, ast.Name):
            owner = self.ctx.semantic.lookup(target.id, scope)
            if owner is None or owner.kind == "class":
                if owner is not None:  # a class attribute, read as self.<name>
                    if all(b.node is stmt or _none_binding(b) for b in owner.bindings[target.id]) \
                            and not owner.attr_bindings.get(target.id):
                        return ("attr", target.id, owner)
                return None
            if all(b.node is stmt or _none_binding(b) for b in owner.bindings[target.id]):
                return ("name", target.id, owner)
            return None
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            cls = self._method_class(target.value.id, scope)
            if cls is None:
                return None
            attr = target.attr
            methods = cls.attr_bindings.get(attr, ())
            defaults = cls.bindings.get(attr, ())
            if all(b.node is stmt or _none_binding(b) for b in methods) and all(
                _none_binding(b) or b.kind == "def" for b in defaults
            ):
                return ("attr", attr, cls)
        return None

    # -- verdicts ------------------------------------------------------------
    def per_thread_resource(self) -> bool:
        """Every write fills an attribute lazily with an object made in place (or
        clears it): a per-thread resource cache."""
        fills = 0
        for s in self.stores:
            if s.kind == "del" or (s.kind == "assign" and _is_none(s.value)):
                continue
            if s.kind != "assign" or not self._lazy_fill(s):
                return False
            fills += 1
        return fills > 0

    def _lazy_fill(self, s: _Store) -> bool:
        value = s.value
        if (
            isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or)
            and self._reads(value.values[0], s) and _made_here(value.values[-1], self.ctx, s.scope)
        ):
            return True
        if not _made_here(value, self.ctx, s.scope):
            return False
        if (
            self.subclass is not None and s.handle[0] == "self"
            and isinstance(s.scope.node, ast.FunctionDef) and s.scope.node.name == "__init__"
            and s.scope.class_scope is self.subclass
        ):
            return True  # a thread-local's __init__ runs once per thread, on first use
        for block, i, field in stmt_path(s.body, s.stmt):
            stmt = block[i]
            if isinstance(stmt, ast.If):
                if field == "body" and self._unset_test(stmt.test, s):
                    return True
                if field == "orelse" and self._set_test(stmt.test, s):
                    return True
            if isinstance(stmt, ast.Try) and field == "handlers":
                for h in stmt.handlers:
                    if contains(h, s.stmt) and _catches(h, "builtins.AttributeError", self.ctx,
                                                        s.scope):
                        return True
        return False

    def _reads(self, expr: ast.expr, s: _Store) -> bool:
        """``expr`` reads the stored attribute: ``H.attr`` or ``getattr(H, "attr", ...)``."""
        if isinstance(expr, ast.Attribute):
            return expr.attr == s.attr and self._is_handle(expr.value, s.scope, s.handle)
        if isinstance(expr, ast.Call) and len(expr.args) >= 2:
            name = expr.args[1]
            return (
                self.ctx.semantic.qualified_name(expr.func, s.scope) in _ATTR_READERS
                and isinstance(name, ast.Constant) and name.value == s.attr
                and self._is_handle(expr.args[0], s.scope, s.handle)
            )
        return False

    def _unset_test(self, test: ast.expr, s: _Store) -> bool:
        if isinstance(test, ast.BoolOp):
            return any(self._unset_test(v, s) for v in test.values)
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return self._reads(test.operand, s)
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(
            test.ops[0], (ast.Is, ast.Eq)
        ):
            return _is_none(test.comparators[0]) and self._reads(test.left, s)
        return False

    def _set_test(self, test: ast.expr, s: _Store) -> bool:
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(
            test.ops[0], (ast.IsNot, ast.NotEq)
        ):
            return _is_none(test.comparators[0]) and self._reads(test.left, s)
        return self._reads(test, s)

    def call_scoped_flags(self) -> bool:
        """Every write sets, counts or clears a constant, inside one synchronous
        function that resets it in a ``finally``: a flag or counter held for the
        length of one call, which no other task can see."""
        if not self.stores:
            return False
        groups: dict[tuple[int, str], list[_Store]] = {}
        for s in self.stores:
            if s.kind == "assign" and not isinstance(s.value, ast.Constant):
                return False
            if s.kind == "aug" and not (
                isinstance(s.value, ast.Constant) and type(s.value.value) in (int, float)
            ):
                return False
            if s.kind == "other":
                return False
            func = s.scope.node
            if not isinstance(func, ast.FunctionDef) or any(
                isinstance(n, _SUSPENDS) for n in body_nodes(func.body)
            ):
                return False
            groups.setdefault((id(func), s.attr), []).append(s)
        return all(self._reset_in_finally(group) for group in groups.values())

    @staticmethod
    def _reset_in_finally(group: list[_Store]) -> bool:
        tries = [
            block[i] for s in group for block, i, field in stmt_path(s.body, s.stmt)
            if field == "finalbody"
        ]
        for t in tries:
            first = t.finalbody[0]  # type: ignore[attr-defined]
            if all(
                any(contains(f, s.stmt) for f in t.finalbody)  # type: ignore[attr-defined]
                or node_start(s.stmt) < node_start(first)
                for s in group
            ) and any(any(contains(f, s.stmt) for f in t.finalbody) for s in group):  # type: ignore[attr-defined]
                return True
        return False


def _statement_of(node: ast.AST, parents: dict[int, ast.AST]) -> Optional[ast.stmt]:
    while node is not None and not isinstance(node, ast.stmt):
        node = parents.get(id(node))  # type: ignore[assignment]
    return node


def _none_binding(b: Binding) -> bool:
    return b.kind in ("assign", "annassign") and _is_none(b.value)


def _is_none(expr: Optional[ast.AST]) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is None


def _made_here(expr: Optional[ast.expr], ctx: FileContext, scope: Scope) -> bool:
    """An object made in place by a call, not a container callers fill."""
    return (
        isinstance(expr, ast.Call)
        and ctx.semantic.qualified_name(expr.func, scope) not in _CONTAINERS
    )


def _catches(handler: ast.ExceptHandler, qn: str, ctx: FileContext, scope: Scope) -> bool:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(k is not None and ctx.semantic.qualified_name(k, scope) == qn for k in kinds)


def _created_handle(call: ast.Call, uses: _LocalUses, ctx: FileContext) -> Optional[Handle]:
    """The handle bound by ``X = threading.local()`` (or ``self.X = ...``, a class
    attribute, ``local() if flag else other``), when nothing else binds ``X``."""
    scope = ctx.scope
    body = scope_statements(scope)
    path = stmt_path(body, call) if body is not None else []
    if not path:
        return None
    block, i, _ = path[-1]
    stmt = block[i]
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target = stmt.targets[0]
    elif isinstance(stmt, ast.AnnAssign):
        target = stmt.target
    else:
        return None
    value = stmt.value
    if not (value is call or (isinstance(value, ast.IfExp) and call in (value.body, value.orelse))):
        return None
    return uses.alias(target, stmt, scope)


def _in_test_function(scope: Scope) -> bool:
    """A scope inside a test function (``def test_*``) of a test file."""
    s: Optional[Scope] = scope
    while s is not None:
        node = s.node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith(
            "test"
        ):
            return True
        s = s.parent
    return False


def _passed_as_argument(call: ast.Call, ctx: FileContext) -> bool:
    """``f(threading.local())``: the code under test requires a thread-local."""
    body = scope_statements(ctx.scope)
    path = stmt_path(body, call) if body is not None else []
    if not path:
        return False
    block, i, _ = path[-1]
    for node in body_nodes([block[i]]):
        if isinstance(node, ast.Call) and (
            any(a is call for a in node.args) or any(k.value is call for k in node.keywords)
        ):
            return True
    return False


def _class_scope(node: ast.ClassDef, ctx: FileContext) -> Optional[Scope]:
    return next((s for s in ctx.semantic.scopes if s.node is node), None)


def _defaults_only(node: ast.ClassDef) -> bool:
    """A class body of methods and constant defaults: nothing shared by all threads."""
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Pass)):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # the docstring
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and (
            stmt.value is None or isinstance(stmt.value, ast.Constant)
        ):
            continue
        return False
    return True


def _only_per_thread(uses: _LocalUses) -> bool:
    return not uses.escapes and (uses.per_thread_resource() or uses.call_scoped_flags())


class ThreadLocalState(Rule):
    """
    ## What it does
    Flags calls of `threading.local`, `_threading_local.local`,
    `gevent.local.local` and eventlet's `eventlet.corolocal.local` (also
    reached as `eventlet.green.threading.local`), and classes that inherit
    from them.

    ## Why is this bad?
    A thread-local is Python's process dictionary: state that travels with the
    thread instead of the call. The audits' codebase fought exactly this with
    the Credo check `NoProcessDict` (`Process.put/get` in `error_context.ex`,
    allowed only for `Foundation.Telemetry.Span` during the migration).

    In Python the damage is worse than hidden coupling: every asyncio task on
    an event loop shares one thread, so a thread-local set by one task is seen
    (and overwritten) by all the others, and work handed to an executor does
    not see it at all. `contextvars.ContextVar` follows the logical flow of
    control: each task gets its own copy and `asyncio`/`contextvars.copy_context`
    carry it into callbacks.

    ## Example
    ```python
    import threading

    _request = threading.local()

    def handle(request):
        _request.current = request
    ```

    ## Use instead
    ```python
    import contextvars

    request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id")
    ```
    or pass the state explicitly as an argument.

    ## Options
    None. Use the allowlist (`[[tool.otp-lints.allow]]`) for a thread-local
    kept on purpose during a migration, with the reason.

    ## Known limits
    Only direct subclasses are found (a class inheriting from such a subclass
    is not reported again: its base already is).

    Not flagged, because the code shows the thread-local holds no caller's
    context (every write to it is in the same file, and it is never handed
    on):
    - a thread-local whose result is discarded (`_ = threading.local()`): no
      state is kept;
    - in test files, `threading.local()` passed straight as an argument: the
      code under test requires one; and a thread-local bound to a variable of
      a test function (`def test_*`), or a subclass defined inside one: it
      lives for one test and only the test reaches it, so it is the object the
      test exercises, not state of the code under test;
    - a per-thread resource cache: every write fills an attribute lazily with
      an object made in place by a call (`L.h = L.h or Handle()`, or under
      `if L.h is None:` / `if not getattr(L, "h", None):` / `except
      AttributeError:`, or in the subclass's own `__init__`, which runs once
      per thread), or clears it. Such a resource (a C library handle, a
      connection) must *not* follow a task to another thread, which
      `contextvars` would do. A container (`[]`, `dict()`) filled by callers,
      or a stored parameter, stays flagged;
    - a flag or counter held for the length of one call: every write sets,
      counts or clears a constant, inside one synchronous function (no
      `await`, no `yield`) that resets it in a `finally`
      (`L.busy = True; try: ... finally: L.busy = False`): no other task can
      run while it is set. The same guard in a coroutine or a generator stays
      flagged.

    Still flagged although often deliberate: a runtime's own per-thread state
    (the thread's event loop or scheduler) and state written from other
    files. Allowlist them with the reason.
    """

    code = "OTP201"
    calls = last_names(_THREAD_LOCALS)
    name = "thread-local-state"
    audit = "process dictionary state (`NoProcessDict`, with a migration whitelist)"
    valid = (
        Example("import contextvars\nrequest_id = contextvars.ContextVar('request_id')\n"),
        Example("import threading\n_ = threading.local()\n"),
        Example(
            "import threading\n_ctx = threading.local()\ndef handle():\n"
            "    if getattr(_ctx, 'h', None) is None:\n        _ctx.h = open_handle()\n"
            "    return _ctx.h\n"
        ),
        Example(
            "import threading\n_guard = threading.local()\ndef write(data):\n"
            "    if getattr(_guard, 'busy', False):\n        return\n"
            "    _guard.busy = True\n    try:\n        log(data)\n"
            "    finally:\n        _guard.busy = False\n"
        ),
        Example(
            "import threading\ndef test_needs_a_local():\n"
            "    assert run_with(threading.local())\n",
            path="test_locals.py",
        ),
    )
    invalid = (
        Example("import threading\n_state = threading.local()\n"),
        Example("from threading import local\nclass Ctx(local):\n    pass\n"),
        Example("import threading as th\nstate = th.local()\n"),
        Example(
            "import threading\n_tls = threading.local()\ndef set_app(app):\n"
            "    _tls.app = app\n"
        ),
        Example(
            "import threading\n_guard = threading.local()\nasync def handle(req):\n"
            "    _guard.busy = True\n    try:\n        await serve(req)\n"
            "    finally:\n        _guard.busy = False\n"
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        qn = ctx.qualified_name(node.func)
        if qn not in _THREAD_LOCALS:
            return
        if ctx.is_discarded(node):
            return  # no state is kept
        if ctx.is_test_file and _passed_as_argument(node, ctx):
            return
        uses = _LocalUses(ctx)
        handle = _created_handle(node, uses, ctx)
        if (
            ctx.is_test_file and handle is not None and handle[0] == "name"
            and _in_test_function(handle[2])
        ):
            return  # the test's own object: what it exercises
        if handle is not None:
            uses.follow(handle)
            if _only_per_thread(uses):
                return
        self.report(
            ctx, node,
            f"`{qn}()` is hidden per-thread state that asyncio tasks share; "
            "use `contextvars.ContextVar` or pass the state explicitly",
        )

    def visit_ClassDef(self, node: ast.ClassDef, ctx: FileContext) -> None:
        for base in node.bases:
            qn = ctx.qualified_name(base)
            if qn not in _THREAD_LOCALS:
                continue
            if self._subclass_per_thread(node, ctx):
                return
            self.report(
                ctx, base,
                f"class `{node.name}` inherits from `{qn}`, hidden per-thread state; "
                "use `contextvars.ContextVar` or pass the state explicitly",
            )

    @staticmethod
    def _subclass_per_thread(node: ast.ClassDef, ctx: FileContext) -> bool:
        if ctx.is_test_file and _in_test_function(ctx.scope):
            return True  # a subclass a test defines for itself: what it exercises
        cls = _class_scope(node, ctx)
        owner = ctx.semantic.lookup(node.name, ctx.scope)
        if cls is None or owner is None or not _defaults_only(node):
            return False
        if any(b.node is not node for b in owner.bindings[node.name]):
            return False
        uses = _LocalUses(ctx, subclass=cls)
        uses.follow(("class", node.name, owner))
        uses.follow(("self", cls))
        return _only_per_thread(uses)


class GlobalRebinding(Rule):
    """
    ## What it does
    Flags a `global NAME` declaration in a function that rebinds `NAME` in that
    same function: an assignment of any kind, augmented assignment, `del`, a
    `for`/`with` target, `import ... as NAME`, a walrus. One diagnostic per
    rebound name, at the `global` statement.

    ## Why is this bad?
    A module global rebound from functions is process-dictionary state (the
    audits' `NoProcessDict` finding) with a wider reach: every thread and task
    in the process shares it, writes race with reads, and tests cannot run in
    isolation because state leaks between them. In OTP, state lives in a
    process you can name and supervise.

    ## Example
    ```python
    _client = None

    def get_client():
        global _client
        if _client is None:
            _client = make_client()
        return _client
    ```

    ## Use instead
    Keep the state in an object whose lifetime you control and pass it in:
    ```python
    import threading

    class Clients:
        def __init__(self):
            self._client = None
            self._lock = threading.Lock()
    ```
    or, for a lazily computed value, `functools.cache` on a function.

    ## Options
    None.

    ## Known limits
    A `global` declaration that only reads the name (no rebinding) is not
    reported. Mutation of a global's contents without rebinding is OTP204's
    business.
    """

    code = "OTP202"
    name = "global-rebinding"
    audit = "process dictionary state (`NoProcessDict`)"
    valid = (
        Example("counter = 0\ndef read():\n    global counter\n    return counter\n"),
        Example("def f():\n    x = 1\n    return x\n"),
    )
    invalid = (
        Example("counter = 0\ndef bump():\n    global counter\n    counter += 1\n"),
        Example("def setup():\n    global np\n    import numpy as np\n"),
    )

    def visit_Global(self, node: ast.Global, ctx: FileContext) -> None:
        scope = ctx.scope
        if not scope.is_function:
            return
        module_bindings = ctx.semantic.module.bindings
        reported: set[str] = set()
        for name in node.names:
            if name in reported:
                continue
            decls = scope.global_decls.get(name, ())
            first = min(decls, key=lambda g: (g.lineno, g.col_offset)) if decls else node
            if first is not node:
                continue
            if any(b.origin is scope for b in module_bindings.get(name, ())):
                reported.add(name)
                self.report(
                    ctx, node,
                    f"function rebinds module global `{name}`, state shared by every "
                    "thread and task; keep it in an object you pass in",
                )


_ENVIRON = frozenset({"os.environ", "os.environb"})
_ENVIRON_LAST = last_names(_ENVIRON)
_ENVIRON_METHODS = frozenset({"update", "setdefault", "pop", "popitem", "clear"})
_ENV_FUNCS = frozenset({"os.putenv", "os.unsetenv"})


class EnvironMutation(Rule):
    """
    ## What it does
    Flags mutation of the process environment: `os.environ[k] = v`,
    `del os.environ[k]`, `os.environ.update/setdefault/pop/popitem/clear(...)`,
    `os.environ |= ...`, `os.putenv` and `os.unsetenv`. It looks inside
    functions in every file, except in a function named `main`; in test files
    it also looks at module level.

    ## Why is this bad?
    The environment is the process dictionary of the whole OS process (the
    audits' `NoProcessDict` finding): one mutable map shared by every thread,
    every task and every child process started afterwards. Setting it from
    library code changes behaviour far away, races with threads reading it
    (`os.environ` is not synchronised with C code calling `getenv`), and in
    tests leaks from one test into the next.

    ## Example
    ```python
    import os

    def configure(region):
        os.environ["AWS_REGION"] = region
    ```

    ## Use instead
    Pass configuration explicitly, or give a child its own environment:
    ```python
    import os, subprocess

    def run(cmd, region):
        subprocess.run(cmd, env={**os.environ, "AWS_REGION": region}, check=True)
    ```
    In tests, `monkeypatch.setenv(...)` or
    `unittest.mock.patch.dict(os.environ, {...})`, which restore it.

    ## Options
    None.

    ## Known limits
    Module-level code of non-test files and functions named `main` are
    entry points, where setting the environment once is legitimate. An alias
    (`env = os.environ; env[k] = v`) is not followed.
    """

    code = "OTP203"
    calls = _ENVIRON_METHODS | last_names(_ENV_FUNCS)
    name = "environ-mutation"
    audit = "process dictionary state (`NoProcessDict`)"
    valid = (
        Example("import os\ndef main():\n    os.environ['TZ'] = 'UTC'\n"),
        Example("import os\ndef read():\n    return os.environ.get('HOME')\n"),
        Example("import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"),
    )
    invalid = (
        Example("import os\ndef configure(r):\n    os.environ['AWS_REGION'] = r\n"),
        Example("from os import environ\ndef reset():\n    environ.pop('X', None)\n"),
        Example("import os\nos.environ['DEBUG'] = '1'\n", path="tests/test_debug.py"),
    )

    def _applies(self, ctx: FileContext) -> bool:
        func = ctx.function()
        if func is None:
            return ctx.is_test_file
        node = func.node
        return not (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                    and node.name == "main")

    def _is_environ(self, expr: ast.expr, ctx: FileContext) -> bool:
        return ctx.semantic.may_name(expr, _ENVIRON_LAST) and ctx.qualified_name(expr) in _ENVIRON

    def _report(self, ctx: FileContext, node: ast.AST, what: str) -> None:
        self.report(
            ctx, node,
            f"{what} mutates the process environment shared by every thread and child; "
            "pass configuration explicitly (tests: `monkeypatch.setenv`)",
        )

    def _check_target(self, target: ast.expr, ctx: FileContext, verb: str) -> None:
        if isinstance(target, ast.Subscript) and self._is_environ(target.value, ctx):
            if self._applies(ctx):
                self._report(ctx, target, f"{verb} `os.environ[...]`")

    def visit_Assign(self, node: ast.Assign, ctx: FileContext) -> None:
        for target in node.targets:
            if target.__class__ is ast.Subscript:
                self._check_target(target, ctx, "assigning")

    def visit_AugAssign(self, node: ast.AugAssign, ctx: FileContext) -> None:
        target = node.target
        if self._is_environ(target, ctx):
            if self._applies(ctx):
                self._report(ctx, target, "updating `os.environ`")
        else:
            self._check_target(target, ctx, "updating")

    def visit_Delete(self, node: ast.Delete, ctx: FileContext) -> None:
        for target in node.targets:
            self._check_target(target, ctx, "deleting")

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _ENVIRON_METHODS:
            if self._is_environ(func.value, ctx) and self._applies(ctx):
                self._report(ctx, node, f"`os.environ.{func.attr}()`")
            return
        if isinstance(func, (ast.Name, ast.Attribute)):
            qn = ctx.qualified_name(func)
            if qn in _ENV_FUNCS and self._applies(ctx):
                self._report(ctx, node, f"`{qn}()`")


_MUTABLE_CTORS = frozenset({
    "builtins.set", "builtins.dict", "builtins.list",
    "collections.deque", "collections.defaultdict", "collections.OrderedDict",
    "collections.Counter",
})
_MUTATORS = frozenset({
    "append", "extend", "insert", "remove", "pop", "clear", "update", "setdefault", "add",
    "discard", "popitem", "appendleft", "extendleft", "popleft",
})


class ModuleStateMutation(Rule):
    """
    ## What it does
    Inside a function, flags mutation of a module-level name bound to a mutable
    literal or constructor (`{}`, `[]`, `set()`, `dict()`, `list()`,
    `collections.deque/defaultdict/OrderedDict/Counter`): item assignment or
    deletion, augmented assignment, or a call of a mutating method (`append`,
    `extend`, `insert`, `remove`, `pop`, `clear`, `update`, `setdefault`, `add`,
    `discard`, `popitem`, `appendleft`, `extendleft`, `popleft`). Opt-in.

    ## Why is this bad?
    A module-level registry or cache filled from functions is process
    dictionary state (the audits' `NoProcessDict` finding) under another name:
    shared by all threads without a lock, surviving between tests, invisible in
    function signatures. In OTP such state is owned by one process and changed
    by sending it messages.

    ## Example
    ```python
    _handlers = {}

    def register(name, fn):
        _handlers[name] = fn
    ```

    ## Use instead
    ```python
    class Registry:
        def __init__(self):
            self._handlers = {}

        def register(self, name, fn):
            self._handlers[name] = fn
    ```

    ## Options
    None. The rule is opt-in (`extend-select = ["OTP204"]`): registries filled
    at import time by decorators are common and often deliberate.

    ## Known limits
    Only names whose every module-level binding is one of the listed literals
    or constructors; mutation through an alias or an attribute is not followed.
    """

    code = "OTP204"
    calls = _MUTATORS
    name = "module-state-mutation"
    default_on = False
    audit = "process dictionary state (`NoProcessDict`)"
    valid = (
        Example("_cache = {}\ndef get(k):\n    return _cache.get(k)\n"),
        Example("def f():\n    items = []\n    items.append(1)\n"),
    )
    invalid = (
        Example("_handlers = {}\ndef register(name, fn):\n    _handlers[name] = fn\n"),
        Example("import collections\n_q = collections.deque()\ndef push(x):\n    _q.append(x)\n"),
    )

    def _module_mutable(self, expr: ast.expr, ctx: FileContext) -> Optional[str]:
        if not isinstance(expr, ast.Name) or ctx.function() is None:
            return None
        sem = ctx.semantic
        if sem.lookup(expr.id, ctx.scope) is not sem.module:
            return None
        # ``X += [...]`` (under ``global X``) keeps X the kind of object it was.
        bindings = [b for b in sem.module.bindings.get(expr.id, ()) if b.kind != "augassign"]
        if not bindings or not all(self._is_mutable_binding(b, ctx) for b in bindings):
            return None
        return expr.id

    def _is_mutable_binding(self, b: Binding, ctx: FileContext) -> bool:
        if b.kind not in ("assign", "annassign") or b.value is None:
            return False
        v = b.value
        if isinstance(v, (ast.List, ast.Dict, ast.Set)):
            return True
        if isinstance(v, ast.Call):
            scope = b.origin or ctx.semantic.module
            return ctx.semantic.qualified_name(v.func, scope) in _MUTABLE_CTORS
        return False

    def _report(self, ctx: FileContext, node: ast.AST, name: str, how: str) -> None:
        self.report(
            ctx, node,
            f"{how} mutates module-level `{name}`, state shared by every thread and test; "
            "keep it in an object you own and pass in",
        )

    def _check_subscript(self, target: ast.expr, ctx: FileContext, how: str) -> None:
        if isinstance(target, ast.Subscript):
            name = self._module_mutable(target.value, ctx)
            if name:
                self._report(ctx, target, name, how)

    def visit_Assign(self, node: ast.Assign, ctx: FileContext) -> None:
        for target in node.targets:
            self._check_subscript(target, ctx, "item assignment")

    def visit_Delete(self, node: ast.Delete, ctx: FileContext) -> None:
        for target in node.targets:
            self._check_subscript(target, ctx, "item deletion")

    def visit_AugAssign(self, node: ast.AugAssign, ctx: FileContext) -> None:
        target = node.target
        if isinstance(target, ast.Name):
            name = self._module_mutable(target, ctx)
            if name:
                self._report(ctx, target, name, "augmented assignment")
        else:
            self._check_subscript(target, ctx, "augmented item assignment")

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _MUTATORS:
            name = self._module_mutable(func.value, ctx)
            if name:
                self._report(ctx, node, name, f"`.{func.attr}()`")


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (
    ThreadLocalState,
    GlobalRebinding,
    EnvironMutation,
    ModuleStateMutation,
)
