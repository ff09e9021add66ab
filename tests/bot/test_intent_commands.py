"""Discord commands are generated from the intents: a new intent brings its `!name` and `/name`."""

from __future__ import annotations

from bot.exts.questions import IntentQuestions, intent_commands
from intents.answer import Answer
from intents.query import Query
from intents.registry import Intent, Subject


async def _handler(q: Query) -> Answer:
    return Answer(text="")


def test_an_intent_with_a_command_gets_a_hybrid_command_with_its_subject() -> None:
    intent = Intent("trivia", ("trivia about {show}",), _handler, commands=("trivia",), description="trivia")
    made = intent_commands([intent])
    assert list(made) == ["trivia"]
    assert made["trivia"].description == "Trivia"
    assert "show" in made["trivia"].clean_params


def test_a_person_intent_takes_a_name() -> None:
    intent = Intent("bio", ("bio of {person}",), _handler, subject=Subject.PERSON, commands=("bio",))
    assert "name" in intent_commands([intent])["bio"].clean_params


def test_the_engines_intents_bring_their_commands() -> None:
    names = {c.name for c in getattr(IntentQuestions, "__cog_commands__", [])}
    assert {"premiere", "cast", "who", "director", "renewal", "countdown", "ask", "help"} <= names
