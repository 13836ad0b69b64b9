"""The package's imports run one way (docs/architecture.md draws them).

Every ``import`` of an otp_lints module counts, at module level or inside a
function; only those under ``if TYPE_CHECKING:`` do not (they never run).
"""

from __future__ import annotations

import ast
import os
import re

import pytest

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(__file__)), "otp_lints")
ARCHITECTURE = os.path.join(os.path.dirname(PACKAGE), "docs", "architecture.md")

#: From the top down: a module imports only modules of lower layers.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("__main__",),
    ("cli", "flake8_plugin"),                      # front ends
    ("server",),                                   # the language server (cli starts it)
    ("editor",),                                   # what it computes, protocol-free
    ("runner", "report", "fix", "formats",         # what the CLI does with results
     "newsince", "addnoqa"),
    ("docgen", "progress"),                        # rule pages; a report against earlier ones
    ("lint", "discovery"),                         # the API both front ends call; configs, files
    ("engine", "suppress"),                        # rules on one file; suppression layers
    ("config",),                                   # [tool.otp-lints] -> Settings
    ("rules",),                                    # the registry
    ("rules.crash", "rules.hygiene", "rules.messages", "rules.state", "rules.supervision",
     "rules.testing", "rules.waits"),              # the rule groups
    ("rule", "edits", "flow", "shapes", "structure"),  # what rules are built from
    ("context",),                                  # what a rule sees of a file
    ("projectfacts",),                             # conftests, the project's modules
    ("binders", "source"),                         # model building; bytes -> tree, lines
    ("semantic", "noqa", "diagnostics", "globs", "files", "__init__"),
)
LAYER_OF = {m: i for i, layer in enumerate(LAYERS) for m in layer}


def _modules() -> dict[str, str]:
    """Module name relative to the package (``rules.waits``, ``__init__``) -> path."""
    out = {}
    for d, _dirs, files in os.walk(PACKAGE):
        for f in files:
            if f.endswith(".py"):
                path = os.path.join(d, f)
                rel = os.path.relpath(path, PACKAGE)[:-3].replace(os.sep, ".")
                if rel.endswith(".__init__"):
                    rel = rel[: -len(".__init__")]
                out[rel] = path
    return out


MODULES = _modules()


def _is_type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _target(name: str) -> str:
    """The module an imported name lives in: ``otp_lints.rules.waits`` ->
    ``rules.waits``, ``otp_lints.rules.all_rules`` -> ``rules``, ``otp_lints``
    and ``otp_lints.__version__`` -> ``__init__``."""
    parts = name.split(".")[1:]
    while parts and ".".join(parts) not in MODULES:
        parts.pop()
    return ".".join(parts) if parts else "__init__"


def imports_of(path: str) -> set[str]:
    """The package modules a file imports, wherever the import statement stands."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    found: set[str] = set()
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if _is_type_checking(node):
            stack.extend(node.orelse)  # type: ignore[attr-defined]
            continue
        if isinstance(node, ast.Import):
            found.update(_target(a.name) for a in node.names if a.name.startswith("otp_lints"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("otp_lints"):
            for a in node.names:  # ``from otp_lints.rules import waits`` imports a module
                full = f"{node.module}.{a.name}"
                found.add(_target(full))
        stack.extend(ast.iter_child_nodes(node))
    return found


GRAPH = {m: imports_of(p) - {m} for m, p in MODULES.items()}


def test_every_module_has_a_layer() -> None:
    assert set(MODULES) == set(LAYER_OF), (
        f"place new modules in LAYERS (and docs/architecture.md): "
        f"{sorted(set(MODULES) ^ set(LAYER_OF))}"
    )


def test_no_import_cycle() -> None:
    """Not one, of any length (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(m: str) -> None:
        index[m] = low[m] = len(index)
        on_stack.append(m)
        for dep in sorted(GRAPH[m]):
            if dep not in index:
                visit(dep)
                low[m] = min(low[m], low[dep])
            elif dep in on_stack:
                low[m] = min(low[m], index[dep])
        if low[m] == index[m]:
            component = []
            while True:
                top = on_stack.pop()
                component.append(top)
                if top == m:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for m in sorted(GRAPH):
        if m not in index:
            visit(m)
    assert not cycles, f"import cycles: {cycles}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_point_down(module: str) -> None:
    up = sorted(d for d in GRAPH[module] if LAYER_OF[d] <= LAYER_OF[module])
    assert not up, f"{module} imports {up}, not in a layer below it (tests/test_architecture.py)"


def test_no_import_for_its_side_effect() -> None:
    """Every import is used (ruff's F401); none is silenced to keep a side effect."""
    for module, path in MODULES.items():
        with open(path, encoding="utf-8") as f:
            assert not re.search(r"noqa:[^\n]*F401", f.read()), module


def test_architecture_doc_lists_every_module() -> None:
    with open(ARCHITECTURE, encoding="utf-8") as f:
        doc = f.read()
    for module in MODULES:
        if module in ("__init__", "__main__"):
            continue
        name = module.rpartition(".")[2] + ".py" if module != "rules" else "rules/__init__.py"
        assert name in doc, f"docs/architecture.md does not describe {name}"
