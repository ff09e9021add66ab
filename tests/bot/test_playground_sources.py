"""The sources panel's data: the article an answer cites, and which of its facts the answer states."""

from __future__ import annotations

from bot.embeds import answer_embed
from bot.playground.sources import answer_sources
from intents.engine import QuestionEngine


async def _rendered(engine: QuestionEngine, question: str) -> dict[str, object]:
    """The message the bot would post for ``question``: one answer embed, as Discord stores it."""
    answer = await engine.answer(question)
    return {"content": "", "embeds": [answer_embed(answer).to_dict()]}


async def test_sources_name_the_cited_article(engine: QuestionEngine) -> None:
    sources = answer_sources(engine.kb, await _rendered(engine, "who plays nick nelson"))
    assert sources["article"]["title"].startswith("Heartstopper season 3")
    assert sources["article"]["published"] == "2024-09-03"


async def test_sources_mark_only_the_facts_the_answer_states(engine: QuestionEngine) -> None:
    sources = answer_sources(engine.kb, await _rendered(engine, "who plays nick nelson"))
    stated = [f["text"] for f in sources["facts"] if f["in_answer"]]
    assert any("Kit Connor" in text for text in stated)
    assert not any("Joe Locke" in text for text in stated)
    assert any("Joe Locke" in f["text"] for f in sources["facts"])  # listed, just not stated


def test_plain_text_reply_has_no_source_article(engine: QuestionEngine) -> None:
    sources = answer_sources(engine.kb, {"content": "I don't have facts about The Bear.", "embeds": []})
    assert sources == {"article": None, "facts": []}
