"""Statement-level facts inside one function: where a call sits, what ran
right before it, and whether a body can block.

Computed on demand for the few functions a rule asks about (a bounded walk of
that function's body, never of the whole tree), and cached per file by the
caller (``ctx.fact``). Nested ``def``/``class`` bodies belong to their own
function and are not part of the enclosing one's index.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import Optional, Union

from otp_lints.semantic import dotted, is_none

FunctionNode = Union[ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.Module]

_STMT_LISTS = ("body", "orelse", "finalbody")
_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def method_call(node: ast.AST, method: str) -> Optional[str]:
    """For ``X.method(...)`` with ``X`` a dotted name: ``X``'s text, else None."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == method
    ):
        return dotted(node.func.value)
    return None


class Place:
    """Where a statement sits: its parent statement (None at the top), the name of
    the field holding its list, the list and its index in it."""

    __slots__ = ("field", "index", "items", "parent")

    def __init__(
        self, parent: Optional[ast.AST], field: str, items: list[ast.stmt], index: int
    ) -> None:
        self.parent = parent
        self.field = field
        self.items = items
        self.index = index


class FunctionFlow:
    """The statements of one function (or the module's top level) and, for every
    expression node in them, its innermost statement."""

    def __init__(self, owner: FunctionNode) -> None:
        self.owner = owner
        self._stmt_of: dict[int, ast.stmt] = {}
        self._place: dict[int, Place] = {}
        if isinstance(owner, ast.Lambda):
            return
        self._index(None, "body", owner.body)

    def _index(self, parent: Optional[ast.AST], field: str, items: list[ast.stmt]) -> None:
        work: list[tuple[Optional[ast.AST], str, list[ast.stmt]]] = [(parent, field, items)]
        stmt_of = self._stmt_of
        while work:
            par, fld, lst = work.pop()
            for i, stmt in enumerate(lst):
                self._place[id(stmt)] = Place(par, fld, lst, i)
                if isinstance(stmt, _NESTED):
                    continue
                for name, value in ast.iter_fields(stmt):
                    if name in _STMT_LISTS:
                        work.append((stmt, name, value))
                        continue
                    if name in ("handlers", "cases"):
                        # except handlers / match cases: their expressions belong to
                        # the statement, their bodies are lists of their own
                        for block in value:
                            self._place[id(block)] = Place(stmt, name, [], 0)
                            for sub in ast.iter_child_nodes(block):
                                if not isinstance(sub, ast.stmt):
                                    for n in ast.walk(sub):
                                        stmt_of[id(n)] = stmt
                            work.append((block, "body", block.body))
                        continue
                    nodes = value if isinstance(value, list) else [value]
                    for v in nodes:
                        if isinstance(v, ast.AST) and not isinstance(v, ast.stmt):
                            for n in ast.walk(v):
                                stmt_of[id(n)] = stmt

    def statement(self, node: ast.AST) -> Optional[ast.stmt]:
        """The innermost statement of the function holding ``node``."""
        return self._stmt_of.get(id(node))

    def place(self, stmt: ast.AST) -> Optional[Place]:
        return self._place.get(id(stmt))

    def previous(self, stmt: ast.stmt) -> Optional[ast.stmt]:
        """The statement that ran right before ``stmt`` when ``stmt`` is reached
        without a jump: its previous sibling; for the first statement of a
        ``try``'s ``else``, the last of the ``try`` body; for the first of a
        ``with`` or ``try`` body, the statement before that block."""
        current: ast.AST = stmt
        while True:
            place = self._place.get(id(current))
            if place is None:
                return None
            if place.index > 0:
                return place.items[place.index - 1]
            parent = place.parent
            if isinstance(parent, ast.Try) and place.field == "orelse" and parent.body:
                return parent.body[-1]
            if isinstance(parent, (ast.With, ast.AsyncWith, ast.Try)) and place.field == "body":
                current = parent
                continue
            return None

    def dominators(self, stmt: ast.stmt) -> Iterator[ast.stmt]:
        """The statements that always ran before ``stmt`` in the same run of the
        function (earlier siblings in its list and in every enclosing list), nearest
        first. An ``except`` handler's statements are not preceded by their ``try``
        body (it may have stopped anywhere)."""
        current: ast.AST = stmt
        while True:
            place = self._place.get(id(current))
            if place is None:
                return
            for i in range(place.index - 1, -1, -1):
                yield place.items[i]
            parent = place.parent
            if parent is None:
                return
            if isinstance(parent, ast.ExceptHandler):
                owner = self._place.get(id(parent))
                if owner is None or owner.parent is None:
                    return
                current = owner.parent  # the try statement: what ran before it
                continue
            if isinstance(parent, ast.Try) and place.field in ("orelse", "finalbody"):
                if place.field == "orelse":
                    yield from reversed(parent.body)
                # finally: the try body may have stopped anywhere
            current = parent

    def enclosing(self, stmt: ast.AST) -> Iterator[ast.AST]:
        """The statements (and except handlers) enclosing ``stmt``, innermost first."""
        place = self._place.get(id(stmt))
        while place is not None and place.parent is not None:
            yield place.parent
            place = self._place.get(id(place.parent))


