"""Bindings: one editable value of a form, from the widget to one FieldEdit and back.

A binding knows the value the workspace holds (``stored``), whether the person changed
the widget since (``dirty``), and how to read and check the widget's value. It sends a
:class:`~insatsplan.ui.edits.FieldEdit` only when the person changed something and the
value differs from the stored one, so opening a node and leaving a field never writes.
Typed text is sent after a pause (:data:`DEBOUNCE_MS`) or when the field loses focus,
never once per keystroke; choices, check boxes and list changes are sent at once.

A value that cannot be stored (a bad number, a year out of range, a refusal from the
sink) is shown beside the field and nothing is sent; the field keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insatsplan.errors import UserError
from insatsplan.levels import Levels, overlap
from insatsplan.periods import parse_period, period_label
from insatsplan.text import plain_text
from insatsplan.ui.editors.levels_bar import LevelsBar
from insatsplan.ui.editors.rich_text import MarkdownEdit
from insatsplan.ui.edits import EditTarget, FieldEdit
from insatsplan.values import canonical_value, parse_value

if TYPE_CHECKING:
    from insatsplan.ui.editors.forms import Form

#: Pause after the last keystroke before typed text is sent.
DEBOUNCE_MS = 400
MIN_YEAR, MAX_YEAR = 1900, 2200
PROBLEM_COLOUR = "#b71c1c"


class Problem(Exception):
    """A value the field cannot send; the message is shown beside the field."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def translated(error: UserError) -> str:
    """A workspace message in the interface language (Qt's translator, context Errors)."""
    return error.text(QCoreApplication.translate)


# ------------------------------------------------------------------------ numbers


def format_number(value: str | Decimal | None, locale: QLocale | None = None) -> str:
    """A stored decimal as the interface language writes it: "1 234,5" in Swedish.

    Digits are never passed through a float, so the shown value is exactly the stored
    one; only the decimal point and the thousands separator come from QLocale.
    """
    if value is None or value == "":
        return ""
    locale = locale or QLocale()
    text = canonical_value(Decimal(str(value)))
    sign = "-" if text.startswith("-") else ""
    integer, _, fraction = text.lstrip("-").partition(".")
    head = len(integer) % 3 or 3
    groups = [integer[:head]] + [integer[i:i + 3] for i in range(head, len(integer), 3)]
    separator = locale.groupSeparator() or "\u00a0"
    shown = separator.join(groups) if len(integer) > 4 else integer
    if fraction:
        shown += (locale.decimalPoint() or ",") + fraction
    return sign + shown


_GROUPED_COMMAS = re.compile(r"[-+\u2212]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")


def parse_number(text: str, locale: QLocale | None = None) -> str | None:
    """The canonical stored text of a typed number, None when empty; Problem when bad.

    Both "12,5" and "12.5" are read as twelve and a half whatever the language, as the
    workspace reads them; where the language groups thousands with a comma
    ("1,234.5"), such grouping is understood too.
    """
    stripped = text.strip()
    if not stripped:
        return None
    locale = locale or QLocale()
    if locale.groupSeparator() == "," and _GROUPED_COMMAS.fullmatch(stripped):
        stripped = stripped.replace(",", "")
    elif locale.groupSeparator() not in ("", ",", "."):
        stripped = stripped.replace(locale.groupSeparator(), " ")
    try:
        return canonical_value(parse_value(stripped))
    except UserError as error:
        raise Problem(translated(error)) from error


def shown_period(stored: str | None) -> str:
    """A stored period as people write it ("2024-VT" → "VT 2024"), as the table and the
    chart show it; reading it back gives the stored form again."""
    if not stored:
        return ""
    try:
        return period_label(stored)
    except UserError:
        return stored  # a damaged value is shown as it is, for the person to correct


