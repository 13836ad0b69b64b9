"""check --new-since REV (SPEC 7.5): only what did not exist at a git revision,
matched by the baseline's fingerprint, files read from git (never checked out),
renames followed; without git or with a bad revision, exit 2 with one line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from helpers import run_cli

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

KILL_MSG = re.compile(r"^(?:\./)?(.+?):(\d+):\d+: (OTP\d{3}) ", re.M)


def git(root, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    for var in ("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"):
        env.pop(var, None)
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                          text=True, env=env).stdout


def found(out: str) -> set[tuple[str, int, str]]:
    return {(m[1], int(m[2]), m[3]) for m in KILL_MSG.finditer(out)}


def repo(tmp_path, files: dict[str, str]):
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "pyproject.toml").write_text("[tool.otp-lints]\n")
    write(tmp_path, files)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "base")
    git(tmp_path, "checkout", "-qb", "feature")
    return tmp_path


def write(root, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


BEFORE = """\
import os


def stop(pid):
    os.kill(pid, 9)


def other():
    return 1
"""

# The violating function moved below another and re-indented into a class, and
# one new violation.
AFTER = """\
import os


def other():
    return 1


class Stopper:
    def stop(self, pid):
        os.kill(pid, 9)

    def stop_hard(self, pid):
        os.kill(pid, 15)
