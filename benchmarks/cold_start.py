"""Cold start of `marquee ask` on a database: launch to the answer printed, wall clock and CPU."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cold_start(url: str, runs: int = 3, question: str = "who directed Kismet") -> tuple[float, float | None]:
    """Median seconds from launching `marquee ask` on the imported database to its answer being printed
    (the process's clean-up after printing is not counted), wall clock and the process's CPU time by then
    (None where /proc is absent). On a loaded machine the wall figure is mostly waiting; CPU is the cost."""
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        command = [sys.executable, "-m", "bot", "ask", question, "--json", "--db", url]
        with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as child:
            assert child.stdout is not None
            child.stdout.readline()
            times.append(time.perf_counter() - started)
            used = _cpu_seconds(child.pid)
            if used is not None:
                cpu.append(used)
            child.wait()
    return statistics.median(times), statistics.median(cpu) if cpu else None


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds a running process has used so far, from /proc/PID/stat."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
