"""A film's facts per relation, in the order answers list them, and the films of a person or a tag.

A catalog title can merge several films (MetaQA keeps one "The Bat" for the 1926 and 1959 films), so when a
title has more than one release year its values are ordered by which film they most likely belong to:
people the title's own tags mention come first (tags name the stars and makers of the best-known film), then
people whose other films lie nearest the title's first release year; genres, languages and tags go most
specific (rarest) first. A question that names one of the years ("King Kong 2005") puts the values of that
film first: the people whose other films lie nearest that year, and that year itself. Single films keep the
catalog's own (billing) order.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable

from db.knowledge import Knowledge, PersonFacts, ShowFacts

PERSON_RELATIONS = {"director": "director", "writer": "writer", "actor": "actor"}
DESCRIPTOR_KINDS = {"genre": "genre", "language": "language", "tag": "tag", "votes": "imdb_votes"}


def years(show: ShowFacts) -> list[int]:
    """Distinct release years of the show as a whole (not of its seasons), earliest first."""
    found: set[int] = set()
    for release in show.releases:
        if release.season is None:
            year = release.year if release.year is not None else release.on.year if release.on else None
            if year is not None:
                found.add(year)
    return sorted(found)


def people_for(kb: Knowledge, show: ShowFacts, role: str, year: int | None = None) -> list[PersonFacts]:
    """The show's people in `role`, each once, in answer order (those of the film of `year` first, when the
    title merges several films and `year` is one of them)."""
    seen: set[int] = set()
    people: list[PersonFacts] = []
    for credit in sorted((c for c in show.credits if c.role == role), key=lambda c: (c.billing, c.id)):
        if credit.person_id not in seen and credit.person_id in kb.people:
            seen.add(credit.person_id)
            people.append(kb.people[credit.person_id])
    return _by_affinity(kb, show, people, year) if len(people) > 1 else people


def _by_affinity(
    kb: Knowledge, show: ShowFacts, people: list[PersonFacts], year: int | None = None
) -> list[PersonFacts]:
    # People the show's tags name lead (tags often name a film's stars); with several release years, the
    # people whose careers sit nearest the first one come next. A year the question names outranks the tags:
    # it says which film is meant, so people go by how near their careers sit to it. Sorting is stable:
    # billing breaks ties.
    tags = {t.lower() for t in show.descriptors.get("tag", [])}
    known = years(show)
    asked = year if year in known else None

    def key(person: PersonFacts) -> tuple[float, bool, bool]:
        untagged = person.name.lower() not in tags
        if len(known) < 2:
            return (0.0, untagged, False)
        career = _career_year(kb, person, show.id)
        if asked is not None:
            return (abs(career - asked) if career is not None else math.inf, untagged, False)
        nearest = min(known, key=lambda y: abs(y - career)) if career is not None else None
        return (0.0, untagged, nearest not in (None, known[0]))

    return sorted(people, key=key)


def _tagged_year(kb: Knowledge, show: ShowFacts) -> int | None:
    """Of a merged title's years, the one its tagged people's careers point to (None on a tie)."""
    known = years(show)
    tags = {t.lower() for t in show.descriptors.get("tag", [])}
    votes: Counter[int] = Counter()
    for credit in show.credits:
        person = kb.people.get(credit.person_id)
        if person is not None and person.name.lower() in tags:
            career = _career_year(kb, person, show.id)
            if career is not None:
                votes[min(known, key=lambda y: abs(y - career))] += 1
    top = votes.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _career_year(kb: Knowledge, person: PersonFacts, skip: int) -> float | None:
    dated = []
    for credit in person.credits:
        other = kb.shows.get(credit.show_id)
        if other is not None and credit.show_id != skip:
            other_years = years(other)
            if len(other_years) == 1:
                dated.append(other_years[0])
    return statistics.median(dated) if dated else None


def descriptor_values(kb: Knowledge, show: ShowFacts, kind: str) -> list[str]:
    """Genres, languages or tags, each once; most specific first when the title merges several films."""
    values = list(dict.fromkeys(show.descriptors.get(kind, [])))
    if len(years(show)) > 1 and len(values) > 1:
        index = kb.descriptor_index
        values.sort(key=lambda v: len(index.get((kind, v.lower()), ())))
    return values


def rating_values(show: ShowFacts) -> list[str]:
    """IMDb user ratings: numeric scores ("7.1/10") first, then the catalog's words ("good")."""
    scores = [f"{r.value:g}{r.scale}" for r in show.ratings if r.source.lower() == "imdb"]
    scores += [f"{r.value:g}{r.scale} ({r.source})" for r in show.ratings if r.source.lower() != "imdb"]
    return list(dict.fromkeys(scores + show.descriptors.get("imdb_rating", [])))


def film_values(kb: Knowledge, show: ShowFacts, relation: str, year: int | None = None) -> list[str]:
    """Every value of `relation` for the show, in answer order; `year` is a year the question names."""
    if relation in PERSON_RELATIONS:
        return [p.name for p in people_for(kb, show, PERSON_RELATIONS[relation], year)]
    if relation == "year":
        known = years(show)
        first = (year if year in known else _tagged_year(kb, show)) if len(known) > 1 else None
        return [str(y) for y in sorted(known, key=lambda y: y != first)]
    if relation == "rating":
        return rating_values(show)
    return descriptor_values(kb, show, DESCRIPTOR_KINDS[relation])


def films_of(kb: Knowledge, person: PersonFacts, roles: Iterable[str]) -> list[ShowFacts]:
    """The person's films in any of `roles`, each once, newest first; with several roles, the films the
    person holds most of them in come first (one they directed and starred in answers "what has X made"
    whichever role was meant)."""
    wanted = set(roles)
    held: dict[int, set[str]] = {}
    for credit in person.credits:
        if credit.role in wanted and credit.show_id in kb.shows:
            held.setdefault(credit.show_id, set()).add(credit.role)
    shows = [kb.shows[show_id] for show_id in held]
    return sorted(shows, key=lambda s: (-len(held[s.id]), -(years(s) or [0])[-1], s.title))


def films_tagged(kb: Knowledge, tag: str, kind: str = "tag") -> list[ShowFacts]:
    """Films carrying the tag (case-insensitive), newest first."""
    ids = dict.fromkeys(kb.descriptor_index.get((kind, tag.lower()), []))
    shows = [kb.shows[i] for i in ids if i in kb.shows]
    return sorted(shows, key=lambda s: (-(years(s) or [0])[-1], s.title))
