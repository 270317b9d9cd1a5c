"""Where contests go on a Windows laptop: Documents\\judge_app (found and copied in Explorer), not
the hidden AppData, which keeps settings and logs; the folder chosen last is remembered."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from judge_app import folders


@pytest.fixture
def windows_like(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No JUDGE_APP_HOME; the platform's folders as on Windows, inside tmp_path."""
    monkeypatch.delenv(folders.ENV_HOME, raising=False)
    appdata = tmp_path / "AppData" / "Local" / "judge_app" / "judge_app"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(appdata))
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *a, **k: str(appdata / "config"))
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda *a, **k: str(tmp_path / "Documents"))
    return tmp_path


def test_contests_go_to_documents_not_appdata(windows_like: Path) -> None:
    assert folders.contests_dir() == windows_like / "Documents" / "judge_app"
    assert folders.contests_dir().is_dir()
    assert "AppData" in str(folders.log_dir())  # logs stay out of the way


def test_the_gui_passes_its_own_documents_folder(windows_like: Path) -> None:
    assert folders.contests_dir(windows_like / "我的文档") == windows_like / "我的文档" / "judge_app"


def test_the_chosen_folder_is_remembered_while_it_exists(windows_like: Path) -> None:
    stick = windows_like / "E" / "县赛"
    stick.mkdir(parents=True)
    folders.remember_folder(stick)
    assert folders.contests_dir() == stick
    stick.rmdir()  # the stick pulled out: the default again
    assert folders.contests_dir() == windows_like / "Documents" / "judge_app"
