"""'is inception an action movie', 'is jaws a comedy': a genre checked against a catalog film's genres (and
its tags: "science fiction" is a tag of The Matrix, whose genre is Action), said yes or no first.

Without this, "action" read as an acting verb (MetaQA's machine-translated "took action in") and the cast
was the reply, and "is jaws a comedy" asked which "Jaws" was meant.
"""

from __future__ import annotations

import html
import re

from intents.answer import Answer, AnswerKind
from intents.catalog import facts
from intents.catalog.answers import label
from intents.catalog.named_films import catalog_films
from intents.query import Query, join_names
from intents.text import fold

# Fans' words for the catalog's genres; the genre's own name (folded) is read as itself.
_FAN_GENRES = {
    "animated": "animation",
    "cartoon": "animation",
    "romantic": "romance",
    "romcom": "romance",
    "biopic": "biography",
    "historical": "history",
    "sports": "sport",
    "scifi": "sci fi",
    "science fiction": "sci fi",
    "war film": "war",
    "comedies": "comedy",
}
# Tags that say a genre the catalog's genre list rarely holds.
_TAG_WORDS = {"sci fi": ("science fiction", "scifi")}
_GENRES = (
    "drama|comedy|comedies|horror|action|thriller|crime|war|adventure|documentary|western|musical|fantasy|music"
    "|mystery|romance|romantic|romcom|animation|animated|cartoon|family|short|sports?|biography|biopic|history"
    "|historical|sci ?fi|science fiction|news"
)
# Matched on the text as typed (one match for most questions); then read on the folded words.
_ASKS_GENRE = re.compile(rf"^\W*(?:is|was|isn'?t|wasn'?t)\b.+\b(?:{_GENRES}|sci.fi)\b", re.IGNORECASE)
_CHECK = re.compile(
    rf"^(?:is|was|isnt|wasnt) (?P<film>.+?) (?:an? )?(?:(?:kind|type|sort) of )?(?P<genre>{_GENRES})"
    r"(?: (?:movie|film|flick|one|picture|story))?(?: or not| too| as well| isnt it| right)?$"
)


def genre_check(q: Query) -> Answer | None:
    """'Yes, Inception (2010) is a film of genre Action.', or 'No, ...' with the genres it has; None unless
    the question checks a genre of a film only the catalog knows."""
    if q.index is None or _ASKS_GENRE.match(q.text) is None:
        return None
    match = _CHECK.match(" ".join(fold(html.unescape(q.text)).split()))
    if match is None:
        return None
    films = catalog_films(q, match.group("film"))
    if not films:
        return None
    asked = _FAN_GENRES.get(match.group("genre"), match.group("genre"))
    show = films[0]
    genres = facts.film_values(q.kb, show, "genre")
    tags = facts.film_values(q.kb, show, "tag")
    said = join_names(genres) if genres else ""
    if any(fold(g) == asked for g in genres):
        return _verdict(f"Yes, {label(show)} is a film of genre {said}.", show.id)
    tag_words = {asked, match.group("genre"), *_TAG_WORDS.get(asked, ())}
    tagged = [t for t in tags if fold(t) in tag_words]
    if tagged:
        kind = f" (its genre: {said})" if genres else ""
        return _verdict(f"Yes, {label(show)} is tagged {tagged[0]}{kind}.", show.id)
    if not genres:
        return _verdict(f"I don't have a genre for {label(show)} in my facts.", show.id, kind="unknown")
    return _verdict(f"No, {label(show)} is a film of genre {said}, as far as my facts go.", show.id)


def _verdict(text: str, show_id: int, kind: AnswerKind = "answer") -> Answer:
    return Answer(text=text, kind=kind, intent="film_genre", confidence=0.9, show_id=show_id)
