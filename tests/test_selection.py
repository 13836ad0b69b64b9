"""A rule reports the same whatever other rules run beside it.

Rules share what the walk collects (calls, nodes) and each declares what it
needs; a rule that only worked because another rule happened to collect
something would answer differently under ``--select OTP401`` than under the
default selection (OTP401 once missed thread subclasses made with
``target=`` unless OTP203, which collects ``target=`` calls, ran too).
Every fixture file is linted once with all its rules and once with its own
rule alone; that rule's diagnostics must be the same.
"""

from __future__ import annotations

import os

import pytest
from helpers import FIXTURES, fixture_parses_here
from test_fixtures import FIXTURE_FILES, _code_of, _options_for, _select_for

from otp_lints.config import Settings
from otp_lints.lint import lint_source
from otp_lints.rules import all_rules

# the hygiene rules judge other rules' suppressions: they need those rules
_ALL = tuple(code for code in sorted(all_rules()) if not code.startswith("OTP7"))


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=os.path.basename)
def test_a_rule_alone_reports_what_it_reports_among_all(path: str) -> None:
    code = _code_of(path)
    if not fixture_parses_here(path) or _select_for(path) or code.startswith("OTP7"):
        pytest.skip("needs another Python, names the rules it runs, or judges other rules")
    with open(path, "rb") as f:
        source = f.read()
    options = _options_for(path)

    def reports(select: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
        settings = Settings(root=FIXTURES, select=select, rule_options=options)
        return sorted(
            (d.line, d.col, d.code, d.message)
            for d in lint_source(source, path, settings).diagnostics if d.code == code
        )

    assert reports((code,)) == reports(_ALL)
