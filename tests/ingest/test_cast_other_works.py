"""Cast of other works kept apart from the show at hand, and actors named through their other work;
invented shows and people, one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 5, 30)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_an_unnamed_new_shows_cast_is_not_the_articles_show_cast() -> None:
    text = (
        "Birchwood renewed Pocket Saints for a second season. Pocket Saints returns in May. The streamer "
        "also gave a series order to a new comedy starring Ravi Mehta and Sam Kerr."
    )
    records = found(text)
    assert not has(records, show="Pocket Saints", person="Ravi Mehta")


def test_a_named_new_shows_cast_is_kept() -> None:
    text = "Pocket Saints is a new comedy starring Ravi Mehta and Sam Kerr. Pocket Saints starts in May."
    assert has(found(text), show="Pocket Saints", person="Ravi Mehta", role="actor")


def test_the_adapted_originals_cast_is_not_the_adaptations_cast() -> None:
    text = (
        "The Lamplighter opens on May 3. Ola Vance stars in this adaptation of the 1970s television drama "
        "starring Peter Quayle as Tom Ruddock, aka The Lamplighter."
    )
    records = found(text)
    assert not has(records, show="The Lamplighter", person="Peter Quayle")


def test_a_company_is_never_a_character() -> None:
    text = (
        "Season one of Iron Tide, produced by Birchwood, Quayle’s Lanternfish Productions and Oak "
        "Entertainment, was a hit. Iron Tide returns in May with Jon Quayle directing."
    )
    records = found(text)
    assert not has(records, show="Iron Tide", character="Lanternfish Productions")


def test_an_actor_named_through_other_work_after_played_by_is_the_actor() -> None:
    text = (
        "The Quiet Road opens on May 3. The story begins with a smuggler, played by Tin Harbor's "
        "Bo Adler, hunting down his rivals. The Quiet Road is a thriller."
    )
    records = found(text)
    assert not has(records, type="credit", person="Tin Harbor")


def test_actors_named_through_other_work_who_join_the_cast_are_cast() -> None:
    text = (
        "The Verdict Room season 2 premieres on Larkspur on May 3. Salt Lines' Ida Rusk also joins the cast. "
        "Tin Harbor's Bo Adler, and Night Ferry's Cal Brody also feature in the ensemble cast."
    )
    records = found(text)
    for person in ("Ida Rusk", "Bo Adler", "Cal Brody"):
        assert has(records, show="The Verdict Room", person=person, role="actor")


def test_a_photo_caption_for_another_show_credits_nothing_to_the_articles_show() -> None:
    text = (
        "Harbor Lights season 2 premieres on Larkspur on May 3. Harbor Lights stars Ana Ruiz.\n\n"
        "NIGHT FERRY — “Low Tide” Episode 102 — Pictured: Bo Adler as Miles Carver — (Photo by: Jo Lee/NBC)"
    )
    assert not has(found(text), show="Harbor Lights", person="Bo Adler")


def test_a_guest_star_this_season_plays_the_role_named() -> None:
    text = (
        "Tin Harbor season 2 premieres on Larkspur on May 3. Cal Brody guest stars this season as Waylon "
        "Jeffcoat, a new judge."
    )
    assert has(found(text), show="Tin Harbor", person="Cal Brody", character="Waylon Jeffcoat")


def test_a_guest_appearance_as_a_character_is_a_credit() -> None:
    text = (
        "Tin Harbor has been cancelled after one season. Mara Quist also made a guest appearance as "
        "Rosa's father Hiram."
    )
    assert has(found(text), show="Tin Harbor", person="Mara Quist", character="Hiram")


def test_a_cast_led_by_people_lists_them() -> None:
    text = "Tin Harbor premieres tonight. The cast, led by Mara Quist and Cal Brody, is strong."
    records = found(text)
    assert has(records, show="Tin Harbor", person="Mara Quist", role="actor")
    assert has(records, show="Tin Harbor", person="Cal Brody", role="actor")


def test_a_lead_named_mid_sentence_with_a_partner_after_the_title_are_cast() -> None:
    text = (
        "Glass Harbour season 1 premieres on Larkspur on May 3. In 2025, another star of the show Tin Harbor "
        "moves over to the network, as Ravi Mehta co-stars in the new thriller Glass Harbour alongside Salt "
        "Lines’ Ida Rusk, with the two set to play a husband and wife."
    )
    records = found(text)
    assert has(records, show="Glass Harbour", person="Ravi Mehta", role="actor")
    assert has(records, show="Glass Harbour", person="Ida Rusk", role="actor")


def test_a_surname_in_brackets_names_an_actor_introduced_through_other_work() -> None:
    text = (
        "Glass Harbour season 1 premieres on Larkspur on May 3. Ravi Mehta stars in Glass Harbour "
        "alongside Salt Lines’ Ida Rusk. Nora Pike (Rusk) comes home to find strangers in her house."
    )
    assert has(found(text), show="Glass Harbour", person="Ida Rusk", character="Nora Pike")


def test_a_role_told_in_lower_case_played_by_someone_in_a_sentence_naming_the_show() -> None:
    text = (
        "The Quiet Road opens in theaters on May 3. In The Quiet Road, a retired judge helps a girl "
        "played by Mara Quist."
    )
    assert has(found(text), show="The Quiet Road", person="Mara Quist", role="actor")


def test_a_cast_list_of_described_people_lists_each_person() -> None:
    text = (
        "Larkspur set a premiere date for the new comedy series “Pocket Saints,” starring Grammy winner and "
        "Tony nominee Ana Ruiz, Emmy-winning actress and singer Bo Lee, and late-night mainstay Cal Brody."
    )
    records = found(text)
    for person in ("Ana Ruiz", "Bo Lee", "Cal Brody"):
        assert has(records, show="Pocket Saints", person=person, role="actor")


def test_an_aside_about_the_actor_before_the_verb_keeps_the_role() -> None:
    text = (
        "Iron Tide season 2 premieres on Larkspur on May 3. Kim Ji-won, known for Glass Garden, will play "
        "Detective Han Seo-yeon in Iron Tide."
    )
    records = found(text)
    assert has(records, show="Iron Tide", person="Kim Ji-won", character="Detective Han Seo-yeon")


def test_a_role_in_the_actors_aside_is_not_the_shows_role() -> None:
    text = (
        "Iron Tide season 2 premieres on Larkspur on May 3. Jessica Tan, best known as Ruby in Glass "
        "Garden, joins the cast as Aunt Fay."
    )
    records = found(text)
    assert has(records, show="Iron Tide", person="Jessica Tan", character="Aunt Fay")
    assert not has(records, show="Iron Tide", person="Jessica Tan", character="Ruby")
