"""People pronouns in a follow-up: "he"/"she" by recency and by the pronoun the fan used before, "they" for
the few people a credit named, "the rest of them" for everyone of the kind asked, and "him" in "who plays
him?" for the character talked about."""

from __future__ import annotations

import re

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.given_names import name_gender
from intents.text import fold

PLURAL = frozenset({"they", "them"})
_NAME_WORDS = range(2, 4)  # a person's name nobody knows: "jenna ortega", "hwang dong hyuk"
_FEW = 3  # people a "they" may stand for at once; a longer list (a cast) leaves it to its first
# The gender a person's pronoun says, as typed ("he's" folds to "hes").
PRONOUN_GENDER = dict.fromkeys(("he", "him", "his", "hes", "himself"), "he") | dict.fromkeys(
    ("she", "her", "hers", "shes", "herself"), "she"
)


def person_for(
    token: str, conv: Conversation, person: int | None, person_id: int | None, kb: Knowledge | None = None
) -> int | None:
    """The person a pronoun means: the one the question described, else the most recent person the fan has
    not called by the other pronoun ("who plays joel" ... "who plays ellie" ... "when is his show back?") and
    whose given name does not say otherwise ("who directed s1" ... "who created it" ... "what else has he
    directed": the director, not Alice Osman); the pronoun is remembered for them."""
    gender = PRONOUN_GENDER.get(token)
    guessed = False  # no one named fits: the pronoun is not remembered for whom it falls back to
    if person_id is None and gender is not None:
        fits = [p for p in conv.people if _gender_of(p, conv, kb) in (gender, None)]
        person, guessed = (fits[0], False) if fits else (person, True)
    last = conv.last
    if (
        person is not None
        and gender is not None
        and not guessed
        and (last is None or len(last.answered) <= 1)
    ):
        conv.pronouns[person] = gender  # only when no list of people made it a guess
    return person


def fits_someone_known(token: str, conv: Conversation, kb: Knowledge | None) -> bool:
    """Whether a "he"/"she" fits a person the conversation named (always true of another pronoun)."""
    gender = PRONOUN_GENDER.get(token)
    return gender is None or any(_gender_of(p, conv, kb) in (gender, None) for p in conv.people)


def unknown_fitting(token: str, conv: Conversation, kb: Knowledge | None) -> tuple[str, ...] | None:
    """The person nobody knows talked about last whose given name a "he"/"she" fits, when it fits no known
    person named ("who is jenna ortega" ... "does joe have famous relatives" ... "is she famous": her, never
    Joe Locke); None when a known person fits or no one nobody knows does."""
    gender = PRONOUN_GENDER.get(token)
    if gender is None or fits_someone_known(token, conv, kb):
        return None
    return next(
        (
            s
            for s in conv.subjects
            if isinstance(s, tuple) and len(s) in _NAME_WORDS and name_gender(s[0]) == gender
        ),
        None,
    )


def _gender_of(person: int, conv: Conversation, kb: Knowledge | None) -> str | None:
    """The pronoun the fan used for the person, else the one their given name suggests, else None."""
    if person in conv.pronouns:
        return conv.pronouns[person]
    facts = kb.people.get(person) if kb is not None else None
    return name_gender(facts.name) if facts is not None else None


# The pronoun (as xcharx) is whom an actor plays: "who plays him", "is she voiced by", "the actor for him";
# not "who does he play", nor "no not him, who plays X", nor "who plays the girl she's with".
_PLAYED = re.compile(
    r"\b(plays?|played|playing|portrays?|portrayed|voices?|voiced) xcharx\b"
    r"(?! (is|s|was|are|with|has|does)\b)"
    r"|\bxcharx (is |s |was )?(played|voiced|portrayed) by\b|\b(actor|actress) (for|of|behind) xcharx\b"
)


def character_meant(
    tokens: list[str], at: int, conv: Conversation, kb: Knowledge, person: int | None
) -> list[str]:
    """The character the pronoun at `at` means, as words, when the question asks who plays it ("who plays
    him?", "who is she played by?") and `person`, whom it would otherwise mean, plays that character: the
    character is then the latest one talked about ("and charlie?" ... "who plays him?"). Empty otherwise."""
    credit = kb.credits.get(conv.characters[0]) if conv.characters else None
    if credit is None or credit.character is None or credit.person_id != person:
        return []
    if _PLAYED.search(" ".join([*tokens[:at], "xcharx", *tokens[at + 1 :]])) is None:
        return []
    return fold(credit.character).split()


def several_answered(conv: Conversation, kb: Knowledge) -> list[str]:
    """The people the last answer named, when it named a few (a credit, not a whole cast)."""
    last = conv.last
    if last is None or not 1 < len(last.answered) <= _FEW or (conv.unknown and not conv.person_after_unknown):
        return []
    return [fold(kb.people[p].name) for p in last.answered if p in kb.people]


# Words that ask for someone's other work ("what else have they been in", "any other shows").
_OTHER_WORK = frozenset({"else", "other", "others"})


