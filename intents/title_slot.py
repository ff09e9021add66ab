"""The title slot: which words of a question stand where a show's title stands, and whether they name one.

A question has one place for its subject: "is X on netflix", "who's in X", "who created X", "X cast",
"when does X come back", "where can i watch X", "is P in X". The reader finds that place by the question's
shape (its auxiliary, predicate, preposition or verb), never by the title's words, so a title made of everyday
words ("One Day", "This Is Us", "You") is read as well as one nobody has heard of. The words in the slot are
then a known name (linked already), a way of pointing at a show ("it", "the show", "that one", "the new
season"), or a title Marquee has no facts about, which must get "I don't have facts about X", never the
default show's facts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from intents.opening_phrases import past_opening
from intents.ordinary_words import a_modifier
from intents.pronoun_predicates import points_back, the_fan_doing, the_fan_means_to
from intents.title_evidence import Talk, talk_in_title_place
from intents.title_forward import TITLE_DETERMINERS, forward_end
from intents.title_news import after_news_verb
from intents.title_question import Frame, Question
from intents.title_season_talk import measured_between, said_of_season, spans_seasons
from intents.title_subject import subject_span
from intents.title_trim import trimmed
from intents.title_unknown_words import (
    a_place_after,
    someone_checked_in,
    title_before_its_star,
    unknown_words_title,
)
from intents.title_words import (
    AUXILIARIES,
    CHARACTER_VERBS,
    COUNT_QUESTIONS,
    CREDIT_VERBS,
    DETERMINERS,
    EPISODE_PICKERS,
    FACT_WORDS,
    FAN_ACTIVITIES,
    FRANCHISES,
    LEADING_FILLERS,
    NAMING_VERBS,
    NEWS_VERBS,
    NOT_A_LEADING_TITLE,
    NOT_LAST_WORDS,
    PERSON_HEADS,
    POINTING_MODIFIERS,
    POINTING_PRONOUNS,
    POINTING_WORDS,
    SINGULAR_AUXILIARIES,
    SOURCE_NOUNS,
    SPEAKER_PRONOUNS,
    STREAMING_WORDS,
    TITLE_PREPOSITION_HEADS,
    UNNAMED_THINGS,
    WATCHING_VERBS,
    WH_IS,
    WH_WORDS,
    WHO_AUXILIARIES,
)

_PREPOSITIONS = ("in", "of", "from", "about", "on", "for")
_SHOW_NOUNS = frozenset("show series one movie film".split())
_DESCRIBING_WORDS = STREAMING_WORDS | POINTING_MODIFIERS | FRANCHISES.keys() | {"star", "wars", "dc"}
_POSSESSIVES = frozenset("my your his her our their".split())
MAX_LEADING_WORDS = 6
_ROLES_AS_VERBS = frozenset({"producer", "producers"})
_VERB_CHAINS = WATCHING_VERBS | CREDIT_VERBS | frozenset({"to"})
_SAID_OF_A_FACT = WATCHING_VERBS | CREDIT_VERBS | NEWS_VERBS
_NOT_WATCHED = UNNAMED_THINGS | FAN_ACTIVITIES  # "finished reading the novels": no title after the verb
_RATE_WORDS = frozenset({"per", "each"})
# The fan as a credit verb's subject ("which date should i write down", "we made a playlist"): the fan's own
# doing, whose object is no show's title.
_THE_FAN_DOING = (["i"], ["we"])


@dataclass(frozen=True, slots=True)
class Slot:
    """The words standing in a title's place: tokens[start:end], read by `frame`."""

    start: int
    end: int
    frame: Frame


@dataclass(frozen=True, slots=True)
class UnknownTitle:
    """A title Marquee has no facts about: its words, and the frame that placed it (None: only its unknown
    words, after a preposition or before a season, mark it as a title)."""

    words: list[str]
    frame: Frame | None


