"""The type checker and the linter are part of the suite: ``mypy --strict`` over the
package and ``ruff`` over package and tests are clean.

Configured in pyproject.toml (``[tool.mypy]``), so ``python -m mypy`` in a checkout
checks exactly what this test checks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=REPO, capture_output=True, text=True, check=False, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    """The lint rules of pyproject.toml hold for the package and the tests."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "desktop", "tests"],
        cwd=REPO, capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
