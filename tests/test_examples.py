"""Every rule's examples run: the inline ``valid``/``invalid`` ones, and the
code blocks of its documentation ("Example" blocks must be flagged, "Use
instead" blocks must not)."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest
from helpers import lint

from otp_lints.config import settings_from_table
from otp_lints.rule import Rule
from otp_lints.rules import all_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on older Pythons only
    import tomli as tomllib

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
        pinned = [d for d in found if (example.message is None or d.message == example.message)
                  and (example.line is None or d.line == example.line)
                  and (example.col is None or d.col + 1 == example.col)]
        assert pinned, f"{code} invalid example {i}: none of {found} is as stated"
    else:
        assert not found, f"{code} valid example {i} is flagged: {found}"


@pytest.mark.parametrize("code", sorted(all_rules()))
def test_rule_has_examples_of_both_kinds(code) -> None:
    cls = all_rules()[code]
    assert cls.valid and cls.invalid


# -- the documentation's code blocks ----------------------------------------------
_FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)


def _section(doc: str, title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", doc, re.M | re.S)
    return m.group(1) if m else ""


def _doc_cases() -> list[tuple[str, str, int, str, dict[str, Any]]]:
    """(code, section, index, python block, [tool.otp-lints] table): a ``toml``
    block in the Example section is the configuration both sections run with."""
    out = []
    for code, cls in all_rules().items():
        doc = cls.doc()
        table: dict[str, Any] = {}
        for lang, text in _FENCE.findall(_section(doc, "Example")):
            if lang == "toml":
                table = tomllib.loads(text)["tool"]["otp-lints"]
        for title in ("Example", "Use instead"):
            blocks = [t for lang, t in _FENCE.findall(_section(doc, title)) if lang == "python"]
            out += [(code, title, i, text, table) for i, text in enumerate(blocks)]
    return out


DOC_CASES = _doc_cases()


@pytest.mark.parametrize(
    ("code", "section", "i", "text", "table"), DOC_CASES,
    ids=[f"{c}-{s.replace(' ', '-').lower()}-{i}" for c, s, i, _, _ in DOC_CASES],
)
def test_doc_example(code, section, i, text, table) -> None:
    """Run with every rule selected (the OTP7xx rules judge the others), as a
    test file for a rule that only looks at test files."""
    cls = all_rules()[code]
    settings = settings_from_table(table, "/virtual-project/pyproject.toml")
    path = "tests/test_example.py" if cls.files == "test" else "example.py"
    found = [d for d in lint(text, path=path, select=["OTP"],
                             rule_options=settings.rule_options) if d.code == code]
    if section == "Example":
        assert found, f"{code}'s Example block {i} is not flagged:\n{text}"
    else:
        assert not found, f"{code}'s Use instead block {i} is flagged: {found}\n{text}"


def test_every_rule_documents_a_flagged_and_a_clean_block() -> None:
    sections = {(c, s) for c, s, _, _, _ in DOC_CASES}
    for code in all_rules():
        assert (code, "Example") in sections and (code, "Use instead") in sections, code
