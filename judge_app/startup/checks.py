"""Why the app could not start, in words a venue organiser can act on. No Qt here.

Qt aborts the whole process (no Python exception) when its platform plugin cannot be loaded, so
the checks run before any Qt import: is the plugin in the folder, are the system libraries it
needs installed (named with the Debian package to install), and can the contest's folder be
written (a read-only USB stick, a full disk). :func:`explain_import_error` turns the ImportError
of a missing library (``libEGL.so.1: cannot open shared object file``) into the same advice.
"""

from __future__ import annotations

import ctypes
import errno
import importlib.util
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable

#: Libraries the Qt GUI modules need on Linux, with the Debian package that provides each.
GUI_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
    "libstdc++.so.6": "libstdc++6",
}
#: Extra libraries of the X11 ("xcb") platform plugin, the one a Linux desktop uses.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
#: Below this much free space a contest file cannot safely take its backups and WAL.
MIN_FREE_BYTES = 50 * 1024 * 1024

Loader = Callable[[str], object]


def native_platform() -> str:
    """The Qt platform plugin the app will use here ("xcb", "wayland", "windows", ...)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def qt_plugins_dir() -> Path | None:
    """Qt's plugins folder inside PySide6 (also in the frozen folder), None without PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(list(spec.submodule_search_locations)[0])
    for candidate in (package / "Qt" / "plugins", package / "plugins"):  # Linux/macOS, Windows
        if candidate.is_dir():
            return candidate
    return None


def platform_plugin_present(plugins: Path, platform: str) -> bool:
    names = (f"libq{platform}.so", f"q{platform}.dll", f"libq{platform}.dylib")
    return any((plugins / "platforms" / name).is_file() for name in names)


def _loadable(soname: str, loader: Loader) -> bool:
    candidates = [soname]
    bundle = getattr(sys, "_MEIPASS", None)  # the frozen folder may carry its own copy
    if bundle:
        candidates.append(str(Path(bundle) / soname))
    for candidate in candidates:
        try:
            loader(candidate)
            return True
        except OSError:
            continue
    return False


def missing_libraries(libraries: dict[str, str], loader: Loader = ctypes.CDLL) -> dict[str, str]:
    """The libraries (soname → Debian package) that cannot be loaded here."""
    return {so: pkg for so, pkg in libraries.items() if not _loadable(so, loader)}


def install_advice(missing: dict[str, str]) -> str:
    packages = " ".join(sorted(set(missing.values())))
    return (f"缺少系统库 {', '.join(missing)}，请安装 / missing system libraries, install: "
            f"sudo apt install {packages}")


def platform_problems(native: bool = True, loader: Loader = ctypes.CDLL) -> list[str]:
    """What stops Qt's platform plugin from starting here (empty when nothing does).

    ``native=False`` checks the offscreen plugin (self-test, CI) instead of the screen's one.
    """
    platform = native_platform() if native else "offscreen"
    problems: list[str] = []
    plugins = qt_plugins_dir()
    if plugins is None:
        return ["未找到 PySide6 (Qt) / PySide6 (Qt) is not installed or not bundled"]
    unsound = unsound_binding()
    if unsound:
        problems.append(unsound)
    if not platform_plugin_present(plugins, platform):
        problems.append(
            f"缺少 Qt 平台插件 “{platform}” ({plugins / 'platforms'})，程序文件夹不完整，请重新复制 / "
            f"Qt platform plugin '{platform}' missing: the app folder is incomplete, copy it again")
    if sys.platform.startswith("linux"):
        wanted = dict(GUI_LIBRARIES)
        if platform == "xcb":
            wanted.update(XCB_LIBRARIES)
        missing = missing_libraries(wanted, loader)
        if missing:
            problems.append(install_advice(missing))
    return problems


#: (PySide6 major, minor) releases that drop a reference to None on every call returning None;
#: on Python < 3.12 (None not immortal) the app then aborts with "none_dealloc" while painting.
NONE_REFCOUNT_BUG = ((6, 12),)


def unsound_binding(python: tuple[int, int] | None = None, pyside: str | None = None) -> str:
    """Why this Python + PySide6 pair would crash the app ('' when it is sound)."""
    python = python or sys.version_info[:2]
    if python >= (3, 12):
        return ""
    if pyside is None:
        try:
            from importlib.metadata import PackageNotFoundError, version
            pyside = version("PySide6-Essentials")
        except PackageNotFoundError:
            return ""
    release = tuple(int(p) for p in re.findall(r"\d+", pyside)[:2])
    if release not in NONE_REFCOUNT_BUG:
        return ""
    return (f"PySide6 {pyside} 与 Python {python[0]}.{python[1]} 不兼容（录分时会闪退），请安装 PySide6 6.11 / "
            f"PySide6 {pyside} crashes on Python {python[0]}.{python[1]} (None refcount bug): "
            f"pip install 'PySide6-Essentials<6.12'")


_SONAME = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*)")


def explain_import_error(exc: ImportError) -> str:
    """Advice for an ImportError raised while loading Qt (a missing system library)."""
    text = str(exc)
    found = _SONAME.search(text)
    if found:
        soname = found.group(1)
        known = {**GUI_LIBRARIES, **XCB_LIBRARIES}
        if soname in known:
            return install_advice({soname: known[soname]})
        return f"缺少系统库 {soname}，请安装提供它的软件包 / missing system library {soname}: {text}"
    if sys.platform == "win32" and "DLL load failed" in text:
        return ("缺少 Windows 运行库，请安装 Microsoft Visual C++ 可再发行组件 (x64) / "
                f"install the Microsoft Visual C++ Redistributable (x64): {text}")
    return f"无法加载 Qt / cannot load Qt: {text}"


def folder_problems(folder: Path, min_free: int = MIN_FREE_BYTES) -> list[str]:
    """Whether contest files can be written in ``folder``: read-only media, no rights, full disk."""
    folder = Path(folder)
    if not folder.is_dir():
        return [f"文件夹不存在 / folder does not exist: {folder}"]
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".judge_app_probe_"):
            pass
    except OSError as exc:
        if exc.errno == errno.EROFS:
            return [f"文件夹在只读介质上（如写保护的U盘），请把比赛文件复制到电脑硬盘 / "
                    f"folder is read-only (write-protected stick?), copy the contest file to the disk: {folder}"]
        if exc.errno == errno.ENOSPC:
            return [f"磁盘已满，请腾出空间 / disk full, free some space: {folder}"]
        if exc.errno in (errno.EACCES, errno.EPERM):
            return [f"没有写入权限，请换一个文件夹 / no permission to write here, use another folder: {folder}"]
        return [f"无法在此文件夹写入 / cannot write in {folder}: {exc}"]
    free = shutil.disk_usage(folder).free
    if free < min_free:
        return [f"磁盘快满了（仅剩 {free // (1024 * 1024)} MB），请腾出空间 / "
                f"disk almost full ({free // (1024 * 1024)} MB free), free some space: {folder}"]
    return []


def startup_problems(contest_files: Iterable[Path] = ()) -> list[str]:
    """Everything that would stop the desktop app here, as lines to show; empty when all is well."""
    problems = platform_problems(native=True)
    for folder in dict.fromkeys(Path(f).resolve().parent for f in contest_files):
        problems.extend(folder_problems(folder))
    return problems
