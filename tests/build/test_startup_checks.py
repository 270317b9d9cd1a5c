"""Start-up problems are explained: missing Qt plugin or system library, read-only folder, full disk."""

import errno
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from judge_app.startup import checks as sc


def loader_missing(*absent: str):
    def load(name: str) -> None:
        if Path(name).name in absent:
            raise OSError(f"{name}: cannot open shared object file")
    return load


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux system libraries")
def test_missing_xcb_cursor_names_the_debian_package(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    problems = sc.platform_problems(loader=loader_missing("libxcb-cursor.so.0"))
    assert len(problems) == 1
    assert "libxcb-cursor.so.0" in problems[0] and "apt install libxcb-cursor0" in problems[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux system libraries")
def test_missing_egl_reported_for_every_platform_but_xcb_libs_only_for_xcb(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    problems = sc.platform_problems(loader=loader_missing("libEGL.so.1", "libxcb-cursor.so.0"))
    assert problems == [sc.install_advice({"libEGL.so.1": "libegl1"})]


def test_nothing_reported_when_everything_loads(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert sc.platform_problems(loader=lambda name: None) == []


def test_missing_platform_plugin_says_the_folder_is_incomplete(monkeypatch, tmp_path):
    (tmp_path / "platforms").mkdir()
    monkeypatch.setattr(sc, "qt_plugins_dir", lambda: tmp_path)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    problems = sc.platform_problems(loader=lambda name: None)
    assert len(problems) == 1 and "'xcb' missing" in problems[0] and "程序文件夹不完整" in problems[0]


def test_plugin_found_in_the_real_pyside6():
    plugins = sc.qt_plugins_dir()
    assert plugins is not None and sc.platform_plugin_present(plugins, "offscreen")


def test_native_platform_follows_the_environment(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland;xcb")
    assert sc.native_platform() == "wayland"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setattr(sys, "platform", "win32")
    assert sc.native_platform() == "windows"


def test_import_error_of_a_known_library_names_the_package():
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert "sudo apt install libegl1" in sc.explain_import_error(exc)
    unknown = ImportError("libfoo.so.3: cannot open shared object file")
    assert "libfoo.so.3" in sc.explain_import_error(unknown)


def _failing_probe(code: int):
    def probe(*args, **kwargs):
        raise OSError(code, "simulated")
    return probe


@pytest.mark.parametrize(("code", "words"), [
    (errno.EROFS, "read-only"), (errno.ENOSPC, "disk full"), (errno.EACCES, "no permission"),
])
def test_unwritable_folder_says_why(monkeypatch, tmp_path, code, words):
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", _failing_probe(code))
    problems = sc.folder_problems(tmp_path)
    assert len(problems) == 1 and words in problems[0] and str(tmp_path) in problems[0]


def test_almost_full_disk_is_reported(monkeypatch, tmp_path):
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage._replace(free=10 * 1024 * 1024))
    assert "10 MB free" in sc.folder_problems(tmp_path)[0]


def test_writable_folder_with_space_is_fine(tmp_path):
    assert sc.folder_problems(tmp_path, min_free=0) == []


def test_startup_problems_checks_the_contest_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sc, "platform_problems", lambda native=True: [])
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", _failing_probe(errno.EROFS))
    problems = sc.startup_problems([tmp_path / "a.judge", tmp_path / "b.judge"])
    assert len(problems) == 1 and "read-only" in problems[0]
