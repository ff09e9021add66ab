"""Relation paths over the catalog: the types a multi-hop question is read into, and the walk over the facts.

A catalog relation links a film to a value (a person, a year, a genre...), as in the MetaQA/WikiMovies KB.
A path is a sequence of Hops, each a relation read forwards (film -> value) or inverted (value -> films):
"who acted in the films directed by the director of Kismet" is (directed_by, directed_by inverted,
starred_actors). Walking a path starts from the topic entity and, like MetaQA's answers, never returns the
topic itself at any hop ("co-stars of X" are not X; "films sharing a director with F" are not F).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import NamedTuple

from db.knowledge import Knowledge
from intents.catalog import facts
from intents.snapshot_memo import PerSnapshot
from intents.text import fold


class ValueKind(enum.Enum):
    """What a relation's values (and a walk's nodes) are."""

    FILM = "film"
    PERSON = "person"
    YEAR = "year"
    GENRE = "genre"
    LANGUAGE = "language"
    TAG = "tag"
    RATING = "rating"
    VOTES = "votes"

    # A member is its one object: hashed by identity in C, not by Enum's Python-level hash of its name (a
    # walk's node is hashed by its kind some hundred times a 3-hop question).
    __hash__ = object.__hash__


class CatalogRelation(enum.Enum):
    """The KB relations, each from a film to values of one kind; `role` is the credit role for people."""

    DIRECTED_BY = "directed_by"
    WRITTEN_BY = "written_by"
    STARRED_ACTORS = "starred_actors"
    RELEASE_YEAR = "release_year"
    IN_LANGUAGE = "in_language"
    HAS_GENRE = "has_genre"
    HAS_TAGS = "has_tags"
    HAS_IMDB_VOTES = "has_imdb_votes"
    HAS_IMDB_RATING = "has_imdb_rating"

    @property
    def value_kind(self) -> ValueKind:
        """The kind of the relation's values."""
        return _VALUE_KINDS[self]

    @property
    def answer_relation(self) -> str:
        """The relation's name in the catalog answers (intents.catalog.facts): 'director', 'genre'..."""
        return _ANSWER_RELATIONS[self]


_VALUE_KINDS = {
    CatalogRelation.DIRECTED_BY: ValueKind.PERSON,
    CatalogRelation.WRITTEN_BY: ValueKind.PERSON,
    CatalogRelation.STARRED_ACTORS: ValueKind.PERSON,
    CatalogRelation.RELEASE_YEAR: ValueKind.YEAR,
    CatalogRelation.IN_LANGUAGE: ValueKind.LANGUAGE,
    CatalogRelation.HAS_GENRE: ValueKind.GENRE,
    CatalogRelation.HAS_TAGS: ValueKind.TAG,
    CatalogRelation.HAS_IMDB_VOTES: ValueKind.VOTES,
    CatalogRelation.HAS_IMDB_RATING: ValueKind.RATING,
}
_ANSWER_RELATIONS = {
    CatalogRelation.DIRECTED_BY: "director",
    CatalogRelation.WRITTEN_BY: "writer",
    CatalogRelation.STARRED_ACTORS: "actor",
    CatalogRelation.RELEASE_YEAR: "year",
    CatalogRelation.IN_LANGUAGE: "language",
    CatalogRelation.HAS_GENRE: "genre",
    CatalogRelation.HAS_TAGS: "tag",
    CatalogRelation.HAS_IMDB_VOTES: "votes",
    CatalogRelation.HAS_IMDB_RATING: "rating",
}
# Descriptor kinds as stored (db.importers.triples.DESCRIPTOR_KINDS).
_DESCRIPTOR_KINDS = {
    CatalogRelation.IN_LANGUAGE: "language",
    CatalogRelation.HAS_GENRE: "genre",
    CatalogRelation.HAS_TAGS: "tag",
    CatalogRelation.HAS_IMDB_VOTES: "imdb_votes",
    CatalogRelation.HAS_IMDB_RATING: "imdb_rating",
}


class Hop(NamedTuple):
    """One step of a path: a relation, read from films to values, or inverted (values -> films)."""

    relation: CatalogRelation
    inverse: bool


