"""赛项与评分标准: the marking scheme as a tree (events → sections → criteria) that the organiser
edits in place (names, maxima, weights, steps). Every edit is checked at once: each event's
weights must sum to 100, and the whole scheme goes through the same checks as an import
(:func:`judge_app.core.scheme_json.contest_from_dict`); saving stores it with ``set_scheme``."""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from typing import Any

from judge_app.core.decimals import fmt
from judge_app.core.errors import JudgeAppError
from judge_app.core.people import Role
from judge_app.core.scheme import CriterionKind
from judge_app.core.scheme_json import contest_from_dict
from judge_app.gui.pages.base import Page
from judge_app.gui.qt import (
    QBrush,
    QColor,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

NAME, ID, MAX, WEIGHT, STEP, KIND = range(6)
EDITABLE = {NAME: "name", MAX: "max", WEIGHT: "weight", STEP: "step"}
PATH = Qt.ItemDataRole.UserRole  # (event index, section index | None, criterion index | None)
BAD = QColor("#C62828")
OK = QColor("#2E7D32")


class SchemePage(Page):
    roles = frozenset({Role.ORGANISER, Role.SECRETARY, Role.CHIEF, Role.SUPERVISOR})

    def page_title(self) -> str:
        return self.tr("评分标准")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("schemePage")
        self.data: dict[str, Any] | None = None  # the scheme being edited
        self.saved: dict[str, Any] | None = None  # as stored
        self.problems: list[str] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.weights = QLabel()
        self.weights.setObjectName("schemeWeights")
        self.save_button = QPushButton()
        self.save_button.setObjectName("schemeSave")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("schemeRevert")
        self.revert_button.clicked.connect(self.revert)
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.weights, 1)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setObjectName("schemeTree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._edited)
        splitter.addWidget(self.tree)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("schemeProblems")
        splitter.addWidget(self.problem_list)
        splitter.setSizes([560, 120])
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("评分标准（双击或按 F2 修改名称、满分、权重、步长）"))
        self.save_button.setText(self.tr("保存评分标准"))
        self.revert_button.setText(self.tr("放弃修改"))
        self.tree.setHeaderLabels([self.tr("名称"), self.tr("编号"), self.tr("满分"), self.tr("权重"),
                                   self.tr("步长"), self.tr("类型 / 合成规则")])
        self._fill()

    @property
    def editable(self) -> bool:
        return self.session is not None and self.session.role is Role.ORGANISER

    def set_session(self, session) -> None:
        super().set_session(session)
        self._fill()

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        session = self.controller.session
        if snapshot is None or session is None or session.role not in self.roles:
            self.data = self.saved = None
            self._fill()
            return
        self.controller.query(lambda db: db.scheme_dict(), on_done=self._loaded)

    def _loaded(self, data: dict[str, Any] | None) -> None:
        self.saved = data
        self.data = copy.deepcopy(data)
        self._fill()

    # -- showing -------------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        contest = self.snapshot.contest if self.snapshot is not None else None
        if self.data is not None and contest is not None:
            for e, ev_data in enumerate(self.data.get("events", [])):
                ev = contest.events[e] if e < len(contest.events) else None
                ev_item = self._node(ev_data, (e, None, None), "", ev.entry_kind.label if ev else "")
                self.tree.addTopLevelItem(ev_item)
                for s, sec_data in enumerate(ev_data.get("sections", [])):
                    sec = ev.sections[s] if ev is not None and s < len(ev.sections) else None
                    rule = sec.rule.label if sec is not None else str(sec_data.get("rule", ""))
                    if sec_data.get("kind") == "vote":
                        rule = self.tr("投票折算")
                    sec_item = self._node(sec_data, (e, s, None), "weight", self.tr("模块") + (f" · {rule}" if rule else ""))
                    ev_item.addChild(sec_item)
                    for c, crit_data in enumerate(sec_data.get("criteria", [])):
                        sec_item.addChild(self._node(crit_data, (e, s, c), "step", _kind_label(crit_data)))
                ev_item.setExpanded(True)
                for i in range(ev_item.childCount()):
                    ev_item.child(i).setExpanded(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.blockSignals(False)
        self._check()

    def _node(self, data: dict[str, Any], path: tuple, extra: str, kind: str) -> QTreeWidgetItem:
        """A tree row; an event row shows no max, a section row its weight, a criterion its step."""
        event_row = path[1] is None
        item = QTreeWidgetItem([
            str(data.get("name", "")), str(data.get("id", "")),
            "" if event_row else str(data.get("max", "")),
            str(data.get("weight", "")) if extra == "weight" else "",
            str(data.get("step", "")) if extra == "step" else "", kind,
        ])
        item.setData(NAME, PATH, path)
        if self.editable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    # -- editing -------------------------------------------------------------------------------------

    def _target(self, path: tuple) -> dict[str, Any]:
        assert self.data is not None
        e, s, c = path
        node = self.data["events"][e]
        if s is not None:
            node = node["sections"][s]
            if c is not None:
                node = node["criteria"][c]
        return node

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        key = EDITABLE.get(column)
        path = item.data(NAME, PATH)
        if key is None or path is None or self.data is None:
            return
        node = self._target(tuple(path))
        text = item.text(column).strip()
        allowed = {NAME: True, MAX: path[1] is not None, WEIGHT: path[1] is not None and path[2] is None,
                   STEP: path[2] is not None}[column]
        if not allowed:
            self._fill()  # nothing to edit in that cell of this row
            return
        node[key] = text
        self._check()

    def _check(self) -> None:
        """Weights per event and every scheme problem, at once after each edit."""
        self.problems = []
        parts = []
        all_hundred = True
        for ev_data in (self.data or {}).get("events", []):
            total = Decimal(0)
            for sec in ev_data.get("sections", []):
                try:
                    total += Decimal(str(sec.get("weight", "0")))
                except InvalidOperation:
                    all_hundred = False
            mark = "✓" if total == 100 else "✗"
            all_hundred &= total == 100
            parts.append(f"{ev_data.get('name', '')} {fmt(total)} {mark}")
        if self.data is not None:
            try:
                contest_from_dict(self.data)
            except JudgeAppError as exc:
                self.problems = getattr(exc, "problems", None) or [str(exc)]
        self.weights.setText(self.tr("权重合计（应为 100）：") + "　".join(parts) if parts else "")
        self.weights.setStyleSheet(f"color: {(OK if all_hundred else BAD).name()}; font-weight: bold;")
        self.problem_list.clear()
        for problem in self.problems:
            self.problem_list.addItem(problem)
            self.problem_list.item(self.problem_list.count() - 1).setForeground(QBrush(BAD))
        self.problem_list.setVisible(bool(self.problems))
        dirty = self.data != self.saved
        self.save_button.setEnabled(self.editable and dirty and not self.problems)
        self.revert_button.setEnabled(dirty)

    def revert(self) -> None:
        self.data = copy.deepcopy(self.saved)
        self._fill()

    def save(self) -> None:
        if self.data is None or self.problems:
            return
        data = copy.deepcopy(self.data)
        self.controller.act(lambda db: db.set_scheme(data, reason="评分标准编辑"), forget=True,
                            label=self.tr("正在保存评分标准…"), on_done=lambda _r: self.status(self.tr("评分标准已保存")))


def _kind_label(data: dict[str, Any]) -> str:
    try:
        return CriterionKind(data.get("kind", "judgement")).label
    except ValueError:
        return str(data.get("kind", ""))
