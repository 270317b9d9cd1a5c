"""Build the venue folder with PyInstaller and run the frozen program (slow: about 1-2 minutes).

The build starts from scratch in temporary folders: a reused PyInstaller work folder can keep
a module edited while an earlier build was running, and this test must see the current code.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUDGET_MIB = 130
ZIP_BUDGET_MB = 45
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work),
         str(ROOT / "build_spec" / "judge_app.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return dist / "judge_app"


def frozen_env(tmp_path: Path) -> dict[str, str]:
    """A clean environment: no source tree, no resource override, no user settings."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "JUDGE_APP_RESOURCES", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), JUDGE_APP_HOME=str(tmp_path / "home"))
    return env


def program(folder: Path) -> Path:
    return folder / ("judge_app_cli.exe" if sys.platform == "win32" else "judge_app")


def test_frozen_selftest_passes_and_renders_chinese(folder, tmp_path):
    shot = tmp_path / "window.png"
    done = subprocess.run([program(folder), "--selftest", "--screenshot", shot], cwd=tmp_path,
                          env=frozen_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SELF-TEST PASSED" in done.stdout
    assert f"resources present in {folder}" in done.stdout  # the bundled copy, not the checkout
    assert "font WenQuanYi" in done.stdout
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_frozen_cli_command(folder, tmp_path):
    done = subprocess.run([program(folder), "demo", "d.judge"], cwd=tmp_path,
                          env=frozen_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "演示比赛已建立" in done.stdout and (tmp_path / "d.judge").is_file()


def test_frozen_reads_an_old_xls_roster(folder, tmp_path):
    xls = Path(__file__).parents[1] / "io" / "data" / "roster_wps.xls"
    done = subprocess.run([program(folder), "import", "roster", xls, "--dry-run", "--format", "json"], cwd=tmp_path,
                          env=frozen_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert '"kind": "xls"' in done.stdout and '"name": "王伟"' in done.stdout


def test_folder_has_fonts_with_licences_and_no_unused_qt(folder):
    internal = folder / "_internal"
    fonts = {p.name for p in (internal / "resources" / "fonts").iterdir()}
    assert {"wqy-microhei.ttc", "wqy-zenhei.ttc",
            "LICENSE-wqy-microhei.txt", "LICENSE-wqy-zenhei.txt"} <= fonts
    assert (internal / "resources" / "demo" / "scheme.json").is_file()
    names = {p.name for p in folder.rglob("*")}
    assert not {n for n in names if n.startswith(("QtNetwork", "QtQml", "QtQuick", "libQt6Network"))}
    qm = {n for n in names if n.startswith("qtbase_") and n.endswith(".qm")}
    assert qm and qm <= {"qtbase_zh_CN.qm", "qtbase_en.qm"}


def test_folder_within_size_budget(folder):
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= BUDGET_MIB * 1024 * 1024, f"{size / 2**20:.1f} MiB > {BUDGET_MIB} MiB"


@pytest.mark.skipif(sys.platform != "linux" or not all(shutil.which(t) for t in ("icupkg", "nm", "readelf", "cc")),
                    reason="the ICU data cut needs icupkg, binutils and a C compiler (bash run.sh test installs them)")
def test_zip_within_budget_with_the_cut_icu_data(folder, tmp_path):
    [icu] = [p for p in folder.rglob("libicudata.so.*") if not p.is_symlink()]  # PySide6 6.11 adds a link too
    assert icu.stat().st_size < 8 * 2**20, f"ICU data not cut: {icu.stat().st_size / 2**20:.1f} MiB"
    archive = tmp_path / "judge_app.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                out.write(path, path.relative_to(folder.parent))
    size = archive.stat().st_size
    assert size < ZIP_BUDGET_MB * 10**6, f"zip {size / 10**6:.1f} MB > {ZIP_BUDGET_MB} MB"


def test_folder_lists_its_checksums_and_runs_in_utf8_mode(folder, tmp_path):
    """SHA256SUMS.txt names every file with its digest (checking a copied or quarantined folder),
    and the program runs Python's UTF-8 mode (the spec's ``X utf8`` option)."""
    sys.path.insert(0, str(ROOT / "build_spec"))
    from checksums import NAME, file_digest

    lines = (folder / NAME).read_text(encoding="utf-8").splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.name != NAME}
    assert set(listed) == files
    exe = program(folder).relative_to(folder).as_posix()
    assert listed[exe] == file_digest(program(folder))
    probe = tmp_path / "probe.judge"
    done = subprocess.run([program(folder), "demo", str(probe)], cwd=tmp_path, env=frozen_env(tmp_path),
                          capture_output=True, timeout=300)
    assert done.returncode == 0
    done.stdout.decode("utf-8")  # UTF-8 whatever the locale
