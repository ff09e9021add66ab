"""Shortcuts on the question path give exactly what the long way gives."""

from __future__ import annotations

import gc
import weakref

from hypothesis import given
from hypothesis import strategies as st

from db.knowledge import Knowledge
from intents.candidates import groups_held
from intents.catalog.reading import _PATTERN, LEXICON_WORDS, phrases
from intents.collect import collector_paused, default_intents
from intents.engine import QuestionEngine
from intents.linking import EntityIndex
from intents.registry import IntentMatcher
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


@given(
    st.lists(st.lists(st.sampled_from("abcdef"), min_size=1, max_size=3).map(tuple), max_size=5),
    st.lists(st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=4).map(" ".join), max_size=8),
)
def testgroups_held_counts_the_groups_a_name_has_a_word_of(
    groups: list[tuple[str, ...]], keys: list[str]
) -> None:
    expected = {key: sum(not set(group).isdisjoint(key.split()) for group in groups) for key in keys}
    assert groups_held(groups, keys) == expected


def test_full_names_leave_out_a_surname_shorthand(seed_knowledge: Knowledge) -> None:
    index = EntityIndex(seed_knowledge)
    andy = next(r for r in index.names["newberry"] if r.kind == "person")
    assert andy.weak
    assert "andy newberry" in index.full_names("person", andy.id)
    assert "newberry" not in index.full_names("person", andy.id)


def test_a_shorthand_beside_a_misspelt_surname_widens_to_the_full_name(seed_knowledge: Knowledge) -> None:
    mentions = EntityIndex(seed_knowledge).link("who plays nick nelsen".split())
    assert [(m.text, m.refs[0].name) for m in mentions] == [("nick nelsen", "Nick Nelson")]


def test_a_name_beside_an_unknown_word_of_no_name_stays_as_typed(seed_knowledge: Knowledge) -> None:
    mentions = EntityIndex(seed_knowledge).link("what terms are applicable to heartstopper".split())
    assert [m.text for m in mentions] == ["heartstopper"]


def test_unlinked_work_is_every_credit_for_a_title_without_facts(seed_knowledge: Knowledge) -> None:
    expected = [(p.id, w) for p in seed_knowledge.people.values() for w in p.work if w.show_id is None]
    assert expected
    assert [(p.id, w) for p, w in seed_knowledge.unlinked_work()] == expected


def test_a_snapshot_built_with_the_collector_paused_is_frozen_out_of_its_passes() -> None:
    before = gc.get_freeze_count()
    with collector_paused():
        snapshot = [{"title": f"film {n}"} for n in range(1000)]
    try:
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(snapshot)
    finally:
        gc.unfreeze()


def test_the_warm_up_tables_are_frozen_out_of_the_collectors_passes(world: QuestionEngine) -> None:
    index = world.index
    index._full_names = None  # the entity -> full names table: built again by the warm-up below
    before = gc.get_freeze_count()
    try:
        world.warm_up()
        table = index._full_names
        assert table and gc.isenabled() and gc.get_freeze_count() > before
        assert not any(o is table for o in gc.get_objects())  # frozen: no collector pass walks it
    finally:
        gc.unfreeze()


def test_a_remembered_ranking_is_the_ranking_and_stays_whole() -> None:
    intents = default_intents()
    matcher = IntentMatcher(intents)
    matcher.rank("who plays xcharx in xshowx").clear()
    again = matcher.rank("who plays xcharx in xshowx")
    assert again == IntentMatcher(intents).rank("who plays xcharx in xshowx")
    assert again[0].intent.name == "who_plays"


class _Node:
    """An object that can sit in a reference cycle and be watched through a weak reference."""

    def __init__(self) -> None:
        self.other: object = self


def test_a_rebuild_collects_garbage_with_cycles_before_freezing() -> None:
    gc.freeze()  # a snapshot is frozen already: the next build is a reload
    try:
        node = _Node()
        watch = weakref.ref(node)
        del node
        with collector_paused():
            pass
        assert watch() is None
    finally:
        gc.unfreeze()
