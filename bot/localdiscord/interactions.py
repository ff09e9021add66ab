"""Build INTERACTION_CREATE payloads (slash commands, autocomplete, button clicks) as Discord sends them."""

from __future__ import annotations

import secrets
from typing import Any

from .models import DEFAULT_EVERYONE, DM_CHANNEL, JSON, FakeChannel, FakeRole, FakeUser, snowflake
from .state import FakeState, InteractionRecord

APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
_SUB_COMMAND, _SUB_GROUP = 1, 2


class _Resolver:
    """Turns option values into wire values, collecting the ``resolved`` data entities need."""

    def __init__(self, state: FakeState, guild_id: int | None, channel_id: int) -> None:
        self.state, self.guild_id, self.channel_id = state, guild_id, channel_id
        self.resolved: dict[str, dict[str, JSON]] = {}

    def option(self, value: Any) -> tuple[int, Any]:
        """(option type, wire value) for str/int/float/bool, or a FakeUser/FakeChannel/FakeRole."""
        guild = self.state.guilds.get(self.guild_id) if self.guild_id else None
        if isinstance(value, FakeUser):
            self.resolved.setdefault("users", {})[str(value.id)] = value.payload()
            if guild is not None and value.id in guild.members:
                member = guild.members[value.id].payload(with_user=False)
                member["permissions"] = str(guild.channel_permissions(value.id, self.channel_id))
                self.resolved.setdefault("members", {})[str(value.id)] = member
            return 6, str(value.id)
        if isinstance(value, FakeChannel):
            data = value.payload()
            if guild is not None and value.guild_id == guild.id:
                bot_id = self.state.bot_user.id
                data["permissions"] = str(guild.channel_permissions(bot_id, value.id))
            self.resolved.setdefault("channels", {})[str(value.id)] = data
            return 7, str(value.id)
        if isinstance(value, FakeRole):
            self.resolved.setdefault("roles", {})[str(value.id)] = value.payload()
            return 8, str(value.id)
        for kind, types in ((5, bool), (4, int), (10, float), (3, str)):
            if isinstance(value, types):
                return kind, value
        raise TypeError(f"fake Discord: unsupported option value {value!r}")


def _find_definition(state: FakeState, name: str, guild_id: int | None) -> tuple[JSON | None, bool]:
    """The synced command called ``name`` and whether it is a guild command."""
    if guild_id is not None:
        for command in state.commands.get(guild_id, []):
            if command["name"] == name:
                return command, True
    for command in state.commands.get(None, []):
        if command["name"] == name:
            return command, False
    return None, False


def _check_path(definition: JSON | None, root: str, path: list[str], synced: bool) -> None:
    """Refuse invocations Discord could not send: unsynced commands, or stopping at a group."""
    if definition is None:
        if synced:
            raise ValueError(f"fake Discord: /{root} was never synced, Discord would not offer it")
        return
    node = definition
    for name in path:
        found = next((o for o in node.get("options") or [] if o.get("name") == name), None)
        if found is None or int(found["type"]) not in (_SUB_COMMAND, _SUB_GROUP):
            raise ValueError(f"fake Discord: /{root} has no sub-command {name!r}")
        node = found
    if any(int(o["type"]) in (_SUB_COMMAND, _SUB_GROUP) for o in node.get("options") or []):
        raise ValueError(f"fake Discord: /{' '.join([root, *path])} is a group; name one of its sub-commands")


def _options(
    definition: JSON | None, path: list[str], values: dict[str, Any], focused: str | None, resolver: _Resolver
) -> list[JSON]:
    """Nest sub-command groups/sub-commands along ``path``, then the leaf values."""
    defs: list[JSON] = list(definition.get("options") or []) if definition else []
    if path:
        head, rest = path[0], path[1:]
        sub = next((d for d in defs if d.get("name") == head), None)
        kind = int(sub["type"]) if sub else (_SUB_GROUP if rest else _SUB_COMMAND)
        return [{"name": head, "type": kind, "options": _options(sub, rest, values, focused, resolver)}]
    out: list[JSON] = []
    for name, value in values.items():
        spec = next((d for d in defs if d.get("name") == name), None)
        kind, wire = resolver.option(value)
        option: JSON = {"name": name, "type": int(spec["type"]) if spec else kind, "value": wire}
        if name == focused:
            # Autocomplete sends what is typed so far, always as text.
            option["focused"] = True
        out.append(option)
    return out


