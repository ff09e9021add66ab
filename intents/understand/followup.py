"""Follow-ups: a question that leaves things unsaid inherits them from the conversation.

- Pronouns resolve by kind and recency: he/she/they to people, it/the show to the subject (even an unknown
  one), "the other show" to the show before it.
- Ellipsis and corrections ("and season 3?", "what about agatha all along", "no sorry i meant nick") repeat
  the last question with the one slot they name replaced, or with the qualifier they add ("and audiences?")
  (understand/ellipsis.py).
- "how long ago was that?" is answered from the date the last answer gave (understand/date_spans.py).

The readers that rewrite a follow-up before it is read as a whole ("the other lead", "his other show", "the
s2 guy") run in the order of understand/followup_readers.py, each only when the words hold one it needs; to
add one, add a line there (DEVELOPERS.md, "Adding a follow-up reader"). The message's words are linked once
(`linking_once`), and every reader shares that reading.
"""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.seasons import find_season
from intents.text import fold
from intents.understand.also_asks import also_check, also_of_work
from intents.understand.asked_instead import who_instead
from intents.understand.compared_values import value_words
from intents.understand.described_fragments import fragment_as_title
from intents.understand.described_shows import DESCRIPTION_WORDS, SHOW_NOUNS
from intents.understand.descriptions import who_did_season
from intents.understand.ellipsis import merge_ellipsis
from intents.understand.followup_readers import READERS
from intents.understand.fragments import asks_yes_no, items_asked_again
from intents.understand.fronted_descriptions import fronts_a_description
from intents.understand.linking_once import linking_once
from intents.understand.named_subjects import fit_person_to_show, front_subject, named_before_pronoun
from intents.understand.openers import strip_lead, without_excuse, without_taken_back
from intents.understand.pronouns import (
    PLURAL,
    cast_with_other_work,
    character_meant,
    person_for,
    roles_of_cast_listed,
    several_meant,
    without_the_rest,
)
from intents.understand.reader_gates import Reading, read_in_order
from intents.understand.references import refer_back
from intents.understand.role_references import lead_of_subject, person_asked, role_of_subject, subject_words
from intents.understand.season_references import asks_of_season, last_season
from intents.understand.shared_people import role_asked
from intents.understand.typo_characters import in_conversation_show
from intents.understand.unknown_person_pronouns import unknown_person_for

Link = Callable[[list[str]], Resolution]

_PERSON_PRONOUNS = frozenset("he him his she her hers they them their theirs himself herself".split())
_SHOW_PRONOUNS = frozenset({"it", "its", "itself"})
_POSSESSIVES = frozenset({"his", "her", "their"})
_SETS_ASIDE = frozenset({"besides", "except"})  # "what else is he in besides that?": the show talked about
# "is kit connor in that?": the show
_BEFORE_BARE_THAT = frozenset({"in", "on", "of", "from", "for"}) | _SETS_ASIDE
_PARTS_OF_A_SHOW = frozenset("season seasons series episode episodes cast finale premiere".split())
_AFTER_BARE_THAT = frozenset({"too", "also", "right", "lol", "tho", "though", "then", "again", "as", "well"})
# What "his"/"her" may own and still mean the person: "her show", "his character", "their other work".
_OWNED = frozenset(
    """show shows series new latest next character role part films movies work other filmography cv resume
    career track portfolio projects background pedigree experience co costar costars official job title
    credit credits position exact actual""".split()
)
# Words after "her" that make it the object, not an owner: "who works with her on the story side", "is
# there anyone besides her in it".
_AFTER_OBJECT = frozenset("on in at to for from with about as and or too also again then so now".split())
_SHOW_PHRASES = (
    ("that", "show"), ("this", "show"), ("the", "show"), ("that", "series"), ("the", "series"),
    ("this", "series"), ("the", "other", "show"), ("the", "other", "one"), ("that", "one"), ("this", "one"),
    ("that", "season"), ("this", "season"), ("the", "same", "season"),
)  # fmt: skip
_PHRASE_STARTS = frozenset(p[0] for p in _SHOW_PHRASES)
_THE_SHOW = frozenset({("the", "show"), ("the", "series")})
# Phrases for the season the last answer was about ("sorry i meant season 2" ... "how many eps in that one?").
_SEASON_PHRASES = frozenset({("that", "one"), ("this", "one"), ("that", "season"), ("this", "season"),
                             ("the", "same", "season")})  # fmt: skip
_COMPARATIVES = frozenset("more less fewer longer shorter higher lower bigger smaller earlier later".split())


