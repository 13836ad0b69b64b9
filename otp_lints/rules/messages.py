"""OTP1xx: messages. The Python side of Credo's ``NoRawSend``."""

from __future__ import annotations

import ast
import json
import re
import struct
from typing import Any, Optional

from otp_lints import projectfacts
from otp_lints.context import FileContext
from otp_lints.diagnostics import Edit, Fix
from otp_lints.edits import char_col
from otp_lints.rule import (
    Example,
    Option,
    OptionError,
    Rule,
    body_nodes,
    is_docstring,
    last_names,
    only_def,
    statements,
)
from otp_lints.semantic import (
    CONSTRUCTORS,
    METHOD_RESULTS,
    POPEN,
    PROCESS,
    SOCKET,
    Binding,
    Scope,
    TypeFact,
    call_argument,
    is_none,
)
from otp_lints.shapes import contains, node_start, scope_statements, stmt_path

PREFIX: str = "OTP1"
TITLE: str = "Messages (Credo `NoRawSend`)"

_SIGNAL_FUNCS = {
    "os.kill": "os.getpid",
    "os.killpg": "os.getpgrp",
    "signal.pthread_kill": "threading.get_ident",
}
# Calls that start a child of this process and return its pid: the pid's index
# in the result (None: the result is the pid).
_FORKS: dict[str, Optional[int]] = {
    "os.fork": None, "os.forkpty": 0, "pty.fork": 0,
    "os.posix_spawn": None, "os.posix_spawnp": None,
}
#: ``os.spawn*(os.P_NOWAIT, ...)`` returns the child's pid too.
_SPAWNS = frozenset(f"os.spawn{s}" for s in ("l", "le", "lp", "lpe", "v", "ve", "vp", "vpe"))
#: Calls that reap any child of this process, whatever they are given.
_REAP_ANY = frozenset({"os.wait", "os.wait3", "os.waitid"})
#: Methods whose true answer shows the child still runs (compared without leading
#: underscores: ``proc._is_alive()`` is the same check).
_ALIVE_CALLS = frozenset({"is_alive", "isalive", "is_running"})
#: Attributes that are None while the child runs (``p.returncode is None``; also
#: ``p.poll() is None``).
_NONE_WHILE_ALIVE = frozenset({"returncode", "exitcode"})
#: A statement calling one of these raises unless the pid still names the same process.
_RAISE_UNLESS_ALIVE = frozenset({"raise_if_pid_reused"})
#: Uses of a ``multiprocessing.Process`` that may reap the child.
_PROCESS_REAPS = frozenset({"join", "is_alive", "exitcode", "close"})
#: Uses of a ``subprocess.Popen`` that may reap the child (``with p:`` waits
#: on exit: its block is checked apart).
_POPEN_REAPS = frozenset({"wait", "poll", "communicate", "returncode", "__exit__"})
#: The attribute of a handle that holds the id each function signals.
_ID_ATTRS = {
    "os.kill": frozenset({"pid", "_pid"}),
    "os.killpg": frozenset({"pid", "_pid"}),
    "signal.pthread_kill": frozenset({"ident"}),
}
_LOOPS = (ast.For, ast.AsyncFor, ast.While)
#: ``Popen(preexec_fn=...)`` values that put the child in a group of its own.
_OWN_GROUP_PREEXEC = frozenset({"os.setsid", "os.setpgrp"})


def _only_makes_group(fn: ast.expr, ctx: FileContext) -> bool:
    """``preexec_fn=show_setting_prgrp`` with ``def show_setting_prgrp():
    os.setpgrp()``: a function of the file, taking nothing, whose one statement
    (past a docstring) is ``os.setpgrp()`` or ``os.setsid()`` (task-q)."""
    defn = only_def(ctx, fn)
    if not isinstance(defn, ast.FunctionDef) or defn.decorator_list or defn.args.args \
            or defn.args.posonlyargs or defn.args.kwonlyargs:
        return False
    body = [s for s in defn.body if not is_docstring(s)]
    call = body[0].value if len(body) == 1 and isinstance(body[0], ast.Expr) else None
    return (
        isinstance(call, ast.Call) and not call.args and not call.keywords
        and ctx.qualified_name(call.func) in _OWN_GROUP_PREEXEC
    )

_BARE_ADVICE = {
    "os.kill": (
        "signals a bare pid that the OS may have reused; signal through a handle "
        "(`Popen.send_signal`, `Process.terminate`) or a pidfd "
        "(`signal.pidfd_send_signal`)"
    ),
    "os.killpg": (
        "signals a bare process-group id that the OS may have reused; start the "
        "child with `start_new_session=True` and signal its group through the "
        "handle's pid (`os.killpg(proc.pid, sig)` while `proc.poll() is None`)"
    ),
    "signal.pthread_kill": (
        "signals a bare thread id that a new thread may reuse once this one ends; "
        "signal only while the `Thread` handle shows it alive, or ask it to stop "
        "with an `Event`"
    ),
}


def _true_on_posix(test: ast.expr, ctx: FileContext) -> bool:
    """``sys.platform != "win32"``, ``os.name == "posix"``, ``os.name != "nt"``:
    a platform test that holds wherever ``os.killpg`` exists (POSIX only)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.left, (ast.Name, ast.Attribute))):
        return False
    right = test.comparators[0]
    if not (isinstance(right, ast.Constant) and isinstance(right.value, str)):
        return False
    which, value, op = ctx.qualified_name(test.left), right.value, test.ops[0]
    if isinstance(op, ast.NotEq):
        return (which == "sys.platform" and value.startswith("win")) or (
            which == "os.name" and value == "nt")
    return isinstance(op, ast.Eq) and which == "os.name" and value == "posix"


def _own_group_id(call: ast.Call, ctx: FileContext) -> bool:
    """``os.getpgid(0)`` or ``os.getpgid(os.getpid())``: the caller's own group,
    as ``os.getpgrp()`` is."""
    if ctx.qualified_name(call.func) != "os.getpgid" or len(call.args) != 1 or call.keywords:
        return False
    arg = call.args[0]
    if isinstance(arg, ast.Constant):
        return arg.value == 0 and not isinstance(arg.value, bool)
    return (
        isinstance(arg, ast.Call) and not arg.args and not arg.keywords
        and ctx.qualified_name(arg.func) == "os.getpid"
    )


def _is_zero(expr: ast.expr) -> bool:
    return (
        isinstance(expr, ast.Constant) and type(expr.value) is int and expr.value == 0
    )


def _module_zero(expr: ast.expr, ctx: FileContext) -> bool:
    """A module-level name bound once, to ``0`` (autocron's ``NOOP_SIGNAL =
    0``), not rebound anywhere in the module."""
    if not isinstance(expr, ast.Name):
        return False
    module = ctx.semantic.module
    if ctx.semantic.lookup(expr.id, ctx.scope) is not module:
        return False
    made = module.bindings.get(expr.id, [])
    return len(made) == 1 and made[0].kind == "assign" \
        and isinstance(made[0].value, ast.expr) and _is_zero(made[0].value)


def _same(a: ast.AST, b: ast.AST) -> bool:
    """The same name or attribute chain (``self``, ``self.proc``, ``p``)."""
    return type(a) is type(b) and ast.dump(a) == ast.dump(b)


def _runs_before(
    other: ast.AST, node: ast.AST, loops: list[ast.stmt], bound: Optional[ast.AST] = None
) -> bool:
    """Whether ``other`` may run before ``node`` in the same body, after ``bound``
    (the last statement binding the name both use, before ``node``): it comes
    in between, or shares a loop with ``node`` that does not bind the name again
    first (a later statement then runs before the next round)."""
    at = node_start(other)
    if at < node_start(node):
        return bound is None or at > node_start(bound)
    return any(
        contains(loop, other) and (bound is None or not contains(loop, bound))
        for loop in loops
    )


def _seen_by_nested_scope(name: str, scope: Scope) -> bool:
    """A function, lambda or comprehension nested in ``scope`` reads ``name``."""
    stack = list(scope.children)
    while stack:
        child = stack.pop()
        if name in child.loads:
            return True
        stack.extend(child.children)
    return False


def _loads_name(scope: Scope, name: str) -> bool:
    """``scope`` or a scope nested in it reads ``name``."""
    return name in scope.loads or _seen_by_nested_scope(name, scope)


#: Calls that never return, made as a statement (``self.fail(...)`` is matched
#: by its receiver apart).
_NEVER_RETURN = frozenset({"sys.exit", "os._exit", "os.abort", "pytest.fail", "pytest.skip",
                           "pytest.exit"})


def _never_returns(stmt: ast.stmt, ctx: FileContext) -> bool:
    """``stmt`` is a call that never returns: ``sys.exit(...)``,
    ``pytest.fail(...)``, unittest's ``self.fail(...)``/``self.skipTest(...)``."""
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return False
    func = stmt.value.func
    if (isinstance(func, ast.Attribute) and func.attr in ("fail", "skipTest")
            and isinstance(func.value, ast.Name) and func.value.id == "self"):
        return True
    return isinstance(func, (ast.Name, ast.Attribute)) and ctx.qualified_name(
        func) in _NEVER_RETURN


def _leaves_after(node: ast.AST, call: ast.Call, body: list[ast.stmt], ctx: FileContext) -> bool:
    """``node`` sits in an ``if``'s branch that does not hold ``call`` and ends by
    leaving the function (``return``/``raise``, or ``_never_returns``), with no ``try`` or ``with``
    around it that could catch the exit (``pytest.raises``): once ``node`` runs,
    ``call`` does not (avocado's ``if not wait_for(...): kill_process_tree(proc.pid);
    self.fail(...)`` before the signal)."""
    for block, i, field in stmt_path(body, node):
        stmt = block[i]
        if isinstance(stmt, (ast.Try, ast.With, ast.AsyncWith)) or type(stmt).__name__ == "TryStar":
            return False
        if isinstance(stmt, ast.If) and field in ("body", "orelse") and not contains(stmt, call):
            branch = getattr(stmt, field)
            return _exits(branch) or (bool(branch) and _never_returns(branch[-1], ctx))
    return False


def _reads_only_pid(child: Scope, name: str, ctx: FileContext) -> bool:
    """``child`` is a lambda that hands ``name`` only to methods of this class or
    functions of this module whose one use of that parameter is its ``pid``
    (``lambda: self.has_children(proc)`` with ``has_children(proc)`` reading
    ``psutil.Process(proc.pid)``: avocado): it cannot reap the child."""
    node = child.node
    if not isinstance(node, ast.Lambda) or child.children:
        return False
    handed = 0
    for n in ast.walk(node.body):
        if not isinstance(n, ast.Call):
            continue
        for i, arg in enumerate(n.args):
            if isinstance(arg, ast.Name) and arg.id == name:
                param = _helper_param(n, i, child, ctx)
                if param is None or not _uses_only_pid(param):
                    return False
                handed += 1
    return handed > 0 and handed == sum(
        isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.body))


def _helper_param(call: ast.Call, index: int, scope: Scope, ctx: FileContext
                  ) -> Optional[tuple[str, ast.AST]]:
    """The parameter that ``call``'s positional argument ``index`` binds, with the
    body that reads it, when the callee is one ``def`` of the enclosing class
    (``self.helper(...)``) or of this module (``helper(...)``)."""
    func = call.func
    semantic = ctx.semantic
    method = scope.parent.function() if scope.parent is not None else None
    owner: Optional[Scope] = None
    attr = ""
    if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
            and method is not None and method.class_scope is not None
            and func.value.id == method.self_name):
        owner, attr = method.class_scope, func.attr
    elif isinstance(func, ast.Name) and semantic.lookup(func.id, scope) is semantic.module:
        owner, attr = semantic.module, func.id
    if owner is None:
        return None
    defs = owner.bindings.get(attr, ())
    node = defs[0].node if len(defs) == 1 and defs[0].kind == "def" else None
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    params = list(node.args.posonlyargs) + list(node.args.args)
    if owner is not semantic.module and not any(
            isinstance(d, ast.Name) and d.id == "staticmethod" for d in node.decorator_list):
        if node.decorator_list:
            return None  # a classmethod, a property...
        params = params[1:]
    if index >= len(params):
        return None
    return params[index].arg, node


