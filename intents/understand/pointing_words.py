"""Words that point back at a show already named ("is it on netflix", "when is that back", "who made this"),
shared by the readers that decide what a follow-up's "it" means."""

from __future__ import annotations

SHOW_POINTERS = frozenset({"it", "its", "that", "this"})
