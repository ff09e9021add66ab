"""Fixtures for end-to-end tests against the local fake Discord server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from .fake_discord import FakeDiscord
from .fake_discord.world import World, build_world


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A started fake Discord on 127.0.0.1 (random port), stopped after the test."""
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
def world(fake_discord: FakeDiscord) -> World:
    """The standard test guild, built before any bot connects."""
    return build_world(fake_discord)
