"""The parser comparison's labelled questions: reproducible from a seed, evaluation apart from training."""

from __future__ import annotations

from benchmarks.parser_data import evaluation_set
from benchmarks.parser_evaluation_templates import EVALUATE
from benchmarks.parser_writers import LABELS, writers_set
from intents.collect import default_intents
from intents.relation_phrasings import training_set, writers_examples
from intents.text import fold


def test_the_same_seed_gives_the_same_questions() -> None:
    assert training_set(3) == training_set(3)
    assert evaluation_set(3, training=training_set(3)) == evaluation_set(3, training=training_set(3))
    assert evaluation_set(3) != evaluation_set(4)


def test_no_evaluation_question_is_a_training_question() -> None:
    train = training_set(8)
    seen = {fold(q) for q, _ in [*train, *writers_examples()]}  # the relation model trains on both
    assert not [q for q, _ in evaluation_set(8, training=train) if fold(q) in seen]


def test_every_evaluated_label_is_an_intent_the_engine_has() -> None:
    names = {i.name for i in default_intents()}
    assert set(EVALUATE) <= names
    assert {label for _, label in evaluation_set(8)} == set(EVALUATE)


def test_every_labelled_writers_question_is_in_the_tune_file() -> None:
    labelled = sum(len(ids.split()) for ids in LABELS.values())
    assert len(writers_set()) == labelled
