"""The main window: plan chooser and tree on the left, the selected thing's editor right.

The window is built in two steps so it can show before the heavy imports: the frame
(menus, an empty tree, the status bar) needs only Qt, and :meth:`MainWindow.attach`
brings in SQLAlchemy, the tree model and the editors once a workspace is open. Every
change goes through the workspace as an undo command; nothing here writes the file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSettings,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from insatsplan import __version__
from insatsplan.errors import UserError

if TYPE_CHECKING:
    from insatsplan.ui.commands import CommandContext
    from insatsplan.ui.compare_panel import CompareView
    from insatsplan.ui.editors.panel import EditorPanel
    from insatsplan.ui.edits import (
        ComparisonEdit,
        EvaluationEdit,
        FieldEdit,
        MeasurementEdit,
    )
    from insatsplan.ui.find_bar import NodeFilterProxy
    from insatsplan.ui.follow_up_view import FollowUpView
    from insatsplan.ui.outliner import Outliner
    from insatsplan.ui.tree_filter import TreeFilter
    from insatsplan.ui.tree_model import PlanTreeModel
    from insatsplan.workspace import Change, Workspace
    from insatsplan.workspace.reads import NodePlace



def translate_error(error: UserError) -> str:
    return error.text(QCoreApplication.translate)


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys, and Ctrl+Shift+Z where the platform has not got it.

    Each sequence once: on Linux the standard key already is Ctrl+Shift+Z, and an action
    holding one sequence twice is an ambiguous shortcut that Qt ignores.
    """
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_shift_z = QKeySequence("Ctrl+Shift+Z")
    if ctrl_shift_z not in keys:
        keys.append(ctrl_shift_z)
    return keys


