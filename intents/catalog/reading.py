"""Reading a relation path from a question: a lexicon of relation phrases, read outward from the topic entity.

Every relation links films to values, so a phrase only has to say WHICH relation it means; its direction
follows from what the walk holds at that point (films -> forward, values of the relation -> inverted):
"directed" is forward in "who directed [Kismet]" and inverted in "films directed by [Joel Zwick]".
Phrases are ordered by nearness to the entity: a name's own modifiers ("[X] acted films", "[X] actors")
first, then the words before it from nearest to farthest, then the predicate after it ("... were released
in which years"). Some phrases mean two hops over one relation: "co-stars of", "the same director as",
"share writers with", "whose actors also appear in".
"""

from __future__ import annotations

import enum
import functools
import re
from typing import NamedTuple

# The lexicon's words, re-exported for the readers that import them from here.
from intents.catalog.lexicon_words import LEXICON_WORDS as LEXICON_WORDS
from intents.catalog.lexicon_words import PAIR_TRIGGERS as PAIR_TRIGGERS
from intents.catalog.lexicon_words import TRIGGERS as TRIGGERS
from intents.catalog.paths import CatalogRelation, Hop, ValueKind
from intents.catalog.relative_clauses import Clause, clause_after_person, worked_with

R = CatalogRelation
_ROLE_NOUNS = {
    R.DIRECTED_BY: r"directors?|filmmakers?|managers?|producers?",
    # "the author of [X]": MetaQA's and fans' word for its writers, as "the writer of [X]" is.
    R.WRITTEN_BY: r"writers?|screenwriters?|scriptwriters?|screenplay writers?|authors?",
    R.STARRED_ACTORS: r"actors?|actress(?:es)?|cast members?|stars|players",
}
_ROLE_VERBS = {
    # "led", "headed", "managed": how machine-translated paraphrases (MetaQA's NTM set) say "directed".
    R.DIRECTED_BY: r"direct(?:s|ed|ing)?|led|lead|leads|headed|helmed|managed|produced|run|ran",
    R.WRITTEN_BY: r"wr(?:ote|ite|ites|itten|iting)|penned",
    R.STARRED_ACTORS: r"act(?:s|ed|ing)?|starr(?:ed|ing)|stars?|appear(?:s|ed|ing)?|play(?:s|ed|ing)?"
    r"|featur(?:es|ed|ing)|(?:take |took |taking )?action|shown in|seen in",
}
_CO = {
    R.DIRECTED_BY: r"co ?direct(?:ors?|ed|s|ing)?",
    R.WRITTEN_BY: r"co ?wr(?:iters?|ote|ites|itten|iting)",
    R.STARRED_ACTORS: r"co ?star(?:s|red|ring)?",
}
_FILMS = r"(?:films?|movies?|pictures?)"


def _pairs(rel: CatalogRelation) -> list[str]:
    noun, verb = _ROLE_NOUNS[rel], _ROLE_VERBS[rel]
    return [
        rf"(?:(?:{verb}) (?:{_FILMS} )?with )?{_CO[rel]}(?: {_FILMS})?(?: (?:of|with))?",
        rf"(?:{verb}) (?:in )?(?:{_FILMS} )?together with",
        rf"(?:{verb}) in the same {_FILMS} (?:with|as)",
        rf"(?:(?:{verb})(?: by)? )?(?:the )?same (?:{noun})(?: (?:of|as|with|in))?",
        rf"shar(?:e|es|ed|ing) (?:the |a |an )?(?:same )?(?:{noun})(?: (?:with|of))?",
        rf"whose (?:{noun}) (?:also )?(?:{verb})(?: in)?",
        rf"(?:{noun}) (?:in|of) their {_FILMS} (?:also )?(?:{verb})(?: in)?",
        rf"{_FILMS} for the (?:{noun}) of",
    ]


