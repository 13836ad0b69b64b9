"""--fix / --diff: exact edits, formatting and comments kept, idempotent, guarded."""

from __future__ import annotations

import os
import stat

import pytest
from helpers import run_cli

BEFORE = (
    "import socket\n"
    "s = socket.socket()\n"
    "s.send(data)  # a comment stays\n"
    "s .send (  # odd spacing stays\n"
    "    'é'.encode() * n,\n"
    ")\n"
    "n = s.send(b'y')\n"
    "print(n)\n"
)
AFTER = BEFORE.replace("s.send(data)", "s.sendall(data)").replace("s .send (", "s .sendall (")


def test_fix_rewrites_only_the_flagged_names(tmp_path) -> None:
    (tmp_path / "a.py").write_text(BEFORE, encoding="utf-8")
    r = run_cli("check", "--fix", "a.py", cwd=str(tmp_path))
    assert r.returncode == 0, r.stdout + r.stderr
    assert (tmp_path / "a.py").read_text(encoding="utf-8") == AFTER
    assert "Fixed 2 violations in 1 file" in r.stderr
    # A second --fix changes nothing.
    r = run_cli("check", "--fix", "a.py", cwd=str(tmp_path))
    assert r.returncode == 0 and "Fixed" not in r.stderr
    assert (tmp_path / "a.py").read_text(encoding="utf-8") == AFTER


def test_diff_writes_nothing_and_exits_1(tmp_path) -> None:
    (tmp_path / "a.py").write_text(BEFORE, encoding="utf-8")
    r = run_cli("check", "--diff", "a.py", cwd=str(tmp_path))
    assert r.returncode == 1
    assert "--- a/a.py" in r.stdout and "+s.sendall(data)  # a comment stays" in r.stdout
    assert (tmp_path / "a.py").read_text(encoding="utf-8") == BEFORE
    (tmp_path / "a.py").write_text(AFTER, encoding="utf-8")
    assert run_cli("check", "--diff", "a.py", cwd=str(tmp_path)).returncode == 0


def test_fix_keeps_encoding_line_endings_and_mode(tmp_path) -> None:
    src = ("# -*- coding: latin-1 -*-\r\nimport socket\r\ns = socket.socket()\r\n"
           "s.send('é'.encode('latin-1') * n)\r\n").encode("latin-1")
    p = tmp_path / "a.py"
    p.write_bytes(src)
    os.chmod(p, 0o750)
    assert run_cli("check", "--fix", "a.py", cwd=str(tmp_path)).returncode == 0
    assert p.read_bytes() == src.replace(b"s.send(", b"s.sendall(")
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o750
    bom = b"\xef\xbb\xbfimport socket\ns = socket.socket()\ns.send(data)\n"
    p.write_bytes(bom)
    assert run_cli("check", "--fix", "a.py", cwd=str(tmp_path)).returncode == 0
    assert p.read_bytes() == bom.replace(b"s.send(", b"s.sendall(")


def test_fix_is_skipped_with_a_message_when_libcst_cannot_be_trusted(tmp_path) -> None:
    deep = "x = " + " + ".join(["a"] * 300) + "\n"
    src = "import socket\ns = socket.socket()\ns.send(data)\n" + deep
    (tmp_path / "a.py").write_text(src)
    r = run_cli("check", "--fix", "a.py", cwd=str(tmp_path))
    assert r.returncode == 1
    assert "fixes skipped" in r.stderr and "nested deeper" in r.stderr
    assert (tmp_path / "a.py").read_text() == src


def test_fix_on_stdin_prints_the_fixed_source(tmp_path) -> None:
    r = run_cli("check", "--fix", "-", stdin=BEFORE.encode(), cwd=str(tmp_path))
    assert r.returncode == 0
    assert r.stdout == AFTER


def test_json_describes_the_fix(tmp_path) -> None:
    import json

    (tmp_path / "a.py").write_text(BEFORE, encoding="utf-8")
    data = json.loads(run_cli("check", "--format", "json", "a.py", cwd=str(tmp_path)).stdout)
    fix = data[0]["fix"]
    assert fix["safety"] == "safe" and "sendall" in fix["message"]
    assert fix["edits"] == [{"line": 3, "column": 3, "end_line": 3, "end_column": 7,
                             "content": "sendall"}]


def test_rules_table_shows_fixable() -> None:
    out = run_cli("rules").stdout
    assert any(line.startswith("OTP102") and line.rstrip().endswith("safe")
               for line in out.splitlines())


def test_sendall_fix_is_unsafe_where_sockets_are_non_blocking(tmp_path) -> None:
    src = "import socket\ns = socket.socket()\ns.setblocking(False)\ns.send(data)\n"
    (tmp_path / "a.py").write_text(src)
    r = run_cli("check", "--fix", "a.py", cwd=str(tmp_path))
    assert r.returncode == 1 and (tmp_path / "a.py").read_text() == src
    r = run_cli("check", "--fix", "--unsafe-fixes", "a.py", cwd=str(tmp_path))
    assert r.returncode == 0
    assert (tmp_path / "a.py").read_text() == src.replace("s.send(", "s.sendall(")


FIXES = os.path.join(os.path.dirname(__file__), "fixes")


@pytest.mark.parametrize(("name", "select"), [("timeouts", "OTP402,OTP403"),
                                               ("tasks", "OTP301")])
def test_unsafe_fixes_match_golden_files(tmp_path, name, select) -> None:
    with open(os.path.join(FIXES, f"{name}_before.py"), encoding="utf-8") as f:
        before = f.read()
    with open(os.path.join(FIXES, f"{name}_after.py"), encoding="utf-8") as f:
        after = f.read()
    (tmp_path / "m.py").write_text(before, encoding="utf-8")
    # Unsafe fixes are not applied without --unsafe-fixes.
    r = run_cli("check", "--select", select, "--fix", "m.py", cwd=str(tmp_path))
    assert r.returncode == 1 and (tmp_path / "m.py").read_text() == before
    r = run_cli("check", "--select", select, "--fix", "--unsafe-fixes", "m.py",
                cwd=str(tmp_path))
    assert r.returncode == 0, r.stdout + r.stderr
    assert (tmp_path / "m.py").read_text(encoding="utf-8") == after
    r = run_cli("check", "--select", select, "--fix", "--unsafe-fixes", "m.py",
                cwd=str(tmp_path))
    assert r.returncode == 0 and (tmp_path / "m.py").read_text(encoding="utf-8") == after


def test_timeout_fix_uses_the_configured_default(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.otp-lints.rules.OTP402]\ndefault-timeout = 7.5\n")
    (tmp_path / "m.py").write_text("import requests\n\n\ndef f(u, ex):\n"
                                   "    fut = ex.submit(print)\n"
                                   "    requests.get(u)\n    fut.result(timeout=None)\n")
    run_cli("check", "--fix", "--unsafe-fixes", "m.py", cwd=str(tmp_path))
    text = (tmp_path / "m.py").read_text()
    assert "requests.get(u, timeout=7.5)" in text and "fut.result(timeout=7.5)" in text


def test_a_file_changed_during_the_run_is_not_overwritten(tmp_path) -> None:
    from otp_lints.files import write_in_place

    p = tmp_path / "a.py"
    p.write_bytes(b"old\n")
    assert write_in_place(str(p), b"older\n", b"fixed\n") is not None  # changed on disk
    assert p.read_bytes() == b"old\n"
    assert write_in_place(str(p), b"old\n", b"fixed\n") is None
    assert p.read_bytes() == b"fixed\n"
    assert [x.name for x in tmp_path.iterdir()] == ["a.py"]  # no temp file left behind
