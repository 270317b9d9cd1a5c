"""``judge-app certificates`` and ``export --kind commendation`` on the demo contest."""

from __future__ import annotations

from click.testing import CliRunner

from judge_app.cli.main import main
from judge_app.demo import build_demo


def run(*args, code=0):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


def test_commendation_as_pdf_and_docx(tmp_path):
    demo = build_demo(tmp_path / "demo.judge")
    for fmt, suffix in (("pdf", ".pdf"), ("docx", ".docx")):
        out = tmp_path / fmt
        run("export", demo, "--kind", "commendation", "--format", fmt, "--out", out)
        assert [p.suffix for p in out.iterdir()] == [suffix]
    refused = run("export", demo, "--kind", "results", "--format", "docx", "--out", tmp_path / "x", code=9)
    assert "表彰名单" in refused.output and "Traceback" not in refused.output


def test_certificates_are_refused_before_unseal(tmp_path):
    demo = build_demo(tmp_path / "demo.judge")
    refused = run("certificates", demo, "--event", "焊工", "--out", tmp_path / "c", code=10)
    assert "解密" in refused.output and "Traceback" not in refused.output
    bad = tmp_path / "t.json"
    bad.write_text('{"name": {"x": 999}}', encoding="utf-8")
    assert "超出纸张" in run("certificates", demo, "--event", "焊工", "--template", bad, "--out", tmp_path / "c",
                          code=9).output
