"""The benchmark script runs and prints every figure issues 7 and 18 ask for.

A smoke test on a handful of fixture files: the figures themselves are
measured by running the script on the standard library (docs/performance.md),
never asserted in a timed test.
"""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_benchmark_script_prints_every_figure() -> None:
    proc = subprocess.run(
        [sys.executable, os.path.join(ROOT, "benchmarks", "bench.py"),
         os.path.join(ROOT, "tests", "fixtures"), "--repeat", "1", "--quick"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for expected in (
        "floor",
        "otp-lints check --no-cache --jobs 1",
        "otp-lints check --no-cache (jobs",
        "otp-lints check, warm cache",
        "peak",
        "one small file on stdin",
        "libcst imported at start-up: False",
        "per-line time",
        "where the analysis goes",
        "bare traversal of every node",
        "walk with the semantic model",
        "analysis: the walk and every rule",
    ):
        assert expected in out, f"{expected!r} missing from:\n{out}"
    assert "breakdown failed" not in out
    seen = re.search(r"otp-lints checks (\d+) files, the floor reads (\d+)", out)
    assert seen and seen[1] == seen[2] and int(seen[1]) > 0, out
    # The language server: measured with the lsp extra (the test extra has it).
    assert "language server, per keystroke" in out
    assert "end of debounce -> diagnostics published: median" in out, out
    assert "x the floor" in out and "CPU time of the lint" in out
    # Plugins: measured when flake8-bugbear is installed, otherwise said so.
    assert "otp-lints plugin" in out or "need both otp-lints and flake8-bugbear" in out


def test_benchmark_real_code_run_prints_its_table(tmp_path: pathlib.Path) -> None:
    """``--real``: the same ratios on the fourteen projects of the corpus (a
    stand-in corpus of fixture files here), with ruff beside them when installed."""
    fixtures = os.path.join(ROOT, "tests", "fixtures")
    sample = sorted(f for f in os.listdir(fixtures) if f.endswith(".py"))
    bench = os.path.join(ROOT, "benchmarks", "bench.py")
    sys.path.insert(0, os.path.dirname(bench))
    try:
        import bench as bench_module  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    for i, project in enumerate(bench_module.REAL_PROJECTS):
        os.makedirs(tmp_path / project / "pkg")
        with open(os.path.join(fixtures, sample[i % len(sample)]), "rb") as src:
            (tmp_path / project / "pkg" / "mod.py").write_bytes(src.read())
    proc = subprocess.run([sys.executable, bench, "--real", str(tmp_path), "--repeat", "1"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "(14 files," in out, out
    for expected in ("floor", "otp-lints check --no-cache --jobs 1  ", "(target <= 1.25)",
                     "(target <= 0.8)", "otp-lints check, warm cache", "cpu",
                     "where the analysis goes", "analysis: the walk and every rule"):
        assert expected in out, f"{expected!r} missing from:\n{out}"
    ruff = os.path.join(os.path.dirname(sys.executable), "ruff")
    if os.path.exists(ruff):
        assert "ruff check --no-cache, shared rules" in out
        assert "14 files of the same tree" in out and "warm / ruff cold" in out


def test_benchmark_real_code_run_needs_the_corpus(tmp_path: pathlib.Path) -> None:
    proc = subprocess.run(
        [sys.executable, os.path.join(ROOT, "benchmarks", "bench.py"), "--real", str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode != 0 and "corpus.sh" in proc.stderr
