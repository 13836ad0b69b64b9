"""Output formats. Columns are 0-based inside and converted here, once.

Every format is ``write(diags, out, ctx)``; the ``Output`` context carries
what some formats need beyond the diagnostics: the file's lines (the source
frame of ``full``, GitLab fingerprints), the project root that machine formats
make paths relative to (so SARIF and GitLab paths do not depend on where the
tool was run), whether to colour, and each diagnostic's severity (``error``,
``warning`` or ``info``; every format already maps it to its own vocabulary,
so a per-diagnostic severity is one function to pass).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, TextIO

from otp_lints.diagnostics import (
    FILE_ERROR,
    FILE_ERROR_DOC,
    FILE_ERROR_NAME,
    Diagnostic,
    json_text,
    printable,
)
from otp_lints.rules import GROUPS, all_rules

SEVERITIES = ("error", "warning", "info")


def _no_lines(path: str) -> Optional[Sequence[str]]:
    return None


def _error(d: Diagnostic) -> str:
    return "error"


@dataclass
class Output:
    """What a format may need beyond the diagnostics."""

    #: the text of a file by its path as reported (None when it cannot be had)
    lines_for: Callable[[str], Optional[Sequence[str]]] = _no_lines
    #: absolute directory that SARIF and GitLab paths are relative to (None: cwd)
    root: Optional[str] = None
    color: bool = False
    #: "error" | "warning" | "info" of each diagnostic
    severity: Callable[[Diagnostic], str] = _error
    _lines: dict[str, Optional[Sequence[str]]] = field(default_factory=dict, repr=False)

    def lines(self, path: str) -> Optional[Sequence[str]]:
        if path not in self._lines:
            self._lines[path] = self.lines_for(path)
        return self._lines[path]

    def project_path(self, path: str) -> str:
        """``path`` relative to ``root``, '/'-separated; absolute when outside it."""
        if path == "-":
            return path
        root = self.root or os.getcwd()
        abspath = os.path.abspath(path)
        rel = os.path.relpath(abspath, root) if os.path.splitdrive(abspath)[0] == \
            os.path.splitdrive(root)[0] else abspath
        if rel == ".." or rel.startswith(".." + os.sep):
            rel = abspath
        return rel.replace(os.sep, "/")


def use_color(out: TextIO, environ: Optional[dict[str, str]] = None) -> bool:
    """Colour on a terminal; ``NO_COLOR`` (non-empty) turns it off and
    ``FORCE_COLOR`` (non-empty) on, wherever the output goes (no-color.org,
    force-color.org); NO_COLOR wins when both are set."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


# ---------------------------------------------------------------------------
# text and full
# ---------------------------------------------------------------------------
def write_text(diags: Sequence[Diagnostic], out: TextIO, ctx: Optional[Output] = None) -> None:
    for d in diags:
        out.write(f"{printable(d.path)}:{d.line}:{d.col + 1}: {d.code} {printable(d.message)}\n")


_BOLD, _RED, _CYAN, _BLUE, _RESET = "\x1b[1m", "\x1b[31m", "\x1b[36m", "\x1b[34m", "\x1b[0m"
#: lines shown around a diagnostic's first line, as in ruff's full format
CONTEXT_LINES = 2
_TAB = 4


def _char_col(text: str, byte_col: int) -> int:
    """The character index of a UTF-8 byte offset (what the ``ast`` gives)."""
    if text.isascii():
        return min(byte_col, len(text))
    return len(text.encode("utf-8", "surrogatepass")[:byte_col].decode("utf-8", "replace"))


def _width(ch: str) -> int:
    if ch == "\t":
        return _TAB
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _shown(text: str) -> str:
    """A source line as printed in a frame: tabs as spaces, control characters
    (an escape sequence in a string literal) as their Unicode control pictures."""
    if text.isprintable() and "\t" not in text:
        return text
    out = []
    for ch in text:
        if ch == "\t":
            out.append(" " * _TAB)
        elif ord(ch) < 32:
            out.append(chr(0x2400 + ord(ch)))
        elif ord(ch) == 127:
            out.append("\u2421")
        else:
            out.append(ch)
    return "".join(out)


def _display_width(text: str) -> int:
    return sum(_width(ch) for ch in text)


