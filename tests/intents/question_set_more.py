"""Questions as fans type them, part 2 (part 1, and the Case helpers, are in question_set.py).

Where to watch, ratings, awards, synopsis, seasons, people's profiles and other work, sources, the list of
shows, help, prefix commands, then questions Marquee must decline: unknown shows and people, and chatter.
"""

from __future__ import annotations

from tests.intents.question_set import LYN, NEWBERRY, NICK, OSMAN, S3, a, chatter, unknown

WATCH = [
    a("where can i stream heartstopper", "where_to_watch", "Netflix"),
    a("what streaming service is heartstopper on", "where_to_watch", "Netflix"),
    # A yes/no check says yes or no first, then the fact that decided it.
    a("is heartstopper on netflix", "where_to_watch", "Yes", has=("Netflix",)),
    a("what network is heartstopper on", "where_to_watch", "Netflix"),
    a("where to watch heartstopper season 3", "where_to_watch", "Netflix"),
    a("where can i watch agatha all along", "where_to_watch", "Disney+", not_answers=("Netflix",)),
    a("what platform is agatha all along on", "where_to_watch", "Disney+", not_answers=("Netflix",)),
    a("is agatha all along on netflix", "where_to_watch", "No", has=("Disney+",), not_answers=("Netflix",)),
    a("where can i watch wandavision", "where_to_watch", "Disney+", not_answers=("Netflix",)),
    a("wher can i watch heartstoppr", "where_to_watch", "Netflix"),
    a("how can i watch heartstopper", "where_to_watch", "Netflix"),
    a("what channel is heartstopper on?", "where_to_watch", "Netflix"),
]

RATINGS = [
    a("heartstopper rotten tomatoes score", "ratings", has=("98%", "96%")),
    a("is heartstopper any good?", "ratings", has=("98%",)),
    a("how is heartstopper rated", "ratings", has=("98%",)),
    a("what do critics think of heartstopper", "ratings", "98%"),
    a("heartstopper audience score", "ratings", "96%"),
    a("what did audiences rate heartstopper", "ratings", "96%"),
    a("what's the tomatometer for heartstopper", "ratings", "98%"),
    a("heartstopper reviews", "ratings", has=("98%",)),
    a("how well reviewed is heartstopper", "ratings", has=("98%",)),
    a("what's agatha all along's rotten tomatoes score", None, kinds=(), banned=("98%", "96%")),
]

BAFTAS = ("Music", "Writing", "Memorable Moment")
NO_EMMY = r"(?i)\b(not|no|never|none)\b.*\bemmy|\bemmy.*\b(not|no|none)\b"
AWARDS = [
    a("has heartstopper won any awards", "awards", has=BAFTAS),
    a("how many baftas was heartstopper nominated for", "awards", text=r"\b3\b|(?i:three)"),
    a("was heartstopper nominated for an emmy", "awards", text=NO_EMMY),
    a("did heartstopper get any emmy nominations", "awards", text=NO_EMMY),
    a("what bafta nominations does heartstopper have", "awards", has=BAFTAS),
    a("heartstopper awards", "awards", has=BAFTAS),
    a("any award nominations for heartstopper?", "awards", has=("Writing",)),
    a("did heartstopper win a bafta", "awards", text="BAFTA"),
]

CHARLIE_AND_NICK = r"Charlie.*Nick|Nick.*Charlie"
ABOUT = [
    a("what's heartstopper about", "about", text=CHARLIE_AND_NICK),
    a("heartstopper plot", "about", text=CHARLIE_AND_NICK),
    a("what is the story of heartstopper", "about", text=CHARLIE_AND_NICK),
    a("give me a quick summary of heartstopper", "about", text=CHARLIE_AND_NICK),
    a("what happens in heartstopper", "about", text=CHARLIE_AND_NICK),
    a("what is agatha all along about", "about", text="WandaVision", banned=("Charlie",)),
    a("tell me about heartstopper", "about", text=CHARLIE_AND_NICK),
    a("what kind of show is heartstopper", "about", text=CHARLIE_AND_NICK),
    a("synopsis of heartstopper please", "about", text=CHARLIE_AND_NICK),
]

