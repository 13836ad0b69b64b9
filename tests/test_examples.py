"""Every rule's inline examples: invalid ones are flagged, valid ones are not."""

from __future__ import annotations

import pytest
from helpers import lint

from otp_lints.rule import Rule
from otp_lints.rules import all_rules

CASES = [
    (code, kind, i, ex)
    for code, cls in all_rules().items()
    for kind, examples in (("invalid", cls.invalid), ("valid", cls.valid))
    for i, ex in enumerate(examples)
]


def _options(cls: type[Rule]) -> dict:
    return {cls.code: cls.example_options} if cls.example_options else {}


@pytest.mark.parametrize(
    ("code", "kind", "i", "example"), CASES, ids=[f"{c}-{k}-{i}" for c, k, i, _ in CASES]
)
def test_example(code, kind, i, example) -> None:
    cls = all_rules()[code]
    diags = lint(example.code, path=example.path, select=[code], rule_options=_options(cls))
    found = [d for d in diags if d.code == code]
    if kind == "invalid":
        assert found, f"{code} invalid example {i} is not flagged:\n{example.code}"
    else:
        assert not found, f"{code} valid example {i} is flagged: {found}"


@pytest.mark.parametrize("code", sorted(all_rules()))
def test_rule_has_examples_of_both_kinds(code) -> None:
    cls = all_rules()[code]
    assert cls.valid and cls.invalid
