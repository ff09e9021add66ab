"""The pipeline for one message: split off a command, answer each of several questions or understand the one
asked, link it in its conversation, find its answer, and remember it for the follow-ups."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from intents import replies
from intents.answer import Answer
from intents.answer_finding import find_answer
from intents.conversation_linking import Linked, link_in_conversation
from intents.dialogue import Offer
from intents.forced_command import forced_intent, unknown_command_as_words, with_command_word
from intents.message_reading import asked_in_message
from intents.message_text import command_and_text
from intents.picture.intent import read_asked_question
from intents.query import Conversation
from intents.registry import Subject
from intents.timefmt import zone_or_utc
from intents.understand.choice_first import choice_first
from intents.understand.guessed_answers import guess_checked
from intents.understand.memory import remember
from intents.understand.offered_choices import offer_of, picked_question

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

log = logging.getLogger(__name__)


async def answer_message(
    engine: QuestionEngine,
    question: str,
    conversation: Conversation | None,
    now: dt.datetime | None,
    default_show: str | None,
    tz: str | None,
    composed: bool,
    depth: int,
    whole: bool,
) -> Answer:
    """Answer one message (or one sub-question of it, at `depth` > 0) in its conversation."""

    async def again(sub: str) -> Answer:
        return await answer_message(engine, sub, conversation, now, default_show, tz, composed, depth, whole)

    conversation = conversation if conversation is not None else Conversation()
    read = command_and_text(question)
    if isinstance(read, Answer):
        return read
    command, text = read
    text = engine.typed_words.spell(text)  # question words spelt out, then names typed as one word
    if depth == 0 and (offer := conversation.offered) is not None:
        conversation.offered = None  # a pick answers the "did you mean" just before it, or none at all
        if command is None and (picked := pick_offered(engine, text, offer)) is not None:
            return await again(picked)  # "the andor one": the question asked again of Diego Luna
    read_part = await asked_in_message(
        engine, text, command, conversation, now, default_show, tz, depth, whole, composed
    )
    if isinstance(read_part, Answer):
        return read_part
    text, aside = read_part
    tokens = engine.understand(text)
    forced = forced_intent(command, engine.commands, engine.command_intents)
    tokens = with_command_word(tokens, command, forced, engine.command_intents) if command else tokens
    if isinstance(forced, Answer):  # an unknown command: its words may still ask a question
        asks_with = not engine.matcher.vocabulary.isdisjoint(engine.understand(command or ""))
        return await unknown_command_as_words(forced, command or "", text, asks_with, again)
    if not tokens and forced is None:
        return replies.no_question(conversation)
    today = (now or engine.clock()).astimezone(zone_or_utc(tz)).date()
    top = composed and depth == 0  # the fan's own question, not a sub-question of a composed one
    # "where was the bts pic posted": the show's post fact, if it has one (remembered there)
    asked = (text, aside, tokens, conversation, default_show, today)
    if top and forced is None and (posted := read_asked_question(engine, *asked)) is not None:
        return posted
    linked = await link_in_conversation(
        engine, text, aside, tokens, forced, conversation, now, tz, today, top
    )
    if isinstance(linked, Answer):
        return linked
    try:
        answer = await find_answer(
            engine, text, linked, forced, conversation, now, default_show, tz, today, composed, depth, aside
        )
    except Exception:  # a handler bug must cost one answer, not the bot
        log.exception("handler failed for a question of %d characters", len(text))
        answer = Answer(text="Sorry, something went wrong answering that. Please try again.", kind="unknown")
    answer = guess_checked(text, linked.res, replies.understood(answer, linked.res))
    if depth == 0:
        answer = choice_first(linked.res, answer)  # "charlie or nick, ...": the choice first
        _remember(engine, conversation, linked, answer)
    return answer


def _remember(engine: QuestionEngine, conversation: Conversation, linked: Linked, answer: Answer) -> None:
    """Keep what the fan's own question was about, for the follow-ups after it."""
    answered = engine.by_name.get(answer.intent or "")
    about_person = answered is not None and answered.subject is Subject.PERSON
    remember(conversation, linked.tokens, linked.res, answer, engine.kb, engine.index, about_person)
    conversation.offered = offer_of(linked.query.text, answer.kind, answer.suggestions, engine.index)


def pick_offered(engine: QuestionEngine, text: str, offer: Offer) -> str | None:
    """The offered question asked of the name the message picks, if it picks one."""
    return picked_question(text, offer, engine.link(engine.understand(text)), engine.kb, engine.index)