def _frame(d: Diagnostic, lines: Sequence[str], paint: Callable[[str, str], str]) -> list[str]:
    """ruff's source frame: numbered lines around the diagnostic's first line,
    and a caret line under its span (to the end of that line for a span that
    runs on)."""
    first = max(1, d.line - CONTEXT_LINES)
    last = min(len(lines), d.line + CONTEXT_LINES)
    gutter = len(str(last))
    pad = " " * gutter
    bar = paint(_BLUE + _BOLD, "|")
    out = [f"{pad} {bar}"]
    for n in range(first, last + 1):
        text = lines[n - 1].rstrip("\r\n")
        number = paint(_BLUE + _BOLD, str(n).rjust(gutter))
        out.append(f"{number} {bar} {_shown(text)}".rstrip())
        if n == d.line:
            start = _char_col(text, d.col)
            end = _char_col(text, d.end_col) if d.end_line == d.line else len(text)
            lead = _display_width(text[:start])
            span = max(1, _display_width(text[start:end]))
            carets = paint(_RED + _BOLD, "^" * span + f" {d.code}")
            out.append(f"{pad} {bar} {' ' * lead}{carets}")
    out.append(f"{pad} {bar}")
    return out


def write_full(diags: Sequence[Diagnostic], out: TextIO, ctx: Optional[Output] = None) -> None:
    """ruff's full format: the diagnostic, ``[*]`` when it has a safe fix, the
    source frame with a caret under the span, and the fix's title as help."""
    ctx = ctx or Output()

    def paint(style: str, text: str) -> str:
        return f"{style}{text}{_RESET}" if ctx.color else text

    for d in diags:
        marker = f"{paint(_CYAN, '[*]')} " if d.fix is not None and d.fix.safety == "safe" else ""
        severity = ctx.severity(d)
        label = f"{severity}: " if severity != "error" else ""
        out.write(f"{paint(_BOLD, printable(d.path))}:{d.line}:{d.col + 1}: {label}"
                  f"{paint(_RED + _BOLD, d.code)} {marker}{printable(d.message)}\n")
        lines = ctx.lines(d.path)
        if lines is not None and 0 < d.line <= len(lines):
            for row in _frame(d, lines, paint):
                out.write(row + "\n")
            if d.fix is not None:
                pad = " " * len(str(min(len(lines), d.line + CONTEXT_LINES)))
                unsafe = "" if d.fix.safety == "safe" else " (unsafe fix)"
                out.write(f"{pad} {paint(_BLUE + _BOLD, '=')} "
                          f"{paint(_BOLD, 'help')}: {d.fix.message}{unsafe}\n")
        out.write("\n")


def fixable_hint(diags: Sequence[Diagnostic]) -> Optional[str]:
    """The closing hint of the text and full formats, as ruff words it."""
    safe = sum(1 for d in diags if d.fix is not None and d.fix.safety == "safe")
    unsafe = sum(1 for d in diags if d.fix is not None and d.fix.safety != "safe")
    if safe and unsafe:
        return (f"[*] {safe} fixable with `--fix` ({unsafe} more with "
                "`--fix --unsafe-fixes`).")
    if safe:
        return f"[*] {safe} fixable with `--fix`."
    if unsafe:
        return f"{unsafe} fixable with `--fix --unsafe-fixes`."
    return None


# ---------------------------------------------------------------------------
# json, statistics
# ---------------------------------------------------------------------------
def to_json_obj(d: Diagnostic, ctx: Optional[Output] = None) -> dict[str, object]:
    return {
        "path": json_text(d.path),
        "line": d.line,
        "column": d.col + 1,
        "end_line": d.end_line,
        "end_column": d.end_col + 1,
        "code": d.code,
        "name": _rule_name(d.code),
        "message": json_text(d.message),
        "severity": (ctx or Output()).severity(d),
        "fix": d.fix.to_json() if d.fix is not None else None,
    }


def write_json(diags: Sequence[Diagnostic], out: TextIO, ctx: Optional[Output] = None) -> None:
    json.dump([to_json_obj(d, ctx) for d in diags], out, indent=2)
    out.write("\n")


def write_statistics(diags: Sequence[Diagnostic], out: TextIO) -> None:
    counts = Counter(d.code for d in diags)
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(f"{n:6d}  {code}  {_rule_name(code)}\n")


