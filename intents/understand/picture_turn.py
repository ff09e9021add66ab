"""A fan's message read first as one about the picture a show's news reported (understand.picture_asks),
before it is split into questions: fans name the picture in chatter and then ask "which account posted it"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intents.answer import Answer
from intents.pictures_held import pictures_held
from intents.understand.asking import question_part
from intents.understand.memory import remember
from intents.understand.picture_asks import names_a_picture, picture_answer

if TYPE_CHECKING:
    from intents.dialogue import Conversation
    from intents.engine import QuestionEngine

_TURNS_BACK = 2  # "is kit in it" ... "and joe?" ... "who posted it": the picture two questions back


def picture_turn(engine: QuestionEngine, text: str, conversation: Conversation) -> Answer | None:
    """The answer about a picture the news reported, remembered as the turn; None when not asked."""
    recent = list(reversed(conversation.turns))[:_TURNS_BACK]
    after = any(t.intent == "picture" for t in recent)
    if not (after or names_a_picture(text)) or not pictures_held(engine.kb):
        return None  # most messages: no picture named or talked about, so nothing more is read here
    asked = question_part(text, engine.names_of)[0]
    answer = picture_answer(text, asked, engine.kb, lambda t: engine.link(engine.understand(t)), after)
    if answer is not None:
        if answer.show_id is not None:  # its follow-ups ("which season is it from") read it too
            conversation.pictured = (answer.show_id, 0)
        tokens = engine.understand(asked)
        remember(conversation, tokens, engine.link(tokens), answer, engine.kb, engine.index, False)
    return answer
