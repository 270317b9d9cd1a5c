"""The rules of docs/architecture.md: only judge_app.gui imports Qt and only judge_app.store runs
SQL, imports go downwards, and tests read nothing outside the repository."""

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


#: layer → the judge_app layers it must not import; core imports only core (docs/architecture.md)
FORBIDDEN: dict[str, frozenset[str]] = {
    "store": frozenset({"io", "reports", "app", "cli", "gui", "startup"}),
    "io": frozenset({"reports", "app", "cli", "gui", "startup"}),
    "reports": frozenset({"store", "io", "app", "cli", "gui", "startup"}),
    "app": frozenset({"cli", "gui", "startup"}),
    "cli": frozenset({"gui"}),
}
LAUNCHER = "judge_app.gui.launch"  # the one way the CLI opens the GUI (judge-app demo --open)


def judge_app_imports(source: str, module: str) -> set[str]:
    """Every judge_app name ``source`` (the text of ``module``) imports, as dotted paths;
    ``from judge_app.x import y`` gives judge_app.x.y, relative imports are resolved."""
    package = module.split(".")[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            origin = ".".join(base + ([node.module] if node.module else []))
            names.update(f"{origin}.{alias.name}" for alias in node.names)
    return {n for n in names if n.split(".")[0] == "judge_app"}


def layer_offences(layer: str, source: str, module: str) -> list[str]:
    """The imports of ``source`` that its layer may not make."""
    found = []
    for name in sorted(judge_app_imports(source, module)):
        target = name.split(".")[1] if "." in name else ""  # "" : import judge_app
        if layer == "core":
            bad = target != "core"
        else:
            bad = target in FORBIDDEN[layer] and not (layer == "cli" and name.startswith(LAUNCHER + "."))
        if bad:
            found.append(name)
    return found


def test_layers_import_only_downwards():
    offences = {}
    for layer in ("core", *FORBIDDEN):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            rel = path.relative_to(PACKAGE.parent).with_suffix("")
            module = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
            if path.name == "__init__.py":
                module += ".__init__"
            if found := layer_offences(layer, path.read_text(encoding="utf-8"), module):
                offences[str(path.relative_to(PACKAGE))] = found
    assert offences == {}


def test_the_layer_rules_catch_what_they_forbid():
    assert layer_offences("store", "from judge_app.io.packages import PackageScore", "judge_app.store.records")
    assert layer_offences("io", "from ..reports.fingerprint import is_ranked", "judge_app.io.export_rows")
    assert layer_offences("core", "from judge_app import __version__", "judge_app.core.x")
    assert layer_offences("core", "import judge_app.local_time", "judge_app.core.x")
    assert layer_offences("app", "def f():\n    from judge_app.gui import qt", "judge_app.app.x")
    assert not layer_offences("cli", "from judge_app.gui.launch import run_gui", "judge_app.cli.main")
    assert layer_offences("cli", "from judge_app.gui.main_window import MainWindow", "judge_app.cli.main")
    assert not layer_offences("core", "from . import scheme", "judge_app.core.x")


# ---- the GUI through the application layer only ---------------------------------------------------

#: what StoreSide may still ask of the contest file it holds for the session: opening and closing it,
#: who acts, logging in, and reading the change record (everything else goes through judge_app.app)
SESSION_CALLS = frozenset({"open", "close", "act_as", "judge", "verify_pin", "has_people", "audit_seq", "audit_since"})


def _store_names() -> set[str]:
    """What judge_app.store exports that the GUI may import: its error types."""
    import judge_app.store as store

    return {name for name, value in vars(store).items() if isinstance(value, type) and issubclass(value, Exception)}


def _is_db(node: ast.AST, held: set[str]) -> bool:
    """Whether ``node`` is the open contest: ``….require_db()``, ``….db`` or a name bound to one."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "require_db":
        return True
    if isinstance(node, ast.Attribute) and node.attr == "db":
        return True
    return isinstance(node, ast.Name) and node.id in held


def store_calls(source: str, *, session: bool = False) -> list[str]:
    """Where ``source`` (a GUI module) reaches the store beside the application layer: a lambda or
    function taking ``db``, a method called on the open contest (``side.db.x()``,
    ``….require_db().x()``, ``db = ….require_db(); db.x()``), the open contest (``side.db``) or
    ``ContestDB`` named, an import from
    judge_app.store other than its error types. ``session``: StoreSide's module, which may make the
    :data:`SESSION_CALLS` on the file it holds."""
    found = []
    tree = ast.parse(source)
    allowed = _store_names()
    held: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_db(node.value, held):
            held.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            if any(a.arg == "db" for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]):
                found.append(f"{line}: takes db")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _is_db(node.func.value, held):
            if not (session and node.func.attr in SESSION_CALLS):
                found.append(f"{line}: db.{node.func.attr}()")
        elif "ContestDB" in (getattr(node, "id", None), getattr(node, "attr", None)) and not session:
            found.append(f"{line}: ContestDB")
        elif isinstance(node, ast.Attribute) and node.attr == "db" and not session:
            found.append(f"{line}: .db")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("judge_app.store"):
            if node.module == "judge_app.store.errors":
                continue
            for alias in node.names:
                if not (node.module == "judge_app.store" and (alias.name in allowed or session)):
                    found.append(f"{line}: from {node.module} import {alias.name}")
        elif isinstance(node, ast.Import):  # loading the package alone (the launcher's start-up) is no call
            found += [f"{line}: import {a.name}" for a in node.names if a.name.startswith("judge_app.store.")]
    return found


def test_the_gui_reaches_the_store_only_through_the_application_layer():
    offences = {}
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        if found := store_calls(path.read_text(encoding="utf-8"), session=path.name == "store_side.py"):
            offences[str(path.relative_to(PACKAGE))] = found
    assert offences == {}


def test_the_gui_door_rule_catches_what_it_forbids():
    assert store_calls("controller.act(lambda db: db.lock_section(e, s))")
    assert store_calls("def run(db):\n    return db.draws(e)")
    assert store_calls("x = side.db.entries()")
    assert store_calls("bg.store(lambda side: contest_data(side.db, e))")
    assert store_calls("x = self.require_db().scheme_dict()")
    assert store_calls("db = self.require_db()\nrows = db.scores(e)")
    assert store_calls("db = self.require_db()\nrows = db.scores(e)", session=True)
    assert store_calls("from judge_app.store.packages_store import Conflict")
    assert store_calls("from judge_app.store import ContestDB")
    assert store_calls("import judge_app.store.lots")
    assert store_calls("import judge_app.store\njudge_app.store.ContestDB.open(p)")
    assert not store_calls("from judge_app.store import ContestLocked, DamagedContestFile")
    assert not store_calls("from judge_app.store.errors import NotPermitted")
    assert not store_calls("controller.act(partial(review.unlock_section, reason=r), e, s, event_id=e)")
    assert not store_calls("result = fn(side.require_db(), *args)")  # the controller's door itself
    assert not store_calls("self.db.close()\nself.db.act_as(who)", session=True)
