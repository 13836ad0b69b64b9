"""Per-file structure: what each module, class and function scope defines.

Part of the semantic layer, for rules that judge an API as a whole rather
than one call (OTP603: "does this class offer a way to wait?", "is there a
``start_sync`` next to ``start``?"). Built lazily, once per file, through
``ctx.fact("structure", build)``, from the scopes the engine's walk already
recorded: it never walks the tree again.

Precision first: a class whose bases cannot all be seen in the file is
*open* (its inherited members are unknown), and callers decide what an open
class means for them.
"""

from __future__ import annotations

import ast
from typing import Optional

from otp_lints.context import FileContext
from otp_lints.semantic import Scope, SemanticModel

# Bases that add no members a rule about an object's API cares about.
_NEUTRAL_BASES = frozenset({
    "builtins.object", "abc.ABC", "typing.Generic", "typing.Protocol",
    "typing_extensions.Protocol", "typing.NamedTuple", "typing.TypedDict",
    "enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag",
})


class ClassView:
    """A class as the file shows it.

    ``members``: every name bound in the class body (methods, attributes,
    nested classes) and in the bodies of base classes defined in the same
    file. ``external_bases``: qualified names of the other bases (None for a
    base that does not resolve, e.g. a call or a local variable).
    """

    __slots__ = ("external_bases", "members", "node", "own_members", "scope")

    def __init__(
        self,
        node: ast.ClassDef,
        scope: Scope,
        own_members: frozenset[str],
        members: frozenset[str],
        external_bases: tuple[Optional[str], ...],
    ) -> None:
        self.node = node
        self.scope = scope
        self.own_members = own_members
        self.members = members
        self.external_bases = external_bases

    @property
    def is_open(self) -> bool:
        """Whether the class inherits members this file does not show."""
        return bool(self.external_bases)


class Structure:
    """Scopes by node, the names each scope defines, class views."""

    def __init__(self, semantic: SemanticModel) -> None:
        self.semantic = semantic
        self._by_node: dict[int, Scope] = {id(s.node): s for s in semantic.scopes}
        self._classes: dict[int, ClassView] = {}

    def scope_of(self, node: ast.AST) -> Optional[Scope]:
        """The scope a function, lambda, class or comprehension node creates."""
        return self._by_node.get(id(node))

    @staticmethod
    def names_in(scope: Scope) -> frozenset[str]:
        """Every name bound directly in ``scope`` (defs, classes, assignments, imports)."""
        return frozenset(scope.bindings)

    @staticmethod
    def functions_in(scope: Scope) -> frozenset[str]:
        """Names bound by a ``def`` directly in ``scope``."""
        return frozenset(
            name for name, bindings in scope.bindings.items()
            if any(b.kind == "def" for b in bindings)
        )

    def is_api(self, func: Scope) -> bool:
        """A function callers outside the file can reach by name: a module-level
        function or a method of a class (nested in classes only) at module level."""
        if func.kind != "function":
            return False
        s = func.parent
        while s is not None and s.kind == "class":
            s = s.parent
        return s is not None and s.kind == "module"

    def enclosing_class(self, func: Scope) -> Optional[ClassView]:
        """The class a method is defined in (directly), or None."""
        parent = func.parent
        if parent is None or parent.kind != "class":
            return None
        return self.class_view(parent)

    def class_view(self, scope: Scope) -> ClassView:
        cached = self._classes.get(id(scope))
        if cached is None:
            cached = self._build_class(scope, set())
        return cached

    def _build_class(self, scope: Scope, seen: set[int]) -> ClassView:
        node = scope.node
        assert isinstance(node, ast.ClassDef)
        seen.add(id(scope))
        own = frozenset(scope.bindings)
        members = set(own)
        external: list[Optional[str]] = []
        parent = scope.parent or self.semantic.module
        for base in node.bases:
            local = self._local_class(base, parent)
            if local is not None and id(local) not in seen:
                view = self._classes.get(id(local)) or self._build_class(local, seen)
                members |= view.members
                external.extend(view.external_bases)
                continue
            if local is not None:  # a cycle: nothing more to learn
                continue
            target = base.value if isinstance(base, ast.Subscript) else base
            qn = self.semantic.qualified_name(target, parent)
            if qn in _NEUTRAL_BASES:
                continue
            external.append(qn)
        view = ClassView(node, scope, own, frozenset(members), tuple(external))
        self._classes[id(scope)] = view
        return view

    def _local_class(self, base: ast.expr, scope: Scope) -> Optional[Scope]:
        """The class scope a base names, when it is one class defined in this file."""
        if not isinstance(base, ast.Name):
            return None
        bindings = self.semantic.bindings_of(base.id, scope)
        if not bindings or len(bindings) != 1 or bindings[0].kind != "class":
            return None
        cls_scope = self._by_node.get(id(bindings[0].node))
        return cls_scope if cls_scope is not None and cls_scope.kind == "class" else None


def build(ctx: FileContext) -> Structure:
    """``ctx.fact("structure", build)``: the file's structure, built once."""
    return Structure(ctx.semantic)


def structure(ctx: FileContext) -> Structure:
    """The file's structure (built on first use)."""
    view: Structure = ctx.fact("structure", build)
    return view
