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

flake8 decodes a file its own way (``tokenize``'s encoding detection, then
Latin-1 for anything that fails), which is not always CPython's: a file is
analysed as CPython reads its bytes, so both front ends agree (``_as_cpython``).
A configuration error is printed once per flake8 run, not once per worker
process (``_print_once``).
"""

from __future__ import annotations

import ast
import ctypes
import functools
import hashlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, Optional

from otp_lints import __version__
from otp_lints.config import ConfigError, Overrides, Settings, selector_error
from otp_lints.discovery import Discovery
from otp_lints.suppress import Layers, load_baseline_for

_STDIN_NAMES = ("stdin", "-", "")
#: messages this process printed (when no run-wide table is shared)
_printed: set[str] = set()
#: the messages printed in this flake8 run, shared with the worker processes
#: flake8 forks: [count, digest, digest, ...] (made by ``parse_options``)
_shared: Any = None
#: this process is a worker flake8 started afresh (spawn): the main process
#: prints the run's configuration errors
_spawned_worker = False
_SHARED_SLOTS = 256


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
        """Called by flake8 in its main process before it starts workers (and in
        each worker it starts afresh): the selection and the paths flake8 was
        given are taken here. In the main process, the table of printed
        messages is made (forked workers share it), and the configuration of
        each named path is checked, so that an error is printed once even where
        workers are started afresh."""
        global _shared, _spawned_worker  # noqa: OTP202 reason: per flake8 process, set at start
        import multiprocessing

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

        if multiprocessing.parent_process() is not None:
            _spawned_worker = _shared is None
            return
        if _shared is None:
            try:
                _shared = multiprocessing.Array(ctypes.c_uint64, _SHARED_SLOTS + 1)
            except (OSError, ImportError):  # no shared memory here: one table per process
                _shared = None
        directories = {
            os.path.abspath(os.getcwd() if path in _STDIN_NAMES else (
                path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))))
            for path in getattr(options, "filenames", None) or ()
        }
        discovery = _discovery(cls.selectors)
        for directory in sorted(directories)[:_SHARED_SLOTS]:
            try:
                discovery.settings_for_dir(directory)
            except ConfigError as exc:
                _print_once(f"otp-lints: error: {exc}")
            except Exception:  # noqa: OTP501 reason: run() reports it on each file as OTP000
                pass

    def run(self) -> Iterator[tuple[int, int, str, type[Any]]]:
        try:
            results = self._diagnostics()
        except ConfigError as exc:
            message = str(exc)
            _print_once(f"otp-lints: error: {message}")
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
        from otp_lints.source import ParseFailure
        from otp_lints.suppress import classify

        discovery = _discovery(self.selectors)
        path = self.filename if self.filename not in _STDIN_NAMES else "-"
        settings = discovery.settings_for(path)
        if self._skipped(discovery, path, settings):
            return []
        tree: ast.AST = self.tree
        lines: Optional[Sequence[str]] = self.lines
        if path != "-":
            try:
                own = _as_cpython(path, self.lines)
            except ParseFailure as failure:
                return [(failure.line, failure.col,
                         f"OTP000 cannot analyse file: {failure.reason}")]
            if own is not None:
                tree, lines = own
        diags = analyze(tree, path, settings, lines)
        # Allowlist and baseline as in the CLI. noqa stays flake8's job: what it
        # will drop is still yielded, but does not use up a baseline entry.
        reported = classify(diags, lines, path, _layers(settings)).reported
        return [(d.line, d.col, f"{d.code} {d.message}") for d in reported]


def _as_cpython(path: str, lines: Sequence[str]) -> Optional[tuple[ast.AST, list[str]]]:
    """The tree and lines of ``path`` as CPython reads its bytes, when flake8 read
    it otherwise; None when flake8's text is CPython's (nearly always).

    flake8 falls back to Latin-1 when ``tokenize`` cannot decode a file, so a
    file CPython accepts (an invalid UTF-8 byte in a comment, ``\\r`` then a
    coding cookie) reaches the plugin decoded otherwise than the CLI reads it,
    and a file CPython rejects (an invalid byte in a string) reaches it as if
    it were fine. Raises ``source.ParseFailure`` for the latter: an OTP000.
    The bytes are used only when flake8's text is their Latin-1 reading, so an
    editor's unsaved buffer on stdin is never swapped for the file on disk."""
    from otp_lints.files import read_source
    from otp_lints.source import decode_source, parse_source, source_lines

    try:
        source = read_source(path)
    except OSError:
        return None  # flake8 read it: its reading stands
    theirs = "".join(lines)
    try:
        ours = decode_source(source)
    except LookupError:
        # An unknown declared encoding (``coding: uft-8``): CPython rejects the
        # file, and the parser says so in the CLI's words (ParseFailure).
        parse_source(source)
        return None
    if _universal(ours) == theirs:
        return None
    if _universal(source.decode("latin-1")).lstrip("\xef\xbb\xbf") != theirs.lstrip(
            "\xef\xbb\xbf"):
        # Not flake8's Latin-1 reading of these bytes: flake8 was given other text
        # (stdin under --stdin-display-name: an editor's unsaved buffer). It stands.
        return None
    return parse_source(source), source_lines(source)


def _universal(text: str) -> str:
    """Line ends as flake8 reads a file (universal newlines)."""
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _print_once(line: str) -> None:
    """Print ``line`` on stderr once per flake8 run: the worker processes flake8
    forks share the table of what was printed (``parse_options`` made it)."""
    if _spawned_worker:
        return
    if _shared is None:
        if line not in _printed:
            _printed.add(line)
            print(line, file=sys.stderr)
        return
    digest = int.from_bytes(hashlib.blake2b(line.encode("utf-8", "replace"),
                                            digest_size=8).digest(), "little")
    with _shared.get_lock():
        count = _shared[0]
        if digest in _shared[1:count + 1]:
            return
        if count < _SHARED_SLOTS:
            _shared[count + 1] = digest
            _shared[0] = count + 1
        print(line, file=sys.stderr, flush=True)


@functools.lru_cache(maxsize=64)
def _layers(settings: Settings) -> Layers:
    """The suppression layers of one configuration (the baseline read once)."""
    baseline = load_baseline_for(settings, None, disabled=False)
    return Layers(settings, baseline=baseline, apply_noqa=False)
