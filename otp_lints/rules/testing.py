"""OTP6xx: test quality. Sleeps instead of synchronisation, and APIs tests can only sleep on."""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any, Optional, Union

from otp_lints import projectfacts
from otp_lints.context import FileContext
from otp_lints.rule import (
    FUNCTION_NODES,
    PROCESS_ENDS,
    Example,
    Option,
    Rule,
    blocking_queue_call,
    body_nodes,
    does_nothing,
    is_main_guard,
    last_names,
    makes_value,
    module_noop,
    module_receiver,
    script_only_functions,
    statements,
    str_list,
    words,
)
from otp_lints.semantic import EVENT, Scope, dotted, dotted_name, last_name
from otp_lints.shapes import contains, stmt_path, target_is_none
from otp_lints.structure import structure

PREFIX: str = "OTP6"
TITLE: str = "Test quality"

SLEEPS = frozenset({
    "time.sleep", "asyncio.sleep", "trio.sleep", "anyio.sleep", "gevent.sleep",
    "eventlet.sleep", "eventlet.greenthread.sleep", "tornado.gen.sleep",
})
# Sleeps that return an awaitable: a call not awaited is a value, not a wait.
_AWAITABLE_SLEEPS = frozenset({"asyncio.sleep", "trio.sleep", "anyio.sleep", "tornado.gen.sleep"})
_NESTED_SCOPES = (*FUNCTION_NODES, ast.ClassDef)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
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
    """``sleep(0)`` or a negative literal (``gevent.sleep(-1)``: a yield that runs
    the callbacks already due; ``time.sleep(-1)`` raises), and
    ``eventlet.sleep()``/``gevent.sleep()`` with no argument (their default is
    0): a yield to other threads or tasks, not a guess at timing."""
    if not call.args and not call.keywords:
        return True  # only the green sleeps take no argument; theirs defaults to 0
    arg: Optional[ast.expr] = call.args[0] if call.args else None
    if arg is None and call.keywords:
        arg = call.keywords[0].value
    if isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.USub):
        return (isinstance(arg.operand, ast.Constant) and not isinstance(arg.operand.value, bool)
                and isinstance(arg.operand.value, (int, float)))
    return (
        isinstance(arg, ast.Constant)
        and not isinstance(arg.value, bool)
        and isinstance(arg.value, (int, float))
        and arg.value == 0
    )


# ---------------------------------------------------------------------------
# What OTP601 and OTP602 ask about the code around a sleep or a loop
# ---------------------------------------------------------------------------
# Calls that read a clock (``time.monotonic()``, ``loop.time()``, ``datetime.now()``,
# a project's own ``misc.timer()``, as ``timeit.default_timer``).
_CLOCK_CALLS = frozenset({
    "time", "monotonic", "perf_counter", "time_ns", "monotonic_ns", "perf_counter_ns",
    "now", "utcnow", "current_time", "default_timer", "timer", "clock",
    "Now",  # a clock class's own (grr's ``rdfvalue.RDFDatetime.Now()``)
})
# A deadline object's own test (``deadline.expired``, ``timer.remaining()``), or
# the time something has run so far (``assert ar.elapsed < 1``).
_DEADLINE_ATTRS = frozenset({
    "expired", "is_expired", "remaining", "timed_out", "time_left", "elapsed",
})
# Exceptions that mean "cancelled" or "timed out" (by their last name).
_CANCEL_ERRORS = frozenset({
    "CancelledError", "Cancelled", "TimeoutError", "get_cancelled_exc_class",
})
# Context managers that cancel their body or time it out (by their last name).
_CANCEL_SCOPES = frozenset({
    "timeout", "timeout_at", "fail_after", "fail_at", "move_on_after", "move_on_at",
    "CancelScope", "open_cancel_scope", "Timeout",
})
_RAISES = frozenset({"raises", "assertRaises", "assertRaisesRegex"})
# Calls that run a coroutine or function to completion right there: the caller
# waits on it (``loop.run_until_complete(f())``, ``trio.run(f)``).
_RUNNERS = frozenset({
    "run_until_complete", "run", "run_sync", "run_coroutine_threadsafe", "call",
    "start_blocking_portal",
})
# Decorators that wrap a nested function without handing it to anyone.
_WRAPPERS = frozenset({
    "contextmanager", "asynccontextmanager", "wraps", "staticmethod", "classmethod",
    "property", "cache", "lru_cache", "fixture", "coroutine",
})
# Test functions whose clock is virtual: a sleep there costs no real time.
# trio's ``autojump_clock``/``mock_clock`` fixtures; pytest-looptime's ``looptime``
# fixture (the test's event loop runs on a fake clock that jumps to the next
# timer once every ready callback has run).
_VIRTUAL_CLOCK_PARAMS = frozenset({"autojump_clock", "mock_clock", "looptime"})
# aiotools' ``VirtualClock().patch_loop()``: inside the block the running
# asyncio loop's clock is virtual, and ``asyncio.sleep`` returns at once.
_VIRTUAL_LOOP_CLOCKS = frozenset({"VirtualClock"})
# async-solipsism's loop, which a test module's pytest-asyncio fixture
# (``event_loop_policy`` or ``event_loop``) returns: its clock only moves when
# every task is idle, so ``asyncio.sleep`` costs no real time and cannot race.
_SOLIPSIST_LOOPS = frozenset({"async_solipsism.EventLoopPolicy", "async_solipsism.EventLoop"})
_LOOP_FIXTURES = frozenset({"event_loop_policy", "event_loop"})


class _Code:
    """One function's (or the module's) own code, walked once: every node's
    parent, not descending into nested functions and classes (lambdas are
    walked: what they do is deferred, but still this function's doing)."""

    __slots__ = (
        "bounded", "calls", "clock_names", "decorator_calls", "dicts", "lifetimes", "loads",
        "made_by", "nested", "node", "parent",
    )

    def __init__(self, node: ast.AST) -> None:
        self.node = node
        self.parent: dict[int, ast.AST] = {}
        self.loads: dict[str, list[ast.Name]] = {}
        #: every call of the function's own code, in no set order
        self.calls: list[ast.Call] = []
        #: ``_loop_is_bounded``'s verdicts, by loop
        self.bounded: dict[int, bool] = {}
        #: dict displays with a string key (``{"visibility_timeout": 1}``)
        self.dicts: list[ast.Dict] = []
        #: ``x.<lifetime> = <value>`` assignments (``worker.mailbox_grace = 0.1``)
        self.lifetimes: list[ast.Assign] = []
        #: ``_nested_calls``' functions with their calls, built on first use
        self.nested: Optional[list[tuple[int, list[ast.Call]]]] = None
        #: the decorator calls of the functions and classes it defines, which
        #: run in it (``@ttl_cache(ttl=timedelta(milliseconds=10))``)
        self.decorator_calls: list[ast.Call] = []
        assigned: list[tuple[list[ast.expr], ast.expr]] = []
        stack: list[ast.AST] = []
        # A test's decorators configure what it runs with
        # (``@pytest.mark.celery(result_expires=1)``): their calls count as its own.
        for deco in getattr(node, "decorator_list", ()):
            self.calls.extend(n for n in ast.walk(deco) if isinstance(n, ast.Call))
        for stmt in statements(node):
            self.parent[id(stmt)] = node
            stack.append(stmt)
        while stack:
            n = stack.pop()
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                # its decorators run here, when the function defines it
                # (``@ttl_cache(ttl=timedelta(milliseconds=10))``)
                self.decorator_calls.extend(
                    c for d in n.decorator_list for c in ast.walk(d) if isinstance(c, ast.Call)
                )
                continue
            if isinstance(n, ast.Name):
                if isinstance(n.ctx, ast.Load):
                    self.loads.setdefault(n.id, []).append(n)
                continue
            if isinstance(n, ast.Call):
                self.calls.append(n)
            elif isinstance(n, ast.Dict):
                if any(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in n.keys):
                    self.dicts.append(n)
            elif isinstance(n, ast.Assign):
                assigned.append((n.targets, n.value))
                if len(n.targets) == 1 and isinstance(n.targets[0], ast.Attribute) \
                        and _ATTR_LIFETIME.search(n.targets[0].attr):
                    self.lifetimes.append(n)
                for t in n.targets:  # ``delta, now = 0.5, datetime.now()``
                    if (
                        isinstance(t, ast.Tuple) and isinstance(n.value, ast.Tuple)
                        and len(t.elts) == len(n.value.elts)
                    ):
                        assigned.extend(([e], v) for e, v in zip(t.elts, n.value.elts))
            elif isinstance(n, (ast.AnnAssign, ast.AugAssign)) and n.value is not None:
                assigned.append(([n.target], n.value))
            for child in ast.iter_child_nodes(n):
                self.parent[id(child)] = n
                stack.append(child)
        # Names that hold a time: assigned from a clock reading, or from
        # another such name (``start = monotonic(); deadline = start + 5``).
        clock: set[str] = set()
        for _ in range(4):
            size = len(clock)
            for targets, value in assigned:
                if _mentions_clock(value, clock):
                    for t in targets:
                        name = dotted(t)
                        if name is not None:
                            clock.add(name)
            if len(clock) == size:
                break
        self.clock_names = frozenset(clock)
        #: the last name of the call a local was made by (``t = Timeout(1)``)
        self.made_by: dict[str, str] = {
            t.id: last_name(value.func)
            for targets, value in assigned if isinstance(value, ast.Call)
            for t in targets if isinstance(t, ast.Name)
        }

    def ancestors(self, node: ast.AST) -> list[ast.AST]:
        """From ``node``'s parent up to (not including) the function itself."""
        out = []
        n = self.parent.get(id(node))
        while n is not None and n is not self.node:
            out.append(n)
            n = self.parent.get(id(n))
        return out


def _mentions_clock(expr: ast.AST, clock_names: AbstractSet[str]) -> bool:
    for n in ast.walk(expr):
        if isinstance(n, ast.Call) and last_name(n.func) in _CLOCK_CALLS:
            return True
        if isinstance(n, ast.Attribute) and n.attr in _DEADLINE_ATTRS:
            return True
        if clock_names and isinstance(n, (ast.Name, ast.Attribute)):
            name = dotted(n)
            if name is not None and name in clock_names:
                return True
    return False


def _body_of(node: ast.AST, ctx: FileContext) -> _Code:
    bodies: dict[int, _Code] = ctx.fact("otp6.bodies", _new_dict)
    body = bodies.get(id(node))
    if body is None:
        body = bodies[id(node)] = _Code(node)
    return body


# Modules whose import makes a file a test, or one that runs and checks others.
_TEST_OR_DRIVER_MODULES = frozenset({
    "pytest", "unittest", "multiprocessing", "pexpect", "subprocess", "threading",
})


def _helper_program(ctx: FileContext) -> bool:
    """The file is a program a test runs as a child, not a test: it starts
    with ``#!``, reads ``sys.argv`` or has an ``if __name__ == "__main__":``
    block, and holds no test (no ``test*`` function or ``Test*`` class, no
    ``assert``), is no ``conftest.py``, and imports no test framework nor
    anything to start and check other programs or threads with
    (pexpect-executor's ``tests/windows/slow-test.py``: a header, ``sleep(3)``,
    a footer); or, under the same conditions, a module no test runner
    collects by its name (not ``test*.py``, ``*_test.py``). A sleep at its
    top level is the fake command's work."""
    if os.path.basename(ctx.path) == "conftest.py":
        return False
    program = starts_work = False
    for node in ast.walk(ctx.tree):
        if isinstance(node, ast.Assert):
            return False
        if isinstance(node, ast.Call) and last_name(node.func) in _STARTS_WORK:
            starts_work = True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                and node.name.startswith("test"):
            return False
        if isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            return False
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] in _TEST_OR_DRIVER_MODULES for a in node.names
        ):
            return False
        if isinstance(node, ast.ImportFrom) and not node.level \
                and (node.module or "").split(".")[0] in _TEST_OR_DRIVER_MODULES:
            return False
        if isinstance(node, ast.Attribute) and dotted(node) == "sys.argv":
            program = True
        elif isinstance(node, ast.Name) and node.id == "argv":
            program = True  # ``from sys import argv``
        elif isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) \
                and node.left.id == "__name__":
            program = True
    lines = ctx.lines
    if program or (lines is not None and len(lines) > 0 and lines[0].startswith("#!")):
        return True
    # No test runner collects it (bounded-subprocess's ``test/evil_programs``:
    # ``time.sleep(1)``, then ``os._exit(1)``): a program a test starts, when
    # it starts no concurrent work whose timing its sleep could be guessing
    # (eventlet's isolated ``osthreads.py`` starts a thread, sleeps, then
    # compares the order of what ran).
    name = os.path.basename(ctx.path)
    return not (starts_work or name.startswith("test") or name.endswith("_test.py"))


#: Calls that start work beside the caller: a thread, a greenlet, a task, a process.
_STARTS_WORK = frozenset({
    "start", "spawn", "spawn_n", "spawn_after", "spawn_later", "create_task", "ensure_future",
    "submit", "Thread", "Timer", "Process", "Popen", "start_new_thread",
})


def _function_node(scope: Optional[Scope]) -> Optional[ast.AST]:
    """The ``def`` (or the module) whose own body holds code of ``scope``:
    lambdas and comprehensions belong to the function around them."""
    while scope is not None and scope.kind in ("lambda", "comprehension"):
        scope = scope.parent
    if scope is None or scope.kind == "class":
        return None
    return scope.node


def _own_nodes(stmts: list[ast.stmt]) -> Iterator[ast.AST]:
    return body_nodes(stmts, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))


# unittest's assertions of an order (``self.assertLess(now, deadline)``).
_ORDER_ASSERTS = frozenset({
    "assertLess", "assertLessEqual", "assertGreater", "assertGreaterEqual",
})


def _loop_is_bounded(loop: ast.AST, body: _Code) -> bool:
    """A loop with a deadline: its condition or body compares a clock (or tests
    a deadline object), or counts attempts; or ``for _ in range(N)`` (also
    through ``reversed``/``enumerate``) that can end early (``break``/``return``).
    Judged once per loop."""
    cache = body.bounded
    found = cache.get(id(loop))
    if found is None:
        found = cache[id(loop)] = _judge_loop(loop, body)
    return found


def _judge_loop(loop: ast.AST, body: _Code) -> bool:
    stmts = getattr(loop, "body", [])
    tests: list[ast.AST] = []
    if isinstance(loop, ast.While):
        tests.append(loop.test)
    counted: set[str] = set()
    compared: list[ast.AST] = []
    exits = False
    for n in _own_nodes(stmts):
        if isinstance(n, ast.Compare):
            compared.append(n)
        elif isinstance(n, (ast.If, ast.While, ast.Assert, ast.IfExp)):
            tests.append(n.test)
        elif isinstance(n, ast.Call) and last_name(n.func) in _ORDER_ASSERTS:
            # ``self.assertLess(time.monotonic(), deadline)``: an assert of a deadline
            tests.append(n)
        elif isinstance(n, ast.AugAssign) and isinstance(n.op, (ast.Add, ast.Sub)):
            name = dotted(n.target)
            if name is not None:
                counted.add(name)
        elif isinstance(n, (ast.Break, ast.Return)):
            exits = True
    if isinstance(loop, ast.While):
        compared.extend(n for n in ast.walk(loop.test) if isinstance(n, ast.Compare))
    for expr in (*compared, *tests):
        if _mentions_clock(expr, body.clock_names):
            return True
        if counted and any(
            dotted(n) in counted
            for n in ast.walk(expr) if isinstance(n, (ast.Name, ast.Attribute))
        ):
            return True
    return isinstance(loop, ast.For) and exits and _over_a_range(loop)


def _over_a_range(loop: ast.For) -> bool:
    """``for _ in range(N)``, also through ``reversed``/``enumerate``."""
    return _range_of(loop) is not None


def _range_of(loop: ast.For) -> Optional[ast.Call]:
    """The ``range(...)`` call a ``for`` loop runs over, also through
    ``reversed``/``enumerate``."""
    it = loop.iter
    while (
        isinstance(it, ast.Call) and last_name(it.func) in ("reversed", "enumerate")
        and it.args
    ):
        it = it.args[0]  # ``reversed(range(5))``: as many rounds as the range
    return it if isinstance(it, ast.Call) and last_name(it.func) == "range" else None


def _retries_until_raised(chain: list[ast.AST]) -> bool:
    """``with pytest.raises(ConnectionError): for _ in range(10): call();
    sleep(1)``: a loop over a range that is the whole block expecting an
    exception polls until the call raises, at most N times (the loop has its
    way out: the exception)."""
    for loop, parent in zip(chain, chain[1:]):
        if isinstance(loop, ast.For) and _over_a_range(loop) \
                and isinstance(parent, (ast.With, ast.AsyncWith)) and parent.body == [loop]:
            return any(
                isinstance(item.context_expr, ast.Call)
                and last_name(item.context_expr.func) in _RAISES
                for item in parent.items
            )
    return False


def _in_cancel_scope(
    node: ast.AST, chain: list[ast.AST], made_by: Optional[dict[str, str]] = None
) -> bool:
    """Inside ``try`` catching a cancel/timeout error, or ``with`` a timeout or
    cancel scope (also one the function made before, ``t = Timeout(1)``, then
    ``with t:``), or ``pytest.raises(<timeout or cancel error>)``."""
    child = node
    for anc in chain:
        if isinstance(anc, ast.Try) and child in anc.body:
            for h in anc.handlers:
                if h.type is not None and any(
                    last_name(t) in _CANCEL_ERRORS for t in ast.walk(h.type)
                    if isinstance(t, (ast.Name, ast.Attribute, ast.Call))
                ):
                    return True
        elif isinstance(anc, (ast.With, ast.AsyncWith)):
            for item in anc.items:
                cm = item.context_expr
                if isinstance(cm, ast.Name) and made_by is not None:
                    if made_by.get(cm.id) in _CANCEL_SCOPES:
                        return True
                    continue
                if not isinstance(cm, ast.Call):
                    continue
                last = last_name(cm.func)
                if last in _CANCEL_SCOPES or _named_deadline(cm, last):
                    return True
                if last in _RAISES and cm.args and any(
                    last_name(t) in _CANCEL_ERRORS for t in ast.walk(cm.args[0])
                    if isinstance(t, (ast.Name, ast.Attribute, ast.Call))
                ):
                    return True
        child = anc
    return False


# A decorator that cuts its function short: ``@timeout(0.2)``,
# ``@timeout_decorator.timeout(1)``, ``@func_set_timeout(2)``.
_TIMEOUT_DECORATOR = re.compile(r"(?i)(?:^|_)timeout$")


def _timed_out_by_decorator(fnode: ast.AST, ctx: FileContext) -> bool:
    """The sleep is in a function decorated with a call of a timeout
    decorator (``@timeout(0.2)`` over ``def f(): time.sleep(0.6)``): the slow
    work a test of that decorator expects it to cut short (wrapt-timeout-
    decorator's and func-timeout's tests). Not a pytest test so decorated
    (a test function, or a method of a ``Test*`` class), where the decorator
    is a safety net like ``pytest.mark.timeout`` (which never counts)."""
    if not isinstance(fnode, _FUNCTIONS) or not any(
        isinstance(d, ast.Call) and _TIMEOUT_DECORATOR.search(last_name(d.func))
        and "mark" not in (dotted(d.func) or "").split(".")
        for d in fnode.decorator_list
    ):
        return False
    if not fnode.name.startswith("test"):
        return True
    scope = structure(ctx).scope_of(fnode)
    parent = scope.parent if scope is not None else None
    owner = parent.node if parent is not None else None
    return isinstance(owner, ast.ClassDef) and not owner.name.startswith("Test")


# ``test_timeout``, ``with_timeout``, ``TestTimeout``: a helper named for a
# timeout (``_CANCEL_SCOPES`` holds the libraries' own names).
_TIMEOUT_HELPER = re.compile(r"(?:_timeout|[a-z]Timeout)$")


def _named_deadline(cm: ast.Call, last: str) -> bool:
    """``with test_timeout(3, "no invite"):``: a context manager named for a
    timeout, given a number of seconds first; it ends the block when the time
    is up (synapse's raises from a ``SIGALRM``), so a loop inside has its
    deadline."""
    return bool(cm.args) and _TIMEOUT_HELPER.search(last) is not None \
        and _seconds(cm.args[0]) is not None


def _loops(chain: list[ast.AST]) -> Iterator[ast.AST]:
    return (a for a in chain if isinstance(a, (ast.While, ast.For, ast.AsyncFor)))


class _Uses:
    """Where each name is read in a function, nested functions included, with
    every node's parent: how the function uses what it defines. A read
    inside a nested function or lambda that takes a parameter of that name
    is the parameter's, not the outer name's (``def dec(func): ... await
    func()`` says nothing of the test's own ``func``)."""

    __slots__ = ("loads", "parent")

    def __init__(self, node: ast.AST) -> None:
        self.parent: dict[int, ast.AST] = {}
        self.loads: dict[str, list[ast.Name]] = {}
        none: frozenset[str] = frozenset()
        stack: list[tuple[ast.AST, frozenset[str]]] = [
            (st, none) for st in statements(node)
        ]
        while stack:
            n, shadowed = stack.pop()
            if isinstance(n, ast.Name):
                if isinstance(n.ctx, ast.Load) and n.id not in shadowed:
                    self.loads.setdefault(n.id, []).append(n)
                continue
            inner: set[int] = set()
            params: set[str] = set()
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                # only the body runs with the parameters bound (decorators,
                # defaults and annotations are evaluated outside)
                params = _params(n)
                if params:
                    inner = {id(b) for b in (n.body if isinstance(n.body, list) else [n.body])}
            for child in ast.iter_child_nodes(n):
                self.parent[id(child)] = n
                if inner and id(child) in inner:
                    stack.append((child, shadowed | params))
                else:
                    stack.append((child, shadowed))


def _uses_in(node: ast.AST, ctx: FileContext) -> _Uses:
    cache: dict[int, _Uses] = ctx.fact("otp601.uses", _new_dict)
    uses = cache.get(id(node))
    if uses is None:
        uses = cache[id(node)] = _Uses(node)
    return uses


def _is_coroutine_def(fnode: FunctionNode) -> bool:
    """``async def``, a generator, or a generator made a coroutine by a
    decorator (``@gen.coroutine``): calling it runs nothing yet."""
    if isinstance(fnode, ast.AsyncFunctionDef):
        return True
    if any(last_name(d) == "coroutine" for d in fnode.decorator_list):
        return True
    return any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in _own_nodes(fnode.body))


def _handed_off(fnode: FunctionNode, ctx: FileContext, depth: int = 0) -> bool:
    """A nested function (or a class nested in a function, whose method this
    is) that the enclosing function hands to someone else: passed as an
    argument, returned, stored in an attribute or a container, called inside
    a lambda, or registered by a decorator, and never run right there
    (called, awaited, or given to a runner such as ``run_until_complete``)
    by the enclosing function itself. The same for a module-level function
    of a test file that is no test and no wait helper, judged over the
    module: a task body, handler or fake peer the tests hand on; such a
    module-level function with a decorator of its own (``@source``,
    ``@parallel_processor``) stays handed on when it is only called to build
    an item of a tuple, list or set (``(generator(), parallel_process_1())``:
    the decorator made it a factory of a block), or with a keyword or more
    positional arguments than its own signature takes (``loop(5, 10,
    pid='a')``: SingletonProcess runs it in a pool), unless the decorator
    runs it when called (``@mock.patch``, ``@given``). A call made
    only inside another nested function that is itself handed on (``async
    def on_connect(req): await foo(...)``, then ``server.onConnect =
    on_connect``) runs when that handler runs, not when the test does."""
    scope = structure(ctx).scope_of(fnode)
    if scope is None or scope.parent is None:
        return False
    owner = scope.parent
    name = fnode.name
    deferred = _is_coroutine_def(fnode)  # calling it makes an awaitable
    handed = False
    if owner.kind == "class":
        cls = owner.node
        if owner.parent is None or owner.parent.kind != "function":
            return False
        assert isinstance(cls, ast.ClassDef)
        owner, name, deferred = owner.parent, cls.name, True  # calling a class runs no method
    elif owner.kind == "function" or (
        owner.kind == "module" and not fnode.name.startswith("test")
    ):
        handed = any(last_name(d) not in _WRAPPERS for d in fnode.decorator_list)
    else:
        return False
    registered = handed and owner.kind == "module" and not any(
        last_name(d) in _RUNS_WHEN_CALLED for d in fnode.decorator_list
    )
    uses = _uses_in(owner.node, ctx)
    for name_use in uses.loads.get(name, ()):
        use: ast.expr = name_use
        parent = uses.parent.get(id(use))
        while isinstance(parent, ast.IfExp) and parent.test is not use:
            # ``greet_async if use_async else greet_sync``: either one is handed on
            use, parent = parent, uses.parent.get(id(parent))
        if isinstance(parent, ast.Call) and parent.func is use:
            caller = _enclosing_def(use, uses, owner.node) if owner.kind == "function" else None
            if (
                caller is not None and caller is not fnode and depth < 3
                and not _is_waiter(fnode.name) and _handed_off(caller, ctx, depth + 1)
            ):
                handed = True  # runs when the handler that calls it runs
                continue
            outer = uses.parent.get(id(parent))
            if isinstance(outer, ast.Lambda):
                handed = True  # the lambda defers the call
                continue
            if registered and (
                isinstance(outer, (ast.Tuple, ast.List, ast.Set))
                or _against_signature(parent, fnode)
            ):
                # ``blocks = (generator(), parallel_process_1(), PostProcess())``,
                # ``loop(5, 10, pid='a')`` for ``def loop(upper, lower)``: the
                # decorator made it a factory or a launcher of its work
                continue
            if not deferred:
                return False  # called right here: its sleep is the caller's wait
            if isinstance(outer, (ast.Await, ast.Yield, ast.YieldFrom)):
                return False
            if isinstance(outer, ast.Call) and last_name(outer.func) in _RUNNERS:
                return False
            if isinstance(outer, (ast.Call, ast.keyword, ast.Starred, ast.Return, ast.Expr,
                                  ast.List, ast.Tuple, ast.Set, ast.ListComp,
                                  ast.GeneratorExp, ast.SetComp)) or (
                isinstance(outer, ast.Assign)
                and any(isinstance(t, (ast.Attribute, ast.Subscript)) for t in outer.targets)
            ):
                handed = True
        elif isinstance(parent, (ast.Call, ast.keyword, ast.Starred)):
            call: Optional[ast.AST] = parent
            while call is not None and not isinstance(call, ast.Call):
                call = uses.parent.get(id(call))
            if isinstance(call, ast.Call) and last_name(call.func) in _RUNNERS:
                return False
            handed = True
        elif isinstance(parent, (ast.Return, ast.List, ast.Tuple, ast.Set, ast.Dict)) or (
            isinstance(parent, ast.Assign)
            and any(isinstance(t, (ast.Attribute, ast.Subscript)) for t in parent.targets)
        ):
            handed = True
    return handed


# Decorators whose wrapper runs the function when it is called, giving it
# arguments of its own (``@mock.patch(...)``'s mock, hypothesis' ``@given``).
_RUNS_WHEN_CALLED = frozenset({
    "patch", "object", "dict", "multiple", "given", "settings", "example", "freeze_time",
})


def _against_signature(call: ast.Call, fnode: FunctionNode) -> bool:
    """``call`` gives ``fnode`` what its own parameters cannot take: a keyword
    it does not take (``loop(5, 10, pid='a')`` for ``def loop(upper,
    lower)``) or more positional arguments than it has. Fewer than it
    requires is not enough: a dagster job's body calls its ops so
    (``simple_op()`` for ``def simple_op(context)``), and an op's sleep may
    be the guess that makes two steps overlap."""
    args = fnode.args
    if any(isinstance(a, ast.Starred) for a in call.args) or any(
        k.arg is None for k in call.keywords
    ):
        return False
    positional = [*args.posonlyargs, *args.args]
    named = {a.arg for a in (*args.args, *args.kwonlyargs)}
    if args.kwarg is None and any(k.arg not in named for k in call.keywords):
        return True
    return args.vararg is None and len(call.args) > len(positional)


def _enclosing_def(node: ast.AST, uses: _Uses, top: ast.AST) -> Optional[FunctionNode]:
    """The ``def`` defined right in ``top``'s body (a sibling of the nested
    function) whose body holds ``node``, if any."""
    n = uses.parent.get(id(node))
    found: Optional[FunctionNode] = None
    while n is not None and n is not top:
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if found is not None:
                return None  # deeper than a sibling
            found = n
        elif isinstance(n, (ast.Lambda, ast.ClassDef)):
            return None
        n = uses.parent.get(id(n))
    return found


def _handed_method(func: FunctionNode, ctx: FileContext) -> bool:
    """A method, no test and no wait helper by its name, that its class and
    the classes of the file it derives from only ever hand on through the
    object (``dispatcher.connect(self.ok_handler, signal=s)``,
    ``Thread(target=self.serve)``) and never call by that name
    (``x.ok_handler(...)``): a handler the code under test calls, whose sleep
    is its simulated work."""
    cls = _method_class(func, ctx)
    if cls is None:
        return False
    if func.name.lower().lstrip("_").startswith(_TEST_METHODS) or _is_waiter(func.name):
        return False
    cache: dict[int, tuple[set[str], set[str]]] = ctx.fact("otp601.methods", _new_dict)
    found = cache.get(id(cls))
    if found is None:
        found = cache[id(cls)] = _method_uses(cls, _module_classes(ctx))
    called, handed = found
    return func.name in handed and func.name not in called


def _method_uses(
    cls: ast.ClassDef, classes: dict[str, ast.ClassDef]
) -> tuple[set[str], set[str]]:
    """Attribute names that a class and its bases of the same file call
    (``x.m(...)``, or pass to a method of their own, ``self.run(self.m)``),
    and those they pass as an argument read from ``self``/``cls`` to
    anything else (``f(self.m)``, ``f(key=self.m)``)."""
    called: set[str] = set()
    handed: set[str] = set()
    seen: set[int] = set()
    todo = [cls]
    while todo:
        c = todo.pop()
        if id(c) in seen or len(seen) > 8:
            continue
        seen.add(id(c))
        todo.extend(
            classes[b.id] for b in c.bases if isinstance(b, ast.Name) and b.id in classes
        )
        for call in ast.walk(c):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            if isinstance(func, ast.Attribute):
                called.add(func.attr)
            # handed to the class's own method (``self._check(self._case)``):
            # the class's own code runs it, as good as calling it
            own = (
                isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                and func.value.id in ("self", "cls")
            )
            for arg in (*call.args, *(k.value for k in call.keywords)):
                if isinstance(arg, ast.Starred):
                    arg = arg.value
                if (
                    isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name)
                    and arg.value.id in ("self", "cls")
                ):
                    (called if own else handed).add(arg.attr)
        # put in place of another object's method (``fake._get = self.asleep``):
        # the code under test calls it, as a handler it was handed
        for st in ast.walk(c):
            if (
                isinstance(st, ast.Assign) and isinstance(st.value, ast.Attribute)
                and isinstance(st.value.value, ast.Name)
                and st.value.value.id in ("self", "cls")
                and all(
                    isinstance(t, ast.Attribute) and not (
                        isinstance(t.value, ast.Name) and t.value.id in ("self", "cls")
                    )
                    for t in st.targets
                )
            ):
                handed.add(st.value.attr)
    return called, handed


def _never_called(fnode: FunctionNode, ctx: FileContext) -> bool:
    """A function of the module or of another function, no wait helper by its
    name, that the code around it never calls itself (a task body, a stub,
    a hook found by name): its sleep is the cost it simulates."""
    if _is_waiter(fnode.name):
        return False
    scope = structure(ctx).scope_of(fnode)
    if scope is None or scope.parent is None or scope.parent.kind not in ("module", "function"):
        return False
    uses = _uses_in(scope.parent.node, ctx)
    for use in uses.loads.get(fnode.name, ()):
        parent = uses.parent.get(id(use))
        if isinstance(parent, ast.Call) and parent.func is use:
            return False
    return True


def _awaited(call: ast.Call, body: _Code) -> bool:
    """Whether an awaitable sleep's call is waited on right there: awaited,
    yielded (generator coroutines), or run to completion by a runner."""
    parent = body.parent.get(id(call))
    if isinstance(parent, (ast.Await, ast.Yield, ast.YieldFrom)):
        return True
    return isinstance(parent, ast.Call) and last_name(parent.func) in _RUNNERS


def _only_sleeps(fnode: ast.AST, call: ast.Call) -> bool:
    """The function does nothing but this sleep (a docstring, ``pass``, ``assert
    <constant>`` aside): there is nothing it could be waiting for."""
    for stmt in statements(fnode):
        if isinstance(stmt, ast.Pass):
            continue
        if isinstance(stmt, ast.Assert) and isinstance(stmt.test, ast.Constant):
            continue
        if isinstance(stmt, ast.Expr):
            value: Optional[ast.expr] = stmt.value
            if isinstance(value, ast.Constant):
                continue
            if isinstance(value, (ast.Await, ast.Yield)):
                value = value.value
            if value is call:
                continue
        return False
    return True


# Calls that only report (a log line, a print), after a job body's sleep.
_REPORT_CALLS = frozenset({"print", "debug", "info", "warning", "warn", "error", "log"})


def _after_leading_sleep(fnode: ast.AST, call: ast.Call) -> Optional[list[ast.stmt]]:
    """The function's statements after its first one, when that first one
    (docstrings and other bare constants aside) is this sleep, awaited or
    not; ``None`` when it is not."""
    stmts = [
        st for st in statements(fnode)
        if not (isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant))
    ]
    if not stmts:
        return None
    first = stmts[0]
    if not (isinstance(first, ast.Expr) and (
        first.value is call
        or (isinstance(first.value, ast.Await) and first.value.value is call)
    )):
        return None
    return stmts[1:]


def _sleeps_then_reports(fnode: ast.AST, call: ast.Call) -> bool:
    """The function's first statement is this sleep, and what follows only
    reports or returns what needs no call (``sleep(2)``, then
    ``logging.info(f"Job {n}")``, or ``return 1 + 1``): a job body the
    tests enqueue, whose sleep is the work it simulates; nothing after it
    reads what the sleep could have waited for. The caller asks, too, that
    the function is one of the module's."""
    rest = _after_leading_sleep(fnode, call)
    if not rest:
        return False
    for st in rest:
        if isinstance(st, ast.Return):
            if st.value is not None and _reads_state(st.value):
                return False
        elif isinstance(st, ast.Expr) and isinstance(st.value, ast.Call) \
                and last_name(st.value.func) in _REPORT_CALLS:
            given = (*st.value.args, *(k.value for k in st.value.keywords))
            if any(_reads_state(a) for a in given):
                return False
        else:
            return False
    return True


def _sleeps_then_computes(func: FunctionNode, call: ast.Call) -> bool:
    """The function's first statement is this sleep and its only other one
    returns a value made of its own parameters and literals (``await
    asyncio.sleep(0.1)``, then ``return x + y``; ``return f"processed:
    {data}"``; ``return "done"``) or raises an exception built from them
    (``raise ValueError("boom")``): after the sleep it reads nothing another
    party could have changed, so the sleep waits for nothing; it is the cost
    of a fake computation (aiounittest's ``async def add(x, y)``), called or
    handed on. ``return``, ``return None``, a call, an attribute, an item, a
    name that is no parameter (a module global a thread sets) in the value:
    not this."""
    rest = _after_leading_sleep(func, call)
    if rest is None or len(rest) != 1:
        return False
    last = rest[0]
    own = _params(func)

    def made_of_own(expr: ast.expr) -> bool:
        for n in ast.walk(expr):
            if isinstance(n, (ast.Call, ast.Attribute, ast.Subscript, ast.Await,
                              ast.Yield, ast.YieldFrom, ast.NamedExpr, ast.Lambda,
                              ast.comprehension)):
                return False
            if isinstance(n, ast.Name) and n.id not in own:
                return False
        return True

    if isinstance(last, ast.Return):
        value = last.value
        return (
            value is not None
            and not (isinstance(value, ast.Constant) and value.value is None)
            and made_of_own(value)
        )
    if isinstance(last, ast.Raise) and last.cause is None:
        exc = last.exc
        if isinstance(exc, ast.Call) and isinstance(exc.func, ast.Name) \
                and exc.func.id not in own and not exc.keywords:
            return all(made_of_own(a) for a in exc.args)
    return False


def _module_function(fnode: FunctionNode, ctx: FileContext) -> bool:
    scope = structure(ctx).scope_of(fnode)
    return scope is not None and scope.parent is not None and scope.parent.kind == "module"


def _reads_state(expr: ast.expr) -> bool:
    """The expression calls, awaits, or reads an attribute or an item: it
    could read what a wait was for."""
    return any(isinstance(n, (ast.Call, ast.Attribute, ast.Subscript, ast.Await))
               for n in ast.walk(expr))


def _method_class(func: FunctionNode, ctx: FileContext) -> Optional[ast.ClassDef]:
    scope = structure(ctx).scope_of(func)
    if scope is None or scope.parent is None or scope.parent.kind != "class":
        return None
    cls = scope.parent.node
    return cls if isinstance(cls, ast.ClassDef) else None


def _sleep_hook(func: FunctionNode, call: ast.Call, ctx: FileContext) -> bool:
    """A method of a test class whose whole body is a sleep for the length
    its caller passes (``def wait(self, timeout): gevent.sleep(timeout)``),
    which no code of its class calls: the operation an inherited, shared
    test drives and times (a generic wait test run over each way to wait).
    The sleep's length is the caller's, and the wait is the subject."""
    if not _only_sleeps(func, call) or func.name.lower().lstrip("_").startswith(_TEST_METHODS):
        return False
    params = _params(func) - {"self", "cls"}
    if not call.args or not all(isinstance(a, ast.Name) and a.id in params for a in call.args):
        return False
    cls = _method_class(func, ctx)
    if cls is None or not _is_test_class(cls, _module_classes(ctx)):
        return False
    return not any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
        and n.func.attr == func.name and isinstance(n.func.value, ast.Name)
        and n.func.value.id in ("self", "cls")
        for n in ast.walk(cls)
    )


# Exceptions a client's expired timeout raises.
_TIMEOUT_ERRORS = frozenset({"TimeoutError", "timeout", "Timeout", "ReadTimeout"})


