"""Where the bundled resources (fonts, translations, demo data, icons) are. No Qt here.

From a source checkout the resources are in ``<repo>/resources``. In a PyInstaller bundle they
are in ``<sys._MEIPASS>/resources``: the spec file must add them as data, for example
``datas=[("resources", "resources")]``. Setting the environment variable
``JUDGE_APP_RESOURCES`` to a directory overrides both (for packagers and tests).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "JUDGE_APP_RESOURCES"

#: Primary font: WenQuanYi Micro Hei (Apache-2.0), covers GBK, lacks CJK Extension A.
FONT_PRIMARY = "wqy-microhei.ttc"
#: Fallback font: WenQuanYi Zen Hei, also covers CJK Extension A (䶮 ...).
FONT_FALLBACK = "wqy-zenhei.ttc"


def resource_root() -> Path:
    """The directory holding ``fonts/``, ``translations/``, ``demo/`` and ``icons/``."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # set by the PyInstaller boot loader
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "wqy-microhei.ttc")``.

    The path is not checked; use :func:`require` where a missing file is an error.
    """
    return resource_root().joinpath(*parts)


def require(*parts: str) -> Path:
    """Like :func:`resource_path`, but raise FileNotFoundError with a readable message."""
    path = resource_path(*parts)
    if not path.exists():
        raise FileNotFoundError(
            f"缺少内置资源文件 {path} (安装包不完整?) / bundled resource missing: {path}"
        )
    return path


def fonts_dir() -> Path:
    return resource_path("fonts")


def font_path(name: str) -> Path:
    """Path of a bundled font file; raises FileNotFoundError if it is not there."""
    return require("fonts", name)


def translations_dir() -> Path:
    return resource_path("translations")


def demo_dir() -> Path:
    return resource_path("demo")


def icons_dir() -> Path:
    return resource_path("icons")


def icon_path(name: str) -> Path:
    """Path of a bundled icon (not checked: the GUI falls back to a theme icon)."""
    return resource_path("icons", name)
