"""OTP501's message fits the handler: a lost traceback, a message without it,
the exceptions a bare ``except:`` also swallows, and Twisted's logging."""

from __future__ import annotations

from helpers import lint


def _message(code: str) -> str:
    diags = [d for d in lint(code, select=["OTP501"]) if d.code == "OTP501"]
    assert len(diags) == 1, diags
    return diags[0].message


def test_swallowed_names_the_remedy() -> None:
    msg = _message("try:\n    work()\nexcept Exception:\n    pass\n")
    assert msg.startswith("`except Exception` swallows every error: no re-raise")
    assert "`log.exception(...)`" in msg
    assert "KeyboardInterrupt" not in msg


def test_bare_except_names_what_else_it_swallows() -> None:
    msg = _message("try:\n    f.close()\nexcept:\n    pass\n")
    assert msg.startswith("`except:` swallows every error, KeyboardInterrupt and CancelledError")


def test_a_logged_message_is_not_the_traceback() -> None:
    msg = _message(
        "try:\n    work()\nexcept Exception as exc:\n"
        "    log.warning('work failed: {}'.format(exc))\n"
    )
    assert "reports only a message, not the traceback" in msg
    assert "`exc_info=True`" in msg


def test_twisted_logging_in_a_twisted_module() -> None:
    msg = _message(
        "from twisted.internet import defer\n"
        "try:\n    work()\nexcept Exception:\n    pass\n"
    )
    assert "`log.failure(...)` / `log.err()`" in msg
    assert "log.exception" not in msg
    logged = _message(
        "from twisted.logger import Logger\nlog = Logger()\n"
        "try:\n    work()\nexcept Exception as exc:\n    log.warn('failed: {e}', e=str(exc))\n"
    )
    assert "reports only a message" in logged and "`log.failure(...)`" in logged


SETUP_READS = """
from os import path
try:
    with open(path.join(here, "README.rst"), encoding="utf-8") as f:
        long_description = f.read()
except:
    long_description = ""
try:
    with open(path.join(here, "classifiers.txt")) as f:
        classifiers = f.read().split()
except Exception:
    classifiers = []
"""


def test_setup_py_reads_optional_build_files() -> None:
    # bonobo's setup.py: an optional README and classifiers, used when there.
    assert lint(SETUP_READS, path="setup.py", select=["OTP501"]) == []
    # Closest true positives: the same reads anywhere but setup.py, and a
    # handler that does more than fall back.
    assert [d.line for d in lint(SETUP_READS, path="build.py", select=["OTP501"])] == [6, 11]
    other = SETUP_READS.replace('long_description = ""', 'long_description = fetch()')
    assert [d.line for d in lint(other, path="setup.py", select=["OTP501"])] == [6]
