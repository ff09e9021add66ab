"""Questions about Marquee itself: sources, known shows, help."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import Query, join_names, sources_for
from intents.registry import Intent, Subject


async def source(q: Query) -> Answer:
    """Which articles the facts about a show come from."""
    if q.show is None:
        ids: list[int | None] = list(q.kb.articles)
        label = "Marquee's facts"
    else:
        s = q.show
        ids = [s.article_id] + [r.article_id for r in s.releases] + [c.article_id for c in s.credits]
        ids += [r.article_id for r in s.ratings] + [a.article_id for a in s.awards]
        label = f"My facts about {s.title}"
    sources = sources_for(q.kb, ids)
    if not sources:
        return Answer(text="I have no sources recorded yet.", kind="unknown", intent="source", confidence=1.0)
    cites = [src.cite() for src in sources]
    return Answer(
        text=f"{label} come from: {join_names(cites, limit=5)}.",
        intent="source",
        confidence=1.0,
        answers=tuple(cites),
        sources=sources,
        title="Sources",
        show_id=q.show.id if q.show else None,
    )


async def shows(q: Query) -> Answer:
    """The shows Marquee knows, most covered first."""
    known = sorted(q.kb.shows.values(), key=lambda s: (-s.fact_count, s.title))
    if not known:
        return Answer(text="I don't know any shows yet.", kind="unknown", intent="shows", confidence=1.0)
    titles = [s.title for s in known]
    return Answer(
        text=f"I know about {len(titles)} title{'s' if len(titles) != 1 else ''}: "
        f"{join_names(titles, limit=15)}.",
        intent="shows",
        confidence=1.0,
        answers=tuple(titles),
        title="Shows I know",
    )


def make_help(intents: list[Intent]) -> Intent:
    """The help intent, listing every other intent's sample question."""

    async def help_(q: Query) -> Answer:
        # Intents without a description (the catalog's phrasings) would show as empty bullets.
        samples = [i for i in intents if i.sample and i.description]
        lines = [f"• {i.description}: “{i.sample}”" for i in samples]
        commands = sorted({f"!{i.commands[0]}" for i in intents if i.commands})
        text = (
            "Ask me about TV shows in plain words, or use a command. For example:\n"
            + "\n".join(lines)
            + "\nCommands: "
            + " ".join(commands)
        )
        return Answer(
            text=text,
            kind="help",
            intent="help",
            confidence=1.0,
            answers=tuple(i.sample for i in samples),
            title="Marquee help",
            fields=tuple((i.description, i.sample) for i in samples[:25]),
        )

    return Intent(
        "help",
        ("help", "what can you do", "how do i use this", "what can i ask", "commands", "how does this work"),
        help_,
        cues=("help", "what can you do", "what can i ask"),
        subject=Subject.NONE,
        commands=("help", "commands"),
        description="help",
    )


_THANKS = ("thanks", "thank you", "thx", "ty", "cheers", "good bot", "nice", "great", "cool", "awesome")


async def smalltalk(q: Query) -> Answer:
    """A friendly word for chatter, never a fact (and never "answer", so busy channels stay quiet)."""
    if q.has(*_THANKS):
        text = "You're welcome! Ask me anything about a show."
    elif q.has("hi", "hello", "hey", "yo", "morning", "evening"):
        text = "Hi! Ask me about a TV show, like “when does Heartstopper season 3 come out?”"
    else:
        text = "I only know facts about TV shows."
        return Answer(text=text, kind="unknown", intent="smalltalk", confidence=1.0, points_to_help=True)
    return Answer(text=text, kind="unknown", intent="smalltalk", confidence=1.0)


INTENTS = [
    Intent(
        "smalltalk",
        (
            "thanks",
            "thank you",
            "thanks a lot",
            "ok thanks",
            "okay thank you",
            "cool thanks",
            "great thanks",
            "thx",
            "ty",
            "got it",
            "lol",
            "haha",
            "lmao",
            "ok",
            "okay",
            "cool",
            "nice",
            "good bot",
            "bad bot",
            "hi",
            "hello",
            "hey",
            "hey there",
            "good morning",
            "tell me a joke",
            "how are you",
            "whats up",
            "sup",
            "yes",
            "no",
            "what is the weather",
            "who are you",
            "what are you",
            "i love you",
            "great",
            "awesome",
            "wow",
            "omg",
            "bye",
            "goodbye",
            "good night",
        ),
        smalltalk,
        subject=Subject.NONE,
        in_vocabulary=False,
    ),
    Intent(
        "source",
        (
            "where do your {show} facts come from",
            "where do your facts come from",
            "where is this info from",
            "where is that from",
            "where did this come from",
            "what is the source for that",
            "how do you know that",
            "where is this from",
            "what is your source",
            "source",
            "sources for {show}",
            "where did you get that",
            "where does this info come from",
            "who reported that",
            "what article is that from",
            "cite your source",
            "how do you know",
            "says who",
            "which article says that",
            "are you sure about that",
        ),
        source,
        cues=("source", "sources", "article", "reported", "cite", "citation", "where did you get"),
        commands=("source", "sources"),
        description="where the facts come from",
        sample="what's your source?",
    ),
    Intent(
        "shows",
        (
            "what tv series do you cover",
            "what shows do you cover",
            "list all the shows you have",
            "which shows do you know about",
            "what {network} shows do you know",
            "which {network} shows do you have",
            "what shows do you know",
            "list shows",
            "which shows can i ask about",
            "shows",
            "what shows are there",
            "what do you know about",
            "list the titles",
            "what shows do you have",
        ),
        shows,
        cues=("what shows", "which shows", "list shows", "shows do you"),
        subject=Subject.NONE,
        commands=("shows", "list"),
        description="the shows I know",
        sample="what shows do you know?",
    ),
]
