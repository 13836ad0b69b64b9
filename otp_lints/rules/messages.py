"""OTP1xx: messages. The Python side of Credo's ``NoRawSend``."""

from __future__ import annotations

import ast
import re
from typing import Any

from otp_lints.context import FileContext
from otp_lints.diagnostics import Edit, Fix
from otp_lints.edits import char_col
from otp_lints.rule import (
    Example,
    Option,
    OptionError,
    Rule,
    last_names,
)
from otp_lints.semantic import SOCKET

PREFIX: str = "OTP1"
TITLE: str = "Messages (Credo `NoRawSend`)"

_SIGNAL_FUNCS = {
    "os.kill": "os.getpid",
    "os.killpg": "os.getpgrp",
    "signal.pthread_kill": "threading.get_ident",
}


class RawSignalSend(Rule):
    """
    ## What it does
    Flags calls of `os.kill`, `os.killpg` and `signal.pthread_kill`: signals
    sent to a bare process, process-group or thread id.

    ## Why is this bad?
    In OTP terms this is a raw `send/2` to a pid: the audits behind this project
    found raw sends everywhere and wrote the Credo check `NoRawSend` to stop
    them ("Enable the NoRawSend Credo check", both audits). A message to a bare
    id carries no link, no monitor and no delivery guarantee.

    In Python terms, a PID is a number the kernel reuses: by the time
    `os.kill(pid, SIGTERM)` runs, the child may have exited and been reaped and
    the number given to an unrelated process, which then receives the signal.
    Signalling through the handle you got when you started the process keeps
    the identity (`Popen.send_signal`/`terminate`/`kill` know whether the child
    was already reaped), and on Linux a pidfd pins it for good.

    ## Example
    ```python
    import os, signal

    os.kill(worker_pid, signal.SIGTERM)
    ```

    ## Use instead
    ```python
    import subprocess

    proc = subprocess.Popen(cmd)
    ...
    proc.terminate()          # or proc.send_signal(signal.SIGUSR1)
    proc.wait(timeout=10)
    ```
    For a `multiprocessing.Process`, use its `terminate()`/`kill()`.

    ## Options
    None.

    ## Known limits
    Not flagged: a signal to yourself, written as `os.kill(os.getpid(), ...)`,
    `os.killpg(os.getpgrp(), ...)` or
    `signal.pthread_kill(threading.get_ident(), ...)`, or through a variable
    bound only to that call (`pid = os.getpid()`), and `os.kill(0, ...)`, which
    signals the caller's own process group. `os.kill(pid, 0)` (a liveness
    probe) is flagged too: it races with PID reuse the same way.
    """

    code = "OTP101"
    calls = last_names(_SIGNAL_FUNCS)
    name = "raw-signal-send"
    audit = "raw sends (`NoRawSend` written but \"commented out for CI\")"
    valid = (
        Example("import os, signal\nos.kill(os.getpid(), signal.SIGINT)\n"),
        Example("import subprocess\np = subprocess.Popen(['sleep', '9'])\np.terminate()\n"),
    )
    invalid = (
        Example("import os, signal\nos.kill(pid, signal.SIGTERM)\n"),
        Example("from os import killpg as kpg\nkpg(pgid, 9)\n"),
        Example("import signal\nsignal.pthread_kill(tid, signal.SIGUSR1)\n"),
    )

    @staticmethod
    def _is_self(target: ast.expr, qn: str, own: str, ctx: FileContext) -> bool:
        """The caller itself: ``os.getpid()``, a local bound only to it, or pid 0
        (``os.kill(0, sig)`` is the caller's own process group)."""
        if isinstance(target, ast.Call):
            return not target.args and ctx.qualified_name(target.func) == own
        if isinstance(target, ast.Constant) and target.value == 0 and qn == "os.kill":
            return True
        if isinstance(target, ast.Name):
            bindings = ctx.semantic.bindings_of(target.id, ctx.scope)
            if not bindings:
                return False
            return all(
                b.kind == "assign" and isinstance(b.value, ast.Call) and not b.value.args
                and ctx.semantic.qualified_name(b.value.func, ctx.scope) == own
                for b in bindings
            )
        return False

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if not isinstance(func, (ast.Name, ast.Attribute)):
            return
        qn = ctx.qualified_name(func)
        own = _SIGNAL_FUNCS.get(qn) if qn else None
        if qn is None or own is None:
            return
        if node.args and self._is_self(node.args[0], qn, own, ctx):
            return
        self.report(
            ctx, node,
            f"`{qn}` signals a bare id that the OS may have reused; signal through "
            "the process handle (`Popen.send_signal`/`terminate`, "
            "`Process.terminate`) instead",
        )


