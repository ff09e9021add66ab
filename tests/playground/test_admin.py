"""Acting as an admin in the page: `!ingest` with an attached article, its review, and settings."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .page import PlaygroundPage

# Made-up shows, in our own words; the seed knows nothing about them.
LANTERN_KEEPERS = """Apple TV+ Sets Premiere Date for Mystery Drama 'The Lantern Keepers'

Apple TV+ has set a premiere date for The Lantern Keepers, its new mystery drama series. The six-episode \
first season will premiere on Wednesday, November 6, with new episodes weekly.

The Lantern Keepers stars Ines Calloway, Dev Marchetti and Ruth Okafor. Calloway plays Wren Hollis, a \
lighthouse keeper who finds a sealed letter in the lamp room. Marchetti portrays Constable Ivo Brandt.

The series was created by Hana Sorell, who also serves as showrunner. Sorell executive produces with Calloway.
"""
SALT_ROAD = """Hulu Orders Western Drama 'The Salt Road'

Hulu has set a premiere date for The Salt Road, a new western drama series. The eight-episode first season \
will premiere on Tuesday, March 4, with two episodes a week.

The Salt Road stars Tobias Wren and Lena Marsh. Wren plays Eli Cutter, a trader crossing the desert with a \
stolen map.

The series was created by Oren Vale, who also serves as showrunner.
"""


def _ingest(page: PlaygroundPage, tmp_path: Path, name: str, article: str) -> None:
    """As an admin in #general: upload the article, wait for the preview, approve it."""
    path = tmp_path / name
    path.write_text(article, encoding="utf-8")
    page.channel("#general")
    page.act_as_admin()
    page.attach(path)
    preview = page.send("!ingest published: 2024-09-01 outlet: Playground Test News")
    page.button(preview, "Approve").click()
    page.wait_for(lambda: "Approved" in preview.text)


def test_admin_reviews_an_ingested_article_and_fans_get_its_facts(
    page: PlaygroundPage, tmp_path: Path
) -> None:
    path = tmp_path / "lantern-keepers.txt"
    path.write_text(LANTERN_KEEPERS, encoding="utf-8")
    page.channel("#general")
    page.act_as_admin()
    page.attach(path)
    preview = page.send("!ingest published: 2024-09-01 outlet: Playground Test News")
    embed = preview.find_element(By.CSS_SELECTOR, ".embed")
    assert "New facts about The Lantern Keepers" in embed.text
    assert (
        "Hana Sorell" in embed.text and "lantern-keepers.txt" in page.driver.find_element(By.ID, "log").text
    )
    assert [b.text for b in page.buttons(preview)] == ["Approve", "Reject"]
    page.button(preview, "Approve").click()
    page.wait_for(lambda: "Approved" in preview.text)
    page.channel("#ask-marquee")
    answer = page.send("who created the lantern keepers?")
    assert "Hana Sorell" in answer.text


def test_plain_member_cannot_ingest(page: PlaygroundPage, tmp_path: Path) -> None:
    path = tmp_path / "salt-road.txt"
    path.write_text(SALT_ROAD, encoding="utf-8")
    page.channel("#general")
    page.act_as_admin(False)
    page.attach(path)
    reply = page.send("!ingest outlet: Playground Test News")
    assert "Manage Server" in reply.text
    assert not page.buttons(reply)


def test_context_is_kept_per_channel(page: PlaygroundPage, tmp_path: Path) -> None:
    _ingest(page, tmp_path, "salt-road.txt", SALT_ROAD)
    page.channel("#ask-marquee")
    assert "Oren Vale" in page.send("who created the salt road?").text
    page.channel("@Marquee")
    assert "Kit Connor" in page.send("who plays nick nelson").text
    page.channel("#ask-marquee")
    assert "Oren Vale" in page.send("who created it?").text  # this channel still talks about The Salt Road
    page.channel("@Marquee")
    assert "Alice Osman" in page.send("who created it?").text  # the DM still talks about Heartstopper


def test_admin_config_command_changes_the_prefix(page: PlaygroundPage) -> None:
    page.channel("#general")
    page.act_as_admin()
    changed = page.send("!config prefix ?")
    answer = page.send("?premiere heartstopper")
    page.send("?config prefix reset")
    assert "start with ?" in changed.text
    assert "October 3, 2024" in answer.text


def test_slash_ingest_takes_the_attached_file_as_its_attachment_option(
    page: PlaygroundPage, tmp_path: Path
) -> None:
    path = tmp_path / "salt-road-slash.txt"
    path.write_text(SALT_ROAD.replace("Hulu Orders", "Hulu Dates"), encoding="utf-8")
    page.channel("#general")
    page.act_as_admin()
    page.attach(path)
    page.type("/ingest outlet: Slash Test News")
    page.wait_for(lambda: page.driver.find_element(By.ID, "command-help").is_displayed())
    before = len(page.bot_messages())
    page.press(Keys.ENTER)
    preview = page.next_bot_message(before)
    assert "used /ingest" in preview.text
    assert "The Salt Road" in preview.text and "Slash Test News" in preview.text
    assert [b.text for b in page.buttons(preview)] == ["Approve", "Reject"]
    assert "is thinking" not in page.driver.find_element(By.ID, "log").text  # the follow-up replaced it
