"""The fonts LibreOffice lays a document out with, and the fonts the document asks for.

The TOC's page numbers come from LibreOffice's layout, so they hold in Word only when
LibreOffice sets the text in the document's fonts or in metric-compatible ones. Calibri
and Cambria (the fonts of most Word templates) are missing on most Linux machines, and a
fallback font with other widths moves every page break (the real agreement: 40 pages in
DejaVu Sans instead of 36). So the program ships the OFL fonts Carlito and Caladea
(metric-compatible with Calibri and Cambria) in ``resources/fonts`` and hands them to
LibreOffice's process through a private fontconfig file (:func:`write_fontconfig`) that
includes the system's own configuration (whose aliases map Calibri to Carlito) and keeps
its cache in a writable folder, since an installed package is read-only.

Whether that worked is read from the result, not guessed from the host: the PDF
LibreOffice exported embeds exactly the fonts it laid out with (:func:`embedded_fonts`).
A font the document asks for (:func:`requested_fonts`) that is neither embedded nor has
its metric twin embedded (:func:`missing_fonts`) was replaced by a fallback, and the
export says so (:data:`MSG_MISSING_FONTS`).
"""

from __future__ import annotations

import logging
import re
import struct
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final
from xml.etree import ElementTree

from insatsplan.errors import QT_TRANSLATE_NOOP, UserMessage

log = logging.getLogger(__name__)

#: The environment variable fontconfig reads its configuration file from.
FONTCONFIG_ENV: Final = "FONTCONFIG_FILE"

#: The system configuration the private file includes (missing ones are skipped).
SYSTEM_FONTCONFIGS: Final = ("/etc/fonts/fonts.conf", "/usr/local/etc/fonts/fonts.conf")

_SANS: Final = ("Liberation Sans", "Arimo", "Albany", "Albany AMT", "Nimbus Sans",
                "Nimbus Sans L", "TeX Gyre Heros")
_SANS_NARROW: Final = ("Liberation Sans Narrow", "Nimbus Sans Narrow", "TeX Gyre Heros Cn")
_SERIF: Final = ("Liberation Serif", "Tinos", "Thorndale", "Thorndale AMT", "Nimbus Roman",
                 "Nimbus Roman No9 L", "TeX Gyre Termes")
_MONO: Final = ("Liberation Mono", "Cousine", "Cumberland", "Cumberland AMT",
                "Nimbus Mono PS", "Nimbus Mono", "Nimbus Mono L", "TeX Gyre Cursor")

#: A font family -> the metric-compatible families that lay text out with the same widths
#: (fontconfig's 30-metric-aliases.conf, whose chains reach ghostscript's URW fonts and
#: TeX Gyre where the Liberation fonts are not installed). Names as fontconfig and Word
#: spell them.
METRIC_TWINS: Final[dict[str, tuple[str, ...]]] = {
    "Calibri": ("Carlito",),
    "Cambria": ("Caladea",),
    "Arial": _SANS,
    "Helvetica": _SANS,
    "Arial Narrow": _SANS_NARROW,
    "Helvetica Narrow": _SANS_NARROW,
    "Times New Roman": _SERIF,
    "Times": _SERIF,
    "Courier New": _MONO,
    "Courier": _MONO,
    "Georgia": ("Gelasio",),
    "Palatino Linotype": ("P052", "URW Palladio L", "Palladio URW", "TeX Gyre Pagella"),
    "Palatino": ("P052", "URW Palladio L", "Palladio URW", "TeX Gyre Pagella"),
    "Bookman Old Style": ("URW Bookman", "URW Bookman L", "Bookman URW", "TeX Gyre Bonum"),
    "Century Schoolbook": ("C059", "Century Schoolbook L", "Century SchoolBook URW",
                           "TeX Gyre Schola"),
    "Symbol": ("SymbolNeu",),
}

#: Fonts LibreOffice replaces by design with a font of the same repertoire at the same
#: code points (not metric twins, but no fallback either): its OpenSymbol for Symbol.
_OFFICE_SUBSTITUTES: Final[dict[str, tuple[str, ...]]] = {"Symbol": ("OpenSymbol",)}

#: The aliases the private configuration adds in case a host's configuration lacks them:
#: the two twins the program ships.
_SHIPPED_ALIASES: Final = (("Calibri", "Carlito"), ("Cambria", "Caladea"))

MSG_MISSING_FONTS: Final = QT_TRANSLATE_NOOP(
    "Errors", "LibreOffice laid the document out without these fonts: {fonts}. The page "
    "numbers in the table of contents may therefore be wrong; Word will offer to update "
    "them when the file is opened.")


