"""A word typed for another that sounds the same ("whose in it" for "who's in it", "were can i watch" for
"where can i watch"): read as the meant word only before words the typed one never goes before."""

from __future__ import annotations

# The typed word -> the word meant and the words that, coming next, show it ("whose" goes before a noun:
# "whose show"; "who's" before a preposition, an article or a verb).
SOUND_ALIKES: dict[str, tuple[str, frozenset[str]]] = {
    "whose": ("whos", frozenset("in on the a an playing directing starring creating writing gonna".split())),
    "were": ("where", frozenset("can is does do to will".split())),
}


def words_as_meant(words: list[str]) -> list[str]:
    """The words with each sound-alike read as the word meant: "whose in hs" -> "whos in hs"."""
    if not SOUND_ALIKES.keys() & set(words):
        return words
    out = list(words)
    for at, word in enumerate(words[:-1]):
        alike = SOUND_ALIKES.get(word)
        if alike is not None and words[at + 1] in alike[1]:
            out[at] = alike[0]
    return out
