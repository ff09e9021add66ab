"""A message that asks several questions in turn ("When does it come out? And is it the last season?",
"lantern keepers rd + streamer"): where it divides into questions, each answered in the conversation so a
later one inherits the subject of an earlier one, and how their answers are joined into one reply."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.query import join_names
from intents.replies import NOT_UNDERSTOOD
from intents.text import fold
from intents.title_words import FACT_WORDS
from intents.understand.context import asks_to_check
from intents.understand.fanwords import FAN_WORDS
from intents.understand.question_openers import QUESTION_START
from intents.understand.sentences import asks, asks_nothing_itself, first_word, sentences
from intents.understand.shared_facts import shared_fact
from intents.understand.talk import asks_the_others, states, talks

# "rd + streamer", "date & network": a plus or ampersand set off by spaces joins two things asked.
_SYMBOL_JOIN = re.compile(r"\s+[+&]\s+")
_NAME_REACH = 3  # words either side of a joiner that a title holding "and" may span ("Law & Order")
# A sentence that offers the other answer to the question before it: "..., right? Or did they move it?"
_ALTERNATIVE_STARTS = frozenset({"or"})
# Words that join a question to the one before it ("And is it the last one?"), not part of what it asks.
_JOINING = re.compile(r"^\s*(?:and|also|plus|oh and|and also)\b[\s,]*", re.IGNORECASE)
_NAME_ASKED = re.compile(
    r"^(?:so |ok |okay )?(?:(?:what|which) (?:tv )?(?:show|series|thing|one) (?:is|was) (?:it|that|this)"
    r"|(?:what (?:is|was)|whats) (?:it|that|this|the show|the series|the thing) called"
    r"|(?:what (?:is|was)|whats) the (?:name|title)(?: of (?:it|that|the show))?)(?: again)?$"
)
_GENERIC_DONT_KNOW = NOT_UNDERSTOOD


def _asks_itself(sentence: str) -> bool:
    """A sentence that is a question of its own: marked with "?" or worded as one, asking about something
    (not "who's right?"), of Marquee (not "did anyone else cry?"), and no alternative to the one before."""
    sentence = _JOINING.sub("", sentence)
    words = fold(sentence).split()
    if not words or words[0] in _ALTERNATIVE_STARTS:
        return False
    if states(sentence) or asks_the_others(sentence) or asks_nothing_itself(sentence):
        return False
    if _NAME_ASKED.match(" ".join(words)):
        return False  # "what's it called" asks the name of what the sentence before said
    worded = first_word(sentence) in QUESTION_START and asks(sentence)
    marked = sentence.rstrip().endswith("?")
    return worded or (marked and (asks_to_check(sentence) or _asks_for_a_fact(words)))


_FRAGMENT_WORDS = 4  # "hs3 dir?", "other creds?": a fact asked for in a few words


def _asks_for_a_fact(words: list[str]) -> bool:
    """A few words asking for a fact ("hs3 dir?", "other creds?"), none of them the fan talking."""
    said = [w for word in words for w in FAN_WORDS.get(word, (word,))]
    facts = FACT_WORDS | _OTHER_WORK | _WAIT_WORDS
    return len(words) <= _FRAGMENT_WORDS and not facts.isdisjoint(said) and not talks(" ".join(words))


_OTHER_WORK = frozenset("credits work shows projects roles".split())
# "days until agatha?": the wait for a premiere, asked in a few words
_WAIT_WORDS = frozenset({"until", "till", "countdown"})


def question_sentences(text: str) -> list[str]:
    """The message cut into its questions, each with the talk said before it (which may name its subject);
    talk after the last question stays with it. One part when it asks one question."""
    parts = sentences(text)
    if len(parts) < 2:
        return [text]  # one sentence asks one question at most: nothing to read of it here
    asking = [_asks_itself(s) for s in parts]
    worded = [first_word(s) in QUESTION_START for s in parts]
    for at, sentence in enumerate(parts):
        # "i was expecting critics to hate it but apparently not?? what did they give it": the fan's own
        # remark with a question mark, before a question worded as one, is talk said before it.
        if asking[at] and not worded[at] and talks(sentence) and any(worded[at + 1 :]):
            asking[at] = False
    if sum(asking) < 2:
        return [text]
    grouped: list[list[str]] = [[]]
    seen_question = False
    for sentence, is_question in zip(parts, asking, strict=True):
        if is_question and seen_question:
            grouped.append([])
        grouped[-1].append(sentence)
        seen_question = seen_question or is_question
    return [" ".join(group) for group in grouped]


def joined_parts(text: str, is_name: Callable[[str], bool]) -> list[str]:
    """ "lantern keepers rd + streamer" -> ["lantern keepers rd", "streamer"]: a question cut at a spaced
    "+" or "&", never inside a known title ("Law & Order")."""
    pieces = _SYMBOL_JOIN.split(text)
    if len(pieces) < 2:
        return [text]
    out = [pieces[0]]
    for piece in pieces[1:]:
        left, right = fold(out[-1]).split(), fold(piece).split()
        inside_a_name = any(
            is_name(" ".join([*left[-i:], "and", *right[:j]]))
            for i in range(1, _NAME_REACH + 1)
            for j in range(1, _NAME_REACH + 1)
        )
        if not left or not right or inside_a_name:
            out[-1] = f"{out[-1]} & {piece}"
        else:
            out.append(piece)
    return out


def split_message(text: str, is_name: Callable[[str], bool]) -> list[str]:
    """Every question a message asks, in order: its question sentences, each cut at "+" or "&", or into the
    facts it asks of one subject ("cast and premiere date for agatha all along")."""
    return [
        part
        for sentence in question_sentences(text)
        for joined in shared_fact(joined_parts(sentence, is_name), is_name)
        for part in facts_of_one_subject(joined)
    ]


# "cast and premiere date for X", "director and rt score of X": two facts asked of the subject named after.
_TWO_FACTS = re.compile(r"^\W*((?:\w+ ){1,3})and ((?:\w+ ){1,3})(for|of|on) (.+)$", re.IGNORECASE)


def facts_of_one_subject(text: str) -> list[str]:
    """ "cast and premiere date for agatha all along" -> its cast, and its premiere date; the text alone
    when it is no such pair of facts."""
    pair = _TWO_FACTS.match(text)
    if pair is None:
        return [text]
    first, second = (fold(pair.group(i)).split() for i in (1, 2))
    if not all(w in FACT_WORDS for w in [*first, *second]):
        return [text]
    asked_of = f"{pair.group(3)} {pair.group(4)}"
    return [f"{pair.group(1).strip()} {asked_of}", f"{pair.group(2).strip()} {asked_of}"]


def which_show(kb: Knowledge) -> Answer:
    """A question that needs a show when neither it nor the conversation names one, among several shows."""
    titles = sorted(s.title for s in kb.shows.values() if s.credits)
    return Answer(
        text=f"Which show do you mean? I have facts about {join_names(titles, limit=5)}.",
        kind="clarify",
        confidence=0.5,
        suggestions=tuple(titles[:5]),
    )


def joined(answers: Sequence[Answer]) -> Answer | None:
    """One reply for the answers to a message's questions, in order: their texts (each said once), values,
    sources and fields. A part not understood at all is left out when another part was answered (its
    generic "try !help" would bury the answers); None when no part was answered or asked back."""
    answered = [a for a in answers if a.kind == "answer"]
    shown = [a for a in answers if not (answered and a.text.startswith(_GENERIC_DONT_KNOW))]
    first = answered[0] if answered else next((a for a in answers if a.kind == "clarify"), None)
    if first is None:
        return None
    return replace(
        first,
        text=" ".join(dict.fromkeys(a.text for a in shown)),
        answers=tuple(v for a in answered for v in a.answers),
        sources=tuple(dict.fromkeys(s for a in shown for s in a.sources)),
        fields=tuple(f for a in answered for f in a.fields),
        suggestions=tuple(dict.fromkeys(s for a in shown for s in a.suggestions)),
    )


# Answers one part of a message: in the conversation (True) or alone, outside it (False).
AskPart = Callable[[str, bool], Awaitable[Answer]]


async def answer_each(
    parts: Sequence[str],
    ask: AskPart,
    names_a_subject: Callable[[str], bool],
    settled: Callable[[], bool],
    kb: Knowledge,
) -> Answer | None:
    """Each question of the message answered in turn in the conversation, so "and when does it start?" is
    about the show an earlier part named. A part that names no subject, when neither the conversation nor
    an earlier part gives one and the database holds several shows, asks which show rather than pick one."""
    answers: list[Answer] = []
    for part in parts:
        if not settled() and not names_a_subject(part):
            alone = await ask(part, False)
            if alone.show_id is not None:  # it picked a show nobody named
                answers.append(which_show(kb))
                continue
        answers.append(await ask(part, True))
    return joined(answers)