def _client_deadline(half: FunctionNode) -> Optional[float]:
    """The shortest literal timeout a client half sets (``settimeout(0.01)``,
    ``timeout=1``) when it also asserts that a timeout error is raised
    (``assertRaises(TimeoutError, ...)``): a test of that deadline."""
    limits: list[float] = []
    expects = False
    for n in ast.walk(half):
        if not isinstance(n, ast.Call):
            continue
        last = last_name(n.func)
        if last == "settimeout" and n.args:
            secs = _literal_seconds(n.args[0])
            if secs is not None:
                limits.append(secs)
        for k in n.keywords:
            if k.arg == "timeout":
                secs = _literal_seconds(k.value)
                if secs is not None:
                    limits.append(secs)
        if last in _RAISES and n.args and any(
            last_name(t) in _TIMEOUT_ERRORS for t in ast.walk(n.args[0])
            if isinstance(t, (ast.Name, ast.Attribute))
        ):
            expects = True
    positive = [x for x in limits if x > 0]
    return min(positive) if expects and positive else None


def _outlasts_client_deadline(node: ast.Call, func: FunctionNode, ctx: FileContext) -> bool:
    """The server half of a threaded test pair (``testX``, whose client half
    ``_testX`` a base class runs on another thread; also through an alias
    ``testY = testX``) sleeps a literal longer than a timeout its client
    half sets and expects to expire (``settimeout(0.01)`` and
    ``assertRaises(TimeoutError, ...)``): the sleep lets the client's
    deadline pass, which is the subject; it guesses at nothing."""
    slept = _literal_seconds(node.args[0]) if node.args else None
    if slept is None:
        return False
    cls = _method_class(func, ctx)
    if cls is None:
        return False
    names = {func.name}
    for st in cls.body:
        if isinstance(st, ast.Assign) and isinstance(st.value, ast.Name) and (
            st.value.id == func.name
        ):
            names.update(t.id for t in st.targets if isinstance(t, ast.Name))
    halves = {
        st.name: st for st in cls.body
        if isinstance(st, _FUNCTIONS) and st.name.startswith("_test")
    }
    for name in names:
        half = halves.get("_" + name) if name.startswith("test") else None
        if half is None:
            continue
        limit = _client_deadline(half)
        if limit is not None and slept > limit:
            return True
    return False


def _virtual_clock(scope: Optional[Scope]) -> bool:
    """A test run on a virtual clock (trio's ``autojump_clock``/``mock_clock``
    fixture, pytest-looptime's ``looptime``): its sleeps cost no real time and
    cannot race."""
    while scope is not None:
        node = scope.node
        if isinstance(node, _FUNCTIONS):
            args = node.args
            if any(a.arg in _VIRTUAL_CLOCK_PARAMS for a in (*args.args, *args.kwonlyargs)):
                return True
        scope = scope.parent
    return False


def _on_virtual_loop(qn: str, chain: list[ast.AST], made_by: dict[str, str]) -> bool:
    """An ``asyncio.sleep`` inside ``with VirtualClock().patch_loop():`` (or
    ``with vclock.patch_loop():``, ``vclock = aiotools.VirtualClock()``): aiotools
    patches the running loop so that the sleep only moves a virtual clock."""
    if qn != "asyncio.sleep":
        return False
    for cm in _block_contexts(chain):
        func = cm.func if isinstance(cm, ast.Call) else None
        if not (isinstance(func, ast.Attribute) and func.attr == "patch_loop"):
            continue
        clock = func.value
        if isinstance(clock, ast.Call) and last_name(clock.func) in _VIRTUAL_LOOP_CLOCKS:
            return True
        if isinstance(clock, ast.Name) and made_by.get(clock.id) in _VIRTUAL_LOOP_CLOCKS:
            return True
    return False


# A context manager or decorator named for a trace, a span or a timer:
# ``ExternalTrace``, ``tracer.start_as_current_span``, ``function_trace``,
# ``Timer``, ``timed``; also a method named for timing what it wraps
# (prometheus_client's ``histogram.time()``, aiomtec2mqtt's
# ``metrics.time_modbus_read(...)``).
_TRACE_NAME = re.compile(r"(?i)(?:trace|span|timer|timed|stopwatch)$")
# (a method only: ``time_machine.travel(...)`` names no timer; nor a limit)
_TIMING_METHOD = re.compile(r"^time(?:_(?!limit|out)\w+)?$")


def _traced_work(chain: list[ast.AST], fnode: ast.AST) -> bool:
    """A sleep that opens a block whose context is named for a trace, span or
    timer (``with ExternalTrace(...): time.sleep(0.1)``, or a call on one:
    ``with timer.task("fast"): time.sleep(0.01)``), or a function
    decorated as one (``@function_trace()``, ``@statsd.timed(...)``):
    simulated work, whose duration the trace records; nothing else is waited
    for. A sleep after other statements of the block (``with span: ...``,
    then ``time.sleep(0.1)`` before checking what a batcher sent) is a wait."""
    up = [a for a in chain if not isinstance(a, ast.Await)]
    if not up or not isinstance(up[0], ast.Expr):
        return False
    stmt, owner = up[0], (up[1] if len(up) > 1 else fnode)
    timed = False  # a method timing what it wraps: ``with metrics.time_modbus_read():``
    if isinstance(owner, (ast.With, ast.AsyncWith)):
        names = [last_name(item.context_expr.func) for item in owner.items
                 if isinstance(item.context_expr, ast.Call)]
        # a timer's own block: ``with timer.task("fast"):`` (philiprehberger's TaskTimer)
        names += [last_name(item.context_expr.func.value) for item in owner.items
                  if isinstance(item.context_expr, ast.Call)
                  and isinstance(item.context_expr.func, ast.Attribute)]
        timed = any(isinstance(item.context_expr, ast.Call)
                    and isinstance(item.context_expr.func, ast.Attribute)
                    and _TIMING_METHOD.match(item.context_expr.func.attr) is not None
                    for item in owner.items)
    elif owner is fnode:
        names = [last_name(d.func if isinstance(d, ast.Call) else d)
                 for d in getattr(fnode, "decorator_list", ())]
    else:
        return False
    body = [s for s in getattr(owner, "body", ())
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    return bool(body) and body[0] is stmt and (
        timed or any(_TRACE_NAME.search(n) for n in names))


_PROFILER = re.compile(r"(?i)profil")


def _about_a_profiler(ctx: FileContext) -> bool:
    """The test file, or a function the sleep is in, is named for a profiler
    (``tests/profiler/test_continuous_profiler.py``,
    ``test_segment_span_has_profiler_id``): a sampling profiler records from
    a thread of its own, so a sleep in a span there gives that thread time
    to take samples, a wait on other work."""
    if _PROFILER.search(os.path.basename(ctx.path)) or _PROFILER.search(
            os.path.basename(os.path.dirname(ctx.path))):
        return True
    scope: Optional[Scope] = ctx.scope
    while scope is not None:
        if isinstance(scope.node, _FUNCTIONS) and _PROFILER.search(scope.node.name):
            return True
        scope = scope.parent
    return False


def _block_contexts(chain: list[ast.AST]) -> Iterator[ast.expr]:
    """The context expressions of the ``with``/``async with`` blocks in ``chain``
    (a node's ancestors), innermost first."""
    for anc in chain:
        if isinstance(anc, (ast.With, ast.AsyncWith)):
            for item in anc.items:
                yield item.context_expr


def _not_a_guess(
    node: ast.Call, qn: str, fnode: ast.AST, body: _Code, chain: list[ast.AST],
    ctx: FileContext,
) -> Optional[str]:
    """Why a sleep in a test is no guess at how long something takes (a short
    tag), or None: the code shows it is bounded, meant to be cancelled,
    simulated work, or time that must pass."""
    if qn in _AWAITABLE_SLEEPS and not _awaited(node, body):
        return "stand-in"
    if len(node.args) == 1 and _is_infinite(node.args[0]):
        return "forever"  # stands for a call that hangs until cancelled
    if _is_tick(node, body):
        return "tick"
    loops = [a for a in chain if isinstance(a, (ast.While, ast.For, ast.AsyncFor))]
    if any(_loop_is_bounded(loop, body) for loop in loops) or _retries_until_raised(chain):
        return "bounded"
    if _in_cancel_scope(node, chain, body.made_by) or _armed_green_timer(node, fnode, ctx):
        return "cancel-scope"
    if _timed_out_by_decorator(fnode, ctx):
        return "cancel-scope"  # the slow work a timeout decorator under test cuts short
    if _traced_work(chain, fnode) and not _about_a_profiler(ctx):
        return "traced"  # simulated work whose duration a trace or timer records
    if _outlasts_its_block(node, chain):
        return "outlasts-block"
    if _backs_off(chain):
        return "back-off"
    if _paces_traffic(node, chain):
        return "pacing"
    if _in_handed_lambda(node, ctx.scope, body):
        return "handed-off"
    func = fnode if isinstance(fnode, _FUNCTIONS) else None
    if func is not None and _SLEEP_TEST.search(func.name):
        return "subject"  # ``test_sleep``: the sleep is the code under test
    if func is not None:
        if (
            _only_sleeps(func, node)
            or (_sleeps_then_reports(func, node) and _module_function(func, ctx))
        ) and (func.name.startswith("test") or _never_called(func, ctx)):
            return "only-sleeps"  # a test, or a task body or stub: it waits for nothing
        if (
            not func.name.startswith("test") and not _is_waiter(func.name)
            and _sleeps_then_computes(func, node)
        ):
            return "simulated-result"  # a fake computation's cost: nothing to wait for
        if _handed_off(func, ctx) or _handed_method(func, ctx):
            return "handed-off"
        if _wrapped_work(func, ctx):
            return "wrapped"  # the body a decorator under test wraps: its work
        if _outlasts_its_decorator(node, func):
            return "outlasts-decorator"
        if _sleep_hook(func, node, ctx):
            return "hook"  # the wait a shared test drives: its length is the caller's
        if _outlasts_client_deadline(node, func, ctx):
            return "client-deadline"
        if _stand_in_module(ctx) and _never_called(func, ctx):
            return "fake-module"  # a hook of a mock extension, found by name
        if _is_timed(func, ctx):
            return "timed"
        if not _is_waiter(func.name):
            if _FAKE_NAME.match(func.name.lstrip("_")) or _fake_method(func, ctx):
                return "fake-method"
            if _app_signature(func):
                return "app"  # an ASGI/WSGI application the server calls: its work
            if _caller_chosen(node, func, ctx.scope):
                return "caller-chosen"
    if _virtual_clock(ctx.scope) or _on_virtual_loop(qn, chain, body.made_by):
        return "virtual-clock"
    if qn == "asyncio.sleep" and ctx.fact("otp601.solipsist", _solipsist_module):
        return "virtual-clock"
    if ctx.fact("otp601.profiled", _profiler_workload) or _profiled_span(node, body, ctx):
        return "profiled"
    if _outlasts_ttl(node, body, _class_calls(func, ctx) if func is not None else ()):
        return "ttl"
    if _reaches_age(node, body):
        return "age"
    if _lets_a_given_duration_pass(node, body, ctx):
        return "given-duration"
    if _sized_to_a_setting(node, body):
        return "setting"
    if _expiry_checked(node, body):
        return "expiry"
    if func is not None and (
        func.name.startswith("test") or projectfacts.fixture_decorator(func) is not None
    ) and _trails_a_close(node, func, body):
        return "after-close"
    if _between_clock_readings(node, body) or (
        func is not None and _between_timer_calls(node, func)
    ):
        return "clock-advance"
    if func is not None and _separates_a_cutoff(node, func):
        return "cutoff"
    if _checks_a_time(node, body):
        return "checks-time"
    if _after_a_scheduled_delay(node, body):
        return "scheduled-delay"
    if not loops and _straddles_a_given_duration(node, body):
        return "straddles"  # in a loop, a sleep is a poll (OTP602's)
    if _right_before_a_join(node, body):
        return "before-join"
    if _before_file_writes(node, body):
        return "mtime"
    if ctx.semantic.expects_raise(node) and (_neighbours(node, body) or (None,))[0] is not None:
        return "unreached"  # a statement before it in the ``raises`` block must raise
    if _child_stopped(node, body):
        return "stopped"
    if qn == "asyncio.sleep" and _lets_new_tasks_start(node, body, ctx):
        return "first-step"
    if _spaces_like_calls(node, body):
        return "spacing"
    if _comment_says_time_passes(node, body, ctx):
        return "comment"
    loop = next((a for a in chain if isinstance(a, ast.While)), None)
    if loop is not None and _not_a_poll(loop, _busy_wait(loop, ctx) is not None, ctx):
        return "loop"  # what OTP602 knows of the loop holds for its sleep
    return None


# A test named for the sleep it calls (``test_sleep``, ``test_gen_sleep``).
_SLEEP_TEST = re.compile(
    r"^test_(?:(?:async|gen|asyncio|trio|anyio|eventlet|gevent|green|time)_)?sleep$"
)

_TICK = 0.001


def _is_tick(node: ast.Call, body: _Code) -> bool:
    """A sleep of at most a millisecond, as a statement that no assertion
    directly follows: like ``sleep(0)``, a yield to other tasks and threads,
    or a tick of the clock so that two timestamps differ (``now()``, then
    ``sleep(0.001)``, then ``set_cookie(expires=...)``); no work worth waiting
    for is done in a millisecond. Followed by an assertion (``sleep(0.001)``,
    then ``assert not ran``) it is the test's check and stays reported."""
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None or not 0 < slept <= _TICK:
        return False
    around = _neighbours(node, body)
    return around is not None and not _asserts(around[1])


def _asserts(stmt: Optional[ast.stmt]) -> bool:
    """``assert ...``, ``self.assertEqual(...)``, ``pytest.fail(...)``."""
    if isinstance(stmt, ast.Assert):
        return True
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        last = last_name(stmt.value.func)
        return last.startswith("assert") or last == "fail"
    return False


# ``wait_for_x``, ``waitUntil``, ``settle``, ``_pause``: a helper whose job is to
# wait (not ``waiter``, a task body that is named for what it does).
_WAITER = re.compile(
    r"^(?:[aA]?[wW]ait|[sS]ettle|[pP]ause|[eE]nsure|[lL]et)(?:_|$|[A-Z]|[fF]or|[uU]ntil)"
)
_TEST_METHODS = ("test", "setup", "teardown", "asyncsetup", "asyncteardown")
# Keywords that give something a time to live (``r.set(k, v, ex=1)``).
_TTL_KEYWORDS = frozenset({
    "ex", "px", "exat", "pxat", "ttl", "expire", "expires", "expiry", "expiration", "max_age",
})
# The cache API's ``set(key, value, timeout)``: a timeout there is a time to live.
_CACHE_SETTERS = frozenset({
    "set", "add", "touch", "set_many", "get_or_set", "aset", "aadd", "atouch", "aset_many",
    "aget_or_set",
})
# Methods that send the test's own traffic.
_SENDS = frozenset({
    "send", "sendall", "sendto", "write", "writelines", "put", "put_nowait", "publish",
    "send_message", "write_message", "send_bytes", "send_json", "send_str", "send_text",
})


# ``mock_next_receiver``, ``fake_fetch``, ``slow_handler``: the name says it
# stands in for something, with a simulated cost.
_FAKE_NAME = re.compile(r"^(?:[mM]ock|[fF]ake|[sS]tub|[dD]ummy|[sS]low)(?:_|[A-Z])")


def _in_handed_lambda(node: ast.Call, scope: Optional[Scope], body: _Code) -> bool:
    """The sleep is the body of a lambda passed as an argument
    (``executor.submit(lambda: time.sleep(0.01))``), or set as an attribute
    (``invoker.invoke.side_effect = lambda p: time.sleep(10)``: a mock's
    slow work): simulated work handed on."""
    if scope is None or scope.kind != "lambda":
        return False
    lam = scope.node
    parent = body.parent.get(id(lam))
    if isinstance(parent, ast.Assign) and parent.value is lam:
        return all(isinstance(t, ast.Attribute) for t in parent.targets)
    if isinstance(parent, ast.keyword):
        parent = body.parent.get(id(parent))
    return (
        isinstance(parent, ast.Call) and lam is not parent.func
        and last_name(parent.func) not in _RUNNERS
    )


def _is_waiter(name: str) -> bool:
    """``wait_for_x``, ``_settle``: a helper whose job is to wait."""
    return _WAITER.match(name.lstrip("_")) is not None


def _backs_off(chain: list[ast.AST]) -> bool:
    """In an ``except`` handler inside a ``for`` loop (or a loop bounded as
    above): a back-off before the next of a finite number of attempts."""
    handler = False
    for anc in chain:
        if isinstance(anc, ast.ExceptHandler):
            handler = True
        elif handler and isinstance(anc, (ast.For, ast.AsyncFor)):
            return True
    return False


def _paces_traffic(node: ast.Call, chain: list[ast.AST]) -> bool:
    """A sleep between the sends of a ``for`` loop that the loop does not
    leave early: the test paces its own traffic (a slow peer)."""
    loop = next((a for a in chain if isinstance(a, (ast.For, ast.AsyncFor, ast.While))), None)
    if not isinstance(loop, (ast.For, ast.AsyncFor)):
        return False
    sends = False
    for n in _own_nodes(loop.body):
        if isinstance(n, (ast.Break, ast.Return, ast.Assert)):
            return False
        if isinstance(n, ast.Call) and last_name(n.func) in _SENDS:
            sends = True
    return sends


def _is_test_class(
    cls: ast.ClassDef, classes: dict[str, ast.ClassDef], depth: int = 0
) -> bool:
    """A class of tests or of test helpers (``TestX``, ``test_x``, ``XTests``,
    ``XTestCase``, ``SearchTestsBase``, ``XTest``, or one derived from such a
    class), not a fake the tests hand to the code under test. A base defined
    in the file is judged by what it is, not by its name; a class named like a
    test that derives from a class of another module not named like one
    (``class TestWebSocketHandler(WebSocketHandler)``) is a fake of that
    class, and so is a class derived from it."""
    foreign = False
    for b in cls.bases:
        name = last_name(b)
        local = classes.get(name) if isinstance(b, ast.Name) else None
        if local is not None and local is not cls and depth < 8:
            if _is_test_class(local, classes, depth + 1):
                return True
        elif _TEST_CLASS.search(name):
            return True
        elif local is None and name != "object":
            foreign = True
    return bool(_TEST_CLASS.search(cls.name)) and not foreign


def _module_classes(ctx: FileContext) -> dict[str, ast.ClassDef]:
    """The file's module-level classes, by name."""
    def compute(ctx: FileContext) -> dict[str, ast.ClassDef]:
        return {
            st.name: st for st in getattr(ctx.tree, "body", ())
            if isinstance(st, ast.ClassDef)
        }
    result: dict[str, ast.ClassDef] = ctx.fact("otp601.classes", compute)
    return result


_TEST_CLASS = re.compile(r"^[Tt]est|Tests|TestCase|TestBase|Test$")


def _fake_method(func: FunctionNode, ctx: FileContext) -> bool:
    """A method of a class in a test file that is no test class (a fake
    store, handler, parser, peer): its sleep is simulated work."""
    scope = structure(ctx).scope_of(func)
    if scope is None or scope.parent is None or scope.parent.kind != "class":
        return False
    cls = scope.parent.node
    assert isinstance(cls, ast.ClassDef)
    if func.name.lower().lstrip("_").startswith(_TEST_METHODS):
        return False
    outer = scope.parent.parent
    if outer is not None and outer.function() is not None:
        return True  # a class defined inside a function: no runner collects it
    if outer is not None and outer.kind == "class" and not any(
        isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef))
        and st.name.lower().startswith("test") for st in cls.body
    ):
        # a class inside a test class with no tests of its own: a type the
        # tests use (msgpack-rpc's ``TestMessagePackRPC.TestServer``)
        return True
    return not _is_test_class(cls, _module_classes(ctx))


# The parameters of an application a server calls: ASGI's, WSGI's.
# AWS Lambda's handler (``def handler(event, context)``), which the Lambda
# runtime calls.
_APP_SIGNATURES = (
    ("scope", "receive", "send"), ("environ", "start_response"), ("event", "context"),
)


def _app_signature(func: FunctionNode) -> bool:
    """The function takes an ASGI application's parameters (``scope, receive,
    send``) or a WSGI one's (``environ, start_response``), after ``self``: an
    application that a server calls for each request; in a test file it is
    the fake app the test drives through the server, and its sleep is the
    app's simulated work, not a wait of the test's. The same for an AWS
    Lambda handler's (``event, context``), which the Lambda runtime calls. A
    test taking fixtures of those names is no application."""
    if func.name.lower().lstrip("_").startswith(_TEST_METHODS):
        return False
    names = tuple(a.arg for a in func.args.posonlyargs + func.args.args)
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    return names in _APP_SIGNATURES


def _params(func: ast.AST) -> set[str]:
    args = getattr(func, "args", None)
    if not isinstance(args, ast.arguments):
        return set()
    return {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs,
                            args.vararg, args.kwarg) if a is not None}


def _caller_chosen(
    node: ast.Call, func: FunctionNode, scope: Optional[Scope] = None
) -> bool:
    """The duration is a parameter of a function that is no test (``slowinc(x,
    delay=0.02)``), or of a function enclosing it that is none either (a
    factory, ``def make_callback(sleep=0): def fetch(ctx): time.sleep(sleep)``):
    the caller chooses a simulated cost, it guesses nothing."""
    if func.name.lower().lstrip("_").startswith(_TEST_METHODS):
        return False
    params = _params(func)
    outer = scope
    while outer is not None and outer.node is not func:
        outer = outer.parent
    outer = outer.parent if outer is not None else None
    while outer is not None and outer.kind == "function":
        onode = outer.node
        if not isinstance(onode, _FUNCTIONS) or _is_waiter(onode.name) or (
            onode.name.lower().lstrip("_").startswith(_TEST_METHODS)
        ):
            break
        params |= _params(onode) - {"self", "cls"}
        outer = outer.parent
    # ... also through a local taken from them (``delay = kwargs.get("delay")``)
    for n in _own_nodes(func.body):
        if isinstance(n, ast.Assign) and any(
            isinstance(v, ast.Name) and v.id in params for v in ast.walk(n.value)
        ):
            params.update(t.id for t in n.targets if isinstance(t, ast.Name))
    return any(
        isinstance(n, ast.Name) and n.id in params
        for arg in (*node.args, *(k.value for k in node.keywords)) for n in ast.walk(arg)
    )


def _sets_ttl(call: ast.Call) -> bool:
    last = last_name(call.func)
    low = last.lower()
    if "expire" in low or low.endswith("setex"):
        return True
    if low.startswith("set") and _LIFETIME_NAME.search(low) and call.args:
        return True  # ``cache.set_max_lifetime(1)``, ``set_ttl(5)``: asyncpg's cache tests
    if any(k.arg in _TTL_KEYWORDS for k in call.keywords):
        return True
    if last in _CACHE_SETTERS:
        if any(k.arg == "timeout" for k in call.keywords):
            return True
        first = 1 if last in ("set_many", "aset_many", "touch", "atouch") else 2
        return any(
            isinstance(a, ast.Constant) and isinstance(a.value, (int, float))
            and not isinstance(a.value, bool) for a in call.args[first:]
        )
    return False


# ``ttl``, ``moving_ttl``, ``getTTL``, ``visibility_timeout``, ``expires_in``,
# ``grace_period`` (after which a heartbeat counts as stale), ``min_runtime``
# (below which tasklogger does not log a task's time); not the ``ttl`` inside
# ``settle``.
_TTL_NAME = re.compile(
    r"(?:^|_)[tT][tT][lL](?:_|$)|[a-z]Ttl|TTL|[tT]imeout|TIMEOUT|[eE]xpir|EXPIR|[gG]race|GRACE"
    r"|(?:^|_)min(?:imum)?_?(?:run_?time|duration)(?:_|$)"
)


def _class_calls(func: FunctionNode, ctx: FileContext) -> tuple[ast.Call, ...]:
    """The calls in the decorators of a method's class
    (``@override_settings(CACHE_MIDDLEWARE_SECONDS=2)``): they configure its tests."""
    scope = structure(ctx).scope_of(func)
    cls = scope.parent.node if scope is not None and scope.parent is not None else None
    if not isinstance(cls, ast.ClassDef):
        return ()
    return tuple(
        n for d in cls.decorator_list for n in ast.walk(d) if isinstance(n, ast.Call)
    )


def _outlasts_ttl(
    node: ast.Call, body: _Code, class_calls: tuple[ast.Call, ...] = ()
) -> bool:
    """The test gave something a time to live before the sleep (``expire``,
    ``set(..., ex=1)``, a cache ``set(k, v, 1)``), or the duration is the code
    under test's own time to live (``sleep(visibility_timeout + 0.5)``,
    ``sleep(client.get_moving_ttl())``; not from a parameter of the function,
    which is the caller's guess): the sleep lets it run out, and nothing
    signals an expiry. Also a lease taken for less time than the sleep
    (``backend.lease("worker-1", 0.001)``)."""
    # A helper's parameter is its caller's choice; a test's are fixtures.
    is_test = getattr(body.node, "name", "").startswith("test")
    params = set() if is_test else _params(body.node)
    for arg in (*node.args, *(k.value for k in node.keywords)):
        if any(isinstance(n, ast.Name) and n.id in params for n in ast.walk(arg)):
            continue  # the caller's choice
        for n in ast.walk(arg):
            name = n.attr if isinstance(n, ast.Attribute) else (
                n.id if isinstance(n, ast.Name) else ""
            )
            if name and _TTL_NAME.search(name):
                return True
    line = node.lineno
    slept = _seconds(node.args[0]) if node.args else None
    for n in (*class_calls, *body.calls):
        if n.lineno >= line:
            continue
        if _sets_ttl(n):
            return True
        if slept is not None and "cache" in last_name(n.func).lower() and any(
            _outlasts(slept, a) for a in n.args
        ):
            return True  # ``cache_page(1)(view)``, then ``sleep(2)``
        if slept is not None and _outlasts_timedelta(slept, n):
            return True  # outlasts a deadline the test gave a call
        if slept is not None and any(_lives_part_of(slept, k) for k in n.keywords):
            return True  # ``result_expires=1``, then ``sleep(2)`` (or ``sleep(0.5)``)
        if slept is not None and any(
            0 < _clock_offset(a, body) <= slept
            for a in (*n.args, *(k.value for k in n.keywords))
        ):
            return True  # ``add_timeout(now + 0.02, f)``, then ``sleep(0.03)``
        if slept is not None and "lease" in last_name(n.func).lower() and any(
            (limit := _seconds(a)) is not None and 0 < limit < slept for a in n.args
        ):
            return True  # ``backend.lease("worker-1", 0.001)``, then ``sleep(0.01)``
    for n in body.decorator_calls:
        if slept is None or n.lineno >= line:
            continue
        if _outlasts_timedelta(slept, n) or any(
            k.arg is not None and _LIFETIME_NAME.search(k.arg) and _outlasts(slept, k.value)
            for k in n.keywords
        ):
            return True  # ``@cached(ttl=2)`` on a function it defines, then ``sleep(2.1)``
    if slept is not None and any(
        a.lineno < line and (limit := _literal_seconds(a.value)) is not None
        and 0 < limit < slept for a in body.lifetimes
    ):
        return True  # ``worker.mailbox_grace = 0.1``, then ``sleep(0.15)``
    if slept is not None:
        for d in body.dicts:
            if d.lineno < line and any(
                isinstance(k, ast.Constant) and isinstance(k.value, str)
                and _LIFETIME_NAME.search(k.value) and _part_of(slept, v)
                for k, v in zip(d.keys, d.values)
            ):
                return True  # ``{"VisibilityTimeout": "1"}``, then ``sleep(2)``
    return False


def _outlasts_timedelta(slept: float, call: ast.Call) -> bool:
    """The sleep is longer than a literal ``timedelta`` given to ``call``."""
    return any(
        (limit := _timedelta_seconds(a)) is not None and slept > limit
        for a in (*call.args, *(k.value for k in call.keywords))
    )


# Names of how long something lives or stays hidden (``result_expires``,
# ``message_ttl``, ``VisibilityTimeout``, a token's ``expires_in``, a
# connection pool's ``pool_recycle``): a sleep outlasting one lets it run out.
_LIFETIME_NAME = re.compile(
    r"(?:(?:ttl|expires?(?:_?in)?|expiry|expiration|lifetime|time_?to_?live)(?:_?time)?"
    r"|(?:^|_)ttl_(?:get|create|read|write|access|idle)"  # dask-actor-singleton's ``ttl_get``
    r"|visibility_?timeout"
    r"|pool_recycle"
    r"|cache\w*_(?:seconds|timeout))$",
    re.I,
)
# An attribute the test sets to how long the code under test keeps or
# tolerates something (``worker.mailbox_grace = 0.1``, ``w.worker_ttl = 2``,
# ``adapter.grace_period = 10``): a sleep longer than the literal lets it
# pass; one as long or shorter is a guess at something else.
_ATTR_LIFETIME = re.compile(
    r"(?:" + _LIFETIME_NAME.pattern[:-1] + r"|grace(?:_?period)?)$", re.I)
# Names of a time the code under test lets pass on its own before it acts
# (``health_check_interval``, ``auto_fallback_interval``, ``keepalive``,
# ``broker_dead_threshold_seconds``, a batch sender's ``send_frequency``, an
# event writer's ``flush_secs``, a rate limiter's ``time_period``, a
# ``cooldown``; not a bare ``period=`` (a wait helper's polling period) nor
# a ``poll_period``; not a
# ``retry_after``: the retry that
# follows it is work a sleep guesses at). Not a timeout (``poll_timeout=0.1``,
# ``socket_timeout``): that bounds a wait, and a sleep as long as one is no
# sign that the test waits it out; but a circuit breaker's
# ``recovery_timeout``/``reset_timeout`` (``circuit_breaker_timeout``) is the
# time it stays open before it lets a request through: zenoo-rpc's
# ``recovery_timeout=0.1``, then ``sleep(0.2)``, lets it pass.
# A rate limiter's window (``window_size_sec``, ``rate_limit_window_size``).
_WINDOW = r"window(?:_?size)?(?:_?(?:secs?|seconds))?"
_WINDOW_NAME = re.compile(_WINDOW + "$", re.I)
# A circuit breaker's open time (``recovery_timeout``, ``reset_timeout``):
# once it has passed, the breaker half-opens on the next call, however much
# later that comes, so a sleep of a few times it still only lets it pass
# (far longer, it is sized to something else).
_BREAKER = r"(?:recovery|reset|breaker)_?timeout"
_BREAKER_OPEN = re.compile(_BREAKER + "$", re.I)
_OPEN_TIMES = 5.0
_SETTING_NAME = re.compile(
    r"(?:interval|keep_?alive|threshold_?(?:secs?|seconds)|frequency|(?<!poll)(?<!check)_period"
    r"|flush_?secs|" + _WINDOW + r"|cool_?down|debounce"
    r"|" + _BREAKER + ")$", re.I
)
# A setting's name that gives its unit as milliseconds (``timeout_ms``,
# ``windowMs``), and one that gives any unit at all.
_MS_NAME = re.compile(r"(?:_ms|Ms|MS|_millis|_milliseconds)$")
_UNIT_NAME = re.compile(r"(?:secs?|seconds|_s|ms|millis|milliseconds|minutes?|mins?|hours?)$", re.I)
# Of those, a delay after which the code under test runs the call it held
# back (a debounced call): a sleep exactly as long races that work (zha's
# ``cooldown=0.01``, then ``sleep(0.01)``), so it must be longer. (A time
# after which something only expires, ``grace_period``, ``time_period``, is
# let pass by a tie too.)
_DELAY_NAME = re.compile(r"(?:cool_?down|debounce)$", re.I)
# How much longer than such a time a sleep may be and still be sized to it.
_SIZED = 2.0
# Of those, the period of something the code under test does again and again
# on its own (a keep-alive, a heartbeat's interval): a sleep of a few periods
# lets it happen a few times (tesla-fleet-api's ``keepalive_interval=0.02``,
# then ``sleep(0.1)`` and a count of keep-alive reads).
_PERIOD_NAME = re.compile(r"(?:keep_?alive|heart_?beat)_?(?:interval|period|secs?|seconds)?$", re.I)
_PERIODS = 5.0
# A timeout of something (``socket_timeout``, ``ws_ping_timeout``), not a bare one.
_NAMED_TIMEOUT = re.compile(r"\w_?timeout$", re.I)


def _sized_to_a_setting(node: ast.Call, body: _Code) -> bool:
    """The test set a time of the code under test before the sleep (a
    keyword, a dict entry, ``cfg.auto_fallback_interval = 0.1``,
    ``settings["ws_ping_timeout"] = 0.1``), and the sleep is sized to it: at
    least as long, at most twice (five times a keep-alive's or heartbeat's
    period): it lets that time pass (the clock is the
    subject), it waits for no work. In a test named for a timeout, the same
    for a timeout the test set (``socket_timeout=0.1``, then ``sleep(0.1)``),
    however much longer the sleep is."""
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None:
        return False
    line = node.lineno
    # In a test named for a timeout (``test_server_socket_timeout``), a
    # timeout the test set is what it lets pass.
    timeouts = "timeout" in getattr(body.node, "name", "").lower()
    stepped: list[float] = []  # the test's own literal sleeps, added up on first use

    def fits(name: Optional[str], value: ast.expr) -> bool:
        if not name:
            return False
        return any(fits_time(name, limit) for limit in _setting_times(name, value))

    def fits_time(name: str, limit: float) -> bool:
        setting = _SETTING_NAME.search(name) is not None
        if not setting and not (timeouts and _NAMED_TIMEOUT.search(name)):
            return False
        if slept < limit:
            # a step through a rate limiter's window (not a timeout: work
            # driven between two sleeps under a conversation's timeout is
            # waited for; nor an interval: rq's ``sleep(0.5)`` under a 1 s
            # monitoring interval waits for a worker to start): a sleep of
            # at least a quarter of it, in a test whose own sleeps together
            # let it pass (``sleep(0.4)``, still limited, ``sleep(0.7)``,
            # released)
            if not _WINDOW_NAME.search(name):
                return False  # an interval's first turn may be what is waited for
            if not stepped:
                stepped.append(_own_sleeps_total(body))
            return slept >= limit * _PART and stepped[0] >= limit
        if not setting:
            return True
        if _BREAKER_OPEN.search(name):
            return slept <= limit * _OPEN_TIMES  # a breaker half-opens on the next call
        if _DELAY_NAME.search(name) and slept == limit:
            return False  # the code acts when that time is up: a tie is a race
        if _PERIOD_NAME.search(name):
            return slept <= limit * _PERIODS
        return slept <= limit * _SIZED

    for call in body.calls:
        if call.lineno < line and any(fits(k.arg, k.value) for k in call.keywords):
            return True
        if call.lineno < line and _breaker_open_time(call, slept):
            return True  # ``CircuitBreakerConfig(timeout=0.1)``, then ``sleep(0.15)``
        if timeouts and call.lineno < line and _builds_with_timeout(call, slept, body):
            return True  # ``lock = Lock("x", timeout=1)``, then ``sleep(1.5)``
        if call.lineno < line and _named_setting(call, fits):
            return True  # ``stack.params.set("rx_flowcontrol_timeout", 500)``
        if call.lineno < line and _patches_a_time(call, slept):
            return True
        if call.lineno < line and any(_sets_server_timeout(a, slept) for a in call.args):
            return True
    for call in _nested_calls(body, line):
        # a handler the test defines for the server it runs
        # (aiohttp-sse's ``EventSourceResponse(ping_interval=1)``)
        if any(fits(k.arg, k.value) for k in call.keywords) or _named_setting(call, fits):
            return True
    if _paces_periods(node, slept, body):
        return True
    if _TIMED_TEST.search(getattr(body.node, "name", "")) and _window_given(
        node, slept, body
    ):
        return True
    for d in body.dicts:
        if d.lineno < line and any(
            isinstance(k, ast.Constant) and isinstance(k.value, str) and fits(k.value, v)
            for k, v in zip(d.keys, d.values)
        ):
            return True
    for n in _own_nodes(statements(body.node)):
        if not isinstance(n, ast.Assign) or n.lineno >= line:
            continue
        for t in n.targets:
            if isinstance(t, ast.Attribute):
                name: Optional[str] = t.attr
            elif isinstance(t, ast.Subscript) and isinstance(t.slice, ast.Constant):
                name = t.slice.value if isinstance(t.slice.value, str) else None
            else:
                continue
            if fits(name, n.value):
                return True
    return False


def _breaker_open_time(call: ast.Call, slept: float) -> bool:
    """A circuit breaker made or configured with a literal time it stays open
    (a call named for a breaker, ``CircuitBreaker``, ``CircuitBreakerConfig``,
    ``breaker_cls``, given ``timeout=`` or ``open_timeout=``), and a
    sleep at least that long and at most five times it: the breaker lets a
    request through on the first call after that time, however long after,
    so the sleep waits for nothing but the clock (aiomtec2mqtt's
    ``CircuitBreakerConfig(failure_threshold=2, timeout=0.1)``, then
    ``sleep(0.15)``)."""
    if "breaker" not in last_name(call.func).lower():
        return False
    for k in call.keywords:
        # its open time: a bare ``timeout=`` or one named for the open state
        # (``open_timeout``), not another of its timeouts (``call_timeout``)
        if k.arg is None or not (k.arg == "timeout" or k.arg.startswith("open")
                                 or _BREAKER_OPEN.search(k.arg)):
            continue
        limit = _literal_seconds(k.value)
        if limit is not None and 0 < limit <= slept <= limit * _OPEN_TIMES:
            return True
    return False


def _builds_with_timeout(call: ast.Call, slept: float, body: _Code) -> bool:
    """``lock = Lock("test2", timeout=1)``: an object the test makes and keeps,
    given a bare ``timeout=`` literal that the sleep outlasts (longer, at most
    twice). In a test named for a timeout (the caller checks), that is the
    object's own lifetime, which the sleep lets run out (pulsar's lock
    tests); a bare ``timeout=`` given to a call whose result is not kept
    (``q.get(timeout=1)``) bounds a wait, and does not count."""
    stmt = body.parent.get(id(call))
    if not (
        isinstance(stmt, ast.Assign) and stmt.value is call and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
    ):
        return False
    for k in call.keywords:
        limit = _literal_seconds(k.value) if k.arg == "timeout" else None
        if limit is not None and 0 < limit < slept <= limit * _SIZED:
            return True
    return False


