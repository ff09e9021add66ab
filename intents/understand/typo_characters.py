"""A character a follow-up names only roughly ("elle?" after "who plays nick" in Heartstopper) is asked about
in the conversation's show: a close spelling of another show's character ("Ellie") is no reason to leave the
show, so the answer says what it lacks there before offering the other show's."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold

Link = Callable[[list[str]], Resolution]


def in_conversation_show(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str]:
    """The tokens with "in <the conversation's show>" added when they name no show and their one character is
    a spelling match of a character of another show; unchanged otherwise."""
    show = kb.shows.get(conv.last_show_id) if conv.last_show_id is not None else None
    if show is None or conv.unknown:
        return tokens
    res = link(tokens)
    if res.shows or res.people or len(res.characters) != 1:
        return tokens
    mention = next((m for m in res.mentions if m.refs[0].kind == "character"), None)
    if mention is None or mention.score >= 100 or res.characters[0].show_id == show.id:
        return tokens
    return [*tokens, "in", *fold(show.title).split()]
