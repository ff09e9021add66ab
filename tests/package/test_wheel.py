"""The built wheel, installed into a fresh virtual environment, is a working Marquee.

The wheel is built offline (`pip wheel --no-build-isolation` with the setuptools from the dev dependencies)
from a copy of the sources, so a stale build/ directory can't hide a missing file. The fresh environment gets
the wheel alone; its dependencies come from this environment's site-packages through a .pth line (a .pth file
inside that directory is not processed, so the project's editable install stays out of it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "db", "intents", "ingest")
pytestmark = pytest.mark.package


@dataclass(frozen=True)
class InstalledWheel:
    wheel: Path
    marquee: Path  # the console script of the fresh environment


def _run(
    command: list[str | Path], cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _build_wheel(work: Path) -> Path:
    source = work / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    for package in PACKAGES:
        shutil.copytree(REPO / package, source / package, ignore=shutil.ignore_patterns("__pycache__"))
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", work, "."],
        cwd=source,
    )
    assert built.returncode == 0, built.stderr
    return next(work.glob("marquee-*.whl"))


def _install(wheel: Path, work: Path) -> Path:
    venv = work / "venv"
    created = _run([sys.executable, "-m", "venv", "--without-pip", venv])
    assert created.returncode == 0, created.stderr
    python = venv / "bin" / "python"
    installed = _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel]
    )
    assert installed.returncode == 0, installed.stderr
    purelib = Path(
        _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    )
    (purelib / "zz_marquee_test_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return venv / "bin" / "marquee"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> InstalledWheel:
    """The wheel, built once for this module and installed into a fresh venv."""
    work = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(work)
    return InstalledWheel(wheel, _install(wheel, work))


def _clean_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "DATABASE_URL", "DISCORD_TOKEN"}}
    env["MARQUEE_DATA_DIR"] = str(data_dir)
    return env


def test_wheel_holds_every_file_the_packages_track(installed: InstalledWheel) -> None:
    tracked = {
        path.relative_to(REPO).as_posix()
        for package in PACKAGES
        for path in (REPO / package).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    with zipfile.ZipFile(installed.wheel) as archive:
        shipped = set(archive.namelist())
    assert sorted(tracked - shipped) == []


def test_installed_wheel_answers_the_premiere_from_another_directory(
    installed: InstalledWheel, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    asked = _run(
        [installed.marquee, "ask", "!premiere heartstopper", "--now", "2024-09-03"],
        cwd=elsewhere,
        env=_clean_env(tmp_path / "data"),
    )
    assert asked.returncode == 0, asked.stderr
    assert "October 3, 2024" in asked.stdout
    assert "Traceback" not in asked.stderr


def test_installed_wheel_runs_its_code_not_the_checkout(installed: InstalledWheel, tmp_path: Path) -> None:
    found = _run(
        [installed.marquee.parent / "python", "-c", "import db, ingest; print(db.__file__, ingest.__file__)"],
        cwd=tmp_path,
        env=_clean_env(tmp_path / "data"),
    )
    assert found.returncode == 0, found.stderr
    assert str(REPO) not in found.stdout
    assert str(installed.marquee.parent.parent) in found.stdout


def test_installed_wheel_db_upgrade_reports_the_seed_it_loaded(
    installed: InstalledWheel, tmp_path: Path
) -> None:
    upgraded = _run([installed.marquee, "db", "upgrade"], cwd=tmp_path, env=_clean_env(tmp_path / "data"))
    assert upgraded.returncode == 0, upgraded.stderr
    assert "1 seed article loaded" in upgraded.stdout
