"""打印/导出: pick an event (or all) and a report, build it in the background, preview and print
it; or export the results as xlsx / CSV / JSON into a folder. The data is read on the store
thread (:func:`judge_app.app.reports.print_data`), the files are written on the work pool,
each file done moving the page's progress bar. The same commands sit in the File menu
(打印成绩汇总表… Ctrl+P, 导出 Excel/CSV/JSON…). Preview PDFs go to a private temporary folder
removed when the window closes (:meth:`PrintPage.closing`)."""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from judge_app.core.policy import Action, roles_for
from judge_app.gui.background import report
from judge_app.gui.passphrase_dialog import ask_passphrase
from judge_app.gui.labels import in_ui_language
from judge_app.gui.pages.base import Page, fill_events
from judge_app.gui.qt import (
    QAction,
    QComboBox,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QKeySequence,
    QMessageBox,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
)

if TYPE_CHECKING:  # these load heavy libraries (reportlab, pypdfium2): imported where used
    from judge_app.app import reports as ops_reports
    from judge_app.gui.certificate_dialog import CertificateDialog
    from judge_app.gui.print_preview import PrintPreviewDialog


class PrintPage(Page):
    roles = roles_for(Action.VIEW_PRINT)

    def page_title(self) -> str:
        return self.tr("打印/导出")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("printPage")
        self.out_dir = Path(tempfile.mkdtemp(prefix="judge-print-"))
        self.preview: PrintPreviewDialog | None = None
        self._job_id: int | None = None  # the file-writing job the progress bar follows
        self._file_actions: dict[str, QAction] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.event_label = QLabel()
        self.events = QComboBox()
        top.addWidget(self.event_label)
        top.addWidget(self.events)
        top.addStretch(1)
        layout.addLayout(top)
        self.kinds = QListWidget()
        self.kinds.itemDoubleClicked.connect(lambda _item: self.build_pdf())
        layout.addWidget(self.kinds, 1)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.build_pdf)
        buttons.addWidget(self.pdf_button)
        self.export_buttons = {}
        for fmt in ("xlsx", "csv", "json"):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, f=fmt: self.export_data(f))
            self.export_buttons[fmt] = button
            buttons.addWidget(button)
        self.certificate_button = QPushButton()
        self.certificate_button.setObjectName("certificatesButton")
        self.certificate_button.clicked.connect(self.open_certificates)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.certificate_dialog: CertificateDialog | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        controller.bg.jobProgress.connect(self._job_progress)
        self.files_label = QLabel()
        layout.addWidget(self.files_label)
        self.files = QListWidget()
        self.files.itemDoubleClicked.connect(self._file_activated)
        layout.addWidget(self.files, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.event_label.setText(self.tr("赛项："))
        self.pdf_button.setText(self.tr("生成并预览 PDF"))
        self.export_buttons["xlsx"].setText(self.tr("导出 Excel…"))
        self.export_buttons["csv"].setText(self.tr("导出 CSV…"))
        self.export_buttons["json"].setText(self.tr("导出 JSON…"))
        self.certificate_button.setText(self.tr("荣誉证书(&Z)…"))
        self.certificate_button.setToolTip(self.tr("调整证书上各项文字的位置，预览、保存，导出或打印所选赛项的荣誉证书"))
        self.files_label.setText(self.tr("已生成的文件（双击预览）："))
        self.progress.setFormat(self.tr("已完成 %v / %m 个文件"))
        for name, text in (("print", self.tr("打印成绩汇总表(&P)…")), ("xlsx", self.tr("导出 Excel…")),
                           ("csv", self.tr("导出 CSV…")), ("json", self.tr("导出 JSON…"))):
            if name in self._file_actions:
                self._file_actions[name].setText(text)
        if self.kinds.count():
            self._fill_kinds()
        self._fill_events()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        self._ensure_kinds()
        super().showEvent(event)

    def _ensure_kinds(self) -> None:
        """The report list is filled when first needed: its source, ops_reports, loads reportlab."""
        if not self.kinds.count():
            self._fill_kinds()

    def _fill_kinds(self) -> None:
        current = self.kinds.currentRow()
        self.kinds.clear()
        for kind, title in self._kind_titles().items():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(max(current, 0))

    def file_actions(self) -> list[QAction]:
        """打印成绩汇总表… (Ctrl+P) and the three exports, for the File menu."""
        if not self._file_actions:
            for name in ("print", "xlsx", "csv", "json"):
                action = QAction(self)
                action.setObjectName(f"actionExport_{name}")
                slot = self.print_results if name == "print" else (lambda f=name: self.export_data(f))
                action.triggered.connect(lambda _checked=False, slot=slot: slot())
                self._file_actions[name] = action
            self._file_actions["print"].setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
            self.retranslate()
        return list(self._file_actions.values())

    def _bring_forward(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page(self)

    def print_results(self) -> None:
        """File → 打印成绩汇总表…: the result sheet of the chosen event (or all), previewed."""
        from judge_app.app import reports as ops_reports

        self._bring_forward()
        self._ensure_kinds()
        self.kinds.setCurrentRow(list(ops_reports.KIND_TITLES).index("results"))
        self.build_pdf()

    def open_certificates(self) -> None:
        """荣誉证书…: the certificates of the chosen event (the first one when 全部赛项 is chosen)."""
        from judge_app.app import reports as ops_reports

        event = self.events.currentData()
        if event is None:
            if self.events.count() < 2:
                return
            event = self.events.itemData(1)
        self.controller.query(ops_reports.certificate_job, event, on_done=self._show_certificates,
                              on_error=lambda exc: report(self, exc), quiet=False)

    def open_season_certificates(self, season: str) -> None:
        """年度成绩 → 荣誉证书…: the certificates of a season's awards and titles."""
        from judge_app.app import reports as ops_reports

        self.controller.query(ops_reports.season_certificate_job, season, on_done=self._show_certificates,
                              on_error=lambda exc: report(self, exc), quiet=False)

    def _show_certificates(self, job: ops_reports.CertificateJob) -> None:
        from judge_app.gui.certificate_dialog import CertificateDialog

        if self.certificate_dialog is not None:
            self.certificate_dialog.close()
        self.certificate_dialog = CertificateDialog(self.controller, job, self.out_dir,
                                                    may_save=self.may(Action.CONTEST_INFO), parent=self)
        self.certificate_dialog.open()

    def print_season(self) -> None:
        """年度成绩 → 打印年度成绩表…: every season's sheet, previewed."""
        from judge_app.app import reports as ops_reports

        self._bring_forward()
        self._fill_kinds()
        self.kinds.setCurrentRow(list(self._kind_titles()).index(ops_reports.SEASON_KIND))
        self.build_pdf()

    def closing(self) -> None:
        """The window closes: close the preview and remove the temporary PDFs."""
        if self.certificate_dialog is not None:
            self.certificate_dialog.close()
            self.certificate_dialog = None
        if self.preview is not None:
            self.preview.close()
            self.preview = None
        shutil.rmtree(self.out_dir, ignore_errors=True)

    def _kind_titles(self) -> dict[str, str]:
        """The report names of :data:`ops_reports.KIND_TITLES` in the UI language."""
        from judge_app.app import reports as ops_reports

        titles = {
            "results": self.tr("成绩汇总表"), "awards": self.tr("获奖名单"), "marksheet": self.tr("评分表"),
            "draw": self.tr("抽签记录表"), "transcript": self.tr("成绩单"), "medals": self.tr("单位奖牌榜"),
            "histogram": self.tr("成绩分布图"), "commendation": self.tr("表彰名单"),
            "season": self.tr("年度成绩表"),
            "certificates": self.tr("荣誉证书"),
        }
        seasons = self.snapshot is not None and self.snapshot.contest is not None and bool(self.snapshot.contest.seasons)
        return {kind: titles[kind] for kind in ops_reports.KIND_TITLES if seasons or kind != ops_reports.SEASON_KIND}

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        self._fill_events()
        if self.kinds.count():
            self._fill_kinds()  # the 年度成绩表 is listed while the scheme has a season

    def _fill_events(self) -> None:
        fill_events(self.events, self.snapshot)
        if self.events.findData(None) < 0:
            self.events.insertItem(0, self.tr("全部赛项"), None)
            self.events.setCurrentIndex(0)

    def _kind(self) -> str:
        self._ensure_kinds()
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "results"

    def _run(self, fmt: str, out_dir: Path, on_written) -> None:
        """Read the data on the store thread, then write ``fmt`` on the work pool."""
        from judge_app.app import reports as ops_reports

        event, kind = self.events.currentData(), self._kind()
        season = kind == ops_reports.SEASON_KIND
        if fmt != "pdf" and kind not in ops_reports.DATA_KINDS and not season:
            kind = "results"

        def written(result: ops_reports.ExportResult) -> None:
            self._job_id = None
            self.progress.setVisible(False)
            on_written(result)

        def failed(exc: BaseException) -> None:
            self._job_id = None
            self.progress.setVisible(False)
            report(self, exc)

        def write(data):
            self.progress.setRange(0, 0)
            self.progress.setVisible(True)
            job = self.controller.bg.work(partial(ops_reports.export, kind=kind, data=data), None, fmt,
                                          out_dir, on_done=written, on_error=failed,
                                          label=self.tr("正在生成…"), parent=self, progress=True)
            self._job_id = job.id

        def read(passphrase: str | None = None) -> None:
            self.controller.query(partial(ops_reports.print_data, passphrase=passphrase), event, on_done=write,
                                  on_error=failed, quiet=False)

        def key_asked(needed: bool) -> None:
            if not needed:
                return read()
            self.passphrase_box = ask_passphrase(
                self, self.tr("加密裁判口令"),
                self.tr("第二次抽签已加密：打印完整的抽签记录表（含工位号）须输入加密裁判的口令或恢复码。"),
                read, ok_text=self.tr("生成"))

        if season:  # every season's 年度成绩表 (the event chosen above does not apply)
            from judge_app.app.seasons import season_data

            self.controller.query(season_data, None, on_done=write, on_error=failed, quiet=False)
        elif kind == "draw":  # the key holder's sealed second draw: the passphrase, as ``export --kind draw`` asks
            self.controller.query(ops_reports.draw_key_needed, event, on_done=key_asked, on_error=failed)
        else:
            read()

    def _job_progress(self, job, done: int, total: int) -> None:
        if job.id == self._job_id:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def build_pdf(self) -> None:
        self._run("pdf", self.out_dir, self._pdf_written)

    def _pdf_written(self, result: ops_reports.ExportResult) -> None:
        self.files.clear()
        for path in result.files:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.files.addItem(item)
        self._warn(result)
        if result.files:
            self.open_preview(result.files[0])

    def _file_activated(self, item: QListWidgetItem) -> None:
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        if path.suffix.lower() == ".pdf":
            self.open_preview(path)

    def open_preview(self, path: Path) -> PrintPreviewDialog:
        from judge_app.gui.print_preview import show_print_preview

        self.preview = dialog = show_print_preview(self, path)
        dialog.finished.connect(lambda _result: self._preview_closed(dialog))  # deleted on close
        return dialog

    def _preview_closed(self, dialog: PrintPreviewDialog) -> None:
        """Forget a closed preview (it deletes itself: closing it again at exit crashed the app)."""
        if self.preview is dialog:
            self.preview = None

    def export_data(self, fmt: str, out_dir: Path | None = None) -> None:
        self._bring_forward()
        if out_dir is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("导出到文件夹"), str(Path.home()))
            if not chosen:
                return
            out_dir = Path(chosen)
        self._run(fmt, out_dir, self._data_written)

    def _data_written(self, result: ops_reports.ExportResult) -> None:
        self.files.clear()
        for path in result.files:
            item = QListWidgetItem(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.files.addItem(item)
        self.status(self.tr("已导出 {0} 个文件").format(len(result.files)))

    def _warn(self, result: ops_reports.ExportResult) -> None:
        """Characters no font has: say so, naming the contestant and the character."""
        if result.warnings:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("缺字提示"),
                              in_ui_language("\n".join(w.message for w in result.warnings)), parent=self)
            box.open()
