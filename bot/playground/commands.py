"""The bot's registered slash commands as the page lists them, and typed option values for invoking them."""

from __future__ import annotations

from typing import Any

from bot.localdiscord.models import JSON, FakeChannel
from bot.localdiscord.state import FakeState

SUB_COMMAND, SUB_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, NUMBER, ATTACHMENT = 3, 4, 5, 6, 7, 8, 10, 11
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


class CommandError(ValueError):
    """A slash command the page cannot send as typed; the message says what to fix."""


def _option(spec: JSON) -> JSON:
    return {
        "name": spec["name"],
        "type": int(spec["type"]),
        "description": spec.get("description", ""),
        "required": bool(spec.get("required")),
        "autocomplete": bool(spec.get("autocomplete")),
        "choices": [c["name"] for c in spec.get("choices") or []],
    }


def _leaves(path: str, node: JSON) -> list[JSON]:
    """Invocable commands under ``node``: itself, or its sub-commands ("config prefix")."""
    options = node.get("options") or []
    subs = [o for o in options if int(o["type"]) in (SUB_COMMAND, SUB_GROUP)]
    if not subs:
        return [
            {
                "name": path,
                "description": node.get("description", ""),
                "options": [_option(o) for o in options],
            }
        ]
    return [leaf for sub in subs for leaf in _leaves(f"{path} {sub['name']}", sub)]


def _guild_only(command: JSON) -> bool:
    """Commands Discord offers only in servers (context 0 alone, or DMs not permitted)."""
    contexts = command.get("contexts")
    return command.get("dm_permission") is False or (isinstance(contexts, list) and contexts == [0])


def command_catalog(state: FakeState, guild_id: int) -> list[JSON]:
    """Every command the bot registered (global and this guild's), sub-commands spelled out, by name."""
    commands = [*state.commands.get(None, []), *state.commands.get(guild_id, [])]
    leaves = [
        {**leaf, "guild_only": _guild_only(command)}
        for command in commands
        for leaf in _leaves(command["name"], command)
    ]
    return sorted(leaves, key=lambda leaf: str(leaf["name"]))


def _spec(state: FakeState, guild_id: int | None, name: str) -> JSON | None:
    for leaf in command_catalog(state, guild_id or 0):
        if leaf["name"] == name:
            return leaf
    return None


def _convert(state: FakeState, channel: FakeChannel, spec: JSON, raw: str) -> Any:
    kind, name = int(spec["type"]), spec["name"]
    value = raw.strip()
    if kind == INTEGER:
        try:
            return int(value)
        except ValueError:
            raise CommandError(f"{name} must be a whole number") from None
    if kind == NUMBER:
        try:
            return float(value)
        except ValueError:
            raise CommandError(f"{name} must be a number") from None
    if kind == BOOLEAN:
        if value.lower() not in _TRUE | _FALSE:
            raise CommandError(f"{name} must be true or false")
        return value.lower() in _TRUE
    if kind == CHANNEL:
        guild = state.guilds.get(channel.guild_id) if channel.guild_id else None
        wanted = value.lstrip("#").lower()
        found = next((c for c in (guild.channels.values() if guild else []) if c.name == wanted), None)
        if found is None:
            raise CommandError(f"{name}: no channel called #{wanted}")
        return found
    if kind == USER:
        found_user = next((u for u in state.users.values() if u.username.lower() == value.lower()), None)
        if found_user is None:
            raise CommandError(f"{name}: nobody called {value}")
        return found_user
    if kind in (ROLE, ATTACHMENT):
        raise CommandError(f"{name} can't be typed here")
    return raw


def option_values(
    state: FakeState, channel: FakeChannel, name: str, raw: dict[str, Any], focused: str | None
) -> tuple[dict[str, Any], JSON | None]:
    """Typed values for the command's options, and its attachment option if it has one.

    While autocompleting, the focused option stays the text typed so far, as Discord sends it.
    """
    spec = _spec(state, channel.guild_id, name)
    if spec is None:
        raise CommandError(f"/{name} is not one of Marquee's commands")
    options = {o["name"]: o for o in spec["options"]}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        option = options.get(key)
        if option is None:
            raise CommandError(f"/{name} has no option {key}")
        text = str(value)
        if key == focused:
            values[key] = text
        elif text.strip():
            values[key] = _convert(state, channel, option, text)
    attachment = next((o for o in spec["options"] if o["type"] == ATTACHMENT), None)
    missing = [
        o["name"]
        for o in spec["options"]
        if o["required"] and o["name"] not in values and o["type"] != ATTACHMENT
    ]
    if missing and focused is None:
        raise CommandError(f"/{name} needs {', '.join(missing)}")
    return values, attachment