def _common(state: FakeState, kind: int, channel: FakeChannel, user: FakeUser) -> JSON:
    """Fields every interaction has: who, where, and the permissions Discord resolved."""
    payload: JSON = {
        "id": str(snowflake()),
        "application_id": str(state.application_id),
        "type": kind,
        "token": "itoken-" + secrets.token_hex(16),
        "version": 1,
        "locale": "en-US",
        "attachment_size_limit": 10 * 1024 * 1024,
        "entitlements": [],
        "channel_id": str(channel.id),
        "channel": channel.payload(),
    }
    guild = state.guilds.get(channel.guild_id) if channel.guild_id else None
    if guild is None or channel.type == DM_CHANNEL:
        payload.update(user=user.payload(), context=1, authorizing_integration_owners={"0": "0"})
        payload["app_permissions"] = str(DEFAULT_EVERYONE)
        return payload
    member = guild.members[user.id].payload()
    member["permissions"] = str(guild.channel_permissions(user.id, channel.id))
    payload.update(
        guild_id=str(guild.id),
        guild={"id": str(guild.id), "locale": "en-US", "features": []},
        guild_locale="en-US",
        member=member,
        context=0,
        authorizing_integration_owners={"0": str(guild.id)},
        app_permissions=str(guild.channel_permissions(state.bot_user.id, channel.id)),
    )
    return payload


def _register(state: FakeState, payload: JSON, channel: FakeChannel, user: FakeUser) -> InteractionRecord:
    record = InteractionRecord(
        id=int(payload["id"]),
        token=str(payload["token"]),
        type=int(payload["type"]),
        channel_id=channel.id,
        guild_id=channel.guild_id,
        user_id=user.id,
        payload=payload,
    )
    state.interactions[record.id] = record
    return record


def command_interaction(
    state: FakeState,
    command: str,
    channel: FakeChannel,
    user: FakeUser,
    options: dict[str, Any] | None = None,
    *,
    focused: str | None = None,
) -> InteractionRecord:
    """A slash command (or, with ``focused``, an autocomplete request); "config prefix" nests.

    Option values may be str/int/float/bool, or a FakeUser/FakeChannel/FakeRole (sent with
    ``resolved`` data, as Discord does).
    """
    root, *path = command.split()
    definition, is_guild_command = _find_definition(state, root, channel.guild_id)
    _check_path(definition, root, path, synced=any(state.commands.values()))
    kind = AUTOCOMPLETE if focused is not None else APPLICATION_COMMAND
    payload = _common(state, kind, channel, user)
    resolver = _Resolver(state, channel.guild_id, channel.id)
    data: JSON = {
        "id": definition["id"] if definition else str(snowflake()),
        "name": root,
        "type": 1,
        "options": _options(definition, path, options or {}, focused, resolver),
    }
    if resolver.resolved:
        data["resolved"] = resolver.resolved
    if is_guild_command:
        data["guild_id"] = str(channel.guild_id)
    payload["data"] = data
    return _register(state, payload, channel, user)


def component_interaction(
    state: FakeState,
    message: JSON,
    custom_id: str,
    user: FakeUser,
    component_type: int = 2,
    values: list[str] | None = None,
) -> InteractionRecord:
    """A click on a button (component_type 2) or a choice in a select menu (3, with `values`)."""
    channel = state.channels[int(message["channel_id"])]
    payload = _common(state, MESSAGE_COMPONENT, channel, user)
    payload["message"] = message
    payload["data"] = {"custom_id": custom_id, "component_type": component_type}
    if values is not None:
        payload["data"]["values"] = values
    return _register(state, payload, channel, user)