def _uses_only_pid(param: tuple[str, ast.AST]) -> bool:
    """Every read of the parameter in the function is its ``pid`` attribute."""
    name, func = param
    pids = 0
    for n in ast.walk(func):
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == name:
            if n.attr != "pid":
                return False
            pids += 1
    return pids > 0 and pids == sum(
        isinstance(n, ast.Name) and n.id == name for n in ast.walk(func))


def _reaping_uses(
    name: str, call: ast.Call, body: list[ast.stmt], scope: Scope, attrs: frozenset[str],
) -> bool:
    """Whether ``name.<attr>`` (an attribute of ``attrs``: ``join``, ``wait``,
    ``returncode``...) may run before ``call`` in ``body``, after the last
    binding of ``name`` before it: something that may reap the child."""
    loops = [b[i] for b, i, _ in stmt_path(body, call) if isinstance(b[i], _LOOPS)]
    bound = _last_binding(scope.bindings[name], call)
    return any(
        isinstance(n, ast.Attribute) and n.attr in attrs
        and isinstance(n.value, ast.Name) and n.value.id == name
        and _runs_before(n, call, loops, bound)
        for n in body_nodes(body)
    )


def _from_popen_helper(recv: ast.expr, ctx: FileContext) -> bool:
    """``recv`` is a local of this function bound only to calls of one function of
    this module whose every ``return`` hands back a ``subprocess.Popen`` that it did
    not wait for: ``proc = start_process(...)`` (docker-compose's acceptance
    tests). OTP101's own reading: the shared types stay as they are."""
    scope = ctx.scope
    semantic = ctx.semantic
    if (
        scope.kind != "function" or not isinstance(recv, ast.Name)
        or semantic.lookup(recv.id, scope) is not scope
    ):
        return False
    helpers = set()
    for b in scope.bindings[recv.id]:
        value = b.value
        if b.kind != "assign" or not isinstance(value, ast.Call) or not isinstance(
                value.func, ast.Name):
            return False
        helpers.add(value.func.id)
    if len(helpers) != 1:
        return False
    helper = helpers.pop()
    module = semantic.module
    if semantic.lookup(helper, scope) is not module:
        return False
    defs = module.bindings[helper]
    node = defs[0].node if len(defs) == 1 and defs[0].kind == "def" else None
    if not isinstance(node, ast.FunctionDef):
        return False
    own = next((c for c in module.children if c.node is node), None)
    if own is None:
        return False
    returns = []
    for n in body_nodes(node.body, include_stop=False):
        if isinstance(n, (ast.Yield, ast.YieldFrom)):
            return False  # a generator: the call hands back no Popen
        if isinstance(n, ast.Return):
            returns.append(n)
        if isinstance(n, (ast.With, ast.AsyncWith)) and any(
                isinstance(m, ast.Return) for m in body_nodes(n.body)):
            return False  # the block's end waits for the child it returns
    for r in returns:
        value = r.value
        fact = semantic.type_of(value, own) if value is not None else None
        if fact is None or fact.name != POPEN:
            return False
        if isinstance(value, ast.Name) and any(
            isinstance(n, ast.Attribute) and n.attr in _POPEN_REAPS
            and isinstance(n.value, ast.Name) and n.value.id == value.id
            for n in body_nodes(node.body)
        ):
            return False  # the helper may have waited for it
    return bool(returns)


def _last_binding(bindings: list[Binding], node: ast.AST) -> Optional[ast.AST]:
    """The last of ``bindings``' statements that starts before ``node``."""
    at = node_start(node)
    before = [b.node for b in bindings if hasattr(b.node, "lineno") and node_start(b.node) < at]
    return max(before, key=node_start, default=None)


def _alive_test(test: ast.expr, recv: ast.expr) -> bool:
    """``test`` is true only while ``recv``'s child runs: ``recv.is_alive()``,
    ``recv.returncode is None``, ``recv.poll() is None`` (or one of an ``and``)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return any(_alive_test(v, recv) for v in test.values)
    if isinstance(test, ast.Call) and not test.args and isinstance(test.func, ast.Attribute):
        return test.func.attr.lstrip("_") in _ALIVE_CALLS and _same(test.func.value, recv)
    if (
        isinstance(test, ast.Compare) and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is) and is_none(test.comparators[0])
    ):
        return _none_while_alive(test.left, recv)
    return False


def _dead_test(test: ast.expr, recv: ast.expr) -> bool:
    """``test`` is true when ``recv``'s child may have ended: ``not recv.is_alive()``,
    ``recv.returncode is not None`` (or one of an ``or``)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return any(_dead_test(v, recv) for v in test.values)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _alive_test(test.operand, recv)
    if (
        isinstance(test, ast.Compare) and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot) and is_none(test.comparators[0])
    ):
        return _none_while_alive(test.left, recv)
    return False


def _none_while_alive(expr: ast.expr, recv: ast.expr) -> bool:
    """``recv.returncode``, ``recv.exitcode`` or ``recv.poll()``: None while it runs."""
    if isinstance(expr, ast.Call):
        func = expr.func
        return (
            not expr.args and isinstance(func, ast.Attribute) and func.attr == "poll"
            and _same(func.value, recv)
        )
    return (
        isinstance(expr, ast.Attribute)
        and expr.attr.lstrip("_") in _NONE_WHILE_ALIVE
        and _same(expr.value, recv)
    )


def _exits(stmts: list[ast.stmt]) -> bool:
    return bool(stmts) and isinstance(stmts[-1], (ast.Return, ast.Raise))


def _checked_alive(body: list[ast.stmt], call: ast.Call, recv: ast.expr) -> bool:
    """Whether ``call`` runs only after ``body`` checked that ``recv``'s child is
    alive: inside ``if <alive>:`` (or the ``else`` of ``if <dead>:``), after an
    early ``if <dead>: return/raise``, or after a ``recv._raise_if_pid_reused()``."""
    for block, i, field in stmt_path(body, call):
        for prev in block[:i]:
            if isinstance(prev, ast.If) and _dead_test(prev.test, recv) and _exits(prev.body):
                return True
            value = prev.value if isinstance(prev, ast.Expr) else None
            if (
                isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                and value.func.attr.lstrip("_") in _RAISE_UNLESS_ALIVE
                and _same(value.func.value, recv)
            ):
                return True
        stmt = block[i]
        if isinstance(stmt, (ast.If, ast.While)):
            if field == "body" and _alive_test(stmt.test, recv):
                return True
            if field == "orelse" and isinstance(stmt, ast.If) and _dead_test(stmt.test, recv):
                return True
    return False


def _mentions_sigchld(ctx: FileContext) -> bool:
    """A file that handles or ignores SIGCHLD may reap children behind the code's back."""
    return any("SIGCHLD" in line for line in ctx.lines or ())


