"""Plans, returns and renewals as news reports them: a job that fell through is no credit, one still
planned is; a return is the season named, not the one a renewal ordered; a return from a break dates no
season; a title named as someone's other work takes no sentence of the subject's; a season handed to a
described show is its renewal.

Every sentence here is made up; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2026, 3, 10)


def test_a_job_the_sentence_says_fell_through_is_no_credit() -> None:
    cases = [
        (
            "NBC's Harbor Nine is shooting this spring. Ana Ruiz, who had been attached to direct the pilot, "
            "has exited over scheduling conflicts.",
            "Ana Ruiz",
        ),
        (
            "The CW's Salt Roads begins filming soon. Kai Brenner had been slated to executive produce the "
            "series.",
            "Kai Brenner",
        ),
        (
            "Peacock's Low Orchard starts production in May. Jo Park was initially expected to direct the "
            "pilot before she pulled out.",
            "Jo Park",
        ),
    ]
    for text, person in cases:
        found = extracted_records(text, _DAY)
        assert not has(found, type="credit", person=person), found


def test_a_job_still_planned_beside_someone_elses_departure_is_kept() -> None:
    found = extracted_records(
        "The CW's Salt Roads begins filming soon. Kai Brenner is set to direct the series, and Ana Ruiz "
        "created it.",
        _DAY,
    )
    assert has(found, type="credit", person="Kai Brenner", role="director")


def test_a_return_is_the_season_named_not_the_one_a_renewal_ordered() -> None:
    cases = [
        (
            "Harbor Nine Returns This Sunday\n\nHarbor Nine returns this Sunday on Starz. Season 2 opens "
            "with a wedding. Starz renewed the drama for a third season in August, before this run had "
            "even aired.",
            "Harbor Nine",
            2,
        ),
        (
            "Marsh End is back\n\nMarsh End returns to ITV on Monday, March 16. ITV recommissioned the drama "
            "for a sixth series in January. Series 5 opens with a funeral.",
            "Marsh End",
            5,
        ),
        (
            "Copper Yard premiere date\n\nCopper Yard premieres Thursday, April 2, on Hulu. Season 2 picks "
            "up a year later. Hulu has already ordered a third season of the comedy.",
            "Copper Yard",
            2,
        ),
    ]
    for text, show, season in cases:
        found = extracted_records(text, _DAY)
        releases = [r for r in found if r["type"] == "release"]
        assert releases and all(r["show"] == show and r.get("season") == season for r in releases), found


def test_a_return_from_a_break_dates_no_season() -> None:
    texts = [
        "Harbor Nine Exclusive: A Ghost Returns\n\nGood news, Harbor Nine fans: the captain is back. Starz's "
        "supernatural drama returns from its winter break on Sunday, March 22, with an episode written by "
        "creator Ana Ruiz.",
        "Low Orchard Is Back, and So Is Dot\n\nHulu's Low Orchard comes back from a six-week hiatus on "
        "Thursday, April 2. The comedy stars Tom Vale as Dot.",
        "Copper Yard Midseason Premiere Sneak Peek\n\nThe midseason premiere of Copper Yard airs Monday, "
        "April 6, on NBC. The drama stars Tom Vale as Dot.",
    ]
    for text in texts:
        found = extracted_records(text, _DAY)
        assert any(r["type"] == "show" and r.get("network") for r in found), found
        assert not any(r["type"] == "release" for r in found), found


def test_a_season_premiere_after_a_break_in_production_still_dates_it() -> None:
    found = extracted_records(
        "Copper Yard Season 3 Premiere Date\n\nCopper Yard Season 3 premieres Monday, April 6, on NBC. The "
        "drama stars Tom Vale as Dot.",
        _DAY,
    )
    assert has(found, type="release", show="Copper Yard", season=3, date="2026-04-06")


def test_a_title_named_as_someones_other_work_takes_no_earlier_sentence() -> None:
    cases = [
        (
            "Disney+ orders The Jade Gate\n\nDisney+ has greenlit The Jade Gate, a drama with Mara Quill "
            "and Tom Vale.\n\nQuill will play Wen, a copyist, while Vale joins the cast as Commander Yan. "
            "Both were last seen together in Tencent's hit Autumn Rain, in which Vale played the "
            "villain.\n\nDirector Ana Ruiz, who helmed the first season of Autumn Rain, will direct all 16 "
            "episodes.",
            "The Jade Gate",
        ),
        (
            "HBO sets Salt Roads cast\n\nHBO's Salt Roads has cast Ana Ruiz and Kai Brenner.\n\nRuiz will "
            "play Dot Pellow, and Brenner plays her brother, Sam. The pair shared the screen in Hulu's "
            "Paper Moths.\n\nPaper Moths creator Jo Park is also on board as a writer.",
            "Salt Roads",
        ),
        (
            "Starz renews Ember Hill\n\nStarz has renewed Ember Hill for a third season.\n\nJo Park will "
            "return as Morwenna, and Ilse Marrow plays Lady Elspeth. The two last teamed up in Peacock's "
            "short-lived Cold Harbor.\n\nCold Harbor creator Tom Vale has praised the pair.",
            "Ember Hill",
        ),
    ]
    for text, show in cases:
        found = extracted_records(text, _DAY)
        cast = [r for r in found if r["type"] == "credit" and r.get("character")]
        assert len(cast) == 2 and all(r["show"] == show for r in cast), found


def test_a_season_handed_to_a_described_show_is_its_renewal() -> None:
    cases = [
        (
            "Hulu Cancels Night Orchard\n\nHulu has cancelled Night Orchard after one season. The decision "
            "doesn't mean the streamer is done with horror: last month, Hulu handed its breakout drama "
            "Copper Gulls a second-season order.",
            "Copper Gulls",
            2,
        ),
        (
            "Peacock Renews Its Comedies\n\nPeacock has handed its long-running comedy Salt Flats a "
            "fourth-season renewal.",
            "Salt Flats",
            4,
        ),
        (
            "ABC Sets Fall Slate\n\nIt wasn't all bad news at ABC; the network handed the acclaimed sitcom "
            "Tin Harbor a third season.",
            "Tin Harbor",
            3,
        ),
    ]
    for text, show, season in cases:
        found = extracted_records(text, _DAY)
        assert has(found, type="descriptor", show=show, value=f"renewed for season {season}"), found