def calls_in(stmt: ast.AST) -> Iterator[ast.Call]:
    """The calls a simple statement makes, not those in nested ``lambda``/``def``."""
    stack: list[ast.AST] = [stmt]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Call):
            yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Lambda, *_NESTED)):
                continue
            stack.append(child)


def is_simple(stmt: ast.stmt) -> bool:
    """A statement that runs its expressions straight through (no block)."""
    return isinstance(
        stmt, (ast.Expr, ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Assert, ast.Return)
    )


# ---------------------------------------------------------------------------
# Can a body block?
# ---------------------------------------------------------------------------
#: Calls that wait on something else (a peer, a child, a lock, the network) by
#: their last name; ``get``/``put`` only when their arguments fit a queue's.
#: ``start`` runs an event loop or a server as often as it starts a thread (a
#: resolver knows the thread's, see ``Resolver.known_finite``).
BLOCKING_NAMES = frozenset({
    "wait", "wait_for", "join", "acquire", "result", "communicate",
    "accept", "recv", "recv_into", "recvfrom", "recvfrom_into", "recvmsg",
    "read", "read1", "readinto", "readline", "readlines",
    "send", "sendall", "sendto", "sendmsg", "sendfile", "connect", "connect_ex",
    "select", "poll", "serve_forever", "run_forever", "run_until_complete", "run",
    "run_sync", "start", "serve", "mainloop", "loop_forever",
    "urlopen", "urlretrieve", "create_connection", "getaddrinfo", "request",
    "getresponse", "fetch", "input", "waitpid", "wait3", "wait4", "waitid",
    "shutdown", "system", "check_call", "check_output", "getoutput",
    "getstatusoutput", "pause", "sigwait", "sigwaitinfo", "sigtimedwait",
})
#: Modules whose calls (by qualified name) wait for a child or a peer.
_BLOCKING_MODULES = ("subprocess.", "requests.", "httpx.", "urllib.request.")
#: ``join`` of these (by qualified name) is string work.
_STRING_JOINS = frozenset({"os.path.join", "posixpath.join", "ntpath.join", "shlex.join"})
#: Calls (by qualified name) that finish on their own.
FINITE_CALLS = frozenset({"time.sleep"})


def _arguments_fit_queue(call: ast.Call, positional: int) -> bool:
    """``q.get()``, ``q.get(True)``, ``q.put(x, block=True)``: arguments a queue's
    ``get``/``put`` takes (``d.get(key)``, ``Model.objects.get(pk=1)`` do not)."""
    if len(call.args) > positional + 2:
        return False
    for kw in call.keywords:
        if kw.arg not in (None, "block", "timeout"):
            return False
    for a in call.args[positional:]:
        if not (isinstance(a, ast.Constant) and (
            a.value is None or isinstance(a.value, (bool, int, float))
        )):
            return False
    return True


