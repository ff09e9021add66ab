"""Multi-hop catalog questions: link the topic film or person, read its relation path, walk it, list the end.

"who acted in the movies directed by the director of [Some Mother's Son]" is answered here before intent
matching (whose example phrasings cover one hop), and so is a one-hop question whose relation phrase the
lexicon reads ("who is listed as director for [X]"); one-hop answers are the catalog intents' own answers.
Only names that catalogs alone know are taken: a show or person from the news keeps its news-based answers.
"""

from __future__ import annotations

import html
import logging
import re

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.catalog.answers import film_answer, person_answer, pick_year
from intents.catalog.link import Found
from intents.catalog.paths import CatalogRelation, Hop, Node, ValueKind, node_name, walk
from intents.catalog.reading import LEXICON_WORDS, TRIGGERS, read_path
from intents.catalog.role_descriptions import DESCRIBED_SOMEONE, spell_role_descriptions
from intents.catalog.surnames import surname_topic
from intents.catalog.usual_roles import CREDITED_ROLES, role_of
from intents.catalog.words import QUESTION_WORDS
from intents.linking import MAX_NAME_TOKENS, EntityIndex
from intents.names import EntityRef
from intents.number_spelling import cuts_joined_numbers
from intents.query import Query, join_names, sources_for
from intents.text import STOPWORDS, fold

log = logging.getLogger(__name__)
LIST_LIMIT = 10
# Questions opening like these check a fact (yes or no): the intents answer them.
YES_NO = frozenset("is are was were did does do has have had".split())
_FRAME = QUESTION_WORDS | STOPWORDS | LEXICON_WORDS
_BRACKETED = re.compile(r"\[([^\]]+)\]")
# How each hop reads in an answer, applied from the topic outwards.
_FORWARD = {
    CatalogRelation.DIRECTED_BY: "the directors of {}",
    CatalogRelation.WRITTEN_BY: "the writers of {}",
    CatalogRelation.STARRED_ACTORS: "the actors in {}",
    CatalogRelation.RELEASE_YEAR: "the release years of {}",
    CatalogRelation.IN_LANGUAGE: "the languages of {}",
    CatalogRelation.HAS_GENRE: "the genres of {}",
    CatalogRelation.HAS_TAGS: "the tags of {}",
    CatalogRelation.HAS_IMDB_VOTES: "the IMDb popularity of {}",
    CatalogRelation.HAS_IMDB_RATING: "the IMDb ratings of {}",
}
_INVERSE = {
    CatalogRelation.DIRECTED_BY: "the films directed by {}",
    CatalogRelation.WRITTEN_BY: "the films written by {}",
    CatalogRelation.STARRED_ACTORS: "the films starring {}",
    CatalogRelation.RELEASE_YEAR: "the films released in {}",
    CatalogRelation.IN_LANGUAGE: "the films in {}",
    CatalogRelation.HAS_GENRE: "the films of genre {}",
    CatalogRelation.HAS_TAGS: "the films tagged {}",
    CatalogRelation.HAS_IMDB_VOTES: "the films rated {} on IMDb",
    CatalogRelation.HAS_IMDB_RATING: "the films rated {} on IMDb",
}


def may_chain(tokens: list[str]) -> bool:
    """Cheap check before linking: does any word name a relation?"""
    return not TRIGGERS.isdisjoint(tokens)


async def try_chain(q: Query, fallback: bool = False) -> Answer | None:
    """answer_chain, where a reading bug costs the reading (the intents answer instead), not the answer."""
    try:
        return await answer_chain(q, fallback)
    except Exception:
        log.exception("catalog path reading failed for a question of %d characters", len(q.text))
        return None


