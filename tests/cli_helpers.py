"""Running the command line in-process and looking at files, shared by the test files.

In-process rather than a subprocess: a whole process costs about half a second, and the
suite runs the CLI a few thousand times.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from insatsplan.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``insatsplan ARGV``: exit code, stdout, stderr."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_in(capsys: pytest.CaptureFixture[str], workspace: Path,
           *argv: str) -> tuple[int, str, str]:
    """``insatsplan --workspace WORKSPACE ARGV``: exit code, stdout, stderr."""
    return run_cli(capsys, "--workspace", str(workspace), *argv)


def run_lines(capsys: pytest.CaptureFixture[str], workspace: Path,
              *argv: str) -> tuple[int, list[str], str]:
    """As :func:`run_in`, with stdout as its lines."""
    code, out, err = run_in(capsys, workspace, *argv)
    return code, out.splitlines(), err


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes: "byte-identical" in one comparison."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def places(item: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON document (keys and list indexes), the root's ``()`` first:
    where a test can put a hostile value."""
    out = [path]
    if isinstance(item, dict):
        for key, value in item.items():
            out += places(value, (*path, key))
    elif isinstance(item, list):
        for index, value in enumerate(item):
            out += places(value, (*path, index))
    return out


def stored_pdf(workspace: Path, plan_id: int) -> tuple[int, str | None] | None:
    """A plan's stored signed PDF as (verified, printed_id), read through a second
    connection; None when it has none."""
    conn = sqlite3.connect(workspace)
    try:
        row = conn.execute("SELECT verified, printed_id FROM attachment WHERE plan_id = ?",
                           (plan_id,)).fetchone()
    finally:
        conn.close()
    return None if row is None else (row[0], row[1])
