"""Output files on Windows: a file Excel/WPS holds open raises PermissionError(WinError 32) on
replace; the write is retried, then refused with a typed message naming the file. Simulated here
with a fake os.replace that fails the way Windows does."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from judge_app import files
from judge_app.files import FileInUse, FileNotWritable, NoSpaceForFile, atomic_output, file_problem


def sharing_violation(path: str) -> PermissionError:
    exc = PermissionError(13, "The process cannot access the file because it is being used by another process", path)
    exc.winerror = 32
    return exc


@pytest.fixture
def no_wait(monkeypatch):
    monkeypatch.setattr(files.time, "sleep", lambda _s: None)


def test_a_file_held_open_for_a_moment_is_written_after_a_retry(tmp_path, monkeypatch, no_wait):
    target = tmp_path / "成绩汇总表.xlsx"
    target.write_text("old")
    real, fails = os.replace, [2]

    def flaky(src, dst):
        if fails[0]:
            fails[0] -= 1
            raise sharing_violation(str(dst))
        real(src, dst)

    monkeypatch.setattr(files.os, "replace", flaky)
    with atomic_output(target) as partial:
        partial.write_text("new")
    assert target.read_text() == "new" and not list(tmp_path.glob(".*partial*"))


def test_a_file_kept_open_is_a_clear_error_and_stays_as_it_was(tmp_path, monkeypatch, no_wait):
    target = tmp_path / "成绩汇总表.csv"
    target.write_text("old")
    monkeypatch.setattr(files.os, "replace", lambda src, dst: (_ for _ in ()).throw(sharing_violation(str(dst))))
    with pytest.raises(FileInUse, match="Excel/WPS") as info:
        with atomic_output(target) as partial:
            partial.write_text("new")
    assert str(target) in str(info.value)
    assert target.read_text() == "old" and not list(tmp_path.glob(".*partial*"))


def test_the_exports_use_it(tmp_path, monkeypatch, no_wait):
    """A real export (CSV of the demo's results) over a file held open: the typed error."""
    from judge_app.app.contest_file import load_contest
    from judge_app.core.engine import compute_event
    from judge_app.demo import build_demo
    from judge_app.io.export_csv import write_csv
    from judge_app.store import ContestDB

    contest = tmp_path / "c.judge"
    build_demo(contest)
    with ContestDB.open(contest, actor="组委会") as db:
        ev = load_contest(db).event("电工")
        result = compute_event(ev, db.event_inputs(ev))
    out = tmp_path / "电工.csv"
    write_csv(out, ev, result)
    monkeypatch.setattr(files.os, "replace", lambda src, dst: (_ for _ in ()).throw(sharing_violation(str(dst))))
    with pytest.raises(FileInUse):
        write_csv(out, ev, result)


@pytest.mark.parametrize(("exc", "kind"), [
    (OSError(errno.ENOSPC, "No space left on device"), NoSpaceForFile),
    (OSError(errno.EROFS, "Read-only file system"), FileNotWritable),
    (PermissionError(errno.EACCES, "Permission denied"), FileNotWritable),
])
def test_ordinary_file_problems_are_typed(exc, kind):
    assert isinstance(file_problem(Path("x.pdf"), exc), kind)


def test_the_cli_prints_one_line_for_a_file_problem(tmp_path, monkeypatch, no_wait):
    from click.testing import CliRunner

    from judge_app.cli.main import main
    from judge_app.demo import build_demo

    contest = tmp_path / "c.judge"
    build_demo(contest)
    monkeypatch.setattr(files.os, "replace", lambda src, dst: (_ for _ in ()).throw(sharing_violation(str(dst))))
    done = CliRunner().invoke(main, ["export", str(contest), "--format", "csv", "--event", "电工",
                                     "--out", str(tmp_path)])
    assert done.exit_code == FileInUse.exit_code, done.output
    assert "Excel/WPS" in done.output and "Traceback" not in done.output
