"""report --compare and report --history (SPEC 7.5): the changes since an earlier
report, the history file, the projected date of zero, and the Mermaid charts,
checked against Mermaid's own xychart grammar (ported below)."""

from __future__ import annotations

import datetime
import json
import os
import re
from typing import Any, Optional

import pytest
from helpers import run_cli

from otp_lints import progress
from otp_lints.config import ConfigError
from otp_lints.report import render_json, render_markdown

# ---------------------------------------------------------------------------
# Mermaid's xychart grammar, ported from
# packages/mermaid/src/diagrams/xychart/parser/xychart.jison (lexer rules in
# their order, first match wins as in Jison; inclusive states %s see the
# unconditioned rules, exclusive ones %x only their own; case-insensitive).
# ---------------------------------------------------------------------------
_INCLUSIVE = {"INITIAL", "axis_data", "axis_band_data", "data", "data_inner"}
_NUMBER = r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)"
# (states or None for "no condition", regex, action): action is a token name,
# None to skip, or (token, "push:STATE" | "pop")
_RULES: list[tuple[Optional[set[str]], str, Any]] = [
    (None, r"%%(?!\{)[^\n]*", None),
    (None, r"[^}]%%[^\n]*", None),
    ({"axis_data"}, r"\r?\n", ("NEWLINE", "pop")),
    ({"data"}, r"\r?\n", ("NEWLINE", "pop")),
    (None, r"[\n\r]+", "NEWLINE"),
    (None, r"%%[^\n]*", None),
    (None, r"title", "title"),
    (None, r"xychart-beta", "XYCHART"),
    (None, r"xychart", "XYCHART"),
    (None, r"(?:vertical|horizontal)", "CHART_ORIENTATION"),
    (None, r"x-axis", ("X_AXIS", "push:axis_data")),
    (None, r"y-axis", ("Y_AXIS", "push:axis_data")),
    ({"axis_data"}, r"\[", ("SQUARE_BRACES_START", "push:axis_band_data")),
    ({"axis_data"}, r"-->", "ARROW_DELIMITER"),
    (None, r"line", ("LINE", "push:data")),
    (None, r"bar", ("BAR", "push:data")),
    ({"data"}, r"\[", ("SQUARE_BRACES_START", "push:data_inner")),
    ({"axis_data", "data_inner"}, _NUMBER, "NUMBER_WITH_DECIMAL"),
    ({"data_inner", "axis_band_data"}, r"\]", ("SQUARE_BRACES_END", "pop")),
    (None, r'"`', (None, "push:md_string")),
    ({"md_string"}, r'(?:(?!`").)+', "MD_STR"),
    ({"md_string"}, r'`"', (None, "pop")),
    (None, r'"', (None, "push:string")),
    ({"string"}, r'"', (None, "pop")),
    ({"string"}, r'[^"]*', "STR"),
    (None, r"\[", "SQUARE_BRACES_START"),
    (None, r"\]", "SQUARE_BRACES_END"),
    (None, r"[A-Za-z]+", "ALPHA"),
    (None, r":", "COLON"),
    (None, r"\+", "PLUS"),
    (None, r",", "COMMA"),
    (None, r"=", "EQUALS"),
    (None, r"\*", "MULT"),
    (None, r"#", "BRKT"),
    (None, r"_", "UNDERSCORE"),
    (None, r"\.", "DOT"),
    (None, r"&", "AMP"),
    (None, r"-", "MINUS"),
    (None, r"[0-9]+", "NUM"),
    (None, r"\s+", None),
    (None, r";", "SEMI"),
]
_ALPHANUM = {"AMP", "NUM", "ALPHA", "PLUS", "EQUALS", "MULT", "DOT", "BRKT", "MINUS",
             "UNDERSCORE"}


def mermaid_tokens(text: str) -> list[tuple[str, str]]:
    stack = ["INITIAL"]
    pos = 0
    out: list[tuple[str, str]] = []
    while pos < len(text):
        state = stack[-1]
        for states, pattern, action in _RULES:
            if states is None and state not in _INCLUSIVE:
                continue
            if states is not None and state not in states:
                continue
            m = re.compile(pattern, re.IGNORECASE).match(text, pos)
            if m is None or m.end() == pos:  # an empty match would loop
                continue
            token = action
            if isinstance(action, tuple):
                token, move = action
                if move == "pop":
                    stack.pop()
                else:
                    stack.append(move.split(":", 1)[1])
            if token is not None:
                out.append((token, m.group()))
            pos = m.end()
            break
        else:
            raise SyntaxError(f"Mermaid lexer: no rule matches at {text[pos:pos + 20]!r}")
    out.append(("EOF", ""))
    return out