def passes_timeout(call: ast.Call) -> bool:
    """A ``timeout=`` keyword other than ``None``."""
    for kw in call.keywords:
        if kw.arg == "timeout":
            return not (isinstance(kw.value, ast.Constant) and kw.value.value is None)
    return False


def bounded_wait(call: ast.Call) -> bool:
    """A wait given a bound: a ``timeout=`` (not ``None``), a positional timeout of
    ``wait``/``join``/``result`` (``wait_for``'s second, ``get``'s second),
    ``acquire(False)``/``acquire(blocking=False)``, ``select`` with a timeout."""
    if passes_timeout(call):
        return True
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else (
        func.id if isinstance(func, ast.Name) else "")
    n = len(call.args)
    if name in ("wait", "join", "result", "exception"):
        return n >= 1 and not is_none(call.args[0])
    if name == "wait_for":
        return n >= 2 and not is_none(call.args[1])
    if name == "get":  # a queue's get(block, timeout), not d.get(key, default)
        return _arguments_fit_queue(call, 0) and (
            (n >= 2 and not is_none(call.args[1])) or not _truthy_block(call, 0))
    if name == "put":
        return n >= 1 and _arguments_fit_queue(call, 1) and (
            (n >= 3 and not is_none(call.args[2])) or not _truthy_block(call, 1))
    if name == "acquire":
        return not _truthy_block(call, 0) or (n >= 2 and not is_none(call.args[1]))
    if name == "select":
        return n >= 4 and not is_none(call.args[3])
    return False


def _truthy_block(call: ast.Call, position: int) -> bool:
    arg: Optional[ast.expr] = None
    for kw in call.keywords:
        if kw.arg in ("block", "blocking"):
            arg = kw.value
    if arg is None and len(call.args) > position:
        arg = call.args[position]
    if arg is None:
        return True
    return not (isinstance(arg, ast.Constant) and not arg.value)


def call_name(call: ast.Call) -> Optional[str]:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def may_block(call: ast.Call, qualified: Optional[str]) -> bool:
    """Whether a call, judged by its name and arguments alone, may wait on
    something: a wait (any, bounded or not: a body that waits talks to a peer),
    I/O with a peer, a child process. Calls of other names are taken to return."""
    if qualified in FINITE_CALLS:
        return False
    if passes_timeout(call):
        return True
    if qualified is not None and qualified.startswith(_BLOCKING_MODULES) and not (
        qualified.endswith(".Popen")
    ):
        return True  # a child to wait for, a request to a peer
    name = call_name(call)
    if name is None:
        return False
    if name in ("get", "put"):
        func = call.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
            return False  # ``X.filter(...).get()``: a queue is held, not made on the spot
        if name == "get":
            return _arguments_fit_queue(call, 0)
        return len(call.args) >= 1 and _arguments_fit_queue(call, 1)
    if name == "join":
        func = call.func
        if isinstance(func, ast.Attribute) and isinstance(
            func.value, (ast.Constant, ast.JoinedStr)
        ):
            return False  # ", ".join(...)
        return qualified not in _STRING_JOINS
    if name == "exception":
        return not call.args  # a future's; ``log.exception(msg)`` is logging
    if name == "acquire":
        return _truthy_block(call, 0)  # ``acquire(False)`` does not wait
    return name in BLOCKING_NAMES


class Stop:
    """The signal a joiner gave a thread right before joining it, as the thread's
    code writes it: ``<text>.set()`` on an event, or ``<text> = <value>`` on a flag;
    ``lock``: the lock (or condition) the joiner held while it set the flag
    (``with <lock>: <text> = <value>``), else None; ``notified``: the joiner
    also notified that condition there (``<lock>.notify()``); ``woken``: after
    that, it wrote to the thread's own self-pipe, which wakes a ``select``."""

    __slots__ = ("kind", "lock", "notified", "text", "value", "woken")

    def __init__(
        self, text: str, kind: str, value: object = None, lock: Optional[str] = None,
        notified: bool = False, woken: bool = False,
    ) -> None:
        self.text = text
        self.kind = kind  # "event" | "flag"
        self.value = value
        self.lock = lock
        self.notified = notified
        self.woken = woken


