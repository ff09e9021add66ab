"""Talk around a fan's question: greetings, apologies and asides before it, remarks run on after it,
feelings with a question mark, questions to the other fans; which clause of a sentence asks."""

from __future__ import annotations

import re

from intents.known_words import DOMAIN_WORDS
from intents.ordinary_words import GREETINGS, everyday
from intents.text import STOPWORDS, fold
from intents.title_words import POINTING_WORDS
from intents.understand.chatter import FEELING_OPENERS, FEELING_REMARKS, IMPRESSIONS, OWN_VIEW
from intents.understand.context import YES_NO_TAILS
from intents.understand.fans_things import of_the_fans_things
from intents.understand.fanwords import FAN_WORDS
from intents.understand.normalize import _LEADING_FILLER, _PREAMBLE_WORDS, drop_chatter
from intents.understand.openers import opens_a_correction
from intents.understand.people_words import RELATIVES
from intents.understand.question_openers import QUESTION_START, WH_START
from intents.understand.reported_asks import reports_a_question
from intents.understand.sentences import (
    CLAUSE_END,
    EMOJI_ENDS,
    LAUGH_ENDS,
    SENTENCE_END,
    after_asides,
    asks,
    asks_in_a_clause,
    asks_nothing_itself,
    embedded_question,
    first_word,
    without_end_emoji,
)

_BRACKETED = re.compile(r"\(([^()]*)\)")
_AT_THE_END = re.compile(r"\s+[-–—]\s+|,\s+")  # where a remark after the question may start
_CLOSING_LAUGH = re.compile(r"\s+(?:lol|lmao|lmfao|haha+|hehe+)\W*$", re.IGNORECASE)
_POLITE_ASK = frozenset({"can", "could", "would"})
_DETERMINERS = frozenset("the a an this that my his her their our one".split())
# What a fan feels, said with a question mark after the question ("i love him??").
_FEELINGS = frozenset("love loved adore hate miss need so just literally really cant am dying crying".split())
_SENTENCE_OF_MY = 4
_GREETING_WORDS = 3  # a greeting and whom it greets: "hey team", "hello lovely people"
# Words a remark set off by a dash opens with ("- asking because i just finished the books").
REMARK_OPENERS = frozenset("asking because cause bc just lol lmao haha tbh ngl btw".split())
_THIRD_PERSONS = frozenset("hes shes its theyre thats he she it they that".split())
_EXCLAIMING = frozenset("so such really literally just too".split())
_DETERMINER_OPENINGS = (["the"], ["that"], ["this"], ["those"], ["these"])
# Words pointing back at something already talked about: a clause holding them names the question's subject.
_POINTS_BACK = re.compile(
    r"\b(?:the|that|this) (?:other|first|second|last|previous|earlier|same|former|latter)\b"
    r"|\b(?:back|return|going back|go back) to\b"
)
_PRONOUN_VERBS = tuple([w] for w in "is was s might may will gonna sounds could must has isnt".split())
_FEELING_WORD = tuple([w] for w in FEELING_OPENERS)
_BACK_PRONOUNS = frozenset("he she they him her them his their it its".split())
_THEY_WILL = frozenset(
    "shell hell theyll shed hed theyd shes hes theyre she he they we were".split()
)  # "she's ..."
_OTHERS = frozenset({"anyone", "anybody", "everyone", "everybody", "yall", "guys"})
_SHARED_EXPERIENCE = frozenset(
    "seen saw watched noticed read heard cried cry excited hyped agree think thinks feel love loved".split()
)
_ASKS_A_FACT = frozenset({"know", "knows", "remember", "tell", "name", "when", "who", "where", "which"})
# Words a sentence that goes on with the question before it starts with ("who plays nick? in heartstopper").
GOES_ON = frozenset(
    """and or also plus but in on for of from with about by at season seasons series the s""".split()
)
# The people a fan talks of: family, friends, the people they live and work with.
FANS_PEOPLE = RELATIVES | frozenset(
    """daughter son kids kid children wife husband partner roommate flatmate housemate coworker colleague
    niece nephew granddaughter grandson gran granny nana bf gf""".split()
)
# Words a fan asks or thanks with: a bracketed aside holding one is talk ("(serious answers only pls)").
COURTESY = frozenset("please pls plz thanks thx ty tysm".split())
CHATTY = GREETINGS | frozenset(
    """i im ive id ill dear hi hiya hey heyy hello evening morning afternoon guys everyone lol omg ok okay
    sooo anyway honestly""".split()
)
# Words of talk around a question ("my" and "us" are left out: titles hold them, "The Last of Us"); a
# reaction said alone ("wow. riveting. and the locke one?") among them.
TALK = (
    CHATTY
    | FANS_PEOPLE
    | frozenset(
        """me mine myself we sorry hope ur u random weird dumb silly question bother settle
        anyone cool nice awesome wow haha hahaha thanks thank thx ty perfect gotcha
        riveting fascinating interesting amazing brilliant lovely wonderful neat fab boring""".split()
    )
)


