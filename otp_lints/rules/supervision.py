"""OTP3xx: supervision (unsupervised spawning).

The audits found `Task.start/1` and `GenServer.start/2` with no link and no
supervisor: work that nobody waits for, whose crash nobody sees. The Python
forms are tasks and futures whose handle is thrown away, threads and processes
started with no handle kept, and child processes nobody waits for.
"""

from __future__ import annotations

import ast
from typing import Optional

from otp_lints.context import FileContext
from otp_lints.diagnostics import Edit, Fix
from otp_lints.edits import char_col
from otp_lints.rule import Example, Rule
from otp_lints.semantic import (
    CONSTRUCTORS,
    POOL_TYPES,
    POPEN,
    TASK_GROUP,
    THREAD_TYPES,
    Scope,
    SemanticModel,
)

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
    `_ = ...`, or a local variable that is never read afterwards. A
    `create_task` on a task group (bound by `async with asyncio.TaskGroup() as
    tg` or `async with anyio.create_task_group() as tg`, or annotated
    `asyncio.TaskGroup`) is not flagged.

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
    `X.create_task` is flagged for any `X` that is not known to be a task
    group, when it is given a coroutine (a positional argument or `coro=`).
    The last statement of a `with pytest.raises(...)`/`self.assertRaises(...)`
    block is expected to raise, creates no task and is not flagged.
    """

    code = "OTP301"
    calls = _TASK_LAST
    name = "dangling-task"
    fix_safety = "unsafe"
    audit = "unsupervised processes (`Task.start/1` without supervision)"
    valid = (
        Example(
            "import asyncio\nasync def main():\n"
            "    async with asyncio.TaskGroup() as tg:\n        tg.create_task(work())\n"
        ),
        Example(
            "import asyncio\nasync def main():\n"
            "    task = asyncio.create_task(work())\n    await task\n"
        ),
    )
    invalid = (
        Example("import asyncio\nasync def main():\n    asyncio.create_task(work())\n"),
        Example(
            "import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n"
            "    task = loop.create_task(work())\n"
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
            what = "create_task"
        else:
            return
        if not node.args and not any(kw.arg in ("coro", None) for kw in node.keywords):
            return  # not a coroutine: some other API's create_task(summary=...)
        if not ctx.is_discarded(node):
            return
        self.report(
            ctx, node,
            f"the task from `{what}(...)` is discarded: it can be garbage-collected "
            "mid-flight and its exception is lost; use a TaskGroup or keep and await it",
            fix=_keep_task_fix(ctx, node),
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
    with one, `X` can be anything (a `concurrent.futures` executor, a dask
    client...). An awaited `run_in_executor` is not discarded. A future stored
    or passed on is not flagged even if nobody looks at it later, nor is the
    last statement of a `with pytest.raises(...)`/`self.assertRaises(...)`
    block (it is expected to raise).
    """

    code = "OTP302"
    calls = _FUTURE_LAST
    name = "discarded-future"
    audit = "unsupervised processes (`Task.start/1` without supervision)"
    valid = (
        Example(
            "from concurrent.futures import ThreadPoolExecutor\n"
            "with ThreadPoolExecutor() as ex:\n    fut = ex.submit(work, 1)\n"
            "    print(fut.result(timeout=5))\n"
        ),
        Example("async def f(loop):\n    await loop.run_in_executor(None, work)\n"),
        Example("def f(form):\n    form.submit()\n"),
    )
    invalid = (
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
            if attr in ("apply_async", "map_async"):
                recv = ctx.type_of(func.value)
                if recv is None or recv.name not in POOL_TYPES:
                    return
            what = "." + attr
        else:
            if ctx.qualified_name(func) != "asyncio.run_coroutine_threadsafe":
                return
            if not ctx.is_discarded(node):
                return
            what = "asyncio.run_coroutine_threadsafe"
        self.report(
            ctx, node,
            f"the future from `{what}(...)` is discarded, so an exception in the work "
            "is silently lost; keep it and check its result (or add a done-callback)",
        )


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
    Only the three classes themselves are recognised, not subclasses or
    `multiprocessing.get_context(...).Process`. A module-level variable is
    not a local (other modules can reach it) and is not flagged; any use of
    the local other than `.start()`, `.setDaemon()`, `.daemon = ...` and
    `.name = ...` statements counts as keeping the handle.
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
            "import threading\ndef run():\n    t = threading.Thread(target=work)\n"
            "    t.start()\n    t.join(timeout=5)\n"
        ),
        Example(
            "import threading\nclass W:\n    def start(self):\n"
            "        self.t = threading.Thread(target=work)\n        self.t.start()\n"
        ),
    )
    invalid = (
        Example("import threading\nthreading.Thread(target=work, daemon=True).start()\n"),
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
                if fact is not None and fact.name in THREAD_TYPES:
                    self._report(ctx, inner, fact.name, "is started inline")
            return
        qn = ctx.qualified_name(func)
        if qn is None:
            return
        if qn in _START_NEW_THREAD:
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
        self._report(ctx, node, fact.name, f"`{name}` is started and never used again")

    def _report(self, ctx: FileContext, node: ast.AST, type_name: str, how: str) -> None:
        kind = _KINDS.get(type_name, "thread")
        self.report(
            ctx, node,
            f"this {kind} {how}: no handle is kept to join it or see it fail; "
            "keep it where its owner joins it on shutdown",
        )


_SPAWN_FUNCS = frozenset({
    f"os.spawn{suffix}" for suffix in ("l", "le", "lp", "lpe", "v", "ve", "vp", "vpe")
})
_CHILD_LAST = frozenset({"Popen"} | {qn[3:] for qn in _SPAWN_FUNCS})


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
