"""How a fan's message divides into sentences and clauses, and whether a sentence asks: its first word past
fillers, a question word that goes on as a question, a question held in a statement ("he would like to know
when it starts")."""

from __future__ import annotations

import functools
import re

from intents.text import fold
from intents.understand.empty_alternatives import hearsay_alternative_cut
from intents.understand.existential_checks import in_question_order
from intents.understand.fanwords import FAN_WORDS
from intents.understand.normalize import _CHATTER_BY_FIRST, _LEADING_FILLER, drop_chatter
from intents.understand.question_openers import QUESTION_START, WH_START

# A closing after a sentence end or an emoji: "? Many thanks, Margaret", "🙏 love, mia xx" (a few words at
# most; "[Love] are written by who" is a title).
MARKS = "\u2600-\u27bf\U0001f000-\U0001faff"
TAIL_WORDS = frozenset("y n yn yes no or nah not".split())
# A sentence ends at its mark or a line break; in a short message a dash set off by spaces may end one
# too ("what network is it on - asking because i just finished the books").
SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+|\n+")
DASH = re.compile(r"\s+[-–—]\s+")
WH_FOLLOWERS = frozenset("many much long soon old else s plays played directed created wrote stars".split())
WH_WITH_IS = frozenset({"whos", "whats", "whens", "wheres"})
OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
# A laugh ends a sentence when more words follow it ("what else has he directed lol i feel so dumb").
LAUGH_ENDS = re.compile(r"\b(lol|lmao|lmfao|haha+|hehe+)\b\s+(?=\w)", re.IGNORECASE)
# So does a run of emoji ("me again sorry for spamming 😅 andor s2 out yet"): fans end a remark with one.
EMOJI_ENDS = re.compile(rf"([{MARKS}][{MARKS}\ufe0f\u200d]*)\s+(?=\w)")
_END_EMOJI = re.compile(rf"[\s{MARKS}\ufe0f\u200d]+$")


def without_end_emoji(sentence: str) -> str:
    """The sentence without the emoji it ends in ("sorry for spamming 😅" -> "sorry for spamming")."""
    return _END_EMOJI.sub("", sentence)


# Words a question may hold and still ask nothing by itself: pronouns, "idea", "right", "settle".
ASKING_ONLY = frozenset(
    """i me my we us you u your it this that these those he she they any some anyone anybody someone
    somebody a an the please pls here there so then one know knows knew tell help idea ideas clue right
    wrong correct true settle confirm confirmed real legit thoughts guess sure dont doubt think just
    already or theory rumor rumour rumors rumours speculation fake accurate official fact false verify
    verified double check am be but and hes shes isnt arent wasnt lying kidding joking mistaken
    list them numbers actual exact""".split()
)
# How a fan asks whether a claim holds, in idioms whose other words would read as asked: "is he having me
# on", "or making it up", "is she correct about that", "can someone double-check for me", "am i right", and
# who of two claims wins ("who wins", "who won the bet"; "who won?" alone may ask about an award).
_CHECK_IDIOMS = re.compile(
    r"\b(?:having\s+(?:me|us|you)\s+on|pulling\s+(?:my|our|your)\s+leg|making\s+(?:(?:it|that|this|stuff|"
    r"things|shit)\s+)?up|(?<=\s)(?:about|on|for)\s+(?:that|this|it|me|us)(?=\W*$)"
    r"|who\s+(?:wins|won\s+the\s+(?:bet|argument|debate))(?:\s+(?:this|here|then))?(?=\W*$))\b",
    re.IGNORECASE,
)
# Words after which a question word starts a question held in a statement ("... know when it starts").
INTRODUCES_A_QUESTION = frozenset(
    """on about know knows wondering wonder wondered tell told ask asking asked remember agree sure idea
    out see find forgot forget curious confirm check recall reminder remind""".split()
)
# A clause ends at a comma, semicolon or colon, or at a run of emoji ("hope ur all well 💖💖 so did ...").
CLAUSE_END = re.compile(rf"[,;:]\s*|\s+[-–—]\s+|\s+but\s+|\s*[{MARKS}]+\s*", re.IGNORECASE)
PREPOSITIONS_BEFORE_A_QUESTION = frozenset({"on", "about", "out"})
# "whether" always opens a yes/no question held in a statement ("at war over whether it got an emmy nom");
# "if" opens one only after a verb of asking or knowing ("wondering if", "not sure if"), not after "as if".
IF_AFTER = frozenset(
    "wondering wonder wondered know knows ask asking asked sure check confirm curious recall".split()
)
_CHECK_OPENERS = frozenset({"whether", "if"})
_TELLING = frozenset({"tell", "ask", "show", "remind"})  # "tell me if it's out", "ask him if"
_MIN_CHECK_WORDS = 3
# "we're" folds to "were", a question's first word: "we're doing a heartstopper night ..." says, not asks.
_WE_ARE = re.compile(r"\bwe['’]re\b", re.IGNORECASE)


