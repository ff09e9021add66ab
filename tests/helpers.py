"""Constants and small helpers shared by tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

# The seed article is dated 2024-09-03; "before" and "after" the season 3 premiere (2024-10-03).
BEFORE_PREMIERE = dt.datetime(2024, 9, 3, 12, 0, tzinfo=dt.UTC)
AFTER_PREMIERE = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
# ../shared beside the repository (present in the project's own checkout and in CI).
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
# The repository checkout the tests run from.
REPO = Path(__file__).resolve().parents[1]
