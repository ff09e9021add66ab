"""Honest replies: "I don't have facts about X" (with "did you mean" only for a close name), "Did you mean"
between two readings, and "I don't know how to answer that"."""

from __future__ import annotations

import itertools
from dataclasses import replace

from rapidfuzz import fuzz

from intents.answer import Answer
from intents.dialogue import Conversation
from intents.linking import EntityIndex, EntityRef
from intents.registry import Intent, Match, Subject
from intents.resolve import Resolution
from intents.text import fold, safe_fragment, title_case
from intents.title_words import AUXILIARIES
from intents.understand.compared_titles import compared_title

SUGGEST_CUTOFF = 88.0  # "did you mean" needs a name at least this close (rapidfuzz ratio)
# Intents whose unknown words are not an unknown subject: they are about nothing, or link their own subject.
NO_UNKNOWN_SUBJECT = frozenset({Subject.NONE, Subject.OWN})
CATALOG_KINDS = frozenset({"show", "person"})
EMPTY_QUESTION = "Ask me about a show, for example: “when does Heartstopper season 3 come out?”"
# The reply to words no reader understood (a composed answer built on it is no reading either).
NOT_UNDERSTOOD = "Sorry, I don't know how to answer that."


def unknown_subject(intent: Intent, res: Resolution, index: EntityIndex) -> Answer | None:
    """'I don't have facts about X' when the question names something Marquee doesn't know."""
    if intent.name in CATALOG_LISTINGS and not (res.people or res.shows) and _names_someone(res):
        # "what shows has paul mescal been in": the shows of a name nobody knows, not the catalog.
        return no_facts_about(res.unknown_name, index, intent.name)
    if intent.subject in NO_UNKNOWN_SUBJECT or not (res.named_runs or res.unknown_title):
        return None
    named_person = bool(res.people or res.characters)
    # "who plays eleven in stranger things" and "is the last of us season 2 out" name an unknown title.
    unknown_title = bool(res.unknown_title) and not res.shows
    # Catalog intents (Subject.ANY) are about a film or a person, whichever the question names.
    subject_known = (intent.subject in (Subject.SHOW, Subject.ANY) and bool(res.shows)) or named_person
    # "who plays the superintendent in salt marsh": a part described, not named, in a show named.
    subject_known |= intent.name in _PART_INTENTS and bool(res.shows) and _parts_described(res.named_runs)
    if subject_known and not unknown_title:
        return None
    if intent.subject is Subject.ANY and any(
        index.misspells_a_name(run, CATALOG_KINDS) for run in res.named_runs
    ):
        return None  # a catalog name with a typo: the catalog's own linking finds it
    return no_facts_about(res.unknown_name, index, intent.name)


CATALOG_LISTINGS = frozenset({"shows"})  # intents that list what Marquee knows
_PART_INTENTS = frozenset({"who_plays", "plays_whom"})
_PART_WORDS = (2, 3)  # "the superintendent", "the new boss"


def _parts_described(runs: list[list[str]]) -> bool:
    """Whether every unknown run is a part said with "the" ("the priest"), not a name ("tao")."""
    return bool(runs) and all(run[0] == "the" and len(run) in _PART_WORDS for run in runs)


_FULL_NAME = 2


def _names_someone(res: Resolution) -> bool:
    """Whether the question holds a run of unknown words long enough to be someone's full name."""
    return any(len(run) >= _FULL_NAME for run in res.named_runs)


def no_facts_about(display: str, index: EntityIndex, intent: str | None = None) -> Answer:
    """'I don't have facts about X.', with "did you mean" when a known name is spelled almost like it."""
    suggestions = close_names(index, display)
    text = f"I don't have facts about {safe_fragment(display)}."
    if suggestions:
        text += " Did you mean " + " or ".join(f"“{s}”" for s in suggestions) + "?"
    return Answer(text=text, kind="unknown", intent=intent, confidence=0.0, suggestions=tuple(suggestions))


def close_names(index: EntityIndex, name: str) -> list[str]:
    """Known names spelled almost like `name`: a "did you mean" only when one is really close."""
    key = fold(name)
    return [s for s in index.suggest(name, cutoff=80.0) if fuzz.ratio(key, fold(s)) >= SUGGEST_CUTOFF]


def which_of(refs: list[EntityRef]) -> Answer:
    """'Did you mean' between the names one word could be ("nick": two characters)."""
    names = list(dict.fromkeys(ref.name for ref in refs))[:3]
    return Answer(
        text="Did you mean " + " or ".join(f"“{n}”" for n in names) + "?",
        kind="clarify",
        confidence=0.5,
        suggestions=tuple(names),
    )


