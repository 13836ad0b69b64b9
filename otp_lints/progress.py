"""Progress over time: ``report --compare OLD.json`` and ``report --history FILE``.

The seed audits are two snapshots of one migration, the second written
against the first: "63% (up from 57%)", what changed, what did not, and a new
estimate of the time to full compliance. ``compare`` gives that delta between
two ``report --format json`` documents, per group and per rule; ``History``
keeps one point per day of the report's numbers in a JSON file, and
``render_history`` draws them as Mermaid ``xychart-beta`` charts (GitHub
renders them in job summaries and PR comments) with the date each count
reaches zero at the recent rate.

"Tolerated" is everything a layer let through: noqa'd, allowlisted or
baselined. "Left" is reported plus tolerated: what the migration still has to
burn down; a projection of zero is a projection of ``left``.
"""

from __future__ import annotations

import datetime
import json
import math
import os
from collections.abc import Mapping, Sequence
from typing import Any, Optional

from otp_lints.config import ConfigError
from otp_lints.files import read_source

HISTORY_VERSION = 1
#: history points drawn in a chart (the file keeps them all)
CHART_POINTS = 30
#: the window the recent rate is measured over, in days before the last point
RATE_WINDOW_DAYS = 30
TOLERATED = ("noqa", "allowlist", "baseline")