class Resolver:
    """What the body check asks of the semantic layer (see ``waits.py``)."""

    def qualified(self, expr: ast.AST, scope: object) -> Optional[str]:  # pragma: no cover
        raise NotImplementedError

    def callee(
        self, call: ast.Call, scope: object
    ) -> Optional[tuple[FunctionNode, object]]:  # pragma: no cover
        """The same-file function a call runs, with its scope, or None."""
        raise NotImplementedError

    def callees(
        self, call: ast.Call, scope: object
    ) -> tuple[list[tuple[FunctionNode, object]], bool]:
        """Every same-file function a call may run, and whether that is all it may
        run (a call through an attribute set to one of several methods runs any
        of them). By default the one ``callee``."""
        target = self.callee(call, scope)
        return ([], False) if target is None else ([target], True)

    #: When set, a call out of the file ends only when ``cannot_block`` says so
    #: (instead of whenever its name does not say it waits).
    strict: bool = False

    def known_finite(self, call: ast.Call, qualified: Optional[str], scope: object) -> bool:
        """A call known to end whatever its name says (``time.sleep``)."""
        return qualified in FINITE_CALLS

    def cannot_block(self, call: ast.Call, qualified: Optional[str], scope: object) -> bool:
        """In strict mode: a call out of the file that the code shows cannot wait
        on anything (a builtin, a method of a list the code built)."""
        return False


_MAX_DEPTH = 3


def _stops_positive(test: ast.expr, stop: Stop) -> bool:
    """``test`` is true once the stop signal was given: ``C.is_set()``,
    ``C.wait(t)``, or the flag's value."""
    if stop.kind == "event":
        if method_call(test, "is_set") == stop.text:
            return True
        return (
            method_call(test, "wait") == stop.text
            and isinstance(test, ast.Call)
            and bounded_wait(test)
        )
    if dotted(test) == stop.text:
        return bool(stop.value)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return dotted(test.operand) == stop.text and not stop.value
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and dotted(test.left) == stop.text:
        right = test.comparators[0]
        if isinstance(right, ast.Constant) and isinstance(test.ops[0], (ast.Is, ast.Eq)):
            return right.value == stop.value
    return False


