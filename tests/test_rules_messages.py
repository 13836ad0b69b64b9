"""OTP1xx messages: the advice fits the call (issue 12 item 4).

The fixtures check where each rule reports; these check what it says.
"""

from __future__ import annotations

import pytest
from helpers import lint


def _messages(code: str, rule: str) -> list[str]:
    return [d.message for d in lint(code, select=[rule]) if d.code == rule]


@pytest.mark.parametrize(
    ("code", "wanted", "unwanted"),
    [
        # a bare pid: a handle or a pidfd
        ("import os\nos.kill(pid, 15)\n", ("pidfd", "handle"), ("start_new_session",)),
        # a Popen's pid: its own send_signal, named on the receiver
        (
            "import os, subprocess\nproc = subprocess.Popen(['x'])\nos.kill(proc.pid, 19)\n",
            ("`proc.send_signal(...)`",), ("pidfd",),
        ),
        # killpg: a group of its own, signalled through the handle's pid
        (
            "import os\nos.killpg(os.getpgid(pid), 15)\n",
            ("start_new_session=True", "handle's pid"), ("pidfd",),
        ),
        # a joined multiprocessing.Process: terminate()/kill() on it
        (
            "import multiprocessing, os\ndef f():\n    p = multiprocessing.Process()\n"
            "    p.start()\n    p.join()\n    os.kill(p.pid, 10)\n",
            ("`p.terminate()`", "join()"), ("pidfd",),
        ),
        # a thread id
        (
            "import signal\nsignal.pthread_kill(tid, 10)\n",
            ("thread id", "alive"), ("pidfd", "Popen"),
        ),
    ],
)
def test_otp101_advice_fits_the_call(code: str, wanted: tuple, unwanted: tuple) -> None:
    (message,) = _messages(code, "OTP101")
    for text in wanted:
        assert text in message, message
    for text in unwanted:
        assert text not in message, message
