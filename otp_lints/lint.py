"""The lint API both front ends call: a file (or a tree) in, diagnostics out.

``analyze`` runs the enabled rules on a parsed tree; ``lint_source`` adds what
only the CLI does (reading bytes as CPython does, OTP000 for what cannot be
parsed, ``# noqa``). The suppression layers after noqa (allowlist, baseline)
are applied by both front ends through ``suppress.py``.
"""

from __future__ import annotations

import ast
import functools
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Optional

from otp_lints.config import Settings
from otp_lints.context import FileContext
from otp_lints.diagnostics import Diagnostic, file_error, unreadable
from otp_lints.engine import RuleSet, run_rules, walk
from otp_lints.files import os_reason, read_source
from otp_lints.source import ParseFailure, parse_source, source_lines
from otp_lints.suppress import Classified, Layers, classify, module_names


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: diagnostics a suppression layer removed, with the layer's name ("noqa", ...)
    suppressed: list[tuple[Diagnostic, str]] = field(default_factory=list)
    #: the full classification (allowlist and baseline bookkeeping), when layers ran
    classified: Optional[Classified] = None

    @classmethod
    def from_classified(cls, path: str, c: Classified) -> FileResult:
        return cls(path, c.reported, c.suppressed, c)


def package_of(relpath: str, settings: Settings) -> Optional[str]:
    """The package a file belongs to, through the first `src` root holding it."""
    names = module_names(relpath, settings)
    if not names:
        return None
    name = names[0]
    if relpath.endswith(("/__init__.py", "/__init__.pyi")) or relpath in ("__init__.py",):
        return name
    return name.rpartition(".")[0]


def analyze(
    tree: ast.AST,
    path: str,
    settings: Settings,
    lines: Optional[Sequence[str]] = None,
    source: Optional[bytes] = None,
) -> list[Diagnostic]:
    """Run every rule enabled for ``path`` on ``tree``; sorted diagnostics. The
    file's text comes as ``lines`` or, decoded only if a rule asks, as ``source``."""
    return _analyze(tree, path, settings, lines, source)[0]


def _analyze(
    tree: ast.AST,
    path: str,
    settings: Settings,
    lines: Optional[Sequence[str]],
    source: Optional[bytes],
    judge_ignores: bool = False,
    dependencies: Optional[dict[str, tuple[int, int]]] = None,
) -> tuple[list[Diagnostic], Optional[Sequence[str]]]:
    """With ``judge_ignores``, the rules ``per-file-ignores`` turns off for this
    file run too, and their diagnostics are returned for ``classify`` to count
    under that layer (SPEC 7.5: an entry that suppressed nothing is warned
    about); the other rules see only the file's own selection. The other
    files the results depend on go into ``dependencies`` when given."""
    relpath = settings.relpath(path)
    is_test = settings.is_test_file(relpath)
    codes = settings.codes_for(relpath)
    judged: Optional[frozenset[str]] = None
    if judge_ignores and settings.per_file_ignores and codes != settings.enabled_codes:
        judged, codes = codes, settings.enabled_codes
    ruleset = RuleSet.for_settings(settings).for_file(codes, is_test)
    if not ruleset.rules:
        return [], lines
    ctx = FileContext(path, tree, is_test, package_of(relpath, settings))
    ctx.is_script_path = settings.is_script_path(relpath)
    ctx.lines = lines
    ctx.load_module = functools.partial(_load_module, settings=settings, importer=ctx)
    if source is not None:
        ctx.set_source(source)
    try:
        diags = run_rules(ctx, ruleset, judged)
        if dependencies is not None:
            dependencies.update(ctx.dependencies)
    finally:
        ctx.dispose()
    diags.sort(key=Diagnostic.sort_key)
    # The lines a rule made the context decode, handed on (noqa needs them too).
    return diags, ctx.decoded_lines


#: other modules of the project that a rule reads, parsed and walked once per
#: process, config and status: (path, settings) -> ((size, mtime), context or None)
_MODULES: dict[tuple[str, Settings], tuple[tuple[int, int], Optional[FileContext]]] = {}
#: what such a module's context collects: the node types OTP203's facts read
_MODULE_TYPES = (ast.Call, ast.Assign, ast.Try, ast.With, ast.AsyncWith)


