"""intents.text.folded_words: the words of many names at once, as folding each name would give them."""

from __future__ import annotations

from intents.text import fold, folded_words

NAMES = ["Peter Franzén!", "O'Brien & Sons", "The Quiet-Harbour Files", "Zoë Ardent", "Kit\tMarlow"]


def test_the_words_are_those_of_each_name_folded() -> None:
    assert folded_words(NAMES) == {word for name in NAMES for word in fold(name).split()}


def test_words_of_neighbouring_names_are_not_joined() -> None:
    assert folded_words(["Lena", "Okafor"]) == {"lena", "okafor"}


def test_accented_names_lose_their_marks() -> None:
    assert folded_words(["Zoë Ardent"]) == {"zoe", "ardent"}
