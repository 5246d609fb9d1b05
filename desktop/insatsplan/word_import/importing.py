"""From a file to an :class:`ImportResult`: read, convert an old ``.doc`` when asked,
recognise. The one way the CLI (``import-word``) and the editor (Arkiv → Importera
Word-dokument…) do it, so both refuse and accept the same files with the same words.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.word_import.errors import OldWordFormatError
from insatsplan.word_import.model import ImportResult, WordDocument

MSG_CONVERT_ASKED: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is an old Word 97–2003 document (.doc); run the command again with "
    "--convert to convert it to .docx with LibreOffice and import that.")
MSG_ONE_TOPIC: Final = QT_TRANSLATE_NOOP(
    "Errors", "{reason} Run the command again with --as-one-topic to import it so.")


class ConvertibleDocError(UserError):
    """An old ``.doc`` that LibreOffice, which is here, could convert: the caller may ask
    the person and call :func:`read_document` again with *convert*."""


def read_document(path: Path, *, convert: bool = False) -> WordDocument:
    """The Word file at *path*, read safely; an old ``.doc`` converted first when
    *convert* is given and LibreOffice is here (else :class:`ConvertibleDocError`, or the
    reader's message saying how, when LibreOffice is missing)."""
    from insatsplan.word_import.reader import read_word

    try:
        return read_word(path)
    except OldWordFormatError as error:
        if not error.convertible:
            raise
        if not convert:
            raise ConvertibleDocError(MSG_CONVERT_ASKED, file=Path(path).name) from None
    from insatsplan.word_import.convert import convert_doc

    with tempfile.TemporaryDirectory(prefix="insatsplan-import-") as folder:
        word = read_word(convert_doc(path, Path(folder)))
    return WordDocument(Path(path).name, word.paragraphs, word.properties)


def recognise_document(word: WordDocument, organisations: Mapping[str, str], *,
                       as_one_topic: bool = False) -> ImportResult:
    """The plan *word* holds (:func:`~insatsplan.word_import.recognise.recognise`), or
    with *as_one_topic* the whole document as one topic's text. A document without
    structure raises :class:`~insatsplan.word_import.recognise.NoStructureError`."""
    from insatsplan.word_import.recognise import as_single_topic, recognise

    if as_one_topic:
        return as_single_topic(word)
    return recognise(word, organisations=organisations)
