"""More shapes of published news the extractor missed (news30b): a cast list parted by semicolons with a
role described before each name; nicknames made of initials ('Dr. John "J.D." Dorian'); names with
particles ("Louis de Pointe du Lac"); "the series, which has already been renewed"; "Lamplight star and
writer A"; a labelled "X Season 3 premiere: Tuesday, July 16" line;
the author named as the book's describing word or described at length; "cast actor A as the lead role".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from ingest.sentences import split_sentences
from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2024, 5, 6)


def test_a_semicolon_cast_list_with_described_roles() -> None:
    text = (
        'Diamond Lights premieres this fall on NBC. The fresh cast includes: Scott Varga ("All Our Days") as '
        'team captain and star pitcher Jason Reed; Gaius Monroe ("The Book of Ruth") as feared slugger Brian '
        '"Smash" Wilkes; Tara Quint as Coach Rigg\'s long-suffering wife, Tami; and Mina Kell ("What I '
        'Like") as Lyla Garr, cheerleader.'
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Diamond Lights", person="Scott Varga", character="Jason Reed")
    assert has(found, type="credit", show="Diamond Lights", person="Gaius Monroe", character="Brian Wilkes")
    assert has(found, type="credit", show="Diamond Lights", person="Tara Quint", character="Tami")
    assert has(found, type="credit", show="Diamond Lights", person="Mina Kell", character="Lyla Garr")
    assert not has(found, type="credit", show="All Our Days")
    assert not has(found, type="show", title="I Like")


def test_initials_quoted_as_a_nickname_do_not_end_the_sentence() -> None:
    assert len(split_sentences('It follows Dr. John "J.T." Marlow (Casey Dunn). He is a surgeon.')) == 2
    found = extracted_records('"Ward Seven" follows Dr. John "J.T." Marlow (Casey Dunn).', _DAY)
    marlow = [r for r in found if r["type"] == "credit" and r["person"] == "Casey Dunn"]
    assert marlow and marlow[0]["character"] == "Dr. John Marlow"
    assert "J.T." in marlow[0]["character_aliases"]


def test_a_role_named_with_particles_and_a_lead_cast_unnamed() -> None:
    text = (
        "Just weeks after finding its villain, AMC's The Ash Court has cast the hero. Jonah Alder has been "
        "cast as Louis de la Roche, a plantation owner turned creature of the night. The studio has also "
        "cast actor Walker Stobell as the lead role in its next drama."
    )
    found = extracted_records(text, _DAY)
    louis = [r for r in found if r["type"] == "credit" and r["person"] == "Jonah Alder"]
    assert louis and louis[0]["character"] == "Louis de la Roche"
    assert louis[0]["character_aliases"] == ["Louis"]


def test_already_renewed_in_a_relative_clause_and_a_final_season() -> None:
    text = (
        "Sunday's episode of BBC America's Night Ledger brings the two spies face to face, the setup that "
        "defines the series, which has already been renewed for a second season.\n\n"
        "Stage star Ruth Anning will indeed play Queen Mathilde in the fourth and final season of The Regent "
        "on Netflix."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Night Ledger", value="renewed for season 2")
    assert has(found, type="descriptor", show="The Regent", value="final season: 4")


def test_a_titles_star_acts_in_it_and_a_labelled_premiere_line() -> None:
    text = (
        "Cobalt Season 3 premiere: Tuesday, July 16 at 10pm ET/PT\n"
        "Yesterday, COBALT star and writer Gina Rafter talked to reporters about the return of Cobalt on "
        "USA Network."
    )
    found = extracted_records(text, dt.date(2024, 7, 1))
    assert has(found, type="release", show="Cobalt", season=3, date="2024-07-16")
    assert has(found, type="credit", show="Cobalt", person="Gina Rafter", role="actor")
    assert has(found, type="credit", show="Cobalt", person="Gina Rafter", role="writer")


def test_the_author_named_as_the_books_describing_word_or_at_length() -> None:
    text = (
        '"Orchard Street," the new Apple TV+ drama, is earning raves. The saga comes from the Mira Tan novel '
        "of the same name.\n\n"
        "Netflix has ordered new episodes of Sage Flats. The series is drawn from the original novels of "
        "Wyoming resident and former deputy Craig Holloway."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Orchard Street", person="Mira Tan", role="novelist")
    assert has(found, type="credit", show="Sage Flats", person="Craig Holloway", role="novelist")


def test_an_opening_time_phrase_is_no_title() -> None:
    text = (
        'Walker Scobell Cast in Lead Role for Disney+ Series "Percy Jackson and the Olympians"\n\n'
        "The Percy Jackson and the Olympians series on Disney+ has cast actor Walker Scobell as the lead "
        "role. Back in January, the series adaptation of the Rick Riordan book series was ordered."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Back")
    assert has(found, type="credit", person="Rick Riordan", role="novelist")
    assert has(found, type="credit", person="Walker Scobell", role="actor")
