"""A Qt text editor for the stored Markdown subset, exact in both directions.

Stored texts are Markdown read by :mod:`insatsplan.text` into blocks of runs. The editor
fills a :class:`QTextDocument` from those runs (bold, italic, links as anchors,
paragraphs, ``- `` bullets with one nested level as :class:`QTextList`) and reads the
document back into runs that :func:`insatsplan.text.render_blocks` writes. It never uses
``QTextDocument.toMarkdown``, which rewraps lines and escapes differently, so loading a
stored text and saving it again gives the same string (``load(s)`` then
``markdown() == s`` for every canonical ``s``) and opening a field never changes a plan.

Only what the format holds can be typed or pasted: Ctrl+B, Ctrl+I, Ctrl+K (a link, as in
Word) and bullets; pasted rich text arrives as plain text.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from insatsplan.text import (
    Block,
    BulletItem,
    Paragraph,
    Run,
    clean,
    parse_blocks,
    parse_inline,
    render_blocks,
    render_inline,
)

__all__ = ["LinkDialog", "MarkdownEdit", "acceptable_link"]

#: Qt's own line separator: a line break inside a paragraph (Shift+Enter).
LINE_SEPARATOR = "\u2028"
#: Characters QTextDocument turns into block or frame boundaries when inserted, so a
#: stored text holding them literally is loaded as a stand-in character that remembers
#: the original (see :data:`_LITERAL`); U+2028 is kept but marked, since an unmarked one
#: is a line break.
_BLOCK_BREAKERS = frozenset("\u2029\ufdd0\ufdd1")
_STAND_IN = "\ufffd"
_LITERAL = QTextFormat.Property.UserProperty + 1

_BOLD_WEIGHT = QFont.Weight.Bold.value
#: Space below a paragraph, so paragraphs read as paragraphs (line breaks do not).
PARAGRAPH_SPACING = 6.0
_BULLET_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle)


def acceptable_link(address: str) -> bool:
    """Whether the stored format keeps *address* as a link target.

    Asks the canonical writer itself rather than repeating its rules: an address it
    would drop (empty, ``javascript:``, ``file:``, ...) comes back as plain text.
    """
    written = render_inline([Run("x", link=address)])
    return any(run.link is not None for run in parse_inline(written))


def _char_format(run: Run) -> QTextCharFormat:
    """The character format a run is shown with (links look like links)."""
    fmt = QTextCharFormat()
    if run.bold:
        fmt.setFontWeight(_BOLD_WEIGHT)
    if run.italic:
        fmt.setFontItalic(True)
    if run.link is not None:
        _make_anchor(fmt, run.link)
    return fmt


def _make_anchor(fmt: QTextCharFormat, href: str) -> None:
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    fmt.setFontUnderline(True)
    fmt.setForeground(QPalette().brush(QPalette.ColorRole.Link))


def _clear_anchor(fmt: QTextCharFormat) -> None:
    fmt.setAnchor(False)
    fmt.setAnchorHref("")
    fmt.clearProperty(QTextFormat.Property.AnchorHref)
    fmt.clearProperty(QTextFormat.Property.IsAnchor)
    fmt.clearProperty(QTextFormat.Property.TextUnderlineStyle)
    fmt.clearProperty(QTextFormat.Property.FontUnderline)
    fmt.clearForeground()


def _insert_text(cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
    """Insert run text: soft breaks as U+2028, literal separators marked as literal."""
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n" or ch == LINE_SEPARATOR or ch in _BLOCK_BREAKERS:
            if i > start:
                cursor.insertText(text[start:i], fmt)
            if ch == "\n":
                cursor.insertText(LINE_SEPARATOR, fmt)
            else:
                literal = QTextCharFormat(fmt)
                literal.setProperty(_LITERAL, ord(ch))
                cursor.insertText(LINE_SEPARATOR if ch == LINE_SEPARATOR else _STAND_IN,
                                  literal)
            start = i + 1
    if start < len(text):
        cursor.insertText(text[start:], fmt)


def _fragment_text(text: str, fmt: QTextCharFormat) -> str:
    """The stored text of a fragment: U+2028 is a line break unless marked literal."""
    literal = fmt.intProperty(_LITERAL) if fmt.hasProperty(_LITERAL) else 0
    if literal:
        original = chr(literal)
        stand_in = LINE_SEPARATOR if original == LINE_SEPARATOR else _STAND_IN
        return text.replace(stand_in, original)
    return text.replace(LINE_SEPARATOR, "\n")


def _runs_of(block: QTextBlock) -> tuple[Run, ...]:
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            link = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None
            runs.append(Run(_fragment_text(fragment.text(), fmt),
                            bold=fmt.fontWeight() > QFont.Weight.Medium.value,
                            italic=fmt.fontItalic(), link=link))
        it += 1
    return tuple(runs)


def _blocks_of(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _text_list(block: QTextBlock) -> QTextList | None:
    """The list a block belongs to.

    Asks ``textList()`` only for blocks in a group: PySide6 6.12 under Python 3.11
    drops a reference to None whenever a Qt call returns a null pointer (or an invalid
    QVariant), which after enough calls aborts the interpreter. The editors therefore
    never make Qt calls that answer None.
    """
    if not block.isValid() or block.blockFormat().objectIndex() < 0:
        return None
    return block.textList()


def _level_of(block: QTextBlock) -> int | None:
    """The bullet level of a block (0 or 1), or None for a paragraph."""
    text_list = _text_list(block)
    if text_list is None:
        return None
    return 1 if text_list.format().indent() >= 2 else 0


def _list_format(level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(_BULLET_STYLES[level])
    fmt.setIndent(level + 1)
    return fmt


def document_blocks(document: QTextDocument) -> list[Block]:
    """The document as blocks of runs (what :func:`render_blocks` writes)."""
    out: list[Block] = []
    for block in _blocks_of(document):
        runs = _runs_of(block)
        level = _level_of(block)
        out.append(Paragraph(runs) if level is None else BulletItem(runs, level))
    return out


def fill_document(document: QTextDocument, blocks: tuple[Block, ...]) -> None:
    """Replace the document's content with *blocks* (one undo-less load)."""
    document.clear()
    cursor = QTextCursor(document)
    lists: dict[int, QTextList] = {}
    for i, block in enumerate(blocks):
        paragraph = QTextBlockFormat()
        if not isinstance(block, BulletItem):
            paragraph.setBottomMargin(PARAGRAPH_SPACING)
        if i:
            cursor.insertBlock(paragraph, QTextCharFormat())
        else:
            cursor.setBlockFormat(paragraph)
        if isinstance(block, BulletItem):
            level = min(max(block.level, 0), 1)
            if level == 0:
                lists.pop(1, None)  # a new level-0 item starts a new nested list
            existing = lists.get(level)
            if existing is None:
                lists[level] = cursor.createList(_list_format(level))
            else:
                existing.add(cursor.block())
        else:
            lists.clear()
        for run in block.runs:
            _insert_text(cursor, run.text, _char_format(run))


