"""Scale-out: two `marquee run` processes (SHARD_COUNT=2, SHARD_IDS=[0] and [1]) on one PostgreSQL database
behind the local server. Each guild is answered by exactly one of them, and an article approved through one
answers questions through the other within a second (LISTEN/NOTIFY; the poll is set to an hour)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.localdiscord import FakeDiscord
from bot.localdiscord.harness import shown_text
from bot.localdiscord.models import MANAGE_GUILD, FakeChannel, FakeGuild, FakeUser
from bot.localdiscord.shards import guild_per_shard

from .marquee_process import Output, spawn
from .test_marquee_ingest import TIDEWATCH, _buttons
from .uploads import FakeCdn, running_cdn, send_with_attachment

SHARDS = 2


@dataclass
class ShardGuild:
    guild: FakeGuild
    general: FakeChannel
    admin: FakeUser
    member: FakeUser


@dataclass
class Cluster:
    fake: FakeDiscord
    guilds: list[ShardGuild]  # guilds[i] is on shard i
    cdn: FakeCdn


def _populate(fake: FakeDiscord) -> list[ShardGuild]:
    admin, member = fake.create_user("shard_admin"), fake.create_user("shard_member")
    guilds = []
    for guild in guild_per_shard(fake, SHARDS):
        fake.add_member(guild, admin, [fake.create_role(guild, "Moderators", MANAGE_GUILD)])
        fake.add_member(guild, member)
        guilds.append(ShardGuild(guild, fake.create_channel(guild, "general"), admin, member))
    return guilds


@pytest.fixture
async def cluster(postgres_url: str, tmp_path: Path) -> AsyncIterator[Cluster]:
    async with FakeDiscord(shards=SHARDS) as fake, running_cdn() as cdn:
        guilds = _populate(fake)
        outputs = [
            Output(
                await spawn(
                    fake, tmp_path, postgres_url,
                    SHARD_COUNT=str(SHARDS), SHARD_IDS=f"[{shard}]", FACTS_REFRESH_SECONDS="3600",
                )
            )
            for shard in range(SHARDS)
        ]  # fmt: skip
        try:
            await fake.wait_until(lambda: len(fake.gateway.sessions) == SHARDS, 90, "both shards to IDENTIFY")
            # A guild's GUILD_CREATE is the last thing READY sends: give both clients a moment to process it.
            await asyncio.sleep(1.0)
            yield Cluster(fake, guilds, cdn)
        finally:
            logs = [await output.stop() for output in outputs]
            assert [o.process.returncode for o in outputs] == [0] * SHARDS, logs
            assert all("Traceback" not in log for log in logs), logs


async def _ask(cluster: Cluster, shard: int, question: str) -> str:
    where = cluster.guilds[shard]
    await cluster.fake.send_message(where.general, where.member, question)
    return shown_text(await cluster.fake.wait_for_message(where.general.id, within=15))


async def test_each_guild_is_answered_by_exactly_one_shard(cluster: Cluster) -> None:
    for shard in range(SHARDS):
        await _ask(cluster, shard, "!premiere heartstopper")
    await asyncio.sleep(1.0)  # time for a duplicate answer to show up
    answers = [
        len([m for m in cluster.fake.sent if m.channel_id == g.general.id and m.kind == "channel"])
        for g in cluster.guilds
    ]
    assert answers == [1] * SHARDS


async def test_an_article_approved_through_one_shard_answers_through_the_other_within_a_second(
    cluster: Cluster,
) -> None:
    first = cluster.guilds[0]
    upload = cluster.cdn.upload(first.general, "tidewatch.txt", TIDEWATCH)
    await send_with_attachment(cluster.fake, first.general, first.admin, "!ingest 2024-09-01", upload)
    preview = await cluster.fake.wait_for_message(first.general.id, within=30)
    approved = await cluster.fake.click(preview, _buttons(preview)["Approve"], first.admin)
    await cluster.fake.wait_for_reply(approved, within=15)
    await asyncio.sleep(1.0)
    assert "October 18" in await _ask(cluster, 1, "!premiere the tidewatch")
