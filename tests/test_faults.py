"""Fault injection (issue 13): every way the repository, the disk, the OS or the
user can fail a run, one test per scenario.

Each test is registered with ``@scenario(area, fault, outcome)``;
docs/reliability.md's table is generated from that registry and
``test_reliability_table_is_current`` fails when it drifts (rewrite it with
``python tests/test_faults.py``). Faults are injected for real where the OS
allows (FIFOs, devices, unreadable directories, symlinks, hard links, a file
size limit standing in for a full disk, signals to real processes, a worker
killed mid-run), and by wrapping the OS calls of one write where only timing
could reach the moment (Ctrl-C, an editor saving, half-way through a write).
Permission scenarios run as an unprivileged user: when the tests run as root,
in a forked process that drops to ``nobody``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import warnings
from typing import Any, Callable, Optional

import pytest
from helpers import run_cli, run_flake8

import otp_lints

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: where the package under test lives (the subprocesses run the same one)
PACKAGE = os.path.dirname(os.path.abspath(otp_lints.__file__))
RELIABILITY = os.path.join(ROOT, "docs", "reliability.md")
KILL = "import os\nos.kill(pid, 9)\n"
SEND = "import socket\n\n\ndef push(payload):\n    s = socket.socket()\n    s.send(payload)\n"
SEND_FIXED = SEND.replace(".send(", ".sendall(")
LINE = re.compile(r"^(?:\./)?(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>OTP\d{3}) ",
                  re.M)
POSIX = os.name == "posix"
NOBODY = 65534


@dataclasses.dataclass(frozen=True)
class Scenario:
    area: str
    fault: str
    outcome: str
    test: str
    #: the scenario already held before issue 13 (kept as a regression test)
    held: bool = False


SCENARIOS: list[Scenario] = []


def scenario(area: str, fault: str, outcome: str, held: bool = False) -> Callable[[Any], Any]:
    """Register a test as the regression test of one fault scenario."""
    def register(fn: Any) -> Any:
        SCENARIOS.append(Scenario(area, fault, outcome, fn.__name__, held))
        return fn
    return register


def found(out: str) -> set[tuple[str, int, int, str]]:
    return {(m["path"], int(m["line"]), int(m["col"]), m["code"]) for m in LINE.finditer(out)}


def codes_of(out: str) -> dict[str, set[str]]:
    res: dict[str, set[str]] = {}
    for path, _line, _col, code in found(out):
        res.setdefault(path, set()).add(code)
    return res


def write(path: pathlib.Path, data: bytes | str) -> pathlib.Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


def leftovers(directory: pathlib.Path, expected: set[str]) -> set[str]:
    """Files in ``directory`` (recursively, relative) beyond ``expected``."""
    names = set()
    for d, _dirs, files in os.walk(directory):
        for f in files:
            names.add(os.path.relpath(os.path.join(d, f), directory))
    return names - expected


@pytest.fixture
def open_tmp():
    """A scratch directory every user can reach (pytest's own is private to its
    user, and the permission scenarios run as ``nobody``)."""
    d = tempfile.mkdtemp(prefix="otp-faults-")
    os.chmod(d, 0o755)
    yield pathlib.Path(d)
    for parent, dirs, _files in os.walk(d):
        for name in dirs:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(parent, name), 0o755)
    shutil.rmtree(d, ignore_errors=True)


def run_unprivileged(*args: str, cwd: pathlib.Path) -> tuple[int, str, str]:
    """``otp-lints ARGS`` as a user without privileges: as ``nobody`` in a forked
    process when the tests run as root, else as the current user."""
    if not POSIX:
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        r = run_cli(*args, cwd=str(cwd))
        return r.returncode, r.stdout, r.stderr
    # Everything the run imports, imported while root can read it (the package
    # and the interpreter may live where nobody cannot).
    import concurrent.futures.process  # noqa: F401
    import difflib  # noqa: F401

    import libcst

    import otp_lints.fix
    import otp_lints.report
    import otp_lints.runner  # noqa: F401
    from otp_lints import cli

    libcst.parse_module(b"x = 1\n")

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            rc = 99
            try:
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
                os.chdir(cwd)
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
                rc = cli.main(list(args))
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                with contextlib.suppress(Exception):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(rc)
        _, status = os.waitpid(pid, 0)
        out.seek(0)
        err.seek(0)
        return os.waitstatus_to_exitcode(status), out.read().decode(), err.read().decode()


def give_to_nobody(*paths: pathlib.Path) -> None:
    if POSIX and os.geteuid() == 0:
        for p in paths:
            os.chown(p, NOBODY, NOBODY)


def run_limited(*args: str, cwd: pathlib.Path, max_file_size: int
                ) -> subprocess.CompletedProcess[str]:
    """The CLI with a file size limit: a write past ``max_file_size`` bytes fails
    as a full disk does, half-way through (EFBIG instead of ENOSPC)."""
    import resource

    def limit() -> None:  # pragma: no cover - in the child
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_size, max_file_size))

    return subprocess.run([sys.executable, "-m", "otp_lints", *args], cwd=str(cwd),
                          capture_output=True, text=True, timeout=120, preexec_fn=limit)


def cli_in_process(*args: str, cwd: pathlib.Path, monkeypatch) -> tuple[int, str, str]:
    """``otp-lints ARGS`` in this process (so its OS calls can be wrapped)."""
    import io

    from otp_lints import cli

    monkeypatch.chdir(cwd)
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    rc = cli.main(list(args))
    return rc, out.getvalue(), err.getvalue()


class Injector:
    """Runs ``action`` at the ``nth`` call of any of the OS calls a write is made
    of (whatever the implementation: a temporary file and a rename, or a write
    in place), then lets the call go on, or raises what ``action`` raises."""

    WRITES = ("write", "fsync", "ftruncate", "chmod", "replace", "rename")

    def __init__(self, monkeypatch, action: Callable[[], None], nth: int = 1) -> None:
        self.calls = 0
        self.fired = False
        self.nth = nth
        self.action = action
        for name in self.WRITES:
            real = getattr(os, name)
            monkeypatch.setattr(os, name, self._wrap(real))

    def _wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls == self.nth and not self.fired:
                self.fired = True
                self.action()
            return real(*args, **kwargs)
        return call


def interrupt() -> None:
    raise KeyboardInterrupt


# ---------------------------------------------------------------------------
# 1. Encodings
# ---------------------------------------------------------------------------
BAD_COMMENT = (b"# caf\xe9: a Latin-1 byte in a UTF-8 file's comment\n"
               b"import os\ns = '\xc3\xa9'; os.kill(pid, 9)\n")
CR_COOKIE = b"\r# -*- coding: latin-1 -*-\nimport os\ns = '\xe9'; os.kill(pid, 9)\n"
REJECTED = b"import os\ns = '\xff'\nos.kill(pid, 9)\n"


@scenario("encodings", "an invalid UTF-8 byte in a comment (CPython accepts the file)",
          "analysed, in both front ends, with the same lines and columns")
def test_invalid_byte_in_a_comment_is_analysed(tmp_path) -> None:
    write(tmp_path / "a.py", BAD_COMMENT)
    write(tmp_path / "b.py", KILL)
    cli = run_cli("check", "--no-cache", ".", cwd=str(tmp_path))
    assert cli.returncode == 1, cli.stderr
    f8 = run_flake8("--isolated", ".", cwd=str(tmp_path))
    want = {("a.py", 3, 11, "OTP101"), ("b.py", 2, 1, "OTP101")}
    assert found(cli.stdout) == found(f8.stdout) == want
    # An editor's unsaved buffer on stdin is linted, never the file on disk.
    f8 = run_flake8("--isolated", "--stdin-display-name", "a.py", "-", stdin=KILL.encode(),
                    cwd=str(tmp_path))
    assert found(f8.stdout) == {("a.py", 2, 1, "OTP101")}


@scenario("encodings", "a `\\r` line end, then a coding cookie on line 2",
          "the cookie is honoured (as CPython does): analysed in both front ends")
def test_cr_then_coding_cookie(tmp_path) -> None:
    write(tmp_path / "a.py", CR_COOKIE)
    cli = run_cli("check", "--no-cache", "a.py", cwd=str(tmp_path))
    assert cli.returncode == 1, cli.stderr
    f8 = run_flake8("--isolated", "a.py", cwd=str(tmp_path))
    assert found(cli.stdout) == found(f8.stdout) == {("a.py", 4, 11, "OTP101")}


@scenario("encodings", "bytes CPython rejects (an invalid UTF-8 byte in a string), "
          "which flake8 decodes as Latin-1", "OTP000 naming the file, in both front ends")
def test_rejected_bytes_are_otp000_in_both_front_ends(tmp_path) -> None:
    write(tmp_path / "a.py", REJECTED)
    cli = run_cli("check", "--no-cache", "a.py", cwd=str(tmp_path))
    f8 = run_flake8("--isolated", "a.py", cwd=str(tmp_path))
    for out in (cli.stdout, f8.stdout):
        assert codes_of(out) == {"a.py": {"OTP000"}}, out
        assert "utf-8" in out
    assert "Traceback" not in cli.stderr + f8.stderr


@scenario("encodings", "a coding cookie naming an encoding that does not exist "
          "(`coding: uft-8`)", "the same OTP000 (`syntax error: unknown encoding`) in both "
          "front ends, never an internal error")
def test_unknown_declared_encoding_is_the_same_otp000(tmp_path) -> None:
    write(tmp_path / "a.py", b"# -*- coding: uft-8 -*-\nimport os\nos.kill(pid, 9)\n")
    write(tmp_path / "b.py", KILL)
    cli = run_cli("check", "--no-cache", ".", cwd=str(tmp_path))
    f8 = run_flake8("--isolated", ".", cwd=str(tmp_path))
    for out in (cli.stdout, f8.stdout):
        assert codes_of(out) == {"a.py": {"OTP000"}, "b.py": {"OTP101"}}, out
        assert "unknown encoding: uft-8" in out and "internal error" not in out, out
    assert "Traceback" not in cli.stderr + f8.stderr


@scenario("encodings", "`--fix` on a file with an invalid UTF-8 byte in a comment",
          "not fixed, with a message; its bytes untouched; the run goes on")
def test_fix_skips_a_file_it_cannot_decode(tmp_path) -> None:
    data = b"# \xff\n" + SEND.encode()
    a = write(tmp_path / "a.py", data)
    b = write(tmp_path / "b.py", SEND)
    r = run_cli("check", "--no-cache", "--fix", ".", cwd=str(tmp_path))
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert "a.py: fixes skipped" in r.stderr
    assert a.read_bytes() == data and b.read_text() == SEND_FIXED


# ---------------------------------------------------------------------------
# 2. Writes
# ---------------------------------------------------------------------------
@scenario("writes", "`--fix` on a symlink", "the target is fixed; the link stays a link")
def test_fix_writes_through_a_symlink(tmp_path) -> None:
    target = write(tmp_path / "real" / "t.py", SEND)
    link = tmp_path / "link.py"
    link.symlink_to(os.path.join("real", "t.py"))
    r = run_cli("check", "--no-cache", "--fix", "link.py", cwd=str(tmp_path))
    assert r.returncode == 0, r.stdout + r.stderr
    assert link.is_symlink() and os.readlink(link) == os.path.join("real", "t.py")
    assert target.read_text() == SEND_FIXED


@scenario("writes", "`--fix` on a file with a hard link, an owner, a group and a mode of "
          "its own", "inode, owner, group and mode kept; the hard link stays linked")
def test_fix_keeps_the_files_identity(tmp_path) -> None:
    a = write(tmp_path / "a.py", SEND)
    os.link(a, tmp_path / "hard.py")
    os.chmod(a, 0o640)
    give_to_nobody(a)
    before = os.stat(a)
    r = run_cli("check", "--no-cache", "--fix", "a.py", cwd=str(tmp_path))
    assert r.returncode == 0, r.stdout + r.stderr
    after = os.stat(a)
    assert (after.st_ino, after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode),
            after.st_nlink) == (before.st_ino, before.st_uid, before.st_gid, 0o640, 2)
    assert (tmp_path / "hard.py").read_text() == SEND_FIXED


@scenario("writes", "`--fix` on a read-only file (mode 0444), even as root",
          "not rewritten: a warning for that file; the others are fixed")
def test_fix_never_rewrites_a_read_only_file(tmp_path) -> None:
    ro = write(tmp_path / "ro.py", SEND)
    ok = write(tmp_path / "ok.py", SEND)
    os.chmod(ro, 0o444)
    r = run_cli("check", "--no-cache", "--fix", ".", cwd=str(tmp_path))
    assert ro.read_text() == SEND and ok.read_text() == SEND_FIXED
    assert "ro.py: the file is read-only; not fixed" in r.stderr
    assert "Traceback" not in r.stderr


@scenario("writes", "`--fix` by a user who may not write the file, in a directory they "
          "may write", "not rewritten (\"permission denied\"); the others are fixed")
def test_fix_never_rewrites_a_file_the_user_cannot_write(open_tmp) -> None:
    os.chmod(open_tmp, 0o777)  # the directory: anyone may rename into it
    theirs = write(open_tmp / "theirs.py", SEND)
    mine = write(open_tmp / "mine.py", SEND)
    if os.geteuid() != 0:
        os.chmod(theirs, 0o444)
    give_to_nobody(mine)
    _rc, _out, err = run_unprivileged("check", "--no-cache", "--fix", ".", cwd=open_tmp)
    assert theirs.read_text() == SEND and mine.read_text() == SEND_FIXED, err
    assert "theirs.py:" in err and "not fixed" in err and "Traceback" not in err


@scenario("writes", "`--fix` in a directory the user may not write",
          "the file is fixed in place (no temporary file is needed); the run goes on")
def test_fix_in_a_directory_the_user_cannot_write(open_tmp) -> None:
    d = open_tmp / "ro-dir"
    a = write(d / "a.py", SEND)
    b = write(open_tmp / "b.py", SEND)
    give_to_nobody(a, b)
    if os.geteuid() != 0:
        os.chmod(d, 0o555)
    rc, out, err = run_unprivileged("check", "--no-cache", "--fix", ".", cwd=open_tmp)
    assert "internal error" not in err and "Traceback" not in err, err
    assert a.read_text() == SEND_FIXED and b.read_text() == SEND_FIXED
    assert rc == 0, out + err
    assert leftovers(open_tmp, {"b.py", "ro-dir/a.py"}) == set()


@pytest.mark.parametrize("how", ["rename", "in place"])
@scenario("writes", "an editor saves the file at the moment `--fix` starts writing it",
          "the edit is kept, not overwritten: a warning for that file")
def test_an_edit_saved_while_fixing_is_never_lost(tmp_path, monkeypatch, how) -> None:
    a = write(tmp_path / "a.py", SEND)
    edit = SEND + "print('saved by the editor')\n"
    real_open, real_mkstemp = os.open, tempfile.mkstemp
    saved = []

    def editor_saves() -> None:
        if saved:
            return
        saved.append(True)
        if how == "rename":
            tmp = tmp_path / ".a.py.swp"
            tmp.write_text(edit)
            os.rename(tmp, a)
        else:
            with open(a, "w") as f:
                f.write(edit)

    def open_hook(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR) and os.path.basename(str(path)) == "a.py":
            editor_saves()
        return real_open(path, flags, *args, **kwargs)

    def mkstemp_hook(*args: Any, **kwargs: Any) -> Any:
        editor_saves()
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(os, "open", open_hook)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_hook)
    _rc, _out, err = cli_in_process("check", "--no-cache", "--fix", "a.py", cwd=tmp_path,
                                   monkeypatch=monkeypatch)
    assert saved, "the fixer never wrote"
    assert a.read_text() == edit
    assert "a.py: the file changed on disk during the run; not fixed" in err


@scenario("writes", "`--fix` inserts a line into a CRLF file",
          "the new line ends in CRLF, like every other line")
def test_fix_keeps_crlf_line_endings(tmp_path) -> None:
    src = ("import requests\r\n\r\n\r\ndef f(u):\r\n    return requests.get(\r\n"
           "        u,\r\n    )\r\n")
    a = write(tmp_path / "a.py", src)
    r = run_cli("check", "--no-cache", "--fix", "--unsafe-fixes", "--select", "OTP402", "a.py",
                cwd=str(tmp_path))
    assert r.returncode == 0, r.stdout + r.stderr
    fixed = a.read_bytes()
    assert b"timeout=30" in fixed
    assert fixed.count(b"\n") == fixed.count(b"\r\n") == src.count("\n") + 1


@pytest.mark.parametrize("nth", [1, 2, 3])
@scenario("writes", "Ctrl-C at any point of writing a fixed file",
          "the file holds its old bytes or its fixed bytes, never a mix; no temporary file")
def test_ctrl_c_while_fixing_loses_nothing(tmp_path, monkeypatch, nth) -> None:
    a = write(tmp_path / "a.py", SEND)
    Injector(monkeypatch, interrupt, nth)
    _rc, _out, _err = cli_in_process("check", "--no-cache", "--fix", "a.py", cwd=tmp_path,
                                    monkeypatch=monkeypatch)
    assert a.read_text() in (SEND, SEND_FIXED)
    assert leftovers(tmp_path, {"a.py"}) == set()


@pytest.mark.skipif(not POSIX, reason="RLIMIT_FSIZE")
@scenario("writes", "the disk fills while `--fix` writes a file that grows",
          "the file keeps its old bytes; a warning for that file; no temporary file",
          held=True)
def test_full_disk_while_fixing(tmp_path) -> None:
    src = "import requests\n\n\ndef f(u):\n" + "    requests.get(u)\n" * 40
    a = write(tmp_path / "a.py", src)
    r = run_limited("check", "--no-cache", "--fix", "--unsafe-fixes", "--select", "OTP402",
                    "a.py", cwd=tmp_path, max_file_size=len(src) + 10)
    assert a.read_text() == src
    assert "a.py: cannot write the file" in r.stderr and "Traceback" not in r.stderr
    assert leftovers(tmp_path, {"a.py"}) == set()


# ---------------------------------------------------------------------------
# 3. The process pool
# ---------------------------------------------------------------------------
def _pool_tree(root: pathlib.Path, n: int = 120, size: int = 1500) -> None:
    body = "".join(f"def f{i}(x):\n    return [y for y in range(x) if y % {i + 2}]\n"
                   for i in range(size))
    for i in range(n):
        write(root / f"m{i:03d}.py", "import os\n" + body + "os.kill(pid, 9)\n")


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _start_pool_run(tmp_path) -> tuple[subprocess.Popen[bytes], list[int]]:
    _pool_tree(tmp_path)
    p = subprocess.Popen([sys.executable, "-m", "otp_lints", "check", "--jobs", "2", "."],
                         cwd=str(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_until(lambda: len(_children(p.pid)) >= 2 or p.poll() is not None, 60)
    workers = _children(p.pid)
    if len(workers) < 2:
        p.kill()
        p.communicate(timeout=60)
        pytest.skip("no worker processes appeared")
    return p, workers


def _wait_until(condition: Callable[[], bool], seconds: float) -> None:
    """Poll another process's state (nothing to wait on) until ``condition`` or
    the deadline."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:  # polls other processes, bounded
        if condition():
            return
        time.sleep(0.05)


