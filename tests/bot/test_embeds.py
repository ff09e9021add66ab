"""Answer -> Discord rendering: embeds, plain-text fallback, limits, escaping."""

from __future__ import annotations

import datetime as dt

from bot.embeds import (
    MAX_CONTENT,
    answer_embed,
    answer_text,
    clip,
    escape_user_text,
    render,
    source_line,
    with_prefix,
)
from intents.answer import Answer, Source

SOURCE = Source("Variety", "Heartstopper renewed", "https://example.org/a", dt.date(2024, 9, 3))
ANSWER = Answer(
    text="Heartstopper stars Joe Locke and Kit Connor.",
    intent="cast",
    confidence=1.0,
    answers=("Joe Locke", "Kit Connor"),
    sources=(SOURCE, Source("Deadline", "More", None, None)),
    title="Heartstopper: cast",
    fields=(("Joe Locke", "Charlie Spring"), ("Kit Connor", "Nick Nelson")),
)


def test_embed_has_title_fields_and_dated_source_footer() -> None:
    embed = answer_embed(ANSWER)
    assert embed.title == "Heartstopper: cast"
    assert embed.description == ANSWER.text
    assert [(f.name, f.value) for f in embed.fields] == list(ANSWER.fields)
    assert embed.footer.text == "Source: Variety: “Heartstopper renewed”, Sep 3, 2024 (+1 more)"
    assert embed.url == "https://example.org/a"


def test_embed_title_falls_back_to_intent() -> None:
    assert answer_embed(Answer(text="x", intent="where_to_watch")).title == "Where to watch"
    assert answer_embed(Answer(text="x")).title == "Marquee"


def test_plain_text_fallback_keeps_the_source() -> None:
    text = answer_text(ANSWER)
    assert text.startswith(ANSWER.text)
    assert text.endswith("\n-# Source: Variety: “Heartstopper renewed”, Sep 3, 2024 (+1 more)")


def test_render_uses_embeds_only_where_allowed_and_useful() -> None:
    assert render(ANSWER, embed_ok=True).embed is not None
    assert render(ANSWER, embed_ok=False).embed is None
    clarify = Answer(
        text="Did you mean “!cast Heartstopper”?", kind="clarify", suggestions=("!cast Heartstopper",)
    )
    rendered = render(clarify, embed_ok=True)
    assert rendered.embed is None and rendered.content == clarify.text


def test_long_answers_fit_discord_limits() -> None:
    huge = Answer(
        text="word " * 2000, sources=(SOURCE,), fields=tuple((f"n{i}", "v" * 2000) for i in range(40))
    )
    assert len(answer_text(huge)) <= MAX_CONTENT
    embed = answer_embed(huge)
    assert len(embed) <= 6000 or len(embed.fields) == 25  # fields capped at Discord's 25
    assert all(len(f.value or "") <= 1024 for f in embed.fields)
    assert len(embed.description or "") <= 4096


def test_mentions_are_neutralised_and_user_text_escaped() -> None:
    sneaky = Answer(text="I don't know the command “@everyone”.", kind="invalid")
    assert "@everyone" not in answer_text(sneaky)
    assert escape_user_text("**bold** <@123456789012345678> @here") == "\\*\\*bold\\*\\*  @\u200bhere"


def test_embed_title_fields_and_footer_carry_no_mass_mention() -> None:
    hostile = Answer(
        text="ok",
        intent="cast",
        title="@everyone",
        fields=(("@HERE", "<@&42>"),),
        sources=(Source("@here news", "t", None, None),),
    )
    embed = answer_embed(hostile)
    shown = " ".join([embed.title or "", embed.fields[0].name or "", embed.fields[0].value or ""])
    assert ["@everyone" in shown.lower(), "@here" in (shown + (embed.footer.text or "")).lower()] == [
        False,
        False,
    ]


def test_command_hints_follow_the_guild_prefix() -> None:
    assert with_prefix("Try `!help` or !cast. Glee! is a show; so is !Women.", "?") == (
        "Try `?help` or ?cast. Glee! is a show; so is !Women."
    )
    assert with_prefix("Try `!help`", "!") == "Try `!help`"


def test_clip_and_source_line() -> None:
    assert clip("abcdef", 4) == "abc…"
    assert clip("abc", 4) == "abc"
    assert source_line(()) is None