# ---------------------------------------------------------------------------
# Reading a report
# ---------------------------------------------------------------------------
def _read_json(path: str, option: str) -> Any:
    """The JSON document a report option names; ConfigError (one line) when it
    cannot be read (a FIFO or a device is no file: ``read_source``) or parsed."""
    try:
        return json.loads(read_source(path).decode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{option}: cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # UnicodeDecodeError included
        raise ConfigError(f"{option}: {path} is not JSON: {exc}") from None


def load_report(path: str) -> dict[str, Any]:
    """An earlier ``report --format json``; ConfigError (one line) when it is not."""
    data = _read_json(path, "--compare")
    if not (isinstance(data, dict) and isinstance(data.get("groups"), list)
            and isinstance(data.get("rules"), list) and isinstance(data.get("totals"), dict)):
        raise ConfigError(f"--compare: {path} is not an otp-lints report "
                          "(write one with `otp-lints report --format json`)")
    return data


def _int(row: Mapping[str, Any], key: str) -> int:
    value = row.get(key, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _share(row: Mapping[str, Any]) -> Optional[float]:
    value = row.get("share_clean")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _counts(row: Mapping[str, Any]) -> dict[str, int]:
    out = {key: _int(row, key) for key in ("reported", *TOLERATED)}
    out["tolerated"] = sum(out[k] for k in TOLERATED)
    out["left"] = out["reported"] + out["tolerated"]
    return out


# ---------------------------------------------------------------------------
# Compare two reports
# ---------------------------------------------------------------------------
def _change(now: int, then: int) -> dict[str, int]:
    return {"now": now, "then": then, "change": now - then}


def _share_change(now: Optional[float], then: Optional[float]) -> Optional[dict[str, Any]]:
    if now is None or then is None:
        return None
    return {"now": now, "then": then, "change": round(now - then, 4)}


def _status(now: dict[str, int], then: dict[str, int], existed: bool) -> str:
    if not existed:
        return "new"
    if now["left"] == 0 and then["left"] > 0:
        return "newly clean"
    if now["reported"] > then["reported"] or now["left"] > then["left"]:
        return "regressed"
    if now["left"] < then["left"]:
        return "improved"
    return "unchanged"


def compare(new: Mapping[str, Any], old: Mapping[str, Any]) -> dict[str, Any]:
    """What changed between an ``old`` report and a ``new`` one: per group, per
    rule (every rule either report counts), and in all."""
    out: dict[str, Any] = {
        "since": str(old.get("date", "")),
        "files_checked": _change(_int(new, "files_checked"), _int(old, "files_checked")),
        "share_clean": _share_change(_share(new), _share(old)),
    }
    tn, to = _counts(new["totals"]), _counts(old["totals"])
    out["totals"] = {k: _change(tn[k], to[k]) for k in tn}

    old_groups = {g.get("group"): g for g in old["groups"] if isinstance(g, dict)}
    groups = []
    for g in new["groups"]:
        prev = old_groups.get(g["group"])
        now, then = _counts(g), _counts(prev or {})
        groups.append({
            "group": g["group"], "title": g.get("title", ""),
            "status": _status(now, then, prev is not None),
            "share_clean": _share_change(_share(g), _share(prev) if prev else None),
            **{k: _change(now[k], then[k]) for k in ("reported", "tolerated", "left")},
        })
    for name, prev in old_groups.items():  # a group the new run has no row for
        if name not in {g["group"] for g in new["groups"]} and isinstance(name, str):
            then = _counts(prev)
            groups.append({
                "group": name, "title": prev.get("title", ""), "status": "not checked",
                "share_clean": None,
                **{k: _change(0, then[k]) for k in ("reported", "tolerated", "left")},
            })
    out["groups"] = groups

    old_rules = {r.get("code"): r for r in old["rules"] if isinstance(r, dict)}
    new_rules = {r["code"]: r for r in new["rules"]}
    rules = []
    for code in sorted(set(new_rules) | {c for c in old_rules if isinstance(c, str)}):
        now, then = _counts(new_rules.get(code, {})), _counts(old_rules.get(code, {}))
        if now == then:
            continue
        row = new_rules.get(code) or old_rules.get(code) or {}
        rules.append({
            "code": code, "name": row.get("name", ""),
            "status": _status(now, then, code in old_rules),
            **{k: _change(now[k], then[k]) for k in ("reported", "tolerated", "left")},
        })
    out["rules"] = rules
    return out


def pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def share_text(change: Optional[Mapping[str, Any]]) -> str:
    """``63% (up from 57%)``, ``63% (down from 70%)``, ``63% (unchanged)``."""
    if change is None:
        return ""
    now, then = pct(change["now"]), pct(change["then"])
    if now == then:
        return f"{now} (unchanged)"
    return f"{now} ({'up' if change['now'] > change['then'] else 'down'} from {then})"


def count_text(change: Mapping[str, int], what: str) -> str:
    """``-12 reported``, ``+3 tolerated``, ``±0 reported``."""
    n = change["change"]
    return f"{'+' if n > 0 else '±' if n == 0 else '-'}{abs(n)} {what}"


def render_compare(delta: Mapping[str, Any]) -> list[str]:
    """The "Changes since" section, as Markdown lines."""
    t = delta["totals"]
    out = [f"## Changes since {delta['since'] or 'the earlier report'}", ""]
    net = ", ".join(count_text(t[k], label) for k, label in (
        ("reported", "reported"), ("tolerated", "tolerated"), ("left", "left in all")))
    share = share_text(delta["share_clean"])
    out.append(f"**Net change**: {net}" + (f"; files clean {share}" if share else "") + ".")
    out.append("")
    icon = {"newly clean": "✅ newly clean", "improved": "⬇️ improved",
            "regressed": "❌ regressed", "unchanged": "= unchanged", "new": "🆕 new",
            "not checked": "❔ not checked"}
    out += ["| Group | Change | Files clean | Reported | Tolerated |",
            "| --- | --- | --- | ---: | ---: |"]
    for g in delta["groups"]:
        out.append(
            f"| {g['group']} {g['title']} | {icon[g['status']]} | "
            f"{share_text(g['share_clean']) or '-'} | {g['reported']['now']} "
            f"({count_text(g['reported'], 'reported')}) | {g['tolerated']['now']} "
            f"({count_text(g['tolerated'], 'tolerated')}) |")
    out.append("")
    if delta["rules"]:
        out += ["| Rule | Change | Reported | Tolerated |", "| --- | --- | ---: | ---: |"]
        for r in delta["rules"]:
            out.append(
                f"| {r['code']} {r['name']} | {icon[r['status']]} | {r['reported']['now']} "
                f"({count_text(r['reported'], 'reported')}) | {r['tolerated']['now']} "
                f"({count_text(r['tolerated'], 'tolerated')}) |")
    else:
        out.append("No rule's counts changed.")
    out.append("")
    return out


# ---------------------------------------------------------------------------
# History
# ---------------------------------------------------------------------------
def history_point(report: Mapping[str, Any]) -> dict[str, Any]:
    """This run's numbers, as one point of the history file."""
    groups = {}
    for g in report["groups"]:
        c = _counts(g)
        groups[g["group"]] = {"title": g.get("title", ""), "reported": c["reported"],
                              "tolerated": c["tolerated"], "share_clean": _share(g)}
    t = _counts(report["totals"])
    return {
        "date": report["date"], "files_checked": _int(report, "files_checked"),
        "share_clean": _share(report),
        "reported": t["reported"], "tolerated": t["tolerated"], "groups": groups,
    }


def load_history(path: str) -> list[dict[str, Any]]:
    """The points of a history file, oldest first; [] when it does not exist yet."""
    if not os.path.exists(path):
        return []
    data = _read_json(path, "--history")
    runs = data.get("runs") if isinstance(data, dict) else None
    if not isinstance(runs, list):
        raise ConfigError(f"--history: {path} is not an otp-lints history (no 'runs' list)")
    points = []
    for i, run in enumerate(runs):
        try:
            datetime.date.fromisoformat(run["date"])
            if not isinstance(run["groups"], dict):
                raise TypeError
            for g in run["groups"].values():
                if not (isinstance(g["reported"], int) and isinstance(g["tolerated"], int)):
                    raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ConfigError(f"--history: {path}: run {i + 1} is not a report's numbers"
                              ) from None
        points.append(run)
    return sorted(points, key=lambda p: p["date"])


def add_point(points: Sequence[dict[str, Any]], point: dict[str, Any]) -> list[dict[str, Any]]:
    """One point per day: a later run on the same date replaces that day's point."""
    kept = [p for p in points if p["date"] != point["date"]]
    return sorted([*kept, point], key=lambda p: p["date"])


def history_document(points: Sequence[Mapping[str, Any]]) -> str:
    """Deterministic (sorted keys, one point per date), so that it diffs well."""
    data = {"tool": "otp-lints", "version": HISTORY_VERSION, "runs": list(points)}
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _series(points: Sequence[Mapping[str, Any]], group: Optional[str], key: str) -> list[int]:
    if group is None:
        return [int(p[key]) for p in points]
    return [int(p["groups"].get(group, {}).get(key, 0)) for p in points]


def projection(dates: Sequence[datetime.date], left: Sequence[int]) -> dict[str, Any]:
    """When ``left`` reaches zero at the recent rate: a least-squares line over the
    points of the last ``RATE_WINDOW_DAYS`` days (at least the last two)."""
    if not dates:
        return {"status": "no history"}
    last = dates[-1]
    if left[-1] == 0:
        return {"status": "done", "since": last.isoformat()}
    window = [i for i, d in enumerate(dates) if (last - d).days <= RATE_WINDOW_DAYS]
    if len(window) < 2:
        window = list(range(max(len(dates) - 2, 0), len(dates)))
    if len(window) < 2:
        return {"status": "one point", "left": left[-1]}
    xs = [(dates[i] - last).days for i in window]
    ys = [left[i] for i in window]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var if var else 0.0
    out: dict[str, Any] = {
        "left": left[-1], "rate_per_day": round(slope, 3),
        "window": [dates[window[0]].isoformat(), last.isoformat()],
    }
    if slope >= 0:
        out["status"] = "not falling"
        return out
    days = math.ceil(left[-1] / -slope)
    out["status"] = "projected"
    out["zero_on"] = (last + datetime.timedelta(days=days)).isoformat()
    out["days"] = days
    return out


def trend(points: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The projection of zero in all and per group (the JSON form of the trend)."""
    dates = [datetime.date.fromisoformat(p["date"]) for p in points]
    groups = _groups(points)
    out: dict[str, Any] = {"points": len(points), "all": projection(
        dates, [r + t for r, t in zip(_series(points, None, "reported"),
                                      _series(points, None, "tolerated"))])}
    out["groups"] = {
        g: projection(dates, [r + t for r, t in zip(_series(points, g, "reported"),
                                                    _series(points, g, "tolerated"))])
        for g in groups
    }
    return out


def _groups(points: Sequence[Mapping[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for p in points:
        for g in p["groups"]:
            seen.setdefault(g, None)
    return sorted(seen)


def _title_of(points: Sequence[Mapping[str, Any]], group: str) -> str:
    for p in reversed(points):
        title = p["groups"].get(group, {}).get("title")
        if title:
            return str(title)
    return ""


def mermaid_string(text: str) -> str:
    """A double-quoted string token of Mermaid's xychart lexer: no ``"`` inside (it
    ends the string), no backquote (``"` `` opens a Markdown string), no ``%``
    (``%%`` starts a comment anywhere) and no line break."""
    cleaned = text.replace('"', "'").replace("`", "").replace("%", " percent")
    return '"' + " ".join(cleaned.split()) + '"'


def xychart(title: str, categories: Sequence[str], series: Sequence[tuple[str, str, Sequence[int]]]
            ) -> list[str]:
    """A Mermaid ``xychart-beta`` block: ``series`` are (kind, name, values) with kind
    ``bar`` or ``line``; every series has one value per category."""
    top = max((v for _, _, values in series for v in values), default=0)
    out = ["```mermaid", "xychart-beta", f"    title {mermaid_string(title)}",
           "    x-axis [" + ", ".join(mermaid_string(c) for c in categories) + "]",
           f'    y-axis "violations" 0 --> {max(top, 1)}']
    for kind, name, values in series:
        out.append(f"    {kind} {mermaid_string(name)} [" + ", ".join(str(int(v)) for v in values)
                   + "]")
    out.append("```")
    return out


def _projection_text(p: Mapping[str, Any]) -> str:
    status = p["status"]
    if status == "done":
        return "✅ zero"
    if status in ("one point", "no history"):
        return "not enough history yet (one run)"
    rate = p["rate_per_day"]
    per = f"{rate:+.2f} a day over {p['window'][0]} to {p['window'][1]}"
    if status == "not falling":
        return f"⚠️ not falling ({per})"
    return f"**{p['zero_on']}** ({per})"


def render_history(points: Sequence[Mapping[str, Any]]) -> list[str]:
    """The "Trend" section: a chart in all and one per group that ever had a
    violation (bars: tolerated, line: reported), and the projected dates of zero."""
    shown = list(points)[-CHART_POINTS:]
    dates = [p["date"] for p in shown]
    t = trend(points)
    out = ["## Trend", ""]
    if len(points) > len(shown):
        out += [f"The last {len(shown)} of {len(points)} runs in the history.", ""]
    out += xychart("All rules: bars tolerated, line reported", dates, [
        ("bar", "tolerated", _series(shown, None, "tolerated")),
        ("line", "reported", _series(shown, None, "reported")),
    ])
    out += ["", "| Group | Left now | Projected zero at the recent rate |", "| --- | ---: | --- |"]
    out.append(f"| All rules | {t['all'].get('left', 0)} | {_projection_text(t['all'])} |")
    groups = [g for g in _groups(points)
              if any(_series(points, g, "reported")) or any(_series(points, g, "tolerated"))]
    for g in groups:
        p = t["groups"][g]
        out.append(f"| {g} {_title_of(points, g)} | {p.get('left', 0)} | {_projection_text(p)} |")
    if groups:
        out += ["", "<details><summary>Per group</summary>", ""]
        for g in groups:
            out += xychart(f"{g} {_title_of(points, g)}: bars tolerated, line reported", dates, [
                ("bar", "tolerated", _series(shown, g, "tolerated")),
                ("line", "reported", _series(shown, g, "reported")),
            ])
            out.append("")
        out += ["</details>", ""]
    else:
        out.append("")
    return out
