"""The CLI as a user runs it: exit codes, formats, stdin, OTP000, rules."""

from __future__ import annotations

import json

from helpers import run_cli

BAD = "import os\nos.kill(pid, 9)\n"


def test_exit_codes(tmp_path) -> None:
    (tmp_path / "clean.py").write_text("x = 1\n")
    assert run_cli("check", "clean.py", cwd=str(tmp_path)).returncode == 0
    (tmp_path / "bad.py").write_text(BAD)
    r = run_cli("check", ".", cwd=str(tmp_path))
    assert r.returncode == 1
    assert r.stdout.startswith("bad.py:2:1: OTP101 ")
    assert "Found 1 violation" in r.stderr
    assert run_cli("check", "--select", "NOPE", cwd=str(tmp_path)).returncode == 2
    assert run_cli("check", "--bogus", cwd=str(tmp_path)).returncode == 2


def test_default_path_is_cwd_and_quiet(tmp_path) -> None:
    (tmp_path / "bad.py").write_text(BAD)
    r = run_cli("check", "--quiet", cwd=str(tmp_path))
    assert r.returncode == 1 and r.stderr == ""
    assert "bad.py:2:1: OTP101" in r.stdout


def test_json_format(tmp_path) -> None:
    (tmp_path / "bad.py").write_text(BAD + "os.killpg(g, 9)\n")
    r = run_cli("check", "--format", "json", "bad.py", cwd=str(tmp_path))
    data = json.loads(r.stdout)
    assert [(d["line"], d["column"], d["code"]) for d in data] == [(2, 1, "OTP101"),
                                                                  (3, 1, "OTP101")]
    first = data[0]
    assert first["path"] == "bad.py" and first["end_line"] == 2 and first["end_column"] == 16
    assert first["fix"] is None and first["message"]


def test_statistics(tmp_path) -> None:
    (tmp_path / "bad.py").write_text(BAD + "os.killpg(g, 9)\n")
    r = run_cli("check", "--statistics", "bad.py", cwd=str(tmp_path))
    assert "     2  OTP101  raw-signal-send" in r.stdout


def test_stdin(tmp_path) -> None:
    r = run_cli("check", "-", stdin=BAD.encode(), cwd=str(tmp_path))
    assert r.returncode == 1 and r.stdout.startswith("-:2:1: OTP101")
    r = run_cli("check", "-", "--stdin-filename", "pkg/mod.py", stdin=BAD.encode(),
                cwd=str(tmp_path))
    assert r.stdout.startswith("pkg/mod.py:2:1: OTP101")