class XYChart:
    """What Mermaid's parser hands its database for a diagram."""

    def __init__(self) -> None:
        self.title = ""
        self.x_title = ""
        self.bands: list[str] = []
        self.y_range: Optional[tuple[float, float]] = None
        self.plots: list[tuple[str, str, list[float]]] = []


def parse_xychart(text: str) -> XYChart:
    """Mermaid's xychart grammar (the ``start``/``statement`` productions); raises
    SyntaxError where Mermaid would fail to render."""
    toks = mermaid_tokens(text)
    i = 0
    chart = XYChart()

    def peek() -> str:
        return toks[i][0]

    def take(kind: str) -> str:
        nonlocal i
        if toks[i][0] != kind:
            raise SyntaxError(f"Mermaid parser: expected {kind}, got {toks[i]} (token {i})")
        i += 1
        return toks[i - 1][1]

    def text_() -> Optional[str]:
        nonlocal i
        if peek() in ("STR", "MD_STR"):
            return take(peek())
        if peek() in _ALPHANUM:
            parts = []
            while peek() in _ALPHANUM:
                parts.append(take(peek()))
            return "".join(parts)
        return None

    def numbers() -> list[float]:
        take("SQUARE_BRACES_START")
        values = [float(take("NUMBER_WITH_DECIMAL"))]
        while peek() == "COMMA":
            take("COMMA")
            values.append(float(take("NUMBER_WITH_DECIMAL")))
        take("SQUARE_BRACES_END")
        return values

    def range_() -> tuple[float, float]:
        low = float(take("NUMBER_WITH_DECIMAL"))
        take("ARROW_DELIMITER")
        return low, float(take("NUMBER_WITH_DECIMAL"))

    while peek() in ("NEWLINE", "SEMI"):
        take(peek())
    take("XYCHART")
    if peek() == "CHART_ORIENTATION":
        take("CHART_ORIENTATION")
    while peek() != "EOF":
        kind = peek()
        if kind in ("NEWLINE", "SEMI"):
            take(kind)
        elif kind == "title":
            take("title")
            title = text_()
            if title is None:
                raise SyntaxError("Mermaid parser: title without text")
            chart.title = title.strip()
        elif kind == "X_AXIS":
            take("X_AXIS")
            chart.x_title = text_() or ""
            if peek() == "SQUARE_BRACES_START":
                take("SQUARE_BRACES_START")
                bands = [text_()]
                while peek() == "COMMA":
                    take("COMMA")
                    bands.append(text_())
                take("SQUARE_BRACES_END")
                if any(b is None for b in bands):
                    raise SyntaxError("Mermaid parser: an empty x-axis category")
                chart.bands = [b for b in bands if b is not None]
            elif peek() == "NUMBER_WITH_DECIMAL":
                range_()
        elif kind == "Y_AXIS":
            take("Y_AXIS")
            text_()
            if peek() == "NUMBER_WITH_DECIMAL":
                chart.y_range = range_()
        elif kind in ("LINE", "BAR"):
            take(kind)
            name = text_() or ""
            chart.plots.append((kind.lower(), name, numbers()))
        else:
            raise SyntaxError(f"Mermaid parser: unexpected {toks[i]}")
    return chart


def mermaid_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```mermaid\n(.*?)^```$", markdown, re.S | re.M)


def test_the_ported_grammar_accepts_mermaids_own_examples_and_rejects_broken_ones() -> None:
    chart = parse_xychart(
        'xychart-beta\n    title "Sales Revenue"\n    x-axis [jan, feb, mar]\n'
        '    y-axis "Revenue (in $)" 4000 --> 11000\n    bar [5000, 6000, 7500]\n'
        '    line [5000, 6000, 7500]\n')
    assert chart.bands == ["jan", "feb", "mar"] and chart.y_range == (4000, 11000)
    assert [p[0] for p in chart.plots] == ["bar", "line"]
    parse_xychart('xychart-beta\nx-axis xAxisName\ny-axis yAxisName\n'
                  ' line "lineTitle with space"   [  +23 , -45  , 56.6 ]   ')
    for broken in (
        'xychart-beta\n x-axis [a, b]\n line [1, two]\n',       # not a number
        'xychart-beta\n x-axis [a, b]\n line [1, 2\n',          # unclosed
        'xychart-beta\n title "a "quoted" word"\n',             # a quote ends the string
        'xychart-beta\n x-axis ["a", ]\n',                      # an empty category
        'xychart-beta\n line [1e3]\n',                          # no exponents
    ):
        with pytest.raises(SyntaxError):
            parse_xychart(broken)