def _singles(rel: CatalogRelation) -> list[str]:
    noun, verb = _ROLE_NOUNS[rel], _ROLE_VERBS[rel]
    return [
        rf"{_FILMS} for the (?:{noun})",
        rf"(?:{verb}) (?:which|what) (?:{noun})",
        rf"(?:{verb}) by",
        rf"(?:{noun})(?: (?:of|in))?",
        verb,
    ]


def _labels(rel: CatalogRelation) -> list[str]:
    # "which screenwriters co-wrote ...": the answer's kind, a hop only when nothing else names the relation.
    noun = _ROLE_NOUNS[rel]
    return [rf"(?:which|what) (?:{noun})", rf"(?:{noun}) (?:who|that|which)"]


_VALUE_PHRASES = {
    R.RELEASE_YEAR: r"release (?:dates?|years?)|released? (?:in )?(?:which |what )?years?"
    r"|releas(?:e|ed|es|ing)|(?:which|what) years?|years?|came out|come out|premiered",
    # "gender" and "nature": genre as machine translation renders it.
    R.HAS_GENRE: r"genres?|types?|kinds?(?: of| for)?|categor(?:y|ies)|sorts? of|gender|nature|style"
    r"|fall(?:s|ing)? under",
    R.IN_LANGUAGE: r"languages? spoken|languages?|spoken(?: in)?",
    # "what terms are applicable to [X]", "which terms apply to [X]": MetaQA's other way to ask its tags.
    R.HAS_TAGS: r"tags?|keywords?|topics?|describ(?:e|es|ed|ing)"
    r"|terms? (?:that )?(?:(?:are|is) )?(?:applicable|appl(?:y|ies))(?: to)?|applicable to",
    R.HAS_IMDB_VOTES: r"votes|popular(?:ity)?|famous|well known",
    R.HAS_IMDB_RATING: r"ratings?|rated|rate",
}
# "what movies came out the same year as [X]": the film's value, then every film sharing it (no MetaQA
# question says "the same year/genre/language as"; fans do).
_VALUE_PAIRS = {
    R.RELEASE_YEAR: r"(?:(?:came|come|comes) out |releas(?:e|ed|es) |made )?(?:in )?the same year as",
    R.HAS_GENRE: r"(?:of |in )?the same (?:genre|kind|type) as",
    R.IN_LANGUAGE: r"(?:in )?the same language as",
}
_WORKS = rf"{_FILMS} by|made|make|makes|done|been in|work(?:s|ed)? on|filmography"
_PERSON_ROLES = (R.DIRECTED_BY, R.WRITTEN_BY, R.STARRED_ACTORS)


class MentionKind(enum.Enum):
    SINGLE = "single"
    PAIR = "pair"  # two hops over one relation
    LABEL = "label"  # names the answer's kind only
    WORKS = "works"  # a person's films in their usual role ("films by X", "what has X made")


def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[CatalogRelation, MentionKind]]]:
    # One alternation, pairs before singles and longer phrases first, so the regex takes the longest reading.
    groups: dict[str, tuple[CatalogRelation, MentionKind]] = {}
    parts: list[str] = []
    entries = [(rel, MentionKind.PAIR, p) for rel in _PERSON_ROLES for p in _pairs(rel)]
    entries += [(rel, MentionKind.PAIR, p) for rel, p in _VALUE_PAIRS.items()]
    # "who else acted in films with keanu reeves": his co-stars (no other role reads so: "directed films
    # with X" are films starring X).
    entries.append(
        (R.STARRED_ACTORS, MentionKind.PAIR, rf"(?:{_ROLE_VERBS[R.STARRED_ACTORS]}) in {_FILMS} with")
    )
    # "who directed films with tom hanks": the films with someone, right before their name, star them.
    entries.append((R.STARRED_ACTORS, MentionKind.SINGLE, rf"{_FILMS} with$"))
    entries += [(rel, MentionKind.LABEL, p) for rel in _PERSON_ROLES for p in _labels(rel)]
    entries += [(rel, MentionKind.SINGLE, p) for rel in _PERSON_ROLES for p in _singles(rel)]
    entries += [(rel, MentionKind.SINGLE, p) for rel, p in _VALUE_PHRASES.items()]
    entries.append((R.DIRECTED_BY, MentionKind.WORKS, _WORKS))
    for number, (rel, kind, pattern) in enumerate(entries):
        name = f"g{number}"
        groups[name] = (rel, kind)
        parts.append(rf"(?P<{name}>\b(?:{pattern})\b)")
    return re.compile("|".join(parts)), groups


