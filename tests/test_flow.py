"""Statement-level facts of one function (flow.py): what ran before a statement,
and whether a body can block."""

from __future__ import annotations

import ast
import textwrap
from typing import Optional

from otp_lints.flow import (
    FunctionFlow,
    Resolver,
    Stop,
    finite_function,
    may_block,
)


def _function(code: str) -> ast.FunctionDef:
    tree = ast.parse(textwrap.dedent(code))
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef)
    return func


def _line(flow: FunctionFlow, func: ast.AST, line: int) -> ast.stmt:
    for node in ast.walk(func):
        if isinstance(node, ast.stmt) and node.lineno == line and flow.place(node):
            return node
    raise AssertionError(line)


def test_previous_and_dominators() -> None:
    func = _function("""
        def f(p, flag):
            a = 1
            try:
                p.kill()
            except OSError:
                b = 2
                c = 3
            else:
                p.wait()
            if flag:
                d = 4
            with open('x'):
                e = 5
            for x in y:
                g = 6
            h = 7
    """)
    flow = FunctionFlow(func)
    at = lambda line: _line(flow, func, line)  # noqa: E731
    assert flow.previous(at(10)) is at(5)  # the else of a try: after its body
    assert flow.previous(at(14)) is at(11)  # a with body: after what ran before it
    assert flow.previous(at(8)) is at(7)
    assert flow.previous(at(7)) is None  # an except handler starts after a jump
    assert flow.previous(at(12)) is None  # an if body: after its test
    # what always ran before: earlier siblings, up every enclosing block; not the
    # try body before a handler, nor a loop's or an if's body after it
    assert [s.lineno for s in flow.dominators(at(8))] == [7, 3]
    assert [s.lineno for s in flow.dominators(at(12))] == [4, 3]
    assert [s.lineno for s in flow.dominators(at(17))] == [15, 13, 11, 4, 3]
    assert [s.lineno for s in flow.dominators(at(10))] == [5, 3]


class _Names(Resolver):
    def qualified(self, expr: ast.AST, scope: object) -> Optional[str]:
        if isinstance(expr, ast.Name) and expr.id == "range":
            return "builtins.range"
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            return f"{expr.value.id}.{expr.attr}"
        return None

    def callee(self, call: ast.Call, scope: object):
        return None


def _finite(code: str, stop: Optional[Stop] = None, strict: bool = False) -> bool:
    names = _Names()
    names.strict = strict
    return finite_function(_function(code), None, names, stop)


def test_finite_bodies() -> None:
    assert _finite("def f(l):\n    l.append(1)\n    time.sleep(1)\n")
    assert _finite("def f(l):\n    for i in range(3):\n        l.append(i)\n")
    assert _finite("def f(m):\n    m.objects.get(pk=1)\n    ', '.join(m)\n")
    assert _finite("def f(lock):\n    lock.acquire(blocking=False)\n")
    assert not _finite("def f(q):\n    q.get()\n")
    assert not _finite("def f(q):\n    q.put(1, True)\n")
    # a wait given a timeout returns within it
    assert _finite("def f(ev):\n    ev.wait(5)\n")
    assert _finite("def f(c):\n    c.fetch(timeout=1)\n    c.get_message(timeout=0)\n")
    assert not _finite("def f(ev):\n    ev.wait(None)\n")
    assert not _finite("def f(c):\n    c.fetch(timeout=None)\n")
    assert not _finite("def f(q):\n    q.get(True, None)\n")
    assert _finite("def f(q):\n    q.get(True, 5)\n    q.put(1, True, 5)\n")
    # not a queue's (block, timeout): a scheduler's get(graph, key) may run anything
    assert not _finite("def f(dsk):\n    get(dsk, 'y')\n", strict=True)
    assert not _finite("def f(l):\n    while l:\n        l.pop()\n")
    assert not _finite("def f(s):\n    for line in s:\n        print(line)\n")
    # a mapping's view is as long as the mapping: a loop over it ends
    assert _finite("def f(d):\n    for q in d.values():\n        q.done = True\n")
    assert not _finite("def f(d):\n    for q in d.values(1):\n        q.done = True\n")
    assert not _finite("def f(lock):\n    with lock:\n        pass\n")
    assert not _finite("def f(loop):\n    loop.run_until_complete(x())\n")
    assert not _finite("def f(a):\n    subprocess.check_output(a)\n")


class _Two(_Names):
    """``self.step`` may run ``a`` (finite) or ``b`` (loops forever)."""

    def __init__(self, *funcs: ast.FunctionDef, complete: bool = True) -> None:
        self.funcs = funcs
        self.complete = complete

    def callees(self, call: ast.Call, scope: object):
        if isinstance(call.func, ast.Attribute) and call.func.attr == "step":
            return [(f, None) for f in self.funcs], self.complete
        return [], False


