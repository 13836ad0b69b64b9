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
    assert r.returncode == 0 and r.stdout.splitlines()[1] == "# OTP102 partial-socket-send"
    assert run_cli("rule", "OTP999").returncode == 2


def test_python_dash_m_is_the_same_program() -> None:
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("otp-lints ")