def parse_period_text(text: str) -> str | None:
    """The stored form of a typed period ("2024-vt" → "2024-VT"), None when empty."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        return parse_period(stripped).text
    except UserError as error:
        raise Problem(translated(error)) from error


# ------------------------------------------------------------------------ bindings


class Binding(QObject):
    """One value of a form: read, check and send it; load it without sending."""

    #: Send after a pause in typing (text) or at once (choices, lists).
    debounce = True

    def __init__(self, form: Form, target: EditTarget, key: str, label: str,
                 widget: QWidget) -> None:
        super().__init__(form)
        self.form = form
        self.target = target
        self.key = key
        self.label = label
        self.widget = widget
        self.stored: Any = None
        self.dirty = False
        self._loading = False
        self._committing = False
        self._reloaded = False
        self._enabled = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.commit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.container = QWidget()
        box = QVBoxLayout(self.container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.problem)

    # ------------------------------------------------------------ per kind

    def read(self) -> Any:
        """The widget's value as the workspace takes it; Problem when it cannot be."""
        raise NotImplementedError

    def write(self, value: Any) -> None:
        """Show *value* in the widget."""
        raise NotImplementedError

    def edit_widgets(self) -> Sequence[QWidget]:
        """The widgets a person types in (focus, read-only state, problem frame)."""
        return [self.widget]

    def apply_read_only(self, read_only: bool) -> None:
        """Make the widgets read-only (text) or disabled (choices), visibly."""
        for widget in self.edit_widgets():
            set_widget_read_only(widget, read_only)

    @staticmethod
    def same(a: Any, b: Any) -> bool:
        return bool(a == b)

    # ------------------------------------------------------------ behaviour

    def has_focus(self) -> bool:
        return any(w.hasFocus() for w in self.edit_widgets())

    def user_changed(self) -> None:
        """The person changed the widget: send after a pause, or now."""
        if self._loading or self.form.read_only:
            return
        self.dirty = True
        if self.debounce:
            self.timer.start()
        else:
            self.commit()

    def commit(self) -> None:
        """Send what the person changed, if it differs from the stored value."""
        self.timer.stop()
        if not self.dirty or self.form.read_only or self.form.target_id is None:
            return
        try:
            new = self.read()
        except Problem as problem:
            self.show_problem(problem.message)
            return
        if self.same(new, self.stored):
            self.dirty = False
            self.clear_problem()
            return
        edit = FieldEdit(self.target, self.form.target_id, self.key, self.stored, new,
                         self.label)
        self._committing, self._reloaded = True, False
        try:
            message = self.form.send(edit)
        finally:
            self._committing = False
        if message:
            self.show_problem(message)
            return
        if not self._reloaded:
            self.stored = new
        self.dirty = False
        self.clear_problem()

    def load(self, value: Any, *, fresh: bool) -> None:
        """Take the workspace's value; show it unless the person is changing the field.

        *fresh* (another plan or node) replaces everything. On a reload of the same
        thing (undo, another editor) a field with unsent typing keeps it, and a field
        that already shows the value is left alone so its cursor does not jump.
        """
        self.stored = value
        if fresh:
            self.timer.stop()
            self.dirty = False
            self.clear_problem()
            self._write(value)
            return
        if self._committing:
            self._reloaded = True
            return
        if self.dirty:
            return
        try:
            if self.same(self.read(), value):
                return
        except Problem:
            pass
        self._write(value)
        self.clear_problem()

    def _write(self, value: Any) -> None:
        self._loading = True
        try:
            self.write(value)
        finally:
            self._loading = False

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        for widget in self.edit_widgets():
            _set_problem_frame(widget, True)
        self.form.problem_shown(message)

    def clear_problem(self) -> None:
        if self.problem.isHidden():
            return
        self.problem.hide()
        self.problem.setText("")
        for widget in self.edit_widgets():
            _set_problem_frame(widget, False)

    @property
    def problem_text(self) -> str:
        """The message shown beside the field ("" when none)."""
        return "" if self.problem.isHidden() else self.problem.text()


def _set_problem_frame(widget: QWidget, on: bool) -> None:
    """A red frame (the panel's style sheet draws widgets whose "problem" is true)."""
    widget.setProperty("problem", on)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_widget_read_only(widget: QWidget, read_only: bool) -> None:
    """Text stays selectable but greyed; anything else is disabled."""
    if isinstance(widget, MarkdownEdit):
        widget.setReadOnly(read_only)
    elif isinstance(widget, QLineEdit):
        widget.setReadOnly(read_only)
        palette = widget.palette()
        role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
        palette.setBrush(QPalette.ColorRole.Base, QPalette().brush(role))
        widget.setPalette(palette)
    else:
        widget.setEnabled(not read_only)


