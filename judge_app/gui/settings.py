"""What the app remembers between runs (QSettings, an INI file in the config folder); the folders
themselves are judge_app.folders (``data_dir`` is imported from here by the GUI), the contests'
folder with Qt's own idea of Documents (:func:`contests_dir`)."""

from __future__ import annotations

from pathlib import Path

from judge_app import folders
from judge_app.folders import APP_NAME, config_dir, data_dir, remember_folder  # noqa: F401  (the GUI's)
from judge_app.gui.qt import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8


def contests_dir() -> Path:
    """Where new contests and the demo go: the folder chosen last, else Documents\\judge_app
    (Documents as Qt finds it: QStandardPaths' DocumentsLocation, redirected folders included)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folders.contests_dir(Path(documents) if documents else None)


class Settings:
    """Typed access to the INI file: language, recent contest files, grid direction."""

    def __init__(self) -> None:
        self._q = QSettings(str(config_dir() / "judge_app.ini"), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._q.sync()

    @property
    def language(self) -> str:
        value = self._q.value("ui/language", "zh_CN")
        return value if value in ("zh_CN", "en") else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    def recent_files(self) -> list[Path]:
        raw = self._q.value("files/recent", [])
        if isinstance(raw, str):
            raw = [raw] if raw else []
        return [Path(p) for p in raw or []]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        files = [p for p in self.recent_files() if p.resolve() != path]
        files.insert(0, path)
        self._q.setValue("files/recent", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        self._q.setValue("files/recent", [str(p) for p in self.recent_files() if p.resolve() != path])

    @property
    def enter_moves_down(self) -> bool:
        return str(self._q.value("grid/enter_down", "false")).lower() == "true"

    @enter_moves_down.setter
    def enter_moves_down(self, value: bool) -> None:
        self._q.setValue("grid/enter_down", "true" if value else "false")

    def folder(self, key: str) -> Path | None:
        """The folder last chosen for ``key`` (backups, judge kits ...), None if never."""
        raw = self._q.value(f"folders/{key}", "")
        return Path(raw) if raw else None

    def set_folder(self, key: str, folder: Path | None) -> None:
        self._q.setValue(f"folders/{key}", str(folder) if folder else "")

    def geometry(self, key: str, screen: str) -> bytes | None:
        """The window ``key``'s geometry as saved on the screen named ``screen`` (None if never)."""
        raw = self._q.value(f"geometry/{key}@{screen}")
        return bytes(raw) if raw else None

    def set_geometry(self, key: str, screen: str, state: bytes) -> None:
        self._q.setValue(f"geometry/{key}@{screen}", QByteArray(state))
