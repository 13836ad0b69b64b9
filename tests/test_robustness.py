"""Never crash, never lose results: odd files in both front ends (issue 8)."""

from __future__ import annotations

import os
import re

import pytest
from helpers import run_cli, run_flake8

KILL = "import os\nos.kill(pid, 9)\n"

ODD_FILES: dict[str, bytes] = {
    "bom.py": b"\xef\xbb\xbf" + KILL.encode(),
    "latin1.py": b"# -*- coding: latin-1 -*-\ns = '\xe9'\n" + KILL.encode(),
    "crlf.py": KILL.replace("\n", "\r\n").encode(),
    "cr.py": KILL.replace("\n", "\r").encode(),
    "formfeed.py": b"\x0c\nimport os\n\x0c\nos.kill(pid, 9)\n",
    "tabs.py": b"import os\nif True:\n\tos.kill(pid, 9)\n",
    "empty.py": b"",
    "comments.py": b"# just a comment\n# another\n",
    "longline.py": b"import os\nx = '" + b"a" * 200_000 + b"'\nos.kill(pid, 9)\n",
    "deep.py": (b"x = " + b" + ".join([b"a"] * 1500) + b"\n" + KILL.encode()),
}
# (line, code) each front end must report; OTP000 is CLI-only (flake8 reports E999 itself).
EXPECTED = {
    "bom.py": {(2, "OTP101")},
    "latin1.py": {(4, "OTP101")},
    "crlf.py": {(2, "OTP101")},
    "cr.py": {(2, "OTP101")},
    "formfeed.py": {(4, "OTP101")},
    "tabs.py": {(3, "OTP101")},
    "empty.py": set(),
    "comments.py": set(),
    "longline.py": {(3, "OTP101")},
    "deep.py": {(3, "OTP101")},
}
LINE = re.compile(r"^(?:\./)?(?P<path>[^:]+):(?P<line>\d+):\d+: (?P<code>[A-Z]+\d+) ")


def _parse(out: str) -> dict[str, set[tuple[int, str]]]:
    found: dict[str, set[tuple[int, str]]] = {}
    for line in out.splitlines():
        m = LINE.match(line)
        if m:
            found.setdefault(m["path"], set()).add((int(m["line"]), m["code"]))
    return found


@pytest.fixture
def odd_tree(tmp_path):
    for name, data in ODD_FILES.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_cli_handles_every_odd_file(odd_tree) -> None:
    r = run_cli("check", "--no-cache", ".", cwd=str(odd_tree))
    assert "Traceback" not in r.stderr and r.returncode == 1, r.stderr
    found = _parse(r.stdout)
    for name, want in EXPECTED.items():
        assert found.get(name, set()) == want, name


def test_flake8_plugin_handles_every_odd_file_it_is_given(odd_tree) -> None:
    # flake8's own pyflakes (and bugbear, where installed) die with RecursionError
    # on deep.py, and flake8 then aborts the whole run: no plugin can prevent
    # that. Our plugin is run on that tree directly below.
    names = [n for n in ODD_FILES if n != "deep.py"]
    r = run_flake8("--isolated", "--select", "OTP", *names, cwd=str(odd_tree))
    assert "Traceback" not in r.stderr, r.stderr[-2000:]
    found = _parse(r.stdout)
    for name in names:
        assert found.get(name, set()) == EXPECTED[name], name


def test_flake8_plugin_survives_a_deep_tree_and_never_raises(odd_tree, monkeypatch) -> None:
    import ast

    from otp_lints import flake8_plugin
    from otp_lints.flake8_plugin import OTPChecker

    monkeypatch.chdir(odd_tree)
    source = ODD_FILES["deep.py"].decode()
    checker = OTPChecker(ast.parse(source), "deep.py", source.splitlines(True))
    assert [(line, text.split()[0]) for line, _, text, _ in checker.run()] == [(3, "OTP101")]

    def boom(*args, **kwargs):
        raise RuntimeError("simulated rule failure")

    monkeypatch.setattr(flake8_plugin, "_discovery", boom)
    out = list(OTPChecker(ast.parse("x = 1\n"), "a.py", ["x = 1\n"]).run())
    assert len(out) == 1 and out[0][2].startswith("OTP000 internal error: RuntimeError")


