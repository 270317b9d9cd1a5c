"""赛项与评分标准: the marking scheme as a read-only tree (events → sections → criteria)."""

from __future__ import annotations

from judge_app.core.decimals import fmt
from judge_app.core.scheme import Level, SectionKind
from judge_app.gui.pages.base import Page
from judge_app.gui.qt import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout


class SchemePage(Page):
    def page_title(self) -> str:
        return self.tr("评分标准")

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("schemePage")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setObjectName("schemeTree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("赛项与评分标准（只读）"))
        self.tree.setHeaderLabels([
            self.tr("名称"), self.tr("编号"), self.tr("满分"), self.tr("权重"), self.tr("步长"),
            self.tr("类型"), self.tr("合成规则 / 评分组"),
        ])
        self._fill()

    def set_snapshot(self, snapshot) -> None:
        super().set_snapshot(snapshot)
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        snap = self.snapshot
        if snap is None or snap.contest is None:
            return
        for ev in snap.contest.events:
            groups = "、".join(ev.groups) or self.tr("不分组")
            ev_item = QTreeWidgetItem([ev.name, ev.id, "", "100", "", ev.entry_kind.label,
                                       self.tr("组别：%1 · 小数 %2 位").replace("%1", groups).replace("%2", str(ev.decimals))])
            self.tree.addTopLevelItem(ev_item)
            for sec in ev.sections:
                if sec.kind is SectionKind.VOTE:
                    rule = self.tr("投票折算")
                else:
                    rule = sec.rule.label + (self.tr("（按裁判总分）") if sec.level is Level.JUDGE_TOTAL else "")
                    if sec.judges:
                        rule += " · " + "、".join(sec.judges)
                sec_item = QTreeWidgetItem([sec.name, sec.id, fmt(sec.max), fmt(sec.weight), "", self.tr("模块"), rule])
                ev_item.addChild(sec_item)
                for crit in sec.criteria:
                    sec_item.addChild(QTreeWidgetItem(
                        [crit.name, crit.id, fmt(crit.max), "", fmt(crit.step), crit.kind.label, ""]))
            ev_item.setExpanded(True)
            for i in range(ev_item.childCount()):
                ev_item.child(i).setExpanded(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
