"""What the Word tests share: whether LibreOffice can lay a document out here, a real PNG
made from bytes, and the demo plan as an exchange dict.

Kept in one place so a test file asks the same question the same way (the suite had five
copies of the LibreOffice check and three PNG builders).
"""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from insatsplan.word import writer

#: The real LibreOffice lookup, captured before any test replaces it with ``lambda: None``.
REAL_LIBREOFFICE = writer.libreoffice_driver


def libreoffice_usable() -> bool:
    """Whether LibreOffice with its UNO bridge is installed and starts here."""
    try:
        return REAL_LIBREOFFICE() is not None
    except Exception:
        return False


#: LibreOffice's layout and poppler's readers of the PDF it writes.
needs_libreoffice = pytest.mark.skipif(
    not libreoffice_usable() or shutil.which("pdftotext") is None
    or shutil.which("pdffonts") is None,
    reason="LibreOffice with UNO, or poppler's pdftotext/pdffonts, is not installed")


def png(width: int = 1, height: int = 1) -> bytes:
    """A real RGB PNG of *width*×*height* pixels (zlib and struct: no imaging library)."""
    row = b"\x00" + bytes((70, 130, 180)) * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height, 1)) + chunk(b"IEND", b""))


def demo_exchange_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo plan as the exchange dict, made through the workspace API in a folder of
    its own (for a module-scoped fixture)."""
    from insatsplan.demo import add_demo_plan
    from insatsplan.workspace import Workspace

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        ws = Workspace.open(folder / "demo.insatsplan")
        try:
            return ws.exchange_document(add_demo_plan(ws))
        finally:
            ws.close()


#: wp:docPr, where a picture's alt text (``descr``) is.
DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def docx_texts(path: Path) -> list[str]:
    """Every body paragraph's text, then every table cell's, in order (python-docx)."""
    import docx

    document = docx.Document(str(path))
    out = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        out += [cell.text for row in table.rows for cell in row.cells]
    return out


def docx_alt_texts(path: Path) -> list[str]:
    """The description (alt text) of every picture in the body."""
    import docx

    body: Any = docx.Document(str(path)).element.body
    return [shape.get("descr", "") for shape in body.iter(DOC_PR)]


#: python-docx's English style ids -> the ids Swedish Word gives the same built-in styles.
SWEDISH_IDS = {"Heading1": "Rubrik1", "Heading2": "Rubrik2", "Heading3": "Rubrik3",
               "ListParagraph": "Liststycke", "Header": "Sidhuvud", "Footer": "Sidfot",
               "Title": "Rubrik", "Subtitle": "Underrubrik",
               "TOCHeading": "Innehllsfrteckningsrubrik"}


def swedish_style_ids(document: Any) -> None:
    """Give a python-docx document's built-in styles the ids Swedish Word saves them with
    (the names stay "heading 1" …), and point every reference at the new ids."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    styles = document.styles.element
    for element in styles.iter(f"{w}style"):
        old = element.get(f"{w}styleId")
        if old in SWEDISH_IDS:
            element.set(f"{w}styleId", SWEDISH_IDS[old])
    refs = [*styles.iter(f"{w}basedOn", f"{w}next", f"{w}link"),
            *document.element.getroottree().getroot().iter(f"{w}pStyle")]
    for ref in refs:
        ref.set(f"{w}val", SWEDISH_IDS.get(ref.get(f"{w}val"), ref.get(f"{w}val")))


#: The tests' LibreOffice reader of tracked changes (run by LibreOffice's Python).
UNO_REVISIONS = Path(__file__).with_name("uno_revisions.py")


def revised_paragraphs(jobs: list[tuple[Path, str]],
                       timeout: float = 300) -> list[dict[str, Any]]:
    """For each (docx, action) — action "accept", "reject" or "none" — LibreOffice's
    answer after it accepted or rejected every tracked change: ``{"redlines": how many
    before, "left": how many after, "paragraphs": [{"text", "style", "level",
    "numbered", "cell"}, …]}`` (body order, the table of contents left out). One
    LibreOffice start for all the jobs."""
    import json
    import os
    import secrets
    import subprocess
    import tempfile

    from insatsplan.word import libreoffice

    tools = libreoffice.find_tools()
    assert tools is not None, "LibreOffice with UNO is needed"
    with tempfile.TemporaryDirectory(prefix="insatsplan-revisions-") as folder:
        copies = []  # LibreOffice edits (and locks) its own copy, never the test's file
        for n, (path, _action) in enumerate(jobs):
            copies.append(Path(folder) / f"{n}-{Path(path).name}")
            shutil.copyfile(path, copies[-1])
        request = {"soffice": str(tools.soffice), "profile": str(Path(folder) / "profile"),
                   "pipe": f"insatsplan_test_{os.getpid()}_{secrets.token_hex(4)}",
                   "connect_timeout": 120,
                   "jobs": [{"docx": str(c), "action": a}
                            for c, (_p, a) in zip(copies, jobs, strict=True)]}
        result = subprocess.run(
            [str(tools.python), str(UNO_REVISIONS)], input=json.dumps(request).encode(),
            capture_output=True, timeout=timeout, cwd=folder,
            env=libreoffice._office_env(Path(folder)))
    answer = json.loads(result.stdout.decode().strip().splitlines()[-1])
    assert answer["ok"], answer.get("detail")
    return list(answer["results"])
