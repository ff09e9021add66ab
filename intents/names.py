"""The name table entity linking searches: every show, person, character, network and catalog tag by its
folded name, built once per knowledge snapshot.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from db.knowledge import Knowledge
from intents.fuzzy import fast_fold
from intents.name_slips import word_slip
from intents.networks import NETWORK_WORDS, network_aliases
from intents.ordinary_words import ORDINARY_WORDS
from intents.text import STOPWORDS, fold
from intents.understand.fanwords import COMMON_WORDS, FAN_WORDS
from intents.understand.never_names import CHAT_ABBREVIATIONS

# Words fans type for themselves, never taken as initials ("rt", "ep", "ngl", "sm", "hbo").
_NOT_INITIALS = (
    STOPWORDS | ORDINARY_WORDS | CHAT_ABBREVIATIONS | COMMON_WORDS | NETWORK_WORDS | frozenset(FAN_WORDS)
)


# A given name after a short particle and an apostrophe: the "Lan" of "al'Lan Mandragoran" (a surname's, as
# in "Rand al'Thor", is no name fans call them by alone).
_AFTER_PARTICLE = re.compile(r"^[^\W\d_]{1,3}['’]([^\W\d_]{3,})\b")

# What a name can refer to.
EntityKind = Literal["show", "person", "character", "network", "tag"]


@dataclass(frozen=True, slots=True)
class EntityRef:
    """One thing a name can refer to. For characters `id` is the credit id; tags are numbered by value."""

    kind: EntityKind  # networks are numbered by name, tags by value
    id: int
    name: str
    weak: bool = False  # surname or first-name shorthand: loses to any full name


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the folded question and the entities it may name, best first."""

    start: int
    end: int
    text: str
    refs: tuple[EntityRef, ...]
    score: float  # 100 for exact matches
    alternatives: tuple[EntityRef, ...] = ()  # close fuzzy runners-up, for "did you mean"


