"""Ellipsis: "and season 3?", "what about andor" repeat the last question with one slot replaced."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation, SlotKind, Turn
from intents.networks import network_span
from intents.resolve import Resolution
from intents.understand.actor_elsewhere import actor_followed
from intents.understand.fragments import (
    NAMED_SLOTS,
    SLOT_KINDS,
    asked_whole,
    fragment_size,
    only_season_and_names_of,
    only_slots_of,
    titled,
)
from intents.understand.frames import read_frame
from intents.understand.never_names import ACKNOWLEDGEMENTS
from intents.understand.role_references import show_of_named
from intents.understand.season_references import (
    question_a_season_changes,
    season_next_to,
    season_one,
    season_question,
)
from intents.understand.unknown_names import name_slot_of_unknown, part_replaced
from intents.understand.value_slots import values_replaced

Link = Callable[[list[str]], Resolution]

# Who a score is from, as fans say it: each word means the critics' score or the audience's.
_QUALIFIERS = dict.fromkeys(
    ("audience", "audiences", "fans", "viewers", "public", "users", "people", "watchers"), "audience"
) | {"critics": "critics", "critic": "critics", "reviewers": "critics"}
# Words around a qualifier that name no subject: "and the fans?", "what about regular viewers".
_QUALIFIER_FILLER = frozenset(
    "the general regular normal ordinary everyday real score scores rating ratings one side number".split()
)
_ORDERING = frozenset("later earlier sooner newer older before after first".split())
_CHECKS = frozenset("is was does did which".split())
_COMPARING = frozenset("liked like loved love prefer preferred more less better worse higher lower".split())
_BE_CHECKS = frozenset("is was are were isnt wasnt".split())
_OWN_QUESTION = frozenset("who whos what whats when whens where wheres which how".split())
# Question words that carry their relation ("where's X streaming", "who's in X"), unlike "how many" or "what".
_ASKS_ITS_OWN = frozenset("who whos when whens where wheres".split())
# "what is" / "which was": unlike "who did", no relation of the last question said again ("and who did s1?")
_WHAT = frozenset("what whats which".split())
_BE_FORMS = frozenset("is s are was were".split())
_CHECK_OPENERS = frozenset("is are was were does do did has have will".split())
# A distance in time asked outright: "how long ago", "how many days until".
_DISTANCE_ASKS = frozenset(
    {("how", "long"), *(("how", "many", unit) for unit in ("days", "weeks", "months", "years"))}
)


_NOW = frozenset({"now", "yet", "already"})
_NEWS = frozenset("confirmed renewed announced greenlit cancelled canceled ordered".split())


def merge_ellipsis(
    fragment: list[str], marked: bool, conv: Conversation, link: Link, kb: Knowledge
) -> list[str] | None:
    """The last question with the slot the fragment names replaced ("and season 3?"), or None when the
    fragment is a question of its own."""
    last = conv.last_understood
    if last is None or last.kind not in ("answer", "unknown") or not fragment:
        return None
    if fragment[0] in _CHECKS and _COMPARING.union(_ORDERING).intersection(fragment):
        return None  # "is andor later?" compares; it doesn't repeat the last question about andor
    if "out" in fragment and _NOW.intersection(fragment):
        return None  # "s3 out now?" after a premiere asks whether it is out, not for the date again
    taken_back = fragment[0] == "not" and len(fragment) > 2  # "not nick, charlie": the name after
    fragment = fragment[taken_back:]
    res = link(fragment)
    if asked_whole(fragment):
        return None
    if res.season is not None and not res.mentions:
        last = season_question(conv, last)  # "and season 2?" after a question about a person
    only_slots = only_slots_of(fragment, res, last) or only_season_and_names_of(fragment, res, last)
    frame = read_frame(res.slotted)
    # "and harbor nine's score?" after "who's in andor": a name and another relation is a question of its own.
    own_relation = frame is not None and frame != last.intent and bool(res.mentions)
    # "scratch that, the audience one": only whose score, said with the words around it, is no question of its
    # own however many words it takes.
    only_side = any(w in _QUALIFIERS for w in fragment) and all(
        w in _QUALIFIERS or w in _QUALIFIER_FILLER for w in fragment
    )
    if (
        frame is not None
        and (len(fragment) > 2 or not marked or own_relation)
        and not (only_slots or only_side)
    ):
        return None  # it asks for a relation itself ("and who directed it?"): a question of its own
    if not marked and len(fragment) > 4 and fragment_size(fragment, res) > 2 and not only_slots:
        return None  # a long fragment is a question of its own, unless it is only a name ("tlou s2?")
    if len(fragment) > 3 and any(w in _OWN_QUESTION for w in fragment[1:]):
        return None  # "and her co-star orlando bloom, who does he play": it asks its own question
    if len(fragment) > 3 and (tuple(fragment[:3]) in _DISTANCE_ASKS or tuple(fragment[:2]) in _DISTANCE_ASKS):
        return None  # "and how many days ago was s1": a distance asked outright, not the last question again
    if _placed_check(fragment, res):
        return (
            None  # "and is kit connor in agatha all along": a check of its own, not "who does he play" again
        )
    if marked and len(fragment) > 3 and fragment[0] in _ASKS_ITS_OWN and res.shows:
        return None  # "ok and where's agatha all along streaming?": a question of its own about a new show
    if marked and len(fragment) > 4 and fragment[0] in _CHECK_OPENERS:
        return None  # "and is his character confirmed to be wiccan?": a yes/no question of its own
    if fragment[0] in _CHECK_OPENERS and _NEWS.intersection(fragment):
        return None  # "has s4 been confirmed" after a network answer asks for news, not the network again
    if marked and len(fragment) > 4 and fragment[0] in _WHAT and fragment[1] in _BE_FORMS:
        return None  # "and what's the 2021 show called": "what", its verb and more ask on their own
    replacements: dict[SlotKind, list[str]] = {}
    mentions = res.mentions[::-1] if taken_back else res.mentions
    for mention in mentions:
        kind = SLOT_KINDS.get(mention.refs[0].kind)
        if kind is not None:
            # the name as linked: a first name said alone spans the whole name ("joe" is "joe locke")
            replacements.setdefault(kind, res.tokens[mention.start : mention.end])
    if res.season is not None:
        # "the third season" stands in the question as "season 3", whatever words the fan used.
        number = res.season.number
        words = fragment[res.season.start : res.season.end]
        replacements["season"] = ["season", str(number)] if number is not None else words
    elif len(fragment) == 1 and fragment[0].isdigit() and any(k == "season" for k, _s, _e in last.slots):
        replacements["season"] = ["season", fragment[0]]  # "and 3?" after "season 2?"
    elif (one := season_one(fragment) or season_next_to(fragment, conv)) is not None and (
        any(k == "season" for k, _s, _e in last.slots) or first_release_at(last.tokens) is not None
    ):
        replacements["season"] = one  # "when's the next season" ... "and the first one?", "the one after?"
    values = values_replaced(fragment, last)  # "is it on netflix" ... "and hulu?"
    replacements.update(values)
    valued = {w for words in values.values() for w in words}
    if all(w in ACKNOWLEDGEMENTS for w in fragment):
        return None  # "ok thanks": no new subject
    qualifiers = [w for w in fragment if w in _QUALIFIERS]
    unnamed = [
        w
        for run in res.leftovers
        for w in run
        if w not in _QUALIFIERS and w not in _QUALIFIER_FILLER and w not in valued
    ]
    if (
        marked
        and not qualifiers
        and not values
        and (name := name_slot_of_unknown(fragment, unnamed, res, last))
    ):
        return _replace(last, dict([name]), [])  # "who plays charlie" ... "and tao?": who plays Tao there
    if unnamed and not replacements and marked:
        if (part := part_replaced(unnamed, last, fragment)) is not None:
            return part  # "who plays penelope" ... "and colin?": who plays Colin, in the same show
        # "ok what about the bear": the same question about a title nobody knows, answered honestly.
        replacements["show"] = [w for run in res.leftovers for w in run]
    elif res.season is not None and titled(res.unknown_title) and not NAMED_SLOTS & replacements.keys():
        # "and the velvet quarry s2?": a title nobody knows with a season still replaces the show, so the
        # answer says so instead of giving the last show's season.
        replacements["show"] = list(res.unknown_title)
    if not replacements and (not qualifiers or _COMPARING.intersection(fragment)):
        return None  # "so fans liked it more?" compares the two sides rather than asking for one
    held = {kind for kind, _s, _e in last.slots}
    about_someone = bool({"person", "character"} & replacements.keys())
    if about_someone and not {"person", "character"} & held and "show" in held:
        # "when does her show return" ... "and mon mothma's?": the same question about that one's show.
        show = show_of_named(res, kb, last.show_id)
        if show is not None:
            replacements = {"show": show}
    if _one_of_those_answered(fragment, replacements, held, res, last):
        return ["who", "is", *replacements["person"]]  # "who's in it" ... "and the second?": who that is
    if "season" in replacements:
        last = question_a_season_changes(conv, last)  # "which streamer" ... "and season 1?": its date
    shown = res.shows[0].id if len(res.shows) == 1 else None
    if (followed := actor_followed(last, replacements, shown, kb)) is not None:
        return followed  # "who plays charlie" ... "and in agatha?": the actor's part there
    return _replace(last, replacements, qualifiers)


_ABOUT_SOMEONE = frozenset({"what", "about", "how", "re", "regarding"})  # "and what about kit connor?"


def _one_of_those_answered(
    fragment: list[str],
    replacements: dict[SlotKind, list[str]],
    held: set[SlotKind],
    res: Resolution,
    last: Turn,
) -> bool:
    """Whether the fragment only names one of the people the last answer listed, of a question that named
    nobody ("who stars in it" ... "and kit connor?"): the fan asks about them, not for the list again
    ("besides kathryn hahn" asks for the rest of it)."""
    named = {i for m in res.mentions for i in range(m.start, m.end)}
    return (
        set(replacements) == {"person"}
        and all(i in named or w in _ABOUT_SOMEONE for i, w in enumerate(fragment))
        and not {"person", "character"} & held
        and len(last.answered) > 1
        and len(res.people) == 1
        and res.people[0].id in last.answered
    )


# A question about a show's first release ("when did it first premiere") asks of its first season unnamed.
_FIRST_TIME = frozenset("first originally initially".split())
_RELEASED = frozenset(
    """premiere premiered premier come came air aired release released debut debuted drop dropped start
    started launch launched arrive arrived stream streamed hit""".split()
)


def first_release_at(tokens: list[str] | tuple[str, ...]) -> int | None:
    """Where a question asks for a show's first release ("when did X first premiere", "when was it
    originally released"): the place word's index, a season unnamed; None when it asks no such thing."""
    return next(
        (i for i in range(len(tokens) - 1) if tokens[i] in _FIRST_TIME and tokens[i + 1] in _RELEASED), None
    )


