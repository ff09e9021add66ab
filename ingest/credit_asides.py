"""Credits told in passing, in wordings the other credit readers miss (seen across outlets and years):

- a described part before the character's name: "Jonathan Banks, who plays the don't-mess-with-this-guy
  fixer/muscle Mike Ehrmantraut";
- a character owned by the actor: "As Danny Pudi's Abed so directly informed us" (never "Jada Orr's Copper
  Saints", a work, nor "Priya Dorn's Netflix drama");
- a character who has the show's name, with the actor's surname in brackets: "Barry (Hader) is attempting to";
- another show's part: "Brett Goldstein, who also stars in Ted Lasso as ... Roy Kent" credits Ted Lasso;
- crew told of a pronoun: "... hailed from David Fincher. He directs and executive produces this series".
"""

from __future__ import annotations

import itertools
import re

from ingest.character_names import _is_character
from ingest.context import Context
from ingest.credit_record import actor_credit
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, PERSON, is_person_name
from ingest.sentences import Sentence

_NAME = rf"{CAPW}(?:\s+{CAPW}){{0,2}}"
# Lower-case describing words before a name: "the don't-mess-with-this-guy fixer/muscle", "the soft-spoken
# but ruthless mayor". Each word starts lower-case, so the name is where the capitals begin.
_DESCRIPTION = r"(?:[a-z][\w'’/-]*\s+){1,6}?"
_WHO_PLAYS_THE = re.compile(
    rf"({PERSON})(?:\s+back)?,\s+who\s+(?:also\s+)?(?:plays|played|portrays|portrayed)\s+(?:the|a|an)\s+{_DESCRIPTION}"
    rf"({_NAME})(?=\s*[,.;:)]|\s+(?:in|on|who|and|since|for)\b|\s*$)"
)
# "who also stars in Ted Lasso as everyone's favourite foul-mouthed footballer Roy Kent".
_STARS_IN_AS = re.compile(
    rf"({PERSON}),?\s+who\s+(?:also\s+)?(?:stars|starred|co-stars|appears)\s+(?:in|on)\s+(.{{2,60}}?)\s+as\s+"
    rf"(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'’]+['’]s\s+)?(?:[a-z][\w'’/-]*\s+){{0,6}}?"
    rf"({_NAME})(?=\s*[,.;:)]|\s+(?:in|on|who|and)\b|\s*$)"
)
# "Danny Pudi's Abed so directly informed us": one capitalised word after a full name's possessive, then a
# lower-case word that is no kind of work ("Priya Dorn's Netflix drama" names a network and a work).
_POSSESSIVE = re.compile(rf"(?<![\w'’])({PERSON})['’]s\s+({CAPW})(?=\s+([a-z]+)\b|\s*([,;:]))")
_WORK_NOUNS = frozenset(
    "drama series show comedy film movie sitcom spinoff spin-off thriller miniseries season seasons episode "
    "episodes debut return revival reboot pilot project character role roles performance portrayal turn "
    "version adaptation book novel memoir album song podcast production company banner team deal and or "
    "co-star co-stars costar costars".split()
)
# "Barry (Hader) is attempting to": a title in a subject's place, a known actor's surname in brackets.
_TITLE_ACTOR = re.compile(rf"(?<![\w'’])({CAPW}(?:\s+{CAPW})?)\s+\(({PERSON}|{CAPW})\)\s+([a-z]+)\b")
# (A network or a date in brackets is no actor: "Vessel (Starz) premieres"; the name must be a person's.)
_NOT_ACTING_VERBS = frozenset("premieres premiered airs aired debuts streams on at series".split())
# "He directs and executive produces this long-in-the-works series".
_CREW_VERBS = {
    "directs": "director",
    "will direct": "director",
    "writes": "writer",
    "will write": "writer",
    "executive produces": "executive_producer",
    "will executive produce": "executive_producer",
}
_VERB = "|".join(sorted(map(re.escape, _CREW_VERBS), key=len, reverse=True))
_PRONOUN_CREW = re.compile(
    rf"^(?:He|She) (?:also )?((?:{_VERB})(?:(?:,| and) (?:{_VERB}))*) (?:the|this|it)\b"
)


def credit_aside_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actor credits from described parts, owned characters, title-named characters and other shows' parts."""
    if sentence.heading:
        return []
    text = sentence.text
    show = ctx.show_for(sentence)
    out: list[ExtractedFact] = []
    for m in _WHO_PLAYS_THE.finditer(text):
        person, character = ctx.person(m.group(1)), m.group(2)
        after = text[m.end() : m.end() + 60]
        elsewhere = re.match(r"\s+(?:in|on)\s+[\"“‘']?([A-Z].*)", after)
        if elsewhere and not (show and elsewhere.group(1).startswith(show)):
            continue  # "who plays the young detective Nora Vale in Dark Meadow": that show's part
        if person and show and _is_character(character, ctx):
            out.append(actor_credit(show, person, sentence, 0.7, character))
    for m in _STARS_IN_AS.finditer(text):
        person, title, character = ctx.person(m.group(1)), m.group(2), m.group(3)
        if person and title in ctx.titles and _is_character(character, ctx):
            out.append(actor_credit(title, person, sentence, 0.7, character))
    for m in _POSSESSIVE.finditer(text):
        # "As Danny Pudi's Abed": the name is the longest person-shaped tail of the capitalised run.
        words = m.group(1).split()
        name = next(
            (" ".join(words[i:]) for i in range(len(words) - 1) if is_person_name(" ".join(words[i:]))), ""
        )
        person, character = ctx.person(name) if name else None, m.group(2)
        follower = m.group(3) or ""
        if not person or not show or follower in _WORK_NOUNS:
            continue
        if show != ctx.main and show not in text:
            continue  # only a show the sentence itself names, or the article's own
        if _is_character(character, ctx) and not ctx.person(character):
            out.append(actor_credit(show, person, sentence, 0.6, character))
    for m in _TITLE_ACTOR.finditer(text):
        title, person = m.group(1), ctx.person(m.group(2))
        # A surname stands for the one full name the article gives it ("Hader" for Bill Hader).
        known = person is not None and " " in person and is_person_name(person)
        if title == ctx.main and person and known and m.group(3) not in _NOT_ACTING_VERBS:
            out.append(actor_credit(title, person, sentence, 0.6, title))
    return out


def pronoun_crew(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """Crew credits for "He directs and executive produces this series" right after a sentence naming one
    known person, for the show the sentence (or the one before) is about."""
    out: list[ExtractedFact] = []
    for before, sentence in itertools.pairwise(sentences):
        told = _PRONOUN_CREW.match(sentence.text)
        if not told or before.paragraph != sentence.paragraph or before.heading:
            continue
        named = {p for p in ctx.people if re.search(rf"(?<![\w'’]){re.escape(p)}(?![\w'’])", before.text)}
        found = {n for n in re.findall(PERSON, before.text) if is_person_name(n)}
        named |= found - set(ctx.titles)
        show = ctx.show_for(sentence) or ctx.show_for(before)
        if len(named) != 1 or not show:
            continue  # two people would make "he" unclear
        person = next(iter(named))
        for verb in re.split(r",\s*|\s+and\s+", told.group(1)):
            role = _CREW_VERBS.get(verb.strip())
            if role:
                out.append(fact(FactKind.CREDIT, sentence.text, 0.6, show=show, person=person, role=role))
    return out
