"""The installed wheel: entry points run and resources are found inside the package."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel built from this checkout.

    The venv sees the running environment's packages (so no dependency is downloaded
    again), but insatsplan itself comes from the wheel. ``system_site_packages`` cannot
    do that when the tests run inside a virtual environment: a venv made from a venv is
    made from the base interpreter and sees only its packages. A ``.pth`` file listing
    the running environment's site directories works in both cases; its lines come after
    the venv's own site-packages on ``sys.path``, so the wheel wins.
    """
    pytest.importorskip("hatchling")
    root = tmp_path_factory.mktemp("wheel")
    source = root / "src"
    shutil.copytree(REPO, source, ignore=not_build_input)
    dist = root / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(dist), str(source)], check=True)
    [wheel] = dist.glob("insatsplan-*.whl")
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    (venv_site_packages(python) / "outer-environment.pth").write_text(
        "".join(f"{folder}\n" for folder in running_site_dirs()), encoding="utf-8")
    # --ignore-installed: the outer environment may hold insatsplan of the same version
    # (CI installs the checkout), and pip would then skip the wheel as already satisfied.
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--no-deps", "--ignore-installed", "-q", str(wheel)], check=True)
    assert (env_dir / "bin" / "insatsplan").is_file(), "the wheel was not installed"
    return env_dir


CACHES = shutil.ignore_patterns(".git", "__pycache__", ".pytest_cache", ".hypothesis",
                                ".ruff_cache", ".mypy_cache", "build", "dist")


def not_build_input(folder: str, names: list[str]) -> set[str]:
    """Caches, and any virtual environment a newcomer made in the checkout (``.venv``):
    copying one would copy an interpreter and every installed package."""
    return set(CACHES(folder, names)) | {
        name for name in names if (Path(folder) / name / "pyvenv.cfg").is_file()}


def running_site_dirs() -> list[str]:
    """Where the running interpreter finds installed packages, venv or not."""
    folders = [*site.getsitepackages(), sysconfig.get_paths()["purelib"],
               sysconfig.get_paths()["platlib"]]
    if site.ENABLE_USER_SITE:
        folders.append(site.getusersitepackages())
    return [folder for folder in dict.fromkeys(folders) if Path(folder).is_dir()]


def venv_site_packages(python: Path) -> Path:
    probe = subprocess.run([str(python), "-c", "import sysconfig; "
                            "print(sysconfig.get_paths()['purelib'])"],
                           capture_output=True, text=True, check=True)
    return Path(probe.stdout.strip())


def run(env_dir: Path, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(list(argv), capture_output=True, text=True, cwd=cwd, env=environment,
                          check=False)


def test_wheel_runs_version_and_demo(installed: Path, tmp_path: Path) -> None:
    version = run(installed, str(installed / "bin" / "insatsplan"), "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("insatsplan ")
    workspace = tmp_path / "w.insatsplan"
    demo = run(installed, str(installed / "bin" / "insatsplan"), "--workspace", str(workspace),
               "demo", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    plans = run(installed, str(installed / "bin" / "insatsplan"), "--workspace", str(workspace),
                "plans", cwd=tmp_path)
    assert plans.returncode == 0 and plans.stdout.strip()


def test_wheel_finds_its_own_resources(installed: Path, tmp_path: Path) -> None:
    probe = run(installed, str(installed / "bin" / "python"), "-c",
                "import insatsplan, insatsplan.resources as r; "
                "print(insatsplan.__file__); print(r.resources_dir()); print(r.i18n_dir())",
                cwd=tmp_path)
    assert probe.returncode == 0, probe.stderr
    package, resources, i18n = (Path(line) for line in probe.stdout.splitlines())
    assert installed in package.parents, "insatsplan must come from the wheel, not the checkout"
    assert resources == package.parent / "resources"
    assert i18n == package.parent / "i18n"
    assert (i18n / "insatsplan_sv.qm").is_file()
    assert (resources / "demo" / "demo-plan.json").is_file()
    for name in ("Carlito-Regular.ttf", "Caladea-Regular.ttf", "LICENSE-Carlito.txt",
                 "LICENSE-Caladea.txt"):  # LibreOffice's metric twins of Calibri, Cambria
        assert (resources / "fonts" / name).is_file(), name
    assert (package.parent / "migrations" / "env.py").is_file()
    assert (package.parent / "exchange-1.schema.json").is_file()
