"""OTP401 beyond its fixtures: what its messages name."""

from __future__ import annotations

from helpers import lint


def _messages(code: str) -> list[str]:
    return [d.message for d in lint(code, select=["OTP401"])]


def test_a_chained_receiver_is_named_by_its_call() -> None:
    got = _messages("""
        import subprocess
        from concurrent.futures import ThreadPoolExecutor
        from jobs import work
        def f(ex: ThreadPoolExecutor, pool):
            subprocess.Popen(["ls"]).communicate()
            ex.submit(work, 1).result()
            pool.executor.submit(work, 2).result()
            subprocess.Popen(["ls"]).wait()
    """)
    assert [m.split("`")[1] for m in got] == [
        "subprocess.Popen(...).communicate()",
        "ex.submit(...).result()",
        "pool.executor.submit(...).result()",
        "subprocess.Popen(...).wait()",
    ]
    assert not any("..." in m.split("`")[1].replace("(...)", "") for m in got)


def test_linting_leaves_no_cycles_for_the_collector() -> None:
    """The CLI lints with the cyclic collector off: whatever OTP401 keeps per file
    (its facts, the body checks' resolver) must be freed by reference counting."""
    import gc
    import os

    from helpers import FIXTURES

    with open(os.path.join(FIXTURES, "otp401.py"), encoding="utf-8") as f:
        code = f.read()
    gc.collect()
    gc.disable()
    try:
        assert lint(code, select=["OTP401"])
        assert gc.collect() == 0
    finally:
        gc.enable()