class LinkDialog(QDialog):
    """Text and address of a link, as Word's Ctrl+K asks for them.

    The address is checked against what the stored format keeps, so a link the plan
    would silently turn into plain text (``javascript:``, an empty address) cannot be
    made.
    """

    def __init__(self, text: str, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link"))
        self.text_edit = QLineEdit(text)
        self.address_edit = QLineEdit(address)
        self.address_edit.setPlaceholderText("https://")
        self.address_edit.setMinimumWidth(320)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Text to display:"), self.text_edit)
        form.addRow(self.tr("Address:"), self.address_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.addButton(
            self.tr("Remove link"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setVisible(bool(address))
        self.removed = False
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.address_edit if text else self.text_edit).setFocus()

    def _remove(self) -> None:
        self.removed = True
        super().accept()

    def values(self) -> tuple[str, str]:
        """The text (the address when left empty) and the trimmed address."""
        address = self.address_edit.text().strip()
        text = clean(self.text_edit.text()).replace("\n", " ") or address
        return text, address

    def accept(self) -> None:
        """Close only with an address the stored format keeps."""
        _text, address = self.values()
        if not acceptable_link(address):
            self.problem.setText(self.tr(
                "This address cannot be a link. Write a web address such as "
                "https://www.example.se or an e-mail address such as mailto:name@example.se."))
            self.problem.show()
            self.address_edit.setFocus()
            return
        super().accept()


class MarkdownEdit(QTextEdit):
    """A rich text field whose content is always one stored Markdown string.

    ``single_line`` makes a title field: Enter does not break the line (it commits the
    field instead, see :attr:`committed`), pasted line breaks become spaces, and the
    text is read with :func:`parse_inline`. Multi-paragraph fields keep paragraphs and
    bullets. The widget grows with its text between *min_lines* and *max_lines* so a
    form in a scroll area needs no scroll bars inside fields.
    """

    #: The person changed the text or its formatting (never sent while loading).
    edited = Signal()
    #: Enter in a single-line field, or focus left the field: commit now.
    committed = Signal()

    def __init__(self, parent: QWidget | None = None, *, single_line: bool = False,
                 min_lines: int | None = None, max_lines: int | None = None) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self.min_lines = min_lines if min_lines is not None else (1 if single_line else 3)
        self.max_lines = max_lines if max_lines is not None else (6 if single_line else 20)
        self._loading = False
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(3)
        self.document().contentsChange.connect(self._contents_change)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.bold_action = self._action(self.tr("Bold"), QKeySequence.StandardKey.Bold,
                                        self.toggle_bold)
        self.italic_action = self._action(self.tr("Italic"), QKeySequence.StandardKey.Italic,
                                          self.toggle_italic)
        self.link_action = self._action(self.tr("Link…"), QKeySequence("Ctrl+K"),
                                        self.edit_link)
        self.bullet_action = self._action(self.tr("Bulleted list"),
                                          QKeySequence("Ctrl+Shift+L"), self.toggle_bullet)
        self.bullet_action.setVisible(not single_line)
        self._fit_height()

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey,
                slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ content

    def load(self, markdown: str) -> None:
        """Show a stored text; the person's undo history starts here."""
        self._loading = True
        try:
            if self.single_line:
                runs = parse_inline(markdown)
                blocks: tuple[Block, ...] = (Paragraph(runs),) if runs else ()
            else:
                blocks = parse_blocks(markdown)
            document = self.document()
            document.setUndoRedoEnabled(False)
            fill_document(document, blocks)
            document.setUndoRedoEnabled(True)
            self.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False
        self._fit_height()

    def blocks(self) -> list[Block]:
        """The document as blocks of runs."""
        return document_blocks(self.document())

    def markdown(self) -> str:
        """The canonical stored form of what the field shows."""
        blocks = self.blocks()
        if not self.single_line:
            return render_blocks(blocks)
        runs: list[Run] = []
        for i, block in enumerate(blocks):
            if i:
                runs.append(Run(" "))
            runs.extend(block.runs)
        return render_inline(runs)

    def _contents_change(self, _position: int, removed: int, added: int) -> None:
        if not self._loading and (removed or added):
            self.edited.emit()

    # --------------------------------------------------------------- formatting

    def _toggle(self, bold: bool) -> None:
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        current = self.currentCharFormat()
        on = (current.fontWeight() > QFont.Weight.Medium.value) if bold else \
            current.fontItalic()
        if cursor.hasSelection():
            # As in Word: formatted only when the whole selection is; else apply it.
            on = self._selection_all(cursor, bold)
        fmt = QTextCharFormat()
        if bold:
            fmt.setFontWeight(QFont.Weight.Normal.value if on else _BOLD_WEIGHT)
        else:
            fmt.setFontItalic(not on)
        self.mergeCurrentCharFormat(fmt)

    @staticmethod
    def _selection_all(cursor: QTextCursor, bold: bool) -> bool:
        document = cursor.document()
        probe = QTextCursor(document)
        for pos in range(cursor.selectionStart() + 1, cursor.selectionEnd() + 1):
            probe.setPosition(pos)
            fmt = probe.charFormat()
            value = (fmt.fontWeight() > QFont.Weight.Medium.value) if bold else fmt.fontItalic()
            if not value:
                return False
        return True

    def toggle_bold(self) -> None:
        """Ctrl+B: bold on or off for the selection or what is typed next."""
        self._toggle(bold=True)

    def toggle_italic(self) -> None:
        """Ctrl+I: italic on or off for the selection or what is typed next."""
        self._toggle(bold=False)

    def _anchor_extent(self, cursor: QTextCursor) -> tuple[int, int, str] | None:
        """(start, end, href) of the link the cursor or selection start touches."""
        document = self.document()
        probe = QTextCursor(document)
        pos = cursor.selectionStart()

        def href_at(p: int) -> str | None:
            # The format at p is the one of the character before p.
            if p <= 0 or p > document.characterCount() - 1:
                return None
            probe.setPosition(p)
            fmt = probe.charFormat()
            return fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None

        href = href_at(pos + 1) or href_at(pos)
        if href is None:
            return None
        start = pos + 1 if href_at(pos + 1) == href else pos
        while start > 0 and href_at(start) == href:
            start -= 1
        end = pos if href_at(pos) == href else pos + 1
        while end < document.characterCount() - 1 and href_at(end + 1) == href:
            end += 1
        block = document.findBlock(start)
        block_end = block.position() + block.length() - 1
        return start, min(end, block_end), href

    def edit_link(self) -> None:
        """Ctrl+K: make the selection a link, or change or remove the link at the cursor."""
        if self.isReadOnly():
            return
        cursor = self.textCursor()
        extent = self._anchor_extent(cursor)
        if extent is not None:
            cursor.setPosition(extent[0])
            cursor.setPosition(extent[1], QTextCursor.MoveMode.KeepAnchor)
            address = extent[2]
        else:
            address = ""
        text = cursor.selectedText().replace(LINE_SEPARATOR, " ").replace("\u2029", " ")
        dialog = LinkDialog(text, address, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.removed:
            self.set_link(cursor, None)
            return
        new_text, new_address = dialog.values()
        self.set_link(cursor, new_address, new_text)

    def set_link(self, cursor: QTextCursor, address: str | None,
                 text: str | None = None) -> None:
        """Make the cursor's selection (replaced by *text* if given) a link, or plain."""
        cursor.beginEditBlock()
        if text is not None and text != cursor.selectedText():
            base = QTextCharFormat(cursor.charFormat() if not cursor.hasSelection() else
                                   self._first_format(cursor))
            _clear_anchor(base)
            if address is not None:
                _make_anchor(base, address)
            cursor.insertText(text, base)
            cursor.setPosition(cursor.position() - len(text), QTextCursor.MoveMode.KeepAnchor)
        else:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            probe = QTextCursor(self.document())
            for pos in range(start, end):
                probe.setPosition(pos)
                probe.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat(probe.charFormat())
                _clear_anchor(fmt)
                if address is not None:
                    _make_anchor(fmt, address)
                probe.setCharFormat(fmt)
        cursor.endEditBlock()
        # What is typed right after a link is plain, as in Word.
        after = QTextCursor(cursor)
        after.clearSelection()
        after.setPosition(cursor.selectionEnd())
        plain = QTextCharFormat(after.charFormat())
        _clear_anchor(plain)
        self.setTextCursor(after)
        self.setCurrentCharFormat(plain)

    @staticmethod
    def _first_format(cursor: QTextCursor) -> QTextCharFormat:
        probe = QTextCursor(cursor.document())
        probe.setPosition(cursor.selectionStart() + 1)
        return probe.charFormat()

    # ------------------------------------------------------------------ bullets

    def toggle_bullet(self) -> None:
        """Ctrl+Shift+L (Word's List Bullet): the selected paragraphs become bullets or not."""
        if self.single_line or self.isReadOnly():
            return
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        make = _level_of(first) is None
        cursor.beginEditBlock()
        block = first
        while block.isValid():
            self._set_level(block, 0 if make else None)
            if block == last:
                break
            block = block.next()
        cursor.endEditBlock()

    def _set_level(self, block: QTextBlock, level: int | None) -> None:
        """Put *block* in the bullet list of *level* (None: a paragraph)."""
        current = _text_list(block)
        if current is not None:
            current.remove(block)
        cursor = QTextCursor(block)
        fmt = block.blockFormat()
        fmt.setIndent(0)
        cursor.setBlockFormat(fmt)
        if level is None:
            return
        previous = block.previous()
        while (previous_list := _text_list(previous)) is not None:
            if _level_of(previous) == level:
                previous_list.add(block)
                return
            if level == 1 and _level_of(previous) == 0:
                break
            previous = previous.previous()
        cursor.createList(_list_format(level))

    def _change_level(self, delta: int) -> bool:
        """Tab / Shift+Tab in a bullet: nest it or bring it out; False when not a bullet."""
        block = self.textCursor().block()
        level = _level_of(block)
        if level is None or self.isReadOnly():
            return False
        wanted = level + delta
        if wanted < 0:
            self._set_level(block, None)
        elif wanted <= 1 and wanted != level:
            if wanted == 1 and _level_of(block.previous()) is None:
                return True  # Markdown cannot nest a bullet under nothing
            self._set_level(block, wanted)
        return True

    # ------------------------------------------------------------------- events

    _OWN_KEYS = ("Ctrl+B", "Ctrl+I", "Ctrl+K", "Ctrl+Shift+L")

    def event(self, event: QEvent) -> bool:
        """Keep our shortcuts from the window's (Qt would use Ctrl+K to delete a line)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(QKeySequence(k)) == QKeySequence.SequenceMatch.ExactMatch
                   for k in self._OWN_KEYS):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Our shortcuts, Enter in one-line fields, Tab in bullets, "- " makes a bullet."""
        pressed = QKeySequence(event.keyCombination())
        for action in (self.bold_action, self.italic_action, self.link_action,
                       self.bullet_action):
            if pressed.matches(action.shortcut()) == QKeySequence.SequenceMatch.ExactMatch:
                if action.isVisible():
                    action.trigger()
                event.accept()
                return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.single_line:
            self.committed.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Tab and self._change_level(+1):
            event.accept()
            return
        if key == Qt.Key.Key_Backtab and self._change_level(-1):
            event.accept()
            return
        cursor = self.textCursor()
        if (key == Qt.Key.Key_Space and not self.single_line and not cursor.hasSelection()
                and not self.isReadOnly() and _level_of(cursor.block()) is None
                and cursor.positionInBlock() == 1 and cursor.block().text() == "-"):
            # Word's AutoFormat: "- " at the start of a paragraph starts a bullet list.
            cursor.beginEditBlock()
            cursor.deletePreviousChar()
            self._set_level(cursor.block(), 0)
            cursor.endEditBlock()
            event.accept()
            return
        if event.text() and not cursor.hasSelection():
            fmt = self.currentCharFormat()
            if fmt.isAnchor() and not self._link_continues(cursor):
                _clear_anchor(fmt)
                self.setCurrentCharFormat(fmt)
        super().keyPressEvent(event)

    def _link_continues(self, cursor: QTextCursor) -> bool:
        """Whether the character after the cursor belongs to the same link."""
        if cursor.atBlockEnd():
            return False
        probe = QTextCursor(cursor)
        probe.movePosition(QTextCursor.MoveOperation.NextCharacter)
        after = probe.charFormat()
        return after.isAnchor() and after.anchorHref() == cursor.charFormat().anchorHref()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field commits it (the binding decides whether anything changed)."""
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.committed.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The standard menu plus the formatting the stored format holds."""
        menu = self.createStandardContextMenu(event.pos())
        if not self.isReadOnly():
            menu.addSeparator()
            menu.addAction(self.bold_action)
            menu.addAction(self.italic_action)
            menu.addAction(self.link_action)
            if not self.single_line:
                menu.addAction(self.bullet_action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -------------------------------------------------------------------- paste

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste keeps only what the format holds: the plain text, cleaned."""
        if self.isReadOnly() or not source.hasText():
            return
        text = clean(source.text())
        cursor = self.textCursor()
        fmt = QTextCharFormat(self.currentCharFormat())
        _clear_anchor(fmt)
        cursor.beginEditBlock()
        if self.single_line:
            cursor.insertText(" ".join(text.split("\n")), fmt)
        else:
            for i, line in enumerate(text.split("\n")):
                if i:
                    cursor.insertBlock()
                cursor.insertText(line.replace(LINE_SEPARATOR, " "), fmt)
        cursor.endEditBlock()
        self.ensureCursorVisible()

    # ------------------------------------------------------------------- height

    def _line_height(self) -> float:
        return float(self.fontMetrics().lineSpacing())

    def _fit_height(self, *_args: object) -> None:
        """Grow with the text between min_lines and max_lines (no inner scrolling)."""
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom()
        doc_margin = 2 * self.document().documentMargin()
        content = self.document().size().height()
        low = self.min_lines * self._line_height() + doc_margin
        high = self.max_lines * self._line_height() + doc_margin
        height = int(min(max(content, low), high) + frame + 1)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()
        # The document is laid out again for the new width only later.
        QTimer.singleShot(0, self._fit_height)

    def setReadOnly(self, read_only: bool) -> None:
        """Read-only fields look it: the window background instead of the base colour."""
        super().setReadOnly(read_only)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction if read_only
            else Qt.TextInteractionFlag.TextEditorInteraction)
        palette = self.palette()
        role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
        palette.setBrush(QPalette.ColorRole.Base, QPalette().brush(role))
        self.setPalette(palette)

