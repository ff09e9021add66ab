"""Article text in, typed facts out: `extract_facts` runs every pattern extractor sentence by sentence.

Two passes: the first finds the people the article names in unambiguous forms ("Rosamund Pike as Moiraine"),
so the second can resolve bare surnames ("Pike returns") and tell people from characters and titles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import replace

from ingest.capital_titles import spell_capital_titles
from ingest.cast_headings import cast_headings
from ingest.cast_seasons import with_cast_seasons
from ingest.casting_deals import deal_credits
from ingest.clutter import drop_cut_word, split_glued_caption, strip_clutter
from ingest.company_names import names_a_company
from ingest.context import Context
from ingest.credit_asides import pronoun_crew
from ingest.credited_people import credited_people, drop_roles_as_works
from ingest.dated_shapes import capital_entries
from ingest.datelines import dateline_places
from ingest.extract_steps import first_names, headline_subjects, run_extractors, text_surnames
from ingest.film_or_series import is_film
from ingest.focus import focus_season, names_season
from ingest.guard import check_text
from ingest.heading_years import heading_years
from ingest.headline_candidates import (
    drop_headline_labels,
    headline_only_title,
    names_then_title,
    opening_title,
    trim_headline_runs,
)
from ingest.headline_cast import headline_cast
from ingest.headline_release import headline_release
from ingest.headline_status import headline_status
from ingest.headline_titles import points_at_a_show
from ingest.infobox import infobox_facts
from ingest.lead_network import article_network, roundup_votes
from ingest.listings import credit_blocks, listing_facts, schedule_entries
from ingest.lone_names import lone_words
from ingest.main_show import acts_like_person, choose_main, subject_line
from ingest.memo import article_memo
from ingest.mentions import count_mentions
from ingest.merge import drop_network_conflicts, merge_facts, show_records
from ingest.misspelt_titles import misspelt_of
from ingest.model import Extraction, FactKind, IngestError, fact
from ingest.network_pointers import pointed_networks
from ingest.networks import network_votes, streaming_votes
from ingest.owned_titles import owned_titles
from ingest.passing_networks import passing_network
from ingest.past_credits import past_credits
from ingest.plural_pointers import shared_facts
from ingest.pointers import antecedents, sentence_referents
from ingest.possessive_titles import restore_possessives
from ingest.pronoun_roles import pronoun_roles
from ingest.roundups import roundup_status
from ingest.same_name import same_name_networks, same_name_titles
from ingest.sentence_extractors import ALL_EXTRACTORS, PEOPLE_EXTRACTORS, SHARED_EXTRACTORS
from ingest.sentences import headline, leading_date, plain_quotes, split_sentences, unwrap
from ingest.surnames import surname_index
from ingest.title_spellings import drop_sentence_the
from ingest.titles import candidate_counts, clean_title
from ingest.topics import paragraph_topics
from ingest.url_slug import slug_only_title, slug_titles
from ingest.withdrawn_roles import without_withdrawn
from ingest.work_mentions import work_mentions


def extract_facts(text: str, published: dt.date | None, url: str | None = None) -> Extraction:
    """Extract facts from one article; `published` (or a date the article opens with) anchors relative dates,
    and the page's address (`url`) may name the show when the text alone does not.

    Raises IngestError for input that is not an English article. Text without facts gives an empty result.
    """
    with article_memo():
        return _extract(text, published, url)


def _extract(text: str, published: dt.date | None, url: str | None) -> Extraction:
    check_text(text)
    # Clutter goes before the date is looked for and again after: " date 2019-05-10 ×" leaves a bare "×".
    opening_date, body = leading_date(unwrap(strip_clutter(split_glued_caption(plain_quotes(text)))))
    # "her deal to join PARENTHOOD": a title some outlets write in capitals inside prose, spelt as a title.
    body, in_capitals = spell_capital_titles(drop_cut_word(strip_clutter(body)))
    published = published or opening_date
    sentences = split_sentences(body)
    if not any(not s.heading or re.search(r"[.!?]['\"”’)]*$", s.text) for s in sentences):
        # A headline alone ("Heartstopper season 4 confirmed by Netflix") is a claim without its article.
        raise IngestError(
            "the text is only a headline, with no full sentence; paste the article itself (a single "
            "sentence ending in a full stop is enough)"
        )
    problems: list[str] = []
    every, strong_hits = candidate_counts(sentences)
    # "Schitt's Creek" written whole every time is one title, not a possessive before "Creek".
    every, strong_hits = restore_possessives(every, body), restore_possessives(strong_hits, body)
    # The outlet's own capitals mark a title the contexts missed ("talks about 30 ROCK's return").
    every.update({t: n for t, n in in_capitals.items() if t not in every})
    # "cast as Jessica Jones in the Netflix series of the same name": the role is the show's title.
    for title in same_name_titles(body):
        every[title] += 2
        strong_hits[title] += 1
    candidates = drop_sentence_the(every, body)
    candidates = drop_headline_labels(candidates, "\n".join(s.text for s in sentences[1:]))
    candidates = trim_headline_runs(
        candidates, headline(sentences), "\n".join(s.text for s in sentences[1:]), clean_title
    )
    candidates = names_then_title(candidates)
    # "a return for Tom Hiddleston spy thriller": a name the article shows acting like a person is no show;
    # "a co-production with Lionsgate starring X" beside "Lionsgate Television": a studio, no show either.
    candidates = Counter(
        {t: n for t, n in candidates.items() if not (acts_like_person(t, body) or names_a_company(t, body))}
    )
    # "Harbor Lights Season 2 Premiere Date Set": the title a headline is about, when the text names it again.
    # A round-up headline names several: the first is the one it leads with.
    for place, title in enumerate(headline_subjects(sentences)):
        candidates[title] += 1 if place else 2
        strong_hits[title] += 1
    # "/katy-keene-canceled-one-season": the editor's slug names the subject among the titles the text names
    # (an excerpt that lost its headline still has its address); a title merely listed there is no subject.
    for title in slug_titles(url, body, subjects_only=True):
        if title in candidates:
            candidates[title] += 2
            strong_hits[title] += 1
    # "BARTLESVILLE — ...": the town a dateline names is no show, however often the story names it.
    shows = set(candidates) - dateline_places(text)
    subject = subject_line(sentences)
    first = Context(published, choose_main(candidates, body, subject, set()), frozenset(shows),
                    frozenset(shows), surnames=surname_index(body, frozenset(shows)))  # fmt: skip
    first_facts = run_extractors(PEOPLE_EXTRACTORS, sentences, first, problems)
    people = credited_people(first_facts)
    # "Reyes is set to direct the finale": a known person's surname alone is that person, not a show;
    # so is the surname of a full name the text gives ("Karen Pittman ... Pittman will join") unless a
    # context only a title fits names it.
    strong_titles = set(strong_hits)
    shows -= people | {p.split()[-1] for p in people if " " in p}
    surnames = text_surnames(body)
    shows -= {t for t in shows if " " not in t and t not in strong_titles and t in surnames}
    # "Noel Clarke will star ... show Noel and the cast": a known person's first name alone is that person,
    # however title-like its context (a one-word show sharing a first name with its own star is rare).
    shows -= {t for t in shows if " " not in t and t in first_names(people)}
    main = choose_main(Counter({t: n for t, n in candidates.items() if t in shows}), body, subject, people)
    if main is None:
        main = opening_title(sentences, body, people) or headline_only_title(sentences, people, clean_title)
        # "/harbor-lights-renewed-season-2": the address names the show the text writes only in passing.
        main = main or next((t for t in slug_titles(url, body) if t not in people), None)
        # "/city-on-a-hill-season-3-...": a text speaking only of "the series" has its title in the address.
        main = main or (slug_only_title(url, body) if points_at_a_show(body) else None)
        if main:
            shows.add(main)
    work_titles = {str(f.get("title")) for f in first_facts if f.kind == FactKind.WORK} - people
    # ("Former Crown Road writer Paulo Mendes": the work is Crown Road, and no one is called that.)
    work_titles |= {clean for t in work_titles if (clean := clean_title(t)) and clean not in people}
    # A title seen only as someone's other work ("a writer on The Thick of It") is not a show it covers.
    shows -= work_titles - strong_titles - {main or ""}
    # "Dylan (Matt Long, “Jack and Bobby”)": a title named only as someone's other work is no show here.
    shows -= {
        t
        for t in shows
        if t != main and work_mentions(t, body) and count_mentions(t, body) <= work_mentions(t, body)
    }
    shows = {t for t in shows if not misspelt_of(t, main)}  # "Koas centers on ..." is still Kaos
    topics = paragraph_topics(sentences, shows, main)
    ctx = Context(
        published=published,
        main=main,
        shows=frozenset(shows),
        titles=frozenset(shows | work_titles),
        people=frozenset(people),
        topics=topics,
        focus_season=focus_season(sentences, headline(sentences), main, shows | work_titles, topics),
        surnames=surname_index(body, frozenset(shows | work_titles)),
        alone=lone_words(body),
    )
    ctx = replace(ctx, antecedents=antecedents(sentences, ctx), referents=sentence_referents(sentences, ctx))
    problems.clear()
    # "A, who had been attached to direct the pilot, has exited": a credit its sentence takes back is none.
    facts = without_withdrawn(run_extractors(ALL_EXTRACTORS, sentences, ctx, problems))
    facts = shared_facts(
        facts, sentences, ctx, lambda part: run_extractors(SHARED_EXTRACTORS, part, ctx, problems)
    )
    facts += pronoun_roles(sentences, ctx)  # "... starring Tom Vale. He plays Sam Reyes"
    facts += pronoun_crew(sentences, ctx)  # "... from David Fincher. He directs and executive produces it"
    facts += headline_status(sentences, ctx)  # "Netflix Renews 'Iron Bay' for Season 3"
    facts += headline_release(sentences, ctx)  # "Wildfire Season Premieres June 3"
    facts += headline_cast(sentences, ctx)  # '"Harrow Lane" season 3 to star A and B'
    facts += cast_headings(sentences, ctx)  # a cast guide's "Corinna Vale As Detective Sloane Ferris"
    facts += deal_credits(sentences, ctx)  # "a source in Holm's camp confirms her deal to join X has closed"
    facts += heading_years(sentences, ctx)  # "ITV dramas coming up in 2026: The Blame starring ..."
    # A release listing's entries speak of their own titles only.
    listed, entry_titles = listing_facts(sentences, published)
    blocks, _block_titles = credit_blocks(sentences)
    listed += blocks
    entry_titles |= {f.sentence: str(f.get("show")) for f in blocks}
    facts = [f for f in facts if entry_titles.get(f.sentence, f.get("show")) == f.get("show")] + listed
    # "Title (Network)" over "Premieres: 9 p.m. tonight": a round-up entry's network and premiere.
    scheduled = schedule_entries(sentences, published)
    facts += [release for _t, _n, release in scheduled if release]
    # "LANTERN COVE SEASON 4" / "PREMIERE DATE: MAY 2, 2027": a press release's line-up in capitals.
    capitals = capital_entries(sentences, published, " ".join(s.text for s in sentences if not s.heading))
    facts += capitals
    # "Series not returning include A, B and C": each listed title's status (never a person's).
    statuses, listed_titles = roundup_status(sentences)
    listed_titles -= people
    facts += [f for f in statuses if f.get("show") in listed_titles]
    votes: list[tuple[str, str, str]] = [(title, network, "") for title, network, _r in scheduled] * 2
    for sentence in sentences:
        try:
            votes.extend((show, network, sentence.text) for show, network in network_votes(sentence, ctx))
        except Exception as exc:
            problems.append(f"network_votes skipped a sentence ({type(exc).__name__}: {exc})")
    # "Elementary, the network's modern-day take": the network named last before the description.
    votes += pointed_networks(sentences, ctx.shows) + same_name_networks(sentences, ctx.shows)
    # Where a show streams counts only for shows nothing else places ("Seasons 1-3 are streaming on ...").
    placed = {show for show, _n, _s in votes} | {str(f.get("show")) for f in facts if f.get("network")}
    for sentence in sentences:
        votes += [(s, n, sentence.text) for s, n in streaming_votes(sentence, ctx) if s not in placed]
    for boxed in infobox_facts(body, main, published):
        if boxed.kind == FactKind.SHOW:
            # A box's network is stated outright: it counts like a dated release on that network.
            votes += [(str(main), str(boxed.get("network")), boxed.sentence)] * 2
        else:
            facts.append(boxed)
    if main and ctx.focus_season and names_season(sentences, main, ctx.focus_season):
        # The season an article is about exists, even when no sentence gives its size.
        facts.append(fact(FactKind.SEASON, "", 0.6, show=main, number=ctx.focus_season))
    # Another show may carry facts only when the article names it unmistakably (quoted, "Season 2",
    # "renewed X", "will star in X") or repeatedly: a stray capitalised phrase must not become a show.
    strong = strong_titles
    trusted = {t for t in shows if t == main or t in strong or count_mentions(t, body) >= 2}
    trusted |= set(entry_titles.values()) | listed_titles | {title for title, _n, _r in scheduled}
    trusted |= {str(f.get("show")) for f in capitals}
    facts = [f for f in facts if not isinstance(f.get("show"), str) or f.get("show") in trusted]
    votes = [vote for vote in votes if vote[0] in trusted]
    # "Ruiz, who previously created Starz's 'The Pilgrim Bell'": credits on another title, with its network.
    past, past_votes = past_credits(sentences, ctx, facts)
    facts, votes = facts + past, votes + past_votes
    led: list[tuple[str, str, str]] = []
    if not is_film(body, main):
        # Only a show the article covers: never one named only as someone's other work ("a writer on Lore").
        covered = {t for t in trusted if count_mentions(t, body) > work_mentions(t, body)}
        led = roundup_votes(article_network(sentences), trusted, votes, facts, covered)
    votes += led
    placed = {show for show, _n, _s in votes} | {str(f.get("show")) for f in facts if f.get("network")}
    if main in trusted and main not in placed and not is_film(body, main):
        # "A CBS rep confirmed the casting": the network speaking for the show, its only mention.
        votes += [(main, *spoken)] if (spoken := passing_network(sentences, main, ctx.titles)) else []
    merged = drop_roles_as_works(merge_facts(with_cast_seasons(facts)))
    show_facts = show_records(
        merged,
        votes,
        main,
        is_film(body, main),
        owned_titles(" ".join(s.text for s in sentences if not s.heading), trusted)
        | {s for s, _n, _t in led},
    )
    all_facts = show_facts + drop_network_conflicts(merged, show_facts)
    return Extraction(
        facts=tuple(all_facts),
        main_show=main,
        published=published,
        headline=headline(sentences),
        fingerprint=hashlib.sha256(text.strip().encode()).hexdigest(),
        sentences=len(sentences),
        problems=tuple(problems),
    )