def clarify(options: list[Match], res: Resolution, score: float) -> Answer:
    """'Did you mean' with each reading as a command or a sample question about the named subject."""
    samples = [rephrase(m.intent, res) for m in options]
    return Answer(
        text="Did you mean: " + " or ".join(f"“{s}”" for s in samples) + "?",
        kind="clarify",
        confidence=score / 100,
        suggestions=tuple(samples),
    )


def dont_know(res: Resolution, index: EntityIndex) -> Answer:
    """No intent fits: a title nobody knows in the title's place, a close name if the question holds one, else
    how to get help ("is one day worth watching": whatever it asks, there are no facts about One Day)."""
    if res.title_frame is not None and not res.shows:
        return no_facts_about(res.unknown_name, index)
    if res.leftovers and not res.mentions:
        suggestions = close_names(index, res.unknown_name)
        if suggestions:
            text = f"I'm not sure what you're asking. Did you mean {' or '.join(suggestions)}?"
            return Answer(text=text, kind="unknown", suggestions=tuple(suggestions), points_to_help=True)
    return Answer(text=NOT_UNDERSTOOD, kind="unknown", points_to_help=True)


def rephrase(intent: Intent, res: Resolution) -> str:
    """The intent's sample question about the entity the user named, for "did you mean"."""
    name = (res.shows[0].title if res.shows else None) or (res.people[0].name if res.people else None)
    command = f"!{intent.commands[0]}" if intent.commands else intent.sample
    return f"{command} {name}" if name and intent.commands else command


def invalid(text: str, *, points_to_help: bool = False) -> Answer:
    return Answer(text=text, kind="invalid", points_to_help=points_to_help)


def no_question(conv: Conversation) -> Answer:
    """The reply to a message with no words to read ("😭😭"): an example question to try, unless the thread
    is about a name nobody knows, where an example of another show's would tell its facts instead."""
    if conv.unknown is not None:
        return invalid("I didn't catch a question there.")
    return invalid("I didn't catch a question there. Try “who plays Nick in Heartstopper?”")


def with_confidence(answer: Answer, confidence: float) -> Answer:
    return replace(answer, confidence=confidence)


def confidence_unset(answer: Answer) -> bool:
    """An answer its handler left at the default confidence, 0, which is for replies that answer nothing."""
    return answer.kind == "answer" and answer.confidence == 0.0


def understood(answer: Answer, res: Resolution | None = None) -> Answer:
    """An answer whose confidence was never set came from a rule for its question's shape (a yes/no check, a
    comparison, several questions at once): the shape was read as the rule reads it, so its confidence is how
    surely the names were (1 when every name was spelt exactly, or none was needed)."""
    if not confidence_unset(answer):
        return answer
    names = min((mention.score for mention in res.mentions), default=100.0) if res is not None else 100.0
    return with_confidence(answer, min(1.0, names / 100))


# Words that set two things side by side: "than", "or", "same", "before", "vs", "similar".
_COMPARING = frozenset(
    "than or vs versus same before after similar compare compared earlier later sooner like".split()
)
_POINTING = frozenset({"it", "that", "this", "same"})
_LONGEST_COMPARED_TITLE = 5
# Endings that ask a claim back with an "or" of their own: "it has 98% on rotten tomatoes, true or false".
_CHECK_TAILS = (("true", "or", "false"), ("right", "or", "wrong"), ("yes", "or", "no"), ("true", "or", "not"))


def _without_check_tail(tokens: list[str]) -> list[str]:
    for tail in _CHECK_TAILS:
        if len(tokens) > len(tail) and tuple(tokens[-len(tail) :]) == tail:
            return tokens[: -len(tail)]
    return tokens


def _just_unknown(conv: Conversation) -> bool:
    return conv.last is not None and conv.last.kind == "unknown"


def character_of_unknown_show(conv: Conversation, intent: Intent, res: Resolution) -> bool:
    """Right after a show nobody knows, "who voices jinx?" asks about that show's character."""
    return (
        conv.unknown is not None
        and _just_unknown(conv)
        and intent.subject is Subject.CHARACTER
        and not (res.shows or res.unknown_title or res.people or res.characters)
    )


_SOMEONE = frozenset("guy person man woman people one director writer creator actor actress dude".split())