class RawSignalSend(Rule):
    """
    ## What it does
    Flags calls of `os.kill`, `os.killpg` and `signal.pthread_kill`: signals
    sent to a bare process, process-group or thread id.

    ## Why is this bad?
    In OTP terms this is a raw `send/2` to a pid: the audits behind this project
    found raw sends everywhere and wrote the Credo check `NoRawSend` to stop
    them ("Enable the NoRawSend Credo check", both audits). A message to a bare
    id carries no link, no monitor and no delivery guarantee.

    In Python terms, a PID is a number the kernel reuses: by the time
    `os.kill(pid, SIGTERM)` runs, the child may have exited and been reaped and
    the number given to an unrelated process, which then receives the signal.
    Signalling through the handle you got when you started the process keeps
    the identity (`Popen.send_signal`/`terminate`/`kill` know whether the child
    was already reaped), and on Linux a pidfd pins it for good.

    ## Example
    ```python
    import os, signal

    os.kill(worker_pid, signal.SIGTERM)
    ```

    ## Use instead
    ```python
    import subprocess

    proc = subprocess.Popen(cmd)
    ...
    proc.terminate()          # or proc.send_signal(signal.SIGUSR1)
    proc.wait(timeout=10)
    ```
    For a `multiprocessing.Process`, use its `terminate()`/`kill()`. For a
    pid you did not start (read from a pidfile), open a pidfd once
    (`os.pidfd_open(pid)`) and signal through it
    (`signal.pidfd_send_signal(fd, sig)`). For a process group, start the
    child with `start_new_session=True` and signal the group through the
    handle's pid while the handle shows the child alive.

    The message fits the call: `send_signal` for a `Popen`'s pid, a handle or
    a pidfd for a bare pid, a group of its own for `os.killpg`.

    ## Options
    None.

    ## Known limits
    Not flagged:
    - an id the code took from the running process itself:
      `os.kill(os.getpid(), ...)`, `os.killpg(os.getpgrp(), ...)` (also
      `os.killpg(os.getpgid(0), ...)`, `os.getpgid(os.getpid())`: o2locktop),
      `signal.pthread_kill(threading.get_ident(), ...)`, also
      `signal.pthread_kill(threading.main_thread().ident, ...)` (the main
      thread lives as long as the process: zprocess interrupting it), or a
      variable bound
      only to that call (`pid = os.getpid()`, also in an enclosing function:
      a helper thread signalling the main thread that recorded its own id),
      and `os.kill(0, ...)` or `os.killpg(0, ...)`, which signal the caller's
      own process group;
      also `self.<attr>` in a method of a class that binds `<attr>` only to
      that call (`self.pid = os.getpid()`): the object holds this process's
      own id, which cannot be reused while the process runs; also in a
      function nested in such a method whose first parameter has the
      method's name for the instance (`def _shutdown(self, how):` inside
      `shutdown`, run as `Task(_shutdown, self, how)`: dispy's node);
    - signal `0` (`os.kill(pid, 0)`, also with `killpg`/`pthread_kill`, and
      `signal.SIG_DFL`, which is 0, or a module-level name bound once to `0`:
      autocron's `NOOP_SIGNAL = 0`): an existence probe, no signal is sent;
    - `os.killpg(os.getpgid(p.pid), ...)` or `os.killpg(p.pid, ...)` where `p`
      is a `subprocess.Popen` that the same file started in a group of its own
      (`start_new_session=True`, `process_group=0`, `preexec_fn=os.setsid` or
      `os.setpgrp`, or a function of the file, taking nothing, whose one
      statement is one of those calls: task-q's `show_setting_prgrp`;
      also `start_new_session=` a platform test that holds
      wherever `killpg` exists: `sys.platform != "win32"`, `os.name ==
      "posix"`, `os.name != "nt"`): no handle API signals a group, and without
      a group of its own `getpgid` may be the caller's group (that stays
      flagged); also `os.killpg(p.pid, ...)` (not through `getpgid`) after
      the same function checked that `p`'s child runs, as below for
      `os.kill` (meson's test runner, after `if p.returncode is not None:
      return`), `p` a local of the function that no nested function sees,
      in a file that does not mention `SIGCHLD`: the message's own recipe,
      and an unreaped child's pid names no group but its own. A module
      global checked the same way stays flagged: a thread of the file may
      reap it between the check and the signal (debugpy's launcher);
    - `os.kill(X.pid, ...)` (or `X._pid`, or a local bound to it, also
      through `typing.cast(int, X.pid)`) after the same
      function checked that `X`'s child runs: inside `if X.is_alive():`,
      `if X.returncode is None:`, `if X.poll() is None:` (also `exitcode`,
      `isalive()`, `is_running()`), after an early
      `if X.returncode is not None: return`, or after `X._raise_if_pid_reused()`.
      A child that is not reaped cannot have lost its pid; this is how a
      handle class (`X` is `self`) implements `send_signal`. A `Popen`'s pid
      stays flagged even then: `send_signal` does exactly this;
    - `os.kill(p.pid, ...)` where `p` is a `subprocess.Popen` local to the
      function that nothing before the call could have reaped: no
      `wait`/`poll`/`communicate` or `returncode` on it, no `with p:` block
      ended, not handed to any call (a helper or a thread may wait for it),
      not seen by a nested function, and the file does not mention
      `SIGCHLD`. A child not yet reaped keeps its pid (a zombie holds it),
      so the signal cannot reach another process: the same reason as for a
      local `multiprocessing.Process` and an `os.fork()` pid below. This
      departs from SPEC 7.1, which keeps every `Popen` pid flagged so that
      the message can name `send_signal`: in every round of the precision
      record reviewers dismissed these reports (eventlet's and
      docker-compose's tests), and a report with no hazard is noise by the
      same section's standard. `send_signal` stays the better spelling; a
      module-level `Popen` (any function or thread may reap it), and one
      polled, waited or handed on before the call, stay flagged. A local
      bound only to calls of one function of the module whose every
      `return` hands back a `Popen` it did not wait for (`proc =
      start_process(...)` in docker-compose's acceptance tests; not a
      generator, no `return` inside a `with` block) counts as that `Popen`.
      This reading is OTP101's own: other rules do not see the helper's
      result as a `Popen`. Two things before the call do not count as
      possible reaps: a call (or a nested function) in an `if` branch
      that ends by leaving the function (`return`, `raise`, `sys.exit()`,
      `pytest.fail()`, unittest's `self.fail()`, with no `try` or `with`
      around it) and so never reaches the call; and a lambda that hands `p`
      only to a method of the class or a function of the module whose one
      use of it is `p.pid` (`wait_for(lambda: self.has_children(proc))`
      with `has_children` reading `psutil.Process(proc.pid)`: avocado's
      interrupt tests). A nested function made only after the call (and in
      no loop with it) cannot have run before it either;
    - `os.kill(p.pid, ...)` where `p` is a local `multiprocessing.Process` that
      nothing before the call in the same function joined (or polled with
      `is_alive()`/`exitcode`): an unreaped child keeps its pid, and the
      handle has no `send_signal`; also a `Process` made through a
      `multiprocessing.get_context(...)` context (`ctx.Process(...)`, or a
      name bound only to `get_context(...).Process`); also the loop
      variable of `for p in multiprocessing.active_children():` when
      nothing else in the loop binds it (the function reaps the children
      that ended and lists the live ones: aioworkers' shutdown); and,
      inside a `with`
      block, the `Process` that a `@contextmanager` generator of the file
      yields (`with running(main) as (p, q):`; the generator a module
      function, or the nested one a pytest fixture of the module returns,
      asked for by the test's parameter: `with mpproc(target=main) as p:`)
      when the generator started it, yields once (in no loop), and joins or
      polls it only after that `yield`, and nothing in the block joined or
      polled it before the call: the child is reaped only once the block
      ends;
    - `os.kill(self.<attr>, ...)` in a method of a class whose every binding
      of `<attr>` in the file (in its methods or as the class default) is
      `None`/`0`/`-1` or the pid of a child it starts itself (`os.fork()`,
      `pty.fork()`, `os.posix_spawn()`...), after the method checked the
      attribute holds a pid (`if self.pid is None: raise`, `if self.pid:`,
      `if self._special_process_id > 0:`; for an attribute not named for a
      pid, only when every `os.waitpid` of it in the class comes right after
      an `os.kill` of it: wolsocketproxy's keep-alive; pyres' worker, which
      reaps in its loop and clears the attribute later, stays flagged):
      the handle keeps its own child's pid and clears it when it reaps it,
      so the check is its liveness test (the file must not mention
      `SIGCHLD`: a handler could reap in between). Nothing shows that a
      thread does not reap between the check and the call;
    - `os.kill(pid, ...)` where `pid` comes from `os.fork()`, `pty.fork()`,
      `os.forkpty()`, `os.posix_spawn()` or `os.spawn*(os.P_NOWAIT, ...)` in
      the same function (or at module level), and nothing that may reap it can
      run before the call (since its last binding, or in a loop around it):
      `os.wait()`/`os.wait3()`/`os.waitid()`, an `os.wait*` call, a call named
      `*wait*`/`*reap*` given the pid, a function of the same file given the
      pid whose body waits, or any other function given the pid; nor a nested
      function that sees it, nor a `SIGCHLD` handler (the file must not
      mention `SIGCHLD`): the child is this process's own and not yet reaped.
      A later binding of the name (`pid, status = os.wait()` in the `finally`
      after the signal: exabgp's delayed signal) does not count outside a
      loop: it cannot reach the call.

    - `os.kill(self.pid, signal.CTRL_C_EVENT)` (or `CTRL_BREAK_EVENT`, Windows
      only) in a method of a class that keeps the child's process handle: an
      attribute it passes to `WaitForSingleObject`, `GetExitCodeProcess` or
      `TerminateProcess` and never closes (`CloseHandle(h)`, `h.Close()`).
      Windows does not reuse a pid while a handle to the process is open, so
      the pid is still the child's; this is how a Windows `Popen` implements
      `send_signal` (no handle API sends a console event). A class that holds
      only the pid (a platform back end signalling an arbitrary process)
      stays flagged.

    A pid received from another process (over a pipe, a channel, a file) stays
    flagged even when it belongs to a child: the code does not show it.
    """

    code = "OTP101"
    calls = last_names(_SIGNAL_FUNCS)
    name = "raw-signal-send"
    audit = "raw sends (`NoRawSend` written but \"commented out for CI\")"
    valid = (
        # the caller's own group, named through os.getpgid (o2locktop)
        Example("import os, signal\ndef kill():\n    os.killpg(os.getpgid(0), signal.SIGKILL)\n"),
        Example(
            "import os, signal\nclass KeepAlive:\n    _child_id: int = -1\n"
            "    def start(self):\n        self._child_id = os.fork()\n"
            "        if self._child_id == 0:\n            os._exit(0)\n"
            "    def stop(self):\n        if self._child_id > 0:\n"
            "            os.kill(self._child_id, signal.SIGKILL)\n"
            "            os.waitpid(self._child_id, 0)\n"
        ),
        Example("import os\nNOOP_SIGNAL = 0\ndef alive(pid):\n    os.kill(pid, NOOP_SIGNAL)\n"),
        Example("import os, signal\nos.kill(os.getpid(), signal.SIGINT)\n"),
        Example(
            "import multiprocessing, os, signal\ndef stop_children():\n"
            "    for p in multiprocessing.active_children():\n"
            "        os.kill(p.pid, signal.SIGTERM)\n"
        ),
        Example("import os, signal\ndef hang_up_all():\n    os.killpg(0, signal.SIGHUP)\n"),
        Example("import subprocess\np = subprocess.Popen(['sleep', '9'])\np.terminate()\n"),
        Example(
            "import os\ndef exists(pid):\n    try:\n        os.kill(pid, 0)\n"
            "    except ProcessLookupError:\n        return False\n    return True\n"
        ),
        Example(
            "import os, signal, subprocess\n"
            "p = subprocess.Popen(['sh', '-c', 'sleep 9 & sleep 9'], start_new_session=True)\n"
            "os.killpg(os.getpgid(p.pid), signal.SIGTERM)\n"
        ),
        Example(
            "import signal, threading\ndef interrupt_main():\n"
            "    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)\n"
        ),
        Example(
            "import os, signal, subprocess\ndef start(path):\n"
            "    def own_group():\n        os.setpgrp()\n"
            "    p = subprocess.Popen(['sh', path], preexec_fn=own_group)\n"
            "    os.killpg(p.pid, signal.SIGUSR1)\n"
        ),
        Example(
            "import os, signal, subprocess, sys\n"
            "p = subprocess.Popen(['sleep', '9'], start_new_session=sys.platform != 'win32')\n"
            "os.killpg(p.pid, signal.SIGKILL)\n"
        ),
        Example(
            "import os\nclass Handle:\n    def send_signal(self, sig):\n"
            "        self.poll()\n        if self.returncode is not None:\n"
            "            return\n        os.kill(self.pid, sig)\n"
        ),
        Example(
            "import multiprocessing, os, signal\ndef f(target):\n"
            "    p = multiprocessing.Process(target=target)\n    p.start()\n"
            "    os.kill(p.pid, signal.SIGUSR1)\n    p.join(5)\n"
        ),
        Example(
            "import os, pty, signal\ndef interrupt():\n    pid, fd = pty.fork()\n"
            "    if pid == 0:\n        os.execlp('python3', 'python3')\n"
            "    os.kill(pid, signal.SIGINT)\n    os.waitpid(pid, 0)\n"
        ),
        Example(
            "import multiprocessing, os, signal\ndef f(target):\n"
            "    ForkProcess = multiprocessing.get_context('fork').Process\n"
            "    p = ForkProcess(target=target)\n    p.start()\n"
            "    os.kill(p.pid, signal.SIGRTMIN)\n    p.join(2)\n"
        ),
        Example(
            "import contextlib, multiprocessing, os, signal\n"
            "@contextlib.contextmanager\ndef running(target):\n"
            "    p = multiprocessing.Process(target=target)\n    p.start()\n"
            "    try:\n        yield p\n    finally:\n        p.join(5)\n"
            "def stop(target):\n    with running(target) as p:\n"
            "        os.kill(p.pid, signal.SIGTERM)\n"
        ),
        Example(
            "import os, signal\nclass Master:\n    def __init__(self):\n"
            "        self.pid = os.getpid()\n    def reload(self):\n"
            "        os.kill(self.pid, signal.SIGHUP)\n"
        ),
        Example(
            "import os, signal\nfrom _winapi import GetExitCodeProcess\n"
            "class Popen:\n    def poll(self):\n"
            "        return GetExitCodeProcess(self._handle)\n"
            "    def send_signal(self, sig):\n"
            "        if sig == signal.CTRL_C_EVENT:\n"
            "            os.kill(self.pid, signal.CTRL_C_EVENT)\n"
        ),
        Example(
            "import os\nclass Child:\n    pid = None\n    def start(self):\n"
            "        self.pid = os.fork()\n    def signal(self, sig):\n"
            "        if self.pid is None:\n            raise ProcessLookupError\n"
            "        os.kill(self.pid, sig)\n"
        ),
        Example(
            "import os, signal, subprocess\ndef interrupt(cmd):\n"
            "    p = subprocess.Popen(cmd)\n    os.kill(p.pid, signal.SIGINT)\n"
            "    return p.communicate()\n"
        ),
        Example(
            "import os, signal\nasync def kill(p):\n    await p.wait()\n"
            "    if p.returncode is not None:\n        return\n"
            "    os.killpg(p.pid, signal.SIGKILL)\n"
        ),
        Example(
            "import os, signal, subprocess\ndef start(cmd):\n"
            "    return subprocess.Popen(cmd)\ndef interrupt(cmd):\n"
            "    p = start(cmd)\n    os.kill(p.pid, signal.SIGINT)\n"
        ),
        Example(
            "import os, signal, subprocess\nimport psutil\n"
            "def started(proc):\n    return bool(psutil.Process(proc.pid).children())\n"
            "def interrupt(cmd, wait_for):\n    proc = subprocess.Popen(cmd)\n"
            "    if not wait_for(lambda: started(proc)):\n        raise RuntimeError(cmd)\n"
            "    os.kill(proc.pid, signal.SIGINT)\n"
        ),
        Example(
            "import os, signal\nclass Node:\n    def __init__(self):\n"
            "        self.pid = os.getpid()\n    def shutdown(self, run):\n"
            "        def _shutdown(self):\n            os.kill(self.pid, signal.SIGINT)\n"
            "        run(_shutdown, self)\n"
        ),
    )
    invalid = (
        # the group of some other pid: it may be gone and its id reused
        Example(
            "import os, signal\ndef kill(pid):\n    os.killpg(os.getpgid(pid), signal.SIGKILL)\n",
            line=3,
        ),
        Example("import os, signal\nos.kill(pid, signal.SIGTERM)\n"),
        Example("from os import killpg as kpg\nkpg(pgid, 9)\n"),
        Example("import signal\nsignal.pthread_kill(tid, signal.SIGUSR1)\n"),
        Example(
            "import os, signal, subprocess\np = subprocess.Popen(['sleep', '9'])\n"
            "os.kill(p.pid, signal.SIGSTOP)\n"
        ),
        Example(
            "import os, signal, subprocess\ndef pause(cmd):\n"
            "    p = subprocess.Popen(cmd)\n    if p.poll() is None:\n"
            "        os.kill(p.pid, signal.SIGSTOP)\n"
        ),
        Example(
            "import os, signal, subprocess\np = subprocess.Popen(['sleep', '9'])\n"
            "os.killpg(os.getpgid(p.pid), signal.SIGTERM)\n"
        ),
        Example(
            "import os\nclass Handle:\n    def stop(self):\n"
            "        os.kill(self.pid, 15)\n"
        ),
        Example(
            "import os\nclass PidFile:\n    pid = None\n    def load(self, path):\n"
            "        self.pid = int(open(path).read())\n    def signal(self, sig):\n"
            "        if self.pid is None:\n            return\n"
            "        os.kill(self.pid, sig)\n"
        ),
        Example(
            "import os, signal\ndef f():\n    pid = os.fork()\n    if pid == 0:\n"
            "        os._exit(0)\n    os.waitpid(pid, 0)\n    os.kill(pid, signal.SIGKILL)\n"
        ),
    )

    @staticmethod
    def _is_self(target: ast.expr, qn: str, own: str, ctx: FileContext) -> bool:
        """The caller itself: ``os.getpid()``, a local bound only to it, or pid 0
        (``os.kill(0, sig)`` and ``os.killpg(0, sig)`` signal the caller's own
        process group)."""
        if isinstance(target, ast.Call):
            if qn == "os.killpg" and _own_group_id(target, ctx):
                return True
            return not target.args and ctx.qualified_name(target.func) == own
        if qn == "signal.pthread_kill" and isinstance(target, ast.Attribute) \
                and target.attr == "ident" and isinstance(target.value, ast.Call) \
                and not target.value.args \
                and ctx.qualified_name(target.value.func) == "threading.main_thread":
            return True  # the main thread lives as long as the process (zprocess)
        if isinstance(target, ast.Constant) and target.value == 0 \
                and not isinstance(target.value, bool) and qn in ("os.kill", "os.killpg"):
            return True
        if isinstance(target, ast.Name):
            bindings = ctx.semantic.bindings_of(target.id, ctx.scope)
            if not bindings:
                return False
            return all(
                b.kind == "assign" and isinstance(b.value, ast.Call) and not b.value.args
                and ctx.semantic.qualified_name(b.value.func, ctx.scope) == own
                for b in bindings
            )
        func = ctx.function()
        if func is not None and func.class_scope is None:
            func = _self_passed_in(func)
        if (
            isinstance(target, ast.Attribute) and func is not None
            and func.class_scope is not None and isinstance(target.value, ast.Name)
            and target.value.id == func.self_name
        ):  # ``self.pid`` where the class stores only ``os.getpid()`` in it
            cls = func.class_scope
            attrs = cls.attr_bindings.get(target.attr, ())
            if cls.bindings.get(target.attr) or not attrs:
                return False
            for b in attrs:
                method = _method_of(cls, b.node)
                value = b.value
                if not (
                    method is not None and b.kind == "assign"
                    and isinstance(value, ast.Call) and not value.args
                    and ctx.semantic.qualified_name(value.func, method) == own
                ):
                    return False
            return True
        return False

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if not isinstance(func, (ast.Name, ast.Attribute)):
            return
        qn = ctx.qualified_name(func)
        own = _SIGNAL_FUNCS.get(qn) if qn else None
        if qn is None or own is None:
            return
        args = node.args
        if args and self._is_self(args[0], qn, own, ctx):
            return
        if len(args) >= 2 and (_is_zero(args[1]) or _module_zero(args[1], ctx) or (
                isinstance(args[1], (ast.Name, ast.Attribute))
                and ctx.qualified_name(args[1]) == "signal.SIG_DFL")):
            return  # an existence probe: no signal is sent (``SIG_DFL`` is 0)
        target = args[0] if args and not isinstance(args[0], ast.Starred) else None
        message = self._judge(node, qn, target, ctx)
        if message is not None:
            self.report(ctx, node, f"`{qn}` {message}")

    def _judge(
        self, call: ast.Call, qn: str, target: Optional[ast.expr], ctx: FileContext
    ) -> Optional[str]:
        """None when the code shows the id cannot have been reused, else the advice."""
        if target is None:
            return _BARE_ADVICE[qn]
        if qn == "os.killpg":
            return self._judge_group(call, target, ctx)
        if qn == "os.kill" and _pinned_by_windows_handle(call, target, ctx):
            return None
        func = ctx.function()
        body = scope_statements(func if func is not None else ctx.scope)
        recv = self._handle_of(target, qn, ctx)
        if recv is not None:
            fact = ctx.type_of(recv)
            if fact is None and _from_popen_helper(recv, ctx):
                fact = TypeFact(POPEN)
            shown = ast.unparse(recv)
            if fact is not None and fact.name == POPEN:
                if body is not None and self._unreaped_popen(recv, call, body, ctx):
                    return None
                return (
                    f"signals `{shown}.pid`, which the OS may reuse once the child is "
                    f"reaped; use `{shown}.send_signal(...)`, which skips a reaped child"
                )
            if body is not None and _checked_alive(body, call, recv):
                return None
            if body is not None and self._own_child_attr_guarded(target, call, body, ctx):
                return None
            if fact is None and (
                    _context_process(recv, ctx) or _active_child(recv, call, body, ctx)
            ):
                fact = TypeFact(PROCESS)
            if (
                fact is None and body is not None and _from_own_process_block(recv, call, ctx)
                and self._unjoined(recv, call, body, ctx)
            ):
                return None
            if fact is not None and fact.name == PROCESS:
                if body is not None and self._unjoined(recv, call, body, ctx):
                    return None
                return (
                    f"signals `{shown}.pid`, which the OS may reuse once the process is "
                    f"joined; use `{shown}.terminate()`/`{shown}.kill()`, or signal "
                    "before `join()`"
                )
        elif isinstance(target, ast.Name) and body is not None and qn == "os.kill":
            if self._own_unreaped_child(target.id, call, body, ctx):
                return None
        elif isinstance(target, ast.Attribute) and body is not None and qn == "os.kill":
            # ``os.kill(self._special_process_id, ...)``: the attribute is the pid,
            # reaped by the class only right after it kills it
            func = ctx.function()
            cls = func.class_scope.node if func is not None and func.class_scope else None
            if isinstance(cls, ast.ClassDef) and _reaped_only_after_kill(cls, target, ctx) \
                    and self._own_child_attr_guarded(target, call, body, ctx):
                return None
        return _BARE_ADVICE[qn]

    def _judge_group(
        self, call: ast.Call, target: ast.expr, ctx: FileContext,
    ) -> Optional[str]:
        """``os.killpg(os.getpgid(p.pid), ...)`` / ``os.killpg(p.pid, ...)`` on a
        Popen started in a group of its own is the only way to signal that group;
        so is ``os.killpg(p.pid, ...)`` right where the function checked that
        ``p``'s child runs, ``p`` a local of the function that no nested function
        sees, in a file without ``SIGCHLD``: the advice's own recipe (meson's
        ``_kill``). A module's ``process`` that a waiting thread may reap between
        the check and the signal stays flagged (debugpy's launcher)."""
        if isinstance(target, ast.Attribute) and target.attr in _ID_ATTRS["os.killpg"]:
            # an unreaped child's pid names no group but its own (``getpgid`` of
            # it may name the caller's: that form stays with the check below)
            func = ctx.function()
            body = scope_statements(func) if func is not None else None
            handle = target.value
            if (
                body is not None and isinstance(handle, ast.Name)
                and ctx.semantic.lookup(handle.id, ctx.scope) is ctx.scope
                and handle.id not in ctx.scope.global_names
                and not _seen_by_nested_scope(handle.id, ctx.scope)
                and not ctx.fact("mentions-sigchld", _mentions_sigchld)
                and _checked_alive(body, call, handle)
            ):
                return None
        if (
            isinstance(target, ast.Call) and len(target.args) == 1
            and ctx.qualified_name(target.func) == "os.getpgid"
        ):
            target = target.args[0]
        if isinstance(target, ast.Attribute) and target.attr in _ID_ATTRS["os.killpg"]:
            fact = ctx.type_of(target.value)
            if (
                fact is not None and fact.name == POPEN and fact.calls
                and all(self._own_group(c, ctx) for c in fact.calls)
            ):
                return None
        return _BARE_ADVICE["os.killpg"]

    @staticmethod
    def _own_group(popen: ast.Call, ctx: FileContext) -> bool:
        for kw in popen.keywords:
            v = kw.value
            if kw.arg == "start_new_session" and (
                (isinstance(v, ast.Constant) and v.value is True) or _true_on_posix(v, ctx)
            ):
                return True
            if kw.arg == "process_group" and _is_zero(v):
                return True
            if kw.arg == "preexec_fn" and (
                ctx.qualified_name(v) in _OWN_GROUP_PREEXEC or _only_makes_group(v, ctx)
            ):
                return True
        return False

    @staticmethod
    def _handle_of(target: ast.expr, qn: str, ctx: FileContext) -> Optional[ast.expr]:
        """``X`` when the target is ``X.pid`` (``X._pid``; ``X.ident`` for threads),
        or a local of the function bound only to that."""
        attrs = _ID_ATTRS[qn]
        if isinstance(target, ast.Attribute) and target.attr in attrs:
            return target.value
        func = ctx.function()
        if isinstance(target, ast.Name) and func is not None:
            bindings = func.bindings.get(target.id)
            if (
                bindings and target.id not in func.global_names
                and target.id not in func.nonlocal_names
            ):
                # ``typing.cast(int, X.pid)`` is ``X.pid``.
                values = [
                    v for v in (_uncast(b.value, ctx) for b in bindings if b.kind == "assign")
                    if isinstance(v, ast.Attribute) and v.attr in attrs
                ]
                if len(values) == len(bindings):
                    first = values[0].value
                    if all(_same(v.value, first) for v in values):
                        return first
        return None

    @staticmethod
    def _unjoined(recv: ast.expr, call: ast.Call, body: list[ast.stmt], ctx: FileContext) -> bool:
        """A local ``multiprocessing.Process`` of this function (or module) that
        nothing joined or polled before ``call``: its child is not reaped."""
        scope = ctx.scope
        if not isinstance(recv, ast.Name) or ctx.semantic.lookup(recv.id, scope) is not scope:
            return False
        return not _reaping_uses(recv.id, call, body, scope, _PROCESS_REAPS)

    @staticmethod
    def _unreaped_popen(recv: ast.expr, call: ast.Call, body: list[ast.stmt],
                        ctx: FileContext) -> bool:
        """A local ``subprocess.Popen`` of this function that nothing before
        ``call`` could have reaped: no ``wait``/``poll``/``communicate`` or
        ``returncode`` on it, no call that may reap it (``_may_reap``: an
        ``os.wait*``, a callee it is handed to), no ``with`` block on it, no
        nested function sees it, and the file does not mention ``SIGCHLD``. A
        child not yet reaped keeps its pid (a zombie holds it), so the pid is
        still the child's, as for a local ``multiprocessing.Process`` or an
        ``os.fork()`` pid."""
        scope = ctx.scope
        if scope.kind != "function":
            return False  # a module's global: any function or thread may reap it
        if not isinstance(recv, ast.Name) or ctx.semantic.lookup(recv.id, scope) is not scope:
            return False
        name = recv.id
        if ctx.fact("mentions-sigchld", _mentions_sigchld):
            return False
        if _reaping_uses(name, call, body, scope, _POPEN_REAPS):
            return False
        loops = [b[i] for b, i, _ in stmt_path(body, call) if isinstance(b[i], _LOOPS)]
        bound = _last_binding(scope.bindings[name], call)
        for child in scope.children:
            if _loads_name(child, name) and _runs_before(
                    child.node, call, loops, bound) and not _leaves_after(
                    child.node, call, body, ctx) and not _reads_only_pid(child, name, ctx):
                return False  # a nested function (a thread's target) may reap it
        for n in body_nodes(body, include_stop=False):
            if (
                isinstance(n, ast.Call) and n is not call and _may_reap(n, name, scope, ctx)
                and _runs_before(n, call, loops, bound) and not _leaves_after(n, call, body, ctx)
            ):
                return False
            if isinstance(n, (ast.With, ast.AsyncWith)) and any(
                isinstance(i.context_expr, ast.Name) and i.context_expr.id == name
                for i in n.items
            ) and not contains(n, call) and _runs_before(n, call, loops, bound):
                return False  # the block's end waited for the child
        return True

    @staticmethod
    def _own_child_attr_guarded(target: ast.expr, call: ast.Call, body: list[ast.stmt],
                                ctx: FileContext) -> bool:
        """``target`` is ``self.<attr>`` in a method of a class whose every binding of
        ``attr`` (in its methods or as the class default) is None/0 or a child this
        object started (``os.fork()``...), and ``call`` runs only after the method
        checked the attribute is set: the handle's own liveness sentinel."""
        func = ctx.function()
        if (
            func is None or func.class_scope is None or not isinstance(target, ast.Attribute)
            or not isinstance(target.value, ast.Name) or target.value.id != func.self_name
        ):
            return False
        cls = func.class_scope
        for b in cls.bindings.get(target.attr, ()):
            if not (b.kind in ("assign", "annassign") and _is_unset_const(b.value)):
                return False
        started = False
        for b in cls.attr_bindings.get(target.attr, ()):
            if b.kind in ("assign", "annassign") and _is_unset_const(b.value):
                continue
            method = _method_of(cls, b.node)
            if method is None or not _starts_child(b, method, ctx):
                return False
            started = True
        if not started or ctx.fact("mentions-sigchld", _mentions_sigchld):
            return False
        return _set_checked(body, call, target)

    @staticmethod
    def _own_unreaped_child(name: str, call: ast.Call, body: list[ast.stmt],
                            ctx: FileContext) -> bool:
        """``name`` is bound in this scope only to a child this process started
        (``os.fork()``, ``pty.fork()``...), no wait may run before ``call``, and no
        nested scope or SIGCHLD handler sees it: the child is not reaped yet."""
        scope = ctx.scope
        semantic = ctx.semantic
        if semantic.lookup(name, scope) is not scope or name in scope.global_names:
            return False
        bindings = scope.bindings.get(name)
        if not bindings:
            return False
        loops = [b[i] for b, i, _ in stmt_path(body, call) if isinstance(b[i], _LOOPS)]
        # outside a loop, a binding after the call cannot reach it (``pid, code
        # = os.wait()`` in the ``finally`` after the signal: exabgp)
        at = node_start(call)
        reaching = bindings if loops else [
            b for b in bindings if hasattr(b.node, "lineno") and node_start(b.node) < at
        ]
        if not reaching or not all(_starts_child(b, scope, ctx) for b in reaching):
            return False
        if _seen_by_nested_scope(name, scope):
            return False  # a nested function given the pid might wait for it
        if ctx.fact("mentions-sigchld", _mentions_sigchld):
            return False
        bound = _last_binding(bindings, call)
        for n in body_nodes(body, include_stop=False):
            if (
                isinstance(n, ast.Call) and n is not call and _may_reap(n, name, scope, ctx)
                and _runs_before(n, call, loops, bound)
            ):
                return False
        return True


