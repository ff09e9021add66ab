"""Which seasons someone talked about is in: "which season is she in", "what season does he show up". The
seasons their credit on the show talked about names, or, when the facts credit the cast to the show as a
whole, that which seasons is not known (a cast list holds for the show, not for each season of it). A crew
member's season, asked of a person named, is intents.understand.crew_seasons's."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation
from intents.query import parse_seasons
from intents.understand.checked_roles import LEAD_BILLING

_ASKING = frozenset({"which", "what"})
_SEASON_NOUNS = frozenset({"season", "seasons", "series"})
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
# All such a question may say besides those: "which season is she in", "what seasons does he appear in".
_ALONE = (
    _ASKING
    | _SEASON_NOUNS
    | _PRONOUNS
    | frozenset(
        """is are was were does do did in show shows showed up appear appears appeared turn turns come comes
        into feature featured star stars join joins joined so and ok okay then again exactly first""".split()
    )
)


def seasons_of_person(tokens: list[str], conv: Conversation, kb: Knowledge) -> Answer | None:
    """The seasons of the show talked about the person talked about acts in; None when the question asks
    anything else or they have no part on it."""
    words = set(tokens)
    if _ASKING.isdisjoint(words) or _SEASON_NOUNS.isdisjoint(words) or _PRONOUNS.isdisjoint(words):
        return None
    if not words <= _ALONE or not conv.people:
        return None
    person, show = kb.people.get(conv.people[0]), kb.shows.get(conv.show_in_talk or -1)
    if person is None or show is None:
        return None
    acting = [cr for cr in person.credits if cr.show_id == show.id and cr.role == "actor"]
    if not acting:
        return None
    seasons = sorted({n for cr in acting for n in parse_seasons(cr.seasons)})
    if seasons:
        noun = "season" if len(seasons) == 1 else "seasons"
        text = f"{person.name} is in {show.title} {noun} {', '.join(str(n) for n in seasons)}."
    elif any(cr.billing <= LEAD_BILLING for cr in acting):
        # A lead is in every season as a rule (understand/credit_checks.py answers "is he in season 3" so).
        text = (
            f"Every season, as far as my facts go: they credit the cast of {show.title} to the show, not "
            f"season by season. {person.name} is in {show.title}."
        )
    else:
        text = (
            f"I don't know which seasons {person.name} is in: my facts credit the cast of {show.title} "
            f"to the show, not season by season. {person.name} is in {show.title}."
        )
    return Answer(text=text, kind="answer", intent="cast", confidence=0.9, show_id=show.id)