def settings() -> QSettings:
    """The editor's own settings (geometry, last plan), in the platformdirs config folder."""
    from platformdirs import user_config_path

    path = user_config_path("insatsplan", appauthor=False) / "editor.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """One workspace's editor."""

    #: the tree shows its first rows (start-up measures this)
    tree_ready = Signal()

    def __init__(self, *, deferred: bool = False) -> None:
        """*deferred*: only the empty frame now (title, size), so start-up can show it at
        once; :meth:`build` adds menus, tree and status bar right after it is shown."""
        super().__init__()
        self.ws: Workspace | None = None
        self.model: PlanTreeModel | None = None
        self.proxy: NodeFilterProxy | None = None
        self.outliner: Outliner | None = None
        self.panel: EditorPanel | None = None
        self.context: CommandContext | None = None
        self.stack = QUndoStack(self)
        self._plan_sealed = False
        self._path_shown = True  # the status bar shows the current row's path
        self._edit_session = 0  # field edits merge into one undo step within a session
        self.filter: TreeFilter | None = None
        self.follow_up_view: FollowUpView | None = None  # Visa → Uppföljning, built when asked
        self.compare_view: CompareView | None = None  # Plan → Jämför med…, built when asked
        self.built = False
        self.setWindowTitle("Insatsplan")
        self.resize(1200, 800)
        geometry = settings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if not deferred:
            self.build()

    def build(self) -> None:
        """Menus, plan chooser, tree, editor area and status bar."""
        if self.built:
            return
        self.built = True
        self._build_frame()
        self._build_actions()
        splitter = settings().value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([420, 780])

    # ------------------------------------------------------------------ the frame

    def _build_frame(self) -> None:
        from insatsplan.ui.find_bar import FindBar
        from insatsplan.ui.plan_tree_view import PlanTreeView

        self.plan_chooser = QComboBox(self)
        self.plan_chooser.setAccessibleName(self.tr("Plan"))
        self.plan_chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_chooser.setMinimumContentsLength(20)
        self.properties_button = QToolButton(self)
        self.properties_button.setText(self.tr("Properties"))
        self.properties_button.setToolTip(self.tr("The plan's title, years, parties and "
                                                  "signatories"))
        chooser_row = QHBoxLayout()
        chooser_row.setContentsMargins(0, 0, 0, 0)
        chooser_row.addWidget(self.plan_chooser, 1)
        chooser_row.addWidget(self.properties_button)

        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.closed.connect(lambda: self.tree.setFocus())
        self.find_bar.shown.connect(self._find_bar_shown)
        self.find_bar.plan_properties_requested.connect(self.show_plan_properties)
        self.tree: PlanTreeView = PlanTreeView(self)
        self.tree.setAccessibleName(self.tr("Plan tree"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(QtCore.Qt.DropAction.MoveAction)
        self.tree.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addLayout(chooser_row)
        left_layout.addWidget(self.find_bar)
        left_layout.addWidget(self.tree, 1)

        self.banner = QFrame(self)
        self.banner.setObjectName("sealedBanner")
        self.banner.setStyleSheet("#sealedBanner { background: #fff4ce; border: 1px solid "
                                  "#e0c060; border-radius: 4px; }")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Back to draft"), self.banner)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.editor_area = QStackedWidget(self)
        self.opening_label = QLabel(self.tr("Opening the workspace…"), self)
        self.opening_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.editor_area.addWidget(self.opening_label)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.editor_area, 1)

        self.splitter = QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.selection_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.statusBar().addWidget(self.selection_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: Any = None, *,
                tree_only: bool = False, content: bool = False,
                tip: str = "") -> QAction:
        """An action; *tree_only* ones fire only while the tree has focus (so Enter, Del
        and Ctrl+C keep their meaning in text fields); *content* ones are off on a sealed
        plan."""
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        if tree_only:
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        if content:
            self._content_actions.append(action)
        self._workspace_actions.append(action)
        return action

    def _build_actions(self) -> None:
        from insatsplan.ui.plan_actions import PlanFlows

        self.flows = PlanFlows(self)
        self._content_actions: list[QAction] = []
        self._workspace_actions: list[QAction] = []
        o = self._outliner_call
        bar = self.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self.new_workspace_action = QAction(self.tr("&New workspace…"), self)
        self.new_workspace_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_workspace_action.triggered.connect(self.new_workspace)
        self.open_action = QAction(self.tr("&Open workspace…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_workspace_dialog)
        file_menu.addAction(self.new_workspace_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recent workspaces"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.export_word_action = self._action(self.tr("&Export plan (Word)…"),
                                               self.flows.export_word, "Ctrl+E")
        file_menu.addAction(self.export_word_action)
        self.export_report_action = self._action(self.tr("Export &follow-up (Word)…"),
                                                 self.flows.export_report)
        file_menu.addAction(self.export_report_action)
        self.import_statistics_action = self._action(self.tr("&Import statistics…"),
                                                     self.import_statistics)
        file_menu.addAction(self.import_statistics_action)
        self.import_word_action = self._action(self.tr("Import &Word document…"),
                                               self.import_word)
        file_menu.addAction(self.import_word_action)
        file_menu.addSeparator()
        self.save_copy_action = self._action(self.tr("Save a &copy as…"), self.save_copy,
                                             QKeySequence.StandardKey.SaveAs)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self._action(self.tr("Open the &backups folder"),
                                         self.open_backups_folder))
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.triggered.disconnect()  # ours first writes what is being typed
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(lambda _checked=False: self.redo())
        self.redo_action.setShortcuts(redo_keys())
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.cut_action = self._action(self.tr("Cu&t"), o("cut"), QKeySequence.StandardKey.Cut,
                                       tree_only=True, content=True)
        self.copy_action = self._action(self.tr("&Copy"), o("copy"),
                                        QKeySequence.StandardKey.Copy, tree_only=True)
        self.paste_action = self._action(self.tr("&Paste"), o("paste"),
                                         QKeySequence.StandardKey.Paste, tree_only=True,
                                         content=True)
        self.duplicate_action = self._action(self.tr("D&uplicate"), o("duplicate"), "Ctrl+D",
                                             tree_only=True, content=True)
        self.delete_action = self._action(self.tr("&Delete"), o("delete"),
                                          QKeySequence.StandardKey.Delete, tree_only=True,
                                          content=True)
        self.rename_action = self._action(self.tr("Re&name"), o("edit_current"), "F2",
                                          tree_only=True, content=True)
        for action in (self.cut_action, self.copy_action, self.paste_action,
                       self.duplicate_action, self.delete_action, self.rename_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find and filter…"), self.find_bar.open_bar,
                                        QKeySequence.StandardKey.Find)
        edit_menu.addAction(self.find_action)
        self.find_next_action = self._action(self.tr("Find &next"), self._next_match,
                                             QKeySequence.StandardKey.FindNext)
        edit_menu.addAction(self.find_next_action)
        # While the find bar is open, Enter and Esc in the tree belong to the search
        # (these take the keys from "Add after" then: see _find_bar_shown).
        self.next_match_in_tree_action = self._action(self.tr("Next match"),
                                                      self._next_match, tree_only=True)
        self.close_find_in_tree_action = self._action(self.tr("Close the search"),
                                                      self.find_bar.close_bar, tree_only=True)

        plan_menu = bar.addMenu(self.tr("&Plan"))
        self.new_plan_action = self._action(self.tr("&New plan"), self.new_plan)
        self.properties_action = self._action(self.tr("Plan &properties"),
                                              self.show_plan_properties, "Alt+Return")
        self.properties_button.clicked.connect(self.show_plan_properties)
        self.add_sibling_action = self._action(self.tr("Add &after"), o("add_sibling"),
                                               [QKeySequence("Return"), QKeySequence("Enter")],
                                               tree_only=True, content=True)
        self.add_child_action = self._action(self.tr("Add &inside"), o("add_child"),
                                             [QKeySequence("Ctrl+Return"),
                                              QKeySequence("Ctrl+Enter")],
                                             tree_only=True, content=True)
        self.move_up_action = self._action(self.tr("Move &up"), lambda: self._move_by(-1),
                                           "Ctrl+Up", tree_only=True, content=True)
        self.move_down_action = self._action(self.tr("Move &down"), lambda: self._move_by(1),
                                             "Ctrl+Down", tree_only=True, content=True)
        self.indent_action = self._action(self.tr("&Indent goal"), o("indent"),
                                          "Alt+Shift+Right", tree_only=True, content=True)
        self.outdent_action = self._action(self.tr("&Outdent goal"), o("outdent"),
                                           "Alt+Shift+Left", tree_only=True, content=True)
        self.send_action = self._action(self.tr("&Send for signature"),
                                        lambda: self.set_status("sent"))
        self.draft_action = self._action(self.tr("Back to &draft"),
                                         lambda: self.set_status("draft"))
        self.banner_button.clicked.connect(lambda: self.set_status("draft"))
        self.sign_action = self._action(self.tr("S&ign…"), self.flows.sign_plan)
        self.attach_pdf_action = self._action(self.tr("Attach the signed &PDF…"),
                                              self.flows.attach_signed_pdf)
        self.save_pdf_action = self._action(self.tr("Save the signed PDF &as…"),
                                            self.flows.save_signed_pdf)
        self.new_version_action = self._action(self.tr("New &version…"), self.flows.new_version)
        self.delete_plan_action = self._action(self.tr("De&lete plan…"), self.flows.delete_plan)
        self.compare_action = self._action(self.tr("Co&mpare with…"), self.compare_with,
                                           "Ctrl+Shift+J", tip=self.tr(
            "What changed since another plan: added, removed, moved and changed items"))
        self.next_change_action = QAction(self.tr("Ne&xt change"), self)
        self.next_change_action.setShortcut(QKeySequence("F8"))
        self.next_change_action.triggered.connect(lambda _c=False: self.compare_step(1))
        self.previous_change_action = QAction(self.tr("P&revious change"), self)
        self.previous_change_action.setShortcut(QKeySequence("Shift+F8"))
        self.previous_change_action.triggered.connect(lambda _c=False: self.compare_step(-1))
        for step_action in (self.next_change_action, self.previous_change_action):
            step_action.setEnabled(False)  # until a comparison has changes (compare_panel)
        plan_actions: tuple[QAction | None, ...] = (
            self.new_plan_action, self.properties_action, None,
            self.add_sibling_action, self.add_child_action, self.move_up_action,
            self.move_down_action, self.indent_action, self.outdent_action, None,
            self.send_action, self.draft_action, self.sign_action,
            self.attach_pdf_action, self.save_pdf_action, None,
            self.new_version_action, self.delete_plan_action, None,
            self.compare_action, self.next_change_action, self.previous_change_action)
        for planned in plan_actions:
            if planned is None:
                plan_menu.addSeparator()
            else:
                plan_menu.addAction(planned)

        view_menu = bar.addMenu(self.tr("&View"))
        self.expand_action = self._action(self.tr("&Expand all"), self.tree.expandAll,
                                          "Ctrl+Shift+Down")
        self.collapse_action = self._action(self.tr("&Collapse all"), self.tree.collapseAll,
                                            "Ctrl+Shift+Up")
        view_menu.addAction(self.expand_action)
        view_menu.addAction(self.collapse_action)
        view_menu.addSeparator()
        self.without_indicators_action = self._action(
            self.tr("Topics &without indicators"),
            lambda: self._filter_without_indicators())
        self.without_indicators_action.setCheckable(True)
        view_menu.addAction(self.without_indicators_action)
        self.without_evaluation_action = self._action(
            self.tr("Topics without evaluation {year}").format(year="").strip(),
            lambda: self._filter_without_evaluation())
        self.without_evaluation_action.setCheckable(True)
        self.find_bar.evaluation_label_changed.connect(
            lambda year: self.without_evaluation_action.setText(self.tr(
                "Topics without evaluation {year}").format(year=year).strip()))
        view_menu.addAction(self.without_evaluation_action)
        view_menu.addSeparator()
        self.follow_up_action = self._action(self.tr("&Follow-up"), self.toggle_follow_up,
                                             "Ctrl+U", tip=self.tr(
            "Every indicator of the plan with its status, trend and latest value"))
        self.follow_up_action.setCheckable(True)
        view_menu.addAction(self.follow_up_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Insatsplan"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

        self._set_enabled(False)

    def _outliner_call(self, name: str) -> Callable[[], None]:
        def call() -> None:
            if self.outliner is not None:
                self.commit_typing()
                getattr(self.outliner, name)()
        return call

    def _move_by(self, delta: int) -> None:
        if self.outliner is not None:
            self.outliner.move_by(delta)

    def _set_enabled(self, enabled: bool) -> None:
        for action in self._workspace_actions:
            action.setEnabled(enabled)
        if enabled:
            self._update_sealed_state()

    # -------------------------------------------------------------- the workspace

    def attach(self, ws: Workspace, *, editor_later: bool = False) -> None:
        """Show *ws*: the heavy part of start-up (SQLAlchemy, the model, the editors).

        With *editor_later* the tree is filled and the editor panel is left for
        :meth:`attach_editor`, which start-up calls once the tree is painted, so a
        person sees the plan as early as possible.
        """
        from insatsplan.ui.commands import CommandContext
        from insatsplan.ui.find_bar import NodeFilterProxy
        from insatsplan.ui.outliner import Outliner
        from insatsplan.ui.tree_filter import TreeFilter
        from insatsplan.ui.tree_model import PlanTreeModel

        self.ws = ws
        self.stack.clear()
        self.context = CommandContext(ws, self.report, self.select_node,
                                      show_period=self._show_evaluation_period)
        plans = ws.plan_summaries()
        plan_id = self._remembered_plan(plans)
        self.model = PlanTreeModel(ws, plan_id, self)
        self.model.operation_failed.connect(self.report)
        self.proxy = NodeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree.setModel(self.proxy)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.proxy.dataChanged.connect(self._refresh_path)  # a rename of the row or above
        for signal in (self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self._update_tree_placeholder)
        self.outliner = Outliner(self.context, self.stack, self.model, self.tree,
                                 lambda question: self.confirm(question), self)
        ws.subscribe(self._on_change)
        self._fill_plan_chooser(plans, plan_id)
        self.plan_chooser.currentIndexChanged.connect(self._plan_chosen)
        self.filter = TreeFilter(ws, self.model, self.proxy, self.tree, self.find_bar,
                                 self._set_current, self)
        self.find_bar.changed.connect(self._sync_filter_action)
        self._set_enabled(True)
        self._update_title()
        try:  # when the file last changed, until this session changes it
            wal = ws.path.with_name(ws.path.name + "-wal")  # newer than the file in WAL mode
            newest = max(p.stat().st_mtime for p in (ws.path, wal) if p.exists())
            modified = QDateTime.fromSecsSinceEpoch(int(newest))
            self._show_saved(modified.time())
        except (OSError, ValueError):
            self.saved_label.clear()
        self._show_plan(plan_id, restore=True)
        self.tree_ready.emit()
        if not editor_later:
            self.attach_editor()

    def attach_editor(self) -> None:
        """The editor panel for what the tree has selected, and the organisation filter."""
        from insatsplan.ui.editors.panel import EditorPanel

        if self.ws is None or self.panel is not None:
            return
        self.panel = EditorPanel(self.ws, self.apply_edit, self,
                                 measurements=self.apply_measurement_edit,
                                 comparisons=self.apply_comparison_edit,
                                 evaluations=self.apply_evaluation_edit)
        self.panel.show_banner = False  # the window's banner says it, with the date
        self.editor_area.addWidget(self.panel)
        self.editor_area.setCurrentWidget(self.panel)
        self.find_bar.set_organisations([(o.code, o.name) for o in self.ws.organisations()])
        self._update_sealed_state()
        self._current_changed(self.tree.currentIndex(), QModelIndex())

    def commit_typing(self) -> None:
        """Write what is being typed, in the tree's rename editor or in a field, now.

        Before undo, redo, closing: the menu or the close button takes no focus, so
        nothing else would make the editors let go of their text.
        """
        editor = QApplication.focusWidget()
        if editor is not None and self.tree.viewport().isAncestorOf(editor):
            delegate = self.tree.itemDelegate()
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if self.panel is not None:
            self.panel.flush()

    def undo(self) -> None:
        self.commit_typing()
        self.stack.undo()

    def redo(self) -> None:
        self.commit_typing()
        self.stack.redo()

    def close_workspace(self) -> None:
        """Write what is typed, remember where we were, let go of the file."""
        if self.ws is None:
            return
        self.commit_typing()
        if self.flows.export is not None:
            self.flows.export.finish_quietly()  # the file is written; no dialog after
        self._remember_place()
        if self.model is not None:
            self.model.detach()
        try:
            self.ws.unsubscribe(self._on_change)
        except ValueError:
            pass
        if self.panel is not None:
            self.panel.detach()
            self.editor_area.removeWidget(self.panel)
            self.panel.deleteLater()
        if self.compare_view is not None:
            self.compare_view.detach()
            self.compare_view = None
        if self.follow_up_view is not None:
            self.follow_up_view.detach()
            self.editor_area.removeWidget(self.follow_up_view)
            self.follow_up_view.deleteLater()
            self.follow_up_view = None
            self.follow_up_action.setChecked(False)
        self.tree.setModel(None)
        for each in (self.outliner, self.proxy, self.model):
            if each is not None:
                each.deleteLater()
        self.plan_chooser.currentIndexChanged.disconnect(self._plan_chosen)
        self.find_bar.changed.disconnect(self._sync_filter_action)
        if self.filter is not None:
            self.filter.disconnect_bar()
            self.filter.deleteLater()
            self.filter = None
        self.stack.clear()
        self.ws.close()
        self.ws = self.model = self.proxy = self.outliner = self.panel = None
        self._set_enabled(False)

    def _remembered_plan(self, plans: list[Any]) -> int | None:
        if not plans:
            return None
        wanted = settings().value(self.settings_key("plan"))
        for plan in plans:
            if plan.uuid == wanted:
                return int(plan.id)
        return int(plans[-1].id)

    def show_plan_in_chooser(self, plan_id: int | None) -> None:
        """Refill the plan chooser and show *plan_id* (after new version, delete)."""
        if self.ws is None:
            return
        self._remember_place()
        self._fill_plan_chooser(self.ws.plan_summaries(), plan_id)
        self._show_plan(plan_id, restore=True)
        if plan_id is None and self.panel is not None:
            self.panel.show_nothing()

    def settings_key(self, name: str) -> str:
        """A settings key of the open workspace (last plan, node, Word template)."""
        path = "" if self.ws is None else str(self.ws.path)
        return f"workspaces/{path.replace('/', '|').replace(chr(92), '|')}/{name}"

    def plan_years_and_status(self, plan: Any) -> str:
        """"2025–2027 · draft": what tells plans apart, as the chooser and questions say."""
        statuses = {"draft": self.tr("draft"), "sent": self.tr("sent for signature"),
                    "signed": self.tr("signed")}
        years = (str(plan.year_from) if plan.year_to == plan.year_from
                 else f"{plan.year_from}–{plan.year_to}")
        return f"{years} · {statuses.get(plan.status, plan.status)}"

    def _fill_plan_chooser(self, plans: list[Any], selected: int | None) -> None:
        """Year and status first, then the title: the chooser cuts long labels at the
        end, and plans of one city share the start of their titles. The lineage (which
        plan a new version was made from) ends the label by its years, and the tooltip
        names it with the whole title."""
        from insatsplan.text import plain_text
        from insatsplan.year_roll import years_text

        self.plan_chooser.blockSignals(True)
        self.plan_chooser.clear()
        for plan in plans:
            title = plain_text(plan.title) or self.tr("(untitled)")
            label = f"{self.plan_years_and_status(plan)} · {title}"
            if getattr(plan, "origin_id", None) is not None:
                label += " · " + self.tr("new version of {years}").format(
                    years=years_text(plan.origin_year_from, plan.origin_year_to))
            self.plan_chooser.addItem(label, int(plan.id))
            tip = title
            if getattr(plan, "origin_id", None) is not None:
                tip += "\n" + self.tr("made from “{title}” ({years})").format(
                    title=plain_text(plan.origin_title or "") or self.tr("(untitled)"),
                    years=years_text(plan.origin_year_from, plan.origin_year_to))
            self.plan_chooser.setItemData(self.plan_chooser.count() - 1, tip,
                                          QtCore.Qt.ItemDataRole.ToolTipRole)
        self.plan_chooser.setCurrentIndex(max(self.plan_chooser.findData(selected), 0))
        self.plan_chooser.setToolTip(self.plan_chooser.currentData(
            QtCore.Qt.ItemDataRole.ToolTipRole) or "")
        self.plan_chooser.blockSignals(False)

    def _plan_chosen(self, _row: int) -> None:
        self.plan_chooser.setToolTip(self.plan_chooser.currentData(
            QtCore.Qt.ItemDataRole.ToolTipRole) or "")
        plan_id = self.plan_chooser.currentData()
        if plan_id is not None and self.model is not None and plan_id != self.model.plan_id:
            self.commit_typing()
            self._remember_place()
            self._show_plan(int(plan_id), restore=True)

    def _show_plan(self, plan_id: int | None, *, restore: bool) -> None:
        assert self.model is not None
        if plan_id != self.model.plan_id:
            self.model.set_plan(plan_id)
        if self.follow_up_view is not None:
            self.follow_up_view.set_plan(plan_id)
        self._update_sealed_state()
        if self.filter is not None:
            self.filter.refresh()
        index = QModelIndex()
        if restore and plan_id is not None:
            uuid = settings().value(self.settings_key(f"node/{self._plan_uuid()}"))
            if uuid:
                index = self._proxy_index_for_uuid(plan_id, str(uuid))
        if not index.isValid() and self.proxy is not None:
            index = self.proxy.index(0, 0)
        if index.isValid():
            self._set_current(index)
        else:  # an empty plan: its properties, and no path left from the plan before
            self._path_shown = False
            self.selection_label.setText(self.tr("Plan properties") if plan_id is not None
                                         else "")
            if self.panel is not None and plan_id is not None:
                self.panel.show_plan(plan_id)
        self.tree.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _plan_uuid(self) -> str:
        if self.ws is None or self.model is None or self.model.plan_id is None:
            return ""
        return str(self.ws.plan_summary(self.model.plan_id).uuid)

    def _remember_place(self) -> None:
        if self.ws is None or self.model is None or self.model.plan_id is None:
            return
        store = settings()
        store.setValue(self.settings_key("plan"), self._plan_uuid())
        node_id = self.model.node_id(self._source(self.tree.currentIndex()))
        if node_id is not None:
            try:
                store.setValue(self.settings_key(f"node/{self._plan_uuid()}"),
                               self.ws.node_place(node_id).uuid)
            except UserError:
                pass

    # --------------------------------------------------------------- selection

    def _source(self, index: QModelIndex) -> QModelIndex:
        if self.proxy is None or not index.isValid():
            return QModelIndex()
        return self.proxy.mapToSource(index)

    def _proxy_index_for_uuid(self, plan_id: int, uuid: str) -> QModelIndex:
        assert self.ws is not None and self.model is not None and self.proxy is not None
        try:
            node_id = self.ws.node_id(plan_id, uuid)
        except UserError:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index_for_node(node_id))

    def _set_current(self, index: QModelIndex) -> None:
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)

    def select_node(self, plan_id: int, uuid: str | None) -> None:
        """Show what an undo or redo changed (switching plan if it is in another one)."""
        if self.model is None:
            return
        if plan_id != self.model.plan_id:
            self._fill_plan_chooser(self.ws.plan_summaries() if self.ws else [], plan_id)
            self._show_plan(plan_id, restore=False)
        if uuid is None:
            if not self.tree.currentIndex().isValid() and self.proxy is not None:
                first = self.proxy.index(0, 0)
                if first.isValid():
                    self._set_current(first)
            return
        index = self._proxy_index_for_uuid(plan_id, uuid)
        if index.isValid() and index != self.tree.currentIndex():
            self._set_current(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model is None:
            return
        self._edit_session += 1
        self._path_shown = True
        self.selection_label.setText(self._path_of(current))
        self._update_action_states()
        if self.panel is None:
            return  # built right after the tree (see attach)
        self.panel.flush()
        source = self._source(current)
        node_id = self.model.node_id(source)
        if node_id is not None:
            self.panel.show_node(node_id)
        elif (section := self.model.section_for_index(source)) is not None:
            self.panel.show_node(section[0])
        elif self.model.plan_id is not None:
            self.panel.show_plan(self.model.plan_id)

    def toggle_follow_up(self) -> None:
        """Visa → Uppföljning: the plan's indicators as tiles where the editor is, or
        the editor back."""
        from insatsplan.ui.follow_up_view import FollowUpView

        if self.ws is None or self.model is None:
            return
        if not self.follow_up_action.isChecked():
            self.editor_area.setCurrentWidget(self.panel or self.opening_label)
            return
        if self.follow_up_view is None:
            self.commit_typing()
            self.follow_up_view = FollowUpView(self.ws, self)
            self.follow_up_view.node_opened.connect(self.open_node)
            self.editor_area.addWidget(self.follow_up_view)
        self.editor_area.setCurrentWidget(self.follow_up_view)
        self.follow_up_view.set_plan(self.model.plan_id)
        first = self.follow_up_view.tiles[0] if self.follow_up_view.tiles else None
        (first or self.follow_up_view.status_filter).setFocus()

    def open_node(self, node_id: int) -> None:
        """A node chosen in the Uppföljning view (a tile's indicator, an activity in a
        list): selected in the tree, its editor shown (a search that hides it is closed
        first)."""
        if self.model is None or self.proxy is None:
            return
        self.follow_up_action.setChecked(False)
        self.toggle_follow_up()
        index = self.proxy.mapFromSource(self.model.index_for_node(node_id))
        if not index.isValid() and not self.find_bar.isHidden():
            self.find_bar.close_bar()
            index = self.proxy.mapFromSource(self.model.index_for_node(node_id))
        if index.isValid():
            self._set_current(index)
            self.tree.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _refresh_path(self, *_changed: object) -> None:
        """The status bar's path again, after a title changed (F2, the title field)."""
        if self._path_shown:
            self.selection_label.setText(self._path_of(self.tree.currentIndex()))

    def _update_tree_placeholder(self, *_changed: object) -> None:
        """What the tree says when it shows no rows: how to begin, or that nothing
        matches the search."""
        text = ""
        if self.model is not None and self.model.plan_id is not None:
            if not self.find_bar.isHidden():
                if self.find_bar.active:
                    text = self.tr("Nothing matches the search.")
            elif not self._plan_sealed and not (self.ws is not None and self.ws.readonly):
                text = self.tr("Press Enter to add a focus area")
        self.tree.set_placeholder(text)

    def _path_of(self, index: QModelIndex) -> str:
        parts = []
        while index.isValid():
            parts.append(str(index.data() or ""))
            index = index.parent()
        return " › ".join(reversed(parts))

    def _update_action_states(self) -> None:
        if self.outliner is None:
            return
        editable = not self._plan_sealed and not (self.ws is not None and self.ws.readonly)
        kind = self.outliner.current_kind()
        self.add_child_action.setEnabled(editable and self.outliner.can_add_child())
        self.indent_action.setEnabled(editable and kind == "goal")
        self.outdent_action.setEnabled(editable and kind == "goal")

    def compare_with(self) -> None:
        """Plan → Jämför med… (the view is ui/compare_panel.py)."""
        from insatsplan.ui.compare_panel import CompareView

        if self.ws is None or self.model is None:
            return
        if self.compare_view is None:
            self.compare_view = CompareView(self)
        self.compare_view.ask_and_compare()

    def compare_step(self, delta: int) -> None:
        """F8 / Shift+F8: the next or previous change of the comparison."""
        if self.compare_view is not None:
            self.compare_view.step(delta)

    def import_statistics(self) -> None:
        """Arkiv → Importera statistik… (the dialog is ui/dialogs/import_statistics.py)."""
        from insatsplan.ui.dialogs.import_statistics import open_import_statistics

        open_import_statistics(self)

    def import_word(self) -> None:
        """Arkiv → Importera Word-dokument… (the dialog is ui/dialogs/import_word.py)."""
        from insatsplan.ui.dialogs.import_word import open_import_word

        open_import_word(self)

    def show_plan_properties(self) -> None:
        if self.panel is not None and self.model is not None and self.model.plan_id is not None:
            self.commit_typing()
            self.panel.show_plan(self.model.plan_id)
            self._path_shown = False
            self.selection_label.setText(self.tr("Plan properties"))

    # ------------------------------------------------------------------ editing

    def apply_edit(self, edit: FieldEdit) -> str | None:
        """The editors' sink: run the edit as an undo command, or say why not."""
        from insatsplan.ui.commands import FieldEditCommand, MoveNodeCommand

        assert self.ws is not None and self.context is not None
        try:
            if edit.target in ("plan", "parties", "signatories"):
                command: Any = FieldEditCommand(self.context, edit.label, edit, edit.target_id,
                                                None, session=self._edit_session)
            else:
                place = self.ws.node_place(edit.target_id)
                plan_id, uuid = place.plan_id, place.uuid
                if edit.target == "horizon":
                    command = MoveNodeCommand(self.context, edit.label, plan_id, uuid,
                                              place.parent_uuid, 1_000_000, edit.new)
                else:
                    command = FieldEditCommand(self.context, edit.label, edit, plan_id, uuid,
                                               session=self._edit_session)
            command.run_first()
        except UserError as error:
            return translate_error(error)
        self.stack.push(command)
        return None

    def _push_follow_up(self, node_id: int, make: Callable[[NodePlace], Any]) -> str | None:
        """Run the command *make* builds for the node's place once, then push it: one
        undo step. The follow-up edits (values, comparisons, evaluations) are open on
        sent and signed plans, so they skip the content guard the tree's edits have.
        Returns the translated message of a refused edit, for the field that made it."""
        assert self.ws is not None and self.context is not None
        try:
            command = make(self.ws.node_place(node_id))
            command.run_first()
        except UserError as error:
            return translate_error(error)
        self.stack.push(command)
        return None

    def apply_measurement_edit(self, edit: MeasurementEdit) -> str | None:
        """The measurement table's sink: one undo step writing a series' values."""
        from insatsplan.ui.follow_up_commands import MeasurementsCommand

        assert self.context is not None
        context = self.context
        return self._push_follow_up(edit.node_id, lambda place: MeasurementsCommand(
            context, edit.label, edit.series_uuid, edit.changes, place.plan_id, place.uuid,
            operation=edit.operation))

    def apply_comparison_edit(self, edit: ComparisonEdit) -> str | None:
        """The chart's "Compare with": one undo step storing an indicator's comparisons."""
        from insatsplan.ui.follow_up_commands import ComparisonsCommand

        assert self.context is not None
        context = self.context
        return self._push_follow_up(edit.node_id, lambda place: ComparisonsCommand(
            context, edit.label, place.plan_id, place.uuid, edit.series_uuids))

    def apply_evaluation_edit(self, edit: EvaluationEdit) -> str | None:
        """The topic form's evaluation section: one undo step writing or deleting a
        topic's evaluation for a period (open on sent and signed plans)."""
        from insatsplan.ui.evaluation_commands import EvaluationCommand

        assert self.context is not None
        context = self.context
        return self._push_follow_up(edit.node_id, lambda place: EvaluationCommand(
            context, edit.label, place.plan_id, place.uuid, edit.period, edit.new,
            edit.field, session=self._edit_session))

    def _show_evaluation_period(self, period: str) -> None:
        if self.panel is not None:
            self.panel.show_evaluation_period(period)

    def set_status(self, status: str) -> None:
        from insatsplan.ui.commands import PlanStatusCommand

        if (self.ws is None or self.model is None or self.model.plan_id is None
                or self.context is None):
            return
        plan = self.ws.plan_summary(self.model.plan_id)
        if plan.status == status:
            return
        text = self.tr("Send for signature") if status == "sent" else self.tr("Back to draft")
        self.commit_typing()
        command = PlanStatusCommand(self.context, text, plan.id, plan.status, status)
        try:
            command.run_first()
        except UserError as error:
            self.report(error)
            return
        self.stack.push(command)

    def new_plan(self) -> None:
        if self.ws is None:
            return
        try:
            plan_id = self.ws.create_plan(title=self.tr("New plan"),
                                          year_from=QDate.currentDate().year())
        except UserError as error:
            self.report(error)
            return
        self._fill_plan_chooser(self.ws.plan_summaries(), plan_id)
        self._show_plan(plan_id, restore=False)
        self.show_plan_properties()

    def _show_saved(self, when: QTime) -> None:
        self.saved_label.setText(self.tr("Saved {time}").format(
            time=QLocale().toString(when, "HH:mm")))

    # ---------------------------------------------------- the signed document

    def _on_change(self, change: Change) -> None:
        self._show_saved(QTime.currentTime())
        if change.kind == "plans" and self.ws is not None and self.model is not None:
            self._fill_plan_chooser(self.ws.plan_summaries(), self.model.plan_id)
            if change.plan_id == self.model.plan_id:
                self._update_sealed_state()
        elif change.kind == "organisations" and self.ws is not None:
            self.find_bar.set_organisations([(o.code, o.name) for o in self.ws.organisations()])

    def _update_sealed_state(self) -> None:
        """Banner and disabled content editing for a signed or sent plan."""
        if self.ws is None or self.model is None:
            return
        readonly = self.ws.readonly
        plan = None if self.model.plan_id is None else self.ws.plan_summary(self.model.plan_id)
        sealed = plan is not None and plan.status in ("sent", "signed")
        self._plan_sealed = sealed
        locked = sealed or readonly
        self.model.set_read_only(locked)
        self.tree.setDragEnabled(not locked)
        self.tree.setAcceptDrops(not locked)
        if self.panel is not None:
            self.panel.set_read_only(locked)
        for action in self._content_actions:
            action.setEnabled(not locked)
        self.new_plan_action.setEnabled(not readonly)
        status = None if plan is None else plan.status
        self.send_action.setEnabled(not readonly and status == "draft")
        self.draft_action.setEnabled(not readonly and status == "sent")
        self.sign_action.setEnabled(not readonly and status in ("draft", "sent"))
        self.attach_pdf_action.setEnabled(not readonly and status == "signed")
        self.save_pdf_action.setEnabled(status == "signed")
        self.new_version_action.setEnabled(not readonly and plan is not None)
        self.compare_action.setEnabled(plan is not None)
        self.delete_plan_action.setEnabled(not readonly and status == "draft")
        self.export_word_action.setEnabled(plan is not None)
        self.export_report_action.setEnabled(plan is not None)
        if readonly:
            from insatsplan.workspace.files import writable_place

            self.banner_text.setText(self.tr(
                "The workspace is open read-only: another program is using it.")
                if writable_place(self.ws.path) else self.tr(
                "The workspace is open read-only: its folder or the media it is on cannot "
                "be written."))
            self.banner_button.hide()
        elif plan is not None and plan.status == "signed":
            signed_on = "" if plan.signed_on is None else plan.signed_on.isoformat()
            self.banner_text.setText(self.tr(
                "This plan is signed {date}. Its content cannot change; follow-up data stays "
                "open. Make a new version to change the plan.").format(date=signed_on).replace(
                    "  ", " "))
            self.banner_button.hide()
        elif plan is not None and plan.status == "sent":
            self.banner_text.setText(self.tr(
                "This plan is sent for signature. Its content cannot change until it is set "
                "back to draft."))
            self.banner_button.show()
        self._show_broken_seal(plan.id if plan is not None and sealed else None)
        self.banner.setVisible(locked)
        self._update_action_states()
        self._update_tree_placeholder()

    _SEALED_STYLE = ("#sealedBanner { background: #fff4ce; border: 1px solid #e0c060; "
                     "border-radius: 4px; }")
    _BROKEN_STYLE = ("#sealedBanner { background: #c42b1c; border: 1px solid #8e1f14; "
                     "border-radius: 4px; } #sealedBanner QLabel { color: white; }")

    def _show_broken_seal(self, plan_id: int | None) -> None:
        """Red banner when a sent or signed plan's content no longer matches its stored
        fingerprint (changed outside the program): what it shows is not what was signed."""
        broken = False
        if plan_id is not None and self.ws is not None:
            try:
                seal = self.ws.seal_state(plan_id)
                broken = seal is not None and seal.broken
            except UserError:  # content that cannot be read cannot be shown as signed
                broken = True
        self.banner.setStyleSheet(self._BROKEN_STYLE if broken else self._SEALED_STYLE)
        if broken:
            self.banner_text.setText(self.tr(
                "The content of this plan no longer matches its fingerprint: it was changed "
                "after it was sent or signed, outside Insatsplan. What is shown here is not "
                "what was signed; run “insatsplan check” for details."))

    # --------------------------------------------------------------- find, filter

    def _find_bar_shown(self, shown: bool) -> None:
        """While the bar is open, Enter in the tree goes to the next match and Esc closes
        the bar; "Add after" gets Enter back when it closes. (One owner per key at a
        time: two actions on one key would be an ambiguous shortcut, which Qt ignores.)"""
        enter = [QKeySequence("Return"), QKeySequence("Enter")]
        self.add_sibling_action.setShortcuts([] if shown else enter)
        self.next_match_in_tree_action.setShortcuts(enter if shown else [])
        self.close_find_in_tree_action.setShortcuts(
            [QKeySequence(QtCore.Qt.Key.Key_Escape)] if shown else [])
        self._update_tree_placeholder()

    def _next_match(self) -> None:
        if self.filter is None:
            return
        if self.find_bar.isHidden():
            self.find_bar.open_bar()
            return
        self.filter.next_match()


    def _sync_filter_action(self, _query: str, _organisation: object,
                            without_indicators: bool, without_evaluation: bool = False
                            ) -> None:
        self._update_tree_placeholder()
        for action, checked in ((self.without_indicators_action, without_indicators),
                                (self.without_evaluation_action, without_evaluation)):
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)

    def _filter_without_indicators(self) -> None:
        self.find_bar.show()
        self.find_bar.without_indicators.setChecked(self.without_indicators_action.isChecked())

    def _filter_without_evaluation(self) -> None:
        self.find_bar.show()
        self.find_bar.without_evaluation.setChecked(self.without_evaluation_action.isChecked())

    # ------------------------------------------------------------------ files

    def _choose_and_open(self, path: Path) -> None:
        from insatsplan.ui.opening import open_workspace

        if self.ws is not None and path.resolve() == self.ws.path.resolve():
            return  # already open here: opening it again would meet our own lock
        ws = open_workspace(self, path)
        if ws is None:
            return
        self.close_workspace()
        self.attach(ws)
        _remember_recent(ws.path)

    def new_workspace(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), str(Path.home() / "plan.insatsplan"),
            self.tr("Insatsplan workspaces (*.insatsplan)"))
        if name:
            path = Path(name)
            if path.suffix != ".insatsplan":
                path = path.with_name(path.name + ".insatsplan")
            self._choose_and_open(path)

    def open_workspace_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), str(Path.home()),
            self.tr("Insatsplan workspaces (*.insatsplan);;All files (*)"))
        if name:
            self._choose_and_open(Path(name))

    def _fill_recent(self) -> None:
        from insatsplan.ui import recent

        self.recent_menu.clear()
        for path in recent.recent_workspaces():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self._choose_and_open(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def save_copy(self) -> None:
        import sqlite3  # not at start-up: the frame is shown before SQLite is loaded

        from insatsplan.workspace import files

        if self.ws is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy as"), str(self.ws.path.with_name(
                self.ws.path.stem + " kopia.insatsplan")),
            self.tr("Insatsplan workspaces (*.insatsplan)"))
        if not name:
            return
        self.commit_typing()
        try:
            files.backup_copy(self.ws.path, Path(name))
        except UserError as error:
            self.report(error)
            return
        except (OSError, sqlite3.Error) as error:  # a full disk shows as either
            self.show_message(self.tr("The copy could not be saved: {reason}").format(
                reason=getattr(error, "strerror", None) or str(error)))
            return
        self.statusBar().showMessage(self.tr("A copy was saved as {path}").format(path=name),
                                     5000)

    def open_backups_folder(self) -> None:
        from insatsplan.workspace import files

        if self.ws is None:
            return
        folder = files.backups_dir(self.ws.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Insatsplan"), self.tr(
            "Insatsplan {version}\n\nThe yearly plan for mental health and suicide "
            "prevention, its follow-up and the signed agreement.").format(version=__version__))

    def _update_title(self) -> None:
        if self.ws is None:
            self.setWindowTitle("Insatsplan")
            return
        suffix = self.tr(" (read-only)") if self.ws.readonly else ""
        self.setWindowTitle(f"{self.ws.path.stem}{suffix} – Insatsplan")

    # ------------------------------------------------------------- messages

    def report(self, error: UserError) -> None:
        self.show_message(translate_error(error))

    def show_message(self, text: str) -> None:
        """A refusal, in a dialog (tests replace this)."""
        QMessageBox.warning(self, self.tr("Insatsplan"), text)

    def show_information(self, text: str) -> None:
        """A confirmation of something done (tests replace this)."""
        QMessageBox.information(self, self.tr("Insatsplan"), text)

    def confirm(self, question: str) -> bool:
        """Yes or no (tests replace this)."""
        answer = QMessageBox.question(self, self.tr("Insatsplan"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        for action in (self.add_sibling_action, self.add_child_action, None,
                       self.rename_action, self.duplicate_action, self.delete_action, None,
                       self.cut_action, self.copy_action, self.paste_action, None,
                       self.move_up_action, self.move_down_action, self.indent_action,
                       self.outdent_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # --------------------------------------------------------------- geometry

    def closeEvent(self, event: QCloseEvent) -> None:
        started = time.perf_counter()
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        if self.built:
            store.setValue("window/splitter", self.splitter.saveState())
        self.close_workspace()
        self.close_seconds = time.perf_counter() - started
        event.accept()


def _remember_recent(path: Path) -> None:
    from insatsplan.ui import recent

    recent.add_recent_workspace(path)


def window_icon() -> QIcon:
    from insatsplan.resources import resources_dir

    return QIcon(str(resources_dir() / "icons" / "insatsplan.svg"))
