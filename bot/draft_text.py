"""Drafted facts as text: one line per fact record, and a whole draft as text or JSON.

Shared by `marquee ingest` / `marquee facts review` and the Discord previews and menus.
"""

from __future__ import annotations

import json
from typing import Any

from db.ingest_store import DraftView


def describe(record: dict[str, Any]) -> str:
    """One line saying what a fact record claims."""
    kind = record.get("type")
    show = record.get("show", "")
    if kind == "show":
        return f"show     {record['title']} ({record.get('kind', 'series')})" + (
            f" on {record['network']}" if record.get("network") else ""
        )
    if kind == "release":
        season = f" season {record['season']}" if record.get("season") else ""
        when = record.get("date") or f"in {record.get('year')}"
        return f"release  {show}{season}: {when}" + (
            f" on {record['network']}" if record.get("network") else ""
        )
    if kind == "season":
        span = f"{record['number']}-{record['through']}" if record.get("through") else str(record["number"])
        return f"season   {show} season {span}" + (
            f": {record['episodes']} episodes" if record.get("episodes") else ""
        )
    if kind == "credit":
        text = f"credit   {record['person']}: {record['role'].replace('_', ' ')}"
        if record.get("character"):
            text += f" as {record['character']}"
        if record.get("seasons"):
            text += f", season(s) {record['seasons']}"
        if record.get("episodes"):
            text += f", {record['episodes']} episodes"
        return f"{text} in {show}"
    if kind == "rating":
        score = f"{record['value']:g}{record.get('scale', '')}"
        return f"rating   {show}: {record['source']} {record.get('audience', '')} {score}"
    if kind == "award":
        category = f" for {record['category']}" if record.get("category") else ""
        outcome = {"none": "never nominated", "won": "won", "nominated": "nominated"}[record["outcome"]]
        return f"award    {show}: {record['body']}{category}: {outcome}"
    if kind == "work":
        role = f" ({record['role']})" if record.get("role") else ""
        return f"work     {record['person']}: {record['title']}{role}"
    if kind == "descriptor":
        return f"{record.get('kind', 'tag'):8} {show}: {record['value']}"
    return json.dumps(record, ensure_ascii=False)


def render_draft(draft: DraftView, with_sentences: bool) -> str:
    """The draft as text: a header, then one line per fact (x: dropped), with its sentence if asked."""
    when = draft.published_on.isoformat() if draft.published_on else "undated"
    lines = [
        f"Draft #{draft.id} ({draft.status}): {len(draft.facts)} facts from {draft.outlet}, {when}",
        f"  {draft.title}",
        f"  main show: {draft.main_show or 'unknown'}",
    ]
    for item in draft.facts:
        mark = " " if item.accepted else "x"
        lines.append(f"{mark}[{item.id:>4}] {item.confidence:.2f}  {describe(item.record)}")
        if with_sentences and item.sentence:
            lines.append(f"           “{item.sentence[:200]}”")
    return "\n".join(lines)


def draft_json(draft: DraftView, problems: tuple[str, ...], with_facts: bool = True) -> dict[str, Any]:
    """The draft as JSON-ready data: its details, and (with_facts) its facts and the extraction's problems."""
    out: dict[str, Any] = {
        "draft": draft.id,
        "status": draft.status,
        "outlet": draft.outlet,
        "title": draft.title,
        "url": draft.url,
        "published": draft.published_on.isoformat() if draft.published_on else None,
        "main_show": draft.main_show,
        "outcome": draft.outcome,
    }
    if with_facts:
        out["facts"] = [
            {
                "id": f.id,
                "record": f.record,
                "sentence": f.sentence,
                "confidence": f.confidence,
                "accepted": f.accepted,
            }
            for f in draft.facts
        ]
        out["problems"] = list(problems)
    return out