def unknown_title(q: Question) -> UnknownTitle | None:
    """The title Marquee has no facts about in the question's title slot, if one stands there."""
    # A question naming a known show has it in its title slot: only unknown words may name another title
    # ("is it like stranger things or heartstopper"), and its slots need no reading (most questions: cheap).
    names_a_show = any(m.refs[0].kind == "show" for m in q.mentions)
    if not names_a_show and (starring := title_before_its_star(q)):
        return UnknownTitle(starring, None)  # "succession w brian cox, who created it": "it" is Succession
    slots = () if names_a_show else title_slots(q)
    for slot in slots:
        end = q.before_its_network(slot.start, slot.end)  # "the penguin on hbo": no title is a network
        words = q.tokens[slot.start : end]
        if words[:1] == ["in"] and len(words) > 1 and _who_is(q.tokens[: slot.start]):
            words = words[1:]  # "who is in the bear on fx": the title after "in"
        kinds = {q.kind_at(i) for i in range(slot.start, end)} - {None}
        if (
            kinds & {"show", "network"}
            or _points(words, slot.frame, q)
            or points_back(words)  # "is it the same director as", "the first of those": said of it
            or (slot.frame is Frame.SUBJECT and the_fan_doing(words, _singular_subject(q)))
            or set(words) - {"the"} <= FRANCHISES.keys()
        ):
            return None  # a known show, a franchise or a way of pointing at a show fills the slot
        if kinds:
            continue  # a person in the subject's place ("is kit connor in X"): the title stands further on
        if said_of_season(q, slot.start, end):
            continue  # "has the new season begun on netflix": what is said of the season, no title
        if measured_between(words, q.tokens[end : end + 1]):
            continue  # "what is the gap in days between s1 and s3": a measure of two things, no title
        if spans_seasons(words, q.tokens[end : end + 1]):
            continue  # "how many eps did he direct total across s1 and s2": how far the count reaches
        if a_modifier(words, q.tokens[end:]):
            continue  # "the basic cast", "the exact date": describing words before the fact asked, no title
        if talk_in_title_place(words, q.tokens[slot.start - 1] if slot.start else None) is not None:
            continue  # "who made the directing of s3", "years till s3": the fan's talk; a title may follow
        title = after_the_fact_asked(words)
        of_it = len(words) > 2 and words[-2] in ("of", "for") and words[-1] in POINTING_PRONOUNS
        if of_it or (title != words and (points_back(title) or _points(title, slot.frame, q))):
            return None  # "how old is the cast of it": the fact asked of the show talked about
        return UnknownTitle(title, slot.frame)
    words = unknown_words_title(q)
    if not words or talk_in_title_place(words) is not None:
        return None  # "for how many prizes it was nominated": a question of its own, no title
    return UnknownTitle(words, None)


def _who_is(before: list[str]) -> bool:
    """Whether the words before a title slot ask who is (was, are) in it."""
    return before[-1:] == ["whos"] or (before[-2:-1] == ["who"] and before[-1:] in (["is"], ["are"], ["was"]))


def after_the_fact_asked(words: list[str]) -> list[str]:
    """'the release date for the bear': the title after the fact asked of it ("The Bear")."""
    for i, word in enumerate(words[1:-1], start=1):
        if word in ("for", "of") and talk_in_title_place(words[:i]) is Talk.RELATION:
            return words[i + 1 :]
    return words


def title_slots(q: Question) -> Iterator[Slot]:
    """The places a title may stand in, surest first, each trimmed to the words that could be a title."""
    # Lazily: most questions are decided by their first slot.
    for frame, start, end in chain(
        _after_verbs(q), after_news_verb(q), subject_span(q), _after_preposition(q), _leading(q)
    ):
        start, end = trimmed(q, start, end)
        start = _after_described_noun(q, start, end)
        start = _after_source_noun(q.tokens, start, end)
        if end > start:
            yield Slot(start, end, frame)


