"""The layers of DEVELOPERS.md: only judge_app.gui imports Qt; only judge_app.store runs SQL."""

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import judge_app

PACKAGE = Path(judge_app.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _modules(outside: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if outside not in p.relative_to(PACKAGE).parts[:1]]


def test_only_gui_imports_qt():
    offenders = [str(p) for p in _modules("gui") if {"PySide6", "shiboken6"} & _imports(p)]
    assert offenders == []


def test_only_store_touches_sqlite():
    offenders = [str(p) for p in _modules("store") if {"sqlite3", "sqlite_utils"} & _imports(p)]
    assert offenders == []


def test_core_store_io_reports_import_without_qt():
    """Import every non-GUI module in a fresh interpreter and check Qt never got loaded."""
    names = [
        m.name
        for m in pkgutil.walk_packages([str(PACKAGE)], prefix="judge_app.")
        if not m.name.startswith("judge_app.gui")
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "judge_app.core.engine" in names


TESTS = Path(__file__).parent
#: a path out of the checkout: ../shared, /work/shared, parents[N] / "shared", .parent / "shared"
OUTSIDE = re.compile(r"(\.\.|/work)/shared|parents?(\[\d+\])?\s*/\s*['\"]shared['\"]")


def outside_paths(text: str) -> list[str]:
    """The lines of ``text`` that name a path outside the repository."""
    return [line.strip() for line in text.splitlines() if OUTSIDE.search(line)]


def test_tests_read_nothing_outside_the_repository():
    """A fresh clone runs every test: data comes from tests/data or is built in the test."""
    offenders = {
        str(p.relative_to(TESTS)): found
        for p in sorted(TESTS.rglob("*"))
        if p.suffix in {".py", ".json", ".md", ".csv"} and p != Path(__file__)  # this file shows examples
        and (found := outside_paths(p.read_text(encoding="utf-8")))
    }
    assert offenders == {}
    assert outside_paths('SAMPLES = Path(__file__).parents[3] / "shared" / "samples"')
    assert outside_paths('x = Path("/work/shared/samples")') and outside_paths("see ../shared/x")
