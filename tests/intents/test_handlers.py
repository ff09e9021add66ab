"""One behaviour per intent, through the engine, on the seed facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.helpers import AFTER_PREMIERE, BEFORE_PREMIERE


async def test_premiere_before_the_date_counts_down(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does heartstopper season 3 come out?", now=BEFORE_PREMIERE)
    assert answer.intent == "premiere"
    assert answer.answers[0] == "2024-10-03"
    assert (
        answer.text == "Heartstopper season 3 premieres on Netflix on Thursday, October 3, 2024, in 30 days."
    )
    assert answer.sources and answer.sources[0].published is not None


async def test_premiere_after_the_date_says_how_long_ago(engine: QuestionEngine) -> None:
    answer = await engine.answer("when did heartstopper season 3 come out?", now=AFTER_PREMIERE)
    assert (
        answer.text
        == "Heartstopper season 3 premiered on Netflix on Thursday, October 3, 2024 (2 years ago)."
    )


async def test_series_release_when_asked_about_the_first_release(engine: QuestionEngine) -> None:
    answer = await engine.answer("when was heartstopper first released?")
    assert answer.answers[0] == "2022-04-22"


async def test_countdown(engine: QuestionEngine) -> None:
    answer = await engine.answer("how long until heartstopper season 3?", now=BEFORE_PREMIERE)
    assert answer.intent == "countdown"
    assert answer.answers[0] == "30 days"


async def test_countdown_after_the_premiere_says_it_is_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("how long until heartstopper season 3?", now=AFTER_PREMIERE)
    assert "already premiered" in answer.text


async def test_cast_in_billing_order(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is in the cast of heartstopper?")
    assert answer.answers[:2] == ("Joe Locke", "Kit Connor")
    assert "Olivia Colman" in answer.answers


async def test_who_plays_a_character(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays charlie spring?")
    assert answer.answers == ("Joe Locke",)


async def test_whom_an_actor_plays(engine: QuestionEngine) -> None:
    answer = await engine.answer("who does kit connor play?")
    assert answer.answers == ("Nick Nelson",)


async def test_whom_an_actor_plays_in_a_named_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("what role does joe locke play in agatha all along?")
    assert answer.answers == ("Mystery Teen",)
    assert "Wiccan" in answer.text


async def test_directors_per_season(engine: QuestionEngine) -> None:
    season3 = await engine.answer("who directed heartstopper season 3?")
    season1 = await engine.answer("who directed heartstopper season 1?")
    assert season3.answers == ("Andy Newberry",)
    assert season1.answers == ("Euros Lyn",)
    assert "16 episodes" in season1.text


async def test_creator_uses_the_articles_spelling(engine: QuestionEngine) -> None:
    answer = await engine.answer("who created heartstopper?")
    assert answer.answers[0] == "Alice Osman"


async def test_novels(engine: QuestionEngine) -> None:
    answer = await engine.answer("who wrote the heartstopper books?")
    assert answer.answers[0] == "Alice Osman"
    assert "novels" in answer.text


async def test_crew_role(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is the story consultant on heartstopper?")
    assert answer.answers == ("Lauren James",)


async def test_missing_crew_role_is_admitted(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is the showrunner of heartstopper?")
    assert answer.kind == "unknown"
    assert answer.answers == ()


async def test_where_to_watch(engine: QuestionEngine) -> None:
    answer = await engine.answer("where can i watch agatha all along?")
    assert answer.answers == ("Disney+",)


async def test_where_beside_the_title_alone_asks_where_to_watch(engine: QuestionEngine) -> None:
    for question in ("where hs", "heartstopper where?"):
        answer = await engine.answer(question)
        assert answer.intent == "where_to_watch", question
        assert answer.answers == ("Netflix",)


async def test_ratings_put_the_asked_audience_first(engine: QuestionEngine) -> None:
    critics = await engine.answer("what do critics think of heartstopper?")
    audience = await engine.answer("what is heartstopper's audience score?")
    assert critics.answers[0] == "98%"
    assert audience.answers[0] == "96%"


async def test_no_emmy_nominations(engine: QuestionEngine) -> None:
    answer = await engine.answer("has heartstopper been nominated for an emmy?")
    assert answer.answers[0] == "No"
    assert "not been nominated for any Emmy" in answer.text


async def test_bafta_nominations_are_counted(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many bafta nominations does heartstopper have?")
    assert answer.answers[0] == "3"
    assert {"Music", "Writing", "Memorable Moment"} <= set(answer.answers)


async def test_profile(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is lauren james?")
    assert answer.intent == "profile"
    assert "story consultant" in answer.text


async def test_other_work_leaves_out_the_main_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("what else has andy newberry directed?")
    assert answer.answers == ("Shetland", "The Light in the Hall", "Hidden", "Bregus")


async def test_about(engine: QuestionEngine) -> None:
    answer = await engine.answer("what is heartstopper about?")
    assert answer.intent == "about"
    assert "Charlie" in answer.text and "Nick" in answer.text


async def test_episode_count_spans_seasons(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many episodes does heartstopper have?")
    assert answer.answers == ("16",)


async def test_source_cites_the_article(engine: QuestionEngine) -> None:
    answer = await engine.answer("where is this info from?", Conversation())
    assert answer.intent == "source"
    assert answer.sources[0].published is not None


async def test_shows_lists_the_best_covered_first(engine: QuestionEngine) -> None:
    answer = await engine.answer("what shows do you know?")
    assert answer.answers[0] == "Heartstopper"


async def test_help_gives_examples(engine: QuestionEngine) -> None:
    answer = await engine.answer("!help")
    assert answer.kind == "help"
    assert len(answer.answers) >= 10
