"""The playground's server: one guild with two text channels, you, and an admin role you can toggle."""

from __future__ import annotations

from dataclasses import dataclass

from bot.localdiscord.models import (
    BOT_DEFAULT,
    DEFAULT_EVERYONE,
    MANAGE_GUILD,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
)
from bot.localdiscord.state import FakeState

# Fixed ids, so settings an admin changes (prefix, question channels) are found again after a restart.
GUILD_ID = 1_200_000_000_000_000_001
ADMIN_ROLE_ID = GUILD_ID + 1
BOT_ROLE_ID = GUILD_ID + 2
GENERAL_ID = GUILD_ID + 10
QUESTIONS_ID = GUILD_ID + 11
YOU_ID = GUILD_ID + 20
GUILD_NAME = "Marquee Playground"
BOT_NAME = "Marquee"


@dataclass
class PlaygroundWorld:
    """Handles on the playground's guild, channels and the person using the page."""

    guild: FakeGuild
    general: FakeChannel  # the bot answers commands, mentions and replies here
    questions: FakeChannel  # a question channel: the bot answers every question it is sure about
    dm: FakeChannel  # your direct messages with the bot
    you: FakeUser
    admin_role: FakeRole

    @property
    def channels(self) -> list[FakeChannel]:
        return [self.questions, self.general, self.dm]

    @property
    def is_admin(self) -> bool:
        return self.admin_role.id in self.guild.members[self.you.id].role_ids

    def set_admin(self, admin: bool) -> None:
        """Give or take the Manage Server role; every later message and interaction carries it."""
        roles = self.guild.members[self.you.id].role_ids
        if admin and self.admin_role.id not in roles:
            roles.append(self.admin_role.id)
        elif not admin and self.admin_role.id in roles:
            roles.remove(self.admin_role.id)


def build_playground_world(state: FakeState) -> PlaygroundWorld:
    """Populate ``state`` before the bot connects, so everything arrives in its GUILD_CREATE."""
    state.bot_user.username = BOT_NAME
    you = FakeUser(YOU_ID, "you")
    state.users[you.id] = you
    guild = FakeGuild(GUILD_ID, GUILD_NAME, state.owner_user.id)
    guild.roles[guild.id] = FakeRole(guild.id, "@everyone", DEFAULT_EVERYONE)
    bot_role = FakeRole(BOT_ROLE_ID, BOT_NAME, BOT_DEFAULT, position=1, managed=True)
    admin_role = FakeRole(ADMIN_ROLE_ID, "Admins", MANAGE_GUILD, position=2)
    for role in (bot_role, admin_role):
        guild.roles[role.id] = role
    guild.members[state.owner_user.id] = FakeMember(state.owner_user)
    guild.members[state.bot_user.id] = FakeMember(state.bot_user, [bot_role.id])
    guild.members[you.id] = FakeMember(you)
    state.guilds[guild.id] = guild
    channels = []
    for position, (channel_id, name) in enumerate(((QUESTIONS_ID, "ask-marquee"), (GENERAL_ID, "general"))):
        channel = FakeChannel(channel_id, name, guild.id, position=position)
        guild.channels[channel.id] = channel
        state.channels[channel.id] = channel
        channels.append(channel)
    return PlaygroundWorld(guild, channels[1], channels[0], state.dm_channel(you), you, admin_role)
