"""Print preview of a report PDF: pages rendered with pypdfium2 (PySide6-Essentials has no
QtPdf) at the screen's device pixel ratio (sharp at 150 % scaling), shown one at a time, fitted
to the window width at first, with zoom; printing through the system print dialog paints each
page rendered at the printer's resolution but at most PRINT_DPI (a page at 1200 dpi would be
~400 MB in the spooler; 300 dpi, ~26 MB, is sharp for text); "save as PDF" copies the file byte
for byte.

Use :func:`show_print_preview`. Keys: PageDown/→ next page, PageUp/← previous, Home/End,
Ctrl++ / Ctrl+- zoom, Ctrl+0 fit the width again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium

from judge_app.gui.qt import (
    QDialog,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QImage,
    QKeyEvent,
    QLabel,
    QObject,
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
FIT_MARGIN = 24  # pixels left beside the page when it is fitted to the width
PRINT_DPI = 300  # the most a page is rendered at for a printer


def print_dpi(printer: QPrinter) -> int:
    """The resolution a page is rendered at for ``printer``: its own, at most PRINT_DPI."""
    return min(printer.resolution(), PRINT_DPI)


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
        self.fit_width = True
        self._zoom = 1.0
        self.setWindowTitle(self.tr("打印预览 - {0}").format(self.path.name))
        owner = parent.window() if parent is not None else None
        if owner is not None and owner.isVisible():
            self.resize(max(640, owner.width() * 9 // 10), max(480, owner.height() * 9 // 10))
        else:
            self.resize(900, 1000)

        self.view = QLabel()
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # always there, so fitting the width never makes it appear and shrink the width again
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.viewport().installEventFilter(self)

        self.prev_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.page_label = QLabel()
        self.zoom_out_button = QPushButton("−")
        self.zoom_in_button = QPushButton("+")
        self.fit_button = QPushButton(self.tr("适合宽度"))
        self.zoom_label = QLabel()
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.prev_button.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.page + 1))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.fit_button.clicked.connect(self.fit_to_width)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.close_button.clicked.connect(self.reject)
        for button in (self.prev_button, self.next_button, self.zoom_out_button,
                       self.zoom_in_button, self.fit_button, self.print_button, self.save_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the dialog

        bar = QHBoxLayout()
        for widget in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
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
        return self._zoom

    def go_to(self, index: int) -> None:
        self.page = max(0, min(self.page_count - 1, index))
        self.show_page()

    def step_zoom(self, direction: int) -> None:
        """The next zoom step above (+1) or below (-1) the current zoom; leaves width fitting."""
        if direction > 0:
            steps = [z for z in ZOOMS if z > self._zoom + 1e-6] or [ZOOMS[-1]]
            self._zoom = steps[0]
        else:
            steps = [z for z in ZOOMS if z < self._zoom - 1e-6] or [ZOOMS[0]]
            self._zoom = steps[-1]
        self.fit_width = False
        self.show_page()

    def fit_to_width(self) -> None:
        self.fit_width = True
        self.show_page()

    def _width_zoom(self) -> float:
        """The zoom at which the current page fills the visible width of the scroll area."""
        page_width_pt = self.document.get_page_size(self.page)[0]
        available = self.scroll.viewport().width() - FIT_MARGIN
        return max(ZOOMS[0] / 2, available / (page_width_pt / PDF_DPI * SCREEN_DPI))

    def show_page(self) -> None:
        if self.fit_width:
            self._zoom = self._width_zoom()
        ratio = self.devicePixelRatioF()  # 1.5 at 150 %: render that many pixels per logical one
        pixmap = QPixmap.fromImage(render_page(self.document, self.page, SCREEN_DPI * self.zoom * ratio))
        pixmap.setDevicePixelRatio(ratio)
        self.view.setPixmap(pixmap)
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
            self.step_zoom(+1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.step_zoom(-1)
        elif ctrl and key == Qt.Key.Key_0:
            self.fit_to_width()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Keep the page fitted while the visible width changes."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self.fit_width:
            self.show_page()
        return super().eventFilter(watched, event)

    # -- printing and saving ------------------------------------------------------------------------

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page (or the dialog's page range) on ``printer``, each rendered at
        :func:`print_dpi` and fitted to its page; returns the number of pages printed."""
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
                image = render_page(self.document, index, print_dpi(printer))
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
        self.scroll.viewport().removeEventFilter(self)
        self.document.close()
        super().done(result)


def show_print_preview(parent: QWidget | None, pdf_path: str | Path) -> PrintPreviewDialog:
    """Open the (non-blocking, window-modal) preview of ``pdf_path`` and return it."""
    dialog = PrintPreviewDialog(pdf_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
