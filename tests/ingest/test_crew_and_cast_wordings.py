"""Crew and cast credits in the wordings outlets use: written and created in either order, who runs or scores
a show, who adapts its source, a recurring or closing part, an age before a describing clause, a
bare-apostrophe possessive that is no role.

Every sentence here is made up; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2026, 3, 10)


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
