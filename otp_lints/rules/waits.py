"""OTP4xx: unbounded waits (`:infinity` timeouts).

The audit found `GenServer.call(..., :infinity)` in 8+ files: a caller that
waits forever on a peer that may never answer. The Python forms are blocking
waits with no timeout, network calls with no timeout, and timeouts written out
as infinite.
"""

from __future__ import annotations

import ast
from typing import Any, Optional

from otp_lints.context import FileContext
from otp_lints.diagnostics import Fix
from otp_lints.edits import insert_keyword, replace_node
from otp_lints.rule import (
    Example,
    Option,
    Rule,
    positive_number,
)
from otp_lints.semantic import (
    ASYNC_RESULT,
    BARRIER,
    CONDITION,
    EVENT,
    EXECUTOR_TYPES,
    FUTURE,
    POPEN,
    PROCESS,
    QUEUE_TYPES,
    SOCKET,
    THREAD,
    TIMER,
    Scope,
    TypeFact,
    Types,
    call_argument,
    dotted_name,
    may_pass,
)

PREFIX: str = "OTP4"
TITLE: str = "Unbounded waits (`:infinity` timeouts)"

# (receiver type, method) -> position of the ``timeout`` parameter.
_TIMEOUT_AT: dict[tuple[str, str], int] = {
    (THREAD, "join"): 0,
    (TIMER, "join"): 0,
    (PROCESS, "join"): 0,
    (EVENT, "wait"): 0,
    (CONDITION, "wait"): 0,
    (CONDITION, "wait_for"): 1,
    (BARRIER, "wait"): 0,
    (FUTURE, "result"): 0,
    (FUTURE, "exception"): 0,
    (ASYNC_RESULT, "get"): 0,
    (POPEN, "wait"): 0,
    (POPEN, "communicate"): 1,
}
# Types whose waits are flagged only when the value is known from a producing
# call (``X.submit(...)``, ``pool.apply_async(...)``): an annotated future is
# often a done one (a done-callback's argument).
_NEEDS_CALL = frozenset({FUTURE, ASYNC_RESULT})
# Module functions -> position of their ``timeout`` parameter.
_WAIT_FUNCS: dict[str, int] = {
    "concurrent.futures.wait": 1,
    "concurrent.futures.as_completed": 1,
    "concurrent.futures._base.wait": 1,
    "concurrent.futures._base.as_completed": 1,
}
_WAIT_FUNCS_LAST = frozenset(qn.rpartition(".")[2] for qn in _WAIT_FUNCS)
_WAIT_METHODS = frozenset({
    "join", "get", "put", "wait", "wait_for", "result", "exception", "communicate",
})
_TYPE_LABELS = {
    THREAD: "a thread", TIMER: "a timer thread", PROCESS: "a process",
    EVENT: "an event", CONDITION: "a condition", BARRIER: "a barrier",
    FUTURE: "a future", ASYNC_RESULT: "a pool result", POPEN: "a child process",
}


def created_bounded(fact: TypeFact) -> bool:
    """Whether a queue was created with a ``maxsize`` argument by every call known to
    make it (``queue.Queue(10)``, ``multiprocessing.Queue(maxsize=n)``). A literal
    ``0``, negative number or ``None`` is unbounded; no known call is unknown (False)."""
    if not fact.calls:
        return False
    for call in fact.calls:
        arg = call_argument(call, 0, "maxsize")
        if arg is None:
            return False
        if isinstance(arg, ast.Constant):
            v = arg.value
            if v is None or v is False or (isinstance(v, (int, float)) and v <= 0):
                return False
        elif isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.USub):
            return False
    return True


