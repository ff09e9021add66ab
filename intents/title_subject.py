"""The subject of a question's predicate as a title's place: "is X on netflix", "when does X come back",
"what is X about", "how many seasons does X have", read back from what the question says of X."""

from __future__ import annotations

from collections.abc import Iterator

from intents.known_words import SITE_WORDS
from intents.title_question import Frame, Question
from intents.title_words import (
    AUXILIARIES,
    CREDIT_VERBS,
    HOW_ADJECTIVES,
    HOW_RATED,
    LEADING_FILLERS,
    LONGEST_PREDICATE,
    PLACES,
    POINTING_PRONOUNS,
    PREDICATE_ADVERBS,
    PREDICATES_AFTER,
    SINGULAR_AUXILIARIES,
    STREAMING_WORDS,
    TAIL_WORDS,
    WATCHING_VERBS,
    WH_IS,
    WH_NOUNS,
    WH_WORDS,
    WHEN_PREDICATES,
)

# What a show is called after its service: "a netflix show", "an hbo original".
_DESCRIBED_AS = frozenset({"show", "series", "original", "film", "movie", "drama", "sitcom", "one"})


def subject_span(q: Question) -> Iterator[tuple[Frame, int, int]]:
    """'is X on netflix', 'when does X come back', 'what channel is X on': between the auxiliary and what
    is said of X, read back from the question's end."""
    aux = _subject_auxiliary(q.tokens)
    if aux is None:
        yield from _after_bare_when(q)
        yield from _stated_subject(q)
        return
    end = _predicate_start(q, aux + 1, PREDICATES_AFTER[q.tokens[aux]])
    if end is None and _title_before_inner_season(q, aux):
        end = q.season.start if q.season else None  # "is X season 5 the last one": X before its season
    if end is None and _asked_of_whole(q.tokens, aux):
        end = _peel_tails(q.tokens, len(q.tokens), aux + 1)  # "what genre is X", "how good is X"
    if end is None and (there := _there_is_a(q, aux)) is not None:
        yield Frame.SUBJECT, *there
    elif end is not None:
        yield Frame.SUBJECT, aux + 1, end
    elif (part := _title_before_its_part(q, aux)) is not None:
        yield Frame.SUBJECT, *part


# Parts of a show a question may end with, its title before them ("how long are X episodes"); the singular
# ones take the article themselves ("where's the X trailer").
_PLURAL_PARTS = frozenset("episodes eps seasons".split())
_SINGULAR_PARTS = frozenset("trailer finale cast soundtrack".split())
_BE_AUXILIARIES = frozenset("is are was were".split())
# Values of a show a question may end with, and the words naming which ("the X rotten tomatoes score").
_VALUES = frozenset("score scores rating ratings date".split())
_VALUE_WORDS = frozenset("rotten tomatoes tomatos rt critics critic audience release premiere air".split())
# Words of a clause of its own before the value asked ("is X out yet, release date?", "what is X like, rt
# score?"): no title holds the value's question then.
_CLAUSE_WORDS = AUXILIARIES | WH_WORDS | TAIL_WORDS | frozenset("like out any worth back".split())


def _title_before_its_part(q: Question, aux: int) -> tuple[int, int] | None:
    """'how long are X episodes', 'where's the X trailer': a form of "be", then words nobody knows (one at
    least) and a part of a show ending the question: those words as (start, end); else None."""
    tokens = q.tokens
    end = _peel_tails(tokens, len(tokens), aux + 1) - 1
    if tokens[aux] not in _BE_AUXILIARIES or end <= aux + 1 or q.season is not None:
        return None
    part = tokens[end]
    if part in _VALUES:  # "what is X rotten tomatoes score", "what's X release date": the value's words too
        said_which = end
        while end - 1 > aux + 1 and tokens[end - 1] in _VALUE_WORDS | SITE_WORDS:
            end -= 1
        if end == said_which:
            return None  # "what is the current rating": a describing word, not a title, may stand there
        if not _CLAUSE_WORDS.isdisjoint(tokens[aux + 1 : end]):
            return None  # "is X any good whats the imdb rating": the value is asked in a clause of its own
    start = aux + 2 if part in _SINGULAR_PARTS and tokens[aux + 1] == "the" else aux + 1
    if tokens[start : start + 2] == ["the", "the"]:
        start += 1  # "what's the the bear release date": the value's "the", then the title's
    if part not in _PLURAL_PARTS | _SINGULAR_PARTS | _VALUES or start >= end or not any(q.unknown[start:end]):
        return None
    return start, end


# Adverbs pinning a wh-word down ("when exactly", "how precisely"): the auxiliary still follows.
_WH_HEDGES = frozenset({"exactly", "precisely", "roughly", "approximately"})
_HOW_WELL = frozenset({"well", "highly", "badly", "poorly"})
_ASKING_OF_WHOLE = frozenset({"what", "whats", "which", "how"})
_NOT_ASKED_OF_WHOLE = frozenset({"else", "many", "much"})  # "how many seasons is it": counted, no title


