"""OTP2xx: implicit state. The Python side of Credo's ``NoProcessDict``."""

from __future__ import annotations

import ast
from typing import Optional

from otp_lints.context import FileContext
from otp_lints.rule import Example, Rule, last_names
from otp_lints.semantic import Binding

PREFIX: str = "OTP2"
TITLE: str = "Implicit state (Credo `NoProcessDict`)"

_THREAD_LOCALS = frozenset({"threading.local", "_threading_local.local", "gevent.local.local"})


class ThreadLocalState(Rule):
    """
    ## What it does
    Flags calls of `threading.local`, `_threading_local.local` and
    `gevent.local.local`, and classes that inherit from them.

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
    """

    code = "OTP201"
    calls = last_names(_THREAD_LOCALS)
    name = "thread-local-state"
    audit = "process dictionary state (`NoProcessDict`, with a migration whitelist)"
    valid = (
        Example("import contextvars\nrequest_id = contextvars.ContextVar('request_id')\n"),
    )
    invalid = (
        Example("import threading\n_state = threading.local()\n"),
        Example("from threading import local\nclass Ctx(local):\n    pass\n"),
        Example("import threading as th\nstate = th.local()\n"),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        qn = ctx.qualified_name(node.func)
        if qn in _THREAD_LOCALS:
            self.report(
                ctx, node,
                f"`{qn}()` is hidden per-thread state that asyncio tasks share; "
                "use `contextvars.ContextVar` or pass the state explicitly",
            )

    def visit_ClassDef(self, node: ast.ClassDef, ctx: FileContext) -> None:
        for base in node.bases:
            qn = ctx.qualified_name(base)
            if qn in _THREAD_LOCALS:
                self.report(
                    ctx, base,
                    f"class `{node.name}` inherits from `{qn}`, hidden per-thread state; "
                    "use `contextvars.ContextVar` or pass the state explicitly",
                )


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
