"""Surnames that are everyday words ("Charlie Day", "William Cross", "Jean Smart"): after a first name Marquee
knows, such a word makes the full name of someone else, not talk about the one it knows.

A table of common English surnames spelt like nouns and adjectives; words a fan says right after a name
("nick full name", "charlie love interest", "does nick love charlie", "kit season 3") stay out of it, and so
do verbs a name is the subject of ("will", "may", "rose").
Surnames of one or two letters ("Sandra Oh", "Omar Sy", "Jet Li") are read as known words (too short
to be a slip of anything), so they are a table of their own; two-letter words fans type after a name ("is",
"in", "ok", "im") are kept out of it.
"""

from __future__ import annotations

from intents.given_name_table import is_given_name

WORD_SURNAMES = frozenset(
    """
    day fox cross field fields stone stones wood woods hill hills bell bells reed reid lane moss park parks
    gold king young brown white black green grey gray smart frost knight price rice bird hunt cook baker
    miller smith hall ward wells banks mills cole west north south strong sharp swift wolf lamb bush snow
    rain winter summer storm flowers rivers brooks ford pool pope bishop dean marsh heath bridge bridges
    castle church chambers cotton fisher fletcher glass hart hawk hawkes hood howe hyde keen kemp
    lake lord mann mason moon moore newman noble page palmer parsons payne penny potter pride quinn ridge
    rock salt shepherd silver slater spencer steel stewart sparks tanner taylor thorne tower
    turner vale vine walker wall walls waters weaver wise woodward wren yates boyle bond bacon butcher
    carter clay coates cooper dyer farmer gardner goodman holly ivy mills
    nash oak oakes pitt pratt ross sage seal shaw street thatcher tree
    vance wagner webb wilde wing woolf york
    """.split()
)

SHORT_SURNAMES = frozenset("oh sy li ng wu yu xu ho lu ko yi ip au ma".split())
# Any word that, right after a given name, is that person's surname.
SURNAME_WORDS = WORD_SURNAMES | SHORT_SURNAMES


def surname_after(word: str, then: str) -> bool:
    """Whether `then`, after a word nobody knows, is that person's surname: a two-letter surname after any
    word ("mira wu"), an everyday-word surname or "oh" (an interjection too) only after a known given name."""
    if then in SHORT_SURNAMES and then != "oh":
        return True
    return then in SURNAME_WORDS and is_given_name(word)


# Words a person's name follows as a subject or an object ("did will brennan ...", "is will brennan in it",
# "anything with will brennan"); after them "will" is no auxiliary verb.
_BEFORE_A_NAME = frozenset(
    "did does do is was has had have with about and or of by from for starring featuring than vs".split()
)


def given_name_as_word(tokens: list[str], at: int) -> bool:
    """Whether a given name spelt like an everyday word ("will", "mark", "rose") is a name here: right after
    a word a name follows, and before a word nobody knows (checked by the caller): "did will brennan ..."."""
    return 0 < at < len(tokens) - 1 and tokens[at - 1] in _BEFORE_A_NAME and is_given_name(tokens[at])


# Verbs said of a person right after the name ("what year was charlie heaton born", "did anya taylorjoy adapt
# the books", "is paul mescal dating anyone", "does aaron paul act in it"): never the end of a name.
PERSON_VERBS = frozenset(
    """born adapt adapted adapting have has had date dating dated act acts acted acting marry married related
    star stars starred starring appear appears appeared play plays played playing voice voiced direct
    directed write wrote written""".split()
)


def verbs_after_names(tokens: list[str], unknown: list[bool]) -> list[int]:
    """Where a verb said of someone follows a full name nobody knows that opens with a given name ("charlie
    heaton born"): the name ends before it, so the verb is no word of the name."""
    ends: list[int] = []
    for at in range(2, len(tokens)):
        if tokens[at] not in PERSON_VERBS or not unknown[at]:
            continue
        start = at
        while start > 0 and unknown[start - 1] and start - 1 not in ends:
            start -= 1
        if at - start >= 2 and is_given_name(tokens[start]):
            ends.append(at)
    return ends