def without_talk_aside(text: str) -> tuple[str, str]:
    """The message without talk set off at its end by a dash, a comma or a laugh, or by brackets: "salt marsh
    s2 ep count - asking because i just finished the books", "what else has he done, i can never remember",
    "(asking for trivia)"."""
    said: list[str] = []
    for bracketed in _BRACKETED.findall(text):
        words = fold(bracketed).split()
        # "(serious answers only pls)", "(no spoilers please)": a courtesy marks the fan's request as talk
        if talks(bracketed) or words[:1] in ([w] for w in REMARK_OPENERS) or not COURTESY.isdisjoint(words):
            said.append(bracketed)
            text = text.replace(f"({bracketed})", " ")
    marked = LAUGH_ENDS.sub("\\1 - ", text)
    last = max(_AT_THE_END.finditer(marked), key=lambda m: m.start(), default=None)
    remark = marked[last.end() :] if last is not None else ""
    before = marked[: last.start()] if last is not None else ""
    # One sentence of remark: "ngl i forgot, ok listen. LISTEN. the new season ..." has its question after.
    # An emoji ends a sentence too: "me again lol sorry for spamming 😅 andor s2 out yet" asks after it.
    # A laugh closing it stays in it: "..., greetings from the philippines 🇵🇭 hehe".
    closed = _CLOSING_LAUGH.sub("", remark.strip())
    one_sentence = len(SENTENCE_END.split(EMOJI_ENDS.sub("\\1\n", closed))) == 1
    if len(before.split()) >= 2 and one_sentence and remark_after(remark):
        said.append(remark)
        text = before
    return " ".join(text.split()), " ".join(said)


def remark_after(words_said: str) -> bool:
    """Words after the question that talk rather than ask: they open with the fan or a remark ("i can never
    remember", "my mum wants to know", "asking because ..."), ask nothing, and correct nothing ("i mean
    season 3")."""
    words = fold(words_said).split()
    if (
        not words
        or "?" in words_said
        or not WH_START.isdisjoint(words)
        or words[:2] in (["i", "mean"], ["i", "meant"])
        or opens_a_correction(words)  # "my bad, i was thinking of agatha"
    ):
        return False
    opens = words[0] in TALK | REMARK_OPENERS | _THEY_WILL | FEELING_REMARKS or words[0] == "my"
    return opens and first_word(words_said) not in QUESTION_START


def talk_only(sentence: str) -> bool:
    """A sentence of talk before the question: no question mark, and the fan talks in its last clause
    ("quick one: hs3 or tlou s2" ends with what it is about); "my" counts in a sentence of four words or
    more ("ugh my memory is terrible")."""
    # Emoji at its end close the sentence ("sorry for spamming today 😅"): its last clause is before them.
    last = without_openers(CLAUSE_END.split(without_end_emoji(sentence).rstrip(" .!"))[-1])
    words = fold(last).split()
    mine = "my" in words and len(words) >= _SENTENCE_OF_MY
    return not sentence.rstrip().endswith("?") and (talks(last) or mine)