def we_are_spelt_out(text: str) -> str:
    """The text with "we're" written "we are", before folding makes it the question word "were"."""
    if "'" not in text and "’" not in text:
        return text  # no apostrophe, no "we're" (most messages)
    return _WE_ARE.sub("we are", text)


_NOUN_REACH = 5  # words past "what" a verb may follow its noun at ("what other stuff has he made")


def sentences(text: str) -> list[str]:
    """The message's sentences; one of punctuation, emoji or thanks alone ("??", "thx?") asks nothing, and
    a yes/no tail of its own ("hs3 on netflix? y/n") belongs to the sentence before."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=256)  # pure; the readers of one message split the same text several times
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for sentence in SENTENCE_END.split(EMOJI_ENDS.sub("\\1\n", LAUGH_ENDS.sub("\\1\n", text))):
        if not says_something(sentence):
            continue
        if out and set(fold(sentence).split()[:2]) <= TAIL_WORDS:  # "y/n asking for a friend"
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return tuple(out)


@functools.lru_cache(maxsize=2048)  # pure; the readers of one message ask it of the same text
def first_word(sentence: str) -> str:
    """The first word past fillers and chatter: "like when's it out?" starts with "whens", "does anyone know
    sooo i just rewatched it" with "i"."""
    said = drop_chatter(fold(_WE_ARE.sub("we are", sentence)).split())
    words = [w for w in said if w not in _LEADING_FILLER and FAN_WORDS.get(w) != ()]
    return words[0] if words else ""


@functools.lru_cache(maxsize=2048)  # pure; the readers of one message ask it of the same text
def asks(sentence: str) -> bool:
    """A question word followed as a question goes on ("when does that come out", "how many"), not an
    exclamation ("what a legend", "how cute is that")."""
    words = [w for w in fold(sentence).split() if w not in _LEADING_FILLER and FAN_WORDS.get(w) != ()]
    if not words or words[0] not in WH_START:
        return bool(words) and words[0] in QUESTION_START
    if words[0] in WH_WITH_IS and len(words) > 1:
        return True  # "who's in it": the question word holds its verb
    # "what network is it on", "what other stuff has he made" ("what a legend" has no verb there)
    noun_verb = not QUESTION_START.isdisjoint(words[2:_NOUN_REACH])
    if words[0] in ("what", "which") and words[1:2] not in (["a"], ["an"]) and noun_verb:
        return True
    return len(words) > 1 and (words[1] in QUESTION_START or words[1] in WH_FOLLOWERS)


# Who a relative clause's own verb is about: "..., which i've never heard of", "..., which we all love".
# ("were" is left out: "which were nominated" has no subject of its own.)
_RELATIVE_SUBJECTS = frozenset("i ive im id we weve you youve he hes she shes they theyve my our".split())