# --- Giving LibreOffice our fonts ------------------------------------------------------


def shipped_fonts_dir() -> Path:
    """``resources/fonts``: DejaVu Sans, Carlito and Caladea with their licences."""
    from insatsplan.resources import resources_dir

    return resources_dir() / "fonts"


def uses_fontconfig() -> bool:
    """Whether LibreOffice finds fonts through fontconfig here (not on Windows or macOS,
    whose LibreOffice builds use the system's font APIs and carry Carlito and Caladea)."""
    return sys.platform not in ("win32", "darwin")


def font_cache_dir(fallback: Path) -> Path:
    """A writable folder for fontconfig's cache of our fonts: the user's cache folder,
    kept between exports so the fonts are scanned once; *fallback* (the run's own
    temporary folder) when that cannot be made."""
    import platformdirs

    folder = platformdirs.user_cache_path("insatsplan", appauthor=False) / "fontconfig"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.info("no font cache in %s (%s); using %s", folder, error, fallback)
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback
    return folder


def fontconfig_xml(fonts_dir: Path, cache_dir: Path, includes: Iterable[str]) -> bytes:
    """A fontconfig configuration: our cache first (fontconfig writes to the first
    writable cache folder, and ours must take our fonts' cache, not the system's), the
    system's configuration, our fonts' folder, and the shipped twins' aliases."""
    root = ElementTree.Element("fontconfig")
    ElementTree.SubElement(root, "cachedir").text = str(cache_dir)
    for path in includes:
        ElementTree.SubElement(root, "include", {"ignore_missing": "yes"}).text = path
    ElementTree.SubElement(root, "dir").text = str(fonts_dir)
    for family, twin in _SHIPPED_ALIASES:
        alias = ElementTree.SubElement(root, "alias", {"binding": "same"})
        ElementTree.SubElement(alias, "family").text = family
        ElementTree.SubElement(ElementTree.SubElement(alias, "accept"), "family").text = twin
    body = ElementTree.tostring(root, encoding="unicode")
    return ('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
            + body + "\n").encode()


def write_fontconfig(folder: Path, environ: dict[str, str]) -> Path:
    """Write the private configuration into *folder* (the run's temporary folder) and
    return its path, for ``FONTCONFIG_FILE`` in LibreOffice's environment *environ*.

    A configuration the person already points fontconfig at (``FONTCONFIG_FILE``) is
    included instead of the system's, so their fonts stay available too.
    """
    own = environ.get(FONTCONFIG_ENV)
    includes = [own] if own else list(SYSTEM_FONTCONFIGS)
    path = folder / "fonts.conf"
    path.write_bytes(fontconfig_xml(shipped_fonts_dir(), font_cache_dir(folder / "fc-cache"),
                                    includes))
    return path


# --- The fonts a PDF embeds ------------------------------------------------------------

_SUBSET_PREFIX: Final = re.compile(r"^[A-Z]{6}\+")


def _font_name(base_font: str) -> str:
    """``/ABCDEF+Carlito-BoldItalic`` -> ``Carlito-BoldItalic``: the PostScript name
    without the subset prefix. The style part stays: for "Calibri Light" or "Arial
    Black" (``Calibri-Light``, ``Arial-Black``) it holds part of the family's name."""
    return _SUBSET_PREFIX.sub("", base_font.lstrip("/"))


def _sfnt_families(data: bytes) -> Iterator[str]:
    """The family names (name IDs 1 and 16) in a TrueType or OpenType font file: the
    family Word and fontconfig know the font by, which its PostScript name need not
    spell (``Frutiger 45`` is ``Frutiger-Roman``). Nothing for a file without an sfnt
    ``name`` table (a bare CFF font) or one too damaged to read."""
    try:
        if data[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
            return
        (count,) = struct.unpack(">H", data[4:6])
        table = next((offset for tag, _, offset, _ in (
            struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i]) for i in range(count))
            if tag == b"name"), None)
        if table is None:
            return
        records, strings = struct.unpack(">HH", data[table + 2:table + 6])
        for i in range(records):
            start = table + 6 + 12 * i
            platform, _, _, name_id, length, offset = struct.unpack(
                ">HHHHHH", data[start:start + 12])
            if name_id in (1, 16) and platform in (0, 1, 3):
                raw = data[table + strings + offset:table + strings + offset + length]
                yield raw.decode("utf-16-be" if platform != 1 else "latin-1").strip()
    except (struct.error, UnicodeDecodeError):
        return


