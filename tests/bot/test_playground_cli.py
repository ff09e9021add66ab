"""`marquee playground` as an operator sees it when something is in the way."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path


def test_busy_port_gets_one_clear_line_and_a_failing_exit(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bot", "playground", "--port", str(port)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={"PATH": "", "MARQUEE_DATA_DIR": str(tmp_path), "PYTHONPATH": str(Path.cwd())},
            timeout=60,
        )
    assert result.returncode == 1
    lines = [line for line in (result.stdout + result.stderr).splitlines() if "voice" not in line]
    assert len(lines) == 1 and f"can't listen on 127.0.0.1:{port}" in lines[0], result
