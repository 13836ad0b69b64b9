"""The shared semantic layer: qualified names, known receivers, discarded results."""

from __future__ import annotations

import ast
import textwrap

from otp_lints.context import FileContext
from otp_lints.engine import walk


def model(code: str):
    tree = ast.parse(textwrap.dedent(code))
    ctx = FileContext("m.py", tree, False)
    collect = {ast.Call: [], ast.Name: []}
    walk(ctx, collect)
    return ctx, collect


def calls(code: str):
    ctx, collect = model(code)
    return ctx, sorted(collect[ast.Call], key=lambda c: (c[0].lineno, c[0].col_offset))


def test_qualified_names() -> None:
    ctx, cs = calls("""
        import os
        import os.path
        import threading as th
        from os import kill as k
        from concurrent.futures import ThreadPoolExecutor
        from . import sibling
        os.kill(1, 2)
        os.path.join('a')
        th.local()
        k(1, 2)
        ThreadPoolExecutor()
        sibling.f()
        len([])
        unknown()
    """)
    got = [ctx.semantic.qualified_name(c.func, s) for c, s in cs]
    assert got == ["os.kill", "os.path.join", "threading.local", "os.kill",
                   "concurrent.futures.ThreadPoolExecutor", "..sibling.f"[1:], "builtins.len",
                   None]


def test_relative_imports_in_a_known_package() -> None:
    # ``from . import api`` in package ``jobrunner.cli`` is ``jobrunner.cli.api``
    # (was ``jobrunner.cliapi``); ``from .. import x`` one package up.
    tree = ast.parse(textwrap.dedent("""
        from . import api
        from .. import settings
        from .util import helper
        api.submit(1)
        settings.load()
        helper()
    """))
    ctx = FileContext("jobrunner/cli/m.py", tree, False, package="jobrunner.cli")
    collect: dict = {ast.Call: [], ast.Name: []}
    walk(ctx, collect)
    cs = sorted(collect[ast.Call], key=lambda c: c[0].lineno)
    got = [ctx.semantic.qualified_name(c.func, s) for c, s in cs]
    assert got == ["jobrunner.cli.api.submit", "jobrunner.settings.load",
                   "jobrunner.cli.util.helper"]


def test_rebound_names_are_not_trusted() -> None:
    ctx, cs = calls("""
        import os
        os = None
        os.kill(1, 2)
        import signal
        def f():
            signal.pthread_kill(1, 2)
        def g():
            global signal
            signal = 1
        def h(threading):
            threading.local()
        len = 3
        len([])
    """)
    assert [ctx.semantic.qualified_name(c.func, s) for c, s in cs] == [None, None, None, None]


def test_try_except_import_of_same_name_is_trusted_only_if_identical() -> None:
    ctx, cs = calls("""
        try:
            import tomllib
        except ImportError:
            import tomli as tomllib
        try:
            from os import kill
        except ImportError:
            from os import kill
        tomllib.loads('')
        kill(1, 2)
    """)
    assert [ctx.semantic.qualified_name(c.func, s) for c, s in cs] == [None, "os.kill"]


def _type_at(code: str, line: int):
    ctx, cs = calls(code)
    for c, s in cs:
        if c.lineno == line and isinstance(c.func, ast.Attribute):
            fact = ctx.semantic.type_of(c.func.value, s)
            return fact.name if fact else None
    raise AssertionError(f"no method call on line {line}")


def test_known_receivers() -> None:
    src = """
        import socket, queue, threading
        from typing import Optional
        s = socket.socket()
        s.send(b'')
        def f(q: queue.Queue, o: Optional[threading.Event], p: "queue.Queue[int]", u):
            q.get()
            o.wait()
            p.get()
            u.get()
            with socket.create_connection(('h', 1)) as c:
                c.send(b'')
            a, b = socket.socketpair()
            b.send(b'')
            conn, addr = s.accept()
            conn.send(b'')
            x = queue.Queue()
            x = object()
            x.get()
            fut = pool.submit(work, 1)
            fut.result()
            t: threading.Thread | None = None
            t.join()
    """
    expected = {5: "socket.socket", 7: "queue.Queue", 8: "threading.Event", 9: "queue.Queue",
                10: None, 12: "socket.socket", 14: "socket.socket", 16: "socket.socket",
                19: None, 21: None, 23: "threading.Thread"}  # 21: OTP401's guess only
    for line, want in expected.items():
        assert _type_at(src, line) == want, line


