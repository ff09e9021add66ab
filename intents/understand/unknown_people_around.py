"""Someone Marquee has no facts about, named before a follow-up's "him" or "her", in the same message ("and
maitreyi ramakrishnan, what else has she been in") or in the aside around it ("my friend loves omar
rudberg, what's he in"): the pronoun means that name, never the person the conversation talked about before.
"""

from __future__ import annotations

from intents.ordinary_words import everyday
from intents.resolve import Resolution
from intents.understand.asides import refers_back

# Pronouns for one person, as folded ("he's" is "hes").
_ONE_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "hes", "shes"})
_IS = {"hes": ("is",), "shes": ("is",)}
# A person's name: a first name and a surname, or three words at most ("mary elizabeth winstead").
_FEWEST, _MOST = 2, 3


def unknown_person_around(tokens: list[str], res: Resolution, around: Resolution | None) -> list[str] | None:
    """The question with its "he"/"she" replaced by the one name nobody knows said before it (in the
    question or the aside); None when the question names someone or something known, or no such name."""
    if res.people or res.characters or res.shows or res.unknown_title or not refers_back(tokens):
        return None
    first = next(i for i, t in enumerate(tokens) if t in _ONE_PERSON)
    names = [_name_in(run) for run in res.named_runs if _at(tokens, run) < first]
    if around is not None and not around.mentions and not around.unknown_title:
        names += [_name_in(run) for run in around.named_runs]
    found = [name for name in names if name]
    if len(found) != 1:
        return None
    name = found[0]
    at = _at(tokens, name)
    if at < first:  # said in the question itself: it moves to where the pronoun stands
        tokens = tokens[:at] + tokens[at + len(name) :]
    out: list[str] = []
    for token in tokens:
        out.extend((*name, *_IS.get(token, ())) if token in _ONE_PERSON else (token,))
    return out


def _name_in(run: list[str]) -> list[str]:
    """The run without the everyday words before the name ("friend loves omar rudberg": "omar rudberg"),
    or [] when what is left is no name's length."""
    words = list(run)
    while len(words) > _FEWEST and everyday(words[0]):
        words.pop(0)
    return words if _FEWEST <= len(words) <= _MOST and not all(everyday(w) for w in words) else []


def _at(tokens: list[str], run: list[str]) -> int:
    n = len(run)
    return next((i for i in range(len(tokens) - n + 1) if tokens[i : i + n] == run), len(tokens))
