"""Switched to English, no visible text of the main window and its pages is Chinese, apart from
the contest's own data (names of people, units, events, sections, criteria, groups, the file).

Texts looked at: labels, buttons, check boxes, group boxes, tabs, placeholders, table headers,
list items, menus and the status bar. Table cells are data and are left out. A tr() text without
an English entry stays Chinese and fails the test, naming the widget and the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from judge_app.gui.pages.base import Page
from judge_app.gui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    Qt,
)

from .conftest import ask_store, open_as, shot, wait_idle

#: Chinese characters and full-width punctuation (the ideographic space U+3000 only spaces).
CJK = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
#: The language menu names itself in both languages on purpose (the way back to Chinese).
LANGUAGE_MENU = "语言"



def data_texts(window, qtbot) -> list[str]:
    """Every string the contest itself holds (scheme, people, entries, file names): data."""
    def read(db) -> list[str]:
        found: list[str] = [db.path.name, str(db.path)]

        def walk(value: Any) -> None:
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, (list, tuple)):
                for item in value:
                    walk(item)

        walk(db.scheme_dict())
        found += [j.name for j in db.judges()]
        for event in (e.get("id") for e in db.scheme_dict().get("events", [])):
            for entry in db.entries(event):
                found += [entry.name or "", entry.unit or "", entry.group or ""]
        return found

    return sorted({t for t in ask_store(window, qtbot, read) if t and CJK.search(t)}, key=len, reverse=True)


def visible_texts(root) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible piece of UI text under ``root``."""
    for widget in [root, *root.findChildren(object)]:
        if not hasattr(widget, "isVisible") or not widget.isVisible() or isinstance(widget, QMenu):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel):
            yield name, re.sub(r"<[^>]+>", "", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
            yield name + " tooltip", widget.toolTip()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield name + " placeholder", widget.placeholderText()
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                if not widget.item(i).isHidden():
                    yield f"{name} item {i}", widget.item(i).text()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),):
                for column in range(count):
                    head = model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole)
                    if isinstance(head, str):
                        yield f"{name} header {column}", head


def menu_texts(window) -> Iterator[tuple[str, str]]:
    for top in window.menuBar().actions():
        if not top.isVisible():
            continue
        yield "menu", top.text()
        if top.menu() is not None:
            for action in top.menu().actions():
                if action.isVisible() and not action.isSeparator() and LANGUAGE_MENU not in action.text():
                    yield f"menu {top.text()}", action.text()


def chinese_left(window, data: list[str]) -> list[str]:
    found = []
    for where, text in [*visible_texts(window), *menu_texts(window)]:
        rest = text
        for item in data:
            rest = rest.replace(item, "")
        if CJK.search(rest):
            found.append(f"{where}: {text!r}")
    return found


def scan_pages(window, qtbot, contest_file, person: str, pin: str) -> list[str]:
    """Log in as ``person``, switch to English, show every page (and tab): what is left Chinese."""
    open_as(window, qtbot, contest_file, person, pin)
    window.set_language("en")
    wait_idle(window, qtbot)
    data = data_texts(window, qtbot)
    problems: list[str] = []
    pages: list[Page] = [p for row, p in enumerate(window.pages) if not window.nav.item(row).isHidden()]
    assert pages
    for page in pages:
        window.show_page(page)
        wait_idle(window, qtbot)
        qtbot.wait(50)
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(index)
                    wait_idle(window, qtbot)
                problems += [f"{type(page).__name__}: {p}" for p in chinese_left(window, data)]
    if person == "C01":
        window.show_page(pages[0])
        shot(window, "main_window_english_chief")
    return sorted(set(problems))


PEOPLE = [("C01", "chief-9999"), ("S01", "secret-8888"), ("J01", "1111"), ("R01", "7777")]


@pytest.mark.parametrize("person, pin", PEOPLE)
def test_english_pages_show_no_chinese_but_data(window, qtbot, contest_file, person, pin):
    problems = scan_pages(window, qtbot, contest_file, person, pin)
    assert not problems, "\n".join(problems)


def test_the_check_finds_an_untranslated_text(window, qtbot, contest_file):
    """The scan itself: a Chinese text that is not data is reported."""
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    window.set_language("en")
    data = data_texts(window, qtbot)
    before = chinese_left(window, data)
    window.who_label.setText("未翻译")
    assert [p for p in chinese_left(window, data) if p not in before] == ["QLabel#statusWho: '未翻译'"]
    window.who_label.setText("王评一 (Judge)")  # data inside an English text is fine
    assert chinese_left(window, data) == before


def test_the_cores_labels_follow_the_language(window, qtbot, contest_file):
    """Criterion kinds, rules, rounding and statuses come from the core in Chinese; the GUI shows
    them in the UI's language."""
    from judge_app.core.decimals import Rounding
    from judge_app.core.entries import Status
    from judge_app.core.scheme import AggregationRule, CriterionKind
    from judge_app.gui.labels import in_ui_language, kind_name, rounding_name, rule_name, status_name

    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    assert (kind_name(CriterionKind.JUDGEMENT), status_name(Status.ABSENT)) == ("主观", "缺考")
    window.set_language("en")
    wait_idle(window, qtbot)
    assert (kind_name(CriterionKind.JUDGEMENT), status_name(Status.ABSENT)) == ("judgement", "Absent")
    assert rule_name(AggregationRule.parse("trimmed:2")) == "Mean without the 2 highest and 2 lowest"
    assert rounding_name(Rounding.HALF_EVEN) == "Round half even (GB/T 8170)"
    message = "分数须为 10 的整数倍，输入的是 2 / must be a multiple of 10"
    assert in_ui_language(message) == message  # English keeps both: the Chinese part has the details
    window.set_language("zh_CN")
    wait_idle(window, qtbot)
    assert rule_name(AggregationRule.parse("median")) == "取中位数"
    assert in_ui_language(message + "\n第 1 / 3 页") == "分数须为 10 的整数倍，输入的是 2\n第 1 / 3 页"
