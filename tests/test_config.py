"""[tool.otp-lints]: selection, validation errors that name the key."""

from __future__ import annotations

import pytest
from helpers import run_cli

from otp_lints.config import ConfigError, Settings, load_settings, resolve_selection, severity_of


def _write(tmp_path, body: str) -> str:
    p = tmp_path / "pyproject.toml"
    p.write_text(body)
    return str(p)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('[tool.otp-lints]\nselct = ["OTP1"]\n', "selct: unknown key"),
        ('[tool.otp-lints]\nselect = ["OTP999"]\n', "select: unknown rule code or prefix 'OTP999'"),
        ('[tool.otp-lints]\nselect = "OTP1"\n', "select: expected a list of strings"),
        ('[tool.otp-lints]\nignore = [1]\n', "ignore: expected a list of strings"),
        ('[tool.otp-lints]\nexclude = ["a/[b"]\n', "exclude: invalid glob"),
        ('[tool.otp-lints]\nscript-paths = ["a/[b"]\n', "script-paths: invalid glob"),
        ('[tool.otp-lints]\nscript-paths = "tools/**"\n', "script-paths: expected a list"),
        ('[tool.otp-lints]\nper-file-ignores = { "x/**" = ["XYZ1"] }\n', "per-file-ignores"),
        ('[tool.otp-lints.rules.OTP999]\nx = 1\n', "rules.OTP999: unknown rule code"),
        ('[tool.otp-lints.rules.OTP103]\napi = []\n', "rules.OTP103.api: unknown option"),
        ('[tool.otp-lints.rules.OTP103]\napis = "x"\n', "rules.OTP103.apis: expected"),
        ('[[tool.otp-lints.allow]]\nrules = ["OTP201"]\npaths = ["a.py"]\n',
         "allow entry 1: reason: required"),
        ('[[tool.otp-lints.allow]]\nrules = ["OTP201"]\npaths = ["a.py"]\nreason = "r"\n'
         'expires = "2027-01-01"\n', "allow entry 1: expires: expected a TOML date"),
        ('[tool.otp-lints\n', "invalid TOML"),
        ('[tool.otp-lints.severity]\n"OTP6" = "warn"\n',
         'severity.OTP6: expected "error", "warning" or "info", got \'warn\''),
        ('[tool.otp-lints.severity]\n"OTP6" = 1\n', "severity.OTP6: expected"),
        ('[tool.otp-lints.severity]\n"OTP9" = "info"\n',
         "severity.OTP9: unknown rule code or prefix 'OTP9'"),
        ('[tool.otp-lints]\nseverity = "warning"\n', "severity: expected a table"),
    ],
)
def test_config_errors_name_the_key(tmp_path, body: str, needle: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(ConfigError) as exc:
        load_settings(path)
    assert needle in str(exc.value)
    assert "\n" not in str(exc.value)
    r = run_cli("check", cwd=str(tmp_path))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and needle in r.stderr and "Traceback" not in r.stderr


def test_selection_specificity() -> None:
    default = resolve_selection(None, (), ())
    assert "OTP101" in default and "OTP203" in default
    assert not {"OTP201", "OTP202", "OTP204"} & default  # opt-in
    assert {"OTP201", "OTP202"} <= resolve_selection(None, (), ("OTP201", "OTP202"))
    assert "OTP204" in resolve_selection(None, (), ("OTP204",))
    assert "OTP204" in resolve_selection(("OTP2",), (), ())  # a prefix selects opt-in rules
    assert resolve_selection(("OTP2",), (), ()) == {"OTP201", "OTP202", "OTP203", "OTP204"}
    # most specific wins; on a tie ignore wins
    assert resolve_selection(("OTP201",), ("OTP2",), ()) == {"OTP201"}
    assert resolve_selection(("OTP2",), ("OTP2",), ()) == frozenset()
    assert "OTP101" not in resolve_selection(None, ("OTP1",), ())


def test_cli_overrides(tmp_path) -> None:
    _write(tmp_path, '[tool.otp-lints]\nselect = ["OTP2"]\n')
    (tmp_path / "a.py").write_text("import os\nos.kill(p, 9)\n")
    assert run_cli("check", "a.py", cwd=str(tmp_path)).returncode == 0
    assert run_cli("check", "--select", "OTP1", "a.py", cwd=str(tmp_path)).returncode == 1
    # Codes are upper case on the command line as in config (as in ruff).
    r = run_cli("check", "--extend-select", "otp101", "a.py", cwd=str(tmp_path))
    assert r.returncode == 2
    assert "--extend-select: unknown rule code or prefix 'otp101' (codes are upper case: " \
        "did you mean 'OTP101'?)" in r.stderr
    r = run_cli("check", "--select", "OTP1", "--ignore", "OTP101", "a.py", cwd=str(tmp_path))
    assert r.returncode == 0


def test_config_found_upward_and_explicit(tmp_path) -> None:
    _write(tmp_path, '[tool.otp-lints]\nignore = ["OTP101"]\n')
    sub = tmp_path / "pkg" / "sub"
    sub.mkdir(parents=True)
    # A pyproject without [tool.otp-lints] does not hide the project's.
    (tmp_path / "pkg" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (sub / "a.py").write_text("import os\nos.kill(p, 9)\n")
    assert run_cli("check", "a.py", cwd=str(sub)).returncode == 0
    other = tmp_path / "other.toml"
    other.write_text("[tool.otp-lints]\n")
    assert run_cli("check", "--config", str(other), "a.py", cwd=str(sub)).returncode == 1
    assert run_cli("check", "--config", "nope.toml", "a.py", cwd=str(sub)).returncode == 2


def test_per_file_ignores_and_test_paths(tmp_path) -> None:
    _write(tmp_path, '[tool.otp-lints]\ntest-paths = ["checks/**"]\n'
           '[tool.otp-lints.per-file-ignores]\n"scripts/**" = ["OTP1"]\n')
    for d in ("scripts", "checks", "lib"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "m.py").write_text("import os\nos.kill(p, 9)\nos.environ['A'] = '1'\n")
    out = run_cli("check", "--quiet", cwd=str(tmp_path)).stdout
    found = sorted((ln.split(":")[0], ln.split(" ")[1]) for ln in out.splitlines())
    assert found == [("checks/m.py", "OTP101"), ("checks/m.py", "OTP203"),
                     ("lib/m.py", "OTP101")]


@pytest.mark.parametrize(
    ("relpath", "is_test"),
    [
        ("tests/test_x.py", True),
        ("tests/helpers.py", True),
        ("pkg/tests/helpers.py", True),  # nested test folder (SPEC 7.1)
        ("src/pkg/test/support.py", True),
        ("../../corpus/proj/tests/utils.py", True),  # the run starts above the project
        ("pkg/test_x.py", True),
        ("pkg/x_test.py", True),
        ("pkg/conftest.py", True),
        ("pkg/testing.py", False),
        ("pkg/contest/x.py", False),
        ("pkg/latest/x.py", False),
        ("pkg/tests.py", False),
    ],
)
def test_default_test_paths(relpath: str, is_test: bool) -> None:
    from otp_lints.config import Settings

    assert Settings(root="/project").is_test_file(relpath) is is_test


def test_default_test_paths_wherever_the_run_starts(tmp_path) -> None:
    # No config anywhere (the root is the working directory): the nested
    # ``pkg/tests/helpers.py`` is a test file from above the project, from the
    # project and from a sibling directory alike.
    helpers = tmp_path / "proj" / "pkg" / "tests"
    helpers.mkdir(parents=True)
    (tmp_path / "proj" / "pkg" / "sub").mkdir()
    (helpers / "helpers.py").write_text("import time\ndef settle():\n    time.sleep(1)\n")
    for cwd, target in ((tmp_path, "proj"), (tmp_path / "proj", "pkg"),
                        (tmp_path / "proj" / "pkg" / "sub", "../tests/helpers.py")):
        out = run_cli("check", "--no-cache", "--select", "OTP601", "--quiet", target,
                      cwd=str(cwd)).stdout
        assert "helpers.py:3:5: OTP601" in out, (cwd, out)


def _fix_texts(source: str, options: dict) -> list[str]:
    from helpers import lint

    diags = lint(source, select=["OTP402", "OTP403"], rule_options=options)
    return [e.content for d in diags if d.fix is not None for e in d.fix.edits]


def test_default_timeout_is_shared_by_otp402_and_otp403() -> None:
    source = ("import requests\ndef f(u, ex):\n    requests.get(u)\n"
              "    fut = ex.submit(print)\n    fut.result(timeout=None)\n")
    assert _fix_texts(source, {}) == [", timeout=30", "30"]
    for code in ("OTP402", "OTP403"):  # set under either rule: both fixes write it
        assert _fix_texts(source, {code: {"default-timeout": 7.5}}) == [", timeout=7.5", "7.5"]
    both = {"OTP402": {"default-timeout": 5}, "OTP403": {"default-timeout": 9}}
    assert _fix_texts(source, both) == [", timeout=5", "9"]  # each keeps its own


def test_settings_are_plain_frozen_data(tmp_path) -> None:
    """Linting leaves nothing behind in a Settings object: what a run derives
    from it is memoised outside it (workers get it as it was loaded)."""
    import dataclasses
    import pickle

    from helpers import lint_with

    from otp_lints.config import Settings

    settings = Settings(root=str(tmp_path), select=("OTP",))
    lint_with(settings, "import os\nos.kill(pid, 9)\n", "m.py")
    lint_with(settings, "import time\ntime.sleep(1)\n", "tests/test_m.py")
    assert set(vars(settings)) == {f.name for f in dataclasses.fields(Settings)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.select = ()  # type: ignore[misc]
    assert set(vars(pickle.loads(pickle.dumps(settings)))) == set(vars(settings))


def test_script_paths(tmp_path) -> None:
    """OTP202 (opt-in) does not look under ``script-paths`` (default: examples,
    docs, scripts); the key replaces the default list."""
    body = "n = 0\n\ndef bump():\n    global n\n    n += 1\n"
    for d in ("examples", "tools", "lib"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "m.py").write_text(body)

    def found() -> list[str]:
        out = run_cli("check", "--quiet", cwd=str(tmp_path)).stdout
        return sorted(ln.split(":")[0] for ln in out.splitlines())

    _write(tmp_path, "[tool.otp-lints]\n")
    assert found() == []  # off by default
    _write(tmp_path, '[tool.otp-lints]\nextend-select = ["OTP202"]\n')
    assert found() == ["lib/m.py", "tools/m.py"]
    _write(tmp_path, '[tool.otp-lints]\nextend-select = ["OTP202"]\nscript-paths = ["tools/**"]\n')
    assert found() == ["examples/m.py", "lib/m.py"]
    assert load_settings(str(tmp_path / "pyproject.toml")).script_paths == ("tools/**",)


def test_severity_most_specific_key_wins(tmp_path) -> None:
    path = _write(tmp_path, '[tool.otp-lints.severity]\n"OTP6" = "warning"\n'
                  '"OTP602" = "error"\n"OTP7" = "info"\n"OTP" = "warning"\n')
    s = load_settings(path)
    assert severity_of(s, "OTP601") == "warning"
    assert severity_of(s, "OTP602") == "error"  # longer key beats "OTP6"
    assert severity_of(s, "OTP702") == "info"
    assert severity_of(s, "OTP101") == "warning"  # only the bare "OTP" names it
    # No table: every code is an error.
    assert severity_of(Settings(root=str(tmp_path)), "OTP601") == "error"
    assert severity_of(load_settings(_write(tmp_path, "[tool.otp-lints]\n")), "OTP000") == "error"


@pytest.mark.parametrize("root", ["/", "/a", "/a/b", "/a/b/c", "/x/y"])
def test_relpath_equals_os_relpath_inside_and_outside_the_root(root: str, monkeypatch) -> None:
    """Outside the root, relative paths are made once per directory: each still
    equals os.path.relpath, '/'-separated (also for the root itself, its
    ancestors, siblings and relative paths from elsewhere)."""
    import os

    monkeypatch.chdir("/")
    settings = Settings(root=root)
    paths = ["/", "/a", "/a/b", "/a/b/c", "/a/b/c/m.py", "/a/b/m.py", "/a/m.py", "/m.py",
             "/x/y/z/m.py", "/x/m.py", "/a/bb/m.py", "/a/b/../c/m.py", "a/b/m.py", "x/y/m.py",
             "./a//b/./m.py"]
    for path in paths:
        expected = os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
        assert settings.relpath(path) == expected, (root, path)
