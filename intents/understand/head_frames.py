"""The frames tried first (intents.understand.frames): the ones whose words settle a question another frame's
words would claim ("who wrote the music" is the composer, "which streamer has the series adapted from the
novels" the network)."""

from __future__ import annotations

from intents.understand.frame_kinds import Frame, frame

HEAD_FRAMES: tuple[Frame, ...] = (
    frame("help", r"^(help|commands|what can (you|i) (do|ask))$"),
    # "who wrote the music" asks for a composer, not a writer; "score" here is music, not a rating.
    frame(
        "crew",
        r"\bwho (wrote|did|composed|made|does) the (music|score|soundtrack|songs|theme( song)?)\b"
        r"|\bcompos(er|ers|ed)\b|\bwho (consulted|was consulting)\b"
        # "who else gets a writing credit", "anyone else credited besides her": the show's other credits
        # (never of the cast: "who else is credited in the cast")
        r"|\b(who|anyone|anybody|someone) else (is |was |gets |got |has |had )?"
        r"(credited|(a |any )?(\w+ )?credits?)\b(?!.*\b(cast|acting|actors?|stars?|starring|roles?)\b)"
        r"|\b(who|anyone|anybody) else (worked|working|is working) (on it )?behind the scenes\b",
        decisive=True,
    ),
    # "which shows has andy newberry directed besides heartstopper" asks for the rest of their work.
    frame(
        "other_work",
        r"\bxpersonx\b.*\b(besides|apart from|other than|aside from|outside of|except)\b",
        decisive=True,
    ),
    # "what has euros lyn made since?" asks for their work, not who created a show.
    frame(
        "other_work", r"\b(what|which) (else )?(has|have|did) xpersonx (done|made|worked on|been in)\b", True
    ),
    # "what shows has andy newberry directed": the shows of that person's work, not a show's directors.
    frame(
        "other_work",
        r"\b(what|which) (tv )?(shows|series|projects|films|movies) (has|have|did) xpersonx (directed|direct"
        r"|written|write|created|create|made|make|produced|produce|worked on|work on|starred in|star in)\b",
        decisive=True,
    ),
    # "who else is in it": the rest of a show's cast, not someone's other work.
    frame("cast", r"\bwho else (is|s|was|stars|starred|acts|appears) (in|on) (it|that|this|xshowx)$", True),
    # "who are the other big names with joe locke in that agatha show", "who else is with him in it": the
    # rest of the cast beside someone, not that person's other work.
    frame(
        "cast",
        r"\bwho (else (is|s|was|are)|(are|is|s|were) the other( \w+){0,2}?) (with|alongside|beside) "
        r"xpersonx (in|on)\b"
        r"|\bwho (are|were) the other( \w+){0,2}? (names|actors|stars|people|cast members) (in|on) xshowx\b",
        True,
    ),
    # "what's X on", "what is it streaming on", and the question word left in place ("and its on what"):
    # the service it is on, not what it is about.
    frame(
        "where_to_watch",
        r"^(what|which) (is|s|are) (xshowx|it|that|this) (streaming |stream |airing |air |showing )?on$"
        r"|^(xshowx|it|its|that|thats|this) ((is|s) )?(streaming |airing |showing )?on (what|which)$",
        decisive=True,
    ),
    # "which streamer has the series adapted from the novels", "what platform is the show the s3 director
    # made on": a question headed by a network asks for the network; the relation words after it (novels,
    # director) only describe the show.
    frame(
        "where_to_watch",
        r"^(what|which) (tv )?(network|channel|streaming service|platform|app|service) "
        r"(is|s|has|carries|streams|airs|shows|hosts)\b(?!.*\b(most|more|fewer|least|than)\b)",
        decisive=True,
    ),
)
