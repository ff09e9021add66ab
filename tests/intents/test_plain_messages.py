"""A plain question skips the message readers (intents.message_reading): the answer, and what the
conversation remembers, are exactly those of the full path, over MetaQA's dev questions and the fans' sets."""

from __future__ import annotations

import asyncio
import json
import re

import pytest

from benchmarks.metaqa import SPLITS
from db.knowledge import Knowledge
from intents import message_reading
from intents.answer import Answer
from intents.engine import QuestionEngine
from intents.plain_messages import plain_question
from intents.query import Conversation
from tests.helpers import REPO, SHARED_DIR, catalog_knowledge
from tests.intents.followup_world import TODAY

METAQA = SHARED_DIR / "metaqa"
_BRACKETED = re.compile(r"\[([^\]]*)\]")
_EVERY = 40  # one dev question in this many, from each split
# The fans' tuned and probe sets (never the held-out ones).
_FAN_SETS = ("fan_questions_tune", "fan_questions_dev_writers", "fan_probe_", "conversations_tune")
_CONVERSATION_SETS = ("conversations_tune", "conversations_dev_writers", "conversations_probe")


def _metaqa_questions() -> list[str]:
    questions = []
    for split in ("1", "2", "3", "ntm"):
        lines = (METAQA / SPLITS[split][0]).read_text(encoding="utf-8").splitlines()
        for line in lines[::_EVERY]:
            question = line.split("\t")[0]
            questions += [question, _BRACKETED.sub(r"\1", question)]
    return questions


def _fan_questions() -> list[str]:
    questions = []
    for path in sorted((REPO / "benchmarks" / "data").glob("*.jsonl")):
        if not path.name.startswith(_FAN_SETS):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            questions += [item["question"]] if "question" in item else []
            questions += [turn["question"] for turn in item.get("turns", [])]
    return questions


def _conversations() -> list[list[str]]:
    talks = []
    for path in sorted((REPO / "benchmarks" / "data").glob("*.jsonl")):
        if path.name.startswith(_CONVERSATION_SETS):
            lines = path.read_text(encoding="utf-8").splitlines()
            talks += [[turn["question"] for turn in json.loads(line)["turns"]] for line in lines]
    return talks


def _catalog_of(questions: list[str]) -> str:
    """The KB's triples about the films and people the questions name (and one hop beyond)."""
    named = {m for q in questions for m in _BRACKETED.findall(q)}
    lines = (METAQA / "kb.txt").read_text(encoding="utf-8").splitlines()
    near = [line for line in lines if line.split("|")[0] in named or line.split("|")[-1] in named]
    beyond = {line.split("|")[0] for line in near}
    return "\n".join(line for line in lines if line.split("|")[0] in beyond) + "\n"


async def _both_paths(
    engine: QuestionEngine, question: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[tuple[Answer, Conversation], tuple[Answer, Conversation]]:
    plain_conversation, full_conversation = Conversation(), Conversation()
    plain = await engine.answer(question, plain_conversation, tz="UTC")
    with monkeypatch.context() as patched:
        patched.setattr(message_reading, "plain_question", lambda *_: False)
        full = await engine.answer(question, full_conversation, tz="UTC")
    return (plain, plain_conversation), (full, full_conversation)


def _accepted(engine: QuestionEngine, questions: list[str]) -> list[str]:
    return [q for q in questions if plain_question(engine.typed_words.spell(q), engine.is_name)]


@pytest.fixture(scope="module")
def metaqa_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    catalog = _catalog_of(_metaqa_questions())
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("plain"), catalog))


