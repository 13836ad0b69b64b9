"""The Rule base class, its options and examples, and helpers rules share.

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
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Callable, ClassVar, Optional

from otp_lints.context import FileContext
from otp_lints.diagnostics import Fix
from otp_lints.semantic import QUEUE_TYPES, Scope, last_name

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
#: ``Rule.calls`` of a rule whose ``visit_Call`` is given every call.
EVERY_CALL = frozenset({"*"})


class OptionError(ValueError):
    """An option value of the wrong type or shape; the message names the problem."""


@dataclass(frozen=True)
class Option:
    """One per-rule option under ``[tool.otp-lints.rules.CODE]``.

    ``convert`` validates a raw TOML value and returns the value the rule uses;
    it raises OptionError with a message naming what is wrong. A ``shared``
    option is declared by several rules under one name: set under any of them,
    it applies to all that do not set their own (``RuleSet.for_settings``).
    """

    name: str
    default: Any
    doc: str
    convert: Callable[[Any], Any]
    shared: bool = False


def str_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise OptionError("expected a list of strings")
    return tuple(value)


def positive_number(value: Any) -> float:
    """A finite number above zero (TOML also spells ``inf`` and ``nan``: a
    timeout of either would wait forever or never)."""
    if (isinstance(value, bool) or not isinstance(value, (int, float))
            or not math.isfinite(value) or value <= 0):
        raise OptionError("expected a finite positive number")
    return value


@dataclass
class Example:
    """Source code shown in the docs and run by the tests (tests/test_examples.py).

    An invalid example may also pin what is reported, Fixit-style: the
    ``message``, and where, ``line`` (1-based) and ``col`` (1-based, as the CLI
    prints it); one of the rule's diagnostics must match all that are given.
    """

    code: str
    path: str = "example.py"
    message: Optional[str] = None
    line: Optional[int] = None
    col: Optional[int] = None


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
    #: the options ``valid``/``invalid`` run with, for a rule that reports nothing
    #: until configured (OTP103); the docs say so in its Default column
    example_options: ClassVar[Mapping[str, Any]] = {}
    #: The calls ``visit_Call`` is given, by the callee's last name: ``f`` in
    #: ``x.f(...)`` or ``f(...)``. A bare name bound by an import alias
    #: (``from os import kill as k``) is always given, since only its binding
    #: tells what it names. ``EVERY_CALL``: every call, which turns off call
    #: filtering for every rule (a file's calls are then all collected). The
    #: engine looks the name up once per call, so a rule pays nothing for the
    #: calls it cannot match. A rule with ``visit_Call`` must declare it
    #: (left None it is given every call, and ``tests/test_registry.py`` fails).
    calls: Optional[frozenset[str]] = None
    #: Calls passing one of these keyword arguments are given as well.
    call_keywords: frozenset[str] = frozenset()
    #: More call names whose calls the rule's facts read with ``ctx.nodes(ast.Call)``
    #: (collected for it, not dispatched to ``visit_Call``).
    call_facts: frozenset[str] = frozenset()
    #: Node types (other than calls) the rule's facts read with ``ctx.nodes(type)``
    #: without visiting them (collected for it, not dispatched).
    node_facts: frozenset[type] = frozenset()

    def __init__(self, options: Optional[Mapping[str, Any]] = None) -> None:
        """``options``: the configured values of the rule's own ``options``
        (validated); the others keep their defaults."""
        values = {opt.name: opt.default for opt in self.options}
        if options:
            values.update(options)
        self.opts = values

    def finish(self, ctx: FileContext) -> None:
        """Called once per file after every ``visit_*``, with ``ctx.diagnostics``
        holding what the other rules reported (before any suppression)."""

    # -- helpers for subclasses -------------------------------------------
    def report(
        self, ctx: FileContext, node: ast.AST, message: str, fix: Optional[Fix] = None
    ) -> None:
        if unreachable(ctx, node):
            return  # code that cannot run cannot hang, leak or lose an error
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


_TERMINAL = (ast.Return, ast.Raise, ast.Continue, ast.Break)


def unreachable(ctx: FileContext, node: ast.AST) -> bool:
    """``node`` is in a statement that follows one that leaves its block on
    every path (``_leaves``: a ``return``, ``raise``, ``continue``, ``break``,
    a call ending the process, a ``while True:`` loop with no ``break`` of its
    own, an ``if``/``else`` or a ``try`` all of whose paths leave), or in the
    branch of an ``if`` on a constant that is never taken (``if False:``),
    in the current scope's body or any block nested in it (``return`` then
    ``time.sleep(0.1)``: code left behind that never runs). Found by line
    ranges through statement blocks (nested ``def`` and ``class`` bodies
    included, since a rule may report after leaving the function): no rule
    reports what cannot run."""
    line = getattr(node, "lineno", None)
    scope: Optional[Scope] = ctx.scope
    while scope is not None and scope.kind == "comprehension":
        scope = scope.parent
    body = getattr(scope.node, "body", None) if scope is not None else None
    if line is None or not isinstance(body, list):
        return False
    end = getattr(node, "end_lineno", None) or line
    block: Optional[list[ast.stmt]] = body
    while block:
        inner: Optional[ast.stmt] = None
        for stmt in block:
            if stmt.lineno <= line and end <= (stmt.end_lineno or stmt.lineno):
                inner = stmt
                break
            if stmt.lineno < line and _leaves(ctx, stmt):
                return True
        if inner is None or inner is node:
            return False
        block = None
        for child in _blocks(inner):
            if child and child[0].lineno <= line and end <= (child[-1].end_lineno or 0):
                if _never_taken(inner, child):
                    return True
                block = child
                break
    return False


def _leaves(ctx: FileContext, stmt: ast.stmt) -> bool:
    """``stmt`` never hands control to the statement after it: a ``return``,
    ``raise``, ``continue`` or ``break``; a call that ends the process
    (``sys.exit(1)``, ``os._exit(0)``: ``PROCESS_ENDS``); a ``while True:``
    with no ``break`` of its own; an ``if`` whose body and ``else`` both leave
    (or the branch a constant test always takes); a ``try`` whose ``finally``
    leaves, or whose body (or ``else``) and every handler leave. Not a
    ``with`` (its context manager may swallow what the body raises and go
    on after it) nor a ``match``."""
    if isinstance(stmt, _TERMINAL) or _endless(stmt):
        return True
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        return ctx.qualified_name(stmt.value.func) in PROCESS_ENDS
    if isinstance(stmt, ast.If):
        test = stmt.test
        if isinstance(test, ast.Constant):
            return _block_leaves(ctx, stmt.body if test.value else stmt.orelse)
        return _block_leaves(ctx, stmt.body) and _block_leaves(ctx, stmt.orelse)
    if isinstance(stmt, ast.Try) or type(stmt).__name__ == "TryStar":
        if _block_leaves(ctx, getattr(stmt, "finalbody", [])):
            return True
        body_leaves = (_block_leaves(ctx, getattr(stmt, "body", []))
                       or _block_leaves(ctx, getattr(stmt, "orelse", [])))
        return body_leaves and all(
            _block_leaves(ctx, h.body) for h in getattr(stmt, "handlers", ()))
    return False


def _block_leaves(ctx: FileContext, block: list[ast.stmt]) -> bool:
    """One statement of ``block`` leaves it on every path (what follows that
    statement never runs, so neither does the end of the block)."""
    return any(_leaves(ctx, stmt) for stmt in block)


def _never_taken(stmt: ast.stmt, block: list[ast.stmt]) -> bool:
    """``block`` is the branch of an ``if`` on a constant that is never taken:
    the body of ``if False:`` (``if 0:``), the ``else`` of ``if True:``."""
    if not (isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Constant)):
        return False
    return block is (stmt.orelse if stmt.test.value else stmt.body)


def _endless(stmt: ast.stmt) -> bool:
    """``while True:`` (any true constant) with no ``break`` of its own: what
    follows it in the block never runs (it is left only by ``return``,
    ``raise`` or an exception)."""
    if not (isinstance(stmt, ast.While) and isinstance(stmt.test, ast.Constant)
            and stmt.test.value):
        return False
    work: list[ast.AST] = list(stmt.body)
    while work:
        node = work.pop()
        if isinstance(node, ast.Break):
            return False
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            work.extend(node.orelse)  # a nested loop's own body breaks that loop
        elif not isinstance(node, (*FUNCTION_NODES, ast.ClassDef)):
            work.extend(ast.iter_child_nodes(node))
    return True


def _blocks(stmt: ast.stmt) -> Iterator[list[ast.stmt]]:
    """The statement lists of a compound statement (``def`` and ``class``
    too): ``body``, ``orelse``, ``finalbody``, each handler's and each
    ``match`` case's body."""
    for field in ("body", "orelse", "finalbody"):
        value = getattr(stmt, field, None)
        if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
            yield value
    for extra in getattr(stmt, "handlers", ()) or getattr(stmt, "cases", ()):
        yield extra.body


