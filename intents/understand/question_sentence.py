"""The sentence of a message that asks: a long message's question among chatter, asides, sign-offs and jokes
taken back; a short message's question before remarks or after everyday talk (for asking.question_part)."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.clause_evidence import topic_clause
from intents.understand.closings import _without_sign_off, closing_words
from intents.understand.question_openers import QUESTION_START, WH_START
from intents.understand.reported_claims import claim_asked_back, claim_of
from intents.understand.sentences import (
    DASH,
    asks,
    asks_in_a_clause,
    asks_nothing_before_tail,
    asks_nothing_itself,
    asks_own_choice,
    embedded_question,
    first_word,
)
from intents.understand.sentences import sentences as split_sentences
from intents.understand.talk import (
    after_chatty_clause,
    asks_the_others,
    everyday_talk,
    remarks,
    states,
    talk_only,
    talks,
    unpunctuated,
)
from intents.understand.talk_before import after_talk_clauses, named_after_talk, named_after_talk_clause
from intents.understand.turned_question import turned_question

_LONG_MESSAGE_WORDS = 14
# "never mind the buzzcocks" is a title: "never mind" before a determiner takes nothing back.
_TAKEN_BACK = re.compile(
    r".*\b(?:jk|nvm|nevermind|never mind(?!\s+(?:the|a|an)\b))\b[\s,.!:]*", re.IGNORECASE | re.DOTALL
)
# A request that hands over what it asks for: "would you be so kind as to tell me its premiere date".
TELL_ME = re.compile(r"\b(?:tell|give|send|show) (?:me|us)\b|\blet (?:me|us) know\b", re.IGNORECASE)


def question_sentence(text: str) -> tuple[str, str]:
    """The sentence of a message that asks, and the rest: in a long message the question among chatter,
    asides and jokes taken back; in a short one the question before remarks or after talk."""
    long = len(text.split()) >= _LONG_MESSAGE_WORDS
    text = _without_sign_off(text)
    taken_back = _TAKEN_BACK.search(text) if _takes_back(text) else None
    if taken_back is not None and _asks_after_joke(text[: taken_back.end()], text[taken_back.end() :]):
        # "what snacks should we get... jk just tell me the date": the joke is not the question, but what
        # came before it may name the show.
        asked, rest = question_sentence(text[taken_back.end() :])
        return asked, f"{text[: taken_back.end()]} {rest}".strip()
    if not long:
        short = split_sentences(DASH.sub("\n", text))
        return claim_asked_back(
            *(
                _before_remarks(short)
                or _after_statements(split_sentences(text))
                or _after_talk(split_sentences(text))
                or named_after_talk(split_sentences(text))
                or named_after_talk_clause(text)
                or after_chatty_clause(text)
            )
        )
    parts = split_sentences(text)
    if len(parts) < 2:
        only = parts[0] if parts else text
        asked, before = after_chatty_clause(only)  # "hope ur all well 💖💖 so did it get an emmy nom?"
        if not before:
            asked, before = turned_question(only) or named_after_talk_clause(only) or unpunctuated(only)
        # "my friend says X and i said no way, can u settle this": the request checks the claim before it
        return claim_asked_back(asked, before)
    # "... also has anyone seen the bts pics?" asks the other fans, not Marquee; "..., right? Or did they
    # move it?" offers the other answer to the question before it, which is the one asked.
    to_marquee = [
        s for i, s in enumerate(parts) if not asks_the_others(s) and not (i and _offers_alternative(s))
    ] or parts
    # "... is a spinoff of what exactly? should i?": the fan's own choice asks their taste, not a fact
    facts = [s for s in to_marquee if not asks_own_choice(s)]
    to_marquee = facts if any(s.rstrip().endswith("?") for s in facts) else to_marquee
    starts = [s for s in to_marquee if first_word(s) in QUESTION_START]
    marked = [s for s in to_marquee if s.rstrip().endswith("?")]
    # "... is he still in it? i love him??": a statement asked back is weaker than a question.
    marked = [s for s in marked if not states(s)] or marked
    worded = [s for s in marked if asks_in_a_clause(s)]
    # A sentence that ends in "?" and asks with a question word beats an aside ending in "??", and one
    # ending with its question word ("season 3 comes out when?") beats a remark asked back ("I thought it
    # was September?"). Else the later of a sentence ending in "?" and one starting like a question:
    # "... in agatha all along?? when does that come out" asks last.
    asking = (
        [s for s in marked if s in starts]
        or worded
        or [s for s in marked if not WH_START.isdisjoint(fold(s).split()[-3:])]
        or [s for s in to_marquee if s in marked or (s in starts and asks(s))]
        or starts
    )
    if not asking:
        # "... He would like to know when the new series begins. I'd be grateful for any help."
        embedded = [(s, q) for s in parts if (q := embedded_question(s)) is not None]
        if embedded:
            said, question = embedded[-1]
            others = " ".join(s for s in parts if s is not said)
            return question, f"{lead_in(said, question)} {others}".strip()
        # "... we could not settle it between us. s3 drop date pls"; no sentence before asks, so one where the
        # fan talks anywhere ("i searched the channel but discord search is garbage.") is talk too, and the
        # last one may open with talk before its question ("anyway i don't even know, like does X play Y").
        if (
            len(parts) > 1
            and not talk_only(parts[-1])
            and all(talk_only(s) or not first_word(s) or talks(s) for s in parts[:-1])
        ):
            asked, before = after_talk_clauses(parts[-1])
            return asked, " ".join([*parts[:-1], before]).strip()
        return unpunctuated(text)  # "... lmao. she wants to know how many episodes there are"
    chosen = asking[-1]
    at = next(i for i, s in enumerate(parts) if s is chosen)
    both = _two_questions(parts, at, marked)
    if both is not None:
        # "What streaming service is it on? And when does it start?": both are asked, in one
        first, joined = both
        return joined, " ".join(s for i, s in enumerate(parts) if i not in (first, first + 1))
    checked = parts[at + 1] if at + 1 < len(parts) else ""
    if checked and asks_nothing_before_tail(checked) and (claim := claim_of(chosen)) is not None:
        # "my cousin says X also did doctor who?? is that true or is she making stuff up": the check after
        # the reported claim is of it
        return claim, " ".join(s for s in parts if s is not chosen)
    then = _after_bare_check(chosen)
    if at and then is not None and (claim := claim_of(parts[at - 1])) is not None:
        # "... says the first director also did torchwood?? is that true and what's his name": the check is
        # of the claim, and the question after it asks about what the claim names.
        return f"{claim} {then}", " ".join(parts[: at - 1] + parts[at + 1 :])
    if at and _WHAT_IS_KNOWN.match(chosen) and (claim := claim_of(parts[at - 1])) is not None:
        # "my friend told me X might be playing Y. what do we actually know?": the claim is checked
        return claim, " ".join(s for s in parts if s is not chosen) + f" {chosen}"
    if at and asks_nothing_before_tail(chosen):
        # "We could not agree on who directed it. Could you settle it?": the question asks about the
        # sentence before it, which says what is asked ("... season 3. When?" keeps its question word).
        # "X won an emmy. i don't think so?? can you settle this": a doubt between asks nothing either
        by = next((i for i in range(at - 1, 0, -1) if not asks_nothing_itself(parts[i])), 0)
        said = parts[by]
        rest = " ".join(parts[:by] + parts[by + 1 : at] + parts[at + 1 :])
        if not WH_START.isdisjoint(fold(chosen).split()):
            # "..., she says X is rated high on RT, I said ...": X; "who's right" checks both claims
            topic, around = (said, "") if _CHECKS & set(fold(chosen).split()) else topic_clause(said)
            return f"{topic} {chosen}", f"{around} {rest}".strip()
        question = embedded_question(said) or claim_of(said) or said
        return question, f"{lead_in(said, question)} {rest}".strip()
    asked, before = after_chatty_clause(chosen)
    rest = " ".join(s for s in parts if s is not chosen)
    return asked, f"{rest} {before}".strip()


# Words of a check between claims ("who's right"): it asks of the whole sentence of claims before it.
_CHECKS = frozenset("right wrong correct true settle wins won confirm".split())
# "what do we actually know?", "what do you know": what is known of the claim before it.
_WHAT_IS_KNOWN = re.compile(
    r"^\W*(?:so |but |ok )?what (?:do|does|did) (?:we|you|u|they|anyone|people) (?:actually |really )?know\b",
    re.IGNORECASE,
)


_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _after_bare_check(question: str) -> str | None:
    """The question after a bare check joined to it ("is that true and what's his name" -> "what's his
    name"); None when the question does not open with a check that asks nothing itself."""
    joined = _AND.search(question)
    if joined is None or not asks_nothing_itself(question[: joined.start()]):
        return None
    then = question[joined.end() :].strip()
    return then if then and not asks_nothing_itself(then) else None


_JOINED = re.compile(r"^\s*(?:and|also|plus)\s+", re.IGNORECASE)


def _two_questions(parts: list[str], at: int, marked: list[str]) -> tuple[int, str] | None:
    """The chosen question and the one right after (or before) it joined by "and", when both end in "?" and
    start like a question ("... is it on? And when does it start?"): the first one's index and the joined
    question; None otherwise."""
    for first in (at, at - 1):
        pair = parts[first : first + 2] if first >= 0 else []
        if len(pair) == 2 and all(s in marked and _asks_on_its_own(s) for s in pair):
            return first, f"{pair[0].rstrip(' ?!.')} and {_JOINED.sub('', pair[1])}"
    return None


def _asks_on_its_own(sentence: str) -> bool:
    words = [w for w in fold(_JOINED.sub("", sentence)).split() if w not in ("so", "ok", "okay", "oh")]
    return bool(words) and words[0] in QUESTION_START and not asks_nothing_itself(sentence) and len(words) > 2


def _offers_alternative(sentence: str) -> bool:
    return fold(sentence).split()[:1] == ["or"]


def _asks_after_joke(before: str, after: str) -> bool:
    """Whether the words after "jk" are the question ("what snacks should we get... jk just tell me the
    date"), not a remark to someone else after a question already asked ("...? jk mum if you're reading")."""
    if len(after.split()) < 3:
        return False
    asked_before = "?" in before
    return (
        not asked_before or "?" in after or first_word(after) in QUESTION_START or bool(TELL_ME.search(after))
    )


def lead_in(sentence: str, question: str) -> str:
    """The words of a sentence before the question it ends with ("My son loves Andor and asked me when the
    new season starts" -> "My son loves Andor and asked me"); empty when the question is the sentence."""
    if question == sentence:
        return ""
    if sentence.endswith(question):
        return sentence[: len(sentence) - len(question)].strip()
    # A check cut from the middle ("she asked me if [she's in it] and i didn't know"): the words around it
    at = sentence.find(question.rstrip("?"))
    if at <= 0:
        return ""
    return f"{sentence[:at].strip()} {sentence[at + len(question.rstrip('?')) :].strip()}".strip()


def _after_statements(parts: list[str]) -> tuple[str, str] | None:
    """A short message's last sentence when it asks what something is called after a sentence naming it
    ("joe locke is in a marvel thing?? what's it called"), or checks a claim whole after statements only
    ("setting a reminder now. it's still october 3rd, right?"); None otherwise."""
    if len(parts) < 2:
        return None
    if _NAME_ASKED.match(fold(parts[-1])):
        return parts[-1], " ".join(parts[:-1])
    tail = closing_words(parts[-1])
    claims = tail[-1:] in (("right",), ("correct",)) and len(fold(parts[-1]).split()) >= 5
    if not claims or any(p.rstrip().endswith("?") or first_word(p) in QUESTION_START for p in parts[:-1]):
        return None
    return parts[-1], " ".join(parts[:-1])


def _after_talk(parts: list[str]) -> tuple[str, str] | None:
    """A short message's last sentence when it asks after sentences of everyday talk only ("heard a rumour
    the date moved. is it still october 3?"); the talk stays beside it. None otherwise."""
    if len(parts) < 2:
        return None
    question = parts[-1]
    if first_word(question) not in QUESTION_START or not asks(question) or asks_nothing_itself(question):
        return None
    if not all(not p.rstrip().endswith("?") and (talk_only(p) or everyday_talk(p)) for p in parts[:-1]):
        return None
    return question, " ".join(parts[:-1])


# "what's it called", "what show is that", "what's the name of it again": the title of what was said before.
_NAME_ASKED = re.compile(
    r"^(?:so |ok |okay )?(?:(?:what|which) (?:tv )?(?:show|series|thing|one) (?:is|was) (?:it|that|this)"
    r"|(?:what (?:is|was)|whats) (?:it|that|this|the show|the series|the thing) called"
    r"|(?:what (?:is|was)|whats) the (?:name|title)(?: of (?:it|that|the show))?)(?: again)?\W*$"
)


def _takes_back(text: str) -> bool:
    """Whether the message may take a joke back: a cheap check before _TAKEN_BACK, whose leading `.*` tries
    every position of the message."""
    lower = text.lower()
    return "jk" in lower or "nvm" in lower or "never" in lower


def _hands_a_question(sentence: str) -> bool:
    """Whether a request hands over a question ("tell me which is first", "let me know who directed it"):
    it asks, however much it talks to the listener, so what follows a dash after it is its object."""
    told = TELL_ME.search(sentence)
    return told is not None and not WH_START.isdisjoint(fold(sentence[told.end() :]).split()[:2])


def _before_remarks(parts: list[str]) -> tuple[str, str] | None:
    """A short message's question and the remarks after it ("is the new season out??? i keep seeing
    spoilers"), greetings alone before it ("Hi hi. So, um, who plays nick? Sorry I'm shy"), or None when it
    is not a question followed by remarks only."""
    if len(parts) < 2:
        return None
    at = 0
    while at < len(parts) - 1 and (
        not first_word(parts[at]) or (talk_only(parts[at]) and not _hands_a_question(parts[at]))
    ):
        at += 1  # "Hi hi.", "friend of mine keeps asking me." say nothing the question needs
    question, after = parts[at], parts[at + 1 :]
    if not after and not at:
        return None
    starts = first_word(question) in QUESTION_START
    if not question.rstrip().endswith("?") and not (starts and asks(question)):
        return None
    if not all(remarks(s) for s in after):
        return None
    asked, before = after_chatty_clause(question)
    return asked, " ".join([*parts[:at], before, *after]).strip()
