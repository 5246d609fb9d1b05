"""Starting the editor: show the window first, then open the workspace and fill the tree.

Order matters for how fast the program feels. The frame needs only Qt, so it is shown
before SQLAlchemy and the workspace are imported (Alembic only when a migration is
due); the tree is filled next; the daily backup runs once the tree is ready. python-docx,
pyqtgraph and numpy are never imported here.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from insatsplan.resources import i18n_dir

LANGUAGES = ("sv", "en")


def _start_time() -> float:
    """When the process started, as time.time(): the benchmark's launcher may tell us."""
    given = os.environ.get("INSATSPLAN_T0")
    if given:
        try:
            return float(given)
        except ValueError:
            pass
    return time.time() - time.process_time()


def install_translations(app: QApplication, language: str) -> None:
    """Our messages and Qt's own (dialog buttons), Swedish unless English is asked for."""
    locale = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden) if language == "sv" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    for name, folder in ((f"insatsplan_{language}", str(i18n_dir())),
                         (f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def choose_workspace(explicit: str | None) -> tuple[Path, bool]:
    """(path, brand new default) — --workspace, $INSATSPLAN_WORKSPACE, the last one used,
    or the default file."""
    from insatsplan.ui import recent
    from insatsplan.workspace.files import default_workspace_path

    if explicit or os.environ.get("INSATSPLAN_WORKSPACE"):
        return Path(explicit or os.environ["INSATSPLAN_WORKSPACE"]).expanduser(), False
    last = recent.last_workspace()
    if last is not None:
        return last, False
    default = default_workspace_path()
    return default, not default.exists()


def settle_after_start() -> None:
    """Take what start-up built out of the garbage collector's full passes.

    Modules, SQLAlchemy's metadata and the first plan's tree are long-lived; without
    this a full collection now and then scans them all and one click in the tree took
    60 ms instead of 20 (measured on the ``demo --scale 20`` workspace).
    """
    gc.freeze()


def report_bug(parent: object, error: BaseException) -> str:
    """A bug no code handled: its traceback to the bug log, and a dialog that names it
    a bug and says where the log is (never "the file is damaged"); returns the text."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from insatsplan.bug_report import record_bug

    log = record_bug(error, "the editor")
    if log is None:
        text = QCoreApplication.translate(
            "Errors", "Internal error (a bug in Insatsplan): {error}. The details could not "
            "be written to a log; run the command again with --debug to see them.").format(
                error=f"{type(error).__name__}: {error}")
    else:
        text = QCoreApplication.translate(
            "Errors", "Internal error (a bug in Insatsplan), details in {log}. Please send "
            "that file to whoever supports Insatsplan.").format(log=str(log))
    QMessageBox.critical(parent if isinstance(parent, QWidget) else None, "Insatsplan", text)
    return text


def install_bug_hook(parent: object) -> None:
    """PySide6 hands an exception escaping a slot to :data:`sys.excepthook`; ours logs
    it and tells the person, instead of a traceback on a terminal nobody sees."""

    def hook(_kind: type[BaseException], error: BaseException, _tb: object) -> None:
        if isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(type(error), error, error.__traceback__)
            return
        report_bug(parent, error)

    sys.excepthook = hook


def run_gui(workspace: str | None = None, language: str = "sv",
            exit_when_ready: bool = False) -> int:
    """Run the editor until its window closes; returns the exit code."""
    started = _start_time()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Insatsplan")
    app.setOrganizationName("Insatsplan")
    app.setApplicationDisplayName("Insatsplan")
    install_translations(app, language if language in LANGUAGES else "sv")

    from insatsplan.ui.main_window import MainWindow, window_icon

    window = MainWindow(deferred=True)
    window.show()
    install_bug_hook(window)
    figures: dict[str, float] = {}

    def start() -> None:
        try:
            open_workspace()
        except Exception:  # a bug at start-up must end the program, not leave it hanging
            import logging
            import traceback

            logging.getLogger(__name__).exception("start-up failed")
            if not exit_when_ready:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(window, "Insatsplan", QCoreApplication.translate(
                    "Startup", "Insatsplan could not start:\n{error}").format(
                        error=traceback.format_exc(limit=1).strip().splitlines()[-1]))
            app.exit(1)

    def open_workspace() -> None:
        app.processEvents()  # the frame is painted before the heavy part starts
        figures["window-shown-ms"] = (time.time() - started) * 1000
        app.setWindowIcon(window_icon())
        window.build()
        app.processEvents()
        from insatsplan.ui import recent
        from insatsplan.ui.opening import open_workspace as open_interactively

        path, brand_new = choose_workspace(workspace)
        ws = open_interactively(window, path)
        if ws is None:
            window.close()
            return
        if brand_new and not ws.plan_summaries():
            from insatsplan import demo  # a newcomer sees a filled plan

            demo.add_demo_plan(ws)
        window.attach(ws, editor_later=True)
        app.processEvents()  # the tree is painted
        figures["tree-ready-ms"] = (time.time() - started) * 1000
        window.attach_editor()
        app.processEvents()
        figures["editor-ready-ms"] = (time.time() - started) * 1000
        settle_after_start()
        if not ws.readonly:
            recent.add_recent_workspace(ws.path)
        if exit_when_ready:
            for name, value in figures.items():
                print(f"{name} {value:.1f}", flush=True)
            window.close()
            return
        QTimer.singleShot(500, lambda: _backup(window))

    QTimer.singleShot(0, start)
    code = app.exec()
    return int(code)


def _backup(window: object) -> None:
    """The day's backup, quietly: a failed backup must not disturb the person's work."""
    ws = getattr(window, "ws", None)
    if ws is None or ws.readonly:
        return
    try:
        told = len(ws.notices)
        ws.daily_backup()
        for notice in ws.notices[told:]:  # a full disk: the work is saved, say so quietly
            window.statusBar().showMessage(  # type: ignore[attr-defined]
                notice.text(QCoreApplication.translate), 30000)
    except Exception:
        import logging

        logging.getLogger(__name__).exception("daily backup failed")