def _placed_check(fragment: list[str], res: Resolution) -> bool:
    """Whether the fragment asks whether someone named is in a show named ("is kit connor in agatha") or on a
    network: a form of "be", then the person, "in"/"on" and the show (or network), where a check has it."""
    if not fragment or fragment[0] not in _BE_CHECKS:
        return False
    people = [m for m in res.mentions if m.refs[0].kind == "person"]
    shows = [m for m in res.mentions if m.refs[0].kind == "show"]
    if len(people) != 1 or people[0].start != 1:
        return False
    if not shows:
        # "is that young man also appearing in a disney+ programme": whether they are on a network
        after = fragment[people[0].end :]
        return any(
            after[i - 1] in ("in", "on", "a", "an")
            and (span := network_span(after[i : i + 3])) is not None
            and span[0] == 0
            for i in range(1, len(after))
        )
    return len(shows) == 1 and fragment[people[0].end : shows[0].start] in (["in"], ["on"])


def _replace(last: Turn, replacements: dict[SlotKind, list[str]], qualifiers: list[str]) -> list[str]:
    tokens = list(last.tokens)
    spans = {kind: (start, end) for kind, start, end in last.slots}
    # A character and a person answer the same "who" questions: one replaces the other.
    if "person" in replacements and "person" not in spans and "character" in spans:
        spans["person"] = spans.pop("character")
    if "character" in replacements and "character" not in spans and "person" in spans:
        spans["character"] = spans.pop("person")
    if "show" in replacements and "season" not in replacements and "season" in spans:
        replacements["season"] = []  # the old show's season is not the new show's ("ok what about andor")
    edits = sorted(((spans[k], words) for k, words in replacements.items() if k in spans), reverse=True)
    if "person" in replacements and "person" in spans:
        # "the connor guy, what else has he been in" ... "and the locke one?": the description put first
        # named the same person (a word shared with the name), and goes with it.
        start, end = spans["person"]
        named = set(tokens[start:end])
        edits += [
            ((s, e), [])
            for kind, s, e in last.slots
            if kind == "person" and (s, e) != (start, end) and named & set(tokens[s:e]) and e <= start
        ]
        edits.sort(reverse=True)
    for (start, end), words in edits:
        tokens[start:end] = words
    if "season" in replacements and "season" not in spans and (at := first_release_at(tokens)) is not None:
        del tokens[at]  # "when did it first premiere" ... "and the new season?": not the show's first date
    for kind, words in replacements.items():
        if kind not in spans and words:
            # "what's joe locke in" ... "the netflix one?": the show goes after the "in" already there.
            lead = [] if tokens[-1:] == ["in"] else ["in"]
            tokens += (["season", *words[-1:]] if kind == "season" and words[0] != "season" else
                       ([*lead, *words] if kind == "show" else words))  # fmt: skip
    for word in qualifiers:
        # The other side's word gives way to this side's, where it stood ("what do critics say").
        side = _QUALIFIERS[word]
        at = next((i for i, w in enumerate(tokens) if _QUALIFIERS.get(w, side) != side), None)
        tokens = [w for w in tokens if _QUALIFIERS.get(w, side) == side and w != side]
        tokens.insert(len(tokens) if at is None else at, side)
    return tokens


def asked_of_title(conv: Conversation, title: list[str]) -> list[str] | None:
    """The last question asked again of a title nobody knows ("what about 1899" after "when is hs3 out"):
    the title replaces the show, even where its words are a number that could be a season."""
    last = conv.last_understood
    if last is None or last.kind not in ("answer", "unknown"):
        return None
    return _replace(last, {"show": list(title)}, [])
