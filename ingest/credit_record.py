"""One actor credit record, with the names fans use for the character."""

from __future__ import annotations

import re

from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PARTICLE, strip_honorific
from ingest.sentences import Sentence

# Second words that are no surname: "Mystery Teen" is not "Mystery" to fans.
_NOT_FIRST_NAMES = frozenset("Teen Man Woman Boy Girl Kid Child Killer Stranger Agent Doctor".split())


def actor_credit(
    show: str, person: str, sentence: Sentence, confidence: float, character: str | None
) -> ExtractedFact:
    """An actor credit; the character's other names fans use ("Carmy", "Charlie") become its aliases."""
    aliases: tuple[str, ...] | None = None
    if character:
        names: set[str] = set()
        # Carmen “Carmy” Berzatto: the character is Carmen Berzatto, also called Carmy.
        nickname = re.search(r"(?:^|\s)[“\"'‘]([^”\"'’]+)[”\"'’]", character)
        if nickname:
            names.add(nickname.group(1))
            # "'Woody' Woodward" opens with the name fans use: keep it, unquoted.
            character = (
                character.replace(nickname.group(0), nickname.group(1))
                if nickname.start() == 0
                else character.replace(nickname.group(0), "")
            )
        bare = strip_honorific(character)
        if bare != character:
            names.add(bare)
        # "Charlie Spring" is "Charlie" to fans; "Mystery Teen" is not "Mystery". A family name comes first
        # in "Hwang In-ho" (a hyphenated given name): fans say "In-ho", and "Hwang" is his brother's too.
        words = bare.split()
        if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
            names.add(words[1])
        elif len(words) == 2 and words[1] not in _NOT_FIRST_NAMES:
            names.add(words[0])
        elif len(words) > 2 and re.fullmatch(PARTICLE, words[1]):
            names.add(words[0])  # "Lestat de Lioncourt" is "Lestat" to fans
        aliases = tuple(sorted(names)) or None
    return fact(
        FactKind.CREDIT, sentence.text, confidence, show=show, person=person, role="actor",
        character=character, character_aliases=aliases,
    )  # fmt: skip