@pytest.mark.skipif(not (METAQA / "kb.txt").is_file(), reason="../shared/metaqa is absent")
async def test_plain_metaqa_questions_answer_as_the_full_path(
    metaqa_knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = QuestionEngine(metaqa_knowledge, clock=lambda: TODAY)
    questions = _metaqa_questions()
    accepted = _accepted(engine, questions)
    assert len(accepted) * 3 > len(questions)  # most catalog questions are plain: the path is taken
    for question in accepted:
        plain, full = await _both_paths(engine, question, monkeypatch)
        assert plain == full, question


async def test_plain_fan_questions_answer_as_the_full_path(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    accepted = _accepted(world, _fan_questions())
    assert accepted  # "who directed heartstopper" and its like
    for question in accepted:
        plain, full = await _both_paths(world, question, monkeypatch)
        assert plain == full, question


async def test_conversations_with_plain_questions_go_on_as_on_the_full_path(
    world: QuestionEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    talks = [talk for talk in _conversations() if _accepted(world, talk)]
    assert talks
    for talk in talks:
        plain_conversation, full_conversation = Conversation(), Conversation()
        plain = [await world.answer(q, plain_conversation, tz="UTC") for q in talk]
        with monkeypatch.context() as patched:
            patched.setattr(message_reading, "plain_question", lambda *_: False)
            full = [await world.answer(q, full_conversation, tz="UTC") for q in talk]
        assert (plain, plain_conversation) == (full, full_conversation), talk


def _is_name(key: str) -> bool:
    known = {"heartstopper", "the lost world", "petals on the wind", "my cousin vinny", "mr deeds", "amelie"}
    return key in known


def test_a_question_of_one_known_name_is_plain() -> None:
    assert plain_question("who directed [The Lost World]", _is_name)


def test_a_title_holding_frame_words_is_plain() -> None:
    assert plain_question("what year was Petals on the Wind released?", _is_name)


def test_a_remark_after_the_question_is_not_plain() -> None:
    assert not plain_question("who directed heartstopper ngl i forgot", _is_name)


def test_a_title_holding_the_fans_own_words_is_not_plain() -> None:
    assert not plain_question("who directed My Cousin Vinny", _is_name)  # "my" starts a remark elsewhere


def test_a_flat_claim_is_not_plain() -> None:
    assert not plain_question("the director of heartstopper was", _is_name)


def test_punctuation_is_not_plain() -> None:
    assert not plain_question("heartstopper, when was it released", _is_name)


def test_words_naming_nothing_known_are_not_plain() -> None:
    assert not plain_question("who directed the new one", _is_name)


def test_words_asking_for_a_films_tags_or_genre_are_plain() -> None:
    assert plain_question("what words describe [The Lost World]", _is_name)
    assert plain_question("what are some words that describe The Lost World", _is_name)
    assert plain_question("what movies can be described by heartstopper", _is_name)
    assert plain_question("what genre does The Lost World fall under", _is_name)
    assert plain_question("what is the lost world about", _is_name)


def test_marks_inside_one_bracketed_known_name_are_plain() -> None:
    assert plain_question("who directed [Mr. Deeds]", _is_name)
    assert plain_question("when was [Amélie] released", _is_name)


def test_marks_outside_brackets_or_an_unknown_bracketed_name_are_not_plain() -> None:
    assert not plain_question("who directed Mr. Deeds", _is_name)  # no brackets: the readers decide
    assert not plain_question("who directed [Mr. Who]", _is_name)
    assert not plain_question("who directed [Mr. Deeds], [Amélie]", _is_name)
    assert not plain_question("who directed [Mr. Deeds?]", _is_name)


def test_a_name_put_before_its_question_word_is_plain() -> None:
    assert plain_question("[The Lost World] directed by who", _is_name)
    assert plain_question("the director of The Lost World was who", _is_name)
    assert plain_question("Heartstopper appears in which movies", _is_name)


def test_a_name_with_no_question_word_around_it_is_not_plain() -> None:
    assert not plain_question("the director of [The Lost World] was", _is_name)
    assert not plain_question("the lost world was directed by", _is_name)


def test_a_clause_before_a_name_put_first_is_not_plain() -> None:
    asked = "the films that share actors with The Lost World were in which genres"
    assert not plain_question(asked, _is_name)


def test_a_gap_after_a_name_put_first_is_not_plain() -> None:
    assert not plain_question("The Lost World  when was released", _is_name)
    assert plain_question("The Lost World when was released", _is_name)


def test_a_request_to_describe_a_known_name_is_plain() -> None:
    assert plain_question("describe [The Lost World] in a few words", _is_name)
    assert plain_question("can you give a few words describing what [The Lost World] is about", _is_name)


def test_a_can_you_request_naming_a_known_name_is_plain() -> None:
    assert plain_question("can you name a film directed by [Heartstopper]", _is_name)


def test_a_you_past_the_request_is_not_plain() -> None:
    assert not plain_question("can you describe heartstopper to you", _is_name)
    assert not plain_question("describe heartstopper for you", _is_name)


def test_who_in_the_world_asking_of_a_known_name_is_plain() -> None:
    assert plain_question("who in the world wrote [The Lost World]", _is_name)
