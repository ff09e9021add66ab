"""Fans' words for people, as data: the nouns they call an actor or a cast by ("the lad who plays nick",
"kit connor's castmates"), read as the ordinary words (understand/fanwords.py merges them into its table),
and the relatives a character may have, which no credit names."""

from __future__ import annotations

# One fan word for a person -> the words it stands for.
PEOPLE_WORDS: dict[str, tuple[str, ...]] = {
    "guy": ("actor",),
    "dude": ("actor",),
    "lad": ("actor",),  # "the lad who plays nick"
    "bloke": ("actor",),
    "girl": ("actress",),
    "lady": ("actress",),
    # Those in a cast beside someone: "who are kit connor's castmates", "joe locke's agatha castmates"
    "castmate": ("costar",),
    "castmates": ("costars",),
}
# Someone a character is related to ("charlie's mum"): a part no credit names, never a title word.
RELATIVES = frozenset(
    """mum mom mother dad father parents parent sister brother sibling siblings boyfriend girlfriend friend
    friends bestie teacher teachers grandma grandpa nan aunt uncle ex crush cousin""".split()
)
