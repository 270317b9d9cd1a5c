"""The Windows version resource of the venue programs (Explorer → Properties → Details, and what
antivirus programs show): company, product, version, from judge_app's own version."""

from __future__ import annotations

import re
import sys
from pathlib import Path

PRODUCT = "judge_app 职工技能竞赛现场评分"
COMPANY = "judge_app"


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0): the four numbers a Windows version resource holds."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def windows_version_info(program: str):
    """A PyInstaller VSVersionInfo for ``program`` (judge_app or judge_app_cli)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo, StringFileInfo, StringStruct, StringTable, VarFileInfo, VarStruct, VSVersionInfo)

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import judge_app

    numbers = version_numbers(judge_app.__version__)
    text = ".".join(map(str, numbers))
    strings = StringTable("080404b0", [  # Chinese (PRC), Unicode
        StringStruct("CompanyName", COMPANY),
        StringStruct("FileDescription", PRODUCT),
        StringStruct("FileVersion", text),
        StringStruct("InternalName", program),
        StringStruct("OriginalFilename", f"{program}.exe"),
        StringStruct("ProductName", PRODUCT),
        StringStruct("ProductVersion", text),
        StringStruct("LegalCopyright", "MIT License"),
    ])
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[StringFileInfo([strings]), VarFileInfo([VarStruct("Translation", [0x0804, 1200])])],
    )
