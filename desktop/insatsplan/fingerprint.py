"""The fingerprint of a plan's content: SHA-256 over a frozen, versioned field list.

A signed PDF carries the fingerprint, so it must only change when the *content* changes:
never ids, UUIDs, timestamps, status, signing date, evaluations or measurements. The
field list below is ``fp1``; it is written out explicitly (not derived from the exchange
format) so that a change of the exchange format cannot silently change printed
fingerprints. Changing it means a new list, ``fp2``, beside this one.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any, Final

VERSION: Final = "fp1"

FP1_PLAN_FIELDS: Final = (
    "title",
    "subtitle",
    "year_from",
    "year_to",
    "kind",
    "preamble",
    "basis",
    "coordinator",
    "reporting_deadline",
)
FP1_PARTY_FIELDS: Final = ("organisation_code", "organisation_name")
FP1_SIGNATORY_FIELDS: Final = ("name", "title", "organisation_code", "organisation_name")
FP1_NODE_FIELDS: Final = ("kind", "title", "text", "horizon", "fields")
# Node fields the exchange format may leave out: an empty value ("text": "", "fields": {})
# means the same as a missing one, and the workspace itself always leaves them out, so
# treating them alike changes no fingerprint the workspace has produced.
FP1_OPTIONAL_NODE_FIELDS: Final = ("text", "horizon", "fields")
FP1_INDICATOR_FIELDS: Final = ("direction", "data_source", "baseline", "target", "levels")
FP1_SERIES_FIELDS: Final = ("name", "unit")


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


def _pick(source: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {name: source.get(name) for name in names}


def canonical_content(document: dict[str, Any]) -> dict[str, Any]:
    """The fp1 view of an exchange document (see :mod:`insatsplan.content`)."""
    plan = document["plan"]
    series = {s["uuid"]: s for s in document.get("series", [])}

    def node(item: dict[str, Any]) -> dict[str, Any]:
        out = _pick(item, FP1_NODE_FIELDS)
        for name in FP1_OPTIONAL_NODE_FIELDS:
            # The workspace leaves these out when empty; a file may write "" or {}.
            if out[name] in ("", {}):
                out[name] = None
        spec = item.get("indicator")
        if spec is not None:
            out["indicator"] = _pick(spec, FP1_INDICATOR_FIELDS)
            out["indicator"]["series"] = _pick(
                series.get(spec["series_uuid"], {}), FP1_SERIES_FIELDS
            )
        out["children"] = [node(child) for child in item.get("children", [])]
        return out

    content = _pick(plan, FP1_PLAN_FIELDS)
    content["parties"] = [_pick(p, FP1_PARTY_FIELDS) for p in plan.get("parties", [])]
    content["signatories"] = [_pick(s, FP1_SIGNATORY_FIELDS) for s in plan.get("signatories", [])]
    content["children"] = [node(child) for child in plan.get("children", [])]
    return {"fingerprint": VERSION, "plan": _nfc(content)}


def fingerprint(document: dict[str, Any]) -> str:
    """``fp1:`` and 64 hex digits."""
    canonical = json.dumps(
        canonical_content(document), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return f"{VERSION}:{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"


def grouped(value: str) -> str:
    """The hex digits in groups of four, as the document prints them."""
    digits = value.split(":", 1)[-1]
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
