"""``[tool.otp-lints]`` in pyproject.toml -> validated Settings.

Both front ends call ``find_config`` / ``load_settings``; every error raises
ConfigError whose message names the file and the key, and the CLI turns it
into exit code 2 with that one line.
"""

from __future__ import annotations

import datetime
import functools
import os
import re
import sys
from dataclasses import dataclass, field, replace
from typing import Any, Optional

from otp_lints.diagnostics import FILE_ERROR
from otp_lints.globs import GlobError, compile_glob, matches
from otp_lints.rule import OptionError, Rule, str_list
from otp_lints.rules import all_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on older Pythons only
    import tomli as tomllib

DEFAULT_EXCLUDE = (
    ".git", ".venv", "venv", "build", "dist", "__pycache__", ".tox", "node_modules",
)
# SPEC 7.1 (amends 1.4): nested test folders count, wherever the run starts, so
# ``pkg/tests/helpers.py`` is a test file whether the run starts at the
# repository root or above it.
DEFAULT_TEST_PATHS = (
    "**/tests/**", "**/test/**", "**/test_*.py", "**/*_test.py", "**/conftest.py",
)
#: where scripts live (examples, docs, maintenance scripts): OTP202 and OTP204 skip them
DEFAULT_SCRIPT_PATHS = ("**/examples/**", "**/docs/**", "**/scripts/**")
DEFAULT_SRC = ("src", ".")
DEFAULT_BASELINE = ".otp-lints-baseline.json"
#: ``[tool.otp-lints.severity]`` values, most severe first; a code no entry names is an error
SEVERITIES = ("error", "warning", "info")

_SELECTOR_RE = re.compile(r"^OTP[0-9]{0,3}$")


class ConfigError(Exception):
    """Invalid configuration; the message is one line naming the file and key."""


@dataclass(frozen=True)
class AllowEntry:
    rules: tuple[str, ...]
    paths: tuple[str, ...]
    modules: tuple[str, ...]
    reason: str
    expires: Optional[datetime.date]
    index: int  # position in the config, for messages


@dataclass(frozen=True, eq=False)
class Settings:
    """Everything a run needs to know, resolved and validated: plain frozen data.

    Compared and hashed by identity: what a run derives from its settings (the
    rule instances, ``RuleSet.for_settings``; relative paths; the flake8
    plugin's suppression layers) is memoised per Settings object, never stored
    inside it.
    """

    root: str
    config_path: Optional[str] = None
    select: Optional[tuple[str, ...]] = None  # None: the default-on rules
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    test_paths: tuple[str, ...] = DEFAULT_TEST_PATHS
    script_paths: tuple[str, ...] = DEFAULT_SCRIPT_PATHS
    src: tuple[str, ...] = DEFAULT_SRC
    baseline: str = DEFAULT_BASELINE
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    allow: tuple[AllowEntry, ...] = ()
    #: ``[tool.otp-lints.severity]``: (code or prefix, level) pairs as configured
    severity: tuple[tuple[str, str], ...] = ()

    # -- selection -------------------------------------------------------
    def with_overrides(
        self,
        select: Optional[tuple[str, ...]] = None,
        ignore: tuple[str, ...] = (),
        extend_select: tuple[str, ...] = (),
    ) -> Settings:
        """CLI options: --select replaces the configured selection; the others add."""
        for key, codes in (("--select", select or ()), ("--ignore", ignore),
                           ("--extend-select", extend_select)):
            bad = [c for c in codes if not is_valid_selector(c)]
            if bad:
                raise ConfigError(f"{key}: unknown rule code or prefix {bad[0]!r}")
        return replace(
            self,
            select=select if select is not None else self.select,
            ignore=self.ignore + ignore,
            extend_select=self.extend_select + extend_select,
        )

    @property
    def enabled_codes(self) -> frozenset[str]:
        return resolve_selection(self.select, self.ignore, self.extend_select)

    def codes_for(self, relpath: str) -> frozenset[str]:
        codes = self.enabled_codes
        for pattern, ignored in self.per_file_ignores:
            if compile_glob(pattern).match(relpath):
                codes = frozenset(c for c in codes if not c.startswith(ignored))
        return codes

    # -- paths -------------------------------------------------------------
    def relpath(self, path: str) -> str:
        """``path`` relative to the config root, '/'-separated (remembered per
        Settings object and path: several layers ask for a file's)."""
        return _relpath(self, path)

    def is_test_file(self, relpath: str) -> bool:
        return matches(relpath, self.test_paths)

    def is_script_path(self, relpath: str) -> bool:
        return matches(relpath, self.script_paths)

    def is_excluded(self, relpath: str) -> bool:
        return matches(relpath, self.exclude)


