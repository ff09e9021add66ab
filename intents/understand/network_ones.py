"""'and the disney one?' when several held shows are on that network: the one that shares someone with the
show talked about ("when does hs3 come out" ... "and the disney one?" is Agatha All Along, where Joe Locke
is, not Andor). One show alone on the network is read elsewhere (understand/described_fragments.py)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.networks import NETWORK_NAMES
from intents.text import fold
from intents.understand.network_lists import shows_on
from intents.understand.openers import strip_lead

_POINTERS = frozenset({"the", "that"})
_ONES = frozenset({"one", "show", "series"})
_BARE = 3  # "the disney one": a pointer, the network, the noun


def network_one_in_talk(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the <network> one" as the title of the one show on that network that shares a person
    with the conversation's show; unchanged when the fragment says more, or no single show fits."""
    fragment, _ = strip_lead(tokens)
    talked = kb.shows.get(conv.last_show_id) if conv.last_show_id is not None and not conv.unknown else None
    if talked is None or len(fragment) < _BARE or fragment[0] not in _POINTERS or fragment[-1] not in _ONES:
        return tokens
    said = " ".join(fragment[1:-1])
    network = next((name for aliases, name in NETWORK_NAMES if said in aliases), None)
    shows = shows_on(kb, network) if network is not None else []
    if len(shows) < 2:
        return tokens
    people = {c.person_id for c in talked.credits}
    sharing = [
        s for s in shows if s.id != talked.id and not people.isdisjoint(c.person_id for c in s.credits)
    ]
    if len(sharing) != 1:
        return tokens
    return [*tokens[: len(tokens) - len(fragment)], *fold(sharing[0].title).split()]
