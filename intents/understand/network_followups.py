"""Follow-ups about where a show talked about is on. "on what?" after a date: the show's network. Whether
two shows talked about are on the same network, asked of the last answer: "when does agatha
premiere" ... "and hs3?" ... "same platform?" (is Heartstopper on Disney+?), "what network is agatha all
along on" ... "is that the same one wandavision is on" (is WandaVision on Disney+?). The question is asked as
a check of one show on the other's network, whose answer gives that show's own network when it differs."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold

_WHERE_TO_WATCH = "where_to_watch"
_NETWORK_NOUNS = frozenset("platform network service streamer channel app site one place".split())
# Every word a bare "same platform?" / "is it on the same one" may hold besides a show's title.
_CHECK_WORDS = frozenset(
    "same is it its that thats this on the as one also too and so ok okay wait right streaming".split()
)


def same_network_asked(
    tokens: list[str], conv: Conversation, kb: Knowledge, link: Callable[[list[str]], Resolution]
) -> list[str] | None:
    """The check "is <show> on <network>" the question asks, or None when it asks no such thing."""
    last = conv.last_understood
    # "what network is wandavision on" ... "same as agatha?": the network is what the last question asked.
    network_asked = last is not None and last.intent == _WHERE_TO_WATCH
    if "same" not in tokens or (_NETWORK_NOUNS.isdisjoint(tokens) and not network_asked):
        return None
    current = kb.shows.get(conv.last_show_id) if conv.last_show_id is not None and not conv.unknown else None
    if current is None or not current.network:
        return None
    named = [s for s in link(tokens).shows if s.id != current.id]
    if named:
        # "is that the same one wandavision is on": the show named, on the network just given.
        return ["is", *fold(named[0].title).split(), "on", *fold(current.network).split()]
    rest = [t for t in tokens if t not in _CHECK_WORDS and t not in _NETWORK_NOUNS]
    before = next((kb.shows[s] for s in list(conv.shows)[1:] if s in kb.shows), None)
    if rest or before is None or not before.network:
        return None
    # "same platform?": the show talked about now, on the network of the one before it.
    return ["is", *fold(current.title).split(), "on", *fold(before.network).split()]


_LEADS = frozenset("and so ok okay oh but".split())
# "on what?", "on which?", "what on?" after an answer about a show: which network it is on.
_BARE_NETWORK_ASKS = (["on", "what"], ["on", "which"], ["what", "on"], ["on", "what", "then"])


def network_of_it(tokens: list[str]) -> list[str] | None:
    """ "what network is it on" for a bare "on what?", or None when the words ask something else."""
    words = [t for t in tokens if t not in _LEADS]
    return ["what", "network", "is", "it", "on"] if words in _BARE_NETWORK_ASKS else None