class TextBinding(Binding):
    """A stored Markdown text in a :class:`MarkdownEdit` (titles, paragraphs)."""

    widget: MarkdownEdit

    def __init__(self, form: Form, target: EditTarget, key: str, label: str, *,
                 single_line: bool = False, min_lines: int | None = None) -> None:
        super().__init__(form, target, key, label,
                         MarkdownEdit(single_line=single_line, min_lines=min_lines))
        self.widget.edited.connect(self.user_changed)
        self.widget.committed.connect(self.commit)

    def read(self) -> str:
        return self.widget.markdown()

    def write(self, value: Any) -> None:
        self.widget.load(str(value or ""))


class LineBinding(Binding):
    """Plain text in a QLineEdit (an indicator's unit and data source)."""

    widget: QLineEdit

    def __init__(self, form: Form, target: EditTarget, key: str, label: str,
                 placeholder: str = "") -> None:
        super().__init__(form, target, key, label, QLineEdit())
        self.widget.setPlaceholderText(placeholder)
        self.widget.textEdited.connect(self.user_changed)
        self.widget.editingFinished.connect(self.commit)

    def read(self) -> Any:
        return self.widget.text()

    def write(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))


class NumberBinding(LineBinding):
    """A decimal such as an amount in kronor, shown the Swedish way, sent canonical."""

    def read(self) -> str | None:
        return parse_number(self.widget.text())

    def write(self, value: Any) -> None:
        self.widget.setText(format_number(value))


class YearBinding(LineBinding):
    """A year between 1900 and 2200 (sent as int)."""

    def __init__(self, form: Form, target: EditTarget, key: str, label: str) -> None:
        super().__init__(form, target, key, label)
        self.widget.setMaxLength(4)
        self.widget.setMaximumWidth(80)

    def read(self) -> int:
        text = self.widget.text().strip()
        if not (text.isascii() and text.isdigit()) or not MIN_YEAR <= int(text) <= MAX_YEAR:
            raise Problem(self.tr("Write a year between {low} and {high}.").format(
                low=MIN_YEAR, high=MAX_YEAR))
        return int(text)


class DateBinding(LineBinding):
    """An ISO date (2026-03-01) or nothing (sent as str or None)."""

    def __init__(self, form: Form, target: EditTarget, key: str, label: str) -> None:
        super().__init__(form, target, key, label)
        self.widget.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.widget.setMaximumWidth(130)

    def read(self) -> str | None:
        text = self.widget.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError as error:
            raise Problem(self.tr("Write a date such as 2026-03-01, or leave it empty.")) \
                from error


class ChoiceBinding(Binding):
    """One of a few values in a combo box (sent at once)."""

    debounce = False
    widget: QComboBox

    def __init__(self, form: Form, target: EditTarget, key: str, label: str,
                 choices: Sequence[tuple[Any, str]]) -> None:
        super().__init__(form, target, key, label, QComboBox())
        self.values = [value for value, _ in choices]
        for _, text in choices:
            self.widget.addItem(text)
        self.widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.widget.activated.connect(self.user_changed)

    def read(self) -> Any:
        index = self.widget.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def write(self, value: Any) -> None:
        self.widget.setCurrentIndex(self.values.index(value) if value in self.values else -1)

    def set_enabled(self, enabled: bool) -> None:
        """Enabled only where the value means something (a nested goal has no horizon)."""
        self._enabled = enabled
        self.widget.setEnabled(enabled and not self.form.read_only)

    def apply_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(self._enabled and not read_only)


