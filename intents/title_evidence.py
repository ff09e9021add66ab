"""Evidence that the words standing in a title's place are the fan's talk, not a title nobody knows.

The title slot (intents.title_slot) finds where a title stands by the question's shape. Fans' own words land
there too: "who make the direction of season 3" (the credit asked for), "when is coming the third season"
(the verb, put first), "is that young man also appearing in ..." (someone pointed at, then the verb),
"for how many prizes it was nominated" (a question of its own), "ah yes, another beloved ..." (an
exclamation), "years till s3?" (a span of time measured). Each is evidence against a title; read here, in one
place, so that a question holding one is answered as talk ("I don't have facts about The Directing" never
comes back). Evidence for a title (its place, capitals, quotes, rare words) is read where the slot is found
and in intents.unknown_name_evidence; the readers here ask for shapes no title takes, so a title of everyday
words in its place ("is the bear any good", "who's in lost", "years and years cast") is still a title.
"""

from __future__ import annotations

from enum import Enum
from itertools import pairwise

from intents.more_ordinary_words import EXTENT_WORDS
from intents.ordinary_words import INTERJECTIONS, everyday
from intents.show_moments import names_a_moment
from intents.text import STOPWORDS
from intents.time_talk import COUNTING, measures_time, points_at_a_time
from intents.title_words import (
    AUXILIARIES,
    PERSON_HEADS,
    POINTING_WORDS,
    PREDICATE_ADVERBS,
    PREDICATES_AFTER,
    RELATION_NOUNS,
    TAIL_WORDS,
    TALKED_ABOUT_TAILS,
    WH_WORDS,
)


class Talk(Enum):
    """The kind of talk found in a title's place."""

    PREDICATE = "the verb said of the subject"  # "when is coming the third season"
    RELATION = "the fact asked for"  # "who made the directing of season 3"
    POINTED = "someone or something pointed at"  # "is that young man also appearing in ..."
    QUESTION = "a question of its own"  # "for how many prizes it was nominated"
    EXCLAMATION = "an exclamation"  # "ah yes, another beloved ..."
    MEASURE = "a span of time measured"  # "years till s3", "days left before season 3"
    WHEN = "a time pointed at"  # "what did he write before that", "after this one"
    ASPECT = "a side of the work"  # "who works with her on the story side"
    SENTENCE = "more words than a title holds"  # "in my country the show is very popular now i want ..."
    EXTENT = "how far a credit or count reaches"  # "across both seasons", "in total so far", "throughout"
    HEDGE = "a guess the fan hedges, or the side they speak of"  # "monday or whatever", "tv wise"
    COMPARISON = "one count or value set against another"  # "more baftas than", "fewer eps than"


# Titles run to a few words ("the curious incident of the dog in the night time" is nine): more is a sentence.
_MAX_TITLE_WORDS = 9
# Pronouns that start a clause of their own with an auxiliary after them ("it was nominated", "he is").
_CLAUSE_SUBJECTS = frozenset("it he she they".split())
# Relative words that open a clause about someone ("whoever wrote the novels, did they ..."): no title.
_RELATIVES = frozenset("whoever whomever whatever whichever".split())
# Words pointing at someone with a person noun after them ("that young man", "this lad").
_DEMONSTRATIVES = frozenset("that this these those".split())
_PEOPLE = PERSON_HEADS | frozenset(
    """man men woman women lad lads fellow fellows chap bloke dude gentleman lady ladies actor actors actress
    actresses""".split()
)
# Verbs of someone's part in a show ("is he appearing in ...", "that young man acting in ..."): the subject
# ends before them.
_PART_VERBS = frozenset("appearing acting starring playing featuring working filming".split())
# Adverbs between a subject and its verb ("that young man also appearing"): the subject ends before them.
_VERB_ADVERBS = (PREDICATE_ADVERBS | TAIL_WORDS) - frozenset({"to", "be", "going", "gonna"})


def talk_in_title_place(words: list[str], before: str | None = None) -> Talk | None:
    """What kind of talk `words` (standing in a title's place, after the token `before`) are, or None when
    nothing says they are not a title."""
    if not words:
        return None
    if len(words) > _MAX_TITLE_WORDS:
        return Talk.SENTENCE
    if words[0] in INTERJECTIONS:
        return Talk.EXCLAMATION
    if measures_time(words):
        return Talk.MEASURE
    if points_at_a_time(words):
        return Talk.WHEN
    if _extent(words) or _every_part(words):
        return Talk.EXTENT
    if _hedged(words):
        return Talk.HEDGE
    if words[-1] == "than" or (words[0] in _MORE_OR_FEWER and "than" in words):
        return Talk.COMPARISON  # no title ends with "than"
    if _asks_itself(words):
        return Talk.QUESTION
    if _relation_asked(words) or _fact_asked(words):
        return Talk.RELATION
    if before == "on" and aspect_of_work(words):
        return Talk.ASPECT
    if before in AUXILIARIES and _verb_first(words, before):
        return Talk.PREDICATE
    if _part_of_a_show(words) or _talked_about(words):
        return Talk.POINTED
    subject = _subject_before_verb(words)
    if _points_at(words) or (subject is not None and _points_at(subject)) or _object_then_preposition(words):
        return Talk.POINTED
    return None