# ---------------------------------------------------------------------------
# github
# ---------------------------------------------------------------------------
_GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def write_github(diags: Sequence[Diagnostic], out: TextIO, ctx: Optional[Output] = None) -> None:
    """GitHub Actions workflow commands: one annotation per diagnostic."""
    ctx = ctx or Output()
    for d in diags:
        props = (f"file={_gh_prop(d.path)},line={d.line},col={d.col + 1},"
                 f"endLine={d.end_line},endColumn={d.end_col + 1},title={_gh_prop(d.code)}")
        level = _GITHUB_LEVELS.get(ctx.severity(d), "error")
        out.write(f"::{level} {props}::{_gh_data(f'{d.code} {d.message}')}\n")


def _gh_data(s: str) -> str:
    """GitHub's escapes for ``%``, CR and LF; any other control character or
    undecodable byte as a backslash escape (GitHub decodes nothing else)."""
    s = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(s)


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


# ---------------------------------------------------------------------------
# gitlab
# ---------------------------------------------------------------------------
_GITLAB_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _line_text(ctx: Output, d: Diagnostic) -> str:
    lines = ctx.lines(d.path)
    if lines is not None and 0 < d.line <= len(lines):
        return " ".join(lines[d.line - 1].split())
    return f"line {d.line}"


def gitlab_document(diags: Sequence[Diagnostic], ctx: Optional[Output] = None
                    ) -> list[dict[str, Any]]:
    """GitLab Code Quality: paths relative to the project root; a fingerprint
    from the path, the code and the offending line's text (the baseline's
    notion of "the same violation"), so it survives edits elsewhere in the file
    and GitLab can tell new findings from old ones."""
    ctx = ctx or Output()
    seen: Counter[str] = Counter()
    issues = []
    for d in diags:
        path = json_text(ctx.project_path(d.path))
        base = f"{path}\0{d.code}\0{_line_text(ctx, d)}"
        seen[base] += 1
        fingerprint = hashlib.sha256(f"{base}\0{seen[base]}".encode(
            "utf-8", "surrogateescape")).hexdigest()[:32]
        issues.append({
            "description": json_text(f"{d.code} {d.message}"),
            "check_name": d.code,
            "fingerprint": fingerprint,
            "severity": _GITLAB_SEVERITIES.get(ctx.severity(d), "major"),
            "location": {"path": path, "lines": {"begin": d.line, "end": d.end_line}},
        })
    return issues


def write_gitlab(diags: Sequence[Diagnostic], out: TextIO, ctx: Optional[Output] = None) -> None:
    json.dump(gitlab_document(diags, ctx), out, indent=2)
    out.write("\n")


