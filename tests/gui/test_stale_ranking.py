"""Views follow the change record: a package merged by the watch folder while the ranking and the
review page are open shows in them at once (they read an old total before: the live ranking was
only updated by this window's own saves)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.core.engine import compute_event
from judge_app.core.people import Role
from judge_app.gui.pages.arrivals_page import ArrivalsPage
from judge_app.gui.pages.ranking_page import RankingPage
from judge_app.gui.pages.review_page import ReviewPage
from judge_app.gui.qt import Qt
from judge_app.store import ContestDB
from tests.store.laptops import ORGANISER, World, build_world

from .conftest import ask_store, open_as, wait_idle


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("laptops"))


def stored_totals(window, qtbot, event_id: str) -> dict[str, object]:
    """Totals computed afresh from what the file holds now (the printed sheet's source)."""
    def read(db):
        from judge_app.app.contest_file import load_contest

        ev = load_contest(db).event(event_id)
        return {r.code: r.total for g in compute_event(ev, db.event_inputs(ev)).groups for r in g.rows}
    return ask_store(window, qtbot, read)


def shown_totals(page: RankingPage) -> dict[str, object]:
    return {row.code: row.total for row in page.model.rows}


def test_a_merged_package_shows_in_the_open_ranking_and_review(window, qtbot, world: World, tmp_path: Path):
    contest = world.organiser_copy(tmp_path / "org.judge")
    with ContestDB.open(contest, actor=ORGANISER) as db:
        db.add_judge("CJ", "裁判长", role=Role.CHIEF, pin="chief-9999")
    open_as(window, qtbot, contest, "CJ", "chief-9999")
    ranking = window.page(RankingPage)
    window.show_page(ranking)
    ranking.events.setCurrentIndex(ranking.events.findData("电工"))
    qtbot.waitUntil(lambda: ranking.result is not None and ranking.result.event == "电工", timeout=10000)
    before = shown_totals(ranking)
    review = window.page(ReviewPage)
    window.show_page(review)
    review.events.setCurrentIndex(review.events.findData("电工"))
    qtbot.waitUntil(lambda: review.result is not None and review.result.event == "电工", timeout=10000)
    reviewed = review.result

    arrivals = window.page(ArrivalsPage)
    window.show_page(arrivals)
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "J1.jpkg").write_bytes(world.new["J1"])
    (usb / "J2.jpkg").write_bytes(world.new["J2"])
    arrivals.interval_ms = 50
    qtbot.keyClicks(arrivals.folder, str(usb))
    qtbot.mouseClick(arrivals.watch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: arrivals.log.count() == 2, timeout=10000)
    qtbot.mouseClick(arrivals.watch_button, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)

    expected = stored_totals(window, qtbot, "电工")
    assert expected != before  # the packages changed 电工's totals
    window.show_page(ranking)
    qtbot.waitUntil(lambda: shown_totals(ranking) == expected, timeout=10000)
    window.show_page(review)
    qtbot.waitUntil(lambda: review.result is not reviewed, timeout=10000)
    assert {r.code: r.total for g in review.result.groups for r in g.rows} == expected
