"""Where a show is shown: "where will it be shown", "where's it going to be broadcast", "where can it be
seen" ask where to watch it, as "where is it streaming" does.

"Shown" reaches here as "shows" (normalize reads it as the verb's other form); the words between "where" and
the showing verb are auxiliaries and the show ("where is agatha all along going to be aired").
"""

from __future__ import annotations

# The verbs that say a show is put before viewers, in the forms a "where" question ends with.
_SHOWING = frozenset(
    """shown shows broadcast broadcasted broadcasting aired airing air airs screened screening seen
    televised available""".split()
)
# Words before a showing word that make it a noun ("where can i stream the show(s)"), and the fan as the one
# who watches ("where can i see it"): no question of where the show is shown.
_NOUN_BEFORE = frozenset("the that this those these a an my your his her their its".split())
_WATCHERS = frozenset("i we you u me us".split())
# Auxiliaries and fillers around the show in such a question: never part of it.
_AUXILIARIES = frozenset("will is does do can could be going to gonna get being was getting".split())
_WHERE = frozenset({"where", "wheres"})
_TAIL = frozenset({"now", "then", "again", "exactly", "first"})


def where_shown(tokens: list[str]) -> list[str]:
    """The question as "where is X streaming" when it asks where a show is shown; unchanged otherwise. A
    "streaming site" is the streaming service ("which streaming site will have it": no title "Site")."""
    tokens = _service_named(tokens)
    if not tokens or tokens[0] not in _WHERE:
        return tokens
    end = len(tokens)
    while end > 1 and tokens[end - 1] in _TAIL:
        end -= 1
    if end < 3 or tokens[end - 1] not in _SHOWING or tokens[end - 2] in _NOUN_BEFORE:
        return tokens
    subject = [w for w in tokens[1 : end - 1] if w not in _AUXILIARIES]
    if not subject or not _WATCHERS.isdisjoint(subject):
        return tokens
    return ["where", "is", *subject, "streaming"]


_STREAM = frozenset({"stream", "streaming"})  # "streaming" reaches here as "stream"
_SITE = frozenset({"site", "sites", "website", "websites"})


def _service_named(tokens: list[str]) -> list[str]:
    at = next((i for i in range(1, len(tokens)) if tokens[i] in _SITE and tokens[i - 1] in _STREAM), None)
    if at is None:
        return tokens
    return [*tokens[: at - 1], "streaming", "service", *tokens[at + 1 :]]