def _kill_all(pids: list[int]) -> None:
    """SIGKILL to processes the test has no handle on (a killed CLI's workers)."""
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)  # noqa: OTP101 reason: no handle exists for them


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="Linux /proc")


@needs_proc
@scenario("process pool", "the CLI is killed with SIGKILL while its workers run",
          "the workers end within a second; a caller's `communicate()` returns")
def test_workers_end_when_the_parent_is_killed(tmp_path) -> None:
    p, workers = _start_pool_run(tmp_path)
    p.kill()
    try:
        p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        _kill_all(workers)
        p.communicate(timeout=60)
        pytest.fail("the workers outlived the CLI and held its pipes open")
    _wait_until(lambda: not any(_alive(w) for w in workers), 10)
    assert not any(_alive(w) for w in workers)


@needs_proc
@scenario("process pool", "the CLI gets SIGTERM while its workers run",
          "it exits at once (143), workers ended, no temporary file left")
def test_sigterm_tears_the_pool_down(tmp_path) -> None:
    p, workers = _start_pool_run(tmp_path)
    p.terminate()
    try:
        _out, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        _kill_all(workers)
        p.communicate(timeout=60)
        pytest.fail("SIGTERM did not end the run")
    assert p.returncode == 128 + signal.SIGTERM, err
    assert b"Traceback" not in err
    _wait_until(lambda: not any(_alive(w) for w in workers), 10)
    assert not any(_alive(w) for w in workers)
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]


