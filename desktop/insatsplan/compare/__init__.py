"""Comparing two plans: which nodes were added, removed, moved or changed, and how.

Qt-free and database-free: everything here works on exchange-shaped plan dicts
(:func:`insatsplan.content.plan_dict`), so the CLI, the editor's comparison view and
the Word tracked-changes export all read one comparison.

- :mod:`.words` splits a text change into word-level insertions and deletions;
- :mod:`.matching` pairs the nodes of two plans (UUID, origin UUID, text similarity);
- :mod:`.plan_diff` turns the pairs into the list of changes.
"""

from insatsplan.compare.matching import match_nodes
from insatsplan.compare.plan_diff import Comparison, FieldChange, NodeChange, compare_plans
from insatsplan.compare.words import WordOp, word_diff

__all__ = [
    "Comparison",
    "FieldChange",
    "NodeChange",
    "WordOp",
    "compare_plans",
    "match_nodes",
    "word_diff",
]
