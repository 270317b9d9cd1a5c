"""The self-test from source: passes here, and fails with the step and reason when it should."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from judge_app.startup import selftest
from judge_app.cli.main import main as cli_main


def test_selftest_passes_and_saves_a_screenshot(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    shot = tmp_path / "window.png"
    assert selftest.main(["--screenshot", str(shot)]) == 0
    out = capsys.readouterr().out
    assert "SELF-TEST PASSED" in out and "WenQuanYi" in out
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_missing_resources_fail_with_the_reason(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JUDGE_APP_RESOURCES", str(tmp_path))
    assert selftest.main(["--no-gui"]) == 1
    err = capsys.readouterr().err
    assert "SELF-TEST FAILED" in err and "[资源 / resources]" in err and "wqy-microhei.ttc" in err


def test_pdf_without_embedded_font_fails(tmp_path, monkeypatch):
    def plain_pdf(path, *args, **kwargs):
        Path(path).write_bytes(b"%PDF-1.4 no fonts here")
        return type("Outcome", (), {"pages": 1})()

    monkeypatch.setattr("judge_app.reports.result_sheet.build_result_sheet", plain_pdf)
    with pytest.raises(selftest.SelfTestFailure, match="font not embedded"):
        selftest.run_selftest(tmp_path, gui=False)


def test_broken_audit_chain_fails(tmp_path, monkeypatch):
    from judge_app.store.audit import AuditReport
    from judge_app.store.contest_db import ContestDB

    monkeypatch.setattr(ContestDB, "verify_audit", lambda self: AuditReport(False, 3, ["seq 2 altered"]))
    with pytest.raises(selftest.SelfTestFailure, match="seq 2 altered"):
        selftest.run_selftest(tmp_path, gui=False)


def test_cli_selftest_command(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    done = CliRunner().invoke(cli_main, ["selftest", "--no-gui"])
    assert done.exit_code == 0, done.output
    assert "SELF-TEST PASSED" in done.output