WORKER_KILLER = """
import os, sys
import otp_lints.runner as runner
real = runner.raw_diagnostics
def raw_diagnostics(source, path, settings, *rest):
    if path.endswith("killme.py") and (os.environ.get("ALWAYS") or not os.path.exists(".died")):
        open(".died", "w").close()
        os.kill(os.getpid(), 9)
    return real(source, path, settings, *rest)
runner.raw_diagnostics = raw_diagnostics
from otp_lints.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not POSIX, reason="fork")
@pytest.mark.parametrize("always", [False, True])
@scenario("process pool", "a worker dies mid-run (SIGKILL, out of memory): once, or every "
          "time it analyses one file", "its batch is retried in a fresh worker, then file by "
          "file: every other result kept; a file that kills its worker alone is OTP000")
def test_a_dead_worker_costs_only_its_batch(tmp_path, always) -> None:
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the injected fault reaches workers through fork")
    for i in range(40):
        write(tmp_path / f"m{i:02d}.py", KILL if i % 2 else "x = 1\n")
    write(tmp_path / "killme.py", KILL)
    serial = run_cli("check", "--no-cache", "--jobs", "1", ".", cwd=str(tmp_path))
    env = dict(os.environ, ALWAYS="1" if always else "")
    r = subprocess.run([sys.executable, "-c", WORKER_KILLER, "check", "--no-cache", "--jobs",
                        "2", "."], cwd=str(tmp_path), capture_output=True, text=True,
                       timeout=300, env=env)
    assert (tmp_path / ".died").exists(), "the fault was not injected"
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
    got, want = found(r.stdout), found(serial.stdout)
    if always:
        assert {d for d in got if d[0] != "killme.py"} == {d for d in want
                                                           if d[0] != "killme.py"}
        assert codes_of(r.stdout)["killme.py"] == {"OTP000"}
        assert "worker process failed" in r.stdout
    else:
        assert got == want


# The pool found broken while batches are still being submitted: a worker died
# early (on a busy machine the first batches finish, and kill their worker,
# before the last is submitted). Forced here: submitting the batch that holds
# boom.py raises what a broken pool raises.
BROKEN_AT_SUBMIT = """
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
real = ProcessPoolExecutor.submit
def submit(self, fn, *args, **kwargs):
    if any(item[0].endswith("boom.py") for item in args[0]):
        raise BrokenProcessPool("a child process terminated abruptly")
    return real(self, fn, *args, **kwargs)