SEASONS = [
    a("how many seasons of heartstopper are there", "seasons", "3"),
    a("how many seasons is heartstopper", "seasons", "3"),
    a("how many episodes of heartstopper are there", "seasons", text=r"\b16\b"),
    a("how many episodes are in heartstopper season 3", "seasons", kinds=(), not_answers=("16",)),
    a("how many episodes were in the first two seasons of heartstopper", "seasons", text=r"\b16\b"),
    a("how many seasons of heartstopper are out", "seasons", "3", after=True),
    a("will there be a heartstopper season 3", ("seasons", "premiere"), text=r"October 3|season 3"),
]

PROFILES = [
    a("who's kit connor", "profile", text=NICK),
    a("tell me about joe locke", "profile", text="Charlie Spring"),
    a("who is euros lyn", "profile", text=r"\b16\b|seasons 1.2"),
    a("who is andy newberry", "profile", text="season 3"),
    a("who is lauren james", "profile", text="story consultant"),
    a("who is alice oseman", "profile", text=OSMAN, not_answers=("Alice Oseman",)),
    a("who is kathryn hahn", "profile", text="Agatha All Along"),
    a("who is olivia colman", "profile", text="Heartstopper"),
    a("kit connor", "profile", text=NICK),
    a("who is kit conner", "profile", text=NICK),
    a("who is joe lock", "profile", text="Charlie Spring"),
    a("who is euros lynn", "profile", text="Heartstopper"),
    a("what does alice oseman do", ("profile", "creator", "other_work"), text=OSMAN),
    a("who is yasmin finney", "profile", text="Heartstopper"),
]

NEWBERRY_WORK = ("Shetland", "The Light in the Hall", "Hidden", "Bregus")
LYN_WORK = ("Doctor Who", "Torchwood", "The Library Suicides")
OTHER_WORK = [
    a("what other shows did andy newberry direct", "other_work", has=NEWBERRY_WORK),
    a("andy newberry filmography", "other_work", has=NEWBERRY_WORK),
    a("what has euros lyn worked on", "other_work", has=LYN_WORK),
    a("what else has euros lyn directed", "other_work", has=LYN_WORK),
    a("did euros lyn direct doctor who", ("other_work", "profile"), text="Doctor Who"),
    a("what else is joe locke in", "other_work", has=("Agatha All Along",)),
    a("what other shows has joe locke been in", "other_work", has=("Agatha All Along",)),
    a("what is andy newberry known for", ("other_work", "profile"), text="Shetland"),
    a("what else has andy newbury directed", "other_work", has=NEWBERRY_WORK),
    a("has euros lyn done anything besides heartstopper", "other_work", has=LYN_WORK),
]

META = [
    a("where did you get this information", "source", text="2024"),
    a("what's your source for heartstopper", "source", text="2024"),
    a("source?", "source", text="2024"),
    a("where do your heartstopper facts come from", "source", text="2024"),
    a("how do you know that", "source", text="2024"),
    a("which shows do you know about", "shows", has=("Heartstopper", "Agatha All Along")),
    a("what shows can i ask you about", "shows", has=("Heartstopper", "Agatha All Along")),
    a("list all the shows you have", "shows", has=("Heartstopper", "Agatha All Along")),
    a("what tv series do you cover", "shows", has=("Heartstopper", "Agatha All Along")),
    a("help", "help", kinds=("help",)),
    a("what can you do?", "help", kinds=("help",)),
    a("how does this bot work", "help", kinds=("help",)),
    a("what can i ask you", "help", kinds=("help",)),
    a("commands", "help", kinds=("help",)),
    a("!help", "help", kinds=("help",)),
]

