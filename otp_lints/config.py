"""``[tool.otp-lints]`` in pyproject.toml -> validated Settings.

Both front ends call ``find_config`` / ``load_settings``; every error raises
ConfigError whose message names the file and the key, and the CLI turns it
into exit code 2 with that one line.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Optional

from otp_lints.diagnostics import FILE_ERROR
from otp_lints.globs import GlobError, compile_glob, matches
from otp_lints.rule import OptionError, Rule, str_list
from otp_lints.rules import all_rules, rule_for

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on older Pythons only
    import tomli as tomllib

#: Always excluded when walking directories (SPEC 1.4 and 7.2); a configured
#: ``exclude`` or ``extend-exclude`` adds to them. Any directory holding a
#: ``pyvenv.cfg`` (a virtual environment of any name) is skipped as well.
DEFAULT_EXCLUDE = (
    ".git", ".venv", "venv", "build", "dist", "__pycache__", ".tox", "node_modules",
    "site-packages", ".nox", ".eggs", "*.egg-info", ".mypy_cache", ".pytest_cache",
    ".ruff_cache", "__pypackages__", "_build", "buck-out", ".direnv", ".hg", ".svn",
    ".ipynb_checkpoints",
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


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest candidate, or ``""``."""
    candidates = list(candidates)
    close = [c for c in candidates if c == word.replace("_", "-")]
    close = close or difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def selector_error(code: str) -> Optional[str]:
    """Why ``code`` is not a rule code or prefix (None when it is one).

    Codes are upper case on the command line and in config alike, as in ruff
    (flake8 silently matches nothing with ``--select otp``): ``otp101`` is an
    error that suggests ``OTP101``; a rule's name suggests its code."""
    if is_valid_selector(code):
        return None
    hint = ""
    if is_valid_selector(code.upper()):
        hint = f" (codes are upper case: did you mean {code.upper()!r}?)"
    else:
        cls = rule_for(code)
        if cls is not None and cls.name == code:
            hint = f" (did you mean {cls.code!r}?)"
    return f"unknown rule code or prefix {code!r}{hint}"


