"""扣罚分: the chief judge's dialog for section penalties recorded by hand (违纪、安全违规 −5): the
event's penalties, one added with its points and reason, one recorded in error taken back with a
reason. The store checks the role and that the section is open, and audits each."""

from __future__ import annotations

from functools import partial

from judge_app.app import penalties as ops_penalties
from judge_app.core.decimals import fmt
from judge_app.core.entries import Penalty
from judge_app.core.scheme import Event, SectionKind
from judge_app.gui.dialogs import ask_reason
from judge_app.gui.pages.tables import cell, fill_table, new_table
from judge_app.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PenaltyDialog(QDialog):
    """Penalties of one event: add (code, section, points, reason) and take back."""

    def __init__(self, controller, event: Event, codes: list[str], section: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("penaltyDialog")
        self.controller = controller
        self.contest_event = event
        self.found: list[tuple[str, Penalty]] = []
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        self.table = new_table("penaltyTable", 4)
        self.table.itemSelectionChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.code = QComboBox()
        self.code.setObjectName("penaltyCode")
        self.code.addItems(codes)
        self.section = QComboBox()
        self.section.setObjectName("penaltySection")
        for sec in event.sections:
            if sec.kind is SectionKind.SCORED:
                self.section.addItem(sec.name, sec.id)
        if section is not None and self.section.findData(section) >= 0:
            self.section.setCurrentIndex(self.section.findData(section))
        self.points = QLineEdit("5")
        self.points.setObjectName("penaltyPoints")
        self.reason = QLineEdit()
        self.reason.setObjectName("penaltyReason")
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.code, self.section, self.points, self.reason)):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPenalty")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removePenalty")
        self.remove_button.clicked.connect(self.remove)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.points, self.reason):
            edit.textChanged.connect(self._update)
        self.retranslate()
        self._update()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("扣罚分 — %1").replace("%1", self.contest_event.name))
        self.table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("模块"), self.tr("扣分"), self.tr("原因")])
        for label, text in zip(self.labels, (self.tr("编号："), self.tr("模块："), self.tr("扣分："), self.tr("原因："))):
            label.setText(text)
        self.reason.setPlaceholderText(self.tr("如：未戴安全帽（必填，记入审计日志）"))
        self.add_button.setText(self.tr("扣分"))
        self.remove_button.setText(self.tr("撤销所选扣分…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))

    def refresh(self) -> None:
        self.controller.query(ops_penalties.penalties_of, self.contest_event.id, on_done=self._fill)

    def _fill(self, found: tuple[Event, list[tuple[str, Penalty]]]) -> None:
        self.found = list(found[1])
        names = {s.id: s.name for s in self.contest_event.sections}
        fill_table(self.table, [[cell(code), cell(names.get(p.section, p.section)), cell(fmt(p.points)), cell(p.reason)]
                                for code, p in self.found])
        self._update()

    def _selected(self) -> tuple[str, Penalty] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows and rows[0].row() < len(self.found) else None

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.code.currentText() and self.points.text().strip()
                                        and self.reason.text().strip()))
        self.remove_button.setEnabled(self._selected() is not None)

    def add(self) -> None:
        code, section = self.code.currentText(), self.section.currentData()
        self.controller.act(partial(ops_penalties.add_penalty, reason=self.reason.text().strip()), self.contest_event.id,
                            code, section, self.points.text().strip(), event_id=self.contest_event.id,
                            on_done=lambda _r: (self.reason.clear(), self.refresh()))

    def remove(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        code, penalty = chosen
        ask_reason(self, self.tr("撤销扣分"),
                   self.tr("撤销 %1 的扣 %2 分（%3）？请写明撤销原因：")
                   .replace("%1", code).replace("%2", fmt(penalty.points)).replace("%3", penalty.reason),
                   lambda reason: self.controller.act(
                       partial(ops_penalties.remove_penalty, reason=reason), self.contest_event.id, code, penalty.section,
                       penalty.points, event_id=self.contest_event.id, on_done=lambda _r: self.refresh()),
                   ok_text=self.tr("撤销扣分"))
