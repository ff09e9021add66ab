"""Causes that recurred across unseen real articles (benchmarks/real_news/fresh_tune), one test each.

Every sentence here is made up; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 1, 10)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_a_time_of_day_ends_the_sentence_before_a_quoted_title() -> None:
    text = (
        "HBO set dates for its winter shows. “Harbor Lights” opens Sunday, March 3 at 9 p.m. “Dry Creek,” a "
        "western about two sisters, begins its eight-episode first season Sunday, March 10 at 10 p.m."
    )
    found = records(text)
    assert has(found, type="release", show="Dry Creek", date="2024-03-10")
    assert not has(found, type="release", show="Harbor Lights", date="2024-03-10")


def test_the_title_a_clause_opens_with_is_its_subject() -> None:
    text = (
        "HBO set dates for its winter shows. “Dry Creek,” a comedy which Ann Marlow (“Tin Roof”) wrote and "
        "directed, kicks off its first season Sunday, March 10 at 10 p.m."
    )
    assert has(records(text), type="release", show="Dry Creek", date="2024-03-10")


def test_another_shows_season_is_not_the_main_shows_focus_season() -> None:
    text = (
        "“Harbor Lights” had been set to debut on Sunday, January 28 for a nine-episode season, and “Dry "
        "Creek” follows it after the fourth season premiere of “Low Tide.” “Harbor Lights” is a drama."
    )
    found = records(text)
    assert has(found, type="release", show="Harbor Lights", date="2024-01-28")
    assert not has(found, show="Harbor Lights", season=4)
    assert not has(found, show="Harbor Lights", number=4)


def test_a_season_in_a_sentence_following_another_show_is_not_the_main_shows() -> None:
    text = (
        "The official account for Night Garden revealed it will premiere on October 20. Night Garden is "
        "an HBO drama.\n"
        "Earlier this year, Hulu surprised us with an odd comedy series called Pine Lake, a show nobody saw "
        "coming. Season 2 "
        "is already in the works. Night Garden, on the other hand, was always on our radar."
    )
    found = records(text, dt.date(2019, 9, 4))
    assert has(found, type="release", show="Night Garden", date="2019-10-20")
    assert not has(found, type="release", show="Night Garden", season=2)


def test_an_adaptation_of_an_authors_title_names_the_show_and_its_novelist() -> None:
    text = (
        "Maya Stone and Leo Park will star in an adaptation of Helen Crane’s The Winter Garden, written by "
        "Ruth Bell. Filming has begun on the series."
    )
    found = records(text)
    assert has(found, type="credit", show="The Winter Garden", person="Helen Crane", role="novelist")
    assert has(found, type="credit", show="The Winter Garden", person="Maya Stone", role="actor")


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


def test_a_date_in_capitals_after_a_describing_clause_is_the_premiere() -> None:
    text = (
        'NBC announces the series premiere of new drama "Night Court Files," which follows three young '
        "clerks at a busy city court, TUESDAY, MARCH 5 (9:00-10:00 p.m., ET), on NBC."
    )
    assert has(records(text), type="release", show="Night Court Files", date="2024-03-05")


def test_cbs_all_access_is_not_cbs() -> None:
    text = "CBS released a teaser for “Door Nine.” It arrives on CBS All Access this May."
    found = records(text)
    assert has(found, type="show", title="Door Nine", network="CBS All Access")
    assert not has(found, network="CBS")


def test_a_title_with_its_network_over_a_premiere_line_is_a_roundup_entry() -> None:
    text = (
        "New dramas premiere tonight\n\n“Harbor Lights” (CW)\nPremieres: 8 p.m. tonight\n\n"
        "A lighthouse keeper solves crimes on a foggy island, and the show is fun.\n\n“Dry Creek” (NBC)\n"
        "Premiered March 3 at 9pm\n\nTwo sisters run a ranch in this slow western."
    )
    found = records(text)
    assert has(found, type="release", show="Harbor Lights", date="2024-01-10", network="The CW")
    assert has(found, type="show", title="Dry Creek", network="NBC")


def test_a_character_with_the_actor_and_the_actors_other_show_in_brackets() -> None:
    text = (
        "ABC announces the premiere of new drama “Open Water.” In the first episode, Mara (Jo Quill, "
        "“Red Fields”) takes a hopeless case, and Tom (Sam Ivo, “Blue Hour”) makes a bad first impression."
    )
    found = records(text)
    assert has(found, show="Open Water", person="Jo Quill", character="Mara")
    assert has(found, show="Open Water", person="Sam Ivo", character="Tom")
    assert not has(found, type="show", title="Red Fields")


def test_a_title_described_as_a_new_thriller_after_to_is_a_show() -> None:
    text = (
        "ITV revealed its winter line-up. Crime fans will be drawn to Cold Harbour, a new police thriller "
        "starring Ann Rook and Ben Yale. Later, Tim Orr stars in the four-part drama Our Street."
    )
    found = records(text)
    assert has(found, show="Cold Harbour", person="Ann Rook", role="actor")
    assert not has(found, show="Our Street", person="Ann Rook")


def test_a_show_owning_an_actor_after_alongside_is_no_person() -> None:
    text = (
        "Tim Orr co-stars in the four-part thriller Our Street alongside Castle Hill’s Tara Moss, the pair "
        "playing an estranged couple."
    )
    assert not has(records(text), person="Castle Hill")


def test_created_for_a_network_by_names_the_creator() -> None:
    text = (
        "The Long Stair arrives on HBO Max on Thursday, May 5. Created for HBO Max by Ana Ruiz (Dark Lake), "
        "it is a true-crime drama."
    )
    assert has(records(text), show="The Long Stair", person="Ana Ruiz", role="creator")


def test_a_cast_including_and_someone_running_the_show() -> None:
    text = (
        "HBO's Night Garden premieres on October 20. Aside from Kim Lutz running the show, Night Garden also "
        "features a fine cast including Dana Holt, Reed Moss and Ian Vey."
    )
    found = records(text)
    assert has(found, show="Night Garden", person="Kim Lutz", role="showrunner")
    assert has(found, show="Night Garden", person="Reed Moss", role="actor")


def test_an_opening_phrase_and_a_clause_subject_are_no_titles() -> None:
    text = (
        "The Long Stair follows Michael Pratt (Tom Ferro) and his wife, Kathleen Pratt (Eva Lind). Besides "
        "Ferro and Lind, the series features Ana Ruiz. Beyond telling how Kathleen died, the "
        "show also restages a documentary."
    )
    found = records(text)
    assert not any(r["type"] == "show" and r["title"] != "The Long Stair" for r in found)


def test_a_last_line_cut_off_mid_sentence_is_still_prose() -> None:
    text = (
        "HBO's Night Garden premieres on October 20.\n\nNight Garden also features a fantastic cast "
        "including Dana Holt, Reed Moss, Ian Vey and the rest of a cast that we cannot wait, Lou"
    )
    assert has(records(text), show="Night Garden", person="Dana Holt", role="actor")


def test_a_digest_item_belongs_to_the_show_its_heading_names() -> None:
    text = (
        "[05/02/24 - 10:00 AM]\n"
        'Showtime Picks Up "Dark Water" Pilot With Ana Ruiz\n'
        "Ana Ruiz will star in the pilot.\n"
        "[05/02/24 - 09:00 AM]\n"
        'Apple Orders "Tin Roof," From Creator Kim Lutz\n'
        "Dana Holt, Reed Moss and Ian Vey will star in the series."
    )
    found = records(text)
    assert has(found, show="Tin Roof", person="Reed Moss", role="actor")
    assert not has(found, show="Dark Water", person="Reed Moss")


def test_a_role_played_by_a_surname_is_the_person_named_in_full() -> None:
    text = (
        "Lily Stone and Tom Rice will star in the drama “Cold Orchard.” It follows Ada Finch, played by "
        "Stone, and her brother Jo, played by the newcomer."
    )
    assert has(records(text), person="Lily Stone", character="Ada Finch")


def test_a_title_in_a_headlines_capitals_is_one_title_with_its_small_words() -> None:
    text = (
        "Ann Rook will star in an adaptation of Helen Crane’s The Pursuit Of Summer. Ruth Bell was asked "
        "to adapt The Pursuit of Summer for the BBC."
    )
    found = records(text)
    assert has(found, type="show", title="The Pursuit of Summer")
    assert not has(found, type="show", title="The Pursuit Of Summer")


def test_an_adaptation_of_an_authors_dated_novel_names_no_title() -> None:
    text = (
        "Guillermo Reyes wrote and directed the film Glass Heart, his adaptation of Mary Vane’s 1818 novel. "
        "The film arrives on Netflix on November 7."
    )
    found = records(text)
    assert not has(found, type="show", title="1818")
    assert not has(found, type="show", title="Mary")


def test_a_character_listed_before_the_next_actor_does_not_stop_the_credit() -> None:
    text = (
        "“Harbor Lights” returns to Hulu in March. Ann Rook plays Zosia, Ben Yale plays Manny, and Tim Orr "
        "co-stars as Helen."
    )
    found = records(text)
    assert has(found, person="Ben Yale", character="Manny")
