"""What every page shares: the controller, the snapshot, the session, re-labelling on a language
switch.

A page is a :class:`Page` subclass listed in :data:`judge_app.gui.pages.PAGES`. The main window
lists them all by :meth:`Page.title` (no page made), shows those whose :attr:`Page.roles` include
the logged-in role, makes a page when it is first shown (or asked for), and calls
:meth:`Page.set_snapshot` / :meth:`Page.set_session` on the pages made whenever the store's state
changes. So a page module must stay cheap to import: heavy libraries (reportlab, openpyxl,
pypdfium2, the reports and roster import code) are imported inside the functions that use them.
"""

from __future__ import annotations

from judge_app.core.people import Role
from judge_app.core.policy import Action, allowed
from judge_app.gui.qt import QAction, QComboBox, QCoreApplication, QEvent, QWidget
from judge_app.gui.store_side import Session, Snapshot

ALL_ROLES: frozenset[Role] = frozenset(Role)


class Page(QWidget):
    """A page of the main window. Subclasses set their texts in ``retranslate``.

    Override :meth:`page_title` (a ``self.tr`` text), :attr:`roles` (who sees the page; None:
    also shown before anybody logged in) and, optionally, :meth:`menu_actions`.
    """

    #: Roles that see this page once logged in; ``NO_LOGIN`` pages are shown with nobody logged in.
    roles: frozenset[Role] = ALL_ROLES
    needs_login: bool = True

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.snapshot: Snapshot | None = None
        self.session: Session | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def page_title(self) -> str:
        """The page's name in the side list (and its menu, if it has actions)."""
        return type(self).__name__

    @classmethod
    def title(cls) -> str:
        """:meth:`page_title` without making the page (its ``self.tr`` read as the class's)."""
        return cls.page_title(_ClassTranslator(cls))  # type: ignore[arg-type]

    @classmethod
    def has_actions(cls) -> bool:
        """Whether the page puts actions in the menus (the main window then makes it at once)."""
        return cls.menu_actions is not Page.menu_actions or cls.file_actions is not Page.file_actions

    def menu_actions(self) -> list[QAction]:
        """Actions the main window puts in a menu named after the page (made once, kept)."""
        return []

    def file_actions(self) -> list[QAction]:
        """Actions the main window adds to its File menu, shown while the page can be used."""
        return []

    def file_action_visible(self, action: QAction, has_file: bool) -> bool:
        """Whether one of :meth:`file_actions` is shown now (default: while the page is usable)."""
        return has_file and self.visible_for(self.session)

    def closing(self) -> None:
        """The page is retired (someone else logged in) or the window closes: release what it
        holds (temporary files, an event's results ...)."""

    def visible_for(self, session: Session | None) -> bool:
        return self.usable_by(session)

    def may(self, action: Action) -> bool:
        """Whether the logged-in person's role may do ``action`` (:mod:`judge_app.core.policy`):
        pages show and enable their buttons from this, the store refuses by the same table."""
        return allowed(action, self.session.role if self.session is not None else None)

    @classmethod
    def usable_by(cls, session: Session | None) -> bool:
        """Whether the page is shown to ``session`` (None: nobody logged in)."""
        if session is None:
            return not cls.needs_login
        return session.role in cls.roles

    def retranslate(self) -> None:
        """Set every visible text (called at start and on a language switch)."""

    def set_snapshot(self, snapshot: Snapshot | None) -> None:
        self.snapshot = snapshot

    def set_session(self, session: Session | None) -> None:
        self.session = session

    def activated(self) -> None:
        """The page became the visible one."""

    def status(self, text: str, ms: int = 5000) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, ms)


class _ClassTranslator:
    """Stands in for a page in :meth:`Page.title`: ``tr`` as a page of ``cls`` would translate
    (PySide6 looks the text up under each class name of the page's MRO, first hit wins)."""

    def __init__(self, cls: type[Page]):
        self._contexts = [klass.__name__ for klass in cls.__mro__]

    def tr(self, text: str) -> str:
        for context in self._contexts:
            translated = QCoreApplication.translate(context, text)
            if translated != text:
                return translated
        return text


def fill_events(combo: QComboBox, snapshot: Snapshot | None, only: list[str] | None = None) -> None:
    """Put the events (id as data) in ``combo``, keeping the current one when still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if snapshot is not None and snapshot.contest is not None:
        for ev in snapshot.contest.events:
            if only is None or ev.id in only:
                combo.addItem(ev.name, ev.id)
    found = combo.findData(current)
    combo.setCurrentIndex(found if found >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)
