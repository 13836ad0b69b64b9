"""`otp-lints server` in a real editor: Neovim, headless, on an unsaved buffer.

Neovim comes from Debian's packages (`apt-get install -y neovim`, which .ci/run
does); where it is missing the test is skipped and says so. The editor side
is tests/nvim/lsp_session.lua: Neovim's own LSP client shows the diagnostics
(`vim.diagnostic.get()`), and its own code-action flow resolves and applies
the fix the server offers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("pygls", reason="the server needs the lsp extra (pygls)")

NVIM = shutil.which("nvim")
SCRIPT = os.path.join(os.path.dirname(__file__), "nvim", "lsp_session.lua")

SOURCE = textwrap.dedent("""\
    import asyncio
    import socket


    def send(sock: socket.socket, data):
        sock.send(data)


    async def start(coro):
        asyncio.create_task(coro)
""")


def _nvim_version() -> tuple[int, ...]:
    assert NVIM is not None
    first = subprocess.run([NVIM, "--version"], capture_output=True, text=True,
                           timeout=60, check=False).stdout.splitlines()[0]
    m = re.search(r"v(\d+)\.(\d+)", first)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


@pytest.mark.skipif(NVIM is None, reason="Neovim is not installed (apt-get install -y neovim)")
def test_neovim_shows_diagnostics_and_applies_a_fix(tmp_path) -> None:
    if _nvim_version() < (0, 7):
        pytest.skip(f"Neovim {_nvim_version()} is older than 0.7 (no vim.diagnostic)")
    (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nignore = ["OTP603"]\n')
    source = tmp_path / "source.txt"  # the buffer's text, read by the script
    source.write_text(SOURCE)
    path = tmp_path / "pkg" / "mod.py"  # the buffer's name: never written
    out = tmp_path / "out.json"
    env = {
        **os.environ,
        "OTP_CMD": json.dumps([sys.executable, "-m", "otp_lints", "server"]),
        "OTP_ROOT": str(tmp_path), "OTP_FILE": str(path), "OTP_SOURCE": str(source),
        "OTP_OUT": str(out), "OTP_EXPECTED": "2", "OTP_CODE": "OTP102",
        "OTP_ACTION": "Replace `send` with `sendall`",
        "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    proc = subprocess.run(
        [NVIM, "--headless", "-n", "-i", "NONE", "-u", "NONE", "-c", f"luafile {SCRIPT}"],
        env=env, cwd=str(tmp_path), capture_output=True, text=True, timeout=300,
        stdin=subprocess.DEVNULL, check=False,
    )
    assert out.exists(), f"Neovim wrote no result: {proc.stdout}\n{proc.stderr}"
    result = json.loads(out.read_text())
    assert "error" not in result, result
    assert result["exists_on_disk"] is False and result["exists_after"] is False
    before = [(d["lnum"] + 1, d["col"] + 1, d["code"], d["source"]) for d in result["before"]]
    assert before == [(6, 5, "OTP102", "otp-lints"), (10, 5, "OTP301", "otp-lints")]
    assert all(d["severity"] == 1 for d in result["before"])  # vim.diagnostic ERROR
    assert any("Suppress" in t for t in result["offered"])
    assert any("documentation" in t for t in result["offered"])
    # The fix went in through Neovim, and the server re-linted the buffer.
    assert "\n".join(result["text"]) + "\n" == SOURCE.replace("sock.send(", "sock.sendall(")
    assert [(d["lnum"] + 1, d["code"]) for d in result["after"]] == [(10, "OTP301")]
