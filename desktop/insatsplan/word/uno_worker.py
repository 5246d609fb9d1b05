"""LibreOffice worker: refresh a .docx's indexes, find its bookmarks' pages, export a tagged PDF.

Run by :mod:`insatsplan.word.libreoffice` with a Python that can ``import uno`` (Debian's
``/usr/bin/python3`` with ``python3-uno``, or LibreOffice's bundled ``program/python``), which
is usually *not* the Python running Insatsplan. That is why this file imports only the
standard library and ``uno``, never ``insatsplan``: the package and its dependencies are not
installed in that interpreter.

Protocol: one JSON request on stdin::

    {"soffice": "/usr/bin/soffice", "profile": "/tmp/x/profile", "pipe": "insatsplan_x",
     "docx": "/path/in.docx", "pdf": "/path/.out.pdf.tmp" | null, "connect_timeout": 60}

and one JSON line on stdout, always the last line::

    {"ok": true, "bookmarks": {"n0123…": 3, …}, "pages": 7, "indexes": 1}
    {"ok": false, "error": "load" | "export" | "start" | "connect" | "internal", "detail": "…"}

The error codes, not the details, become the person's message (the caller owns the wording
and its translation); the detail is a developer's hint. The worker starts its own soffice in
its own process group's reach, so the caller can stop everything with one kill on timeout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import traceback
from typing import Any

import uno
from com.sun.star.beans import PropertyValue

# LibreOffice's internal bookmarks for hyperlinked index entries, made by the index update;
# they are not in the .docx, so they are no one's business.
INTERNAL_BOOKMARK_PREFIXES = ("__RefHeading__",)

# Word 2007+ import filter. Named explicitly: with type detection a damaged file would be
# opened by the plain-text filter and "succeed" as a page of garbage.
DOCX_FILTER = "MS Word 2007 XML"


class WorkerError(Exception):
    """A failure with a code the caller turns into a person's message."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def props(**values: Any) -> tuple[Any, ...]:
    """UNO's property-value sequence from keyword arguments."""
    result = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        result.append(prop)
    return tuple(result)


def start_soffice(request: dict[str, Any]) -> subprocess.Popen[bytes]:
    """Start a headless soffice with the caller's private profile, listening on a named pipe.

    A private profile keeps a running LibreOffice of the person's (and its lock files,
    recovery dialogs and settings) out of our way, and ours out of theirs.
    """
    profile_url = uno.systemPathToFileUrl(os.path.abspath(request["profile"]))
    command = [
        request["soffice"],
        f"-env:UserInstallation={profile_url}",
        "--headless",
        "--invisible",
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        f"--accept=pipe,name={request['pipe']};urp;",
    ]
    try:
        return subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,  # our stdout carries only the JSON answer
            stderr=subprocess.DEVNULL,
        )
    except OSError as error:
        raise WorkerError("start", f"{request['soffice']}: {error}") from error


