"""Font registration, coverage from the cmaps, runs per font, markup, glyph warnings."""

from reportlab.pdfbase import pdfmetrics

from judge_app.reports import fonts
from judge_app.reports.fonts import FALLBACK, PRIMARY, GlyphChecker, Run

YAN = "\u4dae"  # 䶮, CJK Extension A: Zen Hei only
JI = "\U00020bb7"  # 𠮷, CJK Extension B: neither font


def test_register_is_idempotent_and_names_the_wqy_faces():
    assert fonts.register_fonts() == (PRIMARY, FALLBACK)
    assert fonts.register_fonts() == (PRIMARY, FALLBACK)
    assert pdfmetrics.getFont(PRIMARY).face.name == b"WenQuanYiMicroHei"
    assert pdfmetrics.getFont(FALLBACK).face.name == b"WenQuanYiZenHei"


def test_coverage_comes_from_the_cmaps():
    primary, fallback = fonts.font_cmap(PRIMARY), fonts.font_cmap(FALLBACK)
    assert fonts.font_cmap(PRIMARY) is primary  # cached
    for ch in "王伟A1（）：—":
        assert ord(ch) in primary
    assert ord(YAN) not in primary and ord(YAN) in fallback
    assert ord(JI) not in primary and ord(JI) not in fallback
    assert fonts.font_for("王") == PRIMARY
    assert fonts.font_for(YAN) == FALLBACK
    assert fonts.font_for(JI) is None


def test_missing_chars_lists_each_uncovered_character_once():
    assert fonts.missing_chars(f"吉{JI}祥{YAN}{JI}") == [JI]
    assert fonts.missing_chars("王伟 A001\n") == []
    assert fonts.missing_chars("") == []
    assert fonts.missing_chars("\u200b\ufe0f") == []  # invisible: nothing to draw, no gap


def test_runs_switch_font_per_character():
    assert fonts.font_runs(f"李{YAN}{JI}祥x") == [
        Run(PRIMARY, "李"),
        Run(FALLBACK, YAN),
        Run(None, JI),
        Run(PRIMARY, "祥x"),
    ]
    assert fonts.font_runs("") == []
    assert Run(None, JI).shown == "[U+20BB7]"


def test_markup_escapes_and_marks():
    text = fonts.markup(f"A&B<{YAN}>{JI}")
    assert text.startswith("A&amp;B&lt;")
    assert f'<font name="{FALLBACK}">{YAN}</font>' in text
    assert f'color="{fonts.MISSING_COLOR}">[U+20BB7]</font>' in text
    assert JI not in text


def test_width_counts_the_replacement_marker():
    assert fonts.string_width(JI, 10) == fonts.string_width("[U+20BB7]", 10) > 0


def test_checker_names_the_entry_and_code_point_once():
    checker = GlyphChecker()
    checker.check(f"吉{JI}祥", "选手 A006 吉𠮷祥 姓名", "A006", f"吉{JI}祥")
    checker.check(f"吉{JI}祥", "选手 A006 吉𠮷祥 姓名", "A006", f"吉{JI}祥")
    checker.check(f"李{YAN}", "选手 A003 李䶮 姓名", "A003")
    [warning] = checker.warnings
    assert warning.code == "A006" and warning.char == JI and warning.codepoint == "U+20BB7"
    assert "A006" in str(warning) and "U+20BB7" in str(warning) and "[U+20BB7]" in str(warning)
