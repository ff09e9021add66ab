""" "doing" as the verb of the role the thread is about: after "what has euros lyn worked on" ... "and andy
newberry", "which one of them is doing s3?" asks which of the two directors directs season 3, so "doing"
becomes "directing", the verb of the role the people talked about share on a show."""

from __future__ import annotations

from collections import Counter

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.seasons import find_season
from intents.understand.role_words import ROLE_GERUNDS

# Verbs a fan gives a season to someone by, in the role the thread is about: "which of them is doing s3",
# "and who's got season 3", "who is handling the third season". Only "doing" may have words between it and
# the season ("doing the new one, season 3"); the others must be followed by it.
DOING_WORDS = frozenset({"doing", "got", "handling", "helming"})
_PEOPLE_READ = 2  # "them": the two people talked about last


def doing_as_role(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The words with "doing" (or "got", "handling") replaced by the gerund of the role the people talked
    about hold, or None."""
    at = next((i for i, t in enumerate(tokens) if t in DOING_WORDS), None)
    if at is None:
        return None
    after = tokens[at + 1 :]
    if after[:1] == ["the"] and tokens[at] != "doing":
        after = after[1:]  # "who's got the third season"
    season = find_season(after)
    if season is None or (tokens[at] != "doing" and season.start != 0):
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


# "how many hs eps has lyn done": episodes someone "did" are the ones their crew role made; the verb of the
# role in the form the question's "do" has.
_DO_FORMS = {"do": 0, "done": 1, "doing": 2}
_EPISODE_WORDS = frozenset({"episode", "episodes"})
_EPISODE_VERBS = {"director": ("direct", "directed", "directing"), "writer": ("write", "written", "writing")}


def episodes_done_as_role(tokens: list[str], res: Resolution) -> list[str] | None:
    """ "how many hs eps has lyn done", "did he do every single ep": "do" as the verb of the one episode-
    making role (directing, writing) the one person named holds, so the count or check of their episodes is
    read; None otherwise."""
    if _EPISODE_WORDS.isdisjoint(tokens) or _DO_FORMS.keys().isdisjoint(tokens) or len(res.people) != 1:
        return None
    shows = {s.id for s in res.shows}
    credits = res.people[0].credits
    roles = {c.role for c in credits if c.role in _EPISODE_VERBS and (not shows or c.show_id in shows)}
    if len(roles) != 1:
        return None
    verbs = _EPISODE_VERBS[roles.pop()]
    return [verbs[_DO_FORMS[t]] if t in _DO_FORMS else t for t in tokens]
