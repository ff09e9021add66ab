"""Word lists for telling names apart: months, the capitalised words that are never part of a person's name,
the ordinary words that are also titles, and the ranks that may open a character's name."""

from __future__ import annotations

MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# Months that are also first names.
MONTH_FIRST_NAMES = frozenset({"April", "May", "June"})
# Capitalised words that never belong to a person's name.
NOT_NAME = MONTH_WORDS | frozenset(
    "The A An This That These Those It Its Season Seasons Series Part Episode Episodes Chapter Volume "
    "Netflix Hulu HBO Disney Apple Prime Video Peacock Paramount BBC ITV Channel FX AMC Showtime "
    "Starz Amazon Emmys Emmy's Award Awards BAFTA BAFTAs Golden Globe Globes Oscars Academy "
    "Outstanding Best Drama Comedy Limited Studios Studio Pictures Entertainment Television TV Productions "
    "Films Media Network Universe Cinematic Marvel Star Wars Rotten Tomatoes IMDb Metacritic Official "
    "New Old Season's Trailer Teaser Release Date Cast Premiere Finale Netflix's He She They We You I "
    "In On At For From With And But Or After Before While When Where Who What Why How Meanwhile Also "
    "Deadline Variety Collider Screen Rant Reporter Hollywood Sources Fans Viewers Critics Audience "
    "Director Creator Showrunner Writer Producer Executive Detective Sergeant Superintendent Inspector "
    "Lord Lady Father Mother Sister Brother Uncle Aunt Doctor Captain "
    "Officer Agent Professor Mayor President General Chief Miss Mr. Mrs. Ms. Dr. Part Stream "
    "Watch Check Read Here Everything Know Story Plot Sunday Night Morning Evening Weekend "
    "Dept. Bros. Corp. Newcomer Newcomers Actor Actress Comedian Star Stars Alum Veteran Original "
    # ("Co-star Ayo Banks is back": the word saying who she is opens no name.)
    "Originals Alongside Opposite Starring Featuring Joining Including Former Co-star Co-Star Costar "
    # "Back in January, the series ...": a sentence's opening adverb before a date is no title.
    "Back Earlier "
    # ("Screenwriter Dou Qingyi wrote the scripts": a job's noun before a name says who she is.)
    "Screenwriter Screenwriters Scriptwriter Composer Composers Cinematographer Songwriter Playwright "
    "Novelist Author Filmmaker Filmmakers Choreographer Narrator Co-creator Co-Creator Co-showrunner "
    "Co-Showrunner Showrunners Creators Writers Directors Producers Actors PD".split()
)
# Ordinary words in NOT_NAME that are also shows' titles ("Star", "Episodes", "Crisis"): taken as a title
# only in a context nothing but a title fits (quoted, "the cast of Star", "Fox's Star", "Star has been
# canceled", "Episodes, starring Matt LeBlanc").
ORDINARY_TITLE_WORDS = frozenset(
    "Star Stars Episodes Limited Universe Critics Audience Story Weekend Veteran Actor Comedian Director "
    "Creator Detective Sergeant Inspector Doctor Captain Officer Agent Professor Mayor President General "
    "Chief Mother Father Sister Brother Uncle Aunt Lord Lady Sources Fans Viewers Morning Evening Night "
    "Network Media Official Outstanding Release Trailer Cast Finale Premiere Academy Newcomers Alum".split()
)
# Titles and ranks that may open a character's name but are not part of how fans say it.
HONORIFICS = frozenset(
    "DI DS DCI DC DSU Dr CEO Detective Sergeant Superintendent Inspector Lord Lady Father Sister Brother "
    "Doctor "
    "Dr. Captain Capt. Officer Agent Professor Prof. Judge Mayor President General Chief Miss Mr. Mrs. Ms. "
    "Uncle Aunt King Queen Prince Princess Sir Dame Sheriff Deputy Duke Duchess Lieutenant Lt. Colonel Col. "
    "Commander Admiral".split()
)
