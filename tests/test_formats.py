"""Output formats: SARIF 2.1.0 (validated against the schema) and GitHub annotations."""

from __future__ import annotations

import json
import os

import jsonschema
from helpers import run_cli

SCHEMA = os.path.join(os.path.dirname(__file__), "data", "sarif-2.1.0-rtm.5.json")
SRC = "import os, socket\nos.kill(pid, 9)\ns = socket.socket()\ns.send(data)\n"


def test_sarif_is_valid_and_complete(tmp_path) -> None:
    (tmp_path / "a.py").write_text(SRC)
    r = run_cli("check", "--format", "sarif", "a.py", cwd=str(tmp_path))
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    with open(SCHEMA, encoding="utf-8") as f:
        jsonschema.Draft4Validator(json.load(f)).validate(doc)
    run = doc["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert "## Why is this bad?" in rules["OTP101"]["help"]["markdown"]
    results = run["results"]
    assert [(x["ruleId"], x["locations"][0]["physicalLocation"]["region"]["startLine"])
            for x in results] == [("OTP101", 2), ("OTP102", 4)]
    for x in results:
        assert run["tool"]["driver"]["rules"][x["ruleIndex"]]["id"] == x["ruleId"]
    fix = results[1]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert fix["insertedContent"]["text"] == "sendall"
    assert fix["deletedRegion"] == {"startLine": 4, "startColumn": 3, "endLine": 4,
                                    "endColumn": 7}


def test_github_annotations(tmp_path) -> None:
    (tmp_path / "a.py").write_text(SRC)
    r = run_cli("check", "--format", "github", "a.py", cwd=str(tmp_path))
    lines = r.stdout.splitlines()
    assert lines[0].startswith("::error file=a.py,line=2,col=1,endLine=2,endColumn=16,"
                               "title=OTP101::OTP101 `os.kill`")
    assert len(lines) == 2
