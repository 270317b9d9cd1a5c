"""The live ranking after a judge's save updates in place: no model reset, only the changed rows,
the selection follows its contestant, and a column sort chosen by a header click stays."""

from __future__ import annotations

from decimal import Decimal

from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.qt import QItemSelectionModel, QPoint, Qt
from tests.gui.conftest import open_as, shot, wait_idle
from tests.gui.test_score_grid import goto, scoring, type_into


def _opened(window, qtbot, contest_file):
    window.resize(1366, 768)
    open_as(window, qtbot, contest_file, "J01", "1111")
    ranking = window.page(RankingPage)
    window.show_page(ranking)
    qtbot.waitUntil(lambda: ranking.model.rowCount() > 0)
    page = scoring(window)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    window.show_page(ranking)
    return ranking, page


def _commit(window, qtbot, ranking, page, code: str, criterion: str) -> None:
    """Type a new value for ``code``'s ``criterion`` in J01's grid and wait for the re-rank."""
    old = Decimal(page.model.index_of(code, criterion).data(Qt.ItemDataRole.EditRole))
    new = old + 10 if old < 30 else old - 10
    updates = ranking.model.updates
    window.show_page(page)
    goto(page, code, criterion)
    type_into(qtbot, page, str(int(new)))
    qtbot.waitUntil(lambda: ranking.model.updates > updates, timeout=5000)
    wait_idle(window, qtbot)
    window.show_page(ranking)


def test_a_commit_updates_the_ranking_without_resetting_it(window, qtbot, contest_file):
    ranking, page = _opened(window, qtbot, contest_file)
    model = ranking.model
    resets, changed_rows, relayouts = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=(): changed_rows.extend(range(a.row(), b.row() + 1)))
    model.layoutChanged.connect(lambda *_a: relayouts.append(1))
    before = {r.code: r for r in model.rows}
    row_of = {r.code: i for i, r in enumerate(model.rows)}
    view = ranking.table
    view.selectionModel().select(model.index(row_of["DG01"], 0),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    _commit(window, qtbot, ranking, page, "DG01", "DG-P4")
    shot(window, "ranking_1366x768")

    assert resets == []
    assert relayouts or changed_rows
    if not relayouts:  # same order: only the rows whose result changed were announced
        assert len(changed_rows) < model.rowCount()
        assert {model.rows[i].code for i in changed_rows} >= {"DG01"}
    assert model.rows[0].rank is not None and before["DG01"] is not next(r for r in model.rows if r.code == "DG01")
    selected = {model.rows[i.row()].code for i in view.selectionModel().selectedRows()}
    assert selected == {"DG01"}  # the selection followed the contestant


def test_header_click_sort_survives_a_commit(window, qtbot, contest_file):
    ranking, page = _opened(window, qtbot, contest_file)
    model, header = ranking.model, ranking.table.horizontalHeader()
    code_col = model.columns().index("code")
    x = header.sectionViewportPosition(code_col) + header.sectionSize(code_col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    codes = [r.code for r in model.rows]
    assert codes in (sorted(codes), sorted(codes, reverse=True))

    _commit(window, qtbot, ranking, page, "DG01", "DG-P4")

    assert [r.code for r in model.rows] == codes
