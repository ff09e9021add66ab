"""Still more shapes of published news (news30b): short hard-wrapped lines that go on in lower case; a
network that "announced that it had canceled" a show; "A penned the script and B will direct the pilot. Both
will serve as EPs alongside C and D"; a role's possessive before the actor's bracket ("Dr. Robby's (Wyle)
shift"); a lead named after the show ("Barry (Hader)") whose full name only comes as "the Bill Hader-starring
series"; the network in capitals ("FOX's crime show, Bones"); freshman shows cancelled; a prequel film's own
date.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from ingest.sentences import unwrap
from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2024, 5, 6)


def test_a_short_line_that_goes_on_in_lower_case_is_one_sentence() -> None:
    assert unwrap("Octave, a play on the word\noctet, follows eight strangers.") == (
        "Octave, a play on the word octet, follows eight strangers."
    )
    assert (
        unwrap("Octave premieres Friday.\nIt stars Ana Ruiz.")
        == "Octave premieres Friday.\nIt stars Ana Ruiz."
    )


def test_a_network_reporting_its_own_cancellation_and_a_wrapped_crew_list() -> None:
    text = (
        "Streaming service Netflix on Thursday announced that it had canceled Octave after two seasons.\n"
        "It was created by Lilly and Lana Rourke (The Grid)\nand Jim Straley and praised for its diversity."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Octave", network="Netflix")
    for person in ("Lilly Rourke", "Lana Rourke", "Jim Straley"):
        assert has(found, type="credit", show="Octave", person=person, role="creator")


def test_each_subject_keeps_its_own_verb_and_both_share_the_next_role() -> None:
    text = (
        "Scoop: Mia Sorel Cast as Watts in CBS Pilot Baker Street East\n\n"
        "CBS has cast Mia Sorel as Watts in Baker Street East, the network's take on the detective. Rob "
        "Dalby (Medium) penned the script and Michael Costa (Homeland) will direct the pilot. Both will "
        "serve as EPs alongside Sarah Timms and Carl Benning."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Baker Street East", person="Rob Dalby", role="writer")
    assert has(found, type="credit", show="Baker Street East", person="Michael Costa", role="director")
    assert not has(found, type="credit", person="Rob Dalby", role="director")
    for person in ("Rob Dalby", "Michael Costa", "Sarah Timms", "Carl Benning"):
        assert has(found, type="credit", show="Baker Street East", person=person, role="executive_producer")


def test_a_roles_possessive_before_the_bracket() -> None:
    text = (
        "Ward Nine Renewed for Season 2\n\n"
        "Max has renewed Ward Nine, the medical drama starring Noah Wyle, for a second season. Each episode "
        "equates to one hour in Dr. Robby's (Wyle) shift as the chief attendant."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Ward Nine", person="Noah Wyle", character="Dr. Robby")


def test_a_lead_named_after_the_show_known_from_a_joined_name() -> None:
    text = (
        "It has been three years since the last episode of HBO's Quill, the Ben Hader-starring series. The "
        'official description: "Quill (Hader) is attempting to leave his violent past behind."'
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quill", person="Ben Hader", character="Quill")


def test_the_network_in_capitals_and_freshman_shows_cancelled() -> None:
    text = (
        "FOX's longest running crime show, Bones Yard is back for its 9th season on Monday September 16.\n\n"
        'So far, FOX has cancelled freshman series "Outlaws," "Flightless" and "Glass City."'
    )
    found = extracted_records(text, dt.date(2024, 7, 15))
    assert has(found, type="show", title="Bones Yard", network="Fox")
    for title in ("Outlaws", "Flightless", "Glass City"):
        assert has(found, type="descriptor", show=title, value="canceled")
        assert has(found, type="season", show=title, number=1)
    assert not has(found, network="Fox", title="Megan")


def test_a_prequel_films_date_is_its_own() -> None:
    text = (
        "Netflix has announced The Tinker season 2 will debut on 17 December. Also announced was a release "
        "date for an animated prequel film, The Tinker: Wolf's Hour, which will come to Netflix on 23 August."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="The Tinker", season=2, date="2024-12-17")
    assert has(found, type="release", show="The Tinker: Wolf's Hour", date="2024-08-23")
    assert not has(found, type="release", show="The Tinker", date="2024-08-23")


def test_a_day_before_the_network_releasing_the_show_and_a_fresh_rating() -> None:
    text = (
        "Those plans continue on July 11th when Netflix will release its latest original program, Inside Out "
        'Blue. Over 20 critics on Rotten Tomatoes have praised "Inside Out Blue," adding up to a 100% fresh '
        "rating."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Inside Out Blue", date="2024-07-11", network="Netflix")
    assert has(found, type="show", title="Inside Out Blue", network="Netflix")
    assert has(found, type="rating", show="Inside Out Blue", audience="critics", value=100.0)
