"""A show described rather than named, once the conversation's reading has put its title in place of the
description: the person who described it ("that marvel show joe locke's in") is still the next "he", and a
show described twice over is named once."""

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


_LONGEST_TITLE = 6  # words


def said_once(tokens: list[str]) -> list[str]:
    """The words with a run said twice in a row said once: a show described twice ("the 2021 disney+ series
    that agatha all along spins off from") is walked to its title twice ("wandavision wandavision")."""
    for size in range(_LONGEST_TITLE, 0, -1):
        for start in range(len(tokens) - 2 * size + 1):
            if tokens[start : start + size] == tokens[start + size : start + 2 * size]:
                return said_once([*tokens[: start + size], *tokens[start + 2 * size :]])
    return tokens
