"""荣誉证书位置: move each field of the certificate (x and y in mm from the page's top-left, font
size in pt) with a live preview of page 1 (the first winner, or sample text while names may not
be shown), save the positions in the contest (audited), and export or print every certificate
on blank paper or pre-printed paper (套打).

Keys: Tab / Shift+Tab between the numbers, ↑/↓ one step (1 mm, 1 pt), PageUp/PageDown ten,
Enter or Ctrl+S save the positions, Esc close.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from judge_app.gui.background import report
from judge_app.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPixmap,
    QPushButton,
    QShortcut,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from judge_app.reports.certificate import FIELDS, PAGE_H_MM, PAGE_W_MM, CertificateTemplate, Spot

if TYPE_CHECKING:
    from judge_app.app.reports import CertificateJob, ExportResult

#: the numbers of each field: (key, lowest, highest)
NUMBERS: tuple[tuple[str, float, float], ...] = (("x", 0.0, PAGE_W_MM), ("y", 0.0, PAGE_H_MM), ("size", 4.0, 96.0))
PREVIEW_WIDTH = 480  # pixels of the preview page at 1× (the dialog fits 1366×768 at 150%)
RENDER_AFTER_MS = 120  # the preview follows typing once it pauses


class CertificateDialog(QDialog):
    """The positions of one event's certificates, previewed, saved, exported and printed."""

    def __init__(self, controller, job: CertificateJob, work_dir: Path, *, may_save: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.controller = controller
        self.job = job
        self.work_dir = work_dir
        self.written: ExportResult | None = None
        self.print_preview = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        grid = QGridLayout()
        self.headers = [QLabel() for _ in range(4)]
        for col, label in enumerate(self.headers):
            grid.addWidget(label, 0, col)
        self.field_labels: dict[str, QLabel] = {}
        self.spins: dict[tuple[str, str], QDoubleSpinBox] = {}
        for row, name in enumerate(FIELDS, start=1):
            self.field_labels[name] = QLabel()
            grid.addWidget(self.field_labels[name], row, 0)
            spot = job.template.spots[name]
            for col, (key, low, high) in enumerate(NUMBERS, start=1):
                spin = QDoubleSpinBox()
                spin.setObjectName(f"cert_{name}_{key}")
                spin.setDecimals(1)
                spin.setRange(low, high)
                spin.setSingleStep(1.0)
                spin.setValue(getattr(spot, key))
                spin.valueChanged.connect(self._changed)
                self.spins[name, key] = spin
                grid.addWidget(spin, row, col)
        left.addLayout(grid)
        self.preprinted = QCheckBox()
        self.preprinted.setObjectName("certPreprinted")
        self.preprinted.toggled.connect(self._changed)
        left.addWidget(self.preprinted)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        left.addWidget(self.hint)
        self.state = QLabel()
        self.state.setObjectName("certState")
        self.state.setWordWrap(True)
        left.addWidget(self.state)
        left.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("certSave")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton()
        self.export_button.setObjectName("certExport")
        self.export_button.clicked.connect(lambda: self.export())
        self.print_button = QPushButton()
        self.print_button.setObjectName("certPrint")
        self.print_button.clicked.connect(self.print_all)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.save_button, self.export_button, self.print_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.save_button.setDefault(True)  # Enter after typing a number saves, never closes
        left.addWidget(self.buttons)
        layout.addLayout(left)
        self.preview = QLabel()
        self.preview.setObjectName("certPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * PAGE_H_MM / PAGE_W_MM))
        layout.addWidget(self.preview, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_AFTER_MS)
        self._render_timer.timeout.connect(self.render_preview)
        for button in (self.export_button, self.print_button):
            button.setEnabled(job.printable)
        self.save_button.setEnabled(may_save)  # the template is contest information: the organiser's
        self.retranslate()
        self.render_preview()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("荣誉证书 — %1").replace("%1", self.job.item.event.name))
        for label, text in zip(self.headers, (self.tr("项目"), self.tr("横向 x（毫米）"), self.tr("纵向 y（毫米）"),
                                               self.tr("字号"))):
            label.setText(text)
        names = {"name": self.tr("姓名/名称"), "unit": self.tr("单位"), "event": self.tr("赛项"),
                 "award": self.tr("奖项"), "date": self.tr("日期"), "issuer": self.tr("颁发单位")}
        for name, label in self.field_labels.items():
            label.setText(names[name])
        self.preprinted.setText(self.tr("套打（只印文字，用于预印好的证书纸）"))
        self.hint.setText(self.tr("位置是文字距纸张左上角的毫米数。↑/↓ 每次 1 毫米，PageUp/PageDown 每次 10 毫米。"
                                  "先用普通纸印一张，对着证书纸透光比对，再调整。"))
        if not self.job.printable:
            self.state.setText(self.tr("赛项尚未解密：预览用示例文字；解密后才能导出和打印证书。"))
        self.save_button.setText(self.tr("保存位置"))
        self.export_button.setText(self.tr("导出证书 PDF…"))
        self.print_button.setText(self.tr("打印证书…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))

    # -- the template --------------------------------------------------------------------------

    def template(self) -> CertificateTemplate:
        """The positions as the numbers now say (each field keeps its stored alignment)."""
        return CertificateTemplate({
            name: Spot(*(self.spins[name, key].value() for key, _, _ in NUMBERS),
                       align=self.job.template.spots[name].align)
            for name in FIELDS})

    def _changed(self) -> None:
        self.state.clear()
        self._render_timer.start()

    def render_preview(self) -> None:
        """Page 1 with the current numbers, fitted to the preview's width."""
        import pypdfium2 as pdfium

        from judge_app.app import reports as ops_reports
        from judge_app.gui.print_preview import render_page

        self._render_timer.stop()
        if not self.work_dir.is_dir():  # the print page closed (its temporary folder gone) before the timer fired
            return
        path = ops_reports.certificate_preview(self.job, self.work_dir / "certificate-preview.pdf",
                                               template=self.template(), preprinted=self.preprinted.isChecked())
        ratio = self.devicePixelRatioF()
        width = max(self.preview.width(), PREVIEW_WIDTH)
        document = pdfium.PdfDocument(str(path))
        try:
            image = render_page(document, 0, width * ratio / (PAGE_W_MM / 25.4))
        finally:
            document.close()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)

    # -- actions -------------------------------------------------------------------------------

    def save(self) -> None:
        """Keep the positions in the contest (organiser; audited)."""
        from judge_app.app import reports as ops_reports

        if not self.save_button.isEnabled():
            return
        template = self.template()
        self.controller.act(ops_reports.save_certificate_template, template,
                            on_done=lambda _r: self._saved(template))

    def _saved(self, template: CertificateTemplate) -> None:
        self.job = dataclasses.replace(self.job, template=template)
        self.state.setText(self.tr("位置已保存到比赛文件"))

    def export(self, out_dir: Path | None = None) -> None:
        """Every certificate of the event as one PDF in a folder the user picks."""
        if out_dir is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("导出证书到文件夹"), str(Path.home()))
            if not chosen:
                return
            out_dir = Path(chosen)
        self._write(out_dir, self._exported)

    def _exported(self, result: ExportResult) -> None:
        self.state.setText(self.tr("已导出 %1").replace("%1", str(result.files[0])))
        self._warn(result)

    def print_all(self) -> None:
        """Every certificate in the print preview (打印 there)."""
        self._write(self.work_dir, self._show_print)

    def _show_print(self, result: ExportResult) -> None:
        from judge_app.gui.print_preview import show_print_preview

        self._warn(result)
        self.print_preview = show_print_preview(self, result.files[0])

    def _write(self, out_dir: Path, then) -> None:
        from judge_app.app import reports as ops_reports

        def done(result: ExportResult) -> None:
            self.written = result
            then(result)

        self.controller.bg.work(partial(ops_reports.write_certificates, template=self.template(),
                                        preprinted=self.preprinted.isChecked()), self.job, out_dir,
                                on_done=done, on_error=lambda exc: report(self, exc),
                                label=self.tr("正在生成…"), parent=self)

    def _warn(self, result: ExportResult) -> None:
        if result.warnings:
            QMessageBox(QMessageBox.Icon.Warning, self.tr("缺字提示"),
                        "\n".join(w.message for w in result.warnings), parent=self).open()
