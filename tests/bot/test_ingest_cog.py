"""The ingest cog's checks and preview (no Discord needed), and the Refresh cog against a real database.

The whole Discord flow (upload, buttons, questions) is in tests/e2e/test_marquee_ingest.py.
"""

from __future__ import annotations

import datetime as dt
import gc
import json

import pytest

from bot.discord_app import create_bot
from bot.exts.ingest_preview import (
    QUOTE_CHARS,
    decode_upload,
    details_problem,
    fact_lines,
    kind_counts,
    preview_embed,
)
from bot.exts.refresh import Refresh
from bot.settings import Settings
from db.bootstrap import Database, open_database
from db.importers.jsonl import import_fact_lines
from db.ingest_store import DraftView, FactView
from ingest import IngestError
from intents.engine import QuestionEngine

LONG_SENTENCE = "The Tidewatch stars Orla Penhallow, " + "and a great many others, " * 40 + "all at sea."


def _fact(i: int, record: dict[str, object], sentence: str = "", confidence: float = 0.8) -> FactView:
    return FactView(i, dict(record), sentence, confidence, True)


def _draft(facts: list[FactView]) -> DraftView:
    return DraftView(
        7, "pending", "Test Wire", "Tidewatch dated", "https://example.com/tidewatch",
        dt.date(2024, 9, 1), "The Tidewatch", None, None, tuple(facts),
    )  # fmt: skip


def _credit(person: str) -> dict[str, object]:
    return {"type": "credit", "show": "The Tidewatch", "person": person, "role": "actor"}


def test_decode_upload_accepts_utf8_and_explains_the_rest() -> None:
    text = "\ufeffThe Tidewatch premieres on Netflix on October 18, and the series stars Orla Penhallow."
    assert decode_upload(text.encode("utf-8")).startswith("The Tidewatch")  # a BOM is fine
    with pytest.raises(IngestError, match="binary"):
        decode_upload(b"PK\x03\x04\x00\x00 a zip file")
    with pytest.raises(IngestError, match="UTF-8"):
        decode_upload("Café Élan premieres on Netflix in the autumn with the whole cast".encode("cp1252"))
    with pytest.raises(IngestError, match="English"):
        decode_upload(("La série revient le 3 octobre avec une nouvelle saison " * 4).encode())


@pytest.mark.parametrize(
    ("published", "outlet", "url", "problem"),
    [
        (None, None, None, None),
        ("2024-09-01", "Variety", "https://variety.com/a", None),
        ("01/09/2024", None, None, "`published`"),
        (None, "x" * 101, None, "`outlet`"),
        (None, "   ", None, "`outlet`"),
        (None, None, "javascript:alert(1)", "`url`"),
        (None, None, "https://example.com/a b", "`url`"),
    ],
)
def test_details_problem(
    published: str | None, outlet: str | None, url: str | None, problem: str | None
) -> None:
    found = details_problem(published, outlet, url)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_fact_lines_escape_quote_once_and_stay_short() -> None:
    facts = [
        _fact(1, _credit("@everyone"), LONG_SENTENCE),
        _fact(2, _credit("**Bold** Name"), LONG_SENTENCE),  # same sentence: quoted once
        *(_fact(i, _credit(f"Extra {i}"), f"Sentence {i}.") for i in range(3, 30)),
    ]
    lines = fact_lines(tuple(facts), draft_id=7)
    quotes = [line for line in lines if line.lstrip().startswith("↳")]
    assert lines[0] == "`0.80` **credit** @\u200beveryone: actor in The Tidewatch"
    assert "\\*\\*Bold\\*\\* Name" in lines[2]
    assert len(quotes) == 14  # 15 facts listed, the first two share one sentence
    assert all(len(q) < QUOTE_CHARS + 20 for q in quotes)
    assert lines[-1] == "…and 14 more (all of them: `marquee facts review 7`)."


def test_preview_fits_discord_limits_and_counts_kinds() -> None:
    facts = [_fact(0, {"type": "show", "title": "The Tidewatch", "kind": "series", "network": "Netflix"})]
    facts += [_fact(i, _credit("N" * 300), "S" * 5000) for i in range(1, 200)]
    embed = preview_embed(_draft(facts), problems=2).to_dict()
    total = len(embed["title"]) + len(embed["description"]) + len(embed["footer"]["text"])
    total += sum(len(f["name"]) + len(f["value"]) for f in embed["fields"])
    assert len(embed["description"]) <= 4096 and total <= 6000
    assert kind_counts(tuple(facts)) == "1 show · 199 credits"
    assert any("199 credits" in f["value"] for f in embed["fields"])
    assert "Draft #7" in embed["footer"]["text"] and embed["url"] == "https://example.com/tidewatch"


BRIGHTWATER = [
    {"type": "article", "outlet": "Test Wire", "title": "Brightwater dated", "published": "2024-08-01"},
    {"type": "show", "title": "Brightwater", "kind": "series", "network": "Channel 9"},
    {"type": "release", "show": "Brightwater", "season": 2, "date": "2025-01-10"},
]


async def test_refresh_reloads_once_when_another_process_adds_facts(
    engine: QuestionEngine, seeded_db: Database, sqlite_url: str
) -> None:
    bot = create_bot(Settings.model_construct(command_prefix="!"), engine, seeded_db.sessions)
    refresh = Refresh(bot, interval=0)  # no poll task: refresh() is called by hand
    await refresh.cog_load()
    question = "when does brightwater season 2 premiere"
    try:
        unchanged = await refresh.refresh()
        before = await bot.engine.answer(question)
        other = await open_database(sqlite_url, migrate=False, seed=False)
        try:
            async with other.sessions.begin() as session:
                await import_fact_lines(session, [json.dumps(r) for r in BRIGHTWATER])
        finally:
            await other.close()
        changed = await refresh.refresh()
        again = await refresh.refresh()
        after = await bot.engine.answer(question)
    finally:
        await bot.close()
    assert not unchanged and changed and not again and refresh.reloads == 1
    assert "January 10, 2025" not in before.text and "January 10, 2025" in after.text
    assert gc.isenabled()  # paused only while reloading
