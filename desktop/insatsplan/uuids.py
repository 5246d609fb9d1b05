"""UUIDs as people type them, in the form the workspace stores.

The workspace keeps every UUID in canonical lower-case 8-4-4-4-12 form (the exchange
schema requires it), but a person copies one from wherever they saw it: Word's
bookmark names, a spreadsheet that upper-cased it, a log with braces. Each place that
looks a plan, node or series up by a typed reference reads it through here, so all of
them accept the same spellings.
"""

from __future__ import annotations

import uuid


def canonical_uuid(text: str) -> str:
    """*text* in canonical UUID form when it spells a UUID (any case, with or without
    hyphens, braces or a ``urn:uuid:`` prefix), else *text* stripped and unchanged, so
    a caller can go on to read it as a title or a name."""
    stripped = text.strip()
    try:
        return str(uuid.UUID(stripped))
    except ValueError:
        return stripped
