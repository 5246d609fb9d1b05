"""What a signed PDF says about itself: the Dokument-ID it prints, and the names after it.

The agreement prints the plan's fingerprint under "Dokument-ID" as 64 hex digits in
groups of four, which wrap across lines; an e-signature service appends a page naming
the people who signed. Reading the PDF's text (pypdf, imported only here and only when a
PDF is attached) lets the workspace refuse the signed document of another plan version
before it is stored for good, and lets the editor show a person what was found.

Limits, stated plainly because a person decides on them: the ID in the text says which
content the PDF *claims* to be; it does not prove who signed. A scan has no text and so
no ID to find. The names are lines that look like names, shown for a human to look at,
never checked. Signatures are validated by a PDF reader, not by this program.
"""

from __future__ import annotations

import io
import logging
import re
import time
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final, Literal

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.fingerprint import VERSION, grouped
from insatsplan.word.labels import FINGERPRINT_LABEL

# An agreement has tens of pages; a few hundred leaves room for appendices and signature
# pages while bounding the time a wrongly chosen book-sized PDF can take (~50 ms a page).
MAX_PAGES: Final = 300
# Checked between pages: a page whose content streams are pathological cannot hold the
# editor for long (pypdf itself limits how far a stream may decompress).
MAX_SECONDS: Final = 30.0
MAX_NAMES: Final = 20

# "Dokument-ID", a line break may split it at the hyphen; then optionally ":" and
# "fp1:"; then exactly 64 hex digits with any whitespace between them (the groups wrap).
_ID = re.compile(
    re.escape(FINGERPRINT_LABEL).replace(r"\-", r"-\s*") + r"\s*:?\s*(?:fp1\s*:\s*)?"
    r"((?:[0-9a-fA-F]\s*){63}[0-9a-fA-F])",
    re.IGNORECASE,
)
# Characters text extraction leaves inside words: soft hyphen, zero-width space and
# joiners, word joiner, byte order mark.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_HYPHENS = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013"}
# A name: two to five words of letters (hyphens and apostrophes inside, an initial's
# dot), each capitalised except the nobiliary particles Swedish and other names carry.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_PARTICLES: Final = frozenset({"af", "von", "van", "de", "der", "den", "da", "di", "du", "la"})

Verdict = Literal["match", "different", "none"]


@dataclass(frozen=True)
class PdfFindings:
    """What the text of a PDF says, read before anything is stored.

    *printed_id* is ``fp1:`` and the 64 hex digits printed after "Dokument-ID" (lower
    case), or None when no such text was found (a scan); *names* are the lines that look
    like names on the pages after the page with the ID (an e-signature service's page).
    """

    printed_id: str | None
    names: tuple[str, ...]
    pages: int

    def verdict(self, plan_fingerprint: str | None) -> Verdict:
        """Whether the PDF prints this plan's fingerprint; one rule for API and editor."""
        if self.printed_id is None:
            return "none"
        return "match" if self.printed_id == plan_fingerprint else "different"


def _normalised(text: str) -> str:
    """NFKC, so a font's ligatures come apart: Qt's PDFs print "ff" as one glyph, and
    pypdf extracts it as U+FB00 "ﬀ", which is no hex digit."""
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_HYPHENS)


def printed_ids(text: str) -> list[str]:
    """Every Dokument-ID in *text*, in order, as ``fp1:<hex>`` with whitespace removed."""
    digits = (re.sub(r"\s+", "", m.group(1)).lower() for m in _ID.finditer(_normalised(text)))
    return [f"{VERSION}:{hex_digits}" for hex_digits in digits]


def _name_of(line: str) -> str | None:
    """*line* as a name, or None: "Signerad av: Anna Andersson (BankID)" gives the name."""
    line = re.sub(r"\([^)]*\)|<[^>]*>", " ", line.rsplit(":", 1)[-1])
    words = line.split()
    if not 2 <= len(words) <= 5 or not all(_WORD.fullmatch(w) for w in words):
        return None
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return None
    if not all(w[0].isupper() or w.casefold() in _PARTICLES for w in words):
        return None
    return " ".join(words)


def names_in(pages: list[str]) -> tuple[str, ...]:
    """Distinct lines that look like names, in order, at most :data:`MAX_NAMES`."""
    found: dict[str, None] = {}
    for page in pages:
        for line in _normalised(page).splitlines():
            name = _name_of(line)
            if name is not None:
                found.setdefault(name)
    return tuple(found)[:MAX_NAMES]


def findings_in(pages: list[str]) -> PdfFindings:
    """The Dokument-ID and the names after it, from the text of each page.

    Two different IDs in one PDF cannot be told apart (which plan is it?), so they are
    refused here rather than one of them being picked.
    """
    last_page, ids = -1, []
    for number, text in enumerate(pages):
        found = printed_ids(text)
        if found:
            last_page = number
            ids.extend(found)
    distinct = list(dict.fromkeys(ids))
    if len(distinct) > 1:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The PDF prints two different Dokument-IDs, {first} and {second}, "
            "so which plan it records cannot be told."),
            first=grouped(distinct[0]), second=grouped(distinct[1]))
    names = names_in(pages[last_page + 1:]) if distinct else ()
    return PdfFindings(distinct[0] if distinct else None, names, len(pages))


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf reports damaged files through logging and warnings; a person gets our one
    message instead, so neither may reach stderr (Python's last-resort log handler
    would print them there)."""
    logger = logging.getLogger("pypdf")
    propagate = logger.propagate
    handler = logging.NullHandler()
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _needs_password(name: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is protected by a password; save a copy without the password "
        "and attach that."), path=name)


def _unreadable(name: str, reason: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a PDF: {reason}"),
                     path=name, reason=reason)


def page_texts(data: bytes, name: str) -> list[str]:
    """The text of every page of the PDF *data* (named *name* in messages).

    An encrypted PDF that opens without a password (many only restrict printing or
    copying) is decrypted; one that needs a password, is damaged, has too many pages or
    takes too long is a :class:`UserError`.
    """
    try:
        import pypdf
        from pypdf.errors import DependencyError, FileNotDecryptedError
    except ImportError as error:  # a dependency; only a broken installation lacks it
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Reading PDF files needs the Python package {package}: {reason}"),
            package="pypdf[crypto]", reason=str(error)) from error
    started = time.monotonic()
    with _quiet_pypdf():
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise _needs_password(name)
            count = len(reader.pages)
            if count > MAX_PAGES:
                raise UserError(QT_TRANSLATE_NOOP(
                    "Errors", "{path} has {pages} pages, more than the {limit} a signed "
                    "plan can have; is it really the signed plan?"),
                    path=name, pages=count, limit=MAX_PAGES)
            texts = []
            for page in reader.pages:
                if time.monotonic() - started > MAX_SECONDS:
                    raise UserError(QT_TRANSLATE_NOOP(
                        "Errors", "Reading {path} took longer than {seconds} seconds; is "
                        "it really the signed plan?"), path=name, seconds=int(MAX_SECONDS))
                texts.append(page.extract_text() or "")
        except UserError:
            raise
        except FileNotDecryptedError as error:
            raise _needs_password(name) from error
        except DependencyError as error:
            raise _unreadable(name, str(error)) from error
        except Exception as error:  # pypdf on a damaged file: any error is the file's
            raise _unreadable(name, f"{type(error).__name__}: {error}") from error
    if count == 0:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{path} has no pages."), path=name)
    return texts


def read_findings(data: bytes, name: str) -> PdfFindings:
    """The Dokument-ID and the names after it in the PDF *data*."""
    return findings_in(page_texts(data, name))
