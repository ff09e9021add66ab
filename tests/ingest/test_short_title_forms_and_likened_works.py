"""A title's short form ("a giant 'Wren' billboard" for "Kingdom of Wren") is that title, not a show of its
own; and works a show is likened to ("with elements of 'Quantum Hop' and 'Early Bird'") are not what the
paragraph is about (issue 9, news38). Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2009, 1, 15)


def test_one_word_short_form_of_an_of_title_is_that_title() -> None:
    text = (
        "Ada Quill as Wren in Kingdom of Wren (Episode 1) - Photo: Showtime\n\n"
        'Her new Showtime series, "Kingdom of Wren," debuts Sunday. "Oh, a bus just went by with a giant '
        "'Wren' billboard,\" she says.\n\nAda Quill plays Wren Harlow, a mother of two."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Wren")
    assert has(found, type="credit", show="Kingdom of Wren", person="Ada Quill", character="Wren Harlow")
    assert not has(found, type="credit", character="Kingdom Of Wren")


def test_a_title_ending_in_another_word_keeps_a_one_word_show() -> None:
    text = 'HBO\'s "Salt Empire" returns in May, and Fox\'s "Empire" returns in June.'
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Empire")


def test_works_a_show_is_likened_to_are_not_the_paragraph_subject() -> None:
    text = (
        'Tonight we will see Kevin Marr in "Wayfarer," which premieres at 10 on NBC.\n\n'
        'The show\'s concept, a riff on time travel with elements of "Quantum Hop" and "Early Bird," is not '
        "quite as solid. Marr plays Dan Vesser, a reporter who travels back in time. He meets his fiancee, "
        "Livia (Moon Goodblood), who died in a crash."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Wayfarer", person="Kevin Marr", character="Dan Vesser")
    assert has(found, type="credit", show="Wayfarer", person="Moon Goodblood", character="Livia")
    assert not has(found, type="credit", show="Early Bird")


def test_a_captions_capitalised_title_is_no_characters_full_name() -> None:
    text = (
        "Ada Quill as Wren in Kingdom of Wren (Episode 1) - Photo: Showtime\n\n"
        "Ada Quill as Wren in Kingdom Of Wren - Photo: Showtime\n\n"
        'Her new Showtime series, "Kingdom of Wren," debuts Sunday. "A bus just went by with a giant '
        "'Wren' "
        'billboard," she says. Ada Quill plays Wren Harlow, a mother.'
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", character="Kingdom Of Wren")
    assert has(found, type="credit", show="Kingdom of Wren", person="Ada Quill", character="Wren Harlow")


def test_a_role_named_short_twice_and_in_full_once_keeps_the_full_name() -> None:
    text = (
        "  \u2022 Ada Quill as Wren in Kingdom of Wren (Episode 1) - Photo: Showtime - Photo ID: k1\n\n"
        "  \u2022 Ada Quill as Wren in Kingdom of Wren - Photo: Nigel Parr/Showtime - Photo ID: kw_art\n\n"
        'She is lost. Her new Showtime series, "Kingdom of Wren," debuts Sunday.\n\n'
        'Thus, "Kingdom of Wren" was born. A-list actress Ada Quill plays Wren Harlow, a mother of two.\n'
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Kingdom of Wren", person="Ada Quill", character="Wren Harlow")
