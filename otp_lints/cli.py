"""The ``otp-lints`` command: a thin front end over the engine."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Optional

from otp_lints import __version__
from otp_lints.config import (
    SEVERITIES,
    ConfigError,
    Settings,
    find_config,
    load_settings,
    severity_of,
)
from otp_lints.diagnostics import Diagnostic, printable, unreadable
from otp_lints.files import os_reason, read_source, replace_atomically, write_in_place
from otp_lints.formats import FORMATS, Output, write_statistics
from otp_lints.globs import compile_glob
from otp_lints.lint import (
    FileResult,
    allowlist_usage,
    directory_failure,
    iter_files,
    lint_source,
    read_failure,
)
from otp_lints.rules import all_rules, rule_for
from otp_lints.runner import Terminated, signals_unwind
from otp_lints.suppress import (
    Baseline,
    Classified,
    Layers,
    baseline_path,
    is_expired,
    load_baseline_for,
    write_baseline,
)

if TYPE_CHECKING:
    from otp_lints.newsince import Past


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _date(value: str) -> date:
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {value!r}") from None


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="otp-lints",
        description="Erlang/OTP discipline for Python concurrency code.",
    )
    parser.add_argument("--version", action="version", version=f"otp-lints {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                        help="files or directories (default: .); '-' reads standard input")
    common.add_argument("--select", type=_codes, default=None, metavar="CODES",
                        help="comma-separated codes or prefixes to enable (replaces the config)")
    common.add_argument("--ignore", type=_codes, default=(), metavar="CODES",
                        help="comma-separated codes or prefixes to disable")
    common.add_argument("--extend-select", type=_codes, default=(), metavar="CODES",
                        help="codes or prefixes to enable in addition (opt-in rules)")
    common.add_argument("--config", metavar="FILE",
                        help="pyproject.toml to read (default: nearest upward from the cwd)")
    common.add_argument("--stdin-filename", metavar="NAME",
                        help="path of the code read from '-', for config matching and output")
    common.add_argument("--force-exclude", action="store_true",
                        help="apply exclude to paths named on the command line too")
    common.add_argument("--quiet", action="store_true",
                        help="no summary or warning lines on stderr")

    check = sub.add_parser("check", parents=[common], help="lint files and directories")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--statistics", action="store_true",
                       help="print a count per rule after the diagnostics")
    check.add_argument("--fail-on", choices=SEVERITIES, default="error",
                       help="exit 1 only when a violation of this severity or a more severe "
                            "one is reported (default: error; every severity is shown)")
    check.add_argument("--baseline", metavar="FILE",
                       help="baseline file to use (default: the configured one, if it exists)")
    check.add_argument("--no-baseline", action="store_true", help="ignore any baseline")
    check.add_argument("--strict-baseline", action="store_true",
                       help="exit 1 when baselined violations are gone (ratchet)")
    check.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                       help="worker processes (default: the number of CPUs)")
    check.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the result cache (.otp-lints-cache/)")
    check.add_argument("--fix", action="store_true", help="apply safe fixes")
    check.add_argument("--unsafe-fixes", action="store_true",
                       help="with --fix or --diff, apply unsafe fixes too")
    check.add_argument("--diff", action="store_true",
                       help="print the fixes as a unified diff instead of writing them")
    check.add_argument("--add-noqa", metavar="REASON",
                       help="append `# noqa: CODE REASON` to each reported line (merged with "
                            "an existing noqa comment), then report what is left")
    check.add_argument("--expires", type=_date, metavar="YYYY-MM-DD",
                       help="with --add-noqa: the date the suppressions expire (OTP703 "
                            "reports them after it)")
    check.add_argument("--new-since", nargs="?", const="", default=None, metavar="REV",
                       help="report only violations that did not exist at the git revision "
                            "REV (default: the merge base with the default branch)")

    base = sub.add_parser("baseline", parents=[common],
                          help="record every current violation in the baseline file")
    base.add_argument("--baseline", metavar="FILE",
                      help="file to write (default: the configured one)")

    report = sub.add_parser("report", parents=[common], help="migration status report")
    report.add_argument("--format", choices=("markdown", "json"), default="markdown")
    report.add_argument("--baseline", metavar="FILE", help="baseline file to count")
    report.add_argument("--no-baseline", action="store_true", help="ignore any baseline")
    report.add_argument("--compare", metavar="OLD.json",
                        help="an earlier `report --format json`: add the change since then, "
                             "per group and rule, and the net change")
    report.add_argument("--history", metavar="FILE",
                        help="append this run's numbers to the JSON history FILE and add the "
                             "trend (Mermaid charts) and the projected date of zero")

    sub.add_parser("server", help="language server for editors (stdio; needs otp-lints[lsp])")
    sub.add_parser("rules", help="list every rule")
    rule = sub.add_parser("rule", help="show a rule's documentation")
    rule.add_argument("code", metavar="CODE", help="a rule code (OTP301) or name")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    if args.config:
        if not os.path.isfile(args.config):
            raise ConfigError(f"--config: no such file: {args.config}")
        settings = load_settings(args.config)
    else:
        settings = load_settings(find_config(os.getcwd()))
    return settings.with_overrides(
        select=args.select, ignore=args.ignore, extend_select=args.extend_select
    )


class Fixer:
    """--fix / --diff: fix each file, then report what is left."""

    def __init__(self, args: argparse.Namespace, settings: Settings, layers: Layers) -> None:
        self.args = args
        self.settings = settings
        self.layers = layers
        self.n_fixed = 0
        self.n_files_fixed = 0
        self.diffs: list[str] = []
        self.stdin_output: Optional[bytes] = None

    def __call__(self, path: str, source: bytes, is_stdin: bool = False) -> FileResult:
        from otp_lints.fix import fix_source, unified_diff

        def relint(src: bytes) -> list[Diagnostic]:
            return lint_source(src, path, self.settings, self.layers).diagnostics

        outcome = fix_source(path, source, relint, unsafe=self.args.unsafe_fixes)
        if outcome.skipped and not self.args.quiet:
            _warn(f"{printable(path)}: fixes skipped: {outcome.skipped}")
        final = source
        if outcome.changed:
            if self.args.diff:
                self.diffs.append(unified_diff(path, source, outcome.fixed))
            elif is_stdin:
                final = outcome.fixed
            else:
                problem = write_in_place(path, source, outcome.fixed)
                if problem is None:
                    final = outcome.fixed
                elif not self.args.quiet:
                    _warn(f"{printable(path)}: {problem}; not fixed")
            if final is outcome.fixed or self.args.diff:
                self.n_fixed += outcome.n_fixed
                self.n_files_fixed += 1
        if is_stdin:
            self.stdin_output = final
        return lint_source(final, path, self.settings, self.layers)


def run_files(args: argparse.Namespace, settings: Settings, layers: Layers,
              fixer: Optional[Fixer] = None) -> list[FileResult]:
    """Lint (and with a fixer, fix) every file the arguments name."""
    results: list[FileResult] = []
    file_paths = [p for p in args.paths if p != "-"]
    if "-" in args.paths:
        source = sys.stdin.buffer.read()
        name = args.stdin_filename or "-"
        if (args.force_exclude and args.stdin_filename
                and settings.is_excluded(settings.relpath(name))):
            # As ruff: an excluded --stdin-filename is not checked (and --fix echoes it).
            if fixer is not None:
                fixer.stdin_output = source
        elif fixer is not None:
            results.append(fixer(name, source, is_stdin=True))
        else:
            results.append(lint_source(source, name, settings, layers))
    missing = [p for p in file_paths if not os.path.exists(p) and not os.path.islink(p)]
    for p in missing:
        results.append(FileResult(p, [unreadable(p, "no such file or directory")]))
    existing = [p for p in file_paths if p not in missing]
    unlisted: list[tuple[str, OSError]] = []
    files = list(iter_files(existing, settings, force_exclude=args.force_exclude,
                            errors=unlisted))
    results.extend(directory_failure(d, exc, layers) for d, exc in unlisted)
    if not files:
        return results
    if fixer is None:
        from otp_lints.runner import lint_files

        jobs = getattr(args, "jobs", None) or os.cpu_count() or 1
        use_cache = not getattr(args, "no_cache", True)
        results.extend(lint_files(files, settings, layers, jobs, use_cache))
        return results
    for path in files:
        try:
            source = read_source(path)
        except OSError as exc:
            results.append(read_failure(path, exc, layers))
            continue
        results.append(fixer(path, source))
    return results


def _warn(message: str) -> None:
    print(f"otp-lints: warning: {message}", file=sys.stderr)


def allowlist_warnings(settings: Settings, results: list[FileResult], today: date) -> list[str]:
    """Expired entries, and entries that allowed nothing in this run."""
    used = allowlist_usage(results)
    out = []
    for entry in settings.allow:
        rules = ",".join(entry.rules)
        where = ", ".join((*entry.paths, *entry.modules))
        if is_expired(entry, today):
            assert entry.expires is not None
            out.append(f"allowlist entry {entry.index} ({rules} in {where}) expired on "
                       f"{entry.expires.isoformat()}; its violations are reported again")
        elif not used[entry.index]:
            out.append(f"allowlist entry {entry.index} ({rules} in {where}) allowed nothing "
                       "in this run; remove it if the code is fixed")
    return out


def per_file_ignore_warnings(groups: Sequence[tuple[Settings, Sequence[Classified]]],
                             walked: Sequence[str] = ()) -> list[str]:
    """``per-file-ignores`` entries (a pattern and one of its codes) that
    suppressed nothing (SPEC 7.5), judged as the allowlist is: only when the run
    checked a file the pattern matches with the code selected there before the
    entry turned it off, or walked the config's whole tree (a directory in
    ``walked`` holds its root) with the code selected, where a pattern matching
    no file at all is stale. ``groups``: each config with the classified files
    it applied to."""
    configs = {s.config_path for s, _ in groups if s.per_file_ignores}
    out = []
    for settings, classified in groups:
        if not settings.per_file_ignores:
            continue
        used: Counter[tuple[int, str]] = Counter()
        checked = []
        for c in classified:
            used.update(c.ignores_used)
            if c.relpath != "-":
                checked.append(c.relpath)
        selected = settings.enabled_codes
        whole_tree = any(settings.root == w or settings.root.startswith(w.rstrip(os.sep) + os.sep)
                         for w in walked)
        where_config = f" of {settings.config_path}" if len(configs) > 1 else ""
        for i, (pattern, codes) in enumerate(settings.per_file_ignores):
            matched = whole_tree or any(compile_glob(pattern).match(rel) for rel in checked)
            if not matched:
                continue
            for code in codes:
                if used[(i, code)] or not any(c.startswith(code) for c in selected):
                    continue
                out.append(f"per-file-ignores {json.dumps(pattern)}{where_config} = {code} "
                           "suppressed nothing in this run; remove it if the code is fixed")
    return out


def fixed_baseline_entries(
    baseline: Baseline, results: list[FileResult], settings: Settings
) -> int:
    """Baselined violations that no longer occur: in the files this run checked,
    and every entry of a file that no longer exists (SPEC 7.5)."""
    checked = {r.classified.relpath for r in results if r.classified is not None}
    used: Counter[tuple[str, str, str]] = Counter()
    for r in results:
        if r.classified is not None:
            used.update(r.classified.baseline_used)
    gone = _deleted_paths(baseline, checked, settings)
    return sum(
        n - used[key] for key, n in baseline.counts.items()
        if (key[0] in checked or key[0] in gone) and n > used[key]
    )


def _deleted_paths(baseline: Baseline, checked: set[str], settings: Settings) -> set[str]:
    """The baseline's files, not checked in this run, that no longer exist."""
    paths = {key[0] for key in baseline.counts} - checked - {"-"}
    return {p for p in paths if not os.path.lexists(os.path.join(settings.root, p))}


