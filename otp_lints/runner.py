"""Running the CLI over many files: a result cache and a process pool.

The cache keeps each file's *raw* rule output (before noqa, allowlist and
baseline), keyed by the file's bytes and its path relative to the config root
(test-file status and per-file-ignores depend on it), in one JSON file per
``cache_fingerprint``: the tool's own build (a hash of the package's files,
not only its version), the interpreter, the warnings mode and every setting
that can change a file's raw results. The suppression layers are applied fresh
on every run, so editing the baseline or the allowlist never serves a stale
answer; what they read of a file's *content* (the ``# flake8: noqa`` verdict,
and per diagnostic line its noqa codes and baseline fingerprint:
``suppress.ContentFacts``) is kept beside the raw results, so an unchanged
file costs no per-line work. The file lives under ``.otp-lints-cache/``
beside the config that applies, else in the current directory (SPEC 7.2; a
``.gitignore`` inside keeps it out of git); a run over several configs keeps
one cache per config. An entry of the wrong shape is a miss (the file is
linted and the entry rewritten); a cache that cannot be read or written, or
whose directory is a symlink, is not used.

Status first, as ruff does: an entry also keeps the file's size, mtime,
ctime and inode, and a file whose ``stat`` still shows all four is a hit
without being opened; any other file is read and its bytes hashed, and equal
bytes are still a hit (the new status is kept). Every write to a file sets its
ctime to the current time, which no user call can set back, so a changed
file always shows another status, with one exception the cache closes: two
writes within one tick of the file system's clock leave the same ctime. So a
status is kept only for a file last changed ``RACY_SECONDS`` or more before
it was read (as git does with its "racily clean" entries); a file changed
more recently is hashed again on the next run. docs/performance.md says what
this assumes.

The pool's workers end when the CLI ends, however it ends (each watches its
parent), and a worker that dies (out of memory, killed) costs only its batch,
which is retried in a fresh worker, then file by file; a file that kills its
worker on its own is one OTP000.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any, Callable, Optional, Union

from otp_lints import __version__, context, projectfacts
from otp_lints.config import Settings
from otp_lints.diagnostics import Diagnostic, Edit, Fix, file_error
from otp_lints.files import (
    create_exclusive,
    make_private_dir,
    read_source,
    read_source_stat,
    replace_atomically,
)
from otp_lints.lint import FileResult, raw_diagnostics, read_failure
from otp_lints.suppress import ContentFacts, Layers, LineFacts, classify, content_facts

#: what linting one file gives: raw diagnostics, whether it parsed, and what the
#: suppression layers need of its content (None: nothing, it has no diagnostic
#: or did not parse)
Output = tuple[list[Diagnostic], bool, Optional[ContentFacts]]
#: a cached file: its raw diagnostics, whether it parsed, its content facts
Hit = tuple[list[Diagnostic], bool, ContentFacts]
#: a file changed less than this long before it was read is hashed again on
#: the next run rather than trusted by its status (two writes within one tick
#: of a file system's clock leave the same status; FAT's tick is 2 s)
RACY_SECONDS = 2.0
CACHE_DIR = ".otp-lints-cache"
_EXPIRY = re.compile(rb"\(\s*expires", re.IGNORECASE)
#: below this many files a process pool costs more than it saves
MIN_FILES_PER_JOB = 8
#: Settings fields that cannot change a file's raw diagnostics (they are applied
#: after the cache, or choose files): every other field is part of the key, so
#: a setting added later is keyed unless it is listed here.
_NOT_KEYED = frozenset({"config_path", "exclude", "extend_exclude", "respect_gitignore",
                        "baseline", "allow", "severity"})


@functools.lru_cache(maxsize=1)
def build_fingerprint() -> str:
    """A hash of the package's own source files: a changed build (an edit, a
    reinstall at the same ``__version__``) never reads an older build's results."""
    package = os.path.dirname(os.path.abspath(__file__))
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    for d, dirs, files in os.walk(package):
        dirs[:] = sorted(x for x in dirs if x != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(d, name)
                h.update(os.path.relpath(path, package).encode("utf-8", "surrogateescape"))
                with open(path, "rb") as f:
                    h.update(hashlib.blake2b(f.read(), digest_size=16).digest())
    return h.hexdigest()


def cache_fingerprint(settings: Settings) -> str:
    """The cache's key beyond a file's bytes and path: the build, the interpreter
    (``ast`` differs between versions), the warnings mode, and every setting
    that changes raw results (``src`` included: it names the package a
    relative import resolves in)."""
    parts = {
        "build": build_fingerprint(),
        "python": [sys.version, sys.implementation.cache_tag, sys.hexversion],
        "warnings": [list(sys.warnoptions), sys.flags.dev_mode],
        "settings": {
            f.name: repr(_stable(getattr(settings, f.name)))
            for f in dataclasses.fields(settings) if f.name not in _NOT_KEYED
        },
        "codes": sorted(settings.enabled_codes),
    }
    blob = json.dumps(parts, sort_keys=True).encode("utf-8", "surrogateescape")
    return hashlib.sha256(blob).hexdigest()[:24]


def _stable(value: Any) -> Any:
    """Dicts sorted by key, recursively, so the key does not depend on order."""
    if isinstance(value, dict):
        return sorted((repr(k), _stable(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return [_stable(v) for v in value]
    return value


def _diag_to_json(d: Diagnostic) -> list[Any]:
    fix = None
    if d.fix is not None:
        fix = [d.fix.safety, d.fix.message, [asdict(e) for e in d.fix.edits]]
    return [d.line, d.col, d.end_line, d.end_col, d.code, d.message, fix]


_CODE = re.compile(r"^OTP[0-9]{3}$")
_EDIT_FIELDS = {"line": int, "col": int, "end_line": int, "end_col": int, "content": str}


def _is_int(v: Any) -> bool:
    return type(v) is int and v >= 0


def _valid_row(row: Any) -> bool:
    """A cached diagnostic of exactly the shape ``_diag_to_json`` writes."""
    if type(row) is not list or len(row) != 7:
        return False
    line, col, end_line, end_col, code, message, fix = row
    if not (all(_is_int(v) for v in (line, col, end_line, end_col))
            and type(code) is str and _CODE.match(code) and type(message) is str):
        return False
    if fix is None:
        return True
    if type(fix) is not list or len(fix) != 3:
        return False
    safety, fix_message, edits = fix
    return (safety in ("safe", "unsafe") and type(fix_message) is str and type(edits) is list
            and all(type(e) is dict and e.keys() == _EDIT_FIELDS.keys()
                    and all(type(e[k]) is t and (t is str or e[k] >= 0)
                            for k, t in _EDIT_FIELDS.items())
                    for e in edits))


def _valid_status(status: Any) -> bool:
    return status is None or (type(status) is list and len(status) == 5
                              and all(type(v) is int for v in status))


def _valid_line_facts(row: Any) -> bool:
    if type(row) is not list or len(row) != 4:
        return False
    line, codes, fp, text = row
    return (_is_int(line) and type(fp) is str and type(text) is str
            and (codes is None or (type(codes) is list
                                   and all(type(c) is str for c in codes))))


def _valid_facts(facts: Any) -> bool:
    return (type(facts) is list and len(facts) in (2, 3) and type(facts[0]) is bool
            and type(facts[1]) is list and all(_valid_line_facts(r) for r in facts[1])
            and (len(facts) == 2 or (type(facts[2]) is list
                                     and all(_valid_dependency(d) for d in facts[2]))))


def _valid_dependency(dep: Any) -> bool:
    """[path, size, modification time in ns]."""
    return (type(dep) is list and len(dep) == 3 and type(dep[0]) is str
            and type(dep[1]) is int and type(dep[2]) is int)


def _dependencies_unchanged(facts: list[Any]) -> bool:
    """Every other file the entry's results were computed from has the size and
    modification time it had then (``os.stat`` only); one gone or changed
    makes the entry stale."""
    for dep_path, size, mtime in facts[2] if len(facts) == 3 else ():
        try:
            st = os.stat(dep_path)
        except (OSError, ValueError):
            return False
        if st.st_size != size or st.st_mtime_ns != mtime:
            return False
    return True


def _valid_entry(entry: Any) -> bool:
    """[content hash, parsed, raw diagnostics, status or None, content facts]."""
    return (type(entry) is list and len(entry) == 5 and type(entry[0]) is str
            and type(entry[1]) is bool and type(entry[2]) is list
            and all(_valid_row(row) for row in entry[2])
            and _valid_status(entry[3]) and _valid_facts(entry[4]))


def _facts_to_json(facts: Optional[ContentFacts]) -> list[Any]:
    if facts is None:
        return [False, []]
    data: list[Any] = [
        facts.skipped, [[n, None if f.noqa is None else list(f.noqa), f.fingerprint, f.text]
                        for n, f in facts.lines.items()]]
    if facts.dependencies:
        data.append([list(d) for d in facts.dependencies])
    return data


def _facts_from_json(data: list[Any]) -> ContentFacts:
    skipped, rows = data[0], data[1]
    return ContentFacts(skipped, {
        n: LineFacts(None if codes is None else tuple(codes), fp, text)
        for n, codes, fp, text in rows
    }, tuple((p, size, mtime) for p, size, mtime in (data[2] if len(data) == 3 else ())))


def _status(st: os.stat_result, now_ns: int, stamp: int) -> Optional[list[int]]:
    """What a cache entry keeps of a file's status (and of its conftests':
    ``stamp``); None when the file changed too recently to be trusted by it
    (``RACY_SECONDS``)."""
    if st.st_ctime_ns >= now_ns - int(RACY_SECONDS * 1e9):
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, stamp]


def _diag_from_json(path: str, row: list[Any]) -> Diagnostic:
    line, col, end_line, end_col, code, message, fix = row
    fix_obj = None
    if fix is not None:
        fix_obj = Fix(fix[0], fix[1], tuple(Edit(**e) for e in fix[2]))
    return Diagnostic(path, line, col, end_line, end_col, code, message, fix_obj)


def cache_directory(settings: Settings) -> str:
    """Where a config's cache lives: beside the config file, else in the current
    directory (SPEC 7.2)."""
    if settings.config_path is not None:
        return os.path.join(os.path.dirname(settings.config_path), CACHE_DIR)
    return os.path.join(os.getcwd(), CACHE_DIR)


class ResultCache:
    def __init__(self, settings: Settings) -> None:
        self.directory = cache_directory(settings)
        self.file = os.path.join(self.directory, f"{cache_fingerprint(settings)}.json")
        self.entries: dict[str, Any] = {}
        self.dirty = False
        #: never read or written through a symlink: it could point anywhere
        self.usable = not os.path.islink(self.directory)
        if not self.usable:
            return
        try:
            data = json.loads(read_source(self.file))
        except (OSError, ValueError, RecursionError):
            return
        if isinstance(data, dict) and isinstance(data.get("files"), dict):
            self.entries = data["files"]

    @staticmethod
    def key(source: bytes, stamp: int = 0) -> str:
        """The file's content and its conftests' ``stamp``; and for a file with
        an expiry date in it, the day: OTP703 judges ``(expires YYYY-MM-DD)``
        against today, so such a file is linted afresh each day (every other
        file stays cached)."""
        h = hashlib.blake2b(source, digest_size=16)
        if stamp:
            h.update(b"\0conftest %d" % stamp)
        if _EXPIRY.search(source):
            h.update(context.today().isoformat().encode())
        return h.hexdigest()

    def by_status(self, relpath: str, path: str, stamp: int) -> Optional[Hit]:
        """The cached results of a file whose status (and conftests' ``stamp``)
        has not changed since its entry was written (``os.stat`` only, the file
        is not opened); None otherwise, or when the entry is of the wrong shape."""
        entry = self.entries.get(relpath)
        if entry is None or type(entry) is not list or len(entry) != 5 or entry[3] is None:
            return None
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            return None  # read_source tells why
        if [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, stamp] != entry[3]:
            return None
        return self._hit(entry, path)

    def get(self, relpath: str, key: str, path: str, status: Optional[list[int]] = None
            ) -> Optional[Hit]:
        """The cached results of a file whose bytes hash to ``key``, or None on
        a miss; an entry of the wrong shape or types is a miss, and is rewritten
        by ``put``. A hit keeps the file's new ``status``."""
        entry = self.entries.get(relpath)
        if entry is None or not _valid_entry(entry) or entry[0] != key:
            return None
        if entry[3] != status:
            entry[3] = status
            self.dirty = True
        return self._hit(entry, path, valid=True)

    @staticmethod
    def _hit(entry: list[Any], path: str, valid: bool = False) -> Optional[Hit]:
        if not valid and not _valid_entry(entry):
            return None
        if not _dependencies_unchanged(entry[4]):
            return None  # a base class's module changed: lint the file again
        return ([_diag_from_json(path, row) for row in entry[2]], entry[1],
                _facts_from_json(entry[4]))

    def put(self, relpath: str, key: str, diags: Sequence[Diagnostic], parsed: bool,
            facts: Optional[ContentFacts] = None, status: Optional[list[int]] = None) -> None:
        self.entries[relpath] = [key, parsed, [_diag_to_json(d) for d in diags], status,
                                 _facts_to_json(facts)]
        self.dirty = True

    def save(self) -> None:
        """Write the cache; any failure (a read-only tree, a full disk) leaves the
        run without a cache, and no temporary file behind."""
        if not self.dirty or not self.usable:
            return
        try:
            if not make_private_dir(self.directory):
                return
            ignore = os.path.join(self.directory, ".gitignore")
            if not os.path.lexists(ignore):
                with contextlib.suppress(FileExistsError):
                    create_exclusive(
                        ignore, b"# Created by otp-lints: the cache never belongs in git.\n*\n")
            data = json.dumps({"version": __version__, "files": self.entries})
            replace_atomically(self.file, data.encode("utf-8", "surrogateescape"),
                               follow_symlinks=False, durable=False)
        except (OSError, UnicodeError):
            pass  # run without a cache


# -- signals ---------------------------------------------------------------
class Terminated(BaseException):
    """SIGTERM or SIGHUP: unwinds the CLI like Ctrl-C, so temporary files are
    removed and worker processes are ended on the way out."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


#: the signal that asked the CLI to end, in case its exception was swallowed
#: (raised inside an at-fork or ``__del__`` callback, which Python ignores)
_terminated_by: Optional[int] = None


def _terminate(signum: int, _frame: object) -> None:
    global _terminated_by  # set by the signal handler, read by the pool's wait
    _terminated_by = signum
    raise Terminated(signum)


def _raise_if_terminated() -> None:
    if _terminated_by is not None:
        raise Terminated(_terminated_by)


@contextmanager
def signals_unwind() -> Iterator[None]:
    """SIGTERM and SIGHUP raise ``Terminated`` while a command runs; the
    previous handlers come back after. Only in the main thread (elsewhere the
    signal module refuses, and the caller owns the signals)."""
    global _terminated_by  # one command at a time in a process
    previous: list[tuple[int, Any]] = []
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is not None:
                previous.append((signum, signal.signal(signum, _terminate)))
    _terminated_by = None
    try:
        yield
        _raise_if_terminated()  # a signal whose exception was swallowed on the way
    finally:
        for signum, handler in previous:
            signal.signal(signum, handler)


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


#: one file to lint: its path, its bytes, and the index of its Settings in the
#: run's tuple of them (one per config)
Work = tuple[str, bytes, int]


def _raw_many(batch: Sequence[Work], settings: Sequence[Settings]) -> list[Output]:
    """Raw diagnostics of each file (with the index of its settings), whether it
    parsed, and its content facts when there is something to suppress or
    fingerprint (read where the lines are: the lines are not shipped back)."""
    out = []
    for n, (path, source, which) in enumerate(batch, 1):
        read: dict[str, tuple[int, int]] = {}
        diags, lines = raw_diagnostics(source, path, settings[which], read)
        facts = content_facts(diags, lines) if diags and lines is not None else None
        if read:  # the other files the results depend on, for the cache to check
            facts = facts if facts is not None else ContentFacts()
            facts.dependencies = tuple(
                (p, size, mtime) for p, (size, mtime) in sorted(read.items()))
        out.append((diags, lines is not None, facts))
        if n % COLLECT_EVERY == 0:
            gc.collect()
    return out


# -- workers -------------------------------------------------------------
_worker_settings: tuple[Settings, ...] = ()
#: how often a worker checks that the CLI that started it is still there
PARENT_CHECK_SECONDS = 0.2
#: how often the CLI, waiting on its workers, checks for a swallowed SIGTERM
WAKE_SECONDS = 0.5
#: how long a killed pool's own thread is given to clean up
KILL_WAIT_SECONDS = 5.0


def _init_worker(settings: tuple[Settings, ...], parent: Optional[int]) -> None:
    global _worker_settings  # the run's Settings, one per config, per worker process, set once
    _worker_settings = settings
    gc.disable()  # as in quiet_gc(): a worker only lints, and exits with the pool
    gc.freeze()
    if hasattr(signal, "pthread_sigmask"):  # forked while the CLI held them
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _DEFERRED)
    # Ctrl-C reaches the whole process group: the CLI handles it and ends the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The CLI's own SIGTERM/SIGHUP handlers (inherited by fork) unwind the CLI; a
    # worker the pool terminates just ends.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    # ``parent``: the CLI's pid when it forks or spawns the workers itself (a
    # forkserver is their parent otherwise); it may be gone already.
    watchdog = threading.Thread(  # lives as long as the worker, by design
        target=_exit_with_parent, args=(parent or os.getppid(),), daemon=True,
        name="otp-lints-parent-check")
    watchdog.start()


def _exit_with_parent(parent: int) -> None:
    """End this worker as soon as its parent is gone, whatever ended it (SIGKILL
    included, which no handler sees): an orphaned worker would otherwise wait
    for work forever, holding the caller's pipes open."""
    while os.getppid() == parent:  # noqa: OTP602 reason: no event tells of a parent's death
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _work(batch: list[Work]) -> list[Output]:
    assert _worker_settings
    return _raw_many(batch, _worker_settings)


#: the start of the OTP000 message of a file whose own worker failed: not cached
WORKER_FAILED = "cannot analyse file: its worker process failed"


def _died(path: str, exc: BaseException) -> Output:
    """The OTP000 of a file whose analysis killed (or failed) its worker on its own."""
    if type(exc).__name__ == "BrokenProcessPool":
        why = "it died (out of memory, or killed)"
    else:
        why = f"{type(exc).__name__}: {exc}"
    return [file_error(path, f"{WORKER_FAILED}: {why}")], False, None


def _in_pool(batches: Sequence[list[Work]], jobs: int, settings: tuple[Settings, ...]
             ) -> list[Union[list[Output], Exception]]:
    """Each batch's outputs, or the exception its worker ended with (a
    ``BrokenProcessPool`` when it died). On any way out of the CLI (Ctrl-C,
    SIGTERM as ``cli.Terminated``), the workers are killed at once rather than
    waited for."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, ProcessPoolExecutor, wait

    outputs: list[Union[list[Output], Exception]] = [RuntimeError("not run")] * len(batches)
    direct = multiprocessing.get_start_method() in ("fork", "spawn")
    pool = ProcessPoolExecutor(jobs, initializer=_init_worker,
                               initargs=(settings, os.getpid() if direct else None))
    try:
        futures = {}
        with _signals_deferred():  # the workers are forked while submitting
            for i, batch in enumerate(batches):
                try:
                    futures[pool.submit(_work, batch)] = i
                except BrokenExecutor as exc:
                    # A worker died while the rest were being submitted (a
                    # file that kills it, on a busy machine): the batches not
                    # submitted are retried as its own are, never run in this
                    # process, where the same file would end the whole run.
                    outputs[i:] = [exc] * (len(batches) - i)
                    break
        waiting = set(futures)
        while waiting:
            _raise_if_terminated()
            done, waiting = wait(waiting, timeout=WAKE_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                try:
                    outputs[futures[future]] = future.result()
                except Exception as exc:  # the batch is retried, then OTP000
                    outputs[futures[future]] = exc
    except BaseException:
        _kill(pool)
        raise
    if any(isinstance(output, Exception) for output in outputs):
        _kill(pool)  # a broken pool: nothing left to wait for, and its feeder may be stuck
    else:
        pool.shutdown(wait=True)
    _raise_if_terminated()
    return outputs


_DEFERRED = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP while worker processes are forked. A
    Python signal handler that runs inside an at-fork callback has its
    exception printed and dropped ("Exception ignored in _releaseLock"), so the
    signal waits until the forking is done; the threads the pool starts
    meanwhile keep them blocked, so they are delivered to this thread, and the
    workers unblock them first thing (``_init_worker``)."""
    if not hasattr(signal, "pthread_sigmask") or (
            threading.current_thread() is not threading.main_thread()):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _kill(pool: Any) -> None:
    """End a pool now: kill its workers, cancel what they have not started, and
    close this end of the pipe that feeds them. Without the last step, the
    thread feeding the pipe can stay blocked writing a batch nobody will read
    (seen on Python 3.9), and the interpreter waits for it on exit, forever."""
    # (shutdown drops these references: taken first)
    reader = getattr(getattr(pool, "_call_queue", None), "_reader", None)
    manager = getattr(pool, "_executor_manager_thread", None)
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.kill()
    with contextlib.suppress(Exception):
        pool.shutdown(wait=False, cancel_futures=True)
    if manager is None:
        return
    # Let the pool's own thread finish its clean-up now (the workers are gone, so
    # it is quick; raced at exit, Python 3.9 writes to a closed pipe). Where it
    # stays stuck joining the feeder (3.9), closing the pipe's last reader
    # unblocks the feeder; newer Pythons close it themselves.
    manager.join(timeout=KILL_WAIT_SECONDS / 10)
    if manager.is_alive() and reader is not None:
        with contextlib.suppress(Exception):
            reader.close()
    manager.join(timeout=KILL_WAIT_SECONDS)


def _alone(batch: list[Work], settings: tuple[Settings, ...]) -> list[Output]:
    """A batch whose worker died, again in a fresh worker of its own; if that one
    dies too, file by file, each in its own worker, so only the file that kills
    it is lost (OTP000), and a worker killed from outside costs nothing."""
    result = _in_pool([batch], 1, settings)[0]
    if not isinstance(result, Exception):
        return result
    outputs = []
    for item in batch:
        one = _in_pool([[item]], 1, settings)[0]
        outputs.append(_died(item[0], one) if isinstance(one, Exception) else one[0])
    return outputs


def _parallel(pending: Sequence[Work], jobs: int, settings: tuple[Settings, ...]
              ) -> list[Output]:
    batches = _balanced_batches([item[1] for item in pending], jobs)
    work = [[pending[i] for i in batch] for batch in batches]
    try:
        outputs = _in_pool(work, jobs, settings)
    except (OSError, RuntimeError):  # no process can be started (a sandbox): serially
        return _raw_many(pending, settings)
    by_index: dict[int, Output] = {}
    for batch, chunk, output in zip(batches, work, outputs):
        if isinstance(output, Exception):
            output = _alone(chunk, settings)
        by_index.update(zip(batch, output))
    return [by_index[i] for i in range(len(pending))]


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
    files: Sequence[tuple[str, Settings]], layers_for: Callable[[Settings], Layers],
    jobs: int, use_cache: bool,
) -> list[FileResult]:
    """Lint each (path, settings): each file with the config that applies to it,
    through that config's suppression layers (``layers_for``)."""
    with quiet_gc():
        return _lint_files(files, layers_for, jobs, use_cache)


def _lint_files(
    files: Sequence[tuple[str, Settings]], layers_for: Callable[[Settings], Layers],
    jobs: int, use_cache: bool,
) -> list[FileResult]:
    index: dict[Settings, int] = {}  # Settings hash by identity
    caches: list[Optional[ResultCache]] = []
    results: list[Optional[FileResult]] = [None] * len(files)
    pending: list[tuple[int, str, bytes, str, Optional[list[int]], int]] = []
    now_ns = time.time_ns()  # before any file's status is taken
    found: dict[str, tuple[str, ...]] = {}  # directory -> the conftests pytest loads there
    stamps: dict[str, int] = {}
    for i, (path, settings) in enumerate(files):
        which = index.get(settings)
        if which is None:
            which = index[settings] = len(caches)
            caches.append(ResultCache(settings) if use_cache else None)
        layers = layers_for(settings)
        cache = caches[which]
        relpath = settings.relpath(path)
        stamp = 0
        if cache is not None:
            directory = os.path.dirname(path)
            stamp = stamps.get(directory, -1)
            if stamp < 0:
                stamp = stamps[directory] = projectfacts.conftest_stamp(directory, found)
        hit = cache.by_status(relpath, path, stamp) if cache is not None else None
        if hit is None:
            try:
                source, st = read_source_stat(path)
            except OSError as exc:
                results[i] = read_failure(path, exc, layers)
                continue
            key, status = "", None
            if cache is not None:
                key, status = ResultCache.key(source, stamp), _status(st, now_ns, stamp)
                if _EXPIRY.search(source):
                    status = None  # judged against today: hashed (with the day) every run
                hit = cache.get(relpath, key, path, status)
            if hit is None:
                pending.append((i, path, source, key, status, which))
                continue
        diags, _parsed, known = hit
        results[i] = FileResult.from_classified(
            path, classify(diags, None, path, layers, known))

    all_settings = tuple(index)
    work_items = [(path, source, which) for _, path, source, _, _, which in pending]
    outputs: list[Output]
    if jobs > 1 and len(pending) >= MIN_FILES_PER_JOB * 2:
        outputs = _parallel(work_items, min(jobs, len(pending) // MIN_FILES_PER_JOB),
                            all_settings)
    else:
        outputs = _raw_many(work_items, all_settings)

    for (i, path, _source, key, status, which), (diags, parsed, facts) in zip(pending,
                                                                              outputs):
        settings = all_settings[which]
        cache = caches[which]
        if cache is not None and not _is_crash(diags):
            cache.put(settings.relpath(path), key, diags, parsed, facts, status)
        results[i] = FileResult.from_classified(
            path, classify(diags, None, path, layers_for(settings), facts))
    for cache in caches:
        if cache is not None:
            cache.save()
    return [r for r in results if r is not None]


def _is_crash(diags: Sequence[Diagnostic]) -> bool:
    """Its worker failed: an outcome that may not be the file's own (a worker
    killed from outside), never cached, so the next run tries again."""
    return any(d.code == "OTP000" and d.message.startswith(WORKER_FAILED) for d in diags)