_THERE_BE = (["there", "going", "to", "be"], ["there", "gonna", "be"], ["there", "be"], ["there"])
_A = frozenset({"a", "an", "another", "any"})


def _there_is_a(q: Question, aux: int) -> tuple[int, int] | None:
    """'is there (going to be) a X season 3': the words between the article and the season ending the
    question, as (start, end); None for any other question."""
    tokens, season = q.tokens, q.season
    if season is None or season.end != len(tokens) or tokens[aux] not in ("is", "will", "are"):
        return None
    lead = next((w for w in _THERE_BE if tokens[aux + 1 : aux + 1 + len(w)] == w), None)
    start = aux + 1 + len(lead) if lead is not None else None
    if start is None or tokens[start : start + 1] == [] or tokens[start] not in _A:
        return None
    return (start + 1, season.start) if season.start > start + 1 else None


def _asked_of_whole(tokens: list[str], aux: int) -> bool:
    """'what genre is X', 'how good is X', 'what streaming service has X': a wh-word and what it asks
    (a noun, or an adjective after "how") before "is" or "has", and X all the rest."""
    if aux < 2 or tokens[0] not in _ASKING_OF_WHOLE or tokens[aux] not in ("is", "was", "has"):
        return False
    asked = tokens[aux - 1]  # "genre", "service", "good"; not "else" ("who else is in it")
    # A count of a pointer asks of what was said before ("how many episodes is that in total"): no title
    # (a title may open with one, "what genre is this is us").
    counted = not _NOT_ASKED_OF_WHOLE.isdisjoint(tokens[1:aux])
    pointed = counted and tokens[aux + 1 : aux + 2] != [] and tokens[aux + 1] in POINTING_PRONOUNS
    rated = asked in HOW_RATED and tokens[aux - 2] in _HOW_WELL
    asked_ok = asked in WH_NOUNS or asked in HOW_ADJECTIVES or rated
    return asked_ok and asked not in _NOT_ASKED_OF_WHOLE and not pointed


def _after_bare_when(q: Question) -> Iterator[tuple[Frame, int, int]]:
    """'when X returns', 'anyone know when X comes back': a "when" with no auxiliary, X, then a verb in the
    third person said of it."""
    at = next((i for i, t in enumerate(q.tokens) if t not in LEADING_FILLERS), None)
    if at is None or q.tokens[at] != "when":
        return
    end = _predicate_start(q, at + 1, WHEN_PREDICATES)
    season = q.season
    if end is None and season is not None and _peel_tails(q.tokens, len(q.tokens), at + 1) == season.end:
        # "wen X s2": the title, then the season asked about; not "when it's out, season 3" (said of it)
        said_of = _peel_predicate(q.tokens, season.start, at + 1, PREDICATES_AFTER["is"]) is not None
        end = None if said_of else season.start
    if end is not None and end > at + 1:
        yield Frame.SUBJECT, at + 1, end


# Auxiliaries a statement asked back puts after its subject ("X is on netflix right?", "X has been renewed?").
_STATED_AUXILIARIES = frozenset("is was has".split())
_MOST_STATED_WORDS = 6


def _stated_subject(q: Question) -> Iterator[tuple[Frame, int, int]]:
    """'the good place is on netflix right?': a statement asked back, its subject before the auxiliary and
    nothing but what is said of it after."""
    tokens = q.tokens
    start = next((i for i, t in enumerate(tokens) if t not in LEADING_FILLERS), len(tokens))
    aux = next(
        (i for i in range(start, len(tokens)) if tokens[i] in AUXILIARIES or tokens[i] in WH_WORDS), None
    )
    if (
        aux is None
        or aux == start
        or aux - start > _MOST_STATED_WORDS
        or tokens[aux] not in _STATED_AUXILIARIES
    ):
        return
    # The auxiliary stands as the floor, so what is said may start right after it.
    if _predicate_start(q, aux, PREDICATES_AFTER[tokens[aux]]) == aux + 1:
        yield Frame.SUBJECT, start, aux


def _title_before_inner_season(q: Question, aux: int) -> bool:
    """A third-person auxiliary, words, then a season something is said of ("is X season 5 the last one")."""
    season = q.season
    return (
        season is not None
        and q.tokens[aux] in SINGULAR_AUXILIARIES
        and aux + 1 < season.start
        and season.end < len(q.tokens)
        and not any(w in CREDIT_VERBS or w in WATCHING_VERBS for w in q.tokens[aux + 1 : season.start])
    )