def substitute_pronouns(
    tokens: list[str],
    conv: Conversation,
    kb: Knowledge,
    person_id: int | None = None,
    *,
    names_show: bool = False,
) -> list[str]:
    """Pronouns replaced by the most recent person or subject of their kind (or by `person_id`, the person
    the question itself described: "back to the first guy, what else has he been in?"). When the question
    names a show itself (`names_show`), "the show" is that one and stays for the question to read ("did hs's
    author create the show too"); "that show" still points back."""
    tokens = _asked_of_that(without_the_rest(tokens))
    person = person_id if person_id is not None else (conv.people[0] if conv.people else None)
    subject = subject_words(conv, kb)
    other = _other_show_words(conv, kb)
    season = last_season(conv)
    if season is not None and (find_season(tokens) is not None or "both" in tokens or _next_one(tokens)):
        # The question names its own season (read only when the last answer had one), or asks of both people
        # talked about, each asked of a season of their own ("did they both direct it").
        season = None
    out: list[str] = []
    i = 0
    while i < len(tokens):
        phrase = (
            next((p for p in _SHOW_PHRASES if tuple(tokens[i : i + len(p)]) == p), None)
            if tokens[i] in _PHRASE_STARTS
            else None
        )
        if phrase in _SEASON_PHRASES and _acts(tokens, i, len(phrase)) and person in kb.people:
            # "who does that one play there": the one who acts is a person, the latest talked about
            out.extend(fold(kb.people[person].name).split())
            i += len(phrase)
            continue
        if phrase in _THE_SHOW and names_show:
            phrase = None  # (the tokens are kept as they are, below)
        if phrase is not None and (other if "other" in phrase else subject):
            out.extend(other if "other" in phrase else subject)
            if phrase in _SEASON_PHRASES and season is not None and not conv.unknown:
                out.extend(["season", str(season)])
            i += len(phrase)
            continue
        token = tokens[i]
        if (token in _SHOW_PRONOUNS or _bare_that(tokens, i)) and subject:
            out.extend(subject)
            if tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _COMPARATIVES and not conv.unknown:
                # "is that more than s1 had?": the season the value was of, even when another is named.
                last = conv.last
                if last is not None and last.season is not None and last.show_id == conv.last_show_id:
                    out.extend(["season", str(last.season)])
                out.extend(value_words(tokens[i + 1 :], conv))  # "... more than its emmy noms": the count
            elif season is not None and not conv.unknown and asks_of_season(tokens):
                out.extend(["season", str(season)])  # "when's hs3 out" ... "is it out yet?"
        elif _bare_that(tokens, i) and tokens[i - 1] in _SETS_ASIDE:
            out.pop()  # "what else is he in besides that" with no show talked about: what else at all
        elif (
            token in _POSSESSIVES
            and tokens[i + 1 : i + 2]
            and tokens[i + 1] not in _OWNED
            and not _owns_described_show(tokens, i)
            and not (token == "her" and tokens[i + 1] in _AFTER_OBJECT)
        ):
            out.append(token)  # "his boyfriend charlie" names someone else: leave it to the question
        elif (
            token in _PERSON_PRONOUNS
            and person_id is None
            and (someone := unknown_person_for(token, conv, kb))
        ):
            out.extend(someone)  # "and pedro pascal?" ... "what else is he in": him, whom nobody knows
        elif (
            token in _PERSON_PRONOUNS and person_id is None and conv.unknown and not conv.person_after_unknown
        ):
            # "who plays carmy in the bear?" ... "what else is he in?": he is in a show nobody knows.
            out.extend(conv.unknown)
        elif token in PLURAL and person_id is None and (cast := cast_with_other_work(tokens, conv, kb)):
            # "who's in carnival row?" -> a cast of six ... "what else have they been in?": those with any.
            out.extend(" and ".join(cast).split())
        elif token in PLURAL and person_id is None and len(several := several_meant(tokens, conv, kb)) > 1:
            # "who created it?" -> two creators ... "what else have they done?": both of them.
            out.extend(" and ".join(several).split())
        elif (
            token in _PERSON_PRONOUNS
            and (chosen := person_for(token, conv, person, person_id, kb)) in kb.people
        ):
            # "who plays him?" after "and charlie?": him is Charlie, whose actor is the answer.
            meant = character_meant(tokens, i, conv, kb, chosen) if person_id is None else []
            out.extend(meant or fold(kb.people[chosen].name).split())
        else:
            out.append(token)
        i += 1
    return out


# "when's the next one landing on it": a season of its own, not the one the last answer gave
_COMING = frozenset({"next", "new", "upcoming", "latest", "newest"})


def _next_one(tokens: list[str]) -> bool:
    return any(w in _COMING and tokens[i + 1 : i + 2] == ["one"] for i, w in enumerate(tokens))


# "does that one play", "has this one done": an auxiliary, "that one", then a verb only a person does.
_AUXILIARY = frozenset("does did is has was will".split())
_PERSON_VERBS = frozenset(
    "play plays playing portray star starring act acting appear appearing done known".split()
)
# "which character is that one": a part asked of "that one" ending the question (a person's part).
_PARTS = frozenset("character characters role roles part".split())


def _acts(tokens: list[str], i: int, size: int) -> bool:
    after = tokens[i + size : i + size + 1]
    if tokens[i + 1 : i + 2] != ["one"] or i == 0 or tokens[i - 1] not in _AUXILIARY:
        return False
    return (after != [] and after[0] in _PERSON_VERBS) or (
        after == [] and bool(_PARTS.intersection(tokens[:i]))
    )


