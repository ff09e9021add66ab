"""Where a described person or show ends: descriptions that say whom "the guy" is ("the guy who plays
nick"), the words after a description that add nothing ("the other show we talked about", "the netflix
show he is known for"), and the pronoun that carries a show described before the question."""

from __future__ import annotations

from intents.title_words import TALKED_ABOUT_TAILS

# What may follow a description without adding to the question: "the other show we talked about".
_TAILS = TALKED_ABOUT_TAILS


# Words after "the guy" that describe him rather than point back: "the guy who plays nick", "the actor from
# heartstopper".
_DESCRIBING = frozenset("who whos that thats from with playing which of on as at".split())
_ANY = frozenset("anything something any else other".split())


# What only a person has or does: "what has the other one worked on" means the other person, never the other
# season or show.
PERSON_PREDICATES = frozenset("worked done been starred acted known famous old age born".split())
# Forms of "be" that ask where the subject after them is: "is the guy in agatha?".
_BE = frozenset("is are was were isnt arent wasnt werent".split())
_PLACED = frozenset({"in", "on"})


def placed_subject(tokens: list[str], the_at: int, noun_end: int) -> bool:
    """Whether "the guy" (from `the_at` to `noun_end`) is the subject of a "be ... in/on" question ("is the
    guy in agatha?", "and is the lad on netflix too"): the "in" asks where he is, it does not describe him."""
    return (
        the_at >= 1
        and tokens[the_at - 1] in _BE
        and tokens[noun_end : noun_end + 1] != []
        and (tokens[noun_end] in _PLACED)
    )


def undescribed(tokens: list[str], after: int) -> bool:
    """Whether "the guy" ending before `after` points back: no description follows, nor "in <a show>"."""
    rest = tokens[after:]
    if placed_subject(tokens, after - 2, after):
        return True
    in_a_show = rest[:1] == ["in"] and len(rest) > 1 and rest[1] not in _ANY
    return not rest or (rest[0] not in _DESCRIBING and not in_a_show)


# "the netflix show he is known for": a clause saying whose show it is, after the show is found.
_RELATIVES = (
    ("is", "known", "for"), ("was", "known", "for"), ("are", "known", "for"), ("is", "famous", "for"),
    ("is", "in"), ("was", "in"), ("stars", "in"), ("starred", "in"), ("plays", "in"), ("played", "in"),
)  # fmt: skip


def skip_relative(tokens: list[str], i: int) -> int:
    """Past "(that) he is known for" right after a described show: it says whose show, which is found."""
    at = i + (tokens[i : i + 1] in (["that"], ["which"]))
    if tokens[at : at + 1] not in (["he"], ["she"], ["they"]):
        return i
    return next((at + 1 + len(r) for r in _RELATIVES if tuple(tokens[at + 1 : at + 1 + len(r)]) == r), i)


def skip_tail(tokens: list[str], i: int) -> int:
    """Past the words at `i` that only say the thing was talked about before ("we talked about")."""
    for tail in _TAILS:
        if tuple(tokens[i : i + len(tail)]) == tail:
            return i + len(tail)
    return i


FRONT_LEADS = frozenset("and ok okay so but what about back to".split())
_SHOW_POINTERS = frozenset({"it", "that", "this"})


def show_pronoun_carries(out: list[str], start: int, end: int) -> list[str]:
    """A show described before the question ("the other show we talked about, where's that streaming"): the
    first "it"/"that" after it is that show, whose fronted words then go; unchanged when none follows."""
    at = next((i for i in range(end, len(out)) if out[i] in _SHOW_POINTERS), None)
    if at is None:
        return out
    return [*out[:start], *out[end:at], *out[start:end], *out[at + 1 :]]


# Words a question opens with: after them a description has ended.
ASKS = frozenset(
    "what whats when whens where wheres who whos which how is are was were did does do has have can".split()
)

_APPOSITIVE_LONGEST = 5


def skip_appositive(tokens: list[str], i: int) -> int:
    """Past "the ... one" right after a description ("the other guy, the s1-2 one"), which says again whom
    it means."""
    if tokens[i : i + 1] != ["the"]:
        return i
    last = min(len(tokens), i + 2 + _APPOSITIVE_LONGEST)
    end = next((j for j in range(i + 2, last) if tokens[j] == "one"), None)
    if end is None or ASKS.intersection(tokens[i + 1 : end]):
        return i
    return end + 1
