"""A ready-made test server: channels, an admin, a plain member, another bot, a DM-only user."""

from __future__ import annotations

from dataclasses import dataclass

from .models import BOT_DEFAULT, EMBED_LINKS, MANAGE_GUILD, FakeChannel, FakeGuild, FakeRole, FakeUser
from .server import FakeDiscord


@dataclass
class World:
    """Handles on everything ``build_world`` created."""

    guild: FakeGuild
    general: FakeChannel  # the bot can do everything here
    questions: FakeChannel  # meant to become an admin-enabled question channel
    no_embeds: FakeChannel  # the bot lacks Embed Links here (channel overwrite)
    admin_role: FakeRole
    admin: FakeUser  # has Manage Server
    member: FakeUser  # no special permission
    other_bot: FakeUser  # another bot in the guild
    stranger: FakeUser  # shares no guild with the bot; only DMs it


def build_world(server: FakeDiscord) -> World:
    """Populate ``server`` before the bot connects, so everything arrives in GUILD_CREATE."""
    guild = server.create_guild("Marquee Test Server")
    admin_role = server.create_role(guild, "Moderators", MANAGE_GUILD)
    admin = server.create_user("alice_admin")
    member = server.create_user("bob_member")
    other_bot = server.create_user("OtherBot", bot=True)
    stranger = server.create_user("carol_dm")
    server.add_member(guild, admin, [admin_role])
    server.add_member(guild, member)
    server.add_member(guild, other_bot)
    general = server.create_channel(guild, "general")
    questions = server.create_channel(guild, "ask-marquee")
    bot_role = server.state.bot_role(guild)
    deny_embeds = {"id": str(bot_role.id), "type": 0, "allow": "0", "deny": str(EMBED_LINKS)}
    no_embeds = server.create_channel(guild, "no-embeds", [deny_embeds])
    assert bot_role.permissions == BOT_DEFAULT
    return World(guild, general, questions, no_embeds, admin_role, admin, member, other_bot, stranger)
