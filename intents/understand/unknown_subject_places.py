"""Where a message's own words put a name nobody knows as what it asks about, for the last check on every
answer (intents/understand/unknown_subject_guard.py): someone a yes/no opens with by full name, and a title
in a title's place that a reader answered the default show past."""

from __future__ import annotations

import re

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.text import STOPWORDS
from intents.title_question import Frame
from intents.title_words import AUXILIARIES
from intents.unknown_name_evidence import chatter, someones_work

# Words pointing at someone or something already said: never part of a title set in a title's place.
_POINTERS = frozenset("he she him her his it its they them their".split())
_SUBJECT_PRONOUNS = frozenset("i we he she they".split())  # "we have a party planned we": no title ends so
# A person's full name: "amy poehler", "hwang dong hyuk".
_FULL_NAME_WORDS = range(2, 4)


def checked_someone(tokens: list[str], res: Resolution) -> list[str]:
    """Someone nobody knows a yes/no opens by asking of, by full name ("did amy poehler write the
    heartstopper books", "does ayo edebiri direct any episodes of heartstopper"): the known show named after
    is what is checked of them, so its facts alone answer nothing; empty when a known person is named."""
    if res.people or res.characters or tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return []
    run = next((r for r in res.named_runs if tokens[1 : 1 + len(r)] == r), [])
    return run if len(run) in _FULL_NAME_WORDS and not chatter(run) else []


def placed_title(text: str, res: Resolution, kb: Knowledge) -> list[str]:
    """The title nobody knows the message puts in a title's place other than its opening ("what's the rt
    score for my hero academia", "when is mr sunshine back"): a reader that answered the default show
    anyway read past it. An opening title is as often the fan's talk, so it is left to `_own_subject`."""
    title = res.evident_title
    if res.shows or res.title_frame in (None, Frame.LEADING) or not title:
        return []
    # Its words nobody knows make it a name; the rest may only be short words ("my", "the", "mr"): a place
    # read around everyday words ("who directed the rest of them", "is he in anything else coming up", "the
    # behind the sceens foto") is no title, and the answer found for it stands.
    named = [w for run in res.named_runs if _within(run, title) for w in run]
    if (
        not named
        or chatter([w for w in named if w not in STOPWORDS])
        or not _POINTERS.isdisjoint(title)
        or title[-1] in _SUBJECT_PRONOUNS
    ):
        return []  # "i want to rewatch from the beginning", "we have a watch party planned we"
    if someones_work(title, kb) or _last_after_comma(text, title):
        return []  # "the director of the library suicides": someone's work; "..., dear?": said to the bot
    return title if all(w in named or w in STOPWORDS or len(w) <= 2 for w in title) else []


def _last_after_comma(text: str, words: list[str]) -> bool:
    """Whether the words close the message after a comma ("when was that released, dear?")."""
    said = r"\W+".join(re.escape(w) for w in words)
    return re.search(rf",\W*{said}\W*$", text.lower()) is not None


def _within(run: list[str], words: list[str]) -> bool:
    """Whether the run stands, in order, among the words."""
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))
