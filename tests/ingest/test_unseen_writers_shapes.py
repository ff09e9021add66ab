"""Shapes other outlets' writers use that earlier rules missed: a title shortened to its last word, a job's
noun before a name, a director attachment that fell through, a season renewed ahead of the one returning.

Every sentence here is made up; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2026, 3, 10)


def test_a_title_shortened_to_its_last_word_is_the_long_title() -> None:
    cases = [
        (
            "'The Copper Orchard' premieres on Hulu on May 5.\n\nAna Ruiz created the series and serves as "
            "showrunner. Before 'Orchard,' Ruiz wrote for NBC's 'Cold Case.'",
            "The Copper Orchard",
            "Ana Ruiz",
        ),
        (
            "Netflix's 'The Night Ferry' returns in June.\n\nTom Vale executive produces the drama alongside "
            "Ana Ruiz. Before 'Ferry,' Vale spent a decade at ABC.",
            "The Night Ferry",
            "Tom Vale",
        ),
        (
            "'The Iron Lantern' is coming to Starz on April 2.\n\nMara Quill created the series and is its "
            "showrunner. After 'Lantern,' she hopes to direct a film.",
            "The Iron Lantern",
            "Mara Quill",
        ),
    ]
    for text, title, person in cases:
        found = extracted_records(text, _DAY)
        assert has(found, type="credit", show=title, person=person), found
        assert all(r.get("show", title) == title and r.get("title", title) == title for r in found), found


def test_a_jobs_noun_before_a_name_is_no_part_of_the_name() -> None:
    cases = [
        ("Disney+ has ordered Jade Gate. Screenwriter Wu Lanfen wrote every episode.", "Wu Lanfen", "writer"),
        (
            "HBO's Salt Roads premieres in May. Playwright Tomas Reyes-Lind co-created the series.",
            "Tomas Reyes-Lind",
            "creator",
        ),
        (
            "Hulu's Quiet Fields starts in June. Composer Ilse Marrow scores the drama.",
            "Ilse Marrow",
            "composer",
        ),
    ]
    cases.append(
        (
            "tvN's new drama 'Rice Cake Spring' will premiere in January. The drama will be directed by PD "
            "Jang Soo-hyun, who helmed 'Moonlit Pharmacy.'",
            "Jang Soo-hyun",
            "director",
        )
    )
    for text, person, role in cases:
        found = extracted_records(text, _DAY)
        assert has(found, type="credit", person=person, role=role), found
        assert all(r.get("person") in (None, person) for r in found), found


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


def test_a_name_written_family_name_first_is_taken_up_by_its_first_word() -> None:
    cases = [
        (
            "Netflix Dates Korean Thriller Night Pharmacy\n\nNetflix's Korean thriller Night Pharmacy "
            "premieres Friday, June 12, with Kim Ha-neul and Park Do-yun in the lead roles.\n\nKim will "
            "play Jang Mi-rae, a pharmacist, while Park joins the cast as Detective Baek.",
            [("Kim Ha-neul", "Jang Mi-rae"), ("Park Do-yun", "Detective Baek")],
        ),
        (
            "iQiyi orders The Silk Census\n\niQiyi has ordered The Silk Census, a Mandarin-language drama "
            "with Zhou Yuting and Lin Haoran as leads. Zhou plays Xu Qingmei, a census clerk.",
            [("Zhou Yuting", "Xu Qingmei")],
        ),
        (
            "Hulu's Paper Lanterns Sets Cast\n\nHulu's Paper Lanterns has cast Tanaka Rei and Mori Kenji. "
            "Tanaka will play Aiko Sato, and Mori will play her father, Hiroshi.",
            [("Tanaka Rei", "Aiko Sato"), ("Mori Kenji", "Hiroshi")],
        ),
    ]
    for text, roles in cases:
        found = extracted_records(text, _DAY)
        for person, character in roles:
            assert has(found, type="credit", person=person, role="actor", character=character), found


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


def test_a_double_barrelled_name_with_a_month_in_it_is_a_name() -> None:
    cases = [
        (
            "The voice cast includes Beverly Oduya-March as Nana Pru and Tom Vale as Pop Herb in Hulu's Egg "
            "Town.",
            "Beverly Oduya-March",
            "Nana Pru",
        ),
        (
            "HBO's Salt Roads stars Jan-Michael Brody as Sheriff Tate. It premieres in May.",
            "Jan-Michael Brody",
            "Sheriff Tate",
        ),
        (
            "Netflix's Iron Bay has cast Mara June-Okafor as Dot Pellow and Ana Ruiz as Sam.",
            "Mara June-Okafor",
            "Dot Pellow",
        ),
    ]
    for text, person, character in cases:
        found = extracted_records(text, _DAY)
        assert has(found, type="credit", person=person, role="actor", character=character), found


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


def _credit_cases(cases: list[tuple[str, str, str, str]]) -> None:
    """Each text credits the person with the role on the show."""
    for text, show, person, role in cases:
        found = extracted_records(text, _DAY)
        assert has(found, type="credit", show=show, person=person, role=role), found


def test_written_and_created_in_either_order_credits_both() -> None:
    _credit_cases(
        [
            (
                "HBO's Salt Roads premieres in May. It was written and created by playwright Ana Ruiz.",
                "Salt Roads",
                "Ana Ruiz",
                "writer",
            ),
            (
                "Starz's Copper Yard premieres Sunday, May 3. The drama was co-written and co-created by "
                "Kai Brenner.",
                "Copper Yard",
                "Kai Brenner",
                "writer",
            ),
            (
                "HBO's Salt Roads premieres in May. The drama was written and co-created by Ana Ruiz.",
                "Salt Roads",
                "Ana Ruiz",
                "writer",
            ),
        ]
    )


def test_who_runs_a_show_is_its_showrunner() -> None:
    _credit_cases(
        [
            (
                "Hulu's Low Orchard returns in June. Season 2 will be run by Mara Quill and co-showrunner "
                "Tom Vale.",
                "Low Orchard",
                "Mara Quill",
                "showrunner",
            ),
            (
                "Hulu's Low Orchard returns in June. The second season is being run by Mara Quill.",
                "Low Orchard",
                "Mara Quill",
                "showrunner",
            ),
            (
                "Peacock's Tin Harbor returns in May. It is now co-run by Ana Ruiz and Kai Brenner.",
                "Tin Harbor",
                "Kai Brenner",
                "showrunner",
            ),
        ]
    )


def test_who_writes_the_music_is_the_composer() -> None:
    _credit_cases(
        [
            (
                "NBC's Iron Reach premieres Monday, April 6. Ilse Marrow is composing the music.",
                "Iron Reach",
                "Ilse Marrow",
                "composer",
            ),
            (
                "NBC's Iron Reach premieres Monday, April 6. Jo Park will score the series.",
                "Iron Reach",
                "Jo Park",
                "composer",
            ),
            (
                "Max's Ember Hill premieres in June. The series is run by Ana Ruiz, and Tom Vale wrote the "
                "score.",
                "Ember Hill",
                "Tom Vale",
                "composer",
            ),
        ]
    )


def test_who_adapts_the_source_for_the_series_is_its_writer() -> None:
    _credit_cases(
        [
            (
                "Netflix's Paper Birds premieres Friday, June 12. Writer Jo Park adapted the series from "
                "her own novel.",
                "Paper Birds",
                "Jo Park",
                "writer",
            ),
            (
                "Hulu's Glass Yard premieres in May. Ana Ruiz adapts the novel for Hulu.",
                "Glass Yard",
                "Ana Ruiz",
                "writer",
            ),
            (
                "Hulu's Glass Yard premieres in May. Kai Brenner is adapting the books for the series.",
                "Glass Yard",
                "Kai Brenner",
                "writer",
            ),
        ]
    )


def test_a_recurring_or_closing_part_is_a_role() -> None:
    cases = [
        (
            "Salt Roads Adds Tom Vale\n\nTom Vale will recur as Sheriff Tate in HBO's Salt Roads, the "
            "network said Monday. The drama premieres in May.",
            "Tom Vale",
            "Sheriff Tate",
        ),
        (
            "Salt Roads Adds Ana Ruiz\n\nHBO's Salt Roads has tapped Ana Ruiz to recur in its second season "
            "as Detective Ray Moss. The drama premieres in May.",
            "Ana Ruiz",
            "Detective Ray Moss",
        ),
        (
            "Salt Roads Adds Jo Park\n\nVeteran actor Jo Park rounds out the lead cast of HBO's Salt Roads "
            "as the town's mayor, Edna Cole. The drama premieres in May.",
            "Jo Park",
            "Edna Cole",
        ),
    ]
    for text, person, character in cases:
        found = extracted_records(text, _DAY)
        assert has(found, type="credit", show="Salt Roads", person=person, character=character), found


def test_a_round_up_items_label_before_a_bar_is_no_title() -> None:
    text = (
        "TV News Round-Up\n\nRENEWED | Hulu has renewed Copper Gulls for a third season. Creator Ana Ruiz "
        "thanked fans.\n\nPREMIERE DATE | HBO's Salt Roads premieres Sunday, May 3. Creator Tom Vale calls "
        "it a western.\n\nNEW CAST | Peacock's Low Orchard has cast Jo Park as Dot Pellow. Showrunner Kai "
        "Brenner is thrilled."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Copper Gulls", person="Ana Ruiz", role="creator"), found
    assert has(found, type="credit", show="Salt Roads", person="Tom Vale", role="creator"), found
    assert has(found, type="release", show="Salt Roads", date="2026-05-03"), found
    assert not any(r.get("show") in ("Renewed", "Premiere Date", "New Cast") for r in found), found


def test_an_age_before_a_describing_clause_still_leaves_the_actor_the_subject() -> None:
    cases = [
        (
            "Salt Roads Adds Ana Ruiz\n\nAna Ruiz, 34, who grew up in Tulsa, plays Dot Pellow in HBO's Salt "
            "Roads, which premieres in May.",
            "Ana Ruiz",
            "Dot Pellow",
        ),
        (
            "Salt Roads Adds Jo Park\n\nJo Park, aged 12, who attends a stage school in Leeds, will play "
            "young Edna Cole in HBO's Salt Roads.",
            "Jo Park",
            "Edna Cole",
        ),
        (
            "Salt Roads Adds Tom Vale\n\nTom Vale, 19, who studied drama in Leeds, will play Sheriff Tate in "
            "HBO's Salt Roads.",
            "Tom Vale",
            "Sheriff Tate",
        ),
    ]
    for text, person, character in cases:
        found = extracted_records(text, _DAY)
        assert has(found, type="credit", show="Salt Roads", person=person, character=character), found


def test_a_possessive_written_with_a_bare_apostrophe_is_not_the_role() -> None:
    cases = [
        (
            "Salt Roads Adds Ana Ruiz\n\nAna Ruiz will recur as Bess' estranged mother, Lorraine, in HBO's "
            "Salt Roads. The drama returns in May.",
            "Ana Ruiz",
            "Lorraine",
        ),
        (
            "Salt Roads Adds Tom Vale\n\nTom Vale will play Silas' older brother, Abel, in HBO's Salt "
            "Roads. The drama returns in May.",
            "Tom Vale",
            "Abel",
        ),
        (
            "Salt Roads Adds Jo Park\n\nJo Park joins the cast as Agnes' rival, Mildred Coe, in HBO's Salt "
            "Roads. The drama returns in May.",
            "Jo Park",
            "Mildred Coe",
        ),
    ]
    for text, person, character in cases:
        found = extracted_records(text, _DAY)
        assert has(found, type="credit", show="Salt Roads", person=person, character=character), found