def _relative(clause: str) -> bool:
    """ "which i've never heard of": "which" or "who" with a subject after it describes, asking nothing."""
    words = fold(clause).split()[:2]
    return len(words) == 2 and words[0] in ("which", "who") and words[1] in _RELATIVE_SUBJECTS


def asks_in_a_clause(sentence: str) -> bool:
    """'the guy who directed it, what else has he done?': a clause of it starts like a question (not a
    relative clause: "a story consultant, which i've never heard of??")."""
    clauses = re.split(r"[,;:]", sentence)
    return any(first_word(c) in QUESTION_START and not (i and _relative(c)) for i, c in enumerate(clauses))


def embedded_question(sentence: str, *, by_verb: bool = False) -> str | None:
    """The question a statement holds after a word that introduces one: "we could not agree on who directed
    it" -> "who directed it", "he would like to know when the new series begins". With `by_verb`, only a
    verb of knowing or asking introduces it ("the series X is in is on which network" holds none)."""
    words = _WE_ARE.sub("we are", sentence).split()
    folded = [fold(w) for w in words]
    if not folded or folded[0] in QUESTION_START:
        return None
    introducers = INTRODUCES_A_QUESTION - PREPOSITIONS_BEFORE_A_QUESTION if by_verb else INTRODUCES_A_QUESTION
    for i in range(1, len(folded) - 1):
        # "... know when it starts", "he asked me who plays nick", "curious who directed it"
        # "... reminder of who plays nick": a noun of knowing and "of" before the question word
        # "curious about who directed it": a preposition after a word of knowing introduces it too
        introduced = folded[i - 1] in introducers or (
            i >= 2 and folded[i - 1] in OBJECT_PRONOUNS | {"of", "about"} and folded[i - 2] in introducers
        )
        if folded[i] in WH_START and introduced and not _fans_own_doing(folded[i + 1 : i + 3]):
            # "tell me on which date it starts": the preposition belongs to the question
            led = folded[i] in ("which", "what") and folded[i - 1] in ("on", "at", "by")
            return " ".join(words[i - 1 if led else i :])
        if folded[i] == "the" and _wants_to_know(folded[:i]) and len(folded) - i >= _MIN_CHECK_WORDS:
            return what_is(" ".join(words[i:]))  # "i want to know the name of the director"
        # "wondering if ...", "tell me if ...", "let me know if ..."
        told = i >= 2 and folded[i - 1] in OBJECT_PRONOUNS and folded[i - 2] in _TELLING | _ASKED
        if folded[i] in _CHECK_OPENERS and (folded[i] == "whether" or folded[i - 1] in IF_AFTER or told):
            checked = in_question_order(_before_fans_clause(words[i + 1 :]))  # "if there's ...": "is there"
            if len(checked) >= _MIN_CHECK_WORDS:
                # "... over whether it was up for an emmy." checks a claim: asked as one ("it was ... emmy?")
                return f"{' '.join(checked).rstrip('.!?,;: ')}?"
    return None


_ASKED = frozenset({"asked", "asks", "asking"})  # "she asked me if she's in it"
_FANS_CLAUSE = frozenset({"i", "im", "ive"})


def _before_fans_clause(words: list[str]) -> list[str]:
    """The words of a check before the fan's own clause joined to it ("she's in it and i didn't know")."""
    folded = [fold(w) for w in words]
    joins = (i for i in range(1, len(folded) - 1) if folded[i] in ("and", "but"))
    return words[: next((i for i in joins if folded[i + 1] in _FANS_CLAUSE), len(words))]


# "didn't know what to tell her", "no idea what to say": what the fan should do, never a fact asked for.
_FANS_OWN_VERBS = frozenset("tell say do think feel believe answer expect make reply respond".split())


def _fans_own_doing(after: list[str]) -> bool:
    return after[:1] == ["to"] and after[1:2] != [] and after[1] in _FANS_OWN_VERBS


# "the date when it started", "the day that season 3 comes out": a time asked for is asked with "when".
_TIME_WHEN = re.compile(r"^(?:the|its|their)\s+(?:date|day|time|year|month)\s+(?:when|that)\s+(?=\S)", re.I)


