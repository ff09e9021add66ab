"""A pick among the people the last answer listed, by the seasons or episodes each worked on: "which of them
did season three", "which one directed the first sixteen episodes", "who of those two did seasons 1 and 2"
after the show's directors are listed. The one listed person whose credit covers every season named (or has
that many episodes) is the answer: who did the seasons they are credited with ("who directed heartstopper
season 3")."""

from __future__ import annotations

import itertools

from db.knowledge import CreditFact, Knowledge
from intents.dialogue import Conversation
from intents.fitting_shows import covers, seasons_asked
from intents.query import parse_seasons
from intents.text import NUMBER_WORDS, fold
from intents.understand.listed_picks import PICKS, people_listed, picked_by
from intents.understand.role_words import ROLE_WORDS

# "who of those two", besides the picks of a listed person by what they do.
SEASON_PICKS: tuple[tuple[str, ...], ...] = (("who", "of", "those"), ("who", "of", "these"), *PICKS)
_EPISODE_NOUNS = frozenset({"episodes", "eps", "episode"})
# Counts of episodes fans spell out ("the first sixteen episodes"), past the ten NUMBER_WORDS holds.
_TEEN_WORDS = "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
_TEENS = {word: n for n, word in enumerate(_TEEN_WORDS, start=11)}
_LISTED = 2


def pick_by_season(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "which of them did season 3" as a question about the one listed person credited with it; None when
    it is no such pick, names no season or episode count, or not exactly one listed person fits."""
    asked = picked_by(tokens, SEASON_PICKS)
    if not asked:
        return None
    numbers = set().union(*seasons_asked(asked)) if seasons_asked(asked) else set()
    episodes = episodes_counted(asked)
    if not numbers and episodes is None:
        return None
    listed = people_listed(conv)
    if len(listed) < _LISTED:
        return None
    fits: list[tuple[str, CreditFact]] = []
    for person_id in listed:
        person = kb.people.get(person_id)
        credits = [] if person is None else _ordered(person.credits, conv.last_show_id)
        fit = next((c for c in credits if _fits(c, numbers, episodes)), None)
        if person is not None and fit is not None:
            fits.append((person.name, fit))
    if len(fits) != 1:
        return None
    name, credit = fits[0]
    show = kb.shows.get(credit.show_id)
    title = fold(show.title).split() if show is not None else []
    seasons = sorted(parse_seasons(credit.seasons))
    role = ROLE_WORDS.get(credit.role)
    if role is None or not seasons or not title:
        return ["what", "did", *fold(name).split(), "do", "on", *title]
    # Who did the seasons that person is credited with: the answer names them, and only them, as its answer.
    said = [str(seasons[0])] if len(seasons) == 1 else [*map(str, seasons[:-1]), "and", str(seasons[-1])]
    return ["who", role.verbs[0], *title, "season" if len(seasons) == 1 else "seasons", *said]


def episodes_counted(tokens: list[str]) -> int | None:
    """The count of "the first 16 episodes", "all sixteen eps"; None when no count of episodes is named."""
    for word, after in itertools.pairwise(tokens):
        if after in _EPISODE_NOUNS:
            count = int(word) if word.isdigit() else NUMBER_WORDS.get(word) or _TEENS.get(word)
            if count:
                return count
    return None


def _ordered(credits: list[CreditFact], show_id: int | None) -> list[CreditFact]:
    # The credits on the show talked about first: a person may have worked on seasons of another one.
    return sorted(credits, key=lambda c: c.show_id != show_id)


def _fits(credit: CreditFact, numbers: set[int], episodes: int | None) -> bool:
    if numbers and not covers(credit.seasons, numbers):
        return False
    return episodes is None or credit.episodes == episodes
