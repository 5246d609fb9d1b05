"""A chosen Word template, checked and cleaned before python-docx unpacks or parses it.

A template is a file from anywhere (a mail attachment, a share), and what it carries
ends up in the agreement four directors open and sign. So the zip package is inspected
first, from its central directory and with an XML parser that never loads a DTD,
resolves an entity or reaches the network:

* **Sizes** come from the zip directory before anything is decompressed: too many
  parts, a part or a total too large, or a part packed far tighter than Word ever packs
  (a zip bomb) is refused at once. (``zipfile`` never returns more than the directory
  declares for a part, and a CRC mismatch is an error, so a lying directory gains
  nothing.)
* **Refused**, because they are active content or reach outside the file, and removing
  them would silently change what the city designed: a macro project, ActiveX controls,
  embedded OLE objects, any relationship to an outside target other than a hyperlink
  (a linked picture or logo, an OLE link, a sub-document, a frame), a field not on an
  allow-list of harmless fields (``DDE``, ``INCLUDETEXT``, ``INCLUDEPICTURE`` reach
  outside the document; so does a field whose name is computed by a nested field, or a
  ``HYPERLINK`` field whose target is computed or not allowed), and a DTD in any XML part.
* **Cleaned**, because nothing a reader sees depends on them: the ``attachedTemplate``
  setting (Word records the path of the template a file came from, usually on a share
  or a personal folder), a mail merge set-up (a data source outside the file) and
  hyperlinks whose target :func:`insatsplan.links.link_target`
  does not allow (the text stays, the click goes). Allowed web links, such as the
  footer's link to the city's site, stay.

:func:`inspect` raises :class:`UserError` naming what was found, or returns the parts
it rewrote.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from typing import Any, Final

from lxml import etree

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.links import link_target

MIB: Final = 1024 * 1024
#: The template file on disk; the city's templates are a few hundred kB with a logo.
MAX_FILE_BYTES: Final = 32 * MIB
#: Parts in the package; Word's own files have a few dozen.
MAX_PARTS: Final = 2000
#: One part unpacked (a picture), one XML part unpacked, all parts together.
MAX_PART_BYTES: Final = 32 * MIB
MAX_XML_PART_BYTES: Final = 16 * MIB
MAX_TOTAL_BYTES: Final = 64 * MIB
#: Unpacked / packed size of a part above :data:`RATIO_FLOOR`: Word's XML packs 5-30
#: times, deflate at most about 1000 times; a bomb needs the extreme end.
MAX_RATIO: Final = 200
RATIO_FLOOR: Final = MIB

MSG_TOO_LARGE: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} is too large for a Word template (more than {limit} MB "
    "unpacked, or too many parts); choose a smaller file.")
MSG_PACKED: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} holds a part ({part}) packed {ratio} times tighter than "
    "Word packs anything; it is refused as a possible zip bomb.")
MSG_DTD: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} contains a document type declaration in {part}, which "
    "Word files never have; it is refused.")
MSG_MACROS: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} contains macros; save it as a .docx or .dotx without "
    "macros and choose it again.")
MSG_ACTIVEX: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} contains ActiveX controls; remove them in Word, save it "
    "and choose it again.")
MSG_EMBEDDED: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} contains an embedded object ({part}), which could start a "
    "program; remove it in Word, save it and choose it again.")
MSG_EXTERNAL: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} refers to something outside the file ({kind}: {target}); "
    "insert it into the template or remove it in Word, save it and choose it again.")
MSG_FIELD: Final = QT_TRANSLATE_NOOP(
    "Errors", "The template {file} contains a field that reaches outside the document "
    "({field}); remove it in Word, save it and choose it again.")

_REL_NS: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_RELATIONSHIP: Final = f"{{{_REL_NS}}}Relationship"
_W_NS: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HYPERLINK: Final = f"{{{_W_NS}}}hyperlink"
_FLDCHAR: Final = f"{{{_W_NS}}}fldChar"
_FLDCHARTYPE: Final = f"{{{_W_NS}}}fldCharType"
_INSTR: Final = f"{{{_W_NS}}}instrText"
_FLDSIMPLE: Final = f"{{{_W_NS}}}fldSimple"
_FLD_INSTR: Final = f"{{{_W_NS}}}instr"
_VML_NS: Final = "urn:schemas-microsoft-com:vml"
_OFFICE_NS: Final = "urn:schemas-microsoft-com:office:office"
#: The namespaces of ``r:id``-style attributes (transitional and strict OOXML).
_R_NAMESPACES: Final = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)

#: Relationship types by their last path segment (the same in transitional, strict and
#: Microsoft's own namespaces).
_MACRO_KINDS: Final = frozenset({"vbaProject", "wordVbaData", "keyMapCustomizations"})
_ACTIVEX_KINDS: Final = frozenset({"control", "activeXControlBinary"})
_EMBEDDED_KINDS: Final = frozenset({"oleObject", "package", "aFChunk"})
_MACRO_CONTENT: Final = re.compile(r"vbaProject|vbaData|macroEnabled", re.IGNORECASE)
_ACTIVEX_CONTENT: Final = re.compile(r"activeX", re.IGNORECASE)

#: Field types a template may hold: page numbers, dates, document properties, references
#: inside the document, formulas, form fields. An allow-list, since a field that is not
#: here (``DDE``, ``DDEAUTO``, ``INCLUDETEXT``, ``INCLUDEPICTURE``, ``LINK``, ``IMPORT``,
#: ``DATABASE``, ``RD``, ``EMBED``, ``MACROBUTTON``, ``PRINT``, ``FILLIN``, ...) fetches
#: content from outside, talks to another program, runs a command or asks questions each
#: time Word updates fields, which an export without LibreOffice asks it to do on opening.
_ALLOWED_FIELDS: Final = frozenset({
    "ADDIN", "ADVANCE", "AUTHOR", "AUTONUM", "AUTONUMLGL", "AUTONUMOUT", "AUTOTEXT",
    "AUTOTEXTLIST", "BARCODE", "BIBLIOGRAPHY", "BIDIOUTLINE", "CITATION", "COMMENTS",
    "COMPARE", "CREATEDATE", "DATE", "DISPLAYBARCODE", "DOCPROPERTY", "DOCVARIABLE",
    "EDITTIME", "EQ", "FILENAME", "FILESIZE", "FORMCHECKBOX", "FORMDROPDOWN", "FORMTEXT",
    "GOTOBUTTON", "HYPERLINK", "IF", "INDEX", "INFO", "KEYWORDS", "LASTSAVEDBY", "LISTNUM",
    "MERGEFIELD", "NOTEREF", "NUMCHARS", "NUMPAGES", "NUMWORDS", "PAGE", "PAGEREF",
    "PRINTDATE", "PRIVATE", "QUOTE", "REF", "REVNUM", "SAVEDATE", "SECTION", "SECTIONPAGES",
    "SEQ", "SET", "SHAPE", "STYLEREF", "SUBJECT", "SYMBOL", "TA", "TC", "TEMPLATE", "TIME",
    "TITLE", "TOA", "TOC", "USERADDRESS", "USERINITIALS", "USERNAME", "XE"})
#: A field's name: a formula's ``=`` or the leading letters of its instruction.
_FIELD_NAME: Final = re.compile(r"\s*(=|[A-Za-z]+)")
_XML_SUFFIXES: Final = (".xml", ".rels", ".vml")
#: A content type of an XML part: ``application/xml`` or ``...+xml``.
_XML_TYPE: Final = re.compile(r"[/+]xml\s*(;|$)", re.IGNORECASE)
_DTD_MARKS: Final = (b"<!doctype", b"<!entity")


def safe_parser() -> Any:
    """An XML parser that loads no DTD, resolves no entity and never uses the network."""
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                           dtd_validation=False, huge_tree=False)


def check_file_size(file: str, size: int) -> None:
    """Refuse a template file too large to read into memory, before it is read."""
    if size > MAX_FILE_BYTES:
        raise UserError(MSG_TOO_LARGE, file=file, limit=MAX_FILE_BYTES // MIB)


def check_sizes(archive: zipfile.ZipFile, file: str) -> None:
    """Refuse a package whose parts would unpack too large, from the zip directory only.

    Two parts whose names differ only in case (one part to OPC, two to ``zipfile``) and
    encrypted zip entries (Word never writes them) raise ``zipfile.BadZipFile``: the
    caller's "damaged" message.
    """
    infos = archive.infolist()
    names = {info.filename.lower() for info in infos}
    if len(names) != len(infos):
        raise zipfile.BadZipFile("two parts with one name")
    if any(info.flag_bits & 0x1 for info in infos):
        raise zipfile.BadZipFile("an encrypted zip entry")
    if len(infos) > MAX_PARTS:
        raise UserError(MSG_TOO_LARGE, file=file, limit=MAX_TOTAL_BYTES // MIB)
    total = 0
    for info in infos:
        limit = MAX_XML_PART_BYTES if _is_xml(info.filename) else MAX_PART_BYTES
        if info.file_size > limit:
            raise UserError(MSG_TOO_LARGE, file=file, limit=limit // MIB)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                info.compress_size, 1):
            raise UserError(MSG_PACKED, file=file, part=info.filename,
                            ratio=info.file_size // max(info.compress_size, 1))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise UserError(MSG_TOO_LARGE, file=file, limit=MAX_TOTAL_BYTES // MIB)


def _has_dtd_mark(data: bytes) -> bool:
    """Whether raw XML bytes (UTF-8 or UTF-16) hold ``<!DOCTYPE`` or ``<!ENTITY``."""
    lowered = data.lower()
    return any(mark in lowered or mark.decode().encode("utf-16-le") in lowered
               for mark in _DTD_MARKS)


def _is_xml(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES)


class _Package:
    """The parsed XML parts of one package, and which of them were changed."""

    def __init__(self, archive: zipfile.ZipFile, file: str) -> None:
        self.archive = archive
        self.file = file
        self.names = [info.filename for info in archive.infolist()]
        self.trees: dict[str, Any] = {}
        self.changed: set[str] = set()
        self.xml_types: set[str] = set()  # part names (lower case) typed as XML

    def read_content_types(self, types: Any) -> None:
        """Which parts are XML by their declared content type, whatever their names: a
        header or the main document may be called ``header1.bin``, and python-docx (like
        Word) parses it by its type, so its fields must be checked all the same."""
        defaults: dict[str, str] = {}
        overrides: dict[str, str] = {}
        for entry in types:
            content_type = entry.get("ContentType") or ""
            if entry.get("Extension") is not None:
                defaults[str(entry.get("Extension")).lower()] = content_type
            elif entry.get("PartName") is not None:
                overrides[str(entry.get("PartName")).lstrip("/").lower()] = content_type
        for name in self.names:
            lowered = name.lower()
            declared = overrides.get(lowered, defaults.get(lowered.rpartition(".")[2], ""))
            if _XML_TYPE.search(declared):
                self.xml_types.add(lowered)

    def is_xml(self, name: str) -> bool:
        """Whether part *name* is XML by its name or its declared content type."""
        return _is_xml(name) or name.lower() in self.xml_types

    def xml(self, name: str) -> Any:
        """The root element of XML part *name* (parsed once), or None for a part that is
        missing or no XML python-docx would read (a legacy VML drawing)."""
        if name in self.trees:
            return self.trees[name]
        root: Any = None
        if name in self.names:
            data = self.archive.read(name)
            try:
                root = etree.fromstring(data, safe_parser())
            except etree.XMLSyntaxError:
                # libxml2 refuses some DTDs even unresolved (an entity loop, a billion
                # laughs): name the DTD rather than calling the file damaged.
                if _has_dtd_mark(data):
                    raise UserError(MSG_DTD, file=self.file, part=name) from None
                if not name.lower().endswith(".vml") and _is_xml(name):
                    raise
            else:
                info = root.getroottree().docinfo
                if info.doctype or info.internalDTD is not None:
                    raise UserError(MSG_DTD, file=self.file, part=name)
        self.trees[name] = root
        return root

    def serialised(self) -> dict[str, bytes]:
        return {name: etree.tostring(self.trees[name], xml_declaration=True,
                                     encoding="UTF-8", standalone=True)
                for name in sorted(self.changed)}


def inspect(archive: zipfile.ZipFile, file: str) -> dict[str, bytes]:
    """Check the package in *archive* (sizes already checked) and clean what may be
    cleaned; return the rewritten parts by name (empty when nothing changed).

    Raises :class:`UserError` for what is refused (see the module docstring).
    """
    package = _Package(archive, file)
    for name in package.names:
        lowered = name.lower()
        if lowered.endswith(("vbaproject.bin", "vbadata.xml")):
            raise UserError(MSG_MACROS, file=file)
        if "/activex/" in f"/{lowered}":
            raise UserError(MSG_ACTIVEX, file=file)
    types = package.xml("[Content_Types].xml")
    if types is not None:
        for entry in types:
            content_type = entry.get("ContentType") or ""
            if _MACRO_CONTENT.search(content_type):
                raise UserError(MSG_MACROS, file=file)
            if _ACTIVEX_CONTENT.search(content_type):
                raise UserError(MSG_ACTIVEX, file=file)
        package.read_content_types(types)
    for name in package.names:
        if package.is_xml(name):
            package.xml(name)  # every XML part: no DTD anywhere
    for name in package.names:
        if name.lower().endswith(".rels"):
            _relationships(package, name)
    for name, root in list(package.trees.items()):
        if root is not None and not name.lower().endswith(".rels"):
            _check_fields(package, name, root)
            _clean_vml_links(package, name, root)
            _clean_mail_merge(package, name, root)
    return package.serialised()


def _source_of(rels_name: str) -> str | None:
    """The part a ``.rels`` part belongs to: ``word/_rels/document.xml.rels`` →
    ``word/document.xml``; None for the package's own ``_rels/.rels``."""
    folder, _, base = rels_name.rpartition("_rels/")
    source = folder + base[: -len(".rels")]
    return source or None


