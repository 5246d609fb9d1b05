"""The generic Word document writer every document kind is laid out with.

A layout (the agreement, the follow-up report) subclasses :class:`DocumentWriter` and
writes its parts with the building blocks here: paragraphs in the template's styles
(resolved once, :mod:`insatsplan.word.styles`), bulleted lists, bookmarked headings with
their contents lines, the table of contents, the header line and "Sida X av Y", the
document's properties. :func:`export_docx` is the one path from a built document to the
file: the LibreOffice pass for the TOC's page numbers (and a PDF), atomic writing, and the
fallback that asks Word to update fields.

Input is one plan as the exchange dict (``Workspace.exchange_document``), so no layout
needs a database. Word structure is written through :mod:`insatsplan.word.docx_xml`;
python-docx handles the package.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

from docx.oxml.ns import qn
from lxml import etree

from insatsplan import atomic_files as atomic
from insatsplan.errors import QT_TRANSLATE_NOOP, UserError, UserMessage
from insatsplan.text import BulletItem, Run, clean, parse_blocks, parse_inline
from insatsplan.word import docx_xml as x
from insatsplan.word import fonts, labels, styles, toc

log = logging.getLogger(__name__)

#: Custom document property names (File → Properties → Custom in Word).
PROP_PLAN_UUID: Final = "InsatsplanPlanUuid"
PROP_FINGERPRINT: Final = "InsatsplanDokumentId"

MSG_NO_LIBREOFFICE: Final = QT_TRANSLATE_NOOP(
    "Errors", "The Word file {file} was written, but a PDF needs LibreOffice: install "
    "LibreOffice (on Debian and Ubuntu the packages libreoffice-writer-nogui and "
    "python3-uno) and export again.")
MSG_ONE_FILE_FOR_TWO: Final = QT_TRANSLATE_NOOP(
    "Errors", "The Word file and the PDF would both be {file}, and the PDF would replace "
    "the Word file; give the Word file a name ending in .docx.")
MSG_LIBREOFFICE_FAILED: Final = QT_TRANSLATE_NOOP(
    "Errors", "The Word file {file} was written, but LibreOffice could not make the PDF: "
    "{reason}")

_A4_TEXT_WIDTH: Final = 11906 - 2 * 1418
_EMU_PER_TWIP: Final = 635


def node_bookmark(node_uuid: object) -> str | None:
    """``n`` + the node UUID's 32 hex digits (Word: at most 40 letters, digits, ``_``)."""
    try:
        return "n" + uuid.UUID(str(node_uuid)).hex
    except (ValueError, TypeError, AttributeError):
        return None


def years_text(plan: dict[str, Any]) -> str:
    """``2025``, or ``2025–2026`` for a plan spanning years."""
    start, end = plan.get("year_from"), plan.get("year_to")
    if start is None:
        return x.safe_text(end)
    return x.safe_text(start) if end in (None, start) else f"{start}–{end}"


