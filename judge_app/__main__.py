"""Allow ``python -m judge_app``."""

from judge_app.cli import main

if __name__ == "__main__":
    main()