def _names_of(font: Any, done: set[str]) -> Iterator[str]:
    """The BaseFont of a font dictionary and the families its embedded file names (read
    once per embedded font: *done* holds the BaseFonts read)."""
    base = font.get("/BaseFont")
    if not base:
        return
    yield str(base)
    if str(base) in done:
        return
    done.add(str(base))
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return
    for key in ("/FontFile2", "/FontFile3"):
        stream = descriptor.get_object().get(key)
        if stream is not None:
            try:
                data = stream.get_object().get_data()
            except Exception:  # pypdf raises many kinds on a stream it cannot decode
                continue
            yield from _sfnt_families(data)


def _fonts_of(resources: Any, seen: set[int], done: set[str]) -> Iterator[str]:
    """Font names in a resource dictionary, its Type0 fonts' descendants and the forms
    it draws (followed once each): see :func:`_names_of`."""
    if resources is None or id(resources) in seen:
        return
    seen.add(id(resources))
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for font in fonts.get_object().values():
            font = font.get_object()
            yield from _names_of(font, done)
            for descendant in font.get("/DescendantFonts") or []:
                yield from _names_of(descendant.get_object(), done)
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for xobject in xobjects.get_object().values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                yield from _fonts_of(xobject.get("/Resources"), seen, done)


def embedded_fonts(pdf: Path) -> frozenset[str]:
    """The fonts the PDF at *pdf* uses: their PostScript names without subset prefixes
    (``Carlito``, ``Carlito-Bold``, ``DejaVuSans-ExtraLight``, ``LiberationSerif``) and
    the family names their embedded font files hold (``DejaVu Sans Light``)."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    seen: set[int] = set()
    done: set[str] = set()
    names: set[str] = set()
    for page in reader.pages:
        for base in _fonts_of(page.get("/Resources"), seen, done):
            names.add(_font_name(base))
    return frozenset(n for n in names if n)


# --- The fonts a document asks for -----------------------------------------------------

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A: Final = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_RT_THEME: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
_RT_HEADER: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_RT_FOOTER: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"

#: The two latin slots of ``w:rFonts`` (ASCII and the rest of Latin, å ä ö) and their
#: theme attributes.
_SLOTS: Final = (("ascii", "asciiTheme"), ("hAnsi", "hAnsiTheme"))

_Fonts = tuple[str | None, str | None]


def _theme_fonts(doc: Any) -> dict[str, str]:
    """``minorHAnsi`` -> the theme's minor latin typeface, and so on for major."""
    from lxml import etree

    fonts: dict[str, str] = {}
    try:
        theme = doc.part.part_related_by(_RT_THEME)
        root = etree.fromstring(theme.blob)
    except (KeyError, AttributeError, etree.XMLSyntaxError):
        return fonts
    for kind in ("minor", "major"):
        latin = root.find(f".//{_A}fontScheme/{_A}{kind}Font/{_A}latin")
        typeface = latin.get("typeface") if latin is not None else None
        if typeface:
            for slot in ("HAnsi", "Ascii", "Bidi", "EastAsia"):
                fonts[f"{kind}{slot}"] = typeface
    return fonts


def _apply(fonts: _Fonts, rpr: Any, theme: dict[str, str]) -> _Fonts:
    """*fonts* overridden by the ``w:rFonts`` of run properties *rpr* (a theme
    attribute wins over the plain one in the same element, as in Word)."""
    if rpr is None:
        return fonts
    rfonts = rpr.find(f"{_W}rFonts")
    if rfonts is None:
        return fonts
    result = list(fonts)
    for i, (plain, themed) in enumerate(_SLOTS):
        theme_name = rfonts.get(f"{_W}{themed}")
        value = theme.get(theme_name) if theme_name else None
        value = value or rfonts.get(f"{_W}{plain}")
        if value:
            result[i] = value
    return result[0], result[1]


