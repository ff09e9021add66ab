""" "Did you mean" buttons: labels, asker-only use, and what a pick does."""

from __future__ import annotations

from typing import Any, cast

import discord

from bot.views import MAX_BUTTONS, NOT_YOURS, SuggestionButton, SuggestionView, suggestion_view


class Response:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.edits: list[dict[str, Any]] = []

    async def send_message(self, content: str, **kwargs: Any) -> None:
        self.sent.append({"content": content, **kwargs})

    async def edit_message(self, **kwargs: Any) -> None:
        self.edits.append(kwargs)


class User:
    def __init__(self, user_id: int) -> None:
        self.id = user_id


class FakeInteraction:
    def __init__(self, user_id: int) -> None:
        self.user = User(user_id)
        self.response = Response()


def interaction(user_id: int) -> tuple[discord.Interaction[Any], Response]:
    fake = FakeInteraction(user_id)
    return cast(discord.Interaction[Any], fake), fake.response


async def no_pick(_: discord.Interaction[Any], question: str) -> dict[str, Any]:
    raise AssertionError(f"should not be asked: {question}")


async def test_buttons_one_per_suggestion_capped() -> None:
    view = SuggestionView(tuple(f"!cast Show {i}" for i in range(8)), asker_id=1, pick=no_pick)
    labels = [item.label for item in view.children if isinstance(item, SuggestionButton)]
    assert labels == [f"!cast Show {i}" for i in range(MAX_BUTTONS)]
    assert suggestion_view((), 1, no_pick) is None


async def test_only_the_asker_may_press() -> None:
    view = SuggestionView(("!cast Heartstopper",), asker_id=1, pick=no_pick)
    other, response = interaction(2)
    assert not await view.interaction_check(other)
    assert response.sent[0]["content"] == NOT_YOURS and response.sent[0]["ephemeral"] is True
    asker, _ = interaction(1)
    assert await view.interaction_check(asker)


async def test_pick_asks_and_replaces_the_prompt() -> None:
    asked: list[str] = []

    async def pick(_: discord.Interaction[Any], question: str) -> dict[str, Any]:
        asked.append(question)
        return {"content": "Heartstopper stars Kit Connor.", "embed": None}

    view = SuggestionView(("!cast Heartstopper", "!director Heartstopper"), asker_id=1, pick=pick)
    button = next(item for item in view.children if isinstance(item, SuggestionButton))
    asker, response = interaction(1)
    await button.callback(asker)
    assert asked == ["!cast Heartstopper"]
    assert (
        response.edits[0]["content"] == "Heartstopper stars Kit Connor." and response.edits[0]["view"] is None
    )
    assert view.is_finished()
