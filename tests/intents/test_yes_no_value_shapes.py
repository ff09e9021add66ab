"""Yes/no checks in more of fans' shapes: writing "the books" asserts the source novels' author (not the
show's writer), a work's main title before its colon names it, a count in words ("eight episodes long"),
"its last" asks about the final season, a premiere held only by its year placed before or after another
year; and a season past every one on record has no director from credits without seasons."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.fitting_world import fitting, fitting_knowledge

__all__ = ["fitting", "fitting_knowledge"]


async def test_writing_the_books_is_not_creating_the_show(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("did tessa vane write the copper fields novels")
    assert answer.text.startswith("No")


async def test_the_source_novels_author_wrote_the_books(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("did ada brisk write the books copper fields comes from")
    assert answer.text.startswith("Yes")


async def test_a_main_title_before_its_colon_names_the_work(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("did mara quill work on night tide?")
    assert answer.text.startswith("Yes")


async def test_a_count_in_words_is_checked(fans: QuestionEngine) -> None:
    answer = await fans.answer("is ember crossing season 1 eight episodes long")
    assert answer.text.startswith("Yes")


async def test_its_last_asks_about_the_final_season(fans: QuestionEngine) -> None:
    answer = await fans.answer("was the second season of ember crossing its last?")
    assert answer.text.startswith("Yes")


async def test_a_year_only_premiere_is_placed_against_another_year(fans: QuestionEngine) -> None:
    answer = await fans.answer("did the quiet orchard s1 come out before or after 2022")
    assert answer.text.startswith("Before")


async def test_a_season_past_all_on_record_has_no_unseasoned_director(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("who directed salt flats season 3")
    assert answer.text.startswith("I don't have a director for Salt Flats season 3")
