"""The shape of the code, as the next engineer reads it: no import cycles (counting imports
inside functions too, which only hide a cycle), modules small enough to hold one concern,
and a README layout table that names what is really there."""

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"stories": ROOT / "stories", "search": ROOT / "search", "guongsang": ROOT / "site"}
LOGIC_LINES_LIMIT = 400


def source_modules():
    """Every module of the project, by dotted name, migrations aside."""
    found = {}
    for name, directory in PACKAGES.items():
        for path in directory.rglob("*.py"):
            if "migrations" in path.parts:
                continue
            dotted = ".".join((name, *path.relative_to(directory).with_suffix("").parts))
            found[dotted.removesuffix(".__init__")] = path
    return found


def import_graph(modules):
    graph = defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                graph[name].update(alias.name for alias in node.names if alias.name in modules)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package
                    for _ in range(node.level - 1):
                        parent = parent.rpartition(".")[0]
                    base = f"{parent}.{base}" if base else parent
                for alias in node.names:
                    target = f"{base}.{alias.name}"
                    if target in modules:
                        graph[name].add(target)
                    elif base in modules:
                        graph[name].add(base)
    return graph


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan), iteratively."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = 0
    for start in list(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            advanced = False
            for target in targets:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, ())))))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def logic_lines(path):
    """Lines holding statements: blank lines, comments and docstrings do not count."""
    tree = ast.parse(path.read_text())
    docstrings = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                docstrings.update(range(body[0].lineno, body[0].end_lineno + 1))
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            lines.update(range(node.lineno, node.end_lineno + 1))
    source = path.read_text().splitlines()
    return sum(
        1 for number in lines - docstrings
        if source[number - 1].strip() and not source[number - 1].strip().startswith("#")
    )


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_itself_back_even_from_inside_a_function():
    found = cycles(import_graph(source_modules()))
    assert found == [], f"import cycles: {found}"


def test_no_module_is_longer_than_one_concern_needs():
    long = {
        name: count for name, path in source_modules().items()
        if (count := logic_lines(path)) > LOGIC_LINES_LIMIT
    }
    assert long == {}


def layout_rows():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([^`]+)` \|(.*)\|$", section, flags=re.MULTILINE)


@pytest.mark.parametrize("package", ["stories", "search"])
def test_the_readme_layout_names_every_package_and_module(package):
    named = {path.rstrip("/") for path, _ in layout_rows()}
    mentioned = " ".join(description for _, description in layout_rows())
    directory = PACKAGES[package]
    missing = []
    for child in sorted(directory.iterdir()):
        relative = f"{package}/{child.name}"
        if child.name.startswith(("_", ".")) or child.name in {"migrations", "apps.py"}:
            continue
        if child.is_dir() and not (child / "__init__.py").exists():
            continue
        names = (f"`{child.name}`", f"`{child.name}/", f"`{child.name.removesuffix('.py')}`")
        if relative not in named and not any(name in mentioned for name in names):
            missing.append(relative)
    assert missing == []


def test_every_path_in_the_readme_layout_exists():
    assert [path for path, _ in layout_rows() if not (ROOT / path).exists()] == []


def test_every_package_ships_with_the_project():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages = {
        name.removesuffix(".__init__") for name, path in source_modules().items()
        if path.name == "__init__.py"
    } | {f"{name}.migrations" for name in ("stories", "search")}
    assert packages - set(config["packages"]) == set()


def test_every_file_the_readme_layout_names_exists():
    missing = []
    for path, description in layout_rows():
        for token in re.findall(r"`([^`]+)`", description):
            if not token.endswith((".py", "/")) or "*" in token:
                continue
            if not ((ROOT / path / token).exists() or (ROOT / token).exists()):
                missing.append(f"{path} {token}")
    assert missing == []
