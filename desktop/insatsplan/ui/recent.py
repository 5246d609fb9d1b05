"""The recently opened workspaces: a short JSON list in the user's config folder.

Kept apart from the workspace (it is about this person on this computer, not the plan)
and apart from ``QSettings`` (plain JSON a support person can read and delete). The list
is a convenience: a missing, unreadable or garbled file reads as empty and a failed write
is logged, never shown, so it can never stop the editor from starting.

Paths are stored resolved and compared by :func:`os.path.normcase`, so the same file
reached through ``..``, a symlink or (on Windows) another letter case is one entry.
No Qt here, so the CLI could use it too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "insatsplan"
RECENT_FILE_NAME = "recent.json"
FORMAT = "insatsplan-recent/1"
MAX_RECENT = 8

log = logging.getLogger(__name__)

__all__ = [
    "MAX_RECENT",
    "add_recent_workspace",
    "clear_recent_workspaces",
    "forget_recent_workspace",
    "last_workspace",
    "recent_file",
    "recent_workspaces",
]


def recent_file() -> Path:
    """Where the list lives: ``<user config>/insatsplan/recent.json``."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / RECENT_FILE_NAME


def recent_workspaces() -> list[Path]:
    """Existing recent workspaces, most recent first, at most :data:`MAX_RECENT`.

    Files that are gone (deleted, or on a share that is not mounted now) are skipped but
    not forgotten here; reading never writes.
    """
    return [path for path in _unique(_read()) if path.is_file()][:MAX_RECENT]


def last_workspace() -> Path | None:
    """The most recently opened workspace that still exists, or ``None``."""
    existing = recent_workspaces()
    return existing[0] if existing else None


def add_recent_workspace(path: Path) -> list[Path]:
    """Put *path* first (once), drop entries that no longer exist, keep :data:`MAX_RECENT`.

    Returns the new list as :func:`recent_workspaces` would read it.
    """
    entries = _unique([_resolved(path), *_read()])
    kept = [entry for entry in entries if entry.is_file()][:MAX_RECENT]
    _write(kept)
    return kept


def forget_recent_workspace(path: Path) -> list[Path]:
    """Remove *path* from the list (say, after it failed to open); returns the rest."""
    key = _key(_resolved(path))
    kept = [entry for entry in _unique(_read()) if _key(entry) != key]
    _write(kept)
    return [entry for entry in kept if entry.is_file()][:MAX_RECENT]


def clear_recent_workspaces() -> None:
    """Forget every recent workspace."""
    _write([])


def _resolved(path: Path | str) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError):  # a symlink loop or an unreachable drive
        return Path(os.path.abspath(Path(path).expanduser()))


def _key(path: Path) -> str:
    return os.path.normcase(str(path))


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[str] = set()
    out: list[Path] = []
    for path in paths:
        resolved = _resolved(path)
        key = _key(resolved)
        if key not in seen:
            seen.add(key)
            out.append(resolved)
    return out


def _read() -> list[Path]:
    """The stored entries in order; anything unreadable reads as an empty list."""
    try:
        data = json.loads(recent_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        log.warning("ignoring the recent workspaces list %s: %s", recent_file(), error)
        return []
    entries = data.get("workspaces") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    return [Path(entry) for entry in entries if isinstance(entry, str) and entry]


def _write(paths: list[Path]) -> None:
    """Replace the file atomically: a crash leaves the old list or the new, never half."""
    target = recent_file()
    document = {"format": FORMAT, "workspaces": [str(path) for path in paths]}
    partial: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(
            prefix=".recent-", suffix=".tmp", dir=target.parent
        )
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
        partial = None
    except OSError as error:
        log.warning("cannot save the recent workspaces list %s: %s", target, error)
    finally:
        if partial is not None:
            with contextlib.suppress(OSError):
                os.unlink(partial)
