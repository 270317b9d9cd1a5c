"""赛项规则: the ranking and award rules of one event in the scheme editor, in the words of the
xlsx template: the tie-break chain and key criteria, the award tiers (名额 / 比例 / 名次至 / 其余全部,
最低总分), the titles (技术能手: 名次从 / 名次至 and their own pass marks), the pass marks and the
appeal hours. Items the dialog cannot read are listed and keep
OK disabled; the rules as a whole are then checked by the scheme editor like any edit."""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from typing import Any

from judge_app.core.decimals import fmt
from judge_app.core.scheme import DEFAULT_TIE_BREAKS
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.qt import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from judge_app.io.scheme_words import (
    EVENT_TIE_HINT,
    marks_text,
    parse_pairs,
    parse_tie_chain,
    split_list,
    tie_chain_text,
)

#: Award tier columns: JSON key, and whether the cell is a whole number.
TIER_KEYS: tuple[tuple[str, bool], ...] = (
    ("name", False), ("count", True), ("percent", False), ("rank_to", True), ("rest", False), ("min_total", False))
#: Title (技术能手 …) columns, the same way; section_pass_marks is 模块=分数 text.
TITLE_KEYS: tuple[tuple[str, bool], ...] = (
    ("name", False), ("rank_from", True), ("rank_to", True), ("pass_mark", False), ("section_pass_marks", False))
YES = ("是", "yes", "y", "true", "1", "√")


