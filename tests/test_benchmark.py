"""The benchmark script runs and prints every figure issues 7 and 18 ask for.

A smoke test on a handful of fixture files: the figures themselves are
measured by running the script on the standard library (docs/performance.md),
never asserted in a timed test.
"""

from __future__ import annotations

import os
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
    ):
        assert expected in out, f"{expected!r} missing from:\n{out}"
    # The language server: measured with the lsp extra (the test extra has it).
    assert "language server, per keystroke" in out
    assert "end of debounce -> diagnostics published: median" in out, out
    assert "x the floor" in out and "CPU time of the lint" in out
    # Plugins: measured when flake8-bugbear is installed, otherwise said so.
    assert "otp-lints plugin" in out or "need both otp-lints and flake8-bugbear" in out
