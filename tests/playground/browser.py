"""Start `marquee playground` as a subprocess and a headless Debian Chromium driven by Selenium."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
START_WITHIN = 90.0  # seconds; migrations + seed + bot login on a loaded 2-core machine
_URL = re.compile(r"Marquee playground: (http://\S+)")


def browser_problem() -> str | None:
    """Why the browser tests can't run here, or None."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            return f"{path} is missing: apt-get install -y {package}"
    return None


@contextmanager
def playground_process(data_dir: Path) -> Iterator[str]:
    """Run `marquee playground --port 0` on a fresh SQLite database; yields the URL it prints."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DATABASE_URL")}
    env["MARQUEE_DATA_DIR"] = str(data_dir)
    command = [sys.executable, "-m", "bot", "playground", "--port", "0"]
    command += ["--db", f"sqlite+aiosqlite:///{data_dir / 'playground.db'}"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=data_dir
    )
    assert process.stdout is not None
    found: list[str] = []
    output: list[str] = []
    announced = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            match = _URL.search(line)
            if match and not found:
                found.append(match.group(1))
                announced.set()
        announced.set()  # the process ended

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not announced.wait(START_WITHIN) or not found:
            raise RuntimeError("marquee playground printed no URL:\n" + "".join(output))
        yield found[0]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def headless_chromium(width: int = 1280, height: int = 900) -> Iterator[webdriver.Chrome]:
    """Debian's Chromium with the flags CI uses; nothing is downloaded."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    # Selenium Manager would try to download a driver; the system one is given explicitly.
    service = Service(executable_path=str(shutil.which("chromedriver") or CHROMEDRIVER))
    driver = webdriver.Chrome(service=service, options=options)
    try:
        yield driver
    finally:
        driver.quit()
