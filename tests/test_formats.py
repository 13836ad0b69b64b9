"""Output formats: SARIF 2.1.0 (validated against the schema), GitHub annotations,
ruff's full format, GitLab Code Quality, JUnit; statistics never in machine output."""

from __future__ import annotations

import io
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


FORMAT_NAMES = ("text", "full", "json", "sarif", "github", "gitlab", "junit")


def _parse_output(fmt: str, text: str) -> object:
    if fmt in ("json", "sarif", "gitlab"):
        return json.loads(text)
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        return ET.fromstring(text)
    return text


def test_every_format_parses_with_statistics(tmp_path) -> None:
    """--statistics never mixes into machine output: stdout only for text."""
    (tmp_path / "a.py").write_text(SRC)
    for fmt in FORMAT_NAMES:
        r = run_cli("check", "--statistics", "--format", fmt, "a.py", cwd=str(tmp_path))
        assert r.returncode == 1, (fmt, r.stderr)
        _parse_output(fmt, r.stdout)
        table = "     1  OTP101  raw-signal-send"
        if fmt == "text":
            assert table in r.stdout and table not in r.stderr
        else:
            assert table in r.stderr and table not in r.stdout, fmt


def test_full_format_is_ruffs(tmp_path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n" + SRC + "y = 2\nz = 3\nw = 4\n")
    env = {"NO_COLOR": "", "FORCE_COLOR": ""}
    r = _run_env(["check", "--format", "full", "a.py"], tmp_path, env)
    assert r.stdout.startswith(
        "a.py:3:1: OTP101 `os.kill`")
    lines = r.stdout.splitlines()
    assert lines[1:7] == [
        "  |",
        "1 | x = 1",
        "2 | import os, socket",
        "3 | os.kill(pid, 9)",
        "  | ^^^^^^^^^^^^^^^ OTP101",
        "4 | s = socket.socket()",
    ]
    fixable = next(i for i, ln in enumerate(lines) if ln.startswith("a.py:5:1: OTP102 [*] "))
    assert "  | ^^^^^^^^^^^^ OTP102" in lines[fixable:fixable + 8]
    assert any(ln.startswith("  = help: ") for ln in lines[fixable:])
    assert "[*] 1 fixable with `--fix`." in r.stderr
    assert "\x1b[" not in r.stdout  # not a terminal: no colour
    colour = _run_env(["check", "--format", "full", "a.py"], tmp_path, {"FORCE_COLOR": "1"})
    assert "\x1b[31m\x1b[1mOTP101\x1b[0m" in colour.stdout
    both = _run_env(["check", "--format", "full", "a.py"], tmp_path,
                    {"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in both.stdout  # NO_COLOR wins


def test_full_format_carets_under_tabs_and_wide_characters(tmp_path) -> None:
    from otp_lints.diagnostics import Diagnostic
    from otp_lints.formats import Output, write_full

    line = "\tx = '日本'; os.kill(1, 2)\n"
    col = len(line[:line.index("os.kill")].encode())
    end = len(line[:line.index(")") + 1].encode())
    d = Diagnostic("m.py", 1, col, 1, end, "OTP101", "message")
    out = io.StringIO()
    write_full([d], out, Output(lines_for=lambda p: [line]))
    frame = out.getvalue().splitlines()
    assert frame[2] == "1 |     x = '日本'; os.kill(1, 2)"
    # a tab is 4 columns, each CJK character 2: the caret sits under `os.kill`
    assert frame[3] == "  | " + " " * (4 + 5 + 4 + 3) + "^" * len("os.kill(1, 2)") + " OTP101"


def test_gitlab_code_quality(tmp_path) -> None:
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "pyproject.toml").write_text("[tool.otp-lints]\n")
    (tmp_path / "proj" / "src").mkdir()
    (tmp_path / "proj" / "src" / "a.py").write_text(SRC + "os.kill(pid, 9)\n")
    inside = run_cli("check", "--format", "gitlab", ".", cwd=str(tmp_path / "proj" / "src"))
    outside = run_cli("check", "--format", "gitlab", "proj", cwd=str(tmp_path))
    issues = json.loads(inside.stdout)
    assert issues == json.loads(outside.stdout)  # wherever it runs
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"])
            for i in issues] == [("OTP101", "src/a.py", 2), ("OTP102", "src/a.py", 4),
                                 ("OTP101", "src/a.py", 5)]
    assert all(i["severity"] == "major" and i["description"].startswith(i["check_name"])
               for i in issues)
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == 3  # the same line twice: still unique
    # Lines inserted above: the fingerprints stay (GitLab tells new from old).
    (tmp_path / "proj" / "src" / "a.py").write_text("# new\n" + SRC + "os.kill(pid, 9)\n")
    moved = json.loads(run_cli("check", "--format", "gitlab", "proj", cwd=str(tmp_path)).stdout)
    assert [i["fingerprint"] for i in moved] == fingerprints


def test_junit(tmp_path) -> None:
    import xml.etree.ElementTree as ET

    (tmp_path / "a.py").write_text(SRC)
    (tmp_path / "b\x1b.py").write_text(SRC)  # a file name XML cannot hold as it is
    r = run_cli("check", "--format", "junit", ".", cwd=str(tmp_path))
    root = ET.fromstring(r.stdout)
    assert root.tag == "testsuites" and root.get("tests") == "4" and root.get("failures") == "4"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["a.py", "b\\x{1b}.py"]
    case = suites[0].find("testcase")
    assert case is not None and case.get("name") == "otp-lints.OTP101"
    assert case.get("line") == "2" and case.get("classname") == "a"
    failure = case.find("failure")
    assert failure is not None and failure.get("message", "").startswith("`os.kill`")
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b\x1b.py").unlink()
    clean = ET.fromstring(run_cli("check", "--format", "junit", ".", cwd=str(tmp_path)).stdout)
    assert clean.get("failures") == "0" and clean.find("testsuite/testcase") is not None


def test_sarif_paths_do_not_depend_on_the_working_directory(tmp_path) -> None:
    (tmp_path / "proj" / "src").mkdir(parents=True)
    (tmp_path / "proj" / "pyproject.toml").write_text("[tool.otp-lints]\n")
    (tmp_path / "proj" / "src" / "a.py").write_text(SRC)
    docs = [json.loads(run_cli("check", "--format", "sarif", path, cwd=cwd).stdout)
            for cwd, path in ((str(tmp_path), "proj"), (str(tmp_path / "proj" / "src"), "."),
                              (str(tmp_path / "proj"), "src/a.py"))]
    uris = [[x["locations"][0]["physicalLocation"]["artifactLocation"]
             for x in d["runs"][0]["results"]] for d in docs]
    assert uris[0] == uris[1] == uris[2]
    assert uris[0][0] == {"uri": "src/a.py", "uriBaseId": "%SRCROOT%"}
    base = docs[0]["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file:///") and base.endswith("/proj/")
    rules = docs[0]["runs"][0]["tool"]["driver"]["rules"]
    assert all(r["helpUri"].startswith("https://github.com/otp-lints/otp-lints/")
               for r in rules)
    assert all(not r["help"]["markdown"].startswith("<!--") for r in rules if "help" in r)


def _run_env(args: list[str], cwd, env: dict[str, str]):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full.update({k: v for k, v in env.items() if v})
    return subprocess.run([sys.executable, "-m", "otp_lints", *args], cwd=str(cwd),
                          capture_output=True, text=True, env=full, timeout=300)


def test_sarif_columns_are_code_points(tmp_path) -> None:
    (tmp_path / "a.py").write_text("import os\nx = 'été'; os.kill(pid, 9)\n", encoding="utf-8")
    r = run_cli("check", "--format", "sarif", "a.py", cwd=str(tmp_path))
    region = json.loads(r.stdout)["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"]["region"]
    assert (region["startColumn"], region["endColumn"]) == (12, 27)  # not UTF-8 bytes (14, 29)