"""


def test_moved_and_reindented_code_is_not_new_one_new_violation_is(tmp_path) -> None:
    root = repo(tmp_path, {"pkg/a.py": BEFORE})
    write(root, {"pkg/a.py": AFTER})
    git(root, "commit", "-qam", "move, re-indent, add one")
    head = git(root, "rev-parse", "HEAD")
    for args in (("--new-since", "main"), ("--new-since",), ("--new-since=main",)):
        res = run_cli("check", *args, cwd=str(root))
        assert found(res.stdout) == {("pkg/a.py", 13, "OTP101")}, (args, res.stdout, res.stderr)
        assert res.returncode == 1
        assert "1 violation that existed then not shown" in res.stderr
    # Without the flag both are reported; at HEAD nothing is new.
    assert len(found(run_cli("check", cwd=str(root)).stdout)) == 2
    res = run_cli("check", "--new-since", "HEAD", cwd=str(root))
    assert res.returncode == 0 and found(res.stdout) == set()
    # Nothing was checked out: same branch, same commit, clean work tree.
    assert git(root, "rev-parse", "--abbrev-ref", "HEAD").strip() == "feature"
    assert git(root, "rev-parse", "HEAD") == head
    assert git(root, "status", "--porcelain") == ""


def test_uncommitted_changes_count_and_a_second_copy_is_new(tmp_path) -> None:
    root = repo(tmp_path, {"a.py": "import os\nos.kill(1, 9)\n"})
    write(root, {"a.py": "import os\n\n\nos.kill(1, 9)\nos.kill(1, 9)\n"})  # not committed
    res = run_cli("check", "--new-since", "main", cwd=str(root))
    # Same text twice where it was once: the count makes the later copy new.
    assert found(res.stdout) == {("a.py", 5, "OTP101")}, res.stdout


def test_a_violation_a_change_caused_on_an_unchanged_line_is_new(tmp_path) -> None:
    root = repo(tmp_path, {"w.py": (
        "import threading\n\n\ndef work():\n    pass\n\n\n"
        "def run():\n    t = threading.Thread(target=work)\n    t.start()\n    t.join()\n")})
    write(root, {"w.py": (
        "import threading\n\n\ndef work():\n    pass\n\n\n"
        "def run():\n    t = threading.Thread(target=work)\n    t.start()\n")})
    before = found(run_cli("check", "--no-cache", cwd=str(root)).stdout)
    assert ("w.py", 9, "OTP303") in before  # the thread nobody joins
    res = run_cli("check", "--new-since", "main", cwd=str(root))
    assert ("w.py", 9, "OTP303") in found(res.stdout), res.stdout


def test_renames_are_followed(tmp_path) -> None:
    body = "import os\n\n\ndef stop(pid):\n    os.kill(pid, 9)\n" + "".join(
        f"\n\ndef f{i}():\n    return {i}\n" for i in range(10))
    root = repo(tmp_path, {"old/name.py": body})
    (root / "new").mkdir()
    git(root, "mv", "old/name.py", "new/other_name.py")
    write(root, {"new/other_name.py": body + "\n\ndef g(pid):\n    os.kill(pid, 2)\n"})
    git(root, "commit", "-qam", "rename and add")
    res = run_cli("check", "--new-since", "main", cwd=str(root))
    assert found(res.stdout) == {("new/other_name.py", 49, "OTP101")}, res.stdout
    # Staged but not committed renames are followed too.
    git(root, "mv", "new/other_name.py", "third.py")
    res = run_cli("check", "--new-since", "main", cwd=str(root))
    assert found(res.stdout) == {("third.py", 49, "OTP101")}, res.stdout


def test_files_without_a_past_are_all_new(tmp_path) -> None:
    root = repo(tmp_path, {"a.py": "x = 1\n"})
    write(root, {"untracked.py": "import os\nos.kill(1, 9)\n"})
    outside = tmp_path.parent / (tmp_path.name + "-outside")
    outside.mkdir()
    (outside / "b.py").write_text("import os\nos.kill(1, 9)\n")
    res = run_cli("check", "--new-since", "main", ".", str(outside / "b.py"), cwd=str(root))
    assert {(os.path.basename(p), c) for p, _, c in found(res.stdout)} == {
        ("untracked.py", "OTP101"), ("b.py", "OTP101")}, res.stdout


def test_default_is_the_merge_base_with_the_default_branch(tmp_path) -> None:
    root = repo(tmp_path, {"a.py": "import os\nos.kill(1, 9)\n"})
    write(root, {"b.py": "import os\nos.kill(2, 9)\n"})
    git(root, "add", "-A")
    git(root, "commit", "-qm", "feature work")
    # main moves on after the branch point: its new violation is not this branch's.
    git(root, "checkout", "-q", "main")
    write(root, {"c.py": "import os\nos.kill(3, 9)\n"})
    git(root, "add", "-A")
    git(root, "commit", "-qm", "main work")
    git(root, "checkout", "-q", "feature")
    res = run_cli("check", "--new-since", cwd=str(root))
    assert found(res.stdout) == {("b.py", 2, "OTP101")}, res.stdout
    assert "the merge base with main" in res.stderr
    # A bare flag before a path: the path stays a path.
    res = run_cli("check", "--new-since", "a.py", cwd=str(root))
    assert res.returncode == 0 and found(res.stdout) == set(), res.stderr
    # In a pull request's CI job, the branch it targets.
    git(root, "branch", "release", "main")
    env_run = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "release"], capture_output=True, text=True)
    assert env_run.returncode == 0
    import sys

    res = subprocess.run([sys.executable, "-m", "otp_lints", "check", "--new-since"],
                         cwd=str(root), capture_output=True, text=True,
                         env={**os.environ, "GITHUB_BASE_REF": "release"})
    assert "the merge base with release" in res.stderr, res.stderr


def test_bad_revision_and_no_git_are_one_line_exit_2(tmp_path) -> None:
    root = repo(tmp_path, {"a.py": "x = 1\n"})
    res = run_cli("check", "--new-since", "no-such-branch", cwd=str(root))
    assert res.returncode == 2
    assert res.stderr == "otp-lints: error: --new-since: unknown revision 'no-such-branch'\n"
    plain = tmp_path.parent / (tmp_path.name + "-plain")
    plain.mkdir()
    (plain / "a.py").write_text("x = 1\n")
    res = run_cli("check", "--new-since", "main", cwd=str(plain))
    assert res.returncode == 2 and res.stderr.count("\n") == 1
    assert "is not inside a git work tree" in res.stderr
    import sys

    res = subprocess.run([sys.executable, "-m", "otp_lints", "check", "--new-since", "main"],
                         cwd=str(root), capture_output=True, text=True,
                         env={**os.environ, "PATH": str(plain)})
    assert res.returncode == 2
    assert res.stderr == "otp-lints: error: --new-since: git is not installed (or not on PATH)\n"


def test_add_noqa_with_new_since_suppresses_only_what_is_new(tmp_path) -> None:
    root = repo(tmp_path, {"pkg/a.py": BEFORE})
    write(root, {"pkg/a.py": AFTER})
    res = run_cli("check", "--new-since", "main", "--add-noqa", "until the rewrite", cwd=str(root))
    assert res.returncode == 0 and found(res.stdout) == set(), res.stdout + res.stderr
    text = (root / "pkg" / "a.py").read_text().splitlines()
    assert text[9] == "        os.kill(pid, 9)"  # existed at main: left to the baseline
    assert text[12] == "        os.kill(pid, 15)  # noqa: OTP101 until the rewrite"
