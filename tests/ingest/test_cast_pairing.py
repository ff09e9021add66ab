"""Who plays whom: pairing people with the roles a sentence gives them, one behaviour per test.

Every sentence here is made up; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 9, 1)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_a_title_used_as_a_role_name_does_not_take_the_sentence() -> None:
    text = (
        "Daredevil: Born Again season 2 premieres March 24, 2026 on Disney+.\n\n"
        "Charlie Cox returns as Matt Murdock, the lawyer who fights crime as Daredevil."
    )
    assert has(records(text), show="Daredevil: Born Again", person="Charlie Cox", character="Matt Murdock")


def test_played_by() -> None:
    text = "Squid Game season 3 premiered on Netflix. The recruiter is played by Cate Blanchett in a cameo."
    assert has(records(text), show="Squid Game", person="Cate Blanchett", role="actor")


def test_someone_is_a_relatives_name() -> None:
    text = (
        "“The Hollow Tide” begins on ITV1 on Sunday 15 March. Siobhan Finneran plays Ruth Calloway, "
        "and Nina Sosanya is Ruth's mother, Margaret."
    )
    assert has(records(text), person="Nina Sosanya", character="Margaret")


def test_both_and_the_three_point_back_to_the_people_named() -> None:
    text = (
        "“The Paper” was created by Greg Daniels, who developed “The Office” for NBC, and Michael Koman. "
        "Both serve as showrunners."
    )
    found = records(text)
    assert has(found, person="Michael Koman", role="creator")
    assert has(found, person="Greg Daniels", role="showrunner")
    assert has(found, person="Michael Koman", role="showrunner")


def test_a_particle_surname_is_the_full_name() -> None:
    text = (
        "Guillermo del Toro’s “Frankenstein” streams on Netflix on Nov. 7. "
        "Del Toro wrote and directed the film."
    )
    found = records(text)
    assert has(found, person="Guillermo del Toro", role="director")
    assert has(found, person="Guillermo del Toro", role="writer")


def test_people_each_with_a_role_are_not_paired() -> None:
    text = (
        "Frankenstein streams on Netflix on Nov. 7. Oscar Isaac stars, with Felix Kammerer as William "
        "Frankenstein and Charles Dance as Victor’s father, Leopold."
    )
    assert has(records(text), person="Charles Dance", character="Leopold")


def test_a_role_may_share_its_name_with_another_show() -> None:
    text = (
        "Daredevil: Born Again season 2 premieres on Disney+ on March 24, 2026. Krysten Ritter joins the "
        "season as Jessica Jones, a character she first played in Netflix's Jessica Jones."
    )
    assert has(
        records(text), show="Daredevil: Born Again", person="Krysten Ritter", character="Jessica Jones"
    )


def test_returns_to_voice() -> None:
    text = "Invincible season 4 premieres on Prime Video in March. Steven Yeun returns to voice Mark Grayson."
    assert has(records(text), person="Steven Yeun", character="Mark Grayson")


def test_a_word_describing_a_newcomer_is_not_part_of_the_name() -> None:
    text = (
        "“Shrinking” returns to Apple TV in January, and it will be the best season yet. Newcomer Rosalind "
        "Achebe joins in a recurring role as Dr. Mara Pell, a rival therapist who moves in across the hall."
    )
    assert has(records(text), person="Rosalind Achebe", character="Dr. Mara Pell")


def test_an_acronym_may_describe_a_character() -> None:
    text = "The Diplomat Season 3 is on Netflix. Ali Ahn co-stars as CIA station chief Eidra Park."
    assert has(records(text), person="Ali Ahn", character="Eidra Park")


def test_the_title_role_is_the_shows_name() -> None:
    text = "Peacemaker Season 2 premiered on HBO Max on Aug. 21, with John Cena in the title role."
    assert has(records(text), show="Peacemaker", person="John Cena", character="Peacemaker")


def test_two_people_returning_as_two_described_roles_are_paired() -> None:
    text = (
        "“Nobody Wants This” returns to Netflix in October. Kristen Bell and Adam Brody return as Joanne, "
        "an agnostic podcaster, and Noah, the newly single rabbi who falls for her."
    )
    found = records(text)
    assert has(found, person="Kristen Bell", character="Joanne")
    assert has(found, person="Adam Brody", character="Noah")
    assert not has(found, person="Adam Brody", character="Joanne")


def test_the_cast_of_a_film_someone_else_directed_is_not_the_shows() -> None:
    text = (
        "Peacemaker season 2 premiered on HBO Max on August 21. James Gunn created the series. "
        "Gunn also directed 2025's Superman, starring David Corenswet."
    )
    assert not has(records(text), show="Peacemaker", person="David Corenswet")


def test_a_role_reprised_from_another_show_is_the_shows_role() -> None:
    text = (
        "Peacemaker season 2 premiered on HBO Max on August 21. Frank Grillo joins the season as Rick Flag "
        "Sr., reprising his role from the animated series Creature Commandos."
    )
    assert has(records(text), show="Peacemaker", person="Frank Grillo", character="Rick Flag Sr")


def test_a_lone_word_is_a_surname_before_a_first_name() -> None:
    text = (
        "Only Murders in the Building season 5 premieres on Hulu on Tuesday, September 9. Steve Martin, "
        "Martin Short and Selena Gomez return. The show was created by Martin and John Hoffman."
    )
    assert has(records(text), person="Steve Martin", role="creator")


def test_aka_before_a_bracketed_actor() -> None:
    text = (
        "Peacemaker season 2 premiered on HBO Max on August 21. The series follows Christopher Smith, aka "
        "Peacemaker (John Cena), as he tries to become a better man."
    )
    assert has(records(text), person="John Cena", character="Christopher Smith")


def test_guest_stars_are_cast() -> None:
    text = (
        "Only Murders in the Building season 5 premieres on Hulu on Tuesday, September 9. Season 5 guest "
        "stars include Renée Zellweger and Logan Lerman, whose roles are being kept under wraps."
    )
    assert has(records(text), show="Only Murders in the Building", person="Logan Lerman", role="actor")


def test_two_people_playing_two_named_roles_pair_in_order() -> None:
    text = (
        "Maya Stone leads the new drama “The Winter Garden.” Paul Hart and Nina Vale will play Ada’s "
        "parents, Uncle Ben and Aunt Rosa Field, while Leo Park is cast as Lord Grey."
    )
    found = records(text)
    assert has(found, person="Paul Hart", character="Uncle Ben")
    assert has(found, person="Nina Vale", character="Aunt Rosa Field")
    assert not has(found, person="Nina Vale", character="Uncle Ben")


def test_two_roles_played_by_two_people_pair_in_order() -> None:
    text = (
        "The Quiet Fen is an upcoming thriller about DI Jane Rowe and DI Sam Teller, played by Ava Lund and "
        "Noah Brick. They investigate a murder in a coastal town."
    )
    found = records(text)
    assert has(found, person="Ava Lund", character="DI Jane Rowe")
    assert has(found, person="Noah Brick", character="DI Sam Teller")
    assert not has(found, person="Ava Lund", character="DI Sam Teller")


def test_a_character_with_the_actor_and_the_actors_other_show_in_brackets() -> None:
    text = (
        "ABC announces the premiere of new drama “Open Water.” In the first episode, Mara (Jo Quill, "
        "“Red Fields”) takes a hopeless case, and Tom (Sam Ivo, “Blue Hour”) makes a bad first impression."
    )
    found = records(text)
    assert has(found, show="Open Water", person="Jo Quill", character="Mara")
    assert has(found, show="Open Water", person="Sam Ivo", character="Tom")
    assert not has(found, type="show", title="Red Fields")


def test_a_role_played_by_a_surname_is_the_person_named_in_full() -> None:
    text = (
        "Lily Stone and Tom Rice will star in the drama “Cold Orchard.” It follows Ada Finch, played by "
        "Stone, and her brother Jo, played by the newcomer."
    )
    assert has(records(text), person="Lily Stone", character="Ada Finch")


def test_a_character_listed_before_the_next_actor_does_not_stop_the_credit() -> None:
    text = (
        "“Harbor Lights” returns to Hulu in March. Ann Rook plays Zosia, Ben Yale plays Manny, and Tim Orr "
        "co-stars as Helen."
    )
    found = records(text)
    assert has(found, person="Ben Yale", character="Manny")