COMMANDS = [
    a("!premiere heartstopper", "premiere", has=(S3,)),
    a("!premiere heartstopper season 3", "premiere", S3),
    a("!cast", "cast", has=("Joe Locke", "Kit Connor")),
    a("!cast agatha all along", "cast", has=("Kathryn Hahn",), not_answers=("Kit Connor",)),
    a("!who kit connor", "profile", text=NICK),
    a("!who nick", "who_plays", "Kit Connor"),
    a("!countdown heartstopper s3", "countdown", text=r"\b30 days\b"),
    a("!where heartstopper", "where_to_watch", "Netflix"),
    a("!ratings heartstopper", "ratings", has=("98%", "96%")),
    a("!awards heartstopper", "awards", has=BAFTAS),
    a("!director heartstopper season 3", "directors", NEWBERRY, not_answers=(LYN,)),
    a("!creator", "creator", OSMAN),
    a("!about agatha all along", "about", text="WandaVision"),
    a("!seasons heartstopper", "seasons", "3"),
    a("!work andy newberry", "other_work", has=NEWBERRY_WORK),
    a("!PREMIERE Heartstopper S3", "premiere", S3),
    a("!crew heartstopper", "crew", has=("Lauren James",)),
    unknown("!premiere stranger things", "stranger things"),
    unknown("!cast stranger things", "stranger things"),
    unknown("!who john smith", "john smith"),
    chatter("!frobnicate heartstopper", kinds=("invalid",)),
]

UNKNOWN = [
    unknown("when does stranger things season 5 come out?", "stranger things"),
    unknown("who plays eleven in stranger things", "stranger things|eleven"),
    unknown("who is john smith", "john smith"),
    unknown("stranger things cast", "stranger things"),
    unknown("where can i watch the bear", "the bear"),
    unknown("when does wednesday season 2 come out", "wednesday"),
    unknown("who plays geralt in the witcher", "witcher|geralt"),
    unknown("how many seasons does the office have", "the office"),
    unknown("rotten tomatoes score for breaking bad", "breaking bad"),
    unknown("who directed succession", "succession"),
    unknown("who is pedro pascal", "pedro pascal"),
    unknown("what else has zendaya been in", "zendaya"),
    unknown("when does bridgerton season 4 come out", "bridgerton"),
    unknown("who created squid game", "squid game"),
    unknown("where can i watch young royals", "young royals"),
    unknown("when does heartbreak high season 2 come out", "heartbreak high"),
    unknown("who plays charlie in charlie and the chocolate factory", "chocolate factory"),
    unknown("who is nick jonas", "nick jonas"),
    unknown("who is kit harington", "kit harington"),
    unknown("who is joe biden", "joe biden"),
    unknown("is the last of us season 2 out yet", "last of us"),
    unknown("who plays wednesday addams", "wednesday"),
    unknown("when does the boys season 4 premiere", "the boys"),
    unknown("who is the story consultant on bluey", "bluey"),
    unknown("what's the plot of severance", "severance"),
    unknown("tell me about ted lasso", "ted lasso"),
]

CHATTER = [
    chatter("what's the weather like today"),
    chatter("tell me a joke"),
    chatter("what is the capital of france"),
    chatter("how are you doing"),
    chatter("what's 2+2"),
    chatter("who won the world cup", names_something=True),
    chatter("can you recommend a good pizza place"),
    chatter("lol"),
    chatter("good bot"),
    chatter("what time is it"),
    chatter("i love this show so much"),
    chatter("who is the president of the united states", names_something=True),
    chatter("play despacito"),
    chatter("what's the meaning of life"),
    chatter("thanks!"),
    chatter("hi", kinds=("unknown", "help")),
    chatter("hello there", kinds=("unknown", "help")),
]

MORE_CASES = [
    *WATCH,
    *RATINGS,
    *AWARDS,
    *ABOUT,
    *SEASONS,
    *PROFILES,
    *OTHER_WORK,
    *META,
    *COMMANDS,
    *UNKNOWN,
    *CHATTER,
]
