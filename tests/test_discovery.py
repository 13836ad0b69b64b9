"""SPEC 7.2: config per file like ruff, excludes, .gitignore, flake8's
exclusion and selection. The same answer from any directory and from flake8."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from helpers import run_cli, run_flake8

from otp_lints.config import ConfigError, load_settings, settings_for_directory
from otp_lints.discovery import Discovery

KILL = "import os\nos.kill(pid, 9)\n"
# OTP601 looks at test files only: it tells whether a file counted as a test.
SLEEP_TEST = ("import time\n\n\ndef test_worker():\n    start_worker()\n"
              "    time.sleep(0.5)\n    assert job_done()\n")
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>OTP\d{3}) ", re.M)

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _found(out: str, cwd: str) -> set[tuple[str, int, str]]:
    """(absolute path, line, code) of every report in text output run in ``cwd``."""
    return {(os.path.normpath(os.path.join(cwd, m["path"])), int(m["line"]), m["code"])
            for m in LINE.finditer(out)}


def _write(root, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


@pytest.fixture
def monorepo(tmp_path):
    """A project with a nested project of its own config, a subpackage whose
    pyproject.toml has no [tool.otp-lints] (passed over), and nested tests."""
    root = tmp_path / "repo"
    _write(root, {
        "pyproject.toml": '[tool.otp-lints]\ntest-paths = ["**/checks/**"]\n'
                          'exclude = ["gen/**"]\n',
        "app/a.py": KILL,
        "app/checks/test_a.py": SLEEP_TEST,
        "gen/g.py": KILL,
        "lib/pyproject.toml": "[project]\nname = 'lib'\n",
        "lib/l.py": KILL,
        "lib/checks/test_l.py": SLEEP_TEST,
        "svc/pyproject.toml": '[tool.otp-lints]\nignore = ["OTP101"]\n'
                              'test-paths = ["specs/**"]\n',
        "svc/s.py": KILL,
        "svc/specs/s_test_like.py": SLEEP_TEST,
        "svc/checks/test_c.py": SLEEP_TEST,  # not a test under svc's own test-paths
    })
    (tmp_path / "elsewhere").mkdir()
    return root


def test_each_file_uses_the_nearest_config_from_any_directory(monorepo) -> None:
    root = str(monorepo)
    expected = {
        (os.path.join(root, "app", "a.py"), 2, "OTP101"),
        (os.path.join(root, "app", "checks", "test_a.py"), 6, "OTP601"),
        (os.path.join(root, "lib", "l.py"), 2, "OTP101"),
        (os.path.join(root, "lib", "checks", "test_l.py"), 6, "OTP601"),
        (os.path.join(root, "svc", "specs", "s_test_like.py"), 6, "OTP601"),
    }
    from_root = run_cli("check", "--no-cache", ".", cwd=root)
    assert _found(from_root.stdout, root) == expected, from_root.stdout
    elsewhere = str(monorepo.parent / "elsewhere")
    from_outside = run_cli("check", "--no-cache", root, cwd=elsewhere)
    assert _found(from_outside.stdout, elsewhere) == expected
    # A subfolder as the working directory: its files get the same answer.
    sub = os.path.join(root, "svc")
    from_sub = run_cli("check", "--no-cache", ".", cwd=sub)
    assert _found(from_sub.stdout, sub) == {e for e in expected if e[0].startswith(sub)}
    # flake8 (which walks into gen/ itself: the plugin reports nothing there).
    f8 = run_flake8(".", cwd=root)
    assert _found(f8.stdout, root) == expected, f8.stdout
    # --config makes one file apply to all: svc's config everywhere.
    one = run_cli("check", "--no-cache", "--config", os.path.join(sub, "pyproject.toml"),
                  ".", cwd=root)
    assert {e[2] for e in _found(one.stdout, root)} == {"OTP601"}


def test_no_config_roots_the_defaults_at_the_project(tmp_path) -> None:
    """Without any [tool.otp-lints], `tests/**` is relative to the project root
    (pyproject.toml, setup.py, setup.cfg or .git), not to the working directory."""
    proj = tmp_path / "proj"
    _write(proj, {"setup.py": "", "tests/helpers_sleep.py": SLEEP_TEST.replace(
        "def test_worker", "def test_helper")})
    want = {(str(proj / "tests" / "helpers_sleep.py"), 6, "OTP601")}
    assert _found(run_cli("check", "--no-cache", "proj", cwd=str(tmp_path)).stdout,
                  str(tmp_path)) == want
    assert _found(run_cli("check", "--no-cache", ".", cwd=str(proj / "tests")).stdout,
                  str(proj / "tests")) == want
    assert _found(run_flake8("proj", cwd=str(tmp_path)).stdout, str(tmp_path)) == want
    assert settings_for_directory(str(proj / "tests")).root == str(proj)


def test_a_broken_pyproject_without_the_table_is_passed_over(tmp_path) -> None:
    _write(tmp_path, {"pyproject.toml": '[tool.otp-lints]\nignore = ["OTP101"]\n',
                      "sub/pyproject.toml": "[project\nname = broken\n", "sub/a.py": KILL})
    r = run_cli("check", "sub", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    (tmp_path / "sub" / "pyproject.toml").write_text("[tool.otp-lints\n")
    r = run_cli("check", "sub", cwd=str(tmp_path))
    assert r.returncode == 2 and "invalid TOML" in r.stderr


def _venv_tree(root) -> None:
    _write(root, {
        "pyproject.toml": "[tool.otp-lints]\n",
        "src/app.py": KILL,
        "env-3.11/pyvenv.cfg": "home = /usr/bin\n",
        "env-3.11/lib/python3.11/site-packages/dep/mod.py": KILL,
        "vendored/site-packages/x.py": KILL,
        ".nox/py/lib/x.py": KILL,
        "pkg.egg-info/x.py": KILL,
        ".mypy_cache/x.py": KILL,
        "_build/x.py": KILL,
        "docs/.ipynb_checkpoints/x.py": KILL,
    })


def test_default_excludes_and_virtual_environments_of_any_name(tmp_path) -> None:
    _venv_tree(tmp_path)
    root = str(tmp_path)
    want = {(os.path.join(root, "src", "app.py"), 2, "OTP101")}
    assert _found(run_cli("check", "--no-cache", ".", cwd=root).stdout, root) == want
    # flake8 walks into all of them (its defaults know none): the plugin is silent there.
    assert _found(run_flake8(".", cwd=root).stdout, root) == want
    # A file named directly is checked (as in ruff) unless --force-exclude.
    named = "env-3.11/lib/python3.11/site-packages/dep/mod.py"
    assert run_cli("check", named, cwd=root).returncode == 1
    assert run_cli("check", "--force-exclude", named, cwd=root).returncode == 0
    listed = run_cli("check", "--show-files", cwd=root).stdout.split()
    assert listed == ["src/app.py"]


def test_exclude_keys_and_options(tmp_path) -> None:
    _write(tmp_path, {
        "pyproject.toml": '[tool.otp-lints]\nexclude = ["a/**"]\nextend-exclude = ["b"]\n',
        "a/x.py": KILL, "b/x.py": KILL, "c/x.py": KILL, "d/e/x.py": KILL,
    })
    root = str(tmp_path)

    def files(*args: str) -> list[str]:
        return run_cli("check", "--show-files", *args, cwd=root).stdout.split()

    assert files() == ["c/x.py", "d/e/x.py"]
    assert files("--exclude", "c") == ["a/x.py", "d/e/x.py"]  # replaces `exclude` only
    assert files("--extend-exclude", "c,d/*") == []
    # --force-exclude on a named file judges its directories too (`d/*` names d/e).
    r = run_cli("check", "--force-exclude", "--extend-exclude", "d/*", "d/e/x.py", cwd=root)
    assert r.returncode == 0
    assert "no Python files" in r.stderr


def test_extend_ignore_key(tmp_path) -> None:
    _write(tmp_path, {"pyproject.toml": '[tool.otp-lints]\nextend-ignore = ["OTP101"]\n',
                      "a.py": KILL})
    assert run_cli("check", "a.py", cwd=str(tmp_path)).returncode == 0
    assert load_settings(str(tmp_path / "pyproject.toml")).ignore == ("OTP101",)


def _git(cwd, *args: str) -> None:
    subprocess.run(["git", *args], cwd=str(cwd), check=True, capture_output=True)


@needs_git
def test_gitignored_files_are_skipped_when_walking(tmp_path) -> None:
    _write(tmp_path, {
        "pyproject.toml": "[tool.otp-lints]\n",
        ".gitignore": "generated/\n*_pb2.py\n",
        "app.py": KILL,
        "generated/api.py": KILL,
        "proto/x_pb2.py": KILL,
        "proto/.gitignore": "!keep_pb2.py\n",
        "proto/keep_pb2.py": KILL,
        "local/secret.py": KILL,
    })
    _git(tmp_path, "init", "-q")
    (tmp_path / ".git" / "info").mkdir(exist_ok=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("local/\n")
    root = str(tmp_path)
    want = {(os.path.join(root, "app.py"), 2, "OTP101"),
            (os.path.join(root, "proto", "keep_pb2.py"), 2, "OTP101")}
    assert _found(run_cli("check", "--no-cache", ".", cwd=root).stdout, root) == want
    assert _found(run_cli("check", "--no-cache", "proto", cwd=root).stdout, root) == {
        (os.path.join(root, "proto", "keep_pb2.py"), 2, "OTP101")}
    # flake8 walks into them; the plugin skips what git ignores, as the CLI does ...
    assert _found(run_flake8(".", cwd=root).stdout, root) == want
    # ... but, like the CLI, checks a file named on its command line.
    assert run_cli("check", "generated/api.py", cwd=root).returncode == 1
    assert _found(run_flake8("generated/api.py", cwd=root).stdout, root) == {
        (os.path.join(root, "generated", "api.py"), 2, "OTP101")}
    # respect-gitignore = false: everything is checked.
    (tmp_path / "pyproject.toml").write_text("[tool.otp-lints]\nrespect-gitignore = false\n")
    assert len(_found(run_cli("check", "--no-cache", ".", cwd=root).stdout, root)) == 5


def test_gitignore_outside_a_git_work_tree_is_not_read(tmp_path) -> None:
    _write(tmp_path, {".gitignore": "*.py\n", "a.py": KILL})
    assert run_cli("check", ".", cwd=str(tmp_path)).returncode == 1


def test_discovery_is_excluded_looks_at_directories_and_venvs(tmp_path) -> None:
    _venv_tree(tmp_path)
    d = Discovery()
    settings = d.settings_for(str(tmp_path / "src" / "app.py"))
    assert not d.is_excluded(str(tmp_path / "src" / "app.py"), settings)
    for rel in ("env-3.11/lib/python3.11/site-packages/dep/mod.py", "pkg.egg-info/x.py",
                "docs/.ipynb_checkpoints/x.py"):
        assert d.is_excluded(str(tmp_path / rel), settings), rel


def test_flake8_select_enables_opt_in_rules(tmp_path) -> None:
    _write(tmp_path, {"pyproject.toml": "[tool.otp-lints]\n",
                      "m.py": "_sessions = {}\n\n\ndef close_session(sid):\n"
                              "    if sid in _sessions:\n        _sessions[sid].close()\n"
                              "        del _sessions[sid]\n"})
    root = str(tmp_path)

    def codes(*args: str) -> set[str]:
        r = subprocess.run([os.sys.executable, "-m", "flake8", "--jobs", "1", *args, "m.py"],
                           cwd=root, capture_output=True, text=True)
        return {m["code"] for m in LINE.finditer(r.stdout)}

    assert codes("--select", "OTP") == set()  # the defaults, as a default `check`
    assert codes("--select", "OTP", "--extend-select", "OTP204") == {"OTP204"}
    assert codes("--select", "OTP2") == {"OTP204"}
    cli = run_cli("check", "--extend-select", "OTP204", "m.py", cwd=root)
    assert {c for _, _, c in _found(cli.stdout, root)} == {"OTP204"}


@pytest.mark.parametrize(("body", "needle"), [
    ('extend-excludes = ["x"]', "extend-excludes: unknown key (did you mean 'extend-exclude'?)"),
    ('per-file-ignore = {}', "per-file-ignore: unknown key (did you mean 'per-file-ignores'?)"),
    ('respect_gitignore = true',
     "respect_gitignore: unknown key (did you mean 'respect-gitignore'?)"),
    ('select = ["otp1"]', "unknown rule code or prefix 'otp1' (codes are upper case: "
                          "did you mean 'OTP1'?)"),
    ('ignore = ["raw-signal-send"]', "(did you mean 'OTP101'?)"),
    ('respect-gitignore = "yes"', "respect-gitignore: expected true or false"),
    ('[[tool.otp-lints.allow]]\nrule = ["OTP1"]',
     "allow entry 1: rule: unknown key (did you mean 'rules'?)"),
    ('[tool.otp-lints.rules.OTP103]\napi = []', "unknown option (did you mean 'apis'?)"),
])
def test_config_mistakes_get_a_did_you_mean(tmp_path, body: str, needle: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(("[tool.otp-lints]\n" if not body.startswith("[") else "") + body + "\n")
    with pytest.raises(ConfigError) as exc:
        load_settings(str(path))
    assert needle in str(exc.value)


def test_codes_have_the_same_case_rules_on_the_command_line(tmp_path) -> None:
    (tmp_path / "a.py").write_text(KILL)
    for option in ("--select", "--ignore", "--extend-select"):
        r = run_cli("check", option, "otp1", "a.py", cwd=str(tmp_path))
        assert r.returncode == 2
        assert f"{option}: unknown rule code or prefix 'otp1' (codes are upper case: " \
               "did you mean 'OTP1'?)" in r.stderr


def test_cache_sits_beside_the_config(tmp_path) -> None:
    _write(tmp_path, {"proj/pyproject.toml": "[tool.otp-lints]\n", "proj/a.py": KILL,
                      "loose/setup.py": "", "loose/b.py": KILL})
    run_cli("check", "proj", "loose", cwd=str(tmp_path))
    assert (tmp_path / "proj" / ".otp-lints-cache").is_dir()
    assert (tmp_path / ".otp-lints-cache").is_dir()  # no config: the working directory
    assert not (tmp_path / "loose" / ".otp-lints-cache").exists()


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlinked_directories_are_entered_only_when_named(tmp_path) -> None:
    """As flake8's os.walk and ruff: a symlinked directory met while walking is
    not entered (a vendored copy, a venv, a tree checked elsewhere); a
    symlinked file is checked; a symlinked directory named is walked."""
    _write(tmp_path, {"shared/lib.py": KILL, "shared/more.py": KILL, "repo/app.py": KILL})
    repo = tmp_path / "repo"
    (repo / "vendored").symlink_to(tmp_path / "shared")
    (repo / "linked.py").symlink_to(tmp_path / "shared" / "lib.py")
    root = str(repo)
    want = {(os.path.join(root, "app.py"), 2, "OTP101"),
            (os.path.join(root, "linked.py"), 2, "OTP101")}
    assert _found(run_cli("check", "--no-cache", ".", cwd=root).stdout, root) == want
    assert _found(run_flake8(".", cwd=root).stdout, root) == want
    assert run_cli("check", "--show-files", cwd=root).stdout.split() == ["app.py", "linked.py"]
    named = {(os.path.join(root, "vendored", name), 2, "OTP101") for name in ("lib.py", "more.py")}
    assert _found(run_cli("check", "--no-cache", "vendored", cwd=root).stdout, root) == named
    assert _found(run_flake8("vendored", cwd=root).stdout, root) == named


@needs_git
def test_a_named_directory_git_ignores_is_checked(tmp_path) -> None:
    """As in ruff and ripgrep: naming an ignored directory checks what is in it
    (pyenv's checkout ignores versions/, and its standard libraries live there),
    with the .gitignore files inside it still applied."""
    _write(tmp_path, {
        ".gitignore": "/versions/\n",
        "versions/3.12/lib/os_like.py": KILL,
        "versions/3.12/lib/.gitignore": "*_gen.py\n",
        "versions/3.12/lib/x_gen.py": KILL,
    })
    _git(tmp_path, "init", "-q")
    lib = str(tmp_path / "versions" / "3.12" / "lib")
    want = {(os.path.join(lib, "os_like.py"), 2, "OTP101")}
    assert _found(run_cli("check", "--no-cache", lib, cwd=str(tmp_path)).stdout,
                  str(tmp_path)) == want
    assert _found(run_cli("check", "--no-cache", ".", cwd=lib).stdout, lib) == want
    assert _found(run_flake8(lib, cwd=str(tmp_path)).stdout, str(tmp_path)) == want
    assert _found(run_flake8(cwd=lib).stdout, lib) == want
    # From the work tree's root, versions/ is skipped as git skips it.
    assert _found(run_cli("check", "--no-cache", ".", cwd=str(tmp_path)).stdout,
                  str(tmp_path)) == set()
    assert _found(run_flake8(".", cwd=str(tmp_path)).stdout, str(tmp_path)) == set()


def test_baseline_per_config(tmp_path) -> None:
    """`baseline` writes each config's own file (paths relative to it), and
    `check` from anywhere uses the one beside the config that applies."""
    _write(tmp_path, {"a/pyproject.toml": "[tool.otp-lints]\n", "a/x.py": KILL,
                      "b/pyproject.toml": "[tool.otp-lints]\n", "b/y.py": KILL})
    r = run_cli("baseline", "a", "b", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    import json

    for d, name in (("a", "x.py"), ("b", "y.py")):
        data = json.loads((tmp_path / d / ".otp-lints-baseline.json").read_text())
        assert [e["path"] for e in data["entries"]] == [name]
    assert run_cli("check", "a", "b", cwd=str(tmp_path)).returncode == 0
    assert run_cli("check", ".", cwd=str(tmp_path / "b")).returncode == 0
    assert run_flake8("a", "b", cwd=str(tmp_path)).returncode == 0
