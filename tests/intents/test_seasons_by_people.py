"""A season or a show named by someone credited on it ("the andy newberry season", "the season euros lyn
directed", "kit connor's show") is read as that season or show; and a numbered season with no date of its
own is out when a later season's facts say so (seed facts; clock a month before the season 3 premiere)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_directors_possessive_season_is_compared_as_that_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("is andy newberry's heartstopper season out before agatha?")
    assert answer.text.startswith("No")
    assert "season 3" in answer.text


async def test_the_season_a_person_directed_is_their_first_credited_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("is the season euros lyn directed out before agatha all along?")
    assert answer.text.startswith("Yes")
    assert "season 1" in answer.text


async def test_a_person_used_as_a_season_adjective_names_the_season(engine: QuestionEngine) -> None:
    answer = await engine.answer("does the andy newberry season come out before agatha")
    assert answer.text.startswith("No")
    assert "October 3" in answer.text


async def test_a_season_by_its_director_is_asked_where_to_stream(engine: QuestionEngine) -> None:
    answer = await engine.answer("where can i stream the season andy newberry directed")
    assert "Netflix" in answer.text


async def test_a_persons_other_show_is_the_show_beside_the_one_named(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper on the same service as joe locke's other show")
    assert answer.text.startswith("No")
    assert "Disney+" in answer.text


async def test_a_persons_only_show_is_named_by_their_possessive(engine: QuestionEngine) -> None:
    answer = await engine.answer("is agatha all along on the same service as kit connor's show")
    assert "Netflix" in answer.text


async def test_an_undated_season_before_a_later_one_is_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper season 2 out yet")
    assert answer.text.startswith("Yes")
    assert "exact date" in answer.text


async def test_an_undated_season_after_the_newest_is_not_claimed_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("is heartstopper season 4 out yet")
    assert not answer.text.startswith("Yes")


async def test_a_show_set_aside_by_non_leaves_the_persons_other_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("where can i stream kit connor's non-heartstopper show")
    assert "Disney+" not in answer.text