def _relationships(package: _Package, name: str) -> None:
    """Refuse, keep or remove each relationship of one ``.rels`` part."""
    root = package.xml(name)
    if root is None:
        return
    file = package.file
    removed: set[str] = set()
    for rel in list(root.iter(_RELATIONSHIP)):
        kind = (rel.get("Type") or "").rstrip("/").rpartition("/")[2]
        target = rel.get("Target") or ""
        external = (rel.get("TargetMode") or "").strip().lower() == "external"
        if kind in _MACRO_KINDS:
            raise UserError(MSG_MACROS, file=file)
        if kind in _ACTIVEX_KINDS:
            raise UserError(MSG_ACTIVEX, file=file)
        if kind == "hyperlink":
            allowed = link_target(target) if external else None
            if allowed is None:
                removed.add(rel.get("Id") or "")
                root.remove(rel)
                package.changed.add(name)
            elif allowed != target or rel.get("TargetMode") != "External":
                rel.set("Target", allowed)
                rel.set("TargetMode", "External")
                package.changed.add(name)
        elif external:
            if kind != "attachedTemplate":
                raise UserError(MSG_EXTERNAL, file=file, kind=kind, target=target)
            removed.add(rel.get("Id") or "")
            root.remove(rel)
            package.changed.add(name)
        elif kind in _EMBEDDED_KINDS:
            raise UserError(MSG_EMBEDDED, file=file, part=target)
    source = _source_of(name)
    if removed and source is not None:
        _drop_references(package, source, removed)


