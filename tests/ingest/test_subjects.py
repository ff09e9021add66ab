"""Finding what an article is about: titles in subject position, schedule lines, cut-off excerpts."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from ingest.clutter import drop_cut_word
from ingest.sentences import split_sentences
from ingest.titles import show_candidates
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2016, 7, 24)


def _strong(text: str) -> set[str]:
    return set(show_candidates(split_sentences(text), strong_only=True))


def test_a_title_that_will_be_returning_is_a_show() -> None:
    text = "As expected, the streamer said on Friday that Nightjar will be returning for a third season."
    assert "Nightjar" in _strong(text)
    facts = extract_facts(text + " Nightjar is one of four shows in the lineup.", PUBLISHED)
    assert facts.main_show == "Nightjar"


def test_an_aside_may_stand_between_the_title_and_its_verb() -> None:
    assert "Copper & Vane" in _strong(
        "Copper & Vane (finally!) will now kick off its second season on June 3."
    )


def test_a_film_that_opens_or_arrives_in_theaters_is_a_title() -> None:
    assert "Glass Harbor" in _strong(
        "Written by Ann Lowe and starring Tom Reed as Jack, Glass Harbor opens on May 9."
    )
    assert "The Tinker" in _strong("The Tinker arrives in theaters on October 2nd.")


def test_a_person_returning_to_a_show_is_no_title() -> None:
    assert "Mara Quill" not in _strong("Mara Quill is returning to Nightjar in its fourth season.")


def test_an_appositive_with_a_genre_word_names_a_title() -> None:
    text = "One new digital spin-off will be Deep Water, a scripted series set aboard a submarine."
    assert "Deep Water" in _strong(text)


def test_a_schedule_line_places_its_show_even_when_the_title_looks_like_a_name() -> None:
    text = (
        "Here is the Sunday rundown.\n\n"
        "Marlow Hayes -- (PBS, 9 p.m. ET; check local listings). This miniseries is a handsome period piece."
    )
    assert "Marlow Hayes" in _strong(text)
    assert has(extracted_records(text, PUBLISHED), type="show", title="Marlow Hayes", network="PBS")


def test_on_a_network_places_the_nearest_show_of_a_sentence_naming_several() -> None:
    text = (
        "Two premieres stand out: the grand Marlow Hayes on PBS's Sunday showcase and the witty Backlot, "
        "starring Dan Ives, on Showtime. Marlow Hayes is a period drama, and Backlot is a comedy."
    )
    found = extracted_records(text, PUBLISHED)
    assert not has(found, type="show", title="Marlow Hayes", network="Showtime")


def test_an_excerpt_cut_mid_word_loses_the_broken_word() -> None:
    cut = (
        "The show returns.\nThere could be more renewal and cancellation news this week, so stay tuned, "
        "and keep checking back here with all of us at the Cancelled S"
    )
    assert drop_cut_word(cut).endswith("at the")
    finished = "The show returns.\nIt premieres in June."
    assert drop_cut_word(finished) == finished


def test_a_quoted_nickname_is_no_title() -> None:
    text = (
        "The new season of “Night Garden” brings in a bully, Rex (Tom Hale), who torments “Little Joe” "
        "(Sam Ray) and his sister, Ivy (Ann Cole) or “Poison Ivy,” who fights back."
    )
    strong = _strong(text)
    assert "Night Garden" in strong
    assert not {"Little Joe", "Poison Ivy"} & strong


def test_a_numbered_title_is_the_season_of_a_show_the_article_names() -> None:
    text = (
        "A report card for “Night Garden 2”: the show's second season of “Night Garden,” Hulu's hit, "
        "was uneven. Still, the “Night Garden 2” finale landed."
    )
    assert set(show_candidates(split_sentences(text))) == {"Night Garden"}
    film = "“Glass Harbor 2” opens next May. “Glass Harbor” made $60 million in 2001."
    assert "Glass Harbor 2" in show_candidates(split_sentences(film))


def test_the_people_a_show_is_made_with_are_not_part_of_its_title() -> None:
    text = "The writer is co-creating the new comedy Maple Ridge with Ed Vance and Sue Tell for the streamer."
    assert "Maple Ridge" in show_candidates(split_sentences(text))


def test_a_which_clause_only_a_show_takes_names_a_title() -> None:
    text = "Girls4ever, which is executive produced by Tina Fey, is set to star Sara Bell as Dawn."
    assert "Girls4ever" in _strong(text)


def test_a_title_in_brackets_after_an_actor_is_their_other_work() -> None:
    text = (
        "Creator Adam Berg said his series “The Bergs” would be returning for a fourth season.\n\n"
        "The series stars Jeff Gold (“Curb Appeal”) and Wendi Cove (“Reno Nights”) and is set in the 1980s."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="credit", show="The Bergs", person="Jeff Gold", role="actor")
    assert not has(found, show="Curb Appeal") and not has(found, show="Reno Nights")


def test_a_network_round_up_places_the_shows_it_lists() -> None:
    text = (
        "ABC renews 12 shows, including “Quiet Fields” and “Harbor Lights”\n\n"
        "ABC handed out early renewals on Thursday.\n\n"
        "“Quiet Fields” was renewed for a sixth season. “Harbor Lights” landed a second season pickup, "
        "while the Fox drama “Red Canyon” was cancelled."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="show", title="Quiet Fields", network="ABC")
    assert has(found, type="show", title="Harbor Lights", network="ABC")
    assert not has(found, type="show", title="Red Canyon", network="ABC")


def test_a_network_named_in_passing_makes_no_round_up() -> None:
    text = (
        "Fans of the old ABC sitcom were thrilled.\n\n"
        "“Quiet Fields” was renewed for a sixth season, and “Harbor Lights” got a second season."
    )
    assert not has(extracted_records(text, PUBLISHED), network="ABC")


def test_a_round_up_places_a_listed_show_the_article_says_nothing_else_about() -> None:
    text = (
        "BBC One announces new slate of dramas\n\n"
        "Ann Reed’s The Parting is set in Leeds. The Parting follows three sisters who run a law firm.\n\n"
        "Also on the slate is Watchman, a thriller from Jed Marr. Watchman will be exec produced by Marr."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="show", title="The Parting", network="BBC One")


def test_one_show_announced_by_its_network_lends_it_to_no_spinoff() -> None:
    text = (
        "Netflix has finally revealed when the last season of Night Garden will arrive. Night Garden "
        "Season 5 premieres on November 26, 2025. A spinoff, Night Garden: Early Days, is set to premiere "
        "in 2026."
    )
    assert not has(extracted_records(text, PUBLISHED), title="Night Garden: Early Days", network="Netflix")


def test_a_possessive_title_is_the_title_without_its_s() -> None:
    text = (
        "The Long Road Home's second season premieres April 13 on HBO. The Long Road Home's showrunner "
        "Craig Marsh said the season covers the second book. Pedro Paz returns as Joel."
    )
    facts = extract_facts(text, PUBLISHED)
    assert facts.main_show == "The Long Road Home"
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="credit", show="The Long Road Home", person="Craig Marsh", role="showrunner")
    assert not any("Home's" in str(r.get("title") or r.get("show")) for r in found)


def test_a_show_named_after_its_maker_still_points_back_at_it() -> None:
    text = (
        "Drifting is coming back. The streamer said Thursday that the Jason Segal comedy will return for "
        "season 3 on January 28, 2026."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="release", show="Drifting", season=3, date="2026-01-28")


def test_networks_whose_names_start_like_others_are_their_own() -> None:
    found = extracted_records("ABC Family has canceled Tutus after one season.", PUBLISHED)
    assert has(found, type="show", title="Tutus", network="ABC Family")
    found = extracted_records("WGN America has cancelled Salem Woods after three seasons.", PUBLISHED)
    assert has(found, type="show", title="Salem Woods", network="WGN America")


def test_a_numbered_part_of_a_title_names_it() -> None:
    text = "The streamer has set a date for season 2 of Lanternfall. The Regency romance returns March 25."
    facts = extract_facts(text, dt.date(2022, 2, 1))
    assert facts.main_show == "Lanternfall"
    found = extracted_records(text, dt.date(2022, 2, 1))
    assert has(found, type="release", show="Lanternfall", season=2, date="2022-03-25")


def test_another_shows_name_in_the_pointer_still_points_elsewhere() -> None:
    text = (
        "The streamer has set a premiere date for season 2 of Lanternfall. The upcoming Moonwatch "
        "spin-off series returns on March 25."
    )
    assert not has(extracted_records(text, dt.date(2022, 2, 1)), type="release", date="2022-03-25")


def test_a_review_names_its_show_by_what_it_is_and_when_it_airs() -> None:
    text = (
        "Tutus is the best new show of the summer. The dance dramedy stars Sutton Fax as Michelle, a "
        "showgirl who moves to a sleepy town. Tutus airs Mondays at 9 p.m. on ABC Family."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="show", title="Tutus", network="ABC Family")
    assert has(found, type="credit", show="Tutus", person="Sutton Fax", character="Michelle")


def test_a_name_cut_off_at_the_end_of_an_excerpt_is_dropped_whole() -> None:
    text = (
        "The streamer has set a premiere date for season 2 of Lanternfall. Sim Ashby joins the cast as Kate "
        "Sharp, while Jon Bale returns as Anthony. The series is based on the novels by Julia Qui"
    )
    assert not has(extracted_records(text, PUBLISHED), role="novelist")


def test_returning_to_a_title_for_a_season_names_it() -> None:
    assert "Nightjar" in _strong(
        "Ivy Strand is returning to Nightjar in Season 8, reprising her role as Hana."
    )
    found = extracted_records("“Red Canyon” returns to Fox for season 3 at 9 p.m. on Monday.", PUBLISHED)
    assert has(found, type="show", title="Red Canyon", network="Fox")


def test_a_round_up_of_several_networks_lends_none_of_them() -> None:
    text = (
        "TNT has set premiere dates for its summer shows. “Copper & Vane” returns June 19.\n\n"
        "Starz's “Magic Hour” has a Season 2 premiere date: June 14.\n\n"
        "Meanwhile “Nightjar” will be back for a fourth season, its creator said."
    )
    found = extracted_records(text, PUBLISHED)
    assert not has(found, type="show", title="Nightjar", network="TNT")
    assert has(found, type="show", title="Magic Hour", network="Starz")


def test_each_entry_of_a_slate_keeps_its_own_people() -> None:
    text = (
        "The streamer has announced its first slate. It includes comedies Red Kite, starring and co-written "
        "by Will Forde; and Blank Page, starring and co-written by Lara Cox and George Walls."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, show="Blank Page", person="Lara Cox")
    assert not has(found, show="Red Kite", person="Lara Cox")
