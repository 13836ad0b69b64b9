#!/usr/bin/env python3
"""Measure precision on real code: collect every report on a corpus, draw a
seeded random sample per rule with its source context, and summarise a judged
sample into per-rule figures.

    python scripts/precision.py collect [--corpus DIR] --out REPORTS.jsonl
    python scripts/precision.py sample REPORTS.jsonl --seed N [--per-rule 20] --out TRIAGE.jsonl
    python scripts/precision.py summarize TRIAGE.jsonl [...]   # Markdown table on stdout
    python scripts/precision.py diff BEFORE.jsonl AFTER.jsonl [--seed N --show 10]
    python scripts/precision.py combine A.jsonl B.jsonl [--third C.jsonl] --out FINAL.jsonl
    python scripts/precision.py rows TRIAGE.jsonl          # the judged rows as a Markdown table
    python scripts/precision.py doc [--check]   # refill docs/precision.md's tables from its rows

The corpus is what ``../shared/scripts/corpus.sh`` fetches (default
``~/.cache/otp-corpus``): one directory per project, plus ``stdlib`` linking
to this interpreter's standard library (its ``site-packages`` is skipped: that
is not the standard library), and so are its own regression suites
(``test/``, ``*/tests/``, ``idlelib/idle_test/``: what Debian ships apart as
``libpython3.x-testsuite``; many of them exercise the very constructs the
rules judge, as their subject) unless ``--with-stdlib-tests``. ``collect``
runs ``otp-lints check`` on each project from a scratch directory (no project
config applies), with every rule selected that is on by default plus the
opt-in OTP201, OTP202 and OTP204 (measured too).

A triage file holds one JSON object per sampled report: ``id``, ``rule``,
``path`` (relative to the corpus), ``line``, ``col``, ``message``,
``context`` (the lines around it, the reported line marked ``>>``) and
``verdict`` (``null`` until judged, then ``"TP"`` or ``"noise"``) with a
one-line ``reason``. The sample is drawn uniformly from each rule's reports
over the whole corpus, so it weighs projects as a user meets them.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable

DEFAULT_CORPUS = os.path.expanduser("~/.cache/otp-corpus")
CONTEXT = 8  # lines before and after the reported line
OPT_IN_MEASURED = ("OTP201", "OTP202", "OTP204")
#: the standard library's own regression suites (see the module docstring)
STDLIB_TESTS = re.compile(r"^stdlib/(?:.*/)?(?:test|tests|idle_test)/")


def _projects(corpus: str) -> list[str]:
    return sorted(
        d for d in os.listdir(corpus)
        if d != "sdists" and os.path.isdir(os.path.join(corpus, d))
    )


def collect(corpus: str, out: str, jobs: int, stdlib_tests: bool = False) -> int:
    """Every report of the tool on every project of the corpus, one JSON per line."""
    exe = os.path.join(os.path.dirname(sys.executable), "otp-lints")
    total = 0
    failed = []
    with tempfile.TemporaryDirectory() as scratch, open(out, "w", encoding="utf-8") as f:
        cfg = os.path.join(scratch, "pyproject.toml")
        with open(cfg, "w", encoding="utf-8") as c:
            c.write('[tool.otp-lints]\nextend-select = ' + json.dumps(list(OPT_IN_MEASURED))
                    + '\nexclude = ["site-packages"]\n')
        for project in _projects(corpus):
            top = os.path.join(corpus, project)
            proc = subprocess.run(
                [exe, "check", "--config", cfg, "--no-cache", "--format", "json", "--quiet",
                 "--jobs", str(jobs), top],
                cwd=scratch, capture_output=True, text=True,
            )
            try:  # exit 1 is "reports found" only with the JSON list on stdout
                found = json.loads(proc.stdout) if proc.returncode in (0, 1) else None
            except ValueError:
                found = None
            if not isinstance(found, list):
                print(f"{project}: otp-lints failed (exit {proc.returncode}): "
                      f"{proc.stderr.strip()}", file=sys.stderr)
                failed.append(project)
                continue
            for d in found:
                path = os.path.relpath(os.path.abspath(os.path.join(scratch, d["path"])), corpus)
                if not stdlib_tests and STDLIB_TESTS.match(path):
                    continue
                row = {"rule": d["code"], "path": path, "line": d["line"],
                       "col": d["column"], "message": d["message"]}
                f.write(json.dumps(row, sort_keys=True) + "\n")
                total += 1
            print(f"{project}: done", file=sys.stderr)
    print(f"{total} reports -> {out}", file=sys.stderr)
    if failed:
        print(f"FAILED: {', '.join(failed)} (their reports are missing)", file=sys.stderr)
        return 1
    return 0


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def context(corpus: str, path: str, line: int, n: int = CONTEXT) -> str:
    """The lines around ``line``, numbered, the reported one marked ``>>``; and
    the nearest enclosing ``def``/``class`` line above the window, if any."""
    try:
        with open(os.path.join(corpus, path), encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError as exc:
        return f"(cannot read: {exc})"
    lo, hi = max(1, line - n), min(len(lines), line + n)
    out = []
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip()) if 0 < line <= len(lines) else 0
    for i in range(line - 1, 0, -1):  # the enclosing definition, when above the window
        text = lines[i - 1]
        stripped = text.lstrip()
        if stripped.startswith(("def ", "async def ", "class ")) and \
                len(text) - len(stripped) < indent:
            if i < lo:
                out.append(f"{i:6d}   {text}")
                out.append("   ...")
            break
    for i in range(lo, hi + 1):
        mark = ">>" if i == line else "  "
        out.append(f"{i:6d} {mark} {lines[i - 1]}")
    return "\n".join(out)


def sample(reports: list[dict], seed: int, per_rule: int, corpus: str,
           rules: Iterable[str] = ()) -> list[dict]:
    by_rule: dict[str, list[dict]] = collections.defaultdict(list)
    for r in reports:
        if r["rule"] == "OTP000":
            continue
        by_rule[r["rule"]].append(r)
    wanted = set(rules)
    rng = random.Random(seed)
    out = []
    for rule in sorted(by_rule):
        if wanted and rule not in wanted:
            continue
        pool = sorted(by_rule[rule], key=lambda r: (r["path"], r["line"], r["col"]))
        picked = pool if len(pool) <= per_rule else rng.sample(pool, per_rule)
        picked.sort(key=lambda r: (r["path"], r["line"], r["col"]))
        for i, r in enumerate(picked, 1):
            out.append({
                "id": f"{rule}-{seed}-{i:02d}", **r, "population": len(pool),
                "context": context(corpus, r["path"], r["line"]),
                "verdict": None, "reason": None,
            })
    return out


def split(reports: list[dict], rule: str, seed: int) -> tuple[list[dict], list[dict]]:
    """One rule's reports cut at random into a development half (to tune on)
    and a held-out half (to measure on): ``sample`` of the held-out half is a
    measure no narrowing saw."""
    rows = sorted((r for r in reports if r["rule"] == rule),
                  key=lambda r: (r["path"], r["line"], r.get("col", 0)))
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    dev = set(order[:len(rows) // 2])
    return ([r for i, r in enumerate(rows) if i in dev],
            [r for i, r in enumerate(rows) if i not in dev])


def summarize(rows: list[dict]) -> str:
    """Per-rule figures of a judged sample, as a Markdown table."""
    by_rule: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        by_rule[r["rule"]].append(r)
    lines = ["| Rule | Reports in corpus | Sampled | Judged | TP | Noise | Precision |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    all_tp = all_judged = 0
    for rule in sorted(by_rule):
        rs = by_rule[rule]
        judged = [r for r in rs if r.get("verdict") in ("TP", "noise")]
        tp = sum(r["verdict"] == "TP" for r in judged)
        all_tp += tp
        all_judged += len(judged)
        pct = f"{100 * tp / len(judged):.0f}%" if judged else "-"
        lines.append(f"| {rule} | {rs[0].get('population', '?')} | {len(rs)} | {len(judged)} "
                     f"| {tp} | {len(judged) - tp} | {pct} |")
    if all_judged:
        lines.append(f"| all | | {len(rows)} | {all_judged} | {all_tp} | {all_judged - all_tp} "
                     f"| {100 * all_tp / all_judged:.0f}% |")
    return "\n".join(lines) + "\n"


def combine(a: list[dict], b: list[dict], third: list[dict]) -> tuple[list[dict], str]:
    """Two independent judgements of the same rows -> one verdict per row: the
    shared verdict where the judges agree, the third judge's where they do not
    (left unjudged when there is none). Returns the rows and an agreement line
    (raw agreement and Cohen's kappa)."""
    bj = {r["id"]: r for r in b}
    tj = {r["id"]: r for r in third}
    out = []
    agree = n = 0
    both_tp = a_tp = b_tp = 0
    for ra in a:
        rb = bj.get(ra["id"])
        if rb is None:
            continue
        n += 1
        va, vb = ra.get("verdict"), rb.get("verdict")
        a_tp += va == "TP"
        b_tp += vb == "TP"
        row = {k: v for k, v in ra.items() if k not in ("verdict", "reason", "pattern")}
        row["judge_a"] = {"verdict": va, "reason": ra.get("reason")}
        row["judge_b"] = {"verdict": vb, "reason": rb.get("reason")}
        if va == vb:
            agree += 1
            both_tp += va == "TP"
            row["verdict"], row["reason"] = va, ra.get("reason")
        else:
            rt = tj.get(ra["id"], {})
            row["verdict"], row["reason"] = rt.get("verdict"), rt.get("reason")
            row["judge_c"] = {"verdict": rt.get("verdict"), "reason": rt.get("reason")}
        out.append(row)
    if not n:
        return out, "no rows in common"
    po = agree / n
    pe = (a_tp / n) * (b_tp / n) + (1 - a_tp / n) * (1 - b_tp / n)
    kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
    return out, (f"{n} rows judged twice: the judges agree on {agree} ({100 * po:.0f}%), "
                 f"Cohen's kappa {kappa:.2f}; {n - agree} settled by a third judge")


def rows_table(rows: list[dict]) -> str:
    lines = ["| Id | Report | Verdict | Why |", "| --- | --- | --- | --- |"]
    for r in sorted(rows, key=lambda r: r["id"]):
        why = (r.get("reason") or "").replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {r['id']} | `{r['path']}:{r['line']}` | {r.get('verdict') or '-'} "
                     f"| {why} |")
    return "\n".join(lines) + "\n"


