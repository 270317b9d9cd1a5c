"""Allow ``python -m judge_app``."""

from judge_app.cli.main import main

if __name__ == "__main__":
    main()