@functools.lru_cache(maxsize=1 << 14)
def _relpath(settings: Settings, path: str) -> str:
    abspath = os.path.abspath(path)
    root = settings.root
    if abspath.startswith(root) and abspath[len(root):len(root) + 1] == os.sep:
        rel = abspath[len(root) + 1:]  # the common case, without os.path.relpath
    else:
        try:
            rel = os.path.relpath(abspath, root)
        except ValueError:  # another drive on Windows
            rel = abspath
    return rel.replace(os.sep, "/")


def severity_of(settings: Settings, code: str) -> str:
    """The severity of ``code`` (SPEC 7.4): ``"error"``, ``"warning"`` or ``"info"``.

    The ``[tool.otp-lints.severity]`` entry whose key is the longest prefix of
    ``code`` wins (``"OTP6" = "warning"`` with ``"OTP602" = "error"``: OTP601 is
    a warning, OTP602 an error); a code no entry names is an error. The one
    answer every front end shows (the language server's severity, the CLI's
    formats and ``--fail-on``)."""
    best, level = -1, "error"
    for prefix, value in settings.severity:
        if len(prefix) > best and code.startswith(prefix):
            best, level = len(prefix), value
    return level


def is_valid_selector(code: str) -> bool:
    if code == FILE_ERROR:
        return True
    if not _SELECTOR_RE.match(code):
        return False
    return any(c.startswith(code) for c in all_rules())


@functools.lru_cache(maxsize=256)
def resolve_selection(
    select: Optional[tuple[str, ...]], ignore: tuple[str, ...], extend_select: tuple[str, ...]
) -> frozenset[str]:
    """ruff's rule: the most specific selector wins; on a tie, ignore wins.

    With no ``select``, every default-on rule is selected (at the specificity of
    a bare ``OTP``); a prefix selects opt-in rules too.
    """
    rules = all_rules()
    enabled = set()
    selectors = tuple(select or ()) + tuple(extend_select)
    for code, cls in rules.items():
        best_select = -1
        if select is None and cls.default_on:
            best_select = len("OTP")
        for s in selectors:
            if code.startswith(s):
                best_select = max(best_select, len(s))
        best_ignore = max((len(s) for s in ignore if code.startswith(s)), default=-1)
        if best_select >= 0 and best_select > best_ignore:
            enabled.add(code)
    return frozenset(enabled)