#: The nodes that make a function scope (a body's own nodes stop at them).
FUNCTION_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def statements(node: ast.AST) -> list[ast.stmt]:
    """The statements of a function, class, module or block; none for a
    ``lambda``, whose body is one expression."""
    body = getattr(node, "body", None)
    return body if isinstance(body, list) else []


def is_docstring(stmt: ast.stmt) -> bool:
    """A string literal standing as a statement (a docstring's place)."""
    return (
        isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, str)
    )


def body_nodes(stmts: Sequence[ast.AST], stop: tuple[type, ...] = FUNCTION_NODES,
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


# A command-line parser's class, and the methods that parse a command line.
_PARSERS = frozenset({"ArgumentParser", "OptionParser"})
PARSE_ARGS = frozenset({"parse_args", "parse_known_args", "parse_intermixed_args"})


def parses_own_command_line(func: ast.AST, line: int) -> bool:
    """Before ``line``, the function parses a command line with a parser it
    made itself (``parser = argparse.ArgumentParser(...)``, then ``args =
    parser.parse_args()``): it is a console script's entry point, and what it
    does after the parse is the program's start-up (ds-mcp-server's
    ``serve()`` and ``webui()``), what it prints its user's answer."""
    made: set[str] = set()
    for node in body_nodes(statements(func)):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and last_name(node.value.func) in _PARSERS:
            made.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.Call) and last_name(node.func) in PARSE_ARGS \
                and node.lineno < line and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if (isinstance(owner, ast.Name) and owner.id in made) or (
                isinstance(owner, ast.Call) and last_name(owner.func) in _PARSERS
            ):
                return True
    return False


