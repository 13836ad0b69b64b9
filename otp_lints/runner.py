"""Running the CLI over many files: a content-keyed result cache and a process pool.

The cache keeps each file's *raw* rule output (before noqa, allowlist and
baseline), keyed by the file's bytes, its path relative to the config root
(test-file status and per-file-ignores depend on it), the effective settings
and the tool version. The suppression layers are cheap and are applied fresh
on every run, so editing the baseline or the allowlist never serves a stale
answer. One JSON file per settings fingerprint under ``.otp-lints-cache/`` at
the config root (a ``.gitignore`` inside keeps it out of git); a cache that
cannot be read or written is ignored.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any, Optional

from otp_lints import __version__
from otp_lints.config import Settings
from otp_lints.diagnostics import Diagnostic, Edit, Fix
from otp_lints.lint import FileResult, raw_diagnostics, read_failure
from otp_lints.source import source_lines
from otp_lints.suppress import Layers, classify

CACHE_DIR = ".otp-lints-cache"
#: below this many files a process pool costs more than it saves
MIN_FILES_PER_JOB = 8


def settings_fingerprint(settings: Settings) -> str:
    parts = {
        "version": __version__,
        "root": settings.root,
        "codes": sorted(settings.enabled_codes),
        "per_file_ignores": [list(p) for p in settings.per_file_ignores],
        "test_paths": list(settings.test_paths),
        "script_paths": list(settings.script_paths),
        "options": {k: repr(sorted(v.items())) for k, v in sorted(settings.rule_options.items())},
    }
    blob = json.dumps(parts, sort_keys=True, default=repr).encode()
    return hashlib.sha256(blob).hexdigest()[:20]


def _diag_to_json(d: Diagnostic) -> list[Any]:
    fix = None
    if d.fix is not None:
        fix = [d.fix.safety, d.fix.message, [asdict(e) for e in d.fix.edits]]
    return [d.line, d.col, d.end_line, d.end_col, d.code, d.message, fix]


def _diag_from_json(path: str, row: list[Any]) -> Diagnostic:
    line, col, end_line, end_col, code, message, fix = row
    fix_obj = None
    if fix is not None:
        fix_obj = Fix(fix[0], fix[1], tuple(Edit(**e) for e in fix[2]))
    return Diagnostic(path, line, col, end_line, end_col, code, message, fix_obj)


class ResultCache:
    def __init__(self, settings: Settings) -> None:
        self.directory = os.path.join(settings.root, CACHE_DIR)
        self.file = os.path.join(self.directory, f"{settings_fingerprint(settings)}.json")
        self.entries: dict[str, list[Any]] = {}
        self.dirty = False
        try:
            with open(self.file, encoding="utf-8") as f:
                data = json.load(f)
            if isinstance(data, dict) and data.get("version") == __version__:
                self.entries = data.get("files", {})
        except (OSError, ValueError):
            pass

    @staticmethod
    def key(source: bytes) -> str:
        return hashlib.blake2b(source, digest_size=16).hexdigest()

    def get(self, relpath: str, key: str, path: str
            ) -> Optional[tuple[list[Diagnostic], bool]]:
        """(diagnostics, whether the file parsed) or None on a miss."""
        entry = self.entries.get(relpath)
        if entry is None or entry[0] != key or len(entry) != 3:
            return None
        return [_diag_from_json(path, row) for row in entry[2]], bool(entry[1])

    def put(self, relpath: str, key: str, diags: Sequence[Diagnostic], parsed: bool) -> None:
        self.entries[relpath] = [key, parsed, [_diag_to_json(d) for d in diags]]
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            os.makedirs(self.directory, exist_ok=True)
            ignore = os.path.join(self.directory, ".gitignore")
            if not os.path.exists(ignore):
                with open(ignore, "w", encoding="utf-8") as f:
                    f.write("# Created by otp-lints: the cache never belongs in git.\n*\n")
            import tempfile

            fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"version": __version__, "files": self.entries}, f)
            os.replace(tmp, self.file)
        except OSError:
            pass  # a read-only tree: run without a cache


@contextmanager
def quiet_gc() -> Iterator[None]:
    """The cyclic garbage collector off while files are linted.

    A parsed tree is a graph of thousands of objects the collector would scan
    again and again as it ages through the generations, for nothing: the
    analysis leaves no cycles behind (the semantic model breaks its own when a
    file is done), so reference counting frees each file's objects. Measured on
    the standard library, parsing alone ran 13-18% faster with the collector off
    (docs/performance.md). Whatever cycle an unusual file does leave is collected
    between files, once per ``COLLECT_EVERY`` of them; the objects that exist
    before the run (modules, rules, settings) are frozen out of those
    collections, which then look only at what the run made.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


