"""The one error type for people, and the Qt-free marker that lets lupdate collect messages.

Code below the UI must not import Qt, yet its messages must reach ``pyside6-lupdate``
and be shown translated. ``QT_TRANSLATE_NOOP`` has the same name and signature as Qt's
macro, so lupdate's Python parser collects the strings; the shim returns the English
source unchanged and the place that shows the message translates it (``QTranslator`` in
the UI, :mod:`insatsplan.translations` in the CLI).
"""

from __future__ import annotations

from collections.abc import Callable

ERRORS_CONTEXT = "Errors"

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark *source* for translation in *context* and return it unchanged."""
    return source


def untranslated(context: str, source: str) -> str:
    """The identity translation: English source strings as they are."""
    return source


def _filled(context: str, source: str, params: dict[str, object],
            translate: Translate) -> str:
    """*source* translated and filled in; parameters that are messages themselves
    (:class:`UserMessage`, :class:`UserError`) are translated with it. A broken
    translation must never hide the message: it falls back to the English source."""
    values = {name: value.text(translate) if isinstance(value, UserMessage | UserError)
              else value for name, value in params.items()}
    try:
        return translate(context, source).format(**values)
    except (KeyError, IndexError, ValueError):
        return source.format(**values)


class UserError(Exception):
    """A mistake a person can fix, or an unusable file: one line for a person, never a traceback.

    *message* is an English source string marked with ``QT_TRANSLATE_NOOP("Errors", ...)``
    holding ``{name}`` placeholders; *params* fill them after translation, so the
    translator sees one stable string whatever the file name or value is.
    """

    exit_code = 2

    def __init__(self, message: str, /, **params: object) -> None:
        # Positional-only: a placeholder may itself be called "message" (argparse's).
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self, translate: Translate = untranslated) -> str:
        """The message in the language *translate* gives, with its values filled in."""
        return _filled(ERRORS_CONTEXT, self.message, self.params, translate)


class WorkspaceLockedError(UserError):
    """Another process holds the workspace for writing."""

    exit_code = 3


class DamagedWorkspaceError(UserError):
    """The file is damaged or not an Insatsplan workspace at all.

    A subclass so the editor can offer the latest backup or another file instead of only
    showing the message; the CLI treats it like any other :class:`UserError`.
    """


class NewerWorkspaceError(UserError):
    """A newer Insatsplan wrote the file; this version cannot read its schema."""


class SealedPlanError(UserError):
    """The plan is signed or sent for signature; its content cannot change."""


class UserMessage:
    """A notice for people that is not a failure (strays moved aside, a backup that failed).

    Marked and filled like :class:`UserError`: the CLI prints it as one line on stderr
    without changing the exit code, the editor shows it once.
    """

    context = ERRORS_CONTEXT

    def __init__(self, message: str, /, **params: object) -> None:
        self.message = message
        self.params = params

    def text(self, translate: Translate = untranslated) -> str:
        """In the language *translate* gives; a parameter that is itself a message (a
        part of a sentence, or an error given as the reason) is translated the same way."""
        return _filled(self.context, self.message, self.params, translate)

    def __str__(self) -> str:
        return self.text()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UserMessage) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


class Finding(UserMessage):
    """One thing ``check`` found, one line: marked ``QT_TRANSLATE_NOOP("Check", ...)``
    so that the CLI prints it in its language."""

    context = "Check"


class ReadOnlyPlaceError(UserError):
    """The workspace is in a read-only folder or on read-only media: it can only be read.

    A subclass so the editor can open it for reading instead of only showing the message.
    """