async def answer_chain(q: Query, fallback: bool = False) -> Answer | None:
    """The answer to a catalog question read as a relation path, or None to leave it to the intents.

    Before the intents (`fallback=False`) only paths the question states are taken, and yes/no questions are
    left alone; after the intents found no answer (`fallback=True`) a question without a relation phrase gets
    the usual one ("who is in [film]": its actors). Names news knows are never taken.
    """
    # The words as typed: catalog names are matched verbatim, before fans' shorthands are spelled out (chatter
    # words are harmless here: they are no names and no relation phrases).
    text = html.unescape(q.text)  # "Jade &apos;s director", as some paraphrasers write it
    tokens = fold(text).split()[:80]
    if not DESCRIBED_SOMEONE.isdisjoint(tokens):  # "the guy who directed X": "the director of X"
        tokens = spell_role_descriptions(tokens)
    if q.index is None or not tokens or (not fallback and not may_chain(tokens)):
        return None
    topic = link_topic(q.index, q.kb, text, tokens)
    # "was it released in 1999?" checks a fact; "[Were the World Mine] came out when" only opens with a name.
    if topic is None or (not fallback and tokens[0] in YES_NO and topic[0] > 0):
        return None
    start, end, kind, refs = topic
    role = role_of(q.kb, refs, tokens[start - 1] if start else "") if kind is ValueKind.PERSON else None
    # Read without the person's usual role first: a path only that role reads says no role of its own.
    path = read_path(tokens, start, end, kind, None, guess=fallback)
    unsaid = path is None and role is not None
    if unsaid:
        path = read_path(tokens, start, end, kind, role, guess=fallback)
    if path is None or _tag_question(q.index, tokens[start:end], kind, path):
        return None
    if len(path) == 1:
        return _one_hop(q, topic, path[0], unsaid)  # "whose films have [X]": films in any role
    nodes = walk(q.kb, [Node(kind, r.id) for r in refs], path)
    values = list(dict.fromkeys(node_name(q.kb, n) for n in nodes))
    what = describe(refs[0].name, path)
    shared = _shared_value(q.kb, refs, path)
    if shared:
        what = f"{_INVERSE[path[0].relation].format(' or '.join(shared))}, like {refs[0].name}"
    elif _ends_on(kind, path):
        what += f", other than {refs[0].name}"  # the walk never returns the topic itself
    if not values:
        return Answer(text=f"I don't know {what}.", kind="unknown", intent="film_chain", confidence=0.9)
    films = [n.key for n in nodes if n.kind is ValueKind.FILM and isinstance(n.key, int)]
    return Answer(
        text=f"{what[0].upper()}{what[1:]}: {join_names(values, limit=LIST_LIMIT)}.",
        intent="film_chain",
        confidence=0.9,
        answers=tuple(values),
        sources=sources_for(q.kb, [q.kb.shows[i].article_id for i in films[:20]]),
        title=what[0].upper() + what[1:],
    )


def _tag_question(index: EntityIndex, name: list[str], kind: ValueKind, path: tuple[Hop, ...]) -> bool:
    """'films described by [tom hanks]', 'films about new york city': tags asked about from anything but a
    film (the name may be a tag, or part of one) are left to the tag intents."""
    tagged = any(hop.relation is CatalogRelation.HAS_TAGS for hop in path)
    return tagged and (kind is not ValueKind.FILM or any(r.kind == "tag" for r in index.refs(" ".join(name))))


def _one_hop(q: Query, topic: Topic, hop: Hop, any_role: bool = False) -> Answer:
    # The catalog intents' own answers, so one-hop questions read the same however they were phrased. A
    # person's films in a role the words do not say are those in any role (most roles held first).
    start, end, kind, refs = topic
    found = Found("show" if kind is ValueKind.FILM else "person", tuple(refs), start, end, 100.0)
    if kind is ValueKind.FILM:
        shows = pick_year([q.kb.shows[r.id] for r in refs], q)
        return film_answer(q, shows, hop.relation.answer_relation, found)
    roles = list(CREDITED_ROLES) if any_role else [hop.relation.answer_relation]
    return person_answer(q, q.kb.people[refs[0].id], roles, found)


def _shared_value(kb: Knowledge, refs: list[EntityRef], path: tuple[Hop, ...]) -> list[str]:
    """'the same year as Jaws': the year itself (1975), so the reply says it; [] for any other path."""
    if len(path) != 2 or path[0].relation is not path[1].relation or path[0].inverse or not path[1].inverse:
        return []
    if path[0].relation.value_kind in (ValueKind.PERSON, ValueKind.FILM):
        return []
    return [node_name(kb, n) for n in walk(kb, [Node(ValueKind.FILM, r.id) for r in refs], path[:1])]


def _ends_on(kind: ValueKind, path: tuple[Hop, ...]) -> bool:
    last = path[-1]
    return (ValueKind.FILM if last.inverse else last.relation.value_kind) is kind


def describe(name: str, path: tuple[Hop, ...]) -> str:
    """'the genres of the films directed by the directors of Kismet'."""
    text = name
    for hop in path:
        text = (_INVERSE if hop.inverse else _FORWARD)[hop.relation].format(text)
    return text


Topic = tuple[int, int, ValueKind, list[EntityRef]]