#: files linted between two explicit collections while the collector is off
COLLECT_EVERY = 500


def _raw_many(
    batch: Sequence[tuple[str, bytes]], settings: Settings
) -> list[tuple[list[Diagnostic], bool, Optional[list[str]]]]:
    """Raw diagnostics of each file, whether it parsed, and its lines when there
    is something to suppress or fingerprint (lines are not shipped back otherwise)."""
    out = []
    for n, (path, source) in enumerate(batch, 1):
        diags, lines = raw_diagnostics(source, path, settings)
        out.append((diags, lines is not None, lines if diags else None))
        if n % COLLECT_EVERY == 0:
            gc.collect()
    return out


# -- workers -------------------------------------------------------------
_worker_settings: Optional[Settings] = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings  # one Settings per worker process, set once
    _worker_settings = settings
    gc.disable()  # as in quiet_gc(): a worker only lints, and exits with the pool
    gc.freeze()


def _work(
    batch: list[tuple[str, bytes]]
) -> list[tuple[list[Diagnostic], bool, Optional[list[str]]]]:
    assert _worker_settings is not None
    return _raw_many(batch, _worker_settings)


def _balanced_batches(sources: Sequence[bytes], jobs: int) -> list[list[int]]:
    """Indexes of ``sources`` in batches for ``jobs`` workers: largest files first,
    each batch about 1/(8 * jobs) of the bytes, so the last batches are small and
    no worker is left with a long tail while the others wait (the work per file
    is about proportional to its size)."""
    by_size = sorted(range(len(sources)), key=lambda i: len(sources[i]), reverse=True)
    target = max(1, sum(len(s) for s in sources) // (jobs * 8))
    batches: list[list[int]] = []
    current: list[int] = []
    size = 0
    for i in by_size:
        current.append(i)
        size += len(sources[i])
        if size >= target or len(current) >= 64:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    return batches


def lint_files(
    paths: Sequence[str], settings: Settings, layers: Layers, jobs: int, use_cache: bool
) -> list[FileResult]:
    with quiet_gc():
        return _lint_files(paths, settings, layers, jobs, use_cache)


def _lint_files(
    paths: Sequence[str], settings: Settings, layers: Layers, jobs: int, use_cache: bool
) -> list[FileResult]:
    cache = ResultCache(settings) if use_cache else None
    results: list[Optional[FileResult]] = [None] * len(paths)
    pending: list[tuple[int, str, bytes, str]] = []
    for i, path in enumerate(paths):
        try:
            with open(path, "rb") as f:
                source = f.read()
        except OSError as exc:
            results[i] = read_failure(path, exc, layers)
            continue
        key = ResultCache.key(source) if cache is not None else ""
        cached = cache.get(settings.relpath(path), key, path) if cache is not None else None
        if cached is not None:
            diags, parsed = cached
            lines: Optional[list[str]] = None
            if diags and parsed:  # lines only matter for noqa and baseline fingerprints
                lines = source_lines(source)
            results[i] = FileResult.from_classified(path, classify(diags, lines, path, layers))
            continue
        pending.append((i, path, source, key))

    outputs: list[tuple[list[Diagnostic], bool, Optional[list[str]]]]
    if jobs > 1 and len(pending) >= MIN_FILES_PER_JOB * 2:
        from concurrent.futures import ProcessPoolExecutor

        jobs = min(jobs, len(pending) // MIN_FILES_PER_JOB)
        batches = _balanced_batches([s for _, _, s, _ in pending], jobs)
        work = [[(pending[i][1], pending[i][2]) for i in batch] for batch in batches]
        by_index: dict[int, tuple[list[Diagnostic], bool, Optional[list[str]]]] = {}
        with ProcessPoolExecutor(jobs, initializer=_init_worker,
                                 initargs=(settings,)) as pool:
            for batch, chunk in zip(batches, pool.map(_work, work)):
                by_index.update(zip(batch, chunk))
        outputs = [by_index[i] for i in range(len(pending))]
    else:
        outputs = _raw_many([(p, s) for _, p, s, _ in pending], settings)

    for (i, path, _source, key), (diags, parsed, lines) in zip(pending, outputs):
        if cache is not None:
            cache.put(settings.relpath(path), key, diags, parsed=parsed)
        results[i] = FileResult.from_classified(path, classify(diags, lines, path, layers))
    if cache is not None:
        cache.save()
    return [r for r in results if r is not None]
