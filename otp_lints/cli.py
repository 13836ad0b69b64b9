"""The ``otp-lints`` command: a thin front end over the engine."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Optional

from otp_lints import __version__
from otp_lints.config import ConfigError, Settings, find_config, load_settings
from otp_lints.diagnostics import Diagnostic, printable, unreadable
from otp_lints.files import os_reason, read_source, write_in_place
from otp_lints.formats import FORMATS, write_statistics
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
    Layers,
    baseline_path,
    is_expired,
    load_baseline_for,
    write_baseline,
)


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


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

    base = sub.add_parser("baseline", parents=[common],
                          help="record every current violation in the baseline file")
    base.add_argument("--baseline", metavar="FILE",
                      help="file to write (default: the configured one)")

    report = sub.add_parser("report", parents=[common], help="migration status report")
    report.add_argument("--format", choices=("markdown", "json"), default="markdown")
    report.add_argument("--baseline", metavar="FILE", help="baseline file to count")
    report.add_argument("--no-baseline", action="store_true", help="ignore any baseline")

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


def cmd_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    baseline = load_baseline_for(settings, args.baseline, args.no_baseline)
    layers = Layers(settings, baseline=baseline)
    fixer = Fixer(args, settings, layers) if (args.fix or args.diff) else None
    results = run_files(args, settings, layers, fixer)
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
    FORMATS[args.format](diags, out)
    if args.statistics:
        write_statistics(diags, out)
    status = 1 if diags else 0
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
        if fixed:
            _warn(f"{fixed} baselined violation{'s are' if fixed != 1 else ' is'} fixed; "
                  "rerun `otp-lints baseline` to tighten")
        files = len({d.path for d in diags})
        if diags:
            plural = "" if len(diags) == 1 else "s"
            print(f"Found {len(diags)} violation{plural} in {files} file"
                  f"{'' if files == 1 else 's'} ({len(results)} checked).", file=sys.stderr)
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
    sys.stdout.write(render_json(data) if args.format == "json" else render_markdown(data))
    return 0


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
