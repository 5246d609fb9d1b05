"""LibreOffice's pass over an exported .docx: real page numbers and a tagged PDF.

python-docx cannot lay out pages, so it cannot know on which page a heading lands; Word's
``w:updateFields`` would make Word ask on every open, and LibreOffice's ``--convert-to pdf``
keeps a TOC's stale entries. So LibreOffice is driven through its UNO API: it updates the
document's indexes, reports the page of every bookmark, and exports the PDF from that same
layout, so the page numbers the exporter writes into its TOC match the PDF.

UNO's Python bridge (``import uno``) only works in a Python built against that LibreOffice:
Debian's ``/usr/bin/python3`` with ``python3-uno``, or LibreOffice's bundled
``program/python`` on Windows and macOS, never the Python running Insatsplan. So the work is
done by :mod:`insatsplan.word.uno_worker`, run as a script by that Python in a subprocess;
this module finds the programs, gives the run a private LibreOffice profile and a time limit,
and turns every failure into one :class:`~insatsplan.errors.UserError` line.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.word import fonts

log = logging.getLogger(__name__)

WORKER = Path(__file__).with_name("uno_worker.py")

# Points at a soffice (or soffice.exe) when it is not on PATH or in the usual places.
SOFFICE_ENV = "INSATSPLAN_SOFFICE"

# Checking that a Python can import uno starts an interpreter: generous on a busy machine.
UNO_CHECK_TIMEOUT = 30.0

# After a kill, how long to wait for the process group to be gone before cleaning up.
KILL_GRACE = 5.0

NOT_INSTALLED_LINUX = QT_TRANSLATE_NOOP(
    "Errors",
    "LibreOffice is not installed, so page numbers and the PDF cannot be made. Install "
    "LibreOffice Writer and its Python bridge (on Debian and Ubuntu: the packages "
    "libreoffice-writer and python3-uno).",
)
NOT_INSTALLED_OTHER = QT_TRANSLATE_NOOP(
    "Errors",
    "LibreOffice is not installed, so page numbers and the PDF cannot be made. Install "
    "LibreOffice from libreoffice.org.",
)
NO_UNO_LINUX = QT_TRANSLATE_NOOP(
    "Errors",
    "LibreOffice is installed but its Python bridge is missing, so page numbers and the PDF "
    "cannot be made. Install it (on Debian and Ubuntu: the package python3-uno).",
)
NO_UNO_OTHER = QT_TRANSLATE_NOOP(
    "Errors",
    "LibreOffice is installed but its Python is missing or broken, so page numbers and the "
    "PDF cannot be made. Reinstall LibreOffice from libreoffice.org.",
)


@dataclass(frozen=True)
class Tools:
    """The soffice to start and a Python that can import uno to drive it."""

    soffice: Path
    python: Path


# --- Finding LibreOffice ---------------------------------------------------------------


def _soffice_candidates(path_env: str | None, override: str | None) -> list[Path]:
    """Where soffice may be, most specific first: the override, PATH, the usual folders."""
    found: list[Path] = []
    if override:
        found.append(Path(override))
    for name in ("soffice", "libreoffice"):
        hit = shutil.which(name, path=path_env)
        if hit:
            found.append(Path(hit))
    if sys.platform == "win32":
        for variable in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
            base = os.environ.get(variable)
            if base:
                found.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    elif sys.platform == "darwin":
        found.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return [p for p in found if p.is_file()]


def _python_candidates(soffice: Path) -> list[Path]:
    """Pythons that may import this LibreOffice's uno: its own first, then the system's.

    LibreOffice's own builds (Windows, macOS, the .deb/.rpm from libreoffice.org) bundle a
    Python next to soffice; Linux distributions instead split the bridge into a package
    for the system Python (Debian's python3-uno), which then lives at /usr/bin/python3.
    """
    program = Path(os.path.realpath(soffice)).parent
    found = [
        program / "python.exe",  # Windows: a launcher that sets up the bundled Python
        program / "python",  # libreoffice.org builds for Linux
        program.parent / "Resources" / "python",  # macOS: Contents/MacOS → Contents/Resources
    ]
    if sys.platform != "win32":
        found.append(Path("/usr/bin/python3"))
    return [p for p in found if p.is_file()]


def _worker_env() -> dict[str, str]:
    """Our environment minus what would point another Python at our own packages."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONSAFEPATH"}}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _can_import_uno(python: Path) -> bool:
    """Whether *python* really imports uno: a package can be half-installed or mismatched."""
    try:
        result = subprocess.run(
            [str(python), "-c", "import uno"],
            stdin=subprocess.DEVNULL, capture_output=True, env=_worker_env(),
            timeout=UNO_CHECK_TIMEOUT, check=False, **_no_window(),
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.info("%s cannot run: %s", python, error)
        return False
    if result.returncode != 0:
        log.info("%s cannot import uno: %s", python,
                 result.stderr.decode(errors="replace").strip().splitlines()[-1:])
    return result.returncode == 0


@lru_cache(maxsize=8)
def _find(path_env: str | None, override: str | None) -> tuple[Path | None, Tools | None]:
    """(first soffice found, usable tools), cached per PATH so tests can change PATH."""
    soffices = _soffice_candidates(path_env, override)
    for soffice in soffices:
        for python in _python_candidates(soffice):
            if _can_import_uno(python):
                return soffice, Tools(soffice, python)
    return (soffices[0] if soffices else None), None


def find_tools() -> Tools | None:
    """The soffice and uno-capable Python to use, or None (the answer is cached)."""
    return _find(os.environ.get("PATH"), os.environ.get(SOFFICE_ENV))[1]


def available() -> bool:
    """Whether soffice is installed and a Python can drive it through uno (cached)."""
    return find_tools() is not None


def missing_reason() -> str:
    """Why LibreOffice cannot be used and what to install: an English source string.

    Marked for the "Errors" context and free of placeholders, so the UI or CLI passes it
    through its translator as it is. Meaningful only when :func:`available` is false.
    """
    soffice, _ = _find(os.environ.get("PATH"), os.environ.get(SOFFICE_ENV))
    linux = sys.platform.startswith("linux")
    if soffice is None:
        return NOT_INSTALLED_LINUX if linux else NOT_INSTALLED_OTHER
    return NO_UNO_LINUX if linux else NO_UNO_OTHER


# --- Running the worker ----------------------------------------------------------------


def _no_window() -> dict[str, Any]:
    """Popen arguments for a child we can stop as a whole, and no console window on Windows."""
    if sys.platform == "win32":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
        return {"creationflags": flags}
    return {}


def _group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes in process group *pgid*; Linux only, else empty."""
    members: list[int] = []
    proc = Path("/proc")
    if not proc.is_dir():
        return members
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 2 and fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(entry.name))
    return members


def _kill_tree(process: subprocess.Popen[bytes]) -> None:
    """Stop the worker and every soffice it started, and wait until they are gone.

    The worker leads its own process group (session) and soffice's launcher and soffice.bin
    stay in it, so one kill reaches them all. The group is killed before the worker is
    reaped, while its id cannot have been reused. On Windows taskkill walks the tree.
    """
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)],
                       capture_output=True, check=False, **_no_window())
        process.kill()
        process.wait()
        return
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.wait()
    deadline = time.monotonic() + KILL_GRACE
    while _group_members(process.pid) and time.monotonic() < deadline:
        time.sleep(0.02)


def _remove_tree(folder: Path) -> None:
    """Remove the private profile; a dying soffice may still hold a file for a moment."""
    for _ in range(20):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.05)
    log.warning("could not remove LibreOffice's temporary profile %s", folder)


def _check_docx(docx: Path) -> None:
    """Refuse what is plainly not a Word file before starting LibreOffice for it.

    A password-protected .docx is an OLE file, not a zip, and a damaged one fails here
    too, so the message can say so at once.
    """
    if not docx.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The Word file {path} does not exist."),
                        path=str(docx))
    try:
        with zipfile.ZipFile(docx) as package:
            package.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _unreadable(docx) from error


def _unreadable(docx: Path) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "Errors", "LibreOffice cannot read {path}: it is damaged, password-protected or not "
        "a Word document."), path=str(docx))


def _temporary_pdf(pdf_out: Path) -> Path:
    """An empty, new file beside *pdf_out*, so the final step is an atomic os.replace.

    Made with ``open(..., "xb")`` (not mkstemp) so it gets ordinary permissions: a
    published PDF must not end up readable only by its owner.
    """
    for _ in range(100):
        candidate = pdf_out.with_name(f".{pdf_out.name}.{secrets.token_hex(4)}.tmp")
        try:
            with open(candidate, "xb"):
                return candidate
        except FileExistsError:
            continue
        except OSError as error:
            raise _cannot_write(pdf_out, error) from error
    raise _cannot_write(pdf_out, FileExistsError("no free temporary name"))


def _cannot_write(pdf_out: Path, error: OSError) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "Errors", "Cannot write the PDF {path}: {reason}. Is it open in another program, or "
        "is the folder read-only?"), path=str(pdf_out), reason=error.strerror or str(error))


def _answer(stdout: bytes) -> dict[str, Any] | None:
    """The worker's JSON answer: its last line, whatever LibreOffice printed before it."""
    for line in reversed(stdout.decode("utf-8", errors="replace").splitlines()):
        if line.strip():
            try:
                answer = json.loads(line)
            except ValueError:
                return None
            return answer if isinstance(answer, dict) else None
    return None


def _failure(answer: dict[str, Any] | None, docx: Path, pdf_out: Path | None,
             tools: Tools) -> UserError:
    """The person's message for a worker that did not succeed."""
    code = answer.get("error") if answer else None
    if code == "load":
        return _unreadable(docx)
    if code == "export" and pdf_out is not None:
        return UserError(QT_TRANSLATE_NOOP(
            "Errors", "LibreOffice could not write the PDF {path}."), path=str(pdf_out))
    if code in {"start", "connect"}:
        return UserError(QT_TRANSLATE_NOOP(
            "Errors", "LibreOffice ({program}) could not be started."), program=str(tools.soffice))
    return UserError(QT_TRANSLATE_NOOP("Errors", "LibreOffice stopped unexpectedly."))


@dataclass(frozen=True)
class Layout:
    """What LibreOffice's layout of a document gave: the page (1-based) of every bookmark
    by name, and the font families the exported PDF embeds (PostScript family names,
    see :func:`insatsplan.word.fonts.embedded_fonts`): the fonts the text was really set in.
    """

    pages: dict[str, int]
    fonts: frozenset[str] | None  # None: not asked for, or the PDF could not be read


def refresh(docx: Path, *, pdf_out: Path | None = None, timeout: float = 180) -> dict[str, int]:
    """Open *docx* in LibreOffice headless, update its indexes, optionally export a tagged PDF to
    *pdf_out*, and return the page number (1-based) of every bookmark by name.

    The page numbers are physical pages (the first page is 1) of the layout after the
    update, the same layout the PDF is exported from. *docx* is never modified. The PDF
    appears whole or not at all: an existing *pdf_out* is replaced only on success.
    Every failure, including *timeout* seconds passing, raises a one-line UserError, and
    LibreOffice and its temporary profile are gone when this returns or raises.
    """
    return _run(docx, pdf_out, timeout, want_fonts=False).pages


def layout(docx: Path, *, pdf_out: Path | None = None, timeout: float = 180) -> Layout:
    """:func:`refresh`, and the fonts the layout used, read from the PDF LibreOffice
    exported (to *pdf_out*, or to a temporary file when no PDF is wanted): the way to know
    whether a font the document asks for was missing and replaced by a fallback."""
    return _run(docx, pdf_out, timeout, want_fonts=True)


def _run(docx: Path, pdf_out: Path | None, timeout: float, *, want_fonts: bool) -> Layout:
    """The LibreOffice pass behind :func:`refresh` and :func:`layout`."""
    docx = Path(docx)
    tools = find_tools()
    if tools is None:
        raise UserError(missing_reason())
    _check_docx(docx)
    temp_pdf = _temporary_pdf(Path(pdf_out)) if pdf_out is not None else None
    workdir: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    started = time.monotonic()
    try:
        try:
            workdir = Path(tempfile.mkdtemp(prefix="insatsplan-lo-"))
        except OSError as error:  # no room for a profile: soffice cannot start either
            log.warning("no temporary folder for LibreOffice: %s", error)
            raise _failure({"error": "start"}, docx, pdf_out, tools) from error
        layout_pdf = temp_pdf or (workdir / "layout.pdf" if want_fonts else None)
        request = {
            "soffice": str(tools.soffice),
            "profile": str(workdir / "profile"),
            "pipe": f"insatsplan_{os.getpid()}_{secrets.token_hex(6)}",
            "docx": str(docx.resolve()),
            "pdf": str(layout_pdf.resolve()) if layout_pdf else None,
            "connect_timeout": timeout,
        }
        try:
            process = subprocess.Popen(
                [str(tools.python), str(WORKER)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                cwd=workdir, env=_office_env(workdir),
                start_new_session=sys.platform != "win32", **_no_window(),
            )
            stdout, stderr = process.communicate(json.dumps(request).encode(), timeout=timeout)
        except subprocess.TimeoutExpired as error:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "LibreOffice did not finish within {seconds} seconds and was stopped."),
                seconds=f"{timeout:g}") from error
        except OSError as error:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "LibreOffice's Python ({program}) could not be started: {reason}."),
                program=str(tools.python), reason=error.strerror or str(error)) from error
        answer = _answer(stdout)
        if not answer or not answer.get("ok"):
            log.warning("LibreOffice worker failed (exit %s): %s; stderr: %s",
                        process.returncode, answer,
                        stderr.decode(errors="replace").strip()[-2000:])
            raise _failure(answer, docx, pdf_out, tools)
        used = _fonts_in(layout_pdf) if want_fonts and layout_pdf is not None else None
        if temp_pdf is not None and pdf_out is not None:
            _publish(temp_pdf, Path(pdf_out))
        log.info("LibreOffice pass over %s took %.2f s", docx, time.monotonic() - started)
        pages = {str(k): int(v) for k, v in answer.get("bookmarks", {}).items()}
        return Layout(pages, used)
    finally:
        if process is not None and process.poll() is None:
            _kill_tree(process)
        elif process is not None and sys.platform != "win32" and _group_members(process.pid):
            # The worker ended but left something running (it should not): stop it too.
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if temp_pdf is not None:
            temp_pdf.unlink(missing_ok=True)
        if workdir is not None:
            _remove_tree(workdir)