# ---------------------------------------------------------------------------
# Reports to compare
# ---------------------------------------------------------------------------
def _report(date: str, files: int, clean: int, groups: dict[str, tuple[int, int, int]],
            rules: dict[str, tuple[int, int]]) -> dict[str, Any]:
    """A report's JSON shape: groups are (reported, baselined, files clean), rules
    are (reported, baselined)."""
    group_rows = [{"group": g + "xx", "title": f"title {g}", "reported": r, "noqa": 0,
                   "allowlist": 0, "baseline": b, "total": r + b, "files_affected": files - c,
                   "files_clean": c, "share_clean": round(c / files, 4)}
                  for g, (r, b, c) in groups.items()]
    rule_rows = [{"code": code, "name": code.lower(), "reported": r, "noqa": 0, "allowlist": 0,
                  "baseline": b, "total": r + b, "files_affected": 1}
                 for code, (r, b) in rules.items()]
    reported = sum(r for r, _ in rules.values())
    baselined = sum(b for _, b in rules.values())
    return {"date": date, "files_checked": files, "files_clean": clean,
            "share_clean": round(clean / files, 4),
            "totals": {"reported": reported, "noqa": 0, "allowlist": 0, "baseline": baselined,
                       "total": reported + baselined},
            "groups": group_rows, "rules": rule_rows, "allowlist": [], "top_files": []}


JULY_1 = _report("2025-07-01", 100, 57, {"OTP1": (12, 8, 80), "OTP6": (0, 40, 10)},
                 {"OTP101": (12, 8), "OTP601": (0, 40)})
JULY_3 = _report("2025-07-03", 100, 63, {"OTP1": (0, 8, 85), "OTP6": (0, 40, 10)},
                 {"OTP101": (0, 8), "OTP601": (0, 40)})


def test_compare_gives_the_change_per_group_and_rule_and_the_net_change() -> None:
    delta = progress.compare(JULY_3, JULY_1)
    assert delta["since"] == "2025-07-01"
    assert progress.share_text(delta["share_clean"]) == "63% (up from 57%)"
    assert delta["totals"]["reported"] == {"now": 0, "then": 12, "change": -12}
    assert delta["totals"]["left"]["change"] == -12
    groups = {g["group"]: g for g in delta["groups"]}
    assert groups["OTP1xx"]["status"] == "improved"
    assert progress.share_text(groups["OTP1xx"]["share_clean"]) == "85% (up from 80%)"
    assert progress.count_text(groups["OTP1xx"]["reported"], "reported") == "-12 reported"
    assert groups["OTP6xx"]["status"] == "unchanged"
    assert progress.share_text(groups["OTP6xx"]["share_clean"]) == "10% (unchanged)"
    # Only rules whose counts changed are listed.
    assert [r["code"] for r in delta["rules"]] == ["OTP101"]

    md = render_markdown({**JULY_3, "compare": delta})
    assert "of which 63 clean: 63% (up from 57%)" in md
    assert "**Reported**: 0 (-12 since 2025-07-01)" in md
    assert "## Changes since 2025-07-01" in md
    assert "**Net change**: -12 reported, ±0 tolerated, -12 left in all; " \
           "files clean 63% (up from 57%)." in md
    assert "| OTP1xx title OTP1 | ⬇️ improved | 85% (up from 80%) | 0 (-12 reported) |" in md
    assert json.loads(render_json({**JULY_3, "compare": delta}))["compare"] == delta