def _setting_times(name: str, value: ast.expr) -> tuple[float, ...]:
    """The seconds a setting's literal may stand for: ``timeout_ms=200`` is
    0.2; a whole number of 10 or more for a timeout whose name gives no unit
    (``rx_consecutive_frame_timeout=200``, in a test named for a timeout)
    may be either seconds or milliseconds (the sleep that matches says
    which). Not an interval: influxdb's ``flush_interval=5_000`` is not the
    5 s a later ``sleep(8)`` waits out."""
    limit = _literal_seconds(value)
    if limit is None or limit <= 0:
        return ()
    if _MS_NAME.search(name):
        return (limit / 1000,)
    if _NAMED_TIMEOUT.search(name) and not _UNIT_NAME.search(name) \
            and isinstance(value, ast.Constant) and type(value.value) is int and limit >= 10:
        return (limit, limit / 1000)
    return (limit,)


def _named_setting(call: ast.Call, fits: Callable[[Optional[str], ast.expr], bool]) -> bool:
    """``params.set("rate_limit_window_size", 1)``: a setting named by a
    string literal, its value the next argument, given to ``set``."""
    return (
        isinstance(call.func, ast.Attribute) and call.func.attr == "set"
        and len(call.args) >= 2 and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str) and fits(call.args[0].value, call.args[1])
    )


def _own_sleeps_total(body: _Code) -> float:
    """The seconds of the literal sleeps in a test's own code, added up."""
    total = 0.0
    for call in body.calls:
        if last_name(call.func) == "sleep" and len(call.args) == 1:
            total += _seconds(call.args[0]) or 0.0
    return total


def _nested_calls(body: _Code, line: int) -> Iterator[ast.Call]:
    """The calls inside the functions a test defines before ``line`` (its
    request handlers, its factories), walked once per test however many of
    its sleeps ask."""
    if body.nested is None:
        func = body.node
        body.nested = [
            (n.lineno, [c for c in ast.walk(n) if isinstance(c, ast.Call)])
            for n in ast.walk(func)
            if n is not func and isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
        ]
    for lineno, calls in body.nested:
        if lineno < line:
            yield from calls


def _paces_periods(node: ast.Call, slept: float, body: _Code) -> bool:
    """A sleep shorter than a keep-alive's or heartbeat's period the test set
    (``Client(heartbeat_interval=0.2)``), in the body of ``for _ in
    range(N)`` whose turns together span at least one period: it paces
    reads or writes across the periods so that the periodic work fires
    between them (python-snap7's heartbeat tests, tesla-fleet-api's
    activity that keeps the keep-alive idle); it waits for no work."""
    loop = next(
        (a for a in body.ancestors(node) if isinstance(a, (ast.For, ast.While))), None
    )
    if not isinstance(loop, ast.For):
        return False
    rng = _range_of(loop)
    turns = _seconds(rng.args[-1]) if rng is not None and rng.args else None
    if turns is None:
        return False
    line = loop.lineno
    for call in body.calls:
        if call.lineno >= line:
            continue
        for k in call.keywords:
            limit = _literal_seconds(k.value) if k.arg else None
            if k.arg and _PERIOD_NAME.search(k.arg) and limit is not None \
                    and 0 < slept < limit <= slept * turns:
                return True
    return False


# A module constant of the code under test holding a time, which a test
# patches short (``RESPONSE_TIMEOUT``, ``WS_SYNC_QUIET_SECONDS``).
# Not a ``DELAY`` (pyheos's ``DEBOUNCE_DELAY``): the code runs held-back work
# when it ends, and a sleep past it guesses that work is done.
_PATCHED_TIME = re.compile(r"(?:timeout|secs?|seconds|window|interval|period)$", re.I)
# How much longer than such a patched time a sleep may be and still be sized to it.
_PATCHED_SIZED = 3.0


def _patches_a_time(call: ast.Call, slept: float) -> bool:
    """``patch.object(mod, "RESPONSE_TIMEOUT", 0.1)``,
    ``monkeypatch.setattr(mod, "WS_SYNC_QUIET_SECONDS", 0.2)``,
    ``patch("pkg.mod.QUIET_WINDOW", 0.1)``, before a sleep longer and at most three
    times as long: the test shortened a time of the code under test so that
    it can let it pass; the clock is the subject (HAP-python's response
    timeout, pyisy's quiet window). A sleep exactly as long races that time
    and is sized to something else (datadog's ``sleep(0.3)  # fail once``
    under a patched 0.3 s stop grace)."""
    last = last_name(call.func)
    new = next((k.value for k in call.keywords if k.arg in ("new", "value")), None)
    args = call.args
    if last in ("object", "setattr") and len(args) >= 2 and not (
        last == "setattr" and len(args) == 2 and new is None
    ):
        target, value = args[1], args[2] if len(args) >= 3 else new
    elif last in ("patch", "setattr") and args:
        target, value = args[0], args[1] if len(args) >= 2 else new
    else:
        return False
    if not (isinstance(target, ast.Constant) and isinstance(target.value, str)) \
            or value is None:
        return False
    name = target.value.rsplit(".", 1)[-1]
    limit = _literal_seconds(value)
    return (
        limit is not None and _PATCHED_TIME.search(name) is not None
        and 0 < limit < slept <= limit * _PATCHED_SIZED
    )


# A SQL statement that sets a server's own idle timeout in seconds
# (MySQL's ``SET wait_timeout=1``, ``SET GLOBAL interactive_timeout = 2``).
_SQL_TIMEOUT = re.compile(
    r"^\s*SET\s+(?:GLOBAL\s+|SESSION\s+|@@(?:GLOBAL|SESSION)\.)?\w*timeout\s*=\s*"
    r"(\d+(?:\.\d+)?)\s*;?\s*$", re.I,
)


def _sets_server_timeout(arg: ast.expr, slept: float) -> bool:
    """``cur.execute("SET wait_timeout=1")`` before a sleep sized to it (at
    least as long, at most twice): the server closes the idle connection when
    that time has passed; the sleep lets it pass, it waits for no work."""
    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
        return False
    match = _SQL_TIMEOUT.match(arg.value)
    limit = float(match.group(1)) if match else 0.0
    return 0 < limit <= slept <= limit * _SIZED


# What a check that something's lifetime ran out reads (``has_expired``,
# ``is_expired()``, ``expired``).
_EXPIRED = re.compile(r"expired", re.I)
# A literal lifetime given as a keyword before the sleep.
_LIFETIME_KEYWORD = re.compile(r"^(?:timeout|ttl|lifetime|expire\w*|max_age)$", re.I)


def _expiry_checked(node: ast.Call, body: _Code) -> bool:
    """The statement right after the sleep asserts that something expired
    (``assert note.has_expired is True``), and the sleep lasts at least, and
    at most twice, a literal lifetime a call got before it
    (``Notification("test", timeout=0.5)``, then ``sleep(0.6)``): the
    object's own clock is the subject, nothing is waited for."""
    slept = _seconds(node.args[0]) if node.args else None
    around = _neighbours(node, body)
    checked = around[1] if around is not None else None
    if slept is None or checked is None or not _asserts(checked):
        return False
    if not any(
        _EXPIRED.search(n.attr if isinstance(n, ast.Attribute) else n.id)
        for n in ast.walk(checked) if isinstance(n, (ast.Attribute, ast.Name))
    ):
        return False
    for call in body.calls:
        if call.lineno >= node.lineno:
            continue
        for k in call.keywords:
            limit = _literal_seconds(k.value) if k.arg else None
            if (
                k.arg and _LIFETIME_KEYWORD.match(k.arg) and limit is not None
                and 0 < limit <= slept <= limit * _SIZED
            ):
                return True
    return False


# A test named for a time of the code under test (``..._on_interval_exceed``,
# ``test_window``, ``test_ttl``, ``test_idle_...``, ``test_..._timeout``).
_TIMED_TEST = re.compile(r"^test.*(?:interval|window|timeout|expir|ttl|idle)", re.I)


def _window_given(node: ast.Call, slept: float, body: _Code) -> bool:
    """A literal duration written as a fraction (``0.3``) that the test handed
    a call before the sleep as a positional argument (a keyword names what it
    is, and the named narrowings judge it), to which the sleep is sized: at
    least a quarter of it, at most twice (``CommandFailureDetector(3, 0.6,
    0.3)``, then ``sleep(0.16)``)."""
    line = node.lineno
    for call in body.calls:
        if call.lineno >= line or last_name(call.func) == "sleep":
            continue
        for a in call.args:
            if (
                isinstance(a, ast.Constant) and isinstance(a.value, float)
                and a.value > 0 and a.value * _PART <= slept <= a.value * _SIZED
            ):
                return True
    return False


def _lets_a_given_duration_pass(node: ast.Call, body: _Code, ctx: FileContext) -> bool:
    """The sleep lasts a duration the function handed a call before it, or a
    multiple of it (``ws_connect(ping_interval=interval)``, then
    ``sleep(interval * 1.5)``; ``spawn(schedule_call, DELAY, f)``, then
    ``sleep(DELAY * 2)``; ``Timeout(DELAY * 2)``, then ``sleep(DELAY * 2)``),
    also through a function the test defines before the sleep (``def
    connect(): ... update(wait_time_seconds=wait_time_seconds)``, then
    ``sleep(wait_time_seconds + 0.5)``): it lets that time of the code under
    test pass."""
    if not node.args:
        return False
    arg = node.args[0]
    name = _at_least(arg)
    text = ast.unparse(arg) if isinstance(arg, ast.BinOp) else None
    if name is None and text is None:
        return False
    line = node.lineno
    for call in body.calls:
        if call.lineno >= line or last_name(call.func) == "sleep":
            continue
        for a in (*call.args, *(k.value for k in call.keywords)):
            if name is not None and dotted(a) == name:
                return True
            if text is not None and isinstance(a, ast.BinOp) and ast.unparse(a) == text:
                return True
    if name is None or "." in name:
        return False
    # ... or handed a call in a function the test defines before the sleep
    uses = _uses_in(body.node, ctx)
    for use in uses.loads.get(name, ()):
        if use.lineno >= line:
            continue
        parent = uses.parent.get(id(use))
        if isinstance(parent, ast.keyword):
            parent = uses.parent.get(id(parent))
        if (
            isinstance(parent, ast.Call) and parent.func is not use
            and last_name(parent.func) != "sleep"
        ):
            return True
    return False


def _at_least(expr: ast.expr) -> Optional[str]:
    """``x`` for ``x``, ``x * 2``, ``1.5 * x``, ``x + 0.5``: a duration at least
    ``x``; also ``x.total_seconds()`` of a ``timedelta``, alone or at most
    twice over (``delta.total_seconds() * 2``: aiobreaker's tests; four
    heartbeat intervals, pgqueuer's ``interval.total_seconds() * 4`` before a
    count of callbacks, wait for work)."""
    expr = _timedelta_held(expr)
    if isinstance(expr, (ast.Name, ast.Attribute)):
        return dotted(expr)
    if isinstance(expr, ast.BinOp):
        for var, k in ((expr.left, expr.right), (expr.right, expr.left)):
            factor = _seconds(k)
            held = _timedelta_held(var)
            if held is not var and factor is not None and factor > _SIZED:
                continue
            var = held
            if factor is None or not isinstance(var, (ast.Name, ast.Attribute)):
                continue
            if (isinstance(expr.op, ast.Mult) and factor >= 1) or (
                isinstance(expr.op, ast.Add) and factor >= 0
            ):
                return dotted(var)
    return None


def _timedelta_held(expr: ast.expr) -> ast.expr:
    """``x`` for ``x.total_seconds()`` (``x`` a name or attribute), else ``expr``."""
    if (
        isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
        and expr.func.attr == "total_seconds" and not expr.args and not expr.keywords
        and isinstance(expr.func.value, (ast.Name, ast.Attribute))
    ):
        return expr.func.value
    return expr


def _clock_offset(expr: ast.expr, body: _Code) -> float:
    """``0.02`` for ``now + 0.02`` where ``now`` is a clock reading (a
    deadline), else 0."""
    if not (isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add)):
        return 0.0
    for clock, offset in ((expr.left, expr.right), (expr.right, expr.left)):
        seconds = _seconds(offset)
        if seconds is not None and seconds > 0 and _mentions_clock(clock, body.clock_names):
            return seconds
    return 0.0


