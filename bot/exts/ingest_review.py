"""The review controls on an ingest preview: a select menu where an admin picks the facts NOT to import,
and the Approve and Reject buttons. All are dynamic items: their custom id carries the draft and its asker,
so they keep working after a restart."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord.ext import commands

from bot.draft_text import describe
from bot.embeds import clip
from db.ingest_store import FactView

MAX_OPTIONS = 25  # Discord's limit for one select menu; longer drafts: `marquee facts review`
PLACEHOLDER = "Drop facts: pick the ones NOT to import"
NOT_ADMIN = "Only the admin who added this article, or someone with **Manage Server**, can choose its facts."
NOT_YOURS = "Only the admin who added this article, or someone with **Manage Server**, can decide on it."
UNAVAILABLE = "Reviewing articles is unavailable right now; please try again in a moment."
NO_PINGS = discord.AllowedMentions.none()

# (interaction, draft id, asker id, dropped fact ids, fact ids the menu offered); set by the Ingest cog.
Toggle = Callable[[discord.Interaction[Any], int, int, list[int], list[int]], Awaitable[None]]


def fact_options(facts: tuple[FactView, ...]) -> list[discord.SelectOption]:
    """One option per fact (the first 25): what it claims, its confidence; dropped ones preselected."""
    return [
        discord.SelectOption(
            label=clip(describe(f.record).split(" ", 1)[-1].strip(), 100),
            value=str(f.id),
            description=clip(
                f"#{f.id} · {f.record.get('type', 'fact')} · confidence {f.confidence:.2f}", 100
            ),
            default=not f.accepted,
        )
        for f in facts[:MAX_OPTIONS]
    ]


async def _asker_or_admin(interaction: discord.Interaction[Any], asker_id: int, refusal: str) -> bool:
    """Whether the presser may act on the draft (its asker or a Manage Server member); else say why not."""
    if interaction.user.id == asker_id or (
        interaction.guild is not None and interaction.permissions.manage_guild
    ):
        return True
    await interaction.response.send_message(refusal, ephemeral=True, allowed_mentions=NO_PINGS)
    return False


class FactSelect(
    discord.ui.DynamicItem[discord.ui.Select[discord.ui.View]],
    template=r"ingest:facts:(?P<draft>[0-9]+):(?P<asker>[0-9]+)",
):
    """The facts of one draft; the chosen ones are dropped. Only the asker or a Manage Server member."""

    toggle: Toggle | None = None  # the Ingest cog's handler, set when it loads

    def __init__(self, draft_id: int, asker_id: int, options: list[discord.SelectOption]) -> None:
        super().__init__(
            discord.ui.Select(
                custom_id=f"ingest:facts:{draft_id}:{asker_id}",
                placeholder=PLACEHOLDER,
                min_values=0,
                max_values=max(1, len(options)),
                options=options or [discord.SelectOption(label="no facts", value="0")],
            )
        )
        self.draft_id, self.asker_id = draft_id, asker_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any, /
    ) -> FactSelect:
        # The options travel with the message: rebuild the menu from the one that was used.
        options = list(item.options) if isinstance(item, discord.ui.Select) else []
        return cls(int(match["draft"]), int(match["asker"]), options)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return await _asker_or_admin(interaction, self.asker_id, NOT_ADMIN)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        offered = [int(o.value) for o in self.item.options]
        dropped = [int(v) for v in self.item.values]
        if FactSelect.toggle is None:
            await interaction.response.send_message(UNAVAILABLE, ephemeral=True, allowed_mentions=NO_PINGS)
            return
        await FactSelect.toggle(interaction, self.draft_id, self.asker_id, dropped, offered)


class DraftButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"ingest:(?P<action>approve|reject):(?P<draft>[0-9]+):(?P<asker>[0-9]+)",
):
    """Approve or Reject one draft; only its asker or a Manage Server member may press it."""

    def __init__(self, action: str, draft_id: int, asker_id: int) -> None:
        approve = action == "approve"
        super().__init__(
            discord.ui.Button(
                label="Approve" if approve else "Reject",
                style=discord.ButtonStyle.success if approve else discord.ButtonStyle.danger,
                custom_id=f"ingest:{action}:{draft_id}:{asker_id}",
            )
        )
        self.action, self.draft_id, self.asker_id = action, draft_id, asker_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Any, /
    ) -> DraftButton:
        return cls(match["action"], int(match["draft"]), int(match["asker"]))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return await _asker_or_admin(interaction, self.asker_id, NOT_YOURS)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        from bot.exts.ingest import Ingest  # imported here: bot.exts.ingest imports this module

        cog = interaction.client.get_cog("Ingest") if isinstance(interaction.client, commands.Bot) else None
        if not isinstance(cog, Ingest):  # the extension is being unloaded
            await interaction.response.send_message(UNAVAILABLE, ephemeral=True, allowed_mentions=NO_PINGS)
            return
        await cog.decide(interaction, self.action, self.draft_id)


def decision_view(draft_id: int, asker_id: int, facts: tuple[FactView, ...] = ()) -> discord.ui.View:
    """A menu to drop single facts, then Approve and Reject buttons (no timeout: the draft waits)."""
    view = discord.ui.View(timeout=None)
    if facts:
        view.add_item(FactSelect(draft_id, asker_id, fact_options(facts)))
    view.add_item(DraftButton("approve", draft_id, asker_id))
    view.add_item(DraftButton("reject", draft_id, asker_id))
    return view