def _after_described_noun(q: Question, start: int, end: int) -> int:
    """'the new netflix show one day': the title follows the show noun its description ends in."""
    for k in range(start + 1, end - 1):
        if q.tokens[k] in _SHOW_NOUNS and q.tokens[start] in TITLE_DETERMINERS:
            described = q.tokens[start + 1 : k]  # "the show will smith runs" describes no show: none
            if described and all(
                w in _DESCRIBING_WORDS or q.kind_at(start + 1 + i) == "network"
                for i, w in enumerate(described)
            ):
                # "the netflix show called one day": the naming verb only introduces the title.
                return k + 2 if q.tokens[k + 1] in NAMING_VERBS else k + 1
    return start


_MADE_FROM = frozenset({"based", "adapted"})


def _after_source_noun(tokens: list[str], start: int, end: int) -> int:
    """'who wrote the book X is based on': the title follows the source noun, before what was made of it."""
    made_from = tokens[end : end + 1] != [] and tokens[end] in AUXILIARIES and tokens[end + 1 : end + 2] != []
    if not made_from or tokens[end + 1] not in _MADE_FROM or end - start < 3:
        return start
    if tokens[start] in DETERMINERS and tokens[start + 1] in SOURCE_NOUNS:
        return start + 2
    return start


def _points(words: list[str], frame: Frame, q: Question) -> bool:
    """Words that point at a show rather than name one: "it", "the new season", "that one", "my friends"."""
    if len(words) == 1 and words[0] in SPEAKER_PRONOUNS:
        # "is you renewed", "who's in you": a title; "are you on netflix", "did you watch": the fan.
        return frame is Frame.SUBJECT and not _singular_subject(q)
    if words[0] in _POSSESSIVES and all(w in POINTING_WORDS for w in words):
        return True  # "my daughter", "his family": someone, not a show
    if len(words) > 2 and words[0] in DETERMINERS and words[1] in _SHOW_NOUNS:
        return True  # "the show will smith runs": a show described, not named
    if len(words) > 2 and words[0] in DETERMINERS and words[-1] in _SHOW_NOUNS:
        # "the marvel show", "the netflix one": described by its franchise or service ("The Morning Show"
        # is a title: "morning" describes no show).
        return all(w in _DESCRIBING_WORDS for w in words[1:-1])
    # "who's in the boys", "is old friends renewed": people are no way of pointing at a show.
    return all((w in POINTING_WORDS and w not in PERSON_HEADS) or w.isdigit() for w in words)


def _singular_subject(q: Question) -> bool:
    aux = next((t for t in q.tokens[:5] if t in AUXILIARIES or t in WH_IS), None)
    return aux in SINGULAR_AUXILIARIES


def _after_verbs(q: Question) -> Iterator[tuple[Frame, int, int]]:
    for at, token in enumerate(q.tokens[:-1]):
        if q.tokens[at + 1] in _VERB_CHAINS or tuple(q.tokens[at + 1 : at + 3]) in COUNT_QUESTIONS:
            continue  # "started watching it": the title follows the last verb; "directed how many episodes"
        if q.tokens[at + 1] in _RATE_WORDS:
            continue  # "how many episodes did he direct per season": a rate of the credit, no title
        # "who producer X": "who produces X" as its words are read ("produces" respelt as the role)
        credit = token in CREDIT_VERBS or (at == 1 and q.tokens[0] == "who" and token in _ROLES_AS_VERBS)
        fans = q.tokens[at - 1 : at] in _THE_FAN_DOING or the_fan_means_to(q.tokens, at)  # "i want to make"
        if credit and not fans:
            yield Frame.CREDIT, at + 1, forward_end(q, at + 1)
        elif token in WATCHING_VERBS and q.tokens[at + 1] not in _NOT_WATCHED:  # "watching anything lgbt"
            yield Frame.WATCHING, at + 1, forward_end(q, at + 1)