# ---------------------------------------------------------------------------
# Finding and reading the file
# ---------------------------------------------------------------------------
def _read_toml(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _section(data: dict[str, Any]) -> Optional[Any]:
    tool = data.get("tool")
    if isinstance(tool, dict):
        return tool.get("otp-lints")
    return None


@functools.lru_cache(maxsize=256)
def find_config(start_dir: str) -> Optional[str]:
    """The nearest pyproject.toml upward from ``start_dir`` holding ``[tool.otp-lints]``.

    A pyproject.toml without the table is passed over (as ruff passes over one
    without ``[tool.ruff]``), so a subpackage's own pyproject does not hide the
    project's settings.
    """
    d = os.path.abspath(start_dir)
    while True:
        candidate = os.path.join(d, "pyproject.toml")
        if os.path.isfile(candidate):
            if _section(_read_toml(candidate)) is not None:
                return candidate
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_settings(config_path: Optional[str], default_root: Optional[str] = None) -> Settings:
    """Settings from ``config_path`` (None: defaults rooted at ``default_root`` or cwd)."""
    if config_path is None:
        return Settings(root=os.path.abspath(default_root or os.getcwd()))
    config_path = os.path.abspath(config_path)
    data = _read_toml(config_path)
    section = _section(data)
    if section is None:
        section = {}
    return settings_from_table(section, config_path)


@functools.lru_cache(maxsize=64)
def settings_for_directory(directory: str) -> Settings:
    """What the flake8 plugin uses: the config found upward from the file's directory."""
    return load_settings(find_config(directory))


def forget_configs() -> None:
    """Drop what ``find_config`` and ``settings_for_directory`` remember, so the
    next call reads the disk again (a long-running front end, the language
    server, calls this when a pyproject.toml changes)."""
    find_config.cache_clear()
    settings_for_directory.cache_clear()


_KNOWN_KEYS = {
    "select", "ignore", "extend-select", "exclude", "test-paths", "script-paths", "src",
    "baseline",
    "per-file-ignores", "rules", "allow", "severity",
}


def settings_from_table(section: Any, config_path: str) -> Settings:
    where = f"{config_path}: [tool.otp-lints]"
    if not isinstance(section, dict):
        raise ConfigError(f"{where}: expected a table")
    for key in section:
        if key not in _KNOWN_KEYS:
            hint = ""
            if key.replace("_", "-") in _KNOWN_KEYS:
                hint = f" (did you mean {key.replace('_', '-')!r}?)"
            raise ConfigError(f"{where} {key}: unknown key{hint}")

    def strings(key: str, value: Any) -> tuple[str, ...]:
        try:
            return str_list(value)
        except OptionError as exc:
            raise ConfigError(f"{where} {key}: {exc}") from None

    def codes(key: str, value: Any) -> tuple[str, ...]:
        items = strings(key, value)
        for c in items:
            if not is_valid_selector(c):
                raise ConfigError(f"{where} {key}: unknown rule code or prefix {c!r}")
        return items

    def globs(key: str, value: Any) -> tuple[str, ...]:
        items = strings(key, value)
        for g in items:
            try:
                compile_glob(g)
            except GlobError as exc:
                raise ConfigError(f"{where} {key}: {exc}") from None
        return items

    root = os.path.dirname(config_path)
    kwargs: dict[str, Any] = {"root": root, "config_path": config_path}
    if "select" in section:
        kwargs["select"] = codes("select", section["select"])
    if "ignore" in section:
        kwargs["ignore"] = codes("ignore", section["ignore"])
    if "extend-select" in section:
        kwargs["extend_select"] = codes("extend-select", section["extend-select"])
    if "exclude" in section:
        kwargs["exclude"] = DEFAULT_EXCLUDE + globs("exclude", section["exclude"])
    if "test-paths" in section:
        kwargs["test_paths"] = globs("test-paths", section["test-paths"])
    if "script-paths" in section:
        kwargs["script_paths"] = globs("script-paths", section["script-paths"])
    if "src" in section:
        kwargs["src"] = strings("src", section["src"])
    if "baseline" in section:
        if not isinstance(section["baseline"], str) or not section["baseline"]:
            raise ConfigError(f"{where} baseline: expected a file path string")
        kwargs["baseline"] = section["baseline"]
    if "per-file-ignores" in section:
        pfi = section["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{where} per-file-ignores: expected a table of glob = [codes]")
        entries = []
        for pattern, value in pfi.items():
            key = f"per-file-ignores.{pattern!r}"
            globs(key, [pattern])
            entries.append((pattern, codes(key, value)))
        kwargs["per_file_ignores"] = tuple(entries)
    if "rules" in section:
        kwargs["rule_options"] = _rule_options(section["rules"], where)
    if "allow" in section:
        kwargs["allow"] = _allow_entries(section["allow"], where, globs, codes)
    if "severity" in section:
        kwargs["severity"] = _severity_table(section["severity"], where)
    return Settings(**kwargs)


def _severity_table(table: Any, where: str) -> tuple[tuple[str, str], ...]:
    """``[tool.otp-lints.severity]``: code or prefix -> "error" | "warning" | "info"."""
    if not isinstance(table, dict):
        raise ConfigError(
            f'{where} severity: expected a table of CODE = "error" | "warning" | "info"'
        )
    entries = []
    for code, level in table.items():
        key = f"severity.{code}"
        if not is_valid_selector(code):
            raise ConfigError(f"{where} {key}: unknown rule code or prefix {code!r}")
        if level not in SEVERITIES:
            raise ConfigError(
                f'{where} {key}: expected "error", "warning" or "info", got {level!r}'
            )
        entries.append((code, level))
    return tuple(entries)


def _rule_options(table: Any, where: str) -> dict[str, dict[str, Any]]:
    if not isinstance(table, dict):
        raise ConfigError(f"{where} rules: expected a table of [tool.otp-lints.rules.CODE]")
    rules = all_rules()
    out: dict[str, dict[str, Any]] = {}
    for code, opts in table.items():
        key = f"rules.{code}"
        cls: Optional[type[Rule]] = rules.get(code)
        if cls is None:
            raise ConfigError(f"{where} {key}: unknown rule code {code!r}")
        if not isinstance(opts, dict):
            raise ConfigError(f"{where} {key}: expected a table of options")
        declared = {o.name: o for o in cls.options}
        values: dict[str, Any] = {}
        for name, raw in opts.items():
            opt = declared.get(name)
            if opt is None:
                known = ", ".join(sorted(declared)) or "none"
                raise ConfigError(
                    f"{where} {key}.{name}: unknown option (options of {code}: {known})"
                )
            try:
                values[name] = opt.convert(raw)
            except OptionError as exc:
                raise ConfigError(f"{where} {key}.{name}: {exc}") from None
        out[code] = values
    return out


def _allow_entries(value: Any, where: str, globs: Any, codes: Any) -> tuple[AllowEntry, ...]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{where} allow: expected an array of tables [[tool.otp-lints.allow]]")
    entries = []
    for i, item in enumerate(value):
        key = f"allow[{i}]"
        unknown = set(item) - {"rules", "paths", "modules", "reason", "expires"}
        if unknown:
            raise ConfigError(f"{where} {key}.{sorted(unknown)[0]}: unknown key")
        if "rules" not in item:
            raise ConfigError(f"{where} {key}.rules: required")
        rules = codes(f"{key}.rules", item["rules"])
        if not rules:
            raise ConfigError(f"{where} {key}.rules: empty (name the codes or prefixes "
                              "the entry allows)")
        paths = globs(f"{key}.paths", item.get("paths", []))
        modules = item.get("modules", [])
        if not isinstance(modules, list) or not all(
            isinstance(m, str) and re.match(r"^[A-Za-z_*][A-Za-z0-9_.*]*$", m) for m in modules
        ):
            raise ConfigError(f"{where} {key}.modules: expected a list of dotted module names")
        if not paths and not modules:
            raise ConfigError(f"{where} {key}: needs 'paths' or 'modules'")
        reason = item.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigError(f"{where} {key}.reason: required (say why the code is allowed)")
        expires = item.get("expires")
        if expires is not None and (
            not isinstance(expires, datetime.date) or isinstance(expires, datetime.datetime)
        ):
            raise ConfigError(f"{where} {key}.expires: expected a TOML date like 2027-03-31")
        entries.append(AllowEntry(rules, paths, tuple(modules), reason.strip(), expires, i))
    return tuple(entries)
