"""Sharding helpers for the local server: which shard a guild belongs to, and a guild on every shard."""

from __future__ import annotations

import time

from .models import FakeGuild
from .server import FakeDiscord


def shard_of(guild_id: int, shard_count: int) -> int:
    """Discord's rule: a guild's events go to shard (guild_id >> 22) % shard_count."""
    return (guild_id >> 22) % shard_count


def guild_per_shard(server: FakeDiscord, shard_count: int, name: str = "Shard") -> list[FakeGuild]:
    """One new guild on each shard, in shard order (guild ids carry their creation time in ms, so a guild
    is created each millisecond until every shard has one; spares are left in the server)."""
    found: dict[int, FakeGuild] = {}
    while len(found) < shard_count:
        guild = server.create_guild(f"{name} {len(server.state.guilds)}")
        found.setdefault(shard_of(guild.id, shard_count), guild)
        time.sleep(0.001)
    return [found[i] for i in range(shard_count)]
