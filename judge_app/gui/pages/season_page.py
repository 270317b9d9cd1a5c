"""年度成绩 (四比一创): a season's standings, each period's total per entry, the season result,
rank, award, titles and 一票否决; the organiser or chief judge vetoes the selected entry (the
period it happened in, a listed kind, the reason) or takes a veto back with a reason. The rows
are those of the season sheet (:func:`judge_app.io.export_rows.season_table`), which the 打印/导出
page prints as the 年度成绩表."""

from __future__ import annotations

from functools import partial

from judge_app.app import rounds as ops_rounds
from judge_app.app import seasons as ops_seasons
from judge_app.core.decimals import fmt
from judge_app.core.policy import Action, roles_for
from judge_app.core.rounds import SeasonResult
from judge_app.core.veto import listed_vetoes
from judge_app.gui.dialogs import ask_reason
from judge_app.gui.pages.base import Page
from judge_app.gui.pages.tables import BAD, GOOD, cell, fill_table, new_table
from judge_app.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    QVBoxLayout,
)
from judge_app.gui.store_side import Snapshot


class SeasonPage(Page):
    roles = roles_for(Action.VIEW_REVIEW, Action.VETO_SET)

    def page_title(self) -> str:
        return self.tr("年度成绩")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("seasonPage")
        self.standing: SeasonResult | None = None
        self.codes: list[str] = []  # the code of each table row
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.season_label = QLabel()
        self.seasons = QComboBox()
        self.seasons.setObjectName("seasonChoice")
        self.seasons.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button = QPushButton()
        self.print_button.setObjectName("printSeason")
        self.print_button.clicked.connect(self.print_sheet)
        top.addWidget(self.season_label)
        top.addWidget(self.seasons)
        top.addStretch(1)
        top.addWidget(self.print_button)
        self.certificate_button = QPushButton()
        self.certificate_button.setObjectName("seasonCertificates")
        self.certificate_button.clicked.connect(self.open_certificates)
        top.addWidget(self.certificate_button)
        layout.addLayout(top)
        self.help = QLabel()
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.table = new_table("seasonTable")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.notes = QLabel()
        self.notes.setObjectName("seasonNotes")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        bottom = QHBoxLayout()
        self.period_label, self.kind_label = QLabel(), QLabel()
        self.period = QComboBox()
        self.period.setObjectName("vetoPeriod")
        self.kind = QComboBox()
        self.kind.setObjectName("vetoKind")
        self.reason = QLineEdit()
        self.reason.setObjectName("vetoReason")
        self.reason.textChanged.connect(lambda _t: self._update_buttons())
        self.reason.returnPressed.connect(self.veto)
        self.veto_button = QPushButton()
        self.veto_button.setObjectName("addVeto")
        self.veto_button.clicked.connect(self.veto)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeVeto")
        self.remove_button.clicked.connect(self.remove)
        for widget in (self.period_label, self.period, self.kind_label, self.kind):
            bottom.addWidget(widget)
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(self.veto_button)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, activated=self.reason.setFocus)
        controller.changed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.season_label.setText(self.tr("年度："))
        self.help.setText(self.tr(
            "各期成绩按年度规则累计为年度成绩并排名。一票否决：选中项目，选择发生在哪一期和否决事项，写明原因后按回车"
            "（Ctrl+Shift+V 到原因框）；被否决的项目保留成绩和名次，不得评年度奖项和称号，名额不顺延。"
            "「打印年度成绩表…」生成 PDF 预览打印；Excel、CSV、JSON 在“打印/导出”页导出。"))
        self.period_label.setText(self.tr("发生在："))
        self.kind_label.setText(self.tr("事项："))
        self.reason.setPlaceholderText(self.tr("否决原因（必填，记入审计日志）"))
        self.print_button.setText(self.tr("打印年度成绩表…"))
        self.certificate_button.setText(self.tr("荣誉证书…"))
        self.certificate_button.setToolTip(self.tr("年度奖项和称号的荣誉证书（各期都解密后；被一票否决的项目没有证书）"))
        self.veto_button.setText(self.tr("一票否决"))
        self.remove_button.setText(self.tr("撤销否决…"))
        if self.standing is not None:
            self._fill(self.seasons.currentData(), self.standing)

    # -- data ---------------------------------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot | None) -> None:
        super().set_snapshot(snapshot)
        current = self.seasons.currentData()
        self.seasons.blockSignals(True)
        self.seasons.clear()
        if snapshot is not None and snapshot.contest is not None:
            for season in snapshot.contest.seasons:
                self.seasons.addItem(season.name, season.id)
        if self.seasons.findData(current) >= 0:
            self.seasons.setCurrentIndex(self.seasons.findData(current))
        self.seasons.blockSignals(False)
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def _season(self):
        season_id = self.seasons.currentData()
        if not season_id or self.snapshot is None or self.snapshot.contest is None:
            return None
        return self.snapshot.contest.season(season_id)

    def refresh(self) -> None:
        season = self._season()
        self._fill_periods(season)
        if season is None or self.session is None:
            self.standing = None
            self.codes = []
            self.table.setRowCount(0)
            self.notes.setText(self.tr("评分标准中没有年度（四比一创）。") if season is None else "")
            self._update_buttons()
            return
        self.controller.query(ops_rounds.season_standings, season.id,
                              on_done=lambda found, sid=season.id: self._fill(sid, found))

    def _fill_periods(self, season) -> None:
        """The periods and listed kinds a veto may name, those chosen kept while they stay the same."""
        periods = [] if season is None else [(self.snapshot.event(p.event).name, p.event) for p in season.periods]
        if [self.period.itemData(i) for i in range(self.period.count())] != [pid for _, pid in periods]:
            self.period.clear()
            for name, pid in periods:
                self.period.addItem(name, pid)
        kinds = list(listed_vetoes(season)) if season is not None else []
        if [self.kind.itemText(i) for i in range(self.kind.count())] != kinds:
            self.kind.clear()
            self.kind.addItems(kinds)

    def _on_changes(self, changes) -> None:
        season = self._season()
        if season is not None and any(changes.results_changed(e) for e in (season.id, *(p.event for p in season.periods))):
            self.refresh()

    def _fill(self, season_id: str, standing: SeasonResult) -> None:
        from judge_app.io.export_rows import season_rows

        if season_id != self.seasons.currentData():
            return
        self.standing = standing
        table = season_rows(standing)
        veto_at = table.headers.index("一票否决")
        award_at = table.headers.index("奖项")
        self.table.setColumnCount(len(table.headers))
        shown = self._headers()
        self.table.setHorizontalHeaderLabels([shown.get(h, h) for h in table.headers])
        rows = []
        for values in table.rows:
            colour = BAD if values[veto_at] else (GOOD if values[award_at] else None)
            rows.append([cell(_text(v), colour) for v in values])
        self.codes = [str(values[2]) for values in table.rows]
        fill_table(self.table, rows)
        for column, head in enumerate(table.headers):  # no empty 组别, 成员, 备注, 暂定 columns
            empty = all(_text(values[column]) == "" for values in table.rows)
            self.table.setColumnHidden(column, empty and head not in ("奖项", "称号", "一票否决"))
        vetoes = len(standing.vetoes)
        self.notes.setText(self.tr("%1 个项目；一票否决 %2 项").replace("%1", str(len(rows))).replace("%2", str(vetoes))
                           + "".join(f"\n! {i.message}" for i in standing.result.issues))
        self._update_buttons()

    def _headers(self) -> dict[str, str]:
        """The season sheet's headers in the UI language (a period keeps its scheme name)."""
        return {
            "组别": self.tr("组别"), "名次": self.tr("名次"), "编号": self.tr("编号"), "年度成绩": self.tr("年度成绩"),
            "奖项": self.tr("奖项"), "称号": self.tr("称号"), "一票否决": self.tr("一票否决"), "备注": self.tr("备注"),
            "暂定": self.tr("暂定"), "姓名": self.tr("姓名"), "单位": self.tr("单位"), "单位名称": self.tr("单位名称"),
            "团队名称": self.tr("团队名称"), "成员": self.tr("成员"), "项目名称": self.tr("项目名称"),
            "负责人": self.tr("负责人"), "建议名称": self.tr("建议名称"), "建议人": self.tr("建议人"),
            "建议类别": self.tr("建议类别"), "工种/行业": self.tr("工种/行业"),
        }

    def _selected(self) -> str | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.codes[rows[0].row()] if rows and rows[0].row() < len(self.codes) else None

    def _update_buttons(self) -> None:
        may, code = self.may(Action.VETO_SET), self._selected()
        for widget in (self.period, self.kind, self.reason):
            widget.setEnabled(may)
        self.veto_button.setEnabled(may and code is not None and bool(self.reason.text().strip()))
        vetoed = self.standing is not None and any(v.code == code for v in self.standing.vetoes)
        self.remove_button.setEnabled(may and vetoed)

    # -- actions ------------------------------------------------------------------------------

    def veto(self) -> None:
        code, season_id = self._selected(), self.seasons.currentData()
        if not self.veto_button.isEnabled() or code is None:
            return
        self.controller.act(partial(ops_seasons.add_veto, reason=self.reason.text().strip()), season_id, code,
                            self.period.currentData(), self.kind.currentText(), event_id=season_id,
                            on_done=lambda _v: (self.reason.clear(),
                                                self.status(self.tr("已对 %1 一票否决").replace("%1", code))))

    def print_sheet(self) -> None:
        """The 年度成绩表 on the 打印/导出 page, built and previewed."""
        from judge_app.gui.pages.print_page import PrintPage

        window = self.window()
        if hasattr(window, "page") and self._season() is not None:
            window.page(PrintPage).print_season()

    def open_certificates(self) -> None:
        """The 荣誉证书 of the season's awards and titles, in the certificate dialog of 打印/导出."""
        from judge_app.gui.pages.print_page import PrintPage

        window, season = self.window(), self.seasons.currentData()
        if hasattr(window, "page") and season is not None:
            window.page(PrintPage).open_season_certificates(season)

    def remove(self) -> None:
        code, season_id = self._selected(), self.seasons.currentData()
        if code is None or not self.remove_button.isEnabled():
            return
        ask_reason(self, self.tr("撤销一票否决"),
                   self.tr("撤销 %1 最近一条一票否决？请写明撤销原因（如复议结论）：").replace("%1", code),
                   lambda reason: self.controller.act(
                       partial(ops_seasons.remove_veto, reason=reason), season_id, code, event_id=season_id,
                       on_done=lambda _v: self.status(self.tr("已撤销 %1 的一票否决").replace("%1", code))),
                   ok_text=self.tr("撤销否决"))


def _text(value: object) -> str:
    if value is None:
        return ""
    return fmt(value) if not isinstance(value, (str, int)) else str(value)
