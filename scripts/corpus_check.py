#!/usr/bin/env python3
"""Run both front ends over directory trees and report what a user would see.

    python scripts/corpus_check.py DIR [DIR ...] [--select CODES] [--jobs N]
                                   [--noqa | --noqa-only]

For each tree: files checked, diagnostics per code, OTP000 count, crashes
(a traceback, exit code 2, or an OTP000 for an internal error, a rule that
raised or a worker that died, from either front end) and whether
`otp-lints check` and `flake8 --select OTP` report the same
(path, line, col, code) set (OTP000 aside: flake8 reports unparsable files
itself as E999/E902). flake8 aborts its whole run when any plugin raises
(pyflakes and flake8-bugbear die with RecursionError on very deep
expressions); the script then records the file and reruns flake8 without it,
so the comparison covers every other file. Runs from a scratch directory so
no project config applies. With ``--noqa`` (or only that, ``--noqa-only``),
each file that parses is also read for ``# noqa`` both ways: flake8's own
physical-line mapping and ``# flake8: noqa`` verdict against otp-lints'
(``otp_lints/noqa.py``, which reads them without the tokenizer), and its
regular-expression scan against the tokenizer's. Exit code 1 when there is a
crash or a mismatch.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time

from otp_lints.config import DEFAULT_EXCLUDE

ABORT = re.compile(r'^(?P<path>.+?): "(?P<plugin>[^"]+)" failed during execution due to', re.M)
LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>OTP\d{3}) ", re.M)
OTP000 = re.compile(r"^(?P<path>.+?):\d+:\d+: OTP000 (?P<message>.*)$", re.M)
#: OTP000 messages that are otp-lints' failure, not the file's
INTERNAL = re.compile(r"internal error|worker process failed|invalid otp-lints configuration")


def run(cmd: list[str], cwd: str) -> tuple[subprocess.CompletedProcess[str], float]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return proc, time.perf_counter() - t0


def check_tree(tree: str, select: str, jobs: int, scratch: str) -> dict:
    tree = os.path.abspath(tree)
    bindir = os.path.dirname(sys.executable)
    cli_cmd = [os.path.join(bindir, "otp-lints"), "check", "--no-cache", "--format", "json",
               "--quiet", "--jobs", str(jobs), tree]
    if select:
        cli_cmd[2:2] = ["--select", select]
    cli, cli_time = run(cli_cmd, scratch)
    report: dict = {"tree": tree, "cli_seconds": round(cli_time, 1), "crashes": []}
    if cli.returncode not in (0, 1) or "Traceback" in cli.stderr:
        report["crashes"].append(f"otp-lints exit {cli.returncode}: {cli.stderr.strip()[-500:]}")
        data = []
    else:
        data = json.loads(cli.stdout or "[]")
    # An OTP000 that is not the file's fault (a rule raised, a worker died) is a
    # crash too: "zero internal errors" counts them.
    for d in data:
        if d["code"] == "OTP000" and INTERNAL.search(d["message"]):
            report["crashes"].append(f"otp-lints OTP000 on {d['path']}: {d['message']}")
    report["files"] = sum(1 for _ in _py_files(tree))
    report["per_code"] = dict(sorted(collections.Counter(d["code"] for d in data).items()))
    report["otp000"] = report["per_code"].get("OTP000", 0)
    ours = {(os.path.normpath(d["path"]), d["line"], d["column"], d["code"])
            for d in data if d["code"] != "OTP000"}

    excluded: list[str] = []
    f8_time = 0.0
    while True:
        # With no --select, flake8 shows every OTP code the plugin emits, and the
        # plugin applies the default selection itself, exactly like the CLI.
        # Same files as the CLI: its default excludes, and .pyi stubs too (the
        # plugin also reports nothing for a file the config excludes, a
        # virtual environment holds or git ignores: this only saves flake8 time).
        cmd = [sys.executable, "-m", "flake8", "--isolated", "--select",
               select or "OTP", "--jobs", str(jobs), "--filename", "*.py,*.pyi",
               "--extend-exclude", ",".join([*DEFAULT_EXCLUDE, *excluded]), tree]
        f8, seconds = run(cmd, scratch)
        f8_time += seconds
        m = ABORT.search(f8.stdout + f8.stderr)
        if m and len(excluded) < 50:
            culprit = m["path"]
            if "otp-lints" in m["plugin"]:
                report["crashes"].append(f"flake8 plugin otp-lints raised on {culprit}")
            excluded.append(os.path.abspath(os.path.join(scratch, culprit)))
            continue
        if "Traceback" in f8.stderr or f8.returncode not in (0, 1):
            report["crashes"].append(
                f"flake8 exit {f8.returncode}: {f8.stderr.strip()[-500:]}")
        break
    for m in OTP000.finditer(f8.stdout):
        if INTERNAL.search(m["message"]):
            report["crashes"].append(f"flake8 plugin OTP000 on {m['path']}: {m['message']}")
    report["flake8_seconds"] = round(f8_time, 1)
    report["flake8_aborted_by_other_plugins_on"] = excluded
    theirs = {(os.path.normpath(m["path"]), int(m["line"]), int(m["col"]), m["code"])
              for m in LINE.finditer(f8.stdout) if m["code"] != "OTP000"}
    if excluded:
        gone = set(excluded)
        ours = {d for d in ours if d[0] not in gone}
    report["only_cli"] = sorted(ours - theirs)[:20]
    report["only_flake8"] = sorted(theirs - ours)[:20]
    report["agree"] = ours == theirs
    report["compared"] = len(ours)
    return report


def noqa_mapping_check(tree: str) -> dict:
    """flake8's noqa reading against otp-lints' on every file of ``tree`` that
    parses (``site-packages`` skipped): the lines each joins for a diagnostic on
    any line (``_noqa_line_mapping``), the ``# flake8: noqa`` verdict, and the
    regular-expression scan (groups and noqa comments) against the tokenizer's."""
    import ast
    import warnings

    from flake8.defaults import NOQA_FILE
    from flake8.options.parse_args import parse_args
    from flake8.processor import FileProcessor

    from otp_lints import noqa
    from otp_lints.source import source_lines

    _, options = parse_args([])
    files = groups = comments = lexed = skipped = 0
    mismatches: list[str] = []
    for path in sorted(_py_files(tree, skip=("site-packages",))):
        try:
            with open(path, "rb") as f:
                source = f.read()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ast.parse(source)
            lines = source_lines(source)
        except (OSError, SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError):
            continue
        files += 1
        processor = FileProcessor(path, options)
        theirs = processor._noqa_line_mapping
        if processor.lines != lines:
            mismatches.append(f"{path}: flake8 reads other lines")
            continue
        # Lines of one-line groups are searched as they are by both; the rest differ.
        theirs = {n: text for n, text in theirs.items() if text != lines[n - 1]}
        found = noqa.scan(list(lines))
        groups += len(found.groups) if found is not None else 0
        comments += len(found.comments) if found is not None else 0
        if noqa.line_mapping(list(lines)) != theirs:
            mismatches.append(f"{path}: line mapping")
        if found != noqa.tokenized(list(lines)):
            mismatches.append(f"{path}: scan differs from the tokenizer's")
        verdict = any(NOQA_FILE.match(line) for line in lines)
        skipped += verdict
        if noqa.file_is_skipped(lines) != verdict:
            mismatches.append(f"{path}: '# flake8: noqa' verdict")
        lexed += noqa.lexed("".join(lines)) is not None
    return {"files": files, "groups": groups, "comments": comments, "lexed": lexed,
            "skipped": skipped, "mismatches": mismatches}


