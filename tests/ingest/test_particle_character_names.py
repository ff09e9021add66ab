"""Character names holding particles ("de", "du"): read whole, the first name an alias."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import credits, extracted_records


def test_a_character_name_with_two_particles_is_read_whole() -> None:
    text = (
        "AMC's “Night Orchard” has found its second lead. Tomas Wren has been cast as Rémy de Vaux du Pré, "
        "the weary landowner at the heart of the story."
    )
    found = credits(extracted_records(text, dt.date(2021, 8, 28)), "Tomas Wren")
    assert found and found[0].get("character") == "Rémy de Vaux du Pré"
    assert "Rémy" in (found[0].get("character_aliases") or [])
