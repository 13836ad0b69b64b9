"""The shared semantic layer: qualified names, known receivers, discarded results."""

from __future__ import annotations

import ast
import textwrap

from otp_lints.engine import FileContext, walk


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
                19: None, 21: "concurrent.futures.Future", 23: "threading.Thread"}
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
