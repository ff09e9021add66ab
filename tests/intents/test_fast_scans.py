"""Scans that skip what cannot match find exactly what the full scans find."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from db.knowledge import Knowledge
from intents.linking import EntityIndex
from intents.networks import NETWORK_NAMES, network_span
from intents.phrase_spans import PhraseSpans
from intents.understand.frames import FRAMES, any_of
from intents.understand.normalize import _CHATTER_BY_FIRST, _in_name, drop_chatter
from intents.understand.plain_words import _SAME_AS, _same_as

_PHRASES = ["bbc", "bbc one", "bbc two", "one tree hill", "hill", "two"]
_phrase_words = st.lists(st.sampled_from(["bbc", "one", "two", "tree", "hill", "on", "x"]), max_size=10)


def _full_scan(phrases: list[str], tokens: list[str]) -> tuple[int, int] | None:
    for phrase in sorted((p.split() for p in phrases), key=len, reverse=True):
        for start in range(len(tokens) - len(phrase) + 1):
            if tokens[start : start + len(phrase)] == phrase:
                return start, start + len(phrase)
    return None


@given(_phrase_words)
def test_phrase_spans_find_what_a_scan_of_every_phrase_finds(tokens: list[str]) -> None:
    assert PhraseSpans(_PHRASES).find(tokens) == _full_scan(_PHRASES, tokens)


def test_a_longer_network_name_wins_over_the_one_inside_it() -> None:
    aliases = [alias for names, _ in NETWORK_NAMES for alias in names]
    tokens = "is it on bbc or bbc two".split()
    assert network_span(tokens) == _full_scan(aliases, tokens) == (5, 7)


def _same_as_scanning_every_phrase(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for phrase, plain in _SAME_AS.items():
        for at in range(len(out) - len(phrase), -1, -1):
            if tuple(out[at : at + len(phrase)]) == phrase:
                out[at : at + len(phrase)] = plain
    return out


_same_as_words = sorted({w for pair in _SAME_AS.items() for words in pair for w in words} | {"x", "it"})


@given(st.lists(st.sampled_from(_same_as_words), max_size=12))
def test_same_as_rewrites_as_a_scan_of_every_phrase_does(tokens: list[str]) -> None:
    assert _same_as(tokens) == _same_as_scanning_every_phrase(tokens)


def test_every_name_in_a_question_lies_within_its_name_runs(seed_knowledge: Knowledge) -> None:
    index = EntityIndex(seed_knowledge)
    tokens = "did zqx heartstopper season 3 and agatha all along share kit connor".split()
    reach = index.name_runs(tokens)
    spans = [
        (start, size)
        for size in range(1, len(tokens) + 1)
        for start in range(len(tokens) - size + 1)
        if " ".join(tokens[start : start + size]) in index.names
    ]
    assert spans
    assert reach[1] == 0  # "zqx" is in no name
    assert all(reach[start] >= size for start, size in spans)


def _drop_chatter_trying_every_word(tokens: list[str], is_name: Callable[[str], bool] | None) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in _CHATTER_BY_FIRST.get(tokens[i], ()):
            end = i + len(phrase)
            if tuple(tokens[i:end]) == phrase and not (is_name and _in_name(tokens, i, end, is_name)):
                i = end
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


_chatter_words = sorted({w for phrases in _CHATTER_BY_FIRST.values() for p in phrases for w in p})
_IN_NAMES = frozenset({"good morning vietnam", "thank you for smoking"})


@given(
    st.lists(st.sampled_from([*_chatter_words, "vietnam", "smoking", "who", "x"]), max_size=12), st.booleans()
)
def test_drop_chatter_drops_what_trying_every_word_drops(tokens: list[str], with_names: bool) -> None:
    is_name = _IN_NAMES.__contains__ if with_names else None
    assert drop_chatter(tokens, is_name) == _drop_chatter_trying_every_word(tokens, is_name)


_FRAME_WORDS = "who what when is it the [show] directed created wrote plays cast about on network out".split()


@given(st.lists(st.sampled_from(_FRAME_WORDS), max_size=8))
def test_the_union_of_frames_matches_where_one_frame_does(words: list[str]) -> None:
    text = " ".join(words)
    patterns = [frame.pattern for frame in FRAMES]
    assert bool(any_of(patterns).search(text)) == any(p.search(text) for p in patterns)
