"""The person a fan named to describe a show ("that marvel show joe locke's in"): once the conversation's
reading has put the show in place of the description, the question names no one, yet the next "he" is
still that person."""

from __future__ import annotations

from intents.resolve import Resolution


def describer_of_show(asked: Resolution, read: Resolution) -> int | None:
    """The id of the person the question as `asked` named, when the reading (`read`) names no one but a show
    of theirs the words as asked did not name: the description was theirs. None otherwise."""
    if read.people or not asked.people or not read.shows:
        return None
    new_shows = {show.id for show in read.shows} - {show.id for show in asked.shows}
    person = asked.people[0]
    theirs = {c.show_id for c in person.credits} | {w.show_id for w in person.work if w.show_id}
    return person.id if new_shows & theirs else None
