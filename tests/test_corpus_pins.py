"""The fresh corpora of docs/precision.md: each project pinned in one set only.

A project measured in two sets is not fresh in the second: the rules may have
been narrowed on its reports in the first. Four were pinned twice by an
oversight before this test existed (a name compared case-sensitively); they
are listed, and no other may be added.
"""

from __future__ import annotations

import collections
import os
import re

SCRIPT = os.path.join(os.path.dirname(__file__), os.pardir, "scripts", "fresh_corpus.sh")

# project -> the sets that pin it (docs/precision.md, "Known limits of the measure")
KNOWN_TWICE = {
    "async_lru": ["i", "n"],
    "faust_streaming": ["u", "ap"],
    "django_q2": ["z", "aq"],
    "hap_python": ["ah", "au"],
}


def _pins() -> dict[str, list[str]]:
    sets: dict[str, list[str]] = collections.defaultdict(list)
    current = None
    with open(SCRIPT, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^  ([a-z]+)\) DEST=", line)
            if m:
                current = m.group(1)
            if current is None or line.lstrip().startswith("#"):
                continue
            for name in re.findall(r"([A-Za-z0-9_.-]+)==[^\s\"]+", line):
                sets[re.sub(r"[-_.]+", "_", name).lower()].append(current)
            if line.rstrip().endswith(";;"):
                current = None
    return sets


def test_every_set_pins_sixteen_or_fewer_projects() -> None:
    per_set = collections.Counter(s for where in _pins().values() for s in where)
    assert per_set, "no set parsed from scripts/fresh_corpus.sh"
    assert all(n <= 16 for n in per_set.values()), per_set


def test_no_project_is_pinned_in_two_sets() -> None:
    twice = {name: where for name, where in _pins().items() if len(where) > 1}
    assert twice == KNOWN_TWICE
