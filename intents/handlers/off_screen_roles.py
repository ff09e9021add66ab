"""What someone with no acting role does behind the camera ("what's lauren james's role in heartstopper":
the story consultant), for the cast handlers."""

from __future__ import annotations

from dataclasses import replace

from db.knowledge import PersonFacts
from intents.answer import Answer
from intents.query import Query, join_names, sources_for
from intents.roles import ROLE_LABELS

# Words that ask for a part on screen, not any job on the show ("what's her role" may be behind the camera).
_ACTING = frozenset("play plays played playing portray portrays character characters acting act acts".split())


def off_screen_role(q: Query, person: PersonFacts, lacking: Answer) -> Answer:
    """No acting role: what the person does behind the camera, when a credit says ("what's lauren james's
    role in heartstopper": the story consultant)."""
    credits = [c for c in person.credits if c.role != "actor" and (q.show is None or c.show_id == q.show.id)]
    if not credits:
        return lacking
    jobs = [
        f"{ROLE_LABELS.get(c.role, c.role.replace('_', ' '))} of {q.kb.shows[c.show_id].title}"
        for c in credits
    ]
    where = f" in {q.show.title}" if q.show is not None else ""
    credited = f"{person.name} is credited as {join_names(jobs)}"
    if not _ACTING & set(q.tokens):
        # "what's her role exactly": her role is the job she is credited with, said as the answer.
        return replace(
            lacking,
            text=f"{credited}.",
            kind="answer",
            sources=sources_for(q.kb, [c.article_id for c in credits]),
            answers=(person.name,),  # whom it names: the "he" of the next question
        )
    return replace(
        lacking,
        text=f"I don't have an acting role for {person.name}{where}: {credited}.",
        sources=sources_for(q.kb, [c.article_id for c in credits]),
    )
