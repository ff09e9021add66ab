"""Someone described by one show and asked about in another: "is the heartstopper guy in it?" about Agatha All
Along, "the kid from heartstopper is in it too right?". The description means the one actor credited in both
shows; the show the fan names besides is the other one, else the conversation's show."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.reference_tails import placed_subject
from intents.understand.references import persons_first

Link = Callable[[list[str]], Resolution]

_PEOPLE = frozenset("guy guys kid boy girl actor actress star dude lad lady woman man one".split())
_FROM = frozenset({"from", "in", "on", "of"})


def shared_person(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str]:
    """The tokens with "the <show> guy" / "the kid from <show>" as the name of the one actor in that show
    and in the other show the question or conversation is about; unchanged when that isn't one person."""
    res = link(tokens)
    for mention in res.mentions:
        ref = mention.refs[0]
        if ref.kind != "show" or ref.id not in kb.shows:
            continue
        span = _description(tokens, mention.start, mention.end)
        if span is None or (tokens[span[1] - 1] == "one" and not persons_first(conv)):
            continue  # "and the heartstopper one?" after a show's date is the show, not someone in it
        others = [s.id for s in res.shows if s.id != ref.id] or [
            s for s in [conv.last_show_id] if s is not None and s != ref.id
        ]
        if not others:
            continue
        actors = {c.person_id for c in kb.shows[ref.id].credits if c.role == "actor"}
        both = sorted(
            {c.person_id for c in kb.shows[others[0]].credits if c.role == "actor" and c.person_id in actors}
        )
        if len(both) != 1 or both[0] not in kb.people:
            continue
        return [*tokens[: span[0]], *fold(kb.people[both[0]].name).split(), *tokens[span[1] :]]
    return tokens


def _description(tokens: list[str], start: int, end: int) -> tuple[int, int] | None:
    """Where "the <show> guy" or "the guy from <show>" stands around the show's name at start:end."""
    if start >= 1 and tokens[start - 1] == "the" and tokens[end : end + 1] != [] and tokens[end] in _PEOPLE:
        return start - 1, end + 1  # "the heartstopper guy"
    described = start >= 3 and tokens[start - 3] == "the" and tokens[start - 2] in _PEOPLE
    # "is the guy in agatha?" asks where someone talked about is; "is the guy from heartstopper in it?" keeps
    # its description.
    if described and tokens[start - 1] in _FROM and not placed_subject(tokens, start - 3, start - 1):
        return start - 3, end  # "the kid from heartstopper"
    return None


def role_asked(tokens: list[str], link: Link) -> list[str]:
    """ "who's joe locke in heartstopper?" (a follow-up that named him for "the other guy") asks whom he plays
    there; unchanged unless the question is only "who is <a person> in <a show>"."""
    lead = 1 if tokens[:1] == ["whos"] else 2 if tokens[:2] == ["who", "is"] else 0
    if not lead:
        return tokens
    res = link(tokens)
    kinds = [(m.refs[0].kind, m.start, m.end) for m in res.mentions]
    if len(kinds) != 2 or kinds[0][0] != "person" or kinds[1][0] != "show" or kinds[0][1] != lead:
        return tokens
    (_p, p_start, p_end), (_s, s_start, s_end) = kinds
    if tokens[p_end:s_start] not in (["in"], ["on"]) or s_end != len(tokens):
        return tokens
    return ["who", "does", *tokens[p_start:p_end], "play", "in", *tokens[s_start:s_end]]