def sanitised(value: Any) -> Any:
    """A copy of an exchange value with every string made XML-safe (:func:`clean`).

    Documents from the workspace are clean already; this is the guarantee that a value
    from anywhere else (a hand-made dict, an old file) never crashes the writer or the
    fingerprint, at the cost of one walk over the plan.
    """
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {key: sanitised(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [sanitised(item) for item in value]
    return value


def node_dicts(value: object) -> Iterator[dict[str, Any]]:
    """The dicts of a list that should hold nodes (anything else is skipped: a
    hand-made exchange dict may hold anything)."""
    if isinstance(value, list | tuple):
        yield from (item for item in value if isinstance(item, dict))


def plain(runs: Iterable[Run]) -> str:
    """The visible text of *runs*."""
    return "".join(run.text for run in runs)


#: Characters that can start Markdown syntax (or are whitespace rules act on); a title
#: without any of them, and without whitespace at its ends, parses to itself.
_MARKDOWN_CHARS: Final = frozenset("*_[]\\`<>&!#~|\n\r\t")


def inline(value: object) -> tuple[Run, ...]:
    """Runs of a one-line field; plain text skips markdown-it.

    Most goal titles are plain sentences, and parsing them was nearly half of an
    export's time (profiled); :func:`parse_inline` gives exactly ``(Run(text),)`` for
    them, which a test checks against the parser.
    """
    text = x.safe_text(value)
    if text and text == text.strip() and _MARKDOWN_CHARS.isdisjoint(text):
        return (Run(text),)
    return parse_inline(text)


class DocumentWriter:
    """Writes one document into an emptied template; a layout subclasses it.

    Content is built in a plain lxml body and moved into the document by
    :meth:`finish`: below python-docx's body every new element gets a Python proxy
    object of its oxml class, which made element creation the export's largest cost.
    """

    def __init__(self, doc: Any, plan: dict[str, Any]) -> None:
        self.doc = doc
        self.plan = plan
        self.years = years_text(plan)
        self.document_body = doc.element.body
        self.sect_pr = self.document_body.find(qn("w:sectPr"))
        if self.sect_pr is not None:
            self.document_body.remove(self.sect_pr)
        self.body = etree.Element(qn("w:body"))
        styles_element = doc.styles.element
        self.ids = styles.resolve(styles_element)
        styles.set_language(styles_element, labels.LANGUAGE)
        self.runs = x.RunWriter(doc.part, self.ids.hyperlink)
        self.num_id = x.add_bullet_numbering(doc.part.numbering_part.element)
        self.text_width = self._text_width()
        self.next_bookmark_id = 1
        self.bookmarks: set[str] = set()
        self.toc_entries: list[toc.TocEntry] = []

    # ------------------------------------------------------------------ basics

    def _text_width(self) -> int:
        """Twips between the margins of the template's section: the right tab of the
        header's year and of the TOC's page numbers, and full-width tables.

        Read from the template's own ``w:sectPr`` (held aside in :attr:`sect_pr` while the
        body is built, so ``doc.sections`` is empty then); A4 with 2.5 cm margins when the
        template states no page size or margins. A gutter narrows the text unless Word
        puts it at the top of the page.
        """
        sect_pr = self.sect_pr
        try:
            width = sect_pr.page_width - sect_pr.left_margin - sect_pr.right_margin
        except (TypeError, AttributeError):  # no sectPr, or no pgSz/pgMar in it
            return _A4_TEXT_WIDTH
        gutter = sect_pr.gutter
        at_top = self.doc.settings.element.find(qn("w:gutterAtTop"))
        if gutter and (at_top is None or at_top.get(x.VAL) in ("0", "false", "off")):
            width -= gutter
        return max(int(width / _EMU_PER_TWIP), 1440)

    def para(self, style_id: str | None, runs: Iterable[Run] = (), *,
             bold: bool = False) -> Any:
        p = x.paragraph(self.body, style_id)
        self.runs.write(p, runs, bold=bold)
        return p

    def mark(self, p: Any, name: str | None) -> None:
        """Bookmark paragraph *p* as *name* unless that name is already used."""
        if name and name not in self.bookmarks:
            self.bookmarks.add(name)
            x.bookmark(p, name, self.next_bookmark_id)
            self.next_bookmark_id += 1

    def item(self, runs: Iterable[Run], level: int, bookmark: str | None = None) -> Any:
        """A bulleted list paragraph at nesting *level*."""
        p = self.para(self.ids.list_paragraph, runs)
        x.number(p, self.num_id, level)
        self.mark(p, bookmark)
        return p

    def blocks(self, text: object, level: int = 0, *, in_list: bool = False) -> None:
        """Paragraphs and bullets of a multi-paragraph text field.

        Inside a list (*in_list*, the extra text of a goal) paragraphs keep the list's
        indentation without a bullet, so they read as part of the item above.
        """
        if not text:
            return
        for block in parse_blocks(x.safe_text(text)):
            if isinstance(block, BulletItem):
                self.item(block.runs, level + block.level)
            elif in_list:
                p = self.para(self.ids.list_paragraph, block.runs)
                x.ppr_child(p, x.IND, {qn("w:left"): str(x.LEVEL_INDENT * level)})
            else:
                self.para(self.ids.normal, block.runs)

    def heading(self, level: int, runs: Sequence[Run], bookmark: str | None = None) -> Any:
        """A heading paragraph; level 1 and 2 (with a bookmark) get a contents line.

        A heading without visible text says so (:data:`labels.UNTITLED_HEADING`), in the
        heading and its contents line alike.
        """
        if not plain(runs).strip():
            runs = (Run(labels.UNTITLED_HEADING),)
        p = self.para(self.ids.heading[level - 1], runs)
        self.mark(p, bookmark)
        if level <= 2 and bookmark:
            self.toc_entries.append(toc.TocEntry(level, plain(runs), bookmark))
        return p

    def goal_list(self, nodes: Iterable[dict[str, Any]], level: int) -> None:
        """Goals and indicators as bullets; nested goals one level deeper each."""
        for node in nodes:
            self.item(inline(node.get("title")), level, node_bookmark(node.get("uuid")))
            self.blocks(node.get("text"), level + 1, in_list=True)
            self.goal_list(node_dicts(node.get("children")), level + 1)

    def focus_area_content(self, node: dict[str, Any],
                           topic: Callable[[dict[str, Any]], None]) -> None:
        """A focus area's text, then its children in order: each topic written by
        *topic*, and goals standing directly under the focus area as a list where they
        stand (the model allows them; a document must never drop content)."""
        self.blocks(node.get("text"))
        loose: list[dict[str, Any]] = []
        for child in node_dicts(node.get("children")):
            if child.get("kind") == "topic":
                self.goal_list(loose, 0)
                loose = []
                topic(child)
            else:
                loose.append(child)
        self.goal_list(loose, 0)

    def contents_entry(self, p: Any, level: int, text: str, bookmark: str) -> None:
        """Bookmark *p* and give it a line in the table of contents (a heading the
        layout wrote itself, such as the signatures')."""
        self.mark(p, bookmark)
        self.toc_entries.append(toc.TocEntry(level, text, bookmark))

    # ------------------------------------------------------------------ finishing

    def finish(self, toc_anchor: Any | None) -> None:
        """Move the built body into the document, with the table of contents after
        *toc_anchor* on a page of its own (no TOC when *toc_anchor* is None)."""
        if toc_anchor is not None:
            sdt = toc.write_toc(self.body, self.toc_entries, heading=labels.TOC_HEADING,
                                heading_style=self.ids.toc_heading,
                                entry_styles=self.ids.toc, tab_position=self.text_width)
            toc_anchor.addnext(sdt)
            x.ppr_child(sdt.find(qn("w:sdtContent"))[0], x.PAGEBREAKBEFORE)
        self.document_body.extend(list(self.body))
        if self.sect_pr is not None:
            self.document_body.append(self.sect_pr)

    def headers_and_footers(self, short_title: str, right_text: str) -> None:
        """*short_title* and *right_text* (the years) in the header, "Sida X av Y" in the
        footer, beside what the template already has there (a logo, an address line).

        A template that is an earlier export, or has its own page numbers, must not get
        them twice: the title line of an earlier export (known by the tab stops it
        clears) is replaced by this one, a header that already holds this very line gets
        none, and a section whose header or footer already has a ``PAGE`` field gets no
        "Sida X av Y".
        """
        short_title = fit_on_one_line(
            short_title, right_text, self.text_width,
            styles.font_half_points(self.doc.styles.element, self.ids.header))
        line = f"{short_title}\t{right_text}" if right_text else short_title
        odd_and_even = bool(self.doc.settings.odd_and_even_pages_header_footer)
        for section in self.doc.sections:
            headers = _used(section, "header", odd_and_even)
            footers = _used(section, "footer", odd_and_even)
            for header, footer in zip(headers, footers, strict=True):
                numbered = _has_page_field(header._element) or _has_page_field(
                    footer._element)
                self.header_line(header, short_title, right_text, line)
                if not numbered:
                    p = _fresh_paragraph(footer, self.ids.footer)
                    x.ppr_child(p, x.JC, {x.VAL: "right"})
                    x.plain_run(p, labels.PAGE_PREFIX)
                    x.field(p, "PAGE", "1")
                    x.plain_run(p, labels.PAGE_MIDDLE)
                    x.field(p, "NUMPAGES", "1")

    def header_line(self, header: Any, short_title: str, right_text: str,
                    line: str) -> None:
        """The header's title and year, right-aligned at the text width, on one line.

        Space after it keeps it off the body: Word and LibreOffice start the body right
        below a header taller than the top margin (a template's logo and address lines
        above ours), and without a gap the line touched the document's title.
        """
        header.is_linked_to_previous = False
        paragraphs = header._element.findall(f".//{x.P}")
        earlier = next((p for p in paragraphs if _is_our_header_line(p)), None)
        if earlier is None and any(_paragraph_text(p) == line for p in paragraphs):
            return
        p = _fresh_paragraph(header, self.ids.header)
        for pos in _CLEARED_HEADER_TABS:
            if pos != self.text_width:  # never clear and set one position (A4, 2.5 cm)
                x.sub(x.ppr_child(p, x.TABS), qn("w:tab"), {x.VAL: "clear", x.POS: str(pos)})
        x.right_tab(p, self.text_width)
        x.ppr_child(p, x.SPACING, {qn("w:after"): str(HEADER_SPACE_AFTER)})
        x.plain_run(p, short_title)
        if right_text:
            x.plain_run(p, "\t")
            x.plain_run(p, right_text)
        if earlier is not None:
            earlier.addprevious(p)
            earlier.getparent().remove(earlier)

    def properties(self, *, category: str, comments: str,
                   custom: dict[str, str]) -> None:
        """Core and custom properties, and the Swedish number settings.

        The title, subject and author come from the plan; *category* names the document
        kind, *comments* and *custom* what the layout wants a reader (or an import) to
        find without opening the body.
        """
        plan = self.plan
        core = self.doc.core_properties
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        core.title = limit(plain(inline(plan.get("title"))))
        core.subject = limit(plain(inline(plan.get("subtitle"))))
        core.author = limit(x.safe_text(plan.get("coordinator")))
        core.last_modified_by = core.author
        core.keywords = limit("; ".join((*labels.KEYWORDS, self.years)))
        core.category = category
        core.language = labels.LANGUAGE
        core.comments = limit(comments)
        core.identifier = limit(x.safe_text(plan.get("uuid")))
        core.revision = 1
        core.created = now
        core.modified = now
        x.set_custom_properties(self.doc.part.package, custom)
        settings = self.doc.settings.element
        x.set_setting(settings, "w:themeFontLang", {x.VAL: labels.LANGUAGE})
        x.set_setting(settings, "w:decimalSymbol", {x.VAL: ","})
        x.set_setting(settings, "w:listSeparator", {x.VAL: ";"})


#: Twips between the header's title line and the body (12 pt).
HEADER_SPACE_AFTER: Final = 240

#: An average character's width in ems, on the wide side (Swedish text with its spaces:
#: Carlito and Caladea about 0.35 to 0.45, DejaVu Sans about 0.5), for keeping the header
#: line on one line without measuring glyphs.
_AVERAGE_EM: Final = 0.5


def fit_on_one_line(title: str, right_text: str, width: int, half_points: int) -> str:
    """*title* shortened at a word, with "…", so that it and *right_text* (after a gap of
    two ems) fit on one line *width* twips wide in a *half_points* font.

    A running head that wraps doubles the header's height and pushes its second line
    onto the body; the full title stands on the first page and in the properties.
    """
    em = max(half_points, 2) * 10  # twips: a point is 20 twips, a half-point 10
    room = width - (len(right_text) * _AVERAGE_EM + 2) * em if right_text else width
    limit = int(room / (_AVERAGE_EM * em))
    if len(title) <= limit:
        return title
    cut = title[:max(limit - 1, 1)]
    if " " in cut.strip():
        cut = cut[:cut.rstrip().rfind(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def small(run: Any) -> None:
    """Grey 8 pt: an explanatory note (under the Dokument-ID, under a chart)."""
    rpr = run.find(x.RPR)
    if rpr is None:
        rpr = x.sub(run, x.RPR)
        run.insert(0, rpr)
    x.sub(rpr, x.COLOR, {x.VAL: "595959"})
    x.sub(rpr, x.SZ, {x.VAL: "16"})
    x.sub(rpr, x.SZCS, {x.VAL: "16"})


def limit(value: str) -> str:
    """Core properties hold at most 255 characters (python-docx enforces it)."""
    return value.replace("\n", " ")[:255]


def _used(section: Any, kind: str, odd_and_even: bool) -> list[Any]:
    """The section's header or footer objects that will be shown: the default one, and
    the even-page one where the document has different odd and even pages."""
    found = [getattr(section, kind)]
    if odd_and_even:
        found.append(getattr(section, f"even_page_{kind}"))
    return found


#: The centre and right tab stops of Word's Header style for A4 and Letter pages, cleared
#: in the header's title line so the year goes to the right tab at the text width. All six
#: cleared together (but for the one the year's right tab is at) also mark a paragraph as
#: the title line of an earlier export.
_CLEARED_HEADER_TABS: Final = (4513, 4536, 4680, 9026, 9072, 9360)


def _is_our_header_line(p: Any) -> bool:
    """Whether *p* is the header title line an export writes (see headers_and_footers)."""
    stops = {t.get(x.POS): t.get(x.VAL) for t in p.iterfind(f"{x.PPR}/{x.TABS}/{x.TAB}")}
    cleared = [stops.get(str(pos)) == "clear" for pos in _CLEARED_HEADER_TABS]
    right = [stops.get(str(pos)) == "right" for pos in _CLEARED_HEADER_TABS]
    return all(c or r for c, r in zip(cleared, right, strict=True)) and sum(right) <= 1


def _paragraph_text(p: Any) -> str:
    """The text of paragraph *p* as shown, tabs as ``\\t`` (runs in links, fields and
    content controls included)."""
    parts = []
    for r in p.iter(x.R):
        for child in r:
            if child.tag == x.T:
                parts.append(child.text or "")
            elif child.tag == x.TAB:
                parts.append("\t")
    return "".join(parts)


def _has_page_field(container: Any) -> bool:
    """Whether a header or footer already shows a page number (a ``PAGE`` field)."""
    instructions = [f.get(_FLD_INSTR) or "" for f in container.iter(_FLD_SIMPLE)]
    instructions += [i.text or "" for i in container.iter(x.INSTR)]
    return any(words[:1] == ["PAGE"] for words in (i.upper().split() for i in instructions))


_FLD_SIMPLE: Final = qn("w:fldSimple")
_FLD_INSTR: Final = qn("w:instr")


def _fresh_paragraph(header_or_footer: Any, style_id: str) -> Any:
    """A new paragraph after the template's content, in place of the one empty paragraph
    a new header part comes with (so an absent header does not gain a blank line).

    Only a paragraph with nothing but paragraph properties is empty: a field
    (``w:fldSimple``), a content control (``w:sdt``) or a hyperlink holds no direct
    ``w:r`` yet is the template's content.
    """
    header_or_footer.is_linked_to_previous = False
    container = header_or_footer._element
    if len(container) == 1 and container[0].tag == x.P and all(
            child.tag == x.PPR for child in container[0]):
        container.remove(container[0])
    return x.paragraph(container, style_id)


def request_field_update(doc: Any) -> None:
    """Ask Word to update fields (the TOC's page numbers) on open: the fallback without
    LibreOffice, at the price of a question on every open."""
    x.set_setting(doc.settings.element, "w:updateFields", {x.VAL: "true"})


def libreoffice_driver() -> Any:
    """The LibreOffice driver module when LibreOffice with UNO is usable, else None.

    Imported lazily: it is optional, and looking for soffice costs time. Tests replace
    this function to export without LibreOffice.
    """
    try:
        from insatsplan.word import libreoffice
    except ImportError:
        return None
    try:
        return libreoffice if libreoffice.available() else None
    except Exception:  # a broken installation is the same as none
        return None


def missing_layout_fonts(doc: Any, embedded: frozenset[str] | None) -> tuple[str, ...]:
    """The fonts *doc* asks for that LibreOffice's PDF embeds neither itself nor a metric
    twin of (:mod:`insatsplan.word.fonts`); none when the embedded fonts are unknown."""
    if embedded is None:
        return ()
    return fonts.missing_fonts(fonts.requested_fonts(doc), embedded)


def _reason(error: Exception, scratch: Path, out: Path) -> UserError | str:
    """Why LibreOffice failed, as a message translated with the sentence around it (not
    English text inside a Swedish sentence), naming the Word file rather than the hidden
    scratch copy LibreOffice was given."""
    if not isinstance(error, UserError):
        return str(error)
    params = {name: str(out) if value == str(scratch) else value
              for name, value in error.params.items()}
    return UserError(error.message, **params)


def export_docx(build: Callable[[], Any], out: Path, *, pdf: Path | None = None,
                use_libreoffice: bool = True,
                on_notice: Callable[[UserMessage], None] | None = None) -> Path:
    """Write the document *build* makes to *out* (.docx), atomically; return *out*.

    The targets are checked before *build* runs, so a wrong path costs no layout. With
    LibreOffice (and *use_libreoffice*), its layout supplies the TOC's page numbers and,
    if *pdf* is given, a tagged PDF written atomically too. Without it the document asks
    Word to update fields, and a requested PDF ends in a :class:`UserError` after the
    .docx is written.

    When LibreOffice laid the text out with a fallback for a font the document asks for
    (:func:`missing_layout_fonts`), its page numbers may not hold in Word: the document
    then also asks Word to update fields, and *on_notice* hears one line saying so (the
    CLI prints it on stderr, the editor shows it).
    """
    out = atomic.output_path(out)  # links followed: the file they lead to is written
    atomic.check_target(out)
    if pdf is not None:
        pdf = atomic.output_path(pdf)
        if pdf == out:  # "plan.pdf --pdf": the PDF would silently take the Word file's place
            raise UserError(MSG_ONE_FILE_FOR_TWO, file=str(out))
        atomic.check_target(pdf)
    doc = build()
    office = libreoffice_driver() if use_libreoffice else None
    if office is None:
        request_field_update(doc)
        atomic.write_atomically(out, doc.save)
        if pdf is not None:
            raise UserError(MSG_NO_LIBREOFFICE, file=str(out))
        return out

    scratch = atomic.temporary_path(out, ".docx")
    pdf_scratch = atomic.temporary_path(pdf, ".pdf") if pdf is not None else None
    try:
        scratch.write_bytes(atomic.serialized(doc.save))  # no zip left open on a full disk
        layout = office.layout(scratch, pdf_out=pdf_scratch)
    except Exception as error:  # LibreOffice crashed or timed out: keep the Word file
        if pdf_scratch is not None:
            atomic.remove_quietly(pdf_scratch)
        request_field_update(doc)
        atomic.write_atomically(out, doc.save)
        if pdf is not None:
            raise UserError(MSG_LIBREOFFICE_FAILED, file=str(out),
                            reason=_reason(error, scratch, out)) from None
        return out
    finally:
        atomic.remove_quietly(scratch)
    toc.fill_page_numbers(doc.element.body, layout.pages)
    missing = missing_layout_fonts(doc, layout.fonts)
    if missing:
        request_field_update(doc)
        notice = fonts.missing_fonts_notice(missing)
        log.warning("%s", notice)
        if on_notice is not None:
            on_notice(notice)
    try:
        atomic.write_atomically(out, doc.save)
    except BaseException:
        if pdf_scratch is not None:
            atomic.remove_quietly(pdf_scratch)
        raise
    if pdf is not None and pdf_scratch is not None:
        atomic.replace(pdf_scratch, pdf, atomic.check_target(pdf))
    return out
