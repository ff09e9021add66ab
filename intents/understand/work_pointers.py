"""'what else has gary oldman been in' -> Darkest Hour ... 'when did that come out': the one title the last
answer gave as someone's other work, a title the facts hold nothing else about, is what "that" means
next, never the show the conversation was on; asked of by name, it gets "I don't have facts about Darkest
Hour beyond its credits" rather than another show's date."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

# Only "that" points past the show talked about: "who directs it now" is still that show.
_POINTERS = frozenset({"that"})
# Nouns that turn a pointer into something else: "that guy" is a person, "that season" a show's part.
_OTHER_THINGS = frozenset(
    """guy guys person actor actress director writer creator he she one season seasons episode episodes ep
    eps series show cast""".split()
)
# Words after which "that" is what the person's work is set against ("what else is he in besides that").
_SETTING_ASIDE = frozenset({"besides", "except", "than", "like"})
# The nouns "that film" or "that movie" may put after a pointer and still mean the work.
_WORK_NOUNS = frozenset({"film", "movie", "one", "thing"})


def work_pointed_at(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The words with the pointer at the work the last answer gave replaced by its title, or None when the
    last answer gave no such single work or nothing in the question points at it."""
    last = conv.last
    if last is None or last.intent != "other_work" or last.kind != "answer" or len(last.items) != 1:
        return None
    person = kb.people.get(last.person_id) if last.person_id is not None else None
    title = last.items[0]
    work = next((w for w in person.work if w.title == title), None) if person is not None else None
    if work is None or work.show_id is not None:
        return None  # a show the facts hold ("Agatha All Along") is what "it" already means
    for at, word in enumerate(tokens):
        if word not in _POINTERS or (at and tokens[at - 1] in _SETTING_ASIDE):
            continue
        after = tokens[at + 1 : at + 2]
        noun = after != [] and after[0] in _WORK_NOUNS
        if after and after[0] in _OTHER_THINGS and not noun:
            continue
        return [*tokens[:at], *fold(title).split(), *tokens[at + 1 + noun :]]
    return None
