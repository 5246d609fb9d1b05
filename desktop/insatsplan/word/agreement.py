"""The agreement (Överenskommelse): its layout on the generic writer, and the export.

The layout follows the city's own document (DOMAIN.md, ``samples/agreement-excerpt.txt``):
title, subtitle, purpose paragraphs, the basis list, a table of contents, focus areas
(Heading 1) with topics (Heading 2) and their four fixed sections (Heading 3) of bulleted
goals and indicators, then the signatures and the Dokument-ID on the last page. A
horizon with neither goals nor indicators is left out, as in the city's document; of a
horizon with one of the two, the empty section says "Saknas." as a list item. The
building blocks (paragraphs, lists, bookmarks, the TOC, the header, the properties, the
LibreOffice pass and atomic writing) are :mod:`insatsplan.word.writer`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from docx.oxml.ns import qn

from insatsplan.errors import UserMessage
from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.text import Run
from insatsplan.word import docx_xml as x
from insatsplan.word import labels
from insatsplan.word.template import open_template
from insatsplan.word.writer import (
    PROP_FINGERPRINT,
    PROP_PLAN_UUID,
    DocumentWriter,
    export_docx,
    inline,
    node_bookmark,
    plain,
    sanitised,
    small,
)

__all__ = ["SIGNATURES_BOOKMARK", "AgreementLayout", "build_agreement", "export_agreement",
           "node_bookmark", "short_title"]

#: The bookmark of the signature heading, ``_Toc``-style: hidden in Word's bookmark list.
SIGNATURES_BOOKMARK: Final = "_TocInsatsplanSignatures"

_SECTIONS: Final = (
    (("goal", "short"), labels.SECTION_SHORT_GOALS),
    (("indicator", "short"), labels.SECTION_SHORT_INDICATORS),
    (("goal", "long"), labels.SECTION_LONG_GOALS),
    (("indicator", "long"), labels.SECTION_LONG_INDICATORS),
)


class AgreementLayout(DocumentWriter):
    """Writes one plan's agreement into an emptied template document."""

    def __init__(self, doc: Any, document: dict[str, Any]) -> None:
        super().__init__(doc, document.get("plan") or {})
        self.fingerprint = fingerprint(document)

    def front_matter(self) -> Any:
        plan = self.plan
        last = self.para(self.ids.title, inline(plan.get("title")))
        if plan.get("subtitle"):
            last = self.para(self.ids.subtitle, inline(plan.get("subtitle")))
        self.blocks(plan.get("preamble"))
        basis = [b for b in plan.get("basis") or [] if b]
        if basis:
            intro = self.para(self.ids.normal, (Run(labels.BASIS_INTRO),))
            x.ppr_child(intro, x.KEEPNEXT)
            for entry in basis:
                self.item(inline(entry), 0)
        return self.body[-1] if len(self.body) else last

    def focus_area(self, node: dict[str, Any], first: bool) -> None:
        p = self.heading(1, inline(node.get("title")), node_bookmark(node.get("uuid")))
        if first:
            x.ppr_child(p, x.PAGEBREAKBEFORE)
        self.focus_area_content(node, self.topic)

    def topic(self, node: dict[str, Any]) -> None:
        self.heading(2, inline(node.get("title")), node_bookmark(node.get("uuid")))
        self.blocks(node.get("text"))
        sections: dict[tuple[str, str], list[dict[str, Any]]] = {key: [] for key, _ in _SECTIONS}
        for child in node.get("children") or []:
            key = (child.get("kind"), child.get("horizon"))
            if key not in sections:
                key = ("indicator" if child.get("kind") == "indicator" else "goal",
                       "long" if child.get("horizon") == "long" else "short")
            sections[key].append(child)
        for key, label in _SECTIONS:
            horizon = key[1]
            if not (sections[("goal", horizon)] or sections[("indicator", horizon)]):
                continue  # the city's document leaves out a horizon with nothing in it
            self.heading(3, (Run(label.format(years=self.years)),))
            if sections[key]:
                self.goal_list(sections[key], 0)
            else:  # a list item, as the goals would be: the pair stays recognisable
                self.item((Run(labels.EMPTY_SECTION),), 0)

    def signatures(self) -> None:
        heading = self.para(self.ids.heading[0], (Run(labels.SIGNATURES_HEADING),))
        x.ppr_child(heading, x.PAGEBREAKBEFORE)
        self.contents_entry(heading, 1, labels.SIGNATURES_HEADING, SIGNATURES_BOOKMARK)
        signatories = [s for s in self.plan.get("signatories") or [] if isinstance(s, dict)]
        if not signatories:
            self.para(self.ids.normal, (Run(labels.NO_SIGNATORIES),))
            return
        self.para(self.ids.normal, (Run(labels.SIGNATURES_INTRO),))
        self.signature_table(signatories)

    def signature_table(self, signatories: Sequence[dict[str, Any]]) -> None:
        """Two signatories per row in a borderless layout table (no header row).

        A layout table must not claim header semantics (``tblHeader``, a first-row
        look), or a screen reader announces names as column headings.
        """
        half = self.text_width // 2
        tbl = x.sub(self.body, qn("w:tbl"))
        props = x.sub(tbl, qn("w:tblPr"))
        x.sub(props, qn("w:tblW"), {qn("w:w"): str(half * 2), qn("w:type"): "dxa"})
        borders = x.sub(props, qn("w:tblBorders"))
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x.sub(borders, qn(f"w:{side}"), {x.VAL: "nil"})
        x.sub(props, qn("w:tblLayout"), {qn("w:type"): "fixed"})
        margins = x.sub(props, qn("w:tblCellMar"))  # names align with the text above
        for side in ("left", "right"):
            x.sub(margins, qn(f"w:{side}"), {qn("w:w"): "0", qn("w:type"): "dxa"})
        x.sub(props, qn("w:tblLook"), {
            x.VAL: "0000", qn("w:firstRow"): "0", qn("w:lastRow"): "0",
            qn("w:firstColumn"): "0", qn("w:lastColumn"): "0", qn("w:noHBand"): "1",
            qn("w:noVBand"): "1"})
        x.sub(props, qn("w:tblCaption"), {x.VAL: labels.SIGNATURE_TABLE_CAPTION})
        x.sub(props, qn("w:tblDescription"), {x.VAL: labels.SIGNATURE_TABLE_DESCRIPTION})
        grid = x.sub(tbl, qn("w:tblGrid"))
        for _ in range(2):
            x.sub(grid, qn("w:gridCol"), {qn("w:w"): str(half)})
        for start in range(0, len(signatories), 2):
            row = x.sub(tbl, qn("w:tr"))
            x.sub(x.sub(row, qn("w:trPr")), qn("w:cantSplit"))
            for person in (*signatories[start:start + 2], None)[:2]:
                cell = x.sub(row, qn("w:tc"))
                x.sub(x.sub(cell, qn("w:tcPr")), qn("w:tcW"),
                      {qn("w:w"): str(half), qn("w:type"): "dxa"})
                if person is None:
                    x.paragraph(cell, self.ids.normal)
                    continue
                name = x.paragraph(cell, self.ids.normal)
                x.ppr_child(name, x.KEEPNEXT)
                x.ppr_child(name, x.SPACING, {qn("w:before"): "720", qn("w:after"): "0"})
                # a signatory's fields are plain text (the editor's table cells, the
                # exchange format): printed as typed, never read as Markdown
                self.runs.write(name, (Run(x.safe_text(person.get("name"))),), bold=True)
                for key in ("title", "organisation_name"):
                    line = x.paragraph(cell, self.ids.normal)
                    x.ppr_child(line, x.SPACING, {qn("w:after"): "0"})
                    self.runs.write(line, (Run(x.safe_text(person.get(key))),))

    def document_id(self) -> None:
        """The fingerprint on the last page, so a signed PDF matches one plan version."""
        p = x.paragraph(self.body, self.ids.normal)
        x.ppr_child(p, x.KEEPNEXT)
        x.ppr_child(p, x.SPACING, {qn("w:before"): "720", qn("w:after"): "0"})
        x.plain_run(p, labels.FINGERPRINT_LABEL, bold=True)
        value = x.paragraph(self.body, self.ids.normal)
        x.ppr_child(value, x.KEEPNEXT)
        x.ppr_child(value, x.SPACING, {qn("w:after"): "60"})
        x.plain_run(value, grouped(self.fingerprint))
        note = x.paragraph(self.body, self.ids.normal)
        small(x.plain_run(note, labels.FINGERPRINT_NOTE))

    def write(self) -> None:
        anchor = self.front_matter()
        for n, node in enumerate(self.plan.get("children") or []):
            if isinstance(node, dict):
                self.focus_area(node, first=n == 0)
        self.signatures()
        self.document_id()
        self.finish(anchor)
        title = short_title(self.plan, self.years)
        self.headers_and_footers(title, "" if _holds_year(title, self.plan) else self.years)
        self.properties(
            category=labels.KIND_AGREEMENT,
            comments=f"{labels.FINGERPRINT_LABEL}: {grouped(self.fingerprint)}",
            custom={PROP_PLAN_UUID: x.safe_text(self.plan.get("uuid")),
                    PROP_FINGERPRINT: self.fingerprint})


