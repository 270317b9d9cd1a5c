"""The roster import (judge_app.app.people.import_roster, the CLI's and the GUI's): checked against
the stored scheme, all or nothing, dry run writes nothing."""

import pytest

from judge_app.app import people as ops_people
from judge_app.core.errors import ImportRefused, SchemeError, StateError
from judge_app.core.scheme_json import FORMAT
from judge_app.io.roster_import import known_events_of
from tests.io.helpers import HEADER, make_id, people, write_xlsx
from tests.io.sample_rosters import errors_xlsx, gbk_csv, messy_xlsx


def scheme(groups=None):
    groups = groups or {}

    def event(name):
        return {
            "id": name,
            "name": name,
            "groups": list(groups.get(name, [])),
            "sections": [
                {"id": "s", "name": "实操", "max": 100, "weight": 100,
                 "criteria": [{"id": "c", "name": "c", "max": 100, "step": 1, "kind": "measurement"}]}
            ],
        }

    return {"format": FORMAT, "contest": {"name": "测试赛"},
            "events": [event(n) for n in ("电工", "焊工", "车工", "中式烹调师", "茶艺师")]}


def import_roster(db, path, *, default_event=None, **options):
    """The import as ``judge-app import roster`` runs it: a report with errors is refused whole."""
    report = ops_people.import_roster(db, path, event=default_event, **options)
    report.raise_if_errors()
    return report


class FakeDB:
    def __init__(self, data):
        self.data = data
        self.calls = []

    def scheme_dict(self):
        return self.data

    def frozen_events(self):
        return set()  # nothing locked yet

    def import_entries(self, entries, *, source):
        self.calls.append((list(entries), source))
        return {"added": len(entries)}


def test_imports_everything_in_one_call(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, *people(7)], merge_titles=1)
    db = FakeDB(scheme())
    report = import_roster(db, path)
    [(entries, source)] = db.calls
    assert len(entries) == 7 and source == str(path)
    assert report.stored == {"added": 7} and report.ok


def test_errors_refuse_the_whole_file(tmp_path):
    rows = [HEADER, *people(5), [6, "王伟", "男", make_id(60), "X", "电焊工"]]
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    db = FakeDB(scheme())
    with pytest.raises(ImportRefused, match="整个文件未导入") as caught:
        import_roster(db, path)
    assert db.calls == []
    assert caught.value.problems and "第 7 行" in caught.value.problems[0]


def test_dry_run_writes_nothing(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, *people(3)])
    db = FakeDB(scheme())
    report = import_roster(db, path, dry_run=True)
    assert db.calls == [] and len(report.entries) == 3 and report.stored is None


def test_groups_come_from_the_scheme(tmp_path):
    rows = [["姓名", "身份证号", "赛项", "组别"], ["甲", make_id(1), "电工", "学生组"], ["乙", make_id(2), "电工", "教师组"]]
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    db = FakeDB(scheme({"电工": ["职工组", "学生组"]}))
    assert known_events_of(db)["电工"] == ("职工组", "学生组")
    with pytest.raises(ImportRefused, match="教师组"):
        import_roster(db, path)


def test_mapping_and_default_event(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [["报名人", "证件"], ["王伟", make_id(1)]])
    db = FakeDB(scheme())
    import_roster(db, path, mapping={"报名人": "name", "证件": "id_number"}, default_event="焊工")
    [(entries, _)] = db.calls
    assert (entries[0].name, entries[0].event) == ("王伟", "焊工")


def test_no_scheme_yet_is_refused_but_checked_in_a_dry_run(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, *people(2)])
    db = FakeDB(None)
    with pytest.raises(StateError, match="评分标准"):
        import_roster(db, path)
    report = import_roster(db, path, dry_run=True)
    assert any("未核对赛项" in p.message for p in report.notes) and db.calls == []


def test_broken_scheme_is_a_scheme_error(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, *people(2)])
    with pytest.raises(SchemeError):
        import_roster(FakeDB({"format": FORMAT, "events": [{"name": "x", "sections": "no"}]}), path)


def test_samples_through_import(tmp_path):
    db = FakeDB(scheme())
    with pytest.raises(ImportRefused):
        import_roster(db, errors_xlsx(tmp_path))
    assert db.calls == []
    import_roster(db, messy_xlsx(tmp_path))
    import_roster(db, gbk_csv(tmp_path))
    assert [len(entries) for entries, _ in db.calls] == [40, 30]


def test_with_the_real_store(tmp_path):
    store = pytest.importorskip("judge_app.store")
    messy = messy_xlsx(tmp_path)
    db = store.ContestDB.create(tmp_path / "赛.judge.db", actor="测试", name="测试赛")
    try:
        db.set_scheme(scheme())
        with pytest.raises(ImportRefused):
            import_roster(db, errors_xlsx(tmp_path))
        assert db.entries() == []
        first = import_roster(db, messy)
        assert (first.stored.added, first.stored.updated) == (40, 0)
        again = import_roster(db, messy)
        assert (again.stored.added, again.stored.unchanged) == (0, 40)
        assert len(db.entries()) == 40 and "沈艳" in {e.name for e in db.entries()}
    finally:
        db.close()
