"""Cyclic garbage made on the store thread is collected on the GUI thread (a Qt widget destroyed
on another thread crashes the app), and automatic collection is back once the threads stopped."""

from __future__ import annotations

import gc
import threading


class Cycle:
    """Refers to itself; records on which thread the collector destroyed it."""

    def __init__(self, seen: list[bool]):
        self.me = self
        self.seen = seen

    def __del__(self):
        self.seen.append(threading.current_thread() is threading.main_thread())


def test_garbage_of_the_store_thread_is_collected_on_the_gui_thread(app, qtbot):
    from judge_app.gui.controller import Controller

    seen: list[bool] = []
    made_on: list[str] = []

    def make_garbage(_side) -> None:
        made_on.append(threading.current_thread().name)
        for _ in range(20 * gc.get_threshold()[0]):  # enough to trigger automatic collection
            Cycle(seen)

    controller = Controller()
    try:
        assert not gc.isenabled()
        controller.bg.store(make_garbage, quiet=True)
        qtbot.waitUntil(lambda: len(seen) > 0, timeout=5000)
        assert made_on == ["judge-store"]
        assert all(seen), f"{seen.count(False)} of {len(seen)} collected off the GUI thread"
    finally:
        controller.shutdown()
    assert gc.isenabled()
