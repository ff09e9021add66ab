"""Why the browser tests would not run: the missing Debian package is named (no browser needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.playground import browser


def test_missing_chromium_names_its_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "chromium")
    problem = browser.browser_problem()
    assert problem is not None and "apt-get install -y chromium" in problem


def test_missing_chromedriver_names_its_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(browser, "CHROMEDRIVER", tmp_path / "chromedriver")
    monkeypatch.setattr(browser, "CHROMIUM", Path(__file__))  # present
    problem = browser.browser_problem()
    assert problem is not None and "apt-get install -y chromium-driver" in problem
