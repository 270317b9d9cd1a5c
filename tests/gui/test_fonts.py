"""The UI font: the system's CJK UI font where it has one, the bundled WenQuanYi otherwise."""

from __future__ import annotations

from judge_app.gui.fonts import FALLBACK_FAMILY, PRIMARY_FAMILY, app_font, ui_families


def test_windows_yahei_is_preferred_and_the_bundled_fonts_follow():
    assert ui_families(["Arial", "Microsoft YaHei", "SimSun"]) == ["Microsoft YaHei", PRIMARY_FAMILY, FALLBACK_FAMILY]
    assert ui_families(["微软雅黑"])[0] == "微软雅黑"  # Qt's localised family name on Chinese Windows


def test_without_a_system_cjk_font_the_bundled_one_is_used(app, monkeypatch):
    from judge_app.gui import fonts

    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *a: ["DejaVu Sans", "Liberation Serif"]))
    assert app_font().families() == [PRIMARY_FAMILY, FALLBACK_FAMILY]
    monkeypatch.setattr(fonts.QFontDatabase, "families", staticmethod(lambda *a: ["DejaVu Sans", "Noto Sans CJK SC"]))
    assert app_font().families()[0] == "Noto Sans CJK SC"
