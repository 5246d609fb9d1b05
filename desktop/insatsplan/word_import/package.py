"""Opening a Word file from anywhere safely: the checks before any XML is read.

The file may have been written by anyone, so the package is judged before it is
unpacked, with the same rules as a chosen Word template
(:mod:`insatsplan.word.package_safety`): the input must be a regular file (a FIFO
would block), at most :data:`MAX_FILE_BYTES`; part sizes and packing ratios come from
the zip directory before anything is decompressed; a part is parsed as XML only when
its declared content type says it is XML, with a parser that loads no DTD, resolves no
entity, never reaches the network and refuses huge trees, and a part with a DTD at all
is refused. Macros, embedded objects and outside links are no danger here (nothing is
run, rendered or followed), so unlike a template they are not refused.

Only the parts the reader needs are unpacked: the main document and, by its
relationships, styles, numbering, footnotes, endnotes and hyperlink targets, plus the
core and custom properties.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from lxml import etree

from insatsplan.errors import UserError
from insatsplan.safe_paths import read_input
from insatsplan.word import package_safety as safety
from insatsplan.word_import import errors as e

MIB: Final = 1024 * 1024
#: A Word file to import; the city's agreements are well under a megabyte of text, a
#: report with photographs a few tens.
MAX_FILE_BYTES: Final = 50 * MIB

OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS: Final = (b"PK\x03\x04", b"PK\x05\x06")
_ENCRYPTED_STREAM: Final = "EncryptedPackage".encode("utf-16-le")

_CT_NS: Final = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_RT_OFFICE_DOCUMENT: Final = "officeDocument"
_RT_CORE: Final = "core-properties"
_RT_CUSTOM: Final = "custom-properties"
_DEFAULT_MAIN: Final = "word/document.xml"
_XML_TYPE: Final = re.compile(r"[/+]xml\s*(;|$)", re.IGNORECASE)


@dataclass
class WordPackage:
    """The parsed parts of one checked package (None for a part it does not have)."""

    file: str
    document: Any
    styles: Any = None
    numbering: Any = None
    core: Any = None
    custom: Any = None
    #: External hyperlink targets of the main document by relationship id, as written.
    hyperlinks: dict[str, str] = field(default_factory=dict)
    #: The footnotes, endnotes and comments parts (``w:footnotes``/``w:endnotes``/
    #: ``w:comments``, None when the document has none) and each part's own hyperlink
    #: targets, by "footnotes", "endnotes" and "comments".
    footnotes: Any = None
    endnotes: Any = None
    comments: Any = None
    note_hyperlinks: dict[str, dict[str, str]] = field(default_factory=dict)


def load_package(path: Path) -> WordPackage:
    """The checked, parsed package at *path*; every failure a :class:`WordImportError`."""
    file = Path(path).name
    data = read_input(Path(path), MAX_FILE_BYTES)
    if len(data) > MAX_FILE_BYTES:
        raise e.TooLargeWordError(e.MSG_TOO_LARGE, file=file, limit=MAX_FILE_BYTES // MIB)
    if data.startswith(OLE_MAGIC):
        raise old_format_error(data, file)
    if not data.startswith(_ZIP_MAGICS):
        raise e.NotWordError(e.MSG_NOT_WORD, file=file)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_sizes(archive, file)
            return _Reader(archive, file).package()
    except UserError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, zlib.error, KeyError, IndexError, RuntimeError,
            UnicodeError):
        # A truncated file, a bad CRC, a compression zipfile cannot read, a broken
        # directory: one message, whatever the zip module called it.
        raise e.DamagedWordError(e.MSG_DAMAGED, file=file) from None


def old_format_error(data: bytes, file: str) -> e.WordImportError:
    """What an OLE compound file is: Word encrypts a password-protected .docx into one
    holding an ``EncryptedPackage`` stream (its name, UTF-16, is in the directory);
    any other is a Word 97–2003 ``.doc``."""
    if _ENCRYPTED_STREAM in data:
        return e.PasswordProtectedError(e.MSG_ENCRYPTED, file=file)
    from insatsplan.word_import.convert import can_convert

    convertible = can_convert()
    return e.OldWordFormatError(
        e.MSG_OLD_WORD_CONVERTIBLE if convertible else e.MSG_OLD_WORD,
        convertible=convertible, file=file)


def _check_sizes(archive: zipfile.ZipFile, file: str) -> None:
    """The template's size rules (one implementation), in the import's own words."""
    try:
        safety.check_sizes(archive, file)
    except UserError as error:
        if error.message == safety.MSG_PACKED:
            raise e.UnsafeWordError(e.MSG_BOMB, file=file, part=error.params.get("part"),
                                    ratio=error.params.get("ratio")) from None
        raise e.UnsafeWordError(e.MSG_UNPACKS_TOO_LARGE, file=file,
                                limit=safety.MAX_TOTAL_BYTES // MIB) from None


class _Reader:
    """Finds and parses the parts the import needs, by relationships and content types."""

    def __init__(self, archive: zipfile.ZipFile, file: str) -> None:
        self.archive = archive
        self.file = file
        self.names = {info.filename.lower(): info.filename for info in archive.infolist()}
        self.defaults: dict[str, str] = {}
        self.overrides: dict[str, str] = {}
        self.hyperlinks: dict[str, str] = {}

    def package(self) -> WordPackage:
        types = self.parse("[Content_Types].xml", force=True)
        if types is None:
            raise e.NotWordError(e.MSG_NOT_WORD, file=self.file)
        for entry in types:
            content_type = str(entry.get("ContentType") or "")
            if entry.tag == f"{_CT_NS}Default" and entry.get("Extension") is not None:
                self.defaults[str(entry.get("Extension")).lower()] = content_type
            elif entry.tag == f"{_CT_NS}Override" and entry.get("PartName") is not None:
                self.overrides[str(entry.get("PartName")).lstrip("/").lower()] = content_type
        package_rels = self.relationships("")
        main = package_rels.get(_RT_OFFICE_DOCUMENT, [_DEFAULT_MAIN])[0]
        if main.lower() not in self.names:
            main = _DEFAULT_MAIN
        document = self.parse(main)
        if document is None:
            raise e.DamagedWordError(e.MSG_NO_DOCUMENT, file=self.file)
        rels = self.relationships(main)
        result = WordPackage(self.file, document)
        result.hyperlinks = self.hyperlinks
        result.styles = self.first(rels.get("styles"))
        result.numbering = self.first(rels.get("numbering"))
        result.core = self.first(package_rels.get(_RT_CORE))
        result.custom = self.first(package_rels.get(_RT_CUSTOM))
        result.footnotes = self.notes("footnotes", rels, result)
        result.endnotes = self.notes("endnotes", rels, result)
        result.comments = self.notes("comments", rels, result)
        return result

    def notes(self, kind: str, rels: dict[str, list[str]], result: WordPackage) -> Any:
        """The *kind* ("footnotes", "endnotes", "comments") part the main document relates to, its
        own hyperlink targets kept in *result*; None when there is none (or it is not
        declared XML)."""
        names = rels.get(kind)
        root = self.first(names)
        if root is not None and names:
            self.relationships(names[0])
            result.note_hyperlinks[kind] = self.hyperlinks
        return root

    def first(self, names: list[str] | None) -> Any:
        return self.parse(names[0]) if names else None

    def relationships(self, source: str) -> dict[str, list[str]]:
        """Targets (part names) of *source*'s relationships by type (the last segment of
        the type URI); external hyperlink targets are kept in :attr:`hyperlinks`."""
        folder, _, base = source.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        root = self.parse(rels_name, force=True)
        found: dict[str, list[str]] = {}
        if source:
            self.hyperlinks = {}
        if root is None:
            return found
        for rel in root.iter(_REL):
            kind = str(rel.get("Type") or "").rstrip("/").rpartition("/")[2]
            target = str(rel.get("Target") or "")
            if str(rel.get("TargetMode") or "").strip().lower() == "external":
                if kind == "hyperlink" and source:
                    self.hyperlinks[str(rel.get("Id") or "")] = target
                continue
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            found.setdefault(kind, []).append(name)
        return found

    def is_xml(self, name: str) -> bool:
        lowered = name.lower()
        declared = self.overrides.get(lowered, self.defaults.get(lowered.rpartition(".")[2], ""))
        return bool(_XML_TYPE.search(declared))

    def parse(self, name: str, *, force: bool = False) -> Any:
        """The root of XML part *name*, or None when the package has no such part or it
        is not declared XML (*force*: the package's own parts, XML by definition)."""
        real = self.names.get(name.lower())
        if real is None or not (force or self.is_xml(real)):
            return None
        data = _transitional(self.archive.read(real))
        try:
            root = etree.fromstring(data, safety.safe_parser())
        except etree.XMLSyntaxError as error:
            # libxml2 refuses some DTDs even unresolved (an entity loop, a billion laughs).
            if safety._has_dtd_mark(data):
                raise e.UnsafeWordError(e.MSG_DTD, file=self.file, part=real) from None
            raise e.DamagedWordError(e.MSG_MALFORMED, file=self.file, part=real,
                                     reason=_short(error)) from None
        info = root.getroottree().docinfo
        if info.doctype or info.internalDTD is not None:
            raise e.UnsafeWordError(e.MSG_DTD, file=self.file, part=real)
        return root


#: Strict Open XML (Word's "Strict Open XML Document") names the same elements in other
#: namespaces; read as transitional, one reader serves both.
_STRICT_NAMESPACES: Final = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main",
     b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
)


def _transitional(data: bytes) -> bytes:
    if b"purl.oclc.org/ooxml/" not in data:
        return data
    for strict, transitional in _STRICT_NAMESPACES:
        data = data.replace(strict, transitional)
    return data


def _short(error: etree.XMLSyntaxError) -> str:
    """libxml2's message without its position noise, at most one line."""
    text = str(error.msg or error).splitlines()[0] if str(error.msg or error) else "XML"
    return text[:120]
