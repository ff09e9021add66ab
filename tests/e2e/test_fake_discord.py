"""The fake Discord server drives an unmodified discord.py commands.Bot end to end."""

from __future__ import annotations

import io
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.localdiscord import EMBED_LINKS, FakeDiscord, running, tracks_view
from bot.localdiscord.world import World


class TinyBot(commands.Bot):
    """A throwaway bot: !echo, /shout with autocomplete, a mention listener, a button."""

    def __init__(self, *, content_intent: bool = True) -> None:
        intents = discord.Intents.default()
        intents.message_content = content_intent
        super().__init__(command_prefix="!", intents=intents, allowed_mentions=discord.AllowedMentions.none())
        self.seen: list[discord.Message] = []
        self.errors: list[commands.CommandError] = []

    async def on_command_error(self, ctx: commands.Context[Any], error: commands.CommandError) -> None:
        self.errors.append(error)

    async def setup_hook(self) -> None:
        @self.command()
        async def echo(ctx: commands.Context[commands.Bot], *, text: str) -> None:
            await ctx.send(text)

        @self.command()
        async def card(ctx: commands.Context[commands.Bot]) -> None:
            await ctx.send(embed=discord.Embed(title="Card", description="an embed"))

        @self.command()
        async def upload(ctx: commands.Context[commands.Bot]) -> None:
            await ctx.send("a file", file=discord.File(io.BytesIO(b"hello"), "hello.txt"))

        @self.command()
        async def perms(ctx: commands.Context[commands.Bot]) -> None:
            await ctx.send(f"manage_guild={ctx.permissions.manage_guild}")

        @self.command()
        async def choose(ctx: commands.Context[commands.Bot]) -> None:
            view = discord.ui.View()
            button: discord.ui.Button[discord.ui.View] = discord.ui.Button(label="Pick", custom_id="pick")

            async def clicked(interaction: discord.Interaction) -> None:
                await interaction.response.send_message(f"picked by {interaction.user.name}")

            button.callback = clicked  # type: ignore[method-assign]
            view.add_item(button)
            await ctx.send("choose:", view=view)

        @self.tree.command(name="shout", description="Shout text back")
        async def shout(interaction: discord.Interaction, text: str, times: int = 1) -> None:
            await interaction.response.send_message(" ".join([text.upper()] * times))

        @shout.autocomplete("text")
        async def shout_complete(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            words = ["heartstopper", "house of the dragon", "hacks"]
            return [app_commands.Choice(name=w, value=w) for w in words if w.startswith(current)]

        await self.tree.sync()

    async def on_message(self, message: discord.Message) -> None:
        self.seen.append(message)
        if message.author.bot:
            return
        if self.user is not None and self.user in message.mentions:
            await message.reply(f"you said: {message.content}")
            return
        if message.guild is None and not message.content.startswith("!"):
            await message.channel.send("hello in DMs")
            return
        await self.process_commands(message)


async def test_login_ready_and_guild_cache(fake_discord: FakeDiscord, world: World) -> None:
    bot = TinyBot()
    async with running(bot, fake_discord):
        guild = bot.get_guild(world.guild.id)
        assert guild is not None and guild.name == world.guild.name
        assert {c.name for c in guild.text_channels} == {"general", "ask-marquee", "no-embeds"}
        assert bot.user is not None and bot.user.id == fake_discord.bot_user.id
        assert fake_discord.identify_intents == bot.intents.value
        assert fake_discord.calls("PUT", f"/applications/{fake_discord.state.application_id}/commands")
        assert [c["name"] for c in fake_discord.state.commands[None]] == ["shout"]
    assert fake_discord.unknown_routes == []


async def test_prefix_command_echo(fake_discord: FakeDiscord, world: World) -> None:
    async with running(TinyBot(), fake_discord):
        await fake_discord.send_message(
            world.general, world.member, "!echo hello <@" + str(world.admin.id) + ">"
        )
        reply = await fake_discord.wait_for_message(world.general.id)
    assert reply.content == f"hello <@{world.admin.id}>"
    assert reply.allowed_mentions == {"parse": []}
    assert not reply.pings_anyone  # the mention is shown but nobody is notified


async def test_slash_command_and_autocomplete(fake_discord: FakeDiscord, world: World) -> None:
    async with running(TinyBot(), fake_discord):
        interaction = await fake_discord.run_command(
            "shout", world.general, world.member, {"text": "hi", "times": 2}
        )
        reply = await fake_discord.wait_for_reply(interaction)
        choices = await fake_discord.autocomplete(
            "shout", world.general, world.member, {"text": "h"}, focused="text"
        )
    assert reply.content == "HI HI"
    assert reply.kind == "interaction"
    assert interaction.callbacks[0]["type"] == 4
    assert [c["value"] for c in choices] == ["heartstopper", "house of the dragon", "hacks"]


async def test_mention_reply_and_dm(fake_discord: FakeDiscord, world: World) -> None:
    async with running(TinyBot(), fake_discord):
        asked = await fake_discord.send_message(
            world.general, world.member, f"<@{fake_discord.bot_user.id}> hi"
        )
        reply = await fake_discord.wait_for_message(world.general.id)
        await fake_discord.send_dm(world.stranger, "psst")
        dm = fake_discord.state.dm_channel(world.stranger)
        dm_reply = await fake_discord.wait_for_message(dm.id)
    assert reply.content == f"you said: <@{fake_discord.bot_user.id}> hi"
    assert reply.message_reference is not None and str(reply.message_reference["message_id"]) == asked["id"]
    assert dm_reply.content == "hello in DMs"


async def test_reply_to_bot_message_mentions_bot(fake_discord: FakeDiscord, world: World) -> None:
    bot = TinyBot(content_intent=False)
    async with running(bot, fake_discord):
        await fake_discord.send_message(world.general, world.member, f"<@{fake_discord.bot_user.id}> one")
        first = await fake_discord.wait_for_message(world.general.id)
        await fake_discord.send_message(world.general, world.member, "two", reply_to=first)
        second = await fake_discord.wait_for_message(world.general.id)
        await fake_discord.send_message(
            world.general, world.member, "three", reply_to=first, mention_author=False
        )
        await fake_discord.send_message(world.general, world.member, f"<@{fake_discord.bot_user.id}> sync")
        await fake_discord.wait_for_message(world.general.id, predicate=lambda m: "sync" in m.content)
    assert second.content == "you said: two"  # a pinging reply mentions the bot, so content arrives
    silent = next(m for m in bot.seen if m.reference and m.content == "" and not m.author.bot)
    assert silent.reference is not None and silent.reference.message_id == first.id
    assert isinstance(silent.reference.resolved, discord.Message)


async def test_message_content_intent_blanking(fake_discord: FakeDiscord, world: World) -> None:
    bot = TinyBot(content_intent=False)
    async with running(bot, fake_discord):
        assert fake_discord.identify_intents is not None and not fake_discord.identify_intents & (1 << 15)
        await fake_discord.send_message(world.general, world.member, "!echo secret")
        await fake_discord.send_dm(world.stranger, "dm text")
        await fake_discord.wait_for_message(fake_discord.state.dm_channel(world.stranger).id)
    plain = next(m for m in bot.seen if m.guild is not None and m.author.id == world.member.id)
    dm = next(m for m in bot.seen if m.guild is None and m.author.id == world.stranger.id)
    assert plain.content == ""  # blanked: no intent, no mention, not a DM
    assert dm.content == "dm text"
    assert fake_discord.messages_in(world.general.id) == []  # so !echo never ran


async def test_bot_authors_and_own_messages(fake_discord: FakeDiscord, world: World) -> None:
    bot = TinyBot()
    async with running(bot, fake_discord):
        await fake_discord.send_message(world.general, world.other_bot, f"<@{fake_discord.bot_user.id}> hey")
        await fake_discord.send_message(world.general, world.member, "!echo done")
        await fake_discord.wait_for_message(world.general.id)
        await fake_discord.wait_until(lambda: any(m.author == bot.user for m in bot.seen), what="own echo")
    assert [m.content for m in fake_discord.messages_in(world.general.id)] == ["done"]
    assert any(m.author.bot and m.author.id == world.other_bot.id for m in bot.seen)


async def test_rate_limited_send_is_retried_once(fake_discord: FakeDiscord, world: World) -> None:
    async with running(TinyBot(), fake_discord):
        fake_discord.rate_limit_next_sends(2, retry_after=0.05)
        await fake_discord.send_message(world.general, world.member, "!echo patience")
        reply = await fake_discord.wait_for_message(world.general.id)
    assert reply.content == "patience"
    posts = fake_discord.calls("POST", f"/channels/{world.general.id}/messages")
    assert [c.status for c in posts] == [429, 429, 200]
    assert len(fake_discord.messages_in(world.general.id)) == 1


async def test_outage_then_resume_replays_missed_events(fake_discord: FakeDiscord, world: World) -> None:
    async with running(TinyBot(), fake_discord):
        async with fake_discord.outage():
            await fake_discord.send_message(world.general, world.member, "!echo missed me?")
        await fake_discord.wait_for_resume()
        reply = await fake_discord.wait_for_message(world.general.id)
        await fake_discord.drop_connection()  # a plain drop resumes too
        await fake_discord.wait_for_resume(count=2)
        await fake_discord.send_message(world.general, world.member, "!echo after")
        after = await fake_discord.wait_for_message(world.general.id)
    assert (reply.content, after.content) == ("missed me?", "after")
    assert len(fake_discord.messages_in(world.general.id)) == 2
    assert len(fake_discord.gateway.identifies) == 1  # resumed, never re-identified
    assert fake_discord.gateway.connect_paths == ["/gateway", "/resume", "/resume"]


async def test_permissions_and_embed_links(fake_discord: FakeDiscord, world: World) -> None:
    bot = TinyBot()
    async with running(bot, fake_discord):
        guild = bot.get_guild(world.guild.id)
        assert guild is not None
        no_embeds = guild.get_channel(world.no_embeds.id)
        assert isinstance(no_embeds, discord.TextChannel)
        assert not no_embeds.permissions_for(guild.me).embed_links
        await fake_discord.send_message(world.general, world.admin, "!perms")
        admin = await fake_discord.wait_for_message(world.general.id)
        await fake_discord.send_message(world.general, world.member, "!perms")
        member = await fake_discord.wait_for_message(world.general.id)
        await fake_discord.send_message(world.no_embeds, world.member, "!card")
        # Discord drops the embed and, with nothing left, refuses the send.
        await fake_discord.wait_until(lambda: bool(bot.errors), what="the refused send")
        bot_role = guild.get_role(fake_discord.state.bot_role(world.guild).id)
        assert bot_role is not None and bot_role.permissions.embed_links
        await fake_discord.set_bot_permissions(world.guild, 0)
        await fake_discord.wait_until(lambda: not bot_role.permissions.embed_links, what="role update")
    assert (admin.content, member.content) == ("manage_guild=True", "manage_guild=False")
    assert fake_discord.calls("POST", f"/channels/{world.no_embeds.id}/messages")[0].status == 400
    error = bot.errors[0]
    assert isinstance(error, commands.CommandInvokeError)
    assert isinstance(error.original, discord.HTTPException)
    assert error.original.code == 50006
    assert fake_discord.state.bot_role(world.guild).permissions & EMBED_LINKS == 0


async def test_button_click(fake_discord: FakeDiscord, world: World) -> None:
    bot = TinyBot()
    async with running(bot, fake_discord):
        await fake_discord.send_message(world.general, world.member, "!choose")
        prompt = await fake_discord.wait_for_message(world.general.id)
        await fake_discord.wait_until(lambda: tracks_view(bot, prompt.id), what="the view")
        click = await fake_discord.click(prompt, "pick", world.admin)
        reply = await fake_discord.wait_for_reply(click)
    assert prompt.components[0]["components"][0]["custom_id"] == "pick"
    assert reply.content == "picked by alice_admin"


async def test_unknown_routes_are_recorded_not_fatal(fake_discord: FakeDiscord, world: World) -> None:
    bot = TinyBot()
    async with running(bot, fake_discord):
        bans = await bot.http.request(
            discord.http.Route("GET", "/guilds/{guild_id}/bans", guild_id=world.guild.id)
        )
    assert bans == []
    assert [c.path for c in fake_discord.unknown_routes] == [f"/guilds/{world.guild.id}/bans"]


async def test_wrong_token_fails_login(fake_discord: FakeDiscord, world: World) -> None:
    with pytest.raises(discord.LoginFailure):
        async with running(TinyBot(), fake_discord, token="not-the-token"):
            pass


async def test_sharded_bot_asks_gateway_bot(world: World, fake_discord: FakeDiscord) -> None:
    fake_discord.shard_count = 2
    intents = discord.Intents.default()
    bot = commands.AutoShardedBot(command_prefix="!", intents=intents)
    async with running(bot, fake_discord):
        assert bot.shard_count == 2
        assert bot.get_guild(world.guild.id) is not None
    assert fake_discord.calls("GET", "/gateway/bot")
    assert sorted(tuple(i["shard"]) for i in fake_discord.gateway.identifies) == [(0, 2), (1, 2)]


async def test_only_synced_leaf_commands_can_be_invoked(fake_discord: FakeDiscord, world: World) -> None:
    async with running(TinyBot(), fake_discord):
        with pytest.raises(ValueError, match="never synced"):
            await fake_discord.run_command("nope", world.general, world.member)
        with pytest.raises(ValueError, match="no sub-command"):
            await fake_discord.run_command("shout loud", world.general, world.member)


async def test_files_and_guild_join_leave(fake_discord: FakeDiscord, world: World) -> None:
    bot = TinyBot()
    async with running(bot, fake_discord):
        await fake_discord.send_message(world.general, world.member, "!upload")
        upload = await fake_discord.wait_for_message(world.general.id)
        late = fake_discord.create_guild("Joined later")
        fake_discord.create_channel(late, "lobby")
        await fake_discord.join_guild(late)
        await fake_discord.wait_until(lambda: bot.get_guild(late.id) is not None, what="GUILD_CREATE")
        await fake_discord.leave_guild(late)
        await fake_discord.wait_until(lambda: bot.get_guild(late.id) is None, what="GUILD_DELETE")
    assert upload.body["_files"] == [{"field": "files[0]", "filename": "hello.txt", "size": 5}]
    assert upload.payload["attachments"][0]["filename"] == "hello.txt"
