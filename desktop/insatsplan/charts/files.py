"""What a chart file may be: its format by extension and its size in pixels.

Qt-free, so ``insatsplan chart`` refuses a bad ``--out`` or ``--width`` at once, before
it opens the workspace or spends half a second loading Qt and pyqtgraph.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError

ChartFormat = Literal["png", "svg"]

DEFAULT_SIZE: Final = (1600, 900)
MAX_PIXELS: Final = 10_000
"""Largest width or height a chart may have (a 10,000² image is 400 MB in memory)."""

MSG_SIZE: Final = QT_TRANSLATE_NOOP(
    "Errors",
    "A chart must be between 1 and {limit} pixels wide and high, not {width}×{height}.")
MSG_FORMAT: Final = QT_TRANSLATE_NOOP(
    "Errors", "A chart is written as .png or .svg, not {name}.")


def chart_format(path: Path) -> ChartFormat:
    """PNG or SVG by *path*'s extension (any case); anything else is refused."""
    suffix = Path(path).suffix.lower()
    if suffix == ".png":
        return "png"
    if suffix == ".svg":
        return "svg"
    raise UserError(MSG_FORMAT, name=Path(path).name)


def check_size(width: int, height: int) -> None:
    if not (0 < width <= MAX_PIXELS and 0 < height <= MAX_PIXELS):
        raise UserError(MSG_SIZE, limit=MAX_PIXELS, width=width, height=height)
