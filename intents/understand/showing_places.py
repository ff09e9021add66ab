"""Where a show is shown: "where will it be shown", "where's it going to be broadcast", "where can it be
seen" ask where to watch it, as "where is it streaming" does.

"Shown" reaches here as "shows" (normalize reads it as the verb's other form); the words between "where" and
the showing verb are auxiliaries and the show ("where is agatha all along going to be aired").
"""

from __future__ import annotations

from intents.networks import network_span

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
    tokens = _placed_tersely(_service_named(tokens))
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
    if _SITE.isdisjoint(tokens):
        return tokens
    at = next((i for i in range(1, len(tokens)) if tokens[i] in _SITE and tokens[i - 1] in _STREAM), None)
    if at is None:
        return tokens
    return [*tokens[: at - 1], "streaming", "service", *tokens[at + 1 :]]


# Words that make a message more than a name and a network ("when is it on netflix", "cast netflix").
_NOT_A_NAME = frozenset(
    """on in at from to by for with what when where who which how is are was does did do will can has have
    whats whens wheres whos watch stream streaming air airs release date premiere cast director""".split()
)
_MAX_NAME_TOKENS = 4


def _placed_tersely(tokens: list[str]) -> list[str]:
    """ "hs3 netflix?", "agatha all along hulu?": a name and a network alone ask whether it is on there, as
    "hs3 on netflix" does."""
    span = network_span(tokens)
    if span is None or span[1] != len(tokens) or not 0 < span[0] <= _MAX_NAME_TOKENS:
        return tokens
    if not _NOT_A_NAME.isdisjoint(tokens[: span[0]]):
        return tokens
    return [*tokens[: span[0]], "on", *tokens[span[0] :]]