def _subject_auxiliary(tokens: list[str]) -> int | None:
    """The auxiliary a subject follows: first, or after a wh-word and its nouns ("how many seasons does")."""
    for at, token in enumerate(tokens[:6]):
        if token in LEADING_FILLERS or (
            token in _WH_HEDGES and tokens[at - 1 : at] and tokens[at - 1] in WH_WORDS
        ):
            continue  # "when exactly does X premiere" ("what day does X premiere" read so)
        if token in AUXILIARIES or token in WH_IS:
            return at
        asked_how = token in HOW_ADJECTIVES and tokens[at - 1 : at] == ["how"]  # "how good is X"
        # "how well rated is X": the adverb, then its participle
        asked_how = asked_how or (token in _HOW_WELL and tokens[at - 1 : at] == ["how"])
        asked_how = asked_how or (token in HOW_RATED and tokens[at - 2 : at - 1] == ["how"])
        if token not in WH_WORDS and token not in WH_NOUNS and not token.isdigit() and not asked_how:
            return None
    return None


def _predicate_start(q: Question, floor: int, predicates: frozenset[tuple[str, ...]]) -> int | None:
    """Where what is said of the subject starts (tails, "on netflix", "in the uk" and the predicate peeled
    off the end), or None when the question ends in no predicate."""
    tokens = q.tokens
    end = len(tokens)
    season_cut: int | None = None  # where a season ending the question starts
    if q.season is not None and q.season.end == end:
        end = q.season.start  # "is X getting a season 2", "has X been renewed for season 2"
        if end - 1 > floor and tokens[end - 1] in ("for", "with"):
            end -= 1
        season_cut = end
    end = _peel_tails(tokens, end, floor)
    described = _service_description_start(q, end, floor)
    on_a_service = described is not None  # "is X a netflix show": where X is, said another way
    end = end if described is None else described
    while (adjunct := _adjunct_start(q, end, floor)) is not None:
        # "... on netflix" says where X is, a predicate of its own; "... in the uk" only narrows one.
        on_a_service = on_a_service or tokens[adjunct] == "on"
        end = adjunct
    start = _peel_predicate(tokens, end, floor, predicates)
    if start is None and (on_a_service or (end == season_cut and _asks_when(tokens, floor))):
        # "is X on netflix" and "when is X season 2" say all they ask: the title runs up to them.
        start = end
    return None if start is None else _before_adverbs(tokens, start, floor)


def _asks_when(tokens: list[str], floor: int) -> bool:
    """'when is X season 2', 'whens X s3': the auxiliary before the subject follows a when."""
    return tokens[floor - 1] == "whens" or (floor >= 2 and tokens[floor - 2] == "when")


def _service_description_start(q: Question, end: int, floor: int) -> int | None:
    """Where "a netflix show", "an hbo original" starts when the question ends in one."""
    if end - floor < 3 or q.tokens[end - 1] not in _DESCRIBED_AS:
        return None
    at = end - 1
    while at > floor and _names_a_place(q, at - 1):
        at -= 1
    if at == end - 1 or at - 1 <= floor or q.tokens[at - 1] not in ("a", "an"):
        return None
    return at - 1


def _adjunct_start(q: Question, end: int, floor: int) -> int | None:
    """Where "on netflix", "to hulu", "in the uk" starts when the words before `end` are one."""
    at = end
    while at > floor and (_names_a_place(q, at - 1) or (at < end and q.tokens[at - 1] == "the")):
        at -= 1
    if at == end or at - 1 <= floor or q.tokens[at - 1] not in ("on", "in", "to"):
        return None
    return at - 1


def _names_a_place(q: Question, i: int) -> bool:
    token = q.tokens[i]
    # "what's X rated on imdb": a review site says where, as a service does
    return token in STREAMING_WORDS or token in PLACES or token in SITE_WORDS or q.kind_at(i) == "network"


def _peel_tails(tokens: list[str], end: int, floor: int) -> int:
    while end > floor and tokens[end - 1] in TAIL_WORDS:
        end -= 1
    if end - 2 > floor and tokens[end - 2] == "or" and tokens[end - 1] in _OR_NOT:
        return _peel_tails(tokens, end - 2, floor)  # "is X any good or nah"
    if end - 1 > floor and tokens[end - 1] == "or":
        return _peel_tails(tokens, end - 1, floor)  # "... or nah" with the filler already dropped
    return end


_OR_NOT = frozenset({"nah", "not", "no", "nope"})


def _peel_predicate(
    tokens: list[str], end: int, floor: int, predicates: frozenset[tuple[str, ...]]
) -> int | None:
    for size in range(min(LONGEST_PREDICATE, end - floor), 0, -1):
        if tuple(tokens[end - size : end]) in predicates:
            return end - size
    return None


def _before_adverbs(tokens: list[str], start: int, floor: int) -> int:
    while start > floor and tokens[start - 1] in PREDICATE_ADVERBS:
        start -= 1
    return start
