"""LibreOffice as the tests' independent reader of tracked changes: accept or reject every
revision in a .docx and list its body paragraphs.

Run by a Python that imports ``uno`` (``/usr/bin/python3`` with ``python3-uno``), never
by the test's own interpreter; :func:`tests.word_helpers.revised_paragraphs` drives it.
It borrows the start, connect and stop of :mod:`insatsplan.word.uno_worker` (standard
library and ``uno`` only, so it runs here too).

Request on stdin::

    {"soffice": …, "profile": …, "pipe": …, "jobs": [{"docx": path, "action":
     "accept" | "reject" | "none"}, …]}

Answer, the last line on stdout: ``{"ok": true, "results": [[paragraph, …], …]}``, one
list per job, each paragraph ``{"text", "style", "level", "numbered", "redlines"}`` in
body order; table cells' paragraphs are in it (``"cell": true``), the table of contents'
are not (its page numbers are LibreOffice's to move).
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop" / "insatsplan" / "word"))

import uno
import uno_worker


def paragraphs(document: Any) -> list[dict[str, Any]]:
    """The body's paragraphs (table cells' included, the TOC's left out), in order."""
    found: list[dict[str, Any]] = []

    def visit(text: Any, cell: bool) -> None:
        enumeration = text.createEnumeration()
        while enumeration.hasMoreElements():
            element = enumeration.nextElement()
            if element.supportsService("com.sun.star.text.TextTable"):
                for name in element.getCellNames():
                    visit(element.getCellByName(name), True)
                continue
            if not element.supportsService("com.sun.star.text.Paragraph"):
                continue
            index = element.getPropertyValue("DocumentIndex")
            if index is not None:
                continue
            rules = element.getPropertyValue("NumberingRules")
            found.append({
                "text": element.getString(),
                "style": element.getPropertyValue("ParaStyleName"),
                "level": int(element.getPropertyValue("NumberingLevel")),
                "numbered": bool(element.getPropertyValue("NumberingIsNumber"))
                and rules is not None,
                "cell": cell,
            })

    visit(document.getText(), False)
    return found


def open_editable(desktop: Any, path: str) -> Any:
    """*path* opened hidden but writable (accepting changes edits the document)."""
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    return desktop.loadComponentFromURL(url, "_blank", 0, uno_worker.props(
        Hidden=True, FilterName=uno_worker.DOCX_FILTER, UpdateDocMode=0,
        MacroExecutionMode=0, Silent=True))


def count_redlines(document: Any) -> int:
    """How many tracked changes the document holds."""
    enumeration = document.getRedlines().createEnumeration()
    count = 0
    while enumeration.hasMoreElements():
        enumeration.nextElement()
        count += 1
    return count


def job(desktop: Any, context: Any, docx: str, action: str) -> dict[str, Any]:
    document = open_editable(desktop, docx)
    try:
        redlines = count_redlines(document)
        if action in ("accept", "reject"):
            dispatcher = context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.DispatchHelper", context)
            command = (".uno:AcceptAllTrackedChanges" if action == "accept"
                       else ".uno:RejectAllTrackedChanges")
            dispatcher.executeDispatch(document.getCurrentController().getFrame(), command,
                                       "", 0, ())
        left = count_redlines(document)
        return {"redlines": redlines, "left": left, "paragraphs": paragraphs(document)}
    finally:
        document.close(True)


def remote_context(request: dict[str, Any]) -> Any:
    """soffice's own component context (the dispatcher must be made in it)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    return resolver.resolve(f"uno:pipe,name={request['pipe']};urp;StarOffice.ComponentContext")


def main() -> int:
    office = None
    desktop = None
    try:
        request = json.loads(sys.stdin.read())
        office = uno_worker.start_soffice(request)
        desktop = uno_worker.connect(request, office)
        context = remote_context(request)
        results = [job(desktop, context, item["docx"], item["action"])
                   for item in request["jobs"]]
        answer: dict[str, Any] = {"ok": True, "results": results}
    except Exception as error:
        answer = {"ok": False, "detail": "".join(
            traceback.format_exception(type(error), error, error.__traceback__))}
    finally:
        if office is not None:
            uno_worker.stop(desktop, office)
    sys.stdout.write("\n" + json.dumps(answer) + "\n")
    return 0 if answer["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