def test_files_cpython_rejects_are_otp000(tmp_path) -> None:
    cases = {
        "badcookie.py": b"# -*- coding: klingon -*-\nx = 1\n",
        "undecodable.py": b"x = '\xff\xfe'\n",
        "bomlatin.py": b"\xef\xbb\xbf# -*- coding: latin-1 -*-\nx = 1\n",
        "nul.py": b"x = 1\x00\n",
        "syntax.py": b"def f(:\n    pass\n",
        "toodeep.py": b"x = " + b"(" * 300 + b"1" + b")" * 300 + b"\n",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.py").write_bytes(KILL.encode())
    r = run_cli("check", "--no-cache", ".", cwd=str(tmp_path))
    assert "Traceback" not in r.stderr
    found = _parse(r.stdout)
    for name in cases:
        assert {c for _, c in found.get(name, set())} == {"OTP000"}, name
    assert found["good.py"] == {(2, "OTP101")}


def test_unreadable_and_odd_paths(tmp_path) -> None:
    (tmp_path / "good.py").write_bytes(KILL.encode())
    (tmp_path / "adir.py").mkdir()  # a directory with a .py name is walked, not read
    (tmp_path / "adir.py" / "inner.py").write_bytes(KILL.encode())
    os.symlink(tmp_path / "missing-target.py", tmp_path / "broken.py")
    loop = tmp_path / "loop"
    loop.mkdir()
    os.symlink(loop, loop / "again")
    (tmp_path / "notes.txt").write_bytes(KILL.encode())
    r = run_cli("check", "--no-cache", ".", cwd=str(tmp_path))
    assert "Traceback" not in r.stderr and r.returncode == 1
    found = _parse(r.stdout)
    assert set(found) == {"good.py", "adir.py/inner.py"}
    # Named on the command line: a non-.py file is checked; a broken link is OTP000.
    r = run_cli("check", "--no-cache", "notes.txt", "broken.py", cwd=str(tmp_path))
    found = _parse(r.stdout)
    assert found["notes.txt"] == {(2, "OTP101")}
    assert {c for _, c in found["broken.py"]} == {"OTP000"}


def test_one_pathological_file_costs_no_other_results(tmp_path) -> None:
    for i in range(100):
        (tmp_path / f"m{i:03d}.py").write_bytes(KILL.encode() if i % 2 else b"x = 1\n")
    alone = _parse(run_cli("check", "--no-cache", ".", cwd=str(tmp_path)).stdout)
    (tmp_path / "zz_syntax.py").write_bytes(b"def (:\n")
    (tmp_path / "zz_latin.py").write_bytes(b"x = '\xff'\n")
    f8 = _parse(run_flake8("--isolated", "--select", "OTP", ".", cwd=str(tmp_path)).stdout)
    assert {k: v for k, v in f8.items() if not k.startswith("zz_")} == alone
    # After flake8: on Python 3.9 and 3.10 flake8 itself dies on NUL bytes
    # (ast.parse raises ValueError there, and flake8 aborts the whole run).
    (tmp_path / "zz_nul.py").write_bytes(b"\x00\x00")
    (tmp_path / "zz_deep.py").write_bytes(ODD_FILES["deep.py"])  # kills flake8's pyflakes
    together = _parse(run_cli("check", "--no-cache", "--jobs", "2", ".",
                              cwd=str(tmp_path)).stdout)
    assert {k: v for k, v in together.items() if not k.startswith("zz_")} == alone
    assert together["zz_deep.py"] == {(3, "OTP101")}  # and its own result is found


def test_fifty_thousand_lines(tmp_path) -> None:
    body = "".join(f"def f{i}():\n    return {i}\n" for i in range(25_000))
    (tmp_path / "big.py").write_text("import os\n" + body + "os.kill(pid, 9)\n")
    r = run_cli("check", "--no-cache", "big.py", cwd=str(tmp_path))
    assert _parse(r.stdout) == {"big.py": {(50_002, "OTP101")}}
    f8 = run_flake8("--isolated", "--select", "OTP", "big.py", cwd=str(tmp_path))
    assert _parse(f8.stdout) == {"big.py": {(50_002, "OTP101")}}


# A lambda is a function scope whose body is one expression, not a list of
# statements: every rule that reads "the enclosing function's statements" must
# take that in its stride (twisted's `lambda target: Thread(target=target).start()`
# was an OTP000 from OTP303; OTP203 and OTP204 failed the same way).
LAMBDAS = """\
import asyncio, os, queue, subprocess, threading, time, _thread
from concurrent.futures import ThreadPoolExecutor
STATE = {}
q = queue.Queue()
def test_lambdas():
    f = lambda: time.sleep(1)
    g = lambda t: threading.Thread(target=t).start()
    h = lambda: q.get()
    m = lambda: os.environ.update(X="1")
    n = lambda: STATE.update(a=1)
    o = lambda: asyncio.ensure_future(asyncio.sleep(1))
    p = lambda: subprocess.Popen(["x"]).communicate()
    u = lambda pid: os.kill(pid, 9)
    v = lambda: _thread.start_new_thread(f, ())
    w = lambda ev: ev.wait()
    z = lambda loop: loop.call_soon_threadsafe(lambda: None)
    while not STATE:
        (lambda: time.sleep(0.1))()
    threading.Thread(target=lambda: time.sleep(1)).start()
    ThreadPoolExecutor().submit(lambda: q.put(1))
    return f, g, h, m, n, o, p, u, v, w, z
"""


@pytest.mark.parametrize("path", ["lib_lambdas.py", "tests/test_lambdas.py"])
def test_every_rule_reads_a_lambda_body(path) -> None:
    from otp_lints.config import Settings
    from otp_lints.lint import lint_source

    root = os.path.abspath("/virtual-project")
    result = lint_source(LAMBDAS.encode(), os.path.join(root, path),
                         Settings(root=root, select=("OTP",)))
    errors = [d.message for d in result.diagnostics if d.code == "OTP000"]
    assert not errors
    assert {d.code for d in result.diagnostics} >= {"OTP203", "OTP303", "OTP401"}