def _literal_seconds(expr: ast.expr) -> Optional[float]:
    """A literal number of seconds, also written as a string (``"1"``)."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        try:
            return float(expr.value)
        except ValueError:
            return None
    return _seconds(expr)


def _outlasts(slept: float, expr: ast.expr) -> bool:
    limit = _literal_seconds(expr)
    return limit is not None and 0 < limit <= slept


# A sleep at least this part of a lifetime or window the test set is sized to
# it (``CACHE_MIDDLEWARE_SECONDS=2``, then ``sleep(1)``: still cached).
_PART = 0.25


# A duration written with its unit, as configuration strings are (``"0s"``,
# ``"500ms"``, ``"5m"``).
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$")
_DURATION_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
# A token's time to live counted from now (OAuth's ``expires_in``): zero
# means already expired, not "never", as a cache's ``ttl=0`` may.
_EXPIRES_IN = re.compile(r"expires?_?in$", re.I)


def _lives_part_of(slept: float, k: ast.keyword) -> bool:
    """``k`` gives a call a lifetime (``result_expires=1``, ``ttl="2s"``) that the
    sleep lasts at least a part of, or a token one of zero (``expires_in="0s"``,
    ``expires_in=0``: it is expired once any time passes)."""
    if k.arg is None or not _LIFETIME_NAME.search(k.arg):
        return False
    value = k.value
    limit = _literal_seconds(value)
    if limit is None and isinstance(value, ast.Constant) and isinstance(value.value, str):
        m = _DURATION.match(value.value)
        if m is not None:
            limit = float(m.group(1)) * _DURATION_UNITS[m.group(2)]
    if limit is None:
        return False
    if limit == 0:
        return slept > 0 and bool(_EXPIRES_IN.search(k.arg))
    return limit > 0 and slept >= limit * _PART


def _part_of(slept: float, expr: ast.expr) -> bool:
    """The sleep lasts at least a quarter of the literal duration ``expr``:
    shorter, it shows the time has not run out yet; longer, that it has."""
    limit = _literal_seconds(expr)
    return limit is not None and limit > 0 and slept >= limit * _PART


def _outlasts_its_block(node: ast.Call, chain: list[ast.AST]) -> bool:
    """The sleep runs inside ``with``/``async with`` a context given a literal
    ``timeout`` (or time to live) that the sleep outlasts (``with
    lock(timeout=0.1): sleep(0.15)``): it lets the block's own timeout run
    out, which is what the test checks."""
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None:
        return False
    return any(
        isinstance(cm, ast.Call) and any(
            k.arg is not None and (k.arg == "timeout" or _LIFETIME_NAME.search(k.arg))
            and _outlasts(slept, k.value) and _literal_seconds(k.value) != slept
            for k in cm.keywords
        )
        for cm in _block_contexts(chain)
    )


# Words of a decorator that runs the function elsewhere (a thread, a task, a
# pool): a sleep there may be a guess at how long the other side takes.
_ELSEWHERE_WORDS = frozenset({
    "concurrent", "task", "tasks", "thread", "threaded", "background", "parallel",
    "pool", "executor", "process", "unsync", "spawn", "worker", "daemon",
})


def _wrapped_work(func: FunctionNode, ctx: FileContext) -> bool:
    """A function nested in another (a test, a fixture) under a decorator of
    the code under test that wraps its body where it is called: a timer, a
    cache, a registry (``@cp.send_time_deco()``, ``@AsyncLRU(maxsize=2)``,
    ``@mcp.tool``, ``@op``). Its sleep is the work the decorator wraps, of
    a length the test chose, not a wait for anything else. Not under a
    decorator that runs it elsewhere (a word of its name in
    ``_ELSEWHERE_WORDS``: ``@concurrent``, ``@as_task``, ``@unsync``, whose
    sleep may be the guess that makes two calls overlap, as judged in
    rounds 158 and 235), nor one whose wrapper runs it with arguments of
    its own when called (``@mock.patch``, ``@given``), nor only wrappers
    that hand it to no one (``@contextmanager``, ``@wraps``)."""
    scope = structure(ctx).scope_of(func)
    if scope is None or scope.parent is None or scope.parent.kind != "function":
        return False
    names = [last_name(d) for d in func.decorator_list]
    names = [n for n in names if n not in _WRAPPERS]
    return bool(names) and all(
        n and n not in _RUNS_WHEN_CALLED and not _ELSEWHERE_WORDS & set(words(n))
        for n in names
    )


def _outlasts_its_decorator(node: ast.Call, func: FunctionNode) -> bool:
    """The sleep runs in a function decorated with a literal ``timeout`` that the
    sleep outlasts (``@process(timeout=0.1) def long(): sleep(10)``): the
    decorator runs it under that timeout, which the sleep is meant to hit."""
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None or func.name.startswith("test"):
        return False  # a test runner's timeout (``@gen_test(timeout=5)``) is no subject
    return any(
        isinstance(d, ast.Call) and any(
            k.arg == "timeout" and _outlasts(slept, k.value)
            and _literal_seconds(k.value) != slept
            for k in d.keywords
        )
        for d in func.decorator_list
    )


# Keywords that give an age or an idle time as a threshold (``maxage=2``,
# ``claim_min_idle_time=100``, ``max_idle=0.1``): "older than", "idle for".
_AGE_KEYWORD = re.compile(r"idle|(?:^|_)(?:min_?|max_?)?age(?:$|_)", re.I)


def _reaches_age(node: ast.Call, body: _Code) -> bool:
    """The function passes a call an age or idle-time threshold (before the
    sleep, or after it: "kill clients older than 2 s", "claim entries idle for
    100 ms") and the sleep lasts at least that long, read in seconds or in
    milliseconds (the code does not show the unit): the sleep makes the age
    under test accrue; the clock is the subject, nothing could signal it."""
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None or slept <= 0:
        return False
    for call in body.calls:
        for kw in call.keywords:
            if kw.arg is None or not _AGE_KEYWORD.search(kw.arg):
                continue
            limit = _seconds(kw.value)
            if limit is None:
                limit = _timedelta_seconds(kw.value)
            if limit is not None and limit > 0 and (slept >= limit or slept * 1000 >= limit):
                return True
    return False


# Calls that close, stop or kill something (``ws.close()``, ``server.kill()``).
_CLOSES = frozenset({
    "close", "aclose", "shutdown", "kill", "disconnect", "terminate", "stop",
})
_SHORT_SLEEP = 0.1
_YIELD = 0.01


def _trails_a_close(node: ast.Call, func: FunctionNode, body: _Code) -> bool:
    """A short sleep that is the test's last statement: at most 0.01 s (a
    yield on the way out), or at most 0.1 s right after the test closed,
    stopped or killed something (``ws.close()``, then ``sleep(0.05)``; also
    a ``try`` of such calls, ``try: server.stop(); server.destroy()``): it
    lets the other side see the close, and no statement of the test runs
    after it, so no check can run too early. In a fixture, the last
    statement of the ``finally`` that ends it (its teardown after the
    ``yield``: python-snap7's servers releasing their port) counts as its
    last; not in a test (growthbook's ``finally: await client.close();
    await asyncio.sleep(0.1)`` guesses its background tasks are done)."""
    stmts = func.body
    last = stmts[-1] if stmts else None
    if isinstance(last, ast.Try) and last.finalbody \
            and projectfacts.fixture_decorator(func) is not None:
        stmts = last.finalbody  # a fixture's teardown, after its ``yield``
    if len(stmts) < 2 or body.parent.get(id(node)) not in (stmts[-1], getattr(
        stmts[-1], "value", None
    )):
        return False
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None or slept > _SHORT_SLEEP or not isinstance(stmts[-1], ast.Expr):
        return False
    if slept <= _YIELD:
        return True  # a yield on the way out, whatever came before
    prev = stmts[-2]
    if isinstance(prev, ast.Try) and prev.body and all(
        isinstance(s, ast.Expr) and _close_call(s.value) for s in prev.body
    ):
        return True  # ``try: server.stop(); server.destroy()`` / ``except: pass``
    return isinstance(prev, ast.Expr) and _close_call(prev.value)


def _close_call(value: ast.expr) -> bool:
    """``ws.close()``, ``await server.stop()``, ``server.destroy()``."""
    if isinstance(value, ast.Await):
        value = value.value
    return isinstance(value, ast.Call) and last_name(value.func) in (*_CLOSES, "destroy")


def _seconds(expr: ast.expr) -> Optional[float]:
    if isinstance(expr, ast.Constant) and isinstance(expr.value, (int, float)) and not (
        isinstance(expr.value, bool)
    ):
        return float(expr.value)
    return None


_TIMEDELTA_UNITS = {
    "seconds": 1.0, "milliseconds": 0.001, "microseconds": 1e-6, "minutes": 60.0,
    "hours": 3600.0, "days": 86400.0,
}


def _timedelta_seconds(expr: ast.expr) -> Optional[float]:
    """``timedelta(seconds=0.01)`` (or milliseconds=...), literal: its length."""
    if not (isinstance(expr, ast.Call) and last_name(expr.func) == "timedelta"):
        return None
    if expr.args:  # ``timedelta(days)``
        days = _seconds(expr.args[0]) if len(expr.args) == 1 and not expr.keywords else None
        return None if days is None else days * 86400.0
    total = 0.0
    for kw in expr.keywords:
        value = _seconds(kw.value)
        unit = _TIMEDELTA_UNITS.get(kw.arg or "")
        if value is None or unit is None:
            return None
        total += value * unit
    return total


def _reads_clock(call: ast.Call) -> bool:
    last = last_name(call.func)
    low = last.lower()
    return last in _CLOCK_CALLS or low.endswith(("_time", "now", "timestamp", "mtime"))


def _between_timer_calls(node: ast.Call, func: ast.AST) -> bool:
    """The sleep is the statement between a timer's start and its stop, which
    is given what the start returned (``started = timer.start_timer()``,
    ``time.sleep(1)``, ``timer.stop_timer(started)``: alerta's metrics): the
    duration under test."""
    path = stmt_path(getattr(func, "body", []), node)
    if not path:
        return False
    block, i, _ = path[-1]
    if not 0 < i < len(block) - 1:
        return False
    before, after = block[i - 1], block[i + 1]
    if not (isinstance(before, ast.Assign) and len(before.targets) == 1
            and isinstance(before.targets[0], ast.Name) and isinstance(before.value, ast.Call)
            and isinstance(after, ast.Expr) and isinstance(after.value, ast.Call)):
        return False
    start, stop = last_name(before.value.func).lower(), last_name(after.value.func).lower()
    started = before.targets[0].id
    return "start" in start and "stop" in stop and any(
        w in start and w in stop for w in ("timer", "clock", "watch")
    ) and any(isinstance(a, ast.Name) and a.id == started for a in after.value.args)


def _between_clock_readings(node: ast.Call, body: _Code) -> bool:
    """The function reads a clock or a timestamp both before and after the
    sleep: the sleep makes time pass between two readings (timestamps that
    must differ, a duration under test)."""
    line = node.lineno
    before = after = False
    for n in body.calls:
        if n is not node and _reads_clock(n):
            if n.lineno < line:
                before = True
            elif n.lineno > line:
                after = True
            if before and after:
                return True
    return False


# Wall-clock reads that stamp records (not ``monotonic``/``perf_counter``,
# which time work).
_DATETIME_NOW = frozenset({"now", "utcnow", "today"})


def _separates_a_cutoff(node: ast.Call, func: ast.AST) -> bool:
    """The sleep is one of two around a statement that binds a name to a
    wall-clock reading the function reads later (``sleep(0.01)``, ``cutoff =
    datetime.now(UTC)``, ``sleep(0.01)``): sleeping on both sides of the
    cutoff keeps the records made before and after it apart in time, so the
    clock is the subject (memmachine's ``created_at`` filters, the Service
    Bus session-state tests). A reading with a sleep on one side only stays
    reported: that sleep may wait for work (azure-functions-worker's
    ``end_time``, then a wait for the host to poll EventHub, judged TP)."""
    path = stmt_path(getattr(func, "body", []), node)
    if not path:
        return False
    block, i, _ = path[-1]

    def sleeps(j: int) -> bool:
        if not 0 <= j < len(block):
            return False
        st = block[j]
        value = st.value.value if isinstance(st, ast.Expr) and isinstance(
            st.value, ast.Await) else getattr(st, "value", None)
        return isinstance(st, ast.Expr) and isinstance(value, ast.Call) \
            and last_name(value.func) == "sleep"

    def cutoff(j: int) -> Optional[ast.Assign]:
        near = block[j] if 0 <= j < len(block) else None
        if (isinstance(near, ast.Assign) and len(near.targets) == 1
                and isinstance(near.targets[0], ast.Name)
                and isinstance(near.value, ast.Call)
                and isinstance(near.value.func, ast.Attribute)
                and near.value.func.attr in _DATETIME_NOW):
            return near
        return None

    if not sleeps(i):
        return False
    for mid, other in ((i + 1, i + 2), (i - 1, i - 2)):
        near = cutoff(mid)
        if near is None or not sleeps(other):
            continue
        name = near.targets[0]
        assert isinstance(name, ast.Name)
        if any(isinstance(n, ast.Name) and n.id == name.id and isinstance(n.ctx, ast.Load)
               and n.lineno > near.lineno for n in ast.walk(func)):
            return True
    return False


# A timestamp's name (``time_unix_nano``, ``created_at``, ``timestamp``,
# ``mtime``, ``start_time``), not a count or a duration (``timeout``, ``times``).
_TIMESTAMP_NAME = re.compile(
    r"(?:^|_)(?:time|timestamp|mtime|ctime|atime|ts)(?:_unix)?(?:_nanos?|_ns|_ms)?$"
    r"|^time_unix_nanos?$|_at$|^(?:created|modified|updated)$",
    re.I,
)
_ORDERS = (ast.Gt, ast.GtE, ast.Lt, ast.LtE)
_ORDER_ASSERTS = frozenset({
    "assertGreater", "assertGreaterEqual", "assertLess", "assertLessEqual",
})
_EQUAL_ASSERTS = frozenset({"assertEqual", "assertAlmostEqual", "assertEquals"})


def _is_timestamp(expr: ast.expr) -> bool:
    """``second.time_unix_nano``, ``created_at``, ``py_second.ts``, also a
    record's field read by a string key (``second["ts"]``: iobroker's states)."""
    if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Constant) \
            and isinstance(expr.slice.value, str):
        name: Optional[str] = expr.slice.value
    else:
        name = expr.attr if isinstance(expr, ast.Attribute) else (
            expr.id if isinstance(expr, ast.Name) else None
        )
    return name is not None and _TIMESTAMP_NAME.search(name) is not None


def _checks_a_time(node: ast.Call, body: _Code) -> bool:
    """After the sleep (and before any other sleep) the test asserts that one
    timestamp is later than another (``assert second.time_unix_nano >
    first.time_unix_nano``) of synchronous steps, or that a measured time is
    at least what it slept (``sleep(0.1)``, then ``assert dev.active_time >=
    0.1``): the clock is the subject, the sleep makes the time pass. A recorded time compared with
    one computed from a clock reading (``assert job_time ==
    approx(expected)`` after ``run_once(job, 0.5)``, ``sleep(0.6)``) stays
    reported: the sleep also guesses when the scheduler gets to the job (the
    round-15 recall judges), as does a check that work happened or that a
    time is merely later than a reading."""
    line = node.lineno
    slept = _seconds(node.args[0]) if node.args else None
    end = min(
        (c.lineno for c in body.calls
         if c.lineno > line and last_name(c.func) == "sleep"),
        default=None,
    )

    def pairs(n: ast.AST) -> Iterator[tuple[str, ast.expr, ast.expr]]:
        if isinstance(n, ast.Compare) and len(n.ops) == 1:
            op = n.ops[0]
            kind = "order" if isinstance(op, _ORDERS) else (
                "equal" if isinstance(op, ast.Eq) else ""
            )
            if kind:
                yield kind, n.left, n.comparators[0]
        elif isinstance(n, ast.Call) and len(n.args) >= 2:
            last = last_name(n.func)
            if last in _ORDER_ASSERTS:
                yield "order", n.args[0], n.args[1]
            elif last in _EQUAL_ASSERTS:
                yield "equal", n.args[0], n.args[1]

    for n in _own_nodes(statements(body.node)):
        lineno = getattr(n, "lineno", 0)
        if lineno <= line or (end is not None and lineno >= end):
            continue
        if isinstance(n, ast.Assert):
            found = list(pairs(n.test))
        elif isinstance(n, ast.Call) and last_name(n.func).startswith("assert"):
            found = list(pairs(n))
        else:
            continue
        for kind, a, b in found:
            if kind == "order" and _is_timestamp(a) and _is_timestamp(b) and (
                ast.dump(a) != ast.dump(b)
            ) and (
                not (isinstance(a, ast.Subscript) or last_name(a).lower() == "ts")
                or _straddle(a, b, line, body)
            ):
                return True
        if slept is not None and _measured_at_least(n, slept):
            return True
    return False


def _straddle(a: ast.expr, b: ast.expr, line: int, body: _Code) -> bool:
    """``second["ts"] > first["ts"]`` where ``first`` was bound before the sleep
    and ``second`` after it (iobroker's states): the two records were read on
    either side of the time the sleep let pass. Both read after the sleep
    (bluesky-queueserver's ``received_msgs[-1]`` and ``[-2]`` after ``sleep(6)``,
    judged TP) only show that messages came, which the sleep guessed at."""
    def bound(expr: ast.expr) -> Optional[int]:
        while isinstance(expr, (ast.Subscript, ast.Attribute)):
            expr = expr.value
        if not isinstance(expr, ast.Name):
            return None
        lines = [
            n.lineno for n in _own_nodes(statements(body.node))
            if isinstance(n, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == expr.id for t in n.targets
            )
        ]
        return lines[0] if len(lines) == 1 else None

    before, after = bound(a), bound(b)
    if before is None or after is None:
        return False
    return min(before, after) < line < max(before, after)


def _measured_at_least(check: ast.AST, slept: float) -> bool:
    """``assert dev.active_time >= 0.1`` (or ``assertGreaterEqual(t.elapsed,
    0.1)``) with a bound the sleep lasts at least: the test checks that the
    time it let pass was measured."""
    test = check.test if isinstance(check, ast.Assert) else check
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        op, left, right = test.ops[0], test.left, test.comparators[0]
        if isinstance(op, (ast.Lt, ast.LtE)):
            left, right = right, left
        elif not isinstance(op, (ast.Gt, ast.GtE)):
            return False
    elif isinstance(test, ast.Call) and len(test.args) >= 2 and last_name(test.func) in (
        "assertGreater", "assertGreaterEqual"
    ):
        left, right = test.args[0], test.args[1]
    else:
        return False
    bound = _seconds(right)
    return (_is_timestamp(left) or _is_duration(left)) and bound is not None \
        and 0 < bound <= slept


# A measured duration's name (``elapsed``, ``uptime``, ``duration``).
_DURATION_NAME = re.compile(r"(?:^|_)(?:elapsed|duration|uptime)$", re.I)


def _is_duration(expr: ast.expr) -> bool:
    name = expr.attr if isinstance(expr, ast.Attribute) else (
        expr.id if isinstance(expr, ast.Name) else None
    )
    return name is not None and _DURATION_NAME.search(name) is not None


# Calls that run a callback once a delay has passed, on the event loop or hub
# the test's own sleep runs on (eventlet's, gevent's, asyncio's, tornado's):
# their timers fire in deadline order, before a longer sleep of the test ends.
_DELAYED_CALLS = frozenset({"spawn_after", "spawn_after_local", "spawn_later", "call_later"})


def _after_a_scheduled_delay(node: ast.Call, body: _Code) -> bool:
    """The test (or a function it defines) scheduled a callback with a
    literal delay before the sleep (``spawn_after_local(0.1, f)``,
    ``loop.call_later(0.1, f)``), and the sleep outlasts that delay: it lets
    the callback's time come (or, the callback cancelled, pass), the clock
    is the subject."""
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None:
        return False
    line = node.lineno
    for n in ast.walk(body.node):
        if (
            isinstance(n, ast.Call) and n.lineno < line and n.args
            and last_name(n.func) in _DELAYED_CALLS
        ):
            delay = _seconds(n.args[0])
            if delay is not None and 0 < delay < slept:
                return True
    return False


# Keyword names of a duration handed to the code under test (``timeout=3``,
# ``grace_period=1``, ``delay=2``): with them an integer is a time too.
_GIVEN_DURATION = re.compile(
    r"(?:timeout|ttl|delay|interval|seconds|secs|period|expires?|duration|grace|after)$",
    re.I,
)


def _straddles_a_given_duration(node: ast.Call, body: _Code) -> bool:
    """Two sleeps in a row of one block of the test's own code (the caller
    checks no loop is around them) straddle a duration the test handed a
    call before the first: the first sleep is shorter, both together are longer
    (``timeout.reschedule(0.1)``, ``sleep(0.09)``, not fired yet,
    ``sleep(0.02)``, fired; ``cache.put(k, v, timeout=3)``, ``sleep(2)``,
    still there, ``sleep(2)``, gone). The test checks a deadline of the code
    under test from both sides: the clock is the subject. The duration is a
    number given under a duration's name (``timeout=3``) or to a call named
    for a time (``reschedule``, ``call_later``, ``set_timer``,
    ``begin_fast_polling``)."""
    stmt = _sleep_statement(node, body)
    if stmt is None:
        return False
    block = _block_of(stmt, body)
    if block is None:
        return False
    sleeps: list[tuple[ast.stmt, float]] = []
    for sibling in block:
        call = _statement_call(sibling) if isinstance(sibling, ast.Expr) else None
        if call is not None and last_name(call.func) == "sleep" and call.args:
            slept = _seconds(call.args[0])
            if slept is not None and slept > 0:
                sleeps.append((sibling, slept))
    at = next((i for i, (s, _) in enumerate(sleeps) if s is stmt), None)
    if at is None:
        return False
    pairs = [sleeps[j:j + 2] for j in (at - 1, at) if j >= 0 and j + 1 < len(sleeps)]
    for (first_stmt, first), (second_stmt, second) in pairs:
        between = block[_index_of(block, first_stmt) + 1:_index_of(block, second_stmt)]
        if not all(_is_check(s) for s in between):
            continue  # the test drives the code between them: the sleeps wait for work
        for given in _given_durations(body, first_stmt.lineno):
            if first < given < first + second:
                return True
    return False


def _index_of(block: list[ast.stmt], stmt: ast.stmt) -> int:
    return next(i for i, s in enumerate(block) if s is stmt)


def _is_check(stmt: ast.stmt) -> bool:
    """``assert ...`` or an assertion call (``self.assertEqual(...)``,
    ``mock.assert_not_called()``)."""
    if isinstance(stmt, ast.Assert):
        return True
    call = _statement_call(stmt) if isinstance(stmt, ast.Expr) else None
    return call is not None and last_name(call.func).lower().startswith("assert")


def _block_of(stmt: ast.stmt, body: _Code) -> Optional[list[ast.stmt]]:
    """The statement list ``stmt`` sits in."""
    parent = body.parent.get(id(stmt))
    for _, value in ast.iter_fields(parent) if parent is not None else ():
        if isinstance(value, list) and any(v is stmt for v in value):
            return value
    return None


def _given_durations(body: _Code, before: int) -> list[float]:
    """Durations the test handed calls before line ``before``: float arguments,
    and numbers under a duration's keyword; not a sleep's nor an assertion's."""
    found: list[float] = []
    for call in body.calls:
        name = last_name(call.func)
        if call.lineno >= before or name == "sleep" or name.lower().startswith(
            ("assert", "approx")
        ):
            continue
        if _TIMING_CALL.search(name):
            found.extend(v for v in map(_seconds, call.args) if v is not None)
        for kw in call.keywords:
            value = _seconds(kw.value)
            if value is not None and kw.arg is not None and _GIVEN_DURATION.search(kw.arg):
                found.append(value)
    return [d for d in found if d > 0]


# Calls whose arguments are times (``timeout.reschedule(0.1)``,
# ``dev.begin_fast_polling(0.25)``, ``set_timer(2)``).
_TIMING_CALL = re.compile(
    r"schedule|later|timeout|timer|expire|ttl|deadline|after|delay|polling", re.I
)


# Where a profiler's ``profile`` decorator comes from (none: the name the
# profiler's runner, ``mprof run`` or ``kernprof``, puts in builtins).
_PROFILERS = ("memory_profiler.", "line_profiler.", "profilehooks.")


# A profiler started and stopped by a test's own calls: yappi's module
# functions, and the objects of the profilers that run one in the process
# (``cProfile.Profile()``, pyinstrument's ``Profiler()``, viztracer's
# ``VizTracer()``), by the last name of the call that made them.
_PROFILE_CALLS = {"yappi.start": "start", "yappi.stop": "stop"}
_PROFILER_CLASSES = frozenset({"Profile", "Profiler", "VizTracer"})
# Calls that read what a profiler recorded.
_READS_PROFILE = re.compile(r"(?i)stat|output|print|parse|session|frame|dump|save")


def _profiled_span(node: ast.Call, body: _Code, ctx: FileContext) -> bool:
    """The sleep runs between the test's own start and stop of a profiler
    (``yappi.start()``, ``time.sleep(0.1)``, ``yappi.stop()``; ``p =
    Profiler()``, ``p.start()``, ..., ``p.stop()``; not awaited: an async
    service's ``await profiler.start()`` runs periodic work a sleep may wait
    for), and the test then reads what the profiler recorded
    (``yappi.get_func_stats()``, ``tracer.parse()``, ``session.root_frame()``):
    the sleep is the workload whose time it records, the clock is the subject
    (yappi's tests). A sleep under a profiler whose records the test never
    reads only slows the test, and stays reported."""
    line = node.lineno

    def role(call: ast.Call) -> Optional[tuple[str, str]]:
        if isinstance(body.parent.get(id(call)), ast.Await):
            return None
        qn = ctx.qualified_name(call.func)
        if qn in _PROFILE_CALLS:
            return "yappi", _PROFILE_CALLS[qn]
        func = call.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and body.made_by.get(func.value.id) in _PROFILER_CLASSES:
            if func.attr in ("start", "enable"):
                return func.value.id, "start"
            if func.attr in ("stop", "disable"):
                return func.value.id, "stop"
        return None

    started: set[str] = set()
    stopped: set[str] = set()
    for call in body.calls:
        r = role(call)
        if r is None:
            continue
        if r[1] == "start" and call.lineno < line:
            started.add(r[0])
        elif r[1] == "stop" and call.lineno > line:
            stopped.add(r[0])
    profilers = started & stopped
    if not profilers:
        return False
    # What reads the records: yappi's or pstats' functions, or a method of
    # the profiler or of what its ``stop()`` returned (``session =
    # profiler.stop()``, then ``session.root_frame()``); not any ``print()``.
    readers = profilers | {n for n, made in body.made_by.items() if made == "stop"}
    for call in body.calls:
        if call.lineno <= line or not _READS_PROFILE.search(last_name(call.func)):
            continue
        qn = ctx.qualified_name(call.func) or ""
        recv = call.func.value if isinstance(call.func, ast.Attribute) else None
        if qn.startswith(("yappi.", "pstats.")) or (
            isinstance(recv, ast.Name) and recv.id in readers
        ):
            return True
    return False


def _profiler_workload(ctx: FileContext) -> bool:
    """The file decorates a function of its own with a profiler's ``profile``
    (``@profile``, ``@profile(precision=4)``: unbound, so the runner's, or
    imported from memory_profiler or line_profiler): it is a sample workload
    for the profiler, and its sleeps are the work being measured."""
    binding = ctx.semantic.module.bindings.get("profile")
    if binding:
        qualname = binding[-1].qualname or ""
        if not qualname.startswith(_PROFILERS):
            return False
    for stmt in getattr(ctx.tree, "body", ()):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for d in stmt.decorator_list:
                target = d.func if isinstance(d, ast.Call) else d
                if isinstance(target, ast.Name) and target.id == "profile":
                    return True
    return False


def _solipsist_module(ctx: FileContext) -> bool:
    """The module's own pytest-asyncio loop fixture (``event_loop_policy``,
    ``event_loop``) makes async-solipsism's loop (aiokatcp's tests): every
    test of the module runs on a loop whose clock is virtual."""
    semantic = ctx.semantic
    for stmt in getattr(ctx.tree, "body", ()):
        if isinstance(stmt, _FUNCTIONS) and stmt.name in _LOOP_FIXTURES:
            for n in ast.walk(stmt):
                if isinstance(n, ast.Call) and semantic.qualified_name(
                        n.func, semantic.module) in _SOLIPSIST_LOOPS:
                    return True
    return False


def _stand_in_module(ctx: FileContext) -> bool:
    """The file, or a directory it is in, is named for a stand-in
    (``mockextensions/mock1.py``, ``fake_server.py``, ``stubs/``)."""
    parts = ctx.path.replace("\\", "/").split("/")
    return any(_STAND_IN_PART.match(part) for part in parts)


_STAND_IN_PART = re.compile(r"^(?:mock|fake|stub|dummy)", re.I)


# Modes of ``open`` that write a file (and so set its modification time).
_WRITE_MODE = re.compile(r"[wax]")
_WRITES_FILE = frozenset({"write_text", "write_bytes", "touch", "utime", "copyfile", "copy2"})


def _before_file_writes(node: ast.Call, body: _Code) -> bool:
    """The statement right after the sleep writes files (``open(fn, "ab")``,
    ``path.write_text(...)``, ``path.touch()``, ``os.utime(...)``, also in a
    ``for``/``with`` around them): the sleep makes their modification times
    differ from those of earlier writes; nothing runs that it could wait for.
    Assignments that call nothing may come between (``new_file = audio_dir /
    "new.mp3"``, then ``new_file.write_bytes(...)``)."""
    stmt = _sleep_statement(node, body)
    block = _block_of(stmt, body) if stmt is not None else None
    if stmt is None or block is None:
        return False
    nxt: Optional[ast.stmt] = None
    for later in block[_index_of(block, stmt) + 1:]:
        if isinstance(later, (ast.Assign, ast.AnnAssign)) and later.value is not None \
                and not any(isinstance(n, ast.Call) for n in ast.walk(later.value)):
            continue
        nxt = later
        break
    if nxt is None:
        return False
    for n in _own_nodes([nxt]):
        if not isinstance(n, ast.Call):
            continue
        last = last_name(n.func)
        if last in _WRITES_FILE:
            return True
        if last == "open" and isinstance(n.func, ast.Name):
            mode = n.args[1] if len(n.args) > 1 else next(
                (k.value for k in n.keywords if k.arg == "mode"), None
            )
            if (
                isinstance(mode, ast.Constant) and isinstance(mode.value, str)
                and _WRITE_MODE.search(mode.value)
            ):
                return True
    return False


# What a comment says when the time slept is itself the subject: something
# expires, a TTL runs out, modification times must differ.
_CLOCK_COMMENT = re.compile(r"\bexpir|\bmtimes?\b|\bttls?\b|time[ -]to[ -]live", re.I)
# ... or, in the sleep's own comment (at the end of its line or right above
# it), that a timestamp must differ or move on ("ensure timestamp difference",
# "should update timestamp").
_TIMESTAMP_COMMENT = re.compile(
    r"\btimestamps?\b.*\b(?:differ|chang|updat|advanc|increas|greater|later|newer)"
    r"|\b(?:differ|chang|updat|advanc|increas)\w*\b.*\btimestamps?\b"
    # "so that the next write does not occur within the same second", "wait
    # until the next second starts": a whole-second clock must tick over
    r"|\b(?:same|next|new|different)\s+second"
    r"(?:\s*(?:$|[.,;:)])|\s+(?:starts|begins|boundary|ticks))",
    re.I,
)


def _sleep_statement(node: ast.Call, body: _Code) -> Optional[ast.Expr]:
    """The statement the sleep is (``sleep(...)``, ``await sleep(...)``,
    ``yield sleep(...)`` as an expression statement), or None."""
    stmt: Optional[ast.AST] = body.parent.get(id(node))
    if isinstance(stmt, (ast.Await, ast.Yield)):
        stmt = body.parent.get(id(stmt))
    return stmt if isinstance(stmt, ast.Expr) else None


def _neighbours(
    node: ast.Call, body: _Code
) -> Optional[tuple[Optional[ast.stmt], Optional[ast.stmt]]]:
    """The statements right before and right after the sleep's own statement
    (``sleep(...)``/``await sleep(...)`` as a statement), or None when the
    sleep is no statement of its own."""
    stmt = _sleep_statement(node, body)
    block = _block_of(stmt, body) if stmt is not None else None
    if stmt is None or block is None:
        return None
    i = _index_of(block, stmt)
    before = block[i - 1] if i > 0 else None
    after = block[i + 1] if i + 1 < len(block) else None
    return before, after


def _right_before_a_join(node: ast.Call, body: _Code) -> bool:
    """The statement right after the sleep joins a thread or greenlet
    (``time.sleep(1)``, then ``thread.join()``): the join waits for it
    whatever the sleep lasted, and nothing runs in between that the sleep
    could order; the sleep decides nothing."""
    around = _neighbours(node, body)
    after = around[1] if around is not None else None
    if not isinstance(after, ast.Expr):
        return False
    call = _statement_call(after)
    if call is None or not isinstance(call.func, ast.Attribute) or call.func.attr != "join":
        return False
    names = dotted_name(call.func.value)
    if names is None or "path" in names:
        return False
    # A test of joining itself (``test_join_thread_already_exited``): the
    # sleep sets up the case the join is tested in.
    return "join" not in getattr(body.node, "name", "").lower()


def _statement_call(stmt: Optional[ast.stmt]) -> Optional[ast.Call]:
    """The call a statement makes: ``f(...)``, ``await f(...)``, ``x = f(...)``."""
    value = getattr(stmt, "value", None) if isinstance(
        stmt, (ast.Expr, ast.Assign, ast.AnnAssign)
    ) else None
    if isinstance(value, ast.Await):
        value = value.value
    return value if isinstance(value, ast.Call) else None


# What starts a task on the running loop (``asyncio.create_task``,
# ``ensure_future``, ``loop.create_task``, ``TaskGroup.create_task``).
_TASK_STARTS = frozenset({"create_task", "ensure_future"})
# At most this long, a sleep right after tasks start is a yield to them.
_FIRST_STEP = 0.1
# A wait on an in-process primitive, by the name the file gives it: ``await
# queue.get()``, ``await self.stop_event.wait()``, ``await lock.acquire()``.
_PRIMITIVE_WAITS = frozenset({"wait", "get", "acquire", "join"})
_PRIMITIVE_NAME = re.compile(
    r"(?:^|_)(?:q|queue|inbox|event|evt|ev|cond|condition|lock|sem|semaphore|barrier)s?$",
    re.I,
)
_FUTURE_NAME = re.compile(r"(?:^|_)(?:fut|future|waiter|event|evt|done|ready)s?$", re.I)


def _lets_new_tasks_start(node: ast.Call, body: _Code, ctx: FileContext) -> bool:
    """An awaited ``asyncio.sleep`` of at most 0.1 s right after the statement
    that starts tasks (``t = asyncio.create_task(work())``, ``ensure_future``,
    a list of them) of coroutines of the file that each await once, on an
    in-process primitive (``await queue.get()``, ``await event.wait()``,
    ``await fut``): the loop runs a new task's first step, up to that one
    await, before any timer fires, so when the sleep ends each task is
    parked on it (or done). The sleep waits for nothing that takes time; a
    task that awaits twice, or once on anything else (``await
    open_connection(...)``, ``await receiver.receive()``), may still be at
    work, and stays reported."""
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None or not 0 < slept <= _FIRST_STEP:
        return False
    around = _neighbours(node, body)
    value = getattr(around[0], "value", None) if around is not None else None
    if isinstance(value, (ast.ListComp, ast.GeneratorExp)):
        value = value.elt
    if not isinstance(value, ast.Call) or last_name(value.func) not in _TASK_STARTS:
        return False
    coro = value.args[0] if value.args else None
    if not isinstance(coro, ast.Call) or not isinstance(coro.func, ast.Name):
        return False
    bound = ctx.semantic.bindings_of(coro.func.id, ctx.scope)
    if not bound or len(bound) != 1 or bound[0].kind != "def":
        return False
    fn = bound[0].node
    return isinstance(fn, ast.AsyncFunctionDef) and _awaits_once_on_the_loop(fn)


def _awaits_once_on_the_loop(fn: ast.AsyncFunctionDef) -> bool:
    """The coroutine's own code has one ``await`` (no ``async for``/``async
    with``), on an in-process primitive by its name: a future (``await
    fut``, ``await self._waiter``) or ``wait()``/``get()``/``acquire()``/
    ``join()`` of a queue, event, condition, lock, semaphore or barrier.
    A call of the library (``await receiver.receive()``, ``await
    writer.send_frame(...)``) may take more steps than the first one, or
    wait on I/O: the sleep stays reported."""
    awaits: list[ast.Await] = []
    stack: list[ast.AST] = list(fn.body)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(n, (ast.AsyncFor, ast.AsyncWith)):
            return False
        if isinstance(n, ast.Await):
            awaits.append(n)
        stack.extend(ast.iter_child_nodes(n))
    if len(awaits) != 1:
        return False
    target = awaits[0].value
    if isinstance(target, ast.Call):
        func = target.func
        return (
            isinstance(func, ast.Attribute) and func.attr in _PRIMITIVE_WAITS
            and not target.args and not target.keywords
            and _PRIMITIVE_NAME.search(last_name(func.value)) is not None
        )
    return _FUTURE_NAME.search(last_name(target)) is not None


_STOP_SIGNALS = frozenset({"SIGSTOP", "SIGTSTP"})


def _child_stopped(node: ast.Call, body: _Code) -> bool:
    """The statement right before the sleep stops a process
    (``os.kill(p.pid, signal.SIGSTOP)``, ``p.send_signal(SIGSTOP)``,
    ``proc.suspend()``): the stopped process does no work while the sleep
    lasts, so the sleep waits for none; it is how long the stop lasts (the
    peer's timeouts run out meanwhile: the clock is the subject)."""
    around = _neighbours(node, body)
    call = _statement_call(around[0]) if around else None
    if call is None:
        return False
    if last_name(call.func) == "suspend" and not call.args:
        return True
    return last_name(call.func) in ("kill", "killpg", "send_signal") and any(
        isinstance(a, (ast.Name, ast.Attribute)) and last_name(a) in _STOP_SIGNALS
        for a in call.args
    )


# Calls that start work elsewhere: a sleep between two of them may wait for
# the first to get somewhere before the second starts.
_STARTS_WORK = frozenset({
    "create_task", "ensure_future", "spawn", "spawn_n", "start", "submit",
    "Thread", "Process", "start_new_thread", "run_in_executor",
})


# Stream I/O with a peer: a sleep between two writes (or reads) guesses how
# fast the peer takes the first (the chunks arrive apart only if it has read
# the first before the second lands; a buffer may join them), so it stays a
# timing guess.
_STREAM_IO = frozenset({
    "send", "sendall", "sendto", "sendmsg", "write", "writelines", "read",
    "readline", "readlines", "readexactly", "readuntil", "read_some", "recv",
    "recv_into", "recvfrom", "receive", "receive_some", "drain", "feed",
    "feed_data", "send_all", "write_eof",
})


def _spaces_like_calls(node: ast.Call, body: _Code) -> bool:
    """A sleep of at most 10 ms between two statements calling the same
    function (``fs.put(...)``, sleep, ``fs.put(...)``), no call of them
    starting a task or thread or doing stream I/O with a peer: it spaces two
    like operations (their timestamps differ) and waits for neither; a sleep
    lasts at least its time, so the spacing holds however loaded the
    machine."""
    slept = _seconds(node.args[0]) if node.args else None
    if slept is None or not 0 < slept <= _YIELD:
        return False
    around = _neighbours(node, body)
    if around is None:
        return False
    first, then = (_statement_call(s) for s in around)
    if first is None or then is None:
        return False
    name = dotted(first.func)
    last = last_name(first.func)
    return (
        name is not None and name == dotted(then.func)
        and last not in _STARTS_WORK and last not in _STREAM_IO
        # ``self._assert_killed(g)``, sleep, ``self._assert_killed(g)``: a check
        # that nothing happened meanwhile is the test's check, reported
        and not last.lstrip("_").lower().startswith(_CHECKS)
    )


_CHECKS = ("assert", "check", "verify", "expect", "fail")


def _comment_says_time_passes(node: ast.Call, body: _Code, ctx: FileContext) -> bool:
    """The sleep's own comment (at the end of its line, or the comment lines
    right above it) says that it lets something expire or time-stamps differ
    ("let FS mark some difference in mtimes", "this ensures that it thinks the
    timeout has expired"): the code's own word that the clock is the
    subject."""
    lines = ctx.lines
    if not lines:
        return False
    stmt = _sleep_statement(node, body)
    if stmt is None:
        return False
    end = (stmt.end_lineno or stmt.lineno) - 1
    if end < len(lines) and stmt.end_col_offset is not None:
        rest = lines[end][stmt.end_col_offset:].strip()
        if rest.startswith("#") and (
            _CLOCK_COMMENT.search(rest) or _TIMESTAMP_COMMENT.search(rest)
        ):
            return True
    i = stmt.lineno - 2
    while 0 <= i < len(lines):
        text = lines[i].strip()
        if not text.startswith("#"):
            break
        if _CLOCK_COMMENT.search(text) or _TIMESTAMP_COMMENT.search(text):
            return True
        i -= 1
    # ... or the comment lines between it and the next statement ("time.sleep(2)",
    # a blank line, "# Let the cache expire and test again")
    i = end + 1
    while i < len(lines):
        text = lines[i].strip()
        if text and not text.startswith("#"):
            break
        if _CLOCK_COMMENT.search(text):
            return True
        i += 1
    return False


class SleepInTest(Rule):
    """
    ## What it does
    In test files, flags calls of `time.sleep`, `asyncio.sleep`, `trio.sleep`,
    `anyio.sleep`, `gevent.sleep`, `eventlet.sleep` (also as
    `eventlet.greenthread.sleep`) and tornado's `gen.sleep`, except a
    zero-second yield (`sleep(0)`, a negative literal such as gevent's
    `gevent.sleep(-1)`, which only runs the callbacks already due, or a green
    `sleep()` with no argument).

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
    condition through one helper with a deadline:
    ```python
    import time

    def wait_until(predicate, timeout=5.0, interval=0.01):
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout}s")
            time.sleep(interval)  # bounded by the deadline: not reported
    ```
    and its async twin, `await asyncio.sleep(interval)` in the same loop.

    ## Options
    None.

    ## Known limits
    Only test files (the `test-paths` setting) are checked. A sleep reached
    through a wrapper (`self.clock.sleep(...)`) or an alias the imports do not
    show is not seen. Not reported, because the code shows the sleep is no
    guess at how long something takes:
    - a sleep at the top level of a program under the test paths that a
      test runs as a child: a file that starts with `#!`, reads `sys.argv`
      or has an `if __name__ == "__main__":` block, and holds no test
      (no `test*` function, no `Test*` class, no `assert`), is no
      `conftest.py` and imports neither a test framework nor `subprocess`,
      `multiprocessing`, `threading` or `pexpect` (pexpect-executor's
      `tests/windows/slow-test.py`: a header, `sleep(3)`, a footer), or
      holds no test under those conditions and is named as no test runner
      collects (not `test*.py`, `*_test.py`: bounded-subprocess's
      `test/evil_programs/dies_shortly_after_launch.py`, `time.sleep(1)`
      then `os._exit(1)`) and starts no thread, greenlet, task or process
      of its own. Its sleep is the work the fake command does. A
      program that checks what happened after its sleep (eventlet's
      isolated tests: `osthreads.py` starts a thread, sleeps and compares
      the order of what ran), and a sleep inside a function of such a
      module, stay reported;
    - a sleep in a loop bounded by a deadline: the loop's condition or body
      compares a clock (`time.monotonic()`, `loop.time()`, a project's own
      `misc.timer()` as `timeit.default_timer`, a name assigned
      from one, `deadline.expired`, the time a thing has run so far: `assert
      ar.elapsed < 1`; also in unittest's `self.assertLess(time.monotonic(),
      deadline)`: discopop-mcp-server's process-tree tests), or counts
      attempts (`n += 1` and a
      comparison on `n`), or it is `for _ in range(N)` (also over
      `reversed(range(N))` or `enumerate(range(N))`) with a `break` or
      `return` (the recommended helper, above), or whose way out is an
      exception the block around it expects (`with pytest.raises(
      ConnectionError):` holding only `for _ in range(10): client.ping();
      time.sleep(1)`);
    - a tick: a sleep of at most a millisecond (`sleep(0.001)`) as a
      statement that no assertion directly follows, like `sleep(0)` a yield
      to other tasks and threads, or a tick of the clock so that two
      timestamps differ; followed by an assertion it is the test's check and
      stays reported;
    - a sleep that never ends (`asyncio.sleep(float("inf"))`, `math.inf`):
      no guess at a duration, it stands for a call that hangs until it is
      cancelled (pubsublite's `sleep_forever`, a fake read's side effect);
    - a sleep meant to be cancelled or to time out: inside a `try` that
      catches `CancelledError`/`TimeoutError` (or anyio's cancelled class),
      inside `with`/`async with` a timeout or cancel scope (`asyncio.timeout`,
      `fail_after`, `move_on_after`, `CancelScope`; also one the function
      made before, `t = Timeout(0.2)`, then `with t:`; a helper named for
      a timeout given its seconds, `with test_timeout(3):`), or inside
      `pytest.raises(<timeout or cancel error>)`, or after a statement of
      the function that arms a green thread's timer and drops it
      (`eventlet.Timeout(5)`, `gevent.Timeout.start_new(5)`: nothing can
      cancel it, and it raises past `except Exception:`); a sleep in a
      function decorated with a timeout decorator's call (`@timeout(0.2)`
      over `def f(): time.sleep(0.6)`: the slow work a test of that
      decorator expects it to cut short, wrapt-timeout-decorator's tests),
      unless the function is itself a pytest test, where the decorator is a
      safety net, as `@pytest.mark.timeout(5)` always is; a sleep in a coroutine
      the file runs under `asyncio.wait_for(...)` or a timeout scope; and a
      sleep inside `with`/`async with` a context given a literal `timeout`
      (or time to live) that the sleep outlasts (`with r.lock("k",
      timeout=0.1): sleep(0.15)`): it lets the block's own timeout run out;
    - simulated work handed to the code under test: a sleep in a nested
      function the test passes as an argument, returns, stores in an
      attribute or a container, calls inside a lambda, or registers with a
      decorator (also a method of a class nested in the test and handed on
      the same way), and never calls, awaits or runs itself (a call of a
      nested function's parameter of the same name, `def dec(func): ...
      await func()`, is not the test's call; a function handed on as one
      branch of a conditional expression, `make_app(greet_async if
      use_async else greet_sync)`, is handed on all the same); the same for a
      module-level function of a test file that is no test and is only ever
      handed on (a task body, a view, a thread target), and for a lambda
      passed as an argument (`executor.submit(lambda: time.sleep(0.01))`)
      or set as an attribute (`mock_dns.side_effect = lambda *a:
      time.sleep(5)`: initrunner's slow fakes).
      A nested function called only inside another nested function that is
      itself handed on (`async def on_connect(req): await square(2)`, then
      `server.onConnect = on_connect`) runs when that handler runs (a
      sibling in the same function; not a wait helper by its name): also
      not reported. A method of a class that the class and its bases in the
      file only hand on through the object (`dispatcher.connect(self.ok_handler,
      signal=s)`) and never call by that name (`x.ok_handler(...)`) nor
      hand to a method of their own (`self._check(self._case)`) is a
      handler the code under test calls, and its sleep is simulated work.
      A module-level function of a test file with a decorator of its own
      (not `contextmanager`, `fixture`, `wraps` and the like) that the file
      only calls to build an item of a tuple, list or set (`@parallel_processor`
      over `def parallel_process_1(e): time.sleep(3)`, then `blocks =
      (generator(), parallel_process_1(), PostProcess())`: typed-blocks'
      block factories), or with a keyword or more positional arguments
      than its own signature takes (`@SingletonProcess` over `def
      loop(upper, lower)`, called as `loop(5, 10, pid="a")`: the process
      pool runs it), is handed on too: the decorator made it a factory or a
      launcher, and its body runs when the framework runs it. A decorator
      that runs the function when it is called, giving it arguments of its
      own (`mock.patch`, hypothesis' `given`, `freeze_time`), keeps the
      sleep reported, and so does a call with fewer arguments than the
      function requires (a dagster job's `simple_op()` for `def
      simple_op(context)`: the recall check of stop 50 judged the sleeps
      that make two ops overlap TP).
      A function the test also calls directly stays reported, unless a
      decorator under test wraps it (the next case);
    - the work a decorator under test wraps: a sleep in a function nested
      in a test (or a fixture) under a decorator of the code under test,
      which the test then calls (`@cp.send_time_deco() async def
      test_func(): await sleep(0.01)`, then `await test_func(5)`;
      `@AsyncLRU(maxsize=2)` over a fake fetch, `@mcp.tool`, `@op`): the
      decorator times, caches or registers a body of a length the test
      chose, and nothing else is waited for (aio-azure-clients-toolbox's
      timer tests in round 300, streamable's fake in round 297, async-cache,
      chuk-mcp-server, dagster: nine such reports in the record, all judged
      noise). Not a decorator whose name
      says it runs the function elsewhere (a word `concurrent`, `task`,
      `thread`, `background`, `parallel`, `pool`, `executor`, `process`,
      `unsync`, `spawn`, `worker` or `daemon`: `@concurrent`, `@as_task`,
      where the sleep may be the guess that makes two calls overlap, judged
      TP in rounds 158 and 235), nor `mock.patch`, `given` and the others
      above that run the function with arguments of their own, nor a
      method of a class nested in the test;
    - a sleep in a function decorated with a literal `timeout` that the
      sleep outlasts (`@process(timeout=0.1)` over `def long(): sleep(10)`):
      the decorator runs the function under that timeout, and the sleep is
      simulated long work meant to run into it, even when the test calls
      the function itself. A sleep shorter than the timeout, and a test
      under a runner's timeout (`@gen_test(timeout=5)`), stay reported;
    - a method of a test class whose whole body is a sleep for the length
      its caller passes (`def wait(self, timeout): gevent.sleep(timeout)`)
      and which no method of its class calls: the operation an inherited,
      shared test drives and times (a generic wait test run over each way
      to wait); the length is the caller's and the wait is the subject. One
      its own class calls (`self.wait(0.5)` to wait for a worker) stays
      reported;
    - a literal sleep in the server half of a threaded test pair (`testX`,
      whose client half `_testX` the base class runs on another thread;
      also through an alias `testY = testX`) longer than a literal timeout
      its client half sets and expects to expire (`settimeout(0.01)` or
      `timeout=1`, with `assertRaises(TimeoutError, ...)`): it lets the
      client's deadline pass, which is the subject. A sleep shorter than
      that timeout stays reported;
    - simulated work in a fake: a sleep in a method of a class that is no
      test class (a fake store, parser, handler or peer; a test class is
      named or derived like `TestX`, `test_x`, `XTests`, `XTestCase`,
      `XTestBase`, `XTest`, a base defined in the file judged by what it is;
      a class named like a test but derived from another module's class not
      named like one, `class TestWebSocketHandler(WebSocketHandler)`, is a
      fake of it; a class defined inside a function is never a test class:
      no runner collects it, nor is one defined inside a class with no
      `test*` method of its own: msgpack-rpc's
      `TestMessagePackRPC.TestServer.long_exec` sleeping to make a call
      time out), in a function of a module named for a
      stand-in (`mockextensions/mock1.py`, `fake_server.py`) that the module
      never calls (a hook the framework finds by name), in a function named
      for a stand-in (`mock_`, `fake_`, `stub_`, `dummy_`, `slow_`), or
      whose duration is a parameter of a function that is no test (`slowinc(x,
      delay=0.02)`: the caller chooses a cost), also of an enclosing function
      that is none (a factory, `def create_cb(sleep=0): def fetch(ctx):
      time.sleep(sleep)`; a test's own parameter is a fixture and stays
      reported), or in a function with an ASGI application's parameters
      (`scope, receive, send`) or a WSGI one's (`environ, start_response`) or
      an AWS Lambda handler's (`event, context`, not in a `test*` function): a
      fake app that the server or the Lambda runtime calls, whose sleep is its
      simulated work (a handler sleeping past its Lambda timeout on purpose).
      A helper whose name says it waits (`wait_`, `await_`, `settle`, `pause`,
      `ensure_`, `let_`) stays reported;
    - any sleep in a sample workload for a profiler: a file that decorates
      a function of its own with a profiler's `profile` (`@profile`, unbound
      since `mprof run` and `kernprof` put it in builtins, or imported from
      memory_profiler or line_profiler): the sleeps are the work measured.
      A `profile` of another origin does not count. Likewise a sleep
      between the test's own start and stop of a profiler (`yappi.start()`
      and `yappi.stop()`; `start()`/`enable()` and `stop()`/`disable()` of
      a local made by `Profile()`, `Profiler()` or `VizTracer()`, not
      awaited) when the test then reads what it recorded
      (`yappi.get_func_stats()`, `tracer.parse()`, `session.root_frame()`):
      yappi's wall-clock tests. Without that read (a sleep under a
      profiler that only slows the test), or under an async service's
      `await profiler.start()` (its periodic dumps are work a sleep may
      wait for: aiomisc), it stays reported;
    - a sleep that is the first statement of a block whose context is named
      for a trace, a span or a timer (`with ExternalTrace(...):`, `with
      tracer.start_as_current_span(...):`, `with Timer():`, or a call on a
      receiver so named: `with timer.task("fast"):`, philiprehberger's
      TaskTimer; a method named `time` or `time_<what>` that times what it
      wraps: prometheus_client's `with histogram.time():`, aiomtec2mqtt's
      `with metrics.time_modbus_read(group="BASE"):`), or of a function
      decorated as one (`@function_trace()`, `@statsd.timed(...)`):
      simulated work whose duration the trace records (newrelic's agent
      tests). A sleep after other statements of such a block (a span
      closed, then a sleep before checking what a batcher sent), one in a
      block or function named for anything else, and one in a test of a
      profiler (a file, directory or function named for one: the sleep
      gives its sampling thread time, sentry's profiler tests) stay
      reported;
    - an awaitable sleep that is not awaited (`create_task(asyncio.sleep(10))`,
      `wait_for(asyncio.sleep(1), 0.1)`): a stand-in awaitable, not a wait. Run
      to completion (`run_until_complete(asyncio.sleep(1))`), it is a wait and
      is reported;
    - time that must pass, with nothing to wait on (the clock is the
      subject, and the remedy a fake clock):
      - the two sleeps right before and right after a statement that binds
        a name to a wall-clock reading the test reads later (`sleep(0.01)`,
        `cutoff = datetime.now(UTC)`, `sleep(0.01)`): they keep the records
        made on either side of the cutoff apart in time (memmachine's
        `created_at` filters, Service Bus's session-state tests); a sleep
        on one side only stays reported (it may wait for work:
        azure-functions-worker's `end_time`, then a wait for the host to
        poll EventHub);
      - a sleep after the test gave something a time to live (`expire`,
        `set(..., ex=1)`, a cache `set(key, value, 1)`, a setter named for
        one: `cache.set_max_lifetime(1)`, `set_ttl(5)`: asyncpg's statement
        cache tests);
      - a sleep of at least a quarter of a literal lifetime the test
        configured before it, as a keyword, a dict entry or in the
        decorators of the test or of its class, named for an expiry, a TTL,
        a visibility timeout or a cache's seconds (`result_expires=1`,
        `{"VisibilityTimeout": "1"}`, `{"expiration_time": 0.1}`, a
        connection pool's `pool_recycle=3` (aioodbc's, SQLAlchemy's: the
        age after which a connection is replaced),
        gradio's `gr.State(time_to_live=1)`, dask-actor-singleton's
        `get(..., ttl_get=0.5)` (also `ttl_create`, `ttl_read`, `ttl_write`,
        `ttl_access`, `ttl_idle`),
        `@override_settings(CACHE_MIDDLEWARE_SECONDS=2)`, then `sleep(2)`
        to see it run out, or `sleep(1)` to see it still hold; not a plain
        `timeout`, which bounds a wait; a sleep under a quarter of it stays
        reported; a keyword's duration may be a string with its unit,
        `"500ms"`, `"2s"`, `"5m"`), and any sleep after a token was
        given `expires_in` of zero (`expires_in="0s"`, `expires_in=0`:
        issued expired, spaps-server-quickstart's JWT tests; a zero
        lifetime of another name stays reported: celery keeps results
        whose `result_expires` is 0 for good), or that outlasts a literal
        given to a call that caches (`cache_page(1)(view)`, then
        `sleep(2)`);
      - a sleep longer than a literal lifetime or grace period the test set
        on an object before it (`worker.mailbox_grace = 0.1`, then
        `sleep(0.15)`: channels-nats' mailbox sweep; `w.worker_ttl = 2`),
        named as above or `grace`/`grace_period`; one as long or shorter,
        and one after an attribute named for a timeout, stay reported;
      - in a test named for a time of the code under test (`interval`,
        `window`, `timeout`, `expir`, `ttl`, `idle` in its name), a sleep
        sized to a literal fractional duration the test handed a call
        positionally before it, at least a quarter and at most twice of it
        (`CommandFailureDetector(3, 0.6, 0.3)`, then `sleep(0.16)` in
        `test_..._on_interval_exceed`); the same sleep in a test not so
        named stays reported;
      - a sleep that outlasts a deadline the test gave a call, as a
        `timedelta` (`c.wait(timedelta(seconds=0.01))`, then `sleep(0.03)`)
        or from a clock reading (`add_timeout(now + 0.02, f)`, then
        `sleep(0.03)`); also a decorator's, on a function the test defines,
        that the sleep outlasts (`@ttl_cache(ttl=timedelta(milliseconds=10))`
        then `sleep(0.2)`: heaserver's cache test; `@cached(ttl=2)` then
        `sleep(2.1)`). A sleep shorter than the decorator's lifetime stays
        reported (dramatiq's `@actor(max_age=1)`, in milliseconds, then
        `sleep(0.2)` long after the message expired: a guess);
      - a sleep sized to an interval, a keep-alive, a threshold in
        seconds, a frequency or period (a batch sender's `send_frequency`,
        an event writer's `flush_secs`, a rate limiter's `time_period`, a
        `cooldown` or `debounce`, a circuit breaker's `recovery_timeout`,
        `reset_timeout` or `circuit_breaker_timeout`, the time it stays
        open: zenoo-rpc's `recovery_timeout=0.1`, then `sleep(0.2)`; no
        other timeout, which bounds a wait; not a bare `period=`, a wait helper's
        polling period; a `cooldown` or `debounce` must be outlasted, not
        matched: a sleep exactly as long races the call the code runs when
        it ends)
        the test set before it (a keyword, a dict entry,
        `cfg.x_interval = 0.1`, `settings["x_interval"] = 0.1`,
        `broker.dead_threshold_seconds = 2`): at least as long and at most
        twice (`auto_fallback_interval=0.1`, then `sleep(0.15)`); at least
        a circuit breaker's open time and at most five times it (it
        half-opens on the first call after that time, however much later:
        pylego-blocks' `reset_timeout=0.01`, then `sleep(0.05)`), which is
        also a bare `timeout=` or an `open_timeout=` given to a call named
        for a breaker (aiomtec2mqtt's `CircuitBreakerConfig(failure_threshold=2,
        timeout=0.1)`, then `sleep(0.15)`; the judged record held ten
        sleeps after a breaker's open time, all noise); a sleep shorter
        than the open time, or more than five times it, stays reported; at most
        five times a keep-alive's or heartbeat's period (`keepalive=`,
        `keepalive_interval=`, `heartbeat_interval=`: the code under test
        does it again each period, and a test counts how often:
        tesla-fleet-api's `keepalive_interval=0.02`, then `sleep(0.1)`);
        at most three times a module constant holding a time that the test
        patches short (`patch.object(mod, "RESPONSE_TIMEOUT", 0.1)`,
        `monkeypatch.setattr(mod, "WS_SYNC_QUIET_SECONDS", 0.2)`,
        `patch("pkg.mod.QUIET_WINDOW", 0.1)`; a name ending in `timeout`,
        `seconds`, `window`, `interval` or `period`, not a `delay`, after
        which the code runs held-back work that a longer sleep guesses is
        done: pyheos's patched `DEBOUNCE_DELAY`; longer than
        it, not exactly as long: a tie races it, and is sized to something
        else, as datadog's `sleep(0.3)  # fail once` under a patched 0.3 s
        stop grace): the test shortened it to let it pass (HAP-python's
        response timeout, pyisy's quiet window); a
        threshold not named in seconds (`failure_threshold`, a count) does
        not count. A
        `retry_after=1`, then `sleep(1.1)`, stays reported: the retry that
        follows the delay is work the sleep guesses has finished. A timeout such
        as `poll_timeout` does not count, it bounds a wait; except in a
        test named for a timeout (`test_server_socket_timeout`), where a
        sleep at least as long as a `*_timeout` the test set lets it pass,
        and so does one longer than (at most twice) a bare `timeout=` given
        to an object the test makes and keeps (`lock = Lock("x",
        timeout=1)`, then `sleep(1.5)`: pulsar's lock tests), the object's
        own lifetime; a bare `timeout=` to a call whose result is not kept
        bounds a wait and does not count.
        The test may also set such a time by name through a `set` call
        (`stack.params.set("rx_flowcontrol_timeout", 500)`: can-isotp); a
        name ending `_ms` gives milliseconds, and a `*_timeout` with no unit
        in its name set to a whole number of 10 or more is read either
        way (`200`, then `sleep(0.2)`); an interval is not
        (influxdb's `flush_interval=5_000`, then `sleep(8)`, stays
        reported). A rate limiter's window (`window_size_sec=1`,
        `"rate_limit_window_size"`) also counts, and so do sleeps of at
        least a quarter of it when the test's own sleeps together last
        at least the window: the test steps through it (`sleep(0.4)`,
        still limited, `sleep(0.7)`, released); a sleep shorter than an
        interval or a timeout stays reported (rq's `sleep(0.5)` under a
        1 s monitoring interval waits for the worker to start);
      - a sleep that lasts at least an age or idle-time threshold the
        function passes a call, before or after the sleep (`sleep(4)`, then
        `client_kill_filter(maxage=2)`; `sleep(0.1)`, then
        `xreadgroup(..., claim_min_idle_time=100)`; the value read in
        seconds or in milliseconds, since the code does not show the unit);
      - a sleep as long as a duration the function handed a call before
        it, or a multiple of it (`ws_connect(ping_interval=interval)`, then
        `sleep(interval * 1.5)`; a `timedelta`'s `total_seconds()`, at most
        twice over: `CircuitBreaker(timeout_duration=delta)`, then
        `sleep(delta.total_seconds() * 2)`; `spawn(schedule_call, DELAY, f)`, then
        `sleep(DELAY * 2)`; `Timeout(DELAY * 2)`, then `sleep(DELAY * 2)`),
        also through a function the test defines before the sleep (`def
        connect(): ... (wait_time_seconds=wait_time_seconds)`, then
        `sleep(wait_time_seconds + 0.5)`); a local duration no call was
        given stays reported;
      - a sleep whose duration is the code under test's own time to live
        or timeout (`sleep(channel.visibility_timeout + 0.5)`,
        `sleep(client.get_moving_ttl())`, a heartbeat's grace period:
        `sleep(_grace_period + 1)`, a minimum run time the code measures
        against: `sleep(logger.min_runtime)`, tasklogger's tests; not one
        computed from a helper's parameter, the caller's guess);
      - a sleep between two readings of a clock or a timestamp
        (`get_modified_time()` before and after: they must differ), or
        between a timer's start and its stop given what the start returned
        (`started = timer.start_timer()`, `sleep(1)`,
        `timer.stop_timer(started)`: alerta's metrics test);
      - a sleep followed (before any other sleep) by an assertion that one
        timestamp is ordered after another (`assert second.time_unix_nano >
        first.time_unix_nano`; also a `ts` and a record's field read by key
        when one record was read before the sleep and the other after:
        `assert second["ts"] > first["ts"]`, iobroker's state tests; two
        read after it, `received_msgs[-1]["time"] > received_msgs[-2]["time"]`,
        only show that messages came: bluesky-queueserver, judged TP): the
        sleep makes the second time differ, the clock is the subject. A
        recorded time equal to one the test computed
        from a clock reading (`run_once(job, 0.5)`, `sleep(0.6)`, `assert
        job_time == approx(expected)`: the sleep also guesses when the
        scheduler gets to the job), a check that work happened (`assert
        job.done`), or that a recorded time is merely later than a clock
        reading (`assert last_seen > start`), stays reported;
      - the same after an assertion that a measured time or duration is at
        least a bound the sleep lasts (`sleep(0.1)`, then `assert
        dev.active_time >= 0.1`; `elapsed`, `duration`, `uptime`): the time
        measured is the time slept. A bound longer than the sleep stays
        reported;
      - a sleep that outlasts a literal delay with which the test, or a
        function it defines, scheduled a callback on the loop or hub its
        own sleep runs on (`spawn_after_local(0.1, f)`, `spawn_after`,
        gevent's `spawn_later`, `call_later(0.1, f)`, then `sleep(0.3)`):
        the loop fires timers in deadline order, so the callback's time
        comes (or, cancelled, passes) before the sleep ends. A
        `threading.Timer` runs on another thread and stays reported;
      - a sleep whose next statement joins a thread or greenlet
        (`time.sleep(1)`, then `thread.join()`): the join waits for it
        however long the sleep was, and nothing runs in between that the
        sleep could order. A sleep inside a `with` block whose exit comes
        before the join (a lock released, a server stopped) stays reported,
        as does one in a test of joining itself
        (`test_join_thread_already_exited`: the sleep sets up the case);
      - two sleeps in a row of one block of the test's own code (neither in
        a loop) that straddle a duration the test handed a call before the
        first (sleeps in two `with` blocks, each after its own set-up, are
        not a pair): the
        first shorter than it, both together longer
        (`timeout.reschedule(0.1)`, `sleep(0.09)`, not fired yet,
        `sleep(0.02)`, fired; `cache.put(k, v, timeout=3)`, `sleep(2)`,
        still there, `sleep(2)`, gone), with only assertions between them:
        the test checks the code's deadline from both sides, the clock is
        the subject (a step between them, `app.process_update(...)`, makes
        the second sleep a wait for that work). The duration is a number
        under a duration's keyword (`timeout`, `ttl`, `delay`, `interval`,
        `period`, `grace`, `*_seconds`...) or given to a call named for a
        time (`reschedule`, `call_later`, `set_timer`, `expire`,
        `begin_fast_polling`); a number given to another call
        (`enqueue_job("sleep_job", 0.2)`, `start_worker(3)`: how long work
        takes) stays reported, as does a single sleep;
      - a sleep right before a statement that writes files (`open(fn,
        "ab")`, `write_text`, `write_bytes`, `touch`, `os.utime`,
        `shutil.copyfile`/`copy2`, also in a
        `for` or `with` around them), also with assignments that call
        nothing in between (`new_file = audio_dir / "new.mp3"`, then
        `new_file.write_bytes(b"new")`: mcp-server-whisper): the writes get
        modification times of their own; a sleep before a statement that
        only reads, or before a call ahead of the write, stays reported;
      - a sleep that is the last statement, not the first, of a `with
        pytest.raises(...)` or `self.assertRaises(...)` block (mozrunner's
        `runner.start(...)`, then `sleep(1)`, under
        `raises(RunnerNotStartedError)`): the test passes only when a
        statement before it raises, so a passing run never sleeps. A sleep
        followed by the statement expected to raise stays reported; so does
        a sleep alone in the block, which the test expects to be cut short
        (gevent's `sleep(0.002)` waiting for a callback's `SystemError`,
        judged TP: a guess at when the callback runs), and one that ends a
        `with` block inside the `raises` block (pymongo's `with
        going(...): ...; time.sleep(0.5)`): the inner block's exit may be
        what raises, after the sleep;
      - a sleep longer than a lease the test took before it, a number given
        to a call named for a lease (`backend.lease("worker-1", 0.001)`,
        then `sleep(0.01)`: matterloop's Redis queue): the lease runs out; a
        sleep shorter than the lease stays reported, and so does one longer
        than a delay given by name (`submit_delayed(data,
        delay_seconds=0.05)`, then `sleep(0.1)`: the delayed work must
        also run, neotask's scheduler tests);
      - a sleep whose own comment (at the end of its line, the comment
        lines right above it, or those between it and the next statement)
        says that something expires, a TTL runs out
        or modification times must differ (`# let FS mark some difference
        in mtimes`, `# ... ensures that it thinks the timeout has
        expired`), or whose comment at the end of its line or right above
        it says a timestamp must differ or move on (`# wait a moment to
        ensure timestamp difference`, `# ... should update timestamp`) or
        that a whole second must tick over (`# so that the next write does
        not occur within the same second`, `# wait until the next second
        starts`): the code's own word that the clock is the subject;
      - a sleep right after the test stopped a process (`os.kill(p.pid,
        signal.SIGSTOP)`, `send_signal(SIGSTOP)`, psutil's `p.suspend()`):
        the stopped process does no work while it lasts, so it waits for
        none; it is how long the stop lasts (the peer's timeouts run out
        meanwhile). The sleep after `SIGCONT` stays reported;
      - a sleep at least as long as, and at most twice, a literal lifetime
        a call got before it (`timeout=`, `ttl=`, `lifetime=`, `expire...=`,
        `max_age=`), when the statement right after it asserts that
        something expired (`Notification("x", timeout=0.5)`, `sleep(0.6)`,
        `assert note.has_expired`): the object's own clock is the subject;
        an assertion on anything else stays reported;
      - a sleep at least as long as, and at most twice, a server's own idle
        timeout the test set in SQL before it (`execute("SET
        wait_timeout=1")`, then `sleep(2)`: the server closes the idle
        connection, the test checks it did); longer, it stays reported;
      - a sleep of at most 10 ms between two statements that call the same
        function (`one = fs.put(a)`, `sleep(0.01)`, `two = fs.put(b)`): it
        spaces two like operations (their timestamps differ) and waits for
        neither; a sleep lasts at least its time, so the spacing holds on a
        loaded machine. Between two calls that start tasks or threads
        (`create_task`, `spawn`, `submit`), two checks
        (`self._assert_killed(g)`, sleep, the same: it shows nothing
        happened meanwhile), two stream reads or writes with a peer
        (`sock.sendall(a)`, sleep, `sock.sendall(b)`; `await
        stdout.read(1)` twice: the chunks arrive apart only if the peer
        took the first in time, a guess), or longer than 10 ms, it stays
        reported;
      - a test on a virtual clock (trio's `autojump_clock`/`mock_clock`
        fixture, pytest-looptime's `looptime` fixture: the loop's clock
        jumps to the next timer, a sleep is no real wait), and an
        `asyncio.sleep` inside aiotools' `with VirtualClock().patch_loop():`
        (or `with vclock.patch_loop():` of a local made by
        `VirtualClock()`), which patches the running loop the same way,
        and an `asyncio.sleep` in a module whose own pytest-asyncio loop
        fixture (`event_loop_policy`, `event_loop`) returns
        async-solipsism's loop (its clock moves only when every task is
        idle); `time.sleep` there, or a sleep of a coroutine defined
        outside the block, stays reported, and so does a solipsist loop
        set up in a `conftest.py` (one file is analysed at a time);
    - the sleep is the code under test: in a test named for it
      (`test_sleep`, `test_gen_sleep`, `test_asyncio_sleep`; not
      `test_..._after_the_sleep`);
    - a fake slow call: a method of a class doing nothing but the sleep
      that the class only puts in place of another object's method
      (`fake._get = self.asleep`, to make a call outlast the timeout under
      test) or hands on, and never calls itself;
    - nothing to wait for: a test whose whole body is the sleep (with at
      most `assert True`), and a function of the file doing nothing but
      the sleep that no code of the file calls itself (a task body or stub
      handed on or found by name; a wait helper by its name stays
      reported); also a module-level function, a test by its name or one
      the file never calls, whose first statement is the sleep and whose
      others only log or print, or return, what reads no attribute and
      calls nothing (`@job` over `def test_job(): time.sleep(1); return 1
      + 1`, `def long_job(): sleep(1000); logging.info(f"Job {n}")`:
      django-tasks-scheduler's job bodies, which its tests enqueue); a
      nested function, or one whose log line or return reads state
      (`return worker.result`), stays reported;
    - the cost of a fake computation: a function that is no test and no
      wait helper by its name, called or not, whose first statement is the
      sleep and whose only other one returns a value made of its own
      parameters and literals (`async def add(x, y): await
      asyncio.sleep(0.1)`, then `return x + y`: aiounittest's helpers;
      `return f"processed: {data}"`, `return "done"`) or raises an
      exception built from them (`raise ValueError("boom")`): after the
      sleep it reads nothing another party could have changed. A bare
      `return`, `return None`, or a value that reads a name that is no
      parameter (a module global), an attribute, an item or a call's
      result stays reported (judged: 24 such reports noise, none TP, in
      the record before stop 65);
    - a yield to new tasks: an awaited `asyncio.sleep` of at most 0.1 s
      right after the statement that starts tasks (`create_task`,
      `ensure_future`, also a list of them) of coroutines of the file that
      each await once, on an in-process primitive by its name (`await
      fut`, `await self._waiter`; `wait()`, `get()`, `acquire()` or
      `join()` of a queue, event, condition, lock, semaphore or barrier):
      the loop runs a new task's first step before any timer fires, so when
      the sleep ends each task is parked on its one await (or done). A task
      that awaits twice, or once on anything else (`await
      open_connection(...)`, a library call such as `await
      receiver.receive()`, which may take more steps or wait on I/O), and a
      sleep longer than a yield, stay reported;
    - a short sleep that is a test's last statement: at most 0.01 s (a
      yield on the way out), or at most 0.1 s right after the test closed,
      stopped or killed something (`ws.close()`, then `sleep(0.05)`): it
      lets the other side see the close, and nothing in the test runs after
      it, so nothing can run too early. A longer one, or one of more than
      0.01 s not after a close, stays reported;
    - a back-off in an `except` handler of a `for` loop (a finite number of
      attempts; in `while True:` it stays reported), and a sleep between the
      sends of a `for` loop that neither leaves early nor asserts (the test
      paces its own traffic);
    - a sleep in a `while` loop OTP602 clears (a pacing loop the test
      cancels, a drain, a consumer, a fake's work loop), and a sleep in a
      `while` loop that OTP602 reports: one diagnostic per loop (OTP601
      still reports it when OTP602 is not enabled).
    A sleep that lets time pass before checking that something did *not*
    happen is reported: the code cannot tell it from a guess (a
    `# noqa: OTP601` with the reason says it).
    """

    code = "OTP601"
    calls = last_names(SLEEPS)
    name = "sleep-in-test"
    files = "test"
    audit = "`Process.sleep` in 58 test files (both audits)"
    valid = (
        Example(
            "import time\n\n\ndef test_half_open(breaker_cls):\n"
            "    cb = breaker_cls(failure_threshold=1, recovery_timeout=0.1)\n"
            "    cb.record_failure()\n    time.sleep(0.2)\n"
            "    assert cb.should_allow_request()\n",
            path="tests/test_circuit_breaker.py",
        ),
        # a breaker configured with a bare timeout: the time it stays open
        Example(
            "import time\n\n\ndef test_half_open():\n"
            "    config = CircuitBreakerConfig(failure_threshold=2, timeout=0.1)\n"
            "    breaker = CircuitBreaker(name='test', config=config)\n"
            "    breaker.record_failure()\n    breaker.record_failure()\n"
            "    time.sleep(0.15)\n    assert breaker.is_half_open\n",
            path="tests/test_resilience.py",
        ),
        Example(
            "import time\n\n\ndef test_ttl_get_expires(client):\n"
            "    actor = singleton.get('a', client=client, ttl_get=0.5)\n    time.sleep(0.6)\n"
            "    assert singleton.get('a', client=client, ttl_get=0.5) is not actor\n",
            path="tests/test_singleton.py",
        ),
        Example(
            "import os\nimport time\n\ntime.sleep(1)\nos._exit(1)\n",
            path="tests/evil_programs/dies_shortly.py",
        ),
        Example(
            "import time\nfrom scheduler.decorators import job\n\n@job('default')\n"
            "def test_job():\n    time.sleep(1)\n    return 1 + 1\n\n"
            "def test_enqueue():\n    assert test_job.delay().is_queued\n",
            path="tests/test_job_decorator.py",
        ),
        Example(
            "import time\nimport pytest\nfrom app.auth import InvalidTokenError, issue, verify\n"
            "def test_refresh_rejected(secret):\n"
            "    token = issue(user='u', secret=secret, expires_in='0s')\n"
            "    time.sleep(0.1)\n    with pytest.raises(InvalidTokenError):\n"
            "        verify(token, secret)\n",
            path="tests/test_tokens.py",
        ),
        Example(
            "import time\nfrom datetime import timedelta\nfrom app.caching import ttl_cache\n"
            "def test_expires():\n    @ttl_cache(ttl=timedelta(milliseconds=10))\n"
            "    def foo():\n        return object()\n    first = foo()\n"
            "    time.sleep(0.2)\n    assert foo() is not first\n",
            path="tests/test_cache.py",
        ),
        Example(
            "from time import sleep\nfrom SingletonProcess import SingletonProcess\n"
            "@SingletonProcess\ndef loop(upper, lower):\n"
            "    for i in range(upper, lower):\n        sleep(1)\n"
            "def test_basic():\n    a = loop(5, 10, pid='a')\n"
            "    assert not a.raw.ready()\n",
            path="tests/test_mp.py",
        ),
        Example(
            "import time\nimport pytest\ndef test_start_fails(runner):\n"
            "    with pytest.raises(RuntimeError):\n"
            "        runner.start(output_timeout=0.1)\n        time.sleep(1)\n",
            path="tests/test_start.py",
        ),
        Example(
            "import asyncio\nasync def test_expired_lease(backend):\n"
            "    await backend.lease('worker-1', 0.001)\n    await asyncio.sleep(0.01)\n"
            "    assert await backend.lease('worker-2', 30) is not None\n",
            path="tests/test_queue.py",
        ),
        Example(
            "import asyncio\nfrom datetime import datetime\n"
            "async def test_after_cutoff(storage):\n    await storage.add('old')\n"
            "    await asyncio.sleep(0.01)\n    cutoff = datetime.now()\n"
            "    await asyncio.sleep(0.01)\n    await storage.add('new')\n"
            "    assert await storage.since(cutoff) == ['new']\n",
            path="tests/test_storage.py",
        ),
        Example(
            "import asyncio\nasync def test_max_lifetime(con):\n"
            "    con.cache.set_max_lifetime(1)\n    state = await con.prepare('SELECT 1')\n"
            "    await asyncio.sleep(1)\n"
            "    assert (await con.prepare('SELECT 1')) is not state\n",
            path="tests/test_prepare.py",
        ),
        Example(
            "import asyncio\nasync def test_mailbox_is_swept(worker):\n"
            "    worker.mailbox_grace = 0.1\n    channel = await worker.new_channel()\n"
            "    await asyncio.sleep(0.15)\n    await worker.new_channel()  # sweeps\n",
            path="tests/test_layer.py",
        ),
        Example(
            "import asyncio\nfrom unittest import mock\n"
            "async def test_times_out(handler_module, proto):\n"
            "    with mock.patch.object(handler_module, 'RESPONSE_TIMEOUT', 0.1):\n"
            "        proto.data_received(b'POST /resource')\n"
            "        await asyncio.sleep(0.3)\n    assert proto.timed_out\n",
            path="tests/test_timeout.py",
        ),
        Example(
            "import asyncio\nasync def test_ping(client_for, app):\n"
            "    async def handler(request):\n"
            "        return await stream(request, ping_interval=1)\n"
            "    client = await client_for(app, handler)\n"
            "    await asyncio.sleep(1.15)\n    assert app.pings == 1\n",
            path="tests/test_ping.py",
        ),
        Example(
            "import time\ndef test_reads(server):\n"
            "    client = Client(heartbeat_interval=0.2)\n"
            "    for _ in range(20):\n        assert client.read(4)\n"
            "        time.sleep(0.05)\n    assert client.is_alive\n",
            path="tests/test_heartbeat.py",
        ),
        Example(
            "import time\nimport pytest\n@pytest.fixture\ndef server():\n"
            "    s = Server()\n    s.start()\n    try:\n        yield s\n    finally:\n"
            "        s.stop()\n        time.sleep(0.1)\n",
            path="tests/conftest.py",
        ),
        Example(
            "import time\ndef test_half_open(delta):\n"
            "    breaker = CircuitBreaker(timeout_duration=delta)\n    breaker.open()\n"
            "    time.sleep(delta.total_seconds() * 2)\n    assert breaker.half_open()\n",
            path="tests/test_breaker.py",
        ),
        Example(
            "import asyncio, time\ndef test_handlers(make_app, use_async):\n"
            "    async def slow_async(x):\n        await asyncio.sleep(2)\n        return x\n"
            "    def slow_sync(x):\n        time.sleep(2)\n        return x\n"
            "    app = make_app(slow_async if use_async else slow_sync)\n"
            "    assert app.call('x', timeout=5) == 'x'\n",
            path="tests/test_handlers.py",
        ),
        Example(
            "import time\ndef test_state_expires(make_state):\n"
            "    state = make_state(value=0, time_to_live=1)\n    time.sleep(3)\n"
            "    assert state.deleted\n",
            path="tests/test_state.py",
        ),
        Example(
            "import eventlet\ndef test_port(path):\n    eventlet.Timeout(5)\n"
            "    while True:\n        try:\n            port = int(open(path).read())\n"
            "            break\n        except Exception:\n            eventlet.sleep(0.1)\n"
            "    assert port\n",
            path="tests/test_fork.py",
        ),
        Example(
            "import time\n_grace_period = 2\ndef test_stale(storage):\n"
            "    trial = storage.create_trial()\n    time.sleep(_grace_period + 1)\n"
            "    assert storage.is_stale(trial)\n",
            path="tests/test_heartbeat.py",
        ),
        Example(
            "import time\ndef test_external_span(app):\n"
            "    with ExternalTrace('requests', 'http://localhost/'):\n        time.sleep(0.1)\n"
            "    app.harvest()\n",
            path="tests/test_trace.py",
        ),
        # simulated work inside a method that times what it wraps
        Example(
            "import time\ndef test_timed_read(metrics):\n"
            "    with metrics.time_modbus_read(group='BASE'):\n        time.sleep(0.01)\n"
            "    assert metrics.reads == 1\n",
            path="tests/test_metrics.py",
        ),
        # the work a timer measures
        Example(
            "import time\ndef test_timer_total(metric):\n    started = metric.start_timer()\n"
            "    time.sleep(1)\n    metric.stop_timer(started)\n"
            "    assert metric.total_time >= 999\n",
            path="tests/test_metrics.py",
        ),
        Example(
            "import threading\nimport time\n\ndef test_nowait_raises(status):\n"
            "    thread = threading.Thread(target=select_nowait, args=(status,))\n"
            "    thread.start()\n    time.sleep(1)\n    thread.join()\n"
            "    assert status\n",
            path="tests/test_locks.py",
        ),
        Example(
            "import time\n\ndef test_cache_expires():\n    cache = Cache()\n"
            "    cache.put('item', 'key', timeout=3)\n    time.sleep(2)\n"
            "    assert cache.get('key') == 'item'\n    time.sleep(2)\n"
            "    assert cache.get('key') is None\n",
            path="tests/test_cache.py",
        ),
        Example(
            "import asyncio\nimport pytest\nclass TestCache:\n"
            "    async def asleep(self, *args):\n        await asyncio.sleep(0.005)\n"
            "    async def test_get_timeouts(self, fake):\n        fake._get = self.asleep\n"
            "        with pytest.raises(asyncio.TimeoutError):\n"
            "            await fake.get('k', timeout=0.002)\n",
            path="tests/test_cache.py",
        ),
        Example(
            "import os\nimport signal\nimport time\ndef test_heartbeat_survives_stop(p):\n"
            "    os.kill(p.pid, signal.SIGSTOP)\n    time.sleep(2)\n"
            "    os.kill(p.pid, signal.SIGCONT)\n",
            path="tests/test_stop.py",
        ),
        Example(
            "import time\ndef test_last_version(fs):\n    one = fs.put(b'a')\n"
            "    time.sleep(0.01)\n    two = fs.put(b'b')\n"
            "    assert fs.get_last_version() == two\n",
            path="tests/test_versions.py",
        ),
        Example(
            "import gevent\nclass TestSleep(AbstractGenericWaitTestCase):\n"
            "    def wait(self, timeout):\n        gevent.sleep(timeout)\n",
            path="tests/test_hub.py",
        ),
        Example(
            "import time\nclass SendTimeoutTest(ThreadableTest):\n"
            "    def testSendTimeout(self):\n        conn = self.accept_conn()\n"
            "        time.sleep(1)\n"
            "    def _testSendTimeout(self):\n        sock = connect(self.address)\n"
            "        sock.settimeout(0.01)\n"
            "        self.assertRaises(TimeoutError, sock.sendall, b'x' * 10**7)\n",
            path="tests/test_socket.py",
        ),
        Example(
            "import threading\ndef test_done():\n    ev = threading.Event()\n"
            "    start(on_done=ev.set)\n    assert ev.wait(timeout=5)\n",
            path="tests/test_done.py",
        ),
        Example(
            "import asyncio\nasync def test_yield():\n    await asyncio.sleep(0)\n",
            path="tests/test_yield.py",
        ),
        Example(
            "import gevent\ndef test_kill_delivered(g):\n    g.kill(block=False)\n"
            "    gevent.sleep(-1)\n    assert g.dead\n",
            path="tests/test_kill.py",
        ),
        Example(
            "import asyncio\nimport aiotools\nasync def test_ticks(job):\n"
            "    with aiotools.VirtualClock().patch_loop():\n        job.start()\n"
            "        await asyncio.sleep(10)  # virtual: returns at once\n"
            "        assert job.ticks == 10\n",
            path="tests/test_ticks.py",
        ),
        Example(
            "import asyncio\nimport async_solipsism\nimport pytest\n@pytest.fixture\n"
            "def event_loop_policy():\n    return async_solipsism.EventLoopPolicy()\n"
            "async def test_cancel(client):\n    task = asyncio.create_task(client.wait())\n"
            "    await asyncio.sleep(1)  # virtual: every ready callback ran first\n"
            "    task.cancel()\n",
            path="tests/test_cancel.py",
        ),
        Example("import time\ntime.sleep(1)\n", path="app/poll.py"),
        Example(
            "import time\ndef test_cancel(fut):\n    deadline = time.monotonic() + 5\n"
            "    while not fut.cancelled() and time.monotonic() < deadline:\n"
            "        time.sleep(0.01)\n    assert fut.cancelled()\n",
            path="tests/test_deadline.py",
        ),
        Example(
            "import asyncio\nimport pytest\nasync def test_times_out():\n"
            "    with pytest.raises(asyncio.TimeoutError):\n"
            "        async with asyncio.timeout(0.1):\n"
            "            await asyncio.sleep(10)\n",
            path="tests/test_timeout.py",
        ),
        Example(
            "import asyncio\nasync def test_fifo(sem):\n    async def worker():\n"
            "        async with sem:\n            await asyncio.sleep(0.01)  # simulated work\n"
            "    async with asyncio.TaskGroup() as tg:\n"
            "        tg.create_task(worker())\n        tg.create_task(worker())\n",
            path="tests/test_fifo.py",
        ),
        Example(
            "import asyncio\nasync def test_cancel():\n"
            "    t = asyncio.create_task(asyncio.sleep(10))  # a stand-in task\n"
            "    t.cancel()\n",
            path="tests/test_stand_in.py",
        ),
        Example(
            "import eventlet\ndef test_yield():\n    eventlet.sleep()  # 0 seconds: a yield\n",
            path="tests/test_green.py",
        ),
        Example(
            "import time\n@pool.process(timeout=0.1)\ndef long_job():\n"
            "    time.sleep(10)  # meant to run into the decorator's timeout\n"
            "def test_long_job_times_out():\n"
            "    assert isinstance(long_job().exception(), TimeoutError)\n",
            path="tests/test_pool.py",
        ),
        Example(
            "import time\nimport pytest\ndef test_lock_expires(r):\n"
            "    with pytest.raises(LockNotOwnedError):\n"
            "        with r.lock('k', timeout=0.1):\n"
            "            time.sleep(0.15)  # outlasts the lock's own timeout\n",
            path="tests/test_lock.py",
        ),
        Example(
            "import time\nfrom datetime import datetime, timedelta\n"
            "def test_max_age(response):\n"
            "    expires = datetime.now() + timedelta(seconds=10)\n"
            "    time.sleep(0.001)  # a tick of the clock\n"
            "    response.set_cookie('c', expires=expires)\n",
            path="tests/test_cookie.py",
        ),
        Example(
            "import time\nimport pytest\ndef test_shutdown(client):\n"
            "    client.force_shutdown()\n"
            "    with pytest.raises(ConnectionError):\n"
            "        for _ in range(10):\n            client.list_methods()\n"
            "            time.sleep(1)\n",
            path="tests/test_client.py",
        ),
        Example(
            "import time\ndef test_stale(region_factory):\n"
            "    reg = region_factory(config_args={'expiration_time': 0.1})\n"
            "    reg.set('k', 1)\n"
            "    time.sleep(0.3)  # the cached value is stale now\n"
            "    assert reg.get('k', ignore_expiration=False) is NO_VALUE\n",
            path="tests/test_region.py",
        ),
        Example(
            "import time\ndef test_redelivered(client, queue):\n"
            "    client.create_queue(QueueName='q', Attributes={'VisibilityTimeout': '1'})\n"
            "    queue.get().reject()\n"
            "    time.sleep(2)  # longer than the visibility timeout\n"
            "    assert queue.get()\n",
            path="tests/test_sqs.py",
        ),
        Example(
            "import time\ndef test_ping_period(ws_connect, handler):\n    interval = 0.2\n"
            "    ws_connect('/', ping_interval=interval)\n"
            "    time.sleep(interval * 1.5)  # the ping period passes\n"
            "    assert handler.close_code is None\n",
            path="tests/test_ping.py",
        ),
        Example(
            "import time\ndef long_task():\n    time.sleep(1)  # all the task does\n"
            "def test_running(pool):\n    pool.apply_async(long_task)\n"
            "    assert pool.running()\n",
            path="tests/test_pool.py",
        ),
        Example(
            "import asyncio\nasync def test_keepalive_reads(make_vehicle):\n"
            "    vehicle = make_vehicle(keepalive_interval=0.02)\n"
            "    await vehicle.start_keepalive()\n"
            "    await asyncio.sleep(0.1)  # a few keep-alive periods\n"
            "    await vehicle.stop_keepalive()\n"
            "    assert vehicle.client.read.await_count >= 1\n",
            path="tests/test_keepalive.py",
        ),
        Example(
            "import time\nimport yappi\ndef test_sleep_is_profiled():\n"
            "    yappi.start(builtins=True)\n    time.sleep(0.1)  # the profiled workload\n"
            "    yappi.stop()\n"
            "    assert len(yappi.get_func_stats(filter={'module': 'time'})) == 1\n",
            path="tests/test_profiling.py",
        ),
        Example(
            "import time\ndef test_receive_timeout(stack):\n"
            "    stack.params.set('rx_consecutive_frame_timeout', 200)\n"
            "    stack.process()\n    time.sleep(0.2)  # the 200 ms timeout passes\n"
            "    stack.process()\n    assert stack.timed_out\n",
            path="tests/test_transport.py",
        ),
        Example(
            "import time\ndef test_rate_limit(limiter_cls):\n"
            "    limiter = limiter_cls(mean_bitrate=1024, window_size_sec=1)\n"
            "    limiter.inform_byte_sent(96)\n    time.sleep(0.4)\n"
            "    assert limiter.allowed_bytes() == 32\n    time.sleep(0.7)\n"
            "    assert limiter.allowed_bytes() == 128\n",
            path="tests/test_rate_limiter.py",
        ),
        Example(
            "import time\ndef test_fallback(client, config):\n"
            "    config.auto_fallback_interval = 0.1\n"
            "    time.sleep(0.15)  # the interval passes\n"
            "    assert client.set('k', 'v') == 'OK1'\n",
            path="tests/test_fallback.py",
        ),
        Example(
            "import asyncio\nclass TestWebSocketHandler(WebSocketHandler):\n    pass\n"
            "class EchoHandler(TestWebSocketHandler):\n"
            "    async def on_message(self, message):\n"
            "        await asyncio.sleep(0.01)  # a fake handler's work\n",
            path="tests/test_handlers.py",
        ),
        Example(
            "import time\ndef test_timeouts_due(self):\n    now = self.io_loop.time()\n"
            "    self.io_loop.add_timeout(now + 0.02, self.stop)\n"
            "    time.sleep(0.03)  # the deadline passes\n    self.wait()\n",
            path="tests/test_ioloop.py",
        ),
        Example(
            "import time\ndef test_kill_old_clients(r):\n    r.client_setname('target')\n"
            "    time.sleep(4)  # the client's age passes the filter's 2 s\n"
            "    r.client_kill_filter(maxage=2)\n",
            path="tests/test_age.py",
        ),
        Example(
            "import time\ndef test_detector_on_interval_exceed(detector_cls):\n"
            "    fd = detector_cls(3, 0.6, 0.3)\n    fd.register_failure()\n"
            "    time.sleep(0.16)  # part of the 0.3 s window passes\n"
            "    fd.register_failure()\n    assert fd.closed\n",
            path="tests/test_window.py",
        ),
        Example(
            "import time\ndef test_new_keys(read_keys, files):\n"
            "    before = read_keys(files)\n    time.sleep(1)\n"
            "    for fn in files:\n        with open(fn, 'ab') as f:\n"
            "            f.write(b'x')\n    assert read_keys(files) != before\n",
            path="tests/test_mtime.py",
        ),
        Example(
            "import trio\nasync def test_retransmit(client, nursery):\n"
            "    nursery.start_soon(client.handshake)\n"
            "    # openssl's timer is 1 s: this ensures the timeout has expired\n"
            "    await trio.sleep(1.1)\n    client.wake()\n",
            path="tests/test_dtls.py",
        ),
        Example(
            "import time\ndef test_long_poll(hub, get_connection):\n"
            "    wait_time_seconds = 1\n    def connect():\n"
            "        return get_connection(wait_time_seconds=wait_time_seconds)\n"
            "    with connect():\n        hub.reset()\n"
            "    time.sleep(wait_time_seconds + 0.5)  # the in-flight poll ends\n",
            path="tests/test_poll.py",
        ),
        Example(
            "import eventlet\ndef test_echo(ws):\n    ws.send(b'hi')\n"
            "    assert ws.wait() == b'hi'\n    ws.close()\n"
            "    eventlet.sleep(0.01)  # nothing in the test follows\n",
            path="tests/test_ws.py",
        ),
        Example(
            "import asyncio\nasync def slow_app(scope, receive, send):\n"
            "    await receive()\n    await asyncio.sleep(0.2)  # the fake app's work\n"
            "    await send({'type': 'http.response.body', 'body': b'ok'})\n",
            path="tests/support/apps.py",
        ),
        Example(
            "import time\ndef test_heartbeat(scheduler):\n    first = scheduler.last_heartbeat\n"
            "    # wait a moment to ensure a timestamp difference\n    time.sleep(0.01)\n"
            "    scheduler.heartbeat()\n    assert scheduler.last_heartbeat > first\n",
            path="tests/test_cron.py",
        ),
        Example(
            "import time\ndef handler(event, context):\n"
            "    time.sleep(15)  # meant to outlast the Lambda timeout\n"
            "    return {'event': event}\n",
            path="tests/lambda_functions/timeout/index.py",
        ),
        Example(
            "import asyncio\ndef test_on_connect(server):\n    async def square(x):\n"
            "        await asyncio.sleep(1)  # the handler's slow work\n        return x * x\n"
            "    async def on_connect(req):\n        values.append(await square(2))\n"
            "    server.onConnect = on_connect\n    server.processHandshake()\n",
            path="tests/test_websocket.py",
        ),
        Example(
            "import asyncio\nclass TestSignals:\n    def test_send(self):\n"
            "        dispatcher.connect(self.ok_handler, signal=SIG)\n"
            "        send_catch_log(SIG)\n"
            "    async def ok_handler(self, arg):\n"
            "        await asyncio.sleep(0.2)  # the handler's slow work\n        return 'OK'\n",
            path="tests/test_signal.py",
        ),
        Example(
            "import asyncio\nasync def test_waiter_gets_the_error(queue):\n"
            "    async def waiter():\n        await queue.get()\n"
            "    fut = asyncio.ensure_future(waiter())\n"
            "    await asyncio.sleep(0.01)  # the new task is parked on get()\n"
            "    await queue.throw(KeyError())\n    await fut\n",
            path="tests/test_queues.py",
        ),
        Example(
            "import time\ndef test_time_out():\n"
            "    note = Notification('test', timeout=0.5)\n    time.sleep(0.6)\n"
            "    assert note.has_expired is True\n",
            path="tests/test_notification.py",
        ),
        Example(
            "import asyncio\nasync def test_connection_gone_away(cur):\n"
            "    await cur.execute('SET wait_timeout=1')\n    await asyncio.sleep(2)\n"
            "    await cur.execute('SELECT 1')\n",
            path="tests/test_connection.py",
        ),
        Example(
            "import time\ndef test_flushed_after_the_send_frequency():\n"
            "    t = Transmission(send_frequency=0.1)\n    t.send(event)\n"
            "    time.sleep(0.2)\n    assert t.responses.get()['status_code'] == 202\n",
            path="test_transmission.py",
        ),
        # a fake slow command that a test runs as a child
        Example(
            "#!/usr/bin/env python3\nfrom time import sleep\nprint('header')\n"
            "sleep(3)\nprint('footer')\n",
            path="tests/windows/slow_command.py",
        ),
        # the slow work a timeout decorator under test must cut short
        Example(
            "import time\nimport pytest\ndef test_cuts_work_short(timeout):\n"
            "    @timeout(0.2)\n    def f():\n        time.sleep(0.6)\n"
            "    with pytest.raises(TimeoutError):\n        f()\n",
            path="tests/test_timeout.py",
        ),
        # The work a decorator under test wraps, called by the test
        # (aio-azure-clients-toolbox's timer tests).
        Example(
            "import asyncio\n\nfrom mylib import send_time_deco\n\n\n"
            "async def test_send_time_deco_basic():\n"
            "    @send_time_deco()\n    async def work(value):\n"
            "        await asyncio.sleep(0.01)\n        return value * 2\n\n"
            "    assert await work(5) == 10\n",
            path="tests/test_timing.py",
        ),
    )
    invalid = (
        # a receiver named for time is no timer: time_machine fakes the clock
        Example(
            "import time\ndef test_travelled(time_machine):\n"
            "    with time_machine.travel(0):\n        time.sleep(0.1)\n"
            "    assert clock.now() > 0\n",
            path="tests/test_clock.py",
            line=4,
        ),
        # a sleep ten times the breaker's recovery timeout is sized to
        # something else
        Example(
            "import time\n\n\ndef test_half_open(breaker_cls):\n"
            "    cb = breaker_cls(failure_threshold=1, recovery_timeout=0.1)\n"
            "    cb.record_failure()\n    time.sleep(1)\n"
            "    assert cb.should_allow_request()\n",
            path="tests/test_circuit_breaker.py",
        ),
        Example(
            "import time\ndef test_done():\n    start()\n    time.sleep(0.5)\n"
            "    assert done()\n",
            path="tests/test_done.py",
        ),
        Example(
            "from asyncio import sleep\nasync def test_done(server):\n"
            "    await server.start()\n    await sleep(1)\n    assert server.ready\n",
            path="test_async.py",
        ),
        Example(
            "from eventlet import greenthread\ndef test_timer():\n"
            "    start_timer(0.1)\n    greenthread.sleep(0.3)\n    assert fired()\n",
            path="tests/test_timer.py",
        ),
        Example(
            "from tornado import gen\nasync def test_blocked(stream):\n"
            "    stream.write(b'x' * 2**20)\n    await gen.sleep(0.1)\n"
            "    assert stream.writing()\n",
            path="tests/test_stream.py",
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        qn = sleep_name(node, ctx)
        if qn is None or _is_zero_sleep(node):
            return
        fnode = _function_node(ctx.scope)
        if fnode is None:
            return  # a class body: runs at import, not in a test
        if fnode is ctx.tree and ctx.fact("otp601.helper_program", _helper_program):
            return  # a fake command's work, run by a test as a child
        body = _body_of(fnode, ctx)
        chain = body.ancestors(node)
        if _not_a_guess(node, qn, fnode, body, chain, ctx) is not None:
            return
        loop = next((a for a in chain if isinstance(a, ast.While)), None)
        pending: list[tuple[ast.Call, str, Optional[ast.While]]] = ctx.fact(
            "otp601.pending", _new_list
        )
        pending.append((node, qn, loop))

    def finish(self, ctx: FileContext) -> None:
        pending: list[tuple[ast.Call, str, Optional[ast.While]]] = ctx.fact(
            "otp601.pending", _new_list
        )
        if not pending:
            return
        # One diagnostic per loop: OTP602 has reported these (its visits ran
        # before any rule's ``finish``).
        loops = {(d.line, d.col) for d in ctx.diagnostics if d.code == "OTP602"}
        for node, qn, loop in pending:
            if loop is not None and (loop.lineno, loop.col_offset) in loops:
                continue
            self.report(
                ctx, node,
                f"`{qn}` in a test guesses at timing; wait for the condition "
                "(an Event, a queue `get(timeout=...)`, a deadline-bound helper)",
            )


# A loop body's own nodes: not in nested functions, classes or ``while`` loops
# (they are judged on their own), nor in ``except`` handlers (a retry back-off
# is not a poll).
_NOT_THIS_LOOP = (*_NESTED_SCOPES, ast.While, ast.ExceptHandler)
# Calls in a loop's condition that block until data comes: the loop waits on them.
_RECEIVES = frozenset({
    "recv", "recv_multipart", "recv_string", "recv_json", "recv_pyobj", "recvfrom",
    "recv_into", "read", "readline", "readexactly", "readuntil", "get", "accept",
})
# Calls in a loop's body that block until data comes (``while True: msg = sock.recv()``).
_BODY_RECEIVES = frozenset({
    "next", "anext", "receive", "recv", "recv_multipart", "recv_string", "recv_json",
    "recv_pyobj",
    "recvfrom", "recv_into", "readexactly", "readuntil", "readline", "accept",
})
_RANDOM = frozenset({"random", "randint", "randrange", "uniform", "choice", "getrandbits"})
# In-place changes that make progress on a collection (``while buf: buf.pop()``).
_MATCH_CASE: tuple[type, ...] = tuple(
    t for t in (getattr(ast, "match_case", None),) if t is not None
)
_SHRINKS = frozenset({"pop", "popleft", "popitem", "remove", "discard", "clear", "get_nowait"})


def _statement_sleep(stmt: ast.stmt, ctx: FileContext) -> Optional[ast.Call]:
    """``time.sleep(...)`` or ``await asyncio.sleep(...)`` as a statement."""
    if not isinstance(stmt, ast.Expr):
        return None
    value = stmt.value
    if isinstance(value, (ast.Await, ast.Yield)) and value.value is not None:
        value = value.value
    if isinstance(value, ast.Call) and sleep_name(value, ctx) is not None:
        return value
    return None


def _is_true(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Constant) and bool(expr.value) and expr.value is not ...


def _ends_loop(stmts: list[ast.stmt]) -> bool:
    """The loop has a way out of its own: a ``break`` (not of a nested loop) or a
    ``return``."""
    stack: list[ast.AST] = list(stmts)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.Break, ast.Return)):
            return True
        if isinstance(n, (*_NESTED_SCOPES,)):
            continue
        if isinstance(n, (ast.While, ast.For, ast.AsyncFor)):
            # a nested loop's break is its own; its return still ends ours
            stack.extend(r for r in _own_nodes(n.body + n.orelse) if isinstance(r, ast.Return))
            continue
        stack.extend(ast.iter_child_nodes(n))
    return False


def _advances_condition(node: ast.While) -> bool:
    """The body changes what the condition tests, as a poll does not: an
    augmented assignment to it, a reassignment from itself
    (``self.buffer = self.buffer[n:]``), or an in-place shrink (``.pop()``;
    ``.get()`` of a queue whose ``empty()``/``qsize()`` the condition tests:
    ``while not q.empty(): d = q.get()``)."""
    tested = {
        name for n in ast.walk(node.test)
        if isinstance(n, (ast.Name, ast.Attribute)) and (name := dotted(n)) is not None
    }
    if not tested:
        return False
    queues = {
        dotted(n.func.value) for n in ast.walk(node.test)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
        and n.func.attr in ("empty", "qsize") and not n.args
    } - {None}
    for n in _own_nodes(node.body):
        if isinstance(n, ast.AugAssign):
            if dotted(n.target) in tested:
                return True
        elif isinstance(n, ast.Assign):
            targets = {dotted(t) for t in n.targets} & tested
            if targets and any(
                dotted(v) in targets for v in ast.walk(n.value)
                if isinstance(v, (ast.Name, ast.Attribute))
            ):
                return True
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
            if n.func.attr in _SHRINKS and dotted(n.func.value) in tested:
                return True
            if n.func.attr == "get" and dotted(n.func.value) in queues:
                return True
    return False


def _refreshes_condition(node: ast.While) -> bool:
    """The body fetches anew what the condition tests (``status = get_status()``
    under ``while status != "done":``): the loop polls that state."""
    tested = {
        name for n in ast.walk(node.test)
        if isinstance(n, (ast.Name, ast.Attribute)) and (name := dotted(n)) is not None
    }
    for n in _own_nodes(node.body):
        if isinstance(n, ast.Assign) and any(dotted(t) in tested for t in n.targets):
            if any(isinstance(v, ast.Call) for v in ast.walk(n.value)):
                return True
    return False


def _is_set_receiver(test: ast.expr) -> Optional[str]:
    """``ev`` for ``while not ev.is_set():``."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        call = test.operand
        if (
            isinstance(call, ast.Call) and not call.args and isinstance(call.func, ast.Attribute)
            and call.func.attr in ("is_set", "isSet")
        ):
            return dotted(call.func.value)
    return None


# Calls that wrap awaitables and pass a deadline's cancellation on to them.
_GATHERS = frozenset({"gather", "shield"}) | _TASK_STARTS


def _awaited_coroutines(expr: ast.expr, fnode: Optional[ast.AST], depth: int = 0) -> Iterator[str]:
    """Names of the coroutines an awaitable runs: ``f`` for ``f(...)``, each
    of ``gather(f(), g())``'s (also through ``shield``, ``create_task`` and
    ``ensure_future``), and for a name the function bound to a task of one
    (``driver = asyncio.ensure_future(f())``, then ``wait_for(driver, 10)``)."""
    if depth > 3:
        return
    if isinstance(expr, ast.Call):
        if last_name(expr.func) in _GATHERS:
            for arg in expr.args:
                yield from _awaited_coroutines(arg, fnode, depth + 1)
        else:
            yield last_name(expr.func)
    elif isinstance(expr, ast.Name) and isinstance(fnode, _FUNCTIONS):
        for n in _own_nodes(fnode.body):
            if (
                isinstance(n, ast.Assign) and len(n.targets) == 1
                and isinstance(n.targets[0], ast.Name) and n.targets[0].id == expr.id
                and isinstance(n.value, ast.Call) and last_name(n.value.func) in _TASK_STARTS
            ):
                yield from _awaited_coroutines(n.value, fnode, depth + 1)


def _wait_for_deadline(call: ast.Call) -> bool:
    """``wait_for(aw, 5)``: a timeout given, and not ``None``."""
    given = call.args[1] if len(call.args) > 1 else next(
        (k.value for k in call.keywords if k.arg == "timeout"), None
    )
    return given is not None and not (isinstance(given, ast.Constant) and given.value is None)


def _timed_coroutines(ctx: FileContext) -> frozenset[str]:
    """Names of coroutines this file runs under a deadline:
    ``asyncio.wait_for(f(...), t)`` (also each coroutine of a ``gather`` it
    waits for, or of a task the function made of one) or ``await f(...)``
    inside ``async with asyncio.timeout(...)`` (or another timeout scope)."""
    def compute(ctx: FileContext) -> frozenset[str]:
        names: set[str] = set()
        for call, scope in ctx.nodes(ast.Call):
            last = last_name(call.func)
            if last == "wait_for" and call.args and _wait_for_deadline(call):
                names.update(_awaited_coroutines(call.args[0], _function_node(scope)))
            elif last in _CANCEL_SCOPES:
                fnode = _function_node(scope)
                if fnode is None:
                    continue
                body = _body_of(fnode, ctx)
                item = body.parent.get(id(call))
                block = body.parent.get(id(item)) if isinstance(item, ast.withitem) else None
                if isinstance(block, (ast.With, ast.AsyncWith)):
                    for n in _own_nodes(block.body):
                        if isinstance(n, ast.Await) and isinstance(n.value, ast.Call):
                            names.add(last_name(n.value.func))
        return frozenset(names)
    result: frozenset[str] = ctx.fact("otp602.timed", compute)
    return result


def _busy_wait(node: ast.While, ctx: FileContext) -> Optional[ast.Call]:
    """The loop's sleep when its body holds only sleeps, ``pass`` and ``continue``."""
    found: Optional[ast.Call] = None
    for stmt in node.body:
        if isinstance(stmt, (ast.Pass, ast.Continue)):
            continue
        call = _statement_sleep(stmt, ctx)
        if call is None:
            return None
        found = call
    return found


