"""judge-app rank writes no PDF, so it loads neither reportlab nor the PDF reports (≈ 0.4 s of
every rank at start-up): the certificate template and the carried-round columns are read without them."""

import subprocess
import sys

from click.testing import CliRunner

from judge_app.cli.main import main

PROBE = """
import sys
from judge_app.cli.main import main
try:
    main(["rank", sys.argv[1], "--event", "电工", "--format", sys.argv[2]])
except SystemExit as exc:
    assert not exc.code, exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] == "reportlab" or m.startswith("judge_app.reports."))
print("LOADED", heavy, file=sys.stderr)
"""


def test_rank_loads_no_pdf_code(tmp_path):
    contest = tmp_path / "demo.judge"
    assert CliRunner().invoke(main, ["demo", str(contest)]).exit_code == 0
    for form in ("csv", "table"):
        done = subprocess.run([sys.executable, "-c", PROBE, str(contest), form], capture_output=True, text=True,
                              check=True)
        assert "LOADED []" in done.stderr, done.stderr[-2000:]
        assert "电工" in done.stdout or "DG" in done.stdout