def _key(r: dict) -> tuple:
    return (r["rule"], r["path"], r["line"], r["col"])


def diff(before: list[dict], after: list[dict], seed: int, show: int) -> str:
    """Reports removed and added per rule between two collections."""
    b = {_key(r): r for r in before}
    a = {_key(r): r for r in after}
    removed = [b[k] for k in sorted(set(b) - set(a))]
    added = [a[k] for k in sorted(set(a) - set(b))]
    rules = sorted({r["rule"] for r in removed + added})
    out = ["| Rule | Before | After | Removed | Added |", "| --- | ---: | ---: | ---: | ---: |"]
    cb = collections.Counter(r["rule"] for r in before)
    ca = collections.Counter(r["rule"] for r in after)
    cr = collections.Counter(r["rule"] for r in removed)
    cad = collections.Counter(r["rule"] for r in added)
    for rule in sorted(set(cb) | set(ca)):
        out.append(f"| {rule} | {cb[rule]} | {ca[rule]} | {cr[rule]} | {cad[rule]} |")
    rng = random.Random(seed)
    for title, rows in (("removed", removed), ("added", added)):
        for rule in rules:
            rs = [r for r in rows if r["rule"] == rule]
            if not rs:
                continue
            picked = rs if len(rs) <= show else sorted(rng.sample(rs, show), key=_key)
            out.append(f"\n{title} {rule} ({len(rs)}; {len(picked)} shown):")
            out.extend(f"  {r['path']}:{r['line']}:{r['col']} {r['message']}" for r in picked)
    return "\n".join(out) + "\n"


