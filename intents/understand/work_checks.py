"""Yes/no checks of a title among someone's other work ("did euros lyn direct doctor who?"): the title is no
show Marquee follows, so only the work credit can decide, and only for the role the credit names. A credit
that says "worked on" confirms no role: the answer says so rather than yes or no, unless the role asked is
the person's own trade on the shows Marquee follows ("did euros lyn direct torchwood": a director who worked
on it), where it is a yes that says what it rests on."""

from __future__ import annotations

from rapidfuzz import fuzz

from db.knowledge import Knowledge, PersonFacts, WorkFact
from intents.answer import Answer
from intents.query import sources_for
from intents.text import fold
from intents.understand.checked_roles import ROLE_FAMILY, ROLE_STEMS, ROLE_WORDS
from intents.understand.context import Composing, verdict
from intents.understand.credit_checks import asked_role

# Folded word beginnings of a work credit's role and the credit role they name, first match wins; a role
# that names none of them is a character ("Mystery Teen"), that is acting.
_WORK_ROLE_STEMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("showrun",), "showrunner"),
    (("direct", "helm"), "director"),
    (("creat", "co-creat"), "creator"),
    (("wr", "co-wr", "pen", "author", "novel"), "writer"),
    (("produc", "exec"), "executive_producer"),
    (("star", "appear", "play", "voice", "act", "guest", "cast", "feature"), "actor"),
)
# Work roles that say someone took part without saying how.
_ANY_ROLE = frozenset({"", "worked on", "work on", "known for", "credits", "credited on"})
# Words that assert acting itself; "is X in Y?" without them asks only whether Y is among X's credits.
_ACTING = frozenset(
    "act acts acted acting actor actress star stars starred starring play plays played playing role voice "
    "voices voiced cast".split()
)
# Words that start a description of the person ("the guy who plays jackson lamb"), not a claim about Y.
_DESCRIBING = frozenset("who that whos".split())


def work_role(work: WorkFact) -> str | None:
    """The credit role a work fact names (director, creator, writer, actor ...), or None when it names none
    ("worked on")."""
    role = fold(work.role or "").strip()
    if role in _ANY_ROLE:
        return None
    if (work.role or "")[:1].isupper():
        return "actor"  # a character's name ("Mystery Teen"); credits' own roles are lower-case verbs
    for stems, named in _WORK_ROLE_STEMS:
        if any(role.startswith(stem) or f" {stem}" in f" {role}" for stem in stems):
            return named
    return "actor"  # a character's name


def work_did(work: WorkFact) -> str:
    """How the credit says the person took part, as a verb phrase ("directed episodes of", "worked on")."""
    role = (work.role or "worked on").strip()
    if role.endswith("episodes"):
        return f"{role} of"
    if role[:1].isupper():
        return f"plays {role} in"  # a character's name
    return role if " " in role else "worked on"


def role_held(asserted: str, work: WorkFact) -> bool | None:
    """Whether the work credit confirms the asserted role: None when the credit names no role."""
    held = work_role(work)
    if asserted == "any":
        return True
    if held is None:
        return None
    return held in ROLE_FAMILY.get(asserted, {asserted})


def only_took_part(name: str, work: WorkFact) -> str:
    """The honest reply when a credit names no role: "I only know X worked on Y, not in which role."""
    return f"I only know {name} worked on {work.title}, not in which role."


