"""Words that frame catalog questions, and the cue words that say which fact a question wants.

Kept free of imports so entity linking can use them without import cycles.
"""

from __future__ import annotations

# Relations a catalog film can be asked about; person and tag questions ask for films.
FILM_RELATIONS = ("director", "writer", "actor", "year", "genre", "language", "tag", "rating", "votes")

# Cue words per relation, checked in this order on the words around the entity (so "popularity rating"
# is about votes, and "the director of the film" is not about a film's tags).
RELATION_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rating", ("popular opinion",)),
    ("votes", ("popular", "popularity", "famous", "well known", "votes", "how known", "fame")),
    (
        "rating",
        (
            "rating",
            "ratings",
            "rate",
            "rated",
            "good",
            "think of",
            "think about",
            "opinion",
            "score",
            "imdb",
            "bad",
        ),
    ),
    ("genre", ("genre", "genres", "kind of", "type of", "sort of", "category")),
    ("language", ("language", "languages", "spoken", "speak", "speaks")),
    (
        "year",
        ("year", "released", "release", "come out", "came out", "when was", "premiere", "premiered", "date"),
    ),
    ("director", ("direct", "directed", "director", "directors", "directs", "directing")),
    (
        "writer",
        ("wrote", "write", "written", "writer", "writers", "screenplay", "script", "screenwriter", "author"),
    ),
    (
        "actor",
        (
            "act",
            "acted",
            "actor",
            "actors",
            "actress",
            "actresses",
            "star",
            "starred",
            "stars",
            "starring",
            "appear",
            "appears",
            "appeared",
            "cast",
            "played",
            "plays",
            "play",
        ),
    ),
    (
        "tag",
        (
            "describe",
            "describes",
            "describing",
            "described",
            "words",
            "topics",
            "topic",
            "terms",
            "tags",
            "tag",
            "keywords",
            "about",
            "themes",
            "theme",
        ),
    ),
)

# Words that frame a question rather than name something; entity linking never fuzzes these into names.
QUESTION_WORDS = frozenset(
    """who whom whose what which when where why how is are was were be been being do does did done can could
    would will shall should may might a an the of in on at to for from by with and or as that this these those
    it its it's name list give show shows tell me please some any few all other films film movie movies
    picture pictures flick flicks series tv title titles one ones person people someone somebody listed
    direct directed director directors directs directing wrote write writes written writer writers
    screenplay screenwriter script story author creator act acts acted acting actor actors actress actresses
    star stars starred starring appear appears appeared appearance cast role roles played plays play
    release released releases year years date when come came out premiere premiered genre genres kind type
    sort category language languages spoken speak primary main describe describes described describing
    description words word terms term topics topic tags tag keywords about themes theme rating ratings rate
    rated good bad opinion think thought people audiences audience popular popularity famous well known
    votes fame considered imdb score world there here also again then than so just really under fall falls
    applicable apply applies season seasons episode episodes series first second third fourth fifth
    cause causes caused fact facts live falling available
    """.split()
)

# The words that carry a question's meaning ("stars", "directed", "words"). A name made only of these (and
# stopwords) is not linked by open linking: "who stars in Xanadu" is not about a film called "Stars". The
# catalog's own linking still finds such titles when the phrasing leaves no other candidate.
CUE_WORDS = frozenset(
    {word for _relation, cues in RELATION_CUES for cue in cues for word in cue.split()}
    | {
        "film",
        "films",
        "movie",
        "movies",
        "picture",
        "pictures",
        "direct",
        "director",
        "directors",
        "writer",
        "writers",
        "actor",
        "actors",
        "actress",
        "tags",
        "words",
        "topics",
        "terms",
        "describe",
        "genre",
    }
)
