"""``otp-lints report``: the migration status, in the spirit of the audit reports.

Counts every violation once, under the layer that decided it: reported (what
`check` prints), noqa'd, allowlisted or baselined. "Clean" means a file has no
violation of the group at all, in any layer: migrated, not merely tolerated.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter, defaultdict
from typing import Any

from otp_lints.config import Settings
from otp_lints.diagnostics import (
    FILE_ERROR,
    FILE_ERROR_GROUP,
    FILE_ERROR_NAME,
    json_text,
    printable,
)
from otp_lints.lint import FileResult, allowlist_usage
from otp_lints.rules import GROUPS, all_rules
from otp_lints.suppress import is_expired

LAYERS = ("reported", "noqa", "allowlist", "baseline")
EXPIRING_DAYS = 30
TOP_FILES = 10


def _group_of(code: str) -> str:
    return code[:4] if code != FILE_ERROR else "OTP0"


def build_report(settings: Settings, results: list[FileResult], today: datetime.date
                 ) -> dict[str, Any]:
    rules = all_rules()
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    rule_files: dict[str, set[str]] = defaultdict(set)
    group_files: dict[str, set[str]] = defaultdict(set)
    file_counts: dict[str, Counter[str]] = defaultdict(Counter)
    file_codes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        items = [(d, "reported") for d in r.diagnostics]
        items += [(d, layer) for d, layer in r.suppressed if not (
            layer == "noqa" and d in r.diagnostics)]
        for d, layer in items:
            per_rule[d.code][layer] += 1
            rule_files[d.code].add(r.path)
            group_files[_group_of(d.code)].add(r.path)
            file_counts[r.path][layer] += 1
            file_codes[r.path][d.code] += 1
    n_files = len(results)

    def counts(c: Counter[str]) -> dict[str, int]:
        out = {layer: c[layer] for layer in LAYERS}
        out["total"] = sum(out.values())
        return out

    rule_rows = []
    enabled = settings.enabled_codes
    for code in sorted(set(per_rule) | set(enabled)):
        row: dict[str, Any] = {"code": code,
                               "name": rules[code].name if code in rules else FILE_ERROR_NAME}
        row.update(counts(per_rule[code]))
        row["files_affected"] = len(rule_files[code])
        rule_rows.append(row)

    group_rows = []
    group_titles = dict(GROUPS)
    group_titles["OTP0"] = FILE_ERROR_GROUP
    for prefix, title in group_titles.items():
        members = [r for r in rule_rows if _group_of(r["code"]) == prefix]
        if not members:
            continue
        agg: Counter[str] = Counter()
        for m in members:
            for layer in LAYERS:
                agg[layer] += m[layer]
        affected = len(group_files[prefix])
        row = {"group": prefix + "xx", "title": title}
        row.update(counts(agg))
        row["files_affected"] = affected
        row["files_clean"] = n_files - affected
        row["share_clean"] = round((n_files - affected) / n_files, 4) if n_files else 1.0
        group_rows.append(row)

    used = allowlist_usage(results)
    allow_rows: list[dict[str, Any]] = []
    for entry in settings.allow:
        if is_expired(entry, today):
            status = "expired"
        elif entry.expires is not None and (entry.expires - today).days <= EXPIRING_DAYS:
            status = "expiring"
        else:
            status = "active"
        allow_rows.append({
            "index": entry.index, "rules": list(entry.rules), "paths": list(entry.paths),
            "modules": list(entry.modules), "reason": entry.reason,
            "expires": entry.expires.isoformat() if entry.expires else None,
            "status": status, "allowed": used[entry.index],
        })
    order = {"expired": 0, "expiring": 1, "active": 2}
    allow_rows.sort(key=lambda e: (order[e["status"]], e["expires"] or "9999", e["index"]))

    top = sorted(file_counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:TOP_FILES]
    top_rows = []
    for path, c in top:
        row = {"path": json_text(path)}
        row.update(counts(c))
        row["codes"] = dict(sorted(file_codes[path].items()))
        top_rows.append(row)

    totals: Counter[str] = Counter()
    for row in rule_rows:
        for layer in LAYERS:
            totals[layer] += row[layer]
    files_with_any = len({p for files in rule_files.values() for p in files})
    return {
        "date": today.isoformat(),
        "files_checked": n_files,
        "files_clean": n_files - files_with_any,
        "share_clean": round((n_files - files_with_any) / n_files, 4) if n_files else 1.0,
        "totals": counts(totals),
        "groups": group_rows,
        "rules": rule_rows,
        "allowlist": allow_rows,
        "top_files": top_rows,
    }


def render_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _status(row: dict[str, Any]) -> str:
    if row["reported"]:
        return "❌ violations reported"
    if row["total"]:
        return "⚠️ all tolerated (noqa, allowlist or baseline)"
    return "✅ clean"


def render_markdown(data: dict[str, Any]) -> str:
    t = data["totals"]
    out = [
        "# otp-lints migration status",
        "",
        f"**Date**: {data['date']}  ",
        f"**Files checked**: {data['files_checked']}, of which "
        f"{data['files_clean']} clean ({_pct(data['share_clean'])})",
        "",
        "## Summary",
        "",
        f"- ❌ **Reported**: {t['reported']} (what `otp-lints check` fails on)",
        f"- 🔕 **noqa'd**: {t['noqa']}",
        f"- 📋 **Allowlisted**: {t['allowlist']}",
        f"- 📦 **Baselined**: {t['baseline']} (legacy debt to burn down)",
        f"- **Total violations**: {t['total']}",
        "",
        "## By rule group",
        "",
        "| Group | Status | Reported | noqa | Allowlisted | Baselined | Files affected "
        "| Files clean |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for g in data["groups"]:
        out.append(
            f"| {g['group']} {g['title']} | {_status(g)} | {g['reported']} | {g['noqa']} | "
            f"{g['allowlist']} | {g['baseline']} | {g['files_affected']} | "
            f"{g['files_clean']} ({_pct(g['share_clean'])}) |"
        )
    out += ["", "## By rule", "",
            "| Rule | Reported | noqa | Allowlisted | Baselined | Files affected |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in data["rules"]:
        if not r["total"]:
            continue
        out.append(f"| {r['code']} {r['name']} | {r['reported']} | {r['noqa']} | "
                   f"{r['allowlist']} | {r['baseline']} | {r['files_affected']} |")
    if not any(r["total"] for r in data["rules"]):
        out.append("| (no violations) | | | | | |")
    out += ["", "## Allowlist", ""]
    if data["allowlist"]:
        out += ["| Status | Rules | Where | Expires | Allowed | Reason |",
                "| --- | --- | --- | --- | ---: | --- |"]
        icon = {"expired": "❌ expired", "expiring": "⚠️ expiring", "active": "✅ active"}
        for e in data["allowlist"]:
            where = ", ".join(f"`{w}`" for w in e["paths"] + e["modules"])
            out.append(f"| {icon[e['status']]} | {', '.join(e['rules'])} | {where} | "
                       f"{e['expires'] or 'never'} | {e['allowed']} | "
                       f"{e['reason'].replace('|', '/')} |")
    else:
        out.append("No allowlist entries.")
    out += ["", "## Files with most violations", ""]
    if data["top_files"]:
        out += ["| File | Total | Reported | Tolerated | Rules |",
                "| --- | ---: | ---: | ---: | --- |"]
        for f in data["top_files"]:
            codes = ", ".join(f"{c} ({n})" for c, n in f["codes"].items())
            out.append(f"| `{printable(f['path'])}` | {f['total']} | {f['reported']} | "
                       f"{f['total'] - f['reported']} | {codes} |")
    else:
        out.append("None: every file is clean.")
    out.append("")
    return "\n".join(out)
