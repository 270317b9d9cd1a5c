"""A small contest for the organiser and pre-unseal pages, driven through a real Controller
(store thread included) without the main window: the pages are tested on their own."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from judge_app.core.entries import Entry
from judge_app.core.people import Judge, Role
from judge_app.store import ContestDB
from tests.store.sample import ORGANISER_PASS, register_organiser


def _simple(name: str) -> dict[str, Any]:
    return {"id": name, "name": name, "sections": [
        {"id": "practical", "name": "实际操作", "max": "100", "weight": "100", "rule": "mean",
         "criteria": [{"id": f"{name}-P1", "name": "操作", "max": "100", "step": "0.5", "kind": "judgement"}]}]}


SCHEME: dict[str, Any] = {
    "format": "judge_app.scheme/1",
    "contest": {"name": "县职工技能大赛", "date": "2026-11-25"},
    "events": [
        {"id": "电工", "name": "电工", "groups": [], "decimals": 2,
         "tie_breaks": ["section:practical", "playoff"],
         "sections": [
             {"id": "theory", "name": "理论知识", "max": "100", "weight": "30", "rule": "mean", "judges": ["J1"],
              "criteria": [{"id": "T1", "name": "理论考试", "max": "100", "step": "0.5", "kind": "measurement"}]},
             {"id": "practical", "name": "实际操作", "max": "100", "weight": "70", "rule": "mean",
              "judges": ["J1", "J2"],
              "criteria": [{"id": "P1", "name": "接线工艺", "max": "60", "step": "0.5", "kind": "judgement"},
                           {"id": "P2", "name": "安全文明", "max": "40", "step": "1", "kind": "judgement"}]},
         ],
         "awards": {"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 2}]}},
        _simple("焊工"), _simple("车工"), _simple("中式烹调师"), _simple("茶艺师"),
    ],
}

#: code → (T1, P1 by J1, P1 by J2, P2 by J1, P2 by J2); E01 and E02 are identical: a tie for 一等奖
SCORES = {
    "E01": ("90", "55", "55", "38", "38"),
    "E02": ("90", "55", "55", "38", "38"),
    "E03": ("80", "50", "48", "35", "36"),
    "E04": ("70", "45", "46", "30", "31"),
    "E05": ("60", "40", "41", "28", "29"),
}
ORGANISER = Judge("admin", "管理员", Role.ORGANISER, False)  # a contest with nobody registered


def scheme() -> dict[str, Any]:
    return copy.deepcopy(SCHEME)


def make_contest(path: Path, *, scores: bool = True, lock: bool = False) -> Path:
    with ContestDB.create(path, actor="测试", name="县职工技能大赛") as db:
        db.set_scheme(scheme())
        register_organiser(db)  # O0 测试, the first one registered
        db.add_judge("J1", "王评一", role=Role.JUDGE, pin="1111")
        db.add_judge("J2", "李评二", role=Role.JUDGE, pin="2222")
        db.add_judge("S1", "孙加密", role=Role.SECRETARY, pin="secret-8888")
        db.import_entries([Entry(code=c, event="电工", name=f"选手{c[-1]}", unit="供电公司") for c in SCORES],
                          source="test")
        if scores:
            items = []
            for code, (t1, p1a, p1b, p2a, p2b) in SCORES.items():
                items += [("电工", code, "T1", "J1", Decimal(t1)), ("电工", code, "P1", "J1", Decimal(p1a)),
                          ("电工", code, "P1", "J2", Decimal(p1b)), ("电工", code, "P2", "J1", Decimal(p2a)),
                          ("电工", code, "P2", "J2", Decimal(p2b))]
            db.record_scores(items)
        if lock:
            db.lock_section("电工", "theory")
            db.lock_section("电工", "practical")
    return path


def open_controller(qtbot, path: Path):
    """A Controller on ``path`` with the organiser logged in (O0 of :func:`register_organiser`; the
    organiser's own session while nobody is registered); shut down by the caller."""
    from judge_app.gui.controller import Controller

    controller = Controller()
    controller.open(path, "测试")
    qtbot.waitUntil(lambda: controller.snapshot is not None, timeout=10000)
    if controller.snapshot.judges:
        controller.login("O0", ORGANISER_PASS)
    else:
        controller.start_session(ORGANISER)
    qtbot.waitUntil(lambda: controller.session is not None and controller.bg.idle, timeout=10000)
    return controller


@pytest.fixture
def controller_on(app, qtbot, tmp_path: Path) -> Iterator:
    """``controller_on(**make_contest options)`` → Controller; everything shut down afterwards."""
    made = []

    def make(**options: Any):
        path = make_contest(tmp_path / f"比赛{len(made)}.judge.db", **options)
        controller = open_controller(qtbot, path)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def settle(controller, qtbot, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: controller.bg.idle, timeout=timeout)


def show_page(page, qtbot, size=(1366, 768)):
    page.resize(*size)
    qtbot.addWidget(page)
    page.show()
    return page


def open_page(cls, controller, qtbot):
    """A page of class ``cls`` shown for the controller's session, following its snapshots."""
    page = show_page(cls(controller), qtbot)
    page.set_session(controller.session)
    controller.snapshotChanged.connect(page.set_snapshot)
    page.set_snapshot(controller.snapshot)
    settle(controller, qtbot)
    return page
