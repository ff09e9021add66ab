"""Every settings command is refused to members without Manage Server and in DMs, by prefix and by slash,
and a refused command changes nothing."""

from __future__ import annotations

import pytest

from bot.discord_app import MarqueeBot
from bot.localdiscord import FakeDiscord
from bot.localdiscord.world import World
from db import guilds

# (prefix form, slash command, slash options) for every command of the Admin cog.
SETTINGS_COMMANDS = [
    ("!config", "config view", {}),
    ("!config prefix ?", "config prefix", {"prefix": "?"}),
    ("!config question add", "config question add", {}),
    ("!config question remove", "config question remove", {}),
    ("!config question list", "config question list", {}),
    ("!config show Heartstopper", "config show", {"title": "Heartstopper"}),
    ("!config timezone Europe/London", "config timezone", {"zone": "Europe/London"}),
]


@pytest.mark.parametrize(("text", "_slash", "_options"), SETTINGS_COMMANDS)
async def test_a_member_without_manage_server_is_refused(
    marquee: MarqueeBot,
    fake_discord: FakeDiscord,
    world: World,
    text: str,
    _slash: str,
    _options: dict[str, str],
) -> None:
    await fake_discord.send_message(world.general, world.member, text)
    reply = await fake_discord.wait_for_message(world.general.id)
    assert "Manage Server" in reply.content


@pytest.mark.parametrize(("_text", "slash", "options"), SETTINGS_COMMANDS)
async def test_a_member_without_manage_server_is_refused_by_slash(
    marquee: MarqueeBot,
    fake_discord: FakeDiscord,
    world: World,
    _text: str,
    slash: str,
    options: dict[str, str],
) -> None:
    interaction = await fake_discord.run_command(slash, world.general, world.member, options)
    reply = await fake_discord.wait_for_reply(interaction)
    assert "Manage Server" in reply.content


@pytest.mark.parametrize(("text", "_slash", "_options"), SETTINGS_COMMANDS)
async def test_settings_commands_are_refused_in_dms(
    marquee: MarqueeBot,
    fake_discord: FakeDiscord,
    world: World,
    text: str,
    _slash: str,
    _options: dict[str, str],
) -> None:
    await fake_discord.send_dm(world.stranger, text)
    reply = await fake_discord.wait_for_message(fake_discord.state.dm_channel(world.stranger).id)
    assert "only works in a server" in reply.content


async def test_a_refused_settings_command_changes_nothing(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    for text, _slash, _options in SETTINGS_COMMANDS:
        await fake_discord.send_message(world.general, world.member, text)
        await fake_discord.wait_for_message(world.general.id)
    async with marquee.sessions() as session:
        assert await guilds.get_config(session, world.guild.id) == guilds.GuildConfig(world.guild.id)
