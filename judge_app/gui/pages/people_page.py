"""裁判与评分组: register people (编号, 姓名, 角色, 单位, PIN), change a PIN, and set the panel of each
section. A judge's 单位 recuses them from the entries of that unit (回避); the 回避 box lists the
recusals of the event and marks a judge as related to an entry (:mod:`.recusal_box`). The store keeps PINs as salted hashes and refuses a panel that drops a judge who
already scored; every change is audited. Until an organiser with a PIN is registered the page
says so in red and offers 管理员 first: the store refuses a people list without one (nobody could
manage the contest after reopening it)."""

from __future__ import annotations

from functools import partial

from judge_app.app import people as ops_people
from judge_app.core.people import Judge, Role
from judge_app.core.policy import Action, allowed, roles_for
from judge_app.core.pins import PASSPHRASE_MAX
from judge_app.core.scheme import SectionKind
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.pages.recusal_box import RecusalBox
from judge_app.gui.roles import person_with_role, role_name
from judge_app.gui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class PeoplePage(Page):
    roles = roles_for(Action.JUDGE_REGISTER, Action.PANEL_ASSIGN)

    def page_title(self) -> str:
        return self.tr("裁判与评分组")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("peoplePage")
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.no_organiser = QLabel()
        self.no_organiser.setObjectName("noOrganiser")
        self.no_organiser.setWordWrap(True)
        self.no_organiser.setStyleSheet("QLabel { background:#FDECEA; color:#B71C1C; padding:6px; }")
        self.no_organiser.hide()
        left.addWidget(self.no_organiser)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("judgesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        left.addWidget(self.table, 1)
        self.person_box = QGroupBox()
        form = QFormLayout(self.person_box)
        self.judge_id = QLineEdit()
        self.judge_id.setObjectName("judgeId")
        self.judge_name = QLineEdit()
        self.judge_name.setObjectName("judgeName")
        self.role = QComboBox()
        self.role.setObjectName("judgeRole")
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        self.unit = QLineEdit()
        self.unit.setObjectName("judgeUnit")
        self.pin = QLineEdit()
        self.pin.setObjectName("judgePin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PASSPHRASE_MAX)
        self.save_person = QPushButton()
        self.save_person.setObjectName("judgeSave")
        self.save_person.clicked.connect(self.register)
        for field in (self.judge_id, self.judge_name, self.unit, self.pin):  # Enter in the form saves the person
            field.returnPressed.connect(lambda: self.save_person.isEnabled() and self.register())
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.judge_id, self.judge_name, self.role, self.unit, self.pin)):
            form.addRow(label, field)
        form.addRow(self.save_person)
        left.addWidget(self.person_box)
        layout.addLayout(left, 3)

        self.panel_box = QGroupBox()
        right = QVBoxLayout(self.panel_box)
        self.events = QComboBox()
        self.events.setObjectName("panelEvent")
        self.events.currentIndexChanged.connect(lambda _i: self._fill_sections())
        self.sections = QComboBox()
        self.sections.setObjectName("panelSection")
        self.sections.currentIndexChanged.connect(lambda _i: self._fill_panel())
        self.panel_hint = QLabel()
        self.panel_hint.setWordWrap(True)
        self.panel = QListWidget()
        self.panel.setObjectName("panelList")
        self.save_panel = QPushButton()
        self.save_panel.setObjectName("panelSave")
        self.save_panel.clicked.connect(self.assign)
        for widget in (self.events, self.sections, self.panel_hint):
            right.addWidget(widget)
        right.addWidget(self.panel, 1)
        right.addWidget(self.save_panel)
        column = QVBoxLayout()
        column.addWidget(self.panel_box, 3)
        self.recusals = RecusalBox(controller)
        column.addWidget(self.recusals, 2)
        layout.addLayout(column, 2)
        controller.changed.connect(self.recusals.on_changes)
        for field in (self.judge_id, self.judge_name, self.pin):
            field.textChanged.connect(lambda _t: self._update())
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("姓名"), self.tr("角色"), self.tr("单位"),
                                              self.tr("PIN")])
        self.person_box.setTitle(self.tr("登记或修改（选中表中一人可修改其姓名、角色、单位、PIN）"))
        for label, text in zip(self.labels, (self.tr("编号："), self.tr("姓名："), self.tr("角色："), self.tr("单位："),
                                             self.tr("PIN："))):
            label.setText(text)
        self.unit.setPlaceholderText(self.tr("裁判的工作单位：同单位的选手由其回避，不给其评分"))
        self.pin.setPlaceholderText(self.tr("裁判 4–8 位数字；裁判长、加密裁判、管理员为至少 8 位含字母的口令；留空则不改"))
        self.no_organiser.setText(self.tr("尚未登记设有口令（PIN）的管理员：请先登记管理员（可以是您自己）并设置口令。没有管理员，重新打开比赛文件后只有裁判能登录，无人能管理本比赛。"))
        self.save_person.setText(self.tr("保存"))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_name(self.role.itemData(index)))
        self.panel_box.setTitle(self.tr("评分组"))
        self.panel_hint.setText(self.tr("勾选本模块评分组的裁判（只有裁判和裁判长可以进入评分组；不勾选任何人则任何裁判都可评分）。"))
        self.save_panel.setText(self.tr("保存评分组"))
        self.recusals.retranslate()
        self._fill()

    # -- data ------------------------------------------------------------------------------------

    @property
    def people(self) -> tuple[Judge, ...]:
        return self.snapshot.judges if self.snapshot is not None else ()

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        fill_events(self.events, snapshot)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.people))
        for r, judge in enumerate(self.people):
            texts = (judge.id, judge.name, role_name(judge.role), judge.unit,
                     self.tr("已设置") if judge.has_pin else self.tr("未设置"))
            for c, text in enumerate(texts):
                self.table.setItem(r, c, QTableWidgetItem(text))
        missing = self.snapshot is not None and not any(Role(j.role) is Role.ORGANISER and j.has_pin for j in self.people)
        self.no_organiser.setVisible(missing)
        if missing and not self.judge_id.text():  # the form offers the organiser first
            self.role.setCurrentIndex(self.role.findData(Role.ORGANISER.value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(False)  # re-applied: the last column fills
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fill_sections()
        self._update()

    def _fill_sections(self) -> None:
        current = self.sections.currentData()
        self.sections.blockSignals(True)
        self.sections.clear()
        event_id = self.events.currentData()
        if self.snapshot is not None and self.snapshot.contest is not None and event_id is not None:
            for sec in self.snapshot.event(event_id).sections:
                if sec.kind is SectionKind.SCORED:
                    self.sections.addItem(sec.name, sec.id)
        found = self.sections.findData(current)
        self.sections.setCurrentIndex(found if found >= 0 else (0 if self.sections.count() else -1))
        self.sections.blockSignals(False)
        self._fill_panel()

    def _fill_panel(self) -> None:
        self.panel.clear()
        event_id, section_id = self.events.currentData(), self.sections.currentData()
        if section_id is None or self.snapshot is None:
            self._update()
            return
        members = set(self.snapshot.event(event_id).section(section_id).judges)
        for judge in self.people:
            if not allowed(Action.PANEL_SEAT, Role(judge.role)):
                continue
            item = QListWidgetItem(f"{judge.id}  {person_with_role(judge.name, judge.role)}")
            item.setData(Qt.ItemDataRole.UserRole, judge.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if judge.id in members else Qt.CheckState.Unchecked)
            self.panel.addItem(item)
        registered = {judge.id for judge in self.people}
        for judge_id in sorted(members - registered):  # named by the scheme, nobody registered yet
            item = QListWidgetItem(f"{judge_id}  " + self.tr("（未登记：请先登记此人）"))
            item.setData(Qt.ItemDataRole.UserRole, judge_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setForeground(QBrush(QColor("#C62828")))
            self.panel.addItem(item)
        self._update()

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.people):
            judge = self.people[row]
            self.judge_id.setText(judge.id)
            self.judge_name.setText(judge.name)
            self.role.setCurrentIndex(self.role.findData(Role(judge.role).value))
            self.unit.setText(judge.unit)
            self.pin.clear()

    def _update(self) -> None:
        self.recusals.set_context(self.events.currentData(), self.judge_id.text().strip(), self.may(Action.RECUSAL_SET))
        organiser = self.may(Action.JUDGE_REGISTER)
        self.person_box.setEnabled(organiser)
        self.save_person.setEnabled(organiser and bool(self.judge_id.text().strip()) and bool(self.judge_name.text().strip()))
        self.save_panel.setEnabled(self.session is not None and self.sections.currentData() is not None)

    def set_session(self, session) -> None:
        super().set_session(session)
        self._update()

    # -- actions -----------------------------------------------------------------------------------

    def register(self) -> None:
        judge_id, name = self.judge_id.text().strip(), self.judge_name.text().strip()
        role, pin = self.role.currentData(), self.pin.text().strip() or None
        self.controller.act(partial(ops_people.add_judge, role=role, pin=pin, unit=self.unit.text().strip()),
                            judge_id, name, on_done=lambda _r: self._registered(name))

    def _registered(self, name: str) -> None:
        """Saved: the form is empty again for the next person, the cursor in 编号."""
        self.status(self.tr("已保存 %1").replace("%1", name))
        self.table.clearSelection()
        for field in (self.judge_id, self.judge_name, self.unit, self.pin):
            field.clear()
        self.role.setCurrentIndex(self.role.findData(Role.JUDGE.value))
        self.judge_id.setFocus()

    def assign(self) -> None:
        event_id, section_id = self.events.currentData(), self.sections.currentData()
        ids = [self.panel.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.panel.count())
               if self.panel.item(i).checkState() == Qt.CheckState.Checked]
        self.controller.act(ops_people.assign_panel, event_id, section_id, ids,
                            on_done=lambda _r: self.status(self.tr("评分组已保存")))
