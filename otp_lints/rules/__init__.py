"""The registry: every rule group module and, through them, every rule.

A group module (``messages.py`` = OTP1xx, ...) declares its ``PREFIX``
(``"OTP1"``), its ``TITLE`` (the heading of its table in docs/rules.md and
the README) and its ``RULES``, the rule classes in code order. This package
lists the group modules; nothing registers itself as a side effect of being
imported. ``tests/test_registry.py`` fails when a module, a rule or a title
is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Optional

from otp_lints.rule import CODE_RE, Rule
from otp_lints.rules import crash, hygiene, messages, state, supervision, testing, waits

#: every group module, in code order
GROUP_MODULES = (messages, state, supervision, waits, crash, testing, hygiene)


def _collect() -> dict[str, type[Rule]]:
    rules: dict[str, type[Rule]] = {}
    for module in GROUP_MODULES:
        for cls in module.RULES:
            if not CODE_RE.match(cls.code):
                raise ValueError(f"bad rule code {cls.code!r}")
            if cls.code in rules:
                raise ValueError(f"duplicate rule code {cls.code}")
            rules[cls.code] = cls
    return dict(sorted(rules.items()))


_RULES: Mapping[str, type[Rule]] = MappingProxyType(_collect())
#: group prefix ("OTP1") -> title, in code order
GROUPS: Mapping[str, str] = MappingProxyType({m.PREFIX: m.TITLE for m in GROUP_MODULES})


def all_rules() -> Mapping[str, type[Rule]]:
    """Every rule, by code, in code order."""
    return _RULES


def rule_for(key: str) -> Optional[type[Rule]]:
    """The rule a code (``OTP301``, any case) or a name (``dangling-task``) names."""
    cls = _RULES.get(key.upper())
    if cls is not None:
        return cls
    for cls in _RULES.values():
        if cls.name == key:
            return cls
    return None
