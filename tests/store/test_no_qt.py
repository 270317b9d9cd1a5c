"""The store stays free of Qt: it runs in the CLI and in tests without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import judge_app.store

QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")
STORE = Path(judge_app.store.__file__).parent


def test_no_store_module_imports_qt() -> None:
    modules = sorted(STORE.glob("*.py"))
    assert len(modules) >= 5
    for module in modules:
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not [n for n in names if n.split(".")[0] in QT], module.name


def test_importing_the_store_loads_no_qt() -> None:
    code = "import sys, judge_app.store; print(sorted(m for m in sys.modules if m.split('.')[0] in %r))" % (QT,)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
