"""Property-based: the engine never raises, the front ends agree, fixes are
idempotent and change nothing but the flagged names. Bounded example counts keep
the suite fast; hypothesmith (grammar-generated Python) is used where it installs."""

from __future__ import annotations

import ast
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otp_lints.config import Settings, settings_for_directory
from otp_lints.fix import fix_source
from otp_lints.flake8_plugin import OTPChecker
from otp_lints.lint import analyze, lint_source

ROOT = os.path.abspath("/virtual-project")
ALL = Settings(root=ROOT, select=("OTP",))
BOUNDED = settings(max_examples=60, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

# Statements mixing what the rules look for with ordinary code.
SNIPPETS = [
    "import os", "import socket", "import threading", "import asyncio", "import queue",
    "import subprocess", "import time", "from os import kill as k",
    "os.kill(pid, 9)", "k(1, 2)", "s = socket.socket()", "s.send(b'x')", "s.send(data)",
    "n = s.send(b'y')", "t = threading.Thread(target=f)", "t.start()", "t.join()",
    "q = queue.Queue(maxsize=3)", "q.put(1)", "q.get()", "x = threading.local()",
    "asyncio.create_task(coro())", "subprocess.Popen(['true'])", "time.sleep(1)",
    "os.environ['A'] = '1'", "global g", "g = 1", "x = 1", "pass", "y = [i for i in x]",
    "try:\n    f()\nexcept Exception:\n    pass", "while not done:\n    time.sleep(0.1)",
    "with socket.create_connection(('h', 1)) as c:\n    c.send(b'z')",
    "cb = lambda: time.sleep(1)", "cb = lambda t: threading.Thread(target=t).start()",
    "cb = lambda: os.environ.update(A='1')", "cb = lambda: x.update(a=1)",
]


def _indent(block: str) -> str:
    return "\n".join("    " + line for line in block.splitlines())


@st.composite
def programs(draw) -> str:
    top = draw(st.lists(st.sampled_from(SNIPPETS), min_size=1, max_size=12))
    body = draw(st.lists(st.sampled_from(SNIPPETS), max_size=10))
    src = "\n".join(s for s in top if s != "global g")
    if body:
        src += "\n\ndef func(pid, data):\n" + "\n".join(_indent(s) for s in body) + "\n"
    return src + "\n"


def _front_ends_agree(src: str) -> None:
    """The flake8 plugin's run() and the CLI path, on one file and one config."""
    tree = ast.parse(src)
    lines = src.splitlines(True)
    path = os.path.join(os.getcwd(), "generated_module.py")
    settings_ = settings_for_directory(os.getcwd())  # what the plugin finds too
    cli = lint_source(src.encode(), path, settings_)
    cli_set = {(d.line, d.col, d.code) for d in cli.diagnostics}
    cli_set |= {(d.line, d.col, d.code) for d, layer in cli.suppressed if layer == "noqa"}
    plugin = {(line, col, text.split()[0])
              for line, col, text, _ in OTPChecker(tree, path, lines).run()}
    assert plugin == cli_set
    assert not any(code == "OTP000" for _, _, code in plugin)
    # Every rule, opt-in ones included, never raises.
    everything = analyze(tree, os.path.join(ROOT, "m.py"), ALL, lines)
    assert not any(d.code == "OTP000" for d in everything)


@BOUNDED
@given(programs())
def test_engine_never_raises_and_front_ends_agree(src: str) -> None:
    _front_ends_agree(src)


def _rename_sends(tree: ast.AST, lines: set[int]) -> str:
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "send" and node.lineno in lines):
            node.func.attr = "sendall"
    return ast.dump(tree)


@BOUNDED
@given(programs())
def test_fixes_are_idempotent_and_change_only_flagged_nodes(src: str) -> None:
    path = os.path.join(ROOT, "m.py")

    def relint(data: bytes):
        return lint_source(data, path, ALL).diagnostics

    first = fix_source(path, src.encode(), relint, unsafe=False)
    flagged = {d.line for d in relint(src.encode()) if d.code == "OTP102"}
    expected = _rename_sends(ast.parse(src), flagged)
    assert ast.dump(ast.parse(first.fixed)) == expected
    second = fix_source(path, first.fixed, relint, unsafe=False)
    assert second.fixed == first.fixed
    assert not [d for d in relint(first.fixed) if d.code == "OTP102"]


hypothesmith = pytest.importorskip("hypothesmith")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.data_too_large])
# hypothesmith compiles its candidates, and CPython warns about some generated
# code (`"s"()`: 'str' object is not callable); the warnings are not ours.
@pytest.mark.filterwarnings("ignore::SyntaxWarning")
@given(hypothesmith.from_grammar())
def test_grammar_generated_sources(src: str) -> None:
    try:
        ast.parse(src)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        # hypothesmith's grammar is wider than the compiler: then it is OTP000.
        codes = {d.code for d in lint_source(src.encode(), "/p/m.py", ALL).diagnostics}
        assert codes <= {"OTP000"}
        return
    _front_ends_agree(src)
