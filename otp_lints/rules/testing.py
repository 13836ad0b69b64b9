"""OTP6xx: test quality. Sleeps instead of synchronisation, and APIs tests can only sleep on."""

from __future__ import annotations

import ast
from typing import Any, Optional, Union

from otp_lints.context import FileContext
from otp_lints.rule import (
    FUNCTION_NODES,
    Example,
    Option,
    Rule,
    body_nodes,
    last_names,
    str_list,
)
from otp_lints.semantic import Scope
from otp_lints.structure import structure

PREFIX: str = "OTP6"
TITLE: str = "Test quality"

SLEEPS = frozenset({
    "time.sleep", "asyncio.sleep", "trio.sleep", "anyio.sleep", "gevent.sleep",
    "eventlet.sleep",
})
_NESTED_SCOPES = (*FUNCTION_NODES, ast.ClassDef)
FunctionNode = Union[ast.FunctionDef, ast.AsyncFunctionDef]


def sleep_name(call: ast.AST, ctx: FileContext) -> Optional[str]:
    """``time.sleep`` for a call of a known sleep function, else None."""
    if not isinstance(call, ast.Call) or not isinstance(call.func, (ast.Name, ast.Attribute)):
        return None
    func = call.func
    last = func.attr if isinstance(func, ast.Attribute) else func.id
    if last != "sleep" and not isinstance(func, ast.Name):
        return None
    qn = ctx.qualified_name(func)
    return qn if qn in SLEEPS else None


def _is_zero_sleep(call: ast.Call) -> bool:
    """``sleep(0)``: a yield to other threads or tasks, not a guess at timing."""
    arg: Optional[ast.expr] = call.args[0] if call.args else None
    if arg is None and call.keywords:
        arg = call.keywords[0].value
    return (
        isinstance(arg, ast.Constant)
        and not isinstance(arg.value, bool)
        and isinstance(arg.value, (int, float))
        and arg.value == 0
    )