def test_compare_statuses_newly_clean_regressed_new_and_not_checked() -> None:
    old = _report("2025-07-01", 10, 5, {"OTP1": (2, 0, 8), "OTP2": (0, 0, 10),
                                        "OTP3": (1, 0, 9)},
                  {"OTP101": (2, 0), "OTP301": (1, 0)})
    new = _report("2025-07-08", 10, 5, {"OTP1": (0, 0, 10), "OTP2": (1, 0, 9),
                                        "OTP4": (3, 0, 7)},
                  {"OTP201": (1, 0), "OTP401": (3, 0)})
    delta = progress.compare(new, old)
    status = {g["group"]: g["status"] for g in delta["groups"]}
    assert status == {"OTP1xx": "newly clean", "OTP2xx": "regressed", "OTP4xx": "new",
                      "OTP3xx": "not checked"}
    rules = {r["code"]: r["status"] for r in delta["rules"]}
    assert rules == {"OTP101": "newly clean", "OTP201": "new", "OTP301": "newly clean",
                     "OTP401": "new"}
    md = "\n".join(progress.render_compare(delta))
    assert "| OTP2xx title OTP2 | ❌ regressed | 90% (down from 100%) | 1 (+1 reported) |" in md


@pytest.mark.parametrize("content", ["{", "[]", '{"groups": []}', '{"runs": []}'])
def test_compare_with_something_else_is_one_line_error(tmp_path, content) -> None:
    path = tmp_path / "old.json"
    path.write_text(content)
    with pytest.raises(ConfigError, match=r"^--compare: "):
        progress.load_report(str(path))
    with pytest.raises(ConfigError, match=r"^--compare: cannot read"):
        progress.load_report(str(tmp_path / "missing.json"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_as_a_report_is_an_error_not_a_hang(tmp_path) -> None:
    fifo = str(tmp_path / "old.json")
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match=r"^--compare: cannot read .*not a regular file"):
        progress.load_report(fifo)
    with pytest.raises(ConfigError, match=r"^--history: cannot read .*not a regular file"):
        progress.load_history(fifo)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"groups": "\xff"}')
    with pytest.raises(ConfigError, match=r"^--compare: .* is not JSON"):
        progress.load_report(str(bad))


# ---------------------------------------------------------------------------
# History and projection
# ---------------------------------------------------------------------------
def _point(date: str, groups: dict[str, tuple[int, int]]) -> dict[str, Any]:
    return {"date": date, "files_checked": 10, "share_clean": 0.5,
            "reported": sum(r for r, _ in groups.values()),
            "tolerated": sum(t for _, t in groups.values()),
            "groups": {g: {"title": "t", "reported": r, "tolerated": t, "share_clean": 0.5}
                       for g, (r, t) in groups.items()}}


def test_one_point_per_day_the_last_run_wins() -> None:
    points = progress.add_point([], _point("2025-07-03", {"OTP1xx": (1, 2)}))
    points = progress.add_point(points, _point("2025-07-01", {"OTP1xx": (3, 4)}))
    points = progress.add_point(points, _point("2025-07-03", {"OTP1xx": (0, 2)}))
    assert [(p["date"], p["reported"]) for p in points] == [("2025-07-01", 3), ("2025-07-03", 0)]


def _d(s: str) -> datetime.date:
    return datetime.date.fromisoformat(s)


def test_projection_at_the_recent_rate() -> None:
    # 100 left, 80 ten days later: -2 a day, so the 80 left take 40 more days.
    p = progress.projection([_d("2025-07-01"), _d("2025-07-11")], [100, 80])
    assert p["status"] == "projected" and p["rate_per_day"] == -2.0
    assert p["zero_on"] == "2025-08-20" and p["days"] == 40
    # Only the last 30 days count: an old fast burn-down does not flatter today.
    p = progress.projection([_d("2025-01-01"), _d("2025-06-01"), _d("2025-07-01")],
                            [1000, 100, 90])
    assert p["window"] == ["2025-06-01", "2025-07-01"] and p["rate_per_day"] == pytest.approx(
        -10 / 30, abs=1e-3)
    assert p["zero_on"] == "2026-03-28"  # 90 left at a third a day: 270 days
    assert progress.projection([_d("2025-07-01"), _d("2025-07-02")], [5, 7])["status"] \
        == "not falling"
    assert progress.projection([_d("2025-07-01"), _d("2025-07-02")], [5, 0])["status"] == "done"
    assert progress.projection([_d("2025-07-01")], [5])["status"] == "one point"


