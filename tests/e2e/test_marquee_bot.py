"""MarqueeBot end to end: the real bot, engine and database against the fake Discord server."""

from __future__ import annotations

from bot.discord_app import MarqueeBot
from bot.localdiscord import FakeDiscord, running, tracks_view
from bot.localdiscord.harness import shown_text
from bot.localdiscord.world import World

from .conftest import MakeMarquee, assert_never_pinged


async def test_premiere_prefix_command_embed(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    asked = await fake_discord.send_message(world.general, world.member, "!premiere heartstopper")
    reply = await fake_discord.wait_for_message(world.general.id)
    embed = reply.embeds[0]
    assert "October 3, 2024" in embed["description"]
    assert embed["footer"]["text"].startswith("Source: ") and "Sep 3, 2024" in embed["footer"]["text"]
    assert reply.message_reference is not None and str(reply.message_reference["message_id"]) == asked["id"]


async def test_cast_without_argument_uses_a_default_show(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.general, world.member, "!cast")
    reply = await fake_discord.wait_for_message(world.general.id)
    assert "Kit Connor" in shown_text(reply)


async def test_mention_question_and_dm(marquee: MarqueeBot, fake_discord: FakeDiscord, world: World) -> None:
    await fake_discord.send_message(
        world.general, world.member, f"<@{fake_discord.bot_user.id}> who plays nick?"
    )
    reply = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_dm(world.stranger, "who created heartstopper?")
    dm = await fake_discord.wait_for_message(fake_discord.state.dm_channel(world.stranger).id)
    assert "Kit Connor" in shown_text(reply)
    assert "Alice Osman" in shown_text(dm)


async def test_slash_command_and_autocomplete(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    assert {c["name"] for c in fake_discord.state.commands[None]} >= {
        "premiere",
        "cast",
        "who",
        "ask",
        "config",
    }
    interaction = await fake_discord.run_command(
        "premiere", world.general, world.member, {"show": "Heartstopper"}
    )
    reply = await fake_discord.wait_for_reply(interaction)
    choices = await fake_discord.autocomplete(
        "premiere", world.general, world.member, {"show": "hea"}, "show"
    )
    everything = await fake_discord.autocomplete("who", world.general, world.member, {"name": ""}, "name")
    assert interaction.callbacks[0]["type"] == 4 and "October 3, 2024" in shown_text(reply)
    assert choices and choices[0]["value"] == "Heartstopper"
    assert 0 < len(everything) <= 25


async def test_follow_up_uses_the_channel_conversation(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.general, world.member, "!premiere agatha all along")
    first = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_message(world.general, world.member, "!cast")
    follow_up = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_message(world.questions, world.member, "!cast")
    elsewhere = await fake_discord.wait_for_message(world.questions.id)
    assert "Agatha All Along" in shown_text(first)
    assert "Kathryn Hahn" in shown_text(follow_up)
    assert "Kathryn Hahn" not in shown_text(elsewhere)  # another channel, another conversation


async def test_config_refused_to_member_accepted_from_admin(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(
        world.general, world.member, f"!config question add {world.questions.mention}"
    )
    refused = await fake_discord.wait_for_message(world.general.id)
    slash = await fake_discord.run_command("config prefix", world.general, world.member, {"prefix": "?"})
    refused_slash = await fake_discord.wait_for_reply(slash)
    await fake_discord.send_message(
        world.general, world.admin, f"!config question add {world.questions.mention}"
    )
    accepted = await fake_discord.wait_for_message(world.general.id)
    assert "Manage Server" in refused.content and "Manage Server" in refused_slash.content
    assert refused_slash.ephemeral
    assert "is now a question channel" in accepted.content
    config = await marquee.guild_config(world.guild.id)
    assert config is not None and config.question_channels == {world.questions.id}


async def test_question_channel_answers_only_confident_questions(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    admin_cmd = await fake_discord.run_command("config question add", world.questions, world.admin)
    await fake_discord.wait_for_reply(admin_cmd)
    await fake_discord.send_message(world.questions, world.member, "lol what a week, anyone around?")
    await fake_discord.send_message(world.questions, world.member, "who plays charlie?")
    answer = await fake_discord.wait_for_message(
        world.questions.id, predicate=lambda m: m.interaction_id is None
    )
    await fake_discord.send_message(
        world.general, world.member, "who plays charlie?"
    )  # not a question channel
    await fake_discord.send_message(
        world.general, world.member, "!shows"
    )  # sentinel: processed after the above
    sentinel = await fake_discord.wait_for_message(world.general.id)
    assert "Joe Locke" in shown_text(answer)
    assert "Heartstopper" in shown_text(sentinel)
    assert len([m for m in fake_discord.messages_in(world.questions.id) if m.interaction_id is None]) == 1
    assert len(fake_discord.messages_in(world.general.id)) == 1


async def test_question_during_gateway_outage_answered_once_after_resume(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    async with fake_discord.outage():
        await fake_discord.send_message(world.general, world.member, "!where heartstopper")
    await fake_discord.wait_for_resume()
    reply = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_message(world.general, world.member, "!shows")  # sentinel
    await fake_discord.wait_for_message(world.general.id)
    assert "Netflix" in shown_text(reply)
    assert [shown_text(m).count("Netflix") > 0 for m in fake_discord.messages_in(world.general.id)] == [
        True,
        False,
    ]
    assert len(fake_discord.gateway.identifies) == 1


async def test_rate_limited_reply_is_retried_once(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    fake_discord.rate_limit_next_sends(1, retry_after=0.05)
    await fake_discord.send_message(world.general, world.member, "!ratings heartstopper")
    reply = await fake_discord.wait_for_message(world.general.id)
    posts = fake_discord.calls("POST", f"/channels/{world.general.id}/messages")
    assert "98%" in shown_text(reply)
    assert [c.status for c in posts] == [429, 200]
    assert len(fake_discord.messages_in(world.general.id)) == 1


async def test_bots_and_itself_are_ignored(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(
        world.general, world.other_bot, f"<@{fake_discord.bot_user.id}> who plays nick?"
    )
    await fake_discord.send_message(world.general, world.other_bot, "!premiere heartstopper")
    await fake_discord.send_dm(world.stranger, "who plays nick?")  # sentinel, processed after the above
    await fake_discord.wait_for_message(fake_discord.state.dm_channel(world.stranger).id)
    assert fake_discord.messages_in(world.general.id) == []


async def test_without_message_content_intent(
    fake_discord: FakeDiscord, world: World, make_marquee: MakeMarquee
) -> None:
    async with running(make_marquee(content_intent=False), fake_discord):
        assert fake_discord.identify_intents is not None and not fake_discord.identify_intents & (1 << 15)
        await fake_discord.send_message(
            world.general, world.member, "!premiere heartstopper"
        )  # arrives blank
        await fake_discord.send_message(
            world.general, world.member, f"<@{fake_discord.bot_user.id}> who plays nick?"
        )
        reply = await fake_discord.wait_for_message(world.general.id)
    assert "Kit Connor" in shown_text(reply)
    assert len(fake_discord.messages_in(world.general.id)) == 1
    assert_never_pinged(fake_discord)


async def test_plain_text_without_embed_links(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.no_embeds, world.member, "!premiere heartstopper")
    reply = await fake_discord.wait_for_message(world.no_embeds.id)
    assert reply.embeds == [] and reply.body.get("embeds") in (None, [])
    assert "October 3, 2024" in reply.content and "-# Source: " in reply.content


async def test_did_you_mean_buttons_only_for_the_asker(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.general, world.member, "!ask nick heartstopper")
    prompt = await fake_discord.wait_for_message(world.general.id)
    buttons = [c for row in prompt.components for c in row["components"]]
    assert prompt.content.startswith("Did you mean") and buttons, prompt.payload
    await fake_discord.wait_until(lambda: tracks_view(marquee, prompt.id), what="the buttons to be live")
    stranger = await fake_discord.click(prompt, buttons[0]["custom_id"], world.admin)
    refusal = await fake_discord.wait_for_reply(stranger)
    mine = await fake_discord.click(prompt, buttons[0]["custom_id"], world.member)
    await fake_discord.wait_until(lambda: bool(mine.callbacks), what="the asker's click")
    assert refusal.ephemeral and "Only the person who asked" in refusal.content
    assert mine.callbacks[0]["type"] == 7  # the prompt is edited into the answer
    edited = fake_discord.state.messages[prompt.id]
    assert edited["components"] == [] and edited["embeds"]
    assert edited["content"] == ""  # content=None in the edit clears the "Did you mean" text
