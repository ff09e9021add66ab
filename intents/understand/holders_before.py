"""Who held someone's role on a show before them ("who directed heartstopper before andy newberry took
over", "who did the first two seasons before the shetland director took over"): the other holders of that
role whose seasons all come before the named person's."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import parse_seasons, sources_for
from intents.understand.context import Composing

# Words after the person that say they came in ("before X took over", "before X joined").
_CAME_IN = frozenset("took over came in joined started arrived stepped".split())
_WHO = frozenset({"who", "whos"})
# The role asked: "who directed ...", "who did the first two seasons ...", "who wrote ...".
_ROLE_STEMS = ("direct", "helm", "writ", "wrote", "showrun", "creat")
_DOING = frozenset("did do done ran run".split())


_DID = {"director": "directed", "writer": "wrote", "creator": "created", "showrunner": "ran"}


async def holders_before(c: Composing) -> Answer | None:
    """The answer naming who held the person's seasonal role before them, or None when not so asked."""
    if not c.res.people or not _WHO & set(c.tokens) or "before" not in c.tokens:
        return None
    if not any(t.startswith(_ROLE_STEMS) or t in _DOING for t in c.tokens):
        return None  # "who was in it before X": no role of X's asked
    person = c.res.people[0]
    name = person.name.lower().split()
    at = c.tokens.index("before")
    if c.tokens[at + 1 : at + 1 + len(name)] != name:
        return None  # "who directed heartstopper before it came out": no one is named after "before"
    after = c.tokens[at + 1 + len(name) : at + 3 + len(name)]
    if after and not set(after) & _CAME_IN:
        return None
    for credit in person.credits:
        seasons = parse_seasons(credit.seasons)
        show = c.kb.shows.get(credit.show_id)
        if not seasons or show is None or (c.res.shows and c.res.shows[0].id != show.id):
            continue
        earlier = [
            cr
            for cr in show.credits
            if cr.role == credit.role
            and cr.person_id != person.id
            and (held := parse_seasons(cr.seasons))
            and max(held) < min(seasons)
        ]
        if not earlier:
            continue
        said = [
            f"{c.kb.people[cr.person_id].name} {_DID.get(cr.role, 'held that role on')} {show.title} "
            f"{_seasons(cr.seasons)}"
            for cr in earlier
            if cr.person_id in c.kb.people
        ]
        people = [c.kb.people[cr.person_id].name for cr in earlier if cr.person_id in c.kb.people]
        text = f"{'; '.join(said)}, before {person.name} (season {credit.seasons})."
        articles = [cr.article_id for cr in (credit, *earlier)]
        return Answer(
            text=text, kind="answer", intent="directors" if credit.role == "director" else "crew",
            confidence=0.9, answers=tuple(people), sources=sources_for(c.kb, articles), show_id=show.id,
        )  # fmt: skip
    return None


def _seasons(text: str | None) -> str:
    """'seasons 1–2', 'season 3'."""
    plural = "s" if len(parse_seasons(text)) > 1 else ""
    return f"season{plural} {(text or '').replace('-', '–')}"