class PartialSocketSend(Rule):
    """
    ## What it does
    Flags `sock.send(data)` whose return value is thrown away, where `sock` is
    known from the same file to be a socket (made by `socket.socket`,
    `socket.create_connection`, `socket.create_server`, `socket.fromfd`,
    `socket.socketpair()` or `<socket>.accept()` unpacking, or annotated
    `socket.socket`).

    ## Why is this bad?
    OTP's `send` either delivers a whole message or nothing; the audits' answer
    to raw sends (`NoRawSend`) was to go through APIs that make delivery
    explicit. A socket's `send` is the opposite: it returns how many bytes it
    wrote, which may be fewer than you gave it (a full buffer, a signal, a
    non-blocking socket). Ignoring the count silently truncates the message.

    ## Example
    ```python
    import socket

    sock = socket.create_connection((host, port), timeout=5)
    sock.send(payload)
    ```

    ## Use instead
    ```python
    import socket

    sock = socket.create_connection((host, port), timeout=5)
    sock.sendall(payload)
    ```

    ## Fix safety
    `send` -> `sendall` is a safe fix: it has the same arguments and only
    differs in writing everything or raising. In a file that makes sockets
    non-blocking (`setblocking(False)`, `setblocking(0)`, `settimeout(0)`) the
    fix is unsafe: there `sendall` can raise after writing part of the data,
    which changes how the caller must recover.

    ## Options
    None.

    ## Known limits
    Only receivers whose type is known from the same file are checked; a socket
    received as an un-annotated parameter is not. `sendto` and `sendall` are
    never flagged; a `send` whose count is used (`n = sock.send(b)` and `n` is
    read) is the caller's job.
    """

    code = "OTP102"
    calls = frozenset({"send"})
    name = "partial-socket-send"
    fix_safety = "safe"
    audit = "raw sends with no delivery guarantee (`NoRawSend`)"
    valid = (
        Example("import socket\ns = socket.socket()\ns.sendall(b'x')\n"),
        Example("import socket\ns = socket.socket()\nn = s.send(b'x')\nprint(n)\n"),
        Example("def f(conn):\n    conn.send(b'x')\n"),
    )
    invalid = (
        Example("import socket\ns = socket.socket()\ns.send(b'x')\n"),
        Example(
            "import socket\ndef serve(srv: socket.socket):\n"
            "    conn, addr = srv.accept()\n    conn.send(b'hello')\n"
        ),
    )

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        func = node.func
        if not (isinstance(func, ast.Attribute) and func.attr == "send"):
            return
        if not ctx.is_discarded(node):
            return
        fact = ctx.type_of(func.value)
        if fact is None or fact.name != SOCKET:
            return
        # The attribute name ends the Attribute node: replace just those 4 characters.
        end_line = func.end_lineno or func.lineno
        end = char_col(ctx, end_line, func.end_col_offset or 0)
        safety = "unsafe" if ctx.fact("nonblocking-sockets", _uses_nonblocking) else "safe"
        fix = Fix(safety, "Replace `send` with `sendall`",
                  (Edit(end_line, end - len("send"), end_line, end, "sendall"),))
        self.report(
            ctx, node,
            "`socket.send` may write only part of the data and its count is "
            "discarded; use `sendall`",
            fix=fix,
        )


