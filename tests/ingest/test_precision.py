"""Wrong facts seen on unseen articles, one behaviour per test: a fact lands on the right show or nowhere."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from ingest.sentences import leading_date
from tests.ingest.helpers import credits, extracted_records, has

PUBLISHED = dt.date(2025, 9, 1)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


# --- main show ---------------------------------------------------------------------------------


def test_a_person_named_like_a_title_is_not_the_main_show() -> None:
    text = (
        "The Night Manager series 2: BBC confirms return for Tom Hiddleston spy thriller\n\n"
        "The BBC has confirmed that The Night Manager will return on Thursday 1 January 2026. "
        "Tom Hiddleston reprises his role as Jonathan Pine. Hiddleston said the story was worth telling."
    )
    extraction = extract_facts(text, PUBLISHED)
    assert extraction.main_show == "The Night Manager"
    assert has(records(text), type="credit", show="The Night Manager", person="Tom Hiddleston")


def test_british_lower_case_series_number_names_the_show() -> None:
    text = "The Night Manager series 2 begins on BBC One on Thursday 1 January 2026."
    assert extract_facts(text, PUBLISHED).main_show == "The Night Manager"


def test_related_headlines_do_not_set_the_season_at_hand() -> None:
    text = (
        "‘The Beast in Me’ First Look\n\n"
        "Netflix’s limited series “The Beast in Me” will debut all eight episodes on Nov. 13.\n\n"
        "‘Wednesday’ Season 3 Adds Eva Green\n\n"
        "The thriller stars Claire Danes as Aggie Wiggs."
    )
    assert not has(records(text), type="release", show="The Beast in Me", season=3)


# --- which show a sentence is about ----------------------------------------------------------------


def test_a_sentence_opening_with_another_title_credits_that_show() -> None:
    text = (
        "Matlock returns for Season 2 on CBS on Sunday, Oct. 12. Kathy Bates stars as Madeline Matlock.\n\n"
        "Tracker, which stars Justin Hartley as survivalist Colter Shaw, moves to 8 p.m."
    )
    found = records(text)
    assert not has(found, show="Matlock", person="Justin Hartley")
    assert has(found, show="Tracker", person="Justin Hartley", character="Colter Shaw")


def test_chart_lines_are_each_about_their_own_show() -> None:
    text = (
        "Netflix’s “Wednesday” topped the chart this week.\n\n"
        "Alien: Earth (FX on Hulu) — 842 million minutes. Noah Hawley’s drama stars Sydney Chandler as "
        "Wendy.\n"
        "Peacemaker (HBO Max) — 510 million minutes. The second season premiered Aug. 21."
    )
    found = records(text)
    assert has(found, type="credit", show="Alien: Earth", person="Sydney Chandler", character="Wendy")
    assert has(found, type="release", show="Peacemaker", season=2, date="2025-08-21")
    assert not has(found, show="Wednesday", person="Sydney Chandler")


def test_a_title_named_as_someones_other_work_does_not_take_the_sentence() -> None:
    text = (
        "HBO is bringing back “Task.” The premium cabler has renewed the crime drama from "
        "“Mare of Easttown” creator Brad Ingelsby for a second season."
    )
    found = records(text)
    assert has(found, type="descriptor", show="Task", value="renewed for season 2")
    assert not has(found, show="Mare of Easttown")


def test_an_episode_title_in_quotes_is_not_a_show() -> None:
    text = (
        "Matlock Season 2 returns to CBS on Sunday, Oct. 12. "
        "The premiere episode, “Dinner for Six,” was directed by Kat Coiro."
    )
    found = records(text)
    assert not has(found, type="show", title="Dinner for Six")
    assert has(found, type="credit", show="Matlock", person="Kat Coiro", role="director")


def test_a_franchise_word_after_an_owner_is_not_a_show() -> None:
    text = (
        "Peacemaker returned to HBO Max this summer. "
        "The second season of James Gunn’s DC series premiered Aug. 21."
    )
    assert not has(records(text), type="show", title="DC")


def test_a_title_with_an_abbreviation_stays_whole() -> None:
    text = (
        "Netflix's Dept. Q premiered on May 29, 2025, and it is one of the best crime dramas of the year. "
        "Matthew Goode stars as Carl Morck, a detective who is sent to work in the basement."
    )
    found = records(text)
    assert extract_facts(text, PUBLISHED).main_show == "Dept. Q"
    assert has(found, type="credit", show="Dept. Q", person="Matthew Goode", character="Carl Morck")


# --- dates -------------------------------------------------------------------------------------------


def test_a_superseded_date_is_not_the_premiere() -> None:
    text = (
        "The Season 2 premiere of Matlock, originally set for Sunday, Oct. 5, will now air one week later, "
        "on Sunday, Oct. 12, on CBS."
    )
    found = [r for r in records(text) if r["type"] == "release"]
    assert [r["date"] for r in found] == ["2025-10-12"]


def test_the_publication_date_may_follow_a_byline() -> None:
    published, _body = leading_date("Headline Here\n\nBy Marcus Pell\n\nSeptember 25, 2025 11:04am\n\nText.")
    assert published == dt.date(2025, 9, 25)


def test_an_info_box_date_is_not_the_publication_date() -> None:
    published, _body = leading_date("Harbor Lights\nRelease Date\nApril 4, 2024\nCast\nMaya Pruitt\n")
    assert published is None


# --- networks ----------------------------------------------------------------------------------------


def test_an_older_series_network_is_not_the_shows() -> None:
    text = (
        "Matlock returns for Season 2 on Oct. 12. The drama is a loose reimagining of the Andy Griffith "
        "series that ran on NBC and ABC from 1986 to 1995, and the series was CBS’ most-watched new show."
    )
    assert has(records(text), type="show", title="Matlock", network="CBS")


def test_hbo_max_keeps_its_name() -> None:
    text = "The Pitt Season 2 returns to HBO Max on Thursday, January 8, 2026."
    assert has(records(text), type="release", show="The Pitt", network="HBO Max")


# --- cast ----------------------------------------------------------------------------------------------


def test_as_before_a_pronoun_is_no_role() -> None:
    text = "Marshals, a Yellowstone spinoff, follows Luke Grimes’ Kayce Dutton as he joins the U.S. Marshals."
    found = records(text)
    assert not has(found, type="credit", person="Kayce Dutton")
    assert has(found, type="credit", show="Marshals", person="Luke Grimes", character="Kayce Dutton")


def test_a_nickname_inside_a_name_keeps_the_whole_name() -> None:
    text = "The Pitt Season 2 returns soon. Noah Wyle returns as Dr. Michael “Robby” Robinavitch."
    assert has(records(text), person="Noah Wyle", character="Dr. Michael Robinavitch")


def test_a_role_on_another_show_stays_there() -> None:
    text = (
        "“Shrinking” returns to Apple TV on Jan. 28, 2026. Brett Goldstein co-created it. "
        "Goldstein, who also plays Roy Kent on “Ted Lasso,” says the room is kind."
    )
    assert not has(records(text), show="Shrinking", character="Roy Kent")


def test_two_people_as_two_roles_are_paired_in_order() -> None:
    text = (
        "The Summer I Turned Pretty Season 3 stars Lola Tung as Belly, with Christopher Briney and "
        "Gavin Casalegno as the brothers Conrad and Jeremiah Fisher."
    )
    found = records(text)
    assert has(found, person="Christopher Briney", character="Conrad Fisher")
    assert has(found, person="Gavin Casalegno", character="Jeremiah Fisher")


def test_a_person_then_a_bracketed_role_in_a_returning_cast() -> None:
    text = (
        "Invincible Season 4 is coming to Prime Video. The returning ensemble also includes "
        "Gillian Jacobs (Atom Eve) and Walton Goggins (Cecil Stedman). "
        "Krys Marshall (Teri Rogers) and Aliyah Mastin (Presley Collins) also return."
    )
    found = records(text)
    assert has(found, person="Gillian Jacobs", character="Atom Eve")
    assert has(found, person="Krys Marshall", character="Teri Rogers")
    assert not credits(found, "Atom Eve")
    assert not has(found, type="work", title="Teri Rogers")


def test_casting_news_brackets_are_other_work() -> None:
    text = (
        "Irene Choi (Dear Evan Hansen) and Charles Baker (Breaking Bad) have joined the second season of "
        "The Pitt."
    )
    assert all(r.get("character") is None for r in records(text) if r["type"] == "credit")


# --- crew -----------------------------------------------------------------------------------------------


def test_a_surname_in_a_creator_list_is_the_full_name() -> None:
    text = (
        "“Shrinking” returns in January. Co-creator Bill Lawrence is back. "
        "“Shrinking” was created by Lawrence, Jason Segel and Brett Goldstein."
    )
    found = records(text)
    assert has(found, role="creator", person="Bill Lawrence")
    assert not credits(found, "Lawrence")


def test_a_renewal_season_is_not_the_showrunners_scope() -> None:
    text = (
        "Wednesday Season 2 is on Netflix. Created by Alfred Gough and Miles Millar, who also serve as "
        "showrunners, the show has already been renewed for a third season."
    )
    runners = [r for r in records(text) if r.get("role") == "showrunner"]
    assert runners and all(r.get("seasons") is None for r in runners)


def test_a_season_number_is_no_episode_count() -> None:
    text = "Paradise Season 2 is coming. Glenn Ficarra directed several Season 1 episodes."
    assert has(records(text), person="Glenn Ficarra", role="director", seasons="1")
    assert not has(records(text), person="Glenn Ficarra", episodes=1)
