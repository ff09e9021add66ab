"""The words a question may hold that name nothing: the intents' vocabulary, the language's stopwords, words
of talk about shows, and the nouns that ask for a fact. A token outside them (or a typo of one) is a name's
word, known or not (read by intents.resolve).
"""

from __future__ import annotations

import functools

from rapidfuzz import fuzz, process

from intents.rating_sites import RATING_SITES
from intents.text import STOPWORDS
from intents.title_words import RELATION_NOUNS, SOURCE_KINDS, SOURCE_NOUNS

# Words that are neither intent cues nor names but turn up in questions about shows.
DOMAIN_WORDS = frozenset(
    """show shows series season seasons episode episodes tv movie movies film films new next latest last first
    second third final part cast crew character characters actor actors actress role roles play plays played
    playing star stars starring watch stream streaming out coming come comes came release released premiere
    premieres premiered date day days week weeks month months year years time today tomorrow yet still going
    back return returning returns will be gonna going official officially trailer news info information uk now
    january february march april may june july august september october november december
    usa america american british online free subtitles dubbed english
    become becomes became becoming
    featuring appear appears appeared appearing appearance appearances
    surname surnames lastname age
    newest earliest debut
    ordered commissioned greenlit greenlighted names
    not right yeah nah correct innit available exclusive behind above below""".split()
)  # "ordered": a network ordering a show ("which network ordered the first season"), "names" asked of a list;
# the last line: words of a yes/no check ("isn't nick ...", "... nick right?"), never part of a name


# Review sites named in one word ("its metacritic score"): a site, never a title nobody knows.
SITE_WORDS = frozenset(name for names, _site in RATING_SITES for name in names if " " not in name)


def is_known(token: str, known: frozenset[str]) -> bool:
    """Whether a folded token is a word of the intents, the domain or the language, or a typo of one."""
    if token in known or token.isdigit() or len(token) <= 2:
        return True
    if len(token) < 5:
        return False
    # A typo of a known word ("premeire", "directer") is still that word.
    return process.extractOne(token, _long_words(known), scorer=fuzz.ratio, score_cutoff=85) is not None


def warm_known_words(vocabulary: frozenset[str]) -> None:
    """Build the known-word tables of this vocabulary now (a warm-up), not on the first unknown word."""
    _long_words(known_words(vocabulary))


@functools.lru_cache(maxsize=4)
def known_words(vocabulary: frozenset[str]) -> frozenset[str]:
    """The intents' vocabulary with every fixed list of words that name nothing."""
    # The engine's vocabulary is one object for its lifetime: union it with the fixed word lists once.
    # Relation nouns ("credits", "prizes") ask for a fact: never part of a name ("newberry credits"); nor
    # what a show was made from ("the comics it's based on", "the graphic novels").
    return vocabulary | STOPWORDS | DOMAIN_WORDS | SITE_WORDS | RELATION_NOUNS | SOURCE_NOUNS | SOURCE_KINDS


@functools.lru_cache(maxsize=4)
def _long_words(known: frozenset[str]) -> tuple[str, ...]:
    # The known words worth fuzzing against; built once per vocabulary, not per question.
    return tuple(w for w in known if len(w) >= 5 and w not in _NO_TYPOS)


# Known words whose near spellings are other words: "presumed" ("Presumed Innocent") is no typo of "resume".
_NO_TYPOS = frozenset({"resume", "resumes"})