class NameTable:
    """Folded names -> entities; tags apart (they are not things a question is about, but topics)."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.names: dict[str, list[EntityRef]] = {}
        self.tags: dict[str, list[EntityRef]] = {}
        # Shows and people catalogs alone know: only their names may yield to question words.
        self.catalog_only: set[tuple[str, int]] = set()
        # Each word of a news person's or character's name -> who has it ("joe", "lyn"): a part alone links
        # only when one someone has it (intents.partial_names), so these are kept apart from the names.
        self.parts: dict[str, list[EntityRef]] = defaultdict(list)
        # Initials two or more news people share ("dl": Diego Luna, Dichen Lachman): typed alone they ask
        # which (one person's own initials are spelt out before linking, intents.understand.shorthands).
        self.shared_initials: dict[str, list[EntityRef]] = {}
        self._news = knowledge.news_article_ids()
        self._add_shows(knowledge)
        self._add_people(knowledge)
        self._add_characters(knowledge)
        self._add_networks(knowledge)
        self._add_tags(knowledge)

    def _add(self, name: str, ref: EntityRef) -> None:
        key = fast_fold(name)
        if " spin off" in f" {key}":  # "the WandaVision spin-off" is typed "spinoff" too
            self._add(key.replace("spin off", "spinoff"), ref)
        if key:
            refs = self.names.get(key)
            if refs is None:
                self.names[key] = [ref]
            elif ref not in refs:
                refs.append(ref)

    def _add_shows(self, knowledge: Knowledge) -> None:
        add = self._add
        news = self._news
        shows = knowledge.shows.values()
        # Shows with a fact from news, found by set tests in comprehensions (a catalog has 100,000 facts).
        in_news = {s.id for s in shows if s.article_id in news}
        in_news.update(s.id for s in shows for c in s.credits if c.article_id in news)
        in_news.update(s.id for s in shows for r in s.releases if r.article_id in news)
        self.catalog_only.update(("show", s.id) for s in shows if s.id not in in_news)
        for show in shows:
            title = show.title
            ref = EntityRef("show", show.id, title)
            add(title, ref)
            for alias in show.aliases:
                add(alias, ref)
            if len(title) > 8 and title[:4].lower() == "the ":
                add(title[4:], ref)

    def _add_people(self, knowledge: Knowledge) -> None:
        add = self._add
        news = self._news
        people = knowledge.people.values()
        in_news = {p.id for p in people for c in p.credits if c.article_id in news}
        in_news.update(p.id for p in people for w in p.work if w.article_id in news)
        surnames: dict[str, list[EntityRef]] = defaultdict(list)
        by_initials: dict[str, list[EntityRef]] = defaultdict(list)
        for person in people:
            ref = EntityRef("person", person.id, person.name)
            add(person.name, ref)
            for alias in person.aliases:
                add(alias, ref)
            if person.id not in in_news:
                self.catalog_only.add(("person", person.id))
                continue
            # Surnames only for people news articles write about; a 40,000-film catalog would drown in them.
            parts = fold(person.name).split()
            self._add_parts(parts, ref)
            if len(parts) > 1 and len(parts[-1]) >= 4:
                surnames[parts[-1]].append(EntityRef("person", person.id, person.name, weak=True))
            if 2 <= len(parts) <= 3 and all(p.isalpha() for p in parts):
                by_initials["".join(p[0] for p in parts)].append(ref)
        self.shared_initials = {
            short: refs for short, refs in by_initials.items() if len(refs) > 1 and short not in _NOT_INITIALS
        }
        for surname, refs in surnames.items():
            if len(refs) == 1 and surname not in STOPWORDS:
                self._add(surname, refs[0])

    def _add_characters(self, knowledge: Knowledge) -> None:
        first_names: dict[str, list[EntityRef]] = defaultdict(list)
        surnames: dict[str, list[EntityRef]] = defaultdict(list)
        for credit in knowledge.credits.values():
            if not credit.character:
                continue
            ref = EntityRef("character", credit.id, credit.character)
            self._add(credit.character, ref)
            for alias in knowledge.character_aliases.get(credit.id, []):
                self._add(alias, ref)
            parts = fold(credit.character).split()
            if credit.article_id in self._news:
                self._add_parts(parts, ref)
            if len(parts) > 1 and len(parts[0]) >= 3:
                first_names[parts[0]].append(EntityRef("character", credit.id, credit.character, weak=True))
            if given := _AFTER_PARTICLE.match(credit.character):
                # "al'Lan Mandragoran" is Lan to fans (folding glues it into "allan").
                given_ref = EntityRef("character", credit.id, credit.character, weak=True)
                first_names[fold(given[1])].append(given_ref)
            if len(parts) > 1 and len(parts[-1]) >= 4:
                # Fans call some characters by the last name alone ("Toranaga", "Mariko", "Krennic").
                surnames[parts[-1]].append(EntityRef("character", credit.id, credit.character, weak=True))
        for shorthands in (first_names, surnames):
            for short, refs in shorthands.items():
                # An everyday word ("teen" of "Mystery Teen") alone is talk, not the character (only the
                # listed words: "rand" is no form of "ran").
                if (
                    len(refs) == 1
                    and short not in STOPWORDS
                    and short not in self.names
                    and short not in ORDINARY_WORDS
                ):
                    self._add(short, refs[0])

    def _add_parts(self, parts: list[str], ref: EntityRef) -> None:
        if len(parts) < 2:
            return  # a one-word name is linked whole already
        for part in parts:
            if len(part) >= 3 and part.isalpha() and part not in STOPWORDS and ref not in self.parts[part]:
                self.parts[part].append(ref)

    def _add_networks(self, knowledge: Knowledge) -> None:
        names = {s.network for s in knowledge.shows.values() if s.network}
        names |= {r.network for s in knowledge.shows.values() for r in s.releases if r.network}
        for number, name in enumerate(sorted(names)):
            self._add(name, EntityRef("network", number, name))
            for alias in network_aliases(name):
                # "is fallout on prime": the fan's name for a network the facts know is that network.
                if fast_fold(alias) not in self.names:
                    self._add(alias, EntityRef("network", number, name))

    def _add_tags(self, knowledge: Knowledge) -> None:
        values = sorted({value for kind, value in knowledge.descriptor_index if kind == "tag"})
        for number, value in enumerate(values):
            key = fast_fold(value)
            if key and key not in STOPWORDS:
                self.tags.setdefault(key, []).append(EntityRef("tag", number, value))


def rank_refs(refs: list[EntityRef]) -> list[EntityRef]:
    """Full names before shorthands; shows before people before characters when a name is shared."""
    order = {"show": 0, "person": 1, "character": 2, "network": 3, "tag": 4}
    return sorted(refs, key=lambda r: (r.weak, order.get(r.kind, 5)))


def words_agree(typed: str, name: str, refs: list[EntityRef]) -> bool:
    """A typo in a person's name keeps each word's first letter and each word a slip of the name's: "nik
    nelsen" is Nick Nelson; "hwang in ho" is not Hwang Jun-ho, "lara james" not Lauren James. Titles may lose
    theirs ("the crave one" may be "The Brave One")."""
    typed_words, name_words = typed.split(), name.split()
    if len(typed_words) != len(name_words) or not all(r.kind in ("person", "character") for r in refs):
        return True
    return all(t[0] == n[0] and word_slip(t, n) for t, n in zip(typed_words, name_words, strict=True))
