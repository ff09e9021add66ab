"""'and Torchwood?' after a check of someone's credits ("did andy newberry work on hidden"): a title held
only as someone's other work is no show nobody knows there, but the same check of the same person with that
title ("did andy newberry work on torchwood": no, Euros Lyn did)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.unknown_name_evidence import someones_work


def work_asked_of_person(title: list[str], conv: Conversation, kb: Knowledge) -> bool:
    """Whether `title` (read as a title nobody knows) is someone's other work asked after a question about a
    person: the ellipsis then repeats that question with it."""
    last = conv.last
    return last is not None and last.person_id is not None and someones_work(title, kb)
