"""The Windows CI workflow kept in the repository runs what .ci/run runs on Linux, plus the build."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_workflow_tests_builds_and_self_tests_on_windows():
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    assert "pip install -e .[test]" in text and "pytest" in text and "LASTEXITCODE -eq 5" in text
    assert "build_spec\\judge_app.spec" in text and "judge_app_cli.exe --selftest" in text
