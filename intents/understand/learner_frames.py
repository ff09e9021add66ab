"""Questions in the frames English learners carry over from their first language, read as the plain question.

Each frame is data, not a sentence: a verb a learner makes into a noun after "make" or "do" ("who makes
the direction of season 3", Spanish "hacer la dirección"; "who does the role of nick", Portuguese "fazer o
papel"), "how is the name of" (Spanish "cómo se llama", German "wie heißt"), "when will be the premiere"
(a verb before its subject, French and Spanish order), "for how many awards it was nominated" (a
preposition fronted with the question and the subject before its verb), "who all are in it" (Indian
English), "plays together with" (German "spielt zusammen mit"). Words only a learner's first language has
are in `fanwords.py`.
"""

from __future__ import annotations

from enum import Enum

from intents.understand.question_openers import QUESTION_START


class _Tense(Enum):
    """The form of the light verb, which the verb it stands for takes."""

    PRESENT = 0
    PAST = 1
    ING = 2


# "make"/"do" carry no meaning before a noun made of a verb: the noun's verb, in the light verb's tense.
_LIGHT_VERBS: dict[str, _Tense] = {
    "make": _Tense.PRESENT,
    "makes": _Tense.PRESENT,
    "do": _Tense.PRESENT,
    "does": _Tense.PRESENT,
    "made": _Tense.PAST,
    "did": _Tense.PAST,
    "making": _Tense.ING,
    "doing": _Tense.ING,
}
# A noun made of a verb -> the verb in each tense (present, past, -ing).
_NOUN_VERBS: dict[str, tuple[str, str, str]] = {
    "direction": ("directs", "directed", "directing"),
    "directing": ("directs", "directed", "directing"),
    "role": ("plays", "played", "playing"),
    "part": ("plays", "played", "playing"),
    "character": ("plays", "played", "playing"),
    "script": ("writes", "wrote", "writing"),
    "screenplay": ("writes", "wrote", "writing"),
    "creation": ("creates", "created", "creating"),
}
# Nouns for a part played, and words asking for whoever plays one ("the actor who make the character X").
_ROLE_NOUNS = frozenset({"role", "part", "character"})
_ACTOR_WORDS = frozenset({"actor", "actress", "actors", "actresses"})
# Learners' words for a show's parts and people taken from their first language: a season is "temporada"
# (Spanish, Portuguese), "staffel" (German), "saison" (French); a director "realizador", "realisateur"
# (French "réalisateur"), "regisseur" (German); an episode a "chapter" (Spanish "capítulo"). Read as fans'
# words are (fanwords.FAN_WORDS): never inside a known name.
FIRST_LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "temporada": ("season",),
    "temporadas": ("seasons",),
    "staffel": ("season",),
    "saison": ("season",),
    "realisator": ("director",),
    "realizator": ("director",),
    "realisateur": ("director",),
    "realizador": ("director",),
    "regisseur": ("director",),
    "chapter": ("episode",),
    "chapters": ("episodes",),
    "estreno": ("premiere",),
    "estreia": ("premiere",),
    "elenco": ("cast",),
    "reparto": ("cast",),
}
_ARTICLES = frozenset({"the", "a", "an"})
# Question words a learner puts "will be" right after ("when will be the premiere").
_ASKED_LAST_BE = frozenset({"when", "where"})
_SUBJECTS = frozenset("it he she they".split())
_BE_FORMS = frozenset("was is has".split())
_FRONTED = frozenset({"for", "to", "at", "in", "with"})  # "for how many awards", "to how many prizes"
_COUNTS = frozenset({"many", "much"})
_SUBJECT_REACH = 8  # words from "how" to the helper verb after a learner's subject
_PARTICIPLE_ENDS = ("ed", "en", "won", "got")  # "nominated", "given", "won"
# Whole phrases read as the plain phrase.
_PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("how", "is", "the", "name", "of"): ("what", "is", "the", "name", "of"),
    ("how", "is", "called"): ("what", "is", "the", "name", "of"),
    ("how", "is", "named"): ("what", "is", "the", "name", "of"),
    ("how", "is", "it", "called"): ("what", "is", "it", "called"),
    ("how", "it", "is", "called"): ("what", "is", "it", "called"),
    ("who", "all"): ("who",),
    ("what", "all"): ("what",),
    ("together", "with"): ("with",),
    # Playing with someone is starring with them: "who plays (together) with joe locke".
    ("who", "plays", "with"): ("who", "stars", "with"),
    ("who", "play", "with"): ("who", "stars", "with"),
    ("who", "acts", "with"): ("who", "stars", "with"),
    ("acting", "with"): ("starring", "with"),
    # Acting in a show is starring in it ("who all are acting in it", "whos actin in hs").
    ("who", "is", "acting"): ("who", "is", "starring"),
    ("who", "are", "acting"): ("who", "are", "starring"),
    ("whos", "acting"): ("whos", "starring"),
    ("who", "is", "actin"): ("who", "is", "starring"),
    ("who", "are", "actin"): ("who", "are", "starring"),
    ("whos", "actin"): ("whos", "starring"),
    ("actin", "with"): ("starring", "with"),
    ("spin", "of", "from"): ("spin", "off", "from"),  # "which show did it spin of from"
}
# The question word last, where a learner's language puts it ("he is called how?", Spanish "se llama
# cómo", German "er heißt wie"): "what is he called".
_PHRASES.update(
    {
        (subject, be, naming, "how"): ("what", be, subject, naming)
        for subject, be in (("he", "is"), ("she", "is"), ("it", "is"), ("they", "are"), ("he", "was"))
        for naming in ("called", "named")
    }
)
# The people acting in a show are its cast ("the people that are acting in the series", "the persons who
# act in it"); a writing credit is its writer ("writing credits on heartstopper?").
_PHRASES.update(
    {
        (people, *relative, acting, "in"): ("cast", "of")
        for people in ("people", "persons", "actors", "actresses")
        for relative, acting in (
            *(((), verb) for verb in ("acting", "starring")),
            *(((rel, "are"), verb) for rel in ("that", "who") for verb in ("acting", "starring", "playing")),
            *(((rel,), verb) for rel in ("that", "who") for verb in ("act", "star")),
        )
    }
)
_PHRASES.update({("writing", "credit"): ("writer",), ("writing", "credits"): ("writers",)})
_PHRASE_STARTS = frozenset(p[0] for p in _PHRASES)
_LONGEST_PHRASE = max(len(p) for p in _PHRASES)


