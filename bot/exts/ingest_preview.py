"""What `!ingest` shows: checks of the uploaded file, and the draft preview embed (no database, no I/O)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import discord

from bot.draft_text import describe
from bot.embeds import clip, escape_user_text
from db.ingest_store import DraftView, FactView
from ingest import MAX_BYTES, IngestError, decode_article
from ingest.guard import describe_size

PREVIEW_FACTS = 15  # facts listed in the preview; the CLI review shows them all
QUOTE_CHARS = 90  # provenance quotes stay short: the preview must never republish the article
MAX_OUTLET = 100
MAX_URL = 1000  # the drafts table's column
PENDING_COLOUR = discord.Colour.gold()
APPROVED_COLOUR = discord.Colour.green()
CLOSED_COLOUR = discord.Colour.dark_grey()


def file_problem(file: discord.Attachment | None, prefix: str) -> str | None:
    """Why an upload cannot be an article (checked before downloading it), or None."""
    if file is None:
        return (
            "Attach the article as a **.txt** file (plain text, UTF-8), for example "
            f"`{prefix}ingest 2024-09-01 outlet: Variety url: https://...` with the file attached "
            "(the date, outlet and url are optional)."
        )
    name = escape_user_text(clip(file.filename, 80))
    text_type = file.content_type is None or file.content_type.startswith("text/")
    if not file.filename.lower().endswith(".txt") or not text_type:
        return f"“{name}” isn't a .txt file. Save the article as plain text (.txt, UTF-8) and attach that."
    if file.size > MAX_BYTES:
        return (
            f"“{name}” is {describe_size(file.size)}; an article is at most {describe_size(MAX_BYTES)}. "
            "Attach just the article's text."
        )
    return None


def decode_upload(data: bytes) -> str:
    """The article text of an uploaded file, or IngestError saying why it is not one."""
    if b"\x00" in data:
        raise IngestError("it looks binary (it contains NUL bytes), not article text")
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError("it isn't UTF-8 text; save it as UTF-8 and attach it again") from exc
    return decode_article(data)  # size, emptiness and "is this English?" checks


def details_problem(published: str | None, outlet: str | None, url: str | None) -> str | None:
    """Why the optional article details are unusable, or None."""
    if published is not None and parse_date(published) is None:
        return "`published` must be a date like 2024-09-01."
    if outlet is not None and not 0 < len(outlet.strip()) <= MAX_OUTLET:
        return f"`outlet` must be 1 to {MAX_OUTLET} characters."
    if url is not None and (not url.startswith(("https://", "http://")) or len(url) > MAX_URL or " " in url):
        return "`url` must be a web address starting with https:// (or http://)."
    return None


def parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def fact_line(fact: FactView) -> str:
    """'`0.85` **release** The Tidewatch season 1: 2024-10-18', escaped for Discord."""
    kind, _, claim = describe(fact.record).partition(" ")
    line = f"`{fact.confidence:.2f}` **{kind}** {escape_user_text(claim.strip())}"
    return line if fact.accepted else f"~~{line}~~ (dropped)"


def _quote(sentence: str) -> str:
    return f"  ↳ *“{escape_user_text(clip(' '.join(sentence.split()), QUOTE_CHARS))}”*"


def fact_lines(facts: tuple[FactView, ...], draft_id: int, limit: int = PREVIEW_FACTS) -> list[str]:
    """The first `limit` facts, each followed by a short quote of its sentence (once per sentence)."""
    lines: list[str] = []
    quoted: set[str] = set()
    for fact in facts[:limit]:
        lines.append(fact_line(fact))
        if fact.sentence and fact.sentence not in quoted:
            quoted.add(fact.sentence)
            lines.append(_quote(fact.sentence))
    if len(facts) > limit:
        lines.append(f"…and {len(facts) - limit} more (all of them: `marquee facts review {draft_id}`).")
    return lines


def kind_counts(facts: tuple[FactView, ...]) -> str:
    """'1 show · 1 release · 5 credits'."""
    counts = Counter(str(f.record.get("type", "fact")) for f in facts)
    return " · ".join(f"{n} {kind}{'' if n == 1 else 's'}" for kind, n in counts.items()) or "none"


def preview_embed(draft: DraftView, *, problems: int = 0, note: str | None = None) -> discord.Embed:
    """The draft for an admin to judge: show, article, counts per kind and the first facts."""
    lines = fact_lines(draft.facts, draft.id)
    embed = discord.Embed(
        title=clip(f"New facts about {escape_user_text(draft.main_show or 'an unknown show')}", 256),
        description=clip("\n".join(lines), 4096),
        colour=PENDING_COLOUR,
        url=draft.url,
    )
    day = draft.published_on
    when = f"{day:%b} {day.day}, {day.year}" if day else "undated"
    article = f"{escape_user_text(clip(draft.title, 200))}\n{escape_user_text(draft.outlet)} · {when}"
    embed.add_field(name="Article", value=clip(article, 1024), inline=False)
    embed.add_field(name=f"{len(draft.facts)} facts", value=kind_counts(draft.facts), inline=False)
    if problems:
        embed.add_field(name="Note", value=f"{problems} sentence(s) could not be read and were skipped.")
    if note:
        embed.add_field(name="Note", value=note, inline=False)
    embed.set_footer(
        text=f"Draft #{draft.id} · Approve imports these facts, Reject discards them (admins only)"
    )
    return embed


def preview_text(embed: discord.Embed) -> str:
    """The preview as plain text, for channels where the bot may not post embeds (most important first)."""
    parts = [f"**{embed.title}** ({embed.footer.text})"]
    parts += [f"**{field.name}:** {field.value}" for field in embed.fields]
    parts.append(embed.description or "")
    return clip("\n".join(parts), 2000)


def decided(message: discord.Message | None, outcome: str, colour: discord.Colour) -> dict[str, Any]:
    """The edit that records a decision on a preview message: its footer, or a last line if it is text."""
    if message is not None and not message.embeds and message.content:
        return {"content": clip(f"{message.content}\n**{escape_user_text(outcome)}**", 2000)}
    preview = message.embeds[0] if message is not None and message.embeds else None
    embed = preview.copy() if preview is not None else discord.Embed(title="Draft")
    embed.colour = colour
    embed.set_footer(text=clip(outcome, 2048))
    return {"embed": embed}
