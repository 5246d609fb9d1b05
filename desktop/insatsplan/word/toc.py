"""The table of contents: a real Word TOC field with its entries already written, and the
pass that writes page numbers into those entries.

Word builds a TOC only when fields are updated, and LibreOffice keeps a TOC's stored
entries when it converts, so an export whose TOC field is empty shows no contents in
most viewers. The entries are therefore written out exactly as Word writes them (a
hyperlink to the heading's bookmark, a tab with a dot leader, a ``PAGEREF`` field for the
page), and their page numbers are filled in afterwards from LibreOffice's layout (see
:func:`fill_page_numbers`); without LibreOffice they stay empty and Word is asked to
update fields on open.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from docx.oxml.ns import qn

from insatsplan.word import docx_xml as x

#: The instruction the city's own documents use: outline levels 1-2, hyperlinked entries.
TOC_INSTRUCTION: Final = r'TOC \o "1-2" \h'


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One line of the contents: heading *level* (1 or 2), its text and its bookmark."""

    level: int
    text: str
    bookmark: str


def write_toc(body: Any, entries: Iterable[TocEntry], *, heading: str, heading_style: str,
              entry_styles: tuple[str, str], tab_position: int) -> Any:
    """Append the contents to *body* as Word does: a ``w:sdt`` "Table of Contents" block
    holding the heading, the field's begin/instruction/separate in the first entry, one
    paragraph per entry, and the field's end in a last paragraph. Returns the ``w:sdt``.
    """
    sdt = x.sub(body, qn("w:sdt"))
    props = x.sub(sdt, qn("w:sdtPr"))
    part_obj = x.sub(props, qn("w:docPartObj"))
    x.sub(part_obj, qn("w:docPartGallery"), {x.VAL: "Table of Contents"})
    x.sub(part_obj, qn("w:docPartUnique"))
    content = x.sub(sdt, qn("w:sdtContent"))

    title = x.paragraph(content, heading_style)
    x.plain_run(title, x.safe_text(heading))

    first = x.paragraph(content, entry_styles[0])
    x.right_tab(first, tab_position, "dot")
    _field_start(first)
    current = first
    for n, entry in enumerate(entries):
        style = entry_styles[min(max(entry.level, 1), 2) - 1]
        if n == 0:
            x.ppr(first).find(x.PSTYLE).set(x.VAL, style)
        else:
            current = x.paragraph(content, style)
            x.right_tab(current, tab_position, "dot")
        link = x.sub(current, x.HYPERLINK, {x.ANCHOR: entry.bookmark, x.HISTORY: "1"})
        # One line whose only tab is the one before the page number, which the entry's
        # right tab stop takes: a tab from the heading would reach that stop first.
        x.plain_run(link, x.safe_text(entry.text).replace("\n", " ").replace("\t", " "))
        x.plain_run(link, "\t")
        x.field(link, f"PAGEREF {entry.bookmark} \\h")
    end = x.paragraph(content, entry_styles[0])
    x.sub(x.sub(end, x.R), x.FLDCHAR, {x.FLDCHARTYPE: "end"})
    return sdt


def _field_start(p: Any) -> None:
    """The TOC field's begin, instruction and separator, ahead of the first entry."""
    x.sub(x.sub(p, x.R), x.FLDCHAR, {x.FLDCHARTYPE: "begin"})
    instr = x.sub(x.sub(p, x.R), x.INSTR)
    instr.text = f" {TOC_INSTRUCTION} "
    instr.set(x.XML_SPACE, "preserve")
    x.sub(x.sub(p, x.R), x.FLDCHAR, {x.FLDCHARTYPE: "separate"})


def fill_page_numbers(root: Any, pages: Mapping[str, int]) -> int:
    """Write page numbers into every ``PAGEREF`` result below *root*; return how many.

    *pages* maps bookmark names to page numbers (LibreOffice's layout of this very
    document). A bookmark missing from *pages* keeps its result as it was, so a partial
    map never produces wrong numbers, only missing ones.
    """
    filled = 0
    for instr in root.iter(x.INSTR):
        words = (instr.text or "").split()
        if len(words) < 2 or words[0].upper() != "PAGEREF" or words[1] not in pages:
            continue
        result = _result_run(instr.getparent())
        if result is None:
            continue
        texts = result.findall(x.T)
        for extra in texts[1:]:
            result.remove(extra)
        t = texts[0] if texts else x.sub(result, x.T)
        t.text = str(pages[words[1]])
        filled += 1
    return filled


def _result_run(instr_run: Any) -> Any:
    """The run holding the field result: the first text run after ``separate``."""
    seen_separate = False
    node = instr_run.getnext()
    while node is not None:
        if node.tag == x.R:
            char = node.find(x.FLDCHAR)
            if char is not None:
                kind = char.get(x.FLDCHARTYPE)
                if kind == "separate":
                    seen_separate = True
                elif kind in ("end", "begin"):
                    return None
            elif seen_separate:
                return node
        node = node.getnext()
    return None
