"""审计日志: the audit log as the reader may see it (names masked before unseal for whoever may not
see them), newest first, filtered by event, person and action; 校验 checks the chain, the data it
logs and the seals (:mod:`judge_app.app.audit`). File → 备份… (Ctrl+B) is this page's too."""

from __future__ import annotations

from judge_app.app import audit as ops_audit
from judge_app.core.policy import Action, roles_for
from judge_app.gui.audit_verify_dialog import AuditVerifyDialog
from judge_app.gui.backup_dialog import ask_backup
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.pages.tables import cell, fill_table, new_table
from judge_app.gui.qt import QAction, QComboBox, QHBoxLayout, QKeySequence, QLabel, QLineEdit, QPushButton, QVBoxLayout
from judge_app.local_time import local_time

LIMIT = 2000  # rows shown at most: the filters narrow a long log down


class AuditPage(Page):
    roles = roles_for(Action.AUDIT_VIEW)

    def page_title(self) -> str:
        return self.tr("审计日志")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("auditPage")
        self.listing: ops_audit.AuditPage | None = None
        self.backup_action: QAction | None = None
        self.verify_dialog: AuditVerifyDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.event_label, self.person_label, self.action_label = QLabel(), QLabel(), QLabel()
        self.events = QComboBox()
        self.events.setObjectName("auditEvent")
        self.person = QLineEdit()
        self.person.setObjectName("auditPerson")
        self.person.setMaximumWidth(140)
        self.actions = QComboBox()
        self.actions.setObjectName("auditAction")
        self.actions.setMinimumWidth(120)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)
        for label, widget in ((self.event_label, self.events), (self.person_label, self.person),
                              (self.action_label, self.actions)):
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
            top.addSpacing(12)
        top.addStretch(1)
        top.addWidget(self.verify_button)
        layout.addLayout(top)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        layout.addWidget(self.count)
        self.table = new_table("auditTable", 7)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.events.currentIndexChanged.connect(lambda _i: self.refresh())
        self.actions.currentIndexChanged.connect(lambda _i: self.refresh())
        self.person.returnPressed.connect(self.refresh)
        self.person.editingFinished.connect(self.refresh)
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def kind_labels(self) -> dict[str, str]:
        """The kinds of audit action (the part before the dot) in words; others show as logged."""
        return {
            "score": self.tr("分数"), "entries": self.tr("名单导入"), "entry": self.tr("选手状态与用时"),
            "draw": self.tr("抽签"), "section": self.tr("模块提交与锁定"), "event": self.tr("解密、公示与定稿"),
            "judge": self.tr("人员"), "judges": self.tr("人员导入"), "kit": self.tr("评委包"),
            "package": self.tr("成绩包"), "conflict": self.tr("成绩包冲突"), "login": self.tr("登录"),
            "contest": self.tr("比赛文件与备份"), "scheme": self.tr("评分标准"), "meta": self.tr("比赛信息"),
            "penalty": self.tr("扣罚分"), "votes": self.tr("票数"), "playoff": self.tr("加赛"),
            "recheck": self.tr("复核"), "warning": self.tr("并列警告"), "appeal": self.tr("申诉"),
            "remark": self.tr("评分备注"), "remark_request": self.tr("重评请求"), "round": self.tr("晋级"),
            "audit": self.tr("审计封印"), "seal": self.tr("封印口令"), "schema": self.tr("文件升级"),
        }

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项(&E)："))
        self.person_label.setText(self.tr("操作人(&P)："))
        self.action_label.setText(self.tr("操作(&A)："))
        self.person.setPlaceholderText(self.tr("姓名或编号"))
        self.verify_button.setText(self.tr("校验(&V)…"))
        self.verify_button.setToolTip(self.tr("核对审计链、它记录的数据和封印：文件是否被改动"))
        self.table.setHorizontalHeaderLabels([self.tr("序号"), self.tr("时间"), self.tr("操作人"), self.tr("操作"),
                                              self.tr("对象"), self.tr("原值 → 新值"), self.tr("说明")])
        if self.backup_action is not None:
            self.backup_action.setText(self.tr("备份(&B)…"))
            self.backup_action.setStatusTip(self.tr("把比赛文件复制一份到备份文件夹或 U 盘（比赛进行中也可以）"))
        self._fill_filters()

    def file_actions(self) -> list[QAction]:
        """文件→备份… (Ctrl+B)."""
        if self.backup_action is None:
            self.backup_action = QAction(self)
            self.backup_action.setObjectName("actionBackup")
            self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
            self.backup_action.triggered.connect(lambda _checked=False: self.backup())
            self.retranslate()
        return [self.backup_action]

    def file_action_visible(self, action: QAction, has_file: bool) -> bool:
        return has_file and self.may(Action.BACKUP)

    def backup(self):
        """File → 备份…: the backup dialog (the desk: chief judge, secretary, scorer, organiser)."""
        if self.controller.path is None or not self.may(Action.BACKUP):
            return None
        self.backup_dialog = ask_backup(self.controller, self.window())
        return self.backup_dialog

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        self._fill_filters()
        if self.isVisible():
            self.refresh()

    def activated(self) -> None:
        self.refresh()

    def _on_changed(self, _changes) -> None:
        """Every change appends to the log: the page shown follows it."""
        if self.isVisible():
            self.refresh()

    def _fill_filters(self) -> None:
        fill_events(self.events, self.snapshot)
        if self.events.findData("") < 0:
            self.events.blockSignals(True)
            self.events.insertItem(0, self.tr("全部"), "")
            self.events.setCurrentIndex(0)
            self.events.blockSignals(False)
        self._fill_actions()

    def _fill_actions(self) -> None:
        current = self.actions.currentData() or ""
        self.actions.blockSignals(True)
        self.actions.clear()
        self.actions.addItem(self.tr("全部"), "")
        labels = self.kind_labels()
        for action in self.listing.actions if self.listing else []:
            self.actions.addItem(labels.get(action, action), action)
        self.actions.setCurrentIndex(max(self.actions.findData(current), 0))
        self.actions.blockSignals(False)

    def current_filter(self) -> ops_audit.AuditFilter:
        return ops_audit.AuditFilter(self.events.currentData() or "", self.person.text().strip(),
                                     self.actions.currentData() or "")

    def refresh(self) -> None:
        if (self.session is None or not self.usable_by(self.session) or self.snapshot is None
                or self.controller.bg.closed):
            return
        self.controller.query(ops_audit.audit_page, self.current_filter(), LIMIT, on_done=self._loaded)

    def _loaded(self, listing: ops_audit.AuditPage) -> None:
        self.listing = listing
        self._fill_actions()
        rows = []
        labels = self.kind_labels()
        for e in listing.entries:
            change = f"{e.old or ''} → {e.new or ''}" if (e.old or e.new) else ""
            kind = labels.get(e.action.split(".")[0])
            action = cell(f"{kind}（{e.action}）" if kind else e.action)
            rows.append([cell(str(e.seq)), cell(local_time(e.ts, seconds=True)), cell(e.actor), action,
                         cell(e.target), cell(change[:80], tip=change if len(change) > 80 else ""), cell(e.reason)])
        fill_table(self.table, rows)
        shown = self.tr("共 %1 条").replace("%1", str(listing.total))
        if listing.total > len(listing.entries):
            shown += self.tr("，只显示最近 %1 条：请用上面的筛选缩小范围").replace("%1", str(len(listing.entries)))
        self.count.setText(shown)

    def verify(self) -> AuditVerifyDialog:
        """校验…: the check of the whole file, with the seal passphrase for the chief judge or supervisor."""
        asks = bool(self.listing and self.listing.asks_seal_passphrase)
        self.verify_dialog = AuditVerifyDialog(self.controller, self, ask_passphrase=asks)
        self.verify_dialog.finished.connect(self.verify_dialog.deleteLater)
        self.verify_dialog.open()
        return self.verify_dialog
