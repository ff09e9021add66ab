"""Spin-offs: which show a show is a spin-off of (its synopsis says so: "a spin-off of WandaVision"), the
spin-off a show has, and whether one named show is a spin-off of another."""

from __future__ import annotations

from dataclasses import replace

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.text import fold, title_case
from intents.understand.context import Composing, lead_with
from intents.understand.frames import read_frame
from intents.understand.parent_shows import parent_of


async def spin_off_question(c: Composing, show: ShowFacts) -> tuple[bool, Answer | None]:
    """For a question with a spin-off word about `show`: (True, the answer, or None to let another reader
    answer it), or (False, None) when the facts hold no spin-off of it, which is then said to be missing."""
    if c.is_yes_no and (checked := await _spin_off_check(c)):
        return True, checked  # "is agatha all along a spin-off of wandavision?"
    parent = parent_of(c.kb, show)
    if _asks_its_parent(c) and parent is not None:
        # "what show is it a spinoff of": the answer is the parent ("and what year was that one")
        answered = await _spin_off_answer(c, show, parent)
        return True, replace(answered, answers=(parent.title,), show_id=parent.id)
    if c.has(*_FROM_A_PARENT) and parent is not None:
        return True, None  # "the show agatha all along is spun off from": its parent is held, asked about
    named_parent, spin_off = _spin_off(c, show)
    named = any(_says_spin_off(c.tokens[m.start : m.end]) for m in c.res.mentions)
    if spin_off is not None and named and (read_frame(c.res.slotted) is not None or _asks_else(c)):
        # "when does the wandavision spin-off come out", "wv spinoff streaming where": about the spin-off
        return True, None
    if spin_off is not None and read_frame(c.res.slotted) is not None and (asked := _about(c, spin_off)):
        return True, await c.ask(asked)  # "release date for the spinoff then?": a fact of the spin-off
    if spin_off is not None:
        return True, await _spin_off_answer(c, spin_off, named_parent or show)
    if _asks_if_itself_one(c):
        # "is agatha all along a spin-off?": yes, of the show its facts name
        yes = c.is_yes_no and parent is not None
        return True, await _spin_off_answer(c, show, parent) if yes and parent is not None else None
    return False, None


_SPIN_OFF_WORDS = (["the", "spin", "off"], ["the", "spinoff"], ["spin", "off"], ["spinoff"])


def _about(c: Composing, spin_off: ShowFacts) -> str | None:
    """The question with "the spinoff" as the spin-off's title, or None when it says no such words."""
    for words in _SPIN_OFF_WORDS:
        for at in range(len(c.tokens) - len(words) + 1):
            if c.tokens[at : at + len(words)] == words:
                title = fold(spin_off.title).split()
                return " ".join([*c.tokens[:at], *title, *c.tokens[at + len(words) :]])
    return None


def _spin_off(c: Composing, show: ShowFacts) -> tuple[ShowFacts | None, ShowFacts | None]:
    """The show asked about and a show the facts call a spin-off of it: described so in its synopsis ("a
    spin-off of WandaVision"), or named by its alias ("the wandavision spin-off" links to Agatha All Along;
    the first is then the show the alias names, if any)."""
    for mention in c.res.mentions:
        words = c.tokens[mention.start : mention.end]
        if mention.refs[0].kind == "show" and _says_spin_off(words):
            spin_off = c.kb.shows.get(mention.refs[0].id)
            named = " ".join(words)
            others = (s for s in c.kb.shows.values() if s is not spin_off and fold(s.title) in named)
            parent = next(others, None)
            return parent, spin_off
    key = f"spin off of {fold(show.title)}"
    return show, next((s for s in c.kb.shows.values() if key in fold(s.synopsis or "")), None)


def _asks_its_parent(c: Composing) -> bool:
    """'what show is it a spinoff of', 'a spin off of what?': the show it comes from is asked."""
    words = [w for w in c.tokens if w not in ("lol", "again", "exactly", "tho")]
    ends = words[-3:] == ["spin", "off", "of"] or words[-2:] == ["spinoff", "of"]
    # "spun off from which show", "which show was it spun off from" (not "the show it is spun off from")
    tail = " ".join(words[-3:])
    asked = c.has(*(f"{p} {w}" for p in _FROM_A_PARENT for w in ("which", "what"))) or tail in _FROM_A_PARENT
    # "a spin-off of what", "a spinoff of which show"
    of_what = words[-1:] in (["what"], ["which"]) or (
        words[-2:-1] in (["what"], ["which"]) and words[-1] in _SHOW
    )
    of_what = of_what or any(words[-len(some) :] == some for some in _SOME_SHOW)
    return ends or asked or (c.has("spin off of", "spinoff of") and of_what)