def _plain_phrases(words: list[str]) -> list[str]:
    """Each learner's phrase replaced by the plain one, longest first."""
    if _PHRASE_STARTS.isdisjoint(words):
        return words
    out: list[str] = []
    at = 0
    end = len(words)
    while at < end:
        if words[at] not in _PHRASE_STARTS:  # no phrase starts here: nothing to look up
            out.append(words[at])
            at += 1
            continue
        for size in range(_LONGEST_PHRASE, 0, -1):
            plain = _PHRASES.get(tuple(words[at : at + size]))
            if plain is not None:
                out.extend(plain)
                at += size
                break
        else:
            out.append(words[at])
            at += 1
    # "plays together with" -> "plays with" -> "stars with": a second pass for the phrase the first left.
    return out if out == words else _plain_phrases(out)


def _nouns_as_verbs(words: list[str]) -> list[str]:
    """ "who makes the direction of season 3" -> "who directs season 3"; "who did the role of nick" -> "who
    played nick". Only a light verb, an article or none, the noun and "of" are read so."""
    if _LIGHT_VERBS.keys().isdisjoint(words):
        return list(words)
    out: list[str] = []
    at = 0
    while at < len(words):
        tense = _LIGHT_VERBS.get(words[at])
        noun_at = at + 1 + (words[at + 1 : at + 2] != [] and words[at + 1] in _ARTICLES)
        if tense is not None and noun_at + 1 < len(words) and words[noun_at] in _NOUN_VERBS:
            # "who does the role of": the "does" is the verb itself, not a helper before "who does X play".
            # "the actor who make the character charlie": an actor asked for, the role's name follows it.
            of = words[noun_at + 1] == "of"
            if of or (words[noun_at] in _ROLE_NOUNS and not _ACTOR_WORDS.isdisjoint(words[:at])):
                out.append(_NOUN_VERBS[words[noun_at]][tense.value])
                at = noun_at + 1 + of
                continue
        out.append(words[at])
        at += 1
    return out


def _be_at_its_place(words: list[str]) -> list[str]:
    """ "when will be the release of season 3" -> "when will the release of season 3 be": the verb after its
    subject, as a question in English puts it."""
    if (
        len(words) > 4
        and words[0] in _ASKED_LAST_BE
        and words[1:3] == ["will", "be"]
        and words[3] in _ARTICLES
    ):
        return [words[0], "will", *words[3:], "be"]
    return words


def _count_asked_in_order(words: list[str]) -> list[str]:
    """ "for how many prizes it was nominated at bafta" -> "how many prizes was it nominated for at bafta":
    the preposition put back after the verb and the subject after its helper verb."""
    fronted = words[:1] if words[:1] and words[0] in _FRONTED and words[1:2] == ["how"] else []
    said = words[len(fronted) :]
    if said[:1] != ["how"] or said[1:2] == [] or said[1] not in _COUNTS:
        return words
    for at in range(3, min(len(said) - 1, _SUBJECT_REACH)):  # "how many (bafta) prizes it was nominated"
        if said[at] not in _BE_FORMS or not said[at + 1].endswith(_PARTICIPLE_ENDS):
            continue
        if said[at - 1] in _SUBJECTS:  # "it was" -> "was it"
            asked = [*said[: at - 1], said[at], said[at - 1], said[at + 1]]
        else:  # "how many emmys heartstopper was nominated" -> "how many emmys was heartstopper nominated"
            asked = [*said[:3], said[at], *said[3:at], said[at + 1]]
        return [*asked, *fronted, *said[at + 2 :]]
    return said if fronted else words


# "and the wanda show from 2021 is called what?", "joe locke's disney+ show is called?": a name asked of what
# is described, said as a statement with the question word last or left out.
_CALLED_ENDS = (("is", "called", "what"), ("is", "called"), ("called", "what"), ("is", "named", "what"))
_NAME_ASK_LEADS = frozenset("and so ok okay but also then".split())  # kept before the question they open


def _name_asked_last(words: list[str]) -> list[str]:
    """ "the 2021 show is called what" -> "what is the 2021 show called": the name asked of what is
    described before it. A question word first ("what is it called") is a question already."""
    lead = 0
    while lead < len(words) and words[lead] in _NAME_ASK_LEADS:
        lead += 1
    said = words[lead:]
    if said[:1] == [] or said[0] in QUESTION_START:
        return words
    for end in _CALLED_ENDS:
        if len(said) > len(end) and tuple(said[-len(end) :]) == end:
            return [*words[:lead], "what", "is", *said[: -len(end)], end[1] if end[0] == "is" else end[0]]
    return words


def plain_frames(words: list[str]) -> list[str]:
    """The folded words with learners' question frames read as the plain question."""
    plain = _count_asked_in_order(_be_at_its_place(_nouns_as_verbs(_plain_phrases(words))))
    return _name_asked_last(plain) if plain[-1:] in (["called"], ["what"]) else plain
