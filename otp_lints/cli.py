"""The ``otp-lints`` command: a thin front end over the engine.

Each file is linted with the config that applies to it (``discovery.py``):
the nearest pyproject.toml with ``[tool.otp-lints]`` at or above it, or the
one ``--config`` names; the command line's selection and excludes apply over
every config. Where SPEC 7.3 is silent, options behave as ruff's do.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Callable, Optional, TextIO

from otp_lints import __version__
from otp_lints.config import DEFAULT_EXCLUDE, ConfigError, Overrides, Settings
from otp_lints.diagnostics import Diagnostic, printable, unreadable
from otp_lints.discovery import Discovery
from otp_lints.files import os_reason, read_source, write_in_place
from otp_lints.formats import (
    FORMATS,
    HUMAN_FORMATS,
    Output,
    fixable_hint,
    use_color,
    write_statistics,
)
from otp_lints.lint import FileResult, directory_failure, lint_source, read_failure
from otp_lints.rules import GROUPS, all_rules, rule_for
from otp_lints.runner import Terminated, signals_unwind
from otp_lints.suppress import (
    Baseline,
    Layers,
    baseline_path,
    classify,
    entry_matches_file,
    is_expired,
    load_baseline_for,
    module_names,
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


def _list(value: str) -> tuple[str, ...]:
    """A comma-separated list (codes keep their case: see config.selector_error)."""
    return tuple(c.strip() for c in value.split(",") if c.strip())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="otp-lints",
        description="Erlang/OTP discipline for Python concurrency code.",
    )
    parser.add_argument("--version", action="version", version=f"otp-lints {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="*", default=None, metavar="PATH",
                        help="files or directories (default: .); '-' reads standard input")
    common.add_argument("--select", type=_list, default=None, metavar="CODES",
                        help="comma-separated codes or prefixes to enable (replaces the config)")
    common.add_argument("--ignore", type=_list, default=(), metavar="CODES",
                        help="comma-separated codes or prefixes to disable")
    common.add_argument("--extend-select", type=_list, default=(), metavar="CODES",
                        help="codes or prefixes to enable in addition (opt-in rules)")
    common.add_argument("--exclude", type=_list, default=None, metavar="GLOBS",
                        help="globs to exclude, replacing the configured `exclude` "
                             "(the built-in defaults stay)")
    common.add_argument("--extend-exclude", type=_list, default=(), metavar="GLOBS",
                        help="globs to exclude in addition to the configured ones")
    common.add_argument("--config", metavar="FILE",
                        help="pyproject.toml to use for every file (default: for each file, "
                             "the nearest one at or above it with [tool.otp-lints])")
    common.add_argument("--stdin-filename", metavar="NAME",
                        help="path of the code read from '-', for config matching and output")
    common.add_argument("--force-exclude", action="store_true",
                        help="apply exclude to paths named on the command line too")
    common.add_argument("-q", "--quiet", action="store_true",
                        help="no summary or warning lines on stderr")

    check = sub.add_parser("check", parents=[common], help="lint files and directories")
    check.add_argument("--format", "--output-format", dest="format", choices=list(FORMATS),
                       default="text", help="output format (default: text)")
    check.add_argument("-o", "--output-file", metavar="FILE",
                       help="write the diagnostics to FILE instead of standard output")
    check.add_argument("--statistics", action="store_true",
                       help="a count per rule (after the diagnostics in text format, "
                            "else on stderr)")
    check.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when violations are reported")
    check.add_argument("--baseline", metavar="FILE",
                       help="baseline file to use (default: the configured one, if it exists)")
    check.add_argument("--no-baseline", action="store_true", help="ignore any baseline")
    check.add_argument("--strict-baseline", action="store_true",
                       help="exit 1 when baselined violations are gone (ratchet)")
    check.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                       help="worker processes (default: the number of CPUs)")
    check.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the result cache (.otp-lints-cache/)")
    check.add_argument("--fix", action="store_true", help="apply safe fixes")
    check.add_argument("--unsafe-fixes", action="store_true",
                       help="with --fix or --diff, apply unsafe fixes too")
    check.add_argument("--diff", action="store_true",
                       help="print the fixes as a unified diff instead of writing them")
    check.add_argument("--show-settings", action="store_true",
                       help="print the settings for the first path and the config file "
                            "they come from, then exit")
    check.add_argument("--show-files", action="store_true",
                       help="print the files that would be checked, then exit")

    base = sub.add_parser("baseline", parents=[common],
                          help="record every current violation in the baseline file")
    base.add_argument("--baseline", metavar="FILE",
                      help="file to write (default: the configured one)")

    report = sub.add_parser("report", parents=[common], help="migration status report")
    report.add_argument("--format", choices=("markdown", "json"), default="markdown")
    report.add_argument("--baseline", metavar="FILE", help="baseline file to count")
    report.add_argument("--no-baseline", action="store_true", help="ignore any baseline")

    sub.add_parser("server", help="language server for editors (stdio; needs otp-lints[lsp])")
    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--format", "--output-format", dest="format", choices=("text", "json"),
                       default="text")
    rule = sub.add_parser("rule", help="show a rule's documentation")
    rule.add_argument("code", metavar="CODE", help="a rule code (OTP301) or name")
    return parser


# ---------------------------------------------------------------------------
# Paths never act as options
# ---------------------------------------------------------------------------
_PATH_COMMANDS = ("check", "baseline", "report")


def _split_paths(parser: argparse.ArgumentParser, argv: list[str]
                 ) -> tuple[list[str], list[str]]:
    """(the arguments for argparse, the paths kept away from it).

    A path on the command line never acts as an option (SPEC 7.3): everything
    after ``--`` is a path, and so is an argument starting with ``-`` that names
    an existing file or directory (pre-commit passes a staged file named
    ``--config=x.py`` as it is), unless it is the value of the option before it.
    """
    command_at = next((i for i, a in enumerate(argv) if not a.startswith("-")), None)
    if command_at is None or argv[command_at] not in _PATH_COMMANDS:
        return argv, []
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    takes_value = {
        opt for action in sub.choices[argv[command_at]]._actions
        if action.nargs != 0 for opt in action.option_strings
    }
    kept, paths = argv[:command_at + 1], []
    rest = argv[command_at + 1:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        if arg == "--":
            paths.extend(rest[i + 1:])
            break
        value_of_previous = i > 0 and rest[i - 1] in takes_value and kept[-1] == rest[i - 1]
        if (arg.startswith("-") and arg != "-" and not value_of_previous
                and os.path.lexists(arg)):
            paths.append(arg)
        else:
            kept.append(arg)
        i += 1
    return kept, paths


# ---------------------------------------------------------------------------
# A run: configs, suppression layers, files
# ---------------------------------------------------------------------------
class Run:
    """The per-run state of a command over files: where configs and files are
    found, and each config's suppression layers (its allowlist and baseline)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        if args.config and not os.path.isfile(args.config):
            raise ConfigError(f"--config: no such file: {args.config}")
        overrides = Overrides(select=args.select, ignore=args.ignore,
                              extend_select=args.extend_select, exclude=args.exclude,
                              extend_exclude=args.extend_exclude)
        self.discovery = Discovery(args.config, overrides)
        self.today = date.today()
        self.use_baseline = True
        self._layers: dict[Settings, Layers] = {}  # Settings hash by identity
        self._baselines: dict[str, Optional[Baseline]] = {}
        #: the bytes read from standard input, for the full format's frame
        self.stdin_source: Optional[bytes] = None

    def baseline_for(self, settings: Settings) -> Optional[Baseline]:
        override = getattr(self.args, "baseline", None)
        disabled = getattr(self.args, "no_baseline", False) or not self.use_baseline
        key = "" if disabled else (override or baseline_path(settings))
        if key not in self._baselines:
            self._baselines[key] = load_baseline_for(settings, override, disabled)
        return self._baselines[key]

    def layers_for(self, settings: Settings) -> Layers:
        layers = self._layers.get(settings)
        if layers is None:
            layers = self._layers[settings] = Layers(
                settings, baseline=self.baseline_for(settings), today=self.today)
        return layers

    @property
    def paths(self) -> list[str]:
        return list(self.args.paths) if self.args.paths else ["."]

    def first_settings(self) -> Settings:
        """The settings for the first path (``--show-settings``, the report)."""
        first = self.paths[0]
        if first == "-":
            return self.discovery.settings_for(self.args.stdin_filename or "-")
        if os.path.isdir(first):
            return self.discovery.settings_for_dir(first)
        return self.discovery.settings_for(first)

    def files(self, errors: Optional[list[tuple[str, OSError]]] = None
              ) -> list[tuple[str, Settings]]:
        """(path, settings) of every file to check; a directory that cannot be
        listed goes to ``errors`` with the reason."""
        existing = [p for p in self.paths if p != "-" and os.path.lexists(p)]
        return list(self.discovery.iter_files(existing, force_exclude=self.args.force_exclude,
                                              errors=errors))

    def stdin_excluded(self, name: str, settings: Settings) -> bool:
        """``--force-exclude`` applies to ``--stdin-filename`` too (as in ruff)."""
        return (self.args.force_exclude and self.args.stdin_filename is not None
                and self.discovery.is_excluded(name, settings))


