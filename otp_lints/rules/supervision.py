"""OTP3xx: supervision (unsupervised spawning).

The audits found `Task.start/1` and `GenServer.start/2` with no link and no
supervisor: work that nobody waits for, whose crash nobody sees. The Python
forms are tasks and futures whose handle is thrown away, threads and processes
started with no handle kept, and child processes nobody waits for.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from typing import Optional, Union

from otp_lints import projectfacts
from otp_lints.context import FileContext
from otp_lints.diagnostics import Edit, Fix
from otp_lints.edits import char_col
from otp_lints.flow import method_call
from otp_lints.rule import (
    PROCESS_ENDS,
    Example,
    Rule,
    blocking_queue_call,
    body_nodes,
    is_docstring,
    makes_value,
    module_noop,
    module_receiver,
    only_def,
    subprocess_faked,
)
from otp_lints.semantic import (
    CONSTRUCTORS,
    EVENT,
    POOL_TYPES,
    POPEN,
    PROCESS,
    TASK_GROUP,
    THREAD,
    THREAD_TYPES,
    TIMER,
    Scope,
    SemanticModel,
    call_argument,
    dotted,
    is_none,
    last_name,
)
from otp_lints.shapes import (
    body_holding,
    enclosing,
    loops_forever,
    returns_no_value,
    scope_body,
    statement_of,
    stmt_path,
    target_is_none,
)
from otp_lints.structure import structure

PREFIX: str = "OTP3"
TITLE: str = "Supervision (unsupervised spawning)"

_TASK_FUNCS = frozenset({
    "asyncio.create_task", "asyncio.ensure_future",
    "asyncio.tasks.create_task", "asyncio.tasks.ensure_future",
})
_TASK_LAST = frozenset({"create_task", "ensure_future"})


class DanglingTask(Rule):
    """
    ## What it does
    Flags a call of `asyncio.create_task`, `asyncio.ensure_future` or
    `X.create_task(...)` whose result is discarded: an expression statement,
    `_ = ...`, or a local variable that is never read afterwards (the message
    names it). Also a task kept in a local whose only use is `task.cancel()`:
    cancelled, never awaited. A `create_task` on a task group (bound by
    `async with asyncio.TaskGroup() as tg` or `async with
    anyio.create_task_group() as tg`, or annotated `asyncio.TaskGroup`) is not
    flagged.

    ## Why is this bad?
    This is `Task.start/1` without a supervisor, which the first audit found in
    the load-test worker ("Uses `Task.start/1` without supervision"): work that
    nobody links to, so nobody learns when it crashes.

    In Python it is worse: the event loop keeps only a weak reference to a
    task, so a task nobody holds can be garbage-collected mid-flight, and an
    exception it raises is only logged ("Task exception was never retrieved")
    when the task object is finally collected, if ever.

    ## Example
    ```python
    import asyncio

    async def handle(request):
        asyncio.create_task(audit_log(request))
    ```

    ## Use instead
    ```python
    import asyncio

    async def handle(request):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(audit_log(request))
    ```
    or keep the task and await it (or hand it to something that does).

    ## Fix safety
    The fix keeps the task alive: it adds it to a module-level set and
    registers a done-callback that discards it (the pattern the `asyncio`
    documentation recommends). It is unsafe because it changes the task's
    lifetime and still leaves its result unobserved; a task group or an
    `await` is the real remedy.

    ## Options
    None.

    ## Known limits
    Unlike ruff's RUF006, a task assigned to a local that is never read is
    flagged too. A task stored anywhere (an attribute, a container, returned,
    passed to a function) is not flagged, even if nobody awaits it later.
    `X.create_task` is flagged where `X` is named for an event loop (`loop`,
    `self._loop`, `asyncio.get_running_loop()`) and is not known to be a task
    group, when it is given a coroutine (a positional argument or `coro=`).
    Any other object's `create_task` (`self._conn.create_task(coro)`) may be
    the project's own method, which keeps the task and reports its error
    (asyncssh's `SSHConnection.create_task`): not flagged.
    The last statement of a `with pytest.raises(...)`/`self.assertRaises(...)`
    block is expected to raise, creates no task and is not flagged. Nor is a
    `create_task` given a call of a blocking queue's method
    (`loop.create_task(self.work_queue.put(x))` with `self.work_queue =
    queue.PriorityQueue()`: thread-worker): that is `None`, no coroutine,
    so the call raises and starts no task (a bug of its own, not this one).

    A task group handed to a nested function is one: `g.create_task(...)` is
    not flagged where `g` is a parameter of a nested function that every call
    in the enclosing function passes a name bound by `async with
    <TaskGroup>() as name` around that call (or, recursively, its own `g`),
    and that is used in no other way.

    The task-group class may come from `asyncio` or from the `taskgroup`
    backport (`try: from asyncio import TaskGroup` / `except ImportError:
    from taskgroup import TaskGroup`, also aliased): `tg.create_task(...)`
    with `async with TaskGroup() as tg`, and `self._group.create_task(...)`
    where every assignment of `self._group` in the class is `TaskGroup()`,
    are not flagged: the group holds each task it creates and awaits it on
    exit (`create_task` on a group not entered raises).

    In test files, a task that runs one operation of an asyncio primitive
    local to the test (`asyncio.create_task(q.put("a"))` with `q =
    asyncio.Queue()`; also `Event`, `Lock`, `Semaphore`, `Condition`,
    `Barrier`) is not flagged when the test uses the primitive again: the
    operation can only complete through that primitive, where the test
    observes it, and the primitive holds the waiting task.

    A task whose coroutine supervises itself is not flagged, whether it is
    discarded or only cancelled: an `async def` of the same file
    (`self._connect(...)`, `worker(...)`, a nested function; also through a
    local, `accept = self._accept(conn); loop.create_task(accept)`) whose
    body is one `try` (after statements that cannot fail: a docstring,
    `transport = None`, `print("started")`, a standard-library import; or
    around a record of how the work went made of plain values:
    `status.update({"status": "success" if ok else "failed"})`, `if status
    is None: status = {}`, bluesky-queueserver's
    `_execute_background_task`; a record computed by a call stays flagged)
    with a handler that catches
    every exception (bare, `Exception`, `BaseException`) and either hands it
    on (passes it to a call such as `waiter.set_exception(exc)`, also inside
    a dict, stores it on an object: `result.error = exc`, or reports it:
    `log.exception(...)`, `traceback.print_exc()`
    before `raise`, `call_exception_handler`) or does not re-raise it, where
    the handlers before it re-raise only `SystemExit`, `KeyboardInterrupt`
    or `CancelledError`: no failure reaches the task, so holding it would
    show nothing (whether that handler loses the error is OTP501's
    question). The `try` may also be the body of a worker's loop, after
    steps that cannot fail and before bookkeeping, as OTP303 allows for a
    thread's target (`while self.is_running(): event = await
    self._queue.get(); if event == self._sentinel: continue; try: ...`:
    splitio's event and segment workers); `while True:` only with such a
    guard that ends it. A catch-all that cleans up and re-raises unreported stays
    flagged. A task only cancelled is not flagged either in a test named for
    cancellation (`test_cancel_...`): the cancellation is its subject.
    A catch-all written `except Exception:` is one in a file with a star
    import too (a builtin exception's name that nothing in the file binds).

    Nor is a task whose coroutine (an `async def` of the file, found as
    above) only sleeps and nudges: every statement `await
    asyncio.sleep(t)`, `fut.cancel()` or `event.set()` (no arguments), a
    constant bound to a name, `nonlocal` or `pass`, `ticks += 1` (an integer
    constant added to or taken from a name), also as the body of a `while
    True:` loop. It cannot raise, so no
    error is lost, and while it sleeps the loop's timer holds it (`async def
    kill(fut): await asyncio.sleep(0.2); fut.cancel()`; a test's heartbeat,
    `while True: await asyncio.sleep(0.01); ticks += 1`, kept and cancelled
    in a `finally`, showing the loop stayed free); also inside a `for` over
    a name or attribute or an `if` whose test compares names, attributes
    and constants (aiosmb's `terminate()`: `for worker in self.workers:
    worker.cancel()`, then `if self._task is not None: self._task.cancel()`).
    A coroutine that
    calls `stream.feed_eof()` stays flagged: a stream's own `feed_eof` is
    often the code under test.

    A task cancelled by the very next statement (`t = asyncio.create_task(c)`
    then `t.cancel()`) is not flagged: the loop has not run it yet, so its
    coroutine never starts and no error of it can be lost. Under an eager task
    factory (`asyncio.eager_task_factory`) the coroutine runs up to its first
    `await` inside `create_task`, and an error raised there would be lost: not
    flagged all the same.
    """

    code = "OTP301"
    calls = _TASK_LAST
    call_facts = frozenset({"cancel"})
    name = "dangling-task"
    fix_safety = "unsafe"
    audit = "unsupervised processes (`Task.start/1` without supervision)"
    valid = (
        Example(
            "import queue\nclass Worker:\n    def __init__(self, loop):\n"
            "        self.loop = loop\n        self.work_queue = queue.PriorityQueue()\n"
            "    def put(self, item):\n"
            "        self.loop.create_task(self.work_queue.put((10, item)))\n"
        ),
        Example(
            "import asyncio, logging\nclass Manager:\n    def start(self, work):\n"
            "        asyncio.ensure_future(self._supervise(work))\n"
            "    async def _supervise(self, work, status=None):\n"
            "        if status is None:\n            status = {}\n"
            "        status.update({'status': 'running'})\n        ok = False\n"
            "        try:\n            ok = await work\n        except Exception:\n"
            "            logging.exception('background task failed')\n"
            "        status.update({'status': 'success' if ok else 'failed'})\n"
        ),
        Example(
            "import asyncio\nclass Enumerator:\n    def finish(self):\n"
            "        asyncio.create_task(self.terminate())\n"
            "    async def terminate(self):\n        for worker in self.workers:\n"
            "            worker.cancel()\n        if self.results is not None:\n"
            "            self.results.cancel()\n"
        ),
        Example(
            "import asyncio\nasync def main():\n"
            "    async with asyncio.TaskGroup() as tg:\n        tg.create_task(work())\n"
        ),
        Example(
            "import asyncio\nasync def kill(fut):\n    await asyncio.sleep(0.2)\n"
            "    fut.cancel()\nasync def client(fut):\n"
            "    asyncio.create_task(kill(fut))\n    await fut\n"
        ),
        Example(
            "import asyncio\nasync def main():\n"
            "    task = asyncio.create_task(work())\n    await task\n"
        ),
        Example(
            "try:\n    from asyncio import TaskGroup\nexcept ImportError:\n"
            "    from taskgroup import TaskGroup\n"
            "class Group:\n    def __init__(self):\n        self._group = TaskGroup()\n"
            "    def spawn(self, coro):\n        self._group.create_task(coro)\n"
        ),
        Example(
            "import asyncio\nasync def main():\n"
            "    async def spawn(g):\n        g.create_task(work())\n"
            "    async with asyncio.TaskGroup() as tg:\n        tg.create_task(spawn(tg))\n"
        ),
        Example(
            "import asyncio\nasync def test_put():\n    q = asyncio.Queue(maxsize=1)\n"
            "    asyncio.create_task(q.put('a'))\n    assert await q.get() == 'a'\n",
            path="tests/test_queue.py",
        ),
        Example(
            "import asyncio\nasync def connect(waiter):\n    try:\n        await handshake()\n"
            "    except BaseException as exc:\n        waiter.set_exception(exc)\n"
            "    else:\n        waiter.set_result(None)\n"
            "def start(loop, waiter):\n    loop.create_task(connect(waiter))\n"
        ),
        # an object of the project's own: its create_task may keep the task
        Example(
            "class Auth:\n    def start(self):\n"
            "        self._conn.create_task(self.run())\n"
        ),
        Example(
            "class Loop:\n    def _accept(self, conn):\n"
            "        accept = self._accept2(conn)\n        self.create_task(accept)\n\n"
            "    async def _accept2(self, conn):\n        transport = None\n        try:\n"
            "            transport = await self._make_transport(conn)\n"
            "        except (SystemExit, KeyboardInterrupt):\n            raise\n"
            "        except BaseException as exc:\n            if self._debug:\n"
            "                self.call_exception_handler({'exception': exc})\n"
        ),
        Example(
            "import asyncio\nasync def main():\n"
            "    task = asyncio.create_task(work())\n    task.cancel()\n"
        ),
        Example(
            "import asyncio\nasync def test_loop_free(generate):\n    ticks = 0\n"
            "    async def heartbeat():\n        nonlocal ticks\n"
            "        while True:\n            await asyncio.sleep(0.01)\n"
            "            ticks += 1\n"
            "    heart = asyncio.create_task(heartbeat())\n"
            "    try:\n        await generate()\n    finally:\n        heart.cancel()\n"
            "    assert ticks > 5\n",
            path="tests/test_keygen.py",
        ),
        Example(
            "import asyncio\nimport logging\nfrom .models import *\n"
            "async def logging_coroutine(coro):\n    try:\n        await coro\n"
            "    except Exception:\n        logging.exception('failed')\n"
            "def update(vc):\n    asyncio.create_task(logging_coroutine(vc.update()))\n"
        ),
        Example(
            "import asyncio, logging\nlog = logging.getLogger(__name__)\n"
            "class Worker:\n    def start(self):\n"
            "        asyncio.get_running_loop().create_task(self._run())\n"
            "    async def _run(self):\n        while self.is_running():\n"
            "            event = await self._queue.get()\n"
            "            if event is None:\n                break\n"
            "            try:\n                await self._handler(event)\n"
            "            except Exception:\n"
            "                log.debug('handler failed', exc_info=True)\n"
        ),
    )
    invalid = (
        Example("import asyncio\nasync def main():\n    asyncio.create_task(work())\n"),
        Example(
            "import asyncio\nclass Client:\n    def start(self):\n"
            "        self._loop.create_task(self.work())\n"
        ),
        Example(
            "import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n"
            "    task = loop.create_task(work())\n"
        ),
        Example(
            "import asyncio\nasync def serve():\n"
            "    beat = asyncio.create_task(heartbeat())\n"
            "    try:\n        await handle()\n    finally:\n        beat.cancel()\n"
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        qn = ctx.qualified_name(func)
        if qn is not None:
            if qn not in _TASK_FUNCS:
                return  # e.g. a module-level create_task of another library
            what = qn.replace("asyncio.tasks.", "asyncio.")
        elif isinstance(func, ast.Attribute) and func.attr == "create_task":
            recv = ctx.type_of(func.value)
            if recv is not None and recv.name == TASK_GROUP:
                return
            if _task_group_parameter(func.value, ctx) or _group_receiver(func.value, ctx):
                return
            if not _loop_like(func.value):
                return  # an object of the project's own: its create_task may keep the task
            what = "create_task"
        else:
            return
        if not node.args and not any(kw.arg in ("coro", None) for kw in node.keywords):
            return  # not a coroutine: some other API's create_task(summary=...)
        if node.args and blocking_queue_call(node.args[0], ctx):
            return  # ``create_task(self.work_queue.put(x))``: no coroutine, no task
        local = ctx.semantic.assigned_local(node)
        if not ctx.is_discarded(node):
            if local is not None and _only_cancelled(local[0], local[1], ctx) and not (
                ctx.is_test_file
                and (_waits_on_local_primitive(node, ctx) or _named_for_cancel(ctx))
            ) and not _cancelled_at_once(node, local[0], ctx) \
                    and not _supervises_itself(node, ctx):
                self.report(
                    ctx, node,
                    f"the task from `{what}(...)` in `{local[0]}` is only ever cancelled, "
                    "never awaited: an exception it raised before is lost, and it can be "
                    "garbage-collected while it unwinds; await it after `cancel()`",
                )
            return
        if ctx.is_test_file and _waits_on_local_primitive(node, ctx):
            return
        if _supervises_itself(node, ctx):
            return
        if local is not None:
            held = f"is bound to `{local[0]}`, which is never read"
        else:
            held = "is discarded"
        self.report(
            ctx, node,
            f"the task from `{what}(...)` {held}: it can be garbage-collected "
            "mid-flight and its exception is lost; use a TaskGroup or keep and await it",
            fix=_keep_task_fix(ctx, node),
        )


def _loop_like(expr: ast.expr) -> bool:
    """``loop``, ``self._loop``, ``asyncio.get_running_loop()``: a receiver named
    for an event loop, whose ``create_task`` is asyncio's."""
    while isinstance(expr, ast.Call):
        expr = expr.func
    if isinstance(expr, ast.Attribute):
        name = expr.attr
    elif isinstance(expr, ast.Name):
        name = expr.id
    else:
        return False
    return "loop" in name.lower()


# asyncio synchronisation primitives: an operation on one only ends when
# another task acts on the same object.
_ASYNCIO_PRIMITIVES = frozenset({
    f"asyncio.{name}" for name in (
        "Queue", "LifoQueue", "PriorityQueue", "Event", "Lock", "Semaphore",
        "BoundedSemaphore", "Condition", "Barrier",
    )
})


def _waits_on_local_primitive(node: ast.Call, ctx: FileContext) -> bool:
    """The task runs one operation of an asyncio primitive that is a local of the
    test (``create_task(q.put("a"))`` with ``q = asyncio.Queue()``) and the test
    uses that primitive again: the task only does what the primitive lets it,
    the test observes it there, and the primitive holds the waiting task."""
    coro = node.args[0] if node.args else None
    if not (isinstance(coro, ast.Call) and isinstance(coro.func, ast.Attribute)
            and isinstance(coro.func.value, ast.Name)):
        return False
    name = coro.func.value.id
    func = ctx.function()
    if func is None:
        return False
    sem = ctx.semantic
    owner = sem.lookup(name, ctx.scope)
    if owner is not func:
        return False
    bindings = func.bindings.get(name, [])
    for b in bindings:
        value = b.value
        if b.kind != "assign" or not isinstance(value, ast.Call):
            return False
        qn = sem.qualified_name(value.func, func)
        if qn is None or qn.replace("asyncio.queues.", "asyncio.").replace(
                "asyncio.locks.", "asyncio.") not in _ASYNCIO_PRIMITIVES:
            return False
    return bool(bindings) and func.loads.get(name, 0) >= 2


_CATCH_ALL = frozenset({"builtins.BaseException", "builtins.Exception"})


def _exception_name(expr: ast.expr, ctx: FileContext) -> Optional[str]:
    """The qualified name of an exception class in an ``except`` clause. A builtin
    exception's bare name that nothing in the file binds stays the builtin under
    ``from x import *`` too (which keeps ``qualified_name`` from trusting any
    unbound name): a module exporting its own ``Exception`` is not a real case."""
    qn = ctx.qualified_name(expr)
    if qn is None and isinstance(expr, ast.Name) and expr.id in _BUILTIN_EXCEPTIONS \
            and ctx.semantic.lookup(expr.id, ctx.scope) is None:
        return "builtins." + expr.id
    return qn


_BUILTIN_EXCEPTIONS = frozenset({
    "BaseException", "Exception", "SystemExit", "KeyboardInterrupt", "GeneratorExit",
})


def _supervises_itself(node: ast.Call, ctx: FileContext) -> bool:
    """The task's coroutine is defined in this file and cannot fail
    (``_cannot_fail_body``), or is one ``try`` whose
    handler catches every exception and hands it on (``waiter.set_exception(exc)``,
    ``log.exception(...)``, ``traceback.print_exc()`` before ``raise``,
    ``self.call_exception_handler(context)``): its failure reaches someone
    without the task. The coroutine may be a local bound to the call
    (``accept = self._accept(conn); loop.create_task(accept)``), and the ``try``
    may follow statements that cannot fail (``transport = None``,
    ``print("started")``)."""
    fn = _coroutine_def(node, ctx)
    if fn is None:
        return False
    if _cannot_fail_body(fn, ctx):
        return True
    body = [stmt for stmt in fn.body if not (_cannot_fail(stmt) or _status_bookkeeping(stmt))]
    if len(body) != 1:
        return False
    step = _worker_loop_try(body[0], ctx) or body[0]  # a worker's loop around the ``try``
    if not isinstance(step, ast.Try):
        return False
    handlers = step.handlers
    if any(
        (h.type is None or _exception_name(h.type, ctx) in _CATCH_ALL) and _hands_on(h)
        for h in handlers
    ):
        return True
    # No failure leaves the coroutine (whether the handler loses it is OTP501's
    # question, not the task's).
    return _swallows_all(handlers, ctx)


def _coroutine_def(node: ast.Call, ctx: FileContext) -> Optional[ast.AsyncFunctionDef]:
    """The ``async def`` of this file whose coroutine the task runs:
    ``create_task(work(...))``, or a local bound once to ``work(...)``."""
    coro = node.args[0] if node.args else call_argument(node, None, "coro")
    if isinstance(coro, ast.Name):
        bound = ctx.semantic.bindings_of(coro.id, ctx.scope)
        if not bound or len(bound) != 1 or bound[0].kind != "assign":
            return None
        coro = bound[0].value  # type: ignore[assignment]
    if not isinstance(coro, ast.Call):
        return None
    defn = _resolve_def(coro.func, ctx)
    if defn is None or not isinstance(defn[0], ast.AsyncFunctionDef):
        return None
    return defn[0]


# Methods that cannot raise when called with no argument: a future's, task's,
# handle's or timer's ``cancel()``, an event's ``set()``. (Not ``feed_eof()``:
# a stream's own implementation is often the code under test.)
_CANNOT_RAISE_METHODS = frozenset({"cancel", "set"})
_ASYNC_SLEEPS = frozenset({"asyncio.sleep", "asyncio.tasks.sleep"})


def _cannot_fail_body(fn: ast.AsyncFunctionDef, ctx: FileContext) -> bool:
    """The coroutine only sleeps and nudges: ``await asyncio.sleep(t)``,
    ``fut.cancel()``, ``event.set()``, constants bound to names,
    ``nonlocal``/``pass``, also in a ``while True:`` loop that counts its
    ticks (``ticks += 1``: a test's heartbeat, cancelled when the test is
    done), in a ``for`` over a name or attribute (``for w in self.workers:
    w.cancel()``), under an ``if`` of a simple test or inside ``with`` a
    lock held in a name or attribute. It cannot raise, so no error is
    lost, and while it sleeps the loop's timer holds it."""
    return _only_sleeps(fn.body, ctx) is True


def _only_sleeps(stmts: list[ast.stmt], ctx: FileContext) -> Optional[bool]:
    """None if a statement may fail; else whether one of them sleeps or nudges."""
    saw = False
    for stmt in stmts:
        if _cannot_fail(stmt) or isinstance(stmt, (ast.Nonlocal, ast.Global, ast.Pass)):
            continue
        value = stmt.value if isinstance(stmt, ast.Expr) else None
        if isinstance(value, ast.Await) and isinstance(value.value, ast.Call) \
                and ctx.qualified_name(value.value.func) in _ASYNC_SLEEPS \
                and len(value.value.args) <= 1 and not value.value.keywords:
            saw = True
            continue
        if _nudges(stmt) or _sleeps(stmt, ctx):
            saw = True
            continue
        if _stores_plainly(stmt):
            continue  # ``self._state = State.RUNNING``
        if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) \
                and isinstance(stmt.op, (ast.Add, ast.Sub)) \
                and isinstance(stmt.value, ast.Constant) \
                and type(stmt.value.value) is int:
            continue  # ``ticks += 1``: a count of a loop's turns
        if isinstance(stmt, ast.While) and _is_literal_true(stmt.test) and not stmt.orelse:
            inner = _only_sleeps(stmt.body, ctx)
        elif isinstance(stmt, ast.For) and isinstance(stmt.target, ast.Name) \
                and dotted(stmt.iter) is not None and not stmt.orelse:
            inner = _only_sleeps(stmt.body, ctx)  # ``for w in self.workers: w.cancel()``
        elif isinstance(stmt, ast.If) and _simple_test(stmt.test):
            inner = _only_sleeps(stmt.body, ctx)  # ``if self._task is not None: ...``
            rest = _only_sleeps(stmt.orelse, ctx)
            inner = None if inner is None or rest is None else inner or rest
        elif isinstance(stmt, ast.With) and all(
            item.optional_vars is None and dotted(item.context_expr) is not None
            for item in stmt.items
        ):
            inner = _only_sleeps(stmt.body, ctx)  # ``with _lock: changed.set()``
        else:
            return None
        if inner is None:
            return None
        saw = saw or inner
    return saw


def _plain_value(expr: ast.expr) -> bool:
    """A constant, a name or attribute, or a choice between them
    (``"success" if success else "failed"``)."""
    if isinstance(expr, ast.IfExp):
        return all(_plain_value(e) for e in (expr.test, expr.body, expr.orelse))
    return isinstance(expr, ast.Constant) or dotted(expr) is not None


def _status_bookkeeping(stmt: ast.stmt) -> bool:
    """A supervising coroutine's record of how the work went, around its
    ``try``: ``status.update({"status": "running", "err_msg": ""})`` (a
    literal dict of plain values), ``if status is None: status = {}``
    (bluesky-queueserver's ``_execute_background_task``)."""
    if isinstance(stmt, ast.If):
        return (
            not stmt.orelse and _simple_test(stmt.test)
            and all(_cannot_fail(s) or _stores_plainly(s) for s in stmt.body)
        )
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return (
        isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
        and call.func.attr == "update" and isinstance(call.func.value, ast.Name)
        and len(call.args) == 1 and not call.keywords and isinstance(call.args[0], ast.Dict)
        and all(k is not None and _plain_value(k) for k in call.args[0].keys)
        and all(_plain_value(v) for v in call.args[0].values)
    )


def _stores_plainly(stmt: ast.stmt) -> bool:
    """``self._state = State.RUNNING``, ``done = True``: a constant, name or
    attribute stored in names or attributes."""
    return (
        isinstance(stmt, ast.Assign)
        and (isinstance(stmt.value, ast.Constant) or dotted(stmt.value) is not None)
        and all(dotted(t) is not None for t in stmt.targets)
    )


def _finite_and_cannot_fail(fn: Union[ast.FunctionDef, ast.AsyncFunctionDef],
                            ctx: FileContext) -> bool:
    """A thread's target of this file that pauses, tests and stores plain
    values and has no loop that could run forever (bluesky-queueserver's
    ``sleep(0.02)`` then ``if self._state != COMPLETED: self._state =
    RUNNING``): no failure to lose, and it ends."""
    return _only_sleeps(fn.body, ctx) is True and not any(
        isinstance(n, ast.While) for n in ast.walk(fn)
    )


_EXIT_OR_CANCEL = frozenset({
    "builtins.SystemExit", "builtins.KeyboardInterrupt", "builtins.GeneratorExit",
    "asyncio.CancelledError", "asyncio.exceptions.CancelledError",
})


def _reraises(handler: ast.ExceptHandler) -> bool:
    return any(isinstance(n, ast.Raise) for n in body_nodes(handler.body))


def _exit_or_cancel(handler: ast.ExceptHandler, ctx: FileContext) -> bool:
    """``except (SystemExit, KeyboardInterrupt):``, ``except CancelledError:``:
    the event loop lets these through on its own."""
    if handler.type is None:
        return False
    items = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return all(_exception_name(t, ctx) in _EXIT_OR_CANCEL for t in items)


# Standard-library modules a function imports for itself (``import queue``
# at the top of a thread's body): the import cannot fail. A fixed list, so that
# every Python version reports the same.
_STDLIB_IMPORTS = frozenset({
    "asyncio", "collections", "concurrent", "contextlib", "datetime", "functools",
    "itertools", "json", "logging", "math", "multiprocessing", "os", "queue", "random",
    "re", "select", "selectors", "signal", "socket", "subprocess", "sys", "threading",
    "time", "traceback", "typing", "uuid", "weakref",
})


def _cannot_fail(stmt: ast.stmt) -> bool:
    """A docstring, ``x = None`` (a constant, or an empty ``[]`` or ``{}``,
    bound to names), ``print("...")`` of constants, ``import queue`` (a
    standard-library module)."""
    if isinstance(stmt, ast.Import):
        return all(a.name.split(".")[0] in _STDLIB_IMPORTS for a in stmt.names)
    if isinstance(stmt, ast.ImportFrom):
        return not stmt.level and (stmt.module or "").split(".")[0] in _STDLIB_IMPORTS
    if isinstance(stmt, ast.Expr):
        value = stmt.value
        if isinstance(value, ast.Constant):
            return True
        return (
            isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id == "print" and not value.keywords
            and all(isinstance(a, ast.Constant) for a in value.args)
        )
    return isinstance(stmt, ast.Assign) and _constant_value(stmt.value) and all(
        isinstance(t, ast.Name) for t in stmt.targets
    )


def _constant_value(value: ast.expr) -> bool:
    """``None``, ``0``, ``"..."``, or an empty ``[]``, ``{}``, ``()``."""
    if isinstance(value, ast.Constant):
        return True
    if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        return not value.elts
    return isinstance(value, ast.Dict) and not value.keys


# Calls that report the exception being handled with its traceback.
_REPORTS = frozenset({
    "exception", "print_exc", "print_exception", "call_exception_handler", "handle_error",
    "handleError", "excepthook",
})


def _hands_on(handler: ast.ExceptHandler) -> bool:
    """The handler passes the caught exception to a call (also inside a literal
    dict or list: ``context = {"exception": exc}``), stores it on an object
    (``result.error = exc``), or reports it with its traceback."""
    held: set[str] = {handler.name} if handler.name is not None else set()
    for n in body_nodes(handler.body):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 \
                and isinstance(n.targets[0], ast.Name) and _current_exception(n.value):
            held.add(n.targets[0].id)  # ``e = sys.exc_info()[1]`` (code older than ``as``)
        if isinstance(n, ast.Assign) and isinstance(n.value, (ast.Dict, ast.List, ast.Tuple)) \
                and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and any(
                    isinstance(v, ast.Name) and v.id in held
                    for v in (n.value.values if isinstance(n.value, ast.Dict) else n.value.elts)
                ):
            held.add(n.targets[0].id)  # ``context = {"exception": exc}``
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and n.value.id in held \
                and any(isinstance(t, (ast.Attribute, ast.Subscript)) for t in n.targets):
            return True  # stored on an object: ``result.error = exc``
        if not isinstance(n, ast.Call):
            continue
        if last_name(n.func) in _REPORTS:
            return True
        values = [*n.args, *(kw.value for kw in n.keywords)]
        # also in a literal list or tuple: ``results.extend([False, exc])``
        values += [e for v in values if isinstance(v, (ast.List, ast.Tuple)) for e in v.elts]
        if any(isinstance(v, ast.Name) and v.id in held for v in values):
            return True
    return False


def _current_exception(expr: ast.expr) -> bool:
    """``sys.exc_info()[1]``: the exception being handled."""
    return (
        isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Constant)
        and expr.slice.value == 1 and isinstance(expr.value, ast.Call)
        and not expr.value.args and dotted(expr.value.func) == "sys.exc_info"
    )


# Task-group classes: ``asyncio``'s and the ``taskgroup`` backport's (the same
# class for Pythons before 3.11, imported in ``except ImportError:``).
_GROUP_CLASSES = frozenset({
    "asyncio.TaskGroup", "asyncio.taskgroups.TaskGroup", "taskgroup.TaskGroup",
    "taskgroup.taskgroups.TaskGroup",
})


def _group_constructor(func: ast.expr, scope: Scope, ctx: FileContext) -> bool:
    """``func`` makes a task group: a known constructor, or a name every binding
    of which imports one of the task-group classes (``try: from asyncio import
    TaskGroup`` / ``except ImportError: from taskgroup import TaskGroup``, also
    aliased)."""
    sem = ctx.semantic
    qn = sem.qualified_name(func, scope)
    if qn is not None:
        return qn in _GROUP_CLASSES or CONSTRUCTORS.get(qn) == TASK_GROUP
    if not isinstance(func, ast.Name):
        return False
    bindings = sem.bindings_of(func.id, scope) or []
    return bool(bindings) and all(
        b.kind == "import" and b.qualname in _GROUP_CLASSES for b in bindings
    )


def _group_receiver(recv: ast.expr, ctx: FileContext) -> bool:
    """``tg.create_task(...)`` where every binding of ``tg`` is ``async with
    <TaskGroup>() as tg``, or ``self.<attr>.create_task(...)`` where every
    binding of the attribute in the class is ``self.<attr> = <TaskGroup>()``
    (the constructor resolved by ``_group_constructor``): an asyncio task group
    holds every task it creates and its exit awaits them (and ``create_task``
    on a group not entered raises)."""
    sem = ctx.semantic
    if isinstance(recv, ast.Name):
        owner = sem.lookup(recv.id, ctx.scope)
        if owner is None:
            return False
        bindings = owner.bindings.get(recv.id, [])
        return bool(bindings) and all(
            b.kind == "with" and isinstance(b.value, ast.Call)
            and _group_constructor(b.value.func, b.origin or owner, ctx)
            for b in bindings
        )
    if not (isinstance(recv, ast.Attribute) and isinstance(recv.value, ast.Name)):
        return False
    func = ctx.function()
    if func is None or func.self_name != recv.value.id or func.class_scope is None:
        return False
    if any(b.kind != "param" for b in func.bindings.get(func.self_name, [])):
        return False
    bindings = func.class_scope.attr_bindings.get(recv.attr, [])
    return bool(bindings) and all(
        b.kind == "assign" and isinstance(b.value, ast.Call)
        and _group_constructor(b.value.func, b.origin or func.class_scope, ctx)
        for b in bindings
    )


def _task_group_parameter(recv: ast.expr, ctx: FileContext) -> bool:
    """``g.create_task(...)`` in a nested function whose parameter ``g`` is a task
    group at every call of it in the enclosing function: each call passes a name
    bound by ``async with <TaskGroup>() as name`` around it (or, recursively,
    its own ``g``), and the function is used in no other way."""
    if not isinstance(recv, ast.Name):
        return False
    func = ctx.function()
    if func is None or not isinstance(func.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    fn = func.node
    name = recv.id
    bindings = func.bindings.get(name, [])
    if len(bindings) != 1 or bindings[0].kind != "param":
        return False
    params = [*fn.args.posonlyargs, *fn.args.args]
    index = next((i for i, a in enumerate(params) if a.arg == name), None)
    parent = func.parent
    if parent is None or not parent.is_function:
        return False
    if len(parent.bindings.get(fn.name, [])) != 1:
        return False
    sem = ctx.semantic
    calls = 0
    loads = 0
    # (node, task-group names bound around it, inside the function itself)
    stack: list[tuple[ast.AST, frozenset[str], bool]] = [
        (stmt, frozenset(), False) for stmt in scope_body(parent)
    ]
    while stack:
        n, groups, inside = stack.pop()
        if n is fn:
            inside = True
        if isinstance(n, (ast.With, ast.AsyncWith)):
            bound = set(groups)
            for item in n.items:
                cm, var = item.context_expr, item.optional_vars
                if isinstance(cm, ast.Call) and isinstance(var, ast.Name):
                    qn = sem.qualified_name(cm.func, parent)
                    if qn is not None and CONSTRUCTORS.get(qn) == TASK_GROUP:
                        bound.add(var.id)
            groups = frozenset(bound)
        if isinstance(n, ast.Name) and n.id == fn.name and isinstance(n.ctx, ast.Load):
            loads += 1
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == fn.name:
            calls += 1
            arg = call_argument(n, index, name)
            if not isinstance(arg, ast.Name):
                return False
            if not (arg.id in groups or (inside and arg.id == name)):
                return False
        stack.extend((k, groups, inside) for k in ast.iter_child_nodes(n))
    return calls > 0 and calls == loads


def _named_for_cancel(ctx: FileContext) -> bool:
    """A function around the call is named for cancellation (``test_cancel_x``):
    in a test, the cancelled task is then the subject."""
    s: Optional[Scope] = ctx.scope
    while s is not None:
        fn = s.node
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and "cancel" in fn.name.lower():
            return True
        s = s.parent
    return False


def _cancel_statements(ctx: FileContext) -> dict[tuple[int, str], int]:
    """``(function scope, name) -> how many `name.cancel()` statements it has``."""
    out: dict[tuple[int, str], int] = {}
    for call, scope in ctx.nodes(ast.Call):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "cancel" and not call.args \
                and isinstance(func.value, ast.Name) and ctx.semantic.is_discarded(call):
            key = (id(scope), func.value.id)
            out[key] = out.get(key, 0) + 1
    return out


def _only_cancelled(name: str, scope: Scope, ctx: FileContext) -> bool:
    """Every read of the local ``name`` is a ``name.cancel()`` statement of its own
    function: the task is cancelled, but nothing awaits it or looks at its end."""
    sem = ctx.semantic
    if scope.dynamic or sem.read_in_nested(name, scope):
        return False
    reads = scope.loads.get(name, 0)
    if reads == 0:
        return False
    cancels = ctx.fact("otp301.cancels", _cancel_statements).get((id(scope), name), 0)
    return cancels == reads


def _cancelled_at_once(node: ast.Call, name: str, ctx: FileContext) -> bool:
    """The statement right after ``name = create_task(...)`` is ``name.cancel()``:
    the task is cancelled before the loop ever runs it, so its coroutine never
    starts (a task cancelled before its first step is thrown ``CancelledError``
    at its start), and no error of it can be lost."""
    stmt, path = statement_of(enclosing(ctx, node), node)
    if not isinstance(stmt, ast.Assign) or stmt.value is not node:
        return False
    block = body_holding(path[-1], stmt) if path else scope_body(ctx.scope)
    if block is None:
        return False
    for i, s in enumerate(block[:-1]):
        if s is stmt:
            after = block[i + 1]
            break
    else:
        return False
    return (
        isinstance(after, ast.Expr) and isinstance(after.value, ast.Call)
        and not after.value.args and method_call(after.value, "cancel") == name
    )


TASK_SET = "_background_tasks"


def _keep_task_fix(ctx: FileContext, call: ast.Call) -> Optional[Fix]:
    """The asyncio docs' recipe, for a task created as a statement of its own in a
    function: bind it, keep it in a module-level set, discard it when done."""
    lines = ctx.lines
    func = ctx.function()
    if lines is None or func is None or call.end_lineno is None:
        return None
    first = lines[call.lineno - 1]
    start = char_col(ctx, call.lineno, call.col_offset)
    if first[:start].strip():
        return None  # not at the start of its line (e.g. `if x: create_task(...)`)
    last = lines[call.end_lineno - 1]
    rest = last[char_col(ctx, call.end_lineno, call.end_col_offset or 0):]
    if rest.strip() and not rest.strip().startswith("#"):
        return None  # `create_task(...); other()` or part of a larger expression
    name = "task"
    n = 1
    while _name_taken(func, name):
        name, n = f"task_{n}", n + 1
    indent = first[:start]
    eol = len(last.rstrip("\r\n"))
    edits = [
        Edit(call.lineno, start, call.lineno, start, f"{name} = "),
        Edit(call.end_lineno, eol, call.end_lineno, eol,
             f"\n{indent}{TASK_SET}.add({name})"
             f"\n{indent}{name}.add_done_callback({TASK_SET}.discard)"),
    ]
    if TASK_SET not in ctx.semantic.module.bindings:
        definition = ctx.fact("otp301.task-set", _task_set_definition)
        if definition is None:
            return None
        edits.append(definition)
    return Fix("unsafe", f"Keep the task in `{TASK_SET}` until it is done", tuple(edits))


def _name_taken(scope: Scope, name: str) -> bool:
    """Whether ``name`` is bound or read in a function or the scopes around it, or
    read in any scope nested in it (asked per candidate name: no set of every
    name in the module is built)."""
    s: Optional[Scope] = scope
    while s is not None:
        if name in s.bindings or name in s.loads:
            return True
        s = s.parent
    return SemanticModel.read_in_nested(name, scope, shadowed_too=True)


def _task_set_definition(ctx: FileContext) -> Optional[Edit]:
    """``_background_tasks = set()`` after the module's last top-level import
    (or its docstring), so it exists before any function runs."""
    lines = ctx.lines
    body = getattr(ctx.tree, "body", [])
    anchor: Optional[ast.stmt] = None
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        anchor = body[0]  # the docstring
    for stmt in body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            anchor = stmt
    text = (f"# Running tasks, referenced until done (otp-lints OTP301).\n"
            f"{TASK_SET} = set()\n")
    if anchor is None or anchor.end_lineno is None or lines is None:
        return None  # nowhere safe (a shebang or coding cookie may own line 1)
    line = anchor.end_lineno
    eol = len(lines[line - 1].rstrip("\r\n"))
    return Edit(line, eol, line, eol, "\n\n" + text.rstrip("\n"))


_FUTURE_LAST = frozenset({
    "submit", "run_in_executor", "apply_async", "map_async", "run_coroutine_threadsafe",
})


class DiscardedFuture(Rule):
    """
    ## What it does
    Flags a discarded result (an expression statement, `_ = ...`, or a local
    never read afterwards) of `X.submit(fn, ...)` (with at least one positional
    argument), `X.run_in_executor(...)`, `asyncio.run_coroutine_threadsafe(...)`,
    and `apply_async`/`map_async` on a `multiprocessing.Pool` or
    `multiprocessing.pool.ThreadPool` known from the same file.

    ## Why is this bad?
    A future is the only link to work running elsewhere: the audits'
    unsupervised `Task.start/1` again. When the work raises, the exception is
    stored in the future; if nobody ever calls `result()`, nobody ever sees it,
    and the failure is silent (no log line, no crash, nothing).

    ## Example
    ```python
    executor.submit(send_email, user)
    ```

    ## Use instead
    ```python
    future = executor.submit(send_email, user)
    future.result(timeout=30)          # or add_done_callback that logs errors
    ```

    ## Options
    None.

    ## Known limits
    `X.submit` with no positional argument (`form.submit()`) is not flagged;
    with one, `X` is a `concurrent.futures` executor or a pool known from the
    file, anything named for one (`executor`, `self._pool`, `tpe`, `e`,
    `workers`, `dispatcher`, `session`, a dask `client`), an instance of a
    class of the project (below) or of a class named for running work
    (`engine = JobEngine()`, also from an installed package), or any
    receiver handed a lambda or a coroutine
    (`self.agent.submit(self._start())`) or another call
    (`service.submit(make_job(1))`), unless that call is a builtin making a
    plain value (`dead_letter.submit(str(body), {})`: py-serverless-kit's
    dead-letter queue, whose `submit` publishes and returns a message id;
    nine such reports judged noise). A receiver of no known
    type named otherwise and handed a value (`service.submit(draft, step,
    answers)`, `controller.submit(ANSWERS)`, `queue.submit(command)`,
    `self.cdp.submit(selector)`) is not flagged: such a `submit` is a form's,
    a wizard's or a job queue's, which returns a record or nothing
    (groundworkers, cmd_queue, seleniumbase, mypy's build manager: 47 such
    reports judged noise); an executor behind another name is missed
    (s3transfer's `self._transfer_coordinator.submit(...)`, which returns
    the executor's future: one of its fifteen reports judged TP). An awaited
    `run_in_executor` is not discarded. A future stored or passed on is not
    flagged even if nobody looks at it later, nor is the
    last statement of a `with pytest.raises(...)`/`self.assertRaises(...)`
    block (it is expected to raise).

    Not flagged either, because no error can be lost: `X.submit(lambda:
    None)` (a lambda whose body is a constant cannot raise; a wake-up nudge
    to a pool), and `X.submit(...)` where `X` is an instance of a class
    of the project (`self` in its methods, or a variable assigned only
    `C(...)` or bound by `with C() as X` where `C`'s own `__enter__`
    returns `self`; `C` defined in the same file, or imported from another
    module of the project and read there, as OTP203 reads a base test
    class, also through a package's `__init__` that re-exports it) whose
    own `submit` returns no value: there is no future (executor-engine's
    `Engine.submit`, which waits for its own future; `self` also in a
    function nested in the method: aiobatch's decorator `wrapper`). So is `self.X` in a
    method, where the class's methods bind `self.X` only to `None` or to
    `C(...)` of one such class (`self.otel = Exporter(endpoint)`, also
    imported inside the method: interlockd), and a local of a method bound
    only to that `self.X` (`pool = self._worker_pool`, read in the method or
    in a function nested in it: rabbitkit's `on_message_pooled`); any other
    binding of the attribute keeps the report. So is, in a test file, a
    parameter of a test or a fixture (also read in a function nested in
    it) that pytest fills from a fixture of the same module giving one
    such class's instance: its return annotation names the class
    (`def te_fixture() -> ThreadTaskExecutor`: gooddata-flight-server's
    tests), or it returns or yields only `C(...)` or a local bound only to
    it; a fixture of a conftest, or one renamed by `name=`, is not read. A
    class of an installed package is not read.
    Nor `api.submit(...)` where `api` is a module: imported with `import
    api`, or with `from jobrunner import api` when `jobrunner/api.py` (or a
    package `jobrunner/api/`) is a module of the project, found as a base
    class is (PyJobRunner's command); a name imported from an installed
    package is not read and stays reported.
    Nor `X.submit("text")` (a literal string, number or display cannot be an
    executor's work: `X` is no executor), nor `X.submit(op)` or
    `X.submit(*ops)` where what is submitted is only objects made by a
    class's alternate constructor, a lower-case method of a CamelCase name
    (`op = backend.Operation.fsync(fd)`; a list display or comprehension of
    such calls, or `[]` filled by `ops.append(op)`): an object, not the
    function an executor runs (caio's `Context.submit` returns a count; an
    operation's error is raised by its own `get_value()`), nor work that
    cannot raise on the number literals it is given (`ex.submit(id, 42)`,
    `ex.submit(time.sleep, 0.1)`, `ex.submit(mul, 21, 2)` with `mul` a
    function of the file whose body is one `return` of `+`/`-`/`*` on its
    parameters): no error can be lost.
    Nor `X.submit(...)` where the file tests the truth of `X.submit(...)`
    elsewhere (`if not self._worker.submit(job):`, the same `self.` receiver
    in the same class): a future is always true, so this `submit` answers
    whether the work was accepted and returns no future to keep. The same
    when the file binds `X.submit(...)` to a name that it compares with a
    number (`submit_ret = ctx.submit(block)`, then `self.assertEqual(1,
    submit_ret)`: linux-aio's `AIOContext.submit`, a count of blocks): no
    future equals a number.
    Nor `X.submit(f, ...)` where `f` is a function or method of the file
    (`self._replace`) whose body holds one `try` (or one loop whose header
    only reads a name, an attribute or a held container's length, `while
    len(self._heartbeats) > 0:`, and whose whole body is the `try`) with a
    handler catching every exception that logs it (`log.exception(...)`, a warning or louder,
    or any level with `exc_info=`) or hands it on, without re-raising, and
    around it only statements that call nothing but logging and `submit`
    (a lock-guarded early `return`, the retry): the work reports its own
    failures, so the future holds none (OTP301 and OTP303 judge such work
    the same way). The `try`'s `else` and `finally` are not read. So does
    work whose body (past a docstring) is one call, given only names, of
    such a function of the file or of another module of the project
    (pymq's `_call_listener(fn, data)` calling `invoke_function(fn, data)`
    from `pymq.provider.base`, found and read as OTP203 reads a base test
    class).
    Nor `asyncio.run_coroutine_threadsafe(q.put(item), loop)` where the
    receiver of the one-item `put` is named for a queue (`queue`,
    `track._queue`, `output_q`): an `asyncio.Queue`'s `put` cannot raise, so
    the future holds no error. The name is trusted: a class of one's own
    named `...queue` whose async `put` can fail is missed. Nor
    `asyncio.run_coroutine_threadsafe(f(...), loop)` where `f` is a
    coroutine function of the file that reports its own failures, as for
    `submit` above (launchdarkly's `try: await session.post(...)` /
    `except Exception as e: log.warning(...)`). Nor
    `asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop)`, a sleep of a
    number literal handed to another thread's loop to wake it up (mode's
    thread keep-alive): it can only be cancelled. A sleep of a computed delay
    (`asyncio.sleep(delay())`) stays flagged.
    Nor work that is a known event's `wait` (with at most a number for its
    timeout) or `set` (`ex.submit(resume.wait, 5)` with `resume =
    threading.Event()`, also a local bound only to `multiprocessing.Event()`):
    neither can raise. Nor `m.submit(...)` where `m` is bound only by `import
    m` (`acoustid.submit(key, data)`): a module's own function, a web API's,
    never an executor's. Nor `pool.apply_async(...)`/`map_async(...)` given an
    `error_callback=`: the error is handed to it; nor `X.submit(...)` given
    one (not `None`), a runner of one's own that takes the error handler
    the way `multiprocessing.Pool` does (DefStream's `Pool.submit(fn, body,
    callback=..., error_callback=...)`): the name is trusted, so a runner
    that ignored the keyword would be missed. Nor `X.submit(f)` where `f`
    is an undecorated function defined once at the module's top level whose
    body does nothing (`def _noop_for_executor_warm_up(): pass`, a pool's
    warm-up): nothing can fail. Nor work given no arguments that is an
    undecorated function or method of the file taking none, whose body only
    pauses, stores plain values and sets events, with no `while` loop
    (`X.submit(_prespawn)` with `def _prespawn(): time.sleep(0.2)`;
    `asyncio.run_coroutine_threadsafe(self._set_stop_event(), loop)` with
    `self._current_task = None` then `self._stop_event.set()`: neotasker):
    it ends and cannot fail; the same when it also waits, for a number of
    seconds, on an event the submitting function made
    (`release = threading.Event()`, then `def _occupy(): release.wait(5)`:
    github-webhook-server's tests), a name it does not bind itself (a wait
    with no timeout stays flagged). Any other call in it (`self.ping()`, `await
    self.flush()`), or a nudge of an attribute the file also sets to `None`
    (`self._sleep_task.cancel()` beside `self._sleep_task = None`: an
    `AttributeError` while it is `None`), keeps the report.
    Nor `t.submit(fn, ...)` where `t` is made (a local bound only to such a
    call, or the call itself) by a class imported from another module whose
    qualified name names no runner of work (`t = gr.Textbox()`: gradio's
    event listener registers `fn` as a handler and returns no future). Any
    of executor, pool, client, cluster, scheduler, runner, worker, manager,
    queue, loop, service, dispatch, submit, session, context, view, backend,
    engine, batch, job, task, thread, process, actor, broker, farm, grid,
    ray, dask, spark, parallel, future, async or server in the name keeps it
    flagged (pebble's `ProcessPool`, dask's `Client`); the name is trusted,
    so a runner class named otherwise is missed.
    """

    code = "OTP302"
    calls = _FUTURE_LAST
    node_facts = frozenset({ast.UnaryOp, ast.If, ast.Assign})
    name = "discarded-future"
    audit = "unsupervised processes (`Task.start/1` without supervision)"
    valid = (
        # work that sets and briefly waits on events of its caller: it ends, cannot fail
        Example(
            "import threading\ndef occupy(pool):\n    release = threading.Event()\n"
            "    def _occupy():\n        release.wait(5)\n    pool.submit(_occupy)\n"
            "    release.set()\n"
        ),
        Example(
            "import pytest\n\n\nclass TaskExecutor:\n    def submit(self, task):\n"
            "        self._queue.append(task)\n\n\n@pytest.fixture\n"
            "def te_fixture() -> TaskExecutor:\n    return TaskExecutor()\n\n\n"
            "@pytest.fixture\ndef te_error_fixture(te_fixture):\n    def _factory(task):\n"
            "        te_fixture.submit(task)\n        return te_fixture\n    return _factory\n",
            path="tests/test_tasks.py",
        ),
        Example(
            "def test_fsync(self, fp):\n    with AIOContext(1) as ctx:\n"
            "        block = ReadBlock(fp, bytes())\n        ret = ctx.submit(block)\n"
            "        self.assertEqual(1, ret)\n        ctx.submit(block)\n",
            path="tests/test_block.py",
        ),
        Example(
            "class Engine:\n    def __enter__(self):\n        return self\n"
            "    def __exit__(self, *exc):\n        self.stop()\n"
            "    def submit(self, job):\n        self.jobs.append(job)\n"
            "def run(job):\n    with Engine() as engine:\n        engine.submit(job)\n"
        ),
        Example(
            "from concurrent.futures import ThreadPoolExecutor\n"
            "with ThreadPoolExecutor() as ex:\n    fut = ex.submit(work, 1)\n"
            "    print(fut.result(timeout=5))\n"
        ),
        Example("async def f(loop):\n    await loop.run_in_executor(None, work)\n"),
        Example("def f(form):\n    form.submit()\n"),
        Example("def wake(executor):\n    executor.submit(lambda: None)\n"),
        Example(
            "import queue\nclass Worker:\n    def __init__(self):\n"
            "        self.q = queue.Queue()\n    def submit(self, job):\n"
            "        self.q.put(job)\nworker = Worker()\nworker.submit(1)\n"
        ),
        Example("def answer(responder):\n    responder.submit('yes')\n"),
        Example(
            "class Transport:\n    def send(self, job):\n"
            "        if not self._worker.submit(job):\n            self.lost(job)\n"
            "    def flush(self):\n        self._worker.submit(self._flush)\n"
        ),
        Example(
            "import logging\nlog = logging.getLogger(__name__)\n"
            "def refresh(conn):\n    try:\n        conn.refresh()\n"
            "    except Exception:\n        log.exception('refresh failed')\n"
            "def schedule(executor, conn):\n    executor.submit(refresh, conn)\n"
        ),
        # an attribute bound only to None or to a class whose submit returns nothing
        Example(
            "import queue\nclass Exporter:\n    def __init__(self):\n"
            "        self.q = queue.Queue()\n    def submit(self, rec):\n"
            "        self.q.put_nowait(rec)\nclass Pipeline:\n"
            "    def __init__(self, endpoint):\n        self.otel = None\n"
            "        if endpoint:\n            self.otel = Exporter()\n"
            "    def record(self, rec):\n        if self.otel is not None:\n"
            "            self.otel.submit(rec)\n"
        ),
        # the class's own `self`, read in a function nested in a method
        Example(
            "class Scheduler:\n    def submit(self, task):\n        self.queue.put(task)\n"
            "    def __call__(self, func):\n        def wrapper(*args):\n"
            "            task = Task(args)\n            self.submit(task)\n"
            "            return task.result()\n        return wrapper\n"
        ),
        # the same attribute through a local alias read in a nested function
        Example(
            "import queue\nclass Exporter:\n    def __init__(self):\n"
            "        self.q = queue.Queue()\n    def submit(self, rec):\n"
            "        self.q.put_nowait(rec)\nclass Pipeline:\n"
            "    def __init__(self):\n        self.otel = Exporter()\n"
            "    def consume(self):\n        exporter = self.otel\n"
            "        def on_message(rec):\n            exporter.submit(rec)\n"
            "        return on_message\n"
        ),
        # work that only sets an event: it cannot fail (neotasker)
        Example(
            "import asyncio\nclass Supervisor:\n    async def _set_stop_event(self):\n"
            "        self._current_task = None\n        self._stop_event.set()\n"
            "    def stop(self):\n        asyncio.run_coroutine_threadsafe(\n"
            "            self._set_stop_event(), loop=self._loop)\n"
        ),
        # work that is one call of a function logging every failure (pymq)
        Example(
            "import logging\nlog = logging.getLogger(__name__)\n"
            "def invoke(fn, data):\n    try:\n        fn(data)\n    except Exception:\n"
            "        log.exception('listener %s failed', fn)\n"
            "def call_listener(fn, data):\n    invoke(fn, data)\n"
            "def dispatch(executor, fn, data):\n"
            "    executor.submit(call_listener, fn, data)\n"
        ),
        Example(
            "def mul(x, y):\n    return x * y\n"
            "def test_workers(executor):\n    executor.submit(mul, 21, 2)\n"
            "    executor.submit(id, 42)\n    executor.shutdown()\n"
        ),
        Example(
            "import asyncio\ndef feed(track, frame, loop):\n"
            "    asyncio.run_coroutine_threadsafe(track._queue.put(frame), loop)\n"
        ),
        Example(
            "import threading\ndef hold(executor):\n    resume = threading.Event()\n"
            "    executor.submit(resume.wait, 5)\n    return resume\n"
        ),
        Example("import acoustid\ndef send(key, data):\n    acoustid.submit(key, data)\n"),
        Example(
            "import gradio as gr\ndef build(greet):\n    name = gr.Textbox()\n"
            "    name.submit(greet, name, name)\n"
        ),
        Example(
            "def fsync_all(backend, fd, results):\n"
            "    ctx = backend.Context(max_requests=8)\n"
            "    op = backend.Operation.fsync(fd)\n"
            "    op.set_callback(results.append)\n    ctx.submit(op)\n"
        ),
        Example(
            "import asyncio\nimport logging\nlog = logging.getLogger(__name__)\n"
            "def listen(session, uri, loop):\n    async def post(change):\n        try:\n"
            "            await session.post(uri, json=change)\n"
            "        except Exception as e:\n            log.warning('post failed: %s', e)\n"
            "    def sync_wrapper(change):\n"
            "        asyncio.run_coroutine_threadsafe(post(change), loop)\n"
            "    return sync_wrapper\n"
        ),
        Example(
            "import asyncio\ndef nudge(parent_loop):\n"
            "    asyncio.run_coroutine_threadsafe(asyncio.sleep(0), parent_loop)\n"
        ),
        Example(
            "def _noop_for_warm_up():\n    pass\n"
            "class Pool:\n    def warm_up(self):\n"
            "        self._executor.submit(_noop_for_warm_up)\n"
        ),
        Example(
            "import multiprocessing\npool = multiprocessing.Pool()\n"
            "pool.apply_async(work, (1,), error_callback=report)\n"
        ),
        Example(
            "def dispatch(pool, body, schedule, failed):\n"
            "    pool.submit(work, body, callback=schedule, error_callback=failed)\n"
        ),
        Example(
            "def test_model_step(service, draft):\n"
            "    service.submit(draft, 'model', {'llm_model_choice': 'chat'})\n",
            path="tests/unit/test_setup_write_flows.py",
        ),
        # A builtin's value handed to a receiver not named for an executor: a
        # queue's payload (py-serverless-kit's dead-letter queue).
        Example(
            "def settle(claimed, failed_ids, dead_letter):\n    for msg in claimed:\n"
            "        if msg['id'] in failed_ids and dead_letter is not None:\n"
            "            dead_letter.submit(str(msg.get('body') or ''), {})\n"
        ),
    )
    invalid = (
        # the same work, then a call that can fail
        Example(
            "import threading\ndef occupy(pool):\n    release = threading.Event()\n"
            "    def _occupy():\n        release.wait(5)\n        drain(pool)\n"
            "    pool.submit(_occupy)\n    release.set()\n",
            line=7,
        ),
        Example(
            "import multiprocessing\npool = multiprocessing.Pool()\n"
            "pool.apply_async(work, (1,), error_callback=None)\n"
        ),
        Example(
            "def dispatch(pool, body, schedule):\n"
            "    pool.submit(work, body, callback=schedule)\n"
        ),
        Example("def f(executor):\n    executor.submit(work, 1)\n"),
        Example("import asyncio\nasyncio.run_coroutine_threadsafe(coro(), loop)\n"),
        Example(
            "import multiprocessing\npool = multiprocessing.Pool()\n"
            "pool.apply_async(work, (1,))\n"
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr != "run_coroutine_threadsafe":
            attr = func.attr
            if attr == "submit" and not node.args:
                return
            if not ctx.is_discarded(node):
                return
            if attr == "submit" and (
                _constant_lambda(node.args[0])
                or _not_callable(node.args[0])
                or _submits_made_objects(node.args[0], ctx)
                or _cannot_fail_call(node, ctx)
                or module_noop(ctx, node.args[0])
                or _notifies_event(node, ctx)
                or module_receiver(func.value, ctx)
                or _imported_non_runner(func.value, ctx)
                or _own_submit_returns_nothing(func.value, ctx)
                or _unknown_non_executor(func.value, node, ctx)
                or _submit_tested_for_truth(func.value, ctx)
                or _reports_own_failures(node.args[0], ctx)
                or (len(node.args) == 1 and not node.keywords
                    and _work_cannot_fail(node.args[0], ctx))
                or _hands_errors_on(node)
            ):
                return
            if attr in ("apply_async", "map_async"):
                recv = ctx.type_of(func.value)
                if recv is None or recv.name not in POOL_TYPES:
                    return
                if _hands_errors_on(node):
                    return  # the error is handed to the callback
            what = "." + attr
        else:
            if ctx.qualified_name(func) != "asyncio.run_coroutine_threadsafe":
                return
            if not ctx.is_discarded(node) or (node.args and (
                _puts_on_a_queue(node.args[0])
                or _wakes_loop(node.args[0], ctx)
                or (isinstance(node.args[0], ast.Call)
                    and _reports_own_failures(node.args[0].func, ctx))
                or (isinstance(node.args[0], ast.Call) and not node.args[0].args
                    and not node.args[0].keywords
                    and _work_cannot_fail(node.args[0].func, ctx))
            )):
                return
            what = "asyncio.run_coroutine_threadsafe"
        self.report(
            ctx, node,
            f"the future from `{what}(...)` is discarded, so an exception in the work "
            "is silently lost; keep it and check its result (or add a done-callback)",
        )


def _hands_errors_on(call: ast.Call) -> bool:
    """``error_callback=`` given, and not ``None``: the work's error goes to it
    (``multiprocessing.Pool.apply_async``'s keyword, and a runner's of one's
    own that takes it the same way)."""
    return any(
        kw.arg == "error_callback"
        and not (isinstance(kw.value, ast.Constant) and kw.value.value is None)
        for kw in call.keywords
    )


# A receiver named for a queue: ``queue``, ``self._queue``, ``frames_queue``,
# ``output_q``, ``q``.
_QUEUE_NAME = re.compile(r"(?i)(?:queue|^q|_q)$")


def _wakes_loop(coro: ast.expr, ctx: FileContext) -> bool:
    """``asyncio.sleep(0)`` (of a number literal) handed to another thread's
    loop: a nudge that wakes that loop up. It can only be cancelled, so the
    discarded future loses nothing (mode's thread keep-alive)."""
    return (
        isinstance(coro, ast.Call) and ctx.qualified_name(coro.func) in _ASYNC_SLEEPS
        and not coro.keywords and len(coro.args) <= 1 and all(_number(a) for a in coro.args)
    )


def _puts_on_a_queue(coro: ast.expr) -> bool:
    """``run_coroutine_threadsafe(track._queue.put(frame), loop)``: the work is
    one item put on a receiver named for a queue (an ``asyncio.Queue``), which
    cannot raise, so the future holds no error to lose."""
    if not (isinstance(coro, ast.Call) and isinstance(coro.func, ast.Attribute)
            and coro.func.attr == "put" and len(coro.args) == 1 and not coro.keywords):
        return False
    recv = coro.func.value
    name = recv.attr if isinstance(recv, ast.Attribute) else getattr(recv, "id", None)
    return isinstance(name, str) and _QUEUE_NAME.search(name) is not None


def _notifies_event(node: ast.Call, ctx: FileContext) -> bool:
    """``ex.submit(resume.wait, 5)``, ``ex.submit(done.set)``: the work is a known
    event's ``wait`` (with at most a number for its timeout) or ``set``, which
    cannot raise, so the future holds no error to lose."""
    fn, args = node.args[0], node.args[1:]
    if node.keywords or not isinstance(fn, ast.Attribute):
        return False
    if fn.attr == "set":
        ok = not args
    elif fn.attr == "wait":
        ok = len(args) <= 1 and all(_number(a) for a in args)
    else:
        return False
    return ok and _known_event(fn.value, ctx)


# Words in a class name that mark a runner of work: ``X.submit(...)`` on an
# instance of one may well return a future (``ThreadPoolExecutor``, pebble's
# ``ProcessPool``, dask's ``Client``, a ``Cluster``, a ``Scheduler``, pp's job ``Server``...).
_RUNNER_WORDS = re.compile(
    r"(?i)execut|pool|client|cluster|schedul|runner|worker|manager|queue|loop|"
    r"service|dispatch|submit|session|context|view|backend|engine|batch|job|task|"
    r"thread|process|actor|broker|farm|grid|ray|dask|spark|parallel|future|async|server"
)


def _imported_non_runner(recv: ast.expr, ctx: FileContext) -> bool:
    """``t.submit(fn, ...)`` where ``t`` is made by a class imported from another
    module whose name names no runner of work (``t = gr.Textbox()``, or
    ``gr.Textbox().submit(...)``): a form or widget whose ``submit`` registers a
    handler (gradio's event listeners), not an executor's. The name is
    trusted: a runner class named for none of ``_RUNNER_WORDS`` is missed."""
    calls: list[ast.expr] = []
    if isinstance(recv, ast.Call):
        calls.append(recv)
    elif isinstance(recv, ast.Name):
        made = ctx.semantic.bindings_of(recv.id, ctx.scope)
        if not made:
            return False
        for b in made:
            value = b.value
            if b.kind != "assign" or not isinstance(b.node, (ast.Assign, ast.AnnAssign)) \
                    or not isinstance(value, ast.expr) or value is not b.node.value:
                return False
            calls.append(value)
    else:
        return False
    for call in calls:
        if not isinstance(call, ast.Call) or not isinstance(call.func, (ast.Name, ast.Attribute)):
            return False
        qn = ctx.qualified_name(call.func)
        if qn is None or "." not in qn:
            return False
        cls = qn.rpartition(".")[2]
        root: ast.expr = call.func
        while isinstance(root, ast.Attribute):
            root = root.value
        made = ctx.semantic.bindings_of(root.id, ctx.scope) if isinstance(root, ast.Name) else None
        if not made or any(b.kind != "import" for b in made):
            return False  # not through an import: a class of this file, a parameter
        if not cls[:1].isupper() or _RUNNER_WORDS.search(qn):
            return False
    return bool(calls)


#: A receiver's name that says it runs work: ``executor``, ``self._pool``,
#: ``tpe``, ``exe``, ``e`` (``with ProcessPoolExecutor() as e``),
#: ``message_workers``, ``dispatcher``, ``self.session`` (cassandra-driver's
#: ``Session.submit`` hands the work to the cluster's executor), ``client``
#: (dask's ``Client.submit``).
_EXECUTOR_NAME = re.compile(
    r"(?i)exec|pool|tpe$|^_?(?:e|ex|exe|exc|exer)$|workers$|dispatch|session|client"
)


def _receiver_name(recv: ast.expr) -> str:
    """The last name of ``recv`` (``self._session`` -> ``_session``,
    ``cls.runners[i]`` -> ``runners``, ``get_pool()`` -> ``get_pool``): the
    semantic model's ``last_name`` of what is subscripted; "" for anything
    else."""
    while isinstance(recv, ast.Subscript):
        recv = recv.value
    return last_name(recv)


def _unknown_non_executor(recv: ast.expr, call: ast.Call, ctx: FileContext) -> bool:
    """``service.submit(draft, step, answers)``, ``controller.submit(ANSWERS)``,
    ``self.cdp.submit(selector)``, ``queue.submit(command)``: a receiver of no
    known type whose name says nothing of running work, handed a value rather
    than a coroutine. Most ``submit`` methods of that kind are a form's,
    a wizard's or a job queue's, which return a record or nothing (groundworkers'
    config service, cmd_queue's queues, seleniumbase's CDP form submit,
    mypy's build manager: all judged noise), not a future. A receiver of a
    known executor or pool type, or named for one (``executor``, ``pool``,
    ``self._tpe``, ``e``, ``workers``, ``dispatcher``, ``session``,
    ``client``), stays reported, and so does a coroutine or a lambda handed
    to any receiver (``self.agent.submit(self._start())``: spade's agent
    runs it as a task), a receiver of a class of the project whose
    ``submit`` returns a value (``_project_receiver``) and one made by a
    class named for running work (``_made_by_runner_class``)."""
    if ctx.type_of(recv) is not None:
        return False
    if _project_receiver(recv, ctx) or _made_by_runner_class(recv, ctx):
        return False  # ironflock's ``_FileWorker.submit`` returns its future
    name = _receiver_name(recv)
    if not name or _EXECUTOR_NAME.search(name):
        return False
    first = call.args[0] if call.args else None
    if first is not None and makes_value(first, ctx):
        return True  # ``dead_letter.submit(str(body), {})``: a queue's payload
    return not isinstance(first, (ast.Call, ast.Await, ast.Lambda))


def _made_by_runner_class(recv: ast.expr, ctx: FileContext) -> bool:
    """``recv`` is a name bound only to ``C(...)`` (or by ``with C() as x``)
    of a class whose name says it runs work (``Engine()``,
    ``WorkerPool()``: ``_RUNNER_CLASS``), a class this file cannot read (an
    installed package's, or a module of the project that does not parse):
    its name is trusted, as ``_imported_non_runner`` trusts a class's."""
    if not isinstance(recv, ast.Name):
        return False
    bindings = ctx.semantic.bindings_of(recv.id, ctx.scope) or []
    for b in bindings:
        value = b.value
        if b.kind not in ("assign", "with") or not isinstance(value, ast.Call):
            return False
        name = _receiver_name(value.func)
        if not name or not _RUNNER_CLASS.search(name):
            return False
    return bool(bindings)


#: A class named for running work: ``ThreadPoolExecutor``, ``WorkerPool``,
#: ``JobEngine``, dask's ``Client``, ``LocalCluster``. Not a service, a
#: server, a runner, a worker or a queue: groundworkers' config service,
#: pp's job ``Server`` and prefect's ``WorkerThread`` take a ``submit`` that
#: returns no future (all judged noise).
_RUNNER_CLASS = re.compile(r"(?i)execut|pool|engine|client|cluster")


def _project_receiver(recv: ast.expr, ctx: FileContext) -> bool:
    """``recv`` is known to be an instance of a class of the project: the
    method's own ``self`` (also read in a function nested in it), an
    attribute bound to one class (``_attribute_class``), a name bound to one
    (``_bound_class``). Such a receiver is left to
    ``_own_submit_returns_nothing``, which reads the same bindings: its class
    says whether ``submit`` gives a future."""
    if isinstance(recv, ast.Attribute):
        return _attribute_class(recv, ctx) is not None
    if not isinstance(recv, ast.Name):
        return False
    method = ctx.semantic.lookup(recv.id, ctx.scope)
    if method is not None and recv.id == method.self_name and method.class_scope is not None:
        return True
    return _bound_class(recv, ctx) is not None


def _constant_lambda(fn: ast.expr) -> bool:
    """``lambda: None``: work that cannot raise (a wake-up nudge to the pool)."""
    return isinstance(fn, ast.Lambda) and isinstance(fn.body, ast.Constant)


def _not_callable(arg: ast.expr) -> bool:
    """``r.submit("text")``: a literal string, number or display cannot be the
    work of an executor, so ``r`` is no executor and there is no future."""
    return isinstance(arg, (ast.Constant, ast.JoinedStr, ast.List, ast.Dict, ast.Set, ast.Tuple,
                            ast.ListComp, ast.DictComp, ast.SetComp))


def _alternate_constructor(expr: ast.expr) -> bool:
    """``backend.Operation.fsync(fd)``, ``Operation.read(4, fd, 0)``: a
    lower-case method of a CamelCase name, a class's alternate constructor,
    which makes an object (the operation an I/O context runs), not a
    function."""
    if not (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)):
        return False
    owner = expr.func.value
    name = owner.attr if isinstance(owner, ast.Attribute) else (
        owner.id if isinstance(owner, ast.Name) else ""
    )
    return name[:1].isupper() and not name.isupper() and expr.func.attr[:1].islower() \
        and dotted(expr.func) is not None


def _submits_made_objects(arg: ast.expr, ctx: FileContext) -> bool:
    """``ctx.submit(op)`` with ``op = backend.Operation.fsync(fd)``, or
    ``ctx.submit(*ops)`` over a list of such objects (a display, a
    comprehension, or ``[]`` filled by ``ops.append(op)``): what is
    submitted is objects made by a class's alternate constructor, not the
    function an executor's ``submit(fn, ...)`` runs, so ``ctx`` is no
    executor and there is no future (caio's ``Context.submit`` returns a
    count; an operation's error is raised by its own ``get_value()``)."""
    starred = isinstance(arg, ast.Starred)
    if isinstance(arg, ast.Starred):
        arg = arg.value
    if not isinstance(arg, ast.Name):
        return False
    bound = ctx.semantic.bindings_of(arg.id, ctx.scope)
    if not bound:
        return False
    for b in bound:
        value = b.value
        if b.kind != "assign" or not isinstance(value, ast.expr):
            return False
        if not starred:
            if not _alternate_constructor(value):
                return False
        elif isinstance(value, ast.List) and not value.elts:
            if not _appends_made_objects(arg.id, ctx):
                return False
        elif isinstance(value, ast.List):
            if not all(_alternate_constructor(e) for e in value.elts):
                return False
        elif isinstance(value, ast.ListComp):
            if not _alternate_constructor(value.elt):
                return False
        else:
            return False
    return True


def _appends_made_objects(name: str, ctx: FileContext) -> bool:
    """Every ``name.append(x)`` of the function appends a name bound only by
    a class's alternate constructor, and there is at least one."""
    func = ctx.scope.function()
    if func is None:
        return False
    seen = False
    for n in ast.walk(func.node):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                and isinstance(n.func.value, ast.Name) and n.func.value.id == name \
                and n.func.attr in ("append", "extend", "insert"):
            item = n.args[-1] if n.args else None
            if n.func.attr != "append" or not isinstance(item, ast.Name):
                return False
            bound = ctx.semantic.bindings_of(item.id, ctx.scope)
            if not bound or not all(
                b.kind == "assign" and isinstance(b.value, ast.expr)
                and _alternate_constructor(b.value) for b in bound
            ):
                return False
            seen = True
    return seen


# Builtins that cannot raise on number arguments and return at once (or, for
# ``sleep``, after the time given).
_CANNOT_FAIL_ON_NUMBERS = frozenset({"builtins.id", "time.sleep"})


def _number(arg: ast.expr) -> bool:
    value = arg.value if isinstance(arg, ast.Constant) else None
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def _cannot_fail_call(node: ast.Call, ctx: FileContext) -> bool:
    """``ex.submit(id, 42)``, ``ex.submit(time.sleep, 0.1)``, or ``ex.submit(mul, 21,
    2)`` with ``mul`` a function of the file whose body is one ``return`` of
    ``+``/``-``/``*`` on its parameters and numbers: every argument a
    non-negative number literal, the work cannot raise, so no error is lost."""
    fn, args = node.args[0], node.args[1:]
    if node.keywords or not args or not all(_number(a) for a in args):
        return False
    if ctx.qualified_name(fn) in _CANNOT_FAIL_ON_NUMBERS:
        return len(args) == 1
    defn = only_def(ctx, fn)
    if not isinstance(defn, ast.FunctionDef) or defn.decorator_list:
        return False
    a = defn.args
    if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs or a.defaults \
            or len(a.args) != len(args):
        return False
    body = defn.body
    if len(body) == 2 and isinstance(body[0], ast.Expr) \
            and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # docstring
    if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
        return False
    params = {p.arg for p in a.args}
    return _arithmetic(body[0].value, params)


def _arithmetic(expr: ast.expr, params: set[str]) -> bool:
    """``x * y + 1``: parameters and numbers under ``+``, ``-``, ``*`` (no
    division: it can raise on zero)."""
    if isinstance(expr, ast.Name):
        return expr.id in params
    if isinstance(expr, ast.Constant):
        return type(expr.value) in (int, float)
    if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, (ast.USub, ast.UAdd)):
        return _arithmetic(expr.operand, params)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Add, ast.Sub, ast.Mult)):
        return _arithmetic(expr.left, params) and _arithmetic(expr.right, params)
    return False


# Logging levels that put a failure in front of someone; a lower level counts
# only with ``exc_info=``.
_LOUD_LEVELS = frozenset({"warning", "warn", "error", "critical", "fatal", "exception"})
_QUIET_LEVELS = frozenset({"debug", "info", "log"})


def _logs_failure(handler: ast.ExceptHandler) -> bool:
    """The handler hands the exception on (``_hands_on``) or logs the failure:
    ``log.warning(...)``/``error``/``critical``/``exception``, or a lower
    level with ``exc_info=`` (``log.debug("...", exc_info=True)``)."""
    if _hands_on(handler):
        return True
    for n in body_nodes(handler.body):
        if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)):
            continue
        if n.func.attr in _LOUD_LEVELS:
            return True
        if n.func.attr in _QUIET_LEVELS and _true_exc_info(n):
            return True
    return False


def _true_exc_info(call: ast.Call) -> bool:
    """The call is given ``exc_info=`` anything but a falsy literal."""
    return any(
        kw.arg == "exc_info" and not (isinstance(kw.value, ast.Constant) and not kw.value.value)
        for kw in call.keywords
    )


def _outside_cannot_lose(stmt: ast.stmt) -> bool:
    """A statement around the work's ``try`` that calls nothing but logging
    and ``submit`` (the retry), and neither raises, awaits nor subscripts:
    ``with self._lock: if self.is_shutdown: return``, ``log.debug(...)``,
    ``if not replaced: self._session.submit(self._retry)``."""
    if _cannot_fail(stmt):
        return True
    for n in body_nodes([stmt]):
        if isinstance(n, (ast.Raise, ast.Await, ast.Yield, ast.YieldFrom, ast.Subscript,
                          ast.Assert, ast.Try)):
            return False
        if isinstance(n, ast.Call) and not (
            isinstance(n.func, ast.Attribute)
            and (n.func.attr in _LOUD_LEVELS or n.func.attr in _QUIET_LEVELS
                 or n.func.attr == "submit")
        ):
            return False
    return True


def _reports_own_failures(work: ast.expr, ctx: FileContext) -> bool:
    """``X.submit(self._replace, conn)`` where the work is a function or method
    of this file whose body holds one ``try`` (or one loop whose header cannot
    fail and whose whole body is the ``try``) with a handler catching every
    exception that logs it (warning or louder, or with ``exc_info=``) or hands
    it on without re-raising (nor does a handler before it), and nothing else
    that can fail: the work reports its own failures,
    so the future holds none to lose (as OTP301 and OTP303 judge such work).
    Also work whose body is one call, given only names, of a function that
    does so, in this file or imported from another module of the project
    (pymq's ``_call_listener`` handing the event to ``invoke_function``)."""
    defn = _resolve_def(work, ctx)
    if defn is None:
        return False
    fn = defn[0]
    if _handles_failures(fn, ctx):
        return True
    body = fn.body[1:] if fn.body and is_docstring(fn.body[0]) else fn.body
    call = body[0].value if len(body) == 1 and isinstance(body[0], (ast.Expr, ast.Return)) \
        else None
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name) or call.keywords \
            or not all(isinstance(a, ast.Name) for a in call.args):
        return False
    found = ctx.project_function(call.func.id, ctx.semantic.module)
    return found is not None and found[1] is not fn and _handles_failures(found[1], found[0])


def _work_cannot_fail(work: ast.expr, ctx: FileContext) -> bool:
    """``X.submit(_prespawn)``, ``run_coroutine_threadsafe(self._set_stop_event(),
    loop)``: work given no arguments that is an undecorated function or
    method of this file taking none, and only pauses, stores plain values and
    sets events, with no ``while`` loop (neotasker's ``time.sleep(0.2)`` to
    warm a pool, ``self._current_task = None`` then
    ``self._task_stop_event.set()``): it ends and cannot fail, so its future
    holds no error (OTP303's finite targets, ``_finite_and_cannot_fail``)."""
    defn = _resolve_def(work, ctx)
    if defn is None:
        return False
    fn, bound = defn
    a = fn.args
    params = [*a.posonlyargs, *a.args][1 if bound else 0:]
    if fn.decorator_list or params or a.vararg or a.kwarg or a.kwonlyargs:
        return False
    waits = _closure_event_waits(fn, ctx)
    if waits:  # ``started.set()`` then ``release.wait(5)``: it ends, and cannot fail
        rest = [stmt for stmt in fn.body if stmt not in waits]
        if _only_sleeps(rest, ctx) is None or any(isinstance(n, ast.While) for n in ast.walk(fn)):
            return False
    elif not _finite_and_cannot_fail(fn, ctx):
        return False
    # ``self._sleep_task.cancel()`` where the file also sets ``self._sleep_task
    # = None``: called while it is None, the nudge raises AttributeError.
    cleared = ctx.fact("otp302.none_attributes", _attributes_set_to_none)
    return not any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
        and isinstance(n.func.value, ast.Attribute) and n.func.value.attr in cleared
        for n in ast.walk(fn)
    )


def _closure_event_waits(
    fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], ctx: FileContext,
) -> list[ast.stmt]:
    """The statements of ``fn``'s body that wait, for a number of seconds, on
    an event the submitting function knows (``release.wait(5)``, ``release =
    threading.Event()`` in the test around ``def _occupy():``), the binding
    ``fn`` sees being the one the submitting code sees: the wait returns after
    at most that long, and an event's ``wait`` cannot raise
    (github-webhook-server's test pools)."""
    inner = structure(ctx).scope_of(fn)
    if inner is None:
        return []
    found = []
    for stmt in fn.body:
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "wait" and isinstance(call.func.value, ast.Name)
                and len(call.args) == 1 and not call.keywords and _number(call.args[0])):
            continue
        name = call.func.value.id
        owner = ctx.semantic.lookup(name, inner)
        if owner is not None and owner is ctx.semantic.lookup(name, ctx.scope) \
                and _known_event(call.func.value, ctx):
            found.append(stmt)
    return found


def _attributes_set_to_none(ctx: FileContext) -> frozenset[str]:
    """The attributes the file sets to ``None`` anywhere (``self._task = None``)."""
    return frozenset(
        t.attr
        for n, _ in ctx.nodes(ast.Assign)
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and n.value.value is None
        for t in n.targets if isinstance(t, ast.Attribute)
    )


def _handles_failures(fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], ctx: FileContext) -> bool:
    """``fn`` (a function of ``ctx``'s file) reports its own failures: see
    ``_reports_own_failures``."""
    tries = [stmt for stmt in fn.body if isinstance(stmt, ast.Try)]
    outer: Optional[ast.stmt] = tries[0] if len(tries) == 1 else None
    if not tries:
        # a worker's loop whose whole body is the ``try`` (``while
        # len(self._heartbeats) > 0: try: ...``), its header unable to fail
        loops = [stmt for stmt in fn.body if isinstance(stmt, (ast.While, ast.For))]
        inner = _worker_loop_try(loops[0], ctx) if len(loops) == 1 else None
        if inner is not None:
            outer, tries = loops[0], [inner]
    if len(tries) != 1:
        return False
    handlers = tries[0].handlers
    for i, h in enumerate(handlers):
        if (h.type is None or _exception_name(h.type, ctx) in _CATCH_ALL) \
                and _logs_failure(h) and not _reraises(h) and all(
                    not _reraises(e) or _exit_or_cancel(e, ctx) for e in handlers[:i]):
            break
    else:
        return False
    return all(stmt is outer or _outside_cannot_lose(stmt) for stmt in fn.body)


def _receiver_key(recv: ast.expr, scope: Scope) -> Optional[tuple[int, str]]:
    """``self._worker`` in a method: its class and text; ``worker``: its text."""
    root: ast.expr = recv
    while isinstance(root, ast.Attribute):
        root = root.value
    if not isinstance(root, ast.Name):
        return None
    func = scope.function()
    if func is not None and root.id == func.self_name and func.class_scope is not None:
        return id(func.class_scope), ast.dump(recv)
    if root.id in ("self", "cls"):
        return None
    return 0, ast.dump(recv)


def _tested_submits(ctx: FileContext) -> set[tuple[int, str]]:
    """The receivers whose ``submit(...)`` result the file tests for truth:
    ``if not X.submit(job):``, ``if X.submit(job):``."""
    tested: set[tuple[int, str]] = set()
    exprs = [(n.operand, scope) for n, scope in ctx.nodes(ast.UnaryOp)
             if isinstance(n.op, ast.Not)]
    exprs += [(n.test, scope) for n, scope in ctx.nodes(ast.If)]
    for expr, scope in exprs:
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) \
                and expr.func.attr == "submit":
            key = _receiver_key(expr.func.value, scope)
            if key is not None:
                tested.add(key)
    # ``ret = ctx.submit(block)``, then ``self.assertEqual(1, ret)``: a count
    for node, scope in ctx.nodes(ast.Assign):
        value = node.value
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                and value.func.attr == "submit" and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            continue
        key = _receiver_key(value.func.value, scope)
        if key is not None and key not in tested and scope.is_function \
                and _compared_to_number(node.targets[0].id, scope.node):
            tested.add(key)
    return tested


def _is_number(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


def _compared_to_number(name: str, where: ast.AST) -> bool:
    """``name`` is compared with a number literal in ``where``: ``name == 1``,
    ``self.assertEqual(1, name)``."""
    for n in ast.walk(where):
        if isinstance(n, ast.Compare) and len(n.comparators) == 1 \
                and isinstance(n.ops[0], (ast.Eq, ast.NotEq)):
            pair = (n.left, n.comparators[0])
        elif isinstance(n, ast.Call) and last_name(n.func) in ("assertEqual", "assertEquals") \
                and len(n.args) >= 2:
            pair = (n.args[0], n.args[1])
        else:
            continue
        for a, b in (pair, pair[::-1]):
            if isinstance(a, ast.Name) and a.id == name and _is_number(b):
                return True
    return False


def _submit_tested_for_truth(recv: ast.expr, ctx: FileContext) -> bool:
    """The file tests the truth of ``recv.submit(...)`` elsewhere (``if not
    self._worker.submit(job):``, in the same class for ``self.``): a future is
    always true, so ``recv.submit`` answers whether the work was accepted and
    returns no future to keep."""
    key = _receiver_key(recv, ctx.scope)
    return key is not None and key in ctx.fact("otp302.tested-submits", _tested_submits)


def _own_submit_returns_nothing(recv: ast.expr, ctx: FileContext) -> bool:
    """``recv`` is an instance of a class of the project (``self`` in its
    methods, also read in a function nested in one, or a variable bound only
    to ``C(...)`` or by ``with C() as x`` where ``C.__enter__`` returns
    ``self``; ``C`` defined in this file or imported from another module of
    the project, ``FileContext.project_class``) whose own ``submit`` returns
    no value: there is no future to keep (executor-engine's
    ``Engine.submit``, which waits on its own future)."""
    if isinstance(recv, ast.Attribute):
        return _own_attribute_submit_returns_nothing(recv, ctx)
    if not isinstance(recv, ast.Name):
        return False
    sem = ctx.semantic
    # ``pool = self._worker_pool`` in a method, read there or in a function
    # nested in it (rabbitkit's ``on_message_pooled``): the attribute's class
    method = sem.lookup(recv.id, ctx.scope)
    if method is not None and recv.id == method.self_name \
            and method.class_scope is not None \
            and not any(b.kind != "param" for b in method.bindings.get(recv.id, [])):
        # the method's own ``self``, also read in a function nested in it
        # (aiobatch's ``wrapper`` in ``__call__``)
        node = method.class_scope.node
        return isinstance(node, ast.ClassDef) and _returns_nothing(node, "submit")
    if method is not None and method.self_name is not None and method.class_scope is not None:
        made = method.bindings.get(recv.id, [])
        if made and all(
            b.kind == "assign" and isinstance(b.value, ast.Attribute)
            and isinstance(b.value.value, ast.Name) and b.value.value.id == method.self_name
            for b in made
        ) and len({b.value.attr for b in made if isinstance(b.value, ast.Attribute)}) == 1:
            attr = made[0].value
            assert isinstance(attr, ast.Attribute)
            return _own_attribute_submit_returns_nothing(attr, ctx, method)
    bindings = sem.bindings_of(recv.id, ctx.scope)
    if bindings and all(b.kind == "param" for b in bindings):
        given = _fixture_class(recv.id, ctx)
        return given is not None and _returns_nothing(given, "submit")
    cls = _bound_class(recv, ctx)
    return cls is not None and _returns_nothing(cls, "submit")


def _bound_class(recv: ast.Name, ctx: FileContext) -> Optional[ast.ClassDef]:
    """The one class of the project that ``recv`` is bound to: every binding
    is ``recv = C(...)`` or ``with C() as recv`` where ``C.__enter__``
    returns ``self`` (``C`` of this file or imported from another module of
    the project, ``FileContext.project_class``); None otherwise."""
    cls: Optional[ast.ClassDef] = None
    for b in ctx.semantic.bindings_of(recv.id, ctx.scope) or ():
        value = b.value
        if b.kind not in ("assign", "with") or not isinstance(value, ast.Call) \
                or not isinstance(value.func, ast.Name):
            return None
        found = ctx.project_class(value.func.id, ctx.scope)
        if found is None or (cls is not None and found[1] is not cls):
            return None
        cls = found[1]
        if b.kind == "with" and not _enter_returns_self(cls):
            return None
    return cls


def _fixture_class(name: str, ctx: FileContext) -> Optional[ast.ClassDef]:
    """In a test file, a parameter ``name`` of a test or a fixture (also read in
    a function nested in it) that pytest fills from a fixture of this module
    of that name which gives an instance of one class of the project: its
    return annotation names the class (``def te_fixture() ->
    ThreadTaskExecutor``: gooddata-flight-server's tests), or it returns or
    yields only ``C(...)`` or a local bound only to it. None otherwise (a
    fixture of a conftest, one renamed by ``name=``, anything else made)."""
    owner = ctx.semantic.lookup(name, ctx.scope)
    func = owner.node if owner is not None else None
    if not ctx.is_test_file or not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)) \
            or not (func.name.startswith("test") or projectfacts.fixture_decorator(func)):
        return None
    module = ctx.semantic.module
    defs = module.bindings.get(name, [])
    fixture = defs[0].node if len(defs) == 1 else None
    if not isinstance(fixture, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    decorator = projectfacts.fixture_decorator(fixture)
    if decorator is None or (isinstance(decorator, ast.Call)
                             and any(kw.arg == "name" for kw in decorator.keywords)):
        return None
    if isinstance(fixture.returns, ast.Name):
        found = ctx.project_class(fixture.returns.id, module)
        return found[1] if found is not None else None
    made: dict[str, Optional[str]] = {}
    outs: list[Optional[ast.expr]] = []
    for n in body_nodes(fixture.body):
        if isinstance(n, ast.Assign):
            for t in n.targets:
                if isinstance(t, ast.Name):
                    built = n.value.func.id if isinstance(n.value, ast.Call) \
                        and isinstance(n.value.func, ast.Name) else None
                    made[t.id] = built if made.get(t.id, built) == built else None
        elif isinstance(n, (ast.Return, ast.Yield)):
            outs.append(n.value)
    classes: set[str] = set()
    for value in outs:
        built = made.get(value.id) if isinstance(value, ast.Name) else None
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
            classes.add(value.func.id)
        elif built is not None:
            classes.add(built)
        else:
            return None
    if len(classes) != 1:
        return None
    found = ctx.project_class(classes.pop(), module)
    return found[1] if found is not None else None


def _own_attribute_submit_returns_nothing(
    recv: ast.Attribute, ctx: FileContext, method: Optional[Scope] = None,
) -> bool:
    """``self.otel.submit(rec)`` in a method, where ``self.otel`` is bound to
    one class of the project (``_attribute_class``) whose own ``submit``
    returns no value."""
    cls = _attribute_class(recv, ctx, method)
    return cls is not None and _returns_nothing(cls, "submit")


def _attribute_class(
    recv: ast.Attribute, ctx: FileContext, method: Optional[Scope] = None,
) -> Optional[ast.ClassDef]:
    """The class ``C`` of ``self.otel`` read in a method, where the class's
    methods bind ``self.otel`` only to ``None`` or to ``C(...)`` of one class
    of the project (``self.otel = Exporter(endpoint)``, ``C`` also imported in
    the method that binds it: interlockd); None otherwise. The
    bindings are the semantic model's (``Scope.attr_bindings``); any other
    binding of the attribute (a parameter, an unpacked tuple, a call of
    something else, a class-level value) gives None. ``method``: the
    method whose ``self`` ``recv`` reads, when not the current function (a
    local alias of the attribute read in a nested function)."""
    func = method or ctx.function()
    if func is None or func.class_scope is None or not isinstance(recv.value, ast.Name) \
            or recv.value.id != func.self_name:
        return None
    owner = func.class_scope
    if any(not (b.kind == "assign" and is_none(b.value))
           for b in owner.bindings.get(recv.attr, ())):
        return None  # a class-level value other than ``None``
    cls: Optional[ast.ClassDef] = None
    for b in owner.attr_bindings.get(recv.attr, ()):
        value = b.value
        if b.kind not in ("assign", "annassign") or b.index is not None:
            return None
        if is_none(value):
            continue
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)):
            return None
        found = ctx.project_class(value.func.id, b.origin or owner)
        if found is None or (cls is not None and found[1] is not cls):
            return None
        cls = found[1]
    return cls


def _returns_nothing(cls: ast.ClassDef, name: str) -> bool:
    """The class's own method ``name`` returns no value (no ``return <value>``,
    no ``yield``); False when the class has no such method of its own
    (inherited: maybe an executor's)."""
    for stmt in cls.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == name:
            return returns_no_value(stmt)
    return False


def _enter_returns_self(cls: ast.ClassDef) -> bool:
    """The class's own ``__enter__`` returns its first parameter at every
    ``return`` (``with Engine() as engine`` binds the instance)."""
    for stmt in cls.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.name == "__enter__":
            if not stmt.args.args:
                return False
            me = stmt.args.args[0].arg
            returns = [n for n in body_nodes(stmt.body) if isinstance(n, ast.Return)]
            return bool(returns) and all(
                isinstance(n.value, ast.Name) and n.value.id == me for n in returns
            )
    return False


_START_NEW_THREAD = frozenset({"_thread.start_new_thread", "_thread.start_new"})
# Last components of the qualified names of thread/process constructors.
_THREAD_LAST = frozenset(
    [qn.rpartition(".")[2] for qn, t in CONSTRUCTORS.items() if t in THREAD_TYPES]
    + ["start_new_thread", "start_new"]
)
_KINDS = {
    "threading.Thread": "thread",
    "threading.Timer": "timer thread",
    "multiprocessing.Process": "process",
}
# Statements on a thread/process variable that keep no handle (see ``handle_kept``).
HANDLE_NEUTRAL_METHODS = frozenset({"start", "setDaemon", "setName"})
HANDLE_NEUTRAL_ATTRS = frozenset({"daemon", "name"})
HandleUses = dict[tuple[int, str], list[str]]


def _handle_uses(ctx: FileContext) -> HandleUses:
    """``(id(scope), name)`` -> the handle-neutral statements on a local, as
    attribute names: ``name.start()``/``name.setDaemon(...)``/``name.setName(...)``
    statements and ``name.daemon = ...``/``name.name = ...`` assignments, from
    the calls and assignments the walk collected (no walk)."""
    uses: HandleUses = {}
    dropped = ctx.semantic.result_dropped
    for call, scope in ctx.nodes(ast.Call):
        func = call.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in HANDLE_NEUTRAL_METHODS
            and isinstance(func.value, ast.Name)
            and dropped(call)
            and func.value.id != scope.self_name
        ):
            uses.setdefault((id(scope), func.value.id), []).append(func.attr)
    for assign, scope in ctx.nodes(ast.Assign):
        if len(assign.targets) != 1:
            continue
        target = assign.targets[0]
        if isinstance(target, ast.Attribute) and target.attr in HANDLE_NEUTRAL_ATTRS:
            base = target.value
            if isinstance(base, ast.Name) and base.id != scope.self_name:
                uses.setdefault((id(scope), base.id), []).append(target.attr)
    return uses


def handle_uses(ctx: FileContext, name: str, scope: Scope) -> list[str]:
    """The handle-neutral statements on the local ``name`` of ``scope``, as attribute
    names (``"start"`` for ``name.start()``, ``"daemon"`` for ``name.daemon = ...``)."""
    uses: HandleUses = ctx.fact("otp303.handle-uses", _handle_uses)
    return uses.get((id(scope), name), [])


def handle_kept(ctx: FileContext, name: str, scope: Scope) -> bool:
    """Whether a local ``name`` of ``scope`` is used in any way other than the
    handle-neutral statements: joined, returned, yielded, stored, passed on, read
    in a nested scope... (True when unsure). Counts, no walk: every read of a
    name is a ``Name`` load the walk counted."""
    if scope.dynamic or name in scope.global_names or name in scope.nonlocal_names:
        return True
    if scope.loads.get(name, 0) > len(handle_uses(ctx, name, scope)):
        return True
    return ctx.semantic.read_in_nested(name, scope)


class UnsupervisedThread(Rule):
    """
    ## What it does
    Flags a `threading.Thread`, `threading.Timer` or `multiprocessing.Process`
    started with no handle kept: started inline (`Thread(...).start()`), or
    bound to a local variable that is started and otherwise never used (not
    joined, returned, yielded, stored, passed on; setting `daemon`/`name` does
    not count). Also every call of `_thread.start_new_thread` /
    `_thread.start_new`. Reported at the call that creates the thread or
    process.

    ## Why is this bad?
    This is `GenServer.start/2` without a link, which the first audit rated
    HIGH ("Uses `GenServer.start/2` without linking or supervision"): a thread
    or process nobody can join, stop or even ask whether it is still alive.
    When it crashes, its traceback goes to stderr and nothing else notices;
    when the program shuts down, a non-daemon one blocks exit and a daemon
    one is killed mid-work.

    ## Example
    ```python
    import threading

    def start_heartbeat():
        threading.Thread(target=heartbeat, daemon=True).start()
    ```

    ## Use instead
    Keep the handle where something owns its lifetime, and join it on shutdown:
    ```python
    import threading

    class Heartbeat:
        def start(self):
            self._thread = threading.Thread(target=heartbeat, daemon=True)
            self._thread.start()

        def stop(self):
            self._stop.set()
            self._thread.join(timeout=5)
    ```
    or use a `concurrent.futures` executor and keep the futures.

    ## Options
    None.

    ## Known limits
    The three classes and their subclasses defined in the same file are
    recognised (a subclass defining its own `join` is not: its lifetime is
    its own), not a subclass imported from elsewhere nor
    `multiprocessing.get_context(...).Process`. A module-level variable is
    not a local (other modules can reach it) and is not flagged; any use of
    the local other than `.start()`, `.setDaemon()`, `.daemon = ...` and
    `.name = ...` statements counts as keeping the handle.

    Not flagged, because the code shows the thread is watched or cannot
    outlive its work:

    - a spawn primitive: a function whose whole body starts the function
      its caller hands it as a parameter (`def start(self, func, args=()):
      _thread.start_new_thread(func, args)`, an execution model's way to
      run work in a thread): it has nothing of its own to supervise, and its
      callers decide how what they run is watched. A function that also
      does other work, or starts a function of its own
      (`_thread.start_new_thread(self.listener, ())`), stays flagged. The
      thread may be bound to a local that is only configured and started
      (`t = Thread(target=target, name=...)`, `t.daemon = True`,
      `t.start()`);
    - inside `with threading_helper.wait_threads_exit():` or a function
      decorated `@threading_helper.reap_threads` (the standard library's test
      support, which waits for every thread started there); also after the
      function entered that block by hand (`self.enterContext(
      threading_helper.wait_threads_exit())`, `stack.enter_context(...)`,
      `x = wait_threads_exit()` then `x.__enter__()`), and in a helper (in a
      test file, or private) that the file only calls inside such a block
      and references in no other way;
    - a target (a function or method of this file; for `target=self`, the
      class's `__call__`: pypeln's supervisor) that is one `try` whose
      handler catches every exception and hands it on: passes it to a call
      (`error_handler(exc)`, `errors.append(exc)`, also in a literal list:
      `results.extend([False, exc])`; the exception also as `e =
      sys.exc_info()[1]`) or reports it with its
      traceback (`log.exception(...)`), or stores it on an object
      (`result.error = exc`): no failure of the thread is lost; or that does
      not re-raise it (`except Exception: pass`), where the handlers before it
      re-raise only the process's exit or a cancellation: no failure leaves
      the thread, and whether the handler loses it is OTP501's question (it
      reports that handler), as for OTP301's tasks. Calls of `set()` or
      `cancel()` with no argument (`done.set()`) may stand around it, and a
      `return` of a constant after it (`return None` when the post failed:
      prismtrace's telemetry sender). The `try`
      may be the whole body of a loop whose header cannot fail: a retry loop
      (`for attempt in range(n):`), one step per item of a name or attribute
      (`for plugin in self._plugins:`, OctoPrint's progress plugins), or a
      worker's loop on one (`while self._queue:`, `while not self._stopped:`,
      `while len(self._heartbeats) > 0:`, `while self.is_running():`, `while
      not closed.is_set():`; a header that calls anything else,
      `sorted(...)`, stays flagged). In a worker's loop the `try` may follow
      steps that cannot fail (a blocking `item = q.get()`, a guard `if item
      == "stop": return`, a log call of names, the item taken apart into
      names, `future, fn, args = job`: ironflock's file worker, which hands
      each job's failure to its future) and be followed by the
      queue's or the pool's bookkeeping (`q.task_done()`, `with self._lock:
      self._busy -= 1`: launchdarkly's `FixedThreadPool`, splitio's
      workers). `while True:` counts when such a guard ends it, or in a daemon
      thread (which ends with the process) whose handler goes on after a
      failure, where a pause may also stand before or after the `try`
      (remoulade's time-limit timers, X-Ray's pollers; the pause may be a
      timed wait on the event the loop's header tests, `while not
      stop.is_set(): ... stop.wait(interval)`: jobd's heartbeat thread);
      a wait on anything else stays flagged; the same poller in a
      thread that is not a daemon keeps the process alive forever, and one
      whose handler `break`s ends on its first failure, the failure lost
      (newrelic's console pump): both stay flagged. The target may also follow
      bookkeeping that runs no code that can fail on its own (assignments,
      comparisons, `while`/`if` over them, `time.sleep`, `min`/`max`,
      `return`) or tells the object the exception is stored in,
      a parameter of the target (`result.set_cancelled()`): a future-like
      result object the caller receives, a standard-library import (`import
      queue`) or a local bound to an attribute of the method's own object
      (`csock = self.client_sock`). Any other call before the `try`
      stays flagged (its failure is lost), as does a catch-all that only
      cleans up and re-raises. The target may be `self._monitor` named in a
      function nested in the method (the method's `self`, seen as a
      closure: bluesky-queueserver's `start_jupyter_client()`), or the
      `run` method of a `Thread` subclass of this file started as
      `Session(circuit, sock).start()` (torpy's SOCKS sessions: the
      constructor's arguments are the subclass's own, never a target); a
      subclass whose `run` does more than that `try` stays flagged;
    - a target of this file that only pauses (`time.sleep(0.02)`), tests
      names and attributes and stores plain values (`if self._state !=
      COMPLETED: self._state = RUNNING`), also setting an event inside
      `with` a lock held in a name (`with _lock: changed.set()`), with no
      `while` loop: nothing in it can fail and it ends
      (bluesky-queueserver's plan-state marker, debugpy's connection
      timeout). A block whose context can fail (`with open(path):`)
      stays reported.
      The same in a `while True:` loop, or a target that does nothing but
      `pass` (a stand-in for real work), stays flagged;
    - a daemon thread started by a function that never returns: from there on
      it runs a `while True:` with no `break` or `return`, or ends the process
      (`sys.exit`/`os._exit`, also in its `finally`). That function is the
      process's main loop (a server's accept loop, a child's main), and the
      thread lives exactly as long as the process;
    - a daemon thread whose target (a function or method of this file)
      cannot return and ends the process when its wait is over: every path
      raises or ends in `os._exit`/`os.abort`, and one of them ends the
      process (a parent-death watchdog: `pipe.recv()`, then `os._exit(-1)`
      on `EOFError`). It lives exactly as long as the process; a handle
      could neither stop nor join it. A target that can return, or loops
      forever, stays flagged;
    - a thread or timer whose target is a `webbrowser` opener itself
      (`Thread(target=webbrowser.open, args=(url,))`: jaato-server's auth
      plugins), and a `threading.Timer` whose function only opens a browser
      (the opener, a lambda that only calls it, or a function of the file
      whose one statement calls it: `Timer(1.0, lambda:
      webbrowser.open(url))`, the "open the page once the server is up" of
      many CLIs): one call that answers `False` when no browser starts, run
      once. The record held 20 such reports judged noise and 1 TP (a
      non-daemon timer, blocksd). A thread whose target is a lambda or a
      function of the file that opens a browser stays flagged (jupyter_server
      and livereload's, judged TP: a console browser blocks until the user
      quits, and keeps a non-daemon thread alive), and so does a
      `multiprocessing.Process` running an opener (left unjoined, it stays
      a zombie);
    - a `threading.Thread` whose `target=` is a call of an undecorated
      function of the file (or `self.work(...)`, a method of the enclosing
      class) that returns no value and yields nothing: `Thread(target=
      plot_hist(parent))` calls `plot_hist` at once, in the creating
      thread, and gives the thread `target=None`, so it runs nothing
      (bioprocessnexus' plotting windows and petastorm's test: 5 reports
      judged noise; knxip's `target=self.updater_loop()` was judged TP for
      a loop that fails unseen in its thread, though no thread runs it).
      The bug is the call, not an unwatched thread. A factory that returns the
      work (`target=make_worker(cfg)`), a function of another module, and
      a `multiprocessing.Process` (left unjoined, it stays a zombie) stay
      flagged;
    - a target that only notifies and returns: a known `threading.Event`'s
      `set` (`Timer(0.5, done.set)`; also a local bound only to
      `multiprocessing.Event()`), a loop's `call_soon`/
      `call_soon_threadsafe`, a queue's `put_nowait`; and a daemon thread
      given no arguments whose target is a server's `shutdown`
      (`Thread(target=server.shutdown, daemon=True).start()` from a signal
      handler that runs on the serving thread, where `shutdown()` would
      deadlock: interlockd). It sets a flag and waits for the loop to
      notice; the serving thread's return is what its owner sees. A thread
      that is not a daemon (it would keep the process alive if the loop
      never runs) or is given arguments stays flagged;
    - a daemon thread given no arguments whose target drains a known
      `Popen`'s output pipe (`Thread(target=proc.stderr.read,
      daemon=True).start()`: bedrock-image-mcp-server's tests): it reads
      to the end and throws the output away, so the child never blocks on
      a full pipe, and it ends when the child closes its end. A thread that
      keeps what it reads (a function of the file appending lines) stays
      flagged;
    - a watcher: the target (a function or method of this file) starts by
      `join()`/`wait()` on a process it is given, and the thread is given a
      `multiprocessing.Process` or `subprocess.Popen` known from the file: it
      lives as long as the child, which its owner holds;
    - a nested target that is one `try` whose `except` hands the exception on
      and whose `finally` sets an event, which the creating function then
      waits on: the thread is watched without a handle and its failure seen
      (a `nonlocal exc` may stand before the `try`, for `exc = e` in the
      handler: vgi-rpc's `_run_with_timeout`); also a nested target that is
      one `try` each of whose handlers sets an event and then re-raises
      (`except Exception: shutdown_event.set(); raise`: CodeChat-Server's
      server threads), an event the creating function waits on: the
      failure wakes the creator and its traceback is printed. A handler that
      sets the event and swallows the failure is OTP501's to judge; nobody
      waiting on the event stays flagged;
    - in test files, a target of the file (nested, or a function or method
      of the file for a thread started in a function) of straight-line work
      (no loop, `try` or
      `with`, and no call that can wait on a peer, a child or another thread:
      `accept`, `recv*`, `read*`, `connect`, `send*`, `join`, `wait`, `get`,
      `put`, `result`, `communicate`, `acquire`, `select`, `run*`, `start`
      (an event loop's), ...): it ends by itself, and the test checks what it
      did. A `multiprocessing.Process` running a target that is not nested
      stays flagged (a child nobody reaps);
    - in test files, a nested target of the same straight-line work that may
      also wait with a timeout (`ready.wait(1)`) and hold a lock it names
      (`with f._condition:`), and acts on an object (`f.set_result(42)`,
      `f.cancel()`) that the creating function then waits on with a timeout
      (`f.result(timeout=5)`): the test sees its effect or fails, and the
      thread cannot outlive its bounded steps. An untimed wait in the target,
      or no timed wait on its effect, stays flagged;
    - in test files, a nested target that sets events of the test
      (`raised.set()`), each of which the test then asserts, waiting with a
      timeout (`self.assertTrue(raised.wait(10))`, `assert woke.wait(5)`)
      or reading it after such a wait (`self.assertTrue(raised.is_set())`):
      a thread that fails before it sets them fails the test (krpc's waiter
      threads), when the last `set()` is the thread's last act, in no loop.
      A thread that goes on working after it (schemathesis's rate-limit
      test, calling the code under test again, judged TP), and a wait whose
      answer the test drops (`done.wait(10)` as a statement: greenlet's
      thread tests), stay flagged;
    - `Thread(target=server.serve_forever)` with `server` a local (or an
      attribute of one: `running.httpd`) bound before the start and never
      after, when a later statement of the creating function's own body
      (not in a branch, a loop or a handler; after a fixture's `yield`; in
      a `with` block, a `try`'s body or its `finally`: `with
      HTTPServer(...) as server:`, then `try: ... finally:
      server.shutdown()`) is `server.shutdown()`: it stops the
      `serve_forever` loop and waits until it has (`socketserver`'s
      contract), so the thread ends with the function, and the server's
      `handle_error` reports a handler's failure. A server never shut down,
      or shut down only in a branch, stays flagged. A `target=` that is a
      lambda calling the loop (`target=lambda: srv.serve_forever(
      poll_interval=0.02)`: thread-archive's notify server) counts as
      `srv.serve_forever` here and in the cases below;
    - the same with `target=self.httpd.serve_forever` in a method that
      binds `self.httpd` once before the thread, when another method of the
      class has `self.httpd.shutdown()` among its own statements (`def
      close(self): self.httpd.shutdown()`: jev-factory's test clients): the
      object that owns the server stops its loop and waits until it has. A
      class whose methods only `server_close()` it stays flagged;
    - the same in a module-level function that returns the server (`return
      httpd, url`), when every call of that function in the file binds the
      server to a name (`httpd, base = _serve(pool)`) that a later statement
      of the calling function shuts down (`finally: httpd.shutdown()`):
      freellmpool's test servers. One caller that never shuts it down, or a
      call outside a function, keeps it flagged;
    - a daemon thread (`daemon=True`, `t.daemon = True`) running
      `serve_forever` of a standard library server bound once to a local
      of the creating function (after at most a `server = None` that a
      `finally` tests: trello-mcp-server's OAuth callback server; a name
      bound again after it stays flagged), or to an attribute of `self` by one
      statement of the creating method before the thread (`self.httpd =
      ThreadingHTTPServer(...)`, posthog's and hishel's test servers)
      (`httpd = http.server.HTTPServer(...)`,
      `socketserver.TCPServer`, `ThreadingHTTPServer`, `SimpleXMLRPCServer`,
      `wsgiref.simple_server.make_server(...)`): the loop catches what a
      request raises and reports it with its traceback (`handle_error`),
      cannot end on its own, and the thread ends with the process. So does
      a server class of the same file built on one of them that keeps its
      loop (`class DataServer(socketserver.ThreadingMixIn,
      socketserver.UDPServer)` with no `serve_forever` of its own: knxip). A
      non-daemon one (it keeps the process from exiting) or another server
      class (its loop is its own) stays flagged unless shut down as above;
    - a thread that runs an event loop: `target=loop.run_forever` (a receiver
      named for a loop), or a function of the file that only calls
      `asyncio.set_event_loop(loop)`, sets an event (`ready.set()`) and ends
      in `loop.run_forever()`: a callback that fails goes to the loop's
      exception handler, which logs its traceback. Any other step in the
      function (it could fail unseen) keeps it flagged;
    - a target whose only step before its one `try` is a pause of a number
      of seconds (`time.sleep(3)`: osim-mcp-server's update check waiting
      for the server to start) and whose catch-all handler logs the
      traceback (`exc_info=True`, `log.exception(...)`): the pause cannot
      fail, so every failure is reported. After such a pause, a handler
      that keeps only the message (ultimate-mcp-server's estimator thread)
      or any other step before the `try` stays flagged.
    """

    code = "OTP303"
    calls = _THREAD_LAST | {"start"}
    # the handle-neutral statements (``handle_uses``)
    call_facts = HANDLE_NEUTRAL_METHODS
    node_facts = frozenset({ast.Assign})
    name = "unsupervised-thread"
    audit = "GenServers without supervision (`GenServer.start/2` without linking)"
    valid = (
        Example(
            "import threading\n\ndef test_remove_wakes_a_waiter(conn):\n"
            "    event = conn.on_timer(10000)\n    raised = threading.Event()\n\n"
            "    def wait():\n        try:\n            event.wait()\n"
            "        except StreamError:\n            raised.set()\n\n"
            "    threading.Thread(target=wait, daemon=True).start()\n    event.remove()\n"
            "    assert raised.wait(10)\n",
            path="tests/test_events.py",
        ),
        Example(
            "import sys\nimport threading\n\nclass Client:\n"
            "    def send(self, payload):\n"
            "        threading.Thread(target=self._post, args=(payload,), daemon=True).start()\n\n"
            "    def _post(self, payload):\n        try:\n"
            "            return self._http.post('/traces', json=payload).json()\n"
            "        except Exception as e:\n"
            "            print(f'warning: post failed: {e}', file=sys.stderr)\n"
            "        return None\n"
        ),
        Example(
            "import http.server\nimport threading\n\ndef authorize(handler):\n"
            "    server = None\n    try:\n"
            "        server = http.server.HTTPServer(('localhost', 8765), handler)\n"
            "        thread = threading.Thread(target=server.serve_forever)\n"
            "        thread.daemon = True\n        thread.start()\n"
            "        return handler.token.get(timeout=120)\n    finally:\n"
            "        if server:\n            try:\n                server.shutdown()\n"
            "            except OSError as e:\n                print(f'not stopped: {e}')\n",
        ),
        Example(
            "import subprocess, threading\ndef run(cmd):\n"
            "    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
            "    threading.Thread(target=p.stderr.read, daemon=True).start()\n"
            "    return p.stdout.read(), p.wait(timeout=60)\n"
        ),
        Example(
            "import logging, threading\nclass Session(threading.Thread):\n"
            "    def __init__(self, circuit, sock):\n        super().__init__()\n"
            "        self.circuit, self.sock = circuit, sock\n    def run(self):\n"
            "        sock = self.sock\n        try:\n"
            "            sock.sendall(self.circuit.relay(sock.recv(4096)))\n"
            "        except Exception:\n            logging.exception('session failed')\n"
            "def serve(circuit, lsock):\n    while True:\n"
            "        csock, _ = lsock.accept()\n        Session(circuit, csock).start()\n"
        ),
        Example(
            "import logging, queue, threading\nclass Kernel:\n    def _monitor(self):\n"
            "        while True:\n            if self._stop:\n                break\n"
            "            try:\n                self.handle(self._client.get_msg(timeout=0.5))\n"
            "            except queue.Empty:\n                pass\n"
            "            except BaseException:\n                logging.exception('monitor')\n"
            "    def open(self):\n        def start_client():\n"
            "            t = threading.Thread(target=self._monitor, daemon=True)\n"
            "            t.start()\n        start_client()\n"
        ),
        Example(
            "import threading, time\nclass Plan:\n    def submit(self):\n"
            "        def mark_running():\n            time.sleep(0.02)\n"
            "            if self._state != 'completed':\n"
            "                self._state = 'running'\n"
            "        t = threading.Thread(target=mark_running, daemon=True)\n        t.start()\n"
        ),
        Example(
            "import logging, threading\n\nclass Printer:\n"
            "    def notify(self, progress):\n"
            "        def call_plugins():\n            for plugin in self._plugins:\n"
            "                try:\n                    plugin.on_progress(progress)\n"
            "                except Exception:\n"
            "                    logging.exception('plugin %s failed', plugin)\n"
            "        thread = threading.Thread(target=call_plugins)\n        thread.start()\n"
        ),
        Example(
            "import http.server\nimport threading\n\ndef test_fetch():\n"
            "    httpd = http.server.HTTPServer(('127.0.0.1', 0), Handler)\n"
            "    t = threading.Thread(target=httpd.serve_forever)\n"
            "    t.daemon = True\n    t.start()\n"
        ),
        Example(
            "import signal, threading\ndef serve(server):\n"
            "    def stop(signum, frame):\n"
            "        threading.Thread(target=server.shutdown, daemon=True).start()\n"
            "    signal.signal(signal.SIGTERM, stop)\n    server.serve_forever()\n"
        ),
        Example(
            "import threading\nfrom http.server import ThreadingHTTPServer\n"
            "def test_notify(handler):\n"
            "    srv = ThreadingHTTPServer(('127.0.0.1', 0), handler)\n"
            "    threading.Thread(target=lambda: srv.serve_forever(poll_interval=0.02)).start()\n"
            "    try:\n        run_nightly(srv.server_port)\n"
            "    finally:\n        srv.shutdown()\n",
            path="tests/test_nightly.py",
        ),
        Example(
            "import threading\nfrom http.server import HTTPServer\n"
            "def server_port(handler):\n"
            "    server = HTTPServer(('localhost', 0), handler)\n"
            "    thread = threading.Thread(target=server.serve_forever, daemon=True)\n"
            "    thread.start()\n    yield server.server_port\n    server.shutdown()\n",
            path="tests/conftest.py",
        ),
        Example(
            "import threading, time\nfrom concurrent.futures import Future\n"
            "def test_result():\n    def notify(ready):\n        ready.wait(1)\n"
            "        f.set_result(42)\n    ready = threading.Event()\n"
            "    f = Future()\n    t = threading.Thread(target=notify, args=(ready,))\n"
            "    t.start()\n    ready.set()\n    assert f.result(timeout=5) == 42\n",
            path="tests/test_future.py",
        ),
        # A spawn primitive: its callers decide how the work is watched.
        Example(
            "import _thread\nclass Model:\n    def start(self, func, args=()):\n"
            "        _thread.start_new_thread(func, args)\n"
        ),
        Example(
            "import threading\nimport pytest\n@pytest.fixture\ndef server(make_server):\n"
            "    try:\n        srv = make_server()\n"
            "        threading.Thread(target=srv.serve_forever).start()\n"
            "        yield srv\n    finally:\n        srv.shutdown()\n",
            path="tests/test_bot.py",
        ),
        # every caller shuts down the server the helper returns
        Example(
            "import threading\ndef _serve(app):\n    httpd = make_server(app)\n"
            "    threading.Thread(target=httpd.serve_forever, daemon=True).start()\n"
            "    return httpd\ndef test_status(app):\n    httpd = _serve(app)\n"
            "    try:\n        fetch(httpd.server_port)\n    finally:\n        httpd.shutdown()\n",
            path="tests/test_proxy.py",
        ),
        Example(
            "import http.server\nimport threading\ndef test_list(handler):\n"
            "    with http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler) as server:\n"
            "        threading.Thread(target=server.serve_forever, daemon=True).start()\n"
            "        try:\n            fetch(server.server_port)\n        finally:\n"
            "            server.shutdown()\n",
            path="tests/test_store.py",
        ),
        Example(
            "import threading\ndef _warm_up():\n    try:\n        api.get('validate')\n"
            "    except Exception:\n        pass\n"
            "def enter():\n    threading.Thread(target=_warm_up).start()\n"
        ),
        Example(
            "import threading\nclass Dispatcher:\n    def start_new_thread(self, target, n):\n"
            "        t = threading.Thread(target=target, args=(n,))\n"
            "        t.daemon = True\n        t.start()\n"
        ),
        Example(
            "import threading\ndef run():\n    t = threading.Thread(target=work)\n"
            "    t.start()\n    t.join(timeout=5)\n"
        ),
        Example(
            "import threading\nclass W:\n    def start(self):\n"
            "        self.t = threading.Thread(target=work)\n        self.t.start()\n"
        ),
        Example(
            "import threading\nfrom test.support import threading_helper\n"
            "def test_x():\n    with threading_helper.wait_threads_exit():\n"
            "        threading.Thread(target=work).start()\n"
        ),
        Example(
            "import threading\ndone = threading.Event()\n"
            "def later():\n    threading.Timer(0.5, done.set).start()\n"
        ),
        Example(
            "import threading\nfrom multiprocessing import Event\n"
            "def test_stops():\n    stop_event = Event()\n"
            "    threading.Timer(6, stop_event.set).start()\n"
        ),
        Example(
            "import asyncio, threading\ndef background_loop():\n"
            "    loop = asyncio.new_event_loop()\n"
            "    def run():\n        asyncio.set_event_loop(loop)\n        loop.run_forever()\n"
            "    threading.Thread(target=run, daemon=True).start()\n    return loop\n"
        ),
        Example(
            "import threading, time\nclass AsyncCall:\n    def __call__(self, *args):\n"
            "        result = Result()\n"
            "        t = threading.Thread(target=self._call, args=(result, args))\n"
            "        t.start()\n        return result\n"
            "    def _call(self, result, args):\n        if self.cancelled:\n"
            "            result.set_cancelled()\n            return\n        try:\n"
            "            result.value = self.callable(*args)\n"
            "        except Exception as exc:\n            result.value = Wrapper(exc)\n"
        ),
        Example(
            "import threading, time\ndef feed_later(p):\n    time.sleep(0.5)\n    p.close()\n"
            "def test_read(p):\n    threading.Thread(target=feed_later, args=(p,)).start()\n"
            "    assert p.read(1, 1.0) == b''\n",
            path="tests/test_pipe.py",
        ),
        Example(
            "import threading\ndef call(method, on_error):\n    def run():\n        try:\n"
            "            method()\n        except Exception as exc:\n            on_error(exc)\n"
            "    threading.Thread(target=run, daemon=True).start()\n"
        ),
        Example(
            "import _thread\nfrom test.support import threading_helper\n"
            "class T:\n    def setUp(self):\n"
            "        self.enterContext(threading_helper.wait_threads_exit())\n"
            "        _thread.start_new_thread(work, ())\n"
        ),
        Example(
            "import threading, time\ndef test_release(pool, conn):\n"
            "    def release():\n        time.sleep(0.1)\n        pool.release(conn)\n"
            "    threading.Thread(target=release).start()\n    pool.get_connection()\n",
            path="tests/test_pool.py",
        ),
        Example(
            "import multiprocessing, threading\ndef watch(proc, on_exit):\n"
            "    proc.join()\n    on_exit(proc.exitcode)\n"
            "def spawn(on_exit):\n    proc = multiprocessing.Process(target=work)\n"
            "    proc.start()\n"
            "    threading.Thread(target=watch, args=(proc, on_exit), daemon=True).start()\n"
            "    return proc\n"
        ),
        Example(
            "import threading\ndef run_bounded(target, deadline):\n"
            "    done = threading.Event()\n    raised = []\n    def run():\n        try:\n"
            "            target()\n        except BaseException as exc:\n"
            "            raised.append(exc)\n        finally:\n            done.set()\n"
            "    threading.Thread(target=run, daemon=True).start()\n"
            "    assert done.wait(deadline)\n"
        ),
        Example(
            "import os, threading\ndef exit_with_parent(pipe):\n    def watch():\n"
            "        try:\n            pipe.recv()\n        except EOFError:\n"
            "            os._exit(-1)\n        else:\n"
            "            raise RuntimeError('unreachable')\n"
            "    t = threading.Thread(target=watch)\n    t.daemon = True\n    t.start()\n"
        ),
        Example(
            "import threading\ndef accepter(listener, handle):\n    while True:\n"
            "        conn = listener.accept()\n"
            "        threading.Thread(target=handle, args=(conn,), daemon=True).start()\n"
        ),
        Example(
            "import logging, threading\nclass Pool:\n    def __init__(self, n):\n"
            "        for _ in range(n):\n"
            "            threading.Thread(target=self._run_worker, daemon=True).start()\n"
            "    def _run_worker(self):\n        while True:\n"
            "            item = self._jobs.get()\n            if item == 'stop':\n"
            "                return\n            try:\n                item()\n"
            "            except Exception:\n"
            "                logging.warning('job failed', exc_info=True)\n"
            "            with self._lock:\n                self._busy -= 1\n"
        ),
        Example(
            "import http.server, threading\nclass FakeOrigin:\n    def __init__(self, handler):\n"
            "        self.httpd = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)\n"
            "        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()\n"
        ),
        Example(
            "import threading\nfrom review.server import make_server\nclass Client:\n"
            "    def __init__(self, app):\n        self.httpd = make_server(app, 0)\n"
            "        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()\n"
            "    def close(self):\n        self.httpd.shutdown()\n",
            path="tests/test_review.py",
        ),
        # A daemon poller whose pause is a timed wait on the event its loop
        # tests (jobd's heartbeat thread).
        Example(
            "import logging\nimport threading\n\nlog = logging.getLogger(__name__)\n\n\n"
            "def heartbeat_loop(client, stop_event):\n    while not stop_event.is_set():\n"
            "        try:\n            client.post('/heartbeat')\n"
            "        except Exception:\n            log.exception('heartbeat failed')\n"
            "        stop_event.wait(10.0)\n\n\n"
            "def start(client, stop_event):\n"
            "    threading.Thread(target=heartbeat_loop, args=(client, stop_event),\n"
            "                     daemon=True).start()\n"
        ),
        # A pause before the one ``try``, whose handler logs the traceback
        # (osim-mcp-server's update check).
        Example(
            "import logging\nimport threading\nimport time\n\n"
            "log = logging.getLogger(__name__)\n\n\n"
            "def check_for_updates():\n    time.sleep(3)\n    try:\n        run_update()\n"
            "    except Exception as e:\n"
            "        log.error(f'update check failed: {e}', exc_info=True)\n\n\n"
            "def start():\n"
            "    threading.Thread(target=check_for_updates, daemon=True).start()\n"
        ),
    )
    invalid = (
        Example("import threading\nthreading.Thread(target=work, daemon=True).start()\n"),
        # The same pause before a ``try`` whose handler keeps only the message.
        Example(
            "import threading\nimport time\n\n\n"
            "def estimate():\n    time.sleep(5)\n    try:\n        run_estimator()\n"
            "    except Exception as e:\n        print(f'estimator failed: {e}')\n\n\n"
            "def start():\n"
            "    threading.Thread(target=estimate, daemon=True).start()\n"
        ),
        Example(
            "import multiprocessing\ndef spawn():\n"
            "    p = multiprocessing.Process(target=work)\n    p.daemon = True\n    p.start()\n"
        ),
        Example("import _thread\n_thread.start_new_thread(work, ())\n"),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "start":
            inner = func.value
            if isinstance(inner, ast.Call) and not node.args:  # Thread(...).start()
                fact = ctx.type_of(inner)
                if fact is not None and fact.name in THREAD_TYPES and not _supervised(
                    inner, _target_of(inner, fact.name), ctx, _is_daemon(inner, None, ctx),
                ):
                    self._report(ctx, inner, fact.name, "is started inline")
            return
        qn = ctx.qualified_name(func)
        if qn is None:
            return
        if qn in _START_NEW_THREAD:
            target = call_argument(node, 0, "function")
            if _supervised(node, target, ctx):
                return
            self.report(
                ctx, node,
                f"`{qn}` starts a thread with no handle to join or watch; use a "
                "`threading.Thread` and keep it (join it on shutdown)",
            )
            return
        local = ctx.semantic.assigned_local(node)
        if local is None:
            return
        fact = ctx.type_of(node)
        if fact is None or fact.name not in THREAD_TYPES:
            return
        name, scope = local
        sem = ctx.semantic
        if "start" not in handle_uses(ctx, name, scope) or handle_kept(ctx, name, scope):
            return
        known = sem.type_of_name(name, scope)
        if known is None or known.name not in THREAD_TYPES:
            return  # also bound to something else
        if _supervised(node, _target_of(node, fact.name), ctx, _is_daemon(node, local, ctx)):
            return
        self._report(ctx, node, fact.name, f"`{name}` is started and never used again")

    def _report(self, ctx: FileContext, node: ast.AST, type_name: str, how: str) -> None:
        kind = _KINDS.get(type_name, "thread")
        self.report(
            ctx, node,
            f"this {kind} {how}: no handle is kept to join it or see it fail; "
            "keep it where its owner joins it on shutdown",
        )


def _target_of(call: ast.Call, type_name: str) -> Optional[ast.expr]:
    """What the thread or process runs: ``target=`` (``Thread(group, target)``),
    a ``Timer``'s ``function``."""
    if type_name == TIMER:
        return call_argument(call, 1, "function")
    target = call_argument(call, 1, "target")
    if (
        isinstance(target, ast.Lambda) and isinstance(target.body, ast.Call)
        and isinstance(target.body.func, ast.Attribute)
        and target.body.func.attr == "serve_forever"
    ):
        # ``target=lambda: srv.serve_forever(poll_interval=0.02)``: the server's loop
        return target.body.func
    return target


def _is_thread(call: ast.Call, ctx: FileContext) -> bool:
    fact = ctx.type_of(call)
    return fact is not None and fact.name == THREAD


# ``webbrowser``'s openers: they answer ``False`` when no browser starts.
_BROWSER_OPENERS = frozenset({
    "webbrowser.open", "webbrowser.open_new", "webbrowser.open_new_tab",
})


def _opens_a_browser(call: ast.Call, target: ast.expr, ctx: FileContext) -> bool:
    """A thread or timer whose target is a ``webbrowser`` opener itself
    (``Thread(target=webbrowser.open, args=(url,))``), or a
    ``threading.Timer`` whose function only opens a browser (the opener, a
    lambda that only calls it, or a function of the file whose one statement
    calls it: ``Timer(1.0, lambda: webbrowser.open(url))``): one call that
    answers ``False`` when no browser starts, run once; nothing is lost."""
    fact = ctx.type_of(call)
    if fact is None or fact.name not in (THREAD, TIMER):
        return False  # a process left unjoined stays a zombie: not this
    if ctx.qualified_name(target) in _BROWSER_OPENERS:
        return True
    if fact.name != TIMER:
        return False
    body: Optional[ast.expr] = None
    if isinstance(target, ast.Lambda):
        body = target.body
    elif isinstance(target, ast.Name):
        defn = _resolve_def(target, ctx)
        if defn is not None and not defn[1]:
            stmts = [st for st in defn[0].body if not is_docstring(st)]
            if len(stmts) == 1 and isinstance(stmts[0], ast.Expr):
                body = stmts[0].value
    return (
        isinstance(body, ast.Call)
        and ctx.qualified_name(body.func) in _BROWSER_OPENERS
    )


def _supervised(
    call: ast.Call, target: Optional[ast.expr], ctx: FileContext, daemon: bool = False,
) -> bool:
    """Something the code shows watches the thread, or it cannot outlive its
    work nor lose an error (see the rule's Known limits)."""
    if _reaped_by_helper(call, ctx):
        return True
    if _spawn_primitive(call, target, ctx):
        return True
    if daemon and _creator_never_returns(call, ctx):
        return True
    # a ``Thread`` subclass of this file: its ``run`` is what runs (its
    # constructor's arguments are its own, not ``Thread``'s)
    run = _own_run(call, ctx)
    if run is not None:
        return _hands_on_every_error(run, True, ctx, forever=daemon)
    if target is None:
        return False
    if _opens_a_browser(call, target, ctx):
        return True
    if isinstance(target, ast.Call) and _is_thread(call, ctx) and target_is_none(call, ctx):
        return True  # ``Thread(target=work(x))``: ``work`` ran already; the thread runs nothing
    if _notification(target, ctx):
        return True
    if daemon and _shutdown_handoff(target, call):
        return True
    if daemon and _pipe_drain(target, call, ctx):
        return True
    if _server_shut_down(target, call, ctx) or _owner_shuts_down(target, call, ctx) \
            or _callers_shut_down(target, ctx):
        return True
    if daemon and _stdlib_server_loop(target, ctx):
        return True
    if _runs_event_loop(target, ctx):
        return True
    defn = _resolve_def(target, ctx)
    if defn is None:
        return False
    fn, skip_first = defn
    if _watches_child(fn, skip_first, call, ctx):
        return True
    if _finite_and_cannot_fail(fn, ctx):
        return True
    if _hands_on_every_error(fn, skip_first, ctx, forever=daemon):
        return True
    if daemon and _ends_process(fn.body, ctx) == _EXITS:
        return True
    if ctx.is_test_file and ctx.function() is not None and _straight_line(fn) \
            and not _is_process(call, ctx):
        return True  # a test's thread of a few steps of the file's own code
    nested = ctx.function() is not None and any(
        fn is stmt for stmt in body_nodes(list(scope_body(ctx.scope)))
    )
    if not nested:
        return False
    if _sets_done_event_waited_for(fn, call, ctx):
        return True
    return ctx.is_test_file and (
        _straight_line(fn) or _completes_awaited(fn, call, ctx)
        or _signals_asserted_events(fn, call, ctx)
    )


def _runs_forever_call(expr: ast.expr) -> bool:
    """``loop.run_forever`` (called or not): an event loop's, by its receiver's name."""
    if isinstance(expr, ast.Call):
        if expr.args or expr.keywords:
            return False
        expr = expr.func
    return isinstance(expr, ast.Attribute) and expr.attr == "run_forever" and _loop_like(
        expr.value)


def _runs_event_loop(target: ast.expr, ctx: FileContext) -> bool:
    """The thread runs an event loop: ``target=loop.run_forever``, or a function of
    the file that only sets the loop as the thread's (``asyncio.set_event_loop``),
    sets an event (``ready.set()``) and ends in ``loop.run_forever()``. A callback
    that fails goes to the loop's exception handler, which logs its traceback."""
    if _runs_forever_call(target):
        return True
    defn = _resolve_def(target, ctx)
    if defn is None:
        return False
    body = [s for s in defn[0].body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    calls = [s.value for s in body if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)]
    if not calls or len(calls) != len(body) or not _runs_forever_call(calls[-1]):
        return False
    for call in calls[:-1]:
        func = call.func
        if isinstance(func, (ast.Name, ast.Attribute)) and ctx.qualified_name(
                func) == "asyncio.set_event_loop":
            continue
        if isinstance(func, ast.Attribute) and func.attr == "set" and not call.args:
            continue
        return False
    return True


def _is_process(call: ast.Call, ctx: FileContext) -> bool:
    """A ``multiprocessing.Process``: a child, not a thread (nobody reaps it)."""
    fact = ctx.type_of(call)
    return fact is not None and fact.name == PROCESS


# The standard library's servers: their ``serve_forever`` catches what a
# request raises and reports it with its traceback (``handle_error``).
_STDLIB_SERVERS = frozenset({
    f"socketserver.{c}" for c in (
        "TCPServer", "UDPServer", "UnixStreamServer", "UnixDatagramServer",
        "ThreadingTCPServer", "ThreadingUDPServer", "ForkingTCPServer", "ForkingUDPServer",
        "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer",
    )
} | {
    "http.server.HTTPServer", "http.server.ThreadingHTTPServer",
    "xmlrpc.server.SimpleXMLRPCServer", "xmlrpc.server.DocXMLRPCServer",
    "wsgiref.simple_server.WSGIServer", "wsgiref.simple_server.make_server",
})


def _serve_forever_local(
    target: ast.expr, ctx: FileContext
) -> Optional[tuple[Scope, str, Optional[ast.AST]]]:
    """For ``target=server.serve_forever`` with ``server`` a local of the
    creating function bound once by an assignment (after at most a ``server
    = None`` that a ``finally`` tests, which serves nothing): that function's
    scope, the name and the value it was bound to."""
    if not (isinstance(target, ast.Attribute) and target.attr == "serve_forever"
            and isinstance(target.value, ast.Name)):
        return None
    func = ctx.function()
    if func is None or func.dynamic:
        return None
    bindings = func.bindings.get(target.value.id, [])
    real = [b for b in bindings if not (b.kind == "assign" and is_none(b.value))]
    if len(real) != 1 or real[0].kind != "assign" or any(
        getattr(b.node, "lineno", 0) > getattr(real[0].node, "lineno", 0) for b in bindings
    ):
        return None
    return func, target.value.id, real[0].value


def _stdlib_server_loop(target: ast.expr, ctx: FileContext) -> bool:
    """``Thread(target=httpd.serve_forever, daemon=True)`` where ``httpd`` is a
    local bound once, to a standard library server (``http.server.HTTPServer(
    ...)``, ``socketserver.TCPServer(...)``, ``wsgiref``'s ``make_server``):
    its loop reports a failing request with its traceback and cannot end on
    its own, and a daemon thread ends with the process."""
    server = _serve_forever_local(target, ctx)
    value = server[2] if server is not None else _server_attribute(target, ctx)
    if not (isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute))):
        return False
    if ctx.qualified_name(value.func) in _STDLIB_SERVERS:
        return True
    # a server class of this file built on one of them (``class DataServer(
    # socketserver.ThreadingMixIn, socketserver.UDPServer)``: knxip) that keeps
    # the standard loop (it does not define ``serve_forever``)
    cls = (ctx.semantic.class_def(value.func.id, ctx.scope)
           if isinstance(value.func, ast.Name) else None)
    return cls is not None and not any(
        isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == "serve_forever"
        for stmt in cls.body
    ) and any(ctx.qualified_name(base) in _STDLIB_SERVERS for base in cls.bases)


def _server_attribute(target: ast.expr, ctx: FileContext) -> Optional[ast.expr]:
    """For ``target=self.httpd.serve_forever`` in a method: the value of the
    one statement of that method before the thread that binds ``self.httpd``
    (``self.httpd = ThreadingHTTPServer(...)``: posthog's and hishel's test
    servers)."""
    if not (isinstance(target, ast.Attribute) and target.attr == "serve_forever"
            and isinstance(target.value, ast.Attribute)
            and isinstance(target.value.value, ast.Name)):
        return None
    func = ctx.function()
    if func is None or func.dynamic or not isinstance(func.node, ast.FunctionDef):
        return None
    name = dotted(target.value)
    bound = [
        n for n in body_nodes(func.node.body)
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and dotted(n.targets[0]) == name
    ]
    if len(bound) != 1 or bound[0].lineno > target.lineno:
        return None
    return bound[0].value


def _server_shut_down(target: ast.expr, call: ast.Call, ctx: FileContext) -> bool:
    """``Thread(target=server.serve_forever)`` where ``server`` (a dotted name:
    ``running.httpd``) starts at a local or parameter of the creating
    function bound before the call and never after, and a later statement
    of that function is ``server.shutdown()``: one of its own body (after a
    fixture's ``yield``), or of a ``with`` block's body or a ``try``'s body
    or ``finally`` on the way there (``with HTTPServer(...) as server:``
    then ``try: ... finally: server.shutdown()``), not in a branch, a loop
    or a handler. ``socketserver``'s ``shutdown`` stops the
    ``serve_forever`` loop and waits until it has, so the thread's lifetime
    is the function's (a handler's error is reported by the server's
    ``handle_error``)."""
    if not (isinstance(target, ast.Attribute) and target.attr == "serve_forever"):
        return False
    name = dotted(target.value)
    func = ctx.function()
    if name is None or func is None or func.dynamic:
        return False
    root = name.split(".", 1)[0]
    bindings = func.bindings.get(root, [])
    if not bindings or any(getattr(b.node, "lineno", 0) > call.lineno for b in bindings):
        return False

    return _shuts_down(scope_body(func), call.lineno, name)


def _owner_shuts_down(target: ast.expr, call: ast.Call, ctx: FileContext) -> bool:
    """``Thread(target=self.httpd.serve_forever)`` in a method that binds
    ``self.httpd`` once before the thread (``self.httpd = make_server(app,
    0)``), when another method of the same class has ``self.httpd.shutdown()``
    among its own statements (``def close(self): self.httpd.shutdown()``): the
    object that owns the server stops its loop and waits until it has, so the
    thread lives as long as its owner (jev-factory's test clients)."""
    if _server_attribute(target, ctx) is None or not isinstance(target, ast.Attribute):
        return False
    func = ctx.function()
    if func is None or func.class_scope is None \
            or not isinstance(func.class_scope.node, ast.ClassDef):
        return False
    owner = func.class_scope.node
    assert isinstance(owner, ast.ClassDef)
    name = dotted(target.value)  # ``self.httpd``: ``_server_attribute`` checked its shape
    if name is None or name.split(".", 1)[0] != func.self_name:
        return False
    for stmt in owner.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt is not func.node \
                and stmt.args.args and stmt.args.args[0].arg == func.self_name \
                and _shuts_down(stmt.body, 0, name):
            return True
    return False


def _callers_shut_down(target: ast.expr, ctx: FileContext) -> bool:
    """``Thread(target=httpd.serve_forever)`` in a module-level function that
    returns the server (``return httpd, url``), when every call of that
    function in the file binds the server to a name (``httpd, base =
    _serve(pool)``) that a later statement of the caller shuts down
    (``finally: httpd.shutdown()``): each caller stops the loop and waits until
    it has (freellmpool's test servers). A caller that never shuts it down, or a
    call that drops the server, keeps it flagged."""
    server = _serve_forever_local(target, ctx)
    func = ctx.function()
    if server is None or func is None or func.parent is None or func.parent.kind != "module" \
            or not isinstance(func.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    maker = func.node
    position = _returned_at(maker, server[1])
    if position is None:
        return False
    calls = _calls_of(ctx, maker.name)
    return bool(calls) and all(
        caller is not None and (bound := _bound_from(stmt, position)) is not None
        and _shuts_down(list(getattr(caller, "body", [])), stmt.lineno, bound)
        for caller, stmt in calls
    )


def _returned_at(func: ast.AST, name: str) -> Optional[int]:
    """Where every ``return`` of ``func`` puts the local ``name``: -1 for ``return
    name``, the index for ``return name, url``; None when a return does not."""
    found: set[int] = set()
    for node in body_nodes(list(getattr(func, "body", []))):
        if isinstance(node, ast.Return):
            value = node.value
            if isinstance(value, ast.Name) and value.id == name:
                found.add(-1)
            elif isinstance(value, ast.Tuple):
                hits = [i for i, e in enumerate(value.elts)
                        if isinstance(e, ast.Name) and e.id == name]
                if len(hits) != 1:
                    return None
                found.add(hits[0])
            else:
                return None
    return found.pop() if len(found) == 1 else None


def _bound_from(stmt: ast.stmt, position: int) -> Optional[str]:
    """The name ``stmt`` (``httpd, base = _serve(pool)``) binds the returned
    server to."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
        return None
    target = stmt.targets[0]
    if position >= 0:
        if not isinstance(target, ast.Tuple) or position >= len(target.elts):
            return None
        target = target.elts[position]
    return target.id if isinstance(target, ast.Name) else None


def _calls_of(
    ctx: FileContext, name: str,
) -> list[tuple[Optional[ast.AST], ast.stmt]]:
    """Every call of the plain name ``name`` in the file: the function it is in
    (None outside any function) and the statement of that function holding it.
    A walk of the file, made only for a function that starts a server's loop and
    returns the server, and once per file and name."""
    def compute(ctx: FileContext) -> list[tuple[Optional[ast.AST], ast.stmt]]:
        found: list[tuple[Optional[ast.AST], ast.stmt]] = []
        owners: list[tuple[Optional[ast.AST], list[ast.stmt]]] = [
            (None, list(getattr(ctx.tree, "body", [])))
        ]
        while owners:
            owner, body = owners.pop()
            for node in body_nodes(body):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    owners.append((node, node.body))
                elif isinstance(node, ast.Lambda):
                    owners.append((None, [ast.Expr(node.body)]))  # a lambda's call never qualifies
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                        and node.func.id == name:
                    path = stmt_path(body, node)
                    if owner is None or not path:
                        found.append((None, node))  # type: ignore[arg-type]
                    else:
                        found.append((owner, path[-1][0][path[-1][1]]))
        return found

    calls: list[tuple[Optional[ast.AST], ast.stmt]] = ctx.fact(f"otp303.calls-of.{name}", compute)
    return calls


def _shuts_down(stmts: Sequence[ast.AST], after: int, name: str) -> bool:
    """A statement after line ``after`` is ``<name>.shutdown()``: in ``stmts``, or
    in the body of a ``with`` block or the body or ``finally`` of a ``try``
    among them (a module-level function, not a recursive closure: that would
    hold itself in a cycle)."""
    for stmt in stmts:
        if isinstance(stmt, ast.Expr) and stmt.lineno > after \
                and isinstance(stmt.value, ast.Call) and not stmt.value.args \
                and method_call(stmt.value, "shutdown") == name:
            return True
        if isinstance(stmt, (ast.With, ast.AsyncWith)) and _shuts_down(stmt.body, after, name):
            return True
        if isinstance(stmt, ast.Try) and (
            _shuts_down(stmt.body, after, name) or _shuts_down(stmt.finalbody, after, name)
        ):
            return True
    return False


def _own_run(call: ast.Call, ctx: FileContext) -> Optional[ast.FunctionDef]:
    """The ``run`` method of the class ``call`` makes, when that class is
    defined in this file (torpy's ``class Socks5(threading.Thread)``,
    started as ``Socks5(circuit, csock, caddr).start()``)."""
    cls = (ctx.semantic.class_def(call.func.id, ctx.scope)
           if isinstance(call.func, ast.Name) else None)
    if cls is None:
        return None
    runs = [s for s in cls.body if isinstance(s, ast.FunctionDef) and s.name == "run"]
    if len(runs) != 1 or runs[0].decorator_list:
        return None
    return runs[0]


def _reads_own_attribute(stmt: ast.stmt, owner: Optional[str]) -> bool:
    """``csock = self.client_sock``: a local bound to an attribute of the
    method's own object, which its constructor set."""
    return (
        owner is not None and isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name) and isinstance(stmt.value, ast.Attribute)
        and isinstance(stmt.value.value, ast.Name) and stmt.value.value.id == owner
    )


def _hands_on_every_error(
    fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], skip_first: bool, ctx: FileContext,
    forever: bool = False,
) -> bool:
    """The target (a function or method of this file) is one ``try`` (after
    statements that cannot fail, and before a ``return`` of a constant; also
    as the whole body of a loop whose
    header cannot fail: ``for attempt in range(n):``, ``for p in
    self._plugins:``, ``while queue:``) with a handler catching every
    exception that hands it on: passes it to a call
    (``self.error_handler(exc)``, ``errors.append(exc)``), stores it on an
    object or reports it with its traceback
    (``log.exception(...)``). Before the ``try`` there may be bookkeeping
    (``_bookkeeping``) that tells only the parameter the exception is stored
    in (``result.set_cancelled()``). No failure of the thread is lost."""
    a = fn.args
    own = (a.posonlyargs or a.args)[0].arg if skip_first and (a.posonlyargs or a.args) else None
    body = [
        stmt for stmt in fn.body
        if not (_cannot_fail(stmt) or _nudges(stmt) or _reads_own_attribute(stmt, own)
                or _returns_constant(stmt))
    ]
    if not body:
        return False
    last: ast.stmt = body[-1]
    # a retry loop (``for attempt in range(n): try: ...``), one step per
    # item (``for plugin in self._plugins: try: ...``), or a worker's loop
    # (``while self._queue: try: ...``; ``while True: item = q.get(); if
    # item is None: return; try: ...``)
    last = _worker_loop_try(last, ctx, forever) or last
    if not isinstance(last, ast.Try):
        return False
    handing = [
        h for h in last.handlers
        if (h.type is None or _exception_name(h.type, ctx) in _CATCH_ALL) and _hands_on(h)
    ]
    if len(body) > 1 and all(_start_delay(stmt, fn, ctx) for stmt in body[:-1]) and any(
        (h.type is None or _exception_name(h.type, ctx) in _CATCH_ALL)
        and _logs_with_traceback(h)
        for h in last.handlers
    ):
        return True  # a pause, then the work, whose every failure is reported
    if len(body) == 1 and _swallows_all(last.handlers, ctx):
        return True
    if not handing:
        return False
    if len(body) == 1:
        return True
    # Statements before the ``try``: bookkeeping that tells only the object the
    # exception is handed to (``result.set_cancelled()``), sleeps and compares.
    params = {p.arg for p in [*a.posonlyargs, *a.args, *a.kwonlyargs]}
    if skip_first and (a.posonlyargs or a.args):
        params.discard((a.posonlyargs or a.args)[0].arg)
    holders = params & set().union(*(_holders(h) for h in handing))
    return bool(holders) and all(_bookkeeping(stmt, holders, ctx) for stmt in body[:-1])


def _logs_with_traceback(handler: ast.ExceptHandler) -> bool:
    """A logging call of the handler with a true ``exc_info=``
    (``logger.error(f"failed: {e}", exc_info=True)``) or one that reports
    the exception being handled (``logger.exception(...)``,
    ``traceback.print_exc()``): the traceback is reported."""
    for n in body_nodes(handler.body):
        if not isinstance(n, ast.Call):
            continue
        if last_name(n.func) in _REPORTS:
            return True
        if isinstance(n.func, ast.Attribute) and n.func.attr in _LOUD_LEVELS | _QUIET_LEVELS \
                and _true_exc_info(n):
            return True
    return False


def _start_delay(
    stmt: ast.stmt, fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], ctx: FileContext
) -> bool:
    """``time.sleep(3)``, a number of seconds, before the ``try`` (osim's
    update check waiting for the server to start): it cannot fail, so the
    ``try`` after it still holds everything that can, when its handler
    logs every failure with its traceback (``exc_info=True``). A handler
    that keeps only the message stays flagged after such a pause (the
    estimator thread of ultimate-mcp-server, judged a true positive).
    ``time`` is the standard module, imported by the file or by the target
    itself."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if not (isinstance(call, ast.Call) and len(call.args) == 1 and not call.keywords):
        return False
    if not _number(call.args[0]):
        return False
    if _sleeps(stmt, ctx):
        return True  # ``time`` imported by the file
    # imported by the target itself, where the file's scope does not see it
    return dotted(call.func) == "time.sleep" and any(
        isinstance(s, ast.Import) and any(a.name == "time" and a.asname is None for a in s.names)
        for s in fn.body
    )


def _returns_constant(stmt: ast.stmt) -> bool:
    """``return``, ``return None``, ``return False``: after the ``try`` (a
    sender's ``return None`` when the post failed), it cannot fail."""
    return isinstance(stmt, ast.Return) and (stmt.value is None or _constant_value(stmt.value))


def _loop_header_cannot_fail(loop: Union[ast.For, ast.While]) -> bool:
    """``for attempt in range(n)``, ``for plugin in self._plugins``, ``while
    queue``, ``while not self._stopped``, ``while len(self._heartbeats) > 0``:
    a header that only reads a name or an attribute (or counts, or takes a
    held container's length), so every failure of the loop is its body's."""
    if isinstance(loop, ast.For):
        it = loop.iter
        if isinstance(it, ast.Call):
            return isinstance(it.func, ast.Name) and it.func.id == "range"
        return dotted(it) is not None
    test = loop.test
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test = test.operand
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(
        test.comparators[0], ast.Constant
    ) and type(test.comparators[0].value) is int:
        test = test.left  # ``while len(self._heartbeats) > 0:``
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) \
            and test.func.id == "len" and len(test.args) == 1 and not test.keywords:
        test = test.args[0]  # the length of a container the code holds
    return dotted(test) is not None  # not ``while True:``, which no one can end


def _worker_loop_try(
    stmt: ast.stmt, ctx: FileContext, forever: bool = False,
) -> Optional[ast.Try]:
    """The ``try`` of a worker's loop, whose every failure is the ``try``'s:
    a loop with no ``else`` whose body is one ``try``, with before it only
    steps that cannot fail (a blocking ``item = q.get()`` or ``await
    q.get()``, a guard ``if item is None: return``, a log call of names) and
    after it only bookkeeping (``q.task_done()``, ``with self._lock:
    self._busy -= 1``). The header cannot fail (``_loop_header_cannot_fail``),
    or it is a simple test (``while self.is_running():``, ``while not
    closed.is_set():``), or it is ``while True:`` and a guard before the
    ``try`` ends the loop (launchdarkly's and splitio's worker threads and
    tasks). With ``forever`` (a daemon thread, which ends with the process),
    ``while True:`` needs no guard when no handler of the ``try`` ends the
    loop, and a sleep may come before or after the ``try`` (a poller:
    remoulade's time-limit timers, X-Ray's pollers).
    ``None`` for anything else."""
    if not isinstance(stmt, (ast.While, ast.For)) or stmt.orelse:
        return None
    at = [i for i, s in enumerate(stmt.body) if isinstance(s, ast.Try)]
    if len(at) != 1:
        return None
    before, after = stmt.body[:at[0]], stmt.body[at[0] + 1:]
    if not all(_loop_step_cannot_fail(s) or (forever and _pauses(s, stmt, ctx)) for s in before):
        return None
    if not all(_loop_bookkeeping(s) or (forever and _pauses(s, stmt, ctx)) for s in after):
        return None
    try_stmt = stmt.body[at[0]]
    assert isinstance(try_stmt, ast.Try)
    if not _loop_header_cannot_fail(stmt):
        if not isinstance(stmt, ast.While):
            return None
        if not (isinstance(stmt.test, ast.Constant) and stmt.test.value):
            if not _simple_test(stmt.test):
                return None
        elif not any(
            isinstance(s, ast.If) and isinstance(s.body[0], (ast.Break, ast.Return))
            for s in before
        ):
            # a daemon's poller: it must go on after a failure, not end on it
            # (``except Exception: break`` ends the thread, the error lost)
            if not forever or any(
                isinstance(n, (ast.Break, ast.Return))
                for h in try_stmt.handlers for n in body_nodes(h.body)
            ):
                return None
    return try_stmt


def _pauses(stmt: ast.stmt, loop: Union[ast.While, ast.For], ctx: FileContext) -> bool:
    """A poller's pause: ``time.sleep(...)`` (``_sleeps``), or a timed wait on
    the event the loop's header tests, ``while not stop_event.is_set(): ...
    stop_event.wait(HEARTBEAT_INTERVAL_S)`` (jobd's heartbeat thread), or on a
    known event: it returns after at most that long and cannot raise."""
    if _sleeps(stmt, ctx):
        return True
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "wait"):
        return False
    args = [*call.args, *(k.value for k in call.keywords if k.arg == "timeout")]
    if len(args) != 1 or len(call.args) + len(call.keywords) != 1 \
            or not _names_and_numbers(args[0]):
        return False
    event = call.func.value
    fact = ctx.type_of(event)
    if fact is not None and fact.name == EVENT:
        return True
    tested = ast.dump(event)
    return isinstance(loop, ast.While) and any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
        and n.func.attr == "is_set" and not n.args and ast.dump(n.func.value) == tested
        for n in ast.walk(loop.test)
    )


def _sleeps(stmt: ast.stmt, ctx: FileContext) -> bool:
    """``time.sleep(self.interval / 1000)``: a pause of names and numbers."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if not (isinstance(call, ast.Call) and len(call.args) == 1 and not call.keywords
            and ctx.qualified_name(call.func) == "time.sleep"):
        return False
    return _names_and_numbers(call.args[0])


def _names_and_numbers(expr: ast.expr) -> bool:
    """An expression of names, attributes, constants and arithmetic on them
    (``self.interval / 1000``): a duration that evaluating cannot fail."""
    return all(
        isinstance(n, (ast.Name, ast.Attribute, ast.Constant, ast.BinOp, ast.operator, ast.Load))
        for n in ast.walk(expr)
    )


def _simple_test(expr: ast.expr) -> bool:
    """A test of names, attributes and constants, compared, negated or
    joined, or a method called with no argument (``self.is_running()``,
    ``q.empty()``): nothing a reviewer expects to raise."""
    if isinstance(expr, (ast.Name, ast.Constant)):
        return True
    if isinstance(expr, ast.Attribute):
        return dotted(expr) is not None
    if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.Not):
        return _simple_test(expr.operand)
    if isinstance(expr, ast.BoolOp):
        return all(_simple_test(v) for v in expr.values)
    if isinstance(expr, ast.Compare):
        return all(_simple_test(v) for v in (expr.left, *expr.comparators))
    if isinstance(expr, ast.Call):
        return (
            isinstance(expr.func, ast.Attribute) and dotted(expr.func) is not None
            and not expr.args and not expr.keywords
        )
    return False


def _loop_step_cannot_fail(stmt: ast.stmt) -> bool:
    """Before a worker's ``try``: ``item = q.get()`` (blocking, also awaited
    or with ``block=True``), ``if item is None: return`` (a jump under a
    simple test), ``log.debug("got %s", item.name)`` (a log call whose
    arguments are names and constants), or what ``_cannot_fail`` allows."""
    if _cannot_fail(stmt) or _nudges(stmt):
        return True
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
            and _names_or_unpacking(stmt.targets[0]):
        value = stmt.value.value if isinstance(stmt.value, ast.Await) else stmt.value
        if isinstance(stmt.targets[0], ast.Tuple) and isinstance(value, ast.Name):
            return True  # ``future, fn, args = job``: the item taken apart
        return (
            isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
            and value.func.attr == "get" and dotted(value.func.value) is not None
            and all(_is_literal_true(a) for a in value.args)
            and all(k.arg == "block" and _is_literal_true(k.value) for k in value.keywords)
        )
    if isinstance(stmt, ast.If):
        return (
            not stmt.orelse and len(stmt.body) == 1 and _simple_test(stmt.test)
            and isinstance(stmt.body[0], (ast.Break, ast.Continue, ast.Return))
            and (
                not isinstance(stmt.body[0], ast.Return) or stmt.body[0].value is None
                or isinstance(stmt.body[0].value, (ast.Constant, ast.Name))
            )
        )
    return _log_call(stmt)


def _names_or_unpacking(target: ast.expr) -> bool:
    """``item`` or ``future, fn, args``: a name, or a tuple of names."""
    if isinstance(target, ast.Tuple):
        return bool(target.elts) and all(isinstance(e, ast.Name) for e in target.elts)
    return isinstance(target, ast.Name)


def _is_literal_true(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is True


def _log_call(stmt: ast.stmt) -> bool:
    """``_LOGGER.debug("processing %s", event.name)``: a logger's call (its
    receiver named for a log) with names, attributes and constants for
    arguments. Logging reports its own errors (``Handler.handleError``)."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
        return False
    if call.func.attr not in _LOUD_LEVELS and call.func.attr not in _QUIET_LEVELS:
        return False
    recv = dotted(call.func.value)
    if recv is None or "log" not in recv.lower():
        return False
    return all(
        isinstance(a, (ast.Constant, ast.Name)) or (
            isinstance(a, ast.Attribute) and dotted(a) is not None
        )
        for a in [*call.args, *(k.value for k in call.keywords)]
    )


def _loop_bookkeeping(stmt: ast.stmt) -> bool:
    """After a worker's ``try``: ``q.task_done()``, ``done.set()``, or a
    ``with self._lock:`` block of counters and nudges (``self._busy -= 1``,
    ``self._event.set()``)."""
    if _nudges(stmt):
        return True
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
            and call.func.attr == "task_done" and not call.args and not call.keywords:
        return True
    if isinstance(stmt, ast.With):
        return all(dotted(item.context_expr) is not None and item.optional_vars is None
                   for item in stmt.items) and all(_counter_step(s) for s in stmt.body)
    return False


def _counter_step(stmt: ast.stmt) -> bool:
    """``self._busy -= 1``, ``self._count = self._count - 1``, ``self._event.set()``."""
    if _nudges(stmt):
        return True
    target: ast.expr
    if isinstance(stmt, ast.AugAssign):
        target, value = stmt.target, stmt.value
    elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target, value = stmt.targets[0], stmt.value
    else:
        return False
    if dotted(target) is None:
        return False
    return all(
        isinstance(n, (ast.Name, ast.Attribute, ast.Constant, ast.BinOp, ast.operator,
                       ast.Load, ast.Store))
        for n in ast.walk(value)
    )


def _nudges(stmt: ast.stmt) -> bool:
    """``done.set()``, ``fut.cancel()``: a call, with no argument, of a method
    that cannot raise (``_CANNOT_RAISE_METHODS``) on a name or attribute."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return (
        isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
        and call.func.attr in _CANNOT_RAISE_METHODS and not call.args and not call.keywords
        and isinstance(call.func.value, (ast.Name, ast.Attribute))
    )


def _swallows_all(handlers: list[ast.ExceptHandler], ctx: FileContext) -> bool:
    """A handler catches every exception and does not re-raise, and a handler
    before it re-raises only the process's exit or a cancellation: no failure
    leaves the ``try``. Whether the handler loses the error is OTP501's
    question (it reports ``except Exception: pass``), not the thread's."""
    for i, handler in enumerate(handlers):
        if (handler.type is None or _exception_name(handler.type, ctx) in _CATCH_ALL) \
                and not _reraises(handler):
            return all(not _reraises(h) or _exit_or_cancel(h, ctx) for h in handlers[:i])
    return False


def _holders(handler: ast.ExceptHandler) -> set[str]:
    """The names whose attribute the handler stores the exception in, or whose
    method it passes the exception to (``result.value = Wrapper(exc)``,
    ``result.set_exception(exc)``)."""
    if handler.name is None:
        return set()
    exc = handler.name
    names: set[str] = set()
    for n in body_nodes(handler.body):
        if isinstance(n, ast.Assign) and any(
            isinstance(v, ast.Name) and v.id == exc for v in body_nodes([n.value])
        ):
            for t in n.targets:
                if isinstance(t, (ast.Attribute, ast.Subscript)) and isinstance(t.value, ast.Name):
                    names.add(t.value.id)
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                and isinstance(n.func.value, ast.Name) and any(
                    isinstance(v, ast.Name) and v.id == exc
                    for v in [*n.args, *(kw.value for kw in n.keywords)]
                ):
            names.add(n.func.value.id)
    return names


_BOOKKEEPING_CALLS = frozenset({"time.sleep", "builtins.min", "builtins.max"})


def _bookkeeping(stmt: ast.stmt, holders: set[str], ctx: FileContext) -> bool:
    """A statement that runs no code that can fail on its own: assignments,
    comparisons, loops and branches over them, ``time.sleep``, ``min``/``max``,
    ``return``, and methods of the objects that receive the exception
    (``result.set_cancelled()``)."""
    if not isinstance(stmt, (ast.Assign, ast.AugAssign, ast.While, ast.If, ast.Expr, ast.Return)):
        return False
    for n in body_nodes([stmt]):
        if isinstance(n, ast.While) and isinstance(n.test, ast.Constant):
            return False  # ``while True:`` never reaches the ``try``
        if isinstance(n, (ast.Try, ast.With, ast.AsyncWith, ast.For, ast.AsyncFor, ast.Raise,
                          ast.Await, ast.Yield, ast.YieldFrom, ast.Subscript, ast.Lambda,
                          ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import,
                          ast.ImportFrom, ast.Delete, ast.Div, ast.FloorDiv, ast.Mod)):
            return False
        if isinstance(n, ast.Call):
            func = n.func
            if ctx.qualified_name(func) in _BOOKKEEPING_CALLS:
                continue
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and func.value.id in holders:
                continue
            return False
    return True


def _spawn_primitive(call: ast.Call, target: Optional[ast.expr], ctx: FileContext) -> bool:
    """A function whose whole work is to start the function its caller hands
    it (``def start(self, func, args=()): _thread.start_new_thread(func,
    args)``): an execution model's spawn primitive. It has nothing of its own
    to supervise; its callers decide what runs and how it is watched."""
    func = ctx.function()
    if func is None or not isinstance(target, ast.Name):
        return False
    args = getattr(func.node, "args", None)
    if not isinstance(args, ast.arguments) or target.id not in {
        a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]
    }:
        return False
    body = getattr(func.node, "body", [])
    if isinstance(body, ast.expr):  # ``lambda target: Thread(target=target).start()``
        return any(node is call for node in ast.walk(body))
    work = [
        stmt for stmt in body
        if not isinstance(stmt, (ast.Import, ast.ImportFrom))
        and not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))
    ]
    if len(work) == 1:
        return isinstance(work[0], (ast.Expr, ast.Return)) and any(
            node is call for node in ast.walk(work[0])
        )
    # ``t = Thread(target=target, name=...)``, ``t.daemon = True``, ``t.start()``:
    # the same primitive, the handle only configured and started.
    first = work[0]
    if not (isinstance(first, ast.Assign) and first.value is call and len(first.targets) == 1
            and isinstance(first.targets[0], ast.Name)):
        return False
    local = first.targets[0].id
    for stmt in work[1:]:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            t = stmt.targets[0]
            if not (isinstance(t, ast.Attribute) and t.attr in ("daemon", "name")
                    and isinstance(t.value, ast.Name) and t.value.id == local
                    and isinstance(stmt.value, ast.Constant)):
                return False
            continue
        value = stmt.value if isinstance(stmt, ast.Expr) else None
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                and value.func.attr in ("start", "setDaemon")
                and isinstance(value.func.value, ast.Name) and value.func.value.id == local):
            return False
    return True


def _is_daemon(call: ast.Call, local: Optional[tuple[str, Scope]], ctx: FileContext) -> bool:
    """``daemon=True`` in the constructor, or ``t.daemon = ...``/``t.setDaemon(...)``."""
    flag = call_argument(call, None, "daemon")
    if isinstance(flag, ast.Constant) and flag.value is True:
        return True
    if local is None:
        return False
    uses = handle_uses(ctx, *local)
    return "daemon" in uses or "setDaemon" in uses


def _creator_never_returns(call: ast.Call, ctx: FileContext) -> bool:
    """The function starting the thread never returns: from the thread on it runs
    a ``while True:`` with no ``break`` or ``return``, or ends the process
    (``sys.exit``/``os._exit`` as a statement of its own or in its ``finally``).
    It is the process's main loop, and a daemon thread it starts lives exactly
    as long as the process."""
    func = ctx.function()
    if func is None:
        return False
    for stmt in scope_body(func):
        if not isinstance(stmt, ast.stmt) or (stmt.end_lineno or stmt.lineno) < call.lineno:
            continue
        if isinstance(stmt, ast.While) and isinstance(stmt.test, ast.Constant) \
                and stmt.test.value and not stmt.orelse and loops_forever(stmt):
            return True
        ends = [stmt]
        if isinstance(stmt, ast.Try):
            ends = list(stmt.finalbody)
        for end in ends:
            if isinstance(end, ast.Expr) and isinstance(end.value, ast.Call) \
                    and ctx.qualified_name(end.value.func) in ("sys.exit", "os._exit"):
                return True
    return False


# How a block of statements can end (``_ends_process``).
_FALLS_THROUGH, _RAISES, _EXITS = 0, 1, 2
_PROCESS_EXITS = frozenset({"os._exit", "os.abort"})


def _ends_process(stmts: list[ast.stmt], ctx: FileContext) -> int:
    """Whether a block can finish normally (``_FALLS_THROUGH``), or on every
    path raises or ends the process, with at least one path ending it
    (``_EXITS``: ``os._exit``/``os.abort`` as a statement) or none
    (``_RAISES``). A daemon thread running a target that cannot return and
    ends the process when its wait is over (a parent-death watchdog:
    ``pipe.recv()``, then ``os._exit(-1)`` on ``EOFError``) lives exactly as
    long as the process."""
    if not stmts:
        return _FALLS_THROUGH
    last = stmts[-1]
    if isinstance(last, ast.Raise):
        return _RAISES
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
        func = last.value.func
        qn = ctx.qualified_name(func) if isinstance(func, (ast.Name, ast.Attribute)) else None
        return _EXITS if qn in _PROCESS_EXITS else _FALLS_THROUGH
    if isinstance(last, ast.If):
        ends = [_ends_process(last.body, ctx), _ends_process(last.orelse, ctx)]
    elif isinstance(last, ast.Try):
        if _ends_process(last.finalbody, ctx) != _FALLS_THROUGH:
            return _ends_process(last.finalbody, ctx)
        ends = [_ends_process(last.orelse or last.body, ctx)]
        ends += [_ends_process(h.body, ctx) for h in last.handlers]
        if last.orelse and _ends_process(last.body, ctx) == _EXITS:
            ends.append(_EXITS)
    else:
        return _FALLS_THROUGH
    if _FALLS_THROUGH in ends:
        return _FALLS_THROUGH
    return _EXITS if _EXITS in ends else _RAISES


# Helpers that wait for every thread started in their block or function (the
# standard library's test support: ``threading_helper.wait_threads_exit()``,
# ``@threading_helper.reap_threads``).
_REAPING_BLOCKS = frozenset({"wait_threads_exit"})
_REAPING_DECORATORS = frozenset({"reap_threads"})


def _reaped_by_helper(call: ast.Call, ctx: FileContext) -> bool:
    s: Optional[Scope] = ctx.scope
    while s is not None:
        fn = s.node
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
            last_name(d) in _REAPING_DECORATORS for d in fn.decorator_list
        ):
            return True
        s = s.parent
    for parent in enclosing(ctx, call):
        if isinstance(parent, (ast.With, ast.AsyncWith)) and any(
            isinstance(item.context_expr, ast.Call)
            and last_name(item.context_expr) in _REAPING_BLOCKS
            for item in parent.items
        ):
            return True
    return _reaping_entered(call, ctx) or _only_called_reaped(ctx)


_ENTER_CONTEXT = frozenset({"enterContext", "enter_context"})


def _reaping_entered(call: ast.Call, ctx: FileContext) -> bool:
    """The function entered a reaping block by hand before the call:
    ``self.enterContext(threading_helper.wait_threads_exit())`` (also
    ``stack.enter_context(...)``), or ``x = wait_threads_exit()`` then
    ``x.__enter__()``: its exit (a cleanup) waits for the thread."""
    func = ctx.function()
    if func is None:
        return False
    made: set[str] = set()
    for stmt in scope_body(func):
        if not isinstance(stmt, ast.stmt) or stmt.lineno >= call.lineno:
            break
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.value, ast.Call) and last_name(stmt.value) in _REAPING_BLOCKS:
            target = ast.unparse(stmt.targets[0])
            made.add(target)
            continue
        value = stmt.value if isinstance(stmt, ast.Expr) else None
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)):
            continue
        if value.func.attr in _ENTER_CONTEXT and len(value.args) == 1 \
                and isinstance(value.args[0], ast.Call) \
                and last_name(value.args[0]) in _REAPING_BLOCKS:
            return True
        if value.func.attr == "__enter__" and ast.unparse(value.func.value) in made:
            return True
    return False


def _reaped_calls(ctx: FileContext) -> dict[str, tuple[int, int, int]]:
    """``name -> (references to name or x.name, calls of it, calls of it inside a
    reaping block)`` for the file. Computed only for a thread start in a helper
    that nothing else supervises (rare), in one walk of the file."""
    out: dict[str, tuple[int, int, int]] = {}
    # (node, inside a reaping block)
    stack: list[tuple[ast.AST, bool]] = [(ctx.tree, False)]
    while stack:
        n, inside = stack.pop()
        if isinstance(n, ast.With) and any(
            isinstance(item.context_expr, ast.Call)
            and last_name(item.context_expr) in _REAPING_BLOCKS for item in n.items
        ):
            inside = True
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inside = False  # a function defined there runs whenever it is called
        name = n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) \
            else None
        if name is not None:
            refs, calls, reaped = out.get(name, (0, 0, 0))
            out[name] = (refs + 1, calls, reaped)
        if isinstance(n, ast.Call):
            f = n.func
            called = f.id if isinstance(f, ast.Name) else f.attr \
                if isinstance(f, ast.Attribute) else None
            if called is not None:
                refs, calls, reaped = out.get(called, (0, 0, 0))
                out[called] = (refs, calls + 1, reaped + inside)
        stack.extend((k, inside) for k in ast.iter_child_nodes(n))
    return out


def _only_called_reaped(ctx: FileContext) -> bool:
    """The function starting the thread is a test's helper (in a test file, or
    private) whose every call in the file is inside a reaping block, and it is
    not otherwise referenced (``self.newtask()`` only under
    ``with threading_helper.wait_threads_exit():``)."""
    func = ctx.function()
    node = func.node if func is not None else None
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.decorator_list:
        return False
    if not (ctx.is_test_file or node.name.startswith("_")) or node.name.startswith("__"):
        return False
    refs, calls, reaped = ctx.fact("otp303.reaped_calls", _reaped_calls).get(
        node.name, (0, 0, 0))
    return calls > 0 and refs == calls == reaped


# Bound methods that only notify or schedule and return at once: a thread
# running one of them ends as soon as it starts.
_NOTIFYING = frozenset({"call_soon", "call_soon_threadsafe", "put_nowait"})


def _notification(target: ast.expr, ctx: FileContext) -> bool:
    """``Timer(5, done.set)`` on a known ``threading.Event``, or a loop's
    ``call_soon``/``call_soon_threadsafe``, a queue's ``put_nowait``."""
    if not isinstance(target, ast.Attribute):
        return False
    if target.attr in _NOTIFYING:
        return True
    if target.attr == "set":
        return _known_event(target.value, ctx)
    return False


def _shutdown_handoff(target: ast.expr, call: ast.Call) -> bool:
    """``Thread(target=server.shutdown, daemon=True).start()``: a daemon thread
    given no arguments that only asks a server's loop to stop (a signal
    handler runs on the serving thread, where ``shutdown()`` would deadlock:
    interlockd). It sets a flag and waits for the loop to notice; the
    serving thread's return is what its owner sees."""
    return (
        isinstance(target, ast.Attribute) and target.attr == "shutdown"
        and dotted(target.value) is not None
        and not any(kw.arg in ("args", "kwargs") for kw in call.keywords)
        and len(call.args) <= 2
    )


def _pipe_drain(target: ast.expr, call: ast.Call, ctx: FileContext) -> bool:
    """``Thread(target=proc.stderr.read, daemon=True)``: a daemon thread given
    no arguments that reads a known ``Popen``'s output pipe to its end and
    throws it away, so the child never blocks on a full pipe. It ends when
    the child closes the pipe; no result or failure of it is anyone's
    concern (bedrock-image-mcp-server's tests)."""
    if not (
        isinstance(target, ast.Attribute) and target.attr in ("read", "readlines")
        and isinstance(target.value, ast.Attribute)
        and target.value.attr in ("stdout", "stderr")
    ):
        return False
    if any(kw.arg in ("args", "kwargs") for kw in call.keywords) or len(call.args) > 1:
        return False
    fact = ctx.type_of(target.value.value)
    return fact is not None and fact.name == POPEN


# Constructors of a process-shared event, whose ``set``/``wait`` cannot raise
# either (``from multiprocessing import Event``).
_MP_EVENTS = frozenset({"multiprocessing.Event", "multiprocessing.synchronize.Event"})


def _known_event(recv: ast.expr, ctx: FileContext) -> bool:
    """A known ``threading.Event``, or a local bound only to
    ``multiprocessing.Event()``."""
    fact = ctx.type_of(recv)
    if fact is not None:
        return fact.name == EVENT
    return isinstance(recv, ast.Name) and ctx.semantic.bound_only_to(
        recv.id, ctx.scope,
        lambda v: isinstance(v, ast.Call) and not v.args
        and ctx.qualified_name(v.func) in _MP_EVENTS,
    )


def _resolve_def(
    target: ast.expr, ctx: FileContext,
) -> Optional[tuple[Union[ast.FunctionDef, ast.AsyncFunctionDef], bool]]:
    """The function a thread target names, when it is defined in this file: a
    function (``work``), a method of the enclosing class (``self._run``, or
    its ``__call__`` for ``target=self``), or a method of a class of the file
    (``Watcher._watch``); with whether its first parameter is not given by the
    thread's ``args`` (``self``, ``cls``)."""
    sem = ctx.semantic
    defs: Union[list[ast.stmt], None] = None
    name: Optional[str] = None
    bound = False
    if isinstance(target, ast.Name):
        method = ctx.function()
        if method is not None and target.id == method.self_name \
                and method.class_scope is not None:
            # ``Thread(target=self)``: the thread calls the instance, its ``__call__``
            cls_def = method.class_scope.node
            for stmt in getattr(cls_def, "body", ()):
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                        and stmt.name == "__call__":
                    return stmt, True
            return None
        bindings = sem.bindings_of(target.id, ctx.scope)
        if bindings and len(bindings) == 1 and bindings[0].kind == "def":
            node = bindings[0].node
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node, False
        return None
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
        name = target.attr
        base = target.value.id
        func = ctx.function()
        # a function nested in a method sees the method's ``self`` as a closure
        # (bluesky-queueserver's ``def start_jupyter_client(): ...
        # Thread(target=self._monitor)``)
        while func is not None and func.self_name is None and base not in func.bindings \
                and func.parent is not None:
            func = func.parent.function()
        cls_node: Optional[ast.AST] = None
        if func is not None and base == func.self_name and func.class_scope is not None:
            cls_node = func.class_scope.node
            bound = True
        else:
            cls_node = ctx.semantic.class_def(base, ctx.scope)
        if isinstance(cls_node, ast.ClassDef):
            defs = cls_node.body
    if defs is None or name is None:
        return None
    for stmt in defs:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == name:
            decorators = {last_name(d) for d in stmt.decorator_list}
            if "staticmethod" in decorators:
                return stmt, False
            return stmt, bound or "classmethod" in decorators
    return None


def _watches_child(
    fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], skip_first: bool,
    call: ast.Call, ctx: FileContext,
) -> bool:
    """The target starts by waiting for a child process it is given
    (``process.join()``/``proc.wait()`` on a parameter, before any loop), and the
    thread is given a process known from this file: a watcher that lives as long
    as the child, which its owner holds."""
    params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
    if skip_first:
        params = params[1:]
    args = call_argument(call, 3, "args")
    if not isinstance(args, (ast.Tuple, ast.List)):
        return False
    for stmt in fn.body:
        if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While, ast.Try, ast.With)):
            return False
        value = stmt.value if isinstance(stmt, ast.Expr) else None
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                and value.func.attr in ("join", "wait") and not value.args
                and isinstance(value.func.value, ast.Name)):
            continue
        waited = value.func.value.id
        if waited not in params:
            continue
        i = params.index(waited)
        if i >= len(args.elts):
            return False
        fact = ctx.type_of(args.elts[i])
        return fact is not None and fact.name in (PROCESS, POPEN)
    return False


def _sets_done_event_waited_for(
    fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], call: ast.Call, ctx: FileContext,
) -> bool:
    """The nested target is one ``try`` that hands its exception on (an ``except``
    using the caught exception) and sets an event in ``finally``, and the
    creating function waits on that event afterwards: the thread is watched
    without a handle, and its failure is seen. A ``nonlocal``/``global``
    declaration (``nonlocal exc``, for ``exc = e`` in the handler) may stand
    before the ``try``. So is a ``try`` each of whose handlers sets an event
    and then re-raises (``except Exception: shutdown_event.set(); raise``:
    CodeChat-Server's server threads), the event the creating function
    waits on: the failure wakes the creator, and the traceback is printed."""
    body = [s for s in fn.body if not isinstance(s, (ast.Nonlocal, ast.Global))]
    if len(body) != 1 or not isinstance(body[0], ast.Try):
        return False
    try_ = body[0]

    def event_sets(stmts: list[ast.stmt]) -> set[str]:
        found = set()
        for stmt in stmts:
            value = stmt.value if isinstance(stmt, ast.Expr) else None
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                    and value.func.attr == "set" and not value.args and not value.keywords \
                    and isinstance(value.func.value, ast.Name):
                found.add(value.func.value.id)
        return found

    raised = [
        event_sets(h.body[:-1]) for h in try_.handlers
        if h.body and isinstance(h.body[-1], ast.Raise) and h.body[-1].exc is None
    ]
    if try_.handlers and len(raised) == len(try_.handlers) and all(raised):
        events = set().union(*raised)
    else:
        if not any(
            h.name is not None and any(
                isinstance(n, ast.Name) and n.id == h.name for n in body_nodes(h.body)
            )
            for h in try_.handlers
        ):
            return False
        events = event_sets(try_.finalbody)
    if not events:
        return False
    for n in body_nodes(list(scope_body(ctx.scope))):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                and n.func.attr == "wait" and isinstance(n.func.value, ast.Name) \
                and n.func.value.id in events and n.lineno >= call.lineno:
            return True
    return False


def _signals_asserted_events(
    fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], call: ast.Call, ctx: FileContext,
) -> bool:
    """A test's nested target that sets events of the test (``raised.set()``),
    the last of them as its last act, each of which the test then asserts,
    waiting with a timeout (``self.assertTrue(raised.wait(10))``, ``assert
    woke.wait(5)``) or reading it (``self.assertTrue(raised.is_set())``) after
    such a wait: a thread that fails before it sets them fails the test
    (krpc's waiter threads)."""
    sets = {
        n: n.func.value.id for n in body_nodes(fn.body)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "set"
        and not n.args and not n.keywords and isinstance(n.func.value, ast.Name)
    }
    events = set(sets.values())
    if not events or not all(e in ctx.scope.bindings for e in events):
        return False
    # The last ``set()`` is the thread's last act, in no loop: a thread that goes
    # on working after it (schemathesis's rate-limit test, calling the code under
    # test again) could fail unseen.
    last = max(sets, key=lambda n: (n.lineno, n.col_offset))
    for block, i, _field in stmt_path(fn.body, last):
        if i != len(block) - 1 or isinstance(block[i], (ast.For, ast.AsyncFor, ast.While)):
            return False
    waited: set[str] = set()
    read: set[str] = set()
    for n in body_nodes(list(scope_body(ctx.scope))):
        if getattr(n, "lineno", 0) < call.lineno:
            continue
        for checked in _asserted(n):
            if isinstance(checked, ast.Call) and isinstance(checked.func, ast.Attribute) \
                    and isinstance(checked.func.value, ast.Name) and not checked.keywords:
                name, attr = checked.func.value.id, checked.func.attr
                if attr == "wait" and _bounded(checked):
                    waited.add(name)
                elif attr == "is_set" and not checked.args:
                    read.add(name)
    return bool(waited) and events <= waited | read


def _asserted(node: ast.AST) -> list[ast.expr]:
    """What ``node`` asserts true: ``assert x``, ``self.assertTrue(x)``."""
    if isinstance(node, ast.Assert):
        return [node.test]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "assertTrue" and node.args:
        return [node.args[0]]
    return []


# Calls that can wait on something outside the thread (a peer, a child, another
# thread): a target calling one of them is not straight-line work.
_MAY_BLOCK = frozenset({
    "accept", "recv", "recv_into", "recvfrom", "recvmsg", "read", "readline",
    "readlines", "connect", "create_connection", "urlopen", "request", "getresponse",
    "sendall", "send", "join", "wait", "wait_for", "get", "put", "result",
    "communicate", "acquire", "select", "poll", "input", "serve_forever",
    "handle_request", "run_forever", "run_until_complete", "run", "start", "mainloop",
})


def _straight_line(fn: Union[ast.FunctionDef, ast.AsyncFunctionDef]) -> bool:
    """A test's target that runs a few statements and ends: no loop, no
    ``try``/``with``, and no call that can wait on something outside the
    thread (a short ``time.sleep`` is fine)."""
    for n in body_nodes(fn.body):
        if isinstance(n, (ast.For, ast.AsyncFor, ast.While, ast.Try, ast.With,
                          ast.AsyncWith, ast.Await, ast.Yield, ast.YieldFrom)):
            return False
        if type(n).__name__ == "TryStar":
            return False
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            return False
        if isinstance(n, ast.Call) and last_name(n.func) in _MAY_BLOCK:
            return False
    return True


# Waits a bounded call of the target may be: ``ready.wait(1)``, ``t.join(timeout=1)``.
_BOUNDABLE = frozenset({"wait", "join", "acquire", "get", "put", "result", "exception"})
# Waits on which the creator can see the target's effect, with a timeout.
_AWAITS = frozenset({"wait", "result", "exception"})


def _bounded(call: ast.Call) -> bool:
    """``x.wait(1)``, ``x.join(timeout=0.5)``: a wait given a positive number."""
    args = [kw.value for kw in call.keywords if kw.arg == "timeout"]
    if last_name(call.func) in ("wait", "join", "result", "exception") and call.args:
        args.append(call.args[0])
    values = [a.value for a in args if isinstance(a, ast.Constant)]
    return any(
        isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in values
    )


def _root(expr: ast.expr) -> Optional[str]:
    while isinstance(expr, (ast.Attribute, ast.Subscript)):
        expr = expr.value
    return expr.id if isinstance(expr, ast.Name) else None


def _completes_awaited(
    fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], call: ast.Call, ctx: FileContext,
) -> bool:
    """A test's nested target that runs a few statements and ends (no loop, no
    ``try``; a ``with`` only on a lock it names; every wait in it given a
    timeout) and acts on an object (``f1.set_result(42)``, ``f1.cancel()``) that
    the creating function then waits on with a timeout (``f1.result(timeout=5)``):
    the test sees the thread's effect, or fails, and the thread cannot outlive it."""
    touched: set[str] = set()
    for n in body_nodes(fn.body):
        if isinstance(n, (ast.For, ast.AsyncFor, ast.While, ast.Try, ast.AsyncWith,
                          ast.Await, ast.Yield, ast.YieldFrom,
                          ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            return False
        if type(n).__name__ == "TryStar":
            return False
        if isinstance(n, ast.With) and not all(
            isinstance(item.context_expr, (ast.Name, ast.Attribute)) and item.optional_vars is None
            for item in n.items
        ):
            return False
        if isinstance(n, ast.Call):
            name = last_name(n.func)
            if name in _MAY_BLOCK and not (name in _BOUNDABLE and _bounded(n)):
                return False
            if isinstance(n.func, ast.Attribute) and name not in _BOUNDABLE:
                root = _root(n.func.value)
                if root is not None:
                    touched.add(root)
        elif isinstance(n, ast.Assign):
            for target in n.targets:
                if isinstance(target, (ast.Attribute, ast.Subscript)):
                    root = _root(target)
                    if root is not None:
                        touched.add(root)
    touched -= {a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)}
    if not touched:
        return False
    for n in body_nodes(list(scope_body(ctx.scope))):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                and n.func.attr in _AWAITS and isinstance(n.func.value, ast.Name) \
                and n.func.value.id in touched and n.lineno > call.lineno and _bounded(n):
            return True
    return False


_SPAWN_FUNCS = frozenset({
    f"os.spawn{suffix}" for suffix in ("l", "le", "lp", "lpe", "v", "ve", "vp", "vpe")
})
_CHILD_LAST = frozenset({"Popen"} | {qn[3:] for qn in _SPAWN_FUNCS})


# Exceptions a ``Popen`` raises when it starts no child.
_START_FAILURES = frozenset({
    "builtins.OSError", "builtins.FileNotFoundError", "builtins.PermissionError",
    "builtins.NotADirectoryError", "builtins.IsADirectoryError", "builtins.ValueError",
    "builtins.TypeError", "subprocess.SubprocessError", "builtins.EnvironmentError",
    "builtins.IOError",
})


def _expected_to_fail(stmt: ast.stmt, parent: ast.AST, ctx: FileContext) -> bool:
    """The ``Popen`` is the whole body of a ``try`` whose handlers catch the errors
    of a child that does not start (``OSError``, ``SubprocessError``,
    ``ValueError``...): in a test, that is the case under test."""
    if not (isinstance(parent, ast.Try) and len(parent.body) == 1 and parent.body[0] is stmt):
        return False
    for handler in parent.handlers:
        types = handler.type
        elts = types.elts if isinstance(types, ast.Tuple) else [types]
        for t in elts:
            if t is not None and ctx.qualified_name(t) in _START_FAILURES:
                return True
    return False



def _followed_by_exit(stmt: ast.stmt, parent: Optional[ast.AST], ctx: FileContext) -> bool:
    """The next statement ends this process (``os._exit``, ``sys.exit``,
    ``raise SystemExit``) or replaces it (``os.exec*``): the child is its
    successor, and nobody is left to wait for it."""
    block = body_holding(parent, stmt) if parent is not None else scope_body(ctx.scope)
    if block is None:
        return False
    for i, s in enumerate(block):
        if s is stmt:
            if i + 1 >= len(block):
                return False
            after = block[i + 1]
            break
    else:
        return False
    if isinstance(after, ast.Raise) and after.exc is not None:
        exc = after.exc.func if isinstance(after.exc, ast.Call) else after.exc
        return ctx.qualified_name(exc) == "builtins.SystemExit"
    if isinstance(after, ast.Expr) and isinstance(after.value, ast.Call):
        qn = ctx.qualified_name(after.value.func)
        return qn is not None and (qn in PROCESS_ENDS or qn.startswith("os.exec"))
    return False


class OrphanSubprocess(Rule):
    """
    ## What it does
    Flags a discarded result (an expression statement, `_ = ...`, or a local
    never read afterwards) of `subprocess.Popen(...)`, and of `os.spawn*`
    called with `os.P_NOWAIT`. `with subprocess.Popen(...) as p:` is fine.

    ## Why is this bad?
    A child process is an OTP process started without a link (the audits'
    "unsupervised processes"): nobody waits for it, so nobody sees its exit
    status, a crash goes unnoticed, and on POSIX the exited child stays a
    zombie until the parent exits. `Popen.__del__` even warns
    (`ResourceWarning: subprocess N is still running`).

    ## Example
    ```python
    import subprocess

    subprocess.Popen(["rsync", src, dst])
    ```

    ## Use instead
    ```python
    import subprocess

    subprocess.run(["rsync", src, dst], check=True, timeout=600)
    ```
    or keep the `Popen`, and `wait(timeout=...)` for it (a `with` block waits
    on exit).

    ## Options
    None.

    ## Known limits
    A `Popen` stored or passed on is not flagged even if nobody waits for it;
    `subprocess.run`/`call`/`check_call`/`check_output` wait by themselves and
    are never flagged. A `Popen` that is the last statement of a
    `with pytest.raises(...)`/`self.assertRaises(...)` block is expected to
    fail and is not flagged.

    Not flagged either: a `Popen` followed by the end of this process
    (`os._exit(...)`, `sys.exit(...)`, `raise SystemExit`) or its
    replacement (`os.exec*(...)`), as a re-exec without `execv` does: the
    child is the successor and nobody is left to wait. In test files, a
    `Popen` that is the whole body of a `try` whose handlers catch the errors
    of a child that never starts (`OSError` and its subclasses,
    `subprocess.SubprocessError`, `ValueError`, `TypeError`): the failure is
    the case under test, like `pytest.raises`. Outside tests that shape stays
    flagged: a child that did start is orphaned. A `Popen` that ends a `with`
    block inside a `pytest.raises(...)` block (initrunner's `with
    pytest.raises(SandboxViolation): with sandbox_scope(...):
    subprocess.Popen([...])`) stays flagged: the inner block's exit may be
    what raises, after the child started. Nor, in test files, a
    `Popen` in a test that takes pytest-subprocess's `fp` (or
    `fake_process`) fixture and never lets a command run for real
    (`fp.allow_unregistered(True)`, `fp.pass_command(...)`): the fixture
    answers it with a `FakePopen`, and an unregistered command raises.
    """

    code = "OTP304"
    calls = _CHILD_LAST
    name = "orphan-subprocess"
    audit = "unsupervised processes (`Task.start/1` without supervision)"
    valid = (
        Example("import subprocess\nwith subprocess.Popen(['ls']) as p:\n    pass\n"),
        Example("import subprocess\nsubprocess.run(['ls'], check=True)\n"),
        Example(
            "import subprocess\ndef f():\n    p = subprocess.Popen(['ls'])\n"
            "    return p.wait(timeout=5)\n"
        ),
        Example(
            "import os, subprocess, sys\ndef restart(argv):\n"
            "    subprocess.Popen([sys.executable] + argv)\n    os._exit(0)\n"
        ),
        Example(
            "import subprocess\ndef test_bad_cwd(self):\n    try:\n"
            "        subprocess.Popen(['ls'], cwd='/nonexistent')\n"
            "    except OSError:\n        pass\n    else:\n"
            "        self.fail('expected OSError')\n",
            path="tests/test_popen.py",
        ),
        Example(
            "import subprocess\ndef test_registered(fp):\n    fp.register('test')\n"
            "    subprocess.Popen('test')\n",
            path="tests/test_fake.py",
        ),
    )
    invalid = (
        Example("import subprocess\nsubprocess.Popen(['sleep', '60'])\n"),
        Example("import os\nos.spawnv(os.P_NOWAIT, '/bin/true', ['true'])\n"),
        Example(
            "from subprocess import Popen\ndef f():\n    proc = Popen(['server'])\n"
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        qn = ctx.qualified_name(func)
        if qn is None:
            return
        if qn == POPEN:
            what = "subprocess.Popen"
        elif qn in _SPAWN_FUNCS:
            if not node.args or ctx.qualified_name(node.args[0]) != "os.P_NOWAIT":
                return
            what = f"{qn}(os.P_NOWAIT, ...)"
        else:
            return
        if not ctx.is_discarded(node):
            return
        if qn == POPEN and subprocess_faked(ctx):
            return  # pytest-subprocess answers it with a FakePopen
        path = enclosing(ctx, node)
        stmt, above = statement_of(path, node)
        if stmt is not None and above:
            if ctx.is_test_file and _expected_to_fail(stmt, above[-1], ctx):
                return
            if _followed_by_exit(stmt, above[-1], ctx):
                return
        elif stmt is not None and _followed_by_exit(stmt, None, ctx):
            return
        self.report(
            ctx, node,
            f"the child started by `{what}` is never waited for, so its exit status "
            "and failures are lost; keep the handle and wait with a timeout, or use "
            "`subprocess.run`",
        )


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (
    DanglingTask,
    DiscardedFuture,
    UnsupervisedThread,
    OrphanSubprocess,
)