@dataclass(frozen=True)
class Overrides:
    """What the command line says over every config file that applies (SPEC 7.3):
    ``--select`` and ``--exclude`` replace the configured value, ``--ignore``,
    ``--extend-select`` and ``--extend-exclude`` add to it. Validated here, so a
    bad code or glob is one line naming the option (exit 2)."""

    select: Optional[tuple[str, ...]] = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    exclude: Optional[tuple[str, ...]] = None
    extend_exclude: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for option, codes in (("--select", self.select or ()), ("--ignore", self.ignore),
                              ("--extend-select", self.extend_select)):
            for code in codes:
                problem = selector_error(code)
                if problem is not None:
                    raise ConfigError(f"{option}: {problem}")
        for option, globs in (("--exclude", self.exclude or ()),
                              ("--extend-exclude", self.extend_exclude)):
            for g in globs:
                try:
                    compile_glob(g)
                except GlobError as exc:
                    raise ConfigError(f"{option}: {exc}") from None

    def is_empty(self) -> bool:
        return self == _NO_OVERRIDES


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
    ignore: tuple[str, ...] = ()  # ``extend-ignore`` included
    extend_select: tuple[str, ...] = ()
    #: the configured ``exclude`` (``--exclude`` replaces it); DEFAULT_EXCLUDE always applies
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    #: skip files git ignores when walking directories (``respect-gitignore``)
    respect_gitignore: bool = True
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
    def with_overrides(self, overrides: Overrides) -> Settings:
        """Command-line options over the config: ``--select`` and ``--exclude``
        replace the configured values, the others add to them."""
        if overrides.is_empty():
            return self
        o = overrides
        return replace(
            self,
            select=o.select if o.select is not None else self.select,
            ignore=self.ignore + o.ignore,
            extend_select=self.extend_select + o.extend_select,
            exclude=o.exclude if o.exclude is not None else self.exclude,
            extend_exclude=self.extend_exclude + o.extend_exclude,
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

    @property
    def all_excludes(self) -> tuple[str, ...]:
        """Every exclude glob in force: the defaults, ``exclude``, ``extend-exclude``."""
        return DEFAULT_EXCLUDE + self.exclude + self.extend_exclude

    def is_excluded(self, relpath: str) -> bool:
        """Whether an exclude glob matches ``relpath`` itself (a walk prunes an
        excluded directory; ``discovery.is_excluded`` also looks at ancestors)."""
        return matches(relpath, self.all_excludes)


@functools.lru_cache(maxsize=1 << 14)
def _relpath(settings: Settings, path: str) -> str:
    abspath = os.path.abspath(path)
    root = settings.root
    if abspath.startswith(root) and abspath[len(root):len(root) + 1] == os.sep:
        rel = abspath[len(root) + 1:]  # the common case, without os.path.relpath
    else:
        # Outside the root (a tree checked from elsewhere): os.path.relpath once
        # per directory, not once per file.
        head, tail = os.path.split(abspath)
        if not tail or head == abspath or root == abspath or root.startswith(
                abspath.rstrip(os.sep) + os.sep):  # the root itself or above it
            rel = _relpath_outside(root, abspath)
        else:
            rel_head = _relpath_outside(root, head)
            rel = tail if rel_head == "." else (
                abspath if rel_head == head else os.path.join(rel_head, tail))
    return rel.replace(os.sep, "/")


@functools.lru_cache(maxsize=1 << 12)
def _relpath_outside(root: str, abspath: str) -> str:
    try:
        return os.path.relpath(abspath, root)
    except ValueError:  # another drive on Windows
        return abspath


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


_NO_OVERRIDES = Overrides()


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


def _may_hold_section(path: str) -> bool:
    """Whether a pyproject.toml can hold ``[tool.otp-lints]`` at all: one that
    never names ``otp-lints`` is passed over unread, so a broken pyproject.toml
    of a project that does not use otp-lints is ignored, not an error (SPEC 7.2)."""
    try:
        with open(path, "rb") as f:
            return b"otp-lints" in f.read()
    except OSError:
        return True  # read again by _read_toml, which names the problem


@functools.lru_cache(maxsize=1024)
def find_config(start_dir: str) -> Optional[str]:
    """The nearest pyproject.toml at or above ``start_dir`` holding ``[tool.otp-lints]``.

    A pyproject.toml without the table is passed over (as ruff passes over one
    without ``[tool.ruff]``), so a subpackage's own pyproject does not hide the
    project's settings; one that cannot even be parsed is passed over too when
    it does not mention otp-lints.
    """
    d = os.path.abspath(start_dir)
    candidate = os.path.join(d, "pyproject.toml")
    if os.path.isfile(candidate) and _may_hold_section(candidate):
        if _section(_read_toml(candidate)) is not None:
            return candidate
    parent = os.path.dirname(d)
    if parent == d:
        return None
    return find_config(parent)  # remembered per directory: a walk asks for each


#: what marks a project's root when no config names one
PROJECT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", ".git")


@functools.lru_cache(maxsize=1024)
def find_project_root(start_dir: str) -> Optional[str]:
    """The nearest directory at or above ``start_dir`` holding a pyproject.toml
    (with or without the table), setup.py, setup.cfg or .git; None if none does."""
    d = os.path.abspath(start_dir)
    if any(os.path.exists(os.path.join(d, m)) for m in PROJECT_MARKERS):
        return d
    parent = os.path.dirname(d)
    if parent == d:
        return None
    return find_project_root(parent)


def load_settings(config_path: Optional[str], default_root: Optional[str] = None) -> Settings:
    """Settings from ``config_path`` (None: defaults rooted at ``default_root`` or cwd)."""
    if config_path is None:
        return default_settings(os.path.abspath(default_root or os.getcwd()))
    config_path = os.path.abspath(config_path)
    data = _read_toml(config_path)
    section = _section(data)
    if section is None:
        section = {}
    return settings_from_table(section, config_path)


@functools.lru_cache(maxsize=256)
def default_settings(root: str) -> Settings:
    """The defaults, rooted at ``root``: one object per root, so what a run
    memoises per Settings is shared by every file under it."""
    return Settings(root=root)


@functools.lru_cache(maxsize=256)
def _settings_for_config(config_path: str) -> Settings:
    return load_settings(config_path)


def settings_for_directory(directory: str) -> Settings:
    """The settings for files in ``directory`` (SPEC 7.2), the same for every
    front end and whatever the working directory: the nearest pyproject.toml
    with ``[tool.otp-lints]`` at or above it; without one, the defaults rooted
    at the project's root (``find_project_root``), else at the working
    directory (as ruff does with no config at all)."""
    config = find_config(directory)
    if config is not None:
        return _settings_for_config(config)
    return default_settings(find_project_root(directory) or os.path.abspath(os.getcwd()))


def forget_configs() -> None:
    """Drop what is remembered about config files and project roots, so the
    next lookup reads the disk again (a long-running front end calls this when
    a pyproject.toml changes)."""
    find_config.cache_clear()
    find_project_root.cache_clear()
    _settings_for_config.cache_clear()


_KNOWN_KEYS = {
    "select", "ignore", "extend-select", "extend-ignore", "exclude", "extend-exclude",
    "respect-gitignore", "test-paths", "script-paths", "src", "baseline", "per-file-ignores",
    "rules", "allow", "severity",
}
_ALLOW_KEYS = ("rules", "paths", "modules", "reason", "expires")


def settings_from_table(section: Any, config_path: str) -> Settings:
    where = f"{config_path}: [tool.otp-lints]"
    if not isinstance(section, dict):
        raise ConfigError(f"{where}: expected a table")
    for key in section:
        if key not in _KNOWN_KEYS:
            raise ConfigError(f"{where} {key}: unknown key{did_you_mean(key, _KNOWN_KEYS)}")

    def strings(key: str, value: Any) -> tuple[str, ...]:
        try:
            return str_list(value)
        except OptionError as exc:
            raise ConfigError(f"{where} {key}: {exc}") from None

    def codes(key: str, value: Any) -> tuple[str, ...]:
        items = strings(key, value)
        for c in items:
            problem = selector_error(c)
            if problem is not None:
                raise ConfigError(f"{where} {key}: {problem}")
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
    if "ignore" in section or "extend-ignore" in section:
        kwargs["ignore"] = (codes("ignore", section.get("ignore", []))
                            + codes("extend-ignore", section.get("extend-ignore", [])))
    if "extend-select" in section:
        kwargs["extend_select"] = codes("extend-select", section["extend-select"])
    if "exclude" in section:
        kwargs["exclude"] = globs("exclude", section["exclude"])
    if "extend-exclude" in section:
        kwargs["extend_exclude"] = globs("extend-exclude", section["extend-exclude"])
    if "respect-gitignore" in section:
        if not isinstance(section["respect-gitignore"], bool):
            raise ConfigError(f"{where} respect-gitignore: expected true or false")
        kwargs["respect_gitignore"] = section["respect-gitignore"]
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
            hint = did_you_mean(code.upper(), rules) if code.upper() in rules else ""
            named = rule_for(code)
            if not hint and named is not None:
                hint = f" (did you mean {named.code!r}?)"
            raise ConfigError(f"{where} {key}: unknown rule code {code!r}{hint}")
        if not isinstance(opts, dict):
            raise ConfigError(f"{where} {key}: expected a table of options")
        declared = {o.name: o for o in cls.options}
        values: dict[str, Any] = {}
        for name, raw in opts.items():
            opt = declared.get(name)
            if opt is None:
                known = ", ".join(sorted(declared)) or "none"
                raise ConfigError(
                    f"{where} {key}.{name}: unknown option{did_you_mean(name, declared)} "
                    f"(options of {code}: {known})"
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
        # Numbered from 1, as a reader counts the [[tool.otp-lints.allow]] tables.
        key = f"allow entry {i + 1}"
        unknown = sorted(set(item) - set(_ALLOW_KEYS))
        if unknown:
            raise ConfigError(
                f"{where} {key}: {unknown[0]}: unknown key{did_you_mean(unknown[0], _ALLOW_KEYS)}"
            )
        if "rules" not in item:
            raise ConfigError(f"{where} {key}: rules: required")
        rules = codes(f"{key}: rules", item["rules"])
        if not rules:
            raise ConfigError(f"{where} {key}: rules: empty (name the codes or prefixes "
                              "the entry allows)")
        paths = globs(f"{key}: paths", item.get("paths", []))
        modules = item.get("modules", [])
        if not isinstance(modules, list) or not all(
            isinstance(m, str) and re.match(r"^[A-Za-z_*][A-Za-z0-9_.*]*$", m) for m in modules
        ):
            raise ConfigError(f"{where} {key}: modules: expected a list of dotted module names")
        if not paths and not modules:
            raise ConfigError(f"{where} {key}: needs 'paths' or 'modules'")
        reason = item.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigError(f"{where} {key}: reason: required (say why the code is allowed)")
        expires = item.get("expires")
        if expires is not None and (
            not isinstance(expires, datetime.date) or isinstance(expires, datetime.datetime)
        ):
            raise ConfigError(f"{where} {key}: expires: expected a TOML date like 2027-03-31")
        entries.append(AllowEntry(rules, paths, tuple(modules), reason.strip(), expires, i))
    return tuple(entries)
