"""赛项与评分标准: the marking scheme as a tree (events → sections → criteria) that the organiser
edits in place (names, maxima, weights, steps), adds to and removes from (buttons, context menu,
Insert / Delete), with a side panel for an event's decimals and rounding (and a dialog for its
tie-breaks, awards, pass marks and appeal hours), a section's aggregation rule and a criterion's kind. Every edit is checked at once: each event's weights must sum to 100,
and the whole scheme goes through the same checks as an import
(:func:`judge_app.core.scheme_json.contest_from_dict`); saving stores it with ``set_scheme``.
A criterion that already has stored scores cannot be removed (the store says which have)."""

from __future__ import annotations

import copy
from functools import partial
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from judge_app.app import contest as ops_contest
from judge_app.app import contest_file as ops_file
from judge_app.core.decimals import fmt
from judge_app.core.errors import JudgeAppError
from judge_app.core.decimals import Rounding
from judge_app.core.policy import Action, roles_for
from judge_app.core.scheme import AggregationRule, CriterionKind
from judge_app.core.scheme_json import contest_from_dict
from judge_app.gui.dialogs import confirm, show_error, show_info
from judge_app.gui.event_dialog import EventDialog
from judge_app.gui.event_rules_dialog import EventRulesDialog
from judge_app.gui.labels import entry_kind_name, in_ui_language, kind_name, rounding_name, rule_name
from judge_app.gui.pages.base import Page
from judge_app.gui.qt import (
    QAction,
    QBrush,
    QColor,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
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
RULES = ("mean", "trimmed", "trimmed:2", "median")


class SchemePage(Page):
    roles = roles_for(Action.VIEW_SCHEME)

    def page_title(self) -> str:
        return self.tr("评分标准")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("schemePage")
        self.data: dict[str, Any] | None = None  # the scheme being edited
        self.saved: dict[str, Any] | None = None  # as stored
        self.problems: list[str] = []
        self.loaded = False  # the stored scheme (or that there is none) has been read
        self.pending_select: str | None = None  # an event just added or changed: selected once shown
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.weights = QLabel()
        self.weights.setObjectName("schemeWeights")
        self.weights.setWordWrap(True)  # many events: the line wraps instead of widening the window
        self.save_button = QPushButton()
        self.save_button.setObjectName("schemeSave")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.setObjectName("schemeRevert")
        self.revert_button.clicked.connect(self.revert)
        self.import_action = QAction(self)
        self.import_action.setObjectName("actionImportScheme")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda _checked=False: self.import_scheme())
        self.import_button = QPushButton()
        self.import_button.setObjectName("schemeImport")
        self.import_button.clicked.connect(self.import_action.trigger)
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.weights, 1)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("schemeEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color:#555; font-size:14px; padding:8px;")
        layout.addWidget(self.empty_hint)
        self.scored: dict[str, dict[str, int]] = {}  # event id → criterion id → stored values
        self.add_event_action = self._action("schemeAddEvent", QKeySequence("Ctrl+Ins"), self.add_event)
        self.add_section_action = self._action("schemeAddSection", QKeySequence("Shift+Ins"), self.add_section)
        self.add_criterion_action = self._action("schemeAddCriterion", QKeySequence(Qt.Key.Key_Insert),
                                                 self.add_criterion)
        self.remove_action = self._action("schemeRemove", QKeySequence(QKeySequence.StandardKey.Delete), self.remove)
        tools = QHBoxLayout()
        self.tool_buttons: list[QPushButton] = []
        for action in (self.add_event_action, self.add_section_action, self.add_criterion_action, self.remove_action):
            button = QPushButton()
            button.setObjectName(action.objectName() + "Button")
            button.clicked.connect(action.trigger)
            self.tool_buttons.append(button)
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.import_button)
        layout.addLayout(tools)
        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("schemeTree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._edited)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_details())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.add_event_action, self.add_section_action, self.add_criterion_action,
                              self.remove_action])
        upper.addWidget(self.tree)
        upper.addWidget(self._details_box())
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 1)
        splitter.addWidget(upper)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("schemeProblems")
        splitter.addWidget(self.problem_list)
        splitter.setSizes([560, 120])
        layout.addWidget(splitter, 1)
        self.retranslate()

    def _action(self, name: str, keys: QKeySequence, slot) -> QAction:
        """A tree action (context menu, its key while the tree itself has focus, a button)."""
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell editor is open
        action.triggered.connect(slot)
        return action

    def _details_box(self) -> QGroupBox:
        """The side panel: what the tree's columns do not show, for the selected row."""
        self.details = QGroupBox()
        self.details.setObjectName("schemeDetails")
        form = QFormLayout(self.details)
        self.decimals = QSpinBox()
        self.decimals.setObjectName("schemeDecimals")
        self.decimals.setRange(0, 4)
        self.decimals.valueChanged.connect(lambda v: self._set_detail("decimals", int(v)))
        self.rounding = QComboBox()
        self.rounding.setObjectName("schemeRounding")
        for mode in Rounding:
            self.rounding.addItem(rounding_name(mode), mode.value)
        self.rounding.activated.connect(lambda _i: self._set_detail("rounding", self.rounding.currentData()))
        self.rule = QComboBox()
        self.rule.setObjectName("schemeRule")
        for rule in RULES:
            self.rule.addItem(rule_name(AggregationRule.parse(rule)), rule)
        self.rule.activated.connect(lambda _i: self._set_detail("rule", self.rule.currentData()))
        self.kind = QComboBox()
        self.kind.setObjectName("schemeKind")
        for kind in CriterionKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.kind.activated.connect(lambda _i: self._set_detail("kind", self.kind.currentData()))
        self.detail_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.detail_labels, (self.decimals, self.rounding, self.rule, self.kind)):
            form.addRow(label, field)
        self.rules_button = QPushButton()
        self.rules_button.setObjectName("schemeEventRules")
        self.rules_button.clicked.connect(self.edit_rules)
        self.rules_dialog: EventRulesDialog | None = None
        form.addRow(self.rules_button)
        self.groups_label = QLabel()
        self.groups_label.setObjectName("schemeGroups")
        self.groups_label.setWordWrap(True)
        self.groups_button = QPushButton()
        self.groups_button.setObjectName("schemeEditGroups")
        self.groups_button.clicked.connect(self.edit_groups)
        form.addRow(self.groups_label)
        form.addRow(self.groups_button)
        self.event_dialog: EventDialog | None = None
        self.details_hint = QLabel()
        self.details_hint.setWordWrap(True)
        self.details_hint.setStyleSheet("color:#555;")
        form.addRow(self.details_hint)
        return self.details

    def retranslate(self) -> None:
        self.title.setText(self.tr("评分标准（双击或按 F2 修改名称、满分、权重、步长）"))
        self.save_button.setText(self.tr("保存评分标准"))
        self.import_action.setText(self.tr("导入评分标准…"))
        self.import_button.setText(self.tr("导入评分标准…（Ctrl+I）"))
        self.import_button.setToolTip(self.tr("从评分标准模板（xlsx）或 JSON 文件导入，替换现有评分标准"))
        self.empty_hint.setText(self.tr("本比赛尚未导入评分标准。请点“导入评分标准…”（Ctrl+I），选择填好的评分标准模板"
                                        "（xlsx）或 JSON 文件。"))
        self.revert_button.setText(self.tr("放弃修改"))
        self.add_event_action.setText(self.tr("添加赛项…"))
        self.add_event_action.setToolTip(self.tr("添加一个赛项（名称、参赛对象、组别），随后修改它的模块和评分项（Ctrl+Insert）"))
        self.groups_button.setText(self.tr("修改组别…"))
        self.groups_button.setToolTip(self.tr("所选赛项分别排名的组别，如 职工组、学生组"))
        self.add_section_action.setText(self.tr("添加模块"))
        self.add_section_action.setToolTip(self.tr("在所选赛项中添加考核模块（Shift+Insert）"))
        self.add_criterion_action.setText(self.tr("添加评分项"))
        self.add_criterion_action.setToolTip(self.tr("在所选模块中添加评分项（Insert；选中赛项时添加模块）"))
        self.remove_action.setText(self.tr("删除"))
        self.remove_action.setToolTip(self.tr("删除所选模块或评分项（Delete）；已有评分的评分项不能删除"))
        for button, action in zip(self.tool_buttons, (self.add_event_action, self.add_section_action,
                                                      self.add_criterion_action, self.remove_action)):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(self.tr("%1（%2）").replace("%1", action.text()).replace("%2", key))
            button.setToolTip(action.toolTip())
        self.details.setTitle(self.tr("所选项目的设置"))
        for combo, name, kind in ((self.rounding, rounding_name, Rounding), (self.kind, kind_name, CriterionKind),
                                  (self.rule, rule_name, AggregationRule.parse)):
            for i in range(combo.count()):
                combo.setItemText(i, name(kind(combo.itemData(i))))
        self.rules_button.setText(self.tr("并列处理、奖项与合格线…"))
        self.rules_button.setToolTip(self.tr("赛项的并列处理顺序、关键评分项、奖项名额、称号（技术能手等）、合格线和申诉时限"))
        for label, text in zip(self.detail_labels, (self.tr("小数位数："), self.tr("舍入规则："),
                                                    self.tr("合成规则："), self.tr("评分项类型："))):
            label.setText(text)
        self.tree.setHeaderLabels([self.tr("名称"), self.tr("编号"), self.tr("满分"), self.tr("权重"),
                                   self.tr("步长"), self.tr("类型 / 合成规则")])
        self._fill()

    @property
    def editable(self) -> bool:
        return self.may(Action.SCHEME_SET)

    def file_actions(self) -> list[QAction]:
        """File → 导入评分标准… (Ctrl+I), for whoever may set the scheme."""
        return [self.import_action]

    def file_action_visible(self, action: QAction, has_file: bool) -> bool:
        return has_file and self.visible_for(self.session) and self.editable

    def set_session(self, session) -> None:
        super().set_session(session)
        self._fill()

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        session = self.controller.session
        if snapshot is None or session is None or session.role not in self.roles:
            self.data = self.saved = None
            self.loaded = False
            self._fill()
            return
        self.controller.query(ops_contest.scheme_for_editing, on_done=self._loaded)

    def _loaded(self, answer: tuple[dict[str, Any] | None, dict[str, dict[str, int]]]) -> None:
        data, self.scored = answer
        self.loaded = True
        self.saved = data
        self.data = copy.deepcopy(data)
        ids = [ev.get("id") for ev in (data or {}).get("events", [])]
        chosen, self.pending_select = self.pending_select, None
        self._fill((ids.index(chosen), None, None) if chosen in ids else None)

    # -- showing -------------------------------------------------------------------------------------

    def _fill(self, select: tuple | None = None) -> None:
        """Rebuild the tree from ``self.data``; ``select`` (a path) becomes the current row."""
        if select is None:
            current = self.tree.currentItem()
            select = tuple(current.data(NAME, PATH)) if current is not None else None
        self.tree.blockSignals(True)
        self.tree.clear()
        contest = self.snapshot.contest if self.snapshot is not None else None
        chosen = None
        if self.data is not None and contest is not None:
            for e, ev_data in enumerate(self.data.get("events", [])):
                ev = contest.events[e] if e < len(contest.events) else None
                ev_item = self._node(ev_data, (e, None, None), "", entry_kind_name(ev.entry_kind) if ev else "")
                self.tree.addTopLevelItem(ev_item)
                for s, sec_data in enumerate(ev_data.get("sections", [])):
                    sec_item = self._node(sec_data, (e, s, None), "weight", self._section_label(sec_data))
                    ev_item.addChild(sec_item)
                    for c, crit_data in enumerate(sec_data.get("criteria", [])):
                        sec_item.addChild(self._node(crit_data, (e, s, c), "step", _kind_label(crit_data)))
                ev_item.setExpanded(True)
                for i in range(ev_item.childCount()):
                    ev_item.child(i).setExpanded(True)
            chosen = self._item_at(select) if select else None
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.empty_hint.setVisible(self.loaded and self.data is None)
        self.import_button.setVisible(self.editable)
        self.import_action.setEnabled(self.editable)
        self._show_details()
        self._check()

    def _section_label(self, data: dict[str, Any]) -> str:
        if data.get("kind") == "vote":
            return self.tr("模块") + " · " + self.tr("投票折算")
        try:
            rule = rule_name(AggregationRule.parse(str(data.get("rule", "mean"))))
        except ValueError:
            rule = str(data.get("rule", ""))
        return self.tr("模块") + f" · {rule}"

    def _item_at(self, path: tuple) -> QTreeWidgetItem | None:
        """The tree row of ``path``, or the nearest one left (after a removal)."""
        e, s, c = path
        if self.tree.topLevelItemCount() == 0:
            return None
        item = self.tree.topLevelItem(min(e, self.tree.topLevelItemCount() - 1))
        for index in (s, c):
            if index is None or item.childCount() == 0:
                break
            item = item.child(min(index, item.childCount() - 1))
        return item

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

    def _selected_path(self) -> tuple | None:
        item = self.tree.currentItem()
        return tuple(item.data(NAME, PATH)) if item is not None and self.data is not None else None

    def _show_details(self) -> None:
        """Show the settings of the selected row's kind (event, section or criterion)."""
        path = self._selected_path()
        node = self._target(path) if path else None
        level = None if path is None else ("event" if path[1] is None else "section" if path[2] is None else "criterion")
        rows = {"event": (0, 1), "section": (2,), "criterion": (3,)}.get(level or "", ())
        fields = (self.decimals, self.rounding, self.rule, self.kind)
        for i, (label, field) in enumerate(zip(self.detail_labels, fields)):
            label.setVisible(i in rows)
            field.setVisible(i in rows)
            field.setEnabled(self.editable)
            field.blockSignals(True)
        if node is not None and level == "event":
            self.decimals.setValue(int(node.get("decimals", 2) or 0))
            self.rounding.setCurrentIndex(max(0, self.rounding.findData(node.get("rounding", "half_up"))))
        elif node is not None and level == "section":
            rule = str(node.get("rule", "mean"))
            if self.rule.findData(rule) < 0:
                self.rule.addItem(rule, rule)
            self.rule.setCurrentIndex(self.rule.findData(rule))
            self.rule.setEnabled(self.editable and node.get("kind") != "vote")
        elif node is not None and level == "criterion":
            self.kind.setCurrentIndex(max(0, self.kind.findData(node.get("kind", "judgement"))))
        for field in fields:
            field.blockSignals(False)
        self.rules_button.setVisible(level == "event")
        self.groups_label.setVisible(level == "event")
        self.groups_button.setVisible(level == "event" and self.editable)
        if node is not None and level == "event":
            groups = "、".join(str(g) for g in node.get("groups", []))
            self.groups_label.setText(self.tr("组别：%1").replace("%1", groups or self.tr("不分组")))
        self.add_event_action.setEnabled(self.editable and self.loaded)
        self.details_hint.setText(self.tr("在左侧选择赛项、模块或评分项。") if level is None else "")
        for action in (self.add_section_action, self.add_criterion_action):
            action.setEnabled(self.editable and path is not None)
        self.remove_action.setEnabled(self.editable and path is not None and path[1] is not None)

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

    def _set_detail(self, key: str, value: Any) -> None:
        path = self._selected_path()
        if path is None or not self.editable:
            return
        self._target(path)[key] = value
        self._fill(path)

    def edit_rules(self) -> EventRulesDialog | None:
        """The selected event's tie-breaks, awards, pass marks and appeal hours, in a dialog."""
        path = self._selected_path()
        if path is None or path[1] is not None:
            return None
        dialog = EventRulesDialog(self._target(path), self, editable=self.editable)
        self.rules_dialog = dialog

        def accepted() -> None:
            rules, problems = dialog.rules()
            if problems or self.data is None:
                return
            self._target(path).update(rules)
            self._fill(path)
            self.status(self.tr("赛项规则已修改（保存后生效）"))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_event(self) -> EventDialog | None:
        """添加赛项…: a dialog, then the event is stored at once (app.contest.add_event, as
        ``judge-app event add``); asked to save or revert unsaved edits first."""
        return self._event_dialog(None)

    def edit_groups(self) -> EventDialog | None:
        """修改组别…: the selected event's groups, stored at once (app.contest.set_groups)."""
        path = self._selected_path()
        if path is None or path[1] is not None or self.snapshot is None or self.snapshot.contest is None:
            return None
        return self._event_dialog(self.snapshot.contest.events[path[0]])

    def _event_dialog(self, event) -> EventDialog | None:
        if not self.editable or not self.loaded:
            return None
        if self.data != self.saved:
            show_error(self, self.tr("评分标准有未保存的修改：请先保存或放弃修改。"), self.tr("请先保存"))
            return None
        dialog = EventDialog(event, self)
        self.event_dialog = dialog

        def accepted() -> None:
            groups = dialog.chosen_groups()
            if event is None:
                name = dialog.name.text().strip()
                self.controller.act(partial(ops_contest.add_event, groups=groups, entry_kind=dialog.chosen_kind()),
                                    dialog.event_id.text().strip(), name,
                                    on_done=lambda added: self._stored(added, self.tr("已添加赛项“%1”，请修改它的模块和评分项")))
            else:
                self.controller.act(ops_contest.set_groups, event.id, groups, event_id=event.id,
                                    on_done=lambda changed: self._stored(changed, self.tr("赛项“%1”的组别已保存")))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _stored(self, event, text: str) -> None:
        """After an event was added or its groups set: select it and say so."""
        self.pending_select = event.id
        self.status(text.replace("%1", event.name))

    def add_section(self) -> None:
        """A new section (with one criterion) after the selected one, or last in the event."""
        path = self._selected_path()
        if path is None or not self.editable:
            return
        e, s, _c = path
        sections = self.data["events"][e].setdefault("sections", [])
        at = len(sections) if s is None else s + 1
        crit = self._new_criterion(e, Decimal(10))
        sections.insert(at, {
            "id": _unique("S", {x.get("id") for x in sections}), "name": self.tr("新模块"),
            "max": "10", "weight": "0", "rule": "mean", "criteria": [crit],
        })
        self._fill((e, at, None))
        self.status(self.tr("已添加模块，请填写名称、满分和权重（保存后生效）"))

    def add_criterion(self) -> None:
        """A new criterion after the selected one, or last in the selected section (an event
        selected: a new section instead)."""
        path = self._selected_path()
        if path is None or not self.editable:
            return
        e, s, c = path
        if s is None:
            self.add_section()
            return
        section = self.data["events"][e]["sections"][s]
        if section.get("kind") == "vote":
            self.status(self.tr("投票模块不设评分项"))
            return
        criteria = section.setdefault("criteria", [])
        used = sum((_number(x.get("max")) for x in criteria), Decimal(0))
        room = _number(section.get("max")) - used
        at = len(criteria) if c is None else c + 1
        criteria.insert(at, self._new_criterion(e, room if room > 0 else Decimal(10)))
        self._fill((e, s, at))
        self.status(self.tr("已添加评分项（保存后生效）"))

    def _new_criterion(self, e: int, max_: Decimal) -> dict[str, Any]:
        used = {c.get("id") for sec in self.data["events"][e].get("sections", []) for c in sec.get("criteria", [])}
        return {"id": _unique("C", used), "name": self.tr("新评分项"), "max": fmt(max_), "step": "1",
                "kind": CriterionKind.JUDGEMENT.value}

    def remove(self) -> None:
        """Remove the selected section or criterion, unless scores are stored for it."""
        path = self._selected_path()
        if path is None or path[1] is None or not self.editable:
            return
        e, s, c = path
        event = self.data["events"][e]
        section = event["sections"][s]
        doomed = [section["criteria"][c]] if c is not None else list(section.get("criteria", []))
        scored = self.scored.get(str(event.get("id")), {})
        blocked = [(x, scored[x.get("id")]) for x in doomed if scored.get(x.get("id"))]
        if blocked:
            what = "、".join(f"“{x.get('name', x.get('id'))}”（{n} 个）" for x, n in blocked)
            show_error(self, self.tr("不能删除：评分项 %1 已有评分。删除会让这些分数失去归属；"
                                     "如确需删除，请先清除这些评分，或改为修改名称和满分。")
                       .replace("%1", what), self.tr("不能删除"))
            return
        if c is None:
            del event["sections"][s]
        else:
            del section["criteria"][c]
        self._fill(path)
        self.status(self.tr("已删除（保存后生效，放弃修改可恢复）"))

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
                self.problems = [in_ui_language(p) for p in getattr(exc, "problems", None) or [str(exc)]]
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

    def import_scheme(self) -> None:
        """导入评分标准…: a scheme file (xlsx template or JSON) replaces the contest's scheme, after a
        confirmation when there is one; the store refuses what the CLI's ``scheme import`` refuses."""
        if not self.editable or self.controller.session is None:
            return
        from judge_app.gui.new_contest_dialog import SCHEME_FILTER

        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入评分标准"), "", SCHEME_FILTER)
        if not path:
            return
        if self.saved is None:
            self._import(path)
            return
        text = self.tr("导入“%1”将替换现有评分标准（%2 个赛项）%3。已有评分的评分项必须仍在新标准中，"
                       "已锁定模块的赛项不能改变。继续吗？").replace("%1", Path(path).name)
        text = text.replace("%2", str(len(self.saved.get("events", []))))
        text = text.replace("%3", self.tr("，未保存的修改将丢失") if self.data != self.saved else "")
        confirm(self, self.tr("导入评分标准"), text, lambda: self._import(path), ok_text=self.tr("导入并替换"))

    def _import(self, path: str) -> None:
        def done(contest) -> None:
            names = "、".join(ev.name for ev in contest.events)
            text = self.tr("已导入评分标准：%1 个赛项（%2）").replace("%1", str(len(contest.events))).replace("%2", names)
            if self.snapshot is not None and contest.name and contest.name != self.snapshot.name:
                text += "\n" + self.tr("成绩表上印的比赛名称是评分标准文件中的“%1”。").replace("%1", contest.name)
            self.status(self.tr("已导入评分标准"))
            show_info(self, text, self.tr("导入评分标准"))

        self.controller.act(ops_file.import_scheme_file, path,
                            label=self.tr("正在导入评分标准…"), on_done=done)

    def revert(self) -> None:
        self.data = copy.deepcopy(self.saved)
        self._fill()

    def save(self) -> None:
        if self.data is None or self.problems:
            return
        data = copy.deepcopy(self.data)
        self.controller.act(ops_contest.set_scheme, data,
                            label=self.tr("正在保存评分标准…"), on_done=lambda _r: self.status(self.tr("评分标准已保存")))


def _unique(prefix: str, used: set[Any]) -> str:
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def _number(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal(0)


def _kind_label(data: dict[str, Any]) -> str:
    try:
        return kind_name(CriterionKind(data.get("kind", "judgement")))
    except ValueError:
        return str(data.get("kind", ""))
