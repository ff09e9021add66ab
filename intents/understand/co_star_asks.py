"""Who else is in it, asked in two words after a question about someone in a show: "is joe locke in agatha
all along" ... "alongside who?" / "with who?" asks who stars there beside that person."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold
from intents.understand.openers import strip_lead

# The short forms of "who is beside them there", after the openers are gone.
_CO_STAR_ASKS = frozenset(
    {
        ("alongside", "who"), ("alongside", "whom"), ("with", "who"), ("with", "whom"), ("who", "with"),
        ("who", "alongside"), ("next", "to", "who"), ("opposite", "who"), ("who", "opposite"),
        ("starring", "with", "who"), ("acting", "with", "who"), ("who", "else", "with"),
    }
)  # fmt: skip
CO_STAR_WORDS = frozenset(w for ask in _CO_STAR_ASKS for w in ask if w not in ("who", "whom", "else", "to"))


def co_stars_asked(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "who stars alongside <person> in <show>" for a two-word co-star ask after a question about a person
    in a show; None for any other words, or when the last question named no such pair."""
    fragment, _marked = strip_lead(tokens)
    last = conv.last
    if tuple(fragment) not in _CO_STAR_ASKS or last is None or last.kind != "answer":
        return None
    person = kb.people.get(last.person_id) if last.person_id is not None else None
    show = kb.shows.get(last.show_id) if last.show_id is not None else None
    if person is None or show is None:
        return None
    # "opposite who" asks for the co-lead (intents/understand/co_leads.py), the others for the cast.
    beside = ["plays", "opposite"] if "opposite" in fragment else ["stars", "alongside"]
    return ["who", *beside, *fold(person.name).split(), "in", *fold(show.title).split()]