def _owns_described_show(tokens: list[str], i: int) -> bool:
    """'his marvel debut', 'her netflix show': the possessive owns a show described, so it is the person."""
    return tokens[i + 1] in DESCRIPTION_WORDS and tokens[i + 2 : i + 3] != [] and tokens[i + 2] in SHOW_NOUNS


_CLAIMED = frozenset({"is", "was", "s"})


def _asked_of_that(tokens: list[str]) -> list[str]:
    """'so that's more than its emmy noms?' put as 'is that more than ...': a value just given, set against
    another, claimed rather than asked."""
    for i in range(len(tokens) - 3):
        claimed = tokens[i + 1] in _CLAIMED and tokens[i + 2] in _COMPARATIVES and tokens[i + 3] == "than"
        if tokens[i] == "that" and claimed:
            return [*tokens[:i], "is", "that", *tokens[i + 2 :]]
    return tokens


def _bare_that(tokens: list[str], i: int) -> bool:
    after = tokens[i + 1 :]
    # "is that more than s1 had?": the value just given, compared; the subject and season it was of.
    compared = after[:1] != [] and after[0] in _COMPARATIVES and "than" in after[1:3]
    ends = i > 0 and tokens[i - 1] in _BEFORE_BARE_THAT and all(t in _AFTER_BARE_THAT for t in after)
    # "when's the next season of that out": a part of "that" is a part of the show talked about
    part_of = (
        i > 1 and tokens[i - 1] == "of" and not _PARTS_OF_A_SHOW.isdisjoint(tokens[max(0, i - 4) : i - 1])
    )
    return tokens[i] in ("that", "this") and (compared or ends or part_of)


def _other_show_words(conv: Conversation, kb: Knowledge) -> list[str]:
    # The shows made the subject, then those only set against a date ("is that before hs3?") or asked of.
    asked = (t.show_id for t in reversed(conv.turns) if t.show_id is not None)
    others = [s for s in dict.fromkeys([*conv.shows, *asked]) if s != conv.last_show_id and s in kb.shows]
    return fold(kb.shows[others[0]].title).split() if others else []


def follow_up(
    tokens: list[str], conv: Conversation, link: Link, kb: Knowledge, also: bool = False
) -> list[str]:
    """The question with what it leaves unsaid filled in from the conversation (`also`: the message ended
    "too?" / "as well?", which the tokens no longer say)."""
    link = linking_once(link)
    filled = _filled(tokens, conv, link, kb, also)
    return in_conversation_show(role_asked(filled, link), conv, kb, link) if filled != tokens else filled


def _filled(tokens: list[str], conv: Conversation, link: Link, kb: Knowledge, also: bool) -> list[str]:
    reading = Reading(tokens, conv, kb, link)
    if (settled := read_in_order(READERS, reading)) is not None:
        return settled
    referred = refer_back(reading.tokens, conv, kb)
    fragment, marked = strip_lead(without_excuse(referred.tokens, link))
    kept = without_taken_back(fragment)
    fragment, marked = kept, marked or kept != fragment
    if marked and fronts_a_description(fragment):
        return fragment  # "switching to the marvel show joe's in, is kathryn hahn in that": asked whole
    if (title := fragment_as_title(fragment, link, kb)) is not None:
        fragment = title  # "and the disney one?": the same question about the show it describes
    described = (
        role_of_subject(fragment, conv, kb, link)
        or lead_of_subject(fragment, conv, kb, link)
        or person_asked(fragment, conv, kb, link)
    )
    again = (
        items_asked_again(fragment, conv.last)
        or who_did_season(fragment, conv, link)
        or who_instead(fragment, conv)
        or roles_of_cast_listed(fragment, conv)
    )
    if again is not None:
        return again
    if described is not None:
        return substitute_pronouns(described, conv, kb, referred.person_id)
    fronted = front_subject(fragment, link)
    if fronted is not None:
        return substitute_pronouns(fronted, conv, kb)
    if also and (work := also_of_work(fragment, conv, kb)) is not None:
        return work  # "the books too?" after "who created it": did the one answered write them too
    merged = merge_ellipsis(fragment, marked, conv, link, kb)
    if merged is not None and also and (checked := also_check(merged, conv, kb)) is not None:
        return checked  # "season 1 as well?" after "who directed season 2?": did that one do it too
    if merged is not None:
        # A yes/no check keeps its show: "is joe locke in heartstopper" ... "and kathryn hahn?" asks of her
        # there.
        # A show the fragment names itself ("and kit in agatha?") is asked of, never refitted away.
        said = link(fragment)
        refits = bool(said.people) and not said.shows and not asks_yes_no(merged)
        return fit_person_to_show(merged, link, kb) if refits else merged
    question = fragment if marked else referred.tokens
    person_id = referred.person_id or named_before_pronoun(question, link)
    names_show = "the" in question and bool(link(question).shows)
    return substitute_pronouns(question, conv, kb, person_id, names_show=names_show)
