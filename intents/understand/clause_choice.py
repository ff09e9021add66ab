"""The last say on which words of a chatty message ask, chosen by evidence (for asking.question_part).

The readers before it pick a sentence or clause; this one weighs what was picked against the cuts a fan's
message invites and keeps the words that carry the question. Evidence that words ask: a question mark, a
question word or an auxiliary at their start, a relation cue (cast, premiere, director, score ...), a known
name, a number. Words may be set aside only when they carry none of it:
- a run-on tail after a whole question ("when does season 3 come out i cannot wait any longer", "who the
  creator is before i lose my mind", "how many episodes ... for a quiz tonight");
- a lead before a question word ("bestie what's the ep count", "... but whatever: who's yasmin finney");
- a question that asks nothing itself ("he doesn't, does he?") when another sentence asks with a question
  word ("who does he play").
The words set aside join the rest of the message, which may still name the subject but never asks.
A message shorter than `_GATE_WORDS` words is left as it is: nothing is weighed for a plain question.
"""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.asked_clause import requested
from intents.understand.clause_evidence import MAX_NAME_WORDS, carries, evidence, names_any, stranded
from intents.understand.held_names import NamesOf
from intents.understand.pointed_relation import relation_pointed_at
from intents.understand.question_openers import QUESTION_START, WH_START
from intents.understand.question_sentence import lead_in
from intents.understand.seen_claims import claim_checked
from intents.understand.sentences import MARKS, asks, asks_nothing_itself, first_word
from intents.understand.sentences import sentences as split_sentences
from intents.understand.statement_leads import without_statement_lead
from intents.understand.talk import talks

_GATE_WORDS = 7
_MIN_QUESTION_WORDS = 3  # words of a whole question before a tail may start
_MIN_TAIL_WORDS = 2
_MAX_LEAD_WORDS = 2  # words of a lead before a question word: "bestie", "yo bro"
_MAX_LABEL_WORDS = 10  # words before a colon: "probably wrong channel for this but whatever:"

# Words a run-on tail starts with: the fan's own clause ("i cannot wait", "my whole weekend depends on it")
# or a reason or purpose ("before i lose my mind", "for a quiz tonight", "asap").
_TAIL_OPENERS = frozenset("i im ive id ill my our we weve because bc cuz cos coz cause asap".split())
# "... before i lose my mind", never "who directed it before the guy from hidden took over".
_WHEN_THE_FAN = frozenset({"before", "till", "until"})
_PURPOSE = frozenset({"for"})
# "... and it's bugging me so much", "... but i forgot": a join before the fan's own clause.
_JOINS = frozenset({"and", "but", "so"})
_SOMEONE_SAYS = frozenset("he she they hes shes theyre".split())
_DETERMINERS = frozenset("the a an this that these those his her their my your our".split())
# Words between a determiner and its noun that point into the conversation: "the other show we talked about"
# is described there as "the show i love" is.
_ORDINAL_POINTERS = frozenset("other first earlier previous last same".split())
_DANGLING = frozenset("cause cuz coz cos bc because and but so".split())
_FIRST_PERSON = frozenset("i im ive id ill my we weve".split())
_IT_SAYS = frozenset({"its", "this", "thats"})
_PURPOSE_HEADS = frozenset({"a", "my", "our"})  # never "for the bear": a title may follow "the"
# A question cannot end on these: what follows them is still the question ("who is in i may destroy you",
# "which season should i start with").
# ("has", "have" end a question as its verb: "how many episodes did the first season have".)
_GOES_ON = (QUESTION_START - {"has", "have"}) | frozenset(
    """in on of at to from with by for about into than and or but the a an this that these those his her
    their its my your our some any if whether not before after until till since around like as""".split()
)
_COLON = re.compile(r"^([^:?!.]{1,80}):\s+")


