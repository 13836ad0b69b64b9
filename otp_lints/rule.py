"""The Rule base class and the registry of every rule.

A rule is one class in one module: its metadata (code, name, default on/off,
fix safety, options), its documentation (the class docstring, in the sections
every rule page has), its valid and invalid examples, and its detection, as
``visit_<NodeType>(self, node, ctx)`` methods. The engine calls a rule's
``visit_*`` methods only for the node types it names, and only when the rule is
enabled for the file, so a disabled rule costs nothing.
"""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Optional

from otp_lints.diagnostics import Edit, Fix

if TYPE_CHECKING:
    from otp_lints.engine import FileContext
    from otp_lints.semantic import Scope

# Sections a rule's documentation has, in this order.
DOC_SECTIONS = (
    "What it does",
    "Why is this bad?",
    "Example",
    "Use instead",
    "Options",
    "Known limits",
)

CODE_RE = re.compile(r"^OTP[0-9]{3}$")


class OptionError(ValueError):
    """An option value of the wrong type or shape; the message names the problem."""


@dataclass(frozen=True)
class Option:
    """One per-rule option under ``[tool.otp-lints.rules.CODE]``.

    ``convert`` validates a raw TOML value and returns the value the rule uses;
    it raises OptionError with a message naming what is wrong.
    """

    name: str
    default: Any
    doc: str
    convert: Callable[[Any], Any]


def str_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise OptionError("expected a list of strings")
    return tuple(value)


def positive_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise OptionError("expected a positive number")
    return value


@dataclass
class Example:
    """Source code shown in the docs and run by the tests."""

    code: str
    path: str = "example.py"


class Rule:
    """Base class. Subclasses set the class attributes and define ``visit_*``."""

    code: ClassVar[str]
    name: ClassVar[str]
    #: on by default; an opt-in rule is enabled by naming it or a prefix of it
    default_on: ClassVar[bool] = True
    #: None, "safe" or "unsafe"
    fix_safety: ClassVar[Optional[str]] = None
    #: which files the rule looks at: "all", "test" or "non-test"
    files: ClassVar[str] = "all"
    #: the audit finding the rule answers (shown in its docs)
    audit: ClassVar[str] = ""
    options: ClassVar[tuple[Option, ...]] = ()
    valid: ClassVar[tuple[Example, ...]] = ()
    invalid: ClassVar[tuple[Example, ...]] = ()
    #: The calls ``visit_Call`` is given, by the callee's last name: ``f`` in
    #: ``x.f(...)`` or ``f(...)``. A bare name bound by an import alias
    #: (``from os import kill as k``) is always given, since only its binding
    #: tells what it names. None: every call. The engine looks the name up once
    #: per call, so a rule pays nothing for the calls it cannot match.
    calls: Optional[frozenset[str]] = None
    #: Calls passing one of these keyword arguments are given as well.
    call_keywords: frozenset[str] = frozenset()
    #: More call names whose calls the rule's facts read with ``ctx.nodes(ast.Call)``
    #: (collected for it, not dispatched to ``visit_Call``).
    call_facts: frozenset[str] = frozenset()

    def __init__(self, options: Optional[dict[str, Any]] = None) -> None:
        values = {opt.name: opt.default for opt in self.options}
        if options:
            values.update(options)
        self.opts = values
        #: every rule's configured options, by code (set by Settings)
        self.all_options: dict[str, dict[str, Any]] = {}

    def default_timeout(self) -> float:
        """OTP402's `default-timeout`: the finite timeout the timeout fixes write."""
        value = self.all_options.get("OTP402", {}).get("default-timeout", 30)
        return int(value) if float(value).is_integer() else value

    def finish(self, ctx: FileContext) -> None:
        """Called once per file after every ``visit_*``, with ``ctx.diagnostics``
        holding what the other rules reported (before any suppression)."""

    # -- helpers for subclasses -------------------------------------------
    def report(
        self, ctx: FileContext, node: ast.AST, message: str, fix: Optional[Fix] = None
    ) -> None:
        ctx.report(self.code, node, message)
        if fix is not None:
            last = ctx.diagnostics[-1]
            ctx.diagnostics[-1] = replace(last, fix=fix)

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def visited_types(cls) -> dict[type, str]:
        """Map each AST node class the rule visits to its method name."""
        out: dict[type, str] = {}
        for attr in dir(cls):
            if attr.startswith("visit_"):
                node_type = getattr(ast, attr[len("visit_"):], None)
                if isinstance(node_type, type) and issubclass(node_type, ast.AST):
                    out[node_type] = attr
        return out