def fails(diags: Sequence[Diagnostic], severity: Callable[[Diagnostic], str], bar: str) -> bool:
    """``--fail-on BAR`` (SPEC 7.4): whether a diagnostic of severity ``bar`` or
    a more severe one is reported."""
    worst = SEVERITIES.index(bar)
    return any(SEVERITIES.index(severity(d)) <= worst for d in diags)


def severity_summary(diags: Sequence[Diagnostic], severity: Callable[[Diagnostic], str],
                     failing: bool, bar: str) -> str:
    """The summary line's tail when not every violation is an error: the count
    per severity, and why the run passes when nothing reaches the bar."""
    counts = Counter(severity(d) for d in diags)
    if set(counts) == {"error"}:
        return ""
    words = {"error": "error", "warning": "warning", "info": "info"}
    parts = [f"{counts[s]} {words[s]}{'s' if counts[s] != 1 and s != 'info' else ''}"
             for s in SEVERITIES if counts[s]]
    tail = "" if failing else f"; none at or above --fail-on {bar}"
    return f": {', '.join(parts)}{tail}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class NoqaAdder:
    """``--add-noqa REASON [--expires DATE]``: a noqa comment on each reported line,
    written as ``--fix`` writes (never over a file that changed since it was read),
    then the file linted again, so what is left is what the run reports."""

    def __init__(self, args: argparse.Namespace, settings: Settings, layers: Layers,
                 past: Optional[Past]) -> None:
        self.args = args
        self.settings = settings
        self.layers = layers
        self.past = past
        self.reason: str = args.add_noqa
        self.expires: Optional[date] = args.expires
        self.diffs: list[str] = []
        self.n_added = self.n_lines = self.n_files = 0

    def run(self, results: list[FileResult]) -> list[FileResult]:
        return [self.one(r) for r in results]

    def one(self, r: FileResult) -> FileResult:
        from otp_lints.addnoqa import add_noqa, is_addable
        from otp_lints.fix import unified_diff

        if not any(is_addable(d) for d in r.diagnostics):
            return r
        try:
            source = read_source(r.path)
        except OSError as exc:
            self._skip(r.path, f"cannot read the file: {os_reason(exc)}")
            return r
        # Only what this run reported on these very bytes (a file edited since it
        # was linted keeps its comments out of the wrong lines).
        now = {_where(d) for d in lint_source(source, r.path, self.settings,
                                               self.layers).diagnostics}
        wanted = [d for d in r.diagnostics if _where(d) in now]
        if len(wanted) < len(r.diagnostics):
            self._skip(r.path, "the file changed while it was checked; run again")
        outcome = add_noqa(source, wanted, self.reason, self.expires)
        for d, why in outcome.skipped:
            if is_addable(d):
                self._skip(f"{d.path}:{d.line}", f"{d.code} left alone: {why}")
        if not outcome.lines:
            return r
        if self.args.diff:
            self.diffs.append(unified_diff(r.path, source, outcome.source))
        else:
            problem = write_in_place(r.path, source, outcome.source)
            if problem is not None:
                self._skip(r.path, problem)
                return r
        self.n_added += len(outcome.added)
        self.n_lines += outcome.lines
        self.n_files += 1
        if self.args.diff:
            return r
        result = lint_source(outcome.source, r.path, self.settings, self.layers)
        if self.past is not None:
            from otp_lints.newsince import only_new

            result = only_new(self.past, [result], lambda _path: self.layers)[0][0]
        return result

    def _skip(self, where: str, why: str) -> None:
        if not self.args.quiet:
            _warn(f"{where}: {why}")