class Fixer:
    """--fix / --diff: fix each file, then report what is left."""

    def __init__(self, args: argparse.Namespace, run: Run) -> None:
        self.args = args
        self.run = run
        self.n_fixed = 0
        self.n_files_fixed = 0
        self.diffs: list[str] = []
        self.stdin_output: Optional[bytes] = None

    def __call__(self, path: str, source: bytes, settings: Settings,
                 is_stdin: bool = False) -> FileResult:
        from otp_lints.fix import fix_source, unified_diff

        layers = self.run.layers_for(settings)

        def relint(src: bytes) -> list[Diagnostic]:
            return lint_source(src, path, settings, layers).diagnostics

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
            self.run.stdin_source = final
        return lint_source(final, path, settings, layers)


def run_files(run: Run, fixer: Optional[Fixer] = None) -> list[FileResult]:
    """Lint (and with a fixer, fix) every file the arguments name."""
    args = run.args
    results: list[FileResult] = []
    paths = run.paths
    if "-" in paths:
        source = sys.stdin.buffer.read()
        run.stdin_source = source
        name = args.stdin_filename or "-"
        settings = run.discovery.settings_for(name)
        if run.stdin_excluded(name, settings):
            # As ruff: an excluded --stdin-filename is not checked (and --fix echoes it).
            if fixer is not None:
                fixer.stdin_output = source
        elif fixer is not None:
            results.append(fixer(name, source, settings, is_stdin=True))
        else:
            results.append(lint_source(source, name, settings, run.layers_for(settings)))
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    for p in missing:
        layers = run.layers_for(run.discovery.settings_for(p))
        results.append(FileResult.from_classified(
            p, classify([unreadable(p, "no such file or directory")], None, p, layers)))
    unlisted: list[tuple[str, OSError]] = []
    files = run.files(unlisted)
    results.extend(directory_failure(d, exc, run.layers_for(run.discovery.settings_for(d)))
                   for d, exc in unlisted)
    if not files:
        return results
    if fixer is None:
        from otp_lints.runner import lint_files

        jobs = getattr(args, "jobs", None) or os.cpu_count() or 1
        use_cache = not getattr(args, "no_cache", True)
        results.extend(lint_files(files, run.layers_for, jobs, use_cache))
        return results
    for path, settings in files:
        try:
            source = read_source(path)
        except OSError as exc:
            results.append(read_failure(path, exc, run.layers_for(settings)))
            continue
        results.append(fixer(path, source, settings))
    return results


