"""A word typed for another that sounds the same ("whose in it" for "who's in it", "were can i watch" for
"where can i watch", "spin of" for "spin off"): read as the meant word only beside words the typed one never
goes with. Also a fan's word for a person ("the fella who ...", "that chap from ...") read as "guy", the word
every reader of a described person knows."""

from __future__ import annotations

# The typed word -> the word meant and the words that, coming next, show it ("whose" goes before a noun:
# "whose show"; "who's" before a preposition, an article or a verb).
SOUND_ALIKES: dict[str, tuple[str, frozenset[str]]] = {
    "whose": ("whos", frozenset("in on the a an playing directing starring creating writing gonna".split())),
    "were": ("where", frozenset("can is does do to will".split())),
}

# The typed word -> the word meant and the words that, coming just before, show it: "a spin of" is a
# "spin off"; "more noms then emmys" compares ("than") and tells no order of events.
# The last field is how many words before may hold it: "more bafta noms then emmys" puts the compared thing
# between; "spun out of" is no "spin off".
SOUND_ALIKES_AFTER: dict[str, tuple[str, frozenset[str], int]] = {
    "of": ("off", frozenset("spin spun".split()), 1),
    "then": (
        "than",
        frozenset("more less fewer better worse older younger bigger higher lower longer shorter".split()),
        3,
    ),
}


# Words for a person, after a word pointing at them and before what describes them: "the fella who handled
# the earlier seasons", "that chap from heartstopper". Elsewhere they may be a title's ("Fellow Travelers").
_ALIKE_WORDS = frozenset(SOUND_ALIKES) | frozenset(SOUND_ALIKES_AFTER)  # what a message must hold
_PERSON_WORDS = frozenset("fella fellow feller chap geezer gent bloke".split())
_POINTING = frozenset("the that this other same".split())
_DESCRIBING = frozenset("who that from in on playing directing behind doing".split())


def words_as_meant(words: list[str]) -> list[str]:
    """The words with each sound-alike read as the word meant: "whose in hs" -> "whos in hs"; "the fella
    who ..." -> "the guy who ..."."""
    words = _person_words_as_guy(words)
    if _ALIKE_WORDS.isdisjoint(words):
        return words
    out = list(words)
    for at, word in enumerate(words[:-1]):
        if word in SOUND_ALIKES and words[at + 1] in SOUND_ALIKES[word][1]:
            out[at] = SOUND_ALIKES[word][0]
    for at, word in enumerate(words[1:], start=1):
        if word in SOUND_ALIKES_AFTER:
            meant, said_before, reach = SOUND_ALIKES_AFTER[word]
            if not said_before.isdisjoint(words[max(0, at - reach) : at]):
                out[at] = meant
    return out


def _person_words_as_guy(words: list[str]) -> list[str]:
    if _PERSON_WORDS.isdisjoint(words):
        return words
    return [
        "guy"
        if w in _PERSON_WORDS
        and at > 0
        and words[at - 1] in _POINTING
        and (at + 1 == len(words) or words[at + 1] in _DESCRIBING)
        else w
        for at, w in enumerate(words)
    ]
