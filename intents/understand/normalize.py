"""Turn what a fan typed into the plain words the linker and the intent matcher read.

Three steps, all driven by data: the question is cut out of chatter around it ("hiii sorry if this was asked
already but when is the new season out"), fans' words become ordinary ones ("szn" -> "season"), and shorthand
generated from the titles Marquee knows becomes the title ("hs3" -> "heartstopper season 3").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from db.knowledge import Knowledge
from intents.text import STOPWORDS, fold
from intents.understand.fanwords import CHATTER_PHRASES, FAN_WORDS

_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+|\n+")
_QUESTION_START = frozenset(
    """who whos whom whose what whats when whens where wheres which why how is are was were does do did will
    has have can could should would""".split()
)
_SHORTHAND_WITH_SEASON = re.compile(r"^([a-z]+)(\d{1,2})$")
# Words never taken as a shorthand even when a title's initials spell them.
_NOT_SHORTHAND = frozenset(
    {"is", "it", "in", "on", "at", "to", "of", "or", "an", "as", "be", "by", "do", "go"}
)
_CHATTER_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted((tuple(p.split()) for p in CHATTER_PHRASES), key=len, reverse=True):
    _CHATTER_BY_FIRST[_phrase[0]] = (*_CHATTER_BY_FIRST.get(_phrase[0], ()), _phrase)
_LONG_MESSAGE_WORDS = 14
_NAME_REACH = 8  # words a name holding a chatter phrase may span ("thank you for smoking")
_CORRECTIONS = frozenset({("i", "mean"), ("i", "meant"), ("no", "wait"), ("scratch", "that"), ("jk", "i")})
# Words left at the front once chatter is gone: "... asked already but when is it out".
_LEADING_FILLER = frozenset(
    {"but", "so", "like", "ok", "okay", "well", "also", "then", "now"}
)  # "and" marks a follow-up


@dataclass(frozen=True, slots=True)
class Shorthands:
    """Title shorthands generated from the known shows: 'hs' -> ('heartstopper',)."""

    table: dict[str, tuple[str, ...]]
    name_words: frozenset[str] = frozenset()  # every word of a news show's or person's name

    @classmethod
    def build(cls, knowledge: Knowledge, known_words: Iterable[str]) -> Shorthands:
        """Initials of every news show's title and aliases ('tlou', 'lou', 'wot') and the first three
        letters of one-word titles ('sev'); one two shows share, or that is a known word, is left out."""
        known = frozenset(known_words) | STOPWORDS | _NOT_SHORTHAND
        owners: dict[str, set[tuple[str, ...]]] = {}
        for show in knowledge.shows.values():
            if not any(knowledge.from_news(c.article_id) for c in show.credits) and not (
                show.article_id is not None and knowledge.from_news(show.article_id)
            ):
                continue  # catalog titles are too many to abbreviate safely
            title = tuple(fold(show.title).split())
            if not title:
                continue
            for name in (show.title, *show.aliases):
                for short in _shorthands(fold(name).split()):
                    owners.setdefault(short, set()).add(title)
        table = {
            short: next(iter(titles))
            for short, titles in owners.items()
            if len(titles) == 1 and short not in known and len(short) >= 2
        }
        names = [show.title for show in knowledge.shows.values() if show.title]
        names += [person.name for person in knowledge.people.values() if person.credits or person.work]
        name_words = frozenset(w for name in names for w in fold(name).split() if len(w) > 2) - known
        return cls(table, name_words)

    def expand(self, token: str) -> tuple[str, ...] | None:
        """The words a shorthand token stands for ('hs3' -> heartstopper season 3), or None."""
        if token in self.table:
            return self.table[token]
        match = _SHORTHAND_WITH_SEASON.match(token)
        if match is None:
            return None
        prefix = match.group(1)
        if prefix not in self.table and prefix.endswith("s"):
            prefix = prefix[:-1]  # "hss3": the s of "season"
        if prefix in self.table:
            return (*self.table[prefix], "season", match.group(2))
        return None


def _shorthands(words: list[str]) -> set[str]:
    result: set[str] = set()
    if len(words) >= 2:
        result.add("".join(w[0] for w in words))
        if words[0] == "the" and len(words) >= 3:
            result.add("".join(w[0] for w in words[1:]))
    elif words and len(words[0]) >= 7 and words[0].isalpha():
        result.add(words[0][:3])
    return result


# Words that name a relation, the only ones a misspelling is corrected to (names never are).
_RELATION_WORDS = tuple(
    """creator created director directed directors premiere premieres premiered release released episodes
    episode season seasons cast network streaming rating ratings nominated nominations renewed cancelled
    showrunner producer composer character characters tomatoes""".split()
)


def _relation_word(token: str) -> str:
    if len(token) < 5 or token.isdigit() or token.rstrip("s") in _RELATION_WORDS:
        return token  # a plural is no misspelling: handlers read "producers" as it is
    found = process.extractOne(token, _RELATION_WORDS, scorer=fuzz.ratio, score_cutoff=85)
    return found[0] if found is not None else token


def question_part(text: str) -> tuple[str, str]:
    """Split a long message into the sentence that asks and the rest (which may name the show).

    "I love this show so much. My sister keeps asking me. When is the new season out?" asks in its last
    sentence; a short message is returned whole.
    """
    if len(text.split()) < _LONG_MESSAGE_WORDS:
        return text, ""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2:
        return text, ""
    starts = [s for s in sentences if fold(s).split()[:1] and fold(s).split()[0] in _QUESTION_START]
    marked = [s for s in sentences if s.rstrip().endswith("?")]
    worded = [s for s in marked if _asks_in_a_clause(s)]
    # A sentence that ends in "?" and asks with a question word beats an aside ending in "??".
    asking = [s for s in marked if s in starts] or worded or marked or starts
    if not asking:
        return text, ""
    chosen = asking[-1]
    rest = " ".join(s for s in sentences if s is not chosen)
    return chosen, rest


def after_correction(tokens: list[str]) -> list[str]:
    """What follows a correction inside one message ('... jk i mean who is in the good place')."""
    for n in range(len(tokens) - 2, 0, -1):
        if tuple(tokens[n : n + 2]) in _CORRECTIONS and len(tokens) - (n + 2) >= 2:
            return tokens[n + 2 :]
    return tokens


def _asks_in_a_clause(sentence: str) -> bool:
    """'the guy who directed it, what else has he done?': a clause of it starts like a question."""
    clauses = re.split(r"[,;:]", sentence)
    return any(fold(c).split()[:1] and fold(c).split()[0] in _QUESTION_START for c in clauses)


def drop_chatter(tokens: list[str], is_name: Callable[[str], bool] | None = None) -> list[str]:
    """Remove greetings and asides ("sorry if this was asked already") wherever they stand.

    With `is_name` (folded name -> known?), a phrase inside a longer known name stays: "what do people think
    of good morning vietnam" keeps its title.
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        # Only the phrases that start with this word are tried (longest first), not every phrase.
        for phrase in _CHATTER_BY_FIRST.get(tokens[i], ()):
            end = i + len(phrase)
            if tuple(tokens[i:end]) == phrase and not (is_name and _in_name(tokens, i, end, is_name)):
                i = end
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _in_name(tokens: list[str], start: int, end: int, is_name: Callable[[str], bool]) -> bool:
    """True when tokens[start:end] lies inside a known name that has a word of its own besides them and
    stopwords ("good morning" in "good morning vietnam", "girl" in "girl crazy"; not "girl" in "the girl")."""
    for first in range(max(0, start - _NAME_REACH), start + 1):
        for last in range(end, min(len(tokens), first + _NAME_REACH) + 1):
            others = tokens[first:start] + tokens[end:last]
            if any(w not in STOPWORDS for w in others) and is_name(" ".join(tokens[first:last])):
                return True
    return False


