"""The word readers of conv30, each on its own words: slips in the words that frame a question, the one
watching, seasons described then numbered, a rumoured part's name, "one of his", a part still to come or left
open, a question that only points, a title said twice, "same show?"."""

from __future__ import annotations

import pytest

from intents.understand.owned_titles import title_as_credit_check
from intents.understand.pointed_descriptions import with_description_named_before
from intents.understand.role_in_show import future_role
from intents.understand.rumoured_parts import rumoured_part
from intents.understand.same_show_asks import asks_the_same_show
from intents.understand.season_appositions import numbered_seasons
from intents.understand.show_describers import said_once
from intents.understand.viewer_pronouns import watcher_as_fan
from intents.understand.word_slips import everyday_slip


@pytest.mark.parametrize(
    ("typed", "meant"), [("mnay", "many"), ("taht", "that"), ("betwen", "between"), ("wiht", "with")]
)
def test_a_framing_word_with_a_slip_is_spelt(typed: str, meant: str) -> None:
    assert everyday_slip(typed) == meant


@pytest.mark.parametrize("word", ["quiet", "brian", "sacred", "itll", "form", "oliva", "hwo"])
def test_a_word_or_name_of_its_own_is_no_slip(word: str) -> None:
    assert everyday_slip(word) is None


def test_the_one_watching_is_the_fan() -> None:
    assert watcher_as_fan("where can she watch it".split()) == "where can i watch it".split()
    assert watcher_as_fan("can he stream it on netflix".split()) == "can i stream it on netflix".split()
    assert watcher_as_fan("where can he be seen next".split()) == "where can he be seen next".split()


def test_seasons_described_then_numbered_are_the_numbered_ones() -> None:
    assert (
        numbered_seasons("i mean the first seasons season 1 and 2".split())
        == "i mean seasons 1 and 2".split()
    )
    assert numbered_seasons("the earlier seasons 1 and 2".split()) == "seasons 1 and 2".split()
    assert numbered_seasons("the first two seasons".split()) == "the first two seasons".split()


def test_the_name_of_a_rumoured_part_asks_the_part() -> None:
    asked = "whats the name of the character joe locke is rumoured to be in agatha".split()
    assert rumoured_part(asked) == "who is joe locke rumoured to play in agatha".split()
    after = "and the character joe locke is rumoured to be whats the name".split()
    assert rumoured_part(after) == "who is joe locke rumoured to play".split()


def test_one_of_his_is_a_credit_check() -> None:
    asked = "and whether the library suicides is one of his".split()
    assert title_as_credit_check(asked) == "and did he work on the library suicides".split()
    assert title_as_credit_check("is torchwood also one of his".split()) == "did he work on torchwood".split()
    assert title_as_credit_check("is he one of the leads".split()) == "is he one of the leads".split()


def test_a_part_still_to_come_and_a_part_left_open() -> None:
    assert future_role("and whom will he be playing in it".split()) == "and who does he play in it".split()
    assert future_role("and he plays".split()) == "who does he play".split()
    assert (
        future_role("who is the actor playing jasper hale".split())
        == "who is the actor playing jasper hale".split()
    )
    assert future_role("nick plays".split()) == ["nick", "plays"]  # may ask who plays Nick


def test_a_question_that_only_points_asks_the_description_before_it() -> None:
    talk = "I just realised I can never remember the actor's name for Nick"
    assert with_description_named_before("who is that again?", talk) == "who is the actor for nick"
    show = "saw everyone going mad over the Marvel show that Heartstopper guy is in"
    assert with_description_named_before("what's it called?", show) == (
        "what is the marvel show that heartstopper guy is in called"
    )
    assert with_description_named_before("who is that again?", "i love this show") == "who is that again?"


def test_a_title_said_twice_is_said_once() -> None:
    assert said_once("what is wandavision wandavision".split()) == "what is wandavision".split()
    assert said_once("who directed agatha all along".split()) == "who directed agatha all along".split()


def test_same_show_asks_nothing_else() -> None:
    assert asks_the_same_show(["same", "show"])
    assert asks_the_same_show("and also in the same show".split())
    assert not asks_the_same_show("when is that one out".split())
