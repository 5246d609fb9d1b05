"""The document kinds registry: what the CLI, the editor and the tests list."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from insatsplan.model import PLAN_KINDS
from insatsplan.word import kinds

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"


def test_every_plan_kind_has_a_default_document() -> None:
    assert kinds.kind_for_plan("agreement") is kinds.AGREEMENT
    assert kinds.kind_for_plan("plan_and_report") is kinds.PLAN_AND_REPORT
    assert set(kinds.DEFAULT_FOR_PLAN) == set(PLAN_KINDS)
    assert kinds.kind_for_plan("something else") is kinds.AGREEMENT


def test_only_the_agreement_is_sealed_and_follow_up_kinds_need_their_input() -> None:
    assert [k.key for k in kinds.KINDS.values() if k.sealed] == ["agreement"]
    assert {k.key for k in kinds.KINDS.values() if k.follow_up} == {
        "report", "plan_and_report"}


def test_listing_the_kinds_loads_no_python_docx() -> None:
    """The editor lists the kinds in its menu at start-up; python-docx loads at export."""
    code = ("import sys; import insatsplan.word; from insatsplan.word import kinds; "
            "print('docx' in sys.modules, 'lxml' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True,
                            env={**os.environ, "PYTHONPATH": str(DESKTOP)})
    assert result.stdout.split() == ["False", "False"], result.stdout
