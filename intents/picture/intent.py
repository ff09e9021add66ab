"""The picture intent: questions about the promotional picture a show's news reported (intents.picture.held),
read at the two points of the engine's pipeline where they can be asked, and remembered in the conversation.

- `read_whole_message`, before a message is split into questions: fans name the picture in chatter and then
  ask ("NOT ME SCREAMING AT THE BTS PIC ... which account posted it"; intents.picture.message_asks).
- `read_asked_question`, on the question asked once its asides are set apart: the picture or its posting
  named by it or by its aside, or a few words after a turn that named one ("posted where?", "which season is
  it from", "was it on instagram?"; intents.picture.followups).

Both answer with intents.picture.told, in the words of intents.picture.phrasings; the conversation keeps the
show whose picture was talked about last (`Conversation.pictured`), and which answers were about one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.fact_records import ShowFacts
from db.knowledge import Knowledge
from intents.answer import Answer
from intents.picture.followups import answer_asked, names_picture, past_lead
from intents.picture.held import PICTURE_INTENT, pictures_held
from intents.picture.message_asks import answer_whole_message, names_a_picture, pictured_in_titles_only
from intents.picture.phrasings import FANS_POSTING, FOLLOW_UP_PICTURE_WORDS, POSTING, PRONOUNS
from intents.text import fold
from intents.understand.asking import question_part
from intents.understand.memory import remember

if TYPE_CHECKING:
    from intents.dialogue import Conversation
    from intents.engine import QuestionEngine

_ANSWERS_BACK = 2  # "is kit in it" ... "and joe?" ... "who posted it": the picture two answers back
_TURNS_BACK = 2  # a follow-up may point at the picture talked about one or two questions ago
_PICTURE_TURNS_BACK = 4  # "back to the photo" may come after a few questions about something else


def read_whole_message(engine: QuestionEngine, text: str, conversation: Conversation) -> Answer | None:
    """The answer about a picture the news reported to a whole message, remembered as the turn; None when
    the message asks nothing of one."""
    recent = list(reversed(conversation.turns))[:_ANSWERS_BACK]
    after = any(t.intent == PICTURE_INTENT for t in recent)
    if not (after or names_a_picture(text)) or not pictures_held(engine.kb):
        return None  # most messages: no picture named or talked about, so nothing more is read here
    if pictured_in_titles_only(text, engine.names_of):
        return None  # the picture word is a film's title ("the kid stays in the picture")
    asked = question_part(text, engine.names_of)[0]
    answer = answer_whole_message(text, asked, engine.kb, lambda t: engine.link(engine.understand(t)), after)
    if answer is not None:
        if answer.show_id is not None:  # its follow-ups ("which season is it from") read it too
            conversation.pictured = (answer.show_id, 0)
        tokens = engine.understand(asked)
        remember(conversation, tokens, engine.link(tokens), answer, engine.kb, engine.index, False)
    return answer


def read_asked_question(
    engine: QuestionEngine,
    text: str,
    aside: str,
    tokens: list[str],
    conversation: Conversation,
    default_show: str | None,
    today: dt.date,
) -> Answer | None:
    """A fan's own question read as one about the picture posted of the show it names or talks about (the
    talk around it may name the picture: "netflix posted some photo of hs, what was that about?"), its answer
    remembered in the conversation; None when it is no such question."""
    words = fold(text).split()
    if conversation.pictured is not None:
        conversation.pictured = (conversation.pictured[0], conversation.pictured[1] + 1)
    # The fan's own posting ("first post!!", "posting from the bus") names no news post.
    # Every wording of it has "post": most messages need no pass.
    aside_said, asked = fold(aside), " ".join(words)
    aside_said = FANS_POSTING.sub(" ", aside_said) if "post" in aside_said else aside_said
    said = [*aside_said.split(), *(FANS_POSTING.sub(" ", asked) if "post" in asked else asked).split()]
    joined = " ".join(said)
    if not (names_picture(said, joined) or POSTING.search(joined)) and (
        _picture_talked_about(conversation, engine.kb, _PICTURE_TURNS_BACK) is None
    ):
        return None  # most messages: no picture or posting named, none talked about (nothing is linked)
    if pictured_in_titles_only(text, engine.names_of) and not POSTING.search(joined):
        return None  # the picture word is a title's ("which films share actors with ... the picture")
    res = engine.link(tokens)
    # "posted where?", "was it netflix that posted it": the words of the picture and its posting are never a
    # title (a title nobody knows left among them still is: "the bear bts pic" is no Heartstopper picture).
    plain = [t for t in past_lead(tokens) if t not in FOLLOW_UP_PICTURE_WORDS and not POSTING.fullmatch(t)]
    named = engine.link(plain) if plain != tokens else res
    show = (
        named.shows[0]
        if named.shows
        else engine.subjects.implied_show(named, conversation, default_show, today)
    )
    if show is not None and res.shows and show.id not in {s.id for s in res.shows}:
        return None  # the question names another show (or film) than the one whose picture this is
    if show is None and not (named.unknown_title or named.named_runs):
        # "back to that photo, ..." after a show nobody knows: the show of the picture talked about before.
        show = _picture_talked_about(conversation, engine.kb, _PICTURE_TURNS_BACK)
    mentioned = names_picture(said, joined)
    if not (named.shows or mentioned or _picture_talked_about(conversation, engine.kb, _TURNS_BACK)):
        return None  # "who tweeted it" with no show, picture or earlier picture: nothing posted is meant
    if show is not None and (mentioned or POSTING.search(joined)):
        conversation.pictured = (show.id, 0)
    followed = _picture_talked_about(conversation, engine.kb, _TURNS_BACK) is not None
    people = [person.name for person in res.people]
    if not people and PRONOUNS.intersection(words) and conversation.people:
        talked_of = engine.kb.people.get(conversation.people[0])
        people = [talked_of.name] if talked_of is not None else []  # "who is his co-star in the photo"
    answer = answer_asked(text, words, show, followed, people, engine.kb, tokens)
    if answer is not None:
        remember(conversation, tokens, res, answer, engine.kb, engine.index, about_person=False)
    return answer


def _picture_talked_about(conversation: Conversation, kb: Knowledge, back: int) -> ShowFacts | None:
    """The show whose picture the fan named at most `back` questions before this one."""
    if conversation.pictured is None or conversation.pictured[1] > back:
        return None
    return kb.shows.get(conversation.pictured[0])
