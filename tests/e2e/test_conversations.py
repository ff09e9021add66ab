"""Per-channel conversations through the real Discord path: each channel and DM keeps its own thread."""

from __future__ import annotations

import asyncio

from bot.discord_app import MarqueeBot
from bot.localdiscord import FakeDiscord, running
from bot.localdiscord.harness import shown_text
from bot.localdiscord.world import World
from tests.e2e.conftest import MakeMarquee


async def _ask(server: FakeDiscord, world: World, channel_id: int, question: str) -> str:
    channel = next(c for c in (world.general, world.questions) if c.id == channel_id)
    await server.send_message(channel, world.member, f"<@{server.bot_user.id}> {question}")
    return shown_text(await server.wait_for_message(channel_id))


async def test_two_channels_hold_different_subjects_at_once(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await _ask(fake_discord, world, world.general.id, "what is agatha all along about?")
    await _ask(fake_discord, world, world.questions.id, "who directed heartstopper season 3?")
    in_general = await _ask(fake_discord, world, world.general.id, "who's in it?")
    in_questions = await _ask(fake_discord, world, world.questions.id, "what else has he done?")
    assert "Kathryn Hahn" in in_general and "Kit Connor" not in in_general
    assert "Shetland" in in_questions


async def test_a_dm_keeps_its_own_thread(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    dm = fake_discord.state.dm_channel(world.stranger)
    await fake_discord.send_dm(world.stranger, "where can i watch agatha all along?")
    await fake_discord.wait_for_message(dm.id)
    await _ask(fake_discord, world, world.general.id, "who created heartstopper?")
    await fake_discord.send_dm(world.stranger, "when does it come out?")
    reply = shown_text(await fake_discord.wait_for_message(dm.id))
    assert "September 18, 2024" in reply


async def test_an_idle_conversation_is_forgotten(
    fake_discord: FakeDiscord, world: World, make_marquee: MakeMarquee
) -> None:
    async with running(make_marquee(conversation_idle_seconds=0.2), fake_discord):
        await _ask(fake_discord, world, world.general.id, "what is agatha all along about?")
        await asyncio.sleep(0.5)
        reply = await _ask(fake_discord, world, world.general.id, "who's in it?")
    assert "Kathryn Hahn" not in reply


async def test_a_channel_remembers_an_unknown_show_after_going_back_to_a_known_one(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await _ask(fake_discord, world, world.general.id, "when is the bear season 3 out?")
    await _ask(fake_discord, world, world.general.id, "ok and heartstopper season 3?")
    reply = await _ask(fake_discord, world, world.general.id, "and the other one, who's in it?")
    assert "I don't have facts about The Bear" in reply
    assert "Kit Connor" not in reply


async def test_a_channel_remembers_a_title_known_only_as_someones_work_whole(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await _ask(fake_discord, world, world.general.id, "who's in doctor who?")
    reply = await _ask(fake_discord, world, world.general.id, "did euros lyn work on it?")
    assert "Yes, Doctor Who is among Euros Lyn" in reply
    assert "I don't have facts about Doctor." not in reply


async def test_which_of_those_picks_among_the_shows_its_own_channel_listed(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await _ask(fake_discord, world, world.general.id, "what shows is joe locke in?")
    await _ask(fake_discord, world, world.questions.id, "what's on disney+?")
    in_general = await _ask(fake_discord, world, world.general.id, "which of those is the oldest?")
    in_questions = await _ask(fake_discord, world, world.questions.id, "which of those is the oldest?")
    assert in_general.startswith("Heartstopper")
    assert in_questions.startswith("WandaVision")
