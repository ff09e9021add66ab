"""The candidate index fuzzy linking looks names up in (intents.candidates)."""

from __future__ import annotations

from intents.autocomplete import Autocomplete
from intents.candidate_choices import CandidateChoices
from intents.candidates import NameCandidates
from intents.name_prefixes import PrefixList
from intents.names import EntityRef
from intents.spelling_edits import edits1
from intents.text import fold


def test_one_edit_spellings_include_a_swap_a_drop_an_insert_and_a_replacement() -> None:
    spellings = edits1("kismet")
    assert {"ksimet", "kimet", "kismeet", "kismit"} <= spellings


def test_a_name_with_two_letters_swapped_is_a_candidate() -> None:
    index = NameCandidates(["heartstopper", "the bear", "stranger than fiction"])
    assert [key for key, _score in index.extract("haertstopper", 83.0, 3)] == ["heartstopper"]


def test_two_letters_swapped_far_apart_in_a_word_still_find_the_name() -> None:
    index = NameCandidates(["john marley", "john smith"])
    assert index.near_words("mayler") == ("marley",)


def test_a_swapped_word_finds_a_name_added_after_the_first_look_up() -> None:
    index = NameCandidates(["john smith"])
    assert index.near_words("mayler") == ()  # the first look-up makes the table of letters
    index.add(["john marley"])
    assert index.near_words("mayler") == ("marley",)


def test_a_swapped_word_no_longer_finds_a_removed_name() -> None:
    index = NameCandidates(["john marley", "john smith"])
    index.remove(["john marley"])
    assert index.near_words("mayler") == ()


def test_a_name_the_index_lacks_yields_no_candidate() -> None:
    index = NameCandidates(["heartstopper", "the bear", "nick nelson"])
    assert index.candidates("zorvak quilmun") == []


def test_names_added_after_build_are_found() -> None:
    index = NameCandidates(["heartstopper"])
    index.add(["agatha all along"])
    assert index.extract("agatha all alnog", 85.0, 1)[0][0] == "agatha all along"


def test_removed_names_are_no_longer_candidates() -> None:
    index = NameCandidates(["heartstopper", "the bear"])
    index.remove(["heartstopper"])
    assert index.candidates("hartstopper") == []
    assert index.candidates("haertstpoper") == []
    assert len(index) == 1


def test_only_names_matching_the_most_typed_words_are_scored() -> None:
    # A thousand Johns must not all be scored for a typo'd "john davidson".
    index = NameCandidates([f"john surname{n}" for n in range(1000)] + ["john davidson"])
    assert index.candidates("john dazidson") == ["john davidson"]


def test_words_run_together_find_the_two_word_name() -> None:
    index = NameCandidates(["spiderman", "spider baby"])
    assert "spiderman" in index.candidates("spider man")


def test_short_words_match_only_exactly() -> None:
    index = NameCandidates(["the bat"])
    assert index.near_words("bat") == ("bat",)
    assert index.near_words("cat") == ()


def test_refreshing_derives_a_new_index_and_leaves_the_previous_one_unchanged() -> None:
    old = {"heartstopper", "the bear"}
    index = NameCandidates(old)
    new = {"heartstopper", "agatha all along"}
    refreshed = NameCandidates.refreshed(index, old, new, index.version)
    assert refreshed.candidates("the bear") == []
    assert refreshed.candidates("agatha") == ["agatha all along"]
    assert index.candidates("the bear") == ["the bear"]  # still answering for the old snapshot
    assert index.candidates("agatha") == []


def test_refreshing_shares_the_word_lists_the_change_does_not_touch() -> None:
    old = {"heartstopper", "the bear"}
    index = NameCandidates(old)
    refreshed = NameCandidates.refreshed(index, old, old | {"agatha all along"}, index.version)
    assert refreshed.postings_of("heartstopper") is index.postings_of("heartstopper")


def test_an_index_changed_since_it_was_filed_is_rebuilt_not_updated() -> None:
    old = {"heartstopper"}
    index = NameCandidates(old)
    filed = index.version
    index.add(["the bear"])  # another snapshot updated it meanwhile
    refreshed = NameCandidates.refreshed(index, old, {"heartstopper", "kismet"}, filed)
    assert refreshed is not index
    assert refreshed.candidates("the bear") == []


def test_prefixes_are_found_in_folded_order() -> None:
    names = PrefixList(["Kit Connor", "Kismet", "Nick Nelson", "kite runner"], fold)
    assert names.starting("ki", 10) == ["Kismet", "Kit Connor", "kite runner"]
    assert names.starting("kit", 1) == ["Kit Connor"]


def test_autocomplete_on_a_large_catalog_finds_a_misspelt_name_through_the_index() -> None:
    names = {f"film number {n}": [EntityRef("show", n, f"Film Number {n}")] for n in range(6000)}
    names["kismet"] = [EntityRef("show", 6000, "Kismet")]
    candidates = NameCandidates(names)
    complete = Autocomplete(names)
    assert complete.complete("kism", None, 5, lambda kinds: CandidateChoices(candidates, lambda k: True)) == [
        "Kismet"
    ]
    assert "Kismet" in complete.complete("ksimet", None, 5, lambda kinds: CandidateChoices(candidates, bool))


def test_a_remembered_look_up_sees_names_added_since() -> None:
    index = NameCandidates(["heartstopper"])
    choices = CandidateChoices(index, lambda key: True)
    assert choices.extract("agatha all alnog", 85.0) == []
    index.add(["agatha all along"])
    assert [key for key, _score in choices.extract("agatha all alnog", 85.0)] == ["agatha all along"]


def test_changing_a_returned_look_up_leaves_the_next_one_whole() -> None:
    choices = CandidateChoices(NameCandidates(["heartstopper", "the bear"]), lambda key: True)
    choices.extract("hartstopper", 83.0).clear()
    assert [key for key, _score in choices.extract("hartstopper", 83.0)] == ["heartstopper"]


def test_a_new_index_files_names_as_adding_them_one_batch_at_a_time_does() -> None:
    keys = ["the bear", "bear grylls", "heartstopper", "the heart of me", "a bear named paddington"]
    built = NameCandidates(keys)
    added = NameCandidates()
    added.add(keys[:2])
    added.add(keys[2:])
    assert [built.postings_of(w) for w in ("bear", "the", "heart")] == [
        added.postings_of(w) for w in ("bear", "the", "heart")
    ]
    assert built.near_words("baer") == added.near_words("baer")
    assert len(built) == len(added)
