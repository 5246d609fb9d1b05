"""The one allow-list of link targets that may become clickable in what the program writes.

A link in a plan's text is data; it becomes dangerous only where a reader can click it:
in the Word agreement and the PDF made from it. Word and Windows hand a clicked target
to whatever program claims its scheme, and several schemes start programs or reach
file shares without a question (``ms-msdt:``, ``search-ms:``, ``smb:``, ``file:``,
``ms-officecmd:``, ...). A deny-list of those is never complete, so this is an
allow-list: web addresses and e-mail addresses, nothing else. Every place that writes a
hyperlink relationship (the agreement's text, the links a template brings along) asks
:func:`link_target`; a target it refuses is written as plain text instead.

The check is strict on purpose: the scheme must be written with ASCII letters only and
stand at the very start. Browsers and Windows drop tabs, line breaks and leading control
characters from an address, so ``"java\\tscript:"`` or ``"\\x01javascript:"`` must not
be read as a harmless relative link and pass; they have no valid scheme, so they fail.
"""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from typing import Final

#: The schemes that may become clickable links, in lower case.
ALLOWED_SCHEMES: Final = frozenset({"http", "https", "mailto"})

#: An RFC 3986 scheme and its colon at the very start, ASCII only.
_SCHEME: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):", re.ASCII)

#: What a relationship target may hold as it is; anything else (spaces, å) is %-encoded.
_URL_SAFE: Final = "!#$%&'()*+,-./:;=?@[]_~"


def link_target(url: object) -> str | None:
    """The hyperlink target to write for *url*, or None when it must not be a link.

    Allowed: ``http``/``https`` with a host and ``mailto`` with an address, the scheme
    in any letter case (written back in lower case). The returned target is NFC, without
    surrounding whitespace, non-ASCII and spaces %-encoded: a form Word and LibreOffice
    both accept. Anything else (another scheme, no scheme, a relative path, a scheme
    broken by whitespace or control characters) gives None.
    """
    if not isinstance(url, str):
        return None
    text = unicodedata.normalize("NFC", url).strip()
    match = _SCHEME.match(text)
    if match is None:
        return None
    scheme = match.group(1).lower()
    if scheme not in ALLOWED_SCHEMES:
        return None
    rest = text[match.end():]
    if scheme == "mailto":
        if not rest.strip():
            return None
    elif not _has_host(rest):
        return None
    return urllib.parse.quote(scheme + ":" + rest, safe=_URL_SAFE)


def _has_host(rest: str) -> bool:
    """Whether the part after ``http:``/``https:`` starts with ``//`` and a host name."""
    if not rest.startswith("//"):
        return False
    try:
        return bool(urllib.parse.urlsplit("http:" + rest).hostname)
    except ValueError:  # a malformed IPv6 literal, a bad port
        return False


def is_allowed(url: object) -> bool:
    """Whether *url* may become a clickable link (see :func:`link_target`)."""
    return link_target(url) is not None


#: A run of %-encoded bytes above ASCII: what :func:`link_target` made of letters like å.
_ENCODED_LETTERS: Final = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def readable_link(target: str) -> str:
    """*target* with its %-encoded non-ASCII letters as letters again, as a person typed
    them (``…?c=%C3%A5`` → ``…?c=å``): the inverse of :func:`link_target`'s encoding for
    what a Word import reads back. Both forms are the same address; only printable,
    non-space characters are decoded, so ASCII escapes (``%20``, ``%2F``) and byte runs
    that are not UTF-8 stay as they are and the address never changes meaning."""
    def letters(match: re.Match[str]) -> str:
        try:
            text = bytes.fromhex(match[0].replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return match[0]
        if all(c.isprintable() and not c.isspace() for c in text):
            return unicodedata.normalize("NFC", text)
        return match[0]
    return _ENCODED_LETTERS.sub(letters, target) if "%" in target else target