def _not_a_poll(node: ast.While, busy: bool, ctx: FileContext) -> bool:
    """What OTP602 knows of a loop (and OTP601 of a sleep in it): the code shows
    it is bounded, meant to be cancelled, a pacing loop, a drain or a receive
    loop, or simulated work."""
    fnode = _function_node(ctx.scope)
    body = _body_of(fnode, ctx) if fnode is not None else None
    if body is not None:
        if _loop_is_bounded(node, body) or _in_cancel_scope(
            node, body.ancestors(node), body.made_by
        ):
            return True
    if _is_timed(fnode, ctx):
        return True
    if isinstance(fnode, _FUNCTIONS) and _filled_before_it_runs(node, fnode, ctx):
        return True
    if body is not None and _under_started_timer(node, body, ctx):
        return True
    if fnode is not None and _armed_green_timer(node, fnode, ctx):
        return True
    if _advances_condition(node) or _drains_until_exhausted(node):
        return True
    if body is not None and (
        _started_before(node, body) or _waits_for_finite_greenlet(node, body, ctx)
    ):
        return True
    if any(
        isinstance(n, ast.Call) and last_name(n.func) in _RANDOM
        for n in ast.walk(node.test)
    ):
        return True  # a random number of rounds: simulated work
    if any(
        isinstance(n, ast.Call) and last_name(n.func) in _RECEIVES
        for n in ast.walk(node.test)
    ) or any(
        isinstance(n, ast.Call) and last_name(n.func) in _BODY_RECEIVES
        for n in _own_nodes(node.body)
    ):
        return True  # it waits on the receive: a consumer, not a poll
    if _is_true(node.test) and not _ends_loop(node.body):
        # tests no condition and has no way out: a keep-alive (outside tests) or a
        # pacing loop (in tests), ended by cancellation, an interrupt or the process
        return True
    if not ctx.is_test_file:
        return _steps_while_ok(node) or _cleared_by_signal(node, ctx) or (
            busy and body is not None and _flag(node.test)
            and _until_interrupted(node, body.ancestors(node))
        ) or (busy and _idles_while_alive(node, ctx))
    if not busy and isinstance(fnode, _FUNCTIONS) and _stopped_worker(node, fnode, ctx):
        return True
    if isinstance(fnode, _FUNCTIONS) and body is not None and _released_to_finish(
        node, fnode, body, ctx
    ):
        return True
    if (
        isinstance(fnode, _FUNCTIONS) and not _refreshes_condition(node)
        and (_handed_off(fnode, ctx) or _fake_method(fnode, ctx))
    ):
        # a fake peer's or worker's loop: its work, or its keep-alive on a stop flag
        if not busy or isinstance(node.test, (ast.Name, ast.Attribute)):
            return True
    return False


