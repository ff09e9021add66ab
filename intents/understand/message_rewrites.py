"""A fan's message said again as the question it asks, before anything else reads it: a plan's wait ("if i
watch agatha on premiere night how long till hs3" -> the span between the premieres), someone described as
the other person in a reported picture (-> their name), a shorthand choice ("joe locke: charlie or nick?"),
a season's news asked as what someone did ("did netflix confirm s4" -> "has s4 been
confirmed"), a flat claim (-> "..., right?"), and a part's name alone ("nick?" -> "who plays nick")."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.listed_work import people_listing
from intents.picture.others import other_in_picture
from intents.text import fold
from intents.understand.colon_picks import as_choice
from intents.understand.event_gaps import planned_wait
from intents.understand.flat_claims import as_check
from intents.understand.season_news import season_news


def rewritten(
    text: str, kb: Knowledge, is_name: Callable[[str], bool], is_character: Callable[[str], bool]
) -> str:
    """The message as the question it asks (unchanged when none of the readers applies). `is_name` and
    `is_character` tell the folded words of a known name and of a known character."""

    def is_title(key: str) -> bool:
        # A known name, or a title someone's other work lists ("doctor who"): its question word asks nothing.
        return is_name(key) or bool(people_listing(kb, key, ""))

    text = planned_wait(text) or other_in_picture(text, kb) or season_news(text) or text
    return _part_alone(text, is_name, is_character) or as_check(as_choice(text, is_character), is_title)


_MOST_WORDS = 4  # a part's name is a few words ("charlie spring", "the mystery teen")


def _part_alone(text: str, is_name: Callable[[str], bool], is_character: Callable[[str], bool]) -> str | None:
    """ "nick?", "charlie spring": a part's name said alone asks who plays it, as a person's name alone asks
    who they are (read here, not as an intent's phrasing: the relation model trains on those)."""
    key = fold(text)
    if not key or len(key.split()) > _MOST_WORDS or not is_character(key):
        return None
    return f"who plays {key}"
