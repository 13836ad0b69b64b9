"""What a file's findings depend on beyond its own bytes: the ``conftest.py``
files pytest loads for it, and the fixtures there that restore the whole
process environment, or some keys of it (OTP203).

pytest runs the fixtures of every ``conftest.py`` from the project's root down
to a test's own directory; a function-scoped fixture that snapshots
``os.environ`` before its ``yield`` and puts it back after (``clear()`` then
``update(saved)``, or a ``yield`` inside ``patch.dict(os.environ)``) undoes
whatever the test changed, failed or not. Such a fixture is seen here when it
is autouse or requested by name (a parameter, ``usefixtures``), directly or
through another fixture that requests it.

The search stops at the project's root: the first directory, from the file's
own upwards, that holds ``pyproject.toml``, ``setup.py``, ``setup.cfg``,
``tox.ini``, ``pytest.ini`` or ``.git`` (pytest's ``rootdir``, above which it
loads no conftest by default). A conftest that cannot be read or parsed adds
nothing. Results are remembered per conftest by its size and modification
time, so a long-running front end sees an edited conftest on the next lint.

``module_path`` finds the file of a module a test imports its base class from
(OTP203 reads that class's set-up; ``lint`` parses and walks the module and
notes it among the file's dependencies, which the result cache checks).

The result cache (runner.py) keys a file's entry on ``conftest_stamp`` of its
directory too, so editing a conftest re-lints the files below it.
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Optional

from otp_lints.files import read_source
from otp_lints.semantic import last_name
from otp_lints.source import parse_quietly

CONFTEST = "conftest.py"
#: what marks a project's root (pytest's rootdir): no conftest above it counts
ROOT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", "tox.ini", "pytest.ini", ".git")
_MAX_LEVELS = 64
_DEF_NODES = (ast.FunctionDef, ast.AsyncFunctionDef)


@dataclass(frozen=True)
class Fixture:
    """One fixture function as its module declares it."""

    name: str
    autouse: bool
    function_scope: bool  # ``scope`` absent or "function": set up and undone per test
    restores_environ: bool  # its own body puts the whole environment back
    requests: tuple[str, ...]  # the fixtures it asks for by parameter
    #: the keys (``ast.dump`` of the literal) it saves before its ``yield`` and
    #: puts back after it, whether they were set or not
    restored_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EnvironFixtures:
    """The environment-restoring fixtures a test file can use."""

    #: an autouse, function-scoped fixture restores the environment after every test
    autouse: bool
    #: function-scoped fixtures, by name, that restore it (directly or through
    #: a fixture they request)
    restoring: frozenset[str]
    #: function-scoped fixtures, by name, that put back some keys (directly or
    #: through a fixture they request): the keys
    keys: Mapping[str, frozenset[str]] = dataclass_field(default_factory=dict)
    #: the keys autouse function-scoped fixtures put back after every test
    autouse_keys: frozenset[str] = frozenset()


NO_FIXTURES = EnvironFixtures(False, frozenset())
_parsed: dict[str, tuple[tuple[int, int], tuple[Fixture, ...]]] = {}


def conftests(directory: str, memo: Optional[dict[str, tuple[str, ...]]] = None,
              to_root: bool = True) -> tuple[str, ...]:
    """The ``conftest.py`` files pytest loads for a file in ``directory``,
    farthest first (the root's, then down to the directory's own). ``memo``
    remembers directories for one run (the runner's); without it the disk is
    asked afresh, so a long-running front end sees a conftest appear. With
    ``to_root=False`` the search does not stop at the project's root: every
    conftest up to the file system's root, a superset that asks the disk one
    question per directory instead of seven."""
    directory = os.path.abspath(directory)
    if memo is not None:
        found = memo.get(directory)
        if found is not None:
            return found
    here = os.path.join(directory, CONFTEST)
    own = (here,) if os.path.isfile(here) else ()
    parent = os.path.dirname(directory)
    if parent == directory or (to_root and _is_root(directory)) or (
            directory.count(os.sep) > _MAX_LEVELS):
        found = own
    else:
        found = conftests(parent, memo, to_root) + own
    if memo is not None:
        memo[directory] = found
    return found


def _is_root(directory: str) -> bool:
    return any(os.path.exists(os.path.join(directory, m)) for m in ROOT_MARKERS)


def module_path(importer: str, module: str) -> Optional[str]:
    """The file of a module that ``importer`` imports, found as Python would
    with the project's folders on its path: ``tests.sandbox`` imported by
    ``proj/tests/fs/test_x.py`` is ``proj/tests/sandbox.py`` (or a package's
    ``__init__.py``), searched from the file's own folder up to the project's
    root (``ROOT_MARKERS``), and in a ``src`` folder at each level; a
    relative one (``.sandbox``, ``..util``) from the file's own package.
    None when no such file is there (an installed package's module, say)."""
    level = len(module) - len(module.lstrip("."))
    parts = [p for p in module[level:].split(".") if p]
    here = os.path.dirname(os.path.abspath(importer))
    bases: list[str] = []
    if level:
        for _ in range(level - 1):
            here = os.path.dirname(here)
        bases.append(here)
    else:
        folder = here
        for _ in range(_MAX_LEVELS):
            bases += [folder, os.path.join(folder, "src")]
            parent = os.path.dirname(folder)
            if _is_root(folder) or parent == folder:
                break
            folder = parent
    for base in bases:
        stem = os.path.join(base, *parts)
        candidates = [os.path.join(stem, "__init__.py")]
        if parts:
            candidates.insert(0, stem + ".py")
        for candidate in candidates:
            if os.path.isfile(candidate):
                return candidate
    return None


def conftest_stamp(directory: str, memo: Optional[dict[str, tuple[str, ...]]] = None) -> int:
    """A number that changes when a conftest pytest loads for files in
    ``directory`` is added, removed or rewritten (its path, size and
    modification time); 0 when there is none. ``os.stat`` only. It covers
    every conftest above the directory (``to_root=False``, with ``memo`` kept
    for that search): one above the project's root changing re-lints for
    nothing, which is rare and harmless; a missed one would not be."""
    paths = conftests(directory, memo, to_root=False)
    if not paths:
        return 0
    h = hashlib.blake2b(digest_size=7)
    for p in paths:
        try:
            st = os.stat(p)
        except OSError:
            continue
        h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    return int.from_bytes(h.digest(), "big")


def _fixtures_of(path: str) -> tuple[Fixture, ...]:
    try:
        st = os.stat(path)
        status = (st.st_size, st.st_mtime_ns)
        known = _parsed.get(path)
        if known is not None and known[0] == status:
            return known[1]
        tree = parse_quietly(read_source(path))
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return ()
    fixtures = tuple(module_fixtures(tree))
    _parsed[path] = (status, fixtures)
    return fixtures


def environ_fixtures(path: str, own: Iterable[Fixture] = ()) -> EnvironFixtures:
    """The environment-restoring fixtures available to the test file at
    ``path`` (its conftests', then ``own``, the file's own module-level
    fixtures: a nearer definition of a name overrides a farther one, as in
    pytest). A path that is not a file on disk has no conftests."""
    table: dict[str, Fixture] = {}
    if os.path.isfile(path):
        for conftest in conftests(os.path.dirname(os.path.abspath(path))):
            if os.path.abspath(path) == conftest:
                continue  # its own fixtures come as ``own``
            for fx in _fixtures_of(conftest):
                table[fx.name] = fx
    for fx in own:
        table[fx.name] = fx
    if not table:
        return NO_FIXTURES
    restoring = {n for n, fx in table.items() if fx.restores_environ and fx.function_scope}
    changed = True
    while changed:  # through the fixtures a fixture requests
        changed = False
        for n, fx in table.items():
            if n not in restoring and fx.function_scope and any(
                    r in restoring for r in fx.requests):
                restoring.add(n)
                changed = True
    autouse = any(fx.autouse and n in restoring for n, fx in table.items())
    keys = {n: fx.restored_keys for n, fx in table.items()
            if fx.restored_keys and fx.function_scope}
    changed = True
    while changed:  # through the fixtures a fixture requests
        changed = False
        for n, fx in table.items():
            if not fx.function_scope:
                continue
            inherited = frozenset().union(*(keys.get(r, frozenset()) for r in fx.requests))
            if not inherited <= keys.get(n, frozenset()):
                keys[n] = keys.get(n, frozenset()) | inherited
                changed = True
    autouse_keys = frozenset().union(
        *(k for n, k in keys.items() if table[n].autouse))
    return EnvironFixtures(autouse, frozenset(restoring), keys, autouse_keys)


# -- reading fixtures from a module -------------------------------------------
def fixture_decorator(func: ast.AST) -> Optional[ast.expr]:
    """The ``@pytest.fixture``/``@fixture(...)`` decorator of a function, if any."""
    for d in getattr(func, "decorator_list", ()):
        if last_name(d) in ("fixture", "yield_fixture"):
            return d
    return None


def _keyword(d: ast.expr, name: str) -> Optional[ast.expr]:
    if isinstance(d, ast.Call):
        for k in d.keywords:
            if k.arg == name:
                return k.value
    return None


def fixture_of(func: ast.FunctionDef | ast.AsyncFunctionDef, environ: frozenset[str]
               ) -> Optional[Fixture]:
    """What ``func`` is as a fixture (None when it is not one)."""
    d = fixture_decorator(func)
    if d is None:
        return None
    name = func.name
    alias = _keyword(d, "name")
    if isinstance(alias, ast.Constant) and isinstance(alias.value, str):
        name = alias.value
    autouse = _keyword(d, "autouse")
    scope = _keyword(d, "scope")
    function_scope = scope is None or (
        isinstance(scope, ast.Constant) and scope.value == "function")
    args = func.args
    requests = tuple(a.arg for a in args.posonlyargs + args.args + args.kwonlyargs)
    return Fixture(
        name, isinstance(autouse, ast.Constant) and autouse.value is True, function_scope,
        _restores_environ(func, environ), requests, _restored_keys(func, environ))


def module_fixtures(tree: ast.Module) -> Iterable[Fixture]:
    """The module-level fixtures of a module."""
    environ = environ_names(tree)
    for node in tree.body:
        if isinstance(node, _DEF_NODES):
            fx = fixture_of(node, environ)
            if fx is not None:
                yield fx


def environ_names(tree: ast.Module) -> frozenset[str]:
    """How the module spells ``os.environ``: ``os.environ`` for each name ``os``
    is imported as, and each name ``environ`` is imported from ``os`` as."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "os":
                    names.add(f"{a.asname or 'os'}.environ")
        elif isinstance(node, ast.ImportFrom) and node.module == "os" and not node.level:
            for a in node.names:
                if a.name == "environ":
                    names.add(a.asname or "environ")
    return frozenset(names)


def _spelled(expr: ast.expr) -> Optional[str]:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
        return f"{expr.value.id}.{expr.attr}"
    return None


def _method_on_environ(stmt: ast.stmt, method: str, environ: frozenset[str]) -> bool:
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == method and _spelled(call.func.value) in environ
            and (method != "update" or len(call.args) == 1))


def _is_yield(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Yield)


def _restores_environ(func: ast.AST, environ: frozenset[str]) -> bool:
    """The fixture's body yields and, after the ``yield`` (pytest resumes it
    when the test ends, failed or not), empties ``os.environ`` and refills it
    from one mapping; or it yields inside ``with patch.dict(os.environ)``."""
    if not environ:
        return False
    if _stops_started_patcher(getattr(func, "body", []), environ):
        return True
    yielded = False
    for block in _blocks(getattr(func, "body", [])):
        for i, stmt in enumerate(block):
            if _is_yield(stmt):
                yielded = True
            elif (yielded and _empties_and_refills(block, i, environ)) or _yields_patched(
                    stmt, environ):
                return True
    return False


def _restored_keys(func: ast.AST, environ: frozenset[str]) -> frozenset[str]:
    """The keys a yield fixture saves before its ``yield`` (``old =
    os.environ.get("K")``, or ``old = os.environ.pop("K", None)``, which
    also clears it for the test) and puts back after it, set or not: under ``if old
    is not None:`` with ``os.environ.pop("K", None)`` (or ``del
    os.environ["K"]``) in its ``else``, or ``os.environ["K"] = old`` as a
    statement of its own when the read had a default (``get("K", "C")``:
    without one, an absent key saved as ``None`` cannot be put back); and the
    keys it removes after its ``yield`` as a statement of its own
    (``os.environ.pop("K", None)``), or under an ``if`` that holds whenever
    the key is set: whatever the test set there is gone."""
    body = getattr(func, "body", [])
    if not environ:
        return frozenset()
    at = next((i for i, stmt in enumerate(body) if _is_yield(stmt)), None)
    if at is None:
        return frozenset()
    saved: dict[str, str] = {}  # local -> key
    never_none: set[str] = set()  # locals read with a default that is not None
    for stmt in body[:at]:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            key = _read_key(stmt.value, environ, popped=True)
            if key is not None:
                saved[stmt.targets[0].id] = key
                if _has_default(stmt.value):
                    never_none.add(stmt.targets[0].id)
    restored: set[str] = set()
    for stmt in body[at + 1:]:
        gone = _removes_key(stmt, environ)
        if gone is not None:
            restored.add(gone)  # unset after every test: what a test set is gone
            continue
        put = _puts_back(stmt, saved, environ)
        if put is not None:
            if isinstance(stmt, ast.Assign) and getattr(stmt.value, "id", "") in never_none:
                restored.add(put)
        elif isinstance(stmt, ast.If) and len(stmt.body) == 1 and len(stmt.orelse) == 1:
            put = _puts_back(stmt.body[0], saved, environ)
            if put is not None and _removes_key(stmt.orelse[0], environ) == put:
                restored.add(put)
        elif isinstance(stmt, ast.If) and len(stmt.body) == 1 and not stmt.orelse:
            gone = _removes_key(stmt.body[0], environ)
            if gone is not None and _while_present(stmt.test, gone, environ):
                restored.add(gone)  # removed whenever it is there: gone either way
    return frozenset(restored)


def _while_present(test: ast.expr, key: str, environ: frozenset[str]) -> bool:
    """A condition that holds whenever ``key`` is in the environment: ``"K" in
    os.environ``, ``os.environ.get("K")`` (or ``os.environ["K"]``) alone, ``is
    not None`` or ``!= None``."""
    def reads(expr: ast.expr) -> bool:
        if isinstance(expr, ast.Subscript) and _spelled(expr.value) in environ:
            return _literal_key(expr.slice) == key
        return _read_key(expr, environ) == key
    if reads(test):
        return True
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    op, right = test.ops[0], test.comparators[0]
    if isinstance(op, ast.In):
        return _literal_key(test.left) == key and _spelled(right) in environ
    return isinstance(op, (ast.IsNot, ast.NotEq)) and reads(test.left) \
        and isinstance(right, ast.Constant) and right.value is None


def _literal_key(expr: ast.expr) -> Optional[str]:
    """The key as the rule spells it (``ast.dump``): a string literal, or a
    constant's name (``ENV_HOME``, upper case: bound once, at module level)."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return ast.dump(ast.Constant(value=expr.value))
    if isinstance(expr, ast.Name) and expr.id.isupper():
        return ast.dump(ast.Name(id=expr.id, ctx=ast.Load()))
    return None


def _read_key(value: ast.expr, environ: frozenset[str], popped: bool = False
              ) -> Optional[str]:
    """``os.environ.get("K")`` (a default or not): the key. With ``popped``,
    also ``os.environ.pop("K", None)``, which saves the value as it removes
    it (localtileserver's autouse fixture)."""
    reads = ("get", "pop") if popped else ("get",)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
            and value.func.attr in reads and _spelled(value.func.value) in environ \
            and value.args:
        return _literal_key(value.args[0])
    return None


def _has_default(call: ast.expr) -> bool:
    """``os.environ.get("K", <not None>)``."""
    args = call.args if isinstance(call, ast.Call) else []
    return len(args) >= 2 and not (isinstance(args[1], ast.Constant) and args[1].value is None)


def _puts_back(stmt: ast.stmt, saved: dict[str, str], environ: frozenset[str]
               ) -> Optional[str]:
    """``os.environ["K"] = old``, ``old`` saved from K: the key."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
            and isinstance(stmt.value, ast.Name) and stmt.value.id in saved:
        target = stmt.targets[0]
        if isinstance(target, ast.Subscript) and _spelled(target.value) in environ:
            key = _literal_key(target.slice)
            if key is not None and key == saved[stmt.value.id]:
                return key
    return None


def _removes_key(stmt: ast.stmt, environ: frozenset[str]) -> Optional[str]:
    """``os.environ.pop("K", None)`` or ``del os.environ["K"]``: the key."""
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        call = stmt.value
        if isinstance(call.func, ast.Attribute) and call.func.attr == "pop" \
                and _spelled(call.func.value) in environ and call.args:
            return _literal_key(call.args[0])
    if isinstance(stmt, ast.Delete) and len(stmt.targets) == 1:
        target = stmt.targets[0]
        if isinstance(target, ast.Subscript) and _spelled(target.value) in environ:
            return _literal_key(target.slice)
    return None


def _empties_and_refills(block: list[ast.stmt], i: int, environ: frozenset[str]) -> bool:
    """``os.environ.clear()`` at ``block[i]``, ``os.environ.update(saved)`` next."""
    return (_method_on_environ(block[i], "clear", environ) and i + 1 < len(block)
            and _method_on_environ(block[i + 1], "update", environ))


# A context manager named for the environment it scopes (poetry's
# ``isolated_environment()``, ``modified_environ(...)``, ``temp_env(...)``).
ENV_SCOPE_NAME = re.compile(r"environ|(?:^|_)env(?:_|$)", re.I)


def _yields_patched(stmt: ast.stmt, environ: frozenset[str]) -> bool:
    """``with patch.dict(os.environ): yield``; also ``with
    isolated_environment(): yield``, a helper named for the environment it
    scopes (imported from another module, whose body is not read here: the
    name is trusted, as the rule trusts it in a test's own ``with``)."""
    return isinstance(stmt, (ast.With, ast.AsyncWith)) and any(
        _patches_environ(item.context_expr, environ) or _env_scope(item.context_expr)
        for item in stmt.items
    ) and any(_is_yield(s) for s in stmt.body)


def _env_scope(expr: ast.expr) -> bool:
    func = expr.func if isinstance(expr, ast.Call) else None
    name = func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None)
    return name is not None and ENV_SCOPE_NAME.search(name) is not None


def _stops_started_patcher(body: list[ast.stmt], environ: frozenset[str]) -> bool:
    """``p = patch.dict(os.environ, ...)``, started before the ``yield`` (``yield
    p.start()``, or ``p.start()`` then ``yield``) and stopped after it
    (``p.stop()``): ``with patch.dict(os.environ): yield`` spelt out."""
    patchers: set[str] = set()
    started: set[str] = set()
    yielded = False
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name) and _patches_environ(stmt.value, environ):
            patchers.add(stmt.targets[0].id)
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Yield) and not yielded:
            yielded = True
            name = _patcher_call(stmt.value.value, "start")
            if name in patchers:
                started.add(name)
        elif isinstance(stmt, ast.Expr):
            name = _patcher_call(stmt.value, "stop" if yielded else "start")
            if name in patchers and yielded and name in started:
                return True
            if name in patchers and not yielded:
                started.add(name)
    return False


