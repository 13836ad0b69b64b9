"""The flake8 front end (entry point ``OTP`` in ``flake8.extension``).

flake8 hands us the tree it already parsed, the file name (the
``--stdin-display-name`` for stdin) and the lines. flake8 never reads
pyproject.toml, so the plugin finds ``[tool.otp-lints]`` itself, upward from
the file's directory (from the cwd for stdin), and applies the same selection,
per-file-ignores and later suppression layers as the CLI; flake8 applies its
own ``# noqa``. ``run()`` never raises: any failure becomes one OTP000.
"""

from __future__ import annotations

import ast
import functools
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, Optional

from otp_lints import __version__
from otp_lints.config import ConfigError, Settings, settings_for_directory
from otp_lints.suppress import Layers, load_baseline_for

_STDIN_NAMES = ("stdin", "-", "")
_reported_config_errors: set[str] = set()


class OTPChecker:
    name = "otp-lints"
    version = __version__

    def __init__(self, tree: ast.AST, filename: str, lines: Sequence[str]) -> None:
        self.tree = tree
        self.filename = filename
        self.lines = lines

    def _directory(self) -> str:
        if self.filename in _STDIN_NAMES:
            return os.getcwd()
        return os.path.dirname(os.path.abspath(self.filename))

    def run(self) -> Iterator[tuple[int, int, str, type[Any]]]:
        try:
            results = self._diagnostics()
        except ConfigError as exc:
            message = str(exc)
            if message not in _reported_config_errors:
                _reported_config_errors.add(message)
                print(f"otp-lints: error: {message}", file=sys.stderr)
            results = [(1, 0, f"OTP000 invalid otp-lints configuration: {message}")]
        except Exception as exc:  # noqa: OTP501 run() never raises: the failure becomes OTP000
            results = [(1, 0, f"OTP000 internal error: {type(exc).__name__}: {exc}")]
        for line, col, text in results:
            yield line, col, text, type(self)

    def _diagnostics(self) -> list[tuple[int, int, str]]:
        from otp_lints.lint import analyze
        from otp_lints.suppress import classify

        settings = settings_for_directory(self._directory())
        path = self.filename if self.filename not in _STDIN_NAMES else "-"
        lines: Optional[Sequence[str]] = self.lines
        diags = analyze(self.tree, path, settings, lines)
        # Allowlist and baseline as in the CLI. noqa stays flake8's job: what it
        # will drop is still yielded, but does not use up a baseline entry.
        reported = classify(diags, lines, path, _layers(settings)).reported
        return [(d.line, d.col, f"{d.code} {d.message}") for d in reported]


@functools.lru_cache(maxsize=64)
def _layers(settings: Settings) -> Layers:
    """The suppression layers of one configuration (the baseline read once)."""
    baseline = load_baseline_for(settings, None, disabled=False)
    return Layers(settings, baseline=baseline, apply_noqa=False)
