"""A network named with no show ("what's on netflix", "anything good on disney+?", "what does hbo have"): the
shows held on that network, or a plain statement that none are."""

from __future__ import annotations

from db.knowledge import Knowledge, ShowFacts
from intents.answer import Answer
from intents.networks import NETWORK_WORDS
from intents.query import join_names, sources_for
from intents.text import STOPWORDS, fold
from intents.understand.claims import networks_in
from intents.understand.context import Composing
from intents.understand.person_shows import their_shows

# Words a question asking what a network carries may use besides the network's own name.
_LISTING_WORDS = frozenset(
    "what whats which anything any good shows show series titles tv stream streaming watch watching have has "
    "got get carry carries airing air on there theres else new out available list one ones other others "
    "more".split()
)
_ASKING_WORDS = frozenset("what whats which anything any list shows".split())
# Words that ask for the shows besides one already talked about ("who else is on that network", "what other
# shows are on prime"): with them "who" asks for shows too (a network holds shows, not people), and the show
# the conversation is on is left out of the list.
_BESIDES_WORDS = frozenset("else other others".split())
_WHO_WORDS = frozenset("who whos".split())
# Words that put someone in the shows listed ("what's on disney+ with joe locke in it", "anything on netflix
# starring kit connor"): the list narrows to their shows.
_WITH_SOMEONE = frozenset("with starring featuring stars has have in it".split())


def shows_on(kb: Knowledge, network: str) -> list[ShowFacts]:
    """The shows whose network (or one of whose releases' networks) is this one, news shows first."""
    wanted = fold(network)
    held = [
        s
        for s in kb.shows.values()
        if fold(s.network or "") == wanted or any(fold(r.network or "") == wanted for r in s.releases)
    ]
    return sorted(held, key=lambda s: not (s.article_id is not None and kb.from_news(s.article_id)))


_SAME_NETWORK = tuple(
    f"same {noun} as" for noun in "network streamer service platform channel app streaming service".split()
)


async def same_network_shows(c: Composing) -> Answer | None:
    """'which show is on the same streamer as agatha all along': the other shows on that show's network."""
    shows = list({s.id: s for s in c.res.shows}.values())
    if len(shows) != 1 or not c.has(*_SAME_NETWORK) or _ASKING_WORDS.isdisjoint(c.tokens):
        return None
    show = shows[0]
    if not show.network:
        return None
    others = [s for s in shows_on(c.kb, show.network) if s.id != show.id]
    if not others:
        text = f"{show.title} is on {show.network}, and I don't have any other show on {show.network}."
        return Answer(text, intent="network_shows", confidence=0.9, show_id=show.id)
    titles = [s.title for s in others]
    verb = "is" if len(titles) == 1 else "are"
    text = f"{join_names(titles)} {verb} on {show.network} too, like {show.title}."
    return Answer(
        text,
        intent="network_shows",
        confidence=0.9,
        answers=tuple(titles),
        sources=sources_for(c.kb, [s.article_id for s in (show, *others)]),
    )


async def network_listing(c: Composing) -> Answer | None:
    """The shows on the one network a question names when it names nothing else and asks what is on it."""
    if (same := await same_network_shows(c)) is not None:
        return same
    people = [m for m in c.res.mentions if m.refs[0].kind == "person" and m.refs[0].id in c.kb.people]
    if any(m.refs[0].kind not in ("network", "person") for m in c.res.mentions) or c.res.season is not None:
        return None
    networks = networks_in(c)
    if len(networks) != 1:
        return None
    network_words = {w for name in networks for w in fold(name).split()} | _network_tokens(c)
    named = {i for m in people for i in range(m.start, m.end)}
    rest = [w for i, w in enumerate(c.tokens) if w not in network_words and i not in named]
    listing = _LISTING_WORDS | _WITH_SOMEONE if people else _LISTING_WORDS
    besides = not _BESIDES_WORDS.isdisjoint(rest)
    asking = _ASKING_WORDS | _WHO_WORDS if besides and not people else _ASKING_WORDS
    listing |= _WHO_WORDS if besides and not people else frozenset()
    if not rest or asking.isdisjoint(rest) or (people and _WITH_SOMEONE.isdisjoint(rest)):
        return None
    if len(people) > 1 and "or" in rest:
        return None  # "which one is on netflix, the show with X or the show with Y": a choice of two shows
    if any(w not in listing and w not in STOPWORDS for w in rest):
        return None  # "what's the netflix show with the rugby player" asks about one show, not the list
    network = networks[0]
    shows = shows_on(c.kb, network)
    theirs = [set(their_shows(c.kb.people[m.refs[0].id])) for m in people]
    shows = [s for s in shows if all(s.id in ids for ids in theirs)]
    who = f" with {join_names([m.refs[0].name for m in people])}" if people else ""
    if not shows:
        return Answer(f"I don't have any shows on {network}{who}.", kind="answer", intent="network_shows")
    talked_of = _show_talked_of(c) if besides else None
    if talked_of is not None and [s.id for s in shows] == [talked_of.id]:
        text = f"{talked_of.title} is the only show on {network} I have facts about."
        return Answer(text, intent="network_shows", confidence=0.9, show_id=talked_of.id)
    if talked_of is not None and talked_of in shows and len(shows) > 1:
        shows = [s for s in shows if s.id != talked_of.id]
    titles = [s.title for s in shows]
    many = f"{len(titles)} shows: " if len(titles) > 1 else ""
    lead = f"On {network} I have {many}{join_names(titles)}{who}"
    if talked_of is not None and talked_of not in shows:
        lead = f"Besides {talked_of.title}, on {network} I have {many}{join_names(titles)}{who}"
    return Answer(
        f"{lead}.",
        intent="network_shows",
        confidence=0.9,
        answers=tuple(titles),
        sources=sources_for(c.kb, [s.article_id for s in shows]),
    )


def _show_talked_of(c: Composing) -> ShowFacts | None:
    """The show the conversation was last on, when the question names none: the one "else" sets aside. A
    default show nobody talked about is none ("what else is on netflix" opening a chat lists them all)."""
    if c.show is None or c.res.shows or not c.recent or c.recent[0][0] != c.show.id:
        return None
    return c.show


def _network_tokens(c: Composing) -> set[str]:
    """The question's words that are part of a network's name as it was written ("disney", "plus", "tv")."""
    return {w for w in c.tokens if w in NETWORK_WORDS or w == "plus"}
