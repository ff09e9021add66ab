"""Follow-ups that keep one slot and change another (branch conv29): "her" as an object, "they each" asked of
each person in the singular, a correction after an apology, "the s3 guy" and "the other lead" after a question
about a person, where a show is shown, "whom", and words that are no title ("billed", "elsewhere")."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.openers import opens_a_correction
from intents.understand.showing_places import where_shown
from tests.helpers import chat


async def test_her_before_a_preposition_is_the_person_not_an_owner(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who created heartstopper", "who works with her on it")
    assert answer.kind != "unknown"
    assert "Her" not in answer.text


async def test_roles_they_each_have_are_asked_of_each_in_the_singular(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie and nick", "what roles do they each have")
    assert "Charlie Spring" in answer.text and "Nick Nelson" in answer.text


async def test_what_they_each_do_gives_each_ones_credit(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who created heartstopper and who is the story consultant", "what do they each do"
    )
    assert "creator" in answer.text and "story consultant" in answer.text


async def test_which_seasons_they_each_did_gives_each_directors_seasons(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper", "which seasons did they each do")
    assert answer.intent == "directors"
    assert "Euros Lyn" in answer.text and "Andy Newberry" in answer.text


async def test_an_apology_then_the_show_meant_asks_the_last_question_of_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is heartstopper on disney+", "my bad, i was thinking of agatha")
    assert answer.text.startswith("Yes") and "Agatha All Along" in answer.text


def test_a_correction_opening_is_told_from_a_remark() -> None:
    assert opens_a_correction("i was thinking of agatha".split())
    assert not opens_a_correction("i can never remember".split())


async def test_the_s3_guy_after_another_persons_work_is_the_season_3_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what other shows has euros lyn done", "not him, the s3 guy")
    assert "Andy Newberry" in answer.text and "Doctor Who" not in answer.text


async def test_the_other_lead_after_whom_an_actor_plays_is_the_other_lead(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who does kit connor play", "wrong guy, i meant the other lead")
    assert answer.kind == "answer" and "Joe Locke" in answer.text


def test_where_a_show_will_be_shown_asks_where_it_streams() -> None:
    assert where_shown("where will it be shows".split()) == "where is it streaming".split()
    assert where_shown("where is agatha going to be broadcast".split()) == "where is agatha streaming".split()
    assert where_shown("where was it filmed".split()) == "where was it filmed".split()


async def test_where_it_will_be_shown_is_its_network(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does agatha all along come out", "where will it be shown")
    assert answer.intent == "where_to_watch" and "Disney+" in answer.text


async def test_whom_asks_as_who_in_a_follow_up(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when is agatha all along out", "where can i watch it", "and whom is joe locke playing in it?"
    )
    assert "Mystery Teen" in answer.text


async def test_billed_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie and nick", "which one of them is billed first")
    assert answer.kind == "answer" and "Joe Locke" in answer.text


async def test_elsewhere_after_a_credit_verb_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what has andy newberry directed elsewhere")
    assert answer.kind == "answer" and "Shetland" in answer.text


async def test_one_of_the_listed_cast_named_alone_asks_about_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who stars in heartstopper", "and the second?")
    assert answer.text.startswith("Kit Connor") and "William Gao" not in answer.text


async def test_besides_one_of_the_listed_cast_still_lists_the_rest(engine: QuestionEngine) -> None:
    answer = await chat(engine, "whos in agatha all along", "besides kathryn hahn")
    assert "Aubrey Plaza" in answer.text


async def test_the_first_after_the_second_one_is_the_first_listed(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who are the two directors of heartstopper",
        "what has the second one directed elsewhere",
        "and the first?",
    )
    assert "Doctor Who" in answer.text and "Shetland" not in answer.text


async def test_a_franchise_joined_is_a_show_of_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which heartstopper star is joining the mcu")
    assert "Joe Locke" in answer.text and "Agatha All Along" in answer.text


async def test_the_show_a_star_joins_is_what_it_means_next(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which heartstopper actor is in a marvel show", "when does it premiere")
    assert "Agatha All Along" in answer.text and "October 3" not in answer.text


async def test_what_show_is_that_names_the_show_brought_in(engine: QuestionEngine) -> None:
    for asked in ("what show is that", "whats that show called"):
        answer = await chat(engine, "which heartstopper star is joining the mcu", asked)
        assert answer.text.startswith("Agatha All Along"), asked


async def test_a_show_dropped_before_the_question_is_no_subject_of_it(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who directed agatha all along", "ok forget agatha, who directed heartstopper s3"
    )
    assert "Andy Newberry" in answer.text and "Agatha" not in answer.text


async def test_a_title_opening_with_never_mind_is_not_dropped(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who created heartstopper", "never mind the buzzcocks, who hosts it")
    assert "Heartstopper" not in answer.text and "Osman" not in answer.text


def test_the_show_as_a_noun_or_the_fan_watching_is_no_question_of_where_it_is_shown() -> None:
    assert where_shown("where can i stream the show".split()) == "where can i stream the show".split()
    assert where_shown("where can i watch that shows".split()) == "where can i watch that shows".split()


async def test_where_can_i_stream_the_show_is_where_it_streams(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick", "where can i stream the show")
    assert answer.intent == "where_to_watch" and "Netflix" in answer.text


async def test_a_franchise_after_a_relative_or_before_the_show_named_is_left_to_its_readers(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "the heartstopper boy who joined marvel, what's his name")
    assert "Joe Locke" in answer.text and "Kit Connor" not in answer.text
    answer = await chat(engine, "what show is joe locke joining the mcu in")
    assert "Agatha All Along" in answer.text


async def test_which_characters_they_play_after_a_cast_list_gives_each_ones(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who stars in heartstopper", "which characters do they play")
    assert "Charlie Spring" in answer.text and "Nick Nelson" in answer.text
