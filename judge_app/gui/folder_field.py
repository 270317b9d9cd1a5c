"""A folder to write into, typed or chosen with 浏览…, remembered between runs under a key (the
backup folder, the judge kits' USB stick ...)."""

from __future__ import annotations

from pathlib import Path

from judge_app.gui.qt import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from judge_app.gui.settings import Settings


class FolderField(QWidget):
    """``label`` [the folder] [浏览…]; starts with the folder remembered under ``key`` (or ``default``)."""

    def __init__(self, label: str, choose_title: str, key: str, parent: QWidget | None = None, *,
                 default: Path | None = None, settings: Settings | None = None, name: str = "folder"):
        super().__init__(parent)
        self.key, self.choose_title = key, choose_title
        self.settings = settings or Settings()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(label))
        remembered = self.settings.folder(key) or default
        self.edit = QLineEdit(str(remembered) if remembered else "")
        self.edit.setObjectName(name)
        row.addWidget(self.edit, 1)
        self.browse = QPushButton(self.tr("浏览(&W)…"))
        self.browse.setObjectName(f"{name}Browse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.browse)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None

    def remember(self, folder: Path | None) -> None:
        """Keep ``folder`` for next time (None: forget, start from the default again)."""
        self.settings.set_folder(self.key, folder)
        self.settings.sync()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.choose_title, self.edit.text())
        if chosen:
            self.edit.setText(chosen)
