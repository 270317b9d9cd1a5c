"""添加赛项 / 组别: the organiser's dialog for a new event (name, id, what competes, groups) or for
the groups (组别) of an existing one. The page stores what it gives through
:func:`judge_app.app.contest.add_event` / :func:`~judge_app.app.contest.set_groups`, the functions
behind ``judge-app event add`` / ``event groups``."""

from __future__ import annotations

from judge_app.core.scheme import EntryKind, Event
from judge_app.gui.dialogs import ok_cancel
from judge_app.gui.labels import entry_kind_name
from judge_app.gui.qt import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from judge_app.io.scheme_words import split_list


class EventDialog(QDialog):
    """A new event (``event`` None) or the groups of ``event``; OK once a new event has a name."""

    def __init__(self, event: Event | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.contest_event = event
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.event_id = QLineEdit()
        self.event_id.setObjectName("eventId")
        self.kind = QComboBox()
        self.kind.setObjectName("eventKind")
        for kind in EntryKind:
            self.kind.addItem(entry_kind_name(kind), kind.value)
        self.groups = QLineEdit(("、".join(event.groups)) if event is not None else "")
        self.groups.setObjectName("eventGroups")
        self.labels = [QLabel() for _ in range(4)]
        fields = (self.groups,) if event is not None else (self.name, self.event_id, self.kind, self.groups)
        for label, field in zip(self.labels[-len(fields):], fields):
            form.addRow(label, field)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555;")
        layout.addWidget(self.hint)
        self.buttons, self.ok = ok_cancel(self, self.tr("添加赛项") if event is None else self.tr("保存组别"),
                                          "eventDialogOk")
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        adding = self.contest_event is None
        self.setWindowTitle(self.tr("添加赛项") if adding else self.tr("组别 — %1").replace("%1", self.contest_event.name))
        for label, text in zip(self.labels, (self.tr("赛项名称："), self.tr("赛项编号："), self.tr("参赛对象："),
                                             self.tr("组别："))):
            label.setText(text)
        self.event_id.setPlaceholderText(self.tr("可不填：与名称相同"))
        self.groups.setPlaceholderText(self.tr("如：职工组、学生组（空着为不分组）"))
        self.hint.setText(self.tr("新赛项先有一个模块“实际操作”和一个评分项，添加后在评分标准页修改。") if adding else
                          self.tr("各组别分别排名、评奖。已有选手的组别不能删除或改名。"))

    def _update(self) -> None:
        self.ok.setEnabled(self.contest_event is not None or bool(self.name.text().strip()))

    def chosen_groups(self) -> list[str]:
        """The groups typed, separated by 、 , ; (as in the scheme template's 组别 cell)."""
        return split_list(self.groups.text())

    def chosen_kind(self) -> EntryKind:
        return EntryKind(self.kind.currentData())
