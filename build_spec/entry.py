"""Entry script of the frozen judge_app folder: see judge_app/startup/app_entry.py for what it does."""

import sys

from judge_app.startup.app_entry import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
