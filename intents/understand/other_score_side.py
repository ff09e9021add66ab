"""'heartstopper critics score?' ... 'and the other one?': the score of the other side (critics or audience)
of the same site, asked as the last question with its side swapped; never a person "the other one" means."""

from __future__ import annotations

from intents.dialogue import Conversation

_CRITICS = frozenset("critics critic tomatometer reviewers".split())
_AUDIENCE = frozenset("audience audiences fans viewers popcornmeter".split())
_LEADS = frozenset("and ok okay so what about hmm wait lol".split())
_NOUNS = frozenset("one score side rating number".split())


def other_side_score(tokens: list[str], conv: Conversation) -> list[str] | None:
    """The last ratings question with its critics/audience word swapped, when the follow-up is only "the
    other one" (or score, side); None otherwise."""
    last = conv.last
    if last is None or last.intent != "ratings" or last.kind != "answer":
        return None
    rest = [w for w in tokens if w not in _LEADS]
    if len(rest) != 3 or rest[0] not in ("the", "that") or rest[1] != "other" or rest[2] not in _NOUNS:
        return None
    asked = list(last.tokens)
    critics = [i for i, w in enumerate(asked) if w in _CRITICS]
    audience = [i for i, w in enumerate(asked) if w in _AUDIENCE]
    if bool(critics) == bool(audience):
        return None  # both sides asked, or neither: which is "the other" is not said
    swap = "audience" if critics else "critics"
    return [swap if i in (critics or audience) else w for i, w in enumerate(asked)]
