"""Shared test helpers: lint a snippet, read fixture markers, run the CLI."""

from __future__ import annotations

import collections
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from typing import Any, Optional

from otp_lints.config import Settings
from otp_lints.diagnostics import Diagnostic
from otp_lints.lint import lint_source

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")
# ``# error: OTP403`` or, pinning the column (1-based, as the CLI prints it),
# ``# error: OTP403:23``; several codes separated by commas or spaces.
MARKER = re.compile(r"#\s*error:\s*(?P<codes>OTP\d{3}(?::\d+)?(?:[\s,]+OTP\d{3}(?::\d+)?)*)")
_MARKED = re.compile(r"(OTP\d{3})(?::(\d+))?")


def fixture_python(path: str) -> tuple[int, ...]:
    """The Python a fixture needs: a first line ``# python: 3.11`` (syntax that
    older Pythons cannot parse, e.g. ``except*``), else ``()``. The test suite
    runs on every Python from 3.9 to 3.13."""
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    m = re.match(r"#\s*python:\s*(\d+)\.(\d+)", first)
    return (int(m[1]), int(m[2])) if m else ()


def fixture_parses_here(path: str) -> bool:
    return sys.version_info[:2] >= fixture_python(path)


def lint(
    code: str,
    path: str = "example.py",
    select: Optional[Iterable[str]] = None,
    root: Optional[str] = None,
    **settings: Any,
) -> list[Diagnostic]:
    """Lint ``code`` (dedented) as if it were the file ``path`` under ``root``."""
    root = root or os.path.abspath("/virtual-project")
    s = Settings(root=root, select=tuple(select) if select is not None else None, **settings)
    source = textwrap.dedent(code).encode()
    return lint_source(source, os.path.join(root, path), s).diagnostics


def lint_with(settings: Settings, code: str, path: str) -> list[Diagnostic]:
    """Lint ``code`` (dedented) as the file ``path`` under ``settings.root``."""
    source = textwrap.dedent(code).encode()
    return lint_source(source, os.path.join(settings.root, path), settings).diagnostics


def codes(diags: Iterable[Diagnostic]) -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in diags]


def expected_markers(text: str) -> collections.Counter[tuple[int, str]]:
    """(line, code) for every ``# error: OTPxxx[, OTPxxx]`` marker."""
    out: collections.Counter[tuple[int, str]] = collections.Counter()
    for lineno, line in enumerate(text.splitlines(), 1):
        m = MARKER.search(line)
        if m:
            for code, _col in _MARKED.findall(m.group("codes")):
                out[(lineno, code)] += 1
    return out


def pinned_columns(text: str) -> list[tuple[int, str, int]]:
    """(line, code, 1-based column) for every marker that pins a column."""
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        m = MARKER.search(line)
        if m:
            out += [(lineno, code, int(col)) for code, col in _MARKED.findall(m.group("codes"))
                    if col]
    return out


def run_cli(*args: str, stdin: Optional[bytes] = None, cwd: Optional[str] = None
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "otp_lints", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True, text=True, cwd=cwd, timeout=300,
    )


def run_flake8(*args: str, stdin: Optional[bytes] = None, cwd: Optional[str] = None
               ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", "--select", "OTP", "--jobs", "1", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True, text=True, cwd=cwd, timeout=300,
    )


def write_dedented(root: str, rel: str, text: str) -> str:
    """Write ``text`` (dedented) to ``root/rel``, creating its folders."""
    path = os.path.join(str(root), rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(textwrap.dedent(text))
    return path


def write_project(root: str, files: dict[str, str]) -> str:
    """A project at ``root`` (a ``pyproject.toml`` naming it) holding
    ``files`` (path relative to the root -> text, dedented); returns the root."""
    write_dedented(root, "pyproject.toml", "[project]\nname = 'p'\n")
    for rel, text in files.items():
        write_dedented(root, rel, text)
    return root


def assert_front_ends_agree(root: str, code: str, target: str, count: int) -> None:
    """``otp-lints check`` and ``flake8`` run in ``root`` on ``target`` both
    report ``code`` exactly ``count`` times."""
    cli = run_cli("check", "--select", code, target, cwd=root)
    f8 = run_flake8(target, cwd=root)
    assert cli.stdout.count(code) == f8.stdout.count(code) == count, (cli.stdout, f8.stdout)


def reported_lines(root: str, rel: str, code: str) -> list[int]:
    """The lines ``code`` reports in ``root/rel``, linted as the CLI lints it
    with ``root`` as the project (its conftests and modules around it)."""
    path = os.path.join(root, rel)
    with open(path, "rb") as f:
        source = f.read()
    diags = lint_source(source, path, Settings(root=root, select=(code,))).diagnostics
    return sorted(d.line for d in diags)
