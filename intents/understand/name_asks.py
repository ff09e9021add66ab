"""The name of the show the last question brought in: "which of the heartstopper cast is in a marvel
series" ... "what's that show called" asks the title of the show the fan described (Agatha All Along), not
of the one they named (Heartstopper, the subject), so "that show" there is the other show the question was
about. With one show in the last question, "that show" is the subject, as anywhere else."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

# The words one of which every question read here holds: a name asked, or a show noun ("what show is that").
NAME_WORDS = frozenset({"called", "name", "title", "show", "series", "programme", "program"})
_POINTERS = frozenset({"that", "this", "the"})
_SHOW_NOUNS = frozenset({"show", "series", "one", "programme", "program"})
_NAME_NOUNS = frozenset({"name", "title"})


def show_named_asked(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "what is that show called" / "what's the name of that series" as "what is <the other show>" when
    the last question was about two shows; None otherwise."""
    if not _asks_name_of_pointed(tokens):
        return None
    title = _brought_in(conv, kb)
    return None if title is None else ["what", "is", *title]


def _asks_name_of_pointed(tokens: list[str]) -> bool:
    """Whether the question asks the name of "that show" and nothing else."""
    words = [w for w in tokens if w != "s"]
    if _which_show_is_it(words):
        return True
    if words[:2] not in (["what", "is"], ["whats"]):
        return False
    rest = words[2:] if words[0] == "what" else words[1:]
    if len(rest) == 3 and rest[0] in _POINTERS - {"the"} and rest[1] in _SHOW_NOUNS and rest[2] == "called":
        return True
    named = len(rest) == 5 and rest[0] == "the" and rest[1] in _NAME_NOUNS and rest[2] == "of"
    return named and rest[3] in _POINTERS - {"the"} and rest[4] in _SHOW_NOUNS


_WHICH = frozenset({"what", "which"})
_IT = frozenset({"it", "that", "this"})


def _which_show_is_it(words: list[str]) -> bool:
    """ "what show is that", "which marvel show is it": the name of the show pointed at, a describing word or
    two before the show noun."""
    return (
        3 < len(words) <= 6
        and words[0] in _WHICH
        and words[-2:-1] == ["is"]
        and words[-1] in _IT
        and words[-3] in _SHOW_NOUNS - {"one"}
    )


def _brought_in(conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The title of the show the last question named besides the subject, if it named exactly two."""
    last = conv.last
    if last is None:
        return None
    spans = [" ".join(last.tokens[s:e]) for kind, s, e in last.slots if kind == "show"]
    titles = {fold(show.title): show for show in kb.shows.values()}
    shows = list(dict.fromkeys(titles[s].id for s in spans if s in titles))
    if len(shows) == 2 and conv.last_show_id == shows[1]:
        # The answer made the show named second the subject, the one the fan described ("which heartstopper
        # star is in a marvel show" -> Agatha All Along): it is the one brought in.
        return fold(kb.shows[shows[1]].title).split()
    others = [s for s in shows if s != conv.last_show_id]
    if len(shows) != 2 or len(others) != 1:
        return None
    return fold(kb.shows[others[0]].title).split()
