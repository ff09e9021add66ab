"""What a follow-up fragment is: only names for the last question's slots ("baftas?", "and the last of us, any
emmys?"), a whole question that only looks short ("wait is she really in it??", "and s3 is out now yeah?"),
and its size with each name counted as one word."""

from __future__ import annotations

from intents.dialogue import SlotKind, Turn
from intents.resolve import Resolution
from intents.text import STOPWORDS
from intents.understand.context import YES_NO_OPENERS, YES_NO_TAILS
from intents.understand.value_slots import value_spans

SLOT_KINDS: dict[str, SlotKind] = {"show": "show", "person": "person", "character": "character"}
NAMED_SLOTS = frozenset(SLOT_KINDS.values())
# Words around the names of a fragment that ask nothing of their own: "and the last of us, any emmys?".
_SLOT_FILLERS = frozenset("the a any too also then as well for with on of".split())
_STAND_INS = frozenset({"it", "its", "that", "this", "he", "she", "they", "him", "her", "them"})


def titled(words: list[str]) -> bool:
    """Whether words read as an unknown title hold a word a title would ("euphoria", not "it is")."""
    return any(w not in STOPWORDS and w not in _STAND_INS for w in words)


def asks_yes_no(tokens: list[str]) -> bool:
    """Whether the question starts like a yes/no check ("is", "does", "has" ...)."""
    return tokens[:1] != [] and tokens[0] in YES_NO_OPENERS


def asked_whole(fragment: list[str]) -> bool:
    """Whether the fragment is a whole question rather than a slot of the last one: a claim asked back with a
    tag ("and s3 is out now yeah?"), or a yes/no check whose pronoun stands for the subject ("wait is olivia
    colman really in it??")."""
    if len(fragment) < 3:
        return False
    if any(tuple(fragment[-n:]) in YES_NO_TAILS for n in (1, 2)):
        return True
    return asks_yes_no(fragment) and bool(_STAND_INS.intersection(fragment))


def only_slots_of(fragment: list[str], res: Resolution, last: Turn) -> bool:
    """Whether the fragment only names things the last question had a slot for, among them a value (an award
    body, a network), with a filler or two around them ("baftas?" after "does it have any emmy noms")."""
    held = {kind for kind, _s, _e in last.slots}
    values = [(s, e) for kind, s, e in value_spans(fragment) if kind in held]
    if not values:
        return False
    spans = [*values, *((m.start, m.end) for m in res.mentions if SLOT_KINDS.get(m.refs[0].kind) in held)]
    covered = {i for start, end in spans for i in range(start, end)}
    return all(i in covered or w in _SLOT_FILLERS for i, w in enumerate(fragment))


def fragment_size(fragment: list[str], res: Resolution) -> int:
    """The fragment's length with each name and season counted as one word ("the last of us s2?": 2)."""
    spans = [(m.start, m.end) for m in res.mentions]
    if res.season is not None:
        spans.append((res.season.start, res.season.end))
    return len(fragment) - sum(end - start - 1 for start, end in spans)


# "what were they for?", "which ones?", "name them": the things the last answer counted, asked for again.
_ITEMS_WORDS = frozenset(
    "what which were are was they them those these for in ones the exactly name list again".split()
)
# Nouns for the things counted, standing for them too: "what categories were they", "which categories?".
_ITEMS = frozenset("they them those these ones categories category".split())
_FEWEST_WORDS = 5


def items_asked_again(fragment: list[str], last: Turn | None) -> list[str] | None:
    """The last question again when the fragment asks what the things its answer counted or listed were
    ("how many bafta noms has it got" ... "what were they for?"): that answer names them. None otherwise, or
    when that answer named people ("they" is them)."""
    if last is None or last.kind != "answer" or last.answered or not 0 < len(fragment) <= _FEWEST_WORDS:
        return None
    if not _ITEMS.intersection(fragment) or not all(w in _ITEMS_WORDS | _ITEMS for w in fragment):
        return None
    return list(last.tokens)


def only_season_and_names_of(fragment: list[str], res: Resolution, last: Turn) -> bool:
    """Whether the fragment only names a season and the names the last question had slots for, with fillers
    ("season 1 of copper lanterns" after "who directed copper lanterns season 2")."""
    held = {kind for kind, _s, _e in last.slots}
    if res.season is None or "season" not in held:
        return False
    named = [(m.start, m.end) for m in res.mentions if SLOT_KINDS.get(m.refs[0].kind) in held]
    if len(named) != len(res.mentions):
        return False
    covered = {i for start, end in [(res.season.start, res.season.end), *named] for i in range(start, end)}
    return all(i in covered or w in _SLOT_FILLERS for i, w in enumerate(fragment))
