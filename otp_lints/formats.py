"""Output formats. Columns are 0-based inside and converted here, once."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from otp_lints.diagnostics import Diagnostic
from otp_lints.rule import all_rules


def write_text(diags: Sequence[Diagnostic], out: TextIO) -> None:
    for d in diags:
        out.write(f"{d.path}:{d.line}:{d.col + 1}: {d.code} {d.message}\n")


def to_json_obj(d: Diagnostic) -> dict[str, object]:
    return {
        "path": d.path,
        "line": d.line,
        "column": d.col + 1,
        "end_line": d.end_line,
        "end_column": d.end_col + 1,
        "code": d.code,
        "name": _rule_name(d.code),
        "message": d.message,
        "fix": d.fix,
    }


def write_json(diags: Sequence[Diagnostic], out: TextIO) -> None:
    json.dump([to_json_obj(d) for d in diags], out, indent=2)
    out.write("\n")


def write_statistics(diags: Sequence[Diagnostic], out: TextIO) -> None:
    counts = Counter(d.code for d in diags)
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(f"{n:6d}  {code}  {_rule_name(code)}\n")


def _rule_name(code: str) -> str:
    cls = all_rules().get(code)
    if cls is not None:
        return cls.name
    return "file-error" if code == "OTP000" else ""


FORMATS = {"text": write_text, "json": write_json}
