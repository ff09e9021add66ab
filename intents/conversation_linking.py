"""Linking one question in its conversation: the words around it, a follow-up filled in from earlier turns,
a question about the last answer's dates, and the show it is about when it names none."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from intents import replies
from intents.answer import Answer
from intents.query import Conversation, Query
from intents.registry import Intent
from intents.resolve import Resolution, adopt_remembered_title
from intents.text import fold
from intents.understand.also_asks import asks_also
from intents.understand.aside_heads import asked_about_title
from intents.understand.aside_seasons import show_around
from intents.understand.aside_titles import aside_subject, untold_title_around
from intents.understand.asides import show_of_people_around, told_around, topic_first
from intents.understand.asked_season import season_asked
from intents.understand.chatter_titles import subject_in_chatter
from intents.understand.corrected_tags import corrected_question
from intents.understand.described_subjects import PeopleByDescription, described_subject
from intents.understand.doing_roles import episodes_done_as_role
from intents.understand.linking_once import linking_once
from intents.understand.listed_counts import count_of_listed
from intents.understand.memory import remember_aside, take_person, take_subject
from intents.understand.number_checks import number_checked
from intents.understand.openers import without_dismissed
from intents.understand.pointing_words import SHOW_POINTERS
from intents.understand.same_show_asks import asked_of_person_put_right
from intents.understand.season_asks_of_people import seasons_of_person
from intents.understand.show_describers import describer_of_show, said_once
from intents.understand.unknown_names import name_asked_again
from intents.understand.unknown_people_around import unknown_person_around
from intents.understand.unknown_person_pronouns import unknown_person_meant
from intents.understand.unknown_show_people import person_of_unknown_show
from intents.understand.unknown_subjects import part_nobody_knows
from intents.understand.unmeant_pronouns import nobody_meant
from intents.understand.work_ellipsis import work_asked_of_person
from intents.understand.work_pointed import work_pointed_around

if TYPE_CHECKING:
    from intents.engine import QuestionEngine


# How many described subjects one question may hold, each read after the one before it.
_DESCRIPTIONS = 2


@dataclass(frozen=True)
class Linked:
    """A question's words as read in its conversation, what they name, and the query over them."""

    tokens: list[str]
    res: Resolution
    query: Query


async def link_in_conversation(
    engine: QuestionEngine,
    text: str,
    aside: str,
    tokens: list[str],
    forced: Intent | None,
    conversation: Conversation,
    now: dt.datetime | None,
    tz: str | None,
    today: dt.date,
    top: bool,
) -> Linked | Answer:
    """Link the question's words, filled in from the conversation and the words around them (`aside`);
    an Answer when the conversation already answers it (a question about the last answer's dates).

    `top` says it is the fan's own question, not a sub-question of a composed one.
    """
    with conversation.reading_message():  # what the turns say, worked out once for all the readers
        return await _link_in_conversation(
            engine, text, aside, tokens, forced, conversation, now, tz, today, top
        )


def _talked_about(engine: QuestionEngine, conversation: Conversation, words: list[str]) -> bool:
    """Whether the words name a subject the conversation was on: a show talked about, or the title nobody
    knows it is on."""
    if conversation.unknown is not None and tuple(w for w in words if w != "the") == tuple(
        w for w in conversation.unknown if w != "the"
    ):
        return True
    shows = engine.link(words).shows
    return len(shows) == 1 and shows[0].id in conversation.shows


