"""Start-up stays light: opening the main window on a contest loads none of the report, roster
import, PDF preview or DataFrame libraries (they cost most of the start-up time), and pages are
made when first shown, titled in the side list before that."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from judge_app.gui.pages.checks_page import ChecksPage
from judge_app.gui.pages.print_page import PrintPage
from tests.gui.conftest import open_as, wait_idle

#: Loaded only when a report, a roster import or a print preview is asked for.
HEAVY = ("reportlab", "openpyxl", "pypdfium2", "pandas", "numpy", "judge_app.reports.fonts",
         "judge_app.io.roster")

OPEN_AND_LOG_IN = """
import sys
from pathlib import Path
from judge_app.gui.launch import open_main_window
from judge_app.gui.selftest_window import wait_until

window = open_main_window(Path(sys.argv[1]))
assert wait_until(lambda: window.controller.snapshot is not None, 30), "contest not loaded"
window.controller.login("C01", "chief-9999")
assert wait_until(lambda: window.controller.session is not None and window.controller.bg.idle, 30)
assert window.stack.currentWidget() is not window.welcome, "no page shown"
wait_until(lambda: False, 0.3)
print("LOADED", " ".join(name for name in sys.argv[2:] if name in sys.modules), flush=True)
window.close()
"""


def test_opening_the_main_window_loads_no_heavy_library(contest_file: Path, private_home: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JUDGE_APP_HOME=str(private_home))
    done = subprocess.run([sys.executable, "-c", OPEN_AND_LOG_IN, str(contest_file), *HEAVY],
                          capture_output=True, text=True, env=env, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    assert lines[0].split()[1:] == [], f"loaded at start-up: {lines[0]}"


def test_a_page_is_made_when_first_asked_for_with_the_current_state(window, qtbot, contest_file):
    open_as(window, qtbot, contest_file, "C01", "chief-9999")
    wait_idle(window, qtbot)
    assert not any(isinstance(page, ChecksPage) for page in window.made_pages())
    row = window.page_classes.index(ChecksPage)
    assert not window.nav.item(row).isHidden()  # listed (and titled) although not made

    page = window.page(ChecksPage)
    assert page in window.made_pages() and window.page(ChecksPage) is page
    assert page.session is window.controller.session
    assert page.snapshot is window.controller.snapshot
    window.show_page(page)
    assert window.stack.currentWidget() is page


def test_side_list_titles_match_the_pages_in_both_languages(window, qtbot):
    for code, print_title in (("en", "Print/Export"), ("zh_CN", "打印/导出")):
        window.language_actions[code].trigger()
        qtbot.waitUntil(lambda: window.file_menu.title() == ("&File" if code == "en" else "文件(&F)"))
        titles = [window.nav.item(row).text() for row in range(window.nav.count())]
        assert titles == [page.page_title() for page in window.pages]
        assert titles[window.page_classes.index(PrintPage)] == print_title