def _where(d: Diagnostic) -> tuple[int, int, str, str]:
    return (d.line, d.col, d.code, d.message)


def new_since_past(args: argparse.Namespace) -> Past:
    """The revision ``--new-since`` names, resolved before any file is linted. A
    bare ``--new-since`` followed by a path (``--new-since src``) takes the path
    as a path when it names no revision."""
    from otp_lints.newsince import Past, is_revision, work_tree

    paths = [p for p in args.paths if p != "-"]
    first = paths[0] if paths else "."
    directory = first if os.path.isdir(first) else os.path.dirname(first) or "."
    rev = args.new_since
    if rev and os.path.exists(rev) and not is_revision(work_tree(directory), rev):
        args.paths = [rev] if args.paths == ["."] else [rev, *args.paths]
        directory = rev if os.path.isdir(rev) else os.path.dirname(rev) or "."
        rev = ""
    return Past.at(os.path.abspath(directory), rev)


def cmd_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    baseline = load_baseline_for(settings, args.baseline, args.no_baseline)
    layers = Layers(settings, baseline=baseline)
    past = new_since_past(args) if args.new_since is not None else None
    fixer = Fixer(args, settings, layers) if (args.fix or args.diff) else None
    results = run_files(args, settings, layers, fixer)
    n_old = 0
    if past is not None:
        from otp_lints.newsince import only_new

        results, n_old = only_new(past, results, lambda _path: layers)
    if args.add_noqa is not None:
        adder = NoqaAdder(args, settings, layers, past)
        results = adder.run(results)
        if args.diff:
            for diff in adder.diffs:
                sys.stdout.write(diff)
            if not args.quiet:
                print(f"Would add noqa comments for {_plural(adder.n_added, 'violation')} in "
                      f"{_plural(len(adder.diffs), 'file')}.", file=sys.stderr)
            return 1 if adder.diffs else 0
    diags = sorted((d for r in results for d in r.diagnostics), key=Diagnostic.sort_key)
    out = sys.stdout
    if fixer is not None and args.diff:
        for diff in fixer.diffs:
            out.write(diff)
        if not args.quiet:
            n = fixer.n_fixed
            print(f"Would fix {n} violation{'' if n == 1 else 's'} in {len(fixer.diffs)} "
                  f"file{'' if len(fixer.diffs) == 1 else 's'}.", file=sys.stderr)
        return 1 if fixer.diffs else 0
    if fixer is not None and fixer.stdin_output is not None:
        # Like ruff: with --fix on stdin, the fixed source is the output.
        sys.stdout.flush()
        sys.stdout.buffer.write(fixer.stdin_output)
        sys.stdout.flush()
        out = sys.stderr

    def severity(d: Diagnostic) -> str:
        return severity_of(settings, d.code)

    FORMATS[args.format](diags, out, Output(severity=severity))
    if args.statistics:
        write_statistics(diags, out)
    failing = fails(diags, severity, args.fail_on)
    status = 1 if failing else 0
    if fixer is not None and not args.quiet and fixer.n_fixed:
        n = fixer.n_fixed
        print(f"Fixed {n} violation{'' if n == 1 else 's'} in {fixer.n_files_fixed} "
              f"file{'' if fixer.n_files_fixed == 1 else 's'}.", file=sys.stderr)
    fixed = fixed_baseline_entries(baseline, results, settings) if baseline is not None else 0
    if fixed and args.strict_baseline:
        status = 1
    if not args.quiet:
        for warning in allowlist_warnings(settings, results, layers.today):
            _warn(warning)
        walked = [os.path.abspath(p) for p in args.paths if p != "-" and os.path.isdir(p)]
        for warning in per_file_ignore_warnings(
                [(settings, [r.classified for r in results if r.classified is not None])],
                walked):
            _warn(warning)
        if fixed:
            _warn(f"{fixed} baselined violation{'s are' if fixed != 1 else ' is'} fixed; "
                  "rerun `otp-lints baseline` to tighten")
        if args.add_noqa is not None:
            print(f"Added noqa comments for {_plural(adder.n_added, 'violation')} on "
                  f"{_plural(adder.n_lines, 'line')} in {_plural(adder.n_files, 'file')}.",
                  file=sys.stderr)
        if past is not None:
            print(f"New since {past.label} ({past.commit[:12]}): {n_old} "
                  f"violation{'' if n_old == 1 else 's'} that existed then not shown.",
                  file=sys.stderr)
        files = len({d.path for d in diags})
        if diags:
            plural = "" if len(diags) == 1 else "s"
            print(f"Found {len(diags)} violation{plural} in {files} file"
                  f"{'' if files == 1 else 's'} ({len(results)} checked)"
                  f"{severity_summary(diags, severity, failing, args.fail_on)}.",
                  file=sys.stderr)
        else:
            print(f"All checks passed ({len(results)} files checked).", file=sys.stderr)
    return status


