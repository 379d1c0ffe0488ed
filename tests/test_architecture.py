"""The import direction cannot rot: matcher is pure, catalog never reaches up into the web layer."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "matcher": {"flask", "flask_smorest", "sqlalchemy", "alembic", "apscheduler", "api", "catalog",
                "seeds", "marshmallow"},
    "catalog": {"flask", "flask_smorest", "api", "marshmallow"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_respects_the_import_direction(package):
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
    }
    offenders = {path: names for path, names in offenders.items() if names}
    assert offenders == {}


# --- size and shape: modules, functions, import cycles ---------------------------------------
# Each package listed here is held to these limits (docs/design.md, Architecture). Migrations
# aside: each is the frozen record of a schema change (0001 creates every table in one upgrade),
# never edited once released.

LIMITS = {
    "matcher": {"module_lines": 400, "function_lines": 60},
    "catalog": {"module_lines": 400, "function_lines": 60},
    "api": {"module_lines": 400, "function_lines": 60},
}
EXEMPT = ("catalog/migrations/",)


def _modules(package: str) -> dict[str, Path]:
    """Dotted module name -> path, for every module of the package (`pkg.sub` for pkg/sub.py,
    `pkg.sub` for pkg/sub/__init__.py)."""
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def internal_imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of the same package that a module imports, wherever the import statement is:
    at the top, in a function, or under `if TYPE_CHECKING:` (ast.walk sees every one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = name.split(".") if _is_package(path) else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # `from pkg import sub` imports the submodule sub; other names come from `source`.
            targets = [f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules
                       else source for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]  # `pkg.sub.name` is pkg/sub.py
            if target and target != name:
                found.add(target)
    return found


def import_cycles(package: str) -> list[list[str]]:
    """Every group of modules of the package that import each other, directly or not (the
    strongly connected components of more than one module, by Tarjan's algorithm)."""
    modules = _modules(package)
    graph = {name: sorted(internal_imports(name, path, modules)) for name, path in modules.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return sorted(cycles)


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _held(package: str) -> list[Path]:
    """The modules of the package held to the size limits: all but the EXEMPT (migrations)."""
    return [path for path in _modules(package).values()
            if not _relative(path).startswith(EXEMPT)]


@pytest.mark.parametrize("package", sorted(LIMITS))
def test_no_module_is_too_long(package):
    limit = LIMITS[package]["module_lines"]
    too_long = {}
    for path in _held(package):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            too_long[_relative(path)] = lines
    assert too_long == {}, f"modules over {limit} lines"


@pytest.mark.parametrize("package", sorted(LIMITS))
def test_no_function_is_too_long(package):
    limit = LIMITS[package]["function_lines"]
    too_long = {}
    for path in _held(package):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > limit:
                    too_long[f"{_relative(path)}:{node.lineno} {node.name}"] = lines
    assert too_long == {}, f"functions over {limit} lines"


@pytest.mark.parametrize("package", sorted(LIMITS))
def test_no_import_cycle(package):
    assert import_cycles(package) == []


def test_the_cycle_check_sees_imports_under_type_checking(tmp_path, monkeypatch):
    """The checks above must be able to fail: two modules importing each other, one of them
    only under TYPE_CHECKING, are a cycle; a function of 61 lines is too long."""
    package = tmp_path / "loop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from .b import B\nA = 1\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\nB = 2\n"
    )
    (package / "c.py").write_text("from loop import a\n")  # one way: no cycle
    body = "".join(f"    x{n} = {n}\n" for n in range(60))
    (package / "d.py").write_text(f"def long():\n{body}")
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    monkeypatch.setitem(LIMITS, "loop", {"module_lines": 400, "function_lines": 60})
    assert import_cycles("loop") == [["loop.a", "loop.b"]]
    with pytest.raises(AssertionError):
        test_no_function_is_too_long("loop")
    (package / "e.py").write_text("x = 1\n" * 401)  # a module of 401 lines is too long
    with pytest.raises(AssertionError, match="modules over 400 lines"):
        test_no_module_is_too_long("loop")


def test_only_the_migrations_are_exempt_from_the_size_limits():
    """The exemption hides nothing else: every module of catalog/ outside catalog/migrations/
    is held, and the migrations (which would break the function limit) are not."""
    held = {_relative(path) for path in _held("catalog")}
    every = {_relative(path) for path in _modules("catalog").values()}
    assert every - held == {path for path in every if path.startswith("catalog/migrations/")}
    assert "catalog/migrations/versions/0001_initial_schema.py" in every - held