def chosen_clause(asked: str, rest: str, names: NamesOf | None = None) -> tuple[str, str]:
    """The words that ask, with the words that carry no question set aside into the rest."""
    if len(asked.split()) + len(rest.split()) < _GATE_WORDS:
        # "need the date for s3 asap": a short request is still asked as the question it holds
        return _request_asked(asked, rest, names) or (asked, rest)
    asked, rest = _asking_sentence(asked, rest, names)
    asked, rest = _question_after_statements(asked, rest, names)
    asked, rest = _richer_request(asked, rest, names)
    asked = claim_checked(asked) or asked
    asked, rest = _request_asked(asked, rest, names) or (asked, rest)
    asked, rest = _without_empty_lead(asked, rest, names)
    if "," in asked:
        asked, rest = without_statement_lead(asked, rest, names) or (asked, rest)  # "planning a binge, ..."
    asked = relation_pointed_at(asked, rest, names) or asked  # "... the audience score ... what is it?"
    return _without_empty_tail(asked, rest, names)


def _asks_whole(question: str) -> bool:
    """A question worded as one that asks something itself: "when does season 3 come out"."""
    words = fold(question).split()
    return (
        len(words) >= _MIN_QUESTION_WORDS
        and first_word(question) in QUESTION_START
        and not asks_nothing_itself(question)
        and ((asks(question) and (words[-1] not in _GOES_ON or stranded(words))) or _ends_embedded(words))
    )


def _ends_embedded(words: list[str]) -> bool:
    """A question put in a statement's order, its verb last: "who the creator of heartstopper is"."""
    return (
        words[0] in WH_START
        and words[-1] in ("is", "are", "was", "were")
        and len(words) > _MIN_QUESTION_WORDS
    )


def _without_empty_tail(asked: str, rest: str, names: NamesOf | None) -> tuple[str, str]:
    """The question without a run-on tail that carries nothing ("... i cannot wait any longer 😭")."""
    words = asked.split()
    folded = [fold(w) for w in words]
    if first_word(asked) not in QUESTION_START:
        return asked, rest
    if len(words) > _MIN_QUESTION_WORDS + 1 and folded[-1] in _DANGLING:
        # "what network is heartstopper on cause": the reason the fan began was set aside before
        return " ".join(words[:-1]), f"{words[-1]} {rest}".strip()
    for at in range(_MIN_QUESTION_WORDS, len(words)):
        following = folded[at + 1] if at + 1 < len(folded) else ""
        opens = (
            folded[at] in _TAIL_OPENERS
            or (folded[at] in _PURPOSE and following in _PURPOSE_HEADS and not _takes_for(folded[at - 1]))
            or (folded[at] in _JOINS and following in _TAIL_OPENERS | _IT_SAYS)
            or (folded[at] in _WHEN_THE_FAN and following in _FIRST_PERSON)
        )
        # After a comma, only talk is a tail ("when was it released, dear?", ", it's on the tip of my
        # tongue"), never a part of the question ("..., same app?").
        after_comma = words[at - 1].endswith(",") and (
            talks(words[at]) or folded[at] in _TAIL_OPENERS | _IT_SAYS | _SOMEONE_SAYS
        )
        # "..., and pam insists it was a woman": someone's say joined after the question is no part of it
        reported = words[at - 1].endswith(",") and folded[at] in _JOINS and _reports(folded[at + 1 :])
        # "the summer i turned pretty", "the show i love": a title or description may go on at "i"
        described = (
            folded[at - 2] in _DETERMINERS
            or (folded[at - 3] in _DETERMINERS and folded[at - 2] in _ORDINAL_POINTERS)
        ) and not words[at - 1].endswith(",")
        if described or not ((opens and at <= len(words) - _MIN_TAIL_WORDS) or after_comma or reported):
            continue
        head, tail = " ".join(words[:at]).rstrip(","), " ".join(words[at:])
        # "..., i'm not sure what time zone either but whatever": the fan's own clause after a comma asks
        # nothing when it holds no cue, number or name (a question word alone is the fan's doubt)
        doubt = after_comma and folded[at] in _FIRST_PERSON and evidence(tail, names) == 0
        empty = reported or doubt or not carries(tail.rstrip("?!. "), names)
        if _asks_whole(head) and empty and "?" not in head[:-1]:
            marked = "?" if tail.rstrip().endswith("?") and not head.endswith("?") else ""
            return head + marked, f"{rest} {tail}".strip()
    return asked, rest