def _load_module(path: str, settings: Settings, importer: FileContext) -> Optional[FileContext]:
    """Another module of the project (``path``), parsed and walked as the one
    walk does, for a rule of ``importer`` to read (OTP203: a base test class
    imported from it); None when it cannot be read or parsed. Its size and
    modification time go into ``importer.dependencies`` (the result cache
    re-lints the importer when they change), and key the memo, so a
    long-running front end reads an edited module afresh."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    status = (st.st_size, st.st_mtime_ns)
    importer.dependencies[path] = status
    known = _MODULES.get((path, settings))
    if known is not None:
        if known[0] == status:
            return known[1]
        if known[1] is not None:
            known[1].dispose()  # edited since: its cycles go with it
    ctx: Optional[FileContext] = None
    try:
        tree = parse_source(read_source(path))
    except (OSError, ParseFailure, ValueError, RecursionError, MemoryError):
        tree = None
    if isinstance(tree, ast.Module):
        relpath = settings.relpath(path)
        ctx = FileContext(path, tree, settings.is_test_file(relpath), package_of(relpath, settings))
        collected: dict[type, list] = {t: [] for t in _MODULE_TYPES}
        walk(ctx, collected)
        ctx.collected = collected
    _MODULES[(path, settings)] = (status, ctx)
    return ctx


def raw_diagnostics(
    source: bytes, path: str, settings: Settings,
    dependencies: Optional[dict[str, tuple[int, int]]] = None,
) -> tuple[list[Diagnostic], Optional[list[str]]]:
    """The rules' diagnostics for the bytes of one file, before any suppression
    (``per-file-ignores`` included: ``classify`` counts what it takes), and its
    lines (None when the file does not parse: one OTP000 then). The lines are
    decoded only when there are diagnostics (for noqa and baseline fingerprints)
    or a rule asked for them: otherwise ``[]`` stands for them. The other
    files the results depend on (a base class's module) go into
    ``dependencies``, with their size and modification time, when given."""
    try:
        tree = parse_source(source)
    except ParseFailure as failure:
        diag = file_error(path, f"cannot analyse file: {failure.reason}",
                          failure.line, failure.col)
        return [diag], None
    diags, lines = _analyze(tree, path, settings, None, source, judge_ignores=True,
                            dependencies=dependencies)
    if lines is None:
        lines = source_lines(source) if diags else []
    # The same list the rules saw: its noqa scan is reused by the noqa layer.
    return diags, lines if isinstance(lines, list) else list(lines)


def lint_source(
    source: bytes, path: str, settings: Settings, layers: Optional[Layers] = None
) -> FileResult:
    """Lint the bytes of one file as the CLI does: noqa, allowlist, baseline."""
    if layers is None:
        layers = Layers(settings)
    diags, lines = raw_diagnostics(source, path, settings)
    return FileResult.from_classified(path, classify(diags, lines, path, layers))


def read_failure(path: str, exc: OSError, layers: Layers) -> FileResult:
    """The result for a file that cannot be read: one OTP000 naming the OS's
    reason, through the suppression layers like any other diagnostic."""
    diag = unreadable(path, os_reason(exc))
    return FileResult.from_classified(path, classify([diag], None, path, layers))


def directory_failure(path: str, exc: OSError, layers: Layers) -> FileResult:
    """The result for a directory that cannot be listed: one OTP000, so a tree
    the user cannot read is never silently reported clean."""
    diag = file_error(path, f"cannot read directory: {os_reason(exc)}")
    return FileResult.from_classified(path, classify([diag], None, path, layers))


def allowlist_usage(results: Iterable[FileResult]) -> Counter[int]:
    """How many diagnostics each allowlist entry (by index) allowed in ``results``."""
    used: Counter[int] = Counter()
    for r in results:
        if r.classified is not None:
            used.update(r.classified.allow_used)
    return used
