"""Plan → Jämför med…: what changed between two plans, as a list beside the tree.

:class:`ComparePanel` shows one :class:`~insatsplan.compare.Comparison` (the workspace's
``compare_plans``): a summary line, one row per change with a sign and a colour (the sign
says it without the colour: + added, − removed, → moved, ~ changed), and below the list
the chosen change in words, a changed text with its deleted words struck through and
its inserted words underlined. :class:`CompareView` puts the panel in a dock of the
window, asks which plan to compare with, selects a change's node in the tree (a removed
node: the nearest ancestor the shown plan still has), and compares again after every
change to either plan, so the list never points at a node that is gone.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from insatsplan.errors import UserError
from insatsplan.ui.kind_names import kind_name

if TYPE_CHECKING:
    from insatsplan.compare import Comparison, FieldChange, NodeChange
    from insatsplan.ui.main_window import MainWindow
    from insatsplan.workspace import Change

__all__ = ["SIGNS", "CompareDock", "ComparePanel", "CompareView", "words_html"]

#: the sign each kind of change carries, so that it reads without its colour
SIGNS: Mapping[str, str] = {"added": "+", "removed": "−", "moved": "→", "changed": "~"}

#: (text, background) colours per kind of change; dark text on a light tint keeps the
#: contrast readable, the sign says the same for people who do not see the colour
COLOURS: Mapping[str, tuple[str, str]] = {
    "added": ("#116329", "#dafbe1"),
    "removed": ("#a40e26", "#ffebe9"),
    "moved": ("#0550ae", "#ddf4ff"),
    "changed": ("#7d4e00", "#fff8c5"),
}

_CHANGE_ROLE = Qt.ItemDataRole.UserRole
_DELETED_STYLE = "color:#a40e26; background-color:#ffebe9;"
_INSERTED_STYLE = "color:#116329; background-color:#dafbe1;"


_T = QCoreApplication  # translate() with a literal context and text: lupdate reads those


def change_label(change: str) -> str:
    labels = {
        "added": _T.translate("ComparePanel", "Added"),
        "removed": _T.translate("ComparePanel", "Removed"),
        "moved": _T.translate("ComparePanel", "Moved"),
        "changed": _T.translate("ComparePanel", "Changed"),
    }
    return labels.get(change, change)


def field_label(name: str) -> str:
    """A changed field's name as the editor's forms call it (the name itself when new)."""
    labels = {
        "title": _T.translate("ComparePanel", "Title"),
        "subtitle": _T.translate("ComparePanel", "Subtitle"),
        "text": _T.translate("ComparePanel", "Text"),
        "years": _T.translate("ComparePanel", "Years"),
        "preamble": _T.translate("ComparePanel", "Introduction"),
        "basis": _T.translate("ComparePanel", "This agreement is based on"),
        "coordinator": _T.translate("ComparePanel", "Coordinator"),
        "reporting_deadline": _T.translate("ComparePanel", "Reporting deadline"),
        "parties": _T.translate("ComparePanel", "Parties"),
        "signatories": _T.translate("ComparePanel", "Signatories"),
        "background": _T.translate("ComparePanel", "Background"),
        "purpose": _T.translate("ComparePanel", "Purpose"),
        "target_group": _T.translate("ComparePanel", "Target group"),
        "timeline": _T.translate("ComparePanel", "Timeline"),
        "responsible_organisations": _T.translate("ComparePanel", "Responsible administrations"),
        "responsible_people": _T.translate("ComparePanel", "Responsible people"),
        "measurable_answer": _T.translate("ComparePanel", "Measurable goals?"),
        "measurable_text": _T.translate("ComparePanel", "Measurable goals"),
        "funding_source": _T.translate("ComparePanel", "Funding"),
        "funding_amount": _T.translate("ComparePanel", "Amount"),
        "direction": _T.translate("ComparePanel", "Direction"),
        "data_source": _T.translate("ComparePanel", "Data source"),
        "baseline": _T.translate("ComparePanel", "Baseline"),
        "target": _T.translate("ComparePanel", "Target"),
        "levels": _T.translate("ComparePanel", "Traffic light"),
        "unit": _T.translate("ComparePanel", "Unit"),
    }
    return labels.get(name, name.replace("_", " "))


def describe(value: Any) -> str:
    """A before or after value in one line: a text as it is, a node by its title, a list
    joined (the engine's values are JSON-shaped)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for key in ("path", "title", "name", "text"):
            if value.get(key):
                return str(value[key])
        return ", ".join(f"{key}: {describe(item)}" for key, item in value.items()
                         if item not in (None, "", [], {}))
    if isinstance(value, Sequence):
        return ", ".join(describe(item) for item in value)
    return str(value)


def _text_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def words_html(words: Sequence[tuple[str, str]]) -> str:
    """Word-level changes as rich text: deleted words struck through, inserted ones
    underlined (and tinted red and green, which is not needed to read them)."""
    parts = []
    previous = ""
    for op, text in words:
        if op == "insert" and previous == "delete":
            parts.append("\u2009")  # a thin space: "skolan" and "grundskolan", not one word
        previous = op
        if op == "delete":
            parts.append(f'<s style="{_DELETED_STYLE}">{_text_html(text)}</s>')
        elif op == "insert":
            parts.append(f'<u style="{_INSERTED_STYLE}">{_text_html(text)}</u>')
        else:
            parts.append(_text_html(text))
    return "".join(parts)


def _title_of(change: NodeChange) -> str:
    """The last step of the change's path: the node's title (a plan field's label)."""
    if change.kind == "plan":
        return field_label(change.path)
    return change.path.rsplit(" › ", 1)[-1] or _T.translate("ComparePanel", "(untitled)")


def _field_html(field: FieldChange) -> str:
    words = field.words or (("delete", field.before), ("insert", field.after))
    return f"<p><b>{html.escape(field_label(field.field))}</b>: {words_html(words)}</p>"


def change_html(change: NodeChange) -> str:
    """The change in words, for the detail pane and the row's tooltip."""
    sign = SIGNS.get(change.change, "")
    head = (f"<p><b>{html.escape(sign)} {html.escape(change_label(change.change))}</b> · "
            f"{html.escape(kind_name(change.kind))}</p>")
    where = "" if change.kind == "plan" else f"<p>{html.escape(change.path)}</p>"
    if change.change == "changed":
        body = "".join(_field_html(field) for field in change.fields)
        if not body:
            body = "<p>" + words_html((("delete", describe(change.before)),
                                       ("insert", describe(change.after)))) + "</p>"
    elif change.change == "moved":
        body = _moved_html(change.before, change.after)
    elif change.change == "removed":
        body = f'<p><s style="{_DELETED_STYLE}">{_content_html(change.before)}</s></p>'
    else:
        body = f'<p><u style="{_INSERTED_STYLE}">{_content_html(change.after)}</u></p>'
    return head + where + body


def _moved_html(before: Any, after: Any) -> str:
    """Why a node counts as moved, and where it was and is in those terms: under which
    parent, in which section, at which place among its siblings."""
    reason = after.get("reason") if isinstance(after, Mapping) else None
    if not isinstance(before, Mapping) or not isinstance(after, Mapping):
        reason = None
    came_from = _T.translate("ComparePanel", "From:")
    went_to = _T.translate("ComparePanel", "To:")
    if reason == "parent":
        why = _T.translate("ComparePanel", "Under another parent")
        top = _T.translate("ComparePanel", "(the top of the plan)")
        was, now = (describe(side.get("parent_path")) or top for side in (before, after))
    elif reason == "section":
        why = _T.translate("ComparePanel", "To the other section")
        sections = {"short": _T.translate("ComparePanel", "short-term"),
                    "long": _T.translate("ComparePanel", "long-term")}
        was, now = (sections.get(str(side.get("horizon")), "") for side in (before, after))
    elif reason == "order":
        why = _T.translate("ComparePanel", "To another place among its siblings")
        place = _T.translate("ComparePanel", "place {number}")
        was, now = (place.format(number=int(side.get("position") or 0) + 1)
                    for side in (before, after))
    else:
        why, was, now = "", describe(before), describe(after)
    head = f"<p>{html.escape(why)}</p>" if why else ""
    return (f"{head}<p>{html.escape(came_from)} {html.escape(was)}<br>"
            f"{html.escape(went_to)} {html.escape(now)}</p>")


def _content_html(value: Any) -> str:
    """An added or removed node: its title and its text below."""
    if not isinstance(value, Mapping):
        return _text_html(describe(value))
    parts = [describe(value.get(key)) for key in ("title", "text") if value.get(key)]
    untitled = _T.translate("ComparePanel", "(untitled)")
    return "<br>".join(_text_html(part) for part in parts) or html.escape(untitled)


def change_key(change: NodeChange) -> tuple[str, str, str]:
    """What keeps a row chosen when the list is compared again."""
    return (change.change, change.uuid, change.path if change.kind == "plan" else "")


class ComparePanel(QWidget):
    """The list of changes, its summary, the chosen change's detail and the buttons."""

    #: a row was clicked, activated with Enter, or reached with next/previous
    change_chosen = Signal(object)
    #: the close button
    close_requested = Signal()
    #: "Save in Word…": the changes as Word tracked changes
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: tuple[NodeChange, ...] = ()
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the changes"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Changes"))
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has it all
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("The chosen change"))
        self.detail.setOpenLinks(False)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setToolTip(self.tr("Previous change (Shift+F8)"))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setToolTip(self.tr("Next change (F8)"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.export_button = QPushButton(self.tr("Save in Word…"), self)
        self.export_button.setToolTip(self.tr(
            "Save this plan's agreement with the changes as Word tracked changes, for "
            "Word's Review pane"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.list.currentRowChanged.connect(self._show_detail)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self._update_buttons()

    # ------------------------------------------------------------------ filling

    def show_comparison(self, header: str, comparison: Comparison,
                        keep: tuple[str, str, str] | None = None) -> None:
        """Fill the list; the row with key *keep* (see :func:`change_key`) stays chosen."""
        self.changes = tuple(comparison.changes)
        self.header.setText(header)
        counts = comparison.summary()
        summary = self.tr(
            "+ added {added} · − removed {removed} · → moved {moved} · ~ changed "
            "{changed}").format(**{name: counts.get(name, 0) for name in
                                   ("added", "removed", "moved", "changed")})
        # a narrow dock breaks the line between the groups, never inside one
        self.summary.setText(" · ".join(group.replace(" ", "\u00a0")
                                        for group in summary.split(" · ")))
        self.summary.show()
        if comparison.shares_nothing:
            self._set_note(self.tr(
                "The plans share no focus area, topic, goal or indicator: everything in "
                "one is shown as removed and everything in the other as added."))
        elif not self.changes:
            self._set_note(self.tr("No changes: the plans have the same content."))
        else:
            self._set_note("")
        self.list.blockSignals(True)
        self.list.clear()
        chosen = -1
        for row, change in enumerate(self.changes):
            self.list.addItem(self._item(change))
            if keep is not None and change_key(change) == keep:
                chosen = row
        self.list.setCurrentRow(chosen)
        self.list.blockSignals(False)
        self._show_detail(chosen)
        self._update_buttons()

    def clear(self, note: str = "") -> None:
        """No comparison shown (the plan changed, a plan is gone), and why."""
        self.changes = ()
        self.list.clear()
        self.header.clear()
        self.summary.clear()
        self.summary.hide()
        self.detail.clear()
        self._set_note(note)
        self._update_buttons()

    def _item(self, change: NodeChange) -> QListWidgetItem:
        sign = SIGNS.get(change.change, "?")
        text = f"{sign}  {kind_name(change.kind)} · {_title_of(change)}"
        item = QListWidgetItem(text.replace("\n", " "))
        foreground, background = COLOURS.get(change.change, ("#000000", "#ffffff"))
        item.setForeground(QBrush(QColor(foreground)))
        item.setBackground(QBrush(QColor(background)))
        item.setToolTip(change_html(change))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"{change_label(change.change)}: {kind_name(change.kind)} "
                     f"{_title_of(change)}")
        return item

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _update_buttons(self) -> None:
        for button in (self.previous_button, self.next_button, self.export_button):
            button.setEnabled(bool(self.changes))

    def _show_detail(self, row: int) -> None:
        if 0 <= row < len(self.changes):
            self.detail.setHtml(change_html(self.changes[row]))
        elif self.changes:
            self.detail.setPlainText(self.tr(
                "Click a change, or press F8, to see it here and in the tree."))
        else:
            self.detail.clear()

    # ------------------------------------------------------------------ choosing

    def current_change(self) -> NodeChange | None:
        row = self.list.currentRow()
        return self.changes[row] if 0 <= row < len(self.changes) else None

    def step(self, delta: int) -> None:
        """The next (+1) or previous (−1) change, round the end: chosen, as by a click."""
        if not self.changes:
            return
        row = self.list.currentRow()
        if row < 0:
            row = 0 if delta > 0 else len(self.changes) - 1
        else:
            row = (row + delta) % len(self.changes)
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))
        self._chosen(self.list.item(row))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        row = self.list.row(item)
        if 0 <= row < len(self.changes):
            self.change_chosen.emit(self.changes[row])


class CompareDock(QDockWidget):
    """The panel's dock; says when the person closes it."""

    closed = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


class CompareView(QObject):
    """The comparison of the tree's plan (B) with another (A) in a dock of the window.

    It listens to the workspace: after a change to either plan it compares again (once
    per burst of changes, when they pause, and at once when a row is chosen or F8
    pressed before that, so a row never leads to a node that is gone), and when the
    tree shows another plan, or a plan is deleted, the list is emptied with a note
    saying why.
    """

    #: how long after the last change to either plan the list is compared again
    REFRESH_DELAY_MS = 400

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        assert window.ws is not None and window.model is not None
        self.window = window
        self.ws = window.ws
        self.model = window.model
        self.a_plan_id: int | None = None
        self.b_plan_id: int | None = None
        self._stale = False
        # one comparison per burst of changes (typing is saved after each pause): a
        # real-size pair of plans takes a few hundred milliseconds to compare
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(self.REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_stale)
        self.panel = ComparePanel(window)
        self.dock = CompareDock(self.tr("Changes"), window)
        self.dock.setObjectName("compareDock")
        self.dock.setWidget(self.panel)
        self.dock.setMinimumWidth(300)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.panel.change_chosen.connect(self.choose)
        self.panel.close_requested.connect(self.dock.close)
        self.panel.export_requested.connect(self.export_tracked_changes)
        self.dock.closed.connect(self._closed)
        self.ws.subscribe(self._on_change)
        self.model.modelReset.connect(self._tree_reset)
        self._set_step_actions()

    # ------------------------------------------------------------------ comparing

    def ask_and_compare(self) -> None:
        """Plan → Jämför med…: choose A (the shown plan's origin first) and compare."""
        from insatsplan.text import plain_text
        from insatsplan.ui.dialogs.compare_with import default_plan_to_compare

        b_plan_id = self.model.plan_id
        if b_plan_id is None:
            return
        self.window.commit_typing()
        plans = self.ws.plan_summaries()
        choices = [(int(plan.id), self._plan_label(plan, plain_text)) for plan in plans
                   if plan.id != b_plan_id]
        if not choices:
            self.window.show_message(self.tr(
                "The workspace has no other plan to compare this one with. Make one with "
                "Plan → New version… or import one."))
            return
        default = default_plan_to_compare(plans, b_plan_id)
        b_plan = self.ws.plan_summary(b_plan_id)
        a_plan_id = self.ask_plan(self._plan_label(b_plan, plain_text), choices, default)
        if a_plan_id is None:
            return
        self.compare(a_plan_id, b_plan_id)

    def export_tracked_changes(self) -> None:
        """The panel's "Save in Word…": the compared pair as Word tracked changes."""
        if self.a_plan_id is None or self.b_plan_id is None:
            return
        self.window.commit_typing()
        self.window.flows.export_tracked_changes(self.a_plan_id, self.b_plan_id)

    def ask_plan(self, b_label: str, choices: list[tuple[int, str]], default: int | None
                 ) -> int | None:
        """The dialog (tests replace this)."""
        from insatsplan.ui.dialogs.compare_with import CompareWithDialog

        dialog = CompareWithDialog(b_label, choices, default, self.window)
        chosen = dialog.chosen_plan() if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return chosen

    def compare(self, a_plan_id: int, b_plan_id: int) -> bool:
        """Compare and show the dock; a refusal (plans of different kinds) in a dialog."""
        try:
            comparison = self.ws.compare_plans(a_plan_id, b_plan_id)
        except UserError as error:
            self.window.report(error)
            return False
        self.a_plan_id, self.b_plan_id = a_plan_id, b_plan_id
        self._show(comparison, keep=None)
        self.dock.show()
        self.dock.raise_()
        self.panel.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _show(self, comparison: Comparison, keep: tuple[str, str, str] | None) -> None:
        from insatsplan.text import plain_text

        self._stale = False
        assert self.a_plan_id is not None
        a_plan = self.ws.plan_summary(self.a_plan_id)
        header = self.tr("Compared with {plan}").format(plan=self._plan_label(a_plan, plain_text))
        self.panel.show_comparison(header, comparison, keep)
        self._set_step_actions()

    def refresh(self) -> None:
        """Compare again after a change (the chosen row stays chosen if it still is a
        change); a plan that is gone empties the list."""
        if self.a_plan_id is None or self.b_plan_id is None:
            return
        self._stale = False
        existing = {plan.id for plan in self.ws.plan_summaries()}
        if self.a_plan_id not in existing or self.b_plan_id not in existing:
            self.clear(self.tr("A plan of the comparison was deleted."))
            return
        current = self.panel.current_change()
        try:
            comparison = self.ws.compare_plans(self.a_plan_id, self.b_plan_id)
        except UserError as error:
            self.clear(error.text(QCoreApplication.translate))
            return
        self._show(comparison, None if current is None else change_key(current))

    def clear(self, note: str) -> None:
        self.a_plan_id = self.b_plan_id = None
        self._stale = False
        self._refresh_timer.stop()
        self.panel.clear(note)
        self._set_step_actions()

    def _on_change(self, change: Change) -> None:
        if self.a_plan_id is None or change.kind == "follow_up":
            return
        ours = {self.a_plan_id, self.b_plan_id}
        touched = {change.plan_id, *change.plan_ids} - {None}
        if touched and not touched & ours:
            return
        self._stale = True
        self._refresh_timer.start()  # (again): compared once the changes pause

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _tree_reset(self) -> None:
        if self.b_plan_id is not None and self.model.plan_id != self.b_plan_id:
            self.clear(self.tr("The tree shows another plan now: choose Plan → Compare "
                               "with… to compare it."))

    def _closed(self) -> None:
        self.clear("")

    # ------------------------------------------------------------------ choosing

    def step(self, delta: int) -> None:
        """F8 / Shift+F8."""
        if self._stale:
            self.refresh()
        if not self.dock.isVisible() and self.panel.changes:
            self.dock.show()
        self.panel.step(delta)

    def choose(self, change: NodeChange) -> None:
        """Select the change's node in the tree: B's node, for a removed one the nearest
        ancestor B still has, for a plan field the plan's properties."""
        if self.b_plan_id is None:
            return
        if self._stale:  # the list is about to be compared again: do it first
            self.refresh()
            current = self.panel.current_change()
            if current is None or change_key(current) != change_key(change):
                return
            change = current
        if change.kind == "plan":
            self.window.show_plan_properties()
            return
        uuid: str | None = change.uuid
        if change.change == "removed":
            uuid = change.anchor  # the nearest ancestor B still has (None: the plan)
            if uuid is None:
                self.window.show_plan_properties()
                self.window.statusBar().showMessage(self.tr(
                    "It stood at the top of the plan: nothing of it is left in this one."),
                    5000)
                return
        assert uuid is not None
        self.reveal(uuid)

    def reveal(self, uuid: str) -> None:
        """Select B's node *uuid* in the tree, the editor showing it: the Uppföljning view
        gives way, a search that hides the node is closed. The list keeps the focus."""
        window = self.window
        assert self.b_plan_id is not None
        if window.follow_up_action.isChecked():
            window.follow_up_action.setChecked(False)
            window.toggle_follow_up()
        window.select_node(self.b_plan_id, uuid)
        if not self._tree_shows(uuid) and not window.find_bar.isHidden():
            window.find_bar.close_bar()
            window.select_node(self.b_plan_id, uuid)

    def _tree_shows(self, uuid: str) -> bool:
        window = self.window
        if window.proxy is None or self.b_plan_id is None:
            return False
        try:
            node_id = self.ws.node_id(self.b_plan_id, uuid)
        except UserError:
            return False
        current = window.tree.currentIndex()
        return (current.isValid()
                and self.model.node_id(window.proxy.mapToSource(current)) == node_id)

    # ------------------------------------------------------------------ the rest

    def _set_step_actions(self) -> None:
        has_changes = bool(self.panel.changes)
        for name in ("next_change_action", "previous_change_action"):
            action = getattr(self.window, name, None)
            if action is not None:
                action.setEnabled(has_changes)

    def _plan_label(self, plan: Any, plain_text: Any) -> str:
        title = plain_text(plan.title) or self.tr("(untitled)")
        return f"{self.window.plan_years_and_status(plan)} · {title}"

    def detach(self) -> None:
        """The workspace closes: stop listening and take the dock away."""
        try:
            self.ws.unsubscribe(self._on_change)
        except ValueError:
            pass
        self.clear("")
        self.window.removeDockWidget(self.dock)
        self.dock.deleteLater()
        self.deleteLater()