class EventRulesDialog(QDialog):
    """Edit a copy of one event dict's rules; :meth:`rules` gives the changed keys after OK."""

    def __init__(self, event: dict[str, Any], parent=None, *, editable: bool = True):
        super().__init__(parent)
        self.setObjectName("eventRulesDialog")
        self.setMinimumSize(600, 420)
        self.event_data = copy.deepcopy(event)
        self.names = _Names(self.event_data)
        awards = self.event_data.get("awards", {}) or {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        chain = self.event_data.get("tie_breaks", [str(t) for t in DEFAULT_TIE_BREAKS])
        self.tie_breaks = self._line("ruleTieBreaks", tie_chain_text([self.names.token(t, shown=True) for t in chain]))
        self.key_criteria = self._line("ruleKeyCriteria", "、".join(
            self.names.criterion[0].get(c, c) for c in self.event_data.get("key_criteria", [])))
        self.pass_mark = self._line("rulePassMark", str(awards.get("pass_mark", "") or ""))
        self.section_marks = self._line("ruleSectionMarks", marks_text(
            {self.names.section[0].get(k, k): v for k, v in (awards.get("section_pass_marks") or {}).items()}))
        self.appeal_hours = self._line("ruleAppealHours", str(self.event_data.get("appeal_hours", "2")))
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.tie_breaks, self.key_criteria, self.pass_mark,
                                              self.section_marks, self.appeal_hours)):
            form.addRow(label, field)
        layout.addLayout(form)
        self.tabs = QTabWidget()
        self.tiers_label, self.tiers, self.add_button, self.remove_button = self._rows_tab(
            "Tier", TIER_KEYS, awards.get("tiers", []))
        self.titles_label, self.titles, self.add_title, self.remove_title = self._rows_tab(
            "Title", TITLE_KEYS, awards.get("titles", []))
        layout.addWidget(self.tabs, 1)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("ruleProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #C62828;")
        layout.addWidget(self.problem_label)
        buttons, self.ok = ok_cancel(self, self.tr("确定"), "ruleOk")
        layout.addWidget(buttons)
        for field in (self.tie_breaks, self.key_criteria, self.pass_mark, self.section_marks, self.appeal_hours):
            field.setReadOnly(not editable)
        for widget in (self.tiers, self.add_button, self.remove_button, self.titles, self.add_title, self.remove_title):
            widget.setEnabled(editable)
        self.editable = editable
        self.retranslate()

    def _line(self, name: str, text: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        field.textChanged.connect(lambda _t: self._update())
        return field

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("赛项规则：%1").replace("%1", str(self.event_data.get("name", ""))))
        for label, text in zip(self.labels, (self.tr("并列处理："), self.tr("关键评分项："), self.tr("合格线："),
                                             self.tr("模块合格线："), self.tr("申诉时限（小时）："))):
            label.setText(text)
        self.tie_breaks.setToolTip(self.tr("总分相同时依次比较，用顿号分隔：%1").replace("%1", EVENT_TIE_HINT))
        self.key_criteria.setToolTip(self.tr("并列时依次比较的评分项编号，用顿号分隔"))
        self.pass_mark.setPlaceholderText(self.tr("总分低于此分不获奖（可空）"))
        self.section_marks.setPlaceholderText(self.tr("模块=分数，多个用顿号分隔，如 理论知识=60、实际操作=60"))
        self.tabs.setTabText(0, self.tr("奖项"))
        self.tabs.setTabText(1, self.tr("称号（技术能手等）"))
        self.tiers_label.setText(self.tr("奖项（从高到低；每个奖项只填名额、比例、名次至、其余全部中的一项）："))
        self.tiers.setHorizontalHeaderLabels([self.tr("名称"), self.tr("名额"), self.tr("比例（%）"),
                                              self.tr("名次至"), self.tr("其余全部"), self.tr("最低总分")])
        self.add_button.setText(self.tr("添加奖项"))
        self.remove_button.setText(self.tr("删除所选奖项"))
        self.titles_label.setText(self.tr("称号按名次授予，可另设合格线（如 技术能手：名次 1 至 3，各模块不低于 60 分）："))
        self.titles.setHorizontalHeaderLabels([self.tr("名称"), self.tr("名次从"), self.tr("名次至"),
                                               self.tr("合格线"), self.tr("模块合格线")])
        self.add_title.setText(self.tr("添加称号"))
        self.remove_title.setText(self.tr("删除所选称号"))
        self._update()

    # -- tiers and titles ------------------------------------------------------------------------

    def _rows_tab(self, name: str, keys: tuple[tuple[str, bool], ...], rows: list[dict[str, Any]]):
        """A tab of the award tiers or the titles: (label, table, add button, remove button)."""
        page = QWidget()
        column = QVBoxLayout(page)
        label = QLabel()
        label.setWordWrap(True)
        column.addWidget(label)
        table = QTableWidget(0, len(keys))
        table.setObjectName(f"rule{name}s")
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col, (key, _whole) in enumerate(keys):  # 理论知识=60、实际操作=60 gets the room
            if key != "section_pass_marks" and any(k == "section_pass_marks" for k, _w in keys):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row in rows:
            self._insert_row(table, keys, row)
        table.itemChanged.connect(lambda _item: self._update())
        column.addWidget(table, 1)
        buttons = QHBoxLayout()
        add, remove = QPushButton(), QPushButton()
        add.setObjectName(f"ruleAdd{name}")
        remove.setObjectName(f"ruleRemove{name}")
        add.clicked.connect(lambda: self._add_row(table, keys))
        remove.clicked.connect(lambda: self._remove_row(table))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.tabs.addTab(page, "")
        return label, table, add, remove

    def _add_row(self, table: QTableWidget, keys: tuple[tuple[str, bool], ...]) -> None:
        self._insert_row(table, keys, {})
        table.setCurrentCell(table.rowCount() - 1, 0)
        self._update()

    def _insert_row(self, table: QTableWidget, keys: tuple[tuple[str, bool], ...], data: dict[str, Any]) -> None:
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        for col, (key, _whole) in enumerate(keys):
            value = data.get(key)
            if key == "rest":
                text = "是" if value else ""
            elif key == "section_pass_marks":
                text = marks_text({self.names.section[0].get(k, k): v for k, v in (value or {}).items()})
            else:
                text = "" if value is None else str(value)
            table.setItem(row, col, QTableWidgetItem(text))
        table.blockSignals(False)

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._update()

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _read_rows(self, table: QTableWidget, keys: tuple[tuple[str, bool], ...], what: str,
                   problems: list[str]) -> list[dict[str, Any]]:
        """The rows of ``table`` as tier / title dicts; what cannot be read goes to ``problems``
        as '<what>第 N 行：…'."""
        found = []
        for row in range(table.rowCount()):
            cells = {key: self._cell(table, row, col) for col, (key, _w) in enumerate(keys)}
            if not any(cells.values()):
                continue  # an empty row is left out
            where = what.replace("%1", str(row + 1))
            if not cells["name"]:
                problems.append(where + self.tr("：缺少名称"))
            data: dict[str, Any] = {"name": cells["name"]}
            for key, whole in keys[1:]:
                text = cells[key]
                if not text:
                    continue
                if key == "rest":
                    if text in YES:
                        data["rest"] = True
                    else:
                        problems.append(where + self.tr("：“其余全部”应为“是”或空着"))
                    continue
                if key == "section_pass_marks":
                    marks, bad = parse_pairs(text)
                    problems += [where + self.tr("：模块合格线“%1”应写成 模块=分数，如 理论知识=60").replace("%1", b)
                                 for b in bad]
                    data[key] = {self.names.section[1].get(k, k): v for k, v in marks.items()}
                    continue
                number = _number(text)
                if number is None or number < 0 or (whole and number != number.to_integral_value()):
                    problems.append(where + self.tr("：“%1”应为%2").replace("%1", text).replace(
                        "%2", self.tr("整数") if whole else self.tr("数字")))
                    continue
                data[key] = int(number) if whole else fmt(number)
            found.append(data)
        return found

    # -- reading -------------------------------------------------------------------------------

    def rules(self) -> tuple[dict[str, Any], list[str]]:
        """(the event keys these fields give, the items that could not be read)."""
        problems: list[str] = []
        chain, bad = parse_tie_chain(self.tie_breaks.text())
        chain = [self.names.token(t, shown=False) for t in chain]
        problems += [self.tr("并列处理“%1”应为 %2 中的一项").replace("%1", b).replace("%2", EVENT_TIE_HINT)
                     for b in bad]
        marks, bad = parse_pairs(self.section_marks.text())
        problems += [self.tr("模块合格线“%1”应写成 模块=分数，如 理论知识=60").replace("%1", b) for b in bad]
        awards: dict[str, Any] = {"tiers": self._read_rows(self.tiers, TIER_KEYS, self.tr("奖项第 %1 行"), problems)}
        titles = self._read_rows(self.titles, TITLE_KEYS, self.tr("称号第 %1 行"), problems)
        if titles:
            awards["titles"] = titles
        pass_mark = self.pass_mark.text().strip()
        if pass_mark:
            number = _number(pass_mark)
            if number is None:
                problems.append(self.tr("合格线“%1”应为数字").replace("%1", pass_mark))
            else:
                awards["pass_mark"] = fmt(number)
        if marks:
            awards["section_pass_marks"] = {self.names.section[1].get(k, k): v for k, v in marks.items()}
        hours = _number(self.appeal_hours.text().strip() or "2")
        if hours is None:
            problems.append(self.tr("申诉时限“%1”应为小时数").replace("%1", self.appeal_hours.text()))
        keys = [self.names.criterion[1].get(c, c) for c in split_list(self.key_criteria.text())]
        rules = {"tie_breaks": chain, "key_criteria": keys, "awards": awards,
                 "appeal_hours": fmt(hours) if hours is not None else "2"}
        return rules, problems

    def _update(self) -> None:
        _rules, problems = self.rules()
        self.problem_label.setText("\n".join(problems))
        self.ok.setEnabled(self.editable and not problems)


class _Names:
    """The event's sections and criteria shown by name instead of id (when the names are unique);
    an id typed is taken as it is."""

    def __init__(self, event: dict[str, Any]):
        sections = event.get("sections", [])
        self.section = _two_way({s["id"]: s.get("name") or s["id"] for s in sections})
        self.criterion = _two_way({c["id"]: c.get("name") or c["id"] for s in sections for c in s.get("criteria", [])})

    def token(self, token: str, *, shown: bool) -> str:
        """``section:theory`` ↔ ``section:理论知识`` (and the same for ``criterion:``)."""
        kind, sep, ref = str(token).partition(":")
        table = {"section": self.section, "criterion": self.criterion}.get(kind)
        if not sep or table is None:
            return token
        return f"{kind}:{table[0 if shown else 1].get(ref, ref)}"


def _two_way(names: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """(id → name, name → id); ids on both sides when two share a name."""
    to_name = names if len(set(names.values())) == len(names) else {i: i for i in names}
    return to_name, {name: i for i, name in to_name.items()}


def _number(text: str) -> Decimal | None:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
