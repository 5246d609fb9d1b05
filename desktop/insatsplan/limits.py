"""Limits shared by the workspace API, the exchange file's check and its JSON Schema.

One place, so that what the editor lets a person build is exactly what an exchange file
may hold: our own export always imports again. Kept free of imports, so the exchange
check can use it without loading the workspace. A test holds the schema to these values.
"""

from __future__ import annotations

from typing import Final

MAX_NODE_DEPTH: Final = 10
"""Deepest node of a plan, counting the focus area (1) and the topic (2): goals may nest
eight levels below a topic. Agreements use three or four; the limit keeps every recursive
walk (import, export, fingerprint, Word) far from Python's recursion limit."""

MAX_PARTICIPANTS: Final = 1_000_000_000
"""Most participants an evaluation records: more people than live in Sweden, and within
SQLite's 64-bit integers, so no count a person types can overflow the file."""

MAX_DATABASE_ID: Final = 2**63 - 1
"""Largest row id SQLite stores; a larger number names no row (and must not reach SQLite,
whose driver raises OverflowError for it)."""
