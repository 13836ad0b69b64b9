"""flake8 --select OTP and otp-lints check report the same (path, line, col, code)."""

from __future__ import annotations

import os
import re
import shutil

from helpers import FIXTURES, fixture_parses_here, run_cli, run_flake8

LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>OTP\d{3}) ")


def _parse(out: str) -> set[tuple[str, int, int, str]]:
    found = set()
    for line in out.splitlines():
        m = LINE.match(line)
        if m:
            found.add((os.path.normpath(m["path"]), int(m["line"]), int(m["col"]), m["code"]))
    return found


def _project(tmp_path, config: str) -> str:
    # Fixtures in syntax this Python cannot parse are OTP000 for the CLI and
    # E999 for flake8 (SPEC 1.2 leaves those out of the comparison).
    shutil.copytree(FIXTURES, tmp_path / "pkg", ignore=lambda d, names: [
        n for n in names if n.endswith(".py") and not fixture_parses_here(os.path.join(d, n))])
    (tmp_path / "pyproject.toml").write_text(config)
    return str(tmp_path)


def test_same_diagnostics_on_all_fixtures(tmp_path) -> None:
    root = _project(tmp_path, '[tool.otp-lints]\nextend-select = ["OTP201", "OTP202", "OTP204"]\n'
                    '[tool.otp-lints.rules.OTP103]\napis = ["app.bus.cast_nowait"]\n')
    cli = run_cli("check", "pkg", cwd=root)
    f8 = run_flake8("pkg", cwd=root)
    assert cli.returncode == 1, cli.stderr
    assert f8.returncode == 1, f8.stderr
    ours, theirs = _parse(cli.stdout), _parse(f8.stdout)
    assert ours, cli.stdout
    assert ours == theirs, (sorted(ours - theirs), sorted(theirs - ours))
    assert {d[3] for d in ours} >= {"OTP101", "OTP102", "OTP103", "OTP201", "OTP202",
                                   "OTP203", "OTP204"}


def test_config_selection_is_honoured_by_both(tmp_path) -> None:
    root = _project(tmp_path, '[tool.otp-lints]\nselect = ["OTP2"]\nignore = ["OTP203"]\n'
                    '[tool.otp-lints.per-file-ignores]\n"pkg/otp201*.py" = ["OTP201"]\n')
    ours = _parse(run_cli("check", "pkg", cwd=root).stdout)
    theirs = _parse(run_flake8("pkg", cwd=root).stdout)
    assert ours == theirs
    codes = {d[3] for d in ours}
    assert codes == {"OTP202", "OTP204"}


def test_stdin_with_display_name_uses_the_config_and_test_paths(tmp_path) -> None:
    root = _project(tmp_path, '[tool.otp-lints]\ntest-paths = ["checks/**"]\n')
    src = b"import os\nos.environ['X'] = '1'\n"
    # Module-level environ mutation is only flagged in test files.
    cli = run_cli("check", "-", "--stdin-filename", "checks/a.py", stdin=src, cwd=root)
    f8 = run_flake8("-", "--stdin-display-name", "checks/a.py", stdin=src, cwd=root)
    assert _parse(cli.stdout) == _parse(f8.stdout) == {("checks/a.py", 2, 1, "OTP203")}
    cli = run_cli("check", "-", "--stdin-filename", "lib/a.py", stdin=src, cwd=root)
    f8 = run_flake8("-", "--stdin-display-name", "lib/a.py", stdin=src, cwd=root)
    assert cli.returncode == 0 and f8.returncode == 0
    assert _parse(cli.stdout) == _parse(f8.stdout) == set()


def test_noqa_agrees(tmp_path) -> None:
    # OTP1 only: OTP701/OTP702 (suppression hygiene) have fixtures of their own.
    (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nselect = ["OTP1"]\n')
    (tmp_path / "a.py").write_text(
        "import os\n"
        "os.kill(1, 2)  # noqa\n"
        "os.kill(1, 2)  # noqa: OTP101 reason here\n"
        "os.kill(1, 2)  # noqa: OTP1\n"
        "os.kill(1, 2)  # noqa: E501\n"
        "os.kill(1, 2)  # NOQA:OTP101\n"
        "os.kill(\n    1, 2)  # noqa: OTP101\n"
        "os.kill(1, 2)  # noqa: otp101\n"
        'os.kill(1, """\n"""\n)  # noqa: OTP101\n'
        'os.kill(1, """\n""")  # noqa: OTP101\n'
    )
    ours = _parse(run_cli("check", "a.py", cwd=str(tmp_path)).stdout)
    theirs = _parse(run_flake8("a.py", cwd=str(tmp_path)).stdout)
    # flake8 joins only the lines of a multi-line *token* (a string): inside
    # brackets the tokenizer emits NL, so a noqa on a call's last line does not
    # cover its first line (10) unless a string spans them (13).
    assert ours == theirs == {("a.py", 5, 1, "OTP101"), ("a.py", 7, 1, "OTP101"),
                              ("a.py", 9, 1, "OTP101"), ("a.py", 10, 1, "OTP101")}


def test_flake8_config_error_is_one_line_and_no_traceback(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nselect = ["OTP999"]\n')
    (tmp_path / "a.py").write_text("x = 1\n")
    r = run_flake8("a.py", cwd=str(tmp_path))
    assert "Traceback" not in r.stderr
    assert "select" in r.stderr and "OTP999" in r.stderr
    assert "OTP000" in r.stdout


def test_opt_in_state_rules_are_off_by_default_in_both(tmp_path) -> None:
    """OTP201, OTP202 and OTP204 run only when selected; OTP203 runs by default."""
    root = _project(tmp_path, "[tool.otp-lints]\n")
    ours = _parse(run_cli("check", "pkg", cwd=root).stdout)
    theirs = _parse(run_flake8("pkg", cwd=root).stdout)
    assert ours == theirs
    codes = {d[3] for d in ours}
    assert "OTP203" in codes and not codes & {"OTP201", "OTP202", "OTP204"}
