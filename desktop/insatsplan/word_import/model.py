"""What the import's steps hand each other: plain frozen data, no python-docx objects.

The reader turns a package into :class:`WordDocument` (paragraphs in reading order with
what structure they show); recognition turns that into :class:`ImportResult` (an exchange
document, ``insatsplan/1``, and what could not be mapped, with where it stood).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from insatsplan.text import Run

ListKind = Literal["bullet", "number"]
DocumentStyle = Literal["agreement", "plan_and_report"]
NoteKind = Literal["footnote", "endnote", "comment"]


@dataclass(frozen=True)
class Note:
    """A footnote's, endnote's or comment's text, carried by the paragraph that refers
    to it.

    *number* is the mark Word prints: footnotes, endnotes and comments are each counted
    from 1 in the order the body refers to them (a note nothing refers to is counted
    after those). *runs* are the note's paragraphs as one, joined by a space; the mark
    itself is not in them. *author* is a comment's author as Word shows it ("" for
    notes, which have none).
    """

    kind: NoteKind
    number: int
    runs: tuple[Run, ...]
    author: str = ""

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs).strip()


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the body, as the reader found it.

    *index* counts the body's paragraphs from 1 in reading order (table cells included),
    so the mapping report can say where something stood. *style* is the paragraph
    style's built-in name in lower case ("heading 1", "title", "list paragraph",
    "toc 2"), whatever the document's language calls its id. *heading_level* is 1–9
    from the style chain (built-in heading name or ``w:outlineLvl``) or the paragraph's
    own outline level, None for body text. *list_level* is the numbering level (0 =
    top) from ``w:numPr`` on the paragraph or its style, None when Word shows no
    number or bullet; *typed_bullet* is True when the text itself begins with "•", "-",
    "–" (the reader strips it from *runs* and *text* and sets *list_kind* "bullet").
    *in_toc* marks a printed table of contents (a TOC field, a contents content
    control, "toc N" styles): not content. *bold* is True when all visible text is bold.
    """

    index: int
    text: str
    runs: tuple[Run, ...]
    style: str = ""
    heading_level: int | None = None
    list_level: int | None = None
    list_kind: ListKind | None = None
    typed_bullet: bool = False
    indent_twips: int = 0
    bold: bool = False
    bookmarks: tuple[str, ...] = ()
    in_toc: bool = False
    in_table: bool = False
    page_break_before: bool = False
    #: The typed bullet as written with its spacing ("– ", "•\t"), so a reader of a line
    #: that is no list item (a signature table's name) can put it back: "" otherwise.
    bullet: str = ""
    #: The footnotes, endnotes and comments this paragraph refers to, in the order it
    #: does (a comment is referred to where its commented range ends).
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class WordDocument:
    """A Word file's body and what its properties say.

    *properties* holds the core properties that are set ("title", "subject", "creator",
    "category") and the custom ones by name (our exports write "InsatsplanPlanUuid" and
    "InsatsplanDokumentId"). *source* is the file's name, for messages. Footnotes and
    endnotes are on the paragraphs that refer to them (:attr:`Paragraph.notes`).
    """

    source: str
    paragraphs: tuple[Paragraph, ...]
    properties: dict[str, str] = field(default_factory=dict)
    #: Notes with text that no paragraph refers to (the reference was deleted, or sits
    #: where the reader does not look): kept so that nothing is lost.
    unreferenced_notes: tuple[Note, ...] = ()
    #: How many tracked changes (insertions, deletions, moves) the body still holds,
    #: neither accepted nor rejected: the reader reads them as accepted.
    tracked_changes: int = 0


@dataclass(frozen=True)
class Unmapped:
    """Content that maps to nothing in the model, kept as text on the nearest node.

    *where* says where it stood for a person ("stycke 12, under Fokusområde 2 ›
    Stödgrupper"), *text* what it was, *kept_on* the title path of the node that keeps it
    ("" for the plan's preamble).
    """

    where: str
    text: str
    kept_on: str


@dataclass(frozen=True)
class ImportResult:
    """A recognised document: the plan as an exchange document and the mapping report.

    *document* is an ``insatsplan/1`` exchange dict that ``Workspace.import_document``
    accepts (``exchange.validate``); *style* the kind of document found; *unmapped* what
    could not be mapped; *notes* other things a person should know before importing
    (each a complete English sentence, marked for translation by whoever made it).
    """

    document: dict[str, Any]
    style: DocumentStyle
    unmapped: tuple[Unmapped, ...] = ()
    notes: tuple[str, ...] = ()