def _office_env(workdir: Path) -> dict[str, str]:
    """The worker's (and so soffice's) environment: :func:`_worker_env`, plus, where
    LibreOffice finds fonts through fontconfig, a private configuration that adds the
    fonts shipped in ``resources/fonts`` (Carlito and Caladea for Calibri and Cambria), so
    the layout, and the page numbers taken from it, match Word's."""
    env = _worker_env()
    if fonts.uses_fontconfig():
        try:
            env[fonts.FONTCONFIG_ENV] = str(fonts.write_fontconfig(workdir, env))
        except (OSError, FileNotFoundError) as error:  # no resources: lay out as before
            log.warning("LibreOffice gets no private font configuration: %s", error)
    return env


def _fonts_in(pdf: Path) -> frozenset[str] | None:
    """The fonts the PDF embeds; None when it cannot be read (the check is then silent,
    since the export itself succeeded)."""
    try:
        return fonts.embedded_fonts(pdf)
    except Exception as error:  # pypdf raises many kinds on a file it cannot read
        log.warning("could not read the fonts of %s: %s", pdf, error)
        return None


def _publish(temp_pdf: Path, pdf_out: Path) -> None:
    """Move a complete PDF into place, after checking it is one."""
    try:
        with open(temp_pdf, "rb") as stream:
            head = stream.read(5)
    except OSError:
        head = b""
    if head != b"%PDF-":
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "LibreOffice could not write the PDF {path}."), path=str(pdf_out))
    try:
        os.replace(temp_pdf, pdf_out)
    except OSError as error:
        raise _cannot_write(pdf_out, error) from error