def _py_files(tree: str, skip: tuple[str, ...] = ()):
    for d, dirs, files in os.walk(tree, followlinks=True):
        dirs[:] = [x for x in dirs if x not in skip]
        for f in files:
            if f.endswith((".py", ".pyi")):
                yield os.path.join(d, f)


def _print_noqa(tree: str) -> bool:
    n = noqa_mapping_check(tree)
    print(f"== {os.path.abspath(tree)} (noqa)")
    print(f"   noqa reading equal to flake8's: {not n['mismatches']} ({n['files']} files, "
          f"{n['groups']} multi-line groups, {n['comments']} noqa comments, "
          f"{n['skipped']} skipped by '# flake8: noqa'; "
          f"{n['files'] - n['lexed']} files left to the tokenizer)")
    for x in n["mismatches"][:20]:
        print(f"     differs: {x}")
    return bool(n["mismatches"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+")
    parser.add_argument("--select", default="", help="codes for both front ends")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--noqa", action="store_true",
                        help="also compare flake8's noqa reading on every file")
    parser.add_argument("--noqa-only", action="store_true",
                        help="only compare flake8's noqa reading (no front-end run)")
    args = parser.parse_args()
    bad = False
    with tempfile.TemporaryDirectory() as scratch:
        for tree in args.trees:
            if args.noqa_only:
                bad |= _print_noqa(tree)
                continue
            r = check_tree(tree, args.select, args.jobs, scratch)
            bad |= bool(r["crashes"]) or not r["agree"]
            print(f"== {r['tree']}")
            print(f"   files: {r['files']}   otp-lints: {r['cli_seconds']} s   "
                  f"flake8: {r['flake8_seconds']} s")
            print(f"   diagnostics per code: {r['per_code']}")
            print(f"   OTP000: {r['otp000']}   crashes: {len(r['crashes'])}")
            for c in r["crashes"]:
                print(f"     crash: {c}")
            if r["flake8_aborted_by_other_plugins_on"]:
                print("   flake8 aborted by another plugin on (rerun without): "
                      + ", ".join(r["flake8_aborted_by_other_plugins_on"]))
            print(f"   front ends agree: {r['agree']} ({r['compared']} diagnostics compared)")
            for x in r["only_cli"]:
                print(f"     only otp-lints: {x}")
            for x in r["only_flake8"]:
                print(f"     only flake8: {x}")
            if args.noqa:
                bad |= _print_noqa(tree)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
