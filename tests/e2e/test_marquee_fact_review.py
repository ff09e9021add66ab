"""Per-fact review in Discord: an admin drops single facts from a preview before approving the rest, and
adds or corrects one fact by hand with `!fact add`; members can do neither."""

from __future__ import annotations

from typing import Any

from bot.discord_app import MarqueeBot
from bot.localdiscord import FakeDiscord, SentMessage
from bot.localdiscord.harness import shown_text
from bot.localdiscord.world import World

from .test_marquee_ingest import OUTLET, TIDEWATCH, _ask, _buttons, cdn
from .uploads import FakeCdn, send_with_attachment

__all__ = ["cdn"]


def _menu(message: SentMessage) -> dict[str, Any]:
    return next(c for row in message.components for c in row.get("components", []) if c.get("type") == 3)


async def _preview(fake: FakeDiscord, world: World, cdn: FakeCdn) -> SentMessage:
    upload = cdn.upload(world.general, "tidewatch.txt", TIDEWATCH)
    await send_with_attachment(
        fake, world.general, world.admin, f"!ingest 2024-09-01 outlet: {OUTLET}", upload
    )
    return await fake.wait_for_message(world.general.id)


async def test_an_admin_drops_one_fact_and_approval_imports_only_the_rest(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, cdn: FakeCdn
) -> None:
    preview = await _preview(fake_discord, world, cdn)
    menu = _menu(preview)
    release = next(o["value"] for o in menu["options"] if "2024-10-18" in o["label"])
    chosen = await fake_discord.choose(preview, menu["custom_id"], [release], world.admin)
    toggled = await fake_discord.wait_for_reply(chosen)
    approved = await fake_discord.click(preview, _buttons(preview)["Approve"], world.admin)
    await fake_discord.wait_for_reply(approved)
    premiere = await _ask(fake_discord, world, "!premiere the tidewatch")
    cast = await _ask(fake_discord, world, "!ask who plays maren voss in the tidewatch?")

    assert "~~" in toggled.embeds[0]["description"] and "(dropped)" in toggled.embeds[0]["description"]
    assert "October 18" not in shown_text(premiere)
    assert "Orla Penhallow" in shown_text(cast)


async def test_a_member_cannot_drop_facts(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World, cdn: FakeCdn
) -> None:
    preview = await _preview(fake_discord, world, cdn)
    menu = _menu(preview)
    chosen = await fake_discord.choose(
        preview, menu["custom_id"], [menu["options"][0]["value"]], world.member
    )
    refused = await fake_discord.wait_for_reply(chosen)
    assert "Only the admin" in refused.content and chosen.callbacks[0]["data"]["flags"] == 64


async def test_an_admin_adds_a_premiere_date_by_hand_and_fans_get_it(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    command = '!fact add premiere "Heartstopper" season 4 2026-05-01 Netflix'
    await fake_discord.send_message(world.general, world.admin, command)
    added = await fake_discord.wait_for_message(world.general.id)
    answer = await _ask(fake_discord, world, "!ask when does heartstopper season 4 come out?")

    assert "Added:" in added.content and "Discord admin" in added.content
    assert "May 1, 2026" in shown_text(answer)


async def test_a_member_cannot_add_facts_and_a_bad_fact_is_explained(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    await fake_discord.send_message(world.general, world.member, '!fact add network "Heartstopper" HBO')
    refused = await fake_discord.wait_for_message(world.general.id)
    await fake_discord.send_message(world.general, world.admin, '!fact add premiere "Heartstopper" May 1st')
    explained = await fake_discord.wait_for_message(world.general.id)
    answer = await _ask(fake_discord, world, "!ask what network is heartstopper on?")

    assert "Manage Server" in refused.content
    assert "couldn't read that fact" in explained.content and "Nothing was saved" in explained.content
    assert "HBO" not in shown_text(answer)


async def test_an_admin_replaces_a_shows_creator_and_fans_get_only_the_correction(
    marquee: MarqueeBot, fake_discord: FakeDiscord, world: World
) -> None:
    command = '!fact replace creator "Heartstopper" "Robin Example"'
    await fake_discord.send_message(world.general, world.admin, command)
    replaced = await fake_discord.wait_for_message(world.general.id)
    answer = await _ask(fake_discord, world, "!ask who created heartstopper?")

    assert "replaces 1 earlier credit" in replaced.content
    assert "created by Robin Example" in shown_text(answer)
    assert "Osman" not in shown_text(answer).split("Also credited")[0]