class SleepInTest(Rule):
    """
    ## What it does
    In test files, flags calls of `time.sleep`, `asyncio.sleep`, `trio.sleep`,
    `anyio.sleep`, `gevent.sleep` and `eventlet.sleep`, except with the
    literal argument `0` (a yield to other threads or tasks, not a wait).

    ## Why is this bad?
    The audits found `Process.sleep` in 58 test files ("Process.sleep still
    prevalent", both audits) and named it the main reason the test suite was
    slow and flaky. A sleep in a test is a guess at how long something takes:
    too short and the test fails on a loaded CI machine, too long and every run
    pays for it. OTP tests wait for the event itself (`assert_receive`, a
    synchronous call).

    In Python the same holds for threads and tasks: wait for the condition
    (an `Event`, a `Condition`, a queue, a future), with a timeout, and the test
    is both as fast as the code and deterministic.

    ## Example
    ```python
    import time

    def test_worker_processes_job():
        worker.submit(job)
        time.sleep(0.5)
        assert job.done
    ```

    ## Use instead
    Let the code under test signal, and wait for the signal with a deadline:
    ```python
    import threading

    def test_worker_processes_job():
        done = threading.Event()
        worker.submit(job, on_done=done.set)
        assert done.wait(timeout=5)
    ```
    A queue works the same way: `result = results.get(timeout=5)`. In async
    tests, `await asyncio.wait_for(done.wait(), timeout=5)` on an
    `asyncio.Event`. When there is truly nothing to wait on, poll the
    condition through one helper with a deadline, kept in a test-support
    module with a reason for its single sleep:
    ```python
    import time

    def wait_until(predicate, timeout=5.0, interval=0.01):
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout}s")
            time.sleep(interval)  # noqa: OTP601 the one deadline-bound poll
    ```
    and its async twin, `await asyncio.sleep(interval)` in the same loop.

    ## Options
    None.

    ## Known limits
    Only test files (the `test-paths` setting) are checked. A sleep reached
    through a wrapper (`self.clock.sleep(...)`) or an alias the imports do not
    show is not seen. A sleep used as a stand-in for long work
    (`create_task(asyncio.sleep(10))`) is reported too: a never-finishing
    stand-in says what it is, `asyncio.Event().wait()`.
    """

    code = "OTP601"
    calls = last_names(SLEEPS)
    name = "sleep-in-test"
    files = "test"
    audit = "`Process.sleep` in 58 test files (both audits)"
    valid = (
        Example(
            "import threading\ndef test_done():\n    ev = threading.Event()\n"
            "    start(on_done=ev.set)\n    assert ev.wait(timeout=5)\n",
            path="tests/test_done.py",
        ),
        Example(
            "import asyncio\nasync def test_yield():\n    await asyncio.sleep(0)\n",
            path="tests/test_yield.py",
        ),
        Example("import time\ntime.sleep(1)\n", path="app/poll.py"),
    )
    invalid = (
        Example(
            "import time\ndef test_done():\n    start()\n    time.sleep(0.5)\n"
            "    assert done()\n",
            path="tests/test_done.py",
        ),
        Example(
            "from asyncio import sleep\nasync def test_done():\n    await sleep(1)\n",
            path="test_async.py",
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        qn = sleep_name(node, ctx)
        if qn is None or _is_zero_sleep(node):
            return
        self.report(
            ctx, node,
            f"`{qn}` in a test guesses at timing; wait for the condition "
            "(an Event, a queue `get(timeout=...)`, a deadline-bound helper)",
        )


# A loop body's own nodes: not in nested functions, classes or ``while`` loops
# (they are judged on their own), nor in ``except`` handlers (a retry back-off
# is not a poll).
_NOT_THIS_LOOP = (*_NESTED_SCOPES, ast.While, ast.ExceptHandler)


def _statement_sleep(stmt: ast.stmt, ctx: FileContext) -> Optional[str]:
    """``time.sleep(...)`` or ``await asyncio.sleep(...)`` as a statement."""
    if not isinstance(stmt, ast.Expr):
        return None
    value = stmt.value
    if isinstance(value, ast.Await):
        value = value.value
    return sleep_name(value, ctx)


class SleepPollingLoop(Rule):
    """
    ## What it does
    Flags a `while` loop whose body holds only sleep calls (`time.sleep`,
    `asyncio.sleep`, `trio.sleep`, `anyio.sleep`, `gevent.sleep`,
    `eventlet.sleep`), `pass` and `continue`: a busy wait on the loop's
    condition. In test files it flags any `while` loop whose body calls a
    sleep outside an `except` handler. Reported at the `while` line.

    ## Why is this bad?
    A sleep loop is a poll: it notices the condition up to one interval late,
    burns wake-ups while nothing happens, and has no deadline, so when the
    condition never comes it hangs forever. In OTP a process blocks in
    `receive` until the message arrives (with an `after` clause as its
    deadline); the audits found tests doing `Process.sleep` instead, in 58
    test files, and asked for synchronous test APIs in its place.

    In Python the condition is usually set by some other thread or task that
    could just as well *signal* it: `threading.Event`/`Condition`,
    `asyncio.Event`, a queue, a future. In tests a polling loop is the same
    guess at timing as a bare sleep (OTP601), spread over a loop.

    ## Example
    ```python
    import time

    while not worker.ready:
        time.sleep(0.1)
    ```
    ```python
    import asyncio

    async def wait_started(server):
        while not server.started:
            await asyncio.sleep(0.05)
    ```

    ## Use instead
    Wait on the signal itself, with a deadline:
    ```python
    if not worker.ready_event.wait(timeout=10):
        raise TimeoutError("worker did not start")
    ```
    ```python
    with worker.cond:
        worker.cond.wait_for(lambda: worker.ready, timeout=10)
    ```
    ```python
    import asyncio

    async def wait_started(server):
        await asyncio.wait_for(server.started_event.wait(), timeout=10)
    ```
    or take the result from a queue, `item = results.get(timeout=10)`. When
    only polling is possible, write the loop once, as a helper with a
    deadline (see OTP601's page), and call it everywhere.

    ## Options
    None.

    ## Known limits
    A sleep is attributed to its innermost `while` loop only; loops written
    with `for` (`for _ in range(50): ... time.sleep(0.1)`) are bounded and not
    reported. Outside test files a loop that does real work besides sleeping
    is not reported: it may be a legitimate paced worker. `while True:` with
    only a sleep (a keep-alive) is reported too: it waits for nothing that
    `signal.pause()` or an `Event` would not wait for better.
    """

    code = "OTP602"
    name = "sleep-polling-loop"
    audit = "`Process.sleep` in 58 test files; \"no synchronous test APIs\" (both audits)"
    valid = (
        Example("import threading\nready = threading.Event()\nready.wait(timeout=10)\n"),
        Example(
            "import time\nwhile running:\n    drain_queue()\n    time.sleep(1)\n",
            path="app/worker.py",
        ),
        Example(
            "import time\ndef test_retry():\n    while True:\n        try:\n"
            "            return connect()\n        except OSError:\n            time.sleep(0.1)\n",
            path="tests/test_retry.py",
        ),
    )
    invalid = (
        Example("import time\nwhile not worker.ready:\n    time.sleep(0.1)\n"),
        Example(
            "import asyncio\nasync def wait_started(server):\n"
            "    while not server.started:\n        await asyncio.sleep(0.05)\n"
        ),
        Example(
            "import time\ndef test_job():\n    while job.state != 'done':\n"
            "        job.refresh()\n        time.sleep(0.1)\n",
            path="tests/test_job.py",
        ),
    )

    def visit_While(self, node: ast.While, ctx: FileContext) -> None:
        sleep = self._busy_wait(node, ctx)
        if sleep is None and ctx.is_test_file:
            sleep = self._polls(node, ctx)
        if sleep is None:
            return
        self.report(
            ctx, node,
            f"`while` loop polls its condition with `{sleep}`; wait on an Event/Condition "
            "or a queue, or use one wait helper with a deadline",
        )

    @staticmethod
    def _busy_wait(node: ast.While, ctx: FileContext) -> Optional[str]:
        found: Optional[str] = None
        for stmt in node.body:
            if isinstance(stmt, (ast.Pass, ast.Continue)):
                continue
            qn = _statement_sleep(stmt, ctx)
            if qn is None:
                return None
            found = qn
        return found

    @staticmethod
    def _polls(node: ast.While, ctx: FileContext) -> Optional[str]:
        for child in body_nodes(node.body, _NOT_THIS_LOOP, include_stop=False):
            qn = sleep_name(child, ctx)
            if qn is not None:
                return qn
        return None


# ---------------------------------------------------------------------------
# OTP603
# ---------------------------------------------------------------------------
_START_METHODS = frozenset({
    "create_task", "ensure_future", "submit", "run_in_executor", "start",
    "call_soon", "call_later", "call_soon_threadsafe",
})
_START_FUNCS = frozenset({"asyncio.create_task", "asyncio.ensure_future"})
_THREADS = frozenset({"threading.Thread", "threading.Timer", "multiprocessing.Process"})
# The function itself blocks until something is done: it is synchronous.
_BLOCKING_METHODS = frozenset({
    "wait", "result", "communicate", "run_forever", "run_until_complete", "wait_for",
    "gather", "as_completed", "run", "serve_forever",
})
# Calls that only store a handle (in a list, a set, a dict): storing is not waiting.
_STORE_METHODS = frozenset({"append", "add", "extend", "insert", "appendleft", "setdefault"})
_BLOCKING_FUNCS = frozenset({"gather", "wait", "wait_for", "as_completed"})
# Attributes of a handle that wait for it, called or passed on (``addCleanup(t.join)``).
_WAIT_ATTRS = frozenset({"join", "result", "wait", "exception", "cancel"})
_CALLBACK_ARG = {"call_soon": 0, "call_soon_threadsafe": 0, "call_later": 1}
_DEFAULT_SYNC_METHODS = (
    "join", "wait", "wait_closed", "flush", "drain", "shutdown", "close", "stop",
    "__exit__", "__aexit__",
)
_DEFAULT_SYNC_SUFFIXES = ("_sync", "_and_wait", "_blocking", "_wait")


class _Start:
    """One call that starts background work, as seen by ``visit_Call``."""

    __slots__ = ("call", "label", "receiver", "thread_calls")

    def __init__(
        self, call: ast.Call, label: str, receiver: Optional[ast.expr],
        thread_calls: tuple[ast.Call, ...] = (),
    ) -> None:
        self.call = call
        self.label = label
        self.receiver = receiver
        self.thread_calls = thread_calls  # for ``.start()``: the calls that made the thread


def _is_thread_join(call: ast.Call) -> bool:
    """``t.join()``, ``t.join(5)``, ``t.join(timeout=...)``; not ``", ".join(parts)``."""
    if call.keywords:
        return all(k.arg == "timeout" for k in call.keywords) and not call.args
    if not call.args:
        return True
    arg = call.args[0]
    return len(call.args) == 1 and isinstance(arg, ast.Constant) and (
        isinstance(arg.value, (int, float)) and not isinstance(arg.value, bool)
    )


class _Body:
    """One function's own body (not nested functions, lambdas or classes), walked once."""

    def __init__(self, node: FunctionNode) -> None:
        self.parent: dict[int, ast.AST] = {}
        self.ids: set[int] = set()
        self.returns_value = False
        self.is_generator = False
        self.blocks = False
        self.with_names: set[str] = set()
        self.waited_names: set[str] = set()
        self.for_aliases: dict[str, set[str]] = {}
        self.while_lines: list[int] = []
        args = node.args
        self.params = {
            a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs,
                            args.vararg, args.kwarg) if a is not None
        }
        stack: list[ast.AST] = list(node.body)
        for stmt in node.body:
            self.parent[id(stmt)] = node
        while stack:
            n = stack.pop()
            self.ids.add(id(n))
            if isinstance(n, _NESTED_SCOPES):
                continue
            self._note(n)
            for child in ast.iter_child_nodes(n):
                self.parent[id(child)] = n
                stack.append(child)

    def _note(self, n: ast.AST) -> None:
        if isinstance(n, ast.Return):
            v = n.value
            if v is not None and not (isinstance(v, ast.Constant) and v.value is None):
                self.returns_value = True
        elif isinstance(n, (ast.Yield, ast.YieldFrom)):
            self.is_generator = True
        elif isinstance(n, ast.While):
            self.while_lines.append(n.lineno)
        elif isinstance(n, (ast.With, ast.AsyncWith)):
            for item in n.items:
                if isinstance(item.optional_vars, ast.Name):
                    self.with_names.add(item.optional_vars.id)
        elif isinstance(n, ast.Await):
            self.waited_names.update(
                x.id for x in ast.walk(n.value) if isinstance(x, ast.Name)
            )
        elif isinstance(n, (ast.For, ast.AsyncFor)):
            if isinstance(n.target, ast.Name) and isinstance(n.iter, ast.Name):
                self.for_aliases.setdefault(n.target.id, set()).add(n.iter.id)
        elif isinstance(n, ast.Attribute):
            if n.attr in _WAIT_ATTRS and isinstance(n.value, ast.Name):
                self.waited_names.add(n.value.id)
        elif isinstance(n, ast.Call):
            func = n.func
            if not (isinstance(func, ast.Attribute) and func.attr in _STORE_METHODS):
                # Handed to someone else (``reloader.run(thread)``, ``monitor(task)``).
                for arg in [*n.args, *(k.value for k in n.keywords)]:
                    if isinstance(arg, ast.Starred):
                        arg = arg.value
                    if isinstance(arg, ast.Name):
                        self.waited_names.add(arg.id)
            if isinstance(func, ast.Attribute):
                if func.attr in _BLOCKING_METHODS or (
                    func.attr == "join" and _is_thread_join(n)
                ):
                    self.blocks = True
            elif isinstance(func, ast.Name) and func.id in _BLOCKING_FUNCS:
                self.blocks = True

    def loops_after(self, node: ast.expr) -> bool:
        """A ``while`` loop starts after ``node``: the function keeps running (an
        event loop, a reloader, a wait until the work is ready)."""
        line = node.end_lineno or node.lineno
        return any(w > line for w in self.while_lines)

    def is_waited(self, name: str) -> bool:
        names = {name} | {alias for alias, its in self.for_aliases.items() if name in its}
        return bool(names & self.waited_names)

    def statement_of(self, node: ast.AST) -> Optional[ast.AST]:
        """The statement of this body that contains ``node``."""
        n: Optional[ast.AST] = node
        while n is not None and not isinstance(n, ast.stmt):
            n = self.parent.get(id(n))
        return n

    def inside_await(self, node: ast.AST) -> bool:
        n = self.parent.get(id(node))
        while n is not None and not isinstance(n, ast.stmt):
            if isinstance(n, ast.Await):
                return True
            n = self.parent.get(id(n))
        return False


def _handle_names(start: _Start, body: _Body) -> set[str]:
    """Local names through which the function keeps the started work."""
    if start.label.endswith(".start()"):
        recv = start.receiver
        return {recv.id} if isinstance(recv, ast.Name) else set()
    stmt = body.statement_of(start.call)
    names: set[str] = set()
    if isinstance(stmt, ast.Assign):
        for t in stmt.targets:
            names.update(x.id for x in ast.walk(t) if isinstance(x, ast.Name))
    elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        names.add(stmt.target.id)
    elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        func = stmt.value.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in ("append", "add", "extend")
            and isinstance(func.value, ast.Name)
        ):
            names.add(func.value.id)
    return names