def cast_with_other_work(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """ "who's in carnival row" -> a cast of six ... "what else have they been in": the cast members the facts
    hold other work for (work, or a credit on another show), in the list's order; [] when the last answer
    was no longer cast list, the question asks no other work, or no one listed has any."""
    last = conv.last
    if last is None or last.intent != "cast" or last.kind != "answer" or len(last.answered) <= _FEW:
        return []
    if _OTHER_WORK.isdisjoint(tokens) or (conv.unknown and not conv.person_after_unknown):
        return []
    held = [kb.people[p] for p in last.answered if p in kb.people]
    busy = [p for p in held if p.work or any(c.show_id != last.show_id for c in p.credits)]
    return [fold(p.name) for p in busy]


_BOTH = frozenset({"both", "two"})


def both_talked_about(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """ "are they both in it?", "what have the two of them done": the two people the conversation's questions
    were about last, when the question says both (or the last two asked the same of each) and no answer named
    a few."""
    if not _BOTH.intersection(tokens) and not _asked_in_turn(conv):
        return []
    people = list(dict.fromkeys(t.person_id for t in reversed(conv.turns) if t.person_id is not None))[:2]
    return [fold(kb.people[p].name) for p in people if p in kb.people] if len(people) == 2 else []


def _asked_in_turn(conv: Conversation) -> bool:
    """Whether the last two questions asked the same of two people ("is kit connor in s3" ... "and joe
    locke?"): a "they" then means both."""
    asked = [t for t in conv.turns if not t.aside][-2:]
    return (
        len(asked) == 2
        and asked[0].intent == asked[1].intent
        and None not in (asked[0].person_id, asked[1].person_id)
        and asked[0].person_id != asked[1].person_id
    )


def several_named(conv: Conversation) -> list[str]:
    """The few people the last question itself named when its answer named none ("are joe locke and kit
    connor in it?" -> "Yes: ..."): a "they" then means them, not the first alone."""
    last = conv.last
    if last is None or last.answered or (conv.unknown and not conv.person_after_unknown):
        return []
    named = list(dict.fromkeys(" ".join(last.tokens[s:e]) for kind, s, e in last.slots if kind == "person"))
    return named if 1 < len(named) <= _FEW else []


def several_meant(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The people a "they" means: the few the last answer named, else the few the last question named, else
    the two talked about ("both"), else the characters a synopsis just told of ("who plays them")."""
    return (
        several_answered(conv, kb)
        or several_named(conv)
        or both_talked_about(tokens, conv, kb)
        or characters_told_of(tokens, conv, kb)
    )


_CAST_WORDS = frozenset("play plays played playing actor actors actress actresses cast".split())


def characters_told_of(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """ "what's heartstopper about" -> "Two British schoolboys, Charlie and Nick, ..." ... "who plays them":
    the show's characters the synopsis names, in its order, when a question of their actors asks of "them";
    [] otherwise."""
    last = conv.last
    if last is None or last.intent != "about" or _CAST_WORDS.isdisjoint(tokens):
        return []
    show = kb.shows.get(last.show_id) if last.show_id is not None else None
    if show is None or not show.synopsis:
        return []
    told = f" {' '.join(re.findall(r'[a-z0-9]+', fold(show.synopsis)))} "
    capitalised = set(re.findall(r"\b[A-Z][a-z]+", show.synopsis))  # "Odile" as a name, not "a mystery"
    named: list[tuple[int, str]] = []
    for credit in show.credits:
        if credit.character is None:
            continue
        given = credit.character.split()[0]
        names = [credit.character, *kb.character_aliases.get(credit.id, [])]
        names += [given] if given in capitalised and len(given) > 2 else []
        at = min((told.find(f" {fold(n)} ") for n in names if f" {fold(n)} " in told), default=-1)
        if at >= 0 and all(credit.character != c for _a, c in named):
            named.append((at, credit.character))
    return [fold(c) for _at, c in sorted(named)] if len(named) > 1 else []


_THE_REST = (("the", "rest", "of", "them"), ("the", "rest", "of", "the", "episodes"), ("the", "others"),
             ("the", "other", "ones"), ("the", "rest"))  # fmt: skip


def without_the_rest(tokens: list[str]) -> list[str]:
    """ "who directed the rest of them?": everyone of the kind asked, not a person "them" stands for."""
    if "the" not in tokens:
        return tokens  # every phrase of the rest starts with "the"
    for phrase in _THE_REST:
        n = len(phrase)
        for at in range(len(tokens) - n + 1):
            if tuple(tokens[at : at + n]) == phrase:
                return tokens[:at] + tokens[at + n :]
    return tokens


_ROLE_WORDS = frozenset("play plays playing played characters character roles role".split())
_THEY = frozenset({"they", "them", "their"})
# Every word "who do they play?", "what are their characters" may hold.
_ROLE_QUESTION = _ROLE_WORDS | _THEY | frozenset("who whos what whats which do does are is all each".split())


def roles_of_cast_listed(fragment: list[str], conv: Conversation) -> list[str] | None:
    """ "who do they play?" after a cast list: the list again, which gives each one's character; None when the
    last answer was no cast list or the fragment asks something else of "them"."""
    last = conv.last
    if last is None or last.intent != "cast" or last.kind != "answer" or len(last.answered) < 2:
        return None
    if len(last.items) < 2:
        return None  # a check of the people named ("joe and kit are in it right?") listed no cast to repeat
    if not _THEY.intersection(fragment) or not _ROLE_WORDS.intersection(fragment):
        return None
    if not all(w in _ROLE_QUESTION for w in fragment):
        return None  # "which of them plays charlie" names whom it asks about
    return list(last.tokens)
