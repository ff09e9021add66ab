"""A title named in a clause about a person's earlier work ("who previously directed X", "whose credits
include X", "fresh off X") is that person's other work: it never becomes the subject of the sentence's
credits, dates or network.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import credits, extracted_records, has

_DAY = dt.date(2025, 3, 2)


def test_who_previously_directed_keeps_the_crew_credit_on_the_article_show() -> None:
    text = (
        "Harrow Bells, a new drama about a family of bell-founders, arrives on Hulu on April 9. All six "
        "episodes of the first season were directed by Nadia Strand, who previously directed episodes of "
        "Copper Lane."
    )
    found = extracted_records(text, _DAY)
    assert [c["show"] for c in credits(found, "Nadia Strand")] == ["Harrow Bells"]


def test_who_previously_directed_does_not_take_the_network_of_a_later_sentence() -> None:
    text = (
        "All six episodes of the first season were directed by Nadia Strand, who previously directed "
        "episodes of Copper Lane. Harrow Bells arrives on Hulu on April 9."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Copper Lane", network="Hulu")
    assert has(found, type="show", title="Harrow Bells", network="Hulu")


def test_who_also_wrote_names_other_work_not_the_written_show() -> None:
    text = (
        "The comedy Tin Soldiers lands on Peacock on July 3. The first season was written by Piet Moreau, "
        "who also wrote the cult hit Marsh Kings."
    )
    found = extracted_records(text, _DAY)
    assert not any(c["show"] == "Marsh Kings" for c in credits(found, "Piet Moreau"))


def test_whose_credits_include_covers_every_listed_title() -> None:
    text = (
        "Apple TV+ Orders The Surveyor\nThe Surveyor will be directed by Joss Ekwueme, whose credits "
        "include Dry Wells and The Salt Book. "
        "The Surveyor launches on Apple TV+ on September 12."
    )
    found = extracted_records(text, _DAY)
    assert [c["show"] for c in credits(found, "Joss Ekwueme")] == ["The Surveyor"]


def test_who_previously_created_leaves_the_earlier_show_off_the_network() -> None:
    text = (
        "HBO has ordered Fen Light, a mystery created by Rhea Collins, who previously created Gannet Point. "
        "Fen Light premieres on HBO next spring."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Gannet Point", network="HBO")
    assert has(found, type="credit", show="Fen Light", person="Rhea Collins", role="creator")
