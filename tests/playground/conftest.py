"""Fixtures for the browser tests: a `marquee playground` process per module, one headless Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.remote.webdriver import WebDriver

from .browser import browser_problem, headless_chromium, playground_process
from .page import PlaygroundPage


@pytest.fixture(scope="session")
def browser() -> Iterator[WebDriver]:
    """Skip without Chromium, except in CI (CI=true), where its absence is a failure."""
    problem = browser_problem()
    if problem is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {problem}")
        pytest.skip(problem)
    with headless_chromium() as driver:
        yield driver


@pytest.fixture(scope="module")
def playground_url(browser: WebDriver, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh playground (its own SQLite database) for each test module."""
    with playground_process(Path(tmp_path_factory.mktemp("playground"))) as url:
        yield url


@pytest.fixture
def page(browser: WebDriver, playground_url: str) -> PlaygroundPage:
    """The page, freshly loaded."""
    return PlaygroundPage(browser, playground_url).open()