def _idles_while_alive(node: ast.While, ctx: FileContext) -> bool:
    """``while udp_server.isAlive(): time.sleep(1)`` in the program's ``if
    __name__ == "__main__":`` block: the main thread keeps the process up
    while its server thread serves, and the loop ends when that thread does,
    or on Ctrl+C, which the short sleep keeps prompt (dnslib's resolvers).
    Liveness is a condition that comes of itself when the thread ends; a
    flag some other code must set (glances' ``should_exit``) is not."""
    test = node.test
    if not (
        isinstance(test, ast.Call) and not test.args and not test.keywords
        and isinstance(test.func, ast.Attribute) and test.func.attr in ("is_alive", "isAlive")
    ):
        return False
    return any(
        isinstance(st, ast.If) and is_main_guard(st.test) and contains(st, node)
        for st in getattr(ctx.tree, "body", ())
    )


def _flag(test: ast.expr) -> bool:
    """A loop condition that reads one flag: ``running``, ``self.is_running``,
    ``not self.test_stopped``."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test = test.operand
    return isinstance(test, (ast.Name, ast.Attribute))


def _until_interrupted(node: ast.While, chain: list[ast.AST]) -> bool:
    """The loop is the whole body of a ``try`` whose handler catches
    ``KeyboardInterrupt`` (gradio's ``block_thread``: ``while self.is_running:
    time.sleep(0.1)``, then ``except KeyboardInterrupt:`` closes the server):
    the main thread idling until Ctrl+C, which a short sleep keeps responsive;
    it is meant to run until interrupted."""
    parent = chain[0] if chain else None
    return isinstance(parent, ast.Try) and parent.body == [node] and any(
        h.type is not None and any(
            last_name(t) == "KeyboardInterrupt" for t in ast.walk(h.type)
            if isinstance(t, (ast.Name, ast.Attribute)))
        for h in parent.handlers
    )


# A status a step returns when it went well (``MQTT_ERR_SUCCESS``, ``OK``).
_OK_STATUS = re.compile(r"(?:^|_)(?:SUCCESS|OK)$", re.IGNORECASE)


def _steps_while_ok(node: ast.While) -> bool:
    """``while client.loop_misc() == MQTT_ERR_SUCCESS: sleep(1)``: the condition
    runs the loop's work, a step that reports a success status, and the loop
    goes on for as long as the step succeeds. A paced worker that ends on a
    failure, not a wait for a condition to come."""
    test = node.test
    return (
        isinstance(test, ast.Compare) and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq) and isinstance(test.left, ast.Call)
        and isinstance(test.comparators[0], (ast.Name, ast.Attribute))
        and _OK_STATUS.search(last_name(test.comparators[0])) is not None
    )


# Exceptions that end a loop which takes items until none are left.
_EXHAUSTED = frozenset({"IndexError", "StopIteration", "KeyError", "Empty"})


def _drains_until_exhausted(node: ast.While) -> bool:
    """``while True:`` whose body takes from a collection in a ``try``
    (``val = seq.pop()``, ``next(it)``) and whose handler of its exhaustion
    (``except IndexError:``) leaves the loop: a producer or drain over what
    it holds, which ends when it runs out; its sleep is pacing or jitter,
    not a poll."""
    if not _is_true(node.test):
        return False
    for n in _own_nodes(node.body):
        if not isinstance(n, ast.Try):
            continue
        takes = any(
            isinstance(c, ast.Call) and (
                (isinstance(c.func, ast.Attribute) and c.func.attr in _SHRINKS)
                or (isinstance(c.func, ast.Name) and c.func.id == "next")
            )
            for st in n.body for c in ast.walk(st)
        )
        if takes and any(
            h.type is not None and any(
                last_name(t) in _EXHAUSTED for t in ast.walk(h.type)
                if isinstance(t, (ast.Name, ast.Attribute))
            ) and any(isinstance(s, (ast.Return, ast.Break)) for s in h.body)
            for h in n.handlers
        ):
            return True
    return False


# Greenlet timeouts: gevent's is armed by ``start()`` (or ``with``, or
# ``Timeout.start_new``), eventlet's by its constructor.
_TIMER_STARTS = frozenset({"start", "start_new"})


def _under_started_timer(node: ast.While, body: _Code, ctx: FileContext) -> bool:
    """The loop is in the body of a ``try`` whose handler catches a green
    thread's ``Timeout`` (``except gevent.Timeout:``), and the function armed
    one before the loop: ``t = gevent.Timeout(n); t.start()``,
    ``gevent.Timeout.start_new(n)``, or ``eventlet.Timeout(n)`` (which starts
    on construction): the timer raises into the loop when it expires, so
    the loop has a deadline of its own. An unstarted gevent ``Timeout(n)``
    is no deadline."""
    caught = False
    child: ast.AST = node
    for anc in body.ancestors(node):
        if isinstance(anc, ast.Try) and child in anc.body and any(
            h.type is not None and any(
                last_name(t) == "Timeout" for t in ast.walk(h.type)
                if isinstance(t, (ast.Name, ast.Attribute))
            )
            for h in anc.handlers
        ):
            caught = True
            break
        child = anc
    if not caught:
        return False
    for call in body.calls:
        if call.lineno > node.lineno or not isinstance(call.func, (ast.Attribute, ast.Name)):
            continue
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in _TIMER_STARTS:
            recv = func.value
            if last_name(recv) == "Timeout" and func.attr == "start_new":
                return True
            if isinstance(recv, ast.Name) and body.made_by.get(recv.id) == "Timeout":
                return True
        elif _arms_green_timer(call, ctx):
            return True
    return False


def _arms_green_timer(call: ast.Call, ctx: FileContext) -> bool:
    """``eventlet.Timeout(n)`` (eventlet's starts when made) or
    ``gevent.Timeout.start_new(n)``: a call that starts a green thread's timer."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "start_new" \
            and last_name(func.value) == "Timeout":
        package = "gevent"
    elif isinstance(func, (ast.Name, ast.Attribute)) and last_name(func) == "Timeout":
        package = "eventlet"
    else:
        return False
    return (ctx.qualified_name(func) or "").split(".", 1)[0] == package


def _armed_green_timer(node: ast.AST, fnode: ast.AST, ctx: FileContext) -> bool:
    """A statement of the function's own body, before ``node``, arms a green
    thread's timer and drops it (``eventlet.Timeout(5)``, which starts when
    made; ``gevent.Timeout.start_new(5)``): nothing can cancel it, so when it
    expires it raises into whatever the function is doing (a ``BaseException``,
    past ``except Exception:``), and every loop and sleep after it has that
    deadline (eventlet's ``hub_fork_simple``)."""
    line = getattr(node, "lineno", 0)
    for stmt in statements(fnode):
        if stmt.lineno >= line:
            return False
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if isinstance(call, ast.Call) and call.args and _arms_green_timer(call, ctx):
            return True
    return False


def _started_before(node: ast.While, body: _Code) -> bool:
    """``while t.ident is None:`` after the function called ``t.start()``: a
    thread's (or process's) ``start()`` returns only once it runs and its
    ``ident`` is set, so the condition is already false."""
    test = node.test
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        attr = test.operand
    elif (
        isinstance(test, ast.Compare) and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is) and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        attr = test.left
    else:
        return False
    if not (isinstance(attr, ast.Attribute) and attr.attr in ("ident", "native_id")):
        return False
    owner = dotted(attr.value)
    return owner is not None and any(
        isinstance(c.func, ast.Attribute) and c.func.attr == "start" and not c.args
        and dotted(c.func.value) == owner and c.lineno < node.lineno
        for c in body.calls
    )


# Calls that make a greenlet of a function (``gevent.spawn(f)``, a ``spawn``
# the test is handed), the function their first argument.
_GREENLET_SPAWNS = frozenset({"spawn", "spawn_raw", "Greenlet", "spawn_n"})
# Calls that can block for as long as another party takes.
_WAITS = frozenset({
    "join", "wait", "get", "acquire", "recv", "recv_into", "recvfrom", "accept", "read",
    "readline", "communicate", "result", "select", "poll", "wait_for", "serve_forever",
    "run_forever", "input", "connect", "urlopen", "request", "kill", "joinall",
})


def _finite_code(fdef: FunctionNode, ctx: FileContext) -> bool:
    """The function's own code cannot run forever: no loop, no nested
    greenlet or thread, no call that waits on another party, every sleep of
    a literal length."""
    for n in _own_nodes(fdef.body):
        if isinstance(n, (ast.While, ast.For, ast.AsyncFor, ast.Await, ast.Yield, ast.YieldFrom)):
            return False
        if not isinstance(n, ast.Call):
            continue
        if sleep_name(n, ctx) is not None:
            if not all(_literal_seconds(a) is not None for a in n.args):
                return False
        elif last_name(n.func) in _WAITS or last_name(n.func) in _SPAWNS:
            return False
    return True


def _waits_for_finite_greenlet(node: ast.While, body: _Code, ctx: FileContext) -> bool:
    """``while not g.dead:`` where the function made ``g`` by spawning a
    function of this file (``g = spawn(helper)``) whose code is finite (see
    ``_finite_code``): the greenlet's code is in the file, and it ends (an
    error ends it too, and ``dead`` is then true)."""
    test = node.test
    if not (
        isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
        and isinstance(test.operand, ast.Attribute) and test.operand.attr == "dead"
        and isinstance(test.operand.value, ast.Name)
    ):
        return False
    name = test.operand.value.id
    made = [
        c for c in body.calls
        if last_name(c.func) in _GREENLET_SPAWNS and c.args and isinstance(c.args[0], ast.Name)
        and isinstance(body.parent.get(id(c)), ast.Assign)
        and any(
            isinstance(t, ast.Name) and t.id == name
            for t in body.parent[id(c)].targets  # type: ignore[attr-defined]
        )
    ]
    if len(made) != 1:
        return False
    target = made[0].args[0]
    assert isinstance(target, ast.Name)
    homes = [body.node, ctx.tree]
    defs = [
        st for home in homes for st in getattr(home, "body", ())
        if isinstance(st, _FUNCTIONS) and st.name == target.id
    ]
    return len(defs) == 1 and isinstance(defs[0], ast.FunctionDef) and _finite_code(defs[0], ctx)


# Calls that register a signal handler, and where each takes the handler.
_SIGNAL_REGISTRARS = {"signal.signal": 1, "add_signal_handler": 1}


def _signal_flags(ctx: FileContext) -> frozenset[tuple[int, str]]:
    """(owner, name) for each flag that a signal handler registered in this
    file (``signal.signal(SIGTERM, handler)``, ``loop.add_signal_handler(SIGTERM,
    self.stop)``) assigns, the handler a function or method of the file: a
    ``nonlocal`` name (owner: the function around the handler), a ``global``
    name (owner: the module), ``self.<attr>`` (owner: the handler's class), or
    another object's attribute (owner 0: any loop of the file)."""
    def compute(ctx: FileContext) -> frozenset[tuple[int, str]]:
        flags: set[tuple[int, str]] = set()
        for call, scope in ctx.nodes(ast.Call):
            key = (
                "add_signal_handler" if last_name(call.func) == "add_signal_handler"
                else ctx.semantic.qualified_name(call.func, scope)
            )
            pos = _SIGNAL_REGISTRARS.get(key or "")
            if pos is None or len(call.args) <= pos:
                continue
            for home, handler in _handler_defs(call.args[pos], scope, ctx):
                flags.update(_flags_set_by(home, handler, ctx))
        return frozenset(flags)
    result: frozenset[tuple[int, str]] = ctx.fact("otp602.signal_flags", compute)
    return result


def _flags_set_by(
    home: ast.AST, handler: FunctionNode, ctx: FileContext
) -> Iterator[tuple[int, str]]:
    declared: dict[str, int] = {}
    for n in ast.walk(handler):
        if isinstance(n, ast.Nonlocal) and not isinstance(home, (ast.ClassDef, ast.Module)):
            declared.update((name, id(home)) for name in n.names)
        elif isinstance(n, ast.Global):
            declared.update((name, id(ctx.tree)) for name in n.names)
    first = handler.args.posonlyargs + handler.args.args
    self_name = first[0].arg if first and isinstance(home, ast.ClassDef) else None
    for n in ast.walk(handler):
        targets: list[ast.expr] = []
        if isinstance(n, ast.Assign):
            targets = n.targets
        elif isinstance(n, (ast.AugAssign, ast.AnnAssign)):
            targets = [n.target]
        for t in targets:
            name = dotted(t)
            if name is None:
                continue
            if isinstance(t, ast.Name):
                if t.id in declared:
                    yield declared[t.id], name
            elif isinstance(t, ast.Attribute):
                root = name.split(".", 1)[0]
                if root == self_name:
                    yield id(home), "self." + name.split(".", 1)[1]
                else:
                    yield 0, name


def _handler_defs(
    handler: ast.expr, scope: Scope, ctx: FileContext
) -> Iterator[tuple[ast.AST, FunctionNode]]:
    """The ``def`` of a handler named in a call, with the node whose body holds
    it: a function of the enclosing function's or the module's own statements
    (``termhandler``), or a method of the enclosing class
    (``self.handle_quit``)."""
    homes: list[ast.AST] = []
    if isinstance(handler, ast.Name):
        name = handler.id
        fnode = _function_node(scope)
        if isinstance(fnode, _FUNCTIONS):
            homes.append(fnode)
        homes.append(ctx.tree)
    elif (
        isinstance(handler, ast.Attribute) and isinstance(handler.value, ast.Name)
        and handler.value.id in ("self", "cls")
    ):
        name = handler.attr
        fscope = scope.function()
        cls = fscope.parent.node if fscope is not None and fscope.parent is not None else None
        if isinstance(cls, ast.ClassDef):
            homes.append(cls)
    else:
        return
    for home in homes:
        for stmt in getattr(home, "body", ()):
            if isinstance(stmt, _FUNCTIONS) and stmt.name == name:
                yield home, stmt


def _cleared_by_signal(node: ast.While, ctx: FileContext) -> bool:
    """Outside test files, the loop's condition is a flag that a signal handler
    of the file clears (``while running:``, the handler sets ``running =
    False``): the loop waits for the operator's stop signal, which has no
    deadline by design, and a signal handler is no place to set an Event (it
    runs between the waiting thread's own bytecodes)."""
    flags = _signal_flags(ctx)
    if not flags:
        return False
    owners = {0, id(ctx.tree)}
    fnode = _function_node(ctx.scope)
    if fnode is not None:
        owners.add(id(fnode))
    fscope = ctx.scope.function()
    if fscope is not None and fscope.parent is not None and fscope.parent.kind == "class":
        owners.add(id(fscope.parent.node))
    self_name = fscope.self_name if fscope is not None else None
    for n in ast.walk(node.test):
        if not isinstance(n, (ast.Name, ast.Attribute)):
            continue
        name = dotted(n)
        if name is None:
            continue
        if self_name is not None and name.startswith(self_name + "."):
            name = "self." + name.split(".", 1)[1]
        if any((owner, name) in flags for owner in owners):
            return True
    return False


# Calls that let a blocked thread go on, and the calls they release.
_RELEASES = frozenset({"put", "put_nowait", "set", "release", "notify", "notify_all"})
_BLOCKS_ON = frozenset({"get", "wait", "acquire"})


def _waited_value(test: ast.expr) -> Optional[str]:
    """``register[0]`` for ``while register[0] != "finished":`` (or ``not
    done``, ``x is None``): the value the loop waits to change."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test = test.operand
    elif (
        isinstance(test, ast.Compare) and len(test.ops) == 1
        and isinstance(test.ops[0], (ast.NotEq, ast.IsNot, ast.Is, ast.Eq))
        and isinstance(test.comparators[0], ast.Constant)
    ):
        test = test.left
    if isinstance(test, (ast.Name, ast.Attribute, ast.Subscript)):
        return ast.unparse(test)
    return None


def _released_to_finish(
    node: ast.While, fnode: FunctionNode, body: _Code, ctx: FileContext
) -> bool:
    """The loop waits for a value that a function of the test sets as its
    last step, right after its only blocking call, on a queue, event or lock
    the test released in the statement just before the loop (``def f(q):
    register[0] = "blocking"; q.get(); register[0] = "finished"``, then
    ``q.put(None)`` and ``while register[0] != "finished":``), and the test
    runs that function on a thread it starts itself with the standard
    library (``threading.Thread(target=f).start()``): the thread's code is in
    the file, it is finite, and nothing is left for it to wait on. A function
    handed to anything else (``to_thread_run_sync(f)``, a fixture) is run by
    code that could fail to run it to the end: the loop stays a poll."""
    target = _waited_value(node.test)
    if target is None:
        return False
    prev = _statement_before(node, body)
    call = prev.value if isinstance(prev, ast.Expr) else None
    if not (
        isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
        and call.func.attr in _RELEASES and isinstance(call.func.value, ast.Name)
    ):
        return False
    released = call.func.value.id
    for f in ast.walk(fnode):
        if f is fnode or not isinstance(f, ast.FunctionDef) or not f.body:
            continue
        last = f.body[-1]
        if not (
            isinstance(last, ast.Assign) and any(ast.unparse(t) == target for t in last.targets)
        ):
            continue
        if not all(isinstance(st, (ast.Assign, ast.Expr)) for st in f.body):
            continue  # no loop, no branch: a straight line to the last step
        calls = [n for n in _own_nodes(f.body) if isinstance(n, ast.Call)]
        if calls and all(
            isinstance(c.func, ast.Attribute) and c.func.attr in _BLOCKS_ON
            and isinstance(c.func.value, ast.Name) and c.func.value.id == released
            for c in calls
        ) and _runs_on_own_thread(f.name, body, ctx):
            return True
    return False


# The standard library's ways to run a function on a new thread, and where
# each takes the function.
_STDLIB_THREADS = {"threading.Thread": ("target", 1), "_thread.start_new_thread": (None, 0)}


def _runs_on_own_thread(name: str, body: _Code, ctx: FileContext) -> bool:
    """The function's own code runs ``name`` on a thread it starts with the
    standard library: ``Thread(target=name, ...)`` that it starts (chained,
    or through the name it binds the thread to), or
    ``_thread.start_new_thread(name, ...)``."""
    for call in body.calls:
        where = _STDLIB_THREADS.get(ctx.qualified_name(call.func) or "")
        if where is None:
            continue
        keyword, pos = where
        fn: Optional[ast.expr] = next(
            (k.value for k in call.keywords if keyword is not None and k.arg == keyword), None
        )
        if fn is None and len(call.args) > pos:
            fn = call.args[pos]
        if not (isinstance(fn, ast.Name) and fn.id == name):
            continue
        if keyword is None:
            return True  # ``start_new_thread`` starts it
        parent = body.parent.get(id(call))
        if isinstance(parent, ast.Attribute) and parent.attr == "start":
            return True  # ``Thread(target=f).start()``
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and isinstance(
            parent.targets[0], ast.Name
        ):
            bound = parent.targets[0].id
            if any(
                isinstance(c.func, ast.Attribute) and c.func.attr == "start"
                and isinstance(c.func.value, ast.Name) and c.func.value.id == bound
                for c in body.calls
            ):
                return True
    return False


def _statement_before(node: ast.stmt, body: _Code) -> Optional[ast.stmt]:
    block_owner = body.parent.get(id(node))
    for _, value in ast.iter_fields(block_owner) if block_owner is not None else ():
        if isinstance(value, list) and node in value:
            i = value.index(node)
            return value[i - 1] if i > 0 else None
    return None


# Calls that hand a function to a thread, a task or a pool (``Thread(target=f)``,
# ``create_task(f())``, ``nursery.start_soon(f)``), or schedule a coroutine.
_SPAWNS = frozenset({
    "Thread", "Process", "Timer", "create_task", "ensure_future", "start_soon", "spawn",
    "spawn_n", "spawn_after", "submit", "run_in_executor", "start_new_thread",
})
# In-place changes that put something into a container (``started.append(t)``).
_FILLS = frozenset({"append", "add", "extend", "insert", "appendleft", "update", "put_nowait"})


def _worker_methods(ctx: FileContext) -> frozenset[tuple[int, str]]:
    """(class scope, method name) for every method that a method of its class
    hands to a thread, a task or a pool (``Thread(target=self.loop)``,
    ``create_task(self.loop())``): the body of a worker the class runs."""
    def compute(ctx: FileContext) -> frozenset[tuple[int, str]]:
        out: set[tuple[int, str]] = set()
        for call, scope in ctx.nodes(ast.Call):
            if last_name(call.func) not in _SPAWNS:
                continue
            fscope = scope.function()
            if (
                fscope is None or fscope.self_name is None or fscope.parent is None
                or fscope.parent.kind != "class"
            ):
                continue
            for arg in (*call.args, *(k.value for k in call.keywords)):
                if isinstance(arg, ast.Call):
                    arg = arg.func  # ``create_task(self.loop())``
                if (
                    isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name)
                    and arg.value.id == fscope.self_name
                ):
                    out.add((id(fscope.parent), arg.attr))
        return frozenset(out)
    result: frozenset[tuple[int, str]] = ctx.fact("otp602.workers", compute)
    return result


def _exit_tests(node: ast.While) -> Iterator[ast.expr]:
    """The loop's condition and the tests of the ``if``s whose body leaves it."""
    yield node.test
    for n in _own_nodes(node.body):
        if isinstance(n, ast.If) and any(isinstance(s, (ast.Break, ast.Return)) for s in n.body):
            yield n.test


def _stopped_worker(node: ast.While, fnode: FunctionNode, ctx: FileContext) -> bool:
    """A loop in a method the class runs as a thread or task (a reader, a
    pump), that works between its sleeps and leaves on ``self.<attr>`` which
    another method of the class sets to a constant (``self.state = 4``, the
    test's "quit"): a worker's pacing loop that the test stops, not a poll."""
    fscope = structure(ctx).scope_of(fnode)
    if fscope is None or fscope.self_name is None or fscope.parent is None:
        return False
    cls = fscope.parent
    if cls.kind != "class" or (id(cls), fnode.name) not in _worker_methods(ctx):
        return False
    me = fscope.self_name
    for test in _exit_tests(node):
        for n in ast.walk(test):
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == me:
                if any(
                    b.origin is not fscope and isinstance(b.value, ast.Constant)
                    for b in cls.attr_bindings.get(n.attr, ())
                ):
                    return True
    return False


def _statement_blocks(node: ast.AST) -> Iterator[list[ast.stmt]]:
    """Every list of statements of a function's own code (its body, and the
    bodies of its ``if``/``for``/``with``/``try`` blocks)."""
    for n in (node, *_own_nodes(statements(node))):
        for _, value in ast.iter_fields(n):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                yield value


def _filled_before_it_runs(node: ast.While, fnode: FunctionNode, ctx: FileContext) -> bool:
    """``while not started:`` in a nested coroutine, where ``started`` is a
    container of the enclosing function that it fills in the statement right
    after it schedules the coroutine (``ensure_future(go())``, then
    ``started.append(...)``, no ``await`` between): a scheduled coroutine
    cannot run before that, so the condition holds when the loop is reached."""
    test = node.test
    if not (
        isinstance(fnode, ast.AsyncFunctionDef) and isinstance(test, ast.UnaryOp)
        and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Name)
    ):
        return False
    name = test.operand.id
    scope = structure(ctx).scope_of(fnode)
    if scope is None or scope.parent is None or scope.parent.kind != "function":
        return False
    if name in scope.bindings:
        return False  # the coroutine's own variable
    for block in _statement_blocks(scope.parent.node):
        for stmt, nxt in zip(block, block[1:]):
            if not _schedules(stmt, fnode.name) or not isinstance(nxt, (ast.Expr, ast.Assign)):
                continue
            if any(isinstance(n, (ast.Await, ast.Yield, ast.YieldFrom)) for n in ast.walk(nxt)):
                continue
            if isinstance(nxt, ast.Expr):
                call = nxt.value
                if (
                    isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in _FILLS and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == name
                ):
                    return True
            elif any(
                isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                and t.value.id == name for t in nxt.targets
            ):
                return True
    return False


def _schedules(stmt: ast.stmt, coro: str) -> bool:
    """The statement schedules ``coro()`` (``ensure_future(coro())``)."""
    return any(
        isinstance(n, ast.Call) and last_name(n.func) in _SPAWNS and any(
            isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id == coro
            for a in n.args
        )
        for n in ast.walk(stmt)
    )


def _is_timed(fnode: Optional[ast.AST], ctx: FileContext) -> bool:
    """A coroutine the file runs under a deadline (``wait_for``, a timeout scope)."""
    return isinstance(fnode, ast.AsyncFunctionDef) and fnode.name in _timed_coroutines(ctx)