_SHOW = frozenset("show series programme one".split())
# "is it a spinoff of something": of some show, which is the one asked for
_SOME_SHOW = (["something"], ["anything"], ["another"], ["another", "show"], ["some", "show"], ["a", "show"])


_FROM_A_PARENT = (
    "spun off from", "spin off from", "spinoff from", "spun out of", "spun off of", "spins off from",
    "spins off of",
)  # fmt: skip


async def _spin_off_check(c: Composing) -> Answer | None:
    """'is X a spin-off of Y?': yes when the facts make X a spin-off of Y; no, with X's own parent, when
    they make it a spin-off of another show; None when neither named show is a spin-off."""
    named = list({s.id: s for s in c.res.shows}.values())
    if len(named) == 1:
        return _other_parent_check(c, named[0])
    if len(named) != 2:
        return None
    claimed, other = named
    parent = parent_of(c.kb, claimed)
    if parent is not None and parent.id == other.id:
        return await _spin_off_answer(c, claimed, parent)
    if (reverse := parent_of(c.kb, other)) is not None and reverse.id == claimed.id:
        # "is wandavision a spin-off of agatha all along?": the other way round
        text = f"No, the other way round: {other.title} is a spin-off of {claimed.title}."
        return Answer(
            text=text, kind="answer", intent="about", confidence=0.9, answers=("No",), show_id=other.id
        )
    child = named[0]
    parent = parent_of(c.kb, child)
    if parent is None:
        return None
    text = f"No: {child.title} is a spin-off of {parent.title}, not {named[1].title}."
    return Answer(text=text, kind="answer", intent="about", confidence=0.9, answers=("No",), show_id=child.id)


def _other_parent_check(c: Composing, child: ShowFacts) -> Answer | None:
    """'is agatha all along a spin-off of loki?': a parent named that Marquee holds no facts on is not the
    one the facts give, so no, with the one they give."""
    parent = parent_of(c.kb, child)
    joined = " ".join(c.tokens)
    at = max(joined.find("spin off of "), joined.find("spinoff of "))
    if parent is None or at < 0:
        return None
    said = joined[at:].split(" of ", 1)[1].split()
    said = [w for w in said if w not in ("right", "too", "or", "not", "nah", "yeah", "true", "correct")]
    if not said or fold(parent.title) in " ".join(said) or not c.res.unknown_title:
        return None
    other = title_case(c.res.unknown_title)
    text = f"No: {child.title} is a spin-off of {parent.title}, not {other}."
    return Answer(text=text, kind="answer", intent="about", confidence=0.9, answers=("No",), show_id=child.id)


# Words outside the spin-off's name that ask a fact of it ("wv spinoff streaming where").
_ASKING_ELSE = frozenset(
    "where when who whos wheres whens streaming stream watch network cast premiere".split()
)


def _asks_else(c: Composing) -> bool:
    """Whether words outside the named spin-off ask another fact of it than that it is one."""
    inside = {i for m in c.res.mentions for i in range(m.start, m.end)}
    return any(w in _ASKING_ELSE for i, w in enumerate(c.tokens) if i not in inside)


def _says_spin_off(words: list[str]) -> bool:
    return "spin" in words or "spinoff" in words  # "spin-off" folds to two words, "spinoff" to one


def _asks_if_itself_one(c: Composing) -> bool:
    """'is agatha all along a spin-off?' asks about the show itself, not for a spin-off of it."""
    for mention in c.res.mentions:
        after = c.tokens[mention.end : mention.end + 3]
        if after[:2] in (["a", "spin"], ["an", "spin"]) or after[:3] == ["is", "a", "spin"]:
            return True
    return False


async def _spin_off_answer(c: Composing, spin_off: ShowFacts, show: ShowFacts) -> Answer:
    """'Yes: Agatha All Along is a spin-off of WandaVision.' and what it is."""
    about = await c.ask(f"what is {spin_off.title} about")
    lead = f"{'Yes: ' if c.is_yes_no else ''}{spin_off.title} is a spin-off of {show.title}."
    if show.id == spin_off.id:
        lead = f"{'Yes: ' if c.is_yes_no else ''}{spin_off.title} is the one I know of."
    # The show the fan didn't name leads the answered values: "is it a spin-off?" -> WandaVision, which a
    # following "when did that one come out?" then asks of.
    named = {ref.id for ref in c.res.shows}
    other = show if spin_off.id in named or show.id == spin_off.id else spin_off
    # The other said in the question ("and its spinoff?" after wandavision): the answer names nothing new.
    said = () if c.has(fold(other.title)) else (("Yes",) if c.is_yes_no else ()) + (other.title,)
    if about.kind != "answer":
        return Answer(
            text=lead, kind="answer", intent="about", confidence=0.9, show_id=spin_off.id, answers=said
        )
    led = lead_with(lead, about, intent="about")
    return replace(led, kind="answer", show_id=spin_off.id, answers=(*said, *about.answers))
