"""The one watching: "where can she watch it?", "can he stream it on netflix?", "when could they see it?".
A pronoun that does the watching is the fan's daughter, son or friend, never someone in the show, so the
question is the fan's own ("where can i watch it?"), not one about a person."""

from __future__ import annotations

# The verbs before the watcher: "can she", "could they", "does he".
_MODALS = frozenset("can could should would will do does did may might cant couldnt".split())
_WATCHERS = frozenset({"he", "she", "they"})
# Verbs of watching a show (folded forms: "streaming" reads as "stream").
_WATCHING = frozenset("watch watching stream see catch binge rewatch view".split())


def watcher_as_fan(tokens: list[str]) -> list[str]:
    """The tokens with a pronoun that watches ("can she watch it") read as the fan ("can i watch it")."""
    for at in range(1, len(tokens) - 1):
        if tokens[at] in _WATCHERS and tokens[at - 1] in _MODALS and tokens[at + 1] in _WATCHING:
            return [*tokens[:at], "i", *tokens[at + 1 :]]
    return tokens
