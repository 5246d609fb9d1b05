"""Translations for the headless CLI, read from the shipped Qt Linguist ``.ts`` files without Qt.

The UI loads compiled ``.qm`` files with ``QTranslator``; the CLI must not import Qt (it runs
on servers and in scripts where Qt's libraries may be missing or slow to load), yet its
messages must be in the same language as the UI's. The ``.ts`` source files ship next to the
``.qm`` files and are plain XML, so the CLI reads those with :mod:`xml.etree.ElementTree`.

Swedish is the default language. A translation problem must never hide a message, so every
failure here falls back to the English source text.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from insatsplan.errors import untranslated

DEFAULT_LANGUAGE = "sv"
LANGUAGE_ENV = "INSATSPLAN_LANG"
TS_FILE_PATTERN = "insatsplan_{lang}.ts"

# Entries Qt's own tools treat as "no translation": lrelease -nounfinished leaves them out.
_SKIPPED_TYPES = frozenset({"unfinished", "obsolete", "vanished"})
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}", re.ASCII)


class Catalog:
    """The finished translations of one ``.ts`` file: ``{(context, source): translation}``.

    Lookups match how ``QTranslator`` answers ``translate(context, source)`` without a
    disambiguation: only messages without a ``<comment>`` count, and the first form of a
    plural (``<numerusform>``) or length variant stands for the message.
    """

    def __init__(self, messages: dict[tuple[str, str], str] | None = None) -> None:
        self._messages: dict[tuple[str, str], str] = dict(messages or {})

    @classmethod
    def load(cls, path: Path) -> Catalog:
        """Read *path*, a Qt Linguist ``.ts`` file.

        Raises :class:`OSError` if it cannot be read, :class:`xml.etree.ElementTree.ParseError`
        if it is not XML and :class:`ValueError` if it is XML but not a ``.ts`` file: callers
        decide whether that is fatal (a build check) or not (:func:`cli_translator`).
        """
        root = ET.parse(path).getroot()
        if root.tag != "TS":
            raise ValueError(f"{path}: not a Qt Linguist .ts file (root element <{root.tag}>)")
        messages: dict[tuple[str, str], str] = {}
        for context in root.iter("context"):
            context_name = context.findtext("name") or ""
            for message in context.iter("message"):
                if (message.findtext("comment") or "") != "":
                    continue
                source = message.find("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in _SKIPPED_TYPES:
                    continue
                text = _translation_text(translation)
                if text:
                    messages.setdefault((context_name, source.text or ""), text)
        return cls(messages)

    def translate(self, context: str, source: str) -> str:
        """The translation of *source* in *context*, or *source* itself if there is none."""
        return self._messages.get((context, source), source)

    def __len__(self) -> int:
        return len(self._messages)

    def __contains__(self, key: object) -> bool:
        return key in self._messages


def _translation_text(translation: ET.Element) -> str:
    """The text of a ``<translation>``: the first plural form or length variant if it has any."""
    for tag in ("numerusform", "lengthvariant"):
        form = translation.find(tag)
        if form is not None:
            return form.text or ""
    return translation.text or ""


def normalize_language(lang: str) -> str:
    """``"sv_SE.UTF-8"``, ``"sv-SE"`` and ``"SV"`` all mean ``"sv"``; the files are per language.

    Returns ``""`` for anything that is not a language code, so a stray environment value can
    never become part of a file path.
    """
    code = re.split(r"[-_.@]", lang.strip(), maxsplit=1)[0].lower()
    return code if _LANGUAGE_RE.fullmatch(code) else ""


def cli_translator(
    lang: str | None = None, *, i18n_dir: Path | None = None
) -> Callable[[str, str], str]:
    """The ``translate(context, source)`` function the CLI shows its messages through.

    The language is *lang*, else ``$INSATSPLAN_LANG``, else Swedish. English is the source
    language, so ``"en"`` is the identity. The ``.ts`` file is found in *i18n_dir*, by
    default :func:`insatsplan.resources.i18n_dir` (imported here, not at module level, so
    that importing this module stays cheap and free of resource lookups). If the language
    is unknown or its file is missing or damaged, the messages stay in English: the person
    still needs to read the error, and a warning about translations would only add noise.
    """
    chosen = lang if lang is not None else os.environ.get(LANGUAGE_ENV, "")
    code = normalize_language(chosen) if chosen.strip() else DEFAULT_LANGUAGE
    if code in ("", "en"):
        return untranslated
    try:
        if i18n_dir is None:
            from insatsplan.resources import i18n_dir as shipped_i18n_dir

            i18n_dir = shipped_i18n_dir()
        catalog = _cached_catalog(i18n_dir / TS_FILE_PATTERN.format(lang=code))
    except (OSError, ET.ParseError, ValueError):
        return untranslated
    return catalog.translate


#: Catalogues read in this process, by path, with the file's modification time and size
#: when read: a command that prints thousands of lines asks for the translator once per
#: line, and reading the catalogue took about 20 ms each time. A changed or swapped file
#: (another ``i18n_dir``, an edited ``.ts``) is read again.
_CATALOGS: dict[Path, tuple[tuple[int, int], Catalog]] = {}


def _cached_catalog(path: Path) -> Catalog:
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    held = _CATALOGS.get(path)
    if held is not None and held[0] == stamp:
        return held[1]
    catalog = Catalog.load(path)
    _CATALOGS[path] = (stamp, catalog)
    return catalog
