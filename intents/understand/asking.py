"""Which part of a fan's message asks: the question sentence of a long message, cut from chatter, asides,
sign-offs and jokes taken back, and the words a message closes with (a yes/no tail like "or nah")."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.asked_clause import settled
from intents.understand.clause_choice import chosen_clause
from intents.understand.clause_evidence import evidence
from intents.understand.closings import without_edit_note
from intents.understand.held_names import NamesOf, cuts_a_name, hold, release
from intents.understand.own_remarks import without_own_remark
from intents.understand.plural_references import with_thing_named_before
from intents.understand.pointed_descriptions import with_description_named_before
from intents.understand.pointed_places import with_pointed_show_placed
from intents.understand.question_marks import with_question_mark
from intents.understand.question_openers import QUESTION_START
from intents.understand.question_sentence import TELL_ME, lead_in, question_sentence
from intents.understand.quoted_asks import quoted_ask
from intents.understand.sentences import embedded_question, first_word
from intents.understand.sentences import sentences as split_sentences
from intents.understand.talk import without_talk_aside
from intents.understand.talk_before import before_reason, before_yes_no_tail, told_label
from intents.understand.todays_date_tails import without_todays_date

# Words that mark talk around a question rather than a part of it: the fan speaking of themselves, greetings.
# ("my", "me", "our" are left out: titles hold them, "My Blue Heaven", "The Heart of Me".)
# The fan's own alternative after a yes/no question: "... or am i too early", "... or if i imagined it"; or
# the claim doubted ("... or did she make that up", "... or is he wrong"), whose verbs ask nothing.
_OWN_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:if\s+|whether\s+)?(?:(?:am|do|did|was|have|should|must|can|could|will|shall)\s+(?:i|we)|i|im|i'm|we"
    r"|(?:did|does|is|was|are|were|has|have)\s+(?:\S+\s+){0,3}?(?:make|made|making|imagin\w*|wrong|lying|confus\w*"
    r"|mistaken|joking|trolling|fake|rumou?r\w*)\b)"
    r"\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_FAN_HERE = re.compile(r"^\W*((?:\S+\s+){1,6}?fans?\s+here)\b[^\w]*", re.IGNORECASE)
_LABEL = re.compile(r"^([^:?!.]{1,60}):\s+")
# Words a label before a colon may hold ("URGENT (not really):", "quick q:"): nothing the question needs.
_LABEL_WORDS = frozenset(
    """urgent quick q qq question random serious important help pls please not really ok okay so hi hey hello
    psa genuine honest dumb real talk lol sorry bot marquee guys all everyone one more last thing also btw
    friends yall ya ok quiz trivia time""".split()
)
# A topic put first, set off by a comma ("For Heartstopper specifically, is ...", "As for season 3, who ..."):
# it says what the question is about and asks nothing itself.
_FRONTED_TOPIC = re.compile(
    r"^\W*(?:as for|for|regarding|speaking of|when it comes to)\s+([^,?!.:;]{1,40}?)"
    r"(?:\s+(?:specifically|in particular|particularly|especially))?,\s+",
    re.IGNORECASE,
)
# The last word of a label of the fan's own words before a colon ("Trivia check:", "Bit of background:").
_LABEL_HEADS = frozenset(
    """check quiz test question q poll trivia note update reminder context background confession psa short
    disclaimer""".split()
)
_LABEL_REACH = 3  # words in such a label: "long story short"
# Words going on from a label's head to say what it is for: "background check before an interview".
_LABEL_GOES_ON = frozenset("before for about on re regarding after ahead during from".split())


def _headed_label(label: list[str]) -> bool:
    """ "Background check before an interview with the cast", "context for my question": a label's head and
    what it is for (which may name the show, and is kept as talk)."""
    heads = [i for i, w in enumerate(label[:_LABEL_REACH]) if w in _LABEL_HEADS]  # "background check"
    going_on = label[heads[-1] + 1 : heads[-1] + 2] if heads else []
    return going_on != [] and going_on[0] in _LABEL_GOES_ON


_SENTENCE_END = re.compile(r"[.?!]\s")
_OR_SENTENCE = re.compile(r"^\W*or\s+(?:did|has|have|is|was|are|do|does|will|maybe|not)\b", re.IGNORECASE)
_WHAT_TO_SAY = re.compile(
    r"\W*(?:so |and |ok |okay )?(?:what|how) (?:do|should|shall|can|would) (?:i|we) (?:tell|say|answer|reply|"
    r"respond)\b",
    re.IGNORECASE,
)
# "... but back to heartstopper, ...": the fan returns to the subject after other talk.
_BACK_TO = re.compile(r"[\s,]*\b(?:but|anyway|anyways|ok|okay)\W+(?=back to\b)", re.IGNORECASE)
# A sentence that says the question before it again in other words ("like, whose brain do i thank for this").
_RESTATED = re.compile(r"^\W*(?:like|i mean|as in)\b", re.IGNORECASE)
# The same said again in a clause of the question's own sentence: "..., like the ones besides the leads".
_RESTATED_CLAUSE = re.compile(r",\s+(?:like|as in)\s+(?=\S+\s+\S)", re.IGNORECASE)


def _asks_after(words_said: str) -> bool:
    """Whether the words from "back to ..." on hold a question ("back to heartstopper, what's ..."), not
    the fan going back to their own things ("anyway back to my essay 😭")."""
    words = fold(words_said).split()
    return len(words) >= 3 and ("?" in words_said or not QUESTION_START.isdisjoint(words[2:]))


_NARROWING_WORDS = 3  # "like which character?", "as in what role?"


def _restates(question: str, restated: str) -> bool:
    """A question, then the same said again without a question mark ("like whose brain do i thank for
    this") or narrowed to a few words ("like which character?"); "like when it's out?" asks anew, and is
    the one to answer."""
    if not question.rstrip().endswith("?"):
        return False
    narrowed = fold(_RESTATED.sub("", restated)).split()
    fragment = len(narrowed) <= _NARROWING_WORDS and narrowed[:1] in (["which"], ["what"])
    return not restated.rstrip().endswith("?") or fragment


_ASKING_VERBS = frozenset({"do", "does", "did", "can", "could", "would", "will", "may"})
_LISTENERS = frozenset({"you", "u", "ya", "anyone", "anybody", "someone", "somebody", "marquee"})


def question_part(text: str, names: NamesOf | None = None) -> tuple[str, str]:
    """Split a message into the words that ask and the rest (which may name the show).

    "I love this show so much. My sister keeps asking me. When is the new season out?" asks in its last
    sentence; "is s3 out yet or am i too early" asks before the fan's own alternative; a short question is
    returned whole, but for remarks after it ("who plays charlie? he's so good"). Marks inside names
    ("J.K. Simmons", "Arise, My Love" when `names` knows it) split nothing (intents.understand.held_names).
    """
    held = hold(without_edit_note(text), names)  # "is s3 out?\nedit: typo": the note is dropped whole
    asked, rest = chosen_clause(*settled(held, *_question_part(held)), names)
    asked, rest = quoted_ask(asked, rest) or (asked, rest)  # '"hs3 release date" ... can someone tell me'
    said_today = "it" in asked or "today" in asked or "we" in asked  # "its october 10", "today is the 5th"
    if said_today and (undated := without_todays_date(asked)) is not None:
        asked, rest = undated[0], f"{rest} {undated[1]}".strip()  # "is s3 out yet its october 10"
    if rest and cuts_a_name(held, asked, names):
        return text, ""  # "who is in You Will Be My Son": "my son" is the title's end, not a remark
    talk = release(rest)
    asked = with_question_mark(release(asked))  # "s3 director = andy newberry 🤔" asks back
    asked = with_thing_named_before(asked, talk)  # "bafta noms. what were they for?"
    if talk:
        asked = with_pointed_show_placed(asked)  # "... role in marvel. when does this series begin on d+"
    return with_description_named_before(asked, talk), talk  # "... the actor's name for nick - who is that?"


# "was just telling my coworker ...", "been wondering all day ...": the fan's own statement with its "i" left
# out, whose auxiliary would read as a yes/no question's first word.
_DROPPED_I = re.compile(
    r"^(\W*)(?=(?:was|been|am|have been|had been)\s+(?:just\s+|literally\s+|really\s+|actually\s+|so\s+)?"
    r"[a-z]+ing\b)",
    re.IGNORECASE,
)


# A shrug closing the question ("who is the showrunner of slow horses or whatever"): no other choice offered.
# After an example ("what day was that, like monday or whatever") it says the example is only one.
_SHRUG = re.compile(r"\s+or\s+whatever\W*$", re.IGNORECASE)
_EXAMPLE = re.compile(r"\blike\s+\S+$", re.IGNORECASE)


def _question_part(text: str) -> tuple[str, str]:
    text = _DROPPED_I.sub(r"\1I ", text, count=1)
    shrug = _SHRUG.search(text)
    if shrug is not None and _EXAMPLE.search(text[: shrug.start()]) is None:
        text = text[: shrug.start()]  # "who is the showrunner of slow horses or whatever"
    text, said = without_talk_aside(text)
    if (tailed := before_yes_no_tail(text) or before_reason(text)) is not None:
        text, said = tailed[0], f"{tailed[1]} {said}".strip()  # "... or nah bc i need to plan my week"
    fan = _FAN_HERE.match(text)
    if fan is not None and len(text[fan.end() :].split()) >= 3:
        # "Orlando Bloom fan here 💕 who does he play ...": whose fan says whom "he" means
        text, said = text[fan.end() :], f"{fan.group(1)}. {said}".strip()
    led = _LABEL.match(text)
    label = fold(led.group(1)).split() if led is not None else []
    # "Trivia check:", "Pop quiz:", "Bit of background:": a few words ending in what a label is called
    labelled = (
        set(label) <= _LABEL_WORDS
        or (len(label) <= _LABEL_REACH and label[-1] in _LABEL_HEADS)
        or _headed_label(label)
    )
    after = text[led.end() :].rstrip() if led is not None else ""
    # "Trivia check: the critics score is 98%, correct?": one claim asked back after the label
    asked_back = after.endswith("?") and _SENTENCE_END.search(after[:-1]) is None
    asks = led is not None and (first_word(after) in QUESTION_START or asked_back)
    if led is not None and label and not labelled and told_label(led.group(1), after):
        # "Asking here since the other server is dead: is s3 out", "Kindly advise: andor s2 dirs": the
        # fan's own talk before the colon, the question (or its shorthand) after it
        labelled = asks = True
    if led is not None and label and labelled and asks:
        # "URGENT (not really): what day ...", "quick q: who ...": the label before the colon asks nothing
        text, said = text[led.end() :], f"{led.group(1)}. {said}".strip()
    back = _BACK_TO.search(text)
    if back is not None and back.start() > 0 and _asks_after(text[back.end() :]):
        # "agatha looks fun too but back to heartstopper, what's ...": the talk before it is set aside
        text, said = text[back.end() :], f"{text[: back.start()]}. {said}".strip()
    parts = split_sentences(text)
    if len(parts) >= 2 and _WHAT_TO_SAY.match(parts[-1]):
        # "... asked me who directed it. what do i tell her?" asks what to say: the question is before it.
        text, said = " ".join(parts[:-1]), f"{said} {parts[-1]}".strip()
    elif len(parts) >= 2 and _RESTATED.match(parts[-1]) and _restates(parts[-2], parts[-1]):
        # "who even came up with nick and charlie?? like whose brain do i thank": the question, said again
        text, said = " ".join(parts[:-1]), f"{said} {parts[-1]}".strip()
    elif len(parts) >= 2 and any(
        _OR_SENTENCE.match(p) and parts[i - 1].rstrip().endswith("?") for i, p in enumerate(parts) if i
    ):
        # "... is still October 3rd, right? Or did they move it?": the fan's other thought, no new question
        kept = [p for i, p in enumerate(parts) if not (i and _OR_SENTENCE.match(p))]
        dropped = [p for p in parts if p not in kept]
        text, said = " ".join(kept), f"{said} {' '.join(dropped)}".strip()
    asked, rest = _without_fronted_topic(*question_sentence(text))
    rest = f"{rest} {said}".strip()
    indirect = _indirect(asked)
    # The words before an indirect question may name its subject ("my mum loves Andor, she wants to know
    # how many episodes"): they stay beside it.
    asked, rest = indirect, f"{lead_in(asked, indirect)} {rest}".strip()
    asked, rest = _after_talk_but(asked, rest)
    restated = _RESTATED_CLAUSE.search(asked)
    if (
        restated is not None
        and first_word(asked) in QUESTION_START
        and len(asked[: restated.start()].split()) >= 3
        # "like is it ok for a 12 year old" asks anew; "like was it one person or a bunch of people" only
        # narrows the question before it (it carries no cue, number or name of its own)
        and (
            first_word(asked[restated.end() :]) not in QUESTION_START
            or not evidence(asked[restated.end() :], None)
        )
    ):
        # "who's in the main cast, like the ones besides the two main boys": the question said again
        asked, rest = asked[: restated.start()], f"{rest} {asked[restated.end() :]}".strip()
    alternative = _OWN_ALTERNATIVE.search(asked)
    if alternative is not None and len(asked[: alternative.start()].split()) >= 2:
        marked = "?" if asked.rstrip().endswith("?") else ""  # the check keeps its question mark
        return asked[: alternative.start()] + marked, f"{rest} {asked[alternative.start() :]}".strip()
    return without_own_remark(asked, rest)


def _without_fronted_topic(asked: str, rest: str) -> tuple[str, str]:
    """ "For Heartstopper specifically, is Andy Newberry ...": the topic put first goes with the talk around
    the question, where it still names the show."""
    topic = _FRONTED_TOPIC.match(asked)
    if (
        topic is None
        or first_word(asked[topic.end() :]) not in QUESTION_START
        or _WH.intersection(fold(topic.group(1)).split())
        # "regarding 1923, is there a season 3": a number put first stays with its question, whose number
        # frames read it as the title (intents.number_titles); alone in the talk it would read as a year.
        or fold(topic.group(1)).replace(" ", "").isdigit()
    ):
        return asked, rest
    return asked[topic.end() :], f"{topic.group(1)}. {rest}".strip()


# "not sure if this is the right channel but when's hs3", "sorry to be that person, but who ...": talk, "but",
# then the question.
_BUT = re.compile(r",?\s+but\s+", re.IGNORECASE)
_WH = frozenset("who whos what whats when whens where wheres which how".split())


def _after_talk_but(asked: str, rest: str) -> tuple[str, str]:
    """The question after "but" when the words before it ask nothing (no question word, no question mark):
    those words go with the talk around it, where a show they name is still the subject."""
    but = _BUT.search(asked)
    if but is None or first_word(asked[but.end() :]) not in QUESTION_START:
        return asked, rest
    talk = asked[: but.start()]
    if "?" in talk or len(talk.split()) < 2 or not _WH.isdisjoint(fold(talk).split()):
        return asked, rest
    return asked[but.end() :], f"{talk}. {rest}".strip()


# Someone's yes/no question reported as they put it, with no "if": "he says is season 3 out", "my mum asked,
# does it have subtitles?".
_REPORTED_ASK = re.compile(
    r"^\W*(?:my\s+)?\w+\s+(?:says|said|asks|asked|goes|wonders|wants\s+to\s+know)\W*\s+"
    r"(?=(?:is|are|was|were|do|does|did|has|have|will|can|could)\s+\S+\s+\S)",
    re.IGNORECASE,
)


def _indirect(asked: str) -> str:
    """The question asked of the listener ("do you know when it starts?", "would you be so kind as to tell
    me who directed it?") as the question itself: "when it starts?"."""
    words = asked.split()
    folded = [fold(w) for w in words]
    if first_word(asked) not in QUESTION_START:
        reported = _REPORTED_ASK.match(asked)  # "he says is season 3 out": the question he asks
        # "she wants to know how many episodes"
        return embedded_question(asked, by_verb=True) or (asked[reported.end() :] if reported else asked)
    if len(folded) >= 3 and folded[0] in _LISTENERS:
        return embedded_question(asked, by_verb=True) or asked  # "anyone know when it starts?"
    if len(folded) < 4 or folded[0] not in _ASKING_VERBS or folded[1] not in _LISTENERS:
        return asked
    embedded = embedded_question(" ".join(words[1:]))
    told = TELL_ME.search(asked)
    handed = asked[told.end() :].split() if told is not None else []
    if embedded is None and len(handed) >= 2 and fold(handed[0]) not in ("if", "whether"):
        return " ".join(handed)  # "... tell me its premiere date": what it asks for
    return embedded or asked