_NONBLOCKING = re.compile(r"\.setblocking\(\s*(?:False|0)\s*\)|\.settimeout\(\s*0(?:\.0)?\s*\)")


def _uses_nonblocking(ctx: FileContext) -> bool:
    return any(_NONBLOCKING.search(line) for line in ctx.lines or ())


def _api_list(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise OptionError("expected a list of qualified names or {name, use} tables")
    out = []
    for item in value:
        if isinstance(item, str) and item:
            out.append((item, ""))
        elif isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"]:
            extra = set(item) - {"name", "use"}
            if extra:
                raise OptionError(f"unknown key {sorted(extra)[0]!r} in an apis table")
            use = item.get("use", "")
            if not isinstance(use, str):
                raise OptionError("'use' must be a string")
            out.append((item["name"], use))
        else:
            raise OptionError("expected a list of qualified names or {name, use} tables")
    return tuple(out)


class BannedRawSend(Rule):
    """
    ## What it does
    Flags calls that resolve (through the file's imports) to a qualified name
    listed in the option `apis`: a team's own fire-and-forget messaging
    primitives. Empty by default, so it reports nothing until configured.

    ## Why is this bad?
    This is Credo's `NoRawSend` made configurable: the audits' codebase had a
    check that banned `send/2` in favour of `GenServer.call/cast` wrappers, and
    the point of it was that the *team* decides which primitives are raw. A
    fire-and-forget publish (`bus.cast_nowait(...)`) has no reply, no timeout
    and no error path; routing messages through the supervised API keeps
    delivery observable.

    ## Example
    ```toml
    [tool.otp-lints.rules.OTP103]
    apis = [{ name = "app.bus.cast_nowait", use = "app.bus.call" }]
    ```
    ```python
    from app.bus import cast_nowait

    cast_nowait("orders", event)
    ```

    ## Use instead
    ```python
    from app.bus import call

    call("orders", event, timeout=5)
    ```

    ## Options
    - `apis`: list of qualified names, or tables `{ name = "...", use = "..." }`
      whose `use` is named in the message. Default: empty.

    ## Known limits
    Matches calls by the qualified name the file's imports give them; a
    primitive reached through a variable or an attribute of an unknown object
    is not seen.
    """

    code = "OTP103"
    name = "banned-raw-send"
    audit = "raw sends (`NoRawSend`)"
    options = (
        Option(
            "apis", (), "qualified names (or `{name, use}` tables) of banned send primitives",
            _api_list,
        ),
    )
    valid = (
        Example("from app.bus import call\ncall('orders', 1)\n"),
    )
    invalid = (
        Example("from app.bus import cast_nowait\ncast_nowait('orders', 1)\n"),
        Example("import app.bus as bus\nbus.cast_nowait('orders', 1)\n"),
    )
    example_options = {
        "apis": _api_list([{"name": "app.bus.cast_nowait", "use": "app.bus.call"}])
    }

    def __init__(self, options: Any = None) -> None:
        super().__init__(options)
        self._apis = dict(self.opts["apis"])
        self.calls = last_names(self._apis)

    def visit_Call(self, node: ast.Call, ctx: FileContext) -> None:
        if not self._apis:
            return
        qn = ctx.qualified_name(node.func)
        if qn is None or qn not in self._apis:
            return
        use = self._apis[qn]
        remedy = f"use `{use}`" if use else "use a call with a reply and a timeout"
        self.report(ctx, node, f"`{qn}` is a banned raw send; {remedy}")


#: This group's rules, in code order (the registry, ``otp_lints.rules``, reads it).
RULES: tuple[type[Rule], ...] = (RawSignalSend, PartialSocketSend, BannedRawSend)