def _after_preposition(q: Question) -> Iterator[tuple[Frame, int, int]]:
    """'who's in X', 'cast of X', 'is P in X', 'who plays C in X', 'tell me about X', 'any news on X'."""
    tokens = q.tokens
    for p in range(len(tokens) - 2, -1, -1):
        if tokens[p] in _PREPOSITIONS and _licensed(q, p) and not a_place_after(tokens, p):
            yield Frame.PREPOSITION, p + 1, forward_end(q, p + 1)
            return


def _licensed(q: Question, p: int) -> bool:
    """Whether the preposition at p takes a show: by the word before it, or a person or character before
    it ("is joe locke in X", "who plays nick in X")."""
    tokens, before = q.tokens, q.tokens[p - 1] if p > 0 else ""
    if before in TITLE_PREPOSITION_HEADS[tokens[p]]:
        return tokens[p] != "about" or before != "me" or "tell" in tokens[:p]
    if tokens[p] == "of" and q.season is not None and q.season.end == p:
        return True  # "season 2 of X"
    if tokens[p] != "in" or p == 0:
        return False
    if before in WHO_AUXILIARIES and p >= 2 and tokens[p - 2] in ("who", "whos"):
        return True
    if q.kind_at(p - 1) in ("person", "character"):
        return True
    if q.unknown[1] and someone_checked_in(tokens, 1, p):
        return True  # "is bryan cranston in breaking bad": someone nobody knows, checked against X
    # "who plays eleven in X": a character nobody knows, after a verb of playing.
    return q.unknown[p - 1] and any(t in CHARACTER_VERBS for t in tokens[max(0, p - 3) : p - 1])


def _leading(q: Question) -> Iterator[tuple[Frame, int, int]]:
    """'X cast', 'X season 2 when', 'X rotten tomatoes': a title the question starts with, then a fact."""
    tokens = q.tokens
    start = past_opening(tokens, LEADING_FILLERS)  # "hot take: X was better": no title "hot take"
    if start + 2 < len(tokens) and _shown_by(q, start) and q.kind_at(start + 1) is None:
        start += 1  # "hbo's true detective cast": the network that shows the title leads it
    end = start
    while end < len(tokens) and not _leading_fact(q, end):
        end += 1
    asked_next = end + 1 < len(tokens) and (tokens[end + 1] in WH_WORDS or tokens[end + 1] in AUXILIARIES)
    if asked_next and q.before_its_network(start, end + 1) == end - 1:
        end -= 1  # "the penguin on hbo, when is it out": the network it airs on is no part of the title
    if end == len(tokens) or end == start or end - start > MAX_LEADING_WORDS:
        return
    if tokens[end] in WH_WORDS and end + 1 < len(tokens):
        return  # "sorry if dumb question but who's andy newberry": chatter before a question, no title
    span = tokens[start:end]
    if len(span) == 1 and span[0] in _PREPOSITIONS:
        return  # "about who", "for what": a preposition alone before what it asks, no title
    if span[0] in AUXILIARIES or span[0] in (NOT_LAST_WORDS | DETERMINERS) - TITLE_DETERMINERS:
        return  # a question ("is season 3 out"), or a fragment of one ("and on what network", "any wins")
    if span[-1] in NOT_LAST_WORDS or any(w in _SAID_OF_A_FACT for w in span):
        return  # said of the fact, not a title before it: "so excited for the premiere", "loved the finale"
    if span != ["you"] and any(w in NOT_A_LEADING_TITLE or w in WH_WORDS for w in span):
        return
    while end > start and tokens[end - 1] in EPISODE_PICKERS:
        end -= 1  # "X new season": the season's words are no part of the title
    yield Frame.LEADING, start, end


def _shown_by(q: Question, i: int) -> bool:
    """A network or streaming service at i ("hbo's", "netflix")."""
    return q.kind_at(i) == "network" or q.tokens[i] in STREAMING_WORDS


def _leading_fact(q: Question, i: int) -> bool:
    """A fact asked for after a leading title: "cast", "season 2", "when", "netflix?"."""
    token = q.tokens[i]
    return token in FACT_WORDS or q.in_season(i) or token in STREAMING_WORDS or q.kind_at(i) == "network"
