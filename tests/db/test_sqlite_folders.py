"""Where a SQLite file may live: its own folder is made on first use, a mistyped path is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.bootstrap import open_database
from db.errors import DatabaseUnavailable


async def test_the_files_own_folder_is_created(tmp_path: Path) -> None:
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'data' / 'marquee.db'}", seed=False)
    await database.close()
    assert (tmp_path / "data" / "marquee.db").is_file()


async def test_a_path_missing_two_folders_is_refused_and_creates_nothing(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'typo' / 'dir' / 'marquee.db'}"
    with pytest.raises(DatabaseUnavailable, match="nor its parent exists"):
        await open_database(url, seed=False)
    assert not (tmp_path / "typo").exists()
