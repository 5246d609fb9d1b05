"""The editor's Word export says when LibreOffice laid the document out without a font."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from insatsplan.ui.main_window import MainWindow


class _OfficeWithoutCalibri:
    """LibreOffice as on a host without the document's font: its PDF embeds a fallback."""

    def layout(self, docx_path: Path, *, pdf_out: Path | None = None,
               timeout: float = 180) -> Any:
        from insatsplan.word import libreoffice

        return libreoffice.Layout({}, frozenset({"DejaVuSans"}))


def test_export_word_shows_a_missing_font_before_offering_to_open(
        qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docx = pytest.importorskip("docx")
    from insatsplan.ui import plan_actions
    from insatsplan.word import writer

    out = tmp_path / "överenskommelse.docx"
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: _OfficeWithoutCalibri())
    monkeypatch.setattr(plan_actions.WordExport, "choose",
                        lambda self: plan_actions.ExportChoice(out, None, False))
    events: list[tuple[str, object]] = []
    monkeypatch.setattr(plan_actions.WordExport, "report",
                        lambda self, text: events.append(("report", text)))
    monkeypatch.setattr(plan_actions.WordExport, "offer_to_open",
                        lambda self, path: events.append(("open", path)))
    window.export_word_action.trigger()
    qtbot.waitUntil(lambda: any(kind == "open" for kind, _ in events), timeout=60_000)
    assert [kind for kind, _ in events] == ["report", "open"]
    assert "Calibri" in str(events[0][1]) and "\n" not in str(events[0][1])
    settings = docx.Document(str(out)).settings.element
    update = settings.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}updateFields")
    assert update is not None