def _uncast(value: Optional[ast.AST], ctx: FileContext) -> Optional[ast.AST]:
    """The value of ``typing.cast(T, value)``, which returns it unchanged."""
    if (
        isinstance(value, ast.Call) and len(value.args) == 2 and not value.keywords
        and ctx.qualified_name(value.func) == "typing.cast"
    ):
        return value.args[1]
    return value


def _starts_child(b: Binding, scope: Scope, ctx: FileContext) -> bool:
    """Binding ``b`` (read in ``scope``) takes the pid of a child this process starts:
    ``os.fork()``, ``pid, fd = pty.fork()``, ``os.spawn*(os.P_NOWAIT, ...)``..."""
    value = b.value
    if not isinstance(value, ast.Call) or b.kind not in ("assign", "unpack"):
        return False
    semantic = ctx.semantic
    qn = semantic.qualified_name(value.func, scope)
    if qn in _FORKS:
        index = _FORKS[qn]
        return (b.kind == "unpack") == (index is not None) and b.index == index
    return (
        qn in _SPAWNS and b.kind == "assign" and bool(value.args)
        and semantic.qualified_name(value.args[0], scope) == "os.P_NOWAIT"
    )


def _reaped_only_after_kill(cls: ast.ClassDef, target: ast.Attribute, ctx: FileContext) -> bool:
    """Every ``os.waitpid(self.<attr>, ...)`` of the class comes right after an
    ``os.kill(self.<attr>, ...)`` statement (wolsocketproxy's keep-alive), and
    there is at least one: the class reaps its child only where it kills it.
    A wait elsewhere (pyres' worker, which reaps the child in its loop and
    clears the attribute later) leaves a reaped pid for another kill."""
    want = ast.dump(target)
    found = False
    for node in ast.walk(cls):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if not isinstance(block, list):
                continue
            for i, stmt in enumerate(block):
                call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
                if not (isinstance(call, ast.Call) and call.args
                        and isinstance(call.func, (ast.Name, ast.Attribute))
                        and ctx.qualified_name(call.func) in _REAPS_PID
                        and ast.dump(call.args[0]) == want):
                    continue
                prev = block[i - 1] if i > 0 else None
                kill = prev.value if isinstance(prev, ast.Expr) else None
                if not (isinstance(kill, ast.Call) and kill.args
                        and isinstance(kill.func, (ast.Name, ast.Attribute))
                        and ctx.qualified_name(kill.func) == "os.kill"
                        and ast.dump(kill.args[0]) == want):
                    return False
                found = True
    return found


