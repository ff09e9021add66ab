"""Crew roles: how an answer names each one, and the words a question names each with."""

from __future__ import annotations

# How an answer names each credited role.
ROLE_LABELS = {
    "director": "director",
    "creator": "creator",
    "writer": "writer",
    "novelist": "author of the source novels",
    "story_consultant": "story consultant",
    "showrunner": "showrunner",
    "executive_producer": "executive producer",
    "producer": "producer",
    "composer": "composer",
    "cinematographer": "cinematographer",
    "editor": "editor",
    "costume_designer": "costume designer",
    "casting_director": "casting director",
}
# Words in a question that name a crew role.
ROLE_WORDS = {
    "story_consultant": ("consultant", "story consultant", "consulting", "consulted"),
    "showrunner": ("showrunner", "show runner", "runs the show", "runs", "ran"),
    "executive_producer": (
        "executive producer",
        "executive producers",
        "executive produces",
        "exec producer",
        "exec producers",
        "ep",
        "eps",
    ),
    "producer": ("producer", "producers", "produced", "produces"),
    "composer": ("composer", "music", "score", "composed"),
    "cinematographer": ("cinematographer", "cinematography", "director of photography", "dop"),
    "editor": ("editor", "editors", "edited", "editing", "edits"),
    "costume_designer": ("costume", "costumes", "costume designer"),
    "casting_director": ("casting director", "casting"),
    "writer": ("writer", "writers", "wrote", "written", "screenplay", "script"),
    "novelist": ("novel", "novels", "book", "books", "comic", "comics", "graphic novel", "author"),
}
