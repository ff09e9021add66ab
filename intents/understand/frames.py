"""Relation frames: the words that name the fact a question asks for, read as a small grammar.

The intent matcher compares a question with example phrasings; a phrasing nobody wrote down can fall under its
bar. A frame reads the question's own relation words instead ("direct" asks for directors, "how long until"
for a countdown), so a plain question is answered whatever else it says around them. Frames are tried in
order; the first that fits names the intent. The question is in slot form: linked names are replaced by
xshowx, xpersonx, xcharx, xseasonx, xnetworkx.
"""

from __future__ import annotations

import functools
import re

from intents.understand.frame_kinds import Frame, frame
from intents.understand.head_frames import HEAD_FRAMES

# A person put after their part in a show: "shogun's co-creator justin marks", "andor creator tony gilroy".
_TITLED = r"((the )?xshowx (s )?(co )?(creator|showrunner|writer|author|producer) )?"

# Order matters: a countdown also says "come out", other work also says "directed".
FRAMES: tuple[Frame, ...] = (
    *HEAD_FRAMES,
    # "who's behind heartstopper" asks who made it, not who someone is.
    frame("creator", r"\b(whos|who is|who s|people|person|minds?) behind xshowx\b", decisive=True),
    frame(
        "countdown",
        r"\bhow (long|many (days|weeks|months|more days|sleeps))\b"
        r".*\b(until|till|til|before|left|away|wait)\b"
        r"|\bcountdown\b|\b(days|weeks) (until|till|til|left)\b|\bhow soon\b",
    ),
    # "what else did severance win", "what else has it been nominated for": more of a show's awards, not the
    # other work "what else" asks of a person.
    frame(
        "awards",
        r"\b(what|which|anything) else (did|has|have|was|is) xshowx( been| get| got)? "
        r"(win|won|wins|nominated|up) ?(for)?$",
        decisive=True,
    ),
    # A named person's past or best-known work: "what's he famous for", "what's he directed before".
    frame(
        "other_work",
        r"\bxpersonx\b.*\b(famous|known|best known|remembered) for\b"
        r"|\bxpersonx\b.*\b(directed|made|created|written|wrote|done|worked on|produced|been in) before\b"
        r"|\b(what|which \w+) (did|has) xpersonx (direct|make|create|write|do|work on|produce|star in|act in)"
        r" before\b"
        r"|\b(anything|something) else (by|from) xpersonx\b|\bxpersonx s other (work|stuff|shows|projects)\b"
        # "what did will smith write on", "what show has jed harrow written for": the work itself is asked
        # ("which earlier show did the lantern keepers' co-creator hannah stroud write for")
        r"|\b(what|which)( (tv|earlier|other|older|previous))?( (shows?|series))? (did|has|have)"
        f" {_TITLED}xpersonx (write|written|wrote|direct|directed|create|created|produce|produced) (on|for)"
        r"( before)?$"
        # "what did justin marks co-write", "justin marks - what did he write before that?": their work
        f"|\\bwhat (did|has|have) {_TITLED}xpersonx (co )?"
        r"(write|written|wrote|direct|directed|create|created|produce|produced)$"
        # "andor creator tony gilroy, what did he write" (read "... write in andor"): writing, not directing
        r"|\bwhat (did|has|have) xpersonx (co )?(write|written|wrote|create|created|produce|produced)"
        r"( before( that| this| it| then)?)? in xshowx$"
        # "tony gilroy co-wrote which star wars film", "hannah stroud wrote for which royal drama": the work
        # asked for by a question word after the verb
        r"|\bxpersonx (co )?(wrote|directed|created|produced)( the (screenplay|script|scripts|teleplay))?"
        r"( for| on)? (which|what) (?!(\w+ )?(seasons?|episodes?|eps?|parts?)\b)"
        r"|\bxpersonx\b.*\bwhat (did|has|have) (he|she|they) (co )?"
        r"(write|written|direct|directed|create|created|produce|produced)( before( that| this| it| then)?)?$",
        decisive=True,
    ),
    # A person and the word "show": "joe locke shows?", "joe locke marvel show name??".
    frame(
        "other_work",
        r"^xpersonx (\w+ )?(shows?|series)( name| called)?$|\bname of xpersonx (s )?(\w+ )?(show|series)\b"
        r"|\b(show|series) (is )?xpersonx (is )?in called\b",
        decisive=True,
    ),
    # "which show is tramell tillman from", "X is so good, what show is he in": the shows a person is in.
    frame(
        "other_work",
        r"\b(what|which) (tv )?(shows?|series) (is|s|was|are) xpersonx (from|in|on)$"
        r"|\b(what|which) (tv )?(shows?|series) (does|did|do) xpersonx (work|star|act|appear) (in|on)$"
        # "what shows has joe locke acted in", "name the series joe locke appears in"
        r"|\b(what|which|name the|list the) (tv )?(shows?|series) (has |have )?xpersonx (has |have )?"
        r"(been|acted|appeared|starred|appears|acts|stars|is) (in|on)$"
        # "which netflix show season is he doing": the show and season someone is working on
        r"|\b(what|which) (xnetworkx |tv )?(shows?|series) (seasons? )?(is|s|are) xpersonx "
        r"(doing|directing|working on)$"
        r"|\bxpersonx\b.*\b(what|which) (tv )?(shows?|series) (is|s|was) (he|she) (from|in|on)$"
        r"|\b(what|which)( \w+)? (is|s|was|are) xpersonx (starring|appearing|acting) (in|on)\b",
        decisive=True,
    ),
    # "which shows has andy newberry directed besides heartstopper": other work, not that show's directors.
    frame("other_work", r"\bxpersonx\b.*\b(besides|apart from|other than|except) xshowx\b", True),
    frame(
        "other_work",
        r"\bwhat else\b|\bother (shows|work|works|projects|things|series|films|movies|credits|stuff)\b"
        r"|\bknown for\b|\belse (has|have|did|is)\b|\bfilmography\b|\bworked on\b|\bbeen in\b"
        # a person's record of work in other words: "what's on his cv", "what's her track record like"
        r"|\b(cv|resume|track record|body of work|back catalogue|back catalog|portfolio)\b"
        # "what's his background", "what's his pedigree outside of it", "what's her career been like"
        r"|\b(his|her|their|xpersonx s|xpersonx) (background|pedigree|career|experience)\b"
        r"|\bprevious work\b|\bdone before\b|\b(has|have|did) xpersonx (done|made)\b",
    ),
    frame(
        "plays_whom",
        r"\b(who (does|did|is|will)|whos) xpersonx (play|playing|portray|voice)\b"
        r"|\b(what|which) (role|character|part|person)\b.*\bxpersonx\b"
        r"|\bxpersonx\b.*\b(plays|play|playing|portray|portrays) (who|what|which|whom)\b"
        r"|\bxpersonx s (character|role)\b|\b(role|character) of xpersonx\b",
        decisive=True,
    ),
    # "who is joe locke rumoured to play", "the rumour was he's who": the part, with what is said of it.
    frame(
        "plays_whom",
        r"\bwho (is|s|was) xpersonx (rumou?red|speculated|supposedly|supposed|thought|believed)"
        r" to (be|play)\b"
        r"|\b(rumou?rs?|speculation|theory) (was|is|says) xpersonx (is|s) (playing )?who$"
        # "people think joe locke is secretly playing someone in agatha, who"
        r"|\b(think|thinks|reckon|reckons|say|says|believe|believes|suspect|suspects) xpersonx (is|s)\b"
        r".*\bwho$",
        decisive=True,
    ),
    # "gary oldman slow horses", "joe locke heartstopper character": a person and a show, nothing else.
    frame("plays_whom", r"^(xpersonx xshowx|xshowx xpersonx)$|\bxpersonx\b.*\b(character|role|part)\b"),
    # "which actor is playing nick": whoever the matcher thinks, a character's actor is asked for.
    frame(
        "who_plays", r"\bwho (acts|acted|is acting) as\b|\b(actor|actress) (is|s) (playing|cast as)\b", True
    ),
    # "wiccan theory jl, who is wiccan": a question ending on "who is <character>" asks about the part,
    # whoever the words before it name
    frame("who_plays", r"\bwho (is|s) xcharx$", True),
    # "charlie in heartstopper - which actor is that?", "elle, who's the actress?": a character named, then
    # the one actor asked for as "that"
    frame(
        "who_plays",
        r"\bxcharx\b.*\b((which|what) (actor|actress) (is|s|was) (that|it|this|she|he|her|him)"
        r"|who (is|s|was) the (actor|actress))$",
        True,
    ),
    # "nick n actor?", "hs nick actor name": a character's actor (one, not "actors"), an initial or none
    frame("who_plays", r"\bxcharx( s| [a-z])? (actor|actress)\b", True),
    # "who is the actor playing charlie", "name of the guy playing nick": the actor described by the part
    # is the one asked for, never the whole cast the word "actor" might suggest.
    frame(
        "who_plays",
        r"\b(who|whos|which|name of)\b( \w+){0,4} (actor|actress|person|one)( \w+){0,3}? "
        r"(playing|plays|portraying|portrays|cast as) xcharx\b",
        True,
    ),
    frame(
        "who_plays",
        r"\bwho (plays|played|is playing|portrays|portrayed|voices|will play)\b|\bplayed by\b"
        r"|\b(actor|actress|person) (for|of|behind|playing|who plays|that plays)\b|\bxcharx s actor\b",
    ),
    frame("directors", r"(?<!casting )\bdirect(s|ed|or|ors|ing)?\b(?! of photography)"),
    frame(
        "creator",
        r"\bcreat(e|ed|es|or|ors)\b|\bwrote\b|\bwriters?\b|\bauthor\b|\bnovels?\b|\bbooks?\b|\bbased on\b"
        r"|\bcame up with\b|\bwritten\b|\bmind behind\b|\b(whos|who is|people|person) behind\b|\bcomics?\b"
        r"|\bgraphic novel\b|\b(?:dreamed|dreamt|thought) up\b|\binvented\b"
        # "who made heartstopper": making a show is creating it (not "what has she made", her work)
        r"|\bwho (made|makes) (xshowx|it|that|this)\b",
    ),
    frame(
        "crew",
        r"\bshow ?runners?\b|\bconsultant\b|\bproducers?\b|\bproduced\b|\bcinematograph\w*\b|\beditors?\b"
        r"|\bdop\b|\bedit(s|ed|ing)\b|\bcostumes?\b|\bcasting director\b|\bcompos(er|ers|ed)\b"
        r"|\bwho (runs|ran)\b",
    ),
    frame("awards", r"\b(emmys?|baftas?|golden globes?|awards?|nominat\w*|won|win|wins|oscars?|sag)\b"),
    frame(
        "ratings",
        r"\b(ratings?|rated|scores?|rotten|tomatoes|tomatometer|critics|reviews?|reviewed|metacritic|metascores?|imdb"
        r"|audiences?|fresh|certified|letterboxd)\b",
    ),
    frame(
        "seasons",
        r"\bhow many (seasons|episodes|series)\b|\bnumber of (seasons|episodes)\b"
        r"|\b(episode|season|series) count\b",
    ),
    frame(
        "where_to_watch",
        r"\bwhere (can|do|to|should|could|will) (i |we |you |u )?(watch|stream|see|find)\b"
        # "where will i be able to watch it", "where am i able to stream it"
        r"|\bwhere (can|could|will|would|am|are|is) (i|we|you|u|she|he|they) (be )?able to"
        r" (watch|stream|see)\b"
        r"|\bwhere (is|s) it\b"
        r"|\b(what|which) (network|channel|service|platform|streamer|app|streaming)\b|\bon xnetworkx\b"
        r"|\b(network|channel|streaming service|platform)\b|\bwatch it\b|\bwhere to watch\b"
        r"|\bhow (to|can i|do i|can we|do we|could i) (watch|stream)\b|\b(watch|stream) (it )?where\b",
    ),
    frame(
        "renewal",
        r"\b(renew\w*|cancel\w*|final season|final xseasonx|(last|final) one|ending|ends? (after|with))\b"
        r"|\b(getting|get|have|having) another (season|series|xseasonx)\b"
        # "is it finished or is there more coming", "is X still going", "does X have a season 3 coming"
        r"|\b(is|s) (it|xshowx) (finished|over|done|still going)\b|\bmore (coming|on the way)\b"
        r"|\bhave (a|another) xseasonx (coming|planned|on the way)\b"
        # "is there going to be a season 3", "will there be another season"
        r"|\b(is|will|are) there (going to |gonna )?(be )?(a|another|any|more) (xseasonx|seasons?)\b",
        True,
    ),
    frame(
        "premiere",
        r"\bwhens?\b|\brelease\w*\b|\bpremiere\w*\b|\b(come|comes|coming|came) (out|back)\b|\bout yet\b"
        r"|\bdrop\b|\bair\b|\breturn\w*\b|\bdate\b|\bdebut\w*\b|\bstart\w*\b|\byear\b",
    ),
    frame(
        "cast",
        r"\bcast\b|\bopposite\b|\balongside\b|\bco ?stars?\b"
        r"|\bwho (is|s|are) in\b|\bwhos in\b|\bwho stars\b|\bstars\b|\bstarring\b|\bactors\b"
        r"|\bwho acts\b|\bmain characters\b|\bcharacters\b|\blead actors?\b|\b(the|two|both|main) leads\b"
        r"|\b(is|are) xpersonx back\b",  # "is joe locke back too": in the new season's cast
    ),
    frame(
        "about",
        # "what's the wandavision spin-off with joe locke called": the show described is asked by name
        r"\bwhat (is|s) (the )?xshowx( \w+){0,4} called\b"
        r"|\bwhat (is|s) the (name|title) of xshowx$"  # "what's the name of that show": its title
        r"|\bplot\b|\bsynopsis\b|\bpremise\b|\bwhat (is|s) xshowx about\b|\babout\b"
        r"|\bstory\b(?! (consultant|editor)s?\b)"  # a story consultant is crew
        # how the story's couple comes about, for fanfic and recaps: "how do nick and charlie first meet"
        r"|\bhow (do|does|did) xcharx and xcharx (first )?(meet|end up together|get together|become friends"
        r"|fall for each other|fall in love|start dating)\b",
    ),
    # "how does the friendship between nick and charlie start": the story, not the premiere ("start")
    frame(
        "about",
        r"\bhow (does|did) (the|their) (friendship|relationship|romance|love story)"
        r"( between xcharx and xcharx)? (start|begin|happen)\b",
        decisive=True,
    ),
    frame(
        "profile",
        r"^(who|whos) (is|s)? ?xpersonx$|\btell me about xpersonx\b|\bxpersonx\b.*\b(job|jobs|position)\b"
        r"|\bwhat (does|did) xpersonx do\b",
    ),
    frame("seasons", r"\b(episodes|seasons)\b"),
)