@dataclass
class Registry:
    rules: dict[str, type[Rule]] = field(default_factory=dict)

    def add(self, cls: type[Rule]) -> type[Rule]:
        if not CODE_RE.match(cls.code):
            raise ValueError(f"bad rule code {cls.code!r}")
        if cls.code in self.rules:
            raise ValueError(f"duplicate rule code {cls.code}")
        self.rules[cls.code] = cls
        return cls

    def by_name_or_code(self, key: str) -> Optional[type[Rule]]:
        key_upper = key.upper()
        if key_upper in self.rules:
            return self.rules[key_upper]
        for cls in self.rules.values():
            if cls.name == key:
                return cls
        return None


REGISTRY = Registry()


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator adding a rule to the registry."""
    return REGISTRY.add(cls)


def all_rules() -> dict[str, type[Rule]]:
    """Every registered rule, by code, in code order."""
    import otp_lints.rules  # noqa: F401  (registers the rule modules)

    return dict(sorted(REGISTRY.rules.items()))


NESTED_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def body_nodes(stmts: Sequence[ast.AST], stop: tuple[type, ...] = NESTED_SCOPES,
               include_stop: bool = True) -> Iterator[ast.AST]:
    """Every node of ``stmts`` (a handler's or a loop's body), without descending
    into nodes of the ``stop`` types (nested functions by default); those nodes
    themselves are yielded unless ``include_stop`` is false. Bounded by the body:
    no rule walks the whole tree again."""
    stack: list[ast.AST] = list(reversed(stmts))
    while stack:
        node = stack.pop()
        if isinstance(node, stop):
            if include_stop:
                yield node
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def node_start(node: ast.AST) -> tuple[int, int]:
    """``(line, column)`` where ``node`` starts ((0, 0) for nodes without a position)."""
    return getattr(node, "lineno", 0), getattr(node, "col_offset", 0)


def node_end(node: ast.AST) -> tuple[int, int]:
    return getattr(node, "end_lineno", None) or 0, getattr(node, "end_col_offset", None) or 0


def contains(outer: ast.AST, inner: ast.AST) -> bool:
    """Whether ``inner``'s source span lies within ``outer``'s."""
    return node_start(outer) <= node_start(inner) and node_end(inner) <= node_end(outer)


def _blocks(stmt: ast.stmt) -> Iterator[tuple[str, list[ast.stmt]]]:
    """The statement blocks of a compound statement, with the field holding each."""
    for f in ("body", "orelse", "finalbody"):
        block = getattr(stmt, f, None)
        if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
            yield f, block
    for handler in getattr(stmt, "handlers", None) or ():
        yield "handlers", handler.body
    for case in getattr(stmt, "cases", None) or ():
        yield "cases", case.body


def stmt_path(body: list[ast.stmt], node: ast.AST) -> list[tuple[list[ast.stmt], int, str]]:
    """From ``body`` down to the innermost statement holding ``node``: per level,
    the block, the index of the statement holding ``node`` and the field of that
    statement holding the next level (``body``, ``orelse``, ``finalbody``,
    ``handlers``, ``cases``; "" on the last level). Bounded by the body: it only
    descends into the statements whose span holds ``node``."""
    path: list[tuple[list[ast.stmt], int, str]] = []
    block: Optional[list[ast.stmt]] = body
    while block is not None:
        for i, stmt in enumerate(block):
            if contains(stmt, node):
                inner = next(
                    ((f, b) for f, b in _blocks(stmt) if any(contains(s, node) for s in b)),
                    None,
                )
                path.append((block, i, inner[0] if inner else ""))
                block = inner[1] if inner else None
                break
        else:
            break
    return path


def scope_body(scope: Scope) -> Optional[list[ast.stmt]]:
    """The statements of a function, class or module scope (None for a lambda or
    a comprehension)."""
    node = scope.node
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
        return node.body
    return None


def char_col(ctx: FileContext, line: int, byte_col: int) -> int:
    """The character column of an ``ast`` UTF-8 byte offset on ``line``."""
    lines = ctx.lines
    if lines is None or not 0 < line <= len(lines):
        return byte_col
    text = lines[line - 1]
    if text.isascii():
        return byte_col
    return len(text.encode("utf-8")[:byte_col].decode("utf-8", "replace"))


def replace_node(ctx: FileContext, node: Any, content: str) -> Edit:
    """An Edit replacing exactly the source span of ``node``."""
    return Edit(
        node.lineno, char_col(ctx, node.lineno, node.col_offset),
        node.end_lineno, char_col(ctx, node.end_lineno, node.end_col_offset), content,
    )


def insert_keyword(ctx: FileContext, call: ast.Call, text: str) -> Optional[Edit]:
    """An Edit adding the keyword argument ``text`` (``timeout=30``) to ``call``,
    as a careful human would: after the last argument, keeping a trailing
    comma's layout, or alone between empty parentheses. None when the call's
    source is not what the tree says (then no fix is offered)."""
    lines = ctx.lines
    end_line = call.end_lineno or call.lineno
    if lines is None or not 0 < end_line <= len(lines):
        return None
    close_col = char_col(ctx, end_line, (call.end_col_offset or 1)) - 1
    if lines[end_line - 1][close_col: close_col + 1] != ")":
        return None
    parts: list[Any] = [*call.args, *call.keywords]
    if not parts:
        return Edit(end_line, close_col, end_line, close_col, text)
    last = max(parts, key=lambda p: (p.end_lineno or 0, p.end_col_offset or 0))
    last_line = last.end_lineno or last.lineno
    last_col = char_col(ctx, last_line, last.end_col_offset or 0)
    # Look for a trailing comma between the last argument and ")", outside comments.
    line_no, col = last_line, last_col
    while True:
        segment = lines[line_no - 1][col:close_col if line_no == end_line else None]
        code_part = segment.split("#", 1)[0]
        if "," in code_part:
            comma_col = col + code_part.index(",")
            if line_no == end_line:  # f(a, ) -> f(a, timeout=30)
                return Edit(line_no, comma_col + 1, line_no, close_col, f" {text}")
            indent_text = lines[last.lineno - 1]
            indent = indent_text[: len(indent_text) - len(indent_text.lstrip())]
            # A new line after the comma's line (and its comment, if any).
            eol = len(lines[line_no - 1].rstrip("\r\n"))
            return Edit(line_no, eol, line_no, eol, f"\n{indent}{text},")
        if line_no >= end_line:
            break
        line_no, col = line_no + 1, 0
    return Edit(last_line, last_col, last_line, last_col, f", {text}")


# Codes that are not rules but are reported by the engine itself.
ENGINE_CODES = {
    "OTP000": "File could not be read or parsed, or a rule failed internally.",
}


def last_names(qualnames: Iterable[str]) -> frozenset[str]:
    """``{"kill"}`` for ``{"os.kill"}``: the call names (``Rule.calls``) that can
    resolve to these qualified names."""
    return frozenset(qn.rpartition(".")[2] for qn in qualnames)