def short_title(plan: dict[str, Any], years: str) -> str:
    """The title without a trailing year, since the header prints the year beside it;
    a title that holds the year earlier as well keeps its end, since then no year is
    printed beside it (:func:`_holds_year`)."""
    title = plain(inline(plan.get("title"))).replace("\n", " ").replace("\t", " ").strip()
    for suffix in (years, str(plan.get("year_from") or "")):
        if suffix and title.endswith(suffix):
            rest = title[: -len(suffix)].rstrip(" –-")
            if not _holds_year(rest, plan):
                title = rest
            break
    return title or labels.KIND_AGREEMENT


def _holds_year(title: str, plan: dict[str, Any]) -> bool:
    """Whether *title* names the plan's year itself (``Insatser … 2025 barn, unga och
    vuxna``): then the header prints the title alone, never the year twice."""
    years = {str(plan.get(key)) for key in ("year_from", "year_to") if plan.get(key)}
    return any(re.search(rf"(?<!\d){re.escape(year)}(?!\d)", title) for year in years)


def build_agreement(document: dict[str, Any], template: Path | None = None) -> Any:
    """The agreement as an in-memory python-docx ``Document`` (nothing written)."""
    if not isinstance(document, dict):
        raise TypeError("document must be an exchange dict")
    doc = open_template(template)
    AgreementLayout(doc, sanitised(document)).write()
    return doc


def export_agreement(document: dict[str, Any], out: Path, *, template: Path | None = None,
                     pdf: Path | None = None, use_libreoffice: bool = True,
                     on_notice: Callable[[UserMessage], None] | None = None) -> Path:
    """Write the agreement for *document* to *out* (.docx), atomically; return *out*.

    See :func:`insatsplan.word.writer.export_docx` for LibreOffice, the PDF and the
    notices *on_notice* hears (a font LibreOffice did not have).
    """
    return export_docx(lambda: build_agreement(document, template), out, pdf=pdf,
                       use_libreoffice=use_libreoffice, on_notice=on_notice)