def test_self_attributes_across_the_class() -> None:
    src = """
        import threading
        class W:
            lock: threading.Event
            def __init__(self):
                self.t = None
                self.q = threading.Event()
            def start(self):
                self.t = threading.Thread(target=self.run)
                self.t.start()
                self.q.wait()
                self.lock.wait()
            def other(this):
                this.t.join()
        class V:
            def __init__(self, t):
                self.t = t
            def stop(self):
                self.t.join()
    """
    assert _type_at(src, 10) == "threading.Thread"
    assert _type_at(src, 11) == "threading.Event"
    assert _type_at(src, 12) == "threading.Event"
    assert _type_at(src, 14) == "threading.Thread"  # any name for self
    assert _type_at(src, 19) is None


def test_receivers_added_for_precision() -> None:
    """SPEC 7.1: Future() built or annotated; threads in a list built in the
    function; Thread/Process subclasses of the file; a class-level ``= None``
    default; a constructor imported inside a method; ``self.a, b = s.accept()``."""
    src = """
        import threading, concurrent.futures, socket, multiprocessing
        from concurrent.futures import Future
        class W(threading.Thread):
            def run(self): pass
        class W2(W):
            pass
        class OwnJoin(threading.Thread):
            def join(self, timeout=1): pass
        def f(hammer, other: concurrent.futures.Future):
            ts = [threading.Thread(target=hammer, args=(n,)) for n in range(4)]
            for t in ts:
                t.join()
            us = []
            us.append(threading.Thread(target=hammer))
            us.append(W())
            for u in us:
                u.join()
            W2().join()
            OwnJoin().join()
            fut = Future()
            fut.result()
            other.result()
            [x.join() for x in ts]
            for y in (W(), W2()):
                y.join()
            mixed = []
            mixed.append(3)
            mixed.append(W())
            for m in mixed:
                m.join()
            grown = [W()]
            grown += [3]
            for g in grown:
                g.join()
            for z in ts + us:
                z.join()
        class C:
            t = None
            def __init__(self):
                from queue import Queue
                self.q = Queue()
            def start(self):
                self.t = threading.Thread(target=self.run)
            def stop(self):
                self.t.join()
                self.q.get()
        class S:
            def __init__(self):
                self.sock = socket.socket()
            def acc(self):
                self.conn, addr = self.sock.accept()
            def go(self):
                self.conn.send(b'x')
        class P(multiprocessing.Process):
            pass
        def g(w: W, p: P):
            w.join()
            p.join()
    """
    thread, future = "threading.Thread", "concurrent.futures.Future"
    expected = {13: thread, 18: thread, 19: thread, 20: None, 22: future, 23: future,
                24: thread, 26: thread, 31: None, 35: None, 37: None,
                46: thread, 47: "queue.Queue", 54: "socket.socket", 58: thread,
                59: "multiprocessing.Process"}
    for line, want in expected.items():
        assert _type_at(src, line) == want, line


def test_discarded_results() -> None:
    ctx, cs = calls("""
        import asyncio
        asyncio.create_task(a())
        _ = asyncio.create_task(b())
        t = asyncio.create_task(c())
        async def f():
            u = asyncio.create_task(d())
            v = asyncio.create_task(e())
            await v
            w = asyncio.create_task(g())
            def inner():
                return w
        def dyn():
            x = asyncio.create_task(h())
            print(locals())
        print(asyncio.create_task(i()))
    """)
    got = {c.args[0].func.id: ctx.semantic.is_discarded(c) for c, _ in cs
           if isinstance(c.func, ast.Attribute) and c.func.attr == "create_task"}
    assert got == {"a": True, "b": True, "c": False, "d": True, "e": False, "g": False,
                   "h": False, "i": False}


def test_deep_expression_does_not_recurse() -> None:
    code = "x = " + " + ".join(["a"] * 1500) + "\nimport os\nos.kill(1, 2)\n"
    ctx, cs = calls(code)
    assert any(ctx.semantic.qualified_name(c.func, s) == "os.kill" for c, s in cs)


# -- OTP3xx/OTP4xx additions: receivers, handles, call shapes ---------------------
def _fact_at(code: str, line: int):
    """The TypeFact of the receiver of the method call on ``line``."""
    ctx, cs = calls(code)
    for c, s in cs:
        if c.lineno == line and isinstance(c.func, ast.Attribute):
            return ctx.semantic.type_of(c.func.value, s)
    raise AssertionError(f"no method call on line {line}")


