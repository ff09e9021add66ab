"""Names and titles as other outlets write them: a title shortened to its last word, a job's noun before a
name, a name written family name first, a double-barrelled name holding a month, a round-up label that is no
title.

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
        # (A past credit the sentence tells, "wrote for NBC's 'Cold Case'", is that other title's.)
        others = {"Cold Case"}
        assert all(r.get("show", title) in {title} | others for r in found), found
        assert all(r.get("title", title) in {title} | others for r in found), found


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