class CheckListBinding(Binding):
    """A choice of organisations as check boxes, sent as an ordered list of codes.

    Codes a plan holds that are no longer in the organisation list stay, shown by their
    code. Checking one appends it; the stored order of the others is kept, so ticking
    one box never reorders the printed parties.
    """

    debounce = False
    widget: QListWidget

    def __init__(self, form: Form, target: EditTarget, key: str, label: str) -> None:
        super().__init__(form, target, key, label, QListWidget())
        self.options: list[tuple[str, str]] = []
        self.codes: list[str] = []
        self.widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.widget.itemChanged.connect(self.user_changed)

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        """The workspace's organisations as (code, name)."""
        self.options = list(options)
        self.codes = []

    def _rebuild(self, extra: Sequence[str]) -> None:
        codes = [code for code, _ in self.options] + [c for c in extra]
        if codes == self.codes:
            return
        names = dict(self.options)
        self.widget.clear()
        for code in codes:
            item = QListWidgetItem(f"{code} – {names[code]}" if code in names else code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.widget.addItem(item)
        self.codes = codes
        rows = max(len(codes), 1)
        row_height = max(self.widget.sizeHintForRow(0), self.widget.fontMetrics().height())
        self.widget.setFixedHeight(rows * row_height + 2 * self.widget.frameWidth() + 4)

    def read(self) -> list[str]:
        checked = [code for row, code in enumerate(self.codes)
                   if self.widget.item(row).checkState() == Qt.CheckState.Checked]
        previous = list(self.stored or [])
        kept = [code for code in previous if code in checked]
        return kept + [code for code in checked if code not in kept]

    def write(self, value: Any) -> None:
        wanted = list(value or [])
        known = {code for code, _ in self.options}
        self._rebuild([code for code in wanted if code not in known])
        for row, code in enumerate(self.codes):
            state = Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked
            item = self.widget.item(row)
            if item.checkState() != state:
                item.setCheckState(state)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class _EntryListBinding(Binding):
    """A binding that edits a list of entries row by row (basis items, signatories).

    Both lists have the same four buttons and the same remove/move rules; subclasses
    say where the current row is and how the entries are shown.
    """

    entries: list[Any]

    def _button_row(self, add: str, remove: str, up: str, down: str) -> QHBoxLayout:
        """Add, remove, move up, move down: *add* … *down* are the tooltips."""
        self.add_button = _button(QCoreApplication.translate("EntryList", "Add"), add)
        self.remove_button = _button(QCoreApplication.translate("EntryList", "Remove"), remove)
        self.up_button = _button(QCoreApplication.translate("EntryList", "Move up"), up)
        self.down_button = _button(QCoreApplication.translate("EntryList", "Move down"), down)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        return buttons

    def _current_row(self) -> int:
        raise NotImplementedError

    def _show_entries(self, current: int) -> None:
        raise NotImplementedError

    def _add(self) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        row = self._current_row()
        editable = not self.form.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < len(self.entries) - 1)

    def _remove(self) -> None:
        row = self._current_row()
        if not 0 <= row < len(self.entries):
            return
        del self.entries[row]
        self._show_entries(min(row, len(self.entries) - 1))
        self.user_changed()

    def _move(self, delta: int) -> None:
        row = self._current_row()
        other = row + delta
        if not (0 <= row < len(self.entries) and 0 <= other < len(self.entries)):
            return
        self.entries[row], self.entries[other] = self.entries[other], self.entries[row]
        self._show_entries(other)
        self.user_changed()