def param_default(func: ast.AST, name: str) -> Optional[ast.expr]:
    """The default value of the parameter ``name`` of ``func``, or None (no
    such parameter, or one without a default)."""
    args = getattr(func, "args", None)
    if not isinstance(args, ast.arguments):
        return None
    positional = [*args.posonlyargs, *args.args]
    defaults = dict(zip((a.arg for a in positional[len(positional) - len(args.defaults):]),
                        args.defaults))
    defaults.update((a.arg, d) for a, d in zip(args.kwonlyargs, args.kw_defaults)
                    if d is not None)
    return defaults.get(name)


def module_receiver(recv: ast.expr, ctx: FileContext) -> bool:
    """``acoustid.submit(...)`` after ``import acoustid``, or ``api.submit(...)``
    after ``from jobrunner import api`` where ``jobrunner/api`` is a module of
    the project: a module's own function named ``submit`` (a web API's, a
    command's), never an executor's."""
    if not isinstance(recv, ast.Name):
        return False
    made = ctx.semantic.bindings_of(recv.id, ctx.scope)
    if not made:
        return False
    if all(b.kind == "import" and isinstance(b.node, ast.Import) for b in made):
        return True
    return ctx.project_module(recv.id, ctx.scope)


def blocking_queue_call(arg: ast.expr, ctx: FileContext) -> bool:
    """``arg`` calls a method of a blocking queue of the file (``queue.Queue``,
    ``queue.PriorityQueue``, ``multiprocessing.Queue``):
    ``loop.create_task(self.work_queue.put(item))`` is given ``None``, no
    coroutine, and raises; it starts no task (thread-worker's
    ``AsyncWorkerPrior.put``)."""
    if not (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)):
        return False
    fact = ctx.type_of(arg.func.value)
    return fact is not None and fact.name in QUEUE_TYPES


def does_nothing(stmts: Sequence[ast.stmt]) -> bool:
    """Statements that are only ``pass``, ``...`` or a docstring: nothing runs,
    nothing can raise."""
    return all(
        isinstance(st, ast.Pass)
        or (isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant))
        for st in stmts
    )


def only_def(ctx: FileContext, fn: ast.expr) -> Optional[ast.AST]:
    """The ``def`` (or ``class``) statement that is the one binding of the name
    ``fn``, seen from the current scope; None when ``fn`` is no name or is
    bound any other way or more than once."""
    if not isinstance(fn, ast.Name):
        return None
    made = ctx.semantic.bindings_of(fn.id, ctx.scope)
    if not made or len(made) != 1 or made[0].kind != "def":
        return None
    return made[0].node


