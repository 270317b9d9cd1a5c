"""The PySide6 desktop app. Every other module of this package takes Qt from :mod:`judge_app.gui.qt`.

Layers: pages and dialogs show and collect; :mod:`judge_app.gui.controller` runs every store,
import and report call through :mod:`judge_app.gui.background`; rules stay in core and store.
"""
