"""The flake8 front end (entry point ``OTP`` in ``flake8.extension``).

flake8 hands us the tree it already parsed, the file name (the
``--stdin-display-name`` for stdin) and the lines. flake8 never reads
pyproject.toml, so the plugin finds the config that applies to the file as the
CLI does (``discovery.py``: the nearest ``[tool.otp-lints]`` at or above the
file's directory, the working directory's for stdin) and applies the same
selection, excludes, per-file-ignores and later suppression layers; flake8
applies its own ``# noqa``. ``run()`` never raises: any failure becomes one
OTP000.

SPEC 7.2: a file the config excludes (or a virtual environment holds) gets no
report; a file flake8 found by walking a directory is also skipped when git
ignores it (the CLI's walk skips it); an opt-in rule is enabled when flake8's
own ``--select``/``--extend-select`` names it or a prefix of it longer than the
bare ``OTP`` (``--extend-select OTP204``, ``--select OTP2``).
"""

from __future__ import annotations

import ast
import functools
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, Optional

from otp_lints import __version__
from otp_lints.config import ConfigError, Overrides, Settings, selector_error
from otp_lints.discovery import Discovery
from otp_lints.suppress import Layers, load_baseline_for

_STDIN_NAMES = ("stdin", "-", "")
_reported_config_errors: set[str] = set()


def flake8_selectors(codes: Sequence[str]) -> tuple[str, ...]:
    """The codes and prefixes in flake8's ``--select``/``--extend-select`` that
    enable our opt-in rules: OTP ones longer than the bare ``OTP`` (which keeps
    the defaults, so that ``flake8 --select OTP`` matches a default ``check``)."""
    return tuple(dict.fromkeys(
        c for c in codes
        if c.startswith("OTP") and len(c) > len("OTP") and selector_error(c) is None
    ))


@functools.lru_cache(maxsize=8)
def _discovery(selectors: tuple[str, ...]) -> Discovery:
    """One per process and selection: it remembers configs, virtual environments
    and .gitignore files across the files flake8 hands over."""
    return Discovery(overrides=Overrides(extend_select=selectors))


class OTPChecker:
    name = "otp-lints"
    version = __version__

    #: from flake8's options (``parse_options``, called in every worker too)
    selectors: tuple[str, ...] = ()
    #: absolute paths of the files named on flake8's command line (stdin's
    #: display name included): git's ignores do not apply to them
    named: frozenset[str] = frozenset()
    #: absolute paths of the directories flake8 walks (its default: ".")
    walked: tuple[str, ...] = ()

    def __init__(self, tree: ast.AST, filename: str, lines: Sequence[str]) -> None:
        self.tree = tree
        self.filename = filename
        self.lines = lines

    @classmethod
    def parse_options(cls, options: Any) -> None:
        codes = [*(getattr(options, "select", None) or ()),
                 *(getattr(options, "extend_select", None) or ())]
        cls.selectors = flake8_selectors(codes)
        named, walked = set(), []
        for f in getattr(options, "filenames", None) or ["."]:
            if f == "-":
                display = getattr(options, "stdin_display_name", None) or "stdin"
                named.add(os.path.abspath(display))
            elif os.path.isdir(f):
                walked.append(os.path.abspath(f))
            else:
                named.add(os.path.abspath(f))
        cls.named = frozenset(named)
        # deepest first: a file's walk started at the deepest directory holding it
        cls.walked = tuple(sorted(walked, key=len, reverse=True))

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

    def _skipped(self, discovery: Discovery, path: str, settings: Settings) -> bool:
        """Excluded by the config, or ignored by git in a directory flake8 walked."""
        if path == "-":
            return False
        if discovery.is_excluded(path, settings):
            return True
        abspath = os.path.abspath(path)
        if not settings.respect_gitignore or abspath in self.named:
            return False
        top = next((w for w in self.walked if abspath.startswith(w.rstrip(os.sep) + os.sep)),
                   None)
        return discovery.gitignores.is_path_ignored(abspath, top)

    def _diagnostics(self) -> list[tuple[int, int, str]]:
        from otp_lints.lint import analyze
        from otp_lints.suppress import classify

        discovery = _discovery(self.selectors)
        path = self.filename if self.filename not in _STDIN_NAMES else "-"
        settings = discovery.settings_for(path)
        if self._skipped(discovery, path, settings):
            return []
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
