"""Answers about catalog films, people and tags, from the knowledge snapshot (no database round trip).

`answers` always holds every value; `text` names the first ten and says how many more there are.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from db.knowledge import Knowledge, PersonFacts, ShowFacts
from intents.answer import Answer
from intents.catalog import facts
from intents.catalog.link import Found, find, year_in
from intents.catalog.words import QUESTION_WORDS, RELATION_CUES
from intents.linking import EntityIndex
from intents.number_spelling import cuts_joined_numbers
from intents.query import Query, join_names, sources_for
from intents.registry import Handler
from intents.snapshot_memo import SnapshotMemo
from intents.text import STOPWORDS, fold, title_case
from intents.understand.corrections import after_correction
from intents.understand.normalize import drop_chatter

LIST_LIMIT = 10
CLOSE_NAME = 88.0  # "did you mean" needs a name at least this close (fuzz.ratio), as engine.SUGGEST_CUTOFF
ROLE_VERBS = {"director": "directed", "writer": "wrote", "actor": "acted in"}
FILM_PHRASES = {
    "director": ("{t} was directed by {v}.", "a director for {t}"),
    "writer": ("{t} was written by {v}.", "a writer for {t}"),
    "actor": ("{t} stars {v}.", "a cast list for {t}"),
    "year": ("{t} was released in {v}.", "a release year for {t}"),
    "genre": ("{t} is a film of genre {v}.", "a genre for {t}"),
    "language": ("{t} is in {v}.", "a language for {t}"),
    "tag": ("{t} is described as: {v}.", "tags for {t}"),
    "rating": ("{t} is rated {v} by IMDb users.", "an IMDb rating for {t}"),
    "votes": ("{t} is {v} on IMDb, going by its number of votes.", "IMDb popularity for {t}"),
}


def cue_relation(words: list[str]) -> str | None:
    """The fact the words around a name ask for ("directed" -> director), or None."""
    padded = f" {' '.join(words)} "
    for relation, cues in RELATION_CUES:
        for cue in cues:  # loops, not any(): no generator step per cue
            if f" {cue} " in padded:
                return relation
    return None


def label(show: ShowFacts) -> str:
    """'Kismet (1944)', or 'The Bat (1926, 1959)' when a title covers several films."""
    known = facts.years(show) or ([show.year_key] if show.year_key else [])
    return f"{show.title} ({', '.join(map(str, known))})" if known else show.title


async def answer(
    q: Query,
    default: str,
    prefer: tuple[str, ...],
    fallback: Handler | None = None,
    frames: tuple[str, ...] = (),
    words: frozenset[str] = frozenset(),
) -> Answer:
    """Answer a catalog question; `default` is the relation when no cue word names one, `frames` the catalog
    phrasings in slot form and `words` their words (which never count as part of a name)."""
    if fallback is not None and _about_series(q):
        return await fallback(q)
    tokens = verbatim_tokens(q)
    found = find(_index(q), tokens, prefer, frames, words)
    if found is not None and cuts_joined_numbers(q.text, tokens, found.start, found.end):
        found = None  # "who directed 9-1-1": no question about the film "9"
    if fallback is not None and (found is None or not _from_catalog(q, found)):
        # Not a catalog film or person: the intent's own (news) handler answers, as without a catalog.
        return await fallback(q)
    if found is None:
        return _unknown(q, default)
    if found.alternatives:
        names = list(dict.fromkeys(r.name for r in (*found.refs, *found.alternatives)))[:3]
        return Answer(
            text="Did you mean " + " or ".join(f"“{n}”" for n in names) + "?",
            kind="clarify",
            confidence=found.score / 100 / 2,
            suggestions=tuple(names),
        )
    relation = cue_relation(found.outside(tokens)) or _wh_default(found, tokens, default)
    if found.kind == "show":
        shows = [q.kb.shows[r.id] for r in found.refs if r.id in q.kb.shows]
        # A release the news dates to the day ("opens October 6") is told by the news handler, relative to
        # now; the catalog's year alone would say "was released in 2023" of a film still to come.
        dated = relation == "year" and any(r.on for s in shows for r in s.releases if r.season is None)
        if fallback is not None and (relation not in FILM_PHRASES or dated):
            return await fallback(q)
        return film_answer(q, pick_year(shows, q), relation if relation in FILM_PHRASES else "tag", found)
    if found.kind == "person":
        people = [q.kb.people[r.id] for r in found.refs if r.id in q.kb.people]
        person = next((p for p in people if p.name.lower() in q.text.lower()), people[0])
        roles = [relation] if relation in ROLE_VERBS else list(ROLE_VERBS)
        return person_answer(q, person, roles, found)
    return tag_answer(q, found.refs[0].name, found)


def _wh_default(found: Found, tokens: list[str], default: str) -> str:
    """The relation asked for when no cue word names one: a "who" question about a film asks for people,
    and without a role word for its cast ("who was in [X]"), whatever the matched intent usually answers."""
    film_fact = found.kind == "show" and default in FILM_PHRASES and default not in ROLE_VERBS
    return "actor" if film_fact and "who" in found.outside(tokens) else default


# The handlers of one message ask for the same words several times; bounded, and kept for one snapshot only
# (an lru_cache keyed by the index kept replaced snapshots' indexes alive).
_VERBATIM: SnapshotMemo[str, tuple[str, ...]] = SnapshotMemo(64)


def verbatim_tokens(q: Query) -> list[str]:
    """The question's folded words as typed, chatter dropped: catalog names are matched verbatim, not after
    fans' shorthands and possessives are spelled out ("Treat Williams" is not "Treat William"). Chatter
    inside a known name ("Thank You for Smoking") is kept."""
    return list(_VERBATIM.get(q.kb, q.text, lambda: _verbatim(q.text, _index(q))))


def _verbatim(text: str, index: EntityIndex) -> tuple[str, ...]:
    return tuple(drop_chatter(after_correction(fold(text).split()[:80]), index.names.__contains__))


def _about_series(q: Query) -> bool:
    """A season, or a named show that is not a film: a question for the news-based handlers."""
    if q.season is not None or q.latest_season:
        return True
    return q.show is not None and q.show_named and q.show.kind != "film"


def _from_catalog(q: Query, found: Found) -> bool:
    """True for films, for people known only from catalogs (or asked about as film people), and for tags."""
    kb = q.kb
    if found.kind == "show":
        return any(kb.shows[r.id].kind == "film" for r in found.refs if r.id in kb.shows)
    if found.kind != "person":
        return True
    people = [kb.people[r.id] for r in found.refs if r.id in kb.people]
    in_catalog = any(not kb.from_news(c.article_id) for p in people for c in p.credits)
    in_news = any(kb.from_news(c.article_id) for p in people for c in p.credits) or any(
        p.work for p in people
    )
    return in_catalog and (not in_news or q.has("film", "films", "movie", "movies"))


def pick_year(shows: list[ShowFacts], q: Query) -> list[ShowFacts]:
    """Of several shows sharing a folded title, the ones the question means, best known first.

    A year in the question picks its film ("robocop 1987"); so does punctuation folding drops ("Up!" is not
    "Up", "Brüno" is not "Bruno"): the longest title found verbatim in the question wins.
    """
    if len(shows) < 2:
        return shows
    year = year_in(verbatim_tokens(q))
    dated = [s for s in shows if year is not None and (year == s.year_key or year in facts.years(s))]
    shows = dated or shows
    raw = q.text.lower()
    verbatim = [s for s in shows if s.title.lower() in raw]
    if verbatim:
        longest = max(len(s.title) for s in verbatim)
        shows = [s for s in verbatim if len(s.title) == longest]
    # Otherwise the title with the most facts (tags, votes) first: usually the film people mean.
    return sorted(shows, key=lambda s: -(len(s.credits) + sum(len(v) for v in s.descriptors.values())))


def film_answer(q: Query, shows: list[ShowFacts], relation: str, found: Found) -> Answer:
    """One relation of one film (or of every film sharing the title)."""
    asked = year_in(verbatim_tokens(q))  # the year said ("robocop 1987") orders the values
    # Made of the snapshot's facts and that year alone (an Answer never changes): once per snapshot.
    key = (tuple(show.id for show in shows), relation, found.score, asked)
    return _FILM_ANSWERS.get(q.kb, key, lambda: _film_answer(q.kb, shows, relation, found.score, asked))


_FILM_ANSWERS: SnapshotMemo[tuple[tuple[int, ...], str, float, int | None], Answer] = SnapshotMemo(4096)


def _film_answer(
    kb: Knowledge, shows: list[ShowFacts], relation: str, score: float, asked: int | None
) -> Answer:
    sentence, missing_what = FILM_PHRASES[relation]
    values: list[str] = []
    lines: list[str] = []
    for show in shows:
        found_values = facts.film_values(kb, show, relation, asked)
        values += [v for v in found_values if v not in values]
        if found_values:
            limit = LIST_LIMIT if len(shows) == 1 else 5
            lines.append(sentence.format(t=label(show), v=join_names(found_values, limit=limit)))
    if not values:
        return Answer(
            text=f"I don't have {missing_what.format(t=label(shows[0]))} in my facts yet.",
            kind="unknown",
            intent=f"film_{relation}",
            confidence=0.9,
            show_id=shows[0].id,
        )
    text = " ".join(lines)
    merged = facts.years(shows[0])
    if len(merged) > 1 and relation != "year":
        # One catalog entry for several films: the values cannot be told apart for sure, only ordered.
        nearest = f"; those nearest {asked} come first" if asked in merged else ""
        entry = f"The catalog has one entry for several films called {shows[0].title}"
        text += f" ({entry}; facts may mix them{nearest}.)"
    return Answer(
        text=text,
        intent=f"film_{relation}",
        confidence=score / 100,
        answers=tuple(values),
        sources=sources_for(kb, _film_articles(shows, relation)),
        title=f"{label(shows[0])}: {relation}",
        show_id=shows[0].id,
    )


def _film_articles(shows: list[ShowFacts], relation: str) -> list[int | None]:
    if relation in facts.PERSON_RELATIONS:
        return [c.article_id for s in shows for c in s.credits if c.role == relation]
    if relation == "year":
        return [r.article_id for s in shows for r in s.releases]
    if relation == "rating":
        return [r.article_id for s in shows for r in s.ratings] + [s.article_id for s in shows]
    return [s.article_id for s in shows]


def person_answer(q: Query, person: PersonFacts, roles: list[str], found: Found) -> Answer:
    """The films a person directed, wrote or acted in."""
    # Made of the snapshot's facts alone (an Answer never changes): each person's list once per snapshot.
    key = (person.id, tuple(roles), found.score)
    return _PERSON_ANSWERS.get(q.kb, key, lambda: _person_answer(q.kb, person, roles, found.score))


_PERSON_ANSWERS: SnapshotMemo[tuple[int, tuple[str, ...], float], Answer] = SnapshotMemo(4096)


def _person_answer(kb: Knowledge, person: PersonFacts, roles: list[str], score: float) -> Answer:
    films = facts.films_of(kb, person, roles)
    verb = ROLE_VERBS[roles[0]] if len(roles) == 1 else "worked on"
    if not films:
        return Answer(
            text=f"I don't know of any films {person.name} {verb}.",
            kind="unknown",
            intent="person_films",
            confidence=0.9,
        )
    count = f"{len(films)} films: " if len(films) > 1 else ""
    return Answer(
        text=f"{person.name} {verb} {count}{join_names([label(s) for s in films], limit=LIST_LIMIT)}.",
        intent="person_films",
        confidence=score / 100,
        answers=tuple(dict.fromkeys(s.title for s in films)),
        sources=sources_for(kb, [c.article_id for c in person.credits if c.role in roles]),
        title=f"{person.name}: films",
        show_id=films[0].id if len(films) == 1 else None,
    )


def tag_answer(q: Query, tag: str, found: Found) -> Answer:
    """Films described by a tag."""
    films = facts.films_tagged(q.kb, tag)
    if not films:
        return Answer(text=f"I don't know of films about “{tag}”.", kind="unknown", intent="tag_films")
    return Answer(
        text=f"Films about “{tag}”: {join_names([label(s) for s in films], limit=LIST_LIMIT)}.",
        intent="tag_films",
        confidence=found.score / 100,
        answers=tuple(dict.fromkeys(s.title for s in films)),
        sources=sources_for(q.kb, [s.article_id for s in films[:20]]),
        title=f"Films about {tag}",
    )


def _unknown(q: Query, relation: str) -> Answer:
    if q.show is not None and not q.show_named and relation in FILM_PHRASES:
        # A follow-up ("who directed it?") about the show the conversation is on.
        found = Found("show", (), 0, 0, 100.0)
        return film_answer(q, [q.show], relation, found)
    leftover = " ".join(t for t in q.tokens if t not in QUESTION_WORDS and t not in STOPWORDS)
    # "Did you mean" only for a really close name, as for news shows (engine.SUGGEST_CUTOFF).
    suggestions = tuple(
        s for s in _index(q).suggest(leftover, cutoff=80.0) if fuzz.ratio(leftover, fold(s)) >= CLOSE_NAME
    )
    text = (
        f"I don't have facts about {title_case(leftover.split())}."
        if leftover
        else "I don't know that title or name."
    )
    if suggestions:
        text += " Did you mean " + " or ".join(f"“{s}”" for s in suggestions) + "?"
    return Answer(text=text, kind="unknown", intent=f"film_{relation}", suggestions=suggestions)


def _index(q: Query) -> EntityIndex:
    # Handlers run inside the engine, which always passes its index; a bare Query builds one.
    return q.index if q.index is not None else EntityIndex(q.kb)
