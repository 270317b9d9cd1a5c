"""The frozen program's argument dispatch (judge_app.startup.app_entry), run from source."""

import pytest

from judge_app.startup import app_entry
from judge_app.startup import checks as startup_checks


def test_cli_command_goes_to_the_cli(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        app_entry.main(["demo", str(tmp_path / "d.judge")])
    assert done.value.code == 0
    assert "演示比赛已建立" in capsys.readouterr().out


def test_version_goes_to_the_cli(capsys):
    from judge_app import __version__

    with pytest.raises(SystemExit):
        app_entry.main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_selftest_flag_runs_the_selftest(monkeypatch):
    seen = []
    monkeypatch.setattr("judge_app.startup.selftest.main", lambda argv: seen.append(argv) or 0)
    assert app_entry.main(["--selftest", "--no-gui"]) == 0
    assert seen == [["--no-gui"]]


def test_startup_problem_stops_the_desktop_app_with_the_reason(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(startup_checks, "platform_problems",
                        lambda native=True: ["缺少系统库 libxcb-cursor.so.0 ... libxcb-cursor0"])
    monkeypatch.setattr("judge_app.gui.launch.run_gui", lambda argv: pytest.fail("GUI started"))
    assert app_entry.main([str(tmp_path / "x.judge")]) == app_entry.STARTUP_FAILED
    assert "libxcb-cursor0" in capsys.readouterr().err


def test_qt_import_error_is_explained(monkeypatch, capsys):
    import builtins

    monkeypatch.setattr(startup_checks, "startup_problems", lambda files: [])
    real_import = builtins.__import__

    def failing(name, *args, **kwargs):
        if name == "judge_app.gui.launch":
            raise ImportError("libEGL.so.1: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing)
    assert app_entry.main([]) == app_entry.STARTUP_FAILED
    assert "apt install libegl1" in capsys.readouterr().err
