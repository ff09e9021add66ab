"""`!ingest` / `/ingest`: an admin uploads a news article (.txt); Marquee drafts its facts for Approve/Reject.

Approving imports the draft (db.ingest_store) and reloads the engine, so the next question already gets
the new facts. The buttons are dynamic items: their custom id carries the draft, so they keep working
after a restart, and a draft decided elsewhere (`marquee facts review`) is reported as such.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.embeds import can_embed
from bot.exts.ingest_preview import (
    APPROVED_COLOUR,
    CLOSED_COLOUR,
    decided,
    decode_upload,
    details_problem,
    file_problem,
    parse_date,
    preview_embed,
    preview_text,
)
from bot.exts.ingest_review import DraftButton, FactSelect, decision_view
from bot.exts.refresh import refresh_facts
from bot.exts.typed import hybrid_command
from db.availability import TRY_AGAIN, is_unavailable, write
from db.drafts import DraftStatus
from db.ingest_store import (
    DraftError,
    DraftView,
    already_imported,
    approve_draft,
    find_draft,
    get_draft,
    reject_draft,
    save_draft,
    set_dropped,
)
from ingest import IngestError, extract_facts
from ingest.model import Extraction

if TYPE_CHECKING:
    from bot.discord_app import MarqueeBot

log = logging.getLogger(__name__)
Ctx = commands.Context["MarqueeBot"]
NO_PINGS = discord.AllowedMentions.none()
RESPOND_WITHIN = 2.0  # seconds an approval waits for the reload before answering the click (limit: 3)
DM_REFUSAL = "Adding articles only works in a server, not in DMs."
NOT_ADMIN = "Only members with the **Manage Server** permission can add articles to Marquee."
SORRY = "Sorry, I couldn't reach my database just now; nothing was changed. Please try again in a moment."


class ArticleDetails(commands.FlagConverter, case_insensitive=True):
    """`[published:] 2024-09-01 outlet: Variety url: https://...`; each a separate option in /ingest."""

    # Positional too: "!ingest 2024-09-01" must not silently drop the date.
    published: str | None = commands.flag(
        default=None,
        positional=True,
        description="The article's date, YYYY-MM-DD (default: a date found in the text)",
    )
    outlet: str | None = commands.flag(default=None, description="Who published it, e.g. Variety")
    url: str | None = commands.flag(default=None, description="Where it was published (https://...)")


class Ingest(commands.Cog):
    """Articles in, facts out: upload, preview, approve or reject."""

    def __init__(self, bot: MarqueeBot) -> None:
        self.bot = bot
        # One decision at a time in this process, so two quick clicks import a draft once.
        self._deciding = asyncio.Lock()

    async def _say(self, ctx: Ctx, text: str) -> None:
        kwargs: dict[str, Any] = {}
        if ctx.interaction is None:
            kwargs.update(reference=ctx.message.to_reference(fail_if_not_exists=False), mention_author=False)
        await ctx.send(text, ephemeral=True, allowed_mentions=NO_PINGS, **kwargs)

    @hybrid_command(
        name="ingest", description="Add facts from a news article (.txt file); Manage Server only"
    )
    @app_commands.describe(file="The article as a plain-text .txt file (UTF-8)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def ingest(
        self, ctx: Ctx, file: discord.Attachment | None = None, *, details: ArticleDetails
    ) -> None:
        # Checked here rather than in cog_check: the shared error replies speak of "settings".
        if ctx.guild is None:
            await self._say(ctx, DM_REFUSAL)
            return
        if not ctx.permissions.manage_guild:
            await self._say(ctx, NOT_ADMIN)
            return
        problem = details_problem(details.published, details.outlet, details.url) or file_problem(
            file, ctx.clean_prefix or "!"
        )
        if problem is not None:
            await self._say(ctx, problem)
            return
        assert file is not None  # file_problem refuses a missing file
        async with ctx.typing():  # slash: "thinking…" (a long article takes seconds to read)
            await self._ingest(ctx, file, details)

    async def _ingest(self, ctx: Ctx, file: discord.Attachment, details: ArticleDetails) -> None:
        try:
            data = await file.read()
        except discord.HTTPException as exc:
            log.warning("could not download attachment %s: %s", file.id, exc)
            await self._say(ctx, "I couldn't download that file from Discord; please attach it again.")
            return
        published = parse_date(details.published) if details.published else None
        try:
            text = decode_upload(data)
            # Extraction is CPU work (seconds for a long article): keep the event loop answering.
            extraction = await asyncio.to_thread(extract_facts, text, published)
        except IngestError as exc:
            await self._say(ctx, f"I can't use that file: {exc}. Nothing was saved.")
            return
        if not extraction.has_stated_facts():
            await self._say(ctx, "I found no facts about a show in that article; nothing was saved.")
            return
        try:
            draft, existing = await self._save(extraction, details)
        except (SQLAlchemyError, OSError) as exc:
            if not is_unavailable(exc):
                log.exception("saving an ingest draft failed (guild %s)", ctx.guild and ctx.guild.id)
            await self._say(ctx, TRY_AGAIN if is_unavailable(exc) else SORRY)
            return
        if draft is None:
            await self._say(ctx, "That article was already imported; nothing changed.")
            return
        note = (
            f"This article was already waiting for review as draft #{draft.id}, with the details given "
            "then. To change them, reject it and upload the article again."
            if existing
            else None
        )
        embed = preview_embed(draft, problems=len(extraction.problems), note=note)
        kwargs: dict[str, Any] = {"embed": embed}
        if ctx.interaction is None:
            kwargs.update(reference=ctx.message.to_reference(fail_if_not_exists=False), mention_author=False)
            if not can_embed(ctx.channel, ctx.me):  # Discord would drop the embed, leaving bare buttons
                kwargs = {**kwargs, "embed": None, "content": preview_text(embed)}
        view = decision_view(draft.id, ctx.author.id, draft.facts)
        await ctx.send(view=view, allowed_mentions=NO_PINGS, **kwargs)

    async def _save(self, extraction: Extraction, details: ArticleDetails) -> tuple[DraftView | None, bool]:
        """(the pending draft, whether it existed already); (None, False) if the article was imported."""

        async def save(session: AsyncSession) -> tuple[DraftView | None, bool]:
            if await already_imported(session, extraction):
                return None, False
            found = await find_draft(session, extraction.fingerprint)
            if found is not None and found.status == DraftStatus.PENDING.value:
                return found, True
            outlet = details.outlet.strip() if details.outlet else None
            return await save_draft(session, extraction, outlet, details.url), False

        return await write(self.bot.sessions, save)

    async def toggle(
        self,
        interaction: discord.Interaction[Any],
        draft_id: int,
        asker: int,
        dropped: list[int],
        offered: list[int],
    ) -> None:
        """Record which facts the admin dropped, then show the preview with them struck through."""
        try:
            async with self._deciding, self.bot.sessions.begin() as session:
                draft = await set_dropped(session, draft_id, dropped, offered)
        except DraftError as exc:
            closed = decided(interaction.message, f"Nothing to do: {exc}.", CLOSED_COLOUR)
            await interaction.response.edit_message(**closed, view=None, allowed_mentions=NO_PINGS)
            return
        except SQLAlchemyError:
            log.exception("dropping facts of draft %s failed", draft_id)
            await interaction.response.send_message(SORRY, ephemeral=True, allowed_mentions=NO_PINGS)
            return
        embed = preview_embed(draft)
        plain = interaction.message is not None and not interaction.message.embeds
        edit: dict[str, Any] = {"content": preview_text(embed)} if plain else {"embed": embed}
        view = decision_view(draft_id, asker, draft.facts)
        await interaction.response.edit_message(**edit, view=view, allowed_mentions=NO_PINGS)

    async def decide(self, interaction: discord.Interaction[Any], action: str, draft_id: int) -> None:
        """Approve (import, then reload the engine) or reject a draft, then update its preview."""
        try:
            async with self._deciding:
                outcome = await self._record(action, draft_id, interaction.user.display_name)
        except DraftError as exc:
            # Decided meanwhile (another admin, or `marquee facts review`): say so, drop the buttons.
            edit = decided(interaction.message, f"Nothing to do: {exc}.", CLOSED_COLOUR)
            await interaction.response.edit_message(**edit, view=None, allowed_mentions=NO_PINGS)
            return
        except (SQLAlchemyError, OSError) as exc:
            down = is_unavailable(exc)
            if not down:
                log.exception("%s of draft %s failed", action, draft_id)
            reply = TRY_AGAIN if down else SORRY
            await interaction.response.send_message(reply, ephemeral=True, allowed_mentions=NO_PINGS)
            return
        if action == "approve":
            await self._answer_approval(interaction, outcome, draft_id)
            return
        edit = decided(interaction.message, outcome, CLOSED_COLOUR)
        await interaction.response.edit_message(**edit, view=None, allowed_mentions=NO_PINGS)

    async def _record(self, action: str, draft_id: int, who: str) -> str:
        """Apply the decision in one transaction; the line recording it on the preview."""

        async def record(session: AsyncSession) -> str:
            if action != "approve":
                await reject_draft(session, draft_id)
                return f"Rejected by {who}: nothing was imported."
            await approve_draft(session, draft_id)
            return f"Approved by {who}: {(await get_draft(session, draft_id)).outcome}."

        return await write(self.bot.sessions, record)

    async def _answer_approval(
        self, interaction: discord.Interaction[Any], outcome: str, draft_id: int
    ) -> None:
        # Answer the click with the new facts live when the reload is quick; a big catalog can
        # take longer than Discord waits for a response, so then a follow-up says when they are.
        reload = asyncio.create_task(refresh_facts(self.bot), name=f"ingest-reload-{draft_id}")
        await asyncio.wait({reload}, timeout=RESPOND_WITHIN)
        live = reload.done() and not reload.cancelled() and reload.exception() is None
        footer = outcome + (" Questions now use these facts." if live else " Loading them into answers…")
        edit = decided(interaction.message, footer, APPROVED_COLOUR)
        await interaction.response.edit_message(**edit, view=None, allowed_mentions=NO_PINGS)
        if live:
            return
        try:
            await reload
        except Exception:
            log.exception("reloading the engine after draft %s failed", draft_id)
            text = f"Draft #{draft_id} was imported, but loading it failed; the next refresh will retry."
        else:
            text = f"Draft #{draft_id}'s facts now answer questions."
        await interaction.followup.send(text, allowed_mentions=NO_PINGS)


async def setup(bot: commands.Bot) -> None:
    from bot.discord_app import MarqueeBot

    assert isinstance(bot, MarqueeBot)
    bot.add_dynamic_items(DraftButton, FactSelect)
    cog = Ingest(bot)
    FactSelect.toggle = cog.toggle
    await bot.add_cog(cog)


async def teardown(bot: commands.Bot) -> None:
    FactSelect.toggle = None
    bot.remove_dynamic_items(DraftButton, FactSelect)
