"""Suppression layers after ``# noqa``: the allowlist, then the baseline.

Both front ends run diagnostics through ``apply_layers``. Each layer only
*classifies*: a diagnostic is reported, or suppressed by a named layer, and the
front end (and ``otp-lints report``) counts what each layer took. Per-file
results carry everything the run-level summaries need (which allowlist entry
allowed what, which baseline entries were consumed), so results can be
gathered from worker processes and summed.
"""

from __future__ import annotations

import datetime
import functools
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from otp_lints.config import AllowEntry, ConfigError, Settings
from otp_lints.diagnostics import FILE_ERROR, Diagnostic
from otp_lints.files import os_reason, read_source, replace_atomically
from otp_lints.globs import compile_glob
from otp_lints.noqa import NoqaFilter, covers, file_is_skipped, may_have_noqa

BASELINE_VERSION = 1


# ---------------------------------------------------------------------------
# Allowlist
# ---------------------------------------------------------------------------
def module_names(relpath: str, settings: Settings) -> list[str]:
    """Dotted module names of a file, one per ``src`` root that contains it."""
    if not relpath.endswith((".py", ".pyi")):
        return []
    stem = relpath.rsplit(".", 1)[0]
    names = []
    for root in settings.src:
        root = root.strip("/").replace("\\", "/")
        if root in ("", "."):
            rest = stem
        elif stem.startswith(root + "/"):
            rest = stem[len(root) + 1:]
        else:
            continue
        if rest.startswith("../"):
            continue
        parts = rest.split("/")
        if parts[-1] == "__init__":
            parts.pop()
        if parts and all(p.isidentifier() for p in parts):
            names.append(".".join(parts))
    return names


@functools.cache
def _module_regex(pattern: str) -> re.Pattern[str]:
    """``app.legacy.*`` matches ``app.legacy`` and everything below it;
    ``*`` elsewhere matches any run of characters (dots included). Compiled
    once per process, as globs are (thousands of entries stay linear)."""
    if pattern.endswith(".*"):
        base = pattern[:-2]
        body = re.escape(base).replace(r"\*", ".*")
        return re.compile(f"^{body}(?:\\..+)?$")
    return re.compile("^" + re.escape(pattern).replace(r"\*", ".*") + "$")


def entry_matches_file(entry: AllowEntry, relpath: str, modules: Sequence[str]) -> bool:
    if any(compile_glob(p).match(relpath) for p in entry.paths):
        return True
    return any(_module_regex(m).match(name) for m in entry.modules for name in modules)


def is_expired(entry: AllowEntry, today: datetime.date) -> bool:
    """An entry is valid through its ``expires`` date."""
    return entry.expires is not None and today > entry.expires


def allow_entry_for(
    code: str, relpath: str, modules: Sequence[str], settings: Settings, today: datetime.date
) -> tuple[Optional[AllowEntry], Optional[AllowEntry]]:
    """(the entry that allows ``code`` in this file, the first expired entry that
    would have): the first live entry in config order wins."""
    expired_by = None
    for entry in settings.allow:
        if not code.startswith(entry.rules):
            continue
        if not entry_matches_file(entry, relpath, modules):
            continue
        if is_expired(entry, today):
            expired_by = expired_by or entry
        else:
            return entry, expired_by
    return None, expired_by


# ---------------------------------------------------------------------------
# Baseline
# ---------------------------------------------------------------------------
def fingerprint(line_text: str) -> str:
    """Of the offending line's text, stripped and with runs of white space folded:
    stable under edits elsewhere and under re-spacing the line itself."""
    import hashlib

    folded = " ".join(line_text.split())
    return hashlib.sha256(folded.encode("utf-8", "surrogatepass")).hexdigest()[:16]


BaselineKey = tuple[str, str, str]  # (relpath, code, fingerprint)


