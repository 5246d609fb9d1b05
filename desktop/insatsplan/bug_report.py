"""A programming error is written down for whoever fixes it, and named as ours to the person.

A bug must never be shown as "the file is damaged" (that sends people to a backup for
nothing) nor as a traceback (that means nothing to them). The person sees one line that
says it is a bug and where the details are; the traceback goes to a log file in the
user's log folder, capped in size by rotation so years of use cannot fill a disk.
No Qt here: the CLI and the editor both call :func:`record_bug`.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import Final

import platformdirs

LOG_NAME: Final = "insatsplan.log"
MAX_LOG_BYTES: Final = 1024 * 1024
"""One log file holds at most this much; older entries move to ``insatsplan.log.1``."""
LOGS_KEPT: Final = 2


def log_path() -> Path:
    """The bug log: ``~/.local/state/insatsplan/log/insatsplan.log`` on Linux."""
    return platformdirs.user_log_path("insatsplan", appauthor=False) / LOG_NAME


class _LogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file that remembers a failed write instead of printing about it
    (logging's default prints a traceback to stderr, the very thing avoided here)."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


def record_bug(error: BaseException, context: str = "") -> Path | None:
    """Append *error* with its traceback to the bug log; its path, or None if it cannot
    be written (a read-only home, a full disk): the caller then says so without a path."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=MAX_LOG_BYTES, backupCount=LOGS_KEPT,
                           encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    record = logging.LogRecord("insatsplan.bug", logging.ERROR, __file__, 0,
                               "internal error%s", (f" in {context}" if context else "",),
                               (type(error), error, error.__traceback__))
    try:
        handler.handle(record)
    finally:
        handler.close()
    return None if handler.failed else path