class BasisBinding(_EntryListBinding):
    """The "Denna överenskommelse har sin grund i:" list: items with links.

    The list shows each item's text; the field below it edits the selected item with
    formatting and links (Ctrl+K). Typing is sent after a pause like any text; adding,
    removing and moving items is sent at once. Empty items are not stored.
    """

    def __init__(self, form: Form, target: EditTarget, key: str, label: str) -> None:
        box = QWidget()
        super().__init__(form, target, key, label, box)
        self.entries: list[str] = []
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.installEventFilter(self)
        self.detail = MarkdownEdit(single_line=True)
        self.detail.setPlaceholderText(self.tr("Select an item to edit it"))
        buttons = self._button_row(self.tr("Add an item at the end"),
                                   self.tr("Remove the selected item"),
                                   self.tr("Move the selected item up"),
                                   self.tr("Move the selected item down"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._row_changed)
        self.detail.edited.connect(self._detail_edited)
        self.detail.committed.connect(self.commit)
        self._update_buttons()

    def edit_widgets(self) -> Sequence[QWidget]:
        return [self.detail]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the list's height when its width changes (items wrap)."""
        if watched is self.list and event.type() == QEvent.Type.Resize:
            self._fit_list()
        return False

    def _fit_list(self) -> None:
        """As tall as its wrapped items: the form scrolls, the list does not."""
        metrics = self.list.fontMetrics()
        width = max(self.list.viewport().width() - 8, 50)
        height = 0
        for row in range(self.list.count()):
            text = self.list.item(row).text() or " "
            rect = metrics.boundingRect(QRect(0, 0, width, 0),
                                        int(Qt.TextFlag.TextWordWrap), text)
            height += rect.height() + 4
        height = max(height, metrics.height() + 4) + 2 * self.list.frameWidth() + 2
        if self.list.height() != height:
            self.list.setFixedHeight(height)

    def apply_read_only(self, read_only: bool) -> None:
        self.detail.setReadOnly(read_only)
        self._update_buttons()

    def _current_row(self) -> int:
        return self.list.currentRow()

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.detail.setEnabled(self._current_row() >= 0)

    def _row_changed(self, row: int) -> None:
        if self._loading:
            return
        self.commit()
        self._loading = True
        try:
            self.detail.load(self.entries[row] if 0 <= row < len(self.entries) else "")
        finally:
            self._loading = False
        self._update_buttons()

    def _detail_edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.entries):
            return
        self.entries[row] = self.detail.markdown()
        self.list.item(row).setText(plain_text(self.entries[row]))
        self._fit_list()
        self.user_changed()

    def _add(self) -> None:
        self.commit()
        self.entries.append("")
        self.list.addItem("")
        self._fit_list()
        self.list.setCurrentRow(len(self.entries) - 1)
        self.detail.setFocus()


    def user_changed(self) -> None:
        """Typing in the item is sent after the pause; adding, moving, removing at once."""
        if self._loading or self.form.read_only:
            return
        self.dirty = True
        if self.detail.hasFocus():
            self.timer.start()
        else:
            self.commit()

    def read(self) -> list[str]:
        return [item for item in self.entries if item.strip()]

    def write(self, value: Any) -> None:
        self.entries = [str(item) for item in value or []]
        self._show_entries(self.list.currentRow() if self.entries else -1)

    def _show_entries(self, row: int) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            self.list.clear()
            for item in self.entries:
                self.list.addItem(plain_text(item))
            row = row if 0 <= row < len(self.entries) else (0 if self.entries else -1)
            self.list.setCurrentRow(row)
            self.detail.load(self.entries[row] if row >= 0 else "")
        finally:
            self._loading = was_loading
        self._fit_list()
        self._update_buttons()