class _Cascade:
    """Resolves a run's latin fonts: defaults, paragraph style chain, character style
    chain, direct formatting (``w:basedOn`` followed, loops cut)."""

    def __init__(self, doc: Any) -> None:
        styles = doc.styles.element
        self.theme = _theme_fonts(doc)
        self.by_id = {s.get(f"{_W}styleId"): s for s in styles.iterchildren(f"{_W}style")}
        self.default_paragraph = next(
            (s.get(f"{_W}styleId") for s in styles.iterchildren(f"{_W}style")
             if s.get(f"{_W}type") == "paragraph" and s.get(f"{_W}default") in ("1", "true")),
            None)
        defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        self.defaults = _apply((None, None), defaults, self.theme)
        self.memo: dict[tuple[str | None, str | None], _Fonts] = {}

    def _chain(self, style_id: str | None) -> list[Any]:
        chain: list[Any] = []
        while style_id and style_id in self.by_id and len(chain) < 50:
            style = self.by_id[style_id]
            if any(s is style for s in chain):
                break
            chain.append(style)
            based = style.find(f"{_W}basedOn")
            style_id = based.get(f"{_W}val") if based is not None else None
        return chain[::-1]

    def styled(self, p_style: str | None, r_style: str | None) -> _Fonts:
        key = (p_style, r_style)
        if key not in self.memo:
            fonts = self.defaults
            for style in (*self._chain(p_style or self.default_paragraph),
                          *self._chain(r_style)):
                fonts = _apply(fonts, style.find(f"{_W}rPr"), self.theme)
            self.memo[key] = fonts
        return self.memo[key]


def _parts_with_text(doc: Any) -> Iterator[Any]:
    """The XML roots of the body and of every header and footer."""
    yield doc.element
    for rel in doc.part.rels.values():
        if rel.reltype in (_RT_HEADER, _RT_FOOTER) and not rel.is_external:
            element = getattr(rel.target_part, "element", None)
            if element is not None:
                yield element


def requested_fonts(doc: Any) -> frozenset[str]:
    """The latin font families the visible text of python-docx document *doc* is set in:
    every run with text in the body, headers and footers, its font resolved through
    direct formatting, character and paragraph styles, document defaults and the theme
    (``minorHAnsi`` -> the theme's body font). Styles no text uses do not count: a
    template's "Plain Text" in Courier New is never laid out."""
    cascade = _Cascade(doc)
    found: set[str] = set()
    for root in _parts_with_text(doc):
        for run in root.iter(f"{_W}r"):
            if not any(t.text for t in run.iterchildren(f"{_W}t")):
                continue
            paragraph = next(run.iterancestors(f"{_W}p"), None)
            p_style = None
            if paragraph is not None:
                node = paragraph.find(f"{_W}pPr/{_W}pStyle")
                p_style = node.get(f"{_W}val") if node is not None else None
            rpr = run.find(f"{_W}rPr")
            r_node = rpr.find(f"{_W}rStyle") if rpr is not None else None
            r_style = r_node.get(f"{_W}val") if r_node is not None else None
            fonts = _apply(cascade.styled(p_style, r_style), rpr, cascade.theme)
            found.update(f for f in fonts if f)
    return frozenset(found)


# --- Comparing -------------------------------------------------------------------------


def _key(family: str) -> str:
    return re.sub(r"[\s_-]", "", family).casefold()


#: Endings a PostScript name adds to a family name (``TimesNewRomanPSMT``).
_PS_ENDINGS: Final = ("", "mt", "psmt", "ps")


def _family_and_style(name: str) -> tuple[str, str]:
    """``DejaVuSans-ExtraLight`` -> (``dejavusans``, ``extralight``), as keys."""
    family, _, style = name.replace(",", "-").partition("-")
    return _key(family), _key(style)


def missing_fonts(requested: Iterable[str], embedded: Iterable[str]) -> tuple[str, ...]:
    """The requested families that were laid out with neither themselves nor a metric
    twin, sorted: the fonts LibreOffice replaced by a fallback.

    *embedded* holds PostScript names (``Carlito-Bold``) or families (``Carlito``). A
    family whose name ends in a style word is found in the style part of the PostScript
    name: "Calibri Light" in ``Calibri-Light``, "DejaVu Sans Light" in
    ``DejaVuSans-ExtraLight``.
    """
    faces = [_family_and_style(name) for name in embedded]

    def present(family: str) -> bool:
        wanted = _key(family)
        for face, style in faces:
            if any(face == wanted + end for end in _PS_ENDINGS):
                return True
            rest = wanted[len(face):] if face and wanted.startswith(face) else ""
            if rest and rest in style:
                return True
        return False

    twins: dict[str, tuple[str, ...]] = {}
    for table in (METRIC_TWINS, _OFFICE_SUBSTITUTES):
        for name, others in table.items():
            twins[_key(name)] = twins.get(_key(name), ()) + others
    return tuple(sorted(
        family for family in set(requested)
        if not present(family) and not any(present(t) for t in twins.get(_key(family), ()))))


def missing_fonts_notice(missing: Iterable[str]) -> UserMessage:
    """The one-line notice for fonts LibreOffice did not have."""
    return UserMessage(MSG_MISSING_FONTS, fonts=", ".join(missing))
