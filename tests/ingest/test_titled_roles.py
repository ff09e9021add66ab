"""A title standing right before a role's noun owns that role ("Blue Harbor showrunner Ana Ruiz"), never the
show the sentence is about; invented shows and people, one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 5, 30)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_another_titles_showrunners_are_not_the_shows_showrunners() -> None:
    text = (
        "Salt Lines season 1 premieres on Larkspur on June 2. The digital series Salt Lines is a companion "
        "to Glass Orchard. Glass Orchard showrunners Mina Oduya and Petra Lind will produce along with Sam "
        "Kerrigan."
    )
    records = found(text)
    assert not has(records, show="Salt Lines", person="Mina Oduya", role="showrunner")


def test_a_title_before_a_showrunner_makes_them_its_showrunner() -> None:
    text = (
        "Glass Orchard season 2 premieres on Larkspur on June 2. Glass Orchard showrunner Mina Oduya said "
        "the season is darker."
    )
    assert has(found(text), show="Glass Orchard", person="Mina Oduya", role="showrunner")


def test_a_show_from_another_titles_creator_shares_that_creator() -> None:
    text = (
        "Larkspur's Tin Maids, from Copper Houses creator Olive Brandt, finally has a premiere date: "
        "Sunday June 23. Tin Maids follows four housekeepers."
    )
    assert has(found(text), show="Tin Maids", person="Olive Brandt", role="creator")


def test_a_quotes_bracketed_attribution_names_the_showrunner() -> None:
    text = (
        "Tin Lantern series 4 starts filming in May. “We are thrilled,” said the team.\n\n"
        "- Hal Peverell (Tin Lantern Showrunner)"
    )
    assert has(found(text), show="Tin Lantern", person="Hal Peverell", role="showrunner")


def test_a_capitalised_role_noun_opening_a_sentence_credits_the_show_it_names() -> None:
    text = (
        "Creator Nadia Brook confirmed that her series “The Pellinghams” would return for a fifth season. "
        "The Pellinghams airs on Wednesdays."
    )
    assert has(found(text), show="The Pellinghams", person="Nadia Brook", role="creator")


def test_a_job_title_before_director_is_no_directing_credit() -> None:
    text = (
        "Harbor Lights returns on June 2. Casting Director Ula Mendes found the new lead in Leeds. "
        "Harbor Lights is filmed in Hull."
    )
    assert not has(found(text), show="Harbor Lights", person="Ula Mendes", role="director")


def test_a_directors_description_is_no_directing_credit() -> None:
    text = (
        "Moon Ledger, a fantasy series by Oscar-winning director Tomas Ferrante, was cancelled. "
        "Moon Ledger ran for one season."
    )
    assert not has(found(text), show="Moon Ledger", person="Tomas Ferrante", role="director")


def test_siblings_sharing_a_surname_are_two_people() -> None:
    text = (
        "Tin Lantern season 2 premieres on Larkspur on May 3. The world the showrunners, Ada and Nell "
        "Varga or the Varga Sisters, have built is bigger this season."
    )
    records = found(text)
    assert has(records, show="Tin Lantern", person="Ada Varga", role="showrunner")
    assert has(records, show="Tin Lantern", person="Nell Varga", role="showrunner")
