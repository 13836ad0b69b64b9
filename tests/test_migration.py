"""Allowlist, baseline and report: the gradual-migration layers, in both front ends."""

from __future__ import annotations

import dataclasses
import datetime
import json
import re

import pytest
from helpers import run_cli, run_flake8

from otp_lints.config import ConfigError, load_settings
from otp_lints.suppress import module_names

TODAY = datetime.date.today()
FUTURE = TODAY + datetime.timedelta(days=200)
SOON = TODAY + datetime.timedelta(days=10)
PAST = TODAY - datetime.timedelta(days=1)

KILL = "import os\n\n\ndef f():\n    os.kill(2, 9)\n"
LOCAL = "import threading\ns = threading.local()\n"
# OTP201 is opt-in: a team that migrates off thread-locals selects it.
OPT_IN = 'extend-select = ["OTP201"]\n'


def _project(tmp_path, config: str, files: dict[str, str]) -> str:
    (tmp_path / "pyproject.toml").write_text("[tool.otp-lints]\n" + config)
    for rel, text in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return str(tmp_path)


def _found(out: str) -> set[tuple[str, int, str]]:
    res = set()
    for line in out.splitlines():
        m = re.match(r"^(?:\./)?(.+?):(\d+):\d+: (OTP\d{3}) ", line)
        if m:
            res.add((m[1], int(m[2]), m[3]))
    return res


def _both(root: str, *args: str) -> tuple[set, set]:
    cli = run_cli("check", *args, cwd=root)
    f8 = run_flake8(*(a for a in args if a != "--quiet"), ".", cwd=root)
    return _found(cli.stdout), _found(f8.stdout)


def test_module_names_through_src() -> None:
    s = dataclasses.replace(load_settings(None, "/p"), src=("src", "."))
    assert module_names("src/app/legacy/span.py", s) == ["app.legacy.span", "src.app.legacy.span"]
    assert module_names("src/app/__init__.py", s) == ["app", "src.app"]
    assert module_names("scripts/my-tool.py", s) == []


def test_allowlist_by_glob_and_module_in_both_front_ends(tmp_path) -> None:
    root = _project(tmp_path, OPT_IN + f"""src = ["src"]
[[tool.otp-lints.allow]]
rules = ["OTP201"]
modules = ["app.legacy.*"]
reason = "thread-local until the contextvars migration"
expires = {FUTURE.isoformat()}
[[tool.otp-lints.allow]]
rules = ["OTP1"]
paths = ["src/app/ops/**"]
reason = "ops scripts signal their own children"
""", {
        "src/app/legacy/span.py": LOCAL,          # module match
        "src/app/legacy/__init__.py": LOCAL,      # `pkg.*` covers the package itself
        "src/app/other.py": LOCAL,                # not allowed
        "src/app/ops/kill.py": KILL,              # glob match
        "src/app/ops/state.py": LOCAL,            # glob matches, rule does not
    })
    cli, f8 = _both(root, "--quiet")
    assert cli == f8 == {("src/app/other.py", 2, "OTP201"), ("src/app/ops/state.py", 2, "OTP201")}


@pytest.mark.parametrize(("days", "allowed"), [(200, True), (0, True), (-1, False)])
def test_expiry_on_both_sides_of_today(tmp_path, days, allowed) -> None:
    # The date is taken when the test runs, and the runs are repeated if
    # midnight passed meanwhile: "expires today" must not turn into
    # "expired yesterday" between writing the config and linting.
    for _ in range(2):
        today = datetime.date.today()
        expires = today + datetime.timedelta(days=days)
        root = _project(tmp_path, f"""
[[tool.otp-lints.allow]]
rules = ["OTP101"]
paths = ["a.py"]
reason = "legacy"
expires = {expires.isoformat()}
""", {"a.py": KILL})
        r = run_cli("check", cwd=root)
        f8 = run_flake8(".", cwd=root)
        if datetime.date.today() == today:
            break
    if allowed:
        assert r.returncode == 0 and f8.returncode == 0
        assert "expired" not in r.stderr
    else:
        suffix = f"(allowlist expired {expires.isoformat()})"
        assert r.returncode == 1 and suffix in r.stdout and suffix in f8.stdout
        assert f"expired on {expires.isoformat()}" in r.stderr