_REAPS_PID = frozenset({"os.waitpid", "os.wait4"})


def _is_unset_const(expr: object) -> bool:
    """``None``, ``0`` or ``-1``: a pid attribute's "no child" value."""
    return is_none(expr if isinstance(expr, ast.AST) else None) or (
        isinstance(expr, ast.expr) and (_is_zero(expr) or _is_minus_one(expr))
    )


def _is_minus_one(expr: ast.expr) -> bool:
    return isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.USub) \
        and isinstance(expr.operand, ast.Constant) and expr.operand.value == 1 \
        and type(expr.operand.value) is int


def _unset_test(test: ast.expr, target: ast.expr) -> bool:
    """``test`` is true when ``target`` holds no pid: ``target is None``, ``not
    target``, ``target == 0``, ``target <= 0`` (or one of an ``or``)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return any(_unset_test(v, target) for v in test.values)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _same(test.operand, target)
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and _same(test.left, target):
        op, right = test.ops[0], test.comparators[0]
        return (isinstance(op, ast.Is) and is_none(right)) or (
            isinstance(op, ast.Eq) and _is_unset_const(right)
        ) or (isinstance(op, ast.LtE) and _is_zero(right))
    return False


def _set_test(test: ast.expr, target: ast.expr) -> bool:
    """``test`` is true only while ``target`` holds a pid: ``target``, ``target is
    not None``, ``target != 0``, ``target > 0`` (or one of an ``and``)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return any(_set_test(v, target) for v in test.values)
    if _same(test, target):
        return True
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and _same(test.left, target):
        op, right = test.ops[0], test.comparators[0]
        return (isinstance(op, ast.IsNot) and is_none(right)) or (
            isinstance(op, ast.NotEq) and _is_unset_const(right)
        ) or (isinstance(op, ast.Gt) and _is_zero(right))
    return False


def _set_checked(body: list[ast.stmt], call: ast.Call, target: ast.expr) -> bool:
    """``call`` runs only after ``body`` checked ``target`` holds a pid: after an
    early ``if <unset>: return/raise``, inside ``if <set>:`` or the ``else`` of
    ``if <unset>:``."""
    for block, i, field in stmt_path(body, call):
        for prev in block[:i]:
            if isinstance(prev, ast.If) and _unset_test(prev.test, target) and _exits(prev.body):
                return True
        stmt = block[i]
        if isinstance(stmt, ast.If):
            if field == "body" and _set_test(stmt.test, target):
                return True
            if field == "orelse" and _unset_test(stmt.test, target):
                return True
    return False


def _from_own_process_block(recv: ast.expr, call: ast.Call, ctx: FileContext) -> bool:
    """``recv`` is bound only by the ``with`` block around ``call``, to what a
    ``@contextmanager`` generator of this file yields (a module function, or a
    nested one a pytest fixture of the module returns, asked for by the test's
    parameter of that name): a ``multiprocessing.Process`` of the generator that
    nothing there joined or polled before its one ``yield`` (``with
    mpproc(target=main) as (p, q):``). Its child is reaped only after the block."""
    scope = ctx.scope
    if not isinstance(recv, ast.Name) or ctx.fact("mentions-sigchld", _mentions_sigchld):
        return False
    bindings = scope.bindings.get(recv.id)
    if not bindings or len(bindings) != 1:
        return False
    block = bindings[0].node
    if not isinstance(block, (ast.With, ast.AsyncWith)) or not any(
        contains(stmt, call) for stmt in block.body
    ):
        return False
    for item in block.items:
        target = item.optional_vars
        index: Optional[int] = None
        if isinstance(target, ast.Tuple):
            found = [i for i, e in enumerate(target.elts)
                     if isinstance(e, ast.Name) and e.id == recv.id]
            if not found:
                continue
            index = found[0]
        elif not (isinstance(target, ast.Name) and target.id == recv.id):
            continue
        cm = item.context_expr
        gen = _own_cm_generator(cm.func, ctx) if isinstance(cm, ast.Call) else None
        return gen is not None and _yields_unreaped_process(gen, index, ctx)
    return False


def _decorated(node: ast.AST, name: str) -> bool:
    return any(
        _last_name(d.func if isinstance(d, ast.Call) else d) == name
        for d in getattr(node, "decorator_list", ())
    )


