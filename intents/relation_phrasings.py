"""Question templates per intent that the relation model (intents/relation_model.py) trains on, beside the
intents' own example phrasings; benchmarks/parser_choice.py trains its comparison model on them too (the
set to evaluate on is in benchmarks/parser_evaluation_templates.py, never trained on).

The two sets were written apart, in different words (the evaluation set in fan slang, shorthand and loose
grammar), so a question to evaluate is never a training phrasing with other names. Slots are the registry's:
{show}, {person}, {character}, {season}, {network}.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from intents.collect import default_intents

TRAIN: dict[str, tuple[str, ...]] = {
    "cast": (
        "who is acting in {show}",
        "tell me the cast of {show}",
        "which actors are in {show}",
        "who appears in {show}",
        "name the actors of {show}",
        "who was cast in {show} {season}",
        "give me the {show} cast list",
        "who is starring in {show}",
    ),
    "who_plays": (
        "which actor is {character}",
        "who is cast as {character}",
        "who plays the role of {character} in {show}",
        "name the actor playing {character}",
        "who played {character} in {show}",
        "who acts as {character}",
        "what is the real name of the actor who plays {character}",
        "{character} actor real name",
    ),
    "plays_whom": (
        "which role does {person} have in {show}",
        "who is {person} playing",
        "what character does {person} play in {show}",
        "what part does {person} have",
        "which character is {person}",
        "who does {person} portray",
    ),
    "directors": (
        "who is the director of {show} {season}",
        "who directed the episodes",
        "which director worked on {show}",
        "who was behind the camera on {show}",
        "name the director of {show}",
        "who will direct {season} of {show}",
    ),
    "creator": (
        "who is the author of the {show} books",
        "who invented {show}",
        "who wrote the books for {show}",
        "who is the writer of {show}",
        "what book is {show} based on",
        "who created the show {show}",
    ),
    "crew": (
        "who was the story consultant for {show}",
        "who produces {show}",
        "who did the music on {show}",
        "who is behind the scenes of {show}",
        "who was the producer of {show}",
        "who is the showrunner",
        "{show} behind the scenes",
        "the people working behind the scenes on {show}",
    ),
    "smalltalk": ("thank you so much", "hello there", "good evening", "nice one", "cheers", "that is great"),
    "source": (
        "where did you find that",
        "what is the source of this",
        "which article says that",
        "where does that information come from",
        "who reported this",
        "what is your source for {show}",
    ),
    "shows": (
        "which series do you know",
        "what shows can you talk about",
        "list every show you cover",
        "what titles do you have",
        "which {network} series do you cover",
        "what programmes do you know about",
    ),
    "about": (
        "what is the premise of {show}",
        "give me a summary of {show}",
        "what is {show} all about",
        "describe {show}",
        "what is the story in {show}",
        "tell me the plot of {show}",
        "what was {show} called again",
        "what is {show} about in short",
    ),
    "seasons": (
        "how many seasons of {show} are there",
        "how many episodes are in {season}",
        "count the episodes of {show}",
        "how many seasons has {show} had",
        "number of episodes in {show}",
        "how many episodes does {season} have",
        "{show} episode count",
        "total episodes of {show}",
        "episode tally of {show}",
    ),
    "profile": (
        "who exactly is {person}",
        "tell me who {person} is",
        "give me info about {person}",
        "what is {person} like",
        "who is {person} on {show}",
        "biography of {person}",
    ),
    "other_work": (
        "what other shows has {person} done",
        "what else did {person} work on",
        "which shows has {person} been in",
        "what is {person} working on next",
        "other work by {person}",
        "what has {person} starred in besides {show}",
    ),
    "premiere": (
        "when does {show} {season} come out",
        "when is the release date of {show}",
        "what day does {season} of {show} premiere",
        "when will {show} {season} be released",
        "release date for {show} {season}",
        "when did {show} first air",
    ),
    "countdown": (
        "how many days until {show} {season}",
        "how long do we have to wait for {show}",
        "how many weeks left until {show} {season}",
        "how long before {show} {season} comes out",
        "countdown to {show}",
        "days left until {season} of {show}",
    ),
    "renewal": (
        "is {show} coming back",
        "will there be another season of {show}",
        "has {show} been cancelled",
        "is {show} getting {season}",
        "did {show} get renewed",
        "is there going to be more {show}",
    ),
    "where_to_watch": (
        "where can i stream {show}",
        "which service has {show}",
        "what network is {show} on",
        "where is {show} streaming",
        "is {show} on {network}",
        "what platform shows {show}",
    ),
    "ratings": (
        "what is the rating of {show}",
        "how well was {show} reviewed",
        "what score did {show} get",
        "is {show} worth watching",
        "what did critics think of {show}",
        "how good is {show}",
    ),
    "awards": (
        "what awards did {show} win",
        "did {show} win an emmy",
        "has {show} been nominated for anything",
        "what nominations does {show} have",
        "any awards for {show}",
        "did {show} get a bafta",
        "did {show} win any trophies",
    ),
    "help": ("what can i ask you", "how does this work", "show me what you can do", "help me", "commands"),
}

SEED = Path(__file__).resolve().parents[1] / "db" / "seed" / "heartstopper-s3.jsonl"
# Writers' tune and dev questions with the intent that answered them right (benchmarks/relation_examples.py).
EXAMPLES = Path(__file__).resolve().parent / "relation_examples.jsonl"
SLOT = re.compile(r"\{(show|person|character|season|network)\}")


@dataclass(frozen=True)
class SeedNames:
    """Names a seed-only database holds, by slot."""

    by_slot: dict[str, list[str]] = field(default_factory=dict)


def seed_names() -> SeedNames:
    """Titles (and aliases), people, characters (and short names), networks, read from the seed file."""
    shows: list[str] = []
    people: list[str] = []
    characters: list[str] = []
    networks: list[str] = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        kind = record.get("type")
        if kind == "show":
            shows += [record["title"], *(a for a in record.get("aliases", []) if "spin" not in a.lower())]
            networks.append(record.get("network") or "")
        elif kind == "credit":
            people.append(record["person"])
            if record.get("character"):
                characters += [record["character"], *record.get("character_aliases", [])]
    seasons = ["season 3", "season 2", "s3", "season three", "the new season"]
    slots = {"show": shows, "person": people, "character": characters, "season": seasons, "network": networks}
    return SeedNames({k: sorted(set(v) - {""}) for k, v in slots.items()})


def fill(template: str, names: SeedNames, rng: random.Random) -> str:
    """The template with each slot replaced by a name drawn from the seed."""
    return SLOT.sub(lambda m: rng.choice(names.by_slot[m.group(1)]), template)


Labelled = list[tuple[str, str]]  # (question, intent)


def training_set(seed: int = 8, fills: int = 3) -> Labelled:
    """Every intent's examples and the TRAIN templates, each filled `fills` times (once when slotless)."""
    rng = random.Random(seed)
    names = seed_names()
    templates = [(e, i.name) for i in default_intents() for e in i.examples]
    templates += [(t, name) for name, group in TRAIN.items() for t in group]
    items: dict[str, str] = {}
    for template, intent in templates:
        for _ in range(fills if SLOT.search(template) else 1):
            items.setdefault(fill(template, names, rng), intent)
    return list(items.items())


def writers_examples() -> Labelled:
    """The writers' questions of intents/relation_examples.jsonl with their intents, in file order."""
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines() if EXAMPLES.exists() else []
    return [(str(r["question"]), str(r["intent"])) for r in map(json.loads, filter(None, lines))]