class SignatoriesBinding(_EntryListBinding):
    """Who signs: name, title and organisation per row (sent at once, whole list).

    Each row carries the organisation name the plan copied, so moving or retitling a
    signatory never renames an administration; choosing another organisation takes
    that organisation's current name.
    """

    debounce = False
    NAME, TITLE, ORGANISATION = range(3)

    def __init__(self, form: Form, target: EditTarget, key: str, label: str) -> None:
        box = QWidget()
        super().__init__(form, target, key, label, box)
        self.options: list[tuple[str, str]] = []
        self.entries: list[dict[str, str]] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Organisation")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ORGANISATION, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = self._button_row(self.tr("Add a signatory at the end"),
                                   self.tr("Remove the selected signatory"),
                                   self.tr("Move the selected signatory up"),
                                   self.tr("Move the selected signatory down"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        self.options = list(options)

    def edit_widgets(self) -> Sequence[QWidget]:
        return [self.table]

    def apply_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, self.ORGANISATION).setEnabled(not read_only)
        self._update_buttons()

    def _current_row(self) -> int:
        return self.table.currentRow()

    @staticmethod
    def _core(rows: Any) -> list[tuple[str, str, str]]:
        return [(r.get("name", ""), r.get("title", ""), r.get("organisation_code", ""))
                for r in rows or []]

    @classmethod
    def same(cls, a: Any, b: Any) -> bool:
        return cls._core(a) == cls._core(b)

    def read(self) -> list[dict[str, str]]:
        return [dict(row) for row in self.entries]

    def write(self, value: Any) -> None:
        self.entries = [{k: str(v) for k, v in dict(row).items()} for row in value or []]
        self._show_entries(self.table.currentRow())

    def _show_entries(self, current: int) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            self.table.setRowCount(len(self.entries))
            for row, data in enumerate(self.entries):
                self.table.setItem(row, self.NAME, QTableWidgetItem(data.get("name", "")))
                self.table.setItem(row, self.TITLE, QTableWidgetItem(data.get("title", "")))
                combo = QComboBox()
                code = data.get("organisation_code", "")
                codes = [c for c, _ in self.options]
                if code not in codes:
                    codes.append(code)
                for option in codes:
                    combo.addItem(option or "–", option)
                combo.setCurrentIndex(codes.index(code))
                combo.setEnabled(not self.form.read_only)
                combo.activated.connect(
                    lambda index, combo=combo, codes=codes: self._code_chosen(combo, codes[index]))
                self.table.setCellWidget(row, self.ORGANISATION, combo)
            if 0 <= current < len(self.entries):
                self.table.setCurrentCell(current, self.NAME)
            height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
            height += sum(self.table.rowHeight(r) for r in range(len(self.entries)))
            self.table.setFixedHeight(max(height, 60) + 2)
        finally:
            self._loading = was_loading
        self._update_buttons()

    def _row_of(self, combo: QComboBox) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, self.ORGANISATION) is combo:
                return row
        return -1

    def _code_chosen(self, combo: QComboBox, code: str) -> None:
        row = self._row_of(combo)
        if row < 0 or self.entries[row].get("organisation_code") == code:
            return
        self.entries[row]["organisation_code"] = code
        names = dict(self.options)
        if code in names:
            self.entries[row]["organisation_name"] = names[code]
        else:
            self.entries[row].pop("organisation_name", None)
        self.user_changed()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row, column = item.row(), item.column()
        if not 0 <= row < len(self.entries):
            return
        key = "name" if column == self.NAME else "title"
        self.entries[row][key] = item.text()
        self.user_changed()

    def _add(self) -> None:
        code = self.options[0][0] if self.options else ""
        names = dict(self.options)
        self.entries.append({"name": "", "title": "", "organisation_code": code,
                          "organisation_name": names.get(code, "")})
        self._show_entries(len(self.entries) - 1)
        self.table.setFocus()
        new_name = self.table.item(len(self.entries) - 1, self.NAME)
        if new_name is not None:  # _show_entries has just filled the row
            self.table.editItem(new_name)
        self.user_changed()



class BoundBinding(Binding):
    """An indicator's baseline or target: a value and its period, sent as one dict.

    Sent as ``{"value": "12.5", "period": "2024"}`` (either may be None), or None when
    both are empty, which is how :meth:`Workspace.update_indicator` takes it.
    """

    def __init__(self, form: Form, target: EditTarget, key: str, label: str) -> None:
        box = QWidget()
        super().__init__(form, target, key, label, box)
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Value"))
        self.value_edit.setMaximumWidth(140)
        self.period_edit = QLineEdit()
        self.period_edit.setPlaceholderText(self.tr("e.g. VT 2024"))
        self.period_edit.setMaximumWidth(160)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value_edit)
        layout.addWidget(QLabel(self.tr("Period")))
        layout.addWidget(self.period_edit)
        layout.addStretch(1)
        for edit in (self.value_edit, self.period_edit):
            edit.textEdited.connect(self.user_changed)
            edit.editingFinished.connect(self.commit)

    def edit_widgets(self) -> Sequence[QWidget]:
        return [self.value_edit, self.period_edit]

    def read(self) -> dict[str, str | None] | None:
        value = parse_number(self.value_edit.text())
        period = parse_period_text(self.period_edit.text())
        if value is None and period is None:
            return None
        return {"value": value, "period": period}

    def write(self, value: Any) -> None:
        value = value or {}
        self.value_edit.setText(format_number(value.get("value")))
        self.period_edit.setText(shown_period(value.get("period")))


