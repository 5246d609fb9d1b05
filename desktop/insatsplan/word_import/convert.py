"""Converting an old Word 97–2003 ``.doc`` to ``.docx`` with LibreOffice, when it is here.

The UNO worker (:mod:`insatsplan.word.uno_worker`) lays out and exports PDFs; a plain
format conversion needs no bridge, so ``soffice --headless --convert-to docx`` does it,
found the same way (:mod:`insatsplan.word.libreoffice`), with a private profile (a
LibreOffice the person has open is not disturbed), its own process group and a time
limit, after which it is stopped with everything it started.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Final

from insatsplan.safe_paths import regular_input
from insatsplan.word import libreoffice
from insatsplan.word_import import errors as e

#: A long agreement converts in a few seconds; a first start makes a profile.
CONVERT_TIMEOUT: Final = 120.0


def soffice() -> Path | None:
    """The LibreOffice program to convert with, or None when it is not installed."""
    found = libreoffice._soffice_candidates(os.environ.get("PATH"),
                                            os.environ.get(libreoffice.SOFFICE_ENV))
    return found[0] if found else None


def can_convert() -> bool:
    """Whether an old ``.doc`` can be converted here (LibreOffice is installed)."""
    return soffice() is not None


def convert_doc(path: Path, folder: Path, *, timeout: float = CONVERT_TIMEOUT) -> Path:
    """Convert the ``.doc`` at *path* into *folder* and return the new ``.docx``'s path.

    Raises :class:`~insatsplan.word_import.errors.ConversionError` (or the reader's
    error for a path that is no regular file) when LibreOffice is missing, fails or
    takes longer than *timeout* seconds.
    """
    source = regular_input(Path(path))
    shown = Path(path).name
    program = soffice()
    if program is None:
        raise e.OldWordFormatError(e.MSG_OLD_WORD, convertible=False, file=shown)
    folder = Path(folder)
    workdir = Path(tempfile.mkdtemp(prefix="insatsplan-doc-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        outdir = workdir / "out"
        outdir.mkdir()
        # A plain name: LibreOffice names its output after the input.
        staged = workdir / "in.doc"
        shutil.copyfile(source, staged)
        command = [str(program), f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
                   "--headless", "--norestore", "--nolockcheck",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir),
                   str(staged)]
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, cwd=workdir, env=libreoffice._worker_env(),
            start_new_session=sys.platform != "win32", **libreoffice._no_window())
        try:
            process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise e.ConversionError(e.MSG_CONVERT_TIMEOUT, file=shown,
                                    seconds=f"{timeout:g}") from None
        produced = outdir / "in.docx"
        if process.returncode != 0 or not produced.is_file():
            raise e.ConversionError(e.MSG_CONVERT_FAILED, file=shown)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / (Path(path).stem + ".docx")
        shutil.move(str(produced), target)
        return target
    except OSError:
        raise e.ConversionError(e.MSG_CONVERT_FAILED, file=shown) from None
    finally:
        if process is not None and process.poll() is None:
            libreoffice._kill_tree(process)
        libreoffice._remove_tree(workdir)