def _drop_references(package: _Package, name: str, ids: set[str]) -> None:
    """Remove what refers to the removed relationships *ids* in part *name*: a
    ``w:hyperlink`` keeps its text (unwrapped), anything else (``a:hlinkClick``,
    ``w:attachedTemplate``) goes."""
    root = package.xml(name)
    if root is None:
        return
    doomed = [element for element in root.iter()
              if any(value in ids for key, value in element.attrib.items()
                     if _attribute_namespace(key) in _R_NAMESPACES)]
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tag == _HYPERLINK:
            for child in list(element):
                element.addprevious(child)
        parent.remove(element)
        package.changed.add(name)


def _attribute_namespace(key: str) -> str:
    return key[1:].partition("}")[0] if key.startswith("{") else ""


class _Field:
    """One field's instruction as read so far, and where fields were nested in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.done = False
        self.nested = False  # another field inside the instruction
        self.named_by_field = False  # ... before the field's own name: Word reads its result

    def nest(self) -> None:
        if not self.done:
            self.nested = True
            self.named_by_field = self.named_by_field or not "".join(self.parts).strip()


def _fields(root: Any) -> Iterator[_Field]:
    """Every field of a part: simple fields and complex fields, whose instruction may be
    split over many ``w:instrText`` runs and hold further fields."""
    stack: list[_Field] = []
    for element in root.iter(_FLDSIMPLE, _FLDCHAR, _INSTR):
        if element.tag == _FLDSIMPLE:
            simple = _Field()
            simple.parts.append(element.get(_FLD_INSTR) or "")
            yield simple
        elif element.tag == _INSTR:
            if stack and not stack[-1].done:
                stack[-1].parts.append(element.text or "")
        else:
            kind = element.get(_FLDCHARTYPE)
            if kind == "begin":
                if stack:
                    stack[-1].nest()
                stack.append(_Field())
            elif kind in ("separate", "end") and stack:
                field = stack[-1]
                if not field.done:
                    field.done = True
                    yield field
                if kind == "end":
                    stack.pop()
    yield from (field for field in stack if not field.done)  # never closed: still counts


_FIELD_TOKENS: Final = re.compile(r'"[^"]*"|\S+')


def _check_fields(package: _Package, name: str, root: Any) -> None:
    """Refuse a field not on :data:`_ALLOWED_FIELDS`, one whose name comes from a nested
    field, and a ``HYPERLINK`` field whose target the allow-list refuses or is computed."""
    for field in _fields(root):
        instruction = "".join(field.parts)
        match = _FIELD_NAME.match(instruction)
        kind = match.group(1).upper() if match else ""
        text = instruction.strip()[:60]
        shown = text if field.named_by_field else kind or text
        if not kind and not instruction.strip() and not field.nested:
            continue  # an empty field does nothing
        if field.named_by_field or kind not in _ALLOWED_FIELDS | {"="}:
            raise UserError(MSG_FIELD, file=package.file, field=shown or "{ }")
        if kind == "HYPERLINK":
            target = _hyperlink_field_target(
                _FIELD_TOKENS.findall(instruction[match.end():] if match else ""))
            if field.nested or (target is not None and link_target(target) is None):
                raise UserError(MSG_FIELD, file=package.file,
                                field=f"HYPERLINK {target or ''}".strip())


def _hyperlink_field_target(arguments: list[str]) -> str | None:
    """The address of a ``HYPERLINK`` field (None for a link to a bookmark, ``\\l``)."""
    skip = False
    for token in arguments:
        if skip:
            skip = False
        elif token.startswith("\\"):
            skip = token.lower() in ("\\l", "\\o", "\\t")
        else:
            return token.strip('"').replace("\\\\", "\\")
    return None


def _clean_vml_links(package: _Package, name: str, root: Any) -> None:
    """A VML shape's own ``href`` (no relationship behind it) through the allow-list."""
    for element in root.iter(f"{{{_VML_NS}}}*", f"{{{_OFFICE_NS}}}*"):
        for key in ("href", f"{{{_OFFICE_NS}}}href"):
            value = element.get(key)
            if value is not None and link_target(value) is None:
                del element.attrib[key]
                package.changed.add(name)


def _clean_mail_merge(package: _Package, name: str, root: Any) -> None:
    """Drop a mail merge set-up from the settings: its connection string and query name
    a data source outside the file (a database on a share), which Word offers to open
    and query when the agreement is opened. An agreement is no mail merge, and nothing
    a reader sees depends on it."""
    for element in list(root.iter(f"{{{_W_NS}}}mailMerge")):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
            package.changed.add(name)
