"""Questions about two shows at once that are not a ranking: whether they are on the same network or both on
one, which of them is on a network, and whether they share actors."""

from __future__ import annotations

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.query import sources_for
from intents.text import fold
from intents.understand.claims import networks_in
from intents.understand.context import Composing

_NETWORK_WORDS = ("network", "channel", "streamer", "service", "platform", "app", "streaming service")
_SHARE_WORDS = (
    "share",
    "shared",
    "in common",
    "same actors",
    "same actor",
    "same cast",
    "both in",
    "overlap",
)


def _named_shows(c: Composing) -> list[ShowFacts]:
    shows: dict[int, ShowFacts] = {}
    for mention in c.res.mentions:
        ref = mention.refs[0]
        if ref.kind == "show" and ref.id in c.kb.shows:
            shows.setdefault(ref.id, c.kb.shows[ref.id])
    return list(shows.values())


def _outside_names(c: Composing) -> set[str]:
    """The question's words outside linked names ("all" of "agatha all along" is not "all")."""
    inside = {i for m in c.res.mentions for i in range(m.start, m.end)}
    return {t for i, t in enumerate(c.tokens) if i not in inside}


def _on(show: ShowFacts, network: str) -> bool:
    held, asked = fold(show.network or ""), fold(network)
    return bool(held) and (asked in held or held in asked)


async def show_pair(c: Composing) -> Answer | None:
    """Answer a question about two (or more) named shows' networks or shared cast, or None."""
    shows = _named_shows(c)
    if len(shows) < 2:
        return None
    # "do X and Y share a streamer": one network for both, asked as sharing it (not the shared cast)
    same = c.has("same") or (c.has("share", "shared", "in common") and c.has(*_NETWORK_WORDS))
    if c.has(*_SHARE_WORDS) and not same:
        return _shared_cast(c, shows)
    named = networks_in(c)
    said = "; ".join(f"{s.title} is on {s.network}" for s in shows if s.network)
    if not said or not (named or same) or not (named or c.has(*_NETWORK_WORDS)):
        return None
    sources = sources_for(c.kb, [s.article_id for s in shows])
    if same and not named:
        same = len({fold(s.network or "") for s in shows}) == 1
        text = f"{'Yes' if same else 'No'}: {said}."
        answers: tuple[str, ...] = ("Yes" if same else "No",)
    elif _outside_names(c) & {"both", "all", "each"} or (c.is_yes_no and "or" not in _outside_names(c)):
        # ("is X or Y on netflix?" asks which of them is: answered below by naming it)
        held = all(_on(s, named[0]) for s in shows)
        text = f"{'Yes' if held else 'No'}: {said}."
        answers = ("Yes" if held else "No",)
    else:
        picked = [s.title for s in shows if _on(s, named[0])]
        lead = f"{' and '.join(picked)}." if picked else f"Neither is on {named[0]}."
        text = f"{lead} {said}."
        answers = tuple(picked)
    return Answer(text=text, kind="answer", intent="where_to_watch", confidence=1.0, answers=answers,
                  sources=sources, show_id=shows[0].id)  # fmt: skip


def _shared_cast(c: Composing, shows: list[ShowFacts]) -> Answer:
    """'do heartstopper and agatha all along share any actors?': the people credited as actors on both."""
    casts = [{cr.person_id for cr in s.credits if cr.role == "actor"} for s in shows]
    common = set.intersection(*casts)
    names = sorted(c.kb.people[p].name for p in common if p in c.kb.people)
    titles = " and ".join(s.title for s in shows)
    if names:
        text = f"Yes: {', '.join(names)} {'is' if len(names) == 1 else 'are'} in both {titles}."
    else:
        text = f"No: I have no actor credited on both {titles}."
    ids = [cr.article_id for s in shows for cr in s.credits if cr.person_id in common]
    verdict = ("Yes" if names else "No", *names)
    return Answer(text=text, kind="answer", intent="cast", confidence=1.0, answers=verdict,
                  sources=sources_for(c.kb, ids), show_id=shows[0].id)  # fmt: skip