def module_noop(ctx: FileContext, fn: ast.expr) -> bool:
    """``fn`` names a function defined once at the module's top level whose body
    does nothing (``def _noop_for_warm_up(): pass``): work no one could wait
    for, that cannot fail."""
    defn = only_def(ctx, fn)
    return (
        isinstance(defn, (ast.FunctionDef, ast.AsyncFunctionDef)) and not defn.decorator_list
        and defn in getattr(ctx.tree, "body", ()) and does_nothing(defn.body)
    )


_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def words(name: str) -> list[str]:
    """A name's words, lower case: ``force_close_all`` -> force, close, all;
    ``isAlive`` -> is, alive; ``EnvVars`` -> env, vars."""
    return [w.lower() for w in _WORD.findall(name)]


def last_names(qualnames: Iterable[str]) -> frozenset[str]:
    """``{"kill"}`` for ``{"os.kill"}``: the call names (``Rule.calls``) that can
    resolve to these qualified names."""
    return frozenset(qn.rpartition(".")[2] for qn in qualnames)


#: Importing any of these (or a submodule) means the module may run code concurrently.
CONCURRENCY_MODULES = (
    "threading", "_thread", "asyncio", "concurrent.futures", "multiprocessing", "trio",
    "anyio", "gevent", "eventlet",
)


#: Calls that end the process (qualified names): ``sys.exit``, ``os._exit`` and
#: the site module's ``exit``/``quit``.
PROCESS_ENDS = frozenset({"os._exit", "sys.exit", "builtins.exit", "builtins.quit"})


#: Builtins whose call makes a plain value (a string, a number, a container),
#: never a function to run.
_VALUE_BUILTINS = frozenset("builtins." + name for name in (
    "str", "bytes", "int", "float", "bool", "dict", "list", "tuple", "set",
    "frozenset", "len", "repr", "format", "sorted", "sum", "min", "max", "round",
    "abs", "ord", "chr", "hex", "bin", "oct",
))


def makes_value(expr: ast.expr, ctx: FileContext) -> bool:
    """``expr`` is a literal (a constant, an f-string, a literal container) or a
    call of a builtin that makes a plain value (``str(body)``, ``len(rows)``):
    handed to a ``submit``, it is the payload of a queue's or a form's
    ``submit``, not a function an executor runs."""
    if isinstance(expr, (ast.Constant, ast.JoinedStr, ast.Dict, ast.List, ast.Tuple, ast.Set)):
        return True
    return isinstance(expr, ast.Call) and ctx.qualified_name(expr.func) in _VALUE_BUILTINS