def _own_cm_generator(func: ast.expr, ctx: FileContext) -> Optional[Scope]:
    """The scope of the ``@contextmanager`` generator that ``func`` names: a
    module function so decorated, or (``func`` a parameter of the test) the
    nested one that the module's pytest fixture of that name returns."""
    if not isinstance(func, ast.Name):
        return None
    module = ctx.semantic.module
    defs = [c for c in module.children
            if isinstance(c.node, ast.FunctionDef) and c.node.name == func.id]
    bindings = ctx.semantic.bindings_of(func.id, ctx.scope)
    if len(defs) != 1 or not bindings:
        return None
    fdef = defs[0]
    owner = ctx.semantic.lookup(func.id, ctx.scope)
    if owner is module and all(b.kind == "def" for b in bindings):
        return fdef if _decorated(fdef.node, "contextmanager") else None
    if owner is not ctx.scope or not all(b.kind == "param" for b in bindings):
        return None
    body = statements(fdef.node)
    last = body[-1] if body and projectfacts.fixture_decorator(fdef.node) is not None else None
    if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Name)):
        return None
    inner = [c for c in fdef.children
             if isinstance(c.node, ast.FunctionDef) and c.node.name == last.value.id]
    if len(inner) == 1 and _decorated(inner[0].node, "contextmanager"):
        return inner[0]
    return None


def _yields_unreaped_process(gen: Scope, index: Optional[int], ctx: FileContext) -> bool:
    """The generator's one ``yield`` (in no loop) gives, whole or at ``index`` of a
    tuple, a local bound only to ``multiprocessing.Process(...)``, which nothing
    joins or polls before that ``yield`` and no nested function sees."""
    node = gen.node
    stmts = statements(node)
    yields = [n for n in body_nodes(stmts, include_stop=False)
              if isinstance(n, (ast.Yield, ast.YieldFrom))]
    if len(yields) != 1 or not isinstance(yields[0], ast.Yield):
        return False
    point = yields[0]
    value = point.value
    if index is not None:
        value = value.elts[index] if isinstance(value, ast.Tuple) and len(
            value.elts) > index else None
    if not isinstance(value, ast.Name):
        return False
    name = value.id
    made = gen.bindings.get(name)
    if not made or not all(
        b.kind == "assign" and isinstance(b.value, ast.Call)
        and ctx.semantic.qualified_name(b.value.func, gen) == "multiprocessing.Process"
        for b in made
    ):
        return False
    if any(name in child.loads for child in gen.children):
        return False
    for n in body_nodes(stmts, include_stop=False):
        if isinstance(n, _LOOPS) and contains(n, point):
            return False
        if (
            isinstance(n, ast.Attribute) and n.attr in _PROCESS_REAPS
            and isinstance(n.value, ast.Name) and n.value.id == name
            and node_start(n) < node_start(point)
        ):
            return False
    return True


def _active_child(
    recv: ast.expr, call: ast.Call, body: Optional[list[ast.stmt]], ctx: FileContext,
) -> bool:
    """``for p in multiprocessing.active_children(): os.kill(p.pid, sig)``:
    the innermost loop around the call that binds ``p`` iterates
    ``active_children()``, which reaps the children that have ended and lists
    the live ones, each a ``Process`` of this process's own (aioworkers'
    shutdown), and nothing else in the loop binds ``p``. It counts as a local
    ``Process``, so nothing before the signal in the loop may join or poll
    it."""
    if body is None or not isinstance(recv, ast.Name):
        return False
    scope = ctx.scope
    if ctx.semantic.lookup(recv.id, scope) is not scope:
        return False
    loops = [
        (stmt, field) for block, i, field in stmt_path(body, call)
        for stmt in (block[i],) if isinstance(stmt, (ast.For, ast.AsyncFor))
        and isinstance(stmt.target, ast.Name) and stmt.target.id == recv.id
    ]
    if not loops:
        return False
    loop, field = loops[-1]
    it = loop.iter
    return (
        field == "body" and isinstance(it, ast.Call) and not it.args and not it.keywords
        and ctx.qualified_name(it.func) == "multiprocessing.active_children"
        and not any(b.node is not loop and contains(loop, b.node)
                    for b in scope.bindings.get(recv.id, ()))
    )


def _context_process(recv: ast.expr, ctx: FileContext) -> bool:
    """``recv`` is a name bound only to ``<context>.Process(...)`` where the context
    comes from ``multiprocessing.get_context(...)``, directly
    (``multiprocessing.get_context('fork').Process(...)``) or through a name bound
    only to the context or to its ``Process`` class."""
    return isinstance(recv, ast.Name) and _bound_only_to(
        recv.id, ctx,
        lambda v: isinstance(v, ast.Call) and _context_process_class(v.func, ctx, 0),
    )


def _context_process_class(expr: ast.expr, ctx: FileContext, depth: int) -> bool:
    if isinstance(expr, ast.Attribute):
        return expr.attr == "Process" and _mp_context(expr.value, ctx, depth)
    return isinstance(expr, ast.Name) and depth < 3 and _bound_only_to(
        expr.id, ctx, lambda v: _context_process_class(v, ctx, depth + 1)
    )


def _mp_context(expr: ast.expr, ctx: FileContext, depth: int) -> bool:
    if isinstance(expr, ast.Call):
        return ctx.qualified_name(expr.func) == "multiprocessing.get_context"
    return isinstance(expr, ast.Name) and depth < 3 and _bound_only_to(
        expr.id, ctx, lambda v: _mp_context(v, ctx, depth + 1)
    )


def _bound_only_to(name: str, ctx: FileContext, accept: Any) -> bool:
    return ctx.semantic.bound_only_to(name, ctx.scope, accept)


def _waits(name: str) -> bool:
    lowered = name.lower()
    return "wait" in lowered or "reap" in lowered


def _last_name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


#: Windows console events (``os.kill`` sends them with ``GenerateConsoleCtrlEvent``).
_CONSOLE_EVENTS = frozenset({"CTRL_C_EVENT", "CTRL_BREAK_EVENT"})
#: Win32 calls that take a process handle: the attribute passed to one holds it.
_PROCESS_HANDLE_CALLS = frozenset({"WaitForSingleObject", "GetExitCodeProcess", "TerminateProcess"})
#: Calls that close a handle, given it (``CloseHandle(h)``) or on it (``h.Close()``).
_HANDLE_CLOSES = frozenset({"CloseHandle", "Close", "close", "Detach"})


def _pinned_by_windows_handle(call: ast.Call, target: ast.expr, ctx: FileContext) -> bool:
    """``os.kill(self.pid, signal.CTRL_C_EVENT)`` (or ``CTRL_BREAK_EVENT``: Windows
    only) in a method of a class that keeps the child's process handle: an
    attribute the class passes to ``WaitForSingleObject``/``GetExitCodeProcess``/
    ``TerminateProcess`` and never closes. Windows does not reuse a pid while a
    handle to the process is open, so the pid is still the child's."""
    if len(call.args) < 2 or _last_name(call.args[1]) not in _CONSOLE_EVENTS:
        return False
    func = ctx.function()
    if (
        func is None or func.class_scope is None
        or not isinstance(target, ast.Attribute) or target.attr not in ("pid", "_pid")
        or not isinstance(target.value, ast.Name) or target.value.id != func.self_name
    ):
        return False
    cls = func.class_scope.node
    cache: dict[int, bool] = ctx.fact("otp101.windows-handles", _new_cache)
    if id(cls) not in cache:
        cache[id(cls)] = _holds_process_handle(cls)
    return cache[id(cls)]


def _new_cache(ctx: FileContext) -> dict[int, bool]:
    return {}


def _self_attr(expr: ast.expr, self_names: frozenset[str]) -> Optional[str]:
    if (
        isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name)
        and expr.value.id in self_names
    ):
        return expr.attr
    return None


def _holds_process_handle(cls: ast.AST) -> bool:
    """Whether a method of ``cls`` passes ``self.<h>`` to a Win32 call that takes a
    process handle and no method closes ``self.<h>`` (a bounded walk of the class)."""
    if not isinstance(cls, ast.ClassDef):
        return False
    self_names = frozenset(  # methods, also those under ``if mswindows:``
        m.args.args[0].arg for m in body_nodes(cls.body)
        if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)) and m.args.args
    )
    used: set[str] = set()
    closed: set[str] = set()
    for n in body_nodes(cls.body, stop=()):
        if not isinstance(n, ast.Call):
            continue
        name = _last_name(n.func)
        if name in _PROCESS_HANDLE_CALLS and n.args:
            attr = _self_attr(n.args[0], self_names)
            if attr is not None:
                used.add(attr)
        if name in _HANDLE_CLOSES:
            for arg in n.args[:1]:
                attr = _self_attr(arg, self_names)
                if attr is not None:
                    closed.add(attr)
            if isinstance(n.func, ast.Attribute):
                attr = _self_attr(n.func.value, self_names)
                if attr is not None:
                    closed.add(attr)
    return bool(used - closed)


def _may_reap(call: ast.Call, name: str, scope: Scope, ctx: FileContext) -> bool:
    """Whether ``call`` may reap the child whose pid ``name`` holds: an ``os.wait*``
    call, a call named ``*wait*``/``*reap*`` given the pid, a function of this file
    given the pid whose body waits, or any other callee given the pid (unknown)."""
    func = call.func
    qn = ctx.semantic.qualified_name(func, scope)
    if qn in _REAP_ANY:
        return True
    if not any(
        isinstance(n, ast.Name) and n.id == name
        for n in body_nodes([*call.args, *(k.value for k in call.keywords)])
    ):
        return False
    if qn is not None and qn.startswith(("os.", "signal.", "builtins.")):
        return qn.startswith("os.wait")  # the standard calls: only the waits reap
    if _waits(_last_name(func)):
        return True
    if isinstance(func, ast.Name):
        bindings = ctx.semantic.bindings_of(func.id, scope)
        if bindings and all(b.kind == "def" for b in bindings):
            return any(
                isinstance(n, ast.Call) and _waits(_last_name(n.func))
                for b in bindings
                for n in body_nodes(statements(b.node), include_stop=False)
            )
    return True


#: Socket types whose ``send`` is all or nothing: one datagram, record or packet.
_MESSAGE_TYPES = frozenset({"socket.SOCK_DGRAM", "socket.SOCK_SEQPACKET", "socket.SOCK_RAW"})
#: Where each socket constructor takes the socket type: (position, keyword).
_TYPE_ARG = {
    "socket.socket": (1, "type"),
    "socket.socketpair": (1, "type"),
    "socket.fromfd": (2, "type"),
}
#: The longest literal payload a send is trusted to write whole (see the docstring).
SHORT_PAYLOAD = 256
#: Exceptions whose handler makes a send loop a fill-until-full loop.
_FULL_ERRORS = frozenset({
    "builtins.BlockingIOError", "builtins.OSError", "builtins.IOError",
    "builtins.EnvironmentError", "socket.error",
})
_SUPPRESS = frozenset({"contextlib.suppress"})


def _message_socket(fact: TypeFact, ctx: FileContext) -> bool:
    """Every call known to make the socket gives it a message type (SOCK_DGRAM...)."""
    if not fact.calls:
        return False
    for call in fact.calls:
        where = _TYPE_ARG.get(ctx.qualified_name(call.func) or "")
        arg = call_argument(call, *where) if where else None
        if arg is None or not _names_message_type(arg, ctx):
            return False
    return True


def _names_message_type(expr: ast.expr, ctx: FileContext) -> bool:
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):  # | SOCK_NONBLOCK
        return _names_message_type(expr.left, ctx) or _names_message_type(expr.right, ctx)
    return ctx.qualified_name(expr) in _MESSAGE_TYPES


#: Codecs that never write more bytes for a ``str`` than UTF-8 does.
_NARROW_CODECS = frozenset({"utf-8", "utf8", "ascii", "latin-1", "latin1", "iso-8859-1"})


