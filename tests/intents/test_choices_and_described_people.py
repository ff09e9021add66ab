"""A choice between two named things answered with the choice first, a choice between two characters (or
two actors) for one person, people described by a crew role alone or by their character, a described noun
after a title that is no part of a character's name, a season someone is "working on", and the days between
a show's seasons said as ordinals (branch two31)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_two_characters_offered_for_one_actor_names_the_one_he_plays(fans: QuestionEngine) -> None:
    answer = await fans.answer("charlie or nick, which one is kit connor")
    assert answer.kind == "answer" and answer.text.startswith("Nick Nelson:")
    assert "Kit Connor plays Nick Nelson" in answer.text


async def test_an_actor_then_two_characters_offered(fans: QuestionEngine) -> None:
    answer = await fans.answer("joe locke: nick or charlie?")
    assert answer.text.startswith("Charlie Spring:")


async def test_two_actors_offered_for_one_character_names_who_plays_it_first(fans: QuestionEngine) -> None:
    answer = await fans.answer("which one is nick, kit or joe")
    assert answer.text.startswith("Kit Connor plays Nick Nelson")


async def test_a_check_of_two_offered_people_leads_with_the_one_that_holds(fans: QuestionEngine) -> None:
    answer = await fans.answer("did euros lyn or andy newberry direct season 3 of heartstopper")
    assert answer.text.startswith("Andy Newberry.")
    assert not answer.text.startswith("Andy Newberry. No")


async def test_between_two_people_the_one_the_answer_holds_comes_first(fans: QuestionEngine) -> None:
    answer = await fans.answer("between kathryn hahn and kit connor, who is in agatha all along")
    assert answer.text.startswith("Kathryn Hahn.")


async def test_a_choice_the_answer_holds_both_sides_of_is_left_as_it_is(fans: QuestionEngine) -> None:
    answer = await fans.answer("which premieres first, agatha all along or heartstopper season 3")
    assert answer.text.startswith("Agatha All Along")
    assert not answer.text.startswith("Agatha All Along. ")


async def test_a_show_described_by_its_story_consultant(fans: QuestionEngine) -> None:
    answer = await fans.answer("what network is the show the story consultant works on")
    assert "Netflix" in answer.text


async def test_a_show_owned_by_a_lone_crew_role(fans: QuestionEngine) -> None:
    answer = await fans.answer("the story consultant's show, who created it")
    assert "Alice Osman" in answer.text


async def test_an_actor_described_by_their_character(fans: QuestionEngine) -> None:
    answer = await fans.answer("which streamer has the marvel series charlie spring's actor is joining")
    assert "Disney+" in answer.text and "Netflix" not in answer.text


async def test_a_noun_after_a_title_is_no_part_of_a_characters_name(fans: QuestionEngine) -> None:
    answer = await fans.answer("the agatha all along teen, who does he play on netflix")
    assert "Charlie Spring" in answer.text


async def test_the_season_a_described_director_is_working_on(fans: QuestionEngine) -> None:
    answer = await fans.answer("which heartstopper season is the shetland director working on")
    assert "Andy Newberry" in answer.text and "season 3" in answer.text


async def test_days_between_a_shows_seasons_said_as_ordinals(fans: QuestionEngine) -> None:
    for question in (
        "how many days separate heartstopper's first season and its third",
        "how many days between the first and third seasons of heartstopper",
    ):
        answer = await fans.answer(question)
        assert "895 days" in answer.text, question


async def test_numbered_seasons_are_still_each_a_side(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many days between heartstopper s1 and s3")
    assert "895 days" in answer.text


async def test_a_characters_actor_after_its_show_takes_the_show_in(fans: QuestionEngine) -> None:
    answer = await fans.answer("what role does the heartstopper charlie actor play in the agatha show")
    assert "Mystery Teen" in answer.text
