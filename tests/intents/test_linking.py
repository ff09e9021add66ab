"""Entity linking over the seed names."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.linking import EntityIndex
from intents.text import fold


def _link(kb: Knowledge, question: str) -> list[tuple[str, str]]:
    index = EntityIndex(kb)
    return [(m.refs[0].kind, m.refs[0].name) for m in index.link(fold(question).split())]


def test_exact_show(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "When does HEARTSTOPPER come out?") == [("show", "Heartstopper")]


def test_typo_in_show(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "when does hartstopper come out") == [("show", "Heartstopper")]


def test_typo_in_character(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "who plays nik nelsen") == [("character", "Nick Nelson")]


def test_alias_finds_the_articles_spelling(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "who is alice oseman") == [("person", "Alice Osman")]


def test_longest_match_wins(seed_knowledge: Knowledge) -> None:
    # "agatha" alone is an alias too; the full title must be one mention, not two.
    assert _link(seed_knowledge, "agatha all along cast") == [("show", "Agatha All Along")]


def test_surname_finds_news_people(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "what else has newberry directed") == [("person", "Andy Newberry")]


def test_unknown_names_link_to_nothing(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "when does stranger things season 5 come out") == []


def test_question_words_never_fuzz_into_names(seed_knowledge: Knowledge) -> None:
    assert _link(seed_knowledge, "what is the release date") == []


def test_complete_caps_and_prefers_prefixes(seed_knowledge: Knowledge) -> None:
    index = EntityIndex(seed_knowledge)
    names = index.complete("ki", limit=25)
    assert names[0] == "Kit Connor"
    assert len(index.complete("", limit=25)) <= 25


def test_suggest_offers_close_names_only(seed_knowledge: Knowledge) -> None:
    index = EntityIndex(seed_knowledge)
    assert "Heartstopper" in index.suggest("heartstoper")
    assert index.suggest("stranger things", cutoff=80.0) == []
