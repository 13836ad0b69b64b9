"""The hooks in .pre-commit-hooks.yaml, run through pre-commit itself (try-repo)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(cwd: str, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _hook_repo(tmp_path) -> str:
    """The repository pre-commit installs the hooks from: this checkout, or, in an
    unpacked sdist (not a git repository), a one-commit copy of it."""
    inside = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=ROOT,
                            capture_output=True, text=True)
    if inside.returncode == 0 and os.path.samefile(inside.stdout.strip(), ROOT):
        return ROOT
    copy = str(tmp_path / "otp-lints")
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"))
    _git(copy, "init", "-q")
    _git(copy, "add", ".")
    _git(copy, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "sdist")
    return copy


def _pre_commit(cwd: str, hook: str, *files: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=os.path.join(cwd, "..", "pc-home"))
    hooks = os.path.join(cwd, "..", "hook-repo")
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", hooks, hook, "--files", *files],
        cwd=cwd, capture_output=True, text=True, env=env, timeout=900,
    )


def test_hooks_through_pre_commit(tmp_path) -> None:
    os.symlink(_hook_repo(tmp_path), tmp_path / "hook-repo")
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(str(repo), "init", "-q")
    _git(str(repo), "config", "user.email", "t@example.com")
    _git(str(repo), "config", "user.name", "t")
    (repo / "bad.py").write_text("import os\nos.kill(pid, 9)\n")
    (repo / "good.py").write_text("x = 1\n")
    (repo / "fixable.py").write_text("import socket\ns = socket.socket()\ns.send(data)\n")
    (repo / "pyproject.toml").write_text('[tool.otp-lints]\nexclude = ["vendor/**"]\n')
    (repo / "vendor").mkdir()
    (repo / "vendor" / "v.py").write_text("import os\nos.kill(pid, 9)\n")
    _git(str(repo), "add", ".")
    _git(str(repo), "commit", "-qm", "init")

    ok = _pre_commit(str(repo), "otp-lints", "good.py", "vendor/v.py")
    assert ok.returncode == 0, ok.stdout + ok.stderr  # --force-exclude skips vendor/

    bad = _pre_commit(str(repo), "otp-lints", "bad.py", "good.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.py:2:1: OTP101" in bad.stdout

    fixed = _pre_commit(str(repo), "otp-lints-fix", "fixable.py")
    assert fixed.returncode == 1  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in fixed.stdout
    assert (repo / "fixable.py").read_text() == (
        "import socket\ns = socket.socket()\ns.sendall(data)\n")
