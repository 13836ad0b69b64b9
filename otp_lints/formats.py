"""Output formats. Columns are 0-based inside and converted here, once."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any, TextIO

from otp_lints.diagnostics import (
    FILE_ERROR,
    FILE_ERROR_DOC,
    FILE_ERROR_NAME,
    Diagnostic,
    json_text,
    printable,
)
from otp_lints.rules import all_rules


def write_text(diags: Sequence[Diagnostic], out: TextIO) -> None:
    for d in diags:
        out.write(f"{printable(d.path)}:{d.line}:{d.col + 1}: {d.code} {printable(d.message)}\n")


def to_json_obj(d: Diagnostic) -> dict[str, object]:
    return {
        "path": json_text(d.path),
        "line": d.line,
        "column": d.col + 1,
        "end_line": d.end_line,
        "end_column": d.end_col + 1,
        "code": d.code,
        "name": _rule_name(d.code),
        "message": json_text(d.message),
        "fix": d.fix.to_json() if d.fix is not None else None,
    }


def write_json(diags: Sequence[Diagnostic], out: TextIO) -> None:
    json.dump([to_json_obj(d) for d in diags], out, indent=2)
    out.write("\n")


def write_statistics(diags: Sequence[Diagnostic], out: TextIO) -> None:
    counts = Counter(d.code for d in diags)
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(f"{n:6d}  {code}  {_rule_name(code)}\n")


def write_github(diags: Sequence[Diagnostic], out: TextIO) -> None:
    """GitHub Actions workflow commands: one annotation per diagnostic."""
    for d in diags:
        props = (f"file={_gh_prop(d.path)},line={d.line},col={d.col + 1},"
                 f"endLine={d.end_line},endColumn={d.end_col + 1},title={_gh_prop(d.code)}")
        out.write(f"::error {props}::{_gh_data(f'{d.code} {d.message}')}\n")


def _gh_data(s: str) -> str:
    """GitHub's escapes for ``%``, CR and LF; any other control character or
    undecodable byte as a backslash escape (GitHub decodes nothing else)."""
    s = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(s)


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _short_description(doc: str) -> str:
    what = doc.split("## What it does", 1)[-1].split("##", 1)[0].strip()
    first = " ".join(what.split("\n\n", 1)[0].split())
    return first


def sarif_document(diags: Sequence[Diagnostic]) -> dict[str, Any]:
    from otp_lints import __version__
    from otp_lints.docgen import rule_page

    rules = all_rules()
    used = sorted({d.code for d in diags} | set(rules))
    descriptors = []
    index = {}
    for i, code in enumerate(used):
        index[code] = i
        cls = rules.get(code)
        if cls is None:
            descriptors.append({
                "id": code, "name": FILE_ERROR_NAME,
                "shortDescription": {"text": FILE_ERROR_DOC},
                "defaultConfiguration": {"level": "error"},
            })
            continue
        page = rule_page(cls)
        descriptors.append({
            "id": code,
            "name": cls.name,
            "shortDescription": {"text": _short_description(cls.doc())},
            "fullDescription": {"text": _short_description(cls.doc())},
            "help": {"text": page, "markdown": page},
            "defaultConfiguration": {"level": "error", "enabled": cls.default_on},
            "properties": {"tags": ["concurrency", "otp"],
                           "fix": cls.fix_safety or "none"},
        })
    results = []
    for d in diags:
        uri = json_text(d.path).replace("\\", "/")
        location = {"physicalLocation": {
            "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": d.line, "startColumn": d.col + 1,
                       "endLine": d.end_line, "endColumn": d.end_col + 1},
        }}
        result: dict[str, Any] = {
            "ruleId": d.code, "ruleIndex": index[d.code], "level": "error",
            "message": {"text": json_text(d.message)}, "locations": [location],
        }
        if d.fix is not None:
            result["fixes"] = [{
                "description": {"text": f"{d.fix.message} ({d.fix.safety} fix)"},
                "artifactChanges": [{
                    "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                    "replacements": [{
                        "deletedRegion": {"startLine": e.line, "startColumn": e.col + 1,
                                          "endLine": e.end_line, "endColumn": e.end_col + 1},
                        "insertedContent": {"text": e.content},
                    } for e in d.fix.edits],
                }],
            }]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "otp-lints", "version": __version__,
                "informationUri": "https://pypi.org/project/otp-lints/",
                "rules": descriptors,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def write_sarif(diags: Sequence[Diagnostic], out: TextIO) -> None:
    json.dump(sarif_document(diags), out, indent=2)
    out.write("\n")


def _rule_name(code: str) -> str:
    cls = all_rules().get(code)
    if cls is not None:
        return cls.name
    return FILE_ERROR_NAME if code == FILE_ERROR else ""


FORMATS = {"text": write_text, "json": write_json, "sarif": write_sarif, "github": write_github}