def _stops_loop(test: ast.expr, stop: Stop) -> bool:
    """A ``while`` condition that is false once the stop signal was given."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return any(_stops_loop(v, stop) for v in test.values)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _stops_positive(test.operand, stop)
    if stop.kind == "flag":
        if dotted(test) == stop.text:
            return not stop.value
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and dotted(test.left) == stop.text:
            right = test.comparators[0]
            if isinstance(right, ast.Constant) and isinstance(test.ops[0], (ast.IsNot, ast.NotEq)):
                return right.value == stop.value
            # ``while self._terminate == False:``, the flag then set to True
            if isinstance(right, ast.Constant) and isinstance(test.ops[0], ast.Eq):
                return bool(right.value != stop.value)
            if isinstance(right, ast.Constant) and isinstance(test.ops[0], ast.Is):
                return right.value is not stop.value
    return False


def _leaves_on(stmt: ast.stmt, stop: Stop) -> bool:
    """``if <the signal was given>: ... break`` (or ``return``)."""
    return (
        isinstance(stmt, ast.If)
        and _stops_positive(stmt.test, stop)
        and bool(stmt.body)
        and isinstance(stmt.body[-1], (ast.Break, ast.Return))
    )


def _locked_check(loop: ast.While, stop: Stop) -> Optional[list[ast.stmt]]:
    """A loop that checks a flag set under a lock while holding that lock: its
    body holds one ``with <lock>:`` block (that never waits on the lock, so
    never lets it go inside) whose first statements check the flag and leave the
    loop. The joiner set the flag while holding the lock, so the thread was not
    inside that block then; the next time it enters it, it leaves. What must end
    for that is returned, to be checked: the loop body but that block, and the
    whole block (the joiner waits for the thread to leave it before it can set
    the flag: a thread blocked inside, holding the lock, hangs the joiner there).
    None for another loop."""
    if stop.kind != "flag" or stop.lock is None:
        return None
    blocks = [
        s for s in loop.body
        if isinstance(s, ast.With) and len(s.items) == 1
        and dotted(s.items[0].context_expr) == stop.lock
    ]
    if len(blocks) != 1:
        return None
    block = blocks[0]
    guarded: set[int] = set()
    if stop.notified:
        # ``while <...> and not <flag>: <lock>.wait()``: the joiner's notify wakes
        # it, and the loop's test, checked under the lock, then lets it go on
        for node in ast.walk(block):
            if isinstance(node, ast.While) and _stops_loop(node.test, stop):
                guarded.update(id(c) for s in node.body if isinstance(s, ast.Expr)
                               for c in [s.value] if method_call(c, "wait") == stop.lock)
    for node in ast.walk(block):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("wait", "wait_for", "release") \
                and dotted(node.func.value) == stop.lock and id(node) not in guarded:
            return None  # the lock is let go inside the block
    rest = [s for s in loop.body if s is not block] + block.body
    stmts: list[ast.stmt] = block.body
    for _ in range(4):  # into the body of a ``try`` the check sits in
        for stmt in stmts:
            if _leaves_on(stmt, stop):
                return rest
            if isinstance(stmt, ast.Try):
                stmts = stmt.body
                break
        else:
            return None
    return None


def _is_stop_loop(loop: ast.While, stop: Stop) -> bool:
    if _stops_loop(loop.test, stop):
        return True
    if isinstance(loop.test, ast.Constant) and loop.test.value:
        for stmt in loop.body:  # while True: ... if C.is_set(): break
            if (
                isinstance(stmt, ast.If)
                and _stops_positive(stmt.test, stop)
                and stmt.body
                and isinstance(stmt.body[-1], (ast.Break, ast.Return))
            ):
                return True
    return False


#: Waits for file descriptors: a write to the self-pipe they watch wakes them.
_SELECTS = frozenset({"select", "poll", "epoll", "kqueue"})


def _mapping_view(it: ast.expr) -> bool:
    """``X.items()``/``keys()``/``values()``: a snapshot-sized view of a mapping;
    ``X.all()``: every item of a collection at once (the accessor convention of
    ``QuerySet.all()``, SQLAlchemy's ``Query.all()``, Django's
    ``connections.all()``), a finite collection, not a stream."""
    return (
        isinstance(it, ast.Call) and not it.args and not it.keywords
        and isinstance(it.func, ast.Attribute)
        and it.func.attr in ("items", "keys", "values", "all")
    )


def finite_function(
    func: FunctionNode, scope: object, resolver: Resolver, stop: Optional[Stop] = None,
    depth: int = 0, seen: Optional[set[int]] = None,
) -> bool:
    """Whether running ``func`` ends on its own: no ``while`` loop, ``for`` loops
    only over ``range(...)``, a literal, a mapping's ``items()``/``keys()``/
    ``values()`` or a collection's ``all()``, no ``with`` on a lock (a bare name),
    no ``await``/``yield``, no call that may block (``may_block``) unless it is
    given a timeout (``bounded_wait``: it returns within it), and every function
    of the same file it calls is finite too (up to three calls deep; deeper
    counts as blocking). A function that fails still ends.

    With ``stop`` (a signal given before the join): ``while`` loops that end on
    that signal are allowed when their waits are bounded, and so is waiting on
    the stop event itself; a flag set under a lock also ends a loop that checks
    it first thing each time it takes that lock (``_locked_check``)."""
    seen = set() if seen is None else seen
    if id(func) in seen or depth > _MAX_DEPTH:
        return False  # recursion, or too deep to tell
    if isinstance(func, (ast.AsyncFunctionDef, ast.Module)):
        return False
    seen.add(id(func))
    try:
        if isinstance(func, ast.Lambda):
            return _finite_expr(func.body, scope, resolver, stop, depth, seen)
        return _finite_block(func.body, scope, resolver, stop, depth, seen)
    finally:
        seen.discard(id(func))


def _finite_block(
    stmts: list[ast.stmt], scope: object, resolver: Resolver, stop: Optional[Stop],
    depth: int, seen: set[int],
) -> bool:
    work = list(stmts)
    while work:
        stmt = work.pop()
        if isinstance(stmt, _NESTED):
            continue
        if isinstance(stmt, (ast.AsyncFor, ast.AsyncWith)):
            return False
        if isinstance(stmt, ast.While):
            if stop is None:
                return False
            locked = _locked_check(stmt, stop)
            if locked is None and not _is_stop_loop(stmt, stop):
                return False
            if not _finite_expr(stmt.test, scope, resolver, stop, depth, seen):
                return False
            work.extend(stmt.body if locked is None else locked)
            work.extend(stmt.orelse)
            continue
        if isinstance(stmt, ast.For):
            it = stmt.iter
            ranged = (
                isinstance(it, ast.Call) and resolver.qualified(it.func, scope) == "builtins.range"
            )
            if not (ranged or isinstance(it, (ast.List, ast.Tuple, ast.Set, ast.Constant))
                    or _mapping_view(it)):
                return False
        if isinstance(stmt, ast.With):
            if any(not isinstance(item.context_expr, ast.Call) for item in stmt.items):
                return False  # ``with lock:`` waits for the lock
        for name, value in ast.iter_fields(stmt):
            if name in _STMT_LISTS:
                work.extend(value)
            elif name == "handlers" or name == "cases":
                for block in value:
                    work.extend(block.body)
                    for sub in ast.iter_child_nodes(block):
                        if not isinstance(sub, ast.stmt) and not _finite_expr(
                            sub, scope, resolver, stop, depth, seen
                        ):
                            return False
            else:
                for v in value if isinstance(value, list) else [value]:
                    if isinstance(v, ast.AST) and not isinstance(v, ast.stmt):
                        if not _finite_expr(v, scope, resolver, stop, depth, seen):
                            return False
    return True


def _finite_expr(
    expr: ast.AST, scope: object, resolver: Resolver, stop: Optional[Stop],
    depth: int, seen: set[int],
) -> bool:
    stack: list[ast.AST] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Await, ast.Yield, ast.YieldFrom)):
            return False
        if isinstance(node, ast.Call) and not _finite_call(
            node, scope, resolver, stop, depth, seen
        ):
            return False
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.Lambda, *_NESTED)):
                stack.append(child)
    return True


def _finite_call(
    call: ast.Call, scope: object, resolver: Resolver, stop: Optional[Stop],
    depth: int, seen: set[int],
) -> bool:
    if stop is not None and stop.kind == "event" and method_call(call, "wait") == stop.text:
        return True  # the event is set before the join
    if stop is not None and stop.notified and stop.lock is not None \
            and method_call(call, "wait") == stop.lock and not call.args and not call.keywords:
        return True  # in a loop that ends on the flag (``_locked_check``), woken by notify
    if stop is not None and stop.woken and call_name(call) in _SELECTS:
        return True  # the joiner wrote to the self-pipe it watches
    if bounded_wait(call):
        return True  # it returns within its timeout
    qualified = resolver.qualified(call.func, scope)
    if resolver.known_finite(call, qualified, scope):
        return True
    if may_block(call, qualified):
        return False
    targets, complete = resolver.callees(call, scope)
    if not all(
        # calling an undecorated ``async def`` only makes a coroutine: it runs nothing
        (isinstance(func, ast.AsyncFunctionDef) and not func.decorator_list)
        or finite_function(func, func_scope, resolver, None, depth + 1, seen)
        for func, func_scope in targets
    ):
        return False
    if complete:
        return True
    return not resolver.strict or resolver.cannot_block(call, qualified, scope)
