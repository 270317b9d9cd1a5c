"""Fixtures of the store tests: a small contest file with a scheme and seven entries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from judge_app.store import ContestDB

from .sample import people, scheme


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "比赛.judge"


@pytest.fixture
def contest(db_path: Path) -> Iterator[ContestDB]:
    db = ContestDB.create(db_path, actor="张三", name="测试赛")
    try:
        db.set_scheme(scheme())
        db.import_entries(people(), source="roster.xlsx")
        yield db
    finally:
        db.close()