def test_history_renders_mermaid_that_mermaids_grammar_accepts() -> None:
    points = [_point(f"2025-07-{d:02d}", {"OTP1xx": (10 - d, 20 - d), "OTP6xx": (0, 40 - d),
                                          "OTP2xx": (0, 0)})
              for d in range(1, 6)]
    md = "\n".join(progress.render_history(points))
    blocks = mermaid_blocks(md)
    assert len(blocks) == 3  # all rules, then OTP1xx and OTP6xx (OTP2xx never had any)
    for block in blocks:
        chart = parse_xychart(block)
        assert chart.bands == [f"2025-07-{d:02d}" for d in range(1, 6)]
        assert [(kind, name) for kind, name, _ in chart.plots] == [("bar", "tolerated"),
                                                                    ("line", "reported")]
        assert all(len(values) == len(chart.bands) for _, _, values in chart.plots)
        assert chart.y_range is not None
        assert chart.y_range[1] >= max(v for _, _, values in chart.plots for v in values)
    first = parse_xychart(blocks[0])
    assert first.plots[0][2] == [58, 56, 54, 52, 50] and first.plots[1][2] == [9, 8, 7, 6, 5]
    assert parse_xychart(blocks[1]).title == "OTP1xx t: bars tolerated, line reported"
    # 55 left, falling by 3 a day: 19 days after the last point.
    assert "| All rules | 55 | **2025-07-24** (-3.00 a day over 2025-07-01 to 2025-07-05) |" in md


def test_titles_and_categories_that_would_break_the_chart_are_made_safe() -> None:
    block = "\n".join(progress.xychart('50% "done" `x`\nnext', ["a b", "2025-07-01"],
                                       [("line", "r", [1, 2])])[1:-1])
    chart = parse_xychart(block)
    assert chart.title == "50 percent 'done' x next"
    assert chart.bands == ["a b", "2025-07-01"]


def test_history_file_round_trip_and_bad_files(tmp_path) -> None:
    path = tmp_path / "h.json"
    assert progress.load_history(str(path)) == []
    points = [_point("2025-07-01", {"OTP1xx": (1, 2)})]
    path.write_text(progress.history_document(points))
    assert progress.load_history(str(path)) == points
    for bad in ("nope", '{"runs": {}}', '{"runs": [{"date": "July 1", "groups": {}}]}',
                '{"runs": [{"date": "2025-07-01", "groups": {"OTP1xx": {"reported": "1"}}}]}'):
        path.write_text(bad)
        with pytest.raises(ConfigError, match=r"^--history: "):
            progress.load_history(str(path))


# ---------------------------------------------------------------------------
# The CLI, end to end
# ---------------------------------------------------------------------------
def test_report_compare_and_history_from_the_cli(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.otp-lints]\nextend-select = ["OTP201"]\n')
    (tmp_path / "a.py").write_text("import os\nos.kill(1, 9)\nos.kill(2, 9)\n")
    (tmp_path / "b.py").write_text("import threading\nx = threading.local()\n")
    root = str(tmp_path)
    old = run_cli("report", "--format", "json", cwd=root)
    assert old.returncode == 0, old.stderr
    data = json.loads(old.stdout)
    data["date"] = "2025-07-01"
    (tmp_path / "old.json").write_text(json.dumps(data))
    history = tmp_path / "history.json"
    history.write_text(progress.history_document([progress.history_point(data)]))

    (tmp_path / "a.py").write_text("import os\nos.kill(1, 9)\n")
    (tmp_path / "b.py").write_text("x = 1\n")
    new = run_cli("report", "--compare", "old.json", "--history", "history.json", cwd=root)
    assert new.returncode == 0, new.stderr
    md = new.stdout
    assert "of which 1 clean: 50% (up from 0%)" in md
    assert "**Net change**: -2 reported, ±0 tolerated, -2 left in all" in md
    assert "| OTP2xx Implicit state (Credo NoProcessDict) | ✅ newly clean |" in \
        md.replace("`", "")
    blocks = mermaid_blocks(md)
    assert blocks and all(parse_xychart(b).bands[-1] == str(datetime.date.today())
                          for b in blocks)
    saved = json.loads(history.read_text())
    assert [r["date"] for r in saved["runs"]] == ["2025-07-01", str(datetime.date.today())]
    assert saved["runs"][-1]["reported"] == 1

    again = run_cli("report", "--format", "json", "--history", "history.json", cwd=root)
    out = json.loads(again.stdout)
    assert "history" not in out and out["trend"]["points"] == 2
    assert out["trend"]["all"]["status"] in ("projected", "not falling")
    assert len(json.loads(history.read_text())["runs"]) == 2  # same day: replaced

    bad = run_cli("report", "--compare", "missing.json", cwd=root)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "--compare: cannot read missing.json" in bad.stderr