def _warn(message: str) -> None:
    print(f"otp-lints: warning: {message}", file=sys.stderr)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def allowlist_warnings(results: list[FileResult], today: date,
                       walked: Sequence[str] = ()) -> list[str]:
    """Expired entries, and entries that allowed nothing, judged only where this
    run could tell (SPEC 7.5): an entry is judged when the run checked a file it
    matches (by path or module) with one of its rules selected there, or when
    the run walked the config's whole tree (a directory ``walked`` holds its
    root) with one of its rules selected, where an entry matching no file at all
    is stale. A pre-commit or editor run on a few files never calls the other
    files' entries unused. Entries are numbered from 1, as in the config."""
    by_settings: dict[Settings, list[FileResult]] = {}
    for r in results:
        c = r.classified
        if c is not None and c.settings is not None and c.settings.allow:
            by_settings.setdefault(c.settings, []).append(r)
    configs = {s.config_path for s in by_settings}
    out = []
    for settings, group in by_settings.items():
        used: Counter[int] = Counter()
        checked = []
        for r in group:
            assert r.classified is not None
            used.update(r.classified.allow_used)
            if r.classified.relpath != "-":
                checked.append(r.classified.relpath)
        modules = {rel: module_names(rel, settings) for rel in checked}
        where_config = f" of {settings.config_path}" if len(configs) > 1 else ""
        whole_tree = any(settings.root == w or settings.root.startswith(w.rstrip(os.sep) + os.sep)
                         for w in walked)
        for entry in settings.allow:
            judged = any(
                entry_matches_file(entry, rel, modules[rel])
                and any(code.startswith(entry.rules) for code in settings.codes_for(rel))
                for rel in checked
            ) or (whole_tree and any(code.startswith(entry.rules)
                                     for code in settings.enabled_codes))
            if not judged:
                continue
            rules = ",".join(entry.rules)
            where = ", ".join((*entry.paths, *entry.modules))
            label = f"allowlist entry {entry.index + 1}{where_config} ({rules} in {where})"
            if is_expired(entry, today):
                assert entry.expires is not None
                out.append(f"{label} expired on {entry.expires.isoformat()}; "
                           "its violations are reported again")
            elif not used[entry.index]:
                out.append(f"{label} allowed nothing in this run; "
                           "remove it if the code is fixed")
    return out