class SleepPollingLoop(Rule):
    """
    ## What it does
    Flags a `while` loop whose body holds only sleep calls (those of OTP601),
    `pass` and `continue`: a busy wait on the loop's condition. In test files
    it flags any `while` loop whose body calls a sleep outside an `except`
    handler. Reported at the `while` line.

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
    deadline (see OTP601's page), and call it everywhere. A loop on
    `while not ev.is_set():` already has the event: a busy wait becomes
    `ev.wait(timeout=...)`; a loop that works between checks keeps its work
    and replaces its sleep by `ev.wait(timeout=<interval>)`, which wakes at once
    when the event is set. An event loop's event has no timeout on its
    `wait()`: the message names `await asyncio.wait_for(ev.wait(),
    timeout=...)` for a loop that sleeps with `asyncio.sleep`, and `await
    ev.wait()` inside `with trio.fail_after(...)` (or anyio's) for trio's and
    anyio's; a `threading.Event` polled from a coroutine gets `await
    asyncio.to_thread(ev.wait, timeout)` (its `wait()` blocks).

    ## Options
    None.

    ## Known limits
    A sleep is attributed to its innermost `while` loop only; loops written
    with `for` (`for _ in range(50): ... time.sleep(0.1)`) are bounded and not
    reported. Outside test files a loop that does real work besides sleeping
    is not reported: it may be a legitimate paced worker. Not reported,
    because the code shows the loop cannot hang or is no poll:
    - `while True:` with no `break` or `return` whose body only sleeps (a
      keep-alive: `while True: await asyncio.sleep(3600)` in `run_app`, an
      example's main thread idling until Ctrl+C): it tests no condition, so
      none can fail to come; it runs until cancelled, interrupted or the
      process ends, which is its purpose;
    - outside test files, a loop whose condition is a flag that a signal
      handler registered in the file assigns (`signal.signal(SIGTERM,
      handler)` or `loop.add_signal_handler(...)`, the handler a function
      or method of the file setting a `nonlocal`/`global` name or
      `self.<attr>`): a process's main loop waiting for its stop signal,
      which has no deadline by design (and an Event is no thing to set from
      a signal handler). In test files such a loop waits for a signal the
      test sent and stays reported;
    - outside test files, a loop whose body only sleeps, on one flag
      (`while self.is_running:`, `while not stopped:`), that is the whole
      body of a `try` whose handler catches `KeyboardInterrupt` (gradio's
      `block_thread`, which then closes the server): the main thread idling
      until Ctrl+C, meant to run until interrupted (a short sleep keeps
      Ctrl+C prompt). A condition that calls something (`while not
      url_ok(url):`) stays reported: it waits for that;
    - outside test files, a loop in the program's `if __name__ ==
      "__main__":` block on a thread's liveness whose body only sleeps
      (`while udp_server.isAlive(): time.sleep(1)`: dnslib's resolvers):
      the main thread keeps the process up while its server serves, and
      the loop ends when that thread ends or on Ctrl+C. A loop on a flag
      that other code must set (glances' `should_exit`), or in a test,
      stays reported;
    - a loop bounded by a deadline (its condition or body compares a clock,
      also a project's own `timer()`: cpppo's `while ... and misc.timer() -
      begun < address_wait:`, or a clock class's `Now()`: grr's
      `rdfvalue.RDFDatetime.Now() - cur_time > Duration.From(10, SECONDS)`
      before `self.fail(...)`, tests a deadline object or counts attempts,
      as for OTP601);
    - a loop inside a `try` catching `CancelledError`/`TimeoutError`, or
      inside a timeout or cancel scope (also a helper named for a timeout
      and given a number of seconds first: `with test_timeout(3, "no
      invite"):`, `with_timeout(5)`, `TestTimeout(2)`; without a number
      it stays flagged); a loop in a coroutine that the same
      file runs under `asyncio.wait_for(...)` with a timeout (also as one
      of the coroutines of a `gather` it waits for, or as a task the
      function made of it, `driver = asyncio.ensure_future(sub())`, then
      `await asyncio.wait_for(driver, 10)`) or inside `async with
      asyncio.timeout(...)` (matched by the coroutine's name; a
      `wait_for(..., None)` is no deadline);
    - in test files, `while True:` with no `break` or `return`: a pacing loop
      of a fake worker or peer, which the test cancels;
    - in test files, a loop in a method its class runs as a thread or task
      (`Thread(target=self.loop)`, `create_task(self.loop())`) that works
      between its sleeps and leaves on `self.<attr>` which another method of
      the class sets to a constant (`self.state = 4`, the test's "quit"): a
      worker's pacing loop the test stops;
    - in test files, a wait for a value that a function of the test sets
      as its last step, right after its only blocking calls (`get`, `wait`,
      `acquire`) on the queue, event or lock the test released in the
      statement just before the loop (`q.put(None)`, then `while
      register[0] != "finished":`), when the test runs that function on a
      thread it starts itself with the standard library
      (`threading.Thread(target=f).start()`, `_thread.start_new_thread`):
      the thread's code is in the file, finite, and nothing is left for it
      to wait on. A function with other calls or branches, or one handed to
      anything else to run (`to_thread_run_sync(f, q)`, a fixture: the code
      under test, which could fail to run it to the end), stays reported;
    - `while not started:` in a nested coroutine, where the enclosing
      function fills `started` (`started.append(...)`, `started[0] = ...`)
      in the statement right after the one that schedules the coroutine
      (`ensure_future(go())`), with no `await` between: a scheduled
      coroutine cannot run before that, so the condition already holds;
    - a loop whose body advances its own condition (`while buf: ... buf =
      buf[n:]`, `n -= 1`, `queue.pop()`; `d = q.get()` under `while not
      q.empty():`, concurrently's workers): a drain, not a poll;
    - outside test files, a loop whose condition runs a step and compares
      its status to a success constant (`while client.loop_misc() ==
      MQTT_ERR_SUCCESS: sleep(1)`): the loop's work is in its condition and
      it goes on while the step succeeds, a paced worker that ends on a
      failure, not a wait for a condition to come. A comparison with any
      other status (`while c.state() == CONNECTING:`) stays reported;
    - `while True:` that takes from a collection in a `try` (`seq.pop()`,
      `next(it)`) whose handler of its exhaustion (`except IndexError:`)
      leaves the loop: a producer over a finite sequence; its sleep is
      jitter, not a poll;
    - a loop in a `try` catching a green thread's `Timeout` (`except
      gevent.Timeout:`) when the function armed one before it (`t =
      gevent.Timeout(n); t.start()`, `gevent.Timeout.start_new(n)`, or
      `eventlet.Timeout(n)`, which starts when made): the timer is the
      loop's deadline. A gevent `Timeout(n)` never started is none and the
      loop stays reported. Without the `try`, a statement of the function
      that arms such a timer and drops it (`eventlet.Timeout(5)`,
      `gevent.Timeout.start_new(5)`) before the loop: nothing can cancel it,
      and when it expires it raises into the loop (past `except
      Exception:`) and fails the test;
    - `while t.ident is None:` after the function called `t.start()`:
      `Thread.start()` returns only once the thread runs, so the condition
      is already false;
    - `while not g.dead:` where the function made `g` by spawning
      (`spawn`, `spawn_raw`, `Greenlet`) a function of the file whose code
      is finite (no loop, no waiting call, only sleeps of literal length):
      the greenlet ends, by returning or raising;
    - a loop whose condition receives (`while sock.recv() != b"go":`), or
      whose body does (`msg = sock.recv()`, an ASGI app's `await
      receive()`): it waits on the receive; and a sleep right before the `return` or `break`
      that ends the loop (it runs once, on the way out).

    A test runner's or framework's timeout (`@pytest.mark.timeout(N)`,
    `LimitedTestCase`, `gen_test`) is no deadline of the loop's own: it turns
    a hang into a failure minutes later, and the loop stays reported.
    """

    code = "OTP602"
    name = "sleep-polling-loop"
    audit = "`Process.sleep` in 58 test files; \"no synchronous test APIs\" (both audits)"
    # The calls that run a coroutine under a deadline, collected by the walk for
    # ``_timed_coroutines`` (read through ``ctx.nodes``; ``visit_Call`` is empty).
    calls = frozenset({"wait_for"}) | _CANCEL_SCOPES
    # The calls that hand a method to a thread or task, or schedule a coroutine
    # (``_worker_methods``, ``_filled_before_it_runs``).
    call_facts = _SPAWNS | {"signal", "add_signal_handler"}
    valid = (
        Example(
            "import time, unittest\nclass TreeTest(unittest.TestCase):\n"
            "    def test_stopped(self):\n        deadline = time.monotonic() + 5\n"
            "        while any_alive(children):\n"
            "            self.assertLess(time.monotonic(), deadline)\n"
            "            time.sleep(0.05)\n",
            path="tests/test_tree.py",
        ),
        Example(
            "import time\ndef test_harvest(control, misc):\n    begun = misc.timer()\n"
            "    while control.address is None and misc.timer() - begun < 5.0:\n"
            "        time.sleep(0.1)\n    assert control.address\n",
            path="tests/test_harvest.py",
        ),
        Example("import threading\nready = threading.Event()\nready.wait(timeout=10)\n"),
        Example(
            "import time\ndef test_elapsed(view):\n    ar = view.apply_async(time.sleep, 0.25)\n"
            "    while not ar.ready():\n        time.sleep(0.01)\n"
            "        assert ar.elapsed < 1\n",
            path="tests/test_elapsed.py",
        ),
        Example(
            "import time\ndef test_invite(sync):\n"
            "    with test_timeout(3, 'no invite'):\n"
            "        while not sync.invited():\n            time.sleep(0.1)\n",
            path="tests/test_invite.py",
        ),
        Example(
            "import time\nwhile running:\n    drain_queue()\n    time.sleep(1)\n",
            path="app/worker.py",
        ),
        Example(
            "import time\ndef test_retry():\n    while True:\n        try:\n"
            "            return connect()\n        except OSError:\n            time.sleep(0.1)\n",
            path="tests/test_retry.py",
        ),
        Example(
            "import time\ndef wait_until(pred, timeout):\n"
            "    deadline = time.monotonic() + timeout\n"
            "    while not pred() and time.monotonic() < deadline:\n"
            "        time.sleep(0.01)\n",
        ),
        Example(
            "import asyncio\nasync def wait_started(server):\n"
            "    while not server.started:\n        await asyncio.sleep(0.05)\n"
            "async def start(server):\n"
            "    await asyncio.wait_for(wait_started(server), timeout=10)\n",
        ),
        Example(
            "import time\ndef test_pacing(server):\n    def feeder():\n        while True:\n"
            "            server.send(b'tick')\n            time.sleep(0.01)\n"
            "    start_thread(feeder)\n    assert server.wait_for_ticks(3, timeout=5)\n",
            path="tests/test_pacing.py",
        ),
        Example(
            "import time\ndef test_drain(conn, buf):\n    while buf:\n"
            "        n = conn.send(buf[:512])\n        time.sleep(0.001)\n"
            "        buf = buf[n:]\n",
            path="tests/test_drain.py",
        ),
        Example(
            "import threading\nimport time\nclass TestReader:\n"
            "    def setup_method(self):\n        self.state = 0\n"
            "        self.thread = threading.Thread(target=self.loop)\n"
            "        self.thread.start()\n"
            "    def teardown_method(self):\n        self.state = 4  # quit\n"
            "        self.thread.join()\n"
            "    def loop(self):\n        while self.state != 4:\n"
            "            self.read_one()\n            time.sleep(0.01)\n",
            path="tests/test_reader.py",
        ),
        Example(
            "import queue\nimport threading\nimport time\ndef test_released():\n"
            "    done = [False]\n    def f(q):\n        q.get()\n        done[0] = True\n"
            "    q = queue.Queue()\n    threading.Thread(target=f, args=(q,)).start()\n"
            "    q.put(None)\n"
            "    while not done[0]:\n        time.sleep(0.01)\n",
            path="tests/test_released.py",
        ),
        Example(
            "import asyncio\nasync def run_app(runner):\n    try:\n        while True:\n"
            "            await asyncio.sleep(3600)\n    finally:\n"
            "        await runner.cleanup()\n",
        ),
        Example(
            "import signal\nimport time\ndef worker_main(worker):\n    running = True\n"
            "    def stop(signum, frame):\n        nonlocal running\n        running = False\n"
            "    signal.signal(signal.SIGTERM, stop)\n"
            "    while running:\n        time.sleep(1)\n    worker.stop()\n",
            path="app/cli.py",
        ),
        Example(
            "import asyncio\ndef test_kill(spawn):\n    started = []\n"
            "    async def go():\n        while not started:\n"
            "            await asyncio.sleep(0.001)\n"
            "    fut = asyncio.ensure_future(go())\n    started.append(spawn(fut))\n",
            path="tests/test_kill.py",
        ),
        Example(
            "import gevent\ndef wait_stopped(runner):\n    timeout = gevent.Timeout(60)\n"
            "    timeout.start()\n    try:\n        while runner.user_count:\n"
            "            gevent.sleep(1)\n    except gevent.Timeout:\n"
            "        log('workers did not stop')\n    finally:\n        timeout.cancel()\n",
        ),
        Example(
            "import time\ndef feed(q, seq, rnd):\n    while True:\n        try:\n"
            "            val = seq.pop()\n        except IndexError:\n            return\n"
            "        q.put(val)\n        time.sleep(rnd.random() * 1e-3)\n",
            path="tests/test_feed.py",
        ),
        Example(
            "import threading\nimport time\ndef test_started():\n"
            "    t = threading.Thread(target=work)\n    t.start()\n"
            "    while t.ident is None:\n        time.sleep(0.1)\n",
            path="tests/test_started.py",
        ),
        Example(
            "import gevent\ndef helper():\n    gevent.sleep(0.2)\n"
            "def test_dies():\n    g = gevent.spawn(helper)\n"
            "    while not g.dead:\n        gevent.sleep()\n",
            path="tests/test_dies.py",
        ),
        Example(
            "import time\nclass Server:\n    def block_thread(self):\n        try:\n"
            "            while self.is_running:\n                time.sleep(0.1)\n"
            "        except KeyboardInterrupt:\n            self.close()\n",
            path="app/server.py",
        ),
        Example(
            "import trio\nasync def misc_loop(client):\n"
            "    while client.loop_misc() == mqtt.MQTT_ERR_SUCCESS:  # the step is the work\n"
            "        await trio.sleep(1)\n",
            path="examples/loop_trio.py",
        ),
        Example(
            "import asyncio\nasync def test_stops(runner, module):\n"
            "    async def stop_after_cycles():\n"
            "        while module.cycle_count < 3:\n"
            "            await asyncio.sleep(0.01)\n"
            "        runner.shutdown = True\n"
            "    await asyncio.wait_for(\n"
            "        asyncio.gather(runner.run(), stop_after_cycles()), timeout=5.0)\n",
            path="tests/test_runner.py",
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
        Example(
            "import time\ndef spin(ev):\n    while not ev.is_set():\n        time.sleep(0.1)\n"
        ),
        Example(
            "import queue\nimport time\nasync def test_released(to_thread):\n"
            "    done = [False]\n    def f(q):\n        q.get()\n        done[0] = True\n"
            "    q = queue.Queue()\n    await to_thread(f, q)\n    q.put(None)\n"
            "    while not done[0]:\n        time.sleep(0.01)\n",
            path="tests/test_to_thread.py",
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        """Nothing to judge per call: declaring ``calls`` makes the walk collect
        them for ``_timed_coroutines``, which every loop may ask about."""

    def visit_While(self, node: ast.While, ctx: FileContext) -> None:
        busy = _busy_wait(node, ctx)
        sleep = busy
        if sleep is None and ctx.is_test_file:
            sleep = self._polls(node, ctx)
        if sleep is None or _not_a_poll(node, busy is not None, ctx):
            return
        qn = sleep_name(sleep, ctx)
        event = _is_set_receiver(node.test)
        if event is not None:
            # an event loop's event: its ``wait()`` takes no timeout
            lib = qn.split(".", 1)[0] if qn and "." in qn else ""
            operand = node.test.operand if isinstance(node.test, ast.UnaryOp) else None
            event_expr = operand.func.value if isinstance(operand, ast.Call) \
                and isinstance(operand.func, ast.Attribute) else None
            known = None if event_expr is None else (
                ctx.type_of(event_expr)
                or ctx.semantic.types.type_through_method(event_expr, ctx.scope)
            )
            if known is not None and known.name == EVENT and lib in ("asyncio", "trio", "anyio"):
                # a thread's event polled from a coroutine: wait in a worker thread
                waiter = (f"`await asyncio.to_thread({event}.wait, timeout)`" if lib == "asyncio"
                          else f"`await {lib}.to_thread.run_sync({event}.wait, timeout)`")
            elif lib == "asyncio":
                waiter = f"`await asyncio.wait_for({event}.wait(), timeout=...)`"
            elif lib in ("trio", "anyio"):
                waiter = f"`await {event}.wait()` inside `with {lib}.fail_after(...)`"
            else:
                waiter = f"`{event}.wait(timeout=...)`"
        if event is not None and busy is not None:
            advice = f"wait on the event itself, {waiter}"
        elif event is not None:
            advice = (f"keep the work and replace the sleep by {waiter}, "
                      "which wakes as soon as the event is set")
        else:
            advice = ("wait on an Event/Condition or a queue, or use one wait helper "
                      "with a deadline")
        self.report(ctx, node, f"`while` loop polls its condition with `{qn}`; {advice}")

    @staticmethod
    def _polls(node: ast.While, ctx: FileContext) -> Optional[ast.Call]:
        """The first sleep of the loop's own blocks (not in nested loops,
        functions or ``except`` handlers) that is not followed, in its block,
        by the ``return``/``break`` that ends the loop."""
        stack: list[list[ast.stmt]] = [node.body]
        while stack:
            block = stack.pop()
            for i, stmt in enumerate(block):
                if isinstance(stmt, _NOT_THIS_LOOP):
                    continue
                call = _statement_sleep(stmt, ctx)
                if call is not None:
                    if not any(isinstance(s, (ast.Return, ast.Break)) for s in block[i + 1:]):
                        return call
                    continue
                for name, value in ast.iter_fields(stmt):
                    if name == "handlers":
                        continue
                    if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                        stack.append(value)
                    elif isinstance(value, list) and value and isinstance(value[0], _MATCH_CASE):
                        stack.extend(case.body for case in value)
                    elif isinstance(value, (ast.expr, list)):
                        parts = value if isinstance(value, list) else [value]
                        for part in parts:
                            if not isinstance(part, ast.AST):
                                continue
                            for n in body_nodes([part], _NESTED_SCOPES, include_stop=False):
                                if isinstance(n, ast.Call) and sleep_name(n, ctx) is not None:
                                    return n
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
    "gather", "as_completed", "run", "serve_forever", "run_app",
})
# Calls that run their argument in the background: a blocking-looking call
# inside one (``create_task(worker.run())``) is the work, not a wait.
_HANDED_WORK = frozenset({
    "create_task", "ensure_future", "run_coroutine_threadsafe", "submit",
    "run_in_executor", "call_soon", "call_later", "call_soon_threadsafe",
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
        self.name = node.name
        self.returns_value = False
        self.is_generator = False
        self.blocks = False
        # (receiver, line) of each ``X.shutdown()`` that waits (``_waiting_shutdown``)
        self.shutdowns: list[tuple[str, int]] = []
        self.with_names: set[str] = set()
        self.waited_names: set[str] = set()
        self.for_aliases: dict[str, set[str]] = {}
        self.while_lines: list[int] = []
        # the calls whose result goes into an object the caller passed
        # (``app["poller"] = loop.create_task(...)``; ``_note``)
        self.given_back: set[int] = set()
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
        if isinstance(n, ast.Assign):
            self._note_given_back(n)
        if isinstance(n, ast.Return):
            v = n.value
            if v is not None and not (isinstance(v, ast.Constant) and v.value is None):
                self.returns_value = True
        elif isinstance(n, (ast.Yield, ast.YieldFrom)):
            self.is_generator = True
        elif isinstance(n, (ast.While, ast.AsyncFor)):
            # ``async for`` awaits each item of a stream: the function keeps
            # running as long as the stream, like a ``while`` loop
            self.while_lines.append(n.lineno)
            if isinstance(n, ast.AsyncFor):
                self._note_for(n)
        elif isinstance(n, (ast.With, ast.AsyncWith)):
            for item in n.items:
                if isinstance(item.optional_vars, ast.Name):
                    self.with_names.add(item.optional_vars.id)
        elif isinstance(n, ast.Await):
            self.waited_names.update(
                x.id for x in ast.walk(n.value) if isinstance(x, ast.Name)
            )
        elif isinstance(n, ast.For):
            self._note_for(n)
        elif isinstance(n, ast.Attribute):
            if n.attr in _WAIT_ATTRS and isinstance(n.value, ast.Name):
                self.waited_names.add(n.value.id)
        elif isinstance(n, ast.Call):
            func = n.func
            if (
                isinstance(func, ast.Attribute) and func.attr in _STORE_METHODS
                and isinstance(func.value, ast.Name) and func.value.id in self.params
            ):
                # Stored in the caller's own container (``pool.append(t)``): the
                # handle goes back to the caller.
                self.waited_names.update(a.id for a in n.args if isinstance(a, ast.Name))
            elif not (isinstance(func, ast.Attribute) and func.attr in _STORE_METHODS):
                # Handed to someone else (``reloader.run(thread)``, ``monitor(task)``).
                for arg in [*n.args, *(k.value for k in n.keywords)]:
                    if isinstance(arg, ast.Starred):
                        arg = arg.value
                    if isinstance(arg, ast.Name):
                        self.waited_names.add(arg.id)
            if self._handed_to_a_start(n):
                # ``create_task(worker.run())``: the call makes the work started
                # in the background; it does not block this function.
                pass
            elif isinstance(func, ast.Attribute):
                if func.attr in _BLOCKING_METHODS or (
                    func.attr == "join" and _is_thread_join(n)
                ) or func.attr.startswith("run_until_"):
                    self.blocks = True
                elif _waiting_shutdown(n):
                    self.shutdowns.append((ast.dump(func.value), n.lineno))
            elif isinstance(func, ast.Name) and func.id in _BLOCKING_FUNCS:
                self.blocks = True

    def _note_given_back(self, n: ast.Assign) -> None:
        """``app["poller"] = loop.create_task(...)``, ``server.thread = t``: a
        handle stored under a key or attribute of an object a parameter (not
        the method's own ``self``/``cls``) names goes back to the caller, who
        holds that object (an aiohttp start-up hook whose clean-up hook
        awaits the task it finds there)."""
        if len(n.targets) != 1 or not isinstance(n.targets[0], (ast.Subscript, ast.Attribute)):
            return
        base = n.targets[0].value
        if not isinstance(base, ast.Name) or base.id not in self.params \
                or base.id in ("self", "cls"):
            return
        if isinstance(n.value, ast.Name):
            self.waited_names.add(n.value.id)
        elif isinstance(n.value, ast.Call):
            self.given_back.add(id(n.value))

    def _handed_to_a_start(self, n: ast.Call) -> bool:
        """``n`` is (inside) an argument of a call that starts work in the
        background (``create_task(...)``, ``ensure_future(...)``, ``submit``)."""
        child: ast.AST = n
        parent = self.parent.get(id(n))
        while parent is not None and not isinstance(parent, ast.stmt):
            if isinstance(parent, ast.Call) and child is not parent.func:
                f = parent.func
                name = f.attr if isinstance(f, ast.Attribute) else (
                    f.id if isinstance(f, ast.Name) else None
                )
                if name in _HANDED_WORK:
                    return True
            child, parent = parent, self.parent.get(id(parent))
        return False

    def _note_for(self, n: Union[ast.For, ast.AsyncFor]) -> None:
        if isinstance(n.target, ast.Name) and isinstance(n.iter, ast.Name):
            self.for_aliases.setdefault(n.target.id, set()).add(n.iter.id)

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

    def inside_while(self, node: ast.AST) -> bool:
        """``node`` runs in a ``while`` or ``async for`` loop of this function: a
        run loop."""
        n = self.parent.get(id(node))
        while n is not None and not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if isinstance(n, (ast.While, ast.AsyncFor)):
                return True
            n = self.parent.get(id(n))
        return False

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
    `__aexit__`); for a function of the module that keeps its work in a
    module global (`global _runner`), a public function of the module so
    named reads that global (pymq's `start()` beside `shutdown()`, which
    joins `_runner`); or, for either, a sibling named `<name>` plus one of
    the `sync-suffixes` (`_sync`, `_and_wait`, `_blocking`, `_wait`) exists.
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
    only storing), nor a `threading.Thread` whose `target=` is a call of a
    function of the file that returns no value (`Thread(target=
    self.plot(parent))`: `plot` runs at once and the thread runs nothing;
    as in OTP303). Nor is a function that blocks anyway: one that calls
    `.wait()`/`.result()`/`.run()`/`run_until_complete` (any
    `run_until_*`: ZEO's test loop's `run_until_inactive()`)/`t.join()`/
    `gather`/`serve_forever`/aiohttp's `web.run_app` (wolsocketproxy's
    `KeepAliveDaemon.start`) itself (not as the work it hands on:
    `create_task(worker.run())`
    only makes the coroutine the task runs, and is reported), or runs a
    `while` loop after starting the work (an event loop, a wait until the
    work is ready), or never returns: it has no `return`, and its last
    statement ends the process (`sys.exit()`, `os._exit()`, `raise
    SystemExit`), itself or as the last statement of a function of the
    module it ends by calling (autotask's `start_workers`, ending in
    `run_queue_cleaner(exit_event)`: a loop until the exit event, then
    `sys.exit()`); one whose loop returns stays reported. Nor is work
    handed to an executor that the function then shuts down, waiting
    (`X.shutdown()` after `X.submit(...)`; not
    `shutdown(wait=False)`: b2sdk's `sync_folders`). Nor is a task that runs
    the function's own coroutine twin, a method of the same class named
    `async_<name>` or `<name>_async` (`asyncio.ensure_future(self.async_on())`
    in `on()`: pyinsteon's devices), when that is the function's one
    statement and passes on only its own parameters: a caller that needs
    to wait awaits the twin. Another coroutine of the class (`connect()`
    starting `self.handle_forever()`), or a twin given what the function
    computed (sanic's `data_received`), stays reported.
    `call_soon`/`call_later` of the caller's own callback (a parameter) is
    a callback API, and so is a function named for
    the loop call it wraps (`def call_soon_threadsafe(func, ...)` that ends
    in `loop.call_soon_threadsafe(...)`: the loop's contract, a callback
    whose errors go to the loop's exception handler); `X.submit("literal")`
    is no `submit(fn, ...)`, nor is `X.submit(str(body), {})` (a builtin
    making a plain value: a queue's payload, py-serverless-kit's dead-letter
    queues, as OTP302 reads it), nor is a module's `submit` (`api.submit(dirs)`
    with `api` imported as a module, or from a module of the project:
    PyJobRunner's command, read as OTP302 reads it), and a `create_task`
    given only keywords (`client.create_task(parent=queue_path,
    task=body)`: Google Cloud Tasks' blocking RPC) is no loop's task, which
    takes its coroutine first; nor is one given a call of a blocking
    queue's method
    (`create_task(self.work_queue.put(x))` with a `queue.PriorityQueue`:
    thread-worker), which raises and starts nothing. A function that takes
    a callback (a parameter named `callback`, `cb`, `*_callback` or `*_cb`)
    and starts a function nested in it that
    calls that callback with arguments, not in an `except` handler (`def
    start(self, callback, *args)`
    running `Thread(target=try_operation)`, whose body ends in
    `callback(res)`: mozpool's `AsyncOperation`) tells its caller when the
    work ends; a callback called outside the work stays reported. A sync
    method also counts as the first or last word of a public method's name
    (`server_close`, `join_all`). A class whose bases are not all defined
    in the same file might inherit a way to wait: its methods are not
    reported, except when the function drops the task it
    starts (`asyncio.create_task(...)`/`ensure_future(...)` as a bare
    statement): nothing keeps it, so no method of the class, inherited or
    not, can wait for it (OTP301 also reports the dropped task itself). A
    thread made by a subclass of `Thread` is not recognised.

    Not background work, because the code shows there is nothing to wait
    for or someone who waits:
    - `X.call_soon_threadsafe(ev.set)` (or `call_soon`) of `<event>.set`,
      `<future>.set_result` or `<future>.set_exception`: a notification that
      completes what another thread or task waits on;
    - `X.call_soon_threadsafe(self._wakeup)` (or `call_soon`/`call_later`)
      of a method of the class that only completes a future or event
      (`self._fut.set_result(None)`, kafka's `success`), reads its state
      (`done()`) or latches a flag (`self._pending = True`): no loop, no
      await, no other call; a latched notification, with nothing to wait
      for. A callback that does work stays reported;
    - a handle stored on the object (`self._task = asyncio.create_task(...)`)
      that a public property of the class returns (`@property def task(self):
      return self._task`): the handle is public API, through which callers
      cancel or wait for it; likewise a thread made into a public attribute
      and started from it (`self.thread = Thread(...)`, `self.thread.start()`:
      pyactor's actors, sleekxmpp's scheduler). A task in a public attribute
      stays reported (the next call may replace it while it runs: asyncua's
      history tasks);
    - a timer or callback an event loop runs (`call_later`, `call_soon`,
      `call_soon_threadsafe`) whose handle the function keeps in an
      attribute of the object, with a function named as the callback
      (`self.reconn_handle = loop.call_later(self.timeout,
      self.reconnect)`: irc3's ping watchdog, synapse's scheduled
      recovery): the object keeps it to cancel or re-arm, the callback's
      errors go to the loop's exception handler with their traceback, and
      what it runs is a function a test calls directly. A lambda there
      (`lambda: asyncio.create_task(self.on_expire())`: aioambient's
      watchdog, whose task no one holds) or a dropped handle stays
      reported;
    - a handle stored on the object (`self._thread = Thread(...)` then
      `self._thread.start()`, `self._task = asyncio.create_task(...)`) that a
      public method of the class (or `__exit__`, `__aexit__`, `__del__`)
      waits for: `self._thread.join(timeout)`, `self._future.result()`,
      `await self._task`, `asyncio.wait_for(self._task, ...)`. That method is
      the class's way to wait, whatever its name (growthbook's and
      smbprotocol's `disconnect`, stem's `run`); one that only a private
      method waits for stays reported;
    - a thread started in one branch of an `if` on a parameter of the
      function whose other branch calls the thread's `target` itself (`def
      process(self, threaded=True): if threaded: Thread(target=self._process)
      ...start() else: self._process()`: sleekxmpp's scheduler): the caller
      who needs to wait asks for the synchronous run. Another call in that
      branch stays reported;
    - a method that is the `target=` of a `Thread`/`Process`/`Timer` made in
      its class, and a call inside the function's own `while` or `async
      for` loop: a run loop's step, not an API that starts work; a function
      that runs an `async for` after starting the work consumes a stream for
      as long as it lasts, and its caller awaits it (a reloader that
      restarts its worker on each change);
    - a thread or task the function stores in a container it was given
      (`pool.append(t)` on a parameter), or under a key or attribute of an
      object a parameter names (`app["poller"] = loop.create_task(...)`:
      an aiohttp start-up hook whose clean-up hook awaits the task;
      `server.reader = t`; not on the method's own `self`, which the
      entries above judge): the handle goes back to the caller;
    - a task of a coroutine of the module (`create_task(f(...))`) whose body
      first sleeps forever in a `try` (`await sleep(math.inf)`,
      `sleep_forever()`) and does its work on `except CancelledError:` or in
      `finally:`: a shutdown hook that ends only with the event loop, which a
      caller waiting for it would wait for forever.

    - a method taking a completion callback (a parameter named for the
      outcome: `on_done`, `completion_callback`, `on_finished`) that it
      keeps on the object (`self._on_done = on_done`) and that a method of
      its class calls (`self._on_done(result)`): the caller is told of the
      end, and of the error, through the callback it passed. A callback
      named for something else (`on_message`) is no way to wait and the
      method stays reported.

    - a thread whose `target=` is a function of the module that does
      nothing (its body only `pass`, `...` or a docstring): a stub, with no
      work to wait for; so is such a function handed to `submit`,
      `call_soon`, `call_soon_threadsafe`, `call_later` or
      `run_in_executor` (`self._executor.submit(_noop_for_warm_up)`, a
      pool's warm-up).

    Not an API, because its caller is a framework or an event loop, never
    code that could wait for what it starts (an unheld task there is
    OTP301's concern):
    - a hook a framework's base class documents as called by the framework,
      in a class derived from that base by name: tornado
      `RequestHandler`/`WebSocketHandler` (`open`, `on_message`, `on_close`,
      `prepare`, `get`, ...), asyncio's protocols (`connection_made`,
      `data_received`, ...), `socketserver`'s and `http.server`'s request
      handlers (`setup`, `handle`, `finish`, `do_*`), logging's `Handler`
      (`emit`). The same method in a class of another base stays reported;
    - a module-level function named for a gunicorn server hook (`when_ready`,
      `post_fork`, `worker_exit`, ...) whose first parameter is the
      `server`/`worker`/`arbiter` that calls it: a config file's hook, whose
      return value the server ignores;
    - a function or method the file hands to a scheduler that drops its
      result (`call_later`, `call_soon`, `call_at`, `add_callback`,
      `add_timeout`, `add_done_callback`, `Timer`, ...; `self.graceful`,
      directly or through a local) and never calls by that name anywhere:
      an event loop's callback. A handler registered where a caller awaits
      it (an RPC handler table) stays reported. Likewise a module-level
      function handed to a GUI toolkit as a callback (`Button(...,
      command=f)`, Tk's `w.bind("<F9>", f)` or `w.bind("<F9>", lambda e:
      f())`) and never called otherwise: the toolkit's event loop runs it
      and must get control back (pytinytask's and http-server-pro's
      buttons); a method handed as `command=self.f` stays reported (not
      looked for);
    - in a script (a file with an `if __name__ == "__main__":` block), a
      module-level function that the file uses only inside that block
      (`loop.run_until_complete(setup())`, `app.on_open = on_open`), or
      only in functions that only that block runs (`main()` handing
      `handlers=[on_service_state_change]` to a browser: aiozeroconf's
      example), and does not name in `__all__`: the program's own start-up
      step or callback, run by the script itself. A function the file also uses
      elsewhere, or exports, stays reported.

    A task kept in a private container of the object (`self._tasks.add(t)`,
    with `t.add_done_callback(self._tasks.discard)`) stays reported, and the
    message names the container: it keeps the task alive, but callers can
    only wait for it by digging the private set out (tests that must gather
    `obj._background_tasks` are the symptom), which is not an API. A
    `close`/`wait_closed` that awaits the set is the way to wait.
    """

    code = "OTP603"
    calls = _START_METHODS | last_names(_START_FUNCS)
    call_facts = frozenset({"Thread", "Process", "Timer"})
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
        # a Tk button's callback: the GUI's event loop runs it (pytinytask)
        Example(
            "import threading\nimport tkinter as tk\n\n\ndef start_recording():\n"
            "    threading.Thread(target=record, daemon=True).start()\n\n\n"
            "root = tk.Tk()\ntk.Button(root, text='Rec', command=start_recording).pack()\n"
            "root.bind('<F9>', lambda event: start_recording())\nroot.mainloop()\n"
        ),
        Example(
            "import asyncio, threading\nfrom aiohttp import web\nclass KeepAliveDaemon:\n"
            "    def start(self):\n        loop = asyncio.new_event_loop()\n"
            "        threading.Thread(target=loop.run_forever, daemon=True).start()\n"
            "        web.run_app(self.app, port=self.port)\n"
            "        loop.call_soon_threadsafe(loop.stop)\n",
        ),
        Example(
            "import threading\nclass AsyncOperation:\n"
            "    def start(self, callback, *args):\n"
            "        def try_operation():\n            callback(self.func(*args))\n"
            "        threading.Thread(target=try_operation).start()\n",
        ),
        Example(
            "def schedule_cloud_task(client, queue_path, body):\n"
            "    response = client.create_task(parent=queue_path, task=body)\n"
            "    print(response.name)\n",
        ),
        Example(
            "import sys\nimport threading\ndef run_cleaner(exit_event):\n"
            "    while not exit_event.wait(timeout=60):\n        clean()\n    sys.exit()\n"
            "def start_workers():\n    exit_event = threading.Event()\n"
            "    threading.Thread(target=work, args=(exit_event,)).start()\n"
            "    run_cleaner(exit_event)\n",
        ),
        Example(
            "import asyncio\nasync def start_poller(app):\n"
            "    app['poller'] = asyncio.get_running_loop().create_task(poll())\n"
        ),
        Example(
            "import asyncio\ndef call_soon_threadsafe(func, loop=None):\n"
            "    loop = loop or asyncio.get_running_loop()\n"
            "    def postponed():\n        func()\n"
            "    loop.call_soon_threadsafe(postponed)\n",
        ),
        Example(
            "import threading\ndef _reactor_thread():\n    pass\n"
            "def start_reactor():\n"
            "    threading.Thread(target=_reactor_thread, daemon=True).start()\n",
        ),
        Example(
            "def _noop_for_warm_up():\n    pass\n"
            "class Storage:\n    def warm_up(self):\n"
            "        self._executor.submit(_noop_for_warm_up)\n",
        ),
        Example(
            "import asyncio\nimport threading\nasync def setup():\n"
            "    threading.Thread(target=serve, daemon=True).start()\n"
            "if __name__ == '__main__':\n    loop = asyncio.new_event_loop()\n"
            "    loop.run_until_complete(setup())\n    loop.run_forever()\n",
            path="examples/server.py",
        ),
        Example(
            "class Connector:\n    def start(self, loop, addr, on_done):\n"
            "        self._on_done = on_done\n"
            "        self._timer = loop.call_later(10, self._on_timeout)\n"
            "    def _on_timeout(self):\n        self._on_done(TimeoutError('connect'))\n",
        ),
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
        Example("def wake(loop, ev):\n    loop.call_soon_threadsafe(ev.set)\n"),
        Example(
            "import threading\nclass Pump:\n    def __init__(self):\n"
            "        self._t = threading.Thread(target=self.run)\n"
            "    def run(self, loop):\n        loop.call_soon(self.tick)\n"
        ),
        Example(
            "import asyncio\nfrom tornado.websocket import WebSocketHandler\n"
            "class Handler(WebSocketHandler):\n    async def open(self):\n"
            "        asyncio.ensure_future(self.on_open())\n"
        ),
        Example(
            "import asyncio\nclass KillWorker(Plugin):\n"
            "    async def setup(self, worker):\n        self.worker = worker\n"
            "        worker.loop.call_later(5, self.graceful)\n"
            "    def graceful(self):\n"
            "        asyncio.create_task(self.worker.close())\n"
        ),
        Example(
            "import threading\ndef when_ready(server):\n"
            "    threading.Thread(target=watch, args=(server,), daemon=True).start()\n",
            path="gunicorn.conf.py",
        ),
        Example(
            "import asyncio\nimport math\nasync def _kill_on_exit(workers):\n    try:\n"
            "        await asyncio.sleep(math.inf)\n    except asyncio.CancelledError:\n"
            "        for w in workers:\n            w.kill()\n"
            "class Backend(AsyncBackend):\n"
            "    def setup_exit_at_shutdown(self, workers):\n"
            "        asyncio.create_task(_kill_on_exit(workers))\n"
        ),
        Example(
            "import asyncio\nclass Node:\n    def release(self, conn):\n"
            "        task = asyncio.create_task(self._close(conn))\n"
            "        self._tasks.add(task)\n"
            "        task.add_done_callback(self._tasks.discard)\n"
            "    async def wait_closed(self):\n"
            "        await asyncio.gather(*self._tasks)\n"
        ),
        Example(
            "class WakeupNotifier:\n    def notify(self):\n"
            "        self._loop.call_soon_threadsafe(self._wakeup)\n"
            "    def _wakeup(self):\n        if self._fut is not None:\n"
            "            self._fut.set_result(None)\n        else:\n"
            "            self._pending = True  # latched for the next waiter\n",
            path="pkg/wakeup.py",
        ),
        Example(
            "class Reauthenticator:\n    @property\n    def task(self):\n"
            "        return self._task\n    def schedule(self, delay):\n"
            "        self._task = self._loop.call_later(delay, self._run)\n",
            path="pkg/reauth.py",
        ),
        Example(
            "import asyncio\nasync def watch_reload(path, worker):\n"
            "    asyncio.create_task(worker.serve())\n    try:\n"
            "        async for _ in awatch(path):  # callers await it for the worker's life\n"
            "            await worker.close()\n"
            "            asyncio.create_task(worker.serve())\n    finally:\n"
            "        await worker.close()\n",
            path="pkg/cli.py",
        ),
        Example(
            "import threading\nclass SseClient:\n    def connect(self):\n"
            "        self._thread = threading.Thread(target=self._listen, daemon=True)\n"
            "        self._thread.start()\n    def disconnect(self, timeout=10):\n"
            "        self._thread.join(timeout)\n"
        ),
        Example(
            "from concurrent.futures import ThreadPoolExecutor\n"
            "def sync_folders(actions):\n"
            "    executor = ThreadPoolExecutor(max_workers=4)\n"
            "    for action in actions:\n        executor.submit(action.run)\n"
            "    executor.shutdown()\n"
        ),
        Example(
            "import asyncio\nclass Switch:\n    def on(self):\n"
            "        asyncio.ensure_future(self.async_on())\n"
            "    async def async_on(self):\n        await self.send('on')\n"
        ),
        # A builtin's plain value handed to ``submit``: a queue's payload, no
        # function to run in the background (py-serverless-kit's dead-letter
        # queues, read as OTP302 reads them).
        Example(
            "def settle(claimed, failed_ids, dead_letter):\n    for msg in claimed:\n"
            "        if msg['id'] in failed_ids and dead_letter is not None:\n"
            "            dead_letter.submit(str(msg.get('body') or ''), {})\n"
        ),
    )
    invalid = (
        # the same GUI work, also called by name: an API a caller could wait on
        Example(
            "import threading\nimport tkinter as tk\n\n\ndef start_upload():\n"
            "    threading.Thread(target=upload, daemon=True).start()\n\n\n"
            "root = tk.Tk()\ntk.Button(root, command=start_upload).pack()\n"
            "start_upload()\n",
        ),
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
        Example(
            "import asyncio\nclass Handler(Base):\n    async def open(self):\n"
            "        asyncio.ensure_future(self.on_open())\n"
            "    def close(self):\n        super().close()\n"
        ),
        Example(
            "import asyncio\nclass Node:\n    def release(self, conn):\n"
            "        task = asyncio.create_task(self._close(conn))\n"
            "        self._tasks.add(task)\n"
            "        task.add_done_callback(self._tasks.discard)\n"
            "        task.add_done_callback(log_failure)\n"
        ),
        Example(
            "import asyncio\ndef serve_in_background(worker):\n"
            "    asyncio.create_task(worker.run())\n"
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
            if fact.name == "threading.Thread" and all(
                isinstance(c, ast.Call) and target_is_none(c, ctx) for c in fact.calls
            ):
                return None  # ``Thread(target=work(x))``: it runs nothing; ``work`` ran already
            return _Start(node, f"{fact.name}.start()", recv, fact.calls)
        if attr == "ensure_future":
            return None  # only asyncio.ensure_future, matched above
        if attr == "create_task" and not node.args and not any(
            k.arg == "coro" for k in node.keywords
        ):
            return None  # ``client.create_task(parent=..., task=...)``: an RPC, not a loop's task
        if attr == "create_task" and node.args and blocking_queue_call(node.args[0], ctx):
            return None  # ``create_task(self.work_queue.put(x))``: no coroutine, no task
        if attr == "submit" and (not node.args or makes_value(node.args[0], ctx)):
            return None  # ``X.submit(fn, ...)``: a literal or ``str(body)`` is no function
        if attr == "submit" and module_receiver(recv, ctx):
            return None  # ``api.submit(dirs)``: a module's function, not an executor's
        return _Start(node, f".{attr}()", recv)

    # -- judging: once per function that starts something ----------------------
    def finish(self, ctx: FileContext) -> None:
        found: dict[int, tuple[Scope, list[_Start]]] = ctx.fact("otp603.starts", _new_dict)
        if not found:
            return
        view = structure(ctx)
        targets = _thread_targets(ctx)
        for fscope, starts in found.values():
            fnode = fscope.node
            assert isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef))
            if not view.is_api(fscope) or _not_an_api(fnode.name):
                continue
            if _framework_hook(fscope, fnode) or _server_hook(fscope, fnode):
                continue  # its caller is a framework, not code that waits
            if _takes_completion_callback(fscope, fnode) or _calls_back_from_work(fnode):
                continue  # the caller learns of the outcome through its callback
            body = _Body(fnode)
            if body.returns_value or body.is_generator or body.blocks:
                continue
            if _ends_process_after(fnode, ctx):
                continue  # never returns: the caller gets no control back to wait with
            if fscope.parent is not None and (id(fscope.parent), fnode.name) in targets:
                continue  # the run loop of a thread the class starts
            background = [
                s for s in starts
                if _is_background(s, body) and not _runs_until_cancelled(s, ctx)
                and not _empty_target(s, ctx) and not _noop_work(s, ctx)
                and not _notifies_only(s, fscope)
                and not _exposed_handle(s, fscope, body)
                and not _waited_by_a_method(s, fscope, body)
                and not _shut_down_after(s, body)
                and not _schedules_own_twin(s, fscope)
                and not _runs_inline_on_request(s, fnode)
            ]
            if not background:
                continue
            dropped = next((s for s in background if _drops_task(s, body)), None)
            if self._can_wait(fscope, fnode.name, ctx, reachable=dropped is None):
                continue
            # Last, as it reads the whole file (once): only for what would be reported.
            if _handed_on_only(fscope, fnode.name, ctx):
                continue  # its caller is an event loop's timer, not code that waits
            if (
                fscope.parent is not None and fscope.parent.kind == "module"
                and fnode.name in script_only_functions(ctx)
            ):
                continue  # the script's own start-up step or callback
            twin = fnode.name + (self._suffixes[0] if self._suffixes else "_sync")
            first = dropped or background[0]
            if dropped is not None:
                advice = (
                    "nothing keeps the task, so no method of the class can wait for it "
                    "either; return it, or keep it and await it in `close`/`wait_closed`"
                )
                self.report(
                    ctx, fnode,
                    f"public `{fnode.name}()` starts background work (`{first.label}`) and "
                    f"returns nothing to wait on; {advice}, or offer `{twin}()`",
                )
                continue
            if first.label == ".call_soon_threadsafe()":
                advice = (
                    "return a `concurrent.futures.Future` the callback completes (or use "
                    "`asyncio.run_coroutine_threadsafe(...)`, whose future callers can wait on)"
                )
            else:
                advice = "return the task/future"
            store = _private_store(first, fnode, body)
            kept = (
                f"keeps it only in the private `{store}`, which no public method waits on"
                if store is not None else "returns nothing to wait on"
            )
            self.report(
                ctx, fnode,
                f"public `{fnode.name}()` starts background work (`{first.label}`) "
                f"and {kept}; {advice}, or offer "
                f"`{twin}()` or a `join`/`wait_closed`/`close` method",
            )

    def _can_wait(
        self, fscope: Scope, name: str, ctx: FileContext, reachable: bool = True
    ) -> bool:
        """A synchronous twin exists, or (when the started work is reachable at
        all) the class offers a way to wait."""
        view = structure(ctx)
        owner = fscope.parent
        if owner is None:
            return True
        twins = {name + suffix for suffix in self._suffixes}
        cls = view.enclosing_class(fscope)
        if cls is None:
            return bool(view.names_in(owner) & twins) or (
                reachable and _module_waiter(fscope, self._sync_methods, ctx))
        if cls.members & twins:
            return True
        if not reachable:
            return False
        if cls.is_open:
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


#: calls whose result is the handle of work they schedule
_SCHEDULERS = frozenset({
    "create_task", "ensure_future", "submit", "run_in_executor", "call_soon",
    "call_later", "call_soon_threadsafe", "run_coroutine_threadsafe",
})


def _module_waiter(fscope: Scope, sync: frozenset[str], ctx: FileContext) -> bool:
    """A module-level function that keeps its work's handle in a module
    global (``global _runner``; ``_runner = Thread(...)``, then
    ``_runner.start()``), beside a public
    function of the module named as a way to wait (``shutdown``, ``stop``,
    ``join``, or one of them as the first or last word) that reads that
    global (pymq's ``start()`` and ``shutdown()``, which joins ``_runner``):
    the module is the object, and callers have its ``shutdown()``, as a
    class's ``stop`` counts for its methods."""
    fnode = fscope.node
    module = ctx.tree
    if not isinstance(module, ast.Module) or fnode not in module.body:
        return False
    declared = {
        name for stmt in ast.walk(fnode) if isinstance(stmt, ast.Global)
        for name in stmt.names
    }
    bound = {  # bound here (``_runner = Thread(...)``)
        t.id for stmt in ast.walk(fnode) if isinstance(stmt, ast.Assign)
        for t in stmt.targets if isinstance(t, ast.Name) and t.id in declared
    }
    # ... and the handle of the work itself: started here (``_runner.start()``)
    # or made by a call that schedules it (``_task = loop.create_task(...)``)
    kept = {
        n.func.value.id for n in ast.walk(fnode)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
        and n.func.attr == "start" and isinstance(n.func.value, ast.Name)
        and n.func.value.id in bound
    } | {
        t.id for stmt in ast.walk(fnode) if isinstance(stmt, ast.Assign)
        and isinstance(stmt.value, ast.Call) and last_name(stmt.value.func) in _SCHEDULERS
        for t in stmt.targets if isinstance(t, ast.Name) and t.id in bound
    }
    if not kept:
        return False
    targets = {  # the work's own code is no way to wait for it
        kw.value.id for n in ast.walk(fnode) if isinstance(n, ast.Call)
        for kw in n.keywords if kw.arg == "target" and isinstance(kw.value, ast.Name)
    }
    for other in module.body:
        if not isinstance(other, (ast.FunctionDef, ast.AsyncFunctionDef)) or other is fnode \
                or other.name.startswith("_") or other.name in targets:
            continue
        words = other.name.split("_")
        if not (other.name in sync or words[0] in sync or words[-1] in sync):
            continue
        if any(isinstance(n, ast.Name) and n.id in kept for n in ast.walk(other)):
            return True
    return False


# Hooks that a framework's base class documents as called by the framework
# itself (tornado's handlers, asyncio's protocols, socketserver's and
# http.server's request handlers, logging's handlers): user code does not call
# them, so no caller could wait for what they start. By the base's last name.
_TORNADO_HOOKS = frozenset({
    "initialize", "prepare", "on_finish", "on_connection_close", "data_received",
    "get", "head", "post", "delete", "patch", "put", "options",
})
_PROTOCOL_HOOKS = frozenset({
    "connection_made", "connection_lost", "data_received", "eof_received",
    "datagram_received", "error_received", "pause_writing", "resume_writing",
    "get_buffer", "buffer_updated", "pipe_data_received", "pipe_connection_lost",
    "process_exited",
})
_REQUEST_HANDLER_HOOKS = frozenset({"setup", "handle", "finish"})
_FRAMEWORK_HOOKS: dict[str, frozenset[str]] = {
    "RequestHandler": _TORNADO_HOOKS,
    "WebSocketHandler": _TORNADO_HOOKS | {"open", "on_message", "on_close", "on_ping", "on_pong"},
    **{base: _PROTOCOL_HOOKS for base in (
        "BaseProtocol", "Protocol", "BufferedProtocol", "DatagramProtocol", "SubprocessProtocol",
    )},
    **{base: _REQUEST_HANDLER_HOOKS for base in (
        "BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler",
    )},
    "Handler": frozenset({"emit", "handle", "flush"}),
}
_HTTP_HANDLERS = frozenset({
    "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler", "CGIHTTPRequestHandler",
})


# Parameter names of a callback told of an operation's outcome (``on_done``,
# ``completion_callback``, ``on_finished``).
_COMPLETION_PARAM = re.compile(
    r"(?:^|_)(?:done|complete|completed|completion|finish|finished)(?:_|$)"
)


def _takes_completion_callback(fscope: Scope, fnode: FunctionNode) -> bool:
    """A method that takes a completion callback (a parameter named for the
    outcome: ``on_done``, ``completion_callback``), keeps it on the object
    (``self._on_done = on_done``), and which a method of its class calls
    (``self._on_done(result)``): the caller is told when the work ends, and
    of its error, through the callback it passed; that is the API to wait
    on, in callback style."""
    cls = fscope.parent.node if fscope.parent is not None else None
    if not isinstance(cls, ast.ClassDef) or fscope.self_name is None:
        return False
    params = {
        a.arg for a in (*fnode.args.args, *fnode.args.kwonlyargs)
        if _COMPLETION_PARAM.search(a.arg)
    }
    kept: set[str] = set()
    for n in ast.walk(fnode):
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and n.value.id in params:
            kept.update(
                t.attr for t in n.targets
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                and t.value.id == fscope.self_name
            )
    if not kept:
        return False
    selves = ("self", fscope.self_name)

    def is_kept(e: ast.AST) -> bool:
        return (
            isinstance(e, ast.Attribute) and e.attr in kept
            and isinstance(e.value, ast.Name) and e.value.id in selves
        )

    for method in cls.body:
        if not isinstance(method, _FUNCTIONS):
            continue
        # ``self._on_done(r)``, or through a local (``cb = self._on_done``; ``cb(r)``)
        local = {
            t.id for n in ast.walk(method) if isinstance(n, ast.Assign) and is_kept(n.value)
            for t in n.targets if isinstance(t, ast.Name)
        }
        if any(
            isinstance(n, ast.Call) and (
                is_kept(n.func) or (isinstance(n.func, ast.Name) and n.func.id in local)
            )
            for n in ast.walk(method)
        ):
            return True
    return False


# A parameter that takes a function to call back (``callback``, ``cb``,
# ``done_callback``); not an ``on_output`` that streams what the work prints.
_CALLBACK_PARAM = re.compile(r"(?:^|_)(?:callback|cb)$")


def _calls_back_from_work(fnode: FunctionNode) -> bool:
    """A function that takes a callback (``def start(self, callback, *args)``)
    and starts a function nested in it (``Thread(target=try_operation)``,
    ``create_task(work())``) that calls the callback with its result
    (``callback(res)``): the caller is told when the work ends through the
    function it passed (mozpool's ``AsyncOperation.start``)."""
    args = fnode.args
    params = {
        a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)
        if _CALLBACK_PARAM.search(a.arg)
    }
    if not params:
        return False
    calling = {
        st.name for st in fnode.body
        if isinstance(st, _FUNCTIONS) and any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in params
            and (n.args or n.keywords)
            for n in body_nodes(st.body, stop=(ast.ExceptHandler,), include_stop=False)
        )
    }
    if not calling:
        return False
    for n in ast.walk(fnode):
        if not isinstance(n, ast.Call):
            continue
        for arg in (*n.args, *(k.value for k in n.keywords)):
            if isinstance(arg, ast.Call):
                arg = arg.func  # ``create_task(work())``
            if isinstance(arg, ast.Name) and arg.id in calling:
                return True
    return False


def _empty_target(start: _Start, ctx: FileContext) -> bool:
    """A thread whose ``target=`` is a function of the module that does
    nothing (its body only ``pass``, ``...`` or a docstring): a stub, with
    no work anyone could wait for."""
    for made in start.thread_calls:
        target = next((k.value for k in made.keywords if k.arg == "target"), None)
        if not isinstance(target, ast.Name):
            return False
        defs = [
            st for st in getattr(ctx.tree, "body", ())
            if isinstance(st, _FUNCTIONS) and st.name == target.id
        ]
        if len(defs) != 1 or not does_nothing(defs[0].body):
            return False
    return bool(start.thread_calls)


# Where a start call takes the function it runs: ``submit(fn, ...)``,
# ``call_later(delay, fn)``, ``run_in_executor(executor, fn)``.
_WORK_ARG = {
    "submit": 0, "call_soon": 0, "call_soon_threadsafe": 0, "call_later": 1,
    "run_in_executor": 1,
}


def _noop_work(start: _Start, ctx: FileContext) -> bool:
    """``self._executor.submit(_noop_for_warm_up)`` with the function a module
    function whose body does nothing: no work anyone could wait for."""
    func = start.call.func
    index = _WORK_ARG.get(func.attr) if isinstance(func, ast.Attribute) else None
    args = start.call.args
    return index is not None and len(args) > index and module_noop(ctx, args[index])


def _framework_hook(fscope: Scope, fnode: FunctionNode) -> bool:
    """A method of a class derived from a framework's base class, named for a
    hook that base documents as called by the framework (``open`` of a
    tornado ``WebSocketHandler``, ``connection_made`` of an asyncio
    ``Protocol``, ``do_GET`` of ``BaseHTTPRequestHandler``)."""
    cls = fscope.parent.node if fscope.parent is not None else None
    if not isinstance(cls, ast.ClassDef):
        return False
    name = fnode.name
    for base in cls.bases:
        last = last_name(base)
        if name in _FRAMEWORK_HOOKS.get(last, ()):
            return True
        if last in _HTTP_HANDLERS and (
            name.startswith("do_") or name in _REQUEST_HANDLER_HOOKS
        ):
            return True
    return False


# gunicorn's server hooks: module-level functions of a config file that the
# arbiter or a worker calls with itself first (``when_ready(server)``,
# ``post_fork(server, worker)``, ``post_request(worker, req, environ, resp)``),
# dropping what they return.
_SERVER_HOOKS = frozenset({
    "on_starting", "on_reload", "when_ready", "pre_fork", "post_fork", "post_worker_init",
    "worker_int", "worker_abort", "pre_exec", "pre_request", "post_request", "child_exit",
    "worker_exit", "nworkers_changed", "on_exit",
})
_SERVER_HOOK_FIRST = frozenset({"server", "worker", "arbiter"})


def _server_hook(fscope: Scope, fnode: FunctionNode) -> bool:
    """A module-level function named for a server hook, whose first parameter
    is the server or worker that calls it (``def when_ready(server):`` in a
    gunicorn config file): the server calls it and ignores what it returns."""
    if fscope.parent is None or fscope.parent.kind != "module":
        return False
    params = fnode.args.posonlyargs + fnode.args.args
    return fnode.name in _SERVER_HOOKS and bool(params) and params[0].arg in _SERVER_HOOK_FIRST


def _module_coroutines(ctx: FileContext) -> dict[str, ast.AsyncFunctionDef]:
    def compute(ctx: FileContext) -> dict[str, ast.AsyncFunctionDef]:
        tree = ctx.tree
        body = tree.body if isinstance(tree, ast.Module) else []
        return {s.name: s for s in body if isinstance(s, ast.AsyncFunctionDef)}
    result: dict[str, ast.AsyncFunctionDef] = ctx.fact("otp603.coroutines", compute)
    return result


def _is_infinite(expr: ast.expr) -> bool:
    """``math.inf``, ``float("inf")``."""
    if isinstance(expr, ast.Attribute) and expr.attr == "inf":
        return True
    return (
        isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name)
        and expr.func.id == "float" and len(expr.args) == 1
        and isinstance(expr.args[0], ast.Constant)
        and str(expr.args[0].value).lower().lstrip("+") in ("inf", "infinity")
    )


def _exits(stmt: ast.stmt, ctx: FileContext) -> bool:
    """``sys.exit(...)``/``os._exit(...)`` as a statement, or ``raise SystemExit``."""
    if isinstance(stmt, ast.Raise):
        exc = stmt.exc.func if isinstance(stmt.exc, ast.Call) else stmt.exc
        return isinstance(exc, ast.Name) and exc.id == "SystemExit"
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, (ast.Name, ast.Attribute))
            and ctx.qualified_name(stmt.value.func) in PROCESS_ENDS)


def _ends_process_after(fnode: FunctionNode, ctx: FileContext) -> bool:
    """The function has no ``return`` and its last statement ends the process:
    ``sys.exit()`` itself, or a call of a function defined once at the
    module's top level that has no ``return`` and ends so (autotask's
    ``start_workers``, which starts its worker thread and ends in
    ``run_queue_cleaner(exit_event)``: a loop until the exit event, then
    ``sys.exit()``). It is a program's entry point, and its caller never
    gets control back while the work runs."""
    def no_return(fn: FunctionNode) -> bool:
        return not any(isinstance(n, ast.Return) for n in body_nodes(fn.body))

    if not no_return(fnode):
        return False
    last = fnode.body[-1]
    if _exits(last, ctx):
        return True
    if not (isinstance(last, ast.Expr) and isinstance(last.value, ast.Call)
            and isinstance(last.value.func, ast.Name)):
        return False
    made = ctx.semantic.bindings_of(last.value.func.id, ctx.semantic.module)
    callee = made[0].node if made and len(made) == 1 and made[0].kind == "def" else None
    return (isinstance(callee, ast.FunctionDef) and callee in getattr(ctx.tree, "body", ())
            and callee is not fnode and no_return(callee) and _exits(callee.body[-1], ctx))


def _sleeps_forever(stmt: ast.stmt) -> bool:
    """``await sleep(math.inf)`` or ``await sleep_forever()`` as a statement."""
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Await)):
        return False
    call = stmt.value.value
    if not isinstance(call, ast.Call):
        return False
    last = last_name(call.func)
    if last == "sleep_forever":
        return True
    return last == "sleep" and len(call.args) == 1 and _is_infinite(call.args[0])


def _runs_until_cancelled(start: _Start, ctx: FileContext) -> bool:
    """The work is a coroutine of the module (``create_task(f(...))``) that
    first sleeps forever in a ``try`` and does its work when cancelled
    (``except CancelledError:`` or ``finally:``): a shutdown hook that ends
    only with the event loop; a caller waiting for it would wait forever."""
    call = start.call
    arg = call.args[0] if call.args else None
    if not (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name)):
        return False
    coro = _module_coroutines(ctx).get(arg.func.id)
    if coro is None:
        return False
    for stmt in coro.body:
        if isinstance(stmt, ast.Try) and stmt.body and _sleeps_forever(stmt.body[0]):
            return bool(stmt.finalbody) or any(
                h.type is not None and any(
                    isinstance(n, (ast.Name, ast.Attribute)) and last_name(n) in _CANCEL_ERRORS
                    for n in ast.walk(h.type)
                )
                for h in stmt.handlers
            )
        if isinstance(stmt, ast.AnnAssign) and stmt.value is None:
            continue  # a declaration
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue  # the docstring
        return False
    return False


# Calls that schedule a callback and drop what it returns: an event loop's
# timers and callbacks (asyncio's, tornado's), a ``threading.Timer``.
_SCHEDULERS = frozenset({
    "call_soon", "call_soon_threadsafe", "call_later", "call_at", "add_callback",
    "add_timeout", "spawn_callback", "add_done_callback", "Timer", "PeriodicCallback",
})


def _handed_on_only(fscope: Scope, name: str, ctx: FileContext) -> bool:
    """The file hands the function to a scheduler that drops its result, at
    least once (``loop.call_later(d, self.graceful)``, or ``f =
    self.graceful`` then ``call_later(callback=f)``; a module-level function
    handed to a GUI toolkit: ``Button(..., command=f)``, ``w.bind(key, lambda
    e: f())``), and never calls anything by that name otherwise: its caller
    is an event loop's timer, which could not wait for what it starts. (A
    function registered as a handler someone awaits, an RPC handler, stays
    reported: its caller waits on it.)"""
    called, scheduled = ctx.fact("otp603.name_uses", _name_uses)
    if name in called:
        return False
    owner = fscope.parent
    if owner is None:
        return False
    if owner.kind == "module":
        return ("", name) in scheduled
    if owner.kind == "class":
        return (owner.node, name) in scheduled
    return False


# A GUI toolkit's ways of taking a callback its event loop calls: a widget's
# ``command=`` (Tk's ``Button(..., command=f)``) and Tk's ``bind``.
_GUI_BINDERS = frozenset({"bind", "bind_all", "bind_class"})


def _gui_callbacks(call: ast.Call, scheduled: set[tuple[Any, str]], calls: set[int]) -> None:
    """Adds to ``scheduled`` the module-level names ``call`` hands to a GUI
    toolkit as callbacks (``command=f``; ``w.bind("<F9>", f)``, also as
    ``lambda event: f()``), and to ``calls`` the ids of those lambdas' calls:
    the toolkit's event loop makes them, not code that could wait. Read in
    ``_name_uses``' one walk, which meets ``call`` before the lambdas in it."""
    handed = [k.value for k in call.keywords if k.arg == "command"]
    if last_name(call.func) in _GUI_BINDERS and len(call.args) >= 2:
        handed.append(call.args[1])
    for value in handed:
        if isinstance(value, ast.Lambda) and isinstance(value.body, ast.Call):
            calls.add(id(value.body))
            value = value.body.func
        if isinstance(value, ast.Name):
            scheduled.add(("", value.id))


def _name_uses(ctx: FileContext) -> tuple[set[str], set[tuple[Any, str]]]:
    """The names the file calls (``f(...)``, ``x.f(...)``), and the functions
    it hands to a scheduler: ``("", f)`` for a bare name, ``(class node, f)``
    for ``self.f``/``cls.f`` in that class's methods (also through a local
    the method assigned it to)."""
    called: set[str] = set()
    scheduled: set[tuple[Any, str]] = set()
    gui_calls: set[int] = set()
    stack: list[tuple[ast.AST, Any]] = [(ctx.tree, None)]
    while stack:
        n, cls = stack.pop()
        if isinstance(n, ast.Call):
            _gui_callbacks(n, scheduled, gui_calls)
            if id(n) not in gui_calls:
                called.add(last_name(n.func))
        elif isinstance(n, _FUNCTIONS):
            aliases: dict[str, list[ast.expr]] = {}
            calls: list[ast.Call] = []
            for m in _own_nodes(n.body):
                if isinstance(m, ast.Assign) and len(m.targets) == 1 and isinstance(
                    m.targets[0], ast.Name
                ):
                    aliases.setdefault(m.targets[0].id, []).append(m.value)
                elif isinstance(m, ast.Call) and last_name(m.func) in _SCHEDULERS:
                    calls.append(m)
            for call in calls:
                args: list[ast.expr] = []
                for a in (*call.args, *(k.value for k in call.keywords)):
                    found = aliases.get(a.id) if isinstance(a, ast.Name) else None
                    args.extend(found if found else [a])
                for arg in args:
                    if isinstance(arg, ast.Name):
                        scheduled.add(("", arg.id))
                    elif (
                        isinstance(arg, ast.Attribute) and cls is not None
                        and isinstance(arg.value, ast.Name) and arg.value.id in ("self", "cls")
                    ):
                        scheduled.add((cls, arg.attr))
        inner = n if isinstance(n, ast.ClassDef) else (
            None if isinstance(n, _FUNCTIONS) and cls is None else cls
        )
        stack.extend((c, inner) for c in ast.iter_child_nodes(n))
    return called, scheduled


def _not_an_api(name: str) -> bool:
    """Private names, an entry point (``main``) and tests are not APIs to wait on."""
    return name.startswith("_") or name == "main" or name.startswith("test")


def _is_background(start: _Start, body: _Body) -> bool:
    """Whether ``start`` leaves work running that this function does not wait for."""
    call = start.call
    if id(call) not in body.ids or body.inside_await(call) or body.loops_after(call):
        return False
    if body.inside_while(call):
        return False  # a run loop's own step, not an API that starts work
    if _is_notification(call):
        return False
    if id(call) in body.given_back:
        return False  # kept in an object the caller passed: it can wait for it there
    recv = start.receiver
    if start.thread_calls:
        # ``.start()`` counts only on a thread this function creates.
        if not all(id(c) in body.ids for c in start.thread_calls):
            return False
    elif isinstance(recv, ast.Name) and recv.id in body.with_names:
        return False  # a task group / executor the function waits on
    attr = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    pos = _CALLBACK_ARG.get(attr)
    if pos is not None and body.name == attr:
        return False  # a wrapper named for the loop's callback API keeps its contract
    if pos is not None and len(call.args) > pos:
        cb = call.args[pos]
        if isinstance(cb, ast.Name) and cb.id in body.params:
            return False  # schedules the caller's own callback: a callback API
        if _kept_timer(call, cb, body):
            return False  # a delay the object arms and cancels
    return not any(body.is_waited(n) for n in _handle_names(start, body))


def _kept_timer(call: ast.Call, cb: ast.expr, body: _Body) -> bool:
    """``self.reconn_handle = loop.call_later(self.timeout, self.reconnect)``:
    the handle goes into an attribute of the object, and the callback is a
    function named as such (not a lambda or a call made there: aioambient's
    ``lambda: asyncio.create_task(self.on_expire())`` starts a task no one
    holds). The object keeps the timer to cancel or re-arm it (irc3's ping
    watchdog, synapse's scheduled recovery); a plain callback's errors go to
    the loop's exception handler with their traceback, and what it does is
    the object's own methods, which a test calls directly."""
    stmt = body.statement_of(call)
    return (
        isinstance(stmt, ast.Assign) and stmt.value is call and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Attribute)
        and isinstance(stmt.targets[0].value, ast.Name)
        and stmt.targets[0].value.id in ("self", "cls")
        and dotted(cb) is not None
    )


# What a callback that only signals another thread or task looks like.
_NOTIFIES = frozenset({"set", "set_result", "set_exception"})


def _drops_task(start: _Start, body: _Body) -> bool:
    """``asyncio.create_task(...)``/``ensure_future(...)`` as a bare statement:
    the event loop keeps only a weak reference to the task, and nothing else
    holds it, so no method of the class can wait for it, whatever it defines."""
    if start.label not in ("asyncio.create_task", "asyncio.ensure_future"):
        return False
    stmt = body.statement_of(start.call)
    return isinstance(stmt, ast.Expr) and stmt.value is start.call


def _private_store(start: _Start, fnode: FunctionNode, body: _Body) -> Optional[str]:
    """``self._tasks`` when the function keeps the work's handle only in a
    private container of the object (``self._tasks.add(task)``, usually with
    ``task.add_done_callback(self._tasks.discard)``): a handle callers would
    have to dig out, not an API."""
    names = _handle_names(start, body)
    outer = body.parent.get(id(start.call))
    if isinstance(outer, ast.Call) and outer.args and outer.args[-1] is start.call:
        calls: list[ast.AST] = [outer]  # ``self._tasks.add(asyncio.create_task(...))``
    elif names:
        calls = list(body_nodes(fnode.body))
    else:
        return None
    for n in calls:
        if not (
            isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and n.func.attr in _STORE_METHODS and n.args
        ):
            continue
        arg = n.args[-1]
        store = n.func.value
        if (
            (arg is start.call or (isinstance(arg, ast.Name) and arg.id in names))
            and isinstance(store, ast.Attribute)
            and store.attr.startswith("_") and isinstance(store.value, ast.Name)
        ):
            return f"{store.value.id}.{store.attr}"
    return None


def _class_methods(fscope: Scope) -> dict[str, FunctionNode]:
    """The methods of the class a method is defined in, by name."""
    cls = fscope.parent.node if fscope.parent is not None else None
    if not isinstance(cls, ast.ClassDef):
        return {}
    return {
        st.name: st for st in cls.body
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef))
    }


# What a callback may call and still only complete what someone waits on
# (kafka's ``Future.success``/``failure`` too), or read the state of it.
_COMPLETES = _NOTIFIES | {
    "success", "failure", "set_running_or_notify_cancel", "done", "cancelled", "is_set",
}


def _notifies_only(start: _Start, fscope: Scope) -> bool:
    """``self._net.call_soon_threadsafe(self._wakeup)`` where ``_wakeup`` is a
    method of the class that only completes a future or event
    (``self._fut.success(None)``) or latches a flag (``self._pending =
    True``): no loop, no await, no other call. A notification, with no work
    to wait for."""
    if last_name(start.call.func) not in _CALLBACK_ARG:
        return False
    index = _CALLBACK_ARG[last_name(start.call.func)]
    args = start.call.args
    cb = args[index] if len(args) > index else None
    if not (
        isinstance(cb, ast.Attribute) and isinstance(cb.value, ast.Name)
        and cb.value.id == fscope.self_name
    ):
        return False
    method = _class_methods(fscope).get(cb.attr)
    if method is None or isinstance(method, ast.AsyncFunctionDef):
        return False
    for n in body_nodes(method.body):
        if isinstance(n, (ast.While, ast.For, ast.AsyncFor, ast.Await, ast.Yield,
                          ast.YieldFrom, ast.With, ast.AsyncWith, *_NESTED_SCOPES)):
            return False
        if isinstance(n, ast.Call) and not (
            isinstance(n.func, ast.Attribute) and n.func.attr in _COMPLETES
        ):
            return False
    return True


def _public_self_attribute(target: ast.expr, fscope: Scope) -> bool:
    """``self.thread``: an attribute of the method's own object, not private."""
    return (
        isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
        and target.value.id == fscope.self_name and not target.attr.startswith("_")
    )


def _exposed_handle(start: _Start, fscope: Scope, body: _Body) -> bool:
    """``self._task = loop.call_later(...)`` in a method of a class with a
    public property that returns ``self._task``, or a thread made into a
    public attribute and started from it (``self.thread = Thread(...)``;
    not a task, which the next call may replace while it runs): the handle
    is the class's public API (a caller cancels, joins or awaits it)."""
    made = [body.parent.get(id(c)) for c in start.thread_calls]
    if made and all(
        isinstance(m, ast.Assign) and len(m.targets) == 1 and _public_self_attribute(
            m.targets[0], fscope) for m in made
    ) and start.receiver is not None and all(
        dotted(m.targets[0]) == dotted(start.receiver) for m in made  # type: ignore[union-attr]
    ):
        return True  # ``self.thread = Thread(...)``, started: a public handle (pyactor)
    stmt = body.parent.get(id(start.call))
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
        return False
    target = stmt.targets[0]
    if not (
        isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
        and target.value.id == fscope.self_name
    ):
        return False
    for name, method in _class_methods(fscope).items():
        if name.startswith("_") or not any(
            last_name(d) == "property" for d in method.decorator_list
        ):
            continue
        for n in body_nodes(method.body):
            v = n.value if isinstance(n, ast.Return) else None
            if (
                isinstance(v, ast.Attribute) and v.attr == target.attr
                and isinstance(v.value, ast.Name)
            ):
                return True
    return False


def _runs_inline_on_request(start: _Start, fnode: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """``def process(self, threaded=True): if threaded: Thread(target=self._process)
    ...start() else: self._process()``: a parameter of the function chooses
    between starting the thread and running its target in the caller, so the
    function is its own synchronous API (sleekxmpp's scheduler)."""
    if not start.thread_calls:
        return False
    targets = set()
    for made in start.thread_calls:
        for kw in made.keywords:
            if kw.arg == "target":
                targets.add(ast.dump(kw.value))
    if len(targets) != 1:
        return False
    target = targets.pop()
    params = {a.arg for a in [*fnode.args.posonlyargs, *fnode.args.args, *fnode.args.kwonlyargs]}
    for node in ast.walk(fnode):
        if not isinstance(node, ast.If):
            continue
        test = node.test.operand if isinstance(node.test, ast.UnaryOp) \
            and isinstance(node.test.op, ast.Not) else node.test
        if not (isinstance(test, ast.Name) and test.id in params):
            continue
        for here, other in ((node.body, node.orelse), (node.orelse, node.body)):
            if any(n is start.call for st in here for n in ast.walk(st)) and any(
                isinstance(st, ast.Expr) and isinstance(st.value, ast.Call)
                and ast.dump(st.value.func) == target
                for st in other
            ):
                return True
    return False


# Calls on a handle that wait for its work (a thread's, a future's, a
# task's), and calls that wait for handles they are given.
_HANDLE_WAITS = frozenset({"join", "result", "wait", "exception"})
_WAITS_FOR_ARGS = frozenset({"gather", "wait", "wait_for", "shield"})


def _shut_down_after(start: _Start, body: _Body) -> bool:
    """Work handed to ``X`` (``X.submit(...)``) that the function then waits for
    with ``X.shutdown()`` (b2sdk's ``sync_folders``, which then raises when any
    of it failed)."""
    if start.receiver is None or not body.shutdowns:
        return False
    recv = ast.dump(start.receiver)
    return any(r == recv and line > start.call.lineno for r, line in body.shutdowns)


def _schedules_own_twin(start: _Start, fscope: Scope) -> bool:
    """The function's one statement schedules its own coroutine twin, a method
    of the same class named ``async_<name>`` or ``<name>_async``, with only
    the function's own parameters (``asyncio.ensure_future(self.async_on())``
    in ``on()``: pyinsteon's devices): a caller that needs to wait awaits
    the twin, the same work with its result. Another coroutine of the class
    (``connect()`` starting ``self.handle_forever()``), or a twin given what
    the function computed (sanic's ``data_received``), is not the same
    call."""
    fnode = fscope.node
    cls = fscope.class_scope.node if fscope.class_scope is not None else None
    if not (start.label in ("asyncio.create_task", "asyncio.ensure_future", ".create_task()")
            and isinstance(fnode, (ast.FunctionDef, ast.AsyncFunctionDef))
            and isinstance(cls, ast.ClassDef) and len(start.call.args) == 1):
        return False
    work = start.call.args[0]
    if not (isinstance(work, ast.Call) and isinstance(work.func, ast.Attribute)
            and isinstance(work.func.value, ast.Name)
            and work.func.value.id == fscope.self_name
            and work.func.attr in (f"async_{fnode.name}", f"{fnode.name}_async")):
        return False
    body = fnode.body
    if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    args = fnode.args
    params = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
    return (
        len(body) == 1 and isinstance(body[0], ast.Expr) and body[0].value is start.call
        and all(isinstance(a, ast.Constant) or (isinstance(a, ast.Name) and a.id in params)
                for a in (*work.args, *(k.value for k in work.keywords)))
        and any(isinstance(m, ast.AsyncFunctionDef) and m.name == work.func.attr
                for m in cls.body)
    )


def _waiting_shutdown(call: ast.Call) -> bool:
    """``X.shutdown()`` with no arguments (or ``wait=True``): an executor's
    waits for the work handed to it. ``shutdown(wait=False)`` and a socket's
    ``shutdown(how)`` do not wait."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "shutdown") or call.args:
        return False
    return all(
        k.arg == "wait" and isinstance(k.value, ast.Constant) and k.value.value is True
        for k in call.keywords
    )


def _waited_by_a_method(start: _Start, fscope: Scope, body: _Body) -> bool:
    """The handle is kept on the object (``self._thread = Thread(...)`` then
    ``self._thread.start()``; ``self._task = loop.create_task(...)``) and a
    public method of the class (or ``__exit__``/``__aexit__``/``__del__``)
    waits for it: ``self._thread.join(timeout)``, ``self._future.result()``,
    ``await self._task``, ``asyncio.wait_for(self._task, ...)``. That method
    is the class's way to wait, whatever its name (growthbook's and
    smbprotocol's ``disconnect``, stem's ``run``)."""
    attr: Optional[str] = None
    func = start.call.func
    recv = func.value if isinstance(func, ast.Attribute) else None
    if (
        isinstance(func, ast.Attribute) and func.attr == "start"
        and isinstance(recv, ast.Attribute) and isinstance(recv.value, ast.Name)
        and recv.value.id == fscope.self_name
    ):
        attr = recv.attr
    else:
        stmt = body.parent.get(id(start.call))
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
            else None
        if (
            isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
            and target.value.id == fscope.self_name
        ):
            attr = target.attr
    if attr is None:
        return False

    def is_handle(expr: ast.expr) -> bool:
        return (
            isinstance(expr, ast.Attribute) and expr.attr == attr
            and isinstance(expr.value, ast.Name) and expr.value.id == fscope.self_name
        )

    for name, method in _class_methods(fscope).items():
        if name.startswith("_") and name not in ("__exit__", "__aexit__", "__del__"):
            continue
        for n in body_nodes(method.body):
            if isinstance(n, ast.Await) and is_handle(n.value):
                return True
            if not isinstance(n, ast.Call):
                continue
            f = n.func
            if isinstance(f, ast.Attribute) and f.attr in _HANDLE_WAITS and is_handle(f.value):
                return True
            if last_name(f) in _WAITS_FOR_ARGS and any(
                is_handle(a) or (
                    isinstance(a, (ast.List, ast.Tuple, ast.Set))
                    and any(is_handle(e) for e in a.elts)
                )
                for a in n.args
            ):
                return True
    return False


def _is_notification(call: ast.Call) -> bool:
    """``loop.call_soon_threadsafe(ev.set)``, ``call_soon(fut.set_result, v)``:
    completes an event or a future someone waits on, no background work."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr in ("call_soon", "call_soon_threadsafe")):
        return False
    cb = call.args[0] if call.args else None
    return isinstance(cb, ast.Attribute) and cb.attr in _NOTIFIES


def _thread_targets(ctx: FileContext) -> frozenset[tuple[int, str]]:
    """(class scope, method name) for every ``Thread(target=self.m)`` (or
    ``Process``/``Timer``) made in a method of that class: ``m`` is the
    thread's run loop, not an API callers wait on."""
    def compute(ctx: FileContext) -> frozenset[tuple[int, str]]:
        out: set[tuple[int, str]] = set()
        for call, scope in ctx.nodes(ast.Call):
            if last_name(call.func) not in ("Thread", "Process", "Timer"):
                continue
            fscope = scope.function()
            if fscope is None or fscope.parent is None or fscope.parent.kind != "class":
                continue
            for kw in call.keywords:
                t = kw.value
                if kw.arg == "target" and isinstance(t, ast.Attribute) and (
                    isinstance(t.value, ast.Name) and t.value.id == fscope.self_name
                ):
                    out.add((id(fscope.parent), t.attr))
        return frozenset(out)
    result: frozenset[tuple[int, str]] = ctx.fact("otp603.targets", compute)
    return result


def _new_dict(ctx: FileContext) -> dict[int, Any]:
    return {}


def _new_list(ctx: FileContext) -> list[Any]:
    return []


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (SleepInTest, SleepPollingLoop, MissingSyncApi)
