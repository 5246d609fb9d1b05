"""Why a file cannot be imported as a Word document: one :class:`UserError` subclass each.

Subclasses, so the editor can react to a kind (offer to convert an old ``.doc`` with
LibreOffice) and tests can tell the cases apart; the CLI prints any of them as one line
and exits 2. The messages name the file by its name and say what to do.
"""

from __future__ import annotations

from typing import Final

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError

MSG_NOT_WORD: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not a Word document; choose a file saved as .docx by Word, "
    "LibreOffice or another word processor.")
MSG_OLD_WORD_CONVERTIBLE: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is an old Word 97–2003 document (.doc), which cannot be imported as "
    "it is; LibreOffice can convert it to .docx first.")
MSG_OLD_WORD: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is an old Word 97–2003 document (.doc), which cannot be imported as "
    "it is; open it in Word, save it as a Word document (.docx) and import that.")
MSG_ENCRYPTED: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is password-protected (encrypted), so its text cannot be read; open "
    "it in Word, remove the password, save a copy and import that.")
MSG_DAMAGED: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is damaged or incomplete and cannot be read as a Word document; "
    "open it in Word or LibreOffice, save it again as .docx and import that.")
MSG_NO_DOCUMENT: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is a zip file but holds no Word document text (word/document.xml "
    "is missing); choose a .docx file.")
MSG_MALFORMED: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is damaged: its part {part} is not well-formed XML ({reason}); open "
    "it in Word, save it again as .docx and import that.")
MSG_TOO_LARGE: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is larger than {limit} MB, far larger than a Word document of text; "
    "it is not imported.")
MSG_UNPACKS_TOO_LARGE: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} would unpack to more than {limit} MB or has too many parts, far more "
    "than a Word document of text; it is not imported.")
MSG_BOMB: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} holds a part ({part}) packed {ratio} times tighter than Word packs "
    "anything; it is refused as a possible zip bomb.")
MSG_DTD: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} contains a document type declaration in {part}, which Word files "
    "never have (it could make the reader fetch or expand other content); it is refused.")
MSG_EMPTY: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} holds no text to import: the document is empty.")
MSG_CONVERT_FAILED: Final = QT_TRANSLATE_NOOP(
    "Errors", "LibreOffice could not convert {file} to .docx; open it in Word, save it as a "
    "Word document (.docx) and import that.")
MSG_CONVERT_TIMEOUT: Final = QT_TRANSLATE_NOOP(
    "Errors", "LibreOffice did not convert {file} within {seconds} seconds and was stopped.")


class WordImportError(UserError):
    """A file that cannot be imported as a Word document (the base of the kinds below)."""


class NotWordError(WordImportError):
    """Not a zip package at all (and not an old Word file either)."""


class OldWordFormatError(WordImportError):
    """A Word 97–2003 binary ``.doc``. *convertible* says whether LibreOffice is here to
    convert it (:func:`insatsplan.word_import.convert.convert_doc`)."""

    def __init__(self, message: str, /, *, convertible: bool, **params: object) -> None:
        self.convertible = convertible
        super().__init__(message, **params)


class PasswordProtectedError(WordImportError):
    """An encrypted ``.docx`` (an OLE container with an ``EncryptedPackage`` stream)."""


class DamagedWordError(WordImportError):
    """A damaged or truncated package, one without ``word/document.xml``, or malformed XML."""


class UnsafeWordError(WordImportError):
    """Refused for safety: a zip bomb, a DTD or entity declarations, too large to unpack."""


class TooLargeWordError(WordImportError):
    """The file itself is over the import's size limit."""


class EmptyWordError(WordImportError):
    """A readable document without any visible text."""


class ConversionError(WordImportError):
    """LibreOffice could not convert an old ``.doc``."""
