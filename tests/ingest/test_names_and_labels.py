"""Names that look like other words and lines that label their value: "June Park" after "directed by" is a
person, "Max's X" opening a sentence is the streamer's show, "Premiere: date" under a show's box is its date,
"Ivan the Terrible (A)" is one role.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 2, 2)


def test_a_month_that_is_a_first_name_opens_a_directors_name() -> None:
    text = "The drama “Paper Lanterns” was directed by June Halvorsen. It premieres on Disney+ on March 19."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Paper Lanterns", person="June Halvorsen", role="director")


def test_month_first_names_in_a_starring_list_are_actors() -> None:
    text = "Kite Days, starring May Oduya and April Lindqvist, opens on Netflix on April 25."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", person="May Oduya", role="actor")
    assert has(found, type="credit", person="April Lindqvist", role="actor")


def test_a_month_before_a_full_name_is_not_part_of_it() -> None:
    text = "Kite Days returns on Netflix on April 25. In June Tomas Brill joined the cast as Rudi."
    found = extracted_records(text, _DAY)
    assert not any(r.get("person") == "June Tomas Brill" for r in found)


def test_max_possessive_opening_a_sentence_places_the_show_on_max() -> None:
    text = "Max's Sand Riders will return for a second season on July 17, the streamer said."
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Sand Riders", network="Max")


def test_max_as_a_first_name_is_no_network() -> None:
    text = "Max Ortolan has joined the cast of Stone Ring. Stone Ring returns to ITV on January 9."
    found = extracted_records(text, _DAY)
    assert not any(r.get("network") == "Max" for r in found)


def test_again_stars_as_credits_the_role() -> None:
    text = "“Sand Riders” returns on Hulu on July 17 for its second season. Kai Ostrow again stars as Rafe."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", person="Kai Ostrow", character="Rafe")


def test_a_premiere_label_line_gives_the_box_show_its_date() -> None:
    text = (
        "Gravel Road is a western about two feuding families.\nCreated by: Dev Amari\n"
        "Network: AMC\nPremiere: November 16"
    )
    found = extracted_records(text, dt.date(2025, 10, 3))
    assert has(found, type="release", show="Gravel Road", date="2025-11-16")


def test_a_bracketed_actor_after_a_role_with_small_words_credits_the_whole_role() -> None:
    text = (
        "The trailer for “The Jade Throne” shows Ivan the Terrible (Piotr Zalesny) facing Anna of Kiev "
        "(Greta Morr)."
    )
    found = extracted_records(text, _DAY)
    assert has(found, person="Piotr Zalesny", character="Ivan the Terrible")
    assert has(found, person="Greta Morr", character="Anna of Kiev")