def _extent(words: list[str]) -> bool:
    """'across both seasons', 'in total across the first two seasons', 'throughout': a word of extent, then
    only everyday, pointing and number words ("Across the Universe" keeps a word of its own)."""
    first = 1 if words[0] in ("in", "over") and len(words) > 1 else 0  # "in total", "over the two seasons"
    return words[first] in EXTENT_WORDS and all(
        everyday(w) or w in POINTING_WORDS or w.isdigit() for w in words[first + 1 :]
    )


# Words that take in every part of a show ("every episode so far", "all the seasons", "each ep").
_EVERY = frozenset("every each all".split())
_COUNTED_PARTS = frozenset("episode episodes ep eps season seasons series".split())


def _every_part(words: list[str]) -> bool:
    """'every episode so far', 'all the seasons yet': every part of the show, in everyday words around it."""
    return (
        words[0] in _EVERY
        and any(w in _COUNTED_PARTS for w in words[1:])
        and all(
            everyday(w) or w in STOPWORDS or w in POINTING_WORDS or w in _COUNTED_PARTS or w.isdigit()
            for w in words[1:]
        )
    )


# Words that open a count set against another ("more baftas than emmys", "fewer episodes than s1").
_MORE_OR_FEWER = frozenset("more fewer less".split())
# Tails that hedge a guess ("monday or whatever", "a thursday or something"): no title ends with them.
_HEDGE_TAILS = frozenset(
    {("or", "whatever"), ("or", "something"), ("or", "smth"), ("or", "sth"), ("or", "so"), ("or", "anything"),
     ("and", "stuff"), ("and", "whatnot"), ("or", "sumn")}
)  # fmt: skip
# The side a fan speaks of ("tv wise", "cast wise"): a word or two, then "wise".
_MOST_SIDE_WORDS = 3


def _hedged(words: list[str]) -> bool:
    """'monday or whatever', 'tv wise': a guess the fan hedges, or the side of things they mean."""
    side = words[-1] == "wise" and 1 < len(words) <= _MOST_SIDE_WORDS
    return side or (len(words) > 2 and tuple(words[-2:]) in _HEDGE_TAILS)


def _asks_itself(words: list[str]) -> bool:
    """'how many prizes it was nominated': a count asked, a relative clause ("whoever wrote ..."), or a
    pronoun and its auxiliary inside the span ("it was", "he is"); titles ask with the speaker ("how i met
    your mother", "what we do in the shadows")."""
    counts = any(w == "how" and n in COUNTING for w, n in pairwise(words))
    clause = any(w in _CLAUSE_SUBJECTS and n in AUXILIARIES for w, n in pairwise(words))
    # "which royal drama": a kind of work asked for ("What If...?" may be a title; no title opens on "which")
    which = words[0] == "which" and len(words) > 1
    return counts or which or words[0] in _RELATIVES or (clause and any(w in WH_WORDS for w in words))


def _relation_asked(words: list[str]) -> bool:
    """'the directing', 'directing credits', 'the writing credits': a relation noun heads words that are
    all the fan's ("the", everyday words, other relation nouns)."""
    return words[-1] in RELATION_NOUNS and all(
        w in RELATION_NOUNS or w in POINTING_WORDS or w == "of" or everyday(w) for w in words[:-1]
    )


# "the release date", "there a premiere date", "the better rt score": the fact asked, never a title ("First
# Date" keeps a word of its own: only these words may stand before the noun).
_ARTICLES = frozenset("the a an any its their there".split())
_BEFORE_FACT_NOUN: dict[str, frozenset[str]] = dict.fromkeys(
    ("date", "dates", "airdate", "airdates"),
    _ARTICLES
    | frozenset(
        "release premiere air launch drop debut streaming finale official exact new next confirmed".split()
    ),
) | dict.fromkeys(
    ("score", "scores", "rating", "ratings", "review", "reviews"),
    _ARTICLES
    | frozenset(
        """better best higher highest lower lowest worse worst critics critic audience audiences rotten
        tomatoes imdb tomatometer overall average""".split()
    ),
)


