"""The last check on every answer: a question about a name Marquee has no facts about never gets another
show's facts.

Readers upstream each know some ways a fan names a show nobody knows; when one of them misses a shape (a title
set off before the question, "like hs" said of another show, a yes/no about someone in a show nobody knows),
the answer falls to the default or last show. This check reads the whole message once more, after the answer
is found: when the message's own subject, or the conversation's current one, is a name nobody knows and the
message names no known show, person or character (a show named only as a yardstick does not count), an answer
telling a known show's or person's facts becomes "I don't have facts about X" (with "did you mean" only for a
close known name), and X stays the conversation's subject."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from intents import replies
from intents.answer import Answer
from intents.query import Conversation
from intents.text import STOPWORDS, fold, title_case
from intents.understand.claimed_answers import offered_in_a_claim
from intents.understand.denied_roles import denied, role_held_by_others
from intents.understand.guard_reading import (
    SENTENCE_END,
    make_subject,
    names_known,
    plain_message,
    read_message,
    said_more,
    tells_facts,
)
from intents.understand.guard_readings import own_words_subject, said_and_named, someone_checked
from intents.understand.own_subjects import own_subject
from intents.understand.someone_beside_known import co_star_of_subject, someone_beside_known
from intents.understand.stated_subjects import (
    checked_again,
    credit_checked_of,
    stated_subject,
    title_asked_if_seen,
    title_someone_is_in,
)
from intents.understand.unknown_subject_places import checked_someone, speaks_of
from intents.understand.unknown_subjects import UNKNOWN_LEAD
from intents.understand.work_owners import owner_of_work
from intents.understand.yardstick_shows import likened_fragment, set_against_known

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

# Kinds of reply that may carry a known show's facts; "clarify", "help" and "invalid" tell none.
_TELLING = frozenset({"answer", "unknown"})
# Pronouns that point at a person: after "is kit connor in rocketman", "what else is he in" asks of him.
_PERSON_POINTERS = frozenset({"he", "she", "him", "her", "his", "hers"})
# Words asking someone's part in the show talked about ("who does he play", "what's her role").
_ROLE_WORDS = frozenset("play plays playing played role roles character characters part".split())
# "back to the bts pic", "k back to the first show": the fan turns back to an earlier subject, not this one.
_BACK_TO = re.compile(r"\bback to (?:the|that|this|those|my|our|your|his|her|earlier|first)\b")
# A word of the answered show's title this long, said in the message, names it ("and in agatha, joe plays?").
_TITLE_WORD = 5


@dataclass(frozen=True)
class SubjectBefore:
    """What the conversation was about when the message arrived: a name nobody knows (its words), if the
    latest subject was one, and whether a known person was named since it."""

    unknown: tuple[str, ...] | None
    person_after: bool

    @classmethod
    def of(cls, conversation: Conversation | None) -> SubjectBefore:
        """The conversation's subject before the message (none for a message asked alone)."""
        if conversation is None:
            return cls(None, False)
        return cls(conversation.unknown, conversation.person_after_unknown)


def guarded(
    engine: QuestionEngine,
    question: str,
    conversation: Conversation | None,
    before: SubjectBefore,
    answer: Answer,
) -> Answer:
    """The answer, or "I don't have facts about X" when it tells a known show's facts for a question about X,
    a name nobody knows."""
    if answer.kind == "unknown" and answer.text.startswith(replies.NOT_UNDERSTOOD):
        return _unread_question_about_unknown(engine, question, conversation, answer)
    if answer.kind == "clarify" or _credits_of_a_work(answer):
        return _clarified_about_someone_unknown(engine, question, conversation, answer)
    if answer.text.startswith(UNKNOWN_LEAD) and not said_more(answer.text):
        _open_with_someone_unknown(engine, question, conversation, answer)
    tells = answer.kind in _TELLING and tells_facts(engine, answer)
    # An answer citing an article tells its facts even when no value names a show ("Yes, Andy Newberry
    # directed episodes of Shetland"); it is checked against someone nobody knows only (below).
    if not tells and not (answer.kind == "answer" and answer.sources):
        return answer
    if answer.text.startswith(UNKNOWN_LEAD) and not said_more(answer.text):
        return answer  # already honest: "I don't have facts about X." alone
    if (
        before.unknown is None
        and not answer.text.startswith(UNKNOWN_LEAD)
        and plain_message(engine, question)
    ):
        return answer  # one known name among question words: nothing else it could be about
    read = read_message(engine, question)
    if read is None:
        return answer
    text, tokens, res = read
    asked_of = (
        checked_again(tokens, before.unknown)
        # someone checked of a known show, a claim's or a credit check's title, someone beside a known person
        or someone_checked(engine, question, text, tokens, res)
        # "what shows is she in" ... "any with olivia colman": still the subject's shows; "is X based on a
        # webcomic" ... "like heartstopper?": still X, the show named its yardstick.
        or (
            list(before.unknown)
            if before.unknown and (co_star_of_subject(res) or likened_fragment(text))
            else []
        )
    )
    if not tells and not asked_of:
        return answer
    if asked_of and answer.kind == "answer" and offered_in_a_claim(text, asked_of):
        # "who created andor? my dad keeps saying it was george lucas": answered, the claimed name unknown
        return replace(answer, text=f"{answer.text} {UNKNOWN_LEAD} {title_case(asked_of)}.")
    said, names_known = said_and_named(engine, question, res)  # the words, less the shows named as yardsticks
    if not asked_of and (names_known or _names_answered_show(engine, answer, said)):
        return answer  # the message names what it asks about: its answer is that thing's
    if answer.text.startswith(UNKNOWN_LEAD):
        # "I don't have facts about Gentleman Jack. Heartstopper premiered ...": the facts after it are the
        # default show's, which the fan never named.
        first = SENTENCE_END.split(answer.text, maxsplit=1)[0]
        named = fold(first[len(UNKNOWN_LEAD) :]).split()  # the name the reply says it has no facts about
        if conversation is not None and named:
            make_subject(conversation, named)
        return replace(answer, text=first, kind="unknown", answers=(), sources=(), show_id=None)
    subject = (
        asked_of
        # its own words' subject: a title before the question or its topic, one likened to a known show, a
        # title the answer read past ("who made docter who": only against a show's facts)
        or own_words_subject(engine, question, text, tokens, res, answer.show_id is not None)
        or _conversation_subject(text, tokens, before)
    )
    if not subject or speaks_of(engine, answer, subject):
        return answer
    honest = _honest_about(engine, conversation, subject, answer)
    claimed = (stated_subject(tokens, res), credit_checked_of(tokens, res))
    if conversation is not None and res.people and subject in claimed:
        conversation.person_after_unknown = True  # "X was written by alice osman right", "what else did she"
    # "my friend said X was the story consultant on heartstopper": no, and who is.
    held = role_held_by_others(answer, tokens) if asked_of else ""
    return denied(honest, held, answer) if held else honest