def normalize(
    tokens: list[str],
    vocabulary: frozenset[str],
    shorthands: Shorthands,
    is_name: Callable[[str], bool] | None = None,
) -> list[str]:
    """Folded tokens with chatter dropped, fans' words and title shorthands spelled out.

    Words the intent examples already use are kept as they are; the message is kept whole when nothing would
    be left ("thanks" alone is small talk, not chatter around a question).
    """
    words: list[str] = []
    kept = drop_chatter(after_correction(tokens), is_name)
    for at, token in enumerate(kept):
        possessive = token.endswith("s") and token not in shorthands.name_words  # "Williams" is a name
        if token not in vocabulary and possessive and token[:-1] in shorthands.name_words:
            token = token[:-1]  # "alice osmans show": a possessive written without its apostrophe
        if token not in vocabulary and token not in shorthands.name_words and token not in FAN_WORDS:
            token = _relation_word(token)  # "creater" -> "creator", "directer" -> "director"
        expanded = shorthands.expand(token)
        if expanded is None and token in FAN_WORDS and token not in vocabulary:
            # A fan's word inside a known name is the name's ("The Goodbye Girl", "Love Actually").
            expanded = None if is_name and _in_name(kept, at, at + 1, is_name) else FAN_WORDS[token]
        words.extend(expanded if expanded is not None else (token,))
    while words and words[0] in _LEADING_FILLER:
        words.pop(0)
    return words if words else tokens
