"""Shapes of published news the extractor used to miss (issue 9, news28a): titles opening with a possessive
word, titles written in capitals inside prose, a recap headline's episode, a person's novel, studio and "TV"
tails, "Netflix's dark series" pointing at the show, "S4", another country's channel, Pop and History.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ingest.capital_titles import spell_capital_titles
from ingest.possessive_titles import restore_possessives
from ingest.title_guards import episode_titles
from ingest.title_spellings import drop_sentence_the
from ingest.titles import clean_title
from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2024, 3, 10)


def test_a_possessive_word_the_text_always_writes_is_part_of_the_title() -> None:
    text = (
        "Ahead of Dalton’s Landing‘s Season 2 finale on Freeform, the network has renewed the family drama "
        "for a third season.\n\nDalton’s Landing stars Mira Cole and Owen Fisk."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Dalton’s Landing", network="Freeform")
    assert has(found, type="descriptor", show="Dalton’s Landing", value="renewed for season 3")
    assert not has(found, type="show", title="Landing")


def test_a_persons_or_networks_possessive_stays_apart() -> None:
    counts = Counter({"Wednesday": 2, "Dune Riders": 2})
    text = (
        "Tim Burton's Wednesday is back. Tim Burton's Wednesday returns. "
        "Max's Dune Riders and Max's Dune Riders."
    )
    assert restore_possessives(counts, text) == counts
    # The word named on its own elsewhere is someone's: "Hobb" alone.
    assert restore_possessives(
        Counter({"Hollow": 1}), "Hobb's Hollow. Hobb's Hollow. Hobb said so."
    ) == Counter({"Hollow": 1})
    assert restore_possessives(Counter({"Hollow": 1}), "Hobb's Hollow. Fans love Hobb's Hollow.") == Counter(
        {"Hobb's Hollow": 1}
    )


def test_the_x_title_opening_sentences_is_never_its_escaped_pattern() -> None:
    counts = Counter({"The Glass Harbor": 1})
    text = "The Glass Harbor season 2 is here. Glass Harbor fans cheered."
    assert drop_sentence_the(counts, text) == Counter({"Glass Harbor": 1})


def test_a_networks_possessive_series_points_at_the_show_at_hand() -> None:
    text = (
        "Copper Saints season 3 premiere date has finally been set. Showrunner Dev Arlo announced on Sunday "
        "that Netflix's gritty crime series will return for season 3 on Wednesday, June 22."
    )
    found = extracted_records(text, dt.date(2022, 3, 14))
    assert has(found, type="release", show="Copper Saints", season=3, date="2022-06-22")
    apple = "Glass Harbor season 2 trailer is here. Apple TV+'s mystery drama returns on Friday, March 12."
    assert has(
        extracted_records(apple, dt.date(2021, 2, 1)), type="release", show="Glass Harbor", date="2021-03-12"
    )


def test_another_networks_possessive_series_is_not_the_show_at_hand() -> None:
    text = (
        "Copper Saints was renewed by Netflix. "
        "Netflix's other crime series will return on Wednesday, June 22."
    )
    found = extracted_records(text, dt.date(2022, 3, 14))
    assert not has(found, type="release", show="Copper Saints", date="2022-06-22")


def test_titles_in_capitals_inside_prose_are_titles() -> None:
    text, titles = spell_capital_titles(
        "Yesterday, MAPLE COURT star Jo Ferris talked about PARENTHOOD's return. PARENTHOOD is back."
    )
    assert (
        text == "Yesterday, Maple Court star Jo Ferris talked about Parenthood's return. Parenthood is back."
    )
    assert titles == Counter({"Maple Court": 1, "Parenthood": 2})
    # Acronyms, labels, a line in capitals and a person named again by surname stay as they are.
    kept = (
        "[OCTOBER 9 UPDATE] his ADHD and the NBC shows\nLANTERN COVE SEASON 4\n"
        "TINA FEY spoke and Fey said so."
    )
    spelt, titles = spell_capital_titles(kept)
    assert spelt.splitlines()[:2] == [
        "[OCTOBER 9 UPDATE] his ADHD and the NBC shows",
        "LANTERN COVE SEASON 4",
    ]
    assert "Tina Fey" not in titles


def test_a_title_in_capitals_gets_its_release_and_network() -> None:
    text = (
        "Yesterday, MAPLE COURT star Jo Ferris talked to reporters about MAPLE COURT's return this April 10 "
        "on NBC.\n\nOn MAPLE COURT we just like to put things out there."
    )
    found = extracted_records(text, dt.date(2008, 3, 26))
    assert has(found, type="release", show="Maple Court", date="2008-04-10")
    assert has(found, type="show", title="Maple Court", network="NBC")


def test_a_recap_headlines_quoted_episode_is_no_show() -> None:
    assert episode_titles("'Iron Saints' premiere recap: 'Ashes'") == {"Ashes"}
    text = (
        "'Iron Saints' premiere recap: 'Ashes'\n\nIt's a question the crew has to answer as Iron Saints "
        'returns with a premiere. By the end of "Ashes," Nick Vale (Sam Dorn) is back.'
    )
    found = extracted_records(text, dt.date(2011, 9, 7))
    assert not has(found, type="show", title="Ashes")
    assert has(found, type="show", title="Iron Saints")


def test_a_persons_novel_or_drama_is_no_title() -> None:
    text = (
        "AMC’s adaptation of Ruth Vail’s novel comes after the network acquired her books. AMC’s The Night "
        "Orchard is set to premiere in 2022."
    )
    found = extracted_records(text, dt.date(2021, 8, 28))
    assert not any(r.get("title") == "Ruth Vail" or r.get("show") == "Ruth Vail" for r in found)


def test_studio_and_medium_tails_are_no_part_of_a_title() -> None:
    assert clean_title("Gladiator II from Paramount Pictures") == "Gladiator II"
    assert clean_title("Interview With The Vampire TV") == "Interview With The Vampire"
    assert clean_title("Apple TV") == "Apple TV"  # a name of two words keeps its "TV"


def test_a_trade_papers_s4_is_season_4() -> None:
    text = (
        "AMC has renewed Pale Ridge for a fourth season. Season 3 of the series wrapped this month, and the "
        "10-episode S4 will premiere in 2018."
    )
    found = extracted_records(text, dt.date(2017, 6, 27))
    assert has(found, type="release", show="Pale Ridge", season=4, year=2018)
    assert not has(found, type="release", show="Pale Ridge", season=3)


def test_another_countrys_channel_and_a_renewals_date_are_set_aside() -> None:
    text = (
        "Pop has renewed Harrow Creek for a fourth season. "
        "Harrow Creek was Pop's first original scripted show. "
        "The acquired show airs in Canada on CBC, "
        "which also is renewing it for Season 4 today."
    )
    found = extracted_records(text, dt.date(2017, 3, 10))
    assert has(found, type="show", title="Harrow Creek", network="Pop TV")
    assert not has(found, type="release", show="Harrow Creek", date="2017-03-10")


def test_history_is_a_channel_only_where_only_a_channel_stands() -> None:
    found = extracted_records(
        "History has renewed Norsemen Rising for a fourth season.", dt.date(2015, 3, 20)
    )
    assert has(found, type="show", title="Norsemen Rising", network="History")
    text = "History has shown that Norsemen Rising will be renewed for a fourth season."
    assert not has(extracted_records(text, dt.date(2015, 3, 20)), network="History")
