"""MarqueeBot details: settings per guild, replies, cooldowns, engine-only commands, errors, DMs."""

from __future__ import annotations

from bot.discord_app import MarqueeBot
from bot.limiter import Limiter
from bot.localdiscord import SEND_MESSAGES, FakeDiscord, SentMessage
from bot.localdiscord.world import World


def _text(message: SentMessage) -> str:
    return message.content + " " + str(message.embeds)


async def test_custom_prefix(marquee: MarqueeBot, fake_discord: FakeDiscord, world: World) -> None:
    await fake_discord.send_message(world.general, world.admin, "!config prefix ?")
    changed = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_message(world.general, world.member, "!premiere heartstopper")  # no longer ours
    await fake_discord.send_message(world.general, world.member, "?premiere heartstopper")
    reply = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_message(world.general, world.member, "?help")
    help_reply = await fake_discord.wait_for_message(world.general.id)
    assert "`?`" in changed.content
    assert "October 3, 2024" in _text(reply)
    assert "?cast" in _text(help_reply) and "!cast" not in _text(help_reply)
    assert len(fake_discord.messages_in(world.general.id)) == 3


async def test_default_show_and_timezone_by_slash(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    show = await fake_discord.run_command(
        "config show", world.general, world.admin, {"title": "agatha all along"}
    )
    assert "Agatha All Along" in (await fake_discord.wait_for_reply(show)).content
    zone = await fake_discord.run_command(
        "config timezone", world.general, world.admin, {"zone": "Mars/Olympus"}
    )
    assert "isn't a time zone" in (await fake_discord.wait_for_reply(zone)).content
    zone = await fake_discord.run_command(
        "config timezone", world.general, world.admin, {"zone": "Europe/London"}
    )
    assert "Europe/London" in (await fake_discord.wait_for_reply(zone)).content
    choices = await fake_discord.autocomplete(
        "config show", world.general, world.admin, {"title": "wan"}, "title"
    )
    await fake_discord.send_message(world.general, world.member, "!cast")
    cast = await fake_discord.wait_for_message(world.general.id, predicate=lambda m: m.interaction_id is None)
    view = await fake_discord.run_command("config view", world.general, world.admin)
    settings = await fake_discord.wait_for_reply(view)
    assert "Kathryn Hahn" in _text(cast)
    assert choices[0]["value"] == "WandaVision"
    assert "Default show: Agatha All Along" in settings.content and "Europe/London" in settings.content


async def test_reply_to_the_bot_is_a_follow_up(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.general, world.member, "!premiere agatha all along")
    first = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_message(
        world.general, world.member, "who is in the cast?", reply_to=first, mention_author=False
    )
    follow_up = await fake_discord.wait_for_message(world.general.id)
    assert "Kathryn Hahn" in _text(follow_up)


async def test_engine_only_commands_and_foreign_commands(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.general, world.member, "!play some music")  # another bot's command
    await fake_discord.send_message(world.general, world.member, "!countdown heartstopper season 3")
    reply = await fake_discord.wait_for_message(world.general.id)
    assert "30 days" in _text(reply)
    assert len(fake_discord.messages_in(world.general.id)) == 1


async def test_cooldown_reacts_instead_of_answering(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    marquee.limiter = Limiter(per_user=(2, 60.0), per_channel=(100, 60.0))
    mention = f"<@{fake_discord.bot_user.id}>"
    for _ in range(2):
        await fake_discord.send_message(world.general, world.member, f"{mention} who plays nick?")
        await fake_discord.wait_for_message(world.general.id)
    third = await fake_discord.send_message(world.general, world.member, f"{mention} who plays nick?")
    await fake_discord.wait_until(
        lambda: bool(
            fake_discord.calls("PUT", f"/channels/{world.general.id}/messages/{third['id']}/reactions")
        ),
        what="a reaction",
    )
    await fake_discord.send_message(world.general, world.member, "!where heartstopper")
    refused = await fake_discord.wait_for_message(world.general.id)
    assert "try again in" in refused.content
    assert len(fake_discord.messages_in(world.general.id)) == 3


async def test_missing_argument_and_dm_slash(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.general, world.member, "!who")
    usage = await fake_discord.wait_for_message(world.general.id)
    dm = fake_discord.state.dm_channel(world.stranger)
    interaction = await fake_discord.run_command("who", dm, world.stranger, {"name": "kit connor"})
    reply = await fake_discord.wait_for_reply(interaction)
    await fake_discord.send_dm(world.stranger, "!config prefix ?")
    refused = await fake_discord.wait_for_message(dm.id)
    assert "Missing `name`" in usage.content and "`!who <name>`" in usage.content
    assert "Nick Nelson" in _text(reply)
    assert "only works in a server" in refused.content


async def test_question_channel_by_slash_channel_option(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    options = {"channel": world.questions}
    added = await fake_discord.run_command("config question add", world.general, world.admin, options)
    assert "is now a question channel" in (await fake_discord.wait_for_reply(added)).content
    removed = await fake_discord.run_command("config question remove", world.general, world.admin, options)
    assert "is no longer a question channel" in (await fake_discord.wait_for_reply(removed)).content
    config = await marquee.guild_config(world.guild.id)
    assert config is not None and config.question_channels == frozenset()


async def test_channel_where_the_bot_cannot_speak(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    bot_role = fake_discord.state.bot_role(world.guild)
    deny = {"id": str(bot_role.id), "type": 0, "allow": "0", "deny": str(SEND_MESSAGES)}
    await fake_discord.set_overwrites(world.questions, [deny])
    await fake_discord.send_message(world.questions, world.member, "!premiere heartstopper")
    await fake_discord.send_message(
        world.questions, world.member, f"<@{fake_discord.bot_user.id}> who plays nick?"
    )
    await fake_discord.wait_until(
        lambda: len(fake_discord.calls("POST", f"/channels/{world.questions.id}/messages")) == 2,
        what="two sends",
    )
    await fake_discord.send_message(world.general, world.member, "!shows")  # the bot still works elsewhere
    await fake_discord.wait_for_message(world.general.id)
    assert [c.status for c in fake_discord.calls("POST", f"/channels/{world.questions.id}/messages")] == [
        403,
        403,
    ]


async def test_chatter_does_not_use_up_a_question_channel(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    marquee.limiter = Limiter(per_user=(100, 60.0), per_channel=(1, 60.0))
    added = await fake_discord.run_command("config question add", world.questions, world.admin)
    await fake_discord.wait_for_reply(added)
    for chatter in ("hi all", "anyone watching tonight?", "lol", "brb"):
        await fake_discord.send_message(world.questions, world.member, chatter)
    await fake_discord.send_message(world.questions, world.member, "who plays charlie?")
    answer = await fake_discord.wait_for_message(
        world.questions.id, predicate=lambda m: m.interaction_id is None
    )
    assert "Joe Locke" in _text(answer)
