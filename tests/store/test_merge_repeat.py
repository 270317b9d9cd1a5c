"""A package merged already is recognised by its digest and not read again (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.store import ContestDB, packages_store

from .laptops import ORGANISER, World, build_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("laptops"))


def test_a_merged_package_is_skipped_by_its_digest(world: World, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with ContestDB.open(world.organiser_copy(tmp_path / "org.judge"), actor=ORGANISER) as db:
        first = db.merge_package(world.new["J1"], file="J1.pkg")

        def unread(*_args: object) -> None:
            raise AssertionError("a package merged already was read again")

        monkeypatch.setattr(packages_store, "read_package", unread)
        again = db.merge_package(world.new["J1"], file="J1-copy.pkg")
        assert db.verify_audit().ok
        last = db.audit_log(1)[0]
    assert (again.package_id, again.judge, again.scores) == (first.package_id, first.judge, first.scores)
    assert again.repeated and again.changed == 0 and again.unchanged == first.scores
    assert last.action == "package.merge" and '"repeated": true' in last.new and "J1-copy.pkg" in last.new
