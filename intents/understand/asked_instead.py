"""After a yes/no check about someone's credit is answered, "who is then?", "so who did them", "who was it
then" ask the same question with "who" in that person's place ("is euros lyn directing s3?" ... "ok who is
then" -> "who is directing s3")."""

from __future__ import annotations

from intents.dialogue import Conversation
from intents.understand.context import YES_NO_OPENERS

# Words that may follow "who" in such a question and add nothing to it.
_BARE = frozenset("is was are were did does do has had will then them it those that instead so ok".split())
_LEADS = frozenset("so ok okay then and but well hmm".split())


def who_instead(fragment: list[str], conv: Conversation) -> list[str] | None:
    """The last check asked with "who" in its person's place, when the fragment is only "who" with an
    auxiliary or a word pointing back; None otherwise."""
    words = list(fragment)
    while words and words[0] in _LEADS:
        words = words[1:]
    if "who" not in words[:2] or len(words) > 4 or not all(w in _BARE | {"who"} for w in words):
        return None
    last = conv.last_understood
    if last is None or last.kind != "answer" or not last.tokens or last.tokens[0] not in YES_NO_OPENERS:
        return None
    person = next(((s, e) for kind, s, e in last.slots if kind == "person"), None)
    if person is None or person[0] != 1:
        return None  # the check must be about the person it names first ("did he do ...", "is X directing")
    aux, rest = last.tokens[0], list(last.tokens[person[1] :])
    if (relative := _described_doer(rest)) is not None:
        return ["who", *relative]  # "is he the same guy who did doctor who" ... "who did then"
    if aux in ("did", "does", "do") and rest[:1] == ["do"] and last.intent in _DONE:
        # "did he do the first two seasons" asked who directed them: "do" stood for the credit asked about.
        return ["who", _DONE[last.intent], *rest[1:]]
    if aux in ("did", "does", "do") and rest:
        return ["who", *(_VERBS.get(rest[0], rest[0]) if aux == "did" else rest[0] + "s").split(), *rest[1:]]
    return ["who", aux, *rest]


# "the (same) guy who ...", "the one that ...": a check that describes the person by what they did.
_DOERS = frozenset("guy person one actor actress man woman director writer dude".split())


def _described_doer(rest: list[str]) -> list[str] | None:
    """What "the (same) guy who did X" says the person did ("did X"), or None."""
    words = rest[1:] if rest[:1] == ["the"] else []
    words = words[1:] if words[:1] == ["same"] else words
    if len(words) < 3 or words[0] not in _DOERS or words[1] not in ("who", "that"):
        return None
    done = words[2:]
    return ["worked", "on", *done[1:]] if done[0] in ("did", "does", "do") else done  # "who did doctor who"


_DONE = {"directors": "directed", "creator": "created"}
# "did he do doctor who" ... "who did then": "do" with a title is having worked on it.
_VERBS = {
    "direct": "directed",
    "make": "made",
    "create": "created",
    "write": "wrote",
    "play": "played",
    "do": "worked on",
    "work": "worked",
}
