"""Catalog intents, and `with_catalog`, which joins them to the engine's intents.

Questions about films share their phrasing with questions about series ("who directed X"), so the intents
that already exist for a relation are extended instead of duplicated: they learn the catalog phrasings and
their handler answers from the catalog when the question names a film or a catalog person, and falls back
to the original handler otherwise (Heartstopper keeps its news-based answers). Relations no existing intent
covers get intents of their own. Which fact is wanted is finally read from the cue words around the name
(`answers.cue_relation`), so two catalog intents that both fit a question give the same answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from intents.answer import Answer
from intents.catalog.answers import answer
from intents.catalog.extension import FILM_FIRST, FILMS, PEOPLE, PERSON_FIRST, TAG_FIRST, Extension, _lines
from intents.catalog.link import SLOTS
from intents.query import Query
from intents.registry import Handler, Intent, Subject, slot_form

# Questions whose answer is a list of films: these words say so whatever the person is credited as.
_FILMS_WANTED = _lines("""
    which movie\nwhich movies\nwhat movie\nwhat movies\nwhich film\nwhich films\nwhat film\nwhat films
    film directed by\nfilms directed by\nmovie directed by\nmovies directed by
    film written by\nfilms written by\nmovie written by\nmovies written by
""")

EXTENSIONS: dict[str, Extension] = {
    "directors": Extension(
        "director",
        FILMS,
        _lines("""
        who directed the film {show}
        who was the director of {show}
        director of the movie {show}
        which director made {show}
        who was {show} directed by
        the film {show} was directed by
        who is listed as the director of {show}
        name the director of {show}
        which person directed {show}
    """),
        (),
    ),
    "creator": Extension(
        "writer",
        FILMS,
        _lines("""
        who wrote the film {show}
        who wrote the script of {show}
        who was the screenwriter of {show}
        who was {show} written by
        the movie {show} was written by
        which writer wrote {show}
        who is listed as the writer of {show}
        who wrote the screenplay for {show}
        writer of {show}
    """),
        ("written", "writer", "writers", "screenplay", "script", "screenwriter"),
    ),
    "cast": Extension(
        "actor",
        FILMS,
        _lines("""
        who acted in {show}
        who starred in the film {show}
        which actors appear in {show}
        the movie {show} starred
        who was in the cast of {show}
        who is listed in the cast of {show}
        who played in {show}
        actors of {show}
    """),
        ("starred", "acted"),
    ),
    "premiere": Extension(
        "year",
        FILMS,
        _lines("""
        what year was {show} released
        when did the film {show} come out
        release year of {show}
        what is the release date of {show}
        which year did {show} come out
        when was the movie {show} made
        what year is {show} from
    """),
        ("release year", "what year", "which year", "release date"),
    ),
    "ratings": Extension(
        "rating",
        FILMS,
        _lines("""
        what is the imdb rating of {show}
        how is {show} rated
        what do people think of {show}
        how did audiences rate {show}
        is {show} considered good
        what rating does {show} have
        what is the general opinion of {show}
        is {show} a good movie
        was {show} any good
        how good is {show}
        how did people like {show}
    """),
        ("considered good", "opinion", "think of"),
    ),
    "about": Extension(
        "tag",
        FILMS,
        _lines("""
        describe {show}
        describe the film {show} in a few words
        what words describe {show}
        what are the tags of {show}
        which topics does {show} cover
        keywords for {show}
        what is the movie {show} about
        give me a few words about {show}
    """),
        ("describe", "describing", "description", "words", "topics", "terms", "keywords", "tags"),
    ),
    # Catalog people answer from the catalog; their phrasings are the person_films intent's, below.
    "other_work": Extension("any", PEOPLE, ()),
}

NEW_INTENTS: dict[str, Extension] = {
    "person_films": Extension(
        "any",
        PERSON_FIRST,
        _lines("""
        what films did {person} act in
        what movies has {person} starred in
        which films does {person} appear in
        what has {person} acted in
        movies with {person}
        what does {person} act in
        what does {person} appear in
        what has {person} appeared in
        what films did {person} direct
        which movies has {person} directed
        name a film directed by {person}
        films directed by {person}
        what films did {person} write
        which movies has {person} written
        movies written by {person}
        what did {person} write the screenplay for
        which films was {person} a writer on
        what movies was {person} in
        filmography of {person}
    """),
        # Base-form verbs ask for a person's films ("what does X act in"); "acted in" is also cast phrasing.
        (*_FILMS_WANTED, "star in", "act in", "appear in"),
        ("other_work", "profile", "plays_whom", "directors", "creator", "cast", "premiere"),
        "what films did Marlene Dietrich act in?",
    ),
    "film_facts": Extension(
        "genre",
        FILM_FIRST,
        _lines("""
        what genre is {show}
        what kind of film is {show}
        which genre does {show} belong to
        genre of the movie {show}
        what type of movie is {show}
        is {show} a comedy or a drama
        what sort of film is {show}
        {show} genre
        what language is {show} in
        which language is spoken in {show}
        what is the original language of {show}
        language of the film {show}
        in what language was {show} made
        how popular is {show}
        how famous is the film {show}
        how well known is {show}
        is {show} popular
    """),
        (
            "genre",
            "genres",
            "kind of movie",
            "kind of film",
            "type of movie",
            "type of film",
            "sort of movie",
            "sort of film",
            "language",
            "languages",
            "spoken",
            "popular",
            "popularity",
            "famous",
            "well known",
        ),
        ("about", "other_work", "ratings", "person_films"),
        "what genre is Kismet, and what language is it in?",
    ),
    "tag_films": Extension(
        "tag",
        TAG_FIRST,
        _lines("""
        which films are about topic
        movies about topic
        what films can be described as topic
        films tagged topic
        show me movies about topic
        find films described by topic
        which movies are about {show}
        which films are about {person}
        films described by {person}
    """),
        (
            "described by",
            "described with",
            "described as",
            "are about",
            "films about",
            "movies about",
            "tagged",
        ),
        ("about", "other_work", "person_films"),
        "which films are about world war ii?",
        Subject.OWN,
    ),
}


# A person known from the news, not the catalog, asked for films ("what movies has she done"): their other
# work. Only with a film word: "the show X stars in" is a description, answered by the chain.
_NEWS_FALLBACKS = {"person_films": "other_work"}
_FILM_WORDS = ("film", "films", "movie", "movies")


def _handler(
    ext: Extension, fallback: Handler | None, frames: tuple[str, ...], films_only: bool = False
) -> Handler:
    words = frozenset(w for frame in frames for w in frame.split()) - set(SLOTS.values())

    async def handle(q: Query) -> Answer:
        used = fallback if not films_only or q.has(*_FILM_WORDS) else None
        return await answer(q, ext.default, ext.prefer, used, frames, words)

    return handle


def with_catalog(intents: Sequence[Intent]) -> list[Intent]:
    """The given intents, extended for catalog questions, plus the catalog's own intents (idempotent)."""
    if any(intent.name in NEW_INTENTS for intent in intents):
        return list(intents)
    examples = [e for i in intents if i.name in EXTENSIONS for e in i.examples]
    examples += [e for ext in (*EXTENSIONS.values(), *NEW_INTENTS.values()) for e in ext.examples]
    # Every catalog phrasing, in slot form: how the catalog's linking tells a title from the question's words.
    frames = tuple(dict.fromkeys(slot_form(e) for e in examples))
    result: list[Intent] = []
    for intent in intents:
        ext = EXTENSIONS.get(intent.name)
        if ext is None:
            result.append(intent)
            continue
        result.append(
            dataclasses.replace(
                intent,
                examples=intent.examples + ext.examples,
                cues=intent.cues + ext.cues,
                outranks=intent.outranks + ext.outranks,
                handler=_handler(ext, intent.handler, frames),
            )
        )
    handlers = {intent.name: intent.handler for intent in result}
    for name, ext in NEW_INTENTS.items():
        fallback = handlers.get(_NEWS_FALLBACKS.get(name, ""))
        handler = _handler(ext, fallback, frames, films_only=True)
        result.append(
            Intent(
                name,
                ext.examples,
                handler,
                ext.cues,
                subject=ext.subject,
                sample=ext.sample,
                outranks=ext.outranks,
            )
        )
    return result