def test_concurrency_receivers() -> None:
    src = """
        import asyncio, anyio, multiprocessing, queue, subprocess, threading
        from multiprocessing.dummy import Pool as DummyPool
        async def f(ann: asyncio.TaskGroup, ex):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(w())
            async with anyio.create_task_group() as atg:
                atg.start_soon(w)
            ann.create_task(w())
            t = threading.Timer(1, w)
            t.join()
            p = multiprocessing.Process(target=w)
            p.join()
            pool = DummyPool(2)
            r = pool.apply_async(w)
            r.get()
            proc = subprocess.Popen(['ls'])
            proc.wait()
            fut = ex.submit(w, 1)
            fut.result()
            nofut = ex.submit()
            nofut.result()
            with threading.Condition() as c:
                c.wait()
            b = threading.Barrier(2)
            b.wait()
    """
    expected = {6: "asyncio.TaskGroup", 8: "asyncio.TaskGroup", 9: "asyncio.TaskGroup",
                11: "threading.Timer", 13: "multiprocessing.Process",
                16: "multiprocessing.pool.AsyncResult", 18: "subprocess.Popen",
                20: None, 22: None, 24: None,
                26: "threading.Barrier"}
    for line, want in expected.items():
        fact = _fact_at(src, line)
        assert (fact.name if fact else None) == want, line
    # ``X.submit(fn, ...)`` makes a future only for OTP401, which guesses so.
    from otp_lints.rules.waits import _types

    ctx, cs = calls(src)
    got = {c.lineno: _types(ctx).type_of(c.func.value, s) for c, s in cs
           if c.lineno in (20, 22) and isinstance(c.func, ast.Attribute)}
    assert {n: f.name if f else None for n, f in got.items()} == {
        20: "concurrent.futures.Future", 22: None}


def test_queue_created_bounded() -> None:
    from otp_lints.rules.waits import created_bounded

    src = """
        import queue, multiprocessing
        def f(q: queue.Queue, n):
            a = queue.Queue()
            a.put(1)
            b = queue.Queue(10)
            b.put(1)
            c = queue.Queue(maxsize=n)
            c.put(1)
            d = queue.Queue(0)
            d.put(1)
            e = multiprocessing.Queue(maxsize=-1)
            e.put(1)
            q.put(1)
            g = queue.Queue(*n)
            g.put(1)
    """
    got = {line: created_bounded(_fact_at(src, line)) for line in (5, 7, 9, 11, 13, 14, 16)}
    assert got == {5: False, 7: True, 9: True, 11: False, 13: False, 14: False, 16: False}


def test_handle_kept_counts_uses_without_a_walk() -> None:
    from otp_lints.rules.supervision import handle_kept, handle_uses

    tree = ast.parse(textwrap.dedent("""
        import threading
        def started_only():
            t = threading.Thread(target=w)
            t.daemon = True
            t.name = 'x'
            t.setDaemon(True)
            t.start()
        def joined():
            t = threading.Thread(target=w)
            t.start()
            t.join()
        def stored(box):
            t = threading.Thread(target=w)
            t.start()
            box.append(t)
        def nested():
            t = threading.Thread(target=w)
            t.start()
            return lambda: t.join()
        def never_started():
            t = threading.Thread(target=w)
        def declared_global():
            global t
            t = threading.Thread(target=w)
            t.start()
    """))
    ctx = FileContext("m.py", tree, False)
    ctx.collected = {ast.Call: [], ast.Assign: []}  # what OTP303 has collected
    walk(ctx, ctx.collected)
    sem = ctx.semantic
    got = {}
    for c, _s in ctx.nodes(ast.Call):
        if isinstance(c.func, ast.Attribute) and c.func.attr == "Thread":
            local = sem.assigned_local(c)
            if local is None:
                got[c.lineno] = None
                continue
            name, scope = local
            got[c.lineno] = (sorted(handle_uses(ctx, name, scope)),
                             handle_kept(ctx, name, scope))
    assert got == {
        4: (["daemon", "name", "setDaemon", "start"], False),
        10: (["start"], True),
        14: (["start"], True),
        18: (["start"], True),
        22: ([], False),
        25: None,
    }


def test_calls_expected_to_raise_discard_nothing() -> None:
    ctx, cs = calls("""
        import subprocess, pytest
        def test(self):
            with self.assertRaises(ValueError):
                subprocess.Popen(['\\0'])
            with pytest.raises(OSError):
                p = subprocess.Popen(['missing'])
            with open('f'):
                subprocess.Popen(['ls'])
            with pytest.raises(OSError):
                subprocess.Popen(['runs-first'])
                p = subprocess.Popen(['missing'])
    """)
    got = {c.lineno: ctx.semantic.is_discarded(c) for c, _ in cs
           if isinstance(c.func, ast.Attribute) and c.func.attr == "Popen"}
    assert got == {5: False, 7: False, 9: True, 11: True, 12: False}


