"""The application layer: one function per user action, shared by the CLI and the GUI.

Each module is one area (contest files, people, roster and draw, review, appeals, packages,
rounds, reports). The CLI formats what a function returns; the GUI runs the same function on its
store thread. See docs/architecture.md.
"""
