"""The extension points guard themselves: a rule or a group module that is
added the wrong way fails here instead of failing silently (like
flake8-async's test that every visitor is imported and documented)."""

from __future__ import annotations

import ast
import inspect
import os
import pkgutil
import re

import pytest

import otp_lints.rules
from otp_lints import docgen
from otp_lints.config import Settings
from otp_lints.engine import RuleSet
from otp_lints.rule import EVERY_CALL, Rule
from otp_lints.rules import GROUP_MODULES, GROUPS, all_rules

ROOT = os.path.dirname(os.path.dirname(__file__))
RULES = sorted(all_rules().items())
IDS = [code for code, _ in RULES]


def test_every_group_module_is_registered() -> None:
    """A module under otp_lints/rules/ that the registry does not list would
    have its rules silently never run."""
    found = {m.name for m in pkgutil.iter_modules(otp_lints.rules.__path__)}
    listed = {m.__name__.rpartition(".")[2] for m in GROUP_MODULES}
    assert found == listed, f"not in rules.GROUP_MODULES: {sorted(found - listed)}"


@pytest.mark.parametrize("module", GROUP_MODULES, ids=lambda m: m.__name__)
def test_group_module_declares_prefix_title_and_every_rule(module) -> None:
    assert re.fullmatch(r"OTP[1-9]", module.PREFIX), module.PREFIX
    assert isinstance(module.TITLE, str) and module.TITLE.strip()
    defined = {
        cls for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Rule) and cls is not Rule and cls.__module__ == module.__name__
    }
    assert defined == set(module.RULES), (
        f"rule classes missing from {module.__name__}.RULES: "
        f"{sorted(c.__name__ for c in defined - set(module.RULES))}"
    )
    codes = [cls.code for cls in module.RULES]
    assert codes == sorted(codes), f"{module.__name__}.RULES not in code order"
    for cls in module.RULES:
        assert cls.code.startswith(module.PREFIX), (
            f"{cls.code} is in {module.__name__}, the {module.PREFIX}xx group"
        )


def test_group_prefixes_are_unique() -> None:
    prefixes = [m.PREFIX for m in GROUP_MODULES]
    assert len(prefixes) == len(set(prefixes)) == len(GROUPS)


@pytest.mark.parametrize(("code", "cls"), RULES, ids=IDS)
def test_class_name_is_the_rule_name(code, cls) -> None:
    camel = "".join(word.capitalize() for word in cls.name.split("-"))
    assert cls.__name__ == camel, f"{code}: class {cls.__name__} for rule {cls.name!r}"
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", cls.name), cls.name


def _instance(cls: type[Rule]) -> Rule:
    """The rule as a run builds it (an instance may set ``calls`` from its options)."""
    settings = Settings(root=ROOT, select=(cls.code,))
    (rule,) = RuleSet.for_settings(settings).rules
    return rule


@pytest.mark.parametrize(("code", "cls"), RULES, ids=IDS)
def test_visit_call_declares_its_calls(code, cls) -> None:
    """A rule with ``visit_Call`` and no ``calls`` is given every call, which
    turns call filtering off for every rule (measured: 17-27% slower)."""
    rule = _instance(cls)
    visits_calls = ast.Call in cls.visited_types()
    if visits_calls:
        assert rule.calls is not None, (
            f"{code} visits calls but declares no `calls` (or `calls = EVERY_CALL`)"
        )
        assert rule.calls == EVERY_CALL or "*" not in rule.calls
    else:
        assert rule.calls is None and not rule.call_keywords, (
            f"{code} declares `calls` but has no visit_Call"
        )


def test_no_rule_visits_every_call() -> None:
    """Today no rule needs every call; one that does must say why here."""
    assert [code for code, cls in RULES if _instance(cls).calls == EVERY_CALL] == []


@pytest.mark.parametrize(("code", "cls"), RULES, ids=IDS)
def test_rule_is_in_the_docs_index_and_the_readme(code, cls) -> None:
    with open(os.path.join(ROOT, "docs", "rules.md"), encoding="utf-8") as f:
        index = f.read()
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    assert f"| [{code}](rules/{code}.md) | {cls.name} |" in index
    assert f"| [{code}]({docgen.rule_url(code)}) | {cls.name} |" in readme  # absolute: PyPI
    prefix = code[:4]
    assert f"## {prefix}xx: {GROUPS[prefix]}" in index


def test_every_group_has_a_section_in_the_docs_index() -> None:
    page = docgen.index_page()
    for prefix, title in GROUPS.items():
        assert f"## {prefix}xx: {title}" in page