def _literal_length(expr: ast.expr, ctx: FileContext, depth: int = 0) -> Optional[int]:
    """The length of a payload the code spells out: a bytes literal, ``b"x" * 3``,
    ``"abc".encode()``, or a name bound only to such literals. None otherwise."""
    if isinstance(expr, ast.Constant):
        if isinstance(expr.value, str):  # Python 2 code sends ``str``
            return len(expr.value.encode("utf-8", "surrogatepass"))
        return len(expr.value) if isinstance(expr.value, bytes) else None
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mult):
        for data, count in ((expr.left, expr.right), (expr.right, expr.left)):
            if isinstance(count, ast.Constant) and type(count.value) is int:
                n = _literal_length(data, ctx, depth + 1)
                if n is not None:
                    return n * max(count.value, 0)
        return None
    if (
        isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "encode" and isinstance(expr.func.value, ast.Constant)
        and isinstance(expr.func.value.value, str) and not expr.keywords
        and len(expr.args) <= 1
    ):
        codec = "utf-8"
        if expr.args:
            arg = expr.args[0]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                return None
            codec = arg.value
        try:
            return len(expr.func.value.value.encode(codec))
        except (LookupError, UnicodeError):
            return None
    if (
        isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "encode" and isinstance(expr.func.value, ast.Call)
        and not expr.keywords and depth < 3
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                and a.value.lower().replace("_", "-") in _NARROW_CODECS for a in expr.args)
    ):
        # ``json.dumps({"action": "identify"}).encode()``: ASCII (``json.dumps``
        # escapes the rest), so as many bytes as characters
        return _json_length(expr.func.value, ctx, depth + 1)
    if (
        isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "encode" and isinstance(expr.func.value, ast.Name)
        and not expr.keywords and len(expr.args) <= 1 and depth < 3
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                and a.value.lower().replace("_", "-") in _NARROW_CODECS for a in expr.args)
    ):
        # ``test_string.encode("utf-8")``, the name bound only to short str
        # literals (labgrid's tests): at most their UTF-8 length in bytes
        return _literal_length(expr.func.value, ctx, depth + 1)
    if isinstance(expr, ast.Call):
        return _converted_length(expr, ctx)
    if isinstance(expr, ast.Attribute) and depth < 3:
        return _attr_literal_length(expr, ctx, depth)
    if isinstance(expr, ast.Name) and depth < 3:
        bindings = ctx.semantic.bindings_of(expr.id, ctx.scope)
        if not bindings:
            return None
        lengths = []
        for b in bindings:
            if b.kind != "assign" or not isinstance(b.value, ast.expr):
                return None
            n = _literal_length(b.value, ctx, depth + 1)
            if n is None:
                return None
            lengths.append(n)
        return max(lengths)
    return None


def _json_length(call: ast.Call, ctx: FileContext, depth: int) -> Optional[int]:
    """``json.dumps(X)`` with no options, ``X`` a literal of constants (``{"action":
    "identify", "options": {"core": 0}}``) or a name bound only to such
    literals (pilight's identify message): the length of the text it makes.
    None otherwise."""
    if not (len(call.args) == 1 and not call.keywords
            and ctx.qualified_name(call.func) == "json.dumps"):
        return None
    values: list[ast.expr] = [call.args[0]]
    if isinstance(call.args[0], ast.Name):
        bindings = ctx.semantic.bindings_of(call.args[0].id, ctx.scope)
        if not bindings or any(
            b.kind != "assign" or not isinstance(b.value, ast.expr) for b in bindings
        ):
            return None
        values = [b.value for b in bindings]  # type: ignore[misc]
    longest = 0
    for value in values:
        if not isinstance(value, (ast.Dict, ast.List, ast.Tuple)):
            return None
        try:
            text = json.dumps(ast.literal_eval(value))
        except (ValueError, TypeError, SyntaxError, RecursionError):
            return None
        longest = max(longest, len(text))
    return longest


def _own_class(expr: ast.Attribute, func: Optional[Scope]) -> Optional[Scope]:
    """The class scope of ``self.<attr>`` read in one of its methods (``func``,
    whose first parameter ``self`` is); None for any other expression."""
    if (
        func is None or func.class_scope is None or not isinstance(expr.value, ast.Name)
        or expr.value.id != func.self_name
    ):
        return None
    return func.class_scope


def _attr_literal_length(expr: ast.Attribute, ctx: FileContext, depth: int) -> Optional[int]:
    """``self.<attr>`` in a method of a class whose every binding of ``attr`` in
    the file is a literal payload: the longest of them. None otherwise. The
    bindings are the class's own in its methods and, at class level, those of
    every class of the file (a constant a subclass overrides: sslyze's
    ``START_TLS_CMD`` per protocol)."""
    cls = _own_class(expr, ctx.function())
    if cls is None:
        return None
    bindings = list(cls.attr_bindings.get(expr.attr, ()))
    if cls.bindings.get(expr.attr):
        for scope in ctx.semantic.scopes:
            if scope.kind == "class":
                bindings.extend(scope.bindings.get(expr.attr, ()))
    # an annotation without a value declares the constant (``START_TLS_CMD:
    # bytes`` in the base class): it binds nothing
    bindings = [b for b in bindings if not (b.kind == "annassign" and b.value is None)]
    if not bindings:
        return None
    lengths = []
    for b in bindings:
        value = b.value
        if b.kind != "assign" or not isinstance(value, (ast.Constant, ast.BinOp)):
            return None
        n = _literal_length(value, ctx, depth + 1)
        if n is None:
            return None
        lengths.append(n)
    return max(lengths)


def _converted_length(call: ast.Call, ctx: FileContext) -> Optional[int]:
    """The length of a payload whose size the call fixes: ``struct.pack(fmt, ...)``
    with a literal format (``struct.calcsize(fmt)`` bytes, whatever the values),
    or a literal string turned into bytes by ``bytes(s, codec)`` or a helper named
    for it (``as_bytes(s)``, ``to_bytes(s)``, ``ensure_binary(s)``: counted as
    UTF-8). None otherwise."""
    args = call.args
    if not args or call.keywords or any(isinstance(a, ast.Starred) for a in args):
        return None
    first = args[0]
    qn = ctx.qualified_name(call.func)
    if qn == "struct.pack":
        fmt = first.value if isinstance(first, ast.Constant) else None
        if not isinstance(fmt, (str, bytes)):
            return None
        try:
            return struct.calcsize(fmt)
        except struct.error:
            return None
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return None
    codec = "utf-8"
    if qn == "builtins.bytes":
        if len(args) != 2:
            return None
        arg = args[1]
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            return None
        codec = arg.value
    elif len(args) != 1 or not _TO_BYTES.search(_last_name(call.func)):
        return None
    try:
        return len(first.value.encode(codec))
    except (LookupError, UnicodeError):
        return None


#: Helpers whose name says they turn a string into bytes (``as_bytes``, ``ensure_binary``).
_TO_BYTES = re.compile(r"(?i)(?:bytes|binary)$")


def _catches_full(handlers: list[ast.ExceptHandler], ctx: FileContext) -> bool:
    for h in handlers:
        kinds = h.type.elts if isinstance(h.type, ast.Tuple) else [h.type]
        if any(k is not None and ctx.qualified_name(k) in _FULL_ERRORS for k in kinds):
            return True
    return False


def _suppresses_full(stmt: ast.stmt, ctx: FileContext) -> bool:
    if not isinstance(stmt, ast.With):
        return False
    for item in stmt.items:
        cm = item.context_expr
        if (
            isinstance(cm, ast.Call) and ctx.qualified_name(cm.func) in _SUPPRESS
            and any(ctx.qualified_name(a) in _FULL_ERRORS for a in cm.args)
        ):
            return True
    return False


def _fills_until_full(call: ast.Call, ctx: FileContext) -> bool:
    """``call`` is the purpose of a loop that runs until the buffer is full: the
    loop's body holds only sends, and the loop sits in a ``try`` catching
    ``BlockingIOError`` (or ``OSError``) or a ``with suppress(...)`` of it."""
    func = ctx.function()
    body = scope_statements(func if func is not None else ctx.scope)
    if body is None:
        return False
    path = stmt_path(body, call)
    for depth in range(len(path) - 1, -1, -1):
        block, i, field = path[depth]
        loop = block[i]
        if not isinstance(loop, _LOOPS) or field != "body":
            continue
        if not all(_is_send_stmt(s) for s in loop.body):
            return False
        for outer_block, j, outer_field in path[:depth]:
            outer = outer_block[j]
            if isinstance(outer, ast.Try) and outer_field == "body" and _catches_full(
                outer.handlers, ctx
            ):
                return True
            if _suppresses_full(outer, ctx):
                return True
        return False
    return False


def _is_send_stmt(stmt: ast.stmt) -> bool:
    if isinstance(stmt, (ast.Pass, ast.Continue)):
        return True
    value = stmt.value if isinstance(stmt, ast.Expr) else None
    return (
        isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
        and value.func.attr == "send"
    )


def _self_passed_in(func: Scope) -> Optional[Scope]:
    """The method around a function nested in it whose first parameter has
    the method's own name for its instance (``def _shutdown(self, how):``
    inside ``shutdown(self, how)``, run with ``Task(_shutdown, self, how)``:
    dispy's node): that parameter is the same instance."""
    parent = func.parent
    node = func.node
    if parent is None or parent.kind != "function" or parent.class_scope is None \
            or not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    positional = [*node.args.posonlyargs, *node.args.args]
    if positional and positional[0].arg == parent.self_name:
        return parent
    return None


def _method_of(cls: Scope, stmt: ast.AST) -> Optional[Scope]:
    for child in cls.children:
        if child.self_name is not None and contains(child.node, stmt):
            return child
    return None


def _socket_of(expr: ast.expr, scope: Scope, ctx: FileContext, depth: int = 0
               ) -> Optional[TypeFact]:
    """``expr`` as read in ``scope``, when it is a known socket."""
    fact = ctx.semantic.type_of(expr, scope)
    if fact is None and isinstance(expr, ast.Attribute) and depth < 4:
        fact = _attr_socket(expr, scope, ctx, depth + 1)
    return fact if fact is not None and fact.name == SOCKET else None


def _attr_socket(expr: ast.Attribute, scope: Scope, ctx: FileContext, depth: int
                 ) -> Optional[TypeFact]:
    """``self.<attr>`` as a socket, each of its bindings read in the method that
    makes it (``sock = socket.socket(...); self.sock = sock``, ``self.conn, addr =
    listener.accept()``); ``= None`` bindings, in a method or as the class-level
    default, are neutral. None unless every other binding is a known socket."""
    cls = _own_class(expr, scope.function())
    if cls is None:
        return None
    for b in cls.bindings.get(expr.attr, ()):
        if b.kind != "def" and not (b.kind == "assign" and is_none(b.value)):
            return None
    calls: list[ast.Call] = []
    seen = False
    for b in cls.attr_bindings.get(expr.attr, ()):
        method = _method_of(cls, b.node)
        if method is None:
            return None
        value = b.value
        fact: Optional[TypeFact] = None
        if b.annotation is not None:
            if ctx.semantic.annotation_type(b.annotation, method) == SOCKET:
                fact = TypeFact(SOCKET)
        elif b.kind in ("assign", "walrus") and is_none(value):
            continue
        elif b.kind == "assign" and isinstance(value, ast.expr):
            fact = _socket_of(value, method, ctx, depth)
        elif b.kind == "unpack" and isinstance(value, ast.Call) and b.index is not None:
            fact = _unpacked_socket(value, b.index, method, ctx, depth)
        if fact is None:
            return None
        seen = True
        calls.extend(fact.calls)
    return TypeFact(SOCKET, tuple(calls)) if seen else None


