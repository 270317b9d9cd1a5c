"""Fixtures for the report tests."""

from __future__ import annotations

import pytest

from judge_app.core.scheme import Contest, Event
from tests.reports.builders import make_contest, make_event


@pytest.fixture
def event() -> Event:
    return make_event()


@pytest.fixture
def contest(event) -> Contest:
    return make_contest(event)


@pytest.fixture(scope="session")
def demo_data(tmp_path_factory):
    """The bundled demo contest as the reports see it (ops_reports.ContestData)."""
    from judge_app.demo import build_demo
    from judge_app.app.reports import load_contest_data

    path = build_demo(tmp_path_factory.mktemp("demo") / "demo.judge")
    return load_contest_data(path, actor="秘书")