def link_topic(index: EntityIndex, kb: Knowledge, text: str, tokens: list[str]) -> Topic | None:
    """The catalog film or person the question starts from: its token span, kind and entities.

    A [bracketed] name is taken as the span (MetaQA's convention); otherwise the catalog's linking finds it.
    Names news knows are not taken. A name that is both a film and a person is read as the person when the
    words next to it say so ("films directed by X", "the actor X", "X acted films", "co-stars of X").
    """
    span = bracketed_span(text, tokens)
    if span is None:
        span = _exact_span(index, tokens)
        if span is None or _goes_on(tokens, *span):  # "the director of stranger things" is no "The Stranger"
            return surname_topic(index, kb, tokens, _FRAME)  # "films by nolan": Christopher Nolan
    start, end = span
    if cuts_joined_numbers(text, tokens, start, end):
        return None  # "who directed 9-1-1": no question about the film "9"
    refs = [r for r in index.refs(" ".join(tokens[start:end])) if r.kind in ("show", "person")]
    if not refs or any((r.kind, r.id) not in index.catalog_only for r in refs):
        return None
    people = [r for r in refs if r.kind == "person" and r.id in kb.people]
    films = [r for r in refs if r.kind == "show" and r.id in kb.shows]
    if people and (not films or _person_cue(tokens, start, end)):
        return start, end, ValueKind.PERSON, people
    if films:
        return start, end, ValueKind.FILM, films
    return None


_PERSON_BEFORE = re.compile(
    r"(?:\b(?:by|actor|actress|director|writer|screenwriter|with|starring)"
    r"|\bco ?(?:stars?|directors?|writers?) of)$"
)
_PERSON_AFTER = re.compile(
    r"^(?:acted|starred|directed|written|wrote|co|is a co|directed films together"
    r"|(?:to )?(?:appear|act|star|play)(?:s|ed)? in)\b"
)
# "the film [X]": the words say it is a film, whatever a person of the same name did.
_FILM_BEFORE = re.compile(r"\b(?:film|movie|picture)s?$")


def _goes_on(tokens: list[str], start: int, end: int) -> bool:
    """True when a word beside the name is no question or relation word: the name goes on past the match."""
    beside = [tokens[i] for i in (start - 1, end) if 0 <= i < len(tokens)]
    return any(w not in _FRAME and not w.isdigit() for w in beside)


def _person_cue(tokens: list[str], start: int, end: int) -> bool:
    before = " ".join(tokens[:start])
    if _FILM_BEFORE.search(before):
        return False
    return bool(_PERSON_BEFORE.search(before)) or bool(_PERSON_AFTER.match(" ".join(tokens[end:])))


def _exact_span(index: EntityIndex, tokens: list[str]) -> tuple[int, int] | None:
    """The film or person name the question says word for word: the one covering the most words that are
    no question or relation words, then the longest, then one not starting or ending with a stopword.
    A name made only of such words ("The Director") is taken only when there is no other."""
    best: tuple[tuple[int, int, int, bool], tuple[int, int]] | None = None
    names = index.names  # tags (index.refs holds them too) are never films or people
    reach = index.name_runs(tokens)
    count = len(tokens)
    for size in range(min(MAX_NAME_TOKENS, count), 0, -1):
        for start in range(count - size + 1):
            if reach[start] < size:
                continue  # a word no name has: no name spans it
            span = tokens[start : start + size]
            key = " ".join(span)
            if key not in names or not any(r.kind in ("show", "person") for r in names[key]):
                continue
            content = sum(1 for w in span if w not in _FRAME)
            # The question's opening question word counts against a name as a stopword edge does.
            edges = (span[0] in STOPWORDS) + (span[-1] in STOPWORDS) + _opens_question(tokens, start, size)
            rank = (content, size, -edges, not _ends_phrase(tokens, start))
            if best is None or rank > best[0]:
                best = (rank, (start, start + size))
    # "what films did jake gyllenhal act in": the other words are a name, not the film "What?".
    if best is not None and best[0][0] == 0 and any(w not in _FRAME and not w.isdigit() for w in tokens):
        return None
    return best[1] if best is not None else None


def _opens_question(tokens: list[str], start: int, size: int) -> bool:
    """True for the question's opening question word: "what is the genre of the film may" asks about "May",
    not the film "What?" (a tie, both names being question words)."""
    return start == 0 and size == 1 and len(tokens) > 1 and tokens[0] in _INTERROGATIVES


_INTERROGATIVES = frozenset({"what", "who", "whom", "whose", "which", "when", "where", "why", "how"})


def _ends_phrase(tokens: list[str], start: int) -> bool:
    """True when the span's first word is the preposition of the relation phrase before it ("acted in",
    "directed by", "director of"): on a tie, "who starred in time out" names "Time Out", not "In Time"."""
    return start > 0 and tokens[start] in _PREPOSITIONS and tokens[start - 1] in TRIGGERS


_PREPOSITIONS = frozenset({"in", "by", "of", "with", "for", "on"})


def bracketed_span(text: str, tokens: list[str]) -> tuple[int, int] | None:
    """The token span of the question's [bracketed] name (MetaQA's convention), if it has one."""
    match = _BRACKETED.search(text)
    if match is None:
        return None
    name = fold(match.group(1)).split()
    size = len(name)
    for start in range(len(tokens) - size + 1):
        if size and tokens[start : start + size] == name:
            return start, start + size
    return None