_PATTERN, _GROUPS = _lexicon()
# "[X] acted films", "[X] actors", "the [X] director": the name's own modifier, read first.
_POSTMODIFIER = re.compile(
    rf"^(?:(?:{'|'.join(_ROLE_VERBS.values())}) {_FILMS}|(?:{'|'.join(_ROLE_NOUNS.values())}))\b"
)


class Mention(NamedTuple):
    """A relation phrase: its place in reading order, its relation, and what it says (hops or a kind)."""

    order: tuple[int, int]
    relation: CatalogRelation
    kind: MentionKind
    adjacent: bool = False  # directly before the name ("the actor [X]")


def phrases(text: str) -> list[re.Match[str]]:
    """The lexicon's matches in folded `text`, as `_PATTERN.finditer` finds them.

    Every phrase starts a word (each alternative opens with a letter after \\b), so only word starts are
    tried: a few positions instead of every character, each of which costs a try of every alternative.
    """
    found: list[re.Match[str]] = []
    at = 0
    while at < len(text):
        match = _PATTERN.match(text, at)
        if match is not None:
            found.append(match)
            at = match.end()
        space = text.find(" ", at)
        if space < 0:
            break
        at = space + 1
    return found


def mentions(tokens: list[str], start: int, end: int) -> list[Mention]:
    """The relation phrases around the entity at tokens[start:end], nearest (innermost) first."""
    left, right = " ".join(tokens[:start]), " ".join(tokens[end:])
    found: list[Mention] = []
    modifier = _POSTMODIFIER.match(right)
    for match in phrases(left):
        rel, kind = _GROUPS[str(match.lastgroup)]
        found.append(Mention((1, -match.start()), rel, kind, match.end() == len(left)))
    for match in phrases(right):
        rel, kind = _GROUPS[str(match.lastgroup)]
        inner = modifier is not None and match.start() == 0
        found.append(Mention((0, 0) if inner else (2, match.start()), rel, kind))
    found.sort(key=lambda m: m.order)
    outside = tokens[:start] + tokens[end:]
    if not any(m.relation is R.RELEASE_YEAR for m in found) and "when" in outside:
        found.append(Mention((3, 0), R.RELEASE_YEAR, MentionKind.SINGLE))
    return found


def read_path(
    tokens: list[str],
    start: int,
    end: int,
    topic: ValueKind,
    role: CatalogRelation | None = None,
    guess: bool = True,
) -> tuple[Hop, ...] | None:
    """The path a question asks for from the entity at tokens[start:end] (of kind `topic`), or None.

    `role` is the topic person's usual role, used when the question goes from a person straight to a film
    fact ("what genres does [X] make"); None when no relation phrase is found or the phrases cannot chain.
    With `guess`, a question without any relation phrase gets the usual one ("who is in [film]").
    """
    return _path_of_shape(tuple(tokens[:start]), tuple(tokens[end:]), topic, role, guess)