DOC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "docs", "precision.md")
BLOCK = re.compile(r"(<!-- summary: (?P<name>[\w.-]+) -->\n).*?(<!-- end summary -->)", re.S)


def render_doc(text: str, data_dir: str) -> str:
    """docs/precision.md with each ``<!-- summary: FILE -->`` block refilled
    from the judged rows in ``data_dir/FILE``: the page's figures are always
    those of the rows it publishes."""
    def fill(m: re.Match) -> str:
        rows = load(os.path.join(data_dir, m.group("name")))
        return m.group(1) + summarize(rows) + m.group(3)
    return BLOCK.sub(fill, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--corpus", default=DEFAULT_CORPUS)
    c.add_argument("--out", required=True)
    c.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    c.add_argument("--with-stdlib-tests", action="store_true",
                   help="keep reports in the standard library's own test suites")
    s = sub.add_parser("sample")
    s.add_argument("reports")
    s.add_argument("--corpus", default=DEFAULT_CORPUS)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--per-rule", type=int, default=20)
    s.add_argument("--rules", default="", help="comma-separated codes (default: all)")
    s.add_argument("--out", required=True)
    sp = sub.add_parser("split")
    sp.add_argument("reports")
    sp.add_argument("--rule", required=True)
    sp.add_argument("--seed", type=int, required=True)
    sp.add_argument("--dev", required=True, help="where the development half goes")
    sp.add_argument("--held", required=True, help="where the held-out half goes")
    m = sub.add_parser("summarize")
    m.add_argument("triage", nargs="+")
    c2 = sub.add_parser("combine")
    c2.add_argument("a")
    c2.add_argument("b")
    c2.add_argument("--third", default=None)
    c2.add_argument("--out", required=True)
    t = sub.add_parser("rows")
    t.add_argument("triage", nargs="+")
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    d.add_argument("--seed", type=int, default=0)
    d.add_argument("--show", type=int, default=10)
    dc = sub.add_parser("doc")
    dc.add_argument("--check", action="store_true",
                    help="exit 1 if docs/precision.md is not what the rows give")
    args = parser.parse_args()
    if args.cmd == "collect":
        return collect(os.path.abspath(args.corpus), args.out, args.jobs,
                       args.with_stdlib_tests)
    if args.cmd == "sample":
        rules = [r.strip() for r in args.rules.split(",") if r.strip()]
        rows = sample(load(args.reports), args.seed, args.per_rule,
                      os.path.abspath(args.corpus), rules)
        with open(args.out, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, sort_keys=True) + "\n")
        print(f"{len(rows)} sampled reports -> {args.out}", file=sys.stderr)
        return 0
    if args.cmd == "split":
        halves = split(load(args.reports), args.rule, args.seed)
        for path, half in zip((args.dev, args.held), halves):
            with open(path, "w", encoding="utf-8") as f:
                for row in half:
                    f.write(json.dumps(row, sort_keys=True) + "\n")
        print(f"{len(halves[0])} development, {len(halves[1])} held out", file=sys.stderr)
        return 0
    if args.cmd == "summarize":
        rows = [r for t in args.triage for r in load(t)]
        sys.stdout.write(summarize(rows))
        return 0
    if args.cmd == "combine":
        rows, line = combine(load(args.a), load(args.b), load(args.third) if args.third else [])
        with open(args.out, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, sort_keys=True) + "\n")
        print(line)
        return 0
    if args.cmd == "doc":
        with open(DOC, encoding="utf-8") as f:
            text = f.read()
        new = render_doc(text, os.path.join(os.path.dirname(DOC), "precision"))
        if args.check:
            if new != text:
                print("docs/precision.md is out of date: run scripts/precision.py doc",
                      file=sys.stderr)
                return 1
            return 0
        if new != text:
            with open(DOC, "w", encoding="utf-8") as f:
                f.write(new)
        return 0
    if args.cmd == "rows":
        sys.stdout.write(rows_table([r for t in args.triage for r in load(t)]))
        return 0
    sys.stdout.write(diff(load(args.before), load(args.after), args.seed, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