def cmd_baseline(args: argparse.Namespace) -> int:
    """Write every current violation (after noqa and allowlist) to the baseline.

    With PATHs, entries of files outside them are kept, so a partial run never
    drops other files' entries.
    """
    settings = _settings(args)
    target = args.baseline or baseline_path(settings)
    layers = Layers(settings, baseline=None)
    results = run_files(args, settings, layers)
    counts: Counter[tuple[str, str, str]] = Counter()
    texts: dict[tuple[str, str, str], str] = {}
    checked = set()
    for r in results:
        if r.classified is None:
            continue
        checked.add(r.classified.relpath)
        for _diag, key, text in r.classified.keys:
            counts[key] += 1
            texts[key] = text
    kept = dropped = 0
    if os.path.isfile(target):
        old = Baseline.load(target)
        gone = _deleted_paths(old, checked, settings)
        for key, n in old.counts.items():
            if key[0] in gone:
                dropped += n  # the file is deleted: its entries are fixed
            elif key[0] not in checked:
                counts[key] += n
                texts[key] = old.texts.get(key, "")
                kept += n
    try:
        write_baseline(target, counts, texts)
    except OSError as exc:
        print(f"otp-lints: error: cannot write the baseline {target}: {os_reason(exc)}",
              file=sys.stderr)
        return 2
    if not args.quiet:
        total = sum(counts.values())
        note = f", {kept} kept from files not checked this run" if kept else ""
        if dropped:
            note += f", {dropped} dropped with their deleted files"
        print(f"Wrote {total} baselined violation{'' if total == 1 else 's'} "
              f"({len(counts)} entries{note}) to {target}", file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from otp_lints.report import build_report, render_json, render_markdown

    settings = _settings(args)
    baseline = load_baseline_for(settings, args.baseline, args.no_baseline)
    layers = Layers(settings, baseline=baseline)
    results = run_files(args, settings, layers)
    data = build_report(settings, results, layers.today)
    add_progress(data, args.compare, args.history)
    sys.stdout.write(render_json(data) if args.format == "json" else render_markdown(data))
    return 0


def write_text_atomically(path: str, text: str, option: str) -> None:
    """A file of otp-lints' own (the history): temp file + rename; exit 2 on failure."""
    try:
        replace_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{option}: cannot write {path}: {os_reason(exc)}") from None


def add_progress(data: dict[str, Any], compare_to: Optional[str], history: Optional[str]) -> None:
    """``--compare``: the changes since an earlier report; ``--history``: this run's
    numbers appended to the history file, and the trend (SPEC 7.5)."""
    from otp_lints import progress

    if compare_to is not None:
        data["compare"] = progress.compare(data, progress.load_report(compare_to))
    if history is not None:
        points = progress.add_point(progress.load_history(history), progress.history_point(data))
        write_text_atomically(history, progress.history_document(points), "--history")
        data["history"] = points
        data["trend"] = progress.trend(points)


def cmd_rules(args: argparse.Namespace) -> int:
    rows = [("code", "name", "default", "fixable")]
    for code, cls in all_rules().items():
        rows.append((code, cls.name, "on" if cls.default_on else "opt-in", cls.fix_safety or "-"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    return 0


def cmd_rule(args: argparse.Namespace) -> int:
    from otp_lints.docgen import rule_page

    cls = rule_for(args.code)
    if cls is None:
        print(f"otp-lints: error: unknown rule {args.code!r} (see `otp-lints rules`)",
              file=sys.stderr)
        return 2
    sys.stdout.write(rule_page(cls))
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    try:
        from otp_lints.server import main as serve
    except ImportError as exc:
        if (exc.name or "").partition(".")[0] not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        print("otp-lints: error: `otp-lints server` needs the lsp extra: "
              "pip install 'otp-lints[lsp]'", file=sys.stderr)
        return 2
    return serve()


COMMANDS = {
    "check": cmd_check, "baseline": cmd_baseline, "report": cmd_report,
    "rules": cmd_rules, "rule": cmd_rule, "server": cmd_server,
}


def _check_noqa_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    from otp_lints.addnoqa import ReasonError, check_reason

    if args.add_noqa is None:
        if args.expires is not None:
            parser.error("check: --expires needs --add-noqa")
        return
    try:
        args.add_noqa = check_reason(args.add_noqa)
    except ReasonError as exc:
        parser.error(f"check: {exc}")
    if args.fix:
        parser.error("check: --add-noqa cannot be combined with --fix (fix first, then add)")
    if "-" in args.paths:
        parser.error("check: --add-noqa writes files; it cannot read standard input")
    if args.expires is not None and args.expires < date.today():
        parser.error(f"check: --expires {args.expires.isoformat()} is in the past")


def paths_never_options(argv: Sequence[str]) -> list[str]:
    """An argument that names an existing file is a path, whatever it looks like:
    pre-commit passes staged files after the hook's options, so a file named
    ``--config=x.py`` must not configure the run (SPEC 7.3). It is passed on
    as ``./--config=x.py`` (and shown as the file's own name)."""
    out = list(argv)
    for i, arg in enumerate(out):
        if arg == "--":
            break
        if i and arg.startswith("-") and arg != "-" and os.path.lexists(arg):
            out[i] = os.path.join(os.curdir, arg)
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(paths_never_options(sys.argv[1:] if argv is None else argv))
    if args.command == "check":
        _check_noqa_options(parser, args)
    try:
        with signals_unwind():
            return COMMANDS[args.command](args)
    except ConfigError as exc:
        print(f"otp-lints: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Terminated as exc:
        return 128 + exc.signum
    except BrokenPipeError:
        return 1
    except Exception as exc:  # noqa: OTP501 the CLI's boundary: one clear line and exit 2
        print(f"otp-lints: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
