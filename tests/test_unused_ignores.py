"""Unused ``per-file-ignores`` entries (SPEC 7.5): an entry (pattern and code) that
suppressed nothing is warned about on stderr, judged only on what the run checked
and selected."""

from __future__ import annotations

from helpers import run_cli

KILL = "import os\nos.kill(1, 9)\n"            # OTP101
ENVIRON = "import os\n\ndef f():\n    os.environ['A'] = '1'\n"  # OTP203
CONFIG = (
    "[tool.otp-lints]\n"
    "per-file-ignores = { \"tools/**\" = [\"OTP101\", \"OTP203\"], "
    "\"gone/**\" = [\"OTP1\"] }\n"
)


def project(tmp_path, config: str = CONFIG) -> str:
    (tmp_path / "pyproject.toml").write_text(config)
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "tool.py").write_text(KILL)
    (tmp_path / "app.py").write_text("x = 1\n")
    return str(tmp_path)


def warnings(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if "per-file-ignores" in line)


def test_an_entry_that_suppressed_nothing_is_named_and_one_that_did_is_not(tmp_path) -> None:
    root = project(tmp_path)
    res = run_cli("check", cwd=root)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout == ""
    # OTP101 in tools/** took the kill; OTP203 found nothing there; gone/**
    # matches no file of the tree the run walked: stale.
    assert warnings(res.stderr) == [
        'otp-lints: warning: per-file-ignores "gone/**" = OTP1 suppressed nothing in this '
        "run; remove it if the code is fixed",
        'otp-lints: warning: per-file-ignores "tools/**" = OTP203 suppressed nothing in '
        "this run; remove it if the code is fixed",
    ]
    # The same with a warm cache: the ignored rules' results are cached too.
    assert warnings(run_cli("check", cwd=root).stderr) == warnings(res.stderr)
    assert warnings(run_cli("check", "--quiet", cwd=root).stderr) == []


def test_only_entries_the_run_could_judge(tmp_path) -> None:
    root = project(tmp_path)
    # A run on a file no pattern matches judges no entry (pre-commit, editors).
    assert warnings(run_cli("check", "app.py", cwd=root).stderr) == []
    # A run on tools/tool.py judges the entry matching it, not the stale one.
    got = warnings(run_cli("check", "tools/tool.py", cwd=root).stderr)
    assert len(got) == 1 and '"tools/**" = OTP203' in got[0]
    # A code the run does not select is not judged.
    got = warnings(run_cli("check", "--ignore", "OTP2", "tools", cwd=root).stderr)
    assert got == []


def test_an_entry_is_used_once_it_suppresses_something(tmp_path) -> None:
    root = project(tmp_path)
    (tmp_path / "tools" / "env.py").write_text(ENVIRON)
    (tmp_path / "gone").mkdir()
    (tmp_path / "gone" / "old.py").write_text(KILL)
    res = run_cli("check", cwd=root)
    assert res.returncode == 0 and res.stdout == "", res.stdout + res.stderr
    assert warnings(res.stderr) == []
