"""Credit wordings of real news the extractor used to miss (issue 9, news28b): roles given "respectively",
slashed job titles, a star in a hyphenated description, actors named through other work, described parts,
"co-stars" lists, reprised roles, makers sharing a surname, "the brainchild of", producers attached in a
"with" phrase.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 3, 10)


def _credit(found: list[dict[str, object]], **fields: object) -> bool:
    return has(found, type="credit", **fields)


def test_roles_given_respectively_in_a_bracket() -> None:
    text = (
        "Netflix released the first trailer for 'Salt Meridian'. It leans on Nadia Korr and Tobin Ashe (who "
        "play Verena and Pell, respectively)."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Salt Meridian", person="Nadia Korr", character="Verena")
    assert _credit(found, show="Salt Meridian", person="Tobin Ashe", character="Pell")
    assert not _credit(found, person="Nadia Korr", character="Pell")


def test_respectively_with_described_people_far_from_the_roles() -> None:
    text = (
        "Critics adore 'Gilded Pier'. Other cast members, including veteran Oren Baptiste and newcomer Liesl "
        "Varga, earned praise for their performances as Tomas Kell and Ada Moor, respectively."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Gilded Pier", person="Oren Baptiste", character="Tomas Kell")
    assert _credit(found, show="Gilded Pier", person="Liesl Varga", character="Ada Moor")


def test_respectively_with_a_person_too_many_claims_nothing() -> None:
    text = (
        "'Gilded Pier' stars Ruth Dane. Oren Baptiste, Liesl Varga and Ivo Salt earned praise for their "
        "performances as Tomas Kell and Ada Moor, respectively."
    )
    found = extracted_records(text, _DAY)
    assert not _credit(found, character="Tomas Kell")
    assert not _credit(found, character="Ada Moor")


def test_slashed_jobs_with_a_show_bound_job_credit_the_show_at_hand() -> None:
    text = (
        "Hulu has cancelled 'Pale Orchard' after two seasons. The show was never dull under the guidance of "
        "creator/showrunner/mad genius Ilsa Marr."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Pale Orchard", person="Ilsa Marr", role="creator")
    assert _credit(found, show="Pale Orchard", person="Ilsa Marr", role="showrunner")


def test_slashed_jobs_after_another_titles_possessive_are_that_titles() -> None:
    text = (
        "'Talking Cure' is a comedy written by Owen Sallis and 'Pitch Side''s co-creator/showrunner Bill "
        "Lorne. 'Pitch Side' ended last year."
    )
    found = extracted_records(text, _DAY)
    assert not _credit(found, show="Talking Cure", person="Bill Lorne", role="showrunner")


def test_a_career_of_slashed_jobs_credits_nothing() -> None:
    text = "'Iron Bay' follows a fisherman, played by writer/producer/director Ann Lee."
    found = extracted_records(text, _DAY)
    assert not _credit(found, person="Ann Lee", role="director")
    assert not _credit(found, person="Ann Lee", role="writer")


def test_star_in_a_hyphenated_description() -> None:
    text = (
        "FX announced that season three of the Wendell Oakes-starring series 'Glass Harbor' arrives April 20."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Glass Harbor", person="Wendell Oakes", role="actor")


def test_actors_named_through_other_work_in_a_cast_list() -> None:
    text = (
        "Showtime is reviving 'Lake Silence'. The network revealed that Copper Hills' Talia Renn and Night "
        "Shift Nine's Boris Akande, along with Fenna Lowe, will support the rest of the cast."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Lake Silence", person="Talia Renn", role="actor")
    assert _credit(found, show="Lake Silence", person="Boris Akande", role="actor")
    assert not _credit(found, person="Copper Hills")
    assert not _credit(found, person="Night Shift Nine")


def test_older_version_of_a_character_is_no_title() -> None:
    text = "'Cinder Road' spans four generations. Hana Sorel stars as the older version of Mira in the drama."
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Cinder Road", person="Hana Sorel", character="Mira")
    assert not has(found, show="Mira")


def test_a_described_part_is_an_actor_credit() -> None:
    text = "Netflix shared a teaser for 'Cold Ledger'. Lionel Marsh and Kira Dunne play a pair of detectives."
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Cold Ledger", person="Lionel Marsh", role="actor")
    assert _credit(found, show="Cold Ledger", person="Kira Dunne", role="actor")


def test_a_described_part_in_another_show_is_not_this_shows() -> None:
    text = "'Cold Ledger' stars Ada Pike. Lionel Marsh plays a detective in 'Night Ledger' this spring."
    found = extracted_records(text, _DAY)
    assert not _credit(found, show="Cold Ledger", person="Lionel Marsh")


def test_confirmed_to_reprise_a_described_role() -> None:
    text = (
        "Showtime is reviving 'Quiet Falls'. Series original Gideon Marr has been confirmed to reprise his "
        "role as the irreplaceable special agent Dale Hooper."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Quiet Falls", person="Gideon Marr", character="Dale Hooper")


def test_co_stars_list_with_the_late_and_long_asides() -> None:
    text = (
        "Showtime is reviving 'Birchwood'. Co-stars Ella Brandt (who appeared in the film that came before "
        "the show), Simon Varley and the late Harold Finch (who played the town's Lamp Keeper) all return."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Birchwood", person="Ella Brandt", role="actor")
    assert _credit(found, show="Birchwood", person="Simon Varley", role="actor")
    assert _credit(found, show="Birchwood", person="Harold Finch", character="Lamp Keeper")


def test_who_played_a_role_in_another_show_is_no_role_here() -> None:
    text = (
        "Starz renewed 'Crown Hollow'. The series also stars Ana Vidal and Petra Lin (who played Nora in "
        "Dark Meadow)."
    )
    found = extracted_records(text, _DAY)
    assert not _credit(found, person="Petra Lin", character="Nora")


def test_makers_sharing_a_surname() -> None:
    text = "Netflix has cancelled 'Sixfold'. It was created by Mara and Lena Voss (Arcade) and Jerome Dallow."
    found = extracted_records(text, _DAY)
    for person in ("Mara Voss", "Lena Voss", "Jerome Dallow"):
        assert _credit(found, show="Sixfold", person=person, role="creator")


def test_brainchild_is_the_creator() -> None:
    text = "'Night Orchard', the brainchild of Sela Moravec, returns to Netflix on August 1."
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Night Orchard", person="Sela Moravec", role="creator")


def test_producer_after_a_fronted_phrase() -> None:
    text = (
        "HBO ordered 'Brass Lantern' last May. In addition to Odile Grant, Marcus Penn is executive "
        "producing through his Lowlight Pictures banner."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Brass Lantern", person="Marcus Penn", role="executive_producer")


def test_jobs_after_with_someone_attached_are_theirs_alone() -> None:
    text = (
        "HBO has ordered 'Brass Meadow'. Tilda Voss will also executive produce, with Rafe Okonjo attached "
        "to executive produce and direct the first episode."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Brass Meadow", person="Tilda Voss", role="executive_producer")
    assert _credit(found, show="Brass Meadow", person="Rafe Okonjo", role="executive_producer")
    assert _credit(found, show="Brass Meadow", person="Rafe Okonjo", role="director")
    assert not _credit(found, person="Tilda Voss", role="director")


def test_award_won_for_a_title_is_other_work() -> None:
    text = (
        "'Gilded Pier' centres on a fishing family. Yuna Park stars as the older version of Mira, her first "
        "role since winning Best Supporting Actress for 'Salt Flats.'"
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Gilded Pier", person="Yuna Park", character="Mira")
    assert not _credit(found, show="Salt Flats")


def test_a_title_before_as_is_never_the_actor() -> None:
    text = (
        "'Shrinking Violet' stars Brett Olsen, who also stars in Pitch Side as the foul-mouthed footballer "
        "Roy Dent. The comedy streams on Apple TV+."
    )
    found = extracted_records(text, _DAY)
    assert _credit(found, show="Shrinking Violet", person="Brett Olsen", role="actor")
    assert not _credit(found, person="Pitch Side")
