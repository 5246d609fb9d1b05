"""``insatsplan chart PLAN INDICATOR --out F.png|F.svg [--width PX] [--height PX]``.

The one headless command that loads Qt: it draws offscreen. Files are read back as a
person's program would (PNG header, SVG as XML); mistakes end in one line and exit 2
with nothing written.
"""

from __future__ import annotations

import os
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cli_helpers import digest, run_in
from insatsplan.charts.description import MSG_EMPTY
from insatsplan.translations import cli_translator
from insatsplan.workspace import Workspace

HOMELESS = "Antal personer i akut hemlöshet"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (no image library needed)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "charts"
    folder.mkdir()
    return folder


def test_chart_writes_a_1600_by_900_png_by_default(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, out: Path) -> None:
    target = out / "hemlöshet.png"
    code, stdout, stderr = run_in(capsys, demo_workspace_path, "chart", "1", HOMELESS,
                                  "--out", str(target))
    assert (code, stderr) == (0, "")
    assert stdout.strip() == str(target)
    assert png_size(target) == (1600, 900)


def test_chart_by_uuid_as_svg_of_the_asked_size(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, out: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        indicator = ws.indicator(ws.find_indicator(1, HOMELESS))
    target = out / "chart.svg"
    code, _stdout, stderr = run_in(capsys, demo_workspace_path, "chart", "1",
                                   indicator.node_uuid, "--out", str(target),
                                   "--width", "800", "--height", "500")
    assert (code, stderr) == (0, "")
    root = ET.parse(target).getroot()
    assert (root.get("width"), root.get("height")) == ("800px", "500px")
    texts = {"".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert HOMELESS in texts


def test_an_indicator_without_values_is_an_empty_chart_not_an_error(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, out: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        indicator = ws.indicator(ws.find_indicator(1, "Antal nya kontakter"))
        for row in indicator.series.measurements:
            ws.delete_measurement(indicator.series.id, row.period)
    target = out / "empty.svg"
    code, _stdout, stderr = run_in(capsys, demo_workspace_path, "chart", "1",
                                   "Antal nya kontakter", "--out", str(target))
    assert (code, stderr) == (0, "")
    message = cli_translator()("Charts", MSG_EMPTY)  # in the CLI's language
    texts = {"".join(t.itertext()).strip()
             for t in ET.parse(target).getroot().iter("{http://www.w3.org/2000/svg}text")}
    assert message in texts


def test_an_ambiguous_title_is_exit_2_listing_the_matches(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, out: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        first = ws.indicator(ws.find_indicator(1, HOMELESS))
        other = ws.indicator(ws.find_indicator(1, "Antal nya kontakter"))
        ws.update_node(other.node_id, title=f"**{HOMELESS}**")  # the same in plain text
    code, stdout, stderr = run_in(capsys, demo_workspace_path, "chart", "1", HOMELESS,
                                  "--out", str(out / "x.png"))
    assert code == 2 and stdout == ""
    assert len(stderr.strip().splitlines()) == 1
    assert first.node_uuid in stderr and other.node_uuid in stderr
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(("args", "words"), [
    (["1", HOMELESS, "--out", "{out}/x.jpg"], "x.jpg"),
    (["1", HOMELESS, "--out", "{out}/x"], ".png"),
    (["1", HOMELESS, "--out", "{out}/x.png", "--width", "0"], "0×900"),
    (["1", HOMELESS, "--out", "{out}/x.png", "--height", "20000"], "1600×20000"),
    (["1", HOMELESS, "--out", "{out}/x.png", "--width", "wide"], "--width"),
    (["1", "Ingen sådan indikator", "--out", "{out}/x.png"], "Ingen sådan indikator"),
    (["99", HOMELESS, "--out", "{out}/x.png"], "99"),
])
def test_mistakes_are_exit_2_with_one_line_and_nothing_written(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, out: Path,
        args: list[str], words: str) -> None:
    code, stdout, stderr = run_in(capsys, demo_workspace_path, "chart",
                                  *(a.format(out=out) for a in args))
    assert code == 2 and stdout == ""
    assert len(stderr.strip().splitlines()) == 1 and words in stderr
    assert list(out.iterdir()) == []


def test_a_read_only_chart_is_left_unchanged(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, out: Path) -> None:
    target = out / "kept.png"
    target.write_bytes(b"kept")
    target.chmod(stat.S_IRUSR)
    before = digest(target)
    code, _stdout, stderr = run_in(capsys, demo_workspace_path, "chart", "1", HOMELESS,
                                   "--out", str(target))
    assert code == 2 and "kept.png" in stderr and len(stderr.splitlines()) == 1
    assert digest(target) == before


def test_chart_runs_as_a_process_without_a_display(demo_workspace_path: Path,
                                                   out: Path) -> None:
    """A whole process with no QT_QPA_PLATFORM and no display: it goes offscreen itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY",
                                                             "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(Path(__file__).parent.parent / "desktop")
    target = out / "process.png"
    result = subprocess.run(
        [sys.executable, "-m", "insatsplan", "--workspace", str(demo_workspace_path),
         "chart", "1", HOMELESS, "--out", str(target), "--width", "640", "--height", "360"],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert png_size(target) == (640, 360)
