"""Plan → Jämför med…: which plan the shown plan is compared with.

The shown plan is B, the newer one; the person chooses A, the plan B is compared with.
The plan B was made from (its origin, set by Ny version…) is chosen first: "what changed
since last year" is the usual question.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from insatsplan.workspace.reads import PlanSummary


def default_plan_to_compare(plans: Sequence[PlanSummary], b_plan_id: int) -> int | None:
    """The plan B was made from when it still exists, else the nearest earlier plan
    (by years), else the first other one; None when B is the only plan."""
    others = [plan for plan in plans if plan.id != b_plan_id]
    b_plan = next((plan for plan in plans if plan.id == b_plan_id), None)
    if not others:
        return None
    origin = None if b_plan is None else b_plan.origin_id
    if origin is not None and any(plan.id == origin for plan in others):
        return int(origin)
    if b_plan is not None:
        earlier = [plan for plan in others
                   if (plan.year_from, plan.id) < (b_plan.year_from, b_plan.id)]
        if earlier:
            return int(earlier[-1].id)
    return int(others[0].id)


class CompareWithDialog(QDialog):
    """A list of the workspace's other plans; :meth:`chosen_plan` is the one chosen."""

    def __init__(self, b_label: str, choices: Sequence[tuple[int, str]], default: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with"))
        intro = QLabel(self.tr(
            "Show what changed in “{plan}” since the plan chosen here: added, removed, "
            "moved and changed focus areas, topics, goals and indicators, and the plan's "
            "own fields.").format(plan=b_label), self)
        intro.setWordWrap(True)
        self.plans = QComboBox(self)
        self.plans.setAccessibleName(self.tr("Plan to compare with"))
        self.plans.setMinimumContentsLength(40)
        for plan_id, label in choices:
            self.plans.addItem(label, plan_id)
        self.plans.setCurrentIndex(max(self.plans.findData(default), 0))
        form = QFormLayout()
        form.addRow(self.tr("Compare with:"), self.plans)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_plan(self) -> int | None:
        data = self.plans.currentData()
        return None if data is None else int(data)
