"""`!ingest` / `/ingest` end to end: an admin uploads an article and decides on it; fans ask about it."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import func, select

from bot.discord_app import MarqueeBot
from bot.exts.refresh import Refresh
from bot.localdiscord import FakeDiscord, SentMessage
from bot.localdiscord.harness import shown_text
from bot.localdiscord.world import World
from db.bootstrap import Database
from db.drafts import DraftStatus
from db.ingest_store import list_drafts
from db.models import Article

from .uploads import FakeCdn, run_command_with_attachment, running_cdn, send_with_attachment

# A made-up show, in our own words; the seed knows nothing about it. One paragraph per line, as articles are.
TIDEWATCH = "\n\n".join(
    [
        "Netflix Dates Premiere for Coastal Thriller 'The Tidewatch'",
        "Netflix has set a premiere date for The Tidewatch, its new coastal thriller series. The "
        "eight-episode first season will premiere on Friday, October 18, with all episodes released at "
        "once.",
        "The Tidewatch stars Orla Penhallow, Marcus Obi and Greta Lindqvist. Penhallow plays Maren Voss, a "
        "harbour pilot who finds a drifting lifeboat with no crew aboard. Obi portrays Inspector Felix "
        "Amadi.",
        "The series was created by Tomas Reyne, who also serves as showrunner. Reyne executive produces "
        "with Penhallow.",
    ]
).encode()
OUTLET = "Marquee Test News"


@pytest.fixture
async def cdn() -> AsyncIterator[FakeCdn]:
    async with running_cdn() as server:
        yield server


def _buttons(message: SentMessage) -> dict[str, str]:
    """Button label -> custom id."""
    rows = [c for row in message.components for c in row.get("components", [])]
    return {c["label"]: c["custom_id"] for c in rows if c.get("type") == 2}


async def _ask(fake: FakeDiscord, world: World, question: str) -> SentMessage:
    await fake.send_message(world.general, world.member, question)
    return await fake.wait_for_message(world.general.id, predicate=lambda m: m.interaction_id is None)


def _refresher(bot: MarqueeBot) -> Refresh:
    cog = bot.get_cog("Refresh")
    # load_extension executes bot/exts/refresh.py afresh: its class is not the one imported here.
    assert cog is not None and type(cog).__qualname__ == "Refresh"
    return cast(Refresh, cog)


async def _articles(database: Database) -> int:
    async with database.sessions() as session:
        return int(await session.scalar(select(func.count(Article.id))) or 0)


async def test_admin_upload_preview_approve_then_fans_get_the_new_facts(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, cdn: FakeCdn
) -> None:
    before = await _ask(fake_discord, world, "!premiere the tidewatch")
    upload = cdn.upload(world.general, "tidewatch.txt", TIDEWATCH)
    await send_with_attachment(
        fake_discord, world.general, world.admin, f"!ingest published: 2024-09-01 outlet: {OUTLET}", upload
    )
    preview = await fake_discord.wait_for_message(world.general.id)
    embed, buttons = preview.embeds[0], _buttons(preview)  # the message is edited in place later
    # Only admins decide: a plain member's click is refused and changes nothing.
    refused = await fake_discord.click(preview, buttons["Approve"], world.member)
    assert "Only the admin" in (await fake_discord.wait_for_reply(refused)).content
    # Any Manage Server member may decide, not only the one who uploaded.
    moderator = fake_discord.create_user("dana_mod")
    fake_discord.add_member(world.guild, moderator, [world.admin_role])
    approved = await fake_discord.click(preview, buttons["Approve"], moderator)
    decided = await fake_discord.wait_for_reply(approved)
    after = await _ask(fake_discord, world, "!premiere the tidewatch")

    assert "October 18" not in shown_text(before)
    assert "The Tidewatch" in embed["title"]
    assert "1 release" in shown_text(preview) and "credits" in shown_text(preview)
    assert "`0.85` **release** The Tidewatch season 1: 2024-10-18" in embed["description"]
    assert OUTLET in shown_text(preview) and "Sep 1, 2024" in shown_text(preview)
    assert set(buttons) == {"Approve", "Reject"}
    assert refused.callbacks[0]["data"]["flags"] == 64  # ephemeral
    assert decided.kind == "update" and decided.components == []
    assert "Approved by dana_mod" in shown_text(decided) and "Questions now use these facts" in shown_text(
        decided
    )
    # The very next question answers from the article, and cites it.
    assert "October 18, 2024" in shown_text(after)
    assert f"Source: {OUTLET}" in after.embeds[0]["footer"]["text"]
    assert "Sep 1, 2024" in after.embeds[0]["footer"]["text"]


async def test_same_article_again_is_pending_then_already_imported(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, cdn: FakeCdn
) -> None:
    first = cdn.upload(world.general, "tidewatch.txt", TIDEWATCH)
    await send_with_attachment(fake_discord, world.general, world.admin, "!ingest 2024-09-01", first)
    preview = await fake_discord.wait_for_message(world.general.id)
    buttons = _buttons(preview)
    again = cdn.upload(world.general, "tidewatch-copy.txt", TIDEWATCH)
    await send_with_attachment(fake_discord, world.general, world.admin, "!ingest", again)
    pending = await fake_discord.wait_for_message(world.general.id)
    # The first preview's buttons and the second's decide the same draft.
    assert _buttons(pending) == buttons
    click = await fake_discord.click(pending, buttons["Approve"], world.admin)
    await fake_discord.wait_for_reply(click)
    stale = await fake_discord.click(preview, buttons["Approve"], world.admin)
    stale_reply = await fake_discord.wait_for_reply(stale)
    third = cdn.upload(world.general, "tidewatch-3.txt", TIDEWATCH)
    await send_with_attachment(fake_discord, world.general, world.admin, "!ingest", third)
    done = await fake_discord.wait_for_message(world.general.id)

    assert "Sep 1, 2024" in shown_text(preview)  # a bare date is the published date
    assert "already waiting for review as draft" in shown_text(pending) and "reject it" in shown_text(pending)
    assert "is already approved" in shown_text(stale_reply) and stale_reply.components == []
    assert "already imported; nothing changed" in done.content


async def test_slow_reload_answers_the_click_first_then_follows_up(
    marquee: MarqueeBot,
    fake_discord: FakeDiscord,
    world: World,
    cdn: FakeCdn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A big catalog reloads for longer than Discord waits for a click's response: act as if it did.
    monkeypatch.setattr(sys.modules["bot.exts.ingest"], "RESPOND_WITHIN", 0.0)
    upload = cdn.upload(world.general, "tidewatch.txt", TIDEWATCH)
    await send_with_attachment(fake_discord, world.general, world.admin, "!ingest 2024-09-01", upload)
    preview = await fake_discord.wait_for_message(world.general.id)
    click = await fake_discord.click(preview, _buttons(preview)["Approve"], world.admin)
    decided = await fake_discord.wait_for_reply(click)
    follow_up = await fake_discord.wait_for_reply(click)
    after = await _ask(fake_discord, world, "!premiere the tidewatch")
    assert "Loading them into answers" in shown_text(decided)
    assert follow_up.kind == "followup" and "facts now answer questions" in follow_up.content
    assert "October 18, 2024" in shown_text(after)


async def test_text_preview_where_the_bot_may_not_embed(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, cdn: FakeCdn
) -> None:
    upload = cdn.upload(world.no_embeds, "tidewatch.txt", TIDEWATCH)
    await send_with_attachment(fake_discord, world.no_embeds, world.admin, "!ingest 2024-09-01", upload)
    preview = await fake_discord.wait_for_message(world.no_embeds.id)
    shown, buttons = preview.content, _buttons(preview)
    click = await fake_discord.click(preview, buttons["Approve"], world.admin)
    decided = await fake_discord.wait_for_reply(click)
    assert not preview.embeds and shown.startswith("**New facts about The Tidewatch** (Draft #")
    assert "**release** The Tidewatch season 1: 2024-10-18" in shown and len(shown) <= 2000
    assert decided.content.startswith(shown) and "Approved by alice\\_admin" in decided.content


async def test_slash_upload_then_reject_changes_nothing(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, cdn: FakeCdn, seeded_db: Database
) -> None:
    articles = await _articles(seeded_db)
    upload = cdn.upload(world.general, "tidewatch.txt", TIDEWATCH)
    options = {"published": "2024-09-01", "outlet": OUTLET}
    command = await run_command_with_attachment(
        fake_discord, "ingest", world.general, world.admin, "file", upload, options
    )
    preview = await fake_discord.wait_for_reply(command)
    rejected = await fake_discord.click(preview, _buttons(preview)["Reject"], world.admin)
    decided = await fake_discord.wait_for_reply(rejected)
    after = await _ask(fake_discord, world, "!premiere the tidewatch")
    async with seeded_db.sessions() as session:
        drafts = await list_drafts(session, None)

    assert command.callbacks[0]["type"] == 5  # deferred ("thinking…") while the article is read
    assert "The Tidewatch" in shown_text(preview) and preview.kind == "followup"
    assert "Rejected by alice_admin: nothing was imported" in shown_text(decided) and decided.components == []
    assert "October 18" not in shown_text(after)
    assert await _articles(seeded_db) == articles
    assert [d.status for d in drafts] == [DraftStatus.REJECTED.value]


async def test_members_and_dms_are_refused_without_downloading(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, cdn: FakeCdn, seeded_db: Database
) -> None:
    upload = cdn.upload(world.general, "tidewatch.txt", TIDEWATCH)
    await send_with_attachment(fake_discord, world.general, world.member, "!ingest", upload)
    member = await fake_discord.wait_for_message(world.general.id)
    slash = await run_command_with_attachment(
        fake_discord, "ingest", world.general, world.member, "file", upload
    )
    member_slash = await fake_discord.wait_for_reply(slash)
    dm = fake_discord.state.dm_channel(world.stranger)
    await send_with_attachment(fake_discord, dm, world.stranger, "!ingest", upload)
    in_dm = await fake_discord.wait_for_message(dm.id)
    async with seeded_db.sessions() as session:
        drafts = await list_drafts(session, None)

    assert "Manage Server" in member.content and "Manage Server" in member_slash.content
    assert member_slash.ephemeral
    assert "only works in a server" in in_dm.content
    assert cdn.downloads == [] and drafts == []
    ingest = next(c for c in fake_discord.state.commands[None] if c["name"] == "ingest")
    assert str(ingest["default_member_permissions"]) == "32"  # Manage Server: hidden from members
    assert ingest.get("contexts") == [0]  # guild only


BAD_FILES = [
    ("notes.pdf", b"%PDF-1.7 not text", "application/pdf", None, "isn't a .txt file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/plain", None, "looks binary"),
    ("latin1.txt", "Café premiere for Élan on Netflix, the series".encode("latin-1"), None, None, "UTF-8"),
    ("huge.txt", b"The series", "text/plain", 5_000_000, "5,000,000 bytes"),
    ("empty.txt", b"   \n", "text/plain", None, "empty"),
    ("french.txt", ("La série revient le 3 octobre avec une nouvelle saison " * 5).encode(), None, None,
     "English"),
    ("chatter.txt", b"Nothing much happened in the world of television this week, honestly.", None, None,
     "no facts about a show"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "content_type", "size", "says"), BAD_FILES)
async def test_bad_files_are_refused_politely(
    marquee: MarqueeBot,
    fake_discord: FakeDiscord,
    world: World,
    cdn: FakeCdn,
    seeded_db: Database,
    name: str,
    data: bytes,
    content_type: str | None,
    size: int | None,
    says: str,
) -> None:
    upload = cdn.upload(world.general, name, data, content_type, size=size)
    await send_with_attachment(fake_discord, world.general, world.admin, "!ingest", upload)
    reply = await fake_discord.wait_for_message(world.general.id)
    async with seeded_db.sessions() as session:
        drafts = await list_drafts(session, None)
    assert says in reply.content and not reply.embeds and not reply.components
    assert drafts == []


async def test_missing_file_and_bad_details(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.general, world.admin, "!ingest")
    missing = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_message(world.general, world.admin, "!ingest published: 1st of May")
    bad_date = await fake_discord.wait_for_message(world.general.id)
    slash = await fake_discord.run_command(
        "ingest", world.general, world.admin, {"url": "javascript:alert(1)"}
    )
    bad_url = await fake_discord.wait_for_reply(slash)
    assert "Attach the article as a **.txt** file" in missing.content
    assert "`published` must be a date" in bad_date.content
    assert "`url` must be a web address" in bad_url.content and bad_url.ephemeral


async def test_cli_approval_while_running_is_picked_up_by_the_poller(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, sqlite_url: str, tmp_path: Path
) -> None:
    refresh = _refresher(marquee)
    refresh.poll.change_interval(seconds=0.1)
    before = await _ask(fake_discord, world, "!premiere the tidewatch")
    article = tmp_path / "tidewatch.txt"
    article.write_bytes(TIDEWATCH)
    # Another process: the real CLI, writing to the bot's database.
    cli = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "ingest", str(article), "--approve", "--published", "2024-09-01",
        "--outlet", OUTLET, "--db", sqlite_url,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(cli.communicate(), 60)
    assert cli.returncode == 0, err.decode()
    await fake_discord.wait_until(lambda: refresh.reloads == 1, within=5.0, what="a reload")
    after = await _ask(fake_discord, world, "!premiere the tidewatch")
    assert "October 18" not in shown_text(before)
    assert "October 18, 2024" in shown_text(after) and OUTLET in shown_text(after)
