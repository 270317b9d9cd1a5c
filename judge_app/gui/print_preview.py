"""Print preview of a report PDF: pages rendered with pypdfium2 (PySide6-Essentials has no
QtPdf), shown one at a time with zoom; printing through the system print dialog paints each page
rendered at the printer's resolution; "save as PDF" copies the file byte for byte.

Use :func:`show_print_preview`. Keys: PageDown/→ next page, PageUp/← previous, Home/End,
Ctrl++ / Ctrl+- zoom.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium

from judge_app.gui.qt import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QImage,
    QKeyEvent,
    QLabel,
    QPainter,
    QPixmap,
    QPrintDialog,
    QPrinter,
    QPushButton,
    QRect,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)

ZOOMS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
SCREEN_DPI = 96.0
PDF_DPI = 72.0


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """Page ``index`` as an RGB image at ``dpi`` (white background)."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / PDF_DPI, rev_byteorder=True)  # RGB byte order
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels: the bitmap's buffer goes away
    finally:
        page.close()


class PrintPreviewDialog(QDialog):
    """Shows a PDF page by page; 打印 / 另存为 PDF / 关闭."""

    def __init__(self, pdf_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(pdf_path)
        self.document = pdfium.PdfDocument(str(self.path))
        self.page = 0
        self.zoom_index = ZOOMS.index(1.0)
        self.setWindowTitle(self.tr("打印预览 - {0}").format(self.path.name))
        self.resize(900, 1000)

        self.view = QLabel()
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.prev_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.page_label = QLabel()
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        self.zoom_label = QLabel()
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.prev_button.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.page + 1))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom_index - 1))
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom_index + 1))
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.close_button.clicked.connect(self.reject)
        for button in (self.prev_button, self.next_button, self.zoom_out_button,
                       self.zoom_in_button, self.print_button, self.save_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the dialog

        bar = QHBoxLayout()
        for widget in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.show_page()

    # -- viewing ----------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self.document)

    @property
    def zoom(self) -> float:
        return ZOOMS[self.zoom_index]

    def go_to(self, index: int) -> None:
        self.page = max(0, min(self.page_count - 1, index))
        self.show_page()

    def set_zoom(self, index: int) -> None:
        self.zoom_index = max(0, min(len(ZOOMS) - 1, index))
        self.show_page()

    def show_page(self) -> None:
        image = render_page(self.document, self.page, SCREEN_DPI * self.zoom)
        self.view.setPixmap(QPixmap.fromImage(image))
        self.page_label.setText(self.tr("第 {0} / {1} 页").format(self.page + 1, self.page_count))
        self.zoom_label.setText(f"{round(self.zoom * 100)}%")
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.page_count - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
            self.go_to(self.page + 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            self.go_to(self.page - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.page_count - 1)
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom_index + 1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom_index - 1)
        else:
            super().keyPressEvent(event)

    # -- printing and saving ------------------------------------------------------------------------

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page (or the dialog's page range) on ``printer``, each rendered at the
        printer's resolution and fitted to its page; returns the number of pages printed."""
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 else range(self.page_count)
        pages = [i for i in pages if 0 <= i < self.page_count]
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("无法开始打印"))
        try:
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                image = render_page(self.document, index, printer.resolution())
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x() + (area.width() - size.width()) // 2,
                               area.y() + (area.height() - size.height()) // 2,
                               size.width(), size.height())
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(pages)

    def save_as(self, target: str | Path | None = None) -> Path | None:
        """Copy the PDF to ``target`` (asked for when None); returns where it went."""
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("另存为 PDF"), str(Path.home() / self.path.name), "PDF (*.pdf)")
            if not chosen:
                return None
            target = chosen
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if target.resolve() != self.path.resolve():
            shutil.copyfile(self.path, target)
        return target

    def done(self, result: int) -> None:  # noqa: D401 (Qt API) - closes the PDF with the dialog
        self.document.close()
        super().done(result)


def show_print_preview(parent: QWidget | None, pdf_path: str | Path) -> PrintPreviewDialog:
    """Open the (non-blocking, window-modal) preview of ``pdf_path`` and return it."""
    dialog = PrintPreviewDialog(pdf_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
