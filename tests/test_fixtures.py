"""Every fixture file, linted with the rule its name names, matches its markers.

A fixture ``tests/fixtures/otpNNN[_suffix].py`` carries ``# error: OTPNNN`` on
each line where that rule must report (repeat the code for two reports on one
line; ``OTPNNN:COL`` also pins the 1-based column); every other line must be
clean. A first line ``# python: 3.11`` skips the fixture on older Pythons
(syntax they cannot parse). Names matching the default test-paths
(``*_test.py``) are linted as test files. Leading ``# options: {...}`` and
``# select: OTP101,OTP702`` lines set rule options and the rules to run (by
default only the fixture's own rule; hygiene rules need others to judge).
"""

from __future__ import annotations

import collections
import glob
import os
import re

import pytest
from helpers import FIXTURES, expected_markers, fixture_parses_here, pinned_columns

from otp_lints.config import Settings
from otp_lints.lint import lint_source
from otp_lints.rules import all_rules

FIXTURE_FILES = sorted(glob.glob(os.path.join(FIXTURES, "otp*.py")))


def _code_of(path: str) -> str:
    m = re.match(r"otp(\d{3})", os.path.basename(path))
    assert m, path
    return f"OTP{m.group(1)}"


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=os.path.basename)
def test_fixture(path: str) -> None:
    if not fixture_parses_here(path):
        pytest.skip(f"needs the Python its first line names: {os.path.basename(path)}")
    code = _code_of(path)
    with open(path, "rb") as f:
        source = f.read()
    select = _select_for(path) or (code,)
    settings = Settings(root=FIXTURES, select=select, rule_options=_options_for(path))
    diags = lint_source(source, path, settings).diagnostics
    got = collections.Counter((d.line, d.code) for d in diags)
    want = expected_markers(source.decode("utf-8"))
    missing = sorted((want - got).elements())
    unexpected = sorted((got - want).elements())
    assert not missing and not unexpected, (
        f"missing (line, code): {missing}; unexpected: {unexpected}\n"
        + "\n".join(f"  {d.line}:{d.col + 1} {d.code} {d.message}" for d in diags)
    )
    at = {(d.line, d.code, d.col + 1) for d in diags}
    wrong = [p for p in pinned_columns(source.decode("utf-8")) if p not in at]
    assert not wrong, f"not reported at the pinned (line, code, column): {wrong}"


def _options_for(path: str) -> dict:
    """A fixture may start with ``# options: {...}`` (a Python dict literal per code)."""
    import ast

    for line in _directives(path):
        if not line.startswith("# options:"):
            continue
        raw = ast.literal_eval(line[len("# options:"):].strip())
        rules = all_rules()
        out = {}
        for code, opts in raw.items():
            declared = {o.name: o for o in rules[code].options}
            out[code] = {k: declared[k].convert(v) for k, v in opts.items()}
        return out
    return {}


def _directives(path: str) -> list[str]:
    """The fixture's leading ``# options:`` / ``# select:`` lines."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# python:"):
                continue
            if not line.startswith(("# options:", "# select:")):
                break
            out.append(line)
    return out


def _select_for(path: str) -> tuple[str, ...]:
    for line in _directives(path):
        if line.startswith("# select:"):
            return tuple(c.strip() for c in line[len("# select:"):].split(",") if c.strip())
    return ()


def test_every_rule_has_a_fixture() -> None:
    covered = {_code_of(p) for p in FIXTURE_FILES}
    missing = sorted(set(all_rules()) - covered)
    assert not missing, f"rules without a fixture file: {missing}"