async def _link_in_conversation(
    engine: QuestionEngine,
    text: str,
    aside: str,
    tokens: list[str],
    forced: Intent | None,
    conversation: Conversation,
    now: dt.datetime | None,
    tz: str | None,
    today: dt.date,
    top: bool,
) -> Linked | Answer:
    around = engine.link(engine.words(aside)) if aside else None
    tokens = season_asked(tokens) or tokens  # "just finished season 2, when is season 3": season 3
    # "ok forget agatha, who directed hs3": the show talked about and dropped is no subject of the question
    tokens = without_dismissed(tokens, lambda words: _talked_about(engine, conversation, words))
    relations = engine.matcher.vocabulary  # words questions ask with: never a title alone
    # Right after a show nobody knows, a first name alone ("and kit?") is no known person: linking it
    # would answer with another show's facts.
    last = conversation.last
    after_unknown = conversation.unknown is not None and last is not None and last.kind == "unknown"
    if after_unknown and part_nobody_knows(conversation) and not relations.isdisjoint(tokens[:-1]):
        # "who plays tao" (a part nobody knows) ... "nvm, who plays nick": a new question may name a known
        # character by first name; "and nick?" alone still asks within the part's unknown show.
        after_unknown = False
    # One reading per wording for this message: the title check, the follow-up's readers, the question itself
    # and its descriptions share it (a follow-up links its words once, as a first question does).
    link_question = linking_once(engine.link_whole if after_unknown else engine.link)
    link = link_question
    about = asked_about_title(text, tokens, link(tokens), relations) if top and forced is None else None
    if (
        about is not None
        and (
            work_asked_of_person(about, conversation, engine.kb)
            # only a name said alone ("and tao?"): "and bridgerton, is it on netflix" asks of a title
            or (tokens[-len(about) :] == about and name_asked_again(about, conversation))
        )
    ):
        # "did newberry work on hidden" ... "and torchwood?": the same check, with Torchwood; "who plays
        # charlie" ... "and tao?": who plays Tao, a name nobody knows in the show asked of
        about = None
    if about is not None:
        # "what about 1899": a title nobody knows, never the last show's or the default show's facts (nor a
        # year to set against the last date).
        take_subject(conversation, tuple(about))
        link_question = linking_once(engine.link_whole)
        link = link_question
    linked: Resolution | None = None  # the question as asked, once a follow-up reads it
    if top and forced is None and conversation.turns:
        # Imported here: a conversation's first question (every `marquee ask QUESTION`) is no follow-up, and
        # these modules are a fifth of the engine's; the warm-up imports them (QuestionEngine.warm_up).
        from intents.understand.date_order import about_dates
        from intents.understand.ellipsis import asked_of_title
        from intents.understand.followup import follow_up

        linked = link(tokens)  # the question as asked, before the conversation fills it in
        # Before "was it before X?" is read against the last date: the last show may be one nobody knows.
        if conversation.unknown and (early := replies.comparison_with_unknown(conversation, tokens, linked)):
            return early
        named = frozenset(show.id for show in linked.shows)
        asked_alone = engine.asked_alone(now, tz)
        reference = (
            None
            if about
            else await about_dates(tokens, conversation, today, engine.kb, asked_alone, named)
            or count_of_listed(tokens, conversation, engine.kb)  # "how many is that" after a list
            or number_checked(tokens, conversation)  # "is that over 95" after a score
            # "which season is she in", as asked: the question read since may be another's
            or (seasons_of_person(engine.words(text), conversation, engine.kb) if "season" in text else None)
        )
        if reference is not None:
            remember_aside(conversation, tokens, linked, reference, engine.kb)
            return reference
        if around is not None and (corrected := corrected_question(aside, around.tokens, tokens)) is not None:
            tokens, around = corrected, None  # "Correction: I meant Emmy nominations. Were there any?"
        if around is not None:
            said = subject_in_chatter(around.tokens, around, tokens, linked)
            titled = aside_subject(around, linked, relations) if said is None else None
            take_subject(conversation, said if said is not None else titled)
            take_person(conversation, tokens, around)
            # "not aubrey plaza, i meant paul adelstein. same show?": is he in the show just answered
            tokens = asked_of_person_put_right(tokens, aside, around, engine.kb) or tokens
            if titled is not None:  # "atypical fan here, who plays sam": no known show's sam
                link = linking_once(engine.link_whole)
        alone = about is not None and tokens[-len(about) :] == about  # "what about 1899" asks nothing else
        again = asked_of_title(conversation, about) if about is not None and alone else None
        # "and maitreyi ramakrishnan, what else has she been in": she is that name, not the last person.
        tokens = unknown_person_around(tokens, linked, around) or tokens
        if again is None and about is not None and not alone and _asks_of_it(tokens, about):
            # "and bridgerton, is it getting a season 2": asked of the new title, not the last question
            tokens = tokens[1:] if tokens[:1] == ["and"] else tokens
        else:
            tokens = again or follow_up(tokens, conversation, link, engine.kb, asks_also(text))
        res = link(tokens)
        describer = describer_of_show(linked, res)
        if describer is not None:
            # "what about that marvel show joe locke's in" read as "when does agatha all along come out": the
            # "he" of the next question is still Joe.
            conversation.mention_person(describer)
    else:
        res = link(tokens)
        if around is not None and top and forced is None:
            # "my sister loves gilmore girls, is it on netflix": the title in the chatter is what "it"
            # means from the first message on, even one nobody knows.
            take_subject(conversation, subject_in_chatter(around.tokens, around, tokens, res))
    if (as_role := episodes_done_as_role(tokens, res)) is not None:
        tokens, res = as_role, link_question(as_role)  # "how many hs eps has lyn done": directed
    described_people = PeopleByDescription(engine.kb)  # read once per wording: described_subject asks again
    if around is None and (as_named := described_people(res.tokens, res)) is not None:
        tokens, res = (
            as_named,
            link_question(as_named),
        )  # "the guy kit connor plays opposite, what's his ...": Joe
    if around is not None and (told := told_around(tokens, res, around)) is not None:
        tokens, res = told, link_question(told)  # "Orlando Bloom is in it right? who does he play"
    elif around is not None and (worked := work_pointed_around(tokens, res, around, engine.kb)) is not None:
        tokens, res = worked, link_question(worked)  # "i loved shetland, did andy newberry direct that?"
    elif around is None and (topic := topic_first(tokens, link_question)) is not None:
        tokens, res = topic, link_question(topic)  # "lauren james heartstopper what does she do on it"
    talked_of = show_around(around) if around is not None else None
    describing = [p.id for p in res.people]
    for _ in range(_DESCRIPTIONS):  # "the heartstopper guy in the marvel show": the show, then the person
        if (by_person := described_subject(tokens, res, engine.kb, talked_of, described_people)) is None:
            break
        by_person = said_once(by_person) if by_person != tokens else by_person  # a show described twice
        tokens, res = by_person, link_question(by_person)  # "the season newberry directed": season 3
    for person_id in describing:
        if all(p.id != person_id for p in res.people):
            # "joe locke's marvel show" reads as Agatha All Along; "his" in the next question is still Joe
            conversation.mention_person(person_id)
    query = Query(text, tokens, engine.kb, today, index=engine.index)
    adopt_remembered_title(res, conversation.unknown)
    if (
        around is not None
        and not res.shows
        and (show_id := show_around(around) or show_of_people_around(around, res, engine.kb))
    ):
        # A show named around the question ("I love heartstopper! when is the new season out?") is its
        # subject when the question itself names none.
        conversation.mention_show(show_id)
    elif around is not None and not res.shows and around.evident_title and {"it", "its"} & set(tokens):
        conversation.mention_unknown(tuple(around.evident_title))  # "just started bridgerton, is it good"
    elif around is not None and (untold := untold_title_around(around, res, relations)) is not None:
        conversation.mention_unknown(tuple(untold))  # "the bear fan here, who created it"
        res = engine.link_whole(tokens)
    if (
        top
        and forced is None
        and (
            no_facts := unknown_person_meant(
                fold(text).split(), res, conversation, engine.index, engine.kb, linked
            )
        )
    ):
        return no_facts  # "michaela coel ..., what has she made" ... "is she in the agatha cast"
    if (
        linked is not None
        and (
            of_show := person_of_unknown_show(linked.tokens, linked, tokens, res, conversation, engine.index)
        )
        is not None
    ):
        return of_show  # "who directed the bear" ... "is he in heartstopper": nobody knows who he is
    unmeant = top and forced is None and around is None  # words around it may say who ("the guy who .., he")
    if unmeant and (nobody := nobody_meant(tokens, res, conversation)) is not None:
        return nobody  # "what shows has he been in" with nobody talked about: never the catalogue
    return Linked(tokens, res, query)


def _asks_of_it(tokens: list[str], about: list[str]) -> bool:
    """Whether the words after a title set off before the question point back at it ("and bridgerton, is
    it getting a season 2"): a question of that title alone, nothing of the last one to fill in."""
    at = next((i for i in range(len(tokens)) if tokens[i : i + len(about)] == about), None)
    return at is not None and not SHOW_POINTERS.isdisjoint(tokens[at + len(about) :])