ProcessPoolExecutor.submit = submit
from otp_lints.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not POSIX, reason="fork")
@scenario("process pool", "the pool breaks while batches are still being submitted (a "
          "worker died early)", "the batches not submitted are retried as a dead worker's "
          "are, never run in the CLI's own process: every other result kept, the file whose "
          "batch cannot run alone is OTP000")
def test_a_pool_broken_while_submitting_runs_nothing_in_process(tmp_path) -> None:
    for i in range(40):
        write(tmp_path / f"m{i:02d}.py", KILL if i % 2 else "x = 1\n")
    write(tmp_path / "boom.py", KILL)
    serial = run_cli("check", "--no-cache", "--jobs", "1", ".", cwd=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", BROKEN_AT_SUBMIT, "check", "--no-cache",
                        "--jobs", "2", "."], cwd=str(tmp_path), capture_output=True,
                       text=True, timeout=300)
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
    got, want = found(r.stdout), found(serial.stdout)
    assert {d for d in got if d[0] != "boom.py"} == {d for d in want if d[0] != "boom.py"}
    # in this process, boom.py would have been analysed (an OTP101); here it
    # never reached a worker of its own
    assert codes_of(r.stdout)["boom.py"] == {"OTP000"}
    assert "worker process failed" in r.stdout


# ---------------------------------------------------------------------------
# 4. The cache
# ---------------------------------------------------------------------------
def _cache_files(root: pathlib.Path) -> list[pathlib.Path]:
    return sorted((root / ".otp-lints-cache").glob("*.json"))


BAD_ENTRIES: dict[str, Callable[[str], Any]] = {
    "files is a list": lambda key: None,
    "entry too short": lambda key: [key, True],
    "row of the wrong length": lambda key: [key, True, [[2, 0, 2, 13, "OTP101"]]],
    "line is a string": lambda key: [key, True, [["2", 0, 2, 13, "OTP101", "m", None]]],
    "line is a bool": lambda key: [key, True, [[True, 0, 2, 13, "OTP101", "m", None]]],
    "fix is a number": lambda key: [key, True, [[2, 0, 2, 13, "OTP101", "m", 5]]],
    "edit is missing a field": lambda key: [key, True, [[2, 0, 2, 13, "OTP102", "m",
                                                          ["safe", "m", [{"line": 3}]]]]],
    "parsed is a string": lambda key: [key, "yes", []],
    "status of strings": lambda key: [key, True, [], ["1", "2", "3", "4"], [False, []]],
    "status too short": lambda key: [key, True, [], [1, 2], [False, []]],
    "noqa codes a string": lambda key: [key, True, [[2, 0, 2, 13, "OTP101", "m", None]], None,
                                        [False, [[2, "OTP101", "fp", "text"]]]],
    "skip verdict a string": lambda key: [key, True, [], None, ["no", []]],
    "content facts missing": lambda key: [key, True, [], None],
}


@pytest.mark.parametrize("bad", sorted(BAD_ENTRIES))
@scenario("cache", "a cache entry of the wrong shape or types",
          "ignored (a miss) and rewritten; results equal `--no-cache`")
def test_a_bad_cache_entry_is_ignored_and_rewritten(tmp_path, bad) -> None:
    import hashlib

    write(tmp_path / "a.py", KILL)
    write(tmp_path / "b.py", SEND)
    cold = run_cli("check", "--no-cache", ".", cwd=str(tmp_path))
    run_cli("check", ".", cwd=str(tmp_path))
    [cache] = _cache_files(tmp_path)
    data = json.loads(cache.read_text())
    key = hashlib.blake2b(KILL.encode(), digest_size=16).hexdigest()
    entry = BAD_ENTRIES[bad](key)
    if entry is None:
        data["files"] = list(data["files"])
    else:
        data["files"]["a.py"] = entry
    cache.write_text(json.dumps(data))
    for _ in range(2):  # the second run reads what the first rewrote
        warm = run_cli("check", ".", cwd=str(tmp_path))
        assert (warm.returncode, warm.stdout) == (cold.returncode, cold.stdout), warm.stderr
    assert json.loads(cache.read_text())["files"]["a.py"] != entry


@scenario("cache", "the tool changes (a rule edited) without a version change",
          "results equal `--no-cache`: the key holds a hash of the package's own files")