@dataclass
class Baseline:
    path: str
    counts: dict[BaselineKey, int] = field(default_factory=dict)
    texts: dict[BaselineKey, str] = field(default_factory=dict)
    _by_path: Optional[dict[str, dict[BaselineKey, int]]] = field(
        default=None, repr=False, compare=False
    )

    @classmethod
    def load(cls, path: str) -> Baseline:
        import json

        try:
            data = json.loads(read_source(path))
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read baseline: {os_reason(exc)}") from None
        except ValueError as exc:
            raise ConfigError(f"{path}: invalid baseline JSON: {exc}") from None
        baseline = cls(path)
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise ConfigError(f"{path}: invalid baseline: no 'entries' list")
        for i, e in enumerate(entries):
            try:
                key = (str(e["path"]), str(e["code"]), str(e["fingerprint"]))
                count = int(e.get("count", 1))
            except (KeyError, TypeError, ValueError):
                raise ConfigError(f"{path}: invalid baseline entry {i}") from None
            baseline.counts[key] = baseline.counts.get(key, 0) + count
            baseline.texts[key] = str(e.get("source", ""))
        return baseline

    def for_path(self, relpath: str) -> dict[BaselineKey, int]:
        """The entries of one file (indexed on first use: a file's lookup must not
        cost a pass over the whole baseline)."""
        index = self._by_path
        if index is None:
            index = self._by_path = {}
            for key, n in self.counts.items():
                index.setdefault(key[0], {})[key] = n
        return index.get(relpath, {})


def write_baseline(path: str, counts: Counter[BaselineKey], texts: dict[BaselineKey, str]) -> None:
    """Deterministic: sorted entries, stable keys, no timestamps. Written
    atomically (``files.replace_atomically``); raises OSError."""
    import json

    entries = [
        {"path": p, "code": c, "fingerprint": fp, "count": counts[(p, c, fp)],
         "source": texts.get((p, c, fp), "")}
        for (p, c, fp) in sorted(counts)
        if counts[(p, c, fp)] > 0
    ]
    data = {"tool": "otp-lints", "version": BASELINE_VERSION, "entries": entries}
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    # A path that is not UTF-8 holds lone surrogates: written as JSON's own
    # \udcXX escapes, which read back as the same path.
    replace_atomically(path, text.encode("utf-8", "backslashreplace"))


# ---------------------------------------------------------------------------
# The layers, per file
# ---------------------------------------------------------------------------
@dataclass
class Layers:
    """What a run applies after the rules: noqa (CLI), allowlist, baseline."""

    settings: Settings
    baseline: Optional[Baseline] = None
    today: datetime.date = field(default_factory=datetime.date.today)
    apply_noqa: bool = True  # the flake8 plugin leaves noqa to flake8


@dataclass
class Classified:
    reported: list[Diagnostic] = field(default_factory=list)
    #: (diagnostic, layer) with layer one of "noqa", "allowlist", "baseline"
    suppressed: list[tuple[Diagnostic, str]] = field(default_factory=list)
    #: allowlist entry index -> diagnostics it allowed in this file
    allow_used: Counter[int] = field(default_factory=Counter)
    #: baseline keys consumed in this file, with counts
    baseline_used: Counter[BaselineKey] = field(default_factory=Counter)
    #: (relpath, code, fingerprint) -> stripped text, for writing a baseline
    keys: list[tuple[Diagnostic, BaselineKey, str]] = field(default_factory=list)
    relpath: str = ""
    #: (per-file-ignores entry index, its code) -> diagnostics it took in this file
    ignores_used: Counter[tuple[int, str]] = field(default_factory=Counter)
    #: the settings that applied to the file (each file has its config: SPEC 7.2)
    settings: Optional[Settings] = None


class LineFacts(NamedTuple):
    """What the layers read of the line a diagnostic is on: it depends only on
    the file's content, so the CLI's cache keeps it beside the raw results."""

    #: the codes of the noqa comment on its physical line: () for a blanket
    #: one, None for none
    noqa: Optional[tuple[str, ...]]
    #: the baseline's ``fingerprint`` of the stripped line
    fingerprint: str
    #: the stripped line, at most 200 characters (a baseline's ``source``)
    text: str


_NO_LINE = LineFacts(None, fingerprint(""), "")


@dataclass
class ContentFacts:
    """The facts of one file's content that ``classify`` needs for its
    diagnostics: whether a ``# flake8: noqa`` line skips the file, and the
    ``LineFacts`` of each line holding a diagnostic. Beside them, the other
    files the diagnostics were computed from (a base test class's module:
    path, size, modification time), which the result cache checks."""

    skipped: bool = False
    lines: dict[int, LineFacts] = field(default_factory=dict)
    dependencies: tuple[tuple[str, int, int], ...] = ()

    def of(self, line: int) -> LineFacts:
        return self.lines.get(line, _NO_LINE)


