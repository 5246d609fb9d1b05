"""The words for an evaluation's status, one set for the editor, the Uppföljning view and
the report: *planerad*, *pågår*, *genomförd*, *uppskjuten*, *inställd*, and *ingen
utvärdering* for an activity nobody has evaluated for the period.

Marked for translation, translated where shown (context ``FollowUp``); no Qt here.
"""

from __future__ import annotations

from typing import Final

from insatsplan.errors import QT_TRANSLATE_NOOP

__all__ = ["EVALUATION_WORDS"]

#: status (``model.EVALUATION_STATUSES`` and ``reads.NO_EVALUATION``) → English source
EVALUATION_WORDS: Final[dict[str, str]] = {
    "planned": QT_TRANSLATE_NOOP("FollowUp", "planned"),
    "ongoing": QT_TRANSLATE_NOOP("FollowUp", "ongoing"),
    "done": QT_TRANSLATE_NOOP("FollowUp", "done"),
    "postponed": QT_TRANSLATE_NOOP("FollowUp", "postponed"),
    "cancelled": QT_TRANSLATE_NOOP("FollowUp", "cancelled"),
    "none": QT_TRANSLATE_NOOP("FollowUp", "no evaluation"),
}