def fixed_baseline_entries(run: Run, results: list[FileResult]) -> int:
    """Baselined violations that no longer occur, per baseline file: in the files
    this run checked, and every entry of a file that no longer exists (SPEC 7.5)."""
    by_baseline: dict[int, tuple[Baseline, str, set[str], Counter[tuple[str, str, str]]]] = {}
    for r in results:
        c = r.classified
        if c is None or c.settings is None:
            continue
        baseline = run.baseline_for(c.settings)
        if baseline is None:
            continue
        _, _, checked, used = by_baseline.setdefault(
            id(baseline), (baseline, c.settings.root, set(), Counter()))
        checked.add(c.relpath)
        used.update(c.baseline_used)
    total = 0
    for baseline, root, checked, used in by_baseline.values():
        gone = _deleted_paths(baseline, checked, root)
        total += sum(n - used[key] for key, n in baseline.counts.items()
                     if (key[0] in checked or key[0] in gone) and n > used[key])
    return total


def _deleted_paths(baseline: Baseline, checked: set[str], root: str) -> set[str]:
    """The baseline's files, not checked in this run, that no longer exist
    (paths relative to ``root``, the root of the config the baseline belongs to)."""
    paths = {key[0] for key in baseline.counts} - checked - {"-"}
    return {p for p in paths if not os.path.lexists(os.path.join(root, p))}


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------
@contextlib.contextmanager
def _output(args: argparse.Namespace) -> Iterator[TextIO]:
    if not getattr(args, "output_file", None):
        yield sys.stdout
        return
    try:
        f = open(args.output_file, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as exc:
        raise ConfigError(f"--output-file: cannot write {args.output_file}: "
                          f"{exc.strerror or exc}") from None
    with f:
        yield f


def _lines_reader(run: Run) -> Callable[[str], Optional[Sequence[str]]]:
    from otp_lints.source import source_lines

    def lines_for(path: str) -> Optional[Sequence[str]]:
        try:
            if path == (run.args.stdin_filename or "-") and run.stdin_source is not None:
                source = run.stdin_source
            else:
                source = read_source(path)  # never a FIFO or a device
            return source_lines(source)
        except (OSError, ValueError, SyntaxError, UnicodeError):
            return None

    return lines_for


def _project_root(run: Run) -> str:
    """What SARIF and GitLab paths are relative to: the git work tree holding the
    first path, else the root of its config (never the working directory as
    such, so the same files give the same document from anywhere)."""
    first = run.paths[0]
    if first == "-":
        first = run.args.stdin_filename or os.path.join(os.getcwd(), "-")
    path = os.path.abspath(first)
    directory = path if os.path.isdir(path) else os.path.dirname(path)
    return run.discovery.gitignores.work_tree(directory) or run.first_settings().root


def show_settings(run: Run, out: TextIO) -> None:
    s = run.first_settings()
    target = run.paths[0] if run.paths[0] != "-" else (run.args.stdin_filename or "-")

    def toml(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = [
        f"# Settings for {target}",
        f"# Config file: {s.config_path or 'none (the defaults)'}",
        f"root = {toml(s.root)}",
        f"select = {toml(list(s.select)) if s.select is not None else '# the default-on rules'}",
        f"ignore = {toml(list(s.ignore))}",
        f"extend-select = {toml(list(s.extend_select))}",
        f"enabled = {toml(sorted(s.enabled_codes))}",
        f"exclude = {toml(list(s.exclude))}",
        f"extend-exclude = {toml(list(s.extend_exclude))}",
        f"# always excluded: {', '.join(DEFAULT_EXCLUDE)}, any directory holding pyvenv.cfg",
        f"respect-gitignore = {toml(s.respect_gitignore)}",
        f"test-paths = {toml(list(s.test_paths))}",
        f"script-paths = {toml(list(s.script_paths))}",
        f"src = {toml(list(s.src))}",
        f"baseline = {toml(s.baseline)}",
        "per-file-ignores = {" + ", ".join(
            f"{toml(p)} = {toml(list(c))}" for p, c in s.per_file_ignores) + "}",
    ]
    for code, options in sorted(s.rule_options.items()):
        lines.append(f"[rules.{code}]")
        lines += [f"{name} = {toml(value)}" for name, value in sorted(options.items())]
    for entry in s.allow:
        lines.append(f"[[allow]]  # entry {entry.index + 1}")
        lines.append(f"rules = {toml(list(entry.rules))}")
        if entry.paths:
            lines.append(f"paths = {toml(list(entry.paths))}")
        if entry.modules:
            lines.append(f"modules = {toml(list(entry.modules))}")
        lines.append(f"reason = {toml(entry.reason)}")
        if entry.expires is not None:
            lines.append(f"expires = {entry.expires.isoformat()}")
    out.write("\n".join(lines) + "\n")


def cmd_check(args: argparse.Namespace) -> int:
    run = Run(args)
    if args.show_settings:
        show_settings(run, sys.stdout)
        return 0
    if args.show_files:
        for path, _settings in sorted(run.files()):
            print(path)
        return 0
    fixer = Fixer(args, run) if (args.fix or args.diff) else None
    results = run_files(run, fixer)
    diags = sorted((d for r in results for d in r.diagnostics), key=Diagnostic.sort_key)
    if fixer is not None and args.diff:
        with _output(args) as out:
            for diff in fixer.diffs:
                out.write(diff)
        if not args.quiet:
            n = fixer.n_fixed
            print(f"Would fix {_plural(n, 'violation')} in {_plural(len(fixer.diffs), 'file')}.",
                  file=sys.stderr)
        return 1 if fixer.diffs and not args.exit_zero else 0
    to_stderr = False
    if fixer is not None and fixer.stdin_output is not None:
        # Like ruff: with --fix on stdin, the fixed source is the output.
        sys.stdout.flush()
        sys.stdout.buffer.write(fixer.stdin_output)
        sys.stdout.flush()
        to_stderr = not args.output_file
    with (contextlib.nullcontext(sys.stderr) if to_stderr else _output(args)) as out:
        ctx = Output(lines_for=_lines_reader(run), color=use_color(out))
        if args.format in ("sarif", "gitlab"):
            ctx.root = _project_root(run)
        FORMATS[args.format](diags, out, ctx)
        if args.statistics:
            write_statistics(diags, out if args.format == "text" else sys.stderr)
    status = 1 if diags else 0
    if fixer is not None and not args.quiet and fixer.n_fixed:
        print(f"Fixed {_plural(fixer.n_fixed, 'violation')} in "
              f"{_plural(fixer.n_files_fixed, 'file')}.", file=sys.stderr)
    fixed = fixed_baseline_entries(run, results)
    if fixed and args.strict_baseline:
        status = 1
    if not args.quiet:
        walked = [os.path.abspath(p) for p in run.paths if p != "-" and os.path.isdir(p)]
        for warning in allowlist_warnings(results, run.today, walked):
            _warn(warning)
        if fixed:
            _warn(f"{fixed} baselined violation{'s are' if fixed != 1 else ' is'} fixed; "
                  "rerun `otp-lints baseline` to tighten")
        if not results and "-" not in run.paths:
            _warn("no Python files found under the given paths "
                  "(excluded, ignored by git, or none there)")
        files = len({d.path for d in diags})
        if diags:
            print(f"Found {_plural(len(diags), 'violation')} in {_plural(files, 'file')} "
                  f"({len(results)} checked).", file=sys.stderr)
        else:
            print(f"All checks passed ({_plural(len(results), 'file')} checked).",
                  file=sys.stderr)
        hint = fixable_hint(diags) if fixer is None else None
        if hint and args.format in HUMAN_FORMATS:
            print(hint, file=sys.stderr)
    return 0 if args.exit_zero else status


def cmd_baseline(args: argparse.Namespace) -> int:
    """Write every current violation (after noqa and allowlist) to the baseline
    of each config (or to ``--baseline FILE``).

    With PATHs, entries of files outside them are kept, so a partial run never
    drops other files' entries.
    """
    run = Run(args)
    run.use_baseline = False
    results = run_files(run)
    targets: dict[str, tuple[Counter[tuple[str, str, str]], dict[tuple[str, str, str], str],
                             set[str], str]] = {}
    for r in results:
        c = r.classified
        if c is None or c.settings is None:
            continue
        target = args.baseline or baseline_path(c.settings)
        counts, texts, checked, _root = targets.setdefault(
            target, (Counter(), {}, set(), c.settings.root))
        checked.add(c.relpath)
        for _diag, key, text in c.keys:
            counts[key] += 1
            texts[key] = text
    if not targets:  # nothing checked: still write (or keep) the first path's file
        first = run.first_settings()
        targets[args.baseline or baseline_path(first)] = (Counter(), {}, set(), first.root)
    status = 0
    for target, (counts, texts, checked, root) in targets.items():
        kept = dropped = 0
        if os.path.isfile(target):
            old = Baseline.load(target)
            gone = _deleted_paths(old, checked, root)
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
            status = 2
            continue
        if not args.quiet:
            total = sum(counts.values())
            note = f", {kept} kept from files not checked this run" if kept else ""
            if dropped:
                note += f", {dropped} dropped with their deleted files"
            entries = f"{len(counts)} {'entry' if len(counts) == 1 else 'entries'}"
            print(f"Wrote {_plural(total, 'baselined violation')} ({entries}{note}) "
                  f"to {target}", file=sys.stderr)
    return status


def cmd_report(args: argparse.Namespace) -> int:
    from otp_lints.report import build_report, render_json, render_markdown

    run = Run(args)
    results = run_files(run)
    data = build_report(run.first_settings(), results, run.today)
    sys.stdout.write(render_json(data) if args.format == "json" else render_markdown(data))
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from otp_lints.docgen import rule_url

    rules = all_rules()
    if args.format == "json":
        data = [{
            "code": code, "name": cls.name, "group": GROUPS.get(code[:4], ""),
            "default": "on" if cls.default_on else "opt-in", "default_on": cls.default_on,
            "fix": cls.fix_safety, "files": cls.files, "audit": cls.audit,
            "url": rule_url(code),
        } for code, cls in rules.items()]
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    rows = [("code", "name", "default", "fixable")]
    for code, cls in rules.items():
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


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, paths = _split_paths(parser, argv)
    args = parser.parse_args(argv)
    if paths:
        args.paths = [*(args.paths or []), *paths]
    if args.command == "check" and args.unsafe_fixes and not (args.fix or args.diff):
        parser.error("check: --unsafe-fixes needs --fix or --diff")
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
