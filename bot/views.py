""" "Did you mean" buttons: each asks one suggested question; only the asker may press them."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.embeds import clip

log = logging.getLogger(__name__)

MAX_BUTTONS = 5  # one row; more choices than that would not help anyone
MAX_LABEL = 80
NOT_YOURS = "Only the person who asked can pick an answer here — ask me yourself!"

# Ask the engine a suggested question and return what to edit the message to.
Pick = Callable[[discord.Interaction[Any], str], Awaitable[dict[str, Any]]]


class SuggestionButton(discord.ui.Button["SuggestionView"]):
    """One suggested question."""

    def __init__(self, question: str, index: int) -> None:
        super().__init__(
            label=clip(question, MAX_LABEL), style=discord.ButtonStyle.secondary, custom_id=f"suggest:{index}"
        )
        self.question = question

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        assert self.view is not None
        await self.view.picked(interaction, self.question)


class SuggestionView(discord.ui.View):
    """Buttons for an answer's suggestions, usable once, by the asker only."""

    def __init__(
        self, suggestions: tuple[str, ...], asker_id: int, pick: Pick, *, timeout: float = 600
    ) -> None:
        super().__init__(timeout=timeout)
        self.asker_id = asker_id
        self._pick = pick
        self.message: discord.Message | discord.InteractionMessage | None = None
        for index, question in enumerate(suggestions[:MAX_BUTTONS]):
            self.add_item(SuggestionButton(question, index))

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.asker_id:
            return True
        await interaction.response.send_message(
            NOT_YOURS, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
        return False

    async def picked(self, interaction: discord.Interaction[Any], question: str) -> None:
        """Replace the "did you mean" message with the answer to the chosen question."""
        self.stop()
        reply = await self._pick(interaction, question)
        await interaction.response.edit_message(
            **reply, view=None, allowed_mentions=discord.AllowedMentions.none()
        )

    async def on_timeout(self) -> None:
        # Stale buttons would only fail when pressed; take them away instead.
        if self.message is None:
            return
        try:
            await self.message.edit(view=None, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            log.debug("could not remove expired suggestion buttons: %s", exc)


def suggestion_view(suggestions: tuple[str, ...], asker_id: int, pick: Pick) -> SuggestionView | None:
    """A view for ``suggestions``, or None when there is nothing to suggest."""
    return SuggestionView(suggestions, asker_id, pick) if suggestions else None