def is_main_guard(test: ast.expr) -> bool:
    """``__name__ == "__main__"`` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Eq)):
        return False
    left, right = test.left, test.comparators[0]
    if isinstance(right, ast.Name):
        left, right = right, left
    return (isinstance(left, ast.Name) and left.id == "__name__"
            and isinstance(right, ast.Constant) and right.value == "__main__")


def names_used(node: ast.AST) -> set[str]:
    """The names a statement or expression uses: names read, attributes
    (``self.setup()`` uses ``setup``) and string constants (``__all__``,
    ``getattr(mod, "setup")``)."""
    used: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load):
            used.add(n.id)
        elif isinstance(n, ast.Attribute):
            used.add(n.attr)
        elif isinstance(n, ast.Constant) and isinstance(n.value, str):
            used.add(n.value)
    return used


def script_only_functions(ctx: FileContext) -> frozenset[str]:
    """In a script (a file with an ``if __name__ == "__main__":`` block), the
    names of module-level functions the file uses only inside that block
    (called there, or handed on there as a callback), or only in functions
    that are themselves used so (``main``), and not exported in
    ``__all__``: the program's own start-up step or callback, which the
    script runs itself, which no caller imports to wait on."""

    def compute(ctx: FileContext) -> frozenset[str]:
        tree = ctx.tree
        if not isinstance(tree, ast.Module):
            return frozenset()
        guards = [st for st in tree.body if isinstance(st, ast.If) and is_main_guard(st.test)]
        if not guards:
            return frozenset()
        inside: set[str] = set()
        for g in guards:
            inside.update(
                n.id for n in ast.walk(g)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
            )
        # What each other top-level statement uses; a function the script alone
        # runs (``main()``, called in the block) uses its names for the script
        # too (aiozeroconf's ``main`` registering ``on_service_state_change``).
        uses: list[tuple[Optional[str], set[str]]] = []
        for st in tree.body:
            if any(st is g for g in guards):
                continue
            used = names_used(st)
            name = st.name if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
            uses.append((name, used))
        return used_only_from(inside, uses)

    found: frozenset[str] = ctx.fact("script-only-functions", compute)
    return found


def used_only_from(
    inside: set[str], uses: list[tuple[Optional[str], set[str]]]
) -> frozenset[str]:
    """The names used in ``inside`` (what a program's start-up uses: its
    ``__main__`` block, its ``main``) and by no other top-level statement of
    ``uses`` (each statement's function name, or None, with the names it
    uses) save the functions so found: a function that only the start-up
    runs lends it the names it uses."""
    found: set[str] = set()
    while True:
        script = set(inside)
        outside: set[str] = set()
        for name, used in uses:
            (script if name is not None and name in found else outside).update(used)
        grown = script - outside
        if grown == found:
            return frozenset(found)
        found = grown


def _is_concurrency_module(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in CONCURRENCY_MODULES)


def imports_concurrency(ctx: FileContext) -> bool:
    """Whether any import in the file, at any depth, names a concurrency module
    (read off the import bindings: no walk)."""
    for scope in ctx.semantic.scopes:
        for bindings in scope.bindings.values():
            for b in bindings:
                if b.kind != "import":
                    continue
                node = b.node
                if isinstance(node, ast.Import):
                    if any(_is_concurrency_module(a.name) for a in node.names):
                        return True
                elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                    if _is_concurrency_module(node.module) or any(
                        _is_concurrency_module(f"{node.module}.{a.name}") for a in node.names
                    ):
                        return True
    return False


def is_main_program(ctx: FileContext) -> bool:
    """The module runs as a program: an ``if __name__ == "__main__":`` block (or
    it asserts it is ``__main__``), and no ``__all__``. A module that declares
    its public API with ``__all__`` is a library, even with a demo ``__main__``
    block (``mimetypes``, ``tkinter``): other code imports it and may call it
    from threads."""
    if "__all__" in ctx.semantic.module.bindings:
        return False
    return any(
        isinstance(s, (ast.If, ast.Assert)) and is_main_guard(s.test)
        for s in getattr(ctx.tree, "body", ())
    )


def is_script(ctx: FileContext) -> bool:
    """SPEC 7.1's script (OTP202's test): a module run as a program that starts
    no concurrency of its own (``is_main_program``, and no concurrency module
    imported)."""
    return is_main_program(ctx) and not imports_concurrency(ctx)


#: Command-line packages (qualified-name prefixes): a function they decorate
#: as a command is what a user runs from the shell.
CLI_PACKAGES = ("click.", "typer.", "asyncclick.", "rich_click.", "cloup.")


def imports_cli_package(ctx: FileContext) -> bool:
    """The module imports a command-line package (click, typer, ...)."""
    return ctx.fact("imports-cli-package", lambda c: any(
        b.kind == "import" and b.qualname is not None
        and (b.qualname + ".").startswith(CLI_PACKAGES)
        for bs in c.semantic.module.bindings.values() for b in bs
    ))


def is_lone_program(ctx: FileContext) -> bool:
    """A program that starts no concurrency of its own, wherever it sits: a
    file under ``script-paths`` or a module run as a program
    (``is_main_program``), importing no concurrency module. Nothing else in
    its process runs beside it."""
    return (ctx.is_script_path or is_main_program(ctx)) and not imports_concurrency(ctx)


#: pytest-subprocess's fixtures: every ``subprocess`` call of a test that takes
#: one is answered by a ``FakePopen`` (an unregistered command raises)
_FAKE_PROCESS_FIXTURES = frozenset({"fp", "fake_process"})
#: their methods that let a command run for real
_REAL_PROCESS_CALLS = frozenset({"allow_unregistered", "pass_command"})


def subprocess_faked(ctx: FileContext) -> bool:
    """In a test file, the current function or one around it takes
    pytest-subprocess's ``fp`` (or ``fake_process``) fixture and never lets a
    command through to a real process (``fp.allow_unregistered(True)``,
    ``fp.pass_command(...)``): the children it starts are fakes."""
    if not ctx.is_test_file:
        return False
    scope: Optional[Scope] = ctx.scope
    while scope is not None:
        node = scope.node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            names = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
            fixture = names & _FAKE_PROCESS_FIXTURES
            if fixture:
                return not any(
                    isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                    and n.func.attr in _REAL_PROCESS_CALLS
                    for n in ast.walk(node)
                )
        scope = scope.parent
    return False
