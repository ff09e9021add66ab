"""A thread that opens on someone nobody knows ("lowkey obsessed with adam scott rn, did they ever do
anything like heartstopper", "my sister says adam scott's new show is basically heartstopper 2.0") is about
them: the follow-ups get "I don't have facts about" them, never the yardstick show's facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat, reply_texts


async def test_an_honest_opening_makes_the_name_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "lowkey obsessed with adam scott rn, did they ever do a queer coming of age thing like heartstopper",
        "like on netflix",
    )
    assert answer.text.startswith("I don't have facts about Adam Scott"), answer.text


async def test_an_unread_opening_about_someones_show_names_them(engine: QuestionEngine) -> None:
    texts = await reply_texts(
        engine,
        "my sister keeps saying adam scott's new show is basically heartstopper 2.0, is that true",
        "what's it called",
    )
    assert all(t.startswith("I don't have facts about Adam Scott") for t in texts), texts


async def test_a_show_asked_after_someone_unknown_beside_it_stays_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is pedro pascal in heartstopper", "ok who is in it then")
    assert "Kit Connor" in answer.text, answer.text
