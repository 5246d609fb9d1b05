"""Finds the top-level ``resources/`` and ``i18n/`` folders wherever the program runs.

An installed wheel carries them inside the package (hatchling's force-include maps them
to ``insatsplan/resources`` and ``insatsplan/i18n``); an editable install and a checkout
do not, so there they are found two levels above the package, in the source tree.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _find(name: str) -> Path:
    installed = PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    checkout = PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Insatsplan's {name} folder is missing (looked in {installed} "
                            f"and {checkout}); the installation is incomplete.")


def resources_dir() -> Path:
    return _find("resources")


def i18n_dir() -> Path:
    return _find("i18n")