def _unpacked_socket(call: ast.Call, index: int, scope: Scope, ctx: FileContext, depth: int
                     ) -> Optional[TypeFact]:
    """Item ``index`` of ``call``'s result (``socket.socketpair()``,
    ``<socket>.accept()``), read in ``scope``."""
    func = call.func
    qn = ctx.semantic.qualified_name(func, scope)
    produced = CONSTRUCTORS.get(qn) if qn else None
    if produced is None and isinstance(func, ast.Attribute):
        recv = _socket_of(func.value, scope, ctx, depth)
        if recv is not None:
            produced = METHOD_RESULTS.get((recv.name, func.attr))
    if isinstance(produced, tuple) and index < len(produced) and produced[index] == SOCKET:
        return TypeFact(SOCKET, (call,))
    return None


class PartialSocketSend(Rule):
    """
    ## What it does
    Flags `sock.send(data)` whose return value is thrown away, where `sock` is
    known from the same file to be a socket (made by `socket.socket`,
    `socket.create_connection`, `socket.create_server`, `socket.fromfd`,
    `socket.socketpair()` or `<socket>.accept()` unpacking, or annotated
    `socket.socket`).

    ## Why is this bad?
    OTP's `send` either delivers a whole message or nothing; the audits' answer
    to raw sends (`NoRawSend`) was to go through APIs that make delivery
    explicit. A socket's `send` is the opposite: it returns how many bytes it
    wrote, which may be fewer than you gave it (a full buffer, a signal, a
    non-blocking socket). Ignoring the count silently truncates the message.

    ## Example
    ```python
    import socket

    sock = socket.create_connection((host, port), timeout=5)
    sock.send(payload)
    ```

    ## Use instead
    ```python
    import socket

    sock = socket.create_connection((host, port), timeout=5)
    sock.sendall(payload)
    ```

    ## Fix safety
    `send` -> `sendall` is a safe fix: it has the same arguments and only
    differs in writing everything or raising. In a file that makes sockets
    non-blocking (`setblocking(False)`, `setblocking(0)`, `settimeout(0)`) the
    fix is unsafe: there `sendall` can raise after writing part of the data,
    which changes how the caller must recover.

    ## Options
    None.

    ## Known limits
    Only receivers whose type is known from the same file are checked; a socket
    received as an un-annotated parameter is not. `sendto` and `sendall` are
    never flagged; a `send` whose count is used (`n = sock.send(b)` and `n` is
    read) is the caller's job. `self.sock = None` (in a method or as the class
    default) leaves the type known; `self.sock` stored from a local socket or
    unpacked from `<socket>.accept()` is known.

    Not flagged:
    - a socket made as `SOCK_DGRAM`, `SOCK_SEQPACKET` or `SOCK_RAW` (by every
      call known to make it): a datagram, record or packet is sent whole or
      not at all;
    - a literal payload of at most 256 bytes (`b"\\0"`, `b"stop"`,
      `b"x" * 8`, `"ping".encode()`, or a name bound only to such literals;
      also `name.encode()` (`"utf-8"`, `"ascii"`, `"latin-1"`) of a name bound
      only to short `str` literals: labgrid's `test_string.encode('utf-8')`;
      and `json.dumps(X).encode()`, with no options, of a literal of
      constants or a name bound only to such literals: pilight's identify
      message).
      A send comes back short only when the send buffer fills in the middle
      of the payload: on a Unix-domain socket (what `socketpair()` gives) a
      write this small goes into one kernel buffer (at least 2 KiB), so it is
      accepted whole or refused with `BlockingIOError`; on TCP it takes a
      stalled peer that left fewer free bytes than the payload in a send
      buffer of at least 4 KiB, which for a few bytes is not a realistic
      failure. A one-byte wake-up write can never be split. Also a payload
      whose length the call fixes: `struct.pack(<literal format>, ...)`
      (`struct.calcsize` bytes, whatever the values) and a short literal
      string made bytes by `bytes(s, codec)` or a helper named for it
      (`as_bytes(s)`, `to_bytes(s)`, `ensure_binary(s)`, counted as UTF-8);
      a `str` literal (Python 2 code, counted as UTF-8); and `self.<attr>`
      in a method of a class whose every binding of the attribute in the
      file is such a literal (`self.prompt = b"login:"` in `setUp`; a class
      constant, `START_TLS_CMD = b"STLS\\r\\n"`, counting the constants of
      that name in every class of the file, which may be subclasses that
      override it: sslyze's STARTTLS helpers): a fixed
      short message, whatever method sends it. Variable, computed and
      longer payloads stay flagged;
    - a send that is the whole body of a loop filling the buffer until it is
      full, inside `try: ... except BlockingIOError` (or `OSError`) or `with
      contextlib.suppress(BlockingIOError)`: partial writes are the point. A
      `try: sock.send(data) except BlockingIOError:` outside such a loop
      stays flagged (the unsent rest is lost).
    """

    code = "OTP102"
    calls = frozenset({"send"})
    name = "partial-socket-send"
    fix_safety = "safe"
    audit = "raw sends with no delivery guarantee (`NoRawSend`)"
    valid = (
        Example("import socket\ns = socket.socket()\ns.sendall(payload)\n"),
        Example("import socket\ns = socket.socket()\nn = s.send(payload)\nprint(n)\n"),
        Example("def f(conn):\n    conn.send(payload)\n"),
        Example("import socket\nr, w = socket.socketpair()\nw.send(b'\\0')  # wake-up byte\n"),
        Example(
            "import socket\ndef check():\n    text = 'Hello World'\n"
            "    s = socket.create_connection(('localhost', 8000))\n"
            "    s.send(text.encode('utf-8'))  # 11 bytes\n"
        ),
        Example(
            "import socket\nclass Server:\n    def __init__(self, srv: socket.socket):\n"
            "        self.conn, _ = srv.accept()\n        self.prompt = b'login: '\n"
            "    def greet(self):\n        self.conn.send(self.prompt)\n"
        ),
        Example(
            "import socket, struct\nr, w = socket.socketpair()\n"
            "w.send(struct.pack('>I', size))  # always 4 bytes\n"
        ),
        Example(
            "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            "s.send(payload)\n"
        ),
        Example(
            "def fill(sock: 'socket.socket'):\n    try:\n        while True:\n"
            "            sock.send(b'x' * 65536)\n    except BlockingIOError:\n"
            "        pass\n"
        ),
        Example(
            "import socket\nclass StartTls:\n    CMD: bytes\n"
            "    def prepare(self, sock: socket.socket):\n        sock.send(self.CMD)\n"
            "class Pop3(StartTls):\n    CMD = b'STLS\\r\\n'\n"
        ),
    )
    invalid = (
        Example("import socket\ns = socket.socket()\ns.send(payload)\n"),
        Example(
            "import socket\ndef serve(srv: socket.socket, data: bytes):\n"
            "    conn, addr = srv.accept()\n    conn.send(data)\n"
        ),
        Example(
            "import socket\nclass Client:\n    def __init__(self, listener: socket.socket):\n"
            "        self.conn, self.addr = listener.accept()\n"
            "    def reply(self, data):\n        self.conn.send(data)\n"
        ),
        Example(
            "import socket\nclass Log:\n    sock = None\n    def connect(self):\n"
            "        sock = None\n        sock = socket.socket(socket.AF_UNIX, kind)\n"
            "        self.sock = sock\n    def emit(self, msg):\n        self.sock.send(msg)\n"
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if not (isinstance(func, ast.Attribute) and func.attr == "send"):
            return
        if not ctx.is_discarded(node):
            return
        fact = _socket_of(func.value, ctx.scope, ctx)
        if fact is None or _message_socket(fact, ctx):
            return
        if node.args and not isinstance(node.args[0], ast.Starred):
            length = _literal_length(node.args[0], ctx)
            if length is not None and length <= SHORT_PAYLOAD:
                return
        if _fills_until_full(node, ctx):
            return
        # The attribute name ends the Attribute node: replace just those 4 characters.
        end_line = func.end_lineno or func.lineno
        end = char_col(ctx, end_line, func.end_col_offset or 0)
        safety = "unsafe" if ctx.fact("nonblocking-sockets", _uses_nonblocking) else "safe"
        fix = Fix(safety, "Replace `send` with `sendall`",
                  (Edit(end_line, end - len("send"), end_line, end, "sendall"),))
        self.report(
            ctx, node,
            "`socket.send` may write only part of the data and its count is "
            "discarded; use `sendall`",
            fix=fix,
        )


_NONBLOCKING = re.compile(r"\.setblocking\(\s*(?:False|0)\s*\)|\.settimeout\(\s*0(?:\.0)?\s*\)")


def _uses_nonblocking(ctx: FileContext) -> bool:
    return any(_NONBLOCKING.search(line) for line in ctx.lines or ())


def _api_list(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise OptionError("expected a list of qualified names or {name, use} tables")
    out = []
    for item in value:
        if isinstance(item, str) and item:
            out.append((item, ""))
        elif isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"]:
            extra = set(item) - {"name", "use"}
            if extra:
                raise OptionError(f"unknown key {sorted(extra)[0]!r} in an apis table")
            use = item.get("use", "")
            if not isinstance(use, str):
                raise OptionError("'use' must be a string")
            out.append((item["name"], use))
        else:
            raise OptionError("expected a list of qualified names or {name, use} tables")
    return tuple(out)


class BannedRawSend(Rule):
    """
    ## What it does
    Flags calls that resolve (through the file's imports) to a qualified name
    listed in the option `apis`: a team's own fire-and-forget messaging
    primitives. Empty by default, so it reports nothing until configured.

    ## Why is this bad?
    This is Credo's `NoRawSend` made configurable: the audits' codebase had a
    check that banned `send/2` in favour of `GenServer.call/cast` wrappers, and
    the point of it was that the *team* decides which primitives are raw. A
    fire-and-forget publish (`bus.cast_nowait(...)`) has no reply, no timeout
    and no error path; routing messages through the supervised API keeps
    delivery observable.

    ## Example
    ```toml
    [tool.otp-lints.rules.OTP103]
    apis = [{ name = "app.bus.cast_nowait", use = "app.bus.call" }]
    ```
    ```python
    from app.bus import cast_nowait

    cast_nowait("orders", event)
    ```

    ## Use instead
    ```python
    from app.bus import call

    call("orders", event, timeout=5)
    ```

    ## Options
    - `apis`: list of qualified names, or tables `{ name = "...", use = "..." }`
      whose `use` is named in the message. Default: empty.

    ## Known limits
    Matches calls by the qualified name the file's imports give them; a
    primitive reached through a variable or an attribute of an unknown object
    is not seen.
    """

    code = "OTP103"
    name = "banned-raw-send"
    audit = "raw sends (`NoRawSend`)"
    options = (
        Option(
            "apis", (), "qualified names (or `{name, use}` tables) of banned send primitives",
            _api_list,
        ),
    )
    valid = (
        Example("from app.bus import call\ncall('orders', 1)\n"),
    )
    invalid = (
        Example("from app.bus import cast_nowait\ncast_nowait('orders', 1)\n"),
        Example("import app.bus as bus\nbus.cast_nowait('orders', 1)\n"),
    )
    example_options = {
        "apis": _api_list([{"name": "app.bus.cast_nowait", "use": "app.bus.call"}])
    }

    def __init__(self, options: Any = None) -> None:
        super().__init__(options)
        self._apis = dict(self.opts["apis"])
        self.calls = last_names(self._apis)

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        if not self._apis:
            return
        qn = ctx.qualified_name(node.func)
        if qn is None or qn not in self._apis:
            return
        use = self._apis[qn]
        remedy = f"use `{use}`" if use else "use a call with a reply and a timeout"
        self.report(ctx, node, f"`{qn}` is a banned raw send; {remedy}")


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (RawSignalSend, PartialSocketSend, BannedRawSend)
