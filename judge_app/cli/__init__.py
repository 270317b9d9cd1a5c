"""The ``judge-app`` command: a thin click layer over :mod:`judge_app.app`."""

from judge_app.cli.main import main

__all__ = ["main"]