# The path reads only the words around the name, never the name itself: questions of one shape ("what films
# did [X] act in") share one reading, whoever X is. Bounded: a new shape past the limit evicts the oldest.
@functools.lru_cache(maxsize=4096)
def _path_of_shape(
    before: tuple[str, ...],
    after: tuple[str, ...],
    topic: ValueKind,
    role: CatalogRelation | None,
    guess: bool,
) -> tuple[Hop, ...] | None:
    tokens, start = [*before, *after], len(before)  # the name taken out: it is read nowhere below
    found = mentions(tokens, start, start)
    if topic is ValueKind.PERSON and worked_with(after):
        asked = [m.relation for m in found if m.relation.value_kind is ValueKind.PERSON and m.order[0] == 1]
        return (Hop(role, True), Hop(asked[0], False)) if asked and role is not None else None
    clause = clause_after_person(before, after) if topic is ValueKind.PERSON else None
    if clause is not None:
        found = _clause_first(found, clause)
    found = _meaningful(found, topic)
    if not found and guess:
        found = _unsaid(tokens, start, topic)
    kind = topic
    hops: list[Hop] = []
    if _their_films(found, topic, after):  # "who starred in [X] movies": the people of X's films
        if role is None:
            return None
        hops, kind = [Hop(role, True)], ValueKind.FILM
    for number, mention in enumerate(found):
        if mention.kind is MentionKind.WORKS:
            # Only as the last word on a person: "what else has the director of X made", "films by X".
            last = hops[-1].relation if hops else role
            if kind is ValueKind.PERSON and number == len(found) - 1 and last is not None:
                hops.append(Hop(last, True))
                kind = ValueKind.FILM
            continue
        pair = mention.kind is MentionKind.PAIR
        for relation in (mention.relation, mention.relation) if pair else (mention.relation,):
            if kind is ValueKind.FILM:
                hops.append(Hop(relation, False))
                kind = relation.value_kind
            elif kind is relation.value_kind:
                hops.append(Hop(relation, True))
                kind = ValueKind.FILM
            elif kind is ValueKind.PERSON and role is not None:
                hops += [Hop(role, True), Hop(relation, False)]
                kind = relation.value_kind
            else:
                return None
    return tuple(hops) if hops else None


def _their_films(found: list[Mention], topic: ValueKind, after: tuple[str, ...]) -> bool:
    """ "who starred in [X] movies": a role asked before a person's name said before "movies"."""
    if topic is not ValueKind.PERSON or not after or not found or not re.fullmatch(_FILMS, after[0]):
        return False
    return (
        found[0].order[0] == 1 and found[0].kind is MentionKind.SINGLE and found[0].relation in _PERSON_ROLES
    )


def _clause_first(found: list[Mention], clause: Clause) -> list[Mention]:
    """The clause after the person read first: "who directed the movies [X] was in" is X's acted films."""
    if clause.acted:
        rest = [m for m in found if not (m.order[0] == 2 and m.order[1] < clause.end)]
        return [Mention((0, 0), R.STARRED_ACTORS, MentionKind.SINGLE), *rest]
    verbs = [m for m in found if m.order == (2, clause.verb_start) and m.kind is MentionKind.SINGLE]
    return verbs + [m for m in found if m not in verbs]


def _unsaid(tokens: list[str], start: int, topic: ValueKind) -> list[Mention]:
    """No relation phrase at all: people ask who is in a film ("in [X]", "who are the [X]") and what a
    person made ("whose films have [X]")."""
    if topic is ValueKind.PERSON:
        return [Mention((3, 0), R.DIRECTED_BY, MentionKind.WORKS)]
    if {"in", "who", "by"}.intersection(tokens[:start]):
        return [Mention((3, 0), R.STARRED_ACTORS, MentionKind.SINGLE)]
    return []


def _meaningful(found: list[Mention], topic: ValueKind) -> list[Mention]:
    """Drop phrases that only name a kind: "the actor [X] co-starred with who", "which writers co-wrote"."""
    pairs = {m.relation for m in found if m.kind is MentionKind.PAIR}
    kept: list[Mention] = []
    for mention in found:
        marker = mention.adjacent and mention.kind is not MentionKind.PAIR
        if topic is ValueKind.PERSON and marker and mention.relation in pairs:
            continue
        if mention.kind is MentionKind.LABEL and kept and kept[-1].relation is mention.relation:
            continue
        repeated = kept and kept[-1].relation is mention.relation and kept[-1].kind is mention.kind
        if repeated and mention.relation.value_kind is not ValueKind.PERSON:
            continue  # "what year was [X] released": one hop said twice ("the same year as" is not said)
        kept.append(mention)
    return kept
