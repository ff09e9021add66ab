"""Wording found in published news: described roles, dates set 'as the premiere date', announced directors."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from tests.ingest.helpers import credits, extracted_records, has

PUBLISHED = dt.date(2025, 1, 10)
OPENING = "Harbor Lights season 2 premieres on Hulu on April 20, 2025.\n\n"


def test_a_role_described_before_the_characters_name_is_credited() -> None:
    found = extracted_records(
        OPENING + "Priya Nandakumar plays the town's newspaper editor, June Whitlock.", PUBLISHED
    )
    assert has(found, type="credit", person="Priya Nandakumar", character="June Whitlock", role="actor")


def test_a_date_set_as_the_premiere_date_of_a_numbered_season_is_that_seasons_premiere() -> None:
    text = "Hulu has set Sunday, April 20, 2025, as the premiere date for the second season of Harbor Lights."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="release", show="Harbor Lights", season=2, date="2025-04-20", network="Hulu")


def test_a_one_sentence_article_without_a_headline_names_its_show() -> None:
    text = "Priya Nandakumar plays June Whitlock in Harbor Lights, which returns to Hulu on April 4, 2025."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="release", show="Harbor Lights", date="2025-04-04")
    assert has(found, type="credit", person="Priya Nandakumar", character="June Whitlock")


def test_a_director_who_will_direct_is_stored_as_announced_not_as_done() -> None:
    text = OPENING + "Ana Lily Amirpour will return to direct the season 2 premiere."
    [credit] = credits(extracted_records(text, PUBLISHED), "Ana Lily Amirpour")
    assert credit["role"] == "director" and credit["note"] == "set to direct"


def test_a_director_who_directed_carries_no_announcement_note() -> None:
    text = OPENING + "Ana Lily Amirpour directed the season 1 finale."
    [credit] = credits(extracted_records(text, PUBLISHED), "Ana Lily Amirpour")
    assert "note" not in credit


def test_a_person_who_will_direct_is_not_taken_for_a_show() -> None:
    text = OPENING + "The drama was created by Tomas Reyes. Reyes is set to direct the finale."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="credit", show="Harbor Lights", person="Tomas Reyes", role="creator")
    assert not has(found, type="show", title="Reyes")


def test_directing_episodes_of_a_season_does_not_size_the_season() -> None:
    found = extracted_records(OPENING + "John Smith will direct two episodes of season 2.", PUBLISHED)
    assert not has(found, type="season", episodes=2)


def test_a_critics_score_on_rotten_tomatoes_is_the_shows_rating() -> None:
    text = OPENING + "The drama has a 91% critics score on Rotten Tomatoes."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="rating", source="Rotten Tomatoes", audience="critics", value=91.0)


def test_each_part_of_a_round_up_sentence_keeps_its_own_cast() -> None:
    text = (
        "Ripper Street, an eight-part drama, is coming to BBC One this autumn.\n\n"
        "The slate includes Good Cop, starring Warren Brown as a Liverpool policeman; Shetland, a two-part "
        "mystery, starring Douglas Henshall as Detective Jimmy Perez; and Ripper Street, starring Matthew "
        "Macfadyen and Jerome Flynn."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="credit", show="Ripper Street", person="Matthew Macfadyen")
    assert not has(found, type="credit", show="Ripper Street", person="Douglas Henshall")


def test_an_award_description_before_a_name_is_no_cast_member() -> None:
    text = (
        "Peacock dated the sitcom “Brass Bells,” starring Emmy Award-winner and "
        "Tony-nominated crooner Mara Quill and Dot Fenwick."
    )
    found = extracted_records(text, PUBLISHED)
    assert not [r for r in found if r["type"] == "credit" and "Award" in r["person"]]


def test_a_role_with_a_nickname_in_brackets_keeps_the_whole_name() -> None:
    text = OPENING + 'In the finale, Lottie was joined by Vanessa "Van" Palmer (Liv Hewson) in the cabin.'
    [credit] = credits(extracted_records(text, PUBLISHED), "Liv Hewson")
    assert credit["character"] == "Vanessa Palmer" and "Van" in credit["character_aliases"]


def test_a_cast_members_surname_is_not_taken_for_the_show() -> None:
    text = (
        "Actress Nora Pell has joined the cast of Paramount Network‘s Ridgeline in a recurring role. "
        "Pell will join Tom Varga (Lost), who will portray recurring character Cole Banner. "
        "Pell is set to take on the role of Ada Rusk."
    )
    extraction = extract_facts(text, PUBLISHED)
    found = extracted_records(text, PUBLISHED)
    assert extraction.main_show == "Ridgeline"
    assert has(found, type="show", title="Ridgeline", network="Paramount Network")
    assert has(found, type="credit", person="Nora Pell", character="Ada Rusk")
    assert has(found, type="credit", person="Tom Varga", character="Cole Banner")


def test_ordering_a_second_season_is_a_renewal() -> None:
    text = (
        "Prime Video has ordered a second season of its drama Night Watchers, created by "
        "Eli Marsh. The first season of Night Watchers premiered February 21."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="descriptor", show="Night Watchers", value="renewed for season 2")
    assert has(found, type="show", title="Night Watchers", network="Prime Video")


def test_a_networks_series_before_a_title_names_the_show() -> None:
    text = "Marvel's coming Disney+ series Iron Lantern will arrive on January 27, 2026."
    found = extracted_records(text, dt.date(2025, 10, 16))
    assert has(found, type="release", show="Iron Lantern", date="2026-01-27")


def test_a_description_between_as_and_the_characters_name_is_skipped() -> None:
    text = (
        "A first look at Disney+'s coming Marvel TV series Hidden Court is here.\n\n"
        "Hidden Court has a crowded cast: Lena Voss as the spymaster's old deputy, "
        "Mara Hale; Don Pryce as James Roan; and Ben Tallis as alien warlord Torak."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="credit", person="Ben Tallis", character="Torak")
    assert has(found, type="credit", person="Lena Voss", character="Mara Hale")
    assert has(found, type="credit", person="Don Pryce", character="James Roan")


def test_a_hard_wrapped_article_reads_its_titles_whole() -> None:
    lines = [
        "Starz renews Harbor Lights early",
        "Los Angeles - Starz has renewed its new drama Harbor",
        "Lights for a second season well before the show's January debut,",
        "the network said on Friday during its winter press day.",
        "The eight-part drama from producer Nell Hart follows",
        "a lighthouse keeper and her family on a remote island off the coast.",
        "Work on the second season is set to begin in Cape Town in",
        "November, with the whole cast returning for the new episodes.",
    ]
    found = extracted_records("\n".join(lines), PUBLISHED)
    assert has(found, type="descriptor", show="Harbor Lights", value="renewed for season 2")
    assert has(found, type="show", title="Harbor Lights", network="Starz")


def test_production_beginning_is_no_premiere() -> None:
    text = OPENING + "Production on the third season of Harbor Lights is set to begin in November."
    found = extracted_records(text, PUBLISHED)
    assert not has(found, type="release", season=3)


def test_a_person_arriving_is_no_premiere() -> None:
    text = OPENING + "It was announced that Harbor Lights actor Roger Griffin is set to arrive in the spring."
    found = extracted_records(text, PUBLISHED)
    assert [r for r in found if r["type"] == "release"] == [
        {"type": "release", "show": "Harbor Lights", "season": 2, "date": "2025-04-20", "network": "Hulu"}
    ]


def test_the_name_a_first_line_opens_with_is_the_show_when_the_article_repeats_it() -> None:
    text = (
        "Harborside spoiler - a secret family member is revealed\n\n"
        "Harborside has finally revealed the secret behind newcomer Hayley, who is played by Katie Jarvis. "
        "Harborside fans will meet her on Tuesday. Harborside airs every weeknight."
    )
    assert extract_facts(text, PUBLISHED).main_show == "Harborside"


def test_joining_a_show_as_its_cast_names_the_show() -> None:
    text = (
        "Three actors will be joining Tidewatch as its new regular cast in series 3. "
        "Joining the captain will be Brian Welles as Gordon and Mina Gale as Yara."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="credit", show="Tidewatch", person="Brian Welles", character="Gordon")


def test_a_role_title_before_the_characters_name_gives_the_name() -> None:
    text = "Squid Game season 3 is on Netflix. Lee Byung-hun plays the Front Man, Hwang In-ho, who runs it."
    [credit] = credits(extracted_records(text, PUBLISHED), "Lee Byung-hun")
    assert credit["character"] == "Hwang In-ho"


def test_a_family_name_first_character_is_known_by_the_given_name() -> None:
    text = "Squid Game season 3 is on Netflix. Wi Ha-joon is back as detective Hwang Jun-ho."
    [credit] = credits(extracted_records(text, PUBLISHED), "Wi Ha-joon")
    assert credit["character_aliases"] == ["Jun-ho"]


def test_a_series_from_a_named_director_arriving_on_a_date_is_its_premiere() -> None:
    text = (
        "Marvel's coming Disney+ series Iron Lantern is nearly here. The eight-episode series from director "
        "Dana Okoro will arrive on January 27, 2026."
    )
    found = extracted_records(text, dt.date(2025, 10, 16))
    assert has(found, type="release", show="Iron Lantern", date="2026-01-27")


def test_a_round_up_paragraph_about_an_unrecognised_show_gives_the_main_show_nothing() -> None:
    text = (
        "TNT dates its summer.\n\n"
        "The fourth season of Copper & Vine will begin June 25.\n\n"
        "TBS says the second season of Pike & Daughter premieres Thursday, June 13.\n\n"
        "Starz's Neon Harbor has a Season 2 premiere date: Friday, June 14.\n\n"
        "A&E's Dry Creek returns on May 27 for a second season.\n\n"
        "The glossy drama Velvet Wives stars Lia Ortega and Dana Ruiz."
    )
    found = extracted_records(text, dt.date(2013, 4, 11))
    assert has(found, type="release", show="Neon Harbor", season=2, date="2013-06-14", network="Starz")
    assert not [r for r in found if r.get("person") == "Lia Ortega" and r["show"] != "Velvet Wives"]


def test_a_season_of_the_year_gives_the_premiere_year() -> None:
    text = "Tidewatch series 11 has a new crew.\n\nThe series will then air on BBC One in Autumn 2018."
    found = extracted_records(text, dt.date(2017, 10, 22))
    assert has(found, type="release", show="Tidewatch", season=11, year=2018, network="BBC One")


def test_directed_and_written_without_by_still_credit_the_names() -> None:
    text = (
        "Netflix will release the drama Island Siren in October. Directed Kim Do-yun and written "
        "Han Seo-rin, the series reunites the pair."
    )
    found = extracted_records(text, dt.date(2023, 9, 27))
    assert has(found, type="credit", person="Kim Do-yun", role="director")
    assert has(found, type="credit", person="Han Seo-rin", role="writer")


def test_a_first_episode_that_will_be_available_on_a_date_is_the_premiere() -> None:
    text = (
        "Netflix plans a new Korean drama called Island Siren for November.\n\n"
        "The release plan for Island Siren on Netflix: the first episode will be "
        "available on Friday, November 3, 2023. Note the date for the premiere of Island Siren."
    )
    found = extracted_records(text, dt.date(2023, 9, 27))
    assert has(found, type="release", show="Island Siren", date="2023-11-03")


def test_a_show_star_before_a_name_is_no_cast_list() -> None:
    text = (
        "Former Sunset Lane star Mia Corr is now zero for two on The CW. The network canceled her "
        "Maple Falls spin-off Ivy Blake after one season."
    )
    found = extracted_records(text, dt.date(2020, 7, 3))
    assert not [r for r in found if r["type"] == "credit" and "Lane" in str(r["person"])]
    assert has(found, type="descriptor", show="Ivy Blake", value="canceled")


def test_a_review_of_the_pilot_names_the_show_and_its_premiere_tonight() -> None:
    text = "This week I sat down with the pilot for Music Row, which premieres tonight at 10/9C on ABC."
    found = extracted_records(text, dt.date(2012, 10, 10))
    assert has(found, type="release", show="Music Row", date="2012-10-10", network="ABC")


def test_a_renewal_round_up_gives_each_show_its_season() -> None:
    text = (
        "ABC has settled its renewals. Returning for the 2021-22 season are dramas Little Lanterns "
        "(for season four) and The Cadet (season four) as well as comedy Home Truths (season two)."
    )
    found = extracted_records(text, dt.date(2021, 5, 14))
    assert has(found, type="descriptor", show="The Cadet", value="renewed for season 4")
    assert has(found, type="descriptor", show="Home Truths", value="renewed for season 2")
    assert not has(found, type="descriptor", show="The Cadet", value="renewed for season 2")


def test_another_titles_creator_is_not_the_shows_creator() -> None:
    text = (
        "Ada Marsh's The Divide is set in London.\n\n"
        "Also leading the slate is a new series from Blue Watch creator Jon Merrow."
    )
    found = extracted_records(text, dt.date(2016, 8, 25))
    assert not has(found, type="credit", show="The Divide", person="Jon Merrow")


def test_a_networks_executive_is_no_show() -> None:
    text = (
        "Harbor Lights season 2 premieres on BBC One on April 20, 2025. It will be produced by Nell Hart "
        "alongside the BBC's Stephen Wright."
    )
    found = extracted_records(text, PUBLISHED)
    assert not has(found, type="show", title="Stephen Wright")


def test_a_studios_film_in_a_trailer_round_up_keeps_its_own_cast() -> None:
    text = (
        "Red River Dawn, Courtesy of Apple\n\n"
        "Based on Dana Grant's book, Red River Dawn is set in 1920s Oklahoma. Directed by "
        "Martin Vale, the film stars Leo Darrow and Lily Stone (October 6th).\n\n"
        "Director Gareth Edmunds goes back to sci-fi with 20th Century Studios The Maker. Jonah (John David "
        "Walsh), a weary soldier, is sent to hunt down the Maker (September 29th)."
    )
    found = extracted_records(text, dt.date(2023, 5, 30))
    assert has(found, type="credit", show="The Maker", person="John David Walsh", character="Jonah")
    assert has(found, type="credit", show="Red River Dawn", person="Martin Vale", role="director")
    assert not has(found, type="credit", show="Red River Dawn", person="John David Walsh")