def test_may_name_is_a_cheap_superset_of_qualified_names() -> None:
    ctx, cs = calls("""
        import subprocess
        from subprocess import Popen as P
        from os import kill
        subprocess.Popen([])
        P([])
        kill(1, 2)
        x.y()
    """)
    last = frozenset({"Popen"})
    got = [ctx.semantic.may_name(c.func, last) for c, _ in cs]
    assert got == [True, True, False, False]
    assert [ctx.semantic.qualified_name(c.func, s) for c, s in cs][:2] == [
        "subprocess.Popen", "subprocess.Popen"]


def test_call_argument_and_may_pass() -> None:
    from otp_lints.semantic import call_argument, may_pass

    def call(src: str) -> ast.Call:
        node = ast.parse(src, mode="eval").body
        assert isinstance(node, ast.Call)
        return node

    assert ast.unparse(call_argument(call("q.get(True, 5)"), 1, "timeout")) == "5"
    assert ast.unparse(call_argument(call("q.get(timeout=3)"), 1, "timeout")) == "3"
    assert call_argument(call("q.get(True)"), 1, "timeout") is None
    assert call_argument(call("q.get(*a)"), 0, "block") is None
    assert may_pass(call("t.join(5)"), 0, "timeout")
    assert may_pass(call("t.join(**kw)"), 0, "timeout")
    assert may_pass(call("t.join(*a)"), 0, "timeout")
    assert not may_pass(call("t.join()"), 0, "timeout")
    assert not may_pass(call("requests.get(u)"), None, "timeout")


def test_collected_nodes_are_available_to_facts() -> None:
    from otp_lints.engine import RuleSet, run_rules
    from otp_lints.rules import all_rules

    tree = ast.parse("import queue\nq = queue.Queue()\nq.empty()\nq.get()\nprint(q)\n")
    ctx = FileContext("m.py", tree, False)
    run_rules(ctx, RuleSet([all_rules()["OTP401"]()]))
    # Only the calls an enabled rule names: `get` (dispatched), `empty` (a fact).
    names = sorted(ast.unparse(n.func) for n, _ in ctx.nodes(ast.Call))
    assert names == ["q.empty", "q.get"]
    assert ctx.nodes(ast.While) == []


def test_calls_of_an_import_alias_are_collected_after_the_walk() -> None:
    from otp_lints.engine import RuleSet, run_rules
    from otp_lints.rules import all_rules

    # The call comes before the import in the file: the alias is only known at the end.
    tree = ast.parse("def f(pid):\n    k(pid, 9)\nfrom os import kill as k\n")
    ctx = FileContext("m.py", tree, False)
    diags = run_rules(ctx, RuleSet([all_rules()["OTP101"]()]))
    assert [(d.line, d.code) for d in diags] == [(2, "OTP101")]


def test_relative_imports_resolve_through_src(tmp_path) -> None:
    from helpers import lint

    code = ("from .bus import cast_nowait\nfrom ..core import bus as b\n"
            "cast_nowait(1)\nb.cast_nowait(2)\n")
    opts = {"OTP103": {"apis": (("app.sub.bus.cast_nowait", ""), ("app.core.bus.cast_nowait", ""))}}
    diags = lint(code, path="src/app/sub/mod.py", select=["OTP103"], src=("src",),
                 rule_options=opts)
    assert [(d.line, d.code) for d in diags] == [(3, "OTP103"), (4, "OTP103")]
    pkg = lint(code, path="src/app/sub/__init__.py", select=["OTP103"], src=("src",),
               rule_options={"OTP103": {"apis": (("app.sub.bus.cast_nowait", ""),)}})
    assert [(d.line, d.code) for d in pkg] == [(3, "OTP103")]


def test_a_file_with_noqa_is_never_tokenized(monkeypatch) -> None:
    """OTP7xx and the CLI's noqa layer read noqa without the tokenizer (one
    scan of the text, shared: tests/test_noqa.py)."""
    import tokenize

    from otp_lints import noqa
    from otp_lints.config import Settings
    from otp_lints.lint import lint_source

    passes = []
    real = tokenize.generate_tokens

    def counting(readline):  # type: ignore[no-untyped-def]
        passes.append(1)
        return real(readline)

    monkeypatch.setattr(noqa.tokenize, "generate_tokens", counting)
    source = (b"import os\n\ndef f(pid):\n"
              b"    os.kill(pid, 9)  # noqa: OTP101 reason: a child we spawned\n"
              b"    os.kill(pid, 15)\n")
    result = lint_source(source, "/p/m.py", Settings(root="/p"))
    assert [(d.line, d.code) for d in result.diagnostics] == [(5, "OTP101")]
    assert [(d.line, layer) for d, layer in result.suppressed] == [(4, "noqa")]
    assert passes == []
