"""A part asked by what the character is, not by name ("who plays the detective in the lantern keepers"):
no character of the show is called that, so it is said to be missing first, with the cast Marquee has
(the fan can tell the detective among them)."""

from __future__ import annotations

from db.knowledge import CreditFact, ShowFacts
from intents.answer import Answer
from intents.query import Query, join_names, sources_for
from intents.text import STOPWORDS, fold

_PLAY_VERBS = frozenset("plays played playing portrays portrayed portraying play".split())
# Words after the part that say where it is: "the detective in the lantern keepers".
_WHERE = frozenset("in on from of".split())
_MOST_WORDS = 4  # a longer run is a clause, not a part ("the one who ... ")
_MOST_LISTED = 8


def described_lead(q: Query, actors: list[CreditFact]) -> CreditFact | None:
    """The part a lead's description picks out, or None: the title character ("who plays the title character
    in andor": Cassian Andor, whose name holds the title), else the first-billed actor with a character ("who
    plays the main character")."""
    if q.show is not None and q.has("title character", "title role", "titular character", "title part"):
        title = set(fold(q.show.title).split()) - STOPWORDS
        named = [c for c in actors if c.character and title and title <= set(fold(c.character).split())]
        return named[0] if named else None
    if q.has("main character", "lead", "protagonist", "main", "star"):
        leads = [c for c in actors if c.character]
        return leads[0] if leads else None
    return None


def unnamed_part(q: Query, actors: list[CreditFact]) -> Answer:
    """The reply to "who plays <a part no character is called>": missing first, then the show's cast (the
    actors, billing order); with no part said, or no show the fan talks of, which character they mean."""
    show = q.show
    part = said_part(q.tokens, show) if show is not None else None
    if show is None or part is None or not (q.show_named or q.show_in_conversation):
        # ("who plays them": no part said; the pronoun's part was not found)
        return Answer(
            text="Which character do you mean? Try `who plays Nick Nelson?`",
            kind="unknown",
            intent="who_plays",
            confidence=0.5,
        )
    lead = f"I don't have which character is {part} in {show.title}"
    people = q.kb.people
    listed = [
        f"{people[c.person_id].name} ({c.character})" if c.character else people[c.person_id].name
        for c in actors
    ]
    known = f" The cast I have: {join_names(listed, limit=_MOST_LISTED)}." if listed else ""
    return Answer(
        text=f"{lead} in my facts.{known}",
        kind="unknown",
        intent="who_plays",
        confidence=0.8,
        sources=sources_for(q.kb, [c.article_id for c in actors]),
        show_id=show.id,
    )


def said_part(tokens: list[str], show: ShowFacts) -> str | None:
    """The words after "plays" up to where in the show the part is said to be ("the detective"), or None."""
    title = fold(show.title).split()
    start = next((i + 1 for i, word in enumerate(tokens) if word in _PLAY_VERBS), None)
    if start is None:
        return None
    words: list[str] = []
    for i in range(start, len(tokens)):
        if tokens[i] in _WHERE or tokens[i : i + len(title)] == title:
            break
        words.append(tokens[i])
    if not 1 <= len(words) <= _MOST_WORDS or all(w in STOPWORDS for w in words):
        return None
    return " ".join(words) if words[0] in ("the", "a", "an") else f"the {' '.join(words)}"
