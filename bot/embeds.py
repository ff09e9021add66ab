"""Render an Answer for Discord: a rich embed, or plain text where the bot may not post embeds."""

from __future__ import annotations

import re
from dataclasses import dataclass

import discord

from intents.answer import Answer, Source
from intents.text import neutralize_mentions

MAX_CONTENT = 2000  # Discord's message content limit
MAX_DESCRIPTION = 4096
MAX_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_FOOTER = 2048
MAX_TITLE = 256
ANSWER_COLOUR = discord.Colour(0xE5A00D)

# How to get help on Discord, added where an Answer points to help; with_prefix shows the guild's prefix.
HELP_POINTER = "Try `!help` to see what I can answer."
# "!help" / "`!cast" in the engine's text, but not "Glee!" or "!Women": a command reference.
_COMMAND_REF = re.compile(r"(?<![\w!])!(?=[a-z])")


@dataclass(frozen=True, slots=True)
class Rendered:
    """What to send: content and/or one embed."""

    content: str | None
    embed: discord.Embed | None


def clip(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def escape_user_text(text: str) -> str:
    """Make user-supplied text inert when echoed: no formatting, no pings."""
    return no_mentions(discord.utils.escape_markdown(text))


def no_mentions(text: str) -> str:
    """Reply text as sent to Discord: no mention syntax, no @everyone/@here (any case), no raw ids."""
    return discord.utils.escape_mentions(neutralize_mentions(text))


def with_prefix(text: str, prefix: str) -> str:
    """Show command hints with the guild's own prefix instead of the engine's "!"."""
    return text if prefix == "!" else _COMMAND_REF.sub(lambda _: prefix.replace("\\", "\\\\"), text)


def source_line(sources: tuple[Source, ...]) -> str | None:
    """'Source: Outlet: “Title”, Sep 3, 2024' (+ how many more)."""
    if not sources:
        return None
    more = f" (+{len(sources) - 1} more)" if len(sources) > 1 else ""
    return f"Source: {sources[0].cite()}{more}"


def _title(answer: Answer) -> str:
    if answer.title:
        return answer.title
    if answer.intent:
        return answer.intent.replace("_", " ").capitalize()
    return "Marquee"


def _description(answer: Answer, text: str) -> str:
    if not answer.fields:
        return text
    # Fields carry the list; keep the lead sentence and any "Commands:" line, drop the repetition.
    lines = text.splitlines()
    kept = [lines[0], *(line for line in lines[1:] if line.startswith("Commands:"))] if lines else []
    return "\n".join(kept)


def answer_embed(answer: Answer, prefix: str = "!") -> discord.Embed:
    """A rich embed: title, the answer, fields, and the source (with its date) in the footer."""
    text = no_mentions(with_prefix(answer.text_with_help(HELP_POINTER), prefix))
    embed = discord.Embed(
        title=clip(no_mentions(_title(answer)), MAX_TITLE),
        description=clip(_description(answer, text), MAX_DESCRIPTION),
        colour=ANSWER_COLOUR,
    )
    for name, value in answer.fields[:MAX_FIELDS]:
        embed.add_field(
            name=clip(no_mentions(name), MAX_FIELD_NAME) or "\u200b",
            value=clip(no_mentions(value), MAX_FIELD_VALUE) or "\u200b",
        )
    footer = source_line(answer.sources)
    if footer:
        embed.set_footer(text=clip(no_mentions(footer), MAX_FOOTER))
    if answer.sources and answer.sources[0].url:
        embed.url = answer.sources[0].url
    return embed


def answer_text(answer: Answer, prefix: str = "!") -> str:
    """Plain text: the answer, then its source as Discord subtext."""
    text = no_mentions(with_prefix(answer.text_with_help(HELP_POINTER), prefix))
    footer = source_line(answer.sources) if answer.kind == "answer" else None
    footer = no_mentions(footer) if footer else None
    if footer is None:
        return clip(text, MAX_CONTENT)
    tail = "\n-# " + footer
    return clip(text, MAX_CONTENT - len(tail)) + clip(tail, MAX_CONTENT)


def render(answer: Answer, *, embed_ok: bool, prefix: str = "!") -> Rendered:
    """Embeds for answers and help when allowed; short replies (clarify, unknown) stay plain text."""
    if embed_ok and answer.kind in ("answer", "help"):
        return Rendered(None, answer_embed(answer, prefix))
    return Rendered(answer_text(answer, prefix), None)


def can_embed(channel: object, me: object) -> bool:
    """Whether the bot may post embeds in ``channel`` (DMs always; guild channels need Embed Links)."""
    if isinstance(channel, discord.abc.GuildChannel) and isinstance(me, discord.Member):
        return channel.permissions_for(me).embed_links
    if isinstance(channel, discord.Thread) and isinstance(me, discord.Member):
        return channel.permissions_for(me).embed_links
    return True
