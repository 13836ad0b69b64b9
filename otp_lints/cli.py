"""The ``otp-lints`` command: a thin front end over the engine."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Optional

from otp_lints import __version__
from otp_lints.config import ConfigError, Settings, find_config, load_settings
from otp_lints.diagnostics import Diagnostic
from otp_lints.formats import FORMATS, write_statistics
from otp_lints.lint import FileResult, iter_files, lint_path, lint_source
from otp_lints.rule import all_rules


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

    check = sub.add_parser("check", help="lint files and directories")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files or directories (default: .); '-' reads standard input")
    check.add_argument("--select", type=_codes, default=None, metavar="CODES",
                       help="comma-separated codes or prefixes to enable (replaces the config)")
    check.add_argument("--ignore", type=_codes, default=(), metavar="CODES",
                       help="comma-separated codes or prefixes to disable")
    check.add_argument("--extend-select", type=_codes, default=(), metavar="CODES",
                       help="codes or prefixes to enable in addition (opt-in rules)")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--config", metavar="FILE",
                       help="pyproject.toml to read (default: nearest upward from the cwd)")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="path of the code read from '-', for config matching and output")
    check.add_argument("--statistics", action="store_true",
                       help="print a count per rule after the diagnostics")
    check.add_argument("--quiet", action="store_true", help="no summary line on stderr")
    check.add_argument("--force-exclude", action="store_true",
                       help="apply exclude to paths named on the command line too")

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


def cmd_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    results: list[FileResult] = []
    file_paths = [p for p in args.paths if p != "-"]
    if "-" in args.paths:
        source = sys.stdin.buffer.read()
        name = args.stdin_filename or "-"
        results.append(lint_source(source, name, settings))
    missing = [p for p in file_paths if not os.path.exists(p) and not os.path.islink(p)]
    for p in missing:
        results.append(FileResult(p, [Diagnostic(
            p, 1, 0, 1, 0, "OTP000", "cannot read file: No such file or directory"
        )]))
    existing = [p for p in file_paths if p not in missing]
    for path in iter_files(existing, settings, force_exclude=args.force_exclude):
        results.append(lint_path(path, settings))
    diags = sorted((d for r in results for d in r.diagnostics), key=Diagnostic.sort_key)
    out = sys.stdout
    FORMATS[args.format](diags, out)
    if args.statistics:
        write_statistics(diags, out)
    if not args.quiet:
        files = len({d.path for d in diags})
        if diags:
            plural = "" if len(diags) == 1 else "s"
            print(f"Found {len(diags)} violation{plural} in {files} file"
                  f"{'' if files == 1 else 's'} ({len(results)} checked).", file=sys.stderr)
        else:
            print(f"All checks passed ({len(results)} files checked).", file=sys.stderr)
    return 1 if diags else 0


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

    all_rules()
    from otp_lints.rule import REGISTRY

    cls = REGISTRY.by_name_or_code(args.code)
    if cls is None:
        print(f"otp-lints: error: unknown rule {args.code!r} (see `otp-lints rules`)",
              file=sys.stderr)
        return 2
    sys.stdout.write(rule_page(cls))
    return 0


COMMANDS = {"check": cmd_check, "rules": cmd_rules, "rule": cmd_rule}


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except ConfigError as exc:
        print(f"otp-lints: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # one clear line, never a traceback
        print(f"otp-lints: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
