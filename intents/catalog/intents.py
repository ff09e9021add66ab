"""Catalog intents, and `with_catalog`, which joins them to the engine's intents.

Questions about films share their phrasing with questions about series ("who directed X"), so the intents
that already exist for a relation are extended instead of duplicated: they learn the catalog phrasings and
their handler answers from the catalog when the question names a film or a catalog person, and falls back
to the original handler otherwise (Heartstopper keeps its news-based answers). Relations no existing intent
covers get intents of their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from intents.answer import Answer
from intents.catalog.answers import Handler, answer
from intents.query import Query
from intents.registry import Intent

FILM_FIRST = ("show", "person", "tag")
PERSON_FIRST = ("person", "show", "tag")
TAG_FIRST = ("tag", "person", "show")

# Existing intent -> (default relation, entity kinds in order of preference, extra phrasings, extra cues).
EXTENSIONS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "directors": (
        "director",
        FILM_FIRST,
        (
            "who directed the film {show}",
            "who directed the movie {show}",
            "which person directed {show}",
            "who is listed as director for {show}",
            "the director of {show} was who",
            "who was {show} directed by",
            "the film {show} was directed by who",
            "who is the director that directed {show}",
            "who's the director of {show}",
            "who was the director of {show}",
            "the director of {show} was",
        ),
        ("direct",),
    ),
    "creator": (
        "writer",
        FILM_FIRST,
        (
            "who wrote the film {show}",
            "who wrote the screenplay for {show}",
            "who was {show} written by",
            "which screenwriter wrote the script for {show}",
            "who is the writer of the film {show}",
            "{show} is a film written by this person",
            "the film {show} was written by who",
            "who is the creator of the film script for {show}",
            "which person wrote the movie {show}",
            "who in the world wrote {show}",
            "who's the writer of {show}",
        ),
        ("written", "writer", "screenplay", "script", "screenwriter"),
    ),
    "cast": (
        "actor",
        FILM_FIRST,
        (
            "who acted in {show}",
            "who starred in {show}",
            "who acted in the movie {show}",
            "the movie {show} starred who",
            "the film {show} starred which actors",
            "who was in the film {show}",
        ),
        ("starred", "acted"),
    ),
    "premiere": (
        "year",
        FILM_FIRST,
        (
            "what year was {show} released",
            "when was the film {show} released",
            "what was the release year of {show}",
            "what was the release date of the movie {show}",
            "the movie {show} when was it released",
            "{show} when was it released",
            "what year is {show} from",
        ),
        ("release year", "what year"),
    ),
    "ratings": (
        "rating",
        FILM_FIRST,
        (
            "what is the rating of {show}",
            "how would people rate {show}",
            "is {show} considered good",
            "what do people think of {show}",
            "what did audiences think of {show}",
            "what is popular opinion about {show}",
            "what rating would people give {show}",
        ),
        ("considered good", "opinion", "think of"),
    ),
    "about": (
        "tag",
        FILM_FIRST,
        (
            "describe {show}",
            "what words describe {show}",
            "which topics is {show} about",
            "describe the movie {show} in a few words",
            "what terms are applicable to {show}",
            "can you give a few words describing {show}",
            "what are some words that describe the film {show}",
            "what tags does {show} have",
            "keywords for {show}",
        ),
        ("describe", "describing", "words", "topics", "terms", "keywords", "tags"),
    ),
    "other_work": (
        "any",
        PERSON_FIRST,
        (
            "what movies did {person} act in",
            "what films did {person} star in",
            "what does {person} act in",
            "what does {person} appear in",
            "{person} appears in which movies",
            "what movies was {person} an actor in",
            "which films did {person} direct",
            "what films did {person} direct",
            "{person} directed which films",
            "what is a film directed by {person}",
            "{person} was the director of which movies",
            "what movies did {person} write",
            "which film did {person} write the story for",
            "what is a movie written by {person}",
            "which movies was {person} the writer of",
            "can you name a film directed by {person}",
            "which movie was {person} the director for",
        ),
        ("act in", "acted in", "star in", "starred in", "appear in", "appears in", "films", "movies"),
    ),
}

NEW_INTENTS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        "film_genre",
        "genre",
        FILM_FIRST,
        (
            "what genre is {show}",
            "what genre is {show} in",
            "what kind of movie is {show}",
            "what type of film is {show}",
            "what sort of film is {show}",
            "what is the genre of {show}",
            "what genre does {show} fall under",
            "{show} genre",
            "what film genre is {show}",
        ),
        (
            "genre",
            "genres",
            "kind of movie",
            "kind of film",
            "type of movie",
            "type of film",
            "sort of movie",
            "sort of film",
        ),
        "what genre is Kismet?",
    ),
    (
        "film_language",
        "language",
        FILM_FIRST,
        (
            "what language is {show} in",
            "what is the language spoken in {show}",
            "what is the primary language in the film {show}",
            "what is the main language in {show}",
            "{show} language",
            "what language is the movie {show}",
        ),
        ("language", "languages", "spoken"),
        "what language is Kismet in?",
    ),
    (
        "film_popularity",
        "votes",
        FILM_FIRST,
        (
            "how popular is {show}",
            "how popular was the movie {show}",
            "how famous is {show}",
            "how well known is {show}",
            "what is the popularity of {show}",
        ),
        ("popular", "popularity", "famous", "well known"),
        "how popular is Kismet?",
    ),
    (
        "tag_films",
        "tag",
        TAG_FIRST,
        (
            "what movies are about topic",
            "which films can be described by topic",
            "films about topic",
            "what movies can be described with topic",
            "movies tagged topic",
            "recommend a film about topic",
            "what movies are about {person}",
            "which films are about {show}",
            "which films can be described by {person}",
        ),
        ("described by", "described with", "are about", "films about", "movies about", "tagged"),
        "which films are about world war ii?",
    ),
)


def _handler(default: str, prefer: tuple[str, ...], fallback: Handler | None) -> Handler:
    async def handle(q: Query) -> Answer:
        return await answer(q, default, prefer, fallback)

    return handle


def with_catalog(intents: Sequence[Intent]) -> list[Intent]:
    """The given intents, extended for catalog questions, plus the catalog's own intents."""
    result: list[Intent] = []
    for intent in intents:
        extension = EXTENSIONS.get(intent.name)
        if extension is None:
            result.append(intent)
            continue
        default, prefer, examples, cues = extension
        result.append(
            dataclasses.replace(
                intent,
                examples=intent.examples + examples,
                cues=intent.cues + cues,
                handler=_handler(default, prefer, intent.handler),
            )
        )
    for name, default, prefer, examples, cues, sample in NEW_INTENTS:
        result.append(
            Intent(name, examples, _handler(default, prefer, None), cues, subject="", sample=sample)
        )
    return result
