"""A person's credits on another title, told in passing, go to that title (never to the article's subject),
with the network the sentence fronts it with. Invented shows and people."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2026, 3, 2)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_who_previously_co_created_credits_the_other_title_and_its_network() -> None:
    records = found(
        "FX has set a premiere date for 'Gull Lantern,' its mystery drama from creator Ottilie Brask. The "
        "series bows on March 3. Brask, who previously co-created Starz's 'The Copper Hymn,' wrote all eight "
        "episodes and executive produces with Ned Farrow."
    )
    assert has(records, type="credit", show="The Copper Hymn", person="Ottilie Brask", role="creator")
    assert has(records, type="show", title="The Copper Hymn", network="Starz")
    assert has(records, type="show", title="Gull Lantern", network="FX")


def test_a_partner_in_a_clause_after_a_past_co_creation_is_no_co_creator() -> None:
    records = found(
        "FX has set a premiere date for 'Gull Lantern,' its mystery drama from creator Ottilie Brask. The "
        "series bows on March 3. Brask, who previously co-created Starz's 'The Copper Hymn,' wrote all eight "
        "episodes and executive produces with Ned Farrow."
    )
    assert has(records, type="credit", show="Gull Lantern", person="Ned Farrow", role="executive_producer")
    assert not has(records, type="credit", show="Gull Lantern", person="Ned Farrow", role="creator")


def test_a_past_tense_directing_credit_lists_each_fronted_title() -> None:
    records = found(
        "Bram Koval has boarded 'The Seventh Lamp,' Netflix's limited series, as director. The Seventh Lamp "
        "starts shooting in May. Koval directed the first two "
        "episodes of HBO's Brine, for which he won an award, as well as the BBC Two thriller Hollow Pike."
    )
    assert has(records, type="credit", show="Brine", person="Bram Koval", role="director")
    assert has(records, type="credit", show="Hollow Pike", person="Bram Koval", role="director")
    assert has(records, type="show", title="Hollow Pike", network="BBC Two")
    assert not has(records, type="credit", show="The Seventh Lamp", person="Bram Koval", role="actor")


def test_directing_credits_that_include_titles_are_directing_credits() -> None:
    records = found(
        "Nadia Orrin will helm the pilot of Dry Wells, ABC's drama about a rural clinic. Orrin's recent TV "
        "directing credits include two episodes of FX's Marrowbone and the pilot of Showtime's Fox & Finch."
    )
    assert has(records, type="credit", show="Marrowbone", person="Nadia Orrin", role="director")
    assert has(records, type="credit", show="Fox & Finch", person="Nadia Orrin", role="director")
    assert has(records, type="show", title="Marrowbone", network="FX")


def test_whose_credits_include_takes_the_part_the_person_has_here() -> None:
    records = found(
        "BBC One has ordered Ice Shelf, a six-part thriller starring Pell Aukland. All six episodes will be "
        "directed by Runa Vask-Holm, whose credits include the Danish series Nattevagt."
    )
    assert has(records, type="credit", show="Nattevagt", person="Runa Vask-Holm", role="director")
    assert has(records, type="credit", show="Ice Shelf", person="Runa Vask-Holm", role="director")


def test_a_previous_creation_in_apposition_is_a_creator_credit() -> None:
    records = found(
        "Hulu's new drama Tin Harbor is a slow burn. Created by Wren Ostby-Lake, whose previous creation, "
        "AMC's Salt Devils, became a cult favorite, Tin Harbor follows three brothers."
    )
    assert has(records, type="credit", show="Salt Devils", person="Wren Ostby-Lake", role="creator")
    assert has(records, type="show", title="Salt Devils", network="AMC")


def test_a_former_star_of_a_title_is_its_actor() -> None:
    records = found(
        "The Orchard Murders returns to ITV on Sunday. New this series, former Millbrook Lane star Edna "
        "Pughe has been cast as Councillor Joan Thwaite."
    )
    assert has(records, type="credit", show="Millbrook Lane", person="Edna Pughe", role="actor")
    assert not has(records, type="credit", show="Millbrook Lane", role="creator")


def test_a_bare_title_no_sentence_marks_as_a_title_takes_no_credit() -> None:
    records = found(
        "Netflix has renewed Quarry Hill for a second season. Lorna Vey stars as a geologist. Vey previously "
        "starred in Lantern Bay."
    )
    assert not has(records, type="credit", show="Lantern Bay")


def test_an_actor_coming_off_a_run_on_a_title_named_elsewhere_is_its_actor() -> None:
    records = found(
        "Ida Brenn will direct the pilot of Kestrel Row, ABC's drama about a ferry crew. Brenn directed two "
        "episodes of FX's Stonechat. Colm Adair, meanwhile, is coming off a recurring run on Stonechat."
    )
    assert has(records, type="credit", show="Stonechat", person="Colm Adair", role="actor")
    assert has(records, type="credit", show="Stonechat", person="Ida Brenn", role="director")


def test_a_surname_with_a_particle_is_the_full_name_the_article_gives() -> None:
    records = found(
        "RTÉ has ordered Half Light, a thriller written by Irish screenwriter Siobhán Ó Laoire. Ó Laoire "
        "previously created RTÉ's The Low Door, which ran for two seasons."
    )
    assert has(records, type="credit", show="The Low Door", person="Siobhán Ó Laoire", role="creator")
    assert not has(records, type="credit", show="The Low Door", person="Ó Laoire")


def test_korean_and_european_broadcasters_are_networks() -> None:
    records = found(
        'tvN\'s upcoming drama "Winter Comes to Anseong" has confirmed its lead cast. Kim Ha-rin recently '
        'wrapped up her role in JTBC\'s "Crossing at Dawn," and will play a pastry chef.'
    )
    assert has(records, type="show", title="Winter Comes to Anseong", network="tvN")
    assert has(records, type="credit", show="Crossing at Dawn", person="Kim Ha-rin", role="actor")
    assert has(records, type="show", title="Crossing at Dawn", network="JTBC")


def test_years_in_a_writers_room_are_a_writing_credit() -> None:
    records = found(
        "'The Tin Ledger' will premiere on April 23 on Paramount+. Olla Vantreck created the series. Before "
        "'Ledger,' Vantreck spent three seasons in the writers' room of NBC's 'Ember County.'"
    )
    assert has(records, type="credit", show="Ember County", person="Olla Vantreck", role="writer")
    assert has(records, type="show", title="Ember County", network="NBC")


def test_last_seen_opposite_someone_in_a_film_credits_both_actors() -> None:
    records = found(
        "Tomas Brill is in negotiations to star in The Prop Room, Max's comic mystery series. Brill was last "
        "seen opposite Della Harrow in the film Paper Kites."
    )
    assert has(records, type="credit", show="Paper Kites", person="Tomas Brill", role="actor")
    assert has(records, type="credit", show="Paper Kites", person="Della Harrow", role="actor")


def test_best_known_for_a_recurring_arc_is_an_acting_credit() -> None:
    records = found(
        "Showtime's Lantern Road ends with its fifth season. Pia Quill-Moreno plays Lucia on Lantern Road. "
        "Quill-Moreno, who before this role was best known for a recurring arc on Hulu's Casa Blanca Nueva, "
        "says she is resting."
    )
    assert has(records, type="credit", show="Casa Blanca Nueva", person="Pia Quill-Moreno", role="actor")
    assert has(records, type="show", title="Casa Blanca Nueva", network="Hulu")


def test_a_title_and_its_maker_in_apposition_credit_the_maker() -> None:
    records = found(
        "Apple TV+ has unveiled the first teaser for The Weather Mill, from writer-director Kip Holloway. "
        "Holloway broke out with Long Dusk, the 2021 AMC miniseries he also wrote and directed."
    )
    assert has(records, type="credit", show="Long Dusk", person="Kip Holloway", role="writer")
    assert has(records, type="credit", show="Long Dusk", person="Kip Holloway", role="director")
    assert has(records, type="show", title="Long Dusk", network="AMC")


def test_a_known_surname_after_a_kind_of_show_is_no_title() -> None:
    records = found(
        "Netflix's The Brass Hour arrives in August. The first two episodes were directed by Bruno "
        "Okafor-Lind. The score is by Ivo Brandt-Koenig, who also scored Nuit Noire, the Canal+ series "
        "Okafor-Lind directed in 2023."
    )
    assert has(records, type="credit", show="Nuit Noire", person="Ivo Brandt-Koenig", role="composer")
    assert has(records, type="credit", show="Nuit Noire", person="Bruno Okafor-Lind", role="director")
    assert not has(records, type="show", title="Okafor-Lind")
