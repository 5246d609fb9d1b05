"""Find and filter (Ctrl+F): search the plan's titles and texts, or show only some topics.

The bar only collects what the person asks for; the window turns it into the set of
node ids to show, and :class:`NodeFilterProxy` hides the rest of the tree (keeping the
path down to every match, and everything under a shown topic).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

NODE_ID_ROLE = Qt.ItemDataRole.UserRole  # the tree model's node id role


class NodeFilterProxy(QSortFilterProxyModel):
    """Shows every row, or only the given nodes with their ancestors and descendants."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visible: frozenset[int] | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    @property
    def filtering(self) -> bool:
        return self._visible is not None

    def set_visible(self, node_ids: Sequence[int] | None) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._visible = None if node_ids is None else frozenset(node_ids)
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._visible = None if node_ids is None else frozenset(node_ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def add_visible(self, node_ids: Sequence[int]) -> None:
        """Show these nodes too (rows created while filtering)."""
        if self._visible is not None:
            self.set_visible([*self._visible, *node_ids])

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._visible is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(NODE_ID_ROLE) in self._visible


class FindBar(QWidget):
    """Search text, "only this organisation", "topics without indicators", "topics
    without an evaluation for the plan's year", "texts that mention the year(s) of the
    plan this one was made from" (after a new version: what may still speak of last year).

    The year filter's state is read from :attr:`mentions_year` and
    :attr:`mentioned_years` rather than sent with :attr:`changed`, which keeps its four
    arguments for those already listening to it.
    """

    #: (query, organisation code or None, without indicators, without evaluation)
    changed = Signal(str, object, bool, bool)
    #: the year "without evaluation" asks about changed (another plan): its label
    evaluation_label_changed = Signal(str)
    #: Enter in the search field: go to the next match
    next_requested = Signal()
    closed = Signal()
    #: the bar was shown (True) or hidden (False): while it is open, Enter in the tree
    #: goes to the next match instead of adding a row
    shown = Signal(bool)
    #: the link "… in the plan properties" was clicked: show the plan's own fields
    plan_properties_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Search titles and texts"))
        self.query.setClearButtonEnabled(True)
        self.organisation = QComboBox(self)
        self.organisation.setToolTip(self.tr("Only topics this organisation is responsible for"))
        self.without_indicators = QCheckBox(self.tr("Without indicators"), self)
        self.without_indicators.setToolTip(self.tr("Only topics that have no indicator yet"))
        self.evaluation_year: int | None = None
        self.without_evaluation = QCheckBox(self)
        self.set_evaluation_year(None)
        self.mentioned_years: tuple[int, ...] = ()
        self.mentions_year = QCheckBox(self)
        self.set_mentioned_years(())
        self.count = QLabel(self)
        # The plan's own fields are not rows of the tree, so the filter cannot show
        # them; this link says how many name the years and opens them.
        self.plan_mentions = QLabel(self)
        self.plan_mentions.setTextFormat(Qt.TextFormat.RichText)
        self.plan_mentions.linkActivated.connect(
            lambda _link: self.plan_properties_requested.emit())
        self.plan_mentions.hide()
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close the search (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.query, 1)
        top.addWidget(self.count)
        top.addWidget(close)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.organisation)
        bottom.addWidget(self.without_indicators)
        bottom.addWidget(self.without_evaluation)
        bottom.addWidget(self.mentions_year)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.plan_mentions)  # a line of its own, shown only when needed

        # Typing is debounced: searching a big plan per keystroke would stutter.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._emit)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._on_return)
        self.organisation.currentIndexChanged.connect(lambda _i: self._emit())
        self.without_indicators.toggled.connect(lambda _on: self._emit())
        self.without_evaluation.toggled.connect(lambda _on: self._emit())
        self.mentions_year.toggled.connect(lambda _on: self._emit())
        self.set_organisations([])

    def set_organisations(self, organisations: Sequence[tuple[str, str]]) -> None:
        """(code, name) of the workspace's organisations for the filter list."""
        current = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("All organisations"), None)
        for code, name in organisations:
            self.organisation.addItem(self.tr("Only {code}").format(code=code), code)
            self.organisation.setItemData(self.organisation.count() - 1, name,
                                          Qt.ItemDataRole.ToolTipRole)
        found = self.organisation.findData(current)
        self.organisation.setCurrentIndex(max(found, 0))
        self.organisation.blockSignals(False)

    @property
    def active(self) -> bool:
        return bool(self.query.text().strip() or self.organisation.currentData()
                    or self.without_indicators.isChecked()
                    or self.without_evaluation.isChecked()
                    or self.mentions_year.isChecked())

    def set_evaluation_year(self, year: int | None) -> None:
        """The plan's year, which "without evaluation" asks about and names."""
        self.evaluation_year = year
        shown = "" if year is None else str(year)
        self.without_evaluation.setText(
            self.tr("Without evaluation {year}").format(year=shown).strip())
        self.without_evaluation.setToolTip(self.tr(
            "Only topics that have no evaluation for {year} (one for a quarter or a term "
            "of the year counts)").format(year=shown))
        self.without_evaluation.setEnabled(year is not None)
        self.evaluation_label_changed.emit(shown)

    def set_mentioned_years(self, years: tuple[int, ...]) -> None:
        """The years "Mentions …" looks for (all years of the plan this one was made
        from, or the year before the plan's own), which it names: "Mentions 2025",
        "Mentions 2024–2025"."""
        from insatsplan.year_roll import years_text

        self.mentioned_years = years
        shown = years_text(years[0], years[-1]) if years else ""
        self.mentions_year.setText(self.tr("Mentions {years}").format(years=shown).strip())
        self.mentions_year.setToolTip(self.tr(
            "Only the rows whose title, text or fields name {years}: after a new version, "
            "what may still speak of last year (the copy changes only the title and "
            "subtitle; review the rest)").format(years=shown))
        self.mentions_year.setEnabled(bool(years))

    def open_bar(self) -> None:
        self.show()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def close_bar(self) -> None:
        self.query.clear()
        self.organisation.setCurrentIndex(0)
        self.without_indicators.setChecked(False)
        self.without_evaluation.setChecked(False)
        self.mentions_year.setChecked(False)
        self._timer.stop()
        self._emit()
        self.hide()
        self.closed.emit()

    def setVisible(self, visible: bool) -> None:
        was_hidden = self.isHidden()
        super().setVisible(visible)
        if was_hidden == visible:
            self.shown.emit(visible)

    def show_count(self, matches: int | None, plan_fields: int = 0) -> None:
        """Show how many rows match and, when "Mentions …" is on, how many of the
        plan's own fields (title page, introduction, basis) name the years: those are
        reached through Plan properties, which the link opens."""
        self.count.setText("" if matches is None else self.tr("Matches: {count}").format(
            count=matches))
        if plan_fields:
            self.plan_mentions.setText('<a href="plan">{}</a>'.format(html.escape(self.tr(
                "Also in the plan properties: {count}").format(count=plan_fields))))
            from insatsplan.year_roll import years_text

            years = self.mentioned_years
            self.plan_mentions.setToolTip(self.tr(
                "Fields of the plan's own (title page, introduction, basis) that name "
                "{years}: open the plan properties (Alt+Enter)").format(
                years=years_text(years[0], years[-1]) if years else ""))
        self.plan_mentions.setVisible(bool(plan_fields))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _on_return(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._emit()
        self.next_requested.emit()

    def _emit(self) -> None:
        self.changed.emit(self.query.text(), self.organisation.currentData(),
                          self.without_indicators.isChecked(),
                          self.without_evaluation.isChecked())
