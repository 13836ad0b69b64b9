"""Generated docs match the rule sources; every rule documents itself fully."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from otp_lints import docgen
from otp_lints.rule import DOC_SECTIONS
from otp_lints.rules import all_rules

ROOT = os.path.dirname(os.path.dirname(__file__))
DOCS = os.path.join(ROOT, "docs")
README = os.path.join(ROOT, "README.md")


def test_generated_docs_are_up_to_date() -> None:
    """docs/rules/*.md, docs/rules.md and the README's rule table."""
    drift = []
    for path, text in docgen.expected_files(DOCS, README).items():
        try:
            with open(path, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            drift.append(os.path.relpath(path, ROOT))
    assert not drift, (
        f"docs out of date: {drift}; run `python -m otp_lints.docgen`"
    )


@pytest.mark.parametrize("code", sorted(all_rules()))
def test_rule_doc_sections(code) -> None:
    cls = all_rules()[code]
    headings = re.findall(r"^## (.+)$", cls.doc(), flags=re.M)
    required = list(DOC_SECTIONS)
    if cls.fix_safety:
        required.insert(required.index("Options"), "Fix safety")
    assert headings == required, f"{code} doc sections: {headings}"
    assert cls.audit, f"{code} names no audit finding"


@pytest.mark.parametrize("code", sorted(all_rules()))
def test_options_documented_exist(code) -> None:
    """The Options section names exactly the options the rule declares."""
    cls = all_rules()[code]
    section = cls.doc().split("## Options", 1)[1].split("##", 1)[0]
    named = set(re.findall(r"^- `([a-z][a-z0-9-]*)`", section, flags=re.M))
    declared = {o.name for o in cls.options}
    assert named == declared, f"{code}: documented {named}, declared {declared}"


def test_rule_page_is_what_cli_prints() -> None:
    from helpers import run_cli

    r = run_cli("rule", "OTP101")
    assert r.returncode == 0
    assert r.stdout == docgen.rule_page(all_rules()["OTP101"])


def test_readme_table_is_generated() -> None:
    with open(README, encoding="utf-8") as f:
        text = f.read()
    assert docgen.readme_table() in text, "README lost its generated rules table markers"


def test_readme_links_work_outside_the_repository() -> None:
    """PyPI shows the README without the repository around it: every link is
    absolute (the project's URLs) or an anchor."""
    with open(README, encoding="utf-8") as f:
        text = f.read()
    links = re.findall(r"\]\(([^)\s]+)\)", text) + re.findall(r'(?:href|src)="([^"]+)"', text)
    assert links
    relative = [link for link in links if not re.match(r"^(https?://|#|mailto:)", link)]
    assert not relative, relative


def test_rule_help_does_not_start_with_an_html_comment() -> None:
    from otp_lints.formats import sarif_document

    for cls in all_rules().values():
        assert docgen.rule_page(cls).startswith(f"# {cls.code} {cls.name}\n")
    for rule in sarif_document([])["runs"][0]["tool"]["driver"]["rules"]:
        assert rule["helpUri"].startswith("https://")


def _precision_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "precision_script", os.path.join(ROOT, "scripts", "precision.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_precision_page_shows_the_figures_of_the_rows_it_publishes() -> None:
    """docs/precision.md's tables are what `precision.py summarize` gives on
    the judged rows in docs/precision/ (run `scripts/precision.py doc`)."""
    precision = _precision_script()
    with open(os.path.join(DOCS, "precision.md"), encoding="utf-8") as f:
        text = f.read()
    names = re.findall(r"<!-- summary: ([\w.-]+) -->", text)
    assert names, "docs/precision.md has no summary block"
    for name in names:
        assert os.path.exists(os.path.join(DOCS, "precision", name)), name
    assert precision.render_doc(text, os.path.join(DOCS, "precision")) == text, (
        "docs/precision.md is out of date: run `python scripts/precision.py doc`")


def test_precision_doc_refills_a_stale_table(tmp_path) -> None:
    precision = _precision_script()
    rows = [{"id": f"OTP101-1-0{i}", "rule": "OTP101", "population": 3,
             "verdict": v} for i, v in enumerate(("TP", "TP", "noise"), 1)]
    (tmp_path / "r.jsonl").write_text("".join(
        json.dumps(r) + "\n" for r in rows))
    stale = "a\n<!-- summary: r.jsonl -->\n| old |\n<!-- end summary -->\nb\n"
    new = precision.render_doc(stale, str(tmp_path))
    assert "| old |" not in new
    assert "| OTP101 | 3 | 3 | 3 | 2 | 1 | 67% |" in new
    assert new.startswith("a\n") and new.endswith("<!-- end summary -->\nb\n")


def test_precision_split_halves_one_rule_the_same_way_every_time() -> None:
    """`precision.py split`: a rule's reports, whatever order they come in, cut
    into two disjoint halves that together are all of them; the same seed
    gives the same cut (round 8's held-out half can be drawn again)."""
    precision = _precision_script()
    reports = [{"rule": "OTP501", "path": f"p{i}.py", "line": i, "col": 0} for i in range(9)]
    reports.append({"rule": "OTP401", "path": "q.py", "line": 1, "col": 0})
    dev, held = precision.split(reports, "OTP501", 60221)
    again = precision.split(list(reversed(reports)), "OTP501", 60221)
    assert (dev, held) == again
    assert len(dev) == 4 and len(held) == 5
    keys = {r["line"] for r in dev} | {r["line"] for r in held}
    assert keys == set(range(9)) and not {r["line"] for r in dev} & {r["line"] for r in held}
    other = precision.split(reports, "OTP501", 1)
    assert {r["line"] for r in other[0]} != {r["line"] for r in dev}  # the seed decides


def test_precision_collect_fails_when_the_tool_crashes(tmp_path, monkeypatch) -> None:
    """A run that crashed (exit 1 with a traceback, no JSON list) is a failure,
    not a project without reports."""
    precision = _precision_script()
    (tmp_path / "corpus" / "proj").mkdir(parents=True)
    crashed = subprocess.CompletedProcess([], 1, stdout="", stderr="Traceback ...")
    monkeypatch.setattr(precision.subprocess, "run", lambda *a, **k: crashed)
    out = tmp_path / "r.jsonl"
    assert precision.collect(str(tmp_path / "corpus"), str(out), jobs=1) == 1
    assert out.read_text() == ""
    fine = subprocess.CompletedProcess([], 0, stdout="[]", stderr="")
    monkeypatch.setattr(precision.subprocess, "run", lambda *a, **k: fine)
    assert precision.collect(str(tmp_path / "corpus"), str(out), jobs=1) == 0