def test_unused_entry_is_warned(tmp_path) -> None:
    root = _project(tmp_path, """
[[tool.otp-lints.allow]]
rules = ["OTP203"]
paths = ["gone/**"]
reason = "was fixed"
""", {"a.py": "x = 1\n"})
    r = run_cli("check", cwd=root)
    assert r.returncode == 0
    assert "allowlist entry 1 (OTP203 in gone/**) allowed nothing" in r.stderr
    # An entry for an opt-in rule the run did not select is not judged (SPEC 7.5).
    (tmp_path / "pyproject.toml").write_text((tmp_path / "pyproject.toml").read_text()
                                             .replace("OTP203", "OTP204"))
    assert "allowlist" not in run_cli("check", cwd=root).stderr
    r = run_cli("check", "--extend-select", "OTP204", cwd=root)
    assert "allowlist entry 1 (OTP204 in gone/**) allowed nothing" in r.stderr


def test_allowlist_warnings_judge_only_what_the_run_checked_and_selected(tmp_path) -> None:
    """SPEC 7.5: a pre-commit or editor run on some files, or with some rules,
    never calls the other entries unused (or expired)."""
    root = _project(tmp_path, f"""
[[tool.otp-lints.allow]]
rules = ["OTP101"]
paths = ["legacy/**"]
reason = "old signalling code"

[[tool.otp-lints.allow]]
rules = ["OTP203"]
paths = ["app/**"]
reason = "fixed since"

[[tool.otp-lints.allow]]
rules = ["OTP203"]
paths = ["old/**"]
reason = "past its date"
expires = {PAST.isoformat()}
""", {"legacy/l.py": KILL, "app/a.py": "x = 1\n", "other.py": "x = 1\n",
      "old/o.py": "x = 1\n"})
    unused = "allowlist entry 2 (OTP203 in app/**) allowed nothing"
    expired = "allowlist entry 3 (OTP203 in old/**) expired on"
    full = run_cli("check", cwd=root)
    assert unused in full.stderr and expired in full.stderr
    assert "allowlist entry 1" not in full.stderr
    # Only other files checked: no entry is judged.
    assert "allowlist" not in run_cli("check", "other.py", "legacy/l.py", cwd=root).stderr
    # The entry's file checked, but its rule not selected: not judged either.
    assert "allowlist" not in run_cli("check", "--select", "OTP1", cwd=root).stderr
    assert unused in run_cli("check", "app/a.py", cwd=root).stderr


def test_missing_reason_is_a_config_error(tmp_path) -> None:
    root = _project(tmp_path, '[[tool.otp-lints.allow]]\nrules = ["OTP101"]\npaths = ["a.py"]\n',
                    {"a.py": KILL})
    with pytest.raises(ConfigError, match=r"allow entry 1: reason: required"):
        load_settings(str(tmp_path / "pyproject.toml"))
    r = run_cli("check", cwd=root)
    assert r.returncode == 2 and "allow entry 1: reason" in r.stderr


def test_baseline_survives_inserted_lines_and_edits_elsewhere(tmp_path) -> None:
    root = _project(tmp_path, OPT_IN, {"a.py": KILL, "b.py": LOCAL})
    r = run_cli("baseline", cwd=root)
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / ".otp-lints-baseline.json").read_text())
    assert [(e["path"], e["code"], e["count"]) for e in data["entries"]] == [
        ("a.py", "OTP101", 1), ("b.py", "OTP201", 1)]
    assert run_cli("check", cwd=root).returncode == 0
    # Insert lines above, re-indent and re-space the line, edit elsewhere.
    (tmp_path / "a.py").write_text(
        "import os\n# a new comment\nX = 1\n\n\ndef f():\n    y = 2\n    os.kill(2,  9)\n")
    assert run_cli("check", cwd=root).returncode == 0
    assert run_flake8(".", cwd=root).returncode == 0
    # The baseline file is deterministic: writing it again gives the same bytes.
    before = (tmp_path / ".otp-lints-baseline.json").read_bytes()
    (tmp_path / "a.py").write_text(KILL)
    run_cli("baseline", cwd=root)
    assert (tmp_path / ".otp-lints-baseline.json").read_bytes() == before


