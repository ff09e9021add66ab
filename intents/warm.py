"""Warm-up: build the tables the engine otherwise makes on the first question that needs one.

A one-shot `marquee ask` never needs most of them, so they are not built at start-up; a process that
answers many questions (a batch, a chat, the bot) builds them once after its first answer, so no later
question pays tens of milliseconds for a table it happens to be the first to need.
"""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.catalog.paths import films_of_year
from intents.catalog.surnames import surname_table
from intents.derived import Derived
from intents.known_words import warm_known_words
from intents.listed_work import warm_listed_work
from intents.near_names import warm_news_names
from intents.picture.held import pictures_held
from intents.relation_model import shipped_model
from intents.title_typos import warm_news_show_keys
from intents.understand.frames import warm_frames
from intents.understand.role_described_people import role_holders
from intents.understand.someone_beside_known import known_names


def warm_tables(knowledge: Knowledge, derived: Derived, vocabulary: frozenset[str]) -> None:
    """Build every lazily made table of a snapshot and its derived index (pure; safe in a worker thread)."""
    index = derived.entity_index
    index.full_names("show", -1)  # the entity -> full names table
    index.warm_longest_names()
    if index.candidates is not None:
        index.candidates.warm()
    warm_news_show_keys(index)
    warm_news_names(index, knowledge)
    knowledge.unlinked_work()
    warm_listed_work(knowledge)
    derived.subjects.only_show()
    warm_known_words(vocabulary)
    warm_frames()
    shipped_model()  # the relation model's weights, read for the first undecided question otherwise
    role_holders(knowledge)  # people by credited role: one pass over every show's credits
    pictures_held(knowledge)  # every reported picture (~8 ms with the catalog): any message naming a picture
    films_of_year(knowledge)  # release year -> films (~15 ms with the catalog): "films released in 1999"
    known_names(knowledge)  # people's folded names (~100 ms with the catalog): someone beside a known person
    surname_table(index, knowledge)  # surname -> person (~250 ms with the catalog): "who's the writer of X"