# Verbs of someone saying or thinking: "(and pam) insists", "(but my mum) thinks".
_SAYING = frozenset("says said insists insisted thinks thought reckons swears claims believes".split())
_SAYER_WORDS = 3  # "pam", "my mum", "my best friend"


def _reports(words: list[str]) -> bool:
    """Whether the words open with someone saying or thinking something ("pam insists it was ...")."""
    return any(w in _SAYING for w in words[1 : _SAYER_WORDS + 1]) and words[:1] != ["i"]


def _takes_for(word: str) -> bool:
    """A word "for" goes on from as a part of the question: "nominated for a golden globe", "up for a ..."."""
    return word.endswith("ed") or word in _TAKES_FOR


_TAKES_FOR = frozenset("up known famous eligible nominee nom noms".split())


def _without_empty_lead(asked: str, rest: str, names: NamesOf | None) -> tuple[str, str]:
    """The question without a lead before its question word that carries nothing: a word to the fan's
    friends ("bestie what's ...") or a label ending in a colon ("... but whatever: who's ...")."""
    label = _COLON.match(asked)
    if label is None and first_word(asked) in QUESTION_START:
        return asked, rest  # "ok so who plays nick": fillers alone lead, and they ask nothing anyway
    if label is not None and len(label.group(1).split()) <= _MAX_LABEL_WORDS:
        after = asked[label.end() :]
        if first_word(after) in QUESTION_START and not carries(label.group(1), names) and asks(after):
            return after, f"{rest} {label.group(1)}".strip()
    words = asked.split()
    folded = [fold(w) for w in words]
    for at in range(1, min(_MAX_LEAD_WORDS, len(words) - _MIN_QUESTION_WORDS) + 1):
        if folded[at] not in WH_START:
            continue
        lead, question = " ".join(words[:at]), " ".join(words[at:])
        # "doctor who - was that lyn or newberry": the question word ends a name begun in the lead
        across = names is not None and names_any(folded[: at + MAX_NAME_WORDS], names, across=at)
        across = across or not fold(words[at + 1])  # "... who - was that ...": the word ends a title
        if (
            not across
            and not carries(lead, names)
            and asks(question)
            and not any(w in _GOES_ON for w in folded[:at])
            and not folded[at - 1].endswith("ly")  # "roughly how many": how exact the answer should be
        ):
            return question, f"{rest} {lead}".strip()
        break
    return asked, rest


def _request_asked(asked: str, rest: str, names: NamesOf | None) -> tuple[str, str] | None:
    """The question a request that makes up the picked words holds, when talk ran on after what it asks
    for ("i need the s3 date asap my whole weekend depends on it" -> "what is the s3 date"); None when the
    words are no request or the request ends with what it asks for (it is answered as it stands)."""
    if first_word(asked) in QUESTION_START:
        return None
    question = requested(asked)
    if question is None:
        return None
    cut, tail = _without_empty_tail(question, "", names)
    ends_as_asked = fold(asked).split()[-1:] == fold(question).split()[-1:]
    if not tail and ends_as_asked:
        return None
    return cut, f"{rest} {tail}".strip()


# A question tag alone: "he doesn't, does he?", "isn't she?" (what it checks was said before it).
_TAG_WORDS = frozenset(
    """he she they it him her them does doesnt do dont did didnt is isnt was wasnt are arent has hasnt have
    havent will wont right no not or""".split()
)