def test_a_duplicate_new_violation_is_caught(tmp_path) -> None:
    root = _project(tmp_path, "", {"a.py": KILL})
    run_cli("baseline", cwd=root)
    (tmp_path / "a.py").write_text(KILL + "    os.kill(2, 9)\n")
    cli, f8 = _both(root, "--quiet")
    assert cli == f8 == {("a.py", 6, "OTP101")}


def test_strict_baseline_ratchets(tmp_path) -> None:
    root = _project(tmp_path, OPT_IN, {"a.py": KILL, "b.py": LOCAL})
    run_cli("baseline", cwd=root)
    (tmp_path / "a.py").write_text("x = 1\n")  # fixed
    r = run_cli("check", cwd=root)
    assert r.returncode == 0
    assert "1 baselined violation is fixed; rerun `otp-lints baseline` to tighten" in r.stderr
    assert run_cli("check", "--strict-baseline", cwd=root).returncode == 1
    # Checking only b.py does not count a.py's entry as fixed.
    assert run_cli("check", "--strict-baseline", "b.py", cwd=root).returncode == 0
    run_cli("baseline", cwd=root)
    assert run_cli("check", "--strict-baseline", cwd=root).returncode == 0


def test_baseline_options(tmp_path) -> None:
    root = _project(tmp_path, OPT_IN + 'baseline = "ci/otp-baseline.json"\n', {"a.py": KILL})
    (tmp_path / "ci").mkdir()
    run_cli("baseline", cwd=root)
    assert (tmp_path / "ci" / "otp-baseline.json").is_file()
    assert run_cli("check", cwd=root).returncode == 0
    assert run_cli("check", "--no-baseline", cwd=root).returncode == 1
    assert run_cli("check", "--baseline", "missing.json", cwd=root).returncode == 2
    # A partial baseline run keeps the entries of files it did not check.
    (tmp_path / "b.py").write_text(LOCAL)
    run_cli("baseline", "b.py", cwd=root)
    assert run_cli("check", cwd=root).returncode == 0


def test_report_totals_add_up(tmp_path) -> None:
    root = _project(tmp_path, OPT_IN + f"""
[[tool.otp-lints.allow]]
rules = ["OTP201"]
paths = ["legacy.py"]
reason = "until the contextvars migration"
expires = {SOON.isoformat()}
[[tool.otp-lints.allow]]
rules = ["OTP101"]
paths = ["old.py"]
reason = "expired"
expires = {PAST.isoformat()}
""", {"legacy.py": LOCAL, "old.py": KILL, "base.py": KILL, "clean.py": "x = 1\n",
      "noqa.py": "import os\nos.kill(1, 9)  # noqa: OTP101 parent's own child\n"})
    run_cli("baseline", "base.py", cwd=root)
    r = run_cli("report", "--format", "json", cwd=root)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    t = data["totals"]
    assert (t["reported"], t["noqa"], t["allowlist"], t["baseline"]) == (1, 1, 1, 1)
    assert t["total"] == 4 == sum(row["total"] for row in data["rules"])
    assert data["files_checked"] == 5 and data["files_clean"] == 1
    assert [e["status"] for e in data["allowlist"]] == ["expired", "expiring"]
    md = run_cli("report", cwd=root).stdout
    assert md.startswith("# otp-lints migration status")
    assert "| OTP1xx Messages (Credo `NoRawSend`) | ❌ violations reported | 1 | 1 | 0 | 1 |" in md
    assert "⚠️ expiring" in md and "until the contextvars migration" in md
