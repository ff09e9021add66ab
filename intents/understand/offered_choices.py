"""A fan's pick after "Did you mean “Diego Luna” or “Gabriel Luna”?": "diego", "the first one", "the andor
one", "the one in the last of us". The question that was asked is asked again with the picked name in place
of the words that left it open ("what else has luna been in" -> "what else has diego luna been in"), rather
than the pick read as a question of its own ("diego" alone asks who he is)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.answer import AnswerKind
from intents.dialogue import Offer
from intents.linking import EntityIndex
from intents.resolve import Resolution
from intents.text import fold

_MOST_OFFERED = 5
_MOST_PICK_WORDS = 8
_ORDINALS = {"first": 0, "1st": 0, "former": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}
# Words around a pick that pick nothing: "oh the first one", "sorry i meant the guy in andor pls".
_PICK_FILLERS = frozenset(
    """the one ones i im meant mean oh ah sorry yes yeah yep yup no nah guy girl person actor actress dude
    lady from in on of that who whos plays played is was with please pls plz um uh ok okay lol haha
    option""".split()
)


def offer_of(
    question: str, kind: AnswerKind, suggestions: tuple[str, ...], index: EntityIndex
) -> Offer | None:
    """What a "did you mean" offered, when it offered names Marquee knows (not questions to try): None for
    every other reply."""
    if kind != "clarify" or not 1 < len(suggestions) <= _MOST_OFFERED:
        return None
    if not all(fold(name) in index.names for name in suggestions):
        return None
    return Offer(question, suggestions)


def picked_question(
    text: str, offer: Offer, res: Resolution, kb: Knowledge, index: EntityIndex
) -> str | None:
    """The offered question asked again of the name the fan picked; None when the message picks none (it is
    then read as a question of its own)."""
    words = fold(text).replace("?", " ").replace("!", " ").split()
    if not words or len(words) > _MOST_PICK_WORDS:
        return None
    chosen = _picked(words, offer, res, kb, index)
    if chosen is None:
        return None
    return _with_name(offer, chosen)


def _picked(words: list[str], offer: Offer, res: Resolution, kb: Knowledge, index: EntityIndex) -> str | None:
    """The offered name the words pick: by its place, by a word only it has, or by a show only it is in."""
    folded = [fold(name).split() for name in offer.names]
    shared = set.intersection(*(set(name) for name in folded))
    named_shows = {m.refs[0].id for m in res.mentions if m.refs and m.refs[0].kind == "show"}
    show_words = {w for m in res.mentions if m.refs and m.refs[0].kind == "show" for w in m.text.split()}
    rest = [w for w in words if w not in _PICK_FILLERS and w not in shared and w not in show_words]
    if named_shows:
        credited = [n for n in offer.names if named_shows & _shows_of(n, kb, index)]
        return credited[0] if len(credited) == 1 and not rest else None
    if len(rest) == 1 and rest[0] in _ORDINALS and ("one" in words or len(words) <= 2):
        at = _ORDINALS[rest[0]]
        return offer.names[at] if at < len(offer.names) else None
    if rest == ["last"] or rest == ["latter"]:
        return offer.names[-1]
    owners = [n for n, name in zip(offer.names, folded, strict=True) if rest and set(rest) <= set(name)]
    return owners[0] if len(owners) == 1 else None


def _shows_of(name: str, kb: Knowledge, index: EntityIndex) -> set[int]:
    """The shows a person (or the show itself) an offered name stands for is credited in."""
    shows: set[int] = set()
    for ref in index.names.get(fold(name), ()):
        if ref.kind == "show":
            shows.add(ref.id)
        elif ref.kind == "person":
            shows.update(s.id for s in kb.shows.values() if any(c.person_id == ref.id for c in s.credits))
    return shows


def _with_name(offer: Offer, chosen: str) -> str | None:
    """The offered question with the words every offered name shares ("luna") replaced by the chosen name;
    None when the question holds no such words (nothing says where the name goes)."""
    words = offer.question.split()
    shared = set.intersection(*(set(fold(name).split()) for name in offer.names))
    cores = [_core(w) for w in words]
    at = [i for i, (core, _owned) in enumerate(cores) if core in shared]
    if not at or at != list(range(at[0], at[-1] + 1)):
        return None
    owned = "'s" if cores[at[-1]][1] else ""  # "luna's shows" -> "diego luna's shows"
    return " ".join([*words[: at[0]], chosen + owned, *words[at[-1] + 1 :]])


def _core(word: str) -> tuple[str, bool]:
    """A typed word folded without its punctuation or possessive ending, and whether it had one."""
    core = fold(word).strip("?!.,;:")
    for ending in ("'s", "’s"):
        if core.endswith(ending):
            return core[: -len(ending)], True
    return core, False
