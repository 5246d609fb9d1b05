"""What the find bar asks for, applied to the tree: the matching nodes, in tree order.

Text matches come from :meth:`Workspace.search` (case-folded, titles and every text
field), topic filters from :meth:`Workspace.topics` and
:meth:`Workspace.topics_without_evaluation` (for the plan's year), the rows naming a
year from :meth:`Workspace.year_mentions` (the years of the plan this one was made
from); together they keep the text matches that lie under a kept topic. The proxy then
hides everything else, and Enter steps through the matches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QTreeView

from insatsplan.ui.tree_model import KIND_ROLE, NODE_ID_ROLE

if TYPE_CHECKING:
    from insatsplan.ui.find_bar import FindBar, NodeFilterProxy
    from insatsplan.ui.tree_model import PlanTreeModel
    from insatsplan.workspace import Workspace



class TreeFilter(QObject):
    """Keeps the tree showing what the find bar asks for, and steps through matches."""

    def __init__(self, ws: Workspace, model: PlanTreeModel, proxy: NodeFilterProxy,
                 tree: QTreeView, bar: FindBar, go_to: Callable[[QModelIndex], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws, self.model, self.proxy, self.tree, self.bar = ws, model, proxy, tree, bar
        self.go_to = go_to
        self.matches: list[int] = []
        bar.changed.connect(self.apply)
        bar.next_requested.connect(self.next_match)
        model.rowsInserted.connect(self._rows_inserted)

    def disconnect_bar(self) -> None:
        self.bar.changed.disconnect(self.apply)
        self.bar.next_requested.disconnect(self.next_match)
        self.model.rowsInserted.disconnect(self._rows_inserted)

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """Rows added while a filter is on (a new row, a paste, an undone delete) stay
        visible: the person just made them and is about to type into them."""
        if not self.proxy.filtering:
            return
        added: list[int] = []
        pending = [self.model.index(row, 0, parent) for row in range(first, last + 1)]
        while pending:
            index = pending.pop()
            node_id = index.data(NODE_ID_ROLE)
            if node_id is not None:
                added.append(node_id)
            pending += [self.model.index(r, 0, index) for r in range(self.model.rowCount(index))]
        if added:
            self.proxy.add_visible(added)

    def refresh(self) -> None:
        """Apply the bar again (another plan is shown), naming that plan's year."""
        plan_id = self.model.plan_id
        self.bar.set_evaluation_year(
            None if plan_id is None else int(self.ws.follow_up_period(plan_id)))
        self.bar.set_mentioned_years(() if plan_id is None else self.old_years(plan_id))
        if self.bar.active:
            self.apply(self.bar.query.text(), self.bar.organisation.currentData(),
                       self.bar.without_indicators.isChecked(),
                       self.bar.without_evaluation.isChecked())

    def old_years(self, plan_id: int) -> tuple[int, ...]:
        """The years "Mentions …" looks for: those of the plan this one was made from
        that are not its own (none for a version of the same years: the filter is off),
        or, for a plan made from none, the year before its first."""
        if self.ws.origin_years(plan_id):
            return self.ws.outdated_years(plan_id)
        return (self.ws.plan_summary(plan_id).year_from - 1,)

    def apply(self, query: str, organisation: str | None, without_indicators: bool,
              without_evaluation: bool = False) -> None:
        plan_id = self.model.plan_id
        mentions = self.bar.mentions_year.isChecked() and bool(self.bar.mentioned_years)
        if plan_id is None or not (query.strip() or organisation or without_indicators
                                   or without_evaluation or mentions):
            self.matches = []
            self.proxy.set_visible(None)
            self.bar.show_count(None)
            return
        visible: list[int] | None = None
        plan_fields = 0
        if query.strip():
            visible = [node for _plan, node in self.ws.search(query, plan_id)]
        if mentions:
            found = self.ws.year_mentions(plan_id, self.bar.mentioned_years)
            mentioning = {m.node_id for m in found if m.node_id is not None}
            # The plan's fields lie under no topic, so a topic filter leaves them out;
            # a search keeps those that hold the searched text.
            if not (organisation or without_indicators or without_evaluation):
                wanted = query.strip().casefold()
                plan_fields = sum(m.node_id is None and wanted in m.text.casefold()
                                  for m in found)
            visible = (sorted(mentioning) if visible is None
                       else [n for n in visible if n in mentioning])
        if organisation or without_indicators:
            topics = set(self.ws.topics(plan_id, organisation=organisation,
                                        without_indicators=without_indicators))
            visible = (sorted(topics) if visible is None
                       else [n for n in visible if self._topic_of(n) in topics])
        if without_evaluation:
            unevaluated = set(self.ws.topics_without_evaluation(
                plan_id, self.ws.follow_up_period(plan_id)))
            visible = (sorted(unevaluated) if visible is None
                       else [n for n in visible if self._topic_of(n) in unevaluated])
        self.matches = sorted(visible or [], key=self._tree_position)
        self.proxy.set_visible(self.matches)
        self.bar.show_count(len(self.matches), plan_fields)
        self.tree.expandAll()
        if self.matches:
            self._go_to(self.matches[0])

    def next_match(self) -> None:
        """Enter in the search field: the next match after the current row, round."""
        if not self.matches:
            return
        current_index = self.tree.currentIndex()
        current = (self.model.node_id(self.proxy.mapToSource(current_index))
                   if current_index.isValid() else None)
        following = self.matches.index(current) + 1 if current in self.matches else 0
        self._go_to(self.matches[following % len(self.matches)])
        self.tree.setFocus()

    def _go_to(self, node_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_for_node(node_id))
        if index.isValid():
            self.go_to(index)

    def _topic_of(self, node_id: int) -> int | None:
        index = self.model.index_for_node(node_id)
        while index.isValid():
            if index.data(KIND_ROLE) == "topic":
                return self.model.node_id(index)
            index = index.parent()
        return None

    def _tree_position(self, node_id: int) -> list[int]:
        rows = []
        index = self.model.index_for_node(node_id)
        while index.isValid():
            rows.append(index.row())
            index = index.parent()
        return rows[::-1]
