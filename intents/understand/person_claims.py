"""A claim about the person just talked about, said as a statement with a tag: "and he's the one in agatha all
along right?", "she's also in that show isn't she". It is checked as "is he in <show>?" against that person's
credits, never confirmed with a fact about another show. So is a name added to a cast list with a tag ("plus
joe locke, yeah?"), in the show whose cast was given."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.named_subjects import person_alone

Link = Callable[[list[str]], Resolution]

_LEADS = frozenset("and so ok okay wait oh but".split())
# The pronoun with its verb, as folded words: "he's" folds to "hes".
_SUBJECTS: dict[tuple[str, ...], str] = {
    ("hes",): "he", ("he", "is"): "he", ("shes",): "she", ("she", "is"): "she",
    ("theyre",): "they", ("they", "are"): "they",
}  # fmt: skip
# Words between the pronoun and "in" that add nothing to the claim: "he's the one in", "she's also in".
_BETWEEN = frozenset("also too the one guy girl actor actress person that who".split())
# Tags at the end asking to confirm: "right", "isn't he", "too yeah".
_TAGS = frozenset("right isnt he she they arent is yeah yes correct too also as well innit no".split())


def claim_as_check(tokens: list[str]) -> list[str] | None:
    """ "and he's the one in X right?" as "is he in X"; None when the tokens make no such claim."""
    at = 0
    while at < len(tokens) and tokens[at] in _LEADS:
        at += 1
    subject = next((s for s in _SUBJECTS if tuple(tokens[at : at + len(s)]) == s), None)
    if subject is None:
        return None
    pronoun, at = _SUBJECTS[subject], at + len(subject)
    while at < len(tokens) and tokens[at] in _BETWEEN:
        at += 1
    end = len(tokens)
    while end > at and tokens[end - 1] in _TAGS:
        end -= 1
    if tokens[at : at + 1] != ["in"] or end <= at + 1:
        return None
    verb = "are" if pronoun == "they" else "is"
    return [verb, pronoun, *tokens[at:end]]


# Words before a name that add it to the list just given: "plus joe locke, yeah?".
_ADDING = frozenset("plus also and".split())
_TAG_WORDS = _TAGS - {"he", "she", "they", "is", "no"}


def added_to_cast(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """ "plus joe locke, yeah?" right after a cast question: "is joe locke in <that show>", asked of the show
    whose cast was given (never the person's own other show); None without a tag or "plus" around a name
    that is all the words say."""
    last = conv.last
    if last is None or last.intent != "cast" or last.show_id not in kb.shows:
        return None
    start, end = 0, len(tokens)
    while start < end and tokens[start] in _ADDING:
        start += 1
    while end > start and tokens[end - 1] in _TAG_WORDS:
        end -= 1
    if "plus" not in tokens[:start] and end == len(tokens):
        return None  # "and joe locke?" alone may ask anything of him
    person = person_alone(tokens[start:end], link)
    if person is None:
        return None
    return ["is", *fold(person.name).split(), "in", *fold(kb.shows[last.show_id].title).split()]