def test_a_changed_tool_never_reads_the_old_cache(tmp_path) -> None:
    package = tmp_path / "tool"
    shutil.copytree(PACKAGE, package / "otp_lints",
                    ignore=shutil.ignore_patterns("__pycache__"))
    project = tmp_path / "project"
    write(project / "a.py", KILL)
    env = dict(os.environ, PYTHONPATH=str(package))

    def check(*extra: str) -> str:
        return subprocess.run([sys.executable, "-m", "otp_lints", "check", *extra, "."],
                              cwd=str(project), env=env, capture_output=True, text=True,
                              timeout=120).stdout

    assert codes_of(check()) == {"a.py": {"OTP101"}}
    # The same version, another build: every message gets a suffix.
    with open(package / "otp_lints" / "engine.py", "a") as f:
        f.write("\n\n_run_rules = run_rules\n\n\ndef run_rules(ctx, ruleset, *rest):\n"
                "    return [d.with_message(d.message + ' (edited build)')\n"
                "            for d in _run_rules(ctx, ruleset, *rest)]\n")
    assert check() == check("--no-cache")
    assert "(edited build)" in check()


def _other_python() -> Optional[str]:
    """An interpreter on the other side of Python 3.12 from this one (3.11 or
    newer: tomllib), to run the package from source with; None if there is none."""
    candidates = [f"python3.{m}" for m in (13, 12, 11)]
    pyenv = os.path.expanduser("~/.pyenv/versions")
    if os.path.isdir(pyenv):
        candidates += [os.path.join(pyenv, v, "bin", "python") for v in os.listdir(pyenv)]
    new_syntax = sys.version_info >= (3, 12)
    for exe in candidates:
        path = shutil.which(exe) or (exe if os.path.isfile(exe) else None)
        if not path:
            continue
        version = "import sys, tomllib; print(sys.version_info >= (3, 12))"
        r = subprocess.run([path, "-c", version], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip() == str(not new_syntax):
            return path
    return None


@scenario("cache", "the interpreter changes (same tree, another Python version)",
          "results equal `--no-cache` for that interpreter (`ast` differs between versions)")
def test_another_interpreter_never_reads_the_old_cache(tmp_path) -> None:
    other = _other_python()
    if other is None:
        pytest.skip("no Python 3.11+ interpreter on the other side of 3.12")
    # PEP 695 syntax: a syntax error before 3.12, a file to analyse from 3.12 on.
    write(tmp_path / "a.py", "import os\ntype Pid = int\nos.kill(pid, 9)\n")
    env = dict(os.environ, PYTHONPATH=os.path.dirname(PACKAGE))

    def check(python: str, *extra: str) -> str:
        return subprocess.run([python, "-m", "otp_lints", "check", *extra, "a.py"],
                              cwd=str(tmp_path), env=env, capture_output=True, text=True,
                              timeout=120).stdout

    assert check(sys.executable, "--no-cache") != check(other, "--no-cache")
    for first, second in ((sys.executable, other), (other, sys.executable)):
        shutil.rmtree(tmp_path / ".otp-lints-cache", ignore_errors=True)
        check(first)
        assert check(second) == check(second, "--no-cache")


@scenario("cache", "a setting that changes results changes (`src`)",
          "results equal `--no-cache`: every such setting is in the key")
def test_changing_src_never_reads_the_old_cache(tmp_path) -> None:
    config = ('[tool.otp-lints]\nsrc = [{src}]\n[tool.otp-lints.rules.OTP103]\n'
              'apis = ["app.bus.cast"]\n')
    write(tmp_path / "src" / "app" / "__init__.py", "")
    write(tmp_path / "src" / "app" / "mod.py", "from .bus import cast\ncast()\n")
    outs = []
    for src in ('"src"', '"."'):
        write(tmp_path / "pyproject.toml", config.format(src=src))
        run_cli("check", ".", cwd=str(tmp_path))
        warm = run_cli("check", ".", cwd=str(tmp_path)).stdout
        assert warm == run_cli("check", "--no-cache", ".", cwd=str(tmp_path)).stdout
        outs.append(warm)
    assert "OTP103" in outs[0] and "OTP103" not in outs[1]


@scenario("cache", "a `conftest.py` above a file is added, edited or removed (the file "
          "unchanged)", "results equal `--no-cache`: the file's entry keeps a stamp of the "
          "conftests pytest loads for it")
def test_a_changed_conftest_never_reads_the_old_cache(tmp_path) -> None:
    write(tmp_path / "pyproject.toml", "[project]\nname = 'p'\n")
    write(tmp_path / "tests" / "test_a.py",
          "import os\n\ndef test_a():\n    os.environ['A'] = '1'\n")
    restoring = ("import os, pytest\n\n@pytest.fixture(autouse=True)\ndef env():\n"
                 "    saved = os.environ.copy()\n    yield\n    os.environ.clear()\n"
                 "    os.environ.update(saved)\n")
    conftest = tmp_path / "tests" / "conftest.py"
    outs = []
    for step in ("none", "restoring", "edited", "removed"):
        if step == "restoring":
            write(conftest, restoring)
        elif step == "edited":
            write(conftest, restoring.replace("(autouse=True)", ""))
        elif step == "removed":
            os.remove(conftest)
        run_cli("check", ".", cwd=str(tmp_path))
        warm = run_cli("check", ".", cwd=str(tmp_path)).stdout
        assert warm == run_cli("check", "--no-cache", ".", cwd=str(tmp_path)).stdout, step
        outs.append("OTP203" in warm)
    assert outs == [True, False, True, True]


@scenario("cache", "the warnings mode changes (`python -W error`)",
          "results equal `--no-cache` (and the file is analysed either way)")
def test_warnings_mode_never_reads_the_wrong_cache(tmp_path) -> None:
    write(tmp_path / "a.py", "import os\npattern = '\\d+'\nos.kill(pid, 9)\n")

    def check(*flags: str, cache: bool = True) -> str:
        args = ["check", "a.py"] + ([] if cache else ["--no-cache"])
        return subprocess.run([sys.executable, *flags, "-m", "otp_lints", *args],
                              cwd=str(tmp_path), capture_output=True, text=True,
                              timeout=120).stdout

    check()
    strict = check("-W", "error")
    assert strict == check("-W", "error", cache=False)
    assert codes_of(strict) == {"a.py": {"OTP101"}}


@pytest.mark.skipif(not POSIX, reason="symlinks")
@scenario("cache", "`.otp-lints-cache` is a symlink (to anywhere)",
          "never read or written through: the run goes on without a cache")
def test_a_symlinked_cache_directory_is_not_written_through(tmp_path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    project = tmp_path / "project"
    write(project / "a.py", KILL)
    (project / ".otp-lints-cache").symlink_to(elsewhere)
    for _ in range(2):
        r = run_cli("check", ".", cwd=str(project))
        assert codes_of(r.stdout) == {"a.py": {"OTP101"}}
    assert os.listdir(elsewhere) == []
    assert (project / ".otp-lints-cache").is_symlink()


@pytest.mark.skipif(not POSIX, reason="RLIMIT_FSIZE")
@scenario("cache", "the disk fills while the cache is written",
          "the run's results are complete; no temporary file is left")
def test_full_disk_while_writing_the_cache(tmp_path) -> None:
    for i in range(30):
        write(tmp_path / f"m{i}.py", KILL)
    r = run_limited("check", ".", cwd=tmp_path, max_file_size=600)
    assert r.returncode == 1 and len(found(r.stdout)) == 30, r.stderr
    assert "Traceback" not in r.stderr
    assert [n for n in os.listdir(tmp_path / ".otp-lints-cache") if n != ".gitignore"] == []


@scenario("cache", "Ctrl-C while the cache is written", "no temporary file is left")
def test_ctrl_c_while_writing_the_cache(tmp_path, monkeypatch) -> None:
    write(tmp_path / "a.py", KILL)
    (tmp_path / ".otp-lints-cache").mkdir()
    Injector(monkeypatch, interrupt)
    rc, _out, _err = cli_in_process("check", "a.py", cwd=tmp_path, monkeypatch=monkeypatch)
    assert rc == 130
    assert os.listdir(tmp_path / ".otp-lints-cache") in ([], [".gitignore"])


def _same_size_edit(path: pathlib.Path) -> os.stat_result:
    """Rewrite ``path`` in place to other code of the same size (a violation
    where there was none) and put its mtime back: size, mtime and inode as
    before. The status before is returned."""
    st = os.stat(path)
    path.write_text(KILL.ljust(st.st_size - 1) + "\n")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        st.st_size, st.st_mtime_ns, st.st_ino)
    return st


CLEAN = "x = 1  # nothing to report in this file, only bytes\n"


@scenario("cache", "a file edited to the same size with its mtime put back (a cache "
          "keyed on size and mtime, as ruff's, misses it)",
          "results equal `--no-cache`: the status the cache trusts holds the ctime, "
          "which every write sets and nothing can set back")
def test_a_same_size_same_mtime_edit_is_seen(tmp_path, monkeypatch) -> None:
    from otp_lints import runner

    write(tmp_path / "a.py", CLEAN)
    write(tmp_path / "b.py", KILL)
    monkeypatch.setattr(runner, "RACY_SECONDS", -3600.0)  # a status for every file
    cli_in_process("check", ".", cwd=tmp_path, monkeypatch=monkeypatch)
    [cache] = _cache_files(tmp_path)
    assert json.loads(cache.read_text())["files"]["a.py"][3] is not None
    _same_size_edit(tmp_path / "a.py")
    warm = cli_in_process("check", ".", cwd=tmp_path, monkeypatch=monkeypatch)
    assert warm == cli_in_process("check", "--no-cache", ".", cwd=tmp_path,
                                  monkeypatch=monkeypatch)
    assert codes_of(warm[1]) == {"a.py": {"OTP101"}, "b.py": {"OTP101"}}


@scenario("cache", "a file edited twice within one tick of the file system's clock "
          "(same size, mtime, ctime and inode after both writes)",
          "results equal `--no-cache`: a file changed less than 2 s before it was "
          "read keeps no status, and is hashed on the next run (git's racy-clean rule)")
def test_two_writes_in_one_clock_tick_are_seen(tmp_path, monkeypatch) -> None:
    write(tmp_path / "a.py", CLEAN)
    cli_in_process("check", ".", cwd=tmp_path, monkeypatch=monkeypatch)
    [cache] = _cache_files(tmp_path)
    assert json.loads(cache.read_text())["files"]["a.py"][3] is None
    first = _same_size_edit(tmp_path / "a.py")
    # A clock too coarse to tell the two writes apart: the whole status as before.
    real_stat = os.stat
    target = str(tmp_path / "a.py")

    def coarse_stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        return first if os.path.abspath(os.fspath(path)) == target else real_stat(
            path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", coarse_stat)
    warm = cli_in_process("check", ".", cwd=tmp_path, monkeypatch=monkeypatch)
    monkeypatch.setattr(os, "stat", real_stat)
    assert warm == cli_in_process("check", "--no-cache", ".", cwd=tmp_path,
                                  monkeypatch=monkeypatch)
    assert codes_of(warm[1]) == {"a.py": {"OTP101"}}


# ---------------------------------------------------------------------------
# 5. The baseline
# ---------------------------------------------------------------------------
@scenario("baseline", "baselined files are deleted",
          "their entries count as fixed: `--strict-baseline` fails; `baseline` drops them")
def test_entries_of_deleted_files_are_fixed(tmp_path) -> None:
    write(tmp_path / "a.py", KILL)
    write(tmp_path / "gone.py", KILL)
    run_cli("baseline", ".", cwd=str(tmp_path))
    (tmp_path / "gone.py").unlink()
    r = run_cli("check", "--strict-baseline", "a.py", cwd=str(tmp_path))
    assert r.returncode == 1 and "1 baselined violation is fixed" in r.stderr, r.stderr
    run_cli("baseline", "a.py", cwd=str(tmp_path))
    entries = json.loads((tmp_path / ".otp-lints-baseline.json").read_text())["entries"]
    assert [e["path"] for e in entries] == ["a.py"]


@pytest.mark.skipif(not POSIX, reason="RLIMIT_FSIZE")
@scenario("baseline", "the disk fills while the baseline is written",
          "one line naming the file, exit 2; the old baseline intact; no temporary file")
def test_full_disk_while_writing_the_baseline(tmp_path) -> None:
    write(tmp_path / "a.py", KILL)
    run_cli("baseline", ".", cwd=str(tmp_path))
    baseline = tmp_path / ".otp-lints-baseline.json"
    old = baseline.read_bytes()
    write(tmp_path / "a.py", "import os\n" + "".join(f"os.kill({i}, 9)\n" for i in range(40)))
    r = run_limited("baseline", ".", cwd=tmp_path, max_file_size=len(old) + 100)
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip().count("\n") == 0 and ".otp-lints-baseline.json" in r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert baseline.read_bytes() == old
    assert leftovers(tmp_path, {"a.py", ".otp-lints-baseline.json"}) == set()


@scenario("baseline", "Ctrl-C while the baseline is written",
          "the old baseline intact; no temporary file")
def test_ctrl_c_while_writing_the_baseline(tmp_path, monkeypatch) -> None:
    write(tmp_path / "a.py", KILL)
    Injector(monkeypatch, interrupt)
    rc, _out, _err = cli_in_process("baseline", "a.py", cwd=tmp_path, monkeypatch=monkeypatch)
    assert rc == 130
    assert leftovers(tmp_path, {"a.py"}) == set()


@pytest.mark.skipif(not POSIX, reason="symlinks")
@scenario("baseline", "the baseline file is a symlink (a shared baseline)",
          "written through: the target is updated, the link stays a link")
def test_a_symlinked_baseline_is_written_through(tmp_path) -> None:
    write(tmp_path / "a.py", KILL)
    shared = write(tmp_path / "shared" / "baseline.json", '{"entries": []}\n')
    (tmp_path / ".otp-lints-baseline.json").symlink_to(os.path.join("shared", "baseline.json"))
    r = run_cli("baseline", ".", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / ".otp-lints-baseline.json").is_symlink()
    assert [e["path"] for e in json.loads(shared.read_text())["entries"]] == ["a.py"]


# ---------------------------------------------------------------------------
# 6. Inputs
# ---------------------------------------------------------------------------
def _bounded_memory() -> None:  # pragma: no cover - in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _check_quickly(*args: str, cwd: pathlib.Path) -> subprocess.CompletedProcess[str]:
    """The CLI, failing the test if it hangs (and kept from eating the machine's
    memory if it reads an endless device)."""
    try:
        return subprocess.run([sys.executable, "-m", "otp_lints", *args], cwd=str(cwd),
                              capture_output=True, text=True, timeout=60,
                              preexec_fn=_bounded_memory if POSIX else None)
    except subprocess.TimeoutExpired:
        pytest.fail("the run hung")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
@scenario("inputs", "a FIFO named on the command line (nothing ever writes to it)",
          "OTP000 \"not a regular file\"; no hang; the other files are checked")
def test_a_fifo_is_not_read(tmp_path) -> None:
    os.mkfifo(tmp_path / "pipe.py")
    write(tmp_path / "b.py", KILL)
    r = _check_quickly("check", "--no-cache", "pipe.py", "b.py", cwd=tmp_path)
    assert codes_of(r.stdout) == {"pipe.py": {"OTP000"}, "b.py": {"OTP101"}}
    assert "pipe.py:1:1: OTP000 cannot read file: not a regular file" in r.stdout


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a device")
@scenario("inputs", "a device named on the command line (`/dev/zero`, endless)",
          "OTP000 \"not a regular file\"; no hang, no MemoryError")
def test_a_device_is_not_read(tmp_path) -> None:
    r = _check_quickly("check", "--no-cache", "/dev/zero", cwd=tmp_path)
    assert "/dev/zero:1:1: OTP000 cannot read file: not a regular file" in r.stdout, r.stderr


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets")
@scenario("inputs", "a Unix socket named on the command line",
          "OTP000 \"not a regular file\"")
def test_a_socket_is_not_read(tmp_path) -> None:
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(tmp_path / "sock.py"))
        r = _check_quickly("check", "--no-cache", "sock.py", cwd=tmp_path)
    assert "sock.py:1:1: OTP000 cannot read file: not a regular file" in r.stdout, r.stdout


@scenario("inputs", "a directory the user may not read, in the tree checked",
          "OTP000 \"cannot read directory: permission denied\", never silently skipped")
def test_an_unreadable_directory_is_reported(open_tmp) -> None:
    write(open_tmp / "ok.py", "x = 1\n")
    write(open_tmp / "secret" / "a.py", KILL)
    os.chmod(open_tmp / "secret", 0o700 if os.geteuid() == 0 else 0o000)
    rc, out, err = run_unprivileged("check", "--no-cache", ".", cwd=open_tmp)
    assert "secret:1:1: OTP000 cannot read directory: permission denied" in out, out + err
    assert rc == 1


@scenario("inputs", "a file the user may not read", "OTP000 \"cannot read file: permission "
          "denied\"; the other files are checked", held=True)
def test_an_unreadable_file_says_permission_denied(open_tmp) -> None:
    write(open_tmp / "ok.py", KILL)
    secret = write(open_tmp / "secret.py", KILL)
    os.chmod(secret, 0o600 if os.geteuid() == 0 else 0o000)
    _rc, out, err = run_unprivileged("check", "--no-cache", ".", cwd=open_tmp)
    assert "secret.py:1:1: otp000 cannot read file: permission denied" in out.lower(), out + err
    assert "ok.py:2:1: OTP101" in out


ODD_NAMES = {"new\nline.py": "new\\nline.py", "esc\x1b[31m.py": "esc\\x1b[31m.py"}
if sys.platform.startswith("linux"):
    ODD_NAMES[os.fsdecode(b"caf\xe9.py")] = "caf\\xe9.py"


@pytest.mark.skipif(not POSIX, reason="POSIX file names")
@scenario("inputs", "file names with a newline, an escape character, or bytes that are "
          "not UTF-8", "escaped in text and github output (one line each, nothing "
          "reaches the terminal raw); valid JSON and SARIF")
def test_odd_file_names_are_escaped(tmp_path) -> None:
    for name in ODD_NAMES:
        write(tmp_path / name, KILL)
    text = run_cli("check", "--no-cache", ".", cwd=str(tmp_path)).stdout
    lines = text.splitlines()
    assert sorted(line.split(":2:1: ")[0] for line in lines) == sorted(ODD_NAMES.values())
    github = run_cli("check", "--no-cache", "--format", "github", ".", cwd=str(tmp_path)).stdout
    assert len(github.splitlines()) == len(ODD_NAMES) and "\x1b" not in github
    for fmt in ("json", "sarif"):
        out = run_cli("check", "--no-cache", "--format", fmt, ".", cwd=str(tmp_path)).stdout
        data = json.loads(out)
        json.dumps(data, ensure_ascii=False).encode("utf-8")  # no lone surrogate anywhere


@scenario("inputs", "a staged file named `--config=x.py` (pre-commit passes it after the "
          "hook's options)", "checked as a file; never read as an option")
def test_a_path_never_acts_as_an_option(tmp_path) -> None:
    write(tmp_path / "--config=x.py", KILL)
    write(tmp_path / "x.py", "not toml\n")
    r = run_cli("check", "--no-cache", "--config=x.py", cwd=str(tmp_path))
    assert codes_of(r.stdout) == {"--config=x.py": {"OTP101"}}, r.stderr


# ---------------------------------------------------------------------------
# 7. Configuration
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "0", "-1"])
@scenario("config", "`default-timeout` infinite, NaN, zero or negative",
          "a config error naming the key (exit 2)")