# "the pilot of X", "the first episode of X": an episode asked of X, never its title's first words. (Not "the
# cast" or "the season": a wider set gave someone nobody knows another show's facts in person threads.)
_BEFORE_FACT_NOUN |= dict.fromkeys(
    ("pilot", "episode", "finale"),
    _ARTICLES | frozenset("first last final new next latest whole full main season series".split()),
)


def _fact_asked(words: list[str]) -> bool:
    """'the release date', 'the better rotten tomatoes score': a date or score noun after only the words
    saying which one."""
    before = _BEFORE_FACT_NOUN.get(words[-1])
    return before is not None and all(w in before for w in words[:-1])


# Nouns for one side of the work ("on the story side", "on the writing end", "on the music front").
_ASPECTS = frozenset({"side", "end", "front"})


def aspect_of_work(words: list[str]) -> bool:
    """'the story side', 'the production end': "the", everyday words or relation nouns, then a side."""
    return (
        len(words) >= 3
        and words[0] == "the"
        and words[-1] in _ASPECTS
        and all(w in RELATION_NOUNS or everyday(w) for w in words[1:-1])
    )


def _verb_first(words: list[str], aux: str) -> bool:
    """'when is coming the third season' ("coming"), 'who was doing the direction' ("doing the directing"):
    the auxiliary's own verb opens the span, and what follows it points or names a relation ("is killing
    eve renewed", "is breaking bad on netflix" keep a word of their own)."""
    first = words[0]
    predicate = (first,) in PREDICATES_AFTER.get(aux, frozenset())
    progressive = first.endswith("ing") and len(first) > 4 and everyday(first)
    rest = words[1:]
    return (predicate or progressive) and all(
        w in POINTING_WORDS or w in RELATION_NOUNS or w in _RANKING for w in rest
    )


# How a predicate ranks its subject ("which season is rated highest"): no title's words.
_RANKING = frozenset("highest higher best better lowest lower worst worse most least".split())


def _subject_before_verb(words: list[str]) -> list[str] | None:
    """The words before a verb of someone's part, or before an adverb and the verb after it ("that young
    man" in "that young man also appearing"), or None when no such verb stands inside the span."""
    for i in range(1, len(words)):
        verb = words[i + 1] if i + 1 < len(words) else ""
        if words[i] in _PART_VERBS or (
            words[i] in _VERB_ADVERBS and len(verb) > 4 and verb.endswith(("ing", "ed"))
        ):
            return words[:i]
    return None


# A part of a show named with everyday words ("the big finale", "the last episode"): the show's, no title.
_SHOW_PARTS = frozenset("finale premiere episode episodes trailer teaser ending".split())


def _part_of_a_show(words: list[str]) -> bool:
    """'the big finale', 'the new trailer': a part of a show after only everyday or pointing words."""
    return names_a_moment(words) or (
        len(words) > 1
        and words[-1] in _SHOW_PARTS
        and all(everyday(w) or w in POINTING_WORDS for w in words[:-1])
    )


# A pronoun object and the preposition after it ("made it into a tv show", "turned them into a series").
_OBJECTS = frozenset("it them him her us me".split())
_AFTER_OBJECT = frozenset("into in to onto from as for".split())


def _object_then_preposition(words: list[str]) -> bool:
    """'it into a tv show': the verb's object and what it was made into, a clause and no title ("It Follows"
    keeps a word of its own after the pronoun)."""
    return len(words) > 1 and words[0] in _OBJECTS and words[1] in _AFTER_OBJECT


def _talked_about(words: list[str]) -> bool:
    """'the other show we talked about', 'that one you mentioned': pointing words, then words saying the thing
    was talked about before (no title ends with "we talked about")."""
    for tail in TALKED_ABOUT_TAILS:
        if tuple(words[-len(tail) :]) == tail:
            return all(w in POINTING_WORDS or w in _ORDINALS for w in words[: -len(tail)])
    return False


# Words that place a thing in the conversation's order: "the first show", "the other one".
_ORDINALS = frozenset("other first earlier previous last same second".split())


def _points_at(words: list[str]) -> bool:
    """'that young man', 'this lad', 'he': a demonstrative and a person noun, or pointing words alone."""
    if len(words) > 1 and words[0] in _DEMONSTRATIVES and words[-1] in _PEOPLE:
        return all(everyday(w) or w in POINTING_WORDS for w in words[1:-1])
    # People are no way of pointing at a show ("how many seasons of friends", "who's in the boys").
    return all(w in POINTING_WORDS and w not in PERSON_HEADS for w in words)