def _submit_guess(call: ast.Call) -> Optional[str]:
    """``X.submit(fn, ...)`` makes a future, whatever ``X`` is (an executor, a dask
    client...): OTP401's guess, made for its own receivers only (``_types``)."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "submit" and call.args:
        return FUTURE
    return None


def _types(ctx: FileContext) -> Types:
    """The file's receiver types with OTP401's ``.submit()`` guess."""
    types: Types = ctx.fact("otp401.types", lambda c: Types(c.semantic, _submit_guess))
    return types


def _truthy_literal_or_absent(arg: Optional[ast.expr]) -> bool:
    """``block`` left out or written as a true literal: the call blocks."""
    if arg is None:
        return True
    return isinstance(arg, ast.Constant) and bool(arg.value)


def _receiver_key(expr: ast.expr) -> Optional[str]:
    """``q`` or ``self.inbox``: a receiver written as a dotted name, else None."""
    names = dotted_name(expr)
    return ".".join(names) if names is not None else None


def _function_key(scope: Scope) -> int:
    func = scope.function()
    return id(func if func is not None else scope)


_GUARDS = {"empty": "get", "qsize": "get", "full": "put"}


def _queue_guards(ctx: FileContext) -> set[tuple[int, str, str]]:
    """``(function, receiver, "get"|"put")`` for every function that checks a
    receiver's ``empty()``/``qsize()``/``full()``: its gets/puts on that queue are
    guarded (``while not q.empty(): q.get()``) and do not block."""
    out: set[tuple[int, str, str]] = set()
    for node, scope in ctx.nodes(ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _GUARDS and not node.args:
            key = _receiver_key(func.value)
            if key is not None:
                fkey = _function_key(scope)
                out.add((fkey, key, _GUARDS[func.attr]))
                if func.attr == "qsize":
                    out.add((fkey, key, "put"))
    return out


def _done_after_executor_exit(node: ast.Call, fact: TypeFact, ctx: FileContext) -> bool:
    """The future comes from ``ex.submit(...)`` where ``ex`` is bound by
    ``with ThreadPoolExecutor(...) as ex`` and that block ended before ``node``:
    the block's exit waited for every future, so this one is done."""
    sem = ctx.semantic
    for call in fact.calls:
        func = call.func
        if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)):
            return False
        bindings = sem.bindings_of(func.value.id, ctx.scope)
        if not bindings or any(b.kind != "with" for b in bindings):
            return False
        executor = sem.type_of(func.value, ctx.scope)
        if executor is None or executor.name not in EXECUTOR_TYPES:
            return False
        for b in bindings:
            end = getattr(b.node, "end_lineno", None)
            if end is None or node.lineno <= end:
                return False
    return True


def _receiver_text(expr: ast.expr) -> str:
    """The receiver as the message shows it: ``q``, ``self.q``, else ``...``."""
    names = dotted_name(expr)
    return ".".join(names) if names is not None and len(names) <= 2 else "..."