def remarks(sentence: str) -> bool:
    """A sentence that says something rather than asks: no question mark, and it neither starts like a
    question nor goes on with one ("and who directed it", "in heartstopper", "season 3"): "i keep seeing
    spoilers", "been wondering for days now haha", "no rush, just curious"."""
    said = [w for w in fold(sentence).split() if w not in _LEADING_FILLER]
    first = said[0] if said else ""  # "idk where else to ask lol" starts with "idk", not "where"
    return (
        not sentence.rstrip().endswith("?")
        and (first not in QUESTION_START or not asks(sentence))  # "what a legend" exclaims
        and first not in GOES_ON
        and not any(c.isdigit() for c in sentence)
    )


def states(sentence: str) -> bool:
    """A feeling with a question mark: "i love him??", "i'm so excited??", "she's so scary?" (a claim asked
    back, "it's on netflix right?", may be the question)."""
    words = [w for w in drop_chatter(fold(sentence).split()) if FAN_WORDS.get(w) != ()]
    if len(words) < 2 or not WH_START.isdisjoint(words):
        return False
    return (words[0] in ("i", "im") and words[1] in _FEELINGS) or (
        words[0] in _THIRD_PERSONS and words[1] in _EXCLAIMING
    )


def asks_the_others(sentence: str) -> bool:
    """A question to the other fans ("has anyone seen the bts pics?", "did anyone else cry?", "is it just me
    or did s2 feel shorter?"), not one for Marquee ("does anyone know who plays nick" asks for a fact)."""
    folded = fold(sentence).split()
    words = set(folded)
    if OWN_VIEW.match(" ".join(w for w in folded if w not in _LEADING_FILLER)):
        # The fan checks an impression of theirs with the others; a fact checked that way is still asked
        # ("is it just me or is s3 out on october 3?").
        return not words.isdisjoint(IMPRESSIONS) or not words.isdisjoint(_COMPARING)
    return bool(words & _OTHERS) and bool(words & _SHARED_EXPERIENCE) and not words & _ASKS_A_FACT


def after_chatty_clause(sentence: str) -> tuple[str, str]:
    """ "sorry for spamming today, last one i promise: who's directing season 3?" asks from its question
    clause; a clause before it that talks (the fan, an aside) is no part of the question, while "the guy who
    directed it, what else has he done" needs its first clause."""
    for boundary in CLAUSE_END.finditer(sentence):
        before, clause = sentence[: boundary.start()], sentence[boundary.end() :]
        # Not when the words before ask already ("does anyone know which came first, agatha or slow horses
        # s4?", "who plays charlie? i swear he looks like my cousin, is that weird?", "curious who X is").
        asks_before = "?" in before or first_word(before) in QUESTION_START or asks_in_a_clause(before)
        if asks_before or embedded_question(before, by_verb=True) is not None:
            # Unless the question before is one someone else asked, told in the fan's story: the fan's own
            # may follow ("she asked where to watch it and i said netflix but i doubted myself, is it on
            # netflix?"), in this clause or a later one.
            if "?" in before or not reports_a_question(before):
                break
            if first_word(clause) not in QUESTION_START or not clause.rstrip().endswith("?"):
                continue
        if tuple(fold(clause).split()) in YES_NO_TAILS:
            break  # "i can watch seasons 1 and 2 now, yeah?": the tag asks back the clause before it
        # A clause marked as a question asks even without a question word ("... but newberry other shows?"),
        # unless the fan talks in it too ("my sister says X but i think Y did, who's right?").
        marked = clause.rstrip().endswith("?") and not talks(clause)
        asking = first_word(clause) in QUESTION_START or marked
        # "lol agatha or hs3 - which ...": the last clause said ("obvious, but which": the comma ends none)
        said = LAUGH_ENDS.sub("\\1. ", _last_clause(before))
        last = without_openers(re.split(r"[.!?]+\s*", said.strip(" .!?"))[-1])
        # A clause that opens with a determiner names something ("the other show we talked about, ..."),
        # unless it is a pronoun a verb follows ("this is gonna sound dumb but ...").
        opening = fold(without_openers(before)).split()
        opening = opening[1:3] if opening[:1] == ["and"] else opening[:2]  # "and the other one, who's in it?"
        names = opening[:1] in _DETERMINER_OPENINGS and opening[1:2] not in _PRONOUN_VERBS
        names = names or _POINTS_BACK.search(fold(before)) is not None  # "back to the other one, ..."
        feels = fold(last).split()[:1] in _FEELING_WORD and _BACK_PRONOUNS.isdisjoint(fold(clause).split())
        talk = talks(last) or everyday_talk(last) or feels or of_the_fans_things(last)  # "obsessed with ..."
        greeted = fold(before).split()
        # "Hey team, ...", "hello lovely people, ...": a greeting and whom it greets
        talk = talk or (len(greeted) <= _GREETING_WORDS and greeted[:1] != [] and greeted[0] in GREETINGS)
        if asking and talk and not names and not asks_nothing_itself(clause):
            asked, more = after_chatty_clause(clause)  # "sorry for spamming 😅 last one i promise: who's ..."
            return asked, f"{before} {more}".strip()
    return sentence, ""


