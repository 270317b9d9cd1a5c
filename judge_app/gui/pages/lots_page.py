"""抽签: the two-stage lot draw (二次加密) of an event: 检录号 first, then 工位号, each with its seed
shown and recorded (the store refuses a draw once scores exist, and to anyone but a key holder);
or either stage drawn by hand on stage and typed in (登记现场抽签, no seed)."""

from __future__ import annotations

from functools import partial

from judge_app.app import people as ops_people
from judge_app.core.entry_kinds import title_header
from judge_app.core.lotdraw import BIB, STATION, DrawRecord, station_prefix
from judge_app.core.policy import Action, roles_for
from judge_app.gui.dialogs import confirm, show_info
from judge_app.gui.labels import who_header
from judge_app.gui.pages.hand_lots_dialog import HandLotsDialog
from judge_app.gui.passphrase_dialog import ask_passphrase
from judge_app.local_time import local_time
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class LotsPage(Page):
    roles = roles_for(Action.DRAW_LOTS)

    def page_title(self) -> str:
        return self.tr("抽签")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("lotsPage")
        self.records: list[DrawRecord] = []
        self._prefix_of: str | None = None  # the event whose default prefix the field shows
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        self.events.setObjectName("lotsEvent")
        self.events.currentIndexChanged.connect(lambda _i: self.refresh())
        self.stage1 = QPushButton()
        self.stage1.setObjectName("drawStage1")
        self.stage1.clicked.connect(lambda: self.draw(BIB))
        self.prefix_label = QLabel()
        self.prefix = QLineEdit()
        self.prefix.setObjectName("drawPrefix")
        self.prefix.setMaximumWidth(60)
        self.stage2 = QPushButton()
        self.stage2.setObjectName("drawStage2")
        self.stage2.clicked.connect(lambda: self.draw(STATION))
        self.hand = QPushButton()
        self.hand.setObjectName("drawByHand")
        self.hand_menu = QMenu(self.hand)
        self.hand_bib = self.hand_menu.addAction("")
        self.hand_bib.setObjectName("handStage1")
        self.hand_bib.triggered.connect(lambda _checked=False: self.hand_draw(BIB))
        self.hand_station = self.hand_menu.addAction("")
        self.hand_station.setObjectName("handStage2")
        self.hand_station.triggered.connect(lambda _checked=False: self.hand_draw(STATION))
        self.hand.setMenu(self.hand_menu)
        for widget in (self.event_label, self.events):
            top.addWidget(widget)
        top.addSpacing(24)
        top.addWidget(self.stage1)
        top.addSpacing(24)
        for widget in (self.prefix_label, self.prefix, self.stage2):
            top.addWidget(widget)
        top.addSpacing(24)
        top.addWidget(self.hand)
        top.addStretch(1)
        layout.addLayout(top)
        self.seed_label = QLabel()
        self.seed_label.setObjectName("drawSeed")
        self.seed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seed_label.setWordWrap(True)
        layout.addWidget(self.seed_label)
        splitter = QSplitter()
        self.history = QListWidget()
        self.history.setObjectName("drawHistory")
        self.history.currentRowChanged.connect(self._show_record)
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("drawLines")
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setAlternatingRowColors(True)
        self.lines.horizontalHeader().setStretchLastSection(True)
        splitter.addWidget(self.history)
        splitter.addWidget(self.lines)
        splitter.setSizes([300, 900])
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        self.stage1.setText(self.tr("第一次抽签（检录号）"))
        self.prefix_label.setText(self.tr("工位号前缀："))
        self.stage2.setText(self.tr("第二次抽签（工位号）"))
        self.hand.setText(self.tr("登记现场抽签(&H)"))
        self.hand.setToolTip(self.tr("在台上手工抽签后，把每人抽到的号填进表格"))
        self.hand_bib.setText(self.tr("检录号（第一次）…"))
        self.hand_station.setText(self.tr("工位号（第二次）…"))
        self.lines.setHorizontalHeaderLabels([self.tr("检录号"), self.tr("工位号"), self.tr("姓名"), self.tr("单位")])
        self._fill()

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        fill_events(self.events, snapshot)
        self.refresh()

    def refresh(self) -> None:
        event_id = self.events.currentData()
        snapshot = self.controller.snapshot
        if event_id != self._prefix_of and snapshot is not None and snapshot.contest is not None:
            self._prefix_of = event_id  # a prefix the user typed stays until another event is chosen
            self.prefix.setText(station_prefix([ev.id for ev in snapshot.contest.events], event_id))
        session = self.controller.session
        if event_id is None or self.controller.snapshot is None or session is None or session.role not in self.roles:
            self.records = []
            self._fill()
            return
        self.controller.query(ops_people.draw_records, event_id, on_done=self._loaded)

    def _loaded(self, records: list[DrawRecord]) -> None:
        self.records = records
        self._fill()

    def _fill(self) -> None:
        self.history.clear()
        for record in self.records:
            self.history.addItem(f"{local_time(record.drawn_at)}  {self.tr(record.label)}")
        has_bib = any(r.stage == BIB for r in self.records)
        self.stage2.setEnabled(has_bib)
        self.hand_station.setEnabled(has_bib)
        self.prefix.setEnabled(has_bib)
        if self.records:
            self.history.setCurrentRow(len(self.records) - 1)
        else:
            self.seed_label.setText(self.tr("尚未抽签。第一次抽签给每名选手一个检录号；第二次抽签给每个检录号一个工位号。"
                                            "每次抽签的种子都会记录，凭种子可以复现抽签结果。"))
            self.lines.setRowCount(0)

    def _show_record(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            return
        record = self.records[row]
        self.seed_label.setText(
            self.tr("%1 · 种子 %2 · %3 · 抽签人 %4 · %5 条").replace("%1", self.tr(record.label))
            .replace("%2", self.tr("无（现场抽签）") if record.by_hand
                     else self.tr("（已加密）") if record.seed is None else str(record.seed))
            .replace("%3", local_time(record.drawn_at))
            .replace("%4", record.actor).replace("%5", str(len(record.lines))))
        self.lines.setColumnHidden(1, record.stage == BIB)  # stage 1 draws 检录号 for names,
        for col in (2, 3):  # stage 2 工位号 for 检录号 only: the two keys are kept apart
            self.lines.setColumnHidden(col, record.stage == STATION)
        snap = self.controller.snapshot
        if snap is not None and snap.contest is not None:  # what the entry is called: 姓名, 团队名称 ...
            header = who_header(title_header(snap.contest.event(record.event).entry_kind))
            self.lines.setHorizontalHeaderItem(2, QTableWidgetItem(header))
        self.lines.setRowCount(len(record.lines))
        for r, line in enumerate(record.lines):
            for c, text in enumerate((line.bib, line.station, line.name, line.unit)):
                self.lines.setItem(r, c, QTableWidgetItem(text))
        self.lines.resizeColumnsToContents()

    def draw(self, stage: int) -> None:
        event_id = self.events.currentData()
        if event_id is None:
            return
        prefix = self.prefix.text() if stage == STATION else None

        def run(passphrase: str | None = None) -> None:
            self.controller.act(partial(ops_people.draw_lots, prefix=prefix, passphrase=passphrase), event_id, stage,
                                event_id=event_id, label=self.tr("正在抽签…"), on_done=self._drawn)

        def go() -> None:
            if self._sealed():
                self._ask_key(run)
            elif stage == STATION:
                self._ask_new_key(run, self.tr("抽签"))
            else:
                run()

        self._confirm_redraw(stage, go)

    def hand_draw(self, stage: int) -> None:
        """现场抽签: the numbers drawn by hand on stage typed into a table, then recorded (a sealed
        second key asks for the secretary's passphrase first, a new one once the table is filled)."""
        event_id = self.events.currentData()
        if event_id is None:
            return
        prefix = self.prefix.text() if stage == STATION else None

        def record(numbers: list[str], passphrase: str | None) -> None:
            self.controller.act(partial(ops_people.draw_lots, prefix=prefix, passphrase=passphrase, numbers=numbers),
                                event_id, stage, event_id=event_id, label=self.tr("正在登记抽签…"),
                                on_done=self._drawn)

        def typed(dialog: HandLotsDialog, passphrase: str | None) -> None:
            numbers = dialog.numbers()
            if stage == STATION and passphrase is None:
                self._ask_new_key(lambda new: record(numbers, new), self.tr("登记"))
            else:
                record(numbers, passphrase)

        def table(passphrase: str | None) -> None:
            def show(lines) -> None:
                self.hand_dialog = HandLotsDialog(stage, lines, self, event_name=self.events.currentText())
                self.hand_dialog.accepted.connect(lambda d=self.hand_dialog: typed(d, passphrase))
                self.hand_dialog.finished.connect(self.hand_dialog.deleteLater)
                self.hand_dialog.open()

            self.controller.query(partial(ops_people.draw_order, passphrase=passphrase), event_id, stage, on_done=show)

        self._confirm_redraw(stage, lambda: self._ask_key(table) if self._sealed() else table(None))

    def _sealed(self) -> bool:
        """Whether the event's second key is sealed (a stage-2 draw is the latest)."""
        return bool(self.records) and self.records[-1].stage == STATION

    def _confirm_redraw(self, stage: int, go) -> None:
        """``go()`` at once for a first draw, after a confirmation for a redraw."""
        if any(r.stage == stage for r in self.records) or (stage == BIB and self.records):
            self.redraw_box = confirm(self, self.tr("重新抽签"),
                                      self.tr("该赛项已经抽过签。重新抽签会替换现有编号（记录保留，并记入审计日志）。确定重新抽签吗？"),
                                      go, ok_text=self.tr("重新抽签"))
        else:
            go()

    def _ask_key(self, then) -> None:
        self.passphrase_box = ask_passphrase(
            self, self.tr("加密裁判口令"), self.tr("第二次抽签已加密，重新抽签须输入加密裁判的口令或恢复码。"),
            then, ok_text=self.tr("重新抽签"))

    def _ask_new_key(self, then, ok_text: str) -> None:
        self.passphrase_box = ask_passphrase(
            self, self.tr("加密裁判口令"),
            self.tr("第二次抽签的对照表和种子将用您的口令加密保存，解密时须输入此口令或恢复码。"
                    "请设置口令（至少 10 个字符且含字母），自行保管。"), then, new=True, ok_text=ok_text)

    def _drawn(self, record: DrawRecord) -> None:
        self.status(self.tr("现场抽签已登记") if record.by_hand
                    else self.tr("抽签完成，种子 %1").replace("%1", str(record.seed)))
        if record.recovery_code:  # shown this once: the sealed envelope keeps it
            self.recovery_box = show_info(
                self, self.tr("恢复码：%1\n\n请立即打印本次抽签的对照表并抄下恢复码，一同密封保存。"
                              "忘记口令时，凭恢复码也可以解密。").replace("%1", record.recovery_code),
                self.tr("第二次抽签已加密"))