def _unread_question_about_unknown(
    engine: QuestionEngine, question: str, conversation: Conversation | None, answer: Answer
) -> Answer:
    """A question no reader understood that opens by asking of a name nobody knows ("is young royals kinda
    like heartstopper but swedish"): the name is the subject, so "how many seasons did it get" next is about
    it and never the yardstick show's; the reply says so. Any other question not understood stays as it is."""
    read = read_message(engine, question)
    if read is None:
        return answer
    text, tokens, res = read
    # "my sister says adam scott's new show is basically heartstopper 2.0": of him, not of the show;
    # "what's florence pugh's next show": of someone by full name, so "is she in ..." next is of her.
    subject = (
        own_subject(text, tokens, res)
        or someone_beside_known(res, engine.kb)
        or checked_someone(tokens, res, text)
        or owner_of_work(text, res)  # "my sister keeps saying mindy kaling's new show is ..."
        or title_someone_is_in(tokens, res)  # "olivia colman is in fleabag right"
        or title_asked_if_seen(tokens, res)  # "have you seen the bear?": "who's in it" next is of it
        or set_against_known(tokens, res)  # "friends vs heartstopper which one is better"
    )
    if not subject:
        return answer
    return _honest_about(engine, conversation, subject, answer)


def _credits_of_a_work(answer: Answer) -> bool:
    """Whether the reply says what little is known of a title held only as someone's work ("I don't have
    facts about Doctor Who beyond its credits: Euros Lyn worked on it"): it cites their facts."""
    return answer.kind == "unknown" and bool(answer.sources) and answer.text.startswith(UNKNOWN_LEAD)


def _clarified_about_someone_unknown(
    engine: QuestionEngine, question: str, conversation: Conversation | None, answer: Answer
) -> Answer:
    """A "did you mean" of a known show's commands, or the credits of a title known only as someone's work,
    for a question asking of someone nobody knows by full name ("is priya harris in season 3 of
    heartstopper", "was amy poehler in doctor who"): that person is the subject, so the reply says there are
    no facts about them and "what episode" next is not the show's."""
    read = read_message(engine, question)
    if read is None:
        return answer
    text, tokens, res = read
    someone = checked_someone(tokens, res, text)
    if not someone or res.people or res.characters:
        return answer
    return _honest_about(engine, conversation, someone, answer)


def _open_with_someone_unknown(
    engine: QuestionEngine, question: str, conversation: Conversation | None, answer: Answer
) -> None:
    """A thread opening on a name nobody knows, the reply saying so ("lowkey obsessed with adam scott rn,
    did they do anything like heartstopper"): that name is the subject, so "like on netflix" next is not the
    yardstick show's. Later in a thread an unknown name may be an aside, so the subject is left alone."""
    if conversation is None or conversation.unknown is not None or len(conversation.turns) > 1:
        return
    read = read_message(engine, question)
    if read is None:
        return
    _text, _tokens, res = read
    named = fold(answer.text[len(UNKNOWN_LEAD) :].rstrip(".")).split()
    if named and not names_known(res) and f" {' '.join(named)} " in f" {' '.join(res.tokens)} ":
        make_subject(conversation, named)


def _names_answered_show(engine: QuestionEngine, answer: Answer, tokens: list[str]) -> bool:
    """Whether the message says a long word of the answered show's title ("agatha" of Agatha All Along),
    which linking may leave unread beside other words."""
    show = engine.kb.shows.get(answer.show_id) if answer.show_id is not None else None
    if show is None:
        return False
    words = {w for w in fold(show.title).split() if len(w) >= _TITLE_WORD and w not in STOPWORDS}
    return not words.isdisjoint(tokens)


def _conversation_subject(text: str, tokens: list[str], before: SubjectBefore) -> list[str]:
    """The conversation's subject nobody knows, unless the message points at the person named since it or
    turns back to an earlier subject."""
    if before.unknown is None or _BACK_TO.search(fold(text)):
        return []
    if before.person_after and not _PERSON_POINTERS.isdisjoint(tokens) and _ROLE_WORDS.isdisjoint(tokens):
        # "is kit connor in rocketman" ... "what else is he in": his facts; "who does he play": his part in
        # the show talked about, nobody knows
        return []
    return list(before.unknown)


def _honest_about(
    engine: QuestionEngine, conversation: Conversation | None, subject: list[str], answer: Answer
) -> Answer:
    """ "I don't have facts about X", X then the thread's subject, so what follows is asked of X too."""
    if conversation is not None:
        make_subject(conversation, subject)
    return replies.no_facts_about(title_case(subject), engine.index, answer.intent)