def _last_clause(words_said: str) -> str:
    return next((c for c in reversed(CLAUSE_END.split(words_said)) if c.strip()), "")


def without_openers(words_said: str) -> str:
    """The words past openers ("ok so agatha or hs3" is about agatha and hs3); "ok" alone is kept."""
    words = words_said.split()
    at = 0
    while at < len(words) - 1 and (
        fold(words[at]) in _LEADING_FILLER or FAN_WORDS.get(fold(words[at])) == ()
    ):
        at += 1
    return " ".join(words[at:])


_COMPARING = frozenset(
    """more most less least fewer higher highest lower lowest better best worse worst bigger smaller longer
    shorter earlier later sooner newer older""".split()
)


def everyday_talk(words_said: str) -> bool:
    """Words of everyday talk alone, with no name in them ("crying screaming throwing up", "been out of the
    loop for months", "the bts photo is too cute"): what a fan says before a question, not its subject."""
    words = [w for w in fold(words_said).split() for w in FAN_WORDS.get(w, (w,))]
    if not _COMPARING.isdisjoint(words):
        return False  # "more episodes: hs or andor?": what a comparison weighs, not talk
    # The parts of a show fans talk of ("the soundtrack is so good") name nothing either.
    said = [w for w in words if w not in STOPWORDS and w not in DOMAIN_WORDS and w not in POINTING_WORDS]
    # A number may be the season or the date asked about ("season 3. when?"): no talk.
    return bool(said) and all(everyday(w) for w in said)


def talks(words_said: str) -> bool:
    """Words in which the fan talks (of themselves, to the others, a greeting, an aside): "sorry to be that
    person", "friend of mine keeps asking me", "hope ur all doing amazing"."""
    words = fold(words_said).split()
    return not TALK.isdisjoint(words) or bool(after_asides(words))


def unpunctuated(text: str) -> tuple[str, str]:
    """A long chatty message with no sentence ends, cut where its question starts: at a question word ("...
    recommended salt marsh what channel is it on"), not a relative one ("the guy who plays charlie"), or
    right after an aside ("... random thought did it ever get nominated"). The rest may name a show. Only
    when the words before talk (greetings, "i", "my"): a catalog question may be long too."""
    words = text.split()
    folded = [fold(w) for w in words]
    if not folded or folded[0] in QUESTION_START:
        return text, ""  # it starts as a question: "what else has the guy who directed it done"
    after_aside = after_asides(folded)
    for i, word in enumerate(folded):
        polite = word in _POLITE_ASK and folded[i + 1 : i + 2] in (["you"], ["u"], ["someone"], ["anyone"])
        relative = i >= 2 and folded[i - 2] in _DETERMINERS  # "the guy who", "a dad whos"
        # A question word written with a capital after lower-case words starts a sentence ("... to my
        # surprise Is Olivia Colman in it").
        capital = i > 0 and words[i][:1].isupper() and words[i - 1][:1].islower() and word in QUESTION_START
        starts_question = (
            (word in WH_START and not relative)
            or polite
            or capital
            or (i in after_aside and word in QUESTION_START)
        )
        topic = words[i - 1] in ("-", "–", "—")  # "agatha or heartstopper s3 - which is sooner"
        if starts_question and i >= _PREAMBLE_WORDS and not topic:
            if CHATTY.isdisjoint(folded[:i]) and not any(j <= i for j in after_aside):
                return text, ""  # "the films that share actors with X were in which genres" is one question
            return " ".join(words[i:]), " ".join(words[:i])
    return text, ""
