"""The per-file structure view: scopes by node, names per scope, class views."""

from __future__ import annotations

import ast
import textwrap

from otp_lints.context import FileContext
from otp_lints.engine import walk
from otp_lints.structure import Structure, structure


def view(code: str) -> tuple[FileContext, Structure]:
    tree = ast.parse(textwrap.dedent(code))
    ctx = FileContext("m.py", tree, False)
    walk(ctx, {})
    return ctx, structure(ctx)


def scope_named(ctx: FileContext, s: Structure, name: str):
    for node in ast.walk(ctx.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.name == name:
                return s.scope_of(node)
    raise AssertionError(name)


def test_built_once_per_file() -> None:
    ctx, s = view("x = 1\n")
    assert structure(ctx) is s


def test_names_and_functions_per_scope() -> None:
    ctx, s = view("""
        import os
        from a import start_sync
        def start(): pass
        async def stop(): pass
        class C:
            close = _close
            def run(self): pass
    """)
    module = ctx.semantic.module
    assert s.functions_in(module) == {"start", "stop"}
    assert {"os", "start_sync", "start", "stop", "C"} <= s.names_in(module)
    c = scope_named(ctx, s, "C")
    assert s.names_in(c) == {"close", "run"}
    assert s.functions_in(c) == {"run"}


def test_is_api() -> None:
    ctx, s = view("""
        def top():
            def inner(): pass
            return inner
        class C:
            def method(self): pass
            class Inner:
                def deep(self): pass
        def factory():
            class Local:
                def hidden(self): pass
            return Local
    """)
    assert s.is_api(scope_named(ctx, s, "top"))
    assert s.is_api(scope_named(ctx, s, "method"))
    assert s.is_api(scope_named(ctx, s, "deep"))
    assert not s.is_api(scope_named(ctx, s, "inner"))
    assert not s.is_api(scope_named(ctx, s, "hidden"))
    assert not s.is_api(scope_named(ctx, s, "C"))


def test_class_view_follows_bases_in_the_file() -> None:
    ctx, s = view("""
        import abc
        import threading
        from typing import Generic, TypeVar
        T = TypeVar("T")
        class Base:
            def stop(self): pass
        class Mid(Base, Generic[T]):
            def run(self): pass
        class Leaf(Mid, abc.ABC, object):
            def go(self): pass
        class Worker(threading.Thread):
            def go(self): pass
        class Mixed(Base, make_base()):
            pass
    """)
    leaf = s.class_view(scope_named(ctx, s, "Leaf"))
    assert leaf.own_members == {"go"}
    assert leaf.members == {"go", "run", "stop"}
    assert not leaf.is_open
    worker = s.class_view(scope_named(ctx, s, "Worker"))
    assert worker.is_open and worker.external_bases == ("threading.Thread",)
    mixed = s.class_view(scope_named(ctx, s, "Mixed"))
    assert mixed.is_open and mixed.external_bases == (None,)
    assert "stop" in mixed.members


def test_rebound_base_name_is_not_followed() -> None:
    ctx, s = view("""
        class Base:
            def close(self): pass
        Base = something_else()
        class C(Base):
            pass
    """)
    c = s.class_view(scope_named(ctx, s, "C"))
    assert c.is_open
    assert "close" not in c.members


def test_enclosing_class() -> None:
    ctx, s = view("""
        class C:
            def m(self): pass
        def f(): pass
    """)
    assert s.enclosing_class(scope_named(ctx, s, "m")).node.name == "C"
    assert s.enclosing_class(scope_named(ctx, s, "f")) is None