# ---------------------------------------------------------------------------
# junit
# ---------------------------------------------------------------------------
# Characters XML 1.0 cannot hold at all (a file name or a message may).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml(text: str, attribute: bool = False) -> str:
    text = _XML_INVALID.sub(lambda m: f"\\x{{{ord(m.group()):x}}}", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        text = (text.replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
                .replace("\t", "&#9;"))
    return text


def write_junit(diags: Sequence[Diagnostic], out: TextIO, ctx: Optional[Output] = None) -> None:
    """JUnit XML, as ruff writes it: a test suite per file, a failing test case
    per diagnostic; a run with nothing to report is one passing test case."""
    ctx = ctx or Output()
    by_path: dict[str, list[Diagnostic]] = {}
    for d in diags:
        by_path.setdefault(d.path, []).append(d)
    n = len(diags)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="otp-lints" tests="{max(n, 1)}" failures="{n}" errors="0">\n')
    if not diags:
        out.write('  <testsuite name="otp-lints" tests="1" disabled="0" errors="0" '
                  'failures="0">\n'
                  '    <testcase name="No violations found" classname="otp-lints"/>\n'
                  "  </testsuite>\n")
    for path, group in by_path.items():
        classname = re.sub(r"\.pyi?$", "", path).replace("\\", "/").replace("/", ".")
        out.write(f'  <testsuite name="{_xml(path, True)}" tests="{len(group)}" disabled="0" '
                  f'errors="0" failures="{len(group)}">\n')
        for d in group:
            out.write(f'    <testcase name="otp-lints.{d.code}" classname="{_xml(classname, True)}"'
                      f' file="{_xml(path, True)}" line="{d.line}" column="{d.col + 1}">\n')
            out.write(f'      <failure message="{_xml(d.message, True)}" '
                      f'type="{ctx.severity(d)}">'
                      f"{_xml(f'line {d.line}, col {d.col + 1}, {d.code} {d.message}')}"
                      "</failure>\n")
            out.write("    </testcase>\n")
        out.write("  </testsuite>\n")
    out.write("</testsuites>\n")


# ---------------------------------------------------------------------------
# sarif
# ---------------------------------------------------------------------------
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _short_description(doc: str) -> str:
    what = doc.split("## What it does", 1)[-1].split("##", 1)[0].strip()
    first = " ".join(what.split("\n\n", 1)[0].split())
    return first


def _file_uri(path: str) -> str:
    from urllib.parse import quote
    from urllib.request import pathname2url

    url = pathname2url(path) if os.name == "nt" else quote(path.replace(os.sep, "/"),
                                                               errors="surrogateescape")
    return "file://" + (url if url.startswith("/") else "/" + url)


def sarif_document(diags: Sequence[Diagnostic], ctx: Optional[Output] = None) -> dict[str, Any]:
    """SARIF 2.1.0. Artifact URIs are relative to ``%SRCROOT%``, the project
    root (``ctx.root``), given as an absolute URI in ``originalUriBaseIds``:
    the same document wherever the tool ran; every rule has a ``helpUri``."""
    from urllib.parse import quote

    from otp_lints import __version__
    from otp_lints.docgen import DOCS_URL, rule_page, rule_url

    ctx = ctx or Output()
    root = os.path.abspath(ctx.root or os.getcwd())
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
                "helpUri": rule_url(code),
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
            "helpUri": rule_url(code),
            "defaultConfiguration": {"level": "error", "enabled": cls.default_on},
            "properties": {"tags": ["concurrency", "otp", GROUPS.get(code[:4], "")],
                           "fix": cls.fix_safety or "none"},
        })

    def location(path: str) -> dict[str, Any]:
        rel = ctx.project_path(path) if ctx.root else path.replace("\\", "/")
        if os.path.isabs(rel) or re.match(r"^[A-Za-z]:/", rel):
            return {"uri": _file_uri(rel)}
        return {"uri": quote(rel, safe="/", errors="surrogateescape"), "uriBaseId": "%SRCROOT%"}

    def column(path: str, line: int, byte_col: int) -> int:
        """The 1-based code-point column SARIF's ``columnKind`` promises (the
        ``ast``'s offsets are UTF-8 bytes)."""
        lines = ctx.lines(path)
        if lines is None or not 0 < line <= len(lines):
            return byte_col + 1
        return _char_col(lines[line - 1], byte_col) + 1

    results = []
    for d in diags:
        artifact = location(d.path)
        region = {"startLine": d.line, "startColumn": column(d.path, d.line, d.col),
                  "endLine": d.end_line, "endColumn": column(d.path, d.end_line, d.end_col)}
        result: dict[str, Any] = {
            "ruleId": d.code, "ruleIndex": index[d.code],
            "level": _SARIF_LEVELS.get(ctx.severity(d), "error"),
            "message": {"text": json_text(d.message)},
            "locations": [{"physicalLocation": {"artifactLocation": artifact,
                                                "region": region}}],
        }
        if d.fix is not None:
            result["fixes"] = [{
                "description": {"text": f"{d.fix.message} ({d.fix.safety} fix)"},
                "artifactChanges": [{
                    "artifactLocation": artifact,
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
                "informationUri": DOCS_URL.split("/blob/", 1)[0],
                "rules": descriptors,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": _file_uri(root.rstrip(os.sep) + "/")}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def write_sarif(diags: Sequence[Diagnostic], out: TextIO, ctx: Optional[Output] = None) -> None:
    json.dump(sarif_document(diags, ctx), out, indent=2)
    out.write("\n")


def _rule_name(code: str) -> str:
    cls = all_rules().get(code)
    if cls is not None:
        return cls.name
    return FILE_ERROR_NAME if code == FILE_ERROR else ""


Writer = Callable[[Sequence[Diagnostic], TextIO, Optional[Output]], None]
FORMATS: dict[str, Writer] = {
    "text": write_text, "full": write_full, "json": write_json, "sarif": write_sarif,
    "github": write_github, "gitlab": write_gitlab, "junit": write_junit,
}
#: formats a person reads: the statistics table and the fixable hint go with them
HUMAN_FORMATS = ("text", "full")
