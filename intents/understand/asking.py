"""Which part of a fan's message asks: the question sentence of a long message, cut from chatter, asides,
sign-offs and jokes taken back, and the words a message closes with (a yes/no tail like "or nah")."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.fanwords import FAN_WORDS, RELATIVES
from intents.understand.normalize import (
    _CHATTER_BY_FIRST,
    _LEADING_FILLER,
    _PREAMBLE_WORDS,
    _QUESTION_START,
    _WH_START,
    drop_chatter,
)

_LONG_MESSAGE_WORDS = 14
_TAKEN_BACK = re.compile(r".*\b(?:jk|nvm|nevermind|never mind)\b[\s,.!:]*", re.IGNORECASE | re.DOTALL)
# A closing after a sentence end or an emoji: "? Many thanks, Margaret", "🙏 love, mia xx" (a few words at
# most; "[Love] are written by who" is a title).
_MARKS = "\u2600-\u27bf\U0001f000-\U0001faff"
_SIGN_OFF = re.compile(
    rf"(?:^|(?<=[.!?…{_MARKS}]))\s*(?:many thanks|thanks|thank you|kind regards|best regards|best wishes"
    rf"|regards|cheers|love|xoxo|xx)\b(?:[\s,]+[\w'’]+){{0,3}}[\s.!?…{_MARKS}]*$",
    re.IGNORECASE,
)
_TAIL_WORDS = frozenset("y n yn yes no or nah not".split())
# A sentence ends at its mark or a line break; in a short message a dash set off by spaces may end one
# too ("what network is it on - asking because i just finished the books").
_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+|\n+")
_DASH = re.compile(r"\s+[-–—]\s+")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_AT_THE_END = re.compile(r"\s+[-–—]\s+|,\s+")  # where a remark after the question may start
_WH_FOLLOWERS = frozenset("many much long soon old else s plays played directed created wrote stars".split())
_WH_WITH_IS = frozenset({"whos", "whats", "whens", "wheres"})
_POLITE_ASK = frozenset({"can", "could", "would"})
_KEPT_AT_THE_END = frozenset({"nah"})  # "or nah" asks yes or no
_DETERMINERS = frozenset("the a an this that my his her their our one".split())
# Words that mark talk around a question rather than a part of it: the fan speaking of themselves, greetings.
# ("my", "me", "our" are left out: titles hold them, "My Blue Heaven", "The Heart of Me".)
# The fan's own alternative after a yes/no question: "... or am i too early", "... or do i have to wait".
_OWN_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:(?:am|do|did|was|have|should|must|can|could|will|shall)\s+(?:i|we)|i|im|i'm|we)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# What the fan says of themselves after a question ("... i feel like doctor who", "... and i blanked").
_REMARK_VERBS = frozenset(
    """feel think guess bet swear forgot forget keep kept heard hear blanked cant dont just always
    really literally wonder assume believe remember reckon hope tried never""".split()
)
# Words after which an "i" may start a title ("who's in i think you should leave").
_TITLE_MAY_FOLLOW = frozenset(
    """in of on about like called named titled watch watched watching see seen saw love loved is was
    from the""".split()
)
_QUESTION_BEFORE_REMARK = 3  # words of question before a remark may start
# What a fan feels, said with a question mark after the question ("i love him??").
_FEELINGS = frozenset("love loved adore hate miss need so just literally really cant am dying crying".split())
_SENTENCE_OF_MY = 4
# Words a remark set off by a dash opens with ("- asking because i just finished the books").
_REMARK_OPENERS = frozenset("asking because cause bc just lol lmao haha tbh ngl btw".split())
_THIRD_PERSONS = frozenset("hes shes its theyre thats he she it they that".split())
_EXCLAIMING = frozenset("so such really literally just too".split())
_OTHERS = frozenset({"anyone", "anybody", "everyone", "everybody", "yall", "guys"})
_SHARED_EXPERIENCE = frozenset(
    "seen saw watched noticed read heard cried cry excited hyped agree think thinks feel love loved".split()
)
_ASKS_A_FACT = frozenset({"know", "knows", "remember", "tell", "name", "when", "who", "where", "which"})
_ASKING_VERBS = frozenset({"do", "does", "did", "can", "could", "would", "will", "may"})
_LISTENERS = frozenset({"you", "u", "ya", "anyone", "anybody", "someone", "somebody", "marquee"})
_OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
# A laugh ends a sentence when more words follow it ("what else has he directed lol i feel so dumb").
_LAUGH_ENDS = re.compile(r"\b(lol|lmao|lmfao|haha+|hehe+)\b\s+(?=\w)", re.IGNORECASE)
# Words a sentence that goes on with the question before it starts with ("who plays nick? in heartstopper").
_GOES_ON = frozenset(
    """and or also plus but in on for of from with about by at season seasons series the s""".split()
)
# Words a question may hold and still ask nothing by itself: pronouns, "idea", "right", "settle".
_ASKING_ONLY = frozenset(
    """i me my we us you u your it this that these those any some anyone anybody someone somebody a an the
    please pls here there so then one know knows knew tell help idea ideas clue right wrong correct true
    settle confirm thoughts guess sure""".split()
)
# Words after which a question word starts a question held in a statement ("... know when it starts").
_INTRODUCES_A_QUESTION = frozenset(
    """on about know knows wondering wonder wondered tell told ask asking asked remember agree sure idea
    out see find forgot forget curious confirm check""".split()
)
# A clause ends at a comma, semicolon or colon, or at a run of emoji ("hope ur all well 💖💖 so did ...").
_CLAUSE_END = re.compile(rf"[,;:]\s*|\s+[-–—]\s+|\s+but\s+|\s*[{_MARKS}]+\s*", re.IGNORECASE)
_PREPOSITIONS_BEFORE_A_QUESTION = frozenset({"on", "about", "out"})
_CHATTY = frozenset(
    """i im ive id dear hi hiya hey heyy hello evening morning afternoon guys everyone lol omg ok okay sooo
    anyway honestly""".split()
)
# Words of talk around a question ("my" and "us" are left out: titles hold them, "The Last of Us").
_TALK = (
    _CHATTY
    | RELATIVES
    | frozenset(
        """me mine myself we sorry hope ur u pls please thanks random weird dumb silly question bother settle
        anyone""".split()
    )
)


def question_part(text: str) -> tuple[str, str]:
    """Split a message into the words that ask and the rest (which may name the show).

    "I love this show so much. My sister keeps asking me. When is the new season out?" asks in its last
    sentence; "is s3 out yet or am i too early" asks before the fan's own alternative; a short question is
    returned whole, but for remarks after it ("who plays charlie? he's so good").
    """
    text, said = _without_talk_aside(text)
    asked, rest = _question_sentence(text)
    rest = f"{rest} {said}".strip()
    asked = _indirect(asked)
    alternative = _OWN_ALTERNATIVE.search(asked)
    if alternative is not None and len(asked[: alternative.start()].split()) >= 2:
        return asked[: alternative.start()], f"{rest} {asked[alternative.start() :]}".strip()
    return _without_own_remark(asked, rest)


def _without_talk_aside(text: str) -> tuple[str, str]:
    """The message without talk set off at its end by a dash, a comma or a laugh, or by brackets: "salt marsh
    s2 ep count - asking because i just finished the books", "what else has he done, i can never remember",
    "(asking for trivia)"."""
    said: list[str] = []
    for bracketed in _BRACKETED.findall(text):
        if _talks(bracketed) or fold(bracketed).split()[:1] in ([w] for w in _REMARK_OPENERS):
            said.append(bracketed)
            text = text.replace(f"({bracketed})", " ")
    marked = _LAUGH_ENDS.sub("\\1 - ", text)
    last = max(_AT_THE_END.finditer(marked), key=lambda m: m.start(), default=None)
    remark = marked[last.end() :] if last is not None else ""
    before = marked[: last.start()] if last is not None else ""
    # One sentence of remark: "ngl i forgot, ok listen. LISTEN. the new season ..." has its question after.
    one_sentence = len(_SENTENCE_END.split(remark.strip())) == 1
    if len(before.split()) >= 2 and one_sentence and _remark_after(remark):
        said.append(remark)
        text = before
    return " ".join(text.split()), " ".join(said)


def _remark_after(words_said: str) -> bool:
    """Words after the question that talk rather than ask: they open with the fan or a remark ("i can never
    remember", "my mum wants to know", "asking because ..."), ask nothing, and correct nothing ("i mean
    season 3")."""
    words = fold(words_said).split()
    if (
        not words
        or "?" in words_said
        or not _WH_START.isdisjoint(words)
        or words[:2] in (["i", "mean"], ["i", "meant"])
    ):
        return False
    opens = words[0] in _TALK or words[0] in _REMARK_OPENERS or words[0] == "my"
    return opens and _first_word(words_said) not in _QUESTION_START


def _indirect(asked: str) -> str:
    """The question asked of the listener ("do you know when it starts?", "would you be so kind as to tell
    me who directed it?") as the question itself: "when it starts?"."""
    words = asked.split()
    folded = [fold(w) for w in words]
    if _first_word(asked) not in _QUESTION_START:
        return _embedded_question(asked, by_verb=True) or asked  # "she wants to know how many episodes"
    if len(folded) >= 3 and folded[0] in _LISTENERS:
        return _embedded_question(asked, by_verb=True) or asked  # "anyone know when it starts?"
    if len(folded) < 4 or folded[0] not in _ASKING_VERBS or folded[1] not in _LISTENERS:
        return asked
    return _embedded_question(" ".join(words[1:])) or asked


def _without_own_remark(asked: str, rest: str) -> tuple[str, str]:
    """The question without the fan's remark run on after it: "what else has he done i feel like doctor
    who", "who plays nick and i blanked". Not when a title may start at the "i" ("who's in i may destroy
    you"), nor when the fan is the question's subject ("when can i watch it")."""
    words = asked.split()
    folded = [fold(w) for w in words]
    if _first_word(asked) not in _QUESTION_START:
        return asked, rest  # only a question has a remark run on after it
    for at in range(_QUESTION_BEFORE_REMARK, len(folded) - 1):
        if folded[at] not in ("i", "im", "ive") or folded[at + 1] not in _REMARK_VERBS:
            continue
        before = folded[at - 1]
        if before in _QUESTION_START or before in _TITLE_MAY_FOLLOW:
            continue
        kept = words[: at - 1] if before in ("and", "but", "so") else words[:at]
        return " ".join(kept), f"{rest} {' '.join(words[at:])}".strip()
    return asked, rest


def _question_sentence(text: str) -> tuple[str, str]:
    long = len(text.split()) >= _LONG_MESSAGE_WORDS
    text = _without_sign_off(text)
    taken_back = _TAKEN_BACK.search(text)
    if taken_back is not None and len(text[taken_back.end() :].split()) >= 3:
        # "what snacks should we get... jk just tell me the date": the joke is not the question, but what
        # came before it may name the show.
        asked, rest = _question_sentence(text[taken_back.end() :])
        return asked, f"{text[: taken_back.end()]} {rest}".strip()
    if not long:
        return _before_remarks(_sentences(_DASH.sub("\n", text))) or _after_chatty_clause(text)
    sentences = _sentences(text)
    if len(sentences) < 2:
        only = sentences[0] if sentences else text
        asked, before = _after_chatty_clause(only)  # "hope ur all well 💖💖 so did it get an emmy nom?"
        return (asked, before) if before else _unpunctuated(only)
    # "... also has anyone seen the bts pics?" asks the other fans, not Marquee.
    to_marquee = [s for s in sentences if not _asks_the_others(s)] or sentences
    starts = [s for s in to_marquee if _first_word(s) in _QUESTION_START]
    marked = [s for s in to_marquee if s.rstrip().endswith("?")]
    # "... is he still in it? i love him??": a statement asked back is weaker than a question.
    marked = [s for s in marked if not _states(s)] or marked
    worded = [s for s in marked if _asks_in_a_clause(s)]
    # A sentence that ends in "?" and asks with a question word beats an aside ending in "??", and one
    # ending with its question word ("season 3 comes out when?") beats a remark asked back ("I thought it
    # was September?"). Else the later of a sentence ending in "?" and one starting like a question:
    # "... in agatha all along?? when does that come out" asks last.
    asking = (
        [s for s in marked if s in starts]
        or worded
        or [s for s in marked if not _WH_START.isdisjoint(fold(s).split()[-3:])]
        or [s for s in to_marquee if s in marked or (s in starts and _asks(s))]
        or starts
    )
    if not asking:
        # "... He would like to know when the new series begins. I'd be grateful for any help."
        embedded = [(s, q) for s in sentences if (q := _embedded_question(s)) is not None]
        if embedded:
            said, question = embedded[-1]
            return question, " ".join(s for s in sentences if s is not said)
        return _unpunctuated(text)  # "... lmao. she wants to know how many episodes there are"
    chosen = asking[-1]
    at = next(i for i, s in enumerate(sentences) if s is chosen)
    if at and _asks_nothing_itself(chosen):
        # "We could not agree on who directed it. Could you settle it?": the question asks about the
        # sentence before it, which says what is asked ("... season 3. When?" keeps its question word).
        said = sentences[at - 1]
        rest = " ".join(sentences[: at - 1] + sentences[at + 1 :])
        if not _WH_START.isdisjoint(fold(chosen).split()):
            return f"{said} {chosen}", rest
        return _embedded_question(said) or said, rest
    asked, before = _after_chatty_clause(chosen)
    rest = " ".join(s for s in sentences if s is not chosen)
    return asked, f"{rest} {before}".strip()


def _before_remarks(sentences: list[str]) -> tuple[str, str] | None:
    """A short message's question and the remarks after it ("is the new season out??? i keep seeing
    spoilers"), greetings alone before it ("Hi hi. So, um, who plays nick? Sorry I'm shy"), or None when it
    is not a question followed by remarks only."""
    if len(sentences) < 2:
        return None
    at = 0
    while at < len(sentences) - 1 and (not _first_word(sentences[at]) or _talk_only(sentences[at])):
        at += 1  # "Hi hi.", "friend of mine keeps asking me." say nothing the question needs
    question, after = sentences[at], sentences[at + 1 :]
    if not after and not at:
        return None
    starts = _first_word(question) in _QUESTION_START
    if not question.rstrip().endswith("?") and not (starts and _asks(question)):
        return None
    if not all(_remarks(s) for s in after):
        return None
    asked, before = _after_chatty_clause(question)
    return asked, " ".join([*sentences[:at], before, *after]).strip()


def _talk_only(sentence: str) -> bool:
    """A sentence of talk before the question: no question mark, and the fan talks in its last clause
    ("quick one: hs3 or tlou s2" ends with what it is about); "my" counts in a sentence of four words or
    more ("ugh my memory is terrible")."""
    last = _without_openers(_CLAUSE_END.split(sentence.rstrip(" .!"))[-1])
    words = fold(last).split()
    mine = "my" in words and len(words) >= _SENTENCE_OF_MY
    return not sentence.rstrip().endswith("?") and (_talks(last) or mine)


def _remarks(sentence: str) -> bool:
    """A sentence that says something rather than asks: no question mark, and it neither starts like a
    question nor goes on with one ("and who directed it", "in heartstopper", "season 3"): "i keep seeing
    spoilers", "been wondering for days now haha", "no rush, just curious"."""
    said = [w for w in fold(sentence).split() if w not in _LEADING_FILLER]
    first = said[0] if said else ""  # "idk where else to ask lol" starts with "idk", not "where"
    return (
        not sentence.rstrip().endswith("?")
        and (first not in _QUESTION_START or not _asks(sentence))  # "what a legend" exclaims
        and first not in _GOES_ON
        and not any(c.isdigit() for c in sentence)
    )


def _states(sentence: str) -> bool:
    """A feeling with a question mark: "i love him??", "i'm so excited??", "she's so scary?" (a claim asked
    back, "it's on netflix right?", may be the question)."""
    words = [w for w in drop_chatter(fold(sentence).split()) if FAN_WORDS.get(w) != ()]
    if len(words) < 2 or not _WH_START.isdisjoint(words):
        return False
    return (words[0] in ("i", "im") and words[1] in _FEELINGS) or (
        words[0] in _THIRD_PERSONS and words[1] in _EXCLAIMING
    )


def _asks_the_others(sentence: str) -> bool:
    """A question to the other fans ("has anyone seen the bts pics?", "did anyone else cry?"), not one for
    Marquee ("does anyone know who plays nick" asks for a fact)."""
    words = set(fold(sentence).split())
    return bool(words & _OTHERS) and bool(words & _SHARED_EXPERIENCE) and not words & _ASKS_A_FACT


def _embedded_question(sentence: str, *, by_verb: bool = False) -> str | None:
    """The question a statement holds after a word that introduces one: "we could not agree on who directed
    it" -> "who directed it", "he would like to know when the new series begins". With `by_verb`, only a
    verb of knowing or asking introduces it ("the series X is in is on which network" holds none)."""
    words = sentence.split()
    folded = [fold(w) for w in words]
    if not folded or folded[0] in _QUESTION_START:
        return None
    introducers = (
        _INTRODUCES_A_QUESTION - _PREPOSITIONS_BEFORE_A_QUESTION if by_verb else _INTRODUCES_A_QUESTION
    )
    for i in range(2, len(folded) - 1):
        # "... know when it starts", "he asked me who plays nick"
        introduced = folded[i - 1] in introducers or (
            folded[i - 1] in _OBJECT_PRONOUNS and folded[i - 2] in introducers
        )
        if folded[i] in _WH_START and introduced:
            return " ".join(words[i:])
    return None


def _asks_nothing_itself(sentence: str) -> bool:
    """A question made only of function words and words about asking: "Any idea?", "Who's right?", "Could
    you settle it?", "When?" (what it asks about was said before it)."""
    words = [w for w in drop_chatter(fold(sentence).split()) if FAN_WORDS.get(w) != ()]
    return all(w in _QUESTION_START or w in _ASKING_ONLY for w in words)


def _asks(sentence: str) -> bool:
    """A question word followed as a question goes on ("when does that come out", "how many"), not an
    exclamation ("what a legend", "how cute is that")."""
    words = [w for w in fold(sentence).split() if w not in _LEADING_FILLER and FAN_WORDS.get(w) != ()]
    if not words or words[0] not in _WH_START:
        return bool(words) and words[0] in _QUESTION_START
    if words[0] in _WH_WITH_IS and len(words) > 1:
        return True  # "who's in it": the question word holds its verb
    if words[0] in ("what", "which") and len(words) > 2 and words[2] in _QUESTION_START:
        return True  # "what network is it on" ("what a legend" has no verb there)
    return len(words) > 1 and (words[1] in _QUESTION_START or words[1] in _WH_FOLLOWERS)


def _sentences(text: str) -> list[str]:
    """The message's sentences; one of punctuation, emoji or thanks alone ("??", "thx?") asks nothing, and
    a yes/no tail of its own ("hs3 on netflix? y/n") belongs to the sentence before."""
    out: list[str] = []
    for sentence in _SENTENCE_END.split(_LAUGH_ENDS.sub("\\1\n", text)):
        if not _says_something(sentence):
            continue
        if out and set(fold(sentence).split()[:2]) <= _TAIL_WORDS:  # "y/n asking for a friend"
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def _without_sign_off(text: str) -> str:
    """The message without a closing "Many thanks, Margaret" (a name that is no show's)."""
    found = _SIGN_OFF.search(text)
    return (
        text[: found.start()].rstrip()
        if found is not None and len(text[: found.start()].split()) >= 3
        else text
    )


def _after_chatty_clause(sentence: str) -> tuple[str, str]:
    """ "sorry for spamming today, last one i promise: who's directing season 3?" asks from its question
    clause; a clause before it that talks (the fan, an aside) is no part of the question, while "the guy who
    directed it, what else has he done" needs its first clause."""
    for boundary in _CLAUSE_END.finditer(sentence):
        before, clause = sentence[: boundary.start()], sentence[boundary.end() :]
        # Not when the words before ask already ("does anyone know which came first, agatha or slow horses
        # s4?", "who plays charlie? i swear he looks like my cousin, is that weird?").
        if "?" in before or _first_word(before) in _QUESTION_START or _asks_in_a_clause(before):
            break
        # A clause marked as a question asks even without a question word ("... but newberry other shows?"),
        # unless the fan talks in it too ("my sister says X but i think Y did, who's right?").
        marked = clause.rstrip().endswith("?") and not _talks(clause)
        asks = _first_word(clause) in _QUESTION_START or marked
        said = _LAUGH_ENDS.sub("\\1. ", _CLAUSE_END.split(before)[-1])  # "lol agatha or hs3 - which ..."
        last = _without_openers(re.split(r"[.!?]+\s*", said.strip(" .!?"))[-1])
        # A clause that opens with a determiner names something ("the other show we talked about, ...").
        names = fold(_without_openers(before)).split()[:1] in (
            ["the"],
            ["that"],
            ["this"],
            ["those"],
            ["these"],
        )
        if asks and _talks(last) and not names and not _asks_nothing_itself(clause):
            asked, more = _after_chatty_clause(
                clause
            )  # "sorry for spamming 😅 last one i promise: who's ..."
            return asked, f"{before} {more}".strip()
    return sentence, ""


def _without_openers(words_said: str) -> str:
    """The words past openers ("ok so agatha or hs3" is about agatha and hs3); "ok" alone is kept."""
    words = words_said.split()
    at = 0
    while at < len(words) - 1 and (
        fold(words[at]) in _LEADING_FILLER or FAN_WORDS.get(fold(words[at])) == ()
    ):
        at += 1
    return " ".join(words[at:])


def _talks(words_said: str) -> bool:
    """Words in which the fan talks (of themselves, to the others, a greeting, an aside): "sorry to be that
    person", "friend of mine keeps asking me", "hope ur all doing amazing"."""
    words = fold(words_said).split()
    return not _TALK.isdisjoint(words) or bool(_after_asides(words))


def closing_words(text: str) -> tuple[str, ...]:
    """The last two words of a message, asides and fillers after them left out: "on netflix or nah fr" and
    "y/n asking for a friend lol" end in "or nah" and "y n"."""
    words = fold(text).split()
    if words[-2:] == ["or", "not"]:
        return ("or", "not")  # a chatter phrase elsewhere, a yes/no tail here
    words = drop_chatter(words)
    while words and FAN_WORDS.get(words[-1]) == () and words[-1] not in _KEPT_AT_THE_END:
        words.pop()
    return tuple(words[-2:])


def _first_word(sentence: str) -> str:
    """The first word past fillers and chatter: "like when's it out?" starts with "whens", "does anyone know
    sooo i just rewatched it" with "i"."""
    said = drop_chatter(fold(sentence).split())
    words = [w for w in said if w not in _LEADING_FILLER and FAN_WORDS.get(w) != ()]
    return words[0] if words else ""


def _says_something(sentence: str) -> bool:
    return any(FAN_WORDS.get(w) != () for w in drop_chatter(fold(sentence).split()))


def _unpunctuated(text: str) -> tuple[str, str]:
    """A long chatty message with no sentence ends, cut where its question starts: at a question word ("...
    recommended salt marsh what channel is it on"), not a relative one ("the guy who plays charlie"), or
    right after an aside ("... random thought did it ever get nominated"). The rest may name a show. Only
    when the words before talk (greetings, "i", "my"): a catalog question may be long too."""
    words = text.split()
    folded = [fold(w) for w in words]
    if not folded or folded[0] in _QUESTION_START:
        return text, ""  # it starts as a question: "what else has the guy who directed it done"
    after_aside = _after_asides(folded)
    for i, word in enumerate(folded):
        polite = word in _POLITE_ASK and folded[i + 1 : i + 2] in (["you"], ["u"], ["someone"], ["anyone"])
        relative = i >= 2 and folded[i - 2] in _DETERMINERS  # "the guy who", "a dad whos"
        asks = (
            (word in _WH_START and not relative) or polite or (i in after_aside and word in _QUESTION_START)
        )
        topic = words[i - 1] in ("-", "–", "—")  # "agatha or heartstopper s3 - which is sooner"
        if asks and i >= _PREAMBLE_WORDS and not topic:
            if _CHATTY.isdisjoint(folded[:i]) and not any(j <= i for j in after_aside):
                return text, ""  # "the films that share actors with X were in which genres" is one question
            return " ".join(words[i:]), " ".join(words[:i])
    return text, ""


def _after_asides(folded: list[str]) -> set[int]:
    """Indexes of the words right after an aside phrase ("random thought", "as one does")."""
    found: set[int] = set()
    for i, word in enumerate(folded):
        for phrase in _CHATTER_BY_FIRST.get(word, ()):
            if tuple(folded[i : i + len(phrase)]) == phrase:
                found.add(i + len(phrase))
    return found


def _asks_in_a_clause(sentence: str) -> bool:
    """'the guy who directed it, what else has he done?': a clause of it starts like a question."""
    clauses = re.split(r"[,;:]", sentence)
    return any(_first_word(c) in _QUESTION_START for c in clauses)