class WaitWithoutTimeout(Rule):
    """
    ## What it does
    Flags blocking waits with no timeout argument (positional or keyword), on
    receivers whose type is known from the same file:

    - `.join()` on a `threading.Thread`/`Timer` or `multiprocessing.Process`;
    - `.get()` on a `queue.Queue`/`LifoQueue`/`PriorityQueue`/`SimpleQueue` or
      `multiprocessing.Queue`/`JoinableQueue` (not with `block=False` or a false
      first argument), and `.put(x)` on such a queue only when it was created
      with a `maxsize` argument;
    - `.wait()` on a `threading.Event`/`Condition`/`Barrier`, `.wait_for(pred)`
      on a `Condition`;
    - `.result()`/`.exception()` on a future known from `X.submit(...)` or
      `asyncio.run_coroutine_threadsafe(...)`, `.get()` on a result known from
      a `multiprocessing` pool's `apply_async`/`map_async`;
    - `.wait()`/`.communicate()` on a `subprocess.Popen`;
    - the functions `concurrent.futures.wait(fs)` and
      `concurrent.futures.as_completed(fs)`.

    ## Why is this bad?
    This is `GenServer.call(pid, msg, :infinity)`, which the first audit found
    in 8+ files ("can block indefinitely", "can cause system hangs under
    failure conditions"). A wait with no deadline turns a peer that died, hung
    or never got the message into a caller that hangs too, and the hang
    spreads up the call chain with no error anywhere. OTP's default is a
    5-second timeout that crashes the caller, so the failure is seen and a
    supervisor can act.

    ## Example
    ```python
    import queue, threading

    jobs = queue.Queue()
    worker = threading.Thread(target=crunch)
    worker.start()
    worker.join()
    item = jobs.get()
    ```

    ## Use instead
    ```python
    import queue, threading

    jobs = queue.Queue()
    worker = threading.Thread(target=crunch)
    worker.start()
    worker.join(timeout=30)
    if worker.is_alive():
        raise TimeoutError("crunch did not finish")
    item = jobs.get(timeout=5)     # raises queue.Empty
    ```

    ## Options
    None.

    ## Known limits
    Only receivers whose type is known from the same file (a local, module
    variable, annotated parameter or `self.<attr>` assigned from a known
    constructor) are checked; `d.get(k)` on an unknown `d` never is. A
    `block` argument that is not a literal, and calls with `*args` or
    `**kwargs`, are not flagged. `join(None)` passes a timeout argument and is
    not flagged (nor is it OTP403, which looks for `timeout=` keywords).

    Waits that cannot block are left alone: `.get()`/`.put()` on a queue whose
    `empty()`/`qsize()`/`full()` the same function checks (a drain loop such as
    `while not q.empty(): q.get()`), and `.result()` on a future submitted to
    a `with ThreadPoolExecutor() as ex` block that has already ended (its exit
    waited for every future).
    """

    code = "OTP401"
    calls = _WAIT_METHODS | _WAIT_FUNCS_LAST
    call_facts = frozenset(_GUARDS)  # the queue guards (_queue_guards)
    name = "wait-without-timeout"
    audit = "GenServer calls with `:infinity` timeout (8+ files)"
    valid = (
        Example(
            "import threading\nt = threading.Thread(target=work)\nt.start()\n"
            "t.join(timeout=5)\n"
        ),
        Example("import queue\nq = queue.Queue()\nq.put(1)\nq.get(block=False)\n"),
        Example("def f(d, k):\n    return d.get(k)\n"),
    )
    invalid = (
        Example("import threading\nt = threading.Thread(target=work)\nt.start()\nt.join()\n"),
        Example("import queue\ndef f(q: queue.Queue):\n    return q.get()\n"),
        Example("import queue\nq = queue.Queue(maxsize=10)\nq.put(1)\n"),
        Example(
            "from concurrent.futures import ThreadPoolExecutor\n"
            "def f(ex: ThreadPoolExecutor):\n    return ex.submit(work, 1).result()\n"
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _WAIT_METHODS:
            self._method(node, func, ctx)
        if ctx.semantic.may_name(func, _WAIT_FUNCS_LAST):
            qn = ctx.qualified_name(func)
            if qn is not None:
                pos = _WAIT_FUNCS.get(qn)
                if pos is not None and not may_pass(node, pos, "timeout"):
                    self.report(
                        ctx, node,
                        f"`{qn.replace('._base', '')}(...)` without a timeout waits "
                        "forever; pass `timeout=` and handle the futures not done",
                    )

    def _method(self, node: ast.Call, func: ast.Attribute, ctx: FileContext) -> None:
        attr = func.attr
        fact = _types(ctx).type_of(func.value, ctx.scope)
        if fact is None:
            return
        if fact.name in QUEUE_TYPES:
            if self._queue_blocks(node, attr, fact) and not self._guarded(node, func, ctx):
                self.report(
                    ctx, node,
                    f"`{_receiver_text(func.value)}.{attr}()` on a "
                    f"{'bounded ' if attr == 'put' else ''}queue blocks forever without "
                    "a timeout; pass `timeout=` and handle `queue.Empty`/`queue.Full`",
                )
            return
        pos = _TIMEOUT_AT.get((fact.name, attr))
        if pos is None:
            return
        if fact.name in _NEEDS_CALL and not fact.calls:
            return
        if fact.name == FUTURE and _done_after_executor_exit(node, fact, ctx):
            return
        if may_pass(node, pos, "timeout"):
            return
        label = _TYPE_LABELS.get(fact.name, "an object")
        self.report(
            ctx, node,
            f"`{_receiver_text(func.value)}.{attr}()` on {label} waits forever without "
            "a timeout; pass `timeout=` and handle the expiry",
        )

    @staticmethod
    def _guarded(node: ast.Call, func: ast.Attribute, ctx: FileContext) -> bool:
        key = _receiver_key(func.value)
        if key is None:
            return False
        guards = ctx.fact("otp401-queue-guards", _queue_guards)
        return (_function_key(ctx.scope), key, func.attr) in guards

    @staticmethod
    def _queue_blocks(node: ast.Call, attr: str, fact: TypeFact) -> bool:
        if attr == "get":
            block_pos, timeout_pos = 0, 1
        elif attr == "put":
            if not created_bounded(fact):
                return False
            block_pos, timeout_pos = 1, 2
        else:
            return False
        if may_pass(node, timeout_pos, "timeout"):
            return False
        if any(kw.arg is None for kw in node.keywords):
            return False
        return _truthy_literal_or_absent(call_argument(node, block_pos, "block"))


#: The finite timeout the fixes of OTP402 and OTP403 write: one option, shared.
DEFAULT_TIMEOUT = Option(
    "default-timeout", 30, "the timeout in seconds the fix writes", positive_number,
    shared=True,
)


def _seconds(opts: dict[str, Any]) -> float:
    """``default-timeout`` as the fix writes it: ``30``, not ``30.0``."""
    value = opts[DEFAULT_TIMEOUT.name]
    return int(value) if float(value).is_integer() else value


# Network calls -> position of their ``timeout`` parameter (None: keyword only).
_NETWORK_CALLS: dict[str, Optional[int]] = {
    **{f"requests.{m}": None for m in (
        "get", "post", "put", "patch", "delete", "head", "options", "request")},
    **{f"requests.api.{m}": None for m in (
        "get", "post", "put", "patch", "delete", "head", "options", "request")},
    "urllib.request.urlopen": 2,
    "socket.create_connection": 1,
    "http.client.HTTPConnection": 2,
    "http.client.HTTPSConnection": 4,  # (host, port, key_file, cert_file, timeout) < 3.12
}
_NETWORK_LAST = frozenset(qn.rpartition(".")[2] for qn in _NETWORK_CALLS)


class NetworkCallWithoutTimeout(Rule):
    """
    ## What it does
    Flags `requests.get/post/put/patch/delete/head/options/request(...)`,
    `urllib.request.urlopen(...)`, `socket.create_connection(...)` and
    `http.client.HTTPConnection(...)`/`HTTPSConnection(...)` called without a
    `timeout` argument (positional or keyword).

    ## Why is this bad?
    A network peer is the least reliable process you will ever call, and this
    is the `:infinity` timeout the audit found in 8+ files. `requests` has no
    default timeout at all, and the standard library's default is
    `socket.getdefaulttimeout()`, normally `None`: a server that accepts the
    connection and never answers hangs the caller forever, holding whatever
    thread, lock or worker slot it had.

    ## Example
    ```python
    import requests

    resp = requests.get(url)
    ```

    ## Use instead
    ```python
    import requests

    resp = requests.get(url, timeout=10)
    ```

    ## Fix safety
    The fix adds `timeout=<default-timeout>` (30 seconds unless configured).
    It is unsafe: a call that used to wait as long as needed now raises a
    timeout error after that many seconds, which the caller may not handle.

    ## Options
    - `default-timeout`: the timeout in seconds the fix adds. Default: 30.
      Shared with OTP403: set under either rule, it applies to both (a rule
      that sets its own keeps it).

    ## Known limits
    Only these module-level functions and constructors, matched by qualified
    name; a `requests.Session`'s methods and other clients are not checked.
    Calls with `*args` or `**kwargs` may pass a timeout and are not flagged.
    """

    code = "OTP402"
    calls = _NETWORK_LAST
    name = "network-call-without-timeout"
    fix_safety = "unsafe"
    audit = "GenServer calls with `:infinity` timeout (8+ files)"
    options = (DEFAULT_TIMEOUT,)
    valid = (
        Example("import requests\nrequests.get('https://example.com', timeout=5)\n"),
        Example("import socket\nsocket.create_connection(('h', 80), 5)\n"),
    )
    invalid = (
        Example("import requests\nrequests.get('https://example.com')\n"),
        Example("from urllib.request import urlopen\nurlopen('https://example.com')\n"),
        Example("import http.client\nconn = http.client.HTTPSConnection('example.com')\n"),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        qn = ctx.qualified_name(func)
        if qn is None or qn not in _NETWORK_CALLS:
            return
        if may_pass(node, _NETWORK_CALLS[qn], "timeout"):
            return
        shown = qn.replace("requests.api.", "requests.")
        seconds = _seconds(self.opts)
        edit = insert_keyword(ctx, node, f"timeout={seconds}")
        fix = Fix("unsafe", f"Add `timeout={seconds}`", (edit,)) if edit else None
        self.report(
            ctx, node,
            f"`{shown}(...)` without a timeout can hang forever on a silent peer; "
            f"pass `timeout=` (e.g. `timeout={seconds}`)",
            fix=fix,
        )


_INF_STRINGS = frozenset({"inf", "+inf", "infinity", "+infinity"})


def _infinite_literal(value: ast.expr, ctx: FileContext) -> Optional[str]:
    """``None``, ``float("inf")`` or ``math.inf`` as written, else None."""
    if isinstance(value, ast.Constant):
        return "None" if value.value is None else None
    if isinstance(value, ast.Call):
        if (
            len(value.args) == 1
            and not value.keywords
            and isinstance(value.args[0], ast.Constant)
            and isinstance(value.args[0].value, str)
            and value.args[0].value.strip().lower() in _INF_STRINGS
            and ctx.qualified_name(value.func) == "builtins.float"
        ):
            return f"float({value.args[0].value!r})"
        return None
    if isinstance(value, (ast.Name, ast.Attribute)) and ctx.qualified_name(value) == "math.inf":
        return "math.inf"
    return None


# Methods whose ``timeout`` is a cache entry's lifetime (Django's and Flask-Caching's
# cache API: ``timeout=None`` caches forever), not a wait.
_CACHE_TTL_METHODS = frozenset({
    "set", "add", "touch", "set_many", "get_or_set",
    "aset", "aadd", "atouch", "aset_many", "aget_or_set",
})
# Qualified-name prefixes of calls that build or describe a call rather than wait.
_DESCRIBING = ("unittest.mock.", "mock.", "builtins.dict")


def _not_a_wait(node: ast.Call, ctx: FileContext) -> bool:
    """A call whose ``timeout=`` is not a wait: a cache entry's lifetime, a mock
    assertion (``m.assert_called_with(timeout=None)``), ``mock.call(...)``, ``dict(...)``."""
    func = node.func
    if isinstance(func, ast.Attribute):
        if func.attr in _CACHE_TTL_METHODS or func.attr.startswith("assert_"):
            return True
    if isinstance(func, (ast.Name, ast.Attribute)):
        qn = ctx.qualified_name(func)
        if qn is not None and qn.startswith(_DESCRIBING):
            return True
    return False


class ExplicitInfiniteTimeout(Rule):
    """
    ## What it does
    Flags a call passing `timeout=None`, `timeout=float("inf")` or
    `timeout=math.inf` as a literal keyword argument (reported at the
    keyword), a known socket's `.settimeout(None)`, and
    `socket.setdefaulttimeout(None)`.

    ## Why is this bad?
    This is `:infinity` written out, the audit's finding in 8+ files
    ("GenServer calls with `:infinity` timeout can block indefinitely"). A
    timeout is the caller's statement of how long the answer is worth waiting
    for; an infinite one says "forever", so a lost peer becomes a hung caller
    and nobody is told. `socket.setdefaulttimeout(None)` does it for every
    socket in the process.

    ## Example
    ```python
    result = future.result(timeout=None)
    sock.settimeout(None)
    ```

    ## Use instead
    ```python
    result = future.result(timeout=30)
    sock.settimeout(30)
    ```

    ## Fix safety
    The fix replaces the infinite literal with a finite timeout,
    `default-timeout` (30 seconds unless configured). It is unsafe: the call
    now raises a timeout error after that long, which the caller may not
    handle.

    ## Options
    - `default-timeout`: the timeout in seconds the fix writes. Default: 30.
      Shared with OTP402: set under either rule, it applies to both (a rule
      that sets its own keeps it).

    ## Known limits
    Only literal keywords: a `None` passed positionally (`t.join(None)`) or
    through a variable is not flagged. `.settimeout(None)` is flagged only on a
    receiver known to be a socket.

    A `timeout=` that is not a wait is not flagged: the lifetime of a cache
    entry (`cache.set(k, v, timeout=None)` and the other methods of Django's
    cache API: `add`, `touch`, `set_many`, `get_or_set`), a mock assertion
    (`m.assert_called_with(timeout=None)`), `unittest.mock.call(...)` and
    `dict(...)`.
    """

    code = "OTP403"
    calls = frozenset({"settimeout", "setdefaulttimeout"})
    call_keywords = frozenset({"timeout"})
    name = "explicit-infinite-timeout"
    fix_safety = "unsafe"
    audit = "GenServer calls with `:infinity` timeout (8+ files)"
    options = (DEFAULT_TIMEOUT,)
    valid = (
        Example("def f(fut):\n    return fut.result(timeout=30)\n"),
        Example("def f(t, timeout=None):\n    t.join(timeout=timeout)\n"),
        Example("def f(t):\n    t.join(None)\n"),
    )
    invalid = (
        Example(
            "def f(fut):\n    return fut.result(timeout=None)\n", line=2, col=23,
            message="`timeout=None` waits forever; pass a finite timeout and handle the expiry",
        ),
        Example("import math\ndef f(ev):\n    ev.wait(timeout=math.inf)\n"),
        Example("import socket\ns = socket.socket()\ns.settimeout(None)\n"),
        Example("import socket\nsocket.setdefaulttimeout(None)\n"),
    )

    def _finite(self, ctx: FileContext, value: ast.expr) -> Fix:
        seconds = _seconds(self.opts)
        return Fix("unsafe", f"Wait at most {seconds} seconds",
                   (replace_node(ctx, value, str(seconds)),))

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        for kw in node.keywords:
            if kw.arg == "timeout":
                literal = _infinite_literal(kw.value, ctx)
                if literal is not None and not _not_a_wait(node, ctx):
                    self.report(
                        ctx, kw,
                        f"`timeout={literal}` waits forever; pass a finite timeout and "
                        "handle the expiry",
                        fix=self._finite(ctx, kw.value),
                    )
        func = node.func
        if not (len(node.args) == 1 and not node.keywords):
            return
        arg = node.args[0]
        if not (isinstance(arg, ast.Constant) and arg.value is None):
            return
        if isinstance(func, ast.Attribute) and func.attr == "settimeout":
            fact = ctx.type_of(func.value)
            if fact is not None and fact.name == SOCKET:
                self.report(
                    ctx, node,
                    "`settimeout(None)` makes every operation on this socket wait "
                    "forever; set a finite timeout",
                    fix=self._finite(ctx, arg),
                )
                return
        if isinstance(func, (ast.Name, ast.Attribute)):
            if ctx.qualified_name(func) == "socket.setdefaulttimeout":
                self.report(
                    ctx, node,
                    "`socket.setdefaulttimeout(None)` makes every new socket wait "
                    "forever; set a finite default",
                    fix=self._finite(ctx, arg),
                )


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (
    WaitWithoutTimeout,
    NetworkCallWithoutTimeout,
    ExplicitInfiniteTimeout,
)
