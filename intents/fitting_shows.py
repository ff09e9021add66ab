"""The show a question naming none means, when the facts hold several and nothing else says which: the
best-covered one whose facts can answer what it asks. "is the critics score above the audience one?" means a
show holding both scores, "emmys vs baftas?" one with records of both, "what else has the director of s1&2
done?" one whose director is credited with both seasons: never one that would only answer "I don't know"."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Literal

from db.knowledge import Knowledge, ShowFacts
from intents.rating_sites import RATING_SITES, rating_site_span
from intents.seasons import SeasonRef, find_season

Need = Callable[[ShowFacts], bool]
FactKind = Literal["ratings", "awards", "directors"]

_CRITICS_WORDS = frozenset({"critics", "critic", "tomatometer"})
_AUDIENCE_WORDS = frozenset({"audience", "audiences", "popcorn"})
_FANS_WORDS = frozenset({"fans", "viewers", "users"})
_BOTH_WORDS = frozenset({"two", "both"})
_SCORE_NOUNS = frozenset({"scores", "numbers", "ratings"})
# Award bodies as fans name them, with a word of the body's name in the facts ("Emmy Awards", "BAFTA").
_AWARD_BODIES = {"emmy": "emmy", "emmys": "emmy", "bafta": "bafta", "baftas": "bafta", "globes": "globe"}
_DIRECTOR_WORDS = frozenset({"director", "directors", "directed", "directs", "direct", "directing"})
# "the first two seasons": how many seasons a run from the one named counts.
_RUN_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_JOINERS = frozenset({"and", "&", "+", "through", "to", "thru"})
_MOST_SEASONS = 6


def covers(seasons: str | None, numbers: set[int]) -> bool:
    """Whether a credit's seasons ("1-2", "3") hold every one of the numbered seasons."""
    first, _, last = (seasons or "").partition("-")
    if not first.isdigit():
        return False
    low, high = int(first), int(last) if last.isdigit() else int(first)
    return all(low <= n <= high for n in numbers)


def _numbers_at(tokens: list[str], season: SeasonRef) -> tuple[set[int], int]:
    """The numbers one season reference names, one ("s1"), a run ("the first two seasons") or a pair
    ("s1&2", "seasons 1 and 2"), and where its words end."""
    if season.number is None:
        return set(), season.end
    counted = next((_RUN_COUNTS[w] for w in tokens[season.start : season.end] if w in _RUN_COUNTS), None)
    if counted is not None and tokens[season.start] == "first":
        return set(range(season.number, season.number + counted)), season.end
    numbers, end = {season.number}, season.end
    for at in range(season.end, min(season.end + 3, len(tokens))):
        word = tokens[at]
        number = word[1:] if word.startswith("s") else word
        if number.isdigit() and 0 < int(number) < 100:
            numbers.add(int(number))
            end = at + 1
        elif word not in _JOINERS:
            break
    return numbers, end


def seasons_asked(tokens: list[str]) -> list[set[int]]:
    """The numbers each season reference of the question names: "s1&2" one pair, "season 1's director the
    same as season 3's" two seasons apart."""
    words, numbers = list(tokens), list[set[int]]()
    while (season := find_season(words)) is not None and len(numbers) < _MOST_SEASONS:
        named, end = _numbers_at(words, season)
        numbers.append(named)
        words[season.start : end] = ["-"] * (end - season.start)  # read: set aside
        if season.number is None:
            break
    return numbers


def _episodes_asked(tokens: list[str]) -> int | None:
    """The count of "the first 16 episodes", "all 16 eps"."""
    for word, after in itertools.pairwise(tokens):
        if word.isdigit() and after in ("episodes", "eps", "episode"):
            return int(word)
    return None


def _awarded_by(body: str) -> Need:
    """A show with any record (won, nominated, or none) from the award body."""
    return lambda show: any(body in award.body.lower() for award in show.awards)


def _directed(numbers: set[int]) -> Need:
    """A show with a director credited with every one of the seasons ("s1&2": one director for both)."""
    return lambda show: any(c.role == "director" and covers(c.seasons, numbers) for c in show.credits)


def _rated_by(audience: Literal["critics", "audience"], site: str | None) -> Need:
    """A show with a score from that audience (on that site, when one is named)."""
    return lambda show: any(
        (r.audience == "critics") == (audience == "critics") and site in (None, r.source)
        for r in show.ratings
    )


def _rated_twice(site: str | None) -> Need:
    """A show with two scores ("the two rt scores"), on that site when one is named."""
    return lambda show: sum(site in (None, r.source) for r in show.ratings) >= 2


def _needs(tokens: list[str]) -> tuple[list[Need], set[FactKind]]:
    """What a show's facts must hold to answer the question, and the kinds of facts that is."""
    words = set(tokens)
    needs: list[Need] = []
    span = rating_site_span(tokens)
    said = " ".join(tokens[span[0] : span[1]]) if span is not None else None
    site = next((name for names, name in RATING_SITES if said in names), None)
    if site is not None:
        needs.append(lambda show: any(r.source == site for r in show.ratings))
    critics = bool(words & _CRITICS_WORDS)
    if critics:
        needs.append(_rated_by("critics", site))
    # "critics or fans": the fans' score is the audience one
    if words & _AUDIENCE_WORDS or (critics and words & _FANS_WORDS):
        needs.append(_rated_by("audience", site))
    if words & _BOTH_WORDS and words & _SCORE_NOUNS:
        needs.append(_rated_twice(site))
    kinds: set[FactKind] = {"ratings"} if needs else set()
    bodies = {body for word, body in _AWARD_BODIES.items() if word in words}
    needs.extend(_awarded_by(body) for body in bodies)
    kinds |= {"awards"} if bodies else set()
    if words & _DIRECTOR_WORDS:
        directing = [_directed(numbers) for numbers in seasons_asked(tokens) if numbers]
        if (count := _episodes_asked(tokens)) is not None:
            directing.append(lambda s: any(c.role == "director" and c.episodes == count for c in s.credits))
        needs.extend(directing)
        kinds |= {"directors"} if directing else set()
    return needs, kinds


def _coverage(show: ShowFacts, kinds: set[FactKind]) -> int:
    """How many facts of the kinds asked the show holds."""
    held = {
        "ratings": len(show.ratings),
        "awards": len(show.awards),
        "directors": sum(c.role == "director" for c in show.credits),
    }
    return sum(held[kind] for kind in kinds)


def fitting_show(kb: Knowledge, tokens: list[str]) -> ShowFacts | None:
    """Of the shows whose facts hold what the question asks, the best covered: news first, then the most
    facts of the kinds asked, then the most facts; None when it asks nothing that tells shows apart, or no
    show holds it."""
    needs, kinds = _needs(tokens)
    if not needs:
        return None
    fitting = [show for show in kb.shows.values() if all(need(show) for need in needs)]
    return max(
        fitting,
        key=lambda s: (
            s.article_id is not None and kb.from_news(s.article_id),
            _coverage(s, kinds),
            s.fact_count,
            -s.id,
        ),
        default=None,
    )