def test_default_timeout_must_be_finite_and_positive(tmp_path, value) -> None:
    write(tmp_path / "pyproject.toml",
          f"[tool.otp-lints.rules.OTP402]\ndefault-timeout = {value}\n")
    write(tmp_path / "a.py", "x = 1\n")
    r = run_cli("check", "--no-cache", ".", cwd=str(tmp_path))
    assert r.returncode == 2 and "default-timeout" in r.stderr, r.stderr


@scenario("config", "an allow entry with `rules = []`", "a config error naming the key")
def test_an_allow_entry_must_name_rules(tmp_path) -> None:
    write(tmp_path / "pyproject.toml", '[[tool.otp-lints.allow]]\nrules = []\n'
          'paths = ["a.py"]\nreason = "legacy"\n')
    write(tmp_path / "a.py", "x = 1\n")
    r = run_cli("check", "--no-cache", ".", cwd=str(tmp_path))
    assert r.returncode == 2 and "allow entry 1: rules" in r.stderr, r.stderr


@scenario("config", "a glob with many consecutive `**` (`a/**/**/…/**/b`)",
          "they collapse into one: matching stays linear, never exponential")
def test_consecutive_double_stars_collapse(tmp_path) -> None:
    from otp_lints.globs import compile_glob

    many = "a/" + "**/" * 30 + "b.py"
    assert compile_glob(many).pattern == compile_glob("a/**/b.py").pattern
    write(tmp_path / "pyproject.toml", f'[tool.otp-lints]\nexclude = ["{many}"]\n')
    deep = "a/" + "/".join("x" * 40) + "/c.py"  # 40 directories, no match
    write(tmp_path / deep, KILL)
    r = _check_quickly("check", "--no-cache", ".", cwd=tmp_path)
    assert r.returncode == 1, r.stderr


