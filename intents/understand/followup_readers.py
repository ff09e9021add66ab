"""The follow-up readers, in the order they read a follow-up, each behind a gate of the words it needs.

A follow-up ("and the other lead?", "what's his name again") is read by one reader after another, each
seeing the words as the readers before it left them: a reader either rewrites the words ("the other lead"
-> the actor's name) or, when it `settles`, gives the whole question, which ends the reading. The order
matters and is the order of READERS.

A reader's `needs` are words one of which every phrasing it reads holds ("the other lead" holds "other"):
it runs only when the words as they stand hold one (the set of them is made once per wording, and the
readers each word opens are looked up in an index made once per list, not by asking every gate), so a
follow-up pays only for the readers it may concern and costs about what a first question does. A gate is
a necessary condition of the reader changing anything, never a guess: leave `needs` empty when the reader
may act on any words (a first name alone, a conversation's last answer).

How to add a follow-up reader: write it in its own module, as a function of the words and whatever of the
conversation, the facts or the message's link it reads, returning the new words (or None when it reads
nothing there); add one `Reader` line to READERS at its place in the order, with the words it needs; test
it in tests/intents like the others.
"""

from __future__ import annotations

from intents.understand.apposed_parts import APPOSED_PART_WORDS, apposed_part
from intents.understand.award_categories import categories_of_awards, count_of_award_named
from intents.understand.back_to_role import back_to_role
from intents.understand.both_shows import both_shows
from intents.understand.character_relations import relation_of_part
from intents.understand.chatter_titles import about_title_in_chatter
from intents.understand.co_star_asks import CO_STAR_WORDS, co_stars_asked
from intents.understand.counted_claims import POINTING_WORDS, count_as_claim
from intents.understand.described_ellipsis import DESCRIBED_ELLIPSIS_WORDS, described_show_ellipsis
from intents.understand.descriptions import front_description
from intents.understand.doing_roles import DOING_WORDS, doing_as_role
from intents.understand.film_references import film_kept
from intents.understand.kind_references import kind_as_subject
from intents.understand.listed_picks import both_listed, pick_of_listed
from intents.understand.listed_places import place_in_listed_shows
from intents.understand.listed_shows import any_of_listed, pick_of_listed_shows
from intents.understand.name_again import name_asked_again
from intents.understand.name_asks import NAME_WORDS, show_named_asked
from intents.understand.neighbour_credits import neighbour_named, season_holder_named, successor_named
from intents.understand.network_followups import network_of_it, same_network_asked
from intents.understand.network_references import there_as_network
from intents.understand.openers import back_to_described
from intents.understand.ordinals import other_of_pair, place_in_answer, who_of_listed
from intents.understand.other_score_side import other_side_score
from intents.understand.other_show import other_show_of
from intents.understand.others_in_cast import others_in_cast
from intents.understand.owned_claims import owned_claim_asked
from intents.understand.part_asks import PART_WORDS, owned_part, part_asked
from intents.understand.person_claims import added_to_cast, claim_as_check
from intents.understand.person_corrections import person_replaced
from intents.understand.person_places import other_lead, other_person_asked, person_by_place
from intents.understand.reader_gates import Reader
from intents.understand.role_references import _RELATION_WORDS, after_relation
from intents.understand.same_show_asks import SAME_SHOW_WORDS, same_show_asked
from intents.understand.score_references import last_score_named, scores_pointed_at
from intents.understand.score_sources import SOURCE_ASK_WORDS, source_of_scores
from intents.understand.season_asked_back import SEASON_ASK_WORDS, season_asked_back
from intents.understand.season_picks import pick_by_season
from intents.understand.season_references import counted_noun, earlier_season, other_season, season_after_that
from intents.understand.shared_people import shared_person
from intents.understand.short_names import first_names
from intents.understand.show_of_last_answer import WHICH_SHOW_WORDS, show_of_last_answer
from intents.understand.speculated_parts import speculated_part
from intents.understand.then_dates import then_as_date
from intents.understand.titled_descriptions import DESCRIPTION_STARTS, titled_description
from intents.understand.unknown_references import unknown_described
from intents.understand.work_pointers import work_pointed_at


