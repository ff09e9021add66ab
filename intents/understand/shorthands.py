"""Shorthand generated from the names Marquee holds: a title's acronym ("aaa", "wv", "tlou"), a person's
initials ("jl", "kc"), with a season tag for shows ("hs3").

Everything is generated from the facts, never listed by hand. A shorthand two names share is left out (it
links to neither, unless the question names a title only one of two people is credited on), and so is one
that spells a word fans use anyway ("an", "rt", "ep", "abc").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from db.knowledge import Knowledge
from intents.networks import NETWORK_WORDS
from intents.ordinary_words import ORDINARY_WORDS
from intents.seasons import SEASON_NOUN, SEASON_TAG
from intents.text import STOPWORDS, fold, folded_words
from intents.title_words import FRANCHISES
from intents.understand.fanwords import COMMON_WORDS, FAN_WORDS
from intents.understand.never_names import CHAT_ABBREVIATIONS

_WITH_SEASON = re.compile(r"^([a-z]+)(\d{1,2})$")
_DIGIT_LAST = frozenset("0123456789\n")
_SEASON_TAG = re.compile(rf"^(?:{SEASON_TAG}|{SEASON_NOUN}|szn)$")
# Words never taken as a shorthand even when a name's initials spell them.
_NOT_SHORTHAND = frozenset(
    {"is", "it", "in", "on", "at", "to", "of", "or", "an", "as", "be", "by", "do", "go", "ok", "oh", "no"}
)
# A lower-case letter followed by a capital inside one word: "WandaVision" is "Wanda Vision" to a fan.
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")
_MIN_ONE_WORD_TITLE = 7  # a one-word title this long is shortened to its first three letters ("sev")


@dataclass(frozen=True, slots=True)
class Shorthands:
    """Shorthands generated from the known names: 'hs' -> ('heartstopper',), 'jl' -> ('joe', 'locke')."""

    table: dict[str, tuple[str, ...]]
    name_words: frozenset[str] = frozenset()  # every word of a news show's or person's name
    # Shorthands of shows, the only ones a season tag may follow (None: every one).
    seasoned: frozenset[str] | None = None
    # Initials several people share -> each one's name and the titles they are credited on: a question
    # naming one of those titles ("jl role in aaa") names that one.
    shared: dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]] = field(default_factory=dict)
    # A show's acronym fans also type as chat ("sm": so much, Salt Marsh): the show only with a season tag
    # ("sm s2", "sm2", "sm season 2").
    season_only: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, knowledge: Knowledge, known_words: Iterable[str]) -> Shorthands:
        """Acronyms of every news show's title and aliases ('tlou', 'lou', 'wot', 'wv'), the first three
        letters of long one-word titles ('sev'), acronyms of the other titles news people worked on ('dw')
        and initials of news people's names ('jl'); one two names share, or that is a known word, is left
        out."""
        known = (
            frozenset(known_words)
            | STOPWORDS
            | _NOT_SHORTHAND
            | frozenset(FAN_WORDS)
            | CHAT_ABBREVIATIONS
            | COMMON_WORDS
            | NETWORK_WORDS
            | ORDINARY_WORDS
        )
        shows: dict[str, set[tuple[str, ...]]] = {}
        works: dict[str, set[tuple[str, ...]]] = {}
        people: dict[str, set[tuple[str, ...]]] = {}
        titles_of: dict[tuple[str, ...], set[str]] = {}
        news = knowledge.news_article_ids()
        # Only news shows and people: catalog names are too many to abbreviate safely.
        in_news = {s.id for s in knowledge.shows.values() for c in s.credits if c.article_id in news}
        in_news.update(s.id for s in knowledge.shows.values() if s.article_id in news)
        for show in knowledge.shows.values():
            title = tuple(fold(show.title).split())
            if show.id in in_news and title:
                for name in (show.title, *show.aliases):
                    for short in title_shorthands(name):
                        shows.setdefault(short, set()).add(title)
        # People news wrote about, found from the credits (a catalog holds tens of thousands of others).
        in_news_people = {c.person_id for c in knowledge.credits.values() if c.article_id in news}
        in_news_people.update(
            p.id for p in knowledge.people.values() if p.work and any(w.article_id in news for w in p.work)
        )
        for person in (knowledge.people[i] for i in in_news_people if i in knowledge.people):
            person_name = tuple(fold(person.name).split())
            titles = titles_of.setdefault(person_name, set())
            # A show is named by its aliases too ("jl's char in agatha": Agatha All Along's "Agatha").
            titles.update(
                fold(name)
                for c in person.credits
                if (credited := knowledge.shows.get(c.show_id)) is not None
                for name in (credited.title, *credited.aliases)
            )
            titles.update(fold(w.title) for w in person.work)
            # "jl mcu show when": a franchise word a credited show's synopsis holds names it too.
            synopses = [
                f" {fold(credited.synopsis)} "
                for c in person.credits
                if (credited := knowledge.shows.get(c.show_id)) is not None and credited.synopsis
            ]
            titles.update(
                word
                for word, meant in FRANCHISES.items()
                if any(f" {m} " in synopsis for synopsis in synopses for m in meant)
            )
            for spelt in (person.name, *person.aliases):
                if letters := initials(spelt):
                    people.setdefault(letters, set()).add(person_name)
            for work in person.work:  # titles Marquee holds no show for ("Doctor Who")
                title = tuple(fold(work.title).split())
                if work.show_id is None and work.article_id in news and title:
                    for short in title_shorthands(work.title):
                        works.setdefault(short, set()).add(title)
        # A shorthand belongs to the first kind of name that has it (fans abbreviate shows most): a show's
        # acronym ("hs") before another title's, a title's before initials; shared within a kind: neither.
        table: dict[str, tuple[str, ...]] = {}
        taken: set[str] = set(known)
        for owners in (shows, works, people):
            for short, names in owners.items():
                if short not in taken and len(short) >= 2 and len(names) == 1:
                    table[short] = next(iter(names))
            taken.update(owners)
        titled = known | shows.keys() | works.keys()
        shared = {
            short: tuple((name, frozenset(titles_of.get(name, ()))) for name in sorted(names))
            for short, names in people.items()
            if short not in titled and len(short) >= 2 and len(names) > 1
        }
        seasoned = frozenset(short for short in table if short in shows)
        other_known = known - CHAT_ABBREVIATIONS
        season_only = {
            short: next(iter(names))
            for short, names in shows.items()
            if short in CHAT_ABBREVIATIONS and short not in other_known and len(names) == 1
        }
        spellings = [show.title for show in knowledge.shows.values() if show.title]
        spellings += [person.name for person in knowledge.people.values() if person.credits or person.work]
        name_words = frozenset(w for w in folded_words(spellings) if len(w) > 2) - known
        return cls(table, name_words, seasoned, shared, season_only)

    def expand(self, token: str) -> tuple[str, ...] | None:
        """The words a shorthand token stands for ('hs3' -> heartstopper season 3, 'jl' -> joe locke), or
        None."""
        if token in self.table:
            return self.table[token]
        last = token[-1:]
        if last not in _DIGIT_LAST and not (last > "\x7f" and last.isdigit()):
            return None  # the pattern ends in a digit ("$" also matches before a last newline)
        match = _WITH_SEASON.match(token)
        if match is None:
            return None
        prefix = match.group(1)
        if prefix not in self.table and prefix not in self.season_only and prefix.endswith("s"):
            prefix = prefix[:-1]  # "hss3": the s of "season"
        if prefix in self.table and (self.seasoned is None or prefix in self.seasoned):
            return (*self.table[prefix], "season", match.group(2))
        if prefix in self.season_only:
            return (*self.season_only[prefix], "season", match.group(2))
        return None

    def expand_before(self, token: str, after: str) -> tuple[str, ...] | None:
        """`expand` of a token followed by the word `after`, where a chat word that is a show's acronym is
        the show before a season tag ("sm s2 eps", "sm season 2")."""
        if (expanded := self.expand(token)) is not None or token not in self.season_only:
            return expanded
        return self.season_only[token] if _SEASON_TAG.match(after) else None

    def settle_shared(self, words: list[str]) -> list[str]:
        """The words with initials several people share written as the one credited on a title the words
        name ("jl role in agatha all along"); left as typed when none or several are."""
        if self.shared.keys().isdisjoint(words):
            return words
        said = f" {' '.join(words)} "
        out: list[str] = []
        for word in words:
            fits = [
                name for name, titles in self.shared.get(word, ()) if any(f" {t} " in said for t in titles)
            ]
            out.extend(fits[0] if len(fits) == 1 else (word,))
        return out


def title_shorthands(title: str) -> set[str]:
    """A title's acronyms ('Agatha All Along' -> aaa; 'The Last of Us' -> tlou, lou; 'WandaVision' -> wv),
    or a long one-word title's first three letters ('Severance' -> sev)."""
    words = fold(_CAMEL_BREAK.sub(" ", title)).split()
    result: set[str] = set()
    if len(words) >= 2:
        result.add("".join(w[0] for w in words))
        if words[0] == "the" and len(words) >= 3:
            result.add("".join(w[0] for w in words[1:]))
    elif words and len(words[0]) >= _MIN_ONE_WORD_TITLE and words[0].isalpha():
        result.add(words[0][:3])
    return result


def initials(name: str) -> str | None:
    """A person's initials ('Joe Locke' -> jl), for names of two or three words."""
    words = [w for w in fold(name).split() if w.isalpha()]
    return "".join(w[0] for w in words) if 2 <= len(words) <= 3 else None
