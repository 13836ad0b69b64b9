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
