"""Property-based, through the local Discord-compatible server and the unmodified discord.py client: any
message text gets a reply within Discord's limits that pings nobody and shows no mention; bots get none."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from bot.discord_app import MarqueeBot
from bot.limiter import Limiter
from bot.localdiscord import FakeDiscord
from bot.localdiscord.harness import shown_text
from bot.localdiscord.models import JSON
from bot.localdiscord.state import SentMessage
from bot.localdiscord.world import World
from tests.hostile_text import hostile_text, mention_leaks

# One running bot serves every example (the fixture is set up once per test function, on purpose).
PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
EMBED_LIMITS = {"title": 256, "description": 4096, "footer": 2048, "field_name": 256, "field_value": 1024}


def limit_problems(message: SentMessage) -> list[str]:
    """Where a sent message breaks Discord's limits (2,000 content characters; embed sizes and total)."""
    problems = [f"content {len(message.content)}"] if len(message.content) > 2000 else []
    for embed in message.embeds:
        sizes: dict[str, int] = {
            "title": len(embed.get("title", "")),
            "description": len(embed.get("description", "")),
            "footer": len(embed.get("footer", {}).get("text", "")),
        }
        fields: list[JSON] = embed.get("fields", [])
        problems += [f"{k} {v}" for k, v in sizes.items() if v > EMBED_LIMITS[k]]
        problems += [f"fields {len(fields)}"] if len(fields) > 25 else []
        for f in fields:
            if len(f["name"]) > EMBED_LIMITS["field_name"] or len(f["value"]) > EMBED_LIMITS["field_value"]:
                problems.append("field")
        total = sum(sizes.values()) + sum(len(f["name"]) + len(f["value"]) for f in fields)
        problems += [f"embed total {total}"] if total > 6000 else []
    return problems


async def _reply_to(fake_discord: FakeDiscord, world: World, text: str) -> SentMessage:
    await fake_discord.send_message(world.general, world.member, f"<@{fake_discord.bot_user.id}> {text}")
    return await fake_discord.wait_for_message(world.general.id, within=10)


def _unthrottled(bot: MarqueeBot) -> None:
    bot.limiter = Limiter(per_user=(100_000, 1.0), per_channel=(100_000, 1.0))


@PROPERTY
@given(text=hostile_text)
async def test_a_reply_stays_within_discord_limits(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, text: str
) -> None:
    _unthrottled(marquee)
    assert limit_problems(await _reply_to(fake_discord, world, text)) == []


@PROPERTY
@given(text=hostile_text)
async def test_a_reply_shows_no_mention_and_pings_nobody(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, text: str
) -> None:
    _unthrottled(marquee)
    reply = await _reply_to(fake_discord, world, text)
    assert [mention_leaks(shown_text(reply)), reply.pings_anyone] == [[], False]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile_text)
async def test_a_bot_never_gets_a_reply(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, text: str
) -> None:
    _unthrottled(marquee)
    await fake_discord.send_message(world.general, world.other_bot, f"<@{fake_discord.bot_user.id}> {text}")
    # A person's question right after: the bot's next message must answer it, not the bot's.
    person = await fake_discord.send_message(world.general, world.member, f"<@{fake_discord.bot_user.id}> hi")
    reply = await fake_discord.wait_for_message(world.general.id, within=10)
    assert str((reply.message_reference or {}).get("message_id")) == str(person["id"])
