"""What the editor calls each kind of row, in one place.

The comparison list, the import preview and any later view name focus areas, topics,
goals and indicators the same way; one table keeps the words (and their translations)
from drifting apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_name(kind: str) -> str:
    """The translated name of a node kind ("plan" for the plan's own fields); an unknown
    kind is shown as it is stored rather than hidden."""
    names = {
        "focus_area": QCoreApplication.translate("Kinds", "Focus area"),
        "topic": QCoreApplication.translate("Kinds", "Topic"),
        "goal": QCoreApplication.translate("Kinds", "Goal"),
        "indicator": QCoreApplication.translate("Kinds", "Indicator"),
        "plan": QCoreApplication.translate("Kinds", "Plan"),
    }
    return names.get(kind, kind)
