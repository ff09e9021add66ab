""" "doing" as the verb of the role the thread is about: after "what has euros lyn worked on" ... "and andy
newberry", "which one of them is doing s3?" asks which of the two directors directs season 3, so "doing"
becomes "directing", the verb of the role the people talked about share on a show."""

from __future__ import annotations

from collections import Counter

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.seasons import find_season
from intents.understand.role_words import ROLE_GERUNDS

DOING_WORDS = frozenset({"doing"})
_PEOPLE_READ = 2  # "them": the two people talked about last


def doing_as_role(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The words with "doing" replaced by the gerund of the role the people talked about hold, or None."""
    if "doing" not in tokens:
        return None
    at = tokens.index("doing")
    if find_season(tokens[at + 1 :]) is None:
        return None  # "how is heartstopper doing": no season's role asked
    people = [kb.people[p] for p in list(conv.people)[:_PEOPLE_READ] if p in kb.people]
    shared: Counter[tuple[int, str]] = Counter()
    for person in people:
        shared.update({(c.show_id, c.role) for c in person.credits if c.role in ROLE_GERUNDS})
    if not shared:
        return None
    # The role most of them hold on one show, the conversation's show first on a tie.
    (_, role), _count = max(shared.items(), key=lambda kv: (kv[1], kv[0][0] == conv.last_show_id))
    return [*tokens[:at], ROLE_GERUNDS[role], *tokens[at + 1 :]]
