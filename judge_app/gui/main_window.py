"""The main window: a side list of pages (from :data:`judge_app.gui.pages.PAGES`), menus, status bar.

It owns the :class:`~judge_app.gui.controller.Controller` (and so the store thread) of one open
contest file, hands every page the current snapshot and session, and shows only the pages the
logged-in role may use. A page is made when first shown or asked for (:meth:`MainWindow.page`),
so start-up pays only for the pages in use; pages with menu actions are made at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from judge_app.core.people import Judge, Role
from judge_app.core.policy import Action, allowed
from judge_app.files import CONTEST_SUFFIX
from judge_app.gui import gui_gc, i18n
from judge_app.gui.controller import Controller
from judge_app.gui.dialogs import confirm, show_error, show_info, show_warning
from judge_app.gui.labels import in_ui_language
from judge_app.gui.geometry import place, screen_name
from judge_app.gui.login import LoginDialog
from judge_app.gui.new_contest_dialog import NewContestDialog
from judge_app.gui.pages import PAGES
from judge_app.gui.pages.base import Page
from judge_app.gui.roles import person_with_role
from judge_app.gui.seal_setup import ask_seal_passphrase
from judge_app.gui.qt import (
    QAction,
    QActionGroup,
    QApplication,
    QCloseEvent,
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QSize,
    QStackedWidget,
    QTimer,
    Qt,
    QVBoxLayout,
    QWidget,
)
from judge_app.gui.settings import Settings, contests_dir, remember_folder
from judge_app.gui.store_side import Session, Snapshot, restore_copy
from judge_app.store import ContestLocked, DamagedContestFile
from judge_app.store.errors import BackupFailed

log = logging.getLogger(__name__)

#: Who acts before anybody logged in (opening the file; a contest without registered people).
ORGANISER = Judge("organiser", "管理员", Role.ORGANISER)
#: The size the window is designed for (a 1366×768 laptop); smaller screens get it maximised.
PREFERRED_SIZE = QSize(1366, 768)
FILE_FILTER = "比赛文件 / contest files (*.judge *.judge.db *.db);;所有文件 / all files (*)"


class WelcomePage(QWidget):
    """Shown while no contest file is open: open, recent files, demo."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size:22pt; font-weight:bold; color:#263238;")
        layout.addWidget(self.title)
        self.text = QLabel()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.new_button = QPushButton()
        self.new_button.setObjectName("welcomeNew")
        self.new_button.clicked.connect(window.ask_new_contest)
        self.open_button = QPushButton()
        self.open_button.setObjectName("welcomeOpen")
        self.open_button.clicked.connect(window.ask_open)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("welcomeDemo")
        self.demo_button.clicked.connect(window.open_demo)
        self.login_button = QPushButton()
        self.login_button.setObjectName("welcomeLogin")
        self.login_button.clicked.connect(window.ask_login)
        self.file_open = False
        self.recent = QListWidget()
        self.recent.setObjectName("welcomeRecent")
        self.recent.setMaximumSize(620, 160)
        self.recent.setMinimumWidth(420)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the name and the folder's end stay
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elide, not scroll
        self.recent.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.recent.itemActivated.connect(lambda item: window.open_file(Path(item.data(Qt.ItemDataRole.UserRole))))
        for button in (self.login_button, self.new_button, self.open_button, self.demo_button):
            button.setStyleSheet("padding: 6px 18px; font-size: 11pt;")
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.recent_label = QLabel()
        self.recent_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_file_open(self, file_open: bool) -> None:
        """With a file open and nobody logged in the page asks for a login (nothing else shown)."""
        self.file_open = file_open
        self.login_button.setVisible(file_open)
        for widget in (self.new_button, self.open_button, self.demo_button, self.recent, self.recent_label):
            widget.setVisible(not file_open and (widget not in (self.recent, self.recent_label)
                                                 or self.recent.count() > 0))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("职工技能竞赛现场评分"))
        if self.file_open:
            self.text.setText(self.tr("比赛文件已打开，请登录（Ctrl+L）。"))
        else:
            self.text.setText(self.tr("请新建或打开比赛文件。评分、排名与审核都保存在这个文件中。"))
        self.login_button.setText(self.tr("登录…"))
        self.new_button.setText(self.tr("新建比赛…"))
        self.open_button.setText(self.tr("打开比赛文件…"))
        self.demo_button.setText(self.tr("打开演示比赛"))
        self.demo_button.setToolTip(self.tr("在数据文件夹里建立（或重新打开）演示比赛：3 个赛项、60 名选手"))
        self.recent_label.setText(self.tr("最近打开（双击或回车打开）："))

    def set_recent(self, files: list[Path]) -> None:
        self.recent.clear()
        height = self.recent.fontMetrics().height() + 6
        for path in files:
            self.recent.addItem(recent_text(path))
            item = self.recent.item(self.recent.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            item.setSizeHint(QSize(1, height))  # as wide as the list (not the text): drawn elided
        self.recent.setVisible(bool(files) and not self.file_open)
        self.recent_label.setVisible(bool(files) and not self.file_open)


def recent_text(path: Path) -> str:
    """A recent file as listed: its name first, then its folder, the contests folder by that name
    (比赛.judge — 比赛文件夹/2026县赛), so files in look-alike long paths tell apart."""
    folder = str(path.parent)
    try:
        inside = path.parent.relative_to(contests_dir())
    except ValueError:
        pass
    else:
        name = QApplication.translate("MainWindow", "比赛文件夹")
        folder = name if str(inside) == "." else f"{name}/{inside.as_posix()}"
    return f"{path.name}  —  {folder}"


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, pages: tuple[type[Page], ...] = PAGES):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.controller = Controller(self)
        self.leaderboard = None
        self.page_classes: list[type[Page]] = list(pages)
        self._made: dict[int, Page] = {}  # row → page, for the pages made so far
        self._retired: list[Page] = []  # pages of the previous session, deleted when the store is idle

        self.nav = QListWidget()
        self.nav.setObjectName("pageList")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        for row, cls in enumerate(self.page_classes):
            self.nav.addItem("")
            if cls.has_actions():  # its menu actions are needed now
                self.page_at(row)
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.file_label = QLabel()
        self.file_label.setObjectName("statusFile")
        self.who_label = QLabel()
        self.who_label.setObjectName("statusWho")
        self.busy_label = QLabel()
        self.journal_label = QLabel()  # a network share: rollback-journal mode (why: its tooltip)
        self.journal_label.setObjectName("statusJournal")
        self.journal_label.hide()
        self.statusBar().addPermanentWidget(self.journal_label)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.who_label)
        self.statusBar().addPermanentWidget(self.file_label)

        self._make_actions()
        self._make_menus()
        self.controller.snapshotChanged.connect(self._on_snapshot)
        self.controller.sessionChanged.connect(self._on_session)
        self.controller.closed.connect(self._on_closed)
        self.controller.storeWarned.connect(self._store_warned)
        self.controller.bg.busyChanged.connect(self._on_busy)
        self.controller.bg.jobFinished.connect(self._bury_retired)
        self.retranslate()
        self._update_state()
        place(self, PREFERRED_SIZE, self.settings.geometry("main", screen_name(self)))

    # -- actions and menus --------------------------------------------------------------------

    def _action(self, name: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action("actionNew", self.ask_new_contest, QKeySequence.StandardKey.New)
        self.open_action = self._action("actionOpen", self.ask_open, QKeySequence.StandardKey.Open)
        self.demo_action = self._action("actionDemo", self.open_demo)
        self.close_action = self._action("actionClose", self.close_file, QKeySequence.StandardKey.Close)
        self.quit_action = self._action("actionQuit", self.close, "Ctrl+Q")
        self.login_action = self._action("actionLogin", self.ask_login, "Ctrl+L")
        self.logout_action = self._action("actionLogout", self.logout)
        self.seal_action = self._action("actionSealPassphrase", lambda: ask_seal_passphrase(self, self.controller))
        self.leaderboard_action = self._action("actionLeaderboard", self.show_leaderboard, "Ctrl+Shift+B")
        self.about_action = self._action("actionAbout", self.about)
        self.page_actions = []  # Ctrl+1 … Ctrl+9: the first nine pages of the side list as shown
        for n in range(1, 10):
            action = self._action(f"actionPage{n}", lambda n=n: self.show_nth_page(n), f"Ctrl+{n}")
            self.addAction(action)  # a window shortcut, in no menu
            self.page_actions.append(action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in i18n.LANGUAGES.items():
            action = QAction(label, self)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        current = i18n.current_language(QApplication.instance())
        self.language_actions.get(current, self.language_actions["zh_CN"]).setChecked(True)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addAction(self.close_action)
        self.page_file_actions: list[tuple[Page, QAction]] = []
        self.page_actions_end = self.file_menu.addSeparator()  # pages' file actions go before it
        self.file_menu.addAction(self.quit_action)
        self.account_menu = bar.addMenu("")
        self.account_menu.addAction(self.login_action)
        self.account_menu.addAction(self.logout_action)
        self.account_menu.addAction(self.seal_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.leaderboard_action)
        self.language_menu = QMenu(self)
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.view_menu.addMenu(self.language_menu)
        self.page_menus: list[tuple[Page, QMenu]] = []
        self._menu_of_row: dict[int, QMenu] = {}
        for row, page in sorted(self._made.items()):
            if page.menu_actions():
                self._menu_of_row[row] = bar.addMenu("")
        self._attach_page_actions()
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self._fill_recent()

    def _attach_page_actions(self) -> None:
        """Put the made pages' menu and File actions in the menus (again, after pages were rebuilt)."""
        for _page, action in self.page_file_actions:
            self.file_menu.removeAction(action)
        self.page_file_actions = [(page, action) for page in self.made_pages() for action in page.file_actions()]
        for _page, action in self.page_file_actions:
            self.file_menu.insertAction(self.page_actions_end, action)
        self.page_menus = []
        for row, menu in self._menu_of_row.items():
            menu.clear()
            page = self._made[row]
            menu.addActions(page.menu_actions())
            menu.setTitle(page.page_title())
            self.page_menus.append((page, menu))

    def _rebuild_pages(self) -> None:
        """Throw every page away and make them anew (those with menu actions at once): a page
        keeps nothing of the previous person (their grid, names they could see, dialogs)."""
        self.stack.setCurrentWidget(self.welcome)  # else removing the current page shows the next one
        for page in self.made_pages():
            self.stack.removeWidget(page)
            page.closing()
            page.hide()
            page.setParent(None)  # out of the window's tree: findChild, menus and focus never reach it
            self._retired.append(page)  # deleted once the store jobs it may wait for answered
        self._made.clear()
        self._bury_retired()
        for row, cls in enumerate(self.page_classes):
            if cls.has_actions():
                self.page_at(row)
        self._attach_page_actions()

    def _bury_retired(self, *_job: object) -> None:
        if self._retired and self.controller.bg.idle:
            for page in self._retired:
                page.deleteLater()
            self._retired.clear()
            QTimer.singleShot(0, gui_gc.give_back)  # once the deferred deletes ran

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(recent_text(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(files))
        self.welcome.set_recent(files)

    # -- texts --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("文件(&F)"))
        self.recent_menu.setTitle(self.tr("最近打开(&R)"))
        self.account_menu.setTitle(self.tr("账户(&A)"))
        self.view_menu.setTitle(self.tr("视图(&V)"))
        self.language_menu.setTitle(self.tr("语言 / Language"))
        self.help_menu.setTitle(self.tr("帮助(&H)"))
        self.new_action.setText(self.tr("新建比赛(&N)…"))
        self.new_action.setStatusTip(self.tr("建立新的比赛文件（名称、主办单位、日期，可同时导入评分标准）"))
        self.open_action.setText(self.tr("打开比赛文件(&O)…"))
        self.open_action.setStatusTip(self.tr("打开一个比赛文件（同一文件只能在一处打开）"))
        self.close_action.setText(self.tr("关闭比赛文件(&C)"))
        self.demo_action.setText(self.tr("打开演示比赛(&D)"))
        self.quit_action.setText(self.tr("退出(&X)"))
        self.login_action.setText(self.tr("登录(&L)…"))
        self.login_action.setStatusTip(self.tr("选择姓名并输入 PIN 登录"))
        self.logout_action.setText(self.tr("注销(&O)"))
        self.seal_action.setText(self.tr("设置封印口令(&S)…"))
        self.seal_action.setStatusTip(self.tr("裁判长或监督设置封印口令：锁定、公示和定稿时用它封存审计记录"))
        self.leaderboard_action.setText(self.tr("大屏幕成绩榜(&B)"))
        self.leaderboard_action.setStatusTip(self.tr("在投影仪上显示已公布赛项的成绩（F11 全屏）"))
        self.about_action.setText(self.tr("关于(&A)"))
        titles = [cls.title() for cls in self.page_classes]
        for row, title in enumerate(titles):
            self.nav.item(row).setText(title)
        widest = max((self.nav.fontMetrics().horizontalAdvance(title) for title in titles), default=0)
        self.nav.setFixedWidth(max(150, widest + 40))  # English page names are longer
        for page, menu in self.page_menus:
            menu.setTitle(page.page_title())
        self.welcome.retranslate()
        self._update_labels()

    def _update_labels(self) -> None:
        snap = self.controller.snapshot
        note = snap.journal_note if snap else ""  # a network share: said, not hidden in the log
        self.journal_label.setText(self.tr("网络共享文件夹：回滚日志模式") if note else "")
        self.journal_label.setToolTip(note)
        self.journal_label.setVisible(bool(note))
        self.file_label.setText(f"{snap.name} · {snap.path.name}" if snap else self.tr("未打开比赛文件"))
        session = self.controller.session
        self.who_label.setText(person_with_role(session.judge.name, session.role) if session else self.tr("未登录"))
        title = self.tr("职工技能竞赛评分")
        self.setWindowTitle(f"{snap.name} — {title}" if snap else title)

    # -- file ---------------------------------------------------------------------------------

    def ask_open(self) -> None:
        start = str(self.settings.recent_files()[0].parent) if self.settings.recent_files() else str(contests_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开比赛文件"), start, FILE_FILTER)
        if path:
            remember_folder(Path(path).parent)
            self.open_file(Path(path))

    def ask_new_contest(self) -> NewContestDialog:
        """新建比赛: the dialog, then the file made on the store thread and opened as organiser."""
        dialog = NewContestDialog(self.controller, self)
        dialog.accepted.connect(lambda: self.create_contest(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.new_contest_dialog = dialog
        return dialog

    def create_contest(self, dialog: NewContestDialog) -> None:
        from judge_app.app.contest import create_contest

        remember_folder(dialog.file_path.parent)
        path, values = dialog.file_path, dict(name=dialog.name.text(), organiser=dialog.organiser.text(),
                                              date=dialog.date.text(), scheme_file=dialog.scheme_file)
        self.controller.bg.store(lambda _side: create_contest(path, actor=ORGANISER.name, **values),
                                 on_done=self.open_file,
                                 on_error=lambda exc: show_error(self, exc, self.tr("无法新建比赛")),
                                 label=self.tr("正在建立比赛文件…"))

    def open_file(self, path: Path, *, then=None, login: tuple[str, str] | None = None) -> None:
        """Open ``path`` on the store thread; a locked or damaged file gets its own message.
        ``login`` (judge id, PIN) logs that person in instead of asking (a judge kit just opened)."""
        path = Path(path)

        def opened(_snap: Snapshot) -> None:
            self.settings.add_recent(path)
            self.settings.sync()
            self._fill_recent()
            self.statusBar().showMessage(self.tr("已打开 %1").replace("%1", str(path)), 5000)
            snap = self.controller.snapshot
            if login is not None:
                self.controller.login(*login, on_done=then,
                                      on_error=lambda exc: (show_error(self, exc), self.ask_login()))
            elif snap is not None and not snap.judges:
                self.controller.start_session(ORGANISER, then)
            else:
                if then:
                    then(None)
                self.ask_login()

        self.controller.open(path, "管理员", on_done=opened, on_error=lambda exc: self._open_failed(path, exc))

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, ContestLocked):
            show_error(self, exc, self.tr("比赛文件正在别处使用"))
        elif isinstance(exc, DamagedContestFile):
            self._offer_backup(path, exc)
        else:
            show_error(self, exc, self.tr("无法打开比赛文件"))

    def _offer_backup(self, path: Path, exc: DamagedContestFile) -> None:
        log.warning("damaged contest file: %s", path)
        if not exc.backups:
            show_error(self, exc, self.tr("比赛文件已损坏"))
            return
        latest = exc.backups[0]
        text = self.tr("比赛文件 %1 已损坏，无法打开。\n\n最近的备份是：\n%2\n\n"
                       "要把这个备份复制为新的比赛文件并打开吗？（损坏的文件保持不动。）")
        confirm(self, self.tr("比赛文件已损坏"), text.replace("%1", str(path)).replace("%2", latest.name),
                lambda: self.open_file(restore_copy(latest, path)), ok_text=self.tr("打开备份"))

    def open_demo(self) -> None:
        """The demo contest in the data folder: built once (in the work pool), then opened."""
        from judge_app.demo import build_demo

        path = contests_dir() / f"演示比赛{CONTEST_SUFFIX}"
        if path.exists():
            self.open_file(path)
            return
        self.controller.bg.work(build_demo, path, on_done=self.open_file, label=self.tr("正在建立演示比赛…"))

    def close_file(self) -> None:
        self.controller.close_file()

    # -- session ------------------------------------------------------------------------------

    def ask_login(self) -> LoginDialog | None:
        """The login dialog; whoever was logged in is logged out first, so the dialog never sits
        over the previous person's pages (names, their grid)."""
        snap = self.controller.snapshot
        if snap is None:
            return None
        if self.controller.session is not None:
            self.controller.logout()
        dialog = LoginDialog(self.controller, list(snap.judges), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.login_dialog = dialog
        return dialog

    def logout(self) -> None:
        self.controller.logout()

    # -- language -----------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        app = QApplication.instance()
        if not i18n.set_language(app, code):
            show_info(self, self.tr("找不到该语言的翻译文件。"))
            return
        self.settings.language = code
        self.settings.sync()
        self.language_actions[code].setChecked(True)

    # -- leaderboard --------------------------------------------------------------------------

    def show_leaderboard(self) -> None:
        from judge_app.gui.leaderboard import LeaderboardWindow

        if self.leaderboard is None:
            self.leaderboard = LeaderboardWindow(self.controller)
        self.leaderboard.show()
        self.leaderboard.raise_()
        self.leaderboard.refresh()

    def about(self) -> None:
        import judge_app

        show_info(self, self.tr("职工技能竞赛现场评分 %1\n离线运行，数据只保存在比赛文件中。")
                  .replace("%1", judge_app.__version__), self.tr("关于"))

    # -- state --------------------------------------------------------------------------------

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.logged_out:  # the first people were just registered: from now on everyone logs in
            self.ask_login()
            return
        for page in self.made_pages():
            page.set_snapshot(snapshot)
        self._update_state()

    def _on_session(self, session: Session | None) -> None:
        self._rebuild_pages()  # made with the new session and the current snapshot
        self._update_state()
        row = self.nav.currentRow()
        if row >= 0 and not self.nav.item(row).isHidden():
            self._show_row(row)  # the new page of the row that stays selected

    def _on_closed(self) -> None:
        for page in self.made_pages():
            page.set_session(None)
            page.set_snapshot(None)
        self._update_state()

    def _store_warned(self, warned: Exception | str) -> None:
        """The store saved a change but warns (its automatic backup failed, naming the backup
        folder): a warning, never the error dialog, for the action went through."""
        if isinstance(warned, BackupFailed):
            text = (self.tr("更改已保存，但自动备份失败：无法在备份文件夹 %1 中写入备份（%2）。\n\n"
                            "请腾出磁盘空间或检查文件夹权限，然后用“文件→备份”（Ctrl+B）再备份一次。")
                    .replace("%1", str(warned.folder)).replace("%2", warned.cause))
        else:
            text = in_ui_language(str(warned))
        self.statusBar().showMessage(text, 15000)
        self.store_warning_box = show_warning(self, text, self.tr("已保存，但有问题"))

    def _on_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("正在保存…") if busy else "")

    def _update_state(self) -> None:
        session = self.controller.session
        has_file = self.controller.snapshot is not None
        first_visible, shown = -1, 0
        for row, cls in enumerate(self.page_classes):
            page = self._made.get(row)
            visible = has_file and (page.visible_for(session) if page is not None else cls.usable_by(session))
            self.nav.item(row).setHidden(not visible)
            shown += visible
            self.nav.item(row).setToolTip(f"Ctrl+{shown}" if visible and shown <= 9 else "")
            if visible and first_visible < 0:
                first_visible = row
        self.nav.setVisible(first_visible >= 0)
        for page, menu in self.page_menus:  # a page's menu only while its page can be used
            menu.menuAction().setVisible(has_file and page.visible_for(session))
        for page, action in self.page_file_actions:
            action.setVisible(page.file_action_visible(action, has_file))
        self.close_action.setEnabled(has_file)
        self.login_action.setEnabled(has_file)
        self.logout_action.setEnabled(session is not None)
        self.seal_action.setVisible(allowed(Action.SEAL_PASSPHRASE, session.role if session is not None else None))
        row = self.nav.currentRow()
        self.welcome.set_file_open(has_file)
        if first_visible < 0:
            self.stack.setCurrentWidget(self.welcome)
        elif row < 0 or self.nav.item(row).isHidden():
            self.nav.setCurrentRow(first_visible)
        self._update_labels()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.page_classes):
            page = self.page_at(row)
            self.stack.setCurrentWidget(page)
            page.activated()

    # -- pages, made on first use -------------------------------------------------------------

    def page_at(self, row: int) -> Page:
        """The page of side-list row ``row``, made now (with the current session and snapshot)
        if it was not yet."""
        page = self._made.get(row)
        if page is None:
            page = self.page_classes[row](self.controller)
            self._made[row] = page
            self.stack.addWidget(page)
            if self.controller.session is not None:
                page.set_session(self.controller.session)
            if self.controller.snapshot is not None:
                page.set_snapshot(self.controller.snapshot)
        return page

    def made_pages(self) -> list[Page]:
        """The pages made so far, in side-list order."""
        return [self._made[row] for row in sorted(self._made)]

    @property
    def pages(self) -> list[Page]:
        """Every page, in side-list order (makes those not made yet)."""
        return [self.page_at(row) for row in range(len(self.page_classes))]

    def show_page(self, page: Page) -> None:
        """Make ``page`` the current one (tests, links between pages)."""
        self.nav.setCurrentRow(next(row for row, made in self._made.items() if made is page))

    def show_nth_page(self, n: int) -> None:
        """Show the ``n``-th page of the side list as this person sees it (Ctrl+n)."""
        rows = [row for row in range(self.nav.count()) if not self.nav.item(row).isHidden()]
        if self.nav.isVisible() and 0 < n <= len(rows):
            self.nav.setCurrentRow(rows[n - 1])

    def page(self, cls: type[Page]) -> Page:
        """The page of class ``cls`` (made now if need be)."""
        return self.page_at(next(row for row, c in enumerate(self.page_classes) if issubclass(c, cls)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.leaderboard is not None:
            self.leaderboard.close()
        self.controller.shutdown()
        for page in self.made_pages():
            page.closing()
        self.settings.set_geometry("main", screen_name(self), self.saveGeometry().data())
        self.settings.sync()
        super().closeEvent(event)