@scenario("config", "thousands of globs (per-file-ignores, allowlist paths and modules)",
          "each is compiled once: the work stays linear in their number")
def test_thousands_of_globs_are_compiled_once(monkeypatch) -> None:
    from otp_lints import globs
    from otp_lints.config import AllowEntry, Settings
    from otp_lints.lint import lint_source

    n = 3000
    compiled = []
    real = globs.re.compile
    monkeypatch.setattr(globs.re, "compile",
                        lambda p, *a, **k: compiled.append(p) or real(p, *a, **k))
    root = os.path.abspath("/virtual-glob-project")
    settings = Settings(
        root=root,
        per_file_ignores=tuple((f"gen{i}/**/*.py", ("OTP1",)) for i in range(n)),
        allow=(AllowEntry(("OTP101",), tuple(f"other{i}/*.py" for i in range(n)),
                          tuple(f"other{i}.*" for i in range(n)), "legacy", None, 0),),
    )
    for i in range(20):
        lint_source(KILL.encode(), os.path.join(root, f"pkg/m{i}.py"), settings)
    assert len(compiled) <= 3 * n + 100


# ---------------------------------------------------------------------------
# 8. Noise on stderr
# ---------------------------------------------------------------------------
INVALID_ESCAPE = b"import os\npattern = '\\d+'\nos.kill(pid, 9)\n"


