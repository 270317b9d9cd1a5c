"""``python -m judge_app.gui [contest file]``"""

import sys

from judge_app.gui.launch import run_gui

sys.exit(run_gui(sys.argv[1:]))
