"""Turn a folded question into linked entities, a slot form for the matcher, and leftover unknown words."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from db.knowledge import CreditFact, Knowledge, PersonFacts, ShowFacts
from intents.linking import EntityIndex, EntityRef, Mention
from intents.registry import SLOT_TOKENS
from intents.seasons import SeasonRef, find_season
from intents.text import STOPWORDS

# Words that are neither intent cues nor names but turn up in questions about shows.
DOMAIN_WORDS = frozenset(
    """show shows series season seasons episode episodes tv movie movies film films new next latest last first
    second third final part cast crew character characters actor actors actress role roles play plays played
    playing star stars starring watch stream streaming out coming come comes came release released premiere
    premieres premiered date day days week weeks month months year years time today tomorrow yet still going
    back return returning returns will be gonna going official officially trailer news info information the uk
    us usa america american british online free subtitles dubbed english""".split()
)
_PREPOSITIONS = frozenset({"in", "on", "from", "of", "for", "about"})


@dataclass
class Resolution:
    """Everything linking found in one question."""

    tokens: list[str]
    season: SeasonRef | None
    mentions: list[Mention]
    slotted: str
    leftovers: list[list[str]] = field(default_factory=list)  # runs of unknown words
    # The slot form with each unknown run marked "xunkNx", to be tried as each kind of entity.
    marked: str = ""
    leftover_after_preposition: bool = False
    shows: list[ShowFacts] = field(default_factory=list)
    people: list[PersonFacts] = field(default_factory=list)
    characters: list[CreditFact] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    ambiguous: list[EntityRef] = field(default_factory=list)


def resolve(tokens: list[str], index: EntityIndex, kb: Knowledge, vocabulary: frozenset[str]) -> Resolution:
    """Link entities and season references in the folded tokens."""
    season = find_season(tokens)
    blocked = set(range(season.start, season.end)) if season else set()
    mentions = index.link(tokens, blocked)
    slots: dict[int, str] = {}
    if season:
        slots[season.start] = SLOT_TOKENS["{season}"]
    res = Resolution(tokens, season, mentions, "")
    for mention in mentions:
        ref = mention.refs[0]
        slot = {"show": "{show}", "person": "{person}", "character": "{character}", "network": "{network}"}[
            ref.kind
        ]
        slots[mention.start] = SLOT_TOKENS[slot]
        blocked.update(range(mention.start, mention.end))
        for candidate in mention.refs:
            _collect(res, kb, candidate)
        if mention.alternatives:
            res.ambiguous.extend((ref, *mention.alternatives))
    words: list[str] = []
    marked: list[str] = []
    run: list[str] = []
    known = vocabulary | STOPWORDS | DOMAIN_WORDS
    for i, token in enumerate(tokens):
        if i in slots:
            words.append(slots[i])
            marked.append(slots[i])
        if i in blocked:
            _flush(res, run)
            run = []
            continue
        words.append(token)
        if _is_known(token, known):
            _flush(res, run)
            run = []
            marked.append(token)
        else:
            if not run:
                if i > 0 and tokens[i - 1] in _PREPOSITIONS:
                    res.leftover_after_preposition = True
                marked.append(f"xunk{len(res.leftovers)}x")
            run.append(token)
    _flush(res, run)
    res.slotted = " ".join(words)
    res.marked = " ".join(marked)
    return res


def unknown_variants(res: Resolution) -> list[str]:
    """The question's slot form with its unknown runs read as a show, a person or a character.

    "who plays eleven in stranger things" is then recognised as who_plays, and answered honestly
    with "I don't have facts about ..." instead of a guess.
    """
    if not res.leftovers or len(res.leftovers) > 3:
        return []
    kinds = ("{show}", "{person}", "{character}")
    variants = []
    for first in kinds:
        for rest in kinds if len(res.leftovers) > 1 else ("{show}",):
            text = res.marked
            for n in range(len(res.leftovers)):
                text = text.replace(f"xunk{n}x", SLOT_TOKENS[first if n == 0 else rest])
            variants.append(text)
    return list(dict.fromkeys(variants))


def _collect(res: Resolution, kb: Knowledge, ref: EntityRef) -> None:
    if ref.kind == "show" and ref.id in kb.shows and kb.shows[ref.id] not in res.shows:
        res.shows.append(kb.shows[ref.id])
    elif ref.kind == "person" and ref.id in kb.people and kb.people[ref.id] not in res.people:
        res.people.append(kb.people[ref.id])
    elif ref.kind == "character" and ref.id in kb.credits and kb.credits[ref.id] not in res.characters:
        res.characters.append(kb.credits[ref.id])
    elif ref.kind == "network" and ref.name not in res.networks:
        res.networks.append(ref.name)


def _flush(res: Resolution, run: list[str]) -> None:
    if run:
        res.leftovers.append(list(run))


def _is_known(token: str, known: frozenset[str]) -> bool:
    if token in known or token.isdigit() or len(token) <= 2:
        return True
    if len(token) < 5:
        return False
    # A typo of a known word ("premeire", "directer") is still that word.
    long_words = [w for w in known if len(w) >= 5]
    return process.extractOne(token, long_words, scorer=fuzz.ratio, score_cutoff=85) is not None