@scenario("stderr", "parsing a file with an invalid escape (`'\\d'`: SyntaxWarning on "
          "3.12+, DeprecationWarning before)", "nothing printed; the file is analysed")
def test_parse_warnings_about_the_users_code_are_not_printed(tmp_path) -> None:
    from otp_lints.config import Settings
    from otp_lints.lint import lint_source

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = lint_source(INVALID_ESCAPE, str(tmp_path / "a.py"), Settings(root=str(tmp_path)))
    assert [d.code for d in result.diagnostics] == ["OTP101"]
    assert [str(w.message) for w in caught] == []
    write(tmp_path / "a.py", INVALID_ESCAPE)
    r = run_cli("check", "--no-cache", "a.py", cwd=str(tmp_path))
    assert "Warning" not in r.stderr and "<unknown>" not in r.stderr


@scenario("stderr", "a warnings-as-errors environment (`-W error`, `PYTHONWARNINGS=error`)",
          "a file CPython accepts is analysed, not OTP000")
def test_warnings_as_errors_do_not_reject_a_file(tmp_path) -> None:
    write(tmp_path / "a.py", INVALID_ESCAPE)
    env = dict(os.environ, PYTHONWARNINGS="error")
    r = subprocess.run([sys.executable, "-m", "otp_lints", "check", "--no-cache", "a.py"],
                       cwd=str(tmp_path), env=env, capture_output=True, text=True, timeout=120)
    assert codes_of(r.stdout) == {"a.py": {"OTP101"}}, r.stdout + r.stderr


@scenario("stderr", "a config error under `flake8 --jobs N` (workers in other processes)",
          "printed once per run, not once per worker")
def test_flake8_prints_a_config_error_once_per_run(tmp_path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.otp-lints]\nselect = ["OTP999"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[tool.otp-lints]\nselect = ["OTP998"]\n')
    for i in range(12):
        write(tmp_path / f"m{i}.py", "x = 1\n")
        write(tmp_path / "sub" / f"s{i}.py", "x = 1\n")
    r = subprocess.run([sys.executable, "-m", "flake8", "--select", "OTP", "--jobs", "3", "."],
                       cwd=str(tmp_path), capture_output=True, text=True, timeout=300)
    errors = [line for line in r.stderr.splitlines() if "otp-lints: error" in line]
    assert sorted(e.count("OTP99") for e in errors) == [1, 1], r.stderr
    assert r.stdout.count("OTP000") == 24


@scenario("stderr", "`--force-exclude` with an excluded `--stdin-filename`",
          "nothing reported (as ruff); with `--fix` the input comes back unchanged")
def test_force_exclude_applies_to_the_stdin_filename(tmp_path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.otp-lints]\nexclude = ["vendor/**"]\n')
    args = ("check", "--no-cache", "--force-exclude", "--stdin-filename", "vendor/v.py", "-")
    r = run_cli(*args, stdin=KILL.encode(), cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout == "", r.stdout
    r = run_cli(*args, "--fix", stdin=SEND.encode(), cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout == SEND


# ---------------------------------------------------------------------------
# 9. The table in docs/reliability.md
# ---------------------------------------------------------------------------
TABLE_START = ("<!-- fault scenarios: generated from tests/test_faults.py "
               "(`python tests/test_faults.py`); do not edit -->")
TABLE_END = "<!-- end of fault scenarios -->"


def scenario_table() -> str:
    rows = ["| Area | Fault | Outcome | Test |", "| --- | --- | --- | --- |"]
    rows += [f"| {s.area} | {s.fault} | {s.outcome}{' (held before)' if s.held else ''} "
             f"| `{s.test}` |" for s in SCENARIOS]
    return "\n".join([TABLE_START, *rows, TABLE_END])


def _with_table(doc: str) -> str:
    start, end = doc.index(TABLE_START), doc.index(TABLE_END) + len(TABLE_END)
    return doc[:start] + scenario_table() + doc[end:]


def test_reliability_table_is_current() -> None:
    with open(RELIABILITY, encoding="utf-8") as f:
        doc = f.read()
    assert TABLE_START in doc and TABLE_END in doc
    assert doc == _with_table(doc), "run `python tests/test_faults.py` to regenerate"
    names = {n for n in globals() if n.startswith("test_")}
    assert {s.test for s in SCENARIOS} <= names


if __name__ == "__main__":
    with open(RELIABILITY, encoding="utf-8") as f:
        text = f.read()
    with open(RELIABILITY, "w", encoding="utf-8") as f:
        f.write(_with_table(text))
