"""Driver for the real-window follow-up test: run under Xvfb with the xcb platform.

``python real_window_measurement.py WORKSPACE SHOT.png [VIEW.png]`` opens the editor on the
workspace, selects the demo's first indicator, focuses its measurements table and lets
xdotool type a new row the way a person's keys do (Insert, the period, Tab, a Swedish
value, Enter). When the value is in the file it waits for the chart to show it, saves a
screenshot of the window and prints the chart's last point ("2026 81,5"); with VIEW.png
it then presses Ctrl+U and saves the Uppföljning view too (printing its tile count);
exit 0.
Anything else prints what went wrong and exits 1.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea
from real_window_driver import key, open_editor, run_steps, xdotool

from insatsplan.ui.editors.forms import IndicatorForm

TITLE = "Antal föräldrar som deltagit"
KEYS = [["key", "Insert"], ["type", "--delay", "40", "2026"], ["key", "Tab"],
        ["type", "--delay", "40", "81,5"], ["key", "Return"]]


def main() -> int:
    path, shot = Path(sys.argv[1]), Path(sys.argv[2])
    view_shot = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    app, window = open_editor(sys.argv, path, 1280, 900)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        plan_id, uuid = db.execute(
            "SELECT plan_id, uuid FROM node WHERE kind = 'indicator' AND title LIKE ? "
            "ORDER BY id", (TITLE + "%",)).fetchone()
    window.select_node(plan_id, uuid)
    form = window.panel.current_form() if window.panel is not None else None
    if not isinstance(form, IndicatorForm):
        print("no indicator form shown")
        return 1
    section = form.follow_up
    outcome: list[str] = []

    def stored() -> bool:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return bool(db.execute(
                "SELECT count(*) FROM measurement m JOIN series s ON s.id = m.series_id "
                "JOIN indicator i ON i.series_id = s.id JOIN node n ON n.id = i.node_id "
                "WHERE n.uuid = ? AND m.period = '2026' AND m.value = '81.5'",
                (uuid,)).fetchone()[0] == 1)

    def type_keys() -> None:
        # the editor's scroll area shows the chart and the table, as a person would scroll
        area = section.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(section.table, 0, 0)
        window.activateWindow()
        section.table.view.setFocus()
        for keys in KEYS:
            xdotool(*keys)
            app.processEvents()

    def finish() -> None:
        chart = section.chart
        description = None if chart is None else chart.description
        points = [] if description is None else description.series[0].points
        if not stored():
            outcome.append("the value is not in the file")
        elif not points or points[-1].period != "2026":
            outcome.append(f"the chart does not show it: {[p.period for p in points]}")
        else:
            window.grab().save(str(shot))
            print(f"{points[-1].label} {points[-1].value}")
            if view_shot is not None:
                key("ctrl+u")
                QTimer.singleShot(1500, show_view)
                return
        window.close()
        app.quit()

    def show_view() -> None:
        view = window.follow_up_view
        if view is None or not view.isVisible():
            outcome.append("Ctrl+U did not show the Uppföljning view")
        else:
            assert view_shot is not None
            window.grab().save(str(view_shot))
            print(f"tiles {len(view.tiles)}")
        window.close()
        app.quit()

    return run_steps(app, [(800, type_keys), (3500, finish)], outcome)


if __name__ == "__main__":
    sys.exit(main())