class Node(NamedTuple):
    """A walk's node: a film or person by id, or a value (year, genre...) by its text. (A tuple: made, and
    hashed as a dictionary key, hundreds of times a 3-hop question, at a tuple's cost.)"""

    kind: ValueKind
    key: int | str


def node_name(kb: Knowledge, node: Node) -> str:
    """The display name of a node: a film's title, a person's name, or the value itself."""
    if node.kind is ValueKind.FILM and isinstance(node.key, int):
        return kb.shows[node.key].title
    if node.kind is ValueKind.PERSON and isinstance(node.key, int):
        return kb.people[node.key].name
    return str(node.key)


def walk(kb: Knowledge, start: Iterable[Node], path: tuple[Hop, ...]) -> list[Node]:
    """The nodes the path leads to from `start`, in a stable order (first reached first).

    The start's names are left out at every hop, as in MetaQA's answers; a hop whose relation does not fit
    the nodes it is applied to (an inverted director hop from a genre) leads nowhere.
    """
    current = list(dict.fromkeys(start))
    excluded = {fold(node_name(kb, n)) for n in current}
    for hop in path:
        reached: dict[Node, None] = {}
        step = _Step(kb, hop)
        for node in current:
            reached.update(dict.fromkeys(step(node)))  # a node reached again keeps its first place
        current = [n for n in reached if fold(node_name(kb, n)) not in excluded]
    return current


class _Step:
    """One hop from one node at a time: what the hop's relation asks is looked up once per hop, not per node
    (a 3-hop walk takes hundreds of steps)."""

    def __init__(self, kb: Knowledge, hop: Hop) -> None:
        self.kb = kb
        self.hop = hop
        self.kind = hop.relation.value_kind
        self.role = hop.relation.answer_relation

    def __call__(self, node: Node) -> Iterable[Node]:
        kb, relation, kind, role = self.kb, self.hop.relation, self.kind, self.role
        if not self.hop.inverse:
            show = (
                kb.shows.get(node.key) if node.kind is ValueKind.FILM and isinstance(node.key, int) else None
            )
            if show is None:
                return ()
            if kind is ValueKind.PERSON:
                return [Node(ValueKind.PERSON, c.person_id) for c in show.credits if c.role == role]
            if relation is CatalogRelation.RELEASE_YEAR:
                return [Node(ValueKind.YEAR, str(y)) for y in facts.years(show)]
            if relation is CatalogRelation.HAS_IMDB_RATING:
                return [Node(ValueKind.RATING, v) for v in facts.rating_values(show)]
            return [Node(kind, v) for v in show.descriptors.get(_DESCRIPTOR_KINDS[relation], ())]
        if node.kind is not kind:
            return ()
        shows = kb.shows
        if kind is ValueKind.PERSON and isinstance(node.key, int):
            person = kb.people.get(node.key)
            credits = person.credits if person is not None else []
            return [Node(ValueKind.FILM, c.show_id) for c in credits if c.role == role and c.show_id in shows]
        if relation is CatalogRelation.RELEASE_YEAR:
            return [Node(ValueKind.FILM, i) for i in films_of_year(kb).get(str(node.key), ())]
        if relation is CatalogRelation.HAS_IMDB_RATING:
            return ()  # films by rating value are not asked for; "rated 7.1" is no list of films
        ids = kb.descriptor_index.get((_DESCRIPTOR_KINDS[relation], str(node.key).lower()), ())
        return [Node(ValueKind.FILM, i) for i in ids if i in shows]


# Held beside its snapshot (weakly): warmed in the reload thread for the new one while questions read the
# old one's, and a replaced snapshot is kept alive by none of them.
_YEARS: PerSnapshot[Knowledge, dict[str, list[int]]] = PerSnapshot()


def films_of_year(kb: Knowledge) -> dict[str, list[int]]:
    """Release year -> film ids, built once per knowledge snapshot (about 15 ms with the 43k catalog)."""
    return _YEARS.get(kb, lambda: _films_by_year(kb))


def _films_by_year(kb: Knowledge) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for show in kb.shows.values():
        for year in facts.years(show):
            index.setdefault(str(year), []).append(show.id)
    return index
