"""The plan tree's data roles, in a module of their own.

The tree's delegate is built with the window's first frame, the tree model only after
it (start-up): both read the same roles from here, so neither has to import the other
and no role number is written twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

#: an indicator row's status: "green", "yellow", "red" or "none" (kan inte bedömas)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
#: a topic's or focus area's indicators counted by status ({"green": 2, ...}), None
#: when it has no indicators
ROLLUP_ROLE = Qt.ItemDataRole.UserRole + 4
#: an indicator row's trend: "better", "worse", "flat" or "none"
TREND_ROLE = Qt.ItemDataRole.UserRole + 5

#: what changes on a row when the follow-up does
FOLLOW_UP_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                   Qt.ItemDataRole.AccessibleTextRole, STATUS_ROLE, ROLLUP_ROLE, TREND_ROLE)
