"""The GUI goes through the application layer, so it refuses and reports what the CLI does: a
roster is not imported into a contest without a marking scheme (``judge-app import roster``
refuses it too), and locking a section says how many values are still owed (as ``judge-app lock``)."""

from __future__ import annotations

from pathlib import Path

from judge_app.core.scheme import CriterionKind
from judge_app.core.scheme_json import contest_from_dict
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.qt import QApplication, QMessageBox, Qt
from judge_app.gui.roster_wizard import RosterImportWizard
from judge_app.store import ContestDB
from tests.io.sample_rosters import messy_xlsx

from .conftest import PEOPLE, open_as, wait_idle
from .organiser_fixtures import ORGANISER, settle, show_page


def _box(qtbot, name: str) -> QMessageBox:
    def shown() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=10000)
    return shown()


def test_a_roster_is_not_imported_into_a_contest_without_a_scheme(app, qtbot, tmp_path: Path, warning_guard):
    from judge_app.gui.controller import Controller

    path = tmp_path / "空比赛.judge.db"
    ContestDB.create(path, actor="测试", name="尚无评分标准").close()
    controller = Controller()
    try:
        controller.open(path, "测试")
        qtbot.waitUntil(lambda: controller.snapshot is not None, timeout=10000)
        controller.start_session(ORGANISER)
        settle(controller, qtbot)
        wizard = show_page(RosterImportWizard(controller), qtbot)
        qtbot.keyClicks(wizard.path_edit, str(messy_xlsx(tmp_path)))
        qtbot.mouseClick(wizard.next, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 1 and wizard.progress.maximum() == 1, timeout=15000)
        assert wizard.report.ok and wizard.import_button.isEnabled()  # nothing to check the events against
        warning_guard.expect("评分标准")
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
        assert "请先导入评分标准" in _box(qtbot, "errorBox").text()
        settle(controller, qtbot)
        assert wizard.imported is None
    finally:
        controller.shutdown()
    with ContestDB.open(path, actor="测试") as db:
        assert db.entries() == []


def test_the_lock_asks_and_tells_how_many_values_are_still_owed(window, qtbot, contest_file: Path):
    with ContestDB.open(contest_file, actor="王评一(J01)") as db:
        practical = contest_from_dict(db.scheme_dict()).event("电工").section("practical")
        judged = next(c.id for c in practical.criteria if c.kind is CriterionKind.JUDGEMENT)
        for code in ("DG01", "DG02"):  # J01 takes back two marks: 2 values owed
            db.clear_score("电工", code, judged, "J01", reason="重评")
    open_as(window, qtbot, contest_file, "C01", next(pin for who, *_, pin in PEOPLE if who == "C01"))
    review = window.page(ReviewPage)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.sections.rowCount() > 0)
    row = next(r for r in range(review.sections.rowCount()) if review.sections.item(r, 0).text() == "实际操作")
    review.sections.selectRow(row)
    qtbot.mouseClick(review.lock_button, Qt.MouseButton.LeftButton)
    box = _box(qtbot, "confirmBox")
    assert "仍缺 2 个分值" in box.text()
    box.defaultButton().click()
    wait_idle(window, qtbot)
    assert "已锁定“实际操作”" in window.statusBar().currentMessage()
    assert "仍缺 2 个分值" in window.statusBar().currentMessage()