def _patcher_call(expr: Optional[ast.expr], method: str) -> Optional[str]:
    """``p.<method>()``: ``p``."""
    if isinstance(expr, ast.Call) and not expr.args and isinstance(expr.func, ast.Attribute) \
            and expr.func.attr == method and isinstance(expr.func.value, ast.Name):
        return expr.func.value.id
    return None


def _patches_environ(expr: ast.expr, environ: frozenset[str]) -> bool:
    """``patch.dict(os.environ, ...)`` / ``mock.patch.dict("os.environ", ...)``."""
    if not (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
            and expr.func.attr == "dict" and last_name(expr.func.value) == "patch"
            and expr.args):
        return False
    target = expr.args[0]
    return _spelled(target) in environ or (
        isinstance(target, ast.Constant) and target.value == "os.environ")


def _blocks(body: list[ast.stmt]) -> Iterable[list[ast.stmt]]:
    """The function's statement lists in source order, not entering nested
    functions or classes: the body, then each compound statement's blocks
    where it stands (a ``try``'s body before its ``finally``)."""
    yield body
    for stmt in body:
        if isinstance(stmt, (*_DEF_NODES, ast.ClassDef)):
            continue
        for field in ("body", "orelse", "finalbody"):
            inner = getattr(stmt, field, None)
            if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt):
                yield from _blocks(inner)
        for handler in getattr(stmt, "handlers", ()):
            yield from _blocks(handler.body)