class LevelsBinding(Binding):
    """Traffic-light levels: green and yellow bands with open ends, or none.

    Sent as ``{"green": {"min", "max"}, "yellow": {"min", "max"}}`` with decimal
    strings or None (an open end), or None when the indicator has no levels.
    """

    COLOURS = ("green", "yellow")

    def __init__(self, form: Form, target: EditTarget, key: str, label: str) -> None:
        box = QWidget()
        super().__init__(form, target, key, label, box)
        self.check = QCheckBox(self.tr("Has traffic-light levels"))
        self.edits: dict[tuple[str, str], QLineEdit] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Lowest")), 0, 1)
        grid.addWidget(QLabel(self.tr("Highest")), 0, 2)
        names = {"green": self.tr("Green"), "yellow": self.tr("Yellow")}
        for row, colour in enumerate(self.COLOURS, start=1):
            swatch = QLabel(names[colour])
            grid.addWidget(swatch, row, 0)
            for column, end in enumerate(("min", "max"), start=1):
                edit = QLineEdit()
                edit.setMaximumWidth(120)
                edit.setPlaceholderText(self.tr("open"))
                edit.textEdited.connect(self.user_changed)
                edit.editingFinished.connect(self.commit)
                self.edits[(colour, end)] = edit
                grid.addWidget(edit, row, column)
        grid.setColumnStretch(3, 1)
        self.hint = QLabel(self.tr("Values outside green and yellow are red; where green "
                                   "and yellow overlap, green wins."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.bar = LevelsBar()
        self.overlap_note = QLabel()
        self.overlap_note.setWordWrap(True)
        self.overlap_note.hide()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addLayout(grid)
        layout.addWidget(self.bar)
        layout.addWidget(self.overlap_note)
        layout.addWidget(self.hint)
        self.check.clicked.connect(self._checked)
        for edit in self.edits.values():
            edit.textEdited.connect(self._show_bands)

    def edit_widgets(self) -> Sequence[QWidget]:
        return list(self.edits.values())

    def apply_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        for edit in self.edits.values():
            set_widget_read_only(edit, read_only)
        self._enable_edits()

    def has_focus(self) -> bool:
        return super().has_focus() or self.check.hasFocus()

    def _enable_edits(self) -> None:
        for edit in self.edits.values():
            edit.setEnabled(self.check.isChecked())

    def _show_bands(self) -> None:
        """The bar and the overlap note for what the fields hold now (typed or stored)."""
        if not self.check.isChecked():
            self.bar.set_levels(None)
            self.overlap_note.hide()
            return
        try:
            typed = {colour: {end: parse_number(self.edits[(colour, end)].text())
                              for end in ("min", "max")} for colour in self.COLOURS}
        except Problem:
            return  # the bar keeps the last readable levels until the number is whole
        levels = Levels.from_mapping(typed)
        self.bar.set_levels(levels)
        shared = overlap(levels)
        if shared is None or (shared[0] is not None and shared[0] == shared[1]):
            self.overlap_note.hide()  # apart, or meeting at one value (that one is green)
            return
        low, high = (None if end is None else format_number(end) for end in shared)
        if low is not None and high is not None:
            text = self.tr("Green and yellow overlap from {low} to {high}: green wins "
                           "there.").format(low=low, high=high)
        elif high is not None:
            text = self.tr("Green and yellow overlap up to {high}: green wins there."
                           ).format(high=high)
        elif low is not None:
            text = self.tr("Green and yellow overlap from {low} up: green wins there."
                           ).format(low=low)
        else:
            text = self.tr("Green and yellow cover the same values: everything is green.")
        self.overlap_note.setText(text)
        self.overlap_note.show()

    def _checked(self) -> None:
        self._enable_edits()
        self._show_bands()
        if self._loading or self.form.read_only:
            return
        self.dirty = True
        self.commit()

    def read(self) -> dict[str, dict[str, str | None]] | None:
        if not self.check.isChecked():
            return None
        out: dict[str, dict[str, str | None]] = {}
        for colour in self.COLOURS:
            band: dict[str, str | None] = {}
            for end in ("min", "max"):
                band[end] = parse_number(self.edits[(colour, end)].text())
            low, high = band["min"], band["max"]
            if low is not None and high is not None and Decimal(low) > Decimal(high):
                raise Problem(self.tr("The lowest value is above the highest."))
            out[colour] = band
        return out

    def write(self, value: Any) -> None:
        self.check.setChecked(value is not None)
        for (colour, end), edit in self.edits.items():
            band = (value or {}).get(colour) or {}
            edit.setText(format_number(band.get(end)))
        self._enable_edits()
        self._show_bands()


Choices = Sequence[tuple[Any, str]]
Sender = Callable[[FieldEdit], "str | None"]