def comparison_with_unknown(conv: Conversation, tokens: list[str], res: Resolution) -> Answer | None:
    """'which came out first, ghosts or heartstopper?', 'is it better than heartstopper?' after a show nobody
    knows: one side of the comparison is missing, so say so rather than answer with the other side's facts."""
    tokens = _without_check_tail(tokens)  # "..., true or false": a check's "or", comparing nothing
    if not res.shows or not _COMPARING.intersection(tokens):
        return None
    about_unknown = (
        conv.unknown is not None
        and _just_unknown(conv)
        and (_contains(tokens, conv.unknown) or bool(_POINTING.intersection(tokens) - {"same"}))
    )
    if any(a == "same" and b in _SOMEONE for a, b in itertools.pairwise(tokens)) and not about_unknown:
        # "is it the same guy who worked on rogue one": a person is compared, not a show; but "is it the
        # same director as heartstopper" right after a show nobody knows compares that show's.
        return None
    # "on the same network": the words of the comparison itself are no title.
    unknown = list(res.unknown_title)
    if set(unknown) <= _COMPARING | _POINTING | {"the", "a"} or len(unknown) > _LONGEST_COMPARED_TITLE:
        unknown = []  # "on the same network", or a run of chatter: no title
    if not unknown:
        unknown = compared_title(tokens, res) or []  # "heartstopper or the good place": everyday words
        shown = next((m.start for m in res.mentions if m.refs[0].kind == "show"), 0)
        if unknown and _contains(tokens[:shown], tuple(unknown)):
            # "is friends better rated than heartstopper": the question's subject, what "its" means next
            conv.mention_unknown(tuple(unknown))
    if not unknown and conv.unknown and _contains(tokens, conv.unknown):
        unknown = list(conv.unknown)  # "it" already read as the conversation's unknown show
    if not unknown and conv.unknown and _just_unknown(conv) and _POINTING.intersection(tokens):
        unknown = list(conv.unknown)  # "is that before heartstopper s3?", "did the same person direct it?"
    if not unknown:
        return None
    text = f"I don't have facts about {title_case(unknown)}, so I can't compare it with {res.shows[0].title}."
    return Answer(text=text, kind="unknown")


def someone_in_unknown(conv: Conversation, tokens: list[str], res: Resolution) -> Answer | None:
    """'was olivia colman in it?' after a show nobody knows: whether a known person is in it is no fact
    Marquee holds, so say so rather than answer with the shows she is in."""
    if not conv.unknown or not res.people or res.shows or tokens[:1] == [] or tokens[0] not in AUXILIARIES:
        return None
    if not _contains(tokens, conv.unknown):
        return None
    person = res.people[0]
    # Her own credits name it (even when only part of its title was kept): the work check answers.
    if any(set(conv.unknown) <= set(fold(work.title).split()) for work in person.work):
        return None
    name = title_case(conv.unknown)
    text = f"I don't have facts about {name}, so I can't say whether {person.name} is in it."
    return Answer(text=text, kind="unknown")


def _contains(tokens: list[str], words: tuple[str, ...]) -> bool:
    size = len(words)
    return any(tuple(tokens[i : i + size]) == words for i in range(len(tokens) - size + 1))


# Words of a yes/no check of someone's part in a show: "does olivia colman have a role", "is kit in the cast".
_CREDIT_WORDS = frozenset(
    """role part parts cast star stars starring appear appears appearing play plays playing direct directs
    directed directing write writes wrote created create credited""".split()
)


def credit_check_of_unknown(conv: Conversation, res: Resolution) -> Answer | None:
    """Right after a show nobody knows, a yes/no check of a known person's part that names no show ("does
    olivia colman have a role?") is about that show: never the person's part in another one."""
    if conv.unknown is None or not _just_unknown(conv) or res.shows or res.unknown_title:
        return None
    if not (res.people and res.tokens[:1] and res.tokens[0] in AUXILIARIES):
        return None
    if _CREDIT_WORDS.isdisjoint(res.tokens):
        return None
    return Answer(text=f"I don't have facts about {title_case(conv.unknown)}.", kind="unknown")


def about_unknown_show(conv: Conversation, intent: Intent, nothing_named: bool) -> Answer | None:
    """In a conversation about a show nobody knows, a question that names nothing is about it: never another
    show's facts. Right after it, "what else is he in?" means someone from that show too."""
    if conv.unknown is None or not nothing_named:
        return None
    about_someone = intent.subject in (Subject.PERSON, Subject.CHARACTER) and _just_unknown(conv)
    if intent.subject not in (Subject.SHOW, Subject.ANY) and not about_someone:
        return None
    name = title_case(conv.unknown)
    return Answer(text=f"I don't have facts about {name}.", kind="unknown", intent=intent.name)


_ARTICLES = frozenset({"a", "an", "the"})


def still_unknown(conv: Conversation, res: Resolution) -> Answer | None:
    """In a conversation about a show nobody knows, an unclear question that names nothing else is about
    it too: the honest answer beats a "did you mean" ("who's the lead?" after "when does the bear come
    back?")."""
    if not conv.unknown or res.shows or res.people or res.characters:
        return None
    # Unknown words are fine when they are the unknown title itself ("is it a netflix show?" after "the
    # bear": "it" stood in for it), not another name.
    if not {w for run in res.leftovers for w in run} <= {*conv.unknown, *_ARTICLES}:
        return None
    name = title_case(conv.unknown)
    return Answer(text=f"I don't have facts about {name}.", kind="unknown")
