"""Slash commands typed in the playground: the command list, and option values typed as Discord would."""

from __future__ import annotations

import pytest

from bot.localdiscord.state import FakeState
from bot.playground.commands import CommandError, command_catalog, option_values
from bot.playground.world import GUILD_ID, PlaygroundWorld, build_playground_world

# Shaped like discord.py's sync of /config (a group with a sub-group) and /premiere.
SYNCED = [
    {
        "name": "config",
        "description": "Server settings",
        "contexts": [0],
        "options": [
            {
                "type": 2,
                "name": "question",
                "description": "Question channels",
                "options": [
                    {
                        "type": 1,
                        "name": "add",
                        "description": "Add a question channel",
                        "options": [{"type": 7, "name": "channel", "description": "The channel"}],
                    }
                ],
            },
            {
                "type": 1,
                "name": "limit",
                "description": "A made-up numeric setting",
                "options": [{"type": 4, "name": "count", "description": "How many", "required": True}],
            },
        ],
    },
    {
        "name": "premiere",
        "contexts": [0, 1, 2],
        "description": "When a show premieres",
        "options": [{"type": 3, "name": "show", "description": "The show", "autocomplete": True}],
    },
]


@pytest.fixture
def world() -> tuple[FakeState, PlaygroundWorld]:
    state = FakeState("token")
    world = build_playground_world(state)
    state.commands[None] = SYNCED
    return state, world


def test_catalog_spells_out_sub_commands(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, _ = world
    names = [c["name"] for c in command_catalog(state, GUILD_ID)]
    assert names == ["config limit", "config question add", "premiere"]


def test_catalog_marks_server_only_commands(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, _ = world
    guild_only = {c["name"]: c["guild_only"] for c in command_catalog(state, GUILD_ID)}
    assert guild_only == {"config limit": True, "config question add": True, "premiere": False}


def test_catalog_keeps_the_autocomplete_flag(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, _ = world
    premiere = next(c for c in command_catalog(state, GUILD_ID) if c["name"] == "premiere")
    assert premiere["options"][0]["autocomplete"] is True


def test_channel_option_is_typed_by_its_name(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, w = world
    values, _ = option_values(state, w.general, "config question add", {"channel": "#ask-marquee"}, None)
    assert values["channel"] is w.questions


def test_unknown_channel_is_refused_by_name(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, w = world
    with pytest.raises(CommandError, match="no channel called #random"):
        option_values(state, w.general, "config question add", {"channel": "#random"}, None)


def test_integer_option_refuses_words(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, w = world
    with pytest.raises(CommandError, match="count must be a whole number"):
        option_values(state, w.general, "config limit", {"count": "many"}, None)


def test_missing_required_option_is_named(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, w = world
    with pytest.raises(CommandError, match="needs count"):
        option_values(state, w.general, "config limit", {}, None)


def test_focused_option_stays_the_text_typed_so_far(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, w = world
    values, _ = option_values(state, w.general, "config limit", {"count": "1"}, "count")
    assert values == {"count": "1"}


def test_unknown_command_is_refused(world: tuple[FakeState, PlaygroundWorld]) -> None:
    state, w = world
    with pytest.raises(CommandError, match="not one of Marquee's commands"):
        option_values(state, w.general, "teleport", {}, None)
