"""Shortcuts on the question path give exactly what the long way gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intents.catalog.reading import _PATTERN, LEXICON_WORDS, phrases
from intents.text import _fold_decomposed, fold

# Words the relation lexicon reads, a few it reads only inside longer phrases, and some it never reads.
_WORDS = sorted(LEXICON_WORDS | {"screenplay", "cowrote", "ran", "sorts", "foo", "a", "an", "x", "2"})
_folded_text = st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_the_decomposing_path_does(text: str) -> None:
    assert fold(text) == _fold_decomposed(text)


def test_accented_text_still_loses_its_accents() -> None:
    assert fold("Peter Franzén’s Brüno!") == "peter franzens bruno"


@given(_folded_text)
def test_phrases_finds_what_a_full_scan_finds(text: str) -> None:
    expected = [(m.span(), m.lastgroup) for m in _PATTERN.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in phrases(text)] == expected


def test_phrases_reads_a_two_hop_phrase_after_a_one_hop_one() -> None:
    found = phrases("what were the release years of the movies that share directors with the movie")
    assert [m.group(0) for m in found] == ["release years", "share directors with"]
