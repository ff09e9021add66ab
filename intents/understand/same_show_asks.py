"""Is someone in the show just talked about: "Sorry, not Aubrey Plaza, I meant Paul Adelstein. Same show?".
The person put right in the talk before the short question is whom it asks about, and "same show" is the
show the last answer was about: "is paul adelstein in agatha all along". ("that one" is left to the
pronoun readers, but after a person put right in the talk before it, "Also that one?" asks it too.)"""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.asides import person_named_last

# Words around "same show" that ask nothing more: "and also in the same show as well?".
_AROUND = frozenset("and so ok okay also too then is are in the as well also there".split())
_ASKS = (("same", "show"), ("same", "series"), ("same", "one"))
SAME_SHOW_WORDS = frozenset({"same"})  # the reader's gate
# The words that take one name back for another: "sorry, not X, i meant Y".
_TAKING_BACK = frozenset(
    "sorry no not i mean meant want wanted to say said but rather instead actually oops".split()
)

Link = Callable[[list[str]], Resolution]


# Words that take a name back for another ("not X", "i mean Y").
_PUTTING_RIGHT = frozenset({"not", "mean", "meant"})
# After a person put right, the show may be pointed at: "also that one?", "in it too?".
_POINTED = (("that", "one"), ("that", "show"), ("it",))


def asks_the_same_show(tokens: list[str], pointed: bool = False) -> bool:
    """Whether the words only ask "same show?" (with `pointed`, also "also that one?") and nothing else."""
    for ask in (*_ASKS, *_POINTED) if pointed else _ASKS:
        at = next((i for i in range(len(tokens)) if tuple(tokens[i : i + len(ask)]) == ask), None)
        if at is not None:
            rest = tokens[:at] + tokens[at + len(ask) :]
            return all(w in _AROUND for w in rest)
    return False


def asked_of_person_put_right(
    tokens: list[str], aside: str, around: Resolution, kb: Knowledge
) -> list[str] | None:
    """ "is <the person the talk before names last> in it" for "same show?" / "also that one?" after "not
    aubrey plaza, i meant paul adelstein" (`aside`, linked as `around`); None otherwise."""
    said = fold(aside).split()
    if not asks_the_same_show(tokens, pointed=True) or _PUTTING_RIGHT.isdisjoint(said):
        return None
    person = kb.people.get(person_id) if (person_id := person_named_last(around)) is not None else None
    return None if person is None else ["is", *fold(person.name).split(), "in", "it"]


def same_show_asked(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """ "is <the person put right, or talked of last> in <the last answer's show>" for "same show?" (after
    "not X, Y" in the same sentence, Y); None otherwise."""
    if conv.last is None or conv.last.show_id not in kb.shows:
        return None
    person_id = conv.people[0] if conv.people and asks_the_same_show(tokens) else _put_right(tokens, link)
    person = kb.people.get(person_id) if person_id is not None else None
    if person is None:
        return None
    return ["is", *fold(person.name).split(), "in", *fold(kb.shows[conv.last.show_id].title).split()]


def _put_right(tokens: list[str], link: Link) -> int | None:
    """The person named last before "same show?" when the words before it only take one back and name
    another ("not paul adelstein, i mean kit connor, same show"); None otherwise."""
    at = next((i for i in range(len(tokens)) if any(tuple(tokens[i : i + len(a)]) == a for a in _ASKS)), None)
    if at is None or "not" not in tokens[:at] or not asks_the_same_show(tokens[at:]):
        return None
    res = link(tokens[:at])
    people = [m for m in res.mentions if m.refs[0].kind == "person"]
    named = {i for m in people for i in range(m.start, m.end)}
    said = [w for i, w in enumerate(tokens[:at]) if i not in named]
    if len(people) < 2 or not all(w in _TAKING_BACK for w in said):
        return None
    return people[-1].refs[0].id