def connect(request: dict[str, Any], office: subprocess.Popen[bytes]) -> Any:
    """The Desktop service of the soffice we started, once it accepts connections."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:pipe,name={request['pipe']};urp;StarOffice.ComponentContext"
    deadline = time.monotonic() + float(request.get("connect_timeout", 60))
    last = ""
    while time.monotonic() < deadline:
        try:
            context = resolver.resolve(url)
        except Exception as error:  # NoConnectException until soffice listens
            last = str(error)
            if office.poll() is not None:
                raise WorkerError(
                    "start", f"soffice exited with {office.returncode}: {last}"
                ) from error
            time.sleep(0.05)
            continue
        return context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
    raise WorkerError("connect", f"no connection within the time limit: {last}")


def load(desktop: Any, path: str) -> Any:
    """Open *path* hidden and read-only, as a Word document or not at all."""
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    try:
        document = desktop.loadComponentFromURL(
            url, "_blank", 0,
            props(Hidden=True, ReadOnly=True, FilterName=DOCX_FILTER, UpdateDocMode=0,
                  MacroExecutionMode=0, Silent=True),
        )
    except Exception as error:
        raise WorkerError("load", f"{type(error).__name__}: {error}") from error
    if document is None or not hasattr(document, "getText"):
        if document is not None:
            document.close(True)
        raise WorkerError("load", "LibreOffice did not open it as a text document")
    return document


def refresh_indexes(document: Any) -> int:
    """Update every index (the table of contents) and every field; return how many indexes.

    Word's TOC field becomes a LibreOffice content index on import; updating it lays the
    document out and fills in the real headings and page numbers, which LibreOffice's
    plain ``--convert-to pdf`` never does.
    """
    indexes = document.getDocumentIndexes()
    for i in range(indexes.getCount()):
        indexes.getByIndex(i).update()
    document.getTextFields().refresh()
    # Updating fields can change the layout (PAGE/NUMPAGES widths); indexes again, then a
    # full refresh so the layout the PDF and the page numbers see is the final one.
    for i in range(indexes.getCount()):
        indexes.getByIndex(i).update()
    document.refresh()
    return int(indexes.getCount())


def bookmark_pages(document: Any) -> tuple[dict[str, int], int]:
    """The 1-based physical page of every bookmark's start, and the page count.

    A hidden document still has a (hidden) frame, controller and layout, so its view
    cursor answers ``getPage()``; jumping to the last page first forces the whole layout.
    """
    cursor = document.getCurrentController().getViewCursor()
    cursor.jumpToLastPage()
    pages = int(cursor.getPage())
    result: dict[str, int] = {}
    bookmarks = document.getBookmarks()
    # Each step is a round trip to soffice (about 2.5 ms a bookmark); a locked view at least
    # does not repaint for every move. The anchor's start, not the anchor: a view cursor sent
    # to a range selects it and reports the page of the selection's end.
    document.lockControllers()
    try:
        for name in bookmarks.getElementNames():
            if name.startswith(INTERNAL_BOOKMARK_PREFIXES):
                continue
            try:
                cursor.gotoRange(bookmarks.getByName(name).getAnchor().getStart(), False)
            except Exception:
                continue  # somewhere a view cursor cannot go (a comment): no page to give
            result[name] = int(cursor.getPage())
    finally:
        document.unlockControllers()
    return result, pages


def first_line(document: Any, limit: int = 200) -> str:
    """The first non-empty paragraph's text among the first few, shortened to *limit*."""
    paragraphs = document.getText().createEnumeration()
    for _ in range(20):
        if not paragraphs.hasMoreElements():
            break
        paragraph = paragraphs.nextElement()
        if paragraph.supportsService("com.sun.star.text.Paragraph"):
            text = " ".join(paragraph.getString().split())
            if text:
                return text[:limit]
    return ""


def export_pdf(document: Any, path: str) -> None:
    """A tagged PDF with outline bookmarks, whose viewers show the document's title.

    Tagging (structure tree, reading order, headings) and a shown title are what makes a
    published municipal PDF accessible; the title comes from the document's properties,
    falling back to its first line so it is never empty (not to the file name: callers
    export to temporary names). Only the open copy changes, never the .docx.
    """
    info = document.getDocumentProperties()
    if not (info.Title or "").strip():
        info.Title = first_line(document)
    filter_data = uno.Any(
        "[]com.sun.star.beans.PropertyValue",
        props(UseTaggedPDF=True, ExportBookmarks=True, DisplayPDFDocumentTitle=True,
              ExportNotes=False, OpenBookmarkLevels=-1),
    )
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    try:
        uno.invoke(document, "storeToURL", (
            url, props(FilterName="writer_pdf_Export", FilterData=filter_data, Overwrite=True),
        ))
    except Exception as error:
        raise WorkerError("export", f"{type(error).__name__}: {error}") from error


def work(desktop: Any, request: dict[str, Any]) -> dict[str, Any]:
    """Open, refresh, measure, export, close: the job itself, once soffice is connected."""
    document = load(desktop, request["docx"])
    try:
        indexes = refresh_indexes(document)
        pages_of, pages = bookmark_pages(document)
        if request.get("pdf"):
            export_pdf(document, request["pdf"])
    finally:
        try:
            document.close(True)
        except Exception:
            pass  # soffice is terminated next anyway
    return {"ok": True, "bookmarks": pages_of, "pages": pages, "indexes": indexes}


def stop(desktop: Any, office: subprocess.Popen[bytes]) -> None:
    """End soffice politely, then firmly: it must never outlive the job."""
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge dies with soffice: a DisposedException is the normal end
    try:
        office.wait(timeout=15)
    except subprocess.TimeoutExpired:
        office.kill()
        office.wait()


def main() -> int:
    """Run one request from stdin; answer with one JSON line on stdout."""
    office: subprocess.Popen[bytes] | None = None
    desktop = None
    try:
        request = json.loads(sys.stdin.read())
        office = start_soffice(request)
        desktop = connect(request, office)
        answer = work(desktop, request)
    except WorkerError as error:
        answer = {"ok": False, "error": error.code, "detail": error.detail}
    except Exception as error:
        answer = {"ok": False, "error": "internal",
                  "detail": "".join(traceback.format_exception_only(type(error), error)).strip()}
    finally:
        if office is not None:
            stop(desktop, office)
    sys.stdout.write("\n" + json.dumps(answer) + "\n")
    sys.stdout.flush()
    return 0 if answer["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
