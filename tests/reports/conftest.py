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