def what_is(wanted: str) -> str:
    """The question asking for what the fan wants ("the name of the director" -> "what is the name of the
    director"; "the date when it started" -> "when it started")."""
    timed = _TIME_WHEN.match(wanted)
    return f"when {wanted[timed.end() :]}" if timed is not None else f"what is {wanted}"


def _wants_to_know(before: list[str]) -> bool:
    """Words ending in a wish to know what follows: "i want to know", "i'd love to find out"."""
    return before[-2:] in (["to", "know"], ["to", "learn"]) or before[-3:] == ["to", "find", "out"]


# "help an old lady out", "help me out here": a plea for help, whoever it is for.
_HELP_OUT = re.compile(r"\bhelp\s+(?:[\w']+\s+){0,3}?out\b", re.IGNORECASE)


def asks_nothing_itself(sentence: str) -> bool:
    """A question made only of function words and words about asking: "Any idea?", "Who's right?", "Could
    you settle it?", "When?", "Could you help an old lady out?" (what it asks about was said before it)."""
    sentence = _CHECK_IDIOMS.sub(" right ", _HELP_OUT.sub("help", sentence))
    words = [w for w in drop_chatter(fold(sentence).split()) if FAN_WORDS.get(w) != ()]
    words = hearsay_alternative_cut(words) or words  # "is that confirmed or just fans being fans"
    return all(w in QUESTION_START or w in ASKING_ONLY for w in words)


def asks_nothing_before_tail(sentence: str) -> bool:
    """asks_nothing_itself, with the fan's run-on tail after the request set aside ("can you settle this
    before we fall out lol": the request asks nothing itself; the tail is the fan's own clause)."""
    words = sentence.split()
    cut = next((i for i, w in enumerate(words) if i and fold(w) in _FAN_TAIL_OPENERS), len(words))
    if asks_nothing_itself(" ".join(words[:cut])):
        return True
    # "he's never right about anything so is that true lol": the fan's remark, "so", then the request
    led = next((i for i, w in enumerate(words[:cut]) if i and fold(w) == "so"), None)
    remark = " ".join(words[:led]) if led is not None else ""
    return (
        led is not None
        and "?" not in remark
        and first_word(remark) not in QUESTION_START
        and first_word(" ".join(words[led + 1 : cut])) in QUESTION_START
        and asks_nothing_itself(" ".join(words[led + 1 : cut]))
    )


_FAN_TAIL_OPENERS = frozenset("before until till because bc cause cuz coz cos".split())


@functools.lru_cache(maxsize=2048)  # pure; the readers of one message ask it of the same text
def says_something(sentence: str) -> bool:
    return any(FAN_WORDS.get(w) != () for w in drop_chatter(fold(sentence).split()))


def after_asides(folded: list[str]) -> set[int]:
    """Indexes of the words right after an aside phrase ("random thought", "as one does")."""
    found: set[int] = set()
    for i, word in enumerate(folded):
        for phrase in _CHATTER_BY_FIRST.get(word, ()):
            if tuple(folded[i : i + len(phrase)]) == phrase:
                found.add(i + len(phrase))
    return found


_OWN_CHOICE_WORDS = frozenset(
    """watch bother start try binge see check give it them that this one too first out then even still
    though tho lol lmao haha""".split()
)
_LEADING_JOINS = frozenset("so and but ok okay or".split())


def asks_own_choice(sentence: str) -> bool:
    """ "should i?", "so should i watch it first": the fan wondering what to do themselves, which asks the
    listener's taste, not a fact (a question beside it is the one to answer)."""
    words = fold(without_end_emoji(sentence)).split()
    while words and words[0] in _LEADING_JOINS:
        words = words[1:]
    return (
        words[:1] in (["should"], ["shall"])
        and words[1:2] in (["i"], ["we"])
        and set(words[2:]) <= _OWN_CHOICE_WORDS
    )
