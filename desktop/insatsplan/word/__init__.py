"""Word documents made from a plan: the agreement (Överenskommelse) today.

python-docx is heavy to import, so this package's ``__init__`` imports nothing from it:
the editor starts without it and loads it at the first export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["KINDS", "export_agreement", "export_document"]

#: Document kinds ``export-word --kind`` accepts.
KINDS = ("agreement",)


def export_agreement(document: dict[str, Any], out: Path, *, template: Path | None = None,
                     pdf: Path | None = None) -> Path:
    """Write the agreement of one plan (an exchange dict) to *out*; see
    :func:`insatsplan.word.agreement.export_agreement`."""
    from insatsplan.word.agreement import export_agreement as export

    return export(document, out, template=template, pdf=pdf)


def export_document(document: dict[str, Any], out: Path, *, kind: str = "agreement",
                    template: Path | None = None, pdf: Path | None = None) -> Path:
    """Write the Word document of *kind* for one plan; only ``agreement`` exists yet."""
    if kind != "agreement":
        raise ValueError(f"unknown document kind {kind!r}")
    return export_agreement(document, out, template=template, pdf=pdf)
