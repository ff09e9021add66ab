"""A show named only where a cast or crew sentence puts it ("has been cast as Ellen in Night Orchard") is
still found, and a sentence's opening connective ("Finally, ...") does not hide its subject."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2021, 3, 2)
LEAD = "Here is the latest television news for fans.\n\n"


def _found(sentence: str) -> list[dict[str, object]]:
    return extracted_records(LEAD + sentence, PUBLISHED)


def test_cast_as_a_role_in_a_show_names_the_show() -> None:
    found = _found("Mia Grant has been cast as Ellen in Night Orchard.")
    assert has(found, type="credit", show="Night Orchard", person="Mia Grant", character="Ellen")


def test_joining_a_show_cast_as_a_role_names_the_show() -> None:
    found = _found("Mia Grant has joined the cast of Night Orchard as Ellen.")
    assert has(found, type="credit", show="Night Orchard", person="Mia Grant", character="Ellen")


def test_directed_and_written_by_after_a_title_name_the_show() -> None:
    found = _found("Night Orchard is directed by Sam Okafor and written by Lena Holt.")
    assert has(found, type="credit", show="Night Orchard", person="Sam Okafor", role="director")
    assert has(found, type="credit", show="Night Orchard", person="Lena Holt", role="writer")


def test_a_genre_word_then_a_title_between_commas_names_the_show() -> None:
    found = _found(
        "Netflix opens its slate with new comedy series, The Ranch, in April. The show stars Ed Vance."
    )
    assert has(found, type="credit", show="The Ranch", person="Ed Vance", role="actor")


def test_a_person_who_stars_in_a_show_is_in_its_cast_after_an_opening_connective() -> None:
    found = _found("Finally, Ada Brisk stars in The Quiet Ward, a hospital drama set in Leeds.")
    assert has(found, type="credit", show="The Quiet Ward", person="Ada Brisk", role="actor")


def test_who_stars_in_names_other_work_not_a_show_of_the_article() -> None:
    found = _found(
        "Netflix has renewed Salt Road for a second season. Its lead, Ada Brisk, who stars in Glass Harbor, "
        "returns as Mae."
    )
    assert not any(r.get("title") == "Glass Harbor" and r["type"] == "show" for r in found)