def _asking_sentence(asked: str, rest: str, names: NamesOf | None) -> tuple[str, str]:
    """A sentence of the rest that asks with a question word, over picked words that ask nothing themselves
    ("my nan thinks joe locke plays nick. he doesn't, does he? who does he play") or only ask about the fan
    ("why do i do this to myself?? ... who directed it again": then the other must carry evidence)."""
    tag = set(fold(asked).split()) <= _TAG_WORDS
    bare = tag or asks_nothing_itself(asked)
    if not (bare or _about_the_fan(asked, names)) or not rest:
        return asked, rest
    others = split_sentences(rest)
    asking = [
        s for s in others if first_word(s) in WH_START and _asks_whole(s) and (bare or evidence(s, names) > 0)
    ]
    if len(asking) != 1:
        return asked, rest
    kept = " ".join(s for s in others if s is not asking[0])
    return asking[0], f"{kept} {asked}".strip()


_THE_FAN = _FIRST_PERSON | frozenset({"me", "myself", "us", "ourselves"})


def _about_the_fan(asked: str, names: NamesOf | None) -> bool:
    """A question about the fan alone, asked of nobody ("why do i do this to myself??", "what is wrong with
    me"): it speaks of the fan and carries nothing a question about a show needs."""
    return not _THE_FAN.isdisjoint(fold(asked).split()) and evidence(asked, names) == 0


# Where a message's statements end: a sentence's end or a run of emoji ("... announced s3 💀 when's it out").
_PIECE_END = re.compile(rf"\s*[{MARKS}]+\s*")
_PERSON_POINTING = frozenset("he she him his her hes shes they them their theyre".split())


def _question_after_statements(asked: str, rest: str, names: NamesOf | None) -> tuple[str, str]:
    """The question a message ends with after statements only ("hot take: s2 was better than s1. who
    directed s2 tho", "... 💀 who directed s3"), when it carries evidence of its own: the statements join
    the rest, where a show they name is still the subject. Not when the question points at a person the
    statements name ("kit is in it. what else has he done") or only at what they say ("whoever made it
    deserves the world. who was it again?", "X is better. who's in it?")."""
    pieces = [p for s in split_sentences(asked) for p in _PIECE_END.split(s) if p.strip()]
    if len(pieces) < 2:
        return asked, rest
    *said, question = pieces
    if (
        not _asks_whole(question)
        or evidence(question, names) == 0
        or not _PERSON_POINTING.isdisjoint(fold(question).split())
        or any("?" in p or first_word(p) in QUESTION_START for p in said)
    ):
        return asked, rest
    return question, f"{rest} {' '.join(said)}".strip()


_MIN_RICHER = 2
_POINTING = frozenset("he she him his her hes shes they them their it its that this those these".split())


def _richer_request(asked: str, rest: str, names: NamesOf | None) -> tuple[str, str]:
    """The question a request in the rest holds, over picked words that do not ask as a question does
    ("... i want to know who is the director of season 3, because in the first seasons was other person
    no?") or ask nothing of what they are about ("I keep wondering who Joe Locke is playing in the Marvel
    show. What are people speculating?"). Only one such request, and only one that names and cues."""
    if not rest or (first_word(asked) in QUESTION_START and evidence(asked, names) > 0):
        return asked, rest
    if not _POINTING.isdisjoint(fold(asked).split()):
        return asked, rest  # "Euros Lyn I think? what's he worked on?": "he" is who was named before
    held = [
        (sentence, question)
        for sentence in split_sentences(rest)
        if (question := requested(sentence)) is not None and first_word(question) in WH_START
    ]
    if len(held) != 1 or evidence(held[0][1], names) < _MIN_RICHER:
        return asked, rest
    sentence, question = held[0]
    others = " ".join(s for s in split_sentences(rest) if s is not sentence)
    return question, " ".join(f"{lead_in(sentence, question)} {others} {asked}".split())
