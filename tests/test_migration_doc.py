"""docs/migration.md stays true: its configuration loads, every `otp-lints`
command it shows (the GitHub Actions workflow's included) parses, and the
workflow is valid YAML with the steps the page describes."""

from __future__ import annotations

import os
import re
import shlex

import pytest

from otp_lints.cli import build_parser
from otp_lints.config import load_settings

DOC = os.path.join(os.path.dirname(os.path.dirname(__file__)), "docs", "migration.md")


def _blocks(lang: str) -> list[str]:
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    return re.findall(rf"^```{lang}\n(.*?)^```$", text, re.S | re.M)


def _commands() -> list[str]:
    found = []
    for block in _blocks("sh") + _blocks("yaml"):
        for line in block.splitlines():
            line = line.strip().removeprefix("run: ").removeprefix("- run: ")
            line = line.replace("$compare", "--compare otp-report.json")
            if line.startswith("otp-lints "):
                found.append(re.split(r"\s(?:>>?|#)\s", line)[0])
    return found


def test_the_page_has_each_step_in_order() -> None:
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    steps = [("## 1. Turn every rule on, as a warning first", "[tool.otp-lints.severity]"),
             ("## 2. Record today's debt in a baseline", "otp-lints baseline"),
             ("## 3. Fail pull requests only on what they add", "otp-lints check --new-since"),
             ("## 4. Ratchet on the default branch", "otp-lints check --strict-baseline"),
             ("## 5. The report in the job summary, with its history",
              "otp-lints report --history")]
    positions = []
    for heading, command in steps:
        start = text.index(heading)
        positions.append(start)
        assert text.index(command, start) < text.index("\n## ", start + 1), heading
    assert positions == sorted(positions)


@pytest.mark.parametrize("block", _blocks("toml"))
def test_every_toml_block_is_valid_configuration(tmp_path, block) -> None:
    (tmp_path / "pyproject.toml").write_text(block)
    settings = load_settings(str(tmp_path / "pyproject.toml"))
    assert settings.config_path is not None


def test_every_command_parses() -> None:
    commands = _commands()
    assert len(commands) >= 15
    parser = build_parser()
    for command in commands:
        try:
            parser.parse_args(shlex.split(command)[1:])
        except SystemExit:  # pragma: no cover - the failure message says which
            pytest.fail(f"docs/migration.md shows a command that does not parse: {command}")


def test_the_workflow_is_valid_yaml_posting_the_report_as_the_job_summary() -> None:
    yaml = pytest.importorskip("yaml")
    (workflow,) = [b for b in _blocks("yaml") if "jobs:" in b]
    data = yaml.safe_load(workflow)
    steps = data["jobs"]["otp-lints"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "otp-lints check --new-since" in runs
    assert ">> \"$GITHUB_STEP_SUMMARY\"" in runs and "--history otp-history.json" in runs
    saves = [s for s in steps if s.get("uses", "").startswith("actions/cache/save")]
    assert saves and "refs/heads/main" in saves[0]["if"]