def test_a_call_that_may_run_any_of_several_functions() -> None:
    body = _function("def f(self):\n    self.step()\n")
    finite = _function("def a(self):\n    return 1\n")
    forever = _function("def b(self):\n    while True:\n        pass\n")
    assert finite_function(body, None, _Two(finite), None)
    assert not finite_function(body, None, _Two(finite, forever), None)
    # some of what it runs is unknown: strict mode does not take it to return
    strict = _Two(finite, complete=False)
    assert finite_function(body, None, strict, None)
    strict.strict = True
    assert not finite_function(body, None, strict, None)


def test_bodies_that_stop_on_a_signal() -> None:
    loop = """
        def f(stop, c):
            while not stop.is_set():
                c.drain(timeout=0.1)
    """
    assert not _finite(loop)
    assert _finite(loop, Stop("stop", "event"))
    assert not _finite(loop, Stop("other", "event"))
    untimed = """
        def f(stop, q):
            while not stop.is_set():
                q.get()
    """
    assert not _finite(untimed, Stop("stop", "event"))
    flag = """
        def f(self):
            while self.running and self.ok:
                time.sleep(1)
    """
    assert _finite(flag, Stop("self.running", "flag", False))
    assert not _finite(flag, Stop("self.running", "flag", True))
    breaking = """
        def f(stop):
            while True:
                if stop.wait(1):
                    break
    """
    assert _finite(breaking, Stop("stop", "event"))
    waits_on_it = "def f(e2):\n    e2.wait()\n    return 1\n"
    assert _finite(waits_on_it, Stop("e2", "event"))


def test_a_flag_set_under_the_lock_the_loop_checks_it_under() -> None:
    """The joiner set the flag holding the lock, so the thread was outside its
    ``with`` block then; once it enters it again it sees the flag and leaves.
    What runs outside the block must be finite, and so must the block: the
    joiner waits for the thread to leave it before it can set the flag."""
    loop = """
        def loop(self):
            self.sub()
            while True:
                time.sleep(0.01)
                with self.cond:
                    old = self.state
                    try:
                        if self.state == 4:
                            break
                        self.conn.recv(timeout=1)
                    finally:
                        self.cond.notify()
                if old == 1:
                    self.seen = True
    """
    stop = Stop("self.state", "flag", 4, "self.cond")
    assert _finite(loop, stop)
    assert not _finite(loop)
    assert not _finite(loop, Stop("self.state", "flag", 4))  # not set under the lock
    assert not _finite(loop, Stop("self.state", "flag", 4, "self.other"))
    assert not _finite(loop, Stop("self.state", "flag", 3, "self.cond"))
    outside = loop.replace("time.sleep(0.01)", "self.conn.recv()")
    assert not _finite(outside, stop)  # may block outside the block
    holding = loop.replace("self.conn.recv(timeout=1)", "self.conn.recv()")
    assert holding != loop
    assert not _finite(holding, stop)  # may block holding the lock: the joiner waits
    waits = loop.replace("old = self.state", "self.cond.wait()")
    assert not _finite(waits, stop)  # lets the lock go inside the block
    late = loop.replace(
        "if self.state == 4:\n                            break\n"
        "                        self.conn.recv(timeout=1)",
        "self.conn.recv()\n                        if self.state == 4:\n"
        "                            break",
    )
    assert late != loop
    assert not _finite(late, stop)  # blocks before it checks


def test_a_notified_condition_and_a_woken_select() -> None:
    """The joiner set the flag and notified the condition under its lock, then
    wrote to the self-pipe: the thread's wait on the condition, in a loop whose
    test checks the flag, wakes and sees it; its select returns."""
    loop = """
        def run(self):
            while True:
                with self.cond:
                    while self.fds is None and not self.closing:
                        self.cond.wait()
                    if self.closing:
                        return
                    fds = self.fds
                select.select(fds, [], [])
    """
    woken = Stop("self.closing", "flag", True, "self.cond", notified=True, woken=True)
    assert _finite(loop, woken)
    assert not _finite(loop, Stop("self.closing", "flag", True, "self.cond", woken=True))
    assert not _finite(loop, Stop("self.closing", "flag", True, "self.cond", notified=True))
    unguarded = loop.replace("while self.fds is None and not self.closing:",
                             "while self.fds is None:")
    assert unguarded != loop
    assert not _finite(unguarded, woken)  # waits again though the flag is set


def test_may_block_reads_names_and_arguments() -> None:
    def call(src: str) -> ast.Call:
        node = ast.parse(src, mode="eval").body
        assert isinstance(node, ast.Call)
        return node

    assert may_block(call("q.get()"), None)
    assert not may_block(call("d.get(key)"), None)
    assert not may_block(call("M.objects.filter(a=1).get()"), None)
    assert may_block(call("t.join()"), None)
    assert not may_block(call("os.path.join(a, b)"), "os.path.join")
    assert not may_block(call("log.exception('x')"), None)
    assert may_block(call("fut.exception()"), None)
    assert may_block(call("x.anything(timeout=3)"), None)
    assert not may_block(call("x.anything(timeout=None)"), None)
    assert not may_block(call("time.sleep(3)"), "time.sleep")
    assert may_block(call("requests.get(u)"), "requests.get")