class MissingSyncApi(Rule):
    """
    ## What it does
    In non-test files, flags a public function or method (its name does not
    start with `_`) that starts background work and returns no value (only a
    bare `return` or `return None`), when callers have no way to wait for that
    work. Background work is `asyncio.create_task`, `asyncio.ensure_future`,
    `X.create_task`, `X.submit(fn, ...)`, `X.run_in_executor`, `.start()` on a
    `Thread`/`Timer`/`Process` the function creates, `X.call_soon`,
    `X.call_later` and `X.call_soon_threadsafe`. Callers can wait when, for a
    method, its class defines one of the `sync-methods` (`join`, `wait`,
    `wait_closed`, `flush`, `drain`, `shutdown`, `close`, `stop`, `__exit__`,
    `__aexit__`), or, for either, a sibling named `<name>` plus one of the
    `sync-suffixes` (`_sync`, `_and_wait`, `_blocking`, `_wait`) exists.
    Reported at the `def` line, even when the function stores a handle on
    `self`: a handle callers must know to dig out is not an API.

    ## Why is this bad?
    The audits' "No synchronous test APIs - async operations lack sync
    alternatives for testing" is the cause of their other test finding,
    `Process.sleep` in 58 test files: when an API only casts, a test can only
    sleep and hope. OTP pairs every `cast` with a `call`, and a process you
    start with a way to monitor it.

    In Python, a method that calls `asyncio.create_task(...)` or
    `Thread(...).start()` and returns `None` gives its caller nothing to
    `await` or `join`: errors in the work are lost with it, shutdown cannot
    wait for it, and a test must sleep until it is probably done.

    ## Example
    ```python
    import asyncio

    class Indexer:
        def reindex(self, docs):
            self._task = asyncio.create_task(self._reindex(docs))
    ```

    ## Use instead
    Return the handle, or offer a way to wait:
    ```python
    import asyncio

    class Indexer:
        def reindex(self, docs) -> asyncio.Task[None]:
            return asyncio.create_task(self._reindex(docs))

        async def reindex_and_wait(self, docs):
            await self._reindex(docs)
    ```
    or give the class a `wait_closed()`/`join()`/`close()` that waits for
    everything it started.

    ## Options
    - `sync-methods`: method names that let callers wait for a class's
      background work. Default: `join`, `wait`, `wait_closed`, `flush`,
      `drain`, `shutdown`, `close`, `stop`, `__exit__`, `__aexit__`.
    - `sync-suffixes`: suffixes that make `<name><suffix>` the synchronous
      twin of `<name>`. Default: `_sync`, `_and_wait`, `_blocking`, `_wait`.

    ## Known limits
    Precision first. Only module-level functions and methods of module-level
    classes are public API here (not nested functions, not `main`, not
    `test*` functions). Work the function waits for itself is not background:
    a call inside `await`; work started on a task group or executor bound by
    the function's own `with`/`async with`; a handle kept in a local that the
    function awaits, joins (also `addCleanup(t.join)`), or passes to another
    call (`gather`, `wait`, `reloader.run(thread)`; appending it to a list is
    only storing). Nor is a function that blocks anyway: one that calls
    `.wait()`/`.result()`/`.run()`/`run_until_complete`/`t.join()`/`gather`,
    or runs a `while` loop after starting the work (an event loop, a wait
    until the work is ready). `call_soon`/`call_later` of the caller's own
    callback (a parameter) is a callback API, and `X.submit("literal")` is no
    `submit(fn, ...)`. A sync method also counts as the first or last word of
    a public method's name (`server_close`, `join_all`). A class whose bases
    are not all defined in the same file might inherit a way to wait: its
    methods are not reported. A thread made by a subclass of `Thread` is not
    recognised.
    """

    code = "OTP603"
    calls = _START_METHODS | last_names(_START_FUNCS)
    name = "missing-sync-api"
    files = "non-test"
    audit = "\"No synchronous test APIs - async operations lack sync alternatives\" (both audits)"
    options = (
        Option(
            "sync-methods", _DEFAULT_SYNC_METHODS,
            "method names that let callers wait for a class's background work", str_list,
        ),
        Option(
            "sync-suffixes", _DEFAULT_SYNC_SUFFIXES,
            "suffixes naming the synchronous twin of a function", str_list,
        ),
    )
    valid = (
        Example(
            "import asyncio\ndef reindex(docs):\n"
            "    return asyncio.create_task(do_reindex(docs))\n"
        ),
        Example(
            "import threading\nclass Poller:\n    def start(self):\n"
            "        self._t = threading.Thread(target=self._run)\n        self._t.start()\n"
            "    def join(self, timeout=None):\n        self._t.join(timeout)\n"
        ),
        Example(
            "import asyncio\ndef notify(msg):\n    asyncio.create_task(send(msg))\n"
            "async def notify_and_wait(msg):\n    await send(msg)\n"
        ),
        Example(
            "import asyncio\nasync def run_all(jobs):\n"
            "    async with asyncio.TaskGroup() as tg:\n"
            "        for j in jobs:\n            tg.create_task(j())\n"
        ),
    )
    invalid = (
        Example(
            "import asyncio\nclass Indexer:\n    def reindex(self, docs):\n"
            "        self._task = asyncio.create_task(self._reindex(docs))\n"
        ),
        Example(
            "import threading\ndef start_poller():\n"
            "    threading.Thread(target=poll, daemon=True).start()\n"
        ),
        Example(
            "def flush_later(loop, buf):\n    loop.call_later(1.0, buf.flush)\n"
        ),
    )

    def __init__(self, options: Optional[dict[str, Any]] = None) -> None:
        super().__init__(options)
        self._sync_methods = frozenset(self.opts["sync-methods"])
        self._suffixes = tuple(self.opts["sync-suffixes"])

    # -- collecting: every call that may start background work ---------------
    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr not in _START_METHODS:
                return
        elif not isinstance(func, ast.Name):
            return
        fscope = ctx.function()
        if fscope is None or fscope.kind != "function":
            return
        fnode = fscope.node
        assert isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef))
        if fnode.name.startswith("_"):
            return
        start = self._start(node, ctx)
        if start is None:
            return
        found: dict[int, tuple[Scope, list[_Start]]] = ctx.fact("otp603.starts", _new_dict)
        found.setdefault(id(fscope), (fscope, []))[1].append(start)

    def _start(self, node: ast.Call, ctx: FileContext) -> Optional[_Start]:
        func = node.func
        qn = ctx.qualified_name(func)
        if qn in _START_FUNCS:
            return _Start(node, qn or "", None)
        if not isinstance(func, ast.Attribute):
            return None
        attr = func.attr
        recv = func.value
        if attr == "start":
            if node.args or node.keywords:
                return None
            fact = ctx.type_of(recv)
            if fact is None or fact.name not in _THREADS or not fact.calls:
                return None
            return _Start(node, f"{fact.name}.start()", recv, fact.calls)
        if attr == "ensure_future":
            return None  # only asyncio.ensure_future, matched above
        if attr == "submit" and (not node.args or isinstance(node.args[0], ast.Constant)):
            return None  # ``X.submit(fn, ...)``: a literal is no function
        return _Start(node, f".{attr}()", recv)

    # -- judging: once per function that starts something ----------------------
    def finish(self, ctx: FileContext) -> None:
        found: dict[int, tuple[Scope, list[_Start]]] = ctx.fact("otp603.starts", _new_dict)
        if not found:
            return
        view = structure(ctx)
        for fscope, starts in found.values():
            fnode = fscope.node
            assert isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef))
            if not view.is_api(fscope) or _not_an_api(fnode.name):
                continue
            body = _Body(fnode)
            if body.returns_value or body.is_generator or body.blocks:
                continue
            background = [s for s in starts if _is_background(s, body)]
            if not background or self._can_wait(fscope, fnode.name, ctx):
                continue
            twin = fnode.name + (self._suffixes[0] if self._suffixes else "_sync")
            self.report(
                ctx, fnode,
                f"public `{fnode.name}()` starts background work (`{background[0].label}`) "
                f"and returns nothing to wait on; return the task/future, or offer "
                f"`{twin}()` or a `join`/`wait_closed`/`close` method",
            )

    def _can_wait(self, fscope: Scope, name: str, ctx: FileContext) -> bool:
        view = structure(ctx)
        owner = fscope.parent
        if owner is None:
            return True
        twins = {name + suffix for suffix in self._suffixes}
        cls = view.enclosing_class(fscope)
        if cls is None:
            return bool(view.names_in(owner) & twins)
        if cls.is_open or cls.members & twins:
            return True
        # ``close``, and also public ``server_close``/``join_all``: a sync method
        # as the first or last word of the name.
        sync = self._sync_methods
        for member in cls.members:
            if member in sync:
                return True
            if not member.startswith("_"):
                words = member.split("_")
                if words[0] in sync or words[-1] in sync:
                    return True
        return False


def _not_an_api(name: str) -> bool:
    """Private names, an entry point (``main``) and tests are not APIs to wait on."""
    return name.startswith("_") or name == "main" or name.startswith("test")


def _is_background(start: _Start, body: _Body) -> bool:
    """Whether ``start`` leaves work running that this function does not wait for."""
    call = start.call
    if id(call) not in body.ids or body.inside_await(call) or body.loops_after(call):
        return False
    recv = start.receiver
    if start.thread_calls:
        # ``.start()`` counts only on a thread this function creates.
        if not all(id(c) in body.ids for c in start.thread_calls):
            return False
    elif isinstance(recv, ast.Name) and recv.id in body.with_names:
        return False  # a task group / executor the function waits on
    attr = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    pos = _CALLBACK_ARG.get(attr)
    if pos is not None and len(call.args) > pos:
        cb = call.args[pos]
        if isinstance(cb, ast.Name) and cb.id in body.params:
            return False  # schedules the caller's own callback: a callback API
    return not any(body.is_waited(n) for n in _handle_names(start, body))


def _new_dict(ctx: FileContext) -> dict[int, Any]:
    return {}


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (SleepInTest, SleepPollingLoop, MissingSyncApi)
