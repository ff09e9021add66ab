"""'the guy who directed jaws' is 'the director of jaws': a person described by what they did on a film,
spelt as the role phrase the chain reader knows ("which movies did the guy who directed jaws make").

Without it "guy" was linked as the film "Guy" and the chain started there.
"""

from __future__ import annotations

# Words that stand for the person a "who ..." clause describes (a caller's cheap check before spelling).
DESCRIBED_SOMEONE = frozenset(
    "guy guys man men woman women lady person people dude one ones actor actress director writer".split()
)
_WHO = frozenset({"who", "that"})
# What they did, as the role phrase it means (a verb that takes "in" takes it along).
_DID = {
    "directed": ["director", "of"],
    "made": ["director", "of"],
    "wrote": ["writer", "of"],
    "written": ["writer", "of"],
    "starred": ["actor", "in"],
    "acted": ["actor", "in"],
    "appeared": ["actor", "in"],
    "played": ["actor", "in"],
    "was": ["actor", "in"],
    "is": ["actor", "in"],
}
_NEEDS_IN = frozenset({"starred", "acted", "appeared", "played", "was", "is"})


def spell_role_descriptions(tokens: list[str]) -> list[str]:
    """The folded words with each 'guy who directed' spelt 'director of' (the words unchanged if none)."""
    if _WHO.isdisjoint(tokens):
        return tokens
    spelt: list[str] = []
    at, count = 0, len(tokens)
    while at < count:
        word = tokens[at]
        verb = tokens[at + 2] if at + 2 < count else ""
        takes_in = verb in _NEEDS_IN
        described = (
            word in DESCRIBED_SOMEONE and tokens[at + 1 : at + 2] and tokens[at + 1] in _WHO and verb in _DID
        )
        if described and (not takes_in or tokens[at + 3 : at + 4] == ["in"]):
            spelt += _DID[verb]
            at += 4 if takes_in else 3
            continue
        spelt.append(word)
        at += 1
    return spelt