_QUESTION_WORDS = frozenset(
    "who whos what whats when whens where which how is are was does do did has have can will".split()
)


def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern matching where any of `patterns` does: one scan says whether any is worth trying."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


@functools.cache  # built on first use: compiling the union at import would lengthen start-up
def _any_frame(decisive_only: bool) -> re.Pattern[str]:
    return any_of([f.pattern for f in FRAMES if f.decisive or not decisive_only])


def warm_frames() -> None:
    """Compile the frames' unions now (a warm-up), not on the first question that reaches them."""
    _any_frame(True)
    _any_frame(False)


@functools.lru_cache(maxsize=4096)  # pure; several readers of one message ask it of the same words
def read_frame(slotted: str) -> str | None:
    """The intent whose relation words the question uses, or None.

    Bare keywords naming two relations ("heartstopper director cast") are left to "did you mean".
    """
    if not _any_frame(False).search(slotted):
        return None  # fits no frame (most questions past the catalog's): no frame tried one by one
    fitting = [f.intent for f in FRAMES if f.pattern.search(slotted)]
    if not fitting:
        return None
    if len(set(fitting)) > 1 and not set(slotted.split()) & _QUESTION_WORDS:
        return None
    return fitting[0]


@functools.lru_cache(maxsize=4096)  # pure; asked of the slotted and the plain words of each question
def decisive_frame(slotted: str) -> str | None:
    """The intent of a decisive frame the question fits, if any."""
    if not _any_frame(True).search(slotted):
        return None
    for tried in FRAMES:
        if tried.decisive and tried.pattern.search(slotted):
            return tried.intent
    return None
