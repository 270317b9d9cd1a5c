"""Bundled resource paths: from source, from a PyInstaller bundle, overridden by environment."""

import sys

import pytest

from judge_app import resources


def test_fonts_found_from_source():
    for name in (resources.FONT_PRIMARY, resources.FONT_FALLBACK):
        path = resources.font_path(name)
        assert path.is_file() and path.stat().st_size > 1_000_000
        assert path.parent == resources.fonts_dir()
    licences = sorted(p.name for p in resources.fonts_dir().glob("LICENSE*"))
    assert licences == ["LICENSE-wqy-microhei.txt", "LICENSE-wqy-zenhei.txt"]


def test_other_dirs_are_under_the_root():
    root = resources.resource_root()
    assert resources.translations_dir() == root / "translations"
    assert resources.demo_dir() == root / "demo"
    assert resources.icons_dir() == root / "icons"
    assert resources.icon_path("app.png") == root / "icons" / "app.png"


def test_pyinstaller_bundle_uses_meipass(tmp_path, monkeypatch):
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_root() == tmp_path / "resources"
    assert resources.resource_path("fonts", "x.ttc") == tmp_path / "resources" / "fonts" / "x.ttc"


def test_environment_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    assert resources.resource_root() == tmp_path


def test_missing_resource_is_a_readable_error(tmp_path, monkeypatch):
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    with pytest.raises(FileNotFoundError, match="缺少内置资源文件"):
        resources.font_path(resources.FONT_PRIMARY)
