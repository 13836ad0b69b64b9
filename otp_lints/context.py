"""What a rule sees of one file: ``FileContext``.

The file (path, tree, lines decoded on first use), its semantic model and the
scope the current node is in, the per-file facts rules compute once
(``fact``), the nodes the walk collected (``nodes``), and the reporter.
Built by the lint API for each file, filled by the engine's walk, handed to
every ``visit_*`` and ``finish`` of the enabled rules; nothing in it survives
the file.
"""

from __future__ import annotations

import ast
import datetime
from collections.abc import Sequence
from typing import Any, Callable, Optional

from otp_lints import projectfacts
from otp_lints.diagnostics import Diagnostic
from otp_lints.noqa import may_have_noqa
from otp_lints.semantic import Scope, SemanticModel, TypeFact
from otp_lints.source import source_lines


def today() -> datetime.date:
    """The day a file is linted (one place, so that a test can set it)."""
    return datetime.date.today()


class FileContext:
    """What a rule sees: the file, its semantic model, the current scope, a reporter."""

    def __init__(
        self, path: str, tree: ast.AST, is_test_file: bool, package: Optional[str] = None
    ) -> None:
        self.path = path
        self.tree = tree
        self.is_test_file = is_test_file
        #: the file matches ``script-paths`` (examples, docs, maintenance scripts)
        self.is_script_path = False
        self.semantic = SemanticModel(tree)
        self.semantic.package = package
        self.scope: Scope = self.semantic.module
        self.diagnostics: list[Diagnostic] = []
        self._lines: Optional[Sequence[str]] = None
        self._source: Optional[bytes] = None
        self._facts: dict[str, Any] = {}
        #: the ``(node, scope)`` pairs the walk collected, by node type (see ``nodes``)
        self.collected: dict[type, list[tuple[Any, Scope]]] = {}
        #: the codes of every rule running on this file (OTP702 judges only those)
        self.enabled_codes: Optional[frozenset[str]] = None
        #: the codes of the rules that raised on this file (their results are dropped,
        #: one OTP000 says why); filled by the engine as it runs the rules
        self.failed_codes: set[str] = set()
        #: the code of every rule otp-lints has, enabled or not
        self.rule_codes: frozenset[str] = frozenset()
        #: the day the file is linted (OTP703 judges expiry dates against it)
        self.today: datetime.date = today()
        #: another module of the project, parsed and walked, by its path (None
        #: when it cannot be read or parsed); set by the engine's caller, which
        #: notes each one in ``dependencies`` (OTP203 reads base test classes)
        self.load_module: Optional[Callable[[str], Optional[FileContext]]] = None
        #: the other files this file's results depend on, with the size and
        #: modification time they were read at (the result cache checks them)
        self.dependencies: dict[str, tuple[int, int]] = {}

    @property
    def lines(self) -> Optional[Sequence[str]]:
        """The file's lines, ends kept; decoded from the bytes on first use, since
        most files give a rule no reason to look at the text."""
        if self._lines is None and self._source is not None:
            self._lines = source_lines(self._source)
        return self._lines

    @lines.setter
    def lines(self, lines: Optional[Sequence[str]]) -> None:
        self._lines = lines

    @property
    def decoded_lines(self) -> Optional[Sequence[str]]:
        """The lines if given or already decoded; never decodes."""
        return self._lines

    def set_source(self, source: bytes) -> None:
        """The raw bytes ``lines`` are decoded from when first asked for."""
        self._source = source

    def may_have_noqa(self) -> bool:
        """Whether ``noqa`` occurs anywhere in the file, in any case: the test
        before a rule tokenizes for noqa comments. On the raw bytes when the
        lines are not decoded (``bytes.lower()`` and a substring search: 5x
        faster than a case-insensitive regex)."""
        if self._lines is None and self._source is not None:
            return b"noqa" in self._source.lower()
        return may_have_noqa(self._lines or ())

    def dispose(self) -> None:
        """Break every cycle through this file's objects once it is done, so they
        are freed by reference counting (the CLI keeps the cyclic collector off):
        the semantic model's scope tree, and the facts, which may hold the
        context itself or the nodes and scopes the walk collected."""
        self.semantic.dispose()
        self._facts.clear()
        self.collected.clear()
        self.load_module = None  # it holds this context

    def project_class(
        self, name: str, scope: Scope,
        load: Optional[Callable[[str], Optional[FileContext]]] = None,
    ) -> Optional[tuple[FileContext, ast.ClassDef]]:
        """The ``class`` statement ``name`` is bound to in ``scope``, with the
        context of the file that holds it: this file's (the name's only
        binding), or, for a name imported from another module of the project
        (``from tests.sandbox import SandboxedTestCase``), that module's, read
        through ``load`` (by default ``load_module``; a module read that way
        has none, so a rule reading on from it passes the first file's, which
        notes every file for the result cache).
        A module that imports the name in turn (a package's ``__init__``
        re-exporting ``from .base import Engine``) is followed, up to three
        such hops. None when any step is not that plain: a name bound twice,
        a module of an installed package, a star import."""
        found = self._project_binding(name, scope, "class", load)
        if found is None or not isinstance(found[1], ast.ClassDef):
            return None
        return found[0], found[1]

    def project_method(
        self, cls: ast.ClassDef, name: str, scope: Scope,
        load: Optional[Callable[[str], Optional[FileContext]]] = None, depth: int = 0,
    ) -> Optional[tuple[FileContext, ast.FunctionDef | ast.AsyncFunctionDef]]:
        """The ``def`` that ``self.<name>(...)`` runs in ``cls`` (a class of this
        file), with the context of the file that holds it: the class's own,
        else the first found in its bases, left to right and depth first, as
        ``SemanticModel.method_def`` searches, but following a base imported
        from another module of the project through ``project_class`` (read
        through ``load``, by default ``load_module``, which notes the file
        for the result cache; panda-server's ``BaseModule``). None as soon as
        a base is neither a class of the file nor of the project (an
        installed package's class may define the method first). ``scope`` is
        where ``cls``'s base names are read."""
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == name:
                return self, stmt
        if depth >= 8:
            return None
        if load is None:
            load = self.load_module
        for base in cls.bases:
            if isinstance(base, ast.Name) and base.id == "object":
                continue
            found = self.project_class(base.id, scope, load) if isinstance(base, ast.Name) else None
            if found is None or found[1] is cls:
                return None
            other, parent = found
            method = other.project_method(parent, name, other.semantic.module, load, depth + 1)
            if method is not None:
                return method
        return None

    def project_function(
        self, name: str, scope: Scope,
    ) -> Optional[tuple[FileContext, ast.FunctionDef | ast.AsyncFunctionDef]]:
        """The ``def`` statement ``name`` is bound to, found as
        ``project_class`` finds a class (``from pymq.provider.base import
        invoke_function``)."""
        found = self._project_binding(name, scope, "def", None)
        if found is None or not isinstance(found[1], (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None
        return found[0], found[1]

    def project_module(self, name: str, scope: Scope) -> bool:
        """``name`` is bound only by an import of a module of the project
        (``from jobrunner import api``, with ``jobrunner/api/__init__.py`` or
        ``jobrunner/api.py`` found as ``project_class`` finds a module, and
        read through ``load_module``, which notes it for the result cache)."""
        bindings = self.semantic.bindings_of(name, scope)
        load = self.load_module
        if not bindings or len(bindings) != 1 or load is None:
            return False
        b = bindings[0]
        if b.kind != "import" or not b.qualname or not isinstance(b.node, ast.ImportFrom):
            return False
        path = projectfacts.module_path(self.path, b.qualname)
        return path is not None and load(path) is not None

    def _project_binding(
        self, name: str, scope: Scope, kind: str,
        load: Optional[Callable[[str], Optional[FileContext]]],
    ) -> Optional[tuple[FileContext, ast.AST]]:
        ctx: FileContext = self
        if load is None:
            load = self.load_module
        for _ in range(4):
            bindings = ctx.semantic.bindings_of(name, scope)
            if not bindings or len(bindings) != 1:
                return None
            if bindings[0].kind == kind:
                return ctx, bindings[0].node
            if load is None or bindings[0].kind != "import" or not bindings[0].qualname:
                return None
            module, _, name = bindings[0].qualname.rpartition(".")
            path = projectfacts.module_path(ctx.path, module) if module else None
            other = load(path) if path is not None else None
            if other is None or other is ctx:
                return None
            ctx, scope = other, other.semantic.module
        return None

    def fact(self, key: str, compute: Callable[[FileContext], Any]) -> Any:
        """A per-file fact computed once, on first use (e.g. a class/module view).

        Where a fact only one rule needs lives: beside that rule, in its group
        module, keyed ``"otpNNN.<what>"``; a fact several groups share lives in
        the semantic layer (``structure.py``)."""
        facts = self._facts
        if key not in facts:
            facts[key] = compute(self)
        return facts[key]

    def nodes(self, node_type: type) -> list[tuple[Any, Scope]]:
        """Every ``(node, scope)`` of ``node_type`` the walk collected, in no set
        order; only types that some enabled rule visits are collected (a rule asks
        for the types it visits itself), and of calls only those whose last name
        an enabled rule lists (``Rule.calls``, ``Rule.call_facts``). Lets a fact
        be computed without a walk."""
        return self.collected.get(node_type, [])

    # -- conveniences bound to the current scope -------------------------
    def qualified_name(self, expr: ast.AST) -> Optional[str]:
        return self.semantic.qualified_name(expr, self.scope)

    def type_of(self, expr: ast.AST) -> Optional[TypeFact]:
        return self.semantic.type_of(expr, self.scope)

    def is_discarded(self, call: ast.Call) -> bool:
        return self.semantic.is_discarded(call)

    def function(self) -> Optional[Scope]:
        return self.scope.function()

    def report(self, code: str, node: Any, message: str) -> None:
        line = getattr(node, "lineno", 1)
        col = getattr(node, "col_offset", 0)
        end_line = getattr(node, "end_lineno", None) or line
        end_col = getattr(node, "end_col_offset", None)
        if end_col is None:
            end_col = col
        self.diagnostics.append(
            Diagnostic(self.path, line, col, end_line, end_col, code, message)
        )