def content_facts(diags: Sequence[Diagnostic], lines: Optional[Sequence[str]]) -> ContentFacts:
    """The per-line work of the layers, done once: ``lines`` is None when the
    file was not read or did not parse (no noqa applies then)."""
    facts = ContentFacts()
    if lines is None or not diags:
        return facts
    facts.skipped = file_is_skipped(lines)
    noqa = NoqaFilter(lines) if may_have_noqa(lines) else None
    for d in diags:
        n = d.line
        if n in facts.lines:
            continue
        text = lines[n - 1].strip() if 0 < n <= len(lines) else ""
        codes = noqa.codes(n) if noqa is not None else None
        facts.lines[n] = LineFacts(codes, fingerprint(text), text[:200])
    return facts


def classify(
    diags: Sequence[Diagnostic], lines: Optional[Sequence[str]], path: str, layers: Layers,
    facts: Optional[ContentFacts] = None,
) -> Classified:
    """Each diagnostic reported or suppressed by a layer. What the layers need of
    the file's content comes as ``facts`` (``content_facts``, kept by the CLI's
    cache), or is read from ``lines``."""
    settings = layers.settings
    relpath = settings.relpath(path) if path != "-" else "-"
    out = Classified(relpath=relpath, settings=settings)
    if not diags:
        return out
    if settings.per_file_ignores and relpath != "-":
        diags = _per_file_ignores(diags, relpath, settings, out)
    if facts is None:
        facts = content_facts(diags, lines)
    if facts.skipped and layers.apply_noqa:
        out.suppressed = [(d, "noqa") for d in diags]
        return out
    modules: Optional[list[str]] = None
    remaining_baseline: Counter[BaselineKey] = Counter()
    if layers.baseline is not None:
        remaining_baseline.update(layers.baseline.for_path(relpath))
    for d in diags:
        line = facts.of(d.line)
        if line.noqa is not None and covers(line.noqa, d.code):
            out.suppressed.append((d, "noqa"))
            if not layers.apply_noqa:
                out.reported.append(d)  # flake8 drops it itself
            continue
        if settings.allow:
            if modules is None:
                modules = module_names(relpath, settings)
            allowed_by, expired_by = allow_entry_for(
                d.code, relpath, modules, settings, layers.today
            )
            if allowed_by is not None:
                out.suppressed.append((d, "allowlist"))
                out.allow_used[allowed_by.index] += 1
                continue
            if expired_by is not None and expired_by.expires is not None:
                d = d.with_message(
                    f"{d.message} (allowlist expired {expired_by.expires.isoformat()})"
                )
        key = (relpath, d.code, line.fingerprint)
        out.keys.append((d, key, line.text))
        if remaining_baseline.get(key, 0) > 0:
            remaining_baseline[key] -= 1
            out.baseline_used[key] += 1
            out.suppressed.append((d, "baseline"))
            continue
        out.reported.append(d)
    return out


def _per_file_ignores(diags: Sequence[Diagnostic], relpath: str, settings: Settings,
                      out: Classified) -> Sequence[Diagnostic]:
    """The first layer (SPEC 2): diagnostics of codes ``per-file-ignores`` turns off
    for the file (``lint.raw_diagnostics`` lints them only to count them), each
    counted for every entry that covers it."""
    codes = settings.codes_for(relpath)
    if all(d.code in codes or d.code == FILE_ERROR for d in diags):
        return diags
    entries = [(i, pattern, ignored) for i, (pattern, ignored) in
               enumerate(settings.per_file_ignores) if compile_glob(pattern).match(relpath)]
    kept = []
    for d in diags:
        if d.code in codes or d.code == FILE_ERROR:
            kept.append(d)
            continue
        out.suppressed.append((d, "per-file-ignores"))
        for i, _pattern, ignored in entries:
            for code in ignored:
                if d.code.startswith(code):
                    out.ignores_used[(i, code)] += 1
    return kept


def load_baseline_for(settings: Settings, override: Optional[str], disabled: bool
                      ) -> Optional[Baseline]:
    """The baseline a ``check`` uses: ``--baseline FILE`` (must exist), else the
    configured file when it exists, else none."""
    if disabled:
        return None
    if override is not None:
        if not os.path.isfile(override):
            raise ConfigError(f"--baseline: no such file: {override}")
        return Baseline.load(override)
    path = baseline_path(settings)
    if os.path.isfile(path):
        return Baseline.load(path)
    return None


def baseline_path(settings: Settings) -> str:
    return os.path.join(settings.root, settings.baseline)
