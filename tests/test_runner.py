"""The result cache and --jobs give the same answers as a cold serial run."""

from __future__ import annotations

import json

from helpers import run_cli

SRC = "import os\n\n\ndef f():\n    os.kill({n} + 1, 9)\n"


def _make(tmp_path, n: int = 40) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    for i in range(n):
        (pkg / f"m{i}.py").write_text(SRC.format(n=i) if i % 3 else "x = 1\n")
    (pkg / "broken.py").write_text("def f(:\n")


def test_cache_and_jobs_agree_with_a_cold_serial_run(tmp_path) -> None:
    _make(tmp_path)
    cold = run_cli("check", "--no-cache", "--jobs", "1", cwd=str(tmp_path))
    assert not (tmp_path / ".otp-lints-cache").exists()  # --no-cache writes nothing
    first = run_cli("check", "--jobs", "2", cwd=str(tmp_path))
    warm = run_cli("check", cwd=str(tmp_path))
    assert cold.stdout == first.stdout == warm.stdout
    assert cold.returncode == first.returncode == warm.returncode == 1
    assert (tmp_path / ".otp-lints-cache" / ".gitignore").read_text().strip().endswith("*")


def test_cache_sees_edits_and_layers_stay_fresh(tmp_path) -> None:
    _make(tmp_path, 3)
    run_cli("check", cwd=str(tmp_path))
    (tmp_path / "pkg" / "m0.py").write_text(SRC.format(n=0))  # now violating
    out = run_cli("check", "--format", "json", cwd=str(tmp_path)).stdout
    assert "pkg/m0.py" in {d["path"] for d in json.loads(out)}
    # Suppression comments and the baseline apply after the cache: still honoured.
    (tmp_path / "pkg" / "m0.py").write_text(SRC.format(n=0).replace("9)", "9)  # " + "noqa"))
    run_cli("baseline", cwd=str(tmp_path))
    r = run_cli("check", cwd=str(tmp_path))
    assert r.returncode == 0, r.stdout


def test_no_fixture_leaves_a_cycle_that_holds_its_file() -> None:
    """The CLI lints with the cyclic collector off (one collection per 500 files):
    a cycle left behind keeps a whole tree alive until then. Every rule on every
    fixture: no file's context, tree or scope in the garbage (ast.dump's own
    recursive closure is the only cycle the standard library leaves)."""
    import ast
    import gc
    import os

    from helpers import FIXTURES

    from otp_lints.config import Settings
    from otp_lints.context import FileContext
    from otp_lints.lint import raw_diagnostics
    from otp_lints.semantic import Scope

    settings = Settings(root=FIXTURES, select=("OTP",))
    names = sorted(n for n in os.listdir(FIXTURES) if n.endswith(".py"))
    assert len(names) > 20
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for name in names:
            path = os.path.join(FIXTURES, name)
            with open(path, "rb") as f:
                raw_diagnostics(f.read(), path, settings)
            gc.collect()
            held = [type(o).__name__ for o in gc.garbage
                    if isinstance(o, (FileContext, Scope, ast.AST))]
            gc.garbage.clear()
            assert not held, f"{name}: a cycle holds {sorted(set(held))}"
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


# ---------------------------------------------------------------------------
# Status first, content facts beside the results (issue 15)
# ---------------------------------------------------------------------------
NOQA_SRC = ("import os\n\n\ndef f():\n    os.kill(1 + 2, 9)  # noqa: OTP101\n"
            "    os.kill(3 + 4, 9)\n    s = '''\n'''; os.kill(5 + 6, 9)  # noqa\n")


def _check(tmp_path, monkeypatch, *args: str) -> tuple[int, str]:
    import io
    import sys

    from otp_lints import cli

    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    rc = cli.main(["check", "--jobs", "1", *args, "."])
    monkeypatch.undo()
    return rc, out.getvalue()


def _entries(tmp_path) -> dict:
    [cache] = (tmp_path / ".otp-lints-cache").glob("*.json")
    return json.loads(cache.read_text())["files"]


def test_a_warm_run_opens_no_unchanged_file_and_does_no_per_line_work(tmp_path, monkeypatch
                                                                       ) -> None:
    from otp_lints import runner, suppress

    _make(tmp_path, 6)
    (tmp_path / "pkg" / "n.py").write_text(NOQA_SRC)
    (tmp_path / "pkg" / "skipped.py").write_text("# flake8: noqa\n" + SRC.format(n=1))
    cold = _check(tmp_path, monkeypatch, "--no-cache")
    monkeypatch.setattr(runner, "RACY_SECONDS", -3600.0)  # every file counts as old
    assert _check(tmp_path, monkeypatch) == cold
    assert all(e[3] is not None for e in _entries(tmp_path).values())

    def forbidden(*_args: object) -> None:
        raise AssertionError("called on a warm run with nothing changed")

    for module, name in ((runner, "read_source_stat"), (runner, "raw_diagnostics"),
                         (suppress, "content_facts"), (suppress, "NoqaFilter"),
                         (suppress, "file_is_skipped")):
        monkeypatch.setattr(module, name, forbidden)
    monkeypatch.setattr(runner, "RACY_SECONDS", -3600.0)
    assert _check(tmp_path, monkeypatch) == cold
    assert "pkg/n.py:6:5: OTP101" in cold[1]
    assert "pkg/n.py:5:5: OTP101" not in cold[1] and "pkg/n.py:8:" not in cold[1]
    assert "skipped.py" not in cold[1]


def test_a_touched_file_is_hashed_not_linted_and_its_new_status_kept(tmp_path, monkeypatch
                                                                     ) -> None:
    import os

    from otp_lints import runner

    _make(tmp_path, 3)
    monkeypatch.setattr(runner, "RACY_SECONDS", -3600.0)
    cold = _check(tmp_path, monkeypatch)
    before = _entries(tmp_path)["pkg/m1.py"][3]
    os.utime(tmp_path / "pkg" / "m1.py", ns=(before[1] + 10**9, before[1] + 10**9))

    def forbidden(*_args: object) -> None:
        raise AssertionError("an unchanged file linted again")

    monkeypatch.setattr(runner, "raw_diagnostics", forbidden)
    monkeypatch.setattr(runner, "RACY_SECONDS", -3600.0)
    assert _check(tmp_path, monkeypatch) == cold
    after = _entries(tmp_path)["pkg/m1.py"][3]
    assert after != before and after[1] == before[1] + 10**9