async def work_check(c: Composing) -> Answer | None:
    """'did euros lyn work on torchwood?': a title among the person's other work (not a show Marquee
    follows), checked for the asserted role and said with the rest of that work."""
    person = c.res.people[0]
    joined = f" {' '.join(c.tokens)} "
    shown = {s.id for s in c.res.shows}

    def names(title: str) -> bool:
        # A title typed with a slip ("docter who") still names it, compared word for word with the words
        # in its place: "the bear" is not a slip for "the bay". Its main title before a colon names it
        # too ("rogue one" for "Rogue One: A Star Wars Story").
        folded = fold(title)
        if f" {folded} " in joined or (":" in title and f" {fold(title.split(':')[0])} " in joined):
            return True
        size = len(folded.split())
        windows = (" ".join(c.tokens[i : i + size]) for i in range(len(c.tokens) - size + 1))
        return len(folded) >= 6 and any(fuzz.ratio(folded, window) >= 85 for window in windows)

    named = [w for w in person.work if w.show_id not in shown and names(w.title)]
    if named:
        work = await c.ask(f"what else has {person.name} worked on")
        if work.kind != "answer":
            work = Answer(text="", kind="answer")
        return _checked_work(c, person, named[0], work)
    # "did kit connor direct doctor who?": a title the facts give someone else, never this person.
    others = [(p, w) for p, w in c.kb.unlinked_work() if names(w.title)]
    if not others or c.res.shows:
        return None
    who = await c.ask(f"who is {person.name}")
    who = who if who.kind == "answer" else Answer(text="", kind="answer")
    holder, title = others[0][0].name, others[0][1].title
    # The credit that decides it: whose work the title is ("newberry did doctor who right?": Euros Lyn's).
    lead = (
        f"No, {title} isn't among {person.name}'s credits as far as my facts go: {holder} "
        f"{work_did(others[0][1])} {title}."
    )
    return verdict(False, lead, who, "other_work")


def _asserts_acting(tokens: list[str]) -> bool:
    """An acting word in the question outside a description of the person ("the guy who plays X")."""
    return any(t in _ACTING and (i == 0 or tokens[i - 1] not in _DESCRIBING) for i, t in enumerate(tokens))


def own_trade(kb: Knowledge, person: PersonFacts, role: str) -> str | None:
    """The title of a show the person holds the asked role on ("Heartstopper" for a director asked whether
    he directed), or None: that role is not the person's trade as far as the facts go."""
    if role in ("any", "actor", "lead"):
        return None  # acting is said by the credit itself (a character), never inferred from a trade
    wanted = ROLE_FAMILY.get(role, {role})
    held = (kb.shows.get(cr.show_id) for cr in person.credits if cr.role in wanted)
    return next((show.title for show in held if show is not None), None)


def trade_lead(name: str, credit: WorkFact, role: str, title: str) -> str:
    """'Yes, as far as my facts go: ...' for a role-less credit in the trade the person holds elsewhere."""
    return (
        f"Yes, as far as my facts go: {name} {work_did(credit)} {credit.title} (my source doesn't say in "
        f"which role) and is {ROLE_WORDS[role]} {title}."
    )


def _checked_work(c: Composing, person: PersonFacts, credit: WorkFact, work: Answer) -> Answer:
    name = person.name
    role, _question = asked_role(c)
    joined = f" {' '.join(c.tokens)} "
    said = any(f" {stem}" in joined for stems, _role, _q in ROLE_STEMS for stem in stems)
    if not said and not _asserts_acting(c.tokens):
        # "has euros lyn done doctor who", "is doctor who one of them": no role said, only the credit asked
        role = "any"
    if role == "actor" and not _asserts_acting(c.tokens):
        # "is gary oldman in darkest hour?", "is she in its credits?": asks whether it is among the credits.
        role = "any"
    held = role_held(role, credit)
    did = f"{name} {work_did(credit)} {credit.title}."
    trade = own_trade(c.kb, person, role) if held is None else None
    if trade is not None:
        # "did euros lyn direct torchwood?": a director who worked on it; yes, saying what it rests on.
        return verdict(True, trade_lead(name, credit, role, trade), work, "other_work")
    if held is None:
        # "is euros lyn the director of doctor who?": the facts only say he worked on it.
        sources = sources_for(c.kb, [credit.article_id])
        text = f"{only_took_part(name, credit)} {work.text}".strip()
        return Answer(text=text, kind="answer", intent="other_work", confidence=0.8, sources=sources)
    if held:
        lead = f"Yes, {credit.title} is among {name}'s credits." if role == "any" else f"Yes, {did}"
        return verdict(True, lead, work, "other_work")
    lead = f"No, {name} isn't {ROLE_WORDS[role]} {credit.title} as far as my facts go: {did}"
    return verdict(False, lead, work, "other_work")