def test_unparsable_files_are_otp000_and_the_run_goes_on(tmp_path) -> None:
    (tmp_path / "a_broken.py").write_text("def f(:\n")
    (tmp_path / "b_nul.py").write_bytes(b"x = 1\x00\n")
    (tmp_path / "c_badenc.py").write_bytes(b"x = '\xff'\n")
    (tmp_path / "d_latin.py").write_bytes(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n" + BAD.encode())
    (tmp_path / "e_bad.py").write_text(BAD)
    r = run_cli("check", ".", "missing.py", cwd=str(tmp_path))
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    codes = [(ln.split(":")[0], ln.split(" ")[1]) for ln in lines]
    assert ("a_broken.py", "OTP000") in codes
    assert ("b_nul.py", "OTP000") in codes
    assert ("c_badenc.py", "OTP000") in codes
    assert ("missing.py", "OTP000") in codes
    assert ("d_latin.py", "OTP101") in codes  # valid PEP 263 cookie: analysed
    assert ("e_bad.py", "OTP101") in codes
    assert "a_broken.py:1:7: OTP000" in r.stdout
    assert "Traceback" not in r.stderr


def test_excludes(tmp_path) -> None:
    for d in ("build", "vendor", "src"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "m.py").write_text(BAD)
    (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nexclude = ["vendor/**"]\n')
    r = run_cli("check", cwd=str(tmp_path))
    assert {ln.split(":")[0] for ln in r.stdout.splitlines()} == {"src/m.py"}
    # A file named directly is checked unless --force-exclude.
    assert run_cli("check", "vendor/m.py", cwd=str(tmp_path)).returncode == 1
    assert run_cli("check", "--force-exclude", "vendor/m.py", cwd=str(tmp_path)).returncode == 0


def test_flake8_file_noqa_skips_file(tmp_path) -> None:
    (tmp_path / "a.py").write_text("# flake8: noqa\n" + BAD)
    assert run_cli("check", "a.py", cwd=str(tmp_path)).returncode == 0


def test_rules_table_and_rule_page() -> None:
    r = run_cli("rules")
    assert r.returncode == 0
    rows = {ln.split()[0]: ln.split()[2] for ln in r.stdout.splitlines()[1:] if ln.strip()}
    assert rows["OTP201"] == rows["OTP202"] == rows["OTP204"] == "opt-in"
    assert rows["OTP101"] == rows["OTP203"] == "on"
    assert "OTP102  partial-socket-send" in r.stdout
    r = run_cli("rule", "partial-socket-send")
    assert r.returncode == 0 and r.stdout.splitlines()[0] == "# OTP102 partial-socket-send"
    assert run_cli("rule", "OTP999").returncode == 2


def test_python_dash_m_is_the_same_program() -> None:
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("otp-lints ")


def test_exit_zero_quiet_jobs_and_output_file(tmp_path) -> None:
    for i in range(20):
        (tmp_path / f"m{i}.py").write_text(BAD)
    r = run_cli("check", "--exit-zero", "-q", "-j", "2", "--no-cache", ".", cwd=str(tmp_path))
    assert r.returncode == 0 and r.stderr == "" and r.stdout.count("OTP101") == 20
    r = run_cli("check", "-o", "out.json", "--output-format", "json", "m1.py",
                cwd=str(tmp_path))
    assert r.returncode == 1 and r.stdout == ""
    assert json.loads((tmp_path / "out.json").read_text())[0]["code"] == "OTP101"
    r = run_cli("check", "--output-file", "no/such/dir/out.txt", "m1.py", cwd=str(tmp_path))
    assert r.returncode == 2 and "--output-file" in r.stderr
    assert run_cli("check", "--exit-zero", "--select", "NOPE", cwd=str(tmp_path)).returncode == 2


def test_jobs_sets_the_worker_processes(tmp_path, monkeypatch, capsys) -> None:
    """-j N lints in N worker processes (one: no pool at all); fewer than 1 is a
    usage error."""
    from otp_lints import cli, runner

    for i in range(20):
        (tmp_path / f"m{i}.py").write_text(BAD)
    pools: list[int] = []
    real = runner._parallel
    monkeypatch.setattr(runner, "_parallel",
                        lambda work, jobs, settings: pools.append(jobs) or real(work, jobs,
                                                                                 settings))
    monkeypatch.chdir(tmp_path)
    outputs = []
    for jobs in ("2", "1"):
        assert cli.main(["check", "-q", "--no-cache", "-j", jobs, "."]) == 1
        outputs.append(capsys.readouterr().out)
    assert pools == [2]  # -j 1 made no pool
    assert outputs[0] == outputs[1] and outputs[0].count("OTP101") == 20
    for bad in ("0", "two"):
        r = run_cli("check", "-j", bad, ".", cwd=str(tmp_path))
        assert r.returncode == 2 and "-j/--jobs" in r.stderr, r.stderr


def test_quiet_output_file_and_statistics(tmp_path) -> None:
    """-q silences warnings too; with -o the text format's statistics go to the
    file with the diagnostics, any other format's to stderr."""
    (tmp_path / "empty").mkdir()
    r = run_cli("check", "-q", "empty", cwd=str(tmp_path))
    assert r.returncode == 0 and r.stderr == ""
    (tmp_path / "a.py").write_text(BAD)
    table = "     1  OTP101  raw-signal-send"
    r = run_cli("check", "-q", "--statistics", "-o", "out.txt", "a.py", cwd=str(tmp_path))
    written = (tmp_path / "out.txt").read_text()
    assert r.stdout == "" and written.startswith("a.py:2:1: OTP101") and table in written
    r = run_cli("check", "-q", "--statistics", "--format", "json", "-o", "out.json", "a.py",
                cwd=str(tmp_path))
    assert r.stdout == "" and table in r.stderr
    assert [d["code"] for d in json.loads((tmp_path / "out.json").read_text())] == ["OTP101"]


def test_messages_count_files_and_warn_when_nothing_is_checked(tmp_path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    r = run_cli("check", "a.py", cwd=str(tmp_path))
    assert "All checks passed (1 file checked)." in r.stderr
    (tmp_path / "empty").mkdir()
    r = run_cli("check", "empty", cwd=str(tmp_path))
    assert r.returncode == 0
    assert "otp-lints: warning: no Python files found under the given paths" in r.stderr


def test_show_settings_and_show_files(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nignore = ["OTP2"]\n'
                                             'exclude = ["skip/**"]\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[tool.otp-lints]\nselect = ["OTP1"]\n')
    (tmp_path / "sub" / "a.py").write_text(BAD)
    (tmp_path / "skip").mkdir()
    (tmp_path / "skip" / "b.py").write_text(BAD)
    (tmp_path / "c.py").write_text(BAD)
    r = run_cli("check", "--show-settings", "sub/a.py", cwd=str(tmp_path))
    assert r.returncode == 0
    assert f"# Config file: {tmp_path / 'sub' / 'pyproject.toml'}" in r.stdout
    assert 'select = ["OTP1"]' in r.stdout and 'enabled = ["OTP101", "OTP102", "OTP103"]' \
        in r.stdout
    r = run_cli("check", "--show-settings", "--extend-select", "OTP204", cwd=str(tmp_path))
    assert f"# Config file: {tmp_path / 'pyproject.toml'}" in r.stdout
    assert 'ignore = ["OTP2"]' in r.stdout and 'extend-select = ["OTP204"]' in r.stdout
    r = run_cli("check", "--show-files", cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout.splitlines() == ["c.py", "sub/a.py"]


def test_unsafe_fixes_needs_fix_or_diff(tmp_path) -> None:
    (tmp_path / "a.py").write_text(BAD)
    r = run_cli("check", "--unsafe-fixes", "a.py", cwd=str(tmp_path))
    assert r.returncode == 2 and "--unsafe-fixes needs --fix or --diff" in r.stderr
    assert run_cli("check", "--unsafe-fixes", "--diff", "a.py",
                   cwd=str(tmp_path)).returncode == 0


def test_paths_never_act_as_options(tmp_path) -> None:
    (tmp_path / "--config=x.py").write_text(BAD)
    (tmp_path / "-q.py").write_text(BAD)
    (tmp_path / "ok.py").write_text("x = 1\n")
    r = run_cli("check", "ok.py", "--config=x.py", "-q.py", cwd=str(tmp_path))
    assert r.returncode == 1, r.stderr
    assert sorted(ln.split(":")[0] for ln in r.stdout.splitlines()) == ["--config=x.py",
                                                                        "-q.py"]
    r = run_cli("check", "--", "--config=x.py", cwd=str(tmp_path))
    assert r.returncode == 1 and r.stdout.startswith("--config=x.py:2:1: OTP101")
    # An option's value is still a value, and options still work beside such files.
    r = run_cli("check", "--select", "OTP1", "-q", "ok.py", cwd=str(tmp_path))
    assert r.returncode == 0 and r.stderr == ""


def test_rules_as_json() -> None:
    r = run_cli("rules", "--format", "json")
    data = json.loads(r.stdout)
    by_code = {d["code"]: d for d in data}
    assert by_code["OTP204"]["default"] == "opt-in" and by_code["OTP204"]["default_on"] is False
    assert by_code["OTP102"]["fix"] == "safe" and by_code["OTP101"]["fix"] is None
    assert by_code["OTP101"]["url"].endswith("/docs/rules/OTP101.md")
    assert by_code["OTP101"]["name"] == "raw-signal-send"


def test_a_hint_when_a_file_uses_newer_syntax(tmp_path) -> None:
    import sys

    from otp_lints.source import newer_syntax_hint

    assert "Python 3.12 syntax" in newer_syntax_hint("type X = int\n", (3, 11))
    assert "running on Python 3.9" in newer_syntax_hint("match command:\n", (3, 9))
    assert newer_syntax_hint("type X = int\n", (3, 12)) == ""
    assert newer_syntax_hint("x = (\n", (3, 9)) == ""
    (tmp_path / "new.py").write_text("type Vector = list[float]\n")
    r = run_cli("check", "new.py", cwd=str(tmp_path))
    if sys.version_info < (3, 12):
        assert r.returncode == 1 and "this looks like a `type` alias, Python 3.12 syntax; " \
            f"otp-lints is running on Python 3.{sys.version_info[1]}" in r.stdout
    else:
        assert r.returncode == 0


def test_force_exclude_applies_to_the_stdin_filename(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nexclude = ["gen/**"]\n')
    r = run_cli("check", "--force-exclude", "-", "--stdin-filename", "gen/a.py",
                stdin=BAD.encode(), cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout == ""
    r = run_cli("check", "-", "--stdin-filename", "gen/a.py", stdin=BAD.encode(),
                cwd=str(tmp_path))
    assert r.returncode == 1  # named (as in ruff): checked without --force-exclude
    fixable = b"import socket\ns = socket.socket()\ns.send(b'x')\n"
    r = run_cli("check", "--fix", "--force-exclude", "-", "--stdin-filename", "gen/a.py",
                stdin=fixable, cwd=str(tmp_path))
    assert r.returncode == 0 and r.stdout == fixable.decode()  # the code back, unchanged
