"""The fan-style variants the robustness benchmark asks: reproducible, and each of the kind it says."""

from __future__ import annotations

import random

from benchmarks.perturbations import Kind, misspell, variants

NAMES = frozenset({"heartstopper", "charlie", "spring"})


def test_the_same_seed_gives_the_same_variants() -> None:
    for kind in Kind:
        first = variants("Who plays Charlie Spring in Heartstopper?", NAMES, kind, "s", 2)
        assert first == variants("Who plays Charlie Spring in Heartstopper?", NAMES, kind, "s", 2)


def test_a_variant_always_differs_from_the_question() -> None:
    for kind in Kind:
        for variant in variants("who's in heartstopper season 3?", NAMES, kind, "x", 3):
            assert variant != "who's in heartstopper season 3?"


def test_a_typo_keeps_the_first_letter_and_changes_the_word() -> None:
    for n in range(50):
        typo = misspell("heartstopper", random.Random(n))
        assert typo[0] == "h" and typo != "heartstopper"
        assert abs(len(typo) - len("heartstopper")) <= 1


def test_a_name_typo_misspells_a_name_word_only() -> None:
    (variant,) = variants("who directed heartstopper", NAMES, Kind.NAME_TYPO, "1", 1)
    assert variant.startswith("who directed ") and variant != "who directed heartstopper"


def test_apostrophes_and_contractions_are_dropped() -> None:
    (variant,) = variants("who's in it and when is it out?", NAMES, Kind.APOSTROPHE, "1", 1)
    assert variant == "whos in it and whens it out?"
