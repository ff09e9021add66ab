"""The roles a yes/no credit check can assert, as data: the words that name each role in a question, the
credit roles that count for it, the intent that answers it, and how a reply says it."""

from __future__ import annotations

ROLE_WORDS = {
    "director": "a director of",
    "creator": "a creator of",
    "writer": "a writer of",
    "novelist": "the author of the books behind",
    "actor": "in",
    "lead": "a lead of",
    "showrunner": "the showrunner of",
    "executive_producer": "a producer of",
    "story_consultant": "the story consultant on",
    "any": "credited on",
}
ROLE_FAMILY = {
    "lead": {"actor"},
    "creator": {"creator", "writer", "novelist"},
    "writer": {"creator", "writer", "novelist"},
    "executive_producer": {"executive_producer", "producer"},
}
ROLE_INTENTS = {
    "director": "directors",
    "creator": "creator",
    "writer": "creator",
    "novelist": "creator",
    "actor": "cast",
    "lead": "cast",
    "showrunner": "crew",
    "executive_producer": "crew",
    "story_consultant": "crew",
    "any": "cast",
}
# Billed this high or higher, an actor is one of a show's leads ("is kit connor one of the leads?").
LEAD_BILLING = 2
# Folded word beginnings that name the role a yes/no question asserts, first match wins.
ROLE_STEMS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        (
            "the lead",
            "a lead",
            "one of the leads",
            "the main character",
            "the main actor",
            "the main actress",
            "the lead actor",
            "the lead actress",
        ),
        "lead",
        "who stars in",
    ),
    (("showrun", "show run"), "showrunner", "who is the showrunner of"),
    (("consult",), "story_consultant", "who is the story consultant on"),
    (("producer", "exec", "executive", "produc"), "executive_producer", "who produced"),
    (("direct", "helm", "behind the camera"), "director", "who directed"),
    (("creat", "came up", "come up", "made", "make"), "creator", "who created"),
    (("novel", "book"), "novelist", "who wrote"),  # "did X write the books": the source's author
    (("writ", "wrote", "author"), "writer", "who wrote"),
    (
        ("involved", "part of", "work on", "worked on", "working on", "credited", "to do with"),
        "any",
        "who worked on",
    ),
)