def _needs(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A rewriting reader that finds nothing returns the words unchanged (or None); "or None" keeps an empty
# rewrite from replacing them, as the readers' `... or tokens` did.
READERS: tuple[Reader, ...] = (
    # "start X, worth it?": the title talked about in the chatter, which "it" (or "that") then means
    Reader(
        lambda r: about_title_in_chatter(r.tokens, r.link(r.tokens)), _needs("it that this"), settles=True
    ),
    # "and his co-star, the one playing charlie, what's his next thing": he is Charlie's actor
    Reader(lambda r: apposed_part(r.tokens, r.conv, r.kb, r.link), APPOSED_PART_WORDS, settles=True),
    # "not aubrey plaza, i meant paul adelstein. same show?": is he in the show the last answer gave
    Reader(lambda r: same_show_asked(r.tokens, r.conv, r.kb, r.link), SAME_SHOW_WORDS, settles=True),
    # "who else?" after "who plays nick": the rest of the show's cast, not Kit Connor's other work
    Reader(lambda r: others_in_cast(r.tokens, r.conv, r.kb), _needs("else"), settles=True),
    # "what else has he been in" -> Darkest Hour ... "when did that come out": that work, not the show
    Reader(lambda r: work_pointed_at(r.tokens, r.conv, r.kb), _needs("that")),
    Reader(lambda r: owned_claim_asked(r.tokens), _needs("his hers her their theirs")),  # "X is his too?"
    # "in which show" after an answer about someone's part: the show that answer was about
    Reader(lambda r: show_of_last_answer(r.tokens, r.conv, r.kb), WHICH_SHOW_WORDS, settles=True),
    # "going back to the director, what else has he done": he is the director talked about
    Reader(lambda r: back_to_role(r.tokens, r.conv, r.kb), _needs("back returning return")),
    # "the other show we talked about, heartstopper, when's ...": the title says which
    Reader(lambda r: titled_description(r.tokens, r.link), DESCRIPTION_STARTS),
    # "heartstopper critics score?" ... "and the other one?": the audience score, not another person
    Reader(lambda r: other_side_score(r.tokens, r.conv), _needs("other"), settles=True),
    Reader(lambda r: other_person_asked(r.tokens), _needs("other")),  # "not that one, the other director"
    Reader(lambda r: person_by_place(r.tokens, r.conv, r.kb), _needs("the")),  # "is the second guy in agatha"
    Reader(lambda r: other_lead(r.tokens, r.conv, r.kb), _needs("other")),  # "oh wait, the other lead"
    # "is there a hs movie?" ... "when's it out?"
    Reader(lambda r: film_kept(r.tokens, r.conv, r.link), settles=True),
    Reader(lambda r: name_asked_again(r.tokens, r.conv, r.kb), _needs("what whats"), settles=True),
    # "which of the hs cast is in a marvel series" ... "what's that show called": the show brought in
    Reader(lambda r: show_named_asked(r.tokens, r.conv, r.kb), NAME_WORDS, settles=True),
    # "ppl think hes actually who", "whose kid is that", "is that confirmed": the speculated part
    Reader(
        lambda r: speculated_part(r.tokens, r.conv, r.kb),
        _needs("who whose whom whos confirmed official true rumour rumor rumours rumors theory theories"),
        settles=True,
    ),
    # "his other show"
    Reader(lambda r: other_show_of(r.tokens, r.conv, r.kb), _needs("other"), settles=True),
    # "is joe locke in agatha all along" ... "alongside who?"
    Reader(lambda r: co_stars_asked(r.tokens, r.conv, r.kb), CO_STAR_WORDS, settles=True),
    # "is joe in agatha" ... "ok and as who?": his part there
    Reader(lambda r: part_asked(r.tokens, r.conv, r.kb, r.link), PART_WORDS, settles=True),
    Reader(lambda r: owned_part(r.tokens), _needs("his her their")),  # "and his role in agatha?"
    # "i meant the season 3 director"
    Reader(lambda r: person_replaced(r.tokens, r.conv, r.kb, r.link), _needs("the that"), settles=True),
    Reader(lambda r: claim_as_check(r.tokens) or None, _needs("in")),  # "and he's the one in X right?"
    # "agatha cast?" ... "plus joe locke, yeah?"
    Reader(
        lambda r: added_to_cast(r.tokens, r.conv, r.kb, r.link),
        _needs("plus right yeah yes correct too also as well innit isnt arent"),
        settles=True,
    ),
    # "is that more than the audience score": that = the critics'
    Reader(lambda r: last_score_named(r.tokens, r.conv), _needs("than more less higher lower better worse")),
    # "where are those numbers from?" after the scores: the ratings again, which name their site
    Reader(lambda r: source_of_scores(r.tokens, r.conv, r.kb), SOURCE_ASK_WORDS, settles=True),
    # "which season is that one?" after "the next season" was answered: asked again, its number said
    Reader(lambda r: season_asked_back(r.tokens, r.conv), SEASON_ASK_WORDS, settles=True),
    # "average of those?" after the scores
    Reader(lambda r: scores_pointed_at(r.tokens, r.conv), _needs("average avg mean sum total combined add")),
    # "same platform?", "is that the same one wandavision is on": one show checked on the other's network
    Reader(lambda r: same_network_asked(r.tokens, r.conv, r.kb, r.link), _needs("same"), settles=True),
    Reader(lambda r: network_of_it(r.tokens), _needs("on")),  # "on what?" after a date: its network
    # "how many episodes did euros lyn direct" ... "is that every episode of the first two seasons?"
    Reader(lambda r: count_as_claim(r.tokens, r.conv), POINTING_WORDS, settles=True),
    Reader(lambda r: doing_as_role(r.tokens, r.conv, r.kb), DOING_WORDS),  # "which of them is doing s3"
    Reader(lambda r: then_as_date(r.tokens, r.conv), _needs("then")),  # "will agatha be out by then"
    # "which of them did season three", "which one directed the first 16 episodes"
    Reader(lambda r: pick_by_season(r.tokens, r.conv, r.kb), _needs("which who"), settles=True),
    # "which one is she in then", "is any of those X"
    Reader(lambda r: any_of_listed(r.tokens), _needs("which any")),
    # "which one is going to the mcu?"
    Reader(lambda r: pick_of_listed(r.tokens, r.conv, r.kb), _needs("which who"), settles=True),
    # "which of those is the newest?"
    Reader(lambda r: pick_of_listed_shows(r.tokens, r.conv, r.kb), settles=True),
    # "what do the two of them play": the first two listed
    Reader(lambda r: both_listed(r.tokens, r.conv, r.kb), _needs("two both pair")),
    # "when is hs3" ... "agatha?" ... "streaming where, both?": the two shows talked about
    Reader(lambda r: both_shows(r.tokens, r.conv, r.kb, r.link), _needs("both")),
    # "and his boyfriend on the show?"
    Reader(lambda r: relation_of_part(r.tokens, r.conv, r.kb), _needs("his her their"), settles=True),
    # "and joe's marvel show?"
    Reader(
        lambda r: described_show_ellipsis(r.tokens, r.conv, r.kb, r.link) or None, DESCRIBED_ELLIPSIS_WORDS
    ),
    Reader(lambda r: unknown_described(r.tokens, r.conv), _needs("the that")),  # a show nobody knows
    # "the guy before him", "his successor"
    Reader(lambda r: neighbour_named(r.tokens, r.conv, r.kb), _needs("the that his her their")),
    Reader(lambda r: successor_named(r.tokens, r.conv, r.kb), _needs("who whos")),  # "who took over from him"
    Reader(lambda r: season_holder_named(r.tokens, r.conv, r.kb), _needs("the")),  # "the s2 guy"
    # "are s1 and s2 on there too?", "what else is on that service?"
    Reader(lambda r: there_as_network(r.tokens, r.conv, r.kb), _needs("there that this")),
    # "back to hs, which categories": award categories
    Reader(lambda r: categories_of_awards(r.tokens, r.conv), _needs("categories category")),
    # "sorry, emmys not baftas" ... "so only the baftas then? how many"
    Reader(lambda r: count_of_award_named(r.tokens, r.conv), _needs("many much"), settles=True),
    Reader(lambda r: back_to_described(r.tokens, r.conv, r.link), _needs("to")),  # "back to the spy show"
    Reader(lambda r: front_description(r.tokens), _needs("the")),  # "the creator, what else has he done"
    # "did he direct the earlier seasons too"
    Reader(lambda r: earlier_season(r.tokens, r.conv, r.kb), _needs("season seasons series ones first")),
    Reader(lambda r: other_season(r.tokens, r.conv, r.kb), _needs("other")),  # "no the other one"
    # "who directed season 2" ... "ok and who did the season after that"
    Reader(lambda r: season_after_that(r.tokens, r.conv), _needs("after before")),
    Reader(lambda r: shared_person(r.tokens, r.conv, r.kb, r.link), _needs("the")),  # "the heartstopper guy"
    Reader(lambda r: kind_as_subject(r.tokens, r.conv, r.kb), _needs("the that this")),  # "the spy show"
    Reader(lambda r: counted_noun(r.tokens, r.conv), _needs("many")),  # "how many" with the noun counted
    # "the actress for ellie's girlfriend dina": a relation word between the two names
    Reader(lambda r: after_relation(r.tokens, r.link), _RELATION_WORDS),
    Reader(lambda r: first_names(r.tokens, r.conv, r.kb, r.link)),  # "and kathryn's?"
    # "when does the last one come out" after a list of shows; "the second guy" after a list of people
    Reader(lambda r: place_in_listed_shows(r.tokens, r.conv, r.kb), _needs("the")),
    Reader(lambda r: place_in_answer(r.tokens, r.conv, r.kb), _needs("the")),
    Reader(lambda r: other_of_pair(r.tokens, r.conv, r.kb), _needs("other")),  # "and the other one?"
    Reader(lambda r: who_of_listed(r.tokens, r.conv), _needs("which")),  # "which one is going to the mcu?"
)
