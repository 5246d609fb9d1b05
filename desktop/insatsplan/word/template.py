"""Opening a Word template (.docx or .dotx) as the start of an export.

The city's template carries its look (styles, page size, margins, header and footer
with the logo), so an export starts from a copy of it with the body emptied. Templates
come from Swedish Word: a ``.dotx`` declares the *template* content type, which
python-docx refuses and the output must not keep, so the package's content types are
rewritten to a document's before python-docx sees it. Everything that can be wrong with
a chosen file (not a Word file, damaged, password-protected, a macro template, too large
to unpack, active content or links to outside the file: see
:mod:`insatsplan.word.package_safety`) becomes one clear :class:`UserError` before any
output exists, and what may be cleaned is cleaned before python-docx reads the package.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from lxml import etree

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.safe_paths import regular_input
from insatsplan.word import package_safety as safety

DEFAULT_TEMPLATE_NAME: Final = "insatsplan.dotx"

_WML: Final = "application/vnd.openxmlformats-officedocument.wordprocessingml"
DOCUMENT_CT: Final = f"{_WML}.document.main+xml"
TEMPLATE_CT: Final = f"{_WML}.template.main+xml"
MACRO_CTS: Final = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_CT_NS: Final = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC: Final = b"PK\x03\x04"

MSG_UNREADABLE: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} could not be read: {reason}.")
MSG_NOT_WORD: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} is not a Word file; choose a .docx or .dotx file.")
MSG_DAMAGED: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} is damaged and cannot be used; open it in Word, save it "
    "again as .docx or .dotx and choose it again.")
MSG_ENCRYPTED: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} is password-protected; save a copy without a password "
    "and choose that.")
MSG_OLD_WORD: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} is an old Word 97–2003 file; save it as .docx or .dotx "
    "in Word and choose it again.")
MSG_MACROS: Final = safety.MSG_MACROS


def default_template() -> Path:
    """The template shipped in ``resources/templates`` (see tools/make_word_template.py)."""
    from insatsplan.resources import resources_dir

    return resources_dir() / "templates" / DEFAULT_TEMPLATE_NAME


def open_template(path: Path | None = None) -> Any:
    """A python-docx ``Document`` made from the template at *path*, its body emptied.

    The body keeps only its final section properties (page size, margins, the header and
    footer references), so everything else the template holds stays as it was.
    """
    import docx

    path = default_template() if path is None else Path(path)
    regular_input(path, missing_ok=True)  # a FIFO would block the read forever
    data = _document_bytes(str(path), *_stamp(path))
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds on a broken package
        raise UserError(MSG_DAMAGED, file=str(path)) from None
    body = document.element.body
    for child in list(body):
        if child.tag != _SECT_PR:
            body.remove(child)
    made_anew(document)
    return document


def made_anew(document: Any) -> None:
    """Drop what describes the template file rather than the new document.

    Word keeps a thumbnail of the template's first page (shown by file browsers and
    Word's open dialog: the template's sample text, not the agreement), its extended
    properties (the template's company, manager, page and word counts, application) and
    the state of its spelling check (``w:proofState clean``: Word would trust that the
    new text was checked, and show no red underlines until something changed), its
    request to update fields on open (an earlier export used as the template: the export
    asks anew only when its page numbers need it), and the core properties no layout
    sets (the template's status, version and print date). The thumbnail, the proofing
    state, the request and those core properties go; the extended properties are
    written anew.
    """
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == _THUMBNAIL_RT:
            package.rels.pop(rid)
    _fresh_app_properties(package)
    core = document.core_properties._element
    for tag in _TEMPLATE_CORE_PROPERTIES:
        for element in core.findall(tag):
            core.remove(element)
    settings = document.settings.element
    for tag in (*_PROOFING_SETTINGS, f"{_W}updateFields"):
        for element in settings.findall(tag):
            settings.remove(element)


_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_THUMBNAIL_RT: Final = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail")
_APP_RT: Final = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties")
_APP_CT: Final = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
_APP_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
#: The application named in a new document's extended properties.
APPLICATION: Final = "Insatsplan"
_CP: Final = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_TEMPLATE_CORE_PROPERTIES: Final = (f"{_CP}contentStatus", f"{_CP}version",
                                    f"{_CP}lastPrinted")
_PROOFING_SETTINGS: Final = (f"{_W}proofState", f"{_W}hideSpellingErrors",
                             f"{_W}hideGrammaticalErrors")


def _fresh_app_properties(package: Any) -> None:
    """``docProps/app.xml`` with the application alone: nothing of the template's (its
    company, manager, hyperlink base, statistics) and no page count, which only a layout
    knows (Word counts again when it saves)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    root = etree.Element(f"{{{_APP_NS}}}Properties", nsmap={None: _APP_NS, "vt": _VT_NS})
    etree.SubElement(root, f"{{{_APP_NS}}}Application").text = APPLICATION
    etree.SubElement(root, f"{{{_APP_NS}}}DocSecurity").text = "0"
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    old = next(((rid, rel) for rid, rel in package.rels.items() if rel.reltype == _APP_RT),
               None)
    partname = (old[1].target_part.partname if old is not None and not old[1].is_external
                else PackURI("/docProps/app.xml"))
    if old is not None:
        package.rels.pop(old[0])
    package.relate_to(Part(partname, _APP_CT, blob, package), _APP_RT)


_SECT_PR: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr"


def _stamp(path: Path) -> tuple[int, int]:
    """(size, mtime) so the cache below notices a template saved again."""
    try:
        info = path.stat()
    except OSError as error:
        raise UserError(MSG_UNREADABLE, file=str(path), reason=error.strerror or error) from None
    return info.st_size, info.st_mtime_ns


@lru_cache(maxsize=4)
def _document_bytes(file: str, size: int, mtime: int) -> bytes:
    """The template's package bytes, checked and with a document's content type.

    Cached per file version: an editor exporting again does not unpack the template again.
    """
    safety.check_file_size(file, size)
    try:
        data = Path(file).read_bytes()
    except OSError as error:
        raise UserError(MSG_UNREADABLE, file=file, reason=error.strerror or error) from None
    if data.startswith(_OLE_MAGIC):
        # Word encrypts a password-protected .docx into an OLE container holding an
        # "EncryptedPackage" stream; any other OLE file is a .doc/.dot of Word 97-2003.
        encrypted = "EncryptedPackage".encode("utf-16-le") in data
        raise UserError(MSG_ENCRYPTED if encrypted else MSG_OLD_WORD, file=file)
    if not data.startswith(_ZIP_MAGIC):
        raise UserError(MSG_NOT_WORD, file=file)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            safety.check_sizes(archive, file)
            types = etree.fromstring(archive.read("[Content_Types].xml"), safety.safe_parser())
            main = [o for o in types.iterchildren(f"{_CT_NS}Override")
                    if o.get("ContentType") in (DOCUMENT_CT, TEMPLATE_CT, *MACRO_CTS)]
            if not main:
                raise UserError(MSG_NOT_WORD, file=file)
            if any(o.get("ContentType") in MACRO_CTS for o in main):
                raise UserError(MSG_MACROS, file=file)
            replaced = safety.inspect(archive, file)
            if not all(o.get("ContentType") == DOCUMENT_CT for o in main):
                for override in main:
                    override.set("ContentType", DOCUMENT_CT)
                replaced["[Content_Types].xml"] = etree.tostring(
                    types, xml_declaration=True, encoding="UTF-8", standalone=True)
            return _repack(archive, replaced) if replaced else data
    except UserError:
        raise
    except KeyError:  # a zip without [Content_Types].xml: some other zip file
        raise UserError(MSG_NOT_WORD, file=file) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, etree.XMLSyntaxError, EOFError,
            OSError, ValueError, NotImplementedError):
        raise UserError(MSG_DAMAGED, file=file) from None


def _repack(archive: zipfile.ZipFile, replaced: dict[str, bytes]) -> bytes:
    """The same package with the *replaced* parts (reading every member checks its CRC,
    so a damaged template is found here rather than in python-docx)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            data = replaced.get(info.filename)
            target.writestr(info, archive.read(info) if data is None else data)
    return out.getvalue()
